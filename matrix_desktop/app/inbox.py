"""The interaction inbox service: synced comments and mentions become triaged inbox items with an SLA
clock and a suggested reply; a leader reviews every reply; approved replies are sent exactly once.

Seeds 002–004: an unanswered complaint becomes a crisis, so complaints get a first-response deadline
counted in business hours and are routed to customer service until the fan has an answer; a crisis
signal alerts at once. Nothing is sent that a leader did not approve, and a reply whose sending
outcome is unknown is looked for on the platform before it is ever sent again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from matrix_desktop.app.credentials import CredentialService
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.csvsafe import guard_row
from matrix_desktop.core.errors import Cancelled, NotFound, ValidationError
from matrix_desktop.core.identity import Actor
from matrix_desktop.core.inbox.answers import (
    AnswerEntry,
    AnswerIndex,
    parse_manual_csv,
    parse_manual_markdown,
)
from matrix_desktop.core.inbox.suggest import suggest_reply
from matrix_desktop.core.inbox.tone import ToneIssue, ToneLevel, check_tone
from matrix_desktop.core.inbox.triage import Category, Triage, Triager, correction_key
from matrix_desktop.core.progress import NEVER_CANCELLED, CancelToken, Progress, ProgressSink, no_progress
from matrix_desktop.core.textcodec import decode_text
from matrix_desktop.store.inbox_repo import (
    ITEM_STATUSES,
    CsTicket,
    InboxItem,
    InboxQuery,
    ReplyDraft,
)
from matrix_desktop.store.uow import SqlUnitOfWorkFactory
from matrix_desktop.weibo.client import WeiboClient
from matrix_desktop.weibo.errors import RateLimited, WeiboApiError, WriteOutcomeUnknown

OPERATOR, LEADER, ADMIN = MemberRole.OPERATOR, MemberRole.LEADER, MemberRole.ADMIN
REPLYABLE = (Category.COMPLAINT, Category.QUESTION, Category.CRISIS)
DRAFT_STATES = ("waiting_review", "approved", "rejected", "superseded", "sending", "sent", "failed")
TICKET_STATUSES = ("open", "in_progress", "done")


@dataclass(frozen=True)
class SlaSettings:
    """First-response deadlines: hours per category, counted in business hours unless listed as 24/7."""

    hours: dict[str, float] = field(default_factory=lambda: {"complaint": 2.0, "question": 8.0, "crisis": 0.5})
    round_the_clock: frozenset[str] = frozenset({"crisis"})
    day_start: int = 9
    day_end: int = 18
    workdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
    timezone: str = "Asia/Shanghai"

    def to_json(self) -> dict[str, Any]:
        return {"hours": self.hours, "round_the_clock": sorted(self.round_the_clock), "day_start": self.day_start,
                "day_end": self.day_end, "workdays": sorted(self.workdays), "timezone": self.timezone}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> SlaSettings:
        if not data:
            return cls()
        d = cls()
        return cls({str(k): float(v) for k, v in data.get("hours", d.hours).items()},
                   frozenset(data.get("round_the_clock", d.round_the_clock)), int(data.get("day_start", 9)),
                   int(data.get("day_end", 18)), frozenset(int(x) for x in data.get("workdays", d.workdays)),
                   str(data.get("timezone", d.timezone)))

    def due(self, created: datetime, category: str) -> datetime | None:
        """The first-response deadline of an item of `category` that arrived at `created` (None: no SLA)."""
        hours = self.hours.get(category)
        if hours is None:
            return None
        if category in self.round_the_clock:
            return created + timedelta(hours=hours)
        return add_business_hours(created, hours, self)


def add_business_hours(start: datetime, hours: float, s: SlaSettings) -> datetime:
    """`start` plus `hours` of working time (weekdays `s.workdays`, `s.day_start`–`s.day_end` local)."""
    tz = ZoneInfo(s.timezone)
    t = start.astimezone(tz)
    left = timedelta(hours=hours)
    for _ in range(400):  # at most a year of days; guards against settings with no working time
        day_open = t.replace(hour=s.day_start, minute=0, second=0, microsecond=0)
        day_close = t.replace(hour=s.day_end, minute=0, second=0, microsecond=0)
        if t.weekday() not in s.workdays or t >= day_close:
            t = (t + timedelta(days=1)).replace(hour=s.day_start, minute=0, second=0, microsecond=0)
            continue
        if t < day_open:
            t = day_open
        if t + left <= day_close:
            return (t + left).astimezone(UTC)
        left -= day_close - t
        t = day_close
    raise ValidationError("the business hours leave no working time; check the SLA settings")


@dataclass(frozen=True)
class ThreadEntry:
    """One message of a conversation: a fan's comment or one of our replies."""

    author: str
    text: str
    at: datetime | None
    ours: bool
    state: str = ""  # for our replies: the draft's state


@dataclass(frozen=True)
class Conversation:
    """What the conversation pane shows for one item."""

    item: InboxItem
    post_text: str
    thread: tuple[ThreadEntry, ...]
    drafts: tuple[ReplyDraft, ...]
    ticket: CsTicket | None
    manual: tuple[AnswerEntry, ...]  # the entries the latest suggestion drew on


@dataclass(frozen=True)
class WaitingOn:
    """A pending reply and who must act next."""

    draft_id: int
    item_id: int
    state: str
    who: tuple[str, ...]


@dataclass
class IngestReport:
    created: int = 0
    drafts: int = 0
    crisis: list[int] = field(default_factory=list)


@dataclass
class SendReport:
    sent: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    unknown: list[int] = field(default_factory=list)
    deferred: list[int] = field(default_factory=list)


def _issue_json(i: ToneIssue) -> dict[str, Any]:
    return {"code": i.code, "level": i.level.value, "message_zh": i.message_zh, "message_en": i.message_en}


def _blocking_words(issues: Sequence[ToneIssue]) -> list[str]:
    return [f"{i.message_zh} ({i.message_en})" for i in issues if i.level is ToneLevel.BLOCK]


class InboxService:
    """The inbox: ingest, list and filter, conversations, triage corrections, replies through review,
    sending, SLA, customer-service routing, crisis alerts and the answer manual."""

    def __init__(self, uow: SqlUnitOfWorkFactory, credentials: CredentialService, actor: Callable[[], Actor],
                 timeout: float = 15.0, client_factory: Callable[..., WeiboClient] = WeiboClient,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._uow = uow
        self._credentials = credentials
        self._actor = actor
        self._timeout = timeout
        self._client_factory = client_factory
        self.now = clock

    # -- ingest -------------------------------------------------------------------------------------
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
        triager, index, sla = self.triager(), self.answer_index(), self.sla_settings()
        report = IngestReport()
        while True:
            with self._uow() as uow:
                batch = uow.inbox.uningested(uids, limit=2000)
                if not batch:
                    break
                for inter in batch:
                    t = triager.classify(inter.text, author_followers=int(inter.author_followers),
                                         author_verified=bool(inter.author_verified))
                    suggestion = suggest_reply(inter.text, inter.author_name, t, index) \
                        if t.category in REPLYABLE else None
                    status = "spam" if t.category is Category.SPAM else (
                        "waiting_review" if suggestion else "new")
                    item_id = uow.inbox.add_item(
                        inter, category=t.category.value, priority=int(t.priority), confidence=t.confidence,
                        reasons="; ".join(t.reasons), status=status,
                        due_at=sla.due(inter.created_at, t.category.value))
                    report.created += 1
                    if suggestion is not None:
                        uow.inbox.add_draft(item_id, source="suggested", suggested_text=suggestion.text,
                                            entry_keys=suggestion.entry_keys,
                                            tone_issues=[_issue_json(i) for i in suggestion.tone_issues])
                        report.drafts += 1
                    if t.category is Category.CRISIS:
                        report.crisis.append(item_id)
                if report.crisis:
                    uow.audit.append(self._actor().name, "inbox.crisis", "", {"items": report.crisis[-50:]})
                uow.commit()
        return report

    def after_sync(self, synced_uids: list[str]) -> None:
        """The sync hook: ingest what the synced accounts brought in."""
        self.ingest(synced_uids)

    # -- listing ------------------------------------------------------------------------------------
    def ids(self, query: InboxQuery) -> list[int]:
        with self._uow.readonly() as uow:
            return uow.inbox.ids(query)

    def by_ids(self, ids: Sequence[int]) -> list[InboxItem]:
        with self._uow.readonly() as uow:
            return uow.inbox.by_ids(ids)

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
        ours = [ThreadEntry(tr_name(d), d.text, d.sent_at, True, d.state) for d in drafts if d.state == "sent"]
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
        sla = self.sla_settings()
        with self._uow() as uow:
            item = uow.inbox.get(item_id)
            now = self.now()
            status = item.status
            if cat is Category.SPAM:
                status = "spam"
            elif status in ("new", "spam"):
                status = "triaged"
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
            uow.inbox.update_item(item_id, status="closed")
            uow.audit.append(actor.name, "inbox.close", item.account_uid, {"item": item_id})
            uow.commit()

    # -- replies ------------------------------------------------------------------------------------
    def write_reply(self, item_id: int, text: str) -> int:
        """A hand-written (or edited) reply goes to review; refused with words if the tone guard blocks it.
        An earlier draft still waiting for review is superseded by it."""
        actor = self._actor()
        actor.require("write replies", OPERATOR, LEADER, ADMIN)
        text = text.strip()
        with self._uow() as uow:
            item = uow.inbox.get(item_id)
            issues = check_tone(text, replying_to=Category(item.category))
            blocking = _blocking_words(issues)
            if blocking:
                raise ValidationError(blocking)
            for d in uow.inbox.drafts(item_id=item_id, states=("waiting_review",)):
                uow.inbox.update_draft(d.id, state="superseded")
            draft_id = uow.inbox.add_draft(item_id, source="manual", suggested_text=text, written_by=actor.name,
                                           tone_issues=[_issue_json(i) for i in issues])
            uow.inbox.update_item(item_id, status="waiting_review")
            uow.audit.append(actor.name, "reply.write", item.account_uid, {"item": item_id, "draft": draft_id})
            uow.commit()
        return draft_id

    def drafts(self, states: Sequence[str] = ("waiting_review",)) -> list[ReplyDraft]:
        with self._uow.readonly() as uow:
            return uow.inbox.drafts(states=states)

    def draft(self, draft_id: int) -> ReplyDraft:
        with self._uow.readonly() as uow:
            return uow.inbox.draft(draft_id)

    def approve(self, draft_id: int, edited_text: str | None = None) -> ReplyDraft:
        """A leader approves a reply, optionally edited (the edit is kept beside the suggestion)."""
        actor = self._actor()
        actor.require("approve replies", LEADER)
        with self._uow() as uow:
            d = uow.inbox.draft(draft_id)
            if d.state != "waiting_review":
                raise ValidationError(f"reply {draft_id} is {d.state}, not waiting for review")
            edited = (edited_text or "").strip()
            if edited == d.suggested_text.strip():
                edited = ""
            final = edited or d.suggested_text
            blocking = _blocking_words(check_tone(final, replying_to=Category(d.category)))
            if blocking:
                raise ValidationError(blocking)
            uow.inbox.update_draft(draft_id, state="approved", edited_text=edited, reviewer=actor.name,
                                   reviewed_at=self.now(), error="")
            uow.audit.append(actor.name, "reply.approve", d.account_uid,
                             {"draft": draft_id, "item": d.item_id, "edited": bool(edited)})
            uow.commit()
            return uow.inbox.draft(draft_id)

    def reject(self, draft_id: int, reason: str) -> None:
        """A leader rejects a reply with a reason; it is never sent."""
        actor = self._actor()
        actor.require("reject replies", LEADER)
        if not reason.strip():
            raise ValidationError("say why the reply is rejected (the writer reads it)")
        with self._uow() as uow:
            d = uow.inbox.draft(draft_id)
            if d.state != "waiting_review":
                raise ValidationError(f"reply {draft_id} is {d.state}, not waiting for review")
            uow.inbox.update_draft(draft_id, state="rejected", reviewer=actor.name, reviewed_at=self.now(),
                                   reject_reason=reason.strip())
            if not uow.inbox.drafts(item_id=d.item_id, states=("waiting_review", "approved", "sending")):
                uow.inbox.update_item(d.item_id, status="triaged")
            uow.audit.append(actor.name, "reply.reject", d.account_uid,
                             {"draft": draft_id, "item": d.item_id, "reason": reason.strip()})
            uow.commit()

    def waiting_on(self) -> list[WaitingOn]:
        """Every reply not yet sent and who must act: leaders review, the send queue sends, a failed one
        goes back to its writer."""
        with self._uow.readonly() as uow:
            leaders = tuple(sorted(m.name for m in uow.members.all() if m.active and m.has(LEADER)))
            drafts = uow.inbox.drafts(states=("waiting_review", "approved", "sending", "failed"))
        out = []
        for d in drafts:
            who = {"waiting_review": leaders, "approved": ("send queue",), "sending": ("send queue",),
                   "failed": (d.written_by or d.reviewer,)}[d.state]
            out.append(WaitingOn(d.id, d.item_id, d.state, who))
        return out

    def pending_send_uids(self) -> list[str]:
        """Accounts with approved replies to send (one network queue each)."""
        with self._uow.readonly() as uow:
            return sorted({d.account_uid for d in uow.inbox.drafts(states=("approved", "sending"))})

    def send_approved(self, uids: Sequence[str] | None = None, progress: ProgressSink = no_progress,
                      cancel: CancelToken = NEVER_CANCELLED) -> SendReport:
        """Send approved replies with `comments/reply` (a mention gets `comments/create`), exactly once:
        the draft is marked `sending` in its own committed transaction before the call, and a draft left
        in `sending` (outcome unknown, or a crash) is looked for on the platform before any resend."""
        with self._uow.readonly() as uow:
            drafts = uow.inbox.drafts(states=("approved", "sending"))
        if uids:
            drafts = [d for d in drafts if d.account_uid in set(uids)]
        report = SendReport()
        for n, d in enumerate(drafts):
            cancel.raise_if_cancelled()
            progress(Progress(n, len(drafts), f"sending reply to {d.author_name}"))
            self._send_one(d, report, cancel)
        progress(Progress(len(drafts), len(drafts), "replies sent"))
        return report

    def _send_one(self, d: ReplyDraft, report: SendReport, cancel: CancelToken) -> None:
        with self._uow.readonly() as uow:
            item = uow.inbox.get(d.item_id)
        uid = item.account_uid
        token = self._credentials.token_for_use(uid, "reply")
        if token is None:
            self._finish(d, item, "failed", error="the account has no usable token; connect it again")
            report.failed.append((d.id, "no token"))
            return
        check_first = d.state == "sending"
        if not check_first:
            with self._uow() as uow:
                if not uow.inbox.claim_draft(d.id, ("approved",), "sending"):
                    return  # another desktop took it
                uow.commit()
        with self._client_factory(self._credentials.base_url, token.reveal(), timeout=self._timeout,
                                  cancel=cancel) as client:
            for _attempt in range(2):
                if check_first:
                    found = self._find_sent(client, d, item)
                    if found:
                        self._finish(d, item, "sent", platform_id=found)
                        report.sent.append(d.id)
                        return
                try:
                    answer = self._call(client, d, item)
                except WriteOutcomeUnknown:
                    check_first = True
                    continue
                except Cancelled:
                    self._finish(d, item, "approved", error="")
                    raise
                except RateLimited as exc:
                    self._finish(d, item, "approved", error=exc.explain())
                    report.deferred.append(d.id)
                    return
                except WeiboApiError as exc:
                    self._finish(d, item, "failed", error=exc.explain())
                    report.failed.append((d.id, exc.explain()))
                    return
                except OSError as exc:
                    self._finish(d, item, "approved", error=f"network: {type(exc).__name__}")
                    report.deferred.append(d.id)
                    return
                self._finish(d, item, "sent", platform_id=str(answer.get("idstr") or answer.get("id") or ""))
                report.sent.append(d.id)
                return
            found = self._find_sent(client, d, item)
            if found:
                self._finish(d, item, "sent", platform_id=found)
                report.sent.append(d.id)
                return
        # Still unknown: stays `sending`, so the next run looks again before resending.
        with self._uow() as uow:
            uow.inbox.update_draft(d.id, error="outcome unknown; checked again before any resend")
            uow.commit()
        report.unknown.append(d.id)

    @staticmethod
    def _call(client: WeiboClient, d: ReplyDraft, item: InboxItem) -> dict[str, Any]:
        if item.kind == "mention":  # a post that @-mentions us: comment on it
            return client.comments_create(item.platform_id, d.text)
        # The suggestion already says 回复@作者:, so the platform must not add it again.
        without = 1 if d.text.startswith("回复@") else 0
        return client.comments_reply(item.platform_id, item.post_mid, d.text, without_mention=without)

    @staticmethod
    def _find_sent(client: WeiboClient, d: ReplyDraft, item: InboxItem) -> str:
        """The platform id of our reply if it is already there (after an unknown outcome), else ''."""
        post = item.platform_id if item.kind == "mention" else item.post_mid
        for c in client.iter_comments_show(post):
            user = c.get("user") or {}
            if str(user.get("idstr") or user.get("id") or "") != item.account_uid:
                continue
            replied = c.get("reply_comment") or {}
            to = str(replied.get("idstr") or replied.get("id") or "") if isinstance(replied, dict) else ""
            if item.kind != "mention" and to != item.platform_id:
                continue
            if str(c.get("text", "")).endswith(d.text.split(":", 1)[-1] if d.text.startswith("回复@") else d.text):
                return str(c.get("idstr") or c.get("id"))
        return ""

    def _finish(self, d: ReplyDraft, item: InboxItem, state: str, *, platform_id: str = "",
                error: str = "") -> None:
        now = self.now()
        with self._uow() as uow:
            if state == "sent":
                uow.inbox.update_draft(d.id, state="sent", platform_comment_id=platform_id, sent_at=now, error="")
                fields: dict[str, Any] = {"status": "routed" if item.status == "routed" else "replied"}
                if item.first_response_at is None:
                    fields["first_response_at"] = now
                uow.inbox.update_item(item.id, **fields)
                uow.audit.append(self._actor().name, "reply.sent", item.account_uid,
                                 {"draft": d.id, "item": item.id, "comment": platform_id})
            else:
                uow.inbox.update_draft(d.id, state=state, error=error)
                if state == "failed":
                    uow.audit.append(self._actor().name, "reply.failed", item.account_uid,
                                     {"draft": d.id, "item": item.id, "error": error})
            uow.commit()

    def retry(self, draft_id: int) -> None:
        """A failed reply goes back to the send queue (it was approved already)."""
        actor = self._actor()
        actor.require("retry replies", LEADER)
        with self._uow() as uow:
            if not uow.inbox.claim_draft(draft_id, ("failed",), "approved"):
                raise ValidationError(f"reply {draft_id} has not failed")
            uow.audit.append(actor.name, "reply.retry", "", {"draft": draft_id})
            uow.commit()

    # -- customer service ---------------------------------------------------------------------------
    def route_to_cs(self, item_id: int, note: str = "") -> CsTicket:
        """Hand a complaint to customer service: a ticket to export or copy, followed until done."""
        actor = self._actor()
        actor.require("route items to customer service", OPERATOR, LEADER, ADMIN)
        with self._uow() as uow:
            item = uow.inbox.get(item_id)
            if uow.inbox.ticket_for(item_id) is not None:
                raise ValidationError(f"item {item_id} is already with customer service")
            ticket = uow.inbox.add_ticket(item_id, note.strip(), actor.name)
            uow.inbox.update_item(item_id, status="routed")
            uow.audit.append(actor.name, "inbox.route", item.account_uid, {"item": item_id, "ticket": ticket.id})
            uow.commit()
        return ticket

    def set_ticket_status(self, ticket_id: int, status: str, note: str | None = None) -> None:
        actor = self._actor()
        actor.require("follow up customer-service tickets", OPERATOR, LEADER, ADMIN)
        if status not in TICKET_STATUSES:
            raise ValidationError(f"ticket status must be one of {', '.join(TICKET_STATUSES)}")
        with self._uow() as uow:
            fields: dict[str, Any] = {"status": status}
            if note is not None:
                fields["note"] = note
            uow.inbox.update_ticket(ticket_id, **fields)
            uow.audit.append(actor.name, "inbox.ticket", "", {"ticket": ticket_id, "status": status})
            uow.commit()

    def tickets(self, statuses: Sequence[str] = ()) -> list[CsTicket]:
        with self._uow.readonly() as uow:
            return uow.inbox.tickets(statuses)

    def ticket_text(self, item_id: int) -> str:
        """A ticket as plain text to paste into customer service's system or a chat."""
        with self._uow.readonly() as uow:
            item = uow.inbox.get(item_id)
            ticket = uow.inbox.ticket_for(item_id)
        due = item.due_at.astimezone().strftime("%Y-%m-%d %H:%M") if item.due_at else "—"
        return (f"【微博客诉工单 #{ticket.id if ticket else '—'}】\n账号：{item.account_name}\n"
                f"用户：{item.author_name}（粉丝 {item.author_followers}）\n"
                f"时间：{item.created_at.astimezone():%Y-%m-%d %H:%M}\n首次回复期限：{due}\n"
                f"内容：{item.text}\n原微博：{item.post_text}\n"
                f"链接：https://weibo.com/{item.account_uid}/{item.post_mid}\n"
                f"备注：{ticket.note if ticket else ''}")

    def export_tickets_csv(self, statuses: Sequence[str] = ("open", "in_progress")) -> str:
        """Tickets as CSV (UTF-8 with BOM, so Excel opens Chinese correctly); marks them exported."""
        with self._uow() as uow:
            tickets = uow.inbox.tickets(statuses)
            items = {i.id: i for i in uow.inbox.by_ids([t.item_id for t in tickets])}
            out = io.StringIO()
            w = csv.writer(out, lineterminator="\r\n")
            w.writerow(["ticket", "status", "account", "author", "followers", "category", "created_at", "due_at",
                        "text", "post", "link", "note"])  # cells guarded: fans write the text (core.csvsafe)
            now = self.now()
            for t in tickets:
                i = items[t.item_id]
                w.writerow(guard_row([t.id, t.status, i.account_name, i.author_name, i.author_followers, i.category,
                            i.created_at.isoformat(), i.due_at.isoformat() if i.due_at else "", i.text,
                            i.post_text, f"https://weibo.com/{i.account_uid}/{i.post_mid}", t.note]))
                uow.inbox.update_ticket(t.id, exported_at=now)
            uow.audit.append(self._actor().name, "inbox.tickets.export", "", {"tickets": len(tickets)})
            uow.commit()
        return "\ufeff" + out.getvalue()

    # -- SLA settings -------------------------------------------------------------------------------
    def sla_settings(self) -> SlaSettings:
        with self._uow.readonly() as uow:
            return SlaSettings.from_json(uow.inbox.setting("sla"))

    def save_sla_settings(self, s: SlaSettings) -> None:
        actor = self._actor()
        actor.require("change the inbox SLA", LEADER, ADMIN)
        if not (0 <= s.day_start < s.day_end <= 24) or not s.workdays:
            raise ValidationError("business hours need a start before the end and at least one working day")
        with self._uow() as uow:
            uow.inbox.put_setting("sla", s.to_json(), actor.name)
            uow.audit.append(actor.name, "inbox.sla", "", s.to_json())
            uow.commit()

    # -- answer manual ------------------------------------------------------------------------------
    def answers(self) -> list[AnswerEntry]:
        with self._uow.readonly() as uow:
            return uow.inbox.answers()

    def import_manual(self, raw: bytes, filename: str) -> int:
        """Import an answer manual (CSV, or Markdown by extension): all or nothing; same keys are updated."""
        actor = self._actor()
        actor.require("edit the answer manual", OPERATOR, LEADER, ADMIN)
        if filename.lower().endswith((".md", ".markdown")):
            entries = parse_manual_markdown(decode_text(raw, filename))
        else:
            entries = parse_manual_csv(raw)
        if not entries:
            raise ValidationError(f"{filename} holds no answer-manual entries")
        with self._uow() as uow:
            for e in entries:
                uow.inbox.put_answer(e, actor.name)
            uow.audit.append(actor.name, "manual.import", "", {"file": filename, "entries": len(entries)})
            uow.commit()
        return len(entries)

    def load_demo_manual(self) -> int:
        """The demo company's manual (resources/demo/answer_manual.csv), if the manual is still empty."""
        path = Path(__file__).resolve().parents[2] / "resources" / "demo" / "answer_manual.csv"
        if self.answers() or not path.is_file():
            return 0
        return self.import_manual(path.read_bytes(), path.name)

    def save_answer(self, entry: AnswerEntry) -> None:
        """Add or edit one entry (by key)."""
        actor = self._actor()
        actor.require("edit the answer manual", OPERATOR, LEADER, ADMIN)
        problems = [f"{name} is empty" for name, v in (("key", entry.key), ("department", entry.department),
                                                         ("question", entry.question), ("answer", entry.answer))
                    if not v.strip()]
        if problems:
            raise ValidationError(problems)
        with self._uow() as uow:
            uow.inbox.put_answer(entry, actor.name)
            uow.audit.append(actor.name, "manual.save", "", {"key": entry.key})
            uow.commit()

    def delete_answer(self, key: str) -> None:
        actor = self._actor()
        actor.require("edit the answer manual", OPERATOR, LEADER, ADMIN)
        with self._uow() as uow:
            uow.inbox.delete_answer(key)
            uow.audit.append(actor.name, "manual.delete", "", {"key": key})
            uow.commit()


def tr_name(d: ReplyDraft) -> str:
    """Who speaks in one of our replies: the account itself (shown as 我们 in the thread)."""
    return "我们"


def triage_of(item: InboxItem) -> Triage:
    """The stored verdict of an item as a `Triage` (for code that wants the core type)."""
    from matrix_desktop.core.inbox.triage import Priority

    return Triage(Category(item.category), Priority(item.priority), tuple(item.reasons.split("; ")),
                  item.confidence)


__all__ = [
    "ITEM_STATUSES", "Conversation", "InboxQuery", "InboxService", "IngestReport", "SendReport", "SlaSettings",
    "ThreadEntry", "WaitingOn", "add_business_hours",
]
