"""The keyring adapter: Weibo app credentials and OAuth access tokens in the OS keyring.

This is the only module that imports `keyring`. Everything is kept under one service name,
`SERVICE_NAME`, with these user names inside it (`<host>` is the host of the Weibo API base URL,
lower-cased, with its port when the URL names one):

    app:<host>:key       the Weibo app key (App Key / client_id)
    app:<host>:secret    the Weibo app secret (App Secret / client_secret)
    token:<host>:<uid>   the OAuth2 access token of the account with that Weibo uid
    audit:<chain>:key    the HMAC key of one database's audit trail (see core.audit_seal)
    audit:<chain>:head   that trail's anchored head: entry count, last id, last hash
    probe:<random>       written, read back and removed by `check()` (kept as `probe` on the file)

Keying by host keeps the sandbox (127.0.0.1 on whatever port it was given) and the real platform
(api.weibo.com) apart: a sandbox token is never offered to the real API, nor the other way round. The
port is part of the key because two sandboxes on one machine hold the same uids with different tokens;
the demo re-imports its sandbox's tokens on every start, so a new port costs nothing.

The backend is always chosen explicitly — never keyring's chained default, which, once
keyrings.cryptfile is installed, may prompt on a terminal the GUI does not have. When no keyring works
the store raises `KeyringUnavailable` in words; it never falls back to a plaintext file.
"""

from __future__ import annotations

import contextlib
import os
import secrets as _random
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import platformdirs

from matrix_desktop.core.endpoint import EndpointError, parse_api_endpoint
from matrix_desktop.core.errors import ConfigError, ValidationError
from matrix_desktop.core.secret import (
    KeyringUnavailable,
    MasterPasswordRequired,
    Secret,
    WrongMasterPassword,
    register_secret,
)

SERVICE_NAME = "matrix-desktop"
DEFAULT_API_BASE_URL = "https://api.weibo.com"
MASTER_PASSWORD_ENV = "MATRIX_KEYRING_PASSWORD"
CRYPTFILE_NAME = "secrets.cfg"
_PROBE_KEY = "probe"

HOW_TO_USE_CRYPTFILE = (
    "To keep them in an encrypted file instead, run `matrix-desktop config set keyring.backend cryptfile`: "
    "the app then asks for a master password when it starts (on a machine with no screen, put it in the "
    f"environment variable {MASTER_PASSWORD_ENV})."
)


_T = TypeVar("_T")


def api_host(base_url: str) -> str:
    """The part of a Weibo API base URL that keys its secrets: exactly the host and port requests go to.

    It comes from `core.endpoint.parse_api_endpoint`, the parse the HTTP client uses too, so a token is
    looked up under the very host and port it would be sent to (`host:port`; the bare host for HTTPS on
    443, as earlier versions wrote it). The port matters: two sandboxes on one machine are two platforms
    with the same account uids and different tokens. An ambiguous URL raises `ValueError`.
    """
    try:
        return parse_api_endpoint(base_url).secret_key
    except EndpointError as exc:
        raise ValueError(f"{base_url!r} is not a usable API URL: {exc}") from None


def _why(exc: BaseException) -> str:
    """A few words on why a keyring call failed, from the exception's *type* only.

    Keyring, secretstorage and jeepney messages may quote what was being stored, so they are never
    shown; the type is enough to tell the user what to do.
    """
    from keyring import errors as kerr

    if isinstance(exc, kerr.KeyringLocked):
        return "the keyring is locked and could not be unlocked (log in to the desktop session, then try again)"
    if isinstance(exc, kerr.InitError):
        return ("the keyring has no collection to keep passwords in, and creating one needs a password "
                "prompt that could not be shown or was dismissed (log in to the desktop session, then try again)")
    if isinstance(exc, (FileNotFoundError, ConnectionError)):
        return "the D-Bus session bus is not reachable"
    if isinstance(exc, TimeoutError):
        return "the keyring did not answer in time"
    if isinstance(exc, PermissionError):
        return "the operating system refused access"
    name = type(exc).__name__
    if name == "SecretServiceNotAvailableException":
        return "no Secret Service is running on the D-Bus session bus"
    if name == "PromptDismissedException":
        return "the keyring asked to be unlocked and the prompt was dismissed"
    if isinstance(exc, ValueError):
        return "the stored data could not be decrypted"
    return f"the keyring reported {name}"


class KeyringSecretStore:
    """`SecretStorePort` over one explicitly chosen keyring backend.

    Every value read or written is registered for log redaction. Any failure of the backend is
    re-raised as `KeyringUnavailable` whose message names the backend and says why in words, and never
    carries the original message (which could contain a secret).
    """

    def __init__(self, backend: Any, backend_name: str, *, api_base_url: str = DEFAULT_API_BASE_URL,
                 after_write: Callable[[], None] | None = None, keep_probe: bool = False) -> None:
        self._backend = backend
        self._backend_name = backend_name
        self.host = api_host(api_base_url)
        self._after_write = after_write
        self._keep_probe = keep_probe
        # One call at a time: the encrypted file is rewritten whole on every change, so two threads
        # writing at once (a token refresh during a sync) could lose one of the writes.
        self._lock = threading.Lock()

    @property
    def backend_name(self) -> str:
        """Human-readable name of the backend, for the Credentials view and error messages."""
        return self._backend_name

    # --- the port ---

    def set_app_credentials(self, app_key: str, app_secret: Secret) -> None:
        """Keep the Weibo app key and app secret for this API host (replacing any kept before)."""
        app_key = app_key.strip()
        if not app_key:
            raise ValidationError("the app key is empty")
        if not isinstance(app_secret, Secret):
            raise TypeError("the app secret must be given as a Secret")
        self._set(f"app:{self.host}:key", app_key, "save the app key", secret=False)
        self._set(f"app:{self.host}:secret", app_secret.reveal(), "save the app secret")

    def app_key(self) -> str | None:
        """The Weibo app key kept for this API host, or None."""
        return self._get(f"app:{self.host}:key", "read the app key", secret=False)

    def app_secret(self) -> Secret | None:
        """The Weibo app secret kept for this API host, or None."""
        value = self._get(f"app:{self.host}:secret", "read the app secret")
        return Secret(value) if value else None

    def delete_app_credentials(self) -> None:
        """Forget the app key and secret of this API host; nothing happens when there are none."""
        self._delete(f"app:{self.host}:secret", "delete the app secret")
        self._delete(f"app:{self.host}:key", "delete the app key")

    def set_token(self, uid: str, token: Secret) -> None:
        """Keep the OAuth access token of account `uid` (replacing any kept before)."""
        if not isinstance(token, Secret):
            raise TypeError("the access token must be given as a Secret")
        self._set(self._token_key(uid), token.reveal(), f"save the access token of account {uid}")

    def token(self, uid: str) -> Secret | None:
        """The OAuth access token of account `uid` for this API host, or None."""
        value = self._get(self._token_key(uid), f"read the access token of account {uid}")
        return Secret(value) if value else None

    def delete_token(self, uid: str) -> None:
        """Forget the access token of account `uid`; nothing happens when there is none."""
        self._delete(self._token_key(uid), f"delete the access token of account {uid}")

    def audit_secret(self, chain_id: str) -> Secret | None:
        """The HMAC key record of the audit trail `chain_id` (one per database), or None."""
        value = self._get(self._audit_key(chain_id, "key"), "read the audit key")
        return Secret(value) if value else None

    def set_audit_secret(self, chain_id: str, value: Secret) -> None:
        self._set(self._audit_key(chain_id, "key"), value.reveal(), "save the audit key")

    def audit_head(self, chain_id: str) -> str | None:
        """Where the audit trail `chain_id` ended when last anchored (count, last id and hash), or None."""
        return self._get(self._audit_key(chain_id, "head"), "read the audit head", secret=False)

    def set_audit_head(self, chain_id: str, value: str) -> None:
        self._set(self._audit_key(chain_id, "head"), value, "save the audit head", secret=False)

    def draw_seed(self, chain_id: str, draw_id: int) -> Secret | None:
        """The secret seed of prize draw `draw_id` of the database `chain_id`, or None."""
        value = self._get(self._audit_key(chain_id, f"draw:{int(draw_id)}"), f"read the seed of draw #{draw_id}")
        return Secret(value) if value else None

    def set_draw_seed(self, chain_id: str, draw_id: int, seed: Secret) -> None:
        if not isinstance(seed, Secret):
            raise TypeError("the draw's seed must be given as a Secret")
        self._set(self._audit_key(chain_id, f"draw:{int(draw_id)}"), seed.reveal(), f"save the seed of draw #{draw_id}")

    def delete_draw_seed(self, chain_id: str, draw_id: int) -> None:
        self._delete(self._audit_key(chain_id, f"draw:{int(draw_id)}"), f"delete the seed of draw #{draw_id}")

    @staticmethod
    def _audit_key(chain_id: str, part: str) -> str:
        if not chain_id or not chain_id.isalnum():
            raise ValidationError("the audit trail's id is empty or malformed")
        return f"audit:{chain_id}:{part}"

    def check(self) -> None:
        """Write a random probe value, read it back and (where cheap) remove it.

        Raises `KeyringUnavailable` saying what failed. On the encrypted file the probe is left in place
        (it is not a secret), since every extra operation there costs about half a second.
        """
        value = "probe-" + _random.token_hex(8)
        # Each check probes a key of its own: two processes starting together (two workers) would
        # otherwise overwrite each other's probe and each conclude the keyring is untrustworthy.
        key = _PROBE_KEY if self._keep_probe else f"{_PROBE_KEY}:{value}"
        self._set(key, value, "store a test value", secret=False)
        if self._get(key, "read a test value back", secret=False) != value:
            raise KeyringUnavailable(
                f"The {self._backend_name} accepted a test value but gave back something else; "
                "it cannot be trusted with the Weibo credentials.")
        if not self._keep_probe:  # e.g. the Secret Service: deleting is cheap, leave no clutter
            with contextlib.suppress(Exception), self._lock:
                self._backend.delete_password(SERVICE_NAME, key)

    def __repr__(self) -> str:
        return f"KeyringSecretStore({self._backend_name!r}, host={self.host!r})"

    # --- helpers ---

    def _token_key(self, uid: str) -> str:
        uid = str(uid).strip()
        if not uid:
            raise ValidationError("the account uid is empty")
        return f"token:{self.host}:{uid}"

    @staticmethod
    def _once_more(call: Callable[[], _T]) -> _T:
        """`call`, tried a second time after a short pause when the Secret Service had no open collection:
        gnome-keyring-daemon, restarted by D-Bus after it ended, answers before it has loaded the login
        collection. Anything else, or a second failure, is raised as it came."""
        from keyring.errors import InitError

        try:
            return call()
        except InitError:
            time.sleep(0.5)
            return call()

    def _get(self, key: str, doing: str, *, secret: bool = True) -> str | None:
        try:
            with self._lock:
                value = self._once_more(lambda: self._backend.get_password(SERVICE_NAME, key))
        except Exception as exc:
            raise self._failed(doing, exc) from None
        if value and secret:
            register_secret(value)
        return value if value else None

    def _set(self, key: str, value: str, doing: str, *, secret: bool = True) -> None:
        # The app key is public (it is the client_id in every OAuth URL), so it stays readable in logs.
        if secret:
            register_secret(value)
        try:
            with self._lock:
                try:
                    self._once_more(lambda: self._backend.set_password(SERVICE_NAME, key, value))
                except Exception as exc:
                    # gnome-keyring replaces an item by finding it and then writing it: when another
                    # program removes items of the collection in between, the write fails with "item not
                    # found". Writing the same value again is safe, so try once more before giving up.
                    if "ItemNotFound" not in type(exc).__name__ + str(exc):
                        raise
                    self._backend.set_password(SERVICE_NAME, key, value)
                self._written()
        except Exception as exc:
            raise self._failed(doing, exc) from None

    def _delete(self, key: str, doing: str) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            with self._lock:
                self._backend.delete_password(SERVICE_NAME, key)
                self._written()
        except PasswordDeleteError:
            return  # already absent: the wanted end state
        except Exception as exc:
            raise self._failed(doing, exc) from None

    def _written(self) -> None:
        if self._after_write is not None:
            self._after_write()

    def _failed(self, doing: str, exc: BaseException) -> KeyringUnavailable:
        return KeyringUnavailable(f"Could not {doing} in the {self._backend_name}: {_why(exc)}.")


# --- opening a store -----------------------------------------------------------------------------


def default_cryptfile_path() -> Path:
    """Where the encrypted file keyring lives unless told otherwise: beside the app's data.

    Mirrors `app.paths.home()` (MATRIX_HOME, else the platform's user data dir) without importing the
    app layer; the app passes its own path anyway.
    """
    override = os.environ.get("MATRIX_HOME")
    base = Path(override).expanduser() if override else Path(
        platformdirs.user_data_dir(SERVICE_NAME, appauthor=False))
    return base / CRYPTFILE_NAME


def _pretty(path: Path) -> str:
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def _secret_service_provider() -> str:
    """Which program answers as the Secret Service (GNOME Keyring, KWallet, KeePassXC), best effort."""
    try:
        from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
        from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

        with open_dbus_connection(bus="SESSION") as conn:
            reply = conn.send_and_get_reply(
                message_bus.GetConnectionUnixProcessID("org.freedesktop.secrets"), timeout=2)
        comm = Path(f"/proc/{int(reply.body[0])}/comm").read_text("utf-8").strip()
    except Exception:
        return "Secret Service"
    for prefix, name in (("gnome-keyring", "GNOME Keyring"), ("kwallet", "KWallet"),
                         ("keepassxc", "KeePassXC")):
        if comm.lower().startswith(prefix):
            return f"Secret Service ({name})"
    return f"Secret Service ({comm})"


def _open_secret_service(api_base_url: str) -> KeyringSecretStore:
    from keyring.backends import SecretService

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        raise KeyringUnavailable(
            "The system keyring (Secret Service) is not available: there is no D-Bus session "
            "(DBUS_SESSION_BUS_ADDRESS is not set, as on a machine with no desktop session or over SSH).")
    try:
        # `priority` is where keyring checks that secretstorage can reach a Secret Service at all.
        SecretService.Keyring.priority  # noqa: B018
        backend = SecretService.Keyring()  # type: ignore[no-untyped-call]
    except Exception as exc:
        raise KeyringUnavailable(f"The system keyring (Secret Service) is not available: {_why(exc)}.") from None
    # The "application" attribute other keyring tools show next to our items.
    backend.appid = SERVICE_NAME
    store = KeyringSecretStore(backend, _secret_service_provider(), api_base_url=api_base_url)
    store.check()
    return store


def _platform_keyring() -> tuple[Any, str] | None:
    """The native keyring of Windows (Credential Manager) or macOS (Keychain); None elsewhere."""
    if sys.platform == "win32":
        from keyring.backends import Windows

        return Windows.WinVaultKeyring(), "Windows Credential Manager"
    if sys.platform == "darwin":
        from keyring.backends import macOS

        return macOS.Keyring(), "macOS Keychain"
    return None


def _open_native(api_base_url: str) -> KeyringSecretStore:
    """The OS keyring: Credential Manager on Windows, Keychain on macOS, the Secret Service elsewhere."""
    native = _platform_keyring()
    if native is None:
        return _open_secret_service(api_base_url)
    try:
        store = KeyringSecretStore(native[0], native[1], api_base_url=api_base_url)
    except Exception as exc:
        raise KeyringUnavailable(f"The {native[1]} is not available: {_why(exc)}.") from None
    store.check()
    return store


def _open_cryptfile(path: Path, master_password: Callable[[], str | None] | None,
                    api_base_url: str) -> KeyringSecretStore:
    from keyrings.cryptfile.cryptfile import CryptFileKeyring

    shown = _pretty(path)
    if master_password is None:
        env = os.environ.get(MASTER_PASSWORD_ENV)
        password = env if env else None
    else:
        password = master_password()
    if password is None:
        raise MasterPasswordRequired(
            f"The encrypted keyring file {shown} needs its master password. Type it when the app asks, or, "
            f"on a machine with no screen, put it in the environment variable {MASTER_PASSWORD_ENV}.")
    if not password:
        raise MasterPasswordRequired("The master password of the encrypted keyring may not be empty.")
    register_secret(password)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KeyringUnavailable(f"Cannot create the folder {_pretty(path.parent)} for the encrypted keyring: "
                                 f"{exc.strerror}.") from None
    backend = CryptFileKeyring()
    backend.file_path = str(path)
    try:
        # Setting the key checks it against the verification value kept in an existing file (Argon2,
        # ~0.5 s) or writes that value into a new file.
        backend.keyring_key = password
    except ValueError:
        raise WrongMasterPassword(
            f"The master password does not open the encrypted keyring file {shown}. Type it again. If it is "
            "lost, the secrets in that file cannot be recovered: move the file aside, then enter the app key "
            "and secret again and reconnect each account.") from None
    except Exception as exc:
        raise KeyringUnavailable(
            f"The encrypted keyring file {shown} cannot be read ({type(exc).__name__}); it may be damaged. "
            "Move it aside to start a new one, then enter the app key and secret again and reconnect "
            "each account.") from None

    def owner_only() -> None:
        # cryptfile already creates the file 0600; make sure it stays so after every rewrite.
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)

    owner_only()
    return KeyringSecretStore(backend, f"encrypted file ({shown})", api_base_url=api_base_url,
                              after_write=owner_only, keep_probe=True)


def open_secret_store(backend: str = "auto", *, cryptfile_path: Path | None = None,
                      master_password: Callable[[], str | None] | None = None,
                      api_base_url: str = DEFAULT_API_BASE_URL) -> KeyringSecretStore:
    """Open the secret store named by the `keyring.backend` setting, checked to work.

    - "auto": the OS keyring (Secret Service on Linux) if it works, else `KeyringUnavailable` saying so
      and how to switch to the encrypted file. Never a plaintext fallback.
    - "secretservice": the Secret Service, or `KeyringUnavailable`.
    - "cryptfile": the encrypted file at `cryptfile_path` (default `default_cryptfile_path()`),
      unlocked with `master_password()`; when that callable is not given, the environment variable
      MATRIX_KEYRING_PASSWORD is used. No password → `MasterPasswordRequired`; a wrong one →
      `WrongMasterPassword`. A missing file is created, locked with the password given.

    `api_base_url` is the Weibo API base URL in use; its host keys the stored secrets (see the module
    docstring), so pass the configured `weibo.base_url`.
    """
    if backend == "cryptfile":
        return _open_cryptfile(cryptfile_path or default_cryptfile_path(), master_password, api_base_url)
    if backend == "secretservice":
        return _open_secret_service(api_base_url)
    if backend == "auto":
        try:
            return _open_native(api_base_url)
        except KeyringUnavailable as exc:
            raise KeyringUnavailable(
                f"No system keyring is available to keep the Weibo app secret and account tokens. {exc} "
                f"Matrix Desktop never keeps them in plain text. {HOW_TO_USE_CRYPTFILE}") from None
    raise ConfigError(
        f"Unknown keyring backend {backend!r}; choose auto, secretservice or cryptfile "
        "(`matrix-desktop config set keyring.backend ...`).")
