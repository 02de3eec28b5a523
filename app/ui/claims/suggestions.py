"""Record suggestions for the claim editor: fuzzy matches on labels and aliases, as a list model."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

TYPED_THRESHOLD = 60  # WRatio of what the editor typed
CONTEXT_THRESHOLD = 90  # a name that (almost) occurs in the selection's sentence
SHORT_NAME = 4  # shorter names (EZ, EU) must occur as a whole word


@dataclass(frozen=True)
class RecordChoice:
    """A record the picker can offer."""

    id: str
    label: str
    type_key: str
    type_label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    """A ranked record and the name that matched it."""

    choice: RecordChoice
    score: float
    matched: str


def _context_score(name: str, context: str, words: set[str]) -> float:
    from rapidfuzz import fuzz, utils  # loaded with the first suggestion, not at start-up

    if len(name) < SHORT_NAME:
        return 100.0 if name.casefold() in words else 0.0
    score = fuzz.partial_ratio(name, context, processor=utils.default_process)
    # A name's head word in the sentence (`Nvidia` for `NVIDIA Corporation`) is a good hint.
    head = re.findall(r"\w+", name)
    if head and len(head[0]) >= SHORT_NAME and head[0].casefold() in words:
        score = max(score, float(CONTEXT_THRESHOLD))
    return score


def rank_records(choices: Sequence[RecordChoice], typed: str, context: str,
                 limit: int = 8) -> list[Suggestion]:
    """Records best matching what was typed, else what the selection and its sentence name.

    `Nvidia` finds `NVIDIA Corporation` (WRatio); with nothing typed, a record named in the
    sentence (`... levert Nvidia ...`) comes first (partial_ratio).
    """
    from rapidfuzz import fuzz, utils

    typed = typed.strip()
    words = {w.casefold() for w in re.findall(r"\w+", context)}
    ranked: list[Suggestion] = []
    for choice in choices:
        best: tuple[float, str] = (0.0, choice.label)
        for name in (choice.label, *choice.aliases):
            in_context = _context_score(name, context, words) if context else 0.0
            if typed:
                score = fuzz.WRatio(typed, name, processor=utils.default_process)
                # Among equally good typed matches, one named in the sentence goes first.
                score += 5.0 if in_context >= CONTEXT_THRESHOLD else 0.0
                threshold = TYPED_THRESHOLD
            else:
                score, threshold = in_context, CONTEXT_THRESHOLD
            if score >= threshold and score > best[0]:
                best = (score, name)
        if best[0] > 0:
            ranked.append(Suggestion(choice, best[0], best[1]))
    ranked.sort(key=lambda s: (-s.score, s.choice.label.casefold()))
    return ranked[:limit]


class RecordSuggestionModel(QAbstractListModel):
    """Suggested records, then one last row: create a new record with the typed name."""

    RecordIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._suggestions: list[Suggestion] = []
        self._new_label = ""

    def set_suggestions(self, suggestions: list[Suggestion], new_label: str) -> None:
        """Replace the rows; `new_label` is the name a new record would get."""
        self.beginResetModel()
        self._suggestions = list(suggestions)
        self._new_label = new_label.strip()
        self.endResetModel()

    def is_new_row(self, row: int) -> bool:
        """Whether `row` is the 'create a new record' row."""
        return row == len(self._suggestions)

    def suggestion(self, row: int) -> Suggestion | None:
        """The suggestion in `row`, None for the 'new record' row."""
        return self._suggestions[row] if 0 <= row < len(self._suggestions) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._suggestions) + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        suggestion = self.suggestion(index.row())
        if suggestion is None:
            if role == Qt.ItemDataRole.DisplayRole:
                if self._new_label:
                    return self.tr("New record: “%s”") % self._new_label
                return self.tr("New record (type its name above)")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Create a record with this name; choose its type below")
            return None
        choice = suggestion.choice
        if role == Qt.ItemDataRole.DisplayRole:
            shown = choice.label
            if suggestion.matched != choice.label:
                shown += f"  ({suggestion.matched})"
            return f"{shown} — {choice.type_label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(choice.aliases) or choice.label
        if role == self.RecordIdRole:
            return choice.id
        return None
