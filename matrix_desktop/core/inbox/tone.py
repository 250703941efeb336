"""The tone guard: every outgoing text (reply, post, forward comment) is checked before it leaves.

Blocking issues stop a text (rough or insulting words, a political stance, an absolute claim the
Advertising Law forbids, over the platform's length, a repeat the platform rejects); warnings ask a
person to look (no apology to a complaint, an unusual 最… word). Each issue explains itself in
Chinese and English and points at the words when it can.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from typing import Any

from matrix_desktop.core.inbox.categories import Category
from matrix_desktop.core.inbox.text import canonical, spans, strip_punctuation
from matrix_desktop.core.textlen import WEIBO_LIMIT_UNITS, weibo_length, weibo_units


class ToneLevel(StrEnum):
    """`block`: the text must not be sent as it is; `warn`: a person should look before sending."""

    BLOCK = "block"
    WARN = "warn"


@dataclass(frozen=True)
class ToneIssue:
    """One problem found in an outgoing text; `span` is (start, end) in the checked text when known."""

    code: str
    level: ToneLevel
    message_zh: str
    message_en: str
    span: tuple[int, int] | None


@dataclass(frozen=True)
class ToneRules:
    """The guard's word lists (`data/tone_rules.json`), canonicalised."""

    rough: tuple[str, ...]
    political: tuple[str, ...]
    absolute: tuple[str, ...]
    first_allowed: tuple[str, ...]
    zui_allowed: frozenset[str]
    apology: tuple[str, ...]


@lru_cache(maxsize=1)
def default_tone_rules() -> ToneRules:
    """The shipped tone rules."""
    raw = resources.files("matrix_desktop.core.inbox").joinpath("data/tone_rules.json").read_text("utf-8")
    data = json.loads(raw)

    def words(key: str) -> tuple[str, ...]:
        return tuple(canonical(w) for w in data[key])

    return ToneRules(words("rough"), words("political"), words("absolute"), words("first_allowed"),
                     frozenset(words("zui_allowed")), words("apology"))


_FIRST = re.compile(r"第一")
_ASCII_WORD = re.compile(r"[a-z0-9]")


@lru_cache(maxsize=8)
def _any_listed(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that finds whether any of `words` occurs at all: most replies hold none, and then the
    word-by-word search (some 90 `find`s, a third of a suggestion's cost) is not needed."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w) or r"(?!)")


def _find_all(haystack: str, needle: str) -> list[int]:
    out, start = [], haystack.find(needle)
    while start != -1:
        # A Latin term such as "sb" must stand alone, not sit inside "usb" or "sbs".
        before = haystack[start - 1] if start else ""
        after = haystack[start + len(needle)] if start + len(needle) < len(haystack) else ""
        glued = bool(_ASCII_WORD.match(before or " ") or _ASCII_WORD.match(after or " "))
        if not (_ASCII_WORD.match(needle[0]) and glued):
            out.append(start)
        start = haystack.find(needle, start + 1)
    return out


def check_tone(text: str, *, replying_to: Category | None = None, previous_texts: Sequence[str] = (),
               limit_units: int = WEIBO_LIMIT_UNITS, rules: ToneRules | None = None) -> list[ToneIssue]:
    """Every tone issue of `text`, blocking ones first. An empty list means it may be sent."""
    r = rules or default_tone_rules()
    canon = canonical(text)
    same_length = len(canon) == len(text)  # spans point into `text` only when normalising kept offsets

    def span(start: int, length: int) -> tuple[int, int] | None:
        return (start, start + length) if same_length else None

    issues: list[ToneIssue] = []
    if not text.strip():
        issues.append(ToneIssue("empty", ToneLevel.BLOCK, "内容为空。", "The text is empty.", None))
        return issues
    listed = _any_listed(r.rough + r.political + r.absolute).search(canon) is not None
    for word in r.rough if listed else ():
        for at in _find_all(canon, word):
            issues.append(ToneIssue(
                "rough", ToneLevel.BLOCK, f"含有粗鲁或冒犯的用语「{word}」，请改为礼貌表达。",
                f"Rough or insulting wording \"{word}\"; rephrase politely.", span(at, len(word))))
    for word in r.political if listed else ():
        for at in _find_all(canon, word):
            issues.append(ToneIssue(
                "political", ToneLevel.BLOCK, f"涉及政治立场话题「{word}」，企业账号不应表态。",
                f"A political stance topic (\"{word}\"): a company account takes no side.",
                span(at, len(word))))
    flagged: set[int] = set()
    for word in r.absolute if listed else ():
        for at in _find_all(canon, word):
            flagged.add(at)
            issues.append(ToneIssue(
                "absolute_claim", ToneLevel.BLOCK, f"「{word}」属于《广告法》禁止的绝对化用语。",
                f"\"{word}\" is an absolute claim forbidden by China's Advertising Law.", span(at, len(word))))
    for m in _FIRST.finditer(canon):
        if not any(canon.startswith(ok, m.start()) for ok in r.first_allowed):
            issues.append(ToneIssue(
                "absolute_claim", ToneLevel.BLOCK, "「第一」作为排名宣传属于《广告法》禁止的绝对化用语（「第一时间」等除外）。",
                "\"第一\" as a ranking is an absolute claim the Advertising Law forbids (\"第一时间\" is fine).",
                span(m.start(), 2)))
    words = spans(canon) if "最" in canon else []  # jieba only when there is a 最 to judge
    for i, (word, start, end) in enumerate(words):
        if word == "最" and i + 1 < len(words) and strip_punctuation(words[i + 1][0]):
            # jieba often cuts 最满意 into 最 + 满意: judge the pair as one word.
            word, end = word + words[i + 1][0], words[i + 1][2]
        if word.startswith("最") and len(word) > 1 and word not in r.zui_allowed and start not in flagged:
            issues.append(ToneIssue(
                "superlative", ToneLevel.WARN, f"「{word}」可能是绝对化用语，请确认不是在宣传产品。",
                f"\"{word}\" may be an absolute claim; make sure it does not advertise.",
                span(start, end - start)))
    units = weibo_units(text)
    if units > limit_units:
        issues.append(ToneIssue(
            "too_long", ToneLevel.BLOCK,
            f"长度 {weibo_length(text)} 字，超过平台上限 {limit_units // 2} 字。",
            f"{weibo_length(text)} characters; the platform allows {limit_units // 2}.", None))
    stripped = text.strip()
    if any(stripped == p.strip() for p in previous_texts):
        issues.append(ToneIssue(
            "repeated", ToneLevel.BLOCK, "与之前发出的内容完全相同，平台会拒绝重复内容。",
            "Identical to a text already sent; the platform rejects repeats.", None))
    if replying_to in (Category.COMPLAINT, Category.CRISIS) and not any(a in canon for a in r.apology):
        issues.append(ToneIssue(
            "missing_apology", ToneLevel.WARN, "回复投诉时应先致歉（如「非常抱歉」）。",
            "A reply to a complaint should open with an apology (e.g. 非常抱歉).", None))
    issues.sort(key=lambda i: (i.level is not ToneLevel.BLOCK, i.span or (1 << 30, 0)))
    return issues


def issue_json(i: ToneIssue) -> dict[str, Any]:
    """A tone issue as stored beside a draft."""
    return {"code": i.code, "level": i.level.value, "message_zh": i.message_zh, "message_en": i.message_en}


def blocking_words(issues: Sequence[ToneIssue]) -> list[str]:
    """The blocking issues in both languages, for the refusal a person reads."""
    return [f"{i.message_zh} ({i.message_en})" for i in issues if i.level is ToneLevel.BLOCK]
