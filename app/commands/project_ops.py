"""`check`, `demo`, `open` and the window launcher (`export` lives in exporting.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.output import Output
from app.commands.registry import Commands
from app.commands.window import launch_window
from app.core.errors import ClaimdeskError
from app.core.project import Project, remove_project_files
from app.paths import default_project_path


def cmd_check(args: argparse.Namespace, out: Output, project: Project) -> int:
    from app.core.integrity import check_project

    problems = check_project(project)
    for problem in problems:
        out.line(f"problem: {problem}")
    if not problems:
        out.line("ok: no problems found")
    out.data({"ok": not problems, "problems": problems})
    return 1 if problems else 0


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    from app.core.demo import build_demo_project

    path = Path(args.project) if args.project else default_project_path()
    if path.exists():
        if not args.force:
            raise ClaimdeskError(f"{path} already exists; use --force to rebuild it")
        remove_project_files(path)
    project = build_demo_project(path, editor=args.editor)
    project.close()
    out.line(f"built the demo project at {path}")
    out.data({"project": str(path)})
    return 0


def ensure_default_project() -> Path:
    """The default project, built from the demo on first start."""
    from app.core.demo import build_demo_project

    path = default_project_path()
    if not path.exists():
        build_demo_project(path).close()
    return path


def cmd_open(args: argparse.Namespace, out: Output) -> int:
    return launch_window(Path(args.project) if args.project else None)


def register(cli: Commands) -> None:
    """check, demo, open."""
    cli.add("check", cmd_check, "check the project's integrity; exit 1 if anything is wrong")

    sp = cli.add("demo", cmd_demo, "build the demo project", project=False)
    sp.add_argument("project", type=Path, nargs="?", help="where (default: the user data folder)")
    sp.add_argument("--force", action="store_true", help="replace an existing demo project")

    sp = cli.add("open", cmd_open, "open a project in the window", project=False)
    sp.add_argument("project", type=Path, nargs="?")
