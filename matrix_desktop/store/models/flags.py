"""Tables of the flags area (migration 0003): verification flags and their review history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from matrix_desktop.store.models.base import Base, UtcDateTime, utcnow


class VerificationFlagRow(Base):
    """One thing wrong with an account's verification or profile, and where its review stands.

    At most one live (open, acknowledged or waived) flag per (account_uid, fingerprint): the service
    enforces it inside the re-check's transaction, because "live" is a set of states, which a portable
    unique index cannot express.
    """

    __tablename__ = "verification_flags"
    __table_args__ = (
        Index("ix_verification_flags_account_state", "account_uid", "state"),
        Index("ix_verification_flags_state_opened", "state", "opened_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_uid: Mapped[str] = mapped_column(String(24))
    kind: Mapped[str] = mapped_column(String(40))
    link_kind: Mapped[str] = mapped_column(String(20), default="none")
    severity: Mapped[str] = mapped_column(String(10))
    field: Mapped[str] = mapped_column(String(40), default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    span_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    span_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    explanation: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(20), default="open")
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    state_reason: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(120), default="")


class FlagEventRow(Base):
    """A step in a flag's history: who moved it from which state to which, when and why."""

    __tablename__ = "flag_events"
    __table_args__ = (Index("ix_flag_events_flag", "flag_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    flag_id: Mapped[int] = mapped_column(ForeignKey("verification_flags.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    from_state: Mapped[str] = mapped_column(String(20), default="")  # "" when the flag was opened
    to_state: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
