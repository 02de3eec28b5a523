"""Open the desktop window (`claimdesk`, `claimdesk open`, a double-clicked project).

Kept apart from the other commands so that starting the window imports no store module:
the window shows first and loads the store on a worker thread.
"""

from __future__ import annotations

from pathlib import Path


def launch_window(project: Path | None) -> int:
    """Open the desktop window on `project` (default: the demo project)."""
    try:
        from app.ui.main import run_window
    except ImportError:  # no Qt on this machine: show the demo flow on the command line
        return _headless_demo(project)
    return run_window(project)


def _headless_demo(project: Path | None) -> int:
    from app.commands.project_ops import ensure_default_project
    from app.core.claim_views import count_claims_by_status
    from app.core.project import open_project

    path = project or ensure_default_project()
    opened = open_project(path)
    try:
        counts = count_claims_by_status(opened)
    finally:
        opened.close()
    print(f"Demo project at {path}: " + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())))
    print(f"Try: claimdesk claims {path}")
    return 0
