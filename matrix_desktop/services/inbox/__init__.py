"""The interaction inbox, one service per job: `triage` (items, ingest, people's verdicts), `replies`
(review and sending), `customer_service` (tickets and SLA) and `manual` (the answer manual)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory, WeiboPlatform
from matrix_desktop.services.credentials import CredentialService
from matrix_desktop.services.inbox.customer_service import CustomerService
from matrix_desktop.services.inbox.manual import AnswerManual
from matrix_desktop.services.inbox.replies import ReplyReview
from matrix_desktop.services.inbox.triage import InboxTriage

if TYPE_CHECKING:
    from matrix_desktop.core.inbox.model import CorpusItem

log = logging.getLogger(__name__)


@dataclass
class Inbox:
    """The inbox's services, built together on one unit-of-work factory and clock."""

    triage: InboxTriage
    replies: ReplyReview
    customer_service: CustomerService
    manual: AnswerManual

    @classmethod
    def build(cls, uow: UnitOfWorkFactory, actor: ActorProvider, credentials: CredentialService,
              platform: WeiboPlatform, clock: Callable[[], datetime] = lambda: datetime.now(UTC),
              corpus: Callable[[], Sequence[CorpusItem]] | None = None) -> Inbox:
        cs = CustomerService(uow, actor, clock)
        return cls(InboxTriage(uow, actor, cs.sla_settings, clock, corpus), ReplyReview(uow, actor, credentials, platform,
                   clock), cs, AnswerManual(uow, actor, clock))

    def use_clock(self, clock: Callable[[], datetime]) -> None:
        """Every part of the inbox reads time from `clock` (tests, a replay)."""
        for part in (self.triage, self.replies, self.customer_service, self.manual):
            part.now = clock

    def after_sync(self, synced_uids: list[str]) -> None:
        """The sync hook: retrain the triage model if enough corrections came in, then ingest what the
        synced accounts brought (a failed retrain never holds the ingest up)."""
        try:
            self.triage.retrain_if_due()
        except Exception:
            log.warning("the triage model could not be retrained; the current one goes on", exc_info=True)
        self.triage.ingest(synced_uids)
