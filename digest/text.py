"""Shared text helpers, defined once.

Normalization (issue 12, item 9) - ONE definition, used everywhere text is read or compared:

`normalize_text(s)`  what every decoded input goes through (digest.source.decode) before any stage sees
                     it: zero-width and bidirectional control characters removed (so `江\u200b凌` is
                     `江凌`: the name, its dates and the issue's identity are read as printed), then
                     Unicode NFC (one code point sequence for one character).
`fold_text(s)`       the comparison form: normalize_text, then full case folding (str.casefold), with
                     the dotted capital I folded to plain `i` as the `regex` module's case-insensitive
                     matching does (`İstanbul` -> `istanbul`). Search (digest.query) and the index
                     (digest.index) compare only folded text, so the scan and the index always agree.

Parsing (issue 10) - width folding, the Han test, "ends a sentence", leading dates:
Every stage compares and classifies Chinese text the same way through these:

    nfkc(s)              NFKC (full-width -> half-width, compatibility forms), fast on Chinese text
    fold(s)              NFKC one character for one character, so positions map back to `s`
    is_han(ch)           a CJK ideograph (basic block and extension A)
    ends_full_stop(s)    ends with 。！？!?；; (a paragraph ending so is not the middle of a title)
    ends_sentence(s)     ends with a full stop or a closing mark (… ” 』 」 ） ))
    DATELINE_PREFIX      regex source of a dateline before a date (伊滨讯, 【洛阳讯】, 本报讯（记者 张三）)
    LEADS_WITH_DATE      a text that opens with a date (optionally after a dateline): 11月6日, 日前, 6日
    DATE_START           where a date starts inside a text (11月, 2023年11月, 日前, 10日晚)

Other modules keep their own special-purpose patterns; these are the ones that were written two to
four ways before.
"""

from __future__ import annotations

import unicodedata

import regex as re

# zero-width space/joiners, word joiner and invisible operators, BOM/ZWNBSP, soft hyphen, Mongolian
# vowel separator, Arabic letter mark, LRM/RLM, bidi embeddings/overrides and isolates
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def normalize_text(s: str) -> str:
    """Zero-width and bidi control characters removed, then NFC."""
    if s.isascii():
        return s
    s = INVISIBLE.sub("", s)
    return s if unicodedata.is_normalized("NFC", s) else unicodedata.normalize("NFC", s)


def fold_text(s: str) -> str:
    """normalize_text, then case folding (İ -> i, ß -> ss, ﬁ -> fi): the form searches compare."""
    if s.isascii():
        return s.lower()
    return normalize_text(s).casefold().replace("i\u0307", "i")


# Non-ASCII characters whose folded form holds an ASCII letter (ß -> ss, İ -> i, ſ -> s, K -> k, ﬁ -> fi ...):
# a line holding one may match an ASCII search term without holding its letters, so a byte prefilter on
# ASCII letters must not skip it. (tests/test_reliability.py recomputes this list from fold_text.)
FOLD_TRAP_CHARS = ("\u00df\u0130\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a"
                   "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06")
FOLD_TRAPS: re.Pattern[bytes] = re.compile(b"|".join(re.escape(c.encode("utf-8")) for c in FOLD_TRAP_CHARS))


# ====================================================================================================
# Parsing helpers (issue 10)

# --- width folding ------------------------------------------------------------------------------------

# the characters NFKC changes that Chinese text is full of, with their NFKC forms
_WIDE = tuple((ch, unicodedata.normalize("NFKC", ch)) for ch in "，（）；：！？\u3000％")
# common characters NFKC widens to several characters, mapped to one (keeps positions)
_ONE_CHAR = str.maketrans({"…": ".", "‥": ".", "⋯": ".", "﹏": "_"})


def nfkc(s: str) -> str:
    """unicodedata.normalize("NFKC", s), fast: the commonest wide characters are replaced first and
    the whole-string pass runs only when something else is left to fold."""
    for wide, narrow in _WIDE:
        s = s.replace(wide, narrow)
    return s if unicodedata.is_normalized("NFKC", s) else unicodedata.normalize("NFKC", s)


def fold(s: str) -> str:
    """NFKC, one character for one character (so index i of the result is character i of `s`).

    Used to compare titles (width-folded, `…` as `.`) while cutting the original text at the same place."""
    norm = unicodedata.normalize("NFKC", s.translate(_ONE_CHAR))
    if len(norm) != len(s):  # another compatibility character expanded: fold char by char
        norm = "".join(unicodedata.normalize("NFKC", c)[:1] or " " for c in s)
    return norm


# --- character classes ----------------------------------------------------------------------------------

def is_han(ch: str) -> bool:
    """A CJK unified ideograph (basic block or extension A)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


FULL_STOPS = "。！？!?；;"
CLOSERS = FULL_STOPS + "…”』」）)"


def ends_full_stop(s: str) -> bool:
    """Does s (trailing whitespace ignored) end with a full stop 。！？!?；; ?"""
    s = s.rstrip()
    return bool(s) and s[-1] in FULL_STOPS


def ends_sentence(s: str) -> bool:
    """Does s end a sentence: a full stop or a closing mark (…”』」）)) after it?"""
    s = s.rstrip()
    return bool(s) and s[-1] in CLOSERS


# --- leading dates and datelines --------------------------------------------------------------------------

# a dateline before the date: 伊滨讯, 【洛阳讯】, 本报讯（记者 张三）
DATELINE_PREFIX = r"[【\[(（]?[\p{Han}A-Za-z]{1,8}讯[】\])）]?(?:\s*[（(][^（()）]{0,24}[）)])?"
_DATE_HEAD = r"(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月|日前|近日|近期|\d{1,2}\s*日)"
LEADS_WITH_DATE = re.compile(r"^\s*(?:" + DATELINE_PREFIX + r"\s*)?" + _DATE_HEAD)
DATE_START = re.compile(r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月|日前|近日|近期|\d{1,2}\s*日[早晚上下]")


def leads_with_date(s: str) -> bool:
    """Does s open with a date (after an optional dateline): 11月6日，… / 伊滨讯 日前，… / 6日上午…"""
    return bool(LEADS_WITH_DATE.match(s))
