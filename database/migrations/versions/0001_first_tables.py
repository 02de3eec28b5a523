"""First tables: documents, annotations, schema, records, claims, evidence, change log.

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 00:13:11.741936
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('change_log',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('at', sa.String(), nullable=False),
    sa.Column('editor', sa.String(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('table_name', sa.String(), nullable=False),
    sa.Column('row_id', sa.String(), nullable=False),
    sa.Column('op', sa.String(), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_change_log_editor'), ['editor'], unique=False)
        batch_op.create_index(batch_op.f('ix_change_log_row_id'), ['row_id'], unique=False)

    op.create_table('document',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('format', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=True),
    sa.Column('publisher', sa.String(), nullable=True),
    sa.Column('author', sa.String(), nullable=True),
    sa.Column('published', sa.String(), nullable=True),
    sa.Column('url', sa.String(), nullable=True),
    sa.Column('language', sa.String(), nullable=True),
    sa.Column('filename', sa.String(), nullable=False),
    sa.Column('sha256', sa.String(), nullable=False),
    sa.Column('byte_size', sa.Integer(), nullable=False),
    sa.Column('char_count', sa.Integer(), nullable=False),
    sa.Column('page_starts', sa.JSON(), nullable=True),
    sa.Column('imported_at', sa.String(), nullable=False),
    sa.Column('imported_by', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('sha256')
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_imported_at'), ['imported_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_published'), ['published'], unique=False)

    op.create_table('project',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('schema_name', sa.String(), nullable=False),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.Column('created_by', sa.String(), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('record_type',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('label_en', sa.String(), nullable=False),
    sa.Column('label_nl', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_table('annotation',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('document_id', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('quote', sa.String(), nullable=False),
    sa.Column('prefix', sa.String(), nullable=False),
    sa.Column('suffix', sa.String(), nullable=False),
    sa.Column('label', sa.String(), nullable=True),
    sa.Column('note', sa.String(), nullable=True),
    sa.Column('orphaned', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.Column('created_by', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('annotation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_annotation_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_annotation_label'), ['label'], unique=False)

    op.create_table('document_file',
    sa.Column('document_id', sa.String(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id')
    )
    op.create_table('document_text',
    sa.Column('document_id', sa.String(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id')
    )
    op.create_table('field_def',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('record_type_id', sa.String(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('label_en', sa.String(), nullable=False),
    sa.Column('label_nl', sa.String(), nullable=False),
    sa.Column('datatype', sa.String(), nullable=False),
    sa.Column('unit', sa.String(), nullable=True),
    sa.Column('currency', sa.String(), nullable=True),
    sa.Column('ref_type', sa.String(), nullable=True),
    sa.Column('choices', sa.JSON(), nullable=True),
    sa.Column('multiple', sa.Boolean(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['record_type_id'], ['record_type.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('record_type_id', 'key')
    )
    with op.batch_alter_table('field_def', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_field_def_record_type_id'), ['record_type_id'], unique=False)

    op.create_table('record',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('record_type_id', sa.String(), nullable=False),
    sa.Column('label', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('merged_into_id', sa.String(), nullable=True),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.Column('created_by', sa.String(), nullable=False),
    sa.Column('updated_at', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['merged_into_id'], ['record.id'], ),
    sa.ForeignKeyConstraint(['record_type_id'], ['record_type.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_record_label'), ['label'], unique=False)
        batch_op.create_index(batch_op.f('ix_record_merged_into_id'), ['merged_into_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_record_record_type_id'), ['record_type_id'], unique=False)

    op.create_table('claim',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('record_id', sa.String(), nullable=False),
    sa.Column('field_id', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('value_text', sa.String(), nullable=False),
    sa.Column('amount', sa.Text(), nullable=True),
    sa.Column('lower', sa.Text(), nullable=True),
    sa.Column('upper', sa.Text(), nullable=True),
    sa.Column('unit', sa.String(), nullable=True),
    sa.Column('currency', sa.String(), nullable=True),
    sa.Column('approximate', sa.Boolean(), nullable=False),
    sa.Column('date', sa.String(), nullable=True),
    sa.Column('date_end', sa.String(), nullable=True),
    sa.Column('precision', sa.String(), nullable=True),
    sa.Column('ref_record_id', sa.String(), nullable=True),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('review_note', sa.String(), nullable=True),
    sa.Column('reviewed_by', sa.String(), nullable=True),
    sa.Column('reviewed_at', sa.String(), nullable=True),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.Column('created_by', sa.String(), nullable=False),
    sa.Column('updated_at', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['field_id'], ['field_def.id'], ),
    sa.ForeignKeyConstraint(['record_id'], ['record.id'], ),
    sa.ForeignKeyConstraint(['ref_record_id'], ['record.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_created_by'), ['created_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_field_id'), ['field_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_ref_record_id'), ['ref_record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_status'), ['status'], unique=False)

    op.create_table('record_alias',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('record_id', sa.String(), nullable=False),
    sa.Column('alias', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['record_id'], ['record.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('record_id', 'alias')
    )
    with op.batch_alter_table('record_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_record_alias_alias'), ['alias'], unique=False)
        batch_op.create_index(batch_op.f('ix_record_alias_record_id'), ['record_id'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('claim_id', sa.String(), nullable=False),
    sa.Column('annotation_id', sa.String(), nullable=False),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.Column('created_by', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['annotation_id'], ['annotation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('claim_id', 'annotation_id')
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_annotation_id'), ['annotation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_claim_id'), ['claim_id'], unique=False)

    # Listings filter claims by record+field+status and page by creation time.
    op.create_index("ix_claim_record_field_status", "claim", ["record_id", "field_id", "status"])
    op.create_index("ix_annotation_document_start", "annotation", ["document_id", "start"])
    # Full-text search over titles and text, diacritics folded (gigafabriek finds gigafábriek).
    op.execute(
        "CREATE VIRTUAL TABLE document_fts USING fts5("
        "document_id UNINDEXED, title, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE document_fts")
    op.drop_index("ix_annotation_document_start", "annotation")
    op.drop_index("ix_claim_record_field_status", "claim")

    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_claim_id'))
        batch_op.drop_index(batch_op.f('ix_evidence_annotation_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('record_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_record_alias_record_id'))
        batch_op.drop_index(batch_op.f('ix_record_alias_alias'))

    op.drop_table('record_alias')
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_status'))
        batch_op.drop_index(batch_op.f('ix_claim_ref_record_id'))
        batch_op.drop_index(batch_op.f('ix_claim_record_id'))
        batch_op.drop_index(batch_op.f('ix_claim_field_id'))
        batch_op.drop_index(batch_op.f('ix_claim_created_by'))
        batch_op.drop_index(batch_op.f('ix_claim_created_at'))

    op.drop_table('claim')
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_record_record_type_id'))
        batch_op.drop_index(batch_op.f('ix_record_merged_into_id'))
        batch_op.drop_index(batch_op.f('ix_record_label'))

    op.drop_table('record')
    with op.batch_alter_table('field_def', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_field_def_record_type_id'))

    op.drop_table('field_def')
    op.drop_table('document_text')
    op.drop_table('document_file')
    with op.batch_alter_table('annotation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_annotation_label'))
        batch_op.drop_index(batch_op.f('ix_annotation_document_id'))

    op.drop_table('annotation')
    op.drop_table('record_type')
    op.drop_table('project')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_published'))
        batch_op.drop_index(batch_op.f('ix_document_imported_at'))

    op.drop_table('document')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_log_row_id'))
        batch_op.drop_index(batch_op.f('ix_change_log_editor'))
        batch_op.drop_index(batch_op.f('ix_change_log_at'))

    op.drop_table('change_log')

