"""What the store keeps about forwarding: plans, their entries, per-account settings and paid forwarding.

Plain frozen data the repository returns and the services and views read. The state machines:

* a plan is `draft` → `approved` → `executing` → `done` (or `cancelled`); a leader's edit after approval
  sends it back to `draft` with a new `version`, which needs a new approval;
* an entry is `planned` → `approved` → `sending` → `sent` | `failed` | `skipped`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from matrix_desktop.core.accounts import AccountRole
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.forwarding.rules import ForwardAction, QuietHours

#: Who may set up forwarding (rules, plans, campaigns); approving a plan takes a leader.
PLANNERS = (MemberRole.OPERATOR, MemberRole.LEADER, MemberRole.ADMIN)
#: The company's time zone: quiet hours, daily caps and the plan timeline are counted in it.
TZ = "Asia/Shanghai"


class PlanState(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    EXECUTING = "executing"
    DONE = "done"
    CANCELLED = "cancelled"


class EntryState(StrEnum):
    PLANNED = "planned"
    APPROVED = "approved"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"

    @property
    def final(self) -> bool:
        return self in (EntryState.SENT, EntryState.FAILED, EntryState.SKIPPED)


#: Plans whose entries may still be sent (the executor only claims entries of these).
RUNNABLE_PLAN_STATES = frozenset({PlanState.APPROVED, PlanState.EXECUTING})
#: Plans that still hold the post: a second plan for the same post would forward it twice.
ACTIVE_PLAN_STATES = frozenset({PlanState.DRAFT, PlanState.APPROVED, PlanState.EXECUTING})


@dataclass(frozen=True)
class ForwarderSettings:
    """An account's own forwarding settings: its slogan for `{slogan}`, daily cap, quiet hours, opt-out."""

    account_uid: str
    slogan: str = ""
    daily_cap: int = 5
    quiet_hours: QuietHours | None = None
    opted_out: bool = False


@dataclass(frozen=True)
class PlanEntry:
    """One forward of a stored plan, with its execution state and the platform's answer in words."""

    id: int
    plan_id: int
    account_uid: str
    screen_name: str
    role: AccountRole
    at: datetime
    action: ForwardAction
    text: str
    state: EntryState
    attempts: int = 0
    platform_id: str = ""
    answer: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class SkippedAccount:
    account_uid: str
    screen_name: str
    reason: str


@dataclass(frozen=True)
class ForwardPlanRecord:
    """A stored plan: the post, the seed and settings it was made with, who made and approved it."""

    id: int
    post_mid: str
    seed: int
    settings: dict[str, object]
    state: PlanState
    created_by: str
    created_at: datetime
    approved_by: str = ""
    approved_at: datetime | None = None
    version: int = 1
    skipped: tuple[SkippedAccount, ...] = ()
    post_text: str = ""
    author_name: str = ""
    counts: dict[str, int] = field(default_factory=dict)  # entries by state
    #: The plan's edit version (every team edit bumps it), what the last edit changed and who made it.
    row_version: int = 1
    changed: tuple[str, ...] = ()
    changed_by: str = ""


@dataclass(frozen=True)
class Campaign:
    """A paid-forwarding campaign: a budget (in fen, 1/100 yuan) around a post and its plan."""

    id: int
    name: str
    budget_fen: int
    post_mid: str = ""
    plan_id: int | None = None
    notes: str = ""
    created_at: datetime | None = None


class OutsideKind(StrEnum):
    BIG_V = "big_v"  # an industry big V paid per forward
    FAN = "fan"  # a loyal fan who forwards as a friend of the brand
    PARTNER = "partner"


@dataclass(frozen=True)
class OutsideAccount:
    """An account outside the matrix that forwards for pay or as a friend of the brand."""

    id: int
    uid: str
    name: str
    kind: OutsideKind
    cost_per_forward_fen: int = 0
    followers: int = 0
    notes: str = ""


@dataclass(frozen=True)
class CampaignForward:
    """A forward an outside account made for a campaign, what it cost and what it brought."""

    id: int
    campaign_id: int
    outside_account_id: int
    platform_id: str
    at: datetime
    cost_fen: int
    account_name: str = ""
    reach: int = 0
    interactions: int = 0


@dataclass(frozen=True)
class Gift:
    """A gift sent to an outside account (seed 000: a postcard, a bag of candy, a dinner)."""

    id: int
    outside_account_id: int
    on: date
    what: str
    cost_fen: int
    campaign_id: int | None = None
    account_name: str = ""


@dataclass(frozen=True)
class CampaignSummary:
    """Spend against budget, and the reach and interactions the forwards brought."""

    campaign: Campaign
    forward_cost_fen: int
    gift_cost_fen: int
    forwards: int
    reach: int
    interactions: int

    @property
    def spent_fen(self) -> int:
        return self.forward_cost_fen + self.gift_cost_fen

    @property
    def left_fen(self) -> int:
        return self.campaign.budget_fen - self.spent_fen

    @property
    def cost_per_thousand_reach_fen(self) -> int | None:
        """What a thousand people reached cost (spend ÷ reach × 1000); None before anyone was reached."""
        return round(self.spent_fen * 1000 / self.reach) if self.reach else None


@dataclass(frozen=True)
class ForwardNotice:
    """Something a person must act on: a token that expired while a forward was due, say."""

    id: int
    created_at: datetime
    kind: str
    account_uid: str
    plan_id: int | None
    text: str
    read: bool = False


def yuan(fen: int) -> str:
    """Money as people read it: ¥1,234.50."""
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


def parse_yuan(text: str) -> int:
    """"12.5", "¥1,200", "80元" → fen. Raises ValidationError with words on anything else."""
    clean = text.strip().replace("¥", "").replace("￥", "").replace(",", "").replace("元", "").strip()
    try:
        whole, _, frac = clean.partition(".")
        if not whole.isdigit() or (frac and not frac.isdigit()) or len(frac) > 2:
            raise ValueError
        return int(whole) * 100 + int((frac + "00")[:2])
    except ValueError:
        raise ValidationError(f"{text!r} is not an amount of money (e.g. 80 or 12.50)") from None


@dataclass(frozen=True)
class Claimed:
    """An entry the calling worker now holds; `resumed` when a previous worker died while sending it."""

    entry: PlanEntry
    post_mid: str
    resumed: bool


@dataclass(frozen=True)
class PlanView:
    """A stored plan with its entries (time order) and what `check_plan` says about them, in words."""

    plan: ForwardPlanRecord
    entries: tuple[PlanEntry, ...]
    problems: tuple[str, ...]
    min_gap_seconds: int
    window_end: datetime | None

    @property
    def id(self) -> int:
        return self.plan.id

    @property
    def live_entries(self) -> tuple[PlanEntry, ...]:
        return tuple(e for e in self.entries if e.state not in (EntryState.SKIPPED, EntryState.FAILED))

    def to_json_dict(self) -> dict[str, Any]:
        """The plan as the command line prints it (`forward plan --format json`)."""
        return {
            "plan_id": self.plan.id,
            "post": self.plan.post_mid,
            "state": self.plan.state.value,
            "version": self.plan.version,
            "entries": [{"account_uid": e.account_uid, "at": e.at.isoformat(), "action": e.action.value,
                         "text": e.text, "state": e.state.value, "platform_id": e.platform_id,
                         "answer": e.answer} for e in self.entries],
            "skipped": [{"account_uid": s.account_uid, "reason": s.reason} for s in self.plan.skipped],
            "problems": list(self.problems),
        }


class NoRulesForPost(ValidationError):
    """A plan was asked for a post whose author no rule names: nobody would forward it."""

    def __init__(self, author_uid: str, author_name: str, any_rules: bool) -> None:
        self.author_uid = author_uid
        self.author_name = author_name
        self.any_rules = any_rules
        super().__init__(f"no forwarding rule names {author_name or author_uid} as a source"
                         + ("" if any_rules else " (there are no rules yet: add the usual matrix with "
                                                 "`forward rules defaults`)"))


class PlanAlreadyExists(ValidationError):
    """The post already has a live plan; a second one would forward it twice."""

    def __init__(self, post_mid: str, plan_id: int, state: PlanState) -> None:
        self.post_mid = post_mid
        self.plan_id = plan_id
        self.state = state
        hint = ("replace it (`forward plan --replace`)" if state is PlanState.DRAFT
                else "cancel it before making another")
        super().__init__(f"post {post_mid} already has plan #{plan_id} ({state.value}); {hint}")


@dataclass(frozen=True)
class ApprovalSummary:
    """What approving a plan would release, to show before a leader says yes once."""

    plan_id: int
    forwards: int
    comments: int
    plain: int
    first: datetime | None
    last: datetime | None
    retimed: bool  # the draft's times have passed: approval moves them from now
    skipped: tuple[SkippedAccount, ...]
    already_forwarded: tuple[SkippedAccount, ...]  # found since planning: approval takes them out
    problems: tuple[str, ...]


def why_empty(skipped: tuple[SkippedAccount, ...]) -> list[tuple[str, int]]:
    """The reasons every account was skipped, most common first: what an empty plan says instead of nothing."""
    counts: dict[str, int] = {}
    for s in skipped:
        key = s.reason.split(" (")[0]
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
