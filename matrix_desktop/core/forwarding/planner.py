"""The cross-forwarding planner: which account forwards a post when, and with what text.

`make_plan` turns a source post, the matrix rules and the forwarding accounts into a `Plan` that a
leader reviews and the executor then runs as reviewed. `check_plan` verifies a plan's properties and
says in words what is wrong — after a leader has moved an entry, say.

The properties (seed 000: bulk "zombie" forwarding is worse than none; seed 001: leaders and the
official account lead, the others follow):

* every two forwards of the plan are at least `min_gap_seconds` apart, with seeded jitter so the
  times do not form a visible grid;
* leaders (and the official account) first, then sub-brands, then employees;
* no forward inside the account's quiet hours, its daily cap, or the platform's limits;
* the words fit the post's kind and the forwarder's role (`voice.py`): some repost plainly, the others
  say short, different things — no two comments share more than half their character bigrams, none
  repeats what the account said in the last 30 days, and a statement is never celebrated;
* accounts that must not forward are listed with the reason — also one that already forwarded the post;
* the plan starts at the first moment outside the company's quiet hours (23:00–08:00 by default);
* the same inputs and seed give the same plan, whatever order the accounts come in.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from matrix_desktop.core.accounts import ROLE_LABELS_ZH, AccountRole
from matrix_desktop.core.credentials import TokenState
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.forwarding.posts import PostKind, post_kind
from matrix_desktop.core.forwarding.rules import (
    ForwardAction,
    Forwarder,
    ForwardRule,
    PlanSettings,
    QuietHours,
    SourcePost,
    validate_rule,
    validate_settings,
)
from matrix_desktop.core.forwarding.templates import render, template_variables
from matrix_desktop.core.forwarding.voice import (
    Chorus,
    VoiceBook,
    default_voice,
    is_plain,
    too_similar,
    unfit,
)
from matrix_desktop.core.textlen import fits_weibo

_HOUR = 3600


@dataclass(frozen=True)
class PlannedForward:
    """One forward of a plan: `account_uid` forwards at `at` (aware, UTC) with `text`."""

    account_uid: str
    screen_name: str
    role: AccountRole
    at: datetime
    action: ForwardAction
    text: str


@dataclass(frozen=True)
class SkippedForwarder:
    """An account a rule names that will not forward this post, and why (a short sentence)."""

    account_uid: str
    screen_name: str
    reason: str


@dataclass(frozen=True)
class Plan:
    """A reviewed-then-executed forwarding plan for one post. Entries are in time order."""

    post_mid: str
    seed: int
    entries: tuple[PlannedForward, ...]
    skipped: tuple[SkippedForwarder, ...]

    def to_json_dict(self) -> dict[str, Any]:
        """The plan as JSON-ready data; times are ISO 8601 with their offset."""
        return {
            "post": self.post_mid,
            "seed": self.seed,
            "entries": [
                {"account_uid": e.account_uid, "at": e.at.isoformat(), "action": e.action.value, "text": e.text}
                for e in self.entries
            ],
            "skipped": [{"account_uid": s.account_uid, "reason": s.reason} for s in self.skipped],
        }


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"time zone {name!r} is not known (e.g. Asia/Shanghai)") from None


def _blocking_reason(f: Forwarder, settings: PlanSettings) -> str | None:
    """Why the account must not forward at all, whatever the plan: token, opt-out, flag."""
    if f.already_forwarded:
        return f"already forwarded this post on its own ({f.already_forwarded}); not forwarded twice"
    if f.token_state is TokenState.EXPIRED:
        return "token expired — reconnect the account"
    if f.token_state in (TokenState.NONE, TokenState.REVOKED):
        return "not connected to Weibo — connect the account"
    if f.opted_out:
        return "opted out"
    if f.open_flag_severity in settings.skip_flag_severities:
        return f"open {f.open_flag_severity}-severity verification flag"
    return None


def _budget_reason(f: Forwarder, settings: PlanSettings, planned: int) -> str | None:
    """Why `planned` forwards would break the account's own cap or the platform's daily calls."""
    if f.forwards_today + planned > f.daily_cap:
        return f"daily cap {f.daily_cap} reached"
    # One forward is one API call (statuses/repost or comments/create).
    if f.calls_today + planned > settings.limits.calls_per_day:
        return f"daily limit of {settings.limits.calls_per_day} API calls reached"
    return None


def _order_key(seed: int, uid: str) -> int:
    """A seeded, order-independent shuffle key: the plan does not depend on the input order."""
    return int.from_bytes(hashlib.blake2b(f"{seed}\x1f{uid}".encode(), digest_size=8).digest(), "big")


@dataclass
class _Candidate:
    rank: int
    key: int
    forwarder: Forwarder
    rule: ForwardRule
    lo: int  # earliest offset from the plan start, seconds
    hi: int  # latest offset


class _Clock:
    """Offsets in whole seconds from the plan start, and the quiet-hours arithmetic on them."""

    def __init__(self, t0: datetime, tz: tzinfo) -> None:
        self.t0 = t0
        self.tz = tz

    def at(self, offset: int) -> datetime:
        return self.t0 + timedelta(seconds=offset)

    def open_from(self, qh: QuietHours | None, offset: int) -> int:
        """The first offset ≥ `offset` outside the quiet hours `qh`."""
        if qh is None:
            return offset
        for _ in range(4):  # a DST jump can land back inside; a few rounds settle it
            local = self.at(offset).astimezone(self.tz)
            if not qh.contains(local):
                return offset
            # Subtract in UTC: aware datetimes sharing a tzinfo subtract as wall clocks.
            opens = qh.next_open(local).astimezone(UTC)
            offset += max(1, math.ceil((opens - local.astimezone(UTC)).total_seconds()))
        return offset


def start_of(post: SourcePost, settings: PlanSettings) -> datetime:
    """When a plan starts: `settings.start` (else the publication), moved past the company's quiet hours."""
    t0 = (settings.start or post.published_at).astimezone(UTC)
    clock = _Clock(t0, _zone(settings.timezone))
    return clock.at(clock.open_from(settings.default_quiet_hours, 0))


def make_plan(post: SourcePost, rules: Sequence[ForwardRule], forwarders: Sequence[Forwarder],
              settings: PlanSettings, used_texts: Mapping[str, set[str]] | None = None,
              voice: VoiceBook | None = None) -> Plan:
    """Plan who forwards `post` when and with what text.

    For each forwarder the first enabled rule (in the order given) from the post's author that
    matches the post's kinds applies. `used_texts` maps an account uid to texts it already used on
    this post; they are avoided for that account and, to keep the matrix from echoing itself, by all.
    `voice` holds the lines per post kind and role (default: the built-in ones).
    Raises ValidationError for bad settings, rules or inputs; never for an account that cannot forward
    — that one is listed in `Plan.skipped` with the reason.
    """
    problems = validate_settings(settings)
    if post.published_at.utcoffset() is None:
        problems.append(f"post {post.mid}: the publication time must carry a time zone (UTC)")
    tz = _zone(settings.timezone)
    by_uid: dict[str, Forwarder] = {}
    for f in forwarders:
        if f.uid in by_uid:
            problems.append(f"account {f.uid} is listed twice among the forwarders")
        by_uid[f.uid] = f
    chosen: dict[str, ForwardRule] = {}
    for rule in rules:
        if rule.applies_to(post) and rule.forwarder_uid not in chosen:
            chosen[rule.forwarder_uid] = rule
    for rule in chosen.values():
        problems.extend(validate_rule(rule))
    if problems:
        raise ValidationError(problems)

    seed = settings.seed
    t0 = start_of(post, settings)
    clock = _Clock(t0, tz)
    limits = settings.limits
    skipped: list[tuple[int, int, SkippedForwarder]] = []

    def skip(rank: int, key: int, uid: str, name: str, reason: str) -> None:
        skipped.append((rank, key, SkippedForwarder(uid, name, reason)))

    candidates: list[_Candidate] = []
    for uid, rule in chosen.items():
        key = _order_key(seed, uid)
        known = by_uid.get(uid)
        if known is None:
            skip(len(AccountRole), key, uid, "", "not an account of the matrix (archived or removed)")
            continue
        f = known
        rank = f.role.rank
        reason = (
            "author of the post" if uid == post.author_uid
            else _blocking_reason(f, settings) or _budget_reason(f, settings, 1)
        )
        if reason:
            skip(rank, key, uid, f.screen_name, reason)
            continue
        if settings.window_minutes is not None:
            lo, hi = 0, settings.window_minutes * 60
        else:
            lo, hi = rule.delay_min_minutes * 60, rule.delay_max_minutes * 60
        if f.posts_last_hour >= limits.posts_per_hour:
            # Both the sliding hour and the clock-aligned hour have rolled over an hour after the start.
            lo = max(lo, _HOUR)
            if lo > hi:
                skip(rank, key, uid, f.screen_name,
                     f"hourly limit of {limits.posts_per_hour} posts reached; it resets after the window closes")
                continue
        candidates.append(_Candidate(rank, key, f, rule, lo, hi))

    candidates.sort(key=lambda c: (c.rank, c.key, c.forwarder.uid))
    taken: set[str] = set()
    for texts in (used_texts or {}).values():
        taken.update(texts)
    words = _Words(post, voice or default_voice(), seed, settings.similarity_bound, taken)
    rng = random.Random(seed)
    gap_min = settings.min_gap_seconds
    jf = settings.jitter_fraction
    # Jitter moves a gap by up to ±jf of the step; a step this large never breaks the minimum gap.
    floor_step = gap_min / (1.0 - jf)
    horizon = max((c.hi for c in candidates), default=0)
    skipped_before = len(skipped)  # skips decided before scheduling: not candidates

    def next_gap(t: int) -> int:
        # Spread what is left over what is left of the window, recomputed as we go: quiet hours or a
        # long wait for one account then do not squeeze everyone after it out of the window.
        left = len(candidates) - len(entries) - (len(skipped) - skipped_before)
        step = max(floor_step, (horizon - t) / (left + 1)) if left else floor_step
        return max(gap_min, math.ceil(step * (1.0 + jf * rng.uniform(-1.0, 1.0))))

    entries: list[PlannedForward] = []
    slot: int | None = None  # the earliest offset the next forward may take
    start = 0
    while start < len(candidates):
        end = start
        while end < len(candidates) and candidates[end].rank == candidates[start].rank:
            end += 1
        heap: list[tuple[int, int, int]] = []
        for i in range(start, end):
            c = candidates[i]
            ready = clock.open_from(settings.quiet_hours_of(c.forwarder), c.lo)
            if ready > c.hi:
                skip(c.rank, c.key, c.forwarder.uid, c.forwarder.screen_name,
                     f"quiet hours {settings.quiet_hours_of(c.forwarder)} cover its whole window")
            else:
                heap.append((ready, c.key, i))
        heapq.heapify(heap)
        while heap:
            ready, key, i = heapq.heappop(heap)
            c = candidates[i]
            f = c.forwarder
            t = ready if slot is None else max(slot, ready)
            if t > c.hi:
                skip(c.rank, key, f.uid, f.screen_name,
                     "no room inside the window without breaking the minimum gap")
                continue
            qh = settings.quiet_hours_of(f)
            opens = clock.open_from(qh, t)
            if opens != t:
                if opens > c.hi:
                    skip(c.rank, key, f.uid, f.screen_name,
                         f"no room inside the window outside quiet hours {qh}")
                else:
                    heapq.heappush(heap, (opens, key, i))
                continue
            text = words.pick(c.forwarder, c.rule, c.key, (used_texts or {}).get(f.uid, set()))
            if text is None:
                skip(c.rank, key, f.uid, f.screen_name,
                     "no comment left that differs enough from the others — add lines for this kind of post")
                continue
            entries.append(PlannedForward(f.uid, f.screen_name, f.role, clock.at(t), c.rule.action, text))
            slot = t + next_gap(t)
        start = end

    skipped.sort(key=lambda s: (s[0], s[1], s[2].account_uid))
    return Plan(post.mid, seed, tuple(entries), tuple(s for _, _, s in skipped))


class _Words:
    """Chooses each forward's words: a plain repost or a line that fits the post, the role and the plan."""

    def __init__(self, post: SourcePost, voice: VoiceBook, seed: int, bound: float, taken: set[str]) -> None:
        self.kind = post_kind(post.text)
        self.voice = voice
        self.seed = seed
        self.common = {"author": post.author_name, "title": post.title}
        self.chorus = Chorus(bound, (t for t in taken if not is_plain(t)))
        self.taken = taken
        self.dead: set[str] = set()  # texts that can never fit again (the chorus only grows)

    def _plain(self, f: Forwarder, key: int) -> bool:
        share = self.voice.plain_share(f.role)
        return share > 0 and (key >> 11) % 1000 < share * 1000

    def pick(self, f: Forwarder, rule: ForwardRule, key: int, avoid: set[str]) -> str | None:
        """The forwarder's text: "" for a plain repost; None when a comment is needed and none is left."""
        can_be_plain = rule.action is ForwardAction.REPOST
        if can_be_plain and not f.slogan and self._plain(f, key):
            return ""
        variables = {**self.common, "slogan": f.slogan, "name": f.screen_name}
        filled = {k: v for k, v in variables.items() if v}
        lines = self.voice.for_(self.kind, f.role)
        # The team's words for this edge first, then the owner's own line, then the lines of the role.
        candidates: list[str] = []
        for pool in (rule.templates, (f.slogan,) if f.slogan else (), lines):
            if pool:
                first = key % len(pool)
                candidates.extend(pool[(first + i) % len(pool)] for i in range(len(pool)))
        for template in candidates:
            if not template_variables(template) <= filled.keys():
                continue
            text = render(template, filled).strip() if "{" in template else template.strip()
            if not text or text in self.dead:
                continue
            if not fits_weibo(text) or unfit(text, self.kind) or text in self.taken:
                self.dead.add(text)
                continue
            if text in avoid or text in f.recent_texts:
                continue
            if not self.chorus.fits(text):
                self.dead.add(text)
                continue
            self.chorus.add(text)
            return text
        return "" if can_be_plain else None


def retime(entries: Sequence[PlannedForward], start: datetime, forwarders: Sequence[Forwarder],
           settings: PlanSettings) -> list[PlannedForward]:
    """The forwards moved to begin at `start` (moved past the company's quiet hours), in the same order.

    The spacing between them is kept where it can be; each forward stays at least the minimum gap after
    the one before and outside its account's quiet hours — a push past the night delays the ones after
    it by as much, so approving a plan late never squeezes it into a burst or into the night.
    """
    if not entries:
        return []
    tz = _zone(settings.timezone)
    by_uid = {f.uid: f for f in forwarders}
    order = sorted(entries, key=lambda e: (e.at, e.role.rank, e.account_uid))
    clock = _Clock(start.astimezone(UTC), tz)
    first = order[0].at
    delay = clock.open_from(settings.default_quiet_hours, 0)
    prev: int | None = None
    out: list[PlannedForward] = []
    for e in order:
        planned = math.ceil((e.at - first).total_seconds())
        off = planned + delay
        if prev is not None:
            off = max(off, prev + settings.min_gap_seconds)
        f = by_uid.get(e.account_uid)
        off = clock.open_from(settings.quiet_hours_of(f) if f else settings.default_quiet_hours, off)
        delay = off - planned
        prev = off
        out.append(PlannedForward(e.account_uid, e.screen_name, e.role, clock.at(off), e.action, e.text))
    return out


def _hms(dt: datetime, tz: tzinfo) -> str:
    return dt.astimezone(tz).strftime("%m-%d %H:%M:%S")


def check_plan(plan: Plan, forwarders: Sequence[Forwarder], settings: PlanSettings, *,
               post: SourcePost | None = None, used_texts: Mapping[str, set[str]] | None = None) -> list[str]:
    """Every way `plan` breaks the forwarding rules, in words; empty when it keeps them all.

    Checks the minimum gap, the order by role, quiet hours, daily caps, the platform's limits,
    accounts that must not forward, and distinct texts. With `post` (or `settings.start`) it also
    checks that nothing goes before the start and that the author does not forward its own post;
    with `used_texts` that no account repeats a text it already used on the post.
    """
    tz = _zone(settings.timezone)
    by_uid = {f.uid: f for f in forwarders}
    problems: list[str] = []
    t0_src = settings.start or (post.published_at if post else None)
    t0 = t0_src.astimezone(UTC) if t0_src is not None else None

    def who(e: PlannedForward) -> str:
        return f"{e.screen_name or e.account_uid} ({_hms(e.at, tz)})"

    for e in plan.entries:
        if e.at.utcoffset() is None:
            problems.append(f"{e.screen_name or e.account_uid}: the time has no time zone")
    if problems:
        return problems

    timeline = sorted(plan.entries, key=lambda e: (e.at, e.role.rank))
    for a, b in pairwise(timeline):
        gap = (b.at - a.at).total_seconds()
        if gap < settings.min_gap_seconds:
            problems.append(f"{who(a)} and {who(b)} are {gap:g} s apart, "
                            f"below the minimum gap of {settings.min_gap_seconds} s")
        if b.role.rank < a.role.rank:
            problems.append(f"{ROLE_LABELS_ZH[b.role]} {who(b)} goes after {ROLE_LABELS_ZH[a.role]} {who(a)}: "
                            "leaders first, then sub-brands, then employees")

    per_account: dict[str, list[PlannedForward]] = defaultdict(list)
    for e in timeline:
        per_account[e.account_uid].append(e)
    limits = settings.limits
    for uid, mine in per_account.items():
        f = by_uid.get(uid)
        if f is None:
            problems.append(f"{who(mine[0])}: not an account of the matrix")
            continue
        reason = _blocking_reason(f, settings) or _budget_reason(f, settings, len(mine))
        if reason:
            problems.append(f"{who(mine[0])} must not forward: {reason}")
        if post is not None and uid == post.author_uid:
            problems.append(f"{who(mine[0])} is the author of the post")
        qh = settings.quiet_hours_of(f)
        for e in mine:
            if qh is not None and qh.contains(e.at.astimezone(tz)):
                problems.append(f"{who(e)} falls inside the quiet hours {qh}")
            if not is_plain(e.text) and e.text in f.recent_texts:
                problems.append(f"{who(e)} already said {e.text!r} in the last 30 days")
            if t0 is not None and e.at < t0:
                problems.append(f"{who(e)} goes before the plan starts")
        # The platform's posts-per-hour limit, over every sliding hour of the account's forwards.
        lo = 0
        for hi, e in enumerate(mine):
            while (e.at - mine[lo].at).total_seconds() >= _HOUR:
                lo += 1
            if hi - lo + 1 > limits.posts_per_hour:
                problems.append(f"{who(e)}: more than {limits.posts_per_hour} posts within an hour")
                break
        if t0 is not None:
            first_hour = sum(1 for e in mine if (e.at - t0).total_seconds() < _HOUR)
            if first_hour and f.posts_last_hour + first_hour > limits.posts_per_hour:
                problems.append(f"{who(mine[0])}: {f.posts_last_hour} posts in the last hour plus {first_hour} "
                                f"planned break the limit of {limits.posts_per_hour} an hour")

    seen: dict[str, PlannedForward] = {}
    used = used_texts or {}
    kind = post_kind(post.text) if post is not None else PostKind.DAILY
    for e in timeline:
        if is_plain(e.text):
            if e.action is not ForwardAction.REPOST:
                problems.append(f"{who(e)}: a comment needs a text")
            continue  # a plain repost says nothing of its own: nothing to repeat or to sound alike
        if not fits_weibo(e.text):
            problems.append(f"{who(e)}: the text is longer than Weibo allows")
        if e.text in seen:
            problems.append(f"{who(e)} repeats the text of {who(seen[e.text])}: {e.text!r}")
        else:
            seen[e.text] = e
        if e.text in used.get(e.account_uid, ()):
            problems.append(f"{who(e)} already used the text {e.text!r} on this post (the platform refuses, 20019)")
        problems.extend(f"{who(e)}: {why}" for why in unfit(e.text, kind))
    texts = [e.text for e in timeline]
    for i, j, sim in too_similar(texts, settings.similarity_bound):
        problems.append(f"{who(timeline[j])} sounds like {who(timeline[i])}: they share {sim:.0%} of their wording "
                        f"(at most {settings.similarity_bound:.0%})")
    return problems
