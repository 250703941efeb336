"""edit versions: optimistic concurrency on accounts, forwarding plans and reply drafts

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02

Two desktops on one team database edit the same row: the later save must be refused in words, not
overwrite the earlier one. Each row gets a version (bumped by every save), what the last save changed
and who made it. Existing rows start at version 1 with no recorded change. Numbered 0013 because
another branch adds 0012 in parallel; the merge relinks down_revision.
"""

from alembic import op
import sqlalchemy as sa

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

TABLES = ('accounts', 'forward_plans', 'reply_drafts')


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column('row_version', sa.Integer(), nullable=False, server_default='1'))
            batch.add_column(sa.Column('changed_fields', sa.Text(), nullable=False, server_default=''))
            batch.add_column(sa.Column('changed_by', sa.String(length=80), nullable=False, server_default=''))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column('changed_by')
            batch.drop_column('changed_fields')
            batch.drop_column('row_version')
