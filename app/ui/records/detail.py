"""One record in detail: every field, every claim with its review state, every quote."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeView, QWidget

from app.ui.display import local_time

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.claim_views import EvidenceView
    from app.core.record_views import ClaimDetail, FieldDetail, RecordDetail

QUOTE_ROLE = Qt.ItemDataRole.UserRole + 1  # (document id, start, end) on quote rows
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
FIELD_KEY_ROLE = Qt.ItemDataRole.UserRole + 3


def _item(text: str, tooltip: str | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class RecordDetailModel(QStandardItemModel):
    """A tree: fields, under each its claims (best status first), under each claim its quotes.

    Columns: what (field label / value / quote), status, and who-when or document.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Field, claim or quote"), self.tr("Status"),
                         self.tr("Who and when, or source")]
        self.setHorizontalHeaderLabels(self._headers)
        self.record_id: str | None = None

    def show_record(self, detail: RecordDetail | None, lang: str = "en",
                    warning_icon: QIcon | None = None) -> None:
        """Fill the tree with `detail` (None: empty)."""
        self.removeRows(0, self.rowCount())  # keeps the columns (and the view's widths)
        self.record_id = detail.record_id if detail else None
        if detail is None:
            return
        for field in detail.fields:
            self.appendRow(self._field_row(field, lang, warning_icon))

    def _field_row(self, field: FieldDetail, lang: str, warning_icon: QIcon | None) -> list[QStandardItem]:
        label = _item(field.column.label(lang), f"{field.column.key} ({field.column.datatype})")
        font = QFont()
        font.setBold(True)
        label.setFont(font)
        label.setData(field.column.key, FIELD_KEY_ROLE)
        summary = _item("")
        if field.conflict:
            summary.setText(self.tr("competing values") if warning_icon else self.tr("⚠ competing values"))
            summary.setToolTip(self.tr("Several values are claimed; a reviewer should decide"))
            if warning_icon is not None:
                summary.setIcon(warning_icon)
        elif not field.claims:
            summary.setText(self.tr("no claims"))
            summary.setForeground(QPalette().brush(QPalette.ColorRole.PlaceholderText))
        for claim in field.claims:
            label.appendRow(self._claim_row(claim))
        return [label, summary, _item("")]

    def _claim_row(self, claim: ClaimDetail) -> list[QStandardItem]:
        value = _item(claim.value, claim.review_note or None)
        value.setData(claim.claim_id, CLAIM_ID_ROLE)
        if claim.status == "rejected":
            font = QFont()
            font.setStrikeOut(True)
            value.setFont(font)
        status = _item(self._status_text(claim.status))
        who = self.tr("by %1, %2").replace("%1", claim.created_by) \
            .replace("%2", local_time(claim.created_at))
        if claim.reviewed_by:
            who += self.tr("; reviewed by %1, %2").replace("%1", claim.reviewed_by) \
                .replace("%2", local_time(claim.reviewed_at))
        if not claim.evidence:
            who += self.tr("; unsourced")
        for evidence in claim.evidence:
            value.appendRow(self._quote_row(evidence))
        return [value, status, _item(who, claim.review_note or None)]

    def _status_text(self, status: str) -> str:
        return {"accepted": self.tr("accepted"), "proposed": self.tr("proposed"),
                "disputed": self.tr("disputed"), "rejected": self.tr("rejected")}.get(status, status)

    def _quote_row(self, evidence: EvidenceView) -> list[QStandardItem]:
        hint = self.tr("Click or press Enter to open the document at this quote")
        quote = _item(f"“{evidence.quote}”", f"“{evidence.quote}”\n\n{hint}")
        font = QFont()
        font.setItalic(True)
        quote.setFont(font)
        quote.setData((evidence.document_id, evidence.start, evidence.end), QUOTE_ROLE)
        source = evidence.document_title
        if evidence.page is not None:
            source += self.tr(", page %1").replace("%1", str(evidence.page))
        return [quote, _item(""), _item(source, evidence.document_title)]


class RecordDetailView(QTreeView):
    """The detail tree; a click on a quote, or Enter on it, emits `quoteActivated`."""

    quoteActivated = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.clicked.connect(self.activate_quote)

    def setModel(self, model: RecordDetailModel) -> None:  # type: ignore[override]  # Qt override
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 230)

    def warning_icon(self) -> QIcon:
        """The style's warning icon (for conflict markers)."""
        return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def activate_quote(self, index: QModelIndex) -> bool:
        """Emit `quoteActivated` if `index` is on a quote row; returns whether it was."""
        if not index.isValid():
            return False
        target = index.siblingAtColumn(0).data(QUOTE_ROLE)
        if target is None:
            return False
        document_id, start, end = target
        self.quoteActivated.emit(document_id, int(start), int(end))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.activate_quote(self.currentIndex()):
            event.accept()
            return
        super().keyPressEvent(event)
