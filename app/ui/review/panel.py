"""The review panel the main window docks: five tabs, their signals forwarded."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.context import AppContext
from app.ui.review.common import ReviewTab
from app.ui.review.conflicts import ConflictsView
from app.ui.review.duplicates import DuplicatesView
from app.ui.review.history import HistoryView
from app.ui.review.merge_conflicts import MergeConflictsView
from app.ui.review.overview import OverviewView
from app.ui.review.queue_view import ReviewQueueView


class ReviewPanel(QTabWidget):
    """Queue, conflicts, duplicates, history, overview and merge conflicts in tabs ("review").

    Signals: `quoteActivated(document_id, start, end)` from the queue; `recordActivated(record_id)`
    from the overview's gaps list.
    """

    quoteActivated = Signal(str, int, int)
    recordActivated = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review")
        self.setDocumentMode(True)
        self.queue = ReviewQueueView(context)
        self.conflicts = ConflictsView(context)
        self.duplicates = DuplicatesView(context)
        self.history = HistoryView(context)
        self.overview = OverviewView(context)
        self.merge_conflicts = MergeConflictsView(context)
        self.addTab(self.queue, self.tr("&Queue"))
        self.addTab(self.conflicts, self.tr("&Conflicts"))
        self.addTab(self.duplicates, self.tr("D&uplicates"))
        self.addTab(self.history, self.tr("&History"))
        self.addTab(self.overview, self.tr("&Overview"))
        self.addTab(self.merge_conflicts, self.tr("&Merge conflicts"))
        self.queue.quoteActivated.connect(self.quoteActivated)
        self.overview.recordActivated.connect(self.recordActivated)

    def set_language(self, lang: str) -> None:
        """Show field and type labels and values in `lang` (`en` or `nl`)."""
        self.queue.model.lang = lang
        self.conflicts.model.lang = lang
        for index in range(self.count()):
            tab = self.widget(index)
            if isinstance(tab, ReviewTab):
                tab.language = lang

    def reload_if_stale(self) -> None:
        """The tab on show catches up on changes made while the panel was out of sight."""
        tab = self.currentWidget()
        if isinstance(tab, ReviewTab):
            tab.reload_if_stale()

    def show_history_of(self, row_id: str) -> None:
        """Switch to the history tab showing one record's, claim's or document's changes."""
        self.history.show_row(row_id)
        self.setCurrentWidget(self.history)
