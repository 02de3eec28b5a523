"""History from the append-only change log."""

from __future__ import annotations

from sqlmodel import col, or_, select

from app.core.project import Project
from database.models import ChangeLog


def history(
    project: Project, row_id: str | None = None, editor: str | None = None,
    since: str | None = None, until: str | None = None, limit: int = 200, offset: int = 0,
) -> list[ChangeLog]:
    """Changes, newest first; for one row (an id or id prefix), an editor, or a period."""
    stmt = select(ChangeLog).order_by(col(ChangeLog.at).desc(), col(ChangeLog.id))
    if row_id:
        # Side rows (text, aliases, evidence) point at their owner in their after/before data.
        prefix = row_id.strip().lower()
        stmt = stmt.where(or_(col(ChangeLog.row_id).like(f"{prefix}%"),
                              col(ChangeLog.after).contains(prefix),
                              col(ChangeLog.before).contains(prefix)))
    if editor:
        stmt = stmt.where(ChangeLog.editor == editor)
    if since:
        stmt = stmt.where(ChangeLog.at >= since)
    if until:
        stmt = stmt.where(ChangeLog.at < until)
    with project.read() as session:
        return list(session.exec(stmt.limit(limit).offset(offset)))
