"""The rules of person recognition: each a small named function over a `nametext.Reader` that
returns the `Found` names it reads at one kind of anchor. `run_rules` runs them in a fixed, visible
order; its body is the recognizer's table of contents:

    role_anchored          a name right after a role (市委书记江凌, 总领事麦多明, 记者某某 某某)
    occupation_anchored    after an occupation word (保洁员宗国美)
    post_anchored          before 总书记 / 同志 / 书记, or a doctrine (毛泽东思想)
    foreign_before_title   a foreign name before its title (普京总统)
    dotted_before_title    a dotted name before its title (某某曼·某尔逊县长)
    title_subject          a title's subject (江凌调研…)
    speaker                the speaker of a transcript's paragraph (毛某：气候变化是…)
    honoured               after a place and before an honour (洛阳市黄咏梅获评…)
    clause_lists           a 、 list opening a clause (digest.namelists)
    known                  a name confirmed elsewhere, before a follow word
    dateline_credit        本报讯(记者 某某)
    tibetan, mongolian, yi  names of those kinds by their own elements (Yi: a clan name, data/names_yi.txt)
    dai                    a Dai name, 岩 or 玉 and its syllables, in a text about the Dai (茶农岩温香和妻子玉应罕)
    compound_surnamed      a compound surname and a given name, whatever word it spells (上官明远说, 、诸葛月华。)
    hyphen_dotted          a foreign name of a hyphenated first name and a dotted last (游客让-吕克·某某找回…)
    turkic                 a Uyghur, Kazakh or Kyrgyz dotted name by its own elements (队的某某江·吐尔洪以…)
    turkic_alone           such a given name printed alone, no dot (阿依努尔是…, 儿子伊力亚尔今年…)
    appointed              after an appointment verb (任命某某为…, 免去某某的…职务)
    double_surnamed        a Hong Kong or Macao married woman's name of four after a role (行政长官林郑某娥)
    qualified_lists, spaced_lists, comma_lists, name_then_post, post_then_name, name_then_unit, unit_then_name, inline_roster, counted_list, figure_lists, bracketed_series, names_before_units, unit_name_series, result_rows, headed_columns, unheaded_columns, unit_colon_rows, name_over_sex, numbered_rows, name_column   (digest.namelists)
    biography              a name opening a biography (某某，男，…; 某某，1957年10月生), or in a table's cell before 男/女
    medical_title          a doctor or a nurse before the title (骨科某某某副主任医师, 急诊科某某护士长)
    monastic               a monk's or a nun's name before the title (释某某法师)
    slash_credit           记者 王某/摄
    slash_pair             a pair of names with a slash between them (组合甲某/乙某)
    shirt_number           a player after his shirt number (7号某某头球)
    label_credit           文/王某, 编辑丨李某
    box_credit             a writer after □ (《父亲的手》□ 某某), a work's maker before 作 (（国画）　某某 作)
    colon_credit           labelled credits inside a line of other text (监制：某某　统筹：某某　本期节目由…), and a
                           prize's winners after its label (一等奖：某某；二等奖：某某、某某)
    broadcast_speaker      the speaker after a broadcast script's label (【同期声】某某 县水利局局长：…, 字幕：某某　…)
    signature_block        a judgment's signatories (审　判　长　某某　审　判　员　某　某　书　记　员　某某)
    reporter_frame         记者某甲、某乙报道, 记者某某摄: any surname, the frame is the anchor
    relative_home          a name of three between 的 and the home (二十年的某秀英家，, 从教的某卫东一家)
    word_given_after_noun  a word of its times as a given name after a kind of person (大儿子某建设端起…)
    named_as               a name introduced as one (有一位叫某明远的老师, 他叫某大山，, 原名某建国)
    stage_roles            a part and its player around a verb of playing (饰演某某的, 某某一角由某某扮演, ，某某饰演)
    pet_names              a child's pet name of one character said twice (叫妞妞的, 女儿豆豆，)
    courtesy_name          a courtesy, art or childhood name after the word that says so (，字某某，号某某，, 乳名“某某”)
    before_a_score         a competitor before a score or a time and what it won (某小琴6米32夺冠, 某雨桐9.62分夺得第一)
    padded_after_anchor    a name of two padded to three's width after an anchor (公证员某　某全程公证)
    numbered_proposers     a 提案's proposers after its number (第0058号　某某等5位委员, 第0096号　某甲、某乙委员)
    latin_after_role       a name in Latin letters after a role (技术总监Priya Raman), its Chinese rendering after it none
    between_role_and_act   a name filling the gap between a role and a verb only a person does
                           (站长某立军带领, 主任某建平主持): a surname the list lacks, a given name that opens a word
    word_named             a name that is also a word, after a role or a kind of person and before a list's
                           mark, a verb of saying or the person's home (局长林海，…, 委员白雪建议)
    parallel_lists         the items beside a found name (digest.namelists)
    drop_straddling        then: no name of an anchor read from inside a role-anchored one (书记郁某林|陪同)
    counted_place          then: no item of a list of places closed by their count (某坳等5村)

`rule_spans` gives the scorer (digest.namemodel) the rules' names as features. Nothing here prints.
"""

from __future__ import annotations

import re as literal_re  # the stdlib engine: faster for large alternations of plain words
from bisect import bisect_left
from collections.abc import Callable, Container
from functools import lru_cache

import regex as re

from digest.bylines import INNER_LABELS, LABELS_AFTER, byline_parts
from digest.lexicon import (
    ADMIN_END,
    BEFORE_ONE,
    CONJUNCTIONS,
    ORG_END,
    PLACE_ENDS,
    PRONOUNS,
    ROLE_PREFIXES,
    STEPPE_PLACES,
    SUBJECT_ADVERBS,
    countries,
    follows_long,
    one_minority_name,
    surname_and_address,
    weak_anchors,
    word_flags,
)
from digest.lexicon import POST_DOCTRINE as _POST_DOCTRINE
from digest.lexicon import POST_MODEL as _POST_MODEL
from digest.lexicon import POST_STRONG as _POST_STRONG
from digest.lexicon import Lexicon as _Lexicon
from digest.lexicon import flag as _flag
from digest.lexicon import is_han as _is_han
from digest.lexicon import ja_firsts as _ja_firsts
from digest.lexicon import lexicon as _lexicon
from digest.lexicon import place_then_opener as _place_then_opener
from digest.lexicon import translit_chars as _translit_chars
from digest.lexicon import words as _words
from digest.namelists import (
    bracketed_series,
    clause_lists,
    comma_lists,
    counted_list,
    figure_lists,
    headed_columns,
    inline_roster,
    name_column,
    name_over_sex,
    name_then_post,
    name_then_unit,
    names_before_units,
    numbered_rows,
    parallel_lists,
    post_then_name,
    qualified_lists,
    result_rows,
    spaced_lists,
    unheaded_columns,
    unit_colon_rows,
    unit_name_series,
    unit_then_name,
)
from digest.nametext import (
    CREDITS,
    FUNCTION_CHARS,
    PLACE_LAST,
    Found,
    Known,
    Reader,
    Text,
    dotted_after_role,
    dotted_at,
    foreign_pair,
    kind_printed,
    name_shaped,
    occupation_printed,
    skip_paren,
    transliterated,
)
from digest.nametext import (
    plausible as plausible_name,
)
from digest.text import CREDIT_LABEL_TABLE, WORK_LABELS

_COUNT_MARK = re.compile(r"[等个0-9０-９]")  # what a count of places holds (`namemodel.counted_place`)


def run_rules(t: Text, names: Known, confirming: bool = False) -> list[Found]:
    """`find_persons` over a prepared text, with the confirmed names indexed. `confirming`: only
    what may confirm a name for the issue, in no particular order (the anchors that never spread,
    and the known names, which are confirmed already, are skipped)."""
    s = t.s
    r = Reader(s, names.names, _lexicon(), t.soft, t, names)
    out: list[Found] = []
    out.extend(_role_anchored(r))
    if not confirming:
        out.extend(_occupation_anchored(r))
    out.extend(_post_anchored(r))
    if not confirming:
        out.extend(_foreign_before_title(r))
        out.extend(_dotted_before_title(r))
    out.extend(_title_subject(r, t.title_len))
    if not confirming:
        out.extend(_speaker(r, t.title_len))
    if not confirming:
        out.extend(_honoured(r))
    out.extend(clause_lists(r))
    if not confirming:
        out.extend(_known(r, out))
    out.extend(_dateline_credit(r))
    out.extend(_tibetan(r))
    out = _wholes_over_prefixes(out, _mongolian(r))  # (宣讲队员某木斯|来用…: the whole element)
    out.extend(_yi(r))
    out.extend(_dai(r))
    out.extend(_compound_surnamed(r, out))
    out.extend(_hyphen_dotted(r, out))
    out = _wholes_over_prefixes(out, _turkic(r, out))  # (大使阿布|都某某·某某: the whole dotted name)
    if not confirming:
        out.extend(_turkic_alone(r, out))
    if not confirming:
        out.extend(_appointed(r))
        out.extend(_double_surnamed(r))
        out.extend(qualified_lists(r))
        out.extend(spaced_lists(r))
        out.extend(comma_lists(r))
        out.extend(name_then_post(r))
        out.extend(post_then_name(r))
        out.extend(name_then_unit(r))
        out.extend(unit_then_name(r))
        out.extend(inline_roster(r))
        out.extend(counted_list(r))
        out.extend(figure_lists(r))
        out.extend(bracketed_series(r))
        out.extend(names_before_units(r))
        out = _series_over_units(out, unit_name_series(r))
        out.extend(result_rows(r))
        out.extend(headed_columns(r))
        out.extend(unheaded_columns(r))
        out.extend(unit_colon_rows(r))
        out.extend(name_over_sex(r))
        out.extend(numbered_rows(r))
        out = _column_over_runs(out, name_column(r))
        out.extend(_biography(r))
        out.extend(_medical_title(r))
        out.extend(_monastic(r))
        out.extend(_slash_credit(r))
        out.extend(_slash_pair(r))
        out.extend(_shirt_number(r))
        out.extend(_label_credit(r))
        out.extend(_box_credit(r))
        out.extend(_colon_credit(r))
        out.extend(_broadcast_speaker(r))
        out.extend(_signature_block(r))
        out.extend(_reporter_frame(r))
        out.extend(_relative_home(r))
        out.extend(_word_given_after_noun(r))
        out.extend(_named_as(r))
        out.extend(_stage_roles(r))
        out.extend(_pet_names(r))
        out.extend(_courtesy_name(r))
        out.extend(_before_a_score(r))
        out.extend(_padded_after_anchor(r, out))
        out.extend(_numbered_proposers(r))
        out = _latin_after_role(r, out)
    out.extend(_between_role_and_act(r, out))
    if not confirming:
        out.extend(_word_named(r, out))
    if not confirming:
        out.extend(parallel_lists(r, out))
        out = _drop_inner(s, out)
        out = _drop_straddling(out)
    if t.has(_COUNT_MARK):  # no item of a list of places closed by their count
        from digest.namemodel import counted_place

        out = [f for f in out if f.kept or f.name in r.known or not counted_place(s, f.pos, f.pos + len(f.name))]
    for k, n in enumerate(t.byline_names):  # a credit line's names where printed; a byline's after the text
        at = s.find(n) if n in t.credit_roles else -1
        out.append(Found(n, at if at >= 0 else len(s) + k, t.credit_roles.get(n) or None))
    if not confirming:
        out.sort(key=lambda f: f.pos)
    return out


def _column_over_runs(out: list[Found], column: list[Found]) -> list[Found]:
    """`out` and the names of a column of names (`namelists.name_column`), a read overlapping one of them from
    another line given way (`姓名某迪力·某斯曼古丽娜尔·某合提`: a dotted run read across the column's lines)."""
    if not column:
        return out
    taken = {k for f in column for k in range(f.pos, f.pos + len(f.name))}  # the offsets the column's names cover
    return [f for f in out if not any(k in taken for k in range(f.pos, f.pos + len(f.name)))] + column


def _series_over_units(out: list[Found], series: list[Found]) -> list[Found]:
    """`out` and the names of a unit-and-name series (`namelists.unit_name_series`), a read ending with one of them
    that starts earlier, in its unit, given way (`县农机站|某某孜·某尔地` read whole from the unit's first character)."""
    if not series:
        return out
    ends = {f.pos + len(f.name): f.pos for f in series}
    return [f for f in out if not ((e := f.pos + len(f.name)) in ends and f.pos < ends[e])] + series


def _wholes_over_prefixes(out: list[Found], wholes: list[Found]) -> list[Found]:
    """`out` and `wholes`, a shorter read of the same name at the start of one of `wholes` given way."""
    if not wholes:
        return out
    whole = {f.pos: f.name for f in wholes}
    return [f for f in out if not (f.pos in whole and whole[f.pos] != f.name and whole[f.pos].startswith(f.name))] + wholes


# a name in Latin letters right after a role (`技术总监Priya Raman`, `首席执行官Dr. Helena Voss`): two or
# three capitalized words, an honorific before them read past; the compact text has lost their spaces
# (accented letters, an apostrophe and a hyphen inside: `María José Fernández`, `Aoife O'Connell`, `Park Min-jun`)
_LATIN_PART = r"[A-ZÀ-Þ](?:['’][A-ZÀ-Þ])?[a-zß-ÿ]{1,15}"
_LATIN_NAME = re.compile(r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.)?(?P<n>" + _LATIN_PART + r"(?:-?" + _LATIN_PART
                         + r"|-[a-z][a-zß-ÿ]{0,15}){1,3})(?![A-Za-zÀ-ÿ.])")
_LATIN_WORD = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])")
_GLOSS_OPEN = "(（"


def _latin_after_role(r: Reader, found: list[Found]) -> list[Found]:
    """`found` and the Latin-lettered names right after a role (`_LATIN_NAME`, its words a space apart
    again: `PriyaRaman` -> `Priya Raman`); a Chinese rendering in brackets right after such a name
    (`Markus Ehrlich（马库斯·埃尔利希）`) is the same person, named once, not a second one."""
    s = r.s
    latin: list[Found] = []
    for _start, i, _word, role in r.text.roles():
        m = _LATIN_NAME.match(s, i)
        if m is not None:
            latin.append(Found(_LATIN_WORD.sub(" ", m["n"]), m.start("n"), role, spreads=False, kept=True))
    if not latin:
        return found
    return without_glosses(s, found + latin)


def without_glosses(s: str, found: list[Found]) -> list[Found]:
    """`found` less a Chinese rendering in brackets right after a Latin-lettered name found
    (`Markus Ehrlich（马库斯·埃尔利希）`): the same person, named once."""
    glossed = {f.pos + len(f.name.replace(" ", "")) + 1 for f in found if f.name[:1].isascii()
               and s[f.pos + len(f.name.replace(" ", "")):][:1] in _GLOSS_OPEN}  # (a gloss opens right after)
    return [f for f in found if f.pos not in glossed] if glossed else found


def _drop_straddling(found: list[Found]) -> list[Found]:
    """The found names less those of an anchor that never spreads (an occupation's `长`, a post) which
    start inside a name a role anchored and run past its end: the anchor was read from the name's own
    characters (书记郁长林陪同 -> 林陪 after `郁长`). One pass over the names in order of their start,
    keeping the farthest end of the role-anchored ones before."""
    if len(found) < 2:
        return found
    drop: set[int] = set()
    reach = -1  # the farthest end of the spreading names starting before
    for k in sorted(range(len(found)), key=lambda k: found[k].pos):
        f = found[k]
        end = f.pos + len(f.name)
        if not f.spreads and f.pos < reach < end:
            drop.add(k)
        if f.spreads:
            reach = max(reach, end)
    return [f for k, f in enumerate(found) if k not in drop] if drop else found


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


def rule_spans(s: str, found: list[Found]) -> dict[tuple[int, int], str]:
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


def model_spans(t: Text, found: list[Found], roles_at: Container[int] | None = None,
                ) -> tuple[dict[tuple[int, int], str], dict[int, str]]:
    """What the scorer is told of the rules: their names' spans (`rule_spans`), plus, flagged "p",
    a Chinese name read right before a role word after a boundary or a common verb (钱其琛副总理,
    。贺立民市长在, 谢谢某春莹司长);
    and the role printed right after each offset where a name may end. `roles_at`: only the roles
    starting at these offsets (the weak anchors' titles after a name) are looked before."""
    s = t.s
    rule = rule_spans(s, found)
    after: dict[int, str] = {}
    r = Reader(s, set(), _lexicon(), t.soft, t, Known(()))
    for a, _b, word, _role in t.roles():
        if roles_at is not None and a not in roles_at:
            continue
        after[a] = word
        if s[a - 2:a] in ROLE_PREFIXES and a >= 4:
            a -= 2  # 某某某常务|副县长: the name ends before the role's prefix
        for n in ((4, 3) if a >= 4 and s[a - 4:a - 2] in r.lex.compound else (3, 2)):  # (某甫立新副主任: 4)
            i = a - n
            if i < 0 or (i > 0 and _is_han(s[i - 1]) and s[i - 1] not in FUNCTION_CHARS
                         and not (i > 1 and _flag(s[i - 2:i], "v"))  # 谢谢|某春莹司长, 会见|某某总理
                         and not (n >= 3 and unit_before(s, i))):  # 县住建局|某某某副局长说 (not 某局|安监处长)
                continue
            name = r.name_at(i, lambda k, a=a: k == a)
            if name and len(name) == n and not _place_then_opener(name):  # 韩国代|总理: 代总理 is the role
                span = (i, a)
                rule[span] = "".join(sorted(set(rule.get(span, "")) | {"p"}))
                break
    return rule, after


SLASH = re.compile(r"(?<=\p{Han})/(?=\p{Han})")


_TITLE_MODIFIERS = frozenset("原前老新现副代总")  # surnames too, but before a title they qualify it (原区长)


# one-character abbreviations of countries that news prints before an office (俄外交部副部长, 英外交大臣,
# 美国务卿), none of them a word's usual first character before a role
_COUNTRY_ABBREVIATIONS = frozenset("美英法德俄日韩朝意澳叙埃乌")


@lru_cache(maxsize=1)
def _countries() -> tuple[str, ...]:
    """data/countries.txt but China (中国选手某某 is Chinese), longest first (a tuple for str.startswith)."""
    return tuple(sorted((c for c in countries() if c != "中国"), key=len, reverse=True))


def _country_before(role: str, word: str) -> bool:
    """Is the role printed after the name of another country (英国裁判, 巴勒斯坦民族权力机构主席), at its
    start or right before the role word (the verb before it read into the role as printed: 不敌俄罗斯
    选手, 战胜克罗地亚好手)? Its holder is foreign, whatever the role."""
    head = role[:len(role) - len(word)]
    return bool(head) and (head.startswith(_countries()) or head.endswith(_countries())
                           or head[0] in _COUNTRY_ABBREVIATIONS)


_ROLE_PREFIXES = "双正副总"  # before a post after 任 (任双指挥长, 任副组长)


def _role_anchored(r: Reader) -> list[Found]:
    """A name right after a role or title (市委书记江凌, 总领事麦多明, 《最美志愿者曹建森》): a Chinese
    name, a name a common verb follows (`_weak_name`), a Japanese one, a foreign one after a foreign
    role, a dotted one; then the names of a 、 list after it, each with the same role (区领导张三、李四),
    and the names of a reporter credit printed one space apart (记者翟国鑫 吴丹) or glued together."""
    s, out = r.s, []
    ja_firsts = _ja_firsts()
    for start, i, word, role in r.text.roles():
        if start >= 2 and not _is_han(s[start - 2]) and s[start - 1] in r.lex.surnames and len(word) <= 3 \
                and s[start - 1] not in _TITLE_MODIFIERS and not role.endswith(CREDITS):
            continue  # ，吕镇长都认真询问: a surname and a title name someone; no name follows
        if i - start == 2 and any(i + k <= len(s) and not r.lex.roles.fullmatch(s[start:i + k])
                                  and "d" in word_flags().get(s[start:i + k], "") for k in (1, 2)):
            continue  # 领导|班子强的村, 成员国|接受: the role word opens a longer word of the dictionary, no name follows
        if i < len(s) and s[i] in ":|":
            i += 1  # 编剧:原长松、何海江, 记者|某某 (丨 is read as |)
        ch = s[i:i + 1]
        if not ch or not ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch == "·"
                          or ch in ja_firsts):
            continue  # punctuation or the end: no name of any kind starts here
        if ch in CONJUNCTIONS:
            he = _he_surname(r, i, role)  # (记者和某珍): the surname 和 of Yunnan's Naxi
            if he is not None:
                out.append(Found(he, i, role, spreads=False, kept=True))
                continue
            if not r.known_at(i):
                continue  # 负责人和基金机构: a conjunction, not the surname 和
        if ch == "任" and (r.lex.roles.match(s, i + 1) is not None
                          or (s[i + 1:i + 2] in _ROLE_PREFIXES and r.lex.roles.match(s, i + 2) is not None)):
            continue  # 由党政主要负责人任双指挥长: 任 "serves as" before a post, no surname
        credit = role.endswith(CREDITS)
        # ended by a follow word or punctuation; else by a word of time (副主席某某今天会见) or a rank
        # (国防部长某某上将, 顾问某某教授)
        name = r.name_at(i, relaxed=True) or r.name_at(i, lambda k: r.before_time(k) or r.before_rank(k))
        if name is not None and (ja := r.japanese_at(i)) is not None and len(ja) > len(name):
            name = ja  # 社长松本拓也、: a Japanese family name and its given name, longer than a Chinese read (松本拓)
        if credit and not r.plain_end(i, name):  # names printed together (记者甲某乙某)
            glued = _glued_names(r, i)
            if glued:
                out.extend(Found(s[a:b], a, role) for a, b in glued)
                continue
        spreads = name is not None
        name = name or _weak_name(r, i) or r.name_at(i, lambda k: k in r.soft) or r.japanese_at(i)
        # a name set apart by spaces after a reporter's label, whatever word it spells (记者 甘某 实习生…)
        word_name = _spaced_credit_word(r, i) if credit and i in r.soft else None
        spaced = word_name is not None and name in (None, word_name)
        if spaced:
            name = word_name
        if name is None and word in r.lex.foreign_roles:
            name = r.foreign_at(i)
            if name and "·" in name and len(longer := dotted_after_role(r, i) or "") > len(name):
                name = longer  # 部长某某·某某波拉提|出席: the dotted read runs to its surer end
        elif name is None and _country_before(role, word):  # 英国裁判某某: a foreign holder of any role
            name = r.foreign_at(i)
            name = None if name and "·" in name else name  # a dotted one is read below, more carefully
        dotted = False
        if name is None and s.find("·", i + 1, i + 10) > 0:
            at = i + 1 if s[i] == "的" else i  # 首席执行官的某·某: the role's holder, after 的
            name = dotted_after_role(r, at)
            dotted = name is not None
            i = at if dotted else i
        if (name is not None and s[i + len(name):i + len(name) + 1] == "-" and transliterated(name)
                and (hyphened := dotted_after_role(r, i)) and not s.startswith(_PAIRED, i + len(hyphened))):
            name = hyphened  # 德国选手安娜-莉娜·施密特: a first name of two parts, then the dotted last name
            dotted = True  # (kept: the scorer, which has seen few, doubts them)
        if name is None:
            continue
        out.append(Found(name, i, role, spreads, kept=dotted or spaced))
        j = i + len(name)
        while j < len(s):
            if s[skip_paren(s, j):skip_paren(s, j) + 1] == "、":
                k = skip_paren(s, j) + 1  # 区领导张三(女)、李四
                nxt = r.name_at(k, relaxed=True) or r.japanese_at(k)
            elif credit and j in r.soft:
                nxt = r.name_at(j, lambda q: r.follows(q) or q in r.soft)  # 记者翟国鑫 吴丹
                k = j
                if nxt is not None and (r.lex.roles.fullmatch(nxt) or nxt in _CREDIT_WORDS_AFTER):
                    break  # 记者某某 通讯员 某某: the next label, no name (its names are its own role's)
            elif credit and r.known_at(j):  # a name of the issue printed right after (记者甲某乙某)
                nxt, k = r.known_at(j)[0], j
            else:
                break
            if nxt is None:
                break
            out.append(Found(nxt, k, role))
            j = k + len(nxt)
    return out


def _spaced_credit_word(r: Reader, i: int) -> str | None:
    """A name that is also a word, set apart by spaces right after a reporter's label (（记者 甘某 实习生
    某某）, 记者 高峰 报道): two or three characters opening with a surname, in a name's shape, with a
    space or a mark right after them, that are no role and no label printed after names (报道, 整理). The
    layout says it is a name, whatever the dictionary or the gazetteer says of the word (高原)."""
    s = r.s
    for e in (i + 2, i + 3):
        if e > len(s) or not (e == len(s) or e in r.soft or not (_is_han(s[e]) or s[e] in "·-")):
            continue  # (a dot or a hyphen goes on with the name: 买买提·某某)
        c = s[i:e]
        if (all(_is_han(ch) for ch in c) and (c[0] in r.lex.surnames or c[:2] in r.lex.compound)
                and name_shaped(c) and r.lex.roles.search(c) is None and c not in LABELS_AFTER
                and c not in _CREDIT_WORDS_AFTER):
            return c
        return None  # (the first end that a space or a mark makes is the only read)
    return None


def _he_surname(r: Reader, i: int, role: str) -> str | None:
    """A name of three opening with the surname 和 right after a reporter's credit (（记者和某珍）) or, in
    a text of the Naxi's Yunnan, any role (女代表和某春说): 和 and a given name of two that is no word of
    the dictionary and opens none (not 记者和编辑, 代表和委员们, 县长和副县长), then a mark, a space, the end,
    a follow word of two characters or more or a verb of saying; a conjunction before a name (代表和李某)
    reads no further (the given name is a name's read). Elsewhere a role and 和 join two kinds of
    people (留学生的师长和学友), and 和 before an elder, a child, a kinsman or a word for a kind of person
    is the conjunction (记者和老李, 记者和村医)."""
    s = r.s
    e = i + 3
    given = s[i + 1:e]
    if (s[i:i + 1] != "和" or len(given) < 2 or not (role.endswith(CREDITS) or _NAXI_CONTEXT.search(s))
            or given[0] in "老小阿" or weak_anchors()[0].match(given) is not None or given[1:] in _KIN_AFTER_HE
            or not all(_is_han(ch) and ch not in FUNCTION_CHARS for ch in given)
            or _words().get(given) is not None or any(_words().get(s[i + 1:i + k]) for k in (4, 5))
            or r.lex.roles.match(s, i + 1) is not None or given[0] in r.lex.surnames and r.plausible(given)
            or not plausible_name(s[i:e], False)):
        return None
    if e >= len(s) or not _is_han(s[e]) or e in r.soft or follows_long(s, e) or weak_anchors()[1].match(s, e):
        return s[i:e]
    return None


# one character of a word for a kind of person after a character (村医, 乡医, 村干 …): 记者和村医一起…
_KIN_AFTER_HE = frozenset("医民干警妈爸姐哥弟妹")


# what a text says of the Naxi and Pumi or their places, where 和 is a common surname (丽江, 玉龙)
_NAXI_CONTEXT = literal_re.compile("纳西|普米|丽江|玉龙|迪庆|香格里拉|宁蒗|永胜|怒江|维西")


def _glued_names(r: Reader, i: int) -> list[tuple[int, int]]:
    """The names of a credit printed without separators (记者何某某董某某 9月12日, 记者李某杨某报道):
    the run of Han characters from i to a space, a mark or the end, tiled into two or more names
    (namemodel.tiling)."""
    from digest import namemodel

    s = r.s
    b = i
    while b < len(s) and _is_han(s[b]) and b - i < 14 and (b == i or b not in r.soft):
        b += 1
    label = _GLUED_LABEL.search(s, i + 2, b)  # 记者某某某通讯员某某: the run ends at the next label
    if label is not None:
        b = label.start()
    return namemodel.tiling(s, i, b)


# credit labels that may follow a reporter's name a space apart (通讯员 reads as a surname 通 and 讯员)
_CREDIT_WORDS_AFTER = frozenset(INNER_LABELS) | frozenset(CREDITS)  # (bylines' labels between names, nametext's)
_GLUED_LABEL = re.compile("|".join(sorted(_CREDIT_WORDS_AFTER, key=len, reverse=True)))


def _occupation_anchored(r: Reader) -> list[Found]:
    """A name right after an occupation word ending in 员/师/手/匠/长 that no role list names
    (保洁员宗国美, 培训师司献凤, 技术能手王明辉, 网格长某某), before punctuation or a follow word."""
    s, out = r.s, []
    for i in r.text.occupations():  # a listed role is left to _role_anchored
        if r.may_start(i):
            name = r.name_at(i)
            if name:
                out.append(Found(name, i, occupation_printed(s, i), spreads=False))
    return out


def _padded_after_anchor(r: Reader, found: list[Found]) -> list[Found]:
    """A name of two padded to three's width by one full-width space (`Text.padded`) right after a role, an
    occupation or a word for a kind of person (县公证处公证员田　颖全程公证: the padding ends the name, whatever
    word follows), where no name is read at its surname already: the surname, the space and one character that
    is no function character, the two a plausible name. Not in a row of spaced characters (`工　作　动　态`)."""
    t = r.text
    if t is None or not t.padded:
        return []
    s, out = r.s, []
    read = {f.pos for f in found}
    ends = t.anchor_ends()
    kinds = {y for _x, y in t.person_nouns()}
    for k in sorted(t.padded):
        i = k - 1
        if (i in read or not (i in ends or i in kinds) or i in t.spaced or s[i] not in r.lex.surnames
                or not _is_han(s[k:k + 1]) or s[k] in FUNCTION_CHARS or (k + 1 in t.spaced and k + 1 not in t.wide)
                or not plausible_name(s[i:k + 1], False)):
            continue
        out.append(Found(s[i:k + 1], i, ends.get(i) or occupation_printed(s, i) if i in ends else None,
                         spreads=False, kept=True))
    return out


def _weak_name(r: Reader, i: int) -> str | None:
    """A name right after a role that a common verb follows (市长王勇安排…), unless its last two
    characters make a common word (a three-character read 王建设: the verb phrase goes on)."""
    name = r.name_at(i, r.follows_weakly)
    if name and len(name) == 3 and _flag(name[1:], "x"):
        return None
    return name


_PAIRED = ("组合", "搭档", "配对")  # a doubles pair joined by a hyphen (某某-某·某组合): two names, not one


_NO_ROLE_POSTS = ("家庭", "一行", "先生")  # words after a name that are no role of its bearer


def _post_anchored(r: Reader) -> list[Found]:
    """Names before 总书记 / 同志 (strong), before 书记 / 总理 / 主席 / 家庭 / 一行 / 先生 after a boundary
    (weak), and leaders before a doctrine (习近平新时代…思想, 习近平生态文明思想, 毛泽东思想)."""
    from digest.namemodel import MEASURE_WORDS, starts_in_a_word

    s, out = r.s, []
    for q, word in r.text.posts():
        if word in _POST_DOCTRINE or word in _POST_MODEL:
            doctrine = word in _POST_DOCTRINE
            found = _doctrine_name(r, q, gaps=5 if doctrine else 1, plain=word.startswith("式"), keep=doctrine)
            if found:
                out.append(found)
            continue
        strong = word in _POST_STRONG
        q0 = r.text.role_from().get(q + len(word), q)  # 某某副总理, 某国代总理: the name ends where the whole role starts
        q, word = q0, s[q0:q + len(word)]
        if word in ("先生", "女士") and q > 0 and s[q - 1] == "老":
            q -= 1  # 某某某老先生: the name ends before 老 (司徒老先生: a surname alone, no name)
        if q > 2 and s[q - 1] == "等" and word not in _POST_DOCTRINE:
            q -= 1  # 聘任某真等同志: 等 closes a list of one or more, no given name's character
        dotted = _dotted_before(r, q)
        if dotted is not None:  # 马克·范德堡一行: the whole dotted name or none, never its last part
            if dotted[0]:
                out.append(Found(dotted[0], dotted[1], word if word not in _NO_ROLE_POSTS else None))
            continue
        best = None
        # a compound surname and two characters first (诸葛新宇同志, not 葛新宇)
        for n in ((4, 3, 2) if s[max(0, q - 4):q - 2] in r.lex.compound else (3, 2)):
            i = q - n
            if i < 0:
                continue
            c = s[i:q]
            prev = s[i - 1] if i > 0 else ""
            comrade = (word == "同志" and n in (2, 3) and (not prev or not _is_han(prev) or prev in "任由")
                       and _named_so_anyway(r, c))  # (`，向前进同志任…`: a name, whatever word it reads as)
            if (not r.plausible(c) and not comrade) or _place_then_opener(c) or c in countries() or c in r.lex.compound:
                continue  # 韩国代|总理, 伊拉克|总统
            title = r.lex.roles.match(c, 1)
            if title and title.end() == len(c) and c not in r.known:
                continue  # 李书记一行: a surname and a title name someone, but no name is printed
            if c in r.known:
                best = (c, i)
                break
            prev = s[i - 1] if i > 0 else ""
            if n == 3 and c[0] in FUNCTION_CHARS and (r.plausible(c[1:]) or (c[0] == "和" and _is_han(prev))):
                continue  # 和江凌书记: 和 is a function word, not a surname (信和某雄同志: after a character, always)
            if n == 3 and prev and _flag(prev + c[0], "v") and r.plausible(c[1:]):
                continue  # 感谢张华同志: 谢 ends a verb (words.txt flag v), it is no surname here
            if n == 2 and word == "总书记" and c[0] in BEFORE_ONE and c not in r.known:
                continue  # 向江总书记, 和习总书记: a preposition, and the leader named by one character
            if not strong and prev and _is_han(prev) and prev not in FUNCTION_CHARS and not _verb_before(r, i):
                continue  # weak anchors need a boundary, a function word or a verb before the name
            if not strong and prev.isdigit() and c[0] in MEASURE_WORDS:
                continue  # 6户|贫困家庭: after a digit a measure word stands, no surname
            if prev and c not in r.known and i not in r.text.role_ends() and starts_in_a_word(s, i):
                continue  # 教师|和同志: the first character ends a word, no role before it (市长|江某同志)
            best = (c, i)
            break
        if best:
            out.append(Found(best[0], best[1], word if word not in _NO_ROLE_POSTS else None))
    return out


_TITLE_AFTER_FOREIGN = frozenset({"总统", "副总统", "首相", "总理", "国王", "女王", "亲王", "王储", "总督",
                                  "国务卿", "议长", "秘书长", "总干事", "大使"})  # (奥巴马总统, 安南秘书长)


def _foreign_before_title(r: Reader) -> list[Found]:
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
        while k > 0 and j - k < 6 and s[k - 1] in strong and s[k - 1] not in FUNCTION_CHARS and s[k - 1] not in CONJUNCTIONS:
            k -= 1
        c = s[k:j]
        if k > 0 and s[k - 1] == "·":
            continue  # the last part of a dotted name (本·阿里总统): read whole by the dotted rules
        if not 2 <= len(c) <= 6 or (k > 0 and _is_han(s[k - 1]) and s[k - 1] not in FUNCTION_CHARS
                                   and s[k - 1] not in CONJUNCTIONS and not _verb_before(r, k)):
            continue
        if (c in r.lex.not_names or c in _words() or namemodel.never_a_name(c)
                or (len(c) == 2 and not foreign_pair(c))):
            continue
        out.append(Found(c, k, word, spreads=False))
    return out


def _dotted_parts_foreign(r: Reader, name: str) -> bool:
    """Is each part of a dotted name two characters or more, none a place's (某某村·某某桥, 中国·某城: a
    place's or a thing's dotted name), no character a pronoun or a function character, and two in three of its characters ones transliterations are
    written with (namemodel's tables, as `weakanchors.plain_dotted` asks: 买买提江·艾力; not 青春·梦想)?"""
    from digest import namemodel

    parts = name.replace("-", "·").split("·")
    if not all(len(p) >= 2 and p[-1] not in PLACE_ENDS for p in parts) or any(
            ch in FUNCTION_CHARS or ch in PRONOUNS for ch in name):
        return False  # (他叫|某可·某西, 图为|某可·某西: a pronoun or a function character is no name's)
    st, chars = namemodel.stats(), "".join(parts)
    return 3 * sum(ch in st.translit or ch in st.weak for ch in chars) >= 2 * len(chars)


_PROPOSAL_NO = re.compile(r"第[0-9０-９]{2,6}号[ \t\u3000]*")  # a 提案's number before its proposers
_PROPOSERS_END = ("等", "委员", "代表", "、", "，", ",", "。", ";", "；")


def _numbered_proposers(r: Reader) -> list[Found]:
    """The proposers a list of 提案 prints after each one's number (`第0058号　某某等5位委员`, `第0096号　某甲、
    某乙委员`, `第0027号　某某委员`): names, a 、 apart, each ending where 等, 委员, 代表 or a mark follows.
    A unit or a 界别 there (`第0035号　经济界别`, `市工商联`) reads as no name. None spreads."""
    s, out = r.s, []
    if "号" not in s:
        return out

    def ok(k: int) -> bool:  # (not 代表团: `第0031号　某平代表团` names a delegation, a place's)
        return k >= len(s) or (s.startswith(_PROPOSERS_END, k) and not s.startswith("代表团", k))

    for m in _PROPOSAL_NO.finditer(s):
        i = m.end()
        while True:
            name = r.name_at(i, ok)
            if name is None:
                break
            after = i + len(name)
            role = "委员" if s.startswith("委员", after) else "代表" if s.startswith("代表", after) else None
            out.append(Found(name, i, role, spreads=False, kept=True))
            i += len(name)
            if not s.startswith("、", i):
                break
            i += 1
    return out


_NOT_A_DOTTED_END = frozenset("率带在向和与等对为将是")


def _dotted_place(name: str) -> bool:
    """Is a part of a dotted span a country or a place of the gazetteer (`namemodel.dotted_place`)?"""
    from digest import namemodel

    return namemodel.dotted_place(name)


def _dotted_before_title(r: Reader) -> list[Found]:
    """A dotted name right before a role word it is addressed by (某某曼·某尔逊县长要求, 某某·某某副州长):
    the whole name (`_dotted_before`: from a boundary or a role), each part of a transliteration's shape.
    The role is the title. The scorer keeps it (`Found.kept`: it doubts dotted names it has not seen)."""
    t = r.text
    if t is None or "·" not in r.s:
        return []
    from digest.lexicon import dictionary_word

    out = []
    for j, b, word, _role in t.roles():
        if (j < 4 or r.s[j - 1] == "·" or "·" not in r.s[max(0, j - 16):j] or r.s[j - 1] in _NOT_A_DOTTED_END
                or dictionary_word(r.s[j:b + 1]) or follows_long(r.s, j - 2)):
            continue  # (某·某|率代表团: 率 leads the delegation, and 代表团 is no role; 某·某告诉|记者: a verb)
        got = _dotted_before(r, j)
        if got and got[0] and _dotted_parts_foreign(r, got[0]) and not _dotted_place(got[0]):
            out.append(Found(got[0], got[1], word, spreads=False, kept=True))
    return out


def _dotted_before(r: Reader, q: int) -> tuple[str, int] | None:
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
    while a > 0 and (_is_han(s[a - 1]) or s[a - 1] == "·" or (s[a - 1] == "-" and a > 1 and _is_han(s[a - 2]))) \
            and k - 1 - a < 14:
        a -= 1  # (a hyphen joins the parts of a first name: 让-皮埃尔·某某)
    if a == k - 1 or s[q - 1] in CONJUNCTIONS:
        return ("", q)  # (某·某和主席某某: the post is the next name's)
    first = s[a:k - 1].split("·")[0]
    place = max((x for x in range(a, k - 1) if s[x] in PLACE_ENDS), default=-1)
    ends = r.text.role_ends() if r.text is not None else frozenset()
    nouns = {m.end() for m in weak_anchors()[0].finditer(s, a, k - 1)}  # (德国客商|汉斯·某伯: a kind of person)
    ends = ends | nouns if nouns else ends
    if place >= 0 and "·" not in s[place:k - 1] and place + 1 < k - 1 \
            and not any(x in ends for x in range(place + 2, k - 2)):  # 云岭县|古某·某某: from after the place
        return (s[place + 1:q], place + 1)  # (unless a role ends after it: 亚太区总裁|托马斯·某某)
    for x in range(k - 3, a - 1, -1):  # the first part starts right after a role (执行官马克·…), the
        if x in ends:  # nearest one (董事长兼首席执行官马克·…: not from after 董事长)
            # or after the last function character between the role and the dot (副主席会见了|某萨·某吉)
            dot = s.find("·", x)
            cut = max((y + 1 for y in range(x, dot) if s[y] in FUNCTION_CHARS and s[y + 1] != "-"), default=x)
            return (s[cut:q], cut) if dot - cut >= 2 else ("", q)
    if (a == 0 or not _is_han(s[a - 1])) and len(first) <= 6:
        b = a
        while b < k - 2 and (s[b] in FUNCTION_CHARS or s[b] in PRONOUNS):
            b += 1  # 他同某·某总理: a pronoun and a preposition open the clause, not the name
        return (s[b:q], b)
    return ("", q)


# the last character of a unit's short name (住建局, 县委办, 文旅厅, 镇政府): `unit_before`
_UNIT_LAST_CHAR = frozenset("局厅委办府院处科室站所")
_DEPARTMENT_LAST = frozenset("科系")  # a hospital's or a university's department (外科, 中文系), named in two


def unit_before(s: str, i: int) -> bool:
    """Does a unit's short name end right before offset i, where a name and the post it holds there may
    follow it (县住建局|某某某副局长说, 镇政府|某某镇长): the unit's last character (`_UNIT_LAST_CHAR`)
    after two Chinese characters or more of its name; a department's (科, 系) after one: `妇科|某某某教授`,
    `中文系|某某某教授`."""
    if i >= 2 and s[i - 1] in _DEPARTMENT_LAST and _is_han(s[i - 2]):
        return True
    return i >= 3 and s[i - 1] in _UNIT_LAST_CHAR and _is_han(s[i - 2]) and _is_han(s[i - 3])


def _verb_before(r: Reader, i: int) -> bool:
    """A verb ends right before offset i (贯彻X书记, 会见X一行)."""
    two = r.s[max(0, i - 2):i]
    if i >= 2 and r.s[i - 2:i + 1] in word_flags():
        return False  # 联合|国大会主席: the verb is the start of a word that runs on into the name
    return _flag(two, "v") or two in r.lex.follow_words


def _doctrine_name(r: Reader, q: int, gaps: int = 5, plain: bool = False, keep: bool = False) -> Found | None:
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
            if c in r.known or ((plain or (_flag(c, "n") and not _common_word(c))) and r.plausible(c)
                                and c[-1] not in PLACE_LAST):
                return Found(c, i, kept=plain or keep)
    return None


def _common_word(c: str) -> bool:
    """Does CC-CEDICT read c as a common word alone (弘扬: jieba tags it a person too, and 弘扬|理论
    is no leader's doctrine)?"""
    from digest.namemodel import stats

    return (stats().cedict or {}).get(c) == "c"


def _title_subject(r: Reader, title_len: int) -> list[Found]:
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
        f = r.lex.follow.match(s, i)
        if f is not None and f.end() - i == 1 and len(names) == 1 and _word_first(names[0].name, r):
            continue  # (高温下|的“银线卫士”, 全力以|赴…: a word and a character, no name, before a follow character)
        if names and (f or s.startswith(":", i)):  # 徐衣显:加快推进…
            out.extend(names)
    return out


def _word_first(name: str, r: Reader) -> bool:
    """Does a name of three no one has confirmed open with a word of the dictionary that is no person's
    (高温|下, 全力|以: `digest.lexicon.dictionary_word`) and end in a character given names seldom end in
    (the scorer's given-name weight at most 0: 下, 以; not 王国|庆, 庆 a given name's character)?"""
    from digest import namemodel
    from digest.lexicon import dictionary_word

    return (len(name) == 3 and name not in r.names.names and dictionary_word(name[:2])
            and namemodel.stats().giv.get(name[2], namemodel.RARE_GIVEN) <= 0)


def _speaker(r: Reader, title_len: int) -> list[Found]:
    """The speaker of a transcript's paragraph, a name and a colon opening the body, a line after
    a sentence end or, in an interview (`问：`, `记者：` opening a question), a question inside a line (a
    press conference: `毛某：气候变化是…`; `问：…？某某：我的…`, a gloss in brackets before the colon:
    `问：…？某某（某合作社理事长）：…`) or an answer's brackets (`答（某某）：…`, `答（某·某·某）：…`),
    with a sentence after the colon. None spreads: `问：` and `答：` are no names, nor is a word of
    jieba's dictionary (`哈密：`, a place's news), nor an undotted foreign read inside a line (a firm)."""
    s, out = r.s, []
    if ":" not in s:
        return out
    starts = [title_len + 1] + [k for k in sorted(r.soft) if k > title_len + 1 and s[k - 1] in "。!?”"]
    # in an interview's line, right after a sentence end and right after an answer's label with the
    # speaker in brackets (问：…？某某：我的…, 答（某某）：…)
    inline: set[int] = set()
    if _INTERVIEW.search(s):  # (only in an interview, and after a question: 周某鸭：相关情况… is a firm's statement)
        inline = {m.end() for m in _SPEAKER_AFTER.finditer(s, title_len + 1)} - set(starts)
        starts += sorted(inline)
    for i in sorted(set(starts)):
        bracketed = s[i - 2:i] == "答("
        glossed = not bracketed and i in inline  # (问：…？某某（某合作社理事长）：…)
        name = r.name_at(i, lambda k, b=bracketed, g=glossed: s.startswith("):" if b else ":", k)
                         or (g and _GLOSS_COLON.match(s, k) is not None))
        if not name or name in _words():  # 哈密：… a place's news (jieba knows 哈密 as a name too)
            name = _foreign_speaker(r, i, ")" if bracketed else ":")
            if name and i in inline and "·" not in name:
                continue  # 记者：…？阿斯某康：… a firm answers as often as an undotted foreign name
            if not name and i in inline:
                name = _answering_word(r, i)  # (记者：…？江河：说实话…: the one who answers, whatever word)
        if not name:
            continue
        gloss = _GLOSS_COLON.match(s, i + len(name)) if glossed else None
        colon = (gloss.end() - 1) if gloss else i + len(name) + (1 if bracketed else 0)
        if sum(1 for ch in s[colon + 1:colon + 9] if _is_han(ch)) >= 6:
            out.append(Found(name, i, spreads=False, kept=True))
    return out


_SPEAKER_AFTER = re.compile(r"(?<=\?)(?=[\p{Han}·]{2,12}(?:\([^()]{1,30}\))?:)|(?<=答\()(?=[\p{Han}·]{2,16}\):)")
# an answer's speaker with a gloss in brackets before the colon (问：…？某某（某合作社理事长）：…)
_GLOSS_COLON = re.compile(r"\([^()]{1,30}\):")
# an interviewer's label opening a question: at the start, after a space or a sentence's end, not a
# byline's in brackets ((记者:某某)多家企业回应…)
_INTERVIEW = re.compile(r"(?:^|(?<=[\x00\n。!?|\s]))(?:问|记者):")


def _named_field(r: Reader, j: int, ends: Callable[[int], bool]) -> str | None:
    """The field of two or three Han characters from j to the first offset `ends` accepts (a mark, a space, a colon:
    the layout says where a name stops), when it opens with a listed surname and holds no role: a name whatever word
    it spells (孝子：高峰　高山, 6号方圆，, 记者：…？江河：). The shared reader of the labelled fields below."""
    s = r.s
    for e in (j + 2, j + 3):
        if e <= len(s) and ends(e):
            c = s[j:e]
            ok = all(_is_han(ch) for ch in c) and r.lex.opens_with_surname(c) and r.lex.roles.search(c) is None
            return c if ok else None
    return None


def _answering_word(r: Reader, i: int) -> str | None:
    """In an interview, the field between a question's mark and a colon (`记者：…？江河：说实话…`, `_named_field`),
    no surname and a word of address (王局长, 李师傅): the one who answers, whatever word the name spells."""
    c = _named_field(r, i, lambda e: r.s.startswith(":", e))
    return c if c is not None and not surname_and_address(c) else None


def _foreign_speaker(r: Reader, i: int, end: str = ":") -> str | None:
    """A transliterated or dotted name of three to twelve characters (sixteen when dotted) from i to a
    colon (苏某雷斯：…, a coach at a press conference), or to `end` (the bracket of 答（某·某·某）：…): every
    character one transliterated names are written with, two in three of them strong ones
    (`lexicon.translit_chars`), no role and no word (主持人, 发言人)."""
    from digest import namemodel

    s = r.s
    k = s.find(end, i, i + 17)
    if k > i + 12 and "·" not in s[i:k]:
        k = -1
    c = s[i:k] if k > i else ""
    if (len(c) < 3 or not all(_is_han(ch) or ch == "·" for ch in c) or not set(_words().get(c, "n")) <= {"n", "c"}
            or r.lex.roles.search(c) or c in namemodel.stats().geo or c in _countries()):
        return None  # jieba's dictionary may know the name (flag n) or tag it so (c), but as no other word
    strong, weak = _translit_chars()
    if "·" in c:  # (its first part of six characters at most, half of them a transliteration's: not 挪威前外交官某某·某某：)
        parts = c.replace("-", "·").split("·")
        first = parts[0]
        geo = namemodel.stats().geo
        return c if (all(parts) and len(first) <= 6 and not any(p in geo or p in _countries() or p == "中国" for p in parts[:-1])
                     and 2 * sum(ch in strong or ch in weak for ch in first) >= len(first)) else None  # (no place but the last part: not 答（中国·浙江）：; 某·某·桑托斯 is a name)
    if any(ch not in strong and ch not in weak for ch in c) or 3 * sum(ch in strong for ch in c) < 2 * len(c):
        return None
    return c


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


def _biography(r: Reader) -> list[Found]:
    """A name opening a biography, read back from what follows it: `，男，` or `，女，`, `，某族，`, or a
    birth date `1957年10月生`, `，1968年出生`, the name at the start of a clause or after a label of a judgment
    (原审被告人甲某，男，…). Kept by the scorer (the layout says so); none spreads."""
    s, out = r.s, []
    for m in _BIO_AFTER.finditer(s) if _may_hold_biography(s) else ():
        k = m.start()
        if k > 2 and s[k - 1] != "·" and "·" in s[max(0, k - _DOTTED_BIO_MOST):k] and (
                d := _DOTTED_BIO.search(s, max(0, k - _DOTTED_BIO_MOST), k)) is not None and (
                d.start() == 0 or not _is_han(s[d.start() - 1]) or s.endswith(_BIO_LABELS, 0, d.start())):
            out.append(Found(d.group(), d.start(), spreads=False, kept=True))  # (`某某·某某，男，哈萨克族，…`: the whole
            continue  # dotted name, no part of it)
        for n in (3, 2, 4):
            i = k - n
            if i < 0 or not (i == 0 or not _is_han(s[i - 1]) or s.endswith(_BIO_LABELS, 0, i)):
                continue
            name = r.name_at(i, lambda e, k=k: e == k, relaxed=True)
            if not name and n in (2, 3) and m.group().startswith((",男", ",女")) and _named_so_anyway(r, s[i:k]):
                name = s[i:k]  # (`韶　华，女，1965年10月生`: at its sex a word is the name it is printed as)
            if name and len(name) == n:
                out.append(Found(name, i, spreads=False, kept=True))
                break
    out.extend(_sex_cell(r))
    return out


# what stands before 同志 and names no one (`老同志`, `女同志`, `各位同志`)
_NO_NAME_BEFORE_COMRADE = frozenset({"老同志", "女同志", "男同志", "好同志", "小同志", "各位同志", "有关同志", "青年同志",
                                     "广大同志", "全体同志", "这位同志", "该同志", "两位同志", "几位同志", "诸位同志"})


# a dotted name (`某某·某某`, `某某·某某·某某`) right before a biography's `，男，` / `，维吾尔族，` / birth date
_DOTTED_BIO = re.compile(r"\p{Han}{1,8}(?:·\p{Han}{1,8}){1,3}$")
_DOTTED_BIO_MOST = 30  # characters of such a name at most


def _named_so_anyway(r: Reader, c: str) -> bool:
    """Is c, two or three Han characters a surname opens, a name where an anchor that only a person stands at
    says so (its sex, `，女，`; `同志` after a boundary), though it reads as a word (韶华, 时光, 文静, 向前进)?
    Never a place, a country, a role or a word of the lists of no names."""
    from digest import namemodel

    return (2 <= len(c) <= 3 and all(_is_han(ch) for ch in c) and c[0] in r.lex.surnames and "某" not in c
            and c not in r.lex.not_names and c not in namemodel.stats().geo and c not in countries()
            and r.lex.roles.search(c) is None and f"{c}同志" not in _NO_NAME_BEFORE_COMRADE)


# a hospital's titles printed after a doctor's or a nurse's name (`骨科某某某副主任医师`, `急诊科某某护士长`)
_MEDICAL_TITLE = literal_re.compile("副主任医师|主任医师|主治医师|住院医师|主管护师|护士长|营养师|药剂师|主管药师|康复治疗师")
_MEDICAL_BEFORE = frozenset("科室院部区组站")  # the department or unit printed right before the name


# a monk's or a nun's name, 释 and two characters, before the title it is called by (`释某某法师`)
_MONASTIC = re.compile(r"释\p{Han}{2}(?=法师|大师|长老|禅师)")


def _monastic(r: Reader) -> list[Found]:
    """A Buddhist monastic name before its title (`住持释某某法师`, `、释某某法师`): 释 is the surname every
    monastic takes, and none of the lists holds it (it opens 释放, 释法). None spreads; kept whatever the scorer
    says (`释静安法师`: its given name a place's)."""
    s = r.s
    if "释" not in s:
        return []
    return [Found(m.group(), m.start(), "法师", spreads=False, kept=True) for m in _MONASTIC.finditer(s)]


def _medical_title(r: Reader) -> list[Found]:
    """A name right before a medical title, after its department (`内分泌科某某某主任医师`) or a list's mark:
    the compound surname's four characters first, then three, then two. None spreads."""
    s, out = r.s, []
    if "师" not in s and "护士长" not in s:
        return out
    for m in _MEDICAL_TITLE.finditer(s):
        q = m.start()
        for n in ((4, 3, 2) if s[max(0, q - 4):q - 2] in r.lex.compound else (3, 2)):
            i = q - n
            if i < 0:
                continue
            c, prev = s[i:q], s[i - 1] if i > 0 else ""
            if not prev or prev not in _MEDICAL_BEFORE and prev not in "、，,":
                continue  # (not `高年资主治医师`, `白班护士长`: a word before the title)
            if r.plausible(c) or c in r.known:
                out.append(Found(c, i, m.group(), spreads=False))
                break
    return out


_MAX_CELL_NAME = 12  # characters of a dotted name in a table's cell (某某古丽·某某某)
_PEOPLE_CELL = re.compile(r"\p{Han}{1,4}族(?=\d)")  # a cell of the bearer's people before a date's (soft bounds: no spaces)


def _sex_cell(r: Reader) -> list[Found]:
    """A name in a table's cell right before a cell holding only 男 or 女 and then a number (a 任前公示's or
    a 名单's row: `某某某　女　1981.07　某局副局长`): the cells a space or a tab apart (soft boundaries)."""
    s, soft, out = r.s, r.soft, []
    if not soft or not ("男" in s or "女" in s):
        return out
    bounds = sorted(soft)
    for m in re.finditer(r"[男女]", s):
        k = m.start()
        if k not in soft or k + 1 not in soft or not (s[k + 1:k + 2].isdigit() or _PEOPLE_CELL.match(s, k + 1)):
            continue  # (the next cell a birth date or an age: `某某某　女　1981.07`; or the bearer's people, then
            # the date: `某某某　男　汉族　1998.11`)
        x = bisect_left(bounds, k)  # (the boundary before the cell: one search a cell, linear in all)
        i = bounds[x - 1] if x > 0 else 0
        if not 2 <= k - i <= _MAX_CELL_NAME:
            continue
        cell = s[i:k]
        if "·" in cell:
            if all(2 <= len(p) <= 6 and all(_is_han(c) for c in p) for p in cell.split("·")) and cell.count("·") <= 2:
                out.append(Found(cell, i, spreads=False, kept=True))
            continue
        if k - i <= 4:
            name = r.name_at(i, lambda e, k=k: e == k, relaxed=True)
            if name and len(name) == k - i:
                out.append(Found(name, i, spreads=False, kept=True))
    return out


# the things a number and 号 name, some of them surnames too (15号楼, 3号院, 1号线, 2号门)
_NUMBERED = frozenset("楼院房室门线台车机床窗厅馆库站井口桥路街巷区栋")
_SHIRT = re.compile(r"(?<![0-9.]|[0-9],)[0-9]{1,2}号(?=\p{Han})")  # (not 1,234号 or 3.5号)


def _shirt_number(r: Reader) -> list[Found]:
    """A player named right after his shirt number (7号某某头球破门, 12号某某开出任意球, 4号某某某，):
    one or two digits and 号, then a Chinese name before a follow word or punctuation (`name_at`), a
    transliterated one (`foreign_at`), or a Chinese name before a common verb (`_weak_name`; 杜利已失去
    is read 杜利 first, by `foreign_at`). A number and 号 before a thing (3号楼, 14号文件, 5号台风)
    reads no name. None spreads; the scorer keeps them (`Found.kept`): no corpus it learns from
    prints a team sheet."""
    s, out = r.s, []
    if "号" not in s:
        return out
    shirts = list(_SHIRT.finditer(s))
    sheet = len(shirts) >= _SHEET_LEAST  # a team sheet: every field between a number and a list's mark is a player
    for m in shirts:
        i = m.end()
        if s[i] in _NUMBERED:
            continue  # 15号楼时: the numbered thing, not a surname
        name = r.name_at(i) or (_numbered_player(r, i) if s[i] in r.lex.surnames else None) or r.foreign_at(i) or _weak_name(r, i)
        if name is None and sheet:
            name = _sheet_field(r, i)
        if name:
            out.append(Found(name, i, None, spreads=False, kept=True))
    return out


_SHEET_LEAST = 3  # shirt numbers in a paragraph that make a team sheet of it (`_sheet_field`)
_SHEET_MARKS = frozenset("、，,；;。")


def _sheet_field(r: Reader, i: int) -> str | None:
    """On a team sheet (`首发：1号某某，2号某某，…，14号江河、…`), the field from a shirt number to a list's mark
    (`_named_field`): a player whatever word his name spells (6号方圆, 30号万里)."""
    return _named_field(r, i, lambda e: r.s[e:e + 1] in _SHEET_MARKS)


_PREPOSITIONS = frozenset("因在把被向对从为与和以将给替")  # (after a player's name: 某志成|因对门将…)


def _numbered_player(r: Reader, i: int) -> str | None:
    """A Chinese name of three or two after a shirt number, its surname listed, before a word of the dictionary that
    opens what the player did (7号某磊|右路突破, 22号某志成|因对…, 10号某飞|禁区外…, 23号某鹏|全场…): the longer read
    first, a plausible name whose next two characters are a word and whose last two are none (no 某磊右|路)."""
    s = r.s
    reads: dict[int, bool] = {}  # a length that reads -> whether a frequent word (flag x) or a function word follows it
    for n in (3, 2):
        c = s[i:i + n]
        nxt = s[i + n:i + n + 2]
        if (len(c) == n and r.plausible(c) and len(nxt) == 2 and all(_is_han(ch) for ch in nxt)
                and (_dictionary(nxt) or r.follows(i + n) or r.follows_weakly(i + n) or nxt[0] in _PREPOSITIONS)
                and not (n == 3 and _dictionary(c[1:]))):
            reads[n] = "x" in _words().get(nxt, "") or nxt[0] in _PREPOSITIONS or r.follows(i + n)
    if 3 in reads and not (2 in reads and reads[2] and not reads[3]):
        return s[i:i + 3]  # (某志成|因对: a function word after three; 某飞|禁区外: a frequent word after two, not after three)
    return s[i:i + 2] if 2 in reads else None


def _slash_pair(r: Reader) -> list[Found]:
    """A pair of names printed with a slash between them, as doubles and duos are (浙闽队甲某/乙某,
    组合甲某/乙某，): both sides Chinese names (a surname, a given name that is no common word), the
    first after a boundary, a role, an organization's last character (队) or 组合, the second before
    a mark, 的, a conjunction, a follow word or a verb. None spreads."""
    s, out = r.s, []
    t = r.text
    ends = t.role_ends() if t is not None else frozenset()
    for m in SLASH.finditer(s) if "/" in s else ():
        j = m.start()
        # (the shorter read when a follow word or function word comes after it: 甲某/乙某以2比0…)
        short_first = j + 3 < len(s) and (r.follows(j + 3) or s[j + 3] in FUNCTION_CHARS)
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
            if x == 0 or not _is_han(s[x - 1]) or s[x - 1] in ORG_END or x in ends or s.endswith("组合", 0, x):
                out.append(Found(s[x:j], x, spreads=False, kept=True))
                out.append(Found(right, j + 1, spreads=False, kept=True))
                break
    return out


def _slash_credit(r: Reader) -> list[Found]:
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
            if any(x in r.soft for x in range(i + 1, k)):
                continue  # 记者 某某 孔伟 文/摄: a space inside, the piece before the slash is a label (文/摄), no name
            name = r.name_at(i, lambda e, k=k: e == k, relaxed=True)
            if name and len(name) == n:
                out.append(Found(name, i, "摄影" if m.group().startswith("/摄") else None, spreads=False, kept=True))
                break
    return out


# labels of a credit written label/name or label|name (文/王某 图/张某 李某, 图文丨王某)
_LABEL_CREDIT = re.compile(rf"({WORK_LABELS}|作者|记者|通讯员|编辑)[/|]")


def _label_credit(r: Reader) -> list[Found]:
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


# a writer's mark before the name a literary or a commentary page signs a piece with (`《父亲的手》□ 某建设`, `□ 本报记者
# 某某`), the labels that may stand between them, and a maker's word after a work's credit (`《山居》（国画）　某俊峰 作`)
_BOX_MARK = "□"
_BOX_LABELS = re.compile(r"(?:本报记者|特约记者|记者|通讯员|文|图|文图)?")


def _box_credit(r: Reader) -> list[Found]:
    """Pieces signed after a writer's mark (`《给女儿》　□ 某某向晚`, `□ 本报记者 某某`): the name right after the mark
    (a label of a reporter between them aside), ending at a space, a mark or the text's end; and a work's maker before
    作 after a space, as an exhibition's or a page's list of works credits it (`《春到农家》（剪纸）　某秀兰 作`), the name
    printed whole (not a line letter-spaced through: `种 植 绿 肥 作 物`). Kept by the scorer; none spreads."""
    s, out = r.s, []

    def ends(e: int) -> bool:  # (the name closed by a space, a mark or the text's end)
        return e >= len(s) or e in r.soft or not _is_han(s[e])

    if _BOX_MARK in s:
        for m in literal_re.finditer(_BOX_MARK, s):
            j = _BOX_LABELS.match(s, m.end()).end()
            if (name := r.name_at(j, ends, relaxed=True)) is not None:
                out.append(Found(name, j, None, spreads=False, kept=True))
    if "作" in s:
        for m in literal_re.finditer("作", s):
            e = m.start()
            if e not in r.soft or not (e + 1 == len(s) or e + 1 in r.soft or s[e + 1] in "\x00。，,;；"):
                continue
            for n in (3, 2, 4):
                i = e - n
                if i >= 0 and (i == 0 or i in r.soft or not _is_han(s[i - 1])) and r.soft.isdisjoint(range(i + 1, e)) \
                        and (name := r.name_at(i, lambda x, e=e: x == e, relaxed=True)) is not None and len(name) == n:
                    out.append(Found(name, i, None, spreads=False, kept=True))
                    break
    return out


# the labels of a credit written label：name that name people: those of closing matter and page credits
# that credit a maker, an editor or a reviewer (not 来源, 电话, 报送 …), and the trades of a report's makers
# that no table of closing matter lists (视频剪辑：某某, 编曲：某某)
_COLON_LABELS = tuple(sorted(
    {k for k, (kind, page) in CREDIT_LABEL_TABLE.items()
     if (kind in ("contributor", "editor", "reviewer", "signer") or page) and len(k) >= 2
     and k not in ("来源", "作者单位", "供稿单位", "供稿")}
    | {"记者", "通讯员", "实习生", "见习记者", "特约记者", "剪辑", "视频剪辑", "后期", "配音", "主播", "出镜", "策划",
       "航拍", "编曲", "作曲", "作词", "编剧", "导演", "主持人", "受访者", "采写", "翻译", "编译",
       # a broadcast's makers, credited at the end of its script (主持：某某　导播：某某　摄像：某某)
       "主持", "导播", "摄像", "编导", "播音", "制片", "制片人", "统筹", "出品人", "总监制", "总策划", "监制", "责编",
       # the mourners an obituary names by kin (妻子：某某　长子：某某　长媳：某某, 孝子：某某　某某) and its contact
       "妻子", "丈夫", "长子", "次子", "三子", "儿子", "长女", "次女", "女儿", "长媳", "次媳", "儿媳", "女婿", "孝子", "孝女",
       "孝媳", "孝婿", "孙子", "孙女", "外孙", "外孙女", "联系人",
       # a meeting's minutes: who attended, sat in, was away or kept the record, and who answers for each task
       # (出席：某某、某某　列席：某某（县商务局）　请假：某某, 责任人：某某｜, 牵头领导：某某)
       "出席", "列席", "请假", "缺席", "记录", "核稿", "责任人", "牵头领导", "包案领导", "承办人", "经办人"},
    key=len, reverse=True))
_COLON_CREDIT = literal_re.compile("(" + "|".join(_COLON_LABELS) + ")[:：]")
# a prize's label over its winners, read as a credit's (`一等奖：某某；二等奖：某某、某某`, `最佳新人：某某`)
_PRIZE_LABEL = re.compile(r"((?:[一二三四特]等奖|金奖|银奖|铜奖|优秀奖|最佳\p{Han}{1,6}?(?:奖)?|冠军|亚军|季军))[:：]")


def _colon_credit(r: Reader) -> list[Found]:
    """Credits written label：name inside a line of other text (监制：某某　统筹：某某　记者：某某　本期节目由…,
    `受访者：某某，…`): the label at a boundary (the start, a space, a mark), a colon, then the name filling
    the field up to a space or a mark (not a question's words: 记者：方便透露…), and the names after it a 、
    or a space apart (not a dateline's place or a label after a space: 记者：某某 常熟 报道). No word of the
    dictionary, no place, no surname and a word of address (受访者：王女士). A prize's label over its winners is
    read so too (`_PRIZE_LABEL`: 一等奖：某某；二等奖：某某、某某). Kept by the scorer (`Found.kept`); none
    spreads. A line that is credits alone is read as a credit line (`bylines.credit_names`)."""
    from digest.bylines import LABELS_AFTER
    from digest.namemodel import never_a_name, stats

    s, out = r.s, []
    if ":" not in s and "：" not in s:
        return out
    geo = stats().geo
    for m in (*_COLON_CREDIT.finditer(s), *_PRIZE_LABEL.finditer(s)):
        a = m.start()
        if not (a == 0 or a in r.soft or not _is_han(s[a - 1]) or m.re is _PRIZE_LABEL):  # (评出一等奖：…)
            continue
        j = m.end()
        while j < len(s):
            kin = _kin_field(r, j) if m.group(1) in _KIN_LABELS else None  # (孝子：高峰　高山: a mourner, whatever
            name = kin or r.name_at(j, lambda e: e in r.soft or not _is_han(s[e:e + 1] or "。"), relaxed=True)  # word)
            name = name or _whole_field(r, j) or _field_word(r, j)
            if name is not None and s.startswith("·", j + len(name)):
                name = dotted_after_role(r, j)  # (出席：某尔肯·某尔逊: the whole dotted name, or none)
            if kin is None and (name is None or r.lex.roles.fullmatch(name)
                    or (len(name) >= 3 and r.lex.roles.fullmatch(name, 1) is not None)  # (联系人：刘科长: a surname, a post)
                    or ((_dictionary(name) or name in geo) and name not in r.known
                        and not (j == m.end() and _field_word_name(r, j, name)))  # (not 记者：某某 高邮: a dateline's place)
                    or never_a_name(name)):
                break
            e = j + len(name)
            if out and out[-1].pos + len(out[-1].name) == j and e in r.soft and any(s.startswith(w, e) for w in LABELS_AFTER):
                break  # 记者：某某 常熟 报道: the place of the dateline, then the credit's 报道
            out.append(Found(name, j, m.group(1), spreads=False, kept=True))
            j = e
            if j < len(s) and s[j] == "、":
                j += 1
            elif j not in r.soft or _COLON_CREDIT.match(s, j):
                break
    return out


def _field_word_name(r: Reader, j: int, name: str) -> bool:
    """Is `name`, a word of the dictionary or a place of the gazetteer at j right after a credit's label
    and colon, the whole field (the end of the text or of a sentence, or another label after it), a listed surname and one
    or two more characters, and a word the dictionary holds as no common word, verb or adverb (words.txt
    flags x, v, g: 校对：向阳 审核：…, 编辑：余波 审核：…, not 审核：通过)? A common word (flag x) only with a space
    and the next label after it (主持：温暖　导播：…). Credits print word-names so, with nothing else to end them."""
    s, e = r.s, j + len(name)
    flags = _words().get(name, "")
    if not (2 <= len(name) <= 3 and name[:1] in r.lex.surnames) or "v" in flags or "g" in flags:
        return False
    if _COLON_CREDIT.match(s, e) is not None and e in r.soft:
        return True  # (主持：温暖　导播：…: a common word too, a space and the next label after it)
    return "x" not in flags and (e >= len(s) or s[e] in "。\n" or _COLON_CREDIT.match(s, e) is not None)


# the label of a speaker's words or of a caption in a broadcast's script (【同期声】某某 县农业农村局局长：…,
# 字幕：某某　某镇某村党支部书记), the name right after it
_SPEAKER_LABEL = literal_re.compile(r"(?:[【\[](?:同期声|同期|现场同期|采访|原声|现场声)[】\]]|(?:字幕|同期声|同期)[:：])")


def _broadcast_speaker(r: Reader) -> list[Found]:
    """The speaker a broadcast's script names after its label (`_SPEAKER_LABEL`): the field of two to four Han
    characters from the label to a space, a colon or a mark, opening with a listed surname or a name of a
    minority's, no role in it (【同期声】村民某某： is read at the role). The script's layout says it is a name,
    whatever word it spells (【同期声】某建设 某镇种粮大户：). Kept; it spreads."""
    from digest.lexicon import one_minority_name

    s, out = r.s, []
    if "同期" not in s and "字幕" not in s and "采访" not in s and "原声" not in s:
        return out
    for m in _SPEAKER_LABEL.finditer(s):
        j = e = m.end()
        while e < len(s) and e - j < 5 and _is_han(s[e]) and (e == j or e not in r.soft):
            e += 1
        c = s[j:e]
        if (2 <= len(c) <= 4 and (e == len(s) or e in r.soft or s[e] in ":：,，")
                and (r.lex.opens_with_surname(c) or one_minority_name(c)) and r.lex.roles.search(c) is None
                and weak_anchors()[0].search(c) is None):
            out.append(Found(c, j, None, spreads=True, kept=True))
    return out


# the kin an obituary names its mourners by (`妻子：某某　长子：某某`, `孝子：某某　某某`): the field after one is a name
_KIN_LABELS = frozenset({"妻子", "丈夫", "长子", "次子", "三子", "儿子", "长女", "次女", "女儿", "长媳", "次媳", "儿媳", "女婿",
                         "孝子", "孝女", "孝媳", "孝婿", "孙子", "孙女", "外孙", "外孙女"})


def _kin_field(r: Reader, j: int) -> str | None:
    """After a kin label's colon, the field up to a space, a 、 or the end (`_named_field`), no unit: the mourner,
    whatever word the name spells (孝子：高峰　高山)."""
    c = _named_field(r, j, lambda e: e == len(r.s) or e in r.soft or r.s[e] == "、")
    return c if c is not None and c[-1] not in _UNIT_LAST else None


# the court's signatories at a judgment's foot (`审　判　长　某某　审　判　员　某　某　书　记　员　某某`), each then its name
_SIGNATORY = literal_re.compile(r"代理审判员|人民陪审员|审判长|审判员|陪审员|书记员|法官助理|执行员")
_SIGNATORIES_LEAST = 2  # signatories in a paragraph that make a judgment's signature block of it


def _signature_block(r: Reader) -> list[Found]:
    """The names of a judgment's signature block: each signatory's title at a boundary with a space after it, then
    the field up to the next space (a name of two padded to three's width, `高　峰`, read whole), two to four Han
    characters opening with a listed surname or a minority's name, no role: a name whatever word it spells (审判员
    高　峰, 人民陪审员 温暖), when two titles or more are printed so. Kept; none spreads."""
    from digest.lexicon import one_minority_name

    t, s = r.text, r.s
    if t is None or not t.soft:
        return []
    out: list[Found] = []
    for m in _SIGNATORY.finditer(s):
        a, j = m.start(), m.end()
        if not (a == 0 or a in t.soft or not _is_han(s[a - 1])) or j not in t.soft or j >= len(s):
            continue
        e = j + 1
        while e < len(s) and e - j < 4 and _is_han(s[e]) and e not in t.soft:
            e += 1
        if e - j == 1 and e in t.soft and e + 1 <= len(s) and _is_han(s[e:e + 1]) and (e + 1 == len(s) or e + 1 in t.soft):
            e += 1  # (高　峰: a name of two padded to three's width)
        c = s[j:e]
        if (2 <= len(c) <= 4 and all(_is_han(ch) for ch in c) and (e == len(s) or e in t.soft or not _is_han(s[e]))
                and (r.lex.opens_with_surname(c) or one_minority_name(c)) and r.lex.roles.search(c) is None):
            out.append(Found(c, j, m.group(), spreads=False, kept=True))
    return out if len(out) >= _SIGNATORIES_LEAST else []


def _field_word(r: Reader, j: int) -> str | None:
    """A credit's whole value of two or three Han characters from j to a space, when it is a word that
    `_field_word_name` reads as a name (主持：温暖　导播：…), which neither the name reader nor
    `_whole_field` reads."""
    c = _named_field(r, j, lambda e: e in r.soft)
    return c if c is not None and c[-1] not in _UNIT_LAST and _field_word_name(r, j, c) else None  # (not 统筹：宣传部)


def _whole_field(r: Reader, j: int) -> str | None:
    """A credit's whole value of two or three Han characters from j to a space or a mark, opening with a
    surname, that is no word and no unit (监制：某文化　统筹：…: a given name that is a word, 文化, which
    the name reader leaves where nothing but a boundary says it ends)."""
    s = r.s
    e = j
    while e < len(s) and e - j < 4 and _is_han(s[e]) and (e == j or e not in r.soft):
        e += 1
    c = s[j:e]
    if not (2 <= len(c) <= 3 and (e == len(s) or e in r.soft or not _is_han(s[e]))):
        return None
    if not r.lex.opens_with_surname(c) or _dictionary(c) or c[-1] in _UNIT_LAST or r.lex.roles.search(c):
        return None
    return c


_UNIT_LAST = frozenset("部局厅委办处室站所镇乡县区市省村组队社馆院校科股")


# a reporter credit's frame: 记者 or 通讯员, names of two or three characters joined by 、, then 摄 or
# 报道 (…电记者某甲、某乙报道：, 新华社记者某某摄)
_REPORTER_FRAME = re.compile(r"(记者|通讯员)(\p{Han}{2,3}(?:、\p{Han}{2,3})*)(?=摄|报道)")


# verbs only a person does, right after the name a role opens (站长某立军带领…, 常委会主任某建平主持…)
_ACTS = re.compile("主持|出席|讲话|致辞|发言|表示|指出|强调|介绍|通报|宣读|部署|陪同|看望|慰问|带队|带领"
                   "|率队|率团|调研|视察|考察|察看|主讲|讲授|宣讲|汇报|牵头|坦言|透露")
# what the last character of a name so read is not: a function character, an adverb, a plural, a
# place's closer (县长某温下|坚持, 任职后|主持)
_ACT_NOT_LAST = frozenset(FUNCTION_CHARS | set("很就才却便仍正已曾将要会能可应该不没们地亲均皆也都再时下后上前里内"))
# nor the first: a function character or a verb of going that follows a role (代表到某镇|调研, 副总理来该局|视察)
_ACT_NOT_FIRST = frozenset(FUNCTION_CHARS | CONJUNCTIONS | set("到来去赴回进前往作做"))


def _dictionary(w: str) -> bool:
    """Is w a word of the dictionary: jieba's as data/words.txt records it, or CC-CEDICT's?"""
    from digest.lexicon import dictionary_word, segmenting_word
    from digest.namemodel import stats

    return dictionary_word(w) or segmenting_word(w) or w in (stats().cedict or {})


_ADVERBS_BEFORE_ACT = frozenset({"分别", "共同", "一同", "先后", "一起", "亲自", "随即", "当即", "随后", "依次"})


def _between_role_and_act(r: Reader, found: list[Found]) -> list[Found]:
    """A name of two to four characters that fills the gap between a role and a verb only a person does
    (`_ACTS`: 站长某立军带领, 主任某建平主持, 教授诸葛某澜讲授): both edges are anchored, so the name
    need not pass `plausible` (its surname may be one the list lacks, its given name may open a word:
    成立|军). None overlaps a name read already but the same span (which it then keeps); each counts
    for the whole issue (read when names are confirmed too: 副市长某明远陪同 confirms 某明远 in a list
    elsewhere), and the scorer keeps them (`Found.kept`: it doubts 成立 as a given name's first half). The span is no word of the dictionary,
    nor two of them (亲自带队|表示), nor holds a role (主任委员|主持), nor runs on from the role
    (代表|团来访); it opens with no function character or verb of going (_ACT_NOT_FIRST: 局长向记者|介绍,
    书记在会上|强调, 代表到某镇|调研) and ends in no function character, adverb or 时 (_ACT_NOT_LAST:
    主任作了|讲话, 大使祝某容时|指出), nor in a place's or an organization's last character (县委书记某家村|主持:
    a village), and it is no listed place. Two characters need a listed surname; four a compound one;
    three no given name too common to be one (words.txt flag g: 师|生纷纷|表示), and with a surname the
    list lacks no word in the first two (市长紧接|着表示) and a first character jieba's names start with
    (铁, 过: `namemodel.stats().sur`; not 书记冒|严寒|看望, 走|基层)."""
    from digest.namemodel import stats

    s, out = r.s, []
    t = r.text
    if t is None:
        return out
    # (overlapping: 强调|研 hides no 调研 in 站长某小强调研)
    acts = {m.start() for m in t.matches(_ACTS, overlapped=True) if s[m.end():m.end() + 1] not in ("人", "者")}
    if not acts:
        return out
    # (an adverb of two between the name and the act is the act's: 副校长某正|分别致辞, 主任某某|共同主持)
    acts |= {a - 2 for a in acts if a >= 2 and s[a - 2:a] in _ADVERBS_BEFORE_ACT}
    # (the offsets the names found so far take, and their spans: the same span read by another rule is
    # kept now; built when a gap first needs them)
    spans: tuple[set[int], set[tuple[int, int]]] | None = None
    lex = r.lex
    for _a, i, _w, role in t.roles():
        for j in range(i + 2, i + 5):
            if j not in acts:
                continue
            c = s[i:j]
            n = len(c)
            if (not all(_is_han(ch) for ch in c) or "某" in c or c[0] in _ACT_NOT_FIRST or c[-1] in _ACT_NOT_LAST
                    or c[-1] in PLACE_ENDS or c[-1] in ORG_END or c in lex.places):
                break
            if spans is None:
                spans = ({k for f in found if 0 <= f.pos < len(s) for k in range(f.pos, f.pos + len(f.name))},
                         {(f.pos, f.pos + len(f.name)) for f in found})
            taken, read = spans
            if (((i, j) not in read and not taken.isdisjoint(range(i, j)))
                    or _dictionary(s[i - 2:i + 1]) or _dictionary(c) or lex.roles.search(c) is not None
                    or (n == 4 and _dictionary(c[:2]) and _dictionary(c[2:]))):
                break
            listed = c[0] in lex.surnames
            if n == 2 and not listed:
                break
            if n == 4 and c[:2] not in lex.compound:
                break
            if n == 3 and ("g" in word_flags().get(c[1:], "") or (not listed and (
                    _dictionary(c[:2]) or not stats().sur.get(c[0])))):
                break  # (an unlisted surname still one jieba's names start with: 铁, 过; not 冒|严寒, 走|基层)
            out.append(Found(c, i, role or None, kept=True))
            break
    return out


# what follows a name that is also a word, right after a role or a kind of person: a list's mark (局长白雪，…;
# not a sentence's end: 领导班子。), 同志, a verb only a person does (_ACTS), a verb of saying, or the
# person's home (养殖户白云家的, 退役军人某实家中)
_HOME = re.compile(r"家(?:中|里|的|门口)|一家")  # a person's home or family right after the name (某某家中, 某某一家)
_AFTER_WORD_NAME = re.compile(r"[,、]|同志|" + _HOME.pattern)
# the parts of speech (data/word_tags.tsv, first letter) of words that never name a person so: verbs,
# times, adverbs, numerals, pronouns, prepositions, conjunctions, particles, directions, adjectives
# (书记强调，, 毕业生夏天在, 主任亲自，, 干部严格要求)
_NOT_WORD_NAME_TAGS = frozenset("vtdmrpcufqya")
# the last character of words for people (顾客, 华人, 战友, 车主, 明星): a word ending so says what its
# bearer is, and names no one (市民|顾客表示)
_PEOPLE_WORD_LAST = frozenset("客人员者士友主师工户手星")


def _word_named(r: Reader, found: list[Found]) -> list[Found]:
    """A name of two characters that is also a word of the dictionary, one jieba's dictionary lists as a
    person's too (words.txt flag n: 白雪, 林海, 白云, 杨柳; not 班子, 游客, 家长), right after a role and
    before a list's mark (，、; not a sentence's end), 同志, a verb only a person does (`_ACTS`), a verb of
    saying or the person's home (`_AFTER_WORD_NAME`), or after a word for a kind of person
    (data/person_nouns.txt) and before any of these but the list's mark (患者|康复，, 老人|安康，):
    局长白雪，…; 政协委员白雪建议; 养殖户白云家的. The word opens with a listed surname, is no word for a
    kind of person itself (市民|顾客表示: data/person_nouns.txt or `_PEOPLE_WORD_LAST`), no verb, time word, adverb or other function word
    (`_NOT_WORD_NAME_TAGS`; words.txt flags v, g, p: 书记强调，, 主任高度), its second character one names use (given-name bucket 0
    or more: not 上将|时说，, 农民|种菜，), no role, place or country, and, after a kind of person,
    no word runs across its start (种植户|田野: `_dictionary` of the character before and its first; a
    role is read whole, 局长|白雪). Kept by the scorer, which doubts a
    word as a name; none spreads (白雪 elsewhere in the issue may be snow)."""
    from digest.namemodel import RARE_GIVEN, stats

    s, out = r.s, []
    t = r.text
    if t is None:
        return out
    wf = word_flags()

    def named(i: int) -> bool:  # (a word jieba's dictionary lists as a person's too starts at i: the rare case, tested first)
        return "n" in wf.get(s[i:i + 2], "")

    roles = {b: role for _a, b, _w, role in t.roles() if named(b)}
    nouns, says = weak_anchors()
    # (not after a surname and a word of address: 跟着侯师傅|种瓜, whose person is named already)
    ends = set(roles) | {y for x, y in t.person_nouns()
                         if named(y) and not (y - x == 2 and x > 0 and s[x - 1] in r.lex.surnames
                                              and not _dictionary(s[x - 2:x]))}
    if not ends:
        return out
    taken = {k for f in found if 0 <= f.pos < len(s) for k in range(f.pos, f.pos + len(f.name))}
    lex, st = r.lex, stats()
    for i in sorted(ends):
        c = s[i:i + 2]
        flags = wf.get(c, "")
        if (len(c) < 2 or i in taken or i + 1 in taken or c[0] not in lex.surnames or not all(_is_han(ch) for ch in c)
                or "n" not in flags or set(flags) & set("vgp") or nouns.fullmatch(c) or c[1] in _PEOPLE_WORD_LAST
                or st.tags.get(c, "-")[:1] in _NOT_WORD_NAME_TAGS or c in lex.places or c in countries()
                or st.giv.get(c[1], RARE_GIVEN) < 0
                or lex.roles.search(c) is not None or (i not in roles and _dictionary(s[i - 1:i + 1]))):
            continue
        j = i + 2
        # after a role, a list's mark too (局长林海，…); after a kind of person, a verb or the home alone
        # (患者|康复，, 老人|安康，: a word after a word for people is as often what they are or need)
        if not ((i in roles and _AFTER_WORD_NAME.match(s, j)) or _HOME.match(s, j) or _ACTS.match(s, j)
                or says.match(s, j)):
            continue
        out.append(Found(c, i, roles.get(i) or None, spreads=False, kept=True))
    return out


_HOME_END = re.compile(r"家(?=[,、;。!?)\x00\n]|$)|" + _HOME.pattern)  # 某某家， 某某家中 某某一家


# (a word read on past the name's end: `…建设者`, `…建设中`, `…前进|行`, `…长江边`, `…国庆节`, `…解放军`; no end is none)
_WORD_GOES_ON = frozenset("者中成好了的性化行边畔流沿桥节假期军思路区发")


def _word_given_after_noun(r: Reader) -> list[Found]:
    """A surname and a given name that is a word of its times (`nametext.WORD_GIVEN_NAMES`: 建设, 前进, 长江) right after
    a word for a kind of person, a role (`执法队员某向前和同事…`) or an age and 的 (`大儿子某建设端起酒杯`,
    `76岁的某长江坚持…`), the word not read on (`…建设者`): the scorer doubts the word; the anchor and the era's
    naming say it is a name. Kept; none spreads."""
    from digest.nametext import WORD_GIVEN_NAMES

    t, s, out = r.text, r.s, []
    if t is None or not any(w in s for w in WORD_GIVEN_NAMES):
        return out
    for a, e in [*t.person_nouns(), *((a, b) for a, b, _w, _r in t.roles())]:
        c = s[e:e + 3]
        if a > 0 and _is_han(s[a - 1]) and _dictionary(s[a - 1:a + 1]):
            continue  # (生命防|护工|程建设: the word for a person is the tail of a word, 防护, and the head of another)
        if (len(c) == 3 and c[0] in r.lex.surnames and c[1:] in WORD_GIVEN_NAMES
                and s[e + 3:e + 4] not in _WORD_GOES_ON):
            out.append(Found(c, e, None, spreads=False, kept=True))
    return out


def _relative_home(r: Reader) -> list[Found]:
    """A name of three (or a compound surname's four) between 的 and the bearer's home or household:
    `照料婆婆二十年的某秀英家，`, `82岁的某春花家的水管`, `三代人扎根讲台的某卫东一家` (a relative clause
    says who; the home says it is a person). A name of two is none (的国家, 的王家 are no one's). Kept by
    the scorer; none spreads."""
    s, out = r.s, []
    nouns = weak_anchors()[0]
    k = s.find("的")
    while k >= 0:
        i = k + 1
        name = r.name_at(i, ok=lambda e: _HOME_END.match(s, e) is not None)
        # (a place before 老家: 的江西|老家; a word for a kind of person, 的种植户家, 的马老板家中)
        if (name is not None and len(name) >= 3 and not _dictionary(name) and name[-1] != "老"
                and nouns.fullmatch(name) is None and nouns.fullmatch(name[1:]) is None
                and r.lex.roles.fullmatch(name[1:]) is None and not surname_and_address(name)):
            out.append(Found(name, i, None, spreads=False, kept=True))
        k = s.find("的", i)
    return out


# the words that introduce a person by name (有一位叫某明远的老师, 他叫某大山，, 诗人某歌（原名某建国）): 叫 alone is
# left out (叫好, 叫卖, 叫醒), and so is 名为 (a thing's name)
_NAMED_AS = re.compile(r"(?:名叫|叫做|原名|本名|他叫|她叫|我叫|俺叫|咱叫|位叫|名字叫|大名|学名"  # (not 个叫: 一个叫某某的村子)
                       r"|(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|父亲|母亲|爸爸|妈妈|丈夫|妻子|老伴|儿子|女儿|哥哥|姐姐|弟弟|妹妹|大哥"
                       r"|二哥|大姐|二姐|孙子|孙女|大伯|叔叔|舅舅|姑姑)叫)")  # (kin and their names: `我的爷爷叫某长林`)
# a name given to a person, whatever word it spells (`给起名叫向阳`, `老师给我改名叫高峰`): a word is read as the name
_GIVEN_AS = re.compile(r"(?:给|为|替)(?:我|他|她|你|孩子|儿子|女儿|孙子|孙女|外孙|外孙女|娃|宝宝|小家伙)?(?:起名|取名|改名|起了个名)"
                       r"(?:叫|为|字叫)?")  # (who names the child: no firm, village or brand renamed, `企业改名为…`)
# what closes a name so introduced: a mark, 的, 是 or 今年 (…叫某某的老师, 他叫某某，, 原名某某）, 我叫某某是…)
_NAMED_AS_END = re.compile(r"[，,。；;！!？?）)、“”\s]|的|是|今年|$")
_NAMED_THINGS = ("地方", "村子", "小镇", "小村", "学校", "公司", "企业", "品牌", "项目", "小狗", "狗", "猫", "牛", "马")  # (名叫某某的地方)


# the words a person's other names follow, after a mark (`某某（1568—1632），字某某，号某某，`, `乳名“某某”`)
_COURTESY = re.compile(r"(?<=[，,（(；;])(?:(?P<one>字|号)“?(?P<c>\p{Han}{2})”?"
                       r"|(?:别号|表字|自号|晚号|乳名|小名)“?(?P<n>\p{Han}{2,3})”?)(?=[，,。；;）)、])")


def _courtesy_name(r: Reader) -> list[Found]:
    """A person's courtesy name, art name or childhood name after the word that says so, right after a mark
    (`某某（1568—1632），字璞庵，号青峰，`, `某某，字衡甫，`, `烈士某某，乳名“满仓”，`): two or three characters closed by a
    mark, after 字 or 号 two. No surname opens them and the scorer doubts them; the words say they are a name. Not a
    word too common to be one or a verb, nor after a 字 or 号 that opens a word with it (`，字迹模糊，`). Kept; none
    spreads."""
    s, out = r.s, []
    if "字" not in s and "号" not in s and "名" not in s:
        return out
    for m in _COURTESY.finditer(s):
        key = "c" if m.group("c") else "n"
        c = m.group(key)
        if m.group("one") and (m.group("one") + c[0]) in word_flags():
            continue  # (`，字迹模糊，`, `，号码…`: the word's first character with the next, no name after it)
        if not _dictionary_common(c):
            out.append(Found(c, m.start(key), None, spreads=False, kept=True))
    return out


def _dictionary_common(c: str) -> bool:
    """Is `c` a word too common to be a name, or a verb (dictionary flags g, v)?"""
    flags = _words().get(c, "")
    return "g" in flags or "v" in flags


def _named_as(r: Reader) -> list[Found]:
    """A name introduced as one (`有一位叫某明远的老师`, `他叫某大山，今年58岁`, `诗人某歌（原名某建国）`, `大名某福来`): two
    or three characters (a compound surname's four) after `_NAMED_AS`, a name's shape with a listed surname, no word of
    the dictionary (but after a name given, `起名叫向阳`, `改名叫高峰`: `_GIVEN_AS`), closed by `_NAMED_AS_END`. The
    words say it is a name, whatever word its given name also spells (明远, 大山, 建国: words the scorer doubts). Kept;
    none spreads."""
    s, out = r.s, []
    named = list(_GIVEN_AS.finditer(s)) if "名" in s else []
    given = {m.end() for m in named}
    for m in [*(r.text.matches(_NAMED_AS) if r.text is not None else _NAMED_AS.finditer(s)), *named]:
        i = m.end()
        for n in (4, 3, 2) if s[i:i + 2] in r.lex.compound else (3, 2):
            c = s[i:i + n]
            if (len(c) == n and _NAMED_AS_END.match(s, i + n) and name_shaped(c) and r.lex.opens_with_surname(c)
                    and (i in given or not _dictionary(c)) and c not in r.lex.not_names
                    and not (s.startswith("的", i + n) and (s[i + n + 1:i + n + 2] in PLACE_ENDS
                                                            or s.startswith(_NAMED_THINGS, i + n + 1)))):
                out.append(Found(c, i, None, spreads=False, kept=True))
                break
    return out


# a child's pet name of one character said twice (豆豆, 妞妞, 糖糖): not a word for kin or a title (妈妈, 宝宝, 太太)
_PET_NOT = frozenset("妈爸奶爷姐哥弟妹叔伯婶姑姨舅姥公婆太宝娃人个家天年月日时事样步层代声句片条点常刚渐往慢偏悄默纷仅紧深轻静好快早久满牢稳处哈呵嘻统明平")
_CALLED = re.compile(r"(?:名叫|叫做|小名叫?|乳名叫?|昵称|叫)[“「]?$")  # what introduces a name right before it (叫妞妞的, 小名“豆豆”)
_TWICE = re.compile(r"(\p{Han})\1")
_CHILD_WORDS = ("女儿", "儿子", "孙子", "孙女", "外孙", "外孙女", "小姑娘", "小女孩", "小男孩", "女孩", "男孩", "小孙子",
                "小孙女", "双胞胎", "宝宝", "孩子")  # a child named right after the word
_PET_END = re.compile(r"[”」]?(?:[，,。；;！!？?）)、和与跟的是也都就还在今从正]|$)")  # what a pet name is followed by


def _pet_names(r: Reader) -> list[Found]:
    """A child's pet name of one character said twice (`叫妞妞的`, `小名豆豆`, `女儿妮妮，`): after a word that names it
    (叫, 小名: `_CALLED`) or a word for a child (`_CHILD_WORDS`: 女儿, 小姑娘); its character no word for kin, a count
    or an adverb (`_PET_NOT`: 妈妈, 人人, 常常), the pair no common word, verb or adverb (flags g, v), then a mark, a
    conjunction or a verb a subject takes (`_PET_END`). Not at a clause's start alone: documents say many words
    twice there (谢谢, 源源, 长长). Kept; none spreads."""
    s, out = r.s, []
    flags = word_flags()
    for m in _TWICE.finditer(s):  # (one scan at C speed: a character said twice, seldom there)
        i, ch = m.start(), m.group(1)
        if ch in _PET_NOT or s[i - 1:i] == ch or s[i + 2:i + 3] == ch:
            continue
        f = flags.get(s[i:i + 2], "")
        if "g" in f or "v" in f or _PET_END.match(s, i + 2) is None:
            continue
        if _CALLED.search(s, max(0, i - 4), i) is not None or any(s.startswith(w, i - len(w)) for w in _CHILD_WORDS):
            out.append(Found(s[i:i + 2], i, None, spreads=False, kept=True))
    return out


# a part in a play or a film and who plays it: the verb of playing a part (`某某饰演某某的…`, `扮演“某某”的`,
# `分饰某某和某某`), a character's own name before 由 and its player (`某某一角由某某饰演`), and a player named at a
# clause's start right before the verb (`影片中，某某饰演…`: given names that are words, 温暖, 丛林, are no words there)
_PLAYS = literal_re.compile(r"饰演|扮演|分饰")
_PLAYED_BY = literal_re.compile(r"(?:一角|这一角色|这个角色|一角色)?[则也]?由")
_PART_END = literal_re.compile(r"[”」』]?(?:的|[，。；、,;]|和|与|一角|$)")
_PART_LISTED = frozenset("、和与")  # what joins the parts a player plays (分饰某某和某某)
_NO_PART = frozenset("一二两三四五六七八九十几每各这那其该本此他她我你们中里上内后前时")
_PART_MOST = 4  # a character's or a player's name: two to four characters
_KIND_LAST = frozenset("色者员人家师手长官兵")  # the last characters of a word for a kind of part (主角色, 护林员, 老人)


def _stage_name(c: str, lex: _Lexicon, anchored: bool) -> bool:
    """May c, at a part's place, be a character's or a player's name: two to four Han characters, none a
    numeral, a pronoun, a function character or a place word (`_NO_PART`), no role (法官) or word for a kind of
    person (学生), no common word, adverb or verb (分别, 首次: flags g, v, p); a word the dictionary lists
    (女主角, 主角) only where jieba also lists it as a person's name (flag n: 李白, 穆桂英) or `anchored` (a
    clause's start right before the verb of playing, or 一角 after it, say it is a name: 温暖, 丛林, 法海)."""
    if not 2 <= len(c) <= _PART_MOST or not all(_is_han(ch) for ch in c) or any(
            ch in _NO_PART or (ch in FUNCTION_CHARS and (k > 0 or ch not in lex.surnames)) for k, ch in enumerate(c)):
        return False  # (a surname that is a function character opens a name: 向晚, 于海)
    if lex.roles.fullmatch(c) is not None or weak_anchors()[0].fullmatch(c) is not None:
        return False
    if "角" in c or c[-1] in _KIND_LAST:
        return False  # (饰演女主角, 扮演重要角色, 扮演一名护林员: a kind of part, no name)
    flags = word_flags().get(c, "")
    if any(f in flags for f in "gvp"):
        return False
    return anchored or "n" in flags or not _dictionary(c)


def _stage_roles(r: Reader) -> list[Found]:
    """The names of a part and of its player around a verb of playing (`_PLAYS`): the parts right after it
    (`饰演某某的`, `分饰某某和某某`, quoted or not), a part right before `一角由` / `由` and the verb (`，某某由某某扮演`),
    and a player at a clause's start (the text's start or a mark) right before it (`影片中，某某饰演…`); each
    a `_stage_name`. Kept; none spreads."""
    s, out = r.s, []
    if "饰" not in s and "扮演" not in s:
        return out
    lex = r.lex
    for m in _PLAYS.finditer(s):
        i = m.end()
        while i < len(s) and s[i] in "“「『":  # the parts played (饰演“某某”的, 分饰某某和某某)
            i += 1
        while True:
            end = next((e for e in range(i + 2, min(len(s), i + _PART_MOST + 2) + 1)
                        if _PART_END.match(s, e) is not None), None)
            kind = (weak_anchors()[0].match(s, i, end) or lex.roles.match(s, i, end)) if end is not None else None
            at = kind.end() if kind is not None and end - kind.end() >= 2 else i  # (饰演女警某某的: the kind, then the name)
            if end is None or end - at > _PART_MOST or not _stage_name(s[at:end], lex, s.startswith("一角", end) or at > i):
                break
            out.append(Found(s[at:end], at, None, spreads=False, kept=True))
            k = end + 1 if s[end:end + 1] in "”」』" else end
            if s[k:k + 1] not in _PART_LISTED:
                break
            i = k + 1
        v = m.start()  # the player right before the verb, at a clause's start
        k = next((x for x in range(v - 1, max(-1, v - _PART_MOST - 2), -1) if not _is_han(s[x])), -1)
        if k < 0 and v > _PART_MOST:
            k = None  # (no mark within a name's length: a longer clause)
        if k is not None and s[k + 1:v] and (k < 0 or s[k] in "，。；：！？、,;:!?“”（）()\x00 "):
            c = s[k + 1:v]
            if _stage_name(c, lex, True) and (len(c) <= 3 or lex.opens_with_surname(c)):
                out.append(Found(c, k + 1, None, spreads=False, kept=True))
        elif r.text is not None:  # or right after a role or a word for a kind of person (小生演员某某建设饰演)
            ends, kinds = r.text.anchor_ends(), {y for _x, y in r.text.person_nouns()}
            a = next((x for x in range(v - 2, max(-1, v - _PART_MOST - 1), -1) if x in ends or x in kinds), None)
            if a is not None and lex.opens_with_surname(s[a:v]) and _stage_name(s[a:v], lex, True):
                out.append(Found(s[a:v], a, ends.get(a), spreads=False, kept=True))
        by = s.rfind("由", max(0, v - 14), v)  # the part before 由 and its player (，某某一角由某某饰演)
        if by > 0:
            lo = next((x for x in range(by - 1, max(-1, by - _PART_MOST - 4), -1) if not _is_han(s[x])), -1) + 1
            for e in range(lo + 2, min(by, lo + _PART_MOST) + 1) if lo > 0 or by <= _PART_MOST + 3 else ():
                pm = _PLAYED_BY.match(s, e)
                if pm is not None and pm.end() == by + 1:
                    if _stage_name(s[lo:e], lex, s.startswith("一角", e)):
                        out.append(Found(s[lo:e], lo, None, spreads=False, kept=True))
                    break
    return out


# a competitor's score or time right after the name, then the result (`某小琴6米32夺冠`, `某一帆12投7中`, `某一鸣7.5分获得亚军`,
# `某某122.80分夺冠`): a figure, its unit, and what the figure won or placed (or the list's next mark)
_SCORE_AFTER = literal_re.compile(r"\d{1,4}(?:\.\d{1,3})?(?:米\d{0,2}|分|秒\d{0,2}|投\d{1,3}中|胜\d{1,2}[负和平]|环|公斤|杆|局)"
                          r"(?=\s*(?:夺冠|夺得|获得|获|摘得|位列|名列|排名|排第|拿下|积|居|列|第[一二三四五六七八九十\d]|[，、；。,;]))")
_BEFORE_A_NAME = frozenset("，、；：。（(,;:\x00")  # what a competitor's name in a results line opens after


def _before_a_score(r: Reader) -> list[Found]:
    """A competitor named right before a score or a time and what it won (`跳远决赛中，某小琴6米32夺冠，某欣然6米18获得
    亚军`, `高中组某雨桐9.62分夺得第一`): a plausible name of three or two with a listed surname, right after a mark or
    the start (three first), or after a group's or an event's word (组, 赛, 中). Kept; none spreads."""
    s, out = r.s, []
    for m in _SCORE_AFTER.finditer(s):  # (the stdlib's scan: a text without a figure is read at C speed)
        e = m.start()
        if e > 2 and s[e - 1] in "以用":
            e -= 1  # (某某以58秒98夺冠: the name ends before 以)
        if e < 2 or not _is_han(s[e - 1]):
            continue
        for n in (3, 2):
            i = e - n
            c = s[i:e]
            if i < 0 or not all(_is_han(ch) for ch in c) or c[-1] in FUNCTION_CHARS or _dictionary(c[:2]):
                continue  # (路面|宽6米, 终场|前3秒: a word, no name)
            before = s[i - 1] if i > 0 else "\x00"
            if (before in _BEFORE_A_NAME or before in "组赛中") and r.plausible(c):
                out.append(Found(c, i, None, spreads=False, kept=True))
                break
    return out


def _reporter_frame(r: Reader) -> list[Found]:
    """The names of a reporter credit's frame (记者某甲、某乙报道, 记者某某摄): the frame is the anchor,
    so a name needs no listed surname there (果, a real surname, is not on the list: the role rules
    read 记者郜某某 but not 记者果某某). Not a dictionary word other than a person's (记者现场报道,
    记者跟踪报道) nor one holding a function character. Kept by the scorer; none spreads. Where
    another rule read the same name at the same place, `annotate` keeps one."""
    s, out = r.s, []
    if "报道" not in s and "摄" not in s:
        return out
    flags = word_flags()
    for m in _REPORTER_FRAME.finditer(s):
        j = m.start(2)
        for part in m.group(2).split("、"):
            fl = flags.get(part, "")
            if (not fl or "n" in fl) and FUNCTION_CHARS.isdisjoint(part):
                out.append(Found(part, j, m.group(1), spreads=False, kept=True))
            j += len(part) + 1
    return out


def _honoured(r: Reader) -> list[Found]:
    """A name right after a place and right before an honour (洛阳市黄咏梅获评…, 某县某某荣获…); none
    spreads."""
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


# appointments and elections: 任命X为…, 免去X的…职务, 选举X、Y为… (任免名单, 人事任免 news)
_APPOINT = literal_re.compile("任命|免去|免除|提名|聘任|聘请|续聘|解聘|选举|补选|增补|推选|当选为|批准|同意|决定任命|拟任|决定|接受"
                              "|宣布")  # (会议宣布某雪峰任某校党委书记: the appointment announced)


_ITEM_SEP = re.compile(r"[;,]")  # the marks between the items of an appointment list (width-folded ；，)


def _next_item(s: str, i: int, end: int) -> int:
    """The offset of the next ； or ， from i before end, or -1."""
    m = _ITEM_SEP.search(s, i, end)
    return m.start() if m else -1


def _appointed(r: Reader) -> list[Found]:
    """Names right after an appointment verb (任命/免去/提名/聘任/选举/决定 …), alone or in a 、 list, before
    为 (任命郦振江为…), 的 (免去舒振海的…职务), 同志, 辞去 (同意某某辞去…职务; after 接受, only that), or 任 and a post
    (决定某某任县财政局局长), and, a ； or ，
    apart, the names of the items after it up to the sentence's end (任免名单: `决定任命：某甲为…局长；某乙为…局长。`,
    the verb's colon read past; a dotted name too); none spreads. The scorer keeps them (`Found.kept`): pd98
    prints no appointment, and it read 免去某安康的 (安康 a city) at 0.06."""
    s, out = r.s, []

    def serves(k: int) -> bool:  # 决定某某任县财政局局长: 任 and a post
        return s.startswith("任", k) and r.lex.roles.search(s, k + 1, k + 16) is not None

    def ok(k: int) -> bool:  # (同意某某辞去…职务: a resignation accepted)
        return s.startswith(("为", "的", "同志", "、", "辞去"), k) or serves(k)

    def _dotted_appointee(i: int) -> str | None:  # 某力木·某则孜为…: the dotted name up to its 为 or 的
        if "·" not in s[i:i + 12]:
            return None
        name = dotted_at(s, i, ok)
        if name is None:
            return None
        dot = i + name.index("·")
        cut = min((k for k in (s.find("为", dot, i + len(name)), s.find("的", dot, i + len(name))) if k > dot + 1),
                  default=i + len(name))
        return s[i:cut]

    def item_of_three(i: int) -> str | None:  # 任命：某德成|为…；: in a list's item 为 is the appointment's
        c = s[i:i + 3]
        return c if (s.startswith("为", i + 3) and len(c) == 3 and c not in r.known and c[:1] in r.lex.surnames
                     and r.plausible(c)) else None

    def he_named(i: int) -> str | None:  # 任命和某某为…: right after the verb, 和 opens a name (no conjunction there)
        c = s[i:i + 3]
        return c if (c[:1] == "和" and len(c) == 3 and s.startswith(("为", "的"), i + 3) and r.plausible(c)) else None

    def read(i: int, listed: bool = False) -> tuple[list[Found], int]:  # a name, or a 、 list of them, from i
        names: list[Found] = []
        while True:
            name = ((listed and item_of_three(i)) or r.name_at(i, ok) or r.japanese_at(i) or _dotted_appointee(i)
                    or he_named(i))
            if name is None:
                break
            names.append(Found(name, i, spreads=False, kept=True))
            i += len(name)
            if not s.startswith("、", i):
                break
            i += 1
        return names, i

    seps: set[int] = set()  # the item marks read already: each is read once (linear)
    for m in _APPOINT.finditer(s):
        i = m.end()
        list_form = s.startswith(":", i)  # 决定任命：某某为…；某某为…。 (a 任免名单; the text is read width-folded: ：；)
        names, i = read(i + 1 if list_form else i, list_form)
        if not names or not (s.startswith(("为", "的", "同志", "辞去"), i) or serves(i)):
            continue
        if m.group() == "接受" and not s.startswith("辞去", i):
            continue  # (接受某某辞去…职务: a resignation accepted; 接受某地的邀请 names no one)
        out.extend(names)
        # the items after it, a ； or ， apart, each a name before 为 or 的 (…局长；某某为县财政局局长；…)
        end = s.find("。", i)
        end = len(s) if end < 0 else end
        k = _next_item(s, i, end)
        while k >= 0 and k not in seps:
            seps.add(k)
            more, j = read(k + 1, list_form)
            if not more or not s.startswith(("为", "的"), j):
                break
            out.extend(more)
            k = _next_item(s, j, end)
    return out


class RunAnchors:
    """Whether a run of name syllables read by a list (`_tibetan`, `_mongolian`) stands where a name
    does: an anchor before it (the start, punctuation, a function word, a role, an occupation, a word
    for a kind of person) and after it (punctuation, a follow word, a role, a common verb, a verb of
    saying); the role printed right before it. The roles and occupations are read once, when first needed."""

    def __init__(self, r: Reader) -> None:
        from digest.lexicon import weak_anchors

        self.r = r
        self.nouns, self.speech = weak_anchors()
        self._ends: dict[int, str | None] | None = None

    def ends(self) -> dict[int, str | None]:
        """The offsets where a role or an occupation ends, with the role printed (`Text.anchor_ends`)."""
        if self._ends is None:
            t = self.r.text
            self._ends = t.anchor_ends() if t else {}
        return self._ends

    def before(self, i: int) -> bool:
        s = self.r.s
        return (i == 0 or not _is_han(s[i - 1]) or s[i - 1] in FUNCTION_CHARS or i in self.ends()
                or self.kind_start(i) is not None)

    def kind_start(self, i: int) -> int | None:
        """The start of the word for a kind of person (data/person_nouns.txt) ending at i, if one does."""
        s = self.r.s
        return next((k for k in range(max(0, i - 5), i - 1) if self.nouns.fullmatch(s, k, i)), None)

    def after(self, j: int) -> bool:
        r = self.r
        if r.s.startswith("家", j) and (_HOME.match(r.s, j) or r.follows(j + 1) or r.follows_weakly(j + 1)):
            return True  # the bearer's home or household (牧民某音家承包草场, 某某家中)
        return (r.follows(j) or r.follows_weakly(j) or r.lex.roles.match(r.s, j) is not None
                or self.speech.match(r.s, j) is not None)

    def role(self, i: int) -> str | None:
        return self.ends().get(i)

    def role_or_kind(self, i: int) -> str | None:
        """The role printed right before i, else the word for a kind of person there (村民, 兽医), as printed."""
        role = self.role(i)
        if role is not None:
            return role
        k = self.kind_start(i)
        return kind_printed(self.r.s, k, i) if k is not None else None


# what follows a place of Inner Mongolia named with the words of names (某某嘎查, 某某苏木, 某某旗)
_MONGOLIAN_PLACE_AFTER = ("嘎查", "苏木", "旗", "镇", "乡", "村", "街道", "盟")


def _mongolian(r: Reader) -> list[Found]:
    """A Mongolian name: one to three elements of data/names_mongolian.txt in a row (巴特尔,
    苏和巴特尔) between the anchors of `RunAnchors`; a run of two elements or more needs only one of
    them. Never a part of a dotted name, nor a place (before 嘎查, 苏木, 旗 …, or between 从 and 出发)."""
    from digest.lexicon import mongolian_chars, mongolian_elements, mongolian_names

    s, out = r.s, []
    single, steppe = mongolian_elements(), mongolian_chars()
    anchors = RunAnchors(r)
    for m in (r.text.matches(mongolian_names()) if r.text is not None else mongolian_names().finditer(s)):
        i, j = m.span()
        if s[i - 1:i] == "·" or s[j:j + 1] == "·":
            continue  # a part of a dotted name (巴特尔·乌力吉): the dotted name is read whole elsewhere
        if (s.startswith(_MONGOLIAN_PLACE_AFTER, j) or (s[i - 1:i] in "在从到至" and s.startswith("出发", j))
                or any(j < (k := s.find(w, j, j + 4)) and all(c in steppe for c in s[j:k]) for w in STEPPE_PLACES)):
            continue  # a place named so (在巴音某某嘎查, 某某苏木, 从巴音某某出发; 乌兰呼和|塔拉苏木: its name goes on)
        before, after = anchors.before(i), anchors.after(j)
        if ((before and after) or ((before or after) and m.group() not in single)
                or (j - i >= 3 and i in anchors.ends() and s[j:j + 1] not in mongolian_chars())):
            out.append(Found(m.group(), i, anchors.role(i)))  # (one element of three or more right after a role
            # or an occupation, whatever follows but more of a Mongolian name: 站长某鲁门挂任…, 宣讲队员某木斯来用…;
            # not 审核：苏雅拉|图)
    return out


_AMDO_LAST = frozenset("加措吉太草杰本")  # the last characters of Amdo Tibetan names of three (才让加, 拉毛措, 卓玛吉)


def _tibetan(r: Reader) -> list[Found]:
    """A Tibetan name: two syllables of data/names_tibetan.txt in a row (扎西顿珠, 次仁央宗) with an
    anchor of `RunAnchors` before or after it (返乡青年央金卓玛正在…); with the role printed right
    before it, if any (村党支部书记次仁央宗)."""
    from digest.lexicon import tibetan_names, tibetan_syllable

    s, out = r.s, []
    anchors = RunAnchors(r)
    two = set()
    for m in (r.text.matches(tibetan_names()) if r.text is not None else tibetan_names().finditer(s)):
        i, j = m.span()
        two.add(i)
        if anchors.before(i) or anchors.after(j):
            out.append(Found(m.group(), i, anchors.role(i)))
    # one syllable, a name on its own (藏族代表洛桑是…, 村支书卓嘎也…): right after a role and before a
    # follow word, an adverb or a verb of saying, never a place (在洛桑), nor the start of a longer run
    # of name characters the role's own reading takes (书记白玛丽说)
    syllable = tibetan_syllable()
    if not (r.text.has(syllable) if r.text is not None else syllable.search(s) is not None):
        return out  # (no syllable: the roles' ends are not read for this)
    # a syllable and one of the characters Amdo names close with (才让加, 拉毛措, 卓玛吉, 万玛太: Qinghai and Gansu),
    # anchored on both sides, where no two syllables are read
    for m in r.text.matches(syllable) if r.text is not None else syllable.finditer(s):
        i, j = m.span()
        if (i not in two and s[j:j + 1] in _AMDO_LAST and s[i - 1:i] != "·" and s[j + 1:j + 2] != "·"
                and anchors.before(i) and anchors.after(j + 1) and not _dictionary(s[j:j + 2])):
            two.add(i)
            out.append(Found(s[i:j + 1], i, anchors.role(i), kept=True))  # (anchored both sides: the scorer has seen few)
    for i, role in anchors.ends().items():
        if role is None or i in two or s[i - 1:i] == "·":
            continue
        m = syllable.match(s, i)
        if m is None or s[m.end():m.end() + 1] == "·" or m.group() in _TIBETAN_NOT_ALONE:
            continue
        j = m.end()
        if anchors.after(j) or (s[j:j + 1] in _ADVERB_AFTER_ONE and _is_han(s[j + 1:j + 2])):
            out.append(Found(m.group(), i, role))
    return out


# compound surnames that open common words or name places and titles too (东方红, 西门子, 司空见惯,
# 百里挑一, 濮阳市, 单于, 第五届, 轩辕黄帝, 东郭先生, 南门外): `_compound_surnamed` reads none of them
# the marks after which a compound surname that opens words (东方, 西门) and two more characters, right after
# a role or a word for a kind of person, are a name (村民东方某某、赫连某某、); never 第五 (第五批、)
_MARK_CLOSES_LIST = frozenset("、，,。；;")
_COMPOUND_ALSO_WORDS = frozenset({"东方", "西门", "司空", "百里", "濮阳", "单于", "第五", "轩辕", "东郭", "南门", "东门",
                                  "微生", "长孙", "漆雕", "公羊", "南宫"})  # (微生物, 长孙女, 漆雕技艺, 公羊传, 南宫市)
# the last characters of places, bodies, families, firms and books, that end no given name read here
# (皇甫村|位于, 诸葛亮传, 欧阳家|的)
_NOT_GIVEN_CHARS = frozenset("村镇乡县市区山河湖路街巷岭坡沟湾屯庄寨堡传家族队委局厅部处馆园校院店厂场")


def _compound_surnamed(r: Reader, found: list[Found]) -> list[Found]:
    """A name of a compound surname (data/surnames.txt: 上官, 欧阳, 诸葛 …) and a given name of two that
    is no frequent verb or adverb and no time (明远, 月华, 清和; not 一直, 回忆, 昨天: 司马昨天接受…),
    none of whose characters ends a place, a body or a book (`_NOT_GIVEN_CHARS`: 皇甫村位于, 诸葛亮传) and
    whose last is no adverb (诸葛明才|说): before a verb of saying, a role, a rank, a follow word of two or
    、和与及 (上官明远说, 端木清和教授), or after a role, a word for a kind of person or 、和与及 and before a
    mark or a word that may follow a name (、诸葛月华。, 退役军人司徒卫国牵头); a given name that is a common
    word (卫国, 电器, 家族: flag x) only so after a role or a kind of person. At no offset a name `found` already
    reads. A name of three is left to the other rules (欧阳修说), and so are the compound surnames that open
    common words or name places (`_COMPOUND_ALSO_WORDS`). Kept whatever the scorer says: it has seen few."""
    from digest.namemodel import no_person

    s, out = r.s, []
    at = {f.pos for f in found}
    anchors: RunAnchors | None = None
    for m in (r.text.matches(_compound_re()) if r.text is not None else _compound_re().finditer(s)):
        i = m.start()
        if i in at or s[i - 1:i] == "·":
            continue
        anchors = anchors or RunAnchors(r)
        if not anchors.before(i):
            continue
        if m.group() in _COMPOUND_ALSO_WORDS:  # (村民东方某某、: a role or a kind of person, then a mark, and no word)
            if (m.group() != "第五" and (i in anchors.ends() or anchors.kind_start(i) is not None)
                    and s[i + 4:i + 5] in _MARK_CLOSES_LIST and not _dictionary(s[i:i + 4]) and not _dictionary(s[i + 2:i + 4])
                    and _compound_read(r, anchors, i) and not no_person(s, i, i + 4)):
                out.append(Found(s[i:i + 4], i, _role_about(r, anchors, i, i + 4), spreads=False, kept=True))
            continue
        if _compound_read(r, anchors, i) and not no_person(s, i, i + 4):  # (司徒老)
            out.append(Found(s[i:i + 4], i, _role_about(r, anchors, i, i + 4), spreads=False, kept=True))
        elif _set_apart(r, i, i + 3) and not no_person(s, i, i + 3):  # (图片由 端木某 提供)
            out.append(Found(s[i:i + 3], i, _role_about(r, anchors, i, i + 3), spreads=False, kept=True))
    return out


# a text about Hong Kong or Macao, where married women's names of four are printed (`_double_surnamed`);
# elsewhere a role and four such characters were as often a name of three and a word (measured on the
# blind news halves never read: 2 right and 2 wrong without this test, the 2 right ones in such texts)
_HK_MACAO = re.compile("香港|澳门|特区|港澳|港府|行政长官|特首|立法会|行政会议|政务司|律政司|财政司")


def _double_surnamed(r: Reader) -> list[Found]:
    """A married woman's name as Hong Kong and Macao print it right after a role, in a text about them
    (`_HK_MACAO`): her husband's surname, her own and a given name of two (行政长官林郑某娥将于…,
    立法会主席范徐某泰在…). Four Han characters, none a function character; the first two two different
    single surnames (data/surnames.txt) that make no compound surname (the other rules read 欧阳某某)
    nor a word of the dictionary; the four no transliteration (穆巴拉克) nor a minority's name of two
    syllables (沙马某某); the last two no word (words.txt flags d, g, x: not 书记王李|表示), of characters
    given names use (`weakanchors.RARE_LOW`: not 将军山滑雪场). A name may end after the four (a mark, a
    follow word, an adverb, a time: 今天) and after none of the first two or three (not 主任刘高兴|说: a
    name of three and its verb); the scorer reads the four as a name (DOUBLE_FLOOR) and the first three
    as none or as far less of one (DOUBLE_FIRST_THREE: not 总经理殷国富|因涉嫌). Kept whatever the scorer
    says then: it has seen few names of four."""
    from digest import namemodel
    from digest.weakanchors import RARE_LOW

    s, t, out = r.s, r.text, []
    if t is None or not _HK_MACAO.search(s):
        return out
    sur, wf, giv = r.lex.surnames, _words(), namemodel.stats().giv
    for e in t.role_ends():
        c = s[e:e + 4]
        if not (len(c) == 4 and all(_is_han(ch) for ch in c) and c[0] in sur and c[1] in sur and c[0] != c[1]
                and c[:2] not in r.lex.compound and not transliterated(c) and not one_minority_name(c)
                and not any(ch in FUNCTION_CHARS for ch in c) and "d" not in wf.get(c[:2], "")
                and not any(f in wf.get(c[2:], "") for f in "dgx")
                and all(giv.get(ch, namemodel.RARE_GIVEN) > RARE_LOW for ch in c[2:])
                and (r.follows(e + 4) or r.follows_weakly(e + 4) or r.before_time(e + 4)) and not r.follows(e + 3)
                and not r.follows(e + 2) and e + 3 not in r.soft and e + 2 not in r.soft
                and not namemodel.no_person(s, e, e + 4)):
            continue
        p = {(a, b): q for q, a, b in namemodel.scored_at(s, [(e, e + 3, "zh"), (e, e + 4, "zh")], {})}
        p3, p4 = p.get((e, e + 3), 0.0), p.get((e, e + 4), 0.0)
        if p4 >= DOUBLE_FLOOR and (p3 < DOUBLE_FIRST_THREE or p3 < p4 / 4):
            start = t.role_from().get(e)
            out.append(Found(c, e, s[start:e] if start is not None else None, spreads=False, kept=True))
    return out


# `_double_surnamed`: the scorer reads the four as a name at least this (林郑某娥 0.24, 范徐某泰 0.85) and the
# first three at most this, or at most a quarter of the four (殷国某|因涉嫌: a name of three, 0.90 to 0.86;
# 刘何某玲 0.21 to 0.92 is the name of four)
DOUBLE_FLOOR = 0.2
DOUBLE_FIRST_THREE = 0.1


def compound_named(s: str, a: int, b: int) -> bool:
    """Is s[a:b] a compound surname of data/surnames.txt (not one that opens common words or names places:
    `_COMPOUND_ALSO_WORDS`, nor one the dictionary flags as a common word: 东方, 西门) and a given name of
    one or two Han characters, none of them one that ends a place, a body or a book (`_NOT_GIVEN_CHARS`:
    皇甫村, 诸葛亮传) nor a function character, its last no first half of a word of two going on after it
    (not 某某骏|合作: 诸葛红霞, 皇甫建华)? A rule's read of such a name stands whatever the scorer says
    (`persons._kept_anyway`): it has seen few compound surnames."""
    c = s[a:b]
    if b < len(s) and _is_han(s[b]) and _dictionary(s[b - 1:b + 1]):
        return False
    return (3 <= len(c) <= 4 and c[:2] in _lexicon().compound and c[:2] not in _COMPOUND_ALSO_WORDS
            and "x" not in _words().get(c[:2], "") and all(_is_han(ch) for ch in c[2:])
            and not any(ch in _NOT_GIVEN_CHARS or ch in FUNCTION_CHARS for ch in c[2:]))


def _set_apart(r: Reader, i: int, e: int) -> bool:
    """Is s[i:e], a compound surname and one character, set apart by spaces (or a space and a mark) on
    both sides, as a credit prints a name (图片由 端木某 提供), its last character no function character and
    none that ends a place, a body or a book?"""
    s = r.s
    c = s[i:e]
    return (len(c) == 3 and _is_han(c[2]) and c[2] not in FUNCTION_CHARS and c[2] not in _NOT_GIVEN_CHARS
            and c[2] not in PLACE_LAST and c[2] not in ADMIN_END
            and (i in r.soft or i == 0 or not _is_han(s[i - 1])) and (e in r.soft or e == len(s) or not _is_han(s[e]))
            and (i in r.soft or e in r.soft))


def _compound_read(r: Reader, anchors: RunAnchors, i: int) -> bool:
    """May s[i:i + 4], a compound surname and a given name of two, be a name (`_compound_surnamed`)?"""
    s = r.s
    e = i + 4
    given = s[i + 2:e]
    flags = _words().get(given, "")
    if (len(given) < 2 or not all(_is_han(ch) for ch in given) or given[0] in FUNCTION_CHARS
            or "g" in flags or "v" in flags or r.before_time(i + 2)
            or any(ch in _NOT_GIVEN_CHARS or ch in PLACE_LAST or ch in ADMIN_END for ch in given)
            or given[1] in SUBJECT_ADVERBS or given[1] in "副代"  # (诸葛某才|说, 夏侯某|副省长)
            or r.lex.roles.match(s, i + 2) is not None or r.lex.follow.match(s, i + 2)
            or r.lex.roles.match(s, e - 1) is not None or e - 1 in r.soft or i + 2 in r.soft
            or weak_anchors()[1].match(s, e - 1) is not None):  # (儿子欧阳某|说: a verb of saying, no given name's)
        return False
    if given[1] in FUNCTION_CHARS and given[1] != "和":
        return False
    strong_after = (weak_anchors()[1].match(s, e) is not None or r.lex.roles.match(s, e) is not None
                    or r.before_rank(e) or follows_long(s, e) or s[e:e + 1] in ("、", "和", "与", "及"))
    if given[1] == "和":
        return r.lex.roles.match(s, e) is not None or r.before_rank(e)  # (端木清和|教授: no conjunction there)
    mark_after = e >= len(s) or e in r.soft or not _is_han(s[e])
    strong_before = i in anchors.ends() or s[i - 1:i] in ("、", "和", "与", "及") or anchors.kind_start(i) is not None
    if "x" in flags:  # a common word of CC-CEDICT's (卫国, 电器, 皇后): a role or a kind of person before it too
        return strong_before and (mark_after or strong_after or anchors.after(e))
    return strong_after or (strong_before and (mark_after or anchors.after(e)))


def _role_about(r: Reader, anchors: RunAnchors, a: int, b: int) -> str | None:
    """The role or the kind of person printed right before s[a:b], else the role word right after it
    (某某·某某代表：, 欧阳某某区长): what the weak anchors would have given the name they no longer read."""
    after = r.lex.roles.match(r.s, b)
    return anchors.role_or_kind(a) or (after.group() if after else None)


@lru_cache(maxsize=1)
def _compound_re() -> literal_re.Pattern[str]:
    """The compound surnames of data/surnames.txt, as one pattern (a class of their first characters
    ahead lets the engine skip the rest of the text)."""
    compound = _lexicon().compound
    firsts = "".join(sorted({c[0] for c in compound}))
    return literal_re.compile(f"(?=[{firsts}])(?:{'|'.join(sorted(compound))})")


def _hyphen_dotted(r: Reader, found: list[Found]) -> list[Found]:
    """A foreign name whose first name is two joined by a hyphen, then a dot (让-吕克·某某, 玛丽-安娜·某某),
    with no role before it (法国游客让-吕克·某某找回…): read as after a role (`dotted_after_role`) from the
    earliest start of one to four Han characters before the hyphen where a name may start
    (`RunAnchors.before`), at no offset a name `found` already reads. A hyphen and a dot after it name
    a person in Chinese news; kept whatever the scorer says."""
    s, out = r.s, []
    if "-" not in s or "·" not in s:
        return out
    at = {f.pos for f in found}
    anchors = RunAnchors(r)
    h = s.find("-")
    while h >= 0:
        dot = s.find("·", h + 1, h + 10)
        if dot > 0 and h > 0:
            k = h
            while k > 0 and h - k < 4 and _is_han(s[k - 1]):
                k -= 1
            for a in range(k, h):
                if a in at:
                    break
                if anchors.before(a):
                    name = dotted_after_role(r, a)
                    if (name is not None and "-" in name
                            and not any(f in _words().get(name[x:x + 2], "") for x in range(len(name) - 1)
                                        for f in "gvx")):  # (阿森纳-切尔西·焦点战: a match, not a name)
                        out.append(Found(name, a, anchors.role_or_kind(a), spreads=False, kept=True))
                    break
        h = s.find("-", h + 1)
    return out


@lru_cache(maxsize=1)
def _turkic_edges() -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last characters of the Turkic name elements (data/names_turkic.txt)."""
    from digest.lexicon import turkic_elements

    elements = turkic_elements()
    return frozenset(e[0] for e in elements), frozenset(e[-1] for e in elements)


def _common(w: str) -> bool:
    """Is w a common word or a place of the dictionary (flags g, v, x, s), no name (买买提 is c: CC-CEDICT's)?"""
    return any(f in _words().get(w, "") for f in "gvxs")


_LEAST_BARE_TURKIC = 3  # characters of a Turkic name's first part read with no anchor after it (with none before: the whole six)


def _ends_turkic_bare(s: str, b: int, firsts: frozenset[str]) -> bool:
    """May a Turkic name end at b with no anchor after it: its last character no adverb a subject takes
    (`SUBJECT_ADVERBS`), the next one opening no element of such names and no transliteration (某江·吐尔|洪家中,
    某·艾合|麦提, 某·别克|穆拉托娃: the name goes on)?"""
    from digest.lexicon import SUBJECT_ADVERBS, translit_chars

    return (s[b - 1] not in SUBJECT_ADVERBS and s[b:b + 1] not in firsts
            and s[b:b + 1] not in translit_chars()[0])


def _turkic_alone(r: Reader, found: list[Found]) -> list[Found]:
    """A Uyghur, Kazakh or Kyrgyz given name printed alone, with no dot (阿依努尔是…, 儿子伊力亚尔今年…): a run
    of two elements of data/names_turkic.txt or more (`lexicon.turkic_part`), _LEAST_TURKIC_ALONE characters
    or more, where a name may stand before and after (`RunAnchors`), no place nor common word, and no part
    of a dotted name or of a name `found` reads there, nor a word of either dictionary (CC-CEDICT's 阿里巴巴, a
    firm). The
    longest such run from its start. Kept whatever the scorer says; none spreads."""
    from digest.lexicon import turkic_part
    from digest.namemodel import stats

    s, out = r.s, []
    _firsts, lasts = _turkic_edges()
    starts = [m.start() for m in _turkic_openings().finditer(s)]  # (one scan: the first two characters of an element)
    if not starts:
        return out
    anchors = RunAnchors(r)
    geo, cedict = stats().geo, stats().cedict or {}
    taken = {k for f in found for k in range(f.pos, f.pos + len(f.name))}
    i_end = -1
    for i in starts:
        if i < i_end or i in taken or s[i - 1:i] == "·" or not anchors.before(i):
            continue
        for b in range(min(len(s), i + _MOST_TURKIC_ALONE), i + _LEAST_TURKIC_ALONE - 1, -1):
            c = s[i:b]
            if (s[b - 1] in lasts and s[b:b + 1] != "·" and all(_is_han(ch) for ch in c) and turkic_part(c)
                    and c not in geo and not _common(c) and not ("d" in (flags := word_flags().get(c, "")) and "n" not in flags)
                    and c not in cedict
                    and anchors.after(b) and not taken.intersection(range(i, b))):
                out.append(Found(c, i, anchors.role_or_kind(i), spreads=False, kept=True))
                i_end = b
                break
    return out


@lru_cache(maxsize=1)
def _turkic_openings() -> literal_re.Pattern[str]:
    """The first two characters a run of elements (data/names_turkic.txt) may open with, as a pattern: an
    element's first two, or an element of one and the first of any element (巴|合提…): where a Turkic name
    printed alone may start (阿依…, 古丽…)."""
    from digest.lexicon import trie, turkic_elements

    elements = turkic_elements()
    firsts = {e[0] for e in elements}
    return literal_re.compile(trie({e[:2] for e in elements if len(e) >= 2}
                                   | {e + f for e in elements if len(e) == 1 for f in firsts}))


_LEAST_TURKIC_ALONE = 4  # characters of such a name alone (阿依努尔; two-character elements alone are words or Han names)
_MOST_TURKIC_ALONE = 8


def _turkic(r: Reader, found: list[Found]) -> list[Found]:
    """A Uyghur, Kazakh or Kyrgyz name of two dotted parts with no role before it (代表队的某某江·吐尔洪以…,
    、阿依古丽·某山组成…): both parts made of the elements of data/names_turkic.txt (`lexicon.turkic_part`),
    the first the longest such run before the dot that a name may start at (`RunAnchors.before`: the
    start, a mark, a function character, a role, a word for a kind of person), the last the longest
    after it that a name may end after (`RunAnchors.after`, a mark, 和/与/及/以, a digit) whose last
    character opens no word with the next (某某·依明达|到了) unless a follow word of two follows
    (某某·买买提|出席). A third part is left to the other rules, and so is a name `found` already reads
    as long or longer from the same start (副市长某某·买买提|到: the role's read). With the role or the
    kind of person printed before it, else the role word printed right after it (某某·某某代表：).
    Kept whatever the scorer says (`Found.kept`): it scores such names 0.06-0.18, having seen few."""
    from digest.lexicon import turkic_part

    s, out = r.s, []
    if "·" not in s:
        return out
    from digest.namemodel import stats

    anchors = RunAnchors(r)
    words, geo = _words(), stats().geo
    longest: dict[int, int] = {}
    for f in found:
        longest[f.pos] = max(longest.get(f.pos, 0), len(f.name))
    firsts, lasts = _turkic_edges()
    d = s.find("·")
    while d >= 0:
        if s[d + 1:d + 2] not in firsts or s[d - 1:d] not in lasts:
            d = s.find("·", d + 1)
            continue  # (no element ends before the dot or starts after it: 定鼎门·天街)
        k = d
        while k > 0 and d - k < 8 and _is_han(s[k - 1]) and k not in r.soft:
            k -= 1  # (a space before the first part ends it: 记者 某某·某某)
        a = next((x for x in range(k, d - 1) if s[x - 1:x] != "·" and turkic_part(s[x:d]) and anchors.before(x)
                  and s[x:d] not in geo and not _common(s[x:d])), None)  # (途经江孜·拉孜: two counties)
        # (a first part of three or more needs no anchor after the name; with no anchor before it either, a
        bare = False  # name of six or more: 弹唱艺人某尔江·某尔别克组建…)
        if a is None:
            a = next((x for x in range(k, d - _LEAST_BARE_TURKIC + 1) if s[x - 1:x] != "·" and turkic_part(s[x:d])
                      and s[x:d] not in geo and not _common(s[x:d])), None)  # (the longest such run before the dot)
            bare = a is not None
        end = None
        if a is not None:
            for b in range(d + 3, min(len(s), d + 9) + 1):
                if not _is_han(s[b - 1]) or s[b:b + 1] == "·" or b - 1 in r.soft:
                    break  # (nor over a space after it: 记者 某某·某某 郇某某, two names)
                if (turkic_part(s[d + 1:b]) and s[d + 1:b] not in geo and not _common(s[d + 1:b]) and s[b - 1] != "则"
                        and ((not words.get(s[b - 1:b + 1]) and not words.get(s[b - 1:b + 2])) or follows_long(s, b))
                        and ((d - a >= _LEAST_BARE_TURKIC and _ends_turkic_bare(s, b, firsts))
                             or b >= len(s) or b in r.soft or not _is_han(s[b]) or s[b] in "和与及以" or anchors.after(b))):
                    end = b  # the longest such read (某某·买买提|出席, not 买买|提出; never over 则: 某某·某克|则显得)
        if bare and end is not None and end - a < _LEAST_BARE_TURKIC + 3:
            end = None  # (a short one, `某江·某克`, needs its anchors)
        if a is not None and end is not None and longest.get(a, 0) < end - a:
            out.append(Found(s[a:end], a, _role_about(r, anchors, a, end), spreads=False, kept=True))
        d = s.find("·", d + 1)
    return out


# syllables that alone are words of time (负责人当周就…: that week)
_TIBETAN_NOT_ALONE = frozenset({"当周"})


# one-character adverbs after a name of one Tibetan syllable, before its verb (卓嘎也…, 洛桑已…)
_ADVERB_AFTER_ONE = frozenset("也还已曾就都又")


# what a Yi given name holds none of (曲比阿果|说 is read before 说, not as 曲比阿|果说)
# (nor a character of the land, which ends a place's name: 阿鲁沟|村, 某某坪)
_YI_NOT_GIVEN = frozenset(FUNCTION_CHARS | set("说讲称们这那着过") | set("沟河坝坪岭寨坡岗洞湾"))


def _yi(r: Reader) -> list[Found]:
    """A Yi name: a clan name of data/names_yi.txt and a given name of two characters (曲比阿果, 吉克曲布),
    with an anchor of `RunAnchors` before or after it (村民某某阿果说, 、某某阿呷、); the given name holds
    no function character, verb of saying or place's end and no place follows it (县, 乡, 村 …), no digit
    stands before it (5日|火车站), its last
    character opens no follow word (书记某某斌|主持: a Han name of three), the given name is no word of
    the dictionary (某某日子, 某某家族) nor 家 and more (某某家支), and the four are no word of the dictionary. With the role printed right before it, if any."""
    from digest.lexicon import yi_names

    s, out = r.s, []
    anchors = RunAnchors(r)
    for m in (r.text.matches(yi_names()) if r.text is not None else yi_names().finditer(s)):
        i, j = m.span()
        after = s[j:j + 1]
        if (s[i - 1:i].isdigit() or any(ch in _YI_NOT_GIVEN for ch in s[j - 2:j])
                or (after and (after in PLACE_ENDS or after in ADMIN_END))
                or any(ch in PLACE_ENDS or ch in ADMIN_END for ch in s[j - 2:j])
                or _dictionary(s[i:j]) or s[i - 1:i] == "·" or after == "·" or follows_long(s, j - 1)
                or s[j - 2] == "家" or any(f in _words().get(s[j - 2:j], "") for f in "dx")):  # (阿侯家族, 阿苦日子)
            continue
        before, after_ok = anchors.before(i), anchors.after(j)
        if before or after_ok:  # (kept with both: the scorer, which has seen few, reads 曲|比某某)
            out.append(Found(m.group(), i, anchors.role(i), kept=before and after_ok))
    return out + _yi_by_given(r, anchors, out)


def _yi_by_given(r: Reader, anchors: RunAnchors, found: list[Found]) -> list[Found]:
    """A Yi name by its given name (data/names_yi_given.txt: 县长某某木呷表示, 代表某某日哈、) after two Han
    characters of a clan name the list lacks: anchored both before and after, the two no function
    character, place's end or word for a kind of person (村民|木呷), no role's tail (书记|阿呷) and no word of
    the dictionary, nor the four; none where a name is read already."""
    from digest.lexicon import yi_given_names

    s, out = r.s, []
    if not any(c in s for c in "呷哈则沙芝嫫日古"):
        return out
    given = r.text.matches(yi_given_names()) if r.text is not None else list(yi_given_names().finditer(s))
    if not given:
        return out
    held = {x for f in found for x in range(f.pos, f.pos + len(f.name))}  # (offsets read already: a set, linear)
    for m in given:
        k, j = m.span()
        i = k - 2
        if i < 0 or any(x in held for x in range(i, j)):
            continue
        clan = s[i:k]
        if (not all(_is_han(c) and c not in _YI_NOT_GIVEN and c not in PLACE_ENDS and c not in ADMIN_END for c in clan)
                or s[i - 1:i] == "·" or s[j:j + 1] == "·" or s[i - 1:i].isdigit()
                or k in anchors.ends() or anchors.kind_start(k) is not None
                or _dictionary(clan) or _dictionary(s[i:j]) or s[j:j + 1] in PLACE_ENDS or s[j:j + 1] in ADMIN_END):
            continue
        if anchors.before(i) and anchors.after(j):
            out.append(Found(s[i:j], i, anchors.role(i), kept=True))
    return out


_AGE_BEFORE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁$")  # a person's age, right before 的 and a name


def _dai(r: Reader) -> list[Found]:
    """A Dai name: 岩 or 玉 and one or two syllables of data/names_dai.txt (茶农岩温香和妻子玉应罕…), in a
    text that speaks of the Dai or their places (lexicon.DAI_CONTEXT), or one of a document that does
    (`Text.dai_document`), with an anchor of `RunAnchors`
    before it that is no function character (的岩温在, 的岩相与: words of rocks) and one after it (the longer
    read where both stand), no dot beside it and no word of the dictionary (玉兰: `_dictionary`)."""
    from digest.lexicon import DAI_CONTEXT, dai_names

    s, out = r.s, []
    if ("岩" not in s and "玉" not in s) or not ((r.text is not None and r.text.dai_document) or DAI_CONTEXT.search(s)):
        return out
    anchors = RunAnchors(r)
    for m in (r.text.matches(dai_names()) if r.text is not None else dai_names().finditer(s)):
        i, j = m.span()
        aged = s[i - 1:i] == "的" and _AGE_BEFORE.search(s, max(0, i - 6), i - 1) is not None  # (72岁的岩坎是…)
        if s[i - 1:i] == "·" or s[j:j + 1] == "·" or not (aged or anchors.before(i)) or (
                s[i - 1:i] in FUNCTION_CHARS and not aged):
            continue  # (not after 的, 在 …: 隧道的岩温在…, 境内的岩峰与…, words of rocks; but a person's age and 的)
        for e in range(j, i + 1, -1):  # the longest read an anchor ends
            c = s[i:e]
            if anchors.after(e) and not _dictionary(c):
                out.append(Found(c, i, anchors.role(i), kept=True))  # (the scorer has no candidate without a surname)
                break
    return out


def _known(r: Reader, found: list[Found]) -> list[Found]:
    """Names confirmed elsewhere, wherever they stand before a follow word or a common verb (江凌听取,
    江凌安排) and are not glued to the word before them (赛马会 is not 马会). A name the rules before
    already read at the same offset, as this rule would give it (no role), is not read again: a
    表彰名单 of thousands of names, every one of them confirmed, is read once in this pass, not twice."""
    s, out = r.s, []
    if not r.known:
        return out
    read = {(f.pos, f.name) for f in found if f.role is None and f.spreads and not f.kept}
    read_at = dict(read)  # an offset -> a name read there (a quick skip for the common case)
    names, lengths = r.names.names, r.names.lengths
    for i in r.names.starts(s):
        got = read_at.get(i)
        if got is not None and got in names and s.startswith(got, i) and all(
                n <= len(got) or s[i:i + n] not in names for n in lengths):
            continue  # the longest confirmed name here, read already
        at = r.names.at(s, i)
        if not at:
            continue
        name = at[0]
        if (i, name) in read:
            continue
        end = i + len(name)
        if not (r.follows(end) or r.follows_weakly(end) or r.lex.roles.match(s, end) is not None):
            continue  # (a title after it, as before a verb: `由某某副局长带队` where `副局长某某` was read)
        if i > 0 and _flag(s[i - 1] + name[0], "w") and s[i - 1] not in FUNCTION_CHARS:
            continue
        out.append(Found(name, i))
    return out


_DATELINE_CREDIT = re.compile(r"(?:讯|\d日电)\(([^()]{2,30})\)")


_CREDIT_LABEL_BEFORE = re.compile("(?:" + "|".join((*INNER_LABELS, "摄影", "摄像")) + ")$")


def _dateline_credit(r: Reader) -> list[Found]:
    """A reporter credit in parentheses right after the dateline: 本报讯(记者 张三 通讯员 李四),
    海曙新闻网讯(李玉飞), 中新网台州11月12日电(某某 某某). Kept by the scorer (`Found.kept`): the layout
    says they are names (電(某欢 某诗涵): the scorer doubted the first)."""
    out = []
    spaced = r.text.spaced if r.text is not None else frozenset()
    for m in _DATELINE_CREDIT.finditer(r.s) if "讯(" in r.s or "日电(" in r.s else ():
        # (its spaces as printed: `记者　欧阳某　拉巴次仁` is two names, not 欧阳某拉 and 巴次仁)
        credit = "".join((" " if k in spaced and k > m.start(1) else "") + r.s[k] for k in range(m.start(1), m.end(1)))
        names = byline_parts(credit, strict=True)
        at = m.start(1)
        for n in names:  # where each is printed, with the label printed right before it (记者, 实习生)
            k = r.s.find(n, at, m.end(1))
            label = _CREDIT_LABEL_BEFORE.search(r.s, max(m.start(1), k - 4), k) if k >= 0 else None
            out.append(Found(n, k if k >= 0 else at, label.group() if label else None, kept=True))
            at = k + len(n) if k >= 0 else at
    return out
