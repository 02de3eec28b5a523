"""Light, dark, or whatever the system uses: one setting, applied through Qt's colour scheme.

Where the platform cannot switch schemes itself (some Linux desktops, the offscreen
platform), a forced choice falls back to a palette of our own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SCHEMES = {
    "system": Qt.ColorScheme.Unknown,  # Qt follows the platform's setting, live
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}
_DARK_ROLES = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#2f2f2f",
    QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#353535",
    QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#8a8a8a",
    QPalette.ColorRole.Link: "#7fb2ff", QPalette.ColorRole.Mid: "#555555",
}


def dark_palette() -> QPalette:
    """Our dark palette, for platforms that cannot switch to their own."""
    palette = QPalette()
    for role, colour in _DARK_ROLES.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#777777"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#777777"))
    return palette


def apply_theme(choice: str) -> None:
    """Follow the system (`system`) or force `light` / `dark` for this run."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    app.styleHints().setColorScheme(SCHEMES.get(choice, Qt.ColorScheme.Unknown))
    app.setPalette(app.style().standardPalette())
    if choice in ("light", "dark") and is_dark() != (choice == "dark"):
        app.setPalette(dark_palette() if choice == "dark" else QPalette(QColor("#efefef")))


def is_dark() -> bool:
    """Whether text is drawn light on dark right now (highlights then use deep tints)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    if app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return True
    return app.palette().color(QPalette.ColorRole.Base).lightness() < 128
