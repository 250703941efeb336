"""What the forwarding executor decides for each due entry: send, skip, retry, reschedule, or record what the
platform already has — decided on fakes of the database and the platform, with no network and no SQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from matrix_desktop.core.accounts import Account, AccountRole
from matrix_desktop.core.forwarding.records import EntryState, ForwardPlanRecord, PlanEntry, PlanState
from matrix_desktop.core.forwarding.rules import ForwardAction
from matrix_desktop.core.identity import SETUP_ACTOR
from matrix_desktop.core.secret import Secret
from matrix_desktop.core.weibo import PlatformItem
from matrix_desktop.core.weibo_errors import (
    RateLimited,
    RepeatedContent,
    TokenExpired,
    TransientError,
    WriteOutcomeUnknown,
)
from matrix_desktop.services.credentials import CredentialService
from matrix_desktop.services.forwarding.plans import ForwardPlans
from matrix_desktop.services.forwarding.sending import MAX_ATTEMPTS, ForwardSender
from tests.unit.fakes import (
    Data,
    FakeSecretStore,
    FakeSession,
    FakeUnitOfWorkFactory,
    FakeWeiboPlatform,
    connected,
    writes_by,
)

NOW = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
POST = "5010000000000001"
OFFICIAL, EMPLOYEE, OTHER = "6120040000", "6120050001", "6120050002"


class World:
    """One approved plan of two forwards of the official account's post, due now."""

    def __init__(self) -> None:
        d = Data()
        for uid, name, role in [(OFFICIAL, "星河乳业", AccountRole.OFFICIAL),
                                (EMPLOYEE, "员工一", AccountRole.EMPLOYEE), (OTHER, "员工二", AccountRole.EMPLOYEE)]:
            d.accounts[uid] = Account(len(d.accounts) + 1, uid, name, role)
        d.posts[POST] = (POST, OFFICIAL, "【新牧场开业】欢迎参观", NOW - timedelta(minutes=5))
        d.plans[1] = ForwardPlanRecord(1, POST, 7, {"start": NOW.isoformat(), "window_minutes": 60,
                                                    "min_gap_seconds": 60,
                                                    "window_end": (NOW + timedelta(hours=1)).isoformat()},
                                       PlanState.APPROVED, "op", NOW - timedelta(minutes=3))
        d.entries[1] = PlanEntry(1, 1, EMPLOYEE, "员工一", AccountRole.EMPLOYEE, NOW, ForwardAction.REPOST,
                                 "转发支持新牧场", EntryState.APPROVED)
        d.entries[2] = PlanEntry(2, 1, OTHER, "员工二", AccountRole.EMPLOYEE, NOW + timedelta(minutes=2),
                                 ForwardAction.REPOST, "欢迎大家来看看", EntryState.APPROVED)
        connected(d, [OFFICIAL, EMPLOYEE, OTHER], NOW)
        self.uow = FakeUnitOfWorkFactory(d)
        self.platform = FakeWeiboPlatform()
        self.keyring = FakeSecretStore()
        for uid in (EMPLOYEE, OTHER):
            self.keyring.set_token(uid, Secret(self.platform.token_for(uid)))
        self.credentials = CredentialService(self.uow, lambda url: self.keyring, lambda: SETUP_ACTOR, self.platform)
        self.clock = NOW
        plans = ForwardPlans(self.uow, lambda: SETUP_ACTOR, lambda: self.clock)
        self.sender = ForwardSender(self.uow, lambda: SETUP_ACTOR, self.credentials, self.platform, plans,
                                    lambda: self.clock)

    def run(self, at: datetime | None = None, worker: str = "w1") -> None:
        self.sender.run_due(now=at or self.clock, worker_id=worker)

    def entry(self, entry_id: int = 1) -> PlanEntry:
        return self.uow.data.entries[entry_id]


@pytest.fixture
def world() -> World:
    return World()


def test_a_due_forward_is_sent_once_and_audited(world: World) -> None:
    world.run()
    e = world.entry()
    assert e.state is EntryState.SENT and e.platform_id
    assert [(w.mid, w.text) for w in writes_by(world.platform, "repost")] == [(POST, "转发支持新牧场")]
    assert "forward.sent" in world.uow.data.actions()
    world.run(NOW + timedelta(minutes=1))
    assert len(writes_by(world.platform, "repost")) == 1  # the second entry is not due yet; the first is done


def test_a_forward_whose_answer_was_lost_but_is_on_the_repost_timeline_is_not_sent_again(world: World) -> None:
    world.platform.script("repost", "lost")
    world.run()
    e = world.entry()
    assert e.state is EntryState.SENT and "confirmed" in e.answer
    assert len(writes_by(world.platform, "repost")) == 1


def test_an_unknown_outcome_not_found_is_retried_later_and_fails_after_the_last_attempt(world: World) -> None:
    unknown = WriteOutcomeUnknown(0, "timeout", "/2/statuses/repost.json", 0)
    world.platform.script("repost", *[unknown] * MAX_ATTEMPTS)
    at = NOW
    for attempt in range(1, MAX_ATTEMPTS):
        world.run(at)
        e = world.entry()
        assert e.state is EntryState.APPROVED and e.attempts == attempt
        assert e.at == at + timedelta(seconds=30)
        at = e.at
    world.run(at)
    assert world.entry().state is EntryState.FAILED
    assert writes_by(world.platform, "repost") == []


def test_a_worker_that_died_mid_send_is_followed_by_one_that_looks_before_sending(world: World) -> None:
    # The first worker claimed the entry and its repost went out; then it died before recording anything.
    with world.uow() as uow:
        [claimed] = uow.forwarding.claim_due(NOW, "dead", NOW + timedelta(seconds=120), 1)
        uow.commit()
    world.platform.reposts[POST].append(PlatformItem("8000001", EMPLOYEE, claimed.entry.text))
    world.run(NOW + timedelta(seconds=121), worker="w2")  # the lease ran out
    e = world.entry()
    assert e.state is EntryState.SENT and e.platform_id == "8000001" and "not sent again" in e.answer
    assert [w for w in writes_by(world.platform, "repost") if w.text == claimed.entry.text] == []


def test_a_repeated_text_is_replaced_by_a_fresh_one_the_plan_does_not_use(world: World) -> None:
    world.platform.script("repost", RepeatedContent(20019, "repeated", "/2/statuses/repost.json", 400))
    world.run()
    e = world.entry()
    sent = writes_by(world.platform, "repost")
    assert e.state is EntryState.SENT and len(sent) == 1
    assert sent[0].text == e.text and e.text not in {"转发支持新牧场", "欢迎大家来看看"}


def test_one_token_refusal_is_asked_again_before_anything_is_disconnected(world: World) -> None:
    world.platform.script("repost", TokenExpired(21327, "expired_token", "/2/statuses/repost.json", 403))
    world.run()
    e = world.entry()
    assert e.state is EntryState.APPROVED and e.at == NOW + timedelta(seconds=5)
    assert world.uow.data.tokens[EMPLOYEE].state.value == "connected"
    world.run(e.at)
    assert world.entry().state is EntryState.SENT


def test_a_token_refused_twice_skips_the_forward_disconnects_and_tells_a_person(world: World) -> None:
    expired = TokenExpired(21327, "expired_token", "/2/statuses/repost.json", 403)
    world.platform.script("repost", expired, expired)
    world.platform.expired.add(world.keyring.token(EMPLOYEE).reveal())  # get_token_info agrees
    world.run()
    world.run(world.entry().at)
    e = world.entry()
    assert e.state is EntryState.SKIPPED and "token expired" in e.answer
    assert world.uow.data.tokens[EMPLOYEE].state.value == "expired"
    assert [n.account_uid for n in world.uow.data.notices] == [EMPLOYEE]
    assert writes_by(world.platform, "repost") == []


def test_an_account_with_no_token_and_no_connection_is_skipped_with_a_notice(world: World) -> None:
    world.keyring.delete_token(EMPLOYEE)
    del world.uow.data.tokens[EMPLOYEE]
    world.run()
    assert world.entry().state is EntryState.SKIPPED
    assert "reconnect" in world.entry().answer and world.uow.data.notices


def test_a_connected_account_whose_keyring_gave_nothing_is_looked_at_again_soon(world: World) -> None:
    world.keyring.delete_token(EMPLOYEE)  # the metadata still says connected: a locked or busy keyring
    world.run()
    e = world.entry()
    assert e.state is EntryState.APPROVED and e.at == NOW + timedelta(seconds=2)


def test_a_rate_limit_moves_the_forward_to_a_free_slot_that_keeps_the_gap(world: World) -> None:
    world.platform.script("repost", RateLimited(20016, "too often", "/2/statuses/repost.json", 403, retry_after=60))
    world.run()
    e, other = world.entry(1), world.entry(2)
    assert e.state is EntryState.APPROVED
    assert e.at >= NOW + timedelta(seconds=60)
    assert abs((e.at - other.at).total_seconds()) >= 60


def test_a_transient_fault_is_retried_and_not_counted_as_sent(world: World) -> None:
    world.platform.script("repost", TransientError(10001, "system error", "/2/statuses/repost.json", 500))
    world.run()
    assert world.entry().state is EntryState.APPROVED and writes_by(world.platform, "repost") == []
    world.run(world.entry().at)
    assert world.entry().state is EntryState.SENT


def test_nothing_is_sent_for_a_plan_that_is_not_approved(world: World) -> None:
    world.uow.data.plans[1] = ForwardPlanRecord(1, POST, 7, {}, PlanState.DRAFT, "op", NOW)
    world.run(NOW + timedelta(hours=1))
    assert world.platform.writes == [] and world.entry().state is EntryState.APPROVED


# -- never twice from one account ---------------------------------------------------------------------


class WorkerKilled(BaseException):
    """The worker process dies (a kill, a power cut): nothing after this line of the send runs."""


def test_an_account_that_already_forwarded_on_its_own_is_skipped_and_nothing_is_sent(world: World) -> None:
    world.platform.reposts[POST].append(PlatformItem("8000002", EMPLOYEE, "转发微博"))
    world.run()
    e = world.entry()
    assert e.state is EntryState.SKIPPED and "already forwarded this post on its own (repost 8000002)" in e.answer
    assert writes_by(world.platform, "repost") == []


def test_on_a_first_attempt_a_forward_with_the_same_words_is_still_the_persons_own(world: World) -> None:
    # The employee wrote the very words of the plan before the plan got there: it is theirs, not a lost send.
    world.platform.reposts[POST].append(PlatformItem("8000003", EMPLOYEE, "转发支持新牧场"))
    world.run()
    e = world.entry()
    assert e.state is EntryState.SKIPPED and e.platform_id == ""
    assert writes_by(world.platform, "repost") == []


def test_a_rewritten_text_is_recorded_before_the_rewrite_goes_out(world: World,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    world.platform.script("repost", RepeatedContent(20019, "repeated", "/2/statuses/repost.json", 400))
    seen: list[str] = []
    real = FakeSession.repost

    def repost_then_die(self: FakeSession, mid: str, text: str) -> str:
        seen.append(world.entry().text)  # what the database says while the request is on its way
        new_id = real(self, mid, text)
        if len(seen) == 2:
            raise WorkerKilled
        return new_id

    monkeypatch.setattr(FakeSession, "repost", repost_then_die)
    with pytest.raises(WorkerKilled):
        world.run()
    rewritten = writes_by(world.platform, "repost")[0].text
    assert seen == ["转发支持新牧场", rewritten]  # recorded before it was sent
    monkeypatch.setattr(FakeSession, "repost", real)
    world.run(NOW + timedelta(seconds=121), worker="w2")  # the dead worker's lease ran out
    e = world.entry()
    assert e.state is EntryState.SENT and e.text == rewritten and "not sent again" in e.answer
    mine = [w for w in writes_by(world.platform, "repost") if world.platform.owners[w.token] == EMPLOYEE]
    assert len(mine) == 1


def test_a_repeat_with_no_line_left_falls_back_to_a_plain_repost(world: World) -> None:
    world.uow.data.posts[POST] = (POST, OFFICIAL, "关于网传消息的说明", NOW - timedelta(minutes=5))
    world.platform.script("repost", RepeatedContent(20019, "repeated", "/2/statuses/repost.json", 400))
    world.run()
    e = world.entry()
    assert e.state is EntryState.SENT
    assert not any(w in e.text for w in ("好消息", "点赞", "！", "[")), e.text  # a statement is not celebrated


def test_a_token_refused_twice_that_the_platform_calls_valid_stays_connected(world: World) -> None:
    expired = TokenExpired(21327, "expired_token", "/2/statuses/repost.json", 403)
    world.platform.script("repost", expired, expired)
    world.run()
    world.run(world.entry().at)
    e = world.entry()
    assert e.state is EntryState.APPROVED and "valid token" in e.answer
    assert world.uow.data.tokens[EMPLOYEE].state.value == "connected" and not world.uow.data.notices
    world.run(e.at)
    assert world.entry().state is EntryState.SENT


def test_a_repeat_answer_after_a_lost_answer_means_already_sent_never_new_words(world: World) -> None:
    unknown = WriteOutcomeUnknown(0, "timeout", "/2/statuses/repost.json", 0)
    world.platform.script("repost", unknown)
    # The look before the send answers; the look after the lost answer fails.
    world.platform.script("reposts_of", "ok", TransientError(10001, "system error",
                                                             "/2/statuses/repost_timeline.json", 500))
    world.run()  # the send's answer is lost and the look-up fails too
    e = world.entry()
    assert e.state is EntryState.APPROVED
    world.platform.reposts.clear()  # and the timeline does not show it yet either
    world.platform.script("repost", RepeatedContent(20019, "repeated", "/2/statuses/repost.json", 400))
    world.run(e.at)
    e = world.entry()
    assert e.state is EntryState.SENT and "already sent" in e.answer
    assert writes_by(world.platform, "repost") == []  # no second repost, with or without new words
