"""Ordinary inputs that the rules written for blind sets 30-37 must leave as they were: each case was a
false trigger found by an independent review of those rules (2026-12-04), on text of its own. Every name
and place is invented."""

from __future__ import annotations

import pytest
from conftest import make_source, parse_text

from digest.fields import parse_leading_date
from digest.model import Entry
from digest.parse import WEAK_FLOOR, parse_source
from digest.persons import annotate
from digest.text import credit_facts


def test_a_bulleted_headline_of_two_parts_is_no_brief() -> None:
    text = ("某县工作简报\n\n一、领导活动\n\n◆ 县委书记柯望川 深入乡镇调研春耕备耕工作\n\n"
            "4月12日，县委书记柯望川深入青石、河口两镇调研春耕备耕工作，察看育秧工厂。\n\n"
            "◆ 县农业农村局 开展春季农资打假\n\n4月15日，县农业农村局联合市场监管局开展春季农资打假专项检查。\n")
    r = parse_text(text, year=2024)
    assert [(e.title, e.date) for e in r.entries][-2:] == [("县委书记柯望川 深入乡镇调研春耕备耕工作", "2024-04-12"),
                                                          ("县农业农村局 开展春季农资打假", "2024-04-15")]


@pytest.mark.parametrize("text", ["副市长甘小刚和检查组一行到我县检查工作。", "审判员罗华和书记员一起送达文书。",
                                  "县长柯明和考察团一行参观了产业园。"])
def test_he_before_a_group_joins_it(text: str) -> None:
    e = Entry(title="", text=text)
    annotate([e], weak=WEAK_FLOOR)
    assert not any(p.endswith("和") for p in e.persons), e.persons


@pytest.mark.parametrize("text", ["1.1 上半年，全县地区生产总值增长5%。", "1.2、下一步，全县要抓好落实。",
                                  "3.1 上半年工作回顾", "一日，村民王大爷来到村委会。", "三日后，雨势渐小。",
                                  "十日前，会议通知已经下发。"])
def test_part_numbers_and_counts_of_days_are_no_dates(text: str) -> None:
    assert parse_leading_date(text, 2024, 6, 12, posted=True) == (None, None)


@pytest.mark.parametrize("line", ["图：田园风光", "图：柳湾乡荷花基地一角"])
def test_a_photos_caption_is_no_credit(line: str) -> None:
    assert credit_facts(line) is None


def test_an_events_time_inside_a_post_is_no_posts_header() -> None:
    post = ("青禾镇举办丰收节\n\n原创 青禾镇发布 2024-09-20 18:30 江西\n\n9月20日，青禾镇举办第三届丰收节。\n\n活动安排如下：\n\n"
            "开幕时间 2024年9月22日 09:00\n\n开幕地点 青禾镇文化广场\n\n欢迎广大群众前来参加。\n")
    r = parse_source(make_source(post))
    assert any("开幕时间 2024年9月22日" in e.text for e in r.entries)  # (text, no chrome)
    assert r.issue.meta.get("page_date") == "2024-09-20"  # (the post's day, not the event's)


def test_a_notices_issuer_over_its_day_is_no_release() -> None:
    text = ("关于做好汛期安全工作的通知\n\n各乡镇人民政府，县直各单位：\n\n为做好今年汛期安全工作，现将有关事项通知如下。\n\n"
            "东坡县人民政府\n2024年5月20日\n\n各乡镇要在5月底前完成隐患排查整治工作，确保安全度汛，及时上报排查情况。\n")
    r = parse_text(text)
    assert len(r.entries) == 1 and r.entries[0].date == "2024-05-20"


def test_a_label_over_a_row_of_names_is_no_headline_over_its_authors() -> None:
    text = ("县委召开表彰大会\n本报讯 6月28日，县委召开庆祝建党大会，表彰了一批优秀共产党员。\n"
            "受表彰的优秀共产党员\n甘志刚　罗红梅　柯晓东　岑丽华\n他们是全县党员干部学习的榜样，大家要向他们学习。\n")
    r = parse_text(text, year=2024)
    assert [e.title for e in r.entries] == ["县委召开表彰大会"] and r.entries[0].byline is None


def test_an_articles_numbered_questions_stay_its_subheads() -> None:
    text = ("乡村振兴三问\n本报讯 近日，记者走访了青禾镇的三个村。\n一问\n钱从哪里来？\n村里成立合作社，吸纳社会资本投入产业。\n"
            "二问\n效果怎么样？\n去年全村人均收入增长一成以上。\n")
    r = parse_text(text, year=2024)
    assert [e.title for e in r.entries] == ["乡村振兴三问"]


def test_until_today_in_a_feature_names_no_day() -> None:
    text = ("二〇二四年六月十二日　星期三\n\n老兵的记忆\n\n直到今天，92岁的甘德胜仍清楚记得1950年的那个冬天。\n\n"
            "他说，那是一生难忘的日子。\n")
    r = parse_text(text)
    assert r.entries[-1].title == "老兵的记忆" and r.entries[-1].date is None


def test_month_lines_of_an_ordinary_report_are_no_chronicle() -> None:
    text = ("青禾县上半年工作总结\n\n1月\n\n1月10日，全县召开经济工作会议。\n\n2月\n\n2月15日，全县项目集中开工。\n\n"
            "一是抓项目建设。全县新开工项目32个，完成投资45亿元。\n\n二是抓民生保障。新增城镇就业2100人。\n\n"
            "三是抓安全生产。全县未发生较大以上安全事故。\n")
    r = parse_text(text, year=2024)
    assert not r.issue.meta.get("chronicle")
    assert not any(e.title.startswith(("二是", "三是")) for e in r.entries)
