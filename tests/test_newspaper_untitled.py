"""An article pasted without its headline, opening straight at its dateline (`本报讯 …`, `XX讯 …`,
`新华社X地X月X日电 …`): one article per dateline-opened run, titled from its first sentence, with a
`no-headline` doubt (newspaper.`_untitled_heads`). All texts are invented."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from digest.cli import app
from digest.parse import parse_source
from tests.conftest import make_source, parse_text

ONE = (
    "本报讯 (记者 柯望川 通讯员 苏晚晴)9月14日,县人大组织部分代表视察全县乡村道路养护情况。\n"
    "县人大常委会主任蓝启明,副主任卫长青参加视察。\n"
    "视察组先后来到青禾镇、白岭乡,实地察看道路养护进度。\n"
    "蓝启明在座谈时要求,有关部门要加快进度,确保群众出行安全。\n"
)

NO_DATE = (
    "本报讯 县委常委会近日召开会议,研究部署秋冬季农田水利建设工作,县委书记蓝启明主持会议并讲话。\n"
    "会议指出,要统筹安排好秋冬各项工作。\n"
    "会议还研究了其他事项。\n"
)

SEVERAL = (
    "本报讯 9月3日,青禾县召开秋粮收购工作推进会,副县长卫长青出席。\n"
    "会议要求,各乡镇要做好收购服务。\n"
    "【白岭讯】9月5日上午,白岭乡组织开展森林防火演练。\n"
    "演练结束后,乡党委书记苏晚晴作了点评。\n"
    "新华社北京9月6日电 (记者 柯望川)全国秋季农业生产现场会6日召开。\n"
    "会议强调,要抓好秋收秋种。\n"
)


def _no_headline(e) -> list[str]:
    return [w for w in e.warnings if "no-headline" in w]


def test_one_article_pasted_without_its_headline() -> None:
    res = parse_text(ONE)
    [e] = res.entries
    assert e.kind == "article"
    assert e.title == "县人大组织部分代表视察全县乡村道路养护情况"  # its first sentence, the date clause out
    assert (e.line_start, e.line_end) == (1, 4)
    assert e.text.count("\n") == 3 and "蓝启明在座谈时要求" in e.text
    assert e.byline == "柯望川、苏晚晴"
    assert e.date is None and any("gives no year" in w for w in e.warnings)  # 9月14日, no year on the page
    assert _no_headline(e) and _no_headline(e)[0].startswith("line 1:")
    assert res.issue.layout == "newspaper"
    assert not any("no recognizable headlines" in w for w in res.issue.warnings)
    assert any(p.kind == "no-headline" for p in res.problems)


def test_the_dateline_date_is_read_with_a_year() -> None:
    [e] = parse_text(ONE, year=2024).entries
    assert e.date == "2024-09-14"
    assert not any("gives no year" in w for w in e.warnings)


def test_a_dateline_with_no_date_gives_none_and_no_year_doubt() -> None:
    [e] = parse_text(NO_DATE).entries
    assert e.kind == "article" and e.date is None
    assert e.title == "县委常委会近日召开会议,研究部署秋冬季农田水利建设工作,县委书记蓝启明主持会议并讲话"
    assert not any("gives no year" in w for w in e.warnings)
    assert _no_headline(e)


def test_persons_come_from_the_whole_text() -> None:
    res = parse_source(make_source(ONE), year=2024, persons=True)
    [e] = res.entries
    assert {"柯望川", "苏晚晴", "蓝启明", "卫长青"} <= set(e.persons)
    assert not {"通讯员", "记者"} & set(e.persons)


def test_spaced_two_character_names_in_the_dateline() -> None:
    text = "本报讯 (记者 林 川 通讯员 苏晚晴)9月14日,县政协组织委员视察饮水工程。\n县政协主席蓝启明参加视察。\n"
    res = parse_source(make_source(text), year=2024, persons=True)
    [e] = res.entries
    assert e.byline == "林川、苏晚晴"
    assert {"林川", "苏晚晴", "蓝启明"} <= set(e.persons) and "通讯员" not in e.persons


def test_several_pasted_articles_split_at_each_dateline() -> None:
    res = parse_text(SEVERAL, year=2024)
    got = [(e.kind, e.title, e.date, e.line_start, e.line_end) for e in res.entries]
    assert got == [
        ("article", "青禾县召开秋粮收购工作推进会,副县长卫长青出席", "2024-09-03", 1, 2),
        ("article", "白岭乡组织开展森林防火演练", "2024-09-05", 3, 4),
        ("article", "全国秋季农业生产现场会6日召开", "2024-09-06", 5, 6),
    ]
    assert all(_no_headline(e) for e in res.entries)
    assert res.entries[2].byline == "柯望川"


def test_a_trailing_square_byline_closes_the_article() -> None:
    text = NO_DATE.replace("会议还研究了其他事项。", "会议还研究了其他事项。■苏晚晴")
    [e] = parse_text(text).entries
    assert e.byline == "苏晚晴" and "■" not in e.text
    assert not any("breaks off" in w for w in e.warnings)


@pytest.mark.parametrize("head", ["县人大视察乡村道路养护", "# 县人大视察乡村道路养护"])
def test_a_headline_over_the_dateline_is_unchanged(head: str) -> None:
    [e] = parse_text(head + "\n" + ONE, year=2024).entries
    assert e.title == "县人大视察乡村道路养护" and e.date == "2024-09-14"
    assert not _no_headline(e)


def test_text_before_the_first_headline_opening_at_a_dateline() -> None:
    text = ONE + "白岭乡开展森林防火演练\n【白岭讯】9月5日上午,白岭乡组织开展森林防火演练。\n"
    res = parse_text(text, year=2024)
    assert [(e.kind, e.title, bool(_no_headline(e))) for e in res.entries] == [
        ("article", "县人大组织部分代表视察全县乡村道路养护情况", True),
        ("article", "白岭乡开展森林防火演练", False),
    ]


def test_text_without_a_dateline_still_falls_back_to_blocks() -> None:
    res = parse_text("县人大组织部分代表视察道路养护。\n副主任卫长青参加视察。\n")
    assert res.issue.layout == "blocks" and [e.kind for e in res.entries] == ["block", "block"]


def test_check_reports_the_missing_headline(tmp_path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ONE, encoding="utf-8")
    out = CliRunner().invoke(app, ["check", str(f), "--year", "2024"])
    assert out.exit_code == 1
    assert "no-headline" in out.output and "first sentence" in out.output


# --- a whole 简报 issue printed on one line: ☆☆☆section☆☆☆ markers, items titled in 《》 (`_marked_items`)

ONE_LINE = (
    "2024年3月8日 星期五\n"
    "第5期(总第120期) 县委宣传部主管 县委报道组主办\n"
    "☆☆☆导读☆☆☆ 【本期头条】白岭乡建成高标准农田三千亩 【时政要闻】县政协召开常委会议"
    " 青禾县召开安全生产会议"
    " ☆☆☆本期头条☆☆☆ □□《白岭乡建成高标准农田三千亩》 2023年,白岭乡新建高标准农田三千亩,惠及农户八百户。"
    " ☆☆☆时政要闻☆☆☆ □□《县政协召开常委会议》 3月6日,县政协召开常委会议,主席蓝启明主持会议。"
    " □□《青禾县召开安全生产会议》 3月7日上午,青禾县召开安全生产工作会议,副县长卫长青出席。\n"
)


def test_a_one_line_newsletter_gives_one_record_per_item() -> None:
    res = parse_text(ONE_LINE)
    got = [(e.kind, e.section, e.title, e.date, e.line_start, e.line_end) for e in res.entries]
    assert got == [
        ("article", "本期头条", "白岭乡建成高标准农田三千亩", None, 3, 3),  # (`2023年,…`: a year alone dates nothing)
        ("article", "时政要闻", "县政协召开常委会议", "2024-03-06", 3, 3),
        ("article", "时政要闻", "青禾县召开安全生产会议", "2024-03-07", 3, 3),
    ]
    assert res.entries[1].text == "3月6日,县政协召开常委会议,主席蓝启明主持会议。"
    assert res.issue.issue_date == "2024-03-08" and res.issue.layout == "newspaper"
    assert not any("导读" in e.text or "☆" in e.text or "《" in e.text for e in res.entries)
    assert res.issue.meta["contents"][0]["section"] == "导读"
    assert res.assigned_share == 1.0
    assert not any("no recognizable headlines" in w for w in res.issue.warnings)


def test_one_marker_on_a_line_is_not_a_one_line_newsletter() -> None:
    text = "☆☆☆时政要闻☆☆☆ 县政协召开常委会议,主席蓝启明主持会议。\n副县长卫长青出席。\n"
    res = parse_text(text)
    assert [e.kind for e in res.entries] == ["block", "block"]


def test_a_markdown_image_hides_no_masthead_date_nor_leading_date() -> None:
    text = ONE_LINE.replace("2024年3月8日 星期五", "![]() 2024年3月8日(星期五)").replace(
        "□□《县政协召开常委会议》 3月6日", "□□《县政协召开常委会议》 ![图片](a/b.jpg) 3月6日")
    res = parse_text(text)
    assert res.issue.issue_date == "2024-03-08"
    assert [e.date for e in res.entries] == [None, "2024-03-06", "2024-03-07"]
    assert not any("![" in e.text for e in res.entries)


CHRONICLE = """青禾区2023年大事记

说明：本大事记按时间顺序辑录2023年青禾区的重要事件。

一月

1月3日　区委书记柯望川主持召开区委常委会会议，研究部署全年经济工作。

1月5日至7日，政协青禾区第五届委员会第三次会议召开。

五月

5月10日　青禾区政务服务中心新址启用，进驻部门32个。

是月，青禾区47个老旧小区改造项目全部开工。

同日，青禾区与省农科院签订合作协议。

十一月

11月20日至22日，省督察组对青禾区开展督察“回头看”，区长甘小棠陪同。

（青禾区档案馆　整理）
"""


def test_a_chronicle_under_month_headings() -> None:
    r = parse_source(make_source(CHRONICLE))
    assert r.issue.meta.get("chronicle")
    assert [(e.section, e.title, e.date, e.date_end) for e in r.entries] == [
        ("一月", "区委书记柯望川主持召开区委常委会会议", "2023-01-03", None),
        ("一月", "政协青禾区第五届委员会第三次会议召开", "2023-01-05", "2023-01-07"),
        ("五月", "青禾区政务服务中心新址启用", "2023-05-10", None),
        ("五月", "青禾区47个老旧小区改造项目全部开工", "2023-05", None),  # 是月: the month of the one before
        ("五月", "青禾区与省农科院签订合作协议", "2023-05", None),  # 同日: its day (here a month)
        ("十一月", "省督察组对青禾区开展督察“回头看”", "2023-11-20", "2023-11-22"),  # the year's, not the nearer year's
    ]
    assert r.entries[-1].text.endswith("区长甘小棠陪同。")  # the compiler's credit is no event's text
    assert "青禾区2023年大事记" in r.issue.meta["masthead_text"]
