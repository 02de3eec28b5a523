"""The claim editor's item models pass Qt's model tester; record ranking finds what editors mean."""

from __future__ import annotations

from pathlib import Path

from app.core.annotations import add_annotation
from app.core.claim_views import claims_of_annotation
from app.core.claims import add_claim
from app.core.records import add_record
from app.core.review import review_claim
from app.ui.claims.claims_model import AnnotationClaimsModel
from app.ui.claims.suggestions import RecordChoice, RecordSuggestionModel, rank_records
from tests.helpers.projects import make_project

CHOICES = [
    RecordChoice("1", "NVIDIA Corporation", "organisation", "Organisation"),
    RecordChoice("2", "Mistral AI", "organisation", "Organisation", ("Mistral",)),
    RecordChoice("3", "Ministerie van Economische Zaken", "organisation", "Organisation", ("EZ",)),
    RecordChoice("4", "AI-fabriek Groningen", "facility", "Facility", ("Groningse AI-fabriek",)),
]


def test_typed_names_match_fuzzily() -> None:
    assert rank_records(CHOICES, "Nvidia", "")[0].choice.id == "1"
    assert rank_records(CHOICES, "mistral", "")[0].choice.id == "2"
    assert rank_records(CHOICES, "groningse ai fabriek", "")[0].choice.id == "4"


def test_the_sentence_suggests_records_when_nothing_is_typed() -> None:
    sentence = "Mistral bouwt met steun van EZ een datacenter voor 18.000 GPU's."
    ids = [s.choice.id for s in rank_records(CHOICES, "", sentence)]
    assert set(ids) == {"2", "3"}
    # Short names count only as whole words: "EZ" is not in "gezegd".
    assert rank_records(CHOICES, "", "dat werd gezegd") == []


def test_suggestion_model(qtmodeltester) -> None:
    model = RecordSuggestionModel()
    qtmodeltester.check(model)
    model.set_suggestions(rank_records(CHOICES, "ai", "AI-fabriek Groningen"), "ai")
    qtmodeltester.check(model)
    assert model.is_new_row(model.rowCount() - 1)


def test_annotation_claims_model(qtmodeltester, tmp_path: Path) -> None:
    project, doc = make_project(tmp_path)
    ann = add_annotation(project, doc, quote="18.000")
    rec = add_record(project, "facility", "AI-fabriek Groningen")
    first = add_claim(project, rec.id, "gpu_count", "18.000", evidence=[ann.id]).claim
    add_claim(project, rec.id, "country", "Nederland", evidence=[ann.id])
    review_claim(project, first.id, "accept")
    model = AnnotationClaimsModel(lang="nl")
    model.set_claims(claims_of_annotation(project, ann.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.row_of(first.id) == 0
    assert "GPU's" in model.data(model.index(0)) and "accepted" in model.data(model.index(0))
    project.close()
