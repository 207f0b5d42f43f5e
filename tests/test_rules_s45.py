"""Session 45's rules, each on hand-made text whose names and places appear in no sample: a count of votes with
its outcome or in brackets, a race of two, the persons in brackets after the items of a series, and a counted list
whose last item follows 和."""

from __future__ import annotations

import pytest
from conftest import named_persons


@pytest.mark.parametrize(("text", "names"), [
    # a tally with the outcome after each count
    ("计票结果：宫立新　986票　当选；隋晓芸　954票　当选；栾海鹏　903票　当选；鞠凤英　377票。",
     ["宫立新", "隋晓芸", "栾海鹏", "鞠凤英"]),
    # counts in brackets, with 得票 or without
    ("选举结果：主任：岳明轩（得票1876）；副主任：滕秀娥（得票1754）；委员：满德顺（1702）。",
     ["岳明轩", "滕秀娥", "满德顺"]),
    # a race of two, both names plausible
    ("主任候选人得票：阚志远 612票，蒲文涛 598票。两人均未过半数。", ["阚志远", "蒲文涛"]),
])
def test_a_count_of_votes_names_each_candidate(text: str, names: list[str]) -> None:
    got = named_persons(text)
    assert all(n in got for n in names), got


@pytest.mark.parametrize("text", [
    "全年完成产值1200万元，其中一季度300万元，二季度400万元。",  # amounts of no one
    "三个片区分别为：城区（1200）、河东（800）、山后（600）。",  # places and their figures in brackets
    "两个方案得票：甲方案 612票，乙方案 598票。",  # two options, no person
])
def test_figures_of_no_person_name_none(text: str) -> None:
    assert named_persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("重点专科带头人名单如下：肾内科（钮建平）、口腔科（仇晓雯）、康复科（酆国栋）、急诊科（鄢立群）。",
     ["钮建平", "仇晓雯", "酆国栋", "鄢立群"]),
    ("各村联络员：东岭村（喻春生）；西岭村（栾丽华）；南坪村（隗志刚）。", ["喻春生", "栾丽华", "隗志刚"]),
])
def test_the_persons_in_brackets_after_a_series_items(text: str, names: list[str]) -> None:
    got = named_persons(text)
    assert all(n in got for n in names), got


@pytest.mark.parametrize("text", [
    "试点分三片推进：城区（城关）、东部（河东）、南部（山后）。",  # places in brackets
    "代表中有少数民族：马秀芝（回族）、才让（藏族）、阿力木（维吾尔族）。",  # peoples in brackets, no names there
])
def test_brackets_of_places_or_peoples_hold_no_name(text: str) -> None:
    got = named_persons(text)
    assert not any(n in got for n in ("城关", "河东", "山后", "回族", "藏族")), got


@pytest.mark.parametrize(("text", "names"), [
    ("获评“岗位能手”的有隋建国、伍和平和柏青3名同志。", ["隋建国", "伍和平", "柏青"]),
    ("授予鞠文斌、栾海燕与郗向东三人荣誉称号。", ["鞠文斌", "栾海燕", "郗向东"]),
])
def test_a_counted_list_whose_last_item_follows_he(text: str, names: list[str]) -> None:
    got = named_persons(text)
    assert all(n in got for n in names), got


def test_a_counted_list_of_places_names_none() -> None:
    assert named_persons("活动在北关、南关和西关三地同时举行。") == []
