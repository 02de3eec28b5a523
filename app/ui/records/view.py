"""The records panel: one tab per record type, a table of accepted values, and a detail pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QSplitter, QStackedWidget, QTableView, QTabBar,
    QVBoxLayout, QWidget,
)

from app.ui.context import AppContext, Changes
from app.ui.records.detail import RecordDetailModel, RecordDetailView
from app.ui.records.model import RecordTableModel

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.record_views import RecordTypeView

MAX_COLUMN_WIDTH = 240


class RecordsView(QWidget):
    """Records of each type with their accepted values, conflicts, and every claim's quotes.

    Signals: `quoteActivated(document_id, start, end)` when a quote is clicked or Enter is
    pressed on it (code-point offsets); `recordSelected(record_id)` when the selection moves.
    """

    quoteActivated = Signal(str, int, int)
    recordSelected = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("records")
        self.context = context
        self.language = "en"
        self._types: list[RecordTypeView] = []
        self.model = RecordTableModel(self)
        self.detail_model = RecordDetailModel(self)
        self._build()
        context.projectChanged.connect(self.reload)
        context.openingChanged.connect(self._update_empty_state)
        context.changed.connect(self._on_changed)
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout.addWidget(self.tabs)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda _index: self._focus_detail())
        self.model.modelReset.connect(self._fit_columns)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(4, 0, 0, 0)
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.detail_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.detail_title.setFont(font)
        self.detail_subtitle = QLabel()
        self.detail_subtitle.setWordWrap(True)
        self.detail_subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.detail = RecordDetailView()
        self.detail.setModel(self.detail_model)
        self.detail.quoteActivated.connect(self.quoteActivated)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_subtitle)
        detail_layout.addWidget(self.detail, 1)
        detail_layout.addStretch(0)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table_stack)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

    # ---------------------------------------------------------------- public API

    def reload(self) -> None:
        """Read types, records and the selected record again (keeps type and selection)."""
        project = self.context.project
        current_type = self.current_type()
        selected = self.selected_record_id()
        self._types = []
        if project is not None:
            from app.core.record_views import record_type_views

            self._types = record_type_views(project)
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for rtype in self._types:
            self.tabs.addTab(f"{rtype.label(self.language)} ({rtype.records})")
        keys = [t.key for t in self._types]
        self.tabs.setCurrentIndex(keys.index(current_type) if current_type in keys else 0)
        self.tabs.blockSignals(False)
        self.model.show_type(project, self.current_type(), self.language)
        if not (selected and self.select_record(selected)):
            self._show_detail(None)
        self._update_empty_state()

    def set_language(self, lang: str) -> None:
        """Show labels and values in `lang` (`en` or `nl`)."""
        if lang != self.language:
            self.language = lang
            self.reload()

    def current_type(self) -> str | None:
        """The key of the record type on show."""
        index = self.tabs.currentIndex()
        return self._types[index].key if 0 <= index < len(self._types) else None

    def select_type(self, type_key: str) -> bool:
        """Show the records of `type_key`; False if there is no such type."""
        for index, rtype in enumerate(self._types):
            if rtype.key == type_key:
                self.tabs.setCurrentIndex(index)
                return True
        return False

    def select_record(self, record_id: str) -> bool:
        """Select a record of the type on show (loading more rows if needed)."""
        row = self.model.row_of(record_id)
        while row is None and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def selected_record_id(self) -> str | None:
        """The id of the selected record, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    # ---------------------------------------------------------------- reacting

    def _on_changed(self, changes: Changes) -> None:
        if changes.records or changes.claims or changes.schema:
            self.reload()

    def _on_tab_changed(self, _index: int) -> None:
        self.model.show_type(self.context.project, self.current_type(), self.language)
        self._show_detail(None)
        self._update_empty_state()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        record_id = self.selected_record_id()
        self._show_detail(record_id)
        if record_id is not None:
            self.recordSelected.emit(record_id)

    def _show_detail(self, record_id: str | None) -> None:
        project = self.context.project
        detail = None
        if project is not None and record_id:
            from app.core.record_views import record_detail

            detail = record_detail(project, record_id, self.language)
        self.detail_model.show_record(detail, self.language, self.detail.warning_icon())
        self.detail.expandAll()
        self.detail.setVisible(detail is not None)
        if detail is None:
            self.detail_title.setText(self.tr("No record selected"))
            self.detail_subtitle.setText(self.tr("Select a record to see every claim and its quotes."))
            self.detail_subtitle.show()
            return
        self.detail_title.setText(detail.label)
        aliases = ", ".join(detail.aliases)
        self.detail_subtitle.setText(self.tr("Also known as: %1").replace("%1", aliases) if aliases
                                     else detail.description)
        self.detail_subtitle.setVisible(bool(self.detail_subtitle.text()))

    def _focus_detail(self) -> None:
        self.detail.setFocus()
        if not self.detail.currentIndex().isValid() and self.detail_model.rowCount():
            self.detail.setCurrentIndex(self.detail_model.index(0, 0))

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), 80), MAX_COLUMN_WIDTH))

    def _update_empty_state(self) -> None:
        if self.model.rowCount():
            self.table_stack.setCurrentWidget(self.table)
            return
        text = self.context.closed_text() or self.tr(
            "No records of this type yet. Records appear here when you add them while making "
            "claims in the reader.")
        self.empty.setText(text)
        self.table_stack.setCurrentWidget(self.empty)
