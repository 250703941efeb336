"""Who is working: the actor every service checks permissions against."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from matrix_desktop.core.company import Member, MemberRole
from matrix_desktop.core.errors import PermissionDenied


@dataclass(frozen=True)
class Actor:
    """The member on whose behalf a service acts. Services check roles here, not only the UI."""

    name: str
    roles: frozenset[MemberRole]

    @classmethod
    def of(cls, member: Member) -> Actor:
        return cls(member.name, member.roles)

    def has(self, role: MemberRole) -> bool:
        return role in self.roles

    def require(self, action: str, *roles: MemberRole) -> None:
        """Raise PermissionDenied unless the actor holds one of `roles`."""
        if self.name == NOBODY.name:
            raise PermissionDenied(f"say who is working to {action}: --as NAME (or the MATRIX_USER variable); "
                                   "in the window, choose a member at start")
        if not any(r in self.roles for r in roles):
            needed = " or ".join(r.value for r in roles)
            raise PermissionDenied(f"{self.name} may not {action}: it needs the {needed} role")


#: Acts on a brand-new database before anyone is registered; the first member added must be an admin.
SETUP_ACTOR = Actor("setup", frozenset(MemberRole))

#: Nobody chose who is working yet although members exist: every permission check asks to choose.
NOBODY = Actor("(nobody)", frozenset())

ActorProvider = Callable[[], Actor]
