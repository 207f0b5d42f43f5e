"""Names at anchors too weak for the rules alone, decided by the name scorer (digest.namemodel):
what `digest parse` adds to the rules (`weakly_anchored`), and on a page without a 目录 the names
opening a clause; `next_in_list` reads the next name of a list after one so found, a few rounds.
Only the candidates at those offsets are scored, so the cost follows the number of anchors. Nothing
here prints.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

import regex as re

from digest.lexicon import (
    ADMIN_END,
    BEFORE_ONE,
    CONJUNCTIONS,
    KIN_CALLED,
    ORG_END,
    POST_STRONG,
    POSTURE_VERBS,
    lexicon,
    segmenting_word,
    word_flags,
)
from digest.lexicon import is_han as _is_han
from digest.namerules import SLASH, model_spans, rule_spans, unit_before
from digest.nametext import ADDRESS_WORDS, FUNCTION_CHARS, Found, Text, kind_printed, occupation_printed

# A name opening a clause (at the start of the title or the text, after a mark or a line end:
# 。周某首先到…, 当天下午，倪某大爷…, 、李某、) is read at no anchor at all, so it needs a surer score
# than the weak anchors' floor, and the spans whose own features are far from it are dropped
# before their context is read (`namemodel.scored_at`'s `least`). Chosen on pd98 and two sets of real
# paragraphs, with the samples and 19 held-out documents checked (see `weakly_anchored`); 0.65 until
# 2026-12-03, lowered to 0.5 once only pages without a 目录 read clause starts: page set A 0.890 ->
# 0.898, set B (never read) 0.887 -> 0.894, the MSRA lines never read 0.791 -> 0.809, pd98 and the
# newspaper sample (renamed draws too) unchanged
CLAUSE_FLOOR = 0.5
# a Chinese name (a listed surname and a given name) at a marked clause start (the text's start, after a
# mark, a function word or a verb of two: not ANYWHERE alone) needs only this, unless a word runs across
# its end, it ends as a place or an organization does or is a kind of person (`_plain_clause_name`):
# news names people bare there (。某宇坦言, 看到某小军37岁, 国务院提名某纲担任). Since 2026-12-05, with
# `namemodel.candidates_from` listing a span's Chinese reading before its transliteration (as `candidates`
# does: 王锦波 was scored as a foreign name there and got 0.0); through `digest parse`'s path: news18 (a
# blind set, scored first on the code before) 0.864 -> 0.880 with the reading order, pd98 0.956 -> 0.959,
# the other sets' halves -0.002 to +0.013 (README, the eighteenth session); the fixtures 3 names more and 3 false
PLAIN_CLAUSE_FLOOR = 0.3
# a name jieba's dictionary holds as a person's (`namemodel.dictionary_name`: 白居易) needs less at a
# clause start or anywhere on a page without a 目录. Through this path: the MSRA lines read 0.802 ->
# 0.807, never read 0.810 -> 0.819, page set A 0.906 -> 0.909, B the same; at 0.1 no better
KNOWN_FLOOR = 0.2
# (tried 2026-12-05, once a span read two ways is scored as a Chinese name: -3.0 found more on news, news18
# 0.880 -> 0.894, and pd98 0.959 -> 0.962, but the fixtures fell 0.9713 -> 0.9681, words read as names in
# documents that print them again: 党建, 张榜, 归仓, 龙舟赛; kept for plain names alone, PLAIN_LEAST)
CLAUSE_LEAST = -1.5
# the plain Chinese names at a marked clause start of the text (not the title, not after 、) that read as
# nothing else (`_worded`: no word of jieba's or CC-CEDICT's, no numeral, no place's 里 or a rank's 长), go on
# into no organization's name (`_ORG_AHEAD`) and name no place the text names with its 县 or 局 elsewhere
# (`_places_named`) are read again pruned at this instead of CLAUSE_LEAST: the others keep their scores
# (2026-12-05: news18 0.880 -> 0.889, the read halves of news8-11, 16-18 up to +0.011 (news16, 18 names
# more and 1 false on the even halves), the never-read halves of news12-17 +0.000 to +0.011, pd98 the same;
# -3.0 for every clause start had read 21 words of the fixtures as names)
PLAIN_LEAST = -3.0
# ANYWHERE: on a page without a 目录, a name is read as one opening a clause wherever a name may start
# (a surname, a transliteration's character) and no word of the dictionary is cut there
# (`namemodel.name_starts`: not 兴隆|嘉苑), at the same score: news names people bare, after nouns and
# particles no anchor lists (国乒双雄某颖莎, 蕴含着某多芬的, 而某振东尽管). Since 2026-12-03: page set A
# 0.903 -> 0.912, set B (never read) 0.896 -> 0.905, the MSRA lines read 0.813 -> 0.830, never read
# 0.817 -> 0.831, pd98 0.937 -> 0.956; the samples and their renamed draws unchanged once no name
# may start inside a word (兴隆|嘉苑小区 was one) and the other spans no person wherever they stand
# (`namemodel.no_person`: a building's, a list of places') are refused here too. Cost: the spans whose own
# features are far from a name are dropped unread (CLAUSE_LEAST); the newspaper sample +8% instructions,
# 1 MB of pd98 text 1.2 s -> 2.1 s (linear)
ITEM_FLOOR = 0.5
CLAUSE_START = re.compile(r"[，。；：！？、“”（）《》,;:!?()|\x00]")
# a function word or a verb that introduces a person (FUNCTION_CHARS, 像, 叫): on a page without a
# 目录 a name right after one is read as at a clause's start (预赛第二的某某退赛, 引起了某某的怀疑,
# 像某某这样的, 叫某某): on pd98 through digest parse 0.909 -> 0.932 (64 names more, none false), on the
# page set never read 0.873 -> 0.882 (4 more, none false). And right after a verb of two characters
# (`lexicon.verb_ends`, words.txt flag v: 要求某某推迟访华, 表示同意某某的意见, 送到某某家): pd98 0.932 ->
# 0.936 (11 more, none false), page set B (never read) 0.894 -> 0.896, the MSRA lines never read
# 0.809 -> 0.817 (6 more, none false)
_OPENS_A_NAME = re.compile("[" + "".join(sorted((FUNCTION_CHARS - {"、"}) | set("像叫"))) + "]")
_LIST_JOIN = frozenset("、和与及")
_COUNTED = re.compile(r"等(?:\d+|[一二两三四五六七八九十百千]+)多?[名人位]")
_ADDRESSED = re.compile("|".join(ADDRESS_WORDS))  # a way to address a person after the name (某某老人)
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
# 总书记 and 同志 follow a person's name and nothing else: a name right before one needs only this
# (学习贯彻某玲璧总书记: the scorer doubts a rare surname, 0.045; over pd98 and the MSRA lines at
# hand, 3 spans there score 0.001-0.05, one a name, one 向江 below)
STRONG_POST_FLOOR = 0.005
# a name right where a role word ends that no follow word closes (秘书某子克找去, 召集人某西安参赞): the
# role and the scorer half agree, as in `digest persons` (persons._at_a_role_word)
ROLE_FLOOR = 0.2


# a name of three right after a role or a word for a kind of person, a listed surname first and no word
# running across either end (站长某立军带领, 种植户某海生算了, 脱贫户某大山家中; `plain_three`; or a compound surname and
# a given name of one or two: `plain_compound`): digests name
# ordinary people so, and the scorer, which learnt pd98's, doubts their given names when they are words
# (丰收, 满堂, 大山): such a span needs NAMED_FLOOR, and is scored in full however far its own features
# are from a name's (NAMED_LEAST)
NAMED_FLOOR = 0.005
NAMED_LEAST = -12.0
SURNAME_COMMON = 5  # the surname bucket (namemodel.Stats.sur) of a surname names often open with (黄 6, 王 9; 家 1)
RARE_LOW = -2  # the given-name bucket (namemodel.Stats.giv) of a character names hardly use (上, 用)
# what such a name does not end in: a function character or an adverb (某奇|很有建树)
_NOT_LAST = frozenset(FUNCTION_CHARS | set("很就才却便仍正已曾将要会能可应该不没被未"))
# verbs taking a person after them (陪他, 带她, 帮我): a name of three ending in one before a pronoun ran
# into the verb (孙子某晨|陪他去…)
_BEFORE_A_PRONOUN = frozenset("陪带帮给让叫替跟教喊请扶送领")


def runs_on(s: str, i: int) -> bool:
    """Does a word of jieba's dictionary (`segmenting_word`) or of CC-CEDICT run across i, the end of an
    anchor (云雾村|民宿集群: 村民 is no word for a kind of person there)?"""
    from digest import namemodel

    w = s[i - 1:i + 1]
    return i > 0 and (segmenting_word(w) or w in (namemodel.stats().cedict or {}))


def kinds_of_person(s: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The words for a kind of person in s (data/person_nouns.txt: 种粮大户, 老党员) that anchor a name:
    none where a word runs across its end (`runs_on`). `spans`: all those words in s, read already
    (`Text.person_nouns`)."""
    from digest.lexicon import weak_anchors

    if spans is None:
        spans = [m.span() for m in weak_anchors()[0].finditer(s)]
    return [(x, y) for x, y in spans if not runs_on(s, y)]


def plain_three(s: str, a: int, b: int) -> bool:
    """Is s[a:b], right where a role or a word for a kind of person ends, a name of three standing
    between words: a listed single surname and two more Han characters, none of them 某; its second
    character no function character and its last no adverb (职工|占在册, 某奇|很有建树), not both of
    them ones names hardly use (RARE_LOW: 记者|席上用), its last no verb of staying before 在 (住在) nor the opening of a follow word (某乐|带着), the span no dictionary word, its first two
    characters none either (群众|安全感, 学生|宿舍里), its last two no role (职工|方代表要求), and no word
    running across its start (`runs_on`) or its end (代表大|会, 子女就|业, 某洪|功不可没)."""
    from digest import namemodel

    wf = word_flags()
    if b - a != 3 or s[a] not in lexicon().surnames or "某" in s[a:b] or not all(_is_han(c) for c in s[a:b]):
        return False
    if s[a + 1] in FUNCTION_CHARS or s[b - 1] in _NOT_LAST or s[b - 1] == "家":
        return False
    if s[b:b + 1] == "在" and s[b - 1] in POSTURE_VERBS:
        return False  # 居民某海|住在六楼: 住在 says where the person is
    if s[b - 1] in _BEFORE_A_PRONOUN and s[b:b + 1] in "他她我你":
        return False  # 孙子某晨|陪他去: the verb and its object follow the name
    if namemodel.runs_into_follow(s, a, b):
        return False  # 市民某乐|带着家人: the last character opens a follow word of two
    st = namemodel.stats()
    if all(st.giv.get(c, namemodel.RARE_GIVEN) <= RARE_LOW for c in s[a + 1:b]):
        return False
    # the first two no word the segmenter reads as one (`segmenting_word`, flags d or c: 群众|安全感, 学生|宿舍里),
    # but for one it only counts (flag c alone: not 向东, which it also knows as a name, 快递员向东|勇救) after a
    # surname names often open (SURNAME_COMMON): the start of a name there (医生黄奕龙: jieba counts the actress 黄奕)
    first_two = wf.get(s[a:a + 2], "")
    opens_word = "d" in first_two or ("c" in first_two and (first_two != "c" or st.sur.get(s[a], 0) < SURNAME_COMMON
                                                            or s[a:b] in (st.cedict or {})))  # (居民金毛犬)
    if "d" in wf.get(s[a:b], "") or opens_word or s[a + 1:b] in st.roles:
        return False
    if runs_on(s, a):
        return False
    return s[b:b + 1] == "家" or _no_word_across_end(s, a + 1, b)


def _no_word_across_end(s: str, lo: int, b: int) -> bool:
    """Does no word of the dictionary (words.txt flag d) of two to four characters run across b from
    inside s[lo:b], a name's given name (代表大|会, 子女就|业, 某洪|功不可没)? Nothing does at the text's
    end or before a character that is no Han one; a word of the name's last character and 等 does not
    count there (某亚中|等, 某建平|等人: 等 closes a list of people, not 中等 or 平等, but 等级)."""
    if b == len(s) or not _is_han(s[b]):
        return True
    wf = word_flags()
    lists = s[b] == "等" and s[b + 1:b + 2] != "级"  # 等 closing a list (某亚中|等, 某建平|等人), not 中等 or 平等
    return not any("d" in wf.get(s[x:b + k], "") for x in (b - 1, b - 2) if x >= lo for k in (1, 2, 3)
                   if not (lists and k == 1))


# compound surnames that are ordinary words too, without the x flag (乡村医生|百里送药, 微生物)
_COMPOUND_WORDS = frozenset({"百里", "长孙", "单于", "公羊", "微生", "子车", "南宫", "濮阳"})
# compound surnames the dictionary flags as common words (x) that today's text writes as surnames alone
# (村民公孙某某提出; 东方, 西门, 第五 are words: 东方红, 西门口, 第五名)
_COMPOUND_NAMES = frozenset({"公孙"})


def plain_compound(s: str, a: int, b: int) -> bool:
    """Is s[a:b], right where a role, a word for a kind of person or (for these names alone) an occupation
    ends, a name of a compound surname
    (data/surnames.txt: 欧阳, 上官) and a given name of one or two Han characters standing between words
    (快递员某某俊|开着, 教授某某文澜|讲授)? The surname is no common word (words.txt flag x: 东方, 西门,
    公孙; _COMPOUND_WORDS: 百里, 长孙), no character is 某, the given name opens with no function character and ends in no adverb, the
    span is no dictionary word, and no word runs across its start (`runs_on`) or its end."""
    wf = word_flags()
    if (not 3 <= b - a <= 4 or s[a:a + 2] not in lexicon().compound
            or ("x" in wf.get(s[a:a + 2], "") and s[a:a + 2] not in _COMPOUND_NAMES)
            or s[a:a + 2] in _COMPOUND_WORDS):
        return False
    if "某" in s[a:b] or not all(_is_han(c) for c in s[a:b]) or s[a + 2] in FUNCTION_CHARS or s[b - 1] in _NOT_LAST:
        return False
    if "d" in wf.get(s[a:b], "") or runs_on(s, a):
        return False
    return _no_word_across_end(s, a + 2, b)


def plainly_named(s: str, a: int, b: int, roles: AbstractSet[int], nouns: AbstractSet[int],
                  occupied: AbstractSet[int]) -> bool:
    """Is s[a:b] a name standing between words where an anchor ends at a: after a role (`roles`) or a
    word for a kind of person (`nouns`), one of three with a single surname (`plain_three`), of three
    or four with a compound one (`plain_compound`) or a whole dotted name (`plain_dotted`); after an occupation (`occupied`), the compound one
    alone. `digest parse` (`weakly_anchored`) and `digest persons` (`persons._plainly_named`) ask this."""
    if a in roles or a in nouns:
        return plain_three(s, a, b) or plain_compound(s, a, b) or plain_dotted(s, a, b)
    return a in occupied and plain_compound(s, a, b)


def plain_dotted(s: str, a: int, b: int) -> bool:
    """Is s[a:b], right where a role or a word for a kind of person ends, a whole dotted name: its parts
    Han characters (three dots at most: 某某·某某·某某·某某, a Portuguese name), its end where its run of Han characters ends or a word that may
    follow a name starts (居民某某提江·某尔地，也在…; 小伙子某克拜尔·某尔洪就是…), two in three of its characters
    ones transliterations are written with (not 一行到定鼎门·天街, a place)? The scorer doubts the parts
    it has not seen (0.1); nothing but a name stands between such an anchor and such an end."""
    from digest import namemodel

    c = s[a:b]
    if not 1 <= c.count("·") <= 3 or any(not p or not all(_is_han(ch) for ch in p) for p in c.split("·")):
        return False
    st = namemodel.stats()
    if 3 * sum(ch in st.translit or ch in st.weak for ch in c if ch != "·") < 2 * (len(c) - c.count("·")):
        return False  # (a place's dotted name after a role and 一行: 某某一行到定鼎门·天街)
    if st.words.get(c[-2:]) or c[-1] in FUNCTION_CHARS:
        return False  # (某某·某尔洪|家中: a word closes the span, the name ended before it)
    return b >= len(s) or (not _is_han(s[b]) and s[b] != "·") or lexicon().follow.match(s, b) is not None


# a name of three between a unit's short name and its title (`县住建局|某明亮|副局长说`): the unit and the title
# say who it is, the scorer doubts a rare surname there (0.1 for two real names of the fixtures, 0.001 or
# less for every span there that is no name: 原党组|书记, 党校副|校长, 公室原|副主任)
UNIT_TITLED_FLOOR = 0.01


def titled_three(s: str, a: int, b: int) -> float | None:
    """The floor the span s[a:b], right before the title its bearer holds (某某某局长, 某某某乡长), takes, or
    None: a Chinese name of two or three opening with a listed surname, at a boundary: the text's start, a
    mark or 由 (ROLE_FLOOR: `，某某某乡长每周五…`, `由某某副局长带队`), or, a name of three, a unit's short name (UNIT_TITLED_FLOOR: `县信访局|某某某局长通报`,
    `namerules.unit_before`); the scorer doubts a rare surname there (蒙, 农: 0.2)."""
    from digest import namemodel

    if not (b - a in (2, 3) and namemodel.kind_of(s[a:b]) == "zh" and lexicon().opens_with_surname(s[a:b])):
        return None
    if a == 0 or not _is_han(s[a - 1]) or s[a - 1] == "由":  # (`由某某副局长带队`: 由 names who leads)
        return ROLE_FLOOR
    if b - a == 2:
        return None  # (a name of two after a unit's name is as often the unit's last word: 县信访|局长)
    return UNIT_TITLED_FLOOR if unit_before(s, a) else None


def at_a_role(c: str) -> bool:
    """May the span c, right where a role word ends, take ROLE_FLOOR? A Chinese name needs a listed
    surname (data/surnames.txt: not 人大代表|老旧小区, whose 老 the scorer proposes as one); a
    transliterated, Japanese or dotted name needs nothing more."""
    from digest import namemodel

    return namemodel.kind_of(c) != "zh" or lexicon().opens_with_surname(c)


_STRONG_POST = re.compile("|".join(POST_STRONG))
# a work and its author: the name right before 的 and the title of a book, a film or a piece, a genre
# word between them or not (某某的《…》, 某某的长篇小说《…》, 某某的新作《…》). The scorer learnt the
# authors pd98 names (0.7 or more there); writers it has not seen, often known by a name of two that
# is also a word, score 0.05 to 0.3 on real pages; a verb of credit before 的 is no part of the name
# (某诚著的《…》: the author is 某诚), and no span before 的《 that is no name scored over
# 0.001 on pd98 or those pages
AUTHOR_FLOOR = 0.05
AUTHOR_OF = re.compile(r"(?:编著|主编|著)?的(?:长篇|中篇|短篇|新|最新)?(?:小说集|小说|散文集|散文|诗集|诗歌|作品|新作|新书|专著|著作|译作|剧作|"
                       r"电影|影片|歌曲|画作)?(?:新作|新书)?《")


_ITEM_MAX = 24  # how far `opens_a_titled_item` looks for the role of an item


def opens_a_titled_item(t: Text, a: int, b: int, starts: set[int]) -> bool:
    """Does the span s[a:b], right after a list's 、和与及, open an item that names its own person
    after a role word (`…传承人某某、唐三彩烧制技艺代表性传承人某某`: 唐三彩 is the craft, and jieba's
    dictionary tags it as a person)? True when, before the item ends (、和与及，。；…) and within
    _ITEM_MAX characters, a role word that starts after a character or more past the span ends where
    a name starts (`starts`: the offsets of names found). A title right after the span is its own
    (某某国务卿), and 和 ends an item (某某、某某和教练某某)."""
    s = t.s
    if not 0 < a <= len(s) or s[a - 1] not in _LIST_JOIN:  # (a credit's name stands past the text)
        return False
    if lexicon().follow.match(s, b) is not None:  # (the list the subject of a verb: 某某、某某会见…团长某某)
        return False
    began = t.role_from()
    for k in range(b + 1, min(len(s), b + _ITEM_MAX) + 1):
        if s[k - 1] in _ITEM_END or s[k - 1] in _LIST_JOIN:
            return False
        if k in starts and began.get(k, b) > b:
            return True
    return False


def before_a_strong_post(s: str, a: int, b: int) -> bool:
    """Is s[a:b] a span right before 总书记 or 同志 that may be a name there (not 向江|总书记)?"""
    return s.startswith(POST_STRONG, b) and not (b - a == 2 and s[a] in BEFORE_ONE)


# a name right after a team named by its place (浙江队某某和…, 天津队的某某): the team and the scorer half
# agree, as after a role; the scorer, which learnt pd98's, doubts the players' names there (0.05-0.06 for
# names of a real sports page). Chosen on the even half of a set of real news paragraphs (news15)
TEAM_FLOOR = 0.02
# a result after a name, 以 and a figure (某海洋以58秒98的成绩夺冠, 某某以21比11先下一城): the name right before it
# is read at TEAM_FLOOR too (a team before it is no name: at_a_role refuses 浙江队)
RESULT_AFTER = re.compile(r"以\d")


def _team_name_ends(s: str, b: int) -> bool:
    """May a player's name read right after a team end at b: the text's end, no Han character, a function
    character or a follow word (浙江队某顺|和…, 湖南队某之贤|均…; not 上海队的某芋|汐, 台北队的某俊|易)?"""
    return b >= len(s) or not _is_han(s[b]) or s[b] in FUNCTION_CHARS or lexicon().follow.match(s, b) is not None


def after_a_team(s: str) -> list[int]:
    """The offsets right after 队 (or 队的) when a place or a country of two to four characters ends right
    before it (浙江队|某某, 沙特队|某某, 天津队的|某某: a player of a team named by its place;
    data/places_gazetteer.txt, data/countries.txt): a sports page names its players so, with no role."""
    from digest import namemodel
    from digest.lexicon import countries

    geo, cs = namemodel.stats().geo, countries()
    out = []
    j = s.find("队")
    while j >= 0:
        if j + 1 < len(s) and any(j - k >= 0 and (s[j - k:j] in geo or s[j - k:j] in cs) for k in (2, 3, 4)):
            out.append(j + 2 if s[j + 1] == "的" else j + 1)
        j = s.find("队", j + 1)
    return out


def after_a_class(s: str) -> list[int]:
    """The offsets right after 班 (or 班的) numbered right before it (301班|某某, 高三（2）班|某某, 三年级二班的|
    某某): a school's news names its pupils so, by their class, with no role; not where 班 opens a word
    (2班车, 3班组, 一班长)."""
    out = []
    j = s.find("班")
    while j >= 0:
        before = s[j - 1:j]
        if (j + 1 < len(s) and before and (before.isdigit() or before in "）)" or before in _CLASS_NUMERALS)
                and not segmenting_word(s[j:j + 2]) and s[j:j + 2] not in _CLASS_WORDS):  # (2班车, 3班组, 一班长)
            out.append(j + 2 if s[j + 1] == "的" else j + 1)
        j = s.find("班", j + 1)
    return out


_CLASS_NUMERALS = frozenset("一二三四五六七八九十")
_CLASS_WORDS = frozenset({"班车", "班组", "班子", "班次", "班级", "班长", "班主", "班机", "班期", "班轮"})


def _plain_clause_name(s: str, a: int, b: int, noun_ends: set[int]) -> bool:
    """May the Chinese name s[a:b] at a marked clause start take the lower floor? Not when a word
    runs across its end (某某竹|编), it ends in a word for a kind of person (某保姆), its first two
    characters are a word starting with a surname or its given name of two a word too common to be
    one, its last character ends an organization or a place (某塘河, 某干寺), a place's character
    follows it (某川|区), it opens with 小 or 老 (小竹笋), its second character is a way to address
    someone (刘姐), or it is three ending in 时, 后 or 前 (见到某敏|时)."""
    c = s[a:b]
    return not (segmenting_word(s[b - 1:b + 1]) or b in noun_ends or s[b:b + 1] in ADMIN_END
                or c[-1] in ORG_END or c[-1] in ADMIN_END or c[-1] in _PLACE_LAST or c[0] in "小老"
                or c[1] in _KIN_ADDRESS or (len(c) == 3 and c[-1] in _TIME_AFTER_A_NAME)
                or (len(c) == 3 and ("c" in word_flags().get(c[:2], "") or "g" in word_flags().get(c[1:], ""))))


# an organization's name going on after a span (唐某|茶业有限公司, 华某新|能源科技有限公司, 荆某|供电局)
_ORG_AHEAD = re.compile(r"\p{Han}{0,6}?(?:有限公司|公司|集团|局|厂)")


_PLACE_OR_BUREAU = ADMIN_END | {"局"}


def _places_named(s: str) -> set[str]:
    """The two and three characters printed right before 市, 县, 区, 镇, 乡, 村, 省 or 局 in s (柏溪县: 柏溪;
    荆阳供电局 … 荆阳的做法: the place's 局 is named with 供电 between, so two characters more are read there),
    with a few searches of s."""
    out: set[str] = set()
    for ch in _PLACE_OR_BUREAU:
        j = s.find(ch, 2)
        while j >= 0:
            out.update((s[j - 2:j], s[j - 3:j]) if ch != "局" else (s[j - 2:j], s[j - 4:j - 2], s[j - 5:j - 2]))
            j = s.find(ch, j + 1)
    return out


def _worded(c: str) -> bool:
    """Does the span read as something else than a name: a word of jieba's dictionary or of CC-CEDICT,
    or three whose first or last two are one (种|玉米, 谷雨|学), or a numeral inside (黄三色), or two
    ending in a word of place or of rank (段里, 某栋长)?"""
    from digest import namemodel

    wf, ce = word_flags(), namemodel.stats().cedict or {}
    return (any(x in wf or x in ce for x in ((c, c[:2], c[1:]) if len(c) == 3 else (c,)))
            or any(ch in _CLASS_NUMERALS for ch in c[1:]) or c[-1] in "里内外上下中长")


_KIN_ADDRESS = KIN_CALLED | frozenset("伯公")  # (at a clause start 伯 and 公 address someone too: 张伯, 周公)
_TIME_AFTER_A_NAME = frozenset("时后前")  # (见到周某|时, 看到陈某|后: a time after a name of two, found by a review)
_PLACE_LAST = frozenset("寺庙观河湖江海路街桥湾港岛峰岭")  # (the last character of a place's name)


# words that 说 opens and that say nothing (对群众释法说理, 说服, 说唱): no verb of saying after a name
_NOT_SAYING = ("说理", "说服", "说法", "说唱", "说教", "说情")


def weakly_anchored(t: Text, found: list[Found], floor: float, clauses: bool = False) -> list[Found]:
    """Names no rule reads, at anchors too weak for the rules alone, kept when the name scorer
    (digest.namemodel.scored_at) gives them `floor` or more: a name right after a role or an
    occupation whose next word is no follow word (农业专家韩秋实讲授), right after a word for a kind
    of person (data/person_nouns.txt: 种粮大户, 老党员), right before a verb of saying
    (data/speech_verbs.txt: …的龙阿妹说; also before a word, 地 and the verb: 某某激动地说), or
    right before a title after no organization or place (胡某院长介绍, 由刘某主任主持: the title is
    the role; a name of three there after a mark or a unit's last character at ROLE_FLOOR, `titled_three`:
    县信访局某某某局长, whose rare surname the scorer doubts), right after a found name and 、和与及 (the next name of a list: 冠军宗某和董某), right
    before a found one and 、 (the first name of a list glued to a group's name: 县工作专班某彩凤、某靖、
    某博等同志; on pages without a 目录 since 2026-12-02, in digests too since 2026-12-03: pd98 read as
    a digest 0.795 -> 0.797, 5 names more, 1 false; the samples unchanged), right before a way to address
    an ordinary person (某某老人, 某某大爷, 某某一家, 某某先生; none starting inside a word:
    敬老|院老人), right before 总书记 or 同志 (at STRONG_POST_FLOOR: 学习贯彻某玲璧总书记), right
    before 的 and a work's title (at AUTHOR_FLOOR: 某某的《…》), right after a verb whose object is a
    person (data/object_verbs.txt: 会见某某, 输给某某), after a role or a kind of person and 是
    (教练是某某), before 等 and a count of people (授予某某等200名), before a verb of winning
    (某某获一等奖), or on either side of a slash between Chinese characters (a pair: 组合某某/某某).
    `clauses`: also a name opening a clause or right after a function word (的, 了, 是, 和, 对, 像 …:
    `_OPENS_A_NAME`) or a verb of two characters (`lexicon.verb_ends`: 同意某某的意见), or anywhere else
    a name may start where no word is cut (ANYWHERE: `namemodel.name_starts`), at CLAUSE_FLOOR or more
    (a plain Chinese name at a marked start, not ANYWHERE alone, at PLAIN_CLAUSE_FLOOR: `_plain_clause_name`)
    (the page's layout has no 目录: news, where people are named bare); an item of a 、 list there is read alone
    (`namemodel.scored_alone`); without `clauses` (a 目录 digest), only a dotted name opening a clause or
    after a function word is read so (上班的某力·某德尔已经…). Right after a team named by a place (`after_a_team`: 浙江队某某以…)
    or a numbered class (`after_a_class`: 301班某某获得…) too, at TEAM_FLOOR. Only the candidates at those offsets are scored, so the cost follows
    the number of anchors, not the length of the text. None overlaps a found name; none confirms a
    name for the issue."""
    from digest import namemodel
    from digest.lexicon import object_verbs, verb_ends, weak_anchors

    s = t.s
    n = len(s)
    speech = weak_anchors()[1]
    taken = {k for f in found for k in range(f.pos, f.pos + len(f.name))}
    starts: dict[int, tuple[int, int] | str] = {b: role for _a, b, _w, role in t.roles()}  # offset -> role
    noun_ends: set[int] = set()
    for x, y in kinds_of_person(s, t.person_nouns()):  # (before the occupations: 老党员 is listed, 党员 ends in 员)
        starts.setdefault(y, (x, y))
        noun_ends.add(y)
    for i in t.occupations():
        starts.setdefault(i, (i - 1, i))  # the role as printed is read only for a name kept
    teams = (set(after_a_team(s)) if "队" in s else set()) | (set(after_a_class(s)) if "班" in s else set())
    for i in teams:  # a player after a team named by a place (浙江队某某以…), at TEAM_FLOOR
        starts.setdefault(i, "")
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
        if 1 < f.pos <= n and s[f.pos - 1] == "、" and f.pos - 2 not in taken:  # (a byline's: after the text)
            before.append(f.pos - 1)
    clause: set[int] = set()
    dotted_only: set[int] = set()  # (clause starts read for dotted names alone: a digest's)
    if clauses:
        # (and right after a function word, at the same surer score: _OPENS_A_NAME)
        opens = [m.end() for m in _OPENS_A_NAME.finditer(s)]
        opens += verb_ends(s)  # (要求某某推迟访华, 表示同意某某的意见)
        # (and anywhere else a name may start that cuts no word: ANYWHERE)
        marked = {0, *(m.end() for m in CLAUSE_START.finditer(s)), *t.soft, *opens}
        for i in [*sorted(marked), *namemodel.name_starts(s)]:
            if i not in starts:
                clause.add(i)
                starts[i] = ""  # no role printed
    elif "·" in s:  # in a digest, a dotted name opening a clause or after a function word (上班的某力·某德尔已经)
        for i in [0, *(m.end() for m in CLAUSE_START.finditer(s)), *(m.end() for m in _OPENS_A_NAME.finditer(s))]:
            if i not in starts and s.find("·", i + 1, i + 8) > 0:
                clause.add(i)
                dotted_only.add(i)
                starts[i] = ""
    cands: list[tuple[int, int, str]] = []
    opening: list[tuple[int, int, str]] = []  # the candidates at clause starts alone
    for i in starts:
        if i < n and i not in taken:
            got = namemodel.candidates_from(s, i)
            if i in dotted_only:
                got = [c for c in got if "·" in s[c[0]:c[1]]]
            (opening if i in clause else cands).extend(got)
    said: set[int] = set()
    won: set[int] = set()
    for m in speech.finditer(s):
        if s.startswith(_NOT_SAYING, m.start()):
            continue  # (释法说理, 说服: 说 opens a word that is no verb of saying)
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
        if m.end() < n and m.end() not in taken and (m.end() not in starts or m.end() in clause):
            clause.discard(m.end())  # (an object verb ending in a function word, 输给: its anchor, not a clause's)
            cands.extend(namemodel.candidates_from(s, m.end()))
    posts: set[int] = set()
    for m in _STRONG_POST.finditer(s) if "书记" in s or "同志" in s else ():  # 学习贯彻某某总书记, 某某同志
        j = m.start()
        if j > 1 and j - 1 not in taken and _is_han(s[j - 1]):
            posts.add(j)  # (none starting inside a word: 教师|和同志)
            cands.extend(c for c in namemodel.candidates_to(s, j) if not namemodel.starts_in_a_word(s, c[0]))
    for m in _ADDRESSED.finditer(s):  # a name before a way to address its bearer (某某老人, 某某大爷)
        j = m.start()
        if j > 1 and j - 1 not in taken and _is_han(s[j - 1]) and s[j - 1] not in FUNCTION_CHARS:
            cands.extend(c for c in namemodel.candidates_to(s, j) if not namemodel.starts_in_a_word(s, c[0]))
    authored: set[int] = set()
    for m in AUTHOR_OF.finditer(s) if "《" in s else ():  # the author of a work (某某的《…》)
        j = m.start()
        if j > 1 and j - 1 not in taken and _is_han(s[j - 1]):
            authored.add(j)
            cands.extend(namemodel.candidates_to(s, j))
    results: set[int] = set()
    for m in RESULT_AFTER.finditer(s) if "以" in s else ():  # a name before its result (某某以58秒98…)
        j = m.start()
        if j > 1 and j - 1 not in taken and _is_han(s[j - 1]):
            results.add(j)
            cands.extend(c for c in namemodel.candidates_to(s, j)
                         if not namemodel.starts_in_a_word(s, c[0]) and s[c[0] - 1:c[0]] not in ("-", "·"))
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
        if m.end() not in taken and (m.end() not in starts or m.end() in clause):
            clause.discard(m.end())  # (由 opens a name too: this anchor's floor, not a clause's)
            cands.extend(namemodel.candidates_from(s, m.end()))
    for m in _COUNTED.finditer(s) if "等" in s else ():  # the first of a counted group (授予某某等200名, 批捕某某等130人)
        if m.start() > 0 and m.start() - 1 not in taken:
            cands.extend(namemodel.candidates_to(s, m.start()))
    for m in SLASH.finditer(s) if "/" in s else ():  # a pair of names (中国组合某某/某某)
        j = m.start()
        if j - 1 not in taken:
            cands.extend(namemodel.candidates_to(s, j))
        if j + 1 not in taken:
            cands.extend(namemodel.candidates_from(s, j + 1))
    titled: dict[int, str] = {}  # offset -> the title printed right there, after a name
    for j, _b, word, _role in t.roles():  # a name right before its title (李某副书记, 胡某院长介绍)
        if (j > 1 and j - 1 not in taken and j not in said and _is_han(s[j - 1])
                and s[j - 1] not in ORG_END and s[j - 1] not in ADMIN_END and s[j - 1] not in FUNCTION_CHARS
                and (j - 2 not in taken)):  # not 市委副书记, 县长, 的副市长
            titled[j] = word
            cands.extend(namemodel.candidates_to(s, j))
    if not cands and not opening:
        return []
    # what the scorer is told of the rules, as `digest persons` tells it: with a title after a name,
    # the "p" flag of a name before a role (由某某|主任主持), which its weights learnt
    rule = model_spans(t, found, titled)[0] if titled else rule_spans(s, found)
    have = {(a, b) for a, b, _k in cands}
    opening = [c for c in opening if (c[0], c[1]) not in have]
    # an item of a list (、X、, 、X。) is read whole, from its own characters and the marks around it
    bounded = [c for c in opening if c[0] > 0 and s[c[0] - 1] == "、" and c[1] < n and s[c[1]] in _ITEM_END]
    items = {c[0] for c in bounded}  # (the spans at an item's start that end inside it are no candidates)
    # a name of three at a role or a kind of person whose end is a word's start is scored in full, however
    # far its own features are from a name's (脱贫户某大山家中: the scorer's doubt is the floor's business)
    roles = t.role_ends()
    occupied = set(t.occupations())  # (after an occupation, a compound surname only: 快递员某某俊开着)
    plain = {c for c in cands if plainly_named(s, c[0], c[1], roles | teams, noun_ends, occupied)}  # (上海队的某芋汐)
    scored = namemodel.scored_at(s, [c for c in cands if c not in plain], rule) if cands else []
    scored += namemodel.scored_at(s, sorted(plain), rule, NAMED_LEAST) if plain else []
    plain_spans = {(a, b) for a, b, _k in plain}
    plain_open = ({(a, b) for a, b, k in opening if k == "zh" and a in marked and _plain_clause_name(s, a, b, noun_ends)}
                  if clauses else set())  # (the Chinese names at a marked clause start: PLAIN_CLAUSE_FLOOR)
    if opening:
        deep = {(a, b) for a, b in plain_open if a >= t.title_len and s[a - 1:a] != "、" and not _worded(s[a:b])
                and not _ORG_AHEAD.match(s, b)}
        if deep:  # (a place the text names with its 县, 镇 … elsewhere: 崔某说，柏溪|的玉米 after 到柏溪县)
            places = _places_named(s)
            deep = {(a, b) for a, b in deep if s[a:b] not in places}
        wide = namemodel.scored_at(s, [c for c in opening if c[0] not in items], rule, CLAUSE_LEAST)
        if deep:  # (read again, pruned less: the others keep the scores they had)
            again = {(a, b): p for p, a, b in namemodel.scored_at(s, [c for c in opening if (c[0], c[1]) in deep],
                                                                  rule, PLAIN_LEAST)}
            wide = [(again.get((a, b), p), a, b) for p, a, b in wide]
        scored += wide
        scored += namemodel.scored_alone(s, bounded)
    found_at = {f.pos for f in found}
    villages = _villages_after_a_town(s) if "村" in s else frozenset()
    geo = namemodel.stats().geo
    sure = [(p, a, b) for p, a, b in scored
            if p >= (STRONG_POST_FLOOR if b in posts and before_a_strong_post(s, a, b)
                     else min(floor, AUTHOR_FLOOR) if b in authored
                     else NAMED_FLOOR if (a, b) in plain_spans
                     else min(floor, ROLE_FLOOR) if a in roles and at_a_role(s[a:b])
                     else min(floor, three) if b in titled and (three := titled_three(s, a, b)) is not None
                     else TEAM_FLOOR if a in teams and at_a_role(s[a:b]) and _team_name_ends(s, b)
                     else TEAM_FLOOR if b in results and at_a_role(s[a:b])
                     else floor if a not in clause or b in said or b in titled or b in aged or b in won
                     else ITEM_FLOOR if a in items
                     else KNOWN_FLOOR if namemodel.dictionary_name(s, a, b)
                     else PLAIN_CLAUSE_FLOOR if (a, b) in plain_open else CLAUSE_FLOOR)
            and taken.isdisjoint(range(a, b)) and not namemodel.refused(s, a, b)
            and not (b - a >= 3 and s[a] in CONJUNCTIONS and a > 0 and _is_han(s[a - 1]))  # 主席同|特朗普总统
            and not (s[b - 1] == "村" and s[a:b] in villages)
            and not (b in titled and s[a:b] in geo)  # 卢氏|教师: the place the title is of, no name
            and not (s[a] == "任" and a in roles and b in titled)  # (负责人|任双|指挥长: "serves as", before a post)
            and s[a] != "释"  # (释 is a monk's surname, read before his title: `namerules._monastic`; 上门|释法说理)
            and not opens_a_titled_item(t, a, b, found_at)]
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
    spans = namemodel.with_compound_surname(s, [
        namemodel.before_a_word(s, a, b) for a, b in namemodel.whole_compound(
            s, namemodel.whole_dotted(s, namemodel.whole_last_part(s, namemodel.decode(sure), sure), scored), scored)])
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
        printed = (occupation_printed(s, role[1]) if isinstance(role, tuple) and role[1] - role[0] == 1
                   else kind_printed(s, *role) if isinstance(role, tuple) else role)
        out.append(Found(s[a:b], a, printed or titled.get(b), spreads=False))
    return out


# a village printed right after its town or county (…县某席镇某川村)
_VILLAGE_AFTER_TOWN = re.compile(r"(?<=[镇乡县区])\p{Han}{2,3}?村")


def _villages_after_a_town(s: str) -> frozenset[str]:
    """The villages the text names as such, printed right after their town or county (白石镇宗川村):
    a headline's 宗川村 is then no person, though a person may be named so (吴国村). One pass over
    the text."""
    return frozenset(m.group() for m in _VILLAGE_AFTER_TOWN.finditer(s))


LIST_ROUNDS = 3  # the names of a list read one after another from a weak anchor's (next_in_list)


def next_in_list(t: Text, taken: set[int], rule: dict[tuple[int, int], str], new: list[Found],
                  floor: float) -> list[Found]:
    """The names right after a name of `new` and 、和与及, kept at `floor` as `weakly_anchored` keeps
    the next name of a list after a rule's name: for the lists whose first name is itself read at a
    weak anchor (the clause's start: 某某和某某参加). `taken`: the offsets of the names found so far,
    `rule`: their spans (`rule_spans`), both kept by the caller. Only the offsets next to `new` are
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
    found_at = {k for k in taken if k == 0 or k - 1 not in taken}  # (where a name found so far starts)
    sure = [(p, a, b) for p, a, b in scored
            if p >= floor and taken.isdisjoint(range(a, b)) and not namemodel.never_a_name(s[a:b])
            and not opens_a_titled_item(t, a, b, found_at)]
    return [Found(s[a:b], a, None, spreads=False) for a, b in namemodel.decode(sure)]
