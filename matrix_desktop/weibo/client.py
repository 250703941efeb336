"""A thin client for the Weibo Open API v2 on `requests`.

One `requests.Session` per account token. Methods return the platform's JSON as dicts; iterators walk
pages (`since_id`/`max_id`, where `max_id` is *inclusive*, and friendship cursors). Reads are retried
with back-off on timeouts, dropped connections and 5xx; a write is retried only when nothing reached
the server, otherwise `WriteOutcomeUnknown` tells the caller to check before sending again.
The token travels in the ``Authorization: OAuth2`` header only, so it never sits in a URL or a log line.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlencode

import requests
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter
from urllib3.exceptions import NewConnectionError

from matrix_desktop.core.endpoint import parse_api_endpoint
from matrix_desktop.core.errors import Cancelled
from matrix_desktop.core.progress import NEVER_CANCELLED, CancelToken
from matrix_desktop.core.textlen import WEIBO_LIMIT_UNITS, weibo_units
from matrix_desktop.core.weibo import TokenGrant, TokenInfo
from matrix_desktop.core.weibo_errors import (
    MalformedResponse,
    TextTooLong,
    TransientError,
    WriteOutcomeUnknown,
    error_for,
    mask_token,
)
from matrix_desktop.weibo.timefmt import format_weibo_time, parse_weibo_time

__all__ = [
    "TokenGrant", "TokenInfo", "WeiboClient", "authorize_url", "exchange_code", "format_weibo_time",
    "parse_weibo_time",
]

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.weibo.com"
Json = dict[str, Any]


def authorize_url(base_url: str, app_key: str, redirect_uri: str, state: str, scope: str | None = None,
                  *, display: str | None = None, forcelogin: bool = False) -> str:
    """The browser page where a person grants the app access to their account."""
    params: dict[str, str] = {"client_id": app_key, "redirect_uri": redirect_uri, "response_type": "code",
                              "state": state}
    if scope:
        params["scope"] = scope
    if display:
        params["display"] = display
    if forcelogin:
        params["forcelogin"] = "true"
    return f"{parse_api_endpoint(base_url).origin}/oauth2/authorize?{urlencode(params)}"


def _raise_for_answer(resp: requests.Response, request: str, *, write: bool) -> Any:
    """The decoded JSON of `resp`, or the typed error it describes."""
    retry_after: float | None = None
    if "Retry-After" in resp.headers:
        try:
            retry_after = float(resp.headers["Retry-After"])
        except ValueError:
            retry_after = None
    try:
        body = resp.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and "error_code" in body:
        err = error_for(body.get("error_code"), str(body.get("error", "")),
                        str(body.get("request", request)), resp.status_code, retry_after=retry_after)
        if write and resp.status_code >= 500:
            raise WriteOutcomeUnknown(err.code, err.platform_message, request, resp.status_code) from err
        raise err
    if resp.status_code >= 500:
        if write:
            raise WriteOutcomeUnknown(0, f"server error {resp.status_code}", request, resp.status_code)
        raise TransientError(0, f"server error {resp.status_code}", request, resp.status_code)
    if body is None or resp.status_code != 200:
        if write and resp.status_code == 200:
            # The server took the write but its answer is unreadable: we cannot know what it did.
            raise WriteOutcomeUnknown(0, "unreadable answer to a write", request, resp.status_code)
        raise MalformedResponse(0, "the answer is not JSON" if body is None else "unexpected answer",
                                request, resp.status_code)
    return body


def exchange_code(base_url: str, app_key: str, app_secret: str, code: str, redirect_uri: str,
                  timeout: float = 15.0) -> TokenGrant:
    """Trade an authorisation `code` for a token at `oauth2/access_token` (codes are single-use)."""
    path = "/oauth2/access_token"
    try:
        resp = requests.post(parse_api_endpoint(base_url).origin + path, timeout=timeout, data={
            "client_id": app_key, "client_secret": app_secret, "grant_type": "authorization_code",
            "code": code, "redirect_uri": redirect_uri,
        })
    except requests.RequestException as exc:
        raise TransientError(0, type(exc).__name__, path, 0) from None
    body = _raise_for_answer(resp, path, write=False)
    try:
        return TokenGrant(access_token=str(body["access_token"]), expires_in=int(body["expires_in"]),
                          uid=str(body["uid"]), remind_in=str(body.get("remind_in", "")))
    except (KeyError, TypeError, ValueError):
        raise MalformedResponse(0, "access_token answer lacks its fields", path, resp.status_code) from None


def _connect_failed(exc: requests.RequestException) -> bool:
    """True when the connection failed before any byte of the request was sent."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    if isinstance(exc, requests.ConnectionError):
        reason: Any = exc.args[0] if exc.args else None
        reason = getattr(reason, "reason", reason)
        return isinstance(reason, NewConnectionError)
    return False


class WeiboClient:
    """Calls the Weibo Open API v2 as one account (or anonymously for OAuth-only calls).

    `base_url` is the host root (``https://api.weibo.com`` or a sandbox's ``http://127.0.0.1:PORT``).
    Every call has `timeout`; `cancel` (here or per call) is checked before each request and between
    pages. `rip` is the end user's IP the platform asks of writes.
    """

    def __init__(self, base_url: str = DEFAULT_BASE_URL, access_token: str | None = None, *,
                 timeout: float = 15.0, rip: str = "127.0.0.1", cancel: CancelToken | None = None,
                 retries: int = 3, backoff: float = 0.5, max_backoff: float = 8.0) -> None:
        # The same parse that keys the token in the keyring: requests go exactly where it says.
        self.endpoint = parse_api_endpoint(base_url)
        self.base_url = self.endpoint.origin
        self._token = access_token
        self.timeout = timeout
        self.rip = rip
        self.cancel = cancel or NEVER_CANCELLED
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._session = requests.Session()
        self._session.headers["User-Agent"] = "matrix-desktop"
        if access_token:
            self._session.headers["Authorization"] = f"OAuth2 {access_token}"

    def __repr__(self) -> str:
        return f"WeiboClient(base_url={self.base_url!r}, access_token={mask_token(self._token)!r})"

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> WeiboClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transport ---------------------------------------------------------------------------

    def _call(self, method: str, path: str, params: Mapping[str, Any] | None = None, *,
              write: bool = False, cancel: CancelToken | None = None,
              files: Mapping[str, tuple[str, bytes]] | None = None) -> Any:
        token = cancel or self.cancel
        clean = {k: v for k, v in (params or {}).items() if v is not None}

        def sleep(seconds: float) -> None:
            if token.wait(seconds):
                raise Cancelled("stopped by the user")

        def retryable(exc: BaseException) -> bool:
            # A read answered with cut-off JSON is a transport fault too, and reading again is harmless.
            if not write and isinstance(exc, MalformedResponse):
                return True
            return isinstance(exc, TransientError) and (not write or not exc.request_sent)

        retrying = Retrying(
            stop=stop_after_attempt(self.retries + 1),
            wait=wait_exponential_jitter(multiplier=self.backoff, max=self.max_backoff, jitter=self.backoff),
            retry=retry_if_exception(retryable), sleep=sleep, reraise=True,
        )
        for attempt in retrying:
            with attempt:
                token.raise_if_cancelled()
                return self._send(method, path, clean, write, files)
        raise AssertionError("unreachable")  # pragma: no cover - Retrying either returns or raises

    def _send(self, method: str, path: str, params: dict[str, Any], write: bool,
              files: Mapping[str, tuple[str, bytes]] | None = None) -> Any:
        url = self.base_url + path
        try:
            if method == "GET":
                resp = self._session.get(url, params=params, timeout=self.timeout)
            else:
                resp = self._session.post(url, data=params, files=files, timeout=self.timeout)
        except requests.RequestException as exc:
            kind = type(exc).__name__
            log.info("weibo %s %s failed: %s", method, path, kind)
            if _connect_failed(exc):
                raise TransientError(0, f"could not connect ({kind})", path, 0, request_sent=False) from None
            if write:
                raise WriteOutcomeUnknown(0, f"no answer ({kind})", path, 0) from None
            raise TransientError(0, f"no answer ({kind})", path, 0) from None
        log.debug("weibo %s %s -> %s", method, path, resp.status_code)
        return _raise_for_answer(resp, path, write=write)

    def _get(self, resource: str, params: Mapping[str, Any] | None = None,
             cancel: CancelToken | None = None) -> Json:
        body = self._call("GET", f"/2/{resource}.json", params, cancel=cancel)
        if not isinstance(body, dict):
            raise MalformedResponse(0, "expected a JSON object", f"/2/{resource}.json", 200)
        return body

    def _post(self, resource: str, params: Mapping[str, Any], cancel: CancelToken | None = None,
              files: Mapping[str, tuple[str, bytes]] | None = None) -> Json:
        body = self._call("POST", f"/2/{resource}.json", params, write=True, cancel=cancel, files=files)
        if not isinstance(body, dict):
            raise WriteOutcomeUnknown(0, "expected a JSON object", f"/2/{resource}.json", 200)
        return body

    def _check_length(self, text: str, resource: str) -> None:
        # Refuse locally what the platform would refuse, counted as it counts (saves a call and a quota hit).
        if weibo_units(text) > WEIBO_LIMIT_UNITS:
            raise TextTooLong(20012, "text too long (checked before sending)", f"/2/{resource}.json", 0)

    # -- OAuth ---------------------------------------------------------------------------------

    def get_token_info(self) -> TokenInfo:
        """Who the token belongs to and how many seconds it has left."""
        body = self._call("POST", "/oauth2/get_token_info", {"access_token": self._token})
        try:
            scope = body.get("scope")
            return TokenInfo(uid=str(body["uid"]), appkey=str(body["appkey"]),
                             scope=None if scope is None else str(scope),
                             create_at=int(body["create_at"]), expire_in=int(body["expire_in"]))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise MalformedResponse(0, "token info lacks its fields", "/oauth2/get_token_info", 200) from None

    def revoke(self) -> bool:
        """Withdraw this token's authorisation; True when the platform confirms."""
        body = self._call("POST", "/oauth2/revokeoauth2", {"access_token": self._token}, write=True)
        return str(body.get("result", "")).lower() == "true" if isinstance(body, dict) else False

    # -- reads ---------------------------------------------------------------------------------

    def get_uid(self) -> str:
        return str(self._get("account/get_uid")["uid"])

    def rate_limit_status(self) -> Json:
        return self._get("account/rate_limit_status")

    def users_show(self, uid: int | str | None = None, screen_name: str | None = None) -> Json:
        return self._get("users/show", {"uid": uid, "screen_name": screen_name})

    def user_timeline(self, uid: int | str | None = None, *, since_id: int = 0, max_id: int = 0,
                      count: int = 20, page: int = 1, trim_user: int = 0) -> Json:
        return self._get("statuses/user_timeline", {"uid": uid, "since_id": since_id, "max_id": max_id,
                                                    "count": count, "page": page, "trim_user": trim_user})

    def statuses_show(self, id: int | str) -> Json:
        return self._get("statuses/show", {"id": id})

    def mentions(self, *, since_id: int = 0, max_id: int = 0, count: int = 20, page: int = 1) -> Json:
        return self._get("statuses/mentions", {"since_id": since_id, "max_id": max_id, "count": count,
                                               "page": page})

    def repost_timeline(self, id: int | str, *, since_id: int = 0, max_id: int = 0, count: int = 20,
                        page: int = 1) -> Json:
        return self._get("statuses/repost_timeline", {"id": id, "since_id": since_id, "max_id": max_id,
                                                      "count": count, "page": page})

    def comments_show(self, id: int | str, *, since_id: int = 0, max_id: int = 0, count: int = 50,
                      page: int = 1) -> Json:
        return self._get("comments/show", {"id": id, "since_id": since_id, "max_id": max_id,
                                           "count": count, "page": page})

    def comments_to_me(self, *, since_id: int = 0, max_id: int = 0, count: int = 50, page: int = 1) -> Json:
        return self._get("comments/to_me", {"since_id": since_id, "max_id": max_id, "count": count,
                                            "page": page})

    def comments_mentions(self, *, since_id: int = 0, max_id: int = 0, count: int = 50,
                          page: int = 1) -> Json:
        return self._get("comments/mentions", {"since_id": since_id, "max_id": max_id, "count": count,
                                               "page": page})

    def comments_by_me(self, *, since_id: int = 0, max_id: int = 0, count: int = 50, page: int = 1) -> Json:
        """The comments this account wrote, newest first."""
        return self._get("comments/by_me", {"since_id": since_id, "max_id": max_id, "count": count,
                                            "page": page})

    def friends(self, uid: int | str | None = None, cursor: int = 0, count: int = 50,
                screen_name: str | None = None) -> Json:
        """Whom `uid` follows (the platform now allows only the authorised account itself)."""
        return self._get("friendships/friends", {"uid": uid, "screen_name": screen_name, "cursor": cursor,
                                                 "count": count})

    def followers(self, uid: int | str | None = None, cursor: int = 0, count: int = 50,
                  screen_name: str | None = None) -> Json:
        return self._get("friendships/followers", {"uid": uid, "screen_name": screen_name, "cursor": cursor,
                                                   "count": count})

    # -- iterators -----------------------------------------------------------------------------

    def _walk(self, resource: str, key: str, params: Mapping[str, Any], since_id: int, count: int,
              cancel: CancelToken | None, max_items: int | None) -> Iterator[Json]:
        """Newest first, page by page backwards with `max_id`; stops at `since_id` (exclusive)."""
        token = cancel or self.cancel
        max_id = 0
        yielded = 0
        while True:
            token.raise_if_cancelled()
            query = dict(params, since_id=since_id, count=count, max_id=max_id or None)
            page = self._get(resource, query, cancel=token)
            items = page.get(key) or []
            if not isinstance(items, list):
                raise MalformedResponse(0, f"{key} is not a list", f"/2/{resource}.json", 200)
            oldest: int | None = None
            for item in items:
                item_id = int(item["id"])
                if max_id and item_id > max_id:
                    continue  # max_id is inclusive; never hand back the same item twice
                oldest = item_id if oldest is None else min(oldest, item_id)
                yield item
                yielded += 1
                if max_items is not None and yielded >= max_items:
                    return
            if oldest is None or page.get("next_cursor") == 0:
                return
            max_id = oldest - 1
            if max_id <= since_id:
                return

    def iter_user_timeline(self, uid: int | str | None = None, since_id: int = 0, *, count: int = 100,
                           cancel: CancelToken | None = None, max_items: int | None = None) -> Iterator[Json]:
        return self._walk("statuses/user_timeline", "statuses", {"uid": uid}, since_id, count, cancel,
                          max_items)

    def iter_mentions(self, since_id: int = 0, *, count: int = 200, cancel: CancelToken | None = None,
                      max_items: int | None = None) -> Iterator[Json]:
        return self._walk("statuses/mentions", "statuses", {}, since_id, count, cancel, max_items)

    def iter_repost_timeline(self, id: int | str, since_id: int = 0, *, count: int = 200,
                             cancel: CancelToken | None = None, max_items: int | None = None) -> Iterator[Json]:
        return self._walk("statuses/repost_timeline", "reposts", {"id": id}, since_id, count, cancel,
                          max_items)

    def iter_comments_show(self, id: int | str, since_id: int = 0, *, count: int = 200,
                           cancel: CancelToken | None = None, max_items: int | None = None) -> Iterator[Json]:
        return self._walk("comments/show", "comments", {"id": id}, since_id, count, cancel, max_items)

    def iter_comments_to_me(self, since_id: int = 0, *, count: int = 200, cancel: CancelToken | None = None,
                            max_items: int | None = None) -> Iterator[Json]:
        return self._walk("comments/to_me", "comments", {}, since_id, count, cancel, max_items)

    def iter_comments_by_me(self, since_id: int = 0, *, count: int = 200, cancel: CancelToken | None = None,
                            max_items: int | None = None) -> Iterator[Json]:
        return self._walk("comments/by_me", "comments", {}, since_id, count, cancel, max_items)

    def iter_comment_mentions(self, since_id: int = 0, *, count: int = 200,
                              cancel: CancelToken | None = None, max_items: int | None = None) -> Iterator[Json]:
        return self._walk("comments/mentions", "comments", {}, since_id, count, cancel, max_items)

    def _walk_cursor(self, resource: str, uid: int | str | None, count: int,
                     cancel: CancelToken | None) -> Iterator[Json]:
        token = cancel or self.cancel
        cursor = 0
        while True:
            token.raise_if_cancelled()
            page = self._get(resource, {"uid": uid, "cursor": cursor, "count": count}, cancel=token)
            yield from page.get("users") or []
            nxt = int(page.get("next_cursor") or 0)
            if nxt == 0 or nxt == cursor:
                return
            cursor = nxt

    def iter_friends(self, uid: int | str | None = None, *, count: int = 50,
                     cancel: CancelToken | None = None) -> Iterator[Json]:
        return self._walk_cursor("friendships/friends", uid, count, cancel)

    # -- writes --------------------------------------------------------------------------------

    def repost(self, id: int | str, status: str = "", is_comment: int = 0) -> Json:
        """Forward post `id` with `status` as this account's comment (empty: the platform's "转发微博")."""
        self._check_length(status, "statuses/repost")
        return self._post("statuses/repost", {"id": id, "status": status or None, "is_comment": is_comment,
                                              "rip": self.rip})

    def share(self, status: str, pic: bytes | None = None, pic_name: str = "pic.jpg") -> Json:
        """Publish a post; the text must contain a link on the app's safe domain. With `pic` (JPEG, GIF or
        PNG under 5 MB) the call is multipart, as the platform asks."""
        self._check_length(status, "statuses/share")
        files = {"pic": (pic_name, pic)} if pic is not None else None
        return self._post("statuses/share", {"status": status, "rip": self.rip}, files=files)

    def update(self, status: str) -> Json:
        """The pre-2017 way to post; the platform answers 10014 to most apps now."""
        self._check_length(status, "statuses/update")
        return self._post("statuses/update", {"status": status, "rip": self.rip})

    def destroy(self, id: int | str) -> Json:
        return self._post("statuses/destroy", {"id": id})

    def comments_create(self, id: int | str, comment: str, comment_ori: int = 0) -> Json:
        self._check_length(comment, "comments/create")
        return self._post("comments/create", {"id": id, "comment": comment, "comment_ori": comment_ori,
                                              "rip": self.rip})

    def comments_reply(self, cid: int | str, id: int | str, comment: str, without_mention: int = 0) -> Json:
        self._check_length(comment, "comments/reply")
        return self._post("comments/reply", {"cid": cid, "id": id, "comment": comment,
                                             "without_mention": without_mention, "rip": self.rip})

    def comments_destroy(self, cid: int | str) -> Json:
        """Delete a comment: only one this account wrote (20203 otherwise; 20201 when it is gone already)."""
        return self._post("comments/destroy", {"cid": cid})
