"""Resolve what a user typed (an id, an id prefix, a title, a label) to one row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, select

from app.core.errors import Ambiguous, NotFound

T = TypeVar("T", bound=SQLModel)
MIN_PREFIX = 4


def by_id_or_prefix(session: Session, model: type[T], ref: str, what: str) -> T | None:
    """The row whose id is `ref` or starts with it (at least 4 characters), else None."""
    ref = ref.strip().lower()
    row = session.get(model, ref)
    if row is not None or len(ref) < MIN_PREFIX:
        return row
    column = model.id  # type: ignore[attr-defined]
    rows = list(session.exec(select(model).where(column.like(f"{ref}%")).limit(6)))
    if len(rows) > 1:
        raise Ambiguous(f"the id prefix {ref!r} matches several {what}s; give more characters")
    return rows[0] if rows else None


def one_of(rows: Sequence[T], ref: str, what: str, describe: Callable[[T], str]) -> T:
    """Exactly one row, or a clear error naming the candidates."""
    if not rows:
        raise NotFound(f"no {what} {ref!r}")
    if len(rows) > 1:
        listing = "; ".join(describe(r) for r in rows[:5])
        raise Ambiguous(f"{ref!r} matches {len(rows)} {what}s ({listing}); use an id")
    return rows[0]


def casefold_eq(column: sa.SQLColumnExpression[str], value: str) -> sa.ColumnElement[bool]:
    """Case-insensitive equality (SQLite's lower() folds ASCII; labels are mostly ASCII)."""
    return sa.func.lower(column) == value.strip().lower()
