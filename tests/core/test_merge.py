"""Merging copies of a project: what comes in, what conflicts, what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import annotations, claims, documents, records, review
from app.core.errors import ClaimdeskError
from app.core.integrity import check_project
from app.core.merge import merge_project
from app.core.merge_conflicts import list_merge_conflicts, resolve_merge_conflict
from app.core.project import Project, create_project, open_project
from database.backup import backup_file
from database.fts import search_documents
from tests.core.test_merge_properties import _ids, dump, make_copies


def _pair(tmp_path: Path) -> tuple[Project, Project, str, str]:
    """Two copies of a project holding one record with one claim: (a, b, record id, claim id)."""
    a = create_project(tmp_path / "a.claimdesk", editor="ann")
    rec = records.add_record(a, "organisation", "Nvidia")
    claim = claims.add_claim(a, rec.id, "country", "US").claim
    a.close()
    backup_file(tmp_path / "a.claimdesk", tmp_path / "b.claimdesk")
    return (open_project(tmp_path / "a.claimdesk", editor="ann", backup=False),
            open_project(tmp_path / "b.claimdesk", editor="bob", backup=False), rec.id, claim.id)


def test_one_sided_changes_come_in_with_documents_text_and_search(tmp_path: Path) -> None:
    a, b, rec_id, claim_id = _pair(tmp_path)
    source = tmp_path / "brief.txt"
    source.write_text("Het ministerie bevestigt 18.000 GPU's voor de gigafabriek.", encoding="utf-8")
    doc_id = documents.import_file(b, source).document_id
    assert doc_id is not None
    ann = annotations.add_annotation(b, doc_id, quote="18.000 GPU's")
    claims.link_evidence(b, claim_id, ann.id)
    review.review_claim(b, claim_id, "accept")
    report = merge_project(a, b.path)
    assert report.backup is not None and report.backup.is_file()
    assert report.inserted == {"document": 1, "document_text": 1, "document_file": 1,
                               "annotation": 1, "evidence": 1}
    assert report.updated == {"claim": 1} and report.conflicts == []
    with a.read() as session:
        assert [h.document_id for h in search_documents(session, "gigafabriek")] == [doc_id]
    assert check_project(a) == []
    assert dump(a.path) == dump(b.path)


def test_same_field_changed_on_both_sides_is_a_conflict_with_both_versions(tmp_path: Path) -> None:
    a, b, rec_id, claim_id = _pair(tmp_path)
    review.review_claim(a, claim_id, "accept")
    review.review_claim(b, claim_id, "reject")
    report = merge_project(a, b.path)
    (note,) = [n for n in report.conflicts if n.table_name == "claim"]
    assert note.columns == ["status"]
    assert {note.kept["status"], note.other["status"]} == {"accepted", "rejected"}  # type: ignore[index]
    merge_project(b, a.path)
    assert dump(a.path) == dump(b.path)  # the same side wins whichever way we merge
    views = list_merge_conflicts(b)
    assert [v.id for v in views] == [note.id]
    resolve_merge_conflict(b, note.id, "other")
    with b.read() as session:
        status = session.connection().exec_driver_sql(
            "SELECT status FROM claim WHERE id = ?", (claim_id,)).scalar()
    assert status == note.other["status"]  # type: ignore[index]
    assert list_merge_conflicts(b) == []
    merge_project(a, b.path)  # the decision travels with the next merge
    assert list_merge_conflicts(a) == [] and dump(a.path) == dump(b.path)


def test_deleted_on_one_side_and_edited_on_the_other_keeps_the_row(tmp_path: Path) -> None:
    a, b, rec_id, claim_id = _pair(tmp_path)
    claims.delete_claim(a, claim_id)
    review.review_claim(b, claim_id, "dispute", "figure looks old")
    report = merge_project(a, b.path)
    assert [(n.kind, n.row_id) for n in report.conflicts] == [("delete", claim_id)]
    merge_project(b, a.path)
    for side in (a, b):
        with side.read() as session:
            row = session.connection().exec_driver_sql(
                "SELECT status FROM claim WHERE id = ?", (claim_id,)).one()
        assert row[0] == "disputed"
        assert check_project(side) == []


def test_evidence_on_an_annotation_deleted_elsewhere_brings_it_back(tmp_path: Path) -> None:
    a = create_project(tmp_path / "a.claimdesk", editor="ann")
    source = tmp_path / "brief.txt"
    source.write_text("Nvidia levert 18.000 GPU's.", encoding="utf-8")
    doc_id = documents.import_file(a, source).document_id
    ann = annotations.add_annotation(a, doc_id or "", quote="18.000")
    rec = records.add_record(a, "facility", "AI Factory")
    claim = claims.add_claim(a, rec.id, "gpu_count", "18.000 GPU's").claim
    a.close()
    backup_file(tmp_path / "a.claimdesk", tmp_path / "b.claimdesk")
    a = open_project(tmp_path / "a.claimdesk", backup=False)
    b = open_project(tmp_path / "b.claimdesk", backup=False)
    annotations.remove_annotation(a, ann.id)
    claims.link_evidence(b, claim.id, ann.id)
    merge_project(a, b.path)
    merge_project(b, a.path)
    assert dump(a.path) == dump(b.path)
    assert len(dump(a.path)["evidence"]) == 1 and len(dump(a.path)["annotation"]) == 1
    assert [c.kind for c in list_merge_conflicts(a)] == ["delete"]
    assert check_project(a) == [] and check_project(b) == []


def test_same_alias_added_on_both_sides_is_one_alias(tmp_path: Path) -> None:
    a, b, rec_id, _ = _pair(tmp_path)
    records.add_alias(a, rec_id, "NVIDIA Corporation")
    records.add_alias(b, rec_id, "NVIDIA Corporation")
    assert merge_project(a, b.path).duplicates == 1
    merge_project(b, a.path)
    assert dump(a.path) == dump(b.path)
    assert [r[2] for r in dump(a.path)["record_alias"]] == ["NVIDIA Corporation"]


def test_merging_twice_changes_nothing_and_takes_no_backup(tmp_path: Path) -> None:
    a, b, rec_id, _ = _pair(tmp_path)
    records.rename_record(b, rec_id, "NVIDIA Corporation")
    assert not merge_project(a, b.path).nothing_new
    before = dump(a.path, ("record", "record_alias", "change_log", "merge_conflict"))
    again = merge_project(a, b.path)
    assert again.nothing_new and again.backup is None
    assert dump(a.path, ("record", "record_alias", "change_log", "merge_conflict")) == before


def test_another_project_or_a_foreign_file_is_refused_untouched(tmp_path: Path) -> None:
    a, _b, _, _ = _pair(tmp_path)
    stranger = create_project(tmp_path / "other.claimdesk")
    stranger.close()
    before = dump(a.path, ("record", "change_log"))
    with pytest.raises(ClaimdeskError, match="not a copy of this project"):
        merge_project(a, tmp_path / "other.claimdesk")
    text = tmp_path / "notes.claimdesk"
    text.write_text("not a project", encoding="utf-8")
    with pytest.raises(ClaimdeskError, match="not a Claimdesk project"):
        merge_project(a, text)
    assert dump(a.path, ("record", "change_log")) == before
    assert text.read_text(encoding="utf-8") == "not a project"


def test_progress_is_reported_and_a_cancelled_merge_writes_nothing(tmp_path: Path) -> None:
    a, b, _, _ = _pair(tmp_path)
    for i in range(5):
        records.add_record(b, "organisation", f"Org {i}")
    seen: list[tuple[int, int, str]] = []
    before = dump(a.path, ("record", "change_log"))
    with pytest.raises(ClaimdeskError, match="cancelled"):
        merge_project(a, b.path, progress=lambda d, t, m: seen.append((d, t, m)), should_stop=lambda: True)
    assert dump(a.path, ("record", "change_log")) == before
    merge_project(a, b.path, progress=lambda d, t, m: seen.append((d, t, m)))
    assert seen[-1][0] == seen[-1][1] and len(dump(a.path)["record"]) == 6


def test_an_older_copy_is_upgraded_in_a_snapshot_and_merged(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "project-rev0002.claimdesk"
    old_copy = tmp_path / "old.claimdesk"
    old_copy.write_bytes(fixture.read_bytes())
    mine = tmp_path / "mine.claimdesk"
    mine.write_bytes(fixture.read_bytes())
    project = open_project(mine, backup=False)  # upgraded here
    records.add_record(project, "organisation", "SURF")
    raw_before = old_copy.read_bytes()
    assert merge_project(project, old_copy).nothing_new
    assert old_copy.read_bytes() == raw_before


def test_a_deletion_made_after_seeing_an_edit_wins_in_every_merge_order(tmp_path: Path) -> None:
    # The shrunk example of the property test: copy1 deletes C2 while copy2 accepts it; copy0
    # pulls the acceptance and then deletes C2 too. The union of the logs holds a deletion
    # later than every edit, so C2 is gone in every copy, whoever pulls whom first.
    copies = make_copies(tmp_path, 3)
    try:
        for copy in copies:
            records.add_record(copy, "organisation", "Nvidia")
        c2 = _ids(copies[0], "claim")[1]
        claims.delete_claim(copies[1], c2)
        review.review_claim(copies[2], c2, "accept")
        merge_project(copies[0], copies[2].path)
        claims.delete_claim(copies[0], c2)
        frozen = [backup_file(c.path, tmp_path / f"frozen{i}.claimdesk") for i, c in enumerate(copies)]
        for i, copy in enumerate(copies):
            for j in ([0, 1, 2][i:] + [0, 1, 2][:i]):
                if j != i:
                    merge_project(copy, frozen[j])
        states = [dump(c.path) for c in copies]
        assert states[1] == states[0] and states[2] == states[0]
        assert c2 not in _ids(copies[0], "claim")
        for copy in copies:
            assert check_project(copy) == []
        before = [dump(c.path, ("claim", "change_log")) for c in copies]
        for copy in copies:
            for other in copies:
                merge_project(copy, other.path)
        assert [dump(c.path, ("claim", "change_log")) for c in copies] == before
    finally:
        for copy in copies:
            copy.close()


def test_an_edit_lost_to_a_later_deletion_waits_aside_and_can_come_back(tmp_path: Path) -> None:
    a, b, rec_id, claim_id = _pair(tmp_path)
    review.review_claim(b, claim_id, "accept")
    claims.delete_claim(a, claim_id)  # later than the acceptance, which it never saw
    report = merge_project(a, b.path)
    (note,) = report.conflicts
    assert (note.kind, note.kept) == ("delete", None)
    assert note.other is not None and note.other["status"] == "accepted"
    merge_project(b, a.path)
    assert dump(a.path) == dump(b.path) and dump(a.path)["claim"] == []
    resolve_merge_conflict(a, note.id, "other")
    merge_project(b, a.path)
    for side in (a, b):
        with side.read() as session:
            status = session.connection().exec_driver_sql(
                "SELECT status FROM claim WHERE id = ?", (claim_id,)).scalar()
        assert status == "accepted"
        assert check_project(side) == []
    assert dump(a.path) == dump(b.path)


def test_two_acceptances_from_two_copies_wait_side_by_side_and_converge(tmp_path: Path) -> None:
    # Two copies accept different countries of one record. The merge keeps both accepted and
    # lists the clash (demoting outside the change log would not converge: a third copy that
    # only saw one acceptance would never learn of it). A later review settles it everywhere.
    a, b, c = make_copies(tmp_path, 3)
    try:
        first = _ids(a, "claim")[0]
        second = claims.add_claim(a, _ids(a, "record")[0], "country", "NL").claim.id
        merge_project(b, a.path)
        merge_project(c, a.path)
        review.review_claim(a, first, "accept")
        review.review_claim(b, second, "accept")
        merge_project(c, a.path)
        report = merge_project(a, b.path)
        assert [n.kind for n in report.conflicts] == ["accepted"]
        assert _status(a, first) == _status(a, second) == "accepted"
        assert check_project(a) == []
        listed = list_merge_conflicts(a)
        assert [(v.kind, v.row_id) for v in listed] in ([("accepted", first)], [("accepted", second)])
        review.review_claim(a, second, "reject")
        assert list_merge_conflicts(a) == []  # the clash no longer stands
        for p in (a, b, c):
            for q in (a, b, c):
                if p is not q:
                    merge_project(p, q.path)
        assert dump(a.path) == dump(b.path) == dump(c.path)
        for p in (a, b, c):
            assert (_status(p, first), _status(p, second)) == ("accepted", "rejected")
            assert check_project(p) == []
    finally:
        for p in (a, b, c):
            p.close()



def _status(project: Project, claim_id: str) -> str:
    with project.read() as session:
        return str(session.connection().exec_driver_sql(
            "SELECT status FROM claim WHERE id = ?", (claim_id,)).scalar())
