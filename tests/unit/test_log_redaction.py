"""The log file never holds a secret: registered values and credential-shaped text are masked."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from matrix_desktop.app.logging_setup import LOG_FILE_NAME, RedactingFilter, configure_logging, ours, redact
from matrix_desktop.core.errors import MatrixError
from matrix_desktop.core.secret import register_secret

APP_SECRET = "7f3a9c2e5b1d4f6a8c0e2b4d6f8a0c2e"  # shaped like a Weibo App Secret (32 hex)
TOKEN = "2.00QwErTyUiOpAsDfGhJkLzXcVb1234"  # shaped like a Weibo access token, never registered
TOKEN_SHAPED = re.compile(r"2\.00[A-Za-z0-9]{20,}")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    configure_logging(tmp_path, level=logging.DEBUG)
    yield tmp_path / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in [h for h in root.handlers if ours(h)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.WARNING)


def _flushed(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text("utf-8")


def test_a_registered_secret_is_masked_in_the_message_and_its_arguments(log_file: Path) -> None:
    register_secret(APP_SECRET)
    log = logging.getLogger("matrix_desktop.credentials")
    log.info("saved app secret %s for app key %s", APP_SECRET, "3527194801")
    log.info(f"inline {APP_SECRET} too")
    text = _flushed(log_file)
    assert APP_SECRET not in text
    assert "••••0c2e" in text
    assert "3527194801" in text  # the app key is not a secret and stays readable


def test_unregistered_token_shaped_strings_are_masked(log_file: Path) -> None:
    log = logging.getLogger("urllib3.connectionpool")
    log.debug('GET /2/statuses/home_timeline.json?access_token=%s&count=50 HTTP/1.1" 200', TOKEN)
    log.debug("POST /oauth2/access_token body: client_id=3527194801&client_secret=s3cr3tValue99&code=abc")
    log.debug("headers: {'Authorization': 'OAuth2 %s'}", "tok-not-weibo-shaped-0001")
    log.debug('response: {"access_token": "%s", "expires_in": 157679999}', TOKEN)
    log.info("bare token %s in text", TOKEN)
    text = _flushed(log_file)
    assert not TOKEN_SHAPED.search(text)
    assert "s3cr3tValue99" not in text
    assert "tok-not-weibo-shaped-0001" not in text
    assert "client_id=3527194801" in text
    assert "expires_in" in text


def test_a_logged_exception_traceback_is_masked(log_file: Path) -> None:
    register_secret(APP_SECRET)

    def exchange_code(secret: str) -> None:
        raise MatrixError(f"the platform refused client_secret {secret} and token {TOKEN}")

    try:
        exchange_code(APP_SECRET)
    except MatrixError:
        logging.getLogger("matrix_desktop.oauth").exception("connecting the account failed")
    text = _flushed(log_file)
    assert "Traceback" in text and "exchange_code" in text
    assert APP_SECRET not in text
    assert not TOKEN_SHAPED.search(text)


def test_stderr_gets_warnings_masked_too(capsys: pytest.CaptureFixture[str], log_file: Path) -> None:
    # capsys first: the stderr handler binds the stream that is sys.stderr when logging is configured.
    logging.getLogger("matrix_desktop").warning("token %s expired", TOKEN)
    logging.getLogger("matrix_desktop").info("not for stderr")
    err = capsys.readouterr().err
    assert "expired" in err and "not for stderr" not in err
    assert not TOKEN_SHAPED.search(err)


def test_configuring_twice_keeps_one_file_handler(tmp_path: Path, log_file: Path) -> None:
    configure_logging(log_file.parent)
    installed = [h for h in logging.getLogger().handlers if ours(h)]
    assert len(installed) == 2
    assert all(any(isinstance(f, RedactingFilter) for f in h.filters) for h in installed)


def test_redaction_leaves_ordinary_chinese_text_alone() -> None:
    text = "华为终端官方微博 转发了 2.00 版本公告；access 令牌已更新"
    assert redact(text) == text


def test_redacting_twice_gives_the_same_text() -> None:
    once = redact(f"access_token={TOKEN} Authorization: OAuth2 {TOKEN}")
    assert redact(once) == once
    assert TOKEN not in once
