"""The inbox's items: ingest after a sync (triage, SLA, drafted suggestions), listing and filtering, the
conversation around an item, and people's verdicts (assign, correct, acknowledge, close)."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import NotFound, ValidationError
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.inbox.categories import Category
from matrix_desktop.core.inbox.reasons import SEPARATOR, render
from matrix_desktop.core.inbox.records import (
    REPLYABLE,
    Conversation,
    DraftState,
    InboxItem,
    InboxQuery,
    IngestReport,
    ItemStatus,
    ThreadEntry,
)
from matrix_desktop.core.inbox.sla import SlaSettings
from matrix_desktop.core.inbox.tone import issue_json
from matrix_desktop.core.ports import UnitOfWork, UnitOfWorkFactory
from matrix_desktop.core.progress import Progress, ProgressSink, no_progress

if TYPE_CHECKING:  # the model, the manual's index and the suggestions load numpy: on first use, not at start-up
    from matrix_desktop.core.inbox.answers import AnswerEntry, AnswerIndex
    from matrix_desktop.core.inbox.model import CorpusItem, TriageModel
    from matrix_desktop.core.inbox.suggest import ReplySuggestion
    from matrix_desktop.core.inbox.triage import Triager

OPERATOR, LEADER, ADMIN = MemberRole.OPERATOR, MemberRole.LEADER, MemberRole.ADMIN
log = logging.getLogger(__name__)

#: Where this database's retrained model (versioned) and the team's inbox choices are kept.
MODEL_SETTING = "triage_model"
RETRAIN_SETTING = "triage_retrain_after"
DRAFT_CAP_SETTING = "drafts_per_day"
RETRAIN_AFTER = 20
DRAFTS_PER_DAY = 100
#: Interactions read, triaged (one `classify_many`) and written per transaction of an ingest.
INGEST_BATCH = 2000


@dataclass(frozen=True)
class TriageModelStatus:
    """The model that triages: its version in this database (0: the shipped one), the corrections it was
    trained on, the corrections there are now, when it was trained, and after how many new ones it retrains."""

    version: int
    trained_on: int
    corrections: int
    trained_at: str | None
    retrain_after: int


class InboxTriage:
    """Inbox items from synced comments and mentions, and what people decide about them."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider, sla: Callable[[], SlaSettings],
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 corpus: Callable[[], Sequence[CorpusItem]] | None = None) -> None:
        """`corpus` gives the labelled comments the model is retrained on (with this team's corrections)."""
        self._uow = uow
        self._actor = actor
        self.now = clock
        self._sla = sla
        self._corpus = corpus
        self._model: tuple[int, TriageModel] | None = None  # (version, model) of this database's last training
        self._index: tuple[tuple[AnswerEntry, ...], AnswerIndex] | None = None  # the manual it was built from

    # -- the model ----------------------------------------------------------------------------------
    def triager(self) -> Triager:
        """The triager of this database: the model retrained on its corrections if there is one (else the
        shipped model), with every stored correction pinned."""
        from matrix_desktop.core.inbox.triage import Triager

        with self._uow.readonly() as uow:
            corrections = uow.inbox.corrections()
            stored = uow.inbox.setting(MODEL_SETTING)
        return Triager(corrections={k: Category(v) for k, v in corrections.items()}, model=self._model_of(stored))

    def _model_of(self, stored: Any) -> TriageModel | None:
        if not isinstance(stored, dict) or "model" not in stored:
            return None
        version = int(stored.get("version", 0))
        if self._model is None or self._model[0] != version:
            from matrix_desktop.core.inbox.model import TriageModel

            try:
                self._model = (version, TriageModel.from_json(base64.b64decode(stored["model"])))
            except (ValueError, TypeError, KeyError):
                log.warning("the stored triage model cannot be read; the shipped one is used until a retrain")
                return None
        return self._model[1]

    def model_status(self) -> TriageModelStatus:
        """Which model triages, trained on how many corrections, and how many came since."""
        with self._uow.readonly() as uow:
            corrections = len(uow.inbox.corrections())
            stored = uow.inbox.setting(MODEL_SETTING)
            every = uow.inbox.setting(RETRAIN_SETTING)
        if not isinstance(stored, dict):
            return TriageModelStatus(0, 0, corrections, None, int(every or RETRAIN_AFTER))
        return TriageModelStatus(int(stored.get("version", 0)), int(stored.get("corrections", 0)), corrections,
                                 str(stored.get("trained_at", "")) or None, int(every or RETRAIN_AFTER))

    def retrain(self, progress: ProgressSink = no_progress) -> TriageModelStatus:
        """Train the model again on the corpus plus this team's corrections, and keep it (versioned) in the
        database, so this company's fans are read the way its people read them."""
        self._actor().require("retrain the triage model", OPERATOR, LEADER, ADMIN)
        if self._corpus is None:
            raise ValidationError("no labelled corpus is installed with this copy of the app, so the triage "
                                  "model cannot be retrained here")
        items = list(self._corpus())
        with self._uow.readonly() as uow:
            corrections = uow.inbox.corrections()
            stored = uow.inbox.setting(MODEL_SETTING)
        progress(Progress(0, 1, f"training on {len(items)} labelled comments and {len(corrections)} corrections"))
        from matrix_desktop.core.inbox.triage import train_triager

        trained = train_triager(items, [(k, Category(v)) for k, v in corrections.items()])
        version = (int(stored.get("version", 0)) if isinstance(stored, dict) else 0) + 1
        record = {"version": version, "corrections": len(corrections), "corpus": len(items),
                  "trained_at": self.now().isoformat(), "model": base64.b64encode(trained.model.to_json()).decode()}
        with self._uow() as uow:
            uow.inbox.put_setting(MODEL_SETTING, record, self._actor().name)
            uow.audit.append(self._actor().name, "inbox.triage.retrain", "",
                             {"version": version, "corrections": len(corrections), "corpus": len(items)})
            uow.commit()
        self._model = (version, trained.model)
        progress(Progress(1, 1, "the triage model is retrained"))
        return self.model_status()

    def retrain_if_due(self) -> TriageModelStatus | None:
        """Retrain when enough corrections came since the last training (the team's setting, default 20)."""
        status = self.model_status()
        if self._corpus is None or status.corrections - status.trained_on < status.retrain_after:
            return None
        return self.retrain()

    def answer_index(self) -> AnswerIndex:
        """The manual's matching index, built again only when the manual changed: building it segments and
        weighs every entry, a tenth of a second that every ingest (every sync) paid again."""
        from matrix_desktop.core.inbox.answers import AnswerIndex

        with self._uow.readonly() as uow:
            entries = tuple(uow.inbox.answers())
        cached = self._index
        if cached is None or cached[0] != entries:
            cached = self._index = (entries, AnswerIndex(entries))
        return cached[1]

    def ingest(self, uids: Sequence[str] | None = None) -> IngestReport:
        """Inbox items for new interactions from outside the matrix (the sync hook): triaged, SLA set,
        suggested replies drafted for questions, complaints and crises (a question or complaint no manual
        entry fits gets no draft but the reason "no manual entry fits — write one")."""
        from matrix_desktop.core.inbox.suggest import no_entry_fits, suggest_reply

        triager, index, sla = self.triager(), self.answer_index(), self._sla()
        cap, day_start = self.drafts_per_day(), self._day_start()
        report = IngestReport()
        while True:
            with self._uow() as uow:
                batch = uow.inbox.uningested(uids, limit=INGEST_BATCH)
                if not batch:
                    break
                # Triage the whole batch in one call (one matrix product for the model), then write it
                # with one statement per table: adding and flushing ORM rows one by one cost as much as
                # the triage itself.
                verdicts = triager.classify_many([inter.text for inter in batch],
                                                 author_followers=[int(i.author_followers) for i in batch],
                                                 author_verified=[bool(i.author_verified) for i in batch])
                # Drafts for the items that need a reply, most urgent first, up to the day's cap: beyond it a
                # person writes (or asks for) one, and the review queue does not outgrow the leaders. Only
                # the items within the cap are matched against the manual: a draft that would be thrown
                # away is not written (matching was most of an ingest's time).
                room = cap - uow.inbox.count_suggested_since(day_start) if cap else len(batch)
                replyable = sorted((n for n, t in enumerate(verdicts) if t.category in REPLYABLE),
                                   key=lambda n: (int(verdicts[n].priority), batch[n].created_at))
                suggestions: list[ReplySuggestion | None] = [None] * len(batch)
                over: set[int] = set()
                made = 0
                for n in replyable:
                    if made >= room:
                        over.add(n)
                        continue
                    suggestions[n] = suggest_reply(batch[n].text, batch[n].author_name, verdicts[n], index)
                    made += suggestions[n] is not None
                items, decided = [], []
                for n, (inter, t) in enumerate(zip(batch, verdicts, strict=True)):
                    suggestion = suggestions[n]
                    status = ItemStatus.SPAM if t.category is Category.SPAM else (
                        ItemStatus.WAITING_REVIEW if suggestion else ItemStatus.NEW)
                    if n in over:
                        reasons = (*t.reasons, render("over_cap"))
                        report.over_cap += 1
                    elif no_entry_fits(t.category, suggestion):
                        reasons = (*t.reasons, render("no_entry"))
                    else:
                        reasons = t.reasons
                    items.append((inter, {"category": t.category.value, "priority": int(t.priority),
                                          "confidence": t.confidence, "reasons": SEPARATOR.join(reasons),
                                          "status": status, "due_at": sla.due(inter.created_at, t.category.value)}))
                    decided.append((t, suggestion))
                ids = uow.inbox.add_items(items)
                drafts = []
                for item_id, (t, suggestion) in zip(ids, decided, strict=True):
                    report.created += 1
                    if suggestion is not None:
                        drafts.append({"item_id": item_id, "source": "suggested", "suggested_text": suggestion.text,
                                       "entry_keys": suggestion.entry_keys,
                                       "tone_issues": [issue_json(i) for i in suggestion.tone_issues]})
                        report.drafts += 1
                    if t.category is Category.CRISIS:
                        report.crisis.append(item_id)
                uow.inbox.add_drafts(drafts)
                if report.crisis:
                    uow.audit.append(self._actor().name, "inbox.crisis", "", {"items": report.crisis[-50:]})
                uow.commit()
        return report

    def after_sync(self, synced_uids: list[str]) -> None:
        """The sync hook: ingest what the synced accounts brought in."""
        self.ingest(synced_uids)

    def drafts_per_day(self) -> int:
        """The team's cap on suggested drafts a day (0: no cap)."""
        with self._uow.readonly() as uow:
            value = uow.inbox.setting(DRAFT_CAP_SETTING)
        return DRAFTS_PER_DAY if value is None else int(value)

    def set_drafts_per_day(self, n: int) -> None:
        actor = self._actor()
        actor.require("change the daily draft limit", LEADER, ADMIN)
        if not 0 <= n <= 100_000:
            raise ValidationError("the daily draft limit is a number from 0 (no limit) to 100000")
        with self._uow() as uow:
            uow.inbox.put_setting(DRAFT_CAP_SETTING, n, actor.name)
            uow.audit.append(actor.name, "inbox.draft_cap", "", {"per_day": n})
            uow.commit()

    def _day_start(self) -> datetime:
        tz = ZoneInfo(self._sla().timezone)
        local = self.now().astimezone(tz)
        return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)

    # -- listing ----------------------------------------------------------------------------------
    def ids(self, query: InboxQuery) -> list[int]:
        with self._uow.readonly() as uow:
            return uow.inbox.ids(query)

    def by_ids(self, ids: Sequence[int]) -> list[InboxItem]:
        with self._uow.readonly() as uow:
            return uow.inbox.by_ids(ids)

    def pages(self, query: InboxQuery) -> InboxPages:
        """The list of `query` read a screen at a time (the Inbox view's model): never all ids at once."""
        return InboxPages(self._uow, query)

    def items(self, query: InboxQuery, limit: int = 100) -> list[InboxItem]:
        return self.by_ids(self.ids(query)[:limit])

    def count(self, query: InboxQuery) -> int:
        with self._uow.readonly() as uow:
            return uow.inbox.count(query)

    def get(self, item_id: int) -> InboxItem:
        with self._uow.readonly() as uow:
            return uow.inbox.get(item_id)

    def conversation(self, item_id: int) -> Conversation:
        """The post, the comment, the thread around it, our replies (sent or on their way), the ticket."""
        with self._uow.readonly() as uow:
            item = uow.inbox.get(item_id)
            post = item.post_text or uow.inbox.post_text(item.post_mid)
            thread = [ThreadEntry(r.author_name, r.text, r.created_at, bool(r.from_matrix))
                      for r in uow.inbox.thread(item)]
            drafts = uow.inbox.drafts(item_id=item_id)
            ticket = uow.inbox.ticket_for(item_id)
            answers = {e.key: e for e in uow.inbox.answers()}
        ours = [ThreadEntry("我们", d.text, d.sent_at, True, d.state) for d in drafts if d.state == DraftState.SENT]
        thread = sorted(thread + ours, key=lambda e: e.at or datetime.max.replace(tzinfo=UTC))
        latest = drafts[-1] if drafts else None
        manual = tuple(answers[k] for k in (latest.entry_keys if latest else ()) if k in answers)
        return Conversation(item, post, tuple(thread), tuple(drafts), ticket, manual)

    # -- triage by people ---------------------------------------------------------------------------
    def assign(self, item_id: int, member: str) -> None:
        """Give an item to a team member ('' unassigns)."""
        actor = self._actor()
        actor.require("assign inbox items", OPERATOR, LEADER, ADMIN)
        with self._uow() as uow:
            if member:
                m = uow.members.get(member)
                if m is None or not m.active:
                    raise NotFound(f"{member} is not an active team member")
            uow.inbox.update_item(item_id, assignee=member)
            uow.audit.append(actor.name, "inbox.assign", "", {"item": item_id, "to": member})
            uow.commit()

    def correct_category(self, item_id: int, category: Category | str) -> None:
        """A person's verdict: the item's category changes, and the correction is kept for the triager."""
        actor = self._actor()
        actor.require("correct inbox categories", OPERATOR, LEADER, ADMIN)
        cat = Category(category)
        sla = self._sla()
        with self._uow() as uow:
            item = uow.inbox.get(item_id)
            now = self.now()
            status = item.status
            if cat is Category.SPAM:
                status = ItemStatus.SPAM
            elif status in (ItemStatus.NEW, ItemStatus.SPAM):
                status = ItemStatus.TRIAGED
            uow.inbox.update_item(item_id, category=cat.value, corrected_by=actor.name, corrected_at=now,
                                  status=status, due_at=sla.due(item.created_at, cat.value),
                                  reasons=render("corrected"))
            from matrix_desktop.core.inbox.triage import correction_key

            uow.inbox.put_correction(correction_key(item.text), cat.value, actor.name)
            uow.audit.append(actor.name, "inbox.correct", item.account_uid,
                             {"item": item_id, "from": item.category, "to": cat.value})
            uow.commit()

    def acknowledge(self, item_id: int) -> None:
        """A person saw the crisis alert (it leaves the banner; the item stays in the inbox)."""
        actor = self._actor()
        actor.require("acknowledge crisis alerts", OPERATOR, LEADER, ADMIN)
        with self._uow() as uow:
            uow.inbox.update_item(item_id, acknowledged_by=actor.name, acknowledged_at=self.now())
            uow.audit.append(actor.name, "inbox.crisis.acknowledge", "", {"item": item_id})
            uow.commit()

    def alerts(self) -> list[InboxItem]:
        """Crisis items nobody acknowledged yet, newest first."""
        with self._uow.readonly() as uow:
            return uow.inbox.by_ids(uow.inbox.crisis_unacknowledged())

    def alert_summary(self, shown: int = 20) -> tuple[int, list[InboxItem]]:
        """How many crisis items nobody acknowledged, and the newest `shown` of them (two queries: a
        crisis wave of thousands is counted, not loaded)."""
        with self._uow.readonly() as uow:
            return uow.inbox.crisis_count(), uow.inbox.latest_crisis(shown)

    def alert_count(self) -> int:
        """Crisis items nobody acknowledged yet (the Inbox badge)."""
        with self._uow.readonly() as uow:
            return uow.inbox.crisis_count()

    def acknowledge_all(self, up_to: int) -> int:
        """A person saw the crisis alerts shown: every unacknowledged one up to item `up_to` (one that
        arrived after the banner was drawn stays); returns how many."""
        with self._uow.readonly() as uow:
            ids = [i for i in uow.inbox.crisis_unacknowledged() if i <= up_to]
        for item_id in ids:
            self.acknowledge(item_id)
        return len(ids)

    def close(self, item_id: int) -> None:
        """Done with an item. A complaint or crisis is not closed until the fan got an answer."""
        actor = self._actor()
        actor.require("close inbox items", OPERATOR, LEADER, ADMIN)
        with self._uow() as uow:
            item = uow.inbox.get(item_id)
            if item.category in ("complaint", "crisis") and item.first_response_at is None:
                raise ValidationError(f"item {item_id} is a {item.category} the fan has had no answer to yet; "
                                      "send a reply before closing it")
            ticket = uow.inbox.ticket_for(item_id)
            if ticket is not None and ticket.status != "done":
                raise ValidationError(f"customer service has not finished ticket {ticket.id} of item {item_id}")
            uow.inbox.update_item(item_id, status=ItemStatus.CLOSED)
            uow.audit.append(actor.name, "inbox.close", item.account_uid, {"item": item_id})
            uow.commit()


class InboxPages:
    """One inbox query read a screen at a time, in the list's order, with its count asked separately.

    A screen after one already read continues from that screen's last row (keyset paging: as fast at
    row 900,000 as at row 0); a jump far down reads from the nearer end of the list.
    """

    def __init__(self, uow: UnitOfWorkFactory, query: InboxQuery) -> None:
        self._uow = uow
        self.query = query
        self._after: dict[int, tuple[object, int]] = {}  # row number -> (sort value, id) of the row before it
        self._total: int | None = None

    def count(self) -> int:
        with self._uow.readonly() as uow:
            self._total = uow.inbox.count(self.query)
        return self._total

    def rows(self, start: int, limit: int) -> list[InboxItem]:
        with self._uow.readonly() as uow:
            return self._rows_in(uow, start, limit)

    def rows_now(self, start: int, limit: int, budget_s: float) -> list[InboxItem] | None:
        """`rows` if the database gives them within `budget_s` on this thread (the GUI's first screen on a
        local file), else None: ask `rows` on a worker."""
        return self._uow.read_within(lambda uow: self._rows_in(uow, start, limit), budget_s)

    def _rows_in(self, uow: UnitOfWork, start: int, limit: int) -> list[InboxItem]:
        after = self._after.get(start)
        total = self._total
        if after is None and start and total is not None and start > total // 2:
            stop = min(total, start + limit)
            items = uow.inbox.page(self.query, stop - start, offset=total - stop, reverse=True)
        elif after is None and start:
            items = uow.inbox.page(self.query, limit, offset=start)
        else:
            items = uow.inbox.page(self.query, limit, after=after)
        if items and self.query.sort in _KEYSET_SORTS:
            last = items[-1]
            self._after[start + len(items)] = (getattr(last, self.query.sort), last.id)
        return items


#: Sort keys that are never NULL, so a keyset (value, id) is a total order.
_KEYSET_SORTS = frozenset({"created_at", "priority", "category", "status", "author_name", "account_uid"})
