"""Bring a project file to the current schema through Alembic, and tell versions apart.

Revision files are named `NNNN_description.py` with `revision = "NNNN"` and a linear
history, so which revisions exist can be read from the file names without importing
Alembic (~0.1 s of start-up); Alembic itself loads only when a file needs migrating.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def alembic_config() -> Config:
    """An Alembic config pointing at our migrations folder (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> list[str]:
    """Every revision this version of Claimdesk knows, oldest first (from the file names)."""
    names = (p.name for p in (MIGRATIONS_DIR / "versions").iterdir())
    return sorted(m.group(1) for m in map(_REVISION_FILE.match, names) if m)


def head_revision() -> str:
    """The newest revision this version of Claimdesk knows."""
    return known_revisions()[-1]


def current_revision(conn: sa.Connection) -> str | None:
    """The revision a project file is at, or None for an empty file."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: sa.Engine) -> None:
    """Apply every pending migration in one transaction."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
