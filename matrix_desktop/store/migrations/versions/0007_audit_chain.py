"""the audit trail gets an identity for its keyring-held HMAC key and anchored head

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

Existing entries keep their SHA-256 hashes: they become the trail's legacy prefix, checked the old way,
and the first entry written after this upgrade is the first HMAC-sealed one (see core.audit_seal).
"""

import uuid

from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    chain = op.create_table(
        'audit_chain',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('chain_id', sa.String(length=32), nullable=False),
        sa.Column('sealed_from', sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_chain')),
    )
    op.bulk_insert(chain, [{'id': 1, 'chain_id': uuid.uuid4().hex, 'sealed_from': None}])


def downgrade() -> None:
    op.drop_table('audit_chain')
