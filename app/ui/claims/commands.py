"""Undoable claim actions; each redo/undo is one core call (after Orange canvas's commands).

Ids are chosen when a command is made, so a redo after an undo brings back the very
same rows and every reference to them (evidence, the selected claim) stays valid.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.ui.context import AppContext, Changes

# The core is imported where it is called: the window shows before the store has loaded.
if TYPE_CHECKING:
    from app.core.claim_restore import ClaimState
    from app.core.project import Project
    from app.core.review import ReviewOutcome


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClaimCommands", text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, for lupdate)
    """Mark `text` for translation; `_tr` translates it where shown."""
    return text


def _new_id() -> str:
    return str(uuid.uuid4())


class _ProjectCommand(QUndoCommand):
    """Holds the context; the project is looked up at run time (it may be reopened)."""

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(text)
        self._context = context

    @property
    def project(self) -> Project:
        project = self._context.project
        assert project is not None, "undo stack is cleared when a project closes"
        return project


class AddRecordCommand(_ProjectCommand):
    """Create a record (typed inline in the claim editor)."""

    def __init__(self, context: AppContext, type_key: str, label: str) -> None:
        super().__init__(context, QCoreApplication.translate("ClaimCommands", "add record"))
        self.type_key, self.label, self.record_id = type_key, label, _new_id()

    def redo(self) -> None:
        from app.core.records import add_record

        add_record(self.project, self.type_key, self.label, record_id=self.record_id)
        self._context.notify(Changes(records=True))

    def undo(self) -> None:
        from app.core.records import remove_record

        remove_record(self.project, self.record_id)
        self._context.notify(Changes(records=True))


class AddAnnotationCommand(_ProjectCommand):
    """Mark a span of a document (code-point offsets)."""

    def __init__(self, context: AppContext, document_id: str, start: int, end: int) -> None:
        super().__init__(context, QCoreApplication.translate("ClaimCommands", "add annotation"))
        self.document_id, self.start, self.end = document_id, start, end
        self.annotation_id = _new_id()

    def redo(self) -> None:
        from app.core.annotations import add_annotation

        add_annotation(self.project, self.document_id, start=self.start, end=self.end,
                       annotation_id=self.annotation_id)
        self._context.notify(Changes(annotations=frozenset({self.document_id})))

    def undo(self) -> None:
        from app.core.annotations import remove_annotation

        remove_annotation(self.project, self.annotation_id)
        self._context.notify(Changes(annotations=frozenset({self.document_id})))


class AddClaimCommand(_ProjectCommand):
    """Claim a value for a record's field with evidence."""

    def __init__(self, context: AppContext, record_id: str, field_key: str, value: str,
                 evidence: list[str], lang: str, document_id: str | None = None) -> None:
        super().__init__(context, QCoreApplication.translate("ClaimCommands", "add claim"))
        self.record_id, self.field_key, self.value = record_id, field_key, value
        self.evidence, self.lang, self.document_id = list(evidence), lang, document_id
        self.claim_id = _new_id()
        self.warnings: list[str] = []

    def _changes(self) -> Changes:
        docs = frozenset({self.document_id} if self.document_id else ())
        return Changes(claims=True, annotations=docs)

    def redo(self) -> None:
        from app.core.claims import add_claim

        added = add_claim(self.project, self.record_id, self.field_key, self.value,
                          evidence=self.evidence, lang=self.lang, claim_id=self.claim_id)
        self.warnings = added.warnings
        self._context.notify(self._changes())

    def undo(self) -> None:
        from app.core.claims import delete_claim

        delete_claim(self.project, self.claim_id)
        self._context.notify(self._changes())


@dataclass(frozen=True)
class NewClaim:
    """Everything the claim editor collected; `record_id` None means create `new_record`."""

    document_id: str
    start: int
    end: int
    record_id: str | None
    new_record: tuple[str, str] | None  # (type key, label)
    field_key: str
    value: str
    lang: str


def push_new_claim(context: AppContext, draft: NewClaim) -> AddClaimCommand:
    """Record (if new), annotation and claim as one undo step; returns the claim's command."""
    stack = context.undo_stack
    stack.beginMacro(QCoreApplication.translate("ClaimCommands", "add claim"))
    try:
        record_id = draft.record_id
        if record_id is None:
            assert draft.new_record is not None
            record_cmd = AddRecordCommand(context, *draft.new_record)
            stack.push(record_cmd)
            record_id = record_cmd.record_id
        annotation_cmd = AddAnnotationCommand(context, draft.document_id, draft.start, draft.end)
        stack.push(annotation_cmd)
        claim_cmd = AddClaimCommand(context, record_id, draft.field_key, draft.value,
                                    [annotation_cmd.annotation_id], draft.lang, draft.document_id)
        stack.push(claim_cmd)
    finally:
        stack.endMacro()
    return claim_cmd


class ReviewClaimCommand(_ProjectCommand):
    """Accept, reject or dispute a claim; undo restores its status and re-accepts demoted ones."""

    TEXTS = {"accept": QT_TRANSLATE_NOOP("ClaimCommands", "accept claim"),
             "reject": QT_TRANSLATE_NOOP("ClaimCommands", "reject claim"),
             "dispute": QT_TRANSLATE_NOOP("ClaimCommands", "dispute claim"),
             "reopen": QT_TRANSLATE_NOOP("ClaimCommands", "reopen claim")}

    def __init__(self, context: AppContext, claim_id: str, decision: str,
                 done: ReviewOutcome, note: str | None = None,
                 before: list[ClaimState] | None = None) -> None:
        super().__init__(context, _tr(self.TEXTS[decision]))
        self.claim_id, self.decision, self.note = claim_id, decision, note
        self.previous_status, self.demoted = done.previous_status, done.demoted
        # Everything the decision changed, as it was: status, note, reviewer and time.
        self.before = before or []
        self._skip_redo = True  # the decision was already taken by push_review

    def redo(self) -> None:
        from app.core.review import review_claim

        if self._skip_redo:
            self._skip_redo = False
        else:
            outcome = review_claim(self.project, self.claim_id, self.decision, self.note)
            self.previous_status, self.demoted = outcome.previous_status, outcome.demoted
        self._context.notify(Changes(claims=True))

    def undo(self) -> None:
        from app.core.claim_restore import restore_claim_states
        from app.core.review import DECISIONS, review_claim

        if self.before:
            # One transaction, and no four-eyes refusal: this restores decisions, it takes none.
            restore_claim_states(self.project, self.before)
        else:
            # The decision that brings the claim back to its earlier status.
            back = next(d for d, status in DECISIONS.items() if status == self.previous_status)
            review_claim(self.project, self.claim_id, back)
            for claim_id in self.demoted:
                review_claim(self.project, claim_id, "accept")
        self._context.notify(Changes(claims=True))


def push_review(context: AppContext, claim_id: str, decision: str,
                note: str | None = None) -> ReviewOutcome:
    """Review a claim and put it on the undo stack.

    The first decision runs before the push so an expected refusal (four-eyes review)
    raises ClaimdeskError to the caller and leaves nothing on the stack.
    """
    from app.core.claim_restore import claim_state
    from app.core.claim_views import claim_view
    from app.core.review import review_claim

    project = context.project
    assert project is not None
    target = claim_state(claim_view(project, claim_id).claim)
    outcome = review_claim(project, claim_id, decision, note)
    # Demotion changes only the status, so a demoted claim's earlier state is its
    # present one with status accepted.
    demoted = [claim_state(claim_view(project, d).claim)._replace(status="accepted")
               for d in outcome.demoted]
    context.undo_stack.push(ReviewClaimCommand(context, outcome.claim.id, decision, outcome, note,
                                               [target, *demoted]))
    return outcome
