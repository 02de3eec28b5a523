"""Benchmark: generate 1,000 mixed files (txt, md, html, pdf, docx) and time `extract()` over them.

Run from the repo root:  .venv/bin/python tests/bench/import_bench.py [count]
Prints files/s, total seconds, per-format seconds, the helper start cost and peak RSS.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from app.core.importers import extract, safety  # noqa: E402
from tests.helpers.documents import EN_PARAGRAPHS, NL_PARAGRAPHS, make_docx, make_html  # noqa: E402
from tests.helpers.pdf_writer import make_pdf  # noqa: E402

FORMATS = ("txt", "md", "html", "pdf", "docx")


def _paragraphs(rng: random.Random, count: int) -> list[str]:
    """A few pages' worth of shuffled sample paragraphs."""
    pool = EN_PARAGRAPHS + NL_PARAGRAPHS
    return [rng.choice(pool) for _ in range(count)]


def _pdf_pages(paragraphs: list[str]) -> list[list[str]]:
    """Wrap paragraphs at ~80 characters into pages of 45 lines."""
    lines: list[str] = []
    for paragraph in paragraphs:
        line = ""
        for word in paragraph.split():
            if len(line) + len(word) > 80:
                lines.append(line)
                line = ""
            line = f"{line} {word}".strip()
        lines += [line, ""]
    return [["Benchmark report"] + lines[i:i + 45] + [f"Page {i // 45 + 1}"] for i in range(0, len(lines), 45)]


def make_file(kind: str, rng: random.Random) -> bytes:
    """One generated document of `kind`, a few pages long."""
    paragraphs = _paragraphs(rng, rng.randint(12, 30))
    if kind == "txt":
        return ("date 2025-06 " + "\n\n".join(paragraphs)).encode("utf-8")
    if kind == "md":
        return ("# AI factories\n\n" + "\n\n".join(paragraphs)).encode("utf-8")
    if kind == "html":
        return make_html(paragraphs).encode("utf-8")
    if kind == "pdf":
        return make_pdf(_pdf_pages(paragraphs), info={"Title": "Benchmark", "CreationDate": "D:20250101"})
    return make_docx(extra=paragraphs)


def main(count: int = 1000) -> None:
    """Generate `count` files in a temp dir and import them all, printing the figures."""
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index in range(count):
            kind = FORMATS[index % len(FORMATS)]
            path = Path(folder) / f"doc{index:04d}.{kind}"
            path.write_bytes(make_file(kind, rng))
            paths.append(path)
        per_format: dict[str, float] = defaultdict(float)
        started = time.perf_counter()
        for path in paths:
            begun = time.perf_counter()
            extract(path.read_bytes(), path.name)
            per_format[path.suffix[1:]] += time.perf_counter() - begun
        total = time.perf_counter() - started
    start_cost = safety.helper_start_seconds() or 0.0
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    safety.shutdown()  # so the helper's own peak shows up under RUSAGE_CHILDREN
    peak_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"files: {count}  total: {total:.2f} s  rate: {count / total:.1f} files/s")
    print("per format (s): " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(per_format.items())))
    print(f"parser helper start (spawn + imports): {start_cost:.2f} s, recycled every {safety.RECYCLE_AFTER} calls")
    print(f"peak RSS: main process {peak_self:.0f} MB, parser helper {peak_child:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
