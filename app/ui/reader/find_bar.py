"""Find in document: a slim bar under the text (Enter next, Shift+Enter previous, Esc closes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QToolButton, QWidget


class FindField(QLineEdit):
    """A line edit that turns Enter / Shift+Enter / Esc into find actions."""

    nextRequested = Signal()
    previousRequested = Signal()
    closeRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previousRequested.emit()
            else:
                self.nextRequested.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    """Searches a QPlainTextEdit, wrapping around at either end."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.field = FindField(self)
        self.field.setPlaceholderText(self.tr("Find in document"))
        self.field.setClearButtonEnabled(True)
        self.status = QLabel(self)
        previous = QToolButton(self, text="↑", toolTip=self.tr("Previous match (Shift+Enter)"))
        following = QToolButton(self, text="↓", toolTip=self.tr("Next match (Enter)"))
        close = QToolButton(self, text="✕", toolTip=self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.field, previous, following, self.status, close):
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        self.field.nextRequested.connect(self.find_next)
        self.field.previousRequested.connect(self.find_previous)
        self.field.closeRequested.connect(self.close_bar)
        self.field.textChanged.connect(self._search_from_start_of_selection)
        previous.clicked.connect(self.find_previous)
        following.clicked.connect(self.find_next)
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        """Show the bar with the current selection (if short) as the search text."""
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 80:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and give the focus back to the text."""
        self.hide()
        self._editor.setFocus()

    def find_next(self) -> bool:
        """Select the next match, wrapping to the top; False when there is none."""
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        """Select the previous match, wrapping to the bottom."""
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _search_from_start_of_selection(self) -> None:
        cursor = self._editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self._editor.setTextCursor(cursor)
        self.find_next()

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        needle = self.field.text()
        if not needle:
            self.status.clear()
            return False
        if self._editor.find(needle, flags):
            self.status.clear()
            return True
        # Wrap around and try once more from the other end.
        cursor = self._editor.textCursor()
        backward = bool(flags & QTextDocument.FindFlag.FindBackward)
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self._editor.setTextCursor(cursor)
        found = self._editor.find(needle, flags)
        self.status.setText("" if found else self.tr("Not found"))
        return found
