"""Web articles whose meta line has an unusual shape (digest.chrome `_stamped_items`, the widened
`item-meta` rule; digest.newspaper `head_over_item_meta`, the item's own date): a bare date stamp under
the title, a paper's name and a stamp, a stamp with an empty view count, rule lines around the title,
a place-and-colon title, several saved pages in one file, a title printed twice. Every name and
place here is invented."""

from __future__ import annotations

import pytest
from conftest import entry_rows, parse_text

from digest.blocks import to_blocks
from digest.chrome import chrome_reason, find_chrome

BODY = "10月20日上午，青禾县委书记柯望川到东岭乡调研秋粮收购工作。\n\n柯望川强调，要确保颗粒归仓。\n"


@pytest.mark.parametrize("meta", [
    "2022-10-21",                                      # a bare date stamp
    "2022-10-21 09:30:00\n来源:青禾县农业农村局",       # a stamp with its time, the source on its own line
    "青禾日报 2022-10-21 00:45",                       # the paper's name before the stamp
    "青禾日报 2022-10-21 00:45 大字",                  # … and a font toggle after it
    "2022/10/21 16:43:13 次浏览 分类:政府动态    来源:",  # an empty view count before its label
    "-\n日期:2022-10-21\n来源:",                       # a rule line between title and meta
])
def test_one_article_with_its_printed_date(meta: str) -> None:
    text = f"柯望川调研秋粮收购工作\n{meta}\n{BODY}"
    assert entry_rows(text) == [("article", "柯望川调研秋粮收购工作", "2022-10-20", "2022-10-21")]
    res = parse_text(text)
    assert "来源" not in res.entries[0].text and "2022" not in res.entries[0].text


def test_rule_lines_around_the_title() -> None:
    text = f"-\n柯望川调研秋粮收购工作\n-\n日期:2022-10-21\n来源:\n{BODY}"
    res = parse_text(text)
    assert [(e.kind, e.title, e.date) for e in res.entries] == [("article", "柯望川调研秋粮收购工作", "2022-10-20")]
    assert res.issue.year == 2022


def test_a_reporter_line_under_the_stamp_is_the_byline() -> None:
    text = "东岭村两百天\n\n青禾日报 2021-01-07 00:45\n\n本报见习记者甘小棠\n\n东岭村对于我意义不同，这是一个新的开始。\n"
    res = parse_text(text)
    assert [(e.title, e.byline, e.issue_date) for e in res.entries] == [("东岭村两百天", "甘小棠", "2021-01-07")]
    assert res.entries[0].text == "东岭村对于我意义不同，这是一个新的开始。"


def test_a_bare_stamp_needs_a_title_above_and_text_below() -> None:
    # a stamp under a finished sentence, or with nothing after it, is no item's meta line
    assert not find_chrome(to_blocks("会议一般每月召开两次。\n2023-02-01\n会议由市长主持，研究了三件事。".split("\n"))).web
    assert not find_chrome(to_blocks("柯望川调研秋粮收购工作\n2023-02-01".split("\n"))).web
    # a masthead's date in words is not a stamp
    assert not find_chrome(to_blocks("青禾日报\n2022年11月16日\n本报讯 今天，某县召开会议。".split("\n"))).web


def test_more_item_meta_shapes_by_their_words() -> None:
    assert chrome_reason("2010/1/6 16:43:13 次浏览 分类:政府动态    来源:") == "item-meta"
    assert chrome_reason("2019-06-28 13:47:00 來源:某某網") == "item-meta"


def test_a_place_and_colon_title_over_a_dated_paragraph() -> None:
    assert entry_rows(f"青禾县：柯望川调研秋粮收购工作\n\n{BODY}")[0][:2] == ("article", "青禾县：柯望川调研秋粮收购工作")
    # after a picture's place (`【资料图】`), as the first line
    res = parse_text(f"【资料图】\n\n东岭区:柯望川调研秋粮收购工作\n\n{BODY}")
    assert [e.title for e in res.entries if e.kind == "article"] == ["东岭区:柯望川调研秋粮收购工作"]
    # a colon after no place still rules the line out (`会议强调：…` is a kicker, `主持人：…` no title)
    res = parse_text(f"上一篇结束了。\n主持人：柯望川\n{BODY}")
    assert not any(e.kind == "article" for e in res.entries)


def test_a_day_after_the_items_own_date_is_of_the_month_before() -> None:
    # as a paper's `28日` in an issue of 10月5日 (fields.parse_leading_date): the usual reading, no doubt
    res = parse_text("柯望川调研秋粮收购工作\n2010-01-06\n13日，青禾县委书记柯望川到东岭乡调研。\n")
    e = res.entries[0]
    assert (e.date, e.warnings) == ("2009-12-13", [])
    # a full date after the item's own is kept as printed, and doubted
    res = parse_text("柯望川调研秋粮收购工作\n2010-01-06\n1月13日，青禾县委书记柯望川到东岭乡调研。\n")
    e = res.entries[0]
    assert e.date == "2010-01-13"
    assert any("is after the issue date 2010-01-06" in w for w in e.warnings)


TWO_PAGES = """青禾县通报上半年信息报送情况

日期:2013/8/4        来源:青禾县政府办        点击数:

近日,青禾县政府办对上半年各乡镇信息报送工作进行通报。

青禾县政府办

政务公开
政府动态
当前位置:首页>政府动态

东岭区各部门积极参加清雪活动

2010/1/20 16:43:13 次浏览 分类:政府动态    来源:

    13日,一场大雪过后,东岭区各部门工作人员上街清扫积雪,区长柯望川带头参加。
"""


def test_several_saved_pages_each_its_own_article_and_date() -> None:
    res = parse_text(TWO_PAGES)
    assert [(e.title, e.date) for e in res.entries] == [
        ("青禾县通报上半年信息报送情况", None),  # 近日: no date, never the next page's 13日
        ("东岭区各部门积极参加清雪活动", "2010-01-13")]  # its own meta line's year and month
    assert "清雪" not in res.entries[0].text and res.entries[0].persons == []


def test_a_title_printed_again_under_its_meta_line_is_one_article() -> None:
    text = ("青禾县通报上半年信息报送情况\n\n日期:2023/8/4        来源:青禾县政府办        点击数:\n\n"
            "青禾县通报上半年信息报送情况\n\n近日,青禾县政府办对上半年各乡镇信息报送工作进行通报。\n")
    res = parse_text(text)
    assert [(e.title, e.text, e.line_start, e.line_end) for e in res.entries] == [
        ("青禾县通报上半年信息报送情况", "近日,青禾县政府办对上半年各乡镇信息报送工作进行通报。", 1, 7)]


def test_a_breadcrumb_that_says_where_you_are_now() -> None:
    assert chrome_reason("您现在所在的位置:首页 >基层动态") == "breadcrumb"


def test_an_event_month_is_never_after_the_items_posting_year() -> None:
    # a page posted in October reporting a March meeting: the same year, not the next one
    res = parse_text("青禾乡人大会议召开\n发布时间:2019-10-26 10:20:11 来源:本站\n"
                     "3月28日,青禾乡人大会议召开。柯望川出席会议。\n")
    e = res.entries[0]
    assert (e.date, e.warnings) == ("2019-03-28", [])
    # a month after the posting month is of the year before; one the page announces stays in its year
    res = parse_text("青禾乡人大会议召开\n发布时间:2019-10-26 10:20:11 来源:本站\n"
                     "11月28日,青禾乡人大会议召开。柯望川出席会议。\n")
    assert res.entries[0].date == "2018-11-28"
    res = parse_text("青禾县新规施行\n发布时间:2019-10-26 10:20:11 来源:本站\n"
                     "11月1日起,青禾县新规施行。柯望川说明了要点。\n")
    assert res.entries[0].date == "2019-11-01"


def test_a_kicker_title_and_dash_subtitle_over_a_web_items_meta_line() -> None:
    from conftest import parse_text

    text = ("青禾日报数字报\n第03版：经济\n\n"
            "优化营商环境 提升服务效能\n青禾“企业服务专员”惠及两千家企业\n——累计帮助企业解决问题一千余个\n"
            "作者：本报记者 柯某某 来源：青禾日报 发布时间：2024-05-21\n"
            "本报讯 5月20日，记者从市营商环境建设局获悉，我市推行企业服务专员制度一年来成效明显。\n")
    (e,) = parse_text(text).entries
    assert (e.kicker, e.title) == ("优化营商环境 提升服务效能", "青禾“企业服务专员”惠及两千家企业")
    assert (e.subtitle, e.text[:10]) == ("累计帮助企业解决问题一千余个", "本报讯 5月20日，")


def test_a_sites_header_before_the_first_item_is_no_record() -> None:
    from conftest import parse_text

    text = ("跳转到主要内容区域\n青禾县人民政府\nQINGHE COUNTY PEOPLE'S GOVERNMENT\n"
            "首页 政务公开 政务服务 互动交流 走进青禾\n当前位置：首页 > 政务动态 > 乡镇动态\n"
            "石桥镇：托管服务让撂荒地重焕生机\n发布时间：2024-04-12 09:30 来源：石桥镇 浏览次数：312\n"
            "　　4月10日，在石桥镇的连片农田里，三台旋耕机来回穿梭，撂荒多年的坡耕地今年全部种上水稻。\n")
    res = parse_text(text)
    assert [(e.kind, e.title) for e in res.entries] == [("article", "石桥镇：托管服务让撂荒地重焕生机")]
    assert {1, 2, 3} <= {c["line"] for c in res.issue.meta["chrome"]}
