"""Writing a merge into our file: rows, references, unique keys, search index, conflicts.

The rows are written with plain SQL on the merge's own write transaction, bypassing the
change-log hook on purpose: the changes that explain them are the other copy's change-log
rows, copied verbatim, so the log stays a set (merging twice adds nothing).

One change the merge makes itself is folding: two rows that collide on a unique key
(the same alias added on two laptops) become one, the lower id. The dropped row's own
log says it lives, so its end is logged too (`fold_entry`): a deletion whose id and time
follow from the dropped row's latest edit alone, so every copy that folds it writes the
identical entry and the union stays a set. Without it a copy that still held the dropped
row would keep it after the kept one was deleted, and copies would diverge for good.

Two more writes of the merge's own are logged alike, for the same reason: a row deleted
here that a kept row refers to comes back (`restore_entry`, so it stays when that row
goes), and of two templates with one name the later id is renamed (`rename_entry`, so it
keeps the new name when the other template goes). Rows that referred to a row dropped as
a duplicate move to the kept one without a log entry: every copy that holds the dropped
row drops it, with the kept row, and moves them alike (see `_fold_into`).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from app.core.errors import ClaimdeskError
from app.core.merge_rows import (
    ConflictNote, LogEntry, Row, RowDecision, RowHistory, TableShape, alive, conflict_id, decide, fetch_row,
    history_of, merged_version, printable, read_entries,
)

# Where two rows collide on a unique key with different content, the later id is renamed
# instead of dropped (two templates called "Ministry" are both worth keeping).
RENAME_ON_DUPLICATE = {"export_template": "name"}
# Who and what the merge's own log entries name: the same in every copy (see `fold_entry`).
FOLD_EDITOR = "merge"
FOLD_ACTION = "merge duplicate"
RESTORE_ACTION = "merge keep used"
RENAME_ACTION = "merge rename duplicate"
_FOLD_NS = uuid.UUID("2d6c3a54-93c1-4f4e-8f0e-5b7e2a61c9d3")
_LOG_COLUMNS = ("id", "at", "editor", "action", "table_name", "row_id", "op", "before", "after")
_EPOCH = "0001-01-01T00:00:00.000000Z"  # before every logged change

LogRow = tuple[str | None, ...]  # a change-log row, as `_LOG_COLUMNS`


@dataclass
class ApplyCounts:
    """Rows written per table, and conflicts found, in one merge."""

    inserted: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    duplicates: int = 0
    conflicts: dict[str, ConflictNote] = field(default_factory=dict)
    touched_documents: set[str] = field(default_factory=set)
    # Change-log rows of the merge's own writes (folds, restores, renames), by id; written
    # after the other copy's log.
    own_log: dict[str, LogRow] = field(default_factory=dict)


class MergeWriter:
    """Applies row decisions to our connection, reading the other copy where it must."""

    def __init__(self, ours: sqlite3.Connection, theirs: sqlite3.Connection,
                 shapes: dict[str, TableShape], order: list[str]) -> None:
        self.ours = ours
        self.theirs = theirs
        self.shapes = shapes
        self.order = order
        self.redirect: dict[tuple[str, str], str] = {}  # (table, dropped id) -> kept id
        self.counts = ApplyCounts()

    # -- planning ---------------------------------------------------------------------

    def plan(self, rows: list[tuple[str, str]],
             histories: dict[tuple[str, str], RowHistory]) -> dict[tuple[str, str], RowDecision]:
        """A decision for every row the other copy changed."""
        plans = {}
        for table, row_id in rows:
            shape = self.shapes[table]
            plans[(table, row_id)] = decide(
                shape, row_id, fetch_row(self.ours, shape, row_id), fetch_row(self.theirs, shape, row_id),
                histories[(table, row_id)])
        return plans

    # -- inserts and updates ----------------------------------------------------------

    def upsert(self, table: str, row_id: str, decision: RowDecision, pending: set[str]) -> None:
        """Make the row look like `decision.target` (which is not None)."""
        self._note(decision.conflicts)
        if decision.keep or decision.target is None:
            return
        shape = self.shapes[table]
        target = self._redirected(shape, decision.target)
        if target[shape.pk] == row_id:
            self._ensure_parents(shape, target, pending)
            # A parent brought back may have been folded into its duplicate on the way (a
            # stale copy's row on a document imported twice): the row follows it there.
            target = self._redirected(shape, target)
        if target[shape.pk] != row_id:
            return  # keyed by a parent that was folded into another: the kept one has its own
        if not self._settle_uniques(shape, target):
            return
        current = fetch_row(self.ours, shape, row_id)
        if current is None:
            cols = ", ".join(f'"{c}"' for c in shape.columns)
            marks = ", ".join("?" for _ in shape.columns)
            self.ours.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})',
                              [target[c] for c in shape.columns])
            self.counts.inserted[table] += 1
        else:
            changed = [c for c in shape.columns if current[c] != target[c]]
            if not changed:
                return
            sets = ", ".join(f'"{c}" = ?' for c in changed)
            self.ours.execute(f'UPDATE "{table}" SET {sets} WHERE "{shape.pk}" = ?',
                              [target[c] for c in changed] + [row_id])
            self.counts.updated[table] += 1
        self._touch(table, target)

    def _redirected(self, shape: TableShape, row: Row) -> Row:
        out = dict(row)
        for col, parent in shape.parents:
            if out[col] is not None:
                out[col] = self.redirect.get((parent, out[col]), out[col])
        return out

    def history(self, table: str, row_id: str) -> RowHistory:
        """What both copies' logs say about one row."""
        key = {(table, row_id)}
        return history_of(read_entries(self.ours, rows=key), read_entries(self.theirs, rows=key))

    def version_of(self, shape: TableShape, row_id: str) -> Row | None:
        """A row as the union of both logs makes it, deleted or not (see `merged_version`)."""
        return merged_version(shape, fetch_row(self.ours, shape, row_id),
                              fetch_row(self.theirs, shape, row_id), self.history(shape.name, row_id))

    def _ensure_parents(self, shape: TableShape, row: Row, pending: set[str]) -> None:
        # A row we take over may refer to a row deleted here: bring that row back, as its
        # edits in both copies make it (the other direction of this merge keeps that version).
        for col, parent in shape.parents:
            ref = row[col]
            if ref is None or (parent == shape.name and ref in pending):
                continue
            pshape = self.shapes.get(parent)
            if pshape is None or fetch_row(self.ours, pshape, ref) is not None:
                continue
            restored = self.version_of(pshape, ref)
            if restored is None:
                raise ClaimdeskError(
                    f"the other copy is inconsistent ({shape.name} {row[shape.pk]} refers to a "
                    f"missing {parent}); run `claimdesk check` on it first")
            self.upsert(parent, ref, RowDecision(restored), pending)
            if fetch_row(self.ours, pshape, ref) is not None:  # not folded into a duplicate
                self._note(self._deleted_here(pshape, ref, restored))
                self._log_restore(pshape, ref)

    def _deleted_here(self, shape: TableShape, row_id: str, row: Row) -> list[ConflictNote]:
        found = self.ours.execute(
            "SELECT id FROM change_log WHERE table_name = ? AND row_id = ? AND op = 'delete' "
            "ORDER BY at DESC, id DESC LIMIT 1", (shape.name, row_id)).fetchone()
        if found is None:
            return []
        return [ConflictNote(conflict_id(shape.name, row_id, "delete", found[0]), shape.name, row_id,
                             "delete", [], printable(row), None, None, found[0])]

    def _settle_uniques(self, shape: TableShape, row: Row) -> bool:
        """Resolve a clash on a unique key; False when the incoming row is the one to drop."""
        row_id = row[shape.pk]
        for cols in shape.uniques:
            if any(row[c] is None for c in cols):
                continue
            where = " AND ".join(f'"{c}" = ?' for c in cols)
            other = self.ours.execute(
                f'SELECT "{shape.pk}" FROM "{shape.name}" WHERE {where} AND "{shape.pk}" != ?',
                [row[c] for c in cols] + [row_id]).fetchone()
            if other is None or self._gone_early(shape, other[0]):
                continue
            rename = RENAME_ON_DUPLICATE.get(shape.name)
            if rename in cols:
                self._rename_later(shape, row, other[0], rename)
                continue
            # Same key, e.g. the same alias added on two laptops: one row, the lower id.
            self.counts.duplicates += 1
            if row_id > other[0]:
                self.redirect[(shape.name, row_id)] = other[0]
                self._log_fold(shape, row_id)
                return False
            self._fold_into(shape, other[0], row_id)
        return True

    def _gone_early(self, shape: TableShape, row_id: str) -> bool:
        """Delete now a row in the way that this merge deletes anyway; False if it stays.

        A row deleted in the other copy and added again under a new id (undo, redo) is no
        duplicate of it: the new one must not be folded into a row that is going.
        """
        if alive(self.history(shape.name, row_id).union) or self._users_of(shape, row_id):
            return False
        self._remove(shape, row_id)
        return True

    def _log_fold(self, shape: TableShape, dropped: str) -> None:
        """Log the end of a row dropped as a duplicate, and of the rows keyed by its id.

        Both directions of a merge fold the same row (one drops it as it comes in, the other
        deletes it here), so both log it, identically.
        """
        keyed = [c for c in self.shapes.values()
                 if any(parent == shape.name and col == c.pk for col, parent in c.parents)]
        for table in [shape, *keyed]:
            self._log(fold_entry(table.name, table.pk, dropped, self.history(table.name, dropped).union))

    def _log_restore(self, shape: TableShape, row_id: str) -> None:
        """Log that a row deleted in the union stays, because a kept row refers to it.

        Both directions of a merge keep it (one brings it back, the other does not delete
        it), so both log it, identically; it then lives also once that row is gone.
        """
        self._log(restore_entry(shape.name, shape.pk, row_id, self.history(shape.name, row_id).union))

    def _rename_later(self, shape: TableShape, row: Row, other_id: str, col: str) -> None:
        # Both directions rename the later id, and log it alike (see `rename_entry`).
        loser = max(row[shape.pk], other_id)
        name, entry = rename_entry(shape.name, loser, col, row[col], self.history(shape.name, loser).union)
        if loser == row[shape.pk]:
            row[col] = name
        else:
            self.ours.execute(f'UPDATE "{shape.name}" SET "{col}" = ? WHERE "{shape.pk}" = ?', (name, loser))
        self._log(entry)

    def _fold_into(self, shape: TableShape, dropped: str, kept: str) -> None:
        # Children of the dropped row move to the kept one (it is about to be inserted, so the
        # deferred foreign keys hold at commit); children keyed by the parent's id go with it.
        self.redirect[(shape.name, dropped)] = kept
        self._log_fold(shape, dropped)
        for child in self.shapes.values():
            for col, parent in child.parents:
                if parent != shape.name:
                    continue
                if col == child.pk:
                    self.ours.execute(f'DELETE FROM "{child.name}" WHERE "{col}" = ?', (dropped,))
                else:
                    self.ours.execute(f'UPDATE "{child.name}" SET "{col}" = ? WHERE "{col}" = ?',
                                      (kept, dropped))
        self.ours.execute(f'DELETE FROM "{shape.name}" WHERE "{shape.pk}" = ?', (dropped,))
        self.counts.deleted[shape.name] += 1
        if shape.name == "document":
            self.counts.touched_documents.add(dropped)

    # -- deletes ----------------------------------------------------------------------

    def delete(self, table: str, row_id: str, decision: RowDecision) -> None:
        """Delete a row the merge deleted, unless something here still needs it.

        A used row stays in the version its edits make (as `_ensure_parents` restores it in
        the other direction), so a row is kept exactly when some kept row refers to it.
        """
        shape = self.shapes[table]
        users = self._users_of(shape, row_id) if fetch_row(self.ours, shape, row_id) else []
        # A used row stays: a note that it went (and waits aside) would be wrong.
        self._note([n for n in decision.conflicts if not (users and n.kind == "delete" and n.kept is None)])
        if fetch_row(self.ours, shape, row_id) is None:
            return
        if users:
            version = decision.version or fetch_row(self.ours, shape, row_id)
            found = self.theirs.execute(
                "SELECT id FROM change_log WHERE table_name = ? AND row_id = ? AND op = 'delete' "
                "ORDER BY at DESC, id DESC LIMIT 1", (table, row_id)).fetchone()
            if found is not None:
                self._note([ConflictNote(conflict_id(table, row_id, "delete", found[0]), table, row_id,
                                         "delete", [], printable(version), None, None, found[0])])
            if decision.version is not None:
                self.upsert(table, row_id, RowDecision(decision.version), set())
            self._log_restore(shape, row_id)
            return
        self._remove(shape, row_id)

    def _remove(self, shape: TableShape, row_id: str) -> None:
        self.ours.execute(f'DELETE FROM "{shape.name}" WHERE "{shape.pk}" = ?', (row_id,))
        self.counts.deleted[shape.name] += 1
        self._touch(shape.name, {shape.pk: row_id, "document_id": row_id})

    def _users_of(self, shape: TableShape, row_id: str) -> list[str]:
        users = []
        for child in self.shapes.values():
            for col, parent in child.parents:
                if parent == shape.name and col != child.pk and self.ours.execute(
                        f'SELECT 1 FROM "{child.name}" WHERE "{col}" = ? LIMIT 1', (row_id,)).fetchone():
                    users.append(child.name)
        return users

    # -- bookkeeping ------------------------------------------------------------------

    def _touch(self, table: str, row: Row) -> None:
        if table == "document":
            self.counts.touched_documents.add(row["id"])
        elif table == "document_text":
            self.counts.touched_documents.add(row["document_id"])

    def _note(self, notes: list[ConflictNote]) -> None:
        for note in notes:
            self.counts.conflicts.setdefault(note.id, note)

    def _log(self, entry: LogRow | None) -> None:
        if entry is not None:
            self.counts.own_log.setdefault(str(entry[0]), entry)


def fold_entry(table: str, pk: str, dropped: str, history: list[LogEntry]) -> LogRow | None:
    """The change-log row that ends a row dropped as a duplicate; None if it is gone already.

    A function of the row's latest edit alone, so every copy that drops the row after that
    edit writes the same row: the id is derived from the table, the row and that edit, and
    the time is just after it (the row dies; an edit made later, unaware of the fold,
    brings it back, and a merge folds it again under a new entry).
    """
    if not alive(history):
        return None  # a logged deletion already outranks every edit
    edit = _latest_change(history)
    # What the row was as that edit left it, as a deletion logs it (the history lists it).
    before = {**((edit.after or {}) if edit is not None else {}), pk: dropped}
    return _own_entry((table, dropped), edit, FOLD_ACTION, table, dropped, "delete", before, None)


def restore_entry(table: str, pk: str, row_id: str, history: list[LogEntry]) -> LogRow | None:
    """The change-log row that brings back a deleted row a kept row refers to; None if it lives.

    Like `fold_entry`, a function of the row's latest deletion alone: an insert just after
    it, naming only the key (the fields keep their own latest changes), so the row lives
    in every copy, also once the row that needed it is gone.
    """
    if alive(history):
        return None
    deletion = max((e for e in history if e.op == "delete"), key=lambda e: e.order)
    return _own_entry(("restore", table, row_id), deletion, RESTORE_ACTION, table, row_id, "insert",
                      None, {pk: row_id})


def rename_entry(table: str, row_id: str, col: str, value: Any,
                 history: list[LogEntry]) -> tuple[Any, LogRow | None]:
    """The new `col` of the later of two rows that share `value`, and the entry that logs it.

    The new name, the entry's id and its time follow from the row's latest change of `col`,
    so every copy that renames the row after that change writes the same entry. A row that
    the union renamed already (its latest change of `col` is not `value`: this copy's row
    is about to take it) takes that name, with no new entry.
    """
    edit = _latest_change(history, col)
    if edit is not None and edit.after is not None and edit.after.get(col, value) != value:
        return edit.after[col], None
    renamed = f"{value} ({row_id[:8]})"
    return renamed, _own_entry(("rename", table, row_id, col), edit, RENAME_ACTION, table, row_id,
                               "update", {col: value}, {col: renamed})


def _latest_change(history: list[LogEntry], col: str | None = None) -> LogEntry | None:
    """The latest insert or update (of `col`, if given)."""
    return max((e for e in history if e.op != "delete" and (col is None or col in e.columns)),
               key=lambda e: e.order, default=None)


def _own_entry(key: tuple[str, ...], anchor: LogEntry | None, action: str, table: str, row_id: str,
               op: str, before: Row | None, after: Row | None) -> LogRow:
    # Id from `key` and the anchor, time just after the anchor: alike in every copy. A row
    # never logged (older files) has no anchor to follow: any change outranks none.
    entry_id = str(uuid.uuid5(_FOLD_NS, "/".join((*key, "" if anchor is None else anchor.id))))
    at = _EPOCH if anchor is None else _just_after(anchor.at)
    return (entry_id, at, FOLD_EDITOR, action, table, row_id, op, _as_json(before), _as_json(after))


def _as_json(values: Row | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, sort_keys=True)


def _just_after(at: str) -> str:
    bumped = datetime.fromisoformat(at.replace("Z", "+00:00")) + timedelta(microseconds=1)
    return bumped.isoformat(timespec="microseconds").replace("+00:00", "Z")


def write_own_log(ours: sqlite3.Connection, entries: dict[str, LogRow]) -> None:
    """Write the merge's own log entries; one already copied from the other copy is the same row."""
    listed = ", ".join(_LOG_COLUMNS)
    marks = ", ".join("?" for _ in _LOG_COLUMNS)
    for entry in entries.values():
        ours.execute(f"INSERT OR IGNORE INTO change_log ({listed}) VALUES ({marks})", entry)


def single_accepted(ours: sqlite3.Connection) -> list[ConflictNote]:
    """Two copies accepted different values of a single-valued field: list the clash.

    Both stay accepted until someone decides (Review › Merge conflicts, or accepting one
    of them, which demotes the other through the change log like any review). Demoting
    here instead would be a change outside the log, and whether a copy ever held both
    acceptances at once depends on its merge order, so copies would not converge.
    """
    groups = ours.execute(
        "SELECT c.record_id, c.field_id FROM claim c JOIN field_def f ON f.id = c.field_id "
        "WHERE c.status = 'accepted' AND NOT f.multiple GROUP BY c.record_id, c.field_id "
        "HAVING count(*) > 1").fetchall()
    notes = []
    for record_id, field_id in groups:
        claims = ours.execute(
            "SELECT id, value_text, reviewed_by, reviewed_at FROM claim WHERE record_id = ? AND "
            "field_id = ? AND status = 'accepted' ORDER BY reviewed_at DESC, id DESC",
            (record_id, field_id)).fetchall()
        kept, others = claims[0], claims[1:]
        for other in others:
            notes.append(ConflictNote(
                conflict_id("claim", kept[0], "accepted", other[0]), "claim", other[0], "accepted",
                ["status"], {"claim_id": kept[0], "value_text": kept[1], "reviewed_by": kept[2]},
                {"claim_id": other[0], "value_text": other[1], "reviewed_by": other[2]}, None, None))
    return notes


def store_conflicts(ours: sqlite3.Connection, notes: list[ConflictNote], detected_at: str) -> int:
    """Add conflicts not yet listed; returns how many were new."""
    new = 0
    for n in notes:
        cur = ours.execute(
            "INSERT OR IGNORE INTO merge_conflict (id, table_name, row_id, kind, columns, kept, other, "
            "kept_change_id, other_change_id, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (n.id, n.table_name, n.row_id, n.kind, json.dumps(n.columns),
             None if n.kept is None else json.dumps(n.kept, ensure_ascii=False),
             None if n.other is None else json.dumps(n.other, ensure_ascii=False),
             n.kept_change_id, n.other_change_id, detected_at))
        new += cur.rowcount
    return new


def unite_conflicts(ours: sqlite3.Connection, theirs: sqlite3.Connection) -> int:
    """Take over the other copy's conflict list; a decision made there counts here too."""
    cols = ("id", "table_name", "row_id", "kind", "columns", "kept", "other", "kept_change_id",
            "other_change_id", "detected_at", "resolved_at", "resolved_by", "resolution")
    listed = ", ".join(cols)
    changed = 0
    for row in theirs.execute(f"SELECT {listed} FROM merge_conflict"):
        mine = ours.execute("SELECT detected_at, resolved_at, resolved_by, resolution "
                            "FROM merge_conflict WHERE id = ?", (row[0],)).fetchone()
        if mine is None:
            ours.execute(f"INSERT INTO merge_conflict ({listed}) VALUES ({', '.join('?' * len(cols))})",
                         row)
            changed += 1
            continue
        # The earliest detection and the latest decision win, in whichever copy they were made.
        detected = min(mine[0], row[9])
        decision = max(tuple(mine[1:]), tuple(row[10:]), key=lambda d: (d[0] or "", d[2] or "", d[1] or ""))
        if (detected, *decision) != tuple(mine):
            ours.execute("UPDATE merge_conflict SET detected_at = ?, resolved_at = ?, resolved_by = ?, "
                         "resolution = ? WHERE id = ?", (detected, *decision, row[0]))
            changed += 1
    return changed
