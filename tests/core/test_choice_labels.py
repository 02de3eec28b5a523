"""Enum choices are stored as keys and shown as labels: typed, listed, reviewed and exported."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.core import claims, records, review
from app.core.claim_views import list_claims
from app.core.errors import ClaimdeskError, InvalidValue
from app.core.export.workbook import export_workbook
from app.core.project import Project
from app.core.record_views import record_detail, record_table
from app.core.schema import load_schema
from app.core.templates import add_template, parse_template
from tests.core.test_workbook_export import _col_of, _row_of, build_project


def test_the_default_schema_labels_every_choice() -> None:
    spec = load_schema()
    enums = [f for t in spec.types for f in t.fields if f.datatype == "enum"]
    assert enums and all(f.choice_labels and set(f.choice_labels) == set(f.choices or ()) for f in enums)
    kinds = next(f for f in spec.types[0].fields if f.key == "kind").choice_labels or {}
    assert kinds["public_body"] == {"en": "Public body", "nl": "Overheidsorgaan"}


def test_a_label_for_a_choice_the_field_lacks_is_refused(tmp_path: Path) -> None:
    schema = tmp_path / "bad.toml"
    schema.write_text(
        'name = "bad"\n[[types]]\nkey = "thing"\nlabel_en = "Thing"\nfields = [\n'
        '  { key = "kind", datatype = "enum", label_en = "Kind", choices = ["a"], '
        'choice_labels = { b = { en = "B" } } },\n]\n', encoding="utf-8")
    with pytest.raises(ClaimdeskError, match="labels choices it does not have"):
        load_schema(str(schema))


def test_a_choice_is_typed_by_key_or_label_and_read_as_a_label(project: Project) -> None:
    facility = records.add_record(project, "facility", "AI-fabriek Groningen")
    claim = claims.add_claim(project, facility.id, "kind", "AI-fabriek", lang="nl").claim
    assert claim.value_text == "ai_factory"  # the stored value stays the key
    assert claims.add_claim(project, facility.id, "status", "under construction").claim.value_text == (
        "under_construction")
    with pytest.raises(InvalidValue) as refused:
        claims.add_claim(project, facility.id, "kind", "supermarkt")
    assert "AI factory (ai_factory)" in str(refused.value)
    review.review_claim(project, claim.id, "accept")
    (view,) = [v for v in list_claims(project, record_id=facility.id) if v.field_key == "kind"]
    assert (view.value_display("en"), view.value_display("nl")) == ("AI factory", "AI-fabriek")
    row = {r.label: r for r in record_table(project, "facility", lang="nl")}["AI-fabriek Groningen"]
    assert row.cell("kind").accepted == "AI-fabriek"
    kind = next(f for f in record_detail(project, facility.id, lang="en").fields if f.column.key == "kind")
    assert [c.value for c in kind.claims] == ["AI factory"]


def test_the_workbook_writes_labels_in_its_language(tmp_path: Path) -> None:
    built = build_project(tmp_path / "wb.claimdesk")
    try:
        project = built.project
        kind = claims.add_claim(project, built.facility, "kind", "data centre").claim
        project.editor = "bob"
        review.review_claim(project, kind.id, "accept")
        english = tmp_path / "en.xlsx"
        export_workbook(project, english)
        ws = load_workbook(english)["Facility"]
        assert ws.cell(_row_of(ws, "AI-fabriek Groningen"), _col_of(ws, "Kind")).value == "Data centre"
        add_template(project, parse_template({"name": "nl", "lang": "nl", "sheets": [
            {"type": "facility", "fields": [{"key": "kind"}]}]}))
        dutch = tmp_path / "nl.xlsx"
        export_workbook(project, dutch, template="nl")
        ws = load_workbook(dutch)["Faciliteit"]
        assert ws.cell(_row_of(ws, "AI-fabriek Groningen"), _col_of(ws, "Soort")).value == "Datacenter"
    finally:
        built.project.close()


def test_projects_made_before_labels_get_them_on_upgrade(tmp_path: Path) -> None:
    from app.core.project import open_project

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "project-rev0002.claimdesk"
    path = tmp_path / "old.claimdesk"
    path.write_bytes(fixture.read_bytes())
    open_project(path, backup=False).close()
    with sqlite3.connect(path) as conn:
        (labels,) = conn.execute(
            "SELECT f.choice_labels FROM field_def f JOIN record_type t ON t.id = f.record_type_id "
            "WHERE t.key = 'facility' AND f.key = 'status'").fetchone()
    assert '"under_construction": {"en": "Under construction", "nl": "In aanbouw"}' in labels
