"""digest.align: find each 目录 title in the body and cut the body into entries.

Every input here is hand-written; expectations come from the spec (title as printed, markup removed,
wrapped lines joined; text without its title, paragraphs joined with "\\n"; 1-based line spans;
sections and subsections from the 目录; page from the 目录; problems reported with their line).
"""

from __future__ import annotations

import re

import pytest
from conftest import by_title, nows, parse_text, toc_issue

from digest.model import ENTRY_KEYS

MAST = "洛阳政务信息\n2023年第11期\n"


def lines_of(text: str, needle: str) -> int:
    """1-based number of the first source line containing needle (so tests don't hard-code numbers)."""
    for n, line in enumerate(text.split("\n"), 1):
        if needle in line:
            return n
    raise AssertionError(f"{needle!r} not in the input")


def last_line_of(text: str, needle: str) -> int:
    found = [n for n, line in enumerate(text.split("\n"), 1) if needle in line]
    assert found, needle
    return found[-1]


def warned(result) -> set[int]:
    """Every line number a warning names: "line 7", "lines 7, 9", "lines 7-9"."""
    out = set()
    for w in result.issue.warnings + [w for e in result.entries for w in e.warnings]:
        for m in re.finditer(r"lines? (\d+(?:\s*(?:,|-|–|and)\s*\d+)*)", w):
            for a, b in re.findall(r"(\d+)(?:\s*[-–]\s*(\d+))?", m.group(1)):
                out.update(range(int(a), int(b or a) + 1))
    return out


# --- a basic issue ---------------------------------------------------------------------------------

BASIC = MAST + """
目录

◆◆◆ 时 政 ◆◆◆

领导活动

江凌到嵩县调研.....1
徐衣显调研牡丹产业发展.....2

重要会议

洛阳市纪委监委召开会议.....3

◆◆◆ 经 济 ◆◆◆

洛阳市与全省同步举行第八期“三个一批”项目建设活动.....4

◆◆◆ 时 政 ◆◆◆

领导活动

江凌到嵩县调研 11月3日，市委书记江凌到嵩县调研。

江凌强调，要加快推进城镇化建设。

徐衣显调研牡丹产业发展 11月5日，市长徐衣显调研牡丹产业发展。

重要会议

洛阳市纪委监委召开会议
11月7日，市纪委监委召开会议。
会议传达学习了有关精神。

◆◆◆ 经 济 ◆◆◆

洛阳市与全省同步举行第八期“三个一批”项目建设活动 11月20日，项目建设活动举行。
"""


def test_basic_issue_entries_fields_and_spans():
    r = parse_text(BASIC)
    assert [nows(e.title) for e in r.entries] == [
        "江凌到嵩县调研", "徐衣显调研牡丹产业发展", "洛阳市纪委监委召开会议",
        "洛阳市与全省同步举行第八期“三个一批”项目建设活动"]
    assert [(e.section, e.subsection, e.page) for e in r.entries] == [
        ("时政", "领导活动", 1), ("时政", "领导活动", 2), ("时政", "重要会议", 3), ("经济", None, 4)]
    e = r.entries
    assert e[0].text == "11月3日，市委书记江凌到嵩县调研。\n江凌强调，要加快推进城镇化建设。"
    assert e[1].text == "11月5日，市长徐衣显调研牡丹产业发展。"
    assert e[2].text == "11月7日，市纪委监委召开会议。\n会议传达学习了有关精神。"
    assert e[3].text == "11月20日，项目建设活动举行。"
    assert (e[0].line_start, e[0].line_end) == (lines_of(BASIC, "江凌到嵩县调研 11月3日"),
                                                lines_of(BASIC, "江凌强调"))
    assert (e[2].line_start, e[2].line_end) == (last_line_of(BASIC, "洛阳市纪委监委召开会议"),
                                                lines_of(BASIC, "会议传达学习"))
    assert e[3].line_start == e[3].line_end == last_line_of(BASIC, "项目建设活动")
    assert [x.seq for x in e] == [1, 2, 3, 4]
    assert all(x.kind == "entry" for x in e)
    assert [x.toc_title for x in e] == [nows(x.title) for x in e]
    assert [x.date for x in e] == ["2023-11-03", "2023-11-05", "2023-11-07", "2023-11-20"]


def test_basic_issue_record():
    r = parse_text(BASIC)
    iss = r.issue
    assert iss.layout == "toc"
    assert iss.entry_count == 4 and iss.toc_count == 4 and iss.toc_matched == 4
    assert iss.sections == {"时政": 3, "经济": 1}
    assert iss.meta["toc_lines"] == [lines_of(BASIC, "目录"), lines_of(BASIC, "项目建设活动.....4")]
    assert iss.meta["masthead_lines"] == [1, 2]
    assert iss.warnings == []
    assert not [p for p in r.problems if p.kind != "title-differs"]
    assert r.assigned_share == pytest.approx(1.0)
    assert iss.year == 2023 and iss.issue_date and iss.issue_date.startswith("2023-11")


def test_entry_records_have_exactly_the_model_keys():
    r = parse_text(BASIC)
    for e in r.entries:
        d = e.to_dict()
        assert tuple(d) == ENTRY_KEYS
        assert d["issue_id"] == r.issue.issue_id
        assert d["source"] == "t.txt"


# --- what PDF extraction does to titles -------------------------------------------------------------

def one_entry_issue(toc_title: str, body_lines: str, section: str = "时政") -> str:
    return MAST + f"\n目录\n\n◆◆◆ {section} ◆◆◆\n\n{toc_title}.....1\n江凌到嵩县调研.....2\n\n◆◆◆ {section} ◆◆◆\n\n" + \
        body_lines + "\n\n江凌到嵩县调研 11月30日，江凌到嵩县调研。\n"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("**洛阳市主题教育工作推进会召开** 11月6日，全市主题教育工作推进会召开。", "洛阳市主题教育工作推进会召开"),
        ("**洛阳市主题教育工作推进会召开**11月6日，全市主题教育工作推进会召开。", "洛阳市主题教育工作推进会召开"),
        ("### **洛阳市主题教育工作推进会召开**\n\n11月6日，全市主题教育工作推进会召开。", "洛阳市主题教育工作推进会召开"),
        ("## 洛阳市主题教育工作推进会召开\n11月6日，全市主题教育工作推进会召开。", "洛阳市主题教育工作推进会召开"),
        ("<b>洛阳市主题教育工作推进会召开</b> 11月6日，全市主题教育工作推进会召开。", "洛阳市主题教育工作推进会召开"),
        ("<strong>洛阳市主题教育工作推进会召开</strong>\n11月6日，全市主题教育工作推进会召开。", "洛阳市主题教育工作推进会召开"),
        ("洛阳市主题教育工作推进会召开 11月6日，全市主题教育工作推进会召开。", "洛阳市主题教育工作推进会召开"),
        ("洛阳市主题教育工作推进会召开11月6日，全市主题教育工作推进会召开。", "洛阳市主题教育工作推进会召开"),
        ("洛阳市 主题 教育工作推进会 召开 11 月 6 日，全市主题教育工作推进会召开。", "洛阳市主题教育工作推进会召开"),
        ("洛阳市主题教育工作\n推进会召开\n11月6日，全市主题教育工作推进会召开。", "洛阳市主题教育工作推进会召开"),
        ("**洛阳市主题教育工作**\n**推进会召开** 11月6日，全市主题教育工作推进会召开。", "洛阳市主题教育工作推进会召开"),
        ("洛阳市主题教育工作推进会召开\n\n11月6日，全市主题教育工作推进会召开。", "洛阳市主题教育工作推进会召开"),
    ],
    ids=["bold+space", "bold-no-space", "h3-bold", "h2", "b-tag", "strong-next-line", "plain+space",
         "runs-into-text", "spaces-inside", "wrapped-plain", "wrapped-bold", "blank-between"],
)
def test_title_forms(body, title):
    text = one_entry_issue("洛阳市主题教育工作推进会召开", body)
    r = parse_text(text)
    assert len(r.entries) == 2
    e = r.entries[0]
    assert nows(e.title) == title
    assert "*" not in e.title and "<" not in e.title and "#" not in e.title
    assert nows(e.text) == "11月6日，全市主题教育工作推进会召开。"
    assert "*" not in e.text and "<" not in e.text
    assert e.toc_title == "洛阳市主题教育工作推进会召开"
    assert e.page == 1
    assert e.date == "2023-11-06"
    first = text.index(body)
    start = text[:first].count("\n") + 1
    assert e.line_start == start
    assert e.line_end == start + body.count("\n")
    assert r.entries[1].title == "江凌到嵩县调研"


def test_wrapped_title_spans_both_lines():
    body = "**江凌与广州金域医学检验集团董事长兼首席执行官梁耀铭举行工作**\n\n**会谈** 11月16日，江凌举行工作会谈。"
    text = one_entry_issue("江凌与广州金域医学检验集团董事长兼首席执行官梁耀铭举行工作会谈", body)
    r = parse_text(text)
    e = r.entries[0]
    assert e.title == "江凌与广州金域医学检验集团董事长兼首席执行官梁耀铭举行工作会谈"
    assert e.text == "11月16日，江凌举行工作会谈。"
    assert e.line_start == lines_of(text, "**江凌与广州")
    assert e.line_end == lines_of(text, "**会谈**")


def test_latin_words_of_a_wrapped_title_stay_apart():
    body = "洛轴为国际大科学项目 SKA\n研制的方位轴承通过验收 11月2日，方位轴承通过验收。"
    r = parse_text(one_entry_issue("洛轴为国际大科学项目SKA研制的方位轴承通过验收", body))
    assert nows(r.entries[0].title) == "洛轴为国际大科学项目SKA研制的方位轴承通过验收"


@pytest.mark.parametrize(
    ("toc_title", "body_title"),
    [
        ("洛阳钼业“两个全球中心”项目进驻周山智慧岛", "洛阳铝业“两个全球中心”项目进驻周山智慧岛"),
        ("河南省零碳内燃动力技术研究院院士工作在洛揭牌", "河南省零碳内燃动力技术研究院士工作在洛揭牌"),
        ("洛阳市人民政府第10次常务会议", "洛阳市政府第10次常务会议"),
    ],
    ids=["substituted-char", "dropped-char", "dropped-words"],
)
def test_ocr_drift_between_toc_and_body(toc_title, body_title):
    text = one_entry_issue(toc_title, f"{body_title} 11月9日，有关事项推进。")
    r = parse_text(text)
    assert len(r.entries) == 2
    e = r.entries[0]
    assert e.title == body_title          # as printed in the body
    assert e.toc_title == toc_title       # the 目录 line it matched
    assert e.page == 1                    # the page comes from the 目录
    assert e.text == "11月9日，有关事项推进。"
    assert r.issue.toc_matched == 2
    assert not any("no entry in the body" in w for w in r.issue.warnings)


def test_a_different_title_is_not_matched_by_drift():
    # Two titles that share most characters but are different entries: each goes to its own.
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
洛阳市委十二届四次全体会议召开.....1
洛阳市委十二届五次全体会议召开.....2
◆◆◆ 时 政 ◆◆◆
洛阳市委十二届四次全体会议召开 11月1日，四次全会召开。
洛阳市委十二届五次全体会议召开 11月28日，五次全会召开。
"""
    r = parse_text(text)
    assert [(e.title, e.page, e.text) for e in r.entries] == [
        ("洛阳市委十二届四次全体会议召开", 1, "11月1日，四次全会召开。"),
        ("洛阳市委十二届五次全体会议召开", 2, "11月28日，五次全会召开。")]


# --- sections: the 目录 is the authority -----------------------------------------------------------

def test_subsection_printed_at_section_level_in_the_body():
    text = MAST + """
目录
## ◆◆◆ 时 政 ◆◆◆
### 领导活动
江凌到嵩县调研.....1
### 重要会议
洛阳市纪委监委召开会议.....2
## ◆◆◆ 社 会 事 业 ◆◆◆
### 文 化
洛阳市文化活动举行.....3

## 时 政
## 领导活动
**江凌到嵩县调研** 11月3日，江凌到嵩县调研。
## **重要会议**
**洛阳市纪委监委召开会议** 11月7日，市纪委监委召开会议。
## 社 会 事 业
## 文 化
**洛阳市文化活动举行** 11月9日，文化活动举行。
"""
    r = parse_text(text)
    assert [(nows(e.title), e.section, e.subsection) for e in r.entries] == [
        ("江凌到嵩县调研", "时政", "领导活动"),
        ("洛阳市纪委监委召开会议", "时政", "重要会议"),
        ("洛阳市文化活动举行", "社会事业", "文化")]
    # the headings are headings, not entry text and not stray text
    assert all("领导活动" not in e.text and "重要会议" not in e.text for e in r.entries)
    assert r.issue.warnings == []


def test_a_body_heading_that_is_not_in_the_toc_stays_in_its_entry():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
县区动态
全市县区工作综述.....5
江凌到嵩县调研.....6

◆◆◆ 时 政 ◆◆◆
县区动态
**全市县区工作综述** 11月，各县区扎实推进工作。
### 洛龙区
洛龙区召开会议。
### **偃师区**
偃师区开展活动。
**江凌到嵩县调研** 11月3日，江凌到嵩县调研。
"""
    r = parse_text(text)
    assert len(r.entries) == 2
    e = r.entries[0]
    assert e.text == "11月，各县区扎实推进工作。\n洛龙区\n洛龙区召开会议。\n偃师区\n偃师区开展活动。"
    assert e.line_end == lines_of(text, "偃师区开展活动")
    assert e.subsection == "县区动态"
    assert r.entries[1].title == "江凌到嵩县调研"


def test_text_stops_at_the_next_section_heading():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
◆◆◆ 经 济 ◆◆◆
洛阳项目集中开工.....2
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研 11月3日，江凌到嵩县调研。
江凌强调，要抓落实。
◆◆◆ 经 济 ◆◆◆
洛阳项目集中开工 11月8日，项目集中开工。
"""
    r = parse_text(text)
    assert r.entries[0].text == "11月3日，江凌到嵩县调研。\n江凌强调，要抓落实。"
    assert r.entries[0].line_end == lines_of(text, "江凌强调")
    assert r.entries[1].section == "经济"


# --- entries the 目录 and the body disagree about ------------------------------------------------

def test_body_entry_missing_from_the_toc_is_an_entry_and_a_warning():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
徐衣显调研牡丹产业发展.....2
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研 11月3日，江凌到嵩县调研。
**洛阳市召开新业态劳动者工会工作推进会** 11月4日，推进会召开。
徐衣显调研牡丹产业发展 11月5日，徐衣显调研。
"""
    r = parse_text(text)
    assert [nows(e.title) for e in r.entries] == ["江凌到嵩县调研", "洛阳市召开新业态劳动者工会工作推进会",
                                                 "徐衣显调研牡丹产业发展"]
    extra = r.entries[1]
    assert extra.toc_title is None and extra.page is None
    assert extra.section == "时政"
    assert extra.text == "11月4日，推进会召开。"
    assert extra.date == "2023-11-04"
    n = lines_of(text, "新业态劳动者")
    assert any(f"line {n}" in w for w in r.issue.warnings)
    assert r.entries[0].text == "11月3日，江凌到嵩县调研。"  # the stray title is not swallowed


def test_plain_body_entry_missing_from_the_toc():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
徐衣显调研牡丹产业发展.....2
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研 11月3日，江凌到嵩县调研。
洛阳市召开新业态劳动者工会工作推进会 11月4日，推进会召开。
徐衣显调研牡丹产业发展 11月5日，徐衣显调研。
"""
    r = parse_text(text)
    assert [nows(e.title) for e in r.entries] == ["江凌到嵩县调研", "洛阳市召开新业态劳动者工会工作推进会",
                                                 "徐衣显调研牡丹产业发展"]
    assert r.entries[0].text == "11月3日，江凌到嵩县调研。"
    assert lines_of(text, "新业态劳动者") in warned(r)


def test_toc_line_without_a_body_entry_is_a_warning_with_its_line():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
洛阳市根本没有印出来的一条信息.....2
徐衣显调研牡丹产业发展.....3
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研 11月3日，江凌到嵩县调研。
徐衣显调研牡丹产业发展 11月5日，徐衣显调研。
"""
    r = parse_text(text)
    assert [nows(e.title) for e in r.entries] == ["江凌到嵩县调研", "徐衣显调研牡丹产业发展"]
    assert [e.page for e in r.entries] == [1, 3]
    n = lines_of(text, "没有印出来")
    assert any(f"line {n}" in w and "没有印出来" in w for w in r.issue.warnings)
    assert r.issue.toc_count == 3 and r.issue.toc_matched == 2
    assert any(p.kind == "toc-unmatched" and p.line == n for p in r.problems)


def test_the_same_title_twice_is_two_entries():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
洛阳市委常委会召开会议.....1
江凌到嵩县调研.....2
洛阳市委常委会召开会议.....3
◆◆◆ 时 政 ◆◆◆
洛阳市委常委会召开会议 11月2日，市委常委会召开会议，研究城建工作。
江凌到嵩县调研 11月16日，江凌到嵩县调研。
洛阳市委常委会召开会议 11月20日，市委常委会再次召开会议。
会议还研究了其他事项。
"""
    r = parse_text(text)
    assert [(nows(e.title), e.page, e.date) for e in r.entries] == [
        ("洛阳市委常委会召开会议", 1, "2023-11-02"), ("江凌到嵩县调研", 2, "2023-11-16"),
        ("洛阳市委常委会召开会议", 3, "2023-11-20")]
    assert r.entries[2].text == "11月20日，市委常委会再次召开会议。\n会议还研究了其他事项。"
    assert len({e.id for e in r.entries}) == 3
    assert r.issue.warnings == []


def test_body_order_wins_and_the_page_comes_from_the_toc():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
徐衣显调研牡丹产业发展.....2
洛阳市纪委监委召开会议.....3
◆◆◆ 时 政 ◆◆◆
徐衣显调研牡丹产业发展 11月5日，徐衣显调研。
江凌到嵩县调研 11月3日，江凌到嵩县调研。
洛阳市纪委监委召开会议 11月7日，会议召开。
"""
    r = parse_text(text)
    assert [(e.title, e.page, e.seq) for e in r.entries] == [
        ("徐衣显调研牡丹产业发展", 2, 1), ("江凌到嵩县调研", 1, 2), ("洛阳市纪委监委召开会议", 3, 3)]
    assert [e.text for e in r.entries] == ["11月5日，徐衣显调研。", "11月3日，江凌到嵩县调研。", "11月7日，会议召开。"]
    # one entry out of 目录 order, one page back: a note naming it, and a warning on the entry out of place
    steps = [p for p in r.problems if p.kind in ("page-order", "page-step")]
    assert [(p.kind, p.line, p.severity) for p in steps] == [
        ("page-step", lines_of(text, "江凌到嵩县调研 11月3日"), "note")]
    assert not r.real_problems
    assert [bool(e.warnings) for e in r.entries] == [True, False, False]


def test_text_before_the_first_entry_is_reported_not_lost():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
◆◆◆ 时 政 ◆◆◆
本栏目由市委办公室供稿，内容仅供参考。
江凌到嵩县调研 11月3日，江凌到嵩县调研。
"""
    r = parse_text(text)
    n = lines_of(text, "本栏目由")
    assert n in warned(r)
    assert r.assigned_share < 1.0
    assert r.entries[0].text == "11月3日，江凌到嵩县调研。"


# --- the real samples ------------------------------------------------------------------------------

def test_small_issue_helper_round_trip():
    text = toc_issue("洛阳政务信息 2023年第5期", [
        ("时 政", [("江凌到嵩县调研", "5月16日，江凌到嵩县调研。"), ("徐衣显调研牡丹产业发展", "5月18日，徐衣显调研。")]),
        ("经 济", [("洛阳项目集中开工", "5月20日，项目集中开工。")]),
    ])
    r = parse_text(text)
    got = by_title(r)
    assert set(got) == {"江凌到嵩县调研", "徐衣显调研牡丹产业发展", "洛阳项目集中开工"}
    assert got["洛阳项目集中开工"].section == "经济"
    assert got["洛阳项目集中开工"].page == 3
    assert got["江凌到嵩县调研"].date == "2023-05-16"


RUN_IN = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
洛阳市纪委监委召开会议.....1
徐衣显调研牡丹产业发展.....2
◆◆◆ 时 政 ◆◆◆
洛阳市纪委监委召开会议市纪委监委近日召开会议。
徐衣显调研牡丹产业发展 11月5日，市长徐衣显调研。
"""


def test_run_in_title_is_cut_at_the_exact_title_not_at_a_later_date_word():
    # 近日 a few characters after the real end of the title must not pull the cut there
    r = parse_text(RUN_IN)
    e = r.entries[0]
    assert e.title == "洛阳市纪委监委召开会议"
    assert e.text == "市纪委监委近日召开会议。"


def test_an_exact_run_in_title_is_not_reported_as_differing():
    r = parse_text(RUN_IN)
    assert r.entries[0].warnings == []
    assert not [p for p in r.problems if p.kind == "title-differs"]


def test_run_in_title_followed_by_plain_text():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
洛阳市纪委监委召开会议.....1
徐衣显调研牡丹产业发展.....2
◆◆◆ 时 政 ◆◆◆
洛阳市纪委监委召开会议会议传达学习了有关精神。
徐衣显调研牡丹产业发展 11月5日，市长徐衣显调研。
"""
    r = parse_text(text)
    assert (r.entries[0].title, r.entries[0].text) == ("洛阳市纪委监委召开会议", "会议传达学习了有关精神。")


def test_same_title_twice_but_listed_once_in_the_toc():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
洛阳市委常委会召开会议.....1
江凌到嵩县调研.....2
◆◆◆ 时 政 ◆◆◆
洛阳市委常委会召开会议 11月2日，市委常委会召开会议。
洛阳市委常委会召开会议 11月20日，市委常委会再次召开会议。
江凌到嵩县调研 11月16日，江凌到嵩县调研。
"""
    r = parse_text(text)
    assert [(nows(e.title), e.page) for e in r.entries] == [
        ("洛阳市委常委会召开会议", 1), ("洛阳市委常委会召开会议", None), ("江凌到嵩县调研", 2)]
    assert r.entries[0].text == "11月2日，市委常委会召开会议。"
    assert r.entries[1].text == "11月20日，市委常委会再次召开会议。"
    assert lines_of(text, "11月20日") in warned(r)
    assert r.entries[0].id != r.entries[1].id


def test_repeated_county_headings_in_round_ups_stay_in_their_entries():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
县区动态
11月上旬县区工作综述.....1
11月中旬县区工作综述.....2
11月下旬县区工作综述.....3
◆◆◆ 时 政 ◆◆◆
县区动态
11月上旬县区工作综述 11月1日，各县区扎实推进工作。
### 洛龙区
洛龙区召开上旬会议。
会议要求：
抓好落实。
11月中旬县区工作综述 11月11日，各县区扎实推进工作。
### 洛龙区
洛龙区召开中旬会议。
会议要求：
抓好安全。
11月下旬县区工作综述 11月21日，各县区扎实推进工作。
### 洛龙区
洛龙区召开下旬会议。
会议要求：
抓好收尾。
"""
    r = parse_text(text)
    assert [e.text for e in r.entries] == [
        "11月1日，各县区扎实推进工作。\n洛龙区\n洛龙区召开上旬会议。\n会议要求：\n抓好落实。",
        "11月11日，各县区扎实推进工作。\n洛龙区\n洛龙区召开中旬会议。\n会议要求：\n抓好安全。",
        "11月21日，各县区扎实推进工作。\n洛龙区\n洛龙区召开下旬会议。\n会议要求：\n抓好收尾。",
    ]


def test_page_numbers_and_running_heads_are_not_entry_text():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
徐衣显调研牡丹产业发展.....2
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研 11月3日，市委书记江凌到嵩县调研，强调要加快推进
- 1 -
城镇化建设。
徐衣显调研牡丹产业发展 11月5日，市长徐衣显调研牡丹产业发展。
"""
    r = parse_text(text)
    assert "- 1 -" not in r.entries[0].text and "\n1\n" not in r.entries[0].text
    assert "城镇化建设。" in r.entries[0].text
    # left out, but accounted for: a warning names the line
    assert lines_of(text, "- 1 -") in warned(r) or r.entries[0].line_end >= lines_of(text, "- 1 -")


def test_markup_inside_the_text_is_removed_and_titles_keep_printed_punctuation():
    text = """洛阳政务信息
2023年第5期
目录
◆◆◆ 经 济 ◆◆◆
“五一”假期,我市9家重点监测企业销售额同比增长23.58%..... 22
洛阳市组团参加第七届全球跨境电商大会..... 22
◆◆◆ 经 济 ◆◆◆
“五一”假期，我市 9 家重点监测企业销售额同比增长 23.58% 5 月 4 日，记者从市商务局获悉，**“五一”假期**全市消费火热。
市委书记**江凌**主持<b>会议</b>。
洛阳市组团参加第七届全球跨境电商大会 5 月 10 日，大会开幕。
"""
    r = parse_text(text)
    e = r.entries[0]
    assert e.title == "“五一”假期，我市 9 家重点监测企业销售额同比增长 23.58%"  # as printed in the body
    assert e.toc_title == "“五一”假期,我市9家重点监测企业销售额同比增长23.58%"
    assert e.text == "5 月 4 日，记者从市商务局获悉，“五一”假期全市消费火热。\n市委书记江凌主持会议。"
    assert e.date == "2023-05-04"
    assert [x.page for x in r.entries] == [22, 22]


def test_the_toc_section_wins_over_where_the_body_prints_the_entry():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
◆◆◆ 经 济 ◆◆◆
洛阳项目集中开工.....2
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研 11月3日，江凌到嵩县调研。
洛阳项目集中开工 11月8日，项目集中开工。
◆◆◆ 经 济 ◆◆◆
"""
    r = parse_text(text)
    assert [(e.title, e.section) for e in r.entries] == [("江凌到嵩县调研", "时政"), ("洛阳项目集中开工", "经济")]


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("洛阳市委十二届四次全体（扩大）", "会议召开"),
        ("**洛阳市委十二届四次全体（扩大）**", "**会议召开**"),
        ("洛宁县罗岭乡讲理村对“十星级文明户”", "和“好媳妇”“好婆婆”进行表彰"),
        ("“行走河南·读懂中国”", "文明探源集中采访团来洛"),
    ],
    ids=["paren", "paren-bold", "quote-mid", "quote-start"],
)
def test_title_wrapped_after_a_closing_bracket_or_quote(head, tail):
    title = (head + tail).replace("*", "")
    text = f"""洛阳政务信息
2023年第8期
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
{title}.....2
徐衣显调研牡丹产业发展.....3
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研 8月3日，江凌到嵩县调研。
{head}
{tail} 8月10日，会议召开。
徐衣显调研牡丹产业发展 8月15日，徐衣显调研。
"""
    r = parse_text(text)
    assert [(e.title, e.page) for e in r.entries] == [
        ("江凌到嵩县调研", 1), (title, 2), ("徐衣显调研牡丹产业发展", 3)]
    assert [e.text for e in r.entries] == ["8月3日，江凌到嵩县调研。", "8月10日，会议召开。", "8月15日，徐衣显调研。"]
    assert (r.entries[1].line_start, r.entries[1].line_end) == (10, 11)
    assert r.issue.warnings == []


def test_line_numbers_count_only_real_line_ends():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
徐衣显调研牡丹产业发展.....2
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研 11月3日，江凌到嵩县调研。\u2028江凌强调，要抓落实。
徐衣显调研牡丹产业发展 11月5日，徐衣显调研。
"""
    r = parse_text(text)
    n1, n2 = lines_of(text, "江凌到嵩县调研 11月3日"), lines_of(text, "徐衣显调研牡丹产业发展 11月5日")
    assert [(e.line_start, e.line_end) for e in r.entries] == [(n1, n1), (n2, n2)]


def test_a_paragraph_starting_with_the_next_title_words_is_not_that_entry():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
洛阳市纪委监委召开会议.....2
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研 11月3日，江凌到嵩县调研。
洛阳市纪委监委召开会议，要求各级纪检监察机关抓好落实。
洛阳市纪委监委召开会议 11月7日，市纪委监委召开会议。
"""
    r = parse_text(text)
    assert [(e.title, e.page, e.line_start, e.line_end) for e in r.entries] == [
        ("江凌到嵩县调研", 1, 9, 10), ("洛阳市纪委监委召开会议", 2, 11, 11)]
    assert r.entries[0].text == "11月3日，江凌到嵩县调研。\n洛阳市纪委监委召开会议，要求各级纪检监察机关抓好落实。"
    assert r.issue.warnings == []


def test_a_toc_line_without_a_page_is_its_own_title():
    text = MAST + """
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
洛阳市纪委监委召开会议
徐衣显调研牡丹产业发展.....3
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研 11月3日，江凌到嵩县调研。
洛阳市纪委监委召开会议 11月7日，市纪委监委召开会议。
徐衣显调研牡丹产业发展 11月8日，徐衣显调研。
"""
    r = parse_text(text)
    assert [(e.title, e.toc_title, e.page) for e in r.entries] == [
        ("江凌到嵩县调研", "江凌到嵩县调研", 1), ("洛阳市纪委监委召开会议", "洛阳市纪委监委召开会议", None),
        ("徐衣显调研牡丹产业发展", "徐衣显调研牡丹产业发展", 3)]
    assert lines_of(text, "洛阳市纪委监委召开会议") in warned(r)  # the missing page is worth a warning
    assert not any("not in the 目录" in w for w in r.issue.warnings)


@pytest.mark.parametrize("reverse", [False, True], ids=["toc-order", "body-reversed"])
def test_a_title_that_is_a_prefix_of_another(reverse):
    short = ("江凌到嵩县调研", "11月3日，江凌到嵩县调研。")
    long = ("江凌到嵩县调研指导防汛工作", "11月5日，江凌到嵩县调研指导防汛工作。")
    body = [long, short] if reverse else [short, long]
    text = MAST + "\n目录\n◆◆◆ 时 政 ◆◆◆\n江凌到嵩县调研.....1\n江凌到嵩县调研指导防汛工作.....2\n◆◆◆ 时 政 ◆◆◆\n" + \
        "".join(f"{t} {x}\n" for t, x in body)
    r = parse_text(text)
    got = [(e.title, e.page, e.text) for e in r.entries]
    want = [(t, 1 if t == short[0] else 2, x) for t, x in body]
    assert got == want
    assert not any("目录" in w for w in r.issue.warnings)


def test_running_heads_with_their_page_number_are_not_entry_text():
    entries = [(f"洛阳市第{n}项重点工作推进会召开", f"11月{n}日，第{n}项重点工作推进会召开。") for n in range(1, 7)]
    toc = "\n".join(f"{t}.....{n}" for n, (t, _) in enumerate(entries, 1))
    body = "\n".join(f"{t} {x}\n\f洛阳政务信息·{n}·" for n, (t, x) in enumerate(entries, 1))
    text = MAST + f"\n目录\n◆◆◆ 时 政 ◆◆◆\n{toc}\n◆◆◆ 时 政 ◆◆◆\n{body}\n"
    r = parse_text(text)
    assert [e.text for e in r.entries] == [x for _, x in entries]


def test_numbered_paragraphs_repeated_across_entries_stay_in_the_text():
    toc, body = [], []
    for n, part in enumerate(["上旬", "中旬", "下旬"], 1):
        toc.append(f"11月{part}县区工作综述.....{n}")
        body += [f"11月{part}县区工作综述 11月{n}日，各县区扎实推进工作。", "1.抓好落实", "各县区抓好落实。",
                 "2.抓好安全", "各县区抓好安全。"]
    text = MAST + "\n目录\n◆◆◆ 时 政 ◆◆◆\n" + "\n".join(toc) + "\n◆◆◆ 时 政 ◆◆◆\n" + "\n".join(body) + "\n"
    r = parse_text(text)
    assert [e.text for e in r.entries] == [
        f"11月{n}日，各县区扎实推进工作。\n1.抓好落实\n各县区抓好落实。\n2.抓好安全\n各县区抓好安全。" for n in (1, 2, 3)]


def test_numbered_meeting_titles_are_not_running_heads():
    toc = "\n".join(f"洛阳市政府第{n}次常务会议.....{n - 10}" for n in (15, 16, 17))
    body = "\n".join(f"洛阳市政府第{n}次常务会议\n11月{n}日，市长徐衣显主持召开市政府第{n}次常务会议。" for n in (15, 16, 17))
    text = MAST + f"\n目录\n◆◆◆ 时 政 ◆◆◆\n{toc}\n◆◆◆ 时 政 ◆◆◆\n{body}\n"
    r = parse_text(text)
    assert [(e.title, e.page, e.date) for e in r.entries] == [
        (f"洛阳市政府第{n}次常务会议", n - 10, f"2023-11-{n}") for n in (15, 16, 17)]
    assert r.issue.warnings == []


@pytest.mark.parametrize("line", ["**洛阳市纪委监委召开会议**：11月7日，市纪委监委召开会议。",
                                  "洛阳市纪委监委召开会议：11月7日，市纪委监委召开会议。",
                                  "洛阳市纪委监委召开会议: 11月7日，市纪委监委召开会议。"],
                         ids=["bold-fullwidth", "plain-fullwidth", "plain-ascii"])
def test_title_separated_from_its_text_by_a_colon(line):
    text = MAST + f"""
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
洛阳市纪委监委召开会议.....2
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研 11月3日，江凌到嵩县调研。
{line}
"""
    e = parse_text(text).entries[-1]
    assert e.title == "洛阳市纪委监委召开会议"
    assert e.text == "11月7日，市纪委监委召开会议。"
    assert e.date == "2023-11-07"


@pytest.mark.parametrize("sep", ["\u3000", "\u3000\u3000", "  ", "\t"], ids=["ideographic", "two-ideographic", "two-spaces", "tab"])
def test_title_separated_by_wide_spaces(sep):
    text = MAST + f"""
目录
◆◆◆ 时 政 ◆◆◆
洛阳市纪委监委召开会议.....1
◆◆◆ 时 政 ◆◆◆
\u3000\u3000洛阳市纪委监委召开会议{sep}11月7日，市纪委监委召开会议。
"""
    e = parse_text(text).entries[0]
    assert (e.title, e.text, e.date) == ("洛阳市纪委监委召开会议", "11月7日，市纪委监委召开会议。", "2023-11-07")


@pytest.mark.parametrize(
    ("toc_title", "body", "title"),
    [
        ("洛阳钼业“两个全球中心”项目进驻周山智慧岛", "**洛阳铝业“两个全球中心”项目进驻**\n**周山智慧岛** 11月9日，有关事项推进。",
         "洛阳铝业“两个全球中心”项目进驻周山智慧岛"),
        ("河南省零碳内燃动力技术研究院院士工作在洛揭牌", "河南省零碳内燃动力技术研究院士工作\n在洛揭牌 11月9日，有关事项推进。",
         "河南省零碳内燃动力技术研究院士工作在洛揭牌"),
        ("洛阳市人民政府第10次常务会议", "洛阳市政府第 10 次常务会议\n11月9日，有关事项推进。", "洛阳市政府第 10 次常务会议"),
    ],
    ids=["drift+wrapped-bold", "drop+wrapped", "words-dropped+own-line"],
)
def test_ocr_drift_and_wrapped_titles_together(toc_title, body, title):
    text = one_entry_issue(toc_title, body)
    r = parse_text(text)
    e = r.entries[0]
    assert (e.title, e.toc_title, e.page, e.text) == (title, toc_title, 1, "11月9日，有关事项推进。")
    assert not any("目录" in w for w in r.issue.warnings)


# --- the alignment steps on their own (ALIGN_STEPS) ---------------------------------------------------

STEP_ISSUE = """目录
◆◆◆ 时 政 ◆◆◆
柯明远到栖云县调研.....1
程嘉禾调研春耕工作.....2
市政府常务会议召开.....3

◆◆◆ 时 政 ◆◆◆
柯明远到栖云县调研
3月2日，柯明远到栖云县调研。
— 1 —
市政府常务会议召开
3月9日，市政府常务会议召开。
程嘉禾调研春耕工作
3月5日，程嘉禾调研春耕工作。
**栖云县开展植树活动**
3月12日，栖云县开展植树活动。
报：市委办公室
送：各县区政府
"""


def _state(text: str, upto: str):
    from conftest import make_source

    from digest import align
    from digest.blocks import to_blocks
    from digest.model import Issue
    from digest.toc import find_toc

    src = make_source(text)
    blocks = to_blocks(src.lines)
    toc = find_toc(blocks)
    st = align._State(src=src, blocks=blocks, toc=toc, issue=Issue(issue_id="", source="t", sha256=""))
    for step in align.ALIGN_STEPS:
        step(st)
        if step.__name__ == upto:
            return st
    return st


def test_step_take_body_leaves_out_footers_and_the_distribution_list():
    st = _state(STEP_ISSUE, "take_body")
    texts = [b.text for b in st.body]
    assert "— 1 —" not in texts and not any(t.startswith(("报：", "送：")) for t in texts)
    assert texts[0] == "◆◆◆ 时 政 ◆◆◆"


def test_step_find_body_headings():
    st = _state(STEP_ISSUE, "find_body_headings")
    assert list(st.heads.values()) == [("section", "时政")]


def test_step_match_titles_in_order_leaves_a_title_printed_out_of_order():
    st = _state(STEP_ISSUE, "match_titles_in_order")
    # 程嘉禾… (page 2) is found ahead, after 市政府… (page 3), which is then behind the search
    assert st.unmatched == [2]
    assert sorted(m.item.page for m in st.claimed.values()) == [1, 2]


def test_step_match_titles_anywhere_finds_it_and_body_order_wins():
    st = _state(STEP_ISSUE, "match_titles_anywhere")
    assert sorted(m.item.page for m in st.claimed.values()) == [1, 2, 3]
    assert not [p for p in st.problems if p.kind == "toc-unmatched"]


def test_step_find_entries_not_in_toc():
    st = _state(STEP_ISSUE, "find_entries_not_in_toc")
    extra = [m for m in st.claimed.values() if m.item is None]
    assert len(extra) == 1 and st.body[extra[0].block].bold == "栖云县开展植树活动"
    assert [p.kind for p in st.problems] == ["body-not-in-toc"]


def test_step_cut_entries_and_check_page_order():
    st = _state(STEP_ISSUE, "check_page_order")
    assert [(nows(e.title), e.page) for e in st.entries] == [
        ("柯明远到栖云县调研", 1), ("市政府常务会议召开", 3), ("程嘉禾调研春耕工作", 2), ("栖云县开展植树活动", None)]
    assert st.entries[0].text == "3月2日，柯明远到栖云县调研。"
    assert st.entries[-1].text == "3月12日，栖云县开展植树活动。"
    assert [p.kind for p in st.problems if p.kind in ("page-order", "page-step")] == ["page-step"]
    assert st.assigned_share == 1.0


def test_step_cut_entries_reports_text_before_the_first_entry():
    text = STEP_ISSUE.replace("◆◆◆ 时 政 ◆◆◆\n柯明远到栖云县调研\n",
                              "◆◆◆ 时 政 ◆◆◆\n本期导读：三月工作要点。\n柯明远到栖云县调研\n")
    st = _state(text, "cut_entries")
    assert any(p.kind == "unassigned-text" and "本期导读" in p.message for p in st.problems)
    assert st.assigned_share < 1.0


def test_align_steps_are_a_visible_ordered_list():
    from digest.align import ALIGN_STEPS

    names = [s.__name__ for s in ALIGN_STEPS]
    assert names[0] == "take_body" and names[-1] == "summarize"
    assert names.index("match_titles_in_order") < names.index("match_titles_anywhere") < names.index("cut_entries")


def _paged_issue(toc_pages: list[tuple[str, int]], body_order: list[str]) -> str:
    """A 目录 issue with the given (title, page) 目录 lines and the body printing the titles in body_order."""
    lines = ["目录", "◆◆◆ 时 政 ◆◆◆"] + [f"{t}.....{p}" for t, p in toc_pages] + ["", "◆◆◆ 时 政 ◆◆◆"]
    lines += [f"{t} 4月{n + 1}日，{t}。" for n, t in enumerate(body_order)]
    return "\n".join(lines) + "\n"


_PAGED = [("岚溪县召开防汛工作会议", 1), ("柯明远调研茶叶产业发展", 2), ("栖云县举办春季招聘会", 3),
          ("市政府召开常务会议研究民生", 4), ("松岗县开展植树造林活动", 5), ("程嘉禾检查安全生产工作", 6)]


def _order_problems(toc_pages: list[tuple[str, int]], body_order: list[str]) -> list[tuple[str, str]]:
    r = parse_text(_paged_issue(toc_pages, body_order))
    assert len(r.entries) == len(body_order)
    return [(p.kind, p.severity) for p in r.problems if p.kind in ("page-order", "page-step")]


def test_page_order_one_entry_one_page_out_of_toc_order_is_a_note():
    t = [x for x, _ in _PAGED]
    assert _order_problems(_PAGED, [t[0], t[2], t[1], t[3], t[4], t[5]]) == [("page-step", "note")]


def test_page_order_the_toc_itself_stepping_back_one_page_is_a_note():
    pages = [(t, p) for t, p in _PAGED]
    pages[3] = (pages[3][0], 2)  # the 目录 prints 3 then 2: body and 目录 agree on the order
    assert _order_problems(pages, [t for t, _ in pages]) == [("page-step", "note")]


def test_page_order_a_larger_jump_is_a_problem():
    t = [x for x, _ in _PAGED]
    assert _order_problems(_PAGED, [t[0], t[3], t[1], t[2], t[4], t[5]]) == [("page-order", "problem")]


def test_page_order_several_entries_out_of_toc_order_is_a_problem():
    pages = [(t, p) for (t, _), p in zip(_PAGED, [1, 1, 2, 2, 3, 3], strict=True)]
    t = [x for x, _ in pages]
    # one step back of one page, but two entries out of 目录 order
    assert _order_problems(pages, [t[2], t[3], t[0], t[1], t[4], t[5]]) == [("page-order", "problem")]


def test_page_order_shuffled_pages_are_problems_at_each_step():
    t = [x for x, _ in _PAGED]
    assert _order_problems(_PAGED, [t[1], t[0], t[3], t[2], t[5], t[4]]) == [("page-order", "problem")] * 3


CREDITED = """岚溪政务信息
2024年第3期

目录
◆◆◆ 经 济 ◆◆◆
岚溪县召开春季招商推介会.....1
栖云县举办农产品展销活动.....2
电话会议部署防汛工作.....3

◆◆◆ 经 济 ◆◆◆
岚溪县召开春季招商推介会
3月2日，岚溪县召开春季招商推介会。会议要求抓好落实。（岚溪县商务局供稿）
栖云县举办农产品展销活动
3月5日，栖云县举办农产品展销活动。
报告会同日举行，发：各乡镇代表参会。
（责任编辑：柯小满）
电话会议部署防汛工作
3月9日，全市召开电话会议部署防汛工作。
联系电话会议室设在三楼。
（栖云县应急管理局供稿）
————————————
编辑：柯小满　审核：程一禾　签发：方知远
报：市委办公室、市人大常委会办公室
送：各县（市、区）人民政府
共印80份
"""


def test_closing_matter_never_joins_the_last_entry():
    r = parse_text(CREDITED)
    assert [nows(e.title) for e in r.entries] == ["岚溪县召开春季招商推介会", "栖云县举办农产品展销活动", "电话会议部署防汛工作"]
    assert [e.text for e in r.entries] == [
        "3月2日，岚溪县召开春季招商推介会。会议要求抓好落实。",
        "3月5日，栖云县举办农产品展销活动。\n报告会同日举行，发：各乡镇代表参会。",  # prose, not a list
        "3月9日，全市召开电话会议部署防汛工作。\n联系电话会议室设在三楼。",
    ]
    closing = r.issue.meta["closing"]
    assert [(c["kind"], c["value"]) for c in closing] == [
        ("editor", "柯小满"), ("reviewer", "程一禾"), ("signer", "方知远"),
        ("distribution", "市委办公室、市人大常委会办公室"), ("distribution", "各县（市、区）人民政府"), ("copies", "80")]
    assert closing[0]["line"] == lines_of(CREDITED, "编辑：柯小满　审核")
    # every line is accounted for: the closing run is the issue's footer
    from test_property import check_accounted

    check_accounted(r, CREDITED.split("\n"))
    assert r.issue.meta["footer_lines"] == list(range(lines_of(CREDITED, "————"), lines_of(CREDITED, "共印80份") + 1))
    credits = r.issue.meta["entry_credits"]

    def title_line(title: str) -> int:
        return CREDITED.split("\n").index(title) + 1

    assert [(c["entry_line"], c["kind"], c["value"]) for c in credits] == [
        (title_line("岚溪县召开春季招商推介会"), "contributor", "岚溪县商务局"),
        (title_line("栖云县举办农产品展销活动"), "editor", "柯小满"),
        (title_line("电话会议部署防汛工作"), "contributor", "栖云县应急管理局")]
    assert not any(p.kind in ("body-not-in-toc", "unassigned-text") for p in r.problems)
    assert r.issue.warnings == []


def test_closing_matter_without_a_contributor_line_and_a_body_not_closed_by_credits():
    text = CREDITED.replace("（栖云县应急管理局供稿）\n", "")
    r = parse_text(text)
    assert r.entries[-1].text == "3月9日，全市召开电话会议部署防汛工作。\n联系电话会议室设在三楼。"
    assert len(r.issue.meta["closing"]) == 6
    # no closing matter at all: nothing is taken from the last entry
    plain = text[: text.index("————")]
    r = parse_text(plain)
    assert r.entries[-1].text == "3月9日，全市召开电话会议部署防汛工作。\n联系电话会议室设在三楼。"
    assert "closing" not in r.issue.meta


def test_numbered_entries_lose_the_list_number_in_their_title():
    issue = toc_issue("青石政务信息 2024年第9期", [
        ("领导活动", [("1.市长郑远航调研城市更新工作", "9月14日，市长郑远航到老城区调研城市更新工作。"),
                  ("2、常务副市长韦思诚督导秋粮收购", "9月16日，常务副市长韦思诚督导秋粮收购工作。")]),
        ("部门动态", [("（3）市财政局下达衔接资金", "近日，市财政局下达乡村振兴衔接资金1.2亿元。"),
                  ("5.12地震十周年纪念活动举行", "5月12日，纪念活动在市文化中心举行。")]),
    ])
    r = parse_text(issue)
    assert [e.title for e in r.entries] == ["市长郑远航调研城市更新工作", "常务副市长韦思诚督导秋粮收购",
                                           "市财政局下达衔接资金", "5.12地震十周年纪念活动举行"]
    assert r.entries[0].toc_title == "1.市长郑远航调研城市更新工作"  # the 目录 line as printed
    assert not [p for p in r.problems if p.kind == "title-differs"]


def test_a_short_digests_running_head_that_prints_the_masthead_name_is_furniture():
    text = """青石政务信息
2024年第10期
目录
【领导活动】
市长郑远航调研城市更新工作……1
常务副市长韦思诚督导秋粮收购工作……2
【领导活动】
市长郑远航调研城市更新工作
10月14日，市长郑远航到老城区调研城市更新工作，要求稳步推进老旧小区改造。
青石政务信息　　　　　　　　2024年第10期
常务副市长韦思诚督导秋粮收购工作
10月16日，常务副市长韦思诚到粮食储备库督导秋粮收购工作。
"""
    r = parse_text(text)
    assert [e.title for e in r.entries] == ["市长郑远航调研城市更新工作", "常务副市长韦思诚督导秋粮收购工作"]
    assert r.entries[0].text.endswith("要求稳步推进老旧小区改造。")  # printed once: still the running head
    assert 10 in r.issue.meta["furniture_lines"]
    # a line of the text that names the publication is no running head (no issue number or date)
    r = parse_text(text.replace("青石政务信息　　　　　　　　2024年第10期", "青石政务信息编辑部"))
    assert r.entries[0].text.endswith("青石政务信息编辑部")


# --- an entry's makers and writers in its closing lines; the issue's closing lines broken by the page width

def test_a_makers_credit_and_a_unit_writers_credit_close_their_entries():
    text = toc_issue("青禾政务信息\n2024年第5期", [("工作动态", [
        ("镇妇联开展关爱困境儿童活动",
         "5月30日，镇妇联走访慰问困境儿童12名，送去学习用品。\n（镇妇联　罗晓芸）"),
        ("次仁旺姆：扎根草原的牦牛代表",
         "5月20日，县人大代表次仁旺姆在牧区走访群众，准备在县人代会上提出相关建议。\n（文/图　甘小棠）"),
    ])])
    from conftest import make_source

    from digest.parse import parse_source

    r = parse_source(make_source(text + "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n报：市人大常委会办公室，县委、县人大常委会、县政府、县政协\n领导\n"
                   "送：县人大常委会组成人员，各乡镇人大主席团、北山街道人大工\n委，县各派驻代表联络站\n"
                   "责任编辑：岑雨薇　　　共印260份\n"))
    first, second = r.entries
    assert first.text.endswith("送去学习用品。") and first.byline == "罗晓芸" and "罗晓芸" in first.persons
    assert second.text.endswith("提出相关建议。") and second.byline == "甘小棠" and "甘小棠" in second.persons
    closing = {(c["label"], c["value"]) for c in r.issue.meta["closing"]}
    assert ("报", "市人大常委会办公室，县委、县人大常委会、县政府、县政协领导") in closing
    assert ("送", "县人大常委会组成人员，各乡镇人大主席团、北山街道人大工委，县各派驻代表联络站") in closing


def test_a_contributors_credit_naming_its_writer_after_the_unit():
    from conftest import make_source

    from digest.parse import parse_source

    text = toc_issue("青禾政务信息\n2024年第5期", [("工作动态", [
        ("县委农办召开乡村振兴推进会", "6月5日，县委农办召开乡村振兴推进会。\n（供稿：县委农办　罗晓芸）"),
        ("县东西部协作专班对接项目", "6月8日，协作专班赴东浦市对接项目。\n（供稿：县东西部协作工作专班　甘小棠）"),
        ("木瓜乡开展技能培训", "6月9日，木瓜乡开展技能培训。\n（供稿：木瓜乡　吉克木呷）"),
        ("县统计局发布数据", "6月10日，县统计局发布上半年数据。\n（供稿：县统计局　综合科）"),
    ])])
    r = parse_source(make_source(text))
    assert [e.byline for e in r.entries] == ["罗晓芸", "甘小棠", "吉克木呷", None]  # (综合科: a unit, no writer)
    assert all(e.text.endswith("。") for e in r.entries) and "罗晓芸" in r.entries[0].persons
