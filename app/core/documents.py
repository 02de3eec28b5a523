"""Documents: import files, list and find them, read their text."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.core.errors import NotFound
from app.core.importers import ExtractedDocument, ImportLimits, ImportRefused, extract
from app.core.listing import document_page_query
from app.core.project import Project
from app.core.references import by_id_or_prefix, one_of
from database.fts import index_document
from database.models import Annotation, Claim, Document, DocumentFile, DocumentText, Evidence

IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class ImportResult:
    """What happened to one file: `imported`, `present` (same bytes already there) or `failed`."""

    path: Path
    status: str
    document_id: str | None = None
    title: str | None = None
    message: str | None = None


@dataclass(frozen=True)
class DocumentRow:
    """A document as listings show it, with counts done in SQL."""

    document: Document
    annotations: int
    claims: int


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and files inside folders named (recursively, sorted, hidden ones skipped)."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and child.name not in IGNORED_NAMES:
                    yield child
        else:
            yield path


def import_file(project: Project, path: Path, limits: ImportLimits | None = None) -> ImportResult:
    """Import one file in one transaction; a bad file is reported and leaves nothing behind."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ImportResult(path, "failed", message=f"cannot read the file: {exc.strerror or exc}")
    return import_bytes(project, data, path.name, limits, source=path)


def import_bytes(
    project: Project, data: bytes, filename: str, limits: ImportLimits | None = None,
    source: Path | None = None, kind: str | None = None,
) -> ImportResult:
    """Import a file's bytes; the same bytes twice are reported as already present."""
    path = source or Path(filename)
    sha = hashlib.sha256(data).hexdigest()
    existing = _document_by_sha(project, sha)
    if existing is not None:
        return ImportResult(path, "present", existing.id, existing.title, "already in the project")
    try:
        extracted = extract(data, filename, limits)
    except ImportRefused as exc:
        return ImportResult(path, "failed", message=str(exc))
    doc = _store(project, data, filename, sha, extracted, kind)
    return ImportResult(path, "imported", doc.id, doc.title)


def import_paths(
    project: Project, paths: Iterable[Path], limits: ImportLimits | None = None,
    on_result: Callable[[int, int, ImportResult], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> list[ImportResult]:
    """Import files and folders, each file in its own transaction (a crash keeps what committed)."""
    files = list(iter_files(paths))
    results: list[ImportResult] = []
    for index, path in enumerate(files):
        if should_stop is not None and should_stop():
            break
        result = import_file(project, path, limits)
        results.append(result)
        if on_result is not None:
            on_result(index + 1, len(files), result)
    return results


def _document_by_sha(project: Project, sha: str) -> Document | None:
    with project.read() as session:
        return session.exec(select(Document).where(Document.sha256 == sha)).first()


def _store(project: Project, data: bytes, filename: str, sha: str,
           extracted: ExtractedDocument, kind: str | None) -> Document:
    text = unicodedata.normalize("NFC", extracted.text)
    title = (extracted.title or Path(filename).stem).strip()[:500]
    with project.write("import document") as session:
        doc = Document(
            title=title, format=extracted.format, kind=kind, publisher=extracted.publisher,
            author=extracted.author, published=extracted.published, url=extracted.url,
            language=extracted.language, filename=filename, sha256=sha, byte_size=len(data),
            char_count=len(text), page_starts=extracted.page_starts, imported_by=project.editor,
        )
        session.add(doc)
        session.flush()
        session.add(DocumentText(document_id=doc.id, text=text))
        session.add(DocumentFile(document_id=doc.id, data=data))
        index_document(session, doc.id, title, text)
    return doc


def resolve_document(session: Session, ref: str) -> Document:
    """A document by id, unambiguous id prefix, or exact title."""
    doc = by_id_or_prefix(session, Document, ref, "document")
    if doc is not None:
        return doc
    rows = list(session.exec(select(Document).where(Document.title == ref.strip()).limit(6)))
    return one_of(rows, ref, "document", lambda d: f"{d.id[:8]} {d.title}")


def get_document(project: Project, ref: str) -> Document:
    """A document by id, id prefix or exact title."""
    with project.read() as session:
        return resolve_document(session, ref)


def document_text(session: Session, document_id: str) -> str:
    """The stored plain text that annotation offsets point into."""
    row = session.get(DocumentText, document_id)
    if row is None:
        raise NotFound(f"no text stored for document {document_id}")
    return row.text


def read_document_text(project: Project, document_id: str) -> str:
    """A document's stored text (what the reader shows and offsets point into)."""
    with project.read() as session:
        return document_text(session, document_id)


def list_documents(
    project: Project, limit: int = 100, offset: int = 0, document_ids: set[str] | None = None,
    order: str = "imported",
) -> list[DocumentRow]:
    """A page of documents with their annotation and claim counts, computed in SQL.

    The query is `app.core.listing`'s, which the start-up preview runs too.
    """
    ids = sorted(document_ids) if document_ids is not None else None
    sql, params = document_page_query(order, limit, offset, ids)
    with project.read() as session:
        page = session.connection().exec_driver_sql(sql, tuple(params)).all()
        docs = {d.id: d for d in session.exec(select(Document).where(col(Document.id).in_([r[0] for r in page])))}
    return [DocumentRow(docs[row[0]], int(row[6]), int(row[7])) for row in page if row[0] in docs]


def document_titles(project: Project, limit: int = 10_000) -> list[tuple[str, str]]:
    """`(title, id)` of up to `limit` documents by title, for pickers that need no counts."""
    stmt = select(Document.title, Document.id).order_by(col(Document.title), col(Document.id)).limit(limit)
    with project.read() as session:
        return [(title, doc_id) for title, doc_id in session.exec(stmt)]


def count_documents(project: Project) -> int:
    """How many documents the project holds."""
    with project.read() as session:
        return session.exec(select(sa.func.count()).select_from(Document)).one()


def claims_citing(session: Session, document_id: str) -> list[Claim]:
    """Claims whose evidence lies in the document."""
    stmt = (
        select(Claim).join(Evidence, col(Evidence.claim_id) == Claim.id)
        .join(Annotation, col(Annotation.id) == Evidence.annotation_id)
        .where(Annotation.document_id == document_id).distinct()
    )
    return list(session.exec(stmt))


def search_document_ids(project: Project, query: str) -> set[str] | None:
    """Ids of documents matching every word of `query` (diacritics folded); None for no filter."""
    from database.fts import matching_document_ids, to_match_query

    if to_match_query(query) is None:
        return None
    with project.read() as session:
        return matching_document_ids(session, query)
