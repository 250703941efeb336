"""Publishing approved posts at their time, exactly once.

A due post is claimed (`publishing`) in its own committed transaction before `statuses/share` goes out.
A worker that finds a post still `publishing` after its lease ran out (the previous worker died), or any
post with an earlier attempt, or that meets `WriteOutcomeUnknown`, first looks for the post on the
account's own timeline (posted after the first claim, with the same text once links are set aside —
the real platform shortens links to t.cn) and records what it finds instead of sending again."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path

from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.inbox.text import canonical
from matrix_desktop.core.ports import UnitOfWorkFactory, WeiboPlatform, WeiboSession
from matrix_desktop.core.publishing import ClaimedPost, PlannedPost, PostState
from matrix_desktop.core.weibo import SyncedPost
from matrix_desktop.core.weibo_errors import (
    RateLimited,
    RepeatedContent,
    TokenExpired,
    TokenInvalid,
    TransientError,
    WeiboApiError,
    WriteOutcomeUnknown,
)
from matrix_desktop.services.credentials import CredentialService

DEFAULT_LEASE_SECONDS = 120
MAX_ATTEMPTS = 4
PICTURE_MAX_BYTES = 5 * 1024 * 1024
#: How many of the account's newest posts are searched for one whose answer was lost.
TIMELINE_LOOKBACK = 50
#: Clocks of this machine and the platform may disagree by this much.
CLOCK_SLACK = timedelta(minutes=5)

_URL = re.compile(r"https?://\S+", re.IGNORECASE)


def same_post(sent: str, seen: str) -> bool:
    """Whether a timeline text is the one we sent: equal once links and spaces are set aside."""
    def norm(t: str) -> str:
        return "".join(canonical(_URL.sub("", t)).split())
    return norm(sent) == norm(seen)


class PostPublisher:
    """The executor of scheduled posts (the `worker` command and the window both run it)."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider, credentials: CredentialService,
                 platform: WeiboPlatform, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._uow = uow
        self._actor = actor
        self._credentials = credentials
        self._platform = platform
        self._clock = clock

    def pending(self) -> tuple[int, datetime | None]:
        with self._uow.readonly() as uow:
            return uow.publishing.pending()

    def run_due(self, now: datetime | None = None, worker_id: str = "worker", limit: int = 5,
                lease_seconds: int = DEFAULT_LEASE_SECONDS) -> int:
        """Publish the scheduled posts that are due; returns how many it settled or rescheduled."""
        now = now or self._clock()
        with self._uow() as uow:
            claimed = uow.publishing.claim_due(now, worker_id, now + timedelta(seconds=lease_seconds), limit)
            uow.commit()  # the claim is on disk before any request goes out
        for c in claimed:
            with self._credentials.lanes.lane(c.post.account_uid):
                self._execute(c, now, worker_id)
        return len(claimed)

    def _finish(self, c: ClaimedPost, worker: str, state: PostState, answer: str, *, mid: str = "",
                at: datetime | None = None, published_at: datetime | None = None, text: str = "") -> None:
        p = c.post
        actor = self._actor().name
        fields: dict[str, object] = {}
        if mid:
            fields.update(platform_mid=mid, published_at=published_at)
        if at is not None:
            fields["at"] = at
        with self._uow() as uow:
            if not uow.publishing.finish(p.id, worker, state, answer, **fields):
                return  # another worker took it over after our lease ran out; it records the outcome
            if state is PostState.PUBLISHED and published_at is not None:
                # The post enters the synced posts at once, so a forwarding plan can start from it.
                uow.sync.upsert_posts([SyncedPost(mid, p.account_uid, text or p.text, published_at)],
                                      published_at)
                uow.audit.append(actor, "post.published", p.account_uid, {"post": p.id, "mid": mid})
            elif state is PostState.FAILED:
                uow.audit.append(actor, "post.failed", p.account_uid, {"post": p.id, "why": answer})
            uow.commit()

    def _find(self, client: WeiboSession, c: ClaimedPost) -> SyncedPost | None:
        since = c.claimed_at - CLOCK_SLACK
        for item in islice(client.timeline(c.post.account_uid, 0), TIMELINE_LOOKBACK):
            if item.created_at < since:
                return None  # newest first: older posts cannot be ours
            if not item.retweeted_mid and same_post(c.post.text, item.text):
                return item
        return None

    def _safe_find(self, client: WeiboSession, c: ClaimedPost) -> SyncedPost | None:
        try:
            return self._find(client, c)
        except (WeiboApiError, OSError):
            return None

    @staticmethod
    def _picture(p: PlannedPost) -> bytes | None:
        if not p.picture_path:
            return None
        data = Path(p.picture_path).read_bytes()
        if len(data) > PICTURE_MAX_BYTES:
            raise ValueError(f"the picture is {len(data) // 1024} KB; the platform takes under 5 MB")
        return data

    def _retry(self, c: ClaimedPost, worker: str, now: datetime, why: str, wait: timedelta) -> None:
        if c.post.attempts >= MAX_ATTEMPTS:
            self._finish(c, worker, PostState.FAILED, f"gave up after {c.post.attempts} attempts: {why}")
        else:
            self._finish(c, worker, PostState.SCHEDULED, f"will try again: {why}", at=now + wait)

    def _execute(self, c: ClaimedPost, now: datetime, worker: str) -> None:
        p = c.post
        try:
            token = self._credentials.token_for_use(p.account_uid, "publishing")
        except Exception as exc:  # a locked or busy keyring is usually brief
            self._retry(c, worker, now, f"the token could not be read: {exc}", timedelta(seconds=30))
            return
        if token is None:
            self._finish(c, worker, PostState.FAILED, "no token stored for the account — reconnect it")
            return
        try:
            picture = self._picture(p)
        except (OSError, ValueError) as exc:
            self._finish(c, worker, PostState.FAILED, f"the picture {p.picture_path} cannot be sent: {exc}")
            return
        with self._platform.session(token.reveal()) as client:
            try:
                if c.resumed:
                    found = self._find(client, c)
                    if found is not None:
                        self._finish(c, worker, PostState.PUBLISHED,
                                     "found on the timeline after an interrupted attempt; not sent again",
                                     mid=found.mid, published_at=found.created_at, text=found.text)
                        return
                mid = client.share(p.text, picture)
                self._finish(c, worker, PostState.PUBLISHED, "published", mid=mid, published_at=now)
            except WriteOutcomeUnknown as exc:
                found = self._safe_find(client, c)
                if found is not None:
                    self._finish(c, worker, PostState.PUBLISHED, "published (confirmed on the timeline)",
                                 mid=found.mid, published_at=found.created_at, text=found.text)
                else:
                    self._retry(c, worker, now, f"no answer from Weibo: {exc.explain()}", timedelta(seconds=30))
            except RepeatedContent as exc:
                # An earlier attempt may have gone through unseen; otherwise the words must change.
                found = self._safe_find(client, c)
                if found is not None:
                    self._finish(c, worker, PostState.PUBLISHED, "published (the platform had it already)",
                                 mid=found.mid, published_at=found.created_at, text=found.text)
                else:
                    self._finish(c, worker, PostState.FAILED,
                                 f"the platform calls it a repeat; rewrite it: {exc.explain()}")
            except RateLimited as exc:
                self._finish(c, worker, PostState.SCHEDULED, f"rate limited; will try again: {exc.explain()}",
                             at=now + timedelta(seconds=exc.retry_after or 600))
            except (TokenExpired, TokenInvalid) as exc:
                if not self._credentials.confirm_expired(p.account_uid):
                    # One refusal the platform's own token check does not back is a fault, not an expiry:
                    # retry, and keep the account connected (as sync and the forwarding worker do).
                    self._retry(c, worker, now, f"Weibo refused a valid token; will try again: {exc.explain()}",
                                timedelta(seconds=30))
                    return
                self._credentials.mark_expired(p.account_uid, exc.explain())
                self._finish(c, worker, PostState.FAILED, f"token expired — reconnect the account: {exc.explain()}")
            except TransientError as exc:
                self._retry(c, worker, now, f"Weibo failed: {exc.explain()}", timedelta(seconds=30))
            except WeiboApiError as exc:
                self._finish(c, worker, PostState.FAILED, f"the platform refused it: {exc.explain()}")
            except OSError as exc:
                self._retry(c, worker, now, f"network: {type(exc).__name__}", timedelta(seconds=30))
