"""Advisory locks on a project, held in a small `.lock` file beside it.

Every process that opens a project holds a shared lock; replacing the file (restore)
needs the exclusive lock, so a project is never swapped under an open window. The lock
lives in its own file because closing any descriptor of the database file itself would
drop SQLite's own POSIX locks. Where `fcntl` is missing (Windows) the lock is a no-op
and SQLite's locking still keeps concurrent writers safe.
"""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class LockBusy(Exception):
    """Another process holds a lock that conflicts with the one asked for."""


def lock_path_for(project: Path) -> Path:
    """The lock file of `project`."""
    return project.with_name(project.name + ".lock")


class ProjectLock:
    """A held lock on a project; release it with `release()`."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    @classmethod
    def acquire(cls, project: Path, exclusive: bool) -> "ProjectLock":
        """Take the lock without waiting; raises LockBusy when another process conflicts.

        A folder we cannot write to (a read-only stick) gives an empty lock: nothing there
        can be replaced by us either.
        """
        if fcntl is None:
            return cls(None)
        try:
            fd = os.open(lock_path_for(project), os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return cls(None)
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise LockBusy(str(exc)) from exc
        return cls(fd)

    def release(self) -> None:
        """Give the lock up (closing the descriptor releases it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
