"""Publishing against the sandbox: a leader approves a checked post, the worker publishes it at its time
exactly once — also when the answer is lost, or a worker is killed mid-way — and the sandbox answers
`statuses/share` as the platform does (rip required, 10017, 20019, 20021, text kept as sent)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any

import pytest

from matrix_desktop.app.bootstrap import AppServices, bootstrap
from matrix_desktop.core.accounts import AccountQuery
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import PermissionDenied, ValidationError
from matrix_desktop.core.progress import NEVER_CANCELLED, CancelToken
from matrix_desktop.core.publishing import Column, PostState
from matrix_desktop.core.weibo_errors import BadRequest, WeiboApiError, WriteOutcomeUnknown
from matrix_desktop.services.publishing.publisher import PostPublisher
from matrix_desktop.weibo.client import WeiboClient
from matrix_desktop.weibo.sandbox import demo as sandbox_demo
from matrix_desktop.weibo.sandbox.server import SandboxServer
from tests.fixtures.sandbox import client_for

LINK = f"https://{sandbox_demo.SAFE_DOMAIN}/news/1"


def connected(db_url: str, sandbox: SandboxServer) -> AppServices:
    s = bootstrap(db_url)
    s.members.add("boss", frozenset({MemberRole.ADMIN, MemberRole.LEADER, MemberRole.OPERATOR}))
    s.act_as("boss")
    s.members.add("op", frozenset({MemberRole.OPERATOR}))
    s.config.set("weibo.base_url", sandbox.base_url, actor=s.actor)
    s.config.set("weibo.safe_domain", sandbox.credentials()["safe_domain"], actor=s.actor)
    s.credentials.import_bundle(sandbox.credentials())
    s.sync.sync()
    return s


@pytest.fixture
def demo(sqlite_url: str, sandbox: SandboxServer) -> Iterator[AppServices]:
    s = connected(sqlite_url, sandbox)
    yield s
    s.close()


def official_uid(s: AppServices) -> str:
    with s.uow.readonly() as uow:
        return next(a.uid for a in uow.accounts.search(AccountQuery()) if a.role.value == "official")


def timeline_texts(sandbox: SandboxServer, text: str) -> list[dict[str, Any]]:
    with client_for(sandbox) as client:
        return [i for i in client.iter_user_timeline(max_items=200) if i["text"] == text]


def test_a_scheduled_post_is_published_at_its_time_exactly_once(demo: AppServices, sandbox: SandboxServer) -> None:
    uid = official_uid(demo)
    at = datetime.now(UTC) + timedelta(seconds=30)
    text = f"星河鲜牛奶新品上市，冬季限定口味今天开卖 {LINK}"
    draft = demo.publishing.posts.draft(uid, text, at, Column.PRODUCT)
    assert not draft.blocked, draft.hits
    approved = demo.publishing.posts.approve(draft.post.id)
    assert approved.post.state is PostState.SCHEDULED
    pub = demo.publishing.publisher
    assert pub.run_due(now=at - timedelta(seconds=1), worker_id="w") == 0  # not yet
    assert timeline_texts(sandbox, text) == []
    assert pub.run_due(now=at, worker_id="w") == 1
    assert pub.run_due(now=at + timedelta(minutes=5), worker_id="w") == 0  # nothing left to do
    post = demo.publishing.posts.get(draft.post.id)
    assert post.state is PostState.PUBLISHED and post.platform_mid
    shown = timeline_texts(sandbox, text)
    assert [str(i["id"]) for i in shown] == [post.platform_mid]
    assert pub.pending() == (0, None)


def test_a_draft_with_a_sensitive_word_or_without_the_safe_link_cannot_be_approved_and_says_why(
        demo: AppServices) -> None:
    uid = official_uid(demo)
    demo.publishing.library.add_word("最低价", "广告法", "《广告法》禁用的极限词")
    at = datetime.now(UTC) + timedelta(hours=2)
    sensitive = demo.publishing.posts.draft(uid, f"星河酸奶全网最低价，快来抢 {LINK}", at, Column.PRODUCT)
    with pytest.raises(ValidationError) as why:
        demo.publishing.posts.approve(sensitive.post.id)
    assert "最低价" in str(why.value) and "广告法" in str(why.value)
    unlinked = demo.publishing.posts.draft(uid, "星河牧场的冬天，奶牛们也在晒太阳", at + timedelta(hours=2),
                                           Column.BRAND_STORY)
    with pytest.raises(ValidationError) as why:
        demo.publishing.posts.approve(unlinked.post.id)
    assert "safe domain" in str(why.value) and sandbox_demo.SAFE_DOMAIN in str(why.value)
    assert demo.publishing.posts.get(unlinked.post.id).state is PostState.DRAFT


def test_only_a_leader_approves(demo: AppServices) -> None:
    uid = official_uid(demo)
    demo.act_as("op")
    draft = demo.publishing.posts.draft(uid, f"星河新品预告 {LINK}", datetime.now(UTC) + timedelta(hours=1))
    with pytest.raises(PermissionDenied):
        demo.publishing.posts.approve(draft.post.id)


class _LosingSession:
    """The real sandbox session, but the answer of the first share is lost after the post went through."""

    def __init__(self, inner: Any, losses: list[int]) -> None:
        self.inner, self.losses = inner, losses

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def __enter__(self) -> _LosingSession:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.inner.close()

    def share(self, text: str, picture: bytes | None = None) -> str:
        mid = self.inner.share(text, picture)
        if self.losses:
            self.losses.pop()
            raise WriteOutcomeUnknown(0, "answer lost", "/2/statuses/share.json", 0)
        return str(mid)


class _LosingPlatform:
    def __init__(self, inner: Any, losses: int) -> None:
        self.inner, self.losses = inner, [1] * losses

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def session(self, token: str | None, *, cancel: CancelToken = NEVER_CANCELLED) -> _LosingSession:
        return _LosingSession(self.inner.session(token, cancel=cancel), self.losses)


def test_a_lost_answer_is_confirmed_on_the_timeline_not_sent_again(demo: AppServices,
                                                                   sandbox: SandboxServer) -> None:
    uid = official_uid(demo)
    now = datetime.now(UTC)
    text = f"星河乳业年度品牌故事：一杯牛奶的三十年 {LINK}"
    post = demo.publishing.posts.draft(uid, text, now, Column.BRAND_STORY).post
    demo.publishing.posts.approve(post.id)
    publisher = PostPublisher(demo.uow, demo.current_actor, demo.credentials, _LosingPlatform(demo.platform, 1))  # type: ignore[arg-type]
    assert publisher.run_due(now=now, worker_id="w") == 1
    done = demo.publishing.posts.get(post.id)
    assert done.state is PostState.PUBLISHED and "confirmed" in done.answer
    assert len(timeline_texts(sandbox, text)) == 1


def test_a_worker_that_died_after_its_claim_looks_on_the_timeline_first(demo: AppServices,
                                                                        sandbox: SandboxServer) -> None:
    uid = official_uid(demo)
    now = datetime.now(UTC)
    text = f"星河粉丝节：晒出你和星河的故事 {LINK}"
    post = demo.publishing.posts.draft(uid, text, now, Column.FAN_ACTIVITY).post
    demo.publishing.posts.approve(post.id)
    with demo.uow() as uow:  # a worker claims it, and its share reaches the platform; then it dies
        assert len(uow.publishing.claim_due(now, "dead", now + timedelta(seconds=1), 5)) == 1
        uow.commit()
    with WeiboClient(sandbox.base_url, sandbox.token_for(uid)) as client:
        client.share(text)
    assert demo.publishing.publisher.run_due(now=now + timedelta(seconds=0.5), worker_id="w") == 0  # lease holds
    assert demo.publishing.publisher.run_due(now=now + timedelta(seconds=2), worker_id="w") == 1
    done = demo.publishing.posts.get(post.id)
    assert done.state is PostState.PUBLISHED and "not sent again" in done.answer
    assert len(timeline_texts(sandbox, text)) == 1


def test_a_published_post_starts_a_forwarding_plan_in_one_step(demo: AppServices) -> None:
    uid = official_uid(demo)
    demo.forwarding.matrix.default_rules()
    now = datetime.now(UTC)
    post = demo.publishing.posts.draft(uid, f"星河新牧场开业，欢迎参观 {LINK}", now, Column.PRODUCT).post
    demo.publishing.posts.approve(post.id)
    demo.publishing.publisher.run_due(now=now, worker_id="w")
    plan_id = demo.publishing.posts.start_forwarding(post.id)
    view = demo.forwarding.plans.status(plan_id)
    assert view.plan.post_mid == demo.publishing.posts.get(post.id).platform_mid and view.entries
    with pytest.raises(ValidationError):
        demo.publishing.posts.start_forwarding(post.id)


# -- the sandbox's statuses/share --------------------------------------------------------------------


def test_share_requires_rip_and_answers_the_platforms_codes(sandbox: SandboxServer) -> None:
    with client_for(sandbox, retries=0) as client:
        client.rip = None  # type: ignore[assignment]
        with pytest.raises(BadRequest) as missing:
            client.share(f"没有 rip 的请求 {LINK}")
        assert missing.value.code == 10016 and "rip" in str(missing.value)
    with client_for(sandbox) as client:
        with pytest.raises(WeiboApiError) as no_link:
            client.share("没有链接的文字")
        assert no_link.value.code == 10017
        with pytest.raises(WeiboApiError) as sensitive:
            client.share(f"兼职刷单日赚三百 {LINK}")
        assert sensitive.value.code == 20021
        kept = f"#星河牧场# 话题与链接都原样保留 {LINK}"
        body = client.share(kept)
        assert body["text"] == kept
        with pytest.raises(WeiboApiError) as repeat:
            client.share(kept)
        assert repeat.value.code == 20019


def test_fan_traffic_reposts_what_the_matrix_published(sandbox: SandboxServer) -> None:
    with client_for(sandbox) as client:
        mid = str(client.share(f"星河冬季新品，转发抽奖送奶卡 {LINK}")["id"])
        sandbox.generate_traffic(40)
        reposts = list(client.iter_repost_timeline(mid))
    assert len(reposts) >= 5
    assert all(str(r["retweeted_status"]["id"]) == mid for r in reposts)


# -- the worker, killed ----------------------------------------------------------------------------------


def _worker(db_url: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, MATRIX_DB_URL=db_url, MATRIX_USER="boss")
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([sys.executable, "-m", "matrix_desktop", "worker", "--until-idle", "--poll", "0.2",
                             "--lease", "1", "--batch", "1"], env=env, stdout=subprocess.DEVNULL, stderr=log)
    proc.stderr_log = log  # type: ignore[attr-defined]
    return proc


def _finish(proc: subprocess.Popen[bytes], timeout: float) -> str:
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    log = proc.stderr_log  # type: ignore[attr-defined]
    log.seek(0)
    text = log.read().decode("utf-8", "replace")
    log.close()
    return text


@pytest.mark.slow
def test_a_worker_killed_again_and_again_still_publishes_each_post_exactly_once(
        demo: AppServices, sandbox: SandboxServer) -> None:
    uids = [a["uid"] for a in sandbox.credentials()["accounts"]][:6]
    now = datetime.now(UTC)
    texts = {}
    for n, uid in enumerate(uids):
        for k in range(2):
            text = f"星河乳业第{n}-{k}号推送：牧场直送的鲜奶 {LINK}?p={n}{k}"
            post = demo.publishing.posts.draft(uid, text, now + timedelta(seconds=k), Column.PRODUCT).post
            demo.publishing.posts.approve(post.id)
            texts[post.id] = (uid, text)
    rng = random.Random(17)
    for _ in range(6):
        proc = _worker(demo.db_url)
        time.sleep(rng.uniform(0.8, 1.8))
        proc.send_signal(signal.SIGKILL)
        _finish(proc, 10)
    final = _worker(demo.db_url)
    err = _finish(final, 60)
    assert final.returncode == 0, err[-3000:]
    for post_id, (uid, text) in texts.items():
        post = demo.publishing.posts.get(post_id)
        assert post.state is PostState.PUBLISHED, (post.answer, post.attempts)
        with WeiboClient(sandbox.base_url, sandbox.token_for(uid)) as client:
            same = [i for i in client.iter_user_timeline(uid, max_items=100) if i["text"] == text]
        assert [str(i["id"]) for i in same] == [post.platform_mid]
