"""The demo: the built-in sandbox with the demo company, connected and ready, in its own data dir.

`matrix-desktop demo` (the README's run command) uses it: a new user sees a living matrix within
seconds, and nothing touches their real database, settings or keyring entries for the real platform
(the sandbox's secrets are kept under its own host, 127.0.0.1).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from matrix_desktop.app import paths
from matrix_desktop.app.bootstrap import AppServices, bootstrap
from matrix_desktop.core.accounts import AccountRole
from matrix_desktop.core.company import MemberRole
from matrix_desktop.weibo.sandbox.demo import DEMO_COMPANY
from matrix_desktop.weibo.sandbox.server import SandboxServer

#: The demo team: the person trying the app works as 小周, who holds every role.
DEMO_MEMBERS = (
    ("小周", frozenset({MemberRole.ADMIN, MemberRole.OPERATOR, MemberRole.LEADER}), "周晓（管理员）"),
    ("王总监", frozenset({MemberRole.LEADER}), "王总监（品牌部）"),
    ("小林", frozenset({MemberRole.OPERATOR}), "林悦（运营编辑）"),
)
DEMO_ACTOR = "小周"

#: Who keeps each demo account and in which team, by role: the registry's owner and team columns.
DEMO_SUB_BRAND_TEAMS = {"星河鲜奶坊": "鲜奶事业部", "星河宝贝儿童奶": "儿童奶事业部", "星河酸奶实验室": "酸奶事业部"}
DEMO_EMPLOYEE_TEAMS = ("市场部", "品控部", "华东销售", "生产部", "人力资源部", "研发中心")


def demo_owner_and_team(role: AccountRole, screen_name: str, n: int) -> tuple[str, str]:
    """The demo's owner and team of an account: the official and the sub-brands are kept by the new-media
    team, the leaders' by the brand department, and each employee keeps their own account."""
    if role is AccountRole.OFFICIAL:
        return "小林", "新媒体中心"
    if role is AccountRole.LEADER:
        return "王总监", "品牌部"
    if role is AccountRole.SUB_BRAND:
        return "小林", DEMO_SUB_BRAND_TEAMS.get(screen_name, "品牌部")
    return screen_name, DEMO_EMPLOYEE_TEAMS[n % len(DEMO_EMPLOYEE_TEAMS)]


def fill_demo_owners(services: AppServices) -> int:
    """Give every demo account without an owner and team the demo's; returns how many were filled."""
    filled = 0
    for n, account in enumerate(sorted(services.registry.search(), key=lambda a: a.uid)):
        if account.owner or account.team:
            continue  # a person changed them: theirs stay
        owner, team = demo_owner_and_team(account.role, account.screen_name, n)
        services.registry.update(account.id, replace(account.as_input(), owner=owner, team=team))
        filled += 1
    return filled


@dataclass
class Demo:
    services: AppServices
    sandbox: SandboxServer
    home: Path

    def close(self) -> None:
        self.services.close()
        self.sandbox.stop()


def demo_home() -> Path:
    return paths.home() / "demo"


def start_demo(traffic_rate: float = 6.0, port: int = 0, fresh: bool = False) -> Demo:
    """Start the sandbox (classic tier, fan traffic flowing) and a connected demo database."""
    home = demo_home()
    if fresh and home.exists():
        import shutil

        shutil.rmtree(home)
    home.mkdir(parents=True, exist_ok=True)
    os.environ["MATRIX_HOME"] = str(home)  # the demo's own settings, logs and window state
    sandbox = SandboxServer(home / "sandbox", tier="classic", traffic_rate=traffic_rate, port=port).start()
    try:
        services = bootstrap(f"sqlite:///{home / 'matrix.db'}")
        with services.uow() as uow:
            if not uow.company.get().is_set:
                uow.company.save(DEMO_COMPANY)
                uow.audit.append("setup", "company.set", "", {"legal_name": DEMO_COMPANY.legal_name})
                uow.commit()
        if not services.members.all():
            for name, roles, display in DEMO_MEMBERS:
                services.act_as(None if not services.members.all() else DEMO_ACTOR)
                services.members.add(name, roles, display)
        services.act_as(DEMO_ACTOR)
        services.config.set("sync.interval_seconds", "60")
        services.credentials.import_bundle(sandbox.credentials())
        fill_demo_owners(services)
        if not services.forwarding.matrix.rules():
            # The usual matrix (seed 001): a new user plans a forward without having to learn the rules first.
            services.forwarding.matrix.default_rules()
        services.insight.keywords.ensure_defaults()  # brand, leaders' names, crisis words: watched from the start
        # The manual the suggested replies answer from: without it every question and complaint said "no
        # manual entry fits" (this once looked the loader up defensively, where it no longer was).
        services.inbox.manual.load_demo_manual()
        from matrix_desktop.app.demo_calendar import load_demo_calendar

        load_demo_calendar(services)
    except BaseException:
        sandbox.stop()
        raise
    return Demo(services, sandbox, home)
