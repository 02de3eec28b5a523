"""Document listings: search filter with folded diacritics, sorting both ways in SQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import documents
from app.core.project import Project
from tests.helpers.curated import curate


def test_search_ids_fold_diacritics_and_blank_means_no_filter(project: Project, tmp_path: Path) -> None:
    made = curate(project, tmp_path / "docs")
    assert documents.search_document_ids(project, "geinformeerd") == {made.documents["kamerbrief.txt"]}
    assert documents.search_document_ids(project, "GPU") == {
        made.documents["kamerbrief.txt"], made.documents["analyse.txt"]}
    assert documents.search_document_ids(project, "  ") is None
    assert documents.search_document_ids(project, '"*(') is None
    assert documents.search_document_ids(project, "zeppelin") == set()


@pytest.mark.parametrize("order", ["title", "title_desc", "published", "published_asc",
                                   "imported", "imported_desc", "publisher", "publisher_desc"])
def test_every_order_lists_each_document_once(project: Project, tmp_path: Path, order: str) -> None:
    curate(project, tmp_path / "docs")
    rows = documents.list_documents(project, order=order)
    assert len({r.document.id for r in rows}) == len(rows) == 3


def test_orders_go_both_ways(project: Project, tmp_path: Path) -> None:
    curate(project, tmp_path / "docs")
    titles = [r.document.title for r in documents.list_documents(project, order="title")]
    assert titles == sorted(titles)
    assert [r.document.title for r in documents.list_documents(project, order="title_desc")] == titles[::-1]
    dates = [r.document.published for r in documents.list_documents(project, order="published_asc")]
    assert dates == ["2025-03-12", "2025-05", "2025-10-02"]


@pytest.mark.parametrize("order", ["title", "published", "imported_desc"])
def test_pages_carry_the_same_rows_and_counts_as_one_listing(project: Project, tmp_path: Path,
                                                             order: str) -> None:
    """Counts are computed for the chosen page only; paging must not change what they say."""
    curate(project, tmp_path / "docs")
    whole = [(r.document.id, r.annotations, r.claims) for r in documents.list_documents(project, order=order)]
    paged = [(r.document.id, r.annotations, r.claims)
             for offset in range(len(whole))
             for r in documents.list_documents(project, limit=1, offset=offset, order=order)]
    assert paged == whole
    assert any(annotations > 0 for _, annotations, _ in whole)
    assert any(claims > 0 for _, _, claims in whole)
    some = {whole[0][0], whole[2][0]}
    assert [r.document.id for r in documents.list_documents(project, document_ids=some, order=order)] == [
        whole[0][0], whole[2][0]]


def test_document_titles_are_sorted_and_limited(project: Project, tmp_path: Path) -> None:
    made = curate(project, tmp_path / "docs")
    titles = documents.document_titles(project)
    assert [t for t, _ in titles] == sorted(t for t, _ in titles)
    assert {doc_id for _, doc_id in titles} == set(made.documents.values())
    assert documents.document_titles(project, limit=2) == titles[:2]
