"""An admin connects a sandbox account through the OAuth flow in the GUI; the token works for a sync."""

from __future__ import annotations

import threading
from urllib.parse import parse_qsl

import pytest
import requests

from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.credentials import TokenState
from matrix_desktop.core.errors import PermissionDenied
from matrix_desktop.core.secret import Secret
from matrix_desktop.ui.admin.credentials import CredentialsView
from matrix_desktop.weibo.sandbox.server import SandboxServer
from tests.ui.conftest import wait_idle

pytestmark = pytest.mark.keyring


def browser_that_authorises(uid: str):  # type: ignore[no-untyped-def]
    """Plays the person in the browser: opens the authorize page and presses 授权 for `uid`."""
    def open_url(url: str) -> None:
        def act() -> None:
            page = requests.get(url, timeout=10)
            page.raise_for_status()
            form = dict(parse_qsl(url.split("?", 1)[1]))
            requests.post(url.split("?", 1)[0], data={**form, "uid": uid, "action": "authorize"}, timeout=10)
        threading.Thread(target=act, daemon=True).start()
    return open_url


def test_admin_connects_an_account_through_oauth_and_syncs_with_it(
        qtbot, ui_ctx, sandbox: SandboxServer) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    services.members.add("admin", frozenset({MemberRole.ADMIN}))
    services.members.add("op", frozenset({MemberRole.OPERATOR}))
    services.act_as("admin")
    services.config.set("weibo.base_url", sandbox.base_url, actor=services.actor)
    creds = sandbox.credentials()
    services.credentials.set_app_credentials(creds["app_key"], Secret(creds["app_secret"]))
    employee = next(a for a in creds["accounts"] if a["role"] == "employee")
    uid = str(employee["uid"])

    view = CredentialsView(ui_ctx, open_url=browser_that_authorises(uid))
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    view.on_connect_clicked()
    def connected() -> bool:
        return any(s.account_uid == uid and s.state == TokenState.CONNECTED
                   for s in services.credentials.statuses())

    qtbot.waitUntil(connected, timeout=15000)
    wait_idle(qtbot, ui_ctx)
    row = next(s for s in view.model.items if s.account_uid == uid)
    assert row.masked.startswith("••••") and len(row.masked) == 8
    assert row.expires_at is not None

    report = services.sync.sync([uid])
    assert report.synced_uids == [uid], report.summary()

    services.act_as("op")
    with pytest.raises(PermissionDenied, match="op may not read account tokens"):
        services.credentials.reveal_token(uid)
    with pytest.raises(PermissionDenied):
        services.credentials.revoke(uid)
