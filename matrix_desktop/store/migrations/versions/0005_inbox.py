"""inbox state, answer manual, replies and reviews

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

Written by hand (the other areas' models change at the same time). Chinese text search needs an
index no plain B-tree gives: `search_grams` holds overlapping character bigrams ("退款太慢" →
"退款 款太 太慢"), indexed by an FTS5 table on SQLite and a GIN `to_tsvector('simple', …)` index on
PostgreSQL; a word of two or more characters becomes a phrase query over its bigrams.
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'inbox_items',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('interaction_id', sa.Integer(), nullable=False),
        sa.Column('account_uid', sa.String(length=24), nullable=False),
        sa.Column('author_name', sa.String(length=120), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('category', sa.String(length=20), nullable=False),
        sa.Column('priority', sa.Integer(), nullable=False),
        sa.Column('confidence', sa.Float(), nullable=False),
        sa.Column('reasons', sa.Text(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('assignee', sa.String(length=80), nullable=False),
        sa.Column('corrected_by', sa.String(length=80), nullable=False),
        sa.Column('corrected_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('due_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('first_response_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('acknowledged_by', sa.String(length=80), nullable=False),
        sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('search_text', sa.Text(), nullable=False),
        sa.Column('search_grams', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['interaction_id'], ['interactions.id'],
                                name=op.f('fk_inbox_items_interaction_id_interactions')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_inbox_items')),
        sa.UniqueConstraint('interaction_id', name=op.f('uq_inbox_items_interaction_id')),
    )
    for name, cols in (
        ('ix_inbox_items_created', ['created_at']),
        ('ix_inbox_items_category_created', ['category', 'created_at']),
        ('ix_inbox_items_status_created', ['status', 'created_at']),
        ('ix_inbox_items_account_created', ['account_uid', 'created_at']),
        ('ix_inbox_items_assignee_created', ['assignee', 'created_at']),
        ('ix_inbox_items_author', ['author_name']),
        ('ix_inbox_items_due', ['due_at']),
    ):
        op.create_index(name, 'inbox_items', cols, unique=False)

    op.create_table(
        'triage_corrections',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('text_key', sa.Text(), nullable=False),
        sa.Column('category', sa.String(length=20), nullable=False),
        sa.Column('corrected_by', sa.String(length=80), nullable=False),
        sa.Column('corrected_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_triage_corrections')),
        sa.UniqueConstraint('text_key', name=op.f('uq_triage_corrections_text_key')),
    )
    op.create_table(
        'answer_entries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=60), nullable=False),
        sa.Column('department', sa.String(length=60), nullable=False),
        sa.Column('question', sa.Text(), nullable=False),
        sa.Column('answer', sa.Text(), nullable=False),
        sa.Column('keywords', sa.Text(), nullable=False),
        sa.Column('updated_by', sa.String(length=80), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_answer_entries')),
        sa.UniqueConstraint('key', name=op.f('uq_answer_entries_key')),
    )
    op.create_table(
        'reply_drafts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=20), nullable=False),
        sa.Column('suggested_text', sa.Text(), nullable=False),
        sa.Column('edited_text', sa.Text(), nullable=False),
        sa.Column('entry_keys', sa.Text(), nullable=False),
        sa.Column('tone_issues', sa.Text(), nullable=False),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('written_by', sa.String(length=80), nullable=False),
        sa.Column('reviewer', sa.String(length=80), nullable=False),
        sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('reject_reason', sa.Text(), nullable=False),
        sa.Column('platform_comment_id', sa.String(length=24), nullable=False),
        sa.Column('error', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['item_id'], ['inbox_items.id'], name=op.f('fk_reply_drafts_item_id_inbox_items')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_reply_drafts')),
    )
    op.create_index('ix_reply_drafts_state', 'reply_drafts', ['state'], unique=False)
    op.create_index('ix_reply_drafts_item', 'reply_drafts', ['item_id'], unique=False)
    op.create_table(
        'cs_tickets',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('created_by', sa.String(length=80), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('exported_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['item_id'], ['inbox_items.id'], name=op.f('fk_cs_tickets_item_id_inbox_items')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_cs_tickets')),
        sa.UniqueConstraint('item_id', name=op.f('uq_cs_tickets_item_id')),
    )
    op.create_table(
        'inbox_settings',
        sa.Column('key', sa.String(length=60), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.Column('updated_by', sa.String(length=80), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_inbox_settings')),
    )

    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        # Contentless: the grams live in inbox_items; the FTS table only maps tokens to item ids.
        op.execute("CREATE VIRTUAL TABLE inbox_search USING fts5(grams, content='', tokenize='unicode61')")
    elif dialect == 'postgresql':
        op.execute("CREATE INDEX ix_inbox_items_search_grams ON inbox_items "
                   "USING gin (to_tsvector('simple'::regconfig, search_grams))")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        op.execute("DROP TABLE IF EXISTS inbox_search")
    elif dialect == 'postgresql':
        op.execute("DROP INDEX IF EXISTS ix_inbox_items_search_grams")
    op.drop_table('inbox_settings')
    op.drop_table('cs_tickets')
    op.drop_index('ix_reply_drafts_item', table_name='reply_drafts')
    op.drop_index('ix_reply_drafts_state', table_name='reply_drafts')
    op.drop_table('reply_drafts')
    op.drop_table('answer_entries')
    op.drop_table('triage_corrections')
    for name in ('ix_inbox_items_due', 'ix_inbox_items_author', 'ix_inbox_items_assignee_created',
                 'ix_inbox_items_account_created', 'ix_inbox_items_status_created',
                 'ix_inbox_items_category_created', 'ix_inbox_items_created'):
        op.drop_index(name, table_name='inbox_items')
    op.drop_table('inbox_items')
