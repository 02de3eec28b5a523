"""Importers: plain text, Markdown, HTML, DOCX, format detection, size caps and the real corpus."""

from __future__ import annotations

import io
import sys
import time
import tracemalloc
import unicodedata
import zipfile
from pathlib import Path

import pytest

# tests/core has no __init__.py, so pytest does not put the repo root on sys.path;
# the shared generators in tests/helpers need it (and so does the spawned parser process).
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from app.core.importers import ImportLimits, ImportRefused, extract  # noqa: E402
from app.core.importers.language import guess_language  # noqa: E402
from app.core.importers.textutil import clean_text, partial_date, readable_stem, title_from_text  # noqa: E402
from tests.helpers.documents import (  # noqa: E402
    EN_PARAGRAPHS, MARKDOWN, NL_PARAGRAPHS, make_docx, make_html, make_zip_bomb,
)

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
NL_TEXT = "\n\n".join(NL_PARAGRAPHS)


def refused(data: bytes, filename: str, limits: ImportLimits | None = None) -> str:
    """The refusal sentence for a file that must not import."""
    with pytest.raises(ImportRefused) as caught:
        extract(data, filename, limits)
    return str(caught.value)


# --- plain text -------------------------------------------------------------------------


def test_date_token_on_the_same_line_becomes_published() -> None:
    doc = extract((" date 2025-06 " + NL_TEXT).encode("utf-8"), "news.txt")
    assert doc.published == "2025-06"
    assert doc.text.startswith("De AI-fabriek in Groningen")
    assert doc.format == "txt" and doc.language == "nl"


def test_date_token_on_its_own_line_and_title_from_short_first_line() -> None:
    doc = extract(("date 2025-06-11\nAI-fabriek Groningen\n\n" + NL_TEXT).encode(), "x.txt")
    assert doc.published == "2025-06-11"
    assert doc.title == "AI-fabriek Groningen"
    assert doc.text.startswith("AI-fabriek Groningen\n\nDe AI-fabriek")


def test_invalid_date_token_stays_in_the_text() -> None:
    doc = extract(b"date 2025-13 is not a month\n", "x.txt")
    assert doc.published is None and doc.text.startswith("date 2025-13")


def test_long_first_line_gives_shortened_first_sentence_as_title() -> None:
    long_line = ("Het kabinet kiest voor deelname aan de aanbesteding van EuroHPC voor AI-gigafabrieken " * 3).strip()
    doc = extract((long_line + ". Tweede zin.").encode(), "memo.txt")
    assert doc.title is not None and len(doc.title) <= 121 and doc.title.endswith("…")
    assert title_from_text("", "nl-memo_ai-gigafactory.txt") == "Nl memo ai gigafactory"
    assert readable_stem("C:\\docs\\--.txt") is None


@pytest.mark.parametrize(
    ("encoded", "name"),
    [
        ("\ufeffGPU's kosten € 30.000; de ëxtra ïnvestering".encode("utf-8"), "utf-8 BOM"),
        ("GPU's kosten € 30.000; de ëxtra ïnvestering".encode("utf-16"), "utf-16 BOM"),
        ("GPU's kosten € 30.000; de ëxtra ïnvestering".encode("utf-16-le"), "utf-16 no BOM"),
        ("GPU’s kosten € 30.000; de ëxtra ïnvestering".encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_are_detected(encoded: bytes, name: str) -> None:
    doc = extract(encoded, "prices.txt")
    assert "€ 30.000" in doc.text and "ëxtra ïnvestering" in doc.text, name


def test_latin1_dutch_text_decodes() -> None:
    doc = extract("Een reëel risico: de coöperatie en café-eigenaar".encode("latin-1"), "a.txt")
    assert doc.text == "Een reëel risico: de coöperatie en café-eigenaar"


def test_line_endings_trailing_spaces_and_nfc() -> None:
    doc = extract("Cafe\u0301 AI  \r\nregel twee\t\rregel drie\r\n\r\n\r\n\r\nslot".encode(), "a.txt")
    assert doc.text == "Café AI\nregel twee\nregel drie\n\nslot"
    assert unicodedata.is_normalized("NFC", doc.text)
    assert clean_text(doc.text) == doc.text


@pytest.mark.parametrize(
    "junk",
    [
        bytes(range(256)) * 20,  # binary with NUL bytes
        b"\x01\x02\x03\x04\x05\x06 GPU \x07\x08" * 200,  # control characters, no NUL
    ],
)
def test_binary_junk_named_txt_is_refused(junk: bytes) -> None:
    assert refused(junk, "notes.txt") == "the file does not contain readable text"


def test_empty_and_blank_files_are_refused() -> None:
    assert refused(b"", "a.txt") == "the file is empty"
    assert refused(b" \n\r\n\t ", "a.txt") == "the file contains no text"


def test_unknown_extension_with_text_imports_as_text() -> None:
    doc = extract(EN_PARAGRAPHS[0].encode(), "export.dat")
    assert doc.format == "txt" and doc.language == "en"


def test_oversize_file_is_refused_with_the_sizes() -> None:
    limits = ImportLimits(max_file_bytes=1024 * 1024)
    message = refused(b"a" * (3 * 1024 * 1024), "big.txt", limits)
    assert message == "the file is 3.0 MB, over the import limit of 1.0 MB (change it with --max-size)"


# --- Markdown ---------------------------------------------------------------------------


def test_markdown_is_stored_as_the_reader_sees_it() -> None:
    doc = extract(("date 2025-02\n" + MARKDOWN).encode(), "plan.md")
    assert doc.format == "md" and doc.published == "2025-02"
    assert doc.title == "Funding the AI gigafactories"
    assert doc.text == (
        "Funding the AI gigafactories\n\n"
        "The InvestAI plan mobilises 200 billion euro; a fund of 20 billion is reserved for gigafactories.\n\n"
        "Who pays\n\n"
        "• the member states\n• the EuroHPC Joint Undertaking\n\n"
        "Source | Share\nEU | 35%"
    )


def test_markdown_front_matter_gives_metadata() -> None:
    source = "---\ntitle: GPU supply\ndate: 2024-11-02\nauthor: Desk\n---\nSome **GPU** text.\n"
    doc = extract(source.encode(), "n.markdown")
    assert (doc.title, doc.published, doc.author, doc.text) == ("GPU supply", "2024-11-02", "Desk", "Some GPU text.")


# --- HTML -------------------------------------------------------------------------------


def test_html_article_text_and_metadata() -> None:
    doc = extract(make_html().encode("utf-8"), "page.HTM")
    assert doc.format == "html"
    assert doc.title == "Six new AI factories for Europe"
    assert (doc.published, doc.publisher, doc.author) == ("2025-03-14", "Compute Weekly", "Ada Jansen")
    assert doc.url == "https://news.example.org/ai-factories"
    assert doc.language == "en"
    for paragraph in EN_PARAGRAPHS:
        assert f"\n\n{paragraph}" in doc.text
    assert "\n\nWhat happens next\n\n" in doc.text
    for boilerplate in ("cookies", "Home", "tracker", "font-family", "Related stories", "Copyright"):
        assert boilerplate not in doc.text


def test_html_date_from_time_element_and_meta_name_date() -> None:
    page = make_html().replace('property="article:published_time"', 'property="x"')
    with_time = page.replace("<h1>", '<time datetime="2024-12-19">19 december</time><h1>')
    assert extract(with_time.encode(), "a.html").published == "2024-12-19"
    with_meta = page.replace("<title>", '<meta name="date" content="2024-10-01"><title>')
    assert extract(with_meta.encode(), "a.html").published == "2024-10-01"


def test_html_in_cp1252_with_declared_charset_and_sniffed_without_extension() -> None:
    page = make_html(NL_PARAGRAPHS, title="Coöperatie bouwt AI-fabriek").replace("utf-8", "windows-1252")
    doc = extract(page.encode("cp1252"), "download")
    assert doc.format == "html" and doc.title == "Coöperatie bouwt AI-fabriek"
    assert "financiële toezegging" in doc.text and doc.language == "nl"


def test_html_without_article_text_is_refused() -> None:
    assert refused(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "x.html") == (
        "the HTML page has no readable article text"
    )


# --- DOCX -------------------------------------------------------------------------------


def test_docx_blocks_in_document_order_with_metadata() -> None:
    doc = extract(make_docx(), "brief.docx")
    assert doc.format == "docx"
    assert doc.text == (
        "AI factories in Europe\n\n" + EN_PARAGRAPHS[0] + "\n\n"
        "• Selected sites in Finland\n• Selected sites in Germany\n\n"
        "Site | GPUs | Year\nKajaani | 24000 | 2025\n\n"
        "Funding\n\n" + EN_PARAGRAPHS[1]
    )
    assert (doc.title, doc.author, doc.published) == ("AI factories in Europe", "Policy Desk", "2025-03-04")


def test_docx_that_is_not_a_zip_is_refused() -> None:
    assert refused(b"just some words about GPUs", "brief.docx") == "the file is not a valid DOCX (not a ZIP archive)"


def test_zip_without_word_document_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert refused(buffer.getvalue(), "brief.docx") == (
        "the file is a ZIP archive but not a Word document (it looks like an Excel workbook)"
    )


@pytest.fixture(scope="module")
def zip_bomb() -> bytes:
    """A DOCX-shaped ZIP of well under 2 MB whose document.xml inflates to 400 MB."""
    return make_zip_bomb(400 * 1024 * 1024)


def test_docx_zip_bomb_is_refused_quickly_with_bounded_memory(zip_bomb: bytes) -> None:
    assert len(zip_bomb) < 2 * 1024 * 1024
    tracemalloc.start()
    started = time.perf_counter()
    try:
        message = refused(zip_bomb, "bomb.docx")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert message == "the DOCX expands to more than 300 MB; refused as a possible zip bomb"
    assert time.perf_counter() - started < 2.0
    assert peak < 20 * 1024 * 1024


def test_docx_member_with_extreme_compression_ratio_is_refused() -> None:
    bomb = make_zip_bomb(20 * 1024 * 1024)
    message = refused(bomb, "bomb.docx", ImportLimits(max_compression_ratio=100))
    assert message.startswith("the DOCX part word/document.xml is compressed") and "zip bomb" in message


def test_zip_with_absurd_member_count_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for index in range(6000):
            archive.writestr(f"word/media/{index}.bin", b"")
    assert "far more than a real document" in refused(buffer.getvalue(), "many.docx")


# --- detection, dates, language ----------------------------------------------------------


def test_image_renamed_to_pdf_is_refused_saying_what_it_is() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100)
    assert refused(png, "scan.pdf") == "the file is not a PDF (it looks like a PNG image)"
    assert refused(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(50), "photo.docx") == (
        "the file is not a DOCX (it looks like a JPEG image)"
    )


def test_words_that_start_like_signatures_are_still_text() -> None:
    assert extract(b"BMW en MZ bouwen geen GPU's, maar de AI-fabriek wel.", "a.txt").format == "txt"


def test_html_error_page_saved_as_pdf_is_refused() -> None:
    assert refused(b"<!DOCTYPE html><html><body>404</body></html>", "report.pdf") == (
        "the file is not a PDF (it looks like an HTML page)"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [("D:20250611093000+01'00'", None), ("20250611093000+01'00'", "2025-06-11"), ("2025-06-11T09:30Z", "2025-06-11"),
     ("2025/06", "2025-06"), ("2024-02-30", None), ("soon", None)],
)
def test_partial_dates(value: str, expected: str | None) -> None:
    assert partial_date(value) == expected


def test_language_guess() -> None:
    assert guess_language(NL_TEXT) == "nl"
    assert guess_language(" ".join(EN_PARAGRAPHS)) == "en"
    assert guess_language("GPU GPU H100 B200") is None


# --- the real corpus ---------------------------------------------------------------------


def test_real_corpus_dates_come_from_the_date_token() -> None:
    files = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not files:
        pytest.skip(f"no corpus at {CORPUS}")
    for path in files:
        raw = path.read_bytes()
        doc = extract(raw, path.name)
        assert not doc.text.startswith("date"), path.name
        assert doc.text == doc.text.strip() and "\r" not in doc.text
        assert doc.title and doc.language == "nl", path.name
        token = raw.decode("utf-8").split()[:2]
        if token[0] == "date":
            assert doc.published == token[1], path.name
        else:
            assert doc.published is None, path.name
