"""Repositories of the flags area."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlFlagRepository:
    def __init__(self, session: Session) -> None:
        self.s = session
