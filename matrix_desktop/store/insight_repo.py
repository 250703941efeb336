"""The insight repository: follower snapshots, keyword watches and alerts, and the read-only queries
behind the Today page, the analytics and the audits (each bounded by a limit or a period)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, delete, func, literal_column, or_, select, union, union_all
from sqlalchemy.orm import Session

from matrix_desktop.core.insight.keywords import KeywordWatch, WatchKind
from matrix_desktop.core.insight.ratio import FanCounts
from matrix_desktop.core.insight.records import (
    ComplaintResponse,
    ComplaintTally,
    CrisisCase,
    FanTouch,
    FlagMonth,
    FollowedAccount,
    FollowerPoint,
    KeywordAlertView,
    PostStat,
    SyncedText,
    TodayDraft,
    TodayFlag,
    TodayInbox,
    TodayPlan,
    TopPost,
)
from matrix_desktop.store.flags_repo import flag_from_row
from matrix_desktop.store.models import AccountRow, FollowRow, InteractionRow, PostRow
from matrix_desktop.store.models.base import utcnow
from matrix_desktop.store.models.flags import VerificationFlagRow
from matrix_desktop.store.models.forwarding import ForwardPlanRow
from matrix_desktop.store.models.inbox import InboxItemRow, ReplyDraftRow
from matrix_desktop.store.models.insight import FollowerSnapshotRow, KeywordAlertRow, KeywordWatchRow

#: Inbox statuses still waiting for us (core.inbox.records.OPEN_STATUSES, as stored strings).
_OPEN = ("new", "triaged", "waiting_review", "routed")
_FAN_KINDS = ("comment", "mention", "comment_mention")


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _watch(r: KeywordWatchRow) -> KeywordWatch:
    return KeywordWatch(r.id, r.name, WatchKind(r.kind), tuple(json.loads(r.terms or "[]")), r.enabled)


class SqlInsightRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- follower history --------------------------------------------------------------------------
    def add_snapshots(self, points: Sequence[FollowerPoint]) -> None:
        self.s.add_all(FollowerSnapshotRow(account_uid=p.account_uid, taken_at=p.taken_at,
                                           followers_count=p.followers_count, friends_count=p.friends_count,
                                           statuses_count=p.statuses_count) for p in points)
        self.s.flush()

    def snapshots(self, since: datetime, until: datetime) -> list[FollowerPoint]:
        f = FollowerSnapshotRow  # plain columns, no ORM objects: a chart may read tens of thousands
        q = (select(f.account_uid, f.taken_at, f.followers_count, f.friends_count, f.statuses_count)
             .where(f.taken_at >= since, f.taken_at <= until).order_by(f.taken_at, f.id))
        return [FollowerPoint(a, b, c, d, e) for a, b, c, d, e in self.s.execute(q)]

    # -- analytics -----------------------------------------------------------------------------------
    def fan_touches(self, start: datetime, end: datetime) -> list[FanTouch]:
        """Distinct (account, fan) pairs: fans who commented or mentioned, and fans we replied to."""
        i = InteractionRow
        wrote = (select(i.account_uid, i.author_uid)
                 .where(i.created_at >= start, i.created_at < end, i.from_matrix.is_(False),
                        i.author_uid != "", i.kind.in_(_FAN_KINDS)).distinct())
        answered = (select(i.account_uid, i.author_uid)
                    .join(InboxItemRow, InboxItemRow.interaction_id == i.id)
                    .join(ReplyDraftRow, ReplyDraftRow.item_id == InboxItemRow.id)
                    .where(ReplyDraftRow.state == "sent", ReplyDraftRow.sent_at >= start,
                           ReplyDraftRow.sent_at < end, i.author_uid != "", i.from_matrix.is_(False)).distinct())
        pairs = {(a, f) for a, f in self.s.execute(wrote)} | {(a, f) for a, f in self.s.execute(answered)}
        return [FanTouch(a, f) for a, f in sorted(pairs)]

    def fan_counts(self, start: datetime, end: datetime) -> FanCounts:
        """`fan_touches` counted by the database: distinct fans per account, per role and for the matrix."""
        i = InteractionRow
        own = select(AccountRow.uid)
        wrote = (select(i.account_uid.label("account_uid"), i.author_uid.label("fan"))
                 .where(i.created_at >= start, i.created_at < end, i.from_matrix.is_(False),
                        i.author_uid != "", i.kind.in_(_FAN_KINDS), i.author_uid.not_in(own)))
        answered = (select(i.account_uid.label("account_uid"), i.author_uid.label("fan"))
                    .join(InboxItemRow, InboxItemRow.interaction_id == i.id)
                    .join(ReplyDraftRow, ReplyDraftRow.item_id == InboxItemRow.id)
                    .where(ReplyDraftRow.state == "sent", ReplyDraftRow.sent_at >= start,
                           ReplyDraftRow.sent_at < end, i.author_uid != "", i.from_matrix.is_(False),
                           i.author_uid.not_in(own)))
        # UNION: each (account, fan) once. One statement reads the period once: the pairs are a common table
        # expression used three times, which SQLite and PostgreSQL both materialise, instead of three
        # statements that each scanned the period again.
        pairs = union(wrote, answered).cte("pairs")
        live = and_(AccountRow.uid == pairs.c.account_uid, AccountRow.archived.is_(False))  # the accounts charted
        per_account: Any = select(literal_column("'a'").label("what"), pairs.c.account_uid.label("key"),
                             func.count().label("n")).group_by(pairs.c.account_uid)
        per_role: Any = (select(literal_column("'r'"), AccountRow.role, func.count(pairs.c.fan.distinct()))
                    .select_from(pairs).join(AccountRow, live).group_by(AccountRow.role))
        whole: Any = (select(literal_column("'m'"), literal_column("''"), func.count(pairs.c.fan.distinct()))
                 .select_from(pairs).join(AccountRow, live))
        by_account: dict[str, int] = {}
        by_role: dict[str, int] = {}
        matrix = 0
        for what, key, n in self.s.execute(union_all(per_account, per_role, whole)):
            if what == "a":
                by_account[str(key)] = int(n)
            elif what == "r":
                by_role[str(key)] = int(n)
            else:
                matrix = int(n or 0)
        return FanCounts(by_account, by_role, matrix)

    def post_stats(self, start: datetime, end: datetime) -> list[PostStat]:
        p = PostRow
        q = (select(p.mid, p.account_uid, p.created_at, p.reposts_count, p.comments_count, p.attitudes_count)
             .where(p.created_at >= start, p.created_at < end, p.retweeted_mid == "").order_by(p.created_at))
        return [PostStat(a, b, c, d, e, f) for a, b, c, d, e, f in self.s.execute(q)]

    def complaint_responses(self, start: datetime, end: datetime) -> list[ComplaintResponse]:
        t = InboxItemRow
        q = (select(t.id, t.created_at, t.due_at, t.first_response_at)
             .where(t.category == "complaint", t.created_at >= start, t.created_at < end).order_by(t.created_at))
        return [ComplaintResponse(int(a), b, c, d) for a, b, c, d in self.s.execute(q)]

    def complaint_tally(self, start: datetime, end: datetime, limits_hours: Sequence[float]) -> ComplaintTally:
        """`complaint_responses` counted by the database: per bucket of hours to the first answer (a
        delay falls in the first bucket whose limit it is under), within the SLA or late, and the median."""
        t = InboxItemRow
        period = and_(t.category == "complaint", t.created_at >= start, t.created_at < end)
        if self.s.get_bind().dialect.name == "postgresql":
            delay: Any = func.extract("epoch", t.first_response_at - t.created_at)
        else:  # SQLite: days as a float; rounded to the millisecond so an exact hour stays exact
            delay = func.round((func.julianday(t.first_response_at) - func.julianday(t.created_at)) * 86400.0, 3)
        finite = [h for h in limits_hours if h != float("inf")]
        answered = t.first_response_at.is_not(None)
        # one pass: the unanswered are bucket -1
        bucket = case((t.first_response_at.is_(None), -1), *((delay < h * 3600, k) for k, h in enumerate(finite)),
                      else_=len(finite))
        in_sla = case((or_(t.due_at.is_(None), t.first_response_at <= t.due_at), 1), else_=0)
        counts = [0] * len(limits_hours)
        within = late = unanswered = 0
        for b, ok, n in self.s.execute(select(bucket, in_sla, func.count()).where(period).group_by(bucket, in_sla)):
            if int(b) < 0:
                unanswered += int(n)
                continue
            counts[min(int(b), len(counts) - 1)] += int(n)
            if int(ok):
                within += int(n)
            else:
                late += int(n)
        n_answered = within + late
        median = None
        if n_answered:
            value = self.s.scalar(select(delay).where(period, answered).order_by(delay).limit(1)
                                  .offset(n_answered // 2))
            median = None if value is None else float(value)
        return ComplaintTally(tuple(counts), unanswered, within, late, median)

    # -- keyword monitoring --------------------------------------------------------------------------
    def _texts(self, where: Any) -> list[SyncedText]:
        i = InteractionRow
        q = select(i.id, i.account_uid, i.author_name, i.text, i.created_at).where(where).order_by(i.created_at)
        return [SyncedText(int(a), b, c, d, e) for a, b, c, d, e in self.s.execute(q)]

    def keyword_texts(self, patterns: Sequence[str],
                      windows: Sequence[tuple[datetime, datetime]]) -> list[SyncedText]:
        """Fans' comments and mentions inside any of the (start, end] `windows` whose text contains one of
        `patterns` (case-insensitively), found by the database: only the candidate rows come back."""
        if not patterns or not windows:
            return []
        i = InteractionRow
        has_term = or_(*(i.text.ilike(f"%{_like_escape(p)}%", escape="\\") for p in patterns))
        # One bounded read per window: an OR of the windows made the database walk the whole history.
        out: dict[int, SyncedText] = {}
        for a, b in windows:
            for t in self._texts(and_(i.created_at > a, i.created_at <= b, i.from_matrix.is_(False), has_term)):
                out[t.interaction_id] = t  # windows may overlap
        return sorted(out.values(), key=lambda t: (t.created_at, t.interaction_id))

    def texts_by_ids(self, ids: Sequence[int]) -> list[SyncedText]:
        out: list[SyncedText] = []
        for k in range(0, len(ids), 500):
            out.extend(self._texts(InteractionRow.id.in_(list(ids[k:k + 500]))))
        return out

    def history_start(self) -> datetime | None:
        return self.s.scalar(select(func.min(InteractionRow.created_at)))

    def follows(self, account_uids: Sequence[str]) -> list[FollowedAccount]:
        f = FollowRow
        talks = (select(InteractionRow.author_uid.label("uid"), func.count().label("n"))
                 .where(InteractionRow.from_matrix.is_(False)).group_by(InteractionRow.author_uid).subquery())
        q = (select(f, func.coalesce(talks.c.n, 0)).outerjoin(talks, talks.c.uid == f.target_uid)
             .where(f.account_uid.in_(list(account_uids))).order_by(f.account_uid, f.target_name))
        return [FollowedAccount(r.account_uid, r.target_uid, r.target_name, r.target_verified,
                                r.target_verified_type, r.target_followers, int(n)) for r, n in self.s.execute(q)]

    def watches(self) -> list[KeywordWatch]:
        return [_watch(r) for r in self.s.scalars(select(KeywordWatchRow).order_by(KeywordWatchRow.id))]

    def put_watch(self, name: str, kind: WatchKind, terms: Sequence[str], enabled: bool, by: str) -> KeywordWatch:
        row = self.s.scalar(select(KeywordWatchRow).where(KeywordWatchRow.name == name))
        if row is None:
            row = KeywordWatchRow(name=name)
            self.s.add(row)
        row.kind, row.terms, row.enabled, row.updated_by = kind.value, json.dumps(list(terms), ensure_ascii=False), \
            enabled, by
        row.updated_at = utcnow()
        self.s.flush()
        return _watch(row)

    def delete_watch(self, name: str) -> bool:
        row = self.s.scalar(select(KeywordWatchRow).where(KeywordWatchRow.name == name))
        if row is None:
            return False
        self.s.execute(delete(KeywordAlertRow).where(KeywordAlertRow.watch_id == row.id))
        self.s.delete(row)
        self.s.flush()
        return True

    def _alert_query(self) -> Any:
        return select(KeywordAlertRow, KeywordWatchRow.name, KeywordWatchRow.kind).join(
            KeywordWatchRow, KeywordWatchRow.id == KeywordAlertRow.watch_id)

    @staticmethod
    def _alert(r: KeywordAlertRow, name: str, kind: str) -> KeywordAlertView:
        return KeywordAlertView(r.id, r.watch_id, name, kind, r.raised_at, r.window_start, r.window_end, r.count,
                                r.baseline, tuple(json.loads(r.item_ids or "[]")), r.acknowledged_by,
                                r.acknowledged_at)

    def alerts(self, since: datetime | None = None, open_only: bool = False,
               limit: int = 200) -> list[KeywordAlertView]:
        q = self._alert_query()
        if since is not None:
            q = q.where(KeywordAlertRow.raised_at >= since)
        if open_only:
            q = q.where(KeywordAlertRow.acknowledged_at.is_(None))
        q = q.order_by(KeywordAlertRow.raised_at.desc(), KeywordAlertRow.id.desc()).limit(limit)
        return [self._alert(r, n, k) for r, n, k in self.s.execute(q)]

    def latest_alert(self, watch_id: int, since: datetime) -> KeywordAlertView | None:
        q = (self._alert_query().where(KeywordAlertRow.watch_id == watch_id, KeywordAlertRow.window_end >= since)
             .order_by(KeywordAlertRow.raised_at.desc()).limit(1))
        row = self.s.execute(q).first()
        return None if row is None else self._alert(*row)

    def add_alert(self, watch_id: int, raised_at: datetime, window_start: datetime, window_end: datetime,
                  count: int, baseline: float, item_ids: Sequence[int]) -> int:
        row = KeywordAlertRow(watch_id=watch_id, raised_at=raised_at, window_start=window_start,
                              window_end=window_end, count=count, baseline=baseline,
                              item_ids=json.dumps(list(item_ids)))
        self.s.add(row)
        self.s.flush()
        return row.id

    def update_alert(self, alert_id: int, window_end: datetime, count: int, item_ids: Sequence[int]) -> None:
        row = self.s.get(KeywordAlertRow, alert_id)
        if row is not None:
            row.window_end, row.count, row.item_ids = window_end, count, json.dumps(list(item_ids))
            self.s.flush()

    def acknowledge_alert(self, alert_id: int, by: str, at: datetime) -> bool:
        row = self.s.get(KeywordAlertRow, alert_id)
        if row is None or row.acknowledged_at is not None:
            return False
        row.acknowledged_by, row.acknowledged_at = by, at
        self.s.flush()
        return True

    # -- Today ---------------------------------------------------------------------------------------
    def _inbox_rows(self, where: Any, order: Sequence[Any], limit: int) -> list[TodayInbox]:
        t, i = InboxItemRow, InteractionRow
        q = (select(t.id, func.coalesce(AccountRow.screen_name, t.account_uid), t.author_name, i.text, t.category,
                    t.priority, t.created_at, t.due_at, i.synced_at, t.status)
             .join(i, i.id == t.interaction_id).outerjoin(AccountRow, AccountRow.uid == t.account_uid)
             .where(where).order_by(*order).limit(limit))
        return [TodayInbox(int(a), str(b), c, d, e, int(f), g, h, k, s) for a, b, c, d, e, f, g, h, k, s
                in self.s.execute(q)]

    def today_inbox(self, now: datetime, overnight_since: datetime, limit: int) -> tuple[list[TodayInbox], int, int]:
        t = InboxItemRow
        open_ = and_(t.status.in_(_OPEN), t.first_response_at.is_(None), t.category != "spam")
        rows = self._inbox_rows(open_, [t.priority, t.created_at.desc()], limit)
        total = int(self.s.scalar(select(func.count()).select_from(t).where(open_)) or 0)
        overnight = int(self.s.scalar(select(func.count()).select_from(t).where(
            open_, t.created_at >= overnight_since)) or 0)
        return rows, total, overnight

    def today_crises(self, since: datetime, limit: int) -> list[TodayInbox]:
        t = InboxItemRow
        return self._inbox_rows(and_(t.category == "crisis", t.created_at >= since), [t.created_at.desc()], limit)

    def today_breaches(self, now: datetime, limit: int) -> tuple[list[TodayInbox], int, TodayInbox | None]:
        t = InboxItemRow
        waiting = and_(t.status.in_(_OPEN), t.first_response_at.is_(None), t.due_at.is_not(None))
        late = and_(waiting, t.due_at < now)
        rows = self._inbox_rows(late, [t.due_at], limit)
        total = int(self.s.scalar(select(func.count()).select_from(t).where(late)) or 0)
        upcoming = self._inbox_rows(and_(waiting, t.due_at >= now), [t.due_at], 1)
        return rows, total, upcoming[0] if upcoming else None

    def waiting_drafts(self, limit: int) -> tuple[list[TodayDraft], int]:
        d = ReplyDraftRow
        q = select(d).where(d.state == "waiting_review").order_by(d.created_at).limit(limit)
        rows = [TodayDraft(r.id, r.item_id, r.edited_text or r.suggested_text, r.written_by, r.created_at)
                for r in self.s.scalars(q)]
        total = int(self.s.scalar(select(func.count()).select_from(d).where(d.state == "waiting_review")) or 0)
        return rows, total

    def waiting_plans(self, limit: int) -> tuple[list[TodayPlan], int]:
        p = ForwardPlanRow
        q = (select(p.id, func.coalesce(PostRow.text, p.post_mid), p.created_by, p.created_at)
             .outerjoin(PostRow, PostRow.mid == p.post_mid).where(p.state == "draft")
             .order_by(p.created_at).limit(limit))
        rows = [TodayPlan(int(a), str(b), c, d) for a, b, c, d in self.s.execute(q)]
        total = int(self.s.scalar(select(func.count()).select_from(p).where(p.state == "draft")) or 0)
        return rows, total

    def flags_opened_since(self, since: datetime, limit: int) -> list[TodayFlag]:
        f = VerificationFlagRow
        q = (select(f.id, f.account_uid, func.coalesce(AccountRow.screen_name, f.account_uid), f.severity,
                    f.explanation, f.opened_at)
             .outerjoin(AccountRow, AccountRow.uid == f.account_uid)
             .where(f.opened_at >= since, f.state.in_(("open", "acknowledged")))
             .order_by(f.opened_at.desc()).limit(limit))
        return [TodayFlag(int(a), b, str(c), d, e, g) for a, b, c, d, e, g in self.s.execute(q)]

    # -- the monthly report --------------------------------------------------------------------------
    def top_posts(self, start: datetime, end: datetime, limit: int) -> list[TopPost]:
        p = PostRow
        score = p.reposts_count + p.comments_count + p.attitudes_count
        q = (select(p.mid, func.coalesce(AccountRow.screen_name, p.account_uid), p.text, p.created_at,
                    p.reposts_count, p.comments_count, p.attitudes_count)
             .outerjoin(AccountRow, AccountRow.uid == p.account_uid)
             .where(p.created_at >= start, p.created_at < end, p.retweeted_mid == "")
             .order_by(score.desc(), p.created_at).limit(limit))
        return [TopPost(a, str(b), c or "", d, int(e), int(f), int(g)) for a, b, c, d, e, f, g in self.s.execute(q)]

    def interaction_count(self, start: datetime, end: datetime) -> int:
        i = InteractionRow
        return int(self.s.scalar(select(func.count()).select_from(i).where(
            i.created_at >= start, i.created_at < end, i.from_matrix.is_(False))) or 0)

    def crisis_cases(self, start: datetime, end: datetime, limit: int) -> tuple[list[CrisisCase], int]:
        t, i, d = InboxItemRow, InteractionRow, ReplyDraftRow
        where = and_(t.category == "crisis", t.created_at >= start, t.created_at < end)
        q = (select(t.id, func.coalesce(AccountRow.screen_name, t.account_uid), t.author_name, i.text, t.created_at,
                    t.status, t.first_response_at)
             .join(i, i.id == t.interaction_id).outerjoin(AccountRow, AccountRow.uid == t.account_uid)
             .where(where).order_by(t.created_at).limit(limit))
        rows = list(self.s.execute(q))
        replies: dict[int, str] = {}
        ids = [int(r[0]) for r in rows]
        if ids:
            sent = (select(d.item_id, d.edited_text, d.suggested_text)
                    .where(d.item_id.in_(ids), d.state == "sent").order_by(d.sent_at))
            for item_id, edited, suggested in self.s.execute(sent):
                replies[int(item_id)] = edited or suggested  # the last one sent wins
        total = int(self.s.scalar(select(func.count()).select_from(t).where(where)) or 0)
        return [CrisisCase(int(a), str(b), c, e, f, g, h, replies.get(int(a), "")) for a, b, c, e, f, g, h in rows], total

    def flag_month(self, start: datetime, end: datetime, limit: int) -> FlagMonth:
        f = VerificationFlagRow
        opened = and_(f.opened_at >= start, f.opened_at < end)
        by_sev = {str(s): int(n) for s, n in self.s.execute(
            select(f.severity, func.count()).where(opened).group_by(f.severity))}
        closed = int(self.s.scalar(select(func.count()).select_from(f).where(
            f.closed_at.is_not(None), f.closed_at >= start, f.closed_at < end)) or 0)
        open_at_end = int(self.s.scalar(select(func.count()).select_from(f).where(
            f.opened_at < end, or_(f.closed_at.is_(None), f.closed_at >= end))) or 0)
        q = (select(f, AccountRow.screen_name).outerjoin(AccountRow, AccountRow.uid == f.account_uid)
             .where(opened).order_by(f.opened_at.desc()).limit(limit))
        newest = tuple(flag_from_row(r, name) for r, name in self.s.execute(q))
        return FlagMonth(sum(by_sev.values()), closed, open_at_end, by_sev, newest)
