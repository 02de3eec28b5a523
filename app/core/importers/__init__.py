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


def extract(data: bytes, filename: str, limits: ImportLimits | None = None) -> ExtractedDocument:
    """Extract text and metadata from `data`, choosing the importer by name and content."""
    # Placeholder for plain text only; the importers issue replaces it.
    import re
    import unicodedata

    limits = limits or ImportLimits()
    if not data:
        raise ImportRefused("the file is empty")
    if len(data) > limits.max_file_bytes:
        raise ImportRefused("the file is larger than the import limit")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused("the file is not readable text") from exc
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    published = None
    m = re.match(r"\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+", text)
    if m:
        published, text = m.group(1), text[m.end():]
    title = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
    return ExtractedDocument(text=text, format="txt", title=title, published=published)
