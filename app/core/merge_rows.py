"""Pieces of a merge that look at one row: the tables' shapes, change-log entries, decisions.

Pure functions over plain values read with sqlite3; no writes happen here.

A row's merged state is a function of the UNION of both copies' log entries about it, so
every copy that has seen the same changes holds the same row, whatever the merge order:

* it exists unless its latest deletion is later (time, then change id) than its latest
  insert or update. A deletion stamped later either saw those edits or was concurrent with
  them; an edit stamped later cannot have seen the deletion (nobody edits a deleted row;
  the log's clock puts every change after all it has seen), so the row lives again;
* each field takes the value of its latest insert or update; a deletion sets no field.

The values are read from a copy whose row already holds that latest change, and only
when no copy does (the row was deleted there) decoded from the change's logged value.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from typing import Any

# Columns that every edit bumps; a difference in them alone is not a conflict.
BOOKKEEPING = frozenset({"updated_at", "reviewed_at", "reviewed_by"})
# Tables the merge keeps to itself: the log is united separately, conflicts are a set.
NOT_MERGED_AS_ROWS = frozenset({"change_log", "merge_conflict", "alembic_version"})
_CONFLICT_NS = uuid.UUID("6f1b7c1e-3f0e-4d55-9d3a-8c1b8f0c2a10")

Row = dict[str, Any]


@dataclass(frozen=True)
class TableShape:
    """What the merge needs to know of a table: key, columns, references, unique keys."""

    name: str
    pk: str
    columns: tuple[str, ...]
    parents: tuple[tuple[str, str], ...]  # (column, parent table), the parent's key column
    uniques: tuple[tuple[str, ...], ...]
    types: tuple[str, ...] = ()  # declared SQLite types, as `columns`


@dataclass(frozen=True)
class LogEntry:
    """One change-log row, reduced to what decides a merge."""

    id: str
    at: str
    table: str
    row_id: str
    op: str
    columns: frozenset[str]
    # The logged new values (None for deletions); the last resort for a deleted row's values.
    after: Row | None = field(default=None, compare=False)

    @property
    def order(self) -> tuple[str, str]:
        """Deterministic order of changes: time, then id (the same in every copy)."""
        return (self.at, self.id)


@dataclass
class ConflictNote:
    """A conflict found while merging, as it will be stored in `merge_conflict`."""

    id: str
    table_name: str
    row_id: str
    kind: str
    columns: list[str]
    kept: Row | None
    other: Row | None
    kept_change_id: str | None
    other_change_id: str | None


@dataclass
class RowDecision:
    """What a row should become: `target` None means deleted; `keep` means leave it alone.

    `version` is the row as its inserts and updates make it, even when a deletion wins: a
    deleted row that something still uses stays in that version.
    """

    target: Row | None
    keep: bool = False
    conflicts: list[ConflictNote] = field(default_factory=list)
    version: Row | None = None


def conflict_id(*parts: str) -> str:
    """The same id for the same conflict in every copy, whichever side merges into which."""
    return str(uuid.uuid5(_CONFLICT_NS, "/".join(parts)))


def table_shapes(conn: sqlite3.Connection) -> dict[str, TableShape]:
    """Every ordinary table of the project, read from SQLite's own catalogue."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'document_fts%'")]
    shapes = {}
    for name in names:
        info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
        pks = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5] > 0]
        if len(pks) != 1:
            continue
        parents = tuple((r[3], r[2]) for r in conn.execute(f'PRAGMA foreign_key_list("{name}")'))
        uniques = []
        for idx in conn.execute(f'PRAGMA index_list("{name}")'):
            if idx[2] and idx[3] != "pk":
                cols = tuple(r[2] for r in conn.execute(f'PRAGMA index_info("{idx[1]}")'))
                uniques.append(cols)
        shapes[name] = TableShape(name, pks[0], tuple(r[1] for r in info), parents, tuple(uniques),
                                  tuple(str(r[2]).upper() for r in info))
    return shapes


def parents_first(shapes: dict[str, TableShape]) -> list[str]:
    """Table names ordered so a table comes after the tables it refers to."""
    ordered: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in ordered or name in visiting or name not in shapes:
            return
        visiting.add(name)
        for _col, parent in shapes[name].parents:
            if parent != name:
                visit(parent)
        ordered.append(name)

    for name in sorted(shapes):
        visit(name)
    return ordered


def read_entries(conn: sqlite3.Connection, ids: set[str] | None = None,
                 rows: set[tuple[str, str]] | None = None) -> list[LogEntry]:
    """Change-log entries: those with these ids, or all those about these rows."""
    query = "SELECT id, at, table_name, row_id, op, before, after FROM change_log"
    args: tuple[str, ...] = ()
    if rows is not None and len(rows) == 1:  # one row (a parent to restore): use the index
        query += " WHERE table_name = ? AND row_id = ?"
        args = next(iter(rows))
    out = []
    for cid, at, table, row_id, op, before, after in conn.execute(query, args):
        if (ids is not None and cid not in ids) or (rows is not None and (table, row_id) not in rows):
            continue
        # A deletion ends the row but sets no field: it must not outrank edits field by field.
        values = None if op == "delete" else (json.loads(after or "null") or {})
        touched = set() if values is None else set(values) | set(json.loads(before or "null") or {})
        out.append(LogEntry(cid, at, table, row_id, op, frozenset(touched), values))
    return out


def fetch_row(conn: sqlite3.Connection, shape: TableShape, row_id: str) -> Row | None:
    """A row as SQLite stores it, or None."""
    cols = ", ".join(f'"{c}"' for c in shape.columns)
    cur = conn.execute(f'SELECT {cols} FROM "{shape.name}" WHERE "{shape.pk}" = ?', (row_id,))
    found = cur.fetchone()
    return None if found is None else dict(zip(shape.columns, found))


def printable(row: Row | None) -> Row | None:
    """A row fit for the conflict list (JSON): bytes are summarised."""
    if row is None:
        return None
    return {k: ({"bytes": len(v)} if isinstance(v, bytes) else v) for k, v in row.items()}


@dataclass(frozen=True)
class RowHistory:
    """What each copy's log says about one row: all its entries, and those the other lacks."""

    ours_all: list[LogEntry]
    theirs_all: list[LogEntry]
    ours_only: list[LogEntry]
    theirs_only: list[LogEntry]

    @property
    def union(self) -> list[LogEntry]:
        """Every entry about the row that either copy holds, once."""
        return list({e.id: e for e in (*self.ours_all, *self.theirs_all)}.values())


def history_of(ours: list[LogEntry], theirs: list[LogEntry]) -> RowHistory:
    """The history of one row from both copies' entries about it."""
    ours_ids = {e.id for e in ours}
    theirs_ids = {e.id for e in theirs}
    return RowHistory(ours, theirs, [e for e in ours if e.id not in theirs_ids],
                      [e for e in theirs if e.id not in ours_ids])


def _latest(entries: list[LogEntry]) -> LogEntry | None:
    return max(entries, key=lambda e: e.order, default=None)


def alive(entries: list[LogEntry]) -> bool:
    """Whether the row exists after these changes: no deletion is later than every edit."""
    last_delete = _latest([e for e in entries if e.op == "delete"])
    last_edit = _latest([e for e in entries if e.op != "delete"])
    return last_delete is None or (last_edit is not None and last_edit.order > last_delete.order)


def _decoded(shape: TableShape, col: str, value: Any) -> tuple[bool, Any]:
    # The log keeps values as JSON; turn one back into what SQLite stores for the column.
    kind = shape.types[shape.columns.index(col)] if shape.types else ""
    if kind == "JSON":
        return True, None if value is None else json.dumps(value)
    if isinstance(value, (dict, list)):
        return False, None  # a summary of a large value ({"length": n}), not the value
    if kind == "BOOLEAN" and isinstance(value, bool):
        return True, int(value)
    return True, value


def merged_version(shape: TableShape, ours: Row | None, theirs: Row | None,
                   history: RowHistory) -> Row | None:
    """The row as the union of both logs makes it: each field from its latest insert/update.

    Computed alike whichever copy is ours. None when no value can be found for a field.
    """
    union = history.union
    ours_ids = {e.id for e in history.ours_all}
    theirs_ids = {e.id for e in history.theirs_all}
    out: Row = {}
    for col in shape.columns:
        change = _latest([e for e in union if e.op != "delete" and col in e.columns])
        found = False
        if change is not None:
            # A copy holding the row and that change holds its value (its row is its log's result).
            for row, ids in ((ours, ours_ids), (theirs, theirs_ids)):
                if row is not None and change.id in ids:
                    found, out[col] = True, row[col]
                    break
            if not found and change.after is not None and col in change.after:
                found, out[col] = _decoded(shape, col, change.after[col])
        if not found:
            # Unlogged or summarised: the copy whose own log changed the field last, then ours.
            rows = [(r, log) for r, log in ((ours, history.ours_all), (theirs, history.theirs_all))
                    if r is not None]
            if not rows:
                return None
            row, _log = max(rows, key=lambda rl: _last_change(rl[1], col))
            out[col] = row[col]
    return out


def decide(shape: TableShape, row_id: str, ours: Row | None, theirs: Row | None,
           history: RowHistory) -> RowDecision:
    """The row's state after the merge, the same whichever copy is ours.

    Existence and every field follow from the union of both logs (see the module's
    docstring). `ours_only` and `theirs_only` are concurrent (neither copy had seen the
    other's), so a field changed differently in both, or a deletion on one side against an
    edit on the other, is a conflict: both versions are listed.
    """
    if not history.ours_only:
        # Their log holds every change of the row, so their row is already the union's result.
        version = theirs if theirs is not None else merged_version(shape, ours, theirs, history)
        return RowDecision(theirs, version=version)
    version = merged_version(shape, ours, theirs, history)
    lives = alive(history.union) and version is not None
    conflicts = _deleted_vs_edited(shape, row_id, version, history, lives)
    if lives and version is not None and ours is not None and theirs is not None:
        conflicts += _both_edited(shape, row_id, ours, theirs, version, history)
    return RowDecision(version if lives else None, conflicts=conflicts, version=version)


def _last_change(entries: list[LogEntry], col: str) -> tuple[str, str]:
    return max((e.order for e in entries if col in e.columns), default=("", ""))


def _deleted_vs_edited(shape: TableShape, row_id: str, version: Row | None, history: RowHistory,
                       lives: bool) -> list[ConflictNote]:
    # Only a deletion and an edit made on different sides of this merge are known to be
    # concurrent; within one side the deletion may have seen the edit (and meant it).
    delete = _latest([e for e in history.union if e.op == "delete"])
    if delete is None:
        return []
    if delete in history.ours_only:
        other_side = history.theirs_only
    elif delete in history.theirs_only:
        other_side = history.ours_only
    else:
        return []
    edit = _latest([e for e in other_side if e.op != "delete"])
    if edit is None:
        return []
    if lives:  # the row stays; deciding "other" deletes it
        return [ConflictNote(conflict_id(shape.name, row_id, "delete", delete.id), shape.name, row_id,
                             "delete", [], printable(version), None, edit.id, delete.id)]
    # The row goes; the edited version waits aside, and deciding "other" puts it back.
    return [ConflictNote(conflict_id(shape.name, row_id, "deleted", delete.id), shape.name, row_id,
                         "delete", [], None, printable(version), delete.id, edit.id)]


def _both_edited(shape: TableShape, row_id: str, ours: Row, theirs: Row, target: Row,
                 history: RowHistory) -> list[ConflictNote]:
    ours_cols = set().union(*(e.columns for e in history.ours_only))
    theirs_cols = set().union(*(e.columns for e in history.theirs_only))
    clashing = [col for col in shape.columns
                if ours[col] != theirs[col] and col in ours_cols and col in theirs_cols
                and col not in BOOKKEEPING]
    if not clashing:
        return []
    ours_last = max(history.ours_only, key=lambda e: e.order).id
    theirs_last = max(history.theirs_only, key=lambda e: e.order).id
    theirs_won = target[clashing[0]] == theirs[clashing[0]]
    return [ConflictNote(
        conflict_id(shape.name, row_id, "edit", *sorted((ours_last, theirs_last))), shape.name,
        row_id, "edit", clashing, printable({c: target[c] for c in clashing}),
        printable({c: (theirs[c] if target[c] == ours[c] else ours[c]) for c in clashing}),
        theirs_last if theirs_won else ours_last, ours_last if theirs_won else theirs_last,
    )]
