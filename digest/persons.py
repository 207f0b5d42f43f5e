"""Persons: the people named in each entry and the role printed with each.

`annotate(entries, names_file=None)` fills two fields of every `Entry` in place:

    persons   list[str]       the distinct people named in kicker + title + subtitle + text, in order of
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
     (习近平新时代…思想, 习近平法治思想, 毛泽东思想; never 马克思主义, which only `digest persons`
     reads as naming 马克思, as the MSRA corpus's annotators do: `_namesakes`);
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

The stages, one module each: the word lists and tries (digest.lexicon); bylines and credit lines
(digest.bylines); the compact text and the readers of one name (digest.nametext); the rules, run in
the order `namerules.run_rules` lists (digest.namerules, the lists among them in digest.namelists);
the statistical scorer (digest.namemodel), which `digest persons` runs over every candidate and
`digest parse` only at the weak anchors (digest.weakanchors). This module runs them over a list of
entries. The people views (timelines, companions) are digest.people.

Nothing here prints.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from digest.lexicon import (
    ADMIN_END,
    CONJUNCTIONS,
    DAI_CONTEXT,
    KIN_CALLED,
    ORG_END,
    POST_STRONG,
    SUBJECT_ADVERBS,
    TIME_WORDS,
    body_acts,
    dictionary_word,
    follows_long,
    is_han,
    place_then_opener,
    weak_anchors,
    word_flags,
)
from digest.lexicon import flag as _flag
from digest.lexicon import is_han as _is_han
from digest.lexicon import lexicon as _lexicon
from digest.lexicon import words as _words
from digest.model import Entry
from digest.namerules import compound_named, model_spans, rule_spans, run_rules, without_glosses
from digest.nametext import (
    FUNCTION_CHARS,
    PLACE_LAST,
    Found,
    Known,
    Reader,
    Text,
    compact,
    is_mongolian,
    is_tibetan,
    transliterated,
)
from digest.source import InputError
from digest.text import looks_traditional, short_and_traditional, simplified
from digest.weakanchors import (
    AUTHOR_FLOOR,
    AUTHOR_OF,
    CLAUSE_START,
    LIST_ROUNDS,
    NAMED_FLOOR,
    NAMED_LEAST,
    RESULT_AFTER,
    ROLE_FLOOR,
    STRONG_POST_FLOOR,
    TEAM_FLOOR,
    UNIT_TITLED_FLOOR,
    after_a_class,
    after_a_team,
    at_a_role,
    before_a_strong_post,
    kinds_of_person,
    next_in_list,
    opens_a_titled_item,
    plain_three,
    plainly_named,
    titled_three,
    weakly_anchored,
)

__all__ = ["annotate", "recognize", "find_persons", "read_names_file", "NamesFileError", "Found",
           "dictionary_word"]


class NamesFileError(InputError):
    """The names file cannot be read. One-line message (an InputError, so `digest parse` reports it)."""


def find_persons(title: str, text: str = "", known: set[str] | None = None,
                 byline: str | None = None) -> list[Found]:
    """Every person recognized in one entry (anchors, lists, confirmed names, byline), in text order,
    one `Found` per occurrence. `known` names (confirmed elsewhere) are matched before a follow word."""
    return run_rules(Text(title, text, byline), Known(known or ()))


def _covered(spans: Iterable[tuple[int, int]]) -> set[int]:
    """The offsets the spans hold."""
    return {k for a, b in spans for k in range(a, b)}


def _known_person_after_a_role(f: Found) -> bool:
    """A name the rules read after a role that jieba's dictionary knows as a person (words.txt flag n:
    韩国总统金大中, whose 大中 the scorer doubts as a given name), unless it ends like a place (挥师金马河:
    jieba tags the river nr too). Two signals the scorer weighs apart agree: `digest persons` keeps it,
    as `digest parse` keeps every name of the rules."""
    from digest import namemodel

    return (bool(f.role) and _flag(f.name, "n") and f.name[-1] not in PLACE_LAST
            and not namemodel.never_a_name(f.name))  # jieba tags 纪念堂 nr too (烈士|纪念堂)


def _rest_of_a_list(s: str, found: list[Found], kept: list[Found], spans: set[tuple[int, int]]) -> list[Found]:
    """The names of a 、 list the rules read (three or more, each right after the 、 that ends the one
    before) that the scorer dropped, when it kept at least two of the list and at least half: the
    items of one list are of one kind (二等奖：某文静、某思琪、逯海洋, whose 海洋 the scorer doubts as a
    given name, alone at the line's end). Not where the scorer took another span over the item."""
    have = {f.pos for f in kept}
    chains: list[list[Found]] = []
    for f in sorted(found, key=lambda f: f.pos):
        if f.pos >= len(s) or f.kept:
            continue
        last = chains[-1][-1] if chains else None
        if last is not None and last.pos + len(last.name) + 1 == f.pos and s[f.pos - 1] == "、":
            chains[-1].append(f)
        else:
            chains.append([f])
    taken = _covered(spans)
    out = []
    for chain in chains:
        n_kept = sum(f.pos in have for f in chain)
        if len(chain) >= 3 and n_kept >= 2 and 2 * n_kept >= len(chain):
            out.extend(f for f in chain if f.pos not in have and taken.isdisjoint(range(f.pos, f.pos + len(f.name))))
    return out


_JOINS = frozenset("、,，和与及")  # what joins the items of a list of names with their titles
TITLED_FLOOR = 0.003  # the least probability of a name of such a list (`_titled_items`)


def _titled_items(t: Text, rule: dict[tuple[int, int], str], scored: list[tuple[float, int, int]],
                  keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The names of a list of names each with its title after it (某强总理、某战书委员长和王毅国务委员):
    a span right before a role that the rules find plausible (the "p" flag of `model_spans`) and that
    scores at least TITLED_FLOOR, after a mark or conjunction that ends the item before it, a name
    the scorer took and its role. The items of one list are of one kind: the scorer, which reads each
    alone, doubts a rare surname (栗) or a name of two after a conjunction (和某毅 0.04 to 0.16). Each
    item is judged after the one before it is kept, left to right."""
    cands = sorted((a, b, p) for p, a, b in scored
                   if p >= TITLED_FLOOR and "p" in rule.get((a, b), "") and (a, b) not in keep)
    if not cands:
        return set()
    s = t.s
    role_from = {b: a for a, b, _w, _role in t.roles()}  # where the role word ending at b starts
    ends = {b for _a, b in keep}
    used = _covered(keep)
    added: set[tuple[int, int]] = set()
    for a, b, _p in cands:
        if a < 2 or s[a - 1] not in _JOINS or not used.isdisjoint(range(a, b)):
            continue
        # the item before: a taken name, then a role ending right before the join
        if role_from.get(a - 1, -1) not in ends:
            continue
        added.add((a, b))
        ends.add(b)
        used.update(range(a, b))
    return added


def _namesakes(s: str, keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The person an -ism is named after, jieba's dictionary knowing the name as a person's (words.txt
    flag n, data/names_other.txt): 马克思|主义, 列宁|主义. `digest persons` reads them as news annotators
    of the MSRA corpus do (all eight such in its lines at hand), as it reads a leader before 思想 or
    理论 and a cup's namesake (尤伯|杯); pd98's annotators read them so in 3 of 15 paragraphs, the
    samples' gold never, and `digest parse` does not."""
    from digest import namemodel

    other = namemodel.stats().other  # jieba's persons that start with no listed surname (列宁, 恩格斯)
    used = _covered(keep)
    out: set[tuple[int, int]] = set()
    j = s.find("主义")
    while j >= 0:
        for k in (4, 3, 2):
            if (j - k >= 0 and (_flag(s[j - k:j], "n") or s[j - k:j] in other)
                    and used.isdisjoint(range(j - k, j))):
                out.add((j - k, j))
                break
        j = s.find("主义", j + 2)
    return out


PRIZE_FLOOR = 0.01  # the least probability of the person a cup or a prize is named after (`_prize_namesakes`)
_PRIZE = re.compile("[杯奖]")


def _prize_namesakes(s: str, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The person a cup or a prize is named after (某迪曼|杯, 汤某斯|杯, 某贝尔|奖): a span right before
    杯 or 奖 that jieba's dictionary knows as a person's name and as nothing else (words.txt flag n
    alone, data/names_other.txt: not 阳光, 荣誉, 文明, which it tags as persons too) and that scores
    at least PRIZE_FLOOR (荣誉|奖 scores 0.0005). Both pd98's and the MSRA corpus's annotators read them
    so: the five such spans of pd98 and all 2,998 MSRA lines are gold names."""
    from digest import namemodel

    other, words = namemodel.stats().other, namemodel.stats().words
    p = {(a, b): x for x, a, b in scored if x >= PRIZE_FLOOR}
    used = _covered(keep)
    out: set[tuple[int, int]] = set()
    for m in _PRIZE.finditer(s):
        j = m.start()
        for k in (4, 3, 2):
            w = s[j - k:j] if j - k >= 0 else ""
            if (w and (words.get(w) == "n" or w in other) and (j - k, j) in p
                    and used.isdisjoint(range(j - k, j))):
                out.add((j - k, j))
                used.update(range(j - k, j))
                break
    return out


# a Chinese name of three that jieba's dictionary holds as a person's (`_dictionary_names`). Measured
# with `digest persons`, each line on its own: the MSRA lines read 0.880 -> 0.884, those never read
# 0.868 -> 0.876, page sets A / B 0.923 / 0.925 -> 0.924 / 0.926, pd98 0.972 -> 0.970 (7 false: jieba
# tags some things as persons, 金字塔, 双刃剑); at 0.01 the MSRA lines lose what they gain
DICTIONARY_FLOOR = 0.05


def _dictionary_names(s: str, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The Chinese names of three characters (a surname and two) that jieba's dictionary holds as a
    person's name (words.txt flag n: 白居易, 方志敏, and many people of the news it was built from)
    scoring at least DICTIONARY_FLOOR and overlapping no taken name, the most probable first: none
    that is a place of the gazetteer, that `choose` refuses wherever it stands (`namemodel.refused`),
    that starts inside a word (锡|林郭勒: `namemodel.starts_in_a_word`) or whose last character
    makes a word with the next one; DICTIONARY_WORD_FLOOR when the given name is a common noun or verb
    (强|降雨). The dictionary half vouches for the name, the scorer for its place in the sentence."""
    from digest import namemodel

    tags = namemodel.stats().tags
    return _most_probable_first((x for x in scored if (x[1], x[2]) not in keep
                                 and x[0] >= (DICTIONARY_WORD_FLOOR if tags.get(s[x[1] + 1:x[2]]) in _WORD_TAGS
                                              else DICTIONARY_FLOOR)
                                 and namemodel.dictionary_name(s, x[1], x[2])), keep)


# a dictionary name whose given name is a common noun or verb (words_tags.tsv: 强|降雨, where jieba also
# lists a person so called) needs this much of the scorer
DICTIONARY_WORD_FLOOR = 0.2
_WORD_TAGS = frozenset({"n", "v", "vn"})


def _most_probable_first(cands: Iterable[tuple[float, int, int]], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The candidate spans, the most probable first, each that overlaps neither a taken span (`keep`)
    nor one taken before it here."""
    used = _covered(keep)
    added: set[tuple[int, int]] = set()
    for _p, a, b in sorted(cands, reverse=True):
        if used.isdisjoint(range(a, b)):
            added.add((a, b))
            used.update(range(a, b))
    return added


def _after_a_role(s: str, rule: dict[tuple[int, int], str], scored: list[tuple[float, int, int]],
                  keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The names the rules read right after a role, by a strong anchor (flags r and s: 国家主席某某和,
    主帅某正南颇…) that score at least ROLE_FLOOR and overlap no taken name: the role and the scorer
    half agree. Over pd98, the four sets and the MSRA lines at hand, the seven such reads at 0.2 to
    0.3 were all right; under 0.2 most are wrong (教练|席上). A name of three a follow word of two closes
    (`_closed_after`: 副市长某卫国|会见) is taken at _CLOSED_ROLE_FLOOR (session 39: pd98 and the persons sets unchanged,
    set 319 +1 name)."""
    flagged = {span for span, flags in rule.items() if "r" in flags and "s" in flags and span not in keep}
    if not flagged:
        return set()
    return _most_probable_first((x for x in scored if (x[1], x[2]) in flagged
                                 and (x[0] >= ROLE_FLOOR or (x[0] >= _CLOSED_ROLE_FLOOR and _closed_after(s, x[1], x[2])))),
                                keep)


_CLOSED_ROLE_FLOOR = 0.05  # the scorer's least for a role's name of three closed by a word only a person's act opens


def _closed_after(s: str, a: int, b: int) -> bool:
    """Is the name s[a:b] of three, with a listed surname, closed by a follow word of two or more characters (会见,
    主持, 带领, 牵头: 副市长某卫国|会见, whose given name is a word the scorer doubts), its first two no word?"""
    lex = _lexicon()
    m = lex.follow.match(s, b)
    return (b - a == 3 and s[a] in lex.surnames and m is not None and m.end() - b >= 2
            and not any(x in _words().get(s[a:a + 2], "") for x in "cdnp"))  # (主席|纪念江…, 学生|唐诗送给: a word or a name of two)


def _at_a_role_word(t: Text, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans starting right where a role word ends (`Text.role_ends`: 秘书某子克找去, 召集人某西安参赞,
    摄影师某屏宾掌镜) that score at least ROLE_FLOOR and overlap no taken name, the most probable first:
    the rules read no name there when no follow word closes it, and the role and the scorer half
    agree. Over pd98, the MSRA lines and the page set read, the spans there scoring 0.2 to 0.3 were
    three names and nothing else; under 0.2 most are a name read a character too long or short
    (某奇很|有建树, 某钟|泌) or no name (记者|席上用). A Chinese name there needs a listed surname
    (`weakanchors.at_a_role`: 人大代表|老旧小区)."""
    s, ends = t.s, t.role_ends()
    if not ends:
        return set()
    return _most_probable_first((x for x in scored if x[1] in ends and (x[1], x[2]) not in keep
                                 and (x[0] >= ROLE_FLOOR or (x[0] >= _CLOSED_ROLE_FLOOR and _word_after_three(s, x[1], x[2])))
                                 and at_a_role(s[x[1]:x[2]])), keep)


def _word_after_three(s: str, a: int, b: int) -> bool:
    """Is s[a:b] a name of three, a listed surname first, its first two no word, with a word of two or more
    opening right after it (民警某建华|发现后, 法官某海军|办理)?"""
    lex = _lexicon()
    return (b - a == 3 and s[a] in lex.surnames and not any(x in _words().get(s[a:a + 2], "") for x in "cdnp")
            and any(s[b:b + k] in _words() for k in (2, 3, 4)))


# what closes a name of two right after a post: a mark, or a verb of saying or of leading (站长某河说, 主任某暖带领)
_CLOSES_A_POSTS_NAME = re.compile(r"[，。、；：,;:]|说|表示|介绍|告诉|带领|听到|指出|认为|坦言|在会上|主持|出席|陪同|率队|带队")


def _word_named_after_a_post(t: Text, keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The names of two that are also words, right after a post (`Text.roles`) and closed by a mark or a
    verb of saying or leading (`_CLOSES_A_POSTS_NAME`: 车间主任林业说, 股长方圆、, 主任医师温暖带领): the scorer
    gives such a given name almost nothing (a word, 0.00), where the post and the close say a person.
    Not a word too common to be a name or a verb (dictionary flags g, v: 记者|宣布，), a word for a kind of
    person (党员|干部，), a withheld name (某), nor where the post and what follows make a word (领导|班子，,
    理事|国中): over pd98 and four persons sets, seven such names and one word (博士|毕业，)."""
    s = t.s
    roles = t.roles()
    if not roles:
        return set()
    lex, words, flags = _lexicon(), _words(), word_flags()
    nouns = {s[a:b] for a, b in t.person_nouns()}
    taken = _covered(keep)
    out = set()
    for a, b, _w, _r in roles:
        name = s[b:b + 2]
        if (len(name) < 2 or not (_is_han(name[0]) and _is_han(name[1])) or name[0] not in lex.surnames
                or name.endswith("某") or name in nouns or b in taken or b + 1 in taken
                or any(x in words.get(name, "") for x in "gv") or not _CLOSES_A_POSTS_NAME.match(s, b + 2)):
            continue
        if s[a:b + 1] in flags or any(s[x:b + 2] in flags for x in range(a, b)):
            continue
        out.add((b, b + 2))
    return out


def _at_a_person_noun(t: Text, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The Chinese spans starting right where a word for a kind of person ends (`weakanchors.kinds_of_person`:
    名将某涛未能…, 小将某冲…) that score at least ROLE_FLOOR, open with a listed surname (`at_a_role`), end
    in no word with the next character unless the next two make one (同事某晨|合租, not 某晨合) and
    overlap no taken name, the most probable first: as `_at_a_role_word` reads them after a role."""
    from digest import namemodel

    s = t.s
    nouns = {y for _x, y in kinds_of_person(s, t.person_nouns())}
    if not nouns:
        return set()
    words = namemodel.stats().words
    return _most_probable_first((x for x in scored if x[1] in nouns and x[0] >= ROLE_FLOOR and (x[1], x[2]) not in keep
                                 and s[x[1]] not in FUNCTION_CHARS  # (罪犯|于服刑期间: 于 the preposition)
                                 and namemodel.kind_of(s[x[1]:x[2]]) == "zh" and at_a_role(s[x[1]:x[2]])
                                 and (s[x[2] - 1:x[2] + 1] not in words or s[x[2]:x[2] + 2] in words)
                                 and not namemodel.runs_into_follow(s, x[1], x[2])), keep)  # (市民某乐|带着)


def _plainly_named(t: Text, rule: dict[tuple[int, int], str], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The names right after a role word or a word for a kind of person whose end is a word's start
    (`weakanchors.plainly_named`: 站长某立军带领, 种植户某海生算了), or after an occupation with a compound
    surname (快递员某某俊开着), scored in full as `digest parse` scores them
    (NAMED_LEAST), that score at least NAMED_FLOOR and overlap no taken name."""
    from digest import namemodel

    s, roles = t.s, t.role_ends()
    nouns = {y for _x, y in kinds_of_person(s, t.person_nouns())}
    occupied = set(t.occupations())
    plain = [c for i in sorted(roles | nouns | occupied) for c in namemodel.candidates_from(s, i)
             if plainly_named(s, c[0], c[1], roles, nouns, occupied)]
    if not plain:
        return set()
    scored = namemodel.admissible(s, namemodel.scored_at(s, plain, rule, NAMED_LEAST))
    return _most_probable_first((x for x in scored if x[0] >= NAMED_FLOOR and (x[1], x[2]) not in keep), keep)


# a plain name of three opening a clause (the text's start or after a mark) right before what a person does or says
# (`，某海生也闲不下来`, `某国庆生于1969年`, `如今，某子豪已经康复`): its own features and the scorer's, which
# doubts a rare surname (仉, 郗, 亓), half agree. Chosen 2026-12-07 over the 23 persons sets at hand: 0.1 took 4 names
# more and none false (sets 368, 367), 0.03 two more (360), 0.01 one false more (369); pd98 the same at each
CLAUSE_NAME_FLOOR = 0.03
# what a person does that follows the name (an adverb of the subject, 生于, 带着…; a verb of saying is asked of
# `lexicon.weak_anchors`' list)
_PERSON_GOES_ON = re.compile(r"[曾已也又就还都便才却仍]|生于|出生|笑着|带着|抱着|拿着|今年|从小|年轻时")


def _opening_a_clause(s: str, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The plain names of three (`weakanchors.plain_three`) opening a clause right before what a person does or
    says (`_PERSON_GOES_ON`: an adverb of the subject, a verb of saying, 生于, 带着…) that score at least
    CLAUSE_NAME_FLOOR and overlap no taken name, the most probable first."""
    speech = weak_anchors()[1]
    return _most_probable_first((x for x in scored if x[2] - x[1] == 3 and x[0] >= CLAUSE_NAME_FLOOR
                                 and (x[1], x[2]) not in keep and (x[1] == 0 or CLAUSE_START.match(s, x[1] - 1))
                                 and (_PERSON_GOES_ON.match(s, x[2]) is not None or speech.match(s, x[2]) is not None
                                      or s[x[2]:x[2] + 2] in body_acts())
                                 and plain_three(s, x[1], x[2])), keep)


# words that follow a person's name and little else (某某同志, 某某一行, 某某先生, 某某老人)
_AFTER_A_NAME = (*POST_STRONG, "一行", "先生", "女士", "老人", "当选为",
                 # the ways to address an ordinary person after the name (某某某大姐, 某某某师傅: nametext.ADDRESS_WORDS)
                 "大爷", "大妈", "大娘", "大姐", "大哥", "老汉", "阿婆", "阿公", "师傅", "阿姨", "奶奶", "爷爷",
                 # a cleric's title after the name (某某法师, 某某某阿訇, 某某牧师)
                 "法师", "阿訇", "牧师", "神父", "道长",
                 # a player's rank at Go or chess (某精九段执白, 某某六段): not 一段 (这一段)
                 "初段", "二段", "三段", "四段", "五段", "六段", "七段", "八段", "九段")
POST_FLOOR = 0.05  # the least probability of a name right before one of them (`_before_a_post`)


def _post_floor(s: str, a: int, b: int) -> float:
    """The least probability of the span s[a:b] right before a word of `_AFTER_A_NAME`: STRONG_POST_FLOOR
    before 总书记 and 同志 (`weakanchors.before_a_strong_post`), as `digest parse` reads them."""
    if not s.startswith(POST_STRONG, b):
        return POST_FLOOR
    return STRONG_POST_FLOOR if before_a_strong_post(s, a, b) else 1.0


def _before_a_post(s: str, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans right before a word that follows a person's name and little else (`_AFTER_A_NAME`:
    会见了某某贝尔一行, 某某山老人一再强调) that score at least POST_FLOOR (STRONG_POST_FLOOR before
    总书记 and 同志, which follow nothing else: 学习贯彻某玲璧总书记, 汉生同志; a preposition and one
    character there is a leader named by one, 向江总书记) and overlap no taken name, the most probable
    first: the word and the scorer half agree; none starting inside a word (教师|和同志:
    `namemodel.starts_in_a_word`). The scorer learnt such words from
    names it had seen (on pd98 every gold name before one scores 0.38 or more); on the MSRA lines
    at hand names it had not seen score 0.05 to 0.3 there, and every span scoring so that overlaps
    no taken name is a name."""
    from digest import namemodel

    return _most_probable_first((x for x in scored if s.startswith(_AFTER_A_NAME, x[2]) and (x[1], x[2]) not in keep
                                 and x[0] >= _post_floor(s, x[1], x[2])
                                 and not namemodel.starts_in_a_word(s, x[1])), keep)


# a Chinese name right before the title it is addressed by (献给某素芝院长, 由中国科大某建国院士领衔):
# the title half anchors it, as a role before a name does (`_at_a_role_word`). On the MSRA lines read
# and page set A: 5 names more, 1 false (卫冕|冠军: jieba tags 卫冕 a name); 0.05 takes 2 more false
TITLE_FLOOR = 0.1


_OPENING_QUOTES = frozenset("“「『‘\"")
_CLOSING_QUOTES = frozenset("”」』’\"")
_FORMER = frozenset("原前")  # before a title, "former" (统计司|原司长): no name of two ends so there


GLOSS_FLOOR = 0.01  # the scorer's least for a Chinese name right before its Latin form in brackets
_LATIN_GLOSS = re.compile(r"\((?=[A-Za-z])[A-Za-z][A-Za-z.'’\-]{1,40}\)")  # (`(KelvinChan)`: the text is read spaceless)


def _before_a_latin_gloss(s: str, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The Chinese names right before their Latin form in brackets (`某家乐（Kelvin Chan）在记者会上`, `某何美琪（Maggie
    Chow）`: Hong Kong, Macau and overseas people as mainland news prints them) that score at least GLOSS_FLOOR and
    overlap no taken name, the most probable first: the gloss is a person's name's, as the role before a name is."""
    from digest import namemodel

    if "(" not in s:
        return set()
    ends = {m.start() for m in _LATIN_GLOSS.finditer(s)}
    if not ends:
        return set()
    return _most_probable_first((x for x in scored if x[2] in ends and x[0] >= GLOSS_FLOOR and (x[1], x[2]) not in keep
                                 and namemodel.kind_of(s[x[1]:x[2]]) == "zh" and not dictionary_word(s[x[1]:x[2]])), keep)


_PLACE_DE_FLOOR = 0.05  # the scorer's least for a name of three after a place and 的 (`某县某镇的某秀兰今年…`)
_PLACE_BEFORE_DE = frozenset("县市镇乡村区州旗屯寨")  # a place's last character before 的 and a person's name


def _after_a_places_de(s: str, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Names of three right after a place and 的 (`吴忠市同心县预旺镇的某秀兰今年…`, `安图县的某英子和…`: where someone
    lives or works, then who), a listed surname first, its first two no word, scoring at least _PLACE_DE_FLOOR and
    overlapping no taken name: the people stories of county news name villagers so, bare."""
    lex = _lexicon()
    cands = (x for x in scored if x[2] - x[1] == 3 and x[0] >= _PLACE_DE_FLOOR and x[1] >= 2 and s[x[1] - 1] == "的"
             and s[x[1] - 2] in _PLACE_BEFORE_DE and s[x[1]] in lex.surnames
             and not any(f in _words().get(s[x[1]:x[1] + 2], "") for f in "cdnp"))
    return _most_probable_first(cands, keep)


def _before_a_title(t: Text, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The Chinese names right before a role word (`Text.roles`) that score at least TITLE_FLOOR and
    overlap no taken name, the most probable first: none that is a word of the dictionary (学院|院长),
    ends an organization or a place (县委|副书记), is of two ending in 原 or 前, the title's "former",
    right after a word's character (统计司原|司长; not 据王原副主任介绍), fills a pair of quotation
    marks with the title (“师德|标兵”: an honour), is a place and a title's opener (韩国前|总统), starts
    where a role ends (that is `_at_a_role_word`'s) or inside a word (`namemodel.starts_in_a_word`)."""
    from digest import namemodel

    s = t.s
    starts = {a for a, _b, _w, _r in t.roles()}
    if not starts:
        return set()
    ends = t.role_ends()
    # a title quoted whole is an honour's name, no person's (“师德|标兵”, “岗位|能手”)
    quoted = {a for a, b, _w, _r in t.roles() if s[b:b + 1] in _CLOSING_QUOTES}
    return _most_probable_first((x for x in scored if x[2] in starts and x[0] >= _title_floor(s, x[1], x[2])
                                 and (x[1], x[2]) not in keep and x[1] not in ends
                                 and not (x[2] in quoted and s[x[1] - 1:x[1]] in _OPENING_QUOTES)
                                 and s[x[2] - 1] not in ORG_END and s[x[2] - 1] not in ADMIN_END
                                 and namemodel.kind_of(s[x[1]:x[2]]) == "zh"
                                 and not (x[2] - x[1] == 3 and s[x[2] - 1] == "任")  # (由某某|任主编: "serves as")
                                 and not (x[2] - x[1] == 2 and s[x[2] - 1] in _FORMER and x[1] > 0
                                          and _is_han(s[x[1] - 1]) and s[x[1] - 1] not in FUNCTION_CHARS)
                                 and not dictionary_word(s[x[1]:x[2]]) and not place_then_opener(s[x[1]:x[2]])
                                 and not namemodel.starts_in_a_word(s, x[1])), keep)


def _title_floor(s: str, a: int, b: int) -> float:
    """What the span s[a:b] right before a title needs (`_before_a_title`): TITLE_FLOOR, or less for a
    Chinese name of three after a unit's short name, as `digest parse` reads it (`weakanchors.titled_three`:
    `骨伤科|某书国|教授`, whose rare surname or given name the scorer doubts)."""
    three = titled_three(s, a, b)
    return TITLE_FLOOR if three is None else min(TITLE_FLOOR, three)


def _plain_first(s: str, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]],
                 anchor: Callable[[int, int], int | None]) -> set[tuple[int, int]]:
    """One name an anchor (`anchor(a, b)`: the anchor's offset of the span s[a:b], None at none), scoring at
    least TEAM_FLOOR and overlapping no taken name, the most probable first: a Chinese one opening with a
    listed surname (`weakanchors.at_a_role`), none starting inside a word, a plain name of three
    (`weakanchors.plain_three`) before a shorter read of it (某芋汐, not 某芋|汐)."""
    from digest import namemodel

    best: dict[int, tuple[bool, float, int, int]] = {}  # anchor -> (a plain name of three, probability, span)
    for p, a, b in scored:
        k = anchor(a, b)
        if (k is not None and p >= TEAM_FLOOR and (a, b) not in keep and at_a_role(s[a:b])
                and not namemodel.starts_in_a_word(s, a)):
            best[k] = max(best.get(k, (False, 0.0, a, b)), (plain_three(s, a, b), p, a, b))
    return _most_probable_first(((p, a, b) for _plain, p, a, b in best.values()), keep)


def _after_a_team(s: str, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The names right after a team named by its place (`weakanchors.after_a_team`: 浙江队某某和…, 天津队的
    某某) or a numbered class (`weakanchors.after_a_class`: 301班某某获得…), one a team or class
    (`_plain_first`)."""
    if "队" not in s and "班" not in s:
        return set()
    teams = set(after_a_team(s)) | set(after_a_class(s))
    return _plain_first(s, scored, keep, lambda a, b: a if a in teams else None)


def _before_a_result(s: str, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The names right before 以 and a figure (`weakanchors.RESULT_AFTER`: 某海洋以58秒98的成绩…, 某某以2比1…),
    a sports page's result, one a result (`_plain_first`; a team is none, `at_a_role`: not 浙江队|以…), no
    last part of a hyphenated or dotted name (not 某克-|某杰斯以…)."""
    ends = {m.start() for m in RESULT_AFTER.finditer(s)} if "以" in s else set()
    if not ends:
        return set()
    return _plain_first(s, scored, keep, lambda a, b: b if b in ends and s[a - 1:a] not in ("-", "·") else None)


def _authors(s: str, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans right before 的 and the title of a work (`weakanchors.AUTHOR_OF`: 某某的《…》, 某某的
    长篇小说《…》) that score at least AUTHOR_FLOOR and overlap no taken name, the most probable first."""
    if "《" not in s:
        return set()
    ends = {m.start() for m in AUTHOR_OF.finditer(s)}
    return _most_probable_first((x for x in scored if x[2] in ends and (x[1], x[2]) not in keep
                                 and x[0] >= AUTHOR_FLOOR), keep)


_COORD = CONJUNCTIONS | frozenset("、/")  # what joins two names (某甲和某乙, 某甲与某乙会师决赛, 李某、郑某之后, a pair 某甲/某乙)
COORD_FLOOR = 0.04  # the least probability of the other of two joined names (`_coordinated`)
_LEAST_FLOOR = min(DICTIONARY_FLOOR, TITLED_FLOOR, ROLE_FLOOR, POST_FLOOR, STRONG_POST_FLOOR, COORD_FLOOR, PRIZE_FLOOR, TITLE_FLOOR,
                   AUTHOR_FLOOR, TEAM_FLOOR, GLOSS_FLOOR, UNIT_TITLED_FLOOR, CLAUSE_NAME_FLOOR)  # the paths under the threshold read no span under it


def _chinese(c: str) -> bool:
    """Is c shaped as a Chinese name (a surname and one or two characters, a compound surname and
    one or two)?"""
    from digest import namemodel

    return namemodel.kind_of(c) == "zh" and len(c) <= (4 if c[:2] in namemodel.stats().compound else 3)


def _coordinated(s: str, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]],
                 found: list[Found]) -> set[tuple[int, int]]:
    """The other name of two joined by 和/与/及/同/、 when one of them is taken (`keep`: 孙某姿和任某齐,
    黄某裕和陈晓, 马龙与樊某东): a span right after the joint, or ending right before it, that scores at
    least COORD_FLOOR and overlaps no taken name nor a name of the rules kept whatever the scorer says
    (`found`: 洛桑平措 leaves no room for 桑平措). Two names so joined are of one kind: the scorer,
    which reads each alone, doubts a name that is also a word or a place (马龙) or a rare one."""
    from digest import namemodel

    n = len(s)
    best: dict[tuple[int, int], float] = {}
    for p, a, b in scored:  # the spans right after or right before a joint
        if p >= COORD_FLOOR and ((a > 0 and s[a - 1] in _COORD) or (b < n and s[b] in _COORD)) and (a, b) not in keep:
            best[(a, b)] = max(p, best.get((a, b), 0.0))
    if not best:
        return set()
    starts: dict[int, list[tuple[int, int]]] = {}
    ends: dict[int, list[tuple[int, int]]] = {}
    for a, b in best:
        starts.setdefault(a, []).append((a, b))
        ends.setdefault(b, []).append((a, b))
    used = _covered(keep) | _covered((f.pos, f.pos + len(f.name)) for f in found)
    words = namemodel.stats().words
    added: set[tuple[int, int]] = set()
    for a, b in sorted(keep):
        # (a neighbour already taken is no other name to add: a long list costs a lookup an item)
        after = starts.get(b + 1, []) if b + 1 < n and s[b] in _COORD and b + 1 not in used else []
        before = ends.get(a - 1, []) if a > 1 and s[a - 1] in _COORD and a - 2 not in used else []
        # a 、 or a slash joins places, peoples and works too: after or before one, Chinese names only
        if after and s[b] in "、/":
            after = [sp for sp in after if _chinese(s[sp[0]:sp[1]])]
        if before and s[a - 1] in "、/":
            before = [sp for sp in before if _chinese(s[sp[0]:sp[1]])
                      and (s[a - 1] != "/" or not namemodel.starts_in_a_word(s, sp[0]))]  # (not 某官|某某/某某)
        for side in (after, before):
            # a name of three whose last character opens the word after it is the name of two (陈晓|之间)
            for x, y in sorted(side, key=lambda sp: (sp[1] - sp[0] == 3 and "x" in words.get(s[sp[1] - 1:sp[1] + 1], ""),
                                                     -best[sp])):
                if used.isdisjoint(range(x, y)):
                    added.add((x, y))
                    used.update(range(x, y))
                    break
    return added


# a list of three or more items joined by 、 names one kind of thing: where a third of its items or
# more, and two at least, are no name at all (no span of the item scores LIST_NONE) and no item the
# scorer took scores LIST_SURE, the items it took are things too (丹顶鹤、大天鹅、白鹳、苍鹰、海雕:
# jieba's dictionary tags 白鹳 and 苍鹰 as persons; 钢琴、小提琴、大提琴). On the MSRA lines read 7
# false names fewer, never read 4, page set A 2, set B 1, pd98 0, no name lost. One such item is not
# enough: 主演有弋舟、某丽、某露 (a pen name scores nothing); with one, pd98 loses 3 false names more
# (部族巴雅、班达、桑戈和曼吉阿族) but such a short list of people would lose all its names
LIST_NONE = 0.05
LIST_SURE = 0.9
_ITEM_MOST = 8  # the longest item `_one_kind_lists` reads
_LIST_END = frozenset("等和与及")  # what may end a list's last item (…、某某等, …、某某和某某)


def _list_items(s: str, k: int, taken_to: dict[int, int]) -> tuple[list[tuple[int, int]], int]:
    """The items of the 、 list whose first 、 is at k (each a run of Han characters of at most
    _ITEM_MOST, the last cut at 等, 和, 与 or 及 after two to four characters; the first, a taken span
    ending at k: `taken_to`, end -> start), and the offset after it."""
    n = len(s)
    a = k
    while a > 0 and k - a < _ITEM_MOST and is_han(s[a - 1]):
        a -= 1
    items = [(taken_to.get(k, a), k)]
    j = k
    while j < n and s[j] == "、":
        b = j + 1
        while b < n and b - j <= _ITEM_MOST and is_han(s[b]):
            b += 1
        if b < n and s[b] != "、":
            b = next((x for x in range(j + 3, min(b, j + 6)) if s[x] in _LIST_END), b)
        items.append((j + 1, b))
        j = b
    return items, max(j, k + 1)


def _one_kind_lists(s: str, scored: list[tuple[float, int, int]], keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The taken spans less the items of a list of things (see LIST_NONE): a list of three or more
    items joined by 、, a third of them or more (two at least) no name, none taken at LIST_SURE."""
    if "、" not in s:
        return keep
    best: dict[tuple[int, int], float] = {}
    for p, a, b in scored:
        best[(a, b)] = max(p, best.get((a, b), 0.0))
    drop: set[tuple[int, int]] = set()
    taken_to = {b: a for a, b in keep}
    k = s.find("、")
    while k >= 0:
        items, end = _list_items(s, k, taken_to)
        taken = [x for x in items if x in keep]
        if len(items) >= 3 and taken:
            none = sum(1 for x in items if x not in keep and best.get(x, 0.0) < LIST_NONE)
            if none >= 2 and 3 * none >= len(items) and max(best.get(x, 0.0) for x in taken) < LIST_SURE:
                drop.update(taken)
        k = s.find("、", end)
    return keep - drop


def _without_firms(s: str, found: list[Found]) -> list[Found]:
    """The found names less those printed inside a foreign firm's name the text gives right after a word
    for a firm (`namemodel.firm_names`: 巨头公司阿克某诺贝尔…向阿克某诺|贝尔发出, a Yi clan's read)."""
    from digest import namemodel

    firms = namemodel.firm_names(s)
    if not firms:
        return found
    inside = {k for f in firms for a in _occurrences(s, f) for k in range(a, a + len(f))}
    return [f for f in found if f.pos >= len(s) or "·" in f.name  # (创始人汤姆·某克逊: a person named after the brand)
            or inside.isdisjoint(range(f.pos, f.pos + len(f.name)))]


def _occurrences(s: str, w: str) -> list[int]:
    """The offsets where w is printed in s (none overlapping)."""
    out = []
    k = s.find(w)
    while k >= 0:
        out.append(k)
        k = s.find(w, k + len(w))
    return out


def _whole_items(s: str, keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The taken spans, each name of two that is the last two characters of an item of three of a 、
    list between two taken names (某某、柁嘉某、某洁: a surname the list lacks) read as the whole item:
    its first character no function character, the item after it ended by 、 or a mark; and an item of
    two or three between two taken names that nothing took and that is no word, read as a name."""
    from digest import namemodel

    if "、" not in s:
        return keep
    ends = {b for _a, b in keep}
    starts = {a for a, _b in keep}
    out = set()
    for a, b in keep:
        if (b - a == 2 and a >= 2 and s[a - 2] == "、" and is_han(s[a - 1]) and s[a - 1] not in FUNCTION_CHARS
                and a - 2 in ends and b < len(s) and s[b] == "、" and b + 1 in starts):
            out.add((a - 1, b))
        else:
            out.add((a, b))
    # an item of two or three taken by nothing between two taken names (某天琪、幺红、某维维: a surname the
    # list lacks), read whole: Han characters, none a function character, no word of the dictionary or
    # CC-CEDICT (、环保、), no span that is no person
    ends = {b for _a, b in out}
    starts = {a for a, _b in out}
    used = _covered(out)
    for e in sorted(ends):
        a = e + 1
        if e >= len(s) or s[e] != "、" or a in starts:
            continue
        b = a
        while b < len(s) and b - a < 4 and is_han(s[b]):
            b += 1
        if (2 <= b - a <= 3 and s[b:b + 1] == "、" and b + 1 in starts and used.isdisjoint(range(a, b))
                and not any(ch in FUNCTION_CHARS for ch in s[a:b]) and not namemodel.no_person(s, a, b)
                and not namemodel.never_a_name(s[a:b]) and not dictionary_word(s[a:b])
                and s[a:b] not in (namemodel.stats().cedict or {})):
            out.add((a, b))
    return out


def _one_reading(s: str, keep: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The taken spans, each name of two that reads as the first two characters of a name of three
    taken elsewhere in the text, that third character following it here too, read whole
    (罗某刚胜出 after 中国队的罗某刚与: 刚 is an adverb too, but one text names one person so)."""
    threes = {s[a:b] for a, b in keep if b - a == 3}
    if not threes:
        return keep
    starts = {a for a, _b in keep}
    out = set()
    for a, b in keep:
        if b - a == 2 and b < len(s) and s[a:b + 1] in threes and b not in starts:
            out.add((a, b + 1))
        else:
            out.add((a, b))
    return out


# a regnal number after a name (哈桑二世, 伊丽莎白二世, 路易十四世), not 世纪 or 世界 (迈向二十一世纪)
_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世(?![纪界])")


def _regnal(s: str, f: Found) -> Found:
    """The name with the regnal number printed right after it: `digest persons` reads 某某二世 whole,
    as the MSRA corpus's annotators do (pd98's read 哈桑 alone)."""
    m = _REGNAL.match(s, f.pos + len(f.name))
    return replace(f, name=f.name + m.group()) if m else f


def _kept_anyway(t: Text, f: Found) -> bool:
    """Does a name of the rules stay whatever the scorer says of it?"""
    return (f.pos >= len(t.s) or f.name in t.credit_roles
            or is_tibetan(f.name) or is_mongolian(f.name)  # kinds of names the scorer has no candidate for
            or f.kept  # the layout or an appointment says these are names (`Found.kept`)
            or (f.pos < len(t.s) and t.s.startswith(f.name, f.pos) and compound_named(t.s, f.pos, f.pos + len(f.name)))  # (、诸葛某霞、: the scorer has seen few compound surnames)
            or _known_person_after_a_role(f))


def _with_model(t: Text, found: list[Found], add_only: float | None = None) -> list[Found]:
    """The rules' names re-decided, and names added, by the statistical scorer (digest.namemodel);
    an added name takes the role printed right before it (a role word ends there) or right after it
    (钱其琛副总理). `add_only`: keep every name of the rules and add only spans scoring at least this
    that overlap none of them."""
    from digest import namemodel

    s = t.s
    rule, after = model_spans(t, found)
    if add_only is None:
        scored = namemodel.scored(s, rule)
        keep = set(namemodel.choose(s, scored, namemodel.model().threshold))
        # the paths below take spans under the threshold, none under the lowest of their floors, and
        # never one that is no person wherever it stands (a country before 总统 in a list of
        # presidents: 、乌克兰|总统某某; 和某雄|同志)
        scored = namemodel.admissible(s, [x for x in scored if x[0] >= _LEAST_FLOOR])
        keep |= _titled_items(t, rule, scored, keep)
        keep |= _after_a_role(s, rule, scored, keep)
        keep |= _at_a_role_word(t, scored, keep)
        keep |= _plainly_named(t, rule, keep)
        keep |= _opening_a_clause(s, scored, keep)
        keep |= _at_a_person_noun(t, scored, keep)
        keep |= _before_a_post(s, scored, keep)
        keep |= _word_named_after_a_post(t, keep)
        keep |= _before_a_title(t, scored, keep)
        keep |= _before_a_latin_gloss(s, scored, keep)
        keep |= _after_a_places_de(s, scored, keep)
        keep |= _after_a_team(s, scored, keep)
        keep |= _before_a_result(s, scored, keep)
        keep |= _authors(s, scored, keep)
        keep |= _namesakes(s, keep)
        keep |= _prize_namesakes(s, scored, keep)
        keep |= _dictionary_names(s, scored, keep)
        keep = _one_reading(s, keep)
        keep = _one_kind_lists(s, scored, keep)
        anyway = [_kept_anyway(t, f) for f in found]
        out = [f for f, k in zip(found, anyway, strict=True) if k or (f.pos, f.pos + len(f.name)) in keep]
        out.extend(_rest_of_a_list(s, found, out, keep))
        # the names joined to one taken, by the scorer or the rules (某某、某爱金和埃伦: the rules' list)
        keep |= _coordinated(s, scored, keep | {(f.pos, f.pos + len(f.name)) for f in out if f.pos < len(s)},
                             [f for f, k in zip(found, anyway, strict=True) if k])
        keep = _whole_items(s, keep)
    else:
        taken = _covered((f.pos, f.pos + len(f.name)) for f in found)
        keep = {(a, b) for a, b in namemodel.spans(s, rule, add_only) if not any(k in taken for k in range(a, b))}
        out = list(found)
    at = {f.pos for f in found} | {a for a, _b in keep}
    keep = {(a, b) for a, b in keep if not opens_a_titled_item(t, a, b, at)}  # (传承人某某、唐三彩…传承人某某)
    kept_ends: dict[int, set[int]] = {}
    for f in out:
        if f.kept:
            kept_ends.setdefault(f.pos, set()).add(f.pos + len(f.name))
    if kept_ends:  # a rule's longer read over a name the layout says is one (人民陪审员　温暖　二〇…: no 温暖二)
        out = [f for f in out if f.kept or not any(
            e <= f.pos + len(f.name) and (k, e) != (f.pos, f.pos + len(f.name))
            for k in range(f.pos, f.pos + len(f.name)) for e in kept_ends.get(k, ()))]
    have = {(f.pos, f.pos + len(f.name)) for f in out}
    # a name the layout says is one (`Found.kept`: a row of a 名单, a credit) is no part of another:
    # 吕文  潘伟 is no 吕文潘
    layout = {k for f in out if (f.kept or is_mongolian(f.name) or is_tibetan(f.name)) and f.pos < len(s)
              for k in range(f.pos, f.pos + len(f.name))}  # (nor of a name read by its own elements: 巴图孟和, not 巴图孟)
    before = {b: role for _a, b, _w, role in t.roles()}
    read = {f.pos: f.role for f in found if f.role}  # a rule's read the scorer shortened (某强|见到) keeps its role
    out.extend(Found(s[a:b], a, before.get(a) or read.get(a) or after.get(b)) for a, b in keep
               if (a, b) not in have and layout.isdisjoint(range(a, b)))
    if add_only is None:
        out = _with_short_mentions(s, out)
    out.sort(key=lambda f: f.pos)
    if add_only is None and "世" in s:
        out = [_regnal(s, f) for f in out]
    return out


_PLACE_PREPOSITIONS = frozenset("在从到赴于至往")  # before a place, not a person: 在华盛顿举行


def _ja_family(name: str, ja: frozenset[str]) -> str | None:
    """The Japanese family name (data/surnames_ja.txt) a name of four characters or more opens with."""
    if len(name) < 4 or "·" in name:
        return None
    return next((name[:n] for n in (3, 2) if name[:n] in ja and len(name) - n >= 2), None)


def _with_short_mentions(s: str, found: list[Found]) -> list[Found]:
    """The found names and each mention of a person named in full (a dotted name, a Tibetan one, a
    Japanese one by the family name, a Chinese one of three by the given name when it is no frequent verb)
    by a part of the name alone, as news goes on (某·阿尔维斯 … 阿尔维斯赛后说, 阿依达娜·某某 … “阿依达娜说”,
    旦增卓嘎 … 旦增很有灵气, 鄢某阳 … “…”某阳说): the first or the last part of two characters or more, after a
    boundary (the start, a mark, a function character, a verb whose object is a person: 称赞某某“…”) and
    before one (a mark, a follow word, a common verb, a verb of saying, an adverb and a verb; a part of three
    or more after a mark needs nothing after it), over no found name but
    those inside it (the scorer's 穆哈梅多夫 of 。别克穆哈梅多夫说 gives way to the whole part). pd98's
    annotators list such a mention as a name of its own (`digest persons`; `digest parse` lists the
    full name only)."""
    from digest import namemodel
    from digest.lexicon import object_verbs, weak_anchors

    printed = [f for f in found if s.startswith(f.name, f.pos)]
    lex = _lexicon()
    ja = lex.ja_surnames
    full = [f for f in printed if "·" in f.name or is_tibetan(f.name) or (f.role and _ja_family(f.name, ja))]
    # a Chinese name of three (a surname and two) and later its given name alone (鄢某阳 … “…”某阳说)
    givens = {f.name[1:] for f in printed if len(f.name) == 3 and namemodel.kind_of(f.name) == "zh"
              and f.name[0] in lex.surnames and not any(x in _words().get(f.name[1:], "") for x in "gv")}
    if not full and not givens:
        return found
    speech = weak_anchors()[1]
    geo, words = namemodel.stats().geo, _words()
    objects = object_verbs()  # (称赞|阿劳霍“…”: a verb whose object is a person, before the mention)
    # each part to be looked for, with what its mention asks (dotted: a mark may end it; family: a
    # Japanese family name, which needs a follow word or a verb of saying)
    kinds: dict[str, tuple[bool, bool]] = {}
    for f in full:
        dotted = "·" in f.name  # (a Tibetan name's first syllables need a follow word after them: 当周，is "that week")
        family = _ja_family(f.name, ja)  # (a Japanese name: the family name alone, 北原修一 … 北原说)
        parts = f.name.split("·") if dotted else [family] if family else [f.name[:2]]
        for p in (parts[0], parts[-1]):
            if len(p) >= 2 and p != f.name and p not in kinds:
                kinds[p] = (dotted, family is not None)
    for g in givens:
        kinds.setdefault(g, (False, False))
    if not kinds:
        return found
    # where each found name lies, by offset (one look-up per character of a mention: linear in the text)
    owner: dict[int, tuple[int, int]] = {}
    for f in printed:
        for x in range(f.pos, f.pos + len(f.name)):
            owner[x] = (f.pos, f.pos + len(f.name))
    added: list[Found] = []
    dropped: set[tuple[int, int]] = set()
    parts_re = re.compile("|".join(re.escape(p) for p in sorted(kinds, key=len, reverse=True)))
    for m in parts_re.finditer(s):
        p, k, e = m.group(), m.start(), m.end()
        dotted, family = kinds[p]
        # a part that is also a place, a county's name or a word (乔治·华盛顿 … 在华盛顿举行, 尼玛次仁 …
        # 在尼玛, 当周才让 … 当周，, 亨利·福特 … 和福特合作, 福田某夫 … 福田是…) names no one alone unless a
        # verb of saying follows; a Japanese family name (of a name read after a role) needs a follow
        # word or a verb of saying (not 铃木制作的零件: a firm)
        elsewhere = p in geo or f"{p}县" in geo or f"{p}市" in geo or (words.get(p, "n") != "n")
        over = {owner[x] for x in range(k, e) if x in owner}
        mark = k == 0 or not _is_han(s[k - 1])
        if (all(k <= a and b <= e and (a, b) != (k, e) for a, b in over)
                and (mark or s[k - 1] in FUNCTION_CHARS or (k >= 2 and objects.fullmatch(s, k - 2, k) is not None))
                and s[k - 1:k] not in _PLACE_PREPOSITIONS
                and (not elsewhere or speech.match(s, e))
                and (not family or lex.follow.match(s, e) or speech.match(s, e) or _adverb_then_verb(s, e))
                and ((dotted and (e >= len(s) or not _is_han(s[e]) or (mark and len(p) >= 3)))
                     or lex.follow.match(s, e) or speech.match(s, e) or _flag(s[e:e + 2], "v")
                     or s[e:e + 1] in SUBJECT_ADVERBS or _adverb_then_verb(s, e))):
            added.append(Found(p, k, None, spreads=False))
            dropped |= over
            for x in range(k, e):
                owner[x] = (k, e)
    if not added:
        return found
    return [f for f in found if (f.pos, f.pos + len(f.name)) not in dropped] + added


def _adverb_then_verb(s: str, e: int) -> bool:
    """An adverb of one character, then a common verb (佐藤最|喜欢, 北原也|表示): what follows a person's
    family name as the subject of a clause, not a firm's (铃木制作的零件)."""
    return (s[e:e + 1] in SUBJECT_ADVERBS or s[e:e + 1] == "最") and _flag(s[e + 1:e + 3], "v")


def _user_names(e: Entry, include: set[str], traditional: bool = False) -> list[Found]:
    """Names from the names file, wherever they are printed (whitespace ignored)."""
    s = compact(_headline(e)) + "\x00" + compact(e.text or "")
    if traditional:
        s = simplified(s)
    out = []
    for name in include:
        i = s.find(name)
        if i >= 0:
            out.append(Found(name, i))
    return out


def read_names_file(path: str | Path) -> tuple[set[str], set[str]]:
    """(include, exclude) from a names file: one name a line, `-name` excludes, `#` comments. Read in any
    encoding a source may be in (UTF-8, GBK, GB18030, Big5, UTF-16 with its mark: `source.decode`); only a
    regular file (a FIFO would block the parse)."""
    from digest.source import decode

    p = Path(path)
    if p.exists() and not p.is_file():
        raise NamesFileError(f"cannot read names file {path}: not a regular file")
    try:
        text, _encoding = decode(p.read_bytes(), str(path))
    except OSError as exc:
        raise NamesFileError(f"cannot read names file {path}: {exc.strerror or exc.__class__.__name__}") from None
    except InputError as exc:
        raise NamesFileError(f"cannot read names file {path}: {exc}") from None
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
    """The title, with a newspaper kicker (引题, printed above it) in front (江凌在伊滨区调研时强调) and its
    subtitle (副题, printed under it) after it.
    A block's title is its text's first characters, cut anywhere (…徐进和郭丽老|师): of it, only
    the clauses it holds whole are read."""
    if e.kind == "block" and e.title and (e.text or "").lstrip().startswith(e.title):
        text = (e.text or "").lstrip()
        if len(text) > len(e.title) and not CLAUSE_START.match(text, len(e.title)):
            ends = [m.end() for m in CLAUSE_START.finditer(e.title)]
            return e.title[:ends[-1]] if ends else ""
    return "。".join(x for x in (e.kicker, e.title or "", e.subtitle) if x)


def _no_titled_item_openers(t: Text, found: list[Found]) -> list[Found]:
    """The rules' names without those that open an item of a list naming its own person after a role
    (`weakanchors.opens_a_titled_item`: the rules read the next item of `传承人某某、苏绣制作技艺代表性
    传承人某某` as a name, 苏绣, with the role before the first), unless the layout keeps them."""
    at = {f.pos for f in found}
    return [f for f in found if f.kept or not opens_a_titled_item(t, f.pos, f.pos + len(f.name), at)]


GLUED_FLOOR = 0.1
_GLUED_MOST = 12  # the longest run of names printed together `_glued_before` reads (four names of three)


def _glued_before(t: Text, found: list[Found]) -> list[Found]:
    """The names printed glued before a found one, from a boundary (a space, a mark, the start):
    `…主持并讲话 甘某棠夏某溪出席` gives 甘某棠 when 夏某溪 was found, `柯某吕某川摄` gives 柯某. The run
    from the boundary to the found name's end must be tiled whole by Chinese names
    (`namemodel.tiling`), its last piece the found name; each other piece must be no word of the
    dictionary, no span that is no person wherever it stands (`namemodel.no_person`), and score at
    least GLUED_FLOOR on its own characters (`namemodel.scored_alone`)."""
    from digest import namemodel

    s = t.s
    n = len(s)
    have = {(f.pos, f.pos + len(f.name)) for f in found}
    out: list[Found] = []
    for f in found:
        a, b = f.pos, f.pos + len(f.name)
        if b > n or a < 2 or not _chinese(f.name):
            continue
        k = a
        while k > 0 and a - k < _GLUED_MOST and is_han(s[k - 1]) and k not in t.soft:
            k -= 1
        if a - k < 2 or (k > 0 and is_han(s[k - 1]) and k not in t.soft):
            continue  # no name glued before it (a name has two characters or more), or a run too long to be names alone
        pieces = namemodel.tiling(s, k, b)
        if len(pieces) < 2 or pieces[-1] != (a, b):
            continue
        new = [(x, y) for x, y in pieces[:-1] if (x, y) not in have and not dictionary_word(s[x:y])
               and not namemodel.no_person(s, x, y)]
        scored = namemodel.scored_alone(s, [(x, y, namemodel.kind_of(s[x:y])) for x, y in new])
        for p, x, y in scored:
            if p >= GLUED_FLOOR:
                out.append(Found(s[x:y], x, None))
                have.add((x, y))
    return out


def _without_dotted_parts(names: list[str]) -> list[str]:
    """The names less each that is a part of a dotted name among them: the text calls 马库斯·某夫曼 某夫曼
    once it has named him whole (`某夫曼表示`), one person (`digest parse`; `digest persons` lists both forms,
    as the MSRA corpus's annotators tag each mention)."""
    parts = {p for n in names if "·" in n for p in n.split("·")}
    return [n for n in names if n not in parts] if parts else names


# what names a list's items as brands or firms: after the list (`小米、华为、某某等品牌`) or before it (`品牌某某、某某`)
_BRANDS_AFTER = re.compile(r"等(?:国货|国产|知名|本土|老字号|民族|日本|韩国|德国|美国|欧美|外资|合资|运动|体育|家电|汽车"
                           r"|手机|科技|互联网|新能源|电商|乳业|服装|餐饮|食品){0,2}"  # (`等国产运动品牌`, `等日本车企`)
                           r"(?:品牌|企业|车企|药企|房企|公司|厂商|商家|老字号|字号|门店|店铺)"
                           r"(?!领导|负责人|老总|高管|干部|代表|家|主|员|工|人)")  # (not `某某、某某等公司领导`: people)
_BRANDS_BEFORE = ("品牌", "老字号", "企业", "厂商")
# a 、 list of two items or more, each of one to eight characters with no mark
_LIST_RUN = re.compile(r"(?:[^、，,。；;：:（(“”)）\x00\s]{1,8}、)+[^、，,。；;：:（(“”)）\x00\s等]{1,8}")


# a person's name that opens a place's (`某某祠`, `某帝陵`, `某某故居`, `某山纪念堂`, `杜某草堂`): the place, no one
# named; and a name printed so ending in such a word (`包公祠`)
_PLACE_AFTER_A_NAME = re.compile(r"(?:祠|庙|墓|陵(?!园)|陵园|故居|旧居|纪念馆|纪念堂|纪念碑|草堂|书院)")
_PLACE_LAST = re.compile(r"(?:祠|庙|墓|陵|故居|旧居|纪念馆|纪念堂|草堂)$")
# a caption's label (`左图：…`, `上图：…`) and a paper's name (`某华日报`, `某江晚报`): no names
_NO_NAME = re.compile(r"^(?:[左右上下中]图|[\u4e00-\u9fff]{1,3}[日晚]报)$")


def _without_places(s: str, found: list[Found]) -> list[Found]:
    """The names less those that open or are a place's name (`某某祠`, `某帝陵`, `某山纪念堂`: `_PLACE_AFTER_A_NAME`),
    a caption's label (`左图`) or a paper's name (`某华日报`). A name the rules read with a role stays (`书记某某
    陵园…` is rare; a leader's name before `陵园` is no title of his)."""
    out = []
    for f in found:
        e = f.pos + len(f.name)
        if _NO_NAME.match(f.name) or (f.role is None and s.startswith(f.name, f.pos) and (
                _PLACE_AFTER_A_NAME.match(s, e) or _PLACE_LAST.search(f.name))):
            continue
        out.append(f)
    return out


def _without_brands(s: str, found: list[Found]) -> list[Found]:
    """The names less each that is an item of a list of brands or firms (`国货品牌某某、某某今年…`,
    `小米、华为、某某等品牌`): a 、 list of short items, a brand's word before it or `等…品牌` after it. The
    lists are read once, each in one pass (a 表彰名单 of 100,000 names costs one scan)."""
    if "、" not in s or not found or not (_BRANDS_AFTER.search(s) or any(w in s for w in _BRANDS_BEFORE)):
        return found
    spans = []
    for m in _LIST_RUN.finditer(s):
        first = s[m.start():s.index("、", m.start())]
        word = max((first.rfind(w) + len(w) for w in ("品牌", "老字号") if w in first), default=-1)
        if _BRANDS_AFTER.match(s, m.end()) or s.endswith(_BRANDS_BEFORE, 0, m.start()):
            spans.append((m.start(), m.end()))
        elif 0 < word <= len(first) - 2 and not _lexicon().roles.match(first, word):  # (`国货运动品牌某某、某某`: the
            # list after the word, in its first piece; not `品牌经理某某、某某`, a role)
            spans.append((m.start() + word, m.end()))
    if not spans:
        return found
    starts = [a for a, _b in spans]
    out = []
    for f in found:
        k = bisect_right(starts, f.pos) - 1
        if k >= 0 and spans[k][0] <= f.pos and f.pos + len(f.name) <= spans[k][1]:
            continue
        out.append(f)
    return out


def _cut_at_wide_gaps(t: Text, found: list[Found]) -> list[Found]:
    """The found names, each of three characters or more that runs past a wide gap (`Text.wide`: cells of a
    table apart) after its second character or later, with none before it, cut at the gap: a name of two
    padded to three's width read on into the next cell (`骆 鹏  男  1983.05` -> 骆鹏, not 骆鹏男). A name
    letter-spaced all through (`王  小  明`: its first gap as wide) stays whole. So is one cut where its line ends and
    the next opens with an item's number (`主持：县委副书记某洁` / `一、…`: not 某洁一)."""
    wide = t.wide
    lines = t.soft - t.spaced  # (where a line ended: the next opening with an item's number, `一、…`, ends a name)
    if not wide and not lines:
        return found
    out = []
    for f in found:
        n = len(f.name)
        if n >= 3 and t.s.startswith(f.name, f.pos):
            cut = None
            if f.pos + 1 not in wide:
                cut = next((k for k in range(f.pos + 2, f.pos + n) if k in wide), None)
            if cut is None:  # (`主持：县委副书记某洁` / `一、县委组织部…`: the name ends with its line)
                cut = next((k for k in range(f.pos + 2, f.pos + n) if k in lines and _ITEM_NUMBER_AT.match(t.s, k)), None)
            if cut is not None:
                f = replace(f, name=t.s[f.pos:cut])
        out.append(f)
    return out


_ITEM_NUMBER_AT = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]")  # a line opening with an item's number


def _without_joined_pairs(names: list[str]) -> list[str]:
    """The names less each that is two others among them run together: a credit's names printed a space
    apart lose the space when a paragraph's lines are joined (`（学生记者 某某·某某 某梦瑶）`), and the dotted
    name's last part then runs on into the next name (its byline reads them apart)."""
    if len(names) < 3:
        return names
    have = set(names)
    return [n for n in names if not any(n[:k] in have and n[k:] in have for k in range(2, len(n) - 1))]


# characters a given name may end in that read as a verb or a conjunction after a name of two (某东|来, 某仁|和), and
# the acts after them that make them the name's: 和 or 来 right before a verb never links or comes
_LINK_LAST = frozenset("来和")
_ACT_AFTER_THREE = ("说", "在", "作", "走了", "主持", "表示", "介绍", "指出", "强调", "讲话", "告诉", "认为",
                    "带领", "调研", "要求", "提出", "一行", "等人",  # (not 参加, 出席: `和参加会议的代表`, with them)
                    # (and a time: 按摩师某春来|今年带来…, where "comes" before "this year" reads as no verb)
                    "今年", "去年", "现在", "目前", "已经", "一直", "多年")
# an adverb or a verb of one right after a surname called familiarly (老钟才…, 小李没…, 老张就…): no given name's
_ACTS_AFTER_FAMILIAR = frozenset("才没就也又还都便却正在是要会能说笑看想把被让给从向对不已曾再")


# the characters no Chinese name ends in that a verb or an adverb right after a name opens with: of 21,615 names in
# pd98, the persons sets and the fixtures' gold, none of three or four characters ends in one (刚, 才, 也, 正 and 都 do,
# and 拉 and 开 in a few, 提 in Uyghur names, 马哈木提: they are not here); 携, 用, 接, 现, 虽, 答, 问, 于, 仅 (and their
# traditional forms) added in session 42, none of 16,242 names of the gold then at hand ending in one (某某现为…, 某某虽已…);
# 笑 in session 43 (巡护员某某|笑称…)
_NEVER_LAST = frozenset("打送赶寄带拿跑走骑抱扛背领请推扶常就又还便却曾已再总携用接现現虽雖答问問于於仅僅笑")


# the prepositions a place follows (出生于某地, 从某地出发, 某地至某地; not 在, which opens a clause of a person's
# act as well: 在某某再次…的同时), and the words 于 ends that are no preposition of place (由于某某…, 对于某某…)
_BEFORE_A_PLACE = _PLACE_PREPOSITIONS - {"在"}
_NOT_OF_PLACE = ("由于", "对于", "关于", "至于", "等于", "鉴于", "基于", "用于", "终于", "善于", "敢于", "勇于", "乐于",
                 "便于", "忙于", "急于", "属于")


def _foreign_places(s: str, found: list[Found]) -> set[str]:
    """The transliterated names (`namemodel.kind_of` fx, no dot) of `found` printed in `s` only right after a
    preposition of place (`_BEFORE_A_PLACE`: 出生于瓦尔帕莱索, 某地至坎皮纳斯, 前往某地): foreign cities, no
    persons. The names found after one are checked against every place they are printed, in one scan of `s`
    (a trie of them): linear in the text however many there are."""
    from digest.lexicon import trie
    from digest.namemodel import kind_of

    def after_place(at: int) -> bool:
        return at > 0 and s[at - 1] in _BEFORE_A_PLACE and s[at - 2:at] not in _NOT_OF_PLACE

    cands = {f.name for f in found if "·" not in f.name and 0 <= f.pos < len(s) and after_place(f.pos)
             and s.startswith(f.name, f.pos) and kind_of(f.name) == "fx"}
    if not cands:
        return cands
    for m in re.finditer(trie(cands), s):
        if m.group() in cands and not after_place(m.start()):
            cands.discard(m.group())
    return cands


_AFTER_A_DOTTED = frozenset({"个展", "画展", "家中", "家里", "故居", "工作室"})  # (read into a dotted name's last part)


def _dotted_tail(name: str) -> int:
    """The length of a dotted name without what follows it read into its last part, after two characters of
    the part or more: a time word (本周, 当天), 年仅 or 年满, a 第, a 以, a 年 or a 家 closing the part, or a word of
    what the person shows or owns (`_AFTER_A_DOTTED`: 某某·哈姆迪|第31分钟, 某某·韦伯|以及, 某某·格雷厄姆|年仅22岁,
    某某·某迪尔|家, 某某·某洛娃|个展): none of 812 gold dotted names has one there."""
    cut = name.rfind("·") + 1
    last = name[cut:]
    for k in range(2, len(last)):
        if (last[k:k + 2] in TIME_WORDS or last.startswith(("年仅", "年满"), k)
                or (k == len(last) - 1 and last[k] in "第以年家") or last[k:] in _AFTER_A_DOTTED):
            return cut + k
    return len(name)


def _dotted_lead(name: str) -> int:
    """The characters a dotted name's first part opens with that are no part of it: a word for a kind of person
    (data/person_nouns.txt: 孙女, 队友), 叫, or a verb that names whom it appoints (`_NAMING_VERBS`: 名叫, 任命,
    免去) before two characters or more (孙女|安娜·某某娃, 叫|艾山·某某, 任命|某某古丽·某某); 0 when it opens with none."""
    first = name.split("·", 1)[0]
    m = weak_anchors()[0].match(first)
    k = (m.end() if m is not None else 2 if first.startswith(_NAMING_VERBS) else 1 if first.startswith("叫")
         else 0)
    return k if k and len(first) - k >= 2 else 0


# verbs that name whom they appoint, elect or honour, read into a dotted name's first part (任命|某某·某某为…)
_NAMING_VERBS = ("名叫", "任命", "免去", "选举", "推选", "聘任", "聘请", "授予", "提名", "推荐", "表彰", "撤销")


# a year of a reign after its name (`正德三年`, `天宝年间`, `永贞元年`, `乾隆初年`), and the dynasties that name one before it
_REIGN_AFTER = re.compile(r"(?:元|初|末)年|年间|(?P<n>[一二三四五六七八九十]{1,3})年(?=[（(，,])")
_DYNASTIES = frozenset("唐宋元明清汉晋隋秦周")
# what names a hall, a temple, a kiln, a causeway, a workshop or a school of an art, last: of 21,615 names in pd98, the
# persons sets and the fixtures' gold, none ends in one (亭, 园, 塔 and 桥 some do: 蒋云亭, 郑板桥; and 阁 a test's does,
# 王凤阁: they are not here)
_BUILDING_LAST = frozenset("祠窑堤庙寺殿坊馆派赛队站岛")  # (and a match or a team: 龙舟赛, 汽修队; a station or an island:
# 李村站, 刘公岛; no name of pd98, of the 41 persons sets or of the fixtures' gold ends in one)
# the verbs that take 于 after them (`往返于`, `位于`, `毕业于`), which then opens no name
_YU_VERB = re.compile(r"(?:往返|穿梭|奔波|游走|活跃|毕业|来自|致力|服务|受益|取决|归功|有利|相当|专注|扎根|立足|着眼|出生|诞生|来源"
                      r"|坐落|地处|位)$")  # (not a character that ends a word for a person too: 医生|于某某, 学生)
_CLAN_AFTER = re.compile(r"宗|族|后裔|后人|家谱|祠|书院|先祖|始祖|祖先|子孙|私家|家族|门人")  # what follows a clan's 某氏


def _ou_surnamed(t: Text, found: list[Found]) -> list[Found]:
    """In a text printed in traditional characters (Hong Kong's, Macau's), the names of three opening with 區, a
    Cantonese surname (read 区 once simplified, which opens no name of the mainland's: 区 is a district): after a role
    (`副庭長區寶琳`), an item of a list beside a found name (`區俊傑、劉思穎`), or before a verb of saying or another
    follow word of two (`區慧貞今日公布`); its given name no word of the dictionary, no role, no place."""
    s, lex, words = t.s, _lexicon(), _words()
    taken = {k for f in found for k in range(f.pos, f.pos + len(f.name))}
    starts = {f.pos for f in found}
    ends = {f.pos + len(f.name) for f in found}
    out: list[Found] = []
    for m in re.finditer("区", s):
        p = m.start()
        given = s[p + 1:p + 3]
        after = p + 3
        listed = (p > 0 and s[p - 1] == "、" and p - 1 in ends) or (s[after:after + 1] == "、" and after + 1 in starts)
        if (len(given) < 2 or not all(_is_han(c) for c in given) or any(k in taken for k in range(p, p + 3))
                or given in words or lex.roles.match(given) or given in lex.places
                or (p > 0 and _is_han(s[p - 1]) and p not in t.role_ends() and not listed)):
            continue
        followed = (m2 := lex.follow.match(s, after)) is not None and m2.end() - after >= 2
        if p in t.role_ends() or listed or followed:
            out.append(Found(s[p:after], p, None, spreads=False))
            taken.update(range(p, after))
    return out


_BEFORE_A_WIFE = ("遗孀", "母亲", "妻子", "太太", "夫人", "祖母", "奶奶", "外婆", "婆婆", "女士")  # kin over a married name
_NO_SURNAME_BEFORE = frozenset("向和与对给由被将把从为跟及同于在")  # what a name follows as a word, no husband's surname


def _married_names(t: Text, found: list[Found]) -> list[Found]:
    """In a text printed in traditional characters, a married woman's name as Hong Kong and Taiwan print it, her
    husband's surname before her own (`容黃玉蓮`, `李陳淑芬`, `蘇林秀鳳`), read whole where a name of three was read: the
    husband's surname right before it after a role, a kinship word or no Han character (`遺孀容|黃玉蓮`,
    `創辦人李|陳淑芬`), or a name of three opening with two surnames, a fourth character after it before a mark or a
    follow word (`蘇林秀|鳳。`)."""
    s, lex, out = t.s, _lexicon(), []
    for f in found:
        p, n = f.pos, f.name
        if len(n) == 3 and s.startswith(n, p) and all(_is_han(c) for c in n) and n[0] in lex.surnames:
            q = p - 1
            if (q >= 0 and s[q] in lex.surnames and s[q] not in _NO_SURNAME_BEFORE
                    and (q == 0 or not _is_han(s[q - 1]) or q in t.role_ends() or s.endswith(_BEFORE_A_WIFE, 0, q))):
                f = replace(f, name=s[q:p + 3], pos=q)
            elif (n[1] in lex.surnames and p + 4 <= len(s) and _is_han(s[p + 3])
                  and (p + 4 == len(s) or not _is_han(s[p + 4]) or lex.follow.match(s, p + 4) is not None)
                  and not lex.follow.match(s, p + 3)):
                f = replace(f, name=s[p:p + 4])
        out.append(f)
    return out


def _surname_of(name: str) -> str:
    """The surname a name opens with: a compound one (欧阳, 公孙) or its first character."""
    return name[:2] if name[:2] in _lexicon().compound else name[:1]


def _familiar(name: str) -> bool:
    """Is the name a surname alone, called familiarly (老李, 小王, 刘姐, 张哥, 王总, 张工) or as a family or a firm (邓氏, 张氏建材)?
    `digest parse` lists no such name: no one is named (every annotator of the digests and pages at hand
    leaves them out); `digest persons` keeps them, as pd98's annotators read news (老何, 小赵, 陈氏兄弟公司)."""
    surnames = _lexicon().surnames
    return (len(name) == 2 and ((name[0] in "老小" and name[1] in surnames) or (name[1] == "氏" and name[0] in surnames)
                                or (name[1] in KIN_CALLED and name[0] in surnames)  # (not 伯: 韦伯, a foreign name)
                                or (name[1] in "总工" and name[0] in surnames))  # (王总, 张工: as colleagues call them)
            and not _flag(name, "n"))  # (小平: jieba's dictionary knows a person so called, 小平同志)



def annotate(entries: list[Entry], names_file: str | Path | None = None, model: bool = False,
             names: tuple[set[str], set[str]] | None = None, add_only: float | None = None,
             weak: float | None = None, clauses: bool = False,
             captions: dict[int, list[str]] | None = None) -> None:
    """Fill `persons` and `roles` on each entry (in place), using names confirmed anywhere in `entries`.
    `model`: the statistical scorer (digest.namemodel) re-decides the rules' names and adds its own;
    `names`: (include, exclude) already read from a names file; `add_only` (with `model`): the
    scorer adds the names scoring at least this and leaves the rules' own alone, and those of the weak
    anchors when `weak` is given too, read first (`digest parse --scorer`; listed as `digest parse`
    lists them); `weak`: the scorer reads only the weak anchors (`weakly_anchored`) and adds the names
    there scoring at least this (`digest parse`); `clauses` (with `weak`): the
    names opening a clause too (`digest parse` on a page without a 目录); `captions`: the photo
    captions printed in an entry's span (by its index in `entries`), read after its text: the
    photographer of `图为…。 本报记者 某某 摄` is one of the article's people. Unless `model` is given
    without `add_only` (free text, `digest persons`), a surname alone (老李, 小王, 邓氏, 刘姐: `_familiar`) is
    no person listed, nor a dotted name's part.

    Raises `NamesFileError` when `names_file` is given but cannot be read."""
    from digest.namemodel import addressed  # (the module only: its weights load when the scorer reads)

    include, exclude = names or (read_names_file(names_file) if names_file else (set(), set()))
    free = model and add_only is None  # `digest persons`: free text, listed as pd98's annotators list names
    include, exclude = {simplified(x) for x in include}, {simplified(x) for x in exclude}  # as the text is read
    # pass 1: anchors only, to learn the names
    confirmed: set[str] = set(include)
    # a document in traditional characters is read as simplified (each entry of it, however short)
    traditional = any(looks_traditional(_headline(e)) or looks_traditional(e.text or "")
                      or looks_traditional(e.byline or "") for e in entries)
    if not traditional and len(entries) == 1:  # a short input may hold none of the commonest (a credit line)
        e = entries[0]
        traditional = short_and_traditional(f"{_headline(e)}{e.text or ''}{e.byline or ''}")
    captions = captions or {}
    texts = [Text(_headline(e), e.text, e.byline, traditional, "\n".join(captions.get(k, ())))
             for k, e in enumerate(entries)]
    if len(texts) > 1 and any("岩" in t.s or "玉" in t.s for t in texts) and any(DAI_CONTEXT.search(t.s) for t in texts):
        for t in texts:  # (the Dai named in one entry, their names read in every entry)
            t.dai_document = True
    known = Known(include)
    for t in texts:
        got = _cut_at_wide_gaps(t, _no_titled_item_openers(t, run_rules(t, known, confirming=True)))
        confirmed.update(f.name for f in got if f.spreads)
        if model and len(texts) > 1:  # a document: what the scorer accepts counts everywhere
            confirmed.update(f.name for f in _with_model(t, got, add_only))
    confirmed -= exclude
    # 江凌致(欢迎词) when 江凌 is confirmed too: the third character is a follow word, not the name
    lex = _lexicon()
    confirmed = {c for c in confirmed
                 if not (len(c) == 3 and c[:2] in confirmed and lex.follow.match(c, 2) and c not in include)}
    # pass 2: everything again, now knowing the names
    known = Known(confirmed)
    for e, t in zip(entries, texts, strict=True):
        found = _no_titled_item_openers(t, run_rules(t, known))
        if model and add_only is None:
            found = _with_model(t, found)
        elif weak is not None:
            new = weakly_anchored(t, found, weak, clauses)
            if new:  # the next name of a list after a weak anchor's (某某和某某), a few rounds
                taken = {k for f in found for k in range(f.pos, f.pos + len(f.name))}
                rule = rule_spans(t.s, found)
                for _round in range(LIST_ROUNDS):
                    found += new
                    taken.update(k for f in new for k in range(f.pos, f.pos + len(f.name)))
                    rule.update(rule_spans(t.s, new))
                    new = next_in_list(t, taken, rule, new, weak)
                    if not new:
                        break
            found += new
            found.sort(key=lambda f: f.pos)
        if model and add_only is not None:  # the weak anchors' names, then the scorer's surest on top
            found = _with_model(t, found, add_only)
        found = without_glosses(t.s, _vietnamese(t, _hyphenated(t, _without_firms(t.s, _without_brands(
            t.s, _without_places(t.s, found))))))
        glued = _glued_before(t, found)
        if glued:
            found = sorted(found + glued, key=lambda f: f.pos)
        if traditional and "区" in t.s:
            ou = _ou_surnamed(t, found)
            if ou:
                found = sorted(found + ou, key=lambda f: f.pos)
        if traditional:
            found = _married_names(t, found)
        found = _cut_at_wide_gaps(t, found)
        if include:
            found.extend(_user_names(e, include, traditional))
            found.sort(key=lambda f: f.pos)
        places = _foreign_places(t.s, found)
        persons: dict[str, None] = {}  # ordered, with a constant-time membership test
        roles: dict[str, str] = {}
        dotted_searches = 0
        for f in found:
            if (len(f.name) == 3 and f.name[2] in _ACTS_AFTER_FAMILIAR and _familiar(f.name[:2])
                    and f.name not in include and f.name not in confirmed):
                f = replace(f, name=f.name[:2])  # (老钟|才抬起头, 小李|没说话: a surname called familiarly, then an adverb)
            elif (len(f.name) in (3, 4) and (f.name[-1] in _NEVER_LAST or _durative_after(t.s, f.pos + len(f.name)))
                  and "·" not in f.name and f.name not in include
                  and _is_han(t.s[f.pos + len(f.name):f.pos + len(f.name) + 1]) and t.s.startswith(f.name, f.pos)
                  and _lexicon().opens_with_surname(f.name) and len(f.name) - 1 > len(_surname_of(f.name))):
                f = replace(f, name=f.name[:-1])  # (班主任夏晴|打来电话, 民警韩凯|骑着, 主任公孙宏|常对学生说: a verb or
                # an adverb after the name, no character of it)
            elif "·" in f.name and (tail := _dotted_tail(f.name)) < len(f.name) and f.name not in include:
                f = replace(f, name=f.name[:tail])  # (某某·韦伯|以及, 某某·哈姆迪|第31分钟, 某某·格雷厄姆|年仅22岁: what follows
                # the name, read into its last part)
            elif "·" in f.name and (lead := _dotted_lead(f.name)) and f.name not in include:
                f = replace(f, name=f.name[lead:], pos=f.pos + lead)  # (孙女|安娜·某某娃, 叫|艾山·某某: who they are to
                # someone, or the word that names them, read into a dotted name's first part)
            if "·" in f.name and f.name not in include and t.s.startswith(f.name, f.pos):
                f = _dotted_from_role(t, f)  # (主席|索菲·某某, 处长|皮埃尔·某某)
            if (f.name not in include and t.s.startswith(f.name, f.pos)
                    and (r := _REIGN_AFTER.match(t.s, f.pos + len(f.name))) is not None
                    and (f.name[0] in _DYNASTIES or r.group("n") is None)):
                continue  # (明正德|三年（1508年）, 唐天宝|年间, 某某|元年: a dynasty and its reign's name, a year of it, no
                # person; not 某某|三年间 nor 某某|十年来, a person's years)
            if (len(f.name) == 2 and f.name[1] == "氏" and f.name not in include
                    and _CLAN_AFTER.match(t.s, f.pos + 2) is not None and t.s.startswith(f.name, f.pos)):
                continue  # (陈氏宗祠, 杨氏后裔, 蔡氏宗亲会: a clan named, no person; pd98's 陈氏兄弟公司 stays)
            if (f.name[-1] in _BUILDING_LAST and "·" not in f.name and f.name not in include
                    and f.name not in _lexicon().ja_surnames):  # (小野寺: a Japanese family name)
                continue  # (包公祠, 马家窑, 白沙堤, 程派: a hall, a kiln, a causeway or a school named, no person)
            if (f.name[0] == "于" and len(f.name) == 3 and f.name not in include and t.s.startswith(f.name, f.pos)
                    and _YU_VERB.search(t.s, max(0, f.pos - 2), f.pos) is not None):
                continue  # (往返|于景洪和…, 穿梭于…, 位于…: 于 the preposition a verb takes, no surname)
            if f.name in exclude or (not free and _familiar(f.name) and f.name not in include
                                     and not t.s.startswith("同志", f.pos + 2)):  # (小平同志: a leader so called)
                continue
            if f.name not in include and "·" not in f.name and addressed(f.name):
                continue  # (负责人孟女士表示: a surname and a word of address, whatever path read it)
            if f.name in places and f.name not in include:
                continue  # (出生于瓦尔帕莱索, 圣保罗至坎皮纳斯: a transliterated place, each time it is printed)
            if (len(f.name) == 2 and t.s.startswith(f.name, f.pos) and t.s[f.pos + 2:f.pos + 3] in _LINK_LAST
                    and t.s.startswith(_ACT_AFTER_THREE, f.pos + 3) and f.name[0] in _lexicon().surnames
                    and not (t.s[f.pos + 2] == "和" and t.s.startswith("在", f.pos + 3))):  # (和在场的: with those present)
                f = replace(f, name=t.s[f.pos:f.pos + 3])  # (市委书记魏东来作表态发言, 谭仁和走了: 来 or 和 before a
                # verb is the given name's, no verb or conjunction of its own)
            name = t.as_printed(f.name, f.pos)
            if "·" in name and dotted_searches < _MOST_DOT_SEARCHES and (
                    "•" in (raw := f"{_headline(e)}\n{e.text or ''}") or "・" in raw or "‧" in raw):
                dotted_searches += 1  # (a bounded number of looks an entry: linear however many names it lists)
                name = _printed_dots(name, raw)
            persons.setdefault(name)
            role = t.credit_roles.get(f.name) or f.role
            if role and name not in roles:
                roles[name] = t.as_printed(role)
        e.persons = _without_joined_pairs(list(persons) if free else _without_dotted_parts(list(persons)))
        e.roles = roles if free else {k: v for k, v in roles.items() if k in e.persons}


def _dotted_from_role(t: Text, f: Found) -> Found:
    """A dotted name read across the role before it starts where the role ends: a role word ending inside its first
    part (`主席|索菲·某某`, `处长` in `长|皮埃尔·某某`) is left out. (Tried 2026-12-07: a name read short of a role a
    character or two before it taken back to the role's end, `外教|叶莲娜·某某` read as `娜·某某`: two names more on a
    blind set of foreign affairs, but four fewer and three false more over three other sets, and two fixtures lower.)"""
    s, ends = t.s, t.role_ends()
    if not ends:
        return f
    dot = f.pos + f.name.index("·")
    inside = [k for k in range(f.pos + 1, dot - 1) if k in ends]
    if inside:
        k = max(inside)
        return replace(f, name=s[k:f.pos + len(f.name)], pos=k)
    return f


def _durative_after(s: str, e: int) -> bool:
    """Does 着 follow s[:e] as the mark of an act going on (某某举|着喇叭, 某某笑|着说), no word with the character
    after it (着手, 着力, 着重: a verb of its own after a whole name)? The character before it is then a verb's."""
    return s[e:e + 1] == "着" and s[e:e + 2] not in word_flags()


_MOST_DOT_SEARCHES = 50  # dotted names an entry looks up in its text for the dot it prints (`_printed_dots`)


def _printed_dots(name: str, raw: str) -> str:
    """A dotted name with the dot its text prints (`某某•某某`, `某某・某某`: read as `·`), spaces around it
    left out; the name as read when the text prints it no other way."""
    pattern = r"\s*[·•・‧]\s*".join(re.escape(p) for p in name.split("·"))
    m = re.search(pattern, raw)
    return "".join(m.group().split()) if m else name


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


_VIETNAM = re.compile("越南|越籍|中越|河内|胡志明市|岘港|海防")
# what stands after a Vietnamese name of three, not its fourth character: an adverb or a verb of one
# (阮氏某很喜欢, 阮氏某常去, 阮氏某嫁到, 阮氏某笑说)
_NOT_FOURTH = frozenset("很常总都也还又就才便已曾正将再最嫁住来去到在是笑忙哭叹答问喊叫称讲道")


def _vietnamese(t: Text, found: list[Found]) -> list[Found]:
    """The names of `found` read as a surname, 氏 and one character (阮氏清|香举行, 范氏秋|恒28日):
    a Vietnamese woman's name, the surname, 氏 and a given name of two, each read to its fourth
    character when a name may end after it (a mark, a follow word, a common verb, a time, a digit) and
    not already before it (阮氏清说: the name of three stands, nor before an adverb or a verb of one:
    阮氏某很…, 阮氏某嫁到…), in a text that speaks of Vietnam (越南, 越籍, 河内 …); a given name of two read
    alone there after a surname and 氏 is read with them (黎氏|秋某表示). Elsewhere a surname, 氏
    and a character with more after it is a family's firm or hall (周氏竹业, 阮氏宗祠), no name."""
    s = t.s
    if "氏" not in s:
        return found
    vietnam = _VIETNAM.search(s) is not None
    r = Reader(s, set(), _lexicon(), t.soft, t, Known(()))
    out = []
    for f in found:
        e = f.pos + len(f.name)
        if (len(f.name) == 3 and f.name[1] == "氏" and vietnam and s.startswith(f.name, f.pos)
                and _is_han(s[e:e + 1]) and s[e] not in FUNCTION_CHARS and s[e] not in _NOT_FOURTH
                and (not r.follows(e) or follows_long(s, e + 1))  # (某氏红云|表示: 云 opens no verb there)
                and not r.follows_weakly(e) and not any(x in _words().get(s[e:e + 2], "") for x in "gv")  # (某氏华|现在)
                and (e + 1 >= len(s) or not _is_han(s[e + 1]) or r.follows(e + 1) or r.follows_weakly(e + 1)
                     or r.before_time(e + 1))):
            f = replace(f, name=s[f.pos:e + 1])
        elif (len(f.name) == 2 and vietnam and f.pos >= 2 and s[f.pos - 1] == "氏" and s.startswith(f.name, f.pos)
              and s[f.pos - 2] in r.lex.surnames):
            f = replace(f, name=s[f.pos - 2:e], pos=f.pos - 2)  # 发言人黎氏|秋某表示: the scorer's given name alone
        elif (len(f.name) == 3 and f.name[1] == "氏" and not vietnam and _is_han(s[e:e + 1])
              and not r.follows(e) and not r.follows_weakly(e)):
            continue  # 周氏竹|业, 李氏宗|祠: a family's firm or hall, its word going on
        out.append(f)
    return out


def _hyphenated(t: Text, found: list[Found]) -> list[Found]:
    """The dotted foreign names of `found` whose last part goes on past a hyphen (侯赛因·某某里-某加达姆,
    莉萨·阿格伦-赫斯: a double-barrelled name), each read to its whole: the hyphen and the run of
    transliteration characters after it up to where a name may end (a mark, a follow word, a common
    verb, a word of time), not into another found name or the first part of a dotted one (某·某夫-
    伊姆兰·汗: two people); then a later mention of such a last part, read short of it by the rules or the
    scorer (贾法里|-莫加达姆表示, 阿德巴|约-奥卡福), read whole too. A found name inside a whole so read is
    dropped (加达姆, 希姆: the scorer's read of a part). Two undotted names a hyphen joins stay two
    (特朗普-金某恩会晤, 凯恩-拜仁, a doubles pair)."""
    s = t.s
    if "-" not in s:
        return found
    r = Reader(s, set(), _lexicon(), t.soft, t, Known(()))
    at: dict[int, Found] = {}  # offset -> the (last) found name printed there: look-ups, no scans
    for f in found:
        if s.startswith(f.name, f.pos):
            at[f.pos] = f
    replaced: dict[int, Found] = {}  # id of a found name -> its whole read
    wholes: list[tuple[int, int]] = []
    lasts: set[str] = set()  # the double-barrelled last parts read
    for f in found:
        e = f.pos + len(f.name)
        if not ("·" in f.name and s[e:e + 1] == "-" and at.get(f.pos) is f):
            continue
        end = _hyphen_tail(r, e + 1)
        if end is None or any((g := at.get(k)) is not None and ("·" in g.name or k + len(g.name) > end)
                              for k in range(e + 1, end)):
            continue  # (the tail is another person's name)
        wholes.append((f.pos, end))
        replaced[id(f)] = Found(s[f.pos:end], f.pos, f.role, f.spreads, f.kept)
        lasts.add(s[f.pos:end].split("·")[-1])
    if not wholes:
        return found
    covered = {x for a, b in wholes for x in range(a, b)}
    for last in lasts:  # its later mentions, read short (贾法里|-莫加达姆表示, 阿德巴|约-奥卡福)
        k = s.find(last)
        while k >= 0:
            e = k + len(last)
            f = at.get(k)
            if k not in covered and f is not None and f.name != last and last.startswith(f.name):
                replaced[id(f)] = Found(last, k, f.role, False, f.kept)
                wholes.append((k, e))
                covered.update(range(k, e))
            k = s.find(last, e)
    inside: dict[int, tuple[int, int]] = {}  # offset -> the whole read there (linear in the text)
    for a, b in wholes:
        for x in range(a, b):
            inside[x] = (a, b)
    out = [replaced.get(id(f), f) for f in found]
    return [f for f in out
            if not ((w := inside.get(f.pos)) and f.pos + len(f.name) <= w[1] and w != (f.pos, f.pos + len(f.name)))]


def _hyphen_tail(r: Reader, i: int) -> int | None:
    """The end of the part of a double-barrelled name starting at i, after its hyphen: two characters
    or more of transliterations, up to the first place a name may end (a mark, a space, a follow word,
    a common verb, a word of time, 今年 or 去年: not 明年, which a given name's 明 opens), at most ten."""
    s = r.s
    k = i
    while k < len(s) and k - i < 10 and _is_han(s[k]):
        k += 1
        if k - i >= 2 and (k >= len(s) or not _is_han(s[k]) or k in r.soft or r.follows(k) or r.follows_weakly(k)
                           or r.before_time(k) or s.startswith(("今年", "去年"), k)):  # (某-某约|今年29岁)
            return k if transliterated(s[i:k]) and s[k:k + 1] != "·" else None  # (伊姆兰|·汗: another's first part)
    return None
