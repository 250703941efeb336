"""What reply sending decides for each approved draft: send once, find a reply that already went out, keep a
draft whose outcome is unknown for a later look, defer on a rate limit — on fakes, no network, no SQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from matrix_desktop.core.accounts import Account, AccountRole
from matrix_desktop.core.identity import SETUP_ACTOR
from matrix_desktop.core.inbox.records import InboxItem, ReplyDraft
from matrix_desktop.core.secret import Secret
from matrix_desktop.core.weibo import PlatformItem
from matrix_desktop.core.weibo_errors import RateLimited, TextTooLong, WriteOutcomeUnknown
from matrix_desktop.services.credentials import CredentialService
from matrix_desktop.services.inbox.replies import ReplyReview
from tests.unit.fakes import (
    Data,
    FakeSecretStore,
    FakeUnitOfWorkFactory,
    FakeWeiboPlatform,
    connected,
    writes_by,
)

NOW = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)
OFFICIAL = "6120040000"
POST = "4900000000000001"
FAN_COMMENT = "5000001"
REPLY = "回复@张小姐:非常抱歉，请私信我们订单号"


def item(item_id: int, kind: str = "comment", platform_id: str = FAN_COMMENT) -> InboxItem:
    return InboxItem(item_id, item_id, kind, platform_id, OFFICIAL, "星河乳业", POST, "新品上市", "", "7000001",
                     "张小姐", 10, False, "收到就胀袋了，要求退款", NOW - timedelta(hours=1), "complaint", 2, 0.9, "",
                     "waiting_review", "", "", NOW + timedelta(hours=1), None, None)


def draft(draft_id: int, item_id: int, text: str = REPLY, state: str = "approved") -> ReplyDraft:
    return ReplyDraft(draft_id, item_id, "suggested", text, "", (), (), state, "", "leader", NOW, "", "", "",
                      NOW - timedelta(minutes=30), None, OFFICIAL, "张小姐", "收到就胀袋了", "complaint")


class Desk:
    def __init__(self) -> None:
        d = Data()
        d.accounts[OFFICIAL] = Account(1, OFFICIAL, "星河乳业", AccountRole.OFFICIAL)
        d.items[1] = item(1)
        d.drafts[1] = draft(1, 1)
        connected(d, [OFFICIAL], NOW)
        self.uow = FakeUnitOfWorkFactory(d)
        self.platform = FakeWeiboPlatform()
        self.keyring = FakeSecretStore()
        self.keyring.set_token(OFFICIAL, Secret(self.platform.token_for(OFFICIAL)))
        creds = CredentialService(self.uow, lambda url: self.keyring, lambda: SETUP_ACTOR, self.platform)
        self.replies = ReplyReview(self.uow, lambda: SETUP_ACTOR, creds, self.platform, lambda: NOW)

    def draft(self, draft_id: int = 1) -> ReplyDraft:
        return self.uow.data.drafts[draft_id]


@pytest.fixture
def desk() -> Desk:
    return Desk()


def test_an_approved_reply_is_sent_once_under_the_fans_comment_and_the_item_is_answered(desk: Desk) -> None:
    report = desk.replies.send_approved()
    assert report.sent == [1]
    [w] = writes_by(desk.platform, "reply")
    assert (w.mid, w.reply_to, w.text) == (POST, FAN_COMMENT, REPLY)
    d, i = desk.draft(), desk.uow.data.items[1]
    assert d.state == "sent" and d.platform_comment_id == w.id
    assert i.status == "replied" and i.first_response_at == NOW
    assert "reply.sent" in desk.uow.data.actions()
    assert desk.replies.send_approved().sent == []  # nothing is sent twice


def test_a_mention_is_answered_with_a_comment_on_the_post_that_mentions_us(desk: Desk) -> None:
    desk.uow.data.items[1] = item(1, kind="mention", platform_id="4911111111111111")
    desk.replies.send_approved()
    [w] = writes_by(desk.platform, "comment")
    assert w.mid == "4911111111111111"


def test_a_lost_answer_is_resolved_on_the_platform_without_a_second_reply(desk: Desk) -> None:
    desk.platform.script("reply", "lost")
    report = desk.replies.send_approved()
    assert report.sent == [1] and len(writes_by(desk.platform, "reply")) == 1
    assert desk.draft().state == "sent"


def test_a_draft_left_sending_by_a_crash_is_found_and_not_sent_again(desk: Desk) -> None:
    desk.uow.data.drafts[1] = draft(1, 1, state="sending")
    desk.platform.comments[POST].append(PlatformItem("5999001", OFFICIAL, "回复@张小姐:非常抱歉，请私信我们订单号",
                                                     FAN_COMMENT))
    report = desk.replies.send_approved()
    assert report.sent == [1] and desk.platform.writes == []
    assert desk.draft().platform_comment_id == "5999001"


def test_a_reply_to_another_comment_with_the_same_words_is_not_taken_for_ours(desk: Desk) -> None:
    desk.uow.data.drafts[1] = draft(1, 1, state="sending")
    desk.platform.comments[POST].append(PlatformItem("5999002", OFFICIAL, REPLY, "5000999"))
    desk.replies.send_approved()
    assert len(writes_by(desk.platform, "reply")) == 1  # not found under this fan's comment: sent


def test_an_outcome_unknown_twice_and_not_found_stays_sending_for_a_later_look(desk: Desk) -> None:
    unknown = WriteOutcomeUnknown(0, "timeout", "/2/comments/reply.json", 0)
    desk.platform.script("reply", unknown, unknown)
    report = desk.replies.send_approved()
    assert report.unknown == [1] and desk.draft().state == "sending"
    assert writes_by(desk.platform, "reply") == []


def test_a_rate_limit_defers_the_reply_and_keeps_it_approved(desk: Desk) -> None:
    desk.platform.script("reply", RateLimited(10023, "limit", "/2/comments/reply.json", 403, retry_after=600))
    report = desk.replies.send_approved()
    assert report.deferred == [1] and desk.draft().state == "approved"


def test_a_refusal_fails_the_reply_with_words_and_audits_it(desk: Desk) -> None:
    desk.platform.script("reply", TextTooLong(20012, "too long", "/2/comments/reply.json", 400))
    report = desk.replies.send_approved()
    assert [d for d, _ in report.failed] == [1]
    assert desk.draft().state == "failed" and desk.draft().error
    assert "reply.failed" in desk.uow.data.actions()


def test_an_account_without_a_token_fails_the_reply_and_sends_nothing(desk: Desk) -> None:
    desk.keyring.delete_token(OFFICIAL)
    report = desk.replies.send_approved()
    assert report.failed and desk.platform.writes == []
    assert "connect it again" in desk.draft().error


def test_only_the_named_accounts_are_sent_for(desk: Desk) -> None:
    assert desk.replies.send_approved(uids=["1234567890"]).sent == []
    assert desk.platform.writes == []


def test_a_failed_look_up_for_one_reply_does_not_stop_the_others(desk: Desk) -> None:
    from matrix_desktop.core.weibo_errors import TransientError

    desk.uow.data.items[2] = item(2, platform_id="5000002")
    desk.uow.data.drafts[2] = draft(2, 2, text="回复@张小姐:已为您登记")
    desk.uow.data.drafts[1] = draft(1, 1, state="sending")  # its last send's outcome was never learned
    desk.platform.script("comments_on", TransientError(10001, "system error", "/2/comments/show.json", 500))
    report = desk.replies.send_approved()
    assert report.unknown == [1] and report.sent == [2]
    assert desk.draft(1).state == "sending" and desk.draft(2).state == "sent"
