"""Check resources/demo/manifest.toml against the demo documents.

Stdlib only. Run: python tests/bench/check_demo_manifest.py [manifest.toml]
Exits 0 when every check passes, 1 otherwise (each problem printed on one line).

The document text is taken as the app stores it: the leading `date ...` token and
its line are removed, then the same clean-up as `app.core.importers.textutil.clean_text`
(`\\n` line ends, NFC, no invisibles or controls, no trailing spaces, single blank
lines, stripped), so the title line is the first line. Quotes must already be NFC.
When the app package is importable, the real plain-text importer is used as a cross-check.
"""

from __future__ import annotations

import re
import sys
import tomllib
import unicodedata
from pathlib import Path

DEMO_DIR = Path(__file__).resolve().parents[2] / "resources" / "demo"

RECORD_TYPES = {"organisation", "facility", "programme", "funding_commitment"}
STATUSES = {"proposed", "accepted", "rejected", "disputed"}

# field -> (kind, enum values or referenced record types)
FIELDS: dict[str, dict[str, tuple[str, object]]] = {
    "organisation": {
        "country": ("text", None),
        "kind": ("enum", {"company", "public_body", "research_institute", "consortium"}),
        "website": ("url", None),
        "parent": ("ref", {"organisation"}),
    },
    "facility": {
        "kind": ("enum", {"ai_factory", "ai_gigafactory", "data_centre", "supercomputer"}),
        "country": ("text", None),
        "city": ("text", None),
        "operator": ("ref", {"organisation"}),
        "gpu_count": ("quantity", None),
        "power_capacity": ("quantity", None),
        "investment": ("money", None),
        "status": ("enum", {"announced", "planned", "under_construction", "operational"}),
        "opening": ("date", None),
    },
    "programme": {
        "kind": ("enum", {"fund", "plan", "joint_undertaking", "regulation"}),
        "budget": ("money", None),
        "period": ("period", None),
        "managed_by": ("ref", {"organisation"}),
    },
    "funding_commitment": {
        "funder": ("ref", {"organisation"}),
        "recipient": ("ref", {"organisation", "facility"}),
        "programme": ("ref", {"programme"}),
        "amount": ("money", None),
        "announced": ("date", None),
    },
}

# Mirrors app/core/importers/text.py and textutil.py (kept stdlib-only on purpose).
DATE_TOKEN = re.compile(r"\A\s*date:?[ \t]+(\d{4}(?:-\d{2}){0,2})(?:[ \t]+|[ \t]*\n|\Z)", re.IGNORECASE)
ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?$")
_TRANSLATE = {**dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None),
              0x00A0: " ", 0x202F: " ", 0x2007: " ", 0x2028: "\n", 0x2029: "\n\n"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = unicodedata.normalize("NFC", text.translate(_TRANSLATE))
    text = _CONTROL.sub("", text)
    text = re.sub(r"[ \t]+$", "", text, flags=re.MULTILINE)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def stored_text(raw: str) -> tuple[str | None, str]:
    """(published date, text) the way the plain-text importer stores a demo .txt file."""
    raw = raw.lstrip("\ufeff")
    m = DATE_TOKEN.match(raw)
    if not m or not ISO_DATE.match(m.group(1)):
        return None, clean_text(raw)
    return m.group(1), clean_text(raw[m.end():])


def app_text(path: Path) -> str | None:
    """The text the app's own importer stores, or None when the app is not importable."""
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
        from app.core.importers.text import extract_plain  # type: ignore[import-not-found]
    except Exception:
        return None
    finally:
        sys.path.pop(0)
    return extract_plain(path.read_bytes(), path.name).text


def check(manifest_path: Path) -> list[str]:
    problems: list[str] = []
    demo_dir = manifest_path.parent
    data = tomllib.loads(manifest_path.read_text(encoding="utf-8"))
    unknown_top = set(data) - {"record", "claim"}
    if unknown_top:
        problems.append(f"unknown top-level tables: {sorted(unknown_top)}")

    records: dict[str, dict] = {}
    labels: dict[str, str] = {}
    for i, rec in enumerate(data.get("record", []), 1):
        where = f"record #{i}"
        key = rec.get("key")
        if not isinstance(key, str) or not key:
            problems.append(f"{where}: missing key")
            continue
        if key in records:
            problems.append(f"{where}: duplicate key {key!r}")
        if rec.get("type") not in RECORD_TYPES:
            problems.append(f"{where} ({key}): bad type {rec.get('type')!r}")
        if not isinstance(rec.get("label"), str) or not rec["label"].strip():
            problems.append(f"{where} ({key}): missing label")
        elif rec["label"] in labels:
            problems.append(f"{where} ({key}): label also used by {labels[rec['label']]!r}")
        else:
            labels[rec["label"]] = key
        aliases = rec.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
            problems.append(f"{where} ({key}): aliases must be a list of strings")
        extra = set(rec) - {"key", "type", "label", "aliases"}
        if extra:
            problems.append(f"{where} ({key}): unknown keys {sorted(extra)}")
        records[key] = rec

    texts: dict[str, str] = {}
    for path in sorted(demo_dir.glob("*.txt")):
        published, text = stored_text(path.read_text(encoding="utf-8"))
        if published is None:
            problems.append(f"{path.name}: first line is not `date YYYY-MM[-DD]`")
        texts[path.name] = text
        real = app_text(path)
        if real is not None and real != text:
            problems.append(f"{path.name}: app importer text differs from this script's model")

    used_records: set[str] = set()
    for i, claim in enumerate(data.get("claim", []), 1):
        where = f"claim #{i}"
        rkey = claim.get("record")
        rec = records.get(rkey)
        if rec is None:
            problems.append(f"{where}: unknown record {rkey!r}")
            continue
        used_records.add(rkey)
        where = f"claim #{i} ({rkey}.{claim.get('field')})"
        extra = set(claim) - {"record", "field", "value", "document", "quote", "nth",
                              "status", "note", "editor", "reviewer"}
        if extra:
            problems.append(f"{where}: unknown keys {sorted(extra)}")
        spec = FIELDS.get(rec.get("type"), {}).get(claim.get("field"))
        value = claim.get("value")
        if spec is None:
            problems.append(f"{where}: field not valid for type {rec.get('type')!r}")
        elif not isinstance(value, str) or not value.strip():
            problems.append(f"{where}: missing value")
        else:
            kind, allowed = spec
            if kind == "enum" and value not in allowed:
                problems.append(f"{where}: {value!r} not one of {sorted(allowed)}")
            if kind == "ref":
                target = records.get(value[1:]) if value.startswith("@") else None
                if target is None:
                    problems.append(f"{where}: reference {value!r} is not '@' + a record key")
                elif target.get("type") not in allowed:
                    problems.append(f"{where}: {value!r} is a {target.get('type')}, "
                                    f"expected {sorted(allowed)}")
                else:
                    used_records.add(value[1:])
            elif value.startswith("@"):
                problems.append(f"{where}: '@' value on a non-reference field")
            if kind == "date" and not ISO_DATE.match(value):
                problems.append(f"{where}: date {value!r} is not an ISO partial date")
        if claim.get("status") not in STATUSES:
            problems.append(f"{where}: bad status {claim.get('status')!r}")
        if not claim.get("editor"):
            problems.append(f"{where}: missing editor")
        if claim.get("status") in {"accepted", "rejected", "disputed"} and not claim.get("reviewer"):
            problems.append(f"{where}: status {claim.get('status')} needs a reviewer")
        if claim.get("status") == "proposed" and claim.get("reviewer"):
            problems.append(f"{where}: a proposed claim has no reviewer yet")

        doc = claim.get("document")
        if doc not in texts:
            problems.append(f"{where}: unknown document {doc!r}")
            continue
        quote = claim.get("quote")
        if not isinstance(quote, str) or not quote:
            problems.append(f"{where}: missing quote")
            continue
        if quote != quote.strip():
            problems.append(f"{where}: quote has leading/trailing whitespace")
        if unicodedata.normalize("NFC", quote) != quote:
            problems.append(f"{where}: quote is not NFC (the stored text is)")
        text = texts[doc]
        count = text.count(quote)
        nth = claim.get("nth")
        if nth is None:
            if count != 1:
                problems.append(f"{where}: quote occurs {count} times in {doc}: {quote!r}")
        elif not isinstance(nth, int) or isinstance(nth, bool) or nth < 1:
            problems.append(f"{where}: nth must be a positive integer")
        elif nth > count:
            problems.append(f"{where}: nth={nth} but quote occurs {count} times in {doc}")
        elif count == 1:
            problems.append(f"{where}: nth given but quote is unique (drop nth)")

    unused = set(records) - used_records
    if unused:
        problems.append(f"records with no claim and no reference: {sorted(unused)}")
    return problems


def main(argv: list[str]) -> int:
    manifest = Path(argv[1]) if len(argv) > 1 else DEMO_DIR / "manifest.toml"
    problems = check(manifest)
    for p in problems:
        print(p)
    data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    claims = data.get("claim", [])
    by_status: dict[str, int] = {}
    for c in claims:
        by_status[c.get("status")] = by_status.get(c.get("status"), 0) + 1
    print(f"{len(data.get('record', []))} records, {len(claims)} claims, by status {by_status}")
    print("OK" if not problems else f"FAILED: {len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
