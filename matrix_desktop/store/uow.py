"""The unit of work: one session, one transaction, rolled back unless committed."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self, TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from matrix_desktop.core.audit_seal import AuditSealPort
from matrix_desktop.core.errors import MatrixError, ReadOnlyDatabase
from matrix_desktop.store.db import BUSY_TIMEOUT_MS, read_only_reason
from matrix_desktop.store.flags_repo import SqlFlagRepository
from matrix_desktop.store.forwarding_repo import SqlForwardingRepository
from matrix_desktop.store.inbox_repo import SqlInboxRepository
from matrix_desktop.store.insight_repo import SqlInsightRepository
from matrix_desktop.store.publishing_repo import SqlPublishingRepository
from matrix_desktop.store.repositories import (
    SqlAccountRepository,
    SqlAuditRepository,
    SqlCompanyRepository,
    SqlMemberRepository,
)
from matrix_desktop.store.weibo_repo import SqlSyncRepository, SqlTokenMetaRepository

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How many SQLite virtual-machine steps pass between two looks at the clock of `read_within`.
_STEPS_PER_LOOK = 1000


class SqlUnitOfWork:
    """A transaction over every repository. Leaving the block without `commit()` rolls back."""

    def __init__(self, factory: sessionmaker[Session], engine: Engine | None = None,
                 seal: AuditSealPort | None = None) -> None:
        self._factory = factory
        self._engine = engine
        self._conn: Connection | None = None
        self._seal = seal

    def __enter__(self) -> Self:
        if self._engine is not None and (why := read_only_reason(self._engine)) is not None:
            # Refused before any work: a change to a read-only database could never be saved.
            raise ReadOnlyDatabase(f"{why}: it can be read but not changed; nothing was saved")
        if self._engine is not None:
            # A writer holds one connection for its whole life: a unit of work that commits page by page
            # (a sync) must not open a new connection (and re-run its PRAGMAs) for every page.
            self._conn = self._engine.connect()
            self.session = self._factory(bind=self._conn)
        else:
            self.session = self._factory()
        s = self.session
        self.accounts = SqlAccountRepository(s)
        self.audit = SqlAuditRepository(s, self._seal)
        self.company = SqlCompanyRepository(s)
        self.members = SqlMemberRepository(s)
        self.sync = SqlSyncRepository(s)
        self.tokens = SqlTokenMetaRepository(s)
        self.flags = SqlFlagRepository(s)
        self.forwarding = SqlForwardingRepository(s)
        self.inbox = SqlInboxRepository(s)
        self.publishing = SqlPublishingRepository(s)
        self.insight = SqlInsightRepository(s)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def commit(self) -> None:
        self.session.commit()
        pending, self.audit.pending_head = self.audit.pending_head, None
        if pending is not None and self._seal is not None:
            # The anchor moves in the same step as the append. If the keyring fails now, the entries are
            # committed and sealed; the head only lags, which verification tolerates (core.audit_seal).
            try:
                self._seal.advance(*pending)
            except MatrixError as exc:
                log.warning("the audit head could not be anchored in the keyring: %s", exc)


class SqlUnitOfWorkFactory:
    """Makes units of work on one engine; `readonly()` ones never take SQLite's write lock."""

    def __init__(self, engine: Engine, seal: AuditSealPort | None = None) -> None:
        self.engine = engine
        #: Where audit entries are sealed (the keyring); set by the composition root.
        self.seal = seal
        self._write = sessionmaker(engine, expire_on_commit=False)
        self._read = sessionmaker(engine.execution_options(matrix_readonly=True), expire_on_commit=False)

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._write, self.engine, self.seal)

    def readonly(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._read, None, self.seal)

    def read_within(self, read: Callable[[SqlUnitOfWork], T], budget_s: float) -> T | None:
        """`read` in a read-only unit of work if SQLite answers within `budget_s`, else None.

        For the one screen of rows a view shows first: a local file answers an indexed `LIMIT 50` in well
        under a millisecond, less than handing the work to a thread and its answer back costs. Never longer
        than the budget on the calling thread: SQLite's progress handler interrupts the statement at the
        budget, and a database another connection has locked is not waited for. PostgreSQL is across a
        network: always None, the caller asks a worker.
        """
        if self.engine.dialect.name != "sqlite":
            return None
        deadline = time.perf_counter() + budget_s
        with self.readonly() as uow:
            raw: Any = uow.session.connection().connection.dbapi_connection
            raw.set_progress_handler(lambda: time.perf_counter() > deadline, _STEPS_PER_LOOK)
            raw.execute("PRAGMA busy_timeout=0")
            try:
                return read(uow)
            except (OperationalError, sqlite3.OperationalError) as exc:  # interrupted at the budget, or locked
                log.debug("a read within %.0f ms gave up: %s", budget_s * 1000, exc)
                return None
            finally:
                raw.set_progress_handler(None, 0)
                raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
