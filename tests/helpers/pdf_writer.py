"""A tiny PDF writer for tests: text lines on pages in Helvetica, plus document info.

It writes just enough PDF (catalog, pages, a Type1 font with WinAnsiEncoding,
one content stream per page, an xref table) for pypdf to read it like a real
word-processor export, so the tests never need binary fixtures.
"""

from __future__ import annotations

import zlib

PAGE_WIDTH = 595
PAGE_HEIGHT = 842


def _pdf_string(text: str) -> bytes:
    """Encode `text` as a PDF literal string in WinAnsi (cp1252), escaping delimiters."""
    raw = text.encode("cp1252")
    escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + escaped + b")"


def _content_stream(lines: list[str], font_size: float, leading: float) -> bytes:
    """Draw each line below the previous one; an empty string leaves a blank line."""
    ops = [b"BT", b"/F1 %g Tf" % font_size, b"72 %g Td" % (PAGE_HEIGHT - 72)]
    for line in lines:
        if line:
            ops.append(_pdf_string(line) + b" Tj")
        ops.append(b"0 %g Td" % -leading)
    ops.append(b"ET")
    return b"\n".join(ops)


def _info_dict(info: dict[str, str]) -> bytes:
    """The /Info dictionary; keys like 'Title' or 'CreationDate' map to string values."""
    entries = b" ".join(b"/" + key.encode("ascii") + b" " + _pdf_string(value) for key, value in info.items())
    return b"<< " + entries + b" >>"


def make_pdf(
    pages: list[list[str]],
    info: dict[str, str] | None = None,
    font_size: float = 11,
    leading: float = 14,
    compress: bool = True,
    blank_pages: int = 0,
) -> bytes:
    """Return the bytes of a PDF with one page per list of lines (`blank_pages` adds image-less empty pages)."""
    objects: list[bytes] = []  # object n is objects[n - 1]
    page_ids: list[int] = []
    n_pages = len(pages) + blank_pages
    first_page_id = 4
    for index in range(n_pages):
        page_id = first_page_id + 2 * index
        page_ids.append(page_id)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % pid for pid in page_ids)
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n_pages)
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    all_lines = pages + [["\x00"]] * blank_pages
    for page_id, lines in zip(page_ids, all_lines):
        if lines == ["\x00"]:
            # A "scanned" page: a filled rectangle and no text operators at all.
            stream = b"0.5 g 72 72 400 600 re f"
        else:
            stream = _content_stream(lines, font_size, leading)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] " % (PAGE_WIDTH, PAGE_HEIGHT)
            + b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_id + 1)
        )
        filters = b""
        if compress:
            stream, filters = zlib.compress(stream), b" /Filter /FlateDecode"
        objects.append(b"<< /Length %d%s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream")
    info_ref = b""
    if info:
        objects.append(_info_dict(info))
        info_ref = b" /Info %d 0 R" % len(objects)
    return _serialise(objects, info_ref)


def _serialise(objects: list[bytes], info_ref: bytes) -> bytes:
    """Lay out the objects with a correct cross-reference table and trailer."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, info_ref)
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)
