"""The company's answer manual: entries owned by departments, imported from CSV or Markdown, searched.

After-sales, product and PR each own their answers (seed 003: the manual belongs in the Weibo
team's hands). Retrieval is BM25 over jieba words of question, keywords and answer, with the
question and keywords counted twice because they say what an entry is *for*.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from matrix_desktop.core.csvio import decode_csv_bytes, read_table
from matrix_desktop.core.errors import ImportRejected, RowProblem
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


@dataclass(frozen=True)
class AnswerEntry:
    """One question-and-answer entry of the manual, owned by a department (售后, 产品, 公关 …)."""

    key: str
    department: str
    question: str
    answer: str
    keywords: tuple[str, ...] = ()


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


def _terms(text: str) -> list[str]:
    return [t for t in tokens(canonical(text)) if t not in _STOPWORDS]


class AnswerIndex:
    """BM25 ranking of manual entries for a comment's text (k1 = 1.5, b = 0.75)."""

    K1 = 1.5
    B = 0.75

    def __init__(self, entries: Iterable[AnswerEntry]) -> None:
        self.entries: tuple[AnswerEntry, ...] = tuple(entries)
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

    def __len__(self) -> int:
        return len(self.entries)

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
        """The `k` entries that best answer `text`, best first, by a score that adds four signals:
        the entry's own keywords found in the comment, BM25 over words, character-bigram similarity
        to the entry's question and keywords (reads typos and words jieba splits oddly), and whether
        comment and entry are about the same subject (`subjects.py`: delay, missing item, refund …).
        A wrong subject costs: an entry about store locations is not the answer to a short delivery."""
        if not self.entries:
            return []
        self._prepare()
        own = normalize(text)
        query = own.plain or canonical(text)
        bm = {id(e): s for e, s in self.search(query, k=len(self.entries))}
        q_subjects = subjects_of(query)
        q_grams = self._grams(query)
        scored: list[tuple[float, int]] = []
        for i, e in enumerate(self.entries):
            kw = sum(1.0 if len(w) <= 2 else 1.5 for w in self._keys[i] if w in query)
            sim = self._cosine(q_grams, self._vectors[i])
            shared = len(q_subjects & self._subjects[i])
            subject = min(shared, 2) * 1.0 - (0.75 if q_subjects and self._subjects[i] and not shared else 0.0)
            score = kw + bm.get(id(e), 0.0) / 4 + 2.5 * sim + subject
            scored.append((score, i))
        scored.sort(key=lambda s: (-s[0], s[1]))
        return [(self.entries[i], round(score, 4)) for score, i in scored[:k] if score > 0]

    def _prepare(self) -> None:
        if hasattr(self, "_vectors"):
            return
        focus = [canonical(e.question + " " + " ".join(e.keywords)) for e in self.entries]
        self._keys = [tuple(dict.fromkeys(canonical(w) for w in e.keywords if w)) for e in self.entries]
        self._subjects = [subjects_of(f) for f in focus]
        grams = [self._raw_grams(f) for f in focus]
        df: Counter[str] = Counter()
        for g in grams:
            df.update(g.keys())
        n = len(grams)
        self._gram_idf = {g: math.log((1 + n) / (1 + f)) + 1 for g, f in df.items()}
        self._vectors = [self._weigh(g) for g in grams]

    @staticmethod
    def _raw_grams(text: str) -> Counter[str]:
        chars = [c for c in text if c.strip() and c not in "，。！？、,.!?;；:：\"'“”（）()"]
        return Counter(a + b for a, b in zip(chars, chars[1:], strict=False))

    def _weigh(self, grams: Counter[str]) -> dict[str, float]:
        v = {g: (1 + math.log(c)) * self._gram_idf.get(g, 0.0) for g, c in grams.items()}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        return {g: w / norm for g, w in v.items() if w}

    def _grams(self, text: str) -> dict[str, float]:
        return self._weigh(self._raw_grams(text))

    @staticmethod
    def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
        if len(a) > len(b):
            a, b = b, a
        return sum(w * b.get(g, 0.0) for g, w in a.items())

    def by_department(self, department: str) -> Sequence[AnswerEntry]:
        """Entries owned by `department` (exact name)."""
        return [e for e in self.entries if e.department == department]
