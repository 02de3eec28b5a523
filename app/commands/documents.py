"""`init`, `import`, `docs`, `show`, `search`, `annotate`, `schema`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from app.commands.registry import Commands, add_paging
from app.commands.output import Output, short
from app.core import annotations, documents
from app.core.importers import ImportLimits
from app.core.project import Project, create_project
from app.core.schema import fields_of, record_types
from database.fts import search_documents


def cmd_init(args: argparse.Namespace, out: Output) -> int:
    project = create_project(Path(args.project), name=args.name, schema=args.schema, editor=args.editor)
    info = project.info()
    project.close()
    out.line(f"created {args.project} ({info.schema_name} schema, id {info.id})")
    out.data({"project": str(args.project), "id": info.id, "name": info.name, "schema": info.schema_name})
    return 0


class _Progress:
    """A one-line progress bar on stderr, only on a terminal and never in JSON mode."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.started = time.monotonic()

    def update(self, done: int, total: int, name: str) -> None:
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.started
        left = elapsed / done * (total - done) if done else 0.0
        width = 24
        filled = int(width * done / max(total, 1))
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r[{bar}] {done}/{total} {short(name, 30):30} {left:5.0f}s left")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 90 + "\r")


def cmd_import(args: argparse.Namespace, out: Output, project: Project) -> int:
    limits = ImportLimits(max_file_bytes=int(args.max_size * 1024 * 1024))
    progress = _Progress(enabled=not out.json_mode)
    results: list[dict[str, object]] = []

    def report(done: int, total: int, result: documents.ImportResult) -> None:
        progress.update(done, total, result.path.name)
        results.append({"path": str(result.path), "status": result.status,
                        "id": result.document_id, "title": result.title, "message": result.message})
        if not out.json_mode:
            progress.close()
            if result.status == "failed":
                print(f"error: {result.path}: {result.message}", file=sys.stderr)
            elif result.status == "present":
                out.line(f"{result.document_id}  {short(result.title)}  (already present)")
            else:
                out.line(f"{result.document_id}  {short(result.title)}")

    missing = [p for p in args.paths if not Path(p).exists()]
    for path in missing:
        results.append({"path": path, "status": "failed", "message": "no such file or folder"})
        if not out.json_mode:
            print(f"error: {path}: no such file or folder", file=sys.stderr)
    existing = [Path(p) for p in args.paths if Path(p).exists()]
    documents.import_paths(project, existing, limits, on_result=report)
    progress.close()
    out.data(results)
    return 1 if any(r["status"] == "failed" for r in results) else 0


def cmd_docs(args: argparse.Namespace, out: Output, project: Project) -> int:
    ids = None
    if args.query:
        with project.read() as session:
            from database.fts import matching_document_ids

            ids = matching_document_ids(session, args.query)
    rows = documents.list_documents(project, limit=args.limit, offset=args.offset,
                                    document_ids=ids, order=args.order)
    for row in rows:
        d = row.document
        out.line(f"{d.id}  {d.published or '----':10}  {row.annotations:4} ann  "
                 f"{row.claims:4} claims  {short(d.title, 60)}")
    out.data([{**r.document.model_dump(), "annotations": r.annotations, "claims": r.claims}
              for r in rows])
    return 0


def cmd_show(args: argparse.Namespace, out: Output, project: Project) -> int:
    with project.read() as session:
        doc = documents.resolve_document(session, args.doc)
        text = documents.document_text(session, doc.id)
    meta = doc.model_dump()
    for key in ("id", "title", "format", "publisher", "author", "published", "url", "language",
                "filename", "sha256", "imported_at", "imported_by"):
        if meta.get(key):
            out.line(f"{key:12} {meta[key]}")
    out.line()
    out.line(text)
    out.data({**meta, "text": text})
    return 0


def cmd_search(args: argparse.Namespace, out: Output, project: Project) -> int:
    with project.read() as session:
        hits = search_documents(session, args.query, limit=args.limit, offset=args.offset)
    for hit in hits:
        out.line(f"{hit.document_id}  {short(hit.title, 50)}  {short(hit.snippet, 80)}")
    out.data([{"document_id": h.document_id, "title": h.title, "snippet": h.snippet,
               "rank": h.rank} for h in hits])
    if not hits:
        out.line("no documents match")
    return 0


def cmd_annotate(args: argparse.Namespace, out: Output, project: Project) -> int:
    ann = annotations.add_annotation(
        project, args.doc, quote=args.quote, nth=args.nth, start=args.start, end=args.end,
        label=args.label, note=args.note,
    )
    out.line(ann.id)
    out.data(ann.model_dump())
    return 0


def cmd_schema(args: argparse.Namespace, out: Output, project: Project) -> int:
    payload = []
    with project.read() as session:
        for rtype in record_types(session):
            fields = fields_of(session, rtype.id)
            out.line(f"{rtype.key}  ({rtype.label_en} / {rtype.label_nl})")
            for f in fields:
                extra = " ".join(x for x in (f.unit or "", f.currency or "",
                                             f"→ {f.ref_type}" if f.ref_type else "",
                                             "|".join(f.choices or [])) if x)
                flags = ("required " if f.required else "") + ("multiple" if f.multiple else "")
                out.line(f"  {f.key:16} {f.datatype:10} {f.label_en} / {f.label_nl}  {extra} {flags}".rstrip())
            payload.append({**rtype.model_dump(), "fields": [f.model_dump() for f in fields]})
    out.data(payload)
    return 0


def register(cli: Commands) -> None:
    """init, import, docs, show, schema, annotate, search."""
    sp = cli.add("init", cmd_init, "create a new project", project=False)
    sp.add_argument("project", type=Path)
    sp.add_argument("--schema", help="schema name or TOML path (default ai-infrastructure)")
    sp.add_argument("--name", help="the project's display name")

    sp = cli.add("import", cmd_import, "import files and folders (recursively)")
    sp.add_argument("paths", nargs="+")
    sp.add_argument("--max-size", type=float, default=200, help="largest file to import, in MB")

    sp = cli.add("docs", cmd_docs, "list documents")
    sp.add_argument("--query", help="only documents matching this full-text query")
    sp.add_argument("--order", choices=("imported", "title", "published"), default="imported")
    add_paging(sp)

    sp = cli.add("show", cmd_show, "a document's metadata and full text")
    sp.add_argument("doc", help="document id, id prefix or exact title")

    cli.add("schema", cmd_schema, "record types and their fields")

    sp = cli.add("annotate", cmd_annotate, "mark a span of a document; prints the annotation id")
    sp.add_argument("doc", help="document id, id prefix or exact title")
    sp.add_argument("--quote", help="the exact text to mark")
    sp.add_argument("--nth", type=int, help="which occurrence of the quote (1-based)")
    sp.add_argument("--start", type=int, help="start offset (code points), instead of --quote")
    sp.add_argument("--end", type=int, help="end offset (code points), instead of --quote")
    sp.add_argument("--label")
    sp.add_argument("--note")

    sp = cli.add("search", cmd_search, "full-text search over titles and text")
    sp.add_argument("query")
    add_paging(sp)
    register_reextract(cli)


def cmd_reextract(args: argparse.Namespace, out: Output, project: Project) -> int:
    from app.core.reextract import reextract_document

    report = reextract_document(project, args.doc)
    out.line(f"{report.document_id}: text {'changed' if report.text_changed else 'unchanged'}; "
             f"{report.kept} annotations in place, {len(report.moved)} re-anchored, "
             f"{len(report.orphaned)} orphaned")
    for ann_id in report.orphaned:
        out.line(f"orphaned: {ann_id}")
    out.data({"document_id": report.document_id, "text_changed": report.text_changed,
              "kept": report.kept, "moved": report.moved, "orphaned": report.orphaned})
    return 0


def register_reextract(cli: Commands) -> None:
    """reextract."""
    sp = cli.add("reextract", cmd_reextract,
                 "extract a document's stored original again and re-anchor its annotations")
    sp.add_argument("doc", help="document id, id prefix or exact title")
