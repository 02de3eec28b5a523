"""`export`, `template list|show|add|remove` and `import-workbook`: the ministry workbook and its way back."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.commands.output import Output
from app.commands.registry import Commands
from app.core.project import Project


def cmd_export(args: argparse.Namespace, out: Output, project: Project) -> int:
    from app.core.export.workbook import export_workbook

    statuses = tuple(args.status) if args.status else None
    report = export_workbook(project, args.out, lang=args.lang, statuses=statuses,
                             template=args.template, fmt=args.format)
    counts = report.counts()
    out.line(f"wrote {report.path} ({report.template}, {report.lang}): "
             + ", ".join(f"{v} {k}" for k, v in counts.items()))
    if report.links_dropped:
        out.warn(f"{report.links_dropped} cells have no link (Excel allows 65,530 per sheet); "
                 "their notes name the Claims row")
    out.data({"path": str(report.path), "template": report.template, "lang": report.lang,
              "format": report.format, "sheets": report.sheets, **counts})
    return 0


def cmd_template_list(args: argparse.Namespace, out: Output, project: Project) -> int:
    from app.core.templates import list_templates

    rows = list_templates(project)
    for row in rows:
        out.line(f"{row.name}\t{row.definition.get('lang', 'en')}\t{row.definition.get('description', '')}")
    if not rows:
        out.line("no templates stored; exports use the shipped 'ministry' template")
    out.data([{"name": r.name, "definition": r.definition} for r in rows])
    return 0


def cmd_template_show(args: argparse.Namespace, out: Output, project: Project) -> int:
    from app.core.templates import get_template

    spec = get_template(project, args.name)
    out.line(json.dumps(spec.definition, ensure_ascii=False, indent=2))
    out.data({"name": spec.name, "definition": spec.definition})
    return 0


def cmd_template_add(args: argparse.Namespace, out: Output, project: Project) -> int:
    from app.core.templates import add_template, template_from_file

    spec = template_from_file(args.file, args.name)
    row = add_template(project, spec, replace=args.replace)
    out.line(f"stored template {row.name}")
    out.data({"name": row.name, "id": row.id})
    return 0


def cmd_template_remove(args: argparse.Namespace, out: Output, project: Project) -> int:
    from app.core.templates import remove_template

    row = remove_template(project, args.name)
    out.line(f"removed template {row.name}")
    out.data({"name": row.name, "id": row.id})
    return 0


def cmd_import_workbook(args: argparse.Namespace, out: Output, project: Project) -> int:
    from app.core.workbook_import import import_workbook

    result = import_workbook(project, args.file)
    if result.already_imported:
        out.line(f"{args.file} was imported before; nothing new")
    for change in result.changes:
        out.line(f"proposed: {change.line}")
    for problem in result.unmatched:
        out.line(f"not matched: {problem}")
    out.line(f"{len(result.changes)} proposed claims, {result.unchanged} unchanged cells, "
             f"{len(result.unmatched)} rows or cells not matched")
    out.data({"document_id": result.document_id, "already_imported": result.already_imported,
              "proposed": [{"cell": c.cell, "claim_id": c.claim_id, "line": c.line} for c in result.changes],
              "unchanged": result.unchanged, "unmatched": result.unmatched})
    return 0


def register(cli: Commands) -> None:
    """export, template, import-workbook."""
    sp = cli.add("export", cmd_export, "export the ministry workbook")
    sp.add_argument("out", type=Path, help="the .xlsx file to write (a folder with --format csv)")
    sp.add_argument("--lang", choices=("en", "nl"), default=None,
                    help="labels in English or Dutch (default: the template's)")
    sp.add_argument("--status", action="append", choices=("accepted", "proposed", "disputed"),
                    help="claim statuses to export (default: the template's; repeat for more)")
    sp.add_argument("--template", help="the export template (default: ministry)")
    sp.add_argument("--format", choices=("xlsx", "csv"), default="xlsx",
                    help="xlsx (default) or csv: one UTF-8 file per sheet in the folder OUT")

    group = cli.group("template", "list, show, add and remove export templates")
    group.add("list", cmd_template_list, "the project's export templates")
    sp = group.add("show", cmd_template_show, "a template's definition")
    sp.add_argument("name", nargs="?", help="template name (default: ministry)")
    sp = group.add("add", cmd_template_add, "store a template from a TOML file")
    sp.add_argument("file", type=Path, help="the template's TOML file")
    sp.add_argument("--name", help="store it under this name instead of the file's")
    sp.add_argument("--replace", action="store_true", help="overwrite a template of the same name")
    sp = group.add("remove", cmd_template_remove, "delete a template")
    sp.add_argument("name")

    sp = cli.add("import-workbook", cmd_import_workbook,
                 "turn changed cells of a returned workbook into proposed claims")
    sp.add_argument("file", type=Path, help="a workbook Claimdesk exported, edited and sent back")
