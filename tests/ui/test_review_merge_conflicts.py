"""The review panel lists what two merged copies changed differently, and decides it."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.core.merge import merge_project
from app.core.project import open_project
from app.core.records import add_record, get_record, rename_record
from app.ui.context import AppContext
from app.ui.review.merge_conflicts import MergeConflictsView
from tests.helpers.projects import make_project


def _conflicting_copies(tmp_path: Path) -> tuple[Path, str]:
    project, _doc = make_project(tmp_path)
    record = add_record(project, "organisation", "Nvidia")
    project.close()
    laptop = tmp_path / "laptop.claimdesk"
    shutil.copy(tmp_path / "test.claimdesk", laptop)
    here = open_project(tmp_path / "test.claimdesk", editor="Anna")
    rename_record(here, record.id, "NVIDIA Corporation")
    there = open_project(laptop, editor="Joris")
    rename_record(there, record.id, "Nvidia Corp.")
    there.close()
    report = merge_project(here, laptop)
    assert len(report.conflicts) == 1
    here.close()
    return tmp_path / "test.claimdesk", record.id


def test_conflict_listed_and_decided(qtbot, qtmodeltester, tmp_path: Path) -> None:
    path, record_id = _conflicting_copies(tmp_path)
    context = AppContext(editor="Anna")
    context.open(path)
    view = MergeConflictsView(context)
    qtbot.addWidget(view)
    view.show()
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 1
    row = view.model.rows[0]
    assert row.table_name == "record" and row.row_id == record_id
    assert row.kept is not None and row.other is not None
    other_label = row.other["label"]
    assert {row.kept["label"], other_label} == {"NVIDIA Corporation", "Nvidia Corp."}
    assert row.kept["label"] in view.model.data(view.model.index(0, 2))
    assert other_label in view.model.data(view.model.index(0, 3))
    view.decide("other")
    assert context.project is not None
    assert get_record(context.project, record_id).label == other_label
    assert view.model.rowCount() == 0 and view.empty_label.isVisibleTo(view)
    qtmodeltester.check(view.model)
    context.close()
