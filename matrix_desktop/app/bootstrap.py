"""The composition root: the one place where the store, the Weibo client and the keyring meet."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import unquote

from sqlalchemy import Engine, text

from matrix_desktop.app import paths
from matrix_desktop.app.config import Config
from matrix_desktop.core.audit_seal import KeyringAuditSeal
from matrix_desktop.core.errors import PermissionDenied
from matrix_desktop.core.identity import NOBODY, SETUP_ACTOR, Actor
from matrix_desktop.core.secret import SecretStorePort
from matrix_desktop.services.accounts import AccountRegistry
from matrix_desktop.services.audit import AuditTrail
from matrix_desktop.services.credentials import CredentialService
from matrix_desktop.services.flags import CompanyService, FlagService
from matrix_desktop.services.forwarding import Forwarding
from matrix_desktop.services.inbox import Inbox
from matrix_desktop.services.insight import Insight
from matrix_desktop.services.members import MemberService
from matrix_desktop.services.publishing import Publishing
from matrix_desktop.services.sync import SyncService
from matrix_desktop.store.db import create_db_engine, migrate_to_head, read_only_reason
from matrix_desktop.store.uow import SqlUnitOfWorkFactory

if TYPE_CHECKING:
    from matrix_desktop.weibo.platform import HttpWeiboPlatform


@dataclass
class AppServices:
    """Everything the UI and the command line use, built once per database and member."""

    db_url: str
    engine: Engine
    uow: SqlUnitOfWorkFactory
    config: Config
    actor: Actor = SETUP_ACTOR
    master_password: Callable[[], str | None] | None = None
    registry: AccountRegistry = field(init=False)
    members: MemberService = field(init=False)
    audit: AuditTrail = field(init=False)

    def __post_init__(self) -> None:
        config = self.config
        self.platform = cast("HttpWeiboPlatform", _PlatformOnFirstUse(
            lambda: config.settings().weibo_base_url, timeout=lambda: config.settings().weibo_timeout_seconds,
            rip=lambda: config.settings().weibo_rip))
        self.registry = AccountRegistry(self.uow, self.current_actor)
        self.members = MemberService(self.uow, self.current_actor)
        self.audit = AuditTrail(self.uow, self.current_actor)
        self.credentials = CredentialService(
            self.uow, self._open_secret_store, self.current_actor, self.platform,
            expiry_warning_days=lambda: config.settings().credentials_expiry_warning_days,
            use_base_url=lambda url: config.set("weibo.base_url", url, actor=self.actor))
        self.sync = SyncService(self.uow, self.credentials, self.platform)
        self.flags = FlagService(self.uow, self.current_actor)
        self.company = CompanyService(self.uow, self.current_actor, self.flags)
        self.forwarding = Forwarding.build(self.uow, self.current_actor, self.credentials, self.platform)
        self.inbox = Inbox.build(self.uow, self.current_actor, self.credentials, self.platform,
                                 corpus=triage_corpus())
        self.publishing = Publishing.build(
            self.uow, self.current_actor, self.credentials, self.platform,
            safe_domain=lambda: config.settings().weibo_safe_domain,
            plan_forwarding=lambda mid: self.forwarding.plans.plan(mid).id,
            paid_summary=self.forwarding.campaigns.campaign_summary)
        # After a sync: re-check the synced accounts' verification, then ingest what they brought in.
        self.sync.after_sync.append(self.flags.after_sync)
        self.sync.after_sync.append(self.inbox.after_sync)
        # ... then snapshot the synced accounts' followers and look for keyword spikes.
        self.insight = Insight.build(self.uow, self.current_actor,
                                     expiry_warning_days=lambda: config.settings().credentials_expiry_warning_days,
                                     campaigns=self.forwarding.campaigns)
        self.sync.after_sync.append(self.insight.after_sync)
        if self.uow.seal is None:  # audit entries are sealed with a key kept in the same keyring
            self.uow.seal = KeyringAuditSeal(self.credentials.store)

    @property
    def database_label(self) -> str:
        """The database as a person names it: the file's path, or the server and database (no password)."""
        url = self.engine.url
        if url.drivername.startswith("sqlite"):
            return unquote(str(url.database or "").removeprefix("file:"))
        return f"{url.host or 'localhost'}/{url.database or ''}"

    @property
    def read_only(self) -> str | None:
        """Why this database can only be read (a read-only file or file system), or None."""
        return read_only_reason(self.engine)

    def _open_secret_store(self, base_url: str) -> SecretStorePort:
        from matrix_desktop.secrets.store import open_secret_store

        return open_secret_store(self.config.settings().keyring_backend, api_base_url=base_url,
                                 master_password=self.master_password)

    def current_actor(self) -> Actor:
        return self.actor

    def act_as(self, name: str | None) -> Actor:
        """Choose who is working. With no name: the setup actor while no member exists yet."""
        self.actor = resolve_actor(self.uow, name)
        return self.actor

    def close(self) -> None:
        self.engine.dispose()


class _PlatformOnFirstUse:
    """The Open API platform, built when first used: its HTTP client (requests, urllib3) and the OAuth
    redirect catcher (werkzeug) are not imported before the window's first paint, only when a sync, a
    sign-in or a send first needs them. Everything is passed on to the real `HttpWeiboPlatform`."""

    def __init__(self, base_url: Callable[[], str], **options: Any) -> None:
        self.__dict__["_make"] = (base_url, options)
        self.__dict__["_lock"] = threading.Lock()
        self.__dict__["_real"] = None

    def _platform(self) -> HttpWeiboPlatform:
        with self.__dict__["_lock"]:  # two workers may ask at once: one platform all the same
            real = self.__dict__["_real"]
            if real is None:
                from matrix_desktop.weibo.platform import HttpWeiboPlatform

                base_url, options = self.__dict__["_make"]
                real = self.__dict__["_real"] = HttpWeiboPlatform(base_url, **options)
            return cast("HttpWeiboPlatform", real)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._platform(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._platform(), name, value)


def triage_corpus() -> Callable[[], list[Any]] | None:
    """The labelled comments the triage model is retrained on, where this copy of the app has them."""
    directory = Path(__file__).resolve().parents[2] / "resources" / "corpus" / "triage"
    if not directory.is_dir():
        return None

    def load() -> list[Any]:
        from matrix_desktop.core.inbox.model import load_corpus

        return load_corpus(directory)
    return load


def signed_in_member(uow: SqlUnitOfWorkFactory) -> str | None:
    """Team mode: on PostgreSQL each member connects with a login of their own name, and the server's
    authentication is the sign-in. The member whose name is the connection's login, if any."""
    if uow.engine.dialect.name != "postgresql":
        return None
    with uow.readonly() as u:
        login = str(u.session.execute(text("SELECT current_user")).scalar_one())
        member = u.members.get(login)
        return member.name if member is not None and member.active else None


def resolve_actor(uow: SqlUnitOfWorkFactory, name: str | None) -> Actor:
    signed_in = signed_in_member(uow)
    if signed_in is not None:
        if name and name != signed_in:
            raise PermissionDenied(f"signed in to the team database as {signed_in}; acting as {name} needs "
                                   f"{name}'s own database login")
        name = signed_in
    with uow.readonly() as u:
        if name:
            member = u.members.get(name)
            if member is None or not member.active:
                raise PermissionDenied(f"{name} is not an active team member (see `matrix-desktop members list`)")
            return Actor.of(member)
        if u.members.count() == 0:
            return SETUP_ACTOR
    raise PermissionDenied("say who is working: --as NAME or the MATRIX_USER variable")


def bootstrap(db_url: str | None = None, actor: str | None = None, config: Config | None = None,
              migrate: bool = True, require_actor: bool = False) -> AppServices:
    """Open (and migrate) the database and build the services for the member named `actor`."""
    url = db_url or os.environ.get("MATRIX_DB_URL") or paths.default_db_url()
    engine = create_db_engine(url)
    if migrate:
        migrate_to_head(engine)
    uow = SqlUnitOfWorkFactory(engine)
    services = AppServices(url, engine, uow, config or Config())
    name = actor or os.environ.get("MATRIX_USER") or None
    if name or require_actor:
        services.act_as(name)
    else:
        try:
            services.act_as(None)
        except PermissionDenied:
            services.actor = NOBODY
    return services
