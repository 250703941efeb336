"""accounts sort by the pinyin of their screen name

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa

from matrix_desktop.core.accounts import name_sort_key

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sort_name', sa.String(length=200), nullable=False, server_default=''))
        batch_op.create_index('ix_accounts_sort_name', ['sort_name'], unique=False)
    conn = op.get_bind()
    accounts = sa.table('accounts', sa.column('id', sa.Integer), sa.column('screen_name', sa.String),
                        sa.column('sort_name', sa.String))
    for row in conn.execute(sa.select(accounts.c.id, accounts.c.screen_name)).all():
        conn.execute(accounts.update().where(accounts.c.id == row.id)
                     .values(sort_name=name_sort_key(row.screen_name)))


def downgrade() -> None:
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_index('ix_accounts_sort_name')
        batch_op.drop_column('sort_name')
