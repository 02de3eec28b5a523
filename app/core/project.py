"""Create and open projects: one SQLite file each, always through the migrations."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, select

import database.changelog  # noqa: F401  (installs the change-log flush hook)
from app.core.errors import ProjectFileError
from app.core.schema import install_schema, load_schema
from database.backup import backup_file, backup_path_for
from database.engine import make_engine, read_session, write_session
from database.inspect_file import inspect_project_file
from database.migrate import head_revision, known_revisions, upgrade_to_head
from database.models import ProjectInfo

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
        """Release the file (checkpoints the WAL when the last connection closes)."""
        self.engine.dispose()


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
    except BaseException:
        engine.dispose()
        _remove_database(path)
        raise
    return project


def open_project(path: Path, editor: str | None = None) -> Project:
    """Open an existing project, upgrading an older one after a backup copy.

    A missing file, a file that is not a project, a damaged project, or one made by
    a newer Claimdesk is refused with a clear message and never written to.
    """
    path = Path(path)
    if not path.is_file():
        raise ProjectFileError(f"no project at {path}")
    state = inspect_project_file(path)
    if not state.is_sqlite or not state.is_project:
        raise ProjectFileError(f"{path} is not a Claimdesk project")
    if not state.healthy:
        raise ProjectFileError(f"{path} is damaged ({state.problem}); restore a backup")
    if state.revision not in known_revisions():
        raise ProjectFileError(
            f"{path} was made by a newer version of Claimdesk; update Claimdesk to open it"
        )
    if state.revision != head_revision():
        backup_file(path, backup_path_for(path, f"before-upgrade-{state.revision}"))
    engine = make_engine(path)
    if state.revision != head_revision():
        upgrade_to_head(engine)
    return Project(path=path, engine=engine, editor=resolve_editor(editor))


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
