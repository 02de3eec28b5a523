"""Record tables and record details: accepted values, competing claims, quotes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.core import claims, documents, review
from app.core.claim_views import claim_view
from app.core.integrity import check_project
from app.core.project import Project
from app.core.record_views import record_columns, record_detail, record_table, record_type_views
from app.core.values import claim_value, format_value
from tests.helpers.curated import curate


def formatted(project: Project, claim_id: str) -> str:
    """A claim's value as format_value shows it (whatever the parser's style)."""
    return format_value(claim_value(claim_view(project, claim_id).claim), "en")


def test_types_and_columns_follow_the_schema(project: Project, tmp_path: Path) -> None:
    curate(project, tmp_path / "docs")
    types = {t.key: t for t in record_type_views(project)}
    assert types["facility"].records == 2
    assert types["organisation"].label("nl") == "Organisatie"
    keys = [c.key for c in record_columns(project, "facility")]
    assert keys[:3] == ["kind", "country", "city"] and "investment" in keys


def test_table_shows_accepted_values_and_flags_competing_claims(project: Project, tmp_path: Path) -> None:
    made = curate(project, tmp_path / "docs")
    rows = {r.label: r for r in record_table(project, "facility")}
    groningen = rows["AI-fabriek Groningen"]
    assert groningen.cell("city").accepted == "Groningen"
    assert groningen.cell("gpu_count").accepted == formatted(project, made.claims["gpus"])
    assert groningen.cell("operator").accepted == "EuroHPC JU"  # a reference shows the label
    investment = groningen.cell("investment")
    assert investment.accepted is None and investment.conflict
    assert investment.distinct_values == 2
    assert set(investment.competing) == {formatted(project, made.claims[k])
                                         for k in ("invest_brief", "invest_analyse")}
    assert not groningen.cell("gpu_count").conflict
    assert groningen.cell("opening").live_claims == 0
    # Accepting one of two competing values still leaves the other proposed: still a conflict.
    review.review_claim(project, made.claims["invest_brief"], "accept")
    investment = record_table(project, "facility")[0].cell("investment")
    assert investment.accepted == formatted(project, made.claims["invest_brief"])
    assert investment.conflict
    # Rejecting the other one resolves it.
    review.review_claim(project, made.claims["invest_analyse"], "reject")
    assert not record_table(project, "facility")[0].cell("investment").conflict


def test_the_same_value_twice_is_no_conflict(project: Project, tmp_path: Path) -> None:
    made = curate(project, tmp_path / "docs")
    claims.add_claim(project, made.records["Gigafabriek Noord"], "gpu_count", "100000", lang="nl")
    cell = {r.label: r for r in record_table(project, "facility")}["Gigafabriek Noord"].cell("gpu_count")
    assert cell.live_claims == 2 and cell.distinct_values == 1 and not cell.conflict


def test_paging_returns_each_record_once(project: Project, tmp_path: Path) -> None:
    curate(project, tmp_path / "docs")
    first = record_table(project, "organisation", limit=1)
    rest = record_table(project, "organisation", limit=10, offset=1)
    labels = [r.label for r in first + rest]
    assert labels == sorted(labels, key=str.lower) and len(set(labels)) == len(labels) == 2


def test_detail_lists_every_field_with_claims_and_quotes(project: Project, tmp_path: Path) -> None:
    made = curate(project, tmp_path / "docs")
    detail = record_detail(project, made.records["AI-fabriek Groningen"])
    fields = {f.column.key: f for f in detail.fields}
    assert len(fields) == len(record_columns(project, "facility"))
    investment = fields["investment"]
    assert investment.conflict and len(investment.claims) == 2
    quote = investment.claims[0].evidence[0]
    text = documents.read_document_text(project, quote.document_id)
    assert text[quote.start : quote.end] == quote.quote
    city = fields["city"].claims[0]
    assert city.status == "accepted" and city.reviewed_by == "reviewer" and city.created_by == "tester"
    assert fields["opening"].claims == ()


def test_a_claim_on_another_types_field_is_reported_and_skipped(project: Project, tmp_path: Path) -> None:
    """Only a damaged or hand-edited file has one; the records view must still open."""
    made = curate(project, tmp_path / "docs")
    with sqlite3.connect(project.path) as conn:
        conn.execute("UPDATE claim SET field_id = (SELECT f.id FROM field_def f JOIN record_type t "
                     "ON t.id = f.record_type_id WHERE t.key = 'organisation' AND f.key = 'country') "
                     "WHERE id = ?", (made.claims["gpus"],))
    rows = {r.label: r for r in record_table(project, "facility")}
    assert rows["AI-fabriek Groningen"].cell("gpu_count").accepted is None
    assert rows["AI-fabriek Groningen"].cell("city").accepted == "Groningen"
    problems = check_project(project)
    assert len(problems) == 1 and made.claims["gpus"] in problems[0] and "country" in problems[0]
