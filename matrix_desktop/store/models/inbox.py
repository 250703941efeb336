"""Tables of the inbox area (migration 0005): triage state per interaction, corrections people made,
the answer manual, reply drafts through review and sending, customer-service tickets, SLA settings.

`inbox_items` copies the few interaction columns the inbox sorts and filters on (created_at, account,
author) so the default list and every filter read one table through an index, without a join, at a
million rows. Text search goes through `search_grams` (overlapping character bigrams, see
`app/inbox.py`): an FTS5 table on SQLite and a GIN full-text index on PostgreSQL, both created in
the migration because neither is expressible as a plain SQLAlchemy index.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from matrix_desktop.store.models.base import Base, UtcDateTime, utcnow


class InboxItemRow(Base):
    """One comment or mention in the inbox: its category, priority, status, assignee and SLA clock."""

    __tablename__ = "inbox_items"
    __table_args__ = (
        Index("ix_inbox_items_created", "created_at"),
        Index("ix_inbox_items_category_created", "category", "created_at"),
        Index("ix_inbox_items_status_created", "status", "created_at"),
        Index("ix_inbox_items_account_created", "account_uid", "created_at"),
        Index("ix_inbox_items_assignee_created", "assignee", "created_at"),
        Index("ix_inbox_items_author", "author_name"),
        Index("ix_inbox_items_due", "due_at"),
        # The Today page (migration 0014): waiting items in its order, and open ones counted by status.
        Index("ix_inbox_items_waiting_order", "first_response_at", "priority", text("created_at DESC"), "status",
              "category"),
        Index("ix_inbox_items_open_due", "status", "first_response_at", "due_at", "category"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id"), unique=True)
    account_uid: Mapped[str] = mapped_column(String(24))
    author_name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    category: Mapped[str] = mapped_column(String(20))
    priority: Mapped[int] = mapped_column(Integer, default=3)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    reasons: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="new")
    assignee: Mapped[str] = mapped_column(String(80), default="")
    corrected_by: Mapped[str] = mapped_column(String(80), default="")
    corrected_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    first_response_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    acknowledged_by: Mapped[str] = mapped_column(String(80), default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    search_grams: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class TriageCorrectionRow(Base):
    """A person said texts like this are of `category`; the triager is built with these."""

    __tablename__ = "triage_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text_key: Mapped[str] = mapped_column(Text, unique=True)
    category: Mapped[str] = mapped_column(String(20))
    corrected_by: Mapped[str] = mapped_column(String(80), default="")
    corrected_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class AnswerEntryRow(Base):
    """One entry of the answer manual, owned by a department."""

    __tablename__ = "answer_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    department: Mapped[str] = mapped_column(String(60))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    keywords: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(80), default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class ReplyDraftRow(Base):
    """A reply on its way: suggested or hand-written, reviewed by a leader, then sent (exactly once)."""

    __tablename__ = "reply_drafts"
    __table_args__ = (
        Index("ix_reply_drafts_state", "state"),
        Index("ix_reply_drafts_item", "item_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("inbox_items.id"))
    source: Mapped[str] = mapped_column(String(20))  # suggested | manual
    suggested_text: Mapped[str] = mapped_column(Text, default="")
    edited_text: Mapped[str] = mapped_column(Text, default="")
    entry_keys: Mapped[str] = mapped_column(Text, default="")
    tone_issues: Mapped[str] = mapped_column(Text, default="[]")
    state: Mapped[str] = mapped_column(String(20), default="waiting_review")
    written_by: Mapped[str] = mapped_column(String(80), default="")
    reviewer: Mapped[str] = mapped_column(String(80), default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    reject_reason: Mapped[str] = mapped_column(Text, default="")
    platform_comment_id: Mapped[str] = mapped_column(String(24), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Migration 0008_review: the reviewer's unsent edit (a revision kept across refreshes and restarts),
    # the undo window of an approval, the named reviewer, and the deletion of a reply sent in error.
    pending_edit: Mapped[str] = mapped_column(Text, default="", server_default="")
    pending_edit_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    pending_edit_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    not_before: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    assigned_to: Mapped[str] = mapped_column(String(80), default="", server_default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    deleted_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    # Migration 0013: optimistic concurrency. Every save bumps the version; a save made on an older one is
    # refused (core.errors.EditConflict) and names what the other save changed and who made it.
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_fields: Mapped[str] = mapped_column(Text, default="", server_default="")
    changed_by: Mapped[str] = mapped_column(String(80), default="", server_default="")


class CsTicketRow(Base):
    """A complaint handed to customer service, followed until they report it done."""

    __tablename__ = "cs_tickets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("inbox_items.id"), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open | in_progress | done
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    exported_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    assignee: Mapped[str] = mapped_column(String(80), default="", server_default="")  # 0008_review
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class InboxSettingRow(Base):
    """Team-wide inbox settings (SLA hours per category, business hours) as JSON values."""

    __tablename__ = "inbox_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(80), default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
