"""Benchmark: import 1,000 mixed files into a project through the same path as `claimdesk import`.

    .venv/bin/python tests/bench/import_project_bench.py [count]

Prints seconds, files/s and the main process's peak RSS after each quarter, so
that memory growth with the number of files shows.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.documents import import_paths  # noqa: E402
from app.core.project import create_project  # noqa: E402
from tests.bench.import_bench import FORMATS, make_file  # noqa: E402


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(count: int = 1000) -> None:
    rng = random.Random(11)
    folder = Path(tempfile.mkdtemp(prefix="claimdesk-import-"))
    files = []
    for i in range(count):
        kind = FORMATS[i % len(FORMATS)]
        path = folder / f"file-{i:04d}.{kind}"
        path.write_bytes(make_file(kind, rng))
        files.append(path)
    project = create_project(folder / "bench.claimdesk", editor="bench")
    statuses: Counter[str] = Counter()
    t0 = time.perf_counter()
    quarter = max(count // 4, 1)
    for start in range(0, count, quarter):
        results = import_paths(project, files[start : start + quarter])
        statuses.update(r.status for r in results)
        print(f"{start + len(results):5d} files  {time.perf_counter() - t0:6.1f} s  "
              f"peak RSS {_rss_mb():6.0f} MB")
    total = time.perf_counter() - t0
    project.close()
    print(f"imported {count} files in {total:.1f} s ({count / total:.0f} files/s); {dict(statuses)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
