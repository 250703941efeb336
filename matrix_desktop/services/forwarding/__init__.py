"""Cross-forwarding coordination, one service per job: `matrix` (rules and settings), `plans` (planning,
editing, a leader's approval), `sending` (the exactly-once executor) and `campaigns` (paid forwarding)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory, WeiboPlatform
from matrix_desktop.services.credentials import CredentialService
from matrix_desktop.services.forwarding.campaigns import Campaigns
from matrix_desktop.services.forwarding.matrix import ForwardMatrix
from matrix_desktop.services.forwarding.plans import ForwardPlans
from matrix_desktop.services.forwarding.sending import ForwardSender, default_worker_id


@dataclass
class Forwarding:
    """The forwarding services, built together on one unit-of-work factory and clock."""

    matrix: ForwardMatrix
    plans: ForwardPlans
    sending: ForwardSender
    campaigns: Campaigns

    @classmethod
    def build(cls, uow: UnitOfWorkFactory, actor: ActorProvider, credentials: CredentialService,
              platform: WeiboPlatform, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Forwarding:
        plans = ForwardPlans(uow, actor, clock)
        return cls(ForwardMatrix(uow, actor), plans, ForwardSender(uow, actor, credentials, platform, plans, clock),
                   Campaigns(uow, actor, clock))


__all__ = ["Forwarding", "default_worker_id"]
