"""The company's sensitive-word list as CSV: `word,category,note`, UTF-8 (with or without BOM) or GB18030,
one word a row. An import is checked whole: every bad row is reported and nothing is imported."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from matrix_desktop.core.csvio import read_table
from matrix_desktop.core.csvsafe import guard_row
from matrix_desktop.core.errors import ImportRejected, RowProblem
from matrix_desktop.core.publishing.records import SensitiveWord

WORD_COLUMNS = ("word", "category", "note")
WORD_MAX = 50


def parse_words_csv(text: str) -> list[SensitiveWord]:
    """The words of a CSV file; raises ImportRejected listing every bad row."""
    rows, problems = read_table(text, ("word",), WORD_COLUMNS, "the file has no words")
    out: list[SensitiveWord] = []
    seen: set[str] = set()
    for line, row in rows:
        word = " ".join(row.get("word", "").split())
        if not word:
            problems.append(RowProblem(line, "the word is empty"))
            continue
        if len(word) > WORD_MAX:
            problems.append(RowProblem(line, f"the word is longer than {WORD_MAX} characters"))
            continue
        if word in seen:
            continue
        seen.add(word)
        out.append(SensitiveWord(word, row.get("category", "").strip(), row.get("note", "").strip()))
    if problems:
        raise ImportRejected(sorted(problems, key=lambda p: p.line))
    return out


def format_words_csv(words: Iterable[SensitiveWord], bom: bool = True) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(WORD_COLUMNS)
    for x in words:
        w.writerow(guard_row((x.word, x.category, x.note)))
    return ("\ufeff" if bom else "") + buf.getvalue()
