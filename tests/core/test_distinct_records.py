"""Records said to be different things are not offered as duplicates again; merges carry it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core import records
from app.core.duplicates import find_duplicate_clusters, mark_distinct, unmark_distinct
from app.core.errors import InvalidValue
from app.core.merge import merge_project
from app.core.project import Project, open_project
from database.backup import backup_file


def _clustered(project: Project) -> list[set[str]]:
    return [{m.label for m in c.members} for c in find_duplicate_clusters(project)]


def test_marked_records_leave_the_clusters_and_a_new_look_alike_still_joins(project: Project) -> None:
    nvidia = records.add_record(project, "organisation", "Nvidia")
    corp = records.add_record(project, "organisation", "NVIDIA Corporation")
    assert _clustered(project) == [{"Nvidia", "NVIDIA Corporation"}]
    added = mark_distinct(project, [corp.id, nvidia.id])
    assert len(added) == 1 and _clustered(project) == []
    assert mark_distinct(project, [nvidia.id, corp.id]) == []  # marked already: nothing added
    records.add_record(project, "organisation", "Nvidia Corp.")
    assert _clustered(project) == [{"Nvidia", "NVIDIA Corporation", "Nvidia Corp."}]
    assert unmark_distinct(project, pair_ids=added) == 1


def test_unmarking_by_records_offers_them_again(project: Project) -> None:
    a = records.add_record(project, "organisation", "EuroHPC JU")
    b = records.add_record(project, "organisation", "EuroHPC Joint Undertaking")
    mark_distinct(project, [a.id, b.id])
    assert _clustered(project) == []
    assert unmark_distinct(project, refs=[a.id, b.id]) == 1
    assert _clustered(project) == [{"EuroHPC JU", "EuroHPC Joint Undertaking"}]


def test_marks_that_make_no_sense_are_refused_and_write_nothing(project: Project) -> None:
    org = records.add_record(project, "organisation", "Mistral AI")
    site = records.add_record(project, "facility", "Mistral Compute")
    with pytest.raises(InvalidValue, match="at least two"):
        mark_distinct(project, [org.id, org.id])
    with pytest.raises(InvalidValue, match="different types"):
        mark_distinct(project, [org.id, site.id])
    with sqlite3.connect(project.path) as conn:
        assert conn.execute("SELECT count(*) FROM distinct_pair").fetchone() == (0,)


def test_a_mark_made_on_another_laptop_comes_with_the_merge(project: Project, tmp_path: Path) -> None:
    nvidia = records.add_record(project, "organisation", "Nvidia")
    corp = records.add_record(project, "organisation", "NVIDIA Corporation")
    copy_path = tmp_path / "laptop.claimdesk"
    backup_file(project.path, copy_path)
    laptop = open_project(copy_path, editor="sam", backup=False)
    try:
        mark_distinct(laptop, [nvidia.id, corp.id])
    finally:
        laptop.close()
    merge_project(project, copy_path)
    assert _clustered(project) == []
    records.remove_record(project, nvidia.id)  # a marked record can still go; the mark stays inert
    assert _clustered(project) == []
