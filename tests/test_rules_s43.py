"""Session 43's rules, each on hand-made text whose names and places appear in no sample: a name of three
between a department or a unit and the title its bearer holds there, and a share that is no name."""

from __future__ import annotations

import pytest
from conftest import named_persons, page_persons


@pytest.mark.parametrize(("text", "name"), [
    ("骨伤科仉书成教授也被村民围住。", "仉书成"),  # a department of three, a rare surname
    ("中文系郗向阳教授与新生座谈。", "郗向阳"),  # a university's department of two, a given name that is a word
    ("地理系亓新民教授带队考察。", "亓新民"),
])
def test_a_name_of_three_between_a_department_and_its_bearers_title(text: str, name: str) -> None:
    assert name in named_persons(text)
    assert name in page_persons(text)


@pytest.mark.parametrize("text", [
    "本科学历教师占全校教师的八成。",  # 占 is a surname too
    "在职党员占总数的六成。",
    "学校理科综合教研组长介绍了经验。",  # a department word before a title names no one by itself
])
def test_a_share_or_a_department_before_a_title_is_no_name(text: str) -> None:
    assert named_persons(text) == []
    assert page_persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("助学捐款名单：仉立群　800元　逯海燕　500元　亓　红　300元　郗德胜　200元　村委会　2000元",
     ["仉立群", "逯海燕", "亓红", "郗德胜"]),  # a name of two padded to three, and a unit, no person
    ("捐款名单：禚文军600元、佘春燕400元、冼立200元、匿名群众1000元。", ["禚文军", "佘春燕", "冼立"]),
    ("经计票，栾晓东得票902张，牟红霞得票877张，亓志远得票850张，当选为业委会委员。", ["栾晓东", "牟红霞", "亓志远"]),
    ("新一届楼长：1号楼　郜春梅；2号楼　禚建平；3号楼　佘立新；4号楼　逯小川。", ["郜春梅", "禚建平", "佘立新", "逯小川"]),
])
def test_a_list_of_people_each_with_a_figure_or_a_numbered_place(text: str, names: list[str]) -> None:
    got = named_persons(text)
    assert all(n in got for n in names), got
    assert "村委会" not in got and "匿名群众" not in got
    assert all(n in page_persons(text) for n in names)


@pytest.mark.parametrize("text", [
    "猪肉　30元　牛肉　80元　羊肉　75元　鸡蛋　6元",  # a price list
    "其中1号楼　12户；2号楼　18户；3号楼　20户。",
    "投入资金　500万元　其中省级　200万元　市级　100万元　县级　200万元",
])
def test_a_list_of_figures_of_things_names_no_one(text: str) -> None:
    assert named_persons(text) == []


@pytest.mark.parametrize("text", [
    "东晋永和年间，此地建寺。",  # a dynasty of two, then a reign
    "战役中，荣立二等功一次。",  # the verb of winning a merit
    "荣立二等功人员：一连　中士",
    "部队在山东临沂王老庄与敌激战",  # a village named by a family
    "她是同院的麻醉科护士。",  # a hospital's department named by its field
])
def test_a_dynasty_a_merit_a_village_or_a_department_is_no_name(text: str) -> None:
    assert named_persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("波兰画家阿格涅什卡·诺瓦克个展在市美术馆开幕。", "阿格涅什卡·诺瓦克"),
    ("记者走进传承人阿不都·热合曼家的小院。", "阿不都·热合曼"),  # (a guard: the home stays out)
])
def test_a_dotted_name_ends_before_the_show_or_the_home_of_its_bearer(text: str, name: str) -> None:
    assert name in named_persons(text)
