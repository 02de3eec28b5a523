"""Duplicate clusters as a two-level tree: cluster → members, the survivor checked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from app.ui.review.common import Index

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.duplicates import ClusterMember, DuplicateCluster

_TOP = 0  # internalId of cluster rows; a member's is its cluster's row + 1
Key = frozenset[str]


def default_survivor(cluster: DuplicateCluster) -> str:
    """The member that keeps its id unless the reviewer picks another: most claims, then oldest."""
    return max(cluster.members, key=lambda m: m.claims).record_id  # max keeps the first of ties


class DuplicatesModel(QAbstractItemModel):
    """Clusters (name, type, score) with their members (label, aliases, claims).

    A member's check box marks the survivor; checking another member moves it (radio-like).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clusters: list[DuplicateCluster] = []
        self._survivors: dict[Key, str] = {}
        self._headers = (self.tr("Name"), self.tr("Type"), self.tr("Aliases"), self.tr("Claims"),
                         self.tr("Score"))

    # ---------------------------------------------------------------- public API

    def set_clusters(self, clusters: list[DuplicateCluster]) -> None:
        """Replace the clusters, keeping survivors the reviewer chose where they still apply."""
        self.beginResetModel()
        self._clusters = list(clusters)
        kept = {}
        for cluster in self._clusters:
            key = self._key(cluster)
            chosen = self._survivors.get(key)
            kept[key] = chosen if chosen in key else default_survivor(cluster)
        self._survivors = kept
        self.endResetModel()

    def cluster(self, index: Index) -> DuplicateCluster | None:
        """The cluster of a cluster row or of a member row."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _TOP else index.internalId() - 1
        return self._clusters[row] if 0 <= row < len(self._clusters) else None

    def member(self, index: Index) -> ClusterMember | None:
        """The member of a member row (None for a cluster row)."""
        cluster = self.cluster(index)
        if cluster is None or index.internalId() == _TOP:
            return None
        return cluster.members[index.row()]

    def survivor(self, cluster: DuplicateCluster) -> str:
        """The id of the member that keeps its id in a merge."""
        return self._survivors[self._key(cluster)]

    def set_survivor(self, index: Index) -> bool:
        """Make the member at `index` its cluster's survivor."""
        cluster, member = self.cluster(index), self.member(index)
        if cluster is None or member is None:
            return False
        self._survivors[self._key(cluster)] = member.record_id
        parent = index.parent()
        self.dataChanged.emit(self.index(0, 0, parent),
                              self.index(len(cluster.members) - 1, len(self._headers) - 1, parent))
        return True

    def cluster_index(self, record_id: str) -> QModelIndex:
        """The index of the cluster holding a record (invalid if none does)."""
        for row, cluster in enumerate(self._clusters):
            if any(m.record_id == record_id for m in cluster.members):
                return self.index(row, 0)
        return QModelIndex()

    @staticmethod
    def _key(cluster: DuplicateCluster) -> Key:
        return frozenset(m.record_id for m in cluster.members)

    # ---------------------------------------------------------------- Qt overrides

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._clusters)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._clusters[parent.row()].members)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.member(index) is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        cluster = self.cluster(index)
        if cluster is None:
            return None
        member = self.member(index)
        if member is None:
            return self._cluster_data(cluster, index.column(), role)
        survivor = member.record_id == self.survivor(cluster)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if survivor else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and survivor:
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            best = max((lk.score for lk in cluster.links if member.record_id in (lk.a_id, lk.b_id)),
                       default=0.0)
            cells = (member.label, cluster.type_key, ", ".join(member.aliases), str(member.claims),
                     f"{best:.0f}")
            return cells[index.column()]
        return None

    def _cluster_data(self, cluster: DuplicateCluster, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return " / ".join(m.label for m in cluster.members)
        if column == 1:
            return cluster.type_key
        if column == 2:
            link = cluster.links[0]
            return self.tr("same name key") if link.reason == "same key" else self.tr("similar names")
        if column == 3:
            return str(sum(m.claims for m in cluster.members))
        return f"{cluster.score:.0f}"

    def setData(self, index: Index, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or self.member(index) is None:
            return False
        if value not in (Qt.CheckState.Checked, Qt.CheckState.Checked.value):
            return False  # a survivor is unchecked only by checking another member
        return self.set_survivor(index)
