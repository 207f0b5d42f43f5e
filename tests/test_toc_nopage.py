"""A 目录 printed without page numbers (a 工作简报's list of numbered or bulleted titles): each line the
body prints again as a title of its own is an item; the issue takes the 目录 path, one note says the 目录
gives no pages."""

from __future__ import annotations

from conftest import nows, parse_text

from digest.blocks import to_blocks
from digest.toc import find_toc

NUMBERED = """工 作 简 报
第3期
青禾县人民政府办公室　　　　　2023年4月12日

目　　录
1.县政府召开春季森林防火工作会议
2.柯望川到溪口乡调研茶园建设
3.石门镇完成农村公路养护招标

1.县政府召开春季森林防火工作会议
4月3日，县政府召开春季森林防火工作会议，部署清明前后火源管控。
会议要求，各乡镇落实网格巡护。

2.柯望川到溪口乡调研茶园建设
4月6日，县长柯望川到溪口乡调研茶园建设，查看春茶采摘和加工情况。

3.石门镇完成农村公路养护招标
近日，石门镇完成三条农村公路养护招标，养护里程二十六公里。
"""

BULLETED = """党建简报
第7期
中共青禾县委组织部　　　　2022年7月18日

本期导读
◎县委组织部举办年轻干部读书分享会
◎栖霞镇开展党员志愿服务月活动

县委组织部举办年轻干部读书分享会
7月12日，县委组织部举办年轻干部读书分享会，三十名年轻干部参加。

栖霞镇开展党员志愿服务月活动
7月以来，栖霞镇组织党员开展志愿服务月活动，服务群众八百余人次。
"""

TWO_A_LINE = """青禾要情
2020年第9期
青禾县人民政府办公室　　2020年5月20日

本期要目
●县政府召开防汛备汛工作会议　　●溪口乡新建标准化茶叶加工厂
●县教育局部署中考考务工作

县政府召开防汛备汛工作会议
5月12日，县政府召开防汛备汛工作会议，副县长杜映雪出席并讲话。

溪口乡新建标准化茶叶加工厂
今年以来，溪口乡新建标准化茶叶加工厂两座。

县教育局部署中考考务工作
5月15日，县教育局召开中考考务工作会议。
"""


def _toc(text: str):
    return find_toc(to_blocks(text.split("\n")))


def test_numbered_toc_lines_without_pages_are_items():
    toc = _toc(NUMBERED)
    assert toc is not None
    assert [(nows(it.title), it.page) for it in toc.items] == [
        ("1.县政府召开春季森林防火工作会议", None), ("2.柯望川到溪口乡调研茶园建设", None),
        ("3.石门镇完成农村公路养护招标", None)]


def test_numbered_toc_without_pages_takes_the_toc_path():
    res = parse_text(NUMBERED)
    assert res.issue.layout == "toc"
    assert [(e.kind, e.title, e.date, e.page) for e in res.entries] == [
        ("entry", "县政府召开春季森林防火工作会议", "2023-04-03", None),
        ("entry", "柯望川到溪口乡调研茶园建设", "2023-04-06", None),
        ("entry", "石门镇完成农村公路养护招标", None, None)]
    assert res.entries[0].text.startswith("4月3日")
    assert not any(e.warnings for e in res.entries)
    kinds = [p.kind for p in res.problems]
    assert kinds.count("toc-no-pages") == 1  # one note for the whole 目录, not a doubt per line
    assert "doubtful" not in kinds
    assert all(p.severity == "note" for p in res.problems)


def test_bulleted_toc_under_daodu_takes_the_toc_path():
    res = parse_text(BULLETED)
    assert res.issue.layout == "toc"
    assert [(e.title, e.date) for e in res.entries] == [
        ("县委组织部举办年轻干部读书分享会", "2022-07-12"), ("栖霞镇开展党员志愿服务月活动", "2022-07")]
    assert res.entries[0].toc_title == "县委组织部举办年轻干部读书分享会"  # the bullet is not part of the title


def test_two_bulleted_titles_on_one_toc_line_are_two_items():
    toc = _toc(TWO_A_LINE)
    assert toc is not None
    assert [nows(it.title) for it in toc.items] == [
        "县政府召开防汛备汛工作会议", "溪口乡新建标准化茶叶加工厂", "县教育局部署中考考务工作"]
    res = parse_text(TWO_A_LINE)
    assert [e.title for e in res.entries] == [
        "县政府召开防汛备汛工作会议", "溪口乡新建标准化茶叶加工厂", "县教育局部署中考考务工作"]


def test_a_toc_line_printed_again_only_as_a_running_head_is_not_an_item():
    # a line printed on every page (three times and more) is a running head, not a title
    text = NUMBERED.replace("目　　录\n", "目　　录\n青禾县政府工作简报\n") + "青禾县政府工作简报\n" * 3
    toc = _toc(text)
    assert toc is not None
    assert "青禾县政府工作简报" not in [nows(it.title) for it in toc.items]


TWO_PAGES = """信息快报
2024年第2期
青禾县人民政府办公室　　　　2024年2月6日

目　录
县政府召开节前安全生产工作会议……1
溪口乡举办春节文艺汇演……2

县政府召开节前安全生产工作会议
2月1日，县政府召开节前安全生产工作会议，副县长杜映雪出席并讲
话，要求各单位压实责任。
— 1 —
信息快报
会议强调，要加强烟花爆竹和燃气安全检查。
溪口乡举办春节文艺汇演
2月3日，溪口乡举办春节文艺汇演，村民自编自演节目十二个。
— 2 —
"""


def test_a_running_head_printing_only_the_masthead_name_once_is_furniture():
    res = parse_text(TWO_PAGES)
    assert [e.title for e in res.entries] == ["县政府召开节前安全生产工作会议", "溪口乡举办春节文艺汇演"]
    assert "信息快报" not in res.entries[0].text
    assert res.entries[0].text.endswith("燃气安全检查。")


ORDINALS = """青禾信息
第9期
青禾县委办公室　　　　2021年6月8日

目录
一、县委常委会研究部署防汛备汛工作
二、溪口乡举办茶叶采摘技能大赛

县委常委会研究部署防汛备汛工作
6月2日，县委常委会召开会议，研究部署防汛备汛工作。

溪口乡举办茶叶采摘技能大赛
6月5日，溪口乡举办茶叶采摘技能大赛，八十名茶农参赛。
"""


def test_toc_lines_numbered_with_chinese_ordinals_over_plain_body_titles():
    res = parse_text(ORDINALS)
    assert res.issue.layout == "toc"
    assert [(e.title, e.date) for e in res.entries] == [
        ("县委常委会研究部署防汛备汛工作", "2021-06-02"), ("溪口乡举办茶叶采摘技能大赛", "2021-06-05")]


def test_in_a_paged_toc_a_line_printed_again_after_the_last_item_begins_the_body():
    text = """青禾政务信息
2024年第4期

目录
县政府召开第五次常务会议……1
溪口乡开展春季植树活动……2
本刊特稿：聚焦一季度重点工作
县政府召开第五次常务会议
4月2日，县政府召开第五次常务会议。
本刊特稿：聚焦一季度重点工作
溪口乡开展春季植树活动
4月3日，溪口乡组织干部群众植树三千株。
"""
    toc = _toc(text)
    assert toc is not None
    assert [it.title for it in toc.items] == ["县政府召开第五次常务会议", "溪口乡开展春季植树活动"]
