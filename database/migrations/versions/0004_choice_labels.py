"""Labels for enum choices: values stay keys (`public_body`), the window and workbook show words.

Fields of the default schema get the labels that schema now carries; fields of other
schemas keep none and show their keys as before.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# (record type key, field key) -> choice -> (English, Dutch), as resources/schemas/
# ai-infrastructure.toml has them; applied only where the field's choices are these.
_LABELS = {
    ("organisation", "kind"): {
        "company": ("Company", "Bedrijf"), "public_body": ("Public body", "Overheidsorgaan"),
        "research_institute": ("Research institute", "Onderzoeksinstituut"),
        "consortium": ("Consortium", "Consortium")},
    ("facility", "kind"): {
        "ai_factory": ("AI factory", "AI-fabriek"), "ai_gigafactory": ("AI gigafactory", "AI-gigafabriek"),
        "data_centre": ("Data centre", "Datacenter"), "supercomputer": ("Supercomputer", "Supercomputer")},
    ("facility", "status"): {
        "announced": ("Announced", "Aangekondigd"), "planned": ("Planned", "Gepland"),
        "under_construction": ("Under construction", "In aanbouw"), "operational": ("Operational", "In gebruik")},
    ("programme", "kind"): {
        "fund": ("Fund", "Fonds"), "plan": ("Plan", "Plan"),
        "joint_undertaking": ("Joint undertaking", "Gemeenschappelijke onderneming"),
        "regulation": ("Regulation", "Verordening")},
}


def upgrade() -> None:
    with op.batch_alter_table("field_def", schema=None) as batch_op:
        batch_op.add_column(sa.Column("choice_labels", sa.JSON(), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT f.id, t.key, f.key, f.choices FROM field_def f JOIN record_type t ON t.id = f.record_type_id "
        "WHERE f.datatype = 'enum'")).all()
    for field_id, type_key, field_key, choices in rows:
        labels = _LABELS.get((type_key, field_key))
        if labels is None or sorted(json.loads(choices or "[]")) != sorted(labels):
            continue
        value = {key: {"en": en, "nl": nl} for key, (en, nl) in labels.items()}
        conn.execute(sa.text("UPDATE field_def SET choice_labels = :labels WHERE id = :id"),
                     {"labels": json.dumps(value, ensure_ascii=False), "id": field_id})


def downgrade() -> None:
    with op.batch_alter_table("field_def", schema=None) as batch_op:
        batch_op.drop_column("choice_labels")
