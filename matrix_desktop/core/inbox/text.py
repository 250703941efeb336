"""Normalising real Weibo text before anyone reads it for meaning.

A Weibo comment is rarely plain prose: a repost carries the whole chain it forwards
(`我的话//@甲: 甲的话//@乙: 乙的话`), replies start with `回复@名字:`, topics sit between `#…#`,
emotions are Unicode emoji or the platform's bracket codes (`[二哈]`, `[微笑]`), fans write in
traditional characters and full-width letters. Everything here turns that into the author's own
words in one canonical form (NFKC, simplified, lower case) and keeps the pieces aside.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

_REPOST_SPLIT = re.compile(r"//\s*@")
_REPLY_PREFIX = re.compile(r"^\s*回复\s*@[^:\s]{1,30}\s*:\s*")
_URL = re.compile(r"(?:https?://|www\.)[^\s\u4e00-\u9fff，。！？]+|\bt\.cn/[a-z0-9]+", re.IGNORECASE)
_MENTION = re.compile(r"@[\w\u4e00-\u9fff\-]{1,30}")
_TOPIC = re.compile(r"#([^#\n]{1,60})#")
_EMOJI_CODE = re.compile(r"\[([^\[\]\s]{1,8})\]")
# Pictographs, dingbats and symbols plus the joiners and variation selectors that glue them together.
_EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u2300-\u23FF\u3030\u303D\u3297\u3299]"
    "[\uFE0F\u200D\U0001F3FB-\U0001F3FF]*"
)
_SPACES = re.compile(r"\s+")

_t2s_lock = threading.Lock()
_jieba_lock = threading.Lock()
_jieba_ready = False
_words_lock = threading.Lock()
_words_cut: Callable[[str], list[str]] | None = None


@lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified characters with OpenCC (character level; vocabulary is kept)."""
    if not text:
        return text
    with _t2s_lock:  # the C++ converter is not documented as thread-safe
        return str(_converter().convert(text))


@lru_cache(maxsize=8192)
def canonical(text: str) -> str:
    """NFKC (full-width letters, digits and punctuation become half-width), simplified, lower case.

    Kept for the last few thousand texts: an ingest batch is read by triage, then by the full-text rows
    and the search column, each starting from this form (OpenCC's conversion is most of its cost)."""
    return to_simplified(unicodedata.normalize("NFKC", text)).lower()


def tokens(text: str) -> list[str]:
    """Words of `text` by jieba, without whitespace and punctuation tokens.

    jieba builds its dictionary on first use (about a second) and announces it on stderr; we silence
    that and build it lazily so importing the inbox stays cheap.
    """
    return [t for t in _jieba().lcut(text) if strip_punctuation(t)]


def _jieba() -> Any:
    import jieba

    if not _jieba_ready:
        _build_jieba()
    return jieba


def _build_jieba() -> None:
    """jieba's dictionary, built from its word list in Python rather than by `jieba.initialize()`.

    jieba's own start-up unmarshals a cached dictionary in one C call that holds the GIL for a quarter
    to half a second: whichever thread first needs the words, the GUI thread would freeze meanwhile.
    Built from the word list in Python instead, the work yields the GIL every few milliseconds; it takes
    longer, and it happens once per process, on the thread that first needs it.
    """
    global _jieba_ready
    import jieba

    with _jieba_lock:
        if _jieba_ready:
            return
        jieba.setLogLevel(logging.WARNING)
        dt = jieba.dt
        with dt.lock:
            if not dt.initialized:
                dt.FREQ, dt.total = dt.gen_pfdict(dt.get_dict_file())
                dt.initialized = True
        _jieba_ready = True


def warm_segmenter() -> None:
    """Build the segmenters now, on the calling thread, without stalling other threads (`_build_jieba`):
    the worker process does it before its first sync needs them."""
    _build_jieba()
    word_cutter()


def word_cutter() -> Callable[[str], list[str]]:
    """jieba's words of a text without the HMM for unknown words (`jieba.lcut(text, HMM=False)`), fast.

    Triage reads every comment's words: jieba's Python DAG search was the costliest step of a verdict
    (about 45 µs of a comment's 270). rjieba (jieba-rs) cuts the same words from the same dictionary
    about fifteen times faster. Its package builds a default segmenter on import, in one Rust call that
    holds the interpreter lock for about a second; we load its extension without that and fill an
    empty segmenter with jieba's own dictionary from Python, word by word, so the lock is released
    every few milliseconds (a worker warming it never freezes the GUI thread) and the words are
    jieba's exactly. Without rjieba installed, jieba itself cuts.
    """
    global _words_cut
    cut = _words_cut
    if cut is not None:
        return cut
    with _words_lock:
        if _words_cut is None:
            _words_cut = _build_word_cutter()
        return _words_cut


def _build_word_cutter() -> Callable[[str], list[str]]:
    spec = importlib.util.find_spec("rjieba")
    found = sorted(Path(spec.origin).parent.glob("rjieba.*")) if spec and spec.origin else []
    binaries = [p for p in found if p.suffix in (".so", ".pyd")]
    jieba_spec = importlib.util.find_spec("jieba")
    dictionary = Path(jieba_spec.origin).parent / "dict.txt" if jieba_spec and jieba_spec.origin else None
    if not binaries or dictionary is None or not dictionary.is_file():
        jb = _jieba()
        return lambda text: list(jb.cut(text, HMM=False))
    loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", str(binaries[0]))
    ext_spec = importlib.util.spec_from_file_location("rjieba.rjieba", str(binaries[0]), loader=loader)
    assert ext_spec is not None
    ext = importlib.util.module_from_spec(ext_spec)
    loader.exec_module(ext)
    segmenter = ext.Jieba.empty()
    add = segmenter.add_word
    with dictionary.open(encoding="utf-8") as f:  # jieba's dict.txt: "word freq [tag]" a line
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                add(parts[0], int(parts[1]), parts[2] if len(parts) > 2 else None)
    cut: Callable[[str, bool], list[str]] = segmenter.cut
    return lambda text: cut(text, False)


def spans(text: str) -> list[tuple[str, int, int]]:
    """jieba words of `text` with their start and end offsets (punctuation included)."""
    return [(w, start, end) for w, start, end in _jieba().tokenize(text)]


@dataclass(frozen=True)
class RepostLink:
    """One earlier voice in a repost chain: who said it and what they said (canonical form)."""

    name: str
    text: str


class NormalizedText(NamedTuple):
    """A Weibo text taken apart (a named tuple: immutable, and cheaper to make than a frozen dataclass,
    once for every comment triaged).

    `own` is the author's own words in canonical form with emoji and links still in it (spam lives
    there); `plain` is the same words with links, mentions, emoji codes, emoji and `#` marks removed
    (topic words stay: `#星河酸奶喝出虫子#` is the author speaking); `chain` holds the reposted voices.
    """

    original: str
    own: str
    plain: str
    chain: tuple[RepostLink, ...]
    topics: tuple[str, ...]
    emoji_codes: tuple[str, ...]
    emoji: tuple[str, ...]
    mentions: tuple[str, ...]
    urls: tuple[str, ...]


def normalize(text: str) -> NormalizedText:
    """Take a Weibo text apart: own words, repost chain, topics, emoji, mentions and links."""
    canon = canonical(text)
    parts = _REPOST_SPLIT.split(canon)
    own = _REPLY_PREFIX.sub("", parts[0]).strip()
    chain: list[RepostLink] = []
    for part in parts[1:]:
        name, sep, said = part.partition(":")
        chain.append(RepostLink(name.strip(), said.strip()) if sep else RepostLink("", part.strip()))
    urls = tuple(_URL.findall(own))
    rest = _URL.sub(" ", own)
    mentions = tuple(m[1:] for m in _MENTION.findall(rest))
    rest = _MENTION.sub(" ", rest)
    topics = tuple(t.strip() for t in _TOPIC.findall(rest))
    rest = rest.replace("#", " ")
    codes = tuple(_EMOJI_CODE.findall(rest))
    rest = _EMOJI_CODE.sub(" ", rest)
    emoji = tuple(_EMOJI.findall(rest))
    rest = _EMOJI.sub(" ", rest)
    plain = _SPACES.sub(" ", rest).strip()
    return NormalizedText(text, own, plain, tuple(chain), topics, codes, emoji, mentions, urls)


class _Unpunctuated(dict[int, int | None]):
    """The `str.translate` table of `strip_punctuation`, filled in per character on first sight: one C
    call per text instead of a Unicode lookup per character in Python (triage strips every comment)."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.category(chr(code))[0] in "PSZ" else code
        self[code] = value
        return value


_UNPUNCTUATED = _Unpunctuated()


def strip_punctuation(text: str) -> str:
    """`text` without punctuation, symbols and spaces: what is left to compare of a short echo."""
    return text.translate(_UNPUNCTUATED)
