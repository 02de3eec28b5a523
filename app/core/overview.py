"""The review dashboard's numbers: claims by status and type, progress per day, gaps."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.core.project import Project
from database.models import ChangeLog, Claim, Evidence, FieldDef, Record, RecordType

DECIDED = ("accepted", "rejected", "disputed")


@dataclass(frozen=True)
class StatusCount:
    """How many claims about records of one type stand in one status."""

    type_key: str
    status: str
    count: int


@dataclass(frozen=True)
class DayProgress:
    """One day's review work: claims proposed and decisions taken (from the change log)."""

    day: str  # YYYY-MM-DD (UTC)
    proposed: int = 0
    accepted: int = 0
    rejected: int = 0
    disputed: int = 0


@dataclass(frozen=True)
class RecordGap:
    """A live record whose required fields lack a sourced, accepted value."""

    record_id: str
    label: str
    type_key: str
    missing: tuple[str, ...]  # field keys, in schema order


@dataclass(frozen=True)
class Overview:
    """Everything the dashboard shows."""

    by_status: tuple[StatusCount, ...]
    progress: tuple[DayProgress, ...]
    gaps: tuple[RecordGap, ...]

    def total(self, status: str | None = None) -> int:
        """Claims in a status (or all claims)."""
        return sum(s.count for s in self.by_status if status is None or s.status == status)


def overview(project: Project) -> Overview:
    """The dashboard's numbers in one read."""
    with project.read() as session:
        return Overview(tuple(_by_status(session)), tuple(_progress(session)),
                        tuple(_gaps(session)))


def claims_by_status(project: Project) -> list[StatusCount]:
    """Claims counted by record type and status (one GROUP BY)."""
    with project.read() as session:
        return _by_status(session)


def review_progress(project: Project) -> list[DayProgress]:
    """Per day: claims proposed, accepted, rejected and disputed, oldest day first."""
    with project.read() as session:
        return _progress(session)


def records_missing_required(project: Project) -> list[RecordGap]:
    """Live records with required fields that have no accepted claim with evidence."""
    with project.read() as session:
        return _gaps(session)


def _by_status(session: Session) -> list[StatusCount]:
    stmt = (
        select(RecordType.key, Claim.status, sa.func.count())
        .join(Record, col(Record.id) == Claim.record_id)
        .join(RecordType, col(RecordType.id) == Record.record_type_id)
        .group_by(col(RecordType.key), col(Claim.status))
        .order_by(col(RecordType.key), col(Claim.status))
    )
    return [StatusCount(key, status, n) for key, status, n in session.exec(stmt)]


def _progress(session: Session) -> list[DayProgress]:
    day = sa.func.substr(col(ChangeLog.at), 1, 10)
    status = ChangeLog.after["status"].as_string()  # type: ignore[index]
    decided = (
        select(day, status, sa.func.count())
        .where(ChangeLog.table_name == "claim", ChangeLog.op == "update",
               status.in_(DECIDED))
        .group_by(day, status)
    )
    proposed = (
        select(day, sa.func.count())
        .where(ChangeLog.table_name == "claim", ChangeLog.op == "insert").group_by(day)
    )
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for d, s, n in session.exec(decided):
        counts[d][s] = n
    for d, n in session.exec(proposed):
        counts[d]["proposed"] = n
    return [DayProgress(d, **counts[d]) for d in sorted(counts)]


def _gaps(session: Session) -> list[RecordGap]:
    required = list(session.exec(
        select(FieldDef, RecordType.key).join(RecordType, col(RecordType.id) == FieldDef.record_type_id)
        .where(col(FieldDef.required).is_(True)).order_by(col(FieldDef.position))))
    if not required:
        return []
    sourced = set(session.exec(
        select(Claim.record_id, Claim.field_id).join(Evidence, col(Evidence.claim_id) == Claim.id)
        .where(Claim.status == "accepted").distinct()))
    fields_by_type: dict[str, list[FieldDef]] = defaultdict(list)
    type_keys: dict[str, str] = {}
    for fdef, key in required:
        fields_by_type[fdef.record_type_id].append(fdef)
        type_keys[fdef.record_type_id] = key
    records = session.exec(
        select(Record).where(col(Record.merged_into_id).is_(None),
                             col(Record.record_type_id).in_(list(fields_by_type)))
        .order_by(sa.func.lower(col(Record.label)), col(Record.id)))
    out = []
    for record in records:
        missing = tuple(f.key for f in fields_by_type[record.record_type_id]
                        if (record.id, f.id) not in sourced)
        if missing:
            out.append(RecordGap(record.id, record.label, type_keys[record.record_type_id], missing))
    return out
