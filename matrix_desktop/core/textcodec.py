"""Reading text files whatever Chinese Windows saved them as: UTF-8 (with or without a BOM), UTF-16,
GBK/GB18030 — exactly, or not at all.

Excel on a Chinese Windows saves "CSV" as GBK and "Unicode text" as UTF-16; Notepad adds BOMs. Every
import (accounts, the answer manual, JSON lines for `flags classify` and `inbox classify`, credential
bundles) goes through `decode_text`, which never replaces a character: a file it cannot read exactly
is refused with one sentence naming the first byte that does not fit.
"""

from __future__ import annotations

import codecs
import unicodedata

from matrix_desktop.core.errors import ValidationError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # before UTF-16: they share a prefix
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


class UndecodableText(ValidationError):
    """The bytes are not text in any encoding we read exactly."""


def _bom_less_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]
    if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def _plausible_chinese(text: str) -> bool:
    """Whether GB18030-decoded text reads as Chinese, not as bytes of some other encoding by chance."""
    odd = total = 0
    for i, ch in enumerate(text):
        if not ch.isascii() and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i - 1].isascii() \
                and text[i + 1].isalpha() and text[i + 1].isascii():
            return False  # "h閘lo": one Latin-1 letter inside an English word, read as a Chinese character
        if ch.isascii():
            continue
        total += 1
        code = ord(ch)
        if (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x3000 <= code <= 0x303F
                or 0xFF00 <= code <= 0xFFEF or 0x2000 <= code <= 0x206F or 0x00A0 <= code <= 0x00FF
                or 0xF900 <= code <= 0xFAFF or 0x2100 <= code <= 0x27BF or 0x0391 <= code <= 0x03C9
                or 0x0410 <= code <= 0x044F or 0x3200 <= code <= 0x33FF or 0xFE30 <= code <= 0xFE4F):
            continue
        if unicodedata.category(ch) in ("Co", "Cn", "Cc", "Cs"):
            return False  # private use / unassigned: what GB18030 gives for bytes that were never GBK
        odd += 1
    return total == 0 or odd <= total * 0.05


def detect_encoding(raw: bytes) -> str | None:
    """The encoding `raw` reads exactly in (a Python codec name), or None."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _bom_less_utf16(raw)
    if utf16 is not None:
        try:
            raw.decode(utf16)
            return utf16
        except UnicodeDecodeError:
            pass
    try:
        text = raw.decode("gb18030")  # a superset of GBK and GB2312
    except UnicodeDecodeError:
        return None
    return "gb18030" if _plausible_chinese(text) and _other_cjk_codec(raw) is None else None


_OTHER_CJK = {"cp949", "euc_kr", "johab", "big5", "big5hkscs", "cp950", "shift_jis", "cp932", "euc_jp",
              "euc_jis_2004", "shift_jis_2004", "iso2022_jp"}


def _other_cjk_codec(raw: bytes) -> str | None:
    """A Korean, Japanese or traditional-Chinese encoding that reads `raw` more cleanly than GB18030.

    Those byte ranges overlap GBK's, so GB18030 "decodes" them into nonsense Chinese; charset-normalizer
    measures how chaotic each reading is. Short texts it cannot judge, and then GB18030 stands.
    """
    from charset_normalizer import from_bytes

    matches = {m.encoding: m.chaos for m in from_bytes(raw[:65536])}
    gb = min((matches[e] for e in ("gb18030", "gbk", "gb2312") if e in matches), default=None)
    others = sorted((chaos, enc) for enc, chaos in matches.items() if enc in _OTHER_CJK)
    if others and (gb is None or others[0][0] < gb):
        return others[0][1]
    return None


def decode_text(raw: bytes, what: str = "the file") -> str:
    """`raw` as text, read exactly in its encoding (BOM dropped), or `UndecodableText` in one sentence."""
    name = detect_encoding(raw)
    if name is not None:
        try:
            return raw.decode(name).removeprefix("\ufeff")
        except UnicodeDecodeError:
            pass  # a BOM promised an encoding the rest does not keep: fall through to the refusal
    try:
        raw.decode("utf-8")
        where = ""
    except UnicodeDecodeError as exc:
        where = f" (byte {exc.start} cannot be read)"
    other = _other_cjk_codec(raw)
    guess = f"; it looks like {other}" if other else ""
    raise UndecodableText(f"{what} is not text in UTF-8, UTF-16 or GBK/GB18030{where}{guess}; "
                          "save it as UTF-8 and try again")
