"""A small project for review tests: competing figures, likely duplicates, two editors.

The prose is written for these tests. Claims are proposed by `alice`; tests switch
`project.editor` to `bob` to review, as two people on one project would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core import annotations, claims, documents, records
from app.core.project import Project, create_project

PRESS = (
    "Persbericht: rekenkracht in het noorden\n\n"
    "De AI-fabriek Noord krijgt 18.000 GPU's van Nvidia, schrijft de provincie. "
    "Het Rekenfonds heeft een budget van € 3–5 miljard voor de komende jaren.\n"
)
ANALYSIS = (
    "Analyse: wat staat er echt in de plannen\n\n"
    "Volgens de analisten komen er 20.000 GPU's in de AI-fabriek Noord. "
    "Het Rekenfonds krijgt circa 4 miljard euro, zegt NVIDIA Corporation.\n"
)


@dataclass
class ReviewProject:
    """Ids of what the helper made."""

    project: Project
    documents: dict[str, str] = field(default_factory=dict)  # "press"/"analysis" -> id
    records: dict[str, str] = field(default_factory=dict)  # label -> id
    claims: dict[str, str] = field(default_factory=dict)  # short name -> id


def build_review_project(tmp_path: Path) -> ReviewProject:
    """A project with two documents, six records and four annotated claims by alice."""
    project = create_project(tmp_path / "review.claimdesk", editor="alice")
    made = ReviewProject(project)
    for name, text in (("press", PRESS), ("analysis", ANALYSIS)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        result = documents.import_file(project, path)
        assert result.document_id is not None, result.message
        made.documents[name] = result.document_id
    for type_key, label in (("facility", "AI-fabriek Noord"), ("programme", "Rekenfonds"),
                            ("organisation", "Nvidia"), ("organisation", "NVIDIA Corporation"),
                            ("organisation", "EuroHPC JU"),
                            ("organisation", "EuroHPC Joint Undertaking"),
                            ("organisation", "Mistral AI"), ("organisation", "Meta")):
        made.records[label] = records.add_record(project, type_key, label).id

    def claim(name: str, record: str, field_key: str, value: str, doc: str, quote: str) -> None:
        ann = annotations.add_annotation(project, made.documents[doc], quote=quote)
        added = claims.add_claim(project, made.records[record], field_key, value,
                                 evidence=[ann.id], lang="nl")
        made.claims[name] = added.claim.id

    claim("gpus_press", "AI-fabriek Noord", "gpu_count", "18.000", "press", "18.000 GPU's")
    claim("gpus_analysis", "AI-fabriek Noord", "gpu_count", "20.000", "analysis", "20.000 GPU's")
    claim("budget_press", "Rekenfonds", "budget", "€ 3–5 miljard", "press", "€ 3–5 miljard")
    claim("budget_analysis", "Rekenfonds", "budget", "circa 4 miljard euro", "analysis",
          "circa 4 miljard euro")
    return made
