"""The reviewer's tools through the `claimdesk` command, run as a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CliResult, run_cli
from tests.helpers.review_projects import ReviewProject, build_review_project


def _json(result: CliResult) -> object:
    assert result.code == 0, result.err
    return json.loads(result.out)


@pytest.fixture
def made(tmp_path: Path) -> ReviewProject:
    built = build_review_project(tmp_path)
    built.project.close()  # the subprocesses open the file themselves
    return built


def test_queue_lists_claims_with_quotes(made: ReviewProject) -> None:
    path = made.project.path
    queue = _json(run_cli("queue", path, "--type", "facility", "--json"))
    assert queue["total"] == 2  # type: ignore[index]
    first = queue["items"][0]  # type: ignore[index]
    assert first["id"] == made.claims["gpus_press"]
    assert first["quotes"][0]["quote"] == "18.000 GPU's"
    assert first["quotes"][0]["suffix"].startswith(" van Nvidia")
    by_doc = _json(run_cli("queue", path, "--document", made.documents["analysis"], "--json"))
    assert {i["id"] for i in by_doc["items"]} == {  # type: ignore[index]
        made.claims["gpus_analysis"], made.claims["budget_analysis"]}
    assert _json(run_cli("queue", path, "--by", "bob", "--json"))["total"] == 0  # type: ignore[index]
    text = run_cli("queue", path, "--since", "2000-01-01")
    assert text.code == 0 and "[20.000 GPU's]" in text.out and "4 of 4 claims" in text.out


def test_conflicts_and_resolving_one(made: ReviewProject) -> None:
    path = made.project.path
    conflicts = _json(run_cli("conflicts", path, "--json"))
    assert [(c["record"], c["field"]) for c in conflicts] == [("AI-fabriek Noord", "gpu_count")]  # type: ignore[union-attr]
    assert len(conflicts[0]["values"]) == 2  # type: ignore[index]
    resolved = _json(run_cli("claim", "resolve", path, made.claims["gpus_analysis"][:8],
                             "--reason", "newer source", "--json", editor="bob"))
    assert resolved == {"accepted": made.claims["gpus_analysis"],
                        "rejected": [made.claims["gpus_press"]], "demoted": [], "kept": []}
    assert _json(run_cli("conflicts", path, "--record", "AI-fabriek Noord", "--json")) == []
    empty = run_cli("claim", "resolve", path, made.claims["budget_press"], "--reason", " ")
    assert empty.code == 2 and "say why" in empty.err


def test_four_eyes_refusal_on_the_command_line(made: ReviewProject) -> None:
    path = made.project.path
    assert _json(run_cli("settings", path, "four_eyes", "on", "--json")) == {"four_eyes": True}
    refused = run_cli("claim", "review", path, made.claims["gpus_press"], "accept", editor="alice")
    assert refused.code == 2
    assert refused.err.strip() == ("claimdesk: four-eyes review is on: someone else must accept "
                                   "a claim you proposed")
    accepted = run_cli("claim", "review", path, made.claims["gpus_press"], "accept", editor="bob")
    assert accepted.code == 0, accepted.err
    shown = run_cli("settings", path)
    assert shown.code == 0 and shown.out.split()[:2] == ["four_eyes", "on"]
    bad = run_cli("settings", path, "four_eyes", "maybe")
    assert bad.code == 2 and "not on or off" in bad.err


def test_duplicates_merge_and_unmerge(made: ReviewProject) -> None:
    path, ids = made.project.path, made.records
    clusters = _json(run_cli("duplicates", path, "--type", "organisation", "--json"))
    found = [{m["label"] for m in c["members"]} for c in clusters]  # type: ignore[union-attr]
    assert {"Nvidia", "NVIDIA Corporation"} in found
    assert {"EuroHPC JU", "EuroHPC Joint Undertaking"} in found
    assert not any({"Mistral AI", "Meta"} & f for f in found)
    merged = _json(run_cli("record", "merge", path, "EuroHPC JU", "EuroHPC Joint Undertaking", "--json"))
    assert merged["keep_id"] == ids["EuroHPC JU"]  # type: ignore[index]
    assert merged["added_alias_ids"]  # type: ignore[index]
    records = _json(run_cli("records", path, "--type", "organisation", "--json"))
    labels = {r["label"]: r["aliases"] for r in records}  # type: ignore[union-attr]
    assert "EuroHPC Joint Undertaking" not in labels
    assert labels["EuroHPC JU"] == ["EuroHPC Joint Undertaking"]
    unmerged = run_cli("record", "unmerge", path, ids["EuroHPC Joint Undertaking"])
    assert unmerged.code == 0, unmerged.err
    records = _json(run_cli("records", path, "--type", "organisation", "--json"))
    labels = {r["label"]: r["aliases"] for r in records}  # type: ignore[union-attr]
    assert labels["EuroHPC JU"] == [] and labels["EuroHPC Joint Undertaking"] == []
    again = run_cli("record", "unmerge", path, ids["EuroHPC Joint Undertaking"])
    assert again.code == 2 and "is not merged" in again.err
    wrong = run_cli("record", "merge", path, "Nvidia", "Rekenfonds")
    assert wrong.code == 2 and "different types" in wrong.err


def test_record_distinct_and_undistinct(made: ReviewProject) -> None:
    path, ids = made.project.path, made.records
    nvidia, corp = ids["Nvidia"], ids["NVIDIA Corporation"]
    marked = _json(run_cli("record", "distinct", path, nvidia, corp, "--json"))
    assert len(marked["pairs"]) == 1  # type: ignore[index]
    clusters = _json(run_cli("duplicates", path, "--type", "organisation", "--json"))
    assert not any({"Nvidia", "NVIDIA Corporation"} & {m["label"] for m in c["members"]}  # type: ignore[index]
                   for c in clusters)  # type: ignore[union-attr]
    lonely = run_cli("record", "distinct", path, nvidia)
    assert lonely.code == 2 and lonely.err.strip() == "claimdesk: name at least two different records"
    undone = run_cli("record", "undistinct", path, nvidia, corp)
    assert undone.code == 0 and undone.out.startswith("1 pair(s)")
    clusters = _json(run_cli("duplicates", path, "--type", "organisation", "--json"))
    assert {"Nvidia", "NVIDIA Corporation"} in [{m["label"] for m in c["members"]}  # type: ignore[index]
                                                 for c in clusters]  # type: ignore[union-attr]


def test_overview_and_record_history(made: ReviewProject) -> None:
    path, ids = made.project.path, made.records
    assert run_cli("claim", "review", path, made.claims["budget_press"], "accept", editor="bob").code == 0
    view = _json(run_cli("overview", path, "--json"))
    assert {"type_key": "programme", "status": "accepted", "count": 1} in view["by_status"]  # type: ignore[index]
    gaps = {g["label"]: g["missing"] for g in view["gaps"]}  # type: ignore[index]
    assert "Rekenfonds" not in gaps and gaps["AI-fabriek Noord"] == ["kind", "country"]
    entries = _json(run_cli("history", path, ids["Rekenfonds"], "--json"))
    assert {(e["table_name"], e["action"]) for e in entries} >= {  # type: ignore[union-attr]
        ("record", "add record"), ("claim", "add claim"), ("evidence", "add claim"),
        ("claim", "accept claim")}
    by_bob = _json(run_cli("history", path, "--by", "bob", "--json"))
    assert [e["action"] for e in by_bob] == ["accept claim"]  # type: ignore[union-attr]
