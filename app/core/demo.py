"""The demo project: our own demo documents, curated as the manifest describes."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

# `annotations` is taken by the __future__ import above; the module gets its own name.
from app.core import annotations as annotation_ops
from app.core import claims, documents, records, review
from app.core.errors import ClaimdeskError
from app.core.project import Project, create_project, remove_project_files
from app.paths import resources_dir

DEMO_EDITOR = "Claimdesk demo"


def demo_dir() -> Path:
    """Where the demo documents and manifest live."""
    return resources_dir() / "demo"


def build_demo_project(path: Path, editor: str | None = None) -> Project:
    """Create a project at `path` with the demo documents, records and reviewed claims."""
    manifest = tomllib.loads((demo_dir() / "manifest.toml").read_text(encoding="utf-8"))
    project = create_project(path, name="Claimdesk demo", editor=editor or DEMO_EDITOR)
    try:
        doc_ids = _import_documents(project)
        record_ids = _add_records(project, manifest.get("record", []))
        for entry in manifest.get("claim", []):
            _add_claim(project, entry, doc_ids, record_ids)
    except BaseException:
        project.close()
        remove_project_files(path)
        raise
    return project


def _import_documents(project: Project) -> dict[str, str]:
    files = sorted(p for p in demo_dir().iterdir() if p.suffix in {".txt", ".md", ".html", ".docx", ".pdf"})
    results = documents.import_paths(project, files)
    failed = [r for r in results if r.status == "failed"]
    if failed:
        raise ClaimdeskError(f"demo document {failed[0].path.name} failed: {failed[0].message}")
    return {r.path.name: r.document_id for r in results if r.document_id}


def _add_records(project: Project, entries: list[dict[str, Any]]) -> dict[str, str]:
    ids: dict[str, str] = {}
    for entry in entries:
        rec = records.add_record(project, entry["type"], entry["label"], entry.get("aliases", []))
        ids[entry["key"]] = rec.id
    return ids


def _add_claim(project: Project, entry: dict[str, Any], doc_ids: dict[str, str],
               record_ids: dict[str, str]) -> None:
    proposer = entry.get("editor", DEMO_EDITOR)
    project.editor = proposer
    evidence = []
    if entry.get("document") and entry.get("quote"):
        ann = annotation_ops.add_annotation(project, doc_ids[entry["document"]], quote=entry["quote"],
                                            nth=entry.get("nth"))
        evidence.append(ann.id)
    value = str(entry["value"])
    if value.startswith("@"):
        value = record_ids[value[1:]]
    added = claims.add_claim(project, record_ids[entry["record"]], entry["field"], value,
                             evidence=evidence, lang=entry.get("lang"))
    status = entry.get("status", "proposed")
    if status != "proposed":
        project.editor = entry.get("reviewer", DEMO_EDITOR)
        decision = {"accepted": "accept", "rejected": "reject", "disputed": "dispute"}[status]
        review.review_claim(project, added.claim.id, decision, entry.get("note"))
    project.editor = DEMO_EDITOR
