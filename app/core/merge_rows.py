"""Pieces of a merge that look at one row: the tables' shapes, change-log entries, decisions.

Pure functions over plain values read with sqlite3; no writes happen here.
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


@dataclass(frozen=True)
class LogEntry:
    """One change-log row, reduced to what decides a merge."""

    id: str
    at: str
    table: str
    row_id: str
    op: str
    columns: frozenset[str]

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
    """What a row should become: `target` None means deleted; `keep` means leave it alone."""

    target: Row | None
    keep: bool = False
    conflicts: list[ConflictNote] = field(default_factory=list)


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
        shapes[name] = TableShape(name, pks[0], tuple(r[1] for r in info), parents, tuple(uniques))
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
    out = []
    for cid, at, table, row_id, op, before, after in conn.execute(
            "SELECT id, at, table_name, row_id, op, before, after FROM change_log"):
        if (ids is not None and cid not in ids) or (rows is not None and (table, row_id) not in rows):
            continue
        # A deletion ends the row but sets no field: it must not outrank edits field by field.
        touched = set() if op == "delete" else (
            set(json.loads(after or "null") or {}) | set(json.loads(before or "null") or {}))
        out.append(LogEntry(cid, at, table, row_id, op, frozenset(touched)))
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


def decide(shape: TableShape, row_id: str, ours: Row | None, theirs: Row | None,
           history: RowHistory) -> RowDecision:
    """The row's state after the merge, the same whichever copy is ours.

    Each field takes the value of the copy whose log holds the latest change of that field
    (time, then change id): a register per field that every copy settles the same way.
    `ours_only` and `theirs_only` are concurrent (neither copy had seen the other's), so a
    field changed differently in both is a conflict: both versions are listed.
    """
    if not history.ours_only:
        return RowDecision(theirs)
    if ours is None and theirs is None:
        return RowDecision(None, keep=True)
    if ours is None or theirs is None:
        return _deleted_vs_edited(shape, row_id, ours, theirs, history.ours_only, history.theirs_only)
    return _both_edited(shape, row_id, ours, theirs, history)


def _last_change(entries: list[LogEntry], col: str) -> tuple[str, str]:
    return max((e.order for e in entries if col in e.columns), default=("", ""))


def _deleted_vs_edited(shape: TableShape, row_id: str, ours: Row | None, theirs: Row | None,
                       ours_log: list[LogEntry], theirs_log: list[LogEntry]) -> RowDecision:
    # Nothing is lost: the edited row stays, and the deletion waits for a decision.
    survivor = ours if ours is not None else theirs
    deleting, editing = (theirs_log, ours_log) if ours is not None else (ours_log, theirs_log)
    deletes = [e for e in deleting if e.op == "delete"]
    if not deletes:
        return RowDecision(survivor)
    delete = max(deletes, key=lambda e: e.order)
    edit = max(editing, key=lambda e: e.order)
    note = ConflictNote(conflict_id(shape.name, row_id, "delete", delete.id), shape.name, row_id,
                        "delete", [], printable(survivor), None, edit.id, delete.id)
    return RowDecision(survivor, keep=ours is not None, conflicts=[note])


def _both_edited(shape: TableShape, row_id: str, ours: Row, theirs: Row,
                 history: RowHistory) -> RowDecision:
    ours_cols = set().union(*(e.columns for e in history.ours_only))
    theirs_cols = set().union(*(e.columns for e in history.theirs_only))
    target = dict(ours)
    clashing = []
    for col in shape.columns:
        if ours[col] == theirs[col]:
            continue
        if _last_change(history.theirs_all, col) > _last_change(history.ours_all, col):
            target[col] = theirs[col]
        if col in ours_cols and col in theirs_cols and col not in BOOKKEEPING:
            clashing.append(col)
    if not clashing:
        return RowDecision(target)
    ours_last = max(history.ours_only, key=lambda e: e.order).id
    theirs_last = max(history.theirs_only, key=lambda e: e.order).id
    note = ConflictNote(
        conflict_id(shape.name, row_id, "edit", *sorted((ours_last, theirs_last))), shape.name,
        row_id, "edit", clashing, printable({c: target[c] for c in clashing}),
        printable({c: (theirs[c] if target[c] == ours[c] else ours[c]) for c in clashing}),
        theirs_last if target[clashing[0]] == theirs[clashing[0]] else ours_last,
        ours_last if target[clashing[0]] == theirs[clashing[0]] else theirs_last,
    )
    return RowDecision(target, conflicts=[note])
