"""The documents of a project as a lazily paged table (sorted and filtered in SQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QPersistentModelIndex, QObject, Qt,
)

from app.ui.display import local_time

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.documents import DocumentRow
    from app.core.listing import ListedDocument
    from app.core.project import Project

BATCH = 100  # the dock shows a screenful; more load as it scrolls
Index = QModelIndex | QPersistentModelIndex

TITLE, PUBLISHED, PUBLISHER, ANNOTATIONS, CLAIMS, IMPORTED = range(6)
# Column -> (order ascending, order descending) as list_documents understands them.
SQL_ORDERS: dict[int, tuple[str, str]] = {
    TITLE: ("title", "title_desc"),
    PUBLISHED: ("published_asc", "published"),
    PUBLISHER: ("publisher", "publisher_desc"),
    IMPORTED: ("imported", "imported_desc"),
}
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DocumentListModel(QAbstractTableModel):
    """One row per document: title, date, publisher, annotation and claim counts, import time.

    Rows load in batches of `BATCH` as the view scrolls (canFetchMore/fetchMore); sorting
    and the search filter are done by the core in SQL.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._rows: list[DocumentRow | ListedDocument] = []
        self._filter: set[str] | None = None
        self._order = "imported_desc"
        self._exhausted = True
        self._headers = [self.tr("Title"), self.tr("Date"), self.tr("Publisher"),
                         self.tr("Annotations"), self.tr("Claims"), self.tr("Imported")]

    # ---------------------------------------------------------------- public API

    def set_project(self, project: Project | None) -> None:
        """Show the documents of `project` (None: empty), with no filter."""
        self._project = project
        self._filter = None
        if project is None:
            self.beginResetModel()
            self._rows, self._exhausted = [], True
            self.endResetModel()
        else:
            self.reload()

    def show_preview(self, rows: list[ListedDocument]) -> None:
        """Show a first page read while the project opens (read-only; no paging or sorting)."""
        self.beginResetModel()
        self._project, self._filter = None, None
        self._rows, self._exhausted = list(rows), True
        self.endResetModel()

    @property
    def previewing(self) -> bool:
        """Whether the rows are a preview (the project is still opening)."""
        return self._project is None and bool(self._rows)

    def set_filter(self, document_ids: set[str] | None) -> None:
        """Show only these documents (None: all of them)."""
        self._filter = document_ids
        self.reload()

    @property
    def filtered(self) -> bool:
        """Whether a search filter is in force."""
        return self._filter is not None

    @property
    def order(self) -> str:
        """The current SQL order name (see SQL_ORDERS)."""
        return self._order

    def reload(self) -> None:
        """Read the rows again, as many as were loaded (at least one batch)."""
        if self._project is None:
            return  # nothing to read yet: a preview, if any, stays until the project opens
        wanted = max(BATCH, len(self._rows))
        self.beginResetModel()
        self._rows = self._page(0, wanted)
        self._exhausted = len(self._rows) < wanted
        self.endResetModel()

    def document_id(self, row: int) -> str:
        """The id of the document shown in `row`."""
        return self._rows[row].document.id

    def row_of(self, document_id: str) -> int | None:
        """The row showing a document, if it is loaded."""
        for row, item in enumerate(self._rows):
            if item.document.id == document_id:
                return row
        return None

    # ---------------------------------------------------------------- Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and section not in SQL_ORDERS:
                return self.tr("This column cannot be sorted")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        doc, column = item.document, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [doc.title, doc.published or "", doc.publisher or "", item.annotations,
                    item.claims, local_time(doc.imported_at)][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return f"{doc.title}\n{doc.filename}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ANNOTATIONS, CLAIMS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DOCUMENT_ID_ROLE:
            return doc.id
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._page(len(self._rows), BATCH)
        self._exhausted = len(page) < BATCH
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SQL_ORDERS:
            return
        ascending, descending = SQL_ORDERS[column]
        self._order = ascending if order == Qt.SortOrder.AscendingOrder else descending
        self.reload()

    # ---------------------------------------------------------------- reading

    def _page(self, offset: int, limit: int) -> list[DocumentRow]:
        if self._project is None or self._filter == set():
            return []
        from app.core.documents import list_documents

        return list_documents(self._project, limit=limit, offset=offset,
                              document_ids=self._filter, order=self._order)
