"""Records a reviewer said are different things, so duplicate checks stop pairing them.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "distinct_pair",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("record_a", sa.String(), nullable=False),
        sa.Column("record_b", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("record_a", "record_b"),
    )
    with op.batch_alter_table("distinct_pair", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_distinct_pair_record_a"), ["record_a"], unique=False)
        batch_op.create_index(batch_op.f("ix_distinct_pair_record_b"), ["record_b"], unique=False)


def downgrade() -> None:
    op.drop_table("distinct_pair")
