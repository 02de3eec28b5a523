"""Copies of a project file made with SQLite's online backup API (safe while in use)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path


def backup_path_for(project: Path, reason: str) -> Path:
    """Where a backup of `project` made now for `reason` goes: a `backups` folder beside it."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    folder = project.parent / f"{project.stem}.backups"
    return folder / f"{project.stem}-{stamp}-{reason}{project.suffix}"


def backup_file(source: Path, target: Path) -> Path:
    """Copy the database at `source` to `target` consistently, then fsync it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def prune_backups(project: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups of `project`; returns what was removed."""
    folder = project.parent / f"{project.stem}.backups"
    if not folder.is_dir():
        return []
    backups = sorted(folder.glob(f"{project.stem}-*{project.suffix}"))
    doomed = backups[:-keep] if keep > 0 else backups
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
