"""Scale benchmark for the project store (not part of the test run).

Builds a project of 10,000 documents, 100,000 annotations, 100,000 claims and
20,000 records (bulk rows written straight into a migrated project file), then
prints the timings the store issue sets goals for:

    python tests/bench/store_bench.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.claim_views import list_claims  # noqa: E402
from app.core.documents import list_documents  # noqa: E402
from app.core.listing import preview_documents  # noqa: E402
from app.core.project import create_project, open_project  # noqa: E402
from app.core.queue import review_queue  # noqa: E402
from app.core.record_views import record_table  # noqa: E402
from database.fts import search_documents  # noqa: E402

N_DOCS, N_RECORDS, N_ANNOTATIONS, N_CLAIMS = 10_000, 20_000, 100_000, 100_000
COMMON = ("de", "het", "een", "van", "en", "datacenter", "europa", "ai")
WORDS = ("gigafabriek", "rekenkracht", "investering", "miljard", "euro", "chips", "gpu",
         "supercomputer", "netbeheer", "stroom", "kabinet", "subsidie", "regio", "bedrijf",
         "onderzoek", "model", "taalmodel", "opslag", "koeling", "energie", "groningen",
         "fabriek", "programma", "fonds", "aanbesteding", "consortium", "locatie", "capaciteit")


def _uid() -> str:
    return str(uuid.uuid4())


def _text(rng: random.Random, n_words: int) -> str:
    words = [rng.choice(WORDS) if rng.random() < 0.7 else rng.choice(COMMON) for _ in range(n_words)]
    if rng.random() < 0.02:
        words[rng.randrange(n_words)] = "waterstofcentrale"  # an ordinary, rarer term
    return " ".join(words) + "."


def build(path: Path, rng: random.Random) -> None:
    create_project(path, editor="bench").close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("BEGIN")
    types = conn.execute("SELECT id FROM record_type").fetchall()
    # Each claim is about a field of its record's own type, as the core enforces.
    numeric: dict[str, list[tuple[str, str]]] = {}
    for fid, type_id, datatype in conn.execute(
            "SELECT id, record_type_id, datatype FROM field_def WHERE datatype IN ('quantity','money')"):
        numeric.setdefault(type_id, []).append((fid, datatype))
    docs, texts = [], {}
    now = "2026-01-01T00:00:00.000000Z"
    for i in range(N_DOCS):
        did, text = _uid(), _text(rng, 300)
        texts[did] = text
        docs.append(did)
        conn.execute("INSERT INTO document (id,title,format,filename,sha256,byte_size,char_count,"
                     "imported_at,imported_by,published) VALUES (?,?,?,?,?,?,?,?,?,?)",
                     (did, f"Document {i}", "txt", f"d{i}.txt", uuid.uuid4().hex, len(text),
                      len(text), f"2026-01-01T{i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d}.000000Z",
                      "bench", f"20{rng.randint(18, 26)}"))
        conn.execute("INSERT INTO document_text VALUES (?,?)", (did, text))
        conn.execute("INSERT INTO document_file VALUES (?,?)", (did, text.encode()))
        conn.execute("INSERT INTO document_fts (document_id,title,body) VALUES (?,?,?)",
                     (did, f"Document {i}", text))
    records = [(_uid(), rng.choice(types)[0]) for _ in range(N_RECORDS)]
    conn.executemany("INSERT INTO record (id,record_type_id,label,description,created_at,created_by,"
                     "updated_at) VALUES (?,?,?,'',?,?,?)",
                     [(rid, t, f"Record {i}", now, "bench", now) for i, (rid, t) in enumerate(records)])
    anns = []
    for _ in range(N_ANNOTATIONS):
        did = rng.choice(docs)
        start = rng.randrange(0, 200)
        end = start + 20
        anns.append((_uid(), did, start, end, texts[did][start:end], "", "", now, "bench"))
    conn.executemany("INSERT INTO annotation (id,document_id,start,\"end\",quote,prefix,suffix,"
                     "orphaned,created_at,created_by) VALUES (?,?,?,?,?,?,?,0,?,?)", anns)
    claims, evidence = [], []
    for i in range(N_CLAIMS):
        cid, (rid, _t) = _uid(), rng.choice(records)
        fid, kind = rng.choice(numeric[_t])
        stamp = f"2026-01-01T00:{i // 6000 % 60:02d}:{i // 100 % 60:02d}.{i:06d}Z"
        claims.append((cid, rid, fid, kind, str(i), str(i), "EUR" if kind == "money" else None,
                       rng.choice(("proposed", "accepted")), stamp, "bench", stamp))
        evidence.append((_uid(), cid, anns[i % len(anns)][0], stamp, "bench"))
    conn.executemany("INSERT INTO claim (id,record_id,field_id,kind,value_text,amount,currency,status,"
                     "approximate,created_at,created_by,updated_at) VALUES (?,?,?,?,?,?,?,?,0,?,?,?)",
                     claims)
    conn.executemany("INSERT INTO evidence (id,claim_id,annotation_id,created_at,created_by) "
                     "VALUES (?,?,?,?,?)", evidence)
    conn.commit()
    conn.close()
    # Closing a project refreshes the planner's statistics, as any real session would have.
    open_project(path, backup=False).close()


def open_and_close(path: Path, repeat: int = 10) -> tuple[float, float]:
    """Median milliseconds to open the project, and to close it again."""
    opens, closes = [], []
    for _ in range(repeat + 1):
        t0 = time.perf_counter()
        project = open_project(path, backup=False)
        t1 = time.perf_counter()
        project.close()
        opens.append((t1 - t0) * 1000)
        closes.append((time.perf_counter() - t1) * 1000)
    return statistics.median(opens[1:]), statistics.median(closes[1:])


def timed(fn, repeat: int = 20) -> float:  # type: ignore[no-untyped-def]
    """Median milliseconds of `fn()` over `repeat` warm runs."""
    fn()
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="build the project in this folder and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="claimdesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bench.claimdesk"
    if not path.exists():
        t0 = time.perf_counter()
        build(path, random.Random(7))
        print(f"built {path} in {time.perf_counter() - t0:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")
    open_ms, close_ms = open_and_close(path)
    preview = timed(lambda: preview_documents(path))
    project = open_project(path)
    with project.read() as session:
        rare = timed(lambda: search_documents(session, "waterstofcentrale"))
        common = timed(lambda: search_documents(session, "datacenter"))
        n_rare = len(search_documents(session, "waterstofcentrale", limit=10_000))
    page = timed(lambda: list_claims(project, limit=100))
    page_deep = timed(lambda: list_claims(project, limit=100, offset=50_000), repeat=5)
    library = timed(lambda: list_documents(project, limit=100, order="imported_desc"))
    records = timed(lambda: record_table(project, "organisation", limit=100))
    queue = timed(lambda: review_queue(project, limit=100))
    project.close()
    print(f"open project:                         {open_ms:7.1f} ms  (goal < 300)")
    print(f"full-text query, ordinary term ({n_rare} docs): {rare:7.1f} ms  (goal < 10)")
    print(f"full-text query, term in ~every doc:  {common:7.1f} ms  (goal < 50)")
    print(f"page of 100 claims with quotes:       {page:7.1f} ms  (goal < 20)")
    print(f"page of 100 claims at offset 50,000:  {page_deep:7.1f} ms")
    print(f"library page, 100 documents + counts: {library:7.1f} ms")
    print(f"  the same, start-up preview (sqlite3): {preview:7.1f} ms")
    print(f"records table page, 100 records:      {records:7.1f} ms")
    print(f"review queue page, 100 claims:        {queue:7.1f} ms")
    print(f"close (statistics check):             {close_ms:7.1f} ms")


if __name__ == "__main__":
    main()
