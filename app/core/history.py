"""History from the append-only change log."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session, col, or_, select

from app.core.project import Project
from app.core.references import by_id_or_prefix
from database.models import Annotation, ChangeLog, Claim, Document, Evidence, Record, RecordAlias


def history(
    project: Project, row_id: str | None = None, editor: str | None = None,
    since: str | None = None, until: str | None = None, limit: int = 200, offset: int = 0,
) -> list[ChangeLog]:
    """Changes, newest first; for one row (an id or id prefix), an editor, or a period.

    A record's history includes its claims, aliases, their evidence and records merged
    into it; a claim's includes its evidence; a document's its text, file and annotations.
    """
    stmt = select(ChangeLog).order_by(col(ChangeLog.at).desc(), col(ChangeLog.id))
    with project.read() as session:
        if row_id:
            related = related_row_ids(session, row_id)
            if related:
                stmt = stmt.where(col(ChangeLog.row_id).in_(related))
            else:
                # Not a live row (deleted, or a prefix): match ids and the rows that named it.
                prefix = row_id.strip().lower()
                stmt = stmt.where(or_(col(ChangeLog.row_id).like(f"{prefix}%"),
                                      _json_text(ChangeLog.after).contains(prefix),
                                      _json_text(ChangeLog.before).contains(prefix)))
        if editor:
            stmt = stmt.where(ChangeLog.editor == editor)
        if since:
            stmt = stmt.where(ChangeLog.at >= since)
        if until:
            stmt = stmt.where(ChangeLog.at < until)
        return list(session.exec(stmt.limit(limit).offset(offset)))


def related_row_ids(session: Session, ref: str) -> set[str]:
    """The row ids whose changes make up the history of a record, claim or document.

    Rows that no longer exist (a deleted claim, a moved alias) are found through the
    log itself, which names their owner in its before/after values. Empty when `ref`
    is not the id (or id prefix) of a live record, claim or document.
    """
    if (record := by_id_or_prefix(session, Record, ref, "record")) is not None:
        return _record_rows(session, record.id)
    if (claim := by_id_or_prefix(session, Claim, ref, "claim")) is not None:
        return _claim_rows(session, {claim.id})
    if (doc := by_id_or_prefix(session, Document, ref, "document")) is not None:
        annotations = set(session.exec(select(Annotation.id).where(Annotation.document_id == doc.id)))
        return {doc.id} | annotations | _logged_rows(session, "annotation", "document_id", {doc.id})
    return set()


def _record_rows(session: Session, record_id: str) -> set[str]:
    merged = set(session.exec(select(Record.id).where(Record.merged_into_id == record_id)))
    owners = {record_id} | merged
    claims = set(session.exec(select(Claim.id).where(col(Claim.record_id).in_(owners))))
    claims |= _logged_rows(session, "claim", "record_id", owners)
    aliases = set(session.exec(select(RecordAlias.id).where(col(RecordAlias.record_id).in_(owners))))
    aliases |= _logged_rows(session, "record_alias", "record_id", owners)
    return owners | aliases | _claim_rows(session, claims)


def _claim_rows(session: Session, claim_ids: set[str]) -> set[str]:
    if not claim_ids:
        return set()
    links = set(session.exec(select(Evidence.id).where(col(Evidence.claim_id).in_(claim_ids))))
    return claim_ids | links | _logged_rows(session, "evidence", "claim_id", claim_ids)


def _logged_rows(session: Session, table: str, column: str, owners: set[str]) -> set[str]:
    """Ids of `table` rows the log ever showed with `column` in `owners` (before or after)."""
    out: set[str] = set()
    stmt = select(ChangeLog.row_id, ChangeLog.before, ChangeLog.after).where(
        ChangeLog.table_name == table)
    # Filter cheaply in SQL on the JSON text first; confirm on the parsed values below.
    stmt = stmt.where(or_(*(_json_text(ChangeLog.after).contains(o)
                            | _json_text(ChangeLog.before).contains(o) for o in owners)))
    for row_id, before, after in session.exec(stmt):
        if (before or {}).get(column) in owners or (after or {}).get(column) in owners:
            out.add(row_id)
    return out


def _json_text(column: object) -> sa.ColumnElement[str]:
    """A JSON column as its text, for a cheap LIKE before the values are parsed."""
    return sa.cast(column, sa.Text)


def list_editors(project: Project) -> list[str]:
    """Everyone who has changed the project, for editor filters (from the change log, in SQL)."""
    with project.read() as session:
        rows = session.exec(select(ChangeLog.editor).distinct().order_by(col(ChangeLog.editor)))
        return list(rows)


def list_proposers(project: Project) -> list[str]:
    """Everyone who has proposed a claim, for the review queue's filter."""
    with project.read() as session:
        rows = session.exec(select(Claim.created_by).distinct().order_by(col(Claim.created_by)))
        return list(rows)
