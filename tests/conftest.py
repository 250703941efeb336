"""Shared fixtures: an isolated MATRIX_HOME per test, and databases on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from matrix_desktop.app.bootstrap import AppServices, bootstrap

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ("tests.fixtures.sandbox",)

#: gnome-keyring's plain-text format: a login collection open without a password (see scripts/test.sh).
PLAIN_LOGIN_KEYRING = ("[keyring]\ndisplay-name=login\nctime=0\nmtime=0\nlock-on-idle=false\n"
                       "lock-after=false\n")


def pytest_configure(config: pytest.Config) -> None:
    """Each xdist worker gets a D-Bus session and a gnome-keyring of its own (scripts/test.sh asks for it).

    One gnome-keyring-daemon serving four workers at once crashes now and then ("assertion 'client'
    failed"), and while D-Bus starts it again every keyring call fails. One daemon per worker is served
    one test at a time, as in a single-process run."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker or os.environ.get("MATRIX_TEST_KEYRING_PER_WORKER") != "1":
        return
    import atexit
    import signal
    import subprocess

    base = Path(os.environ.get("XDG_RUNTIME_DIR", "/tmp")).parent / f"keyring-{worker}"
    data, runtime = base / "xdg-data", base / "runtime"
    (data / "keyrings").mkdir(parents=True, exist_ok=True)
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    (data / "keyrings" / "login.keyring").write_text(PLAIN_LOGIN_KEYRING)
    (data / "keyrings" / "default").write_text("login")
    os.environ.update(XDG_DATA_HOME=str(data), XDG_RUNTIME_DIR=str(runtime))
    started = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                             capture_output=True, text=True, check=True, timeout=30)
    address, pid = started.stdout.split()[:2]
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    subprocess.run(["gnome-keyring-daemon", "--start", "--components=secrets"], capture_output=True,
                   timeout=30, check=True)
    atexit.register(lambda: os.kill(int(pid), signal.SIGTERM))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test that runs on the PostgreSQL server (the `postgres` half of `db_url`, or one asking for `pg_url`)
    is marked `postgres`, so the quick loop can leave the server out."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_pg = callspec is not None and callspec.params.get("db_url") == "postgres"
        if on_pg or "pg_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)

REQUIRE_REAL = os.environ.get("MATRIX_REQUIRE_REAL_SERVICES") == "1"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data dir, so no test reads a user's (or another test's) files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MATRIX_HOME", str(home))
    monkeypatch.delenv("MATRIX_DB_URL", raising=False)
    monkeypatch.delenv("MATRIX_USER", raising=False)
    return home


def _pg_admin_url() -> str | None:
    url = os.environ.get("MATRIX_TEST_PG_URL")
    if not url:
        if REQUIRE_REAL:
            pytest.fail("MATRIX_TEST_PG_URL is not set but real services are required (run scripts/test.sh)")
        pytest.skip("no PostgreSQL server: set MATRIX_TEST_PG_URL (scripts/test.sh does)")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database on the test server, dropped afterwards."""
    import psycopg

    admin = _pg_admin_url()
    assert admin is not None
    name = f"matrix_test_{uuid.uuid4().hex[:12]}"
    conninfo = admin.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = conninfo.rpartition("/")
    yield f"{base}/{name}".replace("postgresql://", "postgresql+psycopg://", 1)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'matrix.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest) -> str:
    """The same test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def services(db_url: str) -> Iterator[AppServices]:
    """The app's services on a fresh database (SQLite and PostgreSQL), closed afterwards."""
    s = bootstrap(db_url)
    yield s
    s.close()
