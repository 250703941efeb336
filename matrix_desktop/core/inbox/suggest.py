"""Suggested replies: the answer manual turned into a polite reply addressed to the comment's author.

Decisions (the leader reviews every suggestion before it is sent):
- complaint: an apology first, then the manual answer that fits;
- question: the manual answer that fits;
- complaint or question that no manual entry fits: no draft. A generic "please message us" filled the
  review queue with replies that said nothing (issue 14); the item says "no manual entry fits — write
  one" instead (`no_entry_fits`, the reason code `no_entry`) and a person writes it;
- crisis: a careful holding reply — concern, a promise of contact, no admission, no detail; the
  caller escalates to PR at once;
- praise: a short thank-you (varied so the platform does not see repeats);
- spam and other: no reply.
Every suggestion fits the platform's length and carries the tone guard's verdict.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import lru_cache

from matrix_desktop.core.inbox.answers import AnswerEntry, AnswerIndex
from matrix_desktop.core.inbox.tone import ToneIssue, check_tone, default_tone_rules
from matrix_desktop.core.inbox.triage import Category, Triage
from matrix_desktop.core.textlen import WEIBO_LIMIT_UNITS, weibo_units

_SENTENCE = re.compile(r"(?<=[。！？；!?;])")

CRISIS_HOLDING = ("非常抱歉，您反映的情况我们非常重视，已第一时间转交质量与客服负责人。"
                  "请私信留下您的联系方式和产品批号，我们会尽快与您联系核实。")
COMPLAINT_OPENING = "非常抱歉给您带来不好的体验。"
COMPLAINT_FALLBACK = "请私信我们订单号和具体情况，我们会尽快为您核实处理。"
QUESTION_OPENING = "您好！"
QUESTION_FALLBACK = "感谢您的提问，我们已转给相关同事，稍后私信答复您。"
THANKS = (
    "谢谢您的喜欢和支持！星河会继续努力～",
    "收到您的夸奖，小编开心了一整天，谢谢支持！",
    "谢谢认可！有您的支持，我们会把每一口奶做得更好。",
    "感谢您的喜欢，祝您每天都元气满满！",
)


@dataclass(frozen=True)
class ReplySuggestion:
    """A reply ready for review: its text, the manual entries it used, and the tone guard's issues."""

    text: str
    entry_keys: tuple[str, ...]
    tone_issues: tuple[ToneIssue, ...]


def _fit(prefix: str, parts: list[str], limit_units: int) -> str:
    """`prefix` plus as many whole sentences of `parts` as fit within the limit."""
    text, units = prefix, weibo_units(prefix)  # units add up character by character: count each once
    for part in parts:
        for sentence in (s for s in _SENTENCE.split(part) if s):
            units += weibo_units(sentence)
            if units > limit_units:
                return text
            text += sentence
    return text


def _apologises(text: str) -> bool:
    return any(a in text for a in default_tone_rules().apology)


# The categories answered from the manual: without a fitting entry they get no draft, a person writes one.
ANSWERED_FROM_MANUAL = frozenset({Category.COMPLAINT, Category.QUESTION})


def no_entry_fits(category: Category, suggestion: ReplySuggestion | None) -> bool:
    """True when `suggest_reply` made no draft for an item that needs an answer from the manual."""
    return suggestion is None and category in ANSWERED_FROM_MANUAL


def best_entry(text: str, index: AnswerIndex) -> AnswerEntry | None:
    """The manual entry that answers `text`, or None when no entry fits well enough."""
    hits = index.match(text, k=1)
    return hits[0][0] if hits else None


def suggest_reply(item_text: str, author_name: str, triage: Triage, index: AnswerIndex,
                  *, limit_units: int = WEIBO_LIMIT_UNITS) -> ReplySuggestion | None:
    """A reply to `item_text` by `author_name` given its triage; None when no reply should be sent, or when
    a complaint or question has no manual entry that fits (`no_entry_fits`: a person writes that one)."""
    prefix = f"回复@{author_name.strip()}:" if author_name.strip() else ""
    category = triage.category
    entry: AnswerEntry | None = None
    if category in ANSWERED_FROM_MANUAL:
        entry = best_entry(item_text, index)
        if entry is None:
            return None
    answer = entry.answer if entry is not None else None
    thanks = zlib.crc32(item_text.encode("utf-8")) % len(THANKS) if category is Category.PRAISE else 0
    composed = _compose(prefix, category, answer, thanks, limit_units)
    if composed is None:
        return None
    text, issues = composed
    return ReplySuggestion(text, (entry.key,) if entry else (), issues)


@lru_cache(maxsize=8192)
def _compose(prefix: str, category: Category, answer: str | None, thanks: int, limit_units: int,
             ) -> tuple[str, tuple[ToneIssue, ...]] | None:
    """The reply's text and the tone guard's verdict on it. The same author asking about the same entry
    gets the same text, and fans comment in bursts: the fitting and the tone check (two thirds of a
    suggestion's time) run once per (author, category, answer)."""
    if category is Category.CRISIS:
        parts = [CRISIS_HOLDING]
    elif category is Category.COMPLAINT and answer is not None:
        parts = [answer] if _apologises(answer) else [COMPLAINT_OPENING, answer]
    elif category is Category.QUESTION and answer is not None:
        parts = [QUESTION_OPENING, answer]
    elif category is Category.PRAISE:
        parts = [THANKS[thanks]]
    else:
        return None
    text = _fit(prefix, parts, limit_units)
    if text == prefix:  # not even one sentence fits: say the essential thing in private
        text = _fit(prefix, [COMPLAINT_FALLBACK if category is not Category.QUESTION else QUESTION_FALLBACK],
                    limit_units)
    return text, tuple(check_tone(text, replying_to=category, limit_units=limit_units))
