"""The review queue: proposed and disputed claims, each with its quote in context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.core.claim_views import ClaimView, claim_rows, page_of, views_of_rows
from app.core.project import Project
from app.core.schema import get_record_type
from database.models import Annotation, Claim, Document, Evidence, Record

QUEUE_STATUSES = ("proposed", "disputed")


@dataclass(frozen=True)
class QueueFilter:
    """What narrows the queue; every part is optional."""

    type_key: str | None = None
    document_id: str | None = None
    editor: str | None = None  # who proposed the claim
    since: str | None = None  # ISO date or time, inclusive, on when the claim was made
    until: str | None = None  # ISO date or time, exclusive


@dataclass(frozen=True)
class QuoteInContext:
    """A supporting quote with a little text each side and the document it stands in."""

    annotation_id: str
    document_id: str
    document_title: str
    document_published: str | None
    prefix: str
    quote: str
    suffix: str
    start: int
    end: int
    page: int | None


@dataclass(frozen=True)
class QueueItem:
    """One claim awaiting a decision, with every quote that supports it."""

    view: ClaimView
    quotes: tuple[QuoteInContext, ...]

    @property
    def claim_id(self) -> str:
        """The claim's id (what the decision keys act on)."""
        return self.view.claim.id

    @property
    def first_quote(self) -> QuoteInContext | None:
        """The quote the queue shows first (text order in the first document)."""
        return self.quotes[0] if self.quotes else None


def review_queue(
    project: Project, type_key: str | None = None, document_id: str | None = None,
    editor: str | None = None, since: str | None = None, until: str | None = None,
    limit: int = 100, offset: int = 0,
) -> list[QueueItem]:
    """A page of proposed and disputed claims, oldest first, each with its quotes in context.

    Oldest first so a reviewer clears the queue in the order the work arrived.
    """
    where = QueueFilter(type_key, document_id, editor, since, until)
    stmt = claim_rows().order_by(col(Claim.created_at), col(Claim.id)).limit(limit).offset(offset)
    with project.read() as session:
        views = views_of_rows(session, list(session.exec(_narrow(session, stmt, where))))
        quotes = _quotes(session, [v.claim.id for v in views])
    return [QueueItem(view, tuple(quotes.get(view.claim.id, ()))) for view in views]


def count_review_queue(
    project: Project, type_key: str | None = None, document_id: str | None = None,
    editor: str | None = None, since: str | None = None, until: str | None = None,
) -> int:
    """How many claims the queue holds under the same filters (for "12 of 40")."""
    where = QueueFilter(type_key, document_id, editor, since, until)
    stmt = (
        select(sa.func.count()).select_from(Claim)
        .join(Record, col(Record.id) == Claim.record_id)
    )
    with project.read() as session:
        return session.exec(_narrow(session, stmt, where)).one()


_Stmt = TypeVar("_Stmt", bound="sa.Select[*tuple[Any, ...]]")  # the queue rows or their count


def _narrow(session: Session, stmt: _Stmt, where: QueueFilter) -> _Stmt:
    stmt = stmt.where(col(Claim.status).in_(QUEUE_STATUSES))
    if where.type_key is not None:
        rtype = get_record_type(session, where.type_key)  # unknown type: a clear NotFound
        stmt = stmt.where(col(Record.record_type_id) == rtype.id)
    if where.editor:
        stmt = stmt.where(col(Claim.created_by) == where.editor)
    if where.since:
        stmt = stmt.where(col(Claim.created_at) >= where.since)
    if where.until:
        stmt = stmt.where(col(Claim.created_at) < where.until)
    if where.document_id is not None:
        cited = (
            select(Evidence.claim_id).join(Annotation, col(Annotation.id) == Evidence.annotation_id)
            .where(Annotation.document_id == where.document_id)
        )
        stmt = stmt.where(col(Claim.id).in_(cited))
    return stmt


def _quotes(session: Session, claim_ids: list[str]) -> dict[str, list[QuoteInContext]]:
    out: dict[str, list[QuoteInContext]] = {}
    for chunk_start in range(0, len(claim_ids), 500):  # SQLite's bound-parameter limit
        chunk = claim_ids[chunk_start : chunk_start + 500]
        stmt = (
            # sqlmodel's select() has typed overloads for up to 4 columns; at runtime 5 work alike.
            select(Evidence.claim_id, Annotation, Document.title, Document.published,  # type: ignore[call-overload]
                   Document.page_starts)
            .join(Annotation, col(Annotation.id) == Evidence.annotation_id)
            .join(Document, col(Document.id) == Annotation.document_id)
            .where(col(Evidence.claim_id).in_(chunk))
            .order_by(col(Annotation.document_id), col(Annotation.start))
        )
        for claim_id, ann, title, published, pages in session.exec(stmt):
            out.setdefault(claim_id, []).append(QuoteInContext(
                ann.id, ann.document_id, title, published, ann.prefix, ann.quote, ann.suffix,
                ann.start, ann.end, page_of(pages, ann.start)))
    return out
