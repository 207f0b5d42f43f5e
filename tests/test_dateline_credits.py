"""The people of a newspaper article's dateline and credits, as `digest parse` reads them: the role
printed after a dateline is no part of it, a correspondent printed in the dateline's brackets with no
label is the byline, a unit there is nobody, and `文/摄` after a reporter's name is a label; and a
简报's items titled in brackets over one paragraph each. Every name and place here is invented."""

from __future__ import annotations

from conftest import make_source

from digest.model import Entry
from digest.parse import parse_source


def only(text: str) -> Entry:
    res = parse_source(make_source(text, "t.txt"), year=2023, persons=True)
    (e,) = [e for e in res.entries if e.kind == "article"]
    return e


def test_a_role_after_the_dateline_leaves_the_dateline_out() -> None:
    e = only("孔德生主持召开县长办公会议\n\n本报讯 县长孔德生昨天下午主持召开县长办公会议，研究夏粮收购工作。\n")
    assert e.roles == {"孔德生": "县长"}  # not 本报讯县长


def test_text_and_photos_by_after_the_last_reporter_is_a_label() -> None:
    e = only("白沙村侨乡盛开文明花\n\n青禾日报讯(记者 林川 夏晓雨 孔伟 文/摄)8日午后，记者来到白沙村。\n")
    assert e.persons == ["林川", "夏晓雨", "孔伟"]  # no 孔伟文
    assert e.byline == "林川、夏晓雨、孔伟"


def test_a_correspondent_in_the_datelines_brackets_is_the_byline() -> None:
    e = only("白沙村举办农民丰收节\n\n本报讯 (夏晓雨)9月23日，白沙村举办首届农民丰收节。\n")
    assert (e.byline, e.persons) == ("夏晓雨", ["夏晓雨"])


def test_a_unit_in_the_datelines_brackets_is_nobody() -> None:
    e = only("青禾县召开会议\n\n本报讯 (宣传部)9月23日，青禾县召开宣传工作会议。\n")
    assert (e.byline, e.persons) == (None, [])


BRACKET_ITEMS = """人大工作简报
第7期
县人大常委会办公室　　　　　　　　2021年6月18日

【代表视察农村公路】
县人大常委会副主任柯望川带领视察组到县交通局，听取了农村公路建设情况汇报。

【视察茶叶产业发展】
县人大常委会副主任唐文斌带领视察组，视察了青石镇、白沙乡的茶叶产业发展情况。

【白沙乡座谈】
县人大常委会副主任甘小棠带领视察组到白沙乡，召集乡政府的同志举行座谈会。
"""


def test_a_bulletins_items_titled_in_brackets_over_one_paragraph() -> None:
    res = parse_source(make_source(BRACKET_ITEMS, "t.txt"), persons=False)
    assert [(e.kind, e.title) for e in res.entries] == [
        ("article", "代表视察农村公路"), ("article", "视察茶叶产业发展"), ("article", "白沙乡座谈")]
    # one such pair alone is a section label over its text, as before (no pattern of items)
    one = BRACKET_ITEMS.split("\n\n【视察茶叶")[0] + "\n"
    assert len(parse_source(make_source(one, "t.txt"), persons=False).entries) == 1
