"""The review dashboard: claims by status, review progress per day, and records with gaps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget,
)

from app.ui.context import AppContext
from app.ui.review.charts import ProgressChart, StatusBarChart
from app.ui.review.common import HeaderedTableModel, Index, ReviewTab, row_table, status_label

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.overview import Overview, RecordGap

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GapsModel(HeaderedTableModel):
    """Records whose required fields lack a sourced, accepted value: record, type, missing fields."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gaps: list[RecordGap] = []
        self._headers = (self.tr("Record"), self.tr("Type"), self.tr("Missing"))

    def set_gaps(self, gaps: list[RecordGap] | tuple[RecordGap, ...]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._gaps = list(gaps)
        self.endResetModel()

    def gap(self, row: int) -> RecordGap | None:
        """The gap in `row`, if any."""
        return self._gaps[row] if 0 <= row < len(self._gaps) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._gaps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        gap = self.gap(index.row()) if index.isValid() else None
        if gap is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (gap.label, gap.type_key, ", ".join(gap.missing))[index.column()]
        if role == RECORD_ID_ROLE:
            return gap.record_id
        return None


class OverviewView(ReviewTab):
    """Totals, two charts and the gaps list; activating a gap emits `recordActivated(record_id)`."""

    recordActivated = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("review-overview")
        self.gaps_model = GapsModel(self)
        self.numbers: Overview | None = None
        self._build()  # filled when first shown (ReviewTab.showEvent)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.totals_label = QLabel()
        self.totals_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.totals_label)
        charts = QHBoxLayout()
        self.status_chart, self.progress_chart = StatusBarChart(), ProgressChart()
        for title, chart in ((self.tr("Claims by status and record type"), self.status_chart),
                             (self.tr("Review progress per day"), self.progress_chart)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(chart)
            charts.addWidget(box, 1)
        layout.addLayout(charts)
        box = QGroupBox(self.tr("Records lacking a sourced, accepted value for a required field"))
        box_layout = QVBoxLayout(box)
        self.gaps_table = row_table(self.gaps_model)
        self.gaps_table.setAlternatingRowColors(True)
        self.gaps_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.gaps_table.horizontalHeader().setStretchLastSection(True)
        self.gaps_table.activated.connect(self._on_activated)  # double-click or Enter
        box_layout.addWidget(self.gaps_table)
        layout.addWidget(box, 1)

    def reload(self) -> None:
        """Read the dashboard's numbers again (one core call)."""
        project = self.project
        from app.core.overview import overview

        self.numbers = overview(project) if project is not None else None
        counts = self.numbers.by_status if self.numbers else ()
        self.status_chart.set_counts(counts)
        self.progress_chart.set_progress(self.numbers.progress if self.numbers else ())
        self.gaps_model.set_gaps(self.numbers.gaps if self.numbers else ())
        if self.numbers is None:
            self.totals_label.setText("")
            return
        parts = [f"{self.numbers.total(s)} {status_label(s)}"
                 for s in ("proposed", "disputed", "accepted", "rejected")]
        self.totals_label.setText(self.tr("%1 claims: %2 · %3 records with gaps")
                                  .replace("%1", str(self.numbers.total())).replace("%2", ", ".join(parts))
                                  .replace("%3", str(len(self.numbers.gaps))))

    def _on_activated(self, index: QModelIndex) -> None:
        gap = self.gaps_model.gap(index.row())
        if gap is not None:
            self.recordActivated.emit(gap.record_id)
