"""Which schema revisions this version of Claimdesk knows, read from the migration file names.

Revision files are named `NNNN_description.py` with `revision = "NNNN"` and a linear history,
so this needs neither Alembic nor SQLAlchemy: deciding whether a file can be opened (and the
start-up preview) stays cheap.
"""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def known_revisions() -> list[str]:
    """Every revision this version of Claimdesk knows, oldest first (from the file names)."""
    names = (p.name for p in (MIGRATIONS_DIR / "versions").iterdir())
    return sorted(m.group(1) for m in map(_REVISION_FILE.match, names) if m)


def head_revision() -> str:
    """The newest revision this version of Claimdesk knows."""
    return known_revisions()[-1]
