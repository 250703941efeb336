"""The inbox at a million comments: time to the first screen and to a Chinese-word filter.

    .venv/bin/python benchmarks/bench_inbox.py [--rows 1000000] [--rebuild]

Builds (once; cached under .cache/) a SQLite database migrated to head with `rows` interactions and inbox
items of generated, realistic Chinese comments, bulk-inserted with sqlite3. Then measures, through the
inbox service exactly as the Inbox view's worker calls it: the id list in the default order plus the first
block of 200 rows ("first screen"), and filters by a Chinese word (bigram full-text index), next to a
baseline measured in the same run (`SELECT count(*)` over inbox_items) and the LIKE full scan the index
replaces. Prints, never asserts.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from matrix_desktop.app.bootstrap import bootstrap  # noqa: E402
from matrix_desktop.store.inbox_repo import InboxQuery, _grams  # noqa: E402

PRODUCTS = ("纯牛奶", "鲜奶", "酸奶", "儿童奶", "高钙奶", "低脂奶", "奶酪棒", "奶粉")
PROBLEMS = ("收到就胀袋了", "快过期了才发货", "已经过期三天", "漏奶漏了一箱", "有股怪味", "物流太慢一周没到",
            "少发了两盒", "包装压扁了", "喝完拉肚子", "价格比超市贵")
DEMANDS = ("要求退款", "能不能换货", "客服一直不回", "给个说法", "退款什么时候到账", "太失望了", "再也不买了")
QUESTIONS = ("开封后能放多久", "孕妇能喝吗", "哪里能买到", "有无糖的吗", "保质期多久", "怎么开发票",
             "新疆包邮吗", "乳糖不耐受能喝吗")
PRAISE = ("真好喝", "孩子特别爱喝", "包装好看", "回购第三次了", "口感很醇", "性价比高")
NAMES = ("小", "阿", "大", "老", "")
CATS = ("complaint", "question", "praise", "other", "spam", "crisis")


def text_of(r: random.Random) -> tuple[str, str]:
    p = r.choice(PRODUCTS)
    k = r.random()
    if k < 0.35:
        return f"买的星河{p}{r.choice(PROBLEMS)}，{r.choice(DEMANDS)}！", "complaint"
    if k < 0.6:
        return f"请问星河{p}{r.choice(QUESTIONS)}？", "question"
    if k < 0.85:
        return f"星河{p}{r.choice(PRAISE)}[心]", "praise"
    if k < 0.97:
        return f"今天{r.choice(('早餐', '下午茶', '夜宵'))}来一杯{p}，{r.choice(('开心', '一般', '还行'))}", "other"
    if k < 0.995:
        return "加微信领券，日赚三百，点击链接", "spam"
    return f"喝了星河{p}孩子住院了，医院说食物中毒，已经报警", "crisis"


def build(path: Path, rows: int) -> None:
    tmp = path.with_suffix(".part")
    tmp.unlink(missing_ok=True)
    services = bootstrap(f"sqlite:///{tmp}")
    services.close()
    r = random.Random(7)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    db = sqlite3.connect(tmp)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    accounts = [str(6_120_040_000 + n * 1_031) for n in range(36)]
    chunk = 50_000
    t0 = time.perf_counter()
    for base in range(0, rows, chunk):
        inter, items, fts = [], [], []
        for n in range(base + 1, min(rows, base + chunk) + 1):
            text, cat = text_of(r)
            created = (start + timedelta(seconds=n * 25 + r.randint(0, 20))).isoformat(sep=" ")
            account = accounts[n % 36]
            author = f"{r.choice(NAMES)}粉丝{n % 90_000}"
            inter.append((n, "comment", str(10_000_000 + n), account, str(4_900_000_000_000_000 + n // 20), "",
                          "", str(7_000_000 + n % 90_000), author, r.randint(0, 50_000), 0, text, created, 0,
                          created))
            # The generated texts are simplified and lower case already: their canonical form is themselves.
            grams = " ".join(_grams(text.lower()))
            due = (start + timedelta(seconds=n * 25 + 7200)).isoformat(sep=" ") if cat == "complaint" else None
            status = r.choice(("new", "triaged", "replied", "closed")) if cat != "spam" else "spam"
            items.append((n, n, account, author, created, cat, 3, 0.8, "", status, "", "", None, due, None, "",
                          None, text.lower(), grams, created))
            fts.append((n, grams))
        db.executemany("INSERT INTO interactions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", inter)
        db.executemany("INSERT INTO inbox_items (id, interaction_id, account_uid, author_name, created_at, category,"
                       " priority, confidence, reasons, status, assignee, corrected_by, corrected_at, due_at,"
                       " first_response_at, acknowledged_by, acknowledged_at, search_text, search_grams, updated_at)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", items)
        db.executemany("INSERT INTO inbox_search(rowid, grams) VALUES (?,?)", fts)
        db.commit()
        print(f"  built {min(rows, base + chunk):,} rows ({time.perf_counter() - t0:.0f} s)", flush=True)
    db.execute("ANALYZE")
    db.commit()
    db.close()
    tmp.replace(path)


def timed(fn: Callable[[], object], repeat: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    cache = ROOT / ".cache"
    cache.mkdir(exist_ok=True)
    path = cache / f"bench_inbox_{args.rows}.sqlite"
    if args.rebuild or not path.exists():
        print(f"building {path} …")
        build(path, args.rows)
    services = bootstrap(f"sqlite:///{path}")
    inbox = services.inbox
    with services.engine.connect() as conn:
        from sqlalchemy import text

        _, n = timed(lambda: conn.execute(text("SELECT count(*) FROM inbox_items")).scalar())
        # The baseline: one pass over every row's text, what any unindexed filter costs at least.
        base, _ = timed(lambda: conn.execute(text(
            "SELECT count(*) FROM inbox_items WHERE length(search_text) > 0")).scalar(), 3)
        like_t, like_ids = timed(lambda: conn.execute(text(
            "SELECT id FROM inbox_items WHERE search_text LIKE '%过期%' ORDER BY created_at DESC")).all(), 3)

    def first_screen(q: InboxQuery) -> tuple[int, int]:
        ids = inbox.triage.ids(q)
        return len(ids), len(inbox.triage.by_ids(ids[:200]))

    print(f"rows: {n:,}   baseline (count over a full scan of the texts): {base * 1000:.1f} ms")
    cases = [
        ("first screen (all, newest first)", InboxQuery()),
        ("filter text 过期", InboxQuery(text="过期")),
        ("filter text 退款", InboxQuery(text="退款")),
        ("filter text 食物中毒", InboxQuery(text="食物中毒")),
        ("filter category complaint + 退款", InboxQuery(categories=frozenset({"complaint"}), text="退款")),
        ("filter 1 char 奶 (LIKE fallback)", InboxQuery(text="奶")),
        ("filter status new", InboxQuery(statuses=frozenset({"new"}))),
    ]
    for label, q in cases:
        t, (count, shown) = timed(lambda q=q: first_screen(q), 3)  # type: ignore[misc]
        print(f"{label:<40} {t * 1000:8.1f} ms  ({t / base:5.1f}× baseline)  {count:>9,} matches")
    print(f"{'LIKE %过期% full scan (what FTS replaces)':<40} {like_t * 1000:8.1f} ms  ({like_t / base:5.1f}× baseline)"
          f"  {len(like_ids):>9,} matches")  # type: ignore[arg-type]
    services.close()


if __name__ == "__main__":
    main()
