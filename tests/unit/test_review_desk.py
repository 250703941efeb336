"""The review desk's decisions on fakes: the undo window holds an approval back and can take it back,
bulk approval is all or nothing, an unsent edit is kept as a revision, a reply sent in error is deleted
and audited with the item back in the queue, and drafts are routed to the right leader."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from matrix_desktop.core.accounts import Account, AccountRole
from matrix_desktop.core.company import Member, MemberRole
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.identity import Actor
from matrix_desktop.core.inbox.review import (
    DeskFilter,
    DeskRow,
    ReviewSettings,
    Routing,
    filter_counts,
    filter_rows,
)
from matrix_desktop.core.secret import Secret
from matrix_desktop.services.credentials import CredentialService
from matrix_desktop.services.inbox.replies import ReplyReview
from tests.unit.fakes import FakeSecretStore, FakeUnitOfWorkFactory, FakeWeiboPlatform, connected, writes_by
from tests.unit.test_reply_sending import NOW, OFFICIAL, POST, draft, item

LEADER = Actor("wang", frozenset({MemberRole.LEADER}))


class Clock:
    def __init__(self) -> None:
        self.t = NOW

    def __call__(self) -> datetime:
        return self.t


class Desk:
    def __init__(self, n: int = 3) -> None:
        from tests.unit.fakes import Data

        d = Data()
        d.accounts[OFFICIAL] = Account(1, OFFICIAL, "星河乳业", AccountRole.OFFICIAL, owner="li")
        d.members["wang"] = Member(1, "wang", roles=frozenset({MemberRole.LEADER}))
        d.members["li"] = Member(2, "li", roles=frozenset({MemberRole.LEADER}))
        d.members["op"] = Member(3, "op", roles=frozenset({MemberRole.OPERATOR}))
        for i in range(1, n + 1):
            d.items[i] = item(i, platform_id=str(5000000 + i))
            d.drafts[i] = replace(draft(i, i, text=f"回复@张小姐:非常抱歉，第{i}件我们马上处理", state="waiting_review"),
                                  reviewer="", reviewed_at=None)
        connected(d, [OFFICIAL], NOW)
        self.uow = FakeUnitOfWorkFactory(d)
        self.platform = FakeWeiboPlatform()
        self.keyring = FakeSecretStore()
        self.keyring.set_token(OFFICIAL, Secret(self.platform.token_for(OFFICIAL)))
        self.actor = LEADER
        creds = CredentialService(self.uow, lambda url: self.keyring, lambda: self.actor, self.platform)
        self.clock = Clock()
        self.replies = ReplyReview(self.uow, lambda: self.actor, creds, self.platform, self.clock)

    @property
    def data(self):  # type: ignore[no-untyped-def]
        return self.uow.data


@pytest.fixture
def desk() -> Desk:
    return Desk()


def test_an_approved_reply_waits_out_its_undo_window_before_it_is_sent(desk: Desk) -> None:
    d = desk.replies.approve(1)
    assert d.not_before == NOW + timedelta(seconds=20) and d.approved_at == NOW
    report = desk.replies.send_approved()
    assert report.sent == [] and report.held == [1] and writes_by(desk.platform, "reply") == []
    assert desk.replies.pending_send_uids() == []
    assert desk.replies.next_send_at() == NOW + timedelta(seconds=20)
    desk.clock.t = NOW + timedelta(seconds=21)
    assert desk.replies.send_approved().sent == [1]
    assert len(writes_by(desk.platform, "reply")) == 1


def test_an_approval_taken_back_inside_the_window_sends_nothing_and_keeps_the_edit(desk: Desk) -> None:
    desk.replies.approve(1, "回复@张小姐:抱歉，已为您登记退款")
    desk.clock.t = NOW + timedelta(seconds=5)
    assert desk.replies.undo_approval([1]) == [1]
    d = desk.data.drafts[1]
    assert d.state == "waiting_review" and d.pending_edit == "回复@张小姐:抱歉，已为您登记退款"
    desk.clock.t = NOW + timedelta(minutes=5)
    assert desk.replies.send_approved().sent == []
    assert desk.platform.writes == []
    assert "reply.undo" in desk.data.actions()


def test_an_approval_cannot_be_taken_back_once_its_window_is_over(desk: Desk) -> None:
    desk.replies.approve(1)
    desk.clock.t = NOW + timedelta(seconds=20)
    with pytest.raises(ValidationError, match="already on its way"):
        desk.replies.undo_approval([1])
    assert desk.data.drafts[1].state == "approved"


def test_bulk_approval_is_all_or_nothing_and_sends_each_reply_once(desk: Desk) -> None:
    desk.replies.reject(3, "口径未定")
    with pytest.raises(ValidationError) as err:
        desk.replies.approve_many([1, 2, 3])
    assert err.value.problems == ["reply 3 is rejected, not waiting for review"]
    assert desk.data.drafts[1].state == "waiting_review"
    assert [d.id for d in desk.replies.approve_many([1, 2])] == [1, 2]
    desk.clock.t = NOW + timedelta(minutes=1)
    assert sorted(desk.replies.send_approved().sent) == [1, 2]
    assert desk.replies.send_approved().sent == []
    assert len(writes_by(desk.platform, "reply")) == 2


def test_an_unsent_edit_is_kept_as_a_revision_and_cleared_by_the_approval(desk: Desk) -> None:
    desk.replies.save_edit(1, "回复@张小姐:改过的话")
    assert (desk.data.drafts[1].pending_edit, desk.data.drafts[1].pending_edit_by) == ("回复@张小姐:改过的话", "wang")
    desk.replies.save_edit(1, desk.data.drafts[1].text)  # back to the draft's words: no edit left
    assert desk.data.drafts[1].pending_edit == ""
    desk.replies.save_edit(1, "回复@张小姐:再改")
    desk.replies.approve(1, "回复@张小姐:再改")
    assert desk.data.drafts[1].pending_edit == "" and desk.data.drafts[1].edited_text == "回复@张小姐:再改"


def test_a_sent_reply_is_deleted_audited_and_its_item_goes_back_to_the_queue(desk: Desk) -> None:
    desk.replies.approve(1)
    desk.clock.t = NOW + timedelta(minutes=1)
    desk.replies.send_approved()
    sent = desk.data.drafts[1]
    new_id = desk.replies.delete_sent(1, "回复了错误的订单")
    assert desk.platform.comments[POST] == []
    assert desk.data.drafts[1].state == "deleted" and desk.data.drafts[1].deleted_by == "wang"
    assert desk.data.drafts[new_id].state == "waiting_review" and desk.data.drafts[new_id].text == sent.text
    assert desk.data.items[1].status == "waiting_review"
    entry = desk.data.audit[-1]
    assert entry.action == "reply.delete" and entry.detail["comment"] == sent.platform_comment_id
    assert entry.detail["reason"] == "回复了错误的订单"


def test_a_reply_already_gone_from_the_platform_counts_as_deleted(desk: Desk) -> None:
    desk.data.drafts[1] = replace(desk.data.drafts[1], state="sent", platform_comment_id="999")
    desk.replies.delete_sent(1, "重复")
    assert desk.data.drafts[1].state == "deleted" and desk.data.audit[-1].detail["already_gone"] is True


def test_only_a_sent_reply_can_be_deleted_and_only_with_a_reason(desk: Desk) -> None:
    with pytest.raises(ValidationError, match="say why"):
        desk.replies.delete_sent(1, " ")
    with pytest.raises(ValidationError, match="only a sent reply"):
        desk.replies.delete_sent(1, "错")


def test_drafts_are_routed_to_the_account_owner_a_named_reviewer_or_any_leader(desk: Desk) -> None:
    def who() -> list[tuple[str, ...]]:
        return [r.reviewers for r in desk.replies.desk()]

    assert who()[0] == ("li", "wang")  # any leader by default
    d = desk.data.drafts
    for i in d:
        d[i] = replace(d[i], account_owner="li")
    desk.replies.save_review_settings(ReviewSettings(20, Routing.OWNER, "wang"))
    assert who()[0] == ("li",)
    desk.replies.save_review_settings(ReviewSettings(20, Routing.NAMED, "wang"))
    assert who()[0] == ("wang",)
    desk.replies.reassign([1], "li")
    assert who() == [("li",), ("wang",), ("wang",)]
    with pytest.raises(ValidationError, match="not an active leader"):
        desk.replies.reassign([1], "op")
    with pytest.raises(ValidationError, match="not an active leader"):
        desk.replies.save_review_settings(ReviewSettings(20, Routing.NAMED, "op"))


def test_desk_filters_and_their_counts() -> None:
    now = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
    rows = [DeskRow(replace(draft(i, i, state="waiting_review"), category=cat, priority=p,
                            item_created_at=now - timedelta(hours=h)), who)
            for i, (cat, p, h, who) in enumerate([("complaint", 1, 0.5, ("wang",)), ("question", 3, 2, ("li",)),
                                                  ("complaint", 2, 30, ("li", "wang"))], start=1)]
    f = DeskFilter(category="complaint", reviewer="wang")
    assert [r.id for r in filter_rows(rows, f, now)] == [1, 3]
    counts = filter_counts(rows, f, now)
    assert counts["category"] == {"": 2, "complaint": 2}  # wang's drafts by category
    assert counts["reviewer"] == {"": 2, "wang": 2, "li": 1}  # complaints by reviewer
    assert counts["age"]["gt24h"] == 1 and counts["age"]["lt1h"] == 1
    assert [r.id for r in filter_rows(rows, DeskFilter(age="1to4h"), now)] == [2]
