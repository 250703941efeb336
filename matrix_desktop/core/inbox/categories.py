"""What an inbox item is and how soon a person must look: the words every layer shares.

Kept apart from the triage model (numpy, scipy) so that the records, the ports and the window can name a
category without loading the model at start-up."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Category(StrEnum):
    """What an inbox item is, in the team's words."""

    COMPLAINT = "complaint"
    QUESTION = "question"
    PRAISE = "praise"
    CRISIS = "crisis"
    SPAM = "spam"
    OTHER = "other"


class Priority(IntEnum):
    """How soon a person must look: 1 at once (crisis, loud complaint) … 4 when there is time."""

    P1_URGENT = 1
    P2_HIGH = 2
    P3_NORMAL = 3
    P4_LOW = 4
