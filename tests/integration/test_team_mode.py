"""Team mode on PostgreSQL: each member signs in with a database login of their own name."""

from __future__ import annotations

import uuid

import pytest

from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import PermissionDenied
from tests.fixtures.matrix import create_member_login, drop_member_login


def test_the_database_login_signs_the_member_in_and_cannot_act_as_another(pg_url: str) -> None:
    login = f"op_{uuid.uuid4().hex[:8]}"
    admin = bootstrap(pg_url)
    try:
        admin.members.add("boss", frozenset({MemberRole.ADMIN}))
        admin.act_as("boss")
        admin.members.add(login, frozenset({MemberRole.OPERATOR}))
    finally:
        admin.close()
    as_member = create_member_login(pg_url, login)
    try:
        member = bootstrap(as_member, migrate=False)
        try:
            assert member.actor.name == login and member.actor.roles == frozenset({MemberRole.OPERATOR})
            with pytest.raises(PermissionDenied, match="needs boss's own database login"):
                member.act_as("boss")
        finally:
            member.close()
        with pytest.raises(PermissionDenied, match=f"signed in to the team database as {login}"):
            bootstrap(as_member, actor="boss", migrate=False)
    finally:
        drop_member_login(pg_url, login)
