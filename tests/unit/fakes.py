"""In-memory stand-ins for the ports (`core.ports`), for unit tests of the services' decisions.

`FakeUnitOfWorkFactory` keeps the data in plain dicts and gives each unit of work a copy, written back
only on `commit()`: a service that forgets to commit, or fails half-way, leaves nothing behind, as with
the real database. It implements the parts of the repositories that the send decisions use (forwarding
entries, reply drafts, tokens, the audit); a call to anything else fails loudly with AttributeError.

`FakeWeiboPlatform` answers as the platform would from what the test put there (reposts and comments
on posts), records every write, and raises scripted errors: `platform.script("repost", RateLimited(...))`
makes the next repost fail that way. Nothing here opens a socket or a file.
"""

from __future__ import annotations

import copy
import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any, Self

from matrix_desktop.core.accounts import Account, AccountQuery, AccountRole
from matrix_desktop.core.audit import AuditEntry
from matrix_desktop.core.company import Member
from matrix_desktop.core.credentials import TokenMeta, TokenState
from matrix_desktop.core.forwarding.records import (
    Claimed,
    EntryState,
    ForwarderSettings,
    ForwardNotice,
    ForwardPlanRecord,
    PlanEntry,
    PlanState,
    SkippedAccount,
)
from matrix_desktop.core.forwarding.rules import ForwardRule
from matrix_desktop.core.inbox.records import DraftState, InboxItem, ReplyDraft
from matrix_desktop.core.progress import NEVER_CANCELLED, CancelToken
from matrix_desktop.core.secret import Secret
from matrix_desktop.core.weibo import PlatformItem, PlatformUser, RateLimitStatus, TokenGrant, TokenInfo

_RUNNABLE = {PlanState.APPROVED, PlanState.EXECUTING}
_FINAL = {EntryState.SENT, EntryState.SKIPPED, EntryState.FAILED}


# -- storage ------------------------------------------------------------------------------------------


@dataclass
class Data:
    """Everything the fake database holds."""

    accounts: dict[str, Account] = field(default_factory=dict)
    members: dict[str, Member] = field(default_factory=dict)
    tokens: dict[str, TokenMeta] = field(default_factory=dict)
    audit: list[AuditEntry] = field(default_factory=list)
    plans: dict[int, ForwardPlanRecord] = field(default_factory=dict)
    posts: dict[str, tuple[str, str, str, datetime]] = field(default_factory=dict)
    entries: dict[int, PlanEntry] = field(default_factory=dict)
    claims: dict[int, tuple[str, datetime | None]] = field(default_factory=dict)  # entry → (worker, lease)
    rules: list[ForwardRule] = field(default_factory=list)
    settings: dict[str, ForwarderSettings] = field(default_factory=dict)
    notices: list[ForwardNotice] = field(default_factory=list)
    items: dict[int, InboxItem] = field(default_factory=dict)
    drafts: dict[int, ReplyDraft] = field(default_factory=dict)
    synced_reposts: dict[str, dict[str, str]] = field(default_factory=dict)  # post → account → its repost
    team_settings: dict[str, Any] = field(default_factory=dict)
    inbox_settings: dict[str, Any] = field(default_factory=dict)

    def actions(self) -> list[str]:
        return [e.action for e in self.audit]


class _Accounts:
    def __init__(self, d: Data) -> None:
        self.d = d

    def get(self, uid: str) -> Account | None:
        return self.d.accounts.get(uid)

    def search(self, query: AccountQuery) -> list[Account]:
        return [a for a in self.d.accounts.values() if query.include_archived or not a.archived]

    def active_with_role(self, role: AccountRole) -> list[Account]:
        return [a for a in self.d.accounts.values() if a.role is role and not a.archived]


class _Members:
    def __init__(self, d: Data) -> None:
        self.d = d

    def get(self, name: str) -> Member | None:
        return self.d.members.get(name)

    def all(self) -> list[Member]:
        return list(self.d.members.values())

    def count(self) -> int:
        return len(self.d.members)


class _Audit:
    def __init__(self, d: Data) -> None:
        self.d = d

    def append(self, actor: str, action: str, account_uid: str = "", detail: dict[str, Any] | None = None
               ) -> AuditEntry:
        e = AuditEntry(len(self.d.audit) + 1, datetime.now(UTC), actor, action, account_uid, dict(detail or {}),
                       "", "")
        self.d.audit.append(e)
        return e

    def all(self) -> list[AuditEntry]:
        return list(self.d.audit)


class _Tokens:
    def __init__(self, d: Data) -> None:
        self.d = d

    def get(self, uid: str) -> TokenMeta | None:
        return self.d.tokens.get(uid)

    def all(self) -> list[TokenMeta]:
        return [self.d.tokens[k] for k in sorted(self.d.tokens)]

    def put(self, meta: TokenMeta) -> None:
        self.d.tokens[meta.account_uid] = meta


class _Flags:
    def __init__(self, d: Data) -> None:
        self.d = d

    def live(self, uids: Sequence[str] | None = None) -> list[Any]:
        return []


class _Forwarding:
    def __init__(self, d: Data) -> None:
        self.d = d

    def plan(self, plan_id: int, lock: bool = False,
             skipped: Sequence[SkippedAccount] | None = None) -> ForwardPlanRecord:
        return self.d.plans[plan_id]

    def take_plan_version(self, plan_id: int, expected: int | None, changed: Sequence[str], by: str
                          ) -> int | None:
        p = self.d.plans[plan_id]
        if expected is not None and p.row_version != expected:
            return None
        self.d.plans[plan_id] = replace(p, row_version=p.row_version + 1, changed=tuple(changed), changed_by=by)
        return p.row_version + 1

    def entries(self, plan_id: int) -> list[PlanEntry]:
        return sorted((e for e in self.d.entries.values() if e.plan_id == plan_id), key=lambda e: (e.at, e.id))

    def entry(self, entry_id: int) -> PlanEntry:
        return self.d.entries[entry_id]

    def rules(self, source_uid: str | None = None) -> list[ForwardRule]:
        return [r for r in self.d.rules if source_uid is None or r.source_uid == source_uid]

    def has_rules(self) -> bool:
        return bool(self.d.rules)

    def forwarder_rows(self, now: datetime) -> list[tuple[str, str, AccountRole, TokenState,
                                                       ForwarderSettings | None]]:
        def state(m: TokenMeta | None) -> TokenState:
            return m.effective_state(now, timedelta(0)) if m else TokenState.NONE

        return [(a.uid, a.screen_name, a.role, state(self.d.tokens.get(a.uid)), self.d.settings.get(a.uid))
                for a in self.d.accounts.values() if not a.archived]

    def all_settings(self) -> dict[str, ForwarderSettings]:
        return dict(self.d.settings)

    def post(self, mid: str) -> tuple[str, str, str, datetime] | None:
        return self.d.posts.get(mid)

    def used_texts(self, post_mid: str, exclude_plan: int | None = None) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for e in self.d.entries.values():
            if self.d.plans[e.plan_id].post_mid == post_mid and e.plan_id != exclude_plan:
                out[e.account_uid].add(e.text)
        return dict(out)

    def forwards_between(self, start: datetime, end: datetime, exclude_plan: int | None = None
                         ) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for e in self.d.entries.values():
            if start <= e.at < end and e.plan_id != exclude_plan and e.state is not EntryState.SKIPPED:
                out[e.account_uid] += 1
        return dict(out)

    def claim_due(self, now: datetime, worker_id: str, lease_until: datetime, limit: int) -> list[Claimed]:
        out = []
        for e in sorted(self.d.entries.values(), key=lambda e: (e.at, e.id)):
            if self.d.plans[e.plan_id].state not in _RUNNABLE:
                continue
            lease = self.d.claims.get(e.id, ("", None))[1]
            due = (e.state is EntryState.APPROVED and e.at <= now) or (
                e.state is EntryState.SENDING and lease is not None and lease < now)
            if not due or len(out) >= limit:
                continue
            claimed = replace(e, state=EntryState.SENDING, attempts=e.attempts + 1)
            self.d.entries[e.id] = claimed
            self.d.claims[e.id] = (worker_id, lease_until)
            out.append(Claimed(claimed, self.d.plans[e.plan_id].post_mid, e.state is EntryState.SENDING))
        return out

    def finish(self, entry_id: int, worker_id: str, state: EntryState, answer: str, platform_id: str = "",
               at: datetime | None = None, text: str | None = None) -> bool:
        e = self.d.entries[entry_id]
        if e.state is not EntryState.SENDING or self.d.claims.get(entry_id, ("", None))[0] != worker_id:
            return False
        self.d.entries[entry_id] = replace(e, state=state, answer=answer, platform_id=platform_id or e.platform_id,
                                           at=at or e.at, text=e.text if text is None else text)
        self.d.claims[entry_id] = (worker_id, None)
        if all(x.state in _FINAL for x in self.d.entries.values() if x.plan_id == e.plan_id):
            self.d.plans[e.plan_id] = replace(self.d.plans[e.plan_id], state=PlanState.DONE)
        return True

    def note_text(self, entry_id: int, worker_id: str, text: str) -> bool:
        e = self.d.entries[entry_id]
        if e.state is not EntryState.SENDING or self.d.claims.get(entry_id, ("", None))[0] != worker_id:
            return False
        self.d.entries[entry_id] = replace(e, text=text)
        return True

    def already_forwarded(self, post_mid: str) -> dict[str, str]:
        out = dict(self.d.synced_reposts.get(post_mid, {}))
        for e in self.d.entries.values():
            if self.d.plans[e.plan_id].post_mid == post_mid and e.state is EntryState.SENT:
                out.setdefault(e.account_uid, e.platform_id)
        return out

    def recent_texts(self, since: datetime) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for e in self.d.entries.values():
            if e.at >= since and e.state is not EntryState.SKIPPED:
                out[e.account_uid].add(e.text)
        return dict(out)

    def team_setting(self, key: str) -> Any:
        return self.d.team_settings.get(key)

    def put_team_setting(self, key: str, value: Any, by: str) -> None:
        self.d.team_settings[key] = value

    def add_notice(self, kind: str, account_uid: str, plan_id: int | None, text: str) -> None:
        self.d.notices.append(ForwardNotice(len(self.d.notices) + 1, datetime.now(UTC), kind, account_uid,
                                            plan_id, text))


class _Inbox:
    def __init__(self, d: Data) -> None:
        self.d = d

    def get(self, item_id: int) -> InboxItem:
        return self.d.items[item_id]

    def update_item(self, item_id: int, **fields: Any) -> None:
        self.d.items[item_id] = replace(self.d.items[item_id], **fields)

    def drafts(self, *, states: Sequence[str] = (), item_id: int | None = None,
               account_uid: str = "") -> list[ReplyDraft]:
        return [d for d in sorted(self.d.drafts.values(), key=lambda d: d.id)
                if (not states or d.state in states) and (item_id is None or d.item_id == item_id)
                and (not account_uid or d.account_uid == account_uid)]

    def draft(self, draft_id: int) -> ReplyDraft:
        return self.d.drafts[draft_id]

    def update_draft(self, draft_id: int, **fields: Any) -> None:
        # Columns the record does not carry (pending_edit_at) are stored by the real repository only.
        known = {f.name for f in dataclasses.fields(ReplyDraft)}
        self.d.drafts[draft_id] = replace(self.d.drafts[draft_id], **{k: v for k, v in fields.items() if k in known})

    def take_draft_version(self, draft_id: int, expected: int | None, changed: Sequence[str], by: str
                           ) -> int | None:
        d = self.d.drafts[draft_id]
        if expected is not None and d.version != expected:
            return None
        self.d.drafts[draft_id] = replace(d, version=d.version + 1, changed=tuple(changed), changed_by=by)
        return d.version + 1

    def claim_draft(self, draft_id: int, from_states: Sequence[str], to_state: str) -> bool:
        if self.d.drafts[draft_id].state not in from_states:
            return False
        self.update_draft(draft_id, state=to_state)
        return True

    def add_draft(self, item_id: int, *, source: str, suggested_text: str, edited_text: str = "",
                  entry_keys: Sequence[str] = (), tone_issues: Sequence[dict[str, Any]] = (),
                  written_by: str = "") -> int:
        new_id = max(self.d.drafts, default=0) + 1
        i = self.d.items[item_id]
        self.d.drafts[new_id] = ReplyDraft(
            new_id, item_id, source, suggested_text, edited_text, tuple(entry_keys), tuple(tone_issues),
            DraftState.WAITING_REVIEW, written_by, "", None, "", "", "", datetime.now(UTC), None, i.account_uid,
            i.author_name, i.text, i.category)
        return new_id

    def setting(self, key: str) -> Any:
        return copy.deepcopy(self.d.inbox_settings.get(key))

    def put_setting(self, key: str, value: Any, by: str) -> None:
        self.d.inbox_settings[key] = copy.deepcopy(value)


class FakeUnitOfWork:
    """A transaction over a copy of the data; `commit()` writes the copy back."""

    def __init__(self, factory: FakeUnitOfWorkFactory, readonly: bool) -> None:
        self._factory = factory
        self._readonly = readonly

    def __enter__(self) -> Self:
        self.data = copy.deepcopy(self._factory.data)
        d = self.data
        self.accounts, self.members, self.audit = _Accounts(d), _Members(d), _Audit(d)
        self.tokens, self.flags, self.forwarding, self.inbox = _Tokens(d), _Flags(d), _Forwarding(d), _Inbox(d)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.data = Data()  # what was not committed is gone

    def commit(self) -> None:
        if self._readonly:
            raise AssertionError("a read-only unit of work was committed")
        self._factory.data = self.data
        self._factory.commits += 1


class FakeUnitOfWorkFactory:
    def __init__(self, data: Data | None = None) -> None:
        self.data = data or Data()
        self.commits = 0

    def __call__(self) -> FakeUnitOfWork:
        return FakeUnitOfWork(self, readonly=False)

    def readonly(self) -> FakeUnitOfWork:
        return FakeUnitOfWork(self, readonly=True)

    def read_within(self, read: Any, budget_s: float) -> Any:
        with self.readonly() as uow:  # plain dicts in memory: always within any budget
            return read(uow)


class FakeSecretStore:
    """The keyring's port in memory."""

    backend_name = "memory"

    def __init__(self) -> None:
        self.tokens: dict[str, Secret] = {}
        self.app: tuple[str, Secret] | None = None

    def check(self) -> None:
        pass

    def set_app_credentials(self, app_key: str, app_secret: Secret) -> None:
        self.app = (app_key, app_secret)

    def app_key(self) -> str | None:
        return self.app[0] if self.app else None

    def app_secret(self) -> Secret | None:
        return self.app[1] if self.app else None

    def delete_app_credentials(self) -> None:
        self.app = None

    def set_token(self, uid: str, token: Secret) -> None:
        self.tokens[uid] = token

    def token(self, uid: str) -> Secret | None:
        return self.tokens.get(uid)

    def delete_token(self, uid: str) -> None:
        self.tokens.pop(uid, None)


# -- the platform -------------------------------------------------------------------------------------


@dataclass
class Write:
    """One write the platform accepted: what kind, as whom (the token), on which post, with which text."""

    kind: str
    token: str
    mid: str
    text: str
    id: str
    reply_to: str = ""


class FakeWeiboPlatform:
    """The platform's behaviour as far as the send decisions see it (see the module docstring)."""

    base_url = "http://platform.test"

    def __init__(self) -> None:
        self.owners: dict[str, str] = {}  # token → uid
        self.reposts: dict[str, list[PlatformItem]] = defaultdict(list)
        self.comments: dict[str, list[PlatformItem]] = defaultdict(list)
        self.writes: list[Write] = []
        self.calls: list[str] = []
        self._script: dict[str, list[BaseException | str]] = defaultdict(list)
        self._ids = 7_000_000
        self.expired: set[str] = set()  # tokens `get_token_info` calls dead

    def script(self, call: str, *outcomes: BaseException | str) -> None:
        """The next calls of `call` fail with these errors in turn; the string "lost" means the write goes
        through but its answer is lost (`WriteOutcomeUnknown` after the fact), "ok" that it just works."""
        self._script[call].extend(outcomes)

    def token_for(self, uid: str) -> str:
        token = f"2.00tok{uid}"
        self.owners[token] = uid
        return token

    def session(self, token: str | None, *, cancel: CancelToken = NEVER_CANCELLED) -> FakeSession:
        return FakeSession(self, token or "")

    def authorize_url(self, app_key: str, redirect_uri: str, state: str) -> str:
        return f"{self.base_url}/oauth2/authorize?client_id={app_key}&state={state}"

    def exchange_code(self, app_key: str, app_secret: str, code: str, redirect_uri: str) -> TokenGrant:
        raise NotImplementedError("not used by the decisions under test")

    def redirect_catcher(self) -> Any:
        raise NotImplementedError("not used by the decisions under test")

    def _next_id(self) -> str:
        self._ids += 1
        return str(self._ids)

    def _outcome(self, call: str) -> bool:
        """Raise a scripted error for `call`; True when the write should go through with its answer lost."""
        self.calls.append(call)
        if self._script[call]:
            outcome = self._script[call].pop(0)
            if isinstance(outcome, BaseException):
                raise outcome
            return outcome == "lost"
        return False


class FakeSession:
    def __init__(self, platform: FakePlatformLike, token: str) -> None:
        self.p = platform
        self.token = token

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        pass

    @property
    def uid(self) -> str:
        return self.p.owners.get(self.token, "")

    def token_info(self) -> TokenInfo:
        from matrix_desktop.core.weibo_errors import TokenExpired

        self.p._outcome("token_info")
        if self.token in self.p.expired:
            raise TokenExpired(21327, "expired_token", "/oauth2/get_token_info", 403)
        return TokenInfo(self.uid, "app", None, 0, 86400)

    def revoke(self) -> bool:
        return True

    def rate_limit(self) -> RateLimitStatus:
        return RateLimitStatus(150, 3600)

    def user(self, uid: str) -> PlatformUser:
        return PlatformUser(uid, f"user{uid}")

    def reposts_of(self, mid: str, max_items: int = 2000) -> Iterator[PlatformItem]:
        self.p._outcome("reposts_of")
        return iter(list(self.p.reposts[mid])[:max_items])

    def comments_on(self, mid: str, max_items: int = 2000) -> Iterator[PlatformItem]:
        self.p._outcome("comments_on")
        return iter(list(self.p.comments[mid])[:max_items])

    def _write(self, kind: str, mid: str, text: str, into: dict[str, list[PlatformItem]],
               reply_to: str = "") -> str:
        from matrix_desktop.core.weibo_errors import WriteOutcomeUnknown

        lost = self.p._outcome(kind)
        new_id = self.p._next_id()
        into[mid].append(PlatformItem(new_id, self.uid, text, reply_to))
        self.p.writes.append(Write(kind, self.token, mid, text, new_id, reply_to))
        if lost:
            raise WriteOutcomeUnknown(0, "answer lost", f"/2/{kind}.json", 0)
        return new_id

    def repost(self, mid: str, text: str) -> str:
        return self._write("repost", mid, text, self.p.reposts)

    def comment(self, mid: str, text: str) -> str:
        return self._write("comment", mid, text, self.p.comments)

    def reply(self, comment_id: str, mid: str, text: str, without_mention: bool = False) -> str:
        return self._write("reply", mid, text, self.p.comments, reply_to=comment_id)

    def delete_comment(self, comment_id: str) -> str:
        from matrix_desktop.core.weibo_errors import ApiPermissionDenied, TargetNotFound

        self.p._outcome("delete_comment")
        for mid, items in self.p.comments.items():
            for c in items:
                if c.id == comment_id:
                    if c.author_uid != self.uid:
                        raise ApiPermissionDenied(20203, "Not your own comment!", "/2/comments/destroy.json", 400)
                    items.remove(c)
                    self.p.writes.append(Write("delete", self.token, mid, c.text, c.id))
                    return c.id
        raise TargetNotFound(20201, "Target weibo comment does not exist!", "/2/comments/destroy.json", 400)

    def my_comments(self, since_id: int = 0, max_items: int = 2000) -> Iterator[PlatformItem]:
        mine = [c for items in self.p.comments.values() for c in items if c.author_uid == self.uid]
        return iter(mine[:max_items])

    def share(self, text: str, picture: bytes | None = None) -> str:
        return self._write("share", "", text, self.p.comments)


FakePlatformLike = FakeWeiboPlatform


def writes_by(platform: FakeWeiboPlatform, kind: str) -> list[Write]:
    return [w for w in platform.writes if w.kind == kind]


def connected(data: Data, uids: Iterable[str], now: datetime | None = None) -> None:
    """Token metadata saying these accounts are connected (what the services read before a send)."""
    now = now or datetime.now(UTC)
    for uid in uids:
        data.tokens[uid] = TokenMeta(uid, "platform.test", "", now, None, now, TokenState.CONNECTED, "")
