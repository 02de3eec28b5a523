"""The export dialog: choose language, statuses, template and file; export off the GUI thread."""

from __future__ import annotations

import inspect
import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from app.core.errors import ClaimdeskError
from app.core.export.workbook import export_workbook
from app.core.project import Project
from app.ui.background import BackgroundJob
from app.ui.context import AppContext

STATUS_CHOICES: tuple[tuple[str, ...], ...] = (
    ("accepted",), ("accepted", "proposed"), ("accepted", "proposed", "disputed"),
)
_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def export_supports(parameter: str) -> bool:
    """Whether `export_workbook` takes `parameter` (template, on_progress, should_stop)."""
    return parameter in inspect.signature(export_workbook).parameters


def supports_templates() -> bool:
    """Whether the workbook export takes a `template` argument."""
    return export_supports("template")


def counts_of(result: Any) -> dict[str, int]:
    """The counts of an export's result (an ExportReport with `counts()`, or a plain dict)."""
    counts = result.counts() if hasattr(result, "counts") else result
    return {str(k): int(v) for k, v in dict(counts).items()}


def template_names(project: Project) -> list[str]:
    """The project's export template names, if the core has templates; else an empty list."""
    try:
        from app.core.templates import list_templates
    except ImportError:
        return []
    return [t.name for t in list_templates(project)]


def template_defaults(project: Project, name: str) -> tuple[str, tuple[str, ...]] | None:
    """A template's own language and statuses, if the core can tell."""
    try:
        from app.core.templates import get_template

        spec = get_template(project, name)
    except (ImportError, ClaimdeskError):
        return None
    return spec.lang, tuple(spec.statuses)


def template_argument(project: Project, name: str) -> Any:
    """What `export_workbook(template=...)` expects: a TemplateSpec if it says so, else the name."""
    annotation = str(inspect.signature(export_workbook).parameters["template"].annotation)
    if "TemplateSpec" in annotation:
        from app.core.templates import get_template

        return get_template(project, name)
    return name


def default_target(project: Project, today: date | None = None) -> Path:
    """`~/Documents/<project>-YYYY-MM-DD.xlsx` (the home folder when there is no Documents)."""
    folder = Path.home() / "Documents"
    if not folder.is_dir():
        folder = Path.home()
    name = _UNSAFE_IN_NAMES.sub("-", project.info().name).strip(" .-") or "claimdesk"
    return folder / f"{name}-{(today or date.today()).isoformat()}.xlsx"


class ExportDialog(QDialog):
    """Export the project as the ministry workbook.

    Signals: `exportFinished(dict)` with the counts the core returns; `exportFailed(str)`
    with the sentence shown in the dialog.
    """

    exportFinished = Signal(dict)
    exportFailed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export workbook"))
        self.context = context
        self.last_counts: dict[str, int] | None = None
        self._job: BackgroundJob | None = None
        self._build()
        self._fill()

    def _build(self) -> None:
        form = QFormLayout()
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("English"), "en")
        self.language_box.addItem(self.tr("Dutch (Nederlands)"), "nl")
        form.addRow(self.tr("&Language:"), self.language_box)
        self.status_box = QComboBox()
        for label, statuses in zip((self.tr("Accepted claims only"),
                                    self.tr("Accepted and proposed claims"),
                                    self.tr("Accepted, proposed and disputed claims")), STATUS_CHOICES):
            self.status_box.addItem(label, statuses)
        form.addRow(self.tr("&Claims:"), self.status_box)
        self.template_box = QComboBox()
        self.template_label = QLabel(self.tr("&Template:"))
        self.template_label.setBuddy(self.template_box)
        form.addRow(self.template_label, self.template_box)
        self.target_edit = QLineEdit()
        self.target_edit.setMinimumWidth(360)
        self.target_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(browse)
        target_label = QLabel(self.tr("&Save as:"))
        target_label.setBuddy(self.target_edit)
        form.addRow(target_label, target_row)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy until the export reports its first step
        self.busy.setFormat(self.tr("%v of %m records"))
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.ApplyRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.open_folder_button = self.buttons.addButton(self.tr("&Open folder"),
                                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        self.cancel_button = self.buttons.addButton(self.tr("&Stop"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        project = self.context.project
        names = template_names(project) if project is not None and supports_templates() else []
        for name in names:
            self.template_box.addItem(name, name)
        self.template_box.currentIndexChanged.connect(self._apply_template_defaults)
        self._select_default_template()
        self.template_label.setVisible(bool(names))
        self.template_box.setVisible(bool(names))
        if project is not None:
            self.target_edit.setText(str(default_target(project)))
        else:
            self._show_message(self.tr("Open a project to export it."), error=True)
        self._update_buttons()

    # ---------------------------------------------------------------- public API

    @property
    def running(self) -> bool:
        """Whether an export is under way."""
        return self._job is not None

    def target(self) -> Path:
        """The file to write, with `.xlsx` added when the name has no suffix."""
        path = Path(self.target_edit.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(".xlsx")

    def browse(self) -> None:
        """Choose the file to write."""
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export workbook"), str(self.target()),
                                                self.tr("Excel workbook (*.xlsx)"))
        if chosen:
            self.target_edit.setText(chosen)

    def export(self) -> None:
        """Write the workbook in the background; the dialog shows the counts or the error."""
        project = self.context.project
        if project is None or self.running or not self.target_edit.text().strip():
            return
        target, lang = self.target(), self.language_box.currentData()
        statuses = tuple(self.status_box.currentData())
        template = self.template_box.currentData() if self.template_box.count() else None

        def work(job: BackgroundJob) -> dict[str, int]:
            kwargs: dict[str, Any] = {"lang": lang, "statuses": statuses}
            if template is not None:
                kwargs["template"] = template_argument(project, template)
            if export_supports("on_progress"):
                kwargs["on_progress"] = lambda done, total: job.report((done, total))
            if export_supports("should_stop"):
                kwargs["should_stop"] = job.stop_requested
            return counts_of(export_workbook(project, target, **kwargs))

        self.last_counts = None
        self.open_folder_button.hide()
        self._show_message(self.tr("Writing %1…").replace("%1", target.name))
        self.busy.setRange(0, 0)
        self.busy.show()
        self.cancel_button.setVisible(export_supports("should_stop"))
        self.cancel_button.setEnabled(True)
        self._set_inputs_enabled(False)
        self._job = job = BackgroundJob(work)
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(lambda counts: self._on_succeeded(counts, target))
        job.failed.connect(self._on_failed)
        job.start_job()

    def cancel(self) -> None:
        """Stop the running export; the previous file, if any, stays as it was."""
        if self._job is not None:
            self._job.request_stop()
            self.cancel_button.setEnabled(False)
            self._show_message(self.tr("Stopping…"))

    def open_folder(self) -> None:
        """Show the folder of the written workbook in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.target().parent)))

    def reject(self) -> None:  # Qt override: do not close under a running export
        if not self.running:
            super().reject()

    # ---------------------------------------------------------------- results

    def _on_progress(self, payload: tuple[int, int]) -> None:
        done, total = payload
        if total > 0:
            self.busy.setRange(0, total)
            self.busy.setValue(done)

    def _select_default_template(self) -> None:
        try:
            from app.core.templates import DEFAULT_TEMPLATE
        except ImportError:
            return
        index = self.template_box.findData(DEFAULT_TEMPLATE)
        self.template_box.setCurrentIndex(max(index, 0))
        self._apply_template_defaults()

    def _apply_template_defaults(self) -> None:
        project, name = self.context.project, self.template_box.currentData()
        defaults = template_defaults(project, name) if project is not None and name else None
        if defaults is None:
            return
        lang, statuses = defaults
        self.language_box.setCurrentIndex(max(self.language_box.findData(lang), 0))
        for index, choice in enumerate(STATUS_CHOICES):
            if set(choice) == set(statuses):
                self.status_box.setCurrentIndex(index)

    def _on_succeeded(self, counts: dict[str, int], target: Path) -> None:
        self._finish()
        self.last_counts = dict(counts)
        words = {"records": self.tr("records"), "claims": self.tr("claims"),
                 "sources": self.tr("sources"), "conflicts": self.tr("conflicts")}
        parts = ", ".join(f"{n} {words.get(k, k)}" for k, n in counts.items())
        self._show_message(self.tr("Exported %1 to %2.").replace("%1", parts).replace("%2", str(target)))
        self.open_folder_button.show()
        self.exportFinished.emit(self.last_counts)

    def _on_failed(self, sentence: str) -> None:
        stopped = self._job is not None and self._job.stop_requested()
        self._finish()
        if stopped:
            self._show_message(self.tr("Export stopped; no file was written or changed."))
        else:
            text = sentence[:1].upper() + sentence[1:]
            self._show_message(text if text.endswith(".") else text + ".", error=True)
        self.exportFailed.emit(sentence)

    def _finish(self) -> None:
        self._job = None
        self.busy.hide()
        self.cancel_button.hide()
        self._set_inputs_enabled(True)

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        palette = self.message.palette()
        role = QPalette.ColorRole.WindowText
        color = Qt.GlobalColor.darkRed if error else self.palette().color(role)
        palette.setColor(role, color)
        self.message.setPalette(palette)
        self.message.show()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.language_box, self.status_box, self.template_box, self.target_edit,
                       self.close_button):
            widget.setEnabled(enabled)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = (self.context.project is not None and not self.running
                 and bool(self.target_edit.text().strip()))
        self.export_button.setEnabled(ready)

