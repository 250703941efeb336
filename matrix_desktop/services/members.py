"""The team: members and their roles. The first member of a new database must be an admin."""

from __future__ import annotations

import re
from typing import Any

from matrix_desktop.core.company import Member, MemberRole
from matrix_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory

NAME_RE = re.compile(r"^[\w.\-\u4e00-\u9fff]{1,40}$")


class MemberService:
    """Adds members and changes roles; only admins may, except for the very first member."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider) -> None:
        self._uow = uow
        self._actor = actor

    def all(self) -> list[Member]:
        with self._uow.readonly() as uow:
            return uow.members.all()

    def add(self, name: str, roles: frozenset[MemberRole], display_name: str = "") -> Member:
        name = name.strip()
        if not NAME_RE.match(name):
            raise ValidationError(f"member name {name!r} must be 1-40 letters, digits, Chinese, '.', '-' or '_'")
        if not roles:
            raise ValidationError("a member needs at least one role: operator, leader or admin")
        with self._uow() as uow:
            first = uow.members.count() == 0
            actor = self._actor()
            if first:
                if MemberRole.ADMIN not in roles:
                    raise ValidationError("the first member of a new database must be an admin "
                                          "(add --role admin); admins then add everyone else")
            else:
                actor.require("add team members", MemberRole.ADMIN)
            if uow.members.get(name) is not None:
                raise ValidationError(f"a member named {name} already exists")
            member = uow.members.add(name, roles, display_name.strip())
            uow.audit.append(name if first else actor.name, "member.add", "",
                             {"member": name, "roles": sorted(r.value for r in roles)})
            uow.commit()
            return member

    def set_roles(self, name: str, roles: frozenset[MemberRole]) -> Member:
        actor = self._actor()
        actor.require("change roles", MemberRole.ADMIN)
        if not roles:
            raise ValidationError("a member needs at least one role")
        with self._uow() as uow:
            current = uow.members.get(name)
            if current is None:
                raise NotFound(f"no team member named {name}")
            admins = [m for m in uow.members.all() if m.has(MemberRole.ADMIN) and m.active]
            if current.has(MemberRole.ADMIN) and MemberRole.ADMIN not in roles and len(admins) <= 1:
                raise PermissionDenied(f"{name} is the last admin; make someone else an admin first")
            member = uow.members.set_roles(name, roles)
            uow.audit.append(actor.name, "member.roles", "", {"member": name,
                                                             "roles": sorted(r.value for r in roles)})
            uow.commit()
            return member


    def set_active(self, name: str, active: bool) -> Member:
        """Deactivate a member (they can no longer work in the app) or bring them back; audited.

        What they did stays: the audit trail, reviews and plans name them as before.
        """
        actor = self._actor()
        actor.require("deactivate team members" if not active else "reactivate team members", MemberRole.ADMIN)
        with self._uow() as uow:
            current = uow.members.get(name)
            if current is None:
                raise NotFound(f"no team member named {name}")
            if not active:
                self._keep_an_admin(uow, current, actor.name)
            member = uow.members.set_active(name, active)
            uow.audit.append(actor.name, "member.activate" if active else "member.deactivate", "", {"member": name})
            uow.commit()
            return member

    def remove(self, name: str) -> None:
        """Remove a member from the team; audited. Their history stays under their name."""
        actor = self._actor()
        actor.require("remove team members", MemberRole.ADMIN)
        with self._uow() as uow:
            current = uow.members.get(name)
            if current is None:
                raise NotFound(f"no team member named {name}")
            self._keep_an_admin(uow, current, actor.name)
            uow.members.remove(name)
            uow.audit.append(actor.name, "member.remove", "", {"member": name,
                                                              "roles": sorted(r.value for r in current.roles)})
            uow.commit()

    @staticmethod
    def _keep_an_admin(uow: Any, member: Member, actor: str) -> None:
        if member.name == actor:
            raise PermissionDenied(f"{member.name} cannot deactivate or remove themselves; another admin can")
        admins = [m for m in uow.members.all() if m.has(MemberRole.ADMIN) and m.active]
        if member.has(MemberRole.ADMIN) and member.active and len(admins) <= 1:
            raise PermissionDenied(f"{member.name} is the last admin; make someone else an admin first")


def parse_member_role(value: str) -> MemberRole:
    v = value.strip().lower()
    aliases = {"运营": "operator", "运营编辑": "operator", "领导": "leader", "审核人": "leader", "管理员": "admin"}
    try:
        return MemberRole(aliases.get(v, v))
    except ValueError:
        raise ValidationError(f"role {value!r} is not one of operator, leader, admin") from None
