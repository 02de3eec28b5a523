"""Four-eyes review: with the project setting on, nobody accepts a claim they proposed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from app.core.errors import InvalidValue
from app.core.history import history
from app.core.project import open_project
from app.core.project_settings import get_project_setting, project_settings, set_project_setting
from app.core.review import review_claim
from database.models import Claim
from tests.helpers.review_projects import ReviewProject, build_review_project


@pytest.fixture
def made(tmp_path: Path) -> Iterator[ReviewProject]:
    built = build_review_project(tmp_path)
    yield built
    built.project.close()


def status_of(made: ReviewProject, name: str) -> str:
    with made.project.read() as session:
        claim = session.exec(select(Claim).where(Claim.id == made.claims[name])).one()
        return claim.status


def test_off_by_default_so_a_proposer_may_accept(made: ReviewProject) -> None:
    assert get_project_setting(made.project, "four_eyes") is False
    review_claim(made.project, made.claims["gpus_press"], "accept")
    assert status_of(made, "gpus_press") == "accepted"


def test_on_refuses_the_proposer_and_lets_another_reviewer_accept(made: ReviewProject) -> None:
    project = made.project
    set_project_setting(project, "four_eyes", "on")
    with pytest.raises(InvalidValue, match="someone else must accept a claim you proposed"):
        review_claim(project, made.claims["gpus_press"], "accept")
    assert status_of(made, "gpus_press") == "proposed"
    # Rejecting or disputing your own claim is still yours to do.
    review_claim(project, made.claims["gpus_analysis"], "dispute", "typo in my own claim?")
    assert status_of(made, "gpus_analysis") == "disputed"
    project.editor = "bob"
    outcome = review_claim(project, made.claims["gpus_press"], "accept")
    assert outcome.claim.reviewed_by == "bob" and status_of(made, "gpus_press") == "accepted"


def test_the_setting_lives_in_the_project_file_and_its_change_is_logged(made: ReviewProject) -> None:
    set_project_setting(made.project, "four-eyes", True)
    made.project.close()
    reopened = open_project(made.project.path, editor="carol")
    try:
        assert [(s.key, s.value) for s in project_settings(reopened)] == [
            ("four_eyes", True), ("backups_keep", 10), ("backup_interval_minutes", 60)]
        (entry,) = [e for e in history(reopened, editor="alice") if e.action == "set four_eyes"]
        assert entry.table_name == "project" and entry.after == {"settings": {"four_eyes": True}}
    finally:
        reopened.close()


def test_unknown_settings_and_values_are_refused(made: ReviewProject) -> None:
    with pytest.raises(InvalidValue, match="no project setting 'five_eyes'"):
        set_project_setting(made.project, "five_eyes", True)
    with pytest.raises(InvalidValue, match="not on or off"):
        set_project_setting(made.project, "four_eyes", "perhaps")
    assert get_project_setting(made.project, "four_eyes") is False
