"""Markdown import: the text as a reader sees it, without heading marks, emphasis or link syntax."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.importers import ExtractedDocument, ImportRefused
from app.core.importers.text import decode_text, split_date_token
from app.core.importers.textutil import clean_text, join_blocks, partial_date, title_from_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
# Blocks of these kinds sit on consecutive lines when they follow one another.


def _front_matter(source: str) -> tuple[dict[str, str], str]:
    """Split simple YAML front matter (`key: value` lines) from the Markdown source."""
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, source
    fields = {}
    for line in match.group(1).split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip():
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, source[match.end():]


def _inline(token: object) -> str:
    """Render an inline token's children as plain text: keep words, drop markup and images."""
    parts = []
    for child in getattr(token, "children", None) or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")  # a reader sees one flowing line
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()


def _blocks(tokens: Sequence) -> tuple[list[tuple[str, str]], str | None]:
    """Walk the token stream into (kind, text) blocks; also return the first level-1 heading."""
    blocks: list[tuple[str, str]] = []
    heading: str | None = None
    first_heading: str | None = None
    pending_prefix = ""
    cells: list[str] = []
    numbers: list[int | None] = []  # the counter of each open list; None for bullets
    for index, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            numbers.append(int(token.attrGet("start") or 1) if kind == "ordered_list_open" else None)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            numbers.pop()
        elif kind == "list_item_open":
            number = numbers[-1]
            pending_prefix = "• " if number is None else f"{number}. "
            if number is not None:
                numbers[-1] = number + 1
        elif kind == "tr_open":
            cells = []
        elif kind == "tr_close":
            blocks.append(("row", " | ".join(cells)))
        elif kind == "inline":
            text = _inline(token)
            parent = tokens[index - 1].type if index else ""
            if parent in ("th_open", "td_open"):
                cells.append(text)
            elif parent == "heading_open":
                blocks.append(("heading", text))
                first_heading = first_heading or text
                if tokens[index - 1].tag == "h1" and heading is None:
                    heading = text
            elif text:
                blocks.append(("item" if pending_prefix else "para", pending_prefix + text))
                pending_prefix = ""
        elif kind in ("fence", "code_block"):
            blocks.append(("code", token.content.rstrip("\n")))
        elif kind == "html_block":
            stripped = _TAG.sub("", token.content).strip()
            if stripped:
                blocks.append(("para", stripped))
    return blocks, heading or first_heading


def render_markdown(source: str) -> tuple[str, str | None]:
    """Return (plain text, title heading or None) for Markdown source."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    blocks, heading = _blocks(parser.parse(source))
    return join_blocks(blocks), heading


def extract_markdown(data: bytes, filename: str) -> ExtractedDocument:
    """Import a Markdown file as the text a reader sees."""
    source, warnings = decode_text(data)
    source = source.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    fields, source = _front_matter(source)
    published, source = split_date_token(source)
    rendered, heading = render_markdown(source)
    text = clean_text(rendered)
    if not text:
        raise ImportRefused("the file contains no text")
    return ExtractedDocument(
        text=text,
        format="md",
        title=fields.get("title") or heading or title_from_text(text, filename),
        published=published or partial_date(fields.get("date")),
        author=fields.get("author") or None,
        url=fields.get("url") or None,
        warnings=warnings,
    )
