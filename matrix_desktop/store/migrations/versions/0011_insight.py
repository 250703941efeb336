"""insight: follower snapshots at each sync, keyword watch lists and their alerts

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-10

Numbered 0010 because other branches add 0008 and 0009 in parallel; the merge relinks down_revision.
"""

from alembic import op
import sqlalchemy as sa

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'follower_snapshots',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('account_uid', sa.String(length=24), nullable=False),
        sa.Column('taken_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('followers_count', sa.BigInteger(), nullable=False),
        sa.Column('friends_count', sa.BigInteger(), nullable=False),
        sa.Column('statuses_count', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_follower_snapshots')),
    )
    op.create_index('ix_follower_snapshots_account_taken', 'follower_snapshots', ['account_uid', 'taken_at'])
    op.create_index('ix_follower_snapshots_taken', 'follower_snapshots', ['taken_at'])
    op.create_table(
        'keyword_watches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=60), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('terms', sa.Text(), nullable=False),
        sa.Column('enabled', sa.Boolean(), nullable=False),
        sa.Column('updated_by', sa.String(length=80), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_keyword_watches')),
        sa.UniqueConstraint('name', name=op.f('uq_keyword_watches_name')),
    )
    op.create_table(
        'keyword_alerts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('watch_id', sa.Integer(), nullable=False),
        sa.Column('raised_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('window_start', sa.DateTime(timezone=True), nullable=False),
        sa.Column('window_end', sa.DateTime(timezone=True), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('baseline', sa.Float(), nullable=False),
        sa.Column('item_ids', sa.Text(), nullable=False),
        sa.Column('acknowledged_by', sa.String(length=80), nullable=False),
        sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['watch_id'], ['keyword_watches.id'], ondelete='CASCADE',
                                name=op.f('fk_keyword_alerts_watch_id_keyword_watches')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_keyword_alerts')),
    )
    op.create_index('ix_keyword_alerts_watch_raised', 'keyword_alerts', ['watch_id', 'raised_at'])
    op.create_index('ix_keyword_alerts_raised', 'keyword_alerts', ['raised_at'])


def downgrade() -> None:
    op.drop_table('keyword_alerts')
    op.drop_table('keyword_watches')
    op.drop_table('follower_snapshots')
