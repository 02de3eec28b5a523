"""Edit › Settings: the editor's name, the interface language and the theme."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from app.ui.settings import EDITOR_NAME, INTERFACE_LANGUAGE, THEME, Settings
from app.ui.theme import apply_theme


class SettingsDialog(QDialog):
    """A small form over the declared options."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.name_edit = QLineEdit(settings.editor_name, self)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.theme_combo = QComboBox(self)
        self.theme_combo.addItem(self.tr("Follow the system"), "system")
        self.theme_combo.addItem(self.tr("Light"), "light")
        self.theme_combo.addItem(self.tr("Dark"), "dark")
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.get(THEME))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(EDITOR_NAME.translated_title(), self.name_edit)
        form.addRow(INTERFACE_LANGUAGE.translated_title(), self.language_combo)
        form.addRow(THEME.translated_title(), self.theme_combo)
        form.addRow(buttons)

    def accept(self) -> None:
        """Store the options, keeping the old name when the field is left empty."""
        if self.name_edit.text().strip():
            self._settings.set(EDITOR_NAME, self.name_edit.text().strip())
        self._settings.set(INTERFACE_LANGUAGE, self.language_combo.currentData())
        self._settings.set(THEME, self.theme_combo.currentData())
        apply_theme(self.theme_combo.currentData())  # applies at once, unlike the language
        super().accept()
