"""What an action changed, so each screen redraws only when its data moved (Anki's "did execute" hook).

Services and the UI's ops name changes with `Change`; a view subscribes to the ones it shows."""

from __future__ import annotations

from enum import StrEnum


class Change(StrEnum):
    """A kind of data an action may have changed."""

    ACCOUNTS = "accounts"
    CREDENTIALS = "credentials"
    TEAM = "team"
    COMPANY = "company"
    MATRIX = "matrix"  # forwarding rules and per-account settings
    FORWARDING = "forwarding"  # plans, entries, campaigns
    FLAGS = "flags"
    INBOX = "inbox"  # items, drafts, tickets
    MANUAL = "manual"  # the answer manual
    POSTS = "posts"
    CALENDAR = "calendar"  # planned posts, style guides, sensitive words, calendar rules
    AUDIT = "audit"


#: What a sync may change: every synced table and what the after-sync hooks derive from them.
SYNC_CHANGES = frozenset({Change.ACCOUNTS, Change.INBOX, Change.FLAGS, Change.FORWARDING, Change.CREDENTIALS,
                          Change.POSTS, Change.AUDIT})
