"""The matrix's forwarding rules (who forwards whom, how) and each forwarder's settings."""

from __future__ import annotations

from matrix_desktop.core.accounts import AccountQuery, AccountRole
from matrix_desktop.core.errors import NotFound, ValidationError
from matrix_desktop.core.forwarding import (
    ForwardRule,
    validate_rule,
)
from matrix_desktop.core.forwarding.records import (
    PLANNERS,
    ForwarderSettings,
)
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory


class ForwardMatrix:
    """Forwarding rules and per-account settings."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider) -> None:
        self._uow = uow
        self._actor = actor

    def rules(self) -> list[ForwardRule]:
        with self._uow.readonly() as uow:
            return uow.forwarding.rules()

    def put_rule(self, rule: ForwardRule) -> None:
        """Add or replace the edge source → forwarder; refused with every problem in words."""
        actor = self._actor()
        actor.require("change forwarding rules", *PLANNERS)
        problems = validate_rule(rule)
        if rule.source_uid == rule.forwarder_uid:
            problems.append("an account does not forward its own posts")
        with self._uow() as uow:
            for uid in (rule.source_uid, rule.forwarder_uid):
                if uid and uow.accounts.get(uid) is None:
                    problems.append(f"account {uid} is not registered in the matrix")
            if problems:
                raise ValidationError(problems)
            uow.forwarding.put_rule(rule)
            uow.audit.append(actor.name, "forward.rule.put", rule.forwarder_uid,
                             {"source": rule.source_uid, "action": rule.action.value,
                              "kinds": sorted(rule.post_kinds), "templates": len(rule.templates)})
            uow.commit()

    def remove_rule(self, source_uid: str, forwarder_uid: str) -> None:
        actor = self._actor()
        actor.require("change forwarding rules", *PLANNERS)
        with self._uow() as uow:
            if not uow.forwarding.remove_rule(source_uid, forwarder_uid):
                raise NotFound(f"no rule {source_uid} → {forwarder_uid}")
            uow.audit.append(actor.name, "forward.rule.remove", forwarder_uid, {"source": source_uid})
            uow.commit()

    def default_rules(self) -> int:
        """The usual matrix (seed 001): everyone amplifies the official account; sub-brands and employees
        amplify the leaders. Adds only missing edges; returns how many were added."""
        actor = self._actor()
        actor.require("change forwarding rules", *PLANNERS)
        with self._uow() as uow:
            accounts = uow.accounts.search(AccountQuery())
            have = {(r.source_uid, r.forwarder_uid) for r in uow.forwarding.rules()}
            added = 0
            for src in accounts:
                if src.role not in (AccountRole.OFFICIAL, AccountRole.LEADER):
                    continue
                for f in accounts:
                    if f.uid == src.uid or (src.role is AccountRole.LEADER and f.role is not AccountRole.SUB_BRAND
                                            and f.role is not AccountRole.EMPLOYEE):
                        continue
                    if (src.uid, f.uid) in have:
                        continue
                    uow.forwarding.put_rule(ForwardRule(src.uid, f.uid))
                    added += 1
            uow.audit.append(actor.name, "forward.rule.defaults", "", {"added": added})
            uow.commit()
        return added

    def settings(self) -> dict[str, ForwarderSettings]:
        with self._uow.readonly() as uow:
            return uow.forwarding.all_settings()

    def settings_of(self, uid: str) -> ForwarderSettings:
        return self.settings().get(uid) or ForwarderSettings(uid)

    def put_settings(self, st: ForwarderSettings) -> None:
        actor = self._actor()
        actor.require("change forwarding settings", *PLANNERS)
        problems = []
        if not 0 <= st.daily_cap <= 100:
            problems.append(f"the daily cap {st.daily_cap} must be between 0 and 100")
        if len(st.slogan) > 60:
            problems.append("the slogan is longer than 60 characters")
        if problems:
            raise ValidationError(problems)
        with self._uow() as uow:
            if uow.accounts.get(st.account_uid) is None:
                raise NotFound(f"account {st.account_uid} is not registered in the matrix")
            uow.forwarding.put_settings(st)
            uow.audit.append(actor.name, "forward.settings", st.account_uid,
                             {"daily_cap": st.daily_cap, "opted_out": st.opted_out,
                              "quiet_hours": str(st.quiet_hours or "")})
            uow.commit()
