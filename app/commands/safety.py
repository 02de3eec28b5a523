"""`merge`, `merge-conflicts`, `merge-resolve`, `backup`, `backups`, `restore`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.output import Output
from app.commands.registry import Commands
from app.core.project import Project


def cmd_merge(args: argparse.Namespace, out: Output, project: Project) -> int:
    from app.core.merge import merge_project

    report = merge_project(project, args.other)
    if report.nothing_new:
        out.line(f"nothing to merge: {args.project} already holds everything in {args.other}")
    else:
        out.line(f"backup before merging: {report.backup}")
        out.line(f"came in: {report.changes_in} changes")
        for label, counts in (("added", report.inserted), ("changed", report.updated),
                              ("removed", report.deleted)):
            if counts:
                out.line(f"  {label}: " + ", ".join(f"{n} {t}" for t, n in sorted(counts.items())))
        if report.duplicates:
            out.line(f"  folded {report.duplicates} rows that both copies had added alike")
        out.line(f"conflicts: {len(report.conflicts)}" + ("" if not report.conflicts else
                 " (both versions kept; see `claimdesk merge-conflicts`)"))
        for note in report.conflicts:
            out.line(f"  {note.id}  {note.kind} {note.table_name} {note.row_id} {', '.join(note.columns)}")
    out.data({"project": str(report.project), "other": str(report.other),
              "backup": str(report.backup) if report.backup else None,
              "changes_in": report.changes_in, "inserted": report.inserted, "updated": report.updated,
              "deleted": report.deleted, "duplicates": report.duplicates,
              "conflicts": [vars(n) for n in report.conflicts],
              "conflicts_taken_over": report.conflicts_taken_over})
    return 0


def cmd_conflicts(args: argparse.Namespace, out: Output, project: Project) -> int:
    from app.core.merge_conflicts import list_merge_conflicts

    views = list_merge_conflicts(project, include_resolved=args.all)
    for view in views:
        state = f"  [{view.resolution}]" if view.resolution else ""
        out.line(f"{view.id}  {view.summary()}{state}")
    if not views:
        out.line("no open merge conflicts")
    out.data([vars(v) for v in views])
    return 0


def cmd_resolve(args: argparse.Namespace, out: Output, project: Project) -> int:
    from app.core.merge_conflicts import resolve_merge_conflict

    view = resolve_merge_conflict(project, args.conflict, args.keep)
    out.line(f"{view.id}  decided: {view.resolution}")
    out.data(vars(view))
    return 0


def cmd_backup(args: argparse.Namespace, out: Output) -> int:
    from app.core.backups import backup_project

    path = backup_project(args.project, "manual")
    out.line(str(path))
    out.data({"backup": str(path)})
    return 0


def cmd_backups(args: argparse.Namespace, out: Output) -> int:
    from app.core.backups import list_backups

    backups = list_backups(args.project)
    for b in backups:
        out.line(f"{b.created_at}  {b.reason:24} {b.size:>10}  {b.path}")
    if not backups:
        out.line(f"no backups of {args.project} yet")
    out.data([{"path": str(b.path), "created_at": b.created_at, "reason": b.reason, "size": b.size}
              for b in backups])
    return 0


def cmd_restore(args: argparse.Namespace, out: Output) -> int:
    from app.core.backups import restore_project

    result = restore_project(args.project, args.backup)
    out.line(f"restored {result.project} from {result.restored_from}")
    if result.previous_copy is not None:
        out.line(f"the file it replaced is kept at {result.previous_copy}")
    out.data({"project": str(result.project), "restored_from": str(result.restored_from),
              "previous_copy": str(result.previous_copy) if result.previous_copy else None})
    return 0


def register(cli: Commands) -> None:
    """merge, merge-conflicts, merge-resolve, backup, backups, restore."""
    sp = cli.add("merge", cmd_merge, "bring in everything added or changed in a copy of this project")
    sp.add_argument("other", type=Path, help="the copy (e.g. from a laptop) to merge in")

    sp = cli.add("merge-conflicts", cmd_conflicts, "list what two merged copies changed differently")
    sp.add_argument("--all", action="store_true", help="include decided conflicts")

    sp = cli.add("merge-resolve", cmd_resolve, "decide a merge conflict")
    sp.add_argument("conflict", help="conflict id or id prefix")
    sp.add_argument("--keep", required=True, choices=("kept", "other", "dismiss"),
                    help="kept: leave the row as it is; other: take the other version; dismiss: close")

    sp = cli.add("backup", cmd_backup, "make a backup copy of the project now", project=False)
    sp.add_argument("project", type=Path, help="the project file (.claimdesk)")

    sp = cli.add("backups", cmd_backups, "list the project's backups, newest first", project=False)
    sp.add_argument("project", type=Path, help="the project file (.claimdesk)")

    sp = cli.add("restore", cmd_restore, "replace the project with a backup (the current file is kept)",
                 project=False)
    sp.add_argument("project", type=Path, help="the project file (.claimdesk)")
    sp.add_argument("backup", type=Path, help="the backup file to restore")
