"""Customer service: complaints handed over as tickets and followed until done, and the first-response
deadlines (SLA) the team keeps."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.csvsafe import guard_row
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.inbox.records import TICKET_STATUSES, CsTicket, ItemStatus, TicketStatus, TicketView
from matrix_desktop.core.inbox.sla import SlaSettings
from matrix_desktop.core.ports import UnitOfWorkFactory

OPERATOR, LEADER, ADMIN = MemberRole.OPERATOR, MemberRole.LEADER, MemberRole.ADMIN


class CustomerService:
    """Tickets for customer service and the SLA settings."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._uow = uow
        self._actor = actor
        self.now = clock

    def route_to_cs(self, item_id: int, note: str = "") -> CsTicket:
        """Hand a complaint to customer service: a ticket to export or copy, followed until done."""
        actor = self._actor()
        actor.require("route items to customer service", OPERATOR, LEADER, ADMIN)
        with self._uow() as uow:
            item = uow.inbox.get(item_id)
            if uow.inbox.ticket_for(item_id) is not None:
                raise ValidationError(f"item {item_id} is already with customer service")
            ticket = uow.inbox.add_ticket(item_id, note.strip(), actor.name)
            uow.inbox.update_item(item_id, status=ItemStatus.ROUTED)
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

    def ticket_views(self, statuses: Sequence[str] = ()) -> list[TicketView]:
        """Tickets with their complaints, newest first: the ticket list."""
        with self._uow.readonly() as uow:
            tickets = uow.inbox.tickets(statuses)
            items = {i.id: i for i in uow.inbox.by_ids([t.item_id for t in tickets])}
        return [TicketView(t, items[t.item_id]) for t in reversed(tickets) if t.item_id in items]

    def assign_ticket(self, ticket_id: int, assignee: str) -> None:
        """Name who in customer service follows a ticket ("" for nobody yet)."""
        actor = self._actor()
        actor.require("follow up customer-service tickets", OPERATOR, LEADER, ADMIN)
        with self._uow() as uow:
            uow.inbox.update_ticket(ticket_id, assignee=assignee.strip())
            uow.audit.append(actor.name, "inbox.ticket", "", {"ticket": ticket_id, "assignee": assignee.strip()})
            uow.commit()

    def close_ticket(self, ticket_id: int, note: str | None = None) -> None:
        """Customer service reports it done."""
        self.set_ticket_status(ticket_id, TicketStatus.DONE, note)

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
