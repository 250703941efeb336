"""Token metadata: which account is connected to the platform, until when. Never the token itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class TokenState(StrEnum):
    CONNECTED = "connected"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    REVOKED = "revoked"
    NONE = "none"


@dataclass(frozen=True)
class TokenMeta:
    account_uid: str
    api_host: str = ""
    scope: str = ""
    issued_at: datetime | None = None
    expires_at: datetime | None = None
    last_verified_at: datetime | None = None
    state: TokenState = TokenState.CONNECTED
    token_hint: str = ""

    def effective_state(self, now: datetime, warn: timedelta) -> TokenState:
        """What a person should know: connected, expiring soon, expired or revoked."""
        if self.state == TokenState.REVOKED:
            return TokenState.REVOKED
        if self.state == TokenState.EXPIRED or (self.expires_at is not None and self.expires_at <= now):
            return TokenState.EXPIRED
        if self.expires_at is not None and self.expires_at - now <= warn:
            return TokenState.EXPIRING
        return TokenState.CONNECTED

    @property
    def masked(self) -> str:
        return "••••" + self.token_hint if self.token_hint else "••••"


@dataclass(frozen=True)
class TokenStatus:
    """A row of the Credentials view: an account and its token's state (masked)."""

    account_uid: str
    screen_name: str
    role: str
    state: TokenState
    masked: str
    api_host: str
    scope: str
    issued_at: datetime | None
    expires_at: datetime | None
    last_verified_at: datetime | None
