"""What the Weibo platform gives and takes, as plain records. `weibo/` maps the API's JSON to these;
the services never see JSON or HTTP."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from matrix_desktop.core.weibo_errors import mask_token


@dataclass(frozen=True)
class TokenGrant:
    """What `oauth2/access_token` grants: the token (never shown in a repr), its lifetime and owner."""

    access_token: str = field(repr=False)
    expires_in: int
    uid: str
    remind_in: str = ""

    def __repr__(self) -> str:
        return (f"TokenGrant(access_token={mask_token(self.access_token)!r}, expires_in={self.expires_in}, "
                f"uid={self.uid!r})")


@dataclass(frozen=True)
class TokenInfo:
    """`oauth2/get_token_info`: whose token, for which app, created when, seconds left."""

    uid: str
    appkey: str
    scope: str | None
    create_at: int
    expire_in: int


@dataclass(frozen=True)
class RateLimitStatus:
    """`account/rate_limit_status`: calls left this hour for the user, and seconds until the window resets."""

    remaining_user_hits: int | None
    reset_in_seconds: int | None


@dataclass(frozen=True)
class PlatformUser:
    """A Weibo user as the platform reports it (profile and verification fields)."""

    uid: str
    screen_name: str
    verified: bool = False
    verified_type: int = -1
    verified_reason: str = ""
    description: str = ""
    followers_count: int = 0
    friends_count: int = 0
    statuses_count: int = 0


@dataclass(frozen=True)
class SyncedPost:
    """A post of a matrix account's timeline."""

    mid: str
    account_uid: str
    text: str
    created_at: datetime
    reposts_count: int = 0
    comments_count: int = 0
    attitudes_count: int = 0
    retweeted_mid: str = ""


@dataclass(frozen=True)
class SyncedInteraction:
    """A comment or mention that reached a matrix account: the inbox's raw material.

    `kind` is ``comment``, ``mention`` or ``comment_mention``; `id` is the stored row's id (0 before it
    is stored); `from_matrix` says the author is one of the matrix's own accounts."""

    kind: str
    platform_id: str
    account_uid: str
    text: str
    created_at: datetime
    post_mid: str = ""
    post_text: str = ""
    reply_to_id: str = ""
    author_uid: str = ""
    author_name: str = ""
    author_followers: int = 0
    author_verified: bool = False
    from_matrix: bool = False
    id: int = 0


@dataclass(frozen=True)
class PlatformItem:
    """A repost or comment found on a post: whose, with which text (to find our own after a lost answer)."""

    id: str
    author_uid: str
    text: str
    reply_to_id: str = ""
