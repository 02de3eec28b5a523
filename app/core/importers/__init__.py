"""Turn the bytes of a source file into plain text and metadata.

The importer interface: `extract(data, filename, limits)` returns an
`ExtractedDocument` or raises `ImportRefused` with one sentence a user can act on.
No database and no Qt here; `app.core.documents` stores what comes out.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class ImportRefused(Exception):
    """A file we will not import; `str(exc)` is one clear sentence for the user."""


@dataclass(frozen=True)
class ImportLimits:
    """Caps that keep one hostile file from hanging or exhausting the app."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_uncompressed_bytes: int = 300 * 1024 * 1024
    max_compression_ratio: float = 100.0
    parse_seconds: float = 60.0
    parse_memory_bytes: int = 1024 * 1024 * 1024


@dataclass
class ExtractedDocument:
    """What an importer found in a file. `text` is NFC-normalised with `\\n` line ends."""

    text: str
    format: str  # "txt", "md", "html", "pdf", "docx"
    title: str | None = None
    published: str | None = None  # partial ISO date: 2025, 2025-06, 2025-06-11
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None  # "nl", "en" or None when unknown
    page_starts: list[int] | None = None  # code-point offsets where pages begin
    warnings: list[str] = field(default_factory=list)


def _too_big(size: int, limit: int) -> str:
    """The over-size sentence, e.g. 'the file is 250 MB, over the import limit of 200 MB (...)'."""
    from app.core.importers.safety import megabytes

    shown = megabytes(size)
    if shown == megabytes(limit):  # 200.4 MB over a 200 MB limit must not read "200 MB, over 200 MB"
        shown = f"{size / 1024 / 1024:.2f} MB"
    return f"the file is {shown}, over the import limit of {megabytes(limit)} (change it with --max-size)"


def extract(data: bytes, filename: str, limits: ImportLimits | None = None) -> ExtractedDocument:
    """Extract text and metadata from `data`, choosing the importer by content and name.

    Raises ImportRefused (one sentence for the user) for files that are empty, too
    large, of an unsupported kind, damaged, encrypted, bomb-like or too slow to parse.
    PDF, DOCX and HTML are parsed in a time- and memory-capped helper process.
    """
    from app.core.importers import detect, docx, html, markdown, pdf, safety, text
    from app.core.importers.language import guess_language
    from app.core.importers.textutil import clean_text, title_from_text

    limits = limits or ImportLimits()
    if not data:
        raise ImportRefused("the file is empty")
    if len(data) > limits.max_file_bytes:
        raise ImportRefused(_too_big(len(data), limits.max_file_bytes))
    kind = detect.sniff(data, filename)
    if kind == "txt":
        document = text.extract_plain(data, filename)
    elif kind == "md":
        document = markdown.extract_markdown(data, filename)
    elif kind == "pdf":
        document = safety.run_capped(pdf.extract_pdf, data, filename, limits, "PDF")
    elif kind == "docx":
        safety.check_zip(data, limits, "DOCX")
        document = safety.run_capped(docx.extract_docx, data, filename, limits, "DOCX")
    else:
        document = safety.run_capped(html.extract_html, data, filename, limits, "HTML page")
    if document.page_starts is None:
        # Safe to re-clean: no offsets to keep in step (PDF text is cleaned line by line).
        document.text = clean_text(document.text)
    if not document.text.strip():
        raise ImportRefused("the file contains no text")
    document.title = (document.title or "").strip() or title_from_text(document.text, filename)
    document.language = document.language or guess_language(document.text)
    return document
