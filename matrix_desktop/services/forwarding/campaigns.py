"""Paid forwarding: campaigns with a budget, the outside accounts that help, their forwards and gifts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from matrix_desktop.core.accounts import AccountQuery
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.forwarding.records import (
    PLANNERS,
    TZ,
    Campaign,
    CampaignForward,
    CampaignSummary,
    EntryState,
    Gift,
    OutsideAccount,
    OutsideKind,
)
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory


class Campaigns:
    """Paid campaigns and what they cost."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._uow = uow
        self._actor = actor
        self._clock = clock

    def add_campaign(self, name: str, budget_fen: int, post_mid: str = "", plan_id: int | None = None,
                     notes: str = "") -> Campaign:
        actor = self._actor()
        actor.require("set up campaigns", *PLANNERS)
        name = name.strip()
        if not name:
            raise ValidationError("a campaign needs a name")
        if budget_fen < 0:
            raise ValidationError("the budget must not be negative")
        with self._uow() as uow:
            if uow.forwarding.campaign_by_name(name) is not None:
                raise ValidationError(f"a campaign named {name} already exists")
            if plan_id is not None:
                uow.forwarding.plan(plan_id)
            c = uow.forwarding.add_campaign(name, budget_fen, post_mid, plan_id, notes)
            uow.audit.append(actor.name, "forward.campaign.add", "", {"campaign": c.id, "budget_fen": budget_fen})
            uow.commit()
            return c

    def campaigns(self) -> list[Campaign]:
        with self._uow.readonly() as uow:
            return uow.forwarding.campaigns()

    def put_outside(self, uid: str, name: str, kind: OutsideKind, cost_fen: int = 0, followers: int = 0,
                    notes: str = "") -> OutsideAccount:
        actor = self._actor()
        actor.require("manage outside accounts", *PLANNERS)
        if not uid.strip() or not name.strip():
            raise ValidationError("an outside account needs a uid and a name")
        if cost_fen < 0 or followers < 0:
            raise ValidationError("cost and followers must not be negative")
        with self._uow() as uow:
            o = uow.forwarding.put_outside(uid.strip(), name.strip(), kind, cost_fen, followers, notes)
            uow.audit.append(actor.name, "forward.outside.put", uid, {"kind": kind.value, "cost_fen": cost_fen})
            uow.commit()
            return o

    def outside_accounts(self) -> list[OutsideAccount]:
        with self._uow.readonly() as uow:
            return uow.forwarding.outside_accounts()

    def record_paid_forward(self, campaign_id: int, outside: str, platform_id: str = "",
                            at: datetime | None = None, cost_fen: int | None = None) -> None:
        """An outside account forwarded for the campaign; the cost defaults to its cost per forward."""
        actor = self._actor()
        actor.require("record paid forwards", *PLANNERS)
        with self._uow() as uow:
            c = uow.forwarding.campaign(campaign_id)
            o = uow.forwarding.outside(outside)
            cost = o.cost_per_forward_fen if cost_fen is None else cost_fen
            uow.forwarding.add_campaign_forward(c.id, o.id, platform_id, at or self._clock(), cost)
            uow.audit.append(actor.name, "forward.campaign.forward", o.uid,
                             {"campaign": c.id, "id": platform_id, "cost_fen": cost})
            uow.commit()

    def add_gift(self, outside: str, what: str, cost_fen: int, on: Any = None,
                 campaign_id: int | None = None) -> None:
        actor = self._actor()
        actor.require("record gifts", *PLANNERS)
        if not what.strip():
            raise ValidationError("say what the gift was")
        with self._uow() as uow:
            o = uow.forwarding.outside(outside)
            if campaign_id is not None:
                uow.forwarding.campaign(campaign_id)
            uow.forwarding.add_gift(o.id, on or self._clock().astimezone(ZoneInfo(TZ)).date(), what.strip(),
                                    cost_fen, campaign_id)
            uow.audit.append(actor.name, "forward.gift", o.uid, {"what": what.strip(), "cost_fen": cost_fen,
                                                                 "campaign": campaign_id})
            uow.commit()

    def gifts(self, campaign_id: int | None = None) -> list[Gift]:
        with self._uow.readonly() as uow:
            return uow.forwarding.gifts(campaign_id)

    def campaign_forwards(self, campaign_id: int) -> list[CampaignForward]:
        with self._uow.readonly() as uow:
            return uow.forwarding.campaign_forwards(campaign_id)

    def campaign_summary(self, campaign_id: int) -> CampaignSummary:
        """Spend (paid forwards + gifts) against budget; reach = followers of every forwarding account
        (outside ones, and the matrix's own sent forwards of the linked plan); interactions counted on them."""
        with self._uow.readonly() as uow:
            c = uow.forwarding.campaign(campaign_id)
            fwd = uow.forwarding.campaign_forwards(campaign_id)
            gifts = uow.forwarding.gifts(campaign_id)
            matrix_reach = 0
            matrix_forwards = 0
            if c.plan_id is not None:
                followers = {a.uid: a.followers_count for a in uow.accounts.search(AccountQuery())}
                for e in uow.forwarding.entries(c.plan_id):
                    if e.state is EntryState.SENT:
                        matrix_forwards += 1
                        matrix_reach += followers.get(e.account_uid, 0)
        return CampaignSummary(c, sum(f.cost_fen for f in fwd), sum(g.cost_fen for g in gifts),
                               len(fwd) + matrix_forwards, sum(f.reach for f in fwd) + matrix_reach,
                               sum(f.interactions for f in fwd))
