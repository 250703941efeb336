"""the review desk: unsent edits kept as a draft revision, the undo window, routing, deleted replies,
ticket assignees

Revision ID: 0008_review
Revises: 0008
Create Date: 2026-12-08

Named `0008_review` (not `0008`) so a parallel 0008 of another branch cannot collide; a merge may
reorder the chain by changing `down_revision` only.
"""

from alembic import op
import sqlalchemy as sa


revision = '0008_review'
down_revision = '0008'
branch_labels = None
depends_on = None

DRAFT_COLUMNS = ('pending_edit', 'pending_edit_by', 'pending_edit_at', 'approved_at', 'not_before',
                 'assigned_to', 'deleted_at', 'deleted_by')


def upgrade() -> None:
    with op.batch_alter_table('reply_drafts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pending_edit', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('pending_edit_by', sa.String(length=80), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('pending_edit_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('not_before', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('assigned_to', sa.String(length=80), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('deleted_by', sa.String(length=80), nullable=False, server_default=''))
    with op.batch_alter_table('cs_tickets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assignee', sa.String(length=80), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('cs_tickets', schema=None) as batch_op:
        batch_op.drop_column('assignee')
    with op.batch_alter_table('reply_drafts', schema=None) as batch_op:
        for name in reversed(DRAFT_COLUMNS):
            batch_op.drop_column(name)
