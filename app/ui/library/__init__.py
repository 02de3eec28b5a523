"""The library dock: documents of the project, search, sorting and import."""

from app.ui.library.dock import LibraryDock

__all__ = ["LibraryDock"]
