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
