"""The inbox's items: ingest after a sync (triage, SLA, drafted suggestions), listing and filtering, the
conversation around an item, and people's verdicts (assign, correct, acknowledge, close)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import NotFound, ValidationError
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.inbox.answers import AnswerIndex
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
from matrix_desktop.core.inbox.suggest import suggest_reply
from matrix_desktop.core.inbox.tone import issue_json
from matrix_desktop.core.inbox.triage import Category, Triager, correction_key
from matrix_desktop.core.ports import UnitOfWorkFactory

OPERATOR, LEADER, ADMIN = MemberRole.OPERATOR, MemberRole.LEADER, MemberRole.ADMIN


class InboxTriage:
    """Inbox items from synced comments and mentions, and what people decide about them."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider, sla: Callable[[], SlaSettings],
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._uow = uow
        self._actor = actor
        self.now = clock
        self._sla = sla

    def triager(self) -> Triager:
        """The triager with every stored correction applied."""
        with self._uow.readonly() as uow:
            corrections = uow.inbox.corrections()
        return Triager(corrections={k: Category(v) for k, v in corrections.items()})

    def answer_index(self) -> AnswerIndex:
        with self._uow.readonly() as uow:
            return AnswerIndex(uow.inbox.answers())

    def ingest(self, uids: Sequence[str] | None = None) -> IngestReport:
        """Inbox items for new interactions from outside the matrix (the sync hook): triaged, SLA set,
        suggested replies drafted for questions, complaints and crises."""
        triager, index, sla = self.triager(), self.answer_index(), self._sla()
        report = IngestReport()
        while True:
            with self._uow() as uow:
                batch = uow.inbox.uningested(uids, limit=2000)
                if not batch:
                    break
                # Triage the whole batch, then write it with one statement per table: adding and
                # flushing ORM rows one by one cost as much as the triage itself.
                items, decided = [], []
                for inter in batch:
                    t = triager.classify(inter.text, author_followers=int(inter.author_followers),
                                         author_verified=bool(inter.author_verified))
                    suggestion = suggest_reply(inter.text, inter.author_name, t, index) \
                        if t.category in REPLYABLE else None
                    status = ItemStatus.SPAM if t.category is Category.SPAM else (
                        ItemStatus.WAITING_REVIEW if suggestion else ItemStatus.NEW)
                    items.append((inter, {"category": t.category.value, "priority": int(t.priority),
                                          "confidence": t.confidence, "reasons": "; ".join(t.reasons),
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
                                  reasons="corrected by a person")
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
        after = self._after.get(start)
        total = self._total
        with self._uow.readonly() as uow:
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
