"""Repositories for the foundation tables. They return core dataclasses, never live ORM rows."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, case, func, or_, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from matrix_desktop.core.accounts import (
    Account,
    AccountInput,
    AccountQuery,
    AccountRole,
    SortKey,
    name_sort_key,
)
from matrix_desktop.core.audit import GENESIS_HASH, AuditEntry, canonical_detail, entry_hash
from matrix_desktop.core.audit_seal import (
    AuditHead,
    AuditKey,
    AuditSealError,
    AuditSealPort,
    AuditTrailUnreadable,
    sealed_hash,
)
from matrix_desktop.core.company import CompanyProfile, Member, MemberRole
from matrix_desktop.core.errors import NotFound, changed_keys
from matrix_desktop.core.secret import SecretStoreError
from matrix_desktop.store.models import (
    AccountRow,
    AuditChainRow,
    AuditRow,
    CompanyRow,
    MemberRoleRow,
    MemberRow,
)
from matrix_desktop.store.models.base import utcnow
from matrix_desktop.store.versioning import take_version

# A PostgreSQL advisory lock key that serialises appends to the audit chain across processes.
AUDIT_LOCK_KEY = 0x4D415458


def like_pattern(text_: str) -> str:
    """A LIKE pattern for a substring search, with the user's % and _ taken literally."""
    escaped = text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def account_from_row(r: AccountRow, connected: bool = False) -> Account:
    return Account(
        id=r.id, uid=r.uid, screen_name=r.screen_name, role=AccountRole(r.role), owner=r.owner, team=r.team,
        verified=r.verified, verified_type=r.verified_type, verified_reason=r.verified_reason,
        description=r.description, followers_count=r.followers_count, friends_count=r.friends_count,
        statuses_count=r.statuses_count, archived=r.archived, connected=connected, created_at=r.created_at,
        updated_at=r.updated_at, profile_synced_at=r.profile_synced_at, version=r.row_version or 1,
        changed=changed_keys(r.changed_fields or ""), changed_by=r.changed_by or "",
    )


_ROLE_ORDER = case(
    {"official": 0, "leader": 1, "sub_brand": 2}, value=AccountRow.role, else_=3
)


class SqlAccountRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _filtered(self, q: AccountQuery, stmt: Select[Any]) -> Select[Any]:
        if q.roles:
            stmt = stmt.where(AccountRow.role.in_([r.value for r in q.roles]))
        if not q.include_archived:
            stmt = stmt.where(AccountRow.archived.is_(False))
        if q.text.strip():
            pattern = like_pattern(q.text.strip())
            stmt = stmt.where(or_(
                AccountRow.screen_name.ilike(pattern, escape="\\"), AccountRow.uid.like(pattern, escape="\\"),
                AccountRow.owner.ilike(pattern, escape="\\"), AccountRow.team.ilike(pattern, escape="\\"),
                AccountRow.verified_reason.ilike(pattern, escape="\\"),
            ))
        return stmt

    def _ordered(self, q: AccountQuery, stmt: Select[Any]) -> Select[Any]:
        if q.sort is SortKey.ROLE:
            key: Any = _ROLE_ORDER
        elif q.sort is SortKey.SCREEN_NAME:
            key = AccountRow.sort_name
        else:
            key = getattr(AccountRow, q.sort.value)
        primary = key.desc() if q.descending else key.asc()
        stmt = stmt.order_by(primary, AccountRow.sort_name.asc(), AccountRow.id.asc())
        if q.limit is not None:
            stmt = stmt.limit(q.limit)
        if q.offset:
            stmt = stmt.offset(q.offset)
        return stmt

    def get(self, uid: str) -> Account | None:
        row = self.s.scalar(select(AccountRow).where(AccountRow.uid == uid))
        return None if row is None else account_from_row(row)

    def get_by_id(self, account_id: int) -> Account | None:
        row = self.s.get(AccountRow, account_id)
        return None if row is None else account_from_row(row)

    def add(self, data: AccountInput) -> Account:
        row = AccountRow(**_input_fields(data))
        self.s.add(row)
        self.s.flush()
        return account_from_row(row)

    def update(self, account_id: int, data: AccountInput) -> Account:
        row = self.s.get(AccountRow, account_id)
        if row is None:
            raise NotFound(f"account #{account_id} no longer exists")
        for k, v in _input_fields(data).items():
            setattr(row, k, v)
        row.updated_at = utcnow()
        self.s.flush()
        return account_from_row(row)

    def set_archived(self, account_id: int, archived: bool) -> Account:
        row = self.s.get(AccountRow, account_id)
        if row is None:
            raise NotFound(f"account #{account_id} no longer exists")
        row.archived = archived
        row.updated_at = utcnow()
        self.s.flush()
        return account_from_row(row)

    def by_uids(self, uids: Sequence[str]) -> dict[str, Account]:
        """The registered accounts among `uids`, by uid (a few queries, not one per uid: an import's check)."""
        out: dict[str, Account] = {}
        wanted = list(dict.fromkeys(uids))
        for i in range(0, len(wanted), _CHUNK):
            for r in self.s.execute(select(AccountRow).where(AccountRow.uid.in_(wanted[i:i + _CHUNK]))
                                    .execution_options(yield_per=_CHUNK)).scalars():
                out[r.uid] = account_from_row(r)
            self.s.expunge_all()  # a 100,000-row check must not keep every row in the identity map
        return out

    def add_many(self, items: Sequence[AccountInput]) -> None:
        """Insert new accounts in one executemany per chunk (an import of 100,000 rows)."""
        now = utcnow()
        table: Any = AccountRow.__table__
        for i in range(0, len(items), _CHUNK):
            self.s.execute(table.insert(), [{**_input_fields(d), "archived": False, "created_at": now,
                                             "updated_at": now, "row_version": 1, "changed_fields": "",
                                             "changed_by": ""} for d in items[i:i + _CHUNK]])

    def update_many(self, items: Sequence[tuple[int, AccountInput, Sequence[str]]], by: str) -> None:
        """Save imported changes onto existing accounts, each moving to its next version."""
        from sqlalchemy import bindparam, update

        table: Any = AccountRow.__table__
        values: dict[str, Any] = {k: bindparam(f"v_{k}") for k in _input_fields(AccountInput("0", "x", AccountRole.EMPLOYEE))}
        stmt = (update(table).where(table.c.id == bindparam("b_id"))
                .values(**values, updated_at=bindparam("v_updated_at"), row_version=table.c.row_version + 1,
                        changed_fields=bindparam("v_changed_fields"), changed_by=by[:80]))
        now = utcnow()
        for i in range(0, len(items), _CHUNK):
            self.s.execute(stmt, [{"b_id": account_id, "v_updated_at": now, "v_changed_fields": ",".join(changed),
                                   **{f"v_{k}": v for k, v in _input_fields(d).items()}}
                                  for account_id, d, changed in items[i:i + _CHUNK]])

    def take_version(self, account_id: int, expected: int | None, changed: Sequence[str], by: str
                     ) -> int | None:
        """Move the account to its next version if it is still at `expected` (see store.versioning)."""
        return take_version(self.s, AccountRow, account_id, expected, changed, by)

    def search(self, query: AccountQuery) -> list[Account]:
        stmt = self._ordered(query, self._filtered(query, select(AccountRow)))
        return [account_from_row(r) for r in self.s.scalars(stmt)]

    def count(self, query: AccountQuery) -> int:
        stmt = self._filtered(query, select(func.count(AccountRow.id)))
        return int(self.s.scalar(stmt) or 0)

    def ids(self, query: AccountQuery) -> list[int]:
        stmt = self._ordered(query, self._filtered(query, select(AccountRow.id)))
        return list(self.s.scalars(stmt))

    def by_ids(self, ids: Sequence[int]) -> list[Account]:
        if not ids:
            return []
        rows = {r.id: r for r in self.s.scalars(select(AccountRow).where(AccountRow.id.in_(list(ids))))}
        return [account_from_row(rows[i]) for i in ids if i in rows]

    def active_with_role(self, role: AccountRole) -> list[Account]:
        stmt = select(AccountRow).where(AccountRow.role == role.value, AccountRow.archived.is_(False))
        return [account_from_row(r) for r in self.s.scalars(stmt.order_by(AccountRow.id))]


#: Rows per statement of an import (below every driver's parameter limit).
_CHUNK = 900


def _input_fields(d: AccountInput) -> dict[str, Any]:
    return {
        "uid": d.uid, "screen_name": d.screen_name, "sort_name": name_sort_key(d.screen_name), "role": d.role.value, "owner": d.owner, "team": d.team,
        "verified": d.verified, "verified_type": d.verified_type, "verified_reason": d.verified_reason,
        "description": d.description, "followers_count": d.followers_count, "friends_count": d.friends_count,
        "statuses_count": d.statuses_count,
    }


class SqlAuditRepository:
    """Appends to and reads the audit chain. With a `seal` (the keyring), entries are HMAC-sealed and the
    head to anchor after commit is left in `pending_head`; without one (no keyring was ever available
    for this trail) they get the legacy SHA-256 chain. See core.audit_seal."""

    def __init__(self, session: Session, seal: AuditSealPort | None = None) -> None:
        self.s = session
        self._seal = seal
        self.pending_head: tuple[str, AuditHead] | None = None

    def append(self, actor: str, action: str, account_uid: str = "", detail: dict[str, Any] | None = None
               ) -> AuditEntry:
        if self.s.get_bind().dialect.name == "postgresql":
            self.s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK_KEY})
        last = self.s.scalar(select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1))
        prev = last or GENESIS_HASH
        at = utcnow()
        body = canonical_detail(detail or {})
        row = AuditRow(at=at, actor=actor, action=action, account_uid=account_uid, detail=body,
                       prev_hash=prev, hash=entry_hash(prev, at, actor, action, account_uid, body))
        self.s.add(row)
        self.s.flush()  # the id is part of what is sealed
        sealing = self._sealing_key(row.id)
        if sealing is not None:
            chain_id, key = sealing
            row.hash = sealed_hash(key.key, row.id, prev, at, actor, action, account_uid, body)
            self.s.flush()
            count = int(self.s.scalar(select(func.count(AuditRow.id))) or 0)
            self.pending_head = (chain_id, AuditHead(count, row.id, row.hash))
        return audit_from_row(row)

    def _sealing_key(self, entry_id: int) -> tuple[str, AuditKey] | None:
        if self._seal is None:
            return None
        chain = self.s.get(AuditChainRow, 1)
        if chain is None:
            raise AuditSealError("the audit trail's chain record is missing from the database; "
                                 "nothing can be audited until it is restored")
        try:
            key = self._seal.key(chain.chain_id)
        except SecretStoreError:
            if chain.sealed_from is None:
                return None  # never sealed and no keyring here: the legacy chain, as before
            raise
        if key is None:
            if chain.sealed_from is not None:
                raise AuditSealError(
                    "the audit trail of this database is sealed with a key this keyring does not hold; "
                    "work from the machine whose keyring holds it (nothing was changed)")
            key = self._seal.create_key(chain.chain_id, sealed_from=entry_id)
        if chain.sealed_from is None:
            chain.sealed_from = key.sealed_from
        return chain.chain_id, key

    def chain(self) -> tuple[str, int | None]:
        """This trail's id (naming its keyring items) and the first sealed entry id (None: none yet)."""
        try:
            chain = self.s.get(AuditChainRow, 1)
        except DBAPIError as exc:
            raise AuditTrailUnreadable(f"the audit trail's chain record cannot be read ({_first_line(exc)})") from None
        if chain is None:
            raise AuditTrailUnreadable("the audit trail's chain record is missing from the database")
        return chain.chain_id, chain.sealed_from

    def all(self) -> list[AuditEntry]:
        try:
            return [audit_from_row(r) for r in self.s.scalars(select(AuditRow).order_by(AuditRow.id))]
        except DBAPIError as exc:
            raise AuditTrailUnreadable(f"the audit table cannot be read ({_first_line(exc)})") from None


def _first_line(exc: DBAPIError) -> str:
    text_ = str(exc.orig).strip()
    return text_.splitlines()[0] if text_ else type(exc.orig).__name__


def audit_from_row(r: AuditRow) -> AuditEntry:
    return AuditEntry(id=r.id, at=r.at, actor=r.actor, action=r.action, account_uid=r.account_uid,
                      detail=json.loads(r.detail or "{}"), prev_hash=r.prev_hash, hash=r.hash)


class SqlCompanyRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self) -> CompanyProfile:
        row = self.s.scalar(select(CompanyRow).order_by(CompanyRow.id).limit(1))
        if row is None:
            return CompanyProfile()
        return CompanyProfile(row.legal_name, tuple(row.aliases or ()), tuple(row.english_names or ()),
                              row.ticker, tuple(row.business_keywords or ()))

    def save(self, profile: CompanyProfile) -> None:
        row = self.s.scalar(select(CompanyRow).order_by(CompanyRow.id).limit(1))
        if row is None:
            row = CompanyRow()
            self.s.add(row)
        row.legal_name = profile.legal_name
        row.aliases = list(profile.aliases)
        row.english_names = list(profile.english_names)
        row.ticker = profile.ticker
        row.business_keywords = list(profile.business_keywords)
        row.updated_at = utcnow()
        self.s.flush()


def member_from_row(r: MemberRow) -> Member:
    return Member(r.id, r.name, r.display_name, frozenset(MemberRole(x.role) for x in r.roles), r.active)


class SqlMemberRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, name: str) -> Member | None:
        row = self.s.scalar(select(MemberRow).where(MemberRow.name == name))
        return None if row is None else member_from_row(row)

    def all(self) -> list[Member]:
        return [member_from_row(r) for r in self.s.scalars(select(MemberRow).order_by(MemberRow.name))]

    def add(self, name: str, roles: frozenset[MemberRole], display_name: str = "") -> Member:
        row = MemberRow(name=name, display_name=display_name)
        row.roles = [MemberRoleRow(role=r.value) for r in sorted(roles)]
        self.s.add(row)
        self.s.flush()
        return member_from_row(row)

    def set_roles(self, name: str, roles: frozenset[MemberRole]) -> Member:
        row = self.s.scalar(select(MemberRow).where(MemberRow.name == name))
        if row is None:
            raise NotFound(f"no team member named {name}")
        row.roles = [MemberRoleRow(role=r.value) for r in sorted(roles)]
        self.s.flush()
        return member_from_row(row)

    def set_active(self, name: str, active: bool) -> Member:
        row = self.s.scalar(select(MemberRow).where(MemberRow.name == name))
        if row is None:
            raise NotFound(f"no team member named {name}")
        row.active = active
        self.s.flush()
        return member_from_row(row)

    def remove(self, name: str) -> None:
        row = self.s.scalar(select(MemberRow).where(MemberRow.name == name))
        if row is None:
            raise NotFound(f"no team member named {name}")
        self.s.delete(row)
        self.s.flush()

    def count(self) -> int:
        return int(self.s.scalar(select(func.count(MemberRow.id))) or 0)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
