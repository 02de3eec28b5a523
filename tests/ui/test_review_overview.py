"""The overview: totals, charts that paint, and the gaps list that opens a record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.review import review_claim
from app.ui.context import AppContext, Changes
from app.ui.review.overview import GapsModel, OverviewView
from app.ui.review.panel import ReviewPanel
from tests.helpers.review_projects import ReviewProject, build_review_project


@pytest.fixture
def made(tmp_path: Path) -> ReviewProject:
    built = build_review_project(tmp_path)
    built.project.editor = "bob"
    review_claim(built.project, built.claims["budget_press"], "accept")
    built.project.close()
    return built


@pytest.fixture
def context(made: ReviewProject, tmp_path: Path) -> Iterator[AppContext]:
    ctx = AppContext(editor="bob")
    ctx.open(tmp_path / "review.claimdesk")
    yield ctx
    ctx.close()


@pytest.fixture
def view(context: AppContext, qtbot) -> OverviewView:
    widget = OverviewView(context)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def gap_rows(view: OverviewView) -> dict[str, str]:
    model = view.gaps_model
    return {model.data(model.index(r, 0)): model.data(model.index(r, 2)) for r in range(model.rowCount())}


def test_gaps_list_a_record_lacking_its_required_value(view: OverviewView, made: ReviewProject,
                                                       qtbot) -> None:
    gaps = gap_rows(view)
    assert "budget" not in gaps.get("Rekenfonds", "")  # accepted with a quote: no gap
    assert "kind" in gaps["AI-fabriek Noord"] and "country" in gaps["AI-fabriek Noord"]
    row = next(r for r in range(view.gaps_model.rowCount())
               if view.gaps_model.data(view.gaps_model.index(r, 0)) == "AI-fabriek Noord")
    rect = view.gaps_table.visualRect(view.gaps_model.index(row, 0))
    activated: list[str] = []
    view.recordActivated.connect(activated.append)
    qtbot.mouseClick(view.gaps_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.gaps_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated == [made.records["AI-fabriek Noord"]]


def test_totals_and_charts_follow_a_decision(view: OverviewView, made: ReviewProject) -> None:
    assert view.numbers is not None and view.numbers.total("accepted") == 1
    assert view.totals_label.text().startswith("4 claims: 3 proposed")
    image = view.status_chart.grab().toImage()
    assert not image.isNull() and view.progress_chart.grab().width() > 0
    assert view.context.project is not None
    review_claim(view.context.project, made.claims["gpus_press"], "accept")
    view.context.notify(Changes(claims=True))
    assert view.numbers.total("accepted") == 2


def test_panel_forwards_signals_and_shows_one_rows_history(context: AppContext, made: ReviewProject,
                                                           qtbot) -> None:
    panel = ReviewPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.objectName() == "review" and panel.count() == 6
    records: list[str] = []
    quotes: list[tuple[str, int, int]] = []
    panel.recordActivated.connect(records.append)
    panel.quoteActivated.connect(lambda doc, start, end: quotes.append((doc, start, end)))
    panel.overview.recordActivated.emit("r1")
    panel.queue.open_quote(0)
    assert records == ["r1"] and quotes[0][0] == made.documents["press"]
    panel.show_history_of(made.records["Rekenfonds"])
    assert panel.currentWidget() is panel.history and panel.history.model.rowCount() > 0


def test_gaps_model_passes_the_model_tester(view: OverviewView, qtmodeltester) -> None:
    qtmodeltester.check(view.gaps_model)
    qtmodeltester.check(GapsModel())
