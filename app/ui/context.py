"""What every part of the window shares: the open project, the undo stack, change notices."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from app.core.project import Project


@dataclass(frozen=True)
class Changes:
    """What a user action touched, so views refresh only that (after Anki's OpChanges)."""

    documents: bool = False
    annotations: frozenset[str] = field(default_factory=frozenset)  # document ids
    records: bool = False
    claims: bool = False
    schema: bool = False

    @staticmethod
    def everything() -> "Changes":
        """After opening a project or a merge: redraw all."""
        return Changes(documents=True, records=True, claims=True, schema=True)


class AppContext(QObject):
    """The open project and its undo stack; widgets hold this, never a database session."""

    projectChanged = Signal()
    changed = Signal(object)  # a Changes
    openingChanged = Signal()  # a project started or finished opening in the background

    def __init__(self, editor: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.editor = editor
        self.undo_stack = QUndoStack(self)
        self.opening: str | None = None  # the name of a project being opened off the GUI thread

    def set_opening(self, name: str | None) -> None:
        """Say that `name` is being opened (None: done), so empty views say so meanwhile."""
        self.opening = name
        self.openingChanged.emit()

    def open(self, path: Path) -> Project:
        """Open `path` (raises ClaimdeskError with a user-facing sentence on failure)."""
        from app.core.project import open_project  # the store loads on first use: the window shows first

        project = open_project(path, editor=self.editor, backup=False)  # the window backs up off-thread
        self.adopt(project)
        return project

    def adopt(self, project: Project) -> None:
        """Make an opened `project` the open one (closing any other); views hear of it."""
        self.close(announce=False)
        self.project = project
        self.undo_stack.clear()
        self.projectChanged.emit()

    def close(self, announce: bool = True) -> None:
        """Close the open project, if any (views hear of it unless another opens at once)."""
        if self.project is not None:
            self.project.close()
            self.project = None
            self.undo_stack.clear()
            if announce:
                self.projectChanged.emit()

    def closed_text(self) -> str | None:
        """What an empty view says while no project is open (None once one is)."""
        if self.project is not None:
            return None
        if self.opening:
            return self.tr("Opening %1…").replace("%1", self.opening)
        return self.tr("No project is open.")

    def notify(self, changes: Changes) -> None:
        """Tell every view what an action changed."""
        self.changed.emit(changes)
