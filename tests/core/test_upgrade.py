"""Opening projects of older revisions (kept as fixtures) upgrades them after a backup;
newer, foreign and damaged files are refused and left byte for byte as they were."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.core.backups import list_backups
from app.core.errors import ProjectFileError
from app.core.integrity import check_project
from app.core.project import create_project, open_project
from app.core.records import list_records
from database.revisions import head_revision

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("revision", ["0001", "0002", "0003"])
def test_older_project_is_upgraded_after_a_backup(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.claimdesk"
    shutil.copy(FIXTURES / f"project-rev{revision}.claimdesk", path)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        original = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    project = open_project(path)
    try:
        with project.read() as session:
            assert session.connection().exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar() == head_revision()
        labels = sorted(r.record.label for r in list_records(project))
        assert labels == ["AI Factory Groningen", "Nvidia"]
        assert check_project(project) == []
    finally:
        project.close()
    upgrade_backups = [b for b in list_backups(path) if b.reason == f"before-upgrade-{revision}"]
    assert len(upgrade_backups) == 1
    conn = sqlite3.connect(f"file:{upgrade_backups[0].path}?mode=ro", uri=True)
    try:  # the backup is the file as it was: same revision, same rows
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
        assert conn.execute("SELECT count(*) FROM change_log").fetchone() == (original,)
    finally:
        conn.close()


def test_newer_revision_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.claimdesk"
    create_project(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = _hash(path)
    with pytest.raises(ProjectFileError, match="newer version of Claimdesk"):
        open_project(path)
    assert _hash(path) == before
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize("kind", ["sqlite", "text", "damaged"])
def test_foreign_or_damaged_files_are_refused_untouched(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "thing.claimdesk"
    if kind == "sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (x TEXT)")
        conn.commit()
        conn.close()
    elif kind == "text":
        path.write_text("meeting notes, not a project\n", encoding="utf-8")
    else:
        shutil.copy(FIXTURES / "project-rev0002.claimdesk", path)
        data = bytearray(path.read_bytes())
        data[4096 * 3: 4096 * 6] = b"\xff" * (4096 * 3)  # scribble over table pages
        path.write_bytes(bytes(data))
    before = _hash(path)
    with pytest.raises(ProjectFileError, match="not a Claimdesk project|damaged"):
        open_project(path)
    assert _hash(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.claimdesk"]
