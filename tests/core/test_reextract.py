"""Re-extraction re-anchors annotations by quote and context, and flags what it cannot place."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from app.core import annotations, documents
from app.core.integrity import check_project
from app.core.project import Project
from app.core.reextract import reextract_document
from database.models import Annotation, DocumentText
from tests.conftest import run_cli

SOURCE = (
    "Rekenkracht\n\nHet fonds steunt 5 fabrieken. Later volgen nog 5 fabrieken in het oosten.\n"
    "De regio investeert 70 miljoen euro.\n"
)


def _older_extraction(project: Project, doc_id: str, text: str) -> None:
    """Pretend an older extractor produced `text` for this document."""
    with project.write("simulate older extractor") as session:
        row = session.get(DocumentText, doc_id)
        assert row is not None
        row.text = text
        session.add(row)


def test_annotations_follow_their_quote_and_context(project: Project, tmp_path: Path) -> None:
    src = tmp_path / "bron.txt"
    src.write_text(SOURCE, "utf-8")
    doc = documents.import_file(project, src).document_id
    assert doc
    with project.read() as session:
        text = documents.document_text(session, doc)
    # The older extraction had a running header and hard line breaks.
    old = "PAGINA-KOP\n" + text.replace("nog 5 fabrieken in", "nog 5\nfabrieken in")
    _older_extraction(project, doc, old + "Verdwenen zin.\n")
    second = annotations.add_annotation(project, doc, quote="5\nfabrieken in het oosten")
    first = annotations.add_annotation(project, doc, quote="5 fabrieken", nth=1)
    gone = annotations.add_annotation(project, doc, quote="Verdwenen zin")

    report = reextract_document(project, doc)

    assert report.text_changed
    assert sorted(report.moved) == sorted([first.id, second.id])
    assert report.orphaned == [gone.id]
    with project.read() as session:
        new_text = documents.document_text(session, doc)
        moved = {a.id: a for a in session.exec(select(Annotation))}
    assert new_text == text
    assert new_text[moved[first.id].start : moved[first.id].end] == "5 fabrieken"
    assert moved[first.id].start == text.index("5 fabrieken")
    assert moved[second.id].quote == "5 fabrieken in het oosten"
    assert moved[gone.id].orphaned and moved[gone.id].quote == "Verdwenen zin"
    assert check_project(project) == []


def test_reextract_cli_lists_orphans(tmp_path: Path) -> None:
    proj = tmp_path / "p.claimdesk"
    assert run_cli("init", proj).code == 0
    src = tmp_path / "a.txt"
    src.write_text(SOURCE, "utf-8")
    assert run_cli("import", proj, src).code == 0
    result = run_cli("reextract", proj, "Rekenkracht")
    assert result.code == 0 and "0 orphaned" in result.out
    missing = run_cli("reextract", proj, "no such document")
    assert missing.code == 2 and "no document" in missing.err
