"""What a post is about, read from its text: its #topics# (the kinds a rule may be limited to) and a title."""

from __future__ import annotations

import re

_TOPIC = re.compile(r"#([^#]{1,30})#")
_BRACKET = re.compile(r"【([^】]{1,40})】")


def post_kinds(text: str) -> frozenset[str]:
    """A post's kinds: its #topics# (the tag or column a rule may be limited to)."""
    return frozenset(t.strip() for t in _TOPIC.findall(text) if t.strip())


def post_title(text: str) -> str:
    """What `{title}` says: a 【headline】, else the first #topic#, else the first clause (≤ 30 characters)."""
    for rx in (_BRACKET, _TOPIC):
        m = rx.search(text)
        if m:
            return m.group(1).strip()
    first = re.split(r"[。！？!?\n：:，,]", re.sub(r"https?://\S+", "", text).strip(), maxsplit=1)[0].strip()
    return first[:30]

