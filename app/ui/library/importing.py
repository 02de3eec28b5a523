"""Importing files off the GUI thread: progress with Cancel, then a report of what did not import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QProgressDialog, QTableView, QVBoxLayout,
    QWidget,
)

from app.ui.background import BackgroundJob
from app.ui.settings import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.documents import ImportResult
    from app.core.project import Project

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ImportReport", text, None, n)


def outcome_label(status: str) -> str:
    """The status of one file in words."""
    return {"imported": _tr(QT_TRANSLATE_NOOP("ImportReport", "imported")),
            "present": _tr(QT_TRANSLATE_NOOP("ImportReport", "already in the project")),
            "failed": _tr(QT_TRANSLATE_NOOP("ImportReport", "failed"))}.get(status, status)


def report_summary(results: list[ImportResult], planned: int) -> str:
    """One line: how many files were imported, already present, failed, and not reached."""
    counts = {s: sum(1 for r in results if r.status == s) for s in ("imported", "present", "failed")}
    parts = [_tr(QT_TRANSLATE_NOOP("ImportReport", "%n imported"), counts["imported"])]
    if counts["present"]:
        parts.append(_tr(QT_TRANSLATE_NOOP("ImportReport", "%n already in the project"), counts["present"]))
    if counts["failed"]:
        parts.append(_tr(QT_TRANSLATE_NOOP("ImportReport", "%n failed"), counts["failed"]))
    if planned > len(results):
        parts.append(_tr(QT_TRANSLATE_NOOP("ImportReport", "%n not imported because you stopped"),
                         planned - len(results)))
    return ", ".join(parts) + "."


def report_text(results: list[ImportResult], planned: int) -> str:
    """The whole report as plain text: the summary, then one line per file that did not import."""
    lines = [report_summary(results, planned)]
    for r in results:
        if r.status != "imported":
            lines.append(f"{r.path.name}: {outcome_label(r.status)} — {r.message or ''}".rstrip(" —"))
    return "\n".join(lines)


class ImportReportModel(QAbstractTableModel):
    """The files that did not import (failed first, then already present) with the reason."""

    def __init__(self, results: list[ImportResult], parent: QObject | None = None) -> None:
        super().__init__(parent)
        order = {"failed": 0, "present": 1}
        self._rows = sorted((r for r in results if r.status in order), key=lambda r: order[r.status])
        self._headers = [self.tr("File"), self.tr("Outcome"), self.tr("Reason")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 3):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [r.path.name, outcome_label(r.status), r.message or ""][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(r.path)
        return None


class ImportReportDialog(QDialog):
    """A non-modal report after an import: a summary line and the files that did not import."""

    def __init__(self, results: list[ImportResult], planned: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = report_text(results, planned)
        layout = QVBoxLayout(self)
        summary = QLabel(report_summary(results, planned))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.model = ImportReportModel(results, self)
        if self.model.rowCount():
            table = QTableView()
            table.setModel(self.model)
            table.verticalHeader().hide()
            table.setWordWrap(True)
            table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        rows = self.model.rowCount()
        self.resize(640, 130 + 28 * min(rows, 10) if rows else 110)


class ImportRunner(QObject):
    """Imports paths into a project on a worker thread with a cancellable progress dialog.

    `finished(list[ImportResult], int planned)` arrives on the GUI thread; `failed(str)`
    when the import as a whole could not run.
    """

    finished = Signal(list, int)
    failed = Signal(str)

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._job: BackgroundJob | None = None
        self._progress: QProgressDialog | None = None
        self._planned = 0

    @property
    def running(self) -> bool:
        """Whether an import is under way."""
        return self._job is not None

    def start(self, project: Project, paths: list[Path]) -> None:
        """Start importing `paths` (files and folders) into `project`."""
        if self._job is not None:
            raise RuntimeError("an import is already running")
        self._planned = 0
        progress = QProgressDialog(self.tr("Looking for files…"), self.tr("Cancel"), 0, 0,
                                   self._parent_widget)
        progress.setWindowTitle(self.tr("Importing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumWidth(420)
        self._progress = progress

        def work(job: BackgroundJob) -> list[ImportResult]:
            from app.core.documents import import_paths, iter_files

            files = list(iter_files(paths))
            job.report((0, len(files), files[0].name if files else ""))

            def on_result(done: int, total: int, result: ImportResult) -> None:
                job.report((done, total, files[done].name if done < total else ""))

            return import_paths(project, files, on_result=on_result, should_stop=job.stop_requested)

        self._job = job = BackgroundJob(work)
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(self._on_succeeded)
        job.failed.connect(self._on_failed)
        progress.canceled.connect(self.cancel)
        job.start_job()

    def cancel(self) -> None:
        """Stop after the file being imported now."""
        if self._job is not None:
            self._job.request_stop()
        if self._progress is not None:
            self._progress.setLabelText(self.tr("Stopping after the current file…"))

    def _on_progress(self, payload: tuple[int, int, str]) -> None:
        done, total, name = payload
        self._planned = total
        if self._progress is None or self._job is None or self._job.stop_requested():
            return
        dialog = self._progress  # setValue() may process events that finish and drop the dialog
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        if name and self._progress is dialog:
            text = self.tr("Importing file %1 of %2:\n%3")
            dialog.setLabelText(text.replace("%1", str(done + 1)).replace("%2", str(total))
                                .replace("%3", name))

    def _on_succeeded(self, results: list[ImportResult]) -> None:
        self._done()
        self.finished.emit(results, max(self._planned, len(results)))

    def _on_failed(self, message: str) -> None:
        self._done()
        self.failed.emit(message)

    def _done(self) -> None:
        self._job = None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
