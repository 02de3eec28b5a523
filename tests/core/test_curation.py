"""Annotations, records, claims and review through the core use cases."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import select

from app.core import annotations, claims, documents, records, review
from app.core.claim_views import list_claims
from app.core.errors import Ambiguous, InvalidValue, NotFound
from app.core.integrity import check_project
from app.core.project import Project
from database.models import Annotation, Claim, ChangeLog, ProjectInfo

TRICKY = (
    "Titel\n\nDe ope\u0301ning 😀 van de AI-fabriek 🇪🇺 kost 18000 GPU's. "
    "Cafe\u0301 😀 en café: 18000 euro.\n"
)


def _doc(project: Project, tmp_path: Path, text: str = TRICKY, name: str = "t.txt") -> str:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    result = documents.import_file(project, path)
    assert result.document_id
    return result.document_id


def test_quotes_stay_exact_with_emoji_and_combining_accents(project: Project, tmp_path: Path) -> None:
    doc = _doc(project, tmp_path)
    with project.read() as session:
        text = documents.document_text(session, doc)
    # Stored text is NFC: the combining accent became one code point.
    assert "opéning" in text and "\u0301" not in text
    quotes = ["AI-fabriek 🇪🇺 kost", "😀 van", "Café 😀 en café", "opéning"]
    for quote in quotes:
        ann = annotations.add_annotation(project, doc, quote=quote)
        assert text[ann.start : ann.end] == ann.quote == quote
    # A quote typed with the combining accent (NFD) still finds the NFC text.
    ann = annotations.add_annotation(project, doc, quote="ope\u0301ning", label="x")
    assert ann.quote == "opéning"
    assert check_project(project) == []


def test_ambiguous_quote_lists_positions_and_nth_picks(project: Project, tmp_path: Path) -> None:
    doc = _doc(project, tmp_path)
    with pytest.raises(Ambiguous, match=r"occurs 2 times \(at offsets \d+, \d+\)"):
        annotations.add_annotation(project, doc, quote="18000")
    second = annotations.add_annotation(project, doc, quote="18000", nth=2)
    first = annotations.add_annotation(project, doc, quote="18000", nth=1)
    assert first.start < second.start
    with pytest.raises(NotFound):
        annotations.add_annotation(project, doc, quote="not in the text")
    with pytest.raises(InvalidValue):
        annotations.add_annotation(project, doc, quote="18000", nth=3)


def test_document_reference_by_prefix_and_title(project: Project, tmp_path: Path) -> None:
    doc = _doc(project, tmp_path)
    by_prefix = annotations.add_annotation(project, doc[:8], quote="opéning")
    by_title = annotations.add_annotation(project, "Titel", quote="opéning")
    assert by_prefix.document_id == by_title.document_id == doc


def test_claim_with_evidence_and_review_demotes_previous(project: Project, tmp_path: Path) -> None:
    doc = _doc(project, tmp_path)
    ann = annotations.add_annotation(project, doc, quote="18000", nth=1)
    rec = records.add_record(project, "facility", "AI-fabriek Groningen", ["Groningen AI Factory"])
    first = claims.add_claim(project, "Groningen AI Factory", "gpu_count", "18000", evidence=[ann.id])
    assert first.claim.amount == Decimal(18000) and first.claim.unit == "GPU"
    assert first.claim.record_id == rec.id
    review.review_claim(project, first.claim.id, "accept", "checked")
    second = claims.add_claim(project, rec.id, "gpu_count", "20000")
    assert any("already has an accepted value" in w for w in second.warnings)
    outcome = review.review_claim(project, second.claim.id[:10], "accept")
    assert outcome.demoted == [first.claim.id]
    with project.read() as session:
        statuses = {c.id: c.status for c in session.exec(select(Claim))}
    assert statuses == {first.claim.id: "proposed", second.claim.id: "accepted"}
    views = {v.claim.id: v for v in list_claims(project, record_id=rec.id)}
    assert views[first.claim.id].evidence[0].quote == "18000"
    assert views[second.claim.id].unsourced
    assert check_project(project) == []


def test_invalid_values_write_nothing(project: Project) -> None:
    records.add_record(project, "facility", "Essonne")
    before = _log_count(project)
    with pytest.raises(InvalidValue):
        claims.add_claim(project, "Essonne", "gpu_count", "binnenkort")
    with pytest.raises(NotFound, match="has no field"):
        claims.add_claim(project, "Essonne", "colour", "blue")
    with pytest.raises(NotFound):
        claims.add_claim(project, "Nowhere", "gpu_count", "5")
    with pytest.raises(InvalidValue, match="not one of"):
        claims.add_claim(project, "Essonne", "kind", "castle")
    with pytest.raises(NotFound):
        claims.add_claim(project, "Essonne", "gpu_count", "5", evidence=["deadbeef-0000"])
    assert _log_count(project) == before


def _log_count(project: Project) -> int:
    with project.read() as session:
        return len(session.exec(select(ChangeLog.id)).all())


def test_reference_enum_and_money_fields(project: Project) -> None:
    records.add_record(project, "organisation", "NVIDIA Corporation", ["Nvidia"])
    records.add_record(project, "facility", "Essonne")
    ref = claims.add_claim(project, "Essonne", "operator", "nvidia").claim
    kind = claims.add_claim(project, "Essonne", "kind", "AI gigafactory").claim
    money = claims.add_claim(project, "Essonne", "investment", "4000000000").claim
    assert ref.kind == "reference" and ref.value_text == "NVIDIA Corporation"
    assert kind.value_text == "ai_gigafactory"
    assert money.kind == "money" and money.currency == "EUR" and money.amount == Decimal(4_000_000_000)


def test_four_eyes_refuses_own_accept(project: Project) -> None:
    with project.write("settings") as session:
        info = session.exec(select(ProjectInfo)).one()
        info.settings = {**info.settings, "four_eyes": True}
        session.add(info)
    records.add_record(project, "facility", "Essonne")
    claim = claims.add_claim(project, "Essonne", "gpu_count", "100").claim
    with pytest.raises(InvalidValue, match="four-eyes"):
        review.review_claim(project, claim.id, "accept")
    project.editor = "reviewer"
    assert review.review_claim(project, claim.id, "accept").claim.status == "accepted"


def test_removing_an_annotation_logs_its_evidence(project: Project, tmp_path: Path) -> None:
    doc = _doc(project, tmp_path)
    ann = annotations.add_annotation(project, doc, quote="opéning")
    records.add_record(project, "facility", "Essonne")
    claims.add_claim(project, "Essonne", "gpu_count", "5", evidence=[ann.id])
    annotations.remove_annotation(project, ann.id)
    with project.read() as session:
        deleted = {e.table_name for e in session.exec(select(ChangeLog).where(ChangeLog.op == "delete"))}
        assert session.get(Annotation, ann.id) is None
    assert deleted == {"evidence", "annotation"}
    assert check_project(project) == []
