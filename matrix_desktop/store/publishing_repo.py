"""The content calendar's repository. `claim_due` is the publisher's queue, as for forwarding: on
PostgreSQL it locks what it claims with `FOR UPDATE SKIP LOCKED`; on SQLite the writing unit of work
already holds the write lock."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from matrix_desktop.core.errors import NotFound
from matrix_desktop.core.publishing.draws import Draw, DrawState, Entrant, FrozenEntrant
from matrix_desktop.core.publishing.events import CompanyEvent, EventKind
from matrix_desktop.core.publishing.records import (
    AccountPlanRules,
    ClaimedPost,
    Column,
    PlannedPost,
    PostState,
    SensitiveWord,
    StyleGuide,
)
from matrix_desktop.store.models.base import utcnow
from matrix_desktop.store.models.flags import VerificationFlagRow
from matrix_desktop.store.models.foundation import AccountRow
from matrix_desktop.store.models.publishing import (
    CalendarRuleRow,
    CompanyEventRow,
    PlannedPostRow,
    PrizeDrawRow,
    SensitiveWordRow,
    StyleGuideRow,
)
from matrix_desktop.store.models.weibo import InteractionRow

P = PlannedPostRow
_FIELDS = {"account_uid", "text", "picture_path", "column", "owner", "at", "state", "approved_by", "approved_at",
           "review_note", "platform_mid", "answer", "attempts", "published_at", "forward_plan_id", "event_id"}


def post_from_row(r: PlannedPostRow) -> PlannedPost:
    return PlannedPost(
        id=r.id, account_uid=r.account_uid, text=r.text, at=r.at, column=Column(r.column),
        picture_path=r.picture_path, owner=r.owner, state=PostState(r.state), created_by=r.created_by,
        approved_by=r.approved_by, approved_at=r.approved_at, review_note=r.review_note,
        platform_mid=r.platform_mid, answer=r.answer, attempts=r.attempts, published_at=r.published_at,
        forward_plan_id=r.forward_plan_id, event_id=r.event_id)


def _plain(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - _FIELDS
    if unknown:
        raise ValueError(f"not a planned post's field: {', '.join(sorted(unknown))}")
    return {k: (v.value if isinstance(v, PostState | Column) else v) for k, v in fields.items()}


class SqlPublishingRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- planned posts ---------------------------------------------------------------------------------
    def add_post(self, post: PlannedPost) -> PlannedPost:
        row = PlannedPostRow(
            account_uid=post.account_uid, text=post.text, picture_path=post.picture_path, column=post.column.value,
            owner=post.owner, at=post.at, state=post.state.value, created_by=post.created_by, review_note="",
            platform_mid="", answer="", attempts=0, claimed_by="", approved_by="",
            event_id=post.event_id)
        self.s.add(row)
        self.s.flush()
        return post_from_row(row)

    def post(self, post_id: int, lock: bool = False) -> PlannedPost:
        stmt = select(P).where(P.id == post_id)
        row = self.s.scalar(stmt.with_for_update() if lock else stmt)
        if row is None:
            raise NotFound(f"planned post #{post_id} does not exist")
        return post_from_row(row)

    def update_post(self, post_id: int, **fields: Any) -> None:
        self.s.execute(update(P).where(P.id == post_id).values(**_plain(fields), updated_at=utcnow()))

    def posts(self, *, states: Iterable[PostState] = (), account_uids: Sequence[str] = (),
              start: datetime | None = None, end: datetime | None = None, limit: int = 2000,
              event_id: int | None = None) -> list[PlannedPost]:
        stmt = select(P) if event_id is None else select(P).where(P.event_id == event_id)
        wanted = [s.value for s in states]
        if wanted:
            stmt = stmt.where(P.state.in_(wanted))
        if account_uids:
            stmt = stmt.where(P.account_uid.in_(list(account_uids)))
        if start is not None:
            stmt = stmt.where(P.at >= start)
        if end is not None:
            stmt = stmt.where(P.at < end)
        return [post_from_row(r) for r in self.s.scalars(stmt.order_by(P.at, P.id).limit(limit))]

    def claim_due(self, now: datetime, worker_id: str, lease_until: datetime, limit: int) -> list[ClaimedPost]:
        """Claim scheduled posts whose time has come, and `publishing` ones whose worker's lease ran out
        (it died mid-call): they become `publishing`, held by `worker_id` until `lease_until`."""
        due = or_(and_(P.state == PostState.SCHEDULED.value, P.at <= now),
                  and_(P.state == PostState.PUBLISHING.value, P.claimed_until < now))
        stmt = select(P).where(due).order_by(P.at, P.id).limit(limit).with_for_update(skip_locked=True)
        out: list[ClaimedPost] = []
        stamp = utcnow()
        for r in list(self.s.scalars(stmt)):
            # Any earlier attempt may have reached the platform (a lost answer, a killed worker): look first.
            resumed = r.state == PostState.PUBLISHING.value or r.attempts > 0
            r.state = PostState.PUBLISHING.value
            r.attempts += 1
            r.claimed_by = worker_id
            r.claimed_until = lease_until
            if r.claimed_at is None:
                r.claimed_at = now  # the first claim: whatever the platform shows after it may be ours
            r.updated_at = stamp
            out.append(ClaimedPost(post_from_row(r), resumed, r.claimed_at))
        self.s.flush()
        return out

    def finish(self, post_id: int, worker_id: str, state: PostState, answer: str, **fields: Any) -> bool:
        """Record a claimed post's outcome; False when this worker no longer holds it."""
        values = {**_plain(fields), "state": state.value, "answer": answer, "claimed_until": None,
                  "updated_at": utcnow()}
        result = self.s.execute(update(P).where(P.id == post_id, P.state == PostState.PUBLISHING.value,
                                                P.claimed_by == worker_id).values(**values))
        return bool(getattr(result, "rowcount", 0))

    def pending(self) -> tuple[int, datetime | None]:
        """How many posts wait to be published, and the next time one falls due (or a lease runs out)."""
        waiting = or_(P.state == PostState.SCHEDULED.value, P.state == PostState.PUBLISHING.value)
        count = self.s.scalar(select(func.count()).select_from(P).where(waiting)) or 0
        nxt = self.s.scalar(select(func.min(P.at)).where(P.state == PostState.SCHEDULED.value))
        lease = self.s.scalar(select(func.min(P.claimed_until)).where(P.state == PostState.PUBLISHING.value))
        times = [t for t in (nxt, lease) if t is not None]
        return int(count), min(times) if times else None

    # -- style guides ----------------------------------------------------------------------------------
    @staticmethod
    def _guide(r: StyleGuideRow) -> StyleGuide:
        return StyleGuide(r.account_uid, r.version, r.text, r.edited_by, r.edited_at)

    def style_guide(self, account_uid: str, version: int | None = None) -> StyleGuide | None:
        stmt = select(StyleGuideRow).where(StyleGuideRow.account_uid == account_uid)
        stmt = stmt.where(StyleGuideRow.version == version) if version is not None else stmt
        row = self.s.scalar(stmt.order_by(StyleGuideRow.version.desc()).limit(1))
        return self._guide(row) if row else None

    def style_versions(self, account_uid: str) -> list[StyleGuide]:
        stmt = (select(StyleGuideRow).where(StyleGuideRow.account_uid == account_uid)
                .order_by(StyleGuideRow.version.desc()))
        return [self._guide(r) for r in self.s.scalars(stmt)]

    def add_style_guide(self, account_uid: str, text: str, by: str) -> StyleGuide:
        last = self.s.scalar(select(func.max(StyleGuideRow.version)).where(StyleGuideRow.account_uid == account_uid))
        row = StyleGuideRow(account_uid=account_uid, version=(last or 0) + 1, text=text, edited_by=by,
                            edited_at=utcnow())
        self.s.add(row)
        self.s.flush()
        return self._guide(row)

    # -- sensitive words -------------------------------------------------------------------------------
    def sensitive_words(self) -> list[SensitiveWord]:
        rows = self.s.scalars(select(SensitiveWordRow).order_by(SensitiveWordRow.category, SensitiveWordRow.word))
        return [SensitiveWord(r.word, r.category, r.note) for r in rows]

    def put_sensitive_word(self, word: SensitiveWord) -> None:
        row = self.s.get(SensitiveWordRow, word.word)
        if row is None:
            self.s.add(SensitiveWordRow(word=word.word, category=word.category, note=word.note))
        else:
            row.category, row.note = word.category, word.note
        self.s.flush()

    def remove_sensitive_word(self, word: str) -> bool:
        result = self.s.execute(delete(SensitiveWordRow).where(SensitiveWordRow.word == word))
        return bool(getattr(result, "rowcount", 0))

    def replace_sensitive_words(self, words: Sequence[SensitiveWord]) -> None:
        self.s.execute(delete(SensitiveWordRow))
        self.s.add_all(SensitiveWordRow(word=w.word, category=w.category, note=w.note) for w in words)
        self.s.flush()

    # -- calendar rules --------------------------------------------------------------------------------
    def rules(self) -> dict[str, AccountPlanRules]:
        out = {}
        for r in self.s.scalars(select(CalendarRuleRow)):
            weekly = {Column(k): int(v) for k, v in json.loads(r.weekly or "{}").items()}
            out[r.account_uid] = AccountPlanRules(r.account_uid, weekly, r.earliest, r.latest, r.min_gap_minutes,
                                                  r.daily_max)
        return out

    def put_rules(self, rules: AccountPlanRules) -> None:
        row = self.s.get(CalendarRuleRow, rules.account_uid)
        if row is None:
            row = CalendarRuleRow(account_uid=rules.account_uid)
            self.s.add(row)
        row.weekly = json.dumps({c.value: n for c, n in rules.weekly.items()}, sort_keys=True)
        row.earliest, row.latest = rules.earliest, rules.latest
        row.min_gap_minutes, row.daily_max = rules.min_gap_minutes, rules.daily_max
        self.s.flush()

    # -- company events (campaigns) ------------------------------------------------------------------
    @staticmethod
    def _event(r: CompanyEventRow) -> CompanyEvent:
        return CompanyEvent(r.id, r.name, EventKind(r.kind), r.starts_on, r.ends_on, r.learned_on, r.notes,
                            r.paid_campaign_id, r.created_by)

    def add_event(self, e: CompanyEvent) -> CompanyEvent:
        row = CompanyEventRow(name=e.name, kind=e.kind.value, starts_on=e.starts_on, ends_on=e.ends_on,
                              learned_on=e.learned_on, notes=e.notes, paid_campaign_id=e.paid_campaign_id,
                              created_by=e.created_by, created_at=utcnow())
        self.s.add(row)
        self.s.flush()
        return self._event(row)

    def event(self, event_id: int) -> CompanyEvent:
        row = self.s.get(CompanyEventRow, event_id)
        if row is None:
            raise NotFound(f"event #{event_id} does not exist")
        return self._event(row)

    def event_by_name(self, name: str) -> CompanyEvent | None:
        row = self.s.scalar(select(CompanyEventRow).where(CompanyEventRow.name == name))
        return self._event(row) if row else None

    def events(self, start: date | None = None, end: date | None = None) -> list[CompanyEvent]:
        """Events overlapping [start, end] (inclusive days), by start day."""
        stmt = select(CompanyEventRow)
        if start is not None:
            stmt = stmt.where(CompanyEventRow.ends_on >= start)
        if end is not None:
            stmt = stmt.where(CompanyEventRow.starts_on <= end)
        return [self._event(r) for r in self.s.scalars(stmt.order_by(CompanyEventRow.starts_on, CompanyEventRow.id))]

    def update_event(self, event_id: int, **fields: Any) -> None:
        allowed = {"paid_campaign_id", "notes"}
        if set(fields) - allowed:
            raise ValueError(f"not an event field to change: {', '.join(sorted(set(fields) - allowed))}")
        self.s.execute(update(CompanyEventRow).where(CompanyEventRow.id == event_id).values(**fields))

    def post_stats(self, mids: Sequence[str]) -> dict[str, tuple[int, int, int]]:
        """Reposts, comments and likes of published posts as the last sync saw them, by mid."""
        from matrix_desktop.store.models.weibo import PostRow

        if not mids:
            return {}
        rows = self.s.execute(select(PostRow.mid, PostRow.reposts_count, PostRow.comments_count,
                                     PostRow.attitudes_count).where(PostRow.mid.in_(list(mids))))
        return {m: (int(r), int(c), int(a)) for m, r, c, a in rows}

    # -- prize draws -----------------------------------------------------------------------------------
    @staticmethod
    def _draw(r: PrizeDrawRow) -> Draw:
        entrants = tuple(FrozenEntrant(str(e["uid"]), str(e.get("name", "")), str(e.get("excluded", "")))
                         for e in json.loads(r.entrants or "[]"))
        drawn = r.state == DrawState.DRAWN.value
        return Draw(r.id, r.name, r.post_mid, r.deadline, r.winners_wanted, r.commitment, DrawState(r.state),
                    r.must_comment, r.event_id, r.seed if drawn else "", entrants,
                    tuple(json.loads(r.winners or "[]")), r.created_by, r.drawn_by, r.drawn_at)

    def add_draw(self, d: Draw, seed: str) -> Draw:
        row = PrizeDrawRow(name=d.name, post_mid=d.post_mid, deadline=d.deadline, winners_wanted=d.winners_wanted,
                           must_comment=d.must_comment, event_id=d.event_id, commitment=d.commitment, seed=seed,
                           state=DrawState.OPEN.value, entrants="[]", winners="[]", created_by=d.created_by,
                           created_at=utcnow(), drawn_by="")
        self.s.add(row)
        self.s.flush()
        return self._draw(row)

    def draw(self, draw_id: int, lock: bool = False) -> Draw:
        stmt = select(PrizeDrawRow).where(PrizeDrawRow.id == draw_id)
        row = self.s.scalar(stmt.with_for_update() if lock else stmt)
        if row is None:
            raise NotFound(f"draw #{draw_id} does not exist")
        return self._draw(row)

    def draw_seed(self, draw_id: int) -> str:
        """The seed the database holds: empty for a draw whose seed is in a keyring until it is run (a draw
        set up by an older release kept it here)."""
        seed = self.s.scalar(select(PrizeDrawRow.seed).where(PrizeDrawRow.id == draw_id))
        if seed is None:
            raise NotFound(f"draw #{draw_id} does not exist")
        return str(seed)

    def draws(self, event_id: int | None = None) -> list[Draw]:
        stmt = select(PrizeDrawRow)
        if event_id is not None:
            stmt = stmt.where(PrizeDrawRow.event_id == event_id)
        return [self._draw(r) for r in self.s.scalars(stmt.order_by(PrizeDrawRow.id))]

    def record_draw(self, draw_id: int, entrants: Sequence[FrozenEntrant], winners: Sequence[str], by: str,
                    at: datetime, seed: str) -> bool:
        """Write a draw's result and its now revealed seed once: False when it was already drawn (a second
        run changes nothing)."""
        result = self.s.execute(
            update(PrizeDrawRow).where(PrizeDrawRow.id == draw_id, PrizeDrawRow.state == DrawState.OPEN.value)
            .values(state=DrawState.DRAWN.value, drawn_by=by, drawn_at=at, winners=json.dumps(list(winners)), seed=seed,
                    entrants=json.dumps([{"uid": e.uid, "name": e.name, "excluded": e.excluded} for e in entrants],
                                        ensure_ascii=False)))
        return bool(getattr(result, "rowcount", 0))

    def entrants(self, post_mid: str, until: datetime) -> list[Entrant]:
        """Everyone who commented on the post by `until`, as synced into the interactions."""
        I = InteractionRow  # noqa: E741
        stmt = (select(I.author_uid, I.author_name, I.author_followers, I.created_at)
                .where(I.post_mid == post_mid, I.kind.in_(("comment", "comment_mention")), I.created_at <= until,
                       I.author_uid != "")
                .order_by(I.created_at, I.id))
        return [Entrant(uid, name, int(followers or 0), at, True) for uid, name, followers, at in self.s.execute(stmt)]

    def commented_posts(self, account_uid: str, limit: int = 20) -> list[tuple[str, str, int]]:
        """An account's synced posts with how many synced comments each has, most commented first: the
        posts a draw can be held on."""
        from matrix_desktop.store.models.weibo import PostRow

        I = InteractionRow  # noqa: E741
        n = func.count(I.id)
        stmt = (select(PostRow.mid, PostRow.text, n).join(I, and_(I.post_mid == PostRow.mid, I.kind == "comment"))
                .where(PostRow.account_uid == account_uid).group_by(PostRow.mid, PostRow.text)
                .order_by(n.desc(), PostRow.mid).limit(limit))
        return [(str(mid), str(text), int(count)) for mid, text, count in self.s.execute(stmt)]

    def matrix_uids(self) -> set[str]:
        """Every account of the registry, archived ones too: none of them may win a prize."""
        return {str(u) for u in self.s.scalars(select(AccountRow.uid))}

    def flagged_uids(self) -> set[str]:
        return {str(u) for u in self.s.scalars(select(VerificationFlagRow.account_uid).distinct())}
