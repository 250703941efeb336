"""The account registry service: create, edit, archive, list, import and export the matrix's accounts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from matrix_desktop.core.accounts import (
    Account,
    AccountInput,
    AccountQuery,
    AccountRole,
    normalise_input,
    validate_input,
)
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.csvio import (
    ImportPlan,
    decode_csv_bytes,
    format_accounts_csv,
    parse_accounts_file,
    plan_account_import,
)
from matrix_desktop.core.errors import EditConflict, ImportRejected, NotFound, RowProblem, ValidationError
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWork, UnitOfWorkFactory
from matrix_desktop.core.progress import NEVER_CANCELLED, CancelToken, Progress, ProgressSink, no_progress

EDITORS = (MemberRole.OPERATOR, MemberRole.ADMIN)
#: Accounts written between two progress reports (and cancel checks) of an import.
IMPORT_BATCH = 5000


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int

    @property
    def total(self) -> int:
        return self.created + self.updated


class AccountRegistry:
    """Keeps the matrix's accounts. Every write is one transaction and is audited."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider) -> None:
        self._uow = uow
        self._actor = actor

    # -- reading ------------------------------------------------------------------------------------
    def search(self, query: AccountQuery | None = None) -> list[Account]:
        with self._uow.readonly() as uow:
            return uow.accounts.search(query or AccountQuery())

    def count(self, query: AccountQuery | None = None) -> int:
        with self._uow.readonly() as uow:
            return uow.accounts.count(query or AccountQuery())

    def ids(self, query: AccountQuery) -> list[int]:
        with self._uow.readonly() as uow:
            return uow.accounts.ids(query)

    def by_ids(self, ids: Sequence[int]) -> list[Account]:
        with self._uow.readonly() as uow:
            return uow.accounts.by_ids(ids)

    def get(self, uid: str) -> Account:
        with self._uow.readonly() as uow:
            account = uow.accounts.get(uid)
        if account is None:
            raise NotFound(f"no account with uid {uid}")
        return account

    def warnings(self) -> list[str]:
        """Matrix-level advice that is not an error: a missing official or leader account."""
        with self._uow.readonly() as uow:
            out: list[str] = []
            if not uow.accounts.active_with_role(AccountRole.OFFICIAL):
                out.append("The matrix has no official account yet.")
            if not uow.accounts.active_with_role(AccountRole.LEADER):
                out.append("The matrix has no leader account: a leader's voice is part of every matrix "
                           "(seed 001), and fans like to talk to the people in charge.")
            return out

    # -- writing ------------------------------------------------------------------------------------
    def create(self, data: AccountInput) -> Account:
        actor = self._actor()
        actor.require("register accounts", *EDITORS)
        data = normalise_input(data)
        _raise_if_invalid(data)
        with self._uow() as uow:
            if uow.accounts.get(data.uid) is not None:
                raise ValidationError(f"an account with uid {data.uid} is already registered")
            _check_official(uow, data, exclude_id=None)
            account = uow.accounts.add(data)
            uow.audit.append(actor.name, "account.create", data.uid, {"screen_name": data.screen_name,
                                                                      "role": data.role.value})
            uow.commit()
            return account

    def update(self, account_id: int, data: AccountInput, read: Account | None = None) -> Account:
        """Save an edit of the account. `read` is the account as the editor read it: when another save
        (a teammate's desktop, a sync) changed the account since, fields both changed make the save fail
        with EditConflict naming them, and nothing is written; fields only this edit changed are saved
        onto the newer version, so the other save's fields are never overwritten with stale values."""
        actor = self._actor()
        actor.require("edit accounts", *EDITORS)
        data = normalise_input(data)
        _raise_if_invalid(data)
        with self._uow() as uow:
            current = uow.accounts.get_by_id(account_id)
            if current is None:
                raise NotFound(f"account #{account_id} no longer exists")
            if read is not None and read.version != current.version:
                data = _merge_edit(read, current, data)
            other = uow.accounts.get(data.uid)
            if other is not None and other.id != account_id:
                raise ValidationError(f"uid {data.uid} belongs to another account ({other.screen_name})")
            if not current.archived:
                _check_official(uow, data, exclude_id=account_id)
            changed = _diff(current.as_input(), data)
            if uow.accounts.take_version(account_id, current.version, changed, actor.name) is None:
                raise _conflict(uow, account_id, read or current)
            account = uow.accounts.update(account_id, data)
            uow.audit.append(actor.name, "account.update", data.uid, {"changed": changed})
            uow.commit()
            return account

    def archive(self, account_id: int, read: Account | None = None) -> Account:
        return self._set_archived(account_id, True, read)

    def restore(self, account_id: int, read: Account | None = None) -> Account:
        return self._set_archived(account_id, False, read)

    def _set_archived(self, account_id: int, archived: bool, read: Account | None) -> Account:
        actor = self._actor()
        actor.require("archive accounts", *EDITORS)
        with self._uow() as uow:
            current = uow.accounts.get_by_id(account_id)
            if current is None:
                raise NotFound(f"account #{account_id} no longer exists")
            if read is not None and read.archived != current.archived:
                raise _conflict(uow, account_id, read)  # archived or restored by someone else meanwhile
            if not archived:
                _check_official(uow, current.as_input(), exclude_id=account_id)
            if uow.accounts.take_version(account_id, current.version, ["archived"], actor.name) is None:
                raise _conflict(uow, account_id, read or current)
            account = uow.accounts.set_archived(account_id, archived)
            uow.audit.append(actor.name, "account.archive" if archived else "account.restore", current.uid, {})
            uow.commit()
            return account

    def import_csv(self, raw: bytes, progress: ProgressSink = no_progress,
                   cancel: CancelToken = NEVER_CANCELLED) -> ImportReport:
        """Import (create or update by uid) every row, or nothing: one bad row rejects the file.

        Raises ImportRejected listing every bad row with its line number and reason. The file is read and
        checked before the write transaction; the registry is read in a few queries and written in batches
        under it, so the write lock is held for seconds even for 100,000 rows and readers never wait.
        Updated accounts move to their next edit version (an editor holding the old one gets a conflict).
        """
        actor = self._actor()
        actor.require("import accounts", *EDITORS)
        progress(Progress(0, 0, "reading the file"))
        parsed = parse_accounts_file(decode_csv_bytes(raw))
        rows = parsed.rows
        total = len(rows)
        cancel.raise_if_cancelled()
        progress(Progress(0, total, "checking accounts"))
        with self._uow() as uow:
            existing = uow.accounts.by_uids([d.uid for _line, d in rows])
            problems: list[RowProblem] = []
            officials = {a.uid: a for a in uow.accounts.active_with_role(AccountRole.OFFICIAL)}
            for line, data in rows:
                if data.role is AccountRole.OFFICIAL:
                    officials[data.uid] = existing.get(data.uid) or Account(0, data.uid, data.screen_name, data.role)
                elif data.uid in officials:
                    del officials[data.uid]
                if len(officials) > 1 and data.role is AccountRole.OFFICIAL:
                    names = ", ".join(sorted(a.screen_name for a in officials.values()))
                    problems.append(RowProblem(line, f"a second official account ({names}); the matrix has one"))
            if problems:
                raise ImportRejected(problems)
            # Only the file's columns change existing accounts (see csvio.plan_account_import).
            plan = plan_account_import(parsed, existing.get)
            del existing
            done = 0
            for i in range(0, len(plan.create), IMPORT_BATCH):
                cancel.raise_if_cancelled()
                batch = plan.create[i:i + IMPORT_BATCH]
                uow.accounts.add_many(batch)
                done += len(batch)
                progress(Progress(done, total, "importing accounts"))
            for i in range(0, len(plan.update), IMPORT_BATCH):
                cancel.raise_if_cancelled()
                ubatch = plan.update[i:i + IMPORT_BATCH]
                uow.accounts.update_many([(a_id, d, list(c.changes)) for a_id, d, c in ubatch], actor.name)
                done += len(ubatch)
                progress(Progress(done, total, "importing accounts"))
            created, updated = len(plan.create), len(plan.update) + plan.unchanged
            cancel.raise_if_cancelled()
            uow.audit.append(actor.name, "account.import", "", {
                "created": created, "updated": updated, "columns": sorted(parsed.columns),
                "changes": {c.uid: {f: [old, new] for f, (old, new) in c.changes.items()}
                            for _i, _d, c in plan.update}})
            progress(Progress(total, total, "saving"))
            uow.commit()
        progress(Progress(total, total, "imported"))
        return ImportReport(created, updated)

    def preview_import(self, raw: bytes) -> ImportPlan:
        """What `import_csv(raw)` would create, change (field: old -> new) and clear; nothing is written."""
        self._actor().require("import accounts", *EDITORS)
        parsed = parse_accounts_file(decode_csv_bytes(raw))
        with self._uow.readonly() as uow:
            existing = uow.accounts.by_uids([d.uid for _line, d in parsed.rows])
        return plan_account_import(parsed, existing.get)

    def export_csv(self, query: AccountQuery | None = None) -> str:
        """The accounts matching `query` as UTF-8 CSV text with a BOM."""
        with self._uow.readonly() as uow:
            return format_accounts_csv(uow.accounts.search(query or AccountQuery(include_archived=True)))


def _raise_if_invalid(data: AccountInput) -> None:
    problems = validate_input(data)
    if problems:
        raise ValidationError(problems)


def _check_official(uow: UnitOfWork, data: AccountInput, exclude_id: int | None) -> None:
    if data.role is not AccountRole.OFFICIAL:
        return
    others = [a for a in uow.accounts.active_with_role(AccountRole.OFFICIAL) if a.id != exclude_id]
    if others:
        raise ValidationError(
            f"{others[0].screen_name} is already the official account; a matrix has one official account "
            "(archive it or change its role first)"
        )


def _diff(before: AccountInput, after: AccountInput) -> list[str]:
    return [f for f in before.__dataclass_fields__ if getattr(before, f) != getattr(after, f)]


def _theirs(read: Account, current: Account) -> list[str]:
    """What other saves changed since the editor read the account."""
    return _diff(read.as_input(), current.as_input()) + (["archived"] if read.archived != current.archived else [])


def _merge_edit(read: Account, current: Account, data: AccountInput) -> AccountInput:
    """This edit's fields on top of the newer version; refused when both changed the same field."""
    mine = _diff(read.as_input(), data)
    theirs = _theirs(read, current)
    clash = [f for f in theirs if f in mine]
    if clash:
        raise EditConflict("account", f"{current.screen_name} ({current.uid})", tuple(theirs),
                           current.changed_by, read.version, current.version)
    return replace(current.as_input(), **{f: getattr(data, f) for f in mine})


def _conflict(uow: UnitOfWork, account_id: int, read: Account) -> EditConflict:
    """A save that lost a race (PostgreSQL: another transaction committed between our read and write)."""
    now = uow.accounts.get_by_id(account_id)
    if now is None:
        return EditConflict("account", f"#{account_id}", ("deleted",), "", read.version, 0)
    return EditConflict("account", f"{now.screen_name} ({now.uid})", tuple(_theirs(read, now)) or now.changed,
                        now.changed_by, read.version, now.version)
