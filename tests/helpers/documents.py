"""Generators for test and benchmark documents: DOCX, HTML, Markdown, text and ZIP bombs.

All sample prose is written for these tests (AI factories, GPUs, InvestAI, EuroHPC).
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

EN_PARAGRAPHS = [
    "The EuroHPC Joint Undertaking selected six new AI factories this spring, bringing the network "
    "to nineteen sites that give start-ups and researchers access to large numbers of GPUs.",
    "Under the InvestAI programme the commission wants to mobilise 200 billion euro for artificial "
    "intelligence, of which 20 billion is meant for a handful of AI gigafactories.",
    "Each gigafactory would host about 100,000 advanced accelerators, roughly four times the capacity "
    "of the largest AI factory that is being built today.",
]
NL_PARAGRAPHS = [
    "De AI-fabriek in Groningen moet in 2026 draaien en biedt rekenkracht aan het bedrijfsleven, "
    "de overheid en de wetenschap. Het kabinet investeert daarvoor samen met de regio.",
    "Voor een AI-gigafabriek is volgens het ministerie een veel grotere investering nodig, omdat "
    "het aantal GPU's en het energieverbruik van de datacenters een orde groter zijn.",
    "Lidstaten die meedoen aan de aanbesteding van EuroHPC doen een financiële toezegging voordat "
    "de officiële oproep voor de gigafabrieken is gepubliceerd.",
]


def make_docx(
    title: str = "AI factories in Europe",
    author: str = "Policy Desk",
    created: datetime | None = datetime(2025, 3, 4, 10, 30),
    extra: list[str] | None = None,
) -> bytes:
    """A DOCX with a heading, paragraphs, a bullet list and a table in between, plus core properties.

    `extra` paragraphs are appended at the end (the benchmark uses them for length).
    """
    import docx

    document = docx.Document()
    document.add_heading("AI factories in Europe", level=1)
    document.add_paragraph(EN_PARAGRAPHS[0])
    document.add_paragraph("Selected sites in Finland", style="List Bullet")
    document.add_paragraph("Selected sites in Germany", style="List Bullet")
    table = document.add_table(rows=2, cols=3)
    for row, values in zip(table.rows, (("Site", "GPUs", "Year"), ("Kajaani", "24000", "2025"))):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_heading("Funding", level=2)
    document.add_paragraph(EN_PARAGRAPHS[1])
    for paragraph in extra or []:
        document.add_paragraph(paragraph)
    props = document.core_properties
    props.title, props.author = title, author
    if created is not None:
        props.created = created
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_zip_bomb(inflated_bytes: int, level: int = 9) -> bytes:
    """A DOCX-shaped ZIP whose word/document.xml inflates to `inflated_bytes` (written in 1 MB chunks)."""
    chunk = b"<w:p><w:r><w:t>GPU</w:t></w:r></w:p>" * 28_000  # ~1 MB of one repeated run
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            written = 0
            while written < inflated_bytes:
                piece = chunk[: inflated_bytes - written]
                member.write(piece)
                written += len(piece)
    return buffer.getvalue()


def make_html(
    paragraphs: list[str] | None = None,
    title: str = "Six new AI factories for Europe",
    published: str = "2025-03-14T09:30:00+01:00",
) -> str:
    """A news page with navigation, a cookie banner, scripts, an aside and a footer around the article."""
    body = "\n".join(f"<p>{text}</p>" for text in (paragraphs or EN_PARAGRAPHS))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Compute Weekly</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Compute Weekly">
<meta property="article:published_time" content="{published}">
<meta name="author" content="Ada Jansen">
<link rel="canonical" href="https://news.example.org/ai-factories">
<style>body {{ font-family: sans-serif; }}</style>
<script>window.tracker = {{ id: 42 }}; console.log("tracking pixel loaded");</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/chips">Chips</a></li><li><a href="/cloud">Cloud</a></li></ul></nav>
<div id="cookie-banner" class="cookie-consent">We use cookies for analytics. Accept all cookies or manage settings.</div>
<main><article>
<h1>{title}</h1>
{body}
<h2>What happens next</h2>
<p>The next call for AI factories closes in the autumn, and the gigafactory call is expected after that.</p>
</article></main>
<aside class="related"><h3>Related stories</h3><a href="/x">Memory prices rise again</a></aside>
<footer><p>Copyright 2025 Compute Weekly. All rights reserved. Privacy policy.</p></footer>
</body></html>"""


MARKDOWN = """# Funding the *AI gigafactories*

The [InvestAI](https://example.org/investai) plan mobilises **200 billion euro**;
a fund of 20 billion is reserved for `gigafactories`.

## Who pays

- the member states
- the EuroHPC Joint Undertaking

| Source | Share |
|--------|-------|
| EU | 35% |
"""
