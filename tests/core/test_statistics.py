"""Query-planner statistics: refreshed when a project closes, only when the tables moved."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from app.core.project import create_project, open_project
from database.engine import refresh_statistics
from tests.helpers.curated import curate


def _stat_tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            return set()
        return {row[0] for row in conn.execute("SELECT tbl FROM sqlite_stat1")}


def test_closing_a_grown_project_analyses_it_and_a_second_close_does_nothing(tmp_path: Path) -> None:
    path = tmp_path / "test.claimdesk"
    project = create_project(path, editor="tester")
    curate(project, tmp_path / "docs")
    project.close()
    assert "change_log" in _stat_tables(path)  # curating wrote more than a handful of changes
    project = open_project(path, editor="tester", backup=False)
    try:
        assert refresh_statistics(project.engine) == []  # nothing moved since the last close
    finally:
        project.close()


def test_a_locked_file_is_skipped_quickly_and_analysed_at_the_next_close(tmp_path: Path) -> None:
    path = tmp_path / "test.claimdesk"
    project = create_project(path, editor="tester")
    curate(project, tmp_path / "docs")
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE IF EXISTS sqlite_stat1")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the file
    try:
        started = time.monotonic()
        assert refresh_statistics(project.engine) == []
        assert time.monotonic() - started < 3  # not the five-second busy wait of an edit
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "change_log" in refresh_statistics(project.engine)
    project.close()
    assert "change_log" in _stat_tables(path)
