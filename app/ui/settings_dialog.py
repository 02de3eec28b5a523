"""Edit › Settings: the editor's name and the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from app.ui.settings import EDITOR_NAME, INTERFACE_LANGUAGE, Settings


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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(EDITOR_NAME.translated_title(), self.name_edit)
        form.addRow(INTERFACE_LANGUAGE.translated_title(), self.language_combo)
        form.addRow(buttons)

    def accept(self) -> None:
        """Store the options, keeping the old name when the field is left empty."""
        if self.name_edit.text().strip():
            self._settings.set(EDITOR_NAME, self.name_edit.text().strip())
        self._settings.set(INTERFACE_LANGUAGE, self.language_combo.currentData())
        super().accept()
