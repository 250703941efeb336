"""The words of the forwards: lines that fit the post's kind and the forwarder's role, and never a chorus.

Seed 000's "zombie forwarding" is thirty accounts saying the same sentence with a different emoji. What
people actually do is plainer: many just repost, a few say a short thing of their own, and what they say
fits the post — nobody writes 好消息 under a statement about a rumour. So:

* the post's kind (`posts.post_kind`) chooses the register, the forwarder's role the voice;
* a share of the forwarders (by role) repost plainly, with no comment (the platform shows 转发微博);
* no two comments of one plan share more than half their character bigrams (`similarity`, Jaccard), and
  no account gets a text it forwarded in the last 30 days;
* a serious post (a statement) gets no celebration: no 好消息, no 点赞, no exclamation, no emoticon.

The built-in lines are data (`data/voice.json`); the team replaces a kind and role's lines with its own.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import combinations

from matrix_desktop.core.accounts import AccountRole
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.forwarding.posts import PostKind
from matrix_desktop.core.forwarding.templates import validate_template

#: No two comments of a plan share more than this share of their character bigrams (Jaccard).
SIMILARITY_BOUND = 0.5
#: An account does not say again what it said in this many days.
RECENT_DAYS = 30
#: What the platform writes for a repost without a comment of its own.
PLAIN_REPOST_TEXT = "转发微博"

# Celebration: words, marks and emoticons that do not belong under a statement.
_CELEBRATION_WORDS: tuple[str, ...] = (
    "好消息", "喜讯", "打call", "点赞", "给力", "恭喜", "庆祝", "太棒", "威武", "必须支持", "必须转", "冲一波",
    "哈哈", "开心", "激动", "耶", "赞", "好内容", "值得一看", "说得很好", "期待",
)
_EMOTICON = re.compile(r"\[[^\[\]]{1,8}\]")
_EXCLAIM = ("！", "!")


def bigrams(text: str) -> frozenset[str]:
    """The character bigrams of `text`, whitespace removed (what "sharing wording" means here)."""
    return _bigrams(text)


@lru_cache(maxsize=65536)
def _bigrams(text: str) -> frozenset[str]:
    t = "".join(ch for ch in text if not ch.isspace())
    return frozenset(t[i:i + 2] for i in range(len(t) - 1))


def similarity(a: str, b: str) -> float:
    """The share of character bigrams two texts have in common (Jaccard; 0 when either has none)."""
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    common = len(x & y)
    return common / (len(x) + len(y) - common)


def is_plain(text: str) -> bool:
    """A plain repost: no comment of its own."""
    return not text.strip() or text.strip() == PLAIN_REPOST_TEXT


def closest_pair(texts: Iterable[str]) -> tuple[float, str, str]:
    """The most similar pair among the comments (plain reposts left out): (similarity, a, b)."""
    said = sorted({t for t in texts if not is_plain(t)})
    best = (0.0, "", "")
    for a, b in combinations(said, 2):
        s = similarity(a, b)
        if s > best[0]:
            best = (s, a, b)
    return best


def celebration(text: str) -> list[str]:
    """What in `text` celebrates: words, an exclamation mark, emoticons and emoji (empty when sober)."""
    found = [w for w in _CELEBRATION_WORDS if w in text.lower()]
    if any(m in text for m in _EXCLAIM):
        found.append("！")
    found.extend(_EMOTICON.findall(text))
    found.extend(ch for ch in text if unicodedata.category(ch) == "So")
    return found


def unfit(text: str, kind: PostKind) -> list[str]:
    """Why `text` does not fit a post of `kind`, in words (empty when it fits)."""
    if kind.serious:
        found = celebration(text)
        if found:
            return [f"celebrates a {kind.value} ({'、'.join(dict.fromkeys(found))})"]
    return []


@dataclass(frozen=True)
class VoiceBook:
    """The lines per post kind and role, and the share of plain reposts per role."""

    lines: Mapping[str, Mapping[str, tuple[str, ...]]]
    plain: Mapping[str, float] = field(default_factory=dict)

    def for_(self, kind: PostKind, role: AccountRole) -> tuple[str, ...]:
        return self.lines.get(kind.value, {}).get(role.value, ())

    def plain_share(self, role: AccountRole) -> float:
        return float(self.plain.get(role.value, 0.0))

    def with_lines(self, overrides: Mapping[str, Mapping[str, Sequence[str]]]) -> VoiceBook:
        """This book with the team's lines in place of the built-in ones for each kind and role given."""
        merged = {k: dict(v) for k, v in self.lines.items()}
        for kind, roles in overrides.items():
            for role, lines in roles.items():
                merged.setdefault(kind, {})[role] = tuple(lines)
        return VoiceBook(merged, self.plain)


def validate_lines(kind: str, role: str, lines: Sequence[str]) -> list[str]:
    """Every problem with a set of lines the team wants for `kind` and `role`, in words."""
    problems: list[str] = []
    kinds = {k.value for k in PostKind}
    if kind not in kinds:
        problems.append(f"unknown post kind {kind!r} (known: {', '.join(sorted(kinds))})")
    roles = {r.value for r in AccountRole}
    if role not in roles:
        problems.append(f"unknown role {role!r} (known: {', '.join(sorted(roles))})")
    for n, line in enumerate(lines, start=1):
        problems.extend(f"line {n}: {p}" for p in validate_template(line))
        if kind in kinds and not problems:
            problems.extend(f"line {n}: {p}" for p in unfit(line, PostKind(kind)))
    return problems


@lru_cache(maxsize=1)
def default_voice() -> VoiceBook:
    """The built-in lines (`data/voice.json`)."""
    raw = json.loads(resources.files("matrix_desktop.core.forwarding").joinpath("data/voice.json")
                     .read_text("utf-8"))
    lines = {k: {r: tuple(v) for r, v in roles.items()} for k, roles in raw.items()
             if not k.startswith("_") and k != "plain"}
    for kind in PostKind:
        if kind.value not in lines:
            raise ValidationError(f"voice.json has no lines for {kind.value}")
    return VoiceBook(lines, dict(raw.get("plain", {})))


class Chorus:
    """The comments of one plan so far, and whether a new one would sound like one of them.

    An inverted index from bigram to comments makes the check cost what the new text shares, not the
    plan's size, so a 5,000-account plan is planned as fast as a small one.
    """

    def __init__(self, bound: float = SIMILARITY_BOUND, said: Iterable[str] = ()) -> None:
        self.bound = bound
        self._sizes: list[int] = []
        self._index: dict[str, list[int]] = {}
        self._texts: set[str] = set()
        for t in said:
            self.add(t)

    def __contains__(self, text: str) -> bool:
        return text in self._texts

    def fits(self, text: str) -> bool:
        """True when `text` is not a repeat and shares at most `bound` of its bigrams with every comment."""
        if is_plain(text):
            return True
        if text in self._texts:
            return False
        grams = _bigrams(text)
        if not grams:
            return True
        common: Counter[int] = Counter()
        for g in grams:
            for i in self._index.get(g, ()):
                common[i] += 1
        n = len(grams)
        return all(c / (n + self._sizes[i] - c) <= self.bound for i, c in common.items())

    def add(self, text: str) -> None:
        if is_plain(text) or text in self._texts:
            return
        self._texts.add(text)
        i = len(self._sizes)
        grams = _bigrams(text)
        self._sizes.append(len(grams))
        for g in grams:
            self._index.setdefault(g, []).append(i)


def too_similar(texts: Sequence[str], bound: float = SIMILARITY_BOUND) -> list[tuple[int, int, float]]:
    """Index pairs of comments sharing more than `bound` of their bigrams (plain reposts left out)."""
    index: dict[str, list[int]] = {}
    out: list[tuple[int, int, float]] = []
    for j, t in enumerate(texts):
        if is_plain(t):
            continue
        grams = _bigrams(t)
        common: Counter[int] = Counter()
        for g in grams:
            for i in index.get(g, ()):
                common[i] += 1
        for i, c in common.items():
            s = c / (len(grams) + len(_bigrams(texts[i])) - c)
            if s > bound and texts[i] != t:
                out.append((i, j, s))
        for g in grams:
            index.setdefault(g, []).append(j)
    return out
