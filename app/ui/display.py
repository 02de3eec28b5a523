"""Small display helpers shared by the panels (no widgets here)."""

from __future__ import annotations

from datetime import datetime


def local_time(iso_utc: str | None) -> str:
    """A stored UTC time as local `YYYY-MM-DD HH:MM` (the raw text if it does not parse)."""
    if not iso_utc:
        return ""
    try:
        moment = datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return iso_utc
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def label_in(item: object, lang: str) -> str:
    """A schema item's label (record type, field) in `lang`, English when it has no Dutch one."""
    dutch = getattr(item, "label_nl", None) if lang == "nl" else None
    return str(dutch or getattr(item, "label_en"))
