"""The window's frame: menus and shortcuts, settings, start-up helpers, crash log, page marks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from app.ui import crash
from app.ui.context import AppContext
from app.ui.main import ask_editor_name, make_application
from app.ui.settings import EDITOR_NAME, INTERFACE_LANGUAGE, RECENT_PROJECTS, Settings
from app.ui.window import MainWindow
from tests.helpers.projects import make_project


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    store = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    store.set(EDITOR_NAME, "Tess Tester")
    return store


@pytest.fixture
def window(qtbot, tmp_path: Path, settings: Settings) -> Iterator[MainWindow]:
    make_project(tmp_path)[0].close()
    context = AppContext(editor="Tess Tester")
    win = MainWindow(context, settings)
    qtbot.addWidget(win)
    win.open_project(tmp_path / "test.claimdesk")
    win.show()
    yield win
    context.close()


def test_menus_carry_the_documented_shortcuts(window: MainWindow) -> None:
    expected = {
        window.new_project_action: "Ctrl+N", window.open_action: "Ctrl+O",
        window.import_action: "Ctrl+I", window.export_action: "Ctrl+E",
        window.undo_action: "Ctrl+Z", window.redo_action: "Ctrl+Shift+Z",
        window.find_action: "Ctrl+F", window.new_claim_action: "Ctrl+K",
        window.accept_action: "Ctrl+Alt+A", window.reject_action: "Ctrl+Alt+R",
        window.dispute_action: "Ctrl+Alt+D",
    }
    for action, keys in expected.items():
        assert action.shortcut().toString() == keys, action.text()
    assert [a.shortcut().toString() for a in window.focus_actions] == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Claims", "&View", "&Help"]
    assert window.windowTitle().startswith("test")


def test_focus_shortcuts_move_the_focus(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.text_edit.hasFocus()


def test_settings_are_typed_and_recent_projects_stay_unique(settings: Settings, tmp_path: Path) -> None:
    assert settings.language == "en" and settings.editor_name == "Tess Tester"
    settings.set(INTERFACE_LANGUAGE, "nl")
    assert settings.language == "nl"
    settings.add_recent(tmp_path / "a.claimdesk")
    settings.add_recent(tmp_path / "b.claimdesk")
    settings.add_recent(tmp_path / "a.claimdesk")
    assert [Path(p).name for p in settings.get(RECENT_PROJECTS)] == ["a.claimdesk", "b.claimdesk"]
    assert ask_editor_name(settings) == "Tess Tester"  # set: no question asked


def test_opening_a_project_adds_it_to_recent(window: MainWindow, settings: Settings, tmp_path: Path) -> None:
    assert settings.get(RECENT_PROJECTS)[0] == str((tmp_path / "test.claimdesk").resolve())
    window.fill_recent_menu()
    assert window.recent_menu.actions()[0].text().endswith("test.claimdesk")


def test_make_application_names_the_app(qapp) -> None:
    app = make_application()
    assert (app.organizationName(), app.applicationName()) == ("Claimdesk", "Claimdesk")


def test_unexpected_errors_go_to_the_log_and_a_dialog(qapp, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    shown: list[str] = []
    # Qt's modal dialog would block the test; record what it would show instead.
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        crash.handle_exception(RuntimeError, exc, exc.__traceback__)
    log = crash.log_path()
    assert log.parent.parent == tmp_path and "RuntimeError: boom" in log.read_text("utf-8")
    assert shown and "boom" in shown[0] and str(log) in shown[0]


def test_paged_documents_get_page_marks_without_touching_the_text(window: MainWindow) -> None:
    edit = window.reader.text_edit
    text_before = edit.toPlainText()
    edit.set_page_starts([0, 40, 120])
    assert edit.gutter_width() > 0 and edit.toPlainText() == text_before
    edit.grab()  # paints the gutter
    edit.set_page_starts([])
    assert edit.gutter_width() == 0


def test_dutch_catalogue_translates_menus_and_undo_texts(qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from app.ui.main import install_translations

    translators = install_translations(qapp, "nl")
    try:
        assert translators, "resources/translations/claimdesk_nl.qm is missing"
        assert QCoreApplication.translate("ClaimCommands", "accept claim") == "claim accepteren"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_a_file_open_event_opens_the_project(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from app.ui.main import FileOpenHandler

    opened: list[Path] = []
    handler = FileOpenHandler(opened.append)
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(handler)
    try:
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(tmp_path / "laptop.claimdesk")))
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(tmp_path / "notes.txt")))
    finally:
        app.removeEventFilter(handler)
    assert opened == [tmp_path / "laptop.claimdesk"]
