"""What sync brings in from Weibo (migration 0002): posts, comments and mentions, following lists,
per-account cursors and sync status, and token metadata (the tokens themselves live in the keyring)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from matrix_desktop.store.models.base import Base, UtcDateTime, utcnow


class PostRow(Base):
    """A status by a matrix account (or one its accounts forwarded)."""

    __tablename__ = "posts"
    __table_args__ = (Index("ix_posts_account_created", "account_uid", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mid: Mapped[str] = mapped_column(String(24), unique=True)
    account_uid: Mapped[str] = mapped_column(String(24))
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reposts_count: Mapped[int] = mapped_column(Integer, default=0)
    comments_count: Mapped[int] = mapped_column(Integer, default=0)
    attitudes_count: Mapped[int] = mapped_column(Integer, default=0)
    retweeted_mid: Mapped[str] = mapped_column(String(24), default="")
    synced_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class InteractionRow(Base):
    """A comment or mention that reached a matrix account: the inbox's raw material."""

    __tablename__ = "interactions"
    __table_args__ = (
        UniqueConstraint("kind", "platform_id", name="uq_interactions_kind_platform_id"),
        Index("ix_interactions_account_created", "account_uid", "created_at"),
        Index("ix_interactions_post", "post_mid"),
        # By time, and a chart period's fans read from the index alone (migration 0014: it replaced
        # ix_interactions_created, its first column).
        Index("ix_interactions_created_fans", "created_at", "from_matrix", "kind", "account_uid", "author_uid"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # comment | mention | comment_mention
    platform_id: Mapped[str] = mapped_column(String(24))
    account_uid: Mapped[str] = mapped_column(String(24))
    post_mid: Mapped[str] = mapped_column(String(24), default="")
    post_text: Mapped[str] = mapped_column(Text, default="")
    reply_to_id: Mapped[str] = mapped_column(String(24), default="")
    author_uid: Mapped[str] = mapped_column(String(24), default="")
    author_name: Mapped[str] = mapped_column(String(120), default="")
    author_followers: Mapped[int] = mapped_column(BigInteger, default=0)
    author_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    from_matrix: Mapped[bool] = mapped_column(Boolean, default=False)
    synced_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class FollowRow(Base):
    """One account a matrix account follows (seed 000, error four: whom the company follows matters)."""

    __tablename__ = "follows"

    account_uid: Mapped[str] = mapped_column(String(24), primary_key=True)
    target_uid: Mapped[str] = mapped_column(String(24), primary_key=True)
    target_name: Mapped[str] = mapped_column(String(120), default="")
    target_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    target_verified_type: Mapped[int] = mapped_column(Integer, default=-1)
    target_followers: Mapped[int] = mapped_column(BigInteger, default=0)
    synced_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SyncCursorRow(Base):
    """Where each stream of an account was synced up to, so the next sync asks only for newer items."""

    __tablename__ = "sync_cursors"

    account_uid: Mapped[str] = mapped_column(String(24), primary_key=True)
    stream: Mapped[str] = mapped_column(String(30), primary_key=True)
    since_id: Mapped[str] = mapped_column(String(24), default="0")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class SyncStatusRow(Base):
    """The outcome of an account's last sync, in words, and when it may run again after a rate limit."""

    __tablename__ = "sync_status"

    account_uid: Mapped[str] = mapped_column(String(24), primary_key=True)
    last_started_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_ok_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_error_code: Mapped[int] = mapped_column(Integer, default=0)
    deferred_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class TokenMetaRow(Base):
    """Which account has a token, for which platform, until when. Never the token itself."""

    __tablename__ = "account_tokens"

    account_uid: Mapped[str] = mapped_column(String(24), primary_key=True)
    api_host: Mapped[str] = mapped_column(String(120), default="")
    scope: Mapped[str] = mapped_column(String(200), default="")
    issued_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_verified_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    state: Mapped[str] = mapped_column(String(20), default="connected")  # connected | expired | revoked
    # The last 4 characters, for a masked display ("••••abcd") without reading the keyring.
    token_hint: Mapped[str] = mapped_column(String(8), default="")
