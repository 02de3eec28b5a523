"""What the review tabs share: refresh-when-shown, status words, dates and quote HTML."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QTableView, QWidget

from app.ui.context import AppContext, Changes
from app.ui.display import local_time

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.project import Project

Index = QModelIndex | QPersistentModelIndex  # what Qt passes to model overrides
NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "any"
CONTEXT_COLOUR = "#808080"


def status_label(status: str) -> str:
    """A claim status in the interface language."""
    words = {"proposed": QCoreApplication.translate("Review", "proposed"),
             "accepted": QCoreApplication.translate("Review", "accepted"),
             "rejected": QCoreApplication.translate("Review", "rejected"),
             "disputed": QCoreApplication.translate("Review", "disputed")}
    return words.get(status, status)


class ReviewTab(QWidget):
    """A tab that reloads from the core when what it shows changed, at once if visible.

    A hidden tab only marks itself stale and reloads when shown, so deciding a claim in
    the queue does not recompute duplicate clusters nobody is looking at.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = "en"  # of field and type labels and values (the interface language)
        self._stale = True
        context.projectChanged.connect(self._refresh)
        context.changed.connect(self._on_changed)

    @property
    def project(self) -> Project | None:
        """The open project, if any."""
        return self.context.project

    def reload(self) -> None:
        """Read what the tab shows again (subclasses implement)."""
        raise NotImplementedError

    def wants(self, changes: Changes) -> bool:
        """Whether `changes` touch what this tab shows."""
        return changes.claims or changes.records or changes.schema

    def _on_changed(self, changes: Changes) -> None:
        if self.wants(changes):
            self._refresh()

    def _refresh(self) -> None:
        if self.on_screen():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def on_screen(self) -> bool:
        """Shown and not covered: a dock behind another dock's tab is "visible" to Qt."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def reload_if_stale(self) -> None:
        """Reload if what the tab shows changed while it was out of sight (its dock came forward)."""
        if self._stale and self.on_screen():
            self._stale = False
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)


def proposal_line(status: str, editor: str, created_at: str) -> str:
    """`disputed · proposed by Anna · 2025-06-11 14:02` (the status left out while proposed)."""
    by = QCoreApplication.translate("Review", "proposed by %1").replace("%1", editor)
    parts = ([] if status == "proposed" else [status_label(status)]) + [by, local_time(created_at)]
    return " · ".join(p for p in parts if p)


def compact_rows(view: QAbstractItemView) -> None:
    """Rows one line of text high, as in the records table."""
    if isinstance(view, QTableView):
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)


def row_table(model: QAbstractTableModel, single: bool = True) -> QTableView:
    """A read-only table selecting whole rows (one at a time with `single`), rows one line high."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    compact_rows(table)
    return table


def date_edit(parent: QWidget) -> QDateEdit:
    """A date picker whose lowest date reads "any" (no limit)."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("Review", "any"))
    edit.setDate(NO_DATE)
    return edit


def date_text(edit: QDateEdit, days: int = 0) -> str | None:
    """The picked date as ISO text (shifted by `days`), or None for "any"."""
    picked = edit.date()
    return None if picked == NO_DATE else picked.addDays(days).toString(Qt.DateFormat.ISODate)


def combo_value(combo: QComboBox) -> str | None:
    """The data of the chosen combo item (None means "all")."""
    value = combo.currentData()
    return value if isinstance(value, str) and value else None


def refill_combo(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Replace a filter combo's items by "everything" + (text, value) pairs, keeping the choice."""
    chosen = combo_value(combo)
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    found = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


def quote_html(prefix: str, quote: str, suffix: str) -> str:
    """A quote in its context: grey text either side, the quote bold; all of it escaped."""
    def esc(text: str) -> str:
        return html.escape(text).replace("\n", " ")

    return (f'<span style="color:{CONTEXT_COLOUR}">…{esc(prefix)}</span>'
            f"<b>{esc(quote)}</b>"
            f'<span style="color:{CONTEXT_COLOUR}">{esc(suffix)}…</span>')


class HeaderedTableModel(QAbstractTableModel):
    """A flat table whose column titles are `self._headers` (set them in `__init__`)."""

    _headers: list[str]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None
