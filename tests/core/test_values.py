"""The value parser against its acceptance table (tests/core/value_phrases.py) and properties.

`tests/bench/value_accuracy.py` reports the share of the table read right; rows marked
with an xfail reason are kept (and counted as wrong there) rather than weakened.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.values import ParsedValue, format_number, format_value, parse_value
from tests.core.value_phrases import CASES, Case, actual_fields, expected


def _params() -> list[object]:
    out: list[object] = []
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
        out.append(pytest.param(case, id=f"{case.lang}:{case.text[:40]}", marks=marks))
    return out


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 220
    assert len({(c.text, c.lang) for c in CASES}) == len(CASES), "duplicate rows"


@pytest.mark.parametrize("case", _params())
def test_phrase(case: Case) -> None:
    value = parse_value(case.text, case.lang)
    assert actual_fields(value) == expected(case)
    assert value.text == case.text.strip()


# --- exactness and JSON --------------------------------------------------------------------


def test_no_float_and_no_exponent() -> None:
    value = parse_value("2,1 miljard", "nl")
    assert value.amount == Decimal("2100000000")
    assert str(value.amount) == "2100000000"
    assert value.to_json()["amount"] == 2100000000


def test_constructor_normalises_exponent_form() -> None:
    value = ParsedValue(kind="quantity", text="x", amount=Decimal("2.1E+9"))
    assert str(value.amount) == "2100000000"
    assert isinstance(value.to_json()["amount"], int)


def test_to_json_numbers() -> None:
    data = parse_value("1,5 GW", "nl").to_json()
    assert data["amount"] == 1.5 and data["unit"] == "GW"
    assert json.loads(json.dumps(data)) == data


# --- the preview the UI shows --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "preview"),
    [
        ("circa € 3–5 miljard", "nl", "€ 3.000.000.000 – 5.000.000.000 · circa"),
        ("circa € 3–5 miljard", "en", "€ 3,000,000,000 – 5,000,000,000 · approximate"),
        ("18.000 GPU's", "en", "18,000 GPU"),
        ("minstens 20 datacenters", "nl", "≥ 20 datacenter"),
        ("tot 2 miljard euro", "nl", "≤ € 2.000.000.000"),
        ("20 procent", "nl", "20%"),
        ("1,5 GW", "nl", "1,5 GW"),
        ("1,5 GW", "en", "1.5 GW"),
        ("June 11, 2025", "en", "11 June 2025"),
        ("11 juni 2025", "nl", "11 juni 2025"),
        ("Q3 2025", "en", "July 2025 – September 2025"),
        ("eind 2024", "nl", "december 2024 · circa"),
        ("tot 2027", "nl", "tot 2027"),
        ("vanaf 2026", "en", "from 2026"),
        ("2025", "en", "2025"),
        ("geen getal", "nl", "geen getal"),
    ],
)
def test_format_value(text: str, lang: str, preview: str) -> None:
    # Parsed as Dutch, previewed in `lang`.
    assert format_value(parse_value(text, "nl"), lang) == preview


# --- properties ----------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**15))
def test_dutch_thousands_round_trip(n: int) -> None:
    text = f"{n:,}".replace(",", ".")
    value = parse_value(text, "nl")
    if value.kind == "date":  # a bare 1900–2100 reads as a year, by design
        assert 1900 <= n <= 2100 and value.date == str(n)
    else:
        assert value.amount == n


@given(st.integers(min_value=2101, max_value=10**15))
def test_english_thousands_round_trip(n: int) -> None:
    assert parse_value(f"{n:,}", "en").amount == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=9999))
def test_dutch_decimal_comma_is_exact(whole: int, frac: int) -> None:
    text = f"{whole},{frac}"
    assert parse_value(f"{text} GW", "nl").amount == Decimal(f"{whole}.{frac}")


@given(st.integers(min_value=1, max_value=10**12))
def test_money_preview_round_trip(n: int) -> None:
    for lang in ("nl", "en"):
        text = f"€ {format_number(Decimal(n), lang)}"
        value = parse_value(text, lang)
        assert value.amount == n and value.currency == "EUR"
        assert format_value(value, lang) == text


@given(st.integers(min_value=1900, max_value=2100))
def test_bare_year(year: int) -> None:
    value = parse_value(str(year), "nl")
    assert (value.kind, value.date, value.precision) == ("date", str(year), "year")


@settings(max_examples=400)
@given(st.text(), st.sampled_from(["nl", "en"]))
def test_never_raises(text: str, lang: str) -> None:
    value = parse_value(text, lang)
    assert value.kind in {"quantity", "money", "date", "period", "text"}
    json.dumps(value.to_json())
    format_value(value, lang)


_PIECES = st.sampled_from(
    ["3", "18.000", "2,1", "miljard", "euro", "€", "tot", "tussen", "en", "-", "–", "GPU's",
     "Q3", "2025", "juni", "eind", "ruim", "circa", "%", "van", "1,234.5", "bn", "$", "k",
     "honderdduizenden", "of", "meer", "10", "april", "zomer", "t/m", "’", "\u00a0"]
)


@settings(max_examples=400)
@given(st.lists(_PIECES, max_size=8), st.sampled_from(["nl", "en"]))
def test_never_raises_on_value_like_text(pieces: list[str], lang: str) -> None:
    value = parse_value(" ".join(pieces), lang)
    json.dumps(value.to_json())
    if value.kind in {"quantity", "money"}:
        assert value.amount is not None or value.lower is not None or value.upper is not None
    if value.lower is not None and value.upper is not None:
        assert value.lower < value.upper
