"""Shared text helpers, defined once: width folding, the Han test, "ends a sentence", leading dates.

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
