"""Plain-text import: encoding detection, binary refusal and the leading `date` token."""

from __future__ import annotations

import codecs
import re

from app.core.importers import ExtractedDocument, ImportRefused
from app.core.importers.textutil import clean_text, title_from_text, valid_partial_date

NOT_TEXT = "the file does not contain readable text"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Non-ASCII characters that Dutch or English prose in Windows-1252 plausibly contains.
_WESTERN = re.compile(r"[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u2013-\u2026\u20ac\u2122]")
# `date 2025-06` (optionally `date:`) before the text, on its own line or followed by it.
_DATE_TOKEN = re.compile(r"\A\s*date:?[ \t]+(\d{4}(?:-\d{2}){0,2})(?:[ \t]+|[ \t]*\n|\Z)", re.IGNORECASE)
_MAX_CONTROL_SHARE = 0.01


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM has NULs in every other byte; decode it if so."""
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) / 2
    for codec, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros > 0.4 * half:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _western(data: bytes) -> str | None:
    """Windows-1252 (a superset of Latin-1 for text) when the result looks like Western prose."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [ch for ch in text if ord(ch) > 127]
    plausible = sum(1 for ch in high if _WESTERN.match(ch))
    return text if plausible >= 0.9 * len(high) else None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text bytes and return (text, encoding name); refuse binary data."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise ImportRefused(NOT_TEXT) from exc
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise ImportRefused(NOT_TEXT)
        return text, "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"  # clean UTF-8 is never a coincidence
    except UnicodeDecodeError:
        pass
    text = _western(data)
    if text is not None:
        return text, "cp1252"
    return _charset_normalizer(data)


def _charset_normalizer(data: bytes) -> tuple[str, str]:
    """Ask charset-normalizer for anything that is not UTF-8 or Western European."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ImportRefused(NOT_TEXT)
    return str(best), best.encoding


def check_readable(text: str) -> None:
    """Refuse text that is mostly control characters or replacement marks."""
    sample = text[:100_000]
    if not sample.strip():
        raise ImportRefused("the file contains no text")
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    if bad > _MAX_CONTROL_SHARE * len(sample):
        raise ImportRefused(NOT_TEXT)


def split_date_token(text: str) -> tuple[str | None, str]:
    """Take a leading `date YYYY[-MM[-DD]]` token off the text and return (date, rest)."""
    match = _DATE_TOKEN.match(text)
    if not match:
        return None, text
    published = valid_partial_date(match.group(1))
    if published is None:
        return None, text
    return published, text[match.end():]


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Decode, check and tidy text bytes; returns (text, warnings)."""
    text, encoding = decode_bytes(data)
    check_readable(text)
    warnings = []
    if encoding not in ("utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "ascii"):
        warnings.append(f"the text encoding was guessed as {encoding}; check accented characters")
    return text, warnings


def extract_plain(data: bytes, filename: str) -> ExtractedDocument:
    """Import a plain-text file."""
    raw, warnings = decode_text(data)
    published, raw = split_date_token(raw.lstrip("\ufeff"))
    text = clean_text(raw)
    if not text:
        raise ImportRefused("the file contains no text")
    title = title_from_text(text, filename)
    return ExtractedDocument(text=text, format="txt", title=title, published=published, warnings=warnings)
