"""The company's answer manual: entries owned by departments, imported from CSV or Markdown, searched.

After-sales, product and PR each own their answers (seed 003: the manual belongs in the Weibo
team's hands). `AnswerIndex.search` is BM25 over jieba words of question, keywords and answer, with
the question and keywords counted twice because they say what an entry is *for*. `AnswerIndex.match`
(what suggested replies use) weighs named signals with learned weights (`ENTRY_FEATURES`,
`NONE_FEATURES`): whole keywords, keywords in part and single characters, bigram BM25 and cosines,
the subject of the comment, and pinyin read in the manual's characters.
"""

from __future__ import annotations

import heapq
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from matrix_desktop.core.csvio import decode_csv_bytes, read_table
from matrix_desktop.core.errors import ImportRejected, RowProblem
from matrix_desktop.core.inbox.entries import AnswerEntry as AnswerEntry  # re-exported: its old home
from matrix_desktop.core.inbox.subjects import subjects_of
from matrix_desktop.core.inbox.text import canonical, normalize, tokens

MANUAL_COLUMNS = ("id", "department", "question", "answer", "keywords")
REQUIRED_COLUMNS = ("department", "question", "answer")
_KEYWORD_SPLIT = re.compile(r"[,，;；、|/\s]+")
# Words so common in comments that they would make every entry look relevant.
_STOPWORDS = frozenset(
    "的 了 吗 呢 啊 呀 吧 是 我 你 你们 我们 他 她 它 在 有 和 就 都 也 还 又 很 这 那 个 一个 什么 怎么 请问 一下 "
    "可以 能 会 要 想 说 给 让 被 把 对 从 到 为 与 及 或 不 没 没有 星河 官方 小编 问 下 好 真 太 非常 特别 今天 天气 "
    "现在 已经 就是 还是 但是 因为 所以".split()
)


def _keywords(raw: str) -> tuple[str, ...]:
    return tuple(k for k in (w.strip() for w in _KEYWORD_SPLIT.split(raw)) if k)


def parse_manual_csv(raw: bytes) -> list[AnswerEntry]:
    """Entries from CSV bytes (UTF-8, a BOM is fine) with columns id, department, question, answer, keywords.

    All or nothing: any bad row raises `ImportRejected` naming every bad row by its file line.
    A missing id becomes `row-<line>`; keywords are separated by commas, 、, ; or spaces.
    """
    text = decode_csv_bytes(raw)
    table, problems = read_table(text, REQUIRED_COLUMNS, MANUAL_COLUMNS,
                                 "the answer manual is empty: expected a header with department, question, answer")
    entries: list[AnswerEntry] = []
    seen: dict[str, int] = {}
    for line, cells in table:

        def cell(col: str, cells: dict[str, str] = cells) -> str:
            return cells.get(col, "").strip()

        row_problems = [f"{col} is empty" for col in REQUIRED_COLUMNS if not cell(col)]
        key = cell("id") or f"row-{line}"
        if key in seen:
            row_problems.append(f"id {key} already appears on line {seen[key]}")
        else:
            seen[key] = line
        if row_problems:
            problems.append(RowProblem(line, "; ".join(row_problems)))
            continue
        entries.append(AnswerEntry(key, cell("department"), cell("question"), cell("answer"),
                                   _keywords(cell("keywords"))))
    if problems:
        raise ImportRejected(sorted(problems, key=lambda p: p.line))
    return entries


_HEADING = re.compile(r"^##\s+(.+?)\s*#*\s*$")
_META = re.compile(r"^(部门|department|关键词|keywords|id|编号)\s*[:：]\s*(.*)$", re.IGNORECASE)


def parse_manual_markdown(text: str, *, default_department: str = "客服") -> list[AnswerEntry]:
    """Entries from Markdown: each `## 问题` heading, then optional `部门:`/`department:`, `关键词:`/
    `keywords:` and `id:` lines, then the answer paragraph(s). Raises `ImportRejected` for a heading
    without an answer, or an id used twice (naming both lines)."""
    entries: list[AnswerEntry] = []
    problems: list[RowProblem] = []
    current: dict[str, str] | None = None
    body: list[str] = []
    start = 0
    seen: dict[str, int] = {}  # id -> line of the heading that first used it

    def close() -> None:
        if current is None:
            return
        answer = "\n".join(body).strip()
        if not answer:
            problems.append(RowProblem(start, f"the question {current['question']!r} has no answer"))
            return
        key = current.get("id") or f"md-{len(entries) + 1}"
        if key in seen:
            problems.append(RowProblem(start, f"id {key} of the question {current['question']!r} is already "
                                              f"used by the question on line {seen[key]}"))
            return
        seen[key] = start
        entries.append(AnswerEntry(key, current.get("department") or default_department, current["question"],
                                   answer, _keywords(current.get("keywords", ""))))

    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        heading = _HEADING.match(line)
        if heading:
            close()
            current, body, start = {"question": heading.group(1).strip()}, [], number
            continue
        if current is None:
            continue  # a title or introduction before the first question
        meta = _META.match(line.strip())
        if meta and not any(b.strip() for b in body):
            name = meta.group(1).lower()
            field = {"部门": "department", "关键词": "keywords", "编号": "id"}.get(name, name)
            current[field] = meta.group(2).strip()
            continue
        body.append(line)
    close()
    if problems:
        raise ImportRejected(problems)
    return entries


ENTRY_FEATURES = ("keywords", "a keyword", "bm25 of bigrams", "question and keywords alike", "answer alike",
                  "same subject", "another subject", "keywords ahead", "bm25 ahead", "question ahead",
                  "question and keywords alike by character", "a keyword in part", "the only entry on a subject")
NONE_FEATURES = ("bias", "no subject", "a subject no entry has", "length", "asks")
_QUESTION = re.compile(r"[?？]|吗|么|怎么|多久|多少|哪|能不能|可以|是否|有没有")
_NOT_GRAM = frozenset(" \t\n，。！？、,.!?;；:：\"'“”‘’（）()【】[]《》<>~～…-—")
# Single characters carry a comment that shares no whole word with an entry (儿童票 → 门票, 退吗 → 退货,
# 杯子碎了 → 碎了): seven in ten answerable misses shared no keyword with their entry. Function words
# among them say nothing of what the comment is about, so the character cosine leaves them out.
_NOT_CHAR = _NOT_GRAM | frozenset("「」")
_STOP_CHARS = frozenset("的了吗呢啊呀吧是我你他她它在有和就都也还又很这那个么什怎请问一下可以能会要想说给让被把对从到为与及或不没")
WEIGHTS_FILE = Path(__file__).resolve().parent / "data" / "reply_weights.json"
# Fans without a Chinese keyboard write toneless pinyin (kuaidi tai man le, hai mei dao). These are the
# syllables pypinyin reads the common CJK block as, less the interjections m, n and hm.
_SYLLABLES = frozenset((
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen "
    "ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci "
    "cong cou cu cuan cui cun cuo da dai dan dang dao de den deng di dian diao die ding diu dong dou du duan "
    "dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng "
    "gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan "
    "huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken "
    "keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao "
    "lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie "
    "min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu "
    "nuan nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian "
    "qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run "
    "ruo sa sai san sang sao se sen seng sha shai shan shang shao she shen sheng shi shou shu shua shuai shuan "
    "shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting "
    "tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong "
    "xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei "
    "zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo "
    "zi zong zou zu zuan zui zun zuo "
).split())
_LATIN_RUN = re.compile(r"[a-z]+(?:[\s,.!?'，。！？]+[a-z]+)*")
_LATIN_WORD = re.compile(r"[a-z]+")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


@dataclass(frozen=True)
class MatchWeights:
    """How much each signal counts: `entry` over `ENTRY_FEATURES`, `none` over `NONE_FEATURES`.

    Learned (`core/inbox/evaluate.py: train_match_weights`) from labelled comments, never hand-set;
    the shipped ones in `data/reply_weights.json` come from all thirteen companies of the reply set."""

    entry: tuple[float, ...]
    none: tuple[float, ...]

    def to_json(self) -> str:
        return json.dumps({"entry_features": ENTRY_FEATURES, "none_features": NONE_FEATURES,
                           "entry": [round(w, 6) for w in self.entry], "none": [round(w, 6) for w in self.none]},
                          ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> MatchWeights:
        raw = json.loads(text)
        if tuple(raw["entry_features"]) != ENTRY_FEATURES or tuple(raw["none_features"]) != NONE_FEATURES:
            raise ValueError("the reply weights were learned for other features: retrain them")
        return cls(tuple(float(w) for w in raw["entry"]), tuple(float(w) for w in raw["none"]))


@lru_cache(maxsize=1)
def default_weights() -> MatchWeights:
    """The shipped weights (learned from the whole reply set)."""
    return MatchWeights.from_json(WEIGHTS_FILE.read_text(encoding="utf-8"))


def _gram_counts(text: str) -> Counter[str]:
    """Character bigrams of `text` within runs of non-punctuation (reads typos and odd word splits)."""
    chars = [c if c not in _NOT_GRAM else "" for c in text]
    return Counter(a + b for a, b in zip(chars, chars[1:], strict=False) if a and b)


def _syllables(word: str) -> list[str] | None:
    """`word` cut into pinyin syllables, longest first (xian, not xi an), or None when it is not pinyin."""
    out: list[str] = []
    at = 0
    while at < len(word):
        for size in range(min(6, len(word) - at), 0, -1):
            if word[at:at + size] in _SYLLABLES:
                out.append(word[at:at + size])
                at += size
                break
        else:
            return None
    return out


def _pinyin_runs(query: str) -> list[list[str]]:
    """The runs of syllables in `query` where it is written in pinyin: a stretch of Latin words of which
    four in five are pinyin (so "can I bring my dog" is English), cut where a word is not."""
    runs: list[list[str]] = []
    for m in _LATIN_RUN.finditer(query):
        words = [_syllables(w) for w in _LATIN_WORD.findall(m.group())]
        if len(words) < 2 or sum(w is not None for w in words) < 0.8 * len(words):
            continue
        run: list[str] = []
        for w in words:
            if w is None:
                if run:
                    runs.append(run)
                run = []
            else:
                run += w
        if run:
            runs.append(run)
    return runs


def _terms(text: str) -> list[str]:
    return [t for t in tokens(canonical(text)) if t not in _STOPWORDS]


@dataclass(frozen=True)
class _Signals:
    """A comment's raw signals, by entry position, for the entries it touches."""

    query: str
    subjects: frozenset[str]
    q_norm: float
    kw: dict[int, float]
    bm: dict[int, float]
    focus: dict[int, float]
    answer: dict[int, float]
    shared: dict[int, int]
    chars: dict[int, float]
    part: dict[int, float]
    sole: Counter[int]


class AnswerIndex:
    """BM25 ranking of manual entries for a comment's text (k1 = 1.5, b = 0.75)."""

    K1 = 1.5
    B = 0.75

    def __init__(self, entries: Iterable[AnswerEntry], weights: MatchWeights | None = None) -> None:
        self.entries: tuple[AnswerEntry, ...] = tuple(entries)
        self._weights = weights
        self._pinyin: tuple[dict[tuple[str, str], str], dict[str, str]] | None = None
        self._docs: list[Counter[str]] = []
        for e in self.entries:
            focus = _terms(e.question) + [t for k in e.keywords for t in _terms(k)]
            self._docs.append(Counter(focus * 2 + _terms(e.answer)))
        self._lengths = [sum(d.values()) for d in self._docs]
        self._avg = (sum(self._lengths) / len(self._lengths)) if self._lengths else 0.0
        df: Counter[str] = Counter()
        for d in self._docs:
            df.update(d.keys())
        n = len(self._docs)
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self._prepare()

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def weights(self) -> MatchWeights:
        """The weights `match` scores with (the shipped ones unless the index was given its own)."""
        return self._weights or default_weights()

    def search(self, text: str, k: int = 3) -> list[tuple[AnswerEntry, float]]:
        """The `k` best entries for `text` with scores, best first; entries sharing no word are left out."""
        query = set(_terms(text))
        scored: list[tuple[float, int]] = []
        for i, doc in enumerate(self._docs):
            norm = self.K1 * (1 - self.B + self.B * self._lengths[i] / self._avg) if self._avg else self.K1
            score = sum(self._idf[t] * doc[t] * (self.K1 + 1) / (doc[t] + norm) for t in query if t in doc)
            if score > 0:
                scored.append((score, i))
        scored.sort(key=lambda s: (-s[0], s[1]))
        return [(self.entries[i], round(score, 4)) for score, i in scored[:k]]

    def match(self, text: str, k: int = 3) -> list[tuple[AnswerEntry, float]]:
        """The `k` entries that best answer `text`, best first, with a score in [0, 1]: the chance that the
        entry is the answer (`MatchWeights`, a conditional logit over the entries and "none" that is
        learned from labelled comments of other companies). An entry less likely than "no entry fits"
        is left out, so an empty list means: write one."""
        if not self.entries:
            return []
        scores, none = self.scores(text)
        ranked = [i for i in heapq.nsmallest(k, range(len(scores)), key=lambda i: (-scores[i], i)) if scores[i] > none]
        if not ranked:
            return []
        top = scores[ranked[0]]
        total = sum(math.exp(s - top) for s in scores) + math.exp(none - top)
        return [(self.entries[i], round(math.exp(scores[i] - top) / total, 4)) for i in ranked]

    def scores(self, text: str) -> tuple[list[float], float]:
        """Each entry's learned score for `text` and the score of "no entry fits": the weights times
        `features`, computed as a few vector sums over precomputed per-bigram rows (a brand name in
        every answer touches every entry, so a loop per entry would cost more than the whole triage)."""
        query = self._query(text)
        w, n = self.weights.entry, len(self.entries)
        rows, q = [], []
        for g, c in _gram_counts(query).items():
            row = self._gram_row.get(g)
            if row is not None:
                rows.append(row)
                q.append((1 + math.log(c)) * self._gram_idf[g])
        grams = len(rows)
        rows += self._known_chars(query)  # the characters' rows follow the bigrams' in the same matrix
        score = np.zeros(n)  # a signal the comment touches no entry with adds nothing, its lead included
        vectors: list[Any] = [None, None, None]
        if rows:
            q_norm = math.sqrt(sum(x * x for x in q)) or 1.0
            # one product: row 0 sums the BM25 and character parts, row 1 weighs the bigram cosine parts
            # by the query's bigrams
            both = np.array([[1.0] * len(rows), [x / q_norm for x in q] + [0.0] * (len(rows) - grams)]) \
                @ self._gram_matrix[rows]
            if grams:
                bm, focus, answer = both[0, :n], both[1, n:2 * n], both[1, 2 * n:3 * n]
                score += w[2] * bm + w[3] * focus + w[4] * answer
                vectors[1], vectors[2] = bm, focus
            if len(rows) > grams:
                sums = both[0, 3 * n:]
                score += w[10] / (math.sqrt(sums[-1]) or 1.0) * sums[:n]
                if len(self._part_owners) == n:  # each entry's keywords sit side by side: the best of each run
                    score += w[11] * np.maximum.reduceat(sums[n:-1], self._part_starts)
                elif len(self._part_owners):  # some entries have no keywords
                    score[self._part_owners] += w[11] * np.maximum.reduceat(sums[n:-1], self._part_starts)
        hits = [j for j, word in enumerate(self._keyword_words) if word in query]
        if hits:
            kw = self._keyword_matrix[hits].sum(axis=0)
            score += w[0] * kw + w[1] * (kw > 0)
            vectors[0] = kw
        subjects = subjects_of(query)
        ids = [self._subject_row[s] for s in subjects if s in self._subject_row]
        if ids:
            shared = self._subject_matrix[ids].sum(axis=0)
            score += w[5] * np.minimum(shared, 2) + w[6] * (self._has_subject_vector & (shared == 0))
        elif subjects:
            score += w[6] * self._has_subject_vector
        for col, v in enumerate(vectors):  # how far ahead of the best other entry, for all three at once
            if v is None:
                continue
            values = v.tolist()
            top = heapq.nlargest(2, values) if n > 1 else [values[0], 0.0]
            wa = w[7 + col]
            score += wa * v
            score -= wa * top[0]
            score += (wa * (top[0] - top[1])) * (v == top[0])
        for s in subjects:
            if s in self._sole_subject:
                score[self._sole_subject[s]] += w[12]
        covered = bool(ids)
        none = (self.weights.none[0] + (0.0 if subjects else self.weights.none[1])
                + (self.weights.none[2] if subjects and not covered else 0.0)
                + self.weights.none[3] * math.log1p(len(query))
                + (self.weights.none[4] if _QUESTION.search(query) else 0.0))
        return score.tolist(), none

    def features(self, text: str) -> tuple[list[list[float]], list[float]]:
        """The signals `MatchWeights` weighs, per entry (`ENTRY_FEATURES`) and for "none" (`NONE_FEATURES`):
        what the weights are learned from (`scores` computes the same sums without building these rows)."""
        sig = self._signals(text)
        rows: list[list[float]] = []
        for i in range(len(self.entries)):
            shared = sig.shared.get(i, 0)
            conflict = 1.0 if sig.subjects and self._has_subjects[i] and not shared else 0.0
            kw = sig.kw.get(i, 0.0)
            rows.append([kw, 1.0 if kw else 0.0, sig.bm.get(i, 0.0), sig.focus.get(i, 0.0) / sig.q_norm,
                         sig.answer.get(i, 0.0) / sig.q_norm, float(min(shared, 2)), conflict])
        for col in (0, 2, 3):  # how far ahead of the best other entry: manuals differ in size and wording
            values = [r[col] for r in rows]
            first = max(values)
            second = max((v for j, v in enumerate(values) if j != values.index(first)), default=0.0)
            for r in rows:
                r.append(r[col] - (second if r[col] == first else first))
        for i, r in enumerate(rows):
            r += [sig.chars.get(i, 0.0), sig.part.get(i, 0.0), float(sig.sole.get(i, 0))]
        return rows, self._none_features(sig)

    def _none_features(self, sig: _Signals) -> list[float]:
        covered = any(s in self._by_subject for s in sig.subjects)
        return [1.0, 1.0 if not sig.subjects else 0.0, 1.0 if sig.subjects and not covered else 0.0,
                math.log1p(len(sig.query)), 1.0 if _QUESTION.search(sig.query) else 0.0]

    def _signals(self, text: str) -> _Signals:
        """The raw signals of `text` against the entries it touches. Everything per entry is precomputed:
        postings from each character bigram to the entries that hold it, so a comment costs one pass over
        its own bigrams (no word segmentation, no loop over every entry's vocabulary)."""
        query = self._query(text)
        bm: dict[int, float] = {}
        focus: dict[int, float] = {}
        answer: dict[int, float] = {}
        idf = self._gram_idf
        q_norm_sq = 0.0
        for g, c in _gram_counts(query).items():
            qw = (1 + math.log(c)) * idf.get(g, 0.0)
            if not qw:
                continue
            q_norm_sq += qw * qw
            for i, b, f, a in self._postings[g]:
                bm[i] = bm.get(i, 0.0) + b
                focus[i] = focus.get(i, 0.0) + qw * f
                answer[i] = answer.get(i, 0.0) + qw * a
        kw: dict[int, float] = {}
        for word, i, weight in self._keyword_list:
            if word in query:
                kw[i] = kw.get(i, 0.0) + weight
        subjects = subjects_of(query)
        shared: dict[int, int] = {}
        for s in subjects:
            for i in self._by_subject.get(s, ()):
                shared[i] = shared.get(i, 0) + 1
        sole = Counter(self._sole_subject[s] for s in subjects if s in self._sole_subject)
        chars: dict[int, float] = {}
        part: dict[int, float] = {}
        known = self._known_chars(query)
        if known:
            char_norm = self._query_char_norm(known)
            n = len(self.entries)
            for i in range(n):
                total = float(sum(self._char_matrix[r, i] for r in known))
                if total:
                    chars[i] = total / char_norm
            for j, i in enumerate(self._part_entry):
                covered = float(sum(self._char_matrix[r, n + j] for r in known))
                if covered > part.get(i, 0.0):
                    part[i] = covered
        return _Signals(query, subjects, math.sqrt(q_norm_sq) or 1.0, kw, bm, focus, answer, shared, chars, part,
                        sole)

    def _query(self, text: str) -> str:
        """The comment's own words, canonical; pinyin in it is also spelt in the manual's characters."""
        query = normalize(text).plain or canonical(text)
        if not _LATIN_WORD.search(query):
            return query
        runs = _pinyin_runs(query)
        return "，".join([query, *self._spell(runs)]) if runs else query

    def _spell(self, runs: list[list[str]]) -> list[str]:
        """Pinyin syllables written in the manual's characters: each pair of syllables as the manual's most
        frequent two characters read so (overlapping pairs chain: hai mei dao → 还没到), a lone syllable
        as a keyword of one character read so (man → 慢)."""
        if self._pinyin is None:
            self._pinyin = self._pinyin_spellings()
        pairs, singles = self._pinyin
        pieces: list[str] = []
        for run in runs:
            piece = ""  # the characters spelt so far for a chain of pairs ending at this syllable
            for i, syllable in enumerate(run):
                pair = pairs.get((syllable, run[i + 1])) if i + 1 < len(run) else None
                if pair and piece and piece[-1] == pair[0]:
                    piece += pair[1]
                    continue
                if not piece and not pair and syllable in singles:
                    pieces.append(singles[syllable])
                if piece:
                    pieces.append(piece)
                piece = pair or ""
            if piece:
                pieces.append(piece)
        return pieces

    def _pinyin_spellings(self) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
        """How the manual's characters read: pairs of syllables → two characters, syllable → one-character
        keyword. Built on the first pinyin comment (pypinyin loads its phrase dictionary then)."""
        from pypinyin import lazy_pinyin

        counts: dict[tuple[str, str], Counter[str]] = {}
        for e in self.entries:
            for text in (canonical(e.question + "，" + "，".join(e.keywords)), canonical(e.answer)):
                for run in _HAN_RUN.findall(text):  # read in context (还没 hai mei), one reading a character
                    readings = [r.replace("ü", "v") for r in lazy_pinyin(run)]
                    if len(readings) != len(run):
                        continue
                    for i in range(len(run) - 1):
                        if readings[i] in _SYLLABLES and readings[i + 1] in _SYLLABLES:
                            counts.setdefault((readings[i], readings[i + 1]), Counter())[run[i:i + 2]] += 1
        pairs = {key: c.most_common(1)[0][0] for key, c in counts.items()}
        singles: dict[str, str] = {}
        for e in self.entries:
            for k in e.keywords:
                k = canonical(k)
                if len(k) == 1:
                    reading = lazy_pinyin(k)[0].replace("ü", "v")
                    if reading in _SYLLABLES:
                        singles.setdefault(reading, k)
        return pairs, singles

    def _known_chars(self, query: str) -> list[int]:
        """Rows of `_gram_matrix` (and `_char_matrix`) for the distinct characters of `query` that some
        entry holds."""
        return [self._char_row[c] for c in dict.fromkeys(query) if c in self._char_row]

    def _query_char_norm(self, known: list[int]) -> float:
        return math.sqrt(float(self._char_matrix[known, -1].sum())) or 1.0

    def _prepare(self) -> None:
        """The per-entry precomputation `features` reads: bigram postings, keywords, subjects."""
        focus_texts = [canonical(e.question + " " + " ".join(e.keywords)) for e in self.entries]
        answer_texts = [canonical(e.answer) for e in self.entries]
        focus_grams = [_gram_counts(t) for t in focus_texts]
        answer_grams = [_gram_counts(t) for t in answer_texts]
        n = len(self.entries)
        df: Counter[str] = Counter()
        for f, a in zip(focus_grams, answer_grams, strict=True):
            df.update(set(f) | set(a))
        self._gram_idf = {g: math.log((1 + n) / (1 + c)) + 1 for g, c in df.items()}
        bm_idf = {g: math.log(1 + (n - c + 0.5) / (c + 0.5)) for g, c in df.items()}
        docs = [Counter({g: 2 * c for g, c in f.items()}) + a for f, a in zip(focus_grams, answer_grams, strict=True)]
        lengths = [sum(d.values()) for d in docs]
        avg = (sum(lengths) / n) if n else 0.0
        postings: dict[str, list[tuple[int, float, float, float]]] = {}
        for i, doc in enumerate(docs):
            norm = self.K1 * (1 - self.B + self.B * lengths[i] / avg) if avg else self.K1
            fv, av = self._unit(focus_grams[i]), self._unit(answer_grams[i])
            for g, c in doc.items():
                b = bm_idf[g] * c * (self.K1 + 1) / (c + norm)
                postings.setdefault(g, []).append((i, b, fv.get(g, 0.0), av.get(g, 0.0)))
        self._postings = {g: tuple(p) for g, p in postings.items()}
        # The same postings as dense rows (one per bigram, one column per entry) for `scores`.
        self._gram_row = {g: r for r, g in enumerate(self._postings)}
        self._gram_matrix = np.zeros((len(self._postings), 3 * n))  # BM25 | question cosine | answer cosine
        for g, r in self._gram_row.items():
            for i, bw, fw, aw in self._postings[g]:
                self._gram_matrix[r, i], self._gram_matrix[r, n + i], self._gram_matrix[r, 2 * n + i] = bw, fw, aw
        self._keyword_list = tuple((w, i, 1.0 if len(w) <= 2 else 1.5) for i, e in enumerate(self.entries)
                                   for w in dict.fromkeys(canonical(k) for k in e.keywords if k))
        self._subjects = [subjects_of(f) for f in focus_texts]
        self._has_subjects = [bool(s) for s in self._subjects]
        self._by_subject: dict[str, tuple[int, ...]] = {}
        for i, subjects in enumerate(self._subjects):
            for subject in subjects:
                self._by_subject[subject] = (*self._by_subject.get(subject, ()), i)
        self._subject_row = {s: r for r, s in enumerate(self._by_subject)}
        self._subject_matrix = np.zeros((len(self._by_subject), n))
        for s, r in self._subject_row.items():
            self._subject_matrix[r, list(self._by_subject[s])] = 1.0
        self._has_subject_vector = np.asarray(self._has_subjects, dtype=bool)
        self._sole_subject = {s: ix[0] for s, ix in self._by_subject.items() if len(ix) == 1}
        self._prepare_chars(focus_texts, answer_texts)
        self._keyword_words = tuple(w for w, _i, _weight in self._keyword_list)
        self._keyword_matrix = np.zeros((len(self._keyword_list), n))
        for j, (_w, i, weight) in enumerate(self._keyword_list):
            self._keyword_matrix[j, i] = weight

    def _prepare_chars(self, focus_texts: list[str], answer_texts: list[str]) -> None:
        """Single characters: one row per character an entry holds, below the bigrams' rows of `_gram_matrix`
        and in columns of their own (`_char_matrix` is that block), so `scores` needs one product. A row's
        first n columns are the character's share of each entry's question-and-keywords cosine (idf² over
        the entry's norm, nothing for a function word); the next, one per keyword (`_part_entry` says
        whose), its share of that keyword's idf mass; the last, its idf² for the comment's norm."""
        n = len(self.entries)
        focus = [set(t) - _NOT_CHAR for t in focus_texts]
        df: Counter[str] = Counter()
        for f, a in zip(focus, answer_texts, strict=True):
            df.update(f | (set(a) - _NOT_CHAR))
        idf = {c: math.log((1 + n) / (1 + k)) + 1 for c, k in df.items()}
        grams = len(self._gram_matrix)
        self._char_row = {c: grams + r for r, c in enumerate(idf)}
        parts = [(i, set(k) - _NOT_CHAR) for i, e in enumerate(self.entries)
                 for k in dict.fromkeys(canonical(k) for k in e.keywords)]
        parts = [(i, chars) for i, chars in parts if chars]
        self._part_entry = [i for i, _chars in parts]
        owners = sorted(set(self._part_entry))
        self._part_owners = np.array(owners, dtype=int)
        self._part_starts = np.array([self._part_entry.index(i) for i in owners], dtype=int)
        matrix = np.zeros((grams + len(idf), 4 * n + len(parts) + 1))
        matrix[:grams, :3 * n] = self._gram_matrix
        self._gram_matrix, self._char_matrix = matrix, matrix[:, 3 * n:]
        for c, r in self._char_row.items():
            self._char_matrix[r, -1] = 0.0 if c in _STOP_CHARS else idf[c] ** 2
        for i, f in enumerate(focus):
            f = f - _STOP_CHARS
            norm = math.sqrt(sum(idf[c] ** 2 for c in f)) or 1.0
            for c in f:
                self._char_matrix[self._char_row[c], i] = idf[c] ** 2 / norm
        for j, (_i, chars) in enumerate(parts):
            total = sum(idf[c] for c in chars)
            for c in chars:
                self._char_matrix[self._char_row[c], n + j] = idf[c] / total

    def _unit(self, grams: Counter[str]) -> dict[str, float]:
        v = {g: (1 + math.log(c)) * self._gram_idf.get(g, 0.0) for g, c in grams.items()}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        return {g: w / norm for g, w in v.items() if w}

    def by_department(self, department: str) -> Sequence[AnswerEntry]:
        """Entries owned by `department` (exact name)."""
        return [e for e in self.entries if e.department == department]
