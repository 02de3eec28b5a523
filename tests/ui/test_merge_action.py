"""File › Merge a copy…: a laptop's work comes into the open project, with a report."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.core.project import open_project
from app.core.records import add_record, list_records
from app.ui.context import AppContext
from app.ui.settings import EDITOR_NAME, Settings
from app.ui.window import MainWindow
from tests.helpers.projects import make_project


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(EDITOR_NAME, "Tess Tester")
    make_project(tmp_path)[0].close()
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    shutil.copy(tmp_path / "test.claimdesk", laptop / "test.claimdesk")
    context = AppContext(editor="Tess Tester")
    win = MainWindow(context, settings)
    qtbot.addWidget(win)
    win.open_project(tmp_path / "test.claimdesk")
    yield win
    context.close()


def test_merge_brings_the_copys_records_and_reports_the_backup(qtbot, window: MainWindow,
                                                                tmp_path: Path) -> None:
    copy = open_project(tmp_path / "laptop" / "test.claimdesk", editor="Lena on the road")
    add_record(copy, "organisation", "Nebius")
    copy.close()
    assert window.context.project is not None
    add_record(window.context.project, "organisation", "Iliad")

    job = window.merger.merge(tmp_path / "laptop" / "test.claimdesk")
    assert job is not None
    with qtbot.waitSignal(job.succeeded, timeout=30000):
        pass
    qtbot.waitUntil(lambda: window.merger.last_summary != "")

    labels = {r.record.label for r in list_records(window.context.project)}
    assert labels == {"Nebius", "Iliad"}
    assert "changes came in" in window.merger.last_summary
    assert "backup" in window.merger.last_summary
    backups = list((tmp_path / "test.backups").glob("*before-merge*"))
    assert len(backups) == 1


def test_merging_a_different_project_is_refused_in_one_sentence(qtbot, window: MainWindow,
                                                                 tmp_path: Path) -> None:
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    make_project(other_folder)[0].close()
    job = window.merger.merge(other_folder / "test.claimdesk")
    assert job is not None
    with qtbot.waitSignal(job.failed, timeout=30000) as blocker:
        pass
    assert "\n" not in blocker.args[0] and "project" in blocker.args[0]
    assert window.merge_action.shortcut().toString() == "Ctrl+Shift+M"
