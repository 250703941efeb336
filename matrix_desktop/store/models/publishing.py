"""Tables of the content calendar (migration 0009): planned posts (the publisher's queue), each account's
versioned style guide, the company's sensitive-word list and each account's calendar rules."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from matrix_desktop.store.models.base import Base, UtcDateTime, utcnow


class PlannedPostRow(Base):
    __tablename__ = "planned_posts"
    __table_args__ = (Index("ix_planned_posts_state_at", "state", "at"),
                      Index("ix_planned_posts_account_uid_at", "account_uid", "at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_uid: Mapped[str] = mapped_column(String(24))
    text: Mapped[str] = mapped_column(Text)
    picture_path: Mapped[str] = mapped_column(String(500), default="")
    column: Mapped[str] = mapped_column(String(20), default="other")
    owner: Mapped[str] = mapped_column(String(40), default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    state: Mapped[str] = mapped_column(String(12), default="draft")
    created_by: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    approved_by: Mapped[str] = mapped_column(String(40), default="")
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    review_note: Mapped[str] = mapped_column(Text, default="")
    platform_mid: Mapped[str] = mapped_column(String(24), default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str] = mapped_column(String(80), default="")
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    published_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    forward_plan_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    event_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # migration 0012
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class StyleGuideRow(Base):
    __tablename__ = "style_guides"
    __table_args__ = (UniqueConstraint("account_uid", "version", name="uq_style_guides_account_uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_uid: Mapped[str] = mapped_column(String(24))
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    edited_by: Mapped[str] = mapped_column(String(40), default="")
    edited_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SensitiveWordRow(Base):
    __tablename__ = "sensitive_words"

    word: Mapped[str] = mapped_column(String(50), primary_key=True)
    category: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class CalendarRuleRow(Base):
    __tablename__ = "calendar_rules"

    account_uid: Mapped[str] = mapped_column(String(24), primary_key=True)
    weekly: Mapped[str] = mapped_column(Text, default="{}")  # JSON {column: count}
    earliest: Mapped[str] = mapped_column(String(5), default="")
    latest: Mapped[str] = mapped_column(String(5), default="")
    min_gap_minutes: Mapped[int] = mapped_column(Integer, default=60)
    daily_max: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class CompanyEventRow(Base):
    """A company event the calendar plans around (migration 0012)."""

    __tablename__ = "company_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    learned_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    paid_campaign_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_by: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class PrizeDrawRow(Base):
    """A prize draw among a post's fans (migration 0012). `seed` stays unshown until the draw is run;
    `entrants` (the frozen list) and `winners` are JSON written once, in the draw's transaction."""

    __tablename__ = "prize_draws"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    post_mid: Mapped[str] = mapped_column(String(24))
    deadline: Mapped[datetime] = mapped_column(UtcDateTime)
    winners_wanted: Mapped[int] = mapped_column(Integer)
    must_comment: Mapped[bool] = mapped_column(Boolean, default=True)
    event_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    commitment: Mapped[str] = mapped_column(String(64))
    seed: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(10), default="open")
    entrants: Mapped[str] = mapped_column(Text, default="[]")
    winners: Mapped[str] = mapped_column(Text, default="[]")
    created_by: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    drawn_by: Mapped[str] = mapped_column(String(40), default="")
    drawn_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
