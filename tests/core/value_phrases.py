"""The value parser's acceptance table: Dutch and English phrases and what they mean.

Every row is a phrase an editor could select, with the value the parser must propose.
`tests/bench/value_accuracy.py` reports the share of this table read right; rows marked
with an xfail reason are kept (and counted as wrong there) rather than weakened.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from app.core.values import ParsedValue, parse_value

Num = int | str | None


class Case(NamedTuple):
    """One row: phrase, language, and every field of the expected value."""

    text: str
    lang: str
    kind: str
    amount: Decimal | None = None
    lower: Decimal | None = None
    upper: Decimal | None = None
    unit: str | None = None
    currency: str | None = None
    approximate: bool = False
    date: str | None = None
    date_end: str | None = None
    precision: str | None = None
    xfail: str | None = None


def _d(x: Num) -> Decimal | None:
    return None if x is None else Decimal(str(x))


def Q(text: str, lang: str = "nl", amount: Num = None, *, lower: Num = None,
      upper: Num = None, unit: str | None = None, approx: bool = False,
      xfail: str | None = None) -> Case:
    """A quantity row."""
    return Case(text, lang, "quantity", _d(amount), _d(lower), _d(upper), unit, None,
                approx, xfail=xfail)


def M(text: str, lang: str, currency: str, amount: Num = None, *, lower: Num = None,
      upper: Num = None, unit: str | None = None, approx: bool = False,
      xfail: str | None = None) -> Case:
    """A money row."""
    return Case(text, lang, "money", _d(amount), _d(lower), _d(upper), unit, currency,
                approx, xfail=xfail)


def D(text: str, lang: str, date: str, precision: str, approx: bool = False,
      xfail: str | None = None) -> Case:
    """A date row."""
    return Case(text, lang, "date", approximate=approx, date=date, precision=precision,
                xfail=xfail)


def P(text: str, lang: str, date: str | None, date_end: str | None, precision: str,
      approx: bool = False, xfail: str | None = None) -> Case:
    """A period row (either end may be open)."""
    return Case(text, lang, "period", approximate=approx, date=date, date_end=date_end,
                precision=precision, xfail=xfail)


def T(text: str, lang: str = "nl", xfail: str | None = None) -> Case:
    """A row the parser must leave as text."""
    return Case(text, lang, "text", xfail=xfail)


B = 10**9  # miljard / billion
MLN = 10**6

CASES: list[Case] = [
    # --- number formats: `lang` decides, the phrase decides when it can -----------------
    Q("18.000", "nl", 18000),
    Q("2,1", "nl", "2.1"),
    Q("1.234.567", "nl", 1234567),
    Q("1.234.567", "en", 1234567),
    Q("18,000", "en", 18000),
    Q("2.1", "en", "2.1"),
    Q("1,234.5", "en", "1234.5"),
    Q("1,234.5", "nl", "1234.5"),
    Q("1.234,5", "en", "1234.5"),
    Q("2,5", "en", "2.5"),
    Q("2.5", "nl", "2.5"),
    Q("0,125", "nl", "0.125"),
    Q("18.000", "en", 18),  # lang decides: a lone `.000` is a decimal mark in English
    Q("1,250,000", "nl", 1250000),
    Q("1\u00a0000\u00a0000", "nl", 1000000),
    Q("10\u00a0000 GPU's", "nl", 10000, unit="GPU"),
    Q("10 000 GPU's", "nl", 10000, unit="GPU"),
    Q("12\u202f500,5 MWh", "nl", "12500.5", unit="MWh"),
    Q("18,000 GPUs", "nl", 18000, unit="GPU"),  # English plural: the phrase decides
    Q("7", "nl", 7),
    # --- scale words and abbreviations ---------------------------------------------------
    Q("2,1 miljard", "nl", 2100000000),
    Q("2,1 miljard", "en", 2100000000),
    Q("3 mln", "nl", 3 * MLN),
    M("3 mln. euro", "nl", "EUR", 3 * MLN),
    M("4,5 mld euro", "nl", "EUR", 4500000000),
    M("7 mrd. EUR", "nl", "EUR", 7 * B),
    Q("1,2 biljoen", "nl", 1200000000000),
    M("1.2 trillion dollars", "en", "USD", 1200000000000),
    M("€3bn", "en", "EUR", 3 * B),
    M("$1.5bn", "en", "USD", 1500000000),
    M("£200m", "en", "GBP", 200 * MLN),
    Q("5k", "en", 5000),
    M("€500k", "en", "EUR", 500000),
    M("2 mio. euro", "nl", "EUR", 2 * MLN),
    Q("3 duizend", "nl", 3000),
    M("twee miljard euro", "nl", "EUR", 2 * B),
    M("een miljard euro", "nl", "EUR", B),
    Q("één miljoen GPU's", "nl", MLN, unit="GPU"),
    M("a billion dollars", "en", "USD", B),
    M("half a billion euros", "en", "EUR", 500 * MLN),
    Q("een half miljard", "nl", 500 * MLN),
    M("anderhalf miljard euro", "nl", "EUR", 1500 * MLN),
    Q("tweeënhalf jaar", "nl", "2.5", unit="year"),
    M("7 bln dollar", "nl", "USD", 7 * B),
    Q("300 miljoen", "nl", 300 * MLN),
    M("$3B", "en", "USD", 3 * B),
    M("1.5 billion euros", "nl", "EUR", 1500 * MLN),
    M("2,1 miljard euro", "en", "EUR", 2100 * MLN),
    Q("2 miljoen m²", "nl", 2 * MLN, unit="m²"),
    # --- number words --------------------------------------------------------------------
    Q("duizend banen", "nl", 1000, unit="job"),
    Q("honderd datacenters", "nl", 100, unit="datacenter"),
    Q("a hundred GPUs", "en", 100, unit="GPU"),
    Q("five thousand jobs", "en", 5000, unit="job"),
    Q("twenty-five data centres", "en", 25, unit="datacenter"),
    Q("vijfentwintig landen", "nl", 25, unit="country"),
    Q("tweehonderdvijftig banen", "nl", 250, unit="job"),
    Q("twee honderd banen", "nl", 200, unit="job"),
    Q("twelve months", "en", 12, unit="month"),
    Q("drie maanden", "nl", 3, unit="month"),
    Q("zeventien lidstaten", "nl", 17, unit="member state"),
    M("two hundred million euros", "en", "EUR", 200 * MLN),
    Q("vijf gigafabrieken", "nl", 5, unit="gigafactory"),
    Q("drieëntwintig supercomputers", "nl", 23, unit="supercomputer"),
    Q("twintig", "nl", 20),
    Q("two hundred and fifty jobs", "en", 250, unit="job"),
    Q("between one hundred and two hundred", "en", lower=100, upper=200),
    Q("anderhalf jaar", "nl", "1.5", unit="year"),
    Q("een kwart miljard", "nl", 250 * MLN),
    Q("a quarter of a billion", "en", 250 * MLN),
    Q("dertig procent", "nl", 30, unit="%"),
    Q("honderdvijftig megawatt", "nl", 150, unit="MW"),
    Q("a dozen data centres", "en", 12, unit="datacenter",
      xfail="`dozen` is only read as the vague plural `dozens`"),
    Q("twee- tot driehonderd banen", "nl", lower=200, upper=300, unit="job",
      xfail="a truncated compound (`twee-`) is not expanded; reads 2"),
    Q("one GPU", "en", 1, unit="GPU"),
    # --- currencies ----------------------------------------------------------------------
    M("€ 250", "nl", "EUR", 250),
    M("EUR 1,5 miljoen", "nl", "EUR", 1500000),
    M("1,5 miljoen EUR", "nl", "EUR", 1500000),
    M("250 euro", "nl", "EUR", 250),
    M("1.000 euro's", "nl", "EUR", 1000),
    M("$40,000", "en", "USD", 40000),
    M("US$ 2 billion", "en", "USD", 2 * B),
    M("2 miljard US-dollar", "nl", "USD", 2 * B),
    M("USD 300 million", "en", "USD", 300 * MLN),
    M("300 miljoen dollar", "nl", "USD", 300 * MLN),
    M("£ 5 miljoen", "nl", "GBP", 5 * MLN),
    M("5 miljoen pond", "nl", "GBP", 5 * MLN),
    M("ten million pounds", "en", "GBP", 10 * MLN),
    M("GBP 12m", "en", "GBP", 12 * MLN),
    M("CHF 40 Mio.", "en", "CHF", 40 * MLN),
    M("€3.000,-", "nl", "EUR", 3000),
    M("4 miljard Amerikaanse dollar", "nl", "USD", 4 * B),
    M("€\u00a02,1\u00a0miljard", "nl", "EUR", 2100 * MLN),
    M("2 miljard euro per jaar", "nl", "EUR", 2 * B, unit="per year"),
    M("€0,25 per kWh", "nl", "EUR", "0.25", unit="per kWh"),
    # --- units ---------------------------------------------------------------------------
    Q("200 MW", "nl", 200, unit="MW"),
    Q("1,5 GW", "nl", "1.5", unit="GW"),
    Q("500 kW", "nl", 500, unit="kW"),
    Q("5 TWh", "nl", 5, unit="TWh"),
    Q("3,2 terawattuur", "nl", "3.2", unit="TWh"),
    Q("100 megawatt", "nl", 100, unit="MW"),
    Q("20%", "nl", 20, unit="%"),
    Q("20 procent", "nl", 20, unit="%"),
    Q("12 percent", "en", 12, unit="%"),
    Q("3 procentpunt", "nl", 3, unit="pp"),
    Q("2.5 percentage points", "en", "2.5", unit="pp"),
    Q("4 exaflops", "en", 4, unit="EFLOPS"),
    Q("1,2 petaflops", "nl", "1.2", unit="PFLOPS"),
    Q("10.000 m²", "nl", 10000, unit="m²"),
    Q("5.000 m2", "nl", 5000, unit="m²"),
    Q("20 hectare", "nl", 20, unit="ha"),
    Q("12 ha", "nl", 12, unit="ha"),
    Q("5.000 banen", "nl", 5000, unit="job"),
    Q("3,000 jobs", "en", 3000, unit="job"),
    Q("24 maanden", "nl", 24, unit="month"),
    Q("six months", "en", 6, unit="month"),
    Q("5 jaar", "nl", 5, unit="year"),
    Q("three years", "en", 3, unit="year"),
    Q("10.000 chips", "nl", 10000, unit="chip"),
    Q("25,000 GPUs", "en", 25000, unit="GPU"),
    Q("16 datacenters", "nl", 16, unit="datacenter"),
    Q("7 AI-fabrieken", "nl", 7, unit="AI factory"),
    Q("five AI gigafactories", "en", 5, unit="gigafactory"),
    Q("7 data centres", "en", 7, unit="datacenter"),
    Q("2 supercomputers", "nl", 2, unit="supercomputer"),
    Q("10x", "en", 10, unit="×"),
    Q("300 servers", "en", 300, unit="server"),
    Q("2.000 onderzoekers", "nl", 2000, unit="researcher"),
    Q("50 start-ups", "nl", 50, unit="startup"),
    Q("20 lidstaten", "nl", 20, unit="member state"),
    Q("27 member states", "en", 27, unit="member state"),
    Q("100 kilometer", "nl", 100, unit="km"),
    Q("5 miljoen liter", "nl", 5 * MLN, unit="L"),
    Q("1.200 GPU’s", "nl", 1200, unit="GPU"),
    Q("5 GW per jaar", "nl", 5, unit="GW per year"),
    M("$30,000 per GPU", "en", "USD", 30000, unit="per GPU"),
    Q("1,2 miljoen ton CO2", "nl", 1200 * MLN // 1000, unit="t",
      xfail="tonnes are not in the unit table (Dutch `ton` is also €100,000)"),
    Q("200 fte", "nl", 200, unit="FTE"),
    # --- ranges --------------------------------------------------------------------------
    Q("3–5", "nl", lower=3, upper=5),
    Q("3-5", "nl", lower=3, upper=5),
    Q("3 à 5", "nl", lower=3, upper=5),
    Q("tussen 3 en 5", "nl", lower=3, upper=5),
    Q("between 3 and 5", "en", lower=3, upper=5),
    Q("6 tot 9", "nl", lower=6, upper=9),
    Q("3 tot 5 miljard", "nl", lower=3 * B, upper=5 * B),
    M("€ 3–5 miljard", "nl", "EUR", lower=3 * B, upper=5 * B),
    M("3 tot 5 miljard euro", "nl", "EUR", lower=3 * B, upper=5 * B),
    M("between €3bn and €5bn", "en", "EUR", lower=3 * B, upper=5 * B),
    Q("100-200 MW", "nl", lower=100, upper=200, unit="MW"),
    Q("100 MW tot 200 MW", "nl", lower=100, upper=200, unit="MW"),
    Q("from 2 to 4 GW", "en", lower=2, upper=4, unit="GW"),
    Q("van 10.000 tot 20.000 GPU's", "nl", lower=10000, upper=20000, unit="GPU"),
    Q("2 of 3 datacenters", "nl", lower=2, upper=3, unit="datacenter"),
    Q("tussen de 500 en 1.000 banen", "nl", lower=500, upper=1000, unit="job"),
    M("€ 1,2 à 1,5 miljard", "nl", "EUR", lower=1200 * MLN, upper=1500 * MLN),
    M("900 miljoen tot 1,2 miljard euro", "nl", "EUR", lower=900 * MLN, upper=1200 * MLN),
    Q("3 tot 5 procent", "nl", lower=3, upper=5, unit="%"),
    Q("10 to 15 percent", "en", lower=10, upper=15, unit="%"),
    Q("20–30%", "nl", lower=20, upper=30, unit="%"),
    Q("1.000-2.000 banen", "nl", lower=1000, upper=2000, unit="job"),
    Q("3\u20145 GW", "en", lower=3, upper=5, unit="GW"),
    M("€2.5bn-€3bn", "en", "EUR", lower=2500 * MLN, upper=3 * B),
    M("USD 2–3 billion", "en", "USD", lower=2 * B, upper=3 * B),
    Q("10%-15%", "nl", lower=10, upper=15, unit="%"),
    Q("three to four years", "en", lower=3, upper=4, unit="year"),
    M("3 miljard euro tot 5 miljard euro", "nl", "EUR", lower=3 * B, upper=5 * B),
    Q("tussen 2000 en 3000 banen", "nl", lower=2000, upper=3000, unit="job"),
    Q("tussen 2000 en 5000", "nl", lower=2000, upper=5000),
    T("5-3 GW", "nl"),
    # --- bounds --------------------------------------------------------------------------
    Q("minstens 20 datacenters", "nl", lower=20, unit="datacenter"),
    Q("minimaal 5 GW", "nl", lower=5, unit="GW"),
    Q("ten minste 1.000 banen", "nl", lower=1000, unit="job"),
    Q("at least 20 data centers", "en", lower=20, unit="datacenter"),
    M("more than 300 billion dollars", "en", "USD", lower=300 * B),
    M("meer dan 2 miljard euro", "nl", "EUR", lower=2 * B),
    M("ruim 2 miljard euro", "nl", "EUR", lower=2 * B),
    Q("over 10,000 GPUs", "en", lower=10000, unit="GPU"),
    Q("over 5 jaar", "nl", 5, unit="year"),  # Dutch `over` is `in`, no bound
    Q("maximaal 500 MW", "nl", upper=500, unit="MW"),
    Q("hooguit 3 procent", "nl", upper=3, unit="%"),
    M("tot 2 miljard euro", "nl", "EUR", upper=2 * B),
    M("up to €20 billion", "en", "EUR", upper=20 * B),
    Q("tot wel 100.000 GPU's", "nl", upper=100000, unit="GPU"),
    Q("less than 5%", "en", upper=5, unit="%"),
    Q("minder dan 1.000 banen", "nl", upper=1000, unit="job"),
    Q("fewer than 50 companies", "en", upper=50, unit="company"),
    Q("no more than 3 GW", "en", upper=3, unit="GW"),
    Q("niet meer dan 10 procent", "nl", upper=10, unit="%"),
    Q("at most 20 MW", "en", upper=20, unit="MW"),
    Q("20 GW of meer", "nl", lower=20, unit="GW"),
    Q("20+ datacenters", "nl", lower=20, unit="datacenter"),
    Q("50 or more countries", "en", lower=50, unit="country"),
    M("vanaf € 5", "nl", "EUR", lower=5),
    Q(">10 GW", "en", lower=10, unit="GW"),
    Q("<5%", "en", upper=5, unit="%"),
    Q("naar schatting meer dan 20 miljard", "nl", lower=20 * B, approx=True),
    Q("ruim twintig landen", "nl", lower=20, unit="country"),
    M("bijna 3 miljard euro", "nl", "EUR", 3 * B, approx=True),
    Q("nearly 2 GW", "en", 2, unit="GW", approx=True),
    Q("meer dan 2000", "nl", lower=2000),
    Q("zeker 12 lidstaten", "nl", lower=12, unit="member state"),
    Q("over 2000", "en", lower=2000),  # a count bound: not a year
    Q("een kleine 300 miljoen", "nl", 300 * MLN, approx=True),
    Q("tot 2000 GPU's", "nl", upper=2000, unit="GPU"),
    Q("meer dan een half miljard", "nl", lower=500 * MLN),
    Q("nog geen 16 miljard", "nl", upper=16 * B),
    # --- approximations ------------------------------------------------------------------
    Q("circa 300 miljoen", "nl", 300 * MLN, approx=True),
    Q("ca. 5 GW", "nl", 5, unit="GW", approx=True),
    Q("ongeveer 1.500 banen", "nl", 1500, unit="job", approx=True),
    Q("zo'n 10.000 GPU's", "nl", 10000, unit="GPU", approx=True),
    Q("zo’n 10.000 GPU’s", "nl", 10000, unit="GPU", approx=True),
    Q("rond de 200 MW", "nl", 200, unit="MW", approx=True),
    Q("rond 4 miljard", "nl", 4 * B, approx=True),
    M("about 300 billion dollars", "en", "USD", 300 * B, approx=True),
    Q("roughly 2 GW", "en", 2, unit="GW", approx=True),
    Q("around 40,000 GPUs", "en", 40000, unit="GPU", approx=True),
    M("approximately €1.5bn", "en", "EUR", 1500 * MLN, approx=True),
    Q("some 200 MW", "en", 200, unit="MW", approx=True),
    Q("~3 GW", "en", 3, unit="GW", approx=True),
    Q("± 20%", "nl", 20, unit="%", approx=True),
    M("circa € 3–5 miljard", "nl", "EUR", lower=3 * B, upper=5 * B, approx=True),
    M("ongeveer 3 tot 5 miljard euro", "nl", "EUR", lower=3 * B, upper=5 * B, approx=True),
    Q("pakweg 40 procent", "nl", 40, unit="%", approx=True),
    Q("an estimated 12,000 jobs", "en", 12000, unit="job", approx=True),
    Q("omstreeks 60 procent", "nl", 60, unit="%", approx=True),
    # --- vague counts: approximate lower bound equal to the scale ------------------------
    Q("honderdduizenden", "nl", lower=100000, approx=True),
    Q("honderdduizenden GPU's", "nl", lower=100000, unit="GPU", approx=True),
    Q("tientallen datacenters", "nl", lower=10, unit="datacenter", approx=True),
    Q("duizenden banen", "nl", lower=1000, unit="job", approx=True),
    M("miljarden euro's", "nl", "EUR", lower=B, approx=True),
    M("tientallen miljarden dollars", "nl", "USD", lower=10 * B, approx=True),
    M("honderden miljoenen euro", "nl", "EUR", lower=100 * MLN, approx=True),
    Q("thousands of GPUs", "en", lower=1000, unit="GPU", approx=True),
    M("hundreds of millions of euros", "en", "EUR", lower=100 * MLN, approx=True),
    Q("tens of thousands of jobs", "en", lower=10000, unit="job", approx=True),
    M("enkele miljarden euro", "nl", "EUR", lower=B, approx=True),
    M("several billion dollars", "en", "USD", lower=B, approx=True),
    # --- dates ---------------------------------------------------------------------------
    D("10 april 2025", "nl", "2025-04-10", "day"),
    D("1 januari 2026", "nl", "2026-01-01", "day"),
    D("maart 2024", "nl", "2024-03", "month"),
    D("juni 2025", "nl", "2025-06", "month"),
    D("June 11, 2025", "en", "2025-06-11", "day"),
    D("11 June 2025", "en", "2025-06-11", "day"),
    D("June 2025", "en", "2025-06", "month"),
    D("11th June 2025", "en", "2025-06-11", "day"),
    D("June 11th, 2025", "en", "2025-06-11", "day"),
    D("the 3rd of March 2026", "en", "2026-03-03", "day"),
    D("2025-06", "nl", "2025-06", "month"),
    D("2025-06-11", "nl", "2025-06-11", "day"),
    D("11-06-2025", "nl", "2025-06-11", "day"),
    D("11/06/2025", "nl", "2025-06-11", "day"),
    D("06/11/2025", "en", "2025-11-06", "day"),  # European d/m/y unless it cannot be
    D("12/31/2025", "en", "2025-12-31", "day"),
    D("31-12-2024", "nl", "2024-12-31", "day"),
    D("dinsdag 10 juni 2025", "nl", "2025-06-10", "day"),
    D("op 3 feb. 2025", "nl", "2025-02-03", "day"),
    D("15 okt 2024", "nl", "2024-10-15", "day"),
    D("Sept 2024", "en", "2024-09", "month"),
    D("May 2025", "en", "2025-05", "month"),
    D("mei 2025", "nl", "2025-05", "month"),
    D("2025", "nl", "2025", "year"),
    D("2025", "en", "2025", "year"),
    D("in 2025", "nl", "2025", "year"),
    D("het jaar 2030", "nl", "2030", "year"),
    D("rond 2030", "nl", "2030", "year", approx=True),
    D("eind 2024", "nl", "2024-12", "month", approx=True),
    D("begin 2025", "nl", "2025-01", "month", approx=True),
    D("medio 2025", "nl", "2025-07", "month", approx=True),
    D("mid-2025", "en", "2025-07", "month", approx=True),
    D("end of 2026", "en", "2026-12", "month", approx=True),
    D("late 2024", "en", "2024-12", "month", approx=True),
    D("early 2025", "en", "2025-01", "month", approx=True),
    D("eind-2024", "nl", "2024-12", "month", approx=True),
    D("eind juni 2025", "nl", "2025-06", "month"),
    D("begin maart 2026", "nl", "2026-03", "month"),
    D("aan het eind van 2027", "nl", "2027-12", "month", approx=True),
    D("by 2030", "en", "2030", "year"),
    D("ca. 2000", "nl", "2000", "year", approx=True),  # a bare 1900–2100 is a year
    D("per 1 januari 2026", "nl", "2026-01-01", "day"),
    D("by the end of 2030", "en", "2030-12", "month", approx=True),
    D("eind Q3 2025", "nl", "2025-09", "month", approx=True,
      xfail="a part-of-year marker before a quarter is ignored; reads the whole quarter"),
    T("Q5 2025", "nl", xfail="an impossible quarter is dropped and the year read alone"),
    T("31 februari 2025", "nl"),
    T("10 april", "nl"),
    # --- quarters, halves, seasons -------------------------------------------------------
    P("Q3 2025", "nl", "2025-07", "2025-09", "month"),
    P("Q1 2026", "en", "2026-01", "2026-03", "month"),
    P("Q4-2024", "nl", "2024-10", "2024-12", "month"),
    P("2025 Q2", "en", "2025-04", "2025-06", "month"),
    P("derde kwartaal van 2025", "nl", "2025-07", "2025-09", "month"),
    P("het eerste kwartaal 2026", "nl", "2026-01", "2026-03", "month"),
    P("third quarter of 2025", "en", "2025-07", "2025-09", "month"),
    P("3e kwartaal 2025", "nl", "2025-07", "2025-09", "month"),
    P("H1 2025", "en", "2025-01", "2025-06", "month"),
    P("eerste helft van 2026", "nl", "2026-01", "2026-06", "month"),
    P("second half of 2025", "en", "2025-07", "2025-12", "month"),
    P("in de zomer van 2025", "nl", "2025-06", "2025-08", "month", approx=True),
    P("voorjaar 2026", "nl", "2026-03", "2026-05", "month", approx=True),
    P("najaar 2025", "nl", "2025-09", "2025-11", "month", approx=True),
    P("spring 2026", "en", "2026-03", "2026-05", "month", approx=True),
    P("autumn 2024", "en", "2024-09", "2024-11", "month", approx=True),
    P("winter 2025", "nl", "2025-12", "2026-02", "month", approx=True),
    P("zomer 2025", "nl", "2025-06", "2025-08", "month", approx=True),
    # --- periods -------------------------------------------------------------------------
    P("van 2018 tot 2027", "nl", "2018", "2027", "year"),
    P("2018-2027", "nl", "2018", "2027", "year"),
    P("2018–2027", "nl", "2018", "2027", "year"),
    P("from 2018 to 2027", "en", "2018", "2027", "year"),
    P("tussen 2021 en 2027", "nl", "2021", "2027", "year"),
    P("between 2021 and 2027", "en", "2021", "2027", "year"),
    P("2021 t/m 2027", "nl", "2021", "2027", "year"),
    P("2021 tot en met 2027", "nl", "2021", "2027", "year"),
    P("januari tot maart 2025", "nl", "2025-01", "2025-03", "month"),
    P("januari–maart 2025", "nl", "2025-01", "2025-03", "month"),
    P("from January to March 2025", "en", "2025-01", "2025-03", "month"),
    P("van januari 2024 tot maart 2025", "nl", "2024-01", "2025-03", "month"),
    P("november tot februari 2025", "nl", "2024-11", "2025-02", "month"),
    P("10-12 juni 2025", "nl", "2025-06-10", "2025-06-12", "day"),
    P("10 tot 12 juni 2025", "nl", "2025-06-10", "2025-06-12", "day"),
    P("10 april tot 12 juni 2025", "nl", "2025-04-10", "2025-06-12", "day"),
    P("2024/25", "nl", "2024", "2025", "year"),
    P("2024-25", "nl", "2024", "2025", "year"),
    P("tot 2027", "nl", None, "2027", "year"),
    P("until 2030", "en", None, "2030", "year"),
    P("vanaf 2026", "nl", "2026", None, "year"),
    P("since 2020", "en", "2020", None, "year"),
    P("sinds 2019", "nl", "2019", None, "year"),
    P("tot eind 2025", "nl", None, "2025-12", "month", approx=True),
    P("vanaf juni 2025", "nl", "2025-06", None, "month"),
    P("Q3 2025 tot Q1 2026", "nl", "2025-07", "2026-03", "month"),
    P("van begin 2024 tot eind 2025", "nl", "2024-01", "2025-12", "month", approx=True),
    P("tussen januari en maart 2025", "nl", "2025-01", "2025-03", "month"),
    P("in de periode 2021-2027", "nl", "2021", "2027", "year"),
    P("July 1–3, 2025", "en", "2025-07-01", "2025-07-03", "day"),
    P("van 1 t/m 3 juli 2025", "nl", "2025-07-01", "2025-07-03", "day"),
    P("between June and August 2025", "en", "2025-06", "2025-08", "month"),
    P("in de tweede helft van 2026", "nl", "2026-07", "2026-12", "month"),
    P("Sinds januari 2024", "nl", "2024-01", None, "month"),
    P("vanaf de zomer van 2026", "nl", "2026-06", None, "month", approx=True),
    P("tot en met 2030", "nl", None, "2030", "year"),
    T("2027-2018", "nl"),
    # --- values inside running text ------------------------------------------------------
    Q("18.000 van Nvidia's nieuwste Blackwell-GPU's", "nl", 18000, unit="GPU"),
    Q("18.000 van Nvidia’s nieuwste Blackwell-GPU’s", "nl", 18000, unit="GPU"),
    Q("Mistral gaat 18.000 GPU's inzetten", "nl", 18000, unit="GPU"),
    M("een investering van 2,1 miljard euro in Groningen", "nl", "EUR", 2100 * MLN),
    M("het kabinet trekt 70 miljoen euro uit voor een AI-fabriek", "nl", "EUR", 70 * MLN),
    Q("de nieuwe campus krijgt een vermogen van 300 MW", "nl", 300, unit="MW"),
    Q("Europa wil binnen vijf jaar drie keer zoveel rekenkracht", "nl", 5, unit="year"),
    Q("volgens de minister zijn er ruim 4.000 banen mee gemoeid", "nl", lower=4000,
      unit="job"),
    Q("the plan envisages four gigafactories across Europe", "en", 4, unit="gigafactory"),
    M("The fund will mobilise €20 billion for AI gigafactories", "en", "EUR", 20 * B),
    Q("Each site would host around 100,000 next-generation chips", "en", 100000,
      unit="chip", approx=True),
    D("De provincie verwacht dat het datacenter in 2027 opengaat", "nl", "2027", "year"),
    D("Het consortium kondigde op 4 maart 2025 de plannen aan", "nl", "2025-03-04", "day"),
    M("In 2024 investeerde het bedrijf 600 miljoen euro", "nl", "EUR", 600 * MLN),
    M("2,1 miljard euro in 2025 en 3 miljard in 2026", "nl", "EUR", 2100 * MLN),
    M("tussen 2021 en 2027 trekt de EU 93 miljard euro uit", "nl", "EUR", 93 * B),
    Q("een netaansluiting van 150 megawatt voor de campus", "nl", 150, unit="MW"),
    Q("the cluster draws 40 MW of power", "en", 40, unit="MW"),
    Q("Nvidia’s nieuwste chips: zo’n 3.000 stuks", "nl", 3000, unit="piece", approx=True),
    Q("met een rekenkracht van 2 exaflops", "nl", 2, unit="EFLOPS"),
    Q("Nebius bouwt er een datacenter van 20.000 m²", "nl", 20000, unit="m²"),
    Q("de wachttijd voor een aansluiting loopt op tot 10 jaar", "nl", upper=10,
      unit="year"),
    M("Huang noemde een bedrag van $ 500 miljard", "nl", "USD", 500 * B),
    D("The EU aims to triple its computing capacity by 2027", "en", "2027", "year"),
    Q("capacity will grow tenfold within two years", "en", 2, unit="year"),
    M("Deze fabriek kost naar verwachting 4 à 5 miljard euro", "nl", "EUR", lower=4 * B,
      upper=5 * B),
    Q("de komende jaren minstens twintig nieuwe AI-datacenters", "nl", lower=20,
      unit="datacenter"),
    Q("uitgerust met duizenden Nvidia-GPU’s", "nl", lower=1000, unit="GPU", approx=True),
    M("a €200 billion initiative announced in Paris", "en", "EUR", 200 * B),
    Q("het aandeel groeit naar 35 procent in 2030", "nl", 35, unit="%"),
    Q("18.000 GPU's voor 2 miljard euro", "nl", 18000, unit="GPU"),  # the first wins
    Q("20 van de 27 lidstaten", "nl", 20),  # first wins; its unit is not guessed
    Q("de vraag groeit met een factor tien", "nl", 10, unit="×"),
    D("Tegen 2030 datacenters bouwen", "nl", "2030", "year"),
    Q("circa 100.000 graphic processing units (GPU’s)", "nl", 100000, unit="GPU",
      approx=True),
    Q("SiPearl levert 1.500 H100-GPU's", "nl", 1500, unit="GPU"),
    M("Mistral haalde in juni 2025 € 600 mln op", "nl", "EUR", 600 * MLN),
    # --- nothing to read: text, never a guess --------------------------------------------
    T("ongeveer een kwart van de capaciteit", "nl"),
    T("Het bedrijf wil de capaciteit verdubbelen", "nl"),
    T("Geen bedrag genoemd", "nl"),
    T("", "nl"),
    T("   ", "en"),
    T("volgend jaar", "nl"),
    T("eind dit jaar", "nl"),
    T("H100", "en"),
    T("GPT-4", "en"),
    T("een investering in Groningen", "nl"),
    T("the largest one of its kind", "en"),
    T("1.2.3", "nl"),
    T("1 op de 5 bedrijven", "nl"),  # a ratio: not read, rather than half read
    T("one in five companies", "en"),
    T("2025-13", "nl"),
    T("later this year", "en"),
]


def actual_fields(value: ParsedValue) -> tuple[object, ...]:
    """The fields of a parsed value in the order `expected` gives them."""
    return (value.kind, value.amount, value.lower, value.upper, value.unit, value.currency,
            value.approximate, value.date, value.date_end, value.precision)


def expected(case: Case) -> tuple[object, ...]:
    """The fields of a row in the order `_actual` gives them."""
    return (case.kind, case.amount, case.lower, case.upper, case.unit, case.currency,
            case.approximate, case.date, case.date_end, case.precision)


def is_correct(case: Case) -> bool:
    """True when the parser reads the row exactly right (used by the accuracy script)."""
    return actual_fields(parse_value(case.text, case.lang)) == expected(case)
