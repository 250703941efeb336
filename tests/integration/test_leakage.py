"""Leakage guard: known secrets never appear in any file the app wrote, nor in reprs or error messages."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from matrix_desktop.app import paths
from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.app.cli import run
from matrix_desktop.app.logging_setup import configure_logging
from matrix_desktop.core.weibo_errors import WeiboApiError
from matrix_desktop.weibo.client import WeiboClient
from matrix_desktop.weibo.sandbox.server import SandboxServer

pytestmark = pytest.mark.keyring


def files_containing(root: Path, secrets: list[str]) -> dict[str, list[str]]:
    """Every file under `root` (binary-safe, any encoding we write) that holds one of `secrets`."""
    hits: dict[str, list[str]] = {}
    needles = {s: [s.encode("utf-8"), s.encode("utf-16-le")] for s in secrets}
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        found = [s for s, forms in needles.items() if any(f in data for f in forms)]
        if found:
            hits[str(path.relative_to(root))] = found
    return hits


def exercise_the_app(sandbox: SandboxServer, home: Path) -> list[str]:
    """Store secrets, sync, export, fail a request; return the secrets that were in play."""
    configure_logging(paths.log_dir(), level=logging.DEBUG)
    bundle = sandbox.credentials()
    secrets = [bundle["app_secret"], *(a["access_token"] for a in bundle["accounts"])]
    db = f"sqlite:///{home / 'matrix.db'}"
    services = bootstrap(db)
    try:
        services.credentials.import_bundle(bundle)
        assert not services.sync.sync().failed
        victim = bundle["accounts"][3]
        sandbox.revoke_token(victim["access_token"])
        report = services.sync.sync([str(victim["uid"])])
        assert report.failed, "the revoked token should make that account's sync fail"
        try:
            WeiboClient(sandbox.base_url, victim["access_token"]).users_show(uid=victim["uid"])
        except WeiboApiError as exc:
            logging.getLogger("test").exception("request failed with %s (token %s)", exc, victim["access_token"])
            assert victim["access_token"] not in str(exc) and victim["access_token"] not in repr(exc)
        assert victim["access_token"] not in repr(WeiboClient(sandbox.base_url, victim["access_token"]))
        assert victim["access_token"] not in repr(services.credentials)
    finally:
        services.close()
    out = io.StringIO()
    assert run(["--db", db, "accounts", "export", str(home / "accounts.csv")], stdout=out, stderr=out) == 0
    assert run(["--db", db, "audit", "export", str(home / "audit.csv")], stdout=out, stderr=out) == 0
    assert run(["--db", db, "credentials", "list"], stdout=out, stderr=out) == 0
    (home / "cli-output.txt").write_text(out.getvalue(), encoding="utf-8")
    for h in logging.getLogger().handlers:
        h.flush()
    return secrets


def test_no_secret_in_any_file_the_app_wrote(sandbox: SandboxServer, isolated_home: Path) -> None:
    secrets = exercise_the_app(sandbox, isolated_home)
    written = sorted(p.name for p in isolated_home.rglob("*") if p.is_file())
    assert "matrix.db" in written and "matrix-desktop.log" in written and "audit.csv" in written
    log = (paths.log_dir() / "matrix-desktop.log").read_text("utf-8")
    assert "request failed" in log, "the failing request was logged (masked)"
    assert files_containing(isolated_home, secrets) == {}


def test_the_scan_does_find_a_token_that_was_deliberately_logged(sandbox: SandboxServer,
                                                                 isolated_home: Path) -> None:
    """The guard above is only worth something if the scan catches a leak: show it once."""
    secrets = exercise_the_app(sandbox, isolated_home)
    careless = logging.FileHandler(isolated_home / "logs" / "careless.log", encoding="utf-8")  # no redaction
    logger = logging.getLogger("careless")
    logger.addHandler(careless)
    logger.propagate = False
    logger.warning("token is %s", secrets[1])
    careless.close()
    assert files_containing(isolated_home, secrets) == {"logs/careless.log": [secrets[1]]}
