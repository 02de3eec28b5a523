"""The records panel on a real curated project: values, conflict markers, quotes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from app.core import review
from app.core.claim_views import claim_view
from app.core.values import claim_value
from app.core.project import Project, create_project
from app.core.values import format_value
from app.ui.context import AppContext, Changes
from app.ui.records import RecordsView
from app.ui.records.detail import QUOTE_ROLE
from app.ui.records.model import CONFLICT_ROLE
from tests.helpers.curated import CuratedProject, curate


@pytest.fixture
def curated(tmp_path: Path) -> Iterator[tuple[AppContext, CuratedProject]]:
    """A context with the curated sample project open."""
    path = tmp_path / "records.claimdesk"
    project = create_project(path, editor="tester")
    made = curate(project, tmp_path / "docs")
    project.close()
    ctx = AppContext(editor="tester")
    ctx.open(path)
    yield ctx, made
    ctx.close()


@pytest.fixture
def view(qtbot: QtBot, curated: tuple[AppContext, CuratedProject]) -> RecordsView:
    widget = RecordsView(curated[0])
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    return widget


def project_of(curated: tuple[AppContext, CuratedProject]) -> Project:
    assert curated[0].project is not None
    return curated[0].project


def formatted(project: Project, claim_id: str) -> str:
    return format_value(claim_value(claim_view(project, claim_id).claim), "en")


def quote_indexes(view: RecordsView) -> list[QModelIndex]:
    """Every quote row of the detail tree, in display order."""
    model, found = view.detail_model, []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(QUOTE_ROLE) is not None:
                found.append(index)
            walk(index)

    walk(QModelIndex())
    return found


def test_tabs_per_type_and_accepted_values(view: RecordsView, curated: tuple[AppContext, CuratedProject]) -> None:
    assert view.tabs.count() == 4 and view.tabs.tabText(1) == "Facility (2)"
    assert view.select_type("facility") and view.current_type() == "facility"
    row = view.model.row_of(curated[1].records["AI-fabriek Groningen"])
    assert row is not None
    gpus = view.model.index(row, view.model.column_of("gpu_count") or 0)
    assert gpus.data() == formatted(project_of(curated), curated[1].claims["gpus"])
    assert gpus.data(CONFLICT_ROLE) is False
    operator = view.model.index(row, view.model.column_of("operator") or 0)
    assert operator.data() == "EuroHPC JU"
    assert view.model.headerData(view.model.column_of("gpu_count") or 0, Qt.Orientation.Horizontal) == "GPUs"


def test_competing_claims_show_a_marker(view: RecordsView, curated: tuple[AppContext, CuratedProject]) -> None:
    ctx, made = curated
    view.select_type("facility")
    row = view.model.row_of(made.records["AI-fabriek Groningen"])
    assert row is not None
    column = view.model.column_of("investment") or 0
    cell = view.model.index(row, column)
    assert cell.data() == "⚠ 2 values" and cell.data(CONFLICT_ROLE) is True
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert formatted(project_of(curated), made.claims["invest_analyse"]) in tip

    review.review_claim(project_of(curated), made.claims["invest_brief"], "accept")
    ctx.notify(Changes(claims=True))
    cell = view.model.index(row, column)
    accepted = formatted(project_of(curated), made.claims["invest_brief"])
    assert cell.data().startswith(accepted) and "⚠" in cell.data()

    review.review_claim(project_of(curated), made.claims["invest_analyse"], "reject")
    ctx.notify(Changes(claims=True))
    assert view.model.index(row, column).data() == accepted
    assert view.model.index(row, column).data(CONFLICT_ROLE) is False


def test_selecting_a_record_shows_claims_and_quotes_emit_offsets(
        qtbot: QtBot, view: RecordsView, curated: tuple[AppContext, CuratedProject]) -> None:
    made = curated[1]
    view.select_type("facility")
    assert view.select_record(made.records["AI-fabriek Groningen"])
    assert view.detail_title.text() == "AI-fabriek Groningen"
    quotes = quote_indexes(view)
    assert len(quotes) == 5
    texts = [q.data() for q in quotes]
    assert "“200000000 euro”" in texts and "“160000000 euro”" in texts

    target = next(q for q in quotes if q.data() == "“24000 GPU's”")
    expected = target.data(QUOTE_ROLE)
    assert expected[0] == made.documents["kamerbrief.txt"]
    rect = view.detail.visualRect(target)
    with qtbot.waitSignal(view.quoteActivated) as blocker:
        qtbot.mouseClick(view.detail.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == list(expected)


def test_keyboard_moves_and_enter_on_a_quote_activates_it(
        qtbot: QtBot, view: RecordsView, curated: tuple[AppContext, CuratedProject]) -> None:
    made = curated[1]
    view.select_type("facility")
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    second = view.model.record_id(1)
    assert view.selected_record_id() == second
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert view.selected_record_id() == view.model.record_id(0)
    view.select_record(made.records["AI-fabriek Groningen"])

    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter on a record moves into its detail
    assert view.detail.hasFocus() or view.detail.currentIndex().isValid()
    while view.detail.currentIndex().data(QUOTE_ROLE) is None:  # walk down to the first quote
        before = view.detail.currentIndex()
        qtbot.keyClick(view.detail, Qt.Key.Key_Down)
        assert view.detail.currentIndex() != before
    expected = view.detail.currentIndex().data(QUOTE_ROLE)
    with qtbot.waitSignal(view.quoteActivated) as blocker:
        qtbot.keyClick(view.detail, Qt.Key.Key_Return)
    assert blocker.args == list(expected)


def test_empty_type_shows_a_hint_and_models_pass_the_tester(
        qtmodeltester, view: RecordsView, curated: tuple[AppContext, CuratedProject]) -> None:  # type: ignore[no-untyped-def]
    assert view.select_type("programme")
    assert view.table_stack.currentWidget() is view.empty and "No records" in view.empty.text()
    view.select_type("facility")
    qtmodeltester.check(view.model)
    view.select_record(curated[1].records["AI-fabriek Groningen"])
    qtmodeltester.check(view.detail_model)


def test_dutch_labels(view: RecordsView) -> None:
    view.set_language("nl")
    assert view.tabs.tabText(1) == "Faciliteit (2)"
    view.select_type("facility")
    assert view.model.headerData(view.model.column_of("investment") or 0, Qt.Orientation.Horizontal) == "Investering"
