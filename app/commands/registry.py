"""How command modules declare their subcommands (each module has `register(cli)`)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

Handler = Callable[..., int]


def common_options() -> argparse.ArgumentParser:
    """--editor and --json, shared by every command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--editor", help="who is editing (default: $CLAIMDESK_EDITOR, else login name)")
    common.add_argument("--json", action="store_true", help="print JSON only")
    return common


def add_paging(parser: argparse.ArgumentParser) -> None:
    """--limit/--offset for listings (they page instead of loading every row)."""
    parser.add_argument("--limit", type=int, default=100, help="rows per page (default 100)")
    parser.add_argument("--offset", type=int, default=0, help="rows to skip")


class Commands:
    """A level of subcommands: `claimdesk NAME` or, for a group, `claimdesk GROUP NAME`."""

    def __init__(self, subparsers: Any, common: argparse.ArgumentParser) -> None:
        self._sub = subparsers
        self._common = common
        self._groups: dict[str, Commands] = {}

    def add(self, name: str, handler: Handler, help_text: str,
            project: bool = True) -> argparse.ArgumentParser:
        """A subcommand; with `project`, its first argument is the project file, opened for it."""
        parser = self._sub.add_parser(name, help=help_text, description=help_text,
                                      parents=[self._common])
        if project:
            parser.add_argument("project", type=Path, help="the project file (.claimdesk)")
        parser.set_defaults(handler=handler, needs_project=project)
        return parser

    def group(self, name: str, help_text: str) -> "Commands":
        """A subcommand with actions of its own (`claimdesk record add ...`).

        Asking again for a group returns the same one, so several modules add actions to it.
        """
        if name not in self._groups:
            parser = self._sub.add_parser(name, help=help_text, description=help_text)
            self._groups[name] = Commands(parser.add_subparsers(
                dest=f"{name}_action", metavar="ACTION", required=True), self._common)
        return self._groups[name]
