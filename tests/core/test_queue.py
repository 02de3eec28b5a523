"""The review queue: what awaits a decision, filtered, with its quote in context."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.errors import NotFound
from app.core.queue import count_review_queue, review_queue
from app.core.review import review_claim, set_review_note
from tests.helpers.review_projects import ReviewProject, build_review_project


@pytest.fixture
def made(tmp_path: Path) -> Iterator[ReviewProject]:
    built = build_review_project(tmp_path)
    yield built
    built.project.close()


def test_queue_holds_proposed_and_disputed_oldest_first(made: ReviewProject) -> None:
    project = made.project
    project.editor = "bob"
    review_claim(project, made.claims["gpus_press"], "accept")
    review_claim(project, made.claims["budget_press"], "dispute", "which year?")
    items = review_queue(project)
    ids = [i.claim_id for i in items]
    assert ids == [made.claims["gpus_analysis"], made.claims["budget_press"],
                   made.claims["budget_analysis"]]
    assert [i.view.claim.status for i in items] == ["proposed", "disputed", "proposed"]
    assert count_review_queue(project) == 3


def test_each_item_carries_its_quote_in_context_and_document(made: ReviewProject) -> None:
    item = next(i for i in review_queue(made.project) if i.claim_id == made.claims["gpus_analysis"])
    quote = item.first_quote
    assert quote is not None
    assert quote.quote == "20.000 GPU's"
    assert quote.prefix.endswith("komen er ")
    assert quote.suffix.startswith(" in de AI-fabriek Noord")
    assert quote.document_id == made.documents["analysis"]
    assert quote.document_title.startswith("Analyse")
    assert item.view.record_label == "AI-fabriek Noord" and item.view.field_key == "gpu_count"


def test_filters_by_type_document_editor_and_period(made: ReviewProject) -> None:
    project = made.project
    facility = review_queue(project, type_key="facility")
    assert {i.claim_id for i in facility} == {made.claims["gpus_press"], made.claims["gpus_analysis"]}
    in_press = review_queue(project, document_id=made.documents["press"])
    assert {i.claim_id for i in in_press} == {made.claims["gpus_press"], made.claims["budget_press"]}
    assert len(review_queue(project, editor="alice")) == 4
    assert review_queue(project, editor="bob") == []
    assert review_queue(project, since="2999-01-01") == []
    assert review_queue(project, until="2000-01-01") == []
    assert count_review_queue(project, type_key="programme", document_id=made.documents["analysis"]) == 1
    page = review_queue(project, limit=2, offset=1)
    assert [i.claim_id for i in page] == [i.claim_id for i in review_queue(project)][1:3]


def test_unknown_type_is_a_clear_error(made: ReviewProject) -> None:
    with pytest.raises(NotFound, match="no record type 'spaceship'"):
        review_queue(made.project, type_key="spaceship")


def test_a_note_does_not_decide(made: ReviewProject) -> None:
    claim = set_review_note(made.project, made.claims["gpus_press"], "check the annual report")
    assert claim.status == "proposed" and claim.review_note == "check the annual report"
    assert made.claims["gpus_press"] in {i.claim_id for i in review_queue(made.project)}
