"""Logging for the app: a rotating file plus stderr, with every secret masked before it is written.

`RedactingFilter` sits on every handler `configure_logging` installs, so it also covers records from
libraries (urllib3 logs request URLs, which for Weibo carry `access_token=` in the query string). It
masks

- every secret registered with `core.secret.register_secret` (the secret store registers each value
  it reads or writes; every `Secret` registers itself), and
- anything shaped like a credential even if nobody registered it: Weibo access tokens (`2.00` followed
  by 20+ letters and digits), `access_token=...`, `client_secret=...`, `refresh_token=...`,
  `app_secret=...` (as query parameters, JSON fields or keyword arguments) and
  `Authorization: OAuth2 ...` / `Bearer ...` headers,

in the message, its arguments, the formatted traceback of `exc_info` and `stack_info`.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path
from typing import Any

from matrix_desktop.app.paths import private_dir, private_file
from matrix_desktop.core.secret import mask, redact_known

LOG_FILE_NAME = "matrix-desktop.log"
_MAX_BYTES = 2_000_000
_BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_TOKEN_SHAPED = re.compile(r"2\.00[A-Za-z0-9]{20,}")
# name, then = or : (JSON / dict reprs put quotes around both), then the value up to a delimiter.
_NAMED_VALUE = re.compile(
    r"""(?P<head>\b(?:access_token|client_secret|refresh_token|app_secret)["']?\s*[=:]\s*["']?)"""
    r"""(?P<value>[^\s&"',;)}\]]+)""",
    re.IGNORECASE,
)
_AUTH_HEADER = re.compile(
    r"""(?P<head>\bAuthorization["']?\s*[:=]\s*["']?(?:OAuth2|Bearer)\s+)(?P<value>[^\s"',;)}\]]+)""",
    re.IGNORECASE,
)


def _mask_value(match: re.Match[str]) -> str:
    value = match.group("value")
    # Already masked (the filter may see a record twice, once per handler): leave it as it is.
    if value.startswith("•"):
        return match.group(0)
    return match.group("head") + mask(value)


def redact(text: str) -> str:
    """`text` with registered secrets and credential-shaped substrings masked."""
    text = redact_known(text)
    text = _AUTH_HEADER.sub(_mask_value, text)
    text = _NAMED_VALUE.sub(_mask_value, text)
    return _TOKEN_SHAPED.sub(lambda m: mask(m.group(0)), text)


class RedactingFilter(logging.Filter):
    """Masks secrets in a record before any handler formats it; never drops a record.

    The record is rewritten in place (message merged with its arguments, traceback formatted and
    masked), so every handler after this one — and pytest's log capture — sees only the masked text.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad %-format: keep what we can show rather than lose the record
            message = f"{record.msg!s} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file (the current one and each backup) is 0600 from its creation."""

    def _open(self) -> Any:
        private_file(Path(self.baseFilename))
        return super()._open()


def ours(handler: logging.Handler) -> bool:
    """Whether `configure_logging` installed this handler (it is the one that carries a RedactingFilter)."""
    return any(isinstance(f, RedactingFilter) for f in handler.filters)


def configure_logging(log_dir: Path, level: int = logging.INFO) -> None:
    """Send logs to `log_dir/matrix-desktop.log` (rotating) and warnings and worse to stderr.

    Installed on the root logger so library records are redacted too. Calling it again replaces the
    handlers it installed before (tests, a changed log dir) and leaves other handlers alone.
    """
    private_dir(log_dir)
    root = logging.getLogger()
    for old in [h for h in root.handlers if ours(h)]:
        root.removeHandler(old)
        old.close()

    formatter = logging.Formatter(_FORMAT)
    file_handler = PrivateRotatingFileHandler(
        log_dir / LOG_FILE_NAME, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8")
    file_handler.setLevel(level)
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setLevel(max(level, logging.WARNING))
    # A record logged with extra={"file_only": True} (a crash's traceback, already told in one line)
    # goes to the log file only.
    stderr_handler.addFilter(lambda record: not getattr(record, "file_only", False))
    for handler in (file_handler, stderr_handler):
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    root.setLevel(level)
