"""UI tests run without a display."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.helpers.review_projects import ReviewProject, build_review_project  # noqa: E402


@pytest.fixture
def made(tmp_path: Path) -> ReviewProject:
    """The review project on disk, closed: each test's tab opens it as its own editor.

    Modules that need a reviewed state first override this fixture."""
    built = build_review_project(tmp_path)
    built.project.close()
    return built
