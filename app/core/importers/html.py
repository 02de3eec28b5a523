"""HTML import: the article's main text (trafilatura) and metadata from the page's own tags.

Runs inside the capped helper process. trafilatura's XML output keeps headings,
paragraphs, lists and tables apart, so each becomes its own block. Metadata
comes from explicit tags first (og:title, article:published_time, meta date,
<time datetime>, og:site_name, canonical link), trafilatura's guesses second.
"""

from __future__ import annotations

import re

from app.core.importers import ExtractedDocument, ImportRefused
from app.core.importers.text import decode_bytes
from app.core.importers.textutil import clean_line, join_blocks, partial_date

NO_ARTICLE = "the HTML page has no readable article text"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DATE_META = (
    "article:published_time", "og:published_time", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "pubdate", "publishdate", "publication_date", "citation_publication_date",
)


def decode_html(data: bytes) -> str:
    """Decode by BOM, then the page's declared charset, then detection."""
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall through to detection
    return decode_bytes(data)[0]


def _head_metadata(tree: object) -> dict[str, str]:
    """Lower-cased meta property/name -> content, plus canonical link and first <time datetime>."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):  # type: ignore[attr-defined]
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = content
    for link in tree.iter("link"):  # type: ignore[attr-defined]
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            found.setdefault("canonical", link.get("href").strip())
    for time_tag in tree.iter("time"):  # type: ignore[attr-defined]
        if time_tag.get("datetime"):
            found.setdefault("time", time_tag.get("datetime").strip())
            break
    title = tree.find(".//title")  # type: ignore[attr-defined]
    if title is not None and title.text_content().strip():
        found["<title>"] = " ".join(title.text_content().split())
    return found


def _render(main: object) -> str:
    """trafilatura's <main> as blocks: headings/paragraphs apart, list items and table rows tight."""
    blocks: list[tuple[str, str]] = []
    for element in main.iterchildren():  # type: ignore[attr-defined]
        if element.tag == "list":
            blocks.extend(("item", "• " + _flat(item)) for item in element.iter("item") if _flat(item))
        elif element.tag == "table":
            for row in element.iter("row"):
                cells = [_flat(cell) for cell in row.iterchildren("cell")]
                if any(cells):
                    blocks.append(("row", " | ".join(cells)))
        elif _flat(element):
            blocks.append(("para", _flat(element)))
    return join_blocks(blocks)


def _flat(element: object) -> str:
    """An element's text on one line (line breaks inside <p> kept as line breaks)."""
    raw = "".join(element.itertext())  # type: ignore[attr-defined]
    lines = (" ".join(clean_line(line).split()) for line in raw.split("\n"))
    return "\n".join(line for line in lines if line)


def _main_text(markup: str) -> tuple[str, object | None]:
    """Run trafilatura; return (text, its <doc> element) or ("", None)."""
    import trafilatura
    from lxml import etree

    xml = None
    # Precision first (drops teasers and link lists); recall only when that finds nothing.
    for precise in (True, False):
        xml = trafilatura.extract(
            markup, output_format="xml", with_metadata=True, favor_precision=precise, favor_recall=not precise,
            include_comments=False, include_tables=True, include_links=False, include_images=False,
        )
        if xml:
            break
    if not xml:
        return "", None
    doc = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    main = doc.find("main")
    return (_render(main) if main is not None else ""), doc


def extract_html(data: bytes, filename: str) -> ExtractedDocument:
    """Parse an HTML page (call through `safety.run_capped`)."""
    import lxml.html

    markup = _XML_DECLARATION.sub("", decode_html(data))
    if not markup.strip():
        raise ImportRefused(NO_ARTICLE)
    tree = lxml.html.document_fromstring(markup)
    meta = _head_metadata(tree)
    text, doc = _main_text(markup)
    if not text.strip():
        raise ImportRefused(NO_ARTICLE)
    # `doc` is an lxml element, typed `object` here like the others in this module (lxml has no stubs).
    found = dict(doc.attrib) if doc is not None else {}  # type: ignore[attr-defined]
    published = next((partial_date(meta[key]) for key in _DATE_META if key in meta and partial_date(meta[key])), None)
    return ExtractedDocument(
        text=text,
        format="html",
        title=meta.get("og:title") or found.get("title") or meta.get("<title>"),
        published=published or partial_date(meta.get("time")) or partial_date(found.get("date")),
        publisher=meta.get("og:site_name") or found.get("sitename"),
        author=meta.get("author") or found.get("author"),
        url=meta.get("canonical") or meta.get("og:url") or found.get("url"),
        language=None,
    )
