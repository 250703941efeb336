"""Secrets in memory: a masking wrapper, the registry log redaction reads, and the secret store port.

Nothing here imports keyring; `matrix_desktop.secrets` implements `SecretStorePort` with it. The core
(credential service, OAuth connect flow) depends only on this module.

A value shown to a person is always `mask(value)`: "••••" plus at most the last 4 characters, and
only when the value is long enough (12+) that 4 characters reveal nothing useful.
"""

from __future__ import annotations

import hmac
import threading
from typing import Any, NoReturn, Protocol

from matrix_desktop.core.errors import MatrixError

MASK = "••••"
# Below this length showing even the tail would give away a third of the value or more.
_SHOW_TAIL_FROM = 12
# Values shorter than this are not registered for log redaction: masking every "abc" in a log would
# mangle ordinary text, and no real token, app secret or password we keep is that short.
MIN_REGISTERED_LENGTH = 8


def mask(value: str | None) -> str:
    """The form of a secret a person may see: "••••" + last 4 characters when 12+ long, else "••••".

    `None` and "" give "" so that a screen can tell "nothing stored" from "something stored".
    """
    if not value:
        return ""
    if len(value) >= _SHOW_TAIL_FROM:
        return MASK + value[-4:]
    return MASK


# --- the registry of known secrets ---------------------------------------------------------------
# A module-level registry is a deliberate exception to "no singletons": log records are produced by
# any thread and any library (urllib3 logs request URLs), and the logging filter that redacts them is
# built before any service exists. The registry only ever grows by values this process itself read or
# was given, it is guarded by a lock, and it holds nothing a log line could not already have leaked.
_KNOWN_LOCK = threading.Lock()
KNOWN_SECRETS: set[str] = set()
_known_sorted: tuple[str, ...] = ()


def register_secret(value: str) -> None:
    """Remember `value` so that every log line mentioning it is masked (see app.logging_setup)."""
    global _known_sorted
    if not isinstance(value, str) or len(value) < MIN_REGISTERED_LENGTH:
        return
    with _KNOWN_LOCK:
        if value in KNOWN_SECRETS:
            return
        KNOWN_SECRETS.add(value)
        # Longest first, so a secret that contains another is masked whole.
        _known_sorted = tuple(sorted(KNOWN_SECRETS, key=len, reverse=True))


def known_secrets() -> tuple[str, ...]:
    """Every registered secret, longest first (a snapshot; safe to iterate from any thread)."""
    return _known_sorted


def redact_known(text: str) -> str:
    """`text` with every registered secret replaced by its mask."""
    for value in _known_sorted:
        if value in text:
            text = text.replace(value, mask(value))
    return text


class Secret:
    """A string that never shows itself by accident.

    `str()`, `repr()`, f-strings and `%` formatting all give the mask; only `.reveal()` gives the value,
    so every place that sends a secret anywhere is a visible `.reveal()` call. Pickling and copying into
    JSON are refused, so a secret cannot travel into a file, a queue or an export without someone
    writing `.reveal()`. Creating one registers it for log redaction.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"Secret wraps a str, not {type(value).__name__}")
        self._value = value
        register_secret(value)

    def reveal(self) -> str:
        """The value itself. Call it only at the point where the value leaves for the keyring or the API."""
        return self._value

    @property
    def masked(self) -> str:
        """What a screen may show: see `mask`."""
        return mask(self._value)

    def __str__(self) -> str:
        return self.masked

    def __repr__(self) -> str:
        return f"Secret({self.masked!r})"

    def __format__(self, format_spec: str) -> str:
        return format(self.masked, format_spec)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        # Constant time: equality on tokens should not tell an observer how many characters matched.
        return hmac.compare_digest(self._value.encode("utf-8"), other._value.encode("utf-8"))

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret cannot be pickled; call .reveal() where the value really must leave")

    def __reduce_ex__(self, protocol: Any) -> NoReturn:
        self.__reduce__()

    def __copy__(self) -> Secret:
        # Immutable, so a copy is the same object (and copy must not go through __reduce_ex__).
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Secret:
        return self


# --- errors --------------------------------------------------------------------------------------
# They live in the core so services can catch them without importing the keyring adapter.
# Their messages never contain a secret.


class SecretStoreError(MatrixError):
    """The secret store could not do what was asked (the message says why, in words)."""


class KeyringUnavailable(SecretStoreError):
    """No usable keyring: none exists, it is locked, or it refused the request."""


class MasterPasswordRequired(SecretStoreError):
    """The encrypted file keyring was chosen but no master password was given."""


class WrongMasterPassword(SecretStoreError):
    """The master password does not open the encrypted file keyring."""


class SecretStorePort(Protocol):
    """Where the Weibo app credentials and each account's access token are kept (never the database).

    Tokens are kept per Weibo API host, so sandbox and real-platform tokens never mix.
    """

    @property
    def backend_name(self) -> str:
        """Human-readable name of the backend, e.g. "Secret Service (GNOME Keyring)"."""
        ...

    def check(self) -> None:
        """Write, read back and remove a probe; raise `KeyringUnavailable` in words when that fails."""
        ...

    def set_app_credentials(self, app_key: str, app_secret: Secret) -> None: ...
    def app_key(self) -> str | None: ...
    def app_secret(self) -> Secret | None: ...
    def delete_app_credentials(self) -> None:
        """Forget the app key and secret; no error when there are none."""
        ...

    def set_token(self, uid: str, token: Secret) -> None: ...
    def token(self, uid: str) -> Secret | None: ...
    def delete_token(self, uid: str) -> None:
        """Forget the token of `uid`; no error when there is none."""
        ...

    # The audit trail's HMAC key and anchored head, per database trail (`chain_id`), not per API host:
    # kept here because the database must never hold what proves the database was not rewritten.
    def audit_secret(self, chain_id: str) -> Secret | None: ...
    def set_audit_secret(self, chain_id: str, value: Secret) -> None: ...
    def audit_head(self, chain_id: str) -> str | None: ...
    def set_audit_head(self, chain_id: str, value: str) -> None: ...

    # A prize draw's seed until the draw is run: whoever could read it before the deadline could compute
    # the winners from the entrants, so it is kept beside the audit key, per database trail.
    def draw_seed(self, chain_id: str, draw_id: int) -> Secret | None: ...
    def set_draw_seed(self, chain_id: str, draw_id: int, seed: Secret) -> None: ...
    def delete_draw_seed(self, chain_id: str, draw_id: int) -> None:
        """Forget a draw's seed (once the draw has revealed it); no error when there is none."""
        ...
