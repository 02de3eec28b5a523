"""Records of one type as a lazily paged table: label, then each field's accepted value."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.project import Project
    from app.core.record_views import FieldCell, FieldColumn, RecordTableRow

BATCH = 100  # the dock shows a screenful; more load as it scrolls
Index = QModelIndex | QPersistentModelIndex
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 2  # True where claims of a single-valued field compete
CONFLICT_BACKGROUND = QColor(255, 193, 7, 70)  # amber, readable on light and dark palettes


class RecordTableModel(QAbstractTableModel):
    """One row per live record of a type; column 0 is the label, then one column per field.

    A cell shows the accepted value formatted by the core; where claims compete it says
    so in the text ("⚠ 2 values"), in its background and in its tooltip.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._type_key: str | None = None
        self._lang = "en"
        self._columns: list[FieldColumn] = []
        self._rows: list[RecordTableRow] = []
        self._exhausted = True

    # ---------------------------------------------------------------- public API

    def show_type(self, project: Project | None, type_key: str | None, lang: str = "en") -> None:
        """Show the records of `type_key` in `project` with labels and values in `lang`."""
        self._project, self._type_key, self._lang = project, type_key, lang
        self.reload(keep_loaded=False)

    def reload(self, keep_loaded: bool = True) -> None:
        """Read columns and rows again (as many rows as were loaded, at least one batch)."""
        wanted = max(BATCH, len(self._rows)) if keep_loaded else BATCH
        self.beginResetModel()
        if self._project is None or self._type_key is None:
            self._columns, self._rows = [], []
        else:
            from app.core.record_views import record_columns, record_table

            self._columns = record_columns(self._project, self._type_key)
            self._rows = record_table(self._project, self._type_key, self._lang, limit=wanted)
        self._exhausted = len(self._rows) < wanted
        self.endResetModel()

    @property
    def type_key(self) -> str | None:
        """The record type shown."""
        return self._type_key

    def record_id(self, row: int) -> str:
        """The id of the record in `row`."""
        return self._rows[row].record_id

    def row_of(self, record_id: str) -> int | None:
        """The row of a record, if it is loaded."""
        for row, item in enumerate(self._rows):
            if item.record_id == record_id:
                return row
        return None

    def column_of(self, field_key: str) -> int | None:
        """The column of a field."""
        for index, column in enumerate(self._columns, start=1):
            if column.key == field_key:
                return index
        return None

    # ---------------------------------------------------------------- Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._type_key is None else 1 + len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Label") if section == 0 else self._columns[section - 1].label(self._lang)
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            column = self._columns[section - 1]
            kind = column.datatype + (self.tr(", several values") if column.multiple else "")
            return f"{column.key} ({kind})"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == RECORD_ID_ROLE:
            return item.record_id
        if index.column() == 0:
            return self._label_data(item, role)
        if not 0 < index.column() <= len(self._columns):
            return None
        return self._cell_data(item.cell(self._columns[index.column() - 1].key), role)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted or self._project is None or self._type_key is None:
            return
        from app.core.record_views import record_table

        page = record_table(self._project, self._type_key, self._lang, limit=BATCH,
                            offset=len(self._rows))
        self._exhausted = len(page) < BATCH
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # ---------------------------------------------------------------- cells

    def _label_data(self, item: RecordTableRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == Qt.ItemDataRole.ToolTipRole and item.aliases:
            return self.tr("Also known as: %1").replace("%1", ", ".join(item.aliases))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _cell_data(self, cell: FieldCell, role: int) -> Any:
        if role == CONFLICT_ROLE:
            return cell.conflict
        if role == Qt.ItemDataRole.DisplayRole:
            marker = self.tr("⚠ %n values", "", cell.distinct_values) if cell.conflict else ""
            if cell.accepted is not None:
                return f"{cell.accepted}  {marker}".rstrip()
            if marker:
                return marker
            if cell.live_claims:
                return self.tr("(unreviewed: %n)", "", cell.live_claims)
            return ""
        if role == Qt.ItemDataRole.BackgroundRole and cell.conflict:
            return CONFLICT_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and cell.accepted is None and not cell.conflict:
            return QColor(Qt.GlobalColor.gray)
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.conflict:
                return self._conflict_tip(cell)
            if cell.accepted is None and cell.live_claims:
                return self.tr("Claims await review; select the record to see them")
        return None

    def _conflict_tip(self, cell: FieldCell) -> str:
        lines = [self.tr("Claims compete for this field:")]
        lines += [f"• {value}" for value in cell.competing]
        if cell.accepted is None:
            lines.append(self.tr("None is accepted yet."))
        else:
            lines.append(self.tr("Accepted: %1").replace("%1", cell.accepted))
        return "\n".join(lines)
