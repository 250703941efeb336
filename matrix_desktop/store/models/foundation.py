"""Foundation tables: company profile, team members and roles, accounts, the audit log (migration 0001)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matrix_desktop.store.models.base import Base, UtcDateTime, utcnow


class CompanyRow(Base):
    __tablename__ = "company_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(200), default="")
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    english_names: Mapped[list[str]] = mapped_column(JSON, default=list)
    ticker: Mapped[str] = mapped_column(String(40), default="")
    business_keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class MemberRow(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    roles: Mapped[list[MemberRoleRow]] = relationship(
        back_populates="member", cascade="all, delete-orphan", lazy="selectin"
    )


class MemberRoleRow(Base):
    __tablename__ = "member_roles"

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    member: Mapped[MemberRow] = relationship(back_populates="roles")


class AccountRow(Base):
    __tablename__ = "accounts"
    __table_args__ = (
        Index("ix_accounts_role_archived", "role", "archived"),
        Index("ix_accounts_screen_name", "screen_name"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(24), unique=True)
    screen_name: Mapped[str] = mapped_column(String(120))
    # The screen name's pinyin, so SQL sorts names the way a Chinese reader expects (migration 0006).
    sort_name: Mapped[str] = mapped_column(String(200), default="", index=True)
    role: Mapped[str] = mapped_column(String(20))
    owner: Mapped[str] = mapped_column(String(120), default="")
    team: Mapped[str] = mapped_column(String(120), default="")
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    verified_type: Mapped[int] = mapped_column(Integer, default=-1)
    verified_reason: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    followers_count: Mapped[int] = mapped_column(BigInteger, default=0)
    friends_count: Mapped[int] = mapped_column(BigInteger, default=0)
    statuses_count: Mapped[int] = mapped_column(BigInteger, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    profile_synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Migration 0013: optimistic concurrency. Every save bumps the version; a save made on an older one is
    # refused (core.errors.EditConflict) and names what the other save changed and who made it.
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_fields: Mapped[str] = mapped_column(Text, default="", server_default="")
    changed_by: Mapped[str] = mapped_column(String(80), default="", server_default="")


class AuditRow(Base):
    """Append-only: the store never updates or deletes these rows; each carries its predecessor's hash."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(60), index=True)
    account_uid: Mapped[str] = mapped_column(String(24), default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditChainRow(Base):
    """The audit trail's identity (migration 0007): which keyring items seal it, and from which entry.

    One row. `chain_id` names the key and head kept in the keyring (core.audit_seal); `sealed_from` is
    the id of the first HMAC-sealed entry, NULL until the first one is written.
    """

    __tablename__ = "audit_chain"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chain_id: Mapped[str] = mapped_column(String(32))
    sealed_from: Mapped[int | None] = mapped_column(Integer, nullable=True)
