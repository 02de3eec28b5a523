"""The start-up preview lists what the store lists, read-only and with sqlite3 alone."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.core import documents
from app.core.listing import ORDERS, preview_documents
from app.core.project import Project
from tests.helpers.curated import curate


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_the_preview_shows_the_stores_rows_and_counts(project: Project, tmp_path: Path, order: str) -> None:
    curate(project, tmp_path / "docs")
    stored = [(r.document.id, r.document.title, r.document.published, r.annotations, r.claims)
              for r in documents.list_documents(project, order=order)]
    preview = [(r.document.id, r.document.title, r.document.published, r.annotations, r.claims)
               for r in preview_documents(project.path, order=order)]
    assert preview == stored
    assert sum(n for *_, n, _c in preview) > 0


def test_the_preview_writes_nothing(project: Project, tmp_path: Path) -> None:
    curate(project, tmp_path / "docs")
    project.close()
    before = hashlib.sha256(project.path.read_bytes()).hexdigest()
    assert len(preview_documents(project.path)) == 3
    assert hashlib.sha256(project.path.read_bytes()).hexdigest() == before


def test_files_the_store_would_refuse_preview_as_nothing(project: Project, tmp_path: Path) -> None:
    curate(project, tmp_path / "docs")
    project.close()
    assert preview_documents(tmp_path / "missing.claimdesk") == []
    junk = tmp_path / "junk.claimdesk"
    junk.write_bytes(b"not a project" * 50)
    assert preview_documents(junk) == []
    newer = tmp_path / "newer.claimdesk"
    newer.write_bytes(project.path.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    assert preview_documents(newer) == []
