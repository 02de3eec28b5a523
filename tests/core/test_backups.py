"""Rolling backups, listing, pruning and restoring."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core import records
from app.core.backups import backup_if_due, backup_project, list_backups, restore_project
from app.core.errors import ProjectFileError
from app.core.project import Project, create_project, open_project
from app.core.records import list_records


def _labels(project: Project) -> list[str]:
    return sorted(r.record.label for r in list_records(project))


def test_open_makes_a_rolling_backup_at_most_once_per_interval(tmp_path: Path) -> None:
    path = tmp_path / "p.claimdesk"
    create_project(path).close()
    for _ in range(3):
        open_project(path).close()
    assert [b.reason for b in list_backups(path)] == ["rolling"]
    old = list_backups(path)[0].path
    os.utime(old, (old.stat().st_mtime - 7200, old.stat().st_mtime - 7200))
    assert backup_if_due(path) is not None
    assert len(list_backups(path)) == 2


def test_backups_keep_setting_prunes_old_copies(tmp_path: Path) -> None:
    from app.core.errors import InvalidValue
    from app.core.project_settings import get_project_setting, set_project_setting

    project = create_project(tmp_path / "p.claimdesk")
    assert get_project_setting(project, "backups_keep") == 10
    assert set_project_setting(project, "backups_keep", "3").value == 3
    with pytest.raises(InvalidValue, match="whole number"):
        set_project_setting(project, "backups_keep", "none")
    assert get_project_setting(project, "backups_keep") == 3
    for _ in range(5):
        backup_project(project.path)
    assert len(list_backups(project.path)) == 3
    project.close()


def test_restore_puts_the_backup_back_and_keeps_the_replaced_file(tmp_path: Path) -> None:
    project = create_project(tmp_path / "p.claimdesk")
    records.add_record(project, "organisation", "Nvidia")
    backup = backup_project(project.path)
    records.add_record(project, "organisation", "Mistral AI")
    with pytest.raises(ProjectFileError, match="open in another"):
        reopened = open_project(project.path, backup=False)  # holds the shared lock
        try:
            restore_project(project.path, backup)
        finally:
            reopened.close()
    project.close()
    result = restore_project(project.path, backup)
    assert result.previous_copy is not None
    restored = open_project(project.path, backup=False)
    assert _labels(restored) == ["Nvidia"]
    restored.close()
    kept = open_project(result.previous_copy, backup=False)
    assert _labels(kept) == ["Mistral AI", "Nvidia"]
    kept.close()


def test_restore_refuses_a_backup_of_another_project_or_a_non_project(tmp_path: Path) -> None:
    create_project(tmp_path / "p.claimdesk").close()
    create_project(tmp_path / "q.claimdesk").close()
    other = backup_project(tmp_path / "q.claimdesk")
    before = (tmp_path / "p.claimdesk").read_bytes()
    with pytest.raises(ProjectFileError, match="another project"):
        restore_project(tmp_path / "p.claimdesk", other)
    junk = tmp_path / "junk.claimdesk"
    junk.write_text("hello", encoding="utf-8")
    with pytest.raises(ProjectFileError, match="not a Claimdesk project"):
        restore_project(tmp_path / "p.claimdesk", junk)
    assert (tmp_path / "p.claimdesk").read_bytes() == before


def test_a_damaged_project_can_be_restored(tmp_path: Path) -> None:
    path = tmp_path / "p.claimdesk"
    project = create_project(path)
    records.add_record(project, "organisation", "Nvidia")
    backup = backup_project(path)
    project.close()
    path.write_bytes(b"\x00" * 8192)  # the stick was pulled at a bad moment
    result = restore_project(path, backup)
    assert result.previous_copy is not None and result.previous_copy.read_bytes() == b"\x00" * 8192
    restored = open_project(path, backup=False)
    assert _labels(restored) == ["Nvidia"]
    restored.close()
