"""Screenshots of the window on the demo project (offscreen): docs/screenshots/*.png.

    .venv/bin/python tests/bench/ui_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QSettings  # noqa: E402

from app.core.claim_views import annotation_spans  # noqa: E402
from app.core.demo import build_demo_project  # noqa: E402
from app.core.documents import list_documents  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.main import make_application  # noqa: E402
from app.ui.settings import EDITOR_NAME, Settings  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    build_demo_project(work / "demo.claimdesk").close()
    app = make_application()
    from app.ui.window import MainWindow

    settings = Settings(QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))
    settings.set(EDITOR_NAME, "Editor")
    context = AppContext(editor="Editor")
    window = MainWindow(context, settings)
    window.resize(1440, 900)
    window.open_project(work / "demo.claimdesk")
    window.show()
    project = context.project
    assert project is not None
    # The document with the most annotations makes the richest picture.
    rows = list_documents(project, limit=50)
    doc = max(rows, key=lambda r: r.annotations).document
    window.open_document(doc.id)
    spans = annotation_spans(project, doc.id)
    claimed = next((s for s in spans if s.statuses), spans[0])
    window.reader.show_span(claimed.start, claimed.start)
    window.claim_dock.show_annotation(claimed.annotation_id)
    app.processEvents()
    window.grab().save(str(out / "main-window.png"))

    # A new claim on a figure: select it, Ctrl+K, type a record name.
    text = window.reader.document.text
    figure = next((s for s in spans if not s.statuses), None)
    import re

    match = re.search(r"\d[\d.,]*\s*(miljoen|miljard|million|billion)?\s*(euro|GPU's|GPUs)?", text)
    start, end = (match.start(), match.end()) if match else (figure.start, figure.end)
    window.reader.show_span(start, end)
    window.new_claim()
    form = window.claim_dock.form
    form.record_edit.setText("Groningen")
    form._update_suggestions()
    app.processEvents()
    window.grab().save(str(out / "claim-editor.png"))
    print(f"wrote {out / 'main-window.png'} and {out / 'claim-editor.png'}")
    context.close()


if __name__ == "__main__":
    main()
