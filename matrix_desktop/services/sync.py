"""Sync: for every connected account, bring profile, posts, comments, mentions and following list home.

Idempotent upserts; per-account, per-stream cursors so a sync asks only for what is new; a kill at any
moment leaves a consistent database (each page is one transaction, and a cursor advances only in the
transaction that stores the last page, so a killed stream is simply fetched again). A typed error on
one account is recorded in words and the others go on. The hourly budget is checked first: an account
whose remaining calls would not cover a sync is deferred until the platform's window resets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from matrix_desktop.core.accounts import Account, AccountQuery
from matrix_desktop.core.errors import Cancelled, NotFound
from matrix_desktop.core.ports import UnitOfWorkFactory, WeiboPlatform, WeiboSession
from matrix_desktop.core.progress import NEVER_CANCELLED, CancelToken, Progress, ProgressSink, no_progress
from matrix_desktop.core.sync import STREAMS, AccountSyncResult, AccountSyncStatus, SyncReport
from matrix_desktop.core.weibo import PlatformUser
from matrix_desktop.core.weibo_errors import RateLimited, TokenExpired, TokenInvalid, WeiboApiError
from matrix_desktop.services.credentials import CredentialService

#: Calls one account's sync needs at least: rate limit, profile, four streams, following list.
MIN_CALLS = 7
#: Rows written per commit. A commit costs about a millisecond (the WAL frame, the lock hand-over):
#: at 200 rows it was a seventh of a big sync's write time; a kill still loses at most one chunk.
PAGE_CHUNK = 1000

__all__ = ["AccountSyncResult", "AccountSyncStatus", "SyncReport", "SyncService"]


class SyncService:
    """Runs a sync over the connected accounts. `after_sync` hooks (flags re-evaluation) get the uids."""

    def __init__(self, uow: UnitOfWorkFactory, credentials: CredentialService, platform: WeiboPlatform,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._uow = uow
        self._now = clock
        self._credentials = credentials
        self._platform = platform
        self.after_sync: list[Callable[[list[str]], None]] = []

    def sync(self, uids: Sequence[str] | None = None, progress: ProgressSink = no_progress,
             cancel: CancelToken = NEVER_CANCELLED) -> SyncReport:
        with self._uow.readonly() as uow:
            accounts = uow.accounts.search(AccountQuery())
        if uids:
            wanted = set(uids)
            missing = wanted - {a.uid for a in accounts}
            if missing:
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
            with self._credentials.lanes.lane(account.uid):
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
            return uow.sync.status(uid) or AccountSyncStatus(uid)

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
        try:
            with self._platform.session(token.reveal(), cancel=cancel) as client:
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
            if self._credentials.confirm_expired(uid, token.reveal()):
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

    def _check_budget(self, client: WeiboSession, uid: str) -> None:
        status = client.rate_limit()
        if status.remaining_user_hits is not None and status.remaining_user_hits < MIN_CALLS:
            raise RateLimited(10023, "hourly budget too small for a sync", "/2/account/rate_limit_status.json",
                              200, retry_after=status.reset_in_seconds)

    def _sync_profile(self, client: WeiboSession, uid: str) -> None:
        user = client.user(uid)
        fields: dict[str, Any] = {
            "verified": user.verified, "verified_type": user.verified_type,
            "verified_reason": user.verified_reason, "description": user.description,
            "followers_count": user.followers_count, "friends_count": user.friends_count,
            "statuses_count": user.statuses_count,
        }
        if user.screen_name:
            fields["screen_name"] = user.screen_name
        with self._uow() as uow:
            uow.sync.apply_profile(uid, fields)
            uow.commit()

    def _matrix_uids(self) -> set[str]:
        with self._uow.readonly() as uow:
            return uow.sync.matrix_uids()

    def _sync_stream(self, client: WeiboSession, uid: str, stream: str, matrix: set[str],
                     cancel: CancelToken) -> int:
        with self._uow.readonly() as uow:
            since = uow.sync.cursor(uid, stream)
        if stream == "timeline":
            posts = list(client.timeline(uid, since))
            rows: list[Any] = posts
            newest = max((int(p.mid) for p in posts), default=0)
        else:
            found = list(client.interactions(uid, stream, since))
            rows = [i if (i.author_uid in matrix) == i.from_matrix else replace(i, from_matrix=not i.from_matrix)
                    for i in found]
            newest = max((int(i.platform_id) for i in found), default=0)
        if not rows:
            return 0
        chunks = [rows[k:k + PAGE_CHUNK] for k in range(0, len(rows), PAGE_CHUNK)]
        now = datetime.now(UTC)
        # One unit of work (one connection) for the stream, a commit per chunk: other writers get the
        # lock between chunks, and a kill loses at most the chunk being written.
        with self._uow() as uow:
            for k, chunk in enumerate(chunks):
                cancel.raise_if_cancelled()
                if stream == "timeline":
                    uow.sync.upsert_posts(chunk, now)
                else:
                    uow.sync.upsert_interactions(chunk, now)
                if k == len(chunks) - 1:
                    uow.sync.set_cursor(uid, stream, newest)
                uow.commit()
        return len(rows)

    def _sync_follows(self, client: WeiboSession, uid: str, cancel: CancelToken) -> int:
        follows: dict[str, PlatformUser] = {}
        for u in client.friends(uid):
            cancel.raise_if_cancelled()
            follows.setdefault(u.uid, u)
        with self._uow() as uow:
            uow.sync.replace_follows(uid, list(follows.values()), datetime.now(UTC))
            uow.commit()
        return len(follows)

    def _record(self, uid: str, **fields: Any) -> None:
        with self._uow() as uow:
            uow.sync.record(uid, **fields)
            uow.commit()


def _seconds_to_next_hour() -> int:
    now = datetime.now(UTC)
    return 3600 - (now.minute * 60 + now.second)
