"""The review queue as a lazily paged table: record, field, value, status, proposer, date."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from app.ui.display import local_time
from app.ui.reader.highlighter import COLOURS
from app.ui.review.common import HeaderedTableModel, Index, status_label

if TYPE_CHECKING:
    from app.core.project import Project
    from app.core.queue import QueueItem

BATCH = 100
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class QueueFilterChoice:
    """What the filter row narrows the queue to (None: no limit)."""

    type_key: str | None = None
    document_id: str | None = None
    editor: str | None = None
    since: str | None = None


def value_preview(item: QueueItem, lang: str = "en") -> str:
    """A claim's value as the reviewer reads it (references show what the editor typed)."""
    return item.view.value_display(lang)


class ReviewQueueModel(HeaderedTableModel):
    """Proposed and disputed claims, oldest first, fetched a hundred at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._filter = QueueFilterChoice()
        self._items: list[QueueItem] = []
        self._total = 0
        self.lang = "en"
        self._headers = (self.tr("Record"), self.tr("Field"), self.tr("Value"), self.tr("Status"),
                         self.tr("Proposed by"), self.tr("Date"))

    # ---------------------------------------------------------------- public API

    def show_queue(self, project: Project | None, choice: QueueFilterChoice) -> None:
        """Show the queue of `project` under `choice` (as many rows as were loaded, at least a batch)."""
        wanted = max(BATCH, len(self._items)) if project is self._project else BATCH
        self.beginResetModel()
        self._project, self._filter = project, choice
        if project is None:
            self._items, self._total = [], 0
        else:
            from app.core.queue import count_review_queue

            self._items = self._page(wanted, 0)
            self._total = count_review_queue(project, choice.type_key, choice.document_id,
                                             choice.editor, choice.since)
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many claims the queue holds under the filter (loaded or not)."""
        return self._total

    def item(self, row: int) -> QueueItem | None:
        """The queue item in `row`, if loaded."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, claim_id: str) -> int | None:
        """The row of a claim, if loaded."""
        return next((r for r, it in enumerate(self._items) if it.claim_id == claim_id), None)

    def _page(self, limit: int, offset: int) -> list[QueueItem]:
        from app.core.queue import review_queue

        assert self._project is not None
        f = self._filter
        return review_queue(self._project, f.type_key, f.document_id, f.editor, f.since,
                            limit=limit, offset=offset)

    # ---------------------------------------------------------------- Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._project is not None and len(self._items) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        more = self._page(BATCH, len(self._items))
        if not more:
            self._total = len(self._items)  # the queue shrank meanwhile
            return
        self.beginInsertRows(QModelIndex(), len(self._items), len(self._items) + len(more) - 1)
        self._items.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        view, claim = item.view, item.view.claim
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            field = view.field_label(self.lang)
            cells = (view.record_label, field, value_preview(item, self.lang),
                     status_label(claim.status), claim.created_by, local_time(claim.created_at)[:10])
            return cells[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 3:
            return QColor(COLOURS.get(claim.status, COLOURS["none"])[0])
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return QColor("#202020")
        if role == CLAIM_ID_ROLE:
            return claim.id
        return None
