"""Persons rules from the blind sets 52-56 (session 19), each on sentences written here whose names appear
in no sample: a cadre's charge (包片, 包村) is no name after a role, one verb's parallel objects in a 、 list
are no names (管安全、管业务), a route's end and a place before its last character and a mark are places."""

from __future__ import annotations

import pytest
from conftest import named_persons, page_persons

from digest.model import Entry
from digest.parse import WEAK_FLOOR
from digest.persons import annotate


def _digest_persons(text: str) -> list[str]:
    e = Entry(title="", text=text)
    annotate([e], weak=WEAK_FLOOR)
    return e.persons


@pytest.mark.parametrize("text", [
    "每个网格由1名班子成员包片、2名执法人员驻点，逐店建立台账。",
    "由街道领导包案化解，已成功息访9件。",
    "县委书记包村，乡镇干部包户，层层压实责任。",
])
def test_a_cadres_charge_is_no_name(text):
    assert _digest_persons(text) == [] and page_persons(text) == []


def test_a_surname_baos_name_after_a_role_stays():
    assert _digest_persons("副县长包明辉出席会议并讲话。") == ["包明辉"]


def test_one_verbs_parallel_objects_are_no_names():
    text = "各单位要坚持“管行业必须管安全、管业务必须管安全”，层层落实责任。"
    assert _digest_persons(text) == [] and page_persons(text) == []
    assert _digest_persons("会议由王建国、王建华主持。") == ["王建国", "王建华"]  # a family's names stay


@pytest.mark.parametrize("text", ["该路西起火车站广场，东至东外环，全长6.8公里。",
                                  "镇党委书记符大勇在现场指挥。岭口乡：“积分超市”激发群众参与热情"])
def test_a_routes_end_and_a_place_before_its_mark_are_places(text):
    got = set(named_persons(text)) | set(page_persons(text))
    assert not got & {"东外环", "岭口"}, got
