"""`claimdesk`: the same use cases as the window, for scripts and headless runs.

With no arguments it opens the window on the default project.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import sqlalchemy.exc

from app import __version__
from app.commands.output import Output

Handler = Callable[..., int]


def _common(json_flag: bool = True) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--editor", help="who is editing (default: $CLAIMDESK_EDITOR, else login name)")
    if json_flag:
        common.add_argument("--json", action="store_true", help="print JSON only")
    return common


def _paging(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=int, default=100, help="rows per page (default 100)")
    parser.add_argument("--offset", type=int, default=0, help="rows to skip")


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line interface (a contract: add to it, never rename)."""
    from app.commands import documents as d
    from app.commands import curation as c
    from app.commands import project_ops as p

    parser = argparse.ArgumentParser(prog="claimdesk", description=__doc__)
    parser.add_argument("--version", action="version", version=f"claimdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = _common()

    def cmd(name: str, handler: Handler, help_text: str, project: bool = True,
            parents: Sequence[argparse.ArgumentParser] = (common,)) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_text, parents=list(parents), description=help_text)
        if project:
            sp.add_argument("project", type=Path, help="the project file (.claimdesk)")
        sp.set_defaults(handler=handler, needs_project=project)
        return sp

    sp = cmd("init", d.cmd_init, "create a new project", project=False)
    sp.add_argument("project", type=Path)
    sp.add_argument("--schema", help="schema name or TOML path (default ai-infrastructure)")
    sp.add_argument("--name", help="the project's display name")

    sp = cmd("import", d.cmd_import, "import files and folders (recursively)")
    sp.add_argument("paths", nargs="+")
    sp.add_argument("--max-size", type=float, default=200, help="largest file to import, in MB")

    sp = cmd("docs", d.cmd_docs, "list documents")
    sp.add_argument("--query", help="only documents matching this full-text query")
    sp.add_argument("--order", choices=("imported", "title", "published"), default="imported")
    _paging(sp)

    sp = cmd("show", d.cmd_show, "a document's metadata and full text")
    sp.add_argument("doc", help="document id, id prefix or exact title")

    cmd("schema", d.cmd_schema, "record types and their fields")

    sp = cmd("annotate", d.cmd_annotate, "mark a span of a document; prints the annotation id")
    sp.add_argument("doc", help="document id, id prefix or exact title")
    sp.add_argument("--quote", help="the exact text to mark")
    sp.add_argument("--nth", type=int, help="which occurrence of the quote (1-based)")
    sp.add_argument("--start", type=int, help="start offset (code points), instead of --quote")
    sp.add_argument("--end", type=int, help="end offset (code points), instead of --quote")
    sp.add_argument("--label")
    sp.add_argument("--note")

    _record_commands(sub, cmd, common, c)
    _claim_commands(sub, cmd, common, c)

    sp = cmd("search", d.cmd_search, "full-text search over titles and text")
    sp.add_argument("query")
    _paging(sp)

    sp = cmd("history", c.cmd_history, "changes from the change log, newest first")
    sp.add_argument("id", nargs="?", help="a record, claim, document or annotation id (or prefix)")
    sp.add_argument("--by", help="only changes by this editor")
    sp.add_argument("--since", help="ISO date or time, inclusive")
    sp.add_argument("--until", help="ISO date or time, exclusive")
    _paging(sp)

    sp = cmd("export", p.cmd_export, "export the ministry workbook")
    sp.add_argument("out", type=Path, help="the .xlsx file to write")
    sp.add_argument("--lang", choices=("en", "nl"), default="en")
    sp.add_argument("--status", action="append", choices=("accepted", "proposed", "disputed"),
                    help="claim statuses to export (default: accepted; repeat for more)")

    cmd("check", p.cmd_check, "check the project's integrity; exit 1 if anything is wrong")

    sp = cmd("parse-value", c.cmd_parse_value, "show how a value is read", project=False)
    sp.add_argument("text")
    sp.add_argument("--lang", choices=("nl", "en"), default="nl")

    sp = cmd("demo", p.cmd_demo, "build the demo project", project=False)
    sp.add_argument("project", type=Path, nargs="?", help="where (default: the user data folder)")
    sp.add_argument("--force", action="store_true", help="replace an existing demo project")

    sp = cmd("open", p.cmd_open, "open a project in the window", project=False)
    sp.add_argument("project", type=Path, nargs="?")
    return parser


def _record_commands(sub, cmd, common, c) -> None:  # type: ignore[no-untyped-def]
    record = sub.add_parser("record", help="add records").add_subparsers(dest="record_command",
                                                                         metavar="ACTION", required=True)
    sp = record.add_parser("add", parents=[common], help="add a record; prints its id")
    sp.add_argument("project", type=Path)
    sp.add_argument("type", help="record type key, e.g. organisation")
    sp.add_argument("label")
    sp.add_argument("--alias", action="append", help="another name (repeatable)")
    sp.set_defaults(handler=c.cmd_record_add, needs_project=True)

    sp = cmd("records", c.cmd_records, "list records")
    sp.add_argument("--type", help="only records of this type")
    _paging(sp)


def _claim_commands(sub, cmd, common, c) -> None:  # type: ignore[no-untyped-def]
    claim = sub.add_parser("claim", help="add and review claims").add_subparsers(
        dest="claim_command", metavar="ACTION", required=True)
    sp = claim.add_parser("add", parents=[common], help="claim a value for a record's field")
    sp.add_argument("project", type=Path)
    sp.add_argument("record", help="record id, label or alias")
    sp.add_argument("field", help="field key")
    sp.add_argument("value", help="the value as written, e.g. '2,1 miljard euro'")
    sp.add_argument("--evidence", action="append", help="annotation id (repeatable)")
    sp.add_argument("--lang", choices=("nl", "en"), help="how to read numbers (default: the source's)")
    sp.set_defaults(handler=c.cmd_claim_add, needs_project=True)

    sp = claim.add_parser("review", parents=[common], help="accept, reject or dispute a claim")
    sp.add_argument("project", type=Path)
    sp.add_argument("claim", help="claim id or id prefix")
    sp.add_argument("decision", choices=("accept", "reject", "dispute", "reopen"))
    sp.add_argument("--note")
    sp.set_defaults(handler=c.cmd_claim_review, needs_project=True)

    sp = cmd("claims", c.cmd_claims, "list claims, newest first")
    sp.add_argument("--record", help="record id, label or alias")
    sp.add_argument("--status", choices=("proposed", "accepted", "rejected", "disputed"))
    sp.add_argument("--type", help="only claims about records of this type")
    _paging(sp)


def _fail(message: str) -> int:
    print(f"claimdesk: {message}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; expected failures print one line to stderr and exit 2."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        from app.commands.project_ops import launch_window

        return launch_window(None)
    args = build_parser().parse_args(argv)
    if getattr(args, "handler", None) is None:
        build_parser().print_help()
        return 2
    return run(args)


def run(args: argparse.Namespace) -> int:
    """Dispatch parsed arguments to their handler, turning expected failures into one line."""
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
