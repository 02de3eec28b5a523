"""What an editor does: select text, Ctrl+K, pick record and field, Enter, accept, undo, redo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from app.core.annotations import annotations_of
from app.core.claim_views import list_claims
from app.core.records import add_record, list_records
from app.ui.context import AppContext
from app.ui.reader.highlighter import COLOURS
from app.ui.settings import EDITOR_NAME, Settings
from app.ui.window import MainWindow
from tests.helpers.projects import SAMPLE_TEXT, make_project

CTRL = Qt.KeyboardModifier.ControlModifier


def qt_index(text: str, cp: int) -> int:
    """Where Qt puts code point `cp`, computed independently of OffsetMap."""
    return len(text[:cp].encode("utf-16-le")) // 2


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    project, _ = make_project(tmp_path)
    add_record(project, "organisation", "NVIDIA Corporation")
    project.close()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(EDITOR_NAME, "Tess Tester")  # skips the first-start question
    context = AppContext(editor=settings.editor_name)
    win = MainWindow(context, settings)
    qtbot.addWidget(win)
    assert win.open_project(tmp_path / "test.claimdesk")
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    context.close()


def select(win: MainWindow, quote: str) -> tuple[int, int]:
    """Select `quote` with the reader's QTextCursor, as a mouse drag would."""
    text = win.reader.document.text
    start = text.index(quote)
    cursor = win.reader.text_edit.textCursor()
    cursor.setPosition(qt_index(text, start))
    cursor.setPosition(qt_index(text, start + len(quote)), QTextCursor.MoveMode.KeepAnchor)
    win.reader.text_edit.setTextCursor(cursor)
    win.reader.text_edit.setFocus()
    return start, start + len(quote)


def block_formats_at(win: MainWindow, cp: int) -> list[tuple[int, int, str, bool]]:
    """(start, length, background, underline) of the format ranges in the block holding `cp`."""
    qt = win.reader.offsets.to_qt(cp)
    block = win.reader.text_edit.document().findBlock(qt)
    return [(r.start + block.position(), r.length, r.format.background().color().name(),
             r.format.fontUnderline()) for r in block.layout().formats()]


def test_claim_a_selection_accept_undo_and_redo(qtbot, window: MainWindow) -> None:
    project = window.context.project
    start, end = select(window, "18.000")
    assert window.reader.selected_span() == (start, end)

    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    form = window.claim_dock.form
    assert form.target is not None and form.value_edit.text() == "18.000"
    qtbot.keyClicks(form.record_edit, "Groningen AI-fabriek")
    assert form.chosen_record() is None  # nothing like it yet: the "new record" row
    form.type_combo.setCurrentIndex(form.type_combo.findData("facility"))
    form.field_combo.setCurrentIndex(
        next(i for i in range(form.field_combo.count()) if "GPU" in form.field_combo.itemText(i)))
    assert "18000" in form.preview_label.text().replace(",", "").replace(" ", "")
    qtbot.keyClick(form.value_edit, Qt.Key.Key_Return)

    claims = list_claims(project)
    assert len(claims) == 1
    claim = claims[0].claim
    assert (claims[0].record_label, claims[0].field_key, claim.amount) == ("Groningen AI-fabriek", "gpu_count", 18000)
    evidence = claims[0].evidence[0]
    assert (evidence.start, evidence.end, evidence.quote) == (start, end, "18.000")
    qt_start = qt_index(SAMPLE_TEXT, start)
    assert (qt_start, 6, COLOURS["proposed"][0], False) in block_formats_at(window, start)
    assert window.claim_dock.selected_claim_id() == claim.id

    qtbot.keyClick(window, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.AltModifier)
    assert list_claims(project)[0].claim.status == "accepted"
    assert (qt_start, 6, COLOURS["accepted"][0], False) in block_formats_at(window, start)
    assert window.undo_action.text() == "Undo accept claim"

    window.reader.text_edit.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert list_claims(project)[0].claim.status == "proposed"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert list_claims(project) == [] and annotations_of(project, evidence.document_id) == []
    assert [r.record.label for r in list_records(project)] == ["NVIDIA Corporation"]
    assert block_formats_at(window, start) == []

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    back = list_claims(project)
    assert [v.claim.id for v in back] == [claim.id]
    assert back[0].evidence[0].annotation_id == evidence.annotation_id
    assert (qt_start, 6, COLOURS["proposed"][0], False) in block_formats_at(window, start)


def test_keyboard_selection_is_exact_across_emoji_and_accents(qtbot, window: MainWindow) -> None:
    text = window.reader.document.text
    edit = window.reader.text_edit
    edit.setFocus()
    for quote in ("18.000", "😀", "🇪🇺", "q\u0301"):
        start = text.index(quote)
        cursor = edit.textCursor()
        cursor.setPosition(qt_index(text, start))
        edit.setTextCursor(cursor)
        # Qt moves by grapheme: one press per emoji, flag or accented letter.
        presses = 6 if quote == "18.000" else 1
        for _ in range(presses):
            QTest.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        assert window.reader.selected_span() == (start, start + len(quote)), quote
        assert window.reader.selected_text() == quote


def test_typing_nvidia_finds_the_corporation_and_bad_values_save_nothing(qtbot, window: MainWindow) -> None:
    project = window.context.project
    select(window, "Groningen, meldt")
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    form = window.claim_dock.form
    qtbot.keyClicks(form.record_edit, "Nvidia")
    assert form.chosen_record() is not None and form.chosen_record().label == "NVIDIA Corporation"
    form.field_combo.setCurrentIndex(
        next(i for i in range(form.field_combo.count()) if "Employees" in form.field_combo.itemText(i)))
    qtbot.keyClick(form.record_edit, Qt.Key.Key_Return)
    assert "is not a number" in form.preview_label.text()
    assert list_claims(project) == []


def test_sentence_suggests_records_named_near_the_selection(qtbot, window: MainWindow) -> None:
    select(window, "18.000")
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    # Nothing typed: "Nvidia levert 18.000 ..." names the record's label closely enough.
    form = window.claim_dock.form
    assert form.suggestions.suggestion(0).choice.label == "NVIDIA Corporation"


def test_clicking_a_highlight_lists_its_claims(qtbot, window: MainWindow) -> None:
    start, _ = select(window, "2026")
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    form = window.claim_dock.form
    qtbot.keyClicks(form.record_edit, "AI-fabriek Groningen")
    form.type_combo.setCurrentIndex(form.type_combo.findData("facility"))
    form.field_combo.setCurrentIndex(form.field_combo.findText("Opening (date)"))
    qtbot.keyClick(form.value_edit, Qt.Key.Key_Return)
    window.claim_dock.show_annotation(None)
    edit = window.reader.text_edit
    cursor = edit.textCursor()
    cursor.setPosition(window.reader.offsets.to_qt(start + 1))
    point = edit.cursorRect(cursor).center()
    with qtbot.waitSignal(window.reader.annotationClicked):
        QTest.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert window.claim_dock.claims_model.rowCount() == 1
    window.claim_dock.reject_button.click()
    assert list_claims(window.context.project)[0].claim.status == "rejected"


def test_find_bar(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    bar = window.reader.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.field, "Groningen")
    text = window.reader.document.text
    first = text.index("Groningen")
    assert window.reader.selected_span() == (first, first + 9)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    second = text.index("Groningen", first + 1)
    assert window.reader.selected_span() == (second, second + 9)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.selected_span() == (first, first + 9)
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_undo_of_a_review_restores_note_reviewer_and_demoted_claims(qtbot, tmp_path: Path) -> None:
    from app.core.claim_views import claim_view
    from app.core.claims import add_claim
    from app.core.records import add_record
    from app.core.review import review_claim
    from app.ui.claims.commands import push_review
    from app.ui.context import AppContext
    from tests.helpers.projects import make_project

    project, _doc = make_project(tmp_path)
    add_record(project, "facility", "Essonne")
    first = add_claim(project, "Essonne", "gpu_count", "18000").claim
    second = add_claim(project, "Essonne", "gpu_count", "20000").claim
    project.editor = "Joris"
    review_claim(project, first.id, "accept", "checked in the FT")
    review_claim(project, second.id, "dispute", "source unclear")
    project.close()
    context = AppContext(editor="Anna")
    context.open(tmp_path / "test.claimdesk")
    assert context.project is not None
    push_review(context, second.id, "accept", "confirmed by phone")
    assert claim_view(context.project, first.id).claim.status == "proposed"
    context.undo_stack.undo()
    again_first = claim_view(context.project, first.id).claim
    again_second = claim_view(context.project, second.id).claim
    assert (again_first.status, again_first.review_note, again_first.reviewed_by) == (
        "accepted", "checked in the FT", "Joris")
    assert (again_second.status, again_second.review_note, again_second.reviewed_by) == (
        "disputed", "source unclear", "Joris")
    context.undo_stack.redo()
    assert claim_view(context.project, second.id).claim.status == "accepted"
    assert claim_view(context.project, first.id).claim.status == "proposed"
    context.close()
