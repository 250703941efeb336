"""Forwarding against the sandbox: a plan for the demo matrix is made, approved and executed; every
planned forward lands exactly once, also when workers are killed mid-way or two run side by side.

Needs a keyring: run under /tmp/kr.sh.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from matrix_desktop.app.bootstrap import AppServices, bootstrap
from matrix_desktop.core.accounts import AccountQuery
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.forwarding.records import EntryState, ForwarderSettings, PlanState, PlanView
from matrix_desktop.core.weibo_errors import RepeatedContent
from matrix_desktop.services.forwarding.sending import ForwardSender
from matrix_desktop.services.forwarding.setup import ForwardSetup
from matrix_desktop.weibo.client import WeiboClient
from matrix_desktop.weibo.sandbox.server import SandboxServer
from tests.fixtures.sandbox import client_for


def connected(db_url: str, sandbox: SandboxServer) -> AppServices:
    s = bootstrap(db_url)
    s.members.add("boss", frozenset({MemberRole.ADMIN, MemberRole.LEADER, MemberRole.OPERATOR}))
    s.act_as("boss")
    s.config.set("weibo.base_url", sandbox.base_url, actor=s.actor)
    s.credentials.import_bundle(sandbox.credentials())
    s.sync.sync()
    s.forwarding.matrix.default_rules()
    # These tests are about delivery and run at any hour: the company's quiet hours would move a plan
    # made at night to 08:00. The quiet-hours test below puts them back.
    s.forwarding.setup.put(ForwardSetup(tier="classic", quiet_hours=None))
    return s


@pytest.fixture
def demo(sqlite_url: str, sandbox: SandboxServer) -> Iterator[AppServices]:
    s = connected(sqlite_url, sandbox)
    yield s
    s.close()


def official_posts(s: AppServices) -> list[str]:
    with s.uow.readonly() as uow:
        official = next(a.uid for a in uow.accounts.search(AccountQuery()) if a.role.value == "official")
    return [p.mid for p in s.forwarding.plans.recent_posts() if p.author_uid == official]


def reposts_on(sandbox: SandboxServer, mid: str) -> list[dict[str, object]]:
    with client_for(sandbox) as client:
        return list(client.iter_repost_timeline(mid))


def existing(sandbox: SandboxServer, mids: list[str]) -> set[str]:
    return {str(i["id"]) for mid in mids for i in reposts_on(sandbox, mid)}


def assert_each_sent_once(sandbox: SandboxServer, view: PlanView, before: set[str]) -> None:
    """Among the reposts made since `before` (the demo data has some), each planned one exactly once."""
    items = [i for i in reposts_on(sandbox, view.plan.post_mid) if str(i["id"]) not in before]
    by_pair = Counter((str(i["user"]["id"]), i["text"]) for i in items)  # type: ignore[index]
    uids = {e.account_uid for e in view.entries}
    ours = [i for i in items if str(i["user"]["id"]) in uids]  # type: ignore[index]
    for e in view.entries:
        assert e.state is EntryState.SENT, (e.screen_name, e.state, e.answer, e.attempts)
        assert by_pair[(e.account_uid, e.text or "转发微博")] == 1, e  # a plain repost reads 转发微博
    assert len(ours) == len(view.entries)


def test_a_plan_for_the_demo_matrix_is_approved_and_executed_once_each(demo: AppServices,
                                                                       sandbox: SandboxServer) -> None:
    fw = demo.forwarding
    mid = official_posts(demo)[0]
    start = datetime.now(UTC)
    before = existing(sandbox, [mid])
    view = fw.plans.plan(mid, seed=7, start=start, window=10, min_gap=5)
    already = {s.account_uid for s in view.plan.skipped if "already forwarded" in s.reason}
    assert len(view.entries) + len(already) == 35 and not view.problems
    approved = fw.plans.approve(view.id)
    # A clock we control: each run happens at an entry's time, and only that entry is due then.
    for e in approved.entries:
        assert fw.sending.run_due(now=e.at, worker_id="w") == 1
    done = fw.plans.status(view.id)
    assert done.plan.state is PlanState.DONE
    assert_each_sent_once(sandbox, done, before)
    times = [e.at for e in done.entries]
    assert all((b - a).total_seconds() >= 5 for a, b in pairwise(times))
    assert times[-1] <= start + timedelta(minutes=10)
    comments = [e.text for e in done.entries if e.text]
    assert len(set(comments)) == len(comments)
    # The sandbox saw them in the planned order.
    order = [str(i["user"]["id"]) for i in reversed(reposts_on(sandbox, mid))  # type: ignore[index]
             if str(i["id"]) not in before and str(i["user"]["id"]) in {e.account_uid for e in done.entries}]  # type: ignore[index]
    assert order == [e.account_uid for e in done.entries]


def test_an_account_that_forwarded_after_approval_is_skipped_and_an_expired_token_skips_with_a_notice(
        demo: AppServices, sandbox: SandboxServer) -> None:
    fw = demo.forwarding
    mid = official_posts(demo)[1]
    view = fw.plans.plan(mid, seed=2, start=datetime.now(UTC), window=10, min_gap=5)
    first, second = view.entries[0], view.entries[1]
    fw.plans.approve(view.id)
    with WeiboClient(sandbox.base_url, sandbox.token_for(first.account_uid)) as leader:
        leader.repost(mid, first.text)  # the leader forwarded by hand after the plan was approved
    sandbox.expire_token(next(a["access_token"] for a in sandbox.credentials()["accounts"]
                              if a["uid"] == second.account_uid))
    fw.sending.run_due(now=second.at, worker_id="w")
    fw.sending.run_due(now=second.at + timedelta(seconds=10), worker_id="w")  # a refused token is asked twice
    after = {e.id: e for e in fw.plans.status(view.id).entries}
    assert after[first.id].state is EntryState.SKIPPED and "already forwarded" in after[first.id].answer
    mine = [i for i in reposts_on(sandbox, mid) if str(i["user"]["id"]) == first.account_uid]  # type: ignore[index]
    assert len([i for i in mine if i["text"] == first.text]) == 1
    assert after[second.id].state is EntryState.SKIPPED and "token expired" in after[second.id].answer
    assert any(n.account_uid == second.account_uid for n in fw.sending.notices())


def _due_now(s: AppServices, plan_ids: list[int]) -> None:
    """Test arrangement: every entry due at once, so workers have a burst to fight over."""
    now = datetime.now(UTC)
    with s.uow() as uow:
        for pid in plan_ids:
            for e in uow.forwarding.entries(pid):
                uow.forwarding.update_entry(e.id, at=now - timedelta(seconds=1))
        uow.commit()


def _worker(db_url: str, *extra: str) -> subprocess.Popen[bytes]:
    """A worker process. Its stderr goes to a temporary file, not a pipe: with two workers the test waits
    on one while the other may log warnings, and a full, unread pipe would block that worker mid-claim."""
    env = dict(os.environ, MATRIX_DB_URL=db_url, MATRIX_USER="boss")
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([sys.executable, "-m", "matrix_desktop", "worker", "--until-idle", "--poll", "0.2",
                             "--lease", "1", *extra], env=env, stdout=subprocess.DEVNULL, stderr=log)
    proc.stderr_log = log  # type: ignore[attr-defined]
    return proc


def _finish(proc: subprocess.Popen[bytes], timeout: float) -> str:
    """Wait for a worker; return what it wrote on stderr (killing it, with its output, on a timeout)."""
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
def test_a_worker_killed_ten_times_still_sends_each_forward_exactly_once(demo: AppServices,
                                                                        sandbox: SandboxServer) -> None:
    fw = demo.forwarding
    mids = official_posts(demo)[2:4]
    before = existing(sandbox, mids)
    views = [fw.plans.plan(mid, seed=5, start=datetime.now(UTC), window=10, min_gap=5) for mid in mids]
    for v in views:
        fw.plans.approve(v.id)
    _due_now(demo, [v.id for v in views])
    rng = random.Random(2026)
    for _ in range(int(os.environ.get("MATRIX_KILL_TRIALS", "10"))):
        proc = _worker(demo.db_url, "--batch", "1")
        time.sleep(rng.uniform(0.6, 1.6))
        proc.send_signal(signal.SIGKILL)
        _finish(proc, 10)
    final = _worker(demo.db_url)
    err = _finish(final, 60)
    assert final.returncode == 0, err[-3000:]
    for v in views:
        done = fw.plans.status(v.id)
        assert done.plan.state is PlanState.DONE
        assert_each_sent_once(sandbox, done, before)


@pytest.mark.slow
def test_two_workers_on_one_postgresql_database_send_each_of_200_odd_entries_once(pg_url: str,
                                                                             sandbox: SandboxServer) -> None:
    s = connected(pg_url, sandbox)
    try:
        fw = s.forwarding
        for a in s.registry.search(AccountQuery()):
            fw.matrix.put_settings(ForwarderSettings(a.uid, daily_cap=10))
        mids = official_posts(s)[:7]
        before = existing(sandbox, mids)
        views = [fw.plans.plan(mid, seed=n, start=datetime.now(UTC), window=10, min_gap=5) for n, mid in enumerate(mids)]
        for v in views:
            fw.plans.approve(v.id)
        total = sum(len(v.entries) for v in views)
        assert total >= 200  # 35 accounts × 7 posts, less those that had forwarded a post on their own
        _due_now(s, [v.id for v in views])
        # Two live workers, nobody killed: a lease long enough that a busy machine never lets one expire
        # mid-send (that re-claim is the kill tests' subject, with the one-second lease).
        workers = [_worker(pg_url, "--batch", "3", "--lease", "30", "--worker-id", f"w{n}") for n in range(2)]
        for w in workers:
            err = _finish(w, 120)
            assert w.returncode == 0, err[-3000:]
        claims = Counter()
        for v in views:
            done = fw.plans.status(v.id)
            assert_each_sent_once(sandbox, done, before)
            claims.update(e.attempts for e in done.entries)
        assert claims == Counter({1: total})  # no entry was ever claimed twice
    finally:
        s.close()


# -- never twice, the right time ----------------------------------------------------------------------

BEIJING = ZoneInfo("Asia/Shanghai")


def matrix_reposts(sandbox: SandboxServer, mid: str, uids: set[str]) -> Counter[str]:
    return Counter(str(i["user"]["id"]) for i in reposts_on(sandbox, mid)  # type: ignore[index]
                   if str(i["user"]["id"]) in uids)  # type: ignore[index]


def test_a_plan_skips_an_account_that_already_reposted_the_post_and_nobody_forwards_twice(
        demo: AppServices, sandbox: SandboxServer) -> None:
    fw = demo.forwarding
    mid = official_posts(demo)[4]
    uids = {a.uid for a in demo.registry.search(AccountQuery())}
    before = matrix_reposts(sandbox, mid, uids)
    employee = next(a.uid for a in demo.registry.search(AccountQuery())
                    if a.role.value == "employee" and a.uid not in before)
    with WeiboClient(sandbox.base_url, sandbox.token_for(employee)) as own:
        own.repost(mid, "")  # on their own, after the last sync: only the platform's repost timeline knows
    view = fw.plans.plan(mid, seed=3, start=datetime.now(UTC), window=10, min_gap=5)
    reasons = {s.account_uid: s.reason for s in view.plan.skipped}
    assert "already forwarded this post on its own" in reasons[employee]
    for uid in before:
        assert "already forwarded" in reasons[uid]
    assert not {e.account_uid for e in view.entries} & (set(before) | {employee})
    for e in fw.plans.approve(view.id).entries:
        fw.sending.run_due(now=e.at, worker_id="w")
    after = matrix_reposts(sandbox, mid, uids)
    assert max(after.values()) == 1, after  # every matrix account forwarded the post once at most
    assert sum(after.values()) == len(before) + 1 + len(view.entries)


class WorkerKilled(BaseException):
    """The worker dies right after the request went out, before it records anything."""


class RewriteThenDie:
    """The platform as the worker sees it: the first repost of `uid` is called a repeat (20019); the
    rewritten one goes out to the sandbox, and then the worker dies."""

    def __init__(self, real: Any, uid: str) -> None:
        self.real = real
        self.uid = uid
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def session(self, token: str | None, **kw: Any) -> Any:
        session = self.real.session(token, **kw)
        outer = self
        real_repost = session.repost

        def repost(mid: str, text: str) -> str:
            if session.token_info().uid != outer.uid:
                return str(real_repost(mid, text))
            outer.calls += 1
            if outer.calls == 1:
                raise RepeatedContent(20019, "repeat content!", "/2/statuses/repost.json", 400)
            real_repost(mid, text)
            raise WorkerKilled

        session.repost = repost
        return session


def test_a_worker_killed_after_rewriting_a_repeated_text_does_not_send_it_again(
        demo: AppServices, sandbox: SandboxServer) -> None:
    fw = demo.forwarding
    mid = official_posts(demo)[5]
    view = fw.plans.plan(mid, seed=4, start=datetime.now(UTC), window=10, min_gap=5)
    target = view.entries[0]
    fw.plans.approve(view.id)
    dying = ForwardSender(demo.uow, demo.current_actor, demo.credentials, RewriteThenDie(demo.platform,
                                                                                           target.account_uid),
                          fw.plans)
    with pytest.raises(WorkerKilled):
        dying.run_due(now=target.at, worker_id="dies", lease_seconds=1)
    rewritten = fw.plans.status(view.id).entries[0]
    assert rewritten.state is EntryState.SENDING and rewritten.text != target.text  # recorded before it went out
    fw.sending.run_due(now=target.at + timedelta(seconds=2), worker_id="next")  # the lease ran out
    done = next(e for e in fw.plans.status(view.id).entries if e.id == target.id)
    assert done.state is EntryState.SENT and "not sent again" in done.answer
    mine = [i for i in reposts_on(sandbox, mid) if str(i["user"]["id"]) == target.account_uid]  # type: ignore[index]
    assert [i["text"] for i in mine] == [rewritten.text or "转发微博"]


def test_quiet_hours_hold_when_a_plan_approved_late_at_night_is_re_timed(
        demo: AppServices, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> None:
    fw = demo.forwarding
    fw.setup.put(ForwardSetup(tier="classic"))  # the company's quiet hours, 23:00–08:00, are back
    mid = official_posts(demo)[6]
    day = datetime.now(BEIJING).replace(hour=10, minute=0, second=0, microsecond=0) - timedelta(days=1)
    view = fw.plans.plan(mid, seed=9, start=day, window=60, min_gap=60)
    assert len(view.entries) > 20
    night = day + timedelta(hours=12, minutes=50)  # 22:50 the same day: the draft's times have all passed
    monkeypatch.setattr(fw.plans, "_clock", lambda: night)
    summary = fw.plans.approval_summary(view.id)
    assert summary.retimed and summary.forwards == len(view.entries) and not summary.problems
    approved = fw.plans.approve(view.id)
    times = [e.at for e in approved.entries]
    assert times[0] >= night
    for t in times:
        local = t.astimezone(BEIJING)
        assert not (local.hour >= 23 or local.hour < 8), local
    assert all((b - a).total_seconds() >= 60 for a, b in pairwise(times))
    assert (summary.first, summary.last) == (times[0], times[-1])
    for e in approved.entries:
        fw.sending.run_due(now=e.at, worker_id="w")
    assert fw.plans.status(view.id).plan.state is PlanState.DONE
