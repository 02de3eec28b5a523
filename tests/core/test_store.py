"""The project file: migrations, pragmas, change log, search, refusal of foreign files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel, select

from app.core import documents, records
from app.core.errors import ClaimdeskError, ProjectFileError
from app.core.project import Project, create_project, open_project
from database.fts import search_documents
from database.revisions import head_revision
from database.migrations.env_filter import include_object
from database.models import ChangeLog, Record


def test_new_project_is_at_head_and_models_match_migrations(project: Project) -> None:
    with project.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        assert ctx.get_current_revision() == head_revision()
        assert compare_metadata(ctx, SQLModel.metadata) == []


def test_pragmas_protect_committed_edits(project: Project) -> None:
    with project.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_default_schema_installed(project: Project) -> None:
    from app.core.schema import fields_of, record_types

    with project.read() as session:
        types = {t.key: t for t in record_types(session)}
        assert {"organisation", "facility", "programme", "funding_commitment"} <= set(types)
        facility = {f.key: f for f in fields_of(session, types["facility"].id)}
    assert facility["gpu_count"].datatype == "quantity" and facility["gpu_count"].unit == "GPU"
    assert facility["investment"].currency == "EUR"
    assert facility["operator"].ref_type == "organisation"
    assert facility["kind"].label_nl == "Soort"


def test_every_change_is_logged_in_its_transaction(project: Project) -> None:
    rec = records.add_record(project, "organisation", "Nvidia", ["NVIDIA Corporation"])
    records.rename_record(project, rec.id, "NVIDIA")
    with project.read() as session:
        entries = session.exec(select(ChangeLog).where(ChangeLog.row_id == rec.id)).all()
    ops = sorted((e.op, e.action) for e in entries)
    assert ops == [("insert", "add record"), ("update", "rename record")]
    update = next(e for e in entries if e.op == "update")
    assert update.before["label"] == "Nvidia" and update.after["label"] == "NVIDIA"
    assert update.editor == "tester"


def test_failed_use_case_writes_nothing(project: Project) -> None:
    def count(session: object) -> int:
        return len(project.engine.connect().exec_driver_sql("SELECT id FROM change_log").all())

    before = count(None)
    with pytest.raises(ClaimdeskError):
        records.add_record(project, "no-such-type", "X")
    assert count(None) == before
    with project.read() as session:
        assert session.exec(select(Record)).all() == []


def test_search_folds_diacritics(project: Project, tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Titel\n\nDe Kamer is geïnformeerd over de gigafábriek in Groningen.\n", "utf-8")
    result = documents.import_file(project, src)
    assert result.status == "imported"
    with project.read() as session:
        for query in ("gigafabriek", "geinformeerd", "GEÏNFORMEERD", "groning"):
            hits = search_documents(session, query)
            assert [h.document_id for h in hits] == [result.document_id], query
        assert search_documents(session, 'unrelated "quote') == []


def test_same_bytes_twice_is_one_document(project: Project, tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Een tekst over AI-fabrieken.\n", "utf-8")
    first = documents.import_file(project, src)
    copy = tmp_path / "b.txt"
    copy.write_bytes(src.read_bytes())
    second = documents.import_file(project, copy)
    assert (first.status, second.status) == ("imported", "present")
    assert second.document_id == first.document_id
    assert documents.count_documents(project) == 1


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    fake = tmp_path / "notes.claimdesk"
    fake.write_text("just some notes", "utf-8")
    before = _sha(fake)
    with pytest.raises(ProjectFileError, match="not a Claimdesk project"):
        open_project(fake)
    assert _sha(fake) == before
    assert not Path(f"{fake}-wal").exists()


def test_other_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.claimdesk"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = _sha(other)
    with pytest.raises(ProjectFileError, match="not a Claimdesk project"):
        open_project(other)
    assert _sha(other) == before


def test_project_from_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.claimdesk"
    create_project(path, editor="t").close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = _sha(path)
    with pytest.raises(ProjectFileError, match="newer version of Claimdesk"):
        open_project(path)
    assert _sha(path) == before


def test_create_refuses_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "p.claimdesk"
    create_project(path, editor="t").close()
    with pytest.raises(ProjectFileError, match="already exists"):
        create_project(path)


def test_broken_schema_file_leaves_no_project(tmp_path: Path) -> None:
    schema = tmp_path / "bad.toml"
    schema.write_text("[[types]]\nkey = 'x'\nlabel_en = 'X'\nfields = [{ key = 'y', datatype = 'colour', label_en = 'Y' }]\n")
    with pytest.raises(ClaimdeskError, match="not valid"):
        create_project(tmp_path / "p.claimdesk", schema=str(schema))
    assert not (tmp_path / "p.claimdesk").exists()


def test_listing_pages_in_sql(project: Project, tmp_path: Path) -> None:
    for i in range(7):
        (tmp_path / f"d{i}.txt").write_text(f"Document {i} over datacenters.\n", "utf-8")
    documents.import_paths(project, [tmp_path])
    first = documents.list_documents(project, limit=5)
    second = documents.list_documents(project, limit=5, offset=5)
    assert len(first) == 5 and len(second) == 2
    assert not {r.document.id for r in first} & {r.document.id for r in second}
    with project.engine.connect() as conn:
        plan = " ".join(str(r) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT * FROM claim WHERE record_id = 'x' AND status = 'accepted'"
        ).all())
    assert "USING INDEX" in plan
    assert sa.inspect(project.engine).get_indexes("evidence")


def test_damaged_project_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.claimdesk"
    proj = create_project(path, editor="t")
    for i in range(50):
        records.add_record(proj, "organisation", f"Organisatie {i}")
    proj.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page : 6 * page] = b"\xde\xad\xbe\xef" * (3 * page // 4)
    path.write_bytes(bytes(data))
    before = _sha(path)
    with pytest.raises(ProjectFileError, match="damaged|not a Claimdesk project"):
        open_project(path)
    assert _sha(path) == before


def test_revision_files_form_the_linear_history_alembic_sees() -> None:
    from alembic.script import ScriptDirectory

    from database.migrate import alembic_config
    from database.revisions import known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert chain == known_revisions()
    assert script.get_current_head() == head_revision()
