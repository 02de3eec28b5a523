"""The theme setting: follow the system, or force light or dark; highlights stay readable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from app.ui.reader.highlighter import COLOURS, DARK_COLOURS, RANKS, make_format
from app.ui.settings import EDITOR_NAME, THEME, Settings
from app.ui.settings_dialog import SettingsDialog
from app.ui.theme import apply_theme, is_dark


def test_dark_highlights_are_deep_tints_and_light_ones_pale() -> None:
    for name, rank in RANKS.items():
        light = make_format(rank, False, dark=False).background().color()
        dark = make_format(rank, False, dark=True).background().color()
        assert light.name() == COLOURS[name][0] and light.lightness() > 180
        assert dark.name() == DARK_COLOURS[name][0] and dark.lightness() < 110


def test_settings_dialog_stores_and_applies_the_theme(qtbot, tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set(EDITOR_NAME, "Tess")
    assert settings.get(THEME) == "system"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    try:
        dialog.accept()
        assert settings.get(THEME) == "dark"
        hints = QGuiApplication.styleHints()
        assert is_dark()
        assert hints.colorScheme() in (Qt.ColorScheme.Dark, Qt.ColorScheme.Unknown)
    finally:
        apply_theme("system")


def test_reader_highlights_follow_a_theme_change(qtbot, tmp_path: Path) -> None:
    from app.ui.context import AppContext
    from app.ui.reader import ReaderView
    from tests.helpers.projects import make_project

    project, _doc = make_project(tmp_path)
    project.close()
    context = AppContext(editor="Tess")
    context.open(tmp_path / "test.claimdesk")
    reader = ReaderView(context)
    qtbot.addWidget(reader)
    light = reader.highlighter._formats[RANKS["proposed"], False].background().color()
    try:
        apply_theme("dark")
        reader.highlighter.use_theme()
        dark = reader.highlighter._formats[RANKS["proposed"], False].background().color()
        assert light.lightness() > 180 and dark.lightness() < 110
    finally:
        apply_theme("system")
        context.close()
