"""Signing in as a member from the window: on SQLite the same services act as them; in team mode on
PostgreSQL a new connection logs in with the member's own database login and password, which the
server checks (the password is used for that connection only, never stored)."""

from __future__ import annotations

from matrix_desktop.app.bootstrap import AppServices, bootstrap, signed_in_member
from matrix_desktop.core.errors import PermissionDenied


class SignInRefused(PermissionDenied):
    """The sign-in failed; `why` is "password" (the server refused the login) or "member" (not a member)."""

    def __init__(self, name: str, why: str) -> None:
        self.name, self.why = name, why
        super().__init__(f"{name}: the team database refused the password" if why == "password"
                         else f"{name} is not an active member of this team database")


def is_team_mode(services: AppServices) -> bool:
    return services.engine.dialect.name == "postgresql"


def sign_in(services: AppServices, name: str, password: str) -> AppServices:
    """Work as `name`. Returns `services` itself (SQLite) or new services logged in as `name` (team
    mode); the caller closes the old ones once nothing uses them."""
    if not is_team_mode(services):
        services.act_as(name)
        return services
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    url = make_url(services.db_url).set(username=name, password=password or None)
    try:
        signed = bootstrap(url.render_as_string(hide_password=False), config=services.config, migrate=False)
        member = signed_in_member(signed.uow)
    except OperationalError:
        raise SignInRefused(name, "password") from None
    if member != name:
        signed.close()
        raise SignInRefused(name, "member")
    signed.master_password = services.master_password
    signed.act_as(name)
    return signed
