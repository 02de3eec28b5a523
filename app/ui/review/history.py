"""Project-wide activity: who changed what and when, filtered by editor, period or one row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from app.ui.context import AppContext, Changes
from app.ui.review.common import (
    ReviewTab, combo_value, date_edit, date_text, refill_combo, row_table,
)
from app.ui.review.history_model import HistoryFilter, HistoryModel


class HistoryView(ReviewTab):
    """The change log, newest first, loaded page by page as the table scrolls."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("review-history")
        self.model = HistoryModel(self)
        self._row_id: str | None = None
        self._editors: set[str] = set()
        self._shown_project = context.project
        self._build()  # filled when first shown (ReviewTab.showEvent)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        filters = QHBoxLayout()
        self.editor_combo = QComboBox()
        self.since_edit, self.until_edit = date_edit(self), date_edit(self)
        for label, widget in ((self.tr("Editor"), self.editor_combo),
                              (self.tr("From"), self.since_edit), (self.tr("To"), self.until_edit)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        self.editor_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.since_edit.dateChanged.connect(lambda _d: self.reload())
        self.until_edit.dateChanged.connect(lambda _d: self.reload())
        self.row_label = QLabel()
        self.row_label.setTextFormat(Qt.TextFormat.PlainText)
        self.all_rows_button = QPushButton(self.tr("Show all"))
        self.all_rows_button.clicked.connect(lambda: self.show_row(None))
        filters.addStretch(1)
        filters.addWidget(self.row_label)
        filters.addWidget(self.all_rows_button)
        layout.addLayout(filters)

        self.table = row_table(self.model, single=False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

    # ---------------------------------------------------------------- public API

    def wants(self, changes: Changes) -> bool:
        """Every change writes to the log."""
        return True

    def reload(self) -> None:
        """Read the first page of the log again under the filters."""
        if self.project is not self._shown_project:  # another project: its own rows and editors
            self._shown_project, self._row_id = self.project, None
            self._editors.clear()
        where = self.current_filter()
        self.model.show_history(self.project, where)
        if self.project is not None:
            from app.core.history import list_editors

            self._editors = set(list_editors(self.project)) | {self.project.editor}
        refill_combo(self.editor_combo, self.tr("Everyone"), [(e, e) for e in sorted(self._editors)])
        self.row_label.setText(self.tr("History of %1").replace("%1", self._row_id[:8])
                               if self._row_id else "")
        self.all_rows_button.setVisible(self._row_id is not None)
        self.table.resizeColumnsToContents()

    def show_row(self, row_id: str | None) -> None:
        """Show only the history of one record, claim or document (None: everything)."""
        self._row_id = row_id
        self.reload()

    def current_filter(self) -> HistoryFilter:
        """The filters as chosen; the "to" date is inclusive on screen, exclusive in the core."""
        return HistoryFilter(self._row_id, combo_value(self.editor_combo),
                             date_text(self.since_edit), date_text(self.until_edit, days=1))
