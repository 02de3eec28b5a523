"""Export benchmark: 20,000 records and 100,000 claims; prints seconds, peak memory and the ratio
to openpyxl's write-only mode writing the same cells with no logic at all.

    .venv/bin/python tests/bench/export_bench.py [--records 20000] [--claims 100000] [--keep DIR]

Each measurement runs in a fresh process so its peak resident memory is its own.
Not a test: pytest does not collect tests/bench.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TYPE_SHARE = {"organisation": 0.25, "facility": 0.30, "programme": 0.05, "funding_commitment": 0.40}
COUNTRIES = ["NL", "BE", "DE", "FR", "IT", "ES", "FI", "SE", "PL", "AT", "DK", "IE", "PT", "CZ"]
DOCS = 200


def peak_mb() -> float:
    """This process's peak resident memory (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(path: Path, n_records: int, n_claims: int) -> None:
    """A bench project with bulk inserts in one transaction (no change log: a fixture, not a use case)."""
    import sqlalchemy as sa

    from app.core.project import create_project
    from database.models import (Annotation, Claim, Document, DocumentText, Evidence, FieldDef, Record,
                                 RecordType, new_id, utc_now)

    rng = random.Random(5)
    project = create_project(path, name="Bench", editor="bench")
    now = utc_now()
    with project.write("bench fixture") as session:
        types = {t.key: t for t in session.exec(sa.select(RecordType)).scalars()}
        fields = {t: [f for f in session.exec(sa.select(FieldDef).where(FieldDef.record_type_id == types[t].id)).scalars()]
                  for t in types}
        docs, texts = [], []
        for i in range(DOCS):
            text = " ".join(f"Zin {j} van bericht {i} noemt {rng.randint(1, 99999)} GPU's en {rng.randint(1, 900)} miljoen euro."
                            for j in range(60))
            docs.append(dict(id=new_id(), title=f"Bericht {i:03d} over AI-infrastructuur", format="txt",
                             publisher=f"Uitgever {i % 17}", published=f"2025-{1 + i % 12:02d}",
                             url=f"https://example.org/bericht/{i}", filename=f"bericht-{i}.txt",
                             sha256=f"{i:064x}", byte_size=len(text), char_count=len(text),
                             imported_at=now, imported_by="bench"))
            texts.append(dict(document_id=docs[-1]["id"], text=text))
        session.execute(sa.insert(Document), docs)
        session.execute(sa.insert(DocumentText), texts)
        recs: dict[str, list[str]] = {}
        rows = []
        for key, share in TYPE_SHARE.items():
            for i in range(int(n_records * share)):
                rid = new_id()
                recs.setdefault(key, []).append(rid)
                rows.append(dict(id=rid, record_type_id=types[key].id, label=f"{key.title()} {i:05d}",
                                 description="", created_at=now, created_by="bench", updated_at=now))
        session.execute(sa.insert(Record), rows)
        claims, anns, evs = _claims(rng, recs, fields, docs, texts, n_claims, now)
        for chunk in range(0, len(claims), 20000):
            session.execute(sa.insert(Claim), claims[chunk:chunk + 20000])
        for chunk in range(0, len(anns), 20000):
            session.execute(sa.insert(Annotation), anns[chunk:chunk + 20000])
            session.execute(sa.insert(Evidence), evs[chunk:chunk + 20000])
    project.close()


def _value(rng: random.Random, f, recs: dict[str, list[str]]) -> dict:  # type: ignore[no-untyped-def]
    d = f.datatype
    if d == "money":
        amount = Decimal(rng.randint(1, 5000)) * 1_000_000
        if rng.random() < 0.1:
            return dict(kind="money", value_text="range", lower=amount, upper=amount * 2, currency="EUR")
        return dict(kind="money", value_text=str(amount), amount=amount, currency="EUR",
                    approximate=rng.random() < 0.2)
    if d in ("quantity", "number"):
        amount = Decimal(rng.randint(1, 100_000))
        return dict(kind="quantity", value_text=str(amount), amount=amount, unit=f.unit)
    if d == "date":
        precision = rng.choice(["year", "month", "day"])
        iso = {"year": "2025", "month": "2025-06", "day": "2025-06-11"}[precision]
        return dict(kind="date", value_text=iso, date=iso, precision=precision)
    if d == "period":
        return dict(kind="period", value_text="2021-2027", date="2021", date_end="2027", precision="year")
    if d == "reference":
        target = rng.choice(recs[f.ref_type])
        return dict(kind="reference", value_text="ref", ref_record_id=target)
    if d == "enum":
        return dict(kind="enum", value_text=rng.choice(f.choices))
    if d == "boolean":
        return dict(kind="boolean", value_text=rng.choice(["true", "false"]))
    if d == "url":
        return dict(kind="url", value_text=f"https://example.org/{rng.randint(1, 10**6)}")
    return dict(kind="text", value_text=rng.choice(COUNTRIES) if f.key == "country" else f"Plaats {rng.randint(1, 500)}")


def _claims(rng, recs, fields, docs, texts, n_claims, now):  # type: ignore[no-untyped-def]
    from database.models import new_id

    claims, anns, evs = [], [], []
    pairs = [(key, rid) for key, ids in recs.items() for rid in ids]
    per_record = n_claims // len(pairs)
    extra = n_claims - per_record * len(pairs)
    for index, (key, rid) in enumerate(pairs):
        for k in range(per_record + (1 if index < extra else 0)):
            f = fields[key][k % len(fields[key])]
            first = k < len(fields[key])
            status = "accepted" if first and rng.random() < 0.85 else rng.choice(["proposed", "rejected", "disputed"])
            cid = new_id()
            row = dict.fromkeys(("amount", "lower", "upper", "unit", "currency", "date", "date_end",
                                 "precision", "ref_record_id", "reviewed_by", "reviewed_at"))
            row.update(id=cid, record_id=rid, field_id=f.id, approximate=False, status=status,
                       created_at=now, created_by="bench", updated_at=now)
            row.update(_value(rng, f, recs))
            claims.append(row)
            if status == "accepted":
                claims[-1].update(reviewed_by="reviewer", reviewed_at=now)
            d = rng.randrange(len(docs))
            start = rng.randrange(0, len(texts[d]["text"]) - 120)
            aid = new_id()
            anns.append(dict(id=aid, document_id=docs[d]["id"], start=start, end=start + 100,
                             quote=texts[d]["text"][start:start + 100], prefix="", suffix="", orphaned=False,
                             created_at=now, created_by="bench"))
            evs.append(dict(id=new_id(), claim_id=cid, annotation_id=aid, created_at=now, created_by="bench"))
    return claims, anns, evs


def run_export(project: Path, out: Path) -> dict:  # type: ignore[type-arg]
    """Our export, timed."""
    from app.core.export.workbook import export_workbook
    from app.core.project import open_project

    p = open_project(project, backup=False) if "backup" in open_project.__code__.co_varnames else open_project(project)
    opened_mb = peak_mb()  # opening a freshly built project (WAL checkpoint) can peak before the export runs
    started = time.perf_counter()
    report = export_workbook(p, out)
    seconds = time.perf_counter() - started
    p.close()
    return {"seconds": seconds, "peak_mb": peak_mb(), "opened_mb": opened_mb, **report.counts(),
            "links_dropped": report.links_dropped}


def run_baseline(workbook: Path, out: Path) -> dict:  # type: ignore[type-arg]
    """openpyxl write-only writing the same cell values, no styles, links or notes: the yardstick."""
    from openpyxl import Workbook, load_workbook

    src = load_workbook(workbook, read_only=True)
    sheets = [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)]) for ws in src.worksheets]
    src.close()
    cells = sum(sum(v is not None for v in row) for _, rows in sheets for row in rows)
    started = time.perf_counter()
    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)
    return {"seconds": time.perf_counter() - started, "cells": cells}


def written_cells(workbook: Path) -> dict[str, int]:
    """Value cells, notes and links as stored in a workbook's XML, counted the same way for both files."""
    import re
    import zipfile

    value_end = re.compile(rb"</v></c>|</is></c>")
    counts = {"cells": 0, "notes": 0, "links": 0}
    with zipfile.ZipFile(workbook) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                tail = b""
                with z.open(name) as fh:
                    while True:
                        chunk = fh.read(1 << 20)
                        data = tail + chunk
                        # whole rows (or the rest of the part) only, so no cell is split between chunks
                        end = data.rfind(b"</row>")
                        cut = len(data) if not chunk else end + 6 if end >= 0 else 0
                        counts["cells"] += len(value_end.findall(data, 0, cut))
                        counts["links"] += data.count(b"<hyperlink ", 0, cut)
                        tail = data[cut:]
                        if not chunk:
                            break
            elif name.startswith("xl/comments"):
                counts["notes"] += z.read(name).count(b"<comment ")
    return counts


def _child(mode: str, *paths: Path) -> dict:  # type: ignore[type-arg]
    done = subprocess.run([sys.executable, __file__, f"--{mode}", *map(str, paths)],
                          capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="keep the project and workbooks in this folder")
    parser.add_argument("--export", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.export:
        print(json.dumps(run_export(*args.export)))
        return
    if args.baseline:
        print(json.dumps(run_baseline(*args.baseline)))
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="claimdesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    project = folder / "bench.claimdesk"
    if not project.exists():
        started = time.perf_counter()
        build(project, args.records, args.claims)
        print(f"built {args.records:,} records / {args.claims:,} claims in {time.perf_counter() - started:.1f} s")
    ours = _child("export", project, folder / "export.xlsx")
    base = _child("baseline", folder / "export.xlsx", folder / "baseline.xlsx")
    print(f"export: {ours['seconds']:.1f} s, peak {ours['peak_mb']:.0f} MB (after opening the project: "
          f"{ours['opened_mb']:.0f} MB) "
          f"({ours['records']:,} records, {ours['claims']:,} claims exported, {ours['conflicts']:,} conflicts, "
          f"{ours['links_dropped']:,} links over Excel's per-sheet limit)")
    mine, theirs = written_cells(folder / "export.xlsx"), written_cells(folder / "baseline.xlsx")
    print(f"cells with a value: export {mine['cells']:,} (+{mine['notes']:,} notes, {mine['links']:,} links), "
          f"baseline {theirs['cells']:,} (read back from the export: {base['cells']:,})")
    if not mine["cells"] == theirs["cells"] == base["cells"]:
        print("WARNING: the two sides did not write the same cells; the ratio compares unlike work")
    print(f"openpyxl write-only, same {base['cells']:,} cells, no logic: {base['seconds']:.1f} s")
    print(f"ratio: {ours['seconds'] / base['seconds']:.2f} (goal < 1.25); "
          f"workbook {(folder / 'export.xlsx').stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
