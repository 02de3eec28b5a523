"""The claims an annotation supports, as a list model for the claim editor dock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.ui.reader.highlighter import COLOURS

if TYPE_CHECKING:
    from app.core.claim_views import ClaimView


class AnnotationClaimsModel(QAbstractListModel):
    """One row per claim: record · field: value, tinted by status."""

    ClaimIdRole = Qt.ItemDataRole.UserRole + 1
    StatusRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self._views: list[ClaimView] = []
        self.lang = lang

    def set_claims(self, views: list[ClaimView]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._views = list(views)
        self.endResetModel()

    def claim_id(self, row: int) -> str | None:
        """The claim id of `row`, if the row exists."""
        return self._views[row].claim.id if 0 <= row < len(self._views) else None

    def row_of(self, claim_id: str) -> int:
        """The row of a claim, or -1."""
        return next((i for i, v in enumerate(self._views) if v.claim.id == claim_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._views)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._views):
            return None
        view = self._views[index.row()]
        claim = view.claim
        if role == Qt.ItemDataRole.DisplayRole:
            field = view.field_label(self.lang)
            value = view.value_display(self.lang)
            return f"{view.record_label} · {field}: {value}   [{self.status_label(claim.status)}]"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(COLOURS.get(claim.status, COLOURS["none"])[0])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#202020")
        if role == Qt.ItemDataRole.ToolTipRole:
            note = f"\n{claim.review_note}" if claim.review_note else ""
            return self.tr("proposed by %s") % claim.created_by + note
        if role == self.ClaimIdRole:
            return claim.id
        if role == self.StatusRole:
            return claim.status
        return None

    def status_label(self, status: str) -> str:
        """A claim status in the interface language."""
        return {
            "proposed": self.tr("proposed"), "accepted": self.tr("accepted"),
            "rejected": self.tr("rejected"), "disputed": self.tr("disputed"),
        }.get(status, status)
