"""Session 44's rules, each on hand-made text whose names and places appear in no sample: a person doing
something with the hands or the body (戴着, 站在), a person's age and 的 before the name, the parts of a play
and their players, a child's pet name said twice, and a list page's rows dated by their summaries."""

from __future__ import annotations

import pytest
from conftest import named_persons, page_persons, parse_text


@pytest.mark.parametrize(("text", "name"), [
    ("隔壁的阿依古丽抱着一筐苹果走进院子。", "阿依古丽"),  # a Uyghur given name alone, then 抱着
    ("暮色里，卓玛央宗背着一篓青稞走下山坡。", "卓玛央宗"),
])
def test_a_name_before_a_verb_of_the_hands_or_the_body(text: str, name: str) -> None:
    assert name in named_persons(text)


@pytest.mark.parametrize(("text", "name"), [
    ("七十一岁的欧阳秀兰站在讲台前。", "欧阳秀兰"),  # a compound surname after an age in words
    ("今年82岁的仉桂兰依然每天下地。", "仉桂兰"),  # a rare surname after an age in figures
])
def test_a_name_after_a_persons_age(text: str, name: str) -> None:
    assert name in named_persons(text)
    assert name in page_persons(text)


@pytest.mark.parametrize("text", [
    "这位80岁的老人每天都来。",  # an age before a word for a person, no name
    "18岁的青春只有一次。",
    "今年66岁的毕摩阿苏拉且会念经。",  # an age before a kind of person: the kind anchors the name, not the age
])
def test_an_age_before_no_name_reads_none(text: str) -> None:
    got = named_persons(text)
    assert not any(n.startswith(("老人", "青春", "毕摩")) for n in got), got


@pytest.mark.parametrize(("text", "names"), [
    ("影片中，向晚饰演的女主角是一名乡村教师。", ["向晚"]),  # a player at a clause's start: a word as a name
    ("在这部话剧中，丛林饰演退伍老兵。", ["丛林"]),
    ("她在话剧《家》中分饰觉新和瑞珏。", ["觉新", "瑞珏"]),  # the parts a player plays, joined by 和
    ("剧中，蘩漪由青年演员栾秋水饰演。", ["蘩漪", "栾秋水"]),  # a part before 由 and its player
    ("法海一角则由新人伍嘉明扮演。", ["法海", "伍嘉明"]),
    ("在新剧中饰演女警温暖的戚晓岚是首次担纲的新人。", ["温暖", "戚晓岚"]),  # a kind of part before the name
])
def test_the_parts_of_a_play_and_their_players(text: str, names: list[str]) -> None:
    got = named_persons(text)
    assert all(n in got for n in names), got


@pytest.mark.parametrize("text", [
    "她在剧中扮演重要角色。",
    "她饰演女主角，表现出色。",
    "高二学生分别扮演法官、检察官和律师。",
    "同学们分别饰演不同的角色。",
])
def test_a_kind_of_part_names_no_one(text: str) -> None:
    assert named_persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("有个叫妞妞的小姑娘，刚来时不爱说话。", "妞妞"),
    ("“这是我女儿妮妮，今年六岁。”", "妮妮"),
    ("她的小名叫贝贝，是家里的老二。", "贝贝"),
])
def test_a_childs_pet_name_said_twice(text: str, name: str) -> None:
    assert name in named_persons(text)


@pytest.mark.parametrize("text", [
    "他天天都在工地上忙，常常很晚回家。",
    "妈妈和奶奶都来了，人人都很高兴。",
    "宝宝的奶奶说，娃娃们都很好。",
    "谢谢大家！源源不断的订单让他尝尝甜头。",  # words said twice at a clause's start
    "孩子们长长的队伍排到了门口。",
])
def test_words_said_twice_are_no_pet_names(text: str) -> None:
    assert named_persons(text) == []


_ROWS = """工作动态
某县农业局召开夏收工作推进会 2024-06-05
6月4日，县农业局召开夏收工作推进会，要求抢抓晴好天气。
某县开展农机安全宣传活动 2024-06-03
为深入开展安全生产月活动，6月1日，县农机站在集市设立宣传点。
某县农技培训班开班 2024-05-30
全县农技人员培训班在县农业技术推广中心开班，80余人参加。
共12条 当前第1/3页
"""


def test_a_list_rows_summary_dates_it_and_the_row_only_when_it_gives_none() -> None:
    """A list page's row, `标题 2024-06-05` over its summary: the summary's own day is the event's (its opening,
    or after a purpose clause); the row's, the day it was posted, dates a summary that names no day."""
    res = parse_text(_ROWS, name="list.md")
    assert [(e.title, e.date) for e in res.entries] == [
        ("某县农业局召开夏收工作推进会", "2024-06-04"),
        ("某县开展农机安全宣传活动", "2024-06-01"),
        ("某县农技培训班开班", "2024-05-30"),
    ]
