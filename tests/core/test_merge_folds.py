"""Rows folded on a unique key by a merge stay folded after the kept row is deleted.

Two laptops add the same alias (or the same evidence link) under different ids; a merge
keeps the lower id and drops the other. A user then deletes the kept row. Every copy,
including a stale one that still holds the dropped row, must end without it, whatever
the merge order, and merging again must change nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.core import annotations, claims, documents, records
from app.core.integrity import check_project
from app.core.merge import merge_project
from app.core.merge_apply import FOLD_ACTION
from app.core.project import Project, create_project, open_project
from database.backup import backup_file
from tests.core.test_merge_properties import VISIBLE, dump

ALIAS = "NVIDIA Corporation"
TABLES = VISIBLE + ("change_log",)


def _copies(tmp_path: Path, base: Path, names: list[str]) -> list[Project]:
    for name in names:
        backup_file(base, tmp_path / f"{name}.claimdesk")
    return [open_project(tmp_path / f"{n}.claimdesk", editor=n, backup=False) for n in names]


def _stale(tmp_path: Path, project: Project, name: str) -> Project:
    """A copy of `project` as it is now, opened as another laptop."""
    backup_file(project.path, tmp_path / f"{name}.claimdesk")
    return open_project(tmp_path / f"{name}.claimdesk", editor=name, backup=False)


def _alias_base(tmp_path: Path) -> tuple[Path, str]:
    base = create_project(tmp_path / "base.claimdesk", editor="ann")
    rec = records.add_record(base, "organisation", "Nvidia")  # unused, so it can be removed
    records.add_record(base, "organisation", "Mistral AI")
    base.close()
    return tmp_path / "base.claimdesk", rec.id


def _evidence_base(tmp_path: Path) -> tuple[Path, str, str]:
    base = create_project(tmp_path / "base.claimdesk", editor="ann")
    source = tmp_path / "brief.txt"
    source.write_text("Nvidia levert 18.000 GPU's.", encoding="utf-8")
    doc_id = documents.import_file(base, source).document_id
    ann = annotations.add_annotation(base, doc_id or "", quote="18.000")
    rec = records.add_record(base, "facility", "AI Factory")
    claim = claims.add_claim(base, rec.id, "gpu_count", "18.000 GPU's").claim
    base.close()
    return tmp_path / "base.claimdesk", claim.id, ann.id


def _sync(*pairs: tuple[Project, Project]) -> None:
    for ours, theirs in pairs:
        merge_project(ours, theirs.path)


def _converged(copies: list[Project], tables: tuple[str, ...] = TABLES) -> None:
    states = [dump(c.path, tables) for c in copies]
    for state in states[1:]:
        assert state == states[0], "copies did not converge (data or log)"
    for c in copies:
        assert check_project(c) == []
    logs = [dump(c.path, tables) for c in copies]
    for ours in copies:  # merging again changes nothing, data or log
        for theirs in copies:
            if ours is not theirs:
                merge_project(ours, theirs.path)
    assert [dump(c.path, tables) for c in copies] == logs, "merging again changed something"


def _close(copies: list[Project]) -> None:
    for c in copies:
        c.close()


# -- (a) two copies -----------------------------------------------------------------


def test_a_folded_alias_stays_gone_after_the_kept_one_is_deleted(tmp_path: Path) -> None:
    base, rec_id = _alias_base(tmp_path)
    a, b = _copies(tmp_path, base, ["a", "b"])
    try:
        records.add_alias(a, rec_id, ALIAS)
        records.add_alias(b, rec_id, ALIAS)
        _sync((a, b), (b, a))
        assert [r[2] for r in dump(a.path)["record_alias"]] == [ALIAS]
        records.remove_record(a, rec_id)  # the alias goes with it, logged
        _sync((b, a), (a, b))
        for p in (a, b):
            assert dump(p.path)["record_alias"] == []
            assert rec_id not in {r[0] for r in dump(p.path)["record"]}
        _converged([a, b])
    finally:
        _close([a, b])


# -- (b) a third copy that still holds the dropped alias --------------------------------


def _alias_with_stale_copies(tmp_path: Path, deleter: str,
                             order: Callable[[dict[str, Project]], list[tuple[str, str]]]) -> None:
    base, rec_id = _alias_base(tmp_path)
    a, b = _copies(tmp_path, base, ["a", "b"])
    copies = {"a": a, "b": b}
    try:
        records.add_alias(a, rec_id, ALIAS)
        records.add_alias(b, rec_id, ALIAS)
        # Copies taken before any merge: one of them holds the row the merge will drop.
        copies["stale_a"] = _stale(tmp_path, a, "stale_a")
        copies["stale_b"] = _stale(tmp_path, b, "stale_b")
        _sync((a, b), (b, a))
        records.remove_record(copies[deleter], rec_id)
        other = "b" if deleter == "a" else "a"
        _sync((copies[other], copies[deleter]), (copies[deleter], copies[other]))
        for ours, theirs in order(copies):
            merge_project(copies[ours], copies[theirs].path)
        for name, p in copies.items():
            assert dump(p.path)["record_alias"] == [], f"the deleted alias is back in {name}"
            assert rec_id not in {r[0] for r in dump(p.path)["record"]}, f"the record is back in {name}"
        _converged(list(copies.values()))
    finally:
        _close(list(copies.values()))


def _stale_last(_copies: dict[str, Project]) -> list[tuple[str, str]]:
    # The stale copies are merged last into A and B, then pull A and B themselves.
    return [("a", "stale_a"), ("a", "stale_b"), ("b", "stale_a"), ("b", "stale_b"),
            ("stale_a", "a"), ("stale_b", "a"), ("stale_a", "b"), ("stale_b", "b")]


def _stale_pull_first(_copies: dict[str, Project]) -> list[tuple[str, str]]:
    # The stale copies pull the deletion first; A and B then pull the stale copies.
    return [("stale_a", "b"), ("stale_b", "a"), ("a", "stale_b"), ("b", "stale_a"),
            ("a", "stale_a"), ("b", "stale_b"), ("stale_a", "stale_b"), ("stale_b", "stale_a")]


def test_a_stale_copy_merged_last_does_not_bring_a_deleted_alias_back(tmp_path: Path) -> None:
    _alias_with_stale_copies(tmp_path, "a", _stale_last)


def test_a_stale_copy_pulling_the_deletion_drops_its_folded_alias(tmp_path: Path) -> None:
    _alias_with_stale_copies(tmp_path, "b", _stale_pull_first)


def test_a_stale_copy_pulled_before_the_deletion_converges(tmp_path: Path) -> None:
    # The stale copies learn of the fold first (without the deletion), then of the deletion.
    base, rec_id = _alias_base(tmp_path)
    a, b = _copies(tmp_path, base, ["a", "b"])
    try:
        records.add_alias(a, rec_id, ALIAS)
        records.add_alias(b, rec_id, ALIAS)
        stale_a, stale_b = _stale(tmp_path, a, "stale_a"), _stale(tmp_path, b, "stale_b")
        _sync((a, b), (b, a), (stale_a, b), (stale_b, a))
        records.remove_record(a, rec_id)
        _sync((stale_a, a), (stale_b, a), (b, stale_a), (b, stale_b), (a, b))
        for p in (a, b, stale_a, stale_b):
            assert dump(p.path)["record_alias"] == []
        _converged([a, b, stale_a, stale_b])
    finally:
        _close([a, b, stale_a, stale_b])


# -- (c) evidence links: unique on (claim_id, annotation_id) ----------------------------


def _linked_twice(tmp_path: Path) -> tuple[list[Project], str, str]:
    """Copies a, b (each linked the claim to the quote, then merged) and stale_a, stale_b (not)."""
    base, claim_id, ann_id = _evidence_base(tmp_path)
    a, b = _copies(tmp_path, base, ["a", "b"])
    copies = [a, b]
    try:
        claims.link_evidence(a, claim_id, ann_id)
        claims.link_evidence(b, claim_id, ann_id)
        copies += [_stale(tmp_path, a, "stale_a"), _stale(tmp_path, b, "stale_b")]
        _sync((a, b), (b, a))
    except BaseException:
        _close(copies)
        raise
    assert len(dump(a.path)["evidence"]) == 1
    return copies, claim_id, ann_id


def test_a_folded_evidence_link_stays_gone_after_its_claim_is_deleted(tmp_path: Path) -> None:
    copies, claim_id, _ann_id = _linked_twice(tmp_path)
    a, b, stale_a, stale_b = copies
    try:
        claims.delete_claim(a, claim_id)  # its evidence link goes with it, logged
        _sync((b, a), (a, b))
        _sync((a, stale_a), (a, stale_b), (b, stale_a), (b, stale_b),
              (stale_a, a), (stale_b, a), (stale_a, b), (stale_b, b))
        for p in copies:
            assert dump(p.path)["evidence"] == [], f"the deleted link is back in {p.path.name}"
            assert claim_id not in {r[0] for r in dump(p.path, ("claim",))["claim"]}
        _converged(copies)
    finally:
        _close(copies)


def test_a_folded_evidence_link_stays_gone_after_its_annotation_is_removed(tmp_path: Path) -> None:
    copies, _claim_id, ann_id = _linked_twice(tmp_path)
    a, b, stale_a, stale_b = copies
    try:
        annotations.remove_annotation(b, ann_id)
        _sync((a, b), (b, a))
        _sync((stale_a, b), (stale_b, b), (a, stale_a), (a, stale_b), (b, stale_b), (b, stale_a))
        for p in copies:
            assert dump(p.path)["evidence"] == [], f"the deleted link is back in {p.path.name}"
            assert dump(p.path)["annotation"] == []
        _converged(copies)
    finally:
        _close(copies)


# -- the fold is logged alike in every copy ---------------------------------------------


def _folds(project: Project) -> list[tuple[object, ...]]:
    return [r for r in dump(project.path, ("change_log",))["change_log"] if r[3] == FOLD_ACTION]


def test_both_directions_log_the_same_fold_and_merging_again_adds_nothing(tmp_path: Path) -> None:
    base, rec_id = _alias_base(tmp_path)
    a, b = _copies(tmp_path, base, ["a", "b"])
    try:
        records.add_alias(a, rec_id, ALIAS)
        records.add_alias(b, rec_id, ALIAS)
        ids = sorted(r[0] for p in (a, b) for r in dump(p.path)["record_alias"])
        merge_project(a, b.path)
        (fold,) = _folds(a)
        assert (fold[4], fold[5], fold[6]) == ("record_alias", ids[1], "delete")  # the higher id goes
        merge_project(b, a.path)
        assert _folds(b) == [fold]
        assert merge_project(a, b.path).nothing_new and merge_project(b, a.path).nothing_new
        _converged([a, b])
    finally:
        _close([a, b])


def test_a_fold_learnt_late_still_reaches_a_copy_that_saw_the_deletion_first(tmp_path: Path) -> None:
    # X sees both aliases alive and folds them before it learns that the kept one was
    # deleted; Y learns of the deletion first, so it never sees a clash and keeps the
    # other alias. Once Y pulls X the logged fold reaches it and the two agree.
    base, rec_id = _alias_base(tmp_path)
    a, b, x, y = _copies(tmp_path, base, ["a", "b", "x", "y"])
    try:
        records.add_alias(a, rec_id, ALIAS)
        records.add_alias(b, rec_id, ALIAS)
        # The copy whose alias has the lower id (the one a fold keeps) deletes it.
        keeper, other = sorted((a, b), key=lambda p: dump(p.path)["record_alias"][0][0])
        before = backup_file(keeper.path, tmp_path / "keeper-before.claimdesk")
        records.remove_record(keeper, rec_id)
        merge_project(x, before)
        merge_project(x, other.path)  # the fold
        merge_project(x, keeper.path)  # the deletion of the kept alias
        merge_project(y, keeper.path)
        merge_project(y, other.path)
        merge_project(y, x.path)
        merge_project(x, y.path)
        assert dump(x.path)["record_alias"] == dump(y.path)["record_alias"] == []
    finally:
        _close([a, b, x, y])


# -- a row going in this merge is no duplicate --------------------------------------------


def test_an_alias_deleted_and_added_again_elsewhere_is_not_folded_away(tmp_path: Path) -> None:
    # B removes a record with its alias and re-creates both (undo, redo): the alias comes
    # back under a new id. A, still holding the old alias, must take the new one instead of
    # folding it into the old one that the same merge deletes.
    base = create_project(tmp_path / "base.claimdesk", editor="ann")
    rec = records.add_record(base, "organisation", "Nvidia", aliases=[ALIAS])
    base.close()
    a, b = _copies(tmp_path, tmp_path / "base.claimdesk", ["a", "b"])
    try:
        (old,) = [r[0] for r in dump(a.path)["record_alias"]]
        for _ in range(40):  # until the new id sorts after the old one, the order that folded
            records.remove_record(b, rec.id)
            records.add_record(b, "organisation", "Nvidia", aliases=[ALIAS], record_id=rec.id)
            (new,) = [r[0] for r in dump(b.path)["record_alias"]]
            if new > old:
                break
        assert new > old
        merge_project(a, b.path)
        assert [r[0] for r in dump(a.path)["record_alias"]] == [new]
        merge_project(b, a.path)
        assert [r[0] for r in dump(b.path)["record_alias"]] == [new]
        _converged([a, b])
    finally:
        _close([a, b])
