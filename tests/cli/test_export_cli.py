"""`claimdesk export`, `template` and `import-workbook` as a user runs them: subprocesses."""

from __future__ import annotations

import base64
import json
import os
import re
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.core.test_workbook_export import EVIL, _orm_claim, build_project

CLAIMDESK = [sys.executable, "-m", "app.cli"]


def run(*args: str, preexec=None) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    env = {**os.environ, "CLAIMDESK_EDITOR": "carol"}
    return subprocess.run([*CLAIMDESK, *args], capture_output=True, text=True, env=env, timeout=120,
                          preexec_fn=preexec)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.claimdesk"
    build_project(path).project.close()
    return path


def test_export_writes_numbers_links_and_quotes(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "ministry.xlsx"
    done = run("export", str(project), str(out), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "5 records" in done.stdout
    wb = load_workbook(out)
    ws = wb["Facility"]
    header = {c.value: c.column for c in ws[1]}
    row = next(c.row for c in ws["B"] if c.value == "AI-fabriek Groningen")
    cell = ws.cell(row, header["GPUs (GPU)"])
    assert cell.data_type == "n" and cell.value == 18000 and cell.number_format == "#,##0"
    sheet, coord = cell.hyperlink.location.split("!")
    assert sheet == "'Claims'"
    claims = wb["Claims"]
    quote_col = next(c.column for c in claims[1] if c.value == "Quote")
    assert claims.cell(claims[coord].row, quote_col).value == "18000 GPU's"


def test_formula_label_is_neutralised(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "ministry.xlsx"
    assert run("export", str(project), str(out)).returncode == 0
    ws = load_workbook(out)["Organisation"]
    cell = next(c for c in ws["B"] if c.value == EVIL)
    assert cell.data_type == "s" and cell.quotePrefix
    with zipfile.ZipFile(out) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and not any(re.search(rb"<f[ >]", z.read(n)) for n in sheets)


def test_a_folder_as_target_is_one_line_and_exit_2(project: Path, tmp_path: Path) -> None:
    done = run("export", str(project), str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "is a folder" in done.stderr


def test_read_only_folder_is_one_line_and_exit_2(project: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        done = run("export", str(project), str(locked / "out.xlsx"))
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and "permission denied" in done.stderr
    finally:
        locked.chmod(0o700)


def _small_files() -> None:
    # Files over 64 KB cannot be written: the export fails half-way, as on a full disk.
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_a_failed_write_keeps_the_previous_workbook(tmp_path: Path) -> None:
    built = build_project(tmp_path / "p.claimdesk")
    # Text that does not compress makes the workbook larger than the file-size cap below.
    _orm_claim(built.project, built.facility, "city", kind="text",
               value_text=base64.b64encode(os.urandom(60_000)).decode(), status="proposed")
    built.project.close()
    project = built.project.path
    out = tmp_path / "ministry.xlsx"
    assert run("export", str(project), str(out)).returncode == 0
    before = out.read_bytes()
    done = run("export", str(project), str(out), "--status", "accepted", "--status", "proposed",
               preexec=_small_files)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "previous file is unchanged" in done.stderr
    assert out.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".claimdesk-export")]


def test_templates_through_the_command_line(project: Path, tmp_path: Path) -> None:
    toml = tmp_path / "nl.toml"
    toml.write_text('name = "nl"\nlang = "nl"\n[[sheets]]\ntype = "facility"\nfields = ["gpu_count"]\n'
                    '[[sheets.filters]]\nfield = "country"\nop = "eq"\nvalue = "BE"\n', encoding="utf-8")
    assert run("template", "add", str(project), str(toml)).returncode == 0
    listed = json.loads(run("template", "list", str(project), "--json").stdout)
    assert sorted(t["name"] for t in listed) == ["ministry", "nl"]
    assert "gpu_count" in run("template", "show", str(project), "nl").stdout
    out = tmp_path / "nl.xlsx"
    assert run("export", str(project), str(out), "--template", "nl").returncode == 0
    ws = load_workbook(out)["Faciliteit"]
    assert [c.value for c in ws["B"]] == ["Naam", "Datacenter Antwerpen"]
    assert run("template", "remove", str(project), "nl").returncode == 0
    missing = run("export", str(project), str(out), "--template", "nl")
    assert missing.returncode == 2 and "no template named 'nl'" in missing.stderr


def test_import_workbook_round_trip(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "ministry.xlsx"
    assert run("export", str(project), str(out)).returncode == 0
    wb = load_workbook(out)
    ws = wb["Facility"]
    header = {c.value: c.column_letter for c in ws[1]}
    row = next(c.row for c in ws["B"] if c.value == "Datacenter Antwerpen")
    ws[f"{header['GPUs (GPU)']}{row}"] = 640
    returned = tmp_path / "returned.xlsx"
    wb.save(returned)
    first = run("import-workbook", str(project), str(returned), "--json")
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert [p["line"] for p in data["proposed"]] == [f"Facility!{header['GPUs (GPU)']}{row}: 500 GPU → 640"]
    second = json.loads(run("import-workbook", str(project), str(returned), "--json").stdout)
    assert second["already_imported"] and second["proposed"] == []
    csv_dir = tmp_path / "csv"
    assert run("export", str(project), str(csv_dir), "--format", "csv", "--status", "proposed").returncode == 0
    assert "640" in (csv_dir / "Facility.csv").read_text(encoding="utf-8-sig")
