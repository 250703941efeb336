"""The Weibo platform over HTTP: `core.ports.WeiboPlatform` built on `WeiboClient`, with the API's JSON
mapped to core records here, so the services see records and typed errors only."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from datetime import datetime
from types import TracebackType
from typing import Any, Self

from matrix_desktop.core.progress import NEVER_CANCELLED, CancelToken
from matrix_desktop.core.weibo import (
    PlatformItem,
    PlatformUser,
    RateLimitStatus,
    SyncedInteraction,
    SyncedPost,
    TokenGrant,
    TokenInfo,
)
from matrix_desktop.core.weibo_errors import MalformedResponse
from matrix_desktop.weibo.client import Json, WeiboClient, authorize_url, exchange_code
from matrix_desktop.weibo.oauth import LoopbackRedirectCatcher
from matrix_desktop.weibo.timefmt import parse_weibo_time


def _int(value: Any, default: int) -> int:
    if isinstance(value, bool) or isinstance(value, float) and not math.isfinite(value):
        return default
    try:
        n = int(value)
    except (TypeError, ValueError, OverflowError):
        return default
    return n if -(2 ** 63) < n < 2 ** 63 else default


def _must(item: Any, what: str) -> Json:
    if not isinstance(item, dict):
        raise MalformedResponse(0, f"{what} is not an object", "", 200)
    if not _id(item).isdigit():
        raise MalformedResponse(0, f"{what} has no numeric id", "", 200)
    return item


def _time(item: Json, what: str) -> datetime:
    try:
        return parse_weibo_time(str(item.get("created_at", "")))
    except (ValueError, OverflowError):
        raise MalformedResponse(0, f"{what} has no readable created_at", "", 200) from None


def _id(obj: Any) -> str:
    if not isinstance(obj, dict):
        return ""
    value = obj.get("idstr") or obj.get("id") or ""
    return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""


def user_of(u: Json) -> PlatformUser:
    u = _must(u, "a user")
    return PlatformUser(
        uid=_id(u), screen_name=str(u.get("screen_name") or ""), verified=bool(u.get("verified", False)),
        verified_type=_int(u.get("verified_type"), -1), verified_reason=str(u.get("verified_reason") or ""),
        description=str(u.get("description") or ""), followers_count=_int(u.get("followers_count"), 0),
        friends_count=_int(u.get("friends_count"), 0), statuses_count=_int(u.get("statuses_count"), 0))


def post_of(uid: str, item: Json) -> SyncedPost:
    item = _must(item, "a post")
    return SyncedPost(
        mid=_id(item), account_uid=uid, text=str(item.get("text", "")),
        created_at=_time(item, "a post"),
        reposts_count=_int(item.get("reposts_count"), 0), comments_count=_int(item.get("comments_count"), 0),
        attitudes_count=_int(item.get("attitudes_count"), 0), retweeted_mid=_id(item.get("retweeted_status")))


def interaction_of(uid: str, stream: str, item: Json) -> SyncedInteraction:
    """A comment (`comments_to_me`, `comment_mentions`) or a post that mentions the account (`mentions`)."""
    item = _must(item, "a comment or mention")
    user = item.get("user") if isinstance(item.get("user"), dict) else {}
    assert isinstance(user, dict)
    if stream == "mentions":
        kind, post_mid, post_text = "mention", _id(item), ""
    else:
        status = item.get("status")
        post_mid = _id(status)
        post_text = str(status.get("text") or "") if isinstance(status, dict) else ""
        kind = "comment" if stream == "comments_to_me" else "comment_mention"
    return SyncedInteraction(
        kind=kind, platform_id=_id(item), account_uid=uid, text=str(item.get("text", "")),
        created_at=_time(item, "a comment or mention"), post_mid=post_mid, post_text=post_text,
        reply_to_id=_id(item.get("reply_comment")), author_uid=_id(user),
        author_name=str(user.get("screen_name") or ""), author_followers=_int(user.get("followers_count"), 0),
        author_verified=bool(user.get("verified", False)))


def item_of(item: Json) -> PlatformItem:
    item = _must(item, "a repost or comment")
    return PlatformItem(_id(item), _id(item.get("user")), str(item.get("text", "")),
                        _id(item.get("reply_comment")))


class HttpWeiboSession:
    """One account's calls over `WeiboClient` (see `core.ports.WeiboSession`)."""

    def __init__(self, client: WeiboClient) -> None:
        self.client = client

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def token_info(self) -> TokenInfo:
        return self.client.get_token_info()

    def revoke(self) -> bool:
        return self.client.revoke()

    def rate_limit(self) -> RateLimitStatus:
        status = self.client.rate_limit_status()
        remaining, reset = status.get("remaining_user_hits"), status.get("reset_time_in_seconds")
        return RateLimitStatus(remaining if isinstance(remaining, int) else None,
                               reset if isinstance(reset, int) else None)

    def user(self, uid: str) -> PlatformUser:
        return user_of(self.client.users_show(uid=uid))

    def timeline(self, uid: str, since_id: int) -> Iterator[SyncedPost]:
        return (post_of(uid, i) for i in self.client.iter_user_timeline(uid, since_id))

    def interactions(self, uid: str, stream: str, since_id: int) -> Iterator[SyncedInteraction]:
        walk = {"comments_to_me": self.client.iter_comments_to_me, "mentions": self.client.iter_mentions,
                "comment_mentions": self.client.iter_comment_mentions}[stream]
        return (interaction_of(uid, stream, i) for i in walk(since_id))

    def friends(self, uid: str) -> Iterator[PlatformUser]:
        return (user_of(u) for u in self.client.iter_friends(uid))

    def reposts_of(self, mid: str, max_items: int = 2000) -> Iterator[PlatformItem]:
        return (item_of(i) for i in self.client.iter_repost_timeline(mid, max_items=max_items))

    def comments_on(self, mid: str, max_items: int = 2000) -> Iterator[PlatformItem]:
        return (item_of(i) for i in self.client.iter_comments_show(mid, max_items=max_items))

    def repost(self, mid: str, text: str) -> str:
        return _id(self.client.repost(mid, text))

    def comment(self, mid: str, text: str) -> str:
        return _id(self.client.comments_create(mid, text))

    def reply(self, comment_id: str, mid: str, text: str, without_mention: bool = False) -> str:
        return _id(self.client.comments_reply(comment_id, mid, text, without_mention=int(without_mention)))

    def delete_comment(self, comment_id: str) -> str:
        return _id(self.client.comments_destroy(comment_id))

    def my_comments(self, since_id: int = 0, max_items: int = 2000) -> Iterator[PlatformItem]:
        return (item_of(i) for i in self.client.iter_comments_by_me(since_id, max_items=max_items))

    def share(self, text: str, picture: bytes | None = None) -> str:
        return _id(self.client.share(text, picture))


class HttpWeiboPlatform:
    """The Open API at the configured base URL (read on every use, so a changed setting takes effect)."""

    def __init__(self, base_url: Callable[[], str], *, timeout: Callable[[], float] = lambda: 15.0,
                 rip: Callable[[], str] = lambda: "127.0.0.1", client_options: dict[str, Any] | None = None,
                 ) -> None:
        self._base_url = base_url
        self._timeout = timeout
        self._rip = rip
        self.client_options = dict(client_options or {})

    @property
    def base_url(self) -> str:
        return self._base_url()

    def session(self, token: str | None, *, cancel: CancelToken = NEVER_CANCELLED) -> HttpWeiboSession:
        return HttpWeiboSession(WeiboClient(self.base_url, token, timeout=self._timeout(), rip=self._rip(),
                                            cancel=cancel, **self.client_options))

    def authorize_url(self, app_key: str, redirect_uri: str, state: str) -> str:
        return authorize_url(self.base_url, app_key, redirect_uri, state)

    def exchange_code(self, app_key: str, app_secret: str, code: str, redirect_uri: str) -> TokenGrant:
        return exchange_code(self.base_url, app_key, app_secret, code, redirect_uri, timeout=self._timeout())

    def redirect_catcher(self) -> LoopbackRedirectCatcher:
        return LoopbackRedirectCatcher().start()
