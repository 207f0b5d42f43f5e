"""digest.fields: the event date an entry starts with, and the issue's year from its own content."""

from __future__ import annotations

import pytest
from conftest import by_title, parse_text, toc_issue

from digest.fields import date_after_issue, digits_date, parse_leading_date, yearless_leading_date

# --- the leading date of one entry --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year", "month", "want"),
    [
        ("11月6日，全省观摩团来洛。", 2023, 11, ("2023-11-06", None)),
        ("11 月 6 日，全省观摩团来洛。", 2023, 11, ("2023-11-06", None)),
        ("11\u3000月\u30006\u3000日，观摩团来洛。", 2023, 11, ("2023-11-06", None)),
        ("11 月\n6 日，观摩团来洛。", 2023, 11, ("2023-11-06", None)),
        ("１１月６日，观摩团来洛。", 2023, 11, ("2023-11-06", None)),
        ("2月6日至8日，代表团来洛。", 2023, 2, ("2023-02-06", "2023-02-08")),
        ("8月11日至12日，省运会预赛举行。", 2023, 8, ("2023-08-11", "2023-08-12")),
        ("8月31日至9月2日，活动举行。", 2023, 8, ("2023-08-31", "2023-09-02")),
        ("11月，2023年河南省示范性乡村文化合作社名单公布。", 2023, 11, ("2023-11", None)),
        ("11 月，名单公布。", 2023, 11, ("2023-11", None)),
        ("10日晚，音乐会在洛阳举行。", 2023, 11, ("2023-11-10", None)),
        ("10日上午，会议召开。", 2023, 5, ("2023-05-10", None)),
        ("2023年，洛阳市新增省级企业技术中心20家。", 2023, 11, (None, None)),  # (a year alone: no date)
        ("2023年11月6日，会议召开。", 2023, 11, ("2023-11-06", None)),
        ("日前，工信部公示了名单。", 2023, 11, (None, None)),
        ("近日，省总工会发布名单。", 2023, 11, (None, None)),
        ("伊滨讯 11月7日下午，区党工委召开会议。", 2022, 11, ("2022-11-07", None)),
    ],
)
def test_leading_date_forms(text, year, month, want):
    assert parse_leading_date(text, year, month) == want


@pytest.mark.parametrize(
    "text",
    [
        "市纪委监委召开会议，11月6日起开展专项检查。",
        "会议指出，5月3日将召开全市大会。",
        "据悉，11月6日，全省观摩团来洛。",
        "全市上下要抓住2023年最后两个月，确保完成任务。",
        "",
    ],
)
def test_a_later_date_inside_the_text_is_not_the_entry_date(text):
    assert parse_leading_date(text, 2023, 11) == (None, None)


@pytest.mark.parametrize(
    ("text", "year", "month", "want"),
    [
        ("1月2日，新年音乐会举行。", 2023, 12, ("2024-01-02", None)),       # December issue mentions January
        ("12月28日，年终会议召开。", 2024, 1, ("2023-12-28", None)),        # January issue about December
        ("12月30日至1月2日，迎新活动举行。", 2023, 12, ("2023-12-30", "2024-01-02")),
        ("12月，全市年度考核开展。", 2024, 1, ("2023-12", None)),
        ("11月30日，会议召开。", 2023, 11, ("2023-11-30", None)),
    ],
)
def test_year_boundary(text, year, month, want):
    assert parse_leading_date(text, year, month) == want


def test_without_a_year_a_month_date_has_no_iso_date():
    # never guess a year (e.g. from the clock): leave it empty
    assert parse_leading_date("11月6日，会议召开。", None, None) == (None, None)
    assert parse_leading_date("2023年11月6日，会议召开。", None, None) == ("2023-11-06", None)


# --- the issue's year, from its own content ------------------------------------------------------

NOV = [("时 政", [
    ("江凌到嵩县调研", "11月3日，江凌到嵩县调研，部署2023年四季度工作。"),
    ("徐衣显调研牡丹产业发展", "11月15日至16日，徐衣显调研牡丹产业发展。"),
    ("洛阳市纪委监委召开会议", "日前，市纪委监委召开会议，11月20日起开展检查。"),
    ("洛阳市文化合作社入选名单", "11月，2023年河南省示范性乡村文化合作社名单公布。"),
    ("洛阳市音乐会举行", "10日晚，音乐会在洛阳举行。"),
])]


def test_dates_of_a_november_issue():
    r = parse_text(toc_issue("洛阳政务信息", NOV))
    got = {t: (e.date, e.date_end) for t, e in by_title(r).items()}
    assert got == {
        "江凌到嵩县调研": ("2023-11-03", None),
        "徐衣显调研牡丹产业发展": ("2023-11-15", "2023-11-16"),
        "洛阳市纪委监委召开会议": (None, None),
        "洛阳市文化合作社入选名单": ("2023-11", None),
        "洛阳市音乐会举行": ("2023-11-10", None),
    }
    assert r.issue.year == 2023
    assert r.issue.issue_date == "2023-11"
    assert all(e.issue_date == "2023-11" for e in r.entries)


@pytest.mark.parametrize("name", ["luoyang-2019-05.txt", "2031年1月.txt", "digest-2020-12.md"])
def test_the_file_name_never_gives_the_year(name):
    r = parse_text(toc_issue("洛阳政务信息", NOV), name=name)
    assert r.issue.year == 2023
    assert r.entries[0].date == "2023-11-03"


def test_year_option_overrides_the_content():
    r = parse_text(toc_issue("洛阳政务信息", NOV), year=2021)
    assert r.issue.year == 2021
    assert r.entries[0].date == "2021-11-03"
    assert r.entries[1].date_end == "2021-11-16"


def test_no_year_anywhere_leaves_dates_empty_and_warns():
    entries = [("时 政", [("江凌到嵩县调研", "11月3日，江凌到嵩县调研。"),
                         ("徐衣显调研牡丹产业发展", "11月5日，徐衣显调研。")])]
    r = parse_text(toc_issue("洛阳政务信息", entries))
    assert [e.date for e in r.entries] == [None, None]
    assert any("year" in w for w in r.issue.warnings)
    r = parse_text(toc_issue("洛阳政务信息", entries), year=2023)
    assert [e.date for e in r.entries] == ["2023-11-03", "2023-11-05"]


def test_year_from_the_masthead():
    entries = [("时 政", [("江凌到嵩县调研", "11月3日，江凌到嵩县调研。"),
                         ("徐衣显调研牡丹产业发展", "11月5日，徐衣显调研。")])]
    r = parse_text(toc_issue("洛阳政务信息\n2022年第11期", entries))
    assert [e.date for e in r.entries] == ["2022-11-03", "2022-11-05"]


def test_january_issue_about_december_with_a_dated_masthead():
    entries = [("时 政", [
        ("江凌到嵩县调研", "1月3日，江凌到嵩县调研。"),
        ("徐衣显调研牡丹产业发展", "1月8日，徐衣显调研牡丹产业发展。"),
        ("市委召开年终工作会议", "12月29日，市委召开会议，总结全年工作。"),
    ])]
    r = parse_text(toc_issue("洛阳政务信息 2024年第1期", entries))
    assert [e.date for e in r.entries] == ["2024-01-03", "2024-01-08", "2023-12-29"]
    assert r.issue.year == 2024


def test_january_issue_about_december_year_only_in_the_text():
    entries = [("时 政", [
        ("江凌到嵩县调研", "1月3日，江凌到嵩县调研。"),
        ("徐衣显调研牡丹产业发展", "1月8日，徐衣显调研牡丹产业发展。"),
        ("市委召开年终工作会议", "12月29日，市委召开会议，通报2023年12月全市经济运行情况。"),
    ])]
    r = parse_text(toc_issue("洛阳政务信息", entries))
    assert [e.date for e in r.entries] == ["2024-01-03", "2024-01-08", "2023-12-29"]
    assert r.issue.year == 2024


def test_december_issue_mentioning_january_year_only_in_the_text():
    entries = [("时 政", [
        ("江凌到嵩县调研", "12月3日，江凌到嵩县调研，部署2024年1月工作。"),
        ("徐衣显调研牡丹产业发展", "12月8日，徐衣显调研，项目2024年1月开工。"),
        ("新年音乐会举行", "1月1日，新年音乐会举行。"),
    ])]
    r = parse_text(toc_issue("洛阳政务信息", entries))
    assert [e.date for e in r.entries] == ["2023-12-03", "2023-12-08", "2024-01-01"]
    assert r.issue.year == 2023


def test_december_issue_mentioning_january_with_its_own_dates():
    entries = [("时 政", [
        ("江凌到嵩县调研", "12月3日，江凌到嵩县调研，2023年12月3日启动。"),
        ("徐衣显调研牡丹产业发展", "12月8日，徐衣显调研。"),
        ("新年音乐会举行", "1月1日，新年音乐会举行。"),
    ])]
    r = parse_text(toc_issue("洛阳政务信息", entries))
    assert [e.date for e in r.entries] == ["2023-12-03", "2023-12-08", "2024-01-01"]


def test_first_issue_of_a_year_about_december():
    entries = [("时 政", [
        ("江凌到嵩县调研", "12月3日，江凌到嵩县调研。"),
        ("徐衣显调研牡丹产业发展", "12月15日，徐衣显调研牡丹产业发展。"),
        ("新年音乐会举行", "12月31日，新年音乐会举行。"),
    ])]
    r = parse_text(toc_issue("洛阳政务信息\n2024年第1期", entries))
    assert [e.date for e in r.entries] == ["2023-12-03", "2023-12-15", "2023-12-31"]


@pytest.mark.parametrize("masthead", ["洛阳政务信息\n2024年1月", "洛阳政务信息\n2024年1月5日", "洛阳政务信息\n2023年第12期"])
def test_issue_about_december_with_a_dated_masthead(masthead):
    entries = [("时 政", [
        ("江凌到嵩县调研", "12月3日，江凌到嵩县调研。"),
        ("新年音乐会举行", "12月31日，新年音乐会举行。"),
    ])]
    r = parse_text(toc_issue(masthead, entries))
    assert [e.date for e in r.entries] == ["2023-12-03", "2023-12-31"]


def test_year_option_overrides_a_dated_masthead():
    entries = [("时 政", [("江凌到嵩县调研", "11月3日，江凌到嵩县调研。")])]
    r = parse_text(toc_issue("洛阳政务信息\n2022年11月", entries), year=2021)
    assert r.issue.year == 2021
    assert r.entries[0].date == "2021-11-03"
    assert r.entries[0].issue_date == r.issue.issue_date and r.issue.issue_date.startswith("2021-11")


@pytest.mark.parametrize("text", ["今年11月6日，全市召开会议。", "【洛阳讯】11月6日，全市召开会议。",
                                  "【东河区】11月6日，全区召开会议。"])  # the tag of the place an item comes from
def test_leading_date_behind_a_relative_year_or_bracketed_dateline(text):
    assert parse_leading_date(text, 2023, 11) == ("2023-11-06", None)


def test_year_to_date_month_range_stays_in_the_issue_year():
    assert parse_leading_date("1月至10月，全市规上工业增加值同比增长5%。", 2023, 11) == ("2023-01", "2023-10")


@pytest.mark.parametrize("text", ["1—10月，全市规上工业增加值同比增长5%。", "1至10月，全市生产总值同比增长。",
                                  "1-10月，全市固定资产投资增长。"])
def test_short_month_ranges(text):
    assert parse_leading_date(text, 2023, 11) == ("2023-01", "2023-10")


@pytest.mark.parametrize("text", ["11月6、7日，市委召开会议。", "11月6日、7日，市委召开会议。", "11月6日和7日，市委召开会议。"])
def test_two_listed_days_give_a_range(text):
    assert parse_leading_date(text, 2023, 11) == ("2023-11-06", "2023-11-07")


def test_a_list_of_names_after_the_date_is_not_a_range():
    assert parse_leading_date("11月6日，江凌、徐衣显出席。", 2023, 11) == ("2023-11-06", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("去年11月6日，全市召开会议。", ("2022-11-06", None)),
    ("去年12月，全市召开会议。", ("2022-12", None)),
    ("2023-11-06，全市召开会议。", ("2023-11-06", None)),
    ("2023.11.6，全市召开会议。", ("2023-11-06", None)),
])
def test_last_year_and_numeric_leading_dates(text, expected):
    assert parse_leading_date(text, 2023, 11) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("十一月六日，全市召开会议。", ("2023-11-06", None)),
    ("十一月二十八日上午，县委召开常委会议。", ("2023-11-28", None)),
    ("十一月五日至十五日，全县开展集中服务活动。", ("2023-11-05", "2023-11-15")),
    ("一九九八年一月三日，代表团来访。", ("1998-01-03", None)),
    ("二十日晚，文艺晚会举行。", ("2023-11-20", None)),
    ("十一月份，全县新增企业十家。", ("2023-11", None)),
    ("本报讯 十一月九日，会议召开。", ("2023-11-09", None)),
    ("十月怀胎的辛苦，谁人能知。", (None, None)),  # no day, and no month of a date either
    ("一日三餐都在食堂解决。", (None, None)),
])
def test_leading_dates_in_chinese_numerals(text, expected):
    assert parse_leading_date(text, 2023, 11) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("11.8上午，镇党委召开会议。", ("2023-11-08", None)),
    ("11.15，镇人大组织视察。", ("2023-11-15", None)),
    ("11.18—11.19，全镇开展直播带货活动。", ("2023-11-18", "2023-11-19")),
    ("11.18-19，全镇开展培训。", ("2023-11-18", "2023-11-19")),
    ("3.5万亩麦田完成播种。", (None, None)),  # a decimal, no date
    ("13.5，数字不是日期。", (None, None)),
])
def test_month_and_day_written_with_a_dot(text, expected):
    assert parse_leading_date(text, 2023, 11) == expected


# --- dates that do not exist ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["2月30日，会议召开。", "4月31日，会议召开。", "2023-02-30 会议召开。", "2月29日，会议召开。"])
def test_a_day_that_does_not_exist_gives_no_date(text):
    assert parse_leading_date(text, 2023, 2) == (None, None)


def test_a_range_ending_on_a_day_that_does_not_exist_keeps_its_start():
    assert parse_leading_date("2月28日至30日，会议召开。", 2023, 2) == ("2023-02-28", None)
    assert parse_leading_date("2月28日至29日，会议召开。", 2024, 2) == ("2024-02-28", "2024-02-29")


def test_an_impossible_date_is_warned_about_on_the_entry():
    entries = [("时 政", [("江凌到嵩县调研", "2月30日，江凌到嵩县调研。"),
                         ("徐衣显调研牡丹产业发展", "2月5日，徐衣显调研。")])]
    r = parse_text(toc_issue("洛阳政务信息\n2023年第2期", entries))
    assert [e.date for e in r.entries] == [None, "2023-02-05"]
    assert any("2月30日" in w and "does not exist" in w for w in r.entries[0].warnings)
    assert r.entries[1].warnings == []


# --- the year, from what its mentions say --------------------------------------------------------------

@pytest.mark.parametrize(
    "before,after,kind",
    [
        ("", "11月6日", "full_date"),
        ("到", "", "target"),
        ("2021—", "远景", "target"),
        ("", "远景目标", "target"),
        ("总结", "工作", "past"),
        ("", "全年实现", "past"),
        ("", "度先进集体", "bound"),
        ("", "以来，全市", "bound"),
        ("", "将继续推进", "current"),
        ("", "春节期间", "current"),
        ("", "一季度全市", "current"),
        ("", "上半年工作", "current"),
        ("全市", "河南省", "plain"),
    ],
)
def test_mention_kind(before, after, kind):
    from digest.fields import mention_kind

    assert mention_kind(before, after) == kind


def test_a_february_issue_reviewing_the_year_before_gets_its_own_year():
    from digest.fields import year_evidence

    text = "\n".join(["市政府召开2022年度工作总结会议，表彰2022年度先进单位。"] * 6
                     + ["2023年将重点推进项目建设。", "2023年春节期间，全市安全平稳。", "总结2022年工作。"])
    ev = year_evidence(text, 2)
    assert ev.year == 2023 and ev.strong
    assert ev.kinds["bound"] == {2022: 12} and ev.kinds["current"] == {2023: 2} and ev.kinds["past"] == {2022: 1}


def test_targets_are_not_evidence():
    from digest.fields import year_evidence

    ev = year_evidence("到2025年，全市建成。2035年远景目标。（2021—2035年）", None)
    assert ev.year is None and not ev.strong
    assert ev.kinds["target"] == {2025: 1, 2035: 2}


def test_weak_year_evidence_is_a_warning_that_suggests_the_year_option():
    entries = [("时 政", [("江凌到嵩县调研", "2月3日，江凌到嵩县调研，看望2022年获奖的企业。"),
                         ("徐衣显调研牡丹产业发展", "2月5日，徐衣显调研。")])]
    r = parse_text(toc_issue("洛阳政务信息", entries))
    assert r.issue.year == 2022
    assert any("weak evidence" in w and "--year" in w for w in r.issue.warnings)
    assert r.issue.meta["year_evidence"]["strong"] is False
    r = parse_text(toc_issue("洛阳政务信息", entries), year=2023)
    assert not any("weak evidence" in w for w in r.issue.warnings)
    assert r.issue.meta["year_evidence"]["source"] == "option"


def test_year_evidence_is_kept_on_the_issue():
    r = parse_text(toc_issue("洛阳政务信息", NOV))
    ev = r.issue.meta["year_evidence"]
    assert ev["source"] == "content" and ev["year"] == 2023
    assert ev["kinds"]["current"] == {"2023": 1}


@pytest.mark.parametrize("line,facts", [
    ("二〇二四年二月二十日", {"year": 2024, "month": 2, "day": 20}),
    ("二○二三年十二月", {"year": 2023, "month": 12}),
    ("二〇二四年第十一期", {"year": 2024, "issue_no": 11}),
    ("第三期", {"issue_no": 3}),
])
def test_masthead_dates_in_chinese_numerals(line, facts):
    from digest.fields import read_masthead

    assert read_masthead([line]) == facts


def test_a_masthead_in_chinese_numerals_dates_the_entries():
    entries = [("时 政", [("江凌到嵩县调研", "2月3日，江凌到嵩县调研。"),
                         ("徐衣显调研牡丹产业发展", "1月29日，徐衣显调研。")])]
    r = parse_text(toc_issue("栖云政务信息\n二〇二四年二月二十日", entries))
    assert [e.date for e in r.entries] == ["2024-02-03", "2024-01-29"]
    assert r.issue.issue_date == "2024-02-20" and r.issue.meta["year_evidence"]["source"] == "masthead"


def test_plain_mentions_alone_are_weak_evidence():
    from digest.fields import year_evidence

    text = "\n".join(["2023年，全市生产总值增长百分之六。"] * 12 + ["今年以来，全市项目建设加快推进。"])
    ev = year_evidence(text, 2)
    assert ev.year == 2023 and not ev.strong  # a review of last year: the reader must be told
    ev = year_evidence(text + "\n2024年将继续推进。", 2)
    assert ev.year == 2023 and not ev.strong  # 6 (plain) vs 2 (current): split, still weak


@pytest.mark.parametrize("lines,facts", [
    # the issue number's line gives the year, the office's line below it the month and day
    (["青石政务信息", "2024年第11期", "青石市人民政府办公室　　2024年11月22日"],
     {"publication": "青石政务信息", "year": 2024, "issue_no": 11, "month": 11, "day": 22}),
    # a December issue printed in January: the first year stands, the other line's date is another year's
    # (kept as the day it was printed, which its events are read against: session 32)
    (["2023年第12期", "青石市人民政府办公室　　2024年1月5日"], {"year": 2023, "issue_no": 12, "printed": (2024, 1, 5)}),
])
def test_a_masthead_date_read_over_two_lines(lines, facts):
    from digest.fields import read_masthead

    assert read_masthead(lines) == facts


# --- Chinese numerals, days after the issue's, dates after the issue ------------------------------------

@pytest.mark.parametrize(("printed", "digits"), [
    ("十四日", "14日"), ("四日", "4日"), ("二十一日", "21日"), ("三十日", "30日"), ("廿四日", "24日"),
    ("卅一日", "31日"), ("三月四日", "3月4日"), ("十二月三日", "12月3日"), ("14日", "14日"),
])
def test_digits_date(printed, digits):
    assert digits_date(printed) == digits


def test_a_day_after_the_issue_day_is_of_the_month_before():
    assert parse_leading_date("28日，会议召开。", 2022, 10, 5) == ("2022-09-28", None)
    assert parse_leading_date("28日至30日，会议召开。", 2022, 10, 5) == ("2022-09-28", "2022-09-30")
    assert parse_leading_date("3日，会议召开。", 2022, 10, 5) == ("2022-10-03", None)
    assert parse_leading_date("5日上午，会议召开。", 2022, 10, 5) == ("2022-10-05", None)
    assert parse_leading_date("28日，会议召开。", 2023, 1, 5) == ("2022-12-28", None)
    assert parse_leading_date("28日，会议召开。", 2022, 10) == ("2022-10-28", None)  # no issue day: its month


def test_yearless_leading_date():
    assert yearless_leading_date("10月20日上午，会议召开。") == "10月20日"
    assert yearless_leading_date("伊滨讯 28日，会议召开。") == "28日"
    assert yearless_leading_date("2023年10月20日，会议召开。") is None
    assert yearless_leading_date("近日，会议召开。") is None
    assert yearless_leading_date("会议召开。") is None


def test_date_after_issue():
    assert date_after_issue("10月20日上午，会议召开。", "2023-10-20", "2023-10-09")
    assert date_after_issue("10月8日上午，会议召开。", "2023-10-08", "2023-10-09") is None
    assert date_after_issue("11月1日起，条例施行。", "2023-11-01", "2023-10-09") is None
    assert date_after_issue("10月20日前，完成整改。", "2023-10-20", "2023-10-09") is None
    assert date_after_issue("10月20日，会议召开。", "2023-10-20", "2023-10") is None  # no issue day


def test_a_digest_entry_dated_after_its_issue_is_a_doubt():
    entries = [("时 政", [("江凌到嵩县调研", "10月20日上午，江凌到嵩县调研。"),
                         ("徐衣显调研牡丹产业发展", "10月5日，徐衣显调研。")])]
    r = parse_text(toc_issue("洛阳政务信息\n2023年第9期\n市政府办公室　2023年10月9日", entries))
    assert [e.date for e in r.entries] == ["2023-10-20", "2023-10-05"]
    assert any("is after the issue date 2023-10-09" in w for w in r.entries[0].warnings)
    assert r.entries[1].warnings == []
    assert [p.kind for p in r.real_problems] == ["date-after-issue"]


def test_a_posted_pages_events_precede_it():
    # against a page's printed or posted date: a later month the year before, never the year after
    assert parse_leading_date("3月28日，会议召开。", 2019, 10, 26, posted=True) == ("2019-03-28", None)
    assert parse_leading_date("11月5日，会议召开。", 2019, 10, 26, posted=True) == ("2018-11-05", None)
    assert parse_leading_date("12月28日，会议召开。", 2020, 1, 8, posted=True) == ("2019-12-28", None)
    assert parse_leading_date("11月1日起，条例施行。", 2019, 10, 26, posted=True) == ("2019-11-01", None)
    # a 目录 digest's issue month: the nearer year either way (unchanged)
    assert parse_leading_date("3月28日，会议召开。", 2019, 10) == ("2020-03-28", None)


def test_a_year_reviewed_in_december_is_that_year() -> None:
    from digest.fields import first_month, year_evidence

    text = "12月28日，青禾县召开全县工作会议，回顾总结2017年工作，部署2018年任务。"
    assert first_month(text) == 12
    assert year_evidence(text, None, first_month(text)).year == 2017
    assert year_evidence(text, 12).year == 2017
    # in the first months of the next year the same review speaks for that next year
    assert year_evidence(text.replace("12月28日", "1月8日"), None, 1).year == 2018
    # and last year stays the year before, in December too
    assert year_evidence("12月3日，某乡对比去年(2016年)的数据，总结经验。", None, 12).year == 2017


def test_a_page_with_no_masthead_dated_in_december_keeps_the_reviewed_year(tmp_path) -> None:
    from digest.parse import parse_path

    p = tmp_path / "page.txt"
    p.write_text("本报讯 12月27日，青禾县召开全县经济工作会议，回顾总结2017年经济工作，安排部署2018年重点任务。\n"
                 "会议指出，全县经济运行稳中向好，各项指标均完成预期目标。\n", encoding="utf-8")
    assert [e.date for e in parse_path(p).entries] == ["2017-12-27"]


def test_last_month_named_by_the_issue():
    assert parse_leading_date("上月二十六日，民兵载誉归来。", 1998, 10, 9, posted=True) == ("1998-09-26", None)
    assert parse_leading_date("上月26日，会议召开。", 2024, 1) == ("2023-12-26", None)
    assert parse_leading_date("上月以来，全县开展检查。", 2024, 3) == (None, None)


def test_a_masthead_date_that_does_not_exist_keeps_the_issues_year():
    """`2024年2月30日` on the masthead: the issue is dated 2024-02 (its id keeps the year, so the same
    number of another year is another issue), with a warning; it used to lose the year and collide."""
    from conftest import parse_text

    issue = "\n".join(["青石政务信息", "2024年第3期", "青石市人民政府办公室　2024年2月30日", "", "目　录", "",
                       "青石市召开春季植树动员会……………………1", "", "青石市召开春季植树动员会",
                       "2月12日，青石市召开春季植树动员会，部署全年植树工作。"])
    r = parse_text(issue)
    assert r.issue.issue_date == "2024-02" and "2024" in r.issue.issue_id
    assert any("2024年2月30日 does not exist" in w for w in r.issue.warnings)


@pytest.mark.parametrize(("text", "want"), [
    ("截至7月13日16时，干流水位全线上涨。", ("2020-07-13", None)),
    ("截止到6月30日，全县接种疫苗十万余剂。", ("2020-06-30", None)),
    ("截至13日8时，三座中型水库超汛限。", ("2020-07-13", None)),
    ("截至2019年12月31日，累计办结提案九十件。", ("2019-12-31", None)),
    ("截至12月底，提案全部办复。", (None, None)),  # a month's part: no day, no date
    ("截至5月上旬，社区改造过半。", (None, None)),
    ("截至目前，已有三千人报名。", (None, None)),
    ("13日8时，河道水位回落。", ("2020-07-13", None)),  # a day-only date before an hour
])
def test_the_day_a_tally_is_counted_to_dates_the_entry(text, want):
    assert parse_leading_date(text, 2020, 7) == want
