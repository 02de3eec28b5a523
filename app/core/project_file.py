"""Whether a file on disk is a Claimdesk project this version can use, decided read-only."""

from __future__ import annotations

from pathlib import Path

from app.core.errors import ProjectFileError
from database.inspect_file import FileState, inspect_project_file
from database.revisions import known_revisions


def check_project_file(path: Path, *, missing: str, damaged: str, newer: str) -> FileState:
    """The file's state, or one sentence refusing it; nothing is written to the file.

    `missing`, `damaged` and `newer` finish the sentences for the caller's purpose, e.g.
    `"no project at"`, `"restore a backup"`, `"; update Claimdesk to open it"`.
    """
    if not path.is_file():
        raise ProjectFileError(f"{missing} {path}")
    state = inspect_project_file(path)
    if not state.is_project:
        raise ProjectFileError(f"{path} is not a Claimdesk project")
    if not state.healthy:
        raise ProjectFileError(f"{path} is damaged ({state.problem}); {damaged}")
    if state.revision not in known_revisions():
        raise ProjectFileError(f"{path} was made by a newer version of Claimdesk{newer}")
    return state
