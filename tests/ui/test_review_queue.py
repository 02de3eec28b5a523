"""The review queue driven from the keyboard: decide, move on, undo; four-eyes refusals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl, Qt

from app.core.claim_views import claim_view
from app.core.project_settings import set_project_setting
from app.ui.context import AppContext
from app.ui.review.queue_model import ReviewQueueModel
from app.ui.review.queue_view import ReviewQueueView
from tests.helpers.review_tabs import show_tab
from tests.helpers.review_projects import ReviewProject


def open_as(tmp_path: Path, editor: str, qtbot) -> tuple[AppContext, ReviewQueueView]:
    return show_tab(ReviewQueueView, tmp_path, editor, qtbot, (1100, 600))


@pytest.fixture
def bob(made: ReviewProject, tmp_path: Path, qtbot) -> Iterator[tuple[AppContext, ReviewQueueView]]:
    context, view = open_as(tmp_path, "bob", qtbot)
    yield context, view
    context.close()


def status(context: AppContext, claim_id: str) -> str:
    assert context.project is not None
    return claim_view(context.project, claim_id).claim.status


def test_press_a_accepts_moves_on_and_undo_brings_it_back(bob, made: ReviewProject, qtbot) -> None:
    context, view = bob
    assert view.model.total == 4
    first = view.selected_claim_id()
    assert first == made.claims["gpus_press"]  # oldest first, selected on open
    view.table.setFocus()

    qtbot.keyClick(view.table, Qt.Key.Key_A)

    assert status(context, first) == "accepted"
    assert view.model.total == 3 and view.model.row_of(first) is None
    assert view.selected_claim_id() == made.claims["gpus_analysis"]
    assert "accepted" in view.status_label.text()

    context.undo_stack.undo()
    assert status(context, first) == "proposed"
    assert view.model.row_of(first) is not None and view.model.total == 4


def test_dispute_keeps_the_claim_in_the_queue_and_selects_the_next(bob, made, qtbot) -> None:
    context, view = bob
    qtbot.keyClick(view.table, Qt.Key.Key_J)
    assert view.selected_claim_id() == made.claims["gpus_analysis"]
    qtbot.keyClick(view.table, Qt.Key.Key_D)
    assert status(context, made.claims["gpus_analysis"]) == "disputed"
    assert view.model.total == 4
    assert view.selected_claim_id() == made.claims["budget_press"]
    qtbot.keyClick(view.table, Qt.Key.Key_K)
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    assert status(context, made.claims["gpus_analysis"]) == "rejected"
    context.undo_stack.undo()
    assert status(context, made.claims["gpus_analysis"]) == "disputed"
    context.undo_stack.undo()
    assert status(context, made.claims["gpus_analysis"]) == "proposed"


def test_n_writes_a_note_and_undo_removes_it(bob, made, qtbot) -> None:
    context, view = bob
    qtbot.keyClick(view.table, Qt.Key.Key_N)
    assert view.note_edit.hasFocus()
    qtbot.keyClicks(view.note_edit, "check the province's PDF")
    qtbot.keyClick(view.note_edit, Qt.Key.Key_Return)
    assert context.project is not None
    note = claim_view(context.project, made.claims["gpus_press"]).claim.review_note
    assert note == "check the province's PDF"
    assert "check the province" in view.quote_view.toHtml()
    context.undo_stack.undo()
    assert claim_view(context.project, made.claims["gpus_press"]).claim.review_note is None


def test_the_quote_stands_in_its_context_escaped_and_opens(bob, made, qtbot) -> None:
    _context, view = bob
    page = view.quote_view.toPlainText()
    assert "18.000 GPU's" in page and "AI-fabriek Noord krijgt" in page  # the prefix is shown
    assert "<b>18.000 GPU&#x27;s</b>" in view._detail_html(view.current_item())  # escaped
    opened: list[tuple[str, int, int]] = []
    view.quoteActivated.connect(lambda *args: opened.append(args))
    view.quote_view.anchorClicked.emit(QUrl("quote:0"))  # what clicking "Open in document" does
    [(doc, start, end)] = opened
    assert doc == made.documents["press"] and end - start == len("18.000 GPU's")


def test_filters_narrow_the_queue(bob, made, qtbot) -> None:
    _context, view = bob
    view.document_combo.setCurrentIndex(view.document_combo.findData(made.documents["analysis"]))
    assert view.model.total == 2
    view.type_combo.setCurrentIndex(view.type_combo.findData("programme"))
    shown = [view.model.item(r).claim_id for r in range(view.model.rowCount())]
    assert shown == [made.claims["budget_analysis"]]
    view.editor_combo.setCurrentIndex(view.editor_combo.findData("alice"))
    assert view.model.total == 1
    view.editor_combo.setCurrentIndex(0)
    view.type_combo.setCurrentIndex(0)
    view.document_combo.setCurrentIndex(0)
    assert view.model.total == 4


def test_four_eyes_refusal_is_shown_and_nothing_changes(made, tmp_path: Path, qtbot) -> None:
    context, view = open_as(tmp_path, "alice", qtbot)
    try:
        assert context.project is not None
        set_project_setting(context.project, "four_eyes", True)
        qtbot.keyClick(view.table, Qt.Key.Key_A)
        assert "four-eyes review is on" in view.status_label.text()
        assert status(context, made.claims["gpus_press"]) == "proposed"
        assert context.undo_stack.count() == 0
        assert view.selected_claim_id() == made.claims["gpus_press"]
    finally:
        context.close()


def test_queue_model_passes_the_model_tester(bob, qtmodeltester) -> None:
    _context, view = bob
    qtmodeltester.check(view.model)
    qtmodeltester.check(ReviewQueueModel())
