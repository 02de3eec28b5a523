"""Engine and session factory for one project file.

WAL with synchronous=FULL (an edit the user saw saved survives a power cut),
foreign keys on, a busy timeout, and write transactions that take the write
lock up front (BEGIN IMMEDIATE) so two writers queue instead of failing midway.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import Session

BUSY_TIMEOUT_MS = 5000
_WRITE = "claimdesk_write"
# Tables whose size decides query plans; statistics are refreshed when one grows or shrinks 2x.
STATISTICS_TABLES = ("document", "annotation", "claim", "evidence", "record", "record_alias", "change_log")
_STATISTICS_BUSY_MS = 200  # on close, never wait long for another writer: the next close will do


def make_engine(path: Path) -> sa.Engine:
    """An engine on the SQLite file at `path` with the project's pragmas."""
    engine = sa.create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # We issue BEGIN ourselves (below), so the driver must not.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        write = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def refresh_statistics(engine: sa.Engine) -> list[str]:
    """ANALYZE the tables whose row counts moved 2x since their statistics; returns their names.

    Without statistics SQLite guesses, and guesses badly at scale: a page of 200 records'
    claims read half of a 100,000-claim table through the status index (0.1 s instead of
    a few ms). Called when a project closes; a locked or read-only file is skipped.
    """
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA busy_timeout={_STATISTICS_BUSY_MS}")
            known: dict[str, int] = {}
            has_stats = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first() is not None
            if has_stats:
                for table, stat in conn.exec_driver_sql("SELECT tbl, stat FROM sqlite_stat1"):
                    rows = int(str(stat).split(" ", 1)[0] or 0)
                    known[table] = max(known.get(table, 0), rows)
            stale = []
            for table in STATISTICS_TABLES:
                rows = conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
                before = known.get(table, 0) if has_stats else None  # no row: empty when analysed
                if before is None or rows > 2 * before + 10 or before > 2 * rows + 10:
                    stale.append(table)
            for table in stale:
                conn.exec_driver_sql(f"ANALYZE {table}")
            conn.commit()
            return stale
    except (sa.exc.OperationalError, sqlite3.Error):
        return []  # busy, locked or read-only: the plans stay as they were


@contextmanager
def write_session(engine: sa.Engine, editor: str, action: str) -> Iterator[Session]:
    """One unit of work: a session in a write transaction, committed on success.

    `editor` and `action` go into every change-log row the flush writes.
    """
    with Session(engine, expire_on_commit=False) as session:
        session.info["editor"] = editor
        session.info["action"] = action
        session.connection(execution_options={_WRITE: True})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def read_session(engine: sa.Engine) -> Iterator[Session]:
    """A short read-only unit of work (a consistent snapshot under WAL)."""
    with Session(engine, expire_on_commit=False) as session:
        yield session
