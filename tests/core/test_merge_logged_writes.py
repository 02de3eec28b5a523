"""Rows a merge writes of its own accord end alike in every copy, whatever each copy saw.

Three such writes: a row deleted here that a kept row refers to is brought back (and
stays once that row is gone); a row that refers to a document folded away as a duplicate
moves to the kept document (also when it comes from a copy that never saw the fold); of
two templates with one name, the later id is renamed (and keeps that name once the other
template is gone). Merging again changes nothing.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from app.core import annotations, claims, documents, records, templates
from app.core.merge import merge_project
from app.core.merge_apply import RENAME_ACTION, RESTORE_ACTION
from app.core.project import Project, create_project
from database.backup import backup_file
from tests.core.test_merge_folds import TABLES, _alias_base, _close, _converged, _copies, _stale, _sync
from tests.core.test_merge_properties import dump

TEMPLATE = "Ministry 2025"


def _empty_base(tmp_path: Path) -> Path:
    create_project(tmp_path / "base.claimdesk", editor="ann").close()
    return tmp_path / "base.claimdesk"


def _everyone_pulls(copies: list[Project]) -> None:
    _sync(*((ours, theirs) for ours in copies for theirs in copies if ours is not theirs))


def _agree(copies: list[Project], table: str, column: int = 0) -> list[str]:
    """One column of a table, sorted, as every copy holds it alike."""
    seen = {c.path.stem: sorted(str(r[column]) for r in dump(c.path, (table,))[table]) for c in copies}
    assert len({repr(v) for v in seen.values()}) == 1, f"the copies disagree on {table}: {seen}"
    return next(iter(seen.values()))


def _merged_both_ways(tmp_path: Path, a: Project, b: Project, crosswise: bool) -> list[tuple[object, ...]]:
    """Merge A and B into each other: in turn, or each pulling the other as it was before.

    Both end with the same entries of the merge's own (returned), and merging again brings
    no change (crosswise, each copy lists the same conflict at its own time: the list unites).
    """
    if crosswise:
        before = [backup_file(p.path, tmp_path / f"{p.path.stem}-before.claimdesk") for p in (a, b)]
        merge_project(a, before[1])
        merge_project(b, before[0])
    else:
        _sync((a, b), (b, a))
    own = [[r for r in dump(p.path, ("change_log",))["change_log"] if r[3] in (RESTORE_ACTION, RENAME_ACTION)]
           for p in (a, b)]
    assert own[0] == own[1], "the two directions logged differently"
    assert merge_project(a, b.path).changes_in == merge_project(b, a.path).changes_in == 0
    return own[0]


# -- 1. a row brought back because a kept row refers to it ------------------------------


@pytest.mark.parametrize("restorer", ["ours", "theirs"])
def test_a_record_kept_for_a_claim_stays_in_every_copy_after_the_claim_goes(
        tmp_path: Path, restorer: str) -> None:
    # A removes an unused record while B adds a claim on it; the merge keeps the record
    # ("ours": A pulls the claim and brings the record back; "theirs": B pulls the removal
    # and keeps the record its claim needs). Then B deletes the claim. A third copy saw
    # the removal only.
    base, rec_id = _alias_base(tmp_path)
    a, b = _copies(tmp_path, base, ["a", "b"])
    copies = [a, b]
    try:
        records.remove_record(a, rec_id)
        copies.append(_stale(tmp_path, a, "removal_only"))
        claim = claims.add_claim(b, rec_id, "country", "NL").claim
        _sync((a, b) if restorer == "ours" else (b, a))
        claims.delete_claim(b, claim.id)
        _everyone_pulls(copies)
        assert rec_id in _agree(copies, "record")  # the merge kept it, so it stays
        _converged(copies)
    finally:
        _close(copies)


@pytest.mark.parametrize("crosswise", [False, True])
def test_both_directions_log_the_same_restore(tmp_path: Path, crosswise: bool) -> None:
    # One direction brings the record back for the claim, the other keeps it from going.
    base, rec_id = _alias_base(tmp_path)
    a, b = _copies(tmp_path, base, ["a", "b"])
    try:
        records.remove_record(a, rec_id)
        claims.add_claim(b, rec_id, "country", "NL")
        (restore,) = _merged_both_ways(tmp_path, a, b, crosswise)
        assert (restore[4], restore[5], restore[6]) == ("record", rec_id, "insert")
        assert rec_id in _agree([a, b], "record")
    finally:
        _close([a, b])


# -- 2. a row referring to a document folded away as a duplicate -------------------------


def _same_file_twice(tmp_path: Path) -> tuple[list[Project], str, str, str]:
    """Two copies that imported one file under two ids and annotated it, merged both ways,
    and a copy of the one whose id the merge drops, taken before the merge.

    Returns [keeper, dropper, stale], the kept and the dropped document id, and the id of
    the dropper's annotation."""
    a, b = _copies(tmp_path, _empty_base(tmp_path), ["a", "b"])
    source = tmp_path / "brief.txt"
    source.write_text("Nvidia levert 18.000 GPU's aan SURF.", encoding="utf-8")
    ids = {p.path.stem: documents.import_file(p, source).document_id or "" for p in (a, b)}
    keeper, dropper = sorted((a, b), key=lambda p: ids[p.path.stem])
    annotations.add_annotation(keeper, ids[keeper.path.stem], quote="18.000")
    ann = annotations.add_annotation(dropper, ids[dropper.path.stem], quote="SURF")
    copies = [keeper, dropper, _stale(tmp_path, dropper, "stale")]
    _sync((keeper, dropper), (dropper, keeper))
    assert len(dump(keeper.path)["document"]) == 1
    return copies, ids[keeper.path.stem], ids[dropper.path.stem], ann.id


@pytest.mark.parametrize("change", ["add", "redo"])
def test_an_annotation_on_a_folded_document_from_a_stale_copy_moves_to_the_kept_one(
        tmp_path: Path, change: str) -> None:
    # The stale copy still holds the dropped document and annotates it (a new annotation,
    # or one removed and re-created under its id: an undo and redo).
    copies, kept, dropped, ann_id = _same_file_twice(tmp_path)
    keeper, _dropper, stale = copies
    try:
        if change == "add":
            ann_id = annotations.add_annotation(stale, dropped, quote="Nvidia").id
        else:
            annotations.remove_annotation(stale, ann_id)
            annotations.add_annotation(stale, dropped, quote="SURF", annotation_id=ann_id)
        merge_project(keeper, stale.path)  # the stale copy has not heard of the fold
        assert (ann_id, kept) in {(r[0], r[1]) for r in dump(keeper.path)["annotation"]}
        _everyone_pulls(copies)
        assert set(_agree(copies, "annotation", 1)) == {kept}
        _converged(copies)
    finally:
        _close(copies)


# -- 3. two templates with one name ---------------------------------------------------------


def _two_templates(tmp_path: Path) -> tuple[Project, Project, str]:
    """Two copies that each added a different template named TEMPLATE: the one whose
    template a merge keeps, the one whose template it renames, and the renamed name."""
    a, b = _copies(tmp_path, _empty_base(tmp_path), ["a", "b"])
    spec = templates.default_template()
    ids = {p.path.stem: templates.add_template(p, dataclasses.replace(
        spec, name=TEMPLATE, definition={**(spec.definition or {}), "description": f"by {p.editor}"})).id
        for p in (a, b)}
    winner, loser = sorted((a, b), key=lambda p: ids[p.path.stem])
    return winner, loser, f"{TEMPLATE} ({ids[loser.path.stem][:8]})"


@pytest.mark.parametrize("merger", ["winner", "loser"])
def test_a_template_renamed_as_a_duplicate_keeps_its_name_after_the_other_goes(
        tmp_path: Path, merger: str) -> None:
    # Two copies add a different template under one name; the merge renames the later id
    # ("winner": it comes in renamed; "loser": it is renamed here). The copy that merged
    # then removes the other template; a third copy never saw it.
    winner, loser, renamed = _two_templates(tmp_path)
    copies = [winner, loser, _stale(tmp_path, loser, "stale")]
    try:
        ours, theirs = (winner, loser) if merger == "winner" else (loser, winner)
        merge_project(ours, theirs.path)
        templates.remove_template(ours, TEMPLATE)  # the winner's template
        _everyone_pulls(copies)
        assert _agree(copies, "export_template", 1) == sorted(["ministry", renamed])
        _converged(copies, TABLES + ("export_template",))
    finally:
        _close(copies)


@pytest.mark.parametrize("crosswise", [False, True])
def test_both_directions_log_the_same_rename(tmp_path: Path, crosswise: bool) -> None:
    # The winner's copy renames the other template as it comes in. The loser's copy renames
    # its own: crosswise it logs the rename itself, in turn it finds it logged already.
    winner, loser, renamed = _two_templates(tmp_path)
    try:
        (rename,) = _merged_both_ways(tmp_path, winner, loser, crosswise)
        assert (rename[4], rename[6], json.loads(str(rename[8]))) == ("export_template", "update",
                                                                      {"name": renamed})
        assert _agree([winner, loser], "export_template", 1) == sorted(["ministry", TEMPLATE, renamed])
    finally:
        _close([winner, loser])
