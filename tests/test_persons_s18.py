"""Persons on `digest parse`'s path for pages without a 目录: the patterns measured missing on a blind set of
real news paragraphs (news18, 2026-12-05: courts, firms, veterans, writers and artists, villages,
sports and politics abroad). Each sentence is written here by hand; no name in it is a sample's, a
fixture's or a blind set's."""

from __future__ import annotations

from conftest import named_persons as _named
from conftest import page_persons as _parsed

from digest import namemodel
from digest.weakanchors import PLAIN_CLAUSE_FLOOR, _plain_clause_name


def test_a_name_opening_a_text_is_scored_as_a_chinese_name_not_a_transliteration() -> None:
    # 罗锦波 is a candidate twice, a Chinese name and a run of transliteration characters: the weak
    # anchors scored the run (0.0) where `scored` scores the Chinese name (0.99)
    s = "罗锦波与两名队员进入山谷搜救。"
    assert next(k for a, b, k in namemodel.candidates_from(s, 0) if (a, b) == (0, 3)) == "zh"
    assert _parsed(s) == ["罗锦波"]
    got = {(a, b): p for p, a, b in namemodel.scored_at(s, namemodel.candidates_from(s, 0), {})}
    assert got[(0, 3)] > 0.9


def test_a_plain_chinese_name_at_a_marked_clause_start_takes_the_lower_floor() -> None:
    assert PLAIN_CLAUSE_FLOOR < 0.5
    assert _parsed("草木早已凋落。闵伟踩着落叶，边走边看。") == ["闵伟"]  # after 。
    assert _parsed("刚退休的岑建军则报了电工班。") == ["岑建军"]  # after 的


def test_the_lower_floor_is_refused_where_the_span_reads_as_something_else() -> None:
    s = "芦荻竹编入选名录，青溪河综合治理，蒲川区推行，刘姐则说，小竹笋长成，村里的田保姆服务"
    ends = {s.index("保姆") + 2}  # (the end of a word for a kind of person)

    def plain(c: str) -> bool:
        a = s.index(c)
        return _plain_clause_name(s, a, a + len(c), ends)

    assert not plain("芦荻竹")  # 竹编: a word runs across its end
    assert not plain("青溪河")  # a river's last character
    assert not plain("蒲川")  # 区 follows: a place
    assert not plain("刘姐")  # a way to address a woman
    assert not plain("小竹笋")  # 小 opens a familiar form, no full name
    assert not plain("田保姆")  # a kind of person
    t = "记者见到邬敏时，她正在量血压。"
    assert not _plain_clause_name(t, 4, 7, set())  # 时 after a name of two (an independent review's sentence)
    assert "邬敏时" not in _parsed(t)
    t = "山路湿滑。韦志远踩着石头过河。"
    assert _plain_clause_name(t, 5, 8, set())



def test_the_offsets_where_a_confirmed_name_may_start_are_found_either_way() -> None:
    from digest.nametext import Known

    s = "甘小峰和岑建军、韦志远三人，甘某与岑某同行，韦志远说。"
    for names in (["甘小峰"], ["甘小峰", "岑建军", "韦志远"],
                  [chr(0x4e00 + k) + "某" for k in range(40)] + ["韦志远"]):  # (more first characters than a few)
        known = Known(names)
        assert known.starts(s) == [m.start() for m in known.first_chars().finditer(s)]
    assert Known(["岑建军"]).starts(s) == [4, 17]


def test_a_dateline_credits_names_stay_whatever_the_scorer_says() -> None:
    text = "本网杭州10月10日电(邝欢 孙诗琪)“现在大家都很满意。”"
    assert _named(text) == ["邝欢", "孙诗琪"]  # (the scorer doubted 邝欢)
    assert _parsed(text) == ["邝欢", "孙诗琪"]


def test_a_surname_called_as_kin_is_no_person_listed_by_parse() -> None:
    text = "村里的岑哥每天都来帮忙，邻居蔺姐说，孩子们都很懂事。"
    assert _parsed(text) == []  # (蔺姐 was read before a verb of saying)
    assert _named(text) == ["岑哥", "蔺姐"]  # (digest persons lists them, as pd98's annotators do)
    assert _parsed("经济学家韦伯认为，市场会自行调节。") == ["韦伯"]  # (伯 ends foreign names)


def test_the_scorer_option_keeps_what_the_weak_anchors_and_clause_starts_find() -> None:
    """`digest parse --scorer` adds the scorer's surest names to those of `digest parse`, never fewer:
    until 2026-12-05 it read no weak anchor and no clause start (news 0.85 against the default's 0.90),
    and listed familiar forms `digest parse` does not."""
    from digest.model import Entry
    from digest.parse import SCORER_FLOOR, WEAK_FLOOR
    from digest.persons import annotate

    text = "草木早已凋落。闵伟踩着落叶，边走边看。村里的岑哥每天都来帮忙，老蔺也来了。"
    plain, scored = Entry(title="", text=text), Entry(title="", text=text)
    annotate([plain], weak=WEAK_FLOOR, clauses=True)
    annotate([scored], model=True, add_only=SCORER_FLOOR, weak=WEAK_FLOOR, clauses=True)
    assert plain.persons == ["闵伟"]
    assert scored.persons == ["闵伟"]


def test_a_plain_name_at_a_clause_start_is_read_again_pruned_less() -> None:
    # the scorer's own features doubt these names (their context makes it sure): read again at PLAIN_LEAST
    assert _parsed("芦苇荡中，当邝国保与柴进美两名党员发现敌情时，立即报告。") == ["柴进美"]  # (after 与)
    assert _parsed("两个热门人选分别是蔺勇和易会民。") == ["蔺勇"]  # (after 是)


def test_what_is_not_read_again_pruned_less() -> None:
    from digest.weakanchors import _ORG_AHEAD, _places_named, _worded

    s = "崔某说，柏溪的玉米口感好。到柏溪县考察。荆阳供电局的抢修车赶到。"
    places = _places_named(s)
    assert "柏溪" in places and "荆阳" in places  # (柏溪县; 荆阳 … 局 with 供电 between)
    assert _ORG_AHEAD.match("华启新能源科技有限公司签约", 3) and not _ORG_AHEAD.match("柴进美两名党员", 3)
    assert _worded("种玉米") and _worded("谷雨学") and _worded("黄三色") and _worded("段里")
    assert not _worded("柴进美")


def test_a_role_word_that_opens_a_longer_word_anchors_no_name() -> None:
    # 成员 is a role, but 成员国 (a member state) is the word there: 国 opens no name
    assert _parsed("这一倡议得到五个金砖国家成员国接受。") == []
    assert _parsed("委员会成员岑建华出席会议。") == ["岑建华"]
