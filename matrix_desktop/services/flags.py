"""Employee verification flags over the database: re-check after sync, review, history; the company profile.

`FlagService.reevaluate` runs after every sync (a hook on `SyncService.after_sync`) for the synced
accounts: it classifies their stored profile text with a `CompanyMatcher` built from the company
profile and applies `core.flags.lifecycle.decide` in one transaction — new findings open flags, vanished
ones resolve ("verification changed"), a person's acknowledge or waive is never undone. Every step is a
`flag_events` row and an audit entry written in the same transaction as the change.
"""

from __future__ import annotations

import builtins
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from matrix_desktop.core.accounts import AccountQuery
from matrix_desktop.core.company import CompanyProfile, MemberRole, normalise_company, validate_company
from matrix_desktop.core.errors import NotFound, ValidationError
from matrix_desktop.core.flags import CompanyMatcher, FlagFinding, ProfileText, findings_for_account
from matrix_desktop.core.flags.lifecycle import (
    ACCOUNT_ARCHIVED,
    SYSTEM_ACTOR,
    FlagEvent,
    FlagQuery,
    FlagState,
    VerificationFlag,
    check_transition,
    decide,
)
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory
from matrix_desktop.core.progress import NEVER_CANCELLED, CancelToken, Progress, ProgressSink, no_progress

#: Who may review flags: everyone on the team with a role.
REVIEWERS = (MemberRole.OPERATOR, MemberRole.LEADER, MemberRole.ADMIN)
NO_COMPANY = "set the company profile first: without the company's names no account can be checked"
MARKED_RESOLVED = "marked resolved"


@dataclass
class ReevaluationReport:
    """What a re-check did. `skipped` says why nothing was checked (no company profile yet)."""

    accounts: int = 0
    opened: list[VerificationFlag] = field(default_factory=list)
    kept: int = 0
    resolved: list[int] = field(default_factory=list)
    skipped: str = ""

    def summary(self) -> str:
        if self.skipped:
            return self.skipped
        return (f"{self.accounts} account(s) checked: {len(self.opened)} flag(s) opened, "
                f"{len(self.resolved)} resolved, {self.kept} unchanged")


class FlagService:
    """Verification flags: re-check, review (acknowledge, resolve, waive), list and history."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider) -> None:
        self._uow = uow
        self._actor = actor
        self._matcher_lock = threading.Lock()
        self._matcher: CompanyMatcher | None = None

    # -- re-checking ---------------------------------------------------------------------------------
    def _matcher_for(self, company: CompanyProfile) -> CompanyMatcher:
        # Building a matcher compiles the name and marker patterns; one per company profile is enough.
        with self._matcher_lock:
            if self._matcher is None or self._matcher.profile != company:
                self._matcher = CompanyMatcher(company)
            return self._matcher

    def after_sync(self, uids: builtins.list[str]) -> None:
        """The sync hook: re-check the accounts a sync just refreshed, as the system."""
        self.reevaluate(uids)

    def recheck(self, progress: ProgressSink = no_progress,
                cancel: CancelToken = NEVER_CANCELLED) -> ReevaluationReport:
        """A member asks for a re-check of every account ("Re-check now"); audited under their name."""
        actor = self._actor()
        actor.require("re-check verification flags", *REVIEWERS)
        return self.reevaluate(None, actor=actor.name, progress=progress, cancel=cancel)

    def reevaluate(self, uids: Sequence[str] | None = None, *, actor: str = SYSTEM_ACTOR,
                   progress: ProgressSink = no_progress,
                   cancel: CancelToken = NEVER_CANCELLED) -> ReevaluationReport:
        """Classify the accounts (all of them when `uids` is None) and open, keep or resolve their flags.

        One transaction: either every change of this re-check is stored and audited, or none is.
        Archived accounts' live flags are resolved ("account archived"): they left the matrix.
        """
        with self._uow() as uow:
            company = uow.company.get()
            if not company.is_set:
                return ReevaluationReport(skipped=NO_COMPANY)
            matcher = self._matcher_for(company)
            uow.flags.lock_for_recheck()
            accounts = uow.accounts.search(AccountQuery(include_archived=True))
            if uids is not None:
                wanted = set(uids)
                accounts = [a for a in accounts if a.uid in wanted]
            findings: dict[str, builtins.list[FlagFinding]] = {}
            gone: dict[str, str] = {}
            total = len(accounts)
            for n, a in enumerate(accounts):
                if n % 200 == 0:
                    cancel.raise_if_cancelled()
                    progress(Progress(n, total, "checking verification texts"))
                if a.archived:
                    findings[a.uid] = []
                    gone[a.uid] = ACCOUNT_ARCHIVED
                    continue
                findings[a.uid] = findings_for_account(matcher, a.role, ProfileText(
                    uid=a.uid, screen_name=a.screen_name, verified=a.verified, verified_type=a.verified_type,
                    verified_reason=a.verified_reason, description=a.description))
            live = uow.flags.live(None if uids is None else list(findings))
            decision = decide(live, findings, gone)
            report = ReevaluationReport(accounts=sum(1 for a in accounts if not a.archived))
            by_id = {f.id: f for f in live}
            for uid, finding in decision.open:
                flag = uow.flags.open(uid, finding, actor)
                report.opened.append(flag)
                uow.audit.append(actor, "flag.open", uid, {
                    "flag": flag.id, "kind": finding.kind.value, "severity": finding.severity.value,
                    "field": finding.field, "evidence": finding.evidence})
            for keep in decision.keep:
                if keep.differs_from(by_id[keep.flag_id]):
                    uow.flags.refresh(keep.flag_id, keep.finding)
            report.kept = len(decision.keep)
            for close in decision.resolve:
                before, flag = uow.flags.transition(close.flag_id, FlagState.RESOLVED, actor, close.reason)
                report.resolved.append(flag.id)
                uow.audit.append(actor, "flag.resolve", close.account_uid, {
                    "flag": flag.id, "kind": flag.kind.value, "from": before.value, "reason": close.reason})
            uow.commit()
        progress(Progress(total, total, "verification texts checked"))
        return report

    # -- reviewing -----------------------------------------------------------------------------------
    def acknowledge(self, flag_id: int) -> VerificationFlag:
        """A reviewer has seen the flag and is on it (it stays in the list, no longer counted as new)."""
        return self._move(flag_id, FlagState.ACKNOWLEDGED, "", "acknowledge", "acknowledge flags")

    def resolve(self, flag_id: int, reason: str = "") -> VerificationFlag:
        """The tie to the company is gone or handled (e.g. the verification was changed)."""
        return self._move(flag_id, FlagState.RESOLVED, reason, "resolve", "resolve flags")

    def waive(self, flag_id: int, reason: str) -> VerificationFlag:
        """Accept the tie on purpose; the reason is required and the flag is never reopened by a re-check."""
        return self._move(flag_id, FlagState.WAIVED, reason, "waive", "waive flags")

    def _move(self, flag_id: int, to: FlagState, reason: str, action: str, words: str) -> VerificationFlag:
        actor = self._actor()
        actor.require(words, *REVIEWERS)
        with self._uow() as uow:
            flag = uow.flags.get_for_update(flag_id)
            reason = check_transition(flag, to, reason)
            if to is FlagState.RESOLVED and not reason:
                reason = MARKED_RESOLVED
            before, after = uow.flags.transition(flag_id, to, actor.name, reason)
            uow.audit.append(actor.name, f"flag.{action}", flag.account_uid, {
                "flag": flag_id, "kind": flag.kind.value, "from": before.value, "to": to.value, "reason": reason})
            uow.commit()
        return replace(after, account_name=flag.account_name)

    # -- reading -------------------------------------------------------------------------------------
    def list(self, query: FlagQuery | None = None) -> builtins.list[VerificationFlag]:
        with self._uow.readonly() as uow:
            return uow.flags.search(query or FlagQuery())

    def ids(self, query: FlagQuery) -> builtins.list[int]:
        with self._uow.readonly() as uow:
            return uow.flags.ids(query)

    def by_ids(self, ids: Sequence[int]) -> builtins.list[VerificationFlag]:
        with self._uow.readonly() as uow:
            return uow.flags.by_ids(ids)

    def count(self, query: FlagQuery) -> int:
        with self._uow.readonly() as uow:
            return uow.flags.count(query)

    def count_open(self) -> int:
        """Flags nobody has looked at yet: the number on the navigation badge."""
        with self._uow.readonly() as uow:
            return uow.flags.count_in_state(FlagState.OPEN)

    def get(self, flag_id: int) -> VerificationFlag:
        with self._uow.readonly() as uow:
            flag = uow.flags.get(flag_id)
        if flag is None:
            raise NotFound(f"flag #{flag_id} does not exist")
        return flag

    def history(self, flag_id: int) -> builtins.list[FlagEvent]:
        with self._uow.readonly() as uow:
            return uow.flags.history(flag_id)

    def company_is_set(self) -> bool:
        with self._uow.readonly() as uow:
            return uow.company.get().is_set


# ------------------------------------------------------------------------------------------------------


class CompanyService:
    """The company profile: everyone reads it, admins change it; a change re-checks every flag."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider, flags: FlagService) -> None:
        self._uow = uow
        self._actor = actor
        self._flags = flags

    def get(self) -> CompanyProfile:
        with self._uow.readonly() as uow:
            return uow.company.get()

    def set(self, profile: CompanyProfile) -> ReevaluationReport:
        """Save the profile (audited) and re-check every account against the new names."""
        actor = self._actor()
        actor.require("change the company profile", MemberRole.ADMIN)
        profile = normalise_company(profile)
        problems = validate_company(profile)
        if problems:
            raise ValidationError(problems)
        with self._uow() as uow:
            before = uow.company.get()
            uow.company.save(profile)
            changed = {k: list(v) if isinstance(v, tuple) else v
                       for k, v in _fields(profile).items() if _fields(before)[k] != v}
            uow.audit.append(actor.name, "company.update", "", {"changed": changed})
            uow.commit()
        return self._flags.reevaluate(None, actor=actor.name)


def _fields(p: CompanyProfile) -> dict[str, object]:
    return {"legal_name": p.legal_name, "aliases": p.aliases, "english_names": p.english_names,
            "ticker": p.ticker, "business_keywords": p.business_keywords}
