"""Reply sending killed at random moments, on a platform that fails some calls: every approved reply ends up
on the platform at most once, a reply recorded as sent is there exactly once, a failed one is not there.

`MATRIX_KILL_TRIALS` (default 4) and `MATRIX_FAULT_LEVELS` (default "0.2") set the size of the run;
`scripts/longrun.sh` runs it with 50 kills at 5, 20 and 50% faults.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.inbox.review import ReviewSettings
from matrix_desktop.weibo.client import WeiboClient
from tests.fixtures.sandbox import SandboxFactory

pytestmark = [pytest.mark.keyring, pytest.mark.slow]

MANUAL = Path(__file__).resolve().parents[2] / "resources" / "demo" / "answer_manual.csv"
TRIALS = int(os.environ.get("MATRIX_KILL_TRIALS", "4"))
LEVELS = [float(x) for x in os.environ.get("MATRIX_FAULT_LEVELS", "0.2").split(",")]


def faults(level: float) -> str:
    """`level` of all requests fail: server errors, timeouts (the answer is lost) and malformed answers."""
    return f"5xx={level * 0.4:.3f},timeout={level * 0.4:.3f},malformed={level * 0.2:.3f}"


@pytest.mark.parametrize("level", LEVELS)
def test_killed_reply_sending_under_faults_never_doubles_a_reply(
        sandbox_factory: SandboxFactory, tmp_path: Path, level: float) -> None:
    clean = sandbox_factory(seed_value=11, fault_delay=0.3)
    db = f"sqlite:///{tmp_path / 'replies.db'}"
    s = bootstrap(db)
    try:
        s.members.add("admin", frozenset({MemberRole.ADMIN}))
        s.members.add("leader", frozenset({MemberRole.LEADER}))
        s.act_as("admin")
        s.inbox.manual.import_manual(MANUAL.read_bytes(), MANUAL.name)
        s.credentials.import_bundle(clean.credentials())
        clean.generate_traffic(150)
        s.sync.sync()
        s.act_as("leader")
        s.inbox.replies.save_review_settings(ReviewSettings(undo_seconds=0))  # no undo window: send at once
        drafts = [d for d in s.inbox.replies.drafts() if s.inbox.triage.get(d.item_id).kind != "mention"][:15]
        assert len(drafts) >= 5, "the demo traffic should bring questions and complaints"
        for d in drafts:
            s.inbox.replies.approve(d.id)
        items = {d.id: s.inbox.triage.get(d.item_id) for d in drafts}
    finally:
        s.close()

    # The same platform, now failing `level` of its calls.
    clean.set_faults(faults(level))
    env = dict(os.environ, MATRIX_DB_URL=db, MATRIX_USER="leader", MATRIX_WEIBO_TIMEOUT_SECONDS="0.6")
    rng = random.Random(2026 + int(level * 100))
    for _ in range(TRIALS):
        proc = subprocess.Popen([sys.executable, "-m", "matrix_desktop", "inbox", "send"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.5))
        proc.kill()
        proc.wait()
    clean.set_faults(None)
    for _ in range(3):  # settle what is still approved or left sending
        subprocess.run([sys.executable, "-m", "matrix_desktop", "inbox", "send"], env=env, capture_output=True,
                       timeout=180)

    s = bootstrap(db, "leader")
    try:
        states = Counter(s.inbox.replies.draft(i).state for i in items)
        assert states["sent"] >= len(items) // 2, states
        official = next(a for a in clean.credentials()["accounts"] if a["role"] == "official")
        with WeiboClient(clean.base_url, official["access_token"], timeout=5.0) as client:
            posts = {i.post_mid for i in items.values()}
            on_platform = Counter((str((c.get("reply_comment") or {}).get("idstr", "")), str(c["text"]))
                                  for mid in posts for c in client.iter_comments_show(mid)
                                  if str(c["user"]["idstr"]) == official["uid"])
        for draft_id, item in items.items():
            d = s.inbox.replies.draft(draft_id)
            times = on_platform[(item.platform_id, d.text)]
            assert times <= 1, f"reply {draft_id} is on the platform {times} times"
            if d.state == "sent":
                assert times == 1, f"reply {draft_id} is recorded as sent but is not on the platform"
            if d.state == "failed":
                assert times == 0, f"reply {draft_id} failed but is on the platform"
    finally:
        s.close()
