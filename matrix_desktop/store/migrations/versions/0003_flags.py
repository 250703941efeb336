"""employee verification flags and their history

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('verification_flags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_uid', sa.String(length=24), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('link_kind', sa.String(length=20), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('state_reason', sa.Text(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_verification_flags'))
    )
    op.create_index('ix_verification_flags_account_state', 'verification_flags', ['account_uid', 'state'],
                    unique=False)
    op.create_index('ix_verification_flags_state_opened', 'verification_flags', ['state', 'opened_at'],
                    unique=False)
    op.create_table('flag_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('flag_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('from_state', sa.String(length=20), nullable=False),
    sa.Column('to_state', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['flag_id'], ['verification_flags.id'],
                            name=op.f('fk_flag_events_flag_id_verification_flags'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flag_events'))
    )
    op.create_index('ix_flag_events_flag', 'flag_events', ['flag_id', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_flag_events_flag', table_name='flag_events')
    op.drop_table('flag_events')
    op.drop_index('ix_verification_flags_state_opened', table_name='verification_flags')
    op.drop_index('ix_verification_flags_account_state', table_name='verification_flags')
    op.drop_table('verification_flags')
