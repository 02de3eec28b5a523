"""Duplicates: clusters of records that are probably the same; pick the survivor and merge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeView, QVBoxLayout,
    QWidget,
)

from app.core.errors import ClaimdeskError
from app.ui.context import AppContext, Changes
from app.ui.review.commands import push_distinct, push_merges
from app.ui.review.common import ReviewTab
from app.ui.review.duplicates_model import DuplicatesModel

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.duplicates import DuplicateCluster


class DuplicatesView(ReviewTab):
    """Duplicate clusters; "Keep this one" picks the survivor, "Merge" folds the others into it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("review-duplicates")
        self.model = DuplicatesModel(self)
        self._build()  # filled when first shown (ReviewTab.showEvent)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(False)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.dataChanged.connect(lambda *_args: self._update_buttons())
        layout.addWidget(self.tree, 1)
        self.empty_label = QLabel(self.tr("No likely duplicates: no two live records of one type "
                                          "share a name or have very similar names."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.empty_label, 1)

        row = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("&Keep this one"))
        self.keep_button.setToolTip(self.tr("The selected record survives the merge and keeps its id."))
        self.keep_button.clicked.connect(self.keep_selected)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.distinct_button = QPushButton(self.tr("&Not duplicates"))
        self.distinct_button.setToolTip(self.tr("These records are different things: stop offering "
                                                "them as duplicates (Ctrl+Z takes it back)."))
        self.distinct_button.clicked.connect(self.mark_selected_distinct)
        row.addWidget(self.keep_button)
        row.addWidget(self.merge_button)
        row.addWidget(self.distinct_button)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.status_label, 1)
        layout.addLayout(row)

    # ---------------------------------------------------------------- public API

    def wants(self, changes: Changes) -> bool:
        """Clusters depend on records, aliases and claim counts."""
        return changes.records or changes.claims

    def reload(self) -> None:
        """Find the clusters again (the survivors chosen stay chosen)."""
        from app.core.duplicates import find_duplicate_clusters

        self.model.set_clusters(find_duplicate_clusters(self.project) if self.project else [])
        self.tree.expandAll()
        for column in range(self.model.columnCount()):
            self.tree.resizeColumnToContents(column)
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        self.tree.setVisible(self.model.rowCount() > 0)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def current_cluster(self) -> DuplicateCluster | None:
        """The cluster of the selected row."""
        return self.model.cluster(self.tree.currentIndex())

    def select_record(self, record_id: str) -> bool:
        """Select a record's row in its cluster; False when it is in none."""
        cluster = self.model.cluster_index(record_id)
        if not cluster.isValid():
            return False
        for row in range(self.model.rowCount(cluster)):
            index = self.model.index(row, 0, cluster)
            member = self.model.member(index)
            if member is not None and member.record_id == record_id:
                self.tree.setCurrentIndex(index)
                return True
        return False

    def keep_selected(self) -> None:
        """Make the selected member its cluster's survivor."""
        self.model.set_survivor(self.tree.currentIndex().siblingAtColumn(0))

    def merge_selected(self) -> None:
        """Merge every other member of the selected cluster into its survivor (one undo step)."""
        cluster = self.current_cluster()
        if cluster is None:
            return
        keep = self.model.survivor(cluster)
        others = [m for m in cluster.members if m.record_id != keep]
        keep_label = next(m.label for m in cluster.members if m.record_id == keep)
        try:
            push_merges(self.context, keep, [m.record_id for m in others])
        except ClaimdeskError as exc:
            self.status_label.setText(str(exc))
            return
        self.reload()
        self.status_label.setText(self.tr("Merged %1 into %2.")
                                  .replace("%1", ", ".join(m.label for m in others))
                                  .replace("%2", keep_label))

    def mark_selected_distinct(self) -> None:
        """Say the selected cluster's records are different things (one undo step)."""
        cluster = self.current_cluster()
        if cluster is None:
            return
        try:
            push_distinct(self.context, [m.record_id for m in cluster.members])
        except ClaimdeskError as exc:
            self.status_label.setText(str(exc))
            return
        self.reload()
        self.status_label.setText(self.tr("%1 will not be offered as duplicates again.")
                                  .replace("%1", ", ".join(m.label for m in cluster.members)))

    # ---------------------------------------------------------------- helpers

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        self.status_label.clear()

    def _update_buttons(self) -> None:
        index = self.tree.currentIndex()
        cluster = self.model.cluster(index)
        member = self.model.member(index)
        self.keep_button.setEnabled(member is not None and cluster is not None
                                    and member.record_id != self.model.survivor(cluster))
        self.merge_button.setEnabled(cluster is not None)
        self.distinct_button.setEnabled(cluster is not None)
        if cluster is None:
            self.merge_button.setText(self.tr("&Merge"))
            return
        keep = self.model.survivor(cluster)
        label = next(m.label for m in cluster.members if m.record_id == keep)
        self.merge_button.setText(self.tr("&Merge into %1").replace("%1", label.replace("&", "&&")))
