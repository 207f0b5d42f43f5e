"""Bylines and credit lines: the names of a reporter credit printed apart from the text.

`split_byline(byline, text)` returns the text without a trailing credit (`（李东慧）`, `(张林林 文/图)`) and
the names of the byline and of that credit; `credit_names(body)` reads labelled credit lines
(`责编：某某`, `审核：某某 某某`, `供稿：某某`) as name -> the label printed; `byline_parts(raw)` splits one
credit into names (`记者 张三 李四`, `通讯员张三`, glued `记者张三李四` when each part reads as a name).
Plain strings in, plain strings out: `digest.nametext.Text` calls them before it compacts the text,
and the dateline credit rule (`本报讯(记者 某某)`, digest.namerules) reads its credit with `byline_parts`.

Nothing here prints.
"""

from __future__ import annotations

import regex as re

from digest.lexicon import (
    ADMIN_END,
    HAN_RUN,
    ORG_END,
    dai_names,
    dictionary_word,
    gazetteer,
    mongolian_names,
    one_minority_name,
    tibetan_syllable,
    turkic_part,
)
from digest.lexicon import common_word as _common_word
from digest.lexicon import is_han as _is_han
from digest.lexicon import lexicon as _lexicon
from digest.text import FULL_STOPS, WRITERS_UNIT, join_spaced_names
from digest.text import nfkc as _nfkc

_TRAILING_BYLINE = re.compile(r"[(（]\s*([\p{Han}·\s/:：、,，]{2,30}?)\s*[)）]\s*$")
_CREDIT_WORDS = re.compile(r"^(?:[\p{Han}]{0,4}记者|通讯员|实习生|摄影|供图|文字|文|图|摄)")
_CREDIT_TAIL = re.compile(r"(?:摄影|摄|供图|文图|文|图)$")
_BYLINE_SPLIT = re.compile(r"[\s、,，/:：]+")
# a credit's label between two names printed together, as a text compacted for reading gives it
# (记者某某某实习生某某: the spaces of 记者 某某某 实习生 某某 gone): the names are the parts around it
INNER_LABELS = ("特约记者", "见习记者", "记者", "通讯员", "实习生")
_INNER_LABEL = re.compile(r"(?<=\p{Han}{2})(?:" + "|".join(INNER_LABELS) + r")(?=\p{Han}{2})")


def split_byline(byline: str | None, text: str) -> tuple[str, list[str]]:
    """(text without a trailing reporter credit, byline names). The `byline` field wins; else a
    trailing parenthesized credit of Chinese names is read off the text: （李东慧）, (何征宇 张旭)."""
    raw = byline
    body = text or ""
    if not raw:
        m = _TRAILING_BYLINE.search(body) if body.rstrip()[-1:] in (")", "）") else None
        if not m:
            return body, []
        raw = _LEADING_LABEL.sub("", m.group(1))  # (`（作者单位：某研究所 某某）`: the label, then the unit and the writer)
        names = byline_parts(raw, strict=True)
        return (body[:m.start()], names) if names else (body, [])
    return body, byline_parts(raw, strict=False)


# a label opening a trailing credit in brackets, before its unit and writer (`（作者单位：某研究所 某某）`)
_LEADING_LABEL = re.compile(r"^\s*(?:作者单位|作者|供稿单位|单位)\s*[:：]\s*")
_CREDIT_NAME_SPLIT = re.compile(r"[\s、,，/／]+")
_NAME_PART = re.compile(r"\p{Han}+(?:·\p{Han}+)*")  # a byline's part: characters, a dot only between them
_CREDIT_KINDS = frozenset({"contributor", "editor", "reviewer", "signer", "contact"})


def credit_names(body: str) -> dict[str, str]:
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
                        and lex.opens_with_surname(part) and lex.roles.fullmatch(part, 1) is None  # (刘科长: a post)
                        and not _common_word(part) and not dictionary_word(part) and part not in out):
                    out[part] = label
    return out


# the last characters of a unit's or a place's name that no name of three ends in (宣传部, 组织部,
# 财政局, 县委办, 石桥镇; not 村: 吴国村 is a name)
_UNIT_END = frozenset("部局厅委办处室站所镇乡县区股")  # (股: a bureau's section, 综合股, 计量股)


# what a credit prints after its names, a space apart (`本报记者 某某 整理`, `记者 某某 报道`): no name
LABELS_AFTER = frozenset({"整理", "报道", "整理报道", "采写", "撰文", "撰稿", "编写", "执笔", "口述", "供稿", "编译",
                          "综合", "摄影", "文图", "制图", "绘图", "主持", "采访", "记录", "编辑"})


_UNIT_IN_BRACKETS = re.compile(r"^(?P<a>[^（()）]{2,40}?)\s*[（(](?:发言人?\s*[:：]\s*(?P<s>[^（()）]{2,20})|[^（()）]{2,40})[)）]$")


def byline_parts(raw: str, strict: bool) -> list[str]:
    lex = _lexicon()
    raw = join_spaced_names(_nfkc(raw).strip())  # `赵某某 钱 某`: 钱某 set out to the width of three
    if raw[-1:] in ")）" and (unit := _UNIT_IN_BRACKETS.match(raw)) is not None:  # a speaker and the unit in brackets
        raw = unit["s"] if unit["s"] else unit["a"]  # (`某某（民建某市委员会）`; `某党某市委员会（发言人：某某）`: the speaker)
    out = []
    # (a label between two names is read once the label before the first is gone: 新华社记者某某摄
    # holds none)
    for part in (x for piece in _BYLINE_SPLIT.split(raw) for x in _INNER_LABEL.split(_CREDIT_WORDS.sub("", piece))):
        part = _CREDIT_WORDS.sub("", part)
        # a label glued to the name (张三丰摄, 王海摄); 文 or 图 after a name of two is read as its
        # last character (记者刘加文, 王建图: names end so far more often than a credit prints 王建 文
        # without its space)
        if (len(part) >= 4 or (len(part) == 3 and part[-1] == "摄")) and not (
                mongolian_names().fullmatch(part) or one_minority_name(part)):
            part = _CREDIT_TAIL.sub("", part)  # (格日勒图, a Mongolian name, keeps its 图)
        if not part or part in LABELS_AFTER:  # (`本报记者 某某 整理`, `某某 报道`: the label after the names)
            continue
        if len(part) >= 2 and part[-1] == "族":  # (乌孜别克族), （回族）: a people, printed after a name
            if strict:
                return []
            continue
        glued = _glued_byline(part)
        if glued:  # 李某杨某: two names printed together
            out.extend(glued)
            continue
        if len(part) >= 4 and (part[-1] in ORG_END or part[-1] in ADMIN_END) and not (
                len(part) == 4 and part[:2] in lex.compound and not part.endswith(("中心", "社区", "小组"))):
            continue  # (石龙社区 某某): the unit the credit names, then its writer (names of three end so too: 李文科,
            # 王一心; and of four after a compound surname: 欧阳可心)
        if len(part) >= 5 and HAN_RUN.fullmatch(part) and not long_minority_name(part):
            continue  # (北山旗政协 某某, 河西国际陆港 某某): five characters or more, no names printed together: a unit
        if len(part) == 3 and part[-1] in _UNIT_END:
            if strict:
                return []
            continue  # 本报讯（宣传部）, （石桥镇）: a unit or a place of three, whose first character a surname may be
        if not ((2 <= len(part) <= 4 or ("·" in part and len(part) <= 16) or long_minority_name(part))
                and _NAME_PART.fullmatch(part)):
            # (a dot between characters: 张· is none; a dotted name is longer: 某某古丽·某某某)
            if strict:
                return []
            continue
        if part in lex.not_names:
            continue  # 作者：未知, 作者：佚名: a word for no one
        if len(part) == 4 and part[:2] in gazetteer() and part[2:] in gazetteer():
            continue  # (（江苏南京 某某）: a reader's province and city before the name, no name)
        surname = lex.opens_with_surname(part)
        if strict and (not surname or _common_word(part)):
            return []
        if _common_word(part) and not surname:
            continue  # the parser's byline field: a name that is also a word (陶然, 方可) is kept after a surname
        out.append(part)
    return out


def long_minority_name(part: str) -> bool:
    """A Mongolian or Tibetan name of five or six characters (`某某其其格`, `某某旺姆`), as a credit prints it."""
    from digest.lexicon import mongolian_names, tibetan_names

    return 5 <= len(part) <= 6 and (mongolian_names().fullmatch(part) is not None
                                    or tibetan_names().fullmatch(part) is not None)


def _glued_byline(part: str) -> list[str]:
    """A byline's part of four or more Han characters that is two or more names printed together
    (李某杨某, 何某某董某某: namemodel.tiling); [] for one name (欧阳某某, a compound surname, 吉克木呷, a
    Yi name, 达娃卓玛, a Tibetan one: `lexicon.one_minority_name`), for
    none, for a run that holds a word (甲某通讯员乙某: read as parts by the other rules) and for one a
    piece of which ends as a unit or a place does (东坡县柳湾镇: `_UNIT_END`)."""
    from digest import namemodel

    if len(part) < 4 or not HAN_RUN.fullmatch(part) or (len(part) == 4 and part[:2] in _lexicon().compound):
        return []
    if len(part) == 4 and (one_minority_name(part) or mongolian_names().fullmatch(part) or turkic_part(part)):
        return []  # (吉克木呷, 达娃卓玛: a Yi clan and a given name, two Tibetan syllables; 哈斯巴根, a Mongolian name;
        # 米热古丽, a Uyghur one, of elements of such names alone: one person)
    names = [part[x:y] for x, y in namemodel.tiling(part, 0, len(part))]
    if any(n[-1] in _UNIT_END for n in names):
        return []  # (东坡县柳湾镇 某某): a place and a place, whose first characters are surnames
    return [] if any(_common_word(n) or dictionary_word(n) for n in names) else names  # 甲某通讯员乙某


def all_writer_names(names: list[str]) -> bool:
    """Is each a person's name as a writer's credit prints it (`（某镇　某某）`, `digest.text.unit_writer`): a dotted
    name, a Yi, Tibetan, Dai or Mongolian one (one syllable of a Tibetan name is a name on its own: `达娃`; `岩香`),
    or of four characters at most, a surname first and no unit's last character (not `宣传科`, `未完待续`)?"""
    return all("·" in n or one_minority_name(n) or tibetan_syllable().fullmatch(n) is not None
               or dai_names().fullmatch(n) is not None  # (a Dai name: `岩香`, `玉应罕`)
               or mongolian_names().fullmatch(n) is not None  # (a Mongolian one: `某某苏木　阿拉坦仓`)
               or (len(n) <= 4 and _lexicon().opens_with_surname(n) and n[-1] not in ORG_END) for n in names)


# a closing credit in brackets with no space in it, after a sentence or alone (`…。（区某局某某）`)
_GLUED_CREDIT = re.compile(r"[(（](?P<in>\p{Han}{4,24})[)）]\s*$")


def glued_unit_writer(para: str) -> tuple[str, str, str] | None:
    """(the paragraph before it, the unit, the writer) of a paragraph closed by a unit and its writer's
    name in brackets with no space between them (`…合格率99.3%。（区市场监管局某某）`, `（某某镇某某）` alone),
    the name two to six characters that `all_writer_names` accepts, the unit at least three characters
    ending as a unit does; None otherwise (`（县政府办公室）` is a unit alone: its `公室` is no name)."""
    m = _GLUED_CREDIT.search(para, max(0, len(para) - 30))
    if m is None:
        return None
    before = para[:m.start()].rstrip()
    if before and not (before[-1] in FULL_STOPS or (before[-1] in "”’」』" and before[-2:-1] in FULL_STOPS)):
        return None
    inner = m["in"]
    for k in (2, 3, 4, 5, 6):  # (five or six: a Mongolian name, `（市统计局某某格日乐）`)
        unit, name = inner[:-k], inner[-k:]
        if len(unit) >= 3 and WRITERS_UNIT.match(unit) and all_writer_names([name]):  # (`区公安分局|某某`)
            return before, unit, name
    return None


def take_glued_credit(paras: list[str]) -> list[tuple[str, str, str]] | None:
    """The facts of a glued credit closing the last paragraph (`glued_unit_writer`), taken out of `paras` (in place):
    [("contributor", "供稿", unit), ("writer", "撰稿", name)], else None."""
    glued = glued_unit_writer(paras[-1]) if paras else None
    if glued is None:
        return None
    if glued[0]:
        paras[-1] = glued[0]
    else:
        paras.pop()
    return [("contributor", "供稿", glued[1]), ("writer", "撰稿", glued[2])]
