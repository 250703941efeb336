"""The review desk against the sandbox: a bulk approval of 20 drafts sends 20 replies once each, an
approval taken back inside its undo window sends nothing, and a reply sent in error is deleted from the
platform (gone from `comments/show`) and audited; the sandbox answers the real API's codes for deletes
and for endpoints closed to standard apps."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from matrix_desktop.app.bootstrap import AppServices, bootstrap
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.inbox.review import ReviewSettings
from matrix_desktop.core.weibo_errors import ApiPermissionDenied, TargetNotFound
from matrix_desktop.weibo.client import WeiboClient
from matrix_desktop.weibo.sandbox.server import SandboxServer
from tests.fixtures.sandbox import account, client_for

pytestmark = pytest.mark.keyring

MANUAL = Path(__file__).resolve().parents[2] / "resources" / "demo" / "answer_manual.csv"


@pytest.fixture
def desk(sandbox: SandboxServer, sqlite_url: str) -> Iterator[AppServices]:
    services = bootstrap(sqlite_url)
    try:
        services.members.add("admin", frozenset({MemberRole.ADMIN}))
        services.members.add("leader", frozenset({MemberRole.LEADER}))
        services.act_as("admin")
        services.inbox.manual.import_manual(MANUAL.read_bytes(), MANUAL.name)
        services.credentials.import_bundle(sandbox.credentials())
        for _ in range(6):
            sandbox.generate_traffic(80)
            services.sync.sync()
            if len(comment_drafts(services)) >= 20:
                break
        services.act_as("leader")
        yield services
    finally:
        services.close()


def comment_drafts(services: AppServices) -> list[int]:
    return [d.id for d in services.inbox.replies.drafts()
            if services.inbox.triage.get(d.item_id).kind != "mention"]


def our_comments(sandbox: SandboxServer, uid: str, mid: str) -> dict[str, str]:
    token = next(a["access_token"] for a in sandbox.credentials()["accounts"] if a["uid"] == uid)
    with WeiboClient(sandbox.base_url, token, timeout=5.0) as client:
        return {str(c["idstr"]): c["text"] for c in client.iter_comments_show(mid) if str(c["user"]["idstr"]) == uid}


def later(services: AppServices, seconds: float) -> None:
    services.inbox.use_clock(lambda: datetime.now(UTC) + timedelta(seconds=seconds))


def test_a_bulk_approval_of_20_drafts_sends_20_replies_once_each(desk: AppServices, sandbox: SandboxServer) -> None:
    ids = comment_drafts(desk)[:20]
    assert len(ids) == 20
    desk.inbox.replies.approve_many(ids)
    assert desk.inbox.replies.send_approved().sent == []  # all inside their undo window
    later(desk, 60)
    report = desk.inbox.replies.send_approved()
    assert sorted(report.sent) == sorted(ids) and not report.failed
    assert desk.inbox.replies.send_approved().sent == []
    texts: Counter[str] = Counter()
    for i in ids:
        d = desk.inbox.replies.draft(i)
        item = desk.inbox.triage.get(d.item_id)
        on_platform = our_comments(sandbox, item.account_uid, item.post_mid)
        assert on_platform[d.platform_comment_id] == d.text
        texts.update(t for t in on_platform.values() if t == d.text)
    assert set(texts.values()) == {1}  # no reply went out twice


def test_an_approval_undone_inside_the_window_sends_nothing(desk: AppServices, sandbox: SandboxServer) -> None:
    [first, *_] = comment_drafts(desk)
    d = desk.inbox.replies.approve(first)
    assert desk.inbox.replies.undo_approval([first]) == [first]
    later(desk, 600)
    assert desk.inbox.replies.send_approved().sent == []
    item = desk.inbox.triage.get(d.item_id)
    assert d.text not in our_comments(sandbox, item.account_uid, item.post_mid).values()
    assert desk.inbox.replies.draft(first).state == "waiting_review"


def test_a_deleted_reply_disappears_from_the_platform_and_is_audited(desk: AppServices, sandbox: SandboxServer) -> None:
    desk.inbox.replies.save_review_settings(ReviewSettings(undo_seconds=0))
    [first, *_] = comment_drafts(desk)
    desk.inbox.replies.approve(first)
    assert desk.inbox.replies.send_approved().sent == [first]
    sent = desk.inbox.replies.draft(first)
    item = desk.inbox.triage.get(sent.item_id)
    assert sent.platform_comment_id in our_comments(sandbox, item.account_uid, item.post_mid)

    new_id = desk.inbox.replies.delete_sent(first, "回复错了人")
    assert sent.platform_comment_id not in our_comments(sandbox, item.account_uid, item.post_mid)
    assert desk.inbox.replies.draft(first).state == "deleted"
    assert desk.inbox.replies.draft(new_id).state == "waiting_review"
    assert desk.inbox.triage.get(item.id).status == "waiting_review"
    [entry] = [e for e in desk.audit.entries() if e.action == "reply.delete"]
    assert entry.detail["comment"] == sent.platform_comment_id and entry.actor == "leader"


def test_the_sandbox_deletes_only_your_own_comment_and_answers_20201_when_it_is_gone(
        sandbox: SandboxServer) -> None:
    fan_comment = sandbox.generate_traffic(5)
    assert fan_comment
    with client_for(sandbox, "official") as official:
        mid = official.iter_user_timeline(max_items=1).__next__()["idstr"]
        mine = official.comments_create(mid, "感谢大家的支持！")
        assert str(mine["idstr"]) in {str(c["idstr"]) for c in official.iter_comments_by_me()}
        with client_for(sandbox, "leader") as other, pytest.raises(ApiPermissionDenied) as denied:
            other.comments_destroy(mine["idstr"])
        assert denied.value.code == 20203
        assert str(official.comments_destroy(mine["idstr"])["idstr"]) == str(mine["idstr"])
        with pytest.raises(TargetNotFound) as gone:
            official.comments_destroy(mine["idstr"])
        assert gone.value.code == 20201
        assert str(mine["idstr"]) not in {str(c["idstr"]) for c in official.iter_comments_show(mid)}


def test_an_endpoint_closed_to_standard_apps_answers_10014_not_api_not_found(sandbox: SandboxServer) -> None:
    token = account(sandbox, "official")["access_token"]
    r = requests.post(f"{sandbox.base_url}/2/statuses/upload.json", data={"access_token": token, "status": "x"},
                      timeout=5)
    assert r.status_code == 403 and r.json()["error_code"] == 10014
    r = requests.get(f"{sandbox.base_url}/2/no/such_thing.json", params={"access_token": token}, timeout=5)
    assert r.json()["error_code"] == 10020
