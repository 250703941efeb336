"""Every platform error the sandbox answers arrives at the caller as its typed, explainable error."""

from __future__ import annotations

import pytest
import requests

from matrix_desktop.core.weibo_errors import (
    BadRequest,
    RateLimited,
    RepeatedContent,
    TextTooLong,
    TokenExpired,
    TokenInvalid,
)
from matrix_desktop.weibo.client import WeiboClient
from matrix_desktop.weibo.sandbox import demo
from matrix_desktop.weibo.sandbox.server import SandboxServer
from tests.fixtures.sandbox import SandboxFactory, account, client_for


def test_an_expired_token_raises_token_expired_21327(sandbox: SandboxServer) -> None:
    token = account(sandbox, "leader")["access_token"]
    sandbox.expire_token(token)
    with WeiboClient(sandbox.base_url, token) as client, pytest.raises(TokenExpired) as info:
        client.users_show(uid=demo.OFFICIAL.uid)
    err = info.value
    assert (err.code, err.http_status, err.request) == (21327, 401, "/2/users/show.json")
    assert "过期" in err.explain("zh") and "expired" in err.explain("en")
    assert token not in str(err) and token[-4:] not in repr(err)


def test_an_unknown_token_raises_token_invalid_21332(sandbox: SandboxServer) -> None:
    with WeiboClient(sandbox.base_url, "2.00NotARealTokenAtAll000000000") as client, \
            pytest.raises(TokenInvalid) as info:
        client.rate_limit_status()
    assert info.value.code == 21332


def test_no_token_at_all_is_10006(sandbox: SandboxServer) -> None:
    with WeiboClient(sandbox.base_url) as client, pytest.raises(TokenInvalid) as info:
        client.users_show(uid=demo.OFFICIAL.uid)
    assert info.value.code == 10006 and info.value.http_status == 400


def test_unknown_path_wrong_method_and_missing_parameter(sandbox: SandboxServer) -> None:
    token = account(sandbox, "official")["access_token"]
    auth = {"Authorization": f"OAuth2 {token}"}
    unknown = requests.get(f"{sandbox.base_url}/2/statuses/no_such_thing.json", headers=auth, timeout=5)
    assert unknown.status_code == 400
    assert unknown.json() == {"error": "Request api not found!", "error_code": 10020,
                              "request": "/2/statuses/no_such_thing.json"}
    wrong = requests.get(f"{sandbox.base_url}/2/comments/create.json", headers=auth, timeout=5)
    assert wrong.json()["error_code"] == 10021
    with WeiboClient(sandbox.base_url, token) as client, pytest.raises(BadRequest) as info:
        client._get("statuses/show")  # no id
    assert info.value.code == 10016 and "(id)" in info.value.platform_message


def test_the_same_comment_twice_is_refused_as_repeated_20019(official: WeiboClient) -> None:
    post = official.user_timeline(count=1)["statuses"][0]
    official.comments_create(post["id"], "欢迎大家留言")
    with pytest.raises(RepeatedContent) as info:
        official.comments_create(post["id"], "欢迎大家留言")
    assert info.value.code == 20019


def test_text_over_140_characters_is_refused_locally_and_by_the_platform(sandbox: SandboxServer,
                                                                         official: WeiboClient) -> None:
    post = official.user_timeline(count=1)["statuses"][0]
    long_text = "好" * 141
    with pytest.raises(TextTooLong) as local:
        official.comments_create(post["id"], long_text)
    assert local.value.http_status == 0  # never sent
    official.comments_create(post["id"], "好" * 140)  # exactly at the limit is fine
    token = account(sandbox, "official")["access_token"]
    answer = requests.post(f"{sandbox.base_url}/2/comments/create.json", timeout=5,
                           data={"access_token": token, "id": post["id"], "comment": long_text})
    assert answer.status_code == 400 and answer.json()["error_code"] == 20012


def test_the_101st_call_of_the_day_is_rate_limited_10023(sandbox_factory: SandboxFactory) -> None:
    server = sandbox_factory(tier="standard")
    with client_for(server) as client:
        for _ in range(100):
            client.get_uid()
        with pytest.raises(RateLimited) as info:
            client.get_uid()
        assert info.value.code == 10023 and info.value.http_status == 403
        assert info.value.retry_after is not None and info.value.retry_after > 0
        daily = next(x for x in client.rate_limit_status()["api_rate_limits"] if x["limit_time_unit"] == "DAYS")
        assert daily["remaining_hits"] == 0
