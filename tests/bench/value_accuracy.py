"""Accuracy of the value parser on the acceptance table in tests/core/value_phrases.py.

Run from the repo root:  .venv/bin/python tests/bench/value_accuracy.py [-v]
Prints the share of rows read exactly right (every field), overall and per language and
kind. Rows marked xfail in the table count as wrong, whatever the parser returns.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from app.core.values import parse_value  # noqa: E402
from tests.core.value_phrases import CASES, Case, is_correct  # noqa: E402


def _right(case: Case) -> bool:
    return case.xfail is None and is_correct(case)


def main(argv: list[str]) -> int:
    """Print the share right; with -v also every wrong row and what the parser said."""
    total, right = Counter[str](), Counter[str]()
    wrong: list[Case] = []
    for case in CASES:
        ok = _right(case)
        for key in ("all", f"lang={case.lang}", f"kind={case.kind}"):
            total[key] += 1
            right[key] += ok
        if not ok:
            wrong.append(case)
    for key in sorted(total, key=lambda k: (k != "all", k)):
        print(f"{key:16} {right[key]:4d}/{total[key]:<4d} {100 * right[key] / total[key]:6.1f}%")
    if "-v" in argv:
        for case in wrong:
            got = parse_value(case.text, case.lang).to_json()
            print(f"WRONG {case.lang} {case.text!r}: {case.xfail or got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
