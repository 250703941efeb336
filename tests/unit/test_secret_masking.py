"""A Secret never shows its value by accident: not in repr, str, f-strings, exceptions, pickles or JSON."""

from __future__ import annotations

import copy
import json
import logging
import pickle
from dataclasses import asdict, dataclass

import pytest

from matrix_desktop.core.errors import MatrixError
from matrix_desktop.core.secret import MASK, Secret, known_secrets, mask, redact_known

TOKEN = "2.00Tk7q3bXk9Lq0AbCdEfGhIj"


def test_mask_shows_the_last_four_characters_only_of_a_long_value() -> None:
    assert mask(TOKEN) == "••••GhIj"
    assert mask("123456789012") == "••••9012"


def test_mask_of_a_short_value_shows_nothing_of_it() -> None:
    assert mask("12345678901") == MASK
    assert mask("a") == MASK


def test_mask_of_nothing_is_empty_so_a_screen_can_say_not_set() -> None:
    assert mask(None) == ""
    assert mask("") == ""


def test_repr_str_and_fstrings_of_a_secret_show_the_mask() -> None:
    secret = Secret(TOKEN)
    shown = [repr(secret), str(secret), f"{secret}", f"{secret!r}", f"{secret:>20}",
             "%s" % secret,  # noqa: UP031 - %-formatting is what logging does
             "{}".format(secret),  # noqa: UP032 - str.format is how templates are filled
             repr([secret]), repr({"token": secret})]
    for text in shown:
        assert TOKEN not in text
        assert "GhIj" in text
    assert repr(secret) == "Secret('••••GhIj')"


def test_reveal_gives_the_value_back() -> None:
    assert Secret(TOKEN).reveal() == TOKEN


def test_secrets_are_equal_by_value_and_never_equal_to_the_bare_string() -> None:
    assert Secret(TOKEN) == Secret(TOKEN)
    assert Secret(TOKEN) != Secret(TOKEN + "x")
    assert Secret(TOKEN) != TOKEN  # comparing with a plain string is a bug waiting to leak
    assert len({Secret(TOKEN), Secret(TOKEN)}) == 1


def test_an_exception_carrying_a_secret_shows_only_the_mask() -> None:
    secret = Secret(TOKEN)
    err = MatrixError(f"the platform refused token {secret}")
    assert TOKEN not in str(err)
    assert TOKEN not in repr(err)
    args_err = ValueError("refused", secret)
    assert TOKEN not in str(args_err) and TOKEN not in repr(args_err)


def test_pickling_a_secret_is_refused() -> None:
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(Secret(TOKEN))
    with pytest.raises(TypeError):
        pickle.dumps({"account": "1001", "token": Secret(TOKEN)})


def test_json_serialising_a_secret_is_refused() -> None:
    with pytest.raises(TypeError):
        json.dumps({"token": Secret(TOKEN)})
    # The usual "make it serialisable" shortcut still only writes the mask.
    assert TOKEN not in json.dumps({"token": Secret(TOKEN)}, default=str)


def test_copying_a_secret_keeps_it_a_secret() -> None:
    @dataclass
    class Credential:
        uid: str
        token: Secret

    cred = Credential("1001", Secret(TOKEN))
    assert copy.copy(cred.token) is cred.token
    assert asdict(cred)["token"] == Secret(TOKEN)
    assert TOKEN not in repr(cred)


def test_a_secret_refuses_to_wrap_anything_but_a_string() -> None:
    with pytest.raises(TypeError):
        Secret(b"2.00bytes")  # type: ignore[arg-type]


def test_creating_a_secret_registers_it_for_redaction_but_short_values_are_not() -> None:
    value = "app-secret-0f9e8d7c6b5a"
    Secret(value)
    Secret("short")
    assert value in known_secrets()
    assert "short" not in known_secrets()
    assert redact_known(f"secret is {value}!") == "secret is ••••6b5a!"


def test_logging_a_secret_argument_writes_only_the_mask(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        logging.getLogger("test").info("token for %s is %s", "1001", Secret(TOKEN))
    assert TOKEN not in caplog.text
    assert "••••GhIj" in caplog.text
