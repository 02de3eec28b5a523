"""Records: the organisations, facilities, programmes and commitments claims are about."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.core.errors import InvalidValue, NotFound
from app.core.project import Project
from app.core.references import by_id_or_prefix, casefold_eq, one_of
from app.core.schema import get_record_type
from database.models import Claim, Record, RecordAlias, RecordType, utc_now


@dataclass(frozen=True)
class RecordRow:
    """A record as listings show it."""

    record: Record
    type_key: str
    aliases: tuple[str, ...]
    claims: int


def add_record(
    project: Project, type_key: str, label: str, aliases: list[str] | tuple[str, ...] = (),
    description: str = "", record_id: str | None = None,
) -> Record:
    """Create a record of a type, with optional aliases.

    `record_id` re-creates a record under its old id (redo after undo).
    """
    label = label.strip()
    if not label:
        raise InvalidValue("a record needs a label")
    with project.write("add record") as session:
        rtype = get_record_type(session, type_key)
        record = Record(record_type_id=rtype.id, label=label, description=description,
                        created_by=project.editor)
        if record_id:
            record.id = record_id
        session.add(record)
        session.flush()
        for alias in _clean_aliases(aliases, label):
            session.add(RecordAlias(record_id=record.id, alias=alias))
    return record


def remove_record(project: Project, record_id: str) -> Record:
    """Delete a record nothing refers to (undo of creating it); a used record is refused."""
    with project.write("remove record") as session:
        record = session.get(Record, record_id)
        if record is None:
            raise NotFound(f"no record {record_id!r}")
        used = session.exec(
            select(sa.func.count()).select_from(Claim).where(
                sa.or_(col(Claim.record_id) == record.id, col(Claim.ref_record_id) == record.id))
        ).one()
        redirects = session.exec(
            select(sa.func.count()).select_from(Record).where(Record.merged_into_id == record.id)
        ).one()
        if used or redirects:
            raise InvalidValue(f"the record {record.label!r} is still used; it cannot be removed")
        # Aliases through the ORM so the change log records them too.
        for alias in session.exec(select(RecordAlias).where(RecordAlias.record_id == record.id)):
            session.delete(alias)
        session.flush()
        session.delete(record)
    return record


def record_type_of(project: Project, record_id: str) -> RecordType:
    """The record type of a record (the claim editor limits fields to it)."""
    with project.read() as session:
        record = resolve_record(session, record_id)
        rtype = session.get(RecordType, record.record_type_id)
        assert rtype is not None  # a foreign key
        return rtype


def _clean_aliases(aliases: list[str] | tuple[str, ...], label: str) -> list[str]:
    seen = {label.casefold()}
    out = []
    for alias in (a.strip() for a in aliases):
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            out.append(alias)
    return out


def rename_record(project: Project, ref: str, new_label: str) -> Record:
    """Give a record a new label; the old label stays findable as an alias."""
    new_label = new_label.strip()
    if not new_label:
        raise InvalidValue("a record needs a label")
    with project.write("rename record") as session:
        record = resolve_record(session, ref)
        old = record.label
        record.label = new_label
        record.updated_at = utc_now()
        if old.casefold() != new_label.casefold() and old.casefold() not in _aliases_cf(session, record.id):
            session.add(RecordAlias(record_id=record.id, alias=old))
        session.add(record)
    return record


def add_alias(project: Project, ref: str, alias: str) -> Record:
    """Add another name under which a record is found."""
    alias = alias.strip()
    if not alias:
        raise InvalidValue("an alias cannot be empty")
    with project.write("add alias") as session:
        record = resolve_record(session, ref)
        if alias.casefold() != record.label.casefold() and alias.casefold() not in _aliases_cf(session, record.id):
            session.add(RecordAlias(record_id=record.id, alias=alias))
    return record


def _aliases_cf(session: Session, record_id: str) -> set[str]:
    rows = session.exec(select(RecordAlias.alias).where(RecordAlias.record_id == record_id))
    return {a.casefold() for a in rows}


def aliases_of(session: Session, record_id: str) -> list[str]:
    """A record's aliases in the order they were added."""
    stmt = select(RecordAlias.alias).where(RecordAlias.record_id == record_id)
    return list(session.exec(stmt.order_by(col(RecordAlias.id))))


def resolve_record(session: Session, ref: str, type_key: str | None = None) -> Record:
    """A record by id, id prefix, label or alias; a merged record leads to its survivor."""
    record = by_id_or_prefix(session, Record, ref, "record")
    if record is None:
        record = _by_name(session, ref, type_key)
    seen = {record.id}
    while record.merged_into_id is not None:
        record = session.get(Record, record.merged_into_id)
        if record is None or record.id in seen:
            raise NotFound(f"the record {ref!r} was merged into one that no longer exists")
        seen.add(record.id)
    return record


def _by_name(session: Session, ref: str, type_key: str | None) -> Record:
    by_label = select(Record).where(casefold_eq(col(Record.label), ref))
    by_alias = (
        select(Record).join(RecordAlias, col(RecordAlias.record_id) == Record.id)
        .where(casefold_eq(col(RecordAlias.alias), ref))
    )
    if type_key is not None:
        rtype = get_record_type(session, type_key)
        by_label = by_label.where(Record.record_type_id == rtype.id)
        by_alias = by_alias.where(Record.record_type_id == rtype.id)
    rows = list(session.exec(by_label.where(col(Record.merged_into_id).is_(None)).limit(6)))
    if not rows:
        rows = list(session.exec(by_alias.limit(6)))
    rows = list({r.id: r for r in rows}.values())
    return one_of(rows, ref, "record", lambda r: f"{r.id[:8]} {r.label}")


def get_record(project: Project, ref: str) -> Record:
    """A record by id, id prefix, label or alias."""
    with project.read() as session:
        return resolve_record(session, ref)


def list_records(
    project: Project, type_key: str | None = None, limit: int = 100, offset: int = 0,
    include_merged: bool = False,
) -> list[RecordRow]:
    """A page of records (by label) with their types, aliases and claim counts."""
    claim_count = select(sa.func.count()).where(Claim.record_id == Record.id).scalar_subquery()
    stmt = (
        select(Record, RecordType.key, claim_count)
        .join(RecordType, col(RecordType.id) == Record.record_type_id)
        .order_by(sa.func.lower(col(Record.label)), col(Record.id)).limit(limit).offset(offset)
    )
    if not include_merged:
        stmt = stmt.where(col(Record.merged_into_id).is_(None))
    with project.read() as session:
        if type_key is not None:
            stmt = stmt.where(Record.record_type_id == get_record_type(session, type_key).id)
        rows = list(session.exec(stmt))
        return [RecordRow(r, key, tuple(aliases_of(session, r.id)), n) for r, key, n in rows]


def record_names(project: Project, type_key: str | None = None) -> list[tuple[str, str, list[str]]]:
    """(id, label, aliases) of every live record, for fuzzy pickers."""
    with project.read() as session:
        stmt = select(Record.id, Record.label).where(col(Record.merged_into_id).is_(None))
        if type_key is not None:
            stmt = stmt.where(Record.record_type_id == get_record_type(session, type_key).id)
        records = list(session.exec(stmt))
        aliases: dict[str, list[str]] = {}
        for rid, alias in session.exec(select(RecordAlias.record_id, RecordAlias.alias)):
            aliases.setdefault(rid, []).append(alias)
        return [(rid, label, aliases.get(rid, [])) for rid, label in records]
