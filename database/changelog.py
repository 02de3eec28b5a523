"""Writes the append-only change log in the same flush as every change.

Hooked on the ORM flush, so no use case can change a row without a log entry.
Bulk SQL statements bypass it; core code therefore changes rows through the ORM.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import Session, SQLModel

from database.models import ChangeLog, DocumentFile, DocumentText, utc_now

# Columns whose values are too large for the log; a length stands in for them.
_SUMMARISED = {"text", "data"}


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, bytes):
        return {"bytes": len(value)}
    return value


def _row_dict(obj: SQLModel) -> dict[str, Any]:
    state = sa.inspect(obj)
    out: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        value = getattr(obj, attr.key)
        if attr.key in _SUMMARISED and isinstance(obj, (DocumentText, DocumentFile)):
            out[attr.key] = {"length": len(value or "")}
        else:
            out[attr.key] = _plain(value)
    return out


def _changed(obj: SQLModel) -> tuple[dict[str, Any], dict[str, Any]]:
    state = sa.inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if hist.has_changes() and hist.deleted != hist.added:
            before[attr.key] = _plain(hist.deleted[0]) if hist.deleted else None
            after[attr.key] = _plain(hist.added[0]) if hist.added else None
    return before, after


def _row_id(obj: SQLModel) -> str:
    identity = sa.inspect(obj).mapper.primary_key_from_instance(obj)
    return "/".join(str(part) for part in identity)


def _next_at(session: Session) -> str:
    """Now, but always after every change already in the log (a hybrid logical clock).

    Merging orders changes by time; a laptop whose clock is behind must still stamp its
    edits after the changes it has already seen, or a merge would undo them.
    """
    now = utc_now()
    last = session.connection().exec_driver_sql("SELECT max(at) FROM change_log").scalar()
    if last is None or now > last:
        return now
    bumped = datetime.fromisoformat(last.replace("Z", "+00:00")) + timedelta(microseconds=1)
    return bumped.isoformat(timespec="microseconds").replace("+00:00", "Z")


def _entry(session: Session, obj: SQLModel, op: str, before: Any, after: Any, at: str) -> ChangeLog:
    return ChangeLog(
        at=at,
        editor=session.info.get("editor", "unknown"),
        action=session.info.get("action", "edit"),
        # SQLModel types __tablename__ as `str | Callable`; every model here sets a plain str.
        table_name=cast(str, obj.__class__.__tablename__),
        row_id=_row_id(obj),
        op=op,
        before=before,
        after=after,
    )


@event.listens_for(Session, "before_flush")
def _log_changes(session: Session, _ctx: Any, _instances: Any) -> None:
    entries: list[ChangeLog] = []
    at = _next_at(session)
    for obj in session.new:
        if not isinstance(obj, ChangeLog):
            entries.append(_entry(session, obj, "insert", None, _row_dict(obj), at))
    for obj in session.dirty:
        if isinstance(obj, ChangeLog) or not session.is_modified(obj):
            continue
        before, after = _changed(obj)
        if after:
            entries.append(_entry(session, obj, "update", before, after, at))
    for obj in session.deleted:
        if isinstance(obj, ChangeLog):
            raise RuntimeError("the change log is append-only")
        entries.append(_entry(session, obj, "delete", _row_dict(obj), None, at))
    session.add_all(entries)
