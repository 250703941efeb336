"""Reading the audit trail. Writing happens inside each service's own transaction (`uow.audit.append`)."""

from __future__ import annotations

from matrix_desktop.core.audit import AuditEntry
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory


class AuditTrail:
    """Reading the audit trail (admins and leaders); writing happens inside each service's transaction."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider) -> None:
        self._uow = uow
        self._actor = actor

    def entries(self, action_prefix: str = "", actor: str = "", account_uid: str = "") -> list[AuditEntry]:
        self._actor().require("read the audit trail", MemberRole.ADMIN, MemberRole.LEADER)
        with self._uow.readonly() as uow:
            found: list[AuditEntry] = uow.audit.all()
        return [e for e in found
                if e.action.startswith(action_prefix) and (not actor or e.actor == actor)
                and (not account_uid or e.account_uid == account_uid)]
