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

import pytest

from matrix_desktop.app.bootstrap import AppServices, bootstrap
from matrix_desktop.core.accounts import AccountQuery
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.forwarding.records import EntryState, ForwarderSettings, PlanState, PlanView
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
        assert by_pair[(e.account_uid, e.text)] == 1, e
    assert len(ours) == len(view.entries)


def test_a_plan_for_the_demo_matrix_is_approved_and_executed_once_each(demo: AppServices,
                                                                       sandbox: SandboxServer) -> None:
    fw = demo.forwarding
    mid = official_posts(demo)[0]
    start = datetime.now(UTC)
    before = existing(sandbox, [mid])
    view = fw.plans.plan(mid, seed=7, start=start, window=10, min_gap=5)
    assert len(view.entries) == 35 and not view.problems
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
    assert len({e.text for e in done.entries}) == 35
    # The sandbox saw them in the planned order.
    order = [str(i["user"]["id"]) for i in reversed(reposts_on(sandbox, mid))  # type: ignore[index]
             if str(i["id"]) not in before and str(i["user"]["id"]) in {e.account_uid for e in done.entries}]  # type: ignore[index]
    assert order == [e.account_uid for e in done.entries]


def test_a_repeat_is_rewritten_once_and_an_expired_token_skips_with_a_notice(demo: AppServices,
                                                                            sandbox: SandboxServer) -> None:
    fw = demo.forwarding
    mid = official_posts(demo)[1]
    view = fw.plans.plan(mid, seed=2, start=datetime.now(UTC), window=10, min_gap=5)
    first, second = view.entries[0], view.entries[1]
    with WeiboClient(sandbox.base_url, sandbox.token_for(first.account_uid)) as leader:
        leader.repost(mid, first.text)  # the leader already said exactly this: the platform answers 20019
    sandbox.expire_token(next(a["access_token"] for a in sandbox.credentials()["accounts"]
                              if a["uid"] == second.account_uid))
    fw.plans.approve(view.id)
    fw.sending.run_due(now=second.at, worker_id="w")
    fw.sending.run_due(now=second.at + timedelta(seconds=10), worker_id="w")  # a refused token is asked twice
    after = {e.id: e for e in fw.plans.status(view.id).entries}
    assert after[first.id].state is EntryState.SENT and after[first.id].text != first.text
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
def test_two_workers_on_one_postgresql_database_send_each_of_210_entries_once(pg_url: str,
                                                                             sandbox: SandboxServer) -> None:
    s = connected(pg_url, sandbox)
    try:
        fw = s.forwarding
        for a in s.registry.search(AccountQuery()):
            fw.matrix.put_settings(ForwarderSettings(a.uid, daily_cap=10))
        mids = official_posts(s)[:6]
        before = existing(sandbox, mids)
        views = [fw.plans.plan(mid, seed=n, start=datetime.now(UTC), window=10, min_gap=5) for n, mid in enumerate(mids)]
        for v in views:
            fw.plans.approve(v.id)
        assert sum(len(v.entries) for v in views) == 210
        _due_now(s, [v.id for v in views])
        workers = [_worker(pg_url, "--batch", "3", "--worker-id", f"w{n}") for n in range(2)]
        for w in workers:
            err = _finish(w, 120)
            assert w.returncode == 0, err[-3000:]
        claims = Counter()
        for v in views:
            done = fw.plans.status(v.id)
            assert_each_sent_once(sandbox, done, before)
            claims.update(e.attempts for e in done.entries)
        assert claims == Counter({1: 210})  # no entry was ever claimed twice
    finally:
        s.close()
