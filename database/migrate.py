"""Bring a project file to the current schema through Alembic.

Which revisions exist is read from the file names (`database.revisions`) without
importing Alembic (~0.1 s of start-up); Alembic itself loads only when a file needs migrating.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

from database.revisions import MIGRATIONS_DIR

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    """An Alembic config pointing at our migrations folder (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


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
