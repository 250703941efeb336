"""An inbox ingest killed at random points leaves a consistent database (every item with its full-text
row and its drafts, no half batch), and the next ingest picks up exactly what is left."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.core.inbox.records import InboxQuery
from tests.fixtures.matrix import add_team, fan_comment, store_interactions

MANUAL = Path(__file__).resolve().parents[2] / "resources" / "demo" / "answer_manual.csv"
TEXTS = ("买的星河纯牛奶收到就胀袋了，要求退款！", "请问星河酸奶开封后能放多久？", "星河儿童奶孩子特别爱喝[心]",
         "今天早餐来一杯鲜奶，还行", "加微信领券，日赚三百，点击链接")
N = 4500  # three batches of the ingest (2,000 each): kills land inside and between them
INGEST = ("import sys\nfrom matrix_desktop.app.bootstrap import bootstrap\n"
          "s = bootstrap(sys.argv[1]); s.act_as('op'); s.inbox.triage.ingest(); s.close()\n")


def consistent(path: Path) -> int:
    """The invariants a kill must not break; returns how many items there are."""
    db = sqlite3.connect(path)
    try:
        items = db.execute("SELECT count(*) FROM inbox_items").fetchone()[0]
        fts = db.execute("SELECT count(*) FROM inbox_search").fetchone()[0]
        orphans = db.execute("SELECT count(*) FROM inbox_search WHERE rowid NOT IN (SELECT id FROM inbox_items)"
                             ).fetchone()[0]
        loose = db.execute("SELECT count(*) FROM reply_drafts WHERE item_id NOT IN (SELECT id FROM inbox_items)"
                           ).fetchone()[0]
        twice = db.execute("SELECT count(*) FROM (SELECT interaction_id FROM inbox_items GROUP BY interaction_id"
                           " HAVING count(*) > 1)").fetchone()[0]
    finally:
        db.close()
    assert fts == items and orphans == 0 and loose == 0 and twice == 0
    assert items % 2000 == 0 or items == N, f"{items} items: a batch was half written"
    return int(items)


@pytest.mark.slow
def test_an_ingest_killed_at_random_points_leaves_whole_batches_and_converges(tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    url = f"sqlite:///{path}"
    s = bootstrap(url)
    add_team(s)
    s.act_as("op")
    s.inbox.manual.import_manual(MANUAL.read_bytes(), MANUAL.name)
    t0 = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)
    store_interactions(s, [fan_comment(n, f"{TEXTS[n % len(TEXTS)]} {n}", t0 + timedelta(seconds=n))
                           for n in range(N)])
    s.close()
    rng = random.Random(16)
    seen = []
    for _ in range(4):
        proc = subprocess.Popen([sys.executable, "-c", INGEST, url], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.0, 12.0))
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        seen.append(consistent(path))
    s = bootstrap(url)
    try:
        s.act_as("op")
        report = s.inbox.triage.ingest()
        assert report.created == N - seen[-1]
        assert consistent(path) == N
        assert s.inbox.triage.count(InboxQuery()) == N
        assert s.inbox.triage.ingest().created == 0
        assert s.inbox.triage.count(InboxQuery(text="胀袋")) == N // len(TEXTS)
    finally:
        s.close()
