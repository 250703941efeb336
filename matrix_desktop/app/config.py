"""Settings: one declarative schema, read through typed access, stored as JSON beside the database."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matrix_desktop.app import paths
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.endpoint import parse_api_endpoint
from matrix_desktop.core.errors import ConfigError, PermissionDenied
from matrix_desktop.core.identity import SETUP_ACTOR, Actor


def _api_url(value: str) -> str:
    """An API base URL, read the one way the client and the keyring both read it (see core.endpoint)."""
    return parse_api_endpoint(value).origin


def is_api_url(value: str) -> bool:
    """Whether `value` is a base URL the client and the keyring read the same one way."""
    try:
        _api_url(value)
    except ValueError:
        return False
    return True


def _redirect_url(value: str) -> str:
    return parse_api_endpoint(value, allow_path=True).url


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 0:
        raise ValueError(f"{value} is negative")
    if n > 2 ** 31 - 1:
        raise ValueError(f"{value} is too large")
    return n


def _positive_float(value: str) -> float:
    n = float(value)
    if not math.isfinite(n) or n > 3600:
        raise ValueError(f"{value} is not a number of seconds up to 3600")
    if n <= 0:
        raise ValueError(f"{value} is not positive")
    return n


def _choice(*allowed: str) -> Any:
    def parse(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"{value!r} is not one of {', '.join(allowed)}")
        return value
    return parse


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    parse: Any
    help: str


SCHEMA: dict[str, Setting] = {s.key: s for s in [
    Setting("weibo.base_url", "https://api.weibo.com", _api_url,
            "Weibo Open API base URL (the sandbox prints its own)"),
    Setting("weibo.redirect_uri", "http://127.0.0.1:8765/callback", _redirect_url, "OAuth redirect URI registered for the app"),
    Setting("weibo.timeout_seconds", 15.0, _positive_float, "timeout of every HTTP call"),
    Setting("weibo.rip", "127.0.0.1", str, "end-user IP sent as `rip` with writes"),
    Setting("weibo.safe_domain", "", str, "the app's safe domain (安全域名): statuses/share needs a link on it"),
    Setting("credentials.expiry_warning_days", 7, _positive_int, "warn this many days before a token expires"),
    Setting("keyring.backend", "auto", _choice("auto", "secretservice", "cryptfile"),
            "which keyring to keep secrets in"),
    Setting("ui.language", "zh_CN", _choice("zh_CN", "en"), "interface language"),
    Setting("sync.interval_seconds", 300, _positive_int, "how often the app syncs in the background (0: never)"),
]}


#: Settings that decide where secrets go or are kept: only an admin (or the setup actor of a database
#: with no member yet) may change them, each change is audited, and the CLI asks before making it.
SECRET_STEERING = frozenset({"weibo.base_url", "weibo.redirect_uri", "keyring.backend"})


def require_may_change(key: str, actor: Actor | None) -> None:
    """PermissionDenied unless `actor` may change `key` (any actor may change ordinary settings)."""
    if key not in SECRET_STEERING:
        return
    if actor is None:
        raise PermissionDenied(f"{key} decides where the Weibo tokens are sent or kept: say which admin "
                               "changes it (--as NAME)")
    if actor != SETUP_ACTOR:
        actor.require(f"change {key} (it decides where the Weibo tokens are sent or kept)", MemberRole.ADMIN)


class Config:
    """Typed access to the settings file; unknown keys and bad values are refused with a clear message."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_file()
        self._values: dict[str, Any] = {}
        if self.path.exists():
            try:
                raw = json.loads(self.path.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise ConfigError(f"the settings file {self.path} is unreadable ({exc})") from None
            if isinstance(raw, dict):
                self._values = {k: v for k, v in raw.items() if k in SCHEMA}

    def get(self, key: str) -> Any:
        if key not in SCHEMA:
            raise ConfigError(f"unknown setting {key!r}; known: {', '.join(sorted(SCHEMA))}")
        env = os.environ.get("MATRIX_" + key.upper().replace(".", "_"))
        if env is not None:
            return self.parse(key, env, f"the environment variable MATRIX_{key.upper().replace('.', '_')}")
        if key not in self._values:
            return SCHEMA[key].default
        # Values from the file are checked again on every read: a file written by an older version (or
        # edited by hand) never hands an ambiguous URL to the client.
        return self.parse(key, str(self._values[key]), f"the settings file {self.path}")

    @staticmethod
    def parse(key: str, value: str, source: str = "") -> Any:
        try:
            return SCHEMA[key].parse(value)
        except ValueError as exc:
            where = f" (in {source})" if source else ""
            raise ConfigError(f"{key}{where}: {exc}") from None

    def set(self, key: str, value: str, *, actor: Actor | None = None) -> Any:
        """Validate and store one setting. Secret-steering settings need an admin `actor`."""
        if key not in SCHEMA:
            raise ConfigError(f"unknown setting {key!r}; known: {', '.join(sorted(SCHEMA))}")
        require_may_change(key, actor)
        parsed = self.parse(key, value)
        self._values[key] = parsed
        paths.write_private(self.path, json.dumps(self._values, ensure_ascii=False, indent=2).encode("utf-8"))
        return parsed

    def stored(self, key: str) -> Any:
        """The value in the file (not the environment), or the default."""
        return self._values.get(key, SCHEMA[key].default)

    def items(self) -> list[tuple[str, Any]]:
        return [(k, self.get(k)) for k in sorted(SCHEMA)]

    def settings(self) -> Settings:
        """Every setting, typed, as it is now (read again on each call: a change takes effect at once)."""
        return Settings(
            weibo_base_url=str(self.get("weibo.base_url")), weibo_redirect_uri=str(self.get("weibo.redirect_uri")),
            weibo_timeout_seconds=float(self.get("weibo.timeout_seconds")), weibo_rip=str(self.get("weibo.rip")),
            credentials_expiry_warning_days=int(self.get("credentials.expiry_warning_days")),
            keyring_backend=str(self.get("keyring.backend")), ui_language=str(self.get("ui.language")),
            sync_interval_seconds=int(self.get("sync.interval_seconds")),
            weibo_safe_domain=str(self.get("weibo.safe_domain")))


@dataclass(frozen=True)
class Settings:
    """The settings as typed values: what the rest of the app reads (`Config.get` is for the CLI)."""

    weibo_base_url: str
    weibo_redirect_uri: str
    weibo_timeout_seconds: float
    weibo_rip: str
    credentials_expiry_warning_days: int
    keyring_backend: str
    ui_language: str
    sync_interval_seconds: int
    weibo_safe_domain: str = ""


def change_setting(config: Config, uow: Any, actor: Actor, key: str, value: str,
                   confirm: Callable[[Any, Any], bool] | None = None) -> Any:
    """Change one setting on behalf of `actor`; a secret-steering one is checked, confirmed and audited.

    `confirm(old, new)` is asked before anything is written (the CLI asks on a terminal); False leaves
    everything as it was and returns the old value. The audit entry `config.set` names both values and
    is committed only once the file is written, and the file is put back if the commit fails.
    """
    if key not in SCHEMA:
        raise ConfigError(f"unknown setting {key!r}; known: {', '.join(sorted(SCHEMA))}")
    require_may_change(key, actor)
    new = Config.parse(key, value)
    old = config.stored(key)
    if key not in SECRET_STEERING:
        return config.set(key, value, actor=actor)
    if confirm is not None and new != old and not confirm(old, new):
        return old
    with uow() as u:
        u.audit.append(actor.name, "config.set", "", {"key": key, "old": old, "new": new})
        config.set(key, value, actor=actor)
        try:
            u.commit()
        except BaseException:
            config.set(key, str(old), actor=actor)
            raise
    return new
