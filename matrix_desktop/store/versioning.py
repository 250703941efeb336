"""Optimistic concurrency for rows two desktops may edit at once (accounts, forwarding plans, reply drafts).

A save names the version it read; the row's version moves on only if it is still that one, in one
UPDATE, so two saves racing on PostgreSQL (read committed) cannot both pass: the second waits for the
first's row lock, then finds the version moved and changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session


def take_version(session: Session, row_cls: Any, row_id: int, expected: int | None,
                 changed: Iterable[str], by: str) -> int | None:
    """Bump the row's version (if it is still `expected`; any version when None) and record what this save
    changes and who makes it. The new version, or None when the row moved on meanwhile or is gone."""
    conditions = [row_cls.id == row_id]
    if expected is not None:
        conditions.append(row_cls.row_version == expected)
    result = session.execute(
        update(row_cls).where(*conditions)
        .values(row_version=row_cls.row_version + 1, changed_fields=",".join(dict.fromkeys(changed)),
                changed_by=by[:80])
        .returning(row_cls.row_version).execution_options(synchronize_session="fetch"))
    new = result.scalar_one_or_none()
    return None if new is None else int(new)
