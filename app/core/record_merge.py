"""Merge two records that are the same thing, and undo such a merge exactly.

The surviving record keeps its id. The other record's claims (and claims that refer
to it) move to the survivor, its aliases follow, its label becomes an alias, and it
stays behind as a redirect (`merged_into_id`), so old ids still resolve. Everything
goes through the ORM in one transaction, so the change log holds every step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlmodel import Session, col, select

from app.core.errors import ClaimdeskError, InvalidValue
from app.core.project import Project
from app.core.records import resolve_record
from database.models import Claim, FieldDef, Record, RecordAlias, utc_now

MERGE_ACTION = "merge records"


@dataclass(frozen=True)
class RemovedAlias:
    """An alias of the other record dropped because the survivor already had that name."""

    id: str
    alias: str


@dataclass(frozen=True)
class RowStamp:
    """A row's `updated_at` before the merge touched it (undo puts it back)."""

    table: str  # "claim" or "record"
    id: str
    updated_at: str


@dataclass(frozen=True)
class MergeOutcome:
    """Exactly what a merge changed, so `unmerge_records` can put it back."""

    keep_id: str
    other_id: str
    keep_label: str
    other_label: str
    moved_claim_ids: tuple[str, ...]  # claims about the other record
    moved_ref_claim_ids: tuple[str, ...]  # claims whose value referred to it
    moved_alias_ids: tuple[str, ...]
    removed_aliases: tuple[RemovedAlias, ...]
    added_alias_ids: tuple[str, ...]  # the other's label as an alias of the survivor
    demoted_claim_ids: tuple[str, ...]  # accepted on both sides: the other's goes back to proposed
    stamps: tuple[RowStamp, ...] = ()


def merge_records(project: Project, keep_ref: str, other_ref: str) -> MergeOutcome:
    """Merge `other` into `keep` (both of one type) in one transaction; returns what moved."""
    with project.write(MERGE_ACTION) as session, session.no_autoflush:
        keep = resolve_record(session, keep_ref)
        other = resolve_record(session, other_ref)
        _check_mergeable(keep, other)
        claims = list(session.exec(select(Claim).where(Claim.record_id == other.id)))
        refs = list(session.exec(select(Claim).where(Claim.ref_record_id == other.id)))
        demoted = _accepted_clashes(session, keep.id, claims)
        alias_moves, removed, added = _plan_aliases(session, keep, other)
        touched: tuple[Claim | Record, ...] = (*claims, *refs, keep, other)
        # SQLModel types __tablename__ as `str | Callable`; Claim and Record set a plain str.
        stamps = tuple(RowStamp(cast(str, r.__tablename__), r.id, r.updated_at) for r in touched)
        now = utc_now()
        for claim in claims:
            claim.record_id = keep.id
            if claim.id in demoted:
                claim.status = "proposed"
        for claim in refs:
            claim.ref_record_id = keep.id
        for row in (*claims, *refs, keep, other):
            row.updated_at = now
        for alias in alias_moves:
            alias.record_id = keep.id
        for alias in removed:
            session.delete(alias)
        for alias in added:
            session.add(alias)
        other.merged_into_id = keep.id
        session.add_all([*claims, *refs, *alias_moves, other, keep])
        return MergeOutcome(
            keep.id, other.id, keep.label, other.label,
            tuple(c.id for c in claims), tuple(c.id for c in refs),
            tuple(a.id for a in alias_moves), tuple(RemovedAlias(a.id, a.alias) for a in removed),
            tuple(a.id for a in added), tuple(sorted(demoted)), stamps,
        )


def _check_mergeable(keep: Record, other: Record) -> None:
    if keep.id == other.id:
        raise InvalidValue(f"{keep.label!r} and {other.label!r} are already the same record")
    if keep.record_type_id != other.record_type_id:
        raise InvalidValue(
            f"{keep.label!r} and {other.label!r} are records of different types; only records "
            "of one type can be merged")


def _accepted_clashes(session: Session, keep_id: str, moving: list[Claim]) -> set[str]:
    """The other's accepted claims of single-valued fields the survivor already has accepted."""
    accepted_fields = set(session.exec(
        select(Claim.field_id).join(FieldDef, col(FieldDef.id) == Claim.field_id)
        .where(Claim.record_id == keep_id, Claim.status == "accepted",
               col(FieldDef.multiple).is_(False))))
    return {c.id for c in moving if c.status == "accepted" and c.field_id in accepted_fields}


def _plan_aliases(session: Session, keep: Record, other: Record
                  ) -> tuple[list[RecordAlias], list[RecordAlias], list[RecordAlias]]:
    """(aliases to move, aliases to drop as already known, aliases to add) for a merge."""
    known = {keep.label.casefold()} | {
        a.casefold() for a in session.exec(
            select(RecordAlias.alias).where(RecordAlias.record_id == keep.id))}
    moves, removed = [], []
    for alias in session.exec(select(RecordAlias).where(RecordAlias.record_id == other.id)
                              .order_by(col(RecordAlias.id))):
        if alias.alias.casefold() in known:
            removed.append(alias)
        else:
            known.add(alias.alias.casefold())
            moves.append(alias)
    added = [] if other.label.casefold() in known else \
        [RecordAlias(record_id=keep.id, alias=other.label)]
    return moves, removed, added


def unmerge_records(project: Project, outcome: MergeOutcome) -> Record:
    """Undo a merge exactly: claims, references and aliases go back; the redirect is lifted.

    Refused, with nothing changed, when something the merge moved has changed since
    (undo the later change first).
    """
    with project.write("unmerge records") as session, session.no_autoflush:
        other = session.get(Record, outcome.other_id)
        if other is None or other.merged_into_id != outcome.keep_id:
            raise ClaimdeskError(f"{outcome.other_label!r} is not merged into "
                                 f"{outcome.keep_label!r} any more; nothing to undo")
        for claim_id in outcome.moved_claim_ids:
            claim = _moved_claim(session, claim_id, "record_id", outcome)
            claim.record_id = other.id
            if claim_id in outcome.demoted_claim_ids:
                claim.status = "accepted"
            session.add(claim)
        for claim_id in outcome.moved_ref_claim_ids:
            claim = _moved_claim(session, claim_id, "ref_record_id", outcome)
            claim.ref_record_id = other.id
            session.add(claim)
        _restore_aliases(session, outcome)
        other.merged_into_id = None
        session.add(other)
        _restore_stamps(session, outcome)
    return other


def _restore_stamps(session: Session, outcome: MergeOutcome) -> None:
    models = {"claim": Claim, "record": Record}
    for stamp in outcome.stamps:
        row = session.get(models[stamp.table], stamp.id)  # type: ignore[arg-type]
        if row is not None:
            row.updated_at = stamp.updated_at
            session.add(row)


def _moved_claim(session: Session, claim_id: str, column: str, outcome: MergeOutcome) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None or getattr(claim, column) != outcome.keep_id:
        raise ClaimdeskError(f"claim {claim_id[:8]} changed after the merge; undo that change first")
    return claim


def _restore_aliases(session: Session, outcome: MergeOutcome) -> None:
    for alias_id in outcome.moved_alias_ids:
        alias = session.get(RecordAlias, alias_id)
        if alias is None or alias.record_id != outcome.keep_id:
            raise ClaimdeskError(f"an alias of {outcome.keep_label!r} changed after the merge; "
                                 "undo that change first")
        alias.record_id = outcome.other_id
        session.add(alias)
    for alias_id in outcome.added_alias_ids:
        added = session.get(RecordAlias, alias_id)
        if added is not None:
            session.delete(added)
    for removed in outcome.removed_aliases:
        session.add(RecordAlias(id=removed.id, record_id=outcome.other_id, alias=removed.alias))
