"""weibo sync: posts, interactions, follows, cursors, token metadata

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 11:20:27.940680
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('account_tokens',
    sa.Column('account_uid', sa.String(length=24), nullable=False),
    sa.Column('api_host', sa.String(length=120), nullable=False),
    sa.Column('scope', sa.String(length=200), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_verified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('token_hint', sa.String(length=8), nullable=False),
    sa.PrimaryKeyConstraint('account_uid', name=op.f('pk_account_tokens'))
    )
    op.create_table('follows',
    sa.Column('account_uid', sa.String(length=24), nullable=False),
    sa.Column('target_uid', sa.String(length=24), nullable=False),
    sa.Column('target_name', sa.String(length=120), nullable=False),
    sa.Column('target_verified', sa.Boolean(), nullable=False),
    sa.Column('target_verified_type', sa.Integer(), nullable=False),
    sa.Column('target_followers', sa.BigInteger(), nullable=False),
    sa.Column('synced_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('account_uid', 'target_uid', name=op.f('pk_follows'))
    )
    op.create_table('interactions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('platform_id', sa.String(length=24), nullable=False),
    sa.Column('account_uid', sa.String(length=24), nullable=False),
    sa.Column('post_mid', sa.String(length=24), nullable=False),
    sa.Column('post_text', sa.Text(), nullable=False),
    sa.Column('reply_to_id', sa.String(length=24), nullable=False),
    sa.Column('author_uid', sa.String(length=24), nullable=False),
    sa.Column('author_name', sa.String(length=120), nullable=False),
    sa.Column('author_followers', sa.BigInteger(), nullable=False),
    sa.Column('author_verified', sa.Boolean(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('from_matrix', sa.Boolean(), nullable=False),
    sa.Column('synced_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interactions')),
    sa.UniqueConstraint('kind', 'platform_id', name='uq_interactions_kind_platform_id')
    )
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.create_index('ix_interactions_account_created', ['account_uid', 'created_at'], unique=False)
        batch_op.create_index('ix_interactions_created', ['created_at'], unique=False)
        batch_op.create_index('ix_interactions_post', ['post_mid'], unique=False)

    op.create_table('posts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mid', sa.String(length=24), nullable=False),
    sa.Column('account_uid', sa.String(length=24), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reposts_count', sa.Integer(), nullable=False),
    sa.Column('comments_count', sa.Integer(), nullable=False),
    sa.Column('attitudes_count', sa.Integer(), nullable=False),
    sa.Column('retweeted_mid', sa.String(length=24), nullable=False),
    sa.Column('synced_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_posts')),
    sa.UniqueConstraint('mid', name=op.f('uq_posts_mid'))
    )
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.create_index('ix_posts_account_created', ['account_uid', 'created_at'], unique=False)

    op.create_table('sync_cursors',
    sa.Column('account_uid', sa.String(length=24), nullable=False),
    sa.Column('stream', sa.String(length=30), nullable=False),
    sa.Column('since_id', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('account_uid', 'stream', name=op.f('pk_sync_cursors'))
    )
    op.create_table('sync_status',
    sa.Column('account_uid', sa.String(length=24), nullable=False),
    sa.Column('last_started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_ok_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('last_error_code', sa.Integer(), nullable=False),
    sa.Column('deferred_until', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('account_uid', name=op.f('pk_sync_status'))
    )


def downgrade() -> None:
    op.drop_table('sync_status')
    op.drop_table('sync_cursors')
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_index('ix_posts_account_created')

    op.drop_table('posts')
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_index('ix_interactions_post')
        batch_op.drop_index('ix_interactions_created')
        batch_op.drop_index('ix_interactions_account_created')

    op.drop_table('interactions')
    op.drop_table('follows')
    op.drop_table('account_tokens')
