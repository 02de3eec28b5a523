"""The ministry workbook: reopened with openpyxl and checked cell by cell."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from app.core import annotations, claims, documents, records, review
from app.core.errors import ClaimdeskError
from app.core.export.cells import EXCEL_CELL_LIMIT, TRUNCATION_MARK, sheet_name
from app.core.export.workbook import ExportCancelled, export_workbook
from app.core.project import Project, create_project
from app.core.templates import add_template, get_template, list_templates, parse_template, remove_template
from database.models import Claim, FieldDef

EVIL = "=cmd|' /C calc'!A0"
TEXT = (
    "Het datacenter in Groningen krijgt 18000 GPU's volgens het bericht.\n"
    "De investering bedraagt 200000000 euro.\n"
    "Het fonds mobiliseert 20000000000 euro voor AI.\n"
)


@dataclass
class Built:
    """A small curated project and the ids the tests look for."""

    project: Project
    facility: str
    gpu_claim: str
    operator: str


def _orm_claim(project: Project, record_id: str, field_key: str, **values: object) -> str:
    # Ranges, dates and very long texts go in through the ORM: the value parser is elsewhere.
    with project.write("add claim") as session:
        fdef = session.exec(select(FieldDef).where(FieldDef.key == field_key)).first()
        assert fdef is not None
        claim = Claim(record_id=record_id, field_id=fdef.id, created_by="alice", **values)  # type: ignore[arg-type]
        session.add(claim)
    return claim.id


def build_project(path: Path) -> Built:
    """Documents, records and reviewed claims through the core functions."""
    p = create_project(path, name="Workbook test", editor="alice")
    doc = documents.import_bytes(p, TEXT.encode(), "bericht.txt").document_id
    assert doc is not None
    org = records.add_record(p, "organisation", EVIL)
    fac = records.add_record(p, "facility", "AI-fabriek Groningen")
    fac2 = records.add_record(p, "facility", "Datacenter Antwerpen")
    prog = records.add_record(p, "programme", "InvestAI")
    fc = records.add_record(p, "funding_commitment", "EU to InvestAI")
    a_gpu = annotations.add_annotation(p, doc, quote="18000 GPU's")
    a_inv = annotations.add_annotation(p, doc, quote="bedraagt 200000000 euro")
    a_fund = annotations.add_annotation(p, doc, quote="mobiliseert 20000000000 euro")
    gpu = claims.add_claim(p, fac.id, "gpu_count", "18000", evidence=[a_gpu.id]).claim
    inv = claims.add_claim(p, fac.id, "investment", "200000000", evidence=[a_inv.id]).claim
    claims.add_claim(p, fac.id, "investment", "160000000")  # competing, left proposed
    accepted = [gpu, inv,
                claims.add_claim(p, fac.id, "country", "NL").claim,
                claims.add_claim(p, fac2.id, "country", "BE").claim,
                claims.add_claim(p, fac2.id, "gpu_count", "500").claim,
                claims.add_claim(p, fac.id, "operator", org.id).claim,
                claims.add_claim(p, fc.id, "amount", "20000000000", evidence=[a_fund.id]).claim,
                claims.add_claim(p, fc.id, "programme", prog.id).claim]
    p.editor = "bob"
    for c in accepted:
        review.review_claim(p, c.id, "accept")
    p.editor = "alice"
    _orm_claim(p, fac.id, "power_capacity", kind="quantity", value_text="10-20 MW", lower=Decimal(10),
               upper=Decimal(20), unit="MW", status="accepted", approximate=True)
    _orm_claim(p, fac.id, "opening", kind="date", value_text="juni 2026", date="2026-06",
               precision="month", status="accepted")
    _orm_claim(p, fac2.id, "city", kind="text", value_text="x" * 40_000, status="accepted")
    return Built(p, fac.id, gpu.id, org.id)


@pytest.fixture
def built(tmp_path: Path) -> Built:
    b = build_project(tmp_path / "wb.claimdesk")
    yield b
    b.project.close()


def _row_of(ws, label: str) -> int:  # type: ignore[no-untyped-def]
    for row in ws.iter_rows(min_col=2, max_col=2):
        if row[0].value == label:
            return row[0].row
    raise AssertionError(f"{label} not on {ws.title}")


def _col_of(ws, header: str) -> int:  # type: ignore[no-untyped-def]
    for cell in ws[1]:
        if cell.value == header:
            return cell.column
    raise AssertionError(f"no column {header!r} on {ws.title}")


def test_money_is_a_numeric_cell_with_format_link_and_note(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    report = export_workbook(built.project, out)
    assert report.records == 5 and report.conflicts == 1
    wb = load_workbook(out)
    ws = wb["Facility"]
    row = _row_of(ws, "AI-fabriek Groningen")
    cell = ws.cell(row, _col_of(ws, "Investment (EUR)"))
    assert cell.data_type == "n" and cell.value == 200_000_000
    assert "€" in cell.number_format and "#,##0" in cell.number_format
    target = cell.hyperlink.location
    sheet, coord = target.split("!")
    assert sheet == "'Claims'"
    claims_ws = wb["Claims"]
    claim_row = claims_ws[coord]
    assert claim_row.value is not None  # the claim id column of that row
    quote = claims_ws.cell(claim_row.row, _col_of(claims_ws, "Quote")).value
    assert quote == "bedraagt 200000000 euro"
    assert "bedraagt 200000000 euro" in cell.comment.text and "bericht" in cell.comment.text.lower()
    gpus = ws.cell(row, _col_of(ws, "GPUs (GPU)"))
    assert gpus.value == 18000 and gpus.number_format == "#,##0" and gpus.data_type == "n"


def test_ranges_dates_and_references(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(built.project, out)
    wb = load_workbook(out)
    ws = wb["Facility"]
    row = _row_of(ws, "AI-fabriek Groningen")
    low = ws.cell(row, _col_of(ws, "Power capacity (MW) min"))
    high = ws.cell(row, _col_of(ws, "Power capacity (MW) max"))
    assert (low.value, high.value) == (10, 20) and low.data_type == "n"
    assert "≈" in low.number_format  # approximate values are marked, still numbers
    assert ws.cell(row, _col_of(ws, "Power capacity (MW)")).value is None
    opening = ws.cell(row, _col_of(ws, "Opening"))
    assert isinstance(opening.value, datetime) and opening.value.year == 2026 and opening.value.month == 6
    assert opening.number_format == "mmm yyyy"
    operator = ws.cell(row, _col_of(ws, "Operator"))
    assert operator.value == EVIL and operator.hyperlink.location.startswith("'Organisation'!")


def test_competing_claims_are_marked_not_resolved(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(built.project, out)
    ws = load_workbook(out)["Facility"]
    row = _row_of(ws, "AI-fabriek Groningen")
    cell = ws.cell(row, _col_of(ws, "Investment (EUR)"))
    assert "Competing" in cell.comment.text and "160,000,000" in cell.comment.text
    assert cell.fill.fgColor.rgb.endswith("FFC7CE")
    assert ws.cell(row, _col_of(ws, "Open conflicts")).value == "Investment"
    other = _row_of(ws, "Datacenter Antwerpen")
    assert ws.cell(other, _col_of(ws, "Open conflicts")).value is None


def test_formula_text_is_neutralised_in_the_saved_xml(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(built.project, out)
    ws = load_workbook(out)["Organisation"]
    cell = ws.cell(_row_of(ws, EVIL), 2)
    assert cell.data_type == "s" and cell.quotePrefix
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert not re.search(rb"<f[ >]", z.read(name)), name


def test_long_text_is_cut_with_a_marker(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(built.project, out)
    ws = load_workbook(out)["Facility"]
    city = ws.cell(_row_of(ws, "Datacenter Antwerpen"), _col_of(ws, "City or region")).value
    assert len(city) == EXCEL_CELL_LIMIT and city.endswith(TRUNCATION_MARK)


def test_sheets_have_filters_frozen_headers_and_a_native_chart(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(built.project, out)
    wb = load_workbook(out)
    assert wb.sheetnames[:5] == ["Summary", "Facility", "Programme", "Funding commitment", "Organisation"]
    for name in ("Facility", "Claims", "Sources"):
        assert wb[name].freeze_panes == "C2" and wb[name].auto_filter.ref
    assert wb["_claimdesk"].sheet_state == "veryHidden"
    summary = wb["Summary"]
    assert summary["A2"].value == "Facility" and summary["B2"].value == 2
    with zipfile.ZipFile(out) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 2
        assert b"InvestAI" not in z.read(charts[0])  # the chart references cells, not copies
        for chart in charts:
            # Colours are explicit: with no theme part, LibreOffice draws scheme colours as nothing.
            series = z.read(chart).split(b"<c:ser>")[1]
            assert b"<a:srgbClr" in series
    about = {r[0].value: r[1].value for r in wb["About"].iter_rows()}
    assert about["Template"] == "ministry" and about["Claims"] == 11 and about["Claimdesk version"]


def test_same_state_same_cells(built: Built, tmp_path: Path) -> None:
    def cells(path: Path) -> list[tuple[str, str, object]]:
        wb = load_workbook(path)
        return [(ws.title, c.coordinate, c.value) for ws in wb.worksheets if ws.title != "About"
                for row in ws.iter_rows() for c in row]

    export_workbook(built.project, tmp_path / "a.xlsx")
    export_workbook(built.project, tmp_path / "b.xlsx")
    assert cells(tmp_path / "a.xlsx") == cells(tmp_path / "b.xlsx")


def test_template_chooses_fields_language_and_rows(built: Built, tmp_path: Path) -> None:
    spec = parse_template({
        "name": "nl-only", "lang": "nl", "statuses": ["accepted", "proposed"],
        "sheets": [{"type": "facility", "fields": [{"key": "gpu_count", "header_nl": "Aantal GPU's"}],
                    "filters": [{"field": "country", "op": "eq", "value": "nl"}]}],
    })
    add_template(built.project, spec)
    assert {t.name for t in list_templates(built.project)} == {"ministry", "nl-only"}
    out = tmp_path / "nl.xlsx"
    report = export_workbook(built.project, out, template="nl-only")
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["Samenvatting", "Faciliteit"] and report.records == 1
    ws = wb["Faciliteit"]
    assert [c.value for c in ws[1]][1:3] == ["Naam", "Aantal GPU's"]
    assert ws["B2"].value == "AI-fabriek Groningen" and ws.max_row == 2
    remove_template(built.project, "nl-only")
    with pytest.raises(ClaimdeskError):
        get_template(built.project, "nl-only")


def test_template_naming_unknown_fields_is_refused(built: Built) -> None:
    spec = parse_template({"name": "bad", "sheets": [{"type": "facility", "fields": ["gpus"]}]})
    with pytest.raises(ClaimdeskError, match="unknown field facility.gpus"):
        add_template(built.project, spec)


def test_cancel_keeps_the_previous_workbook(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(built.project, out)
    before = out.read_bytes()
    with pytest.raises(ExportCancelled):
        export_workbook(built.project, out, should_stop=lambda: True)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".claimdesk-export")) == []


def test_csv_export_writes_one_bom_file_per_sheet(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    export_workbook(built.project, out, fmt="csv")
    names = sorted(p.name for p in out.iterdir())
    assert "Facility.csv" in names and "Claims.csv" in names and "_claimdesk.csv" not in names
    raw = (out / "Organisation.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "'" + EVIL in raw.decode("utf-8-sig")
    facility = (out / "Facility.csv").read_text(encoding="utf-8-sig")
    assert ",18000," in facility and "2026-06" in facility


def test_sheet_names_are_valid_and_unique() -> None:
    taken: set[str] = set()
    assert sheet_name("A/B: [x]*?", taken) == "A-B- -x---"
    assert sheet_name("a/b: [x]*?", taken) == "a-b- -x--- (2)"
    long = sheet_name("y" * 40, taken)
    assert len(long) == 31 and len(sheet_name("y" * 40, taken)) == 31
    assert sheet_name("History", taken) != "History"


def test_export_into_a_missing_folder_is_refused(built: Built, tmp_path: Path) -> None:
    with pytest.raises(ClaimdeskError, match="does not exist"):
        export_workbook(built.project, tmp_path / "nope" / "out.xlsx")


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_workbook(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(built.project, out)
    converted = tmp_path / "converted"
    done = subprocess.run(
        [_soffice(), "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "ods", "--outdir", str(converted), str(out)],
        capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert (converted / "out.ods").stat().st_size > 0



def _vml_shape_ids(z: zipfile.ZipFile, name: str) -> list[int]:
    return [int(i) for i in re.findall(rb'<v:shape id="_x0000_s(\d+)"', z.read(name))]


def test_every_part_is_xml_and_each_note_has_its_vml_shape(built: Built, tmp_path: Path) -> None:
    from xml.etree import ElementTree

    out = tmp_path / "out.xlsx"
    export_workbook(built.project, out)
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        for name in names:
            if name.endswith((".xml", ".rels", ".vml")):
                ElementTree.fromstring(z.read(name))  # well-formed, or this raises
        comments = sorted(n for n in names if re.fullmatch(r"xl/comments\d+\.xml", n))
        assert comments
        for part in comments:
            number = re.search(r"\d+", part).group()  # type: ignore[union-attr]
            rels = z.read(f"xl/worksheets/_rels/sheet{number}.xml.rels").decode()
            assert f"../comments{number}.xml" in rels and f"../drawings/vmlDrawing{number}.vml" in rels
            assert b"<legacyDrawing r:id=" in z.read(f"xl/worksheets/sheet{number}.xml")
            notes = z.read(part).count(b"<comment ")
            assert len(_vml_shape_ids(z, f"xl/drawings/vmlDrawing{number}.vml")) == notes
        assert b"/xl/comments" in z.read("[Content_Types].xml")


def test_many_notes_take_unique_shape_ids_and_read_back(tmp_path: Path) -> None:
    from app.core.export.cells import OutCell
    from app.core.export.xlsx import XlsxBook

    path = tmp_path / "notes.xlsx"
    book = XlsxBook(path, {"title": "t"})
    first = book.sheet("First", ["id", "Value"], [10, 14], [True], 1)
    second = book.sheet("Second", ["id", "Value"], [10, 14])
    for n in range(2100):
        first.write_row([OutCell(f"r{n}"), OutCell(n, "#,##0", link="'Second'!A2", note=f"note {n} <&>")])
        if n < 10:
            second.write_row([OutCell(f"s{n}"), OutCell("=1+1", note="second")])
    first.finish()
    second.finish()
    book.close()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".claimdesk-export")]
    with zipfile.ZipFile(path) as z:
        ids = _vml_shape_ids(z, "xl/drawings/vmlDrawing1.vml") + _vml_shape_ids(z, "xl/drawings/vmlDrawing2.vml")
        assert len(ids) == len(set(ids)) == 2110
        blocks = []
        for n in (1, 2):  # each drawing lists the 1,024-id blocks its shapes use, none shared
            vml = z.read(f"xl/drawings/vmlDrawing{n}.vml")
            listed = {int(b) for b in re.search(rb'<o:idmap v:ext="edit" data="([\d,]+)"', vml).group(1).split(b",")}  # type: ignore[union-attr]
            assert {(i - 1) // 1024 for i in _vml_shape_ids(z, f"xl/drawings/vmlDrawing{n}.vml")} == listed
            blocks.append(listed)
        assert not blocks[0] & blocks[1] and len(blocks[0]) == 3
    wb = load_workbook(path)
    ws = wb["First"]
    assert ws["B2101"].value == 2099 and ws["B2101"].number_format == "#,##0"
    assert ws["B2101"].comment.text == "note 2099 <&>" and ws["B2101"].hyperlink.location == "'Second'!A2"
    assert ws.column_dimensions["A"].hidden and ws.freeze_panes == "B2" and ws.auto_filter.ref == "A1:B2101"
    other = wb["Second"]["B2"]
    assert other.value == "=1+1" and other.data_type == "s" and other.quotePrefix


def test_markup_and_control_characters_are_escaped(built: Built, tmp_path: Path) -> None:
    _orm_claim(built.project, built.facility, "city", kind="text", value_text="<b>Tom & Jerry</b>\x07 ",
               status="accepted")
    out = tmp_path / "out.xlsx"
    export_workbook(built.project, out, statuses=("accepted", "proposed"))
    ws = load_workbook(out)["Facility"]
    value = ws.cell(_row_of(ws, "AI-fabriek Groningen"), _col_of(ws, "City or region")).value
    assert value.startswith("<b>Tom & Jerry</b>")
