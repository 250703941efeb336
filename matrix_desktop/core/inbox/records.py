"""The inbox's records: what the list, the conversation pane, the review queue and the tickets show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from matrix_desktop.core.inbox.categories import Category

if TYPE_CHECKING:
    from matrix_desktop.core.inbox.answers import AnswerEntry

#: The categories that get a suggested reply.
REPLYABLE = (Category.COMPLAINT, Category.QUESTION, Category.CRISIS)


class DraftState(StrEnum):
    """Where a reply is on its way: review, then the send queue, then the platform."""

    WAITING_REVIEW = "waiting_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"  # a newer draft for the same item replaced it before review
    SENDING = "sending"  # claimed for sending; looked for on the platform before any resend
    SENT = "sent"
    FAILED = "failed"
    DELETED = "deleted"  # sent, then taken down from the platform by a leader


class ItemStatus(StrEnum):
    """Where an inbox item is."""

    NEW = "new"
    TRIAGED = "triaged"
    WAITING_REVIEW = "waiting_review"
    REPLIED = "replied"
    ROUTED = "routed"  # with customer service
    CLOSED = "closed"
    SPAM = "spam"


class TicketStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


DRAFT_STATES = tuple(DraftState)
TICKET_STATUSES = tuple(TicketStatus)
ITEM_STATUSES = tuple(ItemStatus)
OPEN_STATUSES = (ItemStatus.NEW, ItemStatus.TRIAGED, ItemStatus.WAITING_REVIEW, ItemStatus.ROUTED)
SORT_KEYS = ("created_at", "priority", "due_at", "category", "status", "author_name", "account_uid")


@dataclass(frozen=True)
class InboxQuery:
    """What the inbox shows: filters (empty means any) and the SQL order."""

    account_uid: str = ""
    categories: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    author: str = ""
    text: str = ""
    assignee: str = ""
    overdue_at: datetime | None = None  # only items whose SLA deadline passed before this moment
    sort: str = "created_at"
    descending: bool = True


@dataclass(frozen=True)
class InboxItem:
    """One inbox row with its interaction: what the list and the conversation pane show."""

    id: int
    interaction_id: int
    kind: str
    platform_id: str
    account_uid: str
    account_name: str
    post_mid: str
    post_text: str
    reply_to_id: str
    author_uid: str
    author_name: str
    author_followers: int
    author_verified: bool
    text: str
    created_at: datetime
    category: str
    priority: int
    confidence: float
    reasons: str
    status: str
    assignee: str
    corrected_by: str
    due_at: datetime | None
    first_response_at: datetime | None
    acknowledged_at: datetime | None

    def overdue(self, now: datetime) -> bool:
        """The first-response deadline passed and nobody answered yet."""
        return (self.due_at is not None and self.first_response_at is None and self.due_at < now
                and self.status in OPEN_STATUSES)


@dataclass(frozen=True)
class ReplyDraft:
    """A reply through review and sending; `text` is what goes out (the leader's edit if any)."""

    id: int
    item_id: int
    source: str
    suggested_text: str
    edited_text: str
    entry_keys: tuple[str, ...]
    tone_issues: tuple[dict[str, Any], ...]
    state: DraftState
    written_by: str
    reviewer: str
    reviewed_at: datetime | None
    reject_reason: str
    platform_comment_id: str
    error: str
    created_at: datetime
    sent_at: datetime | None
    # A little of the item, so the review queue needs no second query.
    account_uid: str = ""
    author_name: str = ""
    item_text: str = ""
    category: str = ""
    priority: int = 3
    item_created_at: datetime | None = None
    pending_edit: str = ""  # a reviewer's edit not yet approved, kept across refreshes and restarts
    pending_edit_by: str = ""
    approved_at: datetime | None = None
    not_before: datetime | None = None  # the end of the undo window: the sender leaves it until then
    assigned_to: str = ""  # a reviewer named for this draft (reassigned), else the team's routing decides
    deleted_at: datetime | None = None
    deleted_by: str = ""
    account_owner: str = ""
    account_name: str = ""
    #: The draft's edit version (every save bumps it), what the last review action changed and who did it.
    version: int = 1
    changed: tuple[str, ...] = ()
    changed_by: str = ""

    @property
    def text(self) -> str:
        return self.edited_text or self.suggested_text

    def in_undo_window(self, now: datetime) -> bool:
        """Approved and still inside the time in which the approval can be taken back."""
        return self.state == DraftState.APPROVED and self.not_before is not None and now < self.not_before


@dataclass(frozen=True)
class CsTicket:
    """A complaint handed to customer service."""

    id: int
    item_id: int
    status: str
    note: str
    created_by: str
    created_at: datetime
    exported_at: datetime | None
    extra: dict[str, Any] = field(default_factory=dict)
    assignee: str = ""


@dataclass(frozen=True)
class TicketView:
    """A ticket with the complaint it is about: what the ticket list shows."""

    ticket: CsTicket
    item: InboxItem

    @property
    def id(self) -> int:
        return self.ticket.id


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
    over_cap: int = 0  # items that needed a reply but came after the day's draft limit
    crisis: list[int] = field(default_factory=list)


@dataclass
class SendReport:
    sent: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    unknown: list[int] = field(default_factory=list)
    deferred: list[int] = field(default_factory=list)
    held: list[int] = field(default_factory=list)  # inside their undo window: sent on a later run

