"""Look at a file read-only before anything writes to it: is it a project, which version?"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
# quick_check reads every page (~1 ms per MB here): on open we afford it for files up to
# this size; larger projects get it from `claimdesk check`, and SQLite reports damage on use.
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a file found."""

    is_sqlite: bool
    is_project: bool
    revision: str | None
    healthy: bool
    problem: str | None = None


def inspect_project_file(path: Path, full_check: bool | None = None) -> FileState:
    """Classify `path` without writing a byte to it.

    `full_check` runs SQLite's quick_check; by default only for files up to 32 MB.
    """
    if full_check is None:
        full_check = path.stat().st_size <= QUICK_CHECK_MAX_BYTES
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        return FileState(False, False, None, False)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return FileState(True, False, None, False, str(exc))
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        check = conn.execute("PRAGMA quick_check" if full_check else "PRAGMA schema_version").fetchone()
        healthy = bool(check) and (check[0] == "ok" or not full_check)
        return FileState(True, "project" in tables and revision is not None, revision, healthy,
                         None if healthy else str(check[0] if check else "unknown"))
    except sqlite3.DatabaseError as exc:
        return FileState(True, False, None, False, str(exc))
    finally:
        conn.close()
