"""Seed 000's audits over synced data: each account's page setup, and whom the official and leader
accounts follow (competitor and partner names come from the keyword watch lists of those kinds)."""

from __future__ import annotations

from dataclasses import dataclass

from matrix_desktop.core.accounts import AccountQuery, AccountRole
from matrix_desktop.core.insight.audits import AccountSetup, FollowVerdict, audit_follows, setup_checklist
from matrix_desktop.core.insight.keywords import WatchKind
from matrix_desktop.core.ports import UnitOfWorkFactory


@dataclass
class AuditReport:
    setups: list[AccountSetup]
    follows: list[FollowVerdict]


class SetupAudits:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def report(self) -> AuditReport:
        with self._uow.readonly() as uow:
            accounts = uow.accounts.search(AccountQuery())
            company = uow.company.get()
            watches = uow.insight.watches()
            heads = [a.uid for a in accounts if a.role in (AccountRole.OFFICIAL, AccountRole.LEADER)]
            follows = uow.insight.follows(heads)
        competitors = [t for w in watches if w.kind == WatchKind.COMPETITOR and w.enabled for t in w.terms]
        partners = [t for w in watches if w.kind == WatchKind.PARTNER and w.enabled for t in w.terms]
        setups = sorted((setup_checklist(a) for a in accounts),
                        key=lambda s: (s.account.role.rank, -s.problems, s.account.screen_name))
        return AuditReport(setups, audit_follows(follows, accounts, company, competitors, partners))
