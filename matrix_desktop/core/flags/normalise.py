"""Text normalisation for matching company names, with a map back to the original offsets.

Weibo profiles mix traditional and simplified characters (華為/华为), full-width and half-width
forms (ＣＥＯ/CEO, ，/,) and any letter case. The matcher compares one canonical form — NFKC, lower
case, simplified Chinese (OpenCC `t2s`) — but the evidence it reports must point into the text the
user sees, so every normalised character remembers the index of the original character it came from.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

_local = threading.local()


def _converter() -> Any:
    # One OpenCC converter per thread: building it loads dictionaries (cheap, but not free), and the
    # C++ object is not documented as safe to share between threads.
    conv = getattr(_local, "t2s", None)
    if conv is None:
        import opencc

        conv = opencc.OpenCC("t2s")
        _local.t2s = conv
    return conv


def to_simplified(text: str) -> str:
    """Traditional Chinese to simplified (character level, OpenCC `t2s`)."""
    if text.isascii():
        return text
    return str(_converter().convert(text))


@dataclass(frozen=True)
class NormText:
    """A normalised text and, for each of its characters, the index of the original character."""

    original: str
    text: str
    origin: tuple[int, ...] | None  # None: identity map (the common case, kept cheap)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that produced `text[start:end]`."""
        if self.origin is None:
            return start, end
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else len(self.original)
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


@functools.lru_cache(maxsize=65536)
def _nfkc_char(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch)


def _per_char(chars: list[str], origin: list[int], fn: Any) -> tuple[list[str], list[int]]:
    out: list[str] = []
    out_origin: list[int] = []
    for ch, o in zip(chars, origin, strict=True):
        for piece in fn(ch):
            out.append(piece)
            out_origin.append(o)
    return out, out_origin


def normalise(text: str) -> NormText:
    """NFKC (full-width to half-width), lower case, traditional to simplified; offsets kept."""
    step = unicodedata.normalize("NFKC", text)
    identity = True
    chars: list[str] = []
    origin: list[int] = []
    if step != text:
        # NFKC may expand one character into several (e.g. "㈱") or compose pairs; do it per character
        # so each output character knows its source. The common case — full-width punctuation, one
        # character for one — keeps the identity map.
        pieces = [_nfkc_char(c) for c in text]
        step = "".join(pieces)
        if len(step) != len(text):
            identity = False
            chars, origin = _per_char(list(text), list(range(len(text))), _nfkc_char)
    lowered = step.lower()
    if len(lowered) != len(step):
        if identity:
            chars, origin, identity = list(step), list(range(len(step))), False
        chars, origin = _per_char(chars, origin, str.lower)
        lowered = "".join(chars)
    simplified = to_simplified(lowered)
    if len(simplified) != len(lowered):
        # t2s is character-for-character for almost everything; fall back to per-character conversion
        # in the rare case a phrase rule changed the length, so offsets stay exact.
        if identity:
            chars, origin, identity = list(lowered), list(range(len(lowered))), False
        chars, origin = _per_char(chars, origin, to_simplified)
        simplified = "".join(chars)
    return NormText(original=text, text=simplified, origin=None if identity else tuple(origin))


def normalise_term(term: str) -> str:
    """The canonical form of a name the admin typed (same rules as profile text, whitespace squeezed)."""
    return " ".join(normalise(term).text.split())
