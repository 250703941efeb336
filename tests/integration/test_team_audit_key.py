"""Team mode and the sealed audit trail: two desktops, each with a keyring of its own (an encrypted file),
write to one PostgreSQL database. The second desktop cannot seal until an admin moves the key to it with
`audit key export` / `audit key import`; then both write and both verify the same trail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.keyring

PASSPHRASE = "团队审计密钥 shared-2026"


def desktop(home: Path, pg_url: str) -> dict[str, str]:
    """The environment of one desktop: its own data folder and an encrypted-file keyring."""
    home.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MATRIX_")}
    env.update(MATRIX_HOME=str(home), MATRIX_DB_URL=pg_url, MATRIX_KEYRING_BACKEND="cryptfile",
               MATRIX_KEYRING_PASSWORD=f"desktop {home.name} master password",
               MATRIX_AUDIT_KEY_PASSPHRASE=PASSPHRASE)
    return env


def md(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "matrix_desktop", *args], env=env, capture_output=True,
                          text=True, timeout=120)


def test_a_second_desktop_seals_the_team_trail_once_an_admin_moved_the_key(pg_url: str, tmp_path: Path) -> None:
    a, b = desktop(tmp_path / "a", pg_url), desktop(tmp_path / "b", pg_url)
    assert md(a, "members", "add", "boss", "--role", "admin").returncode == 0
    assert md(a, "--as", "boss", "members", "add", "op1", "--role", "operator").returncode == 0

    refused = md(b, "--as", "boss", "members", "add", "op2", "--role", "operator")
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1

    key_file = tmp_path / "team-audit.key"
    assert md(a, "--as", "boss", "audit", "key", "export", str(key_file)).returncode == 0
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert PASSPHRASE not in key_file.read_text() and '"key"' not in key_file.read_text()
    wrong = dict(b, MATRIX_AUDIT_KEY_PASSPHRASE="not the passphrase")
    bad = md(wrong, "--as", "boss", "audit", "key", "import", str(key_file))
    assert bad.returncode != 0 and "passphrase is wrong" in bad.stderr
    assert md(b, "--as", "boss", "audit", "key", "import", str(key_file)).returncode == 0

    assert md(b, "--as", "boss", "members", "add", "op2", "--role", "operator").returncode == 0
    assert md(a, "--as", "boss", "members", "add", "op3", "--role", "operator").returncode == 0
    for env in (a, b):
        verdict = md(env, "--as", "boss", "audit", "verify")
        assert verdict.returncode == 0, verdict.stdout + verdict.stderr
        assert "intact" in verdict.stdout


def test_only_an_admin_may_export_the_audit_key(pg_url: str, tmp_path: Path) -> None:
    a = desktop(tmp_path / "a", pg_url)
    md(a, "members", "add", "boss", "--role", "admin")
    md(a, "--as", "boss", "members", "add", "op1", "--role", "operator")
    done = md(a, "--as", "op1", "audit", "key", "export", str(tmp_path / "k"))
    assert done.returncode != 0 and "admin" in done.stderr and not (tmp_path / "k").exists()
