"""The export dialog on a real curated project: a workbook openpyxl opens, errors as a sentence."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.project import create_project
from app.ui.background import wait_for_jobs
from app.ui.context import AppContext
from app.ui.export import ExportDialog
from app.ui.export.dialog import default_target, supports_templates
from tests.helpers.curated import curate


@pytest.fixture
def context(tmp_path: Path) -> Iterator[AppContext]:
    path = tmp_path / "Export test.claimdesk"
    project = create_project(path, name="Export: test", editor="tester")
    curate(project, tmp_path / "docs")
    project.close()
    ctx = AppContext(editor="tester")
    ctx.open(path)
    yield ctx
    wait_for_jobs()
    ctx.close()


@pytest.fixture
def dialog(qtbot: QtBot, context: AppContext) -> ExportDialog:
    widget = ExportDialog(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_export_writes_a_workbook_and_offers_the_folder(
        qtbot: QtBot, dialog: ExportDialog, tmp_path: Path) -> None:
    target = tmp_path / "out" / "ministry.xlsx"
    target.parent.mkdir()
    dialog.target_edit.setText(str(target))
    dialog.status_box.setCurrentIndex(1)  # accepted and proposed
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("nl"))
    with qtbot.waitSignal(dialog.exportFinished, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    counts = blocker.args[0]
    assert target.is_file()
    workbook = openpyxl.load_workbook(target)
    assert "Faciliteit" in workbook.sheetnames or any("Facilit" in n for n in workbook.sheetnames)
    assert counts == dialog.last_counts and counts.get("claims", 0) >= 6
    assert "Exported" in dialog.message.text() and str(target) in dialog.message.text()
    assert dialog.open_folder_button.isVisible() and dialog.export_button.isEnabled()
    assert not dialog.busy.isVisible()


def test_a_missing_folder_is_one_sentence_in_the_dialog(
        qtbot: QtBot, dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.target_edit.setText(str(tmp_path / "nowhere" / "book.xlsx"))
    with qtbot.waitSignal(dialog.exportFailed, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in blocker.args[0]
    text = dialog.message.text()
    assert text.startswith("The folder") and "nowhere" in text and "\n" not in text
    assert "Traceback" not in text
    assert not dialog.open_folder_button.isVisible() and dialog.isVisible()
    assert not (tmp_path / "nowhere").exists()


def test_default_target_and_suffix(dialog: ExportDialog, context: AppContext, tmp_path: Path) -> None:
    assert context.project is not None
    target = default_target(context.project, date(2026, 1, 31))
    assert target.name == "Export- test-2026-01-31.xlsx"
    assert target.parent in (Path.home() / "Documents", Path.home())
    assert dialog.target().suffix == ".xlsx"
    dialog.target_edit.setText(str(tmp_path / "plain"))
    assert dialog.target() == tmp_path / "plain.xlsx"
    assert dialog.template_box.isVisible() == (supports_templates() and dialog.template_box.count() > 0)
