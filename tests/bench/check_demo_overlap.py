"""Check that no 8-word sequence of a demo document occurs in a reference corpus document.

Stdlib only. Run: python tests/bench/check_demo_overlap.py [corpus_dir] [demo_dir]
Words are compared case-insensitively after NFC/NFKC normalisation, with typographic
quotes folded to ASCII and punctuation at word edges dropped. Exits 1 on any overlap.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

N = 8
ROOT = Path(__file__).resolve().parents[2]
FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                      "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u202f": " "})


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).translate(FOLD).casefold()
    out = []
    for w in text.split():
        w = w.strip(".,;:!?\"'()[]\u201e\u00ab\u00bb*-\u2022")
        if w:
            out.append(w)
    return out


def ngrams(ws: list[str]) -> set[tuple[str, ...]]:
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}


def main(argv: list[str]) -> int:
    corpus_dir = Path(argv[1]) if len(argv) > 1 else Path("/work/shared/corpus")
    demo_dir = Path(argv[2]) if len(argv) > 2 else ROOT / "resources" / "demo"
    corpus = {p.name: ngrams(words(p.read_text(encoding="utf-8"))) for p in sorted(corpus_dir.iterdir()) if p.is_file()}
    if not corpus:
        print(f"no corpus files in {corpus_dir}")
        return 1
    hits = 0
    for doc in sorted(demo_dir.glob("*.txt")):
        mine = ngrams(words(doc.read_text(encoding="utf-8")))
        for name, grams in corpus.items():
            for g in sorted(mine & grams):
                hits += 1
                print(f"{doc.name} ~ {name}: {' '.join(g)}")
    print("OK: no shared 8-word sequence" if not hits else f"FAILED: {hits} shared sequence(s)")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
