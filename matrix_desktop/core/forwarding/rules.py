"""The matrix rules: who amplifies whose posts, when, with which words, and within which limits.

Plain, frozen data. The planner (`planner.py`) reads these; the store persists them; the UI edits them.
Times are aware datetimes in UTC; quiet hours are wall-clock times read in the plan's time zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import StrEnum
from typing import ClassVar

from matrix_desktop.core.accounts import AccountRole
from matrix_desktop.core.credentials import TokenState
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.forwarding.templates import validate_template


class ForwardAction(StrEnum):
    """What a forwarder does with the source post."""

    REPOST = "repost"  # statuses/repost with our comment: the post appears on the forwarder's timeline
    COMMENT = "comment"  # comments/create: the comment stays under the source post


_HHMM = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–—~至到]\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class QuietHours:
    """A daily span of local wall-clock time in which an account must not forward.

    `start` is inclusive, `end` exclusive. The span may wrap midnight (23:00–07:30). Equal start and
    end mean no quiet hours at all: a whole-day ban is what `Forwarder.opted_out` is for.
    """

    start: time
    end: time

    def __post_init__(self) -> None:
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValidationError("quiet hours are wall-clock times without a time zone")

    @classmethod
    def parse(cls, text: str) -> QuietHours:
        """Read quiet hours as a person types them: "23:00-07:30", "23:00–07:30", "22:00至08:00"."""
        m = _HHMM.match(text)
        if not m:
            raise ValidationError(f"quiet hours {text!r} must look like 23:00-07:30")
        h1, m1, h2, m2 = (int(g) for g in m.groups())
        if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
            raise ValidationError(f"quiet hours {text!r} hold a time that does not exist")
        return cls(time(h1, m1), time(h2, m2))

    @property
    def wraps_midnight(self) -> bool:
        return self.start > self.end

    def contains(self, local_dt: datetime) -> bool:
        """True when the wall-clock time of `local_dt` falls inside the quiet span."""
        t = local_dt.time()
        if self.start == self.end:
            return False
        if self.wraps_midnight:
            return t >= self.start or t < self.end
        return self.start <= t < self.end

    def next_open(self, local_dt: datetime) -> datetime:
        """`local_dt` itself when it is outside the quiet span, else the moment the span ends.

        The result carries `local_dt`'s tzinfo, so a `zoneinfo` time zone resolves it correctly.
        """
        if not self.contains(local_dt):
            return local_dt
        day = local_dt.date()
        if self.wraps_midnight and local_dt.time() >= self.start:
            day += timedelta(days=1)
        return datetime.combine(day, self.end, tzinfo=local_dt.tzinfo)

    def __str__(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"


#: Nobody forwards between 23:00 and 08:00 in the company's time zone unless an account says otherwise.
DEFAULT_QUIET_HOURS = QuietHours(time(23, 0), time(8, 0))


def active_hours(text: str) -> QuietHours:
    """Active hours as a person types them ("09:00-21:00") as the quiet hours they leave (21:00–09:00)."""
    span = QuietHours.parse(text)
    return QuietHours(span.end, span.start)


@dataclass(frozen=True)
class ForwardRule:
    """An edge of the matrix graph: `forwarder_uid` amplifies posts of `source_uid`.

    `post_kinds` limits the edge to posts carrying one of these kinds (a tag or column); empty means
    every kind. The delay window is counted from publication. `templates` are the comment templates
    with `{author}`, `{title}`, `{slogan}`, `{name}`; empty means the built-in defaults.
    """

    source_uid: str
    forwarder_uid: str
    post_kinds: frozenset[str] = field(default_factory=frozenset)
    action: ForwardAction = ForwardAction.REPOST
    delay_min_minutes: int = 5
    delay_max_minutes: int = 240
    templates: tuple[str, ...] = ()
    enabled: bool = True

    def applies_to(self, post: SourcePost) -> bool:
        """True when this edge fires for `post`: enabled, from its author, and of a matching kind."""
        if not self.enabled or self.source_uid != post.author_uid:
            return False
        return not self.post_kinds or not self.post_kinds.isdisjoint(post.kinds)


def validate_rule(rule: ForwardRule) -> list[str]:
    """Every problem with a rule, in words; empty when it is valid."""
    where = f"rule {rule.source_uid} → {rule.forwarder_uid}"
    problems: list[str] = []
    if not rule.source_uid or not rule.forwarder_uid:
        problems.append(f"{where}: both the source and the forwarding account are required")
    if rule.delay_min_minutes < 0:
        problems.append(f"{where}: the minimum delay {rule.delay_min_minutes} min is negative")
    if rule.delay_max_minutes < rule.delay_min_minutes:
        problems.append(f"{where}: the maximum delay {rule.delay_max_minutes} min is below the minimum "
                        f"{rule.delay_min_minutes} min")
    for n, template in enumerate(rule.templates, start=1):
        problems.extend(f"{where}, template {n}: {p}" for p in validate_template(template))
    return problems


@dataclass(frozen=True)
class Forwarder:
    """An account that may forward, with what the planner must respect about it.

    The counters describe load already used or scheduled elsewhere, so a plan stays inside the
    limits: `posts_last_hour` (posts in the hour before the plan starts), `calls_today` (API calls
    today), `forwards_today` (forwards today, counted against `daily_cap`).
    """

    uid: str
    screen_name: str
    role: AccountRole
    slogan: str = ""
    daily_cap: int = 5
    quiet_hours: QuietHours | None = None
    opted_out: bool = False
    token_state: TokenState = TokenState.CONNECTED
    open_flag_severity: str = "none"  # the highest severity among the account's open verification flags
    posts_last_hour: int = 0
    calls_today: int = 0
    forwards_today: int = 0
    #: How the account already forwarded the post on its own (a repost id, "synced repost" …); "" if not.
    already_forwarded: str = ""
    #: Texts the account forwarded in the last 30 days: it does not say them again.
    recent_texts: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PlatformLimits:
    """The platform's per-user-per-app limits (research notes, weibo_api.md section 7)."""

    posts_per_hour: int = 30
    calls_per_day: int = 100

    STANDARD: ClassVar[PlatformLimits]
    CLASSIC: ClassVar[PlatformLimits]


# The tier apps get today: 30 posts an hour and 100 calls a day per user per app.
PlatformLimits.STANDARD = PlatformLimits(posts_per_hour=30, calls_per_day=100)
# The 2012 "normal" tier older apps may still hold: the same 30 posts an hour, 200 calls a day.
PlatformLimits.CLASSIC = PlatformLimits(posts_per_hour=30, calls_per_day=200)


@dataclass(frozen=True)
class SourcePost:
    """The post the matrix amplifies. `published_at` is an aware datetime (UTC)."""

    mid: str
    author_uid: str
    author_name: str
    title: str
    text: str
    kinds: frozenset[str]
    published_at: datetime


@dataclass(frozen=True)
class PlanSettings:
    """How one plan is laid out. Same settings and inputs give the same plan."""

    seed: int = 0
    start: datetime | None = None  # default: the post's publication time; moved out of the quiet hours
    window_minutes: int | None = None  # overrides the rules' delay windows for one plan (sandbox rehearsals)
    min_gap_seconds: int = 120
    jitter_fraction: float = 0.35
    timezone: str = "Asia/Shanghai"
    skip_flag_severities: frozenset[str] = frozenset({"high"})
    limits: PlatformLimits = field(default_factory=PlatformLimits)
    #: The company's quiet hours: no forward then, unless an account has its own hours.
    default_quiet_hours: QuietHours | None = field(default_factory=lambda: DEFAULT_QUIET_HOURS)
    #: No two comments of the plan share more than this share of their character bigrams.
    similarity_bound: float = 0.5

    def quiet_hours_of(self, f: Forwarder) -> QuietHours | None:
        """The account's own quiet hours, else the company's."""
        return f.quiet_hours if f.quiet_hours is not None else self.default_quiet_hours


def validate_settings(settings: PlanSettings) -> list[str]:
    """Every problem with plan settings, in words; empty when they are valid."""
    problems: list[str] = []
    if settings.start is not None and settings.start.utcoffset() is None:
        problems.append("the plan start must carry a time zone (UTC)")
    if settings.window_minutes is not None and settings.window_minutes <= 0:
        problems.append(f"the window of {settings.window_minutes} min must be positive")
    if settings.min_gap_seconds < 0:
        problems.append(f"the minimum gap of {settings.min_gap_seconds} s is negative")
    if not 0.0 <= settings.jitter_fraction < 1.0:
        problems.append(f"the jitter fraction {settings.jitter_fraction} must be at least 0 and below 1")
    if not 0.0 < settings.similarity_bound <= 1.0:
        problems.append(f"the similarity bound {settings.similarity_bound} must be above 0 and at most 1")
    if settings.limits.posts_per_hour < 1 or settings.limits.calls_per_day < 1:
        problems.append("the platform limits must allow at least one post an hour and one call a day")
    return problems
