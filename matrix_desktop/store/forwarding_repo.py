"""Repositories of the forwarding area."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlForwardingRepository:
    def __init__(self, session: Session) -> None:
        self.s = session
