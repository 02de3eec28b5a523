"""Conflicts: choose a value with a reason, the disagreeing value is rejected, undo restores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.claim_views import claim_view
from app.ui.review.conflicts import ConflictsModel, ConflictsView
from tests.helpers.review_tabs import show_tab
from tests.helpers.review_projects import ReviewProject


@pytest.fixture
def view(made: ReviewProject, tmp_path: Path, qtbot) -> Iterator[ConflictsView]:
    context, widget = show_tab(ConflictsView, tmp_path, "bob", qtbot, (1000, 500))
    yield widget
    context.close()


def state(view: ConflictsView, claim_id: str) -> tuple[str, str | None]:
    assert view.context.project is not None
    claim = claim_view(view.context.project, claim_id).claim
    return claim.status, claim.review_note


def test_choose_a_value_with_a_reason_then_undo(view: ConflictsView, made: ReviewProject, qtbot) -> None:
    # 18.000 vs 20.000 GPUs disagree; € 3–5 bn and circa 4 bn agree, so they are no conflict.
    assert view.model.rowCount() == 1
    assert view.title.text().startswith("AI-fabriek Noord — ")
    assert len(view.choose_buttons) == 2
    assert not view.choose_buttons[0].isEnabled()  # the reason comes first

    qtbot.keyClicks(view.reason_edit, "the province's own figure")
    assert view.choose_buttons[0].isEnabled()
    qtbot.mouseClick(view.choose_buttons[0], Qt.MouseButton.LeftButton)

    assert state(view, made.claims["gpus_press"]) == ("accepted", "the province's own figure")
    status, note = state(view, made.claims["gpus_analysis"])
    assert status == "rejected" and note is not None and "the province's own figure" in note
    assert view.model.rowCount() == 0

    view.context.undo_stack.undo()
    assert state(view, made.claims["gpus_press"]) == ("proposed", None)
    assert state(view, made.claims["gpus_analysis"]) == ("proposed", None)
    assert view.model.rowCount() == 1

    view.context.undo_stack.redo()
    assert state(view, made.claims["gpus_analysis"])[0] == "rejected"


def test_a_refusal_is_shown_and_nothing_is_pushed(view: ConflictsView, made: ReviewProject) -> None:
    view.reason_edit.setText("   ")
    view.choose(0)  # the button is disabled; the core still says why
    assert "say why this value wins" in view.status_label.text()
    assert view.context.undo_stack.count() == 0
    assert state(view, made.claims["gpus_press"]) == ("proposed", None)


def test_conflicts_model_passes_the_model_tester(view: ConflictsView, qtmodeltester) -> None:
    qtmodeltester.check(view.model)
    qtmodeltester.check(ConflictsModel())
