"""A small curated project built only with core functions (documents, records, claims, review).

The prose is written for these tests. Values are plain numbers so the project builds
whatever state the value parser is in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core import annotations, claims, documents, records, review
from app.core.project import Project

DOCS = {
    "kamerbrief.txt": (
        "date 2025-03-12\n\n"
        "Kamerbrief over de AI-fabriek in Groningen\n\n"
        "De Kamer wordt hierbij geïnformeerd over de AI-fabriek in Groningen. "
        "Het kabinet draagt 200000000 euro bij aan de fabriek, die volgens plan 24000 GPU's krijgt.\n"
    ),
    "analyse.txt": (
        "date 2025-05\n\n"
        "Analyse: rekenkracht voor Europa\n\n"
        "Volgens deze analyse kost de fabriek in Groningen 160000000 euro. "
        "Elders in Europa bouwen consortia vergelijkbare installaties met duizenden GPU's.\n"
    ),
    "briefing.txt": (
        "date 2025-10-02\n\n"
        "Briefing on European AI gigafactories\n\n"
        "The EuroHPC Joint Undertaking operates the programme that funds the factories; "
        "each gigafactory is meant to host around 100000 accelerators.\n"
    ),
}


@dataclass
class CuratedProject:
    """Ids of what the helper made, so tests can find it again."""

    documents: dict[str, str] = field(default_factory=dict)  # file name -> document id
    records: dict[str, str] = field(default_factory=dict)  # label -> record id
    claims: dict[str, str] = field(default_factory=dict)  # short name -> claim id
    annotations: dict[str, str] = field(default_factory=dict)  # short name -> annotation id


def write_documents(folder: Path) -> list[Path]:
    """Write the sample documents into `folder` and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in DOCS.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def curate(project: Project, folder: Path) -> CuratedProject:
    """Import the sample documents and add records, annotated claims and reviews."""
    made = CuratedProject()
    for result in documents.import_paths(project, write_documents(folder)):
        assert result.document_id is not None, result.message
        made.documents[result.path.name] = result.document_id
    for type_key, label in (("facility", "AI-fabriek Groningen"), ("organisation", "EuroHPC JU"),
                            ("organisation", "Ministerie van Economische Zaken"),
                            ("facility", "Gigafabriek Noord")):
        made.records[label] = records.add_record(project, type_key, label).id

    def claim(name: str, record: str, field_key: str, value: str, doc: str, quote: str,
              nth: int | None = None) -> str:
        ann = annotations.add_annotation(project, made.documents[doc], quote=quote, nth=nth)
        made.annotations[name] = ann.id
        added = claims.add_claim(project, made.records[record], field_key, value,
                                 evidence=[ann.id], lang="nl")
        made.claims[name] = added.claim.id
        return added.claim.id

    groningen = "AI-fabriek Groningen"
    claim("gpus", groningen, "gpu_count", "24000", "kamerbrief.txt", "24000 GPU's")
    claim("invest_brief", groningen, "investment", "200000000", "kamerbrief.txt", "200000000 euro")
    claim("invest_analyse", groningen, "investment", "160000000", "analyse.txt", "160000000 euro")
    claim("city", groningen, "city", "Groningen", "kamerbrief.txt", "Groningen", nth=2)
    claim("operator", groningen, "operator", "EuroHPC JU", "briefing.txt", "EuroHPC Joint Undertaking")
    claim("giga_gpus", "Gigafabriek Noord", "gpu_count", "100000", "briefing.txt", "100000 accelerators")
    project.editor = "reviewer"
    for name in ("gpus", "city", "operator", "giga_gpus"):
        review.review_claim(project, made.claims[name], "accept")
    project.editor = "tester"
    return made
