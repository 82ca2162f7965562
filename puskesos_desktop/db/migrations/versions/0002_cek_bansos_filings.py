"""cek bansos filings: usul/sanggah the office files in the Cek Bansos app for residents (issue 16 §8)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 07:40:04.501516
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('cek_bansos_filings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=False),
    sa.Column('family_kk', sa.String(length=16).with_variant(sa.String(length=16, collation='C'), 'postgresql'), nullable=True),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('outcome_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('Usul', 'Sanggah')", name=op.f('ck_cek_bansos_filings_kind')),
    sa.CheckConstraint("outcome IN ('Menunggu', 'Diterima', 'Ditolak')", name=op.f('ck_cek_bansos_filings_outcome')),
    sa.CheckConstraint('family_kk IS NULL OR length(family_kk) = 16', name=op.f('ck_cek_bansos_filings_family_kk_len')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_cek_bansos_filings_created_by_id_users')),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_cek_bansos_filings_resident_id_residents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cek_bansos_filings'))
    )
    with op.batch_alter_table('cek_bansos_filings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cek_bansos_filings_filed_on'), ['filed_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_cek_bansos_filings_resident_id'), ['resident_id'], unique=False)
        batch_op.create_index('ix_cek_bansos_filings_waiting', ['outcome', 'deadline'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('cek_bansos_filings', schema=None) as batch_op:
        batch_op.drop_index('ix_cek_bansos_filings_waiting')
        batch_op.drop_index(batch_op.f('ix_cek_bansos_filings_resident_id'))
        batch_op.drop_index(batch_op.f('ix_cek_bansos_filings_filed_on'))

    op.drop_table('cek_bansos_filings')
