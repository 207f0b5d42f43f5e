"""Web captures of county, department, 人大/政协, school and hospital pages (sweep 5): meta lines that
open with an empty count, notices (通知/公告) published as a page, credits and footers under an item.
Every name and place here is invented."""

from __future__ import annotations

from conftest import entry_rows

from digest.chrome import chrome_reason

BODY = "3月2日,青禾区政协召开主席会议。区政协主席柯望川主持会议并讲话。\n\n会议通报了近期工作。\n"


def test_a_meta_line_opening_with_an_empty_count() -> None:
    text = "青禾区政协召开主席会议\n阅读次数: 发布时间:2021-03-04\n" + BODY
    assert entry_rows(text) == [("article", "青禾区政协召开主席会议", "2021-03-02", "2021-03-04")]
    for line in ("阅读次数: 发布时间:2021-03-04", "访问次数: 来源:青禾区政协", "点击次数:12 发布日期:2021-03-04",
                 "信息来源: 关键词:", "浏览次数: 590 内容概述:"):
        assert chrome_reason(line) == "item-meta", line


def test_a_greeting_before_the_welcome_and_its_lost_date() -> None:
    text = ("您好,欢迎访问我们的网站!今天是\n医院动态\n青禾县中医院召开信息宣传表彰会\n"
            "  发布时间:2021/4/26 11:08:28   浏览次数:576次 \n\n" + BODY)
    assert entry_rows(text) == [("article", "青禾县中医院召开信息宣传表彰会", "2021-03-02", "2021-04-26")]
    assert chrome_reason("您好,欢迎访问我们的网站!今天是") == "welcome"
    assert chrome_reason("你好！欢迎光临青禾县人民医院网站") == "welcome"
