"""Session 45's rules, each on hand-made text whose names and places appear in no sample: a count of votes with
its outcome or in brackets, a race of two, the persons in brackets after the items of a series, and a counted list
whose last item follows 和."""

from __future__ import annotations

import pytest
from conftest import named_persons, parse_text


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


_UNTITLED_COLUMN = """某县政务信息
2024年第9期
某县人民政府办公室　　　　2024年9月20日

目　录
一、工作动态
县政府召开第12次常务会议……………………………………1
二、简讯……………………………………………………………2

一、工作动态
县政府召开第12次常务会议
9月10日，县长某某主持召开县政府第12次常务会议，研究秋季防火工作。

二、简讯

县档案馆9月12日启动馆藏档案数字化工程，首批扫描档案
2万余卷。（县档案馆）

为方便群众办事，县政务服务中心于9月14日开设周末服务窗
口，每周六上午正常受理业务。

县应急管理局副局长某某9月16日带队检查城区加油站安全生产
工作，督促整改隐患5处。
"""


def test_an_untitled_column_of_briefs_under_its_toc_line_is_an_entry_each() -> None:
    entries = parse_text(_UNTITLED_COLUMN).entries
    rows = [(e.section, e.page, e.title, e.date) for e in entries[1:]]
    assert rows == [("简讯", 2, "县档案馆9月12日启动馆藏档案数字化工程", "2024-09-12"),
                    ("简讯", 2, "为方便群众办事", "2024-09-14"),
                    ("简讯", 2, "县应急管理局副局长某某9月16日带队检查城区加油站安全生产工作", "2024-09-16")]
    assert entries[1].text.startswith("县档案馆9月12日")  # (the first clause is the title and the text's opening too)


@pytest.mark.parametrize(("text", "date"), [
    ("县应急管理局9月16日在城关镇开展防汛演练，200余人参加。", "2024-09-16"),  # a body, its day, what it did
    ("县人大常委会副主任某某9月16日至17日带队视察城区道路建设。", "2024-09-16"),  # an official, a range
    ("会议传达学习了9月11日全市防汛工作会议精神。", None),  # the day of what was studied, no act of the subject
    ("经局党组9月16日会议研究，决定任命某某为办公室主任。", None),  # who decided, no subject acting
    ("县住建局9月30日前完成全部排查。", None),  # a deadline
])
def test_a_subject_then_its_day_dates_a_brief(text: str, date: str | None) -> None:
    from digest.fields import held_on_date

    assert held_on_date(text, 2024, 9)[0] == date


@pytest.mark.parametrize(("text", "name"), [
    ("外婆走得早，姥爷隗德顺一个人把五个孩子拉扯大。", "隗德顺"),  # kin on the mother's side
    ("那年冬天，大伯栾守山挑着担子进了城。", "栾守山"),  # 大伯 before a surname that also ends a place's name (伯林)
    ("表姐鄢晓雯把信读了三遍。", "鄢晓雯"),
])
def test_a_name_after_a_word_of_kin(text: str, name: str) -> None:
    assert name in named_persons(text)


@pytest.mark.parametrize(("text", "names"), [
    ("《父亲的手》□ 隗建设", ["隗建设"]),  # a literary page's writer after the mark
    ("《给女儿》　□ 欧阳向晚　　朵朵，你睡着的样子像一只小猫。", ["欧阳向晚"]),
    ("□ 本报记者 栾丽华", ["栾丽华"]),  # a reporter's label between the mark and the name
    ("《溪山》（国画）　鄢俊峰 作　　《春到农家》（剪纸）　仉秀兰 作", ["鄢俊峰", "仉秀兰"]),  # works and their makers
])
def test_a_writers_mark_or_a_makers_word_credits_a_name(text: str, names: list[str]) -> None:
    got = named_persons(text)
    assert all(n in got for n in names), got


@pytest.mark.parametrize("text", [
    "□□□□ 某村 □□",  # boxes of a form, no name
    "县长 作 报告后，大家分组讨论。",  # 作 as a verb after a title spaced out
])
def test_boxes_and_a_verb_make_no_credit(text: str) -> None:
    assert named_persons(text) == []
