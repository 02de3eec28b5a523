"""Conflicts: fields whose values disagree, the values side by side, and choosing one."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSplitter, QVBoxLayout, QWidget,
)

from app.core.errors import ClaimdeskError
from app.ui.context import AppContext
from app.ui.review.commands import push_resolve
from app.ui.display import label_in
from app.ui.review.common import HeaderedTableModel, Index, ReviewTab, proposal_line, row_table

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.conflicts import FieldConflict, ValueGroup


class ConflictsModel(HeaderedTableModel):
    """One row per conflicting field: record, field, how many values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conflicts: list[FieldConflict] = []
        self.lang = "en"
        self._headers = (self.tr("Record"), self.tr("Field"), self.tr("Values"))

    def set_conflicts(self, conflicts: list[FieldConflict]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._conflicts = list(conflicts)
        self.endResetModel()

    def conflict(self, row: int) -> FieldConflict | None:
        """The conflict in `row`, if any."""
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def row_of(self, record_id: str, field_id: str) -> int | None:
        """The row of a record's field, if it is still in conflict."""
        return next((r for r, c in enumerate(self._conflicts)
                     if c.record.id == record_id and c.field.id == field_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._conflicts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        conflict = self.conflict(index.row()) if index.isValid() else None
        if conflict is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == 0:
            return conflict.record.label
        if index.column() == 1:
            return label_in(conflict.field, self.lang)
        return str(len(conflict.values))


class ConflictsView(ReviewTab):
    """Conflicting fields on the left; their values side by side with "Choose this value"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("review-conflicts")
        self.model = ConflictsModel(self)
        self.choose_buttons: list[QPushButton] = []
        self._build()  # filled when first shown (ReviewTab.showEvent)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.table = row_table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(4, 0, 0, 0)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        detail_layout.addWidget(self.title)
        self.reason_edit = QLineEdit()  # above the values: the reason comes first
        self.reason_edit.setPlaceholderText(self.tr("Why does this value win? (required)"))
        self.reason_edit.textChanged.connect(self._update_buttons)
        detail_layout.addWidget(self.reason_edit)
        self.columns_host = QWidget()
        self.columns_layout = QHBoxLayout(self.columns_host)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.columns_host)
        detail_layout.addWidget(scroll, 1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        detail_layout.addWidget(self.status_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

    # ---------------------------------------------------------------- public API

    def reload(self) -> None:
        """Find the conflicts again (keeps the selected field while it is still in conflict)."""
        current = self.current_conflict()
        row = self.table.currentIndex().row()
        from app.core.conflicts import find_conflicts

        self.model.set_conflicts(find_conflicts(self.project) if self.project else [])
        target = self.model.row_of(current.record.id, current.field.id) if current else None
        self.select_row(target if target is not None else min(max(row, 0), self.model.rowCount() - 1))

    def current_conflict(self) -> FieldConflict | None:
        """The conflict on show, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.conflict(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        """Show the conflict in `row` (-1: none)."""
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
            self._show(None)

    def choose(self, column: int) -> None:
        """Resolve the conflict on show in favour of the value in `column`, with the typed reason."""
        conflict = self.current_conflict()
        if conflict is None or not 0 <= column < len(conflict.values):
            return
        group = conflict.values[column]
        try:
            push_resolve(self.context, self._candidate(group), self.reason_edit.text())
        except ClaimdeskError as exc:
            self.status_label.setText(str(exc))
            return
        self.reason_edit.clear()
        self.status_label.setText(self.tr("%1 of %2 is now %3.").replace("%1", label_in(conflict.field, self.language))
                                  .replace("%2", conflict.record.label).replace("%3", self._shown(group)))

    # ---------------------------------------------------------------- helpers

    def _shown(self, group: ValueGroup) -> str:
        """A value as the interface language writes it (a choice by its label)."""
        return group.claims[0].value_display(self.language) if group.claims else group.display

    @staticmethod
    def _candidate(group: ValueGroup) -> str:
        """The claim that stands for a value: the accepted one, else the oldest proposed."""
        for view in group.claims:
            if view.claim.status == "accepted":
                return view.claim.id
        return group.claims[0].claim.id

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.current_conflict())

    def _show(self, conflict: FieldConflict | None) -> None:
        while self.columns_layout.count():
            taken = self.columns_layout.takeAt(0)
            if taken is not None and taken.widget() is not None:
                taken.widget().deleteLater()
        self.choose_buttons = []
        if conflict is None:
            self.title.setText(self.tr("No conflicts: every single-valued field agrees.")
                               if self.model.rowCount() == 0 else self.tr("Select a conflict."))
            self._update_buttons()
            return
        self.title.setText(f"{conflict.record.label} — {label_in(conflict.field, self.language)}")
        for column, group in enumerate(conflict.values):
            self.columns_layout.addWidget(self._value_column(conflict, group, column), 1)
        self._update_buttons()

    def _value_column(self, conflict: FieldConflict, group: ValueGroup, column: int) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        text = QLabel(self._group_html(conflict, group))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        button = QPushButton(self.tr("Choose this value"))
        button.clicked.connect(lambda _c=False, col=column: self.choose(col))
        layout.addWidget(button)
        layout.addStretch(1)
        self.choose_buttons.append(button)
        return frame

    def _group_html(self, conflict: FieldConflict, group: ValueGroup) -> str:
        esc = html.escape
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        parts = [f'<p style="font-size:large"><b>{esc(self._shown(group))}</b></p>']
        if group.accepted:
            parts.append("<p>✔ " + esc(self.tr("the accepted value")) + "</p>")
        for view in group.claims:
            claim = view.claim
            parts.append(f'<p style="color:{muted}">'
                         + esc(proposal_line(claim.status, claim.created_by, claim.created_at)) + "</p>")
            if not view.evidence:
                parts.append("<p><i>" + esc(self.tr("No quote supports this claim.")) + "</i></p>")
            for evidence in view.evidence:
                published = conflict.published.get(evidence.document_id)
                source = evidence.document_title + (f" · {published}" if published else "")
                parts.append(f"<p>“{esc(evidence.quote)}”<br/>"
                             f'<span style="color:{muted}">{esc(source)}</span></p>')
        return "".join(parts)

    def _update_buttons(self) -> None:
        has_reason = bool(self.reason_edit.text().strip())
        for button in self.choose_buttons:
            button.setEnabled(has_reason)
            button.setToolTip("" if has_reason else self.tr("Type the reason first."))
        self.reason_edit.setEnabled(bool(self.choose_buttons))
