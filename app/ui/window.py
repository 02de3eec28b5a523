"""The main window: the reader in the middle, library, claim editor and records as docks."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QFrame, QMainWindow, QMenu, QMessageBox, QScrollArea, QWidget,
)

from app import __version__
from app.core.errors import ClaimdeskError
from app.paths import default_project_path
from app.ui.background import BackgroundJob
from app.ui.claims.editor import ClaimEditorDock
from app.ui.claims.form import SpanTarget
from app.ui.context import AppContext
from app.ui.reader import ReaderView
from app.ui.settings import QT_TRANSLATE_NOOP, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from app.ui.window_actions import build_menus

from app.ui.library import LibraryDock
from app.ui.merge_action import MergeRunner, backup_in_background, start_backup_timer
from app.ui.records import RecordsView
from app.ui.review.panel import ReviewPanel

if TYPE_CHECKING:
    from app.core.project import Project

FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Claimdesk projects (*.claimdesk)")
# What the views call first once a project is open; loaded with the store, off the GUI thread.
STORE_MODULES = ("app.core.project", "app.core.documents", "app.core.claim_views",
                 "app.core.record_views", "app.core.queue", "app.core.history", "app.core.schema",
                 "app.core.records", "app.core.claims")


def open_in_background(path: Path | None, editor: str | None,
                       stop_requested: Callable[[], bool] = lambda: False) -> Project | None:
    """Load the store's modules and open `path` (None: the default project, built on first start).

    Runs on a worker thread: SQLAlchemy, SQLModel and Pydantic take ~0.5 s to import, and
    the window is on screen meanwhile. The Project's engine is thread-safe. If the window
    quit meanwhile (`stop_requested`), the project is closed again and None returned.
    """
    for name in STORE_MODULES:
        importlib.import_module(name)
    from app.core.project import open_project

    if path is None:
        from app.commands.project_ops import ensure_default_project

        path = ensure_default_project()
    project = open_project(path, editor=editor, backup=False)
    if stop_requested():
        project.close()
        return None
    return project


class MainWindow(QMainWindow):
    """Claimdesk's window over one AppContext; every edit goes through its undo stack."""

    def __init__(self, context: AppContext, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowTitle("Claimdesk")
        self.reader = ReaderView(context, self)
        self.setCentralWidget(self.reader)
        self._make_docks()
        self.merger = MergeRunner(context, self)
        self.backup_timer = start_backup_timer(context, self)
        self.recent_menu: QMenu
        self._pending_document: str | None = None  # picked in the start-up preview
        build_menus(self)
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        self.reader.annotationClicked.connect(self._on_annotation_clicked)
        self.claim_dock.message.connect(self.show_message)
        # After a save the editor goes on reading: the focus returns to the text.
        self.claim_dock.form.saved.connect(lambda *_: self.reader.text_edit.setFocus())
        context.projectChanged.connect(self._on_project_changed)
        context.openingChanged.connect(self._update_title)
        context.undo_stack.cleanChanged.connect(lambda _clean: self._update_title())
        self._restore_layout()
        self._on_project_changed()

    # ---------------------------------------------------------------- docks

    def _make_docks(self) -> None:
        self.library_dock = LibraryDock(self.context, self)
        self.library_dock.documentActivated.connect(self.open_document)
        self.library_dock.importFinished.connect(self._on_import_finished)
        self.claim_dock = ClaimEditorDock(self.context, self.settings.language, self)
        self.records_view = RecordsView(self.context, self)
        self.records_view.set_language(self.settings.language)
        self.records_view.quoteActivated.connect(self.show_quote)
        self.records_dock = self._dock(self.tr("Records"), "recordsDock", self.records_view)
        self.review_panel = ReviewPanel(self.context, self)
        self.review_panel.set_language(self.settings.language)
        self.review_panel.quoteActivated.connect(self.show_quote)
        self.review_panel.recordActivated.connect(self.show_record)
        self.review_dock = self._dock(self.tr("Review"), "reviewDock", self.review_panel)
        # Brought forward from behind the records tab: the shown review tab catches up then.
        self.review_dock.visibilityChanged.connect(
            lambda shown: shown and QTimer.singleShot(0, self.review_panel.reload_if_stale))
        # A laptop screen of 768 px must hold the window: tall docks scroll instead.
        for dock in (self.claim_dock, self.review_dock):
            self._make_scrollable(dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.claim_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.records_dock)
        self.tabifyDockWidget(self.records_dock, self.review_dock)
        self.records_dock.raise_()
        self.resizeDocks([self.library_dock, self.claim_dock], [330, 380], Qt.Orientation.Horizontal)
        self.resizeDocks([self.records_dock], [220], Qt.Orientation.Vertical)

    @staticmethod
    def _make_scrollable(dock: QDockWidget) -> None:
        area = QScrollArea(dock)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(dock.widget())
        dock.setWidget(area)

    def _dock(self, title: str, name: str, body: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(body)
        return dock

    def docks(self) -> list[QDockWidget]:
        """The dock widgets, in View-menu order."""
        return [self.library_dock, self.claim_dock, self.records_dock, self.review_dock]

    def focus_part(self, part: str) -> None:
        """Move the keyboard focus to a part of the window (Ctrl+1…4)."""
        if part == "reader":
            self.reader.text_edit.setFocus()
            return
        dock = {"library": self.library_dock, "claims": self.claim_dock,
                "records": self.records_dock, "review": self.review_dock}[part]
        dock.show()
        dock.raise_()
        body = dock.widget()
        if body is None:
            return
        # The first visible child that takes keyboard focus (a list, a field).
        candidates = [body, *body.findChildren(QWidget)]
        target = next((w for w in candidates if w.isVisible() and w.isEnabled()
                       and w.focusPolicy() & Qt.FocusPolicy.TabFocus), body)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ---------------------------------------------------------------- projects

    def open_project(self, path: Path) -> bool:
        """Open a project; a file that cannot be opened is explained in a dialog."""
        try:
            self.context.open(path)
        except ClaimdeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the project"), str(exc))
            return False
        self.settings.add_recent(path)
        self.backup_soon()
        return True

    def open_project_later(self, path: Path | None) -> BackgroundJob:
        """Open `path` (None: the default project) off the GUI thread; the window stays live.

        Start-up shows the window first and opens the project when the store has loaded.
        If the editor opened another project meanwhile, that one stays and this one closes.
        """
        from app.core.listing import preview_documents  # sqlite3 only: no store needed

        shown = path if path is not None else default_project_path()
        name = path.stem if path is not None else self.tr("the demo project")
        self.context.set_opening(name)
        if shown.exists():  # the newest documents at once; the store replaces them when open
            self.library_dock.show_preview(preview_documents(shown))
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", name))
        job = BackgroundJob(lambda job: open_in_background(path, self.context.editor, job.stop_requested))
        job.succeeded.connect(self._adopt_opened)
        job.failed.connect(self._open_failed)
        job.start_job()
        return job

    def _adopt_opened(self, project: Project | None) -> None:
        self.context.set_opening(None)
        if project is None:
            return  # the window is quitting
        if self.context.project is not None or not self.isVisible():
            project.close()  # another project was opened meanwhile, or the window has closed
            return
        self.context.adopt(project)
        self.settings.add_recent(project.path)
        self.statusBar().clearMessage()
        self.backup_soon()

    def _open_failed(self, sentence: str) -> None:
        self.context.set_opening(None)
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Cannot open the project"), sentence)

    def backup_soon(self) -> None:
        """A rolling backup of the open project if one is due, off the GUI thread."""
        backup_in_background(self.context)

    def choose_project(self) -> None:
        """File › Open…"""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a project"), "", self.tr(FILE_FILTER))
        if path:
            self.open_project(Path(path))

    def new_project(self) -> None:
        """File › New project…: create an empty project and open it."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), "", self.tr(FILE_FILTER))
        if not path:
            return
        from app.core.project import PROJECT_SUFFIX, create_project

        target = Path(path)
        if target.suffix != PROJECT_SUFFIX:
            target = target.with_name(target.name + PROJECT_SUFFIX)
        try:
            create_project(target, editor=self.context.editor).close()
        except ClaimdeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot create the project"), str(exc))
            return
        self.open_project(target)

    def fill_recent_menu(self) -> None:
        """File › Open recent, filled when it opens."""
        from app.ui.settings import RECENT_PROJECTS

        self.recent_menu.clear()
        recent = self.settings.get(RECENT_PROJECTS)
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_project(Path(p)))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)

    def _on_project_changed(self) -> None:
        self._update_title()
        project = self.context.project
        if project is None:
            return
        pending, self._pending_document = self._pending_document, None
        if pending is not None:  # chosen in the preview while the project was opening
            self.open_document(pending)
            if self.reader.document is not None:
                return
        library = self.library_dock.model  # filled first: the library heard of the project first
        if library.rowCount():
            self.open_document(library.document_id(0))  # the top of the list, as the editor sees it

    def _update_title(self) -> None:
        project = self.context.project
        name = project.path.stem if project else self.context.opening
        self.setWindowTitle(f"{name} — Claimdesk" if name else "Claimdesk")

    # ---------------------------------------------------------------- documents

    def open_document(self, document_id: str) -> None:
        """Show a document in the reader (once the project is open, if it is still opening)."""
        if self.context.project is None:
            self._pending_document = document_id
            self.show_message(self.tr("The document opens as soon as the project is open."))
            return
        try:
            self.reader.load_document(document_id)
        except ClaimdeskError as exc:
            self.show_message(str(exc))
            return
        self.library_dock.mark_current(document_id)  # the library shows which one is open

    def _on_import_finished(self, results: list) -> None:  # list[ImportResult]
        # With nothing in the reader yet (a new project), show the first document imported.
        imported = [r.document_id for r in results if r.status == "imported" and r.document_id]
        if self.reader.document is None and imported:
            self.open_document(imported[0])

    def show_quote(self, document_id: str, start: int, end: int) -> None:
        """Open a document at a quote (from the records view)."""
        if self.reader.document is None or self.reader.document.id != document_id:
            self.open_document(document_id)
        self.reader.show_span(start, end)

    def import_files(self) -> None:
        """File › Import files…: the library imports in the background with progress."""
        if self.context.project is not None:
            self.library_dock.choose_files()

    def show_record(self, record_id: str) -> None:
        """Show a record in the records view (from the review overview)."""
        self.records_dock.show()
        self.records_dock.raise_()
        self.records_view.select_record(record_id)

    def export_workbook(self) -> None:
        """File › Export…"""
        # Imported on first use: the workbook writer costs ~0.3 s of start-up otherwise.
        from app.ui.export import ExportDialog

        ExportDialog(self.context, self).exec()

    # ---------------------------------------------------------------- claims

    def new_claim(self) -> None:
        """Claims › New claim from selection (Ctrl+K)."""
        span = self.reader.selected_span()
        doc = self.reader.document
        if span is None or doc is None:
            self.show_message(self.tr("Select text in the reader first, then press Ctrl+K."))
            return
        start, end = span
        target = SpanTarget(doc.id, start, end, doc.text[start:end],
                            self.reader.sentence_around(start, end), doc.language or "nl")
        self.claim_dock.start_claim(target)

    def review(self, decision: str) -> None:
        """Claims › Accept / Reject / Dispute on the selected claim."""
        self.claim_dock.review_selected(decision)

    def _on_annotation_clicked(self, annotation_id: str) -> None:
        self.claim_dock.show()
        self.claim_dock.show_annotation(annotation_id)

    # ---------------------------------------------------------------- misc

    def show_message(self, text: str) -> None:
        """One sentence in the status bar."""
        self.statusBar().showMessage(text, 8000)

    def open_settings(self) -> None:
        """Edit › Settings…"""
        from app.ui.settings_dialog import SettingsDialog

        if SettingsDialog(self.settings, self).exec():
            self.context.editor = self.settings.editor_name or self.context.editor
            if self.context.project is not None:
                self.context.project.editor = self.context.editor or self.context.project.editor
            self.show_message(self.tr("Settings saved; a new interface language applies after a restart."))

    def show_about(self) -> None:
        """Help › About."""
        QMessageBox.about(self, self.tr("About Claimdesk"), self.tr(
            "<b>Claimdesk %1</b><p>Curate traceable claims out of source documents and export "
            "them as a ministry workbook.</p>").replace("%1", __version__))

    def _restore_layout(self) -> None:
        geometry, state = self.settings.get(WINDOW_GEOMETRY), self.settings.get(WINDOW_STATE)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 800)
        if state:
            self.restoreState(QByteArray(state))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(WINDOW_STATE, bytes(self.saveState().data()))
        super().closeEvent(event)
