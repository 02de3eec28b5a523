"""A pulled USB stick or a power cut, approximated by SIGKILL at random points of long
import, edit and merge loops: every time, `check` passes and every committed change is there."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from database.backup import backup_file
from tests.conftest import REPO, run_cli

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")]
ENV = {**os.environ, "PYTHONUNBUFFERED": "1", "CLAIMDESK_EDITOR": "killer"}


def _kill_after(cmd: list[str], lines: int) -> list[str]:
    """Run `cmd`, SIGKILL it once it has printed `lines` lines; returns what it printed."""
    proc = subprocess.Popen(cmd, cwd=REPO, env=ENV, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    seen: list[str] = []
    for line in proc.stdout:
        seen.append(line.strip())
        if len(seen) >= lines:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=120)
    return seen


def _ids_in(path: Path, table: str) -> set[str]:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute(f"SELECT id FROM {table}")}
    finally:
        conn.close()


def test_killed_import_keeps_every_committed_document(tmp_path: Path) -> None:
    rng = random.Random(8)
    folder = tmp_path / "files"
    folder.mkdir()
    for i in range(200):
        (folder / f"bericht-{i:03}.txt").write_text(
            f"Bericht {i}: het datacenter {i} krijgt {i * 10} GPU's.\n", encoding="utf-8")
    path = tmp_path / "p.claimdesk"
    assert run_cli("init", path).code == 0
    committed: set[str] = set()
    for _ in range(4):
        printed = _kill_after([sys.executable, "-m", "app.cli", "import", str(path), str(folder)],
                              rng.randint(len(committed) + 5, len(committed) + 50))
        committed |= {line.split()[0] for line in printed if line}
        check = run_cli("check", path)
        assert check.code == 0, check.out + check.err
        assert committed <= _ids_in(path, "document")


_EDITS = """
import sys
from pathlib import Path
from app.core import claims, records, review
from app.core.merge import merge_project
from app.core.project import open_project
mine = open_project(Path(sys.argv[1]), editor="ann", backup=False)
theirs = open_project(Path(sys.argv[2]), editor="bob", backup=False)
for i in range(100000):
    rec = records.add_record(mine, "organisation", f"Org {i}")
    print("record", rec.id)
    claim = claims.add_claim(mine, rec.id, "country", "NL").claim
    review.review_claim(mine, claim.id, "accept")
    print("claim", claim.id)
    other = records.add_record(theirs, "facility", f"Site {i}")
    merge_project(mine, theirs.path)
    print("merged", other.id)
"""


def test_killed_edit_and_merge_loop_keeps_every_committed_change(tmp_path: Path) -> None:
    rng = random.Random(80)
    mine, theirs = tmp_path / "mine.claimdesk", tmp_path / "theirs.claimdesk"
    assert run_cli("init", mine).code == 0
    backup_file(mine, theirs)
    done: dict[str, set[str]] = {"record": set(), "claim": set(), "merged": set()}
    for _ in range(8):
        printed = _kill_after([sys.executable, "-c", _EDITS, str(mine), str(theirs)], rng.randint(2, 40))
        for line in printed:
            kind, row_id = line.split()
            done[kind].add(row_id)
        for path in (mine, theirs):
            check = run_cli("check", path)
            assert check.code == 0, check.out + check.err
        records_here = _ids_in(mine, "record")
        assert done["record"] | done["merged"] <= records_here
        assert done["claim"] <= _ids_in(mine, "claim")
        accepted = json.loads(run_cli("claims", mine, "--json", "--limit", "1000").out)
        assert {c["id"] for c in accepted if c["status"] == "accepted"} >= done["claim"]
