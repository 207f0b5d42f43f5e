"""Web items whose meta block is spread over several lines (digest.chrome `_META_LABEL_LINE`,
`_meta_run`): a label on one line and its value on the next (`发布时间:` / `2024-10-09 16:20`), the
labels as bullets (`• 访问次数 :`). Every name and place here is invented."""

from __future__ import annotations

import pytest
from conftest import entry_rows, parse_text

from digest.blocks import to_blocks
from digest.chrome import chrome_reason, find_chrome

BODY = "10月8日,青禾县秋季护林工作推进会召开。副县长柯望川主持会议并讲话。\n\n会议要求,各乡镇要压实责任。\n"


def test_a_label_on_one_line_and_its_value_on_the_next() -> None:
    text = ("欢迎访问青禾县人民政府!\n当前位置: 首页>新闻中心>乡镇动态\n青禾县秋季护林工作推进会召开\n\n"
            "发布时间:\n\n2024-10-09 16:20\n\n信息来源:\n\n青禾融媒\n\n分享到:\n\n" + BODY)
    assert entry_rows(text) == [("article", "青禾县秋季护林工作推进会召开", "2024-10-08", "2024-10-09")]
    res = parse_text(text)
    assert "青禾融媒" not in res.entries[0].text and "发布时间" not in res.entries[0].text
    assert res.entries[0].warnings == []


def test_the_same_labels_with_their_values_also_on_one_line() -> None:
    text = ("青禾县秋季护林工作推进会召开\n发布时间:\n2024-10-09 16:20\n信息来源:\n青禾融媒\n"
            "发布时间: 2024-10-09 16:20 信息来源:青禾融媒\n" + BODY)
    assert entry_rows(text) == [("article", "青禾县秋季护林工作推进会召开", "2024-10-08", "2024-10-09")]


def test_bullet_labels_one_of_them_empty() -> None:
    text = ("今天是:\n\n青禾县召开征求意见会\n\n  • 访问次数 :\n  • 发布时间 :2024-01-10 09:15\n\n\n"
            "  1月9日上午,县政府召开征求意见会。副县长柯望川主持会议。\n")
    assert entry_rows(text) == [("article", "青禾县召开征求意见会", "2024-01-09", "2024-01-10")]


def test_label_lines_read_as_item_meta() -> None:
    for line in ("发布时间:", "信息来源：", "访问次数 :", "浏览次数：125", "作者:", "【字号：】"):
        assert chrome_reason(line) == "item-meta", line
    # a label of a meeting notice (`时间：`) or a label with words after it is no meta line alone
    for line in ("时间：", "地点：", "来源：群众来信反映的问题要及时办理。"):
        assert chrome_reason(line) != "item-meta", line


def test_a_value_line_is_only_taken_under_its_label() -> None:
    blocks = to_blocks("青禾县召开征求意见会\n发布时间:\n2024-01-10\n青禾融媒\n1月9日,县政府召开征求意见会。".split("\n"))
    ch = find_chrome(blocks)
    # the value under 发布时间 is taken; the line after the value (no label over it) is not
    assert sorted(ch.item_meta) == [1, 2] and ch.item_dates == {2: "2024-01-10"}


def test_a_meta_line_framed_by_pipes() -> None:
    text = ("柯望川主持召开县政府党组会议\n|| 2022-03-23 11:18:04 编辑: 甘小棠 审核人:夏若溪 阅读次数:2236 |\n"
            "3月21日,县长柯望川主持召开县政府党组会议。\n\n会议还研究了其他事项。\n")
    res = parse_text(text)
    assert [(e.kind, e.title, e.date, e.issue_date) for e in res.entries] == [
        ("article", "柯望川主持召开县政府党组会议", "2022-03-21", "2022-03-23")]
    assert "甘小棠" not in res.entries[0].text and res.entries[0].byline is None
    assert chrome_reason("｜2022-03-23 编辑：甘小棠｜") == "item-meta"


def test_a_two_line_headline_under_the_breadcrumb() -> None:
    text = ("设为首页|加入收藏\n登录|注册\n您的位置:首页 > 焦点新闻>\n\n青禾县公布首批乡村治理示范村名单\n"
            "东岭村等5村上榜\n\n来源:发布者:时间:2023-09-13\n\n"
            "青禾晚报讯(记者 甘小棠)近日,县农业农村局发布公告,公布首批乡村治理示范村名单。\n\n据介绍,此次共有23个村参评。\n")
    res = parse_text(text)
    assert [(e.kind, e.title, e.kicker, e.issue_date) for e in res.entries] == [
        ("article", "青禾县公布首批乡村治理示范村名单", None, "2023-09-13")]
    assert res.entries[0].subtitle == "东岭村等5村上榜" and res.entries[0].text.startswith("青禾晚报讯")
    ch = find_chrome(to_blocks(text.split("\n")))
    assert 4 not in ch.lines  # the headline is never edge chrome


def test_a_column_name_over_the_headline_is_still_chrome() -> None:
    text = ("当前位置：首页 > 工作动态\n工作动态\n青禾县召开安全生产工作会议\n【发布日期：2023-10-16】\n"
            "10月16日，青禾县召开安全生产工作会议。\n")
    res = parse_text(text)
    assert [(e.title, e.kicker, e.section) for e in res.entries] == [("青禾县召开安全生产工作会议", None, None)]


def test_a_url_date_and_paper_line_is_the_items_meta() -> None:
    text = ("   首页>国内新闻> >新闻内容\n\n\n青禾县召开县长办公会议\n\n"
            "http://www.qinghe.example.cn 2003年5月8日 09:15 青禾日报\n\n"
            "  本报讯 县长柯望川昨天下午主持召开县长办公会议,研究部署夏粮收购工作。\n")
    res = parse_text(text)
    assert [(e.kind, e.title, e.kicker) for e in res.entries] == [("article", "青禾县召开县长办公会议", None)]
    assert "http" not in res.entries[0].text


def test_a_speech_button_label_is_no_author() -> None:
    text = "青禾县召开秋粮收购工作会议\n发布日期:2019-10-14 阅读次数: 作者:  语音阅读:\n  10月12日,青禾县召开会议,副县长柯望川出席。\n"
    res = parse_text(text)
    assert [(e.title, e.byline, e.date) for e in res.entries] == [("青禾县召开秋粮收购工作会议", None, "2019-10-12")]


@pytest.mark.parametrize(("line", "reason"), [
    ("下一版»本期共4版(1-2-4)", "epaper-nav"),
    ("内容详情", "epaper-nav"),
    ("返回该版首页", "epaper-nav"),
    ("本文字数:1442", "word-count"),
    ("本篇文章200字,读完约1分钟", "word-count"),
    ("今天是:", "today"),
    ("长者专区 无障碍阅读| 青禾发布公众号| 智能问答 | 登录 | 注册", "toggles"),
    ("欢迎访问青禾县人民政府! 登录/注册 用户中心 支持IPV6", "welcome"),
    ("登录/注册 用户中心 支持IPV6", "toggles"),
    ("乡镇(街道)分站: 东岭镇 白沙镇 青禾镇", "menu"),
    ("如果您喜欢这篇文章,就点个赞支持吧!", "share"),
    ("关闭×", "print-close"),
])
def test_site_furniture_by_its_words(line: str, reason: str) -> None:
    assert chrome_reason(line) == reason


def test_an_epaper_nav_line_is_no_kicker() -> None:
    text = "下一版»本期共4版(1-2-4)\n柯望川主持召开县长办公会\n\n本报讯 12月5日,县长柯望川主持召开县长办公会议。\n\n(甘小棠)\n"
    res = parse_text(text, year=2022)
    assert [(e.kicker, e.title) for e in res.entries] == [(None, "柯望川主持召开县长办公会")]


def test_a_close_button_after_the_byline_is_no_paragraph() -> None:
    text = ("当前位置: 首页\n青禾县人代会召开\n发布时间:2019-06-12 10:05:00 来源:本站 阅读次数:88\n\n"
            "6月10日,青禾县人代会召开。\n\n(甘小棠)\n\n关闭×\n")
    res = parse_text(text)
    assert [(e.title, e.warnings) for e in res.entries] == [("青禾县人代会召开", [])]


def test_words_like_furniture_inside_text_stay_text() -> None:
    for line in ("今天是个好日子，群众都很高兴。", "本文作者长期从事农村工作。", "下一版面将刊登更多内容。"):
        assert chrome_reason(line) is None, line
