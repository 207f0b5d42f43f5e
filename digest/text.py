"""Shared text helpers, defined once.

Normalization (issue 12, item 9) - ONE definition, used everywhere text is read or compared:

`normalize_text(s)`  what every decoded input goes through (digest.source.decode) before any stage sees
                     it: zero-width and bidirectional control characters removed (so `江\u200b凌` is
                     `江凌`: the name, its dates and the issue's identity are read as printed), the
                     Kangxi radicals a PDF's font prints for ideographs read as those (`⽉` -> `月`), then
                     Unicode NFC (one code point sequence for one character).
`fold_text(s)`       the comparison form: normalize_text, then full case folding (str.casefold), with
                     the dotted capital I folded to plain `i` as the `regex` module's case-insensitive
                     matching does (`İstanbul` -> `istanbul`). Search (digest.query) and the index
                     (digest.index) compare only folded text, so the scan and the index always agree.

Parsing (issue 10) - width folding, the Han test, "ends a sentence", leading dates:
Every stage compares and classifies Chinese text the same way through these:

    nfkc(s)              NFKC (full-width -> half-width, compatibility forms), fast on Chinese text
    fold(s)              NFKC one character for one character, so positions map back to `s`
    simplified(s)        traditional characters as simplified ones (張 -> 张), one for one (data/t2s.txt)
    looks_traditional(s) holds a traditional form of one of the 100 commonest characters (44 of them)
    is_han(ch)           a CJK ideograph (basic block and extension A)
    ends_full_stop(s)    ends with 。！？!?；; (a paragraph ending so is not the middle of a title)
    ends_sentence(s)     ends with a full stop or a closing mark (… ” 』 」 ） ))
    DATELINE_PREFIX      regex source of a dateline before a date (伊滨讯, 【洛阳讯】, 本报讯（记者 张三）)
    LEADS_WITH_DATE      a text that opens with a date (optionally after a dateline): 11月6日, 日前, 6日
    DATE_START           where a date starts inside a text (11月, 2023年11月, 日前, 10日晚);
                         date_starts(s): its matches, the pattern run only where one can be
    kept_if_short        a cache for a pure function of one line (nfkc, fold, blocks.key): the stages
                         read the same lines again and again; forget_kept() empties every such cache
    dateline(s)          a newspaper article's dateline, read: `伊滨讯 11月7日`, `本报讯（通讯员 王五）`,
                         `【合州讯】东岭乡…`, `【新华社十四日讯】`, `本报北京10月15日电（记者 张三、李四）`,
                         `新华社成都9月14日电`, `【新华社重庆十四日电】` (who filed it, the date printed
                         inside it, the reporter credit); WIRES are not a paper's own name
    READ_MORE            a list page's "read more" link text (`[详细]`, `详情>>`, `阅读全文`), and
    drop_read_more(s)    a paragraph without one closing it (`…。[详细]` -> `…。`): the HTML reader and the
                         text path leave the same label out

Other modules keep their own special-purpose patterns; these are the ones that were written two to
four ways before.
"""

from __future__ import annotations

import re as std_re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, wraps
from pathlib import Path
from typing import TypeVar

import regex as re

# zero-width space/joiners, word joiner and invisible operators, BOM/ZWNBSP, soft hyphen, Mongolian
# vowel separator, Arabic letter mark, LRM/RLM, bidi embeddings/overrides and isolates
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


# the tone-marked vowels of pinyin, and a reading in brackets right after a Han character: some sites
# that convert pages to traditional characters print the reading of each character they were unsure
# of after it (報(bào)紙, 發(fā)展); the text a user copies from such a page is full of them
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONE = re.compile(f"[{_TONED}]")
PINYIN_NOTE = re.compile(f"(?<=\\p{{Han}})[(（](?=[a-zü]{{0,6}}[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）]")


# the Kangxi radicals and the CJK radicals supplement a PDF's font maps some characters to (`⽼年⾷堂`,
# `9⽉12⽇`): each the ideograph it looks like (NFKC's mapping, for these characters alone; the text's
# full-width punctuation stays as printed)
_RADICALS = {c: unicodedata.normalize("NFKC", chr(c)) for c in (*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6))
             if unicodedata.normalize("NFKC", chr(c)) != chr(c)}
_RADICAL = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5]")
# a character of the private use area a symbol font (Wingdings, Symbol) was exported as, opening a line
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_LEADING_PRIVATE = re.compile("(?:^|(?<=[\\r\\n\\f\\v]))([ \\t\u3000\\f]*)[\ue000-\uf8ff]+[ \\t\u3000]*")


def normalize_text(s: str) -> str:
    """Zero-width and bidi control characters removed, the radicals a PDF's font prints for ideographs
    read as those (`_RADICALS`), a symbol font's bullet opening a line as `●`, then NFC, then the pinyin
    readings such sites print in brackets after a character (報(bào)紙 -> 報紙: a tone-marked reading of at
    most seven letters right after a Han character; `PINYIN_NOTE`)."""
    if s.isascii():
        return s
    s = INVISIBLE.sub("", s)
    if _RADICAL.search(s):
        s = s.translate(_RADICALS)
    if _PRIVATE_USE.search(s):  # a symbol font's bullet opening a line (Wingdings' `\uf06c重要会议`): a bullet
        s = _LEADING_PRIVATE.sub(r"\1●", s)
    if not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    return PINYIN_NOTE.sub("", s) if _TONE.search(s) else s


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
# full-width digits, letters and the signs around numbers, mapped to ASCII (`fold_ascii`)
_ASCII_FOLD = str.maketrans({chr(c): chr(c - 0xFEE0) for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                              *range(0xFF41, 0xFF5B), 0xFF0D, 0xFF0E, 0xFF0F, 0xFF20]})


def fold_ascii(s: str) -> str:
    """Full-width digits and Latin letters (and － ． ／ ＠) as ASCII, every other character kept as it
    is (`新闻热线：０３７９－６５５５` -> `新闻热线：0379-6555`; the Chinese punctuation stays)."""
    return s.translate(_ASCII_FOLD)


# common characters NFKC widens to several characters, mapped to one (keeps positions)
_ONE_CHAR_PAIRS = (("…", "."), ("‥", "."), ("⋯", "."), ("﹏", "_"))


# a line's folded form, key or head is asked for again and again (each stage compares lines, titles
# and keys): the results for strings of at most KEPT_LEN characters are kept, KEPT_MAX of them a cache
# (a longer string is read each time: a cache never holds a document)
KEPT_LEN = 400
KEPT_MAX = 8192
_KEPT: list[Callable[[], None]] = []
_T = TypeVar("_T")  # the caches' clear functions (forget_kept)


def kept_if_short(fn: Callable[[str], _T]) -> Callable[[str], _T]:
    """`fn` (a pure function of one string) with its results for short strings kept (KEPT_LEN,
    KEPT_MAX)."""
    kept = lru_cache(maxsize=KEPT_MAX)(fn)
    _KEPT.append(kept.cache_clear)

    @wraps(fn)
    def reader(s: str) -> _T:
        return kept(s) if len(s) <= KEPT_LEN else fn(s)

    return reader


def forget_kept() -> None:
    """Empty every cache of `kept_if_short` (benchmarks/persons.py: each parse a first parse)."""
    for clear in _KEPT:
        clear()


@kept_if_short
def nfkc(s: str) -> str:
    """unicodedata.normalize("NFKC", s), fast: the commonest wide characters are replaced first and
    the whole-string pass runs only when something else is left to fold."""
    for wide, narrow in _WIDE:
        s = s.replace(wide, narrow)
    return s if unicodedata.is_normalized("NFKC", s) else unicodedata.normalize("NFKC", s)


@kept_if_short
def fold(s: str) -> str:
    """NFKC, one character for one character (so index i of the result is character i of `s`).

    Used to compare titles (width-folded, `…` as `.`) while cutting the original text at the same place."""
    t = s
    for one, to in _ONE_CHAR_PAIRS:  # str.replace: far faster than str.translate on Chinese text
        t = t.replace(one, to)
    for wide, narrow in _WIDE:  # the commonest wide characters (one for one), then the whole pass if needed
        t = t.replace(wide, narrow)
    norm = t if unicodedata.is_normalized("NFKC", t) else unicodedata.normalize("NFKC", t)
    if len(norm) != len(s):  # another compatibility character expanded: fold char by char
        norm = "".join(unicodedata.normalize("NFKC", c)[:1] or " " for c in s)
    return norm


# --- traditional characters -----------------------------------------------------------------------

# the 500 commonest characters of Chinese prose, simplified, most common first: text read with the
# wrong one of GB18030 and Big5 holds few of them and their traditional forms (digest.source)
COMMON_HAN = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子"
              "说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机"
              "当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心"
              "反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程"
              "展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期"
              "根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志"
              "世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每"
              "目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律"
              "叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感"
              "劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片"
              "始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞")


@lru_cache(maxsize=1)
def _t2s() -> dict[int, str]:
    """The table of data/t2s.txt: traditional -> simplified, from OpenCC."""
    table: dict[int, str] = {}
    path = Path(__file__).with_name("data") / "t2s.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            trad, simp = line.split("\t")
            table[ord(trad)] = simp
    return table


def traditional_forms(chars: str) -> frozenset[str]:
    """The traditional characters data/t2s.txt simplifies to one of `chars` (國 and 会 for 国会)."""
    want = set(chars)
    return frozenset(chr(k) for k, v in _t2s().items() if v in want)


@lru_cache(maxsize=1)
def _traditional_marks() -> std_re.Pattern[str]:
    """A class of the traditional forms of the 100 commonest characters (們, 國, 會, 這 …): a text in
    traditional characters holds some within a few words. A class this small scans a megabyte in a
    few milliseconds; one of all 3,202 traditional characters takes twenty times as long."""
    return std_re.compile("[" + "".join(sorted(traditional_forms(COMMON_HAN[:100]))) + "]")


@lru_cache(maxsize=1)
def _all_traditional() -> frozenset[str]:
    """Every traditional character of data/t2s.txt (each one simplified text never prints)."""
    return frozenset(chr(k) for k in _t2s())


def looks_traditional(s: str) -> bool:
    """Is s written in traditional characters (does it hold one of the commonest ones)?"""
    return _traditional_marks().search(s) is not None


SHORT_TEXT = 300  # characters: a text this short (a line, a credit) may hold none of the commonest


def short_and_traditional(s: str) -> bool:
    """Is s a short text (SHORT_TEXT characters or fewer) that holds two traditional characters of
    any kind? A credit line, `(責編:陳某、蔣某)`, may hold none of the commonest; one alone is a place
    or a name printed so in simplified text (山化镇藺窑村). Asked of a whole input that is short:
    a longer one in traditional characters holds some of the commonest."""
    if len(s) > SHORT_TEXT:
        return False
    marks = _all_traditional()
    return not marks.isdisjoint(s) and sum(ch in marks for ch in s) >= 2


def simplified(s: str) -> str:
    """s with each traditional character that has one simplified form written so (張勁松 -> 张劲松),
    one character for one: index i of the result is character i of `s`. Recognizers read this form
    of a text that `looks_traditional` and report what `s` prints there."""
    return s.translate(_t2s())


class PrintedForms:
    """Writes what was read from the simplified form of a text (`simplified`, line for line) back
    in the characters the text prints. A simplified character the text prints one way only (国 for
    國) is written back through one table. One it prints several ways (后 for 後 and for 后, 发 for
    發 and 髮) is looked up where it stands: in the lines a string was read from, the next place
    that character is read (a string read from those lines is a subsequence of them); one not found
    there, or a string with no lines, gets the way the text prints it most often."""

    def __init__(self, lines: list[str], shadow: list[str]) -> None:
        self.lines, self.shadow = lines, shadow
        counts: dict[str, dict[str, int]] = {}
        for o, s in zip(lines, shadow, strict=True):
            if o != s:
                for a, b in zip(o, s, strict=True):
                    if a != b:
                        counts.setdefault(b, {}).setdefault(a, 0)
                        counts[b][a] += 1
        whole = "".join(lines) if counts else ""
        printed = set(whole)
        self.table: dict[int, str] = {}
        ambiguous = []
        for simp, forms in counts.items():
            if simp in printed:  # printed as itself too (皇后 beside 以後)
                forms[simp] = whole.count(simp)
            self.table[ord(simp)] = max(forms, key=lambda k: forms[k])
            if len(forms) > 1:
                ambiguous.append(simp)
        self._ambiguous = std_re.compile("[" + std_re.escape("".join(ambiguous)) + "]") if ambiguous else None

    def __bool__(self) -> bool:
        return bool(self.table)

    def restore(self, s: str | None, first: int = 0, last: int = 0) -> str | None:
        """s as printed; `first`..`last` (1-based, inclusive): the lines s was read from, if known."""
        if not s or not self.table:
            return s
        out = s.translate(self.table)
        if self._ambiguous is None or first < 1 or not self._ambiguous.search(s):
            return out
        read = "\n".join(self.shadow[first - 1:last])
        shown = "\n".join(self.lines[first - 1:last])
        chars = list(out)
        at = 0
        for m in self._ambiguous.finditer(s):
            k = read.find(m.group(), at)
            if k >= 0:
                chars[m.start()] = shown[k]
                at = k + 1
        return "".join(chars)


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


CLAUSE_MARK = re.compile(r"[，,；;。]")  # a mark inside a sentence or ending one (a headline's line holds none)
PROSE_LEAST = 20  # characters of a line of prose


def prose_line(s: str) -> bool:
    """Is s a paragraph's line of prose: PROSE_LEAST characters or more with a clause mark before its end
    (a hard wrap may cut the sentence: `入秋以来，某县提前谋划、周密部署，…。一是`)?"""
    t = s.strip()
    return len(t) >= PROSE_LEAST and CLAUSE_MARK.search(t, 0, len(t) - 1) is not None


def ends_sentence(s: str) -> bool:
    """Does s end a sentence: a full stop or a closing mark (…”』」）)) after it?"""
    s = s.rstrip()
    return bool(s) and s[-1] in CLOSERS


# --- symbols ------------------------------------------------------------------------------------------

# an emoji or a pictograph and what joins or styles it (📌, 🔶, 📖, ■, ◆, ▶: Unicode's other and modifier
# symbols, VS16, ZWJ): no word of a title, a heading or a label (digest.toc, digest.chrome, digest.newspaper)
SYMBOL = r"[\p{So}\p{Sk}\ufe0f\u200d]"
SYMBOLS = re.compile(SYMBOL + "+")


# --- a 公文's signature ----------------------------------------------------------------------------------

# the unit that signs a 公文 or a notice (`某县人民政府`, `中共某县委组织部`, `某市市场监督管理局`) and the day it
# signed on the line under it (`2024年7月15日`): a page's chrome keeps them (digest.chrome), a notice's text
# ends with them and is dated by them (digest.newspaper)
SIGNING_UNIT = r"\p{Han}{2,30}(?:委员会|人民政府|政府|办公室|办公厅|局|委|厅|院|部|中心|办事处)"
SIGNED_DAY = re.compile(r"^(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日$")


# --- a column's tag before a title ------------------------------------------------------------------------

# a column's tag in brackets before an item's title on its line (`【督查动态】县委书记某某带队…`, `【县区传真】…`):
# the item's section, not its title's words (digest.align, digest.newspaper)
COLUMN_TAG = re.compile(r"^[【\[](?P<t>[^【】\[\]\d]{2,8})[】\]]\s*(?=\S{4})")


# --- an OCR's digits -----------------------------------------------------------------------------------

# an OCR reads 1 as l or I and 0 as O in a scanned page's dates and numbers (`ll月l1曰`, `2OO8年第ll期`,
# `总第l47期`): in a run of at most four digits and such letters right before 年 月 日 曰 号 期, starting
# after no letter or digit (bounded: linear), they are read as the digits
_OCR_NUMBER = re.compile(r"(?<![A-Za-z0-9])[0-9lIO]{1,4}(?=\s*[年月日曰号期])")
OCR_DIGITS = str.maketrans("lIO", "110")  # (digest.toc reads a 目录's page so too)


_ROC_YEAR = re.compile(r"(?:中[華华])?民[國国]\s*(\d{1,3})\s*年")  # a year of the Republic's calendar (Taiwan's)


def roc_years(s: str) -> str:
    """s with each year of the Republic's calendar as its Gregorian year (`民國99年3月5日` -> `2010年3月5日`,
    `中華民國113年` -> `2024年`: the year plus 1911), so that the date patterns, which read four digits, read it."""
    if "民" not in s:
        return s
    return _ROC_YEAR.sub(lambda m: f"{int(m.group(1)) + 1911}年", s)


def ocr_digits(s: str) -> str:
    """s with an OCR's letters read as the digits they stand for in its dates and issue numbers
    (`ll月l1曰` -> `11月11曰`, `2OO8年` -> `2008年`; `_OCR_NUMBER`); other text as printed."""
    if "l" not in s and "I" not in s and "O" not in s:
        return s
    return _OCR_NUMBER.sub(lambda m: m.group().translate(OCR_DIGITS), s)


# --- item numbers -------------------------------------------------------------------------------------

# what may follow an item's number and its dot right away when the title itself opens with a number: a year
# (`2.2017年度…`, `4.2024年度“某某工匠”…`) or a count (`9.143名乡村教师…`), where `2.5亿元` is a decimal
# (digest.align's and digest.newspaper's numbered titles)
NUMBER_THEN_TITLE = r"(?=(?:19|20)\d\d\s?年|\d{1,4}(?:名|个|家|所|项|位|人|户|件|场|次|条|台|辆|亩|吨)|\d{1,2}\s?[—－~～-]\s?\d{1,2}\s?月)"
# (a year a PDF's copy spaced, `7.2024 年春季…`; a range of months, `5.1—4月全市…`: spaced, `5.1—4 月…`, it passes here
# but `digest.align`'s item number asks four characters without a space after the number, and keeps it)


# --- leading dates and datelines --------------------------------------------------------------------------

# the labels that stand before a writer's or a photographer's name with a slash or a bar (文/甲 图/乙,
# 图文丨甲, 作者：文/甲): a regex alternation, longest first (digest.newspaper, digest.persons)
WORK_LABELS = "文图|图文|文字|摄影|视频|制图|撰文|供图|文|图|摄"
# one pictograph of a post or a page (an emoji from the pictographs' planes, or a dingbat: `📌`, `🔸`, `☎️`, `⭐`, `⭕`)
# with its variation selector or joiner; never a caption's ▲ or a bullet's ■ ◆
PICTOGRAPH = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55][\ufe0f\u200d]*"

# a dateline before the date: 伊滨讯, 【洛阳讯】, 本报讯（记者 张三）
DATELINE_PREFIX = r"[【\[(（]?[\p{Han}A-Za-z]{1,8}讯[】\])）]?(?:\s*[（(][^（()）]{0,24}[）)])?"
_DATE_HEAD = r"(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月|日前|近日|近期|(?:[本上]月)?\d{1,2}\s*日)"
# a 纪要's heading of a matter decided (`关于某某工作的事项`, `关于其他事项`), no clause mark in it: each matter
# is an entry, its heading whole on its line
MATTER_TITLE = r"关于[^，。；：！？,;:!?]{1,60}事项"
# the verbs of speech a headline's kicker ends in (`某某在调研时强调` over the title it leads to)
SPEECH_VERBS = r"(?:强调|指出|表示|要求|提出|希望|寄语|勉励|号召|批示|宣布|呼吁|重申|坦言|直言|致辞|讲话)"
LEADS_WITH_DATE = re.compile(r"^\s*(?:" + DATELINE_PREFIX + r"\s*)?" + _DATE_HEAD)
DATE_START = re.compile(r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月|日前|近日|近期|\d{1,2}\s*日[早晚上下]")


def date_starts(s: str) -> Iterator[re.Match[str]]:
    """DATE_START's matches in s, the pattern run only on a text holding 月, 日 or 近期 (every match
    holds one; a test for a character is far cheaper than the regex engine's scan)."""
    return DATE_START.finditer(s) if "月" in s or "日" in s or "近期" in s else iter(())


def leads_with_date(s: str) -> bool:
    """Does s open with a date (after an optional dateline): 11月6日，… / 伊滨讯 日前，… / 6日上午… (an OCR's
    `ll月4曰，…` too: `ocr_digits`)"""
    if LEADS_WITH_DATE.match(s):
        return True
    head = s[:24].lstrip()
    return head[:1] in ("l", "I", "O") and bool(LEADS_WITH_DATE.match(ocr_digits(head)))


# --- a newspaper article's dateline, read (digest.newspaper) -------------------------------------------
# DATELINE_PREFIX above only passes over a `…讯` dateline before a date; dateline() reads one (also the
# `…电` form, whose date is inside it) into its parts. Both anchored, every repetition bounded: linear.

# the label of a reporter's credit: 记者, 本报记者, 特约记者, 本报见习记者, 实习记者, 通讯员, 实习生, 特约撰稿
REPORTER_LABEL = r"(?:(?:本报|本刊|本台|本网)?(?:特约|见习|实习|首席|驻站|全媒体|融媒体|融媒|学生)?(?:记者|通讯员)|实习生|特约撰稿人?)"
_CREDIT = r"(?P<credit>(?:" + REPORTER_LABEL + r"\s*[\p{Han}·]{2,3}(?:[\s、,，]+[\p{Han}·]{2,3})*(?=[\s\d:：(（]|报道|$)\s*)+(?:报道\s*)?[:：]?)?"
_PAREN = r"(?:[(（](?P<paren>[^)）]{1,40})[)）]\s*)?"
# a day (and month) written in Chinese numerals, as older papers print a dateline's date: 四日, 十四日,
# 二十一日, 三十日, 廿四日, 卅一日; 三月四日, 十二月三日 (digest.fields.digits_date reads them)
CN_DAY = r"(?:[一二三]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|[一二三四五六七八九])日"
CN_MONTH = r"(?:十[一二]?|[一二三四五六七八九])月"
# the date a dateline prints inside it: 10月15日, 15日, 三月四日, 十四日
_WHEN = r"(?P<when>\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*日|(?:" + CN_MONTH + r")?" + CN_DAY + ")"
_NOT_XUN = r"(?<![通资快简喜电短音视])"  # 通讯, 资讯, 快讯, 简讯, 喜讯, 电讯, 短讯, 音讯, 视讯: words, not datelines
# `伊滨讯 11月7日`, `本报讯（通讯员 王五）近日`, `【合州讯】东岭乡…`, `【新华社十四日讯】…`: the date follows the
# dateline, or stands inside it (`十四日讯`). A dateline in brackets, or one of a paper or an agency
# (本报讯, 新华社讯), may run straight into its text; a bare `XX讯` needs a space, a bracket, a colon, a
# digit or a date word after it (`东湖讯：6月1日`), so that a sentence opening with a word in 讯 is none.
_XUN = re.compile(
    r"^(?:[【\[](?P<pub>\p{Han}{2,10}?)" + _WHEN + r"?" + _NOT_XUN + r"讯[】\]]"
    r"|(?P<pub>本报|本刊|新华社|中新社)" + _WHEN + r"?讯(?![】\]])"
    r"|[【\[]?(?P<pub>\p{Han}{2,10}?)" + _WHEN + r"?" + _NOT_XUN + r"讯[】\]]?"
    r"(?=\s|[(（:：]|\d|日前|近日|连日|近期|昨|今|本月|上月|月初|月底))"
    r"\s*[:：]?\s*" + _PAREN + _CREDIT
)
# `本报北京10月15日电（记者 张三）`, `新华社成都9月14日电`, `【新华社重庆十四日电】`: the date is inside it
# (`新华社电`, `据新华社电`: a wire item with no date or place)
_DIAN = re.compile(
    r"^[【\[]?据?(?:(?P<pub>本报|本刊|新华社|中新社|\p{Han}{1,6}?(?:社|报|台|网))(?P<place>\p{Han}{1,10}?)?"
    + _WHEN + r"|(?P<pub>新华社|中新社))"
    r"\s*电[】\]]?\s*" + _PAREN + _CREDIT
)
WIRES = {"本报", "本刊", "新华社", "中新社"}  # not the paper's own name


@dataclass(frozen=True)
class Dateline:
    """An article's dateline: who filed it, the reporter credit, and the text its date is read from."""

    pub: str
    end: int  # where the dateline ends in the paragraph
    when: str | None  # the date printed inside it (`10月15日电`), else None: the date follows it
    paren: str | None
    credit: str | None


@kept_if_short  # (asked of the same paragraphs again and again by the headline rules: 8 times each on the fixtures)
def dateline(text: str) -> Dateline | None:
    """The dateline a paragraph opens with (`XX讯 …`, `本报XX月日电（记者 …）`, `新华社XX月日电`), or None.
    Matched on the paragraph's simplified form (`本報訊(記者 林川)` as `本报讯(记者 林川)`, one character
    for one: a mixed text's traditional dateline too); its parts are given as printed, but the filer
    simplified (本報 -> 本报, a key of WIRES)."""
    t = text.strip()
    got = _dateline_in(t, simplified(t), None)
    if got is None and _HAN_GAP.search(t, 0, _GAPPED_HEAD):
        # `本 报 讯  (林川)9月14日`: a PDF's letter-spaced dateline, matched with the spaces between
        # Chinese characters closed (its head only); its parts and end are given in the printed text
        closed, keep = close_han_gaps(t[:_GAPPED_HEAD])
        got = _dateline_in(t, simplified(closed + t[_GAPPED_HEAD:]), keep)
        if got is not None and not _LETTER_SPACED.match(t):
            got = None  # `推进会 部署 本报讯 …`: words run together by the closing, no spaced dateline
    return got


# a dateline printed letter-spaced: one Chinese character and a space, at least twice, before 讯 or 电
_LETTER_SPACED = re.compile(r"^[【\[]?(?:\p{Han}[ \t\u3000]+){2,}")


_HAN_GAP = re.compile(r"(?<=\p{Han})[ \t\u3000]+(?=\p{Han})")
_GAPPED_HEAD = 80  # characters: how far into a paragraph a spaced dateline is looked for


def close_han_gaps(s: str) -> tuple[str, list[int]]:
    """s with the spaces between two Chinese characters removed (`本 报 讯 (林 川)` -> `本报讯 (林川)`), and
    for each character of the result its index in s."""
    keep = list(range(len(s)))
    for m in reversed(list(_HAN_GAP.finditer(s))):
        del keep[m.start():m.end()]
    return "".join(s[i] for i in keep), keep


# a two-character name set out to the width of three in a credit, as printed papers align the names of a
# byline (`(王　某)`, `(赵某某 钱 某)`): one character, one or two spaces, one character, with no other
# character of a name on either side; the labels 文, 图, 摄 are never half of one (`周某某 文 图`)
_SPACED_PAIR = re.compile(r"(?<![\p{Han}·])(\p{Han})[ \t\u3000]{1,2}(\p{Han})(?![\p{Han}·])")
# a name of three letter-spaced one character apart (`杨 静 怡 整理`): no label among them
_SPACED_THREE = re.compile(r"(?<![\p{Han}·])(?<!\p{Han} )(\p{Han}) (\p{Han}) (\p{Han})(?![\p{Han}·])(?! \p{Han}(?!\p{Han}))")
_NOT_HALF_A_NAME = frozenset("文图摄")
# a name of three with a space after its surname alone (`通讯员 覃某某 林 某某`), as a PDF's justified line sets it
_SPACED_ONE_TWO = re.compile(r"(?<![\p{Han}·])(\p{Han})[ \u3000](\p{Han}{2})(?![\p{Han}·])")


def join_spaced_names(credit: str) -> str:
    """A credit with each two-character name printed letter-spaced closed up: `赵某某 钱 某` -> `赵某某 钱某`,
    and a name of three one space apart: `杨 某 怡 整理` -> `杨某怡 整理` (only in a credit: the brackets of a
    dateline, a trailing `(…)`, a byline)."""
    def join(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        return m.group(0) if a in _NOT_HALF_A_NAME or b in _NOT_HALF_A_NAME else a + b

    def join_three(m: re.Match[str]) -> str:
        return m.group(0) if any(c in _NOT_HALF_A_NAME for c in m.groups()) else "".join(m.groups())
    return _SPACED_ONE_TWO.sub(join, _SPACED_PAIR.sub(join, _SPACED_THREE.sub(join_three, credit)))


def _dateline_in(t: str, f: str, keep: list[int] | None) -> Dateline | None:
    """dateline() read from f, the simplified (and perhaps gap-closed) form of the printed paragraph t;
    keep maps f's first len(keep) indexes back to t's (None: one for one)."""

    def at(i: int) -> int:
        if keep is None:
            return i
        return keep[i] if i < len(keep) else i - len(keep) + _GAPPED_HEAD

    def end(i: int) -> int:  # one past the printed character that f's character i - 1 came from
        return at(i - 1) + 1 if i > 0 else 0

    def printed(m: re.Match[str], name: str) -> str | None:
        a, b = m.span(name)
        return t[at(a):end(b)] if a >= 0 else None

    m = _XUN.match(f)
    if m:
        pub = m.group("pub")
        wire = next((w for w in WIRES if pub.startswith(w)), None)  # 【新华社合州讯】: filed by 新华社
        return Dateline(wire or printed(m, "pub") or pub, _end_at(t, end(m.end()), keep), m.group("when"),
                        printed(m, "paren"), printed(m, "credit"))
    m = _DIAN.match(f)
    if m:
        pub = m.group("pub")
        return Dateline(pub if pub in WIRES else printed(m, "pub") or pub, _end_at(t, end(m.end()), keep),
                        m.group("when"), printed(m, "paren"), printed(m, "credit"))
    return None


def _end_at(t: str, i: int, keep: list[int] | None) -> int:
    r"""A gap-closed dateline's end in t, past the spaces after it (as the pattern's trailing `\s*` takes them)."""
    while keep is not None and i < len(t) and t[i] in " \t\u3000":
        i += 1
    return i


# --- words, and the closing matter of a digest ----------------------------------------------------------


_LETTER = re.compile(r"\p{L}")


def has_words(s: str) -> bool:
    """Does s carry any word (a letter of any script: Han, Latin, …)? A line of only dots, dashes,
    punctuation, digits and spaces (`……`, `———`, `- 3 -`, `12.`) does not, nor a rule line an OCR read
    as a run of 一 (`一一一一一一一一`: four or more and nothing else)."""
    return _LETTER.search(s) is not None and not (s.lstrip()[:1] == "一" and _OCR_RULE.fullmatch(s) is not None)


_OCR_RULE = re.compile(r"\s*一(?:\s*一){3,}\s*")  # a rule line read as 一 (`━━━━` under an OCR)
# the marks an OCR makes of a seal's ring and its stray ink (`/某县某局 \`, `＼  办 公 室  ·′`, `,'某某人民政府 ·\``):
# a backtick no other closes (a pair is Markdown's code), a backslash before no ASCII mark (`\.`, `\*` are Markdown's
# escapes), a prime not after a figure (`113°25′` is a longitude's minutes)
_STAMP_MARK = re.compile(r"`(?![^`]*`)|\\(?![!-/:-@\[-`{-~])|[‵＼]|(?<![\d°])[′″]")
_STAMP_LEAST = 30  # characters of a seal's line at most, spaces left out


_HAN_PAIR = re.compile(r"\p{Han}{2}")


def seal_lines(lines: list[str]) -> set[int]:
    r"""The indexes of the lines an OCR made of a seal stamped over the page (`/某县农业农村局 \`, `＼  办 公 室  ·′`,
    `\` -- ′`): short lines (_STAMP_LEAST characters at most, spaces left out) holding a seal's mark (`_STAMP_MARK`:
    a backtick, a backslash, a prime after no figure) and no sentence's mark, with the lines of marks and stray
    characters right above and below them (`,· 一 - 、`: no two Han characters in a row). No words of the document."""
    out: set[int] = set()
    for i, s in enumerate(lines):
        if ("`" in s or "\\" in s or "＼" in s or "′" in s or "″" in s or "‵" in s) and _stamp(s):
            out.add(i)
    for i in sorted(out):
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(lines) and k not in out and lines[k].strip() and _stray(lines[k]):
                out.add(k)
                k += step
    return out


def _stamp(s: str) -> bool:
    t = "".join(s.split())  # (the office's name a seal prints: a Han character at least)
    return (len(t) <= _STAMP_LEAST and _STAMP_MARK.search(t) is not None and not any(c in FULL_STOPS for c in t)
            and "://" not in t and any(is_han(c) for c in t))


def _stray(s: str) -> bool:
    """A short line of marks and single characters (`,· 一 - 、`), a seal's rim beside its lines."""
    t = "".join(s.split())
    return len(t) <= _STAMP_LEAST and _HAN_PAIR.search(t) is None and re.search(r"[0-9A-Za-z]", t) is None


# Every credit label, once: label -> (what it credits in a digest's closing lines, its meta key in a
# newspaper page's credit line); None where the label is not read there. A closing line is wholly made
# of them: `报：市委办公室`, `编辑：张三  审核：李四  签发：王五`, `（责任编辑：赵六）`, `（市商务局供稿）`,
# `共印80份`; a page credit line: `责编：甲　　版式设计：乙` (digest.masthead.credit_facts).
CREDIT_LABEL_TABLE: dict[str, tuple[str | None, str | None]] = {
    "供稿": ("contributor", None),
    "供稿单位": ("contributor", None),
    "撰稿": ("contributor", None),
    "反映": ("contributor", None),  # who raised a 社情民意 item (（县政协委员　某某　反映）)
    "整理": ("contributor", None),  # who compiled it (（某区档案馆　整理）, 整理：某某)
    "执笔": ("contributor", None),  # who wrote an item up (（执笔：某某）)
    "初稿": ("contributor", None),
    "来源": ("contributor", None),  # a reprint's source closing it (来源：某某发布)
    "信息来源": ("contributor", None),  # the unit an item came from (（信息来源：某区委组织部）)
    "稿件来源": ("contributor", None),
    "作者": ("contributor", None),  # a commentary's author and where they work, closing it (（作者单位：某县委党校）)
    "作者单位": ("contributor", None),
    "解读机关": ("contributor", None),  # a 政策解读's office and the official who explains it (解读人：某某（某科）)
    "解读单位": ("contributor", None),
    "解读人": ("contributor", None),
    "解答": ("contributor", None),  # a 纪法问答's answerer, closing it (（解答：某委法规室　某某）)
    "本期解答": ("contributor", None),
    "文字": ("contributor", None),  # a post's makers, as a WeChat account credits them (文字：甲　图片：乙)
    "图片": ("contributor", None),
    "文": ("contributor", None),  # (alone on a line, only before a name: `图：田园风光` is a photo's caption)
    "图": ("contributor", None),
    "文/图": ("contributor", None),
    "文、图": ("contributor", None),  # (`文、图｜某某`)
    "文·图": ("contributor", None),  # (`（文·图／某某）`, `（文•圖／某某）`: a middle dot between them, a Taiwan bulletin's)
    "文•图": ("contributor", None),
    "文‧图": ("contributor", None),
    "文字/图片": ("contributor", None),
    "图片/文字": ("contributor", None),
    "图/文": ("contributor", None),
    "文图": ("contributor", None),
    "图文": ("contributor", None),
    "设计": ("contributor", None),
    "海报设计": ("contributor", None),
    "视频": ("contributor", None),
    "摄像": ("contributor", None),
    "剪辑": ("contributor", None),  # a video's editor (`剪辑：某某`), one of its makers
    "提案者": ("contributor", None),  # who made a 提案 (`（提案者：某某　某某）` closing it), its authors
    "提案人": ("contributor", None),
    "后期": ("contributor", None),  # a site's closing workflow: 初稿：甲 / 修改：乙 / 审核：丙 / 发布：丁
    "修改": ("editor", None),
    "发布": ("editor", None),
    "录入": ("editor", None),
    "录入者": ("editor", None),
    "编辑": ("editor", "duty_editor"),
    "责任编辑": ("editor", "page_editor"),
    "责编": ("editor", "page_editor"),
    "主编": ("editor", None),
    "执行编辑": ("editor", None),
    "审核": ("reviewer", "reviewer"),
    "审稿": ("reviewer", "reviewer"),
    "审校": ("reviewer", "reviewer"),
    "核稿": ("reviewer", "reviewer"),
    "审定": ("reviewer", "reviewer"),
    "编审": ("reviewer", "reviewer"),  # (a 舆情快报's closing line: `编审：某某　　签发：某某`)
    "审读": ("reviewer", "reviewer"),  # (a paper's page: `责任编辑：某某　美编：某某　审读：某某`)
    "编校": ("reviewer", "proofreader"),
    "校对": ("reviewer", "proofreader"),
    "签发": ("signer", "signer"),
    "签发人": ("signer", "signer"),  # (a 简报's masthead: `（某县防汛抗旱指挥部办公室）　　签发人：某某`)
    "值班领导": ("editor", None),  # a 值班快报's people on duty, closing it (`值班领导：某某　　值班员：某某`)
    "带班领导": ("editor", None),
    "值班员": ("editor", None),
    "值班人员": ("editor", None),
    "编发": ("editor", None),
    "本期编发": ("editor", None),
    "本期编辑": ("editor", None),  # an issue's own editor, reviewer and proofreader (本期责任编辑：甲　校对：乙)
    "本期责任编辑": ("editor", None),
    "本期责编": ("editor", None),
    "本期审核": ("reviewer", None),
    "本期校对": ("reviewer", None),
    "印数": ("copies", None),
    "联系电话": ("phone", None),
    "电话": ("phone", None),
    "联系人": ("contact", None),
    "联络人": ("contact", None),  # (a Taiwan county's release closes with its 聯絡人 and 電話)
    "报": ("distribution", None),
    "送": ("distribution", None),
    "发": ("distribution", None),
    "抄送": ("distribution", None),
    "抄报": ("distribution", None),
    "分送": ("distribution", None),
    "报送": ("distribution", None),
    "发送": ("distribution", None),
    "呈送": ("distribution", None),
    "呈报": ("distribution", None),
    "主送": ("distribution", None),
    "抄": ("distribution", None),
    "增发": ("distribution", None),
    "分发": ("distribution", None),
    "印发": ("distribution", None),
    "主办": ("publisher", None),
    "承办": ("publisher", None),
    "编印": ("publisher", None),
    "主管": ("publisher", None),
    "本版编辑": (None, "page_editor"),
    "本版主编": (None, "page_editor"),
    "本版责编": (None, "page_editor"),
    "本版责任编辑": (None, "page_editor"),
    "本版美编": (None, "layout_editor"),
    "本版校对": (None, "proofreader"),
    "值班编辑": (None, "duty_editor"),
    "美术编辑": (None, "layout_editor"),
    "版式设计": (None, "layout_editor"),
    "美编": (None, "layout_editor"),
    "版式": (None, "layout_editor"),
    "排版": (None, "layout_editor"),
    "组版": (None, "layout_editor"),
    "审签": (None, "reviewer"),
    "初审": (None, "first_reviewer"),
    "复审": (None, "second_reviewer"),
    "终审": (None, "final_reviewer"),
    "监制": (None, "supervisor"),
    "总监制": (None, "supervisor"),
    "一审": (None, "first_reviewer"),  # a WeChat account's three reviews: 一审 / 二审 / 三审
    "二审": (None, "second_reviewer"),
    "三审": (None, "final_reviewer"),
    "统筹": (None, "coordinator"),
    "制图": (None, "graphics_editor"),
    "摄影": ("contributor", "photographer"),  # (closing a photo news: `（摄影：某某）`, its maker)
    "本版邮箱": (None, "page_email"),  # (a page's line of credits closing with its mailbox: `本版邮箱：某@126.com`)
    "投稿邮箱": (None, "email"),
    "附件": ("attachment", None),  # a pointer to what is appended after the issue (`附件：4月份各乡镇得分情况`)
}
CREDIT_LABELS: dict[str, str] = {k: v[0] for k, v in CREDIT_LABEL_TABLE.items() if v[0]}  # closing matter
PAGE_CREDIT_LABELS: dict[str, str] = {k: v[1] for k, v in CREDIT_LABEL_TABLE.items() if v[1]}  # page credits
ENTRY_CREDITS = frozenset({"contributor", "editor", "reviewer", "signer", "attachment"})  # may close a single entry
_LABELS = "|".join(sorted(CREDIT_LABELS, key=len, reverse=True))
# (a post's bar for the colon: `编辑｜某某`, `来源 | 某某发布`)
# (and a slash after 文 or 图: `（文/某某　图/某单位）`)
# a two-character label spaced out to a wider one's width (`主　编：`, `校　对：`)
_SPACED_LABELS = "|".join(f"{w[0]}[ \u3000]{{1,2}}{w[1]}" for w in sorted(CREDIT_LABELS) if len(w) == 2 and w.isalpha())
_CREDIT_AT = re.compile(r"(?:^|(?<=[\s\u3000■●◆|｜;；,，]))(?P<label>" + _LABELS + "|" + _SPACED_LABELS
                        + r")\s*(?:[:：|｜]|(?<=[文图])[/／](?![图文]))\s*")
_COPIES = re.compile(r"[(（]?\s*共\s*印\s*(?P<n>\d{1,6})\s*份\s*[)）]?")
# 市商务局供稿, optionally followed by labelled credits on the same line (供稿　联系电话：…)
_BY_UNIT = re.compile(r"^(?P<v>[^()（）:：]{1,40}?)\s*(?P<label>供稿|撰稿|整理|反映)(?:$|[\s\u3000;；,，]+)")
_PRINTED = re.compile(r"^(?P<v>[^()（）]{0,40}?)\s*(?P<d>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印\s*发$")
# a credit framed in any bracket a page prints one in: `（责任编辑：甲）`, `[责任编辑:甲]`, `【责任编辑：甲】`
_FRAME = re.compile(r"^[(（\[【〔](?P<in>(?:[^()（）\[\]【】〔〕]|[(（][^()（）\[\]【】〔〕]{1,20}[)）])*)[)）\]】〕]$")  # (a name
# in brackets inside: `（作者单位：某省委党校（某省行政学院））`)
# the labels crediting who made an item, its words, pictures or design (`文字：甲　图片：乙`, `文/图：丙`, `设计：丁`),
# as against who edited or passed it (`编辑：`, `审核：`): its makers are its people (its byline)
MAKER_LABELS = frozenset({"文字", "文", "图片", "图", "文/图", "文、图", "图/文", "文图", "图文", "文字/图片", "图片/文字", "设计",
                          "海报设计", "视频", "摄像", "摄影", "撰稿", "执笔", "作者", "解读人", "剪辑", "后期", "提案者", "提案人"})
# inside a frame, an editor's or a maker's label and a name a space apart, no colon: `（编辑 甲）`, `[责编 甲、乙]`,
# `（文/图　甲）`, a unit before the name (`（文/图　镇综合文化站　甲）`)
_FRAMED_EDITOR = re.compile(r"^(?P<label>责任编辑|执行编辑|编辑|责编|审核|审校|校对|文/图|图/文|文字|图片|文|图|摄像)[ \t\u3000]+"
                            r"(?P<v>(?:\p{Han}{2,16}?(?:站|中心|局|所|办|队|委|部|室|馆|院|社|台)[ \t\u3000]+)?"
                            r"[\p{Han}·]{2,4}(?:[、,，/ \t\u3000][\p{Han}·]{2,4}){0,3})$")
_LEAD_DECOR = re.compile(r"^[\s\u3000■●◆□○]+")
_ONE_CHAR_LABELS = frozenset({"文", "图"})  # labels that alone on a line credit only a name of two or three
_SHORT_NAME = re.compile(r"\p{Han}{2,3}(?:[、,，\s]+\p{Han}{2,3})*")
# the post an author note ends with (`…副教授`, `…研究员`, `…党校讲师`, `…在读博士`)
_POST_END = r"(?:教授|研究员|讲师|教师|博士|硕士|博士生|研究生|学生|主任|书记|局长|处长|科长|院长|校长|所长|部长|主席|委员|干部|馆员|记者|编辑|专家|律师|法官|检察官)"
_AUTHOR_NOTE = re.compile(r"^作者(?:分别|均)?(?:系|为|是|现任)(?P<v>[^()（）]{2,60})$"  # inside a frame: `（作者系某县委党校讲师）`
                          # (or each author named: `（某某系某大学副教授，某某系某院研究员）`)
                          r"|^(?P<v2>[\p{Han}·]{2,8}系[^()（），,；;]{2,40}?" + _POST_END + r"(?:[，,；;][\p{Han}·]{2,8}系[^()（），,；;]{2,40}?"
                          + _POST_END + r"){0,3})$")
CLOSING_MAX = 200  # characters: a longer line is prose, never closing matter


def _printed(raw: str, m: re.Match[str]) -> tuple[str, str, str]:
    """The printed fact of a `_PRINTED` match: who printed it and the day (`某市政府办公室 2024年3月5日`)."""
    return ("printed", "印发", (raw[: m.end("v")].strip() + " " + "".join(m.group("d").split())).strip())


# a closing line of credits each in its own frame (`【责任编辑：甲】　【审核：乙】`, `[编辑:甲] [校对:乙]`)
_FRAMED_RUN = re.compile(r"^(?:[【\[〔][^】\]〕【\[〔]{2,30}[】\]〕][ \t\u3000]*){2,4}$")
_ONE_FRAME = re.compile(r"[【\[〔][^】\]〕【\[〔]{2,30}[】\]〕]")
# the agency an article is taken from, framed, closing it (`据新华社电`, `本报综合新华社、中新社报道`, `据某某日报`), or
# a box of briefs closing on the one its items are all taken from (`本栏稿件均据新华社电`)
_REPORTED_BY = re.compile(r"^(?P<label>(?:(?:本栏|本版|以上)(?:稿件|消息|新闻|图文)?)?均?据|本报综合|综合)\s*(?P<v>[\p{Han}A-Za-z、，,]{2,30}?)\s*(?:(?<=[社报网台刊闻端布])(?:电|报道|消息)?|电|报道|消息)$")


# the book or paper an excerpt is taken from, framed, closing it (`摘自《某书》，某出版社`, `摘自《某报》2024年5月3日`)
_EXCERPTED_FROM = re.compile(r"^摘自\s*(?P<v>《[^《》]{1,40}》[^（）()《》]{0,40})$")


# a photographer's name or two and the mark after them (`某某　摄`, `甲、乙 摄影`), a label before them (`通讯员　某某　摄`)
_SHOT_LABEL = r"(?:\p{Han}{0,5}?(?:记者|通讯员|摄影)[ \t\u3000]*)"  # (`本报记者`, `融媒体记者`, `学生记者`, `特约摄影`)
_NAME_THEN_SHOT = re.compile(r"^" + _SHOT_LABEL + r"?(?P<v>[\p{Han}·]{2,6}(?:[、,，\s\u3000]+" + _SHOT_LABEL
                             + r"?[\p{Han}·]{2,6}){0,2})[ \t\u3000]*(?:摄|摄影)$")
_SHOT_LABEL_IN = re.compile(r"(?<![ \t\u3000])[ \t\u3000]*" + _SHOT_LABEL + r"(?=\p{Han})")  # (from a run of spaces' start
# only: tried at each space of a long run, the run was read again from each, quadratic)
# the unit that provided a piece, in brackets under it (`（市气象台提供）`, `（图片由某某提供）`): a unit or a name, no clause
_PROVIDED_BY = re.compile(r"^(?:\p{Han}{0,4}由)?(?P<v>[\p{Han}A-Za-z][\p{Han}A-Za-z \u3000]{1,19}?)[ \u3000]*提供$")


_BAR_AFTER_LABEL = re.compile(r"(?<=(?:编辑|校对|审核|监制|责编|文字|图片|摄影|来源|终审|初审|复审|排版|美编|出品|统筹|视频|撰稿|作者))[ \t\u3000]?丨[ \t\u3000]?")


def credit_facts(line: str) -> list[tuple[str, str, str]] | None:
    """The facts of a closing line as (kind, label, value), or None when the line is anything else.
    The whole line must be credits: `（市商务局供稿）` -> [("contributor", "供稿", "市商务局")];
    `编辑：张三 审核：李四` -> editor and reviewer; `报：市委办公室` -> distribution; `共印80份` -> copies;
    `市政府办公室 2024年3月5日印发` -> printed. Linear: one pass of fixed patterns over at most
    CLOSING_MAX characters."""
    raw = line.strip()
    if not raw or len(raw) > CLOSING_MAX:
        return None
    if "丨" in raw:  # (a post's `编辑丨某某　校对丨某某`: 丨 for the colon after a label, one character for one)
        raw = _BAR_AFTER_LABEL.sub("：", raw)
    s = simplified(fold(raw))  # one character for one character: values are cut from the line as printed (its labels
    # read in simplified characters: `（文•圖／某某）`, `責任編輯：某某`)
    if _FRAMED_RUN.match(s):  # `【责任编辑：甲】　【审核：乙】`: each frame a credit
        got = [credit_facts(m.group()) for m in _ONE_FRAME.finditer(raw)]
        return [f for facts in got for f in facts or ()] if all(got) else None
    framed = _FRAME.match(s)
    if framed:
        raw, s = raw[1:-1].strip(), s[1:-1].strip()
    lead = _LEAD_DECOR.match(s)
    if lead:
        raw, s = raw[lead.end():], s[lead.end():]
    m = _BY_UNIT.match(s) if "供稿" in s or "撰稿" in s or "整理" in s or ("反映" in s and framed) else None  # (each pattern tried where its words stand)
    if m:
        unit = (CREDIT_LABELS[m.group("label")], m.group("label"), raw[: m.end("v")].strip())
        if m.end() == len(s):
            return [unit]
        rest = credit_facts(raw[m.end():])  # the rest must be credits too (联系电话：…)
        return [unit, *rest] if rest else None
    m = _NAME_THEN_SHOT.match(s) if s.endswith(("摄", "摄影")) else None
    if m:  # `谭某某 摄` after a unit's credit in one frame (`（县文联供稿　某某　摄）`): the photographer
        return [("contributor", "摄", _SHOT_LABEL_IN.sub("　", raw[m.start("v"):m.end("v")]).strip())]
    m = _PROVIDED_BY.match(s) if framed and s.endswith("提供") else None
    if m:  # `（市气象台提供）`: in brackets, the unit a piece came from
        return [("contributor", "提供", raw[m.start("v"):m.end("v")].strip())]
    m = _PRINTED.match(s) if "印" in s else None
    if m and not framed:
        return [_printed(raw, m)]
    m = _UNIT_THEN_LABEL.match(s) if framed else None
    if m:  # `（市工商联　执笔：某某）`: the unit sending the item in, then its writer's labelled credit
        rest = credit_facts(raw[m.end("u"):].strip())
        unit = raw[: m.end("u")].strip()
        if rest and len(rest) == 1 and rest[0][:2] == ("contributor", "供稿"):  # `（某大队　供稿：某某）`: as
            return [("contributor", "供稿", f"{unit}　{rest[0][2]}")]  # `（供稿：某大队　某某）` reads it
        if rest:
            return [("contributor", "单位", unit), *rest]
    m = _REPORTED_BY.match(s) if framed and ("据" in s or "综合" in s) else None
    if m:  # `（据新华社电）`, `（本报综合新华社、中新社报道）`: the agency a report is taken from
        return [("contributor", m.group("label"), raw[m.start("v"):m.end("v")].strip())]
    m = _EXCERPTED_FROM.match(s) if framed and s.startswith("摘自") else None
    if m:  # `（摘自《某书》，某出版社）`: the book an excerpt is taken from
        return [("contributor", "摘自", raw[m.start("v"):m.end("v")].strip())]
    m = _AUTHOR_NOTE.match(s) if framed else None
    if m:  # `（作者系某县委党校讲师）`: who the author is, closing a commentary
        at = m.start("v") if m.group("v") is not None else m.start("v2")
        return [("contributor", "作者系", raw[at:].strip())]  # (its last word may name them: `…学生　某某`)
    facts: list[tuple[str, str, str]] = []
    copies = _COPIES.search(s) if "份" in s else None
    if copies:
        facts.append(("copies", "共印", copies.group("n")))
        raw = (raw[: copies.start()] + raw[copies.end():]).strip()
        s = (s[: copies.start()] + s[copies.end():]).strip()
        if not s:
            return facts
        if _SIGNATURE.match(s):  # `某市人大常委会办公室　（共印180份）`: the office that printed them
            return [("publisher", "编印", raw), *facts]
        m = _PRINTED.match(s) if "印" in s else None  # `某市政府办公室　2024年11月25日印发（共印120份）`
        if m:
            return [_printed(raw, m), *facts]
    marks = list(_CREDIT_AT.finditer(s)) if ":" in s or "：" in s or "|" in s or "｜" in s or "/" in s or "／" in s else []
    if not marks and framed and (m := _FRAMED_EDITOR.match(s)):
        return [(CREDIT_LABELS[m.group("label")], m.group("label"), raw[m.start("v"):].strip())]
    if not marks or marks[0].start() != 0:
        return None
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        value = raw[m.end(): nxt.start() if nxt else len(raw)].strip(" \u3000■●◆|｜;；,，。")
        if not value:
            return None
        label = "".join(m.group("label").split())  # (`主　编` is 主编)
        facts.append((CREDIT_LABELS[label], label, value))
    if len(facts) == 1 and facts[0][1] in _ONE_CHAR_LABELS and not _SHORT_NAME.fullmatch(facts[0][2]):
        return None  # `图：田园风光`, `图：柳湾乡荷花基地一角`: a photo's caption, no credit
    return facts


# (one bracketed name inside it: `（作者单位：某省委党校（某省行政学院）公共管理教研部）`)
_TRAILING_CREDIT = re.compile(r"[(（\[【〔](?P<in>(?:[^()（）\[\]【】〔〕]|[(（][^()（）\[\]【】〔〕]{1,20}[)）]){1,60})[)）\]】〕]\s*$")


_WRITER_NAME = re.compile(r"^[\p{Han}·]{2,4}$")  # a writer's name after the unit in a closing credit
_OFFICE_MOST = 6  # characters of an office named after its unit in a closing credit (`财务室`, `宣传科`)
_OFFICE_LAST = frozenset("科股室办局处部队组站所院会委心社村镇乡厂司团校馆台")  # (`（县人民医院　宣传科）`: an office, no writer)
# what a unit did to the item, no writer's name (`（县政务服务中心　摘编）`, `（某局　供稿）`)
_CREDIT_WORK = re.compile(r"(?:摘编|供稿|整理|编辑|撰稿|报送|提供|编印|编发|汇编|审核|校对|执笔|摘报|推荐|转载|供图|摄|待续|续完)$")


_ITEM_WRITER_LABELS = frozenset({"通讯员", "记者", "作者", "信息员"})  # a label before the writer's name in an item's credit


def trailing_credit(paragraph: str) -> tuple[str, list[tuple[str, str, str]]] | None:
    """A paragraph that ends with an entry-level credit in brackets (`…取得实效。（市商务局供稿）`,
    `…（责任编辑：赵六）`, `…[责任编辑:赵六]`, `…【编辑 赵六】`, or after a sentence the unit that sent it
    alone, `…出席会议。（县政府办公室）`, `…来挣分。”（某村驻村工作队）`, or the units that sent it a space
    apart, `（县委组织部　县乡村振兴局）`): (the paragraph without it, its facts);
    None otherwise. Only the last 64 characters are looked at."""
    tail_at = max(0, len(paragraph) - 64)
    m = _TRAILING_CREDIT.search(paragraph, tail_at)
    if not m:
        return None
    facts = credit_facts(m.group(0))
    before = paragraph[: m.start()].rstrip()
    unit = m.group("in").strip()
    parts = join_spaced_names(unit).split()  # (`（某镇机关党支部　某　某）`: a name of two spaced to three's width)
    writer = None
    if (len(parts) >= 2 and _WRITER_NAME.match(parts[-1]) and not _BRACKETED_UNIT.match(parts[-1])
            and not _CREDIT_WORK.search(parts[-1]) and parts[-1][-1] not in _OFFICE_LAST):
        parts, writer = parts[:-1], parts[-1]  # (`（县农业局　某某某）`: the unit that sent it, then its writer)
        if len(parts) >= 2 and parts[-1] in _ITEM_WRITER_LABELS:
            parts = parts[:-1]  # (`（某乡　通讯员　某某）`: the writer's label between them)
    if not facts and unit and all(_SIGNATURE.match(u) or _PLACE_UNIT.match(u) or _BRACKETED_UNIT.match(u)
                                  or (not k and _OFFICE_ALONE.match(u))  # (`（研究室）`, `（县档案馆）`)
                                  or (writer is not None and before and WRITERS_UNIT.match(u))  # (`…。（某某垦殖场　某某）`;
                                  # alone on its line, `unit_writer`'s)
                                  or (k and len(u) <= _OFFICE_MOST and u[-1] in _OFFICE_LAST)  # (`（某股　财务室）`)
                                  for k, u in enumerate(simplified(x) for x in parts)) \
            and (not before or before[-1] in FULL_STOPS or (before[-1] in "”’」』" and before[-2:-1] in FULL_STOPS)):
        if writer is not None:  # (the unit that sent it, as `digest.text.unit_writer` labels it, and its writer)
            return before, [("contributor", "供稿", "　".join(parts)), ("writer", "撰稿", writer)]
        return before, [("contributor", "落款", unit)]  # `…出席会议。（县政府办公室）`, `…。（某某镇）`: the unit that sent it
    if not facts or any(k not in ENTRY_CREDITS for k, _, _ in facts):
        return None
    return before, facts


def credit_alone(line: str) -> bool:
    """Is the line an item's closing credit alone in brackets (`（食品安全协调科）`, `（某某供稿）`:
    `trailing_credit` with nothing before it)? It closes the item above: no title's first line."""
    t = line.strip()
    return t[:1] in "（(" and (got := trailing_credit(t)) is not None and not got[0]


# --- "read more" links ------------------------------------------------------------------------------------

# the words of a list page's "read more" link, its way to the whole item: page furniture, no text
_MORE_WORDS = (r"(?:(?:收起全文|展开全文)[a-z]?|阅读全文|查看全文|查看详情|查看原文|阅读原文|阅读更多|查看更多|了解更多|点击查看|点击阅读|详细内容"
               r"|详细信息|详细|详情|全文|更多|read\s?more|more)")
_MORE_ARROW = r"(?:[>＞]{1,3}|[»›→])"
_MORE_FRAMED = r"[\[【]\s*" + _MORE_WORDS + r"\s*" + _MORE_ARROW + r"?\s*[\]】]"
_MORE_ARROWED = _MORE_ARROW + r"\s*" + _MORE_WORDS + r"|" + _MORE_WORDS + r"\s*" + _MORE_ARROW
# such a link's whole text (digest.readers.html): `[详细]`, `【详情】`, `详情>>`, `>>阅读全文`, `查看全文`,
# `更多>>`, `[more]`, `…[详情]`, `Read more »`
READ_MORE = re.compile(r"(?:(?:\.{3,6}|…{1,2}|。。。)\s*)?(?:" + _MORE_FRAMED + r"|" + _MORE_ARROWED
                       + r"|" + _MORE_WORDS + r")", re.IGNORECASE)
# the label at the end of a paragraph: framed or with its arrow (`…整治。[详细]`, `…检查种子[详情]`,
# `…工作。详情>>`), or its bare words (`…整治。阅读全文`)
_MORE_FRAMED_END = re.compile(r"(?:" + _MORE_FRAMED + r"|" + _MORE_ARROWED + r")\s*$", re.IGNORECASE)
_MORE_WORDS_END = re.compile(_MORE_WORDS + r"\s*$", re.IGNORECASE)
_MORE_TAIL = 24  # characters at a paragraph's end looked at for the label


def drop_read_more(paragraph: str) -> str:
    """A paragraph without the "read more" link a list page prints at the end of an item's summary, as a
    page saved as text keeps it (`3月5日，某局召开…会议。[详细]` -> `3月5日，某局召开…会议。`): a label
    framed or with its arrow (`[详细]`, `【详情】`, `详情>>`, `>>更多`, `[more]`) after a sentence, or
    after the words of a summary cut short (`…重点检查种子、农药[详细]`), or its
    bare words (`阅读全文`, `查看全文`) right after a sentence's end or an ellipsis (`…榜上有名。阅读全文`,
    `…将持续推进…阅读全文`). A paragraph that is the label alone is nothing. Else the paragraph as it is.
    Only the last _MORE_TAIL characters are looked at."""
    text = paragraph.rstrip()
    at = max(0, len(text) - _MORE_TAIL)
    m = _MORE_FRAMED_END.search(text, at) or _MORE_WORDS_END.search(text, at)
    if m is None:
        return paragraph
    before = text[:m.start()].rstrip()
    if not before:
        return "" if READ_MORE.fullmatch(text.strip()) else paragraph
    if ends_sentence(before):
        return before
    if m.re is _MORE_FRAMED_END and (has_words(before[-1]) or before[-1] == "."):
        return before  # a summary cut short in a sentence (bare words there are the sentence's: `…详见全文`)
    return paragraph


# a credit in brackets that a PDF's line wrap broke in two (`…工作。（市粮` / `食局供稿）`)
_OPEN_TAIL = re.compile(r"[(（][^()（）]{0,30}$")
WRAPPED_CREDIT_REST = 8  # characters of a credit's rest a hard wrap carried to the next line (`新宇）`, `某）`)
_CREDIT_PIECE = re.compile(r"^\p{Han}{1,2}$")  # a piece of a writer's name alone on its line inside a broken credit
_CREDIT_PIECES = 3  # such pieces read between a credit's opening and its close
_CLOSE_HEAD = re.compile(r"^[^()（）]{0,30}[)）]\s*$")


# a web page's keywords under an article: `关键词: 甲 乙 丙`, `关键字：甲，乙`, `【标签】甲 乙`, `关键词:` (none)
_KEYWORDS = re.compile(r"^[【\[]?(?P<label>关键词|关键字|标签|Tags?)(?:[】\]]\s*[:：]?|\s*[:：])\s*"
                       r"(?P<v>[^。！？!?]{0,80})$", re.IGNORECASE)
# the unit that signs an article, alone on its last line (落款): `某市老区办`, `某县农业农村局`
# the last words of a unit's name (某县农业农村局, 某市老区办, 某某集团): a regex alternation
UNIT_ENDS = "办公室|委员会|管委会|人民政府|中心|局|厅|委|办|站|所|处|科|集团|公司|医院|学校|协会|海关|法院|检察院"
# a unit, then a labelled credit, in one frame (`市工商联　执笔：某某`, `县林业局　联系人：某某`)
# (or two or three units, a space apart: `区委社会工作部　区委办信息科　执笔：某某`)
_ONE_UNIT = r"\p{Han}{2,20}?(?:" + UNIT_ENDS + r"|联|会|部|院|队|镇|乡|街道|社区|村|支部)"
_UNIT_THEN_LABEL = re.compile(r"^(?P<u>" + _ONE_UNIT + r"(?:[ \t\u3000]+" + _ONE_UNIT + r"){0,2})[ \t\u3000]+"
                              r"(?=\p{Han}{1,4}[:：])")
_SIGNATURE = re.compile(r"^(?:\p{Han}{2,30}(?:" + UNIT_ENDS + r")|办公室)$")  # (a bureau's own office: `（办公室）`)
_PLACE_UNIT = re.compile(r"^\p{Han}{1,10}(?:镇|乡|街道|社区|村)$|^\p{Han}{1,8}(?:县|区|市|旗)$")  # a town, a village or a county (`（某某镇）`, `（某川县）`)
# in brackets after a sentence, more units sign an item (`（机关党支部）`, `（医药卫生界别活动组）`, `（县总工会）`,
# `（区妇联）`, `（县公安局交警大队）`): bodies whose names end so, three characters or more
_OFFICE_ALONE = re.compile(r"^\p{Han}{1,12}[室馆]$")  # an office or a hall signing alone (`（研究室）`, `（局办公室）`, `（市档案馆）`)
_BRACKETED_UNIT = re.compile(r"^\p{Han}{2,30}(?:支部|部|组|队|院|联|会|社|团|股|课|人大|政协|党委|党工委|党组|总支)$")  # (`（县某局综合股）`: a bureau's section)


def closing_tail(paragraph: str, signature: bool = False) -> list[tuple[str, str, str]] | None:
    """The facts of a whole paragraph that closes an entry and is no text of it, or None: an entry's
    credit line (`（供稿：安全监督科）`, `[责任编辑:甲]`, `（编辑 甲）`: credit_facts, ENTRY_CREDITS only),
    a keywords line (`关键词: 甲 乙` -> ("keywords", "关键词", "甲 乙")), and with `signature` a
    unit's name alone, the article's sign-off (`某市老区办` -> ("contributor", "落款", "某市老区办"))."""
    line = paragraph.strip()
    facts = credit_facts(line)
    if facts and all(k in ENTRY_CREDITS for k, _, _ in facts):
        return facts
    if facts and facts[0][0] in ENTRY_CREDITS and all(k in ENTRY_CREDITS or k == "phone" for k, _, _ in facts):
        return facts  # (a 解读's official and the number to call: `解读人：某某　联系电话：…`)
    if signature and facts and facts[0][0] == "contact" and all(k in ("contact", "phone") for k, _, _ in facts):
        return facts  # a release's contact closing it (`联络人：某某　电话：…`): the article's, no text of it
    s = fold(line)
    m = _KEYWORDS.match(s) if len(s) <= CLOSING_MAX else None
    if m:
        return [("keywords", m.group("label"), line[m.start("v"):].strip())]
    if signature and _SIGNATURE.match(s):
        return [("contributor", "落款", line)]
    return None


# a writer's credit alone on the last line of an entry, the unit before the name a space apart:
# `（某某镇　某某）`, `（某某社区网格员 某某）`, `（县农业农村局 某 某）` (a name of two set out to three's width),
# `（镇妇联　某某）`, `（县科协　某某）`, `（某区实验小学　某某）`
_WRITERS_UNIT_END = (UNIT_ENDS + r"|室|镇|乡|街道|社区|村|院|队|部|馆|校|厂|场|台|团|组|社|会|员|联|协|专班|政府|小学|中学|大学"
                     r"|幼儿园|人大|政协|党委|党工委|党组|支部|总支|苏木|嘎查")  # how the unit before a writer's name ends
WRITERS_UNIT = re.compile(r"^\p{Han}{1,20}(?:" + _WRITERS_UNIT_END + r")$")
_UNIT_WRITER = re.compile(r"^[(（]\s*(?P<u>\p{Han}{1,20}?(?:" + _WRITERS_UNIT_END + r"))(?:记者|通讯员|特约记者)?"
                          r"[ \t\u3000]+(?P<n>\p{Han}[\p{Han}·\s\u3000]{1,40}?)\s*[)）]$")


_WRITER_LABELS = frozenset({"通讯员", "记者", "摄", "摄影", "文", "图", "文/图", "文／图", "供稿", "执笔"})


def unit_writer(line: str) -> tuple[str, list[str]] | None:
    """(unit, writers) of a line that is nothing but a writer's credit in brackets, the unit first:
    `（某某镇　某某）` -> (某某镇, [某某]), `（某乡　某甲　某乙）` -> (某乡, [某甲, 某乙]), `（某局　通讯员　某某）` ->
    (某局, [某某]), `（县融媒体中心记者　某某）` -> (县融媒体中心, [某某]); a name spaced to a three's width joined (`某 某`), a credit's labels left out. Each
    writer is two to four characters, five or six ending as no office does (a Mongolian name: `某某苏木　某某某某某`;
    not `综合执法大队`), or a dotted name; whether it is a name is the caller's to say."""
    m = _UNIT_WRITER.match(line.strip())
    if m is None:
        return None
    parts = [p for p in join_spaced_names(m.group("n")).split() if p not in _WRITER_LABELS]
    # (`（县委办信息科　某某　县农业农村局　某某）`: two units, each with its writer)
    units = [m.group("u"), *(p for k, p in enumerate(parts) if 0 < k < len(parts) - 1 and _OTHER_UNIT.match(p))]
    names = [p for p in parts if p not in units]
    if not names or len(names) > _MOST_CREDITED or not all(
            2 <= len(n) <= 4 or (len(n) <= 6 and n[-1] not in _OFFICE_LAST) or ("·" in n and len(n) <= 12) for n in names):
        return None
    return "　".join(units), names


_OTHER_UNIT = re.compile(r"^\p{Han}{2,20}(?:" + UNIT_ENDS + r"|科|股|室|镇|乡|街道|社区|村|院|队|部|馆|校|厂|场|中心|支部|苏木)$")
_MOST_CREDITED = 6  # writers one closing credit names


def peel_entry_credits(paras: list[str], signature: bool = False) -> list[tuple[str, str, str]]:
    """An entry's own credits at the end of its text — a line `（供稿：安全监督科）`, `编辑：张三 审核：李四`,
    `[责任编辑:甲]`, a keywords line `关键词: 甲 乙` (closing_tail; with `signature` also the unit
    signing it, `某市老区办`), or a bracketed credit closing its last paragraph `…落实。（市商务局供稿）`,
    also when a line wrap broke it in two (`…落实。（市商` / `务局供稿）`) — taken out of `paras` (in
    place); their (kind, label, value) facts, in printed order."""
    found: list[tuple[str, str, str]] = []
    if len(paras) >= 3 and _CLOSE_HEAD.match(paras[-1]):  # (`…。（园区管委会` / `某` / `某）`: a writer's name spaced
        j = len(paras) - 2  # out, each character set on a line of its own by the extraction)
        while j >= 0 and len(paras) - 1 - j <= _CREDIT_PIECES and _CREDIT_PIECE.match(paras[j].strip()):
            j -= 1
        if j >= 0 and j < len(paras) - 2 and _OPEN_TAIL.search(paras[j]):
            spaced = paras[j].rstrip() + " " + "".join(x.strip() for x in paras[j + 1:])  # (the pieces one name)
            if trailing_credit(spaced) is not None or (paras[j].lstrip()[:1] in "(（" and unit_writer(spaced)):
                paras[j:] = [spaced]
    if len(paras) >= 2 and _CLOSE_HEAD.match(paras[-1]) and _OPEN_TAIL.search(paras[-2]):
        joined = paras[-2] + paras[-1].strip()
        if trailing_credit(joined) is not None:
            paras[-2:] = [joined]
        elif paras[-2].lstrip()[:1] in "(（" and unit_writer(spaced := f"{paras[-2].strip()} {paras[-1].strip()}"):
            paras[-2:] = [spaced]  # (a unit and its writer on two lines, `（县某局` / `某某）`: one credit, parted
            # where the line broke, as `_take_entry_credits` reads it)
        elif trailing_credit(spaced := f"{paras[-2].rstrip()} {paras[-1].strip()}") is not None:
            paras[-2:] = [spaced]  # (`…参加会议。（市政府办` / `某某）`: after the sentence, the unit, then its writer)
    elif paras and _OPEN_TAIL.search(paras[-1]) and trailing_credit(paras[-1] + "）") is not None:
        paras[-1] += "）"  # (its closing bracket wrapped onto a line of its own, no words on it: `…。（据新华社电` / `）`)
    while paras:
        facts = closing_tail(paras[-1], signature)
        if facts:
            found[:0] = facts
            paras.pop()
            continue
        tail = trailing_credit(paras[-1])
        if tail is not None:
            found[:0] = tail[1]
            if tail[0]:
                paras[-1] = tail[0]
            else:
                paras.pop()
        break
    return found
