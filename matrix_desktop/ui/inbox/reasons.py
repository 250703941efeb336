"""A triage verdict's reasons in the UI's language: each stored reason read back into its code and
parameters (`core/inbox/reasons.py`) and said through the catalogue; one no code reads is shown as stored."""

from __future__ import annotations

from collections.abc import Callable

from matrix_desktop.core.inbox.reasons import Reason, parse_reason, split_reasons
from matrix_desktop.core.inbox.triage import NEEDS_LOOK_BELOW
from matrix_desktop.ui.i18n import language, tr
from matrix_desktop.ui.inbox.common import category_label


def _feature(english: str) -> str:
    """A model feature's words (`DENSE_WORDS` of core/inbox/model.py)."""
    return {
        "crisis words of the rules": tr("crisis words of the rules"),
        "complaint words of the rules": tr("complaint words of the rules"),
        "question words of the rules": tr("question words of the rules"),
        "praise words of the rules": tr("praise words of the rules"),
        "spam words of the rules": tr("spam words of the rules"),
        "the reposted text has crisis words": tr("the reposted text has crisis words"),
        "a link": tr("a link"),
        "a contact id or phone number": tr("a contact id or phone number"),
        "a question mark": tr("a question mark"),
        "ends like a question (吗/呢/怎么办 …)": tr("ends like a question (吗/呢/怎么办 …)"),
        "happy emoji": tr("happy emoji"),
        "angry or sad emoji": tr("angry or sad emoji"),
        "sarcasm: an emoji such as [微笑]": tr("sarcasm: an emoji such as [微笑]"),
        "sarcasm: wording such as 呵呵 or 真周到": tr("sarcasm: wording such as 呵呵 or 真周到"),
        "echoes the reposted text (同问/扩散 …)": tr("echoes the reposted text (同问/扩散 …)"),
        "a repost": tr("a repost"),
        "emoji and nothing else": tr("emoji and nothing else"),
        "a very short comment": tr("a very short comment"),
        "mentions someone": tr("mentions someone"),
        "a long text": tr("a long text"),
    }.get(english, english)


def _feature_terms(r: Reason) -> str:
    whole = f"{r.get('feature')} ({r.get('words')})"  # a feature whose own words end in brackets
    if _feature(whole) != whole:
        return tr("{label}: {feature}", label=category_label(r.get("label")), feature=_feature(whole))
    return tr("{label}: {feature} ({words})", label=category_label(r.get("label")),
              feature=_feature(r.get("feature")), words=r.get("words"))


_SAY: dict[str, Callable[[Reason], str]] = {
    "echo": lambda r: tr("echoes the reposted text"),
    "crisis_threshold": lambda r: tr("crisis likely enough to alert ({p} ≥ {t})", p=r.get("p"), t=r.get("t")),
    "crisis_guard": lambda r: tr("crisis guard: the rules' crisis words ({words})", words=r.get("words")),
    "chain_guard": lambda r: tr("crisis guard: the repost spreads a text with crisis words"),
    "corrected": lambda r: tr("corrected by a person"),
    "over_cap": lambda r: tr("over today's draft limit"),
    "no_entry": lambda r: tr("no manual entry fits — write one"),
    "link": lambda r: tr("{label}: a link", label=category_label(r.get("label"))),
    "mention": lambda r: tr("{label}: mentions someone", label=category_label(r.get("label"))),
    "reposted_gram": lambda r: tr("{label}: reposted “{gram}”", label=category_label(r.get("label")),
                                  gram=r.get("gram")),
    "gram": lambda r: tr("{label}: “{gram}”", label=category_label(r.get("label")), gram=r.get("gram")),
    "feature_terms": lambda r: _feature_terms(r),
    "feature": lambda r: tr("{label}: {feature}", label=category_label(r.get("label")),
                            feature=_feature(r.get("feature"))),
}


def reason_label(stored: str) -> str:
    """One stored reason in the UI's language."""
    r = parse_reason(stored)
    return _SAY[r.code](r) if r is not None and r.code in _SAY else stored


def reasons_label(stored: str) -> str:
    """An item's stored `reasons` in the UI's language."""
    return ("; " if language() == "en" else "；").join(reason_label(r) for r in split_reasons(stored))


def no_entry_fits(stored: str) -> bool:
    """The ingest found no manual entry for this complaint or question and made no draft: a person writes one."""
    return any((r := parse_reason(text)) is not None and r.code == "no_entry" for text in split_reasons(stored))


def needs_look(confidence: float) -> bool:
    """The model was unsure of this item's category: a person decides (`Triage.needs_look`)."""
    return confidence < NEEDS_LOOK_BELOW
