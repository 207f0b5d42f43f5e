"""Persons: the people named in each entry, the role printed with each, and the people views.

`annotate(entries, names_file=None)` fills two fields of every `Entry` in place:

    persons   list[str]       the distinct people named in kicker + title + text, in order of
                              first appearance (the byline, if any, comes last), names only:
                              ["江凌", "张晓仑"], never ["市委书记江凌"]
    roles     dict[str, str]  name -> the role printed with it in this entry, as printed, with the
                              office before it: {"江凌": "洛阳市委书记", "张晓仑": "国机集团董事长",
                              "习近平": "总书记"}; names printed without a role are absent

Recognition works offline, from the package data alone, and generalizes to names it has never seen:

1. The text is read from a whitespace-free, width-folded copy, so a name broken by a PDF line end or
   a space (`江 凌书记`) is still one name; where whitespace stood is remembered as a soft boundary
   (a reporter credit `记者翟国鑫 吴丹` is two names).
2. A candidate is a surname (data/surnames.txt) plus one or two characters that is not a word
   (data/not_names.txt; data/words.txt, derived from jieba's dictionary: 洛阳, 单位, 文明, a given
   name 负责 or 大家) and is followed by punctuation or by a word that can follow a name
   (data/follow.txt: 出席, 强调, 等, 与 …). Two or three characters: the read that a follow word
   confirms; when both are, a confirmed name, then a dictionary person, then the shorter one
   (王军等参加 -> 王军). It counts when it stands
   - right after a role or title (data/roles.txt): 市委书记江凌, 董事长张晓仑, 总领事麦多明, 院士赵华,
     《最美志愿者曹建森》; a list after a role (`区领导张志强、张宛澍`) gives every name that role;
     right after a role a plain verb may follow the name too (`市长王勇安排…`);
   - right after an occupation word ending in 员/师/手/匠 (`保洁员宗国美`, `培训师司献凤`);
   - right before 总书记 / 同志, or 书记 / 总理 / 主席 / 家庭 / 一行 after a boundary or a verb
     (`贯彻江凌书记讲话精神`), or a leader jieba's dictionary knows before a doctrine
     (习近平新时代…思想, 习近平法治思想, 毛泽东思想; never 马克思主义);
   - at the start of a title as its subject (`江凌调研…`, `楼阳生到洛阳市调研`);
   - after a place and before an honour (`洛阳市黄咏梅获评…`);
   - in a list of two or more names that opens a clause (`王军、张玉杰、魏险峰、任丽君等参加`);
   - in the entry's `byline`, a trailing reporter credit (`（李东慧）`, `(张林林 文/图)`) or a credit
     right after the dateline (`本报讯(记者 张三 通讯员 李四)`).
   A foreign name (`约翰·史密斯`, or one without a Chinese surname: `总统普拉昌达`) counts after a
   foreign role only (总领事, 大使, 总统, 首相, 秘书长 …).
3. Names confirmed by an anchor anywhere in the list given (one issue) are then found wherever
   they stand before a follow word in any entry of it (`张玉杰强调…`, `江凌还察看…`), unless glued
   to the word before them (赛马会 is not 马会). The weaker anchors (an occupation word, an honour,
   a plain verb or a line end after a role) count in their own entry but confirm nothing beyond it,
   so one misread cannot spread through the issue.
4. A names file corrects the result: one name a line; `-name` excludes it (never reported), a plain
   name is always a person wherever it is printed. `#` starts a comment. An unreadable file raises
   `NamesFileError` (an `InputError`, one line).

jieba itself is never imported: its dictionary's verdicts are precomputed in data/words.txt (see
data/make_words.py). Its part-of-speech tagger (`nr`) was measured as a further signal on the
samples: one more person found, twelve non-persons (幸福感, 张贴, 宫城 …), about 2 s of start-up; left out.

The people views (timelines, companions) are digest.people; the word lists and tries are
digest.lexicon; the statistical scorer `digest persons` adds is digest.namemodel.

Nothing here prints.
"""

from __future__ import annotations

import bisect
import re as literal_re  # the stdlib engine: faster for large alternations of plain words
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex as re

from digest.lexicon import (
    CONJUNCTIONS,
    NUMERAL,
    NUMERAL_DATE,
    PLACE_ENDS,
    PREPOSITION_LAST,
    dictionary_word,
    word_flags,
)
from digest.lexicon import POST_DOCTRINE as _POST_DOCTRINE
from digest.lexicon import POST_MODEL as _POST_MODEL
from digest.lexicon import POST_STRONG as _POST_STRONG
from digest.lexicon import Lexicon as _Lexicon
from digest.lexicon import common_word as _common_word
from digest.lexicon import flag as _flag
from digest.lexicon import is_han as _is_han
from digest.lexicon import ja_firsts as _ja_firsts
from digest.lexicon import lexicon as _lexicon
from digest.lexicon import place_then_opener as _place_then_opener
from digest.lexicon import role_index as _role_index
from digest.lexicon import translit_chars as _translit_chars
from digest.lexicon import words as _words
from digest.model import Entry
from digest.source import InputError
from digest.text import WORK_LABELS, looks_traditional, simplified
from digest.text import nfkc as _nfkc

__all__ = ["annotate", "recognize", "find_persons", "read_names_file", "NamesFileError", "Found",
           "dictionary_word"]


class NamesFileError(InputError):
    """The names file cannot be read. One-line message (an InputError, so `digest parse` reports it)."""


# characters that cannot end a Chinese given name (they end places and organizations; 说 and 称
# follow names: 县长甘露说 is no name 甘露说)
_BAD_LAST = set("市县区省镇乡村委局厅部处科组队团院所站街路港州湾馆园办司社室庄店厂场校说称") | PREPOSITION_LAST
# characters that never stand inside a name
_BAD_ANY = set("的了们这那着过吗呢吧啊此各每该等与及是个不也都就还副")
# (lexicon.CONJUNCTIONS: right after a role they start no name, 负责人和基金机构; a name may end in one, 郭爱和等)
# given names that are never names, even right after a role (负责人向大家介绍)
_NEVER_GIVEN = frozenset({"大家", "负责", "我们", "他们", "大会", "有关", "相关", "各位", "同志", "一起",
                          "一同", "分别", "共同", "进一", "统一", "全体", "所有", "广大"})
# the last character of an occupation word right before a name (保洁员宗国美, 培训师司献凤, 网格长某某)
_OCC_END = set("员师手匠长")
# words ending in an occupation's last character that name no one (增长, 擅长): no anchor
_NOT_OCC = frozenset({"成长", "增长", "延长", "擅长", "助长", "生长", "拉长", "加长", "见长", "专长", "特长",
                      "漫长", "悠长", "修长", "细长", "狭长", "冗长", "全长", "身长", "年长", "消长", "滋长",
                      "放长", "伸长", "较长", "很长", "最长", "更长", "过长", "太长", "多长"})
# characters that end an office or organization name
_ORG_END = set("部局厅委会院所司处科队团组办室站心")
# roles of a reporter credit, whose names may be separated by spaces alone (记者翟国鑫 吴丹)
_CREDITS = ("记者", "通讯员", "摄影", "编辑")
# what may follow a name ending in a conjunction (郭爱和等)
_TAIL = ("等", "一行", "同志", "先生", "女士")
# single characters that, before a name, are function words rather than part of it (和江凌书记)
_FUNC = set("和与及同跟向对在为把将被由让给以于从是的了等也都还并又即暨请经按据向至、")
# anchors after a name: strong ones (the name stands alone before them) and weak ones
# a model person before 精神 / 式的好 (焦裕禄精神, 焦裕禄式的好干部): a dictionary person or confirmed
# last characters of places the dictionary calls persons (钱塘江, 罗霄山, 红旗渠)
_PLACE_LAST = set("山江河湖寨岛渠岭坝峰洞沟湾台关桥庄堡")
# honours after a place-prefixed name (洛阳市黄咏梅获评…)
_HONOURS = ("获评", "荣获", "入选", "当选", "获得", "获", "被评为", "被授予")
_PLACE_END = set("市县区镇乡村省")
_TRAILING_BYLINE = re.compile(r"[(（]\s*([\p{Han}·\s/:：、,，]{2,30}?)\s*[)）]\s*$")
_CREDIT_WORDS = re.compile(r"^(?:[\p{Han}]{0,4}记者|通讯员|实习生|摄影|供图|文字|文|图|摄)")
_CREDIT_TAIL = re.compile(r"(?:摄影|摄|供图|文图|文|图)$")
_SPACES = re.compile(r"[\s*]+")
_BYLINE_SPLIT = re.compile(r"[\s、,，/:：]+")
_HAN_RUN = literal_re.compile("[\u4e00-\u9fff\u3400-\u4dbf]*")  # fullmatch: all characters Han
_OCC_RE = literal_re.compile("[" + "".join(sorted(_OCC_END)) + "]")
_PLACE_RE = literal_re.compile("[" + "".join(sorted(_PLACE_END)) + "]")
_LIST_RE = literal_re.compile("[、(]")
_HONOURS_RE = literal_re.compile("|".join(_HONOURS))


@dataclass
class Found:
    """One recognized person in one entry."""

    name: str
    pos: int  # offset in the compact text (title + text)
    role: str | None = None
    spreads: bool = True  # confirms the name for the whole issue (False for the weaker anchors)
    kept: bool = False  # the scorer does not re-decide it: read from the layout (spaced lists, speakers,
    # biographies, name/role credits), or at an anchor its training text never holds (an appointment)


def _role_spans(s: str) -> list[tuple[int, int]]:
    """(start, end) of the roles `_lexicon().roles.finditer(s)` finds (leftmost, the longest there,
    not overlapping), found from their last characters."""
    last, root = _role_index()
    longest: dict[int, int] = {}  # start -> end of the longest role starting there
    for m in last.finditer(s):
        end = m.end()
        k = end - 1
        node = root[s[k]]
        while True:
            if "" in node:
                longest[k] = end  # ends come in order: a later one is longer
            k -= 1
            if k < 0:
                break
            node = node.get(s[k])
            if node is None:
                break
    out, pos = [], 0
    for k in sorted(longest):
        if k >= pos:
            pos = longest[k]
            out.append((k, pos))
    return out


_NUMERALS = frozenset("一二两三四五六七八九十几数")
_MEASURES = frozenset("位个名人次家户条项件批只座所")


@lru_cache(maxsize=1 << 16)
def _plausible(c: str, relaxed: bool, after_role: bool = False) -> bool:
    """`_Reader.plausible` for a name not confirmed: depends on the package data alone.
    `after_role`: the read is at a strong anchor (`name_at(relaxed=True)`: right after a role, a
    credit's label, in a list after a role), its end checked by the caller (政法委书记唐洋出席, 国务委员
    罗干主持): a word of two characters of places.txt is then read as the name it is there (jieba tags
    唐洋, 白洋 and 罗干 as places too). not_names.txt's words and longer places (英雄孟良崮) stay no
    names even there."""
    lex = _lexicon()
    if not _HAN_RUN.fullmatch(c):
        return False
    place = after_role and len(c) == 2 and c in lex.places
    if (c in lex.not_names and not place) or c[-1] in _BAD_LAST or not _BAD_ANY.isdisjoint(c[1:]) or "某" in c[1:]:
        return False  # (王某, 张某某: a name withheld is no name)
    if c[:2] in lex.compound:
        given = c[2:]
    elif c[0] in lex.surnames:
        given = c[1:]
    else:
        return False
    if not 1 <= len(given) <= 2:
        return False
    if len(given) == 2 and given[0] in _NUMERALS and given[1] in _MEASURES:
        return False  # (带头人)有两位, (代表)共三名: a count, not a given name
    if len(given) == 2 and _flag(given, "g") and not (relaxed and given not in _NEVER_GIVEN):
        return False  # 门负责(同志), 向大家, 步统一
    if len(c) == 3 and c[:2] not in lex.compound and _flag(c[:2], "p") and not relaxed:
        return False  # 干部成(为)
    return place or not _common_word(c)


def _compact(text: str) -> str:
    """Width-folded text without whitespace or emphasis markup: names broken by line ends join up."""
    return _compact_soft(text)[0]


_NAME_DOTS = re.compile(r"(?<=\p{Han})[•・‧](?=\p{Han})")  # 卡西姆•托卡耶夫 (not a menu's 卫生 • 健康)
_PINYIN_GLOSS = re.compile(r"(?<=\p{Han})\((?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")


def _compact_soft(text: str) -> tuple[str, set[int], set[int]]:
    """The compact text, its soft boundaries (offsets where whitespace stood between two non-blank
    characters: a line end, or a separator as in 记者翟国鑫 吴丹) and, of those, the spaces inside a
    line (no line end: a wrapped line may cut a word, a space inside a line seldom does)."""
    text = _nfkc(text).replace("丨", "|")  # 丨 (a Han character) separates a label from a name: 图文丨某某
    if "•" in text or "・" in text or "‧" in text:  # the dot of a foreign name printed as a bullet: ·
        text = _NAME_DOTS.sub("·", text)
    if "(" in text:  # a reading in pinyin after a character (web mirrors gloss some: 镇(zhèn)长某某)
        text = _PINYIN_GLOSS.sub("", text)
    parts = _SPACES.split(text)
    soft: set[int] = set()
    n = 0
    for k, part in enumerate(parts):
        if k and n and part:
            soft.add(n)
        n += len(part)
    spaced = soft
    if soft and ("\n" in text or "\r" in text):  # (the common case, a text of one line, needs no second look)
        spaced = set()
        n = pos = 0
        for m in _SPACES.finditer(text):
            n += m.start() - pos
            pos = m.end()
            if n in soft and "\n" not in m.group() and "\r" not in m.group():
                spaced.add(n)
    return "".join(parts), soft, spaced


class _Known:
    """The names confirmed so far, indexed once and shared by every entry read with them."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = set(names)
        self.by_first: dict[str, list[str]] = {}
        for k in sorted(self.names, key=len, reverse=True):
            self.by_first.setdefault(k[:1], []).append(k)
        # the lengths of the names, longest first: a look-up per length at an offset, not a scan of
        # every name with that first character (a list of 3,000 names stays linear)
        self.lengths = sorted({len(k) for k in self.names}, reverse=True)
        self._first: literal_re.Pattern[str] | None = None

    def at(self, s: str, i: int) -> list[str]:
        """The names starting at s[i], longest first."""
        if s[i:i + 1] not in self.by_first:
            return []
        return [s[i:i + n] for n in self.lengths if s[i:i + n] in self.names and i + n <= len(s)]

    def first_chars(self) -> literal_re.Pattern[str]:
        """A class of the names' first characters (finds where a confirmed name may start)."""
        if self._first is None:
            self._first = literal_re.compile("[" + "".join(literal_re.escape(ch) for ch in self.by_first) + "]")
        return self._first


class _Text:
    """One entry's compact text (title + \\x00 + body), its soft boundaries and byline names, with
    what depends on the text alone computed once (both passes of `annotate` read it)."""

    def __init__(self, title: str, text: str, byline: str | None, traditional: bool = False,
                 captions: str = "") -> None:
        printed = (title or "", text or "", byline or "", captions)
        if traditional:  # read as simplified: 張勁松 as 张劲松
            title, text, byline, captions = (simplified(x) for x in printed)
        body, self.byline_names = _split_byline(byline or None, text or "")
        cut = len(body)
        if captions:  # the article's photo captions (图为…。 记者 某某 摄), read after its text
            body += "\n" + captions
        self.credit_roles: dict[str, str] = {}
        if "：" in body or ":" in body or "供稿" in body:
            self.credit_roles = _credit_names(body)
            self.byline_names += [n for n in self.credit_roles if n not in self.byline_names]
        ct, soft_t, spaced_t = _compact_soft(title or "")
        cb, soft_b, spaced_b = _compact_soft(body)
        self.s = ct + "\x00" + cb
        self.spaced = spaced_t | {len(ct) + 1 + k for k in spaced_b}
        # the same text as printed, offset for offset, where a character was simplified (None: none was)
        self._printed: tuple[str, str, str] | None = None
        if traditional and printed != (title, text, byline, captions):
            ps = _compact(printed[0]) + "\x00" + _compact(printed[1][:cut] + ("\n" + printed[3] if captions else ""))
            if len(ps) == len(self.s):
                self._printed = (ps, _compact(byline or ""), _compact(printed[2]))
        self.title_len = len(ct)
        self.soft = soft_t | {len(ct) + 1 + k for k in soft_b}
        self._roles: list[tuple[int, int, str, str]] | None = None
        self._occupations: list[int] | None = None
        self._places: list[int] | None = None
        self._honours: set[int] | None = None
        self._list_starts: tuple[list[int], list[int]] | None = None
        self._posts: list[tuple[int, str]] | None = None
        self._role_ends: frozenset[int] | None = None

    def as_printed(self, x: str, pos: int = -1) -> str:
        """A name or role read at `pos` (or wherever it first is) as the source prints it: 張勁松 for
        张劲松 when the text is in traditional characters."""
        if self._printed is None:
            return x
        ps, by_s, by_p = self._printed
        if not (pos >= 0 and self.s.startswith(x, pos)):
            pos = self.s.find(x)
        if pos >= 0:
            return ps[pos:pos + len(x)]
        k = by_s.find(x)
        return by_p[k:k + len(x)] if k >= 0 and len(by_s) == len(by_p) else x

    def roles(self) -> list[tuple[int, int, str, str]]:
        """(start, end, role word, role as printed) for every role word, left to right."""
        if self._roles is None:
            s = self.s
            self._roles = [(a, b, s[a:b], _role_before(s, a, b, self.spaced)) for a, b in _role_spans(s)]
        return self._roles

    def role_ends(self) -> frozenset[int]:
        """The offsets where a role word ends (read once)."""
        if self._role_ends is None:
            self._role_ends = frozenset(b for _a, b, _w, _role in self.roles())
        return self._role_ends

    def posts(self) -> list[tuple[int, str]]:
        """(offset, word) for every word that may follow a name (总书记, 同志, 思想 …)."""
        if self._posts is None:
            self._posts = [(m.start(), m.group()) for m in _lexicon().post.finditer(self.s)]
        return self._posts

    def occupations(self) -> list[int]:
        """Offsets right after an occupation word ending in 员/师/手/匠/长 that no listed role covers
        (侦查员, 网格长, 场长; not 增长 or 擅长: _NOT_OCC)."""
        if self._occupations is None:
            s, roles, ends = self.s, _lexicon().roles, self.role_ends()
            out = []
            for m in _OCC_RE.finditer(s):
                i = m.end()
                if (2 <= i < len(s) and i not in ends and _is_han(s[i - 2]) and s[i - 2:i] not in _NOT_OCC
                        and not (roles.match(s, i - 2) or roles.match(s, i - 3 if i >= 3 else 0))):
                    out.append(i)
            self._occupations = out
        return self._occupations

    def places(self) -> list[int]:
        """Offsets right after a character that ends a place name (市县区镇乡村省)."""
        if self._places is None:
            n = len(self.s)
            self._places = [m.end() for m in _PLACE_RE.finditer(self.s) if 1 <= m.end() < n]
        return self._places

    def honours(self) -> set[int]:
        """Offsets where an honour word starts (获评, 荣获 …)."""
        if self._honours is None:
            found = set()
            s = self.s
            for m in _HONOURS_RE.finditer(s):
                k = m.start()
                if m.group() == "获" and k > 0 and dictionary_word(s[k - 1:k + 1]):
                    continue  # 收获, 查获: a word that ends in 获, not the honour
                found.add(k)
                found.update(p for p in range(m.start() + 1, m.end()) if s.startswith(_HONOURS, p))  # 荣获
            self._honours = found
        return self._honours

    def list_starts(self) -> tuple[list[int], list[int]]:
        """Offsets two to four characters before a 、 or (, where a list's first name may start: those
        where a surname starts and a list may open (`_may_open_list`), and the others (only a
        confirmed name can start there; not checked yet)."""
        if self._list_starts is None:
            s = self.s
            starts = sorted({k - d for k in (m.start() for m in _LIST_RE.finditer(s))
                             for d in (2, 3, 4) if k - d >= 0})
            lex = _lexicon()
            named: list[int] = []
            other: list[int] = []
            # never inside a role word (青年艺术家|洪伟、周青: 家洪伟 is no name; the role reads 洪伟)
            inside = {k for a, b, _w, _r in self.roles() for k in range(a + 1, b)} if starts else set()
            for i in starts:
                if i in inside:
                    continue
                if s[i] in lex.surnames or s[i:i + 2] in lex.compound:
                    if _may_open_list(s, i):
                        named.append(i)
                else:
                    other.append(i)
            self._list_starts = (named, other)
        return self._list_starts


class _Reader:
    """Name reading over one compact text, with the names confirmed so far."""

    def __init__(self, s: str, known: set[str], lex: _Lexicon, soft: set[int] | None = None,
                 text: _Text | None = None, names: _Known | None = None) -> None:
        self.s = s
        self.soft = soft or set()
        self.known = known
        self.lex = lex
        self.names = names if names is not None else _Known(known)
        self.by_first = self.names.by_first
        self.text = text

    def plain_end(self, i: int, name: str | None) -> bool:
        """Does the name read at i end where a name ends (a space, a mark, a follow word), not
        inside a run of characters that goes on (记者何某某董某某)?"""
        return name is not None and (i + len(name) in self.soft or self.follows(i + len(name)))

    def follows(self, j: int) -> bool:
        s = self.s
        if j >= len(s):
            return True
        ch = s[j]
        if ch == "·":
            return False
        if not _is_han(ch):
            return not ch.isalnum() or (ch.isascii() and ch.isdigit())  # 汪文斌1日宣布
        if ch == "时" and s[j + 1:j + 2] in _WHEN_END:
            return True  # 会见秘书长某某时，: "when", not a name's last character
        return self.lex.follow.match(s, j) is not None or bool(self.known_at(j))

    def follows_weakly(self, j: int) -> bool:
        """A common verb, adverb or preposition (市长王勇安排…); the name before it must not end in
        a common word (乡村民宿产业发展 is no 宿产业)."""
        return _flag(self.s[j:j + 2], "v")

    def plausible(self, c: str, relaxed: bool = False) -> bool:
        """Shape and word checks for a Chinese name candidate (no context). `relaxed` (a name right
        after a role and right before punctuation: 局长李胜利，, 市领导方向亮、) lets the given name or
        the first two characters be a common word."""
        return c in self.known or _plausible(c, relaxed)

    def name_at(self, i: int, ok: Callable[[int], bool] | None = None, relaxed: bool = False) -> str | None:
        """The Chinese name starting at i, or None; `ok(end)` says whether the text after a read
        may follow a name (default: punctuation or a follow word). Ambiguous 2/3-character reads
        prefer a known name, then a dictionary person, then the shorter read (王军等参加 -> 王军)."""
        s = self.s
        if i >= len(s):
            return None
        ch = s[i]
        if not ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"):
            return None
        ok = ok or self.follows
        if ch in self.by_first:
            for k in self.names.at(s, i):  # confirmed names starting at i, longest first
                if ok(i + len(k)):
                    return k
        elif ch not in self.lex.surnames and s[i:i + 2] not in self.lex.compound:
            return None  # no surname and no confirmed name starts here: no read is plausible
        lengths = (3, 4) if s[i:i + 2] in self.lex.compound else (2, 3)
        cands = []
        known = self.known
        for n in lengths:
            c = s[i:i + n]
            end = i + n
            relax = relaxed and (end >= len(s) or not (_is_han(s[end]) or s[end].isalnum()))
            if n == 3 and c[-1] in "在于" and c not in known and _TIME_AHEAD.match(s, end):
                continue  # 作家方方在16日写道: 在 opens a time (在16日, 于今年), it ends no name
            if len(c) == n and (c in known or _plausible(c, relax, relaxed)) and ok(end):
                cands.append(c)
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        short, long = cands
        if _flag(long, "n"):
            return long
        after = i + len(long)
        if long[-1] in CONJUNCTIONS and (after >= len(s) or not _is_han(s[after]) or s.startswith(_TAIL, after)):
            return long  # 郭爱和等: a conjunction cannot stand before 等 or punctuation
        return short

    def known_at(self, i: int) -> list[str]:
        """Confirmed names starting at i, longest first."""
        return self.names.at(self.s, i)

    def may_start(self, i: int) -> bool:
        """Cheap test: could a name start at i?"""
        ch = self.s[i:i + 1]
        return ch in self.lex.surnames or ch in self.by_first or self.s[i:i + 2] in self.lex.compound

    def japanese_at(self, i: int) -> str | None:
        """A Japanese name after a role: a family name from data/surnames_ja.txt and one to three
        characters, the shortest read a follow word confirms (佐藤树一郎率团, 铃木史朗、)."""
        s = self.s
        for n in (3, 2):
            fam = s[i:i + n]
            if len(fam) == n and fam in self.lex.ja_surnames:
                for g in (1, 2, 3):
                    c = s[i:i + n + g]
                    given = c[n:]
                    if (len(c) == n + g and all(_is_han(ch) and ch not in _BAD_ANY for ch in given)
                            and given not in _words() and c[-1] not in _BAD_LAST and c[-1] not in "道路街"
                            and not self.lex.roles.match(c, n) and self.follows(i + n + g)):
                        return c
        return None

    def foreign_at(self, i: int) -> str | None:
        """A foreign name after a role: the shortest run of Han characters and ·, 2-12 long,
        followed by a follow word (麦多明举行, 约翰·史密斯表示)."""
        s = self.s
        if i >= len(s) or s[i] in _FUNC or s[i] == "级" or self.lex.follow.match(s, i):
            return None  # 外长将访华: a verb phrase, not a name; 部长级会议: no role
        j = i
        while j < len(s) and j - i < (20 if "·" in s[i:i + 12] else 12) and (_is_han(s[j]) or s[j] == "·"):
            j += 1
            if j - i >= 2 and s[j - 1] != "·" and (self.follows(j) or self.follows_weakly(j)
                                                     or _TIME_AFTER.match(s, j) is not None
                                                     or (s[j:j + 1] in _ADVERB_AFTER and j + 1 < len(s) and _is_han(s[j + 1]))):
                c = s[i:j]
                if self.lex.roles.search(c):
                    return None  # 兼总经理…: a role, not a name
                if "·" in c:  # 约翰·史密斯: every part a run of Han characters
                    return c if all(part for part in c.split("·")) else None
                if len(c) == 2:  # 外交大臣库克昨晚, 总统普京表示: two characters of transliterations
                    return c if _foreign_pair(c) and c not in self.lex.not_names else None
                if (c in self.lex.not_names or c in _words() or c[:2] in _words()
                        or any(ch in _BAD_ANY for ch in c) or not _foreign_shape(c, self.lex.surnames)):
                    return None
                return c
        return None


def _foreign_pair(c: str) -> bool:
    """Two characters that read as a whole transliterated name after a foreign role (库克, 普京,
    利维): both are characters of transliterations, and they make no common word (jieba's flags
    g, x, v, p: 今天, 选举 are no names; a place word, flag s, may be: 普京 is tagged ns)."""
    chars = _translit_chars()[0]
    fl = _words().get(c, "")
    return all(ch in chars for ch in c) and not any(f in fl for f in "gxvp")


def _foreign_shape(c: str, surnames: frozenset[str]) -> bool:
    """Does a run read after a foreign role look like a name: characters of transliterations (half or
    more strong ones, at most one in three of no transliteration: 古特雷斯, 斯捷潘诺夫, 奥云额尔登), or
    three characters starting with a surname (an Asian name: 黎文明, 河在勋)? Not 级会议之后, 敦促日方恪守."""
    strong, weak = _translit_chars()
    other = sum(1 for ch in c if ch not in strong)
    if other <= len(c) // 2 and sum(1 for ch in c if ch not in strong and ch not in weak) <= len(c) // 3:
        return True
    return len(c) == 3 and c[0] in surnames


def _kind_printed(s: str, start: int, end: int) -> str:
    """A kind of person or an occupation as printed: the word, with the organization or place right
    before it when one ends there (县委宣传部干部, read as a role is); not the clause before it
    (其中被告人 -> 被告人, 1号网格长 -> 网格长)."""
    if start > 0 and (s[start - 1] in _ORG_END or s[start - 1] in _PLACE_END):
        return _role_before(s, start, end)
    return s[start:end]


def _occupation_printed(s: str, i: int) -> str:
    """The occupation ending at i as printed (保洁员, 技术能手): the role read back from its last
    character, or where that stops at a verb (侦查|员), the word itself (侦查员)."""
    printed = _role_before(s, i - 1, i)
    if len(printed) < 2:
        printed = s[i - 3:i] if i >= 3 and dictionary_word(s[i - 3:i]) else s[i - 2:i]
    return printed


def _role_before(s: str, start: int, end: int, soft: set[int] | None = None) -> str:
    """The role as printed: the role word plus the organization words right before it, back to
    punctuation, a function word or a verb (认真落实省委书记 -> 省委书记), at most 24 characters;
    digits inside count (世界客属第33届恳亲大会筹委会主任); `soft`: the offsets where a space stood
    inside a line (not back over it: 某某 编辑丨某某)."""
    words, follow_words = _words(), _lexicon().follow_words
    k = start
    while k > 0 and end - k < 24 and not (soft and k in soft):
        ch = s[k - 1]
        if ch.isdigit() and ch.isascii():
            if k - 1 == 0 or not (_is_han(s[k - 2]) or s[k - 2].isdigit()):
                break
        elif not ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf") or ch in _FUNC:
            break
        elif k >= 2 and s[k] not in _ORG_END:
            two = s[k - 2:k]
            if "v" in words.get(two, "") or two in follow_words:
                break  # a verb, unless it names an office (指挥部指挥长)
        k -= 1
    while k < start and s[k].isdigit():
        k += 1
    if k < start and s[k] == "岁" and k > 0 and s[k - 1].isdigit():
        k += 1  # an age is no part of the role (88岁老党员 -> 老党员)
    return s[k:end]


def find_persons(title: str, text: str = "", known: set[str] | None = None,
                 byline: str | None = None) -> list[Found]:
    """Every person recognized in one entry (anchors, lists, confirmed names, byline), in text order,
    one `Found` per occurrence. `known` names (confirmed elsewhere) are matched before a follow word."""
    return _find(_Text(title, text, byline), _Known(known or ()))


def _find(t: _Text, names: _Known, confirming: bool = False) -> list[Found]:
    """`find_persons` over a prepared text, with the confirmed names indexed. `confirming`: only
    what may confirm a name for the issue, in no particular order (the anchors that never spread,
    and the known names, which are confirmed already, are skipped)."""
    s = t.s
    r = _Reader(s, names.names, _lexicon(), t.soft, t, names)
    out: list[Found] = []
    out.extend(_role_anchored(r))
    if not confirming:
        out.extend(_occupation_anchored(r))
    out.extend(_post_anchored(r))
    if not confirming:
        out.extend(_foreign_before_title(r))
    out.extend(_title_subject(r, t.title_len))
    if not confirming:
        out.extend(_speaker(r, t.title_len))
    if not confirming:
        out.extend(_honoured(r))
    out.extend(_clause_lists(r))
    if not confirming:
        out.extend(_known(r))
    out.extend(_dateline_credit(r))
    out.extend(_tibetan(r))
    out.extend(_mongolian(r))
    if not confirming:
        out.extend(_appointed(r))
        out.extend(_qualified_lists(r))
        out.extend(_spaced_lists(r))
        out.extend(_name_then_post(r))
        out.extend(_biography(r))
        out.extend(_slash_credit(r))
        out.extend(_slash_pair(r))
        out.extend(_label_credit(r))
    if not confirming:
        out.extend(_parallel_lists(r, out))
        out = _drop_inner(s, out)
    for k, n in enumerate(t.byline_names):  # a credit line's names where printed; a byline's after the text
        at = s.find(n) if n in t.credit_roles else -1
        out.append(Found(n, at if at >= 0 else len(s) + k, t.credit_roles.get(n) or None))
    if not confirming:
        out.sort(key=lambda f: f.pos)
    return out


def _drop_inner(s: str, found: list[Found]) -> list[Found]:
    """The found names less those that start inside another found name and end within it: a name
    confirmed in the issue (梅某) read again inside a longer one (顾梅某: a surname opens the given
    name), or 孙某 read from the 长孙 of 董事长长孙某 (长 ends an occupation) where another rule read
    the whole name. Names at the same offset stay (each rule's own reading of the length). One pass
    over the spans in order of their start, keeping the farthest end of those that start before."""
    spans = sorted({(f.pos, f.pos + len(f.name)) for f in found if s.startswith(f.name, f.pos)})
    inner: set[tuple[int, int]] = set()
    reach = group_reach = -1  # the farthest end of the spans starting before this start; at this start
    start = -1
    for a, b in spans:
        if a != start:
            reach, group_reach, start = max(reach, group_reach), -1, a
        if b <= reach:
            inner.add((a, b))
        group_reach = max(group_reach, b)
    if not inner:
        return found
    return [f for f in found if (f.pos, f.pos + len(f.name)) not in inner or not s.startswith(f.name, f.pos)]


def _rule_spans(s: str, found: list[Found]) -> dict[tuple[int, int], str]:
    """(start, end) -> flags of the names the rules found in s: f found, r with a role, s spreads."""
    out: dict[tuple[int, int], str] = {}
    n = len(s)
    for f in found:
        name, pos = f.name, f.pos
        end = pos + len(name)
        if end <= n and s.startswith(name, pos):
            span = (pos, end)
            flags = "f" + ("r" if f.role else "") + ("s" if f.spreads else "")  # in sorted order
            old = out.get(span)
            # a span read by two rules: the union of their flags (a list of thousands of names reads
            # each span once, so the sets are built for the few spans read twice)
            out[span] = flags if old is None or old == flags else "".join(sorted(set(old) | set(flags)))
    return out


def _model_spans(t: _Text, found: list[Found]) -> tuple[dict[tuple[int, int], str], dict[int, str]]:
    """What the scorer is told of the rules: their names' spans (`_rule_spans`), plus, flagged "p",
    a Chinese name read right before a role word after a boundary (钱其琛副总理, 。贺立民市长在);
    and the role printed right after each offset where a name may end."""
    s = t.s
    rule = _rule_spans(s, found)
    after: dict[int, str] = {}
    r = _Reader(s, set(), _lexicon(), t.soft, t, _Known(()))
    for a, _b, word, _role in t.roles():
        after[a] = word
        for n in (3, 2):
            i = a - n
            if i < 0 or (i > 0 and _is_han(s[i - 1]) and s[i - 1] not in _FUNC):
                continue
            name = r.name_at(i, lambda k, a=a: k == a)
            if name and len(name) == n and not _place_then_opener(name):  # 韩国代|总理: 代总理 is the role
                span = (i, a)
                rule[span] = "".join(sorted(set(rule.get(span, "")) | {"p"}))
                break
    return rule, after


def _known_person_after_a_role(f: Found) -> bool:
    """A name the rules read after a role that jieba's dictionary knows as a person (words.txt flag n:
    韩国总统金大中, whose 大中 the scorer doubts as a given name), unless it ends like a place (挥师金马河:
    jieba tags the river nr too). Two signals the scorer weighs apart agree: `digest persons` keeps it,
    as `digest parse` keeps every name of the rules."""
    return bool(f.role) and _flag(f.name, "n") and f.name[-1] not in _PLACE_LAST


def _with_model(t: _Text, found: list[Found], add_only: float | None = None) -> list[Found]:
    """The rules' names re-decided, and names added, by the statistical scorer (digest.namemodel);
    an added name takes the role printed right before it (a role word ends there) or right after it
    (钱其琛副总理). `add_only`: keep every name of the rules and add only spans scoring at least this
    that overlap none of them."""
    from digest import namemodel

    s = t.s
    rule, after = _model_spans(t, found)
    if add_only is None:
        keep = set(namemodel.spans(s, rule))
        out = [f for f in found if (f.pos, f.pos + len(f.name)) in keep or f.pos >= len(s) or f.name in t.credit_roles
               or _is_tibetan(f.name) or _is_mongolian(f.name)  # kinds of names the scorer has no candidate for
               or f.kept  # the layout or an appointment says these are names (`Found.kept`)
               or _known_person_after_a_role(f)]
    else:
        taken = {k for f in found for k in range(f.pos, f.pos + len(f.name))}
        keep = {(a, b) for a, b in namemodel.spans(s, rule, add_only) if not any(k in taken for k in range(a, b))}
        out = list(found)
    have = {(f.pos, f.pos + len(f.name)) for f in out}
    before = {b: role for _a, b, _w, role in t.roles()}
    out.extend(Found(s[a:b], a, before.get(a) or after.get(b)) for a, b in keep if (a, b) not in have)
    out.sort(key=lambda f: f.pos)
    return out


# A name opening a clause (at the start of the title or the text, after a mark or a line end:
# 。周某首先到…, 当天下午，倪某大爷…, 、李某、) is read at no anchor at all, so it needs a surer score
# than the weak anchors' floor, and the spans whose own features are far from it are dropped
# before their context is read (`namemodel.scored_at`'s `least`). Chosen on pd98 and two sets of real
# paragraphs, with the samples and 19 held-out documents checked (see `_weakly_anchored`).
CLAUSE_FLOOR = 0.65
CLAUSE_LEAST = -1.5
ITEM_FLOOR = 0.5
_CLAUSE_START = re.compile(r"[，。；：！？、“”（）《》,;:!?()|\x00]")
_LIST_JOIN = frozenset("、和与及")
_COUNTED = re.compile(r"等(?:\d+|[一二两三四五六七八九十百千]+)多?[名人位]")
# ways news addresses an ordinary person right after the name, that are no titles (roles.txt holds
# 老师, follow.txt 同志): written by hand; 82岁的某某老人笑着说 was a miss of a blind-round page
_ADDRESSED = re.compile("老人|大爷|大妈|大娘|大姐|大哥|老汉|阿婆|阿公|夫妇|一家|同学")
_SLASH = re.compile(r"(?<=\p{Han})/(?=\p{Han})")
# a verb of taking a post: the name before it (的某某担任第一书记), or after 由 (由某某任主任)
_POST_VERBS = "担任|出任|兼任|接任"
_TAKES_POST = re.compile(_POST_VERBS + "|当选")
_BY_WHOM = re.compile(rf"由(?=\p{{Han}}{{2,4}}(?:{_POST_VERBS}|任|主持|负责|带队|率队|率领|宣读|介绍|管理|牵头|主讲|执导|主演))")
# a name and the age of its bearer (某某，61岁，; 某某（32岁）), or a name suspected of a crime (审理某某涉嫌盗窃案)
_AGED = re.compile(r"[，,]\d{1,3}岁[，,。]|[（(]\d{1,3}岁[）)]|涉嫌")
# a verb of winning: the name right before it (…，某某获一等奖, 某某夺得冠军) needs only the weak
# anchors' floor at a clause's start (an organization that wins is seldom read as a name: 高新区获批)
_WINS = re.compile("荣获|获得|获|夺得|摘得")
_ITEM_END = frozenset("、。，；：！？,;:!?)）")  # what ends an item of a list opened by 、
# words that follow a person's name alone, shared by the items of a list (某甲家庭、某乙家庭): a word
# that follows things too is no sign (焦裕禄精神、红旗渠精神: a person's, then a canal's)
_PERSON_TAILS = ("家庭", "同志", "先生", "女士", "夫妇", "一家")
_TAIL_FIRST = frozenset(w[0] for w in _PERSON_TAILS)


def _parallel_items(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """The names of the items beside a name s[a:b] whose item goes on with a word that follows
    persons alone (_PERSON_TAILS: 某甲家庭、某乙家庭、某丙家庭; 某甲同志、某乙同志): the span of each
    neighbouring item, before and after the 、 marks around this one, that ends with the same word
    and holds 2-4 characters before it. Read from the few characters around the item: constant time."""
    n = len(s)
    out: list[tuple[int, int]] = []
    if s[b:b + 1] not in _TAIL_FIRST:
        return out
    tail = next((w for w in _PERSON_TAILS if s.startswith(w, b)), "")
    if not tail:
        return out
    k = b + len(tail)
    if k < n and s[k] == "、":  # the next item: a name of 2-4 characters and the tail (某乙家庭、, 某丙家庭获评)
        for m in (2, 3, 4):
            e = k + 1 + m
            if s.startswith(tail, e) and all(_is_han(ch) for ch in s[k + 1:e]):
                out.append((k + 1, e))
                break
    if a > len(tail) and s[a - 1] == "、" and s.startswith(tail, a - 1 - len(tail)):
        e = a - 1 - len(tail)  # the item before: a name of 2-4 characters ending right before the tail
        out.extend((e - m, e) for m in (3, 2, 4) if e - m >= 0 and all(_is_han(ch) for ch in s[e - m:e]))
    return out


def _weakly_anchored(t: _Text, found: list[Found], floor: float, clauses: bool = False) -> list[Found]:
    """Names no rule reads, at anchors too weak for the rules alone, kept when the name scorer
    (digest.namemodel.scored_at) gives them `floor` or more: a name right after a role or an
    occupation whose next word is no follow word (农业专家韩秋实讲授), right after a word for a kind
    of person (data/person_nouns.txt: 种粮大户, 老党员), right before a verb of saying
    (data/speech_verbs.txt: …的龙阿妹说; also before a word, 地 and the verb: 某某激动地说), or
    right before a title after no organization or place (胡某院长介绍, 由刘某主任主持: the title is
    the role), right after a found name and 、和与及 (the next name of a list: 冠军宗某和董某; with
    `clauses`, also the name before a found one and 、: 有某某、某某), right before a way to address
    an ordinary person (某某老人, 某某大爷, 某某一家), right after a verb whose object is a person
    (data/object_verbs.txt: 会见某某, 输给某某), after a role or a kind of person and 是 (教练是某某),
    before 等 and a count of people (授予某某等200名), before a verb of winning (某某获一等奖), or on
    either side of a slash between Chinese characters (a pair: 组合某某/某某). `clauses`: also a name
    opening a clause, at CLAUSE_FLOOR or more (the page's layout has no 目录: news, where people are
    named bare); an item of a 、 list there is read alone (`namemodel.scored_alone`). Only the
    candidates at those offsets are scored, so the cost follows the number of anchors, not the length
    of the text. None overlaps a found name; none confirms a name for the issue."""
    from digest import namemodel
    from digest.lexicon import object_verbs, weak_anchors

    s = t.s
    n = len(s)
    nouns, speech = weak_anchors()
    taken = {k for f in found for k in range(f.pos, f.pos + len(f.name))}
    starts: dict[int, tuple[int, int] | str] = {b: role for _a, b, _w, role in t.roles()}  # offset -> role
    for m in nouns.finditer(s):  # (before the occupations: 老党员 is listed, 党员 ends in 员)
        starts.setdefault(m.end(), m.span())
    for i in t.occupations():
        starts.setdefault(i, (i - 1, i))  # the role as printed is read only for a name kept
    i = s.find("是")
    while i >= 0:  # the role, then 是 and the name (主教练是某某, 负责人是某某)
        if i in starts and i + 1 < n:
            starts.setdefault(i + 1, starts[i])
        i = s.find("是", i + 1)
    before: list[int] = []  # where a name of a list ends right before a found one (李某、何某、秦某)
    for f in found:  # the next name of a list after a found one (宗某和董某, 崔某、王某): no role printed
        e = f.pos + len(f.name)
        if e + 1 < n and s[e] in _LIST_JOIN:
            starts.setdefault(e + 1, "")
        if clauses and 1 < f.pos <= n and s[f.pos - 1] == "、" and f.pos - 2 not in taken:  # (a byline's: after the text)
            before.append(f.pos - 1)
    clause: set[int] = set()
    if clauses:
        for i in [0, *(m.end() for m in _CLAUSE_START.finditer(s)), *sorted(t.soft)]:
            if i not in starts:
                clause.add(i)
                starts[i] = ""  # no role printed
    cands: list[tuple[int, int, str]] = []
    opening: list[tuple[int, int, str]] = []  # the candidates at clause starts alone
    for i in starts:
        if i < n and i not in taken:
            (opening if i in clause else cands).extend(namemodel.candidates_from(s, i))
    said: set[int] = set()
    won: set[int] = set()
    for m in speech.finditer(s):
        j = namemodel.adverbial_before(s, m.start())  # (某某激动地说: the name ends before 激动地)
        if j > 0 and j - 1 not in taken:
            said.add(j)
            cands.extend(namemodel.candidates_to(s, j))
    for j in before:
        cands.extend(namemodel.candidates_to(s, j))
    for m in _WINS.finditer(s) if "获" in s or "得" in s else ():  # a name before a verb of winning (某某获一等奖, 某某夺得冠军)
        j = m.start()
        if j > 1 and j - 1 not in taken and _is_han(s[j - 1]):
            won.add(j)
            cands.extend(namemodel.candidates_to(s, j))
    for m in object_verbs().finditer(s):  # a person as the object (会见某某, 战胜某某, 授予某某)
        if m.end() < n and m.end() not in taken and m.end() not in starts:
            cands.extend(namemodel.candidates_from(s, m.end()))
    for m in _ADDRESSED.finditer(s):  # a name before a way to address its bearer (某某老人, 某某大爷)
        j = m.start()
        if j > 1 and j - 1 not in taken and _is_han(s[j - 1]) and s[j - 1] not in _FUNC:
            cands.extend(namemodel.candidates_to(s, j))
    aged: set[int] = set()
    for m in _AGED.finditer(s) if "岁" in s or "涉嫌" in s else ():  # a name and its bearer's age (某某，61岁，), a suspect (某某涉嫌)
        j = m.start()
        if j > 1 and j - 1 not in taken and _is_han(s[j - 1]):
            aged.add(j)
            cands.extend(namemodel.candidates_to(s, j))
    for m in _TAKES_POST.finditer(s) if "任" in s or "当选" in s else ():  # a name taking a post (的某某担任…)
        j = m.start()
        if j > 1 and j - 1 not in taken and _is_han(s[j - 1]):
            cands.extend(namemodel.candidates_to(s, j))
    for m in _BY_WHOM.finditer(s) if "由" in s else ():  # 由某某任主任, 由某某主持
        if m.end() not in taken and m.end() not in starts:
            cands.extend(namemodel.candidates_from(s, m.end()))
    for m in _COUNTED.finditer(s) if "等" in s else ():  # the first of a counted group (授予某某等200名, 批捕某某等130人)
        if m.start() > 0 and m.start() - 1 not in taken:
            cands.extend(namemodel.candidates_to(s, m.start()))
    for m in _SLASH.finditer(s) if "/" in s else ():  # a pair of names (中国组合某某/某某)
        j = m.start()
        if j - 1 not in taken:
            cands.extend(namemodel.candidates_to(s, j))
        if j + 1 not in taken:
            cands.extend(namemodel.candidates_from(s, j + 1))
    titled: dict[int, str] = {}  # offset -> the title printed right there, after a name
    for j, _b, word, _role in t.roles():  # a name right before its title (李某副书记, 胡某院长介绍)
        if (j > 1 and j - 1 not in taken and j not in said and _is_han(s[j - 1])
                and s[j - 1] not in _ORG_END and s[j - 1] not in _PLACE_END and s[j - 1] not in _FUNC
                and (j - 2 not in taken)):  # not 市委副书记, 县长, 的副市长
            titled[j] = word
            cands.extend(namemodel.candidates_to(s, j))
    if not cands and not opening:
        return []
    rule = _rule_spans(s, found)  # (the "p" flag of _model_spans marks names before a role: none here)
    have = {(a, b) for a, b, _k in cands}
    opening = [c for c in opening if (c[0], c[1]) not in have]
    # an item of a list (、X、, 、X。) is read whole, from its own characters and the marks around it
    bounded = [c for c in opening if c[0] > 0 and s[c[0] - 1] == "、" and c[1] < n and s[c[1]] in _ITEM_END]
    items = {c[0] for c in bounded}  # (the spans at an item's start that end inside it are no candidates)
    scored = namemodel.scored_at(s, cands, rule) if cands else []
    if opening:
        scored += namemodel.scored_at(s, [c for c in opening if c[0] not in items], rule, CLAUSE_LEAST)
        scored += namemodel.scored_alone(s, bounded)
    villages = _villages_after_a_town(s) if "村" in s else frozenset()
    sure = [(p, a, b) for p, a, b in scored
            if p >= (floor if a not in clause or b in said or b in titled or b in aged or b in won
                     else ITEM_FLOOR if a in items else CLAUSE_FLOOR)
            and taken.isdisjoint(range(a, b)) and not namemodel.never_a_name(s[a:b])
            and not (b - a >= 3 and s[a] in CONJUNCTIONS and a > 0 and _is_han(s[a - 1]))  # 主席同|特朗普总统
            and not (s[b - 1] == "村" and s[a:b] in villages)]
    if items:  # an item read alone counts only beside another name of its list (板栗、桑蚕、茶叶: no name)
        ends = {b for _p, _a, b in sure} | {f.pos + len(f.name) for f in found}
        begins = {a for _p, a, _b in sure} | {f.pos for f in found}
        sure = [x for x in sure if x[1] not in items or x[1] - 1 in ends or (x[2] < n and s[x[2]] == "、" and x[2] + 1 in begins)]
    # of the spans ending before a verb of saying, one that starts at an anchor too (店主热依拉·艾买提说)
    # rules out those starting inside it (拉·艾买提); a clause start counts only where no other anchor
    # does (牧民阿依古丽·买买提说: after 牧民, not from the clause's start)
    first: dict[int, int] = {}
    for _p, a, b in sure:
        if b in said and a in starts and a not in clause:
            first[b] = min(first.get(b, a), a)
    opened: dict[int, int] = {}
    for _p, a, b in sure:
        if b in said and a in clause and b not in first:
            opened[b] = min(opened.get(b, a), a)
    first.update(opened)
    sure = [x for x in sure if not (x[2] in first and x[1] > first[x[2]])]
    spans = [namemodel.before_an_idiom(s, a, b) for a, b in namemodel.decode(sure)]
    names = {s[a:b] for a, b in spans} | {f.name for f in found if "·" in f.name}  # (the rules' too)
    used = taken.union(*(range(a, b) for a, b in spans))
    # the lengths of the names, longest first: a span is looked up at each (names are short, so these
    # are few), never compared with every name (a 名单 of thousands of dotted names stays linear)
    lengths = sorted({len(x) for x in names}, reverse=True)
    dotted = {x for x in names if "·" in x}
    out = []
    for a, b in spans:
        # a dotted name read short here and whole elsewhere in the entry is the whole name
        if "·" in s[a:b]:
            whole = next((a + k for k in lengths if k > b - a and a + k <= n and s[a:a + k] in names), b)
            if used.isdisjoint(range(b, whole)):
                b = whole
            whole = next((b - k for k in lengths if k > b - a and k <= b and s[b - k:b] in dotted), a)
            if used.isdisjoint(range(whole, a)):
                a = whole
        role = starts.get(a)
        printed = (_occupation_printed(s, role[1]) if isinstance(role, tuple) and role[1] - role[0] == 1
                   else _kind_printed(s, *role) if isinstance(role, tuple) else role)
        out.append(Found(s[a:b], a, printed or titled.get(b), spreads=False))
    return out


# a village printed right after its town or county (…县某席镇某川村)
_VILLAGE_AFTER_TOWN = re.compile(r"(?<=[镇乡县区])\p{Han}{2,3}?村")


def _villages_after_a_town(s: str) -> frozenset[str]:
    """The villages the text names as such, printed right after their town or county (白石镇宗川村):
    a headline's 宗川村 is then no person, though a person may be named so (吴国村). One pass over
    the text."""
    return frozenset(m.group() for m in _VILLAGE_AFTER_TOWN.finditer(s))


LIST_ROUNDS = 3  # the names of a list read one after another from a weak anchor's (_next_in_list)


def _next_in_list(t: _Text, taken: set[int], rule: dict[tuple[int, int], str], new: list[Found],
                  floor: float) -> list[Found]:
    """The names right after a name of `new` and 、和与及, kept at `floor` as `_weakly_anchored` keeps
    the next name of a list after a rule's name: for the lists whose first name is itself read at a
    weak anchor (the clause's start: 某某和某某参加). `taken`: the offsets of the names found so far,
    `rule`: their spans (`_rule_spans`), both kept by the caller. Only the offsets next to `new` are
    scored, but scoring reads the whole text once (the runs of names): `annotate` calls it again on
    what it returns at most LIST_ROUNDS times, so that a list of a thousand names costs a few
    readings of it, not a thousand."""
    from digest import namemodel

    s = t.s
    n = len(s)
    cands: list[tuple[int, int, str]] = []
    for f in new:
        e = f.pos + len(f.name)
        if e + 1 < n and s[e] in _LIST_JOIN and e + 1 not in taken:
            cands.extend(namemodel.candidates_from(s, e + 1))
        if 1 < f.pos <= n and s[f.pos - 1] == "、" and f.pos - 2 not in taken:  # and the one before (某某、某某)
            cands.extend(namemodel.candidates_to(s, f.pos - 1))
    if not cands:
        return []
    scored = namemodel.scored_at(s, cands, rule)
    sure = [(p, a, b) for p, a, b in scored
            if p >= floor and taken.isdisjoint(range(a, b)) and not namemodel.never_a_name(s[a:b])]
    return [Found(s[a:b], a, None, spreads=False) for a, b in namemodel.decode(sure)]


_TITLE_MODIFIERS = frozenset("原前老新现副代总")  # surnames too, but before a title they qualify it (原区长)


def _role_anchored(r: _Reader) -> list[Found]:
    s, out = r.s, []
    ja_firsts = _ja_firsts()
    for start, i, word, role in r.text.roles():
        if start >= 2 and not _is_han(s[start - 2]) and s[start - 1] in r.lex.surnames and len(word) <= 3 \
                and s[start - 1] not in _TITLE_MODIFIERS and not role.endswith(_CREDITS):
            continue  # ，吕镇长都认真询问: a surname and a title name someone; no name follows
        if i < len(s) and s[i] in ":|":
            i += 1  # 编剧:原长松、何海江, 记者|某某 (丨 is read as |)
        ch = s[i:i + 1]
        if not ch or not ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch == "·"
                          or ch in ja_firsts):
            continue  # punctuation or the end: no name of any kind starts here
        if ch in CONJUNCTIONS and not r.known_at(i):
            continue  # 负责人和基金机构: a conjunction, not the surname 和
        credit = role.endswith(_CREDITS)
        name = r.name_at(i, relaxed=True)
        if credit and not r.plain_end(i, name):  # names printed together (记者甲某乙某)
            glued = _glued_names(r, i)
            if glued:
                out.extend(Found(s[a:b], a, role) for a, b in glued)
                continue
        spreads = name is not None
        name = name or _weak_name(r, i) or r.name_at(i, lambda k: k in r.soft) or r.japanese_at(i)
        if name is None and word in r.lex.foreign_roles:
            name = r.foreign_at(i)
        dotted = False
        if name is None and s.find("·", i + 1, i + 10) > 0:
            at = i + 1 if s[i] == "的" else i  # 首席执行官的某·某: the role's holder, after 的
            name = _dotted_after_role(r, at)
            dotted = name is not None
            i = at if dotted else i
        if name is None:
            continue
        out.append(Found(name, i, role, spreads, kept=dotted))
        j = i + len(name)
        while j < len(s):
            if s[_skip_paren(s, j):_skip_paren(s, j) + 1] == "、":
                k = _skip_paren(s, j) + 1  # 区领导张三(女)、李四
                nxt = r.name_at(k, relaxed=True) or r.japanese_at(k)
            elif credit and j in r.soft:
                nxt = r.name_at(j, lambda q: r.follows(q) or q in r.soft)  # 记者翟国鑫 吴丹
                k = j
            elif credit and r.known_at(j):  # a name of the issue printed right after (记者甲某乙某)
                nxt, k = r.known_at(j)[0], j
            else:
                break
            if nxt is None:
                break
            out.append(Found(nxt, k, role))
            j = k + len(nxt)
    return out


def _parallel_lists(r: _Reader, found: list[Found]) -> list[Found]:
    """The names of a list whose items go on after the name with one word that follows persons
    alone (某甲家庭、某乙家庭、某丙家庭: `_parallel_items`), read from a name found in one of its items,
    one item after another: each name found here is looked at once, for the items beside it. A read
    must be plausible as at a role (`name_at(relaxed=True)`). None spreads; the scorer keeps them
    (`Found.kept`: the list's shape says what they are)."""
    s = r.s
    out: list[Found] = []
    if "、" not in s:
        return out
    taken = {k for f in found for k in range(f.pos, f.pos + len(f.name))}
    queue = [f for f in found if 0 <= f.pos and s.startswith(f.name, f.pos)]
    while queue:
        f = queue.pop()
        for a, b in _parallel_items(s, f.pos, f.pos + len(f.name)):
            if not taken.isdisjoint(range(a, b)):
                continue
            name = r.name_at(a, lambda e, b=b: e == b, relaxed=True)
            if name:
                g = Found(name, a, None, spreads=False, kept=True)
                out.append(g)
                queue.append(g)
                taken.update(range(a, b))
    return out


def _glued_names(r: _Reader, i: int) -> list[tuple[int, int]]:
    """The names of a credit printed without separators (记者何某某董某某 9月12日, 记者李某杨某报道):
    the run of Han characters from i to a space, a mark or the end, tiled into two or more names
    (namemodel.tiling)."""
    from digest import namemodel

    s = r.s
    b = i
    while b < len(s) and _is_han(s[b]) and b - i < 14 and (b == i or b not in r.soft):
        b += 1
    return namemodel.tiling(s, i, b)


def _occupation_anchored(r: _Reader) -> list[Found]:
    """A name right after an occupation word ending in 员/师/手/匠/长 that no role list names
    (保洁员宗国美, 培训师司献凤, 技术能手王明辉, 网格长某某), before punctuation or a follow word."""
    s, out = r.s, []
    for i in r.text.occupations():  # a listed role is left to _role_anchored
        if r.may_start(i):
            name = r.name_at(i)
            if name:
                out.append(Found(name, i, _occupation_printed(s, i), spreads=False))
    return out


def _weak_name(r: _Reader, i: int) -> str | None:
    name = r.name_at(i, r.follows_weakly)
    if name and len(name) == 3 and _flag(name[1:], "x"):
        return None
    return name


def _post_anchored(r: _Reader) -> list[Found]:
    """Names before 总书记 / 同志 (strong), before 书记 / 总理 / 主席 / 家庭 after a boundary (weak),
    and leaders before a doctrine (习近平新时代…思想, 习近平生态文明思想, 毛泽东思想)."""
    s, out = r.s, []
    for q, word in r.text.posts():
        if word in _POST_DOCTRINE or word in _POST_MODEL:
            doctrine = word in _POST_DOCTRINE
            found = _doctrine_name(r, q, gaps=5 if doctrine else 1, plain=word.startswith("式"), keep=doctrine)
            if found:
                out.append(found)
            continue
        strong = word in _POST_STRONG
        dotted = _dotted_before(r, q)
        if dotted is not None:  # 马克·范德堡一行: the whole dotted name or none, never its last part
            if dotted[0]:
                out.append(Found(dotted[0], dotted[1], word if word not in ("家庭", "一行") else None))
            continue
        best = None
        # a compound surname and two characters first (诸葛新宇同志, not 葛新宇)
        for n in ((4, 3, 2) if s[max(0, q - 4):q - 2] in r.lex.compound else (3, 2)):
            i = q - n
            if i < 0:
                continue
            c = s[i:q]
            if not r.plausible(c) or _place_then_opener(c):
                continue  # 韩国代|总理
            title = r.lex.roles.match(c, 1)
            if title and title.end() == len(c) and c not in r.known:
                continue  # 李书记一行: a surname and a title name someone, but no name is printed
            if c in r.known:
                best = (c, i)
                break
            prev = s[i - 1] if i > 0 else ""
            if n == 3 and c[0] in _FUNC and r.plausible(c[1:]):
                continue  # 和江凌书记: 和 is a function word, not a surname
            if n == 3 and prev and _flag(prev + c[0], "v") and r.plausible(c[1:]):
                continue  # 感谢张华同志: 谢 ends a verb (words.txt flag v), it is no surname here
            if not strong and prev and _is_han(prev) and prev not in _FUNC and not _verb_before(r, i):
                continue  # weak anchors need a boundary, a function word or a verb before the name
            best = (c, i)
            break
        if best:
            out.append(Found(best[0], best[1], word if word not in ("家庭", "一行") else None))
    return out


_TITLE_AFTER_FOREIGN = frozenset({"总统", "副总统", "首相", "总理", "国王", "女王", "亲王", "王储", "总督",
                                  "国务卿", "议长", "秘书长", "总干事", "大使"})  # (奥巴马总统, 安南秘书长)


def _foreign_before_title(r: _Reader) -> list[Found]:
    """A transliterated name right before the title it is addressed by (我同奥巴马总统通话, 会见了
    安南秘书长): two to six characters back from the title to a boundary, a function word, a
    conjunction or a verb, every one a strong character of transliterations (lexicon.translit_chars),
    and no country, place or word (美国总统, 俄罗斯总统 are none). The title is the role."""
    t = r.text
    if t is None:
        return []
    from digest import namemodel

    s, out = r.s, []
    strong = _translit_chars()[0]
    for j, _b, word, _role in t.roles():
        if word not in _TITLE_AFTER_FOREIGN or j < 2:
            continue
        k = j
        while k > 0 and j - k < 6 and s[k - 1] in strong and s[k - 1] not in _FUNC and s[k - 1] not in CONJUNCTIONS:
            k -= 1
        c = s[k:j]
        if k > 0 and s[k - 1] == "·":
            continue  # the last part of a dotted name (本·阿里总统): read whole by the dotted rules
        if not 2 <= len(c) <= 6 or (k > 0 and _is_han(s[k - 1]) and s[k - 1] not in _FUNC
                                   and s[k - 1] not in CONJUNCTIONS and not _verb_before(r, k)):
            continue
        if (c in r.lex.not_names or c in _words() or namemodel.never_a_name(c)
                or (len(c) == 2 and not _foreign_pair(c))):
            continue
        out.append(Found(c, k, word, spreads=False))
    return out


def _dotted_before(r: _Reader, q: int) -> tuple[str, int] | None:
    """When the two to four Han characters right before offset q are the last part of a dotted name,
    (the whole name, its start) if its first part starts after a boundary or a role (首席执行官马克·范德堡,
    艾力·买买提), ("", q) if it cannot be told where the name starts; None when no dot is there (and
    for 买买提江·吾守尔率客商一行, whose last part would be longer)."""
    s = r.s
    k = q
    while k > 0 and _is_han(s[k - 1]) and q - k < 4:  # a last part of up to four characters
        k -= 1
        if k > 0 and s[k - 1] == "·":
            break
    if k == q or k == 0 or s[k - 1] != "·":
        return None
    a = k - 1
    while a > 0 and (_is_han(s[a - 1]) or s[a - 1] == "·") and k - 1 - a < 12:
        a -= 1
    if a == k - 1 or s[q - 1] in CONJUNCTIONS:
        return ("", q)  # (某·某和主席某某: the post is the next name's)
    first = s[a:k - 1].split("·")[0]
    place = max((x for x in range(a, k - 1) if s[x] in PLACE_ENDS), default=-1)
    if place >= 0 and "·" not in s[place:k - 1] and place + 1 < k - 1:  # 云岭县|古某·某某: from after the place
        return (s[place + 1:q], place + 1)
    ends = r.text.role_ends() if r.text is not None else frozenset()
    for x in range(k - 3, a - 1, -1):  # the first part starts right after a role (执行官马克·…), the
        if x in ends:  # nearest one (董事长兼首席执行官马克·…: not from after 董事长)
            return (s[x:q], x)
    if (a == 0 or not _is_han(s[a - 1])) and len(first) <= 6:
        return (s[a:q], a)
    return ("", q)


def _verb_before(r: _Reader, i: int) -> bool:
    """A verb ends right before offset i (贯彻X书记, 会见X一行)."""
    two = r.s[max(0, i - 2):i]
    if i >= 2 and r.s[i - 2:i + 1] in word_flags():
        return False  # 联合|国大会主席: the verb is the start of a word that runs on into the name
    return _flag(two, "v") or two in r.lex.follow_words


def _doctrine_name(r: _Reader, q: int, gaps: int = 5, plain: bool = False, keep: bool = False) -> Found | None:
    """A leader's name before a doctrine, with up to four characters of topic between
    (习近平法治思想, 习近平生态文明思想), or a model before 精神/式 (焦裕禄精神): the name must be a
    dictionary person or confirmed; with `plain` (before 式的好, 式好: 新时期某某式的好干部, a
    phrase said of people alone), any plausible name. The scorer keeps (`Found.kept`) the names
    read with `plain` and, with `keep`, a leader's name before a doctrine: the text mentions that
    person, as `digest parse` reads it (news annotators differ here: pd98's tag 邓小平 in 7 of the
    26 邓小平理论 of its paragraphs, the MSRA corpus's in all)."""
    s = r.s
    for gap in range(0, gaps):
        # a compound surname and two characters first (新时期公孙某某式的好干部, not 孙某某)
        for n in ((4, 3, 2) if s[max(0, q - gap - 4):q - gap - 2] in r.lex.compound else (3, 2, 4)):
            i = q - gap - n
            if i < 0:
                continue
            c = s[i:q - gap]
            if s.startswith("主义", q - gap):
                return None  # 马克思主义理论: a word built on a name
            if c in r.known or ((plain or _flag(c, "n")) and r.plausible(c) and c[-1] not in _PLACE_LAST):
                return Found(c, i, kept=plain or keep)
    return None


def _title_subject(r: _Reader, title_len: int) -> list[Found]:
    """Names opening the title (or the kicker above it), followed by a word, not just punctuation:
    江凌调研…, 江凌、徐衣显与…"""
    s, out = r.s, []
    starts = [0] + [k + 1 for k in range(title_len) if s[k] == "。"]
    for i in starts:
        names = []
        while i < title_len:
            name = r.name_at(i)
            if name is None:
                break
            names.append(Found(name, i))
            i += len(name)
            if i < len(s) and s[i] == "、":
                i += 1
                continue
            break
        if names and (r.lex.follow.match(s, i) or s.startswith(":", i)):  # 徐衣显:加快推进…
            out.extend(names)
    return out


def _speaker(r: _Reader, title_len: int) -> list[Found]:
    """The speaker of a transcript's paragraph, a name and a colon opening the body or a line after
    a sentence end (a press conference, an interview: `毛某：气候变化是…`), with a sentence after the
    colon. None spreads: `问：` and `答：` are no names, nor is a word of jieba's dictionary (`哈密：`, a
    place's news)."""
    s, out = r.s, []
    starts = [title_len + 1] + [k for k in sorted(r.soft) if k > title_len + 1 and s[k - 1] in "。!?”"]
    for i in starts:
        name = r.name_at(i, lambda k: s.startswith(":", k))
        if (name and name not in _words()  # 哈密：… a place's news (jieba knows 哈密 as a name too)
                and sum(1 for ch in s[i + len(name) + 1:i + len(name) + 9] if _is_han(ch)) >= 6):
            out.append(Found(name, i, spreads=False, kept=True))
    return out


# what follows a name in a biography (任前公示, a judgment, an obituary): 甲某，男，1970年…;
# 乙某，壮族，…; 丙某1957年10月生 (the text is compact and NFKC: ， is ,)
_BIO_AFTER = re.compile(r",[男女](?=[,(]|$)|,\p{Han}{1,4}族,|,?(?:19|20)\d\d年(?:\d{1,2}月)?(?:出)?生")
# labels that may stand right before a name in a biography or a judgment
_BIO_LABELS = ("被告人", "上诉人", "原告", "被告", "罪犯", "申请人", "当事人", "同志")
# a credit written name/role: 王某/摄, 张某/文 (a 名单 of a page's makers)
_SLASH_CREDIT = re.compile(r"/(?:摄影|摄|文|图|视频|编辑|审核|校对)")


def _may_hold_biography(s: str) -> bool:
    """Does s hold what every match of _BIO_AFTER holds (男 or 女, 族, or 年 and 生)? Tested before
    the pattern runs: most texts hold no biography, and the pattern has no word to look for first."""
    return "男" in s or "女" in s or "族" in s or ("年" in s and "生" in s)


def _biography(r: _Reader) -> list[Found]:
    """A name opening a biography, read back from what follows it: `，男，` or `，女，`, `，某族，`, or a
    birth date `1957年10月生`, `，1968年出生`, the name at the start of a clause or after a label of a judgment
    (原审被告人甲某，男，…). Kept by the scorer (the layout says so); none spreads."""
    s, out = r.s, []
    for m in _BIO_AFTER.finditer(s) if _may_hold_biography(s) else ():
        k = m.start()
        for n in (3, 2, 4):
            i = k - n
            if i < 0 or not (i == 0 or not _is_han(s[i - 1]) or s.endswith(_BIO_LABELS, 0, i)):
                continue
            name = r.name_at(i, lambda e, k=k: e == k, relaxed=True)
            if name and len(name) == n:
                out.append(Found(name, i, spreads=False, kept=True))
                break
    return out


def _slash_pair(r: _Reader) -> list[Found]:
    """A pair of names printed with a slash between them, as doubles and duos are (浙闽队甲某/乙某,
    组合甲某/乙某，): both sides Chinese names (a surname, a given name that is no common word), the
    first after a boundary, a role, an organization's last character (队) or 组合, the second before
    a mark, 的, a conjunction, a follow word or a verb. None spreads."""
    s, out = r.s, []
    t = r.text
    ends = t.role_ends() if t is not None else frozenset()
    for m in _SLASH.finditer(s) if "/" in s else ():
        j = m.start()
        # (the shorter read when a follow word or function word comes after it: 甲某/乙某以2比0…)
        short_first = j + 3 < len(s) and (r.follows(j + 3) or s[j + 3] in _FUNC)
        right = next((s[j + 1:j + 1 + n] for n in ((2, 3) if short_first else (3, 2)) if j + 1 + n <= len(s)
                      and (j + 1 + n == len(s) or not _is_han(s[j + 1 + n]) or s[j + 1 + n] in "的和与及"
                           or r.follows(j + 1 + n) or r.follows_weakly(j + 1 + n))
                      and r.plausible(s[j + 1:j + 1 + n], relaxed=True)), None)
        if right is None:
            continue
        for n in (3, 2):
            x = j - n
            if x < 0 or not r.plausible(s[x:j], relaxed=True):
                continue
            if x == 0 or not _is_han(s[x - 1]) or s[x - 1] in _ORG_END or x in ends or s.endswith("组合", 0, x):
                out.append(Found(s[x:j], x, spreads=False, kept=True))
                out.append(Found(right, j + 1, spreads=False, kept=True))
                break
    return out


def _slash_credit(r: _Reader) -> list[Found]:
    """Credits written name/role (本报记者 王某/摄 张某/文): the name between a boundary (a space, a
    mark, 记者, 通讯员) and the slash. Kept by the scorer; none spreads."""
    s, out = r.s, []
    if "/" not in s:
        return out
    for m in _SLASH_CREDIT.finditer(s):
        k = m.start()
        for n in (3, 2, 4):
            i = k - n
            if i < 0 or not (i == 0 or i in r.soft or not _is_han(s[i - 1]) or s.endswith(("记者", "通讯员"), 0, i)):
                continue
            name = r.name_at(i, lambda e, k=k: e == k, relaxed=True)
            if name and len(name) == n:
                out.append(Found(name, i, "摄影" if m.group().startswith("/摄") else None, spreads=False, kept=True))
                break
    return out


# labels of a credit written label/name or label|name (文/王某 图/张某 李某, 图文丨王某)
_LABEL_CREDIT = re.compile(rf"({WORK_LABELS}|作者|记者|通讯员|编辑)[/|]")


def _label_credit(r: _Reader) -> list[Found]:
    """Credits written label/name (文/王某 图/张某 李某, 图文丨王某 编辑丨李某: 丨 is read as |): the
    label at a boundary (the start, a space, a mark), then the name, and the names that follow it
    one space apart. Kept by the scorer; none spreads."""
    s, out = r.s, []
    if "/" not in s and "|" not in s:
        return out
    for m in _LABEL_CREDIT.finditer(s):
        a = m.start()
        if not (a == 0 or a in r.soft or not _is_han(s[a - 1])):
            continue
        j = m.end()
        while j < len(s):
            name = r.name_at(j, lambda e: e in r.soft or r.follows(e) or s[e:e + 1] in "/|", relaxed=True)
            if name is None:
                break
            out.append(Found(name, j, m.group(1), spreads=False, kept=True))
            j += len(name)
            if j not in r.soft or _LABEL_CREDIT.match(s, j):
                break
    return out


def _honoured(r: _Reader) -> list[Found]:
    s, out = r.s, []
    honours = r.text.honours()
    if not honours:
        return out
    for i in r.text.places():
        # a read ends two to four characters on, a confirmed name anywhere: no honour there, no name
        if r.may_start(i) and (i + 2 in honours or i + 3 in honours or i + 4 in honours
                               or s[i] in r.by_first):
            name = r.name_at(i, honours.__contains__)
            if name:
                out.append(Found(name, i, spreads=False))
    return out


def _is_mongolian(name: str) -> bool:
    from digest.lexicon import mongolian_names

    return mongolian_names().fullmatch(name) is not None


def _is_tibetan(name: str) -> bool:
    from digest.lexicon import tibetan_names

    return tibetan_names().fullmatch(name) is not None


# appointments and elections: 任命X为…, 免去X的…职务, 选举X、Y为… (任免名单, 人事任免 news)
_APPOINT = literal_re.compile("任命|免去|免除|提名|聘任|聘请|选举|推选|当选为|批准|同意|决定任命|拟任")


def _appointed(r: _Reader) -> list[Found]:
    """Names right after an appointment verb (任命/免去/提名/聘任/选举 …), alone or in a 、 list, before
    为 (任命郦振江为…), 的 (免去舒振海的…职务) or 同志; none spreads. The scorer keeps them (`Found.kept`): pd98
    prints no appointment, and it read 免去某安康的 (安康 a city) at 0.06."""
    s, out = r.s, []

    def ok(k: int) -> bool:
        return s.startswith(("为", "的", "同志", "、"), k)

    for m in _APPOINT.finditer(s):
        i = m.end()
        names: list[Found] = []
        while True:
            name = r.name_at(i, ok) or r.japanese_at(i)
            if name is None:
                break
            names.append(Found(name, i, spreads=False, kept=True))
            i += len(name)
            if not s.startswith("、", i):
                break
            i += 1
        if names and s.startswith(("为", "的", "同志"), i):
            out.extend(names)
    return out


_CLAUSE = re.compile(r"[^。；;！？!?：:，,\x00\n]+")
_QUALIFIED = re.compile(r"^(?P<pre>\p{Han}{1,8}?)的(?P<n>\p{Han}{2,4}?|\p{Han}{1,8}·\p{Han}{1,10}?)(?:等[\p{Han}\d]{0,12})?$")


def _qualified_lists(r: _Reader) -> list[Found]:
    """A list of three or more names each after its own qualifier and 的, joined by 、 (the last by
    和): 吉林的孙丽华、河南的娄桂芝、新疆的古丽巴哈尔·艾山和宁夏的马秀兰等 — when most of the names
    read as names (surname and given name, dotted, Tibetan or confirmed); none spreads."""
    s, out = r.s, []
    if s.count("、") < 2 or "的" not in s:
        return out  # no clause can hold such a list (a test far cheaper than reading the clauses)
    for c in _CLAUSE.finditer(s):
        text = c.group()
        if text.count("、") < 2 or "的" not in text:
            continue
        parts = text.split("、")
        last = parts[-1]
        if "和" in last:  # …、西藏的央金和宁夏的马秀兰等
            k = last.index("和")
            parts[-1:] = [last[:k], last[k + 1:]]
        offsets, pos = [], c.start()
        for p in parts:
            offsets.append(pos)
            pos += len(p) + 1
        items = [(_QUALIFIED.match(p), off) for p, off in zip(parts, offsets, strict=True)]
        if len(items) < 3 or not all(m for m, _ in items):
            continue
        names = [(m.group("n"), off + m.start("n")) for m, off in items if m]
        good = sum(1 for n, _ in names if "·" in n or r.plausible(n) or _is_tibetan(n))
        if good * 3 >= len(names) * 2:
            out.extend(Found(n, at, spreads=False) for n, at in names)
    return out


def _spaced_lists(r: _Reader) -> list[Found]:
    """A list of names printed with spaces (or line ends) between them and nothing else, as 表彰名单
    and 代表名单 print them: `于甲 于乙丙 卫丁戊 马己` after a colon or on lines of their own. Three or
    more pieces in a row between soft boundaries (where whitespace stood), each of two to four
    characters that read as a name (a surname and a given name that is no common word, or a
    confirmed name) or a dotted name; a piece that is not one ends the list. None spreads."""
    s, soft = r.s, r.text.soft if r.text is not None else set()
    if len(soft) < 2:
        return []
    out: list[Found] = []
    run: list[tuple[str, int]] = []

    def close() -> None:
        if len(run) >= 3:
            out.extend(Found(n, at, spreads=False, kept=True) for n, at in run)
        run.clear()

    bounds = sorted(soft)
    ends = bounds[1:] + [len(s)]
    padded = -1  # the boundary inside a two-character name padded to a three's width (宗 华), read as one
    for n, (a, b) in enumerate(zip(bounds, ends, strict=True)):
        if a == padded:
            continue
        # the piece that starts at the soft boundary a: up to the next soft boundary or mark
        j = a
        while j < b and (_is_han(s[j]) or s[j] == "·"):
            j += 1
        if run and run[-1][1] + len(run[-1][0]) != a:
            close()  # the previous piece did not end where this one starts
        if a > 0 and not run and (_is_han(s[a - 1]) or s[a - 1] == "·"):
            # the first piece of a list starts after a mark (名单：甲 乙): read it back to one
            k = a
            while k > 0 and _is_han(s[k - 1]) and a - k < 4:
                k -= 1
            first = s[k:a]
            if len(first) == 1 and j == b == a + 1 and a in r.text.spaced:
                first, padded = s[k:b], a  # 名单：王 强 李 辉: the first name padded (this piece is its end)
            if (k == 0 or not _is_han(s[k - 1])) and _list_piece(r, first):
                run.append((first, k))
            if padded == a:
                continue
        if j == b == a + 1 and n + 1 < len(bounds) and ends[n + 1] > b and _is_han(s[b]) and (
                ends[n + 1] == b + 1 or not _is_han(s[b + 1])) and b in r.text.spaced:
            j, padded = b + 1, b  # 宗 华: one character, a space, one character, between spaces
        piece = s[a:j]
        if _list_piece(r, piece):
            run.append((piece, a))
            if j < b:  # a mark after it (、 or 。): the list ends with this piece
                close()
        else:
            close()
    close()
    return out


_POST_LINE = 40  # characters: the most a unit and post after a name on its line hold (一行一人的名单)
_PROSE = frozenset("，。；！？,;!?")


def _name_then_post(r: _Reader) -> list[Found]:
    """A line that is a name, a space, then a unit and a post or a kind of person, as 采访人物,
    任免 and 代表 lists print one person a line: `某某 某某农场 职工`, `某某 某某局 副局长`. The name:
    two to four characters at the line's start that read as a name (a surname, a given name that
    is no common word); the rest: at most _POST_LINE characters without a clause's punctuation,
    ending in a role (roles.txt), an occupation (…员, …长) or a word for a kind of person
    (person_nouns.txt). None spreads."""
    from digest.lexicon import weak_anchors

    t = r.text
    if t is None or not t.spaced:
        return []
    s, soft, spaced = r.s, t.soft, t.spaced
    starts = sorted({0, t.title_len + 1} | (soft - spaced))
    nouns = weak_anchors()[0]
    role_ends, occupations = t.role_ends(), set(t.occupations())
    bounds = sorted(soft)
    out: list[Found] = []
    for k, a in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(s)
        x = bisect.bisect_right(bounds, a)
        j = bounds[x] if x < len(bounds) else e
        if j not in spaced or not 2 <= j - a <= 4 or not 0 < e - j <= _POST_LINE:
            continue
        name, rest = s[a:j], s[j:e].rstrip("\x00")
        if not _HAN_RUN.fullmatch(name) or any(ch in _PROSE for ch in rest) or not r.plausible(name, relaxed=True):
            continue
        end = j + len(rest)
        if end in role_ends or end in occupations or any(
                nouns.fullmatch(s, q, end) for q in range(max(j, end - 5), end - 1)):
            out.append(Found(name, a, spreads=False, kept=True))
    return out


def _list_piece(r: _Reader, c: str) -> bool:
    """One piece of a spaced list: a name of two to four characters, or a dotted name."""
    if "·" in c:
        return 3 <= len(c) <= 20 and all(len(p) >= 1 for p in c.split("·"))
    return 2 <= len(c) <= 4 and r.plausible(c, relaxed=True)


class _RunAnchors:
    """Whether a run of name syllables read by a list (`_tibetan`, `_mongolian`) stands where a name
    does: an anchor before it (the start, punctuation, a function word, a role, an occupation, a word
    for a kind of person) and after it (punctuation, a follow word, a role, a common verb, a verb of
    saying); the role printed right before it. The roles and occupations are read once, when first needed."""

    def __init__(self, r: _Reader) -> None:
        from digest.lexicon import weak_anchors

        self.r = r
        self.nouns, self.speech = weak_anchors()
        self._ends: dict[int, str | None] | None = None

    def ends(self) -> dict[int, str | None]:
        if self._ends is None:
            t = self.r.text
            ends: dict[int, str | None] = {b: role for _a, b, _w, role in t.roles()} if t else {}
            ends.update({k: None for k in (t.occupations() if t else ()) if k not in ends})
            self._ends = ends
        return self._ends

    def before(self, i: int) -> bool:
        s = self.r.s
        return (i == 0 or not _is_han(s[i - 1]) or s[i - 1] in _FUNC or i in self.ends()
                or any(self.nouns.fullmatch(s, k, i) for k in range(max(0, i - 5), i - 1)))

    def after(self, j: int) -> bool:
        r = self.r
        return (r.follows(j) or r.follows_weakly(j) or r.lex.roles.match(r.s, j) is not None
                or self.speech.match(r.s, j) is not None)

    def role(self, i: int) -> str | None:
        return self.ends().get(i)


def _mongolian(r: _Reader) -> list[Found]:
    """A Mongolian name: one to three elements of data/names_mongolian.txt in a row (巴特尔,
    苏和巴特尔) between the anchors of `_RunAnchors`; a run of two elements or more needs only one of
    them. Never a part of a dotted name."""
    from digest.lexicon import mongolian_elements, mongolian_names

    s, out = r.s, []
    single = mongolian_elements()
    anchors = _RunAnchors(r)
    for m in mongolian_names().finditer(s):
        i, j = m.span()
        if s[i - 1:i] == "·" or s[j:j + 1] == "·":
            continue  # a part of a dotted name (巴特尔·乌力吉): the dotted name is read whole elsewhere
        before, after = anchors.before(i), anchors.after(j)
        if (before and after) or ((before or after) and m.group() not in single):
            out.append(Found(m.group(), i, anchors.role(i)))
    return out


def _tibetan(r: _Reader) -> list[Found]:
    """A Tibetan name: two syllables of data/names_tibetan.txt in a row (扎西顿珠, 次仁央宗) with an
    anchor of `_RunAnchors` before or after it (返乡青年央金卓玛正在…); with the role printed right
    before it, if any (村党支部书记次仁央宗)."""
    from digest.lexicon import tibetan_names

    out = []
    anchors = _RunAnchors(r)
    for m in tibetan_names().finditer(r.s):
        i, j = m.span()
        if anchors.before(i) or anchors.after(j):
            out.append(Found(m.group(), i, anchors.role(i)))
    return out


# what follows 在/于 when they open a time, not a name's last character (在16日, 于今年, 在当天)
_TIME_AHEAD = re.compile(rf"\d|{NUMERAL}{{1,4}}[日月年号时点]|今年|今天|昨天|明天|去年|本月|上午|下午|当天|近日|日前|此前")
_WHEN_END = frozenset(",，。;；")  # what follows the 时 that ends a clause of time (某某时，)
# a time word after a foreign name in news (总统麦克伦登今天表示, 外长某某２６日说, 部长某·某二十六日)
_TIME_AFTER = literal_re.compile(rf"(?:今天|今晚|昨天|昨晚|明天|日前|近日|当天|当晚|此前|\d{{1,2}}日|{NUMERAL_DATE}"
                                 r"|[上本下]?周[一二三四五六日末]|赛后|会后|随后)")
# a one-character adverb after a foreign name, before a verb (总统某某曾表示, 总统某某已离开): the name
# ends there, so the run is not read on into the verb phrase
_ADVERB_AFTER = frozenset("曾已也又将正就还都再便才均亦仍想一")
_COUNT = re.compile(r"\d+[名位人个]")


# the names in a row that make a list of their own when the next item of the 、 list is no name (a
# 表彰名单 of thousands of names holds a few that read as words: 高山, 林立)
LIST_RUN = 5


def _clause_lists(r: _Reader) -> list[Found]:
    """Two or more names separated by 、 that open a clause or follow a function word or a verb:
    王军、张玉杰、魏险峰、任丽君等参加; 同意李岩、张雄2名同志…; 分别为:裴佳、廉洛君. A list must end
    cleanly (its last name before a mark or a follow word), unless LIST_RUN names or more come before
    an item that is none: those names are a list (the item, and what follows it, are read afresh)."""
    s, out = r.s, []
    # a list's first name ends two to four characters before its first 、 or (
    done = 0
    named, other = r.text.list_starts()
    starts = named  # where a surname starts and a list may open; else a confirmed name must start:
    if r.by_first:
        extra = [i for i in other if s[i] in r.by_first and _may_open_list(s, i)]
        if extra:
            starts = sorted(named + extra)
    # a list read from a given offset is the same whichever start reached it: each offset is read
    # once (a list of 3,000 names, or one that does not end cleanly, stays linear)
    def ok(k: int) -> bool:
        return r.follows(k) or r.follows_weakly(k) or _COUNT.match(s, k) is not None

    chain: dict[int, tuple[str, int]] = {}  # offset -> (the name there, offset of the next name or -1)
    ends: dict[int, tuple[bool, int]] = {}  # offset -> (the list from there ends cleanly, its end)
    for i in starts:
        if i < done or not r.may_start(i):  # may_start: always, as chosen above
            continue
        path, j = [], i
        while j not in ends:
            name = r.name_at(j, ok) or (_dotted_at(s, j, ok) if path else None)
            if name is None:
                if len(path) >= LIST_RUN:  # a long run of names, then an item that is none: the run
                    last = path[-1]
                    chain[last] = (chain[last][0], -1)
                    res = (True, last + len(chain[last][0]))
                else:
                    res = (False, j)
                break
            path.append(j)
            e = j + len(name)
            after = _skip_paren(s, e)  # 张三(洛阳某公司)、李四(…)
            if after < len(s) and s[after] == "、":
                chain[j] = (name, after + 1)
                j = after + 1
                continue
            chain[j] = (name, -1)
            res = (True, e)
            break
        else:
            res = ends[j]
        for p in path:
            ends[p] = res
        clean, end = ends.get(i, (False, i))
        if clean and chain[i][1] >= 0:  # two names or more
            k = i
            while k >= 0:
                name, nxt = chain[k]
                out.append(Found(name, k))
                k = nxt
            done = end
    return out


_DOTTED = re.compile(r"\p{Han}{1,8}(?:·\p{Han}{1,10}){1,2}")


def _dotted_at(s: str, j: int, ok: Callable[[int], bool]) -> str | None:
    """A name with a middle dot at j as an item of a list already under way (李某、阿依古丽·买买提):
    the whole dotted run, when what follows may follow a name."""
    m = _DOTTED.match(s, j)
    if m is None or _lexicon().roles.search(s, j, s.find("·", j)):
        return None  # a role before the name (、黎巴嫩外长优素福·哈达德) is read by _role_anchored
    last, end = s.rfind("·", j, m.end()), m.end()
    valid = [e for e in range(last + 2, end + 1)
             if (ok(e) or s.startswith("(", e) or s.startswith("、", e)) and s[e - 1] not in CONJUNCTIONS and s[e - 1] != "等"]
    if not valid:
        return None
    inside = [e for e in valid if e < end]  # 买买提出席…: a follow word inside the run ends the name
    return s[j:inside[-1] if inside else valid[-1]]


def _dotted_after_role(r: _Reader, i: int) -> str | None:
    """A name with a middle dot right after a role, when no follow word of the rules ends it
    (著名教授彼得·洛根1971年, 教授某·某提出): the dotted run up to its first end, after two or more
    characters past the last dot, where a name may end: a character that is no Han one (a digit, a
    mark, the end), a follow word, a common verb or a date (某·某二十六日); never at a conjunction or
    等 (某·某和同事合作).
    Each part reads as a transliteration (`_foreign_shape`) and the run opens with no verb: 一行到某门·
    某街 is a visit to a place, 名叫某·某 a verb before the name. The scorer keeps the name (`Found.kept`):
    a digit after a span weighs against it there (教授某·某1962年 scored 0.22)."""
    s = r.s
    if s[i:i + 1] in _FUNC:
        return None  # 首席执行官的某·某: a function word opens no name
    m = _DOTTED.match(s, i)
    if m is None or _lexicon().roles.search(s, i, s.find("·", i)) or _flag(s[i:i + 2], "v"):
        return None
    for e in range(s.rfind("·", i, m.end()) + 3, m.end() + 1):
        if s[e - 1] in CONJUNCTIONS or s[e - 1] == "等":
            return None
        if e >= len(s) or not _is_han(s[e]) or r.follows(e) or r.follows_weakly(e) or _TIME_AFTER.match(s, e):
            surnames = r.lex.surnames
            return s[i:e] if all(_foreign_shape(part, surnames) for part in s[i:e].split("·")) else None
    return None


def _skip_paren(s: str, j: int) -> int:
    """The offset after a short parenthesized note at j (张三(女)、), else j."""
    if j < len(s) and s[j] == "(":
        close = s.find(")", j + 1, j + 40)
        if close > 0 and "(" not in s[j + 1:close]:
            return close + 1
    return j


def _may_open_list(s: str, i: int) -> bool:
    if i == 0:
        return True
    prev = s[i - 1]
    if prev in "·-":
        return False  # the last part of a dotted name (哈米德·马贾利、…), not a name of its own
    if not ("\u4e00" <= prev <= "\u9fff" or "\u3400" <= prev <= "\u4dbf"):
        return True
    return prev in _FUNC or prev in _PLACE_END or (i >= 2 and "g" in _words().get(s[i - 2:i], ""))


def _known(r: _Reader) -> list[Found]:
    """Names confirmed elsewhere, wherever they stand before a follow word or a common verb (江凌听取,
    江凌安排) and are not glued to the word before them (赛马会 is not 马会)."""
    s, out = r.s, []
    if not r.known:
        return out
    for f in r.names.first_chars().finditer(s):
        i = f.start()
        at = r.names.at(s, i)
        if not at:
            continue
        name = at[0]
        end = i + len(name)
        if not (r.follows(end) or r.follows_weakly(end)):
            continue
        if i > 0 and _flag(s[i - 1] + name[0], "w") and s[i - 1] not in _FUNC:
            continue
        out.append(Found(name, i))
    return out


_DATELINE_CREDIT = re.compile(r"讯\(([^()]{2,30})\)")


def _dateline_credit(r: _Reader) -> list[Found]:
    """A reporter credit in parentheses right after the dateline: 本报讯(记者 张三 通讯员 李四),
    海曙新闻网讯(李玉飞)."""
    out = []
    for m in _DATELINE_CREDIT.finditer(r.s) if "讯(" in r.s else ():
        names = _byline_parts(m.group(1), strict=True)
        out.extend(Found(n, m.start(1) + k) for k, n in enumerate(names))
    return out


def _split_byline(byline: str | None, text: str) -> tuple[str, list[str]]:
    """(text without a trailing reporter credit, byline names). The `byline` field wins; else a
    trailing parenthesized credit of Chinese names is read off the text: （李东慧）, (何征宇 张旭)."""
    raw = byline
    body = text or ""
    if not raw:
        m = _TRAILING_BYLINE.search(body) if body.rstrip()[-1:] in (")", "）") else None
        if not m:
            return body, []
        raw = m.group(1)
        names = _byline_parts(raw, strict=True)
        return (body[:m.start()], names) if names else (body, [])
    return body, _byline_parts(raw, strict=False)


_CREDIT_NAME_SPLIT = re.compile(r"[\s、,，/／]+")
_CREDIT_KINDS = frozenset({"contributor", "editor", "reviewer", "signer", "contact"})


def _credit_names(body: str) -> dict[str, str]:
    """The names of the credit lines of a text, each with its label: a line that is nothing but
    labelled credits (`编辑：甲某　审核：乙某`, `责编：甲某　校对：乙某`, read by
    digest.masthead.credit_pairs) or a contributor's credit (`（县委宣传部 甲某 供稿）`,
    digest.text.credit_facts); of each value, the parts that are a Chinese name of 2-4 characters
    starting with a surname (a unit is not)."""
    from digest import masthead
    from digest import text as text_mod

    lex = _lexicon()
    out: dict[str, str] = {}
    for line in body.splitlines():
        line = line.strip()
        if not line or len(line) > text_mod.CLOSING_MAX:
            continue
        inner = line[1:-1] if line[:1] in "(（" and line[-1:] in ")）" else line
        values = masthead.credit_pairs(inner) or [
            (label, v) for kind, label, v in text_mod.credit_facts(line) or () if kind in _CREDIT_KINDS]
        for label, value in values:
            for part in _CREDIT_NAME_SPLIT.split(_nfkc(value)):
                if (2 <= len(part) <= 4 and all(_is_han(ch) for ch in part)
                        and (part[0] in lex.surnames or part[:2] in lex.compound)
                        and not _common_word(part) and not dictionary_word(part) and part not in out):
                    out[part] = label
    return out


def _byline_parts(raw: str, strict: bool) -> list[str]:
    lex = _lexicon()
    raw = _nfkc(raw).strip()
    out = []
    for part in _BYLINE_SPLIT.split(raw):
        part = _CREDIT_WORDS.sub("", part)
        if len(part) >= 4 or (len(part) == 3 and part[-1] in "摄文图"):
            part = _CREDIT_TAIL.sub("", part)
        if not part:
            continue
        glued = _glued_byline(part)
        if glued:  # 李某杨某: two names printed together
            out.extend(glued)
            continue
        if len(part) >= 4 and (part[-1] in _ORG_END or part[-1] in _PLACE_END):  # (a name: 李文科, 王一心)
            continue  # (石龙社区 某某): the unit the credit names, then its writer
        if not (2 <= len(part) <= 4 and all(_is_han(ch) or ch == "·" for ch in part)):
            if strict:
                return []
            continue
        if part in lex.not_names:
            continue  # 作者：未知, 作者：佚名: a word for no one
        surname = part[0] in lex.surnames or part[:2] in lex.compound
        if strict and (not surname or _common_word(part)):
            return []
        if _common_word(part) and not surname:
            continue  # the parser's byline field: a name that is also a word (陶然, 方可) is kept after a surname
        out.append(part)
    return out


def _glued_byline(part: str) -> list[str]:
    """A byline's part of four or more Han characters that is two or more names printed together
    (李某杨某, 何某某董某某: namemodel.tiling); [] for one name (欧阳某某, a compound surname), for
    none, and for a run that holds a word (甲某通讯员乙某: read as parts by the other rules)."""
    from digest import namemodel

    if len(part) < 4 or not _HAN_RUN.fullmatch(part) or (len(part) == 4 and part[:2] in _lexicon().compound):
        return []
    names = [part[x:y] for x, y in namemodel.tiling(part, 0, len(part))]
    return [] if any(_common_word(n) or dictionary_word(n) for n in names) else names  # 甲某通讯员乙某


def _user_names(e: Entry, include: set[str], traditional: bool = False) -> list[Found]:
    """Names from the names file, wherever they are printed (whitespace ignored)."""
    s = _compact(_headline(e)) + "\x00" + _compact(e.text or "")
    if traditional:
        s = simplified(s)
    out = []
    for name in include:
        i = s.find(name)
        if i >= 0:
            out.append(Found(name, i))
    return out


def read_names_file(path: str | Path) -> tuple[set[str], set[str]]:
    """(include, exclude) from a names file: one name a line, `-name` excludes, `#` comments."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise NamesFileError(f"cannot read names file {path}: {exc.__class__.__name__}") from None
    include: set[str] = set()
    exclude: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("-"):
            name = "".join(line[1:].split())
            if name:
                exclude.add(name)
        else:
            include.add("".join(line.split()))
    return include, exclude


def _headline(e: Entry) -> str:
    """The title, with a newspaper kicker (引题, printed above it) in front: 江凌在伊滨区调研时强调.
    A block's title is its text's first characters, cut anywhere (…徐进和郭丽老|师): of it, only
    the clauses it holds whole are read."""
    if e.kind == "block" and e.title and (e.text or "").lstrip().startswith(e.title):
        text = (e.text or "").lstrip()
        if len(text) > len(e.title) and not _CLAUSE_START.match(text, len(e.title)):
            ends = [m.end() for m in _CLAUSE_START.finditer(e.title)]
            return e.title[:ends[-1]] if ends else ""
    return f"{e.kicker}。{e.title or ''}" if e.kicker else (e.title or "")


def annotate(entries: list[Entry], names_file: str | Path | None = None, model: bool = False,
             names: tuple[set[str], set[str]] | None = None, add_only: float | None = None,
             weak: float | None = None, clauses: bool = False,
             captions: dict[int, list[str]] | None = None) -> None:
    """Fill `persons` and `roles` on each entry (in place), using names confirmed anywhere in `entries`.
    `model`: the statistical scorer (digest.namemodel) re-decides the rules' names and adds its own;
    `names`: (include, exclude) already read from a names file; `add_only` (with `model`): the
    scorer adds the names scoring at least this and leaves the rules' own alone (`digest parse
    --scorer`); `weak` (without `model`): the scorer reads only the weak anchors (`_weakly_anchored`)
    and adds the names there scoring at least this (`digest parse`); `clauses` (with `weak`): the
    names opening a clause too (`digest parse` on a page without a 目录); `captions`: the photo
    captions printed in an entry's span (by its index in `entries`), read after its text: the
    photographer of `图为…。 本报记者 某某 摄` is one of the article's people.

    Raises `NamesFileError` when `names_file` is given but cannot be read."""
    include, exclude = names or (read_names_file(names_file) if names_file else (set(), set()))
    include, exclude = {simplified(x) for x in include}, {simplified(x) for x in exclude}  # as the text is read
    # pass 1: anchors only, to learn the issue's names
    confirmed: set[str] = set(include)
    # a document in traditional characters is read as simplified (each entry of it, however short)
    traditional = any(looks_traditional(_headline(e)) or looks_traditional(e.text or "")
                      or looks_traditional(e.byline or "") for e in entries)
    captions = captions or {}
    texts = [_Text(_headline(e), e.text, e.byline, traditional, "\n".join(captions.get(k, ())))
             for k, e in enumerate(entries)]
    known = _Known(include)
    for t in texts:
        got = _find(t, known, confirming=True)
        confirmed.update(f.name for f in got if f.spreads)
        if model and len(texts) > 1:  # a document: what the scorer accepts counts everywhere
            confirmed.update(f.name for f in _with_model(t, got, add_only))
    confirmed -= exclude
    # 江凌致(欢迎词) when 江凌 is confirmed too: the third character is a follow word, not the name
    lex = _lexicon()
    confirmed = {c for c in confirmed
                 if not (len(c) == 3 and c[:2] in confirmed and lex.follow.match(c, 2) and c not in include)}
    # pass 2: everything again, now knowing the issue's names
    known = _Known(confirmed)
    for e, t in zip(entries, texts, strict=True):
        found = _find(t, known)
        if model:
            found = _with_model(t, found, add_only)
        elif weak is not None:
            new = _weakly_anchored(t, found, weak, clauses)
            if clauses and new:  # the next name of a list after a weak anchor's (某某和某某), a few rounds
                taken = {k for f in found for k in range(f.pos, f.pos + len(f.name))}
                rule = _rule_spans(t.s, found)
                for _round in range(LIST_ROUNDS):
                    found += new
                    taken.update(k for f in new for k in range(f.pos, f.pos + len(f.name)))
                    rule.update(_rule_spans(t.s, new))
                    new = _next_in_list(t, taken, rule, new, weak)
                    if not new:
                        break
            found += new
            found.sort(key=lambda f: f.pos)
        if include:
            found.extend(_user_names(e, include, traditional))
            found.sort(key=lambda f: f.pos)
        persons: dict[str, None] = {}  # ordered, with a constant-time membership test
        roles: dict[str, str] = {}
        for f in found:
            if f.name in exclude:
                continue
            name = t.as_printed(f.name, f.pos)
            persons.setdefault(name)
            role = t.credit_roles.get(f.name) or f.role
            if role and name not in roles:
                roles[name] = t.as_printed(role)
        e.persons = list(persons)
        e.roles = roles


def recognize(lines: list[str], document: bool = False, names_file: str | Path | None = None) -> list[dict[str, Any]]:
    """`{"persons": [...], "roles": {...}}` for each line of free text, the rules and the statistical
    scorer together (`digest persons`). Each line is read on its own, or, with `document`, all lines
    as one document, so that a name confirmed in one line counts in every other.

    Raises `NamesFileError` when `names_file` is given but cannot be read."""
    names = read_names_file(names_file) if names_file else (set(), set())
    entries = [Entry(title="", text=ln) for ln in lines]
    if document:
        annotate(entries, model=True, names=names)
    else:
        for e in entries:
            annotate([e], model=True, names=names)
    return [{"persons": e.persons, "roles": e.roles} for e in entries]
