"""One entry of the answer manual, as the database, the review desk and the matcher share it.

Apart from the matcher (`answers`, which loads numpy) so that the store can read the manual without
putting numpy on the start-up path."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AnswerEntry:
    """One question-and-answer entry of the manual, owned by a department (售后, 产品, 公关 …)."""

    key: str
    department: str
    question: str
    answer: str
    keywords: tuple[str, ...] = ()
