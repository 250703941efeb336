"""Planning and publishing: `posts` (drafts, checks, a leader's approval, forwarding after), `publisher`
(the exactly-once executor), `library` (style guides, sensitive words, calendar rules) and `calendar`
(month and week views with gaps and clashes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory, WeiboPlatform
from matrix_desktop.services.credentials import CredentialService
from matrix_desktop.services.publishing.calendar import CalendarView, ContentCalendar
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

    @classmethod
    def build(cls, uow: UnitOfWorkFactory, actor: ActorProvider, credentials: CredentialService,
              platform: WeiboPlatform, safe_domain: Callable[[], str],
              plan_forwarding: Callable[[str], int] | None = None,
              clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Publishing:
        return cls(PostPlanner(uow, actor, safe_domain, plan_forwarding, clock),
                   PostPublisher(uow, actor, credentials, platform, clock),
                   ContentLibrary(uow, actor), ContentCalendar(uow))


__all__ = ["CalendarView", "CheckedPost", "Publishing"]
