"""The review dashboard's numbers and the extended history of records, claims and documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import annotations, claims, records
from app.core.history import history
from app.core.overview import overview
from app.core.review import review_claim
from database.models import utc_now
from tests.helpers.review_projects import ReviewProject, build_review_project


@pytest.fixture
def made(tmp_path: Path) -> Iterator[ReviewProject]:
    built = build_review_project(tmp_path)
    yield built
    built.project.close()


def test_claims_by_status_and_type(made: ReviewProject) -> None:
    project = made.project
    project.editor = "bob"
    review_claim(project, made.claims["gpus_press"], "accept")
    review_claim(project, made.claims["gpus_analysis"], "reject")
    counts = {(s.type_key, s.status): s.count for s in overview(project).by_status}
    assert counts == {("facility", "accepted"): 1, ("facility", "rejected"): 1,
                      ("programme", "proposed"): 2}
    assert overview(project).total() == 4 and overview(project).total("proposed") == 2


def test_review_progress_per_day_from_the_change_log(made: ReviewProject) -> None:
    project = made.project
    project.editor = "bob"
    review_claim(project, made.claims["gpus_press"], "accept")
    review_claim(project, made.claims["budget_press"], "dispute")
    review_claim(project, made.claims["budget_press"], "accept")
    (today,) = overview(project).progress
    assert today.day == utc_now()[:10]
    assert (today.proposed, today.accepted, today.rejected, today.disputed) == (4, 2, 0, 1)


def test_gaps_need_an_accepted_claim_with_evidence(made: ReviewProject) -> None:
    project, ids = made.project, made.records
    gaps = {g.label: g.missing for g in overview(project).gaps}
    assert gaps["Rekenfonds"] == ("budget",)
    assert gaps["AI-fabriek Noord"] == ("kind", "country")
    assert "Nvidia" not in gaps  # organisations have no required fields
    project.editor = "bob"
    review_claim(project, made.claims["budget_press"], "accept")
    unsourced = claims.add_claim(project, ids["AI-fabriek Noord"], "country", "Nederland").claim
    review_claim(project, unsourced.id, "accept")
    gaps = {g.label: g.missing for g in overview(project).gaps}
    assert "Rekenfonds" not in gaps
    assert gaps["AI-fabriek Noord"] == ("kind", "country")  # accepted but unsourced


def test_record_history_includes_claims_aliases_evidence_and_reviews(made: ReviewProject) -> None:
    project, ids = made.project, made.records
    records.add_alias(project, ids["AI-fabriek Noord"], "Noorderfabriek")
    project.editor = "bob"
    review_claim(project, made.claims["gpus_press"], "accept")
    project.editor = "alice"
    ann = annotations.add_annotation(project, made.documents["analysis"], quote="AI-fabriek Noord")
    claims.link_evidence(project, made.claims["gpus_press"], ann.id)
    entries = history(project, row_id=ids["AI-fabriek Noord"])
    seen = {(e.table_name, e.action) for e in entries}
    assert {("record", "add record"), ("record_alias", "add alias"), ("claim", "add claim"),
            ("evidence", "add claim"), ("claim", "accept claim"),
            ("evidence", "link evidence")} <= seen
    assert all(e.row_id != ids["Rekenfonds"] for e in entries)
    assert not any(e.row_id in {made.claims["budget_press"]} for e in entries)
    # A deleted claim stays in its record's history.
    claims.delete_claim(project, made.claims["gpus_analysis"])
    deleted = [e for e in history(project, row_id=ids["AI-fabriek Noord"]) if e.op == "delete"]
    assert {e.table_name for e in deleted} == {"claim", "evidence"}


def test_claim_and_document_history(made: ReviewProject) -> None:
    project = made.project
    claim_entries = history(project, row_id=made.claims["gpus_press"][:8])
    assert {e.table_name for e in claim_entries} == {"claim", "evidence"}
    doc_entries = history(project, row_id=made.documents["press"])
    tables = {e.table_name for e in doc_entries}
    assert {"document", "document_text", "annotation"} <= tables
    assert "claim" not in tables


def test_activity_by_editor_and_period(made: ReviewProject) -> None:
    project = made.project
    project.editor = "bob"
    review_claim(project, made.claims["gpus_press"], "accept")
    by_bob = history(project, editor="bob")
    assert [e.action for e in by_bob] == ["accept claim"]
    assert history(project, since="2999-01-01") == []
    assert len(history(project, editor="alice", until="2999-01-01")) > 10


def test_editor_lists_come_from_the_whole_project(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.core import claims as claim_ops
    from app.core import records as record_ops
    from app.core.history import list_editors, list_proposers
    from app.core.project import create_project

    project = create_project(tmp_path / "e.claimdesk", editor="Anna")
    record_ops.add_record(project, "facility", "Essonne")
    project.editor = "Joris"
    claim_ops.add_claim(project, "Essonne", "gpu_count", "100")
    project.editor = "Sam"
    record_ops.rename_record(project, "Essonne", "Essonne DC")
    assert list_editors(project) == ["Anna", "Joris", "Sam"]
    assert list_proposers(project) == ["Joris"]
    project.close()
