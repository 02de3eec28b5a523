"""Re-run extraction on a stored original and re-anchor every annotation by its quote.

An annotation whose quote can no longer be placed is flagged `orphaned` and listed;
it is never silently moved to a guess or dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sqlmodel import select

from app.core.annotations import find_quote
from app.core.documents import resolve_document
from app.core.errors import ClaimdeskError
from app.core.importers import ImportLimits, ImportRefused, extract
from app.core.project import Project
from database.fts import index_document
from database.models import Annotation, DocumentFile, DocumentText


@dataclass
class ReextractReport:
    """What re-extraction did to a document's annotations."""

    document_id: str
    text_changed: bool
    kept: int = 0
    moved: list[str] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)


def _context_score(text: str, start: int, end: int, ann: Annotation) -> int:
    """How much of the annotation's prefix and suffix surround a candidate position."""
    before = text[max(0, start - len(ann.prefix)) : start]
    after = text[end : end + len(ann.suffix)]
    score = 0
    for a, b in zip(reversed(before), reversed(ann.prefix)):
        if a != b:
            break
        score += 1
    for a, b in zip(after, ann.suffix):
        if a != b:
            break
        score += 1
    return score


def _candidates(text: str, quote: str) -> list[tuple[int, int]]:
    exact = [(s, s + len(quote)) for s in find_quote(text, quote)]
    if exact:
        return exact
    # Re-flowed text: the same words with different white space between them.
    words = quote.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def place(text: str, ann: Annotation, old_length: int) -> tuple[int, int] | None:
    """The best new span for `ann` in `text`, or None when the quote is gone."""
    spans = _candidates(text, ann.quote)
    if not spans:
        return None
    expected = ann.start * len(text) / max(old_length, 1)
    return max(spans, key=lambda s: (_context_score(text, s[0], s[1], ann), -abs(s[0] - expected)))


def reextract_document(project: Project, document: str,
                       limits: ImportLimits | None = None) -> ReextractReport:
    """Extract the stored original again and re-anchor the document's annotations (one transaction)."""
    with project.read() as session:
        doc = resolve_document(session, document)
        original = session.get(DocumentFile, doc.id)
        if original is None:
            raise ClaimdeskError(f"the original file of {doc.title!r} is not stored")
        data = original.data
    try:
        extracted = extract(data, doc.filename, limits)
    except ImportRefused as exc:
        raise ClaimdeskError(f"re-extraction of {doc.filename} failed: {exc}") from exc
    new_text = unicodedata.normalize("NFC", extracted.text)
    with project.write("re-extract document") as session:
        doc = resolve_document(session, doc.id)
        stored = session.get(DocumentText, doc.id)
        assert stored is not None
        report = ReextractReport(doc.id, text_changed=stored.text != new_text)
        old_length = len(stored.text)
        for ann in session.exec(select(Annotation).where(Annotation.document_id == doc.id)):
            _reanchor(new_text, ann, old_length, report)
            session.add(ann)
        stored.text = new_text
        doc.char_count, doc.page_starts = len(new_text), extracted.page_starts
        session.add_all([stored, doc])
        index_document(session, doc.id, doc.title, new_text)
    return report


def _reanchor(text: str, ann: Annotation, old_length: int, report: ReextractReport) -> None:
    span = place(text, ann, old_length)
    if span is None:
        if not ann.orphaned:
            ann.orphaned = True
        report.orphaned.append(ann.id)
        return
    start, end = span
    if (start, end) == (ann.start, ann.end) and text[start:end] == ann.quote and not ann.orphaned:
        report.kept += 1
        return
    ann.start, ann.end, ann.quote, ann.orphaned = start, end, text[start:end], False
    ann.prefix = text[max(0, start - len(ann.prefix or " " * 32)) : start]
    ann.suffix = text[end : end + 32]
    report.moved.append(ann.id)
