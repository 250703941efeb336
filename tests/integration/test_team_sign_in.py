"""Team mode: switching member in the window logs in to PostgreSQL with that member's own password.

The suite's shared server trusts every loopback login, so this test starts a server of its own that
checks passwords (scram-sha-256), the way a team's server does.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from matrix_desktop.app.bootstrap import AppServices, bootstrap
from matrix_desktop.app.signin import SignInRefused, sign_in
from matrix_desktop.core.company import MemberRole

pytestmark = pytest.mark.postgres


def _pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        if os.environ.get("MATRIX_REQUIRE_REAL_SERVICES") == "1":
            pytest.fail("PostgreSQL is not installed (scripts/setup.sh --test installs it)")
        pytest.skip("PostgreSQL is not installed")
    return found[-1].parent


def _as_owner(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@pytest.fixture
def password_server() -> Iterator[str]:
    """A PostgreSQL server on loopback whose logins need their password; its owner is app / app-pw."""
    if os.environ.get("MATRIX_TEST_PG_URL") is None and os.environ.get("MATRIX_REQUIRE_REAL_SERVICES") != "1":
        pytest.skip("team-mode tests run under scripts/test.sh")
    binary = _pg_bin()
    tmp_path = Path(tempfile.mkdtemp(prefix="matrix-pg-pw-"))  # beside /tmp: the postgres user must enter it
    data = tmp_path / "pg"
    data.mkdir()
    pwfile = tmp_path / "pw"
    pwfile.write_text("app-pw\n")
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
        shutil.chown(pwfile, "postgres", "postgres")
        os.chmod(tmp_path, 0o755)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run(_as_owner([str(binary / "initdb"), "-D", str(data), "-U", "app", "--auth=scram-sha-256",
                              f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C.UTF-8"]),
                   check=True, capture_output=True)
    subprocess.run(_as_owner([str(binary / "pg_ctl"), "-D", str(data), "-l", str(data / "log"), "-w", "-o",
                              f"-h 127.0.0.1 -p {port} -k {data} -c fsync=off", "start"]),
                   check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://app:app-pw@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_owner([str(binary / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(tmp_path, ignore_errors=True)


def _team(url: str) -> AppServices:
    """A team database with boss (admin, no login of their own), xiaolin and a deactivated member, whose
    logins have passwords."""
    owner = bootstrap(url)
    owner.members.add("boss", frozenset({MemberRole.ADMIN}))
    owner.act_as("boss")
    owner.members.add("xiaolin", frozenset({MemberRole.OPERATOR}))
    owner.members.add("gone", frozenset({MemberRole.OPERATOR}))
    owner.members.set_active("gone", False)
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        for login in ("xiaolin", "gone"):
            conn.execute(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{login}-pw'")
            conn.execute(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{login}"')
            conn.execute(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "{login}"')
    return owner


def test_switching_member_needs_their_own_password(password_server: str) -> None:
    owner = _team(password_server)
    try:
        with pytest.raises(SignInRefused) as refused:
            sign_in(owner, "xiaolin", "wrong")
        assert refused.value.why == "password" and "wrong" not in str(refused.value)
        with pytest.raises(SignInRefused) as inactive:
            sign_in(owner, "gone", "gone-pw")  # a deactivated member's login no longer signs in
        assert inactive.value.why == "member"

        signed = sign_in(owner, "xiaolin", "xiaolin-pw")
        try:
            assert signed is not owner and signed.actor.name == "xiaolin"
            assert signed.actor.roles == frozenset({MemberRole.OPERATOR})
            assert "xiaolin-pw" not in repr(signed.engine.url)
        finally:
            signed.close()
    finally:
        owner.close()


def test_the_window_asks_who_signs_in_and_their_password_at_start(password_server: str, qapp, monkeypatch,
                                                                  tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from matrix_desktop.ui.application import team_sign_in
    from matrix_desktop.ui.i18n import set_language
    from matrix_desktop.ui.qt import QtCore, QtWidgets
    from matrix_desktop.ui.shell import SignInDialog

    set_language("en")
    answers = iter([("xiaolin", "wrong"), ("xiaolin", "xiaolin-pw")])

    def answer(dialog: SignInDialog) -> int:  # the person picks a member and types a password
        name, password = next(answers)
        dialog.member.setCurrentIndex(dialog.member.findData(name))
        dialog.password.setText(password)
        return int(QtWidgets.QDialog.DialogCode.Accepted.value)

    warned: list[str] = []
    monkeypatch.setattr(SignInDialog, "exec", answer)
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    settings = QtCore.QSettings(str(tmp_path / "ui.ini"), QtCore.QSettings.Format.IniFormat)
    owner = _team(password_server)
    try:
        signed = team_sign_in(owner, settings, None)
        assert signed is not None and signed is not owner
        try:
            assert signed.actor.name == "xiaolin"
            assert warned == ["The team database did not accept xiaolin's password."]
            assert settings.value("identity/member") == "xiaolin"  # remembered; the password is not
            settings.sync()
            assert "xiaolin-pw" not in (tmp_path / "ui.ini").read_text("utf-8")
        finally:
            signed.close()
    finally:
        owner.close()
