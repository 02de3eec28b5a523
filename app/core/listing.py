"""The library's page of documents in plain SQL: for the store, and for a first look at start-up.

Opening a project means importing SQLAlchemy, SQLModel and Pydantic (~0.5 s here). Meanwhile
the window lists the project's documents with `preview_documents`, which needs only the
standard library's sqlite3 and reads the file read-only after the same checks as opening it.
`app.core.documents.list_documents` runs the very same query once the store is loaded.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import ProjectFileError
from app.core.project_file import check_project_file

# Order name -> ORDER BY over `d` (document); `id` last so pages never overlap.
ORDERS = {
    "imported": "d.imported_at, d.id",
    "imported_desc": "d.imported_at DESC, d.id",
    "title": "d.title, d.id",
    "title_desc": "d.title DESC, d.id",
    "published": "d.published DESC, d.id",
    "published_asc": "d.published, d.id",
    "publisher": "lower(d.publisher), d.title, d.id",
    "publisher_desc": "lower(d.publisher) DESC, d.title, d.id",
}


@dataclass(frozen=True)
class DocumentSummary:
    """What a listing shows of a document (the store's Document has these fields too)."""

    id: str
    title: str
    filename: str
    published: str | None
    publisher: str | None
    imported_at: str


@dataclass(frozen=True)
class ListedDocument:
    """A listed document with its annotation and claim counts (shaped like DocumentRow)."""

    document: DocumentSummary
    annotations: int
    claims: int


def document_page_query(order: str, limit: int, offset: int,
                        document_ids: Sequence[str] | None = None) -> tuple[str, list[Any]]:
    """SQL and parameters for one page of documents with their counts.

    The page's ids are chosen first and only its rows are counted: counting inside the
    ordered query made SQLite count every document before the sort (0.6 s at 10,000).
    """
    order_by = ORDERS[order]  # KeyError for an unknown order, as the caller's bug
    where, params = "", list[Any]()
    if document_ids is not None:
        where = f"WHERE d.id IN ({', '.join('?' * len(document_ids))})"
        params.extend(document_ids)
    params += [limit, offset]
    sql = (
        f"WITH page AS (SELECT d.id FROM document d {where} ORDER BY {order_by} LIMIT ? OFFSET ?) "
        "SELECT d.id, d.title, d.filename, d.published, d.publisher, d.imported_at, "
        "(SELECT count(*) FROM annotation a WHERE a.document_id = d.id), "
        "(SELECT count(DISTINCT e.claim_id) FROM evidence e JOIN annotation a ON a.id = e.annotation_id "
        " WHERE a.document_id = d.id) "
        f"FROM page JOIN document d ON d.id = page.id ORDER BY {order_by}"
    )
    return sql, params


def listed(row: Sequence[Any]) -> ListedDocument:
    """A row of `document_page_query` as a ListedDocument."""
    return ListedDocument(DocumentSummary(*row[:6]), int(row[6]), int(row[7]))


def preview_documents(path: Path, limit: int = 100, order: str = "imported_desc") -> list[ListedDocument]:
    """The first page of a project's documents, read-only with sqlite3 alone.

    A file the store would refuse (missing, not a project, damaged, from a newer version)
    or cannot read just now gives an empty list: opening it explains why.
    """
    try:
        check_project_file(Path(path), missing="no project at", damaged="restore a backup", newer="")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except (ProjectFileError, OSError, sqlite3.Error):
        return []
    try:
        sql, params = document_page_query(order, limit, 0)
        return [listed(row) for row in conn.execute(sql, params)]
    except sqlite3.Error:
        return []
    finally:
        conn.close()
