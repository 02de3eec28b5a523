"""Property tests of merging: random edit histories on copies of one project, merged in
random orders, converge; merging again changes nothing; no committed edit is lost."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import claims, records, review
from app.core.errors import ClaimdeskError
from app.core.integrity import check_project
from app.core.merge import merge_project
from app.core.project import Project, create_project, open_project
from database.backup import backup_file

VISIBLE = ("record", "record_alias", "claim", "evidence", "annotation", "document")
NAMES = st.sampled_from(["Nvidia", "Mistral", "SURF", "TNO", "EuroHPC", "Nebius"])
# Small indexes into rows in creation order: most steps touch the rows every copy shares,
# which is where concurrent edits (and so conflicts) happen.
ROW = st.integers(0, 3)
# More examples for a deeper search, e.g. CLAIMDESK_MERGE_EXAMPLES=300; 25 keeps the suite quick.
EXAMPLES = int(os.environ.get("CLAIMDESK_MERGE_EXAMPLES", "25"))

# One step of a history: (kind, copy, a, b) where a/b pick rows or values.
step = st.one_of(
    st.tuples(st.just("add_record"), st.integers(0, 2), NAMES, st.just(0)),
    st.tuples(st.just("rename"), st.integers(0, 2), ROW, NAMES),
    st.tuples(st.just("alias"), st.integers(0, 2), ROW, NAMES),
    st.tuples(st.just("add_claim"), st.integers(0, 2), ROW,
              st.sampled_from(["NL", "FR", "DE"])),
    st.tuples(st.just("review"), st.integers(0, 2), ROW,
              st.sampled_from(["accept", "reject", "dispute", "reopen"])),
    st.tuples(st.just("delete_claim"), st.integers(0, 2), ROW, st.just(0)),
    st.tuples(st.just("merge"), st.integers(0, 2), st.integers(0, 2), st.just(0)),
)


def _ids(project: Project, table: str) -> list[str]:
    with project.read() as session:
        return [r[0] for r in session.connection().exec_driver_sql(f"SELECT id FROM {table} ORDER BY rowid")]


def _pick(ids: list[str], index: int) -> str | None:
    return ids[index % len(ids)] if ids else None


def _apply(copies: list[Project], kind: str, which: int, a: object, b: object) -> None:
    project = copies[which % len(copies)]
    try:
        if kind == "add_record":
            records.add_record(project, "organisation", str(a))
        elif kind == "rename" and (rid := _pick(_ids(project, "record"), int(a))):  # type: ignore[arg-type]
            records.rename_record(project, rid, str(b))
        elif kind == "alias" and (rid := _pick(_ids(project, "record"), int(a))):  # type: ignore[arg-type]
            records.add_alias(project, rid, str(b))
        elif kind == "add_claim" and (rid := _pick(_ids(project, "record"), int(a))):  # type: ignore[arg-type]
            claims.add_claim(project, rid, "country", str(b))
        elif kind == "review" and (cid := _pick(_ids(project, "claim"), int(a))):  # type: ignore[arg-type]
            review.review_claim(project, cid, str(b))
        elif kind == "delete_claim" and (cid := _pick(_ids(project, "claim"), int(a))):  # type: ignore[arg-type]
            claims.delete_claim(project, cid)
        elif kind == "merge":
            merge_project(project, copies[int(a) % len(copies)].path)
    except ClaimdeskError:
        pass  # e.g. renaming to the same label is refused; the history goes on


def dump(path: Path, tables: tuple[str, ...] = VISIBLE) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the given tables, sorted, read straight from the file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def make_copies(folder: Path, count: int) -> list[Project]:
    """A small project and `count` copies of it (the first is the original)."""
    base = create_project(folder / "copy0.claimdesk", editor="editor0")
    for label, country in (("Nvidia", "US"), ("Mistral AI", "FR")):
        rec = records.add_record(base, "organisation", label)
        claims.add_claim(base, rec.id, "country", country)
    base.close()
    for i in range(1, count):
        backup_file(folder / "copy0.claimdesk", folder / f"copy{i}.claimdesk")
    return [open_project(folder / f"copy{i}.claimdesk", editor=f"editor{i}", backup=False)
            for i in range(count)]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(count=st.integers(2, 3), history=st.lists(step, min_size=8, max_size=20),
       order=st.permutations([0, 1, 2]))
def test_random_histories_converge(count: int, history: list[tuple[str, int, object, object]],
                                   order: list[int]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        copies = make_copies(folder, count)
        try:
            for kind, which, a, b in history:
                _apply(copies, kind, which, a, b)
            committed = set().union(*(set(_ids(c, "change_log")) for c in copies))
            # Every copy pulls every other copy as it was after the history, each in its own
            # order: A<-B and B<-A start from different states, so equal results show the
            # merge does not depend on which side is ours or on the order.
            frozen = [backup_file(c.path, folder / f"frozen{i}.claimdesk") for i, c in enumerate(copies)]
            order = [i for i in order if i < count]
            for i, copy in enumerate(copies):
                pulls = order[i % count:] + order[: i % count]
                for j in pulls:
                    if j != i:
                        merge_project(copy, frozen[j])
            states = [dump(c.path) for c in copies]
            for state in states[1:]:
                assert state == states[0], "copies did not converge"
            for c in copies:
                assert set(_ids(c, "change_log")) >= committed, "a committed edit was lost"
                assert check_project(c) == []
            tables = VISIBLE + ("change_log",)
            before = [dump(c.path, tables) for c in copies]
            for i, copy in enumerate(copies):
                for j in order:
                    assert merge_project(copy, frozen[j]).changes_in == 0
                    merge_project(copy, copies[j].path)
            assert [dump(c.path, tables) for c in copies] == before, "merging again changed data"
        finally:
            for c in copies:
                c.close()
