"""Rebuild a past merge from the change log, so a merge can be undone from the command line.

The window keeps each merge's outcome on its undo stack; a script that merged
yesterday has only the log. Every step of a merge is a change-log row with the action
`merge records` and before/after values that name the merged-away record, so the
rows since the record last changed before its merge describe that merge exactly.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from app.core.errors import InvalidValue, NotFound
from app.core.project import Project
from app.core.record_merge import MERGE_ACTION, MergeOutcome, RemovedAlias, RowStamp
from app.core.references import by_id_or_prefix
from database.models import ChangeLog, Record


def last_merge(project: Project, other_ref: str) -> MergeOutcome:
    """The merge that made `other` a redirect, rebuilt from the change log."""
    with project.read() as session:
        return merge_from_log(session, _merged_record(session, other_ref))


def _merged_record(session: Session, ref: str) -> Record:
    # Not resolve_record: that follows the redirect to the survivor, and we want the redirect.
    record = by_id_or_prefix(session, Record, ref, "record")
    if record is None:
        rows = session.exec(select(Record).where(col(Record.merged_into_id).is_not(None)))
        matches = [r for r in rows if r.label.casefold() == ref.strip().casefold()]
        if len(matches) != 1:
            raise NotFound(f"no merged record {ref!r}; give the id of the record that was merged away")
        record = matches[0]
    if record.merged_into_id is None:
        raise InvalidValue(f"{record.label!r} is not merged into another record")
    return record


def merge_from_log(session: Session, other: Record) -> MergeOutcome:
    """The MergeOutcome of the merge that made `other` a redirect."""
    keep_id = other.merged_into_id
    keep = session.get(Record, keep_id) if keep_id else None
    merged = _merge_entry(session, other.id)
    if keep is None or merged is None:
        raise NotFound(f"the change log holds no merge of {other.label!r}; it cannot be undone here")
    earlier = session.exec(
        select(ChangeLog.at).where(ChangeLog.row_id == other.id, ChangeLog.at < merged.at)
        .order_by(col(ChangeLog.at).desc()).limit(1)
    ).first() or ""
    entries = list(session.exec(
        select(ChangeLog).where(ChangeLog.action == MERGE_ACTION, ChangeLog.at > earlier)
        .order_by(col(ChangeLog.at), col(ChangeLog.id))
    ))
    claims: list[str] = []
    refs: list[str] = []
    demoted: list[str] = []
    moved: list[str] = []
    removed: list[RemovedAlias] = []
    added: list[str] = []
    stamps = _record_stamps(merged, keep.id, entries)
    for e in entries:
        before, after = e.before or {}, e.after or {}
        if e.table_name == "claim" and e.op == "update":
            moved_here = before.get("record_id") == other.id and after.get("record_id") == keep.id
            ref_here = before.get("ref_record_id") == other.id and after.get("ref_record_id") == keep.id
            if moved_here:
                claims.append(e.row_id)
                if before.get("status") == "accepted" and after.get("status") == "proposed":
                    demoted.append(e.row_id)
            if ref_here:
                refs.append(e.row_id)
            if (moved_here or ref_here) and "updated_at" in before:
                stamps.append(RowStamp("claim", e.row_id, str(before["updated_at"])))
        elif e.table_name == "record_alias":
            if e.op == "update" and before.get("record_id") == other.id:
                moved.append(e.row_id)
            elif e.op == "delete" and before.get("record_id") == other.id:
                removed.append(RemovedAlias(e.row_id, str(before.get("alias"))))
            elif e.op == "insert" and after.get("record_id") == keep.id \
                    and after.get("alias") == other.label and not added:
                added.append(e.row_id)
    return MergeOutcome(keep.id, other.id, keep.label, other.label, tuple(claims), tuple(refs),
                        tuple(moved), tuple(removed), tuple(added), tuple(sorted(demoted)),
                        tuple(stamps))


def _record_stamps(merged: ChangeLog, keep_id: str, entries: list[ChangeLog]) -> list[RowStamp]:
    """Both records' `updated_at` from before the merge."""
    stamps = []
    if "updated_at" in (merged.before or {}):
        stamps.append(RowStamp("record", merged.row_id, str(merged.before["updated_at"])))  # type: ignore[index]
    keep_entry = _nearest(merged, [e for e in entries if e.row_id == keep_id])
    if keep_entry is not None and "updated_at" in (keep_entry.before or {}):
        stamps.append(RowStamp("record", keep_id, str(keep_entry.before["updated_at"])))  # type: ignore[index]
    return stamps


def _nearest(anchor: ChangeLog, entries: list[ChangeLog]) -> ChangeLog | None:
    """The entry written closest in time to `anchor` (rows of one flush are microseconds apart)."""
    def distance(e: ChangeLog) -> float:
        return abs((_parse(e.at) - _parse(anchor.at)).total_seconds())
    return min(entries, key=distance, default=None)


def _parse(at: str) -> datetime:
    return datetime.fromisoformat(at.replace("Z", "+00:00"))


def _merge_entry(session: Session, record_id: str) -> ChangeLog | None:
    rows = session.exec(
        select(ChangeLog).where(ChangeLog.row_id == record_id, ChangeLog.table_name == "record",
                                ChangeLog.action == MERGE_ACTION, ChangeLog.op == "update")
        .order_by(col(ChangeLog.at).desc())
    )
    for row in rows:
        if (row.after or {}).get("merged_into_id"):
            return row
    return None
