"""DOCX import with python-docx: body paragraphs, list items and tables in document order.

Runs inside the capped helper process, after `safety.check_zip` has bounded what
the archive can inflate to. Table rows become one line each, cells joined by
" | "; list items become "• " lines; paragraphs are separated by a blank line.
"""

from __future__ import annotations

import io

from app.core.importers import ExtractedDocument, ImportRefused
from app.core.importers.textutil import clean_line, join_blocks, partial_date

CELL_SEPARATOR = " | "
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraph_text(p: object) -> str:
    """Visible text of a w:p: runs, hyperlinks, tabs and breaks; deleted (tracked) text left out."""
    parts = []
    for node in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):  # type: ignore[attr-defined]
        tag = node.tag[len(_W):]
        if tag == "t":
            parts.append(node.text or "")
        elif tag == "tab":
            parts.append("\t")
        elif tag == "noBreakHyphen":
            parts.append("-")
        else:
            parts.append("\n")
    return "\n".join(clean_line(line).strip() for line in "".join(parts).split("\n")).strip()


def _style_kind(p: object, styles: dict[str, str]) -> str:
    """'heading', 'item' (numbered or bulleted list) or 'para' for a w:p."""
    ppr = p.find(f"{_W}pPr")  # type: ignore[attr-defined]
    style_id = ""
    if ppr is not None:
        if ppr.find(f"{_W}numPr") is not None:
            return "item"
        style = ppr.find(f"{_W}pStyle")
        style_id = style.get(f"{_W}val", "") if style is not None else ""
    name = styles.get(style_id, style_id).lower()
    if name.startswith(("heading", "title", "kop")):
        return "heading"
    if name.startswith("list"):
        return "item"
    return "para"


def _cell_text(tc: object) -> str:
    """All paragraphs of a table cell (nested tables flattened) on one line."""
    texts = (_paragraph_text(p) for p in tc.iter(f"{_W}p"))  # type: ignore[attr-defined]
    return " ".join(" ".join(text.split()) for text in texts if text)


def _table_rows(tbl: object) -> list[str]:
    """One line per w:tr; merged cells appear once because we read the XML cells themselves."""
    rows = []
    for tr in tbl.iterchildren(f"{_W}tr"):  # type: ignore[attr-defined]
        cells = [_cell_text(tc) for tc in tr.iterchildren(f"{_W}tc")]
        if any(cells):
            rows.append(CELL_SEPARATOR.join(cells))
    return rows


def _blocks(container: object, styles: dict[str, str]) -> list[tuple[str, str]]:
    """(kind, text) blocks from the body's children in order; content controls are opened up."""
    blocks: list[tuple[str, str]] = []
    for child in container.iterchildren():  # type: ignore[attr-defined]
        tag = child.tag
        if tag == f"{_W}p":
            text = _paragraph_text(child)
            if text:
                kind = _style_kind(child, styles)
                blocks.append((kind, "• " + text if kind == "item" else text))
        elif tag == f"{_W}tbl":
            blocks.extend(("row", row) for row in _table_rows(child))
        elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            blocks.extend(_blocks(child, styles))
    return blocks


def extract_docx(data: bytes, filename: str) -> ExtractedDocument:
    """Parse a DOCX (call through `safety.run_capped` after `check_zip`)."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except KeyError as exc:
        raise ImportRefused("the file is a ZIP archive but not a Word document") from exc
    except ValueError as exc:
        raise ImportRefused("the file is not a Word document (it may be a template or macro file)") from exc
    styles = {style.style_id: style.name or "" for style in document.styles}
    text = join_blocks(_blocks(document.element.body, styles))
    if not text.strip():
        raise ImportRefused("the DOCX contains no text")
    props = document.core_properties
    return ExtractedDocument(
        text=text,
        format="docx",
        title=(props.title or "").strip() or None,
        author=(props.author or "").strip() or None,
        published=partial_date(props.created) or partial_date(props.modified),
    )
