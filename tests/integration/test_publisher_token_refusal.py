"""The scheduled-post worker and a token refusal (issue 15, item 1 for publishing): one 21327 that the
platform's own token check (`get_token_info`, asked twice) does not back is a fault, so the post waits
and is published later and the account stays connected; a token the platform really ended disconnects
the account and the post fails with "reconnect". Real sandbox over HTTP, real SQLite, real keyring."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from matrix_desktop.app.bootstrap import AppServices, bootstrap
from matrix_desktop.core.accounts import AccountQuery
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.credentials import TokenState
from matrix_desktop.core.publishing import Column, PostState
from matrix_desktop.weibo.sandbox import demo as sandbox_demo
from matrix_desktop.weibo.sandbox.server import SandboxServer
from tests.fixtures.sandbox import client_for

LINK = f"https://{sandbox_demo.SAFE_DOMAIN}/news/1"


@pytest.fixture
def team(sqlite_url: str, sandbox: SandboxServer) -> Iterator[AppServices]:
    s = bootstrap(sqlite_url)
    s.members.add("boss", frozenset({MemberRole.ADMIN, MemberRole.LEADER, MemberRole.OPERATOR}))
    s.act_as("boss")
    s.config.set("weibo.base_url", sandbox.base_url, actor=s.actor)
    s.config.set("weibo.safe_domain", sandbox.credentials()["safe_domain"], actor=s.actor)
    s.credentials.import_bundle(sandbox.credentials())
    yield s
    s.close()


def approved_post(s: AppServices, text: str, at: datetime) -> tuple[str, int]:
    with s.uow.readonly() as uow:
        uid = next(a.uid for a in uow.accounts.search(AccountQuery()) if a.role.value == "official")
    draft = s.publishing.posts.draft(uid, text, at, Column.PRODUCT)
    assert not draft.blocked, draft.hits
    s.publishing.posts.approve(draft.post.id)
    return uid, draft.post.id


def token_state(s: AppServices, uid: str) -> TokenState:
    with s.uow.readonly() as uow:
        meta = uow.tokens.get(uid)
    assert meta is not None
    return meta.state


def on_timeline(sandbox: SandboxServer, text: str) -> int:
    with client_for(sandbox) as client:
        return sum(1 for i in client.iter_user_timeline(max_items=200) if i["text"] == text)


def test_one_refusal_the_token_check_does_not_back_keeps_the_account_and_the_post_goes_out_later(
        team: AppServices, sandbox: SandboxServer) -> None:
    now = datetime.now(UTC)
    text = f"星河鲜牛奶冬季限定口味今天开卖 {LINK}"
    uid, post_id = approved_post(team, text, now)
    sandbox.set_faults("expired=1.0")  # every API call says 21327; get_token_info says the token is fine
    assert team.publishing.publisher.run_due(now=now, worker_id="w") == 1  # settled or rescheduled
    post = team.publishing.posts.get(post_id)
    assert post.state is PostState.SCHEDULED and "refused a valid token" in post.answer
    assert token_state(team, uid) is TokenState.CONNECTED  # no false disconnect
    sandbox.set_faults("")
    assert on_timeline(sandbox, text) == 0

    assert team.publishing.publisher.run_due(now=now + timedelta(minutes=1), worker_id="w") == 1
    assert team.publishing.posts.get(post_id).state is PostState.PUBLISHED
    assert on_timeline(sandbox, text) == 1
    assert token_state(team, uid) is TokenState.CONNECTED


def test_a_token_the_platform_really_ended_disconnects_the_account_and_fails_the_post(
        team: AppServices, sandbox: SandboxServer) -> None:
    now = datetime.now(UTC)
    text = f"星河酸奶新口味上市 {LINK}"
    uid, post_id = approved_post(team, text, now)
    token = team.credentials.token_for_use(uid, "test", audited=False)
    assert token is not None
    sandbox.expire_token(token.reveal())
    assert team.publishing.publisher.run_due(now=now, worker_id="w") == 1  # settled or rescheduled
    post = team.publishing.posts.get(post_id)
    assert post.state is PostState.FAILED and "reconnect" in post.answer
    assert token_state(team, uid) is TokenState.EXPIRED
