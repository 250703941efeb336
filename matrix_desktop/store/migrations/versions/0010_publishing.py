"""the content calendar: planned posts, style guides, the sensitive-word list, calendar rules

Revision ID: 0010
Revises: 0008_review
Create Date: 2026-12-10

Written in parallel with other areas' migrations: `down_revision` names 0007, the last revision this
branch saw; the merge relinks the chain.
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0008_review'
branch_labels = None
depends_on = None


def _dt(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        'planned_posts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('account_uid', sa.String(length=24), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('picture_path', sa.String(length=500), nullable=False),
        sa.Column('column', sa.String(length=20), nullable=False),
        sa.Column('owner', sa.String(length=40), nullable=False),
        _dt('at'),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('created_by', sa.String(length=40), nullable=False),
        _dt('created_at'),
        sa.Column('approved_by', sa.String(length=40), nullable=False),
        _dt('approved_at', True),
        sa.Column('review_note', sa.Text(), nullable=False),
        sa.Column('platform_mid', sa.String(length=24), nullable=False),
        sa.Column('answer', sa.Text(), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('claimed_by', sa.String(length=80), nullable=False),
        _dt('claimed_at', True),
        _dt('claimed_until', True),
        _dt('published_at', True),
        sa.Column('forward_plan_id', sa.Integer(), nullable=True),
        _dt('updated_at'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_planned_posts')),
    )
    op.create_index('ix_planned_posts_state_at', 'planned_posts', ['state', 'at'])
    op.create_index('ix_planned_posts_account_uid_at', 'planned_posts', ['account_uid', 'at'])
    op.create_table(
        'style_guides',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('account_uid', sa.String(length=24), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('edited_by', sa.String(length=40), nullable=False),
        _dt('edited_at'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_style_guides')),
        sa.UniqueConstraint('account_uid', 'version', name='uq_style_guides_account_uid'),
    )
    op.create_table(
        'sensitive_words',
        sa.Column('word', sa.String(length=50), nullable=False),
        sa.Column('category', sa.String(length=40), nullable=False),
        sa.Column('note', sa.String(length=200), nullable=False),
        _dt('updated_at'),
        sa.PrimaryKeyConstraint('word', name=op.f('pk_sensitive_words')),
    )
    op.create_table(
        'calendar_rules',
        sa.Column('account_uid', sa.String(length=24), nullable=False),
        sa.Column('weekly', sa.Text(), nullable=False),
        sa.Column('earliest', sa.String(length=5), nullable=False),
        sa.Column('latest', sa.String(length=5), nullable=False),
        sa.Column('min_gap_minutes', sa.Integer(), nullable=False),
        sa.Column('daily_max', sa.Integer(), nullable=False),
        _dt('updated_at'),
        sa.PrimaryKeyConstraint('account_uid', name=op.f('pk_calendar_rules')),
    )


def downgrade() -> None:
    op.drop_table('calendar_rules')
    op.drop_table('sensitive_words')
    op.drop_table('style_guides')
    op.drop_index('ix_planned_posts_account_uid_at', table_name='planned_posts')
    op.drop_index('ix_planned_posts_state_at', table_name='planned_posts')
    op.drop_table('planned_posts')
