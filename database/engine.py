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
