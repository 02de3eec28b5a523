"""Core functions the window relies on: re-creating rows under their old ids, and read views."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.annotations import add_annotation, annotations_of, remove_annotation
from app.core.claim_views import annotation_spans, claims_of_annotation
from app.core.claims import add_claim, check_claim_value, delete_claim
from app.core.documents import read_document_text
from app.core.errors import InvalidValue
from app.core.records import add_record, list_records, record_type_of, remove_record
from app.core.review import review_claim
from app.core.schema import schema_types
from tests.helpers.projects import make_project


def test_annotation_and_record_come_back_under_their_old_ids(tmp_path: Path) -> None:
    project, doc = make_project(tmp_path)
    ann = add_annotation(project, doc, quote="18.000")
    remove_annotation(project, ann.id)
    again = add_annotation(project, doc, quote="18.000", annotation_id=ann.id)
    assert again.id == ann.id
    assert [a.id for a in annotations_of(project, doc)] == [ann.id]

    rec = add_record(project, "organisation", "Nvidia", ["NVIDIA"])
    remove_record(project, rec.id)
    assert list_records(project) == []
    back = add_record(project, "organisation", "Nvidia", record_id=rec.id)
    assert back.id == rec.id and record_type_of(project, rec.id).key == "organisation"


def test_a_used_record_cannot_be_removed(tmp_path: Path) -> None:
    project, _ = make_project(tmp_path)
    rec = add_record(project, "organisation", "Nvidia")
    add_claim(project, rec.id, "country", "Verenigde Staten")
    with pytest.raises(InvalidValue):
        remove_record(project, rec.id)


def test_spans_and_claims_of_an_annotation(tmp_path: Path) -> None:
    project, doc = make_project(tmp_path)
    text = read_document_text(project, doc)
    ann = add_annotation(project, doc, quote="Groningen", nth=2)
    lonely = add_annotation(project, doc, quote="Mistral AI")
    rec = add_record(project, "facility", "AI-fabriek Groningen")
    claim = add_claim(project, rec.id, "city", "Groningen", evidence=[ann.id]).claim
    review_claim(project, claim.id, "accept")
    spans = {s.annotation_id: s for s in annotation_spans(project, doc)}
    assert spans[ann.id].statuses == ("accepted",) and spans[lonely.id].statuses == ()
    assert text[spans[ann.id].start : spans[ann.id].end] == "Groningen"
    assert [v.claim.id for v in claims_of_annotation(project, ann.id)] == [claim.id]
    delete_claim(project, claim.id)
    assert claims_of_annotation(project, ann.id) == []


def test_check_claim_value_types_without_saving(tmp_path: Path) -> None:
    project, _ = make_project(tmp_path)
    fields = {t.key: {f.key: f for f in fs} for t, fs in schema_types(project)}
    gpus = fields["facility"]["gpu_count"]
    assert check_claim_value(project, gpus.id, "18.000", "nl").parsed.amount == 18000
    with pytest.raises(InvalidValue):
        check_claim_value(project, gpus.id, "in Groningen", "nl")
