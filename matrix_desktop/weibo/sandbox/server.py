"""The sandbox Weibo platform over real HTTP (Werkzeug routing and threaded server).

Serves `/2/<resource>/<action>.json` and `/oauth2/...` with the platform's parameters, JSON shapes,
error bodies and statuses, quotas and tier restrictions (research notes §2-§8 and §11), plus an
admin surface under `/_sandbox/...` that is not part of the Weibo API.
"""

from __future__ import annotations

import html
import ipaddress
import json
import secrets
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map, Rule
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

from matrix_desktop.core.errors import ConfigError, NotFound
from matrix_desktop.core.textlen import WEIBO_LIMIT_UNITS, weibo_units
from matrix_desktop.weibo.sandbox import demo
from matrix_desktop.weibo.sandbox.faults import Fault, FaultPlan
from matrix_desktop.weibo.sandbox.store import APP_SOURCE, TOKEN_LIFETIME, SandboxStore, new_token
from matrix_desktop.weibo.timefmt import BEIJING

Json = dict[str, Any]
TIERS = ("standard", "classic")
CODE_LIFETIME = 600


@dataclass(frozen=True)
class Limits:
    """Quotas of a tier: calls per user per hour (and per day, 0 = none), posts and comments per hour."""

    user_hour: int
    user_day: int
    post_hour: int
    comment_hour: int
    ip_hour: int


TIER_LIMITS = {
    # Today's rules (doc rev. 2025-05): 100 calls a day per user, 30 posts an hour.
    "standard": Limits(user_hour=150, user_day=100, post_hour=30, comment_hour=60, ip_hour=15_000),
    # The older, looser "normal level" limits.
    "classic": Limits(user_hour=1_000, user_day=0, post_hour=30, comment_hour=60, ip_hour=10_000),
}

# Status codes per research §8: 400 by default, 401 for auth, 403 for permission and quota.
_HTTP_STATUS = {21301: 401, 21324: 401, 21327: 401, 21332: 401, 10014: 403, 10022: 403, 10023: 403,
                10024: 403, 20016: 403, 21321: 403, 21335: 403, 10001: 500, 10002: 503}


class ApiError(Exception):
    """An error answer: platform code, message and (for OAuth) extra keys."""

    def __init__(self, code: int, message: str, status: int | None = None, extra: Mapping[str, Any] | None = None,
                 retry_after: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status or _HTTP_STATUS.get(code, 400)
        self.extra = dict(extra or {})
        self.retry_after = retry_after


def _json(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    resp = Response(json.dumps(body, ensure_ascii=False), status=status,
                    content_type="application/json;charset=UTF-8")
    resp.headers["Server"] = "nginx"
    resp.headers["Cache-Control"] = "no-cache"
    resp.headers["Pragma"] = "No-cache"
    resp.headers["Expires"] = "Thu, 01 Jan 1970 00:00:00 GMT"
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


def _error_response(err: ApiError, request_path: str) -> Response:
    body: Json = {"error": err.message, "error_code": err.code, "request": request_path, **err.extra}
    headers = {"Retry-After": str(err.retry_after)} if err.retry_after is not None else None
    return _json(body, err.status, headers)


def _is_loopback(uri: str) -> bool:
    try:
        parts = urlsplit(uri)
    except ValueError:
        return False
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Call:
    """One API request after authentication: who calls, with which parameters."""

    def __init__(self, app: SandboxApp, request: Request, path: str, uid: int) -> None:
        self.app = app
        self.request = request
        self.path = path
        self.uid = uid
        self.params: dict[str, str] = {**request.args.to_dict(), **request.form.to_dict()}

    def text(self, name: str, required: bool = False, default: str = "") -> str:
        value = self.params.get(name)
        if value is None or (required and value == ""):
            if required:
                raise ApiError(10016, f"Miss required parameter ({name}) , see doc for more info.")
            return default
        return value

    def int(self, name: str, default: int = 0, required: bool = False, lo: int | None = None,
            hi: int | None = None) -> int:
        raw = self.text(name, required)
        if raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise ApiError(10017, f"Parameter ({name})'s value invalid,expect (int) , but get ({raw}) , "
                                  "see doc for more info.") from None
        if lo is not None and value < lo:
            value = lo if name in ("count", "page") else value
        if hi is not None and value > hi:
            value = hi  # the platform treats a larger count as its maximum
        return value


Handler = Callable[[Call], Any]


#: Endpoints of the real Open API that are closed to standard apps: the platform answers 10014, not
#: "api not found", so the sandbox does the same for those it does not serve (weibo_api.md §3).
CLOSED_ENDPOINTS = frozenset({
    "statuses/upload", "statuses/upload_url_text", "statuses/upload_pic", "friendships/create",
    "friendships/destroy", "direct_messages/new", "short_url/shorten", "statuses/repost_by_me"})


class SandboxApp:
    """The WSGI application: routing, auth, quotas, faults and every endpoint."""

    def __init__(self, store: SandboxStore, tier: str, faults: FaultPlan, fault_delay: float,
                 limits: Limits, stopping: threading.Event) -> None:
        self.store = store
        self.tier = tier
        self.faults = faults
        self.fault_delay = fault_delay
        self.limits = limits
        self.stopping = stopping
        self.url_map = Map([
            Rule("/2/<path:api>.json", endpoint="api"),
            Rule("/oauth2/authorize", endpoint="authorize"),
            Rule("/oauth2/access_token", endpoint="access_token"),
            Rule("/oauth2/get_token_info", endpoint="token_info"),
            Rule("/oauth2/revokeoauth2", endpoint="revoke"),
            Rule("/_sandbox/<path:action>", endpoint="admin"),
            Rule("/u/<int:uid>", endpoint="profile"),
        ])
        # api name -> (HTTP method, handler, quota bucket or "" when the call is free)
        self.endpoints: dict[str, tuple[str, Handler, str]] = {
            "account/get_uid": ("GET", self.get_uid, "call"),
            "account/rate_limit_status": ("GET", self.rate_limit_status, ""),
            "users/show": ("GET", self.users_show, "call"),
            "statuses/user_timeline": ("GET", self.user_timeline, "call"),
            "statuses/show": ("GET", self.statuses_show, "call"),
            "statuses/mentions": ("GET", self.statuses_mentions, "call"),
            "statuses/repost_timeline": ("GET", self.repost_timeline, "call"),
            "statuses/repost": ("POST", self.repost, "post"),
            "statuses/share": ("POST", self.share, "post"),
            "statuses/update": ("POST", self.update, "post"),
            "statuses/destroy": ("POST", self.destroy, "call"),
            "comments/show": ("GET", self.comments_show, "call"),
            "comments/to_me": ("GET", self.comments_to_me, "call"),
            "comments/mentions": ("GET", self.comments_mentions, "call"),
            "comments/create": ("POST", self.comments_create, "comment"),
            "comments/reply": ("POST", self.comments_reply, "comment"),
            "comments/by_me": ("GET", self.comments_by_me, "call"),
            "comments/destroy": ("POST", self.comments_destroy, "call"),
            "friendships/friends": ("GET", self.friends, "call"),
            "friendships/followers": ("GET", self.followers, "call"),
        }

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = Request(environ)
        response = self.dispatch(request)
        return response(environ, start_response)

    def dispatch(self, request: Request) -> Response:
        adapter = self.url_map.bind_to_environ(request.environ)
        try:
            endpoint, values = adapter.match()
        except HTTPException:
            return _error_response(ApiError(10020, "Request api not found!"), request.path)
        try:
            if endpoint == "api":
                return self.api(request, str(values["api"]))
            if endpoint == "admin":
                return self.admin(request, str(values["action"]))
            handler = {"authorize": self.authorize, "access_token": self.access_token,
                       "token_info": self.token_info, "revoke": self.revoke}.get(endpoint)
            if handler is None:
                return self.profile_page(int(values["uid"]))
            return handler(request)
        except ApiError as err:
            return _error_response(err, request.path)
        except sqlite3.ProgrammingError:  # the store closed under a late request during shutdown
            return _error_response(ApiError(10002, "Service unavailable", 503), request.path)

    # -- auth and quotas -------------------------------------------------------------------------

    def _token_of(self, request: Request) -> str | None:
        header = request.headers.get("Authorization", "")
        if header.startswith(("OAuth2 ", "Bearer ")):
            return header.split(None, 1)[1].strip()
        return request.values.get("access_token") or None

    def authenticate(self, request: Request) -> sqlite3.Row:
        token = self._token_of(request)
        if token is None:
            if request.values.get("source") == self.store.meta("app_key"):
                raise ApiError(21301, "auth faild!")
            raise ApiError(10006, "source paramter(appkey) is missing")
        row = self.store.one("SELECT * FROM tokens WHERE token=?", (token,))
        if row is None or row["revoked"]:
            raise ApiError(21332, "invalid_access_token")
        if row["expires_at"] <= time.time():
            raise ApiError(21327, "expired_token")
        return row

    def _charge(self, uid: int, ip: str, bucket: str, api: str) -> None:
        """Count one call against the quotas; refuse it (10022/10023/10024) once one is used up."""
        now = datetime.now(BEIJING)
        hour, day = now.strftime("%Y%m%d%H"), now.strftime("%Y%m%d")
        to_hour = 3600 - (now.minute * 60 + now.second)
        to_day = int((now.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1) - now).total_seconds())
        lim = self.limits
        with self.store.tx() as db:
            def used(key_uid: int, bucket_key: str, kind: str) -> int:
                row = db.execute("SELECT n FROM usage WHERE uid=? AND bucket=? AND kind=?",
                                 (key_uid, bucket_key, kind)).fetchone()
                return int(row["n"]) if row else 0

            def bump(key_uid: int, bucket_key: str, kind: str) -> None:
                db.execute("INSERT INTO usage VALUES(?,?,?,1) ON CONFLICT(uid, bucket, kind) DO UPDATE SET n=n+1",
                           (key_uid, bucket_key, kind))

            if used(0, hour, "ip:" + ip) >= lim.ip_hour:
                raise ApiError(10022, "IP requests out of rate limit!", retry_after=to_hour)
            if used(uid, hour, "call") >= lim.user_hour:
                raise ApiError(10023, "User requests out of rate limit!", retry_after=to_hour)
            if lim.user_day and used(uid, day, "call") >= lim.user_day:
                raise ApiError(10023, "User requests out of rate limit!", retry_after=to_day)
            limit = {"post": lim.post_hour, "comment": lim.comment_hour}.get(bucket)
            if limit is not None and used(uid, hour, bucket) >= limit:
                raise ApiError(10024, f"User requests for ({api}) out of rate limit!", retry_after=to_hour)
            bump(0, hour, "ip:" + ip)
            bump(uid, hour, "call")
            bump(uid, day, "call")
            if limit is not None:
                bump(uid, hour, bucket)

    # -- API dispatch ------------------------------------------------------------------------------

    def api(self, request: Request, api: str) -> Response:
        path = f"/2/{api}.json"
        entry = self.endpoints.get(api)
        if entry is None and api in CLOSED_ENDPOINTS:
            self.authenticate(request)  # the platform checks the token first, then refuses the app
            raise ApiError(10014, "Insufficient app permissions!")
        if entry is None:
            raise ApiError(10020, "Request api not found!")
        method, handler, bucket = entry
        if request.method not in (method, "HEAD" if method == "GET" else method):
            raise ApiError(10021, "HTTP METHOD is not suported for this request!")
        token = self.authenticate(request)
        uid = int(token["uid"])
        fault = self.faults.draw()
        if fault is not None and fault.kind in ("expired", "ratelimit", "malformed") or (
                fault is not None and not (method == "POST" and fault.after_write)):
            early = self._fault_response(fault, path, applied=None) if fault else None
            if early is not None:
                return early
        if bucket:
            self._charge(uid, request.remote_addr or "127.0.0.1", bucket, api)
        body = handler(Call(self, request, path, uid))
        response = _json(body)
        if fault is not None:
            late = self._fault_response(fault, path, applied=response)
            if late is not None:
                return late
        return response

    def _fault_response(self, fault: Fault, path: str, applied: Response | None) -> Response | None:
        """The injected fault's answer; `applied` is the real answer when the work was already done."""
        if fault.kind == "expired":
            return _error_response(ApiError(21327, "expired_token"), path)
        if fault.kind == "ratelimit":
            return _error_response(ApiError(10023, "User requests out of rate limit!", retry_after=60), path)
        if fault.kind == "malformed":
            return Response('{"statuses": [{"id": 50100', status=200, content_type="application/json")
        if fault.kind == "5xx":
            return _error_response(ApiError(10002, "Service unavailable", 502 if applied else 503), path)
        if fault.kind == "timeout":
            # Hold the answer past a sensible client timeout; the work (for a late fault) is already done.
            self.stopping.wait(self.fault_delay)
            return applied if applied is not None else _error_response(ApiError(10001, "System error", 504), path)
        return None

    # -- shared helpers ----------------------------------------------------------------------------

    def _target_uid(self, call: Call) -> int:
        uid = call.int("uid", 0)
        name = call.text("screen_name")
        if uid:
            row = self.store.user_row(uid)
        elif name:
            row = self.store.one("SELECT * FROM users WHERE screen_name=?", (name,))
        else:
            return call.uid
        if row is None:
            raise ApiError(20003, "User does not exists!")
        return int(row["uid"])

    def _page(self, call: Call, sql_from: str, args: tuple[Any, ...], default_count: int, max_count: int,
              id_col: str = "id") -> tuple[list[sqlite3.Row], Json]:
        """Rows newest first with since_id (exclusive), max_id (inclusive), count and page; plus cursors."""
        since_id = call.int("since_id", 0)
        max_id = call.int("max_id", 0)
        count = call.int("count", default_count, lo=1, hi=max_count)
        page = call.int("page", 1, lo=1)
        total = self.store.one(f"SELECT COUNT(*) AS n FROM {sql_from}", args)
        where = f" AND {id_col} > ?" + (f" AND {id_col} <= ?" if max_id else "")
        window = (*args, since_id, *((max_id,) if max_id else ()))
        rows = self.store.q(f"SELECT * FROM {sql_from}{where} ORDER BY {id_col} DESC LIMIT ? OFFSET ?",
                            (*window, count + 1, (page - 1) * count))
        more = len(rows) > count
        rows = rows[:count]
        cursors: Json = {"previous_cursor": 0, "next_cursor": int(rows[-1][id_col]) if rows and more else 0,
                         "total_number": int(total["n"]) if total else 0, "hasvisible": False,
                         "since_id": int(rows[0][id_col]) if rows else 0,
                         "max_id": int(rows[-1][id_col]) if rows else 0}
        return rows, cursors

    def _status(self, sid: int) -> sqlite3.Row:
        row = self.store.one("SELECT * FROM statuses WHERE id=?", (sid,))
        if row is None or row["deleted"]:
            raise ApiError(20101, "Target weibo does not exist!")
        return row

    def _check_text(self, text: str) -> None:
        if weibo_units(text) > WEIBO_LIMIT_UNITS:
            raise ApiError(20012, "Text too long, please input text less than 140 characters!")

    # -- account and users ---------------------------------------------------------------------

    def get_uid(self, call: Call) -> Json:
        return {"uid": call.uid}

    def rate_limit_status(self, call: Call) -> Json:
        now = datetime.now(BEIJING)
        hour, day = now.strftime("%Y%m%d%H"), now.strftime("%Y%m%d")
        lim = self.limits

        def used(uid: int, bucket: str, kind: str) -> int:
            row = self.store.one("SELECT n FROM usage WHERE uid=? AND bucket=? AND kind=?", (uid, bucket, kind))
            return int(row["n"]) if row else 0

        posts_left = max(0, lim.post_hour - used(call.uid, hour, "post"))
        comments_left = max(0, lim.comment_hour - used(call.uid, hour, "comment"))
        limits: list[Json] = [
            {"api": "/statuses/share", "limit": lim.post_hour, "limit_time_unit": "HOURS", "remaining_hits": posts_left},
            {"api": "/statuses/repost", "limit": lim.post_hour, "limit_time_unit": "HOURS",
             "remaining_hits": posts_left},
            {"api": "/comments/create", "limit": lim.comment_hour, "limit_time_unit": "HOURS",
             "remaining_hits": comments_left},
            {"api": "/comments/reply", "limit": lim.comment_hour, "limit_time_unit": "HOURS",
             "remaining_hits": comments_left},
        ]
        if lim.user_day:
            limits.append({"api": "/*", "limit": lim.user_day, "limit_time_unit": "DAYS",
                           "remaining_hits": max(0, lim.user_day - used(call.uid, day, "call"))})
        reset = (now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1))
        ip = call.request.remote_addr or "127.0.0.1"
        return {"api_rate_limits": limits, "ip_limit": lim.ip_hour, "limit_time_unit": "HOURS",
                "remaining_ip_hits": max(0, lim.ip_hour - used(0, hour, "ip:" + ip)),
                "remaining_user_hits": max(0, lim.user_hour - used(call.uid, hour, "call")),
                "reset_time": reset.strftime("%Y-%m-%d %H:%M:%S"),
                "reset_time_in_seconds": int((reset - now).total_seconds()), "user_limit": lim.user_hour}

    def users_show(self, call: Call) -> Json:
        if not call.text("uid") and not call.text("screen_name"):
            raise ApiError(10016, "Miss required parameter (uid or screen_name) , see doc for more info.")
        uid = self._target_uid(call)
        row = self.store.user_row(uid)
        assert row is not None
        reduced = self.tier == "standard" and uid != call.uid and not row["authorized"]
        user = self.store.user_json(row, reduced=reduced)
        if not reduced:
            latest = self.store.one("SELECT * FROM statuses WHERE uid=? AND deleted=0 ORDER BY id DESC LIMIT 1", (uid,))
            if latest is not None:
                user["status"] = self.store.status_json(latest, trim_user=True)
        return user

    # -- statuses ----------------------------------------------------------------------------

    def user_timeline(self, call: Call) -> Json:
        uid = self._target_uid(call)
        if self.tier == "standard" and uid != call.uid:
            raise ApiError(21335, "request uid's value must be the current user")
        rows, cursors = self._page(call, "statuses WHERE deleted=0 AND uid=?", (uid,), 20, 100)
        trim = call.int("trim_user", 0) == 1
        return {"statuses": [self.store.status_json(r, trim) for r in rows], "advertises": [], "ad": [],
                **cursors, "interval": 0, "uve_blank": -1, "has_unread": 0}

    def statuses_show(self, call: Call) -> Json:
        return self.store.status_json(self._status(call.int("id", required=True)))

    def statuses_mentions(self, call: Call) -> Json:
        rows, cursors = self._page(
            call, "statuses WHERE deleted=0 AND uid<>? AND id IN (SELECT status_id FROM status_mentions WHERE uid=?)",
            (call.uid, call.uid), 20, 200)
        return {"statuses": [self.store.status_json(r) for r in rows], "advertises": [], "ad": [], **cursors}

    def repost_timeline(self, call: Call) -> Json:
        sid = call.int("id", required=True)
        self._status(sid)
        rows, cursors = self._page(call, "statuses WHERE deleted=0 AND (root_id=? OR repost_of=?)", (sid, sid), 20, 200)
        return {"reposts": [self.store.status_json(r) for r in rows], **cursors}

    def _repeated(self, db: sqlite3.Connection, uid: int, text: str, repost_of: int | None) -> bool:
        since = time.time() - 86_400
        if repost_of is None:
            row = db.execute("SELECT 1 FROM statuses WHERE uid=? AND deleted=0 AND text=? AND repost_of IS NULL "
                             "AND created_at>? LIMIT 1", (uid, text, since)).fetchone()
        else:
            row = db.execute("SELECT 1 FROM statuses WHERE uid=? AND deleted=0 AND text=? AND repost_of=? "
                             "AND created_at>? LIMIT 1", (uid, text, repost_of, since)).fetchone()
        return row is not None

    def _publish(self, call: Call, text: str, repost_of: int | None = None) -> Json:
        self._check_text(text)
        with self.store.tx() as db:
            if self._repeated(db, call.uid, text, repost_of):
                raise ApiError(20019, "repeat content!")
            sid = self.store.add_status(db, call.uid, text, time.time(), APP_SOURCE, repost_of)
            if repost_of is not None:
                is_comment = call.int("is_comment", 0)
                target = db.execute("SELECT root_id FROM statuses WHERE id=?", (repost_of,)).fetchone()
                ids = {1: [repost_of], 2: [target["root_id"] or repost_of],
                       3: [repost_of, target["root_id"] or repost_of]}.get(is_comment, [])
                for cid_target in dict.fromkeys(ids):
                    self.store.add_comment(db, int(cid_target), call.uid, text, time.time(), APP_SOURCE)
        return self.store.status_json(self._status(sid))

    def share(self, call: Call) -> Json:
        text = call.text("status", required=True)
        # Current docs mark `rip` required on share; the sandbox enforces it so a client that forgets it
        # finds out here, not on the real platform. The text is kept as sent (no stripping).
        call.text("rip", required=True)
        if "pic" in call.request.files:
            pic = call.request.files["pic"].read()
            if len(pic) > 5 * 1024 * 1024:
                raise ApiError(20006, "Image size too large")
            if not pic.startswith((b"\xff\xd8", b"\x89PNG", b"GIF8")):
                raise ApiError(20005, "Unsupported image type, only suport JPG, GIF, PNG!")
        for word in demo.PLATFORM_SENSITIVE:
            if word in text:
                raise ApiError(20021, "Content is illegal!")
        hosts = [urlsplit(w).hostname or "" for w in text.replace("\u3000", " ").split()
                 if w.startswith(("http://", "https://"))]
        if not any(h == demo.SAFE_DOMAIN or h.endswith("." + demo.SAFE_DOMAIN) for h in hosts):
            raise ApiError(10017, "text not find domain!")
        return self._publish(call, text)

    def update(self, call: Call) -> Json:
        if self.tier == "standard":
            raise ApiError(10014, "Insufficient app permissions!")
        return self._publish(call, call.text("status", required=True))

    def repost(self, call: Call) -> Json:
        sid = call.int("id", required=True)
        self._status(sid)
        text = call.text("status") or "转发微博"
        return self._publish(call, text, repost_of=sid)

    def destroy(self, call: Call) -> Json:
        row = self._status(call.int("id", required=True))
        if int(row["uid"]) != call.uid:
            raise ApiError(20102, "Not your own weibo!")
        body = self.store.status_json(row)
        with self.store.tx() as db:
            db.execute("UPDATE statuses SET deleted=1 WHERE id=?", (row["id"],))
        return body

    # -- comments ----------------------------------------------------------------------------

    def _comment_list(self, rows: list[sqlite3.Row], cursors: Json) -> Json:
        return {"comments": [self.store.comment_json(r) for r in rows], "marks": [], **cursors}

    def comments_show(self, call: Call) -> Json:
        row = self._status(call.int("id", required=True))
        rows, cursors = self._page(call, "comments WHERE deleted=0 AND status_id=?", (row["id"],), 50, 200)
        return {**self._comment_list(rows, cursors), "status": self.store.status_json(row)}

    def comments_to_me(self, call: Call) -> Json:
        rows, cursors = self._page(
            call, "comments WHERE deleted=0 AND uid<>? AND (status_id IN (SELECT id FROM statuses WHERE uid=?) "
                  "OR reply_cid IN (SELECT id FROM comments WHERE uid=?))", (call.uid, call.uid, call.uid), 50, 200)
        return self._comment_list(rows, cursors)

    def comments_mentions(self, call: Call) -> Json:
        rows, cursors = self._page(
            call, "comments WHERE deleted=0 AND uid<>? AND id IN (SELECT comment_id FROM comment_mentions WHERE uid=?)",
            (call.uid, call.uid), 50, 200)
        return self._comment_list(rows, cursors)

    def _comment(self, call: Call, sid: int, text: str, reply_cid: int | None) -> Json:
        self._check_text(text)
        self._status(sid)
        with self.store.tx() as db:
            if db.execute("SELECT 1 FROM comments WHERE uid=? AND status_id=? AND text=? AND deleted=0 LIMIT 1",
                          (call.uid, sid, text)).fetchone():
                raise ApiError(20019, "repeat content!")
            cid = self.store.add_comment(db, sid, call.uid, text, time.time(), APP_SOURCE, reply_cid)
        row = self.store.one("SELECT * FROM comments WHERE id=?", (cid,))
        assert row is not None
        return self.store.comment_json(row)

    def comments_create(self, call: Call) -> Json:
        text = call.text("comment", required=True)
        return self._comment(call, call.int("id", required=True), text, None)

    def comments_reply(self, call: Call) -> Json:
        cid = call.int("cid", required=True)
        sid = call.int("id", required=True)
        text = call.text("comment", required=True)
        target = self.store.one("SELECT * FROM comments WHERE id=? AND deleted=0", (cid,))
        if target is None or int(target["status_id"]) != sid:
            raise ApiError(20201, "Target weibo comment does not exist!")
        self._check_text(text)
        if call.int("without_mention", 0) != 1:
            name = self.store.one("SELECT screen_name FROM users WHERE uid=?", (target["uid"],))
            text = f"回复@{name['screen_name'] if name else ''}:{text}"
        return self._comment(call, sid, text, cid)

    def comments_by_me(self, call: Call) -> Json:
        rows, cursors = self._page(call, "comments WHERE deleted=0 AND uid=?", (call.uid,), 50, 200)
        return self._comment_list(rows, cursors)

    def comments_destroy(self, call: Call) -> Json:
        """Only the comment's own author may delete it here (the business API also lets a post's owner)."""
        cid = call.int("cid", required=True)
        row = self.store.one("SELECT * FROM comments WHERE id=? AND deleted=0", (cid,))
        if row is None:
            raise ApiError(20201, "Target weibo comment does not exist!")
        if int(row["uid"]) != call.uid:
            raise ApiError(20203, "Not your own comment!")
        body = self.store.comment_json(row)
        with self.store.tx() as db:
            db.execute("UPDATE comments SET deleted=1 WHERE id=?", (cid,))
        return body

    # -- friendships -------------------------------------------------------------------------

    def _users_page(self, call: Call, column: str, other: str) -> Json:
        uid = self._target_uid(call)
        if self.tier == "standard" and uid != call.uid:
            raise ApiError(21335, "request uid's value must be the current user")
        count = call.int("count", 5 if self.tier == "standard" else 50, lo=1,
                         hi=5 if self.tier == "standard" else 200)
        cursor = call.int("cursor", 0, lo=0)
        row = self.store.user_row(uid)
        assert row is not None
        reported = self.store.user_json(row)["followers_count" if column == "followee" else "friends_count"]
        visible = self.store.one(f"SELECT COUNT(*) AS n FROM follows WHERE {column}=?", (uid,))
        available = int(visible["n"]) if visible else 0
        if self.tier == "standard" and column == "followee":
            available = min(available, 500, max(1, int(reported * 0.3)))  # the platform shows 30%, at most 500
        rows = self.store.q(f"SELECT u.* FROM follows f JOIN users u ON u.uid=f.{other} WHERE f.{column}=? "
                            "ORDER BY f.seq DESC LIMIT ? OFFSET ?", (uid, max(0, min(count, available - cursor)), cursor))
        nxt = cursor + len(rows)
        users = [self.store.user_json(r) for r in rows]
        if call.int("trim_status", 1) == 0:
            for user in users:
                latest = self.store.one("SELECT * FROM statuses WHERE uid=? AND deleted=0 ORDER BY id DESC LIMIT 1",
                                        (user["id"],))
                if latest is not None:
                    user["status"] = self.store.status_json(latest, trim_user=True)
        return {"users": users, "next_cursor": nxt if nxt < available and rows else 0,
                "previous_cursor": max(0, cursor - count), "total_number": reported}

    def friends(self, call: Call) -> Json:
        return self._users_page(call, "follower", "followee")

    def followers(self, call: Call) -> Json:
        return self._users_page(call, "followee", "follower")

    # -- OAuth -------------------------------------------------------------------------------

    def _oauth_error(self, code: int, error: str, description: str, path: str, status: int = 400) -> ApiError:
        return ApiError(code, error, status, {"error_uri": path, "error_description": description})

    def authorize(self, request: Request) -> Response:
        p = request.values
        client_id, redirect_uri, state = p.get("client_id", ""), p.get("redirect_uri", ""), p.get("state", "")
        if client_id != self.store.meta("app_key"):
            raise self._oauth_error(21324, "invalid_client", "client_id error.", request.path)
        if not _is_loopback(redirect_uri):
            raise self._oauth_error(21322, "redirect_uri_mismatch", "redirect_uri is not the registered callback.",
                                    request.path)
        if p.get("response_type", "code") != "code":
            return self._redirect(redirect_uri, {"error": "unsupported_response_type", "error_code": "21329",
                                                 "error_description": "unsupported response_type", "state": state})
        if request.method == "POST":
            if p.get("action") != "authorize":
                return self._redirect(redirect_uri, {"error": "access_denied", "error_code": "21330",
                                                     "error_description": "user denied", "state": state})
            try:
                uid = int(p.get("uid", ""))
            except ValueError:
                raise self._oauth_error(21323, "invalid_request", "uid is missing.", request.path) from None
            if self.store.user_row(uid) is None:
                raise self._oauth_error(21323, "invalid_request", "no such account.", request.path)
            code = secrets.token_hex(16)
            with self.store.tx() as db:
                db.execute("INSERT INTO codes VALUES(?,?,?,?,?,?,0)",
                           (code, uid, client_id, redirect_uri, p.get("scope"), time.time()))
            query = {"code": code, **({"state": state} if state else {})}
            return self._redirect(redirect_uri, query)
        return self._authorize_page(client_id, redirect_uri, state, p.get("scope", ""))

    def _redirect(self, uri: str, query: Mapping[str, str]) -> Response:
        sep = "&" if urlsplit(uri).query else "?"
        resp = Response("", status=302)
        resp.headers["Location"] = uri + sep + urlencode(query)
        return resp

    def profile_page(self, uid: int) -> Response:
        """The account's page as a person sees it on the sandbox (the app's profile link opens it)."""
        row = self.store.user_row(uid)
        if row is None:
            return Response("<!doctype html><title>404</title><p>用户不存在 / no such account (sandbox)</p>",
                            status=404, content_type="text/html; charset=utf-8")
        posts = self.store.q("SELECT text, created_at FROM statuses WHERE uid=? AND deleted=0 ORDER BY id DESC "
                             "LIMIT 20", (uid,))
        items = "".join(f"<li>{html.escape(p['text'])}</li>" for p in posts)
        reason = html.escape(row["verified_reason"] or "")
        page = f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{html.escape(row["screen_name"])}（沙盒） / sandbox</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 2em auto">
<p style="color:#a4262c">沙盒中的账号页面，不是真实微博 / A sandbox page, not the real Weibo.</p>
<h1>{html.escape(row["screen_name"])}</h1><p>{reason}</p><p>{html.escape(row["description"] or "")}</p>
<ol>{items}</ol></body></html>"""
        return Response(page, content_type="text/html; charset=utf-8")

    def _authorize_page(self, client_id: str, redirect_uri: str, state: str, scope: str) -> Response:
        rows = self.store.q("SELECT uid, screen_name, role FROM users WHERE role<>'fan' AND role<>'other' "
                            "ORDER BY CASE role WHEN 'official' THEN 0 WHEN 'leader' THEN 1 WHEN 'sub_brand' THEN 2 "
                            "ELSE 3 END, uid")
        options = "\n".join(f'<option value="{r["uid"]}">{html.escape(r["screen_name"])} ({r["role"]})</option>'
                            for r in rows)
        hidden = "".join(f'<input type="hidden" name="{k}" value="{html.escape(v)}">' for k, v in
                         (("client_id", client_id), ("redirect_uri", redirect_uri), ("state", state),
                          ("scope", scope), ("response_type", "code")))
        page = f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>微博授权（沙盒） / Weibo authorisation (sandbox)</title></head>
<body style="font-family: sans-serif; max-width: 32em; margin: 3em auto">
<h1>授权应用访问你的微博账号</h1><p>Authorise the app to use your Weibo account (sandbox).</p>
<form method="post" action="/oauth2/authorize">{hidden}
<label for="uid">选择账号 / Account</label><br><select id="uid" name="uid">{options}</select><br><br>
<button type="submit" name="action" value="authorize">授权 / Authorize</button>
<button type="submit" name="action" value="deny">取消 / Cancel</button>
</form></body></html>"""
        return Response(page, content_type="text/html; charset=utf-8")

    def access_token(self, request: Request) -> Response:
        path = "/oauth2/access_token"
        if request.method != "POST":
            raise ApiError(10021, "HTTP METHOD is not suported for this request!")
        p = request.values
        if p.get("grant_type") != "authorization_code":
            raise self._oauth_error(21328, "unsupported_grant_type", "grant_type must be authorization_code.", path)
        if p.get("client_id") != self.store.meta("app_key") or p.get("client_secret") != self.store.meta("app_secret"):
            raise self._oauth_error(21324, "invalid_client", "client_secret error.", path, 401)
        code = p.get("code", "")
        if not code:
            raise self._oauth_error(21323, "invalid_request", "miss required parameter (code).", path)
        with self.store.tx() as db:
            row = db.execute("SELECT * FROM codes WHERE code=?", (code,)).fetchone()
            if row is None or row["used"] or row["created_at"] + CODE_LIFETIME < time.time():
                raise self._oauth_error(21325, "invalid_grant", f"invalid authorization code:{code}", path)
            if p.get("redirect_uri") != row["redirect_uri"]:
                raise self._oauth_error(21322, "redirect_uri_mismatch", "redirect_uri mismatch.", path)
            db.execute("UPDATE codes SET used=1 WHERE code=?", (code,))
            token, now = new_token(), time.time()
            db.execute("INSERT INTO tokens VALUES(?,?,?,?,0,?)", (token, row["uid"], now, now + TOKEN_LIFETIME,
                                                                  row["scope"]))
            db.execute("UPDATE users SET authorized=1 WHERE uid=?", (row["uid"],))
        return _json({"access_token": token, "remind_in": str(TOKEN_LIFETIME), "expires_in": TOKEN_LIFETIME,
                      "uid": str(row["uid"]), "isRealName": "true"})

    def token_info(self, request: Request) -> Response:
        if request.method != "POST":
            raise ApiError(10021, "HTTP METHOD is not suported for this request!")
        row = self.authenticate(request)
        return _json({"uid": int(row["uid"]), "appkey": int(self.store.meta("app_key") or 0), "scope": row["scope"],
                      "create_at": int(row["created_at"]), "expire_in": max(0, int(row["expires_at"] - time.time()))})

    def revoke(self, request: Request) -> Response:
        row = self.authenticate(request)
        with self.store.tx() as db:
            db.execute("UPDATE tokens SET revoked=1 WHERE token=?", (row["token"],))
        return _json({"result": "true"})

    # -- admin (not part of the Weibo API) -----------------------------------------------------

    def admin(self, request: Request, action: str) -> Response:
        owner: SandboxServer = request.environ["sandbox.server"]
        p = request.values
        try:
            if action == "credentials":
                return _json(owner.credentials())
            if action == "labels":
                return _json(owner.labels())
            if request.method != "POST":
                raise ApiError(10021, "HTTP METHOD is not suported for this request!")
            if action == "traffic":
                return _json(owner.generate_traffic(int(p.get("n", "1")), p.get("category") or None))
            if action == "profile":
                verified = p.get("verified")
                vtype = p.get("verified_type")
                owner.set_profile(int(p["uid"]), verified=None if verified is None else verified in ("1", "true"),
                                  verified_type=None if vtype is None else int(vtype),
                                  verified_reason=p.get("verified_reason"), description=p.get("description"))
                return _json({"result": "true"})
            if action == "tokens/expire":
                owner.expire_token(p["token"])
                return _json({"result": "true"})
            if action == "tokens/revoke":
                owner.revoke_token(p["token"])
                return _json({"result": "true"})
            if action == "faults":
                owner.set_faults(p.get("spec", ""))
                return _json({"result": "true"})
        except (KeyError, ValueError) as exc:
            raise ApiError(10016, f"Miss or bad parameter ({exc})") from None
        except (NotFound, ConfigError) as exc:
            raise ApiError(10017, str(exc)) from None
        raise ApiError(10020, "Request api not found!")


class _QuietHandler(WSGIRequestHandler):
    """Werkzeug's handler without its per-request access line on stderr (tests and --print-credentials)."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


class SandboxServer:
    """A running sandbox platform: `start()`, `base_url`, `credentials()`, `stop()` (or `with`).

    State lives in `data_dir` (a temporary directory, removed on stop, when None) and survives restarts.
    The admin methods (`set_profile`, `generate_traffic`, `expire_token`, ...) serve tests and demos.
    """

    def __init__(self, data_dir: str | Path | None = None, *, seed: str = "demo", seed_value: int = 42,
                 host: str = "127.0.0.1", port: int = 0, faults: str | None = None, fault_delay: float = 2.0,
                 tier: str = "standard", traffic_rate: float = 0.0, limits: Limits | None = None,
                 fans: int | None = None, epoch: float | None = None) -> None:
        if tier not in TIERS:
            raise ConfigError(f"tier {tier!r} is not one of {', '.join(TIERS)}")
        if seed not in ("demo", "none"):
            raise ConfigError(f"seed {seed!r} is not one of demo, none")
        if traffic_rate < 0:
            raise ConfigError("traffic rate must not be negative")
        self._temp = data_dir is None
        self.data_dir = Path(tempfile.mkdtemp(prefix="weibo-sandbox-")) if data_dir is None else Path(data_dir)
        self.seed, self.seed_value, self.host, self.port = seed, seed_value, host, port
        self.tier, self.fault_delay, self.traffic_rate = tier, fault_delay, traffic_rate
        self.limits = limits or TIER_LIMITS[tier]
        self._fault_spec = faults
        self._fans = fans
        self._epoch = epoch
        self._stopping = threading.Event()
        self._server: BaseWSGIServer | None = None
        self._threads: list[threading.Thread] = []
        self.store: SandboxStore | None = None
        self.app: SandboxApp | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> SandboxServer:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.store = SandboxStore(self.data_dir / "sandbox.sqlite3")
        if not self.store.seeded:
            kwargs = {"fans": self._fans} if self._fans is not None else {}
            self.store.seed(self.seed, self.seed_value, epoch=self._epoch, **kwargs)
        self.seed_value = int(self.store.meta("seed_value", str(self.seed_value)) or self.seed_value)
        faults = FaultPlan(self._fault_spec, self.seed_value)
        self.app = SandboxApp(self.store, self.tier, faults, self.fault_delay, self.limits, self._stopping)
        app = self.app

        def wsgi(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
            environ["sandbox.server"] = self
            return app(environ, start_response)

        self._server = make_server(self.host, self.port, wsgi, threaded=True,
                                   request_handler=_QuietHandler)
        self.port = self._server.server_port
        serve = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="weibo-sandbox",
                                 daemon=True)
        serve.start()
        self._threads.append(serve)
        if self.traffic_rate > 0:
            feeder = threading.Thread(target=self._feed_traffic, name="weibo-sandbox-traffic", daemon=True)
            feeder.start()
            self._threads.append(feeder)
        return self

    def _feed_traffic(self) -> None:
        interval = 60.0 / self.traffic_rate
        while not self._stopping.wait(interval):
            try:
                self.generate_traffic(1)
            except sqlite3.Error:
                return

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()
        if self.store is not None:
            self.store.close()
            self.store = None
        if self._temp:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def _store(self) -> SandboxStore:
        if self.store is None:
            raise ConfigError("the sandbox is not running")
        return self.store

    # -- facts and admin ---------------------------------------------------------------------

    def credentials(self) -> Json:
        """What `--print-credentials` prints: base URL, app key and secret, and each matrix account's token."""
        store = self._store()
        rows = store.q(
            "SELECT u.uid, u.screen_name, u.role, (SELECT t.token FROM tokens t WHERE t.uid=u.uid AND t.revoked=0 "
            "ORDER BY t.expires_at DESC LIMIT 1) AS token FROM users u WHERE u.role IN "
            "('official','leader','sub_brand','employee') ORDER BY CASE u.role WHEN 'official' THEN 0 "
            "WHEN 'leader' THEN 1 WHEN 'sub_brand' THEN 2 ELSE 3 END, u.uid")
        return {"base_url": self.base_url, "app_key": store.meta("app_key"), "app_secret": store.meta("app_secret"),
                "safe_domain": demo.SAFE_DOMAIN, "tier": self.tier,
                "accounts": [{"uid": str(r["uid"]), "screen_name": r["screen_name"], "role": r["role"],
                              "access_token": r["token"]} for r in rows]}

    def token_for(self, uid: int | str) -> str:
        """A valid token of account `uid`, issued now if it has none."""
        store = self._store()
        row = store.one("SELECT token FROM tokens WHERE uid=? AND revoked=0 AND expires_at>? "
                        "ORDER BY expires_at DESC LIMIT 1", (int(uid), time.time()))
        if row is not None:
            return str(row["token"])
        if store.user_row(int(uid)) is None:
            raise NotFound(f"no sandbox user {uid}")
        token, now = new_token(), time.time()
        with store.tx() as db:
            db.execute("INSERT INTO tokens VALUES(?,?,?,?,0,NULL)", (token, int(uid), now, now + TOKEN_LIFETIME))
            db.execute("UPDATE users SET authorized=1 WHERE uid=?", (int(uid),))
        return token

    def set_profile(self, uid: int | str, *, verified: bool | None = None, verified_type: int | None = None,
                    verified_reason: str | None = None, description: str | None = None) -> None:
        """Change what the platform reports about an account (as if Weibo's verification changed)."""
        store = self._store()
        if store.user_row(int(uid)) is None:
            raise NotFound(f"no sandbox user {uid}")
        with store.tx() as db:
            for column, value in (("verified", None if verified is None else int(verified)),
                                  ("verified_type", verified_type), ("verified_reason", verified_reason),
                                  ("description", description)):
                if value is not None:
                    db.execute(f"UPDATE users SET {column}=? WHERE uid=?", (value, int(uid)))

    def generate_traffic(self, n: int, category: str | None = None) -> list[Json]:
        """Apply the next `n` fan-traffic events now; returns them with their hidden categories. With
        `category` ("crisis") every one of them is of that category: a burst."""
        return self._store().generate_traffic(n, category=category)

    def expire_token(self, token: str) -> None:
        with self._store().tx() as db:
            if db.execute("UPDATE tokens SET expires_at=? WHERE token=?", (time.time() - 1, token)).rowcount == 0:
                raise NotFound("no such token")

    def revoke_token(self, token: str) -> None:
        with self._store().tx() as db:
            if db.execute("UPDATE tokens SET revoked=1 WHERE token=?", (token,)).rowcount == 0:
                raise NotFound("no such token")

    def delete_status(self, status_id: int | str) -> None:
        with self._store().tx() as db:
            db.execute("UPDATE statuses SET deleted=1 WHERE id=?", (int(status_id),))

    def set_faults(self, spec: str | None) -> None:
        """Replace the fault rates (deterministic again from the seed value)."""
        if self.app is None:
            raise ConfigError("the sandbox is not running")
        self.app.faults = FaultPlan(spec, self.seed_value)

    def labels(self) -> list[Json]:
        """The hidden truth of generated traffic: object kind and id, category, event number, account aimed at."""
        rows = self._store().q("SELECT kind, object_id, category, event_no, target_uid FROM labels ORDER BY event_no")
        return [{"kind": r["kind"], "id": int(r["object_id"]), "category": r["category"], "event": int(r["event_no"]),
                 "target_uid": None if r["target_uid"] is None else int(r["target_uid"])} for r in rows]
