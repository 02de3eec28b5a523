"""The way back: changed cells of a returned workbook become proposed claims with evidence."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from app.core import claims, review
from app.core.claim_views import claim_view
from app.core.errors import ClaimdeskError
from app.core.export.workbook import export_workbook
from app.core.project import create_project
from app.core.workbook_import import import_workbook
from database.models import Claim, Document, DocumentText
from tests.core.test_workbook_export import Built, build_project


@pytest.fixture
def built(tmp_path: Path) -> Built:
    b = build_project(tmp_path / "wb.claimdesk")
    yield b
    b.project.close()


def _edit(src: Path, dst: Path, changes: dict[tuple[str, str], object]) -> None:
    wb = load_workbook(src)
    for (sheet, coord), value in changes.items():
        wb[sheet][coord] = value
    wb.save(dst)


def _coord(ws, label: str, header: str) -> str:  # type: ignore[no-untyped-def]
    col = next(c.column_letter for c in ws[1] if c.value == header)
    row = next(c.row for c in ws["B"] if c.value == label)
    return f"{col}{row}"


def test_changed_cells_become_proposed_claims_with_the_line_as_quote(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(built.project, out)
    ws = load_workbook(out)["Facility"]
    gpu = _coord(ws, "AI-fabriek Groningen", "GPUs (GPU)")
    country = _coord(ws, "Datacenter Antwerpen", "Country")
    returned = tmp_path / "returned.xlsx"
    _edit(out, returned, {("Facility", gpu): 20000, ("Facility", country): "NL"})

    result = import_workbook(built.project, returned)
    assert sorted(c.cell for c in result.changes) == sorted([f"Facility!{gpu}", f"Facility!{country}"])
    assert result.unmatched == []
    change = next(c for c in result.changes if c.cell == f"Facility!{gpu}")
    assert change.line == f"Facility!{gpu}: 18,000 GPU → 20,000"
    view = claim_view(built.project, change.claim_id)
    assert view.claim.status == "proposed" and view.claim.amount == 20000 and view.claim.unit == "GPU"
    assert [e.quote for e in view.evidence] == [change.line]
    with built.project.read() as session:
        doc = session.get(Document, result.document_id)
        text = session.get(DocumentText, result.document_id)
        assert doc is not None and doc.format == "xlsx" and text is not None
        assert change.line + "\n" in text.text


def test_unchanged_workbook_and_second_import_create_nothing(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(built.project, out)
    with built.project.read() as session:
        before = len(session.exec(select(Claim)).all())
    untouched = import_workbook(built.project, out)
    assert untouched.changes == [] and untouched.document_id is None and untouched.unchanged > 10
    returned = tmp_path / "returned.xlsx"
    ws = load_workbook(out)["Facility"]
    _edit(out, returned, {("Facility", _coord(ws, "Datacenter Antwerpen", "GPUs (GPU)")): 750})
    first = import_workbook(built.project, returned)
    second = import_workbook(built.project, returned)
    assert len(first.changes) == 1
    assert second.already_imported and second.changes == []
    with built.project.read() as session:
        assert len(session.exec(select(Claim)).all()) == before + 1


def test_edits_in_claimdesk_after_the_export_are_not_taken_for_changes(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(built.project, out)
    newer = claims.add_claim(built.project, built.facility, "gpu_count", "24000").claim
    review.review_claim(built.project, newer.id, "accept")
    assert import_workbook(built.project, out).changes == []


def test_unmatched_rows_and_bad_values_are_listed(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(built.project, out)
    ws = load_workbook(out)["Facility"]
    returned = tmp_path / "returned.xlsx"
    _edit(out, returned, {("Facility", "B10"): "A new facility",
                          ("Facility", _coord(ws, "Datacenter Antwerpen", "GPUs (GPU)")): "about a thousand"})
    result = import_workbook(built.project, returned)
    assert result.changes == []
    assert any("A new facility" in u and "no Claimdesk id" in u for u in result.unmatched)
    assert any("not a number" in u for u in result.unmatched)


def test_a_workbook_of_another_project_is_refused(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(built.project, out)
    other = create_project(tmp_path / "other.claimdesk")
    try:
        with pytest.raises(ClaimdeskError, match="another project"):
            import_workbook(other, out)
    finally:
        other.close()


def test_files_that_are_not_workbooks_or_bombs_are_refused(built: Built, tmp_path: Path) -> None:
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    with pytest.raises(ClaimdeskError):
        import_workbook(built.project, text)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (400 * 1024 * 1024))
    with pytest.raises(ClaimdeskError, match="zip bomb"):
        import_workbook(built.project, bomb)
