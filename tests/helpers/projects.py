"""Small real projects for core and UI tests, built through the core use cases."""

from __future__ import annotations

from pathlib import Path

from app.core.documents import import_file
from app.core.project import Project, create_project

# Written for these tests. The emoji and the flag (two astral code points) sit before the
# figures so any UTF-16/code-point mix-up shifts every offset after them.
SAMPLE_TEXT = (
    "Nieuwe AI-fabriek 😀 in Groningen 🇪🇺\n"
    "Nvidia levert 18.000 GPU's aan de AI-fabriek in Groningen, meldt het ministerie.\n"
    "De investering bedraagt circa 200 miljoen euro; de opening is gepland in 2026.\n"
    "Café Noordq\u0301 ligt naast het datacenter van Mistral AI.\n"
)


def make_project(tmp_path: Path, text: str = SAMPLE_TEXT, name: str = "bericht.txt",
                 editor: str = "Tess Tester") -> tuple[Project, str]:
    """A project file in `tmp_path` with one imported text document; returns (project, doc id)."""
    project = create_project(tmp_path / "test.claimdesk", editor=editor)
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    result = import_file(project, source)
    assert result.document_id is not None, result.message
    return project, result.document_id
