"""The inbox end to end against the sandbox: fan traffic arrives, is triaged with suggested replies, a
leader approves one and it appears under the fan's comment on the platform; a rejected one never does."""

from __future__ import annotations

from pathlib import Path

import pytest

from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.inbox.records import InboxQuery
from matrix_desktop.core.inbox.review import ReviewSettings
from matrix_desktop.weibo.client import WeiboClient
from matrix_desktop.weibo.sandbox.server import SandboxServer

pytestmark = pytest.mark.keyring

MANUAL = Path(__file__).resolve().parents[2] / "resources" / "demo" / "answer_manual.csv"


def replies_on_platform(server: SandboxServer, post_mid: str) -> list[dict[str, object]]:
    official = next(a for a in server.credentials()["accounts"] if a["role"] == "official")
    with WeiboClient(server.base_url, official["access_token"], timeout=5.0) as client:
        return list(client.iter_comments_show(post_mid))


def test_an_approved_suggestion_is_replied_on_the_platform_and_a_rejected_one_never(
        sandbox: SandboxServer, sqlite_url: str) -> None:
    services = bootstrap(sqlite_url)
    try:
        services.members.add("admin", frozenset({MemberRole.ADMIN}))
        services.members.add("leader", frozenset({MemberRole.LEADER}))
        services.act_as("admin")
        services.inbox.manual.import_manual(MANUAL.read_bytes(), MANUAL.name)
        services.credentials.import_bundle(sandbox.credentials())
        sandbox.generate_traffic(60)
        services.sync.sync()  # the after-sync hook ingests
        total = services.inbox.triage.count(InboxQuery())
        assert total > 0 and services.inbox.triage.ingest().created == 0
        drafts = [d for d in services.inbox.replies.drafts() if d.text.startswith("回复@")]
        comment_drafts = []
        for d in drafts:
            item = services.inbox.triage.get(d.item_id)
            if item.kind != "mention":
                comment_drafts.append((d, item))
        assert len(comment_drafts) >= 2, "the demo traffic should bring questions or complaints"
        (good, good_item), (bad, bad_item) = comment_drafts[0], comment_drafts[1]

        services.act_as("leader")
        services.inbox.replies.save_review_settings(ReviewSettings(undo_seconds=0))  # send at once
        services.inbox.replies.approve(good.id)
        services.inbox.replies.reject(bad.id, "口径未定，先私信沟通")
        report = services.inbox.replies.send_approved()
        assert report.sent == [good.id] and not report.failed

        sent = services.inbox.replies.draft(good.id)
        assert sent.state == "sent" and sent.platform_comment_id
        on_platform = replies_on_platform(sandbox, good_item.post_mid)
        ours = [c for c in on_platform if str(c["idstr"]) == sent.platform_comment_id]
        assert ours and ours[0]["text"] == good.text  # sent as suggested, with no doubled 回复@
        assert str(ours[0]["reply_comment"]["idstr"]) == good_item.platform_id  # type: ignore[index]
        assert services.inbox.triage.get(good_item.id).status == "replied"
        assert services.inbox.triage.get(good_item.id).first_response_at is not None

        assert services.inbox.replies.send_approved().sent == []  # exactly once
        texts = [c["text"] for c in replies_on_platform(sandbox, bad_item.post_mid)]
        assert bad.text not in texts and services.inbox.replies.draft(bad.id).state == "rejected"
        assert [e.action for e in services.audit.entries("reply.sent")] == ["reply.sent"]
    finally:
        services.close()
