"""The whole curation loop through the `claimdesk` command, as a script would run it."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import CliResult, run_cli

OUR_TEXT = (
    "date 2025-06-11\n\nMistral bouwt rekencentrum\n\n"
    "Mistral AI zet 18.000 Blackwell-GPU's in bij een nieuw rekencentrum in Essonne. "
    "De Europese Commissie trekt 2,1 miljard euro uit voor supercomputers. 🚀\n"
)


def _ok(result: CliResult) -> str:
    assert result.code == 0, result.err
    return result.out.strip()


def _json(result: CliResult) -> object:
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_full_loop(tmp_path: Path) -> None:
    proj = tmp_path / "loop.claimdesk"
    _ok(run_cli("init", proj, "--name", "Loop"))
    src = tmp_path / "bron.txt"
    src.write_text(OUR_TEXT, "utf-8")
    imported = _json(run_cli("import", proj, src, "--json"))
    assert imported[0]["status"] == "imported"
    doc_id = imported[0]["id"]

    shown = _json(run_cli("show", proj, doc_id[:8], "--json"))
    assert shown["published"] == "2025-06-11" and "18.000 Blackwell" in shown["text"]

    ann = _ok(run_cli("annotate", proj, doc_id, "--quote", "18.000 Blackwell-GPU's"))
    rec = _ok(run_cli("record", "add", proj, "facility", "Mistral Compute Essonne",
                      "--alias", "Mistral Essonne"))
    claim = _json(run_cli("claim", "add", proj, "Mistral Essonne", "gpu_count", "18.000",
                          "--evidence", ann, "--json"))
    assert claim["amount"] == 18000 and claim["unit"] == "GPU" and claim["record_id"] == rec
    assert claim["evidence"][0]["quote"] == "18.000 Blackwell-GPU's"
    review = _json(run_cli("claim", "review", proj, claim["id"], "accept", "--note", "ok",
                           "--json", editor="reviewer"))
    assert review["status"] == "accepted" and review["reviewed_by"] == "reviewer"

    listed = _json(run_cli("claims", proj, "--status", "accepted", "--json"))
    assert [c["id"] for c in listed] == [claim["id"]]
    assert _json(run_cli("records", proj, "--type", "facility", "--json"))[0]["id"] == rec
    assert _json(run_cli("search", proj, "blackwell", "--json"))[0]["document_id"] == doc_id
    history = _json(run_cli("history", proj, claim["id"], "--json"))
    assert {h["action"] for h in history} >= {"add claim", "accept claim"}

    out = tmp_path / "export.xlsx"
    _ok(run_cli("export", proj, out))
    _assert_workbook_traces(out, quote="18.000 Blackwell-GPU's", value=18000)
    assert _json(run_cli("check", proj, "--json"))["ok"] is True


def _assert_workbook_traces(path: Path, quote: str, value: int) -> None:
    wb = load_workbook(path)
    values = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert value in values, "the claimed number is a numeric cell"
    assert quote in values, "the quote that supports it is in the workbook"


def test_corpus_loop(tmp_path: Path, corpus_dir: Path) -> None:
    proj = tmp_path / "corpus.claimdesk"
    _ok(run_cli("init", proj))
    imported = _json(run_cli("import", proj, corpus_dir, "--json"))
    assert len(imported) == 5 and {r["status"] for r in imported} == {"imported"}
    docs = _json(run_cli("docs", proj, "--json"))
    assert all(d["published"] is None or d["published"][:4] == "2025" for d in docs)
    nvidia = next(d for d in docs if "nvidia" in d["filename"])
    ann = _ok(run_cli("annotate", proj, nvidia["id"], "--quote", "18.000"))
    _ok(run_cli("record", "add", proj, "organisation", "Mistral AI", "--alias", "Mistral"))
    _ok(run_cli("record", "add", proj, "facility", "Mistral-datacenter Essonne"))
    claim = _json(run_cli("claim", "add", proj, "Mistral-datacenter Essonne", "gpu_count",
                          "18.000", "--evidence", ann, "--json"))
    _ok(run_cli("claim", "review", proj, claim["id"], "accept"))
    out = tmp_path / "corpus.xlsx"
    _ok(run_cli("export", proj, out, "--lang", "nl"))
    _assert_workbook_traces(out, quote="18.000", value=18000)
    check = run_cli("check", proj)
    assert check.code == 0 and "no problems" in check.out


def test_expected_failures_are_one_line_exit_2(tmp_path: Path) -> None:
    proj = tmp_path / "p.claimdesk"
    _ok(run_cli("init", proj))
    (tmp_path / "a.txt").write_text("Titel\n\nEen zin over 5 datacenters en 5 fabrieken.\n", "utf-8")
    doc = _json(run_cli("import", proj, tmp_path / "a.txt", "--json"))[0]["id"]
    _ok(run_cli("record", "add", proj, "facility", "Essonne"))
    cases = [
        ("claims", tmp_path / "missing.claimdesk"),
        ("claim", "add", proj, "Nowhere", "gpu_count", "5"),
        ("claim", "add", proj, "Essonne", "gpu_count", "binnenkort meer"),
        ("claim", "add", proj, "Essonne", "colour", "5"),
        ("annotate", proj, doc, "--quote", "not there"),
        ("annotate", proj, doc, "--quote", "5"),
        ("record", "add", proj, "spaceship", "X"),
        ("claim", "review", proj, "00000000", "accept"),
        ("init", proj),
    ]
    before = _json(run_cli("history", proj, "--json", "--limit", "1000"))
    for args in cases:
        result = run_cli(*args)
        assert result.code == 2, (args, result.out, result.err)
        assert len(result.err.strip().splitlines()) == 1, result.err
        assert "Traceback" not in result.err
    assert _json(run_cli("history", proj, "--json", "--limit", "1000")) == before


def test_import_reports_bad_files_and_keeps_going(tmp_path: Path) -> None:
    proj = tmp_path / "p.claimdesk"
    _ok(run_cli("init", proj))
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text("Goed\n\nEen goed document.\n", "utf-8")
    (folder / "sub" / "also.md").write_text("# Ook goed\n\nNog een document.\n", "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    result = run_cli("import", proj, folder)
    assert result.code == 1
    assert len(result.out.strip().splitlines()) == 2
    assert "empty.txt" in result.err and "Traceback" not in result.err
    again = run_cli("import", proj, folder / "good.txt")
    assert again.code == 0 and "already present" in again.out
