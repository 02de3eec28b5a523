"""Review: accept, reject or dispute claims; at most one accepted value per single field."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from app.core.claims import resolve_claim
from app.core.errors import InvalidValue
from app.core.project import Project
from database.models import Claim, FieldDef, ProjectInfo, utc_now

DECISIONS = {"accept": "accepted", "reject": "rejected", "dispute": "disputed", "reopen": "proposed"}


@dataclass(frozen=True)
class ReviewOutcome:
    """The reviewed claim, its status before, and claims demoted from accepted to proposed."""

    claim: Claim
    previous_status: str
    demoted: list[str] = field(default_factory=list)


def review_claim(project: Project, claim_ref: str, decision: str, note: str | None = None) -> ReviewOutcome:
    """Record a reviewer's decision on a claim.

    Accepting a claim of a single-valued field demotes a previously accepted one to
    proposed (reported in `demoted`). With the project's four-eyes setting, nobody
    accepts a claim they proposed themselves.
    """
    if decision not in DECISIONS:
        raise InvalidValue(f"unknown decision {decision!r}; use accept, reject, dispute or reopen")
    with project.write(f"{decision} claim") as session:
        claim = resolve_claim(session, claim_ref)
        return apply_decision(session, project.editor, claim, decision, note)


def apply_decision(session: Session, editor: str, claim: Claim, decision: str,
                   note: str | None = None) -> ReviewOutcome:
    """`review_claim` inside a caller's transaction (conflict resolution decides several at once)."""
    previous = claim.status
    settings = session.exec(select(ProjectInfo)).one().settings or {}
    if decision == "accept" and settings.get("four_eyes") and claim.created_by == editor:
        raise InvalidValue("four-eyes review is on: someone else must accept a claim you proposed")
    demoted: list[str] = []
    if decision == "accept":
        demoted = _demote_other_accepted(session, claim)
    claim.status = DECISIONS[decision]
    claim.review_note = note if note is not None else claim.review_note
    claim.reviewed_by = editor if decision != "reopen" else None
    claim.reviewed_at = utc_now() if decision != "reopen" else None
    claim.updated_at = utc_now()
    session.add(claim)
    return ReviewOutcome(claim, previous, demoted)


def set_review_note(project: Project, claim_ref: str, note: str) -> Claim:
    """Replace a claim's review note without deciding (the change log keeps the old one)."""
    with project.write("note claim") as session:
        claim = resolve_claim(session, claim_ref)
        claim.review_note = note.strip() or None
        claim.updated_at = utc_now()
        session.add(claim)
    return claim


def _demote_other_accepted(session: Session, claim: Claim) -> list[str]:
    fdef = session.get(FieldDef, claim.field_id)
    if fdef is None or fdef.multiple:
        return []
    others = session.exec(
        select(Claim).where(Claim.record_id == claim.record_id, Claim.field_id == claim.field_id,
                            Claim.status == "accepted", col(Claim.id) != claim.id)
    ).all()
    for other in others:
        other.status = "proposed"
        other.updated_at = utc_now()
        session.add(other)
    session.flush()
    return [o.id for o in others]
