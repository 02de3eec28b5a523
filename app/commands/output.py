"""How the command line prints: plain lines for people, JSON only with --json."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TextIO

from app.core.claim_views import ClaimView
from app.core.values import claim_value, format_value


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "model_dump"):
        return value.model_dump()
    raise TypeError(f"cannot encode {type(value).__name__}")


@dataclass
class Output:
    """Where results go; in JSON mode every command prints exactly one JSON document."""

    json_mode: bool = False
    stream: TextIO = sys.stdout

    def line(self, text: str = "") -> None:
        """A line for people (suppressed in JSON mode)."""
        if not self.json_mode:
            print(text, file=self.stream)

    def data(self, payload: Any) -> None:
        """The machine-readable result (printed only in JSON mode)."""
        if self.json_mode:
            print(json.dumps(payload, default=_default, ensure_ascii=False, indent=2), file=self.stream)

    def warn(self, text: str) -> None:
        """A warning for people, on stderr (never mixed into JSON on stdout)."""
        print(f"warning: {text}", file=sys.stderr)


def short(text: str | None, limit: int = 70) -> str:
    """One line of at most `limit` characters."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def claim_json(view: ClaimView) -> dict[str, object]:
    """A claim as every `--json` listing prints it: the row, its record, field and quotes."""
    return {
        **view.claim.model_dump(), "record": view.record_label, "type": view.type_key,
        "field": view.field_key, "display": format_value(claim_value(view.claim)),
        "unsourced": view.unsourced,
        "evidence": [{"annotation_id": e.annotation_id, "document_id": e.document_id,
                      "document": e.document_title, "quote": e.quote, "page": e.page}
                     for e in view.evidence],
    }
