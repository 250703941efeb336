"""Saying, in the reader's language, that another desktop saved the same record first (EditConflict)."""

from __future__ import annotations

from collections.abc import Callable

from matrix_desktop.core.errors import EditConflict
from matrix_desktop.ui.i18n import tr

# What another save changed, by the key the service names it with. Lambdas: the language may change.
_WHAT: dict[str, Callable[[], str]] = {
    "uid": lambda: tr("Weibo uid"),
    "screen_name": lambda: tr("screen name"),
    "role": lambda: tr("role"),
    "owner": lambda: tr("owner"),
    "team": lambda: tr("team"),
    "verified": lambda: tr("verified"),
    "verified_type": lambda: tr("verification type"),
    "verified_reason": lambda: tr("verification text"),
    "description": lambda: tr("profile description"),
    "followers_count": lambda: tr("followers"),
    "friends_count": lambda: tr("following"),
    "statuses_count": lambda: tr("posts"),
    "archived": lambda: tr("archived or restored"),
    "deleted": lambda: tr("deleted"),
    "forward_time": lambda: tr("the time of a forward"),
    "forward_text": lambda: tr("the text of a forward"),
    "forward_dropped": lambda: tr("a forward dropped"),
    "approved": lambda: tr("approved"),
    "rejected": lambda: tr("rejected"),
    "cancelled": lambda: tr("cancelled"),
    "text": lambda: tr("the reply's text"),
}

_KIND: dict[str, Callable[[], str]] = {
    "account": lambda: tr("Account"),
    "plan": lambda: tr("Forwarding plan"),
    "reply": lambda: tr("Reply"),
}


def changed_labels(keys: tuple[str, ...]) -> str:
    """The changed keys as words of the interface language, joined the way the language lists things."""
    names = [_WHAT[k]() if k in _WHAT else k.replace("_", " ") for k in keys]
    return tr(", ").join(names) if names else tr("its content")


def conflict_text(exc: EditConflict) -> str:
    """One paragraph: what was changed by whom, that nothing was saved, and what to do."""
    who = exc.by if exc.by and exc.by != "sync" else (tr("a sync from Weibo") if exc.by == "sync"
                                                       else tr("someone else"))
    kind = _KIND[exc.kind]() if exc.kind in _KIND else exc.kind
    return tr("{kind} {name} was changed by {who} after you opened it (changed: {what}). Your change was not "
              "saved, so nothing was overwritten. Look at the new version and make your change again.",
              kind=kind, name=exc.name, who=who, what=changed_labels(exc.changed))
