"""Repositories of the inbox area: items (list, filters, text search), corrections, the answer manual,
reply drafts, customer-service tickets and settings. They return plain dataclasses, never ORM rows.

Chinese text search: `search_grams(text)` turns text into overlapping character bigrams
("退款太慢" → "退款 款太 太慢", Latin words kept whole), the way CJK analysers of search engines do.
A query of two or more characters becomes a phrase of its bigrams, answered by an FTS5 table on SQLite
and a GIN full-text index on PostgreSQL (migration 0005); a single character falls back to LIKE.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Select, func, or_, select, text, update
from sqlalchemy.orm import Session

from matrix_desktop.core.errors import NotFound, changed_keys
from matrix_desktop.core.inbox.entries import AnswerEntry
from matrix_desktop.core.inbox.records import (
    OPEN_STATUSES,
    SORT_KEYS,
    CsTicket,
    DraftState,
    InboxItem,
    InboxQuery,
    ReplyDraft,
)
from matrix_desktop.core.inbox.text import canonical
from matrix_desktop.core.weibo import SyncedInteraction
from matrix_desktop.store.bulk import insert_rows
from matrix_desktop.store.models import AccountRow, InteractionRow, PostRow
from matrix_desktop.store.models.base import utcnow
from matrix_desktop.store.models.inbox import (
    AnswerEntryRow,
    CsTicketRow,
    InboxItemRow,
    InboxSettingRow,
    ReplyDraftRow,
    TriageCorrectionRow,
)
from matrix_desktop.store.repositories import like_pattern
from matrix_desktop.store.versioning import take_version

# Han ideographs (incl. extension A and compatibility), kana and hangul are indexed as bigrams.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"
_RUN = re.compile(f"([{_CJK}]+)|([a-z0-9]+)")
_CJK_RUN = re.compile(f"[{_CJK}]+")


def _grams(canon: str) -> list[str]:
    out: list[str] = []
    for m in _RUN.finditer(canon):
        run = m.group(1)
        if run is None:
            out.append(m.group(2))
        elif len(run) == 1:
            out.append(run)
        else:
            out.extend(run[i:i + 2] for i in range(len(run) - 1))
    return out


def search_text_of(raw: str) -> str:
    """The canonical form stored for LIKE fallbacks (NFKC, simplified, lower case)."""
    return canonical(raw)


def search_grams(raw: str) -> str:
    """Space-separated bigrams of the CJK runs of `raw` and its whole Latin/digit words."""
    return " ".join(_grams(canonical(raw)))


def _draft(r: ReplyDraftRow, item: InboxItemRow | None = None, itext: str = "", owner: str | None = "",
           account_name: str | None = "") -> ReplyDraft:
    return ReplyDraft(
        r.id, r.item_id, r.source, r.suggested_text, r.edited_text,
        tuple(k for k in r.entry_keys.split(",") if k), tuple(json.loads(r.tone_issues or "[]")), DraftState(r.state),
        r.written_by, r.reviewer, r.reviewed_at, r.reject_reason, r.platform_comment_id, r.error, r.created_at,
        r.sent_at, item.account_uid if item else "", item.author_name if item else "", itext,
        item.category if item else "", item.priority if item else 3, item.created_at if item else None,
        r.pending_edit or "", r.pending_edit_by or "", r.approved_at, r.not_before, r.assigned_to or "",
        r.deleted_at, r.deleted_by or "", owner or "", account_name or "", r.row_version or 1,
        changed_keys(r.changed_fields or ""), r.changed_by or "")


def _item(r: Any) -> InboxItem:
    """An item from a row of `_item_columns()` (plain columns: no ORM identity map on a hot path)."""
    return InboxItem(r[0], r[1], r[2], r[3], r[4], r[5] or r[4], r[6], r[7], r[8], r[9], r[10], int(r[11]),
                     bool(r[12]), r[13], r[14], r[15], r[16], r[17], r[18], r[19], r[20], r[21], r[22], r[23],
                     r[24])


def _utc(v: Any) -> datetime | None:
    """A time column as the driver gives it (SQLite: text; PostgreSQL: a datetime) as an aware UTC
    datetime: what `UtcDateTime` does for rows read through SQLAlchemy."""
    if v is None:
        return None
    moment = v if isinstance(v, datetime) else datetime.fromisoformat(str(v))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _at(v: Any) -> datetime:
    moment = _utc(v)
    if moment is None:
        raise ValueError("an inbox item without its time")
    return moment


def _item_of_raw(r: Any) -> InboxItem:
    """An item from a driver row of `_item_columns()` (no SQLAlchemy result processing)."""
    return InboxItem(r[0], r[1], r[2], r[3], r[4], r[5] or r[4], r[6], r[7], r[8], r[9], r[10], int(r[11]),
                     bool(r[12]), r[13], _at(r[14]), r[15], int(r[16]), float(r[17]), r[18], r[19], r[20],
                     r[21], _utc(r[22]), _utc(r[23]), _utc(r[24]))


#: The first screens' SQL per (query, limit, reverse, dialect), compiled once (a few dozen at most).
_FIRST_SCREENS: dict[tuple[InboxQuery, int, bool, str], str] = {}


def _copy_value(v: Any) -> Any:
    """A value as the item table's column takes it: an enum by its value; a datetime must carry its zone
    (what `UtcDateTime` checks on the ORM's path), stored in UTC."""
    if isinstance(v, Enum):
        return v.value
    if isinstance(v, datetime):
        if v.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return v.astimezone(UTC)
    return v


def _pg_idle(raw: Any) -> bool:
    """Whether a psycopg connection is outside any transaction (nothing read or written in it yet)."""
    from psycopg.pq import TransactionStatus

    return not raw.autocommit and raw.info.transaction_status == TransactionStatus.IDLE


def _ticket(r: CsTicketRow) -> CsTicket:
    return CsTicket(r.id, r.item_id, r.status, r.note, r.created_by, r.created_at, r.exported_at,
                    assignee=r.assignee or "")


def interaction_of(r: InteractionRow) -> SyncedInteraction:
    return SyncedInteraction(r.kind, r.platform_id, r.account_uid, r.text, r.created_at, r.post_mid, r.post_text,
                             r.reply_to_id, r.author_uid, r.author_name, int(r.author_followers),
                             bool(r.author_verified), bool(r.from_matrix), r.id)


class SqlInboxRepository:
    """Everything the inbox stores. Writes join the caller's unit of work; nothing commits here."""

    def __init__(self, session: Session) -> None:
        self.s = session

    @property
    def _dialect(self) -> str:
        return self.s.get_bind().dialect.name

    # -- items --------------------------------------------------------------------------------------
    def uningested(self, account_uids: Sequence[str] | None, limit: int = 5000) -> list[SyncedInteraction]:
        """Interactions from outside the matrix that have no inbox item yet (oldest first), as plain
        columns: an ingest reads thousands, and ORM objects would cost more than the reading."""
        t, i = InteractionRow, InboxItemRow
        stmt = (select(t.kind, t.platform_id, t.account_uid, t.text, t.created_at, t.post_mid, t.post_text,
                       t.reply_to_id, t.author_uid, t.author_name, t.author_followers, t.author_verified,
                       t.from_matrix, t.id)
                .outerjoin(i, i.interaction_id == t.id)
                .where(i.id.is_(None), t.from_matrix.is_(False))
                .order_by(t.id).limit(limit))
        if account_uids:
            stmt = stmt.where(t.account_uid.in_(list(account_uids)))
        return [SyncedInteraction(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], int(r[10]),
                                  bool(r[11]), bool(r[12]), r[13]) for r in self.s.execute(stmt)]

    def add_item(self, interaction: SyncedInteraction, **fields: Any) -> int:
        row = InboxItemRow(
            interaction_id=interaction.id, account_uid=interaction.account_uid,
            author_name=interaction.author_name, created_at=interaction.created_at,
            search_text=search_text_of(interaction.text), search_grams=search_grams(interaction.text),
            assignee="", corrected_by="", acknowledged_by="", **fields)
        self.s.add(row)
        self.s.flush()
        if self._dialect == "sqlite":
            self.s.execute(text("INSERT INTO inbox_search(rowid, grams) VALUES (:id, :g)"),
                           {"id": row.id, "g": row.search_grams})
        return row.id

    #: Ids asked back per statement after a bulk insert (well under SQLite's bound-parameter limit).
    _ID_CHUNK = 900

    def add_items(self, batch: Sequence[tuple[SyncedInteraction, dict[str, Any]]]) -> list[int]:
        """Items for many interactions at once (an ingest), the new ids in the batch's order.

        One prepared INSERT executed over the batch (the driver's `executemany`), then the ids read back
        by interaction (unique). Not `INSERT … RETURNING` with the batch's order kept: on SQLite that
        runs one statement per row and splices the results together, which cost more than the triage.
        The full-text rows (SQLite; PostgreSQL's index is maintained by the server) go in one more
        `executemany`. All of it joins the caller's transaction: a kill leaves none of the batch."""
        if not batch:
            return []
        now = utcnow()
        rows = []
        for i, fields in batch:
            canon = canonical(i.text)  # once per text: both search columns start from it
            rows.append({"interaction_id": i.id, "account_uid": i.account_uid, "author_name": i.author_name,
                         "created_at": i.created_at, "search_text": canon, "search_grams": " ".join(_grams(canon)),
                         "assignee": "", "corrected_by": "", "acknowledged_by": "", "corrected_at": None,
                         "first_response_at": None, "acknowledged_at": None, "updated_at": now, **fields})
        conn = self.s.connection()
        if self._dialect == "postgresql" and (ids := self._copy_items(conn, rows)) is not None:
            return ids
        insert_rows(self.s, InboxItemRow, rows)  # one compiled INSERT over the batch (the driver's executemany)
        inter_ids = [i.id for i, _ in batch]
        by_interaction: dict[int, int] = {}
        for k in range(0, len(inter_ids), self._ID_CHUNK):
            chunk = inter_ids[k:k + self._ID_CHUNK]
            by_interaction.update((int(a), int(b)) for a, b in conn.execute(
                select(InboxItemRow.interaction_id, InboxItemRow.id).where(InboxItemRow.interaction_id.in_(chunk))))
        ids = [by_interaction[n] for n in inter_ids]
        if self._dialect == "sqlite":
            conn.exec_driver_sql("INSERT INTO inbox_search(rowid, grams) VALUES (?, ?)",
                                 [(n, r["search_grams"]) for n, r in zip(ids, rows, strict=True)])
        return ids

    #: The item table's columns a bulk COPY writes (every one but the id, which it takes first).
    _COPY_COLUMNS = tuple(c.name for c in InboxItemRow.__table__.columns if c.name != "id")

    def _copy_items(self, conn: Any, rows: list[dict[str, Any]]) -> list[int] | None:
        """PostgreSQL: the batch's ids taken from the table's sequence in one query, then the rows by COPY
        with those ids, in the caller's transaction. No statement per row and no reading the ids back
        (together two thirds of an ingest's database time on the team server). None when a row lacks a
        column (the Core insert fills its default then)."""
        columns = self._COPY_COLUMNS
        if any(len(r) != len(columns) or any(c not in r for c in columns) for r in rows):
            return None
        raw = conn.connection.driver_connection
        with raw.cursor() as cur:
            cur.execute("SELECT nextval(pg_get_serial_sequence('inbox_items', 'id')) FROM generate_series(1, %s)",
                        (len(rows),))
            ids = [int(n) for (n,) in cur.fetchall()]
            with cur.copy(f"COPY inbox_items (id, {', '.join(columns)}) FROM STDIN") as copy:
                for n, r in zip(ids, rows, strict=True):
                    copy.write_row((n, *(_copy_value(r[c]) for c in columns)))
        return ids

    def add_drafts(self, drafts: Sequence[dict[str, Any]]) -> None:
        """Suggested drafts of an ingest in one `executemany`; each dict has `add_draft`'s arguments."""
        if not drafts:
            return
        now = utcnow()
        insert_rows(self.s, ReplyDraftRow, [
            {"item_id": d["item_id"], "source": d["source"], "suggested_text": d["suggested_text"],
             "edited_text": d.get("edited_text", ""), "entry_keys": ",".join(d.get("entry_keys", ())),
             "tone_issues": json.dumps(list(d.get("tone_issues", ())), ensure_ascii=False),
             "state": "waiting_review", "written_by": d.get("written_by", ""), "reviewer": "", "reject_reason": "",
             "platform_comment_id": "", "error": "", "created_at": now} for d in drafts])

    def _filtered(self, q: InboxQuery, stmt: Select[Any], for_page: bool = False) -> Select[Any]:
        if q.account_uid:
            stmt = stmt.where(InboxItemRow.account_uid == q.account_uid)
        if q.categories:
            stmt = stmt.where(InboxItemRow.category.in_(sorted(q.categories)))
        if q.statuses:
            stmt = stmt.where(InboxItemRow.status.in_(sorted(q.statuses)))
        if q.assignee:
            stmt = stmt.where(InboxItemRow.assignee == q.assignee)
        if q.author.strip():
            stmt = stmt.where(InboxItemRow.author_name.ilike(like_pattern(q.author.strip()), escape="\\"))
        if q.overdue_at is not None:
            stmt = stmt.where(InboxItemRow.due_at < q.overdue_at, InboxItemRow.first_response_at.is_(None),
                              InboxItemRow.status.in_(OPEN_STATUSES))
        if q.text.strip():
            stmt = self._text_filter(q.text, stmt, for_page)
        return stmt

    def _text_filter(self, raw: str, stmt: Select[Any], for_page: bool = False) -> Select[Any]:
        canon = canonical(raw).strip()
        grams = _grams(canon)
        bigram_able = len(canon) >= 2 and grams and not (len(grams) == 1 and len(grams[0]) == 1)
        like = InboxItemRow.search_text.like(like_pattern(canon), escape="\\")
        if not bigram_able:
            return stmt.where(like)
        prefix = grams[-1].isascii()  # "iph" finds "iphone": the last Latin word is a prefix
        if self._dialect == "sqlite":
            match = '"' + " ".join(grams).replace('"', '""') + '"' + (" *" if prefix else "")
            if for_page:
                # A screen needs the newest few matches, not all of them. Few matches: their ids. Many:
                # the list's own order is scanned and the first matches fill the screen at once; for
                # one run of Chinese characters the substring test is exactly the bigram phrase.
                found = list(self.s.scalars(text(
                    "SELECT rowid FROM inbox_search WHERE inbox_search MATCH :m LIMIT :n").bindparams(
                        m=match, n=self.SPARSE_MATCHES + 1)))
                if len(found) <= self.SPARSE_MATCHES:
                    return stmt.where(InboxItemRow.id.in_(found))
                if _CJK_RUN.fullmatch(canon):
                    return stmt.where(like)
            sub = text("SELECT rowid FROM inbox_search WHERE inbox_search MATCH :m").bindparams(m=match)
            return stmt.where(InboxItemRow.id.in_(sub.columns(rowid=InboxItemRow.id.type)))
        tsq = " <-> ".join(f"'{g}'" for g in grams) + (":*" if prefix else "")
        phrase = text("to_tsvector('simple'::regconfig, inbox_items.search_grams) @@ "
                      "to_tsquery('simple'::regconfig, :tsq)").bindparams(tsq=tsq)
        if for_page:
            # As on SQLite: a screen needs the newest few matches. The index is asked for items holding
            # every bigram (an AND of lexemes, answered by the GIN index without re-reading each row's text;
            # a phrase makes the server recompute the vector of every candidate: a second and more for 30,000
            # of them). Few: those ids, the exact test on them only. Many: the list's own order is scanned
            # and the first matches fill the screen (for one run of Chinese characters the substring test
            # is exactly the bigram phrase).
            every = " & ".join(f"'{g}'" for g in grams) + (":*" if prefix else "")
            found = list(self.s.scalars(text(
                "SELECT id FROM inbox_items WHERE to_tsvector('simple'::regconfig, search_grams) @@ "
                "to_tsquery('simple'::regconfig, :q) LIMIT :n").bindparams(q=every, n=self.SPARSE_MATCHES + 1)))
            exact = like if _CJK_RUN.fullmatch(canon) else phrase
            if len(found) <= self.SPARSE_MATCHES:
                return stmt.where(InboxItemRow.id.in_(found), exact)
            if _CJK_RUN.fullmatch(canon):
                return stmt.where(like)
        return stmt.where(phrase)

    def _ordered(self, q: InboxQuery, stmt: Select[Any]) -> Select[Any]:
        col = getattr(InboxItemRow, q.sort if q.sort in SORT_KEYS else "created_at")
        if q.descending:
            return stmt.order_by(col.desc(), InboxItemRow.id.desc())
        return stmt.order_by(col.asc(), InboxItemRow.id.asc())

    def ids(self, q: InboxQuery) -> list[int]:
        """Every matching id in the list's order. A million ids go through the driver's cursor directly:
        SQLAlchemy's per-row result processing would more than double the time to the first screen."""
        stmt = self._ordered(q, self._filtered(q, select(InboxItemRow.id)))
        conn = self.s.connection()
        try:
            sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        except Exception:  # a value without a literal form (datetimes on some dialects): the ORM path
            return list(self.s.scalars(stmt))
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(sql.replace("%%", "%") if conn.dialect.name == "postgresql" else sql)
            return [r[0] for r in cursor.fetchall()]
        finally:
            cursor.close()

    #: A text filter with more matches than this is answered by scanning the list's order for the newest
    #: matches (they are dense, so a screen fills within a few thousand rows) instead of by id list.
    SPARSE_MATCHES = 2000

    def page(self, q: InboxQuery, limit: int, after: tuple[Any, int] | None = None, offset: int = 0,
             reverse: bool = False) -> list[InboxItem]:
        """One screen of items in the list's order: after the row whose (sort value, id) is `after`
        (keyset: the cost does not grow with the position), else from `offset`. `reverse` reads the
        order backwards (the end of a long list without walking it), returning rows in list order."""
        if after is None and not offset and not q.text.strip() and not q.author.strip() and q.overdue_at is None:
            items = self._first_screen(q, limit, reverse)
            return items[::-1] if reverse else items
        stmt = self._page_stmt(q, limit, after, offset, reverse)
        items = [_item(r) for r in self.s.execute(stmt)]
        return items[::-1] if reverse else items

    def _page_stmt(self, q: InboxQuery, limit: int, after: tuple[Any, int] | None = None, offset: int = 0,
                   reverse: bool = False) -> Select[Any]:
        col = getattr(InboxItemRow, q.sort if q.sort in SORT_KEYS else "created_at")
        descending = q.descending != reverse
        stmt = self._filtered(q, self._item_columns(), for_page=True)
        if after is not None:
            value, last_id = after
            stmt = stmt.where(or_(col < value, (col == value) & (InboxItemRow.id < last_id)) if descending
                              else or_(col > value, (col == value) & (InboxItemRow.id > last_id)))
        stmt = stmt.order_by(col.desc(), InboxItemRow.id.desc()) if descending else \
            stmt.order_by(col.asc(), InboxItemRow.id.asc())
        return stmt.limit(limit).offset(offset or None)

    def _first_screen(self, q: InboxQuery, limit: int, reverse: bool) -> list[InboxItem]:
        """The first screen of a list filtered by choices only (no typed text): the page's SELECT, built
        and compiled once per filter and kept, run on the driver's cursor, its rows made into items
        directly. The screen a person opens most costs its query and little else: SQLAlchemy's
        statement building, cache key and result layers cost several times the query itself."""
        conn = self.s.connection()
        dialect = conn.dialect
        key = (q, limit, reverse, dialect.name)
        sql = _FIRST_SCREENS.get(key)
        if sql is None:
            stmt = self._page_stmt(q, limit, reverse=reverse)
            sql = str(stmt.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
            if dialect.name == "postgresql":
                sql = sql.replace("%%", "%")
            if len(_FIRST_SCREENS) >= 64:
                _FIRST_SCREENS.clear()
            _FIRST_SCREENS[key] = sql
        raw = conn.connection.driver_connection
        alone = dialect.name == "postgresql" and _pg_idle(raw)
        if alone:
            # The read's first statement on PostgreSQL runs on its own (autocommit): one SELECT sees what it
            # would as the first statement of a READ COMMITTED transaction, and needs no BEGIN before it
            # nor ROLLBACK after it: two round trips, each a wait for the server's process on a busy
            # machine, that made the first screen cost three times its query.
            raw.autocommit = True  # type: ignore[union-attr]
        cursor = raw.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(sql)
            rows = cursor.fetchall()
        finally:
            cursor.close()
            if alone:
                raw.autocommit = False  # type: ignore[union-attr]
        return [_item_of_raw(r) for r in rows]

    @staticmethod
    def _item_columns() -> Any:  # a Select of 25 columns; _item() reads them by position
        i, t = InboxItemRow, InteractionRow
        return (select(i.id, t.id, t.kind, t.platform_id, i.account_uid, AccountRow.screen_name, t.post_mid,
                       t.post_text, t.reply_to_id, t.author_uid, t.author_name, t.author_followers,
                       t.author_verified, t.text, i.created_at, i.category, i.priority, i.confidence, i.reasons,
                       i.status, i.assignee, i.corrected_by, i.due_at, i.first_response_at, i.acknowledged_at)
                .join(t, t.id == i.interaction_id)
                .outerjoin(AccountRow, AccountRow.uid == i.account_uid))

    def count(self, q: InboxQuery) -> int:
        return int(self.s.scalar(self._filtered(q, select(func.count(InboxItemRow.id)))) or 0)

    def by_ids(self, ids: Sequence[int]) -> list[InboxItem]:
        """Items of `ids`, in the order given (missing ids are skipped)."""
        if not ids:
            return []
        stmt = (select(InboxItemRow, InteractionRow, AccountRow.screen_name)
                .join(InteractionRow, InteractionRow.id == InboxItemRow.interaction_id)
                .outerjoin(AccountRow, AccountRow.uid == InboxItemRow.account_uid)
                .where(InboxItemRow.id.in_(list(ids))))
        found: dict[int, InboxItem] = {}
        for item, inter, account_name in self.s.execute(stmt):
            found[item.id] = InboxItem(
                item.id, inter.id, inter.kind, inter.platform_id, item.account_uid, account_name or item.account_uid,
                inter.post_mid, inter.post_text, inter.reply_to_id, inter.author_uid, inter.author_name,
                int(inter.author_followers), bool(inter.author_verified), inter.text, item.created_at,
                item.category, item.priority, item.confidence, item.reasons, item.status, item.assignee,
                item.corrected_by, item.due_at, item.first_response_at, item.acknowledged_at)
        return [found[i] for i in ids if i in found]

    def get(self, item_id: int) -> InboxItem:
        items = self.by_ids([item_id])
        if not items:
            raise NotFound(f"inbox item {item_id} does not exist")
        return items[0]

    def update_item(self, item_id: int, **fields: Any) -> None:
        if self.s.execute(update(InboxItemRow).where(InboxItemRow.id == item_id).values(
                updated_at=utcnow(), **fields)).rowcount == 0:  # type: ignore[attr-defined]
            raise NotFound(f"inbox item {item_id} does not exist")

    def thread(self, item: InboxItem) -> list[SyncedInteraction]:
        """Other synced comments of the same thread: replies to this comment, the one it answers."""
        conds = [InteractionRow.reply_to_id == item.platform_id]
        if item.reply_to_id:
            conds.append(InteractionRow.platform_id == item.reply_to_id)
        stmt = (select(InteractionRow).where(InteractionRow.post_mid == item.post_mid, or_(*conds),
                                             InteractionRow.id != item.interaction_id)
                .order_by(InteractionRow.created_at))
        return [interaction_of(r) for r in self.s.scalars(stmt)] if item.post_mid else []

    def post_text(self, mid: str) -> str:
        return str(self.s.scalar(select(PostRow.text).where(PostRow.mid == mid)) or "")

    def _crisis(self) -> Any:
        return (InboxItemRow.category == "crisis", InboxItemRow.acknowledged_at.is_(None))

    def crisis_count(self) -> int:
        return int(self.s.scalar(select(func.count(InboxItemRow.id)).where(*self._crisis())) or 0)

    def latest_crisis(self, limit: int) -> list[InboxItem]:
        """The newest unacknowledged crisis items (one query, at most `limit`)."""
        stmt = (self._item_columns().where(*self._crisis())
                .order_by(InboxItemRow.created_at.desc(), InboxItemRow.id.desc()).limit(limit))
        return [_item(r) for r in self.s.execute(stmt)]

    def crisis_unacknowledged(self) -> list[int]:
        stmt = (select(InboxItemRow.id).where(InboxItemRow.category == "crisis",
                                              InboxItemRow.acknowledged_at.is_(None))
                .order_by(InboxItemRow.created_at.desc()))
        return list(self.s.scalars(stmt))

    # -- corrections --------------------------------------------------------------------------------
    def corrections(self) -> dict[str, str]:
        return {r.text_key: r.category for r in self.s.scalars(select(TriageCorrectionRow))}

    def put_correction(self, key: str, category: str, by: str) -> None:
        row = self.s.scalar(select(TriageCorrectionRow).where(TriageCorrectionRow.text_key == key))
        if row is None:
            self.s.add(TriageCorrectionRow(text_key=key, category=category, corrected_by=by, corrected_at=utcnow()))
        else:
            row.category, row.corrected_by, row.corrected_at = category, by, utcnow()
        self.s.flush()

    # -- answer manual ------------------------------------------------------------------------------
    def answers(self) -> list[AnswerEntry]:
        rows = self.s.scalars(select(AnswerEntryRow).order_by(AnswerEntryRow.key))
        return [AnswerEntry(r.key, r.department, r.question, r.answer,
                            tuple(k for k in r.keywords.split(",") if k)) for r in rows]

    def put_answer(self, e: AnswerEntry, by: str) -> None:
        row = self.s.scalar(select(AnswerEntryRow).where(AnswerEntryRow.key == e.key))
        if row is None:
            row = AnswerEntryRow(key=e.key)
            self.s.add(row)
        row.department, row.question, row.answer = e.department, e.question, e.answer
        row.keywords, row.updated_by, row.updated_at = ",".join(e.keywords), by, utcnow()
        self.s.flush()

    def delete_answer(self, key: str) -> None:
        row = self.s.scalar(select(AnswerEntryRow).where(AnswerEntryRow.key == key))
        if row is None:
            raise NotFound(f"the answer manual has no entry {key}")
        self.s.delete(row)
        self.s.flush()

    # -- drafts -------------------------------------------------------------------------------------
    def add_draft(self, item_id: int, *, source: str, suggested_text: str, edited_text: str = "",
                  entry_keys: Sequence[str] = (), tone_issues: Sequence[dict[str, Any]] = (),
                  written_by: str = "") -> int:
        row = ReplyDraftRow(item_id=item_id, source=source, suggested_text=suggested_text,
                            edited_text=edited_text, entry_keys=",".join(entry_keys),
                            tone_issues=json.dumps(list(tone_issues), ensure_ascii=False),
                            state="waiting_review", written_by=written_by, reviewer="", reject_reason="",
                            platform_comment_id="", error="", created_at=utcnow())
        self.s.add(row)
        self.s.flush()
        return row.id

    def count_suggested_since(self, since: datetime) -> int:
        """How many suggested drafts were made since `since` (the daily cap on drafting)."""
        return int(self.s.scalar(select(func.count()).select_from(ReplyDraftRow).where(
            ReplyDraftRow.source == "suggested", ReplyDraftRow.created_at >= since)) or 0)

    def drafts(self, *, states: Sequence[str] = (), item_id: int | None = None,
               account_uid: str = "") -> list[ReplyDraft]:
        stmt = (select(ReplyDraftRow, InboxItemRow, InteractionRow.text, AccountRow.owner, AccountRow.screen_name)
                .join(InboxItemRow, InboxItemRow.id == ReplyDraftRow.item_id)
                .join(InteractionRow, InteractionRow.id == InboxItemRow.interaction_id)
                .outerjoin(AccountRow, AccountRow.uid == InboxItemRow.account_uid)
                .order_by(ReplyDraftRow.created_at, ReplyDraftRow.id))
        if states:
            stmt = stmt.where(ReplyDraftRow.state.in_(list(states)))
        if item_id is not None:
            stmt = stmt.where(ReplyDraftRow.item_id == item_id)
        if account_uid:
            stmt = stmt.where(InboxItemRow.account_uid == account_uid)
        return [_draft(*row) for row in self.s.execute(stmt)]

    def draft(self, draft_id: int) -> ReplyDraft:
        stmt = (select(ReplyDraftRow, InboxItemRow, InteractionRow.text, AccountRow.owner, AccountRow.screen_name)
                .join(InboxItemRow, InboxItemRow.id == ReplyDraftRow.item_id)
                .join(InteractionRow, InteractionRow.id == InboxItemRow.interaction_id)
                .outerjoin(AccountRow, AccountRow.uid == InboxItemRow.account_uid)
                .where(ReplyDraftRow.id == draft_id))
        found = self.s.execute(stmt).first()
        if found is None:
            raise NotFound(f"reply draft {draft_id} does not exist")
        return _draft(*found)

    def update_draft(self, draft_id: int, **fields: Any) -> None:
        # Every save moves the draft to a new version, so a reviewer's stale copy cannot be approved over it.
        if self.s.execute(update(ReplyDraftRow).where(ReplyDraftRow.id == draft_id).values(
                updated_at=utcnow(), row_version=ReplyDraftRow.row_version + 1,
                **fields)).rowcount == 0:  # type: ignore[attr-defined]
            raise NotFound(f"reply draft {draft_id} does not exist")

    def claim_draft(self, draft_id: int, from_states: Sequence[str], to_state: str) -> bool:
        """Move a draft between states only if it is still in one of `from_states` (a compare-and-set)."""
        res = self.s.execute(update(ReplyDraftRow).where(
            ReplyDraftRow.id == draft_id, ReplyDraftRow.state.in_(list(from_states))).values(
            state=to_state, updated_at=utcnow(), row_version=ReplyDraftRow.row_version + 1))
        return bool(res.rowcount)  # type: ignore[attr-defined]

    def take_draft_version(self, draft_id: int, expected: int | None, changed: Sequence[str], by: str
                           ) -> int | None:
        """Move the draft to its next version if it is still at `expected` (see store.versioning)."""
        return take_version(self.s, ReplyDraftRow, draft_id, expected, changed, by)

    # -- tickets ------------------------------------------------------------------------------------
    def ticket_for(self, item_id: int) -> CsTicket | None:
        row = self.s.scalar(select(CsTicketRow).where(CsTicketRow.item_id == item_id))
        return _ticket(row) if row else None

    def add_ticket(self, item_id: int, note: str, by: str) -> CsTicket:
        row = CsTicketRow(item_id=item_id, status="open", note=note, created_by=by, created_at=utcnow(), assignee="")
        self.s.add(row)
        self.s.flush()
        return _ticket(row)

    def tickets(self, statuses: Sequence[str] = ()) -> list[CsTicket]:
        stmt = select(CsTicketRow).order_by(CsTicketRow.id)
        if statuses:
            stmt = stmt.where(CsTicketRow.status.in_(list(statuses)))
        return [_ticket(r) for r in self.s.scalars(stmt)]

    def update_ticket(self, ticket_id: int, **fields: Any) -> None:
        if self.s.execute(update(CsTicketRow).where(CsTicketRow.id == ticket_id).values(
                updated_at=utcnow(), **fields)).rowcount == 0:  # type: ignore[attr-defined]
            raise NotFound(f"customer-service ticket {ticket_id} does not exist")

    # -- settings -----------------------------------------------------------------------------------
    def setting(self, key: str) -> Any:
        row = self.s.get(InboxSettingRow, key)
        return json.loads(row.value) if row else None

    def put_setting(self, key: str, value: Any, by: str) -> None:
        row = self.s.get(InboxSettingRow, key)
        raw = json.dumps(value, ensure_ascii=False)
        if row is None:
            self.s.add(InboxSettingRow(key=key, value=raw, updated_by=by, updated_at=utcnow()))
        else:
            row.value, row.updated_by, row.updated_at = raw, by, utcnow()
        self.s.flush()
