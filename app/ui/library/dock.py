"""The library: the project's documents, a search box, sorting, and importing files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QFileDialog, QHeaderView, QLabel, QLineEdit, QMessageBox,
    QStackedWidget, QStyle, QTableView, QToolButton, QHBoxLayout, QVBoxLayout, QWidget,
)

from app.ui.context import AppContext, Changes
from app.ui.library.importing import ImportReportDialog, ImportRunner, report_text
from app.ui.library.model import (
    ANNOTATIONS, CLAIMS, IMPORTED, PUBLISHED, PUBLISHER, SQL_ORDERS, TITLE, DocumentListModel,
)
from app.ui.settings import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.documents import ImportResult
    from app.core.listing import ListedDocument

FILTER_DELAY_MS = 200
MIN_TITLE_WIDTH = 150
TITLE_SHARE = 0.4  # of the table's width, kept for titles before optional columns
FILE_FILTER = QT_TRANSLATE_NOOP("LibraryDock",
                                "Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)")


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders in dragged data (web links and the like are left out)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class LibraryDock(QDockWidget):
    """The project's documents with search, sorting and import (object name `library`).

    Signals: `documentActivated(str)` with a document id on double-click or Enter;
    `importFinished(list)` with the ImportResults after every import.
    Actions: `import_action` (Ctrl+I, files) and `import_folder_action` (a folder).
    """

    documentActivated = Signal(str)
    importFinished = Signal(list)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Library"), parent)
        self.setObjectName("library")
        self.context = context
        self.model = DocumentListModel(self)
        self.last_report_text = ""  # what the last import report said (also for tests)
        self.last_report: ImportReportDialog | None = None
        self._pending: list[Path] = []
        self._runner = ImportRunner(self)
        self._runner.finished.connect(self._on_import_finished)
        self._runner.failed.connect(self._on_import_failed)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self._make_actions()
        self._build()
        self.setAcceptDrops(True)
        context.projectChanged.connect(self._on_project_changed)
        context.openingChanged.connect(self._update_empty_state)
        context.changed.connect(self._on_changed)
        self._on_project_changed()

    # ---------------------------------------------------------------- building

    def _make_actions(self) -> None:
        style = self.style()
        self.import_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton),
                                     self.tr("Import files…"), self)
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_action.setStatusTip(self.tr("Import documents into the project"))
        self.import_action.triggered.connect(self.choose_files)
        self.import_folder_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon),
                                            self.tr("Import folder…"), self)
        self.import_folder_action.setStatusTip(self.tr("Import every document in a folder"))
        self.import_folder_action.triggered.connect(self.choose_folder)
        self.addAction(self.import_action)
        self.addAction(self.import_folder_action)

    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Search the documents…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_box.returnPressed.connect(self.apply_filter)
        bar.addWidget(self.filter_box, 1)
        for action in (self.import_action, self.import_folder_action):
            button = QToolButton()
            button.setDefaultAction(action)
            bar.addWidget(button)
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSortIndicator(IMPORTED, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        metrics = self.fontMetrics()
        # Columns in the order they give way when the dock is narrow (the title always stays).
        self._column_widths = {
            PUBLISHED: metrics.horizontalAdvance("2025-06-11") + 24,
            CLAIMS: metrics.horizontalAdvance(self.model.headerData(CLAIMS, Qt.Orientation.Horizontal)) + 28,
            ANNOTATIONS: metrics.horizontalAdvance(
                self.model.headerData(ANNOTATIONS, Qt.Orientation.Horizontal)) + 28,
            PUBLISHER: 140,
            IMPORTED: metrics.horizontalAdvance("2025-06-11 00:00") + 28,
        }
        for column, width in self._column_widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self._viewport = self.table.viewport()
        self._viewport.installEventFilter(self)
        header.sortIndicatorChanged.connect(self._keep_sortable_indicator)
        self._sort_indicator = (IMPORTED, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._on_activated)

        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setContentsMargins(16, 16, 16, 16)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.hint)
        layout.addWidget(self.stack, 1)
        self.setWidget(body)
        self.model.modelReset.connect(self._update_empty_state)
        self.model.rowsInserted.connect(self._update_empty_state)

    # ---------------------------------------------------------------- public API

    def import_paths(self, paths: list[Path]) -> None:
        """Import files and folders in the background; `importFinished` tells when done."""
        paths = [Path(p) for p in paths]
        if not paths:
            return
        project = self.context.project
        if project is None:
            QMessageBox.information(self, self.tr("Import"), self.tr("Open a project first."))
            return
        if self._runner.running:
            self._pending.extend(paths)  # runs after the current import
            return
        self._set_import_enabled(False)
        self._runner.start(project, paths)

    def cancel_import(self) -> None:
        """Stop the running import after its current file."""
        self._pending.clear()
        self._runner.cancel()

    def choose_files(self) -> None:
        """Ask for files to import."""
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files"), str(Path.home()),
                                                self.tr(FILE_FILTER))
        self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        """Ask for a folder whose documents to import."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import folder"), str(Path.home()))
        if folder:
            self.import_paths([Path(folder)])

    def apply_filter(self) -> None:
        """Show only documents matching the search box (now, without waiting for the delay)."""
        self._filter_timer.stop()
        project = self.context.project
        from app.core.documents import search_document_ids

        ids = search_document_ids(project, self.filter_box.text()) if project else None
        self.model.set_filter(ids)

    def mark_current(self, document_id: str) -> None:
        """Select the row of the document on show in the reader, if it is loaded."""
        row = self.model.row_of(document_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))

    def selected_document_id(self) -> str | None:
        """The id of the selected document, if any."""
        index = self.table.currentIndex()
        return self.model.document_id(index.row()) if index.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Hide the least needed columns when the dock is too narrow for all of them."""
        width = self._viewport.width()
        available = width - max(MIN_TITLE_WIDTH, int(width * TITLE_SHARE))
        for column, width in self._column_widths.items():
            fits = available >= width
            self.table.setColumnHidden(column, not fits)
            if fits:
                available -= width
                if self.table.columnWidth(column) == 0:
                    self.table.setColumnWidth(column, width)

    # ---------------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()) and self.context.project is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # ---------------------------------------------------------------- reacting

    def show_preview(self, rows: list[ListedDocument]) -> None:
        """List a project's first documents while it opens (read-only until it is open)."""
        self.model.show_preview(rows)

    def _on_project_changed(self) -> None:
        enabled = self.context.project is not None
        self._set_import_enabled(enabled and not self._runner.running)
        self.filter_box.setEnabled(enabled)
        self.model.set_project(self.context.project)
        if self.filter_box.text():
            self.apply_filter()

    def _on_changed(self, changes: Changes) -> None:
        if changes.documents or changes.annotations or changes.claims:
            selected = self.selected_document_id()
            if self.filter_box.text().strip():
                self.apply_filter()  # new documents may match the search
            else:
                self.model.reload()
            row = self.model.row_of(selected) if selected else None
            if row is not None:
                self.table.selectRow(row)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.documentActivated.emit(self.model.document_id(index.row()))

    def _keep_sortable_indicator(self, column: int, order: Qt.SortOrder) -> None:
        if column in SQL_ORDERS:
            self._sort_indicator = (column, order)
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)  # counts are not sortable: put the indicator back
        header.setSortIndicator(*self._sort_indicator)
        header.blockSignals(False)

    def _update_empty_state(self) -> None:
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.table)
            return
        closed = self.context.closed_text()
        if closed is not None:
            text = closed
        elif self.model.filtered:
            text = self.tr("No documents match “%1”.").replace("%1", self.filter_box.text().strip())
        else:
            text = self.tr("No documents yet — drag files here or press %1.").replace(
                "%1", self.import_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        self.hint.setText(text)
        self.stack.setCurrentWidget(self.hint)

    def _set_import_enabled(self, enabled: bool) -> None:
        self.import_action.setEnabled(enabled)
        self.import_folder_action.setEnabled(enabled)

    def _on_import_finished(self, results: list[ImportResult], planned: int) -> None:
        self._set_import_enabled(self.context.project is not None)
        self.last_report_text = report_text(results, planned)
        if any(r.status != "imported" for r in results) or planned > len(results):
            self.last_report = ImportReportDialog(results, planned, self)
            self.last_report.destroyed.connect(self._forget_report)
            self.last_report.show()
        self.context.notify(Changes(documents=True))
        self.importFinished.emit(results)
        if self._pending:
            pending, self._pending = self._pending, []
            self.import_paths(pending)

    def _on_import_failed(self, message: str) -> None:
        self._set_import_enabled(self.context.project is not None)
        self.last_report_text = message
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"), message,
                          QMessageBox.StandardButton.Close, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.context.notify(Changes(documents=True))  # files before the failure did import
        self.importFinished.emit([])

    def _forget_report(self) -> None:
        self.last_report = None
