"""insight indexes: the Today page's counts and the analytics' fan scan read indexes, not the tables

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02

On 200 accounts and a million interactions the Today page counted open items by reading every inbox row,
sorted half a million of them for its top thirty, and each chart period read whole interaction rows.
These indexes hold exactly the columns those reads filter, order and count by, so each read stays in
an index: the waiting items in the page's order (priority, newest first), the open items by status with
their SLA deadline, and a period's interactions with who wrote them where. The last one starts with
created_at, so it replaces ix_interactions_created (every read that used that one reads this one the same
way) and a synced comment still updates as many indexes as before. Only indexes: a previous release's
database upgrades in place and downgrades to exactly what it had. The lead rechains down_revision.
"""

from alembic import op
import sqlalchemy as sa

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_inbox_items_waiting_order', 'inbox_items',
                    ['first_response_at', 'priority', sa.text('created_at DESC'), 'status', 'category'])
    op.create_index('ix_inbox_items_open_due', 'inbox_items', ['status', 'first_response_at', 'due_at', 'category'])
    op.create_index('ix_interactions_created_fans', 'interactions',
                    ['created_at', 'from_matrix', 'kind', 'account_uid', 'author_uid'])
    op.drop_index('ix_interactions_created', table_name='interactions')


def downgrade() -> None:
    op.create_index('ix_interactions_created', 'interactions', ['created_at'])
    op.drop_index('ix_interactions_created_fans', table_name='interactions')
    op.drop_index('ix_inbox_items_open_due', table_name='inbox_items')
    op.drop_index('ix_inbox_items_waiting_order', table_name='inbox_items')
