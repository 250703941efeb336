"""Campaigns: company events on the calendar with their lead time, and what belongs to them — planned
posts, the forwarding plans those posts started, a paid-forwarding campaign and prize draws — shown
together with what they cost and reached."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.forwarding.records import CampaignSummary
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory
from matrix_desktop.core.publishing import PlannedPost, PostState
from matrix_desktop.core.publishing.draws import Draw
from matrix_desktop.core.publishing.events import CompanyEvent, EventKind, check_event_dates

NAME_MAX = 120


@dataclass(frozen=True)
class EventSummary:
    """An event with everything attached to it, and what it cost and reached."""

    event: CompanyEvent
    posts: list[PlannedPost]
    draws: list[Draw]
    paid: CampaignSummary | None = None
    #: reposts, comments, likes of the event's published posts, as the last sync saw them
    reposts: int = 0
    comments: int = 0
    likes: int = 0
    forward_plans: list[int] = field(default_factory=list)

    @property
    def published(self) -> int:
        return sum(1 for p in self.posts if p.state is PostState.PUBLISHED)


class Events:
    """Company events (campaigns) and what belongs to them."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider,
                 paid_summary: Callable[[int], CampaignSummary] | None = None) -> None:
        self._uow = uow
        self._actor = actor
        self._paid_summary = paid_summary

    def add(self, name: str, kind: EventKind, starts_on: date, ends_on: date, learned_on: date, notes: str = "",
            paid_campaign_id: int | None = None) -> CompanyEvent:
        """A new event; `learned_on` is when the Weibo team heard of it (the lead time is counted from it)."""
        actor = self._actor()
        actor.require("plan campaigns", MemberRole.OPERATOR, MemberRole.LEADER)
        name = " ".join(name.split())
        problems = check_event_dates(starts_on, ends_on, learned_on)
        if not name or len(name) > NAME_MAX:
            problems.insert(0, f"an event needs a name of 1 to {NAME_MAX} characters")
        if problems:
            raise ValidationError(problems)
        with self._uow() as uow:
            if uow.publishing.event_by_name(name) is not None:
                raise ValidationError(f"an event named {name} already exists")
            if paid_campaign_id is not None:
                uow.forwarding.campaign(paid_campaign_id)  # NotFound says so
            e = uow.publishing.add_event(CompanyEvent(0, name, kind, starts_on, ends_on, learned_on, notes.strip(),
                                                      paid_campaign_id, actor.name))
            uow.audit.append(actor.name, "event.added", "", {
                "event": e.id, "name": name, "kind": kind.value, "starts_on": starts_on.isoformat(),
                "learned_on": learned_on.isoformat(), "lead_days": e.lead_days})
            uow.commit()
        return e

    def get(self, event_id: int) -> CompanyEvent:
        with self._uow.readonly() as uow:
            return uow.publishing.event(event_id)

    def list(self, start: date | None = None, end: date | None = None) -> list[CompanyEvent]:
        with self._uow.readonly() as uow:
            return uow.publishing.events(start, end)

    def attach_post(self, post_id: int, event_id: int | None) -> PlannedPost:
        """Put a planned post in an event (None takes it out). Attaching twice changes nothing."""
        actor = self._actor()
        actor.require("plan campaigns", MemberRole.OPERATOR, MemberRole.LEADER)
        with self._uow() as uow:
            post = uow.publishing.post(post_id, lock=True)
            if event_id is not None:
                uow.publishing.event(event_id)
            if post.event_id != event_id:
                uow.publishing.update_post(post_id, event_id=event_id)
                uow.audit.append(actor.name, "event.post_attached", post.account_uid,
                                 {"post": post_id, "event": event_id, "was": post.event_id})
                uow.commit()
        return replace(post, event_id=event_id)

    def link_paid_campaign(self, event_id: int, campaign_id: int | None) -> CompanyEvent:
        """The paid-forwarding campaign (budget, outside accounts, gifts) that supports the event."""
        actor = self._actor()
        actor.require("plan campaigns", MemberRole.OPERATOR, MemberRole.LEADER)
        with self._uow() as uow:
            e = uow.publishing.event(event_id)
            if campaign_id is not None:
                uow.forwarding.campaign(campaign_id)
            uow.publishing.update_event(event_id, paid_campaign_id=campaign_id)
            uow.audit.append(actor.name, "event.paid_campaign", "", {"event": event_id, "campaign": campaign_id})
            uow.commit()
        return replace(e, paid_campaign_id=campaign_id)

    def summary(self, event_id: int) -> EventSummary:
        with self._uow.readonly() as uow:
            e = uow.publishing.event(event_id)
            posts = uow.publishing.posts(event_id=event_id)
            draws = uow.publishing.draws(event_id)
            stats = uow.publishing.post_stats([p.platform_mid for p in posts if p.platform_mid])
        reposts = sum(s[0] for s in stats.values())
        comments = sum(s[1] for s in stats.values())
        likes = sum(s[2] for s in stats.values())
        paid = None
        if e.paid_campaign_id is not None and self._paid_summary is not None:
            paid = self._paid_summary(e.paid_campaign_id)
        plans = sorted({p.forward_plan_id for p in posts if p.forward_plan_id is not None})
        return EventSummary(e, posts, draws, paid, reposts, comments, likes, plans)
