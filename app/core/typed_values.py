"""Turn what an editor typed or selected into the typed value a field accepts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from urllib.parse import urlparse

from sqlmodel import Session

from app.core.errors import InvalidValue
from app.core.values import ParsedValue, choice_label, parse_value
from database.models import FieldDef

# Units a field may be given in another scale of (the field's unit is what we store).
_UNIT_SCALES: dict[str, dict[str, Decimal]] = {
    "MW": {"kW": Decimal("0.001"), "MW": Decimal(1), "GW": Decimal(1000)},
    "GW": {"MW": Decimal("0.001"), "GW": Decimal(1)},
}
_TRUE = {"ja", "yes", "true", "waar", "1", "j", "y"}
_FALSE = {"nee", "no", "false", "onwaar", "0", "n"}


@dataclass(frozen=True)
class TypedValue:
    """The columns of a claim's value."""

    kind: str
    value_text: str
    parsed: ParsedValue
    ref_record_id: str | None = None


def typed_value(session: Session, field: FieldDef, text: str, lang: str) -> TypedValue:
    """Check and type `text` for `field`; a value that does not fit raises InvalidValue."""
    text = text.strip()
    if not text:
        raise InvalidValue("the value is empty")
    datatype = field.datatype
    if datatype in ("quantity", "number", "money"):
        return _numeric(field, text, lang)
    if datatype in ("date", "period"):
        return _temporal(field, text, lang)
    if datatype == "reference":
        return _reference(session, field, text)
    if datatype == "enum":
        return _enum(field, text)
    if datatype == "boolean":
        return _boolean(text)
    if datatype == "url":
        parts = urlparse(text)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvalidValue(f"{text!r} is not a web address (http:// or https://)")
    return TypedValue(datatype, text, ParsedValue(kind="text", text=text))


def _numeric(field: FieldDef, text: str, lang: str) -> TypedValue:
    parsed = parse_value(text, lang)
    if parsed.kind not in ("quantity", "money"):
        raise InvalidValue(f"{text!r} is not a number; {field.key} needs a {field.datatype}")
    if field.datatype == "money":
        if parsed.kind == "quantity" and parsed.unit:
            raise InvalidValue(f"{text!r} is in {parsed.unit}, but {field.key} is an amount of money")
        parsed = replace(parsed, kind="money", currency=parsed.currency or field.currency)
        return TypedValue("money", text, parsed)
    if parsed.kind == "money":
        raise InvalidValue(f"{text!r} is an amount of money, but {field.key} is a {field.datatype}")
    return TypedValue("quantity", text, _in_field_unit(field, parsed, text))


def _in_field_unit(field: FieldDef, parsed: ParsedValue, text: str) -> ParsedValue:
    want = field.unit
    if not want or not parsed.unit or parsed.unit == want:
        return replace(parsed, unit=want or parsed.unit)
    factor = _UNIT_SCALES.get(want, {}).get(parsed.unit)
    if factor is None:
        raise InvalidValue(f"{text!r} is in {parsed.unit}, but {field.key} counts {want}")

    def scale(d: Decimal | None) -> Decimal | None:
        return None if d is None else (d * factor).normalize()

    return replace(parsed, unit=want, amount=scale(parsed.amount),
                   lower=scale(parsed.lower), upper=scale(parsed.upper))


def _temporal(field: FieldDef, text: str, lang: str) -> TypedValue:
    parsed = parse_value(text, lang)
    if parsed.kind not in ("date", "period"):
        raise InvalidValue(f"{text!r} is not a date; {field.key} needs a {field.datatype}")
    if field.datatype == "date" and parsed.kind == "period":
        raise InvalidValue(f"{text!r} is a period, but {field.key} is a single date")
    return TypedValue(parsed.kind, text, parsed)


def _reference(session: Session, field: FieldDef, text: str) -> TypedValue:
    from app.core.records import resolve_record  # records imports nothing of ours back

    record = resolve_record(session, text, field.ref_type)
    return TypedValue("reference", record.label, ParsedValue(kind="text", text=record.label),
                      ref_record_id=record.id)


def _enum(field: FieldDef, text: str) -> TypedValue:
    """A choice by its key or by its English or Dutch label (`Overheidsorgaan` is `public_body`)."""
    wanted = text.strip().casefold()
    labels = field.choice_labels or {}
    for choice in field.choices or []:
        names = {choice.casefold(), choice.casefold().replace("_", " "), choice.casefold().replace("_", "-")}
        names |= {label.casefold() for label in (labels.get(choice) or {}).values()}
        if wanted in names:
            return TypedValue("enum", choice, ParsedValue(kind="text", text=choice))
    offered = [f"{choice_label(labels, c, 'en')} ({c})" if c in labels else c for c in field.choices or []]
    raise InvalidValue(f"{text!r} is not one of {', '.join(offered)}")


def _boolean(text: str) -> TypedValue:
    folded = text.casefold()
    if folded in _TRUE | _FALSE:
        value = "true" if folded in _TRUE else "false"
        return TypedValue("boolean", value, ParsedValue(kind="text", text=value))
    raise InvalidValue(f"{text!r} is not yes or no")
