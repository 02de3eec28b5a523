"""Restoring claims' review state: the undo of resolving a conflict."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from app.core.claim_restore import ClaimState, claim_state, restore_claim_states
from app.core.claim_views import claim_view
from app.core.conflicts import resolve_conflict
from app.core.errors import InvalidValue, NotFound
from database.models import ChangeLog
from tests.helpers.review_projects import ReviewProject, build_review_project


@pytest.fixture
def made(tmp_path: Path) -> Iterator[ReviewProject]:
    built = build_review_project(tmp_path)
    built.project.editor = "bob"
    yield built
    built.project.close()


def states(made: ReviewProject, *names: str) -> list[ClaimState]:
    return [claim_state(claim_view(made.project, made.claims[n]).claim) for n in names]


def test_restore_undoes_a_conflict_resolution_exactly(made: ReviewProject) -> None:
    before = states(made, "gpus_press", "gpus_analysis")
    resolve_conflict(made.project, made.claims["gpus_press"], "the province's own figure")
    assert [s.status for s in states(made, "gpus_press", "gpus_analysis")] == ["accepted", "rejected"]

    restored = restore_claim_states(made.project, before)

    assert [c.id for c in restored] == [made.claims["gpus_press"], made.claims["gpus_analysis"]]
    assert states(made, "gpus_press", "gpus_analysis") == before
    with made.project.read() as session:
        log = session.exec(select(ChangeLog).where(ChangeLog.action == "restore claims")).all()
    assert {row.row_id for row in log} == {made.claims["gpus_press"], made.claims["gpus_analysis"]}
    assert all(row.editor == "bob" for row in log)


def test_plain_tuples_are_accepted(made: ReviewProject) -> None:
    claim_id = made.claims["budget_press"]
    restore_claim_states(made.project,
                         [(claim_id, "disputed", "which year?", "carol", "2025-01-02T03:04:05Z")])
    assert claim_state(claim_view(made.project, claim_id).claim) == ClaimState(
        claim_id, "disputed", "which year?", "carol", "2025-01-02T03:04:05Z")


def test_nothing_changes_when_a_claim_is_gone_or_a_status_unknown(made: ReviewProject) -> None:
    before = states(made, "gpus_press")
    with pytest.raises(NotFound, match="no longer exists"):
        restore_claim_states(made.project, [(made.claims["gpus_press"], "accepted", None, "bob", None),
                                            ("0" * 36, "proposed", None, None, None)])
    with pytest.raises(InvalidValue, match="not a claim status"):
        restore_claim_states(made.project, [(made.claims["gpus_press"], "approved", None, None, None)])
    assert states(made, "gpus_press") == before
