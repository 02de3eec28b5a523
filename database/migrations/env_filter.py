"""Which database objects Alembic's autogenerate may compare (shared by env.py and tests)."""

from __future__ import annotations


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Leave the FTS5 virtual table and its shadow tables to the migrations that made them."""
    return not (type_ == "table" and name is not None and name.startswith("document_fts"))
