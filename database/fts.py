"""Full-text search over document titles and text (SQLite FTS5).

A small interface so that a PostgreSQL backend can bring its own search:
`index_document`, `unindex_document`, `search_documents`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    """A document that matches, best first, with a highlighted snippet."""

    document_id: str
    title: str
    snippet: str
    rank: float


def index_document(session: Session, document_id: str, title: str, text: str) -> None:
    """Add (or replace) a document in the search index, inside the caller's transaction."""
    unindex_document(session, document_id)
    session.execute(
        sa.text("INSERT INTO document_fts(document_id, title, body) VALUES (:id, :title, :body)"),
        {"id": document_id, "title": title, "body": text},
    )


def unindex_document(session: Session, document_id: str) -> None:
    """Remove a document from the search index."""
    session.execute(sa.text("DELETE FROM document_fts WHERE document_id = :id"), {"id": document_id})


def to_match_query(query: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must occur, the last as a prefix.

    Quotes and FTS operators in user text are never interpreted, so no input is a syntax error.
    """
    words = _TOKEN.findall(query)
    if not words:
        return None
    parts = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(parts)


def search_documents(session: Session, query: str, limit: int = 50, offset: int = 0) -> list[SearchHit]:
    """Documents matching every word of `query`, best match first (bm25, titles weigh more)."""
    match = to_match_query(query)
    if match is None:
        return []
    rows = session.execute(
        sa.text(
            "SELECT document_id, title, snippet(document_fts, 2, '[', ']', '…', 12), "
            "bm25(document_fts, 0.0, 5.0, 1.0) AS rank "
            "FROM document_fts WHERE document_fts MATCH :match ORDER BY rank LIMIT :limit OFFSET :offset"
        ),
        {"match": match, "limit": limit, "offset": offset},
    ).all()
    return [SearchHit(r[0], r[1], r[2], float(r[3])) for r in rows]


def matching_document_ids(session: Session, query: str) -> set[str]:
    """Ids of all documents matching `query` (for filtering listings)."""
    match = to_match_query(query)
    if match is None:
        return set()
    rows = session.execute(
        sa.text("SELECT document_id FROM document_fts WHERE document_fts MATCH :match"),
        {"match": match},
    ).all()
    return {r[0] for r in rows}
