"""PDF import (reflow, running headers, page starts, bad files) and the capped parser process."""

from __future__ import annotations

import io
import sys
import unicodedata
from pathlib import Path

import pytest

# tests/core has no __init__.py, so pytest does not put the repo root on sys.path;
# the shared generators in tests/helpers need it (and so does the spawned parser process).
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from app.core.importers import ImportLimits, ImportRefused, extract  # noqa: E402
from app.core.importers.pdf import join_lines  # noqa: E402
from app.core.importers.safety import run_capped  # noqa: E402
from tests.helpers import capped  # noqa: E402
from tests.helpers.pdf_writer import make_pdf  # noqa: E402

INFO = {"Title": "Kamerbrief AI-fabrieken", "Author": "Ministerie van EZ", "CreationDate": "D:20250611093000+01'00'"}
HEADER = "Ministerie van Economische Zaken | Kamerbrief AI"
PAGE_1 = [
    HEADER,
    "Aanleiding",
    "",
    "De AI-fabriek in Groningen krijgt een nieuwe digitale infra-",
    "structuur met duizenden GPU's. De wijziging van de EuroHPC-",
    "verordening maakt het mogelijk dat ook AI-gigafabrieken worden",
    "gefinancierd via een gezamenlijke aanbesteding van rekenkracht.",
    "",
    "Het kabinet heeft daarvoor in 2025 een bedrag gereserveerd dat",
    "Pagina 1 van 3",
]
PAGE_2 = [
    HEADER,
    "samen met de regio wordt besteed aan de bouw van het datacenter.",
    "",
    "Geadviseerd besluit",
    "",
    "U kunt akkoord gaan met verzending van de brief aan de Kamer.",
    "",
    "2",
]
PAGE_3 = [HEADER, "Kernpunten", "", "• Lidstaten doen een financiële toezegging.", "Pagina 3 van 3"]


def refused(data: bytes, filename: str = "doc.pdf", limits: ImportLimits | None = None) -> str:
    """The refusal sentence for a PDF that must not import."""
    with pytest.raises(ImportRefused) as caught:
        extract(data, filename, limits)
    return str(caught.value)


def encrypted(pdf: bytes, user_password: str, algorithm: str = "AES-256") -> bytes:
    """The same PDF encrypted by pypdf (owner password always set)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="eigenaar", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def letter() -> bytes:
    """A three-page parliamentary letter with a running header and page-number footers."""
    return make_pdf([PAGE_1, PAGE_2, PAGE_3], info=INFO)


def test_pdf_text_is_reflowed_without_headers_and_footers(letter: bytes) -> None:
    doc = extract(letter, "kamerbrief.pdf")
    assert doc.format == "pdf"
    assert doc.text == (
        "Aanleiding\n\n"
        "De AI-fabriek in Groningen krijgt een nieuwe digitale infrastructuur met duizenden GPU's. "
        "De wijziging van de EuroHPC-verordening maakt het mogelijk dat ook AI-gigafabrieken worden "
        "gefinancierd via een gezamenlijke aanbesteding van rekenkracht.\n\n"
        "Het kabinet heeft daarvoor in 2025 een bedrag gereserveerd dat "
        "samen met de regio wordt besteed aan de bouw van het datacenter.\n\n"
        "Geadviseerd besluit\n\n"
        "U kunt akkoord gaan met verzending van de brief aan de Kamer.\n\n"
        "Kernpunten\n\n"
        "• Lidstaten doen een financiële toezegging."
    )
    assert unicodedata.is_normalized("NFC", doc.text)


def test_pdf_page_starts_point_at_each_page_text(letter: bytes) -> None:
    doc = extract(letter, "kamerbrief.pdf")
    assert doc.page_starts is not None and len(doc.page_starts) == 3
    assert doc.page_starts[0] == 0
    # Page 2 begins mid-paragraph: the sentence carried over from page 1.
    assert doc.text[doc.page_starts[1]:].startswith("samen met de regio")
    assert doc.text[doc.page_starts[2]:].startswith("Kernpunten")


def test_pdf_metadata_and_language(letter: bytes) -> None:
    doc = extract(letter, "kamerbrief.pdf")
    assert (doc.title, doc.author, doc.published, doc.language) == (
        "Kamerbrief AI-fabrieken", "Ministerie van EZ", "2025-06-11", "nl",
    )


def test_pdf_without_info_takes_title_from_first_line() -> None:
    doc = extract(make_pdf([["AI-gigafabrieken", "", "Een korte notitie over GPU's."]]), "n.pdf")
    assert doc.title == "AI-gigafabrieken" and doc.published is None


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("nieuwe infra-", "structuur", "nieuwe infrastructuur"),
        ("de AI-", "fabriek", "de AI-fabriek"),
        ("de EuroHPC-", "verordening", "de EuroHPC-verordening"),
        ("tussen 2025-", "2027", "tussen 2025-2027"),
        ("in de B200-", "serie", "in de B200-serie"),
        ("de infra-", "Structuur", "de infra-Structuur"),
        ("GPU's en", "TPU's", "GPU's en TPU's"),
    ],
)
def test_line_joining_and_hyphen_rules(before: str, after: str, joined: str) -> None:
    assert join_lines(before, after) == joined


def test_pdf_with_empty_user_password_opens(letter: bytes) -> None:
    doc = extract(encrypted(letter, ""), "open.pdf")
    assert doc.text.startswith("Aanleiding")


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_password_protected_pdf_is_refused(letter: bytes, algorithm: str) -> None:
    assert refused(encrypted(letter, "geheim", algorithm)) == "the PDF is encrypted with a password"


def test_truncated_pdf_is_refused(letter: bytes) -> None:
    assert refused(letter[: len(letter) // 2]).startswith("the PDF is damaged and cannot be read")


def test_corrupt_pdf_is_refused() -> None:
    garbage = b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\nstartxref\n999999\n%%EOF\n"
    assert refused(garbage) == "the PDF is damaged and cannot be read"


def test_scanned_pdf_without_text_layer_is_refused() -> None:
    assert refused(make_pdf([], blank_pages=2)) == (
        "the PDF has no text layer (scanned pages); OCR is not supported"
    )


def test_partly_scanned_pdf_imports_with_a_warning() -> None:
    doc = extract(make_pdf([["Rekenkracht voor de AI-fabriek."]], blank_pages=1), "mixed.pdf")
    assert doc.text == "Rekenkracht voor de AI-fabriek."
    assert doc.page_starts == [0, len(doc.text)]
    assert doc.warnings == ["page(s) 2 have no text layer (scanned?); their content is missing"]


def test_pdf_magic_wins_over_a_wrong_extension(letter: bytes) -> None:
    assert extract(letter, "kamerbrief.txt").format == "pdf"


def test_text_named_pdf_is_refused() -> None:
    assert refused(b"GPU-capaciteit in Europa", "x.pdf") == (
        "the file is not a PDF (it does not start with the PDF signature)"
    )


# --- time and memory caps -----------------------------------------------------------------


def test_slow_pdf_times_out_and_the_next_import_still_works() -> None:
    many_pages = make_pdf([[f"Regel {i} over GPU's en AI-fabrieken." for i in range(40)]] * 60)
    message = refused(many_pages, limits=ImportLimits(parse_seconds=0.001))
    assert message == "reading the PDF took longer than 0.001 s; it may be malformed"
    assert extract(make_pdf([["Daarna gaat het weer goed."]]), "ok.pdf").text == "Daarna gaat het weer goed."


def test_hanging_parser_is_killed_at_the_time_cap() -> None:
    with pytest.raises(ImportRefused, match=r"^reading the PDF took longer than 0.5 s; it may be malformed$"):
        run_capped(capped.hang, b"", "hang.pdf", ImportLimits(parse_seconds=0.5), "PDF")
    assert run_capped(capped.echo, b"ok", "e.pdf", ImportLimits(), "PDF").text == "ok"


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux only")
def test_memory_hungry_parser_is_stopped_at_the_memory_cap() -> None:
    limits = ImportLimits(parse_memory_bytes=768 * 1024 * 1024)
    with pytest.raises(ImportRefused, match=r"^reading the PDF needed more than 768 MB of memory"):
        run_capped(capped.hog_memory, b"", "hog.pdf", limits, "PDF")
    assert run_capped(capped.echo, b"still here", "e.pdf", limits, "PDF").text == "still here"


def test_unexpected_parser_error_reads_as_damaged_file() -> None:
    with pytest.raises(ImportRefused, match=r"^the DOCX is damaged and cannot be read$"):
        run_capped(capped.explode, b"", "x.docx", ImportLimits(), "DOCX")
