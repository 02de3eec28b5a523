"""Rolling backups of a project (SQLite's online backup API) and restoring one.

Backups go to `<name>.backups/` beside the project. A backup is taken when a project is
opened (at most once per interval), before an upgrade, before a merge, before a restore,
and whenever the user asks. How many are kept is the project setting `backups_keep`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from app.core.errors import ProjectFileError
from app.core.project_file import check_project_file
from database.backup import backup_file, backup_path_for, prune_backups
from database.file_lock import LockBusy, ProjectLock
from database.inspect_file import inspect_project_file

DEFAULT_KEEP = 10
DEFAULT_INTERVAL_MINUTES = 60
_NAME = re.compile(r"-(\d{8}T\d{12}Z)-(.+)$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when (UTC), why and how big."""

    path: Path
    created_at: str
    reason: str
    size: int


@dataclass(frozen=True)
class BackupPolicy:
    """How many backups a project keeps and how often opening it makes a new one."""

    keep: int = DEFAULT_KEEP
    interval_minutes: int = DEFAULT_INTERVAL_MINUTES


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup put in place and the copy kept of the file it replaced."""

    project: Path
    restored_from: Path
    previous_copy: Path | None


def backup_policy(project_path: Path) -> BackupPolicy:
    """The project's settings `backups_keep` and `backup_interval_minutes`, read without writing."""
    try:
        conn = sqlite3.connect(f"file:{project_path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT settings FROM project").fetchone()
        finally:
            conn.close()
        settings = json.loads(row[0]) if row and row[0] else {}
    except (sqlite3.Error, ValueError):
        return BackupPolicy()
    keep = settings.get("backups_keep", DEFAULT_KEEP)
    interval = settings.get("backup_interval_minutes", DEFAULT_INTERVAL_MINUTES)
    return BackupPolicy(int(keep) if isinstance(keep, int) and keep > 0 else DEFAULT_KEEP,
                        int(interval) if isinstance(interval, int) and interval >= 0
                        else DEFAULT_INTERVAL_MINUTES)


def backup_project(project_path: Path, reason: str = "manual", keep: int | None = None) -> Path:
    """Copy the project consistently (even while it is being edited); prune old copies."""
    project_path = Path(project_path)
    state = inspect_project_file(project_path) if project_path.is_file() else None
    if state is None or not state.is_project:
        raise ProjectFileError(f"{project_path} is not a Claimdesk project")
    target = backup_file(project_path, backup_path_for(project_path, reason))
    _fsync(target)
    prune_backups(project_path, keep if keep is not None else backup_policy(project_path).keep)
    return target


def list_backups(project_path: Path) -> list[BackupInfo]:
    """The project's backups, newest first."""
    project_path = Path(project_path)
    folder = project_path.parent / f"{project_path.stem}.backups"
    if not folder.is_dir():
        return []
    out = []
    for path in folder.glob(f"{project_path.stem}-*{project_path.suffix}"):
        match = _NAME.search(path.name[len(project_path.stem):-len(project_path.suffix) or None])
        if match is None:
            continue
        stamp = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc)
        out.append(BackupInfo(path, stamp.isoformat(timespec="seconds").replace("+00:00", "Z"),
                              match.group(2), path.stat().st_size))
    return sorted(out, key=lambda b: b.path.name, reverse=True)


def backup_if_due(project_path: Path, now: float | None = None) -> Path | None:
    """A rolling backup unless the newest backup is younger than the project's interval.

    Called on every open, so running many CLI commands does not copy the file each time.
    """
    policy = backup_policy(project_path)
    newest = list_backups(project_path)[:1]
    now = time.time() if now is None else now
    if newest and now - newest[0].path.stat().st_mtime < policy.interval_minutes * 60:
        return None
    return backup_project(project_path, "rolling", policy.keep)


def restore_project(project_path: Path, backup_path: Path) -> RestoreResult:
    """Put a backup in place of the project; the file it replaces is kept as a backup first.

    Refused when the backup is not a sound Claimdesk project of a revision we know, when it
    belongs to another project, or while the project is open in another Claimdesk.
    """
    project_path, backup_path = Path(project_path), Path(backup_path)
    _check_backup(project_path, backup_path)
    try:
        lock = ProjectLock.acquire(project_path, exclusive=True)
    except LockBusy:
        raise ProjectFileError(
            f"{project_path} is open in another Claimdesk window or command; close it before restoring"
        ) from None
    try:
        previous = _keep_current(project_path)
        staged = project_path.with_name(project_path.name + ".restoring")
        backup_file(backup_path, staged)
        _fsync(staged)
        for suffix in ("-wal", "-shm"):
            Path(f"{project_path}{suffix}").unlink(missing_ok=True)
        os.replace(staged, project_path)
        _fsync_dir(project_path.parent)
    finally:
        lock.release()
    return RestoreResult(project_path, backup_path, previous)


def _check_backup(project_path: Path, backup_path: Path) -> None:
    check_project_file(backup_path, missing="no backup at", damaged="choose another backup", newer="")
    if backup_path.resolve() == project_path.resolve():
        raise ProjectFileError("a project cannot be restored from itself")
    current = _project_id(project_path)
    if current is not None and current != _project_id(backup_path):
        raise ProjectFileError(f"{backup_path} is a backup of another project, not of {project_path}")


def _project_id(path: Path) -> str | None:
    if not path.is_file() or not inspect_project_file(path).is_project:
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT id FROM project").fetchone()
        return str(row[0]) if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _keep_current(project_path: Path) -> Path | None:
    # A damaged file cannot go through the backup API; its raw bytes are kept instead.
    if not project_path.exists():
        return None
    target = backup_path_for(project_path, "before-restore")
    state = inspect_project_file(project_path)
    if state.is_sqlite and state.healthy:
        backup_file(project_path, target)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(project_path, target)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{project_path}{suffix}")
            if side.exists():
                shutil.copy2(side, Path(f"{target}{suffix}"))
    _fsync(target)
    return target


def _fsync(path: Path) -> None:
    with path.open("rb") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
