"""Duplicates: keep NVIDIA Corporation, merge Nvidia into it, undo brings both back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.records import get_record, list_records
from app.ui.review.duplicates import DuplicatesView
from app.ui.review.duplicates_model import DuplicatesModel
from tests.helpers.review_tabs import show_tab
from tests.helpers.review_projects import ReviewProject


@pytest.fixture
def view(made: ReviewProject, tmp_path: Path, qtbot) -> Iterator[DuplicatesView]:
    context, widget = show_tab(DuplicatesView, tmp_path, "bob", qtbot, (900, 400))
    yield widget
    context.close()


def live_labels(view: DuplicatesView) -> set[str]:
    assert view.context.project is not None
    return {row.record.label for row in list_records(view.context.project, "organisation")}


def test_merge_nvidia_into_nvidia_corporation_and_undo(view: DuplicatesView, made: ReviewProject,
                                                       qtbot) -> None:
    nvidia, corp = made.records["Nvidia"], made.records["NVIDIA Corporation"]
    assert view.select_record(corp)
    assert view.model.survivor(view.current_cluster()) == nvidia  # no claims either side: the oldest
    assert view.keep_button.isEnabled()
    qtbot.mouseClick(view.keep_button, Qt.MouseButton.LeftButton)
    assert view.model.survivor(view.current_cluster()) == corp
    assert view.merge_button.text().replace("&", "") == "Merge into NVIDIA Corporation"

    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)

    assert view.context.project is not None
    assert get_record(view.context.project, nvidia).id == corp  # the old id redirects
    assert "Nvidia" not in live_labels(view)
    assert not view.model.cluster_index(corp).isValid()  # no longer a duplicate
    assert view.status_label.text() == "Merged Nvidia into NVIDIA Corporation."

    view.context.undo_stack.undo()
    assert {"Nvidia", "NVIDIA Corporation"} <= live_labels(view)
    assert get_record(view.context.project, nvidia).id == nvidia
    assert view.model.cluster_index(nvidia).isValid()


def test_checking_a_member_makes_it_the_survivor(view: DuplicatesView, made: ReviewProject) -> None:
    cluster = view.model.cluster_index(made.records["EuroHPC JU"])
    members = [view.model.index(r, 0, cluster) for r in range(view.model.rowCount(cluster))]
    other = next(i for i in members if view.model.data(i, Qt.ItemDataRole.CheckStateRole)
                 == Qt.CheckState.Unchecked)
    assert view.model.setData(other, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    states = [view.model.data(i, Qt.ItemDataRole.CheckStateRole) for i in members]
    assert states.count(Qt.CheckState.Checked) == 1
    assert view.model.data(other, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_duplicates_model_passes_the_model_tester(view: DuplicatesView, qtmodeltester) -> None:
    assert view.model.rowCount() >= 2
    qtmodeltester.check(view.model)
    qtmodeltester.check(DuplicatesModel())


def test_not_duplicates_hides_the_cluster_until_undone(view: DuplicatesView, made: ReviewProject,
                                                      qtbot) -> None:
    nvidia, corp = made.records["Nvidia"], made.records["NVIDIA Corporation"]
    assert view.select_record(corp)
    assert view.distinct_button.isEnabled()
    qtbot.mouseClick(view.distinct_button, Qt.MouseButton.LeftButton)
    assert not view.model.cluster_index(corp).isValid()
    assert "will not be offered as duplicates again" in view.status_label.text()
    assert {"Nvidia", "NVIDIA Corporation"} <= live_labels(view)  # nothing merged
    assert view.context.undo_stack.undoText() == "mark records as different"
    view.context.undo_stack.undo()
    assert view.model.cluster_index(nvidia).isValid() and view.model.cluster_index(corp).isValid()
    view.context.undo_stack.redo()
    assert not view.model.cluster_index(corp).isValid()
