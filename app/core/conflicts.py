"""Conflicts: single-valued record fields whose live claims disagree, and deciding them.

A field is in conflict when its proposed and accepted claims hold more than one
distinct value and at least two of those values cannot both be right (the rules are
in `app.core.agreement`: ranges and approximations that overlap are not conflicts).
Fields that allow several values never conflict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field  # `field` is a FieldConflict attribute

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.core.agreement import value_key, values_agree
from app.core.claim_views import ClaimView, claim_rows, views_of_rows
from app.core.claims import resolve_claim
from app.core.errors import InvalidValue
from app.core.project import Project
from app.core.review import apply_decision
from database.models import Claim, Document, FieldDef, Record, RecordType

LIVE_STATUSES = ("proposed", "accepted")


@dataclass(frozen=True)
class ValueGroup:
    """One distinct value of a field and every claim that states it."""

    display: str
    claims: tuple[ClaimView, ...]

    @property
    def accepted(self) -> bool:
        """True when one of the group's claims is the accepted value."""
        return any(v.claim.status == "accepted" for v in self.claims)


@dataclass(frozen=True)
class FieldConflict:
    """A record field whose values disagree, the values side by side."""

    record: Record
    type_key: str
    field: FieldDef
    values: tuple[ValueGroup, ...]
    published: dict[str, str | None] = dataclass_field(default_factory=dict)  # document id -> date


@dataclass(frozen=True)
class ConflictResolution:
    """What deciding a conflict changed: one accepted, disagreeing ones rejected."""

    accepted: Claim
    rejected: tuple[str, ...]
    demoted: tuple[str, ...]  # accepted before, agreeing with the choice, now proposed
    kept: tuple[str, ...]  # agreeing claims left proposed


def find_conflicts(project: Project, record_id: str | None = None,
                   type_key: str | None = None) -> list[FieldConflict]:
    """Every single-valued field (of one record, or all live records) whose values disagree."""
    with project.read() as session:
        by_field = _live_claims_by_field(session, record_id, type_key)
        conflicting = {k: cs for k, cs in by_field.items() if _disagree(cs)}
        views = _views(session, [c.id for cs in conflicting.values() for c in cs])
        published = _published(session, views)
        out = []
        for (rid, fid), claims in conflicting.items():
            record = session.get(Record, rid)
            fdef = session.get(FieldDef, fid)
            rtype = session.get(RecordType, record.record_type_id) if record else None
            assert record is not None and fdef is not None and rtype is not None
            groups = _group(views[c.id] for c in claims)
            docs = {e.document_id for g in groups for v in g.claims for e in v.evidence}
            out.append(FieldConflict(record, rtype.key, fdef, groups,
                                     {d: published.get(d) for d in docs}))
    out.sort(key=lambda c: (c.record.label.casefold(), c.field.position))
    return out


def _live_claims_by_field(session: Session, record_id: str | None,
                          type_key: str | None) -> dict[tuple[str, str], list[Claim]]:
    crowded = (
        select(Claim.record_id, Claim.field_id)
        .where(col(Claim.status).in_(LIVE_STATUSES))
        .group_by(col(Claim.record_id), col(Claim.field_id)).having(sa.func.count() > 1)
    )
    if record_id is not None:
        crowded = crowded.where(Claim.record_id == record_id)
    pairs = set(session.exec(crowded))
    if not pairs:
        return {}
    stmt = (
        select(Claim).join(FieldDef, col(FieldDef.id) == Claim.field_id)
        .join(Record, col(Record.id) == Claim.record_id)
        .join(RecordType, col(RecordType.id) == Record.record_type_id)
        .where(col(Claim.status).in_(LIVE_STATUSES), col(FieldDef.multiple).is_(False),
               col(Record.merged_into_id).is_(None))
        .order_by(col(Claim.created_at), col(Claim.id))
    )
    if record_id is not None:
        stmt = stmt.where(Claim.record_id == record_id)
    if type_key is not None:
        stmt = stmt.where(RecordType.key == type_key)
    out: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in session.exec(stmt):
        if (claim.record_id, claim.field_id) in pairs:
            out[(claim.record_id, claim.field_id)].append(claim)
    return out


def _disagree(claims: list[Claim]) -> bool:
    return any(not values_agree(a, b) for i, a in enumerate(claims) for b in claims[i + 1:])


def _group(views: Iterable[ClaimView]) -> tuple[ValueGroup, ...]:
    groups: dict[tuple[object, ...], list[ClaimView]] = {}
    for view in views:
        groups.setdefault(value_key(view.claim), []).append(view)
    return tuple(ValueGroup(vs[0].value_display(), tuple(vs)) for vs in groups.values())


def _views(session: Session, claim_ids: list[str]) -> dict[str, ClaimView]:
    if not claim_ids:
        return {}
    rows = list(session.exec(claim_rows().where(col(Claim.id).in_(claim_ids))))
    return {view.claim.id: view for view in views_of_rows(session, rows)}


def _published(session: Session, views: dict[str, ClaimView]) -> dict[str, str | None]:
    ids = {e.document_id for v in views.values() for e in v.evidence}
    if not ids:
        return {}
    rows = session.exec(select(Document.id, Document.published).where(col(Document.id).in_(ids)))
    return {doc_id: published for doc_id, published in rows}


def resolve_conflict(project: Project, claim_ref: str, reason: str) -> ConflictResolution:
    """Decide a conflict for one claim's value, in one transaction.

    The chosen claim is accepted with `reason` as its note (four-eyes applies). The
    field's other proposed or accepted claims whose values *disagree* with it are
    rejected with a note naming the winner and the reason; claims that agree with it
    (the same value from another source, an overlapping range) stay proposed, since
    nothing argues against them. Disputed claims are left for their own review.
    """
    reason = reason.strip()
    if not reason:
        raise InvalidValue("say why this value wins; the reason is kept with the decision")
    with project.write("resolve conflict") as session:
        chosen = resolve_claim(session, claim_ref)
        fdef = session.get(FieldDef, chosen.field_id)
        assert fdef is not None
        if fdef.multiple:
            raise InvalidValue(f"{fdef.key} allows several values, so its claims do not conflict; "
                               "review them one by one")
        if chosen.status in ("rejected", "disputed"):
            raise InvalidValue(f"claim {chosen.id[:8]} is {chosen.status}; reopen it before choosing it")
        others = _rivals(session, chosen)
        outcome = apply_decision(session, project.editor, chosen, "accept", reason)
        note = f"conflict resolved in favour of {chosen.id}: {reason}"
        rejected, kept = [], []
        for other in others:
            if values_agree(chosen, other):
                kept.append(other.id)
                continue
            apply_decision(session, project.editor, other, "reject", note)
            rejected.append(other.id)
    demoted = tuple(d for d in outcome.demoted if d not in rejected)
    return ConflictResolution(chosen, tuple(rejected), demoted,
                              tuple(k for k in kept if k not in demoted))


def _rivals(session: Session, chosen: Claim) -> list[Claim]:
    stmt = select(Claim).where(
        Claim.record_id == chosen.record_id, Claim.field_id == chosen.field_id,
        col(Claim.status).in_(LIVE_STATUSES), col(Claim.id) != chosen.id,
    )
    return list(session.exec(stmt))
