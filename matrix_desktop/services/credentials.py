"""The credential service: app key/secret and account tokens in the keyring, metadata in the database.

Only admins see or change credentials; the check lives here, not only in hidden buttons. Every read,
change and use of a credential is audited. Sync and the forwarding worker get tokens through
`token_for_use`, which any team member's work may call and which is audited as a use, not a read.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from matrix_desktop.core.accounts import AccountInput, AccountQuery, AccountRole, parse_role
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.credentials import TokenMeta, TokenState, TokenStatus
from matrix_desktop.core.endpoint import parse_api_endpoint
from matrix_desktop.core.errors import MatrixError, NotFound, ValidationError
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.lanes import AccountLanes
from matrix_desktop.core.ports import RedirectCatcher, UnitOfWorkFactory, WeiboPlatform
from matrix_desktop.core.progress import NEVER_CANCELLED, CancelToken
from matrix_desktop.core.secret import Secret, SecretStorePort
from matrix_desktop.core.weibo import TokenGrant
from matrix_desktop.core.weibo_errors import OAuthError, TokenExpired, TokenInvalid, WeiboApiError

ADMIN = MemberRole.ADMIN


@dataclass
class OAuthAttempt:
    """A browser authorisation in progress: where to send the person, and who waits for the redirect."""

    url: str
    state: str
    catcher: RedirectCatcher

_ALL = AccountQuery(include_archived=False)


def api_host_of(base_url: str) -> str:
    """The platform a token belongs to, named as the keyring names it (one parse for both)."""
    try:
        return parse_api_endpoint(base_url).secret_key
    except ValueError:
        return base_url


def is_api_url(value: str) -> bool:
    try:
        parse_api_endpoint(value)
    except ValueError:
        return False
    return True


class CredentialService:
    """Keeps the Weibo app credentials and per-account OAuth tokens safe, and knows their state."""

    def __init__(self, uow: UnitOfWorkFactory, secrets: Callable[[str], SecretStorePort],
                 actor: ActorProvider, platform: WeiboPlatform, *,
                 expiry_warning_days: Callable[[], int] = lambda: 7,
                 use_base_url: Callable[[str], None] = lambda url: None, lanes: AccountLanes | None = None,
                 use_audit_window: timedelta = timedelta(hours=1),
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        """`use_base_url` is called when an imported bundle names the platform to talk to from now on.

        Repeated uses of the same tokens for the same purpose by the same member (the background sync
        every minute) are written once per `use_audit_window`; the next entry counts the ones folded in.
        """
        self._uow = uow
        self._open_secrets = secrets
        self._store: SecretStorePort | None = None
        self._store_url = ""
        self._actor = actor
        self._platform = platform
        self._expiry_warning_days = expiry_warning_days
        self._use_base_url = use_base_url
        #: Every service that calls the platform as an account does it inside that account's lane.
        self.lanes = lanes or AccountLanes()
        self._cache: dict[str, Secret] = {}
        self._lock = threading.Lock()
        self._use_window = use_audit_window
        self._clock = clock
        #: (member, account, purpose, accounts used) -> (when the last entry was written, uses folded since)
        self._uses: dict[tuple[str, str, str, tuple[str, ...]], tuple[datetime, int]] = {}

    # -- plumbing -----------------------------------------------------------------------------------
    def store(self) -> SecretStorePort:
        """The secret store, opened on first use (it may ask for a master password or be unavailable).

        Secrets are kept per platform host, so the store is reopened when `weibo.base_url` changes.
        """
        with self._lock:
            if self._store is None or self._store_url != self.base_url:
                self._store = self._open_secrets(self.base_url)
                self._store_url = self.base_url
                self._cache.clear()
            return self._store

    @property
    def base_url(self) -> str:
        return self._platform.base_url

    def _audit(self, action: str, uid: str = "", **detail: Any) -> None:
        with self._uow() as uow:
            uow.audit.append(self._actor().name, action, uid, detail)
            uow.commit()

    def _audit_use(self, uid: str, purpose: str, uids: tuple[str, ...] = (), **detail: Any) -> None:
        """A token use, coalesced: the same use again within the window only counts towards the next entry."""
        key = (self._actor().name, uid, purpose, uids)
        now = self._clock()
        with self._lock:
            last = self._uses.get(key)
            if last is not None and now - last[0] < self._use_window:
                self._uses[key] = (last[0], last[1] + 1)
                return
            folded = last[1] if last is not None else 0
            self._uses[key] = (now, 0)
        if folded:
            detail["repeats_since_last_entry"] = folded
        if uids:
            detail.update(accounts=len(uids), uids=list(uids))
        try:
            self._audit("credential.token.use", uid, purpose=purpose, **detail)
        except BaseException:
            with self._lock:  # not written: the next use writes it
                self._uses.pop(key, None)
            raise

    # -- app credentials ----------------------------------------------------------------------------
    def set_app_credentials(self, app_key: str, app_secret: Secret | None) -> None:
        """Store the app key and secret; an empty secret keeps the one stored (changing only the key)."""
        self._actor().require("change the Weibo app credentials", ADMIN)
        if app_secret is None or not app_secret.reveal().strip():
            app_secret = self.store().app_secret()
        if not app_key.strip() or app_secret is None or not app_secret.reveal().strip():
            raise ValidationError("both the app key and the app secret are needed")
        self.store().set_app_credentials(app_key.strip(), app_secret)
        self._audit("credential.app.set", app_key=app_key.strip())

    def app_key(self) -> str | None:
        self._actor().require("read the Weibo app key", ADMIN)
        key = self.store().app_key()
        self._audit("credential.app.read")
        return key

    def check_app_credentials(self, app_key: str, app_secret: Secret) -> None:
        """Ask the platform whether it knows this app key and secret, without storing them.

        The token endpoint checks the client before the code: a made-up code is refused as an invalid
        grant when the key and secret are right, and as an invalid client when they are not.
        """
        self._actor().require("change the Weibo app credentials", ADMIN)
        if not app_key.strip() or not app_secret.reveal().strip():
            raise ValidationError("both the app key and the app secret are needed")
        try:
            self._platform.exchange_code(app_key.strip(), app_secret.reveal(), "matrix-desktop-check-" +
                                         secrets.token_hex(8), "http://127.0.0.1/callback")
        except OAuthError as exc:
            if exc.code == 21324:  # invalid_client: the key or the secret is wrong
                raise
            return  # the platform knew the app and refused only the made-up code
        raise ValidationError("the platform accepted a made-up authorisation code; is this really the Weibo "
                              "Open API?")

    # -- account tokens -----------------------------------------------------------------------------
    def connect(self, uid: str, token: Secret, expires_in: int | None, scope: str = "") -> TokenStatus:
        """Store an account's token (replacing any older one) and mark the account connected."""
        self._actor().require("connect accounts", ADMIN)
        with self._uow.readonly() as uow:
            if uow.accounts.get(uid) is None:
                raise NotFound(f"account {uid} is not registered; add it to the registry first")
        self.store().set_token(uid, token)
        self._cache[uid] = token
        now = datetime.now(UTC)
        raw = token.reveal()
        meta = TokenMeta(uid, api_host_of(self.base_url), scope, now,
                         now + timedelta(seconds=expires_in) if expires_in else None, now, TokenState.CONNECTED,
                         raw[-4:] if len(raw) >= 12 else "")
        with self._uow() as uow:
            uow.tokens.put(meta)
            uow.audit.append(self._actor().name, "credential.token.connect", uid,
                             {"expires_at": meta.expires_at, "api_host": meta.api_host})
            uow.commit()
        return self.status(uid)

    def begin_connect(self) -> OAuthAttempt:
        """Start the browser flow: a loopback catcher for the redirect and the authorize page's URL."""
        self._actor().require("connect accounts", ADMIN)
        key = self.store().app_key()
        if not key:
            raise ValidationError("set the Weibo app key and secret first (Credentials → App credentials)")
        state = secrets.token_urlsafe(16)
        catcher = self._platform.redirect_catcher()
        url = self._platform.authorize_url(key, catcher.redirect_uri, state)
        return OAuthAttempt(url, state, catcher)

    def finish_connect(self, attempt: OAuthAttempt, cancel: CancelToken = NEVER_CANCELLED,
                       timeout: float = 300.0) -> TokenStatus:
        """Wait for the browser's redirect, then trade the code for a token and connect the account."""
        try:
            code = attempt.catcher.wait_for_code(attempt.state, timeout=timeout, cancel=cancel)
        finally:
            attempt.catcher.close()
        return self.connect_with_code(code, attempt.catcher.redirect_uri)

    def connect_with_code(self, code: str, redirect_uri: str) -> TokenStatus:
        """Finish with a code the admin pasted (when the redirect could not reach this machine)."""
        code = code.strip()
        if not code:
            raise ValidationError("the authorisation code is empty")
        self._actor().require("connect accounts", ADMIN)
        store = self.store()
        key, secret = store.app_key(), store.app_secret()
        if not key or secret is None:
            raise ValidationError("set the Weibo app key and secret first (Credentials → App credentials)")
        grant = self._platform.exchange_code(key, secret.reveal(), code, redirect_uri)
        self._register_if_new(grant)
        status = self.connect(grant.uid, Secret(grant.access_token), grant.expires_in)
        return status

    def _register_if_new(self, grant: TokenGrant) -> None:
        with self._uow.readonly() as uow:
            if uow.accounts.get(grant.uid) is not None:
                return
        with self._platform.session(grant.access_token) as client:
            user = client.user(grant.uid)
        with self._uow() as uow:
            uow.accounts.add(AccountInput(grant.uid, user.screen_name or grant.uid,
                                          AccountRole.EMPLOYEE))
            uow.audit.append(self._actor().name, "account.create", grant.uid,
                             {"via": "oauth", "role": "employee"})
            uow.commit()

    def revoke(self, uid: str) -> None:
        """Revoke the token on the platform (best effort) and forget it here."""
        with self.lanes.lane(uid):
            self._revoke(uid)

    def _revoke(self, uid: str) -> None:
        self._actor().require("revoke tokens", ADMIN)
        with self._uow.readonly() as uow:
            if uow.accounts.get(uid) is None:
                raise NotFound(f"account {uid} is not registered")
        token = self.store().token(uid)
        platform_answer = "not stored"
        if token is not None:
            try:
                with self._platform.session(token.reveal()) as client:
                    client.revoke()
                platform_answer = "revoked"
            except WeiboApiError as exc:
                platform_answer = f"platform refused: {exc.code}"
            except OSError:
                platform_answer = "platform unreachable"
        self.store().delete_token(uid)
        self._cache.pop(uid, None)
        with self._uow() as uow:
            meta = uow.tokens.get(uid) or TokenMeta(uid)
            uow.tokens.put(TokenMeta(uid, meta.api_host, meta.scope, meta.issued_at, meta.expires_at,
                                     meta.last_verified_at, TokenState.REVOKED, ""))
            uow.audit.append(self._actor().name, "credential.token.revoke", uid, {"platform": platform_answer})
            uow.commit()

    def reveal_token(self, uid: str) -> Secret:
        """An admin reads a token (to copy it elsewhere). Audited as a read."""
        self._actor().require("read account tokens", ADMIN)
        token = self.store().token(uid)
        self._audit("credential.token.read", uid)
        if token is None:
            raise NotFound(f"no token is stored for account {uid}")
        return token

    def token_for_use(self, uid: str, purpose: str, audited: bool = True) -> Secret | None:
        """A token for the app's own calls (sync, forwarding, replies). Audited as a use, unless the
        caller audits a whole run at once (a sync writes one entry naming every account it used)."""
        actor = self._actor()
        actor.require(f"use account {uid}'s token for {purpose}", MemberRole.OPERATOR, MemberRole.LEADER, ADMIN)
        token = self._cache.get(uid)
        if token is None:
            token = self.store().token(uid)
            if token is not None:
                self._cache[uid] = token
        if token is not None and audited:
            self._audit_use(uid, purpose)
        return token

    def audit_use(self, uids: list[str], purpose: str) -> None:
        """One audit entry for a run that used several accounts' tokens (a sync)."""
        if uids:
            self._audit_use("", purpose, tuple(sorted(uids)))

    def mark_expired(self, uid: str, reason: str) -> None:
        """The platform says the token no longer works: the account is disconnected, not failing every sync."""
        with self._uow() as uow:
            meta = uow.tokens.get(uid)
            if meta is not None:
                uow.tokens.put(TokenMeta(uid, meta.api_host, meta.scope, meta.issued_at, meta.expires_at,
                                         datetime.now(UTC), TokenState.EXPIRED, meta.token_hint))
                uow.audit.append(self._actor().name, "credential.token.expired", uid, {"reason": reason})
                uow.commit()
        self._cache.pop(uid, None)

    def confirm_expired(self, uid: str, token: str | None = None) -> bool:
        """Whether the platform really considers the account's token dead: `get_token_info` must say so
        twice. A call refused once with 21327 may be a hiccup of the platform (or of a fault), and a
        disconnect is a person's work to undo, so nothing is disconnected on one word."""
        if token is None:
            stored = self.token_for_use(uid, "verify", audited=False)
            if stored is None:
                return False
            token = stored.reveal()
        for _ in range(2):
            try:
                with self._platform.session(token) as c:
                    if c.token_info().expire_in > 0:
                        return False
            except (TokenExpired, TokenInvalid):
                continue
            except (WeiboApiError, OSError):
                return False
        return True

    def verify(self, uid: str, audited: bool = True) -> TokenStatus:
        """Ask the platform (`get_token_info`) how long the token has left, and record it."""
        with self.lanes.lane(uid):
            return self._verify(uid, audited)

    def _verify(self, uid: str, audited: bool) -> TokenStatus:
        token = self.token_for_use(uid, "verify", audited=audited)
        if token is None:
            raise NotFound(f"no token is stored for account {uid}")
        now = datetime.now(UTC)
        info = None
        for attempt in range(2):  # a single 21327 may be a hiccup; disconnect only if it is said twice
            try:
                with self._platform.session(token.reveal()) as client:
                    info = client.token_info()
                break
            except (TokenExpired, TokenInvalid) as exc:
                if attempt == 1:
                    self.mark_expired(uid, exc.explain())
                    return self.status(uid)
        assert info is not None
        with self._uow() as uow:
            meta = uow.tokens.get(uid) or TokenMeta(uid)
            state = TokenState.CONNECTED if info.expire_in > 0 else TokenState.EXPIRED
            uow.tokens.put(TokenMeta(uid, meta.api_host or api_host_of(self.base_url), meta.scope,
                                     meta.issued_at or datetime.fromtimestamp(info.create_at, UTC),
                                     now + timedelta(seconds=info.expire_in), now, state, meta.token_hint))
            uow.commit()
        return self.status(uid)

    # -- state for views ----------------------------------------------------------------------------
    def statuses(self) -> list[TokenStatus]:
        """Every registered account with its token state; masked hints only for admins."""
        admin = self._actor().has(ADMIN)
        warn = timedelta(days=self._expiry_warning_days())
        now = datetime.now(UTC)
        with self._uow.readonly() as uow:
            metas = {m.account_uid: m for m in uow.tokens.all()}
            accounts = uow.accounts.search(_ALL)
        out = []
        for a in accounts:
            m = metas.get(a.uid)
            if m is None:
                out.append(TokenStatus(a.uid, a.screen_name, a.role.value, TokenState.NONE, "", "", "", None, None,
                                       None))
                continue
            out.append(TokenStatus(a.uid, a.screen_name, a.role.value, m.effective_state(now, warn),
                                   m.masked if admin else "••••", m.api_host, m.scope, m.issued_at, m.expires_at,
                                   m.last_verified_at))
        return out

    def status(self, uid: str) -> TokenStatus:
        for s in self.statuses():
            if s.account_uid == uid:
                return s
        raise NotFound(f"account {uid} is not registered")

    def connected_uids(self) -> set[str]:
        warn = timedelta(0)
        now = datetime.now(UTC)
        with self._uow.readonly() as uow:
            return {m.account_uid for m in uow.tokens.all()
                    if m.effective_state(now, warn) in (TokenState.CONNECTED, TokenState.EXPIRING)}

    # -- bulk onboarding ----------------------------------------------------------------------------
    def import_bundle(self, bundle: Mapping[str, Any]) -> int:
        """Register and connect accounts from a `--print-credentials`-shaped bundle, all or nothing."""
        actor = self._actor()
        actor.require("import credentials", ADMIN)
        problems: list[str] = []
        base_url = bundle.get("base_url")
        if not isinstance(base_url, str) or not is_api_url(base_url):
            problems.append("base_url is missing or not one unambiguous http(s) host")
        accounts = bundle.get("accounts")
        if not isinstance(accounts, list) or not accounts:
            problems.append("accounts is missing or empty")
            accounts = []
        parsed: list[tuple[AccountInput, Secret]] = []
        for n, a in enumerate(accounts, 1):
            if not isinstance(a, dict):
                problems.append(f"account #{n} is not an object")
                continue
            try:
                role = parse_role(str(a.get("role", "employee")))
            except ValidationError as exc:
                problems.append(f"account #{n}: {exc}")
                continue
            uid, name, token = str(a.get("uid", "")).strip(), str(a.get("screen_name", "")).strip(), a.get(
                "access_token")
            if not uid.isdigit() or not name or not isinstance(token, str) or not token:
                problems.append(f"account #{n}: uid, screen_name and access_token are all needed")
                continue
            parsed.append((AccountInput(uid=uid, screen_name=name, role=role), Secret(token)))
        if problems:
            raise ValidationError(problems)
        assert isinstance(base_url, str)
        with self._uow.readonly() as uow:
            taken = {a.uid for a in uow.accounts.active_with_role(AccountRole.OFFICIAL)}
        officials = [d.uid for d, _ in parsed if d.role is AccountRole.OFFICIAL]
        if len(officials) > 1 or (taken and officials and officials[0] not in taken):
            raise ValidationError(f"the file names official account(s) {', '.join(officials)} but a matrix has "
                                  "one official account; fix the roles and import again")
        # The keyring first: if it fails, the database is untouched and what was stored is removed again.
        store = self._open_secrets(base_url)
        written: list[str] = []
        try:
            app_key, app_secret = bundle.get("app_key"), bundle.get("app_secret")
            if isinstance(app_key, str) and isinstance(app_secret, str) and app_key and app_secret:
                store.set_app_credentials(app_key, Secret(app_secret))
            for data, token in parsed:
                store.set_token(data.uid, token)
                written.append(data.uid)
        except MatrixError:
            for uid in written:
                store.delete_token(uid)
            raise
        now = datetime.now(UTC)
        with self._uow() as uow:  # then every database row in one transaction
            for data, token in parsed:
                if uow.accounts.get(data.uid) is None:
                    uow.accounts.add(data)
                raw = token.reveal()
                uow.tokens.put(TokenMeta(data.uid, api_host_of(base_url), "", now, None, now, TokenState.CONNECTED,
                                         raw[-4:] if len(raw) >= 12 else ""))
            uow.audit.append(actor.name, "credential.import", "", {"accounts": len(parsed), "base_url": base_url})
            uow.commit()
        self._use_base_url(base_url)
        for data, token in parsed:
            self._cache[data.uid] = token
        for data, _token in parsed:
            try:
                self.verify(data.uid, audited=False)  # learn each token's expiry from the platform
            except (WeiboApiError, OSError):
                pass  # the token is stored; its expiry is checked again on the next verify or sync
        self.audit_use([d.uid for d, _ in parsed], "verify")
        return len(parsed)

