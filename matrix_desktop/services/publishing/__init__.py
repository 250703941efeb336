"""Planning and publishing: `posts` (drafts, checks, a leader's approval, forwarding after), `publisher`
(the exactly-once executor), `library` (style guides, sensitive words, calendar rules), `calendar`
(month and week views with gaps, clashes and events), `events` (campaigns with their lead time) and
`draws` (verifiable prize draws)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from matrix_desktop.core.forwarding.records import CampaignSummary
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory, WeiboPlatform
from matrix_desktop.services.credentials import CredentialService
from matrix_desktop.services.publishing.calendar import CalendarView, ContentCalendar
from matrix_desktop.services.publishing.draws import DrawOutcome, PrizeDraws
from matrix_desktop.services.publishing.events import Events, EventSummary
from matrix_desktop.services.publishing.library import ContentLibrary
from matrix_desktop.services.publishing.posts import CheckedPost, PostPlanner
from matrix_desktop.services.publishing.publisher import PostPublisher


@dataclass
class Publishing:
    """The publishing services, built together on one unit-of-work factory and clock."""

    posts: PostPlanner
    publisher: PostPublisher
    library: ContentLibrary
    calendar: ContentCalendar
    events: Events
    draws: PrizeDraws

    @classmethod
    def build(cls, uow: UnitOfWorkFactory, actor: ActorProvider, credentials: CredentialService,
              platform: WeiboPlatform, safe_domain: Callable[[], str],
              plan_forwarding: Callable[[str], int] | None = None,
              clock: Callable[[], datetime] = lambda: datetime.now(UTC),
              paid_summary: Callable[[int], CampaignSummary] | None = None) -> Publishing:
        return cls(PostPlanner(uow, actor, safe_domain, plan_forwarding, clock),
                   PostPublisher(uow, actor, credentials, platform, clock),
                   ContentLibrary(uow, actor), ContentCalendar(uow), Events(uow, actor, paid_summary),
                   PrizeDraws(uow, actor, clock, seeds=credentials.store))


__all__ = ["CalendarView", "CheckedPost", "DrawOutcome", "EventSummary", "Publishing"]
