"""Repositories of the inbox area."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlInboxRepository:
    def __init__(self, session: Session) -> None:
        self.s = session
