"""Duplicates: records that are probably the same, by key collision and similar names."""

from __future__ import annotations


import pytest

from app.core.duplicates import find_duplicate_clusters, name_key
from app.core.project import Project
from app.core.record_merge import merge_records
from app.core.records import add_record


@pytest.mark.parametrize(("a", "b"), [
    ("Nvidia", "NVIDIA Corporation"),
    ("EuroHPC JU", "EuroHPC Joint Undertaking"),
    ("ASML Holding N.V.", "ASML Holding NV"),
    ("Open AI", "OpenAI, Inc."),
    ("Forschungszentrum Jülich GmbH", "Forschungszentrum Julich"),
])
def test_names_that_share_a_key(a: str, b: str) -> None:
    assert name_key(a).key == name_key(b).key


@pytest.mark.parametrize(("a", "b"), [("Mistral AI", "Meta"), ("SA Power", "Power"),
                                      ("EuroHPC JU", "EuroHPC")])
def test_names_that_do_not_share_a_key(a: str, b: str) -> None:
    assert name_key(a).key != name_key(b).key


def labels(cluster: object) -> set[str]:
    return {m.label for m in cluster.members}  # type: ignore[attr-defined]


def test_clusters_by_key_and_by_near_names(project: Project) -> None:
    for label in ("Nvidia", "NVIDIA Corporation", "EuroHPC JU", "EuroHPC Joint Undertaking",
                  "Mistral AI", "Meta", "Jülich Supercomputing Centre",
                  "Julich Supercomputing Center", "AI Factory Groningen"):
        add_record(project, "organisation", label)
    clusters = find_duplicate_clusters(project)
    found = [labels(c) for c in clusters]
    assert {"Nvidia", "NVIDIA Corporation"} in found
    assert {"EuroHPC JU", "EuroHPC Joint Undertaking"} in found
    assert {"Jülich Supercomputing Centre", "Julich Supercomputing Center"} in found
    clustered = set().union(*found)
    assert not clustered & {"Mistral AI", "Meta", "AI Factory Groningen"}
    nvidia = next(c for c in clusters if "Nvidia" in labels(c))
    assert nvidia.score == 100 and nvidia.links[0].reason == "same key"
    julich = next(c for c in clusters if "Julich Supercomputing Center" in labels(c))
    assert 92 <= julich.score < 100 and julich.links[0].reason == "similar names"


def test_aliases_count_and_clusters_grow_transitively(project: Project) -> None:
    add_record(project, "organisation", "Team Groen", aliases=["Nvidia Nederland"])
    add_record(project, "organisation", "NVIDIA Nederland B.V.")
    add_record(project, "organisation", "Nvidia Nederland BV", aliases=["Groene Rekenaars"])
    (cluster,) = find_duplicate_clusters(project)
    assert labels(cluster) == {"Team Groen", "NVIDIA Nederland B.V.", "Nvidia Nederland BV"}
    assert len(cluster.links) >= 2


def test_only_live_records_of_one_type(project: Project) -> None:
    add_record(project, "organisation", "Rekenfonds")
    add_record(project, "programme", "Rekenfonds")
    assert find_duplicate_clusters(project) == []
    keep = add_record(project, "organisation", "Nvidia")
    other = add_record(project, "organisation", "NVIDIA Corp.")
    assert len(find_duplicate_clusters(project, type_key="organisation")) == 1
    assert find_duplicate_clusters(project, type_key="programme") == []
    merge_records(project, keep.id, other.id)
    assert find_duplicate_clusters(project) == []


def test_threshold_controls_fuzzy_matching(project: Project) -> None:
    add_record(project, "organisation", "Google")
    add_record(project, "organisation", "Google Cloud")
    assert find_duplicate_clusters(project) == []
    assert len(find_duplicate_clusters(project, threshold=85)) == 1
