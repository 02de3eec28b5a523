"""PDF import with pypdf: reading-order lines, re-flowed paragraphs, no running headers.

Runs inside the capped helper process (see safety.py). Each page's lines come from
pypdf's text visitor together with their baseline and font size, so paragraph
breaks can use the layout. The rules, in order, between two lines on a page:

* a vertical gap over 1.6x the document's usual line spacing, or a jump upwards
  (a new column or text box), or a change in font size -> new paragraph;
* the next line starts with a bullet -> new paragraph;
* the line ends a sentence and is clearly shorter than a full line -> new paragraph;
* a short line without closing punctuation followed by a capital -> a heading;
* otherwise the lines are joined (see `join_lines` for hyphens).

Lines repeated at the top or bottom of most pages (digits ignored) are running
headers or footers and are dropped, as are lone page numbers there.
"""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from app.core.importers import ExtractedDocument, ImportRefused
from app.core.importers.textutil import clean_line, partial_date

DAMAGED = "the PDF is damaged and cannot be read"
NO_TEXT = "the PDF has no text layer (scanned pages); OCR is not supported"
EDGE_LINES = 2  # how many lines at the top and bottom of a page may be running headers/footers
_BULLET = re.compile(r"^\s*(?:[•◦▪●■–\-*]|\d{1,2}[.)]|[a-z][.)])\s")
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|pagina|blz\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|of|van)\s*\d{1,4})?$", re.IGNORECASE
)
_HYPHENATED = re.compile(r"(\w+)-$")
_JUNK_TITLE = re.compile(r"^(untitled|document\d*|microsoft word - .*|.*\.(docx?|pdf|indd|rtf|odt))$", re.IGNORECASE)


@dataclass
class Line:
    """One line of a page: its text, baseline y (None when unknown) and font size."""

    text: str
    y: float | None = None
    size: float = 0.0


def _read_page(page: object) -> list[Line]:
    """Collect a page's lines with their positions through pypdf's text visitor."""
    lines: list[Line] = []
    parts: list[str] = []
    where: list[tuple[float, float] | None] = [None]

    def visit(text: str, cm: list[float], tm: list[float], _font: object, font_size: float) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.sqrt(abs(tm[0] * tm[3] - tm[1] * tm[2]) * abs(cm[0] * cm[3] - cm[1] * cm[2]))
        for index, piece in enumerate(text.split("\n")):
            if index:
                _finish(lines, parts, where)
            if piece.strip() and where[0] is None:
                where[0] = (y, font_size * scale)
            parts.append(piece)

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    _finish(lines, parts, where)
    return lines


def _finish(lines: list[Line], parts: list[str], where: list[tuple[float, float] | None]) -> None:
    """Close the line being built from `parts` (kept only when it has text)."""
    raw = "".join(parts)
    if raw.rstrip().endswith("\u00ad"):
        raw = raw.rstrip()[:-1] + "-"  # a soft hyphen at the line end is a word break
    text = clean_line(raw)
    if text.strip():
        y, size = where[0] or (None, 0.0)
        lines.append(Line(text.strip(), y, size))
    parts.clear()
    where[0] = None


def _edge_key(text: str) -> str:
    """Compare header/footer candidates ignoring digits (page numbers), case and spacing."""
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


def drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove lone page numbers and lines repeated at the top/bottom of most pages."""
    def edges(lines: list[Line]) -> list[Line]:
        return lines[:EDGE_LINES] + lines[max(EDGE_LINES, len(lines) - EDGE_LINES):]

    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_edge_key(line.text) for line in edges(lines)})
    needed = max(2, math.ceil(0.6 * len(pages)))
    running = {key for key, count in counts.items() if count >= needed} if len(pages) >= 3 else set()
    cleaned = []
    for lines in pages:
        edge_ids = {id(line) for line in edges(lines)}
        cleaned.append([
            line for line in lines
            if id(line) not in edge_ids
            or (_edge_key(line.text) not in running and not _PAGE_NUMBER.match(line.text))
        ])
    return cleaned


def join_lines(before: str, after: str) -> str:
    """Join two lines of one paragraph, re-joining words hyphenated across the break.

    `infra-` + `structuur` -> `infrastructuur` (plain lowercase word, lowercase next);
    `AI-` + `fabriek` -> `AI-fabriek` (capital or digit: a real hyphen, kept, no space).
    """
    match = _HYPHENATED.search(before)
    if match and after[:1].isalnum():
        word = match.group(1)
        if after[0].islower() and word.isalpha() and word.islower():
            return before[:-1] + after
        return before + after
    return before + " " + after


def _spacing(pages: list[list[Line]]) -> float:
    """The document's usual distance between baselines.

    A low percentile of the small downward gaps, so that paragraph gaps do not
    count as line spacing even on pages made mostly of short paragraphs.
    """
    sizes = [line.size for lines in pages for line in lines if line.size] or [11.0]
    size = statistics.median(sizes)
    gaps = sorted(
        a.y - b.y
        for lines in pages
        for a, b in zip(lines, lines[1:])
        if a.y is not None and b.y is not None and 0 < a.y - b.y < 4 * size
    )
    return gaps[len(gaps) // 4] if gaps else 1.2 * size


def _width(pages: list[list[Line]]) -> float:
    """A full line's length in characters (80th percentile; at least 60 for short documents)."""
    lengths = sorted(len(line.text) for lines in pages for line in lines)
    if not lengths:
        return 80.0
    width = float(lengths[int(0.8 * (len(lengths) - 1))])
    return max(width, 60.0) if len(lengths) < 10 else width


def _breaks(before: Line, after: Line, spacing: float, width: float) -> bool:
    """Whether a new paragraph starts between two consecutive lines of one page."""
    if before.y is not None and after.y is not None:
        gap = before.y - after.y
        if gap < -1 or gap > 1.6 * spacing:
            return True
        if before.size and after.size and abs(before.size - after.size) > 0.75:
            return True
    if _BULLET.match(after.text):
        return True
    short = len(before.text) < 0.75 * width
    if short and _SENTENCE_END.search(before.text):
        return True
    looks_heading = len(before.text) < 0.6 * width and not re.search(r"[,;:\-–]$", before.text)
    return looks_heading and after.text[:1].isupper()


def _continues(before: str, after: str) -> bool:
    """Whether the first line of a page carries on the paragraph that ended the previous page."""
    return not _SENTENCE_END.search(before) and after[:1].islower()


def reflow(pages: list[list[Line]]) -> tuple[str, list[int]]:
    """Build the paragraphs of all pages; return (text, offset where each page begins)."""
    width, spacing = _width(pages), _spacing(pages)
    paragraphs: list[str] = []
    starts: list[int] = []
    pending = 0  # pages seen that have no text yet; they start where the next text does
    length = 0  # characters in "\n\n".join(paragraphs)
    for lines in pages:
        pending += 1
        for index, line in enumerate(lines):
            previous = lines[index - 1] if index else None
            if index == 0 and paragraphs and _continues(paragraphs[-1], line.text):
                joined = join_lines(paragraphs[-1], line.text)
                start = length + len(joined) - len(line.text) - len(paragraphs[-1])
                length += len(joined) - len(paragraphs[-1])
                paragraphs[-1] = joined
            elif previous is None or _breaks(previous, line, spacing, width):
                start = length + (2 if paragraphs else 0)
                paragraphs.append(line.text)
                length = start + len(line.text)
            else:
                joined = join_lines(paragraphs[-1], line.text)
                length += len(joined) - len(paragraphs[-1])
                paragraphs[-1] = joined
                continue
            starts.extend([start] * pending)
            pending = 0
    starts.extend([length] * pending)
    return "\n\n".join(paragraphs), starts


def _open(data: bytes) -> object:
    """Open the PDF, decrypting with the empty password when that is all it takes."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    if b"%%EOF" not in data[-4096:] and b"startxref" not in data[-4096:]:
        raise ImportRefused(DAMAGED + " (it appears to be cut off)")
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except DependencyError as exc:
            raise ImportRefused("the PDF uses an encryption method this app cannot read") from exc
        except Exception as exc:  # noqa: BLE001 - pypdf raises several kinds for bad keys
            raise ImportRefused("the PDF is encrypted with a password") from exc
        if not opened:
            raise ImportRefused("the PDF is encrypted with a password")
    return reader


def _metadata(reader: object) -> dict[str, str | None]:
    """Title, author and creation date from the document information dictionary."""
    try:
        info = reader.metadata or {}  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a broken /Info should not sink readable text
        info = {}

    def field(key: str) -> str | None:
        value = info.get(key)
        text = " ".join(str(value).split()) if value is not None else ""
        return text or None

    title = field("/Title")
    if title and _JUNK_TITLE.match(title):
        title = None
    created = (field("/CreationDate") or field("/ModDate") or "").removeprefix("D:")
    return {"title": title, "author": field("/Author"), "published": partial_date(created)}


def extract_pdf(data: bytes, filename: str) -> ExtractedDocument:
    """Parse a PDF (call through `safety.run_capped`; it trusts nothing in the file)."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed files warn per object
    from pypdf.errors import PdfReadError

    try:
        reader = _open(data)
        pages = [_read_page(page) for page in reader.pages]  # type: ignore[attr-defined]
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise ImportRefused(DAMAGED) from exc
    if not pages:
        raise ImportRefused(DAMAGED + " (it has no pages)")
    empty = [number for number, lines in enumerate(pages, 1) if not any(line.text.strip() for line in lines)]
    if len(empty) == len(pages):
        raise ImportRefused(NO_TEXT)
    text, starts = reflow(drop_running_lines(pages))
    warnings = []
    if empty:
        listed = ", ".join(map(str, empty[:10])) + (" ..." if len(empty) > 10 else "")
        warnings.append(f"page(s) {listed} have no text layer (scanned?); their content is missing")
    meta = _metadata(reader)
    return ExtractedDocument(
        text=text, format="pdf", title=meta["title"], published=meta["published"],
        author=meta["author"], page_starts=starts, warnings=warnings,
    )
