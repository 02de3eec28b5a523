"""`claimdesk check`: is the project whole and consistent?"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.core.project import Project
from database.models import Claim, FieldDef


def check_project(project: Project) -> list[str]:
    """Every problem found, as sentences; an empty list means the project is sound."""
    with project.read() as session:
        problems = _sqlite_checks(session)
        if problems:
            return problems  # nothing further is trustworthy on a damaged file
        problems += _annotation_quotes(session)
        problems += _single_accepted(session)
        problems += _claim_fields(session)
        problems += _fts_coverage(session)
    return problems


def _sqlite_checks(session: Session) -> list[str]:
    problems = []
    result = [r[0] for r in session.execute(sa.text("PRAGMA integrity_check")).all()]
    if result != ["ok"]:
        problems += [f"SQLite integrity: {line}" for line in result[:20]]
    for table, rowid, parent, _fk in session.execute(sa.text("PRAGMA foreign_key_check")).all():
        problems.append(f"{table} row {rowid} refers to a missing {parent} row")
    return problems


def _annotation_quotes(session: Session) -> list[str]:
    # SQLite's substr() counts characters (code points) on TEXT, as Python's str does.
    rows = session.execute(sa.text(
        "SELECT a.id, a.start, a.\"end\", a.quote FROM annotation a "
        "JOIN document_text t ON t.document_id = a.document_id "
        "WHERE NOT a.orphaned AND substr(t.text, a.start + 1, a.\"end\" - a.start) IS NOT a.quote"
    )).all()
    return [f"annotation {aid}: the text at {start}–{end} no longer matches its quote {quote[:40]!r}"
            for aid, start, end, quote in rows]


def _single_accepted(session: Session) -> list[str]:
    # Two acceptances brought together by a merge are allowed while their clash is listed.
    listed = session.execute(sa.text(
        "SELECT c.record_id, c.field_id FROM merge_conflict m JOIN claim c ON c.id = m.row_id "
        "WHERE m.kind = 'accepted' AND m.resolved_at IS NULL")).all()
    stmt = (
        select(Claim.record_id, Claim.field_id, FieldDef.key, sa.func.count())
        .join(FieldDef, col(FieldDef.id) == Claim.field_id)
        .where(Claim.status == "accepted", col(FieldDef.multiple).is_(False))
        .group_by(Claim.record_id, Claim.field_id).having(sa.func.count() > 1)
    )
    exempt = {(r, f) for r, f in listed}
    return [f"record {rid} has {n} accepted values for single-valued field {key}"
            for rid, fid, key, n in session.exec(stmt) if (rid, fid) not in exempt]


def _claim_fields(session: Session) -> list[str]:
    # The core only makes claims on fields of the record's own type; views skip any other.
    rows = session.execute(sa.text(
        "SELECT c.id, f.\"key\" FROM claim c JOIN record r ON r.id = c.record_id "
        "JOIN field_def f ON f.id = c.field_id WHERE f.record_type_id != r.record_type_id LIMIT 20"
    )).all()
    return [f"claim {cid} is about field {key}, which its record's type does not have"
            for cid, key in rows]


def _fts_coverage(session: Session) -> list[str]:
    missing = session.execute(sa.text(
        "SELECT d.id FROM document d WHERE NOT EXISTS "
        "(SELECT 1 FROM document_fts f WHERE f.document_id = d.id)"
    )).all()
    return [f"document {r[0]} is missing from the search index" for r in missing]
