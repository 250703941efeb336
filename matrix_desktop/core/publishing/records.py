"""What the content calendar keeps: planned posts and their life, columns (栏目), each account's style
guide, the company's sensitive-word list and each account's quantity and time rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

#: The team plans in Beijing time: "nothing after 22:00" means 22:00 there, whatever the machine says.
TZ = "Asia/Shanghai"


class PostState(StrEnum):
    """draft → in_review → scheduled (approved, waiting for its time) → publishing → published | failed.

    A rejected post goes back to `draft` with the leader's note; `cancelled` ends a plan that will not run.
    Every planned post has a time, so approval schedules it at once: "approved" and "scheduled" are one
    state here, and the calendar calls it 已排期.
    """

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    SCHEDULED = "scheduled"
    PUBLISHING = "publishing"
    PUBLISHED = "published"
    FAILED = "failed"
    CANCELLED = "cancelled"


#: States a person may still change the text or time of.
EDITABLE_STATES = frozenset({PostState.DRAFT, PostState.IN_REVIEW, PostState.SCHEDULED, PostState.FAILED})
#: States that take a place on the calendar (the quantity and spacing rules count them).
LIVE_STATES = frozenset({PostState.DRAFT, PostState.IN_REVIEW, PostState.SCHEDULED, PostState.PUBLISHING,
                         PostState.PUBLISHED})


class Column(StrEnum):
    """A content column (栏目): what kind of post it is. The seeds' operating system plans by column."""

    PRODUCT = "product"  # 产品资讯
    BRAND_STORY = "brand_story"  # 品牌故事
    FAN_ACTIVITY = "fan_activity"  # 粉丝活动
    PUBLIC_TOPIC = "public_topic"  # 公共话题
    OTHER = "other"  # 其他


COLUMN_NAMES_ZH = {Column.PRODUCT: "产品资讯", Column.BRAND_STORY: "品牌故事", Column.FAN_ACTIVITY: "粉丝活动",
                   Column.PUBLIC_TOPIC: "公共话题", Column.OTHER: "其他"}


def parse_column(value: str) -> Column:
    """A column from its key or its Chinese name ("product" or "产品资讯")."""
    v = value.strip()
    for c in Column:
        if v in (c.value, COLUMN_NAMES_ZH[c]):
            return c
    names = ", ".join(f"{c.value} ({COLUMN_NAMES_ZH[c]})" for c in Column)
    raise ValueError(f"unknown column {value!r}; one of {names}")


@dataclass(frozen=True)
class PlannedPost:
    """One post on the calendar: who publishes what, in which column, when, and where it stands."""

    id: int
    account_uid: str
    text: str
    at: datetime
    column: Column = Column.OTHER
    picture_path: str = ""
    owner: str = ""
    state: PostState = PostState.DRAFT
    created_by: str = ""
    approved_by: str = ""
    approved_at: datetime | None = None
    review_note: str = ""
    platform_mid: str = ""
    answer: str = ""
    attempts: int = 0
    published_at: datetime | None = None
    forward_plan_id: int | None = None
    event_id: int | None = None  # the company event (campaign) it belongs to


@dataclass(frozen=True)
class ClaimedPost:
    """A post a worker took to publish; `resumed` when an earlier worker had claimed it and vanished.
    `claimed_at` is when the first claim was made: a post found on the timeline after it is ours."""

    post: PlannedPost
    resumed: bool
    claimed_at: datetime


@dataclass(frozen=True)
class StyleGuide:
    """An account's voice in Markdown, so a substitute editor keeps it (seed 003). Each save is a version."""

    account_uid: str
    version: int
    text: str
    edited_by: str
    edited_at: datetime


@dataclass(frozen=True)
class SensitiveWord:
    """A word the company will not publish, with its category (e.g. 竞品, 广告法, 政治, 负面)."""

    word: str
    category: str = ""
    note: str = ""


@dataclass(frozen=True)
class AccountPlanRules:
    """An account's quantity and time rules: "two product posts a week", "nothing after 22:00".

    `weekly` maps a column to the number of its posts the account should have each week (fewer is a gap);
    `earliest`/`latest` bound the posting hours ("" = no bound); two posts closer than `min_gap_minutes`
    clash, and so do more than `daily_max` posts on one day (0 = no limit)."""

    account_uid: str
    weekly: dict[Column, int] = field(default_factory=dict)
    earliest: str = ""
    latest: str = ""
    min_gap_minutes: int = 60
    daily_max: int = 0
