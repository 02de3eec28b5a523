"""Put claims' review state back as it was (the undo of deciding several claims at once)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from app.core.claims import STATUSES
from app.core.errors import InvalidValue, NotFound
from app.core.project import Project
from database.models import Claim, utc_now

RESTORE_ACTION = "restore claims"


class ClaimState(NamedTuple):
    """A claim's review state: what `restore_claim_states` puts back."""

    claim_id: str
    status: str
    review_note: str | None
    reviewed_by: str | None
    reviewed_at: str | None


def claim_state(claim: Claim) -> ClaimState:
    """The review state of a claim as it stands (take it before a change to undo that change)."""
    return ClaimState(claim.id, claim.status, claim.review_note, claim.reviewed_by,
                      claim.reviewed_at)


# (claim_id, status, review_note, reviewed_by, reviewed_at), as a plain tuple or a ClaimState
StateTuple = tuple[str, str, str | None, str | None, str | None]


def restore_claim_states(project: Project, states: Iterable[ClaimState | StateTuple]) -> list[Claim]:
    """Set each claim's status, note, reviewer and review time, all in one transaction.

    Refused with nothing changed when a claim no longer exists or a status is unknown.
    Four-eyes review does not apply: this restores earlier decisions, it takes none.
    """
    wanted = [ClaimState(*state) for state in states]
    for state in wanted:
        if state.status not in STATUSES:
            raise InvalidValue(f"{state.status!r} is not a claim status; use one of "
                               f"{', '.join(STATUSES)}")
    restored: list[Claim] = []
    with project.write(RESTORE_ACTION) as session:
        for state in wanted:
            claim = session.get(Claim, state.claim_id)
            if claim is None:
                raise NotFound(f"claim {state.claim_id[:8]} no longer exists; nothing was restored")
            claim.status = state.status
            claim.review_note = state.review_note
            claim.reviewed_by = state.reviewed_by
            claim.reviewed_at = state.reviewed_at
            claim.updated_at = utc_now()
            session.add(claim)
            restored.append(claim)
    return restored
