"""The records of a sync: how each account's run went, and the stored state of its last one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

#: The streams each account brings home, in the order they are fetched.
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
        # A deferred account is also "skipped" (with the rate limit as the reason): count it once.
        skipped = [r for r in self.results if r.skipped and not r.deferred_until]
        return (f"{len(self.ok)} synced, {len(self.failed)} failed, {len(deferred)} deferred, "
                f"{len(skipped)} not connected; {sum(r.new_posts for r in self.results)} posts and "
                f"{sum(r.new_interactions for r in self.results)} comments/mentions stored")
