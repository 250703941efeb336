"""Repositories for synced Weibo data and token metadata."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from matrix_desktop.core.accounts import name_sort_key
from matrix_desktop.core.credentials import TokenMeta, TokenState
from matrix_desktop.core.sync import AccountSyncStatus
from matrix_desktop.core.weibo import PlatformUser, SyncedInteraction, SyncedPost
from matrix_desktop.store.bulk import upsert
from matrix_desktop.store.models import (
    AccountRow,
    FollowRow,
    InteractionRow,
    PostRow,
    SyncCursorRow,
    SyncStatusRow,
    TokenMetaRow,
)
from matrix_desktop.store.models.base import utcnow
from matrix_desktop.store.versioning import take_version


def _fields(record: Any) -> dict[str, Any]:
    """A flat record's fields as a dict: `asdict` deep-copies every value, a third of a sync's time."""
    return dict(vars(record)) if hasattr(record, "__dict__") else {f.name: getattr(record, f.name)
                                                                    for f in fields(record)}


class SqlSyncRepository:
    """Cursors, sync status and the synced rows of each account."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def cursor(self, uid: str, stream: str) -> int:
        row = self.s.get(SyncCursorRow, (uid, stream))
        return int(row.since_id) if row else 0

    def set_cursor(self, uid: str, stream: str, since_id: int) -> None:
        upsert(self.s, SyncCursorRow, [{"account_uid": uid, "stream": stream, "since_id": str(since_id),
                                        "updated_at": utcnow()}], ["account_uid", "stream"],
               ["since_id", "updated_at"])

    def upsert_posts(self, posts: Sequence[SyncedPost], synced_at: datetime) -> None:
        rows = [{**_fields(p), "synced_at": synced_at} for p in posts]
        upsert(self.s, PostRow, rows, ["mid"], ["text", "reposts_count", "comments_count", "attitudes_count",
                                                "synced_at"])

    def upsert_interactions(self, items: Sequence[SyncedInteraction], synced_at: datetime) -> None:
        rows = []
        for i in items:
            row = _fields(i)
            del row["id"]
            row["synced_at"] = synced_at
            rows.append(row)
        upsert(self.s, InteractionRow, rows, ["kind", "platform_id"],
               ["author_followers", "author_verified", "author_name", "post_text", "from_matrix"])

    def replace_follows(self, uid: str, follows: Sequence[PlatformUser], synced_at: datetime) -> None:
        self.s.execute(delete(FollowRow).where(FollowRow.account_uid == uid))
        rows = [{"account_uid": uid, "target_uid": u.uid, "target_name": u.screen_name,
                 "target_verified": u.verified, "target_verified_type": u.verified_type,
                 "target_followers": u.followers_count, "synced_at": synced_at} for u in follows]
        upsert(self.s, FollowRow, rows, ["account_uid", "target_uid"], [])

    def apply_profile(self, uid: str, fields: dict[str, Any]) -> bool:
        """Write the platform's profile fields onto the registered account; False if it is not registered."""
        row = self.s.scalar(select(AccountRow).where(AccountRow.uid == uid))
        if row is None:
            return False
        changed: list[str] = []
        if "screen_name" in fields:
            fields = {**fields, "sort_name": name_sort_key(str(fields["screen_name"]))}
        for k, v in fields.items():
            if getattr(row, k) != v:
                setattr(row, k, v)
                changed.append(k)
        now = utcnow()
        row.profile_synced_at = now
        if changed:
            row.updated_at = now
        self.s.flush()
        if changed:  # a new version: an editor who read the old profile must not save over it
            take_version(self.s, AccountRow, row.id, None, [k for k in changed if k != "sort_name"], "sync")
        return True

    def status(self, uid: str) -> AccountSyncStatus | None:
        row = self.s.get(SyncStatusRow, uid)
        if row is None:
            return None
        return AccountSyncStatus(uid, row.last_ok_at, row.last_finished_at, row.last_error, row.deferred_until)

    def record(self, uid: str, **fields: Any) -> None:
        row = self.s.get(SyncStatusRow, uid)
        if row is None:
            row = SyncStatusRow(account_uid=uid)
            self.s.add(row)
        for k, v in fields.items():
            setattr(row, k, v)
        self.s.flush()

    def matrix_uids(self) -> set[str]:
        return set(self.s.scalars(select(AccountRow.uid)))


def meta_from_row(r: Any) -> TokenMeta:  # a TokenMetaRow or a row of its columns
    return TokenMeta(r.account_uid, r.api_host, r.scope, r.issued_at, r.expires_at, r.last_verified_at,
                     TokenState(r.state),
                     r.token_hint)


class SqlTokenMetaRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, uid: str) -> TokenMeta | None:
        row = self.s.get(TokenMetaRow, uid)
        return None if row is None else meta_from_row(row)

    def all(self) -> list[TokenMeta]:
        t = TokenMetaRow  # plain rows: one per account, thousands on a big matrix
        rows = self.s.execute(select(t.account_uid, t.api_host, t.scope, t.issued_at, t.expires_at,
                                     t.last_verified_at, t.state, t.token_hint).order_by(t.account_uid))
        return [meta_from_row(r) for r in rows]

    def put(self, meta: TokenMeta) -> None:
        row = self.s.get(TokenMetaRow, meta.account_uid)
        if row is None:
            row = TokenMetaRow(account_uid=meta.account_uid)
            self.s.add(row)
        row.api_host = meta.api_host
        row.scope = meta.scope
        row.issued_at = meta.issued_at
        row.expires_at = meta.expires_at
        row.last_verified_at = meta.last_verified_at
        row.state = meta.state
        row.token_hint = meta.token_hint
        self.s.flush()
