"""The OAuth2 code flow end to end: authorize page, loopback redirect, code exchange, token info."""

from __future__ import annotations

import re
import threading

import pytest
import requests

from matrix_desktop.core.errors import Cancelled
from matrix_desktop.core.progress import CancelToken
from matrix_desktop.core.weibo_errors import ApiPermissionDenied, OAuthError, TokenInvalid
from matrix_desktop.weibo.client import WeiboClient, authorize_url, exchange_code
from matrix_desktop.weibo.oauth import LoopbackRedirectCatcher
from matrix_desktop.weibo.sandbox import demo
from matrix_desktop.weibo.sandbox.server import SandboxServer


def _submit(page_url: str, uid: int, action: str = "authorize") -> requests.Response:
    """What a person does in the browser: open the page, pick the account, press a button."""
    page = requests.get(page_url, timeout=5)
    assert page.status_code == 200 and "授权" in page.text and f'value="{uid}"' in page.text
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', page.text))
    answer = requests.post(page_url.split("?")[0], data={**fields, "uid": uid, "action": action},
                           allow_redirects=False, timeout=5)
    assert answer.status_code == 302
    return requests.get(answer.headers["Location"], timeout=5)  # the browser follows to the catcher


def test_code_flow_from_authorize_page_to_token_info(sandbox: SandboxServer) -> None:
    creds = sandbox.credentials()
    leader = demo.LEADERS[1].uid
    with LoopbackRedirectCatcher() as catcher:
        url = authorize_url(sandbox.base_url, creds["app_key"], catcher.redirect_uri, state="s-123")
        landing = _submit(url, leader)
        assert "可以关闭此页" in landing.text
        code = catcher.wait_for_code("s-123", timeout=5)
    grant = exchange_code(sandbox.base_url, creds["app_key"], creds["app_secret"], code, catcher.redirect_uri)
    assert grant.uid == str(leader) and grant.expires_in > 0 and grant.access_token not in repr(grant)
    with WeiboClient(sandbox.base_url, grant.access_token) as client:
        info = client.get_token_info()
        assert (info.uid, info.appkey) == (str(leader), creds["app_key"]) and info.expire_in > 0
        assert client.get_uid() == str(leader)
        with pytest.raises(OAuthError) as reused:
            exchange_code(sandbox.base_url, creds["app_key"], creds["app_secret"], code, catcher.redirect_uri)
        assert reused.value.code == 21325
        assert client.revoke() is True
        with pytest.raises(TokenInvalid):
            client.get_uid()


def test_a_wrong_app_secret_is_refused_with_21324(sandbox: SandboxServer) -> None:
    creds = sandbox.credentials()
    with pytest.raises(OAuthError) as info:
        exchange_code(sandbox.base_url, creds["app_key"], "0" * 32, "whatever", "http://127.0.0.1:1/callback")
    assert info.value.code == 21324 and info.value.http_status == 401


def test_pressing_cancel_reaches_the_app_as_access_denied(sandbox: SandboxServer) -> None:
    creds = sandbox.credentials()
    with LoopbackRedirectCatcher() as catcher:
        url = authorize_url(sandbox.base_url, creds["app_key"], catcher.redirect_uri, state="x")
        _submit(url, demo.OFFICIAL.uid, action="deny")
        with pytest.raises(ApiPermissionDenied) as info:
            catcher.wait_for_code("x", timeout=5)
    assert info.value.code == 21330


def test_waiting_for_the_browser_can_be_cancelled() -> None:
    cancel = CancelToken()
    threading.Timer(0.2, cancel.cancel).start()
    with LoopbackRedirectCatcher() as catcher, pytest.raises(Cancelled):
        catcher.wait_for_code("s", timeout=10, cancel=cancel)


def test_a_non_loopback_redirect_uri_is_refused(sandbox: SandboxServer) -> None:
    url = authorize_url(sandbox.base_url, sandbox.credentials()["app_key"], "https://evil.example/cb", state="s")
    answer = requests.get(url, timeout=5)
    assert answer.status_code == 400 and answer.json()["error_code"] == 21322
