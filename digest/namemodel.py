"""The statistical name scorer: recall for names no rule anchors (`李鹏说`, `阿拉法特`, `钱其琛副总理`).

Over one compact text (see `digest.nametext.Text`), `spans(s, rule_spans)` proposes candidate spans

    zh    a surname (data/surnames.txt, or a character that starts many of the person names of
          jieba's dictionary: 迟, 牟, 丛) plus one or two characters; a compound surname plus one or two
    ja    a Japanese family name (data/surnames_ja.txt) alone or plus one to three characters (佐藤英树)
    fx    two to eight characters of a run of the characters transliterated names are written with
          (克林顿, 阿拉法特), at most one in three of them a weak one (胡 in a name ending -尼亚胡)
    dot   a name with a middle dot or a hyphen (司马义·艾买提, 让-皮埃尔·勒费弗尔); no part of such a
          name is a candidate of its own

and scores each with a logistic model over sparse features: the surname, the given-name characters
and how often jieba's person names use them (data/name_chars.tsv), the character pairs of
transliterated names (data/translit_pairs.txt), the characters, words and parts of speech around the
span (说, 表示, 总统, 副总理 after; 记者, 主席, 委员长 before; data/word_tags.tsv), a word for a kind of
person right before it (data/person_nouns.txt: 种粮大户) or a verb of saying right after it
(data/speech_verbs.txt: 告诉, 笑着说; or a word and 地 before it: 激动地说), whether a dictionary
word ends right before it, starts right after it or runs across its edge (data/words.txt flags d and s),
whether jieba knows the span as a person that starts with no listed surname (data/names_other.txt) or
as a place, whether it is a place of China or a city of the world (data/places_gazetteer.txt: jieba
tags 莫斯科 and 邵阳 as persons), how CC-CEDICT reads it (data/cedict_words.tsv: a common word, a
person, a place, another proper noun: jieba tags 金字塔, 阳光 and 夏威夷 as persons, CC-CEDICT writes
the first two in lower-case pinyin) and whether one of its words of three or more characters runs across the span's edge
(凤毛|麟角), whether it stands between two marks (、X、), its place in the best tiling of a run of names
printed without separators (`name_runs`), whether the rules found it (with a role, or confirmed),
whether it recurs in the text. `choose` takes the spans whose probability is at least the model's
threshold, the most probable first, never two overlapping, then an item of a 、 list beside a taken
name at LIST_FLOOR or more.

The weights (data/person_model.tsv) are trained by tools/train_persons.py from the annotated corpus
in ../shared/persons/ and jieba's dictionary; they load on first use only (not at import), with the
standard library alone. Nothing here prints.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from digest.lexicon import (
    ADVERBS_NOT_GIVEN,
    CONJUNCTIONS,
    NUMERAL_DATE,
    PLACE_ENDS,
    PLACE_SIDE,
    POSTURE_VERBS,
    PREPOSITION_LAST,
    PRONOUNS,
    ROLE_PREFIXES,
    STEPPE_PLACES,
    SUBJECT_ADVERBS,
    TIME_WORDS,
    a_share,
    body_acts,
    ends_a_dotted_name,
    flag,
    follows_long,
    mongolian_chars,
    place_then_opener,
    role_index,
    surname_and_address,
    weak_anchors,
    word_flags,
)
from digest.lexicon import lexicon as _lexicon
from digest.tables import cached
from digest.text import is_han as _han

__all__ = ["spans", "kind_of", "no_person", "place_list_item", "counted_place", "MEASURE_WORDS", "name_starts", "admissible", "adverbial_before", "before_a_word", "refused", "dictionary_name", "scored", "scored_at", "scored_alone", "candidates_from", "candidates_to", "decode", "choose",
           "never_a_name", "whole_dotted", "whole_last_part",
           "name_runs", "candidates", "features", "Model", "model", "Stats", "stats"]

# characters that never stand inside a Chinese name (function words, pronouns)
_NEVER = set("的了们这那着过吗呢吧啊此各每该等与及是个不也都就还在和") | PRONOUNS
# rare surnames that data/surnames.txt leaves out on purpose, prepositions and verbs far more often
# (由某某主持, 从严): jieba's names start with 由 and 从 often enough to be proposed, and the scorer then
# read 典礼由某某主任主持 as 由某某
_NOT_SURNAMES = frozenset("来从由有能")
_MAX_FX = 8
_SEP = str.maketrans({"\x00": "|", "\n": "|", "\r": "|", "\t": "|"})


@dataclass(frozen=True)
class Stats:
    """Per-character facts derived from jieba's dictionary (data/name_chars.tsv)."""

    sur: dict[str, int]  # surname prior bucket, 0-10: share of the words starting with it that are names
    giv: dict[str, int]  # given-name bucket: log2 of its rate in given names over its rate in words
    tr: dict[str, int]  # transliteration bucket: the same over jieba's nrt (transliterated) names
    surnames: frozenset[str]  # single-character surnames the scorer proposes
    compound: frozenset[str]
    translit: frozenset[str]  # characters a transliteration run is made of
    weak: frozenset[str]  # characters jieba's transliterated names use now and then (胡 in 内塔尼亚胡)
    ja: frozenset[str]  # Japanese family names (data/surnames_ja.txt)
    pairs: frozenset[str]  # character pairs inside transliterated names (data/translit_pairs.txt)
    tags: dict[str, str]  # part of speech of words of one or two characters (data/word_tags.tsv)
    roles: frozenset[str]
    follow: frozenset[str]
    words: dict[str, str]
    other: frozenset[str]  # jieba's person words not starting with a surname (data/names_other.txt)
    nouns: frozenset[str] = frozenset()  # words for a kind of person (data/person_nouns.txt)
    speech: frozenset[str] = frozenset()  # verbs of saying (data/speech_verbs.txt)
    geo: frozenset[str] = frozenset()  # places of China and the world's cities (data/places_gazetteer.txt)
    cedict: dict[str, str] | None = None  # CC-CEDICT's reading of a word (data/cedict_words.tsv): c, p, L, P


RARE_GIVEN = 2  # the given-name bucket of a character jieba's dictionary hardly knows (no row in name_chars.tsv)


class _GivenBuckets(dict):
    """Stats.giv: the given-name bucket of a character (`get(ch, default)`); a Han character with no
    row in name_chars.tsv is one the dictionary holds in five words or fewer (珣, 瑄, 喆, 旼) and reads
    as RARE_GIVEN, not as a character never seen in a name: modern given names use such characters,
    and a renamed person may too. Measured with the trainer's averaged models against reading them as
    never seen (-9): two sets of real news paragraphs F1 +0.009 / +0.003, pd98's halves -0.002 / -0.001,
    five invented sets the same (mean 0.903 against 0.903)."""

    def __init__(self, buckets: dict[str, int], listed: frozenset[str]) -> None:
        super().__init__(buckets)
        self.listed = listed

    def get(self, ch: str, default: int | None = None) -> int | None:  # type: ignore[override]
        v = dict.get(self, ch)
        if v is not None:
            return v
        return default if ch in self.listed or not _han(ch) else RARE_GIVEN


def _lines(name: str) -> list[str]:
    text = resources.files("digest").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


# the data files `stats` reads (its cache key: digest.tables)
_STATS_SOURCES = ("name_chars.tsv", "surnames.txt", "surnames_ja.txt", "translit_pairs.txt", "word_tags.tsv", "roles.txt",
                  "follow.txt", "names_other.txt", "person_nouns.txt", "speech_verbs.txt", "places_gazetteer.txt",
                  "cedict_words.tsv", "given_modern.txt")


@lru_cache(maxsize=1)
def stats() -> Stats:
    """The scorer's per-character facts and word tables, kept on disk between runs (digest.tables:
    the fields but `words`, which is `word_flags()`, and `giv`'s listed characters apart)."""
    from digest.lexicon import word_flags

    sur, giv, listed, tr, *sets, tags, other, nouns, speech, geo, cedict = cached("stats", _stats_fields, _STATS_SOURCES)
    surnames, compound, translit, weak, ja, pairs, roles, follow = sets
    return Stats(sur, _GivenBuckets(giv, listed), tr, surnames, compound, translit, weak, ja, pairs, tags, roles, follow,
                 word_flags(), other, nouns, speech, geo, cedict)


def _stats_fields() -> tuple[Any, ...]:
    """`stats`'s fields as plain values (what marshal writes), in the order `stats` reads them."""
    from digest.lexicon import data_lines, gazetteer, translit_chars

    sur: dict[str, int] = {}
    giv: dict[str, int] = {}
    tr: dict[str, int] = {}
    translit, weak = translit_chars()
    charted = set()
    for ln in _lines("name_chars.tsv"):
        ch, s_b, g_b, t_b, _t_n = ln.split("\t")
        charted.add(ch)
        if s_b:
            sur[ch] = int(s_b)
        if g_b:
            giv[ch] = int(g_b)
        if t_b:
            tr[ch] = int(t_b)
    for ch in data_lines("given_modern.txt"):  # (雨萱, 梓汐: read as rarely seen, not never seen, in a name)
        giv.setdefault(ch, RARE_GIVEN)
    listed = data_lines("surnames.txt")
    one = {x for x in listed if len(x) == 1}
    one |= {ch for ch, b in sur.items() if b >= 3 and ch not in _NEVER and ch not in translit and ch not in _NOT_SURNAMES}
    return (sur, giv, frozenset(charted), tr, frozenset(one), frozenset(x for x in listed if len(x) == 2),
            frozenset(translit - _NEVER), frozenset(weak - _NEVER), frozenset(data_lines("surnames_ja.txt")),
            frozenset(data_lines("translit_pairs.txt")), frozenset(data_lines("roles.txt")),
            frozenset(data_lines("follow.txt")), dict(ln.split("\t") for ln in _lines("word_tags.tsv")),
            frozenset(data_lines("names_other.txt")), frozenset(data_lines("person_nouns.txt")),
            frozenset(data_lines("speech_verbs.txt")), gazetteer(),
            dict(ln.split("\t") for ln in _lines("cedict_words.tsv")))


def candidates(s: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every candidate span of s, at most a few per character (linear)."""
    st = stats()
    out: list[tuple[int, int, str]] = []
    n = len(s)
    trs, weak = st.translit, st.weak
    run_start = -1
    for i in range(n + 1):
        ch = s[i] if i < n else ""
        # transliteration runs (characters of transliterated names, a few weak ones among them):
        # close the run ending at i
        if ch and (ch in trs or ch in weak):
            if run_start < 0:
                run_start = i
        elif run_start >= 0:
            _fx_spans(s, run_start, i, trs, out)
            run_start = -1
        if not ch or not _han(ch):
            if ch == "·" and _is_dot(s, i):
                _dot_spans(s, i, out)
            continue
        _named_at(s, i, st, out)
    if "·" in s:  # a part of a dotted name is not a name of its own (司马义·艾买提, not 司马义)
        out = [c for c in out if not (_joins(s, c[0] - 1) or _joins(s, c[1]))]
    return out


def _named_at(s: str, i: int, st: Stats, out: list[tuple[int, int, str]]) -> None:
    """The ja and zh candidates starting at the Han character s[i]."""
    n = len(s)
    for m in (3, 2):  # a Japanese family name, alone (桥本首相) or with one to three characters
        fam = s[i:i + m]
        if i + m <= n and fam in st.ja:  # (s[i:i + 3] at the text's end may be two characters: 桑原)
            out.append((i, i + m, "ja"))
            for g in (1, 2, 3):
                if i + m + g <= n and _ja_ok(s, i + m, i + m + g):
                    out.append((i, i + m + g, "ja"))
            break
    if s[i:i + 2] in st.compound:
        for m in (3, 4):
            if i + m <= n and _zh_ok(s, i + 2, i + m):
                out.append((i, i + m, "zh"))
    if s[i] in st.surnames:
        for m in (2, 3):
            if i + m <= n and _zh_ok(s, i + 1, i + m):
                out.append((i, i + m, "zh"))


def _named_to(s: str, i: int, j: int, st: Stats, out: list[tuple[int, int, str]]) -> None:
    """Those of `_named_at(s, i, …)`'s candidates that end at j, in its order, each span's
    characters checked only for the one length that reaches j."""
    for m in (3, 2):
        if i + m <= len(s) and s[i:i + m] in st.ja:  # (as in _named_at: the longer family name first)
            if i + m == j:
                out.append((i, j, "ja"))
            elif 1 <= j - i - m <= 3 and _ja_ok(s, i + m, j):
                out.append((i, j, "ja"))
            break
    if 3 <= j - i <= 4 and s[i:i + 2] in st.compound and _zh_ok(s, i + 2, j):
        out.append((i, j, "zh"))
    if 2 <= j - i <= 3 and s[i] in st.surnames and _zh_ok(s, i + 1, j):
        out.append((i, j, "zh"))


def _is_dot(s: str, d: int) -> bool:
    """Does the middle dot at d stand between two Han characters (where `candidates` reads a dotted name)?"""
    return 0 < d < len(s) - 1 and s[d] == "·" and _han(s[d - 1]) and _han(s[d + 1])


def _unjoined(s: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The candidates less those a dot or hyphen joins to the characters beside them (each looked up
    at its two ends only: never a search of the whole text, which `candidates_from` would repeat at
    every offset of a long line)."""
    return [c for c in out if not (_joins(s, c[0] - 1) or _joins(s, c[1]))] if out else out


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    """The characters a candidate span other than a dotted name may start with."""
    st = stats()
    return (st.surnames | {x[0] for x in st.compound} | {x[0] for x in st.ja} | st.translit | st.weak)


@lru_cache(maxsize=1)
def _run_chars() -> frozenset[str]:
    """The characters a transliteration run is made of, the weak ones included."""
    st = stats()
    return st.translit | st.weak


def _dots(s: str, a: int, b: int) -> list[int]:
    """The offsets in [a, b) of the middle dots `candidates` reads a dotted name at."""
    out = []
    d = s.find("·", max(0, a), b)
    while d >= 0:
        if _is_dot(s, d):
            out.append(d)
        d = s.find("·", d + 1, b)
    return out


def candidates_from(s: str, i: int) -> list[tuple[int, int, str]]:
    """The candidates of `candidates(s)` that start at offset i, read from the few characters
    around i (constant time; tests/test_namemodel.py checks them against `candidates`)."""
    st = stats()
    out: list[tuple[int, int, str]] = []
    if not (0 <= i < len(s) and _han(s[i])):
        return out
    dot = s.find("·", i + 1, i + 13)
    if dot < 0 and s[i] not in _starters():
        return out  # (no span but a dotted name's starts with a character no other kind of span starts with)
    _named_at(s, i, st, out)
    runs = _run_chars()
    if s[i] in runs:  # the spans of the transliteration run that start at i, after the others (as `candidates`
        b = i         # lists them: a span read both ways is scored as `scored` scores it, 王锦波 zh, not fx)
        while b < len(s) and b - i < _MAX_FX and s[b] in runs:
            b += 1
        fx: list[tuple[int, int, str]] = []
        _fx_spans(s, i, b, st.translit, fx)
        out.extend(c for c in fx if c[0] == i)
    for d in _dots(s, dot, i + 13) if dot >= 0 else ():  # a dotted name: its first dot after six Han characters and hyphens
        dots: list[tuple[int, int, str]] = []
        _dot_spans(s, d, dots)
        out.extend(c for c in dots if c[0] == i)
    # (as `_unjoined`: every span starts at i, so the character before them is looked at once)
    if not out:
        return out
    if _joins(s, i - 1):
        return []
    return [c for c in out if not _joins(s, c[1])]


def candidates_to(s: str, j: int) -> list[tuple[int, int, str]]:
    """The candidates of `candidates(s)` that end at offset j, read from the few characters
    around j (constant time; tests/test_namemodel.py checks them against `candidates`)."""
    st = stats()
    out: list[tuple[int, int, str]] = []
    if not (0 < j <= len(s) and _han(s[j - 1])):
        return out
    starters = _starters()  # (a span `_named_to` reads starts with one of these)
    for i in range(max(0, j - 6), j - 1):  # ja names are at most six characters, zh four
        if _han(s[i]) and s[i] in starters:
            _named_to(s, i, j, st, out)
    runs = _run_chars()
    if s[j - 1] in runs:  # the spans of the transliteration run that end at j, after the others (as `candidates_from`)
        a = j
        while a > 0 and j - a < _MAX_FX and s[a - 1] in runs:
            a -= 1
        fx: list[tuple[int, int, str]] = []
        _fx_spans(s, a, j, st.translit, fx)
        out.extend(c for c in fx if c[1] == j)
    for d in _dots(s, j - 18, j - 1):  # a dotted name: a dot at most 17 characters before its end
        dots: list[tuple[int, int, str]] = []
        _dot_spans(s, d, dots)
        out.extend(c for c in dots if c[1] == j)
    # (as `_unjoined`: every span ends at j, so the character after them is looked at once)
    if not out:
        return out
    if _joins(s, j):
        return []
    return [c for c in out if not _joins(s, c[0] - 1)]


def _joins(s: str, k: int) -> bool:
    """Is s[k] a middle dot or a hyphen between two Han characters (艾买提, 让-皮埃尔)?"""
    return 0 < k < len(s) - 1 and s[k] in "·-" and _han(s[k - 1]) and _han(s[k + 1])


def _fx_spans(s: str, a: int, b: int, trs: frozenset[str], out: list[tuple[int, int, str]]) -> None:
    """The spans of the run s[a:b] a transliterated name may fill: two to eight characters, at most
    one in three of them weak (none in a two-character span). Linear: at most 7 spans per start."""
    if b - a < 2:
        return
    for x in range(a, b - 1):
        weak = 0
        for y in range(x + 1, min(b, x + _MAX_FX) + 1):
            if s[y - 1] not in trs:
                weak += 1
            if y - x >= 2 and weak * 3 <= y - x and (y - x > 2 or weak == 0):
                out.append((x, y, "fx"))


_JA_GIVEN = set("和也")  # never in a Chinese given name here, common in a Japanese one (和子, 达也)


def _ja_ok(s: str, a: int, b: int) -> bool:
    return all(_han(s[k]) and (s[k] not in _NEVER or s[k] in _JA_GIVEN) for k in range(a, b))


# never in a Chinese given name here (_NEVER), except as the first of two given characters: 文在寅,
# 金与正 (Korean names), 邓在军. Measured with the averaged models: pd98 halves +0.003 / +0.005, the
# invented sets -0.001, the real paragraphs +0.002 / -0.001. 和 since 2026-12-02 (陈和生, 刘和平: as the
# first given character it joins no two names, which would leave a surname alone before it): pd98's
# halves -0.001 / -0.002 / 0 / +0.006, the three MSRA samples +0.004 / +0.006 / +0.002.
_MID_GIVEN = frozenset("在与和")


def _zh_ok(s: str, a: int, b: int) -> bool:
    """May s[a:b] be a Chinese given name (of the candidates)?"""
    for k in range(a, b):
        ch = s[k]
        if not _han(ch) or (ch in _NEVER and not (ch in _MID_GIVEN and k == a and b - a == 2)
                            and not (ch == "和" and k == b - 1 == a + 1 and s[b:b + 1] in _MARK_AFTER_HE)):
            return False
    return True


# a mark right after a given name of two ending in 和 (侄子某秉和，: before a mark 和 joins nothing, it
# is the name's last character)
_MARK_AFTER_HE = frozenset("，,。、；;！？")


_DOT_NEVER = frozenset("的了们这那着过吗呢吧啊是") | PRONOUNS  # never in a transliterated name's part
# what ends a dotted name's last part: a function word, a conjunction (某·某和某·某), a particle (兴奋地说)
_DOT_RIGHT_STOP = _DOT_NEVER | CONJUNCTIONS | frozenset("地说")
# what a dotted name's first part never reaches back over: a place (云岭县古某·某某), a function word, a conjunction
_DOT_LEFT_STOP = PLACE_ENDS | _DOT_NEVER | CONJUNCTIONS
_DATE_AHEAD = re.compile(NUMERAL_DATE)


def _adverbial_de(s: str, e: int) -> bool:
    """Is the 地 at e the particle after an adverbial word (兴奋地说: 兴奋 a word of the dictionary), not the
    last character of a name's part (吐尔地)?"""
    return e >= 2 and bool(stats().words.get(s[e - 2:e]))


def _dot_spans(s: str, d: int, out: list[tuple[int, int, str]]) -> None:
    """Names around the middle dot at d: one to six Han characters before it (the longest left
    parts may hold a role: 副委员长司马义·艾买提), one to six after; only at the first dot of a name,
    with a further dot and its part taken in whole (玛丽·安·史密斯). A hyphen between Han characters
    joins a part (让-皮埃尔·勒费弗尔)."""
    n = len(s)
    # skip if this dot continues a name whose first dot is further left
    k = d - 1
    while k >= 0 and s[k] not in CONJUNCTIONS and (_han(s[k]) or (s[k] == "-" and k > 0 and _han(s[k - 1]))):
        k -= 1
    if k >= 0 and s[k] == "·" and d - k <= 9:
        return
    rights = []
    runs, wf = _run_chars(), word_flags()
    e = d + 1
    while e < n and (_han(s[e]) or (s[e] in "·-" and e + 1 < n and _han(s[e + 1]))) and e - d <= 16:
        if e > d + 1 and _DATE_AHEAD.match(s, e):
            break  # 菲尔曼·辛佐伊海巴二十八日: a date follows the name
        if e > d + 1 and s[e] in _DOT_RIGHT_STOP and (s[e] != "地" or _adverbial_de(s, e)):
            break  # 某某·某某兴奋地说, 某·某和某·某: a particle or a joiner ends the last part (not 吐尔地)
        if e > d + 1 and s[e] not in runs and ends_a_dotted_name(s, e):
            break  # 某某·某某率代表团来访, 某某·某某介绍: a follow word ends it (not 提出 after 买合木|提)
        if e > d + 2 and s[e] not in runs and "g" in wf.get(s[e:e + 2], ""):
            break  # 某某·某逊|合作完成的: a common verb or adverb (words.txt flag g) opens no name's part
        if (e > d + 2 and s[e] not in runs and "d" in wf.get(s[e:e + 2], "")
                and all(c in runs for c in s[d + 1:e])):
            break  # 某·某某罗夫|专程赶来, 某·某某尼|下周: a word past a part all of transliteration characters
            # (a word of jieba's, 20 times or more: not 毕力 of 某某·额尔敦毕力格)
        e += 1
        if e - d - 1 >= 1 and s[e - 1] not in "·-":
            rights.append(e)
    a, han = d, 0
    while a > 0 and han < 6:
        a -= 1
        if s[a] in _DOT_LEFT_STOP:
            break  # a place or a function word before the name (云岭县古某·某某, 的某某·某某) is no part of it
        if _han(s[a]):
            han += 1
            out.extend((a, e, "dot") for e in rights)
        elif not (s[a] == "-" and a > 0 and _han(s[a - 1])):
            break


def _group(s: str, i: int, j: int) -> str:
    """"pg" when s[i:j] lies inside a short parenthesized run of Han characters (a credit of names
    printed without separators: (甲乙丙丁)), with A/Z when it starts/ends the run."""
    a = i
    while a > 0 and i - a < 14 and _han(s[a - 1]):
        a -= 1
    if a == 0 or s[a - 1] not in "(（":
        return ""
    b = j
    while b < len(s) and b - j < 14 and _han(s[b]):
        b += 1
    if b >= len(s) or s[b] not in ")）":
        return ""
    return "pg" + ("A" if a == i else "") + ("Z" if b == j else "")


def kind_of(c: str) -> str:
    """The kind of a span found otherwise (by a rule): dot, zh (a surname and a given name) or fx."""
    st = stats()
    if "·" in c:
        return "dot"
    if (c[:2] in st.compound and len(c) > 2) or (c[0] in st.surnames and len(c) > 1):
        return "zh"
    return "fx"


def _bucket(x: float) -> int:
    return max(-6, min(6, round(x)))


def _left(s: str, i: int) -> list[str]:
    """The features of what stands before a span starting at i (they depend on s[i-6:i] alone)."""
    st = stats()
    # the title/body separator (NUL) and line ends are written as | (the weights file stays text)
    L1 = s[i - 1].translate(_SEP) if i > 0 else "^"
    L2 = s[max(0, i - 2):i].translate(_SEP) if i > 0 else "^"
    f = [f"L1={L1}", f"L2={L2}"]
    if not _han(L1):
        f.append("Lp")
    for k in range(2, 7):  # a role word ends right before the span
        if i - k >= 0 and s[i - k:i] in st.roles:
            f.append("Lrole")
            f.append(f"Lrole={s[i - k:i]}")
            break
    if any(i - k >= 0 and s[i - k:i] in st.nouns for k in range(2, 6)):
        f.append("Lnoun")  # a word for a kind of person ends right before the span (种粮大户)
    for x in st.words.get(L2, ""):
        f.append(f"L2f={x}")
    return f + _seg_left(s, i) + _tags_left(s, i)


def _tags_left(s: str, i: int) -> list[str]:
    """The part of speech of the character and the two-character word right before a span."""
    tags = stats().tags
    f = [f"L1t={tags.get(s[i - 1], '-') if i > 0 else '^'}"]
    if i >= 2 and s[i - 2:i] in tags:
        f.append(f"L2t={tags[s[i - 2:i]]}")
    return f


def _tags_right(s: str, j: int) -> list[str]:
    """The same right after a span."""
    tags = stats().tags
    f = [f"R1t={tags.get(s[j], '-') if j < len(s) else '$'}"]
    if s[j:j + 2] in tags:
        f.append(f"R2t={tags[s[j:j + 2]]}")
    return f


def _seg_left(s: str, i: int) -> list[str]:
    """How the dictionary's words sit at a span's left edge: the longest word (2-4 characters,
    data/words.txt flag d) ending right before it and whether it is a place (奥地利|江某某), and
    whether a word runs across the edge (高|度重视)."""
    words = stats().words
    f = []
    for k in (4, 3, 2):
        fl = words.get(s[i - k:i], "") if i - k >= 0 else ""
        if "d" in fl or "s" in fl:
            f.append(f"Lw={k}{'s' if 's' in fl else ''}")
            break
    for x in range(max(0, i - 3), i):
        if any("d" in words.get(s[x:y], "") for y in range(i + 1, min(len(s), x + 4) + 1)):
            f.append("Xl")
            break
    return f + _ce_across(s, i)


def _seg_right(s: str, j: int) -> list[str]:
    """The same at the right edge: the longest word starting right after the span, and whether a
    word runs across the edge."""
    words = stats().words
    n = len(s)
    f = []
    for k in (4, 3, 2):
        fl = words.get(s[j:j + k], "") if j + k <= n else ""
        if "d" in fl or "s" in fl:
            f.append(f"Rw={k}{'s' if 's' in fl else ''}")
            break
    for y in range(j + 1, min(n, j + 3) + 1):
        if any("d" in words.get(s[x:y], "") for x in range(max(0, y - 4), j)):
            f.append("Xr")
            break
    return f + [x.replace("Xl", "Xr") for x in _ce_across(s, j)]


_CE_MAX = 5  # the longest word of CC-CEDICT read across a span's edge


def _ce_across(s: str, i: int) -> list[str]:
    """The kinds (data/cedict_words.tsv: c a common word, p a person, L a place, P another proper
    noun) of the CC-CEDICT words of 3 to _CE_MAX characters that run across offset i (凤毛|麟角, 泰坦尼克|号):
    a span whose edge cuts such a word is seldom a name. Two-character words are left to the
    dictionary's frequent ones (`_seg_left`): CC-CEDICT lists rare pairs too (到付, 生就), which a
    name's edge cuts by chance (找到|付某霞). Reads s[i-4:i+4] alone."""
    ce = stats().cedict or {}
    kinds: set[str] = set()
    for x in range(max(0, i - _CE_MAX + 1), i):
        for y in range(max(i + 1, x + 3), min(len(s), x + _CE_MAX) + 1):
            kinds.update(ce.get(s[x:y], ""))
    return [f"Xl{k}" for k in sorted(kinds)]


def _right(s: str, j: int) -> list[str]:
    """The features of what follows a span ending at j (they depend on s[j:j+8] alone)."""
    st = stats()
    n = len(s)
    R1 = s[j].translate(_SEP) if j < n else "$"
    R2 = s[j:j + 2].translate(_SEP) if j < n else "$"
    f = [f"R1={R1}", f"R2={R2}"]
    if not _han(R1):
        f.append("Rp")
    for k in range(1, 6):
        w = s[j:j + k]
        if len(w) == k and w in st.roles:
            f.append("Rrole")
        if len(w) == k and w in st.follow:
            f.append("Rfol")
    if _says_after(s, j):
        f.append("Rsay")  # a verb of saying right after the span (…说, 笑着说, 告诉, 激动地说)
    for x in st.words.get(R2, ""):
        f.append(f"R2f={x}")
    return f + _seg_right(s, j) + _tags_right(s, j)


_ADVERBIAL_MAX = 4  # the longest word before 地 and a verb of saying (兴致勃勃地说)


def _adverbial(w: str) -> bool:
    """Can w stand before 地 and a verb of saying (激动, 毫不犹豫: a word of data/words.txt, flag d)?"""
    return "d" in stats().words.get(w, "")


def _says_after(s: str, j: int) -> bool:
    """Does a verb of saying start at j (说, 笑着说, 告诉), or after a word of the dictionary and 地
    (激动地说, 毫不犹豫地表示)? Reads s[j:j+8] alone."""
    if _speech_prefixes(s[j:j + 3]):
        return True
    k = s.find("地", j + 1, j + _ADVERBIAL_MAX + 1)
    return k > 0 and _adverbial(s[j:k]) and bool(_speech_prefixes(s[k + 1:k + 4]))


def adverbial_before(s: str, j: int) -> int:
    """Where a word of the dictionary and 地 start when they end right before j (某某激动地|说: the
    offset of 激), else j: `_says_after` read backwards from the verb of saying."""
    if j > 2 and s[j - 1] == "地":
        for k in range(2, _ADVERBIAL_MAX + 1):
            if j - 1 - k > 0 and _adverbial(s[j - 1 - k:j - 1]):
                return j - 1 - k
    return j


def _speech_prefixes(head: str) -> list[str]:
    """The prefixes of head (up to 3 characters) that are verbs of saying."""
    sp = stats().speech
    return [head[:k] for k in range(1, len(head) + 1) if head[:k] in sp]


_PLACE_LAST = set("州省市县区镇乡村堡港湾岛山河湖江海角宫厅馆城府国")


def _holds_place(c: str, words: dict[str, str]) -> bool:
    """Does c hold a place name of three or more characters (data/words.txt flag s)?"""
    n = len(c)
    return any("s" in words.get(c[a:b], "") for a in range(n - 2) for b in range(a + 3, n + 1))


def _inner(c: str, kind: str, L1: str, R1: str) -> list[str]:
    """The features of the span's text c and the characters right around it (L1, R1: ^ and $ at
    the ends of the text, | for a separator)."""
    st = stats()
    words = st.words
    f = ["b", f"k={kind}{min(len(c), 6)}"]
    if not _han(L1) and not _han(R1):  # between two marks: an item of a list (、X、), a credit ((X))
        f.append(f"LR={L1}{R1}")
    for x in words.get(c, ""):
        f.append(f"cw={x}")
    if L1 != "^" and "x" in words.get(L1 + c[0], ""):
        f.append("Lglue")
    if R1 != "$" and "x" in words.get(c[-1] + R1, ""):
        f.append("Rglue")
    if len(c) >= 3:
        if c[-1] in st.follow:
            f.append("lastF")
        for x in words.get(c[-2:], ""):
            f.append(f"l2w={x}")
    for x in (st.cedict or {}).get(c, ""):  # a common word, a person, a place, another proper noun
        f.append(f"ce={x}{kind}")
    if c in st.other:
        f.append(f"odict={kind}")
    if c in st.geo:  # a place (data/places_gazetteer.txt: 莫斯科, 邵阳, which jieba tags as persons)
        f.append(f"geo={kind}")
    if len(c) >= 3 and _holds_place(c, words):
        f.append("inS")
    if c[-1] in _PLACE_LAST:
        f.append(f"plast={kind}")
    if kind == "zh":
        sl = 2 if c[:2] in st.compound and len(c) > 2 else 1
        sur, given = c[:sl], c[sl:]
        f.append(f"s={sur}")
        f.append(f"sp={st.sur.get(sur, -1) if sl == 1 else 'c'}")
        g0 = st.giv.get(given[0], -9)
        f.append(f"g0={given[0]}")
        f.append(f"G{len(given)}0={g0}")
        if len(given) == 2:
            f.append(f"gl={given[1]}")
            f.append(f"G21={st.giv.get(given[1], -9)}")
            f.append(f"G2m={min(g0, st.giv.get(given[1], -9))}")
            for x in words.get(given, ""):
                f.append(f"gw={x}")
            for x in words.get(c[:2], ""):
                f.append(f"hw={x}")
        f.append(f"sR1={len(c)}{R1}")
        f.append(f"nxG={st.giv.get(R1, -9) if _han(R1) else 'p'}")
        f.append(f"pvS={st.sur.get(L1, -1) if _han(L1) else 'p'}")
        f.append(f"Gs={sum(st.giv.get(ch, -9) for ch in given) // 2}")
    elif kind == "ja":
        fam = 3 if c[:3] in st.ja else 2
        given = c[fam:]
        f.append(f"jg={len(given)}")
        if given:
            f.append(f"jG={sum(st.giv.get(ch, -9) for ch in given) // len(given)}")
            f.append(f"jl={c[-1]}")
        for x in words.get(given, ""):
            f.append(f"jw={x}")
    else:
        trs = [st.tr.get(ch, -9) for ch in c if ch != "·"]
        f.append(f"Tmin={min(trs)}")
        f.append(f"Tavg={_bucket(sum(trs) / len(trs))}")
        f.append(f"f1={c[0]}")
        f.append(f"fl={c[-1]}")
        f.append(f"fb={c[-2:]}")
        f.append(f"ff={c[:2]}")
        if kind in ("fx", "dot"):
            if L1 not in st.translit:
                f.append(f"Lmax{kind}")
            if R1 not in st.translit:
                f.append(f"Rmax{kind}")
            if L1 not in st.translit and L1 not in st.weak:
                f.append(f"LmaxW{kind}")
            if R1 not in st.translit and R1 not in st.weak:
                f.append(f"RmaxW{kind}")
            if L1 + c[0] in st.pairs:
                f.append(f"Lpair{kind}")
            if c[-1] + R1 in st.pairs:
                f.append(f"Rpair{kind}")
        if kind == "fx":
            if c[0] in st.surnames:
                f.append("fxsur")
            f.append(f"fxw={sum(ch not in st.translit for ch in c)}")
            f.append(f"fxp={min(2, sum(c[k:k + 2] not in st.pairs for k in range(len(c) - 1)))}")
        else:
            left, _, right = c.partition("·")
            f.append(f"dl={min(len(left), 4)}")
            f.append(f"dr={min(len(right), 6)}")
            f.append(f"dT={st.tr.get(left[:1], -9) >= 0}{st.tr.get(right[-1:], -9) >= 0}")  # (a rule's 张·: no part)
    return f


_CREDIT_TAIL = ("摄影报道", "摄影", "报道", "供稿", "整理", "摄")
_RUN_MIN, _RUN_MAX = 4, 16
# a run of Han characters `name_runs` may tile: _RUN_MIN to _RUN_MAX characters, plus a credit tail
_TILED_RUN = re.compile(f"(?<![\u3400-\u4dbf\u4e00-\u9fff])[\u3400-\u4dbf\u4e00-\u9fff]"
                        f"{{{_RUN_MIN},{_RUN_MAX + max(map(len, _CREDIT_TAIL))}}}(?![\u3400-\u4dbf\u4e00-\u9fff])")


def name_runs(s: str) -> dict[tuple[int, int], str]:
    """The spans of runs of names printed without separators (a photo credit 梁某华胡某摄, a line of
    authors): a whole run of Han characters (less a trailing 摄/摄影报道/供稿) of 4 to 16 characters
    that a row of two- and three-character Chinese names tiles completely. Each span of a tiling
    maps to "Ta" when every tiling holds it, else "T". Linear: each run is read a fixed number of
    times."""
    st = stats()
    sur, comp = st.surnames, st.compound
    out: dict[tuple[int, int], str] = {}
    n = len(s)
    i = 0
    while i < n:
        if not _han(s[i]):
            i += 1
            continue
        a = i
        while i < n and _han(s[i]):
            i += 1
        b = i
        for tail in _CREDIT_TAIL:
            if b - a > len(tail) and s.endswith(tail, a, b):
                b -= len(tail)
                break
        if not _RUN_MIN <= b - a <= _RUN_MAX:
            continue
        pieces = [(x, x + m) for x in range(a, b) for m in (2, 3, 4)
                  if x + m <= b and (s[x] in sur and m < 4 or s[x:x + 2] in comp and m > 2)
                  and _zh_ok(s, x + 1, x + m)]
        fwd = {a: 1}
        for x, y in sorted(pieces):
            if x in fwd:
                fwd[y] = fwd.get(y, 0) + fwd[x]
        if b not in fwd:
            continue
        bwd = {b: 1}
        for x, y in sorted(pieces, key=lambda p: -p[0]):
            if y in bwd:
                bwd[x] = bwd.get(x, 0) + bwd[y]
        total = fwd[b]
        best = _best_tiling(s, a, b, pieces, st)
        for x, y in pieces:
            k = fwd.get(x, 0) * bwd.get(y, 0)
            if k:
                out[(x, y)] = "Ta" if k == total else "Tb" if (x, y) in best else "T"
    return out


def tiling(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """The names a run s[a:b] of Han characters printed without separators holds, when a row of two
    or more Chinese names of two or three characters (four with a compound surname) tiles it whole,
    less a trailing 摄/报道/供稿 (记者何某某董某某, 李某杨某报道): the tiling with the fewest names and,
    of those, the likeliest, left to right; [] when none does. At most 12 characters are read."""
    st = stats()
    for tail in _CREDIT_TAIL:
        if b - a > len(tail) and s.endswith(tail, a, b):
            b -= len(tail)
            break
    sur, comp = st.surnames, st.compound
    if not 4 <= b - a <= 12 or (s[a] not in sur and s[a:a + 2] not in comp):
        return []  # (no piece starts the run: none tiles it)
    pieces = [(x, x + m) for x in range(a, b) for m in (2, 3, 4)
              if x + m <= b and (s[x] in sur and m < 4 or s[x:x + 2] in comp and m > 2) and _zh_ok(s, x + 1, x + m)]
    # the fewest names (three-character names are the most common: 甲乙丙丁戊己 is two names, not
    # three), then the likeliest (_piece_score, as _best_tiling)
    best: dict[int, tuple[int, float, tuple[int, int] | None]] = {a: (0, 0.0, None)}
    for x, y in sorted(pieces, key=lambda p: p[1]):
        if x not in best:
            continue
        cand = (best[x][0] + 1, best[x][1] + _piece_score(s, x, y, st), (x, y))
        if y not in best or (cand[0], -cand[1]) < (best[y][0], -best[y][1]):
            best[y] = cand
    if b not in best or best[b][0] < 2:
        return []
    out: list[tuple[int, int]] = []
    piece = best[b][2]
    while piece is not None:
        out.append(piece)
        piece = best[piece[0]][2]
    return out[::-1]


def _piece_score(s: str, x: int, y: int, st: Stats) -> float:
    """How much s[x:y] looks like a name, as a piece of a run of names: the surname's prior plus the
    mean given-name bucket of the rest."""
    sl = 2 if y - x > 2 and s[x:x + 2] in st.compound else 1
    given = s[x + sl:y]
    return (st.sur.get(s[x], 5) if sl == 1 else 8) + sum(st.giv.get(ch, -9) for ch in given) / len(given)


def _best_tiling(s: str, a: int, b: int, pieces: list[tuple[int, int]], st: Stats) -> set[tuple[int, int]]:
    """The tiling of s[a:b] whose names look most like names: the surname's prior plus the mean
    given-name bucket of the rest, summed over the pieces."""
    best: dict[int, tuple[float, tuple[int, int] | None]] = {a: (0.0, None)}
    for x, y in sorted(pieces, key=lambda p: p[1]):
        if x not in best:
            continue
        sc = best[x][0] + _piece_score(s, x, y, st)
        if y not in best or sc > best[y][0]:
            best[y] = (sc, (x, y))
    out: set[tuple[int, int]] = set()
    k = b
    while k > a and k in best and best[k][1] is not None:
        x, y = best[k][1]  # type: ignore[misc]
        out.add((x, y))
        k = x
    return out


def _extra(s: str, i: int, j: int, rule: str, reps: int, runs: dict[tuple[int, int], str] | None = None) -> list[str]:
    """The features of the span's place in this text: a parenthesized group, a run of names, the
    rules, recurrence."""
    f = []
    tile = (name_runs(s) if runs is None else runs).get((i, j))
    if tile:
        f.append(tile)
        f.append(f"{tile}{j - i}")
    g = _group(s, i, j) if ("(" in s or "（" in s) else ""
    if g:
        f.append(g)
        f.append(f"{g}{min(j - i, 4)}")
    if rule:
        f.append("rule")
        f.extend("rule" + x for x in rule)
    if reps > 1:
        f.append("rep")
    return f


def _ends(s: str, i: int, j: int) -> tuple[str, str]:
    return (s[i - 1].translate(_SEP) if i > 0 else "^"), (s[j].translate(_SEP) if j < len(s) else "$")


def features(s: str, i: int, j: int, kind: str, rule: str, reps: int,
             runs: dict[tuple[int, int], str] | None = None) -> list[str]:
    """The sparse features of the span s[i:j] (see the module docstring): what stands before it,
    after it, the span itself, and its place in the text. `scored` sums the same features' weights
    part by part, each part cached on the few characters it depends on."""
    L1, R1 = _ends(s, i, j)
    return _inner(s[i:j], kind, L1, R1) + _left(s, i) + _right(s, j) + _extra(s, i, j, rule, reps, runs)


@dataclass
class Model:
    weights: dict[str, float]
    threshold: float

    def prob(self, feats: list[str]) -> float:
        w = self.weights
        return _p(sum(w.get(x, 0.0) for x in feats))


@lru_cache(maxsize=1)
def model() -> Model:
    """The scorer's weights (data/person_model.tsv), kept on disk between runs (digest.tables)."""
    weights, threshold = cached("model", _model_fields, ("person_model.tsv",))
    return Model(weights, threshold)


def _model_fields() -> tuple[dict[str, float], float]:
    weights: dict[str, float] = {}
    threshold = 0.5
    text = resources.files("digest").joinpath("data", "person_model.tsv").read_text(encoding="utf-8")
    for ln in text.splitlines():
        if ln.startswith("#threshold\t"):
            threshold = float(ln.split("\t")[1])
        elif ln and not ln.startswith("#"):
            k, _, v = ln.rpartition("\t")
            weights[k] = float(v)
    return weights, threshold


_CACHE_MAX = 200_000  # span texts cached; cleared when full (memory stays bounded on any input)


class _Sums:
    """The same sum of weights as `features`, computed without building feature strings: the
    weights split by feature name into per-value tables (L1 -> {char: weight}), the context before
    and after a span summed once per offset of the text, the span's own part cached on its text.
    tests/test_namemodel.py checks it against `features` on real text."""

    def __init__(self, m: Model) -> None:
        t: dict[str, dict[str, float]] = {}
        for k, v in m.weights.items():
            name, eq, val = k.partition("=")
            if eq:
                t.setdefault(name, {})[val] = v
        w = m.weights
        self.t = t
        self.one = {k: w.get(k, 0.0) for k in ("b", "Lp", "Rp", "Lrole", "Rrole", "Rfol", "Lglue", "Rglue", "lastF",
                                                 "Lmaxfx", "Rmaxfx", "Lmaxdot", "Rmaxdot", "LmaxWfx", "RmaxWfx", "LmaxWdot",
                                                 "RmaxWdot", "Lpairfx", "Rpairfx", "Lpairdot", "Rpairdot", "fxsur",
                                                 "rule", "rep", "Lnoun", "Rsay")}
        self.w = w
        self.inner: dict[tuple[str, str], float] = {}
        # the most `ends` can add, for any span: the sum of the largest weight of each of its terms
        pos = {k: max([0.0, *t.get(k, {}).values()]) for k in ("LR", "sR1", "nxG", "pvS")}
        one = self.one
        fx = max(sum(max(0.0, one[f"{side}{x}{k}"]) for side in "LR" for x in ("max", "maxW", "pair"))
                 for k in ("fx", "dot"))
        self.ends_most = (pos["LR"] + max(0.0, one["Lglue"]) + max(0.0, one["Rglue"])
                          + max(pos["sR1"] + pos["nxG"] + pos["pvS"], fx))

    def left(self, s: str, i: int) -> float:
        st = stats()
        t = self.t
        e: dict[str, float] = {}
        L1 = s[i - 1].translate(_SEP) if i > 0 else "^"
        L2 = s[max(0, i - 2):i].translate(_SEP) if i > 0 else "^"
        z = t.get("L1", e).get(L1, 0.0) + t.get("L2", e).get(L2, 0.0)
        if not _han(L1):
            z += self.one["Lp"]
        roles = st.roles
        for k in range(2, 7):
            if i - k >= 0 and s[i - k:i] in roles:
                z += self.one["Lrole"] + t.get("Lrole", e).get(s[i - k:i], 0.0)
                break
        if any(i - k >= 0 and s[i - k:i] in st.nouns for k in range(2, 6)):
            z += self.one["Lnoun"]
        fl = st.words.get(L2)
        if fl:
            tf = t.get("L2f", e)
            z += sum(tf.get(x, 0.0) for x in fl)
        w = self.w
        return z + sum(w.get(x, 0.0) for x in _seg_left(s, i) + _tags_left(s, i))

    def right(self, s: str, j: int) -> float:
        st = stats()
        t = self.t
        e: dict[str, float] = {}
        n = len(s)
        R1 = s[j].translate(_SEP) if j < n else "$"
        R2 = s[j:j + 2].translate(_SEP) if j < n else "$"
        z = t.get("R1", e).get(R1, 0.0) + t.get("R2", e).get(R2, 0.0)
        if not _han(R1):
            z += self.one["Rp"]
        roles, follow = st.roles, st.follow
        for k in range(1, 6 if j + 5 <= n else n - j + 1):
            w = s[j:j + k]
            if w in roles:
                z += self.one["Rrole"]
            if w in follow:
                z += self.one["Rfol"]
        if _says_after(s, j):
            z += self.one["Rsay"]
        fl = st.words.get(R2)
        if fl:
            tf = t.get("R2f", e)
            z += sum(tf.get(x, 0.0) for x in fl)
        w = self.w
        return z + sum(w.get(x, 0.0) for x in _seg_right(s, j) + _tags_right(s, j))

    def own(self, c: str, kind: str) -> float:
        """The features of _inner that depend on c and kind alone."""
        key = (c, kind)
        z = self.inner.get(key)
        if z is not None:
            return z
        if len(self.inner) >= _CACHE_MAX:
            self.inner.clear()
        w = self.w
        # the context-free part: _inner's features for neutral ends, less those that read the ends
        feats = [x for x in _inner(c, kind, "^", "$")
                 if not x.startswith(("sR1=", "nxG=", "pvS=", "Lmax", "Rmax", "Lpair", "Rpair", "LR="))]
        z = self.inner[key] = sum(w.get(x, 0.0) for x in feats)
        return z

    def ends(self, c: str, kind: str, L1: str, R1: str) -> float:
        """The features of _inner that read the characters around the span."""
        st = stats()
        t = self.t
        e: dict[str, float] = {}
        one = self.one
        words = st.words
        z = 0.0
        if not _han(L1) and not _han(R1):
            z += t.get("LR", e).get(L1 + R1, 0.0)
        if L1 != "^" and "x" in words.get(L1 + c[0], ""):
            z += one["Lglue"]
        if R1 != "$" and "x" in words.get(c[-1] + R1, ""):
            z += one["Rglue"]
        if kind == "zh":
            z += t.get("sR1", e).get(f"{len(c)}{R1}", 0.0)
            z += t.get("nxG", e).get(str(st.giv.get(R1, -9)) if _han(R1) else "p", 0.0)
            z += t.get("pvS", e).get(str(st.sur.get(L1, -1)) if _han(L1) else "p", 0.0)
        elif kind in ("fx", "dot"):
            if L1 not in st.translit:
                z += one["Lmax" + kind]
            if R1 not in st.translit:
                z += one["Rmax" + kind]
            if L1 not in st.translit and L1 not in st.weak:
                z += one["LmaxW" + kind]
            if R1 not in st.translit and R1 not in st.weak:
                z += one["RmaxW" + kind]
            if L1 + c[0] in st.pairs:
                z += one["Lpair" + kind]
            if c[-1] + R1 in st.pairs:
                z += one["Rpair" + kind]
        return z


@lru_cache(maxsize=1)
def _sums() -> _Sums:
    return _Sums(model())


def _p(z: float) -> float:
    return 0.0 if z < -30 else 1.0 / (1.0 + math.exp(-z))


def scored(s: str, rule_spans: dict[tuple[int, int], str]) -> list[tuple[float, int, int]]:
    """(probability, start, end) of every candidate span of s."""
    cands = candidates(s)
    cands.extend((a, b, kind_of(s[a:b])) for a, b in rule_spans)  # a rule's span is always a candidate
    reps = Counter(s[a:b] for a, b, _ in cands)
    return _score(s, cands, rule_spans, lambda a, b: reps[s[a:b]], name_runs(s), OWN_LEAST)


# `scored_at` gives 0.0 to a span whose own features sum to less than this, without reading its
# context: on pd98 and on 750 invented paragraphs no such span reached 0.5 with its context (6 of
# 18,887 reached 0.1), and about half of all spans are under it
OWN_LEAST = -6.0
_REPS_NEAR = 4096  # `scored_at` looks for a span's text again this far before and after it


def scored_at(s: str, cands: list[tuple[int, int, str]],
              rule_spans: dict[tuple[int, int], str], least: float = OWN_LEAST) -> list[tuple[float, int, int]]:
    """(probability, start, end) of the given candidate spans of s alone, with the features `scored`
    gives them, so that a caller may score a few spans of a long text in time proportional to their
    number, not to the text (`digest.weakanchors` scores the spans at its weak anchors this way). Two
    features are read locally: a span's recurrence counts the candidates (and rule spans) with its
    text within _REPS_NEAR characters before or after it (`scored` counts them in the whole of s:
    the same but in texts longer than that), and
    the run of names holding it is tiled on its own run of Han characters (the same result). A span
    whose own features sum to less than `least` (OWN_LEAST, as in `scored`) gets 0.0 without its
    context being read, unless a rule found it."""
    sums = _sums()
    n = len(s)
    out: list[tuple[float, int, int]] = []
    live: list[tuple[int, int, str]] = []
    own: dict[tuple[int, int], float] = {}  # a live span's own features and ends, summed once here
    seen: set[tuple[int, int]] = set()
    for a, b, kind in cands:  # first the spans pruned on their own features: they need no run of names
        if (a, b) in seen:
            continue
        seen.add((a, b))
        c = s[a:b]
        z = sums.own(c, kind)
        if z + sums.ends_most >= least or (a, b) in rule_spans:
            z += sums.ends(c, kind, s[a - 1].translate(_SEP) if a > 0 else "^", s[b].translate(_SEP) if b < n else "$")
            if z >= least or (a, b) in rule_spans:
                live.append((a, b, kind))
                own[(a, b)] = z
                continue
        out.append((0.0, a, b))
    runs: dict[tuple[int, int], str] = {}
    starts = sorted({a for a, _b, _kind in live})
    k = 0
    for m in _TILED_RUN.finditer(s) if live else ():  # the runs of Han characters short enough to be a run of names
        x, y = m.span()
        while k < len(starts) and starts[k] < x:
            k += 1
        if k < len(starts) and starts[k] < y:  # a candidate starts in this run
            runs.update({(i + x, j + x): v for (i, j), v in name_runs(m.group()).items()})
    rule_texts = Counter(s[a:b] for a, b in rule_spans)
    counted: dict[str, int] = {}

    def reps(a: int, b: int) -> int:  # as `scored` counts: the candidates (and rule spans) with this text
        c = s[a:b]
        k = counted.get(c)
        if k is None:
            k = rule_texts[c]
            p = s.find(c, max(0, a - _REPS_NEAR), b + _REPS_NEAR)
            while p >= 0:
                k += sum(1 for x in candidates_from(s, p) if x[1] == p + len(c))
                p = s.find(c, p + 1, b + _REPS_NEAR)
            counted[c] = k
        return k

    return out + _score(s, live, rule_spans, reps, runs, own=own)


def scored_alone(s: str, cands: list[tuple[int, int, str]]) -> list[tuple[float, int, int]]:
    """(probability, start, end) of the given spans from their own features and the characters right
    around them alone (`_Sums.own` and `_Sums.ends`, the model's bias included): no context word, no
    recurrence, no run of names is read. `digest.weakanchors` reads the items of a list this way, where the
    context of every item is the same few marks."""
    sums = _sums()
    out: list[tuple[float, int, int]] = []
    seen: set[tuple[int, int]] = set()
    for a, b, kind in cands:
        if (a, b) not in seen:
            seen.add((a, b))
            c = s[a:b]
            out.append((_p(sums.own(c, kind) + sums.ends(c, kind, *_ends(s, a, b))), a, b))
    return out


def _score(s: str, cands: list[tuple[int, int, str]], rule_spans: dict[tuple[int, int], str],
           reps: Callable[[int, int], int], runs: dict[tuple[int, int], str],
           least: float = -math.inf, own: dict[tuple[int, int], float] | None = None) -> list[tuple[float, int, int]]:
    """The probabilities of cands; a span whose own features (`_Sums.own` and `_Sums.ends`) sum to
    less than `least` gets 0.0 without its context being read. `own`: those sums, where the caller
    has them already (`scored_at`)."""
    sums = _sums()
    lefts: dict[int, float] = {}
    rights: dict[int, float] = {}
    paren = "(" in s or "（" in s
    one, w = sums.one, sums.w
    n = len(s)
    out = []
    seen = set()
    for a, b, kind in cands:
        if (a, b) in seen:
            continue
        seen.add((a, b))
        if own is not None and (a, b) in own:
            z = own[(a, b)]
        else:
            c = s[a:b]
            z = sums.own(c, kind)
            ruled = (a, b) in rule_spans  # a rule's name is never pruned: its flags may outweigh its own features
            if z + sums.ends_most < least and not ruled:  # pruned without reading the characters around it either
                out.append((0.0, a, b))
                continue
            z += sums.ends(c, kind, s[a - 1].translate(_SEP) if a > 0 else "^", s[b].translate(_SEP) if b < n else "$")
            if z < least and not ruled:
                out.append((0.0, a, b))
                continue
        zl = lefts.get(a)
        if zl is None:
            zl = lefts[a] = sums.left(s, a)
        zr = rights.get(b)
        if zr is None:
            zr = rights[b] = sums.right(s, b)
        z += zl + zr
        rule = rule_spans.get((a, b), "")
        if paren:
            z += sum(sums.w.get(x, 0.0) for x in _extra(s, a, b, rule, reps(a, b), runs))
        else:  # _extra without a parenthesized group
            tile = runs.get((a, b))
            if tile:
                z += w.get(tile, 0.0) + w.get(f"{tile}{b - a}", 0.0)
            if rule:
                z += one["rule"] + sum(w.get("rule" + x, 0.0) for x in rule)
            if reps(a, b) > 1:
                z += one["rep"]
        out.append((_p(z), a, b))
    return out


def spans(s: str, rule_spans: dict[tuple[int, int], str], threshold: float | None = None) -> list[tuple[int, int]]:
    """The accepted name spans of s, left to right, never overlapping."""
    th = model().threshold if threshold is None else threshold
    return choose(s, scored(s, rule_spans), th)


LIST_FLOOR = 0.1  # the least probability a list item needs when a neighbouring item is a name


_NEVER_WHOLE = frozenset({"周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末",
                          "高一", "高二", "高三", "初一", "初二", "初三",
                          # collective words that start with a surname (全体师生, 军民同心)
                          "师生", "军民", "官兵", "干群", "党群", "医患", "警民", "家长", "乡亲", "同胞",
                          # words of descent that start with a surname (华裔教授某某: 华裔 read before a title)
                          "华裔", "华侨", "华人", "苗裔",
                          # government writing's words of method that open with a surname (因村施策、因户施策, 精准施治)
                          "施策", "施治",
                          # a biography's year of birth (某某，女，1968年生，): 年 is a surname too
                          "年生",
                          # the officials of the 河长制, 湖长制 and 林长制 by their post (县级林长, 林长制), a surname and one
                          # character (data/person_nouns.txt lists them as words for a kind of person)
                          "河长", "湖长", "林长",
                          # a greeting of the Tibetan language printed in news, whose syllables names use
                          "扎西德勒",
                          # a match's result (以1比0小胜对手) and a craft named by its people (苗绣带头人), each
                          # read as a name on blind news sets
                          "小胜", "险胜", "完胜", "苗绣", "瑶绣", "侗绣", "彝绣", "羌绣", "藏绣",
                          # the weather of a forecast table, whose cells read like items of a list
                          "雷阵雨", "阵雨", "小雨", "中雨", "大雨", "暴雨", "多云", "晴天", "阴天", "小雪", "中雪",
                          "大雪", "暴雪", "雨夹雪", "扬沙", "浮尘",
                          # a word of statistics that opens a figure (医生占比由31%提高到…)
                          "占比"})
# the ends of bodies named 社 (越通社, 韩联社, 某某合作社, 旅行社, 报社, 出版社, 新闻社); a given name in 社 (建社, 卫社,
# 新社) is none of them
_BODY_SHE = ("通社", "联社", "作社", "行社", "报社", "版社", "闻社", "讯社", "志社", "公社", "旅社")
_WEATHER_LAST = frozenset("晴阴")  # 武汉晴 23°C, 卡拉奇阴: a city and its weather in a forecast table
# what ends a village named after a family (某家庄, 某家村, 某家湾, 某家坡, 某家河, 某家坪) or its ancestral hall (某家祠): no name of pd98 or of the
# MSRA lines at hand has 家 in the middle and one of these last (they hold 邹家华, 唐家璇, 温家宝)
_SETTLEMENT_LAST = frozenset("庄村屯沟湾营寨岭坡峪洼堡坝塘铺店集寺庙祠河坪")
# dynasties named in two characters, which open no person's name (东晋永和九年: a reign after them)
_DYNASTIES_OF_TWO = frozenset({"东晋", "西晋", "东汉", "西汉", "北宋", "南宋", "北魏", "东周", "西周", "南齐", "北齐", "后唐",
                               "后周", "南唐", "前秦", "后秦", "大清", "大明"})
# a village's name ends in 村 after one of these (李庄村, 牛洼村, 小河村); a person's seldom does (吴国村)
_VILLAGE_BEFORE = frozenset("庄洼河湾家营屯沟坡岗寨店集堡桥坝塘园坪岭峪楼圩垸庙铺寺")
# what follows a surname in a way to address someone, not a name (张女士, 李师傅)
_ADDRESS = frozenset({"女士", "先生", "小姐", "老师", "师傅", "同学", "阿姨", "大爷", "大妈", "大姐", "大哥",
                      "大嫂", "太太", "老人", "某某", "老", "道长",  # 侯老, 朱老: a surname and 老, an elder addressed
                      # and titles (王大使, 江主席, 李局长): a surname with a title is no name
                      "大使", "主席", "总理", "书记", "主任", "部长", "局长", "市长", "县长", "区长", "镇长",
                      "村长", "厂长", "校长", "院长", "经理", "教授", "医生", "警官", "法官", "队长", "班长"})


# the scorer never takes a span right before the name of a doctrine on its own (邓小平理论, 毛泽东思想,
# 马克思主义, 习近平新时代…思想): pd98's annotators mostly read it as part of a noun, and its weights learnt
# so; a leader's name there is the rules' reading (namerules._doctrine_name, kept by both commands)
_DOCTRINE = ("理论", "思想", "主义", "新时代", "列宁主义")


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _never_words() -> frozenset[str]:
    from digest.lexicon import ADDRESS_TWO, countries

    return countries() | _NEVER_WHOLE | ADDRESS_TWO  # (and words of address: 快递小哥每天…)


def _ja_given_never(c: str) -> bool:
    """A span read only as a Japanese name (a family name of data/surnames_ja.txt, then more than a
    Chinese name holds) whose given part has a character no name of jieba's dictionary uses (given-name
    bucket -9): 白石 + 脐橙 is a brand of oranges, not Shiraishi Qicheng."""
    st = stats()
    if len(c) <= 3 and (c[0] in st.surnames or c[:2] in st.compound):
        return False  # a Chinese reading exists: the scorer weighs it
    for m in (3, 2):
        if c[:m] in st.ja and len(c) > m:
            return any(st.giv.get(ch, -9) <= -9 and ch not in _JA_GIVEN_CHARS for ch in c[m:])
    return False


# characters of Japanese given names that no name of jieba's dictionary uses (绫乃, 凛, 绚子): a given
# name of them after a family name is a person's (技术总监久保田绫乃表示)
_JA_GIVEN_CHARS = frozenset("绫凛绚")


def addressed(c: str) -> bool:
    """A surname (one character or two) and a way of addressing someone or a title (孟女士, 李师傅, 欧阳先生);
    not a name masked (孙某某: a credit's, listed as printed) nor an elder's 老 (侯老)."""
    return (c[1:] in _ADDRESS or c[2:] in _ADDRESS) and not c.endswith(("某某", "老"))


def never_a_name(c: str) -> bool:
    """Spans the scorer may like that are never a person: a country or international body
    (data/countries.txt: 科威特, 东盟) or one of three characters or more with a word after it
    (墨西哥比索, 吉尔吉斯人), a weekday or a school grade (周四, 高三), an anonymised name
    (王某, 吴某某, 张某兵), the weather of a forecast table (雷阵雨, 多云; a city and 晴 or 阴: 武汉晴), a
    surname with a way of addressing someone or a title (张女士, 李师傅, 王大使, 侯老), a surname
    and 家 (邵家的院子: a family), a Chinese name ending in a preposition (某某对, 年内将), a place ending in
    镇, 乡, 县, 省, 组 or 郡 (张桥镇, 临川郡), or in 村 after a character of places (李庄村, 小河村), a lane or a
    street (某某巷, 某某街), a people (布依族), a gazetteer
    place and 州 or 盟 (甘南州), a span ending in a body's 社 (越通社, 某某合作社, 某某出版社: `_BODY_SHE`;
    not 刘建社, a given name in 社), a dotted span
    with a part ending in a word for a place (柳河村·柳河桥), a Japanese reading with a given-name
    character no name uses (`_ja_given_never`: 白石脐橙), a collective word
    that starts with a surname (师生, 军民), a surname and a time word (某春季, 某上午), 老 or 小 and a word
    for a kind of person (老茶农, 小党员: data/person_nouns.txt). The words of places.txt are not among them: pd98 names 钟南山, 罗干 and
    巴金, which jieba's dictionary also knows as places; the scorer weighs that itself."""
    if c in _never_words() or "某" in c[1:]:
        return True
    if len(c) >= 3 and c[-1] in _WEATHER_LAST and c[:-1] in stats().geo:
        return True  # a city and its weather (武汉晴 23°C)
    if len(c) >= 4 and (c[:3] in _never_words() or c[:4] in _never_words()) and "·" not in c:
        return True  # a country of three characters or more and a word after it (墨西哥比索, 吉尔吉斯人)
    if c[1:] in _ADDRESS or c[2:] in _ADDRESS:
        return True
    if len(c) >= 2 and c[-1] == "村" and c[-2] in _VILLAGE_BEFORE:
        return True
    if len(c) >= 3 and c[-1] == "族" and kind_of(c) == "zh":
        return True  # a people (布依族选手某某, 土家族): no name of pd98 ends so
    if len(c) >= 3 and c[-1] in _LANE_LAST and kind_of(c) == "zh":
        return True  # a lane or a street (翠柳巷, 某某弄, 某某街): no name of pd98's 1,243 of three characters or more ends so
    if _ja_given_never(c):
        return True
    if "·" in c and any(len(part) >= 2 and part[-1] in PLACE_ENDS for part in c.split("·")):
        return True  # a place in a dotted title or name of a thing (柳河村·柳河桥, 上海·外滩)
    if len(c) >= 3 and c[0] in "老小" and weak_anchors()[0].fullmatch(c, 1) is not None:
        return True  # 老 or 小 and a word for a kind of person (村里的老茶农, 小党员): someone not named
    if len(c) == 3 and weak_anchors()[0].fullmatch(c, 0, 2) is not None and kind_of(c) == "zh":
        return True  # a word for a kind of person and one character (李某和老伴|刚把…, 老板|刚): no name opens so
    if len(c) == 2 and c[1] == "太":
        return True  # a married woman by her husband's surname (陈太, as Hong Kong writes 陈太太)
    if len(c) == 2 and c[1] == "家":
        return True  # a surname and 家 is a family or its house (邵家的院子, 王家大院), no person
    if len(c) == 3 and c[2] == "家" and c[:2] in _lexicon().ja_surnames:
        return True  # and so is a Japanese family name and 家 (山口家在福冈开了…)
    if c in _BUILDINGS:
        return True  # the word of a building (纪念堂 reads as a surname and 念堂)
    if c[-1] in PREPOSITION_LAST and kind_of(c) == "zh":
        return True  # a preposition read into a Chinese name (某某对培育…, 年内将): no gold name ends so
    if a_share(c):
        return True  # a share, no name (学生|占九成以上, 党员|占比达72%, 教师|占全校教师的)
    if len(c) == 3 and c[1] in "老家" and c[2] in _SETTLEMENT_LAST:
        return True  # a village named by a family (某老庄, 某家沟), no person
    if len(c) >= 3 and c[:2] in _DYNASTIES_OF_TWO:
        return True  # a dynasty and a reign's first character (东晋|永和九年, 北宋|元祐), no person
    if len(c) == 3 and c[2] == "科" and (stats().cedict or {}).get(c[:2]) == "c" and kind_of(c) == "zh":
        return True  # a department named by its field, a common word of CC-CEDICT (麻醉|科, 口腔|科), no person (某建科)
    if len(c) == 3 and c[1:] in TIME_WORDS and kind_of(c) == "zh":
        return True  # a time word read as a given name (市青少年宫|春季公益课程: 宫 is a surname too)
    if len(c) >= 3 and c[:2] in TIME_WORDS and kind_of(c) == "zh":
        return True  # a time word and more read as a name (外长|年初先访问: 年 is a surname too; 作家凌晨 stays)
    if len(c) == 3 and c[-1] in "殿阁" and c in (stats().cedict or {}):
        return True  # a hall CC-CEDICT knows (太和殿), which jieba's dictionary often tags a person (not 王凤阁)
    if len(c) >= 2 and c in stats().roles:
        return True  # a role word itself (公参, 参赞: 某仪公参、某颖琦公参 — a title after each name)
    if c.endswith("穆斯林"):
        return True  # believers of a branch (逊尼派穆斯林, 什叶派穆斯林), read as a transliteration
    if len(c) >= 3 and c[-1] in "州盟圩垸" and c[:-1] in stats().geo:
        return True  # a prefecture or a league named by its place (甘南州, 锡林郭勒盟), a polder's dyke (某阳圩)
    if len(c) >= 3 and c.endswith(_BODY_SHE):
        return True  # a news agency, a cooperative, a press (越通社, 某某合作社, 某某出版社); not 刘建社
    return len(c) >= 3 and c[-1] in "镇乡县省组郡区市"


def _opens_the_role_after(s: str, a: int, b: int) -> bool:
    """Is the span a place and a character that makes a title of the role printed right after it
    (韩国代|总理, 美国前|总统: lexicon.POST_OPENERS)? That character is the role's, and no name is there."""
    if not place_then_opener(s[a:b]):
        return False
    roles = stats().roles
    return any(s[b:b + k] in roles for k in range(1, 6))


def _cuts_a_role(s: str, a: int, b: int) -> bool:
    """Does the span end inside a role word (沙特王|储, where 王储 is the role after the country)?"""
    roles = stats().roles
    return b - a >= 3 and any(s[b - 1:b - 1 + k] in roles for k in range(2, 6))


def _role_first(s: str, a: int, b: int) -> bool:
    """Does a dotted span open with a whole role word before the rest of its first part (记者|某力·某买提
    at a line's start, where no role was read before it)? The name starts after the role."""
    d = s.find("·", a, b)
    roles = stats().roles
    return d > a and any(s[a:a + k] in roles for k in range(2, min(6, d - a)))


# adverbs that are surnames too (都, 还, 正) or are read as one (就, 也): after a Han character the
# adverb of a clause (球员都想…), never a name's first character in pd98, the four sets or the MSRA
# lines at hand (曾, a common surname, stays out, and 将, 想, 一, which open words and names)
_ADVERB_FIRST = SUBJECT_ADVERBS - frozenset("曾将想一")


def _and_first(s: str, a: int) -> bool:
    """Does the span start with 和 right after a Han character (你的信和某明同志)? There 和 joins two
    words: no name of pd98 or the MSRA samples starts with it. Nor with an adverb (_ADVERB_FIRST)."""
    return (s[a] == "和" or s[a] in _ADVERB_FIRST) and a > 0 and _han(s[a - 1])


# the parts of speech (data/word_tags.tsv, jieba's) of the two-character function words no name
# starts inside (如|何拓宽): pronouns, adverbs, prepositions, conjunctions, particles. No gold name of
# pd98, the four sets or the MSRA lines at hand does.
_FUNCTION_TAGS = frozenset({"r", "d", "p", "c", "u"})


def _wrote_last(s: str, b: int) -> bool:
    """Does the span end in 著 (wrote) right before 的 or 《 (某诚著的《…》, 某立诚著《…》)? 著 is the verb
    of an author's credit there; no gold name of pd98, the four sets or the MSRA lines ends in 著."""
    return s[b - 1] == "著" and b < len(s) and s[b] in "的《"


def _inside_a_place(s: str, a: int, b: int) -> bool:
    """Is the span part of a longer place of four characters or more printed around it, that the
    gazetteer holds (符|拉迪沃斯托克, 彼得|堡, 王府|井)? A span inside a place's name names the place."""
    geo = stats().geo
    return any(s[i:j] in geo for i in range(max(0, a - 3), a + 1) for j in range(b, min(len(s), b + 3) + 1)
               if j - i >= 4 and (i < a or j > b))


# one-character adverbs and 偕 (with: 偕夫人) that stand between a subject and its verb (某·某则表示, 某·某仍坚持,
# 某某曼也认为, 某·某偕夫人出席); none ends a transliterated name in pd98's gold or the invented news sets
_ADVERBS_AFTER_A_NAME = frozenset("则也还又即均亦便却偕仍已曾")


# one-character adverbs that open a predicate and never stand inside the last part of a dotted name
# (某特·某特只|差0.028秒, 某·某斯也|认为): those of `_ADVERBS_AFTER_A_NAME` but 则 (某福鼎·艾则孜), and
# 只, 很, 就, 才, 最; none stands past the first character of a last part among the 664 dotted
# names of pd98's gold, the blind news sets and the shipped name lists (measured 2026-12-05); not 再,
# which Uyghur names hold (某某·艾再提, 某某·艾再孜: a review's sentences)
_ADVERBS_INSIDE = frozenset("只也还又即均亦便却偕仍已曾很就才最")


def _adverb_inside(s: str, a: int, b: int) -> bool:
    """Does a dotted span's last part hold, after its first character, a one-character adverb with a Han
    character after it, in the span or right after it (某特·某特只差, 某特·某特只|差: the name ends before 只)?"""
    d = s.rfind("·", a, b)
    return d >= a and any(s[k] in _ADVERBS_INSIDE and _han(s[k + 1:k + 2]) for k in range(d + 2, b))


# the word for a firm right before a foreign span names the firm (荷兰涂料巨头公司|阿克某诺贝尔, 德国化工集团|
# 巴某夫): a person stands there only after a title (公司总裁某某), which ends at the span instead
_FIRM_WORDS = ("公司", "集团", "巨头", "品牌", "厂商", "企业")


def after_a_firm(s: str, a: int, b: int) -> bool:
    """Is s[a:b] a transliterated span right after a word for a firm, four characters or more of
    transliterations whatever its first (伊莱克某斯, though 伊 is a surname), and no first part of a dotted
    name (达能集团|埃里克·某丹: a person there)? A Japanese name there is a person's (松下公司|中村某一)."""
    c = s[a:b]
    ja = stats().ja
    return (a >= 2 and s.endswith(_FIRM_WORDS, 0, a) and "·" not in c and s[b:b + 1] != "·"
            and c[:2] not in ja and c[:3] not in ja
            and (kind_of(c) == "fx" or (len(c) >= 4 and kind_of(c) != "ja" and all(ch in _run_chars() for ch in c))))


def firm_names(s: str) -> set[str]:
    """The foreign firms s names right after a word for a firm (`after_a_firm`), each the whole run of
    transliteration characters there (巨头公司|阿克某诺贝尔|先后: 3 to 10 characters): the text's other
    mentions of it are that firm too (某某向阿克某诺贝尔发出…)."""
    out: set[str] = set()
    if not any(w in s for w in _FIRM_WORDS):
        return out
    run = _run_chars()
    for w in _FIRM_WORDS:
        k = s.find(w)
        while k >= 0:
            a = e = k + len(w)
            while e < len(s) and e - a < 10 and s[e] in run:
                e += 1
            if e - a >= 3 and after_a_firm(s, a, e):
                out.add(s[a:e])
            k = s.find(w, k + 1)
    return out


def _adverb_last(s: str, a: int, b: int) -> bool:
    """Does a foreign span (dotted, or transliterated with no surname first) of four characters or more
    end in a one-character adverb right before another Han character (某·某斯则|表示, 某·某马偕|夫人)?
    The adverb opens the predicate; the name ends before it (the scorer, reading characters, may
    take the adverb for the transliteration's last one). Not after a Japanese family name (某村拓也表示)."""
    if b - a < 4 or s[b - 1] not in _ADVERBS_AFTER_A_NAME or b >= len(s) or not _han(s[b]):
        return False
    c = s[a:b]
    ja = _lexicon().ja_surnames  # (a Japanese given name ends in 也: 中村拓也表示)
    return (kind_of(c) != "zh" and (("·" not in c) or len(c) - c.rfind("·") > 3)
            and c[:2] not in ja and c[:3] not in ja)


# a time of the clock right after a span (凌晨|两点, 凌晨|3时许): the span is the part of the day (not
# 一点 or 一时, words of their own: 某某一点也不怕, 某某一时语塞)
_CLOCK = re.compile(r"(?:十[一二]?|[二两三四五六七八九]|\d{1,2})(?:点|时)(?!代|间|候|期|刻表|半刻|多)")


def _quoted(s: str, a: int, b: int) -> bool:
    """Does the span fill a pair of quotation marks (“老虎笙”, a dance; “秋凤姐”, what the village calls her;
    “小飞侠”, a nickname) or of title marks, undotted, and if Chinese opening with no listed surname
    (《老炮儿》, a film; 《纳布科》, an opera: pd98 counts the hero a work is named after, 《某汉年》, 《秋某》,
    and a dotted name there is a person's, 《某丽·居里》)? A quoted word is a term, a nickname or a title; no
    gold name of pd98 or the three invented news sets stands so."""
    if 0 < a and b < len(s) and s[a - 1] == "《" and s[b] == "》":  # (a work named after its hero stays: 《某汉年》, pd98's)
        c = s[a:b]
        return "·" not in c and (kind_of(c) != "zh" or not _lexicon().opens_with_surname(c))
    if not (0 < a and b < len(s) and s[a - 1] in "“\"" and s[b] in "”\""):
        return False
    c = s[a:b]  # (a full Chinese name quoted stays one: 念出了“张某梅”的名字)
    return not (len(c) == 3 and c[0] in _lexicon().surnames and c[-1] not in _KIN_LAST
                and not stats().words.get(c) and not stats().words.get(c[1:]))


_KIN_LAST = frozenset("姐哥叔姨嫂爷奶妹弟伯婶娘")  # a name and a kin word, what neighbours call someone (“秋凤姐”)


def _glossed(s: str, a: int, b: int) -> bool:
    """Is the span all that a pair of brackets holds right after a Han character, 电 aside
    (鹭鹚（鱼鹰）, 国家情报局（摩萨德）, 优秀生（索尼）奖学金)? Such brackets gloss or name the thing before
    them. A person alone in brackets is a credit after a sentence (…。（某某）) or a dateline's
    (…电（某某）): pd98 holds 20 such, and no gold name after another character; the MSRA lines hold
    four false names so."""
    return (a >= 2 and s[a - 1] in "(（" and b < len(s) and s[b] in ")）"
            and _han(s[a - 2]) and s[a - 2] != "电")


# the generic word of a building, a body or a landform named after someone or something (艾菲尔|铁塔,
# 某某|博物馆, 毛主席|纪念堂, 某奈|半岛): the span before it names the thing, not a person; the word alone
# is no name either (纪念堂 reads as a surname and 念堂). pd98's gold holds no name before one; its
# annotators read a cup or a prize after a name as the person's (尤伯杯, 诺贝尔奖), so those stay.
_BUILDINGS = ("博物馆", "纪念馆", "纪念堂", "铁塔", "大桥", "广场", "公园", "图书馆", "剧院", "体育场",
              "体育馆", "大厦", "基金会", "核电站", "机场", "运河", "水库", "小区",
              "半岛", "海峡", "群岛", "平原", "盆地", "高原", "山脉",
              # (measured on invented news, 2026-12-04: 某某国际机场, 某逸夫医院, a carrier "某某"号)
              "国际机场", "医院", "号航空母舰", "号航母", "”号", "\"号",
              # (measured on real news, 2026-12-05: 某渝高铁, a line named by the cities it joins)
              "高铁", "铁路", "城际铁路", "动车组")
# a street named after a person, with what a street's name is followed by (张某路社区, 中山路口, 秋某路12号,
# 某某大道沿线): the street, no mention of the person
_STREET = re.compile(r"(?:路|街|大街|大道|巷)(?:社区|小区|街道|口|沿线|两侧|一带|[东西南北中]段|[东西南北]侧|附近|[\d０-９]{1,5}号"
                     r"|[(（]|、[\u4e00-\u9fff]{1,5}(?:路|街|大道))")  # (not a bare digit: 记者王一路3日在现场; a list of roads: 某某路、某某路沿线)
def _street_of_a_known_person(s: str, a: int, b: int) -> bool:
    """Is s[a:b] a person jieba's dictionary knows (flag n: 文天祥, 中山) right before 路 or 街 that opens
    no word (路过, 路上, 街头 do): a street named after them (某某路雨污分流改造)?"""
    return (s.startswith(("路", "街"), b) and "n" in stats().words.get(s[a:b], "")
            and not stats().words.get(s[b:b + 2]))


# a city named right after these is a place (瑞士首都|伯尔尼)
_CAPITALS = ("首都", "首府", "省会")
# a home place named right after the word for it (《我的家乡某某塔斯》, 回到故乡某某): a place, no person
_HOMETOWN = ("家乡", "故乡", "老家", "故里")
# a foreign span before 大学 or 学院 names a university (阿姆斯特丹|大学); a Chinese name there is
# often a person whose schooling the text tells (某某大学毕业后)
_COLLEGES = ("大学", "学院")
# a foreign span before the word of a firm names the firm (迪朗|食品集团, 博林格|精密机械公司): the words a
# firm's name closes with, or opens its trade with
_FIRMS = ("集团", "公司", "银行", "酒店", "株式会社", "控股", "财团", "食品", "汽车", "电子", "制药", "航空",
          "精密", "机械", "化工", "电气", "能源", "物流", "投资")


def _names_a_building(s: str, a: int, b: int) -> bool:
    """Does the span stand right before the word of a building or a body named after it (`_BUILDINGS`;
    `_COLLEGES` and `_FIRMS` after a transliterated or dotted span)? (The word itself: `never_a_name`.)"""
    return s.startswith(_BUILDINGS, b) or (s.startswith(_COLLEGES + _FIRMS, b) and kind_of(s[a:b]) in ("fx", "dot"))


_DISEASES = ("综合征", "综合症", "病", "症")
_ILL_AFTER = frozenset("逝故倒了重危情愈休况")  # 某某病逝, 某某病倒, 某某病情: the person fell ill


def _names_a_disease(s: str, a: int, b: int) -> bool:
    """Does a transliterated or dotted span stand right before a disease named after someone
    (阿尔茨海默|病, 帕金森|综合征), not before the news of its bearer's illness (某某病逝, 某某病倒)?"""
    return (s.startswith(_DISEASES, b) and kind_of(s[a:b]) in ("fx", "dot")
            and not (s.startswith("病", b) and s[b + 1:b + 2] in _ILL_AFTER))


def _surname_addressed(s: str, a: int, b: int) -> bool:
    """Is the span a compound surname alone before a title or a way to address someone (某丘|书记,
    欧阳|老师)? As `never_a_name` reads 张女士 and 王大使 whole, read here across the span's edge."""
    return s[a:b] in stats().compound and any(s.startswith(w, b) for w in _ADDRESS)


def _word_first(s: str, a: int, b: int) -> bool:
    """Does a transliterated span of three or more open with a common word of two (夫人|梅拉尼娅:
    words.txt flag x)? No gold transliterated name of pd98, the four sets or the MSRA lines does."""
    st = stats()
    return b - a >= 3 and "x" in st.words.get(s[a:a + 2], "") and all(ch in st.translit for ch in s[a:b])


def _inside_a_word(s: str, a: int, b: int) -> bool:
    """Does the span start inside a word it cuts: the second character of a common two-character
    function word or verb (由|于某海同志: words.txt flag v), of a word of the dictionary or CC-CEDICT
    that jieba tags no verb (邀请到任|某国强 stays) when a surname and one more character follow in
    the span, no word takes the word's first character, that is no function character, and no role or
    word for a person ends before the span (棋王|谢某; not 秘书长|石某某, 当事人|文某某, 校长和|田某某),
    or of a two-character pronoun, adverb,
    preposition, conjunction or particle (如|何拓宽: _FUNCTION_TAGS), or inside a four-character word of
    the dictionary that ends within the span (以|史为鉴)? No gold name of pd98, of the four held-out
    sets of news lines or of the MSRA lines at hand starts so."""
    if a == 0:
        return False
    words = stats().words
    if "v" in words.get(s[a - 1:a + 1], "") or stats().tags.get(s[a - 1:a + 1]) in _FUNCTION_TAGS:
        return True
    if (b - a == 3 and s[a - 1] not in _NEVER and stats().tags.get(s[a - 1:a + 1], "n")[:1] != "v"
            and ("d" in words.get(s[a - 1:a + 1], "") or s[a - 1:a + 1] in (stats().cedict or {}))
            and s[a - 2:a] not in words and s[a - 2:a] not in (stats().cedict or {})
            and s[a + 1] in _lexicon().surnames and not _role_ends_at(s, a)):
        return True  # 泰州籍棋王|某靖: a noun's last character; not 秘书长|石某某, 当事人|文某某, 和|田某某
    return any(k + 4 <= b and "n" not in words.get(s[k:k + 4], "n") for k in range(max(0, a - 3), a))


def _role_ends_at(s: str, i: int) -> bool:
    """Does a role word (data/roles.txt) or a word for a kind of person (data/person_nouns.txt) of two to
    six characters end right before offset i?"""
    st = stats()
    return any(i - k >= 0 and (s[i - k:i] in st.roles or s[i - k:i] in st.nouns) for k in range(2, 7))


def starts_in_a_word(s: str, a: int) -> bool:
    """Does the span starting at a start with the last character of a word of the dictionary whose
    first character no word before it takes (的教师|和同志, 和敬老|院老人; not 学习|习某某: 学习 takes
    the 习 before)? The paths that take a span under the threshold before a word that follows
    names (某某同志, 某某老人) take none so: of the gold names of pd98 and a set of real pages, only
    names after a role start so (秘书长|石某某), and the rules read those."""
    words = stats().words
    return a > 0 and s[a - 1:a + 1] in words and not (a > 1 and s[a - 2:a] in words)


def name_starts(s: str) -> list[int]:
    """The offsets where a candidate other than a dotted name may start (`_starters`: a surname, a
    transliteration's character …) and no word of the dictionary is cut (`starts_in_a_word`):
    where `digest.weakanchors` reads a name at no anchor on a page without a 目录."""
    st = _starters()
    return [i for i, ch in enumerate(s) if ch in st and not starts_in_a_word(s, i)]


# a merit after 荣立 (荣立|二等功, 荣立|三等功一次, 荣立个人二等功): the verb of winning it, no name (荣 is a surname too)
_MERIT = re.compile(r"(?:个人|集体)?[一二三特]等功|个人|集体")


def no_person(s: str, a: int, b: int) -> bool:
    """Is the span s[a:b] no person wherever it stands: a word that never is one (`never_a_name`),
    one opening with a joint or an adverb (`_and_first`), a dotted one with an adverb inside its last
    part (`_adverb_inside`: 某特·某特只差), a foreign one right after a word for a firm (`after_a_firm`:
    巨头公司|阿克某诺贝尔), a gloss in brackets (`_glossed`), a
    building's, a body's or a landform's name (`_names_a_building`), a street's or one ending in its
    路 (`_STREET`: 张某路社区, 张某路|社区), a
    disease's (`_names_a_disease`), a compound surname before a title (`_surname_addressed`), a doctrine's (邓小平|理论), a
    city right after 首都, 首府 or 省会, a place after 家乡 or 故乡 (`_HOMETOWN`), an item of a list of places (`place_list_item`), or of one closed
    by their count (`counted_place`: 某坳等5村), or a given name after its compound surname
    (`_after_a_compound_surname`), or a surname and a word of address (`lexicon.surname_and_address`: 黄姓,
    张哥说), a place of the gazetteer before its time, side or rulers (莫斯科时间, 莫斯科方面: PLACE_SIDE), or 荣立 before
    a merit (`_MERIT`)? The paths
    that take spans under the threshold (digest.persons) take none of these either. (`choose` refuses more: spans whose edges cut a word
    or a role, which an anchor beside them may settle.)"""
    return (never_a_name(s[a:b]) or _and_first(s, a) or _adverb_inside(s, a, b) or after_a_firm(s, a, b)
            or _glossed(s, a, b) or _quoted(s, a, b) or _names_a_building(s, a, b)
            or _CLOCK.match(s, b) is not None
            or _STREET.match(s, b) is not None or (s[b - 1] in "路街巷" and _STREET.match(s, b - 1) is not None)
            or _street_of_a_known_person(s, a, b)
            or _names_a_disease(s, a, b) or _surname_addressed(s, a, b) or s.startswith(_DOCTRINE, b)
            or s.endswith(_CAPITALS, 0, a) or s.endswith(_HOMETOWN, 0, a) or place_list_item(s, a, b)
            or village_unanchored(s, a, b) or counted_place(s, a, b) or _after_a_compound_surname(s, a, b)
            or surname_and_address(s[a:b]) or (s.startswith(PLACE_SIDE, b) and s[a:b] in stats().geo)
            or (a >= 2 and _ROUTE_END.match(s, a - 2) is not None)
            or s.startswith(_STEPPE_PLACE, b) or (s.startswith(_STEPPE_PLACE, b + 1) and s[b] not in _BEFORE_A_PLACE)
            or (s.startswith("荣立", a) and _MERIT.match(s, a + 2) is not None)
            or (s[b:b + 1] in _ADMIN_LAST and (b + 1 >= len(s) or s[b + 1] in _MARK_AFTER_PLACE))
            or _holds_a_steppe_place(s, a, b) or _place_before_its_body(s, a, b)
            or _modal_then_word(s, a, b) or _body_of_a_place(s, a, b))


# the places of Inner Mongolia's banners (某某嘎查, a village; 某某苏木, a township): a span ending right before
# one, or one character before it (乌兰敖|包嘎查), cut the place's name
_STEPPE_PLACE = STEPPE_PLACES
_BEFORE_A_PLACE = frozenset("在到从去赴至往和与及的、")  # (朝鲁|到嘎查: a name, then the way to the place)
# a road's or a line's ends (`西起火车站广场，东至东外环`, `南到某某村`): a place right after, no person
_ROUTE_END = re.compile(r"[东西南北][起至到抵]")
# a place's own last character, then a mark (`红岩溪乡：…`, `某某村，`): the span before it is the place's name
_ADMIN_LAST = frozenset("乡镇村县区旗")
_MARK_AFTER_PLACE = frozenset("：:，,。、；;")


def _holds_a_steppe_place(s: str, a: int, b: int) -> bool:
    """Does the span hold a banner's township or village word past its first character (某某某某苏木,
    某某嘎查): a place read on from a name before it (`主任　乌　兰` / `某某塔拉苏木…`: a column's wrap)? Or is
    the span followed, two to four characters of Mongolian names on, by such a word (乌兰呼|和塔拉苏木: the place's
    name; not 某某|同志为苏木…, 某某|带领苏木干部)?
    (Right before one or a character before it: `no_person`'s own test.)"""
    if any(s.find(w, a + 1, b) >= 0 for w in _STEPPE_PLACE):
        return True
    steppe = mongolian_chars()
    for w in _STEPPE_PLACE:  # (or a few characters on, the place's name going on to it: 乌兰呼|和塔拉苏木)
        k = s.find(w, b, b + 5)
        if k > b + 1 and all(c in steppe for c in s[b:k]):
            return True
    return False


# the bodies a county, a district or a banner has, printed right after its name (某某旗委员会, 某某县人民政府,
# 某某镇党委): the span before them is the place's name (`委员` alone may be a title after a name: 某某旗委员)
_PLACE_BODIES = ("委员会", "党委", "党工委", "人民政府", "人民法院", "人民检察院", "政府", "纪委", "政协", "人大常委会")


def _place_before_its_body(s: str, a: int, b: int) -> bool:
    """Is the span a place's name, ending in its administrative word or right before it, with one of its
    bodies after (`_PLACE_BODIES`: 中共某仁旗|委员会, 某某诺尔|镇党委; or its party committee, 委 and no 员:
    某仁旗|委组织部)?"""
    return b - a >= 2 and ((s[b - 1] in _ADMIN_LAST and (s.startswith(_PLACE_BODIES, b)
                                                         or (s[b:b + 1] == "委" and s[b + 1:b + 2] not in "员会")))
                           or (s[b:b + 1] in _ADMIN_LAST and s.startswith(_PLACE_BODIES, b + 1)))


_MODALS = frozenset("应要该须需可能会")  # a modal verb, the predicate's first word after its subject (家长应科学认识…)


def _modal_then_word(s: str, a: int, b: int) -> bool:
    """Is the span of three a modal verb and a word of the dictionary after a kind of person or a role ending right
    before it (`家长|应科学|认识`, `群众|要理性|看待`): the subject's predicate, no surname and a given name there?"""
    if b - a != 3 or s[a] not in _MODALS or a == 0:
        return False
    return flag(s[a + 1:b], "x") and any(weak_anchors()[0].fullmatch(s, k, a) for k in range(max(0, a - 4), a - 1))


_BODY_LAST = frozenset("委局办厅署")  # the last character of a body's short name (卫健委, 发改委, 住建局, 政务办)


def _body_of_a_place(s: str, a: int, b: int) -> bool:
    """Is the span a body's short name right after its place's administrative word (`市|卫健委`, `县|住建局`, `区|政务办`)?"""
    return b - a >= 2 and s[b - 1] in _BODY_LAST and a > 0 and s[a - 1] in "市县区省州盟旗镇乡"


def _after_a_compound_surname(s: str, a: int, b: int) -> bool:
    """Is the span two characters right after a compound surname's two (鲜于|小军说, 司徒|卫国)? It is
    the given name of the whole name there, which the paths read from the surname. A name of three
    after words the list shares with places (濮阳|张建国, 东门|张建国) stays."""
    return b - a <= 2 and a >= 2 and s[a - 2:a] in stats().compound


_LANE_LAST = frozenset("巷弄街")  # a lane's or a street's last character (`never_a_name`)
_PERSON_WORD_LAST = frozenset("员师手匠长家民")  # an occupation or a kind of person ends so (演员, 歌唱家, 村民)


def village_unanchored(s: str, a: int, b: int) -> bool:
    """Is the span s[a:b] a Chinese name of three characters ending in 村 with no role or word for a
    person right before it (`记者手记 姜川村200天的巨变`, `姜川村对于我…`, `到姜川村`)? That is a
    village: 1 of pd98's 1,596 names ends in 村 (吴国村, after the role 歌唱家), the scorer likes
    such spans at line starts (0.94). A role word ending right at a (data/roles.txt, read backwards) or
    a word for a kind of person ending in 员/师/手/匠/长/家/民 keeps it."""
    if b - a != 3 or s[b - 1] != "村" or kind_of(s[a:b]) != "zh":
        return False
    if a > 0 and s[a - 1] in _PERSON_WORD_LAST:
        return False
    _last, node = role_index()
    k = a
    while k > 0 and (node := node.get(s[k - 1])) is not None:
        k -= 1
        if "" in node:
            return False  # a role ends right before it (记者|某某村)
    return True


_PLACE_SUFFIX = frozenset("村乡镇县区市省州庄屯寨营堡")
_ITEM_MOST = 12  # the longest item of a 、 list `place_list_item` reads beside a span


def place_list_item(s: str, a: int, b: int) -> bool:
    """Is the span s[a:b] an item of a 、 list of places: its last character a place's (村, 镇, 县 …:
    _PLACE_SUFFIX) and the item right before or after it, across a 、, ending in the same one
    (介绍了某垓村、前王庄村、石桥村)? A list of people ends its names in one such character seldom."""
    last = s[b - 1]
    if last not in _PLACE_SUFFIX or b - a < 2:
        return False
    n = len(s)
    if b < n and s[b] == "、":
        k = b + 1
        while k < n and k - b <= _ITEM_MOST and _han(s[k]):
            k += 1
        if k > b + 2 and s[k - 1] == last:
            return True
    if a > 1 and s[a - 1] == "、":
        k = a - 1
        while k > 0 and a - k <= _ITEM_MOST and _han(s[k - 1]):
            k -= 1
        if k < a - 2 and s[a - 2] == last:
            return True
    return False


# a count of places closing a list (等5村, 4个集贸市场, 等三个乡镇): what it counts are places
_COUNTED_PLACES = re.compile(r"等?[0-9０-９一二三四五六七八九十两]{1,3}个?"
                             r"(?:行政村|自然村|村|乡镇|乡|镇|街道|社区|集贸市场|市场|景区|园区|片区|县|村组)")
_LIST_MOST = 8  # the most items `counted_place` walks over to the count


def counted_place(s: str, a: int, b: int) -> bool:
    """Is the span s[a:b] an item of a list of places closed by their count (硬化某坳等5村村组公路,
    对某河、某庵、某集、某棚4个集贸市场进行检查: `_COUNTED_PLACES`)? The count follows the span, or
    the rest of its 、 list (at most _LIST_MOST items of _ITEM_MOST characters) and then the count. A list
    of people is counted in 名, 人 or 位, never so."""
    n = len(s)
    j = b
    for _ in range(_LIST_MOST):
        if j >= n or s[j] != "、":
            break
        k = j + 1
        while k < n and k - j <= _ITEM_MOST and _han(s[k]):
            k += 1
        j = k
    return _COUNTED_PLACES.match(s, j) is not None


def admissible(s: str, scored_spans: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The scored spans that are not `no_person`."""
    return [x for x in scored_spans if not no_person(s, x[1], x[2])]


def _verb_in_first_part(s: str, a: int, b: int) -> bool:
    """Does a dotted span's first part hold a common verb of two characters (刚接替|某迪·某鲁夫:
    words.txt flag v)? The name starts after it: none of the 48 dotted gold names of pd98 and the
    MSRA lines at hand holds one."""
    d = s.find("·", a, b)
    words = stats().words
    return d > a and any("v" in words.get(s[x:x + 2], "") for x in range(a, d - 1))


def _place_in_last_part(s: str, a: int, b: int) -> bool:
    """Does a dotted span's last part end in a place or a body of three characters or more that
    starts after the part's first character (某迪·某鲁夫任|英特尔: words.txt flag s)? The name ends
    before it: none of the 48 dotted gold names of pd98 and the MSRA lines at hand does."""
    d = s.rfind("·", a, b)
    words = stats().words
    return d > a and any("s" in words.get(s[x:b], "") for x in range(d + 2, b - 2))


# measure words that are surnames too (项, 户, 张, 万 …): after a number they count
MEASURE_WORDS = frozenset("项户张条件位名座台只支把门家间根块所辆架次批期届年月万亿千百元角分米里亩吨斤个种类层栋排组队份本篇首幅场轮段节股款战")


def _after_a_number(s: str, a: int) -> bool:
    """Does the span open with a measure word right after a digit (44项|攻坚任务, 6户|贫困家庭, 3万|人)?
    No gold name of pd98, of the MSRA lines or of page set A starts after a digit at all; a photo's
    number does stand before its photographer once the spaces are gone (`③2 王某祥 摄`), so a name
    opening with no measure word is left alone."""
    return a > 0 and s[a - 1].isdigit() and s[a] in MEASURE_WORDS


def refused(s: str, a: int, b: int) -> bool:
    """Is the span s[a:b] one `choose` never takes, whatever it scores (see there)?"""
    return (no_person(s, a, b) or _after_a_number(s, a) or _opens_the_role_after(s, a, b) or _cuts_a_role(s, a, b) or _role_first(s, a, b)
            or _inside_a_word(s, a, b) or _word_first(s, a, b) or _wrote_last(s, b)
            or _verb_in_first_part(s, a, b) or _place_in_last_part(s, a, b) or _adverb_last(s, a, b)
            or _inside_a_place(s, a, b) or _dotted_words(s, a, b))


def _dotted_words(s: str, a: int, b: int) -> bool:
    """Is s[a:b] dotted and the whole title of a work in 《》, no part of it a transliteration's
    (`_translit_part`)? A play's scene or a poem's tune and its title (《牡丹亭·游园》, 《念奴娇·赤壁怀古》), no
    person's; a novel named by its hero's dotted name (《约翰·某某》) is read."""
    if "·" not in s[a:b] or a == 0 or b >= len(s) or s[a - 1] != "《" or s[b] != "》":
        return False
    return not any(_translit_part(x, k == 0) for k, x in enumerate(s[a:b].split("·")))


def dictionary_name(s: str, a: int, b: int) -> bool:
    """Is s[a:b] a Chinese name of three (a surname and two) that jieba's dictionary holds as a
    person's (words.txt flag n: 白居易, 方志敏), standing where a name may: no place of the gazetteer,
    not starting inside a word (锡|林郭勒: `starts_in_a_word`), not ending in a word with the next
    character unless the next two make one (袁某平|生前, not 平生), no span `refused` anywhere, and nothing CC-CEDICT reads as a common word, a place or
    another proper noun (jieba's 金字塔, 夏威夷)? Tried and left out: CC-CEDICT's persons of two to
    four characters read the same way (朱德, 戴高乐): on the MSRA lines read 2 names more, 5 false."""
    c = s[a:b]
    st = stats()
    words = st.words
    known = b - a == 3 and "n" in words.get(c, "") and (st.cedict or {}).get(c, "") in ("", "p")
    return (known and c not in st.geo and kind_of(c) == "zh"
            and (s[b - 1:b + 1] not in words or s[b:b + 2] in words)  # (袁某平|生前: 生前 reads on, not 平生)
            and not starts_in_a_word(s, a) and not refused(s, a, b))


def choose(s: str, scored_spans: list[tuple[float, int, int]], threshold: float) -> list[tuple[int, int]]:
    """The spans scoring at least `threshold` (`decode`), then the items of lists: a candidate
    that fills a whole item between 、 marks (张甲、李乙、王丙) is a name too when an item beside it
    was taken and it scores at least LIST_FLOOR. A span `never_a_name` holds is never taken, nor one
    right before the name of a doctrine (邓小平理论, 毛泽东思想: _DOCTRINE) or ending in a character that
    opens the role after it (韩国代|总理: `_opens_the_role_after`), nor one that ends inside a role word
    (沙特王|储: `_cuts_a_role`) or opens with one before a dot (记者|某力·某买提: `_role_first`), nor one
    where 和 joins or that opens with an adverb after a Han character (`_and_first`), nor one that
    starts inside a word it cuts (由|于某海, 以|史为鉴: `_inside_a_word`), nor a transliterated one that
    opens with a common word (夫人|某拉尼娅: `_word_first`), nor one ending in an author's 著 (`_wrote_last`),
    nor a dotted one whose first part holds a verb (刚接替|某迪·某鲁夫: `_verb_in_first_part`) or whose
    last part ends in a place or a company (某鲁夫任|英特尔: `_place_in_last_part`),
    nor one opening with a measure word right after a digit (44项|攻坚: `_after_a_number`),
    nor one alone in brackets after a word (鹭鹚（鱼鹰）: `_glossed`), nor one naming a building, a body or
    a landform (艾菲尔|铁塔: `_names_a_building`), nor a city right after 首都 (`no_person`), nor two
    characters before 杯;
    a transliterated span is read from the start of its run where that span passed too (`_whole_runs`),
    a dotted one from the start of its first part (`whole_dotted`),
    and a span that ran into the next word is moved back by one character (`before_a_word`)."""
    # (refused is asked only of the spans read below: those at LIST_FLOOR or the threshold, the candidates
    # of four `whole_compound` reads whatever they scored, and every span where a dot is printed, which
    # `whole_dotted` reads whatever it scored; most spans score near 0.0 and none of these reads them)
    least, dotted = min(threshold, LIST_FLOOR), "·" in s
    scored_spans = [x for x in scored_spans
                    if (x[0] >= least or dotted or x[2] - x[1] == 4) and not refused(s, x[1], x[2])]
    above = [x for x in scored_spans if x[0] >= threshold]
    taken = whole_last_part(s, _whole_runs(s, decode(above), above), above)
    if dotted:
        taken = _dotted_at_floor(s, taken, scored_spans)
    taken = [before_a_word(s, a, b) for a, b in whole_compound(s, whole_dotted(s, taken, scored_spans), scored_spans)
             if not (b - a == 2 and s[b - 1] == "杯")]
    taken = with_compound_surname(s, taken)
    if "、" not in s:
        return taken
    have = set(taken)
    used = {k for a, b in taken for k in range(a, b)}
    best: dict[tuple[int, int], float] = {}
    for p, a, b in scored_spans:
        if p >= LIST_FLOOR and (a, b) not in have:
            best[(a, b)] = max(p, best.get((a, b), 0.0))
    if not best:
        return taken
    n = len(s)
    cuts = [-1] + [k for k, ch in enumerate(s) if not (_han(ch) or ch == "·")] + [n]
    items = [(cuts[k] + 1, cuts[k + 1]) for k in range(len(cuts) - 1) if cuts[k + 1] - cuts[k] > 1]
    added = []
    for k, (a, b) in enumerate(items):
        if (a, b) not in best or any(q in used for q in range(a, b)):
            continue
        before = k > 0 and a > 0 and s[a - 1] == "、" and items[k - 1] in have and items[k - 1][1] == a - 1
        after = k + 1 < len(items) and b < n and s[b] == "、" and items[k + 1] in have and items[k + 1][0] == b + 1
        if before or after:
            added.append((a, b))
    return sorted(taken + added)


DOT_FLOOR = 0.05  # the least probability the best dotted candidate at a dot needs (`_dotted_at_floor`)


def _dotted_at_floor(s: str, taken: list[tuple[int, int]], scored_spans: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """The taken spans, and at each middle dot between Han characters that no taken span covers, the
    best-scoring candidate whose first dot it is, when it scores at least DOT_FLOOR, overlaps no taken span
    but a part read alone inside it (专访了某·威|廉姆斯: the whole replaces it), each of its parts reads as a
    transliteration (`_translit_part`) and not every one is a place (`dotted_place`: 阿克苏·乌什县长); its first
    part widened to the whole run of transliteration characters before the dot. The scorer, which met few dotted
    names in pd98, tells their ends well but gives the best of them 0.05-0.2 (专家|大卫·米勒 0.13, 坦克兵|伊万·
    彼得罗夫 0.11), where an ordinary span at the same ends scores near 0."""
    held = {k for a, b in taken for k in range(a, b)}
    best: dict[int, tuple[float, int, int]] = {}
    for p, a, b in scored_spans:
        if p < DOT_FLOOR:
            continue
        d = s.find("·", a, b)
        if d <= a or d >= b - 1 or d in held or (d in best and best[d][0] >= p):
            continue
        parts = s[a:b].split("·")
        if (len(parts[-1]) >= 2 and (len(parts[0]) >= 2 or a == 0 or not _han(s[a - 1]))
                and all(_translit_part(x, k == 0) for k, x in enumerate(parts))):
            best[d] = (p, a, b)  # (the best of those that read as a transliteration: not 某·某明随专列抵达…; no
            # part of one character cut from a longer one: not 托合托别克·苏|来曼, 优素|福·…)
    added: list[tuple[int, int]] = []
    gone: set[tuple[int, int]] = set()
    spans = {(a, b) for _p, a, b in scored_spans}
    strong, words = stats().translit, stats().words
    for d, (_p, a, b) in sorted(best.items()):
        x = a  # the whole first part, a run of transliteration characters opening with a strong one (护线员|达吾列提
        while (x > 0 and d - x < 7 and s[x - 1] in _run_chars() and (x - 1, b) in spans  # 别克·…: the scorer
               and not (x >= 2 and words.get(s[x - 2:x]))):  # preferred 别克·…, a first part it knew; not 商人|某·某)
            x -= 1
            if s[x] in strong:
                a = x
        inside = [(x, y) for x, y in taken if a <= x and y <= b and "·" not in s[x:y]]  # (专访了贾马尔·威|廉姆斯:
        free = held.difference(k for x, y in inside for k in range(x, y))  # a part read alone gives way to the whole)
        if (free.isdisjoint(range(a, b)) and all(_translit_part(x, k == 0) for k, x in enumerate(s[a:b].split("·")))
                and not dotted_place(s[a:b], every=True)):
            added.append((a, b))
            held = free | set(range(a, b))
            gone.update(inside)
    if not added:
        return taken
    return sorted([x for x in taken if x not in gone] + added)


def dotted_place(name: str, every: bool = False) -> bool:
    """Is a part of a dotted span a country or a place of the gazetteer (中国·某某山口, 阿克苏·乌什): a
    place's dotted name, no person's. `every`: is each part one (the gazetteer holds the world's cities,
    whose names are persons' too: 某某·坎贝尔)?"""
    from digest.lexicon import countries

    geo = stats().geo
    places = [p in geo or p in countries() for p in name.replace("-", "·").split("·")]
    return all(places) if every else any(places)


def _translit_part(x: str, first: bool) -> bool:
    """Does a part of a dotted name read as a transliteration: half or more of its characters strong
    transliteration ones and the rest weak ones, or (a first part) a given name CC-CEDICT's dotted names
    open with (大卫, 苏珊)?"""
    st = stats()
    strong = sum(ch in st.translit for ch in x)
    return (len(x) >= 1 and 2 * strong >= len(x) and all(ch in st.translit or ch in st.weak for ch in x)) or (
        first and x in first_parts())


_OPENS_DOTTED = frozenset("的了是和与及同跟向对在为把将被由让给以于从")  # (nametext.FUNCTION_CHARS less 等也都还…)


def whole_dotted(s: str, taken: list[tuple[int, int]], scored_spans: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """The taken spans, each dotted one moved back to the start of its first part when a candidate from
    there to the same end (whatever it scored: the clause starts prune 阿依古丽·… on its own features)
    starts the text or follows a mark, a function word (来自某委的|阿依古丽·吐尔逊: 丽·吐尔逊 0.80, the
    whole 0.21) or a word for a kind of person (务工青年|阿依某某·某某), and overlaps no other taken span,
    when what it adds is two characters or more and holds no word of the dictionary (的美国人|托·某某):
    the scorer doubts a long first part it has not seen, but nothing but a name stands between 的 and
    the dot."""
    if "·" not in s:
        return taken
    ends = {b for a, b in taken if "·" in s[a:b]}
    after_dot = {b for a, b in taken if a > 0 and s[a - 1] == "·"}  # (学院大卫·|霍某特: a last part alone)
    best: dict[int, int] = {}  # end -> the earliest such start
    nouns = stats().nouns
    firsts = first_parts()
    named: dict[int, int] = {}  # end -> a start where a known first part runs to the dot (名将|汤姆·某某)
    for _p, x, b in scored_spans:
        if (b in ends and x < best.get(b, b)
                and (x == 0 or not _han(s[x - 1]) or s[x - 1] in _OPENS_DOTTED
                     or any(s[x - k:x] in nouns and not stats().words.get(s[x - k:x + 1])
                            for k in range(2, min(x, 5) + 1)))):  # (not 农民|工…: 农民工 is the word)
            best[b] = x
        if (b in ends or b in after_dot) and x < named.get(b, b) and (d := s.find("·", x, b)) > x and s[x:d] in firsts:
            named[b] = x
    if not best and not named:
        return taken
    held = {k for a, b in taken for k in range(a, b)}
    words = stats().words
    out = []
    for a, b in taken:
        x = best.get(b, a)
        ext = s[x:a]  # two characters or more, no dot, no word of the dictionary (的美国人|托·某某)
        whole = (a - x >= 2 and held.isdisjoint(range(x, a)) and "·" not in ext
                 and not any(set(words.get(ext[u:v], "")) & {"d", "s"}
                             for u in range(len(ext) - 1) for v in range(u + 2, min(len(ext), u + 4) + 1)))
        if not whole and (y := named.get(b, a)) < a and held.isdisjoint(range(y, a)):
            x, whole = y, True  # 英格兰名将|汤姆·某某, 学院|大卫·某某: a first part CC-CEDICT's names print whole
        out.append((x, b) if whole else (a, b))
    return out


@lru_cache(maxsize=1)
def first_parts() -> frozenset[str]:
    """The first parts of the dotted person names of CC-CEDICT (data/cedict_words.tsv: 汤姆 of 汤姆·克兰西,
    大卫, 约翰, 迈克尔 …), two characters or more: a given name a foreign name opens with."""
    ce = stats().cedict or {}
    return frozenset(w.split("·")[0] for w, k in ce.items() if "p" in k and "·" in w and len(w.split("·")[0]) >= 2)


def with_compound_surname(s: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The taken spans, each Chinese one of two or three characters whose first character closes a
    compound surname with the character before it (住建局诸|葛某萱, 局长欧|阳某) moved back by one, when
    that character is no part of a taken span nor of a dictionary word with the one before it (公司|马某:
    公司 is the word): the scorer seldom met the compound surname and read from its second character."""
    if not taken:
        return taken
    comp, words = stats().compound, stats().words
    held = {k for a, b in taken for k in range(a, b)}
    out = []
    for a, b in taken:
        if (2 <= b - a <= 3 and a >= 1 and s[a - 1:a + 1] in comp and a - 1 not in held and kind_of(s[a:b]) == "zh"
                and not (a >= 2 and _han(s[a - 2]) and words.get(s[a - 2:a]))):
            a -= 1
        out.append((a, b))
    return out


def whole_compound(s: str, taken: list[tuple[int, int]], scored_spans: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """The taken spans, each of a compound surname and one character moved on by one, to a candidate of
    four (whatever it scored), when a role word starts right after those four and no taken span holds
    the fourth character (某甫立|新副主任 -> 某甫立新|副主任), unless the fourth opens a role itself
    (欧阳某|副市长): the scorer has seen few compound surnames and doubts the four, but a role after a name
    ends it."""
    cands = {(a, b) for _p, a, b in scored_spans if b - a == 4}
    if not cands:
        return taken
    held = {k for a, b in taken for k in range(a, b)}
    roles, compound = stats().roles, stats().compound
    out = []
    for a, b in taken:
        r = b + 3 if s.startswith(ROLE_PREFIXES, b + 1) else b + 1  # (a role's prefix: 常务副县长)
        if (b - a == 3 and s[a:a + 2] in compound and (a, b + 1) in cands and b not in held
                and any(s[r:r + k] in roles for k in range(2, 6))
                and not any(s[b:b + k] in roles for k in range(2, 6))):  # (欧阳某|副市长: 副 opens the role)
            out.append((a, b + 1))
        else:
            out.append((a, b))
    return out


def whole_last_part(s: str, taken: list[tuple[int, int]], above: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """The taken spans, each dotted one whose last part a longer span from the same start over the
    threshold carries on (`above`) moved to the longest such end, when it adds one or two characters
    (_LAST_PART_MORE) that no other taken span holds, none a function word, a preposition, 号 or a place's
    last character (扬·某某斯|在县农业农村局 stays), and no word of the dictionary
    or of address runs across the part's end or the new end (某·某提|老汉说, 某·某木阿|姨, 某·某思|铜像;
    one into 家, the bearer's home, is read past: 某·某尔洪|家中): 艾尔肯·吐尔|洪说 scored 0.63, the whole 0.59; a part's
    characters the scorer has not seen lower it, and `candidates` ends a part at what follows a name
    (a follow word, a particle, a common verb), so nothing past the name stands in such a span."""
    if "·" not in s or not taken:
        return taken
    words, cedict = stats().words, stats().cedict or {}
    longest: dict[int, int] = {}
    for _p, a, b in above:
        if "·" in s[a:b]:
            longest[a] = max(b, longest.get(a, b))
    held = {k for a, b in taken for k in range(a, b)}
    out = []
    for a, b in taken:
        e = longest.get(a, b)
        grow = (b < e <= b + _LAST_PART_MORE and "·" in s[a:b] and held.isdisjoint(range(b, e))
                and all(_han(ch) and ch not in _NEVER and ch not in PLACE_ENDS and ch not in PREPOSITION_LAST
                        and ch not in "在于和与及从向到号" for ch in s[b:e])
                and not any(_known_word(s[x:y], words, cedict) for x in range(b - 1, e)
                            for y in range(max(x + 2, b + 1), min(x + 4, e + 2, len(s)) + 1)
                            if not (y > e and s[e:e + 1] == "家")))
        out.append((a, e) if grow else (a, b))
    return out


_LAST_PART_MORE = 2  # the most characters `whole_last_part` adds to a dotted name's last part


def _known_word(w: str, words: dict[str, str], cedict: dict[str, str]) -> bool:
    """Is w a word of jieba's dictionary or CC-CEDICT, or a way to address someone (阿姨, 大叔)?"""
    return bool(words.get(w)) or w in cedict or w in _ADDRESS


def _whole_runs(s: str, taken: list[tuple[int, int]], above: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """The taken spans, each moved to the start of its run of transliteration characters when the
    span from there to the same end scored above the threshold too and overlaps no other taken span
    (副部长塔|吉扎德: 吉扎德 0.78 against 塔吉扎德 0.75; the character before the run is none),
    or to the start of a dotted name ending where it ends that scored above the threshold too and
    overlaps no other taken span (让-皮埃尔·勒|费弗尔: the last part's tail is no name of its own)."""
    st = stats()
    tr, words = st.translit, st.words
    ok = {(a, b) for _p, a, b in above}
    ends = {b for _a, b in taken}  # a span taken ending at a holds the character before it
    dotted: dict[int, int] = {}  # end -> the start of the longest dotted span above the threshold ending there
    for _p, a, b in above:
        if a < dotted.get(b, b) and ("·" in s[a:b] or "-" in s[a:b]):
            dotted[b] = a
    held = {k for a, b in taken for k in range(a, b)}
    out = []
    for a, b in taken:
        x = dotted.get(b, a)  # (a dotted span taken stays as taken: 储|玛哈·瓦萨拉 only adds a role's character)
        if x < a and "·" not in s[a:b] and "-" not in s[a:b] and held.isdisjoint(range(x, a)):
            out.append((x, b))
            continue
        x = a - 1  # one character: 夫人|某拉尼娅 is a word and the name
        if (x >= 0 and s[x] in tr and a not in ends and (x, b) in ok and (x == 0 or s[x - 1] not in tr)
                and not words.get(s[x - 1:x + 1] if x > 0 else "")):
            out.append((x, b))
        else:
            out.append((a, b))
    return out


# after 家: a person's home (某某家里, 家门口, 家院, 家中 but not 家中午); not 的 or 人, which names
# ending in 家 stand before as often (在某兴家的带领下, 某保家的推动下)
_HOME_AFTER = ("家里", "家门口", "家院")


def runs_into_follow(s: str, a: int, b: int) -> bool:
    """Does the Chinese name of three at a..b end in the first character of a follow word of two or more
    (data/follow.txt: 某乐带|着 -> 某乐|带着), no such word starting right after it (某某显|出席), the two
    characters after it no word of their own (某万通|报名) and the dictionary holding no person of those three?"""
    return (b - a == 3 and b < len(s) and _han(s[b]) and follows_long(s, b - 1) and not follows_long(s, b)
            and "n" not in stats().words.get(s[a:b], "") and s[b:b + 2] not in stats().words)  # (某万通|报名: 报名 a word)


def before_a_word(s: str, a: int, b: int) -> tuple[int, int]:
    """The span a..b the scorer or a weak anchor took, its end moved back one character where the name
    ran into the next word:

    - a Chinese name of three whose last character opens a four-character dictionary word
      (门将江洪|功不可没) or a common two-character verb (排长某强|见到此事: data/words.txt flag v),
      unless the dictionary holds the three as a person (flag n) or a follow word of two characters
      or more comes next (某某显|出席, though 显出 is a verb); or that ends in an adverb given names
      seldom use (lexicon.ADVERBS_NOT_GIVEN: 某勃|更认为), or in 任 before a role word (由某金|任主任委员:
      one gold name of pd98 and the held-out sets ends in 任, and it stands before 、). In pd98 and
      the three MSRA samples (about 4,000 paragraphs) one name of three stands before such a verb
      (某达通|用一个月), and three reads of three that ran into one were false;
    - a transliterated or dotted name of three characters or more whose last character opens such
      a verb (某尔·某什来|到): none of the 545 of those samples ends so; not before a follow word of
      two characters or more (某力·某买提|出席, though 提出 is a verb);
    - a Chinese name of three ending in 家 before 里, 门口, 院 or 中 (not 中午: 某某|家中, 某帆|家里) whose
      given name is no word (兴家, 保家, 成家 are: 在某兴家的带领下): the person's home; no gold name of
      pd98, the MSRA lines or the annotated sets ends in 家;
    - a name of two characters or more and 夫人 (某拉奈克夫人, 某妮卡夫人): 夫人 is a title (Madame), no
      gold name of pd98 or the MSRA lines at hand ends in it;
    - a Chinese name of three ending in a verb of staying before 在 (住在, 坐在: `POSTURE_VERBS`):
      where the person is (居民某海|住在六楼);
    - a Chinese name of three whose last character opens a verb of saying of data/speech_verbs.txt
      (某宇坦|言, 某某直|言), unless the dictionary holds the three as a person or the characters after
      it make a word of their own (某大通|报名: not 通报);
    - a name ending in 杯: a cup named after a person (尤伯杯, which jieba tags as a person) is read
      as that person, as the MSRA samples' annotators read it."""
    words = stats().words
    if s.endswith("夫人", a, b) and b - a >= 4:
        return a, b - 2  # 某拉奈克夫人: 夫 and 人 write transliterations too, but 夫人 is a title (Madame)
    if s[b - 1] == "杯" and b - a >= 3:
        return a, b - 1  # a cup named after someone (jieba tags 尤伯杯 a person): the name is before 杯
    if b >= len(s):
        return a, b
    zh = kind_of(s[a:b]) == "zh"
    # 指挥某尔·某什来|到: no transliterated name at hand ends in a character that opens a verb
    # (市长某力·某买提|出席 stays whole: a follow word of two or more comes next)
    if (not zh and b - a >= 3 and s[b - 2] != "·" and not follows_long(s, b)
            and ("v" in words.get(s[b - 1:b + 1], "") or ("·" in s[a:b] and stats().tags.get(s[b - 1:b + 1]) == "v"))):
        return a, b - 1  # (a dotted one before a rarer verb too: 约瑟夫·拜登|定于)
    if b - a != 3 or not zh or s[a:a + 2] in stats().compound:
        return a, b
    if b + 3 <= len(s) and s[b - 1:b + 3] in words:
        return a, b - 1
    if s[b - 1] in ADVERBS_NOT_GIVEN and _han(s[b]):
        return a, b - 1  # 学家某勃|更认为
    if s[b - 1] == "家" and (s.startswith(_HOME_AFTER, b - 1) or (s.startswith("家中", b - 1) and not s.startswith("午", b + 1))) \
            and "n" not in words.get(s[a:b], "") and not words.get(s[a + 1:b]):
        return a, b - 1  # 养殖户某帆|家的鱼塘: the person's home (no gold name at hand ends in 家)
    if s[b - 1] == "任" and any(s[b:b + k] in stats().roles for k in range(1, 6)):
        return a, b - 1  # 由某金|任主任委员: 任 (to serve as) before a role is the verb, not a given name
    if s[b] == "在" and s[b - 1] in POSTURE_VERBS and "n" not in words.get(s[a:b], ""):
        return a, b - 1  # 居民某海|住在六楼: 住在 (坐在, 躺在 …) says where the person is
    if ("v" in words.get(s[b - 1:b + 1], "") and "n" not in words.get(s[a:b], "")
            and not (follows_long(s, b) and s[b:b + 2] not in body_acts())):
        return a, b - 1  # 某某显|出席 stays whole: a follow word of two or more comes next, but not a verb of the
        # hands and 着 (某立抚|摸着: 抚摸 is the verb; data/follow.txt's 摸着 says what a person does, not where a name ends)
    if runs_into_follow(s, a, b):
        return a, b - 1  # 市民某乐|带着家人: the last character opens a follow word of two (data/follow.txt)
    m = weak_anchors()[1].match(s, b - 1)
    if (m is not None and m.end() > b and "n" not in words.get(s[a:b], "")
            and s[b:b + 2] not in words and s[b:b + 2] not in (stats().cedict or {})):
        return a, b - 1  # 某宇坦|言: the last character opens a verb of saying (坦言; not 某大通|报名: 报名 goes on)
    return a, b


def decode(scored_spans: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """The most probable spans first, skipping any that overlaps one taken (linear in practice:
    candidates are a few per character, each checked against its own characters)."""
    taken: set[int] = set()
    out = []
    for _p, a, b in sorted(scored_spans, key=lambda x: -x[0]):
        if any(k in taken for k in range(a, b)):
            continue
        taken.update(range(a, b))
        out.append((a, b))
    out.sort()
    return out
