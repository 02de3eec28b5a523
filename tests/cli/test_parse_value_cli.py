"""`claimdesk parse-value` prints the parser's proposal, as JSON with --json."""

from __future__ import annotations

import json

from tests.conftest import run_cli


def test_parse_value_json_shape() -> None:
    result = run_cli("parse-value", "€ 3–5 miljard per locatie", "--json")
    assert result.code == 0, result.err
    value = json.loads(result.out)
    assert value == {
        "kind": "money", "amount": None, "lower": 3_000_000_000, "upper": 5_000_000_000,
        "unit": None, "currency": "EUR", "approximate": False, "date": None,
        "date_end": None, "precision": None,
    }


def test_parse_value_english_and_text() -> None:
    en = json.loads(run_cli("parse-value", "$500 billion", "--lang", "en", "--json").out)
    assert (en["kind"], en["amount"], en["currency"]) == ("money", 500_000_000_000, "USD")
    date = json.loads(run_cli("parse-value", "10 april 2025", "--json").out)
    assert (date["kind"], date["date"], date["precision"]) == ("date", "2025-04-10", "day")
    text = json.loads(run_cli("parse-value", "binnenkort", "--json").out)
    assert text["kind"] == "text" and text["amount"] is None
    plain = run_cli("parse-value", "2,1 miljard euro")
    assert plain.code == 0 and "2.100.000.000" in plain.out
