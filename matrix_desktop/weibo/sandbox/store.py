"""The sandbox's state in SQLite: users, tokens, posts, comments, follows, quotas and hidden labels.

One connection guarded by one lock: the threaded HTTP server serialises every read and write through
it, which keeps the emulator simple and its answers consistent.
"""

from __future__ import annotations

import random
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from matrix_desktop.core.textlen import weibo_units
from matrix_desktop.weibo.sandbox import demo
from matrix_desktop.weibo.sandbox.traffic import draw_event
from matrix_desktop.weibo.timefmt import format_weibo_time

Json = dict[str, Any]

FIRST_ID = 5_010_000_000_000_000
TOKEN_LIFETIME = 30 * 86_400
SEED_FANS = 3_000
SEED_TRAFFIC = 300
SOURCE_CLIENTS = ("iPhone客户端", "Android客户端", "微博 weibo.com", "HUAWEI Mate 60 Pro", "小米14", "微博视频号")
APP_SOURCE = '<a href="http://app.weibo.com/t/feed/6vtZb0" rel="nofollow">未通过审核应用</a>'
MENTION_RE = re.compile(r"@([\u4e00-\u9fa5A-Za-z0-9_\-]{2,30})")
DELETED_TEXT = "抱歉，此微博已被作者删除。查看帮助：http://t.cn/Rfd3rQV"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users(
  uid INTEGER PRIMARY KEY, screen_name TEXT UNIQUE NOT NULL, role TEXT NOT NULL, gender TEXT NOT NULL,
  location TEXT NOT NULL, description TEXT NOT NULL, verified INTEGER NOT NULL, verified_type INTEGER NOT NULL,
  verified_reason TEXT NOT NULL, followers_base INTEGER NOT NULL, friends_base INTEGER NOT NULL,
  statuses_base INTEGER NOT NULL, created_at REAL NOT NULL, authorized INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS tokens(token TEXT PRIMARY KEY, uid INTEGER NOT NULL, created_at REAL NOT NULL,
  expires_at REAL NOT NULL, revoked INTEGER NOT NULL DEFAULT 0, scope TEXT);
CREATE TABLE IF NOT EXISTS codes(code TEXT PRIMARY KEY, uid INTEGER NOT NULL, client_id TEXT NOT NULL,
  redirect_uri TEXT NOT NULL, scope TEXT, created_at REAL NOT NULL, used INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS statuses(id INTEGER PRIMARY KEY, uid INTEGER NOT NULL, text TEXT NOT NULL,
  created_at REAL NOT NULL, source TEXT NOT NULL, root_id INTEGER, repost_of INTEGER,
  attitudes INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS statuses_uid ON statuses(uid, id);
CREATE INDEX IF NOT EXISTS statuses_root ON statuses(root_id);
CREATE INDEX IF NOT EXISTS statuses_repost_of ON statuses(repost_of);
CREATE TABLE IF NOT EXISTS comments(id INTEGER PRIMARY KEY, status_id INTEGER NOT NULL, uid INTEGER NOT NULL,
  text TEXT NOT NULL, created_at REAL NOT NULL, source TEXT NOT NULL, reply_cid INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS comments_status ON comments(status_id, id);
CREATE TABLE IF NOT EXISTS status_mentions(status_id INTEGER NOT NULL, uid INTEGER NOT NULL,
  PRIMARY KEY(status_id, uid));
CREATE INDEX IF NOT EXISTS status_mentions_uid ON status_mentions(uid, status_id);
CREATE TABLE IF NOT EXISTS comment_mentions(comment_id INTEGER NOT NULL, uid INTEGER NOT NULL,
  PRIMARY KEY(comment_id, uid));
CREATE INDEX IF NOT EXISTS comment_mentions_uid ON comment_mentions(uid, comment_id);
CREATE TABLE IF NOT EXISTS follows(follower INTEGER NOT NULL, followee INTEGER NOT NULL, seq INTEGER NOT NULL,
  PRIMARY KEY(follower, followee));
CREATE INDEX IF NOT EXISTS follows_followee ON follows(followee, seq);
CREATE INDEX IF NOT EXISTS follows_follower ON follows(follower, seq);
CREATE TABLE IF NOT EXISTS usage(uid INTEGER NOT NULL, bucket TEXT NOT NULL, kind TEXT NOT NULL,
  n INTEGER NOT NULL, PRIMARY KEY(uid, bucket, kind));
CREATE TABLE IF NOT EXISTS labels(kind TEXT NOT NULL, object_id INTEGER NOT NULL, category TEXT NOT NULL,
  event_no INTEGER NOT NULL, target_uid INTEGER, PRIMARY KEY(kind, object_id));
"""


def new_token() -> str:
    """A token shaped like the platform's: ``2.00`` and 28 letters or digits."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "2.00" + "".join(secrets.choice(alphabet) for _ in range(28))


class SandboxStore:
    """All sandbox state; every public method takes the lock and commits before it returns."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.RLock()
        self.db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        with self.lock:
            self.db.close()

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One transaction under the lock: committed on success, rolled back on any error."""
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def q(self, sql: str, args: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self.lock:
            return self.db.execute(sql, args).fetchall()

    def one(self, sql: str, args: Sequence[Any] = ()) -> sqlite3.Row | None:
        with self.lock:
            row: sqlite3.Row | None = self.db.execute(sql, args).fetchone()
            return row

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.one("SELECT value FROM meta WHERE key=?", (key,))
        return str(row["value"]) if row else default

    def set_meta(self, db: sqlite3.Connection, key: str, value: object) -> None:
        db.execute("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                   (key, str(value)))

    def next_id(self, db: sqlite3.Connection) -> int:
        # Statuses and comments share one increasing id space, as on the platform (ids grow with time).
        row = db.execute("SELECT value FROM meta WHERE key='last_id'").fetchone()
        value = (int(row["value"]) if row else FIRST_ID) + 1
        self.set_meta(db, "last_id", value)
        return value

    # -- seeding -------------------------------------------------------------------------------

    @property
    def seeded(self) -> bool:
        return self.meta("seeded") is not None

    def seed(self, seed: str, seed_value: int, fans: int = SEED_FANS, traffic: int = SEED_TRAFFIC,
             epoch: float | None = None) -> None:
        """Fill an empty store: the app's credentials, and for `seed == "demo"` the demo company.

        Seeded times count back from `epoch` (default: the start of the current hour), so two sandboxes
        seeded with the same value and epoch hold identical data.
        """
        rng = random.Random(f"seed:{seed_value}")
        now = epoch if epoch is not None else time.time() // 3600 * 3600
        with self.tx() as db:
            self.set_meta(db, "app_key", str(rng.randint(1_000_000_000, 4_000_000_000)))
            self.set_meta(db, "app_secret", secrets.token_hex(16))
            self.set_meta(db, "seed", seed)
            self.set_meta(db, "seed_value", seed_value)
            self.set_meta(db, "traffic_next", 0)
            if seed == "demo":
                self._seed_demo(db, rng, now, fans)
            self.set_meta(db, "seeded", now)
        if seed == "demo" and traffic:
            self.generate_traffic(traffic, start=now - 3 * 86_400, end=now - 60)

    def _add_user(self, db: sqlite3.Connection, a: demo.DemoAccount, created: float, friends_base: int = 0,
                  statuses_base: int = 0, authorized: int = 0) -> None:
        db.execute("INSERT INTO users VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            a.uid, a.screen_name, a.role, a.gender, a.location, a.description, int(a.verified), a.verified_type,
            a.verified_reason, a.followers_base, friends_base, statuses_base, created, authorized))

    def _seed_demo(self, db: sqlite3.Connection, rng: random.Random, now: float, fans: int) -> None:
        for a in demo.MATRIX:
            self._add_user(db, a, now - rng.randint(400, 3_000) * 86_400, authorized=1,
                           statuses_base=rng.randint(50, 3_000) if a.role != "employee" else rng.randint(5, 400))
            db.execute("INSERT INTO tokens VALUES(?,?,?,?,0,NULL)", (new_token(), a.uid, now, now + TOKEN_LIFETIME))
        for a in demo.OTHERS:
            self._add_user(db, a, now - rng.randint(400, 3_000) * 86_400, friends_base=rng.randint(50, 900),
                           statuses_base=rng.randint(100, 20_000))
        matrix_names = {a.screen_name for a in (*demo.MATRIX, *demo.OTHERS)}
        fan_rows: list[tuple[Any, ...]] = []
        used: set[str] = set(matrix_names)
        uids: set[int] = {a.uid for a in (*demo.MATRIX, *demo.OTHERS)}
        while len(fan_rows) < fans:
            style = rng.random()
            if style < 0.35:
                name = rng.choice(demo.SURNAMES) + rng.choice(demo.GIVEN)
                name += rng.choice(("", "", "_", "Vivian", "2024", str(rng.randint(1, 99))))
            elif style < 0.8:
                name = rng.choice(demo.NICK_PREFIX) + rng.choice(demo.NICK_CORE)
                name += rng.choice(("", "", "呀", "酱", str(rng.randint(1, 999))))
            else:
                name = f"用户{rng.randint(5_000_000_000, 7_999_999_999)}"
            uid = rng.randint(1_000_000_000, 7_999_999_999)
            if name in used or uid in uids:
                continue
            used.add(name)
            uids.add(uid)
            followers = int(rng.lognormvariate(4.0, 1.6))
            verified_type = rng.choices((-1, 0, 220, 200), (90, 3, 5, 2))[0]
            fan_rows.append((uid, name, "fan", rng.choice("mmff" + "n"), rng.choice(demo.CITIES),
                             rng.choice(demo.FAN_DESCRIPTIONS), int(verified_type >= 0), verified_type,
                             {0: "美食博主", 220: "美食视频自媒体", 200: "微博达人"}.get(verified_type, ""),
                             followers, rng.randint(30, 900), rng.randint(5, 8_000),
                             now - rng.randint(30, 4_000) * 86_400, 0))
        db.executemany("INSERT INTO users VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)", fan_rows)
        fan_uids = [r[0] for r in fan_rows]
        official, leaders, subs = demo.OFFICIAL.uid, [a.uid for a in demo.LEADERS], [a.uid for a in demo.SUB_BRANDS]
        follows: list[tuple[int, int]] = []
        follows += [(official, u) for u in (*leaders, *subs, *(a.uid for a in demo.OTHERS))]
        for lead in leaders:
            follows += [(lead, u) for u in (official, *subs, *(x for x in leaders if x != lead))]
        follows += [(s, official) for s in subs]
        for i, emp in enumerate(demo.EMPLOYEES):
            follows += [(emp.uid, official), (emp.uid, subs[i % 3])]
            follows += [(emp.uid, u) for u in rng.sample(fan_uids, 3)]
        for fan in fan_uids:
            if rng.random() < 0.9:
                follows.append((fan, official))
            follows += [(fan, s) for s in subs if rng.random() < 0.3]
            follows += [(fan, lead) for lead in leaders if rng.random() < 0.15]
            if rng.random() < 0.02:
                follows.append((fan, rng.choice(demo.EMPLOYEES).uid))
        rng.shuffle(follows)
        db.executemany("INSERT OR IGNORE INTO follows VALUES(?,?,?)",
                       [(a, b, i) for i, (a, b) in enumerate(follows)])
        self.set_meta(db, "follow_seq", len(follows))
        self._seed_posts(db, rng, now)

    def _seed_posts(self, db: sqlite3.Connection, rng: random.Random, now: float) -> None:
        start, end = now - 60 * 86_400, now - 3 * 86_400
        fmt = {"domain": demo.SAFE_DOMAIN}
        posts: list[dict[str, Any]] = []
        for text in demo.OFFICIAL_POSTS:
            posts.append({"uid": demo.OFFICIAL.uid, "text": text.format(**fmt), "t": rng.uniform(start, end)})
        for lead in demo.LEADERS:
            for text in rng.sample(demo.LEADER_POSTS, 5):
                posts.append({"uid": lead.uid, "text": text, "t": rng.uniform(start, end)})
        for sub in demo.SUB_BRANDS:
            for text in rng.sample(demo.SUB_BRAND_POSTS, 6):
                posts.append({"uid": sub.uid, "text": text.format(**fmt), "t": rng.uniform(start, end)})
        originals = list(posts)
        for a in (*demo.LEADERS, *demo.SUB_BRANDS, *demo.EMPLOYEES[:20]):
            for target in rng.sample([p for p in originals if p["uid"] == demo.OFFICIAL.uid], 2):
                posts.append({"uid": a.uid, "text": rng.choice(("转发微博", "支持！", "为星河点赞👍", "好消息",
                                                                "一起加油")),
                              "t": min(end, target["t"] + rng.uniform(600, 86_400)), "of": target})
        posts.sort(key=lambda p: p["t"])
        for p in posts:
            p["id"] = self.next_id(db)
            of = p.get("of")
            db.execute("INSERT INTO statuses VALUES(?,?,?,?,?,?,?,?,0)", (
                p["id"], p["uid"], p["text"], p["t"], _source(rng.choice(SOURCE_CLIENTS)),
                of["id"] if of else None, of["id"] if of else None, rng.randint(0, 3_000)))
            self._index_mentions(db, "status", p["id"], p["text"])

    # -- objects -------------------------------------------------------------------------------

    def _index_mentions(self, db: sqlite3.Connection, kind: str, object_id: int, text: str) -> list[int]:
        found = []
        for name in MENTION_RE.findall(text):
            row = db.execute("SELECT uid FROM users WHERE screen_name=?", (name,)).fetchone()
            if row:
                found.append(int(row["uid"]))
                table = "status_mentions(status_id, uid)" if kind == "status" else "comment_mentions(comment_id, uid)"
                db.execute(f"INSERT OR IGNORE INTO {table} VALUES(?, ?)", (object_id, row["uid"]))
        return found

    def add_status(self, db: sqlite3.Connection, uid: int, text: str, created: float, source: str,
                   repost_of: int | None = None) -> int:
        root: int | None = None
        if repost_of is not None:
            row = db.execute("SELECT root_id FROM statuses WHERE id=?", (repost_of,)).fetchone()
            root = int(row["root_id"]) if row and row["root_id"] else repost_of
        sid = self.next_id(db)
        db.execute("INSERT INTO statuses VALUES(?,?,?,?,?,?,?,0,0)", (sid, uid, text, created, source, root, repost_of))
        self._index_mentions(db, "status", sid, text)
        return sid

    def add_comment(self, db: sqlite3.Connection, status_id: int, uid: int, text: str, created: float,
                    source: str, reply_cid: int | None = None) -> int:
        cid = self.next_id(db)
        db.execute("INSERT INTO comments VALUES(?,?,?,?,?,?,?,0)", (cid, status_id, uid, text, created, source, reply_cid))
        self._index_mentions(db, "comment", cid, text)
        return cid

    def user_row(self, uid: int) -> sqlite3.Row | None:
        return self.one("SELECT * FROM users WHERE uid=?", (uid,))

    def user_json(self, row: sqlite3.Row, reduced: bool = False) -> Json:
        uid = int(row["uid"])
        with self.lock:
            followers = self.db.execute("SELECT COUNT(*) FROM follows WHERE followee=?", (uid,)).fetchone()[0]
            friends = self.db.execute("SELECT COUNT(*) FROM follows WHERE follower=?", (uid,)).fetchone()[0]
            posts = self.db.execute("SELECT COUNT(*) FROM statuses WHERE uid=? AND deleted=0", (uid,)).fetchone()[0]
        avatar = f"https://tvax1.sinaimg.cn/crop.0.0.180.180.180/{uid:x}ly8h0.jpg"
        user: Json = {
            "id": uid, "idstr": str(uid), "class": 1, "screen_name": row["screen_name"], "name": row["screen_name"],
            "province": "11", "city": "1000", "location": row["location"], "description": row["description"],
            "url": "", "profile_image_url": avatar.replace(".180/", ".50/"), "profile_url": f"u/{uid}",
            "domain": "", "weihao": "", "gender": row["gender"],
            "followers_count": int(row["followers_base"]) + followers,
            "friends_count": int(row["friends_base"]) + friends, "pagefriends_count": 0,
            "statuses_count": int(row["statuses_base"]) + posts, "favourites_count": 0,
            "created_at": format_weibo_time(datetime.fromtimestamp(row["created_at"], UTC)),
            "following": False, "allow_all_act_msg": False, "geo_enabled": True,
            "verified": bool(row["verified"]), "verified_type": int(row["verified_type"]), "remark": "",
            "insecurity": {"sexual_content": False}, "ptype": 0, "allow_all_comment": True,
            "avatar_large": avatar, "avatar_hd": avatar, "verified_reason": row["verified_reason"],
            "verified_trade": "", "verified_reason_url": "", "verified_source": "", "verified_source_url": "",
            "follow_me": False, "like": False, "like_me": False, "online_status": 0, "bi_followers_count": 0,
            "lang": "zh-cn", "star": 0, "mbtype": 0, "mbrank": 0, "block_word": 0, "block_app": 0,
            "credit_score": 80, "user_ability": 0, "urank": 12, "story_read_state": -1, "vclub_member": 0,
        }
        if reduced:
            # Since 2014 the platform withholds these for users who have not authorised the app.
            for key in ("description", "verified_reason", "followers_count", "friends_count", "statuses_count"):
                user.pop(key)
        return user

    def status_json(self, row: sqlite3.Row, trim_user: bool = False, nested: bool = True) -> Json:
        sid = int(row["id"])
        if row["deleted"]:
            return {"created_at": _time(row["created_at"]), "id": sid, "idstr": str(sid), "mid": str(sid),
                    "text": DELETED_TEXT, "deleted": "1", "state": 7}
        with self.lock:
            reposts = self.db.execute("SELECT COUNT(*) FROM statuses WHERE deleted=0 AND (root_id=? OR repost_of=?)",
                                      (sid, sid)).fetchone()[0]
            comments = self.db.execute("SELECT COUNT(*) FROM comments WHERE status_id=? AND deleted=0",
                                       (sid,)).fetchone()[0]
        user_row = self.user_row(int(row["uid"]))
        status: Json = {
            "created_at": _time(row["created_at"]), "id": sid, "idstr": str(sid), "mid": str(sid),
            "can_edit": False, "text": row["text"], "textLength": weibo_units(row["text"]),
            "source_allowclick": 0, "source_type": 1, "source": row["source"], "favorited": False,
            "truncated": False, "in_reply_to_status_id": "", "in_reply_to_user_id": "",
            "in_reply_to_screen_name": "", "pic_urls": [], "geo": None, "is_paid": False, "mblog_vip_type": 0,
            "user": {"id": int(row["uid"])} if trim_user or user_row is None else self.user_json(user_row),
            "reposts_count": reposts, "comments_count": comments, "attitudes_count": int(row["attitudes"]),
            "pending_approval_count": 0, "isLongText": False, "mlevel": 0, "visible": {"type": 0, "list_id": 0},
            "biz_feature": 0, "hasActionTypeCard": 0, "darwin_tags": [], "hot_weibo_tags": [],
            "text_tag_tips": [], "mblogtype": 0, "userType": 0, "more_info_type": 0, "positive_recom_flag": 0,
            "content_auth": 0, "gif_ids": "", "is_show_bulletin": 2,
            "comment_manage_info": {"comment_permission_type": -1, "approval_comment_type": 0},
        }
        if row["root_id"] and nested:
            root = self.one("SELECT * FROM statuses WHERE id=?", (row["root_id"],))
            if root is not None:
                status["retweeted_status"] = self.status_json(root, trim_user, nested=False)
        return status

    def comment_json(self, row: sqlite3.Row, with_status: bool = True, with_reply: bool = True) -> Json:
        cid = int(row["id"])
        root = cid
        if row["reply_cid"]:
            root = int(row["reply_cid"])
            with self.lock:
                while True:
                    parent = self.db.execute("SELECT reply_cid FROM comments WHERE id=?", (root,)).fetchone()
                    if parent is None or not parent["reply_cid"]:
                        break
                    root = int(parent["reply_cid"])
        with self.lock:
            floor = self.db.execute("SELECT COUNT(*) FROM comments WHERE status_id=? AND id<=?",
                                    (row["status_id"], cid)).fetchone()[0]
        user_row = self.user_row(int(row["uid"]))
        comment: Json = {
            "created_at": _time(row["created_at"]), "id": cid, "rootid": root, "floor_number": floor,
            "text": row["text"], "disable_reply": 0, "user": self.user_json(user_row) if user_row else None,
            "mid": str(cid), "idstr": str(cid), "source_allowclick": 0, "source_type": 1,
            "source": row["source"], "like_count": 0, "liked": False,
        }
        if with_status:
            srow = self.one("SELECT * FROM statuses WHERE id=?", (row["status_id"],))
            if srow is not None:
                comment["status"] = self.status_json(srow)
        if with_reply and row["reply_cid"]:
            rrow = self.one("SELECT * FROM comments WHERE id=?", (row["reply_cid"],))
            if rrow is not None:
                comment["reply_comment"] = self.comment_json(rrow, with_status=False, with_reply=False)
                comment["reply_original_text"] = row["text"]
        return comment

    # -- traffic -------------------------------------------------------------------------------

    def generate_traffic(self, n: int, start: float | None = None, end: float | None = None,
                         category: str | None = None) -> list[Json]:
        """Apply the next `n` events of the seed's fan-traffic stream; returns what was created.

        With `start`/`end` the events are back-dated evenly across that span (used when seeding).
        """
        created: list[Json] = []
        seed_value = int(self.meta("seed_value", "0") or 0)
        matrix = [a for a in demo.MATRIX]
        with self.tx() as db:
            fans = [int(r["uid"]) for r in db.execute("SELECT uid FROM users WHERE role='fan' ORDER BY uid")]
            if not fans:
                return created
            number = int(db.execute("SELECT value FROM meta WHERE key='traffic_next'").fetchone()["value"])
            matrix_uids = tuple(a.uid for a in matrix if db.execute(
                "SELECT 1 FROM users WHERE uid=?", (a.uid,)).fetchone())
            marks = ",".join("?" * len(matrix_uids))
            for i in range(n):
                ev = draw_event(seed_value, number + i, category)
                when = time.time() if start is None or end is None else start + (end - start) * (i + 1) / (n + 1)
                fan = fans[int(ev.fan_pick * len(fans))]
                kind = ev.kind
                recent_posts = db.execute(
                    f"SELECT id, uid FROM statuses WHERE deleted=0 AND root_id IS NULL AND uid IN ({marks}) "
                    "ORDER BY id DESC LIMIT 40", matrix_uids).fetchall()
                source = _source(SOURCE_CLIENTS[int(ev.target_pick * 997) % len(SOURCE_CLIENTS)])
                item: Json = {"event": ev.number, "kind": kind, "category": ev.category, "fan_uid": fan}
                if kind == "reply":
                    targets = db.execute(
                        f"SELECT c.id, c.uid, c.status_id, s.uid AS owner FROM comments c JOIN statuses s "
                        f"ON s.id=c.status_id WHERE c.deleted=0 AND s.uid IN ({marks}) AND c.uid<>? "
                        "ORDER BY c.id DESC LIMIT 40", (*matrix_uids, fan)).fetchall()
                    if targets:
                        t = targets[int(ev.target_pick * len(targets))]
                        name = db.execute("SELECT screen_name FROM users WHERE uid=?", (t["uid"],)).fetchone()[0]
                        cid = self.add_comment(db, int(t["status_id"]), fan, f"回复@{name}:{ev.text}", when, source,
                                               reply_cid=int(t["id"]))
                        item.update(id=cid, object="comment", status_id=int(t["status_id"]), target_uid=int(t["owner"]))
                    else:
                        kind = "comment"
                if kind == "comment_mention":
                    fan_posts = db.execute(
                        f"SELECT id FROM statuses WHERE deleted=0 AND uid NOT IN ({marks}) ORDER BY id DESC LIMIT 40",
                        matrix_uids).fetchall()
                    if fan_posts:
                        target = matrix[int(ev.target_pick * len(matrix))] if ev.target_pick >= 0.5 else demo.OFFICIAL
                        sid = int(fan_posts[int(ev.target_pick * len(fan_posts))]["id"])
                        cid = self.add_comment(db, sid, fan, f"@{target.screen_name} {ev.text}", when, source)
                        item.update(id=cid, object="comment", status_id=sid, target_uid=target.uid)
                    else:
                        kind = "mention"
                if kind == "mention":
                    target = matrix[int((ev.target_pick - 0.5) * 2 * len(matrix))] if ev.target_pick >= 0.5 \
                        else demo.OFFICIAL
                    sid = self.add_status(db, fan, f"@{target.screen_name} {ev.text}", when, source)
                    item.update(id=sid, object="status", target_uid=target.uid)
                if kind == "comment" and recent_posts:
                    post = recent_posts[int(ev.target_pick * len(recent_posts))]
                    cid = self.add_comment(db, int(post["id"]), fan, ev.text, when, source)
                    item.update(id=cid, object="comment", status_id=int(post["id"]), target_uid=int(post["uid"]))
                if "id" not in item:
                    continue
                item["text"] = db.execute(
                    f"SELECT text FROM {'statuses' if item['object'] == 'status' else 'comments'} WHERE id=?",
                    (item["id"],)).fetchone()[0]
                db.execute("INSERT INTO labels VALUES(?,?,?,?,?)",
                           (item["object"], item["id"], ev.category, ev.number, item.get("target_uid")))
                if ev.category == "praise" and item.get("target_uid"):
                    # A happy fan follows the account they praised: follower counts move, as on the platform.
                    row = db.execute("SELECT value FROM meta WHERE key='follow_seq'").fetchone()
                    seq = int(row["value"] if row else 0) + 1
                    if db.execute("INSERT OR IGNORE INTO follows VALUES(?,?,?)",
                                  (fan, int(item["target_uid"]), seq)).rowcount:
                        self.set_meta(db, "follow_seq", seq)
                created.append(item)
                created.extend(self._fan_reposts(db, seed_value, ev.number, fans, matrix_uids, marks, when))
            self.set_meta(db, "traffic_next", number + n)
        return created


    def _fan_reposts(self, db: sqlite3.Connection, seed_value: int, number: int, fans: list[int],
                     matrix_uids: tuple[int, ...], marks: str, when: float) -> list[Json]:
        """Fans repost what the matrix published through the app (`statuses/share`) in the last three
        days: the reposters a prize draw is drawn from. Drawn from a stream of its own, so the comment
        and mention stream of a seed stays the same whether or not anything was published."""
        shared = db.execute(
            f"SELECT id, uid FROM statuses WHERE deleted=0 AND root_id IS NULL AND repost_of IS NULL AND source=? "
            f"AND uid IN ({marks}) AND created_at>? ORDER BY id DESC LIMIT 5",
            (APP_SOURCE, *matrix_uids, when - 3 * 86_400)).fetchall()
        if not shared:
            return []
        rng = random.Random(f"fan-repost:{seed_value}:{number}")
        if rng.random() >= 0.6:
            return []
        post = shared[int(rng.random() * len(shared))]
        fan = fans[int(rng.random() * len(fans))]
        text = rng.choice(("转发微博", "冲鸭！", "想要[心]", "支持星河", "抽我抽我", "已关注，求中奖"))
        sid = self.add_status(db, fan, text, when, _source(rng.choice(SOURCE_CLIENTS)), repost_of=int(post["id"]))
        return [{"event": number, "kind": "repost", "category": "other", "fan_uid": fan, "id": sid,
                 "object": "status", "status_id": int(post["id"]), "target_uid": int(post["uid"]), "text": text}]


def _time(ts: float) -> str:
    return format_weibo_time(datetime.fromtimestamp(ts, UTC))


def _source(name: str) -> str:
    return f'<a href="http://app.weibo.com/t/feed/3G5oUM" rel="nofollow">{name}</a>'
