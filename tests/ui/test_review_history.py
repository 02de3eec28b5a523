"""History: filter the change log by editor, period and row; pages load as the table scrolls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex

from app.core.review import review_claim, set_review_note
from app.ui.review.history import HistoryView
from app.ui.review.history_model import BATCH, HistoryModel
from tests.helpers.review_tabs import show_tab
from tests.helpers.review_projects import ReviewProject, build_review_project


@pytest.fixture
def made(tmp_path: Path) -> ReviewProject:
    built = build_review_project(tmp_path)
    built.project.editor = "bob"
    review_claim(built.project, built.claims["gpus_press"], "accept", "province figure")
    built.project.close()
    return built


@pytest.fixture
def view(made: ReviewProject, tmp_path: Path, qtbot) -> Iterator[HistoryView]:
    context, widget = show_tab(HistoryView, tmp_path, "carol", qtbot, (1000, 500))
    yield widget
    context.close()


def column(view: HistoryView, col: int) -> list[str]:
    return [view.model.data(view.model.index(r, col)) for r in range(view.model.rowCount())]


def test_filter_by_editor(view: HistoryView) -> None:
    assert {"alice", "bob"} <= set(column(view, 1))
    view.editor_combo.setCurrentIndex(view.editor_combo.findData("bob"))
    assert set(column(view, 1)) == {"bob"}
    assert column(view, 2) == ["accept claim"]
    assert "status: proposed → accepted" in column(view, 5)[0]
    view.editor_combo.setCurrentIndex(0)
    assert {"alice", "bob"} <= set(column(view, 1))


def test_period_filter_and_one_rows_history(view: HistoryView, made: ReviewProject) -> None:
    everything = view.model.rowCount()
    view.since_edit.setDate(QDate.currentDate().addDays(1))
    assert view.model.rowCount() == 0
    view.since_edit.setDate(QDate.currentDate().addDays(-1))
    view.until_edit.setDate(QDate.currentDate())  # inclusive on screen
    assert view.model.rowCount() == everything

    view.show_row(made.claims["gpus_press"])
    entries = [view.model.entry(r) for r in range(view.model.rowCount())]
    assert {e.table_name for e in entries} == {"claim", "evidence"}
    assert {e.row_id for e in entries if e.table_name == "claim"} == {made.claims["gpus_press"]}
    assert "accept claim" in column(view, 2) and "add claim" in column(view, 2)
    assert view.row_label.text().startswith("History of ")
    view.show_row(None)
    assert view.model.rowCount() == everything


def test_pages_load_lazily(view: HistoryView, made: ReviewProject) -> None:
    assert view.context.project is not None
    for n in range(BATCH + 5):
        set_review_note(view.context.project, made.claims["budget_press"], f"note {n}")
    view.reload()
    assert view.model.rowCount() == BATCH
    assert view.model.canFetchMore(QModelIndex())
    while view.model.canFetchMore(QModelIndex()):
        view.model.fetchMore(QModelIndex())
    assert view.model.rowCount() > BATCH + 5
    assert column(view, 5)[0] == "review_note: note 203 → note 204"


def test_history_model_passes_the_model_tester(view: HistoryView, qtmodeltester) -> None:
    qtmodeltester.check(view.model)
    qtmodeltester.check(HistoryModel())
