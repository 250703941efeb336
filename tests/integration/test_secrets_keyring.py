"""The secret store against real keyrings: a Secret Service (gnome-keyring) and the encrypted file.

The Secret Service tests need a D-Bus session with an unlocked Secret Service, e.g.

    dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
        && .venv/bin/pytest tests/integration/test_secrets_keyring.py'

Without one they are skipped with the reason, unless MATRIX_REQUIRE_REAL_SERVICES=1, where they fail.
Every test keys its secrets under its own made-up API host, so running them on a developer's desktop
never touches the real credentials kept there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from matrix_desktop.core.secret import (
    KeyringUnavailable,
    MasterPasswordRequired,
    Secret,
    WrongMasterPassword,
    known_secrets,
)
from matrix_desktop.secrets import MASTER_PASSWORD_ENV, KeyringSecretStore, open_secret_store

REQUIRE_REAL = os.environ.get("MATRIX_REQUIRE_REAL_SERVICES") == "1"
APP_KEY = "3527194801"
APP_SECRET = "9b2f6e1c4a7d0e3f5a8b1c4d7e0f2a5b"
TOKEN = "2.00Xy7Lq3RkP0sMvN8wZtBc5DfGhJ4K"
OTHER_TOKEN = "2.00AaBbCcDdEeFfGgHhIiJjKkLlMmNn"
ROOT = Path(__file__).resolve().parents[2]


def _unavailable(reason: str) -> None:
    if REQUIRE_REAL:
        pytest.fail(f"MATRIX_REQUIRE_REAL_SERVICES=1 but {reason}")
    pytest.skip(reason)


def _test_host() -> str:
    return f"https://t{uuid.uuid4().hex[:12]}.test.invalid"


@pytest.fixture
def secret_service() -> Iterator[KeyringSecretStore]:
    """A store on the real Secret Service, keyed under a host of its own, emptied afterwards."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        _unavailable("no D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset); run the tests under "
                     "dbus-run-session with gnome-keyring-daemon --unlock")
    try:
        store = open_secret_store("secretservice", api_base_url=_test_host())
    except KeyringUnavailable as exc:
        _unavailable(f"no working Secret Service on this D-Bus session: {exc}")
    yield store
    store.delete_token("1001")
    store.delete_token("1002")
    store.delete_app_credentials()


def _read_in_another_process(api_base_url: str, uid: str) -> str:
    """The token as a separate process reads it from the Secret Service (proves it is really stored)."""
    code = textwrap.dedent(f"""
        from matrix_desktop.secrets import open_secret_store
        token = open_secret_store("secretservice", api_base_url={api_base_url!r}).token({uid!r})
        print(token.reveal() if token else "NONE")
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


# --- Secret Service -------------------------------------------------------------------------------


@pytest.mark.keyring
def test_secret_service_keeps_app_credentials_and_tokens(secret_service: KeyringSecretStore) -> None:
    assert secret_service.app_key() is None
    assert secret_service.token("1001") is None

    secret_service.set_app_credentials(APP_KEY, Secret(APP_SECRET))
    secret_service.set_token("1001", Secret(TOKEN))

    assert secret_service.app_key() == APP_KEY
    assert secret_service.app_secret() == Secret(APP_SECRET)
    assert secret_service.token("1001") == Secret(TOKEN)
    assert _read_in_another_process(f"https://{secret_service.host}", "1001") == TOKEN


@pytest.mark.keyring
def test_secret_service_names_its_provider(secret_service: KeyringSecretStore) -> None:
    assert secret_service.backend_name.startswith("Secret Service")
    if shutil.which("gnome-keyring-daemon"):
        assert secret_service.backend_name == "Secret Service (GNOME Keyring)"


@pytest.mark.keyring
def test_deleting_a_token_twice_is_not_an_error(secret_service: KeyringSecretStore) -> None:
    secret_service.set_token("1001", Secret(TOKEN))
    secret_service.delete_token("1001")
    secret_service.delete_token("1001")
    assert secret_service.token("1001") is None


@pytest.mark.keyring
def test_sandbox_and_real_platform_tokens_never_mix(secret_service: KeyringSecretStore) -> None:
    other = open_secret_store("secretservice", api_base_url=_test_host())
    try:
        secret_service.set_token("1001", Secret(TOKEN))
        assert other.token("1001") is None
        other.set_token("1001", Secret(OTHER_TOKEN))
        assert secret_service.token("1001") == Secret(TOKEN)
        assert other.token("1001") == Secret(OTHER_TOKEN)
    finally:
        other.delete_token("1001")


@pytest.mark.keyring
def test_two_sandboxes_on_one_host_keep_their_tokens_apart() -> None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        _unavailable("no D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset)")
    host = f"t{uuid.uuid4().hex[:12]}.test.invalid"
    try:
        first = open_secret_store("secretservice", api_base_url=f"http://{host}:8765")
    except KeyringUnavailable as exc:
        _unavailable(f"no working Secret Service: {exc}")
    try:
        first.set_token("1001", Secret(TOKEN))
        assert open_secret_store("secretservice", api_base_url=f"http://{host}:49152").token("1001") is None
        assert open_secret_store("secretservice", api_base_url=f"http://{host}:8765").token("1001") == Secret(TOKEN)
    finally:
        first.delete_token("1001")


@pytest.mark.keyring
def test_values_read_from_the_keyring_are_registered_for_log_redaction(
        secret_service: KeyringSecretStore) -> None:
    secret_service.set_token("1002", Secret(OTHER_TOKEN))
    assert secret_service.token("1002") is not None
    assert OTHER_TOKEN in known_secrets()


@pytest.mark.keyring
def test_a_keyring_that_needs_a_prompt_is_reported_in_words(tmp_path: Path) -> None:
    """A Secret Service that runs but cannot be used without a password prompt no one can answer.

    With a fresh HOME, gnome-keyring has no login collection, and creating one needs a prompt that
    cannot be shown on a machine with no display.
    """
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        _unavailable("dbus-run-session and gnome-keyring-daemon are needed to start a locked keyring")
    code = textwrap.dedent("""
        from matrix_desktop.secrets import KeyringUnavailable, open_secret_store
        try:
            open_secret_store("auto", api_base_url="https://locked.test.invalid")
        except KeyringUnavailable as exc:
            print(exc)
    """)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_RUNTIME_DIR": str(tmp_path)}
    done = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", code], capture_output=True,
                          text=True, timeout=60, cwd=ROOT, env=env)
    assert "No system keyring is available" in done.stdout
    assert "needs a password prompt that could not be shown" in done.stdout
    assert "keyring.backend cryptfile" in done.stdout


# --- no Secret Service at all ---------------------------------------------------------------------


def test_auto_without_any_keyring_refuses_in_words_and_writes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    code = textwrap.dedent(f"""
        import json
        from matrix_desktop.core.secret import Secret
        from matrix_desktop.secrets import KeyringUnavailable, open_secret_store
        try:
            store = open_secret_store("auto")
        except KeyringUnavailable as exc:
            print(json.dumps({{"error": str(exc)}}))
        else:
            store.set_token("1001", Secret({TOKEN!r}))
            print(json.dumps({{"error": None, "backend": store.backend_name}}))
    """)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MATRIX_", "XDG_"))}
    env.update(DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path / 'no-bus-here'}", HOME=str(home),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CONFIG_HOME=str(home / ".config"),
               MATRIX_HOME=str(home / "matrix"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    error = json.loads(done.stdout)["error"]
    assert error is not None, "a store opened with no keyring at all"
    assert "No system keyring is available" in error
    assert "never keeps them in plain text" in error
    assert "matrix-desktop config set keyring.backend cryptfile" in error
    assert MASTER_PASSWORD_ENV in error
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert not [p for p in written if TOKEN.encode() in p.read_bytes()]


def test_an_unknown_backend_name_is_refused() -> None:
    from matrix_desktop.core.errors import ConfigError

    with pytest.raises(ConfigError, match="auto, secretservice or cryptfile"):
        open_secret_store("plaintext")


# --- the encrypted file ---------------------------------------------------------------------------


def _cryptfile(path: Path, password: str = "正确的主密码 correct horse") -> KeyringSecretStore:
    return open_secret_store("cryptfile", cryptfile_path=path, master_password=lambda: password,
                             api_base_url="http://127.0.0.1:8765")


def test_encrypted_file_round_trip_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "secrets.cfg"
    store = _cryptfile(path)
    assert store.backend_name == f"encrypted file ({path})"
    store.set_app_credentials(APP_KEY, Secret(APP_SECRET))
    store.set_token("1001", Secret(TOKEN))

    reopened = _cryptfile(path)
    assert reopened.app_key() == APP_KEY
    assert reopened.app_secret() == Secret(APP_SECRET)
    assert reopened.token("1001") == Secret(TOKEN)
    reopened.delete_token("1001")
    reopened.delete_token("1001")
    assert reopened.token("1001") is None


def test_encrypted_file_holds_no_secret_in_clear_and_only_its_owner_may_read_it(tmp_path: Path) -> None:
    import base64

    path = tmp_path / "secrets.cfg"
    password = "master-pass-0042"
    store = _cryptfile(path, password)
    store.set_app_credentials(APP_KEY, Secret(APP_SECRET))
    store.set_token("1001", Secret(TOKEN))

    raw = path.read_bytes()
    for value in (APP_SECRET, TOKEN, password):
        assert value.encode() not in raw
        assert base64.b64encode(value.encode())[:16] not in raw
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_wrong_master_password_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "secrets.cfg"
    _cryptfile(path, "the-right-one").set_token("1001", Secret(TOKEN))

    with pytest.raises(WrongMasterPassword) as caught:
        _cryptfile(path, "the-wrong-one")
    message = str(caught.value)
    assert "master password does not open" in message and str(path) in message
    assert "the-wrong-one" not in message and "the-right-one" not in message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_no_master_password_asks_for_one_in_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MASTER_PASSWORD_ENV, raising=False)
    with pytest.raises(MasterPasswordRequired, match=MASTER_PASSWORD_ENV):
        open_secret_store("cryptfile", cryptfile_path=tmp_path / "s.cfg")
    with pytest.raises(MasterPasswordRequired, match="needs its master password"):
        open_secret_store("cryptfile", cryptfile_path=tmp_path / "s.cfg", master_password=lambda: None)
    with pytest.raises(MasterPasswordRequired, match="may not be empty"):
        open_secret_store("cryptfile", cryptfile_path=tmp_path / "s.cfg", master_password=lambda: "")
    assert not (tmp_path / "s.cfg").exists()


def test_the_master_password_can_come_from_the_environment_for_headless_use(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MASTER_PASSWORD_ENV, "headless-master-7")
    path = tmp_path / "s.cfg"
    opened = open_secret_store("cryptfile", cryptfile_path=path, api_base_url="http://127.0.0.1:8765")
    opened.set_token("1001", Secret(TOKEN))
    assert _cryptfile(path, "headless-master-7").token("1001") == Secret(TOKEN)


def test_a_damaged_encrypted_file_is_reported_without_its_contents(tmp_path: Path) -> None:
    path = tmp_path / "secrets.cfg"
    path.write_text(f"[keyring_2Dsetting]\nnot a keyring at all {TOKEN}\n", "utf-8")
    with pytest.raises((KeyringUnavailable, WrongMasterPassword)) as caught:
        _cryptfile(path)
    assert TOKEN not in str(caught.value)
    assert "secrets.cfg" in str(caught.value)


def test_tokens_saved_from_two_threads_at_once_are_both_kept_in_the_encrypted_file(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    store = _cryptfile(tmp_path / "secrets.cfg")
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda uid_token: store.set_token(*uid_token),
                      [("1001", Secret(TOKEN)), ("1002", Secret(OTHER_TOKEN))]))
    reopened = _cryptfile(tmp_path / "secrets.cfg")
    assert reopened.token("1001") == Secret(TOKEN)
    assert reopened.token("1002") == Secret(OTHER_TOKEN)


def test_an_empty_uid_is_refused_in_words(tmp_path: Path) -> None:
    from matrix_desktop.core.errors import ValidationError

    with pytest.raises(ValidationError, match="uid is empty"):
        _cryptfile(tmp_path / "secrets.cfg").token(" ")
