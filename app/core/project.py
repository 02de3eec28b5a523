"""Create and open projects: one SQLite file each, always through the migrations."""

from __future__ import annotations

import getpass
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, select

import database.changelog  # noqa: F401  (installs the change-log flush hook)
from app.core.errors import ClaimdeskError, ProjectFileError
from app.core.project_file import check_project_file
from app.core.schema import install_schema, load_schema
from database.backup import backup_file, backup_path_for
from database.engine import make_engine, read_session, refresh_statistics, write_session
from database.file_lock import LockBusy, ProjectLock
from database.migrate import upgrade_to_head
from database.models import ProjectInfo
from database.revisions import head_revision

PROJECT_SUFFIX = ".claimdesk"


def resolve_editor(explicit: str | None = None) -> str:
    """Who is editing: `--editor`, else CLAIMDESK_EDITOR, else the login name."""
    for candidate in (explicit, os.environ.get("CLAIMDESK_EDITOR")):
        if candidate and candidate.strip():
            return candidate.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass
class Project:
    """An open project: its file, its engine and who is editing."""

    path: Path
    engine: sa.Engine
    editor: str
    lock: ProjectLock | None = None  # shared: a restore elsewhere waits until we close
    closed: bool = False

    @contextmanager
    def write(self, action: str) -> Iterator[Session]:
        """One use case's transaction; every row it changes goes to the change log."""
        with write_session(self.engine, self.editor, action) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session."""
        with read_session(self.engine) as session:
            yield session

    def info(self) -> ProjectInfo:
        """The project's own row (name, id, schema)."""
        with self.read() as session:
            return session.exec(select(ProjectInfo)).one()

    def close(self) -> None:
        """Release the file (checkpoints the WAL when the last connection closes).

        Query-planner statistics are refreshed first when the tables have grown (see
        `refresh_statistics`), so the next session's queries use the right indexes.
        Closing twice does nothing the second time.
        """
        if self.closed:
            return
        self.closed = True
        refresh_statistics(self.engine)
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def create_project(
    path: Path, name: str | None = None, schema: str | None = None, editor: str | None = None
) -> Project:
    """Make a new project file at `path` with the given (or default) schema."""
    path = Path(path)
    if path.exists():
        raise ProjectFileError(f"{path} already exists; choose another name or open it")
    if not path.parent.is_dir():
        raise ProjectFileError(f"the folder {path.parent} does not exist")
    spec = load_schema(schema)  # validate before creating the file
    engine = make_engine(path)
    project = Project(path=path, engine=engine, editor=resolve_editor(editor))
    try:
        upgrade_to_head(engine)
        with project.write("create project") as session:
            session.add(ProjectInfo(name=name or path.stem, schema_name=spec.name,
                                    created_by=project.editor))
            install_schema(session, spec)
            from app.core.templates import install_default_templates  # templates import Project

            install_default_templates(session, project.editor)
    except BaseException:
        engine.dispose()
        remove_project_files(path)
        raise
    return project


def open_project(path: Path, editor: str | None = None, backup: bool = True) -> Project:
    """Open an existing project, upgrading an older one after a backup copy.

    With `backup`, a rolling backup is taken when the newest one is older than the
    project's backup interval (default an hour).

    A missing file, a file that is not a project, a damaged project, or one made by
    a newer Claimdesk is refused with a clear message and never written to.
    """
    path = Path(path)
    state = check_project_file(path, missing="no project at", damaged="restore a backup",
                               newer="; update Claimdesk to open it")
    lock = _shared_lock(path)
    engine = make_engine(path)
    try:
        if state.revision != head_revision():
            backup_file(path, backup_path_for(path, f"before-upgrade-{state.revision}"))
            upgrade_to_head(engine)
    except BaseException:
        engine.dispose()
        lock.release()
        raise
    if backup:
        _rolling_backup(path)
    return Project(path=path, engine=engine, editor=resolve_editor(editor), lock=lock)


def _shared_lock(path: Path) -> ProjectLock:
    try:
        return ProjectLock.acquire(path, exclusive=False)
    except LockBusy:
        raise ProjectFileError(f"{path} is being restored from a backup; try again in a moment") from None


def _rolling_backup(path: Path) -> None:
    # A failed rolling backup (full or read-only stick) must not stop the user from working.
    from app.core.backups import backup_if_due

    try:
        backup_if_due(path)
    except (OSError, sqlite3.Error, ClaimdeskError) as exc:
        logging.getLogger(__name__).warning("rolling backup of %s failed: %s", path, exc)


def remove_project_files(path: Path) -> None:
    """Delete a project file with its WAL and shared-memory files (a failed or replaced build)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
