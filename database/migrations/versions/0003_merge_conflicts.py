"""Merge conflicts: both versions of a field two copies changed differently, until decided.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_conflict",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("kept", sa.JSON(), nullable=True),
        sa.Column("other", sa.JSON(), nullable=True),
        sa.Column("kept_change_id", sa.String(), nullable=True),
        sa.Column("other_change_id", sa.String(), nullable=True),
        sa.Column("detected_at", sa.String(), nullable=False),
        sa.Column("resolved_at", sa.String(), nullable=True),
        sa.Column("resolved_by", sa.String(), nullable=True),
        sa.Column("resolution", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("merge_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merge_conflict_row_id"), ["row_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_merge_conflict_resolved_at"), ["resolved_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("merge_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_conflict_resolved_at"))
        batch_op.drop_index(batch_op.f("ix_merge_conflict_row_id"))
    op.drop_table("merge_conflict")
