"""`claimdesk`: the same use cases as the window, for scripts and headless runs.

With no arguments it opens the window on the default project.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__

# Nothing here imports the store at module level: `claimdesk` with no arguments opens the
# window, which shows before SQLAlchemy, SQLModel and Pydantic have loaded (~0.5 s).

# Each module declares its subcommands in register(cli); the interface is a contract:
# add to it, never rename.
COMMAND_MODULES = (
    "app.commands.documents",
    "app.commands.curation",
    "app.commands.project_ops",
    "app.commands.exporting",
    "app.commands.safety",
    "app.commands.review_tools",
)


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line interface."""
    from app.commands.registry import Commands, common_options

    parser = argparse.ArgumentParser(prog="claimdesk", description=__doc__)
    parser.add_argument("--version", action="version", version=f"claimdesk {__version__}")
    cli = Commands(parser.add_subparsers(dest="command", metavar="COMMAND"), common_options())
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(cli)
    return parser


def _fail(message: str) -> int:
    print(f"claimdesk: {message}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; expected failures print one line to stderr and exit 2."""
    argv = list(sys.argv[1:] if argv is None else argv)
    window = _window_project(argv)
    if window is not None:
        from app.commands.window import launch_window

        return launch_window(window or None)
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        parser.print_help()
        return 2
    return run(args)


def _window_project(argv: list[str]) -> Path | str | None:
    """For a window start, the project to open ("" for the default); None for any other command.

    `claimdesk`, `claimdesk open [PROJECT]` and a double-clicked project (one path) start
    the window without building the whole command line, which would import the store.
    """
    if not argv:
        return ""
    if len(argv) == 1 and argv[0].lower().endswith(".claimdesk") and Path(argv[0]).is_file():
        return Path(argv[0])
    if argv[0] == "open" and len(argv) <= 2 and not any(a.startswith("-") for a in argv[1:]):
        return Path(argv[1]) if len(argv) == 2 else ""
    return None


def run(args: argparse.Namespace) -> int:
    """Dispatch parsed arguments to their handler, turning expected failures into one line."""
    import sqlalchemy.exc

    from app.commands.output import Output
    from app.core.errors import ClaimdeskError
    from app.core.project import open_project

    out = Output(json_mode=getattr(args, "json", False))
    project = None
    try:
        if args.needs_project:
            project = open_project(args.project, editor=args.editor)
            return int(args.handler(args, out, project))
        return int(args.handler(args, out))
    except ClaimdeskError as exc:
        return _fail(str(exc))
    except (sqlalchemy.exc.OperationalError, sqlite3.OperationalError) as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return _fail("the project is busy in another program; try again in a moment")
        raise
    except KeyboardInterrupt:
        return _fail("interrupted; everything committed before this point is kept")
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; stop quietly like other Unix tools.
        sys.stderr.close()
        return 0
    finally:
        if project is not None:
            project.close()


if __name__ == "__main__":
    sys.exit(main())
