"""Merge conflicts: what two laptops' copies changed differently, side by side, to decide.

Deciding is not on the undo stack: choosing the other version is an ordinary logged edit,
and the conflict row is merge bookkeeping; the window asks before it changes data.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from app.core.errors import ClaimdeskError
from app.ui.context import AppContext, Changes
from app.ui.display import local_time
from app.ui.review.common import HeaderedTableModel, ReviewTab, row_table

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.merge_conflicts import ConflictView

Index = QModelIndex | QPersistentModelIndex


def _values(row: dict[str, Any] | None, columns: tuple[str, ...]) -> str:
    if row is None:
        return QCoreApplication.translate("MergeConflicts", "(deleted)")
    shown = {c: row.get(c) for c in columns} if columns else row
    return "; ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in shown.items())


class MergeConflictModel(HeaderedTableModel):
    """Open merge conflicts, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ConflictView] = []
        self._headers = [self.tr("What"), self.tr("Kind"), self.tr("This copy kept"),
                        self.tr("The other copy had"), self.tr("Found")]

    def set_rows(self, rows: list[ConflictView]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.rows[index.row()]
        return [f"{c.table_name} {c.row_id[:8]}", c.kind, _values(c.kept, c.columns),
                _values(c.other, c.columns), local_time(c.detected_at)][index.column()]


class MergeConflictsView(ReviewTab):
    """The merge conflicts tab: keep this copy's version, take the other, or dismiss."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("review-merge-conflicts")
        self.model = MergeConflictModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.table = row_table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No open merge conflicts: merged copies agreed."))
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("&Keep this copy's version"))
        self.other_button = QPushButton(self.tr("&Take the other version"))
        self.dismiss_button = QPushButton(self.tr("Dis&miss"))
        for button, choice in ((self.keep_button, "kept"), (self.other_button, "other"),
                               (self.dismiss_button, "dismiss")):
            button.clicked.connect(lambda _=False, c=choice: self.decide(c))
            buttons.addWidget(button)
        self.status_label = QLabel()
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def wants(self, changes: Changes) -> bool:
        """A merge announces everything; a decision here changes records or claims."""
        return changes.claims or changes.records or changes.documents

    def reload(self) -> None:
        """Read the open conflicts again."""
        from app.core.merge_conflicts import list_merge_conflicts

        rows = list_merge_conflicts(self.project) if self.project is not None else []
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        for button in (self.keep_button, self.other_button, self.dismiss_button):
            button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def selected(self) -> ConflictView | None:
        """The conflict under the cursor."""
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def decide(self, choice: str) -> None:
        """Close the selected conflict with `choice` (kept, other or dismiss)."""
        conflict = self.selected()
        if conflict is None or self.project is None:
            return
        from app.core.merge_conflicts import resolve_merge_conflict

        try:
            resolve_merge_conflict(self.project, conflict.id, choice)
        except ClaimdeskError as exc:
            self.status_label.setText(str(exc))
            return
        self.status_label.setText(self.tr("Decided."))
        self.context.notify(Changes(records=True, claims=True))
        self.reload()
