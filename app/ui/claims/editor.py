"""The claim editor dock: the new-claim form and the claims of the clicked passage."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QDockWidget, QGroupBox, QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget,
)

from app.core.errors import ClaimdeskError
from app.ui.claims.claims_model import AnnotationClaimsModel
from app.ui.claims.commands import push_review
from app.ui.claims.form import ClaimForm, SpanTarget
from app.ui.context import AppContext, Changes


class ClaimEditorDock(QDockWidget):
    """Make claims from the reader's selection and review the claims of a passage."""

    message = Signal(str)  # one sentence for the status bar

    def __init__(self, context: AppContext, ui_lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Claim editor"), parent)
        self.setObjectName("claimEditorDock")
        self._context = context
        self._annotation_id: str | None = None
        body = QWidget(self)
        self.form = ClaimForm(context, ui_lang, body)
        new_box = QGroupBox(self.tr("New claim"), body)
        QVBoxLayout(new_box).addWidget(self.form)

        passage_box = QGroupBox(self.tr("Claims on this passage"), body)
        self.passage_label = QLabel(self.tr("Click a highlight in the reader to see its claims."), passage_box)
        self.passage_label.setWordWrap(True)
        self.claims_model = AnnotationClaimsModel(self, ui_lang)
        self.claims_view = QListView(passage_box)
        self.claims_view.setModel(self.claims_model)
        self.claims_view.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Accept"), passage_box)
        self.reject_button = QPushButton(self.tr("Reject"), passage_box)
        self.dispute_button = QPushButton(self.tr("Dispute"), passage_box)
        buttons = QHBoxLayout()
        for button, decision in ((self.accept_button, "accept"), (self.reject_button, "reject"),
                                 (self.dispute_button, "dispute")):
            button.clicked.connect(lambda _=False, d=decision: self.review_selected(d))
            buttons.addWidget(button)
        passage_layout = QVBoxLayout(passage_box)
        passage_layout.addWidget(self.passage_label)
        passage_layout.addWidget(self.claims_view, 1)
        passage_layout.addLayout(buttons)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(new_box)
        layout.addWidget(passage_box, 1)
        self.setWidget(body)

        self.form.saved.connect(self._on_saved)
        self.form.message.connect(self.message)
        self.claims_view.selectionModel().currentChanged.connect(self._update_buttons)
        context.changed.connect(self._on_changed)
        context.projectChanged.connect(lambda: self.show_annotation(None))
        self._update_buttons()

    def start_claim(self, target: SpanTarget) -> None:
        """Open the form for a selected span and bring the dock forward."""
        self.show()
        self.raise_()
        self.form.start(target)

    def show_annotation(self, annotation_id: str | None, select_claim: str | None = None) -> None:
        """List the claims a passage supports (None clears the list)."""
        self._annotation_id = annotation_id
        views = []
        if annotation_id is not None and self._context.project is not None:
            from app.core.claim_views import claims_of_annotation

            views = claims_of_annotation(self._context.project, annotation_id)
        self.claims_model.set_claims(views)
        if views:
            quote = views[0].evidence[0].quote if views[0].evidence else ""
            self.passage_label.setText(f"“{quote}”")
        elif annotation_id is not None:
            self.passage_label.setText(self.tr("No claims cite this passage yet."))
        else:
            self.passage_label.setText(self.tr("Click a highlight in the reader to see its claims."))
        row = self.claims_model.row_of(select_claim) if select_claim else (0 if views else -1)
        if row >= 0:
            self.claims_view.selectionModel().setCurrentIndex(
                self.claims_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._update_buttons()

    def selected_claim_id(self) -> str | None:
        """The claim the review actions apply to."""
        return self.claims_model.claim_id(self.claims_view.currentIndex().row())

    def review_selected(self, decision: str) -> bool:
        """Accept, reject or dispute the selected claim as one undoable step."""
        claim_id = self.selected_claim_id()
        if claim_id is None:
            self.message.emit(self.tr("Select a claim first: click a highlight in the reader."))
            return False
        try:
            push_review(self._context, claim_id, decision)
        except ClaimdeskError as exc:
            self.message.emit(str(exc))
            return False
        return True

    def _on_saved(self, claim_id: str, annotation_id: str) -> None:
        self.show_annotation(annotation_id, select_claim=claim_id)

    def _on_changed(self, changes: Changes) -> None:
        if changes.claims or changes.annotations:
            self.show_annotation(self._annotation_id, select_claim=self.selected_claim_id())

    def _update_buttons(self) -> None:
        enabled = self.selected_claim_id() is not None
        for button in (self.accept_button, self.reject_button, self.dispute_button):
            button.setEnabled(enabled)
