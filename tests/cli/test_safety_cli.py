"""`merge`, `backup`, `backups`, `restore` from the command line; two processes at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from database.backup import backup_file
from tests.conftest import REPO, run_cli


def test_merge_backup_restore_round_trip(tmp_path: Path) -> None:
    a, b = tmp_path / "a.claimdesk", tmp_path / "b.claimdesk"
    assert run_cli("init", a).code == 0
    backup_file(a, b)
    assert run_cli("record", "add", b, "organisation", "Nvidia", editor="bob").code == 0
    merged = run_cli("merge", a, b, "--json")
    assert merged.code == 0, merged.err
    report = json.loads(merged.out)
    assert report["inserted"] == {"record": 1} and report["conflicts"] == []
    assert Path(report["backup"]).is_file()
    again = run_cli("merge", a, b)
    assert again.code == 0 and "nothing to merge" in again.out
    listed = json.loads(run_cli("backups", a, "--json").out)
    before_merge = [x for x in listed if x["reason"] == "before-merge"][0]["path"]
    restored = run_cli("restore", a, before_merge)
    assert restored.code == 0, restored.err
    assert "Nvidia" not in run_cli("records", a).out
    assert run_cli("check", a).code == 0
    manual = run_cli("backup", a)
    assert manual.code == 0 and Path(manual.out.strip()).is_file()


def test_merge_of_another_project_fails_with_one_sentence(tmp_path: Path) -> None:
    run_cli("init", tmp_path / "a.claimdesk")
    run_cli("init", tmp_path / "b.claimdesk")
    result = run_cli("merge", tmp_path / "a.claimdesk", tmp_path / "b.claimdesk")
    assert result.code == 2 and "not a copy of this project" in result.err
    assert "Traceback" not in result.err


_WRITER = """
import sys
from pathlib import Path
from app.core.project import open_project
from app.core.records import add_record
project = open_project(Path(sys.argv[1]), editor=sys.argv[2], backup=False)
for i in range(50):
    print(add_record(project, "organisation", f"{sys.argv[2]} {i}").id, flush=True)
project.close()
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.claimdesk"
    run_cli("init", path)
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(path), name], cwd=REPO,
                              stdout=subprocess.PIPE, text=True) for name in ("ann", "bob")]
    ids = set()
    for proc in procs:
        out, _ = proc.communicate(timeout=300)
        assert proc.returncode == 0
        ids |= set(out.split())
    assert len(ids) == 100
    listed = json.loads(run_cli("records", path, "--json", "--limit", "500").out)
    assert ids <= {r["id"] for r in listed}
    assert run_cli("check", path).code == 0


_HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()  # hold the write lock until the test says so
conn.execute("ROLLBACK")
"""


def test_a_write_lock_held_too_long_gives_the_busy_sentence(tmp_path: Path) -> None:
    path = tmp_path / "p.claimdesk"
    run_cli("init", path)
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = run_cli("record", "add", path, "organisation", "Nvidia")
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=60)
    assert result.code == 2
    assert "busy in another program" in result.err and "Traceback" not in result.err
    assert "Nvidia" not in run_cli("records", path).out
    assert os.path.exists(path)
