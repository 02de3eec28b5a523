"""The merge's conflict list: what two copies changed differently, until someone decides."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from app.core.errors import InvalidValue, NotFound
from app.core.project import Project
from app.core.references import by_id_or_prefix
from database.models import MergeConflict, utc_now

CHOICES = ("kept", "other", "dismiss")


@dataclass(frozen=True)
class ConflictView:
    """A conflict as the review tools list it; `kept` is in the row now, `other` waits aside."""

    id: str
    table_name: str
    row_id: str
    kind: str
    columns: tuple[str, ...]
    kept: dict[str, Any] | None
    other: dict[str, Any] | None
    detected_at: str
    resolved_at: str | None
    resolution: str | None

    def summary(self) -> str:
        """One line for a list: what clashed and both versions."""
        if self.kind == "delete" and self.kept is None:
            return (f"{self.table_name} {self.row_id[:8]} was deleted in one copy and changed in the "
                    "other; it stays deleted, the changed version is kept aside")
        if self.kind == "delete":
            return f"{self.table_name} {self.row_id[:8]} was deleted in one copy and changed in the other"
        if self.kind == "accepted":
            return (f"two values accepted for one field: {(self.kept or {}).get('value_text')!r} stays "
                    f"accepted, {(self.other or {}).get('value_text')!r} is proposed again")
        fields = ", ".join(f"{c}: {(self.kept or {}).get(c)!r} (kept) vs {(self.other or {}).get(c)!r}"
                           for c in self.columns)
        return f"{self.table_name} {self.row_id[:8]} {fields}"


def _view(row: MergeConflict) -> ConflictView:
    return ConflictView(row.id, row.table_name, row.row_id, row.kind, tuple(row.columns or ()),
                        row.kept, row.other, row.detected_at, row.resolved_at, row.resolution)


def list_merge_conflicts(project: Project, include_resolved: bool = False,
                         row_id: str | None = None) -> list[ConflictView]:
    """Conflicts from merges, oldest first; open ones only unless asked."""
    stmt = select(MergeConflict).order_by(col(MergeConflict.detected_at), col(MergeConflict.id))
    if not include_resolved:
        stmt = stmt.where(col(MergeConflict.resolved_at).is_(None))
    if row_id is not None:
        stmt = stmt.where(MergeConflict.row_id == row_id)
    with project.read() as session:
        rows = list(session.exec(stmt))
        if not include_resolved:
            rows = [r for r in rows if r.kind != "accepted" or _clash_stands(session, r)]
        return [_view(r) for r in rows]


def _clash_stands(session: Session, conflict: MergeConflict) -> bool:
    """An `accepted` clash is moot once a review left fewer than two of its claims accepted."""
    from database.models import Claim

    ids = [(v or {}).get("claim_id") for v in (conflict.kept, conflict.other)]
    statuses = [c.status for c in (session.get(Claim, i) for i in ids if i) if c is not None]
    return statuses.count("accepted") == 2


def resolve_merge_conflict(project: Project, conflict_ref: str, choice: str) -> ConflictView:
    """Decide a conflict: `kept` leaves the row as it is, `other` puts the other version in
    (change-logged like any edit: a deleted row comes back, a kept one is deleted),
    `dismiss` just closes it."""
    if choice not in CHOICES:
        raise InvalidValue(f"unknown choice {choice!r}; use kept, other or dismiss")
    with project.write(f"resolve merge conflict ({choice})") as session:
        conflict = by_id_or_prefix(session, MergeConflict, conflict_ref, "merge conflict")
        if conflict is None:
            raise NotFound(f"no merge conflict {conflict_ref!r}")
        if conflict.resolved_at is not None:
            raise InvalidValue(f"the conflict {conflict.id[:8]} was already decided ({conflict.resolution})")
        if choice == "other":
            _take_other(session, project.editor, conflict)
        elif choice == "kept" and conflict.kind == "accepted":
            _accept(session, project.editor, conflict.kept)
        # The conflict list is merge bookkeeping, not user data: written without the change log.
        session.execute(sa.update(MergeConflict).where(col(MergeConflict.id) == conflict.id).values(
            resolved_at=utc_now(), resolved_by=project.editor, resolution=choice))
        session.expire(conflict)
        return _view(session.get(MergeConflict, conflict.id))  # type: ignore[arg-type]


def _model(table: str) -> type[SQLModel]:
    for mapper in SQLModel._sa_registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise InvalidValue(f"conflicts on {table} rows cannot be decided here")


def _accept(session: Session, editor: str, version: dict[str, Any] | None) -> None:
    """Accept one side of an `accepted` clash; the review demotes the other, logged."""
    from app.core.review import apply_decision
    from database.models import Claim

    claim = session.get(Claim, (version or {}).get("claim_id"))
    if claim is None:
        raise NotFound("that accepted claim no longer exists")
    apply_decision(session, editor, claim, "accept")


def _take_other(session: Session, editor: str, conflict: MergeConflict) -> None:
    if conflict.kind == "accepted":
        _accept(session, editor, conflict.other)
        return
    model = _model(conflict.table_name)
    row = session.get(model, conflict.row_id)
    if conflict.kind == "delete" and conflict.kept is not None:
        # The merge kept the row; the other version is its deletion (a no-op if it is gone).
        if row is not None:
            _delete_with_dependants(session, conflict.table_name, conflict.row_id)
            session.delete(row)
        return
    if row is None and conflict.kind == "delete":
        # The merge deleted the row; the other version is the edited row: put it back. Its
        # insert is logged later than the deletion, so every copy keeps it after merging.
        session.add(_restored(session, model, conflict))
        return
    if row is None:
        raise NotFound(f"the {conflict.table_name} row {conflict.row_id[:8]} no longer exists")
    table = model.__table__  # type: ignore[attr-defined]
    for name, value in (conflict.other or {}).items():
        setattr(row, name, _from_stored(table.c[name].type, value))
    session.add(row)


def _restored(session: Session, model: type[SQLModel], conflict: MergeConflict) -> SQLModel:
    table = model.__table__  # type: ignore[attr-defined]
    other = conflict.other or {}
    if not other or any(isinstance(v, dict) and set(v) == {"bytes"} for v in other.values()):
        raise InvalidValue(f"the deleted {conflict.table_name} row {conflict.row_id[:8]} cannot be "
                           "restored from the conflict list")
    values = {name: _from_stored(table.c[name].type, value) for name, value in other.items()
              if name in table.c}
    for fk in table.foreign_keys:
        ref = values.get(fk.parent.name)
        if ref is not None and session.get(_model(fk.column.table.name), ref) is None:
            raise NotFound(f"the {conflict.table_name} row {conflict.row_id[:8]} cannot come back: "
                           f"the {fk.column.table.name} it belongs to no longer exists")
    return model(**values)


def _from_stored(sa_type: sa.types.TypeEngine[Any], value: Any) -> Any:
    # Conflicts keep values as SQLite stored them; turn them back into model values.
    if value is None:
        return None
    if isinstance(sa_type, sa.JSON) and isinstance(value, str):
        return json.loads(value)
    if isinstance(sa_type, sa.Boolean):
        return bool(value)
    return value


def _delete_with_dependants(session: Session, table: str, row_id: str) -> None:
    # Evidence links go with a claim or annotation, through the ORM so the log records them.
    for other in SQLModel.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table.name == table and other.name not in {"merge_conflict", table}:
                dependant = _model(other.name)
                for child in session.exec(select(dependant).where(getattr(dependant, fk.parent.name) == row_id)):
                    session.delete(child)
    session.flush()
