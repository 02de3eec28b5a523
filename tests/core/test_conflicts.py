"""Conflicts: disagreeing values of one field, the agreement rules, and deciding them."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import select

from app.core import claims
from app.core.agreement import APPROXIMATE_TOLERANCE, values_agree
from app.core.conflicts import find_conflicts, resolve_conflict
from app.core.errors import InvalidValue
from app.core.project_settings import set_project_setting
from app.core.review import review_claim
from database.models import ChangeLog, Claim
from tests.helpers.review_projects import ReviewProject, build_review_project


def value(kind: str = "quantity", **columns: object) -> Claim:
    """A claim's value columns alone (the rules are pure and need no database)."""
    return Claim(record_id="r", field_id="f", kind=kind, value_text=str(columns.get("value_text", "")),
                 created_by="t", **{k: v for k, v in columns.items() if k != "value_text"})


def D(text: str) -> Decimal:
    return Decimal(text)


# --- the agreement rules ------------------------------------------------------------------

def test_exact_amounts_agree_only_when_equal() -> None:
    assert values_agree(value(amount=D("18000")), value(amount=D("18000.0")))
    assert not values_agree(value(amount=D("18000")), value(amount=D("20000")))


def test_a_range_agrees_with_an_approximate_amount_inside_it() -> None:
    three_to_five = value("money", lower=D("3e9"), upper=D("5e9"), currency="EUR")
    about_four = value("money", amount=D("4e9"), approximate=True, currency="EUR")
    about_six = value("money", amount=D("6e9"), approximate=True, currency="EUR")
    assert values_agree(three_to_five, about_four)
    assert not values_agree(three_to_five, about_six)  # 5.4e9 .. 6.6e9 misses 3e9 .. 5e9


def test_approximate_means_ten_percent_either_side() -> None:
    assert APPROXIMATE_TOLERANCE == D("0.10")
    about = value(amount=D("18000"), approximate=True)  # 16,200 .. 19,800
    assert values_agree(about, value(amount=D("19800")))
    assert not values_agree(about, value(amount=D("19801")))
    assert values_agree(about, value(amount=D("16200")))
    assert not values_agree(about, value(amount=D("16199")))


def test_one_sided_bounds_are_half_open() -> None:
    more_than = value(lower=D("10000"))
    assert values_agree(more_than, value(amount=D("25000")))
    assert not values_agree(more_than, value(amount=D("9000")))
    assert values_agree(more_than, value(upper=D("12000")))
    assert not values_agree(value(upper=D("5000")), value(lower=D("6000")))


def test_different_currencies_never_agree() -> None:
    assert not values_agree(value("money", amount=D("500"), currency="EUR"),
                            value("money", amount=D("500"), currency="USD"))


def test_dates_agree_when_one_precision_interval_contains_the_other() -> None:
    year = value("date", date="2025", precision="year")
    june = value("date", date="2025-06", precision="month")
    june_11 = value("date", date="2025-06-11", precision="day")
    july = value("date", date="2025-07", precision="month")
    assert values_agree(year, june) and values_agree(june, june_11) and values_agree(year, june_11)
    assert not values_agree(june, july)
    assert not values_agree(july, june_11)
    period = value("period", date="2021", date_end="2027")
    assert values_agree(period, value("period", date="2022", date_end="2024"))
    assert not values_agree(period, value("period", date="2026", date_end="2030"))


def test_text_agrees_after_normalising() -> None:
    assert values_agree(value("text", value_text="Groningen "), value("text", value_text="groningen"))
    assert not values_agree(value("text", value_text="Groningen"), value("text", value_text="Delft"))


# --- finding and resolving conflicts in a project --------------------------------------------

@pytest.fixture
def made(tmp_path: Path) -> Iterator[ReviewProject]:
    built = build_review_project(tmp_path)
    yield built
    built.project.close()


def test_disagreeing_gpu_counts_conflict_but_overlapping_budgets_do_not(made: ReviewProject) -> None:
    conflicts = find_conflicts(made.project)
    assert [(c.record.label, c.field.key) for c in conflicts] == [("AI-fabriek Noord", "gpu_count")]
    groups = conflicts[0].values
    assert sorted(g.claims[0].claim.amount for g in groups) == [D("18000"), D("20000")]
    assert {g.claims[0].evidence[0].document_id for g in groups} == set(made.documents.values())


def test_same_value_from_two_sources_is_one_group(made: ReviewProject) -> None:
    ann_record = made.records["AI-fabriek Noord"]
    claims.add_claim(made.project, ann_record, "gpu_count", "18000", lang="nl")
    (conflict,) = find_conflicts(made.project, record_id=ann_record)
    sizes = sorted(len(g.claims) for g in conflict.values)
    assert sizes == [1, 2]


def test_an_approximate_value_far_enough_away_is_a_conflict(made: ReviewProject) -> None:
    claims.add_claim(made.project, made.records["Rekenfonds"], "budget", "circa 9 miljard euro")
    (conflict,) = find_conflicts(made.project, type_key="programme")
    assert conflict.field.key == "budget" and len(conflict.values) == 3


def test_resolving_accepts_the_choice_and_rejects_only_what_disagrees(made: ReviewProject) -> None:
    project = made.project
    agreeing = claims.add_claim(project, made.records["AI-fabriek Noord"], "gpu_count",
                                "circa 19.000").claim.id
    project.editor = "bob"
    result = resolve_conflict(project, made.claims["gpus_analysis"], "the analysis cites the contract")
    assert result.accepted.id == made.claims["gpus_analysis"]
    assert result.rejected == (made.claims["gpus_press"],)
    assert result.kept == (agreeing,)
    with project.read() as session:
        chosen = session.get(Claim, made.claims["gpus_analysis"])
        loser = session.get(Claim, made.claims["gpus_press"])
        kept = session.get(Claim, agreeing)
        assert chosen is not None and loser is not None and kept is not None
        assert (chosen.status, chosen.review_note, chosen.reviewed_by) == (
            "accepted", "the analysis cites the contract", "bob")
        assert loser.status == "rejected"
        assert loser.review_note == (f"conflict resolved in favour of {chosen.id}: "
                                     "the analysis cites the contract")
        assert kept.status == "proposed"
    assert find_conflicts(project, record_id=made.records["AI-fabriek Noord"]) == []


def test_resolving_without_a_reason_or_against_four_eyes_changes_nothing(made: ReviewProject) -> None:
    project = made.project
    with project.read() as session:
        log_rows = len(session.exec(select(ChangeLog)).all())
    with pytest.raises(InvalidValue, match="say why"):
        resolve_conflict(project, made.claims["gpus_press"], "  ")
    set_project_setting(project, "four_eyes", True)
    with pytest.raises(InvalidValue, match="four-eyes"):
        resolve_conflict(project, made.claims["gpus_press"], "the press release is newer")
    with project.read() as session:
        statuses = {c.id: c.status for c in session.exec(select(Claim))}
        assert len(session.exec(select(ChangeLog)).all()) == log_rows + 1  # the setting only
    assert set(statuses.values()) == {"proposed"}


def test_resolving_against_an_accepted_value_rejects_it(made: ReviewProject) -> None:
    project = made.project
    project.editor = "bob"
    review_claim(project, made.claims["gpus_press"], "accept")
    assert len(find_conflicts(project)) == 1  # an accepted value can still be contested
    result = resolve_conflict(project, made.claims["gpus_analysis"], "the contract says 20.000")
    assert result.rejected == (made.claims["gpus_press"],) and result.demoted == ()
    with project.read() as session:
        accepted = session.exec(select(Claim).where(Claim.status == "accepted")).all()
    assert [c.id for c in accepted] == [made.claims["gpus_analysis"]]
