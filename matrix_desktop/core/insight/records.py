"""Plain records the insight services read from the store and hand to the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from matrix_desktop.core.flags import VerificationFlag


@dataclass(frozen=True)
class FollowerPoint:
    """An account's counts as one sync saw them: the history behind "followers over time"."""

    account_uid: str
    taken_at: datetime
    followers_count: int
    friends_count: int = 0
    statuses_count: int = 0


@dataclass(frozen=True)
class FanTouch:
    """A fan who commented on, mentioned, or was answered by one account of the matrix."""

    account_uid: str
    fan_uid: str


@dataclass(frozen=True)
class PostStat:
    """One post with what the platform counts on it, for interactions per post and best hours."""

    mid: str
    account_uid: str
    created_at: datetime
    reposts: int
    comments: int
    attitudes: int

    @property
    def interactions(self) -> int:
        return self.reposts + self.comments + self.attitudes


@dataclass(frozen=True)
class ComplaintResponse:
    """A complaint's clock: when it came, when it was due, when we first answered (None: not yet)."""

    item_id: int
    created_at: datetime
    due_at: datetime | None
    first_response_at: datetime | None


@dataclass(frozen=True)
class ComplaintTally:
    """A period's complaints as the database counted them: per bucket of hours to the first answer (the
    bucket limits asked for, in order), unanswered, answered within their SLA or late, and the median
    answer's delay; so a big matrix's complaints never cross to Python one by one."""

    buckets: tuple[int, ...]
    unanswered: int
    within_sla: int
    late: int
    median_seconds: float | None


@dataclass(frozen=True)
class SyncedText:
    """A synced comment or mention, as keyword monitoring reads it."""

    interaction_id: int
    account_uid: str
    author_name: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class FollowedAccount:
    """Someone a matrix account follows, with how often they talked to the matrix (loyal fans)."""

    account_uid: str
    target_uid: str
    target_name: str
    target_verified: bool
    target_verified_type: int
    target_followers: int
    interactions_with_matrix: int = 0


# -- Today --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """Where an item of the Today page opens: an area of the app and the id to select there."""

    area: str
    item_id: int | str


@dataclass(frozen=True)
class TodayItem:
    """One line of the Today page."""

    section: str
    title: str
    detail: str
    at: datetime | None
    place: Place
    priority: int = 3
    overdue: bool = False


@dataclass(frozen=True)
class TodayInbox:
    item_id: int
    account_name: str
    author_name: str
    text: str
    category: str
    priority: int
    created_at: datetime
    due_at: datetime | None
    first_seen_at: datetime | None = None
    status: str = ""


@dataclass(frozen=True)
class TodayDraft:
    draft_id: int
    item_id: int
    text: str
    written_by: str
    created_at: datetime


@dataclass(frozen=True)
class TodayPlan:
    plan_id: int
    post_text: str
    created_by: str
    created_at: datetime


@dataclass(frozen=True)
class TodayFlag:
    flag_id: int
    account_uid: str
    screen_name: str
    severity: str
    explanation: str
    opened_at: datetime


@dataclass(frozen=True)
class TodayToken:
    account_uid: str
    screen_name: str
    expires_at: datetime | None
    state: str


@dataclass
class TodaySummary:
    """Everything the Today page shows, read in one unit of work."""

    now: datetime
    overnight_since: datetime
    unanswered: list[TodayInbox] = field(default_factory=list)
    unanswered_total: int = 0
    overnight_total: int = 0
    crises: list[TodayInbox] = field(default_factory=list)
    breaches: list[TodayInbox] = field(default_factory=list)
    breaches_total: int = 0
    next_due: TodayInbox | None = None
    drafts: list[TodayDraft] = field(default_factory=list)
    drafts_total: int = 0
    plans: list[TodayPlan] = field(default_factory=list)
    plans_total: int = 0
    flags: list[TodayFlag] = field(default_factory=list)
    tokens: list[TodayToken] = field(default_factory=list)
    alerts: list[KeywordAlertView] = field(default_factory=list)


@dataclass(frozen=True)
class KeywordAlertView:
    """A raised keyword alert as lists show it."""

    id: int
    watch_id: int
    watch_name: str
    watch_kind: str
    raised_at: datetime
    window_start: datetime
    window_end: datetime
    count: int
    baseline: float
    item_ids: tuple[int, ...]
    acknowledged_by: str = ""
    acknowledged_at: datetime | None = None


# -- the monthly report --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TopPost:
    """One of the month's posts with the most interactions."""

    mid: str
    account_name: str
    text: str
    created_at: datetime
    reposts: int
    comments: int
    attitudes: int

    @property
    def interactions(self) -> int:
        return self.reposts + self.comments + self.attitudes


@dataclass(frozen=True)
class CrisisCase:
    """A crisis signal of the month and how it was handled: when we first answered, what we said."""

    item_id: int
    account_name: str
    author_name: str
    text: str
    created_at: datetime
    status: str
    first_response_at: datetime | None
    reply_text: str = ""

    @property
    def hours_to_answer(self) -> float | None:
        if self.first_response_at is None:
            return None
        return (self.first_response_at - self.created_at).total_seconds() / 3600


@dataclass(frozen=True)
class FlagMonth:
    """Employee verification flags over a month: opened, closed, still open at its end, by severity."""

    opened: int
    closed: int
    open_at_end: int
    opened_by_severity: dict[str, int] = field(default_factory=dict)
    newest: tuple[VerificationFlag, ...] = ()
