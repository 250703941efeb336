"""Comment templates and the variation that keeps every forward's text distinct.

A template is plain text with `{author}`, `{title}`, `{slogan}` (the forwarding account's own slogan)
and `{name}` (the forwarding account's screen name); `{{` and `}}` write a literal brace.

The platform rejects a text an account already posted (20019) and people recognise a burst of
identical reposts as "zombie forwarding" (seed 000). So each forward gets its own text: first the
templates as written, then deterministic variants that add what people actually type — an opener, a
short closing phrase, a mark, a Weibo emoticon — drawn from small curated pools, never random characters.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.textlen import fits_weibo

KNOWN_VARIABLES: tuple[str, ...] = ("author", "title", "slogan", "name")

DEFAULT_TEMPLATES: tuple[str, ...] = (
    "{author}的新动态，值得一看",
    "好消息分享给大家：{title}",
    "推荐阅读：{title}",
    "{author}发布了新内容，一起来看看",
    "来自{author}的分享：{title}",
    "{title}，说得很好",
)

# The pools the variants draw from. Index 0 of each is "nothing", so variant 0 is the text as written.
OPENERS: tuple[str, ...] = ("", "推荐！", "分享：", "刚看到，", "大家看看：", "好内容，", "顶一下：", "必须转：")
CLOSINGS: tuple[str, ...] = (
    "", "，支持一下", "，转给大家看看", "，一起加油", "，期待", "，点赞", "，值得关注", "，说得好",
    "，很有收获", "，推荐大家看看", "，必须支持", "，为团队打call",
)
MARKS: tuple[str, ...] = ("", "！", "～", "。")
EMOJI: tuple[str, ...] = ("", "👍", "[赞]", "[鼓掌]", "[good]", "[给力]", "[心]", "💪", "👏", "[威武]", "[加油]")

# Words (and the colon) a comment would not say twice: "推荐！推荐阅读：…" reads machine-made.
_KEYWORDS: tuple[str, ...] = ("：", "推荐", "分享", "看看", "支持", "值得", "说得", "一起", "期待", "点赞", "必须", "好内容")
# At most three additions at once: an opener, a closing, a mark and an emoticon together look stuffed.
_MAX_ADDITIONS = 3


def _combinations() -> tuple[tuple[int, int, int, int], ...]:
    """Every (opener, closing, mark, emoji) index tuple, lightest first: one addition, then two, then three."""
    combos = [
        (o, c, m, e)
        for o in range(len(OPENERS)) for c in range(len(CLOSINGS))
        for m in range(len(MARKS)) for e in range(len(EMOJI))
    ]
    combos = [k for k in combos if 0 < sum(1 for x in k if x) <= _MAX_ADDITIONS]
    combos.sort(key=lambda k: sum(1 for x in k if x))
    return tuple(combos)


_COMBOS = _combinations()
# Where each weight of addition starts and ends in _COMBOS: variants are shuffled within a weight only.
_LEVELS: tuple[tuple[int, int], ...] = tuple(
    (lo, hi) for lo, hi in (
        (next(i for i, k in enumerate(_COMBOS) if sum(1 for x in k if x) == w),
         max(i for i, k in enumerate(_COMBOS) if sum(1 for x in k if x) == w) + 1)
        for w in range(1, _MAX_ADDITIONS + 1)
    )
)
VARIANT_COUNT = len(_COMBOS) + 1  # plus variant 0, the text as written
_END_PUNCT = "。！!.～~，,"

# A literal brace pair, a placeholder, or a stray brace (which is an error).
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

_Part = tuple[bool, str]  # (is_variable, literal text or variable name)


@lru_cache(maxsize=4096)
def _parse(template: str) -> tuple[tuple[_Part, ...], tuple[str, ...]]:
    """The template's parts and its problems; cached because a plan renders few templates many times."""
    parts: list[_Part] = []
    problems: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(template):
        if m.start() > pos:
            parts.append((False, template[pos:m.start()]))
        token = m.group(0)
        if token in ("{{", "}}"):
            parts.append((False, token[0]))
        elif token in ("{", "}"):
            problems.append(f"unmatched {token!r} at character {m.start() + 1} (write {token * 2} for a brace)")
        else:
            name = (m.group(1) or "").strip()
            if not _NAME.match(name):
                problems.append(f"{{{m.group(1)}}} is not a variable name")
            parts.append((True, name))
        pos = m.end()
    if pos < len(template):
        parts.append((False, template[pos:]))
    return tuple(parts), tuple(problems)


def template_variables(template: str) -> frozenset[str]:
    """The variable names a template uses."""
    parts, _ = _parse(template)
    return frozenset(value for is_var, value in parts if is_var)


def validate_template(template: str) -> list[str]:
    """Every problem with a template, in words; empty when it is valid."""
    parts, problems = _parse(template)
    out = list(problems)
    if not template.strip():
        out.append("the template is empty")
    for is_var, name in parts:
        if is_var and name and _NAME.match(name) and name not in KNOWN_VARIABLES:
            out.append(f"unknown variable {{{name}}} (known: {', '.join('{' + k + '}' for k in KNOWN_VARIABLES)})")
    if not out and not fits_weibo(template):
        out.append("the template alone is longer than Weibo allows (140 汉字)")
    return out


def render(template: str, variables: Mapping[str, str]) -> str:
    """Fill in a template. A variable missing from `variables` is a ValidationError naming it."""
    parts, problems = _parse(template)
    if problems:
        raise ValidationError([f"template {template!r}: {p}" for p in problems])
    out: list[str] = []
    for is_var, value in parts:
        if is_var:
            if value not in variables:
                raise ValidationError(f"template {template!r}: unknown variable {{{value}}}")
            out.append(variables[value])
        else:
            out.append(value)
    return "".join(out)


@lru_cache(maxsize=4096)
def _affine(seed: int, base: str, n: int) -> tuple[int, int]:
    """A seeded bijection k -> (a*k + b) mod n, different per base text, so variants are not in pool order."""
    digest = hashlib.blake2b(f"{seed}\x1f{base}".encode(), digest_size=16).digest()
    if n == 1:
        return 1, 0
    a = int.from_bytes(digest[:8], "big") % n or 1
    while math.gcd(a, n) != 1:
        a = a % (n - 1) + 1
    return a, int.from_bytes(digest[8:], "big") % n


def vary(text: str, index: int, seed: int = 0) -> str:
    """Variant number `index` (0 ≤ index < VARIANT_COUNT) of `text`; variant 0 is `text` itself.

    Distinct indexes give distinct variants. Lower indexes add less (one addition before two); within
    the same weight the order depends on the seed and the text, so accounts do not all add "👍" first.
    """
    if not 0 <= index < VARIANT_COUNT:
        raise ValueError(f"variant index {index} outside 0..{VARIANT_COUNT - 1}")
    if index == 0:
        return text
    j = index - 1
    for lo, hi in _LEVELS:
        if j < hi:
            a, b = _affine(seed, text, hi - lo)
            j = lo + (a * (j - lo) + b) % (hi - lo)
            break
    o, c, mk, e = _COMBOS[j]
    opener, closing, mark, emoji = OPENERS[o], CLOSINGS[c], MARKS[mk], EMOJI[e]
    core = text.rstrip(_END_PUNCT) if (closing or mark) else text
    return f"{opener}{core or text}{closing}{mark}{emoji}"


def _reads_naturally(base: str, variant: str) -> bool:
    """False when an addition repeats a word the text already says ("推荐！推荐阅读…")."""
    return all(variant.count(w) <= max(1, base.count(w)) for w in _KEYWORDS)


class DistinctTexts:
    """Hands out comment texts no other forward of the plan has, and none an account already used.

    One instance serves one plan. Each base text keeps a cursor into its variants, so handing out
    thousands of texts costs time proportional to their number, not to its square.
    """

    def __init__(self, seed: int, taken: Iterable[str] = ()) -> None:
        self._seed = seed
        self._taken: set[str] = set(taken)
        self._cursor: dict[str, int] = {}
        self._bases: dict[tuple[str, tuple[str, ...]], str | None] = {}

    @property
    def taken(self) -> frozenset[str]:
        return frozenset(self._taken)

    def pick(self, templates: Sequence[str], variables: Mapping[str, str], *, first: int = 0,
             avoid: Collection[str] = ()) -> str | None:
        """A fresh text from `templates` (tried from index `first`, wrapping), or None if none is left.

        Templates that need a variable missing or empty in `variables`, or that render too long for
        Weibo, are passed over. `avoid` holds texts this account already used on the post.
        """
        filled = {k: v for k, v in variables.items() if v}
        bases: list[str] = []
        for i in range(len(templates)):
            base = self._base(templates[(first + i) % len(templates)], filled)
            if base is not None and base not in bases:
                bases.append(base)
        # The texts as written first: people write them, variants are the fallback.
        for base in bases:
            if base not in self._taken and base not in avoid:
                self._taken.add(base)
                return base
        for base in bases:
            text = self._next_variant(base, avoid)
            if text is not None:
                self._taken.add(text)
                return text
        return None

    def _base(self, template: str, filled: Mapping[str, str]) -> str | None:
        """The template filled in, or None if it lacks a variable or is too long; memoised per values."""
        needed = template_variables(template)
        if not needed <= filled.keys():
            return None
        key = (template, tuple(filled[v] for v in sorted(needed)))
        if key not in self._bases:
            base = render(template, filled)
            self._bases[key] = base if base.strip() and fits_weibo(base) else None
        return self._bases[key]

    def _next_variant(self, base: str, avoid: Collection[str]) -> str | None:
        k = self._cursor.get(base, 1)
        while k < VARIANT_COUNT:
            text = vary(base, k, self._seed)
            if text in self._taken or not fits_weibo(text) or not _reads_naturally(base, text):
                k += 1
                self._cursor[base] = k  # gone for every account: never look at it again
                continue
            if text in avoid:
                k += 1  # gone for this account only: leave the cursor for the others
                continue
            return text
        return None
