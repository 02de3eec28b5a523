"""Word tables for the value parser: numbers, scales, currencies, units, markers, months.

Package-private: use `app.core.values`. Every key is lower case; multi-word keys are
tuples of tokens as `value_tokens.tokenize` splits them (so `GPU's` is one token and
`t/m` is three). Tables are data, so the parser's rules can be read off them.
"""

from __future__ import annotations

from decimal import Decimal

Phrase = tuple[str, ...]

# Number words. Dutch compounds (`vijfentwintig`, `tweehonderdduizend`) are built from
# these by `value_tokens.dutch_number_word`; English ones combine word by word.
NUMBER_WORDS: dict[str, int] = {
    "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
    "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
    "honderd": 100, "duizend": 1000,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}
# Words that are a number only right before a scale word or (for `one`) a unit:
# `een investering` is an article, `een miljard` a number; `one of the` is no amount.
WEAK_ONE_WORDS: frozenset[str] = frozenset({"een", "a", "an", "one"})
# Dutch `ten minste`/`ten slotte`: `ten` there is no number.
NOT_NUMBER_AFTER_TEN: frozenset[str] = frozenset(
    {"minste", "hoogste", "laatste", "eerste", "opzichte", "behoeve", "gevolge", "slotte"}
)
DUTCH_UNITS: dict[str, int] = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9,
}
DUTCH_TENS: dict[str, int] = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90,
}
# Fractions that only make sense before a scale word (`anderhalf miljard`).
FRACTION_WORDS: dict[str, Decimal] = {
    "half": Decimal("0.5"), "halve": Decimal("0.5"), "kwart": Decimal("0.25"),
    "anderhalf": Decimal("1.5"), "anderhalve": Decimal("1.5"),
}
# ... except these, which are a number anywhere (`anderhalf jaar`).
FREE_FRACTION_WORDS: frozenset[str] = frozenset({"anderhalf", "anderhalve"})
# Fractions written as phrases; like FRACTION_WORDS they need a scale word after them.
FRACTION_PHRASES: dict[Phrase, Decimal] = {
    ("een", "half"): Decimal("0.5"), ("een", "halve"): Decimal("0.5"),
    ("een", "kwart"): Decimal("0.25"), ("driekwart",): Decimal("0.75"),
    ("half", "a"): Decimal("0.5"), ("half", "an"): Decimal("0.5"),
    ("a", "quarter", "of", "a"): Decimal("0.25"), ("quarter", "of", "a"): Decimal("0.25"),
    ("three", "quarters", "of", "a"): Decimal("0.75"),
}
# `1 op de 5 bedrijven`, `one in five`: a ratio, which this parser does not read.
RATIO_PHRASES: dict[Phrase, bool] = {
    ("op", "de"): True, ("op", "het"): True, ("out", "of"): True, ("op", "elke"): True,
    ("in",): True,
}
RATIO_ONES: frozenset[str] = frozenset({"one", "een", "één"})

# Scale words multiply the number before them. Single letters count only when written
# against the number (`€3m`, `5k`), see `ADJACENT_ONLY_SCALES`. `biljoen` is the Dutch
# long scale (10^12), `trillion` the English short scale (also 10^12).
SCALE_WORDS: dict[str, int] = {
    "honderd": 10**2, "hundred": 10**2,
    "duizend": 10**3, "thousand": 10**3, "k": 10**3, "dzd": 10**3,
    "miljoen": 10**6, "miljoenen": 10**6, "mln": 10**6, "mio": 10**6, "million": 10**6,
    "millions": 10**6, "m": 10**6, "mn": 10**6,
    "miljard": 10**9, "miljarden": 10**9, "mld": 10**9, "mrd": 10**9, "billion": 10**9,
    "billions": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9,
    "biljoen": 10**12, "biljoenen": 10**12, "trillion": 10**12, "trillions": 10**12,
    "tn": 10**12, "triljoen": 10**18,
}
ADJACENT_ONLY_SCALES: frozenset[str] = frozenset({"k", "m", "b"})
# Scale words that are no number on their own (`miljoen` needs `een`/`één`/digits).
BARE_SCALE_NUMBERS: frozenset[str] = frozenset({"honderd", "duizend", "hundred", "thousand"})

# Vague plurals: `honderdduizenden chips` is read as an approximate LOWER bound equal to
# the scale itself (100000): certainly true, never an over-reading. Products chain:
# `tientallen miljarden` = at least 10 x 10^9, `tens of billions` likewise.
VAGUE_WORDS: dict[str, int] = {
    "tientallen": 10, "honderden": 100, "duizenden": 1000, "tienduizenden": 10**4,
    "honderdduizenden": 10**5, "miljoenen": 10**6, "miljarden": 10**9,
    "biljoenen": 10**12,
    "tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 10**6,
    "billions": 10**9, "trillions": 10**12,
}
# `enkele miljarden`, `several billion`: a vague count of the scale that follows.
VAGUE_QUANTIFIERS: tuple[Phrase, ...] = (
    ("enkele",), ("enige",), ("meerdere",), ("diverse",), ("een", "paar"),
    ("several",), ("a", "few"), ("vele",), ("many",),
)

# Currencies (ISO 4217). `dollar` alone is read as the US dollar.
CURRENCY_PHRASES: dict[Phrase, str] = {
    ("€",): "EUR", ("eur",): "EUR", ("euro",): "EUR", ("euros",): "EUR",
    ("euro's",): "EUR",
    ("$",): "USD", ("us", "$"): "USD", ("usd",): "USD", ("dollar",): "USD",
    ("dollars",): "USD", ("us", "-", "dollar"): "USD", ("us", "-", "dollars"): "USD",
    ("us", "dollars"): "USD", ("us", "dollar"): "USD", ("amerikaanse", "dollar"): "USD",
    ("amerikaanse", "dollars"): "USD",
    ("£",): "GBP", ("gbp",): "GBP", ("pond",): "GBP", ("ponden",): "GBP",
    ("pound",): "GBP", ("pounds",): "GBP", ("pond", "sterling"): "GBP",
    ("pounds", "sterling"): "GBP", ("britse", "pond"): "GBP", ("sterling",): "GBP",
    ("chf",): "CHF", ("zwitserse", "frank"): "CHF", ("swiss", "francs"): "CHF",
    ("¥",): "JPY", ("jpy",): "JPY", ("yen",): "JPY", ("cny",): "CNY", ("yuan",): "CNY",
    ("renminbi",): "CNY", ("sek",): "SEK", ("dkk",): "DKK", ("nok",): "NOK",
    ("pln",): "PLN", ("cad",): "CAD", ("aud",): "AUD", ("inr",): "INR", ("krw",): "KRW",
}
CURRENCY_SYMBOLS: dict[str, str] = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}

# Units, normalised to a short canonical form (document of record for the unit table):
#   %, pp (percentage points), W kW MW GW TW, kWh MWh GWh TWh, TFLOPS PFLOPS EFLOPS,
#   GB TB PB EB, GPU, chip, processor, server, rack, node, qubit, parameter,
#   datacenter, supercomputer, AI factory, gigafactory, factory, job, FTE, person,
#   employee, researcher, company, startup, country, member state,
#   hour, day, week, month, year, m², km², ha, km, L, nm, × (times), piece.
_UNIT_FORMS: dict[str, tuple[str, ...]] = {
    "%": ("%", "procent", "percent", "per cent", "pct"),
    "pp": ("procentpunt", "procentpunten", "percentage point", "percentage points",
           "pp", "%-punt", "%-punten"),
    "W": ("watt",), "kW": ("kw", "kilowatt"), "MW": ("mw", "megawatt", "megawatts"),
    "GW": ("gw", "gigawatt", "gigawatts"), "TW": ("tw", "terawatt", "terawatts"),
    "kWh": ("kwh", "kilowattuur", "kilowatt-hour", "kilowatt-hours", "kilowatt hours"),
    "MWh": ("mwh", "megawattuur", "megawatt-hour", "megawatt-hours", "megawatt hours"),
    "GWh": ("gwh", "gigawattuur", "gigawatt-hour", "gigawatt-hours", "gigawatt hours"),
    "TWh": ("twh", "terawattuur", "terawatt-hour", "terawatt-hours", "terawatt hours"),
    "TFLOPS": ("tflops", "teraflop", "teraflops", "tflop/s"),
    "PFLOPS": ("pflops", "petaflop", "petaflops", "pflop/s"),
    "EFLOPS": ("eflops", "exaflop", "exaflops", "eflop/s"),
    "GB": ("gb", "gigabyte", "gigabytes"), "TB": ("tb", "terabyte", "terabytes"),
    "PB": ("pb", "petabyte", "petabytes"), "EB": ("eb", "exabyte", "exabytes"),
    "GPU": ("gpu", "gpu's", "gpus", "grafische kaarten", "grafische chips",
            "graphic processing units", "graphics processing units"),
    "chip": ("chip", "chips", "ai-chips"), "processor": ("processor", "processors",
                                                         "processoren"),
    "server": ("server", "servers"), "rack": ("rack", "racks"),
    "node": ("node", "nodes", "knooppunt", "knooppunten"), "qubit": ("qubit", "qubits"),
    "parameter": ("parameter", "parameters"),
    "datacenter": ("datacenter", "datacenters", "datacentra", "datacentrum", "data center",
                   "data centers", "data centre", "data centres", "datacentre",
                   "datacentres", "data-center", "data-centers", "data-centres"),
    "supercomputer": ("supercomputer", "supercomputers"),
    "AI factory": ("ai-fabriek", "ai-fabrieken", "ai fabriek", "ai fabrieken",
                   "ai factory", "ai factories", "ai-factory", "ai-factories"),
    "gigafactory": ("gigafabriek", "gigafabrieken", "gigafactory", "gigafactories",
                    "ai-gigafabriek", "ai-gigafabrieken", "ai gigafactories"),
    "factory": ("fabriek", "fabrieken", "factory", "factories"),
    "job": ("baan", "banen", "job", "jobs", "arbeidsplaats", "arbeidsplaatsen"),
    "FTE": ("fte", "fte's", "ftes", "voltijdsbanen"),
    "person": ("mensen", "personen", "people", "persons"),
    "employee": ("medewerkers", "werknemers", "employees", "werknemer", "employee"),
    "researcher": ("onderzoekers", "researchers", "onderzoeker", "researcher"),
    "company": ("bedrijf", "bedrijven", "company", "companies", "ondernemingen"),
    "startup": ("startup", "startups", "start-up", "start-ups", "start-up's"),
    "country": ("land", "landen", "country", "countries"),
    "member state": ("lidstaat", "lidstaten", "member state", "member states"),
    "hour": ("uur", "uren", "hour", "hours"), "day": ("dag", "dagen", "day", "days"),
    "week": ("week", "weken", "weeks"), "month": ("maand", "maanden", "month", "months"),
    "year": ("jaar", "jaren", "year", "years"),
    "m²": ("m²", "m2", "vierkante meter", "square metres", "square meters",
           "square metre", "square meter", "sqm"),
    "km²": ("km²", "km2", "vierkante kilometer", "square kilometres", "square kilometers"),
    "ha": ("ha", "hectare", "hectares"),
    "km": ("km", "kilometer", "kilometers", "kilometre", "kilometres"),
    "L": ("liter", "liters", "litre", "litres"), "nm": ("nm", "nanometer", "nanometre"),
    "×": ("x", "×", "keer", "times"),
    "piece": ("stuks", "stuk", "pieces"),
}


def _phrase(form: str) -> Phrase:
    """Split a unit spelling into tokens the way the tokenizer does (`per cent`, `ai-chips`)."""
    out: list[str] = []
    for word in form.split(" "):
        parts = word.split("-")
        for i, part in enumerate(parts):
            if i:
                out.append("-")
            if part:
                out.extend(["%"] if part == "%" else [part])
    return tuple(out)


UNIT_PHRASES: dict[Phrase, str] = {
    _phrase(form): unit for unit, forms in _UNIT_FORMS.items() for form in forms
}
# `per jaar`, `a year`, `annually`: a rate, appended to the unit as `per year`.
RATE_PHRASES: dict[Phrase, str] = {
    ("per", "annum"): "year", ("a", "year"): "year", ("annually",): "year",
    ("jaarlijks",): "year", ("p", ".", "a", "."): "year", ("a", "month"): "month",
    ("maandelijks",): "month", ("monthly",): "month",
}

# Bound and approximation markers, read backwards from a value. `effect` is what they do
# to an amount; `year_effect` what they do to a bare year (`tot 2027` ends a period;
# `meer dan 2000` is a count, so its year_effect is None and the number stays a number).
LOWER, UPPER, APPROX = "lower", "upper", "approx"
START, END = "start", "end"
Marker = tuple[str, str | None]

_MARKER_FORMS: dict[tuple[str, str | None], tuple[str, ...]] = {
    (LOWER, None): (
        "minstens", "minimaal", "ten minste", "tenminste", "op zijn minst", "minimum",
        "at least", "more than", "meer dan", "ruim", "over", "upwards of",
        "in excess of", "no less than", "niet minder dan", "greater than", "above",
        "boven de", "meer als", "> ", "≥ ", "a minimum of", "min .", "zeker",
    ),
    (LOWER, START): ("vanaf", "from", "sinds", "since", "starting", "starting in",
                     "vanaf begin"),
    (UPPER, None): (
        "maximaal", "hooguit", "hoogstens", "tot wel", "up to", "less than",
        "minder dan", "fewer than", "at most", "no more than", "niet meer dan",
        "tot maximaal", "a maximum of", "maximum", "max .", "max", "under", "below",
        "onder de", "< ", "≤ ", "nog geen", "not even", "just under", "net onder",
    ),
    (UPPER, END): ("tot", "tot en met", "t / m", "until", "till", "through", "uiterlijk",
                   "tot uiterlijk", "no later than", "up until"),
    (APPROX, APPROX): (
        "circa", "ca", "ca .", "c .", "ongeveer", "zo'n", "rond", "rondom", "rond de",
        "omstreeks", "bijna", "nagenoeg", "naar schatting", "ruwweg", "grofweg",
        "pakweg", "zowat", "plusminus", "om en nabij", "in de orde van", "about",
        "roughly", "around", "approximately", "approx", "approx .", "some", "nearly",
        "almost", "an estimated", "estimated", "een kleine", "een goede", "een dikke",
        "~ ", "± ", "≈ ", "+ / -", "in the order of", "of the order of", "circa de", "around the",
    ),
}


def _marker_phrase(form: str) -> Phrase:
    """Split a marker spelling on spaces (symbols are written space-separated above)."""
    return tuple(part for part in form.split(" ") if part)


MARKERS: dict[Phrase, Marker] = {
    _marker_phrase(form): key for key, forms in _MARKER_FORMS.items() for form in forms
}
# `over` is `in` (time) or `about` (topic) in Dutch, so it bounds only in English text.
ENGLISH_ONLY_MARKERS: frozenset[Phrase] = frozenset({("over",), ("under",), ("some",)})
# After the value: `20 GW of meer`, `20+`.
POST_MARKERS: dict[Phrase, str] = {
    ("of", "meer"): LOWER, ("or", "more"): LOWER, ("+",): LOWER, ("en", "meer"): LOWER,
    ("or", "higher"): LOWER, ("of", "hoger"): LOWER, ("or", "above"): LOWER,
    ("of", "minder"): UPPER, ("or", "less"): UPPER, ("or", "fewer"): UPPER,
    ("of", "lager"): UPPER, ("or", "lower"): UPPER,
}
# Between two numbers these make a range; `en`/`and` only after `tussen`/`between`.
RANGE_CONNECTORS: frozenset[Phrase] = frozenset({
    ("-",), ("tot",), ("tot", "en", "met"), ("t", "/", "m"), ("à",), ("a",), ("to",),
    ("until",), ("through",), ("till",), ("of",), ("or",), ("tot", "ca", "."),
    ("tot", "circa",), ("tot", "ongeveer"), ("to", "about"), ("/",),
})
PAIRED_CONNECTORS: dict[Phrase, Phrase] = {("en",): ("tussen",), ("and",): ("between",)}
# Words after which a unit search stops: a unit beyond them belongs to something else.
UNIT_SEARCH_STOPS: frozenset[str] = frozenset({
    "en", "and", "maar", "but", "dan", "than", "die", "dat", "which", "that", "who",
    "voor", "for", "aan", "in", "op", "bij", "met", "with", "at", "on", "naar", "to",
    "into", "door", "by", "uit", "from", "over", "tot", "om", "tegen", "per",
    "or", "is", "zijn", "are", "was", "were", "werd", "worden",
})
# Prepositions after which a 4-digit number 1900–2100 is a year even with a unit right
# after it (`tegen 2030 datacenters bouwen`); `in`/`tot` are left out (`tot 2000 GPU's`).
STRONG_YEAR_PREPOSITIONS: frozenset[str] = frozenset(
    {"tegen", "anno", "sinds", "since", "by", "uiterlijk"}
)
# Prepositions that make a following 4-digit number a year even with a unit further on.
YEAR_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "tegen", "sinds", "vanaf", "per", "by", "since", "until", "tot", "uit", "anno",
    "jaar", "year", "eind", "begin", "medio", "na", "after", "before", "voor", "during",
    "tijdens", "from", "van",
})

# Words that tell the number style when the phrase holds them (`2,1 miljard` is Dutch).
DUTCH_STYLE_WORDS: frozenset[str] = frozenset({
    "miljard", "miljoen", "biljoen", "duizend", "mld", "mrd", "miljarden", "miljoenen",
    "ongeveer", "ruim", "minstens", "tussen", "en", "tot", "van", "het", "de", "een",
    "procent", "zo'n", "bijna", "meer", "dan", "euro's", "maximaal", "hooguit",
    "banen", "jaar", "maanden", "landen", "lidstaten", "bedrijven",
})
ENGLISH_STYLE_WORDS: frozenset[str] = frozenset({
    "billion", "million", "thousand", "bn", "billions", "millions", "about", "between",
    "and", "to", "of", "the", "roughly", "around", "percent", "least", "than", "up",
    "nearly", "almost", "some", "approximately", "gpus", "jobs", "years", "months",
    "countries", "companies", "euros", "centres", "centers",
})

MONTHS: dict[str, int] = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "augustus": 8,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
# English month names that are also verbs: a month only when capitalised or with a day.
VERB_MONTHS: frozenset[str] = frozenset({"may", "march", "mar"})
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
ORDINAL_SUFFIXES: frozenset[str] = frozenset({"st", "nd", "rd", "th", "e", "ste", "de"})
ORDINAL_WORDS: dict[str, int] = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4,
    "first": 1, "second": 2, "third": 3, "fourth": 4,
}
QUARTER_WORDS: frozenset[str] = frozenset({"kwartaal", "quarter"})
HALF_WORDS: frozenset[str] = frozenset({"helft", "half", "halfjaar"})
# Seasons as (first month, last month); winter runs into the next year.
SEASONS: dict[str, tuple[int, int]] = {
    "voorjaar": (3, 5), "lente": (3, 5), "spring": (3, 5),
    "zomer": (6, 8), "summer": (6, 8),
    "najaar": (9, 11), "herfst": (9, 11), "autumn": (9, 11), "fall": (9, 11),
    "winter": (12, 2),
}
# `eind 2024` → 2024-12, `begin 2025` → 2025-01, `medio 2025` → 2025-07 (the middle of
# the year is 1 July), all approximate when applied to a year.
PART_OF_YEAR: dict[Phrase, int] = {
    ("eind",): 12, ("einde",): 12, ("eind", "van"): 12, ("einde", "van"): 12,
    ("het", "eind", "van"): 12, ("het", "einde", "van"): 12, ("end",): 12,
    ("end", "of"): 12, ("the", "end", "of"): 12, ("late",): 12, ("ultimo",): 12,
    ("eind", "-"): 12, ("end", "-"): 12, ("late", "-"): 12,
    ("begin",): 1, ("begin", "van"): 1, ("het", "begin", "van"): 1, ("start",): 1,
    ("start", "of"): 1, ("the", "start", "of"): 1, ("early",): 1, ("primo",): 1,
    ("the", "beginning", "of"): 1, ("beginning", "of"): 1, ("begin", "-"): 1,
    ("early", "-"): 1,
    ("medio",): 7, ("mid",): 7, ("mid", "-"): 7, ("midden",): 7, ("midden", "van"): 7,
    ("halverwege",): 7, ("the", "middle", "of"): 7, ("middle", "of"): 7,
    ("medio", "-"): 7, ("halfway",): 7, ("halfway", "through"): 7,
}
