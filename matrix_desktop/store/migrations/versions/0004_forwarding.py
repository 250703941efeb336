"""forwarding rules, plans, entries and paid forwarding

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def _now() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table('forward_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_uid', sa.String(length=24), nullable=False),
    sa.Column('forwarder_uid', sa.String(length=24), nullable=False),
    sa.Column('post_kinds', sa.Text(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('delay_min_minutes', sa.Integer(), nullable=False),
    sa.Column('delay_max_minutes', sa.Integer(), nullable=False),
    sa.Column('templates', sa.Text(), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('updated_at', _now(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_forward_rules')),
    sa.UniqueConstraint('source_uid', 'forwarder_uid', name='uq_forward_rules_source_uid'),
    )
    op.create_table('forwarder_settings',
    sa.Column('account_uid', sa.String(length=24), nullable=False),
    sa.Column('slogan', sa.String(length=200), nullable=False),
    sa.Column('daily_cap', sa.Integer(), nullable=False),
    sa.Column('quiet_hours', sa.String(length=20), nullable=False),
    sa.Column('opted_out', sa.Boolean(), nullable=False),
    sa.Column('updated_at', _now(), nullable=False),
    sa.PrimaryKeyConstraint('account_uid', name=op.f('pk_forwarder_settings')),
    )
    op.create_table('forward_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_mid', sa.String(length=24), nullable=False),
    sa.Column('seed', sa.Integer(), nullable=False),
    sa.Column('settings', sa.Text(), nullable=False),
    sa.Column('skipped', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('created_by', sa.String(length=40), nullable=False),
    sa.Column('created_at', _now(), nullable=False),
    sa.Column('approved_by', sa.String(length=40), nullable=False),
    sa.Column('approved_at', _now(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', _now(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_forward_plans')),
    )
    op.create_index('ix_forward_plans_post_mid', 'forward_plans', ['post_mid'], unique=False)
    op.create_table('forward_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('account_uid', sa.String(length=24), nullable=False),
    sa.Column('screen_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('at', _now(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('platform_id', sa.String(length=24), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('claimed_by', sa.String(length=80), nullable=False),
    sa.Column('claimed_until', _now(), nullable=True),
    sa.Column('updated_at', _now(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['forward_plans.id'],
                            name=op.f('fk_forward_entries_plan_id_forward_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_forward_entries')),
    sa.UniqueConstraint('plan_id', 'account_uid', name='uq_forward_entries_plan_id'),
    )
    op.create_index('ix_forward_entries_state_at', 'forward_entries', ['state', 'at'], unique=False)
    op.create_table('campaigns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('budget_fen', sa.BigInteger(), nullable=False),
    sa.Column('post_mid', sa.String(length=24), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', _now(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['forward_plans.id'],
                            name=op.f('fk_campaigns_plan_id_forward_plans'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaigns')),
    sa.UniqueConstraint('name', name=op.f('uq_campaigns_name')),
    )
    op.create_table('outside_accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=24), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('cost_per_forward_fen', sa.BigInteger(), nullable=False),
    sa.Column('followers', sa.BigInteger(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outside_accounts')),
    sa.UniqueConstraint('uid', name=op.f('uq_outside_accounts_uid')),
    )
    op.create_table('campaign_forwards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('outside_account_id', sa.Integer(), nullable=False),
    sa.Column('platform_id', sa.String(length=24), nullable=False),
    sa.Column('at', _now(), nullable=False),
    sa.Column('cost_fen', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'],
                            name=op.f('fk_campaign_forwards_campaign_id_campaigns'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['outside_account_id'], ['outside_accounts.id'],
                            name=op.f('fk_campaign_forwards_outside_account_id_outside_accounts'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_forwards')),
    sa.UniqueConstraint('campaign_id', 'platform_id', name='uq_campaign_forwards_campaign_id'),
    )
    op.create_table('gift_ledger',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('outside_account_id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=True),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('what', sa.String(length=200), nullable=False),
    sa.Column('cost_fen', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['outside_account_id'], ['outside_accounts.id'],
                            name=op.f('fk_gift_ledger_outside_account_id_outside_accounts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'],
                            name=op.f('fk_gift_ledger_campaign_id_campaigns'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gift_ledger')),
    )
    op.create_table('forward_notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', _now(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('account_uid', sa.String(length=24), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('read', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_forward_notices')),
    )


def downgrade() -> None:
    op.drop_table('forward_notices')
    op.drop_table('gift_ledger')
    op.drop_table('campaign_forwards')
    op.drop_table('outside_accounts')
    op.drop_table('campaigns')
    op.drop_index('ix_forward_entries_state_at', table_name='forward_entries')
    op.drop_table('forward_entries')
    op.drop_index('ix_forward_plans_post_mid', table_name='forward_plans')
    op.drop_table('forward_plans')
    op.drop_table('forwarder_settings')
    op.drop_table('forward_rules')
