"""The review queue: filters, the claims awaiting a decision, and the quote in context.

A reviewer clears the queue from the keyboard: A accept, R reject, D dispute, N note,
J/Down next, K/Up previous. After a decision the selection moves to the next claim.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from app.core.errors import ClaimdeskError
from app.ui.claims.commands import push_review
from app.ui.context import AppContext, Changes
from app.ui.display import label_in
from app.ui.review.commands import push_note
from app.ui.review.common import (
    ReviewTab, combo_value, date_edit, date_text, proposal_line, quote_html,
    refill_combo, row_table, status_label,
)
from app.ui.review.queue_model import QueueFilterChoice, ReviewQueueModel, value_preview

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.queue import QueueItem

_DOCUMENT_LIMIT = 10_000  # titles for the document filter
DECISION_KEYS = {Qt.Key.Key_A: "accept", Qt.Key.Key_R: "reject", Qt.Key.Key_D: "dispute"}


class ReviewQueueView(ReviewTab):
    """Proposed and disputed claims with their quotes; decide each from the keyboard.

    Signal: `quoteActivated(document_id, start, end)` when "Open in document" is clicked
    or Enter is pressed on a claim (code-point offsets of its first quote).
    """

    quoteActivated = Signal(str, int, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("review-queue")
        self.model = ReviewQueueModel(self)
        self._editors: set[str] = set()
        self._filters_stale = True  # types and documents are read again on the next reload
        self._shown_project = context.project
        self._build()  # filled when first shown (ReviewTab.showEvent)
        context.changed.connect(self._on_documents_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        filters = QHBoxLayout()
        self.type_combo, self.document_combo, self.editor_combo = QComboBox(), QComboBox(), QComboBox()
        self.document_combo.setMinimumContentsLength(18)
        self.document_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.since_edit = date_edit(self)
        for label, widget in ((self.tr("Type"), self.type_combo),
                              (self.tr("Document"), self.document_combo),
                              (self.tr("Proposed by"), self.editor_combo),
                              (self.tr("Since"), self.since_edit)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        for combo in (self.type_combo, self.document_combo, self.editor_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.since_edit.dateChanged.connect(lambda _d: self.reload())
        filters.addStretch(1)
        self.count_label = QLabel()
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        self.table = row_table(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the value takes what is left
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda _index: self.open_quote(0))
        self.table.installEventFilter(self)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

    def _build_detail(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(4, 0, 0, 0)
        self.quote_view = QTextBrowser()
        self.quote_view.setOpenLinks(False)
        self.quote_view.anchorClicked.connect(self._on_link)
        self.quote_view.installEventFilter(self)
        layout.addWidget(self.quote_view, 1)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Review note (N), Enter saves"))
        self.note_edit.returnPressed.connect(self.save_note)
        self.note_edit.installEventFilter(self)
        layout.addWidget(self.note_edit)
        buttons = QHBoxLayout()
        self.decision_buttons: dict[str, QPushButton] = {}
        for decision, text in (("accept", self.tr("&Accept (A)")), ("reject", self.tr("&Reject (R)")),
                               ("dispute", self.tr("&Dispute (D)"))):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays on the table for the keys
            button.clicked.connect(lambda _c=False, d=decision: self.decide(d))
            buttons.addWidget(button)
            self.decision_buttons[decision] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status_label)
        return pane

    # ---------------------------------------------------------------- public API

    def reload(self) -> None:
        """Read the filters' choices and the queue again (keeps the selected claim if it is still there)."""
        project = self.project
        if project is not self._shown_project:  # another project: its own filters
            self._shown_project, self._filters_stale = project, True
            self._editors.clear()
        if project is not None and self._filters_stale:
            self._fill_fixed_filters()
        selected, row = self.selected_claim_id(), self.table.currentIndex().row()
        self.model.show_queue(project, self._choice())
        if project is not None:
            from app.core.history import list_proposers

            self._editors = set(list_proposers(project))
        refill_combo(self.editor_combo, self.tr("Anyone"), [(e, e) for e in sorted(self._editors)])
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("%1 of %2 claims").replace("%1", str(self.model.rowCount()))
                                 .replace("%2", str(self.model.total)))
        target = self.model.row_of(selected) if selected else None
        self.select_row(target if target is not None else min(max(row, 0), self.model.rowCount() - 1))

    def selected_claim_id(self) -> str | None:
        """The id of the claim on show, if any."""
        item = self.current_item()
        return item.claim_id if item else None

    def current_item(self) -> QueueItem | None:
        """The queue item on show, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        """Select a row (fetching more when it lies past the loaded ones); -1 clears the pane."""
        while row >= self.model.rowCount() and self.model.canFetchMore(self.table.rootIndex()):
            self.model.fetchMore(self.table.rootIndex())
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.table.clearSelection()
            self._show(None)

    def move(self, step: int) -> None:
        """Select the next (`1`) or previous (`-1`) claim."""
        current = self.table.currentIndex().row()
        self.select_row(min(max(current + step, 0), max(self.model.rowCount() - 1, 0)))

    def decide(self, decision: str) -> None:
        """Accept, reject or dispute the claim on show and move to the next one."""
        item = self.current_item()
        if item is None or self.project is None:
            return
        row = self.table.currentIndex().row()
        try:
            outcome = push_review(self.context, item.claim_id, decision)
        except ClaimdeskError as exc:
            self.show_message(str(exc))  # e.g. four-eyes review; nothing changed
            return
        self.reload()
        still = self.model.row_of(item.claim_id)  # a disputed claim stays in the queue
        self.select_row(still + 1 if still is not None and still + 1 < self.model.rowCount()
                        else min(row, self.model.rowCount() - 1))
        message = self.tr("%1 claim: %2 · %3").replace("%1", status_label(outcome.claim.status)) \
            .replace("%2", item.view.record_label).replace("%3", item.view.field_label(self.language))
        if outcome.demoted:
            message += " " + self.tr("(the value accepted before is proposed again)")
        self.show_message(message)

    def edit_note(self) -> None:
        """Put the cursor in the note line (Enter saves, Escape goes back to the queue)."""
        if self.current_item() is not None:
            self.note_edit.setFocus()
            self.note_edit.selectAll()

    def save_note(self) -> None:
        """Save the note line as the claim's review note (one undo step)."""
        item = self.current_item()
        if item is None:
            return
        try:
            push_note(self.context, item.claim_id, self.note_edit.text())
        except ClaimdeskError as exc:
            self.show_message(str(exc))
            return
        self.show_message(self.tr("Note saved."))
        self.table.setFocus()

    def open_quote(self, index: int = 0) -> None:
        """Emit `quoteActivated` for the claim's `index`-th quote."""
        item = self.current_item()
        if item is not None and 0 <= index < len(item.quotes):
            quote = item.quotes[index]
            self.quoteActivated.emit(quote.document_id, quote.start, quote.end)

    def show_message(self, text: str) -> None:
        """Say what happened (or why nothing did) under the detail pane."""
        self.status_label.setText(text)

    # ---------------------------------------------------------------- reacting

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.note_edit:
            if event.key() == Qt.Key.Key_Escape:
                item = self.current_item()
                self.note_edit.setText(item.view.claim.review_note or "" if item else "")
                self.table.setFocus()
                return True
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Ctrl+Z and friends belong to the window
        key = event.key()
        if key in DECISION_KEYS:
            self.decide(DECISION_KEYS[Qt.Key(key)])
        elif key == Qt.Key.Key_N:
            self.edit_note()
        elif key in (Qt.Key.Key_J, Qt.Key.Key_Down):
            self.move(1)
        elif key in (Qt.Key.Key_K, Qt.Key.Key_Up):
            self.move(-1)
        else:
            return False
        return True

    def _on_documents_changed(self, changes: Changes) -> None:
        if changes.documents or changes.schema:
            self._filters_stale = True
            self._refresh()

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "quote":
            self.open_quote(int(url.path() or 0))

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.current_item())
        self.show_message("")

    # ---------------------------------------------------------------- helpers

    def _fill_fixed_filters(self) -> None:
        project = self.project
        assert project is not None
        from app.core.documents import document_titles
        from app.core.schema import schema_types

        types = [(label_in(t, self.language), t.key) for t, _fields in schema_types(project)]
        refill_combo(self.type_combo, self.tr("All types"), types)
        refill_combo(self.document_combo, self.tr("All documents"),
                     document_titles(project, limit=_DOCUMENT_LIMIT))
        self._filters_stale = False

    def _choice(self) -> QueueFilterChoice:
        return QueueFilterChoice(combo_value(self.type_combo), combo_value(self.document_combo),
                                 combo_value(self.editor_combo), date_text(self.since_edit))

    def _show(self, item: QueueItem | None) -> None:
        for button in self.decision_buttons.values():
            button.setEnabled(item is not None)
        self.note_edit.setEnabled(item is not None)
        if item is None:
            self.note_edit.clear()
            self.quote_view.setHtml(html.escape(self.tr("The queue is empty: nothing awaits review here.")
                                                if self.model.rowCount() == 0
                                                else self.tr("Select a claim to see its quotes.")))
            return
        self.note_edit.setText(item.view.claim.review_note or "")
        self.note_edit.setCursorPosition(0)
        self.quote_view.setHtml(self._detail_html(item))

    def _detail_html(self, item: QueueItem) -> str:
        view, claim, esc = item.view, item.view.claim, html.escape
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        parts = [
            f"<p><b>{esc(view.record_label)}</b> · {esc(view.field_label(self.language))}</p>",
            f'<p style="font-size:large"><b>{esc(value_preview(item, self.language))}</b></p>',
            f'<p style="color:{muted}">'
            + esc(proposal_line(claim.status, claim.created_by, claim.created_at)) + "</p>",
        ]
        if claim.review_note:
            parts.append(f"<p><i>{esc(claim.review_note)}</i></p>")
        if not item.quotes:
            parts.append("<p><i>" + esc(self.tr("No quote supports this claim.")) + "</i></p>")
        for index, quote in enumerate(item.quotes):
            where = [quote.document_title]
            if quote.page is not None:
                where.append(self.tr("p. %1").replace("%1", str(quote.page)))
            if quote.document_published:
                where.append(quote.document_published)
            parts.append(f"<hr/><p>{quote_html(quote.prefix, quote.quote, quote.suffix)}</p>"
                         f'<p style="color:{muted}">{esc(" · ".join(where))} — '
                         f'<a href="quote:{index}">' + esc(self.tr("Open in document")) + "</a></p>")
        return "".join(parts)
