"""Verification flags over a real database (SQLite and PostgreSQL): re-check, review, history, audit,
and the sandbox acceptance run — sync the demo company, then change one verification and sync again."""

from __future__ import annotations

import pytest

from matrix_desktop.app.bootstrap import AppServices, bootstrap
from matrix_desktop.core.accounts import AccountInput, AccountRole
from matrix_desktop.core.company import CompanyProfile, MemberRole
from matrix_desktop.core.errors import PermissionDenied, ValidationError
from matrix_desktop.core.flags import FlagKind, FlagQuery, FlagState
from matrix_desktop.weibo.sandbox import demo
from matrix_desktop.weibo.sandbox.server import SandboxServer

ALL = FlagQuery(states=frozenset())


def register(s: AppServices, uid: str, name: str, role: AccountRole = AccountRole.EMPLOYEE, **kw: object) -> None:
    s.registry.create(AccountInput(uid=uid, screen_name=name, role=role, **kw))  # type: ignore[arg-type]


def edit(s: AppServices, uid: str, **changes: object) -> None:
    a = s.registry.get(uid)
    data = a.as_input()
    s.registry.update(a.id, AccountInput(**{**data.__dict__, **changes}))  # type: ignore[arg-type]


def test_without_a_company_profile_a_recheck_does_nothing_and_says_why(services: AppServices) -> None:
    register(services, "1000000001", "陈晓", verified=True, verified_type=0, verified_reason="星河乳业市场总监")
    report = services.flags.reevaluate()
    assert "set the company profile first" in report.skipped
    assert services.flags.list(ALL) == []


def test_recheck_opens_keeps_and_resolves_with_history_and_audit(services: AppServices) -> None:
    register(services, "1000000001", "陈晓", verified=True, verified_type=0, verified_reason="星河乳业市场总监")
    register(services, "1000000002", "小鹿爱喝奶", description="星河乳业忠实粉丝")
    register(services, "1000000003", "周总", AccountRole.LEADER)
    report = services.company.set(demo.DEMO_COMPANY)
    assert len(report.opened) == 2
    flags = {f.account_uid: f for f in services.flags.list()}
    assert set(flags) == {"1000000001", "1000000003"}
    assert flags["1000000001"].kind is FlagKind.EMPLOYEE_LINK and flags["1000000001"].span == (0, 8)
    assert flags["1000000003"].kind is FlagKind.LEADER_UNVERIFIED
    assert flags["1000000001"].account_name == "陈晓"

    again = services.flags.reevaluate()
    assert not again.opened and not again.resolved and again.kept == 2

    edit(services, "1000000001", verified_reason="美食博主")
    services.flags.reevaluate(["1000000001"])
    gone = services.flags.get(flags["1000000001"].id)
    assert gone.state is FlagState.RESOLVED and gone.state_reason == "verification changed"
    assert gone.updated_by == "system" and gone.closed_at is not None
    steps = [(e.actor, e.from_state, e.to_state, e.reason) for e in services.flags.history(gone.id)]
    assert steps[1:] == [("system", FlagState.OPEN, FlagState.RESOLVED, "verification changed")]
    audit = [(e.actor, e.action, e.account_uid) for e in services.audit.entries("flag.")]
    assert ("system", "flag.resolve", "1000000001") in audit
    assert sum(1 for _a, action, _u in audit if action == "flag.open") == 2
    assert services.flags.count_open() == 1


def test_acknowledge_resolve_and_waive_are_audited_and_a_waiver_survives_rechecks(services: AppServices) -> None:
    services.members.add("admin", frozenset({MemberRole.ADMIN}))
    services.members.add("lin", frozenset({MemberRole.OPERATOR}))
    services.act_as("admin")
    register(services, "1000000001", "陈晓", verified=True, verified_type=0, verified_reason="星河乳业市场总监")
    register(services, "1000000002", "老刘", verified=True, verified_type=0, verified_reason="星河乳业 品控工程师")
    services.company.set(demo.DEMO_COMPANY)
    services.act_as("lin")
    first, second = sorted(services.flags.list(), key=lambda f: f.account_uid)

    assert services.flags.acknowledge(first.id).state is FlagState.ACKNOWLEDGED
    with pytest.raises(ValidationError, match="only an open flag"):
        services.flags.acknowledge(first.id)
    with pytest.raises(ValidationError, match="reason is required"):
        services.flags.waive(second.id, "  ")
    assert services.flags.get(second.id).state is FlagState.OPEN  # the refused waiver changed nothing

    waived = services.flags.waive(second.id, "品控对外发声经公司授权")
    assert waived.state is FlagState.WAIVED and waived.updated_by == "lin"
    resolved = services.flags.resolve(first.id, "认证已申请修改")
    assert resolved.state is FlagState.RESOLVED and resolved.state_reason == "认证已申请修改"

    report = services.flags.recheck()
    # The resolved flag's text is still there: a new flag opens. The waived one is left alone.
    assert [f.account_uid for f in report.opened] == ["1000000001"]
    assert services.flags.get(second.id).state is FlagState.WAIVED
    assert [e.to_state for e in services.flags.history(first.id)] == [
        FlagState.OPEN, FlagState.ACKNOWLEDGED, FlagState.RESOLVED]
    mine = [(e.action, e.detail.get("reason")) for e in _entries(services) if e.actor == "lin"]
    assert ("flag.acknowledge", "") in mine and ("flag.waive", "品控对外发声经公司授权") in mine
    assert ("flag.resolve", "认证已申请修改") in mine
    assert ("flag.open", None) in mine  # a member's re-check is audited under their name


def _entries(services: AppServices) -> list:  # type: ignore[type-arg]
    with services.uow.readonly() as uow:
        return uow.audit.all()


def test_only_admins_change_the_company_profile_and_names_are_cleaned(services: AppServices) -> None:
    services.members.add("admin", frozenset({MemberRole.ADMIN}))
    services.members.add("lin", frozenset({MemberRole.OPERATOR}))
    services.act_as("lin")
    with pytest.raises(PermissionDenied, match="admin"):
        services.company.set(CompanyProfile("星河乳业股份有限公司"))
    services.act_as("admin")
    with pytest.raises(ValidationError, match="legal name is required"):
        services.company.set(CompanyProfile("  "))
    services.company.set(CompanyProfile(" 星河乳业股份有限公司 ", aliases=("星河", " 星河 ", ""), ticker=" XHDY "))
    assert services.company.get() == CompanyProfile("星河乳业股份有限公司", aliases=("星河",), ticker="XHDY")
    assert [e.action for e in services.audit.entries("company.")] == ["company.update"]


def test_filters_and_sorting_happen_in_sql(services: AppServices) -> None:
    register(services, "1000000001", "陈晓", verified=True, verified_type=0, verified_reason="星河乳业市场总监")
    register(services, "1000000002", "赵敏", description="星河牛奶 华东区销售经理")
    register(services, "1000000003", "周总", AccountRole.LEADER)
    services.company.set(demo.DEMO_COMPANY)
    by_severity = services.flags.list(FlagQuery())
    assert by_severity[0].account_uid == "1000000001"  # high first
    assert [f.account_uid for f in services.flags.list(FlagQuery(kinds=frozenset({FlagKind.LEADER_UNVERIFIED})))] \
        == ["1000000003"]
    assert [f.account_uid for f in services.flags.list(FlagQuery(text="华东"))] == ["1000000002"]
    assert [f.account_uid for f in services.flags.list(FlagQuery(text="陈"))] == ["1000000001"]
    assert services.flags.count(FlagQuery(text="100%")) == 0  # % is taken literally


@pytest.mark.keyring
def test_sandbox_sync_flags_exactly_the_linked_employees_and_a_changed_verification_resolves(
        sandbox: SandboxServer, db_url: str) -> None:
    services = bootstrap(db_url)
    try:
        services.credentials.import_bundle(sandbox.credentials())
        services.company.set(demo.DEMO_COMPANY)
        report = services.sync.sync()
        assert not report.failed, report.summary()

        def uids(kind: FlagKind) -> set[int]:
            return {int(f.account_uid) for f in services.flags.list(FlagQuery(states=frozenset({FlagState.OPEN})))
                    if f.kind is kind}

        assert uids(FlagKind.EMPLOYEE_LINK) == demo.DEMO_LINKED_EMPLOYEE_UIDS
        assert uids(FlagKind.LEADER_UNVERIFIED) == demo.DEMO_UNVERIFIED_LEADER_UIDS
        assert uids(FlagKind.EMPLOYEE_ORG_VERIFIED) == set()

        changed = min(demo.DEMO_LINKED_EMPLOYEE_UIDS)
        flag = next(f for f in services.flags.list() if f.account_uid == str(changed))
        sandbox.set_profile(changed, verified_reason="美食博主")
        services.sync.sync()

        after = services.flags.get(flag.id)
        assert after.state is FlagState.RESOLVED and after.state_reason == "verification changed"
        assert after.updated_by == "system"
        assert uids(FlagKind.EMPLOYEE_LINK) == demo.DEMO_LINKED_EMPLOYEE_UIDS - {changed}
        resolves = [e for e in services.audit.entries("flag.resolve") if e.account_uid == str(changed)]
        assert [(e.actor, e.detail["reason"]) for e in resolves] == [("system", "verification changed")]
    finally:
        services.close()
