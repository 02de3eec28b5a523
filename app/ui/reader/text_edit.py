"""The read-only text pane of the reader, with a gutter that marks where pages begin."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class PageGutter(QWidget):
    """A narrow strip left of the text with `p. N` where page N starts (text stays untouched)."""

    def __init__(self, editor: "ReaderTextEdit") -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self._editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        self._editor.paint_gutter(self, event)


class ReaderTextEdit(QPlainTextEdit):
    """QPlainTextEdit, read-only and wrapped, that reports clicks by Qt position."""

    clickedAt = Signal(int)  # a Qt position clicked without selecting

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # Keyboard selection too, so editors can mark spans without a mouse.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.document().setDocumentMargin(12)
        self._page_starts: list[int] = []  # Qt positions
        self._gutter = PageGutter(self)
        self.updateRequest.connect(self._update_gutter)
        self._apply_gutter_width()

    # ---------------------------------------------------------------- pages

    def set_page_starts(self, qt_positions: list[int]) -> None:
        """Mark where pages begin (Qt positions); an empty list hides the gutter."""
        self._page_starts = sorted(qt_positions)
        self._apply_gutter_width()
        self._gutter.update()

    def gutter_width(self) -> int:
        """The gutter's width: zero for documents without pages."""
        if len(self._page_starts) < 2:
            return 0
        return self.fontMetrics().horizontalAdvance(f"p. {len(self._page_starts)}") + 10

    def _apply_gutter_width(self) -> None:
        width = self.gutter_width()
        self.setViewportMargins(width, 0, 0, 0)
        self._gutter.setVisible(width > 0)

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        rect = self.contentsRect()
        self._gutter.setGeometry(QRect(rect.left(), rect.top(), self.gutter_width(), rect.height()))

    def paint_gutter(self, gutter: QWidget, event: QPaintEvent) -> None:
        """Draw `p. N` beside the line where page N starts, for the visible blocks only."""
        painter = QPainter(gutter)
        painter.fillRect(event.rect(), QColor("#f1f1ee"))
        painter.setPen(QColor("#77776f"))
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        bottom_limit = event.rect().bottom()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom_limit:
                break
            start, end = block.position(), block.position() + block.length()
            index = bisect_left(self._page_starts, start)
            while index < len(self._page_starts) and self._page_starts[index] < end:
                line = block.layout().lineForTextPosition(self._page_starts[index] - start)
                y = int(geometry.top() + (line.y() if line.isValid() else 0))
                height = self.fontMetrics().height()
                painter.drawLine(2, y, gutter.width() - 2, y)
                painter.drawText(QRect(0, y, gutter.width() - 4, height),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                                 f"p. {index + 1}")
                index += 1
            block = block.next()
        painter.end()

    # ---------------------------------------------------------------- clicks

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clickedAt.emit(self.cursorForPosition(event.position().toPoint()).position())
