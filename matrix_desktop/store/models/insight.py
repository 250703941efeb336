"""Tables of insight (migration 0010): follower snapshots taken at each sync, keyword watch lists and
the alerts their spikes raised."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from matrix_desktop.store.models.base import Base, UtcDateTime, utcnow


class FollowerSnapshotRow(Base):
    """An account's follower, following and post counts as one sync saw them."""

    __tablename__ = "follower_snapshots"
    __table_args__ = (Index("ix_follower_snapshots_account_taken", "account_uid", "taken_at"),
                      Index("ix_follower_snapshots_taken", "taken_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_uid: Mapped[str] = mapped_column(String(24))
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime)
    followers_count: Mapped[int] = mapped_column(BigInteger, default=0)
    friends_count: Mapped[int] = mapped_column(BigInteger, default=0)
    statuses_count: Mapped[int] = mapped_column(BigInteger, default=0)


class KeywordWatchRow(Base):
    """A watch list: brand, product, executive, crisis, competitor or partner terms (JSON list)."""

    __tablename__ = "keyword_watches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    terms: Mapped[str] = mapped_column(Text, default="[]")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_by: Mapped[str] = mapped_column(String(80), default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class KeywordAlertRow(Base):
    """A spike of a watch list's terms, with the synced comments and mentions behind it (JSON ids)."""

    __tablename__ = "keyword_alerts"
    __table_args__ = (Index("ix_keyword_alerts_watch_raised", "watch_id", "raised_at"),
                      Index("ix_keyword_alerts_raised", "raised_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    watch_id: Mapped[int] = mapped_column(ForeignKey("keyword_watches.id", ondelete="CASCADE"))
    raised_at: Mapped[datetime] = mapped_column(UtcDateTime)
    window_start: Mapped[datetime] = mapped_column(UtcDateTime)
    window_end: Mapped[datetime] = mapped_column(UtcDateTime)
    count: Mapped[int] = mapped_column(Integer, default=0)
    baseline: Mapped[float] = mapped_column(Float, default=0.0)
    item_ids: Mapped[str] = mapped_column(Text, default="[]")
    acknowledged_by: Mapped[str] = mapped_column(String(80), default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
