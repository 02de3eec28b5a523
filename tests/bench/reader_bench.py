"""Reader figures: open + first paint, repaint cost with many highlights, start-up to a window.

    .venv/bin/python tests/bench/reader_bench.py

Goals: open + first paint of 300,000 characters with 2,000 highlights < 150 ms; one repaint
with 50,000 highlights in a ~5 MB document < 16 ms; process start to a shown window on the
demo project < 0.8 s (warm). Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.annotations import Span, build_annotation  # noqa: E402
from app.core.documents import import_file  # noqa: E402
from app.core.project import Project, create_project  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.reader import ReaderView  # noqa: E402

# Sentences written for this benchmark (not from the corpus).
WORDS = ("AI-fabriek datacenter rekenkracht GPU's investering gigafabriek kabinet regio "
         "miljoen miljard euro Groningen EuroHPC InvestAI netwerk energie 😀 café naïef").split()


def make_text(chars: int, seed: int = 1) -> str:
    """Paragraphs of random domain words, with a sprinkle of emoji, about `chars` long."""
    rng = random.Random(seed)
    paragraphs, size = [], 0
    while size < chars:
        sentence_count = rng.randint(2, 6)
        para = " ".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + "."
                        for _ in range(sentence_count))
        paragraphs.append(para)
        size += len(para) + 1
    return "\n".join(paragraphs)[:chars]


def make_project(folder: Path, text: str, highlights: int) -> tuple[Project, str]:
    """A project with one document and `highlights` annotations (a tenth overlapping)."""
    project = create_project(folder / "bench.claimdesk", editor="bench")
    source = folder / "bench.txt"
    source.write_text(text, encoding="utf-8")
    doc_id = import_file(project, source).document_id
    assert doc_id
    rng = random.Random(2)
    with project.write("bench annotations") as session:
        for _ in range(highlights):
            start = rng.randrange(0, len(text) - 60)
            session.add(build_annotation(text, doc_id, Span(start, start + rng.randint(4, 50)), "bench"))
    return project, doc_id


def bench_open(app: QApplication, chars: int, highlights: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        project, doc_id = make_project(Path(folder), make_text(chars), highlights)
        context = AppContext()
        context.project = project
        reader = ReaderView(context)
        reader.resize(1000, 800)
        reader.show()
        app.processEvents()
        times = []
        for _ in range(3):
            start = time.perf_counter()
            reader.load_document(doc_id)
            reader.repaint()  # a synchronous paint of what is visible
            times.append(time.perf_counter() - start)
        print(f"open + first paint, {chars:,} chars, {highlights:,} highlights: "
              f"best {min(times) * 1000:.0f} ms, first {times[0] * 1000:.0f} ms (goal < 150 ms)")
        bench_repaint(app, reader, highlights)
        project.close()


def bench_repaint(app: QApplication, reader: ReaderView, highlights: int) -> None:
    edit = reader.text_edit
    bar = edit.verticalScrollBar()
    rng = random.Random(3)
    times = []
    for _ in range(40):
        bar.setValue(rng.randrange(0, max(1, bar.maximum())))
        app.processEvents()
        start = time.perf_counter()
        edit.viewport().repaint()
        times.append(time.perf_counter() - start)
    print(f"  repaint after a scroll ({highlights:,} highlights): median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms (goal < 16 ms)")


def bench_startup() -> None:
    """Process start → a shown window on the demo project, in a fresh interpreter."""
    with tempfile.TemporaryDirectory() as folder:
        from app.core.demo import build_demo_project

        demo = Path(folder) / "demo.claimdesk"
        build_demo_project(demo).close()
        code = (
            "import time, sys; t0 = time.perf_counter()\n"
            "from pathlib import Path\n"
            "from PySide6.QtCore import QSettings, QTimer\n"
            "from app.ui.main import make_application\n"
            "app = make_application()\n"
            "from app.ui.settings import Settings, EDITOR_NAME\n"
            "from app.ui.window import MainWindow\n"
            "from app.ui.context import AppContext\n"
            f"s = Settings(QSettings({str(Path(folder) / 's.ini')!r}, QSettings.Format.IniFormat))\n"
            "w = MainWindow(AppContext(editor='bench'), s)\n"
            f"w.open_project(Path({str(demo)!r}))\n"
            "w.show(); app.processEvents(); w.repaint()\n"
            "print(time.perf_counter() - t0)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'openpyxl', 'pypdf', 'trafilatura', 'docx', 'lxml')))\n"
        )
        runs = []
        for _ in range(4):
            start = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                                 env={**os.environ, "XDG_DATA_HOME": folder})
            total = time.perf_counter() - start
            lines = out.stdout.splitlines()
            if out.returncode != 0 or not lines:
                print(out.stderr[-1500:])
                return
            runs.append((total, float(lines[0]), lines[1]))
        warm = runs[1:]
        print(f"start-up to shown window (demo project): warm median "
              f"{statistics.median(r[0] for r in warm) * 1000:.0f} ms whole process, "
              f"{statistics.median(r[1] for r in warm) * 1000:.0f} ms after interpreter start "
              f"(cold {runs[0][0] * 1000:.0f} ms; goal < 800 ms)")
        print(f"  heavy modules loaded at start-up: {runs[-1][2]}")


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    bench_open(app, 300_000, 2_000)
    bench_open(app, 5_000_000, 50_000)
    bench_startup()


if __name__ == "__main__":
    main()
