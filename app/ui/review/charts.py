"""Two small charts drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.reader.highlighter import COLOURS
from app.ui.review.common import status_label

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.overview import DayProgress, StatusCount

STATUS_ORDER = ("accepted", "proposed", "disputed", "rejected")
STATUS_COLOURS = {s: QColor(COLOURS[s][1]) for s in STATUS_ORDER}
PROPOSED_LINE = QColor("#3b6fb6")
_PAD = 8
_BAR = 18
_MAX_DAYS = 30


class _Chart(QWidget):
    """What both charts share: text colour from the palette, a legend row, an empty message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(140)

    def _text_pen(self, muted: bool = False) -> QPen:
        role = QPalette.ColorRole.PlaceholderText if muted else QPalette.ColorRole.WindowText
        return QPen(self.palette().color(role))

    def _legend(self, painter: QPainter, entries: list[tuple[str, QColor]], y: float) -> None:
        x = float(_PAD)
        metrics = painter.fontMetrics()
        for text, colour in entries:
            painter.fillRect(QRectF(x, y + 2, 12, 12), colour)
            painter.setPen(self._text_pen())
            painter.drawText(QPointF(x + 16, y + metrics.ascent()), text)
            x += 16 + metrics.horizontalAdvance(text) + 14

    def _empty(self, painter: QPainter, text: str) -> None:
        painter.setPen(self._text_pen(muted=True))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)


class StatusBarChart(_Chart):
    """One stacked horizontal bar per record type: its claims by status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, dict[str, int]]] = []

    def set_counts(self, counts: list[StatusCount] | tuple[StatusCount, ...]) -> None:
        """Show these counts (type order as given)."""
        rows: dict[str, dict[str, int]] = {}
        for count in counts:
            rows.setdefault(count.type_key, {})[count.status] = count.count
        self._rows = list(rows.items())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, 2 * _PAD + (len(self._rows) + 1) * (_BAR + 8) + 20)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._rows:
            self._empty(painter, self.tr("No claims yet."))
            return
        metrics = painter.fontMetrics()
        label_width = max(metrics.horizontalAdvance(key) for key, _ in self._rows) + _PAD
        total_width = metrics.horizontalAdvance("00000") + _PAD
        biggest = max(sum(c.values()) for _, c in self._rows) or 1
        span = max(self.width() - 2 * _PAD - label_width - total_width, 10)
        y = float(_PAD)
        for key, counts in self._rows:
            painter.setPen(self._text_pen())
            painter.drawText(QRectF(_PAD, y, label_width, _BAR),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, key)
            x = float(_PAD + label_width)
            for status in STATUS_ORDER:
                width = span * counts.get(status, 0) / biggest
                painter.fillRect(QRectF(x, y, width, _BAR), STATUS_COLOURS[status])
                x += width
            painter.setPen(self._text_pen())
            painter.drawText(QRectF(x + 4, y, total_width, _BAR),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             str(sum(counts.values())))
            y += _BAR + 8
        self._legend(painter, [(status_label(s), STATUS_COLOURS[s]) for s in STATUS_ORDER], y + 4)


class ProgressChart(_Chart):
    """Decisions per day as stacked bars, claims proposed per day as a line (last 30 days with work)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[DayProgress] = []

    def set_progress(self, days: list[DayProgress] | tuple[DayProgress, ...]) -> None:
        """Show these days (oldest first); only the last thirty are drawn."""
        self._days = list(days)[-_MAX_DAYS:]
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, 180)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._days:
            self._empty(painter, self.tr("No review work yet."))
            return
        metrics = painter.fontMetrics()
        line = metrics.height()
        biggest = max(max(d.accepted + d.rejected + d.disputed, d.proposed) for d in self._days) or 1
        axis_width = metrics.horizontalAdvance(str(biggest)) + _PAD
        plot = QRectF(_PAD + axis_width, _PAD, self.width() - 2 * _PAD - axis_width,
                      self.height() - 2 * _PAD - 2 * line - 8)
        painter.setPen(self._text_pen(muted=True))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawText(QRectF(_PAD, plot.top() - line / 2, axis_width - 4, line),
                         Qt.AlignmentFlag.AlignRight, str(biggest))
        painter.drawText(QRectF(_PAD, plot.bottom() - line / 2, axis_width - 4, line),
                         Qt.AlignmentFlag.AlignRight, "0")
        slot = plot.width() / len(self._days)
        bar = max(min(slot * 0.6, 40.0), 2.0)
        points = []
        for i, day in enumerate(self._days):
            left = plot.left() + i * slot + (slot - bar) / 2
            bottom = plot.bottom()
            for status, n in (("accepted", day.accepted), ("disputed", day.disputed),
                              ("rejected", day.rejected)):
                height = plot.height() * n / biggest
                painter.fillRect(QRectF(left, bottom - height, bar, height), STATUS_COLOURS[status])
                bottom -= height
            points.append(QPointF(left + bar / 2, plot.bottom() - plot.height() * day.proposed / biggest))
        painter.setPen(QPen(PROPOSED_LINE, 2))
        if len(points) > 1:
            painter.drawPolyline(points)
        painter.setBrush(PROPOSED_LINE)
        for point in points:
            painter.drawEllipse(point, 3, 3)
        painter.setPen(self._text_pen(muted=True))
        labels = Qt.AlignmentFlag.AlignTop
        painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width() / 2, line),
                         labels | Qt.AlignmentFlag.AlignLeft, self._days[0].day)
        if len(self._days) > 1:
            painter.drawText(QRectF(plot.center().x(), plot.bottom() + 2, plot.width() / 2, line),
                             labels | Qt.AlignmentFlag.AlignRight, self._days[-1].day)
        self._legend(painter, [(self.tr("proposed"), PROPOSED_LINE)]
                     + [(status_label(s), STATUS_COLOURS[s]) for s in ("accepted", "disputed", "rejected")],
                     plot.bottom() + line + 6)
