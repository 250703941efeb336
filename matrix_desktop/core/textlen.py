"""Text length as Weibo counts it.

The platform counts UTF-16 code units: one below U+0080 costs one half-width unit, every other unit
costs two. A post may hold 140 汉字, i.e. 280 units; an emoji outside the BMP costs four.
"""

from __future__ import annotations

import math

WEIBO_LIMIT_UNITS = 280


def weibo_units(text: str) -> int:
    """Half-width units of `text` as the platform counts them."""
    units = 0
    for ch in text:
        cp = ord(ch)
        if cp < 0x80:
            units += 1
        elif cp > 0xFFFF:
            units += 4  # a surrogate pair: two code units of two each
        else:
            units += 2
    return units


def weibo_length(text: str) -> int:
    """Length in 汉字 (what the platform's counter shows): half-width units rounded up."""
    return math.ceil(weibo_units(text) / 2)


def fits_weibo(text: str, limit_units: int = WEIBO_LIMIT_UNITS) -> bool:
    return weibo_units(text) <= limit_units
