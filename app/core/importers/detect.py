"""Decide a file's format from its first bytes as well as its name.

The content wins over the extension: a PDF named .txt imports as PDF, while a
PNG named .pdf is refused with a sentence saying what it looks like.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from app.core.importers import ImportRefused

TEXT_EXTENSIONS = {".txt", ".text", ".md", ".markdown", ".mdown", ".mkd"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
_LABELS = {".pdf": "PDF", ".docx": "DOCX", ".html": "HTML page", ".htm": "HTML page", ".txt": "text file"}
# (magic bytes at offset 0, what the file looks like)
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Office 97 file; save it as .docx"),
    (b"{\\rtf", "an RTF document; save it as .docx"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
)
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_ZIP_KINDS = (
    (b"word/document.xml", "docx"),
    (b"xl/workbook.xml", "an Excel workbook"),
    (b"ppt/presentation.xml", "a PowerPoint presentation"),
    (b"mimetypeapplication/vnd.oasis", "an OpenDocument file"),
    (b"mimetypeapplication/epub", "an EPUB e-book"),
)


def looks_like(data: bytes) -> str | None:
    """A phrase for a known non-importable file type ("a PNG image"), else None."""
    head = data[:16]
    if head[4:8] == b"ftyp":
        return "a video or HEIC image"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}[head[8:12]]
    for magic, label in _SIGNATURES:
        # Two- and three-letter signatures ("BM", "MZ", "ID3") also start ordinary words,
        # so those count only in binary data.
        if head.startswith(magic) and (len(magic) > 3 or b"\x00" in data[:64]):
            return label
    return None


def _zip_kind(data: bytes) -> str:
    """'docx' for a Word document, else a phrase for what kind of ZIP it is."""
    # Member names are stored uncompressed in local headers and the central directory.
    for marker, kind in _ZIP_KINDS:
        if marker in data[:2000] or marker in data[-200_000:]:
            return kind
    return "a ZIP archive"


def sniff(data: bytes, filename: str) -> str:
    """Return "pdf", "docx", "html", "md" or "txt", or refuse with what the file looks like."""
    suffix = PurePath(filename.replace("\\", "/")).suffix.lower()
    expected = _LABELS.get(suffix, f"{suffix.lstrip('.').upper()} file" if suffix else "supported document")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        kind = _zip_kind(data)
        if kind == "docx" or (kind == "a ZIP archive" and suffix == ".docx"):
            return "docx"  # an unusual layout: the DOCX parser gives the final word
        if suffix == ".docx":
            raise ImportRefused(f"the file is a ZIP archive but not a Word document (it looks like {kind})")
        raise ImportRefused(f"the file is not a supported document (it looks like {kind})")
    seen = looks_like(data)
    if seen and suffix in _LABELS:
        raise ImportRefused(f"the file is not a {expected} (it looks like {seen})")
    if seen:  # e.g. a real photo.png: say what it is, not what it is not
        raise ImportRefused(f"the file is {seen}, not a document Claimdesk can import")
    if _HTML_START.match(data[:4096]):
        if suffix in (".pdf", ".docx"):
            raise ImportRefused(f"the file is not a {expected} (it looks like an HTML page)")
        return "html"
    if suffix == ".pdf":
        raise ImportRefused("the file is not a PDF (it does not start with the PDF signature)")
    if suffix == ".docx":
        raise ImportRefused("the file is not a valid DOCX (not a ZIP archive)")
    if suffix in HTML_EXTENSIONS:
        return "html"
    return "md" if suffix in {".md", ".markdown", ".mdown", ".mkd"} else "txt"
