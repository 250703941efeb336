"""Settings: one declarative schema, read through typed access, stored as JSON beside the database."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from matrix_desktop.app import paths
from matrix_desktop.core.errors import ConfigError


def _url(value: str) -> str:
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value.rstrip("/")


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 0:
        raise ValueError(f"{value} is negative")
    return n


def _positive_float(value: str) -> float:
    n = float(value)
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
    Setting("weibo.base_url", "https://api.weibo.com", _url,
            "Weibo Open API base URL (the sandbox prints its own)"),
    Setting("weibo.redirect_uri", "http://127.0.0.1:8765/callback", _url, "OAuth redirect URI registered for the app"),
    Setting("weibo.timeout_seconds", 15.0, _positive_float, "timeout of every HTTP call"),
    Setting("weibo.rip", "127.0.0.1", str, "end-user IP sent as `rip` with writes"),
    Setting("credentials.expiry_warning_days", 7, _positive_int, "warn this many days before a token expires"),
    Setting("keyring.backend", "auto", _choice("auto", "secretservice", "cryptfile"),
            "which keyring to keep secrets in"),
    Setting("ui.language", "zh_CN", _choice("zh_CN", "en"), "interface language"),
    Setting("sync.interval_seconds", 300, _positive_int, "how often the app syncs in the background (0: never)"),
]}


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
            return SCHEMA[key].parse(env)
        return self._values.get(key, SCHEMA[key].default)

    def set(self, key: str, value: str) -> Any:
        if key not in SCHEMA:
            raise ConfigError(f"unknown setting {key!r}; known: {', '.join(sorted(SCHEMA))}")
        try:
            parsed = SCHEMA[key].parse(value)
        except ValueError as exc:
            raise ConfigError(f"{key}: {exc}") from None
        self._values[key] = parsed
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, ensure_ascii=False, indent=2), "utf-8")
        os.replace(tmp, self.path)
        return parsed

    def items(self) -> list[tuple[str, Any]]:
        return [(k, self.get(k)) for k in sorted(SCHEMA)]
