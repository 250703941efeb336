"""The learned triage model: character n-grams, jieba words and the rules' scores in one linear model.

Why learned: the hand-written word lists scored 0.94 macro-F1 on the company they were written for and
0.59 on anyone else's comments; most misses were questions without the listed words, praise in slang
and crises told as a story. A linear model over character n-grams (which also read typos, slang and
half-words) learns those from a labelled corpus of many companies (`resources/corpus/triage/`), and
stays explainable: every verdict names the features that weighed most.

The rules are not thrown away. Their per-category scores are features, and the crisis score is also a
guard: a strong crisis word the rules trust turns a verdict into crisis even when the model alone
would not (crisis recall matters more than crisis precision: a missed crisis is the expensive error).

Probabilities are calibrated by one temperature fitted on out-of-fold predictions (folds by company,
so the temperature reflects text from companies the model has not seen). The crisis threshold is
chosen on the same out-of-fold predictions for recall.

The model is plain data (`TriageModel`: vocabularies, idf, coefficients) saved as gzip'd JSON, so it
ships in the package without pickles and loads in any scikit-learn version; scikit-learn is needed
only to train.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import add
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from matrix_desktop.core.inbox.text import (
    NormalizedText,
    canonical,
    normalize,
    strip_punctuation,
    word_cutter,
)

CATEGORIES = ("crisis", "complaint", "question", "praise", "spam", "other")
MODEL_VERSION = 1
CORRECTION_WEIGHT = 6.0  # one person's correction counts as this many corpus examples
_URL = re.compile(r"(?:https?://|www\.)[^\s\u4e00-\u9fff，。！？]+|\bt\.cn/[a-z0-9]+|[a-z0-9-]+\.(?:cc|top|vip|xyz)\b",
                  re.IGNORECASE)
_MENTION = re.compile(r"@[\w\u4e00-\u9fff\-]{1,30}")
_CONTACT = re.compile(
    r"(?:v|vx|wx|微信|威信|v信|q|qq|扣扣|薇|➕v|加v|加q)\s*[:：]?\s*[a-z0-9_]{4,}|1[3-9]\d{9}|1[3-9]\d{2}\d{4}x{4}|\d{8,}",
    re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_QUESTION_END = re.compile(r"(吗|么|嘛|呢|没|不|啥|几|多少|哪|怎么办|如何|是不是|有没有|能不能|可不可以)[\s。.~～]*$")
URL_MARK = " ⓤ "
MENTION_MARK = " ⓜ "


@dataclass(frozen=True)
class CorpusItem:
    """One labelled comment of the corpus: which company it was written to, and what it is."""

    id: str
    company: str
    industry: str
    text: str
    category: str
    note: str = ""


def load_corpus(directory: Path | str) -> list[CorpusItem]:
    """Every item of the `*.jsonl` files directly in `directory` (sorted by file name, so deterministic)."""
    items: list[CorpusItem] = []
    for path in sorted(Path(directory).glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            d = json.loads(line)
            if d.get("category") not in CATEGORIES:
                raise ValueError(f"{path.name}:{number}: unknown category {d.get('category')!r}")
            items.append(CorpusItem(str(d["id"]), str(d["company"]), str(d.get("industry", "")), str(d["text"]),
                                    str(d["category"]), str(d.get("note", ""))))
    return items


# -- what the model reads ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Lexicon:
    """The rules' vocabulary in the form the features need: term → (category, weight) and patterns."""

    terms: Mapping[str, tuple[tuple[str, int], ...]]
    lengths: tuple[int, ...]
    starts: Mapping[str, tuple[int, ...]]  # first character → the lengths of the terms it starts
    patterns: tuple[tuple[str, re.Pattern[str], int], ...]
    neutralise_terms: tuple[str, ...]
    neutralise_patterns: tuple[re.Pattern[str], ...]
    negations: tuple[str, ...]
    threat_markers: tuple[str, ...]
    threat_targets: frozenset[str]
    echo_words: frozenset[str]
    emoji_positive: frozenset[str]
    emoji_negative: frozenset[str]
    emoji_sarcastic: frozenset[str]
    sarcasm_markers: tuple[str, ...]
    # Every term in one Aho-Corasick automaton: all their occurrences in one pass of C over the text,
    # instead of a dictionary probe per character and term length in Python (twice per comment).
    automaton: Any = field(default=None, compare=False, repr=False)

    @classmethod
    def from_rules(cls, rules: Any) -> Lexicon:
        """The lexicon of a `TriageRules` (typed loosely to keep triage.py and this module acyclic)."""
        terms: dict[str, list[tuple[str, int]]] = {}
        patterns: list[tuple[str, re.Pattern[str], int]] = []
        for cat, weighted in rules.categories.items():
            for term, weight in weighted.terms:
                terms.setdefault(term, []).append((str(cat.value), weight))
            for pattern, weight in weighted.patterns:
                patterns.append((str(cat.value), pattern, weight))
        starts: dict[str, set[int]] = {}
        for t in terms:
            starts.setdefault(t[0], set()).add(len(t))
        automaton = None
        if terms:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for t, hits in terms.items():
                automaton.add_word(t, (t, tuple(hits), len(t)))
            automaton.make_automaton()
        return cls(
            terms={t: tuple(v) for t, v in terms.items()},
            lengths=tuple(sorted({len(t) for t in terms})),
            starts={c: tuple(sorted(ls)) for c, ls in starts.items()},
            patterns=tuple(patterns),
            neutralise_terms=rules.neutralise_terms,
            neutralise_patterns=rules.neutralise_patterns,
            negations=tuple(sorted(rules.negations, key=len, reverse=True)),
            threat_markers=rules.threat_markers,
            threat_targets=rules.threat_targets,
            echo_words=rules.echo_words,
            emoji_positive=rules.emoji_positive,
            emoji_negative=rules.emoji_negative,
            emoji_sarcastic=rules.emoji_sarcastic,
            sarcasm_markers=rules.sarcasm_markers,
            automaton=automaton,
        )

    def scores(self, plain: str) -> tuple[dict[str, float], dict[str, list[str]]]:
        """Per-category rule scores of canonical `plain` text and the terms that made them.

        Crisis terms are looked for after hyperbole is set aside (`笑死`, `杀疯了`); a negation in the
        few characters before a term (`没有拉肚子`) cancels it; with a threat marker (`再不…就去`) the
        media and regulator words add nothing to crisis (a threat is a loud complaint).
        """
        calm = plain
        prefilter = self._prefilter()
        if prefilter.neutralise is None or prefilter.neutralise.search(plain):
            for term in self.neutralise_terms:
                calm = calm.replace(term, " ")
        if prefilter.neutralising is None or prefilter.neutralising.search(calm):
            for pattern in self.neutralise_patterns:
                calm = pattern.sub(" ", calm)
        threat = prefilter.threat.search(plain) is not None
        score: dict[str, float] = dict.fromkeys(CATEGORIES[:5], 0.0)
        found: dict[str, list[str]] = {c: [] for c in CATEGORIES[:5]}
        # Crisis terms are read in the calm text, the others in the plain one; mostly the two are the
        # same text, read once. Each category's terms are taken in the order they start in the text.
        passes: tuple[tuple[str, bool | None], ...] = (
            ((plain, None),) if calm == plain else ((calm, True), (plain, False)))
        for text, crisis_pass in passes:
            # No negation anywhere in the text (most comments): none before any term either.
            negatable = self._any_negation().search(text) is not None
            for i, _, term, hits in self._occurrences(text):
                for cat, weight in hits:
                    if crisis_pass is not None and (cat == "crisis") != crisis_pass:
                        continue
                    if term in found[cat]:
                        continue
                    if cat == "crisis" and threat and term in self.threat_targets:
                        continue
                    if negatable and cat != "spam" and self._negated(text, i):
                        continue
                    score[cat] += weight
                    found[cat].append(term)
        crisis_may = prefilter.crisis is None or prefilter.crisis.search(calm)
        others_may = prefilter.others is None or prefilter.others.search(plain)
        if crisis_may or others_may:
            for cat, pattern, weight in self.patterns:
                if not (crisis_may if cat == "crisis" else others_may):
                    continue
                m = pattern.search(calm if cat == "crisis" else plain)
                if m:
                    score[cat] += weight
                    found[cat].append(m.group(0))
        return score, found

    def _prefilter(self) -> _Prefilter:
        """One regex per group of rules that says whether any of them can match at all: most comments
        have no neutralising word and match no pattern, decided in one call instead of twenty."""
        cached: _Prefilter | None = self.__dict__.get("_prefilter_cache")
        if cached is None:
            cached = _Prefilter(
                _any_of([re.escape(t) for t in self.neutralise_terms]),
                _any_of([p.pattern for c, p, _ in self.patterns if c == "crisis"],
                        [p for c, p, _ in self.patterns if c == "crisis"]),
                _any_of([p.pattern for c, p, _ in self.patterns if c != "crisis"],
                        [p for c, p, _ in self.patterns if c != "crisis"]),
                _any_of([p.pattern for p in self.neutralise_patterns], self.neutralise_patterns),
                _literals(self.threat_markers), _literals(self.sarcasm_markers))
            object.__setattr__(self, "_prefilter_cache", cached)
        return cached

    def _any_negation(self) -> re.Pattern[str]:
        cached: re.Pattern[str] | None = self.__dict__.get("_negation_re")
        if cached is None:
            words = "|".join(re.escape(n) for n in self.negations)
            cached = re.compile(words if words else r"(?!)")
            object.__setattr__(self, "_negation_re", cached)
        return cached

    def _occurrences(self, text: str) -> list[tuple[int, int, str, tuple[tuple[str, int], ...]]]:
        """Every occurrence of every term in `text` as (start, length, term, hits), by start then length
        (a plain tuple sort: two occurrences never share a start and a length, so `hits` is never
        compared)."""
        if self.automaton is None or not text:
            return []
        found = [(end - size + 1, size, term, hits) for end, (term, hits, size) in self.automaton.iter(text)]
        found.sort()
        return found

    def _negated(self, text: str, start: int) -> bool:
        before = text[max(0, start - 4):start]
        if not before or not self._any_negation().search(before):
            return False  # the common case, decided by one regex call
        for neg in self.negations:
            at = before.rfind(neg)
            if at != -1 and strip_punctuation(before[at:]) == before[at:].replace(" ", ""):
                return True
        return False


@dataclass(frozen=True)
class _Prefilter:
    """Alternations of a lexicon's neutralising terms, crisis patterns, other patterns and neutralising
    patterns (None: no shortcut, every rule is tried), and of its threat and sarcasm markers (one
    regex call instead of a substring test per marker)."""

    neutralise: re.Pattern[str] | None
    crisis: re.Pattern[str] | None
    others: re.Pattern[str] | None
    neutralising: re.Pattern[str] | None
    threat: re.Pattern[str]
    sarcasm: re.Pattern[str]


def _literals(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern found in a text exactly when one of `words` is in it (never, for no words)."""
    words = list(words)
    return re.compile("|".join(re.escape(w) for w in words) if words else r"(?!)")


def _any_of(sources: Sequence[str], compiled: Sequence[re.Pattern[str]] = ()) -> re.Pattern[str] | None:
    """One pattern that matches where any of `sources` matches, or None when joining them might not say
    exactly that: flags other than the default, or a reference to a numbered group (numbers shift)."""
    if not sources:
        return re.compile(r"(?!)")
    if any(p.flags != re.UNICODE for p in compiled) or any(_NUMBERED_REF.search(src) for src in sources):
        return None
    try:
        return re.compile("|".join(f"(?:{src})" for src in sources))
    except re.error:  # e.g. a global flag inside one of them, or one group name twice
        return None


_NUMBERED_REF = re.compile(r"\\[1-9]|\(\?\(")


DENSE_NAMES = (
    "rule:crisis", "rule:complaint", "rule:question", "rule:praise", "rule:spam", "chain rule:crisis",
    "link", "contact", "question mark", "question ending", "emoji:positive", "emoji:negative",
    "emoji:sarcastic", "sarcasm marker", "echo", "repost", "emoji only", "very short", "mention", "long",
)
# How each dense feature reads to a person when it weighs in a verdict.
DENSE_WORDS = {
    "rule:crisis": "crisis words of the rules", "rule:complaint": "complaint words of the rules",
    "rule:question": "question words of the rules", "rule:praise": "praise words of the rules",
    "rule:spam": "spam words of the rules", "chain rule:crisis": "the reposted text has crisis words",
    "link": "a link", "contact": "a contact id or phone number", "question mark": "a question mark",
    "question ending": "ends like a question (吗/呢/怎么办 …)", "emoji:positive": "happy emoji",
    "emoji:negative": "angry or sad emoji", "emoji:sarcastic": "sarcasm: an emoji such as [微笑]",
    "sarcasm marker": "sarcasm: wording such as 呵呵 or 真周到", "echo": "echoes the reposted text (同问/扩散 …)",
    "repost": "a repost", "emoji only": "emoji and nothing else", "very short": "a very short comment",
    "mention": "mentions someone", "long": "a long text",
}


class View(NamedTuple):
    """One comment as the model reads it: the words the verdict is about, the reposted words, the
    dense features and the rule terms that fired (for reasons).

    A named tuple rather than a frozen dataclass: as immutable, and made in a fifth of the time (a
    frozen dataclass sets each field through `object.__setattr__`), once per comment triaged."""

    focus: str
    chain: str
    dense: tuple[float, ...]
    rule_terms: Mapping[str, Sequence[str]]
    echo: bool
    repost: bool
    plain: str = ""


def _marked(norm_own: str) -> str:
    return _MENTION.sub(MENTION_MARK, _URL.sub(URL_MARK, norm_own)).strip()


def view_of(text: str, lexicon: Lexicon, norm: NormalizedText | None = None) -> View:
    """Take a comment apart into what the model reads (see `View`); `norm` is `normalize(text)` when
    the caller has it already."""
    norm = norm or normalize(text)
    plain_words = strip_punctuation(norm.plain)
    says_nothing = not plain_words or plain_words in lexicon.echo_words
    echo = bool(norm.chain) and says_nothing and not norm.emoji and not norm.emoji_codes
    chain_text = norm.chain[0].text if norm.chain else ""
    if echo:
        considered: NormalizedText = normalize(chain_text)
        focus, chain = _marked(considered.own), ""
    else:
        considered = norm
        focus, chain = _marked(norm.own), chain_text
    plain = considered.plain
    bare = plain_words if considered is norm else strip_punctuation(plain)
    rule, found = lexicon.scores(plain)
    chain_crisis = lexicon.scores(canonical(chain))[0]["crisis"] if chain else 0.0
    emoji = [e for e in considered.emoji_codes] + [e.replace("\ufe0f", "") for e in considered.emoji]
    pos = sum(1 for e in emoji if e in lexicon.emoji_positive)
    neg = sum(1 for e in emoji if e in lexicon.emoji_negative)
    sarc = sum(1 for e in emoji if e in lexicon.emoji_sarcastic)
    sarcasm = lexicon._prefilter().sarcasm.search(plain) is not None
    own_raw = considered.own
    dense = (
        min(rule["crisis"], 9.0) / 3, min(rule["complaint"], 9.0) / 3, min(rule["question"], 9.0) / 3,
        min(rule["praise"], 9.0) / 3, min(rule["spam"], 9.0) / 3, min(chain_crisis, 9.0) / 3,
        1.0 if considered.urls or _URL.search(own_raw) else 0.0,
        1.0 if _CONTACT.search(own_raw) else 0.0,
        1.0 if ("?" in plain or "？" in own_raw) else 0.0,
        1.0 if _QUESTION_END.search(plain) else 0.0,
        min(pos, 3) / 3, min(neg, 3) / 3, min(sarc, 2) / 2, 1.0 if sarcasm else 0.0,
        1.0 if echo else 0.0, 1.0 if norm.chain else 0.0,
        1.0 if not bare and emoji else 0.0,
        1.0 if len(bare) <= 3 else 0.0,
        1.0 if considered.mentions else 0.0,
        1.0 if len(plain) >= 60 else 0.0,
    )
    return View(focus, chain, dense, found, echo, bool(norm.chain), plain)


# -- the vectoriser (ours, so training and inference are the same code) -----------------------------

def _char_grams(text: str, low: int = 1, high: int = 3) -> list[str]:
    """Every gram of `low` to `high` characters of `text`, by size then position (its runs of spaces
    made one, and no gram of a lone space)."""
    text = _SPACES.sub(" ", text)
    out: list[str] = []
    grams: Iterable[str] = text
    for size in range(1, high + 1):
        if size > 1:  # the grams one longer: each gram and the character after it, in C
            grams = list(map(add, grams, text[size - 1:]))
        if size >= low:
            out.extend(grams)
    if " " in text:  # with runs of spaces made one, only a lone space is a gram of nothing but spaces
        out = [g for g in out if g != " "]
    return out


@lru_cache(maxsize=65536)
def _is_word(token: str) -> bool:
    return bool(strip_punctuation(token))  # words repeat: the Unicode lookups per character add up


def _words(text: str) -> list[str]:
    ws = [w for w in word_cutter()(text) if _is_word(w)]
    return ws + [a + "_" + b for a, b in zip(ws, ws[1:], strict=False)]


@dataclass
class Block:
    """One sparse block of features: a vocabulary with idf weights (sublinear tf, l2-normalised)."""

    name: str
    vocab: dict[str, int]
    idf: np.ndarray[Any, np.dtype[np.float64]]
    scale: float = 1.0

    @classmethod
    def fit(cls, name: str, docs: Sequence[list[str]], min_df: int, scale: float = 1.0,
            weights: Sequence[float] | None = None) -> Block:
        df: dict[str, int] = {}
        for doc in docs:
            for g in set(doc):
                df[g] = df.get(g, 0) + 1
        kept = sorted(g for g, f in df.items() if f >= min_df)
        n = len(docs)
        vocab = {g: i for i, g in enumerate(kept)}
        idf = np.array([math.log((1 + n) / (1 + df[g])) + 1 for g in kept], dtype=np.float64)
        return cls(name, vocab, idf, scale)

    def transform(self, docs: Sequence[list[str]]) -> Any:
        vocab_get = self.vocab.get
        rows: list[int] = []
        cols: list[int] = []
        counts: list[int] = []
        for r, doc in enumerate(docs):
            seen: dict[int, int] = {}
            for j in map(vocab_get, doc):
                if j is not None:
                    seen[j] = seen.get(j, 0) + 1
            rows.extend([r] * len(seen))
            cols.extend(seen.keys())
            counts.extend(seen.values())
        # scipy here, not at the top: the app starts without it (a third of a cold start)
        from scipy import sparse

        shape = (len(docs), len(self.vocab))
        if not cols:
            return sparse.csr_matrix(shape, dtype=np.float64)
        r_arr = np.array(rows)
        c_arr = np.array(cols)
        w = (1.0 + np.log(np.array(counts, dtype=np.float64))) * self.idf[c_arr]
        norms = np.sqrt(np.bincount(r_arr, weights=w * w, minlength=len(docs)))
        w = w / norms[r_arr] * self.scale
        return sparse.csr_matrix((w, (r_arr, c_arr)), shape=shape, dtype=np.float64)


def _docs(views: Sequence[View]) -> dict[str, list[list[str]]]:
    return {
        "char": [_char_grams(v.focus) for v in views],
        "word": [_words(v.focus) for v in views],
        "chain": [_char_grams(v.chain, 2, 3) for v in views],
    }


@dataclass(frozen=True)
class _GramTable:
    """One block's vocabulary for reading a whole batch at once: every gram of ≤ 3 characters as one
    integer (its code points side by side, 21 bits each: `_gram_key`), sorted, beside its column; for
    the word block (words are longer) the dictionary of the words themselves."""

    name: str
    keys: np.ndarray[Any, np.dtype[np.uint64]]  # sorted
    cols: np.ndarray[Any, np.dtype[np.intp]]    # the model's column of each key
    get: Callable[[str], int | None]            # gram → the model's column (the word block reads this)
    scale: float
    low: int
    high: int


@dataclass(frozen=True)
class _Compiled:
    """A model's blocks ready for a batch of comments: a gram table per block, the idf of every column
    (zero for the dense ones), where the dense features start, and every column's (block, name)."""

    coef: np.ndarray[Any, Any]
    blocks: tuple[_GramTable, ...]
    idf: np.ndarray[Any, np.dtype[np.float64]]
    dense_at: int
    names: tuple[tuple[str, str], ...]


_SHIFT = 21  # bits a code point needs (U+10FFFF < 2**21): three of them make a gram of one uint64
_GRAM_SIZES = {"char": (1, 3), "chain": (2, 3)}


def _gram_key(gram: str) -> int:
    """A gram of one to three characters as one integer: its code points, the first in the low bits.
    No code point is zero in a text, so grams of different sizes never share a key."""
    key = 0
    for n, ch in enumerate(gram):
        key |= ord(ch) << (_SHIFT * n)
    return key


def _gram_hits(table: _GramTable, texts: Sequence[str]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Every gram of `texts` (sizes `table.low`–`table.high`, runs of spaces made one, no gram of a
    lone space: `_char_grams`) that the block knows, as (text number, column), in `_char_grams`' order
    within each text: by size, then position.

    All texts in one pass of numpy: their code points in one array (a zero between two texts), each
    gram size one shifted OR of that array, one binary search in the sorted keys for all of them.
    """
    texts = [_SPACES.sub(" ", t) for t in texts]
    joined = "\x00".join(texts)
    if not joined:
        return _NO_INTS, _NO_INTS
    cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lengths = np.fromiter(map(len, texts), dtype=np.intp, count=len(texts))
    row_at = np.repeat(np.arange(len(texts), dtype=np.intp), lengths + 1)[:len(cp)]
    present = cp != 0
    rows: list[np.ndarray[Any, Any]] = []
    keys: list[np.ndarray[Any, Any]] = []
    key = cp
    valid = present
    n = len(cp)
    for size in range(1, table.high + 1):
        if size > 1:
            if n < size:
                break
            key = key[:-1] | (cp[size - 1:] << np.uint64(_SHIFT * (size - 1)))
            valid = valid[:-1] & present[size - 1:]
        if size < table.low:
            continue
        ok = valid & (key != 32) if size == 1 else valid
        rows.append(row_at[:len(key)][ok])
        keys.append(key[ok])
    if not keys or not table.keys.size:
        return _NO_INTS, _NO_INTS
    r = np.concatenate(rows)
    k = np.concatenate(keys)
    at = np.searchsorted(table.keys, k)
    at[at == len(table.keys)] = 0
    hit = table.keys[at] == k
    r, c = r[hit], table.cols[at[hit]]
    order = np.argsort(r, kind="stable")  # by text; within a text the order of sizes and positions stays
    return r[order], c[order]


_NO_INTS: np.ndarray[Any, np.dtype[np.intp]] = np.zeros(0, dtype=np.intp)


def _weighted(rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any], idf: np.ndarray[Any, Any], scale: float,
              n_rows: int) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """One block's (row, column, value) from its grams' hits, grouped by row (`rows` sorted): each column
    once, where it first occurs, weighted by sublinear tf × idf and l2-normalised times `scale` per row,
    the numbers of `Block.transform`."""
    if not len(rows):
        return _NO_INTS, _NO_INTS, np.zeros(0, dtype=np.float64)
    width = np.int64(len(idf) + 1)
    _, first, counts = np.unique(rows.astype(np.int64) * width + cols, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    first, counts = first[order], counts[order]
    r, c = rows[first], cols[first]
    w = idf[c]
    repeated = counts > 1
    if repeated.any():
        w = w.copy()
        w[repeated] *= 1.0 + np.log(counts[repeated])
    norms = np.sqrt(np.bincount(r, weights=w * w, minlength=n_rows))
    return r, c, w * (scale / norms[r])


@dataclass(frozen=True)
class Batch:
    """Many comments' feature rows as one CSR matrix (`indptr`, `indices`, `data`: row `r`'s columns
    are `indices[indptr[r]:indptr[r + 1]]`) and their calibrated class probabilities, one row each.

    The logits come from one sparse product for the whole batch, in numpy: each stored value times its
    column's coefficients, summed per row (`np.add.reduceat` over `indptr`). Not scipy's CSR product:
    importing scipy.sparse costs half a second on the app's first triage (it starts without scipy), and
    building a scipy matrix costs more than the arithmetic for one comment. Summed in another order
    than `row_probabilities` sums one row, a probability may differ from it in the last bit (never in
    a verdict: those compare probabilities to two decimals and to thresholds).
    """

    indptr: np.ndarray[Any, np.dtype[np.intp]]
    indices: np.ndarray[Any, np.dtype[np.intp]]
    data: np.ndarray[Any, np.dtype[np.float64]]
    probabilities: np.ndarray[Any, np.dtype[np.float64]]

    @classmethod
    def of(cls, model: TriageModel, indptr: np.ndarray[Any, np.dtype[np.intp]],
           indices: np.ndarray[Any, np.dtype[np.intp]], data: np.ndarray[Any, np.dtype[np.float64]]) -> Batch:
        coef_t = model.coef_by_column()
        starts = indptr[:-1]
        filled = starts < indptr[1:]
        if filled.all() and len(starts):  # every row has features (the rule)
            z = np.add.reduceat(coef_t[indices] * data[:, None], starts, axis=0)
        else:  # a row without features keeps logits of zero (reduceat would give it its neighbour's value)
            z = np.zeros((len(starts), coef_t.shape[1]), dtype=np.float64)
            if filled.any():
                z[filled] = np.add.reduceat(coef_t[indices] * data[:, None], starts[filled], axis=0)
        z = (z + model.intercept) / model.temperature
        z = np.exp(z - z.max(axis=1, keepdims=True))
        z /= z.sum(axis=1, keepdims=True)
        return cls(indptr, indices, data, z)

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def row(self, r: int) -> tuple[np.ndarray[Any, np.dtype[np.intp]], np.ndarray[Any, np.dtype[np.float64]]]:
        """Row `r`'s columns and values (the arrays `rows` gives for it)."""
        a, b = int(self.indptr[r]), int(self.indptr[r + 1])
        return self.indices[a:b], self.data[a:b]


@dataclass
class TriageModel:
    """A trained triage model as plain data: blocks, coefficients, temperature, thresholds."""

    blocks: list[Block]
    coef: np.ndarray[Any, np.dtype[np.float64]]  # (classes, features)
    intercept: np.ndarray[Any, np.dtype[np.float64]]
    temperature: float = 1.0
    crisis_threshold: float = 0.35
    guard_floor: float = 0.05
    classes: tuple[str, ...] = CATEGORIES
    trained_on: Mapping[str, Any] = field(default_factory=dict)

    def features(self, views: Sequence[View]) -> Any:
        from scipy import sparse

        docs = _docs(views)
        mats = [b.transform(docs[b.name]) for b in self.blocks]
        dense = sparse.csr_matrix(np.array([v.dense for v in views], dtype=np.float64).reshape(len(views), -1))
        return sparse.hstack(mats + [dense], format="csr")

    def rows(self, views: Sequence[View]) -> list[tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]]:
        """Each view's non-zero feature columns and values (the rows of `features`, as arrays)."""
        indptr, indices, data = self._csr(views)
        return [(indices[a:b], data[a:b]) for a, b in zip(indptr[:-1].tolist(), indptr[1:].tolist(), strict=True)]

    def batch(self, views: Sequence[View]) -> Batch:
        """The rows of many views as one CSR matrix and their calibrated probabilities, from one
        sparse product: the numbers of `rows` and `row_probabilities` (see `Batch`). A batch of one is
        `rows` and `row_probabilities` themselves."""
        indptr, indices, data = self._csr(views)
        if len(views) == 1:  # one comment (`classify`): the row's own gather and dot cost fewer numpy calls
            return Batch(indptr, indices, data, self.row_probabilities(indices, data)[None, :])
        return Batch.of(self, indptr, indices, data)

    def _csr(self, views: Sequence[View]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """The views' feature rows as CSR arrays (indptr, indices, data), each row in the order `features`
        stores it: the char grams' columns, the words', the reposted grams', then the dense features.

        The numbers of `features` (the training path) for a whole batch in numpy: the grams of every
        text are found in the vocabularies by one binary search (`_gram_hits`), counted and weighted per
        row in array operations (`_weighted`); only cutting the words is a Python call per comment.
        """
        compiled = self._compiled()
        n = len(views)
        parts_r: list[np.ndarray[Any, Any]] = []
        parts_c: list[np.ndarray[Any, Any]] = []
        parts_v: list[np.ndarray[Any, Any]] = []
        for table in compiled.blocks:
            if table.name == "word":
                get = table.get
                wr: list[int] = []
                wc: list[int] = []
                for k, v in enumerate(views):
                    hit = [j for j in map(get, _words(v.focus)) if j is not None]
                    if hit:
                        wc += hit
                        wr += [k] * len(hit)
                hits = (np.array(wr, dtype=np.intp), np.array(wc, dtype=np.intp))
            else:
                hits = _gram_hits(table, [v.chain if table.name == "chain" else v.focus for v in views])
            rows_of, cols_of, values = _weighted(*hits, compiled.idf, table.scale, n)
            parts_r.append(rows_of)
            parts_c.append(cols_of)
            parts_v.append(values)
        dense = np.array([v.dense for v in views], dtype=np.float64).reshape(n, len(DENSE_NAMES))
        dr, dj = np.nonzero(dense)
        parts_r.append(dr)
        parts_c.append(dj + compiled.dense_at)
        parts_v.append(dense[dr, dj])
        rows = np.concatenate(parts_r)
        order = np.argsort(rows, kind="stable")  # by row; within a row, blocks in order, then as found
        indptr = np.zeros(n + 1, dtype=np.intp)
        np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
        indices = np.concatenate(parts_c).astype(np.intp, copy=False)[order]
        data = np.concatenate(parts_v)[order]
        return indptr, indices, data

    def _compiled(self) -> _Compiled:
        cached: _Compiled | None = self.__dict__.get("_compiled_cache")
        if cached is None or cached.coef is not self.coef:
            tables = []
            names: list[tuple[str, str]] = []
            idf: list[float] = []
            offset = 0
            for b in self.blocks:
                grams = _inverse(b)
                low, high = _GRAM_SIZES.get(b.name, (0, 0))
                if b.name in _GRAM_SIZES:
                    keyed = sorted((_gram_key(g), j + offset) for j, g in enumerate(grams) if 0 < len(g) <= 3)
                    keys = np.array([k for k, _ in keyed], dtype=np.uint64)
                    cols = np.array([j for _, j in keyed], dtype=np.intp)
                else:
                    keys, cols = np.zeros(0, dtype=np.uint64), _NO_INTS
                vocab = {g: j + offset for g, j in b.vocab.items()}
                tables.append(_GramTable(b.name, keys, cols, vocab.get, b.scale, low, high))
                names.extend((b.name, g) for g in grams)
                idf.extend(b.idf.tolist())
                offset += len(b.vocab)
            names.extend(("dense", n) for n in DENSE_NAMES)
            idf.extend([0.0] * len(DENSE_NAMES))
            cached = _Compiled(self.coef, tuple(tables), np.array(idf, dtype=np.float64), offset, tuple(names))
            self.__dict__["_compiled_cache"] = cached
        return cached

    def row_probabilities(self, cols: np.ndarray[Any, Any], vals: np.ndarray[Any, Any],
                          ) -> np.ndarray[Any, np.dtype[np.float64]]:
        """`probabilities` of one row given as columns and values: a gather and a dot product."""
        z: np.ndarray[Any, np.dtype[np.float64]] = (self.coef[:, cols] @ vals + self.intercept) / self.temperature
        z = np.exp(z - z.max())
        z /= z.sum()
        return z

    def feature_name(self, j: int) -> tuple[str, str]:
        """(block, feature) of column `j`: ("char", "住院"), ("dense", "link") …"""
        return self._compiled().names[j]

    def coef_by_column(self) -> np.ndarray[Any, np.dtype[np.float64]]:
        """The coefficients as (features, classes), contiguous: a feature's six weights side by side."""
        cached = self.__dict__.get("_coef_t")
        if cached is None or cached[0] is not self.coef:
            cached = (self.coef, np.ascontiguousarray(self.coef.T))
            self.__dict__["_coef_t"] = cached
        out: np.ndarray[Any, np.dtype[np.float64]] = cached[1]
        return out

    def centred(self) -> np.ndarray[Any, np.dtype[np.float64]]:
        """Coefficients minus their mean over classes: what pushes towards one class against the others."""
        cached = self.__dict__.get("_centred")
        if cached is None or cached.shape != self.coef.shape:
            cached = self.coef - self.coef.mean(axis=0, keepdims=True)
            self.__dict__["_centred"] = cached
        out: np.ndarray[Any, np.dtype[np.float64]] = cached
        return out

    def logits(self, x: Any) -> np.ndarray[Any, np.dtype[np.float64]]:
        out: np.ndarray[Any, np.dtype[np.float64]] = np.asarray(x @ self.coef.T, dtype=np.float64) + self.intercept
        return out

    def probabilities(self, x: Any) -> np.ndarray[Any, np.dtype[np.float64]]:
        z = self.logits(x) / self.temperature
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        out: np.ndarray[Any, np.dtype[np.float64]] = e / e.sum(axis=1, keepdims=True)
        return out

    # -- persistence --------------------------------------------------------------------------------

    def to_json(self) -> bytes:
        data = {
            "version": MODEL_VERSION, "classes": list(self.classes), "temperature": self.temperature,
            "crisis_threshold": self.crisis_threshold, "guard_floor": self.guard_floor,
            "trained_on": dict(self.trained_on), "dense": list(DENSE_NAMES),
            "blocks": [{"name": b.name, "scale": b.scale, "grams": list(_inverse(b)),
                        "idf": [round(float(v), 5) for v in b.idf]} for b in self.blocks],
            "coef": [[round(float(v), 5) for v in row] for row in self.coef],
            "intercept": [round(float(v), 5) for v in self.intercept],
        }
        return gzip.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), mtime=0)

    @classmethod
    def from_json(cls, raw: bytes) -> TriageModel:
        data = json.loads(gzip.decompress(raw).decode("utf-8"))
        if data.get("version") != MODEL_VERSION or tuple(data.get("dense", ())) != DENSE_NAMES:
            raise ValueError("the triage model was saved by another version; retrain it")
        blocks = [Block(b["name"], {g: i for i, g in enumerate(b["grams"])}, np.array(b["idf"], dtype=np.float64),
                        float(b["scale"])) for b in data["blocks"]]
        return cls(blocks, np.array(data["coef"], dtype=np.float64), np.array(data["intercept"], dtype=np.float64),
                   float(data["temperature"]), float(data["crisis_threshold"]), float(data["guard_floor"]),
                   tuple(data["classes"]), data.get("trained_on", {}))


_INVERSE: dict[int, list[str]] = {}


def _inverse(block: Block) -> list[str]:
    key = id(block.vocab)
    inv = _INVERSE.get(key)
    if inv is None or len(inv) != len(block.vocab):
        inv = [""] * len(block.vocab)
        for g, i in block.vocab.items():
            inv[i] = g
        _INVERSE[key] = inv
    return inv


# -- training ---------------------------------------------------------------------------------------

C_REGULARISATION = 8.0
MIN_DF = 2
TARGET_CRISIS_RECALL = 0.96


def _fit_linear(views: Sequence[View], labels: Sequence[str], weights: Sequence[float],
                ) -> TriageModel:
    from sklearn.linear_model import LogisticRegression

    docs = _docs(views)
    blocks = [Block.fit("char", docs["char"], MIN_DF), Block.fit("word", docs["word"], MIN_DF, 0.7),
              Block.fit("chain", docs["chain"], MIN_DF, 0.5)]
    model = TriageModel(blocks, np.zeros((len(CATEGORIES), 0)), np.zeros(len(CATEGORIES)))
    x = model.features(views)
    y = np.array([CATEGORIES.index(label) for label in labels])
    counts = np.bincount(y, minlength=len(CATEGORIES)).astype(np.float64)
    balance = len(y) / (len(CATEGORIES) * np.maximum(counts, 1.0))
    sample_weight = np.array(weights, dtype=np.float64) * balance[y]
    clf = LogisticRegression(C=C_REGULARISATION, max_iter=400, tol=1e-3)
    clf.fit(x, y, sample_weight=sample_weight)
    coef = np.zeros((len(CATEGORIES), x.shape[1]))
    intercept = np.zeros(len(CATEGORIES))
    coef[clf.classes_] = clf.coef_
    intercept[clf.classes_] = clf.intercept_
    if len(clf.classes_) < len(CATEGORIES):  # a class absent from a tiny corpus can never win
        missing = [i for i in range(len(CATEGORIES)) if i not in set(clf.classes_)]
        intercept[missing] = -30.0
    model.coef, model.intercept = coef, intercept
    return model


def _fit_temperature(logits: np.ndarray[Any, np.dtype[np.float64]], y: np.ndarray[Any, Any]) -> float:
    best, best_nll = 1.0, math.inf
    for t in np.exp(np.linspace(math.log(0.3), math.log(5.0), 60)):
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        nll = -float(logp[np.arange(len(y)), y].mean())
        if nll < best_nll:
            best, best_nll = float(t), nll
    return best


def _crisis_threshold(p_crisis: np.ndarray[Any, Any], is_crisis: np.ndarray[Any, Any],
                      guard: np.ndarray[Any, Any], floor: float) -> float:
    """The highest threshold whose out-of-fold crisis recall (with the guard) reaches the target."""
    for t in np.linspace(0.5, 0.1, 41):
        caught = (p_crisis >= t) | (guard & (p_crisis >= floor))
        if not is_crisis.any() or caught[is_crisis].mean() >= TARGET_CRISIS_RECALL:
            return float(t)
    return 0.1


def guard_fires(view: View) -> bool:
    """The rules' crisis guard: a crisis word they trust (score ≥ 3 before scaling) in the focus words."""
    return view.dense[0] * 3 >= 3


def chain_guard_fires(view: View) -> bool:
    """A repost whose reposted text has crisis words the rules trust spreads the claim (docs/labels.md)."""
    return view.repost and view.dense[5] * 3 >= 3


def train_model(items: Sequence[tuple[str, str, str]], lexicon: Lexicon,
                extra: Iterable[tuple[str, str, float]] = (), folds: int = 3) -> TriageModel:
    """Train on `(text, category, group)` items plus weighted `(text, category, weight)` extras.

    `group` (the company) makes the calibration folds: out-of-fold predictions for one group come from
    a model that never saw it, so temperature and crisis threshold fit unseen companies.
    """
    extra = list(extra)
    views = [view_of(t, lexicon) for t, _, _ in items]
    labels = [c for _, c, _ in items]
    groups = [g for _, _, g in items]
    extra_views = [view_of(t, lexicon) for t, _, _ in extra]
    all_views = views + extra_views
    all_labels = labels + [c for _, c, _ in extra]
    weights = [1.0] * len(views) + [w for _, _, w in extra]
    final = _fit_linear(all_views, all_labels, weights)
    distinct = sorted(set(groups))
    if len(distinct) >= 2 and folds >= 2:
        fold_of = {g: i % folds for i, g in enumerate(distinct)}
        logits = np.zeros((len(views), len(CATEGORIES)))
        for f in range(min(folds, len(distinct))):
            train_idx = [i for i, g in enumerate(groups) if fold_of[g] != f]
            test_idx = [i for i, g in enumerate(groups) if fold_of[g] == f]
            if not test_idx or not train_idx:
                continue
            m = _fit_linear([views[i] for i in train_idx], [labels[i] for i in train_idx], [1.0] * len(train_idx))
            logits[test_idx] = m.logits(m.features([views[i] for i in test_idx]))
        y = np.array([CATEGORIES.index(c) for c in labels])
        final.temperature = _fit_temperature(logits, y)
        z = logits / final.temperature
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
        guard = np.array([guard_fires(v) for v in views])
        final.crisis_threshold = _crisis_threshold(p[:, 0], y == 0, guard, final.guard_floor)
    final.trained_on = {"items": len(items), "corrections": len(extra), "groups": len(distinct)}
    return final
