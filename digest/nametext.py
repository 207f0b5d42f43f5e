"""The text a name is read from, and the readers of one name at one offset.

- `Text`: one entry's title, text, byline and photo captions as one compact string (`s`: whitespace
  removed and remembered as soft boundaries, width folded, read as simplified when printed in
  traditional characters), with what depends on the text alone computed once and shared by both
  passes of `digest.persons.annotate`: the role words (`roles`), occupations, honours, the offsets
  where a list may open (`list_starts`), the byline's and credit lines' names (digest.bylines).
- `Known`: the names confirmed so far, looked up at an offset by first character and length.
- `Reader`: the readers of one name at an offset: a Chinese name (`name_at`), a foreign one after a
  role (`foreign_at`), a Japanese one (`japanese_at`), and the tests of what may follow a name
  (`follows`, `follows_weakly`); `dotted_at` and `dotted_after_role` read a name with a middle dot.
- `Found`: one name read, with its offset in `Text.s`, the role printed with it, and whether it
  confirms the name for the whole issue.

The rules that decide where a name stands are digest.namerules (anchors) and digest.namelists
(lists); the word lists they ask are digest.lexicon. Nothing here prints.
"""

from __future__ import annotations

import re as literal_re  # the stdlib engine: faster for large alternations of plain words
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex as re

from digest.bylines import credit_names, split_byline
from digest.lexicon import (
    ADMIN_END,
    ADVERBS_NOT_GIVEN,
    CONJUNCTIONS,
    HAN_RUN,
    NUMERAL,
    NUMERAL_DATE,
    ORG_END,
    PLACE_ENDS,
    PLACE_SIDE,
    POSTURE_VERBS,
    PREPOSITION_LAST,
    SUBJECT_ADVERBS,
    TIME_WORDS,
    dictionary_word,
    segmenting_word,
)
from digest.lexicon import Lexicon as _Lexicon
from digest.lexicon import a_share as _a_share
from digest.lexicon import common_word as _common_word
from digest.lexicon import countries as _countries
from digest.lexicon import ends_a_dotted_name as _ends_a_dotted_name
from digest.lexicon import flag as _flag
from digest.lexicon import follows_long as _follows_long
from digest.lexicon import is_han as _is_han
from digest.lexicon import lexicon as _lexicon
from digest.lexicon import role_index as _role_index
from digest.lexicon import surname_and_address as _surname_and_address
from digest.lexicon import translit_chars as _translit_chars
from digest.lexicon import weak_anchors as _weak_anchors
from digest.lexicon import word_flags as _word_flags
from digest.lexicon import words as _words
from digest.text import nfkc as _nfkc
from digest.text import simplified

# characters that cannot end a Chinese given name (they end places and organizations; 说 and 称
# follow names: 县长甘露说 is no name 甘露说)
_BAD_LAST = set("市县区省镇乡村委局厅部处科组队团院所站街路港州湾馆园办司社室庄店厂场校说称网") | PREPOSITION_LAST  # (网: 中国裁判|文书网)
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
# roles of a reporter credit, whose names may be separated by spaces alone (记者翟国鑫 吴丹)
CREDITS = ("记者", "通讯员", "摄影", "编辑", "实习生")
# characters after a name ending in a conjunction in which 的 says the conjunction joins (县长某某和|参加会议的代表座谈)
_VERB_REACH = 6
# the acts after which a name's last 和 is the name's (局长某正和参加…, 副院长某某清和出席…); never a group the
# conjunction joins (副市长某某和检查组一行, 审判员某某和书记员…)
_ACTS_AFTER_HE = ("参加", "出席", "介绍", "表示", "主持", "陪同", "指出", "强调", "讲话", "致辞", "宣布", "带队", "率队",
                  "带领", "看望", "慰问", "通报", "汇报", "说", "认为", "要求")
# the opening marks a conjunction may join a name to (导演某力和《某狗》, 某某和“…”)
_OPENING_MARKS = frozenset("《“「『〈‘（(")
# what may follow a name ending in a conjunction (郭爱和等)
_TAIL = ("等", "一行", "同志", "先生", "女士")
# a time or how often, right after a name (某某和每天…): what 和 there never joins to another person
_WHEN_AFTER_NAME = ("每天", "每日", "每周", "每月", "每年", "每晚", "每逢", "经常", "常常", "一直", "总是", "平时",
                    "今年", "去年", "今天", "昨天", "明天", "上午", "下午", "晚上", "早上", "傍晚", "当天", "当晚", "近日", "日前")
# single characters that, before a name, are function words rather than part of it (和江凌书记)
FUNCTION_CHARS = set("和与及同跟向对在为把将被由让给以于从是的了等也都还并又即暨请经按据向至、")
# anchors after a name: strong ones (the name stands alone before them) and weak ones
# a model person before 精神 / 式的好 (焦裕禄精神, 焦裕禄式的好干部): a dictionary person or confirmed
# last characters of places the dictionary calls persons (钱塘江, 罗霄山, 红旗渠)
PLACE_LAST = set("山江河湖寨岛渠岭坝峰洞沟湾台关桥庄堡")
# honours after a place-prefixed name (洛阳市黄咏梅获评…)
_HONOURS = ("获评", "荣获", "入选", "当选", "获得", "获", "被评为", "被授予")
_SPACES = re.compile(r"[\s*]+")
_OCC_RE = literal_re.compile("[" + "".join(sorted(_OCC_END)) + "]")
_PLACE_RE = literal_re.compile("[" + "".join(sorted(ADMIN_END)) + "]")
_LIST_RE = literal_re.compile("[、(]")
_HONOURS_RE = literal_re.compile("|".join(_HONOURS))


# the adverbs of data/follow.txt that often end a common word (方便, 真正, 不再): after a
# character they make such a word with, they follow no name
_GLUED_ADVERBS = frozenset("已曾便却颇正再亦仍")


@dataclass(slots=True)
class Found:
    """One recognized person in one entry."""

    name: str
    pos: int  # offset in the compact text (title + text)
    role: str | None = None
    spreads: bool = True  # confirms the name for the whole issue (False for the weaker anchors)
    kept: bool = False  # the scorer does not re-decide it: read from the layout (spaced lists, speakers,
    # biographies, name/role credits), or at an anchor its training text never holds (an appointment)


# words a role's last character opens (小说|家喻户晓, 建筑|师傅, 美食|家常去): no role ends there
_ROLE_LAST_OPENS = ("家喻户晓", "师傅", "家常")


def _role_spans(s: str) -> list[tuple[int, int]]:
    """(start, end) of the roles `_lexicon().roles.finditer(s)` finds (leftmost, the longest there,
    not overlapping), found from their last characters; where the first character of a role ends a
    country (data/countries.txt) and a longer role overlaps it (泰国|王储, not 国王), the later one."""
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
    starts = sorted(longest)
    for n, k in enumerate(starts):
        if k < pos or s.startswith(_ROLE_LAST_OPENS, longest[k] - 1):
            continue  # (这部小说家喻户晓, 建筑师傅: the role's last character opens a word going on)
        nxt = starts[n + 1] if n + 1 < len(starts) else -1
        if k < nxt < longest[k] < longest[nxt] and any(s[k - j:k + 1] in _countries() for j in range(1, min(k, 5) + 1)):
            continue  # 泰国王储: 国 ends the country (泰国), the role is 王储, not 国王
        pos = longest[k]
        out.append((k, pos))
    return out


_NUMERALS = frozenset("一二两三四五六七八九十几数")
_MEASURES = frozenset("位个名人次家户条项件批只座所")


def _given_name(c: str, place: bool = False) -> str | None:
    """The given name of c when c has the shape of a Chinese name, else None: a surname (or a compound
    one) and one or two characters, none of them one a name never holds (_BAD_LAST, _BAD_ANY), no
    withheld name (王某, 张某某) and no count ((带头人)有两位, (代表)共三名), not a word of
    not_names.txt unless `place` (a place read as the name it is after a role)."""
    lex = _lexicon()
    if (not 2 <= len(c) <= 4 or not HAN_RUN.fullmatch(c) or (c in lex.not_names and not place)
            or c[-1] in _BAD_LAST or not _BAD_ANY.isdisjoint(c[1:]) or "某" in c[1:]
            or (len(c) == 3 and c[:2] in lex.not_names and c[:2] not in lex.places and c[:2] not in lex.compound
                and not place)):
        return None  # (占比|由31%: a word of not_names.txt opens it)
    given = c[2:] if c[:2] in lex.compound else c[1:] if c[0] in lex.surnames else ""
    if not 1 <= len(given) <= 2 or (len(given) == 2 and given[0] in _NUMERALS and given[1] in _MEASURES):
        return None
    return given


# the last characters of the places of an administration (马家村, 钟山县): never the name a role is
# followed by, whatever jieba's dictionary tags (its places of three characters include people: 钟南山)
_ADMIN_LAST = PLACE_ENDS | frozenset("旗盟")


# the ways news addresses an ordinary person right after the name, that are no titles (roles.txt
# holds 老师, follow.txt 同志): never a given name of two (`plausible`), and a weak anchor of the name
# before them (digest.weakanchors). Written by hand; 82岁的某某老人笑着说 was a miss of a blind-round
# page, 先生 and 女士 (老友某某先生打来电话) misses of real pages; 师傅, 阿姨, 奶奶 and 爷爷 misses of blind sets of
# community and veterans' news (2026-12-07: 某某某师傅, 某某某奶奶)
ADDRESS_WORDS = ("先生", "女士", "老人", "大爷", "大妈", "大娘", "大姐", "大哥", "老汉", "阿婆", "阿公", "夫妇",
                 "一家", "同学", "师傅", "阿姨", "奶奶", "爷爷")


@lru_cache(maxsize=1 << 16)
def plausible(c: str, relaxed: bool, after_role: bool = False) -> bool:
    """`Reader.plausible` for a name not confirmed: depends on the package data alone. The shape of a
    name (`_given_name`), and neither the given name a common word nor the whole a word or a place.
    `after_role`: the read is at a strong anchor (`name_at(relaxed=True)`: right after a role, a
    credit's label, in a list after a role), its end checked by the caller (政法委书记唐洋出席, 国务委员
    罗干主持): a word of two characters of places.txt is then read as the name it is there (jieba tags
    唐洋, 白洋 and 罗干 as places too). not_names.txt's words and longer places (英雄孟良崮) stay no
    names even there."""
    if len(c) == 3 and c[1:] in ADDRESS_WORDS:
        return False  # 刘长|林老人: a word of address ends the name before it (某某老人, 某某大爷)
    lex = _lexicon()
    if len(c) == 3 and lex.roles.fullmatch(c[1:]) is not None:
        return False  # 负责人王|经理表示: a surname and a title (王经理, 李主任) is no name
    if _surname_and_address(c):
        return False  # 黄|姓老人, 村民张|哥说: a surname and a word of address
    if len(c) >= 3 and c[:2] in TIME_WORDS:
        return False  # 外长|年初先访问: a time word, not a surname (年, 月) and a given name
    if _a_share(c):
        return False  # 党员|占总数的六成
    place = after_role and c in lex.places and (len(c) == 2 or (len(c) == 3 and c[-1] not in _ADMIN_LAST))
    given = _given_name(c, place)
    if given is None:
        return False
    if len(given) == 2 and _flag(given, "g") and not (relaxed and given not in _NEVER_GIVEN):
        return False  # 门负责(同志), 向大家, 步统一
    if len(c) == 3 and c[:2] not in lex.compound and _flag(c[:2], "p") and not relaxed:
        return False  # 干部成(为)
    if len(c) == 3 and c[2] in _PLACE_AFTER_WORD and c[:2] not in lex.compound and _flag(c[:2], "c") and not relaxed:
        return False  # 楼道|里: a word that opens with a surname, and where (楼道里的“飞线充电”…)
    return place or not _common_word(c)


_PLACE_AFTER_WORD = frozenset("里边旁内")  # words of place after a word (楼道里); seldom a given name's last character


def _word_as_name(c: str, s: str, end: int) -> bool:
    """May the common word c (data/words.txt flag c) be read as a name right after a role and before
    a follow word of two characters or more that is no title (局长阳光通报, 主任原野主持; not
    before a mark: 市长|信箱，, 某长|家中，, nor 助理|国防|部长)? A word of two characters opening with a
    listed surname, neither a frequent verb, adverb or pronoun (flags g, v: 亲自, 全面) nor a frequent
    word starting with a surname (flag p), nor a place, nor a word of "whole" (全程参与). Measured: the annotated digests' persons
    0.941 -> 0.951; pd98, the MSRA lines and page sets A/B the same in both paths. Tried and left out:
    a follow word of two characters closing a name of three as a mark does (站长某立军带领: 成立 a word):
    two false names more on set B and no name gained on the sets of news."""
    lex = _lexicon()
    return (len(c) == 2 and _common_word(c) and c[0] in lex.surnames and c not in lex.places
            and not any(_flag(c, x) for x in "gvp") and _given_name(c) is not None
            and lex.roles.match(s, end) is None and c[0] not in _WHOLE_FIRST)


# the given names of two characters that are also words, as children were named in the 1950s to the 1970s after the
# times (建设, 前进, 胜利, 援朝): after a role, before a follow word, a surname and one of them is a name (书记某建设常…),
# as a mark after it says already (书记某建设，)
WORD_GIVEN_NAMES = frozenset({"建设", "前进", "胜利", "解放", "跃进", "援朝", "抗美", "卫东", "卫国", "卫红", "红旗", "东风",
                              "向阳", "向前", "国庆", "建国", "丰收", "和平", "长江", "学军", "永红", "文革", "超英"})
_WHOLE_FIRST = frozenset("全")  # a surname that opens words of "all", "whole" (全程, 全力, 全体: `委员全程参与`)


def name_shaped(c: str) -> bool:
    """The shape of a Chinese name, whatever word it also spells (高贵, 黄海, 林学: `_given_name`).
    `plausible` asks more (no common word, no place); a row of names read by the layout asks only
    this of the pieces between its names."""
    return _given_name(c) is not None


def compact(text: str) -> str:
    """Width-folded text without whitespace or emphasis markup: names broken by line ends join up."""
    return compact_soft(text)[0]


_NAME_DOTS = re.compile(r"(?<=\p{Han})[•・‧](?=\p{Han})")  # 卡西姆•托卡耶夫 (not a menu's 卫生 • 健康)
_PINYIN_GLOSS = re.compile(r"(?<=\p{Han})\((?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")


# a name withheld by asterisks in a public list (王*伟, 刘**, 欧阳*): one or two Han characters set apart before
# them, up to two after; not Markdown's bold (**某某**说: its closing asterisks follow an asterisk's run)
_MASKED = re.compile(r"(?<![\p{Han}*])(\p{Han}{1,2})(\*{1,3})(?=\p{Han}{0,2}(?![\p{Han}*]))")


def _unmasked(text: str) -> str:
    """text with the asterisks of a withheld name (`_MASKED`) printed as ×, one for one: no space between
    two halves of a name (王*伟 is no 王伟), as `_SPACES` reads other asterisks (Markdown's)."""
    if "*" not in text:
        return text
    return _MASKED.sub(lambda m: m.group(1) + "×" * len(m.group(2)), text)


def compact_soft(text: str) -> tuple[str, set[int], set[int]]:
    """The compact text, its soft boundaries (offsets where whitespace stood between two non-blank
    characters: a line end, or a separator as in 记者翟国鑫 吴丹) and, of those, the spaces inside a
    line (no line end: a wrapped line may cut a word, a space inside a line seldom does)."""
    text = _unmasked(_nfkc(text)).replace("丨", "|")  # 丨 (a Han character) separates a label from a name: 图文丨某某
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


def wide_gaps(text: str) -> set[int]:
    """The offsets of the compact text (`compact_soft`) where a run of two spaces or more, or a tab, stood
    inside a line: a table's or a list's cells apart (`骆 鹏  男  1983.05`), wider than the one space that
    pads a name of two to three's width."""
    if "  " not in text and "\t" not in text and "\u3000\u3000" not in text and " \u3000" not in text \
            and "\u3000 " not in text:
        return set()
    text = _unmasked(_nfkc(text))  # (as `compact_soft` reads it: one character for one, the full-width space a space)
    out: set[int] = set()
    n = pos = 0
    for m in _SPACES.finditer(text):
        n += m.start() - pos
        pos = m.end()
        g = m.group()
        if "\n" not in g and "\r" not in g and (g.count(" ") + g.count("\t") * 2 >= 2):
            out.add(n)
    return out


# a person's age and 的 right before the person's name (七十一岁的某某某, 82岁的某春花, 3周岁的某某): a weak anchor,
# as a word for a kind of person is (`Text.person_nouns`). Since 2026-12-07 (session 44): misses of a set of profiles
_AGED_DE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})周?岁的")
_PADDING = re.compile(r"[\s*\ue000]+")  # `_SPACES`, with the full-width space kept apart as \ue000


_ITEM_BEFORE = frozenset("、：:，,；;（(\x00")  # what a list's item stands after (`_padded_item`)
_ITEM_AFTER = frozenset("、，,；;。（(）)\x00")  # and before


def padded_gaps(text: str) -> set[int]:
    """The offsets of the compact text (`compact_soft`) where one full-width space alone stood inside a
    line: the padding that sets a name of two to three's width (`公证员田　颖全程公证`), which a stray space of
    a PDF's extraction (an ASCII one) is not."""
    if "\u3000" not in text:
        return set()
    text = _unmasked(_nfkc(text.replace("\u3000", "\ue000"))).replace("丨", "|")  # (as `compact_soft` reads it, offset for offset)
    if "•" in text or "・" in text or "‧" in text:
        text = _NAME_DOTS.sub("·", text)
    if "(" in text:
        text = _PINYIN_GLOSS.sub("", text)
    out: set[int] = set()
    n = pos = 0
    for m in _PADDING.finditer(text):
        n += m.start() - pos
        pos = m.end()
        if m.group() == "\ue000" and n:
            out.add(n)
    return out


_FEW_FIRSTS = 16  # first characters of the confirmed names `Known.starts` finds one by one


class Known:
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

    def starts(self, s: str) -> list[int]:
        """The offsets of s where a confirmed name may start (one of their first characters), in order.
        A few first characters are found with str.find, each in one pass (`digest persons` reads each
        line with the names confirmed in it: compiling a class for every line cost more than the
        search); more with a class of them (`first_chars`)."""
        if len(self.by_first) > _FEW_FIRSTS:
            return [m.start() for m in self.first_chars().finditer(s)]
        out: list[int] = []
        for ch in self.by_first:
            j = s.find(ch)
            while j >= 0:
                out.append(j)
                j = s.find(ch, j + 1)
        out.sort()
        return out

    def first_chars(self) -> literal_re.Pattern[str]:
        """A class of the names' first characters (finds where a confirmed name may start)."""
        if self._first is None:
            self._first = literal_re.compile("[" + "".join(literal_re.escape(ch) for ch in self.by_first) + "]")
        return self._first


class Text:
    """One entry's compact text (title + \\x00 + body), its soft boundaries and byline names, with
    what depends on the text alone computed once (both passes of `annotate` read it)."""

    def __init__(self, title: str, text: str, byline: str | None, traditional: bool = False,
                 captions: str = "") -> None:
        printed = (title or "", text or "", byline or "", captions)
        if traditional:  # read as simplified: 張勁松 as 张劲松
            title, text, byline, captions = (simplified(x) for x in printed)
        body, self.byline_names = split_byline(byline or None, text or "")
        cut = len(body)
        if captions:  # the article's photo captions (图为…。 记者 某某 摄), read after its text
            body += "\n" + captions
        self.credit_roles: dict[str, str] = {}
        if "：" in body or ":" in body or "供稿" in body:
            self.credit_roles = credit_names(body)
            self.byline_names += [n for n in self.credit_roles if n not in self.byline_names]
        ct, soft_t, spaced_t = compact_soft(title or "")
        cb, soft_b, spaced_b = compact_soft(body)
        self.s = ct + "\x00" + cb
        self.spaced = spaced_t | {len(ct) + 1 + k for k in spaced_b}
        # the same text as printed, offset for offset, where a character was simplified (None: none was)
        self._printed: tuple[str, str, str] | None = None
        if traditional and printed != (title, text, byline, captions):
            ps = compact(printed[0]) + "\x00" + compact(printed[1][:cut] + ("\n" + printed[3] if captions else ""))
            if len(ps) == len(self.s):  # (and the byline, with the credit cut from the text's end: （記者某某）)
                self._printed = (ps, compact((byline or "") + text[cut:]), compact(printed[2] + printed[1][cut:]))
        self.title_len = len(ct)
        self.soft = soft_t | {len(ct) + 1 + k for k in soft_b}
        self.wide = {len(ct) + 1 + k for k in wide_gaps(body)} if spaced_b else set()  # (cells apart: `wide_gaps`)
        # (one full-width space alone: a name of two padded to three's width, `padded_gaps`)
        self.padded = padded_gaps(title or "") | {len(ct) + 1 + k for k in padded_gaps(body)} if spaced_b or spaced_t else set()
        # the document this text is part of speaks of the Dai or their places (lexicon.DAI_CONTEXT), in any
        # of its entries: set by `persons.annotate` (a 工作简报 names 傣族 once, its items' 岩某某 in others)
        self.dai_document = False
        self._roles: list[tuple[int, int, str, str]] | None = None
        self._occupations: list[int] | None = None
        self._places: list[int] | None = None
        self._honours: set[int] | None = None
        self._list_starts: tuple[list[int], list[int]] | None = None
        self._posts: list[tuple[int, str]] | None = None
        self._role_ends: frozenset[int] | None = None
        self._role_from: dict[int, int] | None = None
        self._person_nouns: list[tuple[int, int]] | None = None
        self._anchor_ends: dict[int, str | None] | None = None
        # by the id of the pattern (hashing a compiled pattern hashes its whole program), with the pattern
        self._matches: dict[tuple[int, bool], tuple[Any, list[Any]]] = {}
        self._has: dict[int, tuple[Any, bool]] = {}

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
            self._roles = [(a, b, s[a:b], role_before(s, a, b, self.spaced)) for a, b in _role_spans(s)]
        return self._roles

    def role_ends(self) -> frozenset[int]:
        """The offsets where a role word ends (read once)."""
        if self._role_ends is None:
            self._role_ends = frozenset(self.role_from())
        return self._role_ends

    def role_from(self) -> dict[int, int]:
        """Where each role word ending at an offset starts, by that offset (the longest, read once)."""
        if self._role_from is None:
            self._role_from = {}
            for a, b, _w, _role in self.roles():
                self._role_from[b] = min(a, self._role_from.get(b, a))
        return self._role_from

    def matches(self, pattern: Any, overlapped: bool = False) -> list[Any]:
        """Every match of `pattern` (a compiled `re` or `regex` pattern) in `s`, left to right, found
        once and kept: the rules of both passes of `annotate` read the same anchors. `overlapped`
        (a `regex` pattern only): the overlapping matches too."""
        key = (id(pattern), overlapped)
        kept = self._matches.get(key)
        if kept is None or kept[0] is not pattern:
            kept = self._matches[key] = (pattern, list(pattern.finditer(self.s, overlapped=True) if overlapped
                                                       else pattern.finditer(self.s)))
        return kept[1]

    def has(self, pattern: Any) -> bool:
        """Does `pattern` (a compiled pattern) match anywhere in `s`? Searched once and kept."""
        kept = self._has.get(id(pattern))
        if kept is None or kept[0] is not pattern:
            kept = self._has[id(pattern)] = (pattern, pattern.search(self.s) is not None)
        return kept[1]

    def anchor_ends(self) -> dict[int, str | None]:
        """The offsets where a role word ends, each with the role as printed, and then those where an
        occupation ends (`occupations`) that no role word does, with None (read once; the caller does
        not change it)."""
        if self._anchor_ends is None:
            ends: dict[int, str | None] = {b: role for _a, b, _w, role in self.roles()}
            ends.update({k: None for k in self.occupations() if k not in ends})
            self._anchor_ends = ends
        return self._anchor_ends

    def person_nouns(self) -> list[tuple[int, int]]:
        """(start, end) of every word for a kind of person (data/person_nouns.txt: the matches of
        `lexicon.weak_anchors()[0]`) and of every age with 的 (`_AGED_DE`: 七十一岁的), left to right, read
        once for the rules and the weak anchors."""
        if self._person_nouns is None:
            spans = [m.span() for m in _weak_anchors()[0].finditer(self.s)]
            if "岁的" in self.s:  # a person's age and 的 (七十一岁的某某某戴着…, 82岁的某春花), not right before a word for
                starts = {x for x, _y in spans}  # a kind of person, which anchors the name (72岁的毕摩某某某某)
                spans = sorted(spans + [m.span() for m in _AGED_DE.finditer(self.s) if m.end() not in starts])
            self._person_nouns = spans
        return self._person_nouns

    def posts(self) -> list[tuple[int, str]]:
        """(offset, word) for every word that may follow a name (总书记, 同志, 思想 …)."""
        if self._posts is None:
            self._posts = [(m.start(), m.group()) for m in _lexicon().post.finditer(self.s)]
        return self._posts

    def occupations(self) -> list[int]:
        """Offsets right after an occupation word ending in 员/师/手/匠/长 that no listed role covers
        (侦查员, 网格长, 场长; not 增长 or 擅长: _NOT_OCC; not right after another, where a name opens
        with the surname and 长 (老党员|某长林); not where the last character opens a common
        word of the dictionary (words.txt flag d or c) with the next and ends none with the one before:
        横跨|长江两岸; 官房长|武藤某郎 stays, 长武 being a county only; nor inside a word of four running on
        past it: 握手|言和)."""
        if self._occupations is None:
            s, roles, ends, wf = self.s, _lexicon().roles, self.role_ends(), _word_flags()
            out = []
            for m in _OCC_RE.finditer(s):
                i = m.end()
                if (2 <= i < len(s) and i not in ends and _is_han(s[i - 2]) and s[i - 2:i] not in _NOT_OCC
                        and not (segmenting_word(s[i - 1:i + 1]) and s[i - 2:i] not in wf)  # 横跨|长江, 侯师|傅: 长, 师 open a word
                        and "d" not in wf.get(s[i - 2:i + 2], "")  # 握手|言和: the word goes on (握手言和)
                        and not (roles.match(s, i - 2) or roles.match(s, i - 3 if i >= 3 else 0))
                        and not (out and out[-1] == i - 2)):  # 老党员|某长林家中: no occupation right after one
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
        where a surname starts and a list may open (`may_open_list`), and the others (only a
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
                    if may_open_list(s, i):
                        named.append(i)
                else:
                    other.append(i)
            self._list_starts = (named, other)
        return self._list_starts


class Reader:
    """Name reading over one compact text, with the names confirmed so far."""

    def __init__(self, s: str, known: set[str], lex: _Lexicon, soft: set[int] | None = None,
                 text: Text | None = None, names: Known | None = None) -> None:
        self.s = s
        self.soft = soft or set()
        self.known = known
        self.lex = lex
        self.names = names if names is not None else Known(known)
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
        if ch == "任" and (s[j + 1:j + 2] in ("职", "教") or self.lex.roles.match(s, j + 1) is not None):
            return True  # 总工程师某某任主任委员, 某某任职: "serves as", not a name's last character
        m = self.lex.follow.match(s, j)
        if m is not None and m.end() == j + 1 and s[j] in _GLUED_ADVERBS and _flag(s[j - 1:j + 1], "x"):
            m = None  # an adverb that makes a common word with the character before it (傅方|便: 方便)
        if m is None and (s[j + 2:j + 3] == "地" or s[j + 1:j + 2] == "着") and _is_han(s[j + 1]):
            k = j + 3 if s[j + 2:j + 3] == "地" else j + 2  # (编剧某向前|高兴地说, 某某|笑着说: how the person says it)
            return _weak_anchors()[1].match(s, k) is not None
        return m is not None or bool(self.known_at(j))

    def before_time(self, j: int) -> bool:
        """A word of time starts at j (某某今天表示, 某某27日说, 某某日前): where a name read right
        after a role may end."""
        return _TIME_AFTER.match(self.s, j) is not None

    def before_rank(self, j: int) -> bool:
        """A rank or an academic title starts at j (国防部长某某上将, 前总理某·某|上将: RANKS_AFTER)."""
        return _RANK_AHEAD.match(self.s, j) is not None

    def follows_weakly(self, j: int) -> bool:
        """A common verb, adverb or preposition (市长王勇安排…); the name before it must not end in
        a common word (乡村民宿产业发展 is no 宿产业)."""
        return _flag(self.s[j:j + 2], "v")

    def plausible(self, c: str, relaxed: bool = False) -> bool:
        """Shape and word checks for a Chinese name candidate (no context). `relaxed` (a name right
        after a role and right before punctuation: 局长李胜利，, 市领导方向亮、) lets the given name or
        the first two characters be a common word."""
        return c in self.known or plausible(c, relaxed)

    def _padded_item(self, i: int) -> bool:
        """Is s[i:i + 2] a name of two padded to three's width (`温　暖`, one full-width space between its characters:
        `Text.padded`) standing alone between a list's marks or gaps (`、温　暖、`, `：巩　固（某街道）`)? Only a name is
        set out so, whatever word it also is."""
        t, s = self.text, self.s
        if t is None or (i + 1) not in t.padded or i + 2 > len(s):
            return False
        before = i == 0 or i in self.soft or s[i - 1] in _ITEM_BEFORE
        after = i + 2 == len(s) or (i + 2) in self.soft or s[i + 2] in _ITEM_AFTER
        return before and after

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
        elif ch == "和" and i > 0 and _is_han(s[i - 1]):
            return None  # 你的信和某雄同志: after a character, 和 joins; no name of the news at hand starts with it
        lengths = (3, 4) if s[i:i + 2] in self.lex.compound else (2, 3)
        cands = []
        known = self.known
        for n in lengths:
            c = s[i:i + n]
            end = i + n
            relax = relaxed and (end >= len(s) or not (_is_han(s[end]) or s[end].isalnum())
                                 or (c[-2:] in WORD_GIVEN_NAMES and c[:-2] in self.lex.surnames))
            if n == 3 and c[-1] in "在于" and c not in known and (_TIME_AHEAD.match(s, end) or _PLACE_AHEAD.match(s, end)):
                continue  # 作家方方在16日写道, 县长某峰在开幕式上致辞: 在 opens a time or a place, it ends no name
            if n == 3 and relaxed and c in self.lex.places and c not in known and not (end < len(s) and _is_han(s[end])):
                continue  # a place of three read as a name after a role is followed by a word (院士某南山表示), not a mark (《英雄孟良崮》)
            # (a common word right after a role and before a follow word: `_word_as_name`)
            if len(c) == n and (c in known or plausible(c, relax, relaxed)
                                or (relaxed and _follows_long(s, end) and _word_as_name(c, s, end))
                                or (n == 2 and self._padded_item(i))) and ok(end):
                cands.append(c)
        if not cands:
            return None
        if len(cands) == 1:
            c = cands[0]
            if len(c) == 3 and relaxed and c not in known and (f := self.lex.follow.match(s, i + 2)) is not None \
                    and f.end() - (i + 2) >= 2 and _given_name(c[:2]) is not None:
                if _common_word(c[:2]) and not _flag(c[:2], "n") and c[0] in _WHOLE_FIRST:
                    return None  # (委员|全程参与: a word of "whole" before the verb, no name)
                return c[:2]  # 局长某峰|陪同: the third character opens the verb that follows the name
            if (len(c) == 3 and lengths[0] == 2 and c not in known and not _flag(c, "n")
                    and ((_flag(s[i + 2:i + 4], "v") and not _follows_long(s, i + 3)) or c[-1] in ADVERBS_NOT_GIVEN)
                    and plausible(c[:2], relaxed, relaxed)):
                return c[:2]  # 排长某强见到此事: 见到 is a verb, 见 ends no name (namemodel.before_a_word); 某伯|更认为
            if (len(c) == 3 and lengths[0] == 2 and c not in known and s[i + 3:i + 4] == "在" and c[-1] in POSTURE_VERBS
                    and plausible(c[:2], relaxed, relaxed)):
                return c[:2]  # 居民某海住在六楼: 住在 (坐在, 站在 …) is where the person is, 住 ends no name
            return c
        short, long = cands
        if _flag(long, "n"):
            return long
        after = i + len(long)
        if i > 0 and s[i - 1] == "、" and after < len(s) and s[after] == "、":
            return long  # 、罗福来、: an item of a list is read whole (来 follows names too, but not here)
        if long[-1] in CONJUNCTIONS and (after >= len(s) or (not _is_han(s[after]) and s[after] not in _OPENING_MARKS)
                                         or s.startswith(_TAIL, after)
                                         or _weak_anchors()[1].match(s, after)
                                         or (relaxed and s.startswith(_ACTS_AFTER_HE, after)
                                             and "的" not in s[after:after + _VERB_REACH])
                                         or (relaxed and s.startswith("率", after) and not s.startswith("率先", after))
                                         or s.startswith(_WHEN_AFTER_NAME, after)):
            return long  # 郭爱和等, 秘书长某世和说: a conjunction cannot stand before 等, a verb of saying or punctuation
            # but an opening mark (导演某力和《某狗》的导演: 和 joins the next title),
            # nor, after a role, before a verb that follows names (局长某正和参加…, 副院长某某清和出席…) or
            # 率 leading a delegation (副省长某钧和率代表团…; not 率先, first), nor before a time or how
            # often (退休教师某永和每天…: 和 joins no 每天)
        if long[-1] == "来" and (_flag(s[after:after + 2], "v") or _follows_long(s, after)
                                 or s[after:after + 1] in _MARK_AFTER_LAI):
            return long  # 传承人某福来带领…, 董事长某东来代表…: 来 before a verb or a follow word of two
            # characters or more is the name's, not "comes" (某某来洛考察)
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
                            and not self.lex.roles.match(c, n)
                            and (self.follows(i + n + g) or (g > 1 and self.before_time(i + n + g))
                                 or (g == 2 and s[i + n + g:i + n + g + 1] in _JA_ADVERBS
                                     and _is_han(s[i + n + g + 1:i + n + g + 2])))):
                        e = i + n + g
                        if g < 3 and s[e:e + 2] in _JA_HE_GIVEN and self.follows(e + 2):
                            continue  # 町长佐藤美和子率…: 和子 ends the given name; 和 is no conjunction there
                        if g < 3 and s[e:e + 1] == "也" and (e + 1 >= len(s) or not _is_han(s[e + 1])
                                                            or (g == 1 and self.follows(e + 1))):
                            return c + "也"  # 社长某村拓也、, 大臣某某智也与…: 也 before a mark or a follow word is the
                            # name's (拓也, 达也), no adverb
                        return c
        return None

    def foreign_at(self, i: int) -> str | None:
        """A foreign name after a role: the shortest run of Han characters and ·, 2-12 long,
        followed by a follow word (麦多明举行, 约翰·史密斯表示), or two transliterated parts a hyphen joins
        (美国选手迈克-罗某斯以…, as sports pages print a name)."""
        s = self.s
        if i >= len(s) or s[i] in FUNCTION_CHARS or s[i] == "级" or self.lex.follow.match(s, i):
            return None  # 外长将访华: a verb phrase, not a name; 部长级会议: no role

        def hyphen_joins(k: int) -> bool:  # (two transliterated parts: 美国选手迈克-罗某斯以…, as sports pages print it)
            return (s[k:k + 1] == "-" and _is_han(s[k + 1:k + 2] or "-") and "-" not in s[i:k] and "·" not in s[i:k]
                    and transliterated(s[i:k]))

        j = i
        while j < len(s) and j - i < (20 if "·" in s[i:i + 12] else 12) and (_is_han(s[j]) or s[j] == "·" or hyphen_joins(j)):
            j += 1
            if hyphen_joins(j):
                continue
            if j - i >= 2 and s[j - 1] not in "·-" and (self.follows(j) or self.follows_weakly(j) or self.before_time(j)
                                                     or self.before_rank(j)  # 某·某|上将
                                                     or (_plain_word(s[j:j + 2]) and transliterated(s[i:j]))  # 某尔巴托|病逝
                                                     or (s[j:j + 1] in _ADVERB_AFTER and j + 1 < len(s) and _is_han(s[j + 1]))
                                                     or _dotted_then_joined(s, i, j)):
                c = s[i:j]
                if self.lex.roles.search(c):
                    return None  # 兼总经理…: a role, not a name
                if "-" in c:  # 迈克-罗某斯: both parts transliterations, no pair of two (某某-某某组合, 某·某-某·某)
                    parts = c.split("-")
                    return c if ("·" not in c and all(len(part) >= 2 and transliterated(part) for part in parts)
                                 and not s.startswith(("组合", "搭档", "配对"), j)) else None
                if "·" in c:  # 约翰·史密斯: every part a run of Han characters
                    return c if all(part for part in c.split("·")) else None
                if len(c) == 2:  # 外交大臣库克昨晚, 总统普京表示: two characters of transliterations
                    return c if (foreign_pair(c) or _place_pair(c)) and c not in self.lex.not_names else None
                if (c in self.lex.not_names or dictionary_word(c) or dictionary_word(c[:2])
                        or any(ch in _BAD_ANY for ch in c) or not foreign_shape(c, self.lex.surnames)
                        or "之行" in c or s.startswith(PLACE_SIDE, j)):
                    return None  # (官员莫斯科时间周三…, 官员斯洛文尼亚之行: a place's time, side or trip)
                return c
        return None


def _dotted_then_joined(s: str, i: int, j: int) -> bool:
    """Does a dotted name read from s[i] end at j, before 及 or 与 (or 和 before a spouse or another dotted
    name) that joins the next person (`大使某某·宾·某某及夫人某某·某某`), two characters or more past its
    last dot?"""
    dot = s.rfind("·", i, j)
    if dot < 0 or j - dot < 3:
        return False
    if s[j:j + 1] in "及与" or s.startswith(("和夫人", "和妻子", "和丈夫"), j):
        return True
    nxt = s.find("·", j + 1, j + 9)  # (`某某·某某和某某·某某`: 和 between two dotted names)
    return s[j:j + 1] == "和" and nxt > j + 2 and all(_is_han(ch) for ch in s[j + 1:nxt])


def foreign_pair(c: str) -> bool:
    """Two characters that read as a whole transliterated name after a foreign role (库克, 利维, 洛钦):
    the first a strong character of transliterations, the second a strong or a weak one (钦 is in
    few of jieba's transliterated names), and they make no common word (jieba's flags g, x, v, p:
    今天, 选举 are no names; a place word, flag s, may be one: `_place_pair`)."""
    strong, weak = _translit_chars()
    fl = _words().get(c, "")
    return c[:1] in strong and (c[1:] in strong or c[1:] in weak) and not any(f in fl for f in "gxvp")


def _place_pair(c: str) -> bool:
    """Two characters jieba's dictionary tags as a place alone (flag s; no g, x, v or p), the first a
    strong character of transliterations, no country: right after a foreign role and before a follow
    word, the name jieba mistook for a place (总统普京说: 京 is in none of its transliterated names)."""
    fl = _word_flags().get(c, "")
    return (c[:1] in _translit_chars()[0] and "s" in fl and not any(f in fl for f in "gxvp")
            and c not in _countries())


def _plain_word(w: str) -> bool:
    """Is w a word of two characters of the dictionary (data/words.txt flag d: 病逝, 遇刺, 抵京) with
    no character of transliterations in it? A foreign name of transliteration characters alone, read
    after a role, ends before one (前总统某尔巴托|病逝)."""
    if len(w) != 2 or "d" not in _word_flags().get(w, ""):
        return False
    strong, weak = _translit_chars()
    return not any(ch in strong or ch in weak for ch in w)


def transliterated(c: str) -> bool:
    """Is every character of c but a dot one of transliterations (strong or weak)?"""
    strong, weak = _translit_chars()
    return all(ch in strong or ch in weak for ch in c if ch != "·")


def foreign_shape(c: str, surnames: frozenset[str]) -> bool:
    """Does a run read after a foreign role look like a name: characters of transliterations (half or
    more strong ones, at most one in three of no transliteration: 古特雷斯, 斯捷潘诺夫, 奥云额尔登), or
    three characters starting with a surname (an Asian name: 黎文明, 河在勋)? Not 级会议之后, 敦促日方恪守."""
    strong, weak = _translit_chars()
    other = sum(1 for ch in c if ch not in strong)
    if other <= len(c) // 2 and sum(1 for ch in c if ch not in strong and ch not in weak) <= len(c) // 3:
        return True
    return len(c) == 3 and c[0] in surnames


def kind_printed(s: str, start: int, end: int) -> str:
    """A kind of person or an occupation as printed: the word, with the organization or place right
    before it when one ends there (县委宣传部干部, read as a role is); not the clause before it
    (其中被告人 -> 被告人, 1号网格长 -> 网格长)."""
    if start > 0 and (s[start - 1] in ORG_END or s[start - 1] in ADMIN_END):
        return role_before(s, start, end)
    return s[start:end]


def occupation_printed(s: str, i: int) -> str:
    """The occupation ending at i as printed (保洁员, 技术能手): the role read back from its last
    character, or where that stops at a verb (侦查|员), the word itself (侦查员)."""
    printed = role_before(s, i - 1, i)
    if len(printed) < 2:
        printed = s[i - 3:i] if i >= 3 and dictionary_word(s[i - 3:i]) else s[i - 2:i]
    return printed


def _country_at(s: str, a: int, b: int) -> bool:
    """A country or international body (data/countries.txt) starts at a and ends at b or b + 1."""
    return s[a:b] in _countries() or s[a:b + 1] in _countries()


# words that stand before an office and are no part of it, which jieba tags as nouns or rare verbs
# (任命原内政部副部长 -> 原内政部副部长, 时任作协副主席 -> 作协副主席)
_OFFICE_OPENERS = frozenset({"任命", "时任", "现任", "曾任", "历任", "调任", "改任", "转任", "继任", "委任",
                             "聘任", "推选", "增补", "免去", "拟任", "原任"})


def role_before(s: str, start: int, end: int, soft: set[int] | None = None) -> str:
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
        elif not ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf") or ch in FUNCTION_CHARS:
            break
        elif ch == "讯" and s[k:k + 1] not in ("社", "员"):
            break  # a dateline ends here (本报讯县长某某 -> 县长), not an org's 通讯社 or a role's 通讯员
        elif k >= 2 and s[k] not in ORG_END:
            two = s[k - 2:k]
            if ((("v" in words.get(two, "") or two in follow_words) and not _country_at(s, k - 2, k + 1))
                    or two in _OFFICE_OPENERS):
                break  # a verb, unless it names an office (指挥部指挥长) or opens a country (联合国秘书长)
        k -= 1
    while k < start and s[k].isdigit():
        k += 1
    if k < start and s[k] == "岁" and k > 0 and s[k - 1].isdigit():
        k += 1  # an age is no part of the role (88岁老党员 -> 老党员)
    return s[k:end]


def is_mongolian(name: str) -> bool:
    from digest.lexicon import mongolian_names

    return mongolian_names().fullmatch(name) is not None


def is_tibetan(name: str) -> bool:
    from digest.lexicon import tibetan_names

    return tibetan_names().fullmatch(name) is not None


# a place after 在 (在开幕式上, 在会议期间): up to eight characters, no mark among them, then the closer
_PLACE_AHEAD = re.compile(r"[^，。；、,;！？!?\s]{1,8}?(?:上|中|里|内|期间|之际)")
# what follows 在/于 when they open a time, not a name's last character (在16日, 于今年, 在当天)
_TIME_AHEAD = re.compile(rf"\d|{NUMERAL}{{1,4}}[日月年号时点]|今年|今天|昨天|明天|去年|本月|上午|下午|当天|近日|日前|此前")
_WHEN_END = frozenset(",，。;；")  # what follows the 时 that ends a clause of time (某某时，)
# a time word after a foreign name in news (总统麦克伦登今天表示, 外长某某２６日说, 部长某·某二十六日)
_TIME_AFTER = literal_re.compile(rf"(?:当地时间|今天|今日|今晚|昨天|昨日|昨晚|明天|明日|日前|近日|最近|当天|当晚|此前|\d{{1,2}}日|{NUMERAL_DATE}"
                                 r"|[上本下]?周[一二三四五六日末]|赛后|会后|随后|下月|上月|本月)")
# a one-character adverb after a foreign name, before a verb (总统某某曾表示, 总统某某已离开): the name
# ends there, so the run is not read on into the verb phrase
_ADVERB_AFTER = SUBJECT_ADVERBS
# a rank, an academic title or a knighthood printed after a name that a role precedes (国防部长某某上将, 顾问某·某教授,
# 主席某某·某某爵士):
# the name ends before it (前总理某·某上将, where 将 alone would end the run as an adverb: 某·某上|将)
RANKS_AFTER = frozenset({"上将", "中将", "少将", "大校", "上校", "中校", "少校", "教授", "院士", "博士", "爵士", "勋爵"})
_RANK_AHEAD = literal_re.compile("|".join(sorted(RANKS_AFTER)))


# one-character adverbs after a Japanese given name of two, before the verb (设计师某某直树|常去…, 某某拓也|已…):
# the name ends there, not a character later
_JA_ADVERBS = frozenset("常曾已又就还都再便才均亦仍却最总")


# the endings of Japanese given names that open with 和 (美和子, 一和也): before a follow word, the name's own
_JA_HE_GIVEN = frozenset({"和子", "和也", "和美", "和夫", "和彦", "和树", "和人", "和代", "和惠"})


# a dotted name; a hyphen joins the parts of a first or last name (让-皮埃尔·某某)
_DOTTED = re.compile(r"\p{Han}{1,8}(?:-\p{Han}{1,8})?(?:·\p{Han}{1,10}(?:-\p{Han}{1,10})?){1,3}")




def dotted_at(s: str, j: int, ok: Callable[[int], bool]) -> str | None:
    """A name with a middle dot at j as an item of a list already under way (李某、阿依古丽·买买提):
    the whole dotted run, when what follows may follow a name."""
    m = _DOTTED.match(s, j)
    if m is None or _lexicon().roles.search(s, j, s.find("·", j)):
        return None  # a role before the name (、黎巴嫩外长优素福·哈达德) is read by _role_anchored
    last, end = s.rfind("·", j, m.end()), m.end()
    # a common verb or adverb (words.txt flag g) two characters or more past the dot ends the last part
    # (、某某·某逊|合作完成的《…》): a name may end right before it, and none runs over it
    strong, wf = _translit_chars()[0], _word_flags()  # (not at a transliteration's character: 买买提|出席)
    verb = next((e for e in range(last + 3, end - 1) if s[e] not in strong and "g" in wf.get(s[e:e + 2], "")), end + 1)
    valid = [e for e in range(last + 2, min(end, verb) + 1)
             if (ok(e) or e == verb or s.startswith("(", e) or s.startswith("、", e))
             and s[e - 1] not in CONJUNCTIONS and s[e - 1] != "等"]
    if not valid:
        return None
    inside = [e for e in valid if e < end]  # 买买提出席…: a follow word inside the run ends the name
    return s[j:inside[-1] if inside else valid[-1]]


def dotted_after_role(r: Reader, i: int) -> str | None:
    """A name with a middle dot right after a role, when no follow word of the rules ends it
    (著名教授彼得·洛根1971年, 教授某·某提出): the dotted run up to its first end, after two or more
    characters past the last dot, where a name may end: a character that is no Han one (a digit, a
    mark, the end), a follow word, a common verb, a date (某·某二十六日) or a rank (某·某上将:
    RANKS_AFTER); never at a conjunction or 等 (某·某和同事合作).
    Each part reads as a transliteration (`foreign_shape`) and the run opens with no verb: 一行到某门·
    某街 is a visit to a place, 名叫某·某 a verb before the name. The scorer keeps the name (`Found.kept`):
    a digit after a span weighs against it there (教授某·某1962年 scored 0.22)."""
    from digest.namemodel import first_parts

    s = r.s
    if s[i:i + 1] in FUNCTION_CHARS and s[i:i + 2] not in _FRENCH_FIRST:
        return None  # 首席执行官的某·某: a function word opens no name (让-吕克·某某 is a name)
    m = _DOTTED.match(s, i)
    if (m is None or s.startswith("·", m.end()) or _lexicon().roles.search(s, i, s.find("·", i))
            or _flag(s[i:i + 2], "v")):
        return None  # (a name of five parts or more is read whole elsewhere, never cut at its fourth)
    joined = next((k for k in range(i + 3, m.end()) if _dotted_then_joined(s, i, k)), None)
    if joined is not None:  # 大使某某·宾·某某|及夫人某某·某某: the next person's name is no part of this one
        parts = s[i:joined].replace("-", "·").split("·")
        return s[i:joined] if all(foreign_shape(part, r.lex.surnames) for part in parts) else None
    ends = range(s.rfind("·", i, m.end()) + 3, m.end() + 1)
    # an end before a follow word of one character that names write too (都: 某·阿布都率团, after 阿布 or
    # 阿不) only where no surer end comes after it: a mark, a longer follow word, or 率, 赴 … (lexicon.ends_a_dotted_name)
    sure = next((e for e in ends if e >= len(s) or not _is_han(s[e]) or _ends_a_dotted_name(s, e)), None)
    strong = _translit_chars()[0]
    gaps = r.text.spaced if r.text is not None else ()  # a space inside a line ends it (记者 某·某 某某: two names)
    for e in ends:
        if s[e - 1] in CONJUNCTIONS or s[e - 1] == "等":
            return None
        if sure is not None and e < sure and s[e - 2:e + 1] in _ABDU:
            continue
        if e + 1 < len(s) and s[e] in strong and _ends_a_dotted_name(s, e + 1) and e + 1 in ends:
            continue  # 某某·某某波拉提|出席: a transliteration's 提 opens 提出, and 出席 follows it
        if (e >= len(s) or not _is_han(s[e]) or e in gaps or r.follows(e) or r.follows_weakly(e) or r.before_time(e)
                or r.before_rank(e)  # 前总理某·某|上将
                or r.lex.roles.match(s, e) is not None  # 某-某·某某|领导的团队: a role word after the name
                or _word_past_a_dotted_name(s, ends.start - 3, e)  # 某·某某某|专程赶来, 某·某某|现场演示
                or _past_a_strong_part(s, ends.start - 3, e)  # 某·某某拉|赤脚跑完…, 某·某勒|作大会报告
                or (s[e] == "第" and s[e + 1:e + 2].isdigit())):  # 外援某·某|第78分钟破门: an ordinal
            surnames = r.lex.surnames
            parts = s[i:e].replace("-", "·").split("·")
            if s[i:i + 2] in _FRENCH_FIRST:
                parts = parts[1:]  # 让-吕克·某某: Jean, before a hyphen, a name's first part
            firsts = first_parts()  # (a first name CC-CEDICT's dotted names open with: 大卫, 苏珊)
            shaped = [foreign_shape(part, surnames) or (k == 0 and part in firsts) for k, part in enumerate(parts)]
            if all(shaped):
                return s[i:e]
            # (or one part of two or more reads as a transliteration and the others are no words of the dictionary nor
            # places, each of two to five characters: 常委某某古丽·某甫尔, 大卫·某森|说, 阿不力孜·某米力|涉嫌)
            # (…its end a sure one, no character of a longer name's next syllable: 某·某在|致辞, 某・策仁|道尔吉)
            sure_end = e >= len(s) or not _is_han(s[e]) or s[e] == "说" or (
                (f := r.lex.follow.match(s, e)) is not None and f.end() - e >= 2)
            last = s.rfind("·", i, e) + 1
            sure_end = sure_end and not any(r.follows(k) or any(x in _word_flags().get(s[k:k + 2], "") for x in "vx")
                                            for k in range(last + 1, e))  # (某·某斯拉姆·汗|表示, 某·买买提|建议)
            return s[i:e] if (sure_end and any(shaped) and len(parts) >= 2 and all(
                2 <= len(part) <= 5 and not any(x in _word_flags().get(part, "") for x in "cdsx")
                and not any(ch in FUNCTION_CHARS or ch in _ADVERB_INSIDE for ch in part[1:])
                and part[0] not in FUNCTION_CHARS
                for part, ok in zip(parts, shaped, strict=True) if not ok)) else None
    return None


# verbs and conjunctions of one character that open a clause right after a name (某·某勒|作报告, 某·某夫|随部队…,
# 某·某|虽已…, 某·某娃|因病…)
_VERB_AFTER_A_PART = frozenset("随作虽雖因")


def _past_a_strong_part(s: str, dot: int, e: int) -> bool:
    """Is e past a last part of two characters or more all strong transliteration characters (those a
    foreign name writes most: 比基拉, 泰勒), where what follows, no such character, is a function word, a verb
    of one character (`_VERB_AFTER_A_PART`: 某·某娃|因…) or opens a word of jieba's dictionary (flag d:
    某·比基拉|赤脚跑完, 某·泰勒|作报告)? The name ends there."""
    if e - dot < 3 or e >= len(s):
        return False
    strong = _translit_chars()[0]
    if s[e] in strong or not all(c in strong for c in s[dot + 1:e]):
        return False
    return s[e] in FUNCTION_CHARS or s[e] in _VERB_AFTER_A_PART or "d" in _word_flags().get(s[e:e + 2], "")


# adverbs of one character that a transliteration seldom writes inside a part (某·维格|只差0.03秒, 某·某|也是…)
_ADVERB_INSIDE = frozenset("只也都还就才又再已曾正将均仅")


def _word_past_a_dotted_name(s: str, dot: int, e: int) -> bool:
    """Does a word of jieba's dictionary (20 times or more: words.txt flag d) open at e, two characters or more past a name's last dot at dot, with
    a first character no transliteration writes (strong or weak: 下周, 专程, 现场; not 提出, 尔后), after
    a last part all written with them? The name ends before it (某·某某某|专程赶来, 主教练某·某某|下周将…);
    not after 某·某某用, where the name ended already."""
    if e - dot < 3 or e + 2 > len(s):
        return False
    strong, weak = _translit_chars()
    return (s[e] not in strong and s[e] not in weak and "d" in _word_flags().get(s[e:e + 2], "")
            and all(c in strong or c in weak for c in s[dot + 1:e]))


# the marks after which a given name's last 来 is the name's (看望了老党员某福来，, 保洁员某春来、: read at
# an anchor, "comes" ends no clause there)
_MARK_AFTER_LAI = frozenset("，,、；;")


# a French first name of one character, never a transliteration's otherwise (让 is a verb): only before
# a hyphen and a second first name (让-吕克, 让-皮埃尔, 让-保罗)
_FRENCH_FIRST = frozenset({"让-"})


# the follow word 都 as Uyghur names write it (阿不都拉, 阿布都); after anything else it is the adverb
# (艾尼瓦尔·卡德尔|都强调)
_ABDU = frozenset({"阿不都", "阿布都"})


def skip_paren(s: str, j: int) -> int:
    """The offset after a short parenthesized note at j (张三(女)、), else j."""
    if j < len(s) and s[j] == "(":
        close = s.find(")", j + 1, j + 40)
        if close > 0 and "(" not in s[j + 1:close]:
            return close + 1
    return j


def may_open_list(s: str, i: int) -> bool:
    if i == 0:
        return True
    prev = s[i - 1]
    if prev in "·-":
        return False  # the last part of a dotted name (哈米德·马贾利、…), not a name of its own
    if not ("\u4e00" <= prev <= "\u9fff" or "\u3400" <= prev <= "\u4dbf"):
        return True
    return prev in FUNCTION_CHARS or prev in ADMIN_END or (i >= 2 and "g" in _words().get(s[i - 2:i], ""))
