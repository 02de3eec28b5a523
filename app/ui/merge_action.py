"""File › Merge a copy…: bring a laptop's copy into the open project, off the GUI thread.

A merge is not an undo step: it writes a backup first, and the report says where it is.
The undo stack is cleared afterwards because earlier steps may no longer apply as recorded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.ui.background import BackgroundJob
from app.ui.context import AppContext, Changes

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.merge import MergeReport

BACKUP_CHECK_MS = 10 * 60 * 1000  # the core decides whether a backup is due (hourly by default)


# Texts name their context outright (as in window_actions): lupdate files a bare `tr("…")`
# under no context, where the running app would never find its translation.
translate = QCoreApplication.translate


def merge_summary(report: MergeReport) -> str:
    """The report a user reads after a merge: what came in, what conflicted, the backup."""
    if report.nothing_new:
        return translate("MergeAction", "The copy holds nothing this project does not already have; "
                                        "nothing was changed.")
    came_in = ", ".join(f"{n} {table}" for table, n in sorted(report.inserted.items()) if n)
    updated = ", ".join(f"{n} {table}" for table, n in sorted(report.updated.items()) if n)
    lines = [translate("MergeAction", "%1 changes came in.").replace("%1", str(report.changes_in))]
    if came_in:
        lines.append(translate("MergeAction", "New: %1.").replace("%1", came_in))
    if updated:
        lines.append(translate("MergeAction", "Changed: %1.").replace("%1", updated))
    if report.conflicts:
        lines.append(translate("MergeAction", "%1 conflicts were kept side by side for you to decide "
                                              "(claimdesk merge-conflicts).")
                     .replace("%1", str(len(report.conflicts))))
    if report.backup is not None:
        lines.append(translate("MergeAction", "A backup from before the merge is at %1.")
                     .replace("%1", str(report.backup)))
    return "\n".join(lines)


class MergeRunner:
    """Runs one merge with a cancellable progress dialog and reports the outcome."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        self.context = context
        self.parent = parent
        self.last_summary = ""
        self.job: BackgroundJob | None = None
        self.dialog: QProgressDialog | None = None

    def choose_and_merge(self) -> None:
        """Ask for the copy, then merge it."""
        if self.context.project is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.parent, translate("MergeAction", "Merge a copy of this project"), "",
            translate("MergeAction", "Claimdesk projects (*.claimdesk)"))
        if path:
            self.merge(Path(path))

    def merge(self, other: Path) -> BackgroundJob | None:
        """Start merging `other` into the open project; returns the running job."""
        project = self.context.project
        if project is None:
            return None
        self.dialog = QProgressDialog(translate("MergeAction", "Merging %1…").replace("%1", other.name),
                                      translate("MergeAction", "Stop"), 0, 0, self.parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        from app.core.merge import merge_project

        job = BackgroundJob(lambda j: merge_project(
            project, other, progress=lambda done, total, msg: j.report((done, total, msg)),
            should_stop=j.stop_requested))
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(self._on_done)
        job.failed.connect(self._on_failed)
        self.dialog.canceled.connect(job.request_stop)
        self.job = job
        job.start_job()
        return job

    def _on_progress(self, payload: object) -> None:
        done, total, message = payload  # type: ignore[misc]
        if self.dialog is not None:
            self.dialog.setMaximum(max(int(total), 1))
            self.dialog.setValue(int(done))
            self.dialog.setLabelText(str(message))

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog = None

    def _on_done(self, report: object) -> None:
        self._close_dialog()
        from app.core.merge import MergeReport

        assert isinstance(report, MergeReport)
        self.last_summary = merge_summary(report)
        if not report.nothing_new:
            self.context.undo_stack.clear()
            self.context.notify(Changes.everything())
        box = QMessageBox(QMessageBox.Icon.Information, translate("MergeAction", "Merge finished"),
                          self.last_summary, QMessageBox.StandardButton.Ok, self.parent)
        box.open()  # not exec(): the window stays responsive and tests never block

    def _on_failed(self, sentence: str) -> None:
        self._close_dialog()
        self.last_summary = sentence
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MergeAction", "Merge not done"), sentence,
                          QMessageBox.StandardButton.Ok, self.parent)
        box.open()


def start_backup_timer(context: AppContext, parent: QWidget) -> QTimer:
    """Rolling backups while editing: every 10 minutes, ask the core whether one is due."""
    timer = QTimer(parent)
    timer.setInterval(BACKUP_CHECK_MS)
    timer.timeout.connect(lambda: backup_in_background(context))
    timer.start()
    return timer


def backup_in_background(context: AppContext) -> None:
    """A rolling backup of the open project if one is due (after opening, and on the timer)."""
    if context.project is not None:
        path = context.project.path
        BackgroundJob(lambda _job: _backup_if_due(path)).start_job()


def _backup_if_due(path: Path) -> Path | None:
    from app.core.backups import backup_if_due

    return backup_if_due(path)
