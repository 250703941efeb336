"""Sync: for every connected account, bring profile, posts, comments, mentions and following list home.

Idempotent upserts; per-account, per-stream cursors so a sync asks only for what is new; a kill at any
moment leaves a consistent database (each page is one transaction, and a cursor advances only in the
transaction that stores the last page, so a killed stream is simply fetched again). A typed error on
one account is recorded in words and the others go on. The hourly budget is checked first: an account
whose remaining calls would not cover a sync is deferred until the platform's window resets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from matrix_desktop.app.credentials import CredentialService
from matrix_desktop.core.accounts import Account, AccountQuery
from matrix_desktop.core.errors import Cancelled
from matrix_desktop.core.progress import NEVER_CANCELLED, CancelToken, Progress, ProgressSink, no_progress
from matrix_desktop.store.uow import SqlUnitOfWorkFactory
from matrix_desktop.weibo.client import WeiboClient, parse_weibo_time
from matrix_desktop.weibo.errors import RateLimited, TokenExpired, TokenInvalid, WeiboApiError

#: Calls one account's sync needs at least: rate limit, profile, four streams, following list.
MIN_CALLS = 7
PAGE_CHUNK = 200

STREAMS = ("timeline", "comments_to_me", "mentions", "comment_mentions")


@dataclass
class AccountSyncResult:
    uid: str
    screen_name: str
    ok: bool = False
    skipped: str = ""
    error: str = ""
    error_code: int = 0
    deferred_until: datetime | None = None
    new_posts: int = 0
    new_interactions: int = 0
    follows: int = 0


@dataclass(frozen=True)
class AccountSyncStatus:
    uid: str
    last_ok_at: datetime | None = None
    last_finished_at: datetime | None = None
    last_error: str = ""
    deferred_until: datetime | None = None


@dataclass
class SyncReport:
    results: list[AccountSyncResult] = field(default_factory=list)

    @property
    def ok(self) -> list[AccountSyncResult]:
        return [r for r in self.results if r.ok]

    @property
    def failed(self) -> list[AccountSyncResult]:
        return [r for r in self.results if r.error]

    @property
    def synced_uids(self) -> list[str]:
        return [r.uid for r in self.results if r.ok]

    def summary(self) -> str:
        deferred = [r for r in self.results if r.deferred_until]
        skipped = [r for r in self.results if r.skipped]
        return (f"{len(self.ok)} synced, {len(self.failed)} failed, {len(deferred)} deferred, "
                f"{len(skipped)} not connected; {sum(r.new_posts for r in self.results)} posts and "
                f"{sum(r.new_interactions for r in self.results)} comments/mentions stored")


class SyncService:
    """Runs a sync over the connected accounts. `after_sync` hooks (flags re-evaluation) get the uids."""

    def __init__(self, uow: SqlUnitOfWorkFactory, credentials: CredentialService,
                 timeout: float = 15.0, client_factory: Callable[..., WeiboClient] = WeiboClient,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 client_options: dict[str, Any] | None = None) -> None:
        self._uow = uow
        self._client_options = dict(client_options or {})
        self._now = clock
        self._credentials = credentials
        self._timeout = timeout
        self._client_factory = client_factory
        self.after_sync: list[Callable[[list[str]], None]] = []

    def sync(self, uids: Sequence[str] | None = None, progress: ProgressSink = no_progress,
             cancel: CancelToken = NEVER_CANCELLED) -> SyncReport:
        with self._uow.readonly() as uow:
            accounts = uow.accounts.search(AccountQuery())
        if uids:
            wanted = set(uids)
            missing = wanted - {a.uid for a in accounts}
            if missing:
                from matrix_desktop.core.errors import NotFound

                raise NotFound(f"not registered (or archived): {', '.join(sorted(missing))}")
            accounts = [a for a in accounts if a.uid in wanted]
        connected = self._credentials.connected_uids()
        report = SyncReport()
        total = len(accounts)
        for n, account in enumerate(accounts):
            cancel.raise_if_cancelled()
            progress(Progress(n, total, f"syncing {account.screen_name}"))
            result = AccountSyncResult(account.uid, account.screen_name)
            report.results.append(result)
            if account.uid not in connected:
                result.skipped = "not connected (no usable token)"
                continue
            self._sync_account(account, result, cancel)
        progress(Progress(total, total, "sync finished"))
        self._credentials.audit_use([r.uid for r in report.results if not r.skipped or r.deferred_until], "sync")
        synced = report.synced_uids
        if synced:
            for hook in self.after_sync:
                hook(synced)
        return report

    def account_status(self, uid: str) -> AccountSyncStatus:
        """The last sync of one account, in words, for the account's detail pane."""
        with self._uow.readonly() as uow:
            row = uow.sync.status(uid)
            if row is None:
                return AccountSyncStatus(uid)
            return AccountSyncStatus(uid, row.last_ok_at, row.last_finished_at, row.last_error,
                                     row.deferred_until)

    # -- one account ---------------------------------------------------------------------------------
    def _sync_account(self, account: Account, result: AccountSyncResult, cancel: CancelToken) -> None:
        uid = account.uid
        now = self._now()
        with self._uow.readonly() as uow:
            status = uow.sync.status(uid)
            deferred = status.deferred_until if status else None
        if deferred is not None and deferred > now:
            result.deferred_until = deferred
            result.skipped = f"rate limit: deferred until {deferred.astimezone():%H:%M}"
            return
        token = self._credentials.token_for_use(uid, "sync", audited=False)
        if token is None:
            result.skipped = "no token in the keyring"
            return
        self._record(uid, last_started_at=now)
        client = self._client_factory(self._credentials.base_url, token.reveal(), timeout=self._timeout,
                                      cancel=cancel, **self._client_options)
        try:
            with client:
                self._check_budget(client, uid)
                self._sync_profile(client, uid)
                matrix = self._matrix_uids()
                result.new_posts = self._sync_stream(client, uid, "timeline", matrix, cancel)
                for stream in STREAMS[1:]:
                    result.new_interactions += self._sync_stream(client, uid, stream, matrix, cancel)
                result.follows = self._sync_follows(client, uid, cancel)
        except Cancelled:
            raise
        except RateLimited as exc:
            until = self._now() + timedelta(seconds=exc.retry_after or _seconds_to_next_hour())
            result.deferred_until = until
            result.error, result.error_code = exc.explain(), exc.code
            self._record(uid, last_finished_at=datetime.now(UTC), last_error=result.error,
                         last_error_code=exc.code, deferred_until=until)
            return
        except (TokenExpired, TokenInvalid) as exc:
            result.error, result.error_code = exc.explain(), exc.code
            if self._token_really_dead(uid, token.reveal()):
                self._credentials.mark_expired(uid, exc.explain())
            self._record(uid, last_finished_at=datetime.now(UTC), last_error=result.error,
                         last_error_code=exc.code)
            return
        except WeiboApiError as exc:
            result.error, result.error_code = exc.explain(), exc.code
            self._record(uid, last_finished_at=datetime.now(UTC), last_error=result.error,
                         last_error_code=exc.code)
            return
        except OSError as exc:
            result.error = f"network: {type(exc).__name__}"
            self._record(uid, last_finished_at=datetime.now(UTC), last_error=result.error, last_error_code=0)
            return
        finished = datetime.now(UTC)
        result.ok = True
        self._record(uid, last_finished_at=finished, last_ok_at=finished, last_error="", last_error_code=0,
                     deferred_until=None)

    def _token_really_dead(self, uid: str, token: str) -> bool:
        """A 21327 may be a hiccup; the account is disconnected only if `get_token_info` agrees twice."""
        for _ in range(2):
            try:
                with self._client_factory(self._credentials.base_url, token, timeout=self._timeout,
                                          **self._client_options) as c:
                    if c.get_token_info().expire_in > 0:
                        return False
            except (TokenExpired, TokenInvalid):
                continue
            except (WeiboApiError, OSError):
                return False
        return True

    def _check_budget(self, client: WeiboClient, uid: str) -> None:
        status = client.rate_limit_status()
        remaining = status.get("remaining_user_hits")
        if isinstance(remaining, int) and remaining < MIN_CALLS:
            reset = status.get("reset_time_in_seconds")
            raise RateLimited(10023, "hourly budget too small for a sync", "/2/account/rate_limit_status.json",
                              200, retry_after=int(reset) if isinstance(reset, int) else None)

    def _sync_profile(self, client: WeiboClient, uid: str) -> None:
        user = client.users_show(uid=uid)
        fields: dict[str, Any] = {
            "verified": bool(user.get("verified", False)),
            "verified_type": _int(user.get("verified_type"), -1),
            "verified_reason": str(user.get("verified_reason") or ""),
            "description": str(user.get("description") or ""),
            "followers_count": _int(user.get("followers_count"), 0),
            "friends_count": _int(user.get("friends_count"), 0),
            "statuses_count": _int(user.get("statuses_count"), 0),
        }
        if user.get("screen_name"):
            fields["screen_name"] = str(user["screen_name"])
        with self._uow() as uow:
            uow.sync.apply_profile(uid, fields)
            uow.commit()

    def _matrix_uids(self) -> set[str]:
        with self._uow.readonly() as uow:
            return uow.sync.matrix_uids()

    def _iterate(self, client: WeiboClient, uid: str, stream: str, since: int,
                 cancel: CancelToken) -> Iterator[dict[str, Any]]:
        if stream == "timeline":
            return client.iter_user_timeline(uid, since, cancel=cancel)
        if stream == "comments_to_me":
            return client.iter_comments_to_me(since, cancel=cancel)
        if stream == "mentions":
            return client.iter_mentions(since, cancel=cancel)
        return client.iter_comment_mentions(since, cancel=cancel)

    def _sync_stream(self, client: WeiboClient, uid: str, stream: str, matrix: set[str],
                     cancel: CancelToken) -> int:
        with self._uow.readonly() as uow:
            since = uow.sync.cursor(uid, stream)
        items = list(self._iterate(client, uid, stream, since, cancel))
        if not items:
            return 0
        newest = max(int(i["id"]) for i in items)
        rows = [self._row(stream, uid, i, matrix) for i in items]
        chunks = [rows[k:k + PAGE_CHUNK] for k in range(0, len(rows), PAGE_CHUNK)]
        for k, chunk in enumerate(chunks):
            cancel.raise_if_cancelled()
            with self._uow() as uow:
                if stream == "timeline":
                    uow.sync.upsert_posts(chunk)
                else:
                    uow.sync.upsert_interactions(chunk)
                if k == len(chunks) - 1:
                    uow.sync.set_cursor(uid, stream, newest)
                uow.commit()
        return len(rows)

    def _row(self, stream: str, uid: str, item: dict[str, Any], matrix: set[str]) -> dict[str, Any]:
        now = datetime.now(UTC)
        created = parse_weibo_time(str(item.get("created_at", "")))
        if stream == "timeline":
            rt = item.get("retweeted_status") or {}
            return {"mid": str(item.get("idstr") or item["id"]), "account_uid": uid, "text": str(item.get("text", "")),
                    "created_at": created, "reposts_count": _int(item.get("reposts_count"), 0),
                    "comments_count": _int(item.get("comments_count"), 0),
                    "attitudes_count": _int(item.get("attitudes_count"), 0),
                    "retweeted_mid": str(rt.get("idstr") or rt.get("id") or "") if isinstance(rt, dict) else "",
                    "synced_at": now}
        user = item.get("user") or {}
        if stream == "mentions":
            post_mid, post_text = str(item.get("idstr") or item["id"]), ""
            kind = "mention"
        else:
            status = item.get("status") or {}
            post_mid = str(status.get("idstr") or status.get("id") or "") if isinstance(status, dict) else ""
            post_text = str(status.get("text") or "") if isinstance(status, dict) else ""
            kind = "comment" if stream == "comments_to_me" else "comment_mention"
        reply = item.get("reply_comment") or {}
        author_uid = str(user.get("idstr") or user.get("id") or "") if isinstance(user, dict) else ""
        return {
            "kind": kind, "platform_id": str(item.get("idstr") or item["id"]), "account_uid": uid,
            "post_mid": post_mid, "post_text": post_text,
            "reply_to_id": str(reply.get("idstr") or reply.get("id") or "") if isinstance(reply, dict) else "",
            "author_uid": author_uid,
            "author_name": str(user.get("screen_name") or "") if isinstance(user, dict) else "",
            "author_followers": _int(user.get("followers_count") if isinstance(user, dict) else 0, 0),
            "author_verified": bool(user.get("verified", False)) if isinstance(user, dict) else False,
            "text": str(item.get("text", "")), "created_at": created, "from_matrix": author_uid in matrix,
            "synced_at": now,
        }

    def _sync_follows(self, client: WeiboClient, uid: str, cancel: CancelToken) -> int:
        now = datetime.now(UTC)
        rows = []
        seen: set[str] = set()
        for u in client.iter_friends(uid, cancel=cancel):
            target = str(u.get("idstr") or u.get("id"))
            if target in seen:
                continue
            seen.add(target)
            rows.append({"account_uid": uid, "target_uid": target, "target_name": str(u.get("screen_name") or ""),
                         "target_verified": bool(u.get("verified", False)),
                         "target_verified_type": _int(u.get("verified_type"), -1),
                         "target_followers": _int(u.get("followers_count"), 0), "synced_at": now})
        with self._uow() as uow:
            uow.sync.replace_follows(uid, rows)
            uow.commit()
        return len(rows)

    def _record(self, uid: str, **fields: Any) -> None:
        with self._uow() as uow:
            uow.sync.record(uid, **fields)
            uow.commit()


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _seconds_to_next_hour() -> int:
    now = datetime.now(UTC)
    return 3600 - (now.minute * 60 + now.second)
