"""Text helpers shared by the parser, the store's readers, the index and the query.

Normalization (issue 12, item 9) - ONE definition, used everywhere text is read or compared:

`normalize_text(s)`  what every decoded input goes through (digest.source.decode) before any stage sees
                     it: zero-width and bidirectional control characters removed (so `江\u200b凌` is
                     `江凌`: the name, its dates and the issue's identity are read as printed), then
                     Unicode NFC (one code point sequence for one character).
`fold_text(s)`       the comparison form: normalize_text, then full case folding (str.casefold), with
                     the dotted capital I folded to plain `i` as the `regex` module's case-insensitive
                     matching does (`İstanbul` -> `istanbul`). Search (digest.query) and the index
                     (digest.index) compare only folded text, so the scan and the index always agree.
"""

from __future__ import annotations

import re  # stdlib: these patterns need nothing more, and a query need not load `regex`
import unicodedata

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
