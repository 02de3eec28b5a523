"""The change log as a lazily paged table: when, who, what, which row, before → after."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from app.ui.display import local_time
from app.ui.review.common import HeaderedTableModel, Index

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.project import Project
    from database.models import ChangeLog

BATCH = 200
_QUIET = {"id", "updated_at", "created_at", "created_by"}  # bookkeeping, not the change
_NAMING = ("label", "alias", "value_text", "quote", "title", "status", "name")
_LONGEST = 40


@dataclass(frozen=True)
class HistoryFilter:
    """What narrows the log (None: no limit); `until` is exclusive."""

    row_id: str | None = None
    editor: str | None = None
    since: str | None = None
    until: str | None = None


def _short(value: Any) -> str:
    text = "—" if value is None or value == "" else str(value).replace("\n", " ")
    return text if len(text) <= _LONGEST else text[: _LONGEST - 1] + "…"


def _value(key: str, value: Any) -> str:
    return _short(local_time(value) if key.endswith("_at") and isinstance(value, str) else value)


def change_summary(row: ChangeLog) -> str:
    """One line for a change: `status: proposed → accepted`, or what was added or removed."""
    before, after = row.before or {}, row.after or {}
    if row.op == "update":
        changed = [k for k in after if k not in _QUIET and before.get(k) != after.get(k)]
        return "; ".join(f"{k}: {_value(k, before.get(k))} → {_value(k, after[k])}" for k in changed)
    shown = after if row.op == "insert" else before
    naming = [f"{k}: {_short(shown[k])}" for k in _NAMING if shown.get(k) not in (None, "")]
    if row.op == "insert":
        return "+ " + "; ".join(naming) if naming else QCoreApplication.translate("Review", "added")
    return "− " + "; ".join(naming) if naming else QCoreApplication.translate("Review", "removed")


class HistoryModel(HeaderedTableModel):
    """Change-log rows, newest first, fetched two hundred at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._filter = HistoryFilter()
        self._rows: list[ChangeLog] = []
        self._exhausted = True
        self._headers = (self.tr("When"), self.tr("Editor"), self.tr("Action"), self.tr("Table"),
                         self.tr("Row"), self.tr("Change"))

    def show_history(self, project: Project | None, where: HistoryFilter) -> None:
        """Show the first page of the log of `project` under `where`."""
        self.beginResetModel()
        self._project, self._filter, self._rows = project, where, []
        self._exhausted = project is None
        if project is not None:
            self._rows = self._page(0)
            self._exhausted = len(self._rows) < BATCH
        self.endResetModel()

    def entry(self, row: int) -> ChangeLog | None:
        """The change-log row in `row`, if loaded."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def editors(self) -> set[str]:
        """The editors of the loaded rows."""
        return {r.editor for r in self._rows}

    def _page(self, offset: int) -> list[ChangeLog]:
        from app.core.history import history

        assert self._project is not None
        f = self._filter
        return history(self._project, f.row_id, f.editor, f.since, f.until, limit=BATCH, offset=offset)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        more = self._page(len(self._rows))
        self._exhausted = len(more) < BATCH
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            cells = (local_time(entry.at), entry.editor, entry.action, entry.table_name,
                     entry.row_id[:8], change_summary(entry))
            return cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.row_id if index.column() == 4 else change_summary(entry)
        return None
