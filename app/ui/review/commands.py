"""Undoable review actions: notes, conflict decisions and record merges.

Each first run happens before the push (as `push_review` does for decisions), so an
expected refusal raises ClaimdeskError to the caller and leaves nothing on the stack;
`redo` runs the core again only after an undo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.core.errors import ClaimdeskError
from app.ui.claims.commands import _ProjectCommand
from app.ui.context import AppContext, Changes
from app.ui.settings import QT_TRANSLATE_NOOP

# The core is imported where it is called: the window shows before the store has loaded.
if TYPE_CHECKING:
    from app.core.claim_restore import ClaimState
    from app.core.conflicts import ConflictResolution
    from app.core.record_merge import MergeOutcome

# Enough to hold every claim of one record's field; conflicts rarely pass a handful.
_FIELD_CLAIMS_LIMIT = 10_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewCommands", text)


class SetReviewNoteCommand(_ProjectCommand):
    """Replace a claim's review note; undo puts the old note back."""

    def __init__(self, context: AppContext, claim_id: str, note: str, previous: str | None) -> None:
        super().__init__(context, _tr(QT_TRANSLATE_NOOP("ReviewCommands", "note claim")))
        self.claim_id, self.note, self.previous = claim_id, note, previous
        self._skip_redo = True

    def redo(self) -> None:
        from app.core.review import set_review_note

        if self._skip_redo:
            self._skip_redo = False
        else:
            set_review_note(self.project, self.claim_id, self.note)
        self._context.notify(Changes(claims=True))

    def undo(self) -> None:
        from app.core.review import set_review_note

        set_review_note(self.project, self.claim_id, self.previous or "")
        self._context.notify(Changes(claims=True))


def push_note(context: AppContext, claim_id: str, note: str) -> None:
    """Set a claim's review note as one undo step."""
    from app.core.claim_views import claim_view
    from app.core.review import set_review_note

    project = context.project
    assert project is not None
    previous = claim_view(project, claim_id).claim.review_note
    set_review_note(project, claim_id, note)
    context.undo_stack.push(SetReviewNoteCommand(context, claim_id, note, previous))


class ResolveConflictCommand(_ProjectCommand):
    """Choose one value of a conflicting field; undo restores every claim of that field."""

    def __init__(self, context: AppContext, claim_id: str, reason: str,
                 before: list[ClaimState], done: ConflictResolution) -> None:
        super().__init__(context, _tr(QT_TRANSLATE_NOOP("ReviewCommands", "resolve conflict")))
        self.claim_id, self.reason, self.before = claim_id, reason, before
        self.resolution = done
        self._skip_redo = True

    def redo(self) -> None:
        from app.core.conflicts import resolve_conflict

        if self._skip_redo:
            self._skip_redo = False
        else:
            self.resolution = resolve_conflict(self.project, self.claim_id, self.reason)
        self._context.notify(Changes(claims=True))

    def undo(self) -> None:
        from app.core.claim_restore import restore_claim_states

        restore_claim_states(self.project, self.before)
        self._context.notify(Changes(claims=True))


def push_resolve(context: AppContext, claim_id: str, reason: str) -> ConflictResolution:
    """Resolve a conflict in favour of a claim as one undo step (refusals raise, nothing pushed)."""
    from app.core.claim_restore import claim_state
    from app.core.claim_views import claim_view, list_claims
    from app.core.conflicts import resolve_conflict

    project = context.project
    assert project is not None
    chosen = claim_view(project, claim_id).claim
    field_claims = list_claims(project, record_id=chosen.record_id, field_id=chosen.field_id,
                               limit=_FIELD_CLAIMS_LIMIT)
    before = [claim_state(view.claim) for view in field_claims]
    done = resolve_conflict(project, claim_id, reason)
    context.undo_stack.push(ResolveConflictCommand(context, claim_id, reason, before, done))
    return done


class MergeRecordsCommand(_ProjectCommand):
    """Merge one record into another; undo unmerges exactly what the merge moved."""

    def __init__(self, context: AppContext, done: MergeOutcome) -> None:
        super().__init__(context, _tr(QT_TRANSLATE_NOOP("ReviewCommands", "merge records")))
        self.keep_id, self.other_id, self.outcome = done.keep_id, done.other_id, done
        self._skip_redo = True

    def redo(self) -> None:
        from app.core.record_merge import merge_records

        if self._skip_redo:
            self._skip_redo = False
        else:
            self.outcome = merge_records(self.project, self.keep_id, self.other_id)
        self._context.notify(Changes(claims=True, records=True))

    def undo(self) -> None:
        from app.core.record_merge import unmerge_records

        unmerge_records(self.project, self.outcome)
        self._context.notify(Changes(claims=True, records=True))


def push_merges(context: AppContext, keep_id: str, other_ids: list[str]) -> list[MergeOutcome]:
    """Merge each of `other_ids` into `keep_id` as one undo step.

    All merges run first; if one is refused, those already done are unmerged and the
    error is raised, so nothing is left half-way and nothing is pushed.
    """
    from app.core.record_merge import merge_records, unmerge_records

    project = context.project
    assert project is not None
    outcomes: list[MergeOutcome] = []
    try:
        for other_id in other_ids:
            outcomes.append(merge_records(project, keep_id, other_id))
    except ClaimdeskError:
        for outcome in reversed(outcomes):
            unmerge_records(project, outcome)
        context.notify(Changes(claims=True, records=True))
        raise
    stack = context.undo_stack
    stack.beginMacro(_tr(QT_TRANSLATE_NOOP("ReviewCommands", "merge records")))
    try:
        for outcome in outcomes:
            stack.push(MergeRecordsCommand(context, outcome))
    finally:
        stack.endMacro()
    return outcomes


class MarkDistinctCommand(_ProjectCommand):
    """Say a cluster's records are different things; undo offers them as duplicates again."""

    def __init__(self, context: AppContext, record_ids: list[str], added: list[str]) -> None:
        super().__init__(context, _tr(QT_TRANSLATE_NOOP("ReviewCommands", "mark records as different")))
        self.record_ids, self.added = record_ids, added
        self._skip_redo = True

    def redo(self) -> None:
        from app.core.duplicates import mark_distinct

        if self._skip_redo:
            self._skip_redo = False
        else:
            self.added = mark_distinct(self.project, self.record_ids)
        self._context.notify(Changes(records=True))

    def undo(self) -> None:
        from app.core.duplicates import unmark_distinct

        unmark_distinct(self.project, pair_ids=self.added)
        self._context.notify(Changes(records=True))


def push_distinct(context: AppContext, record_ids: list[str]) -> list[str]:
    """Mark records as different things as one undo step (refusals raise, nothing pushed)."""
    from app.core.duplicates import mark_distinct

    project = context.project
    assert project is not None
    added = mark_distinct(project, record_ids)
    context.undo_stack.push(MarkDistinctCommand(context, record_ids, added))
    return added
