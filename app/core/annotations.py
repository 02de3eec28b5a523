"""Annotations: spans of a document's text, anchored by offsets and by quote with context."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlmodel import Session, col, select

from app.core.documents import document_text, resolve_document
from app.core.errors import Ambiguous, InvalidValue, NotFound
from app.core.project import Project
from app.core.references import by_id_or_prefix
from database.models import Annotation, Evidence

CONTEXT_CHARS = 32


@dataclass(frozen=True)
class Span:
    """Code-point offsets into a document's stored text."""

    start: int
    end: int


def find_quote(text: str, quote: str) -> list[int]:
    """Every start offset where `quote` occurs in `text` (overlaps included)."""
    positions: list[int] = []
    index = text.find(quote)
    while index != -1:
        positions.append(index)
        index = text.find(quote, index + 1)
    return positions


def locate_quote(text: str, quote: str, nth: int | None = None) -> Span:
    """The span of `quote` in `text`; several matches need `nth` (1-based)."""
    quote = unicodedata.normalize("NFC", quote)
    if not quote.strip():
        raise InvalidValue("the quote is empty")
    positions = find_quote(text, quote)
    if not positions:
        raise NotFound(f"the quote {_short(quote)!r} does not occur in the document")
    if nth is None:
        if len(positions) > 1:
            listed = ", ".join(str(p) for p in positions[:20])
            raise Ambiguous(
                f"the quote occurs {len(positions)} times (at offsets {listed}); choose one with --nth"
            )
        nth = 1
    if not 1 <= nth <= len(positions):
        raise InvalidValue(f"--nth {nth} is out of range: the quote occurs {len(positions)} times")
    start = positions[nth - 1]
    return Span(start, start + len(quote))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def add_annotation(
    project: Project, document: str, *, quote: str | None = None, nth: int | None = None,
    start: int | None = None, end: int | None = None, label: str | None = None,
    note: str | None = None, annotation_id: str | None = None,
) -> Annotation:
    """Mark a span of a document, given by quote (and `nth`) or by code-point offsets.

    `annotation_id` re-creates an annotation under its old id (redo after undo).
    """
    with project.write("add annotation") as session:
        doc = resolve_document(session, document)
        text = document_text(session, doc.id)
        span = _span(text, quote, nth, start, end)
        annotation = build_annotation(text, doc.id, span, project.editor, label, note)
        if annotation_id:
            annotation.id = annotation_id
        session.add(annotation)
    return annotation


def build_annotation(text: str, document_id: str, span: Span, editor: str,
                     label: str | None = None, note: str | None = None) -> Annotation:
    """An annotation object for `span` with its quote and a little context each side."""
    return Annotation(
        document_id=document_id, start=span.start, end=span.end,
        quote=text[span.start : span.end],
        prefix=text[max(0, span.start - CONTEXT_CHARS) : span.start],
        suffix=text[span.end : span.end + CONTEXT_CHARS],
        label=label or None, note=note or None, created_by=editor,
    )


def _span(text: str, quote: str | None, nth: int | None, start: int | None, end: int | None) -> Span:
    if quote is not None:
        return locate_quote(text, quote, nth)
    if start is None or end is None:
        raise InvalidValue("give a quote, or both start and end offsets")
    if not 0 <= start < end <= len(text):
        raise InvalidValue(f"the span {start}–{end} is outside the document (0–{len(text)})")
    return Span(start, end)


def remove_annotation(project: Project, annotation_id: str) -> Annotation:
    """Delete an annotation (its evidence links go with it); returns what was removed."""
    with project.write("remove annotation") as session:
        annotation = resolve_annotation(session, annotation_id)
        # Delete the links through the ORM so the change log records them too.
        for link in session.exec(select(Evidence).where(Evidence.annotation_id == annotation.id)):
            session.delete(link)
        session.flush()
        session.delete(annotation)
    return annotation


def resolve_annotation(session: Session, ref: str) -> Annotation:
    """An annotation by id or unambiguous id prefix."""
    annotation = by_id_or_prefix(session, Annotation, ref, "annotation")
    if annotation is None:
        raise NotFound(f"no annotation {ref!r}")
    return annotation


def annotations_of(project: Project, document_id: str) -> list[Annotation]:
    """All annotations of a document in text order."""
    with project.read() as session:
        stmt = select(Annotation).where(Annotation.document_id == document_id)
        return list(session.exec(stmt.order_by(col(Annotation.start), col(Annotation.end))))
