"""Tables of the forwarding area (migration 0004): the matrix rules, per-account forwarding settings,
plans and their entries (the executor's queue), paid-forwarding campaigns, and notices for people."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from matrix_desktop.store.models.base import Base, UtcDateTime, utcnow


class ForwardRuleRow(Base):
    """An edge of the matrix graph: `forwarder_uid` amplifies posts of `source_uid`."""

    __tablename__ = "forward_rules"
    __table_args__ = (UniqueConstraint("source_uid", "forwarder_uid", name="uq_forward_rules_source_uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_uid: Mapped[str] = mapped_column(String(24))
    forwarder_uid: Mapped[str] = mapped_column(String(24))
    post_kinds: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    action: Mapped[str] = mapped_column(String(10), default="repost")
    delay_min_minutes: Mapped[int] = mapped_column(Integer, default=5)
    delay_max_minutes: Mapped[int] = mapped_column(Integer, default=240)
    templates: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class ForwarderSettingRow(Base):
    __tablename__ = "forwarder_settings"

    account_uid: Mapped[str] = mapped_column(String(24), primary_key=True)
    slogan: Mapped[str] = mapped_column(String(200), default="")
    daily_cap: Mapped[int] = mapped_column(Integer, default=5)
    quiet_hours: Mapped[str] = mapped_column(String(20), default="")  # "23:00-07:30" or ""
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class ForwardPlanRow(Base):
    __tablename__ = "forward_plans"
    __table_args__ = (Index("ix_forward_plans_post_mid", "post_mid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_mid: Mapped[str] = mapped_column(String(24))
    seed: Mapped[int] = mapped_column(Integer, default=0)
    settings: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    skipped: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of {account_uid, screen_name, reason}
    state: Mapped[str] = mapped_column(String(12), default="draft")
    created_by: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    approved_by: Mapped[str] = mapped_column(String(40), default="")
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    # Migration 0013: optimistic concurrency. Every save bumps the version; a save made on an older one is
    # refused (core.errors.EditConflict) and names what the other save changed and who made it.
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_fields: Mapped[str] = mapped_column(Text, default="", server_default="")
    changed_by: Mapped[str] = mapped_column(String(80), default="", server_default="")


class ForwardEntryRow(Base):
    """One forward: the executor's unit of work. `claimed_until` is the lease of the worker sending it."""

    __tablename__ = "forward_entries"
    __table_args__ = (
        UniqueConstraint("plan_id", "account_uid", name="uq_forward_entries_plan_id"),
        Index("ix_forward_entries_state_at", "state", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("forward_plans.id", ondelete="CASCADE"))
    account_uid: Mapped[str] = mapped_column(String(24))
    screen_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(20), default="employee")
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    action: Mapped[str] = mapped_column(String(10), default="repost")
    text: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(10), default="planned")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    platform_id: Mapped[str] = mapped_column(String(24), default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    claimed_by: Mapped[str] = mapped_column(String(80), default="")
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class CampaignRow(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    budget_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    post_mid: Mapped[str] = mapped_column(String(24), default="")
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("forward_plans.id", ondelete="SET NULL"), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class OutsideAccountRow(Base):
    __tablename__ = "outside_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(24), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[str] = mapped_column(String(10), default="fan")
    cost_per_forward_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    followers: Mapped[int] = mapped_column(BigInteger, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class CampaignForwardRow(Base):
    __tablename__ = "campaign_forwards"
    __table_args__ = (UniqueConstraint("campaign_id", "platform_id", name="uq_campaign_forwards_campaign_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    outside_account_id: Mapped[int] = mapped_column(ForeignKey("outside_accounts.id", ondelete="CASCADE"))
    platform_id: Mapped[str] = mapped_column(String(24), default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    cost_fen: Mapped[int] = mapped_column(BigInteger, default=0)


class GiftRow(Base):
    __tablename__ = "gift_ledger"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outside_account_id: Mapped[int] = mapped_column(ForeignKey("outside_accounts.id", ondelete="CASCADE"))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id", ondelete="SET NULL"), nullable=True)
    on: Mapped[date] = mapped_column(Date)
    what: Mapped[str] = mapped_column(String(200))
    cost_fen: Mapped[int] = mapped_column(BigInteger, default=0)


class ForwardNoticeRow(Base):
    """A notice for people (a token that expired when a forward was due); the window shows unread ones."""

    __tablename__ = "forward_notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(30))
    account_uid: Mapped[str] = mapped_column(String(24), default="")
    plan_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    read: Mapped[bool] = mapped_column(Boolean, default=False)


class ForwardTeamSettingRow(Base):
    """Team-wide forwarding settings (migration 0007): the API tier, the time zone, the quiet hours and the
    team's own comment lines per post kind and role, as JSON values. In the database, not a machine's
    settings file, so every desktop of a team plans with the same ones."""

    __tablename__ = "forward_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(80), default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
