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
