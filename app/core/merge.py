"""Merge a copy of a project (edited on another laptop) back into the project.

The change log is the source of truth. Both copies start from the same file, so each
holds the changes made before they diverged; the other copy's log rows we lack are what
"came in", ours it lacks are what happened here meanwhile, and the two sets are concurrent.
Every row the other copy changed becomes what the union of both logs makes it
(`app/core/merge_rows.py`), so the data is a function of the union alone:

* changed there only: the row takes the other copy's state;
* each field takes the value of its latest change (time, then change id, so both
  directions agree); the same field changed differently on both sides is also listed in
  `merge_conflict` with both versions until someone decides (`app/core/merge_conflicts.py`);
* the row is deleted if its latest deletion is later than its latest edit, and lives
  (again) otherwise; a deletion on one side against an edit on the other is listed as a
  conflict, with the losing version kept aside so deciding "other" brings it back;
* a deleted row that a kept row still refers to stays, and the deletion is listed.

The other copy's log rows are copied verbatim and the merge's own row writes are not
logged again, so the log is a grow-only set: merging twice changes nothing, and merging
A into B or B into A (or three copies in any order) reaches the same data; only the
conflict list may depend on the order. The exceptions are logged, each with an id and
time every copy derives alike (`app/core/merge_apply.py`): the end of a row dropped as a
duplicate on a unique key (so a copy that still holds it lets it go too), the return of a
deleted row that a kept row refers to (so it stays once that row goes), and the new name
of a template renamed for a clash (so it keeps it once the other template goes). Two
acceptances of one single-valued field from two copies both stay accepted and are listed
until someone decides (`single_accepted`).
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from sqlmodel import Session

from app.core.backups import backup_project
from app.core.errors import ClaimdeskError
from app.core.project_file import check_project_file
from app.core.merge_apply import MergeWriter, single_accepted, store_conflicts, unite_conflicts, write_own_log
from app.core.merge_rows import (
    NOT_MERGED_AS_ROWS, ConflictNote, LogEntry, RowDecision, RowHistory, history_of, parents_first, read_entries,
    table_shapes,
)
from app.core.project import Project
from database.backup import backup_file
from database.engine import make_engine
from database.fts import index_document, unindex_document
from database.migrate import upgrade_to_head
from database.models import utc_now
from database.revisions import head_revision

ProgressFn = Callable[[int, int, str], None]


class _MergeCounts(TypedDict):
    """What `_merge` found; the fields of `MergeReport` after its paths."""

    changes_in: int
    inserted: dict[str, int]
    updated: dict[str, int]
    deleted: dict[str, int]
    duplicates: int
    conflicts: list[ConflictNote]
    conflicts_taken_over: int


class MergeCancelled(ClaimdeskError):
    """The user stopped the merge; nothing was written."""


@dataclass(frozen=True)
class MergeReport:
    """What a merge brought in, what conflicted, and where the backup taken before it is."""

    project: Path
    other: Path
    backup: Path | None
    changes_in: int
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    duplicates: int = 0
    conflicts: list[ConflictNote] = field(default_factory=list)
    conflicts_taken_over: int = 0

    @property
    def nothing_new(self) -> bool:
        """True when the other copy held nothing this project lacked."""
        return self.changes_in == 0 and self.conflicts_taken_over == 0


def merge_project(project: Project, other_path: Path, progress: ProgressFn | None = None,
                  should_stop: Callable[[], bool] | None = None) -> MergeReport:
    """Bring into `project` everything added or changed in the copy at `other_path`.

    One transaction after a backup of the project; the other file is only read (a snapshot
    of it is taken first, upgraded in a temporary folder if it is older). Safe to call from
    a worker thread: it uses its own connections and reports through `progress`.
    """
    other_path = Path(other_path)
    with tempfile.TemporaryDirectory(prefix="claimdesk-merge-") as tmp:
        snapshot = _snapshot(other_path, Path(tmp))
        theirs = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
        try:
            if not _has_news(project, theirs, other_path):
                return MergeReport(project.path, other_path, None, 0)
            backup = backup_project(project.path, "before-merge")
            with project.write("merge") as session:
                report = _merge(session, theirs, progress or _quiet, should_stop or _never)
        finally:
            theirs.close()
    return MergeReport(project.path, other_path, backup, **report)


def _quiet(_done: int, _total: int, _message: str) -> None:
    return None


def _never() -> bool:
    return False


def _snapshot(other_path: Path, folder: Path) -> Path:
    # A consistent copy (the other file may be open elsewhere), brought to our revision.
    state = check_project_file(other_path, missing="no project at", damaged="it cannot be merged",
                               newer="; update Claimdesk to merge it")
    snapshot = backup_file(other_path, folder / "other.claimdesk")
    if state.revision != head_revision():
        engine = make_engine(snapshot)
        try:
            upgrade_to_head(engine)
        finally:
            engine.dispose()
    return snapshot


def _has_news(project: Project, theirs: sqlite3.Connection, other_path: Path) -> bool:
    with project.read() as session:
        ours = _raw(session)
        ours_project = ours.execute("SELECT id, name FROM project").fetchone()
        theirs_project = theirs.execute("SELECT id, name FROM project").fetchone()
        if ours_project is None or theirs_project is None or ours_project[0] != theirs_project[0]:
            raise ClaimdeskError(
                f"{other_path} is not a copy of this project ({theirs_project[1] if theirs_project else '?'} "
                f"is another project); only copies of the same project can be merged")
        ours_ids = {r[0] for r in ours.execute("SELECT id FROM change_log")}
        if any(r[0] not in ours_ids for r in theirs.execute("SELECT id FROM change_log")):
            return True
        conflict_state = "SELECT id, detected_at, resolved_at, resolution FROM merge_conflict"
        return set(theirs.execute(conflict_state)) - set(ours.execute(conflict_state)) != set()


def _raw(session: Session) -> sqlite3.Connection:
    return session.connection().connection.driver_connection  # type: ignore[return-value]


def _merge(session: Session, theirs: sqlite3.Connection, progress: ProgressFn,
           should_stop: Callable[[], bool]) -> _MergeCounts:
    ours = _raw(session)
    ours.execute("PRAGMA defer_foreign_keys = ON")  # rows arrive in any order; checked at commit
    ours_ids = {r[0] for r in ours.execute("SELECT id FROM change_log")}
    theirs_ids = {r[0] for r in theirs.execute("SELECT id FROM change_log")}
    incoming = theirs_ids - ours_ids
    shapes = {n: s for n, s in table_shapes(ours).items() if n not in NOT_MERGED_AS_ROWS}
    rows = sorted({(e.table, e.row_id) for e in read_entries(theirs, ids=incoming)
                   if e.table in shapes})
    progress(0, len(rows) + 1, "comparing the two copies")
    histories = _histories(set(rows), read_entries(ours, rows=set(rows)),
                           read_entries(theirs, rows=set(rows)))
    writer = MergeWriter(ours, theirs, shapes, parents_first(shapes))
    plans = writer.plan(rows, histories)
    _apply(writer, plans, progress, should_stop, len(rows) + 1)
    if should_stop():
        raise MergeCancelled("the merge was cancelled; nothing was changed")
    _reindex(session, ours, writer.counts.touched_documents)
    notes = list(writer.counts.conflicts.values()) + single_accepted(ours)
    detected_at = utc_now()
    store_conflicts(ours, notes, detected_at)
    taken_over = unite_conflicts(ours, theirs)
    _copy_log(ours, theirs, incoming)
    write_own_log(ours, writer.counts.own_log)  # after the copy: an entry may have come in already
    progress(len(rows) + 1, len(rows) + 1, "merged")
    c = writer.counts
    return {"changes_in": len(incoming), "inserted": dict(c.inserted), "updated": dict(c.updated),
            "deleted": dict(c.deleted), "duplicates": c.duplicates, "conflicts": notes,
            "conflicts_taken_over": taken_over}


def _histories(rows: set[tuple[str, str]], ours: list[LogEntry],
               theirs: list[LogEntry]) -> dict[tuple[str, str], RowHistory]:
    grouped: dict[tuple[str, str], tuple[list[LogEntry], list[LogEntry]]] = {r: ([], []) for r in rows}
    for entry in ours:
        grouped[(entry.table, entry.row_id)][0].append(entry)
    for entry in theirs:
        grouped[(entry.table, entry.row_id)][1].append(entry)
    return {key: history_of(o, t) for key, (o, t) in grouped.items()}


def _apply(writer: MergeWriter, plans: dict[tuple[str, str], RowDecision], progress: ProgressFn,
           should_stop: Callable[[], bool], total: int) -> None:
    done = 0
    by_table: dict[str, list[tuple[str, RowDecision]]] = defaultdict(list)
    for (table, row_id), decision in plans.items():
        by_table[table].append((row_id, decision))
    for table in writer.order:  # parents before children
        pending = {rid for rid, d in by_table[table] if d.target is not None}
        for row_id, decision in by_table[table]:
            if decision.target is not None or decision.keep:
                writer.upsert(table, row_id, decision, pending)
                done += 1
                if done % 100 == 0:
                    if should_stop():
                        raise MergeCancelled("the merge was cancelled; nothing was changed")
                    progress(done, total, f"merging {table}")
    for table in reversed(writer.order):  # children before parents
        for row_id, decision in by_table[table]:
            if decision.target is None and not decision.keep:
                writer.delete(table, row_id, decision)
                done += 1


def _reindex(session: Session, ours: sqlite3.Connection, document_ids: set[str]) -> None:
    for doc_id in sorted(document_ids):
        found = ours.execute("SELECT d.title, t.text FROM document d JOIN document_text t "
                             "ON t.document_id = d.id WHERE d.id = ?", (doc_id,)).fetchone()
        if found is None:
            unindex_document(session, doc_id)
        else:
            index_document(session, doc_id, found[0], found[1])


def _copy_log(ours: sqlite3.Connection, theirs: sqlite3.Connection, ids: set[str]) -> None:
    cols = [r[1] for r in ours.execute("PRAGMA table_info(change_log)")]
    listed = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    for row in theirs.execute(f"SELECT {listed} FROM change_log"):
        if row[0] in ids:
            ours.execute(f"INSERT INTO change_log ({listed}) VALUES ({marks})", row)
