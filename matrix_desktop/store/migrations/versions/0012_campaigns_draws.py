"""campaigns and prize draws: company events with their lead time, a post's event, prize draws

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'company_events',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('starts_on', sa.Date(), nullable=False),
        sa.Column('ends_on', sa.Date(), nullable=False),
        sa.Column('learned_on', sa.Date(), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('paid_campaign_id', sa.Integer(), nullable=True),
        sa.Column('created_by', sa.String(length=40), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_company_events')),
        sa.UniqueConstraint('name', name='uq_company_events_name'),
    )
    op.create_table(
        'prize_draws',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('post_mid', sa.String(length=24), nullable=False),
        sa.Column('deadline', sa.DateTime(timezone=True), nullable=False),
        sa.Column('winners_wanted', sa.Integer(), nullable=False),
        sa.Column('must_comment', sa.Boolean(), nullable=False),
        sa.Column('event_id', sa.Integer(), nullable=True),
        sa.Column('commitment', sa.String(length=64), nullable=False),
        sa.Column('seed', sa.String(length=64), nullable=False),
        sa.Column('state', sa.String(length=10), nullable=False),
        sa.Column('entrants', sa.Text(), nullable=False),
        sa.Column('winners', sa.Text(), nullable=False),
        sa.Column('created_by', sa.String(length=40), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('drawn_by', sa.String(length=40), nullable=False),
        sa.Column('drawn_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_prize_draws')),
    )
    # A nullable column: SQLite adds it in place, no table rebuild; existing posts belong to no event.
    op.add_column('planned_posts', sa.Column('event_id', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('planned_posts') as batch_op:
        batch_op.drop_column('event_id')
    op.drop_table('prize_draws')
    op.drop_table('company_events')
