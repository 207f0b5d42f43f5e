"""The no-目录 path (digest.newspaper): the real sample against its gold, and one small input per layout rule."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest
import regex as re
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from digest.blocks import to_blocks
from digest.newspaper import line_facts, parse_newspaper
from digest.parse import ParseResult, parse_path, parse_source
from digest.source import Source

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "yibin-2022-11-16.txt"
SHARED = Path(os.environ.get("DIGEST_SHARED", ROOT.parent / "shared"))
GOLD = SHARED / "gold" / "yibin-2022-11-16.jsonl"
GOLD_META = SHARED / "gold" / "yibin-2022-11-16.meta.json"
SCORER = SHARED / "eval" / "score.py"
needs_gold = pytest.mark.skipif(not (GOLD.is_file() and GOLD_META.is_file() and SCORER.is_file()),
                                reason="shared gold and scorer not present (set DIGEST_SHARED)")

MASTHEAD = (
    "2023年 3月 5日\n\n第7期\n\n■ 河南省新闻出版局批准\n\n■ 河南省连续性内部资料[审洛阳连]00099号\n\n"
    "癸卯年二月十四 总第300期\n\n■ 主管主办:某某区管委会 ■ 编辑出版:区融媒体中心 内部资料 免费交流\n\n"
)
FOOTER = (
    "\n■人民路8号 ■新闻热线:0379-12345678 ■印数:3000\n\n"
    "■发送对象:全区各村(社区) ■投稿邮箱:news@example.cn ■本版编辑:刘一\n\n组版:陈二\n\n■印刷:某某印刷厂\n"
)


def parse(text: str) -> ParseResult:
    lines = text.split("\n")
    src = Source(path="t.txt", text=text, encoding="utf-8", sha256="0" * 64, lines=lines)
    return parse_newspaper(src, to_blocks(lines))


def warned_lines(res: ParseResult) -> set[int]:
    out: set[int] = set()
    for w in res.issue.warnings:
        for a, b in re.findall(r"lines? (\d+)(?:-(\d+))?", w):
            out.update(range(int(a), int(b or a) + 1))
    return out


def assert_covered(text: str, res: ParseResult) -> None:
    """Every non-blank line is in exactly one record span, or masthead/footer, chrome or furniture, or
    named in a warning."""
    spans = [(e.line_start, e.line_end) for e in res.entries]
    assert spans == sorted(spans), "records must be in file order"
    for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        assert e1 < s2, "record spans overlap"
    meta_lines = set(res.issue.meta.get("masthead_lines", [])) | set(res.issue.meta.get("footer_lines", []))
    # (page furniture the layout took out of the body, a page number or a running head: meta.furniture_lines)
    chrome_lines = set(res.issue.meta.get("chrome_lines", [])) | set(res.issue.meta.get("furniture_lines", []))
    warned = warned_lines(res)
    for n, line in enumerate(text.split("\n"), 1):
        if not to_blocks([line]):
            continue
        inside = sum(1 for s, e in spans if s <= n <= e)
        assert inside <= 1
        assert inside == 1 or n in meta_lines or n in chrome_lines or n in warned, f"line {n} ({line!r}) is in no record"
        assert not (inside and n in meta_lines), f"line {n} is both masthead/footer and in a record"


# --- the real sample --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample() -> ParseResult:
    return parse_path(SAMPLE, persons=False)


def test_sample_issue_record(sample: ParseResult) -> None:
    # the facts printed in the sample's masthead (2022年 11月 16日 / 第21期 / 总第243期)
    iss = sample.issue
    assert iss.layout == "newspaper"
    assert (iss.issue_date, iss.year, iss.issue_no, iss.total_no) == ("2022-11-16", 2022, 21, 243)
    assert iss.publication == "伊滨"


@needs_gold
def test_sample_issue_matches_meta_json(sample: ParseResult) -> None:
    gold = json.loads(GOLD_META.read_text(encoding="utf-8"))
    iss = sample.issue
    assert iss.issue_date == gold["date"]
    assert iss.issue_no == gold["issue_no"]
    assert iss.total_no == gold["total_no"]
    wrong = {k: (v, iss.meta.get(k)) for k, v in gold.items() if iss.meta.get(k) != v}
    assert not wrong


@needs_gold
def test_sample_against_gold(sample: ParseResult) -> None:
    spec = importlib.util.spec_from_file_location("digest_score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(scorer)
    gold = scorer.load(str(GOLD))
    report = scorer.score(gold, [e.to_dict() for e in sample.entries])
    assert report["entry_f1"] >= 0.95, report
    for key, value in report.items():
        if key.endswith("_accuracy"):
            assert value >= 0.95, (key, report["field_misses"])


def test_sample_shape(sample: ParseResult) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert_covered(text, sample)
    kinds = [e.kind for e in sample.entries]
    assert kinds[0] == "quote" and set(kinds[1:]) == {"article"}
    assert sample.assigned_share == 1.0
    for e in sample.entries:
        assert "■" not in e.text and "总第" not in e.text  # masthead and footer stay out of articles
        if e.byline:
            assert f"({e.byline})" not in e.text
    # few, precise warnings; each names a source line
    assert 0 < len(sample.issue.warnings) <= 4
    assert all(re.match(r"line \d+: ", w) for w in sample.issue.warnings)


def test_sample_through_cli_json(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from digest.cli import app

    res = CliRunner().invoke(app, ["parse", str(SAMPLE), "--json", "--dry-run", "--quiet", "--no-persons"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert rows and all(r["issue_date"] == "2022-11-16" for r in rows)
    assert [r["seq"] for r in rows] == list(range(1, len(rows) + 1))


# --- masthead and footer ------------------------------------------------------------------------------

def test_masthead_and_footer_become_issue_facts() -> None:
    text = MASTHEAD + "# 标题一\n\n伊滨讯 3月2日上午,区里召开会议。\n" + FOOTER
    res = parse(text)
    m = res.issue.meta
    assert (res.issue.issue_date, res.issue.issue_no, res.issue.total_no) == ("2023-03-05", 7, 300)
    assert m["lunar_date"] == "癸卯年二月十四"
    assert m["publisher"] == "某某区管委会" and m["editor_org"] == "区融媒体中心"
    assert m["license"] == "[审洛阳连]00099号" and m["license_type"] == "河南省连续性内部资料"
    assert m["approved_by"] == "河南省新闻出版局" and m["distribution_note"] == "内部资料 免费交流"
    assert m["address"] == "人民路8号" and m["hotline"] == "0379-12345678" and m["print_run"] == 3000
    assert m["recipients"] == "全区各村(社区)" and m["email"] == "news@example.cn"
    assert m["page_editor"] == "刘一" and m["layout_editor"] == "陈二" and m["printer"] == "某某印刷厂"
    assert [e.title for e in res.entries] == ["标题一"]
    assert "■" not in res.entries[0].text
    assert_covered(text, res)
    assert not res.issue.warnings


def test_masthead_name_and_unlabelled_lines_stay_out_of_the_articles() -> None:
    text = ("# 伊滨资讯\n\n2023年 3月 5日\n\n中共某某区工作委员会\n\n第7期\n\n# 标题\n\n正文写完了。\n\n区领导王五参加\n\n"
            "■印数:3000\n")
    res = parse(text)
    [e] = res.entries
    m = res.issue.meta
    assert (m["name"], m["masthead_text"], m["masthead_lines"]) == ("伊滨资讯", ["中共某某区工作委员会"], [1, 3, 5, 7])
    assert e.title == "标题" and e.text.endswith("区领导王五参加") and m["footer_lines"] == [15]
    assert_covered(text, res)


def test_line_facts_rejects_body_text() -> None:
    assert line_facts("会议要求:各部门要抓好落实。") is None
    assert line_facts("11月7日下午,区党工委书记带队调研。") is None
    assert line_facts("第21期") == {"issue_no": 21}
    assert line_facts("壬寅年十月廿三 总第243期") == {"lunar_date": "壬寅年十月廿三", "total_no": 243}
    assert line_facts("■ 主编:张三 ■ 副主编:李四") == {"chief_editor": "张三", "副主编": "李四"}
    assert line_facts("科技大厦A座202室") is None  # an address-like piece alone is not enough
    assert line_facts("2022年12月7日 星期三 第2版 综合新闻") == {
        "date": "2022-12-07", "weekday": "星期三", "page": 2, "page_name": "综合新闻"}


# --- headlines ----------------------------------------------------------------------------------------

def test_markdown_headline_levels_start_articles() -> None:
    text = "# 一号标题\n\n正文一。\n\n## 二号标题\n\n正文二。\n\n#### 四号标题\n\n正文三。\n"
    res = parse(text)
    assert [(e.kind, e.title, e.text) for e in res.entries] == [
        ("article", "一号标题", "正文一。"), ("article", "二号标题", "正文二。"), ("article", "四号标题", "正文三。")]
    assert [(e.line_start, e.line_end) for e in res.entries] == [(1, 3), (5, 7), (9, 11)]
    assert not res.issue.warnings
    assert res.issue.layout == "newspaper"


def test_short_standalone_line_plus_dateline_is_a_headline() -> None:
    text = MASTHEAD + "区里召开安全生产会议\n\n城关讯 3月2日上午,区里召开安全生产会议。\n\n会议强调,要压实责任。\n"
    res = parse(text)
    [e] = res.entries
    assert e.title == "区里召开安全生产会议"
    assert e.date == "2023-03-02"
    assert e.text.startswith("城关讯 3月2日上午")
    assert res.issue.publication == "城关"
    assert_covered(text, res)


def test_short_line_without_dateline_is_not_a_headline() -> None:
    text = "# 标题\n\n第一段讲了一件事。\n\n杨湾社区邻里中心是对杨湾现有党群\n\n服务中心进行整合。\n"
    res = parse(text)
    assert [e.title for e in res.entries] == ["标题"]


def test_bare_headlines_without_markup_or_dateline() -> None:
    text = ("旧文章的最后一段写完了。 (王五)\n\n抓紧抓实安全生产\n\n" + "会议指出,要压实责任,守牢底线。" * 3 + "\n\n"
            "赵六在调研时强调:\n\n加快项目建设\n\n" + "调研中,他察看了多个项目工地。" * 3 + "\n\n"
            "专班推进昼夜攻坚 实验室项目加快推进\n\n" + "项目现场,工人们正抓紧施工。" * 3 + "\n\n"
            "杨湾社区邻里中心是对杨湾现有党群\n\n" + "服务中心进行整合,打造邻里中心。" * 3 + "\n")
    res = parse(text)
    assert [(e.kind, e.kicker, e.title) for e in res.entries] == [
        ("block", None, res.entries[0].title), ("article", None, "抓紧抓实安全生产"),
        ("article", "赵六在调研时强调", "加快项目建设"), ("article", None, "专班推进昼夜攻坚 实验室项目加快推进")]
    assert res.entries[-1].text.startswith("项目现场") and "杨湾社区邻里中心是对杨湾现有党群" in res.entries[-1].text


def test_sample_without_markdown_gives_the_same_articles(sample: ParseResult) -> None:
    lines = [re.sub(r"^#+\s*", "", x) for x in SAMPLE.read_text(encoding="utf-8").split("\n")]
    plain = parse("\n".join(lines))
    assert [(e.kind, e.kicker, e.title, e.date, e.byline) for e in plain.entries] == [
        (e.kind, e.kicker, e.title, e.date, e.byline) for e in sample.entries]


def test_kicker_line_above_headline() -> None:
    text = "#### 张三在某镇调研时强调:\n\n# 抓好产业发展\n\n调研中,他察看了项目。\n"
    res = parse(text)
    [e] = res.entries
    assert (e.kicker, e.title, e.text) == ("张三在某镇调研时强调", "抓好产业发展", "调研中,他察看了项目。")
    assert e.line_start == 1


def test_plain_kicker_above_standalone_headline() -> None:
    text = "李四在座谈会上指出:\n\n要把项目建设抓紧抓实\n\n某县讯 5月6日,座谈会召开。\n"
    res = parse(text)
    [e] = res.entries
    assert (e.kicker, e.title, e.line_start) == ("李四在座谈会上指出", "要把项目建设抓紧抓实", 1)


def test_kicker_sharing_the_headline_line() -> None:
    text = "## 李四调研民生工程时指出 加快建设社区体育公园\n\n正文。\n\n## 签约5亿元! 新项目落地\n\n正文二。\n"
    res = parse(text)
    a, b = res.entries
    assert (a.kicker, a.title) == ("李四调研民生工程时指出", "加快建设社区体育公园")
    assert (b.kicker, b.title) == (None, "签约5亿元! 新项目落地")  # inner space kept, no speech verb


def test_wrapped_headline_and_subtitle_stay_one_article() -> None:
    text = "# 第一行标题\n\n# 第二行标题\n\n### ——记优秀党员王五\n\n正文开始了。\n"
    res = parse(text)
    [e] = res.entries
    assert e.title == "第一行标题 第二行标题"
    assert (e.subtitle, e.text) == ("记优秀党员王五", "正文开始了。")


def test_short_label_above_headline_is_a_section() -> None:
    text = "### 要闻\n\n# 全区经济稳中向好\n\n正文。\n\n# 另一条新闻\n\n正文二。\n"
    res = parse(text)
    assert [(e.section, e.kicker, e.title) for e in res.entries] == [
        ("要闻", None, "全区经济稳中向好"), ("要闻", None, "另一条新闻")]


def test_numbered_subhead_stays_inside_its_article() -> None:
    text = "# 标题\n\n导语一段。\n\n### 一、加强组织领导\n\n内容一段。\n\n### (二)压实责任\n\n内容二段。\n"
    res = parse(text)
    [e] = res.entries
    assert e.text.split("\n") == ["导语一段。", "一、加强组织领导", "内容一段。", "(二)压实责任", "内容二段。"]


def test_page_header_inside_the_body_is_left_out_of_the_text() -> None:
    text = "# 甲\n\n第一段。\n\n2023年3月5日 星期日 第2版 综合新闻\n\n第二段。\n\n# 乙\n\n正文。\n"
    res = parse(text)
    a, b = res.entries
    assert a.text == "第一段。\n第二段。" and (a.line_start, a.line_end) == (1, 7)
    assert res.issue.meta["page"] == 2 and res.issue.meta["page_name"] == "综合新闻"
    assert_covered(text, res)


# --- dates and bylines --------------------------------------------------------------------------------

def test_dateline_dates() -> None:
    body = ("# 甲\n\n某区讯 3月1日至3日,培训举办。\n\n"
            "# 乙\n\n某区讯 日前,活动举办。\n\n3月4日,又举办了一次。\n\n"
            "# 丙\n\n去年以来,工作有序推进。\n\n3月2日下午,现场会召开。\n")
    res = parse(MASTHEAD + body)
    assert [(e.date, e.date_end) for e in res.entries] == [
        ("2023-03-01", "2023-03-03"), (None, None), ("2023-03-02", None)]


def test_december_dateline_in_january_issue_is_previous_year() -> None:
    res = parse("2024年1月3日\n\n第1期\n\n# 年终总结\n\n某区讯 12月30日,会议召开。\n")
    assert res.entries[0].date == "2023-12-30"


def test_reporter_in_the_dateline_or_under_the_headline() -> None:
    text = ("# 甲\n\n本报讯 记者 张三 3月2日,会议召开。\n\n"
            "# 乙\n\n本报记者 李四 通讯员 王五\n\n3月3日上午,活动举办。\n\n"
            "# 丙\n\n文化活动 丰富多彩\n\n正文。\n")
    res = parse("2023年3月5日\n\n" + text)
    assert [(e.byline, e.date) for e in res.entries] == [
        ("张三", "2023-03-02"), ("李四、王五", "2023-03-03"), (None, None)]
    assert res.entries[1].text == "3月3日上午,活动举办。"
    assert res.entries[2].text.startswith("文化活动")


def test_year_from_the_text_without_a_masthead_date() -> None:
    res = parse("# 甲\n\n某区讯 3月2日,2024年全区工作会议召开。\n")
    assert (res.issue.issue_date, res.issue.year, res.entries[0].date) == (None, 2024, "2024-03-02")


def test_bylines() -> None:
    text = ("# 甲\n\n第一段。\n\n区领导等参加 (王五)\n\n"
            "# 乙\n\n正文到此结束。\n\n(赵六)\n\n"
            "# 丙\n\n本届博览会(以下简称博览会)开幕。\n\n覆盖全区各行政村(社区)\n\n"
            "# 丁\n\n正文。 (记者 孙七 周八)\n")
    res = parse(text)
    assert [e.byline for e in res.entries] == ["王五", "赵六", None, "孙七、周八"]
    assert res.entries[0].text == "第一段。\n区领导等参加"
    assert res.entries[1].text == "正文到此结束。"
    assert res.entries[1].line_end == 11  # the byline line stays inside the span
    assert res.entries[2].text.endswith("行政村(社区)")


# --- quotes -------------------------------------------------------------------------------------------

def test_quote_block_between_masthead_and_first_headline() -> None:
    text = MASTHEAD + "要坚持以人民为中心的发展思想。\n\n——【党的二十大报告摘登】\n\n# 标题\n\n正文。\n"
    res = parse(text)
    q, a = res.entries
    assert (q.kind, q.title, q.text) == ("quote", "党的二十大报告摘登", "要坚持以人民为中心的发展思想。")
    assert a.kind == "article" and a.title == "标题"
    assert q.line_end < a.line_start
    assert not res.issue.warnings
    assert_covered(text, res)


def test_quote_box_after_an_article_takes_the_marked_paragraph() -> None:
    text = "# 甲\n\n第一段。\n\n第二段。\n\n> 引用的话。\n\n——《某某文选》\n\n# 乙\n\n正文。\n"
    res = parse(text)
    a, q, b = res.entries
    assert a.text == "第一段。\n第二段。" and a.line_end == 5
    assert (q.kind, q.title, q.text, q.line_start, q.line_end) == ("quote", "某某文选", "引用的话。", 7, 9)
    assert b.title == "乙"


def test_plain_dash_line_closes_a_quote_or_is_a_subtitle() -> None:
    text = ("# 主标题\n\n——记优秀党员王五\n\n正文第一段。\n\n正文第二段。\n\n人民对美好生活的向往就是我们的奋斗目标。\n\n"
            "——习近平\n\n# 乙\n\n正文。\n")
    res = parse(text)
    a, q, b = res.entries
    assert (a.title, a.subtitle, a.text) == ("主标题", "记优秀党员王五", "正文第一段。\n正文第二段。")
    assert (q.kind, q.title, q.text) == ("quote", "习近平", "人民对美好生活的向往就是我们的奋斗目标。")
    assert b.title == "乙"
    assert_covered(text, res)


def test_quote_box_after_a_byline_takes_everything_after_it() -> None:
    text = "# 甲\n\n第一段。\n\n第二段。 (王五)\n\n引文第一段。\n\n引文第二段。\n\n——【报告摘登】\n\n# 乙\n\n正文。\n"
    res = parse(text)
    a, q, _ = res.entries
    assert (a.text, a.byline, a.line_end) == ("第一段。\n第二段。", "王五", 5)
    assert (q.text, q.line_start, q.line_end) == ("引文第一段。\n引文第二段。", 7, 11)
    assert not res.issue.warnings


# --- fallbacks and warnings ---------------------------------------------------------------------------

def test_no_headlines_gives_one_warning_and_one_record_per_paragraph() -> None:
    text = "第一段文字没有标题。\n\n第二段文字也没有。\n\n第三段。\n"
    res = parse(text)
    assert res.issue.layout == "blocks"
    assert [(e.kind, e.text, e.line_start) for e in res.entries] == [
        ("block", "第一段文字没有标题。", 1), ("block", "第二段文字也没有。", 3), ("block", "第三段。", 5)]
    assert len(res.issue.warnings) == 1 and res.issue.warnings[0].startswith("line 1: ")
    assert res.assigned_share == 0.0


def test_no_headlines_a_list_printed_in_rows_is_one_record() -> None:
    # a 名单 as a PDF prints it, under a label ending in a colon: one record, not one a row (each row
    # was a record of its own, titled with its first names); a row after a paragraph starts one
    text = ("表彰决定全文如下。\n先进个人名单：\n吕方舟  韦春岭  柏秋实  甘　露\n祁远航  庞立新  蒙晓岚  覃　松\n"
            "尤振邦  凌子墨\n\n另附说明一段。\n冯远山  汤雨亭  葛一川\n")
    res = parse(text)
    assert res.issue.layout == "blocks"
    assert [(e.title, e.line_start, e.line_end) for e in res.entries] == [
        ("表彰决定全文如下。", 1, 1), ("先进个人名单：", 2, 5), ("另附说明一段。", 7, 7), ("冯远山  汤雨亭  葛一川", 8, 8)]
    assert res.entries[1].text.splitlines()[1:] == ["吕方舟  韦春岭  柏秋实  甘　露", "祁远航  庞立新  蒙晓岚  覃　松",
                                                    "尤振邦  凌子墨"]


def test_no_headlines_through_the_pipeline() -> None:
    text = "第一段文字没有标题。\n\n第二段文字也没有。\n"
    lines = text.split("\n")
    res = parse_source(Source("t.txt", text, "utf-8", "1" * 64, lines), persons=False)
    assert res.issue.layout == "blocks" and len(res.entries) == 2 and len(res.issue.warnings) == 1


def test_text_before_first_headline_is_kept_with_a_warning() -> None:
    text = "上一版转来的一段话。\n\n# 标题\n\n正文。\n"
    res = parse(text)
    assert [e.kind for e in res.entries] == ["block", "article"]
    assert any(w.startswith("line 1: ") for w in res.issue.warnings)
    assert 0.0 < res.assigned_share < 1.0
    assert_covered(text, res)


def test_column_scramble_is_warned_where_it_happens() -> None:
    text = ("# 甲\n\n第一段完整。\n\n全力打造精品工程,为高质量发展做\n\n(倪七)\n\n"
            "# 乙\n\n第一段完整。\n\n出积极贡献。\n\n第三段也完整。\n")
    res = parse(text)
    a, b = res.entries
    assert b.text.split("\n")[1] == "出积极贡献。"  # kept where it appears, nothing dropped
    assert a.byline == "倪七"
    assert any(w.startswith("line 5: ") and "breaks off" in w for w in a.warnings)
    assert any(w.startswith("line 13: ") and "line 5" in w for w in b.warnings)
    assert len(res.issue.warnings) == 2
    assert_covered(text, res)


def test_paragraph_after_the_byline_is_warned() -> None:
    text = "# 甲\n\n正文写完了。\n\n(倪七)\n\n这一段排在署名之后。\n\n# 乙\n\n正文。\n"
    res = parse(text)
    a, _ = res.entries
    assert a.byline == "倪七" and a.text == "正文写完了。\n这一段排在署名之后。"
    assert [w.split(":")[0] for w in res.issue.warnings] == ["line 7"]
    assert "line 5" in res.issue.warnings[0]


def test_column_break_inside_an_article_is_not_warned() -> None:
    text = ("# 标题\n\n某区讯 3月1日,伊滨区中轴带社区体育公园,是依托公共绿地打造的\n\n"
            "片区级社区体育公园。\n\n会议要求,各部门要抓好落实,等参加\n\n区领导等参加 (王五)\n\n"
            "# 转版的文章\n\n正文第一段。\n\n会议要求,各部门要加快 (下转第2版)\n")
    res = parse(text)
    assert not [w for w in res.issue.warnings if "gives no year" not in w]  # (the page prints no year)


# --- the coverage property, for any mix of layout lines ------------------------------------------------

_han = st.text(alphabet="的一是了我不人在他有这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可",
               min_size=1, max_size=30)
_line = st.one_of(
    st.builds(lambda n, t: "#" * n + " " + t, st.integers(1, 6), _han),
    st.builds(lambda t: t + "。", _han),
    _han,
    st.builds(lambda t: "某区讯 3月2日上午," + t + "。", _han),
    st.builds(lambda t: "某区讯 日前," + t, _han),
    st.builds(lambda t: t + " (王五)", _han),
    st.just("(赵六)"),
    st.builds(lambda t: "——【" + t + "】", _han),
    st.builds(lambda t: "> " + t, _han),
    st.builds(lambda t: t + "时强调:", _han),
    st.sampled_from(["2022年 11月 16日", "第21期", "壬寅年十月廿三 总第243期", "■印数:5000", "组版:张晓晨",
                     "■ 主管主办:某管委会 ■ 编辑出版:某中心", "", "   ",
                     # other papers and web pages (issue 10)
                     "■记者 甲乙 丙丁", "本报记者 甲乙", "责编：甲乙  审核：丙丁", "第3版 要闻", "首页 > 政务动态",
                     "【发布日期：2025-09-02】【来源：某局】【字体：大 中 小】", "分享至：", "打印本页 关闭窗口",
                     "版权所有：某区人民政府", "网站首页 | 政务公开 | 互动交流", "今天是：2025年9月3日"]),
    st.builds(lambda t: "本报某地10月15日电（记者 甲乙、丙丁）" + t + "。", _han),
    st.builds(lambda t: "新华社某地9月14日电 " + t + "。", _han),
    st.builds(lambda t: "本报讯（通讯员 甲乙）" + t + "。", _han),
    st.builds(lambda t: "9月14日上午，" + t + "。", _han),
    st.builds(lambda t: "——" + t + "侧记", _han),
    st.builds(lambda t: "图为" + t + "。 记者 甲乙 摄", _han),
    st.text(max_size=20),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_line, min_size=1, max_size=25))
# (found by CI: an empty heading read as a column's label over its items, `## 一一`, was no entry's line)
@example(lines=["一。", "# 一", "## 一一", "# 一"])
def test_every_line_is_accounted_for(lines: list[str]) -> None:
    text = "\n".join(line.replace("\r", " ").replace("\n", " ") for line in lines)
    text = re.sub(r"[\r\u2028\u2029\x85\x0b\x0c\x1c-\x1e]", " ", text)
    if not to_blocks(text.split("\n")):
        return
    res = parse(text)
    assert_covered(text, res)
    for e in res.entries:
        assert e.kind in ("article", "quote", "block")
        assert e.title or e.kind == "block"
    for w in res.issue.warnings:
        assert re.match(r"lines? \d+", w)


def test_a_row_of_spaced_names_keeps_its_spaces_and_every_name_is_read() -> None:
    """Spaces inside Chinese are closed (column line ends), except on a line with a row of three or more
    spaced pieces of two to four characters: a credit printed with spaces, whose spaces end each name."""
    from conftest import make_source

    from digest.parse import parse_source

    text = "# 山村来了新支书\n\n记者 邬建林 韦佩兰 葛远航 来源:某某网\n\n村里的新 支书上任了。\n"
    res = parse_source(make_source(text))
    [e] = res.entries
    assert e.text == "记者 邬建林 韦佩兰 葛远航 来源:某某网\n村里的新支书上任了。"
    assert e.persons == ["邬建林", "韦佩兰", "葛远航"]


def test_a_credit_run_into_a_paragraph_keeps_the_spaces_between_its_names() -> None:
    from conftest import make_source

    from digest.parse import parse_source

    text = "# 县里召开项目推进会\n\n全媒体记者韦佩兰 邬建林 葛远航报道：近日，县里召开项目推进 会。\n"
    [e] = parse_source(make_source(text)).entries
    assert e.text == "全媒体记者韦佩兰 邬建林 葛远航报道：近日，县里召开项目推进 会。"
    assert e.persons == ["韦佩兰", "邬建林", "葛远航"]


def test_a_jump_to_a_page_the_file_does_not_hold_is_no_text() -> None:
    text = "# 转版的文章\n\n正文第一段。\n\n会议要求,各部门要加快推进项目建设。(下转第2版)\n"
    res = parse(text)
    (a,) = res.entries
    assert a.text == "正文第一段。\n会议要求,各部门要加快推进项目建设。"
    assert res.issue.meta["jumps_out"] == [{"line": 5, "title": "转版的文章"}]
    assert not res.issue.warnings  # a page that sends its stories on is a clean layout


def test_plain_subtitle_under_a_heading_above_the_dateline() -> None:
    # an e-paper's 副题 in a box of its own, converted as a plain line: no new article of its own
    text = ("# 甲乡召开大会\n\n正文到此结束。\n\n"
            "开局就是决战\n\n# 青禾县九个重大项目同日开工\n\n总投资四十亿元，涵盖制造和民生领域\n\n"
            "本报讯（记者 甲某某）3月12日，青禾县重大项目集中开工活动举行。县长乙某某讲话。\n\n"
            "# 县人大常委会召开会议\n\n本报讯（记者 丙某）3月13日，县人大常委会召开会议。\n")
    res = parse(text)
    assert [e.title for e in res.entries] == ["甲乡召开大会", "青禾县九个重大项目同日开工", "县人大常委会召开会议"]
    assert res.entries[1].kicker == "开局就是决战"
    assert res.entries[1].subtitle == "总投资四十亿元，涵盖制造和民生领域"  # as a `——` one is
    assert res.entries[1].text.startswith("本报讯（记者甲某某）3月12日")  # (a credit's spaces closed up)
    assert res.entries[1].byline == "甲某某"


def test_kicker_closing_on_a_quote_over_a_heading() -> None:
    text = ("# 甲乡召开大会\n\n正文到此结束。\n\n"
            "奋战一季度 冲刺“开门红”\n\n# 乙镇项目开工\n\n3月2日，乙镇项目开工。\n\n"
            "他说：“我们一定干好。”\n\n# 丙村修路\n\n3月3日，丙村修路。\n")
    res = parse(text)
    assert [e.title for e in res.entries] == ["甲乡召开大会", "乙镇项目开工", "丙村修路"]
    assert res.entries[1].kicker == "奋战一季度 冲刺“开门红”"
    assert res.entries[2].kicker is None  # a quoted sentence's full stop ends it: no kicker
    assert res.entries[1].text.endswith("我们一定干好。”")


def test_photo_credit_with_a_padded_name_closes_the_caption() -> None:
    # `记者　李　某 摄`: a two-character name padded to a three's width; the kicker of the next
    # article is not read into the photo's text
    text = ("# 春耕正忙\n\n3月11日，某村农机手在田间作业。　　记者　李　某　摄\n\n"
            "友好城市交流合作再结新果实\n青禾县代表团访问某市\n\n本报讯（记者 甲某）3月13日，代表团访问某市。\n")
    res = parse(text)  # (a kicker and a title of more than 19 characters together: two short lines are one title)
    assert [e.title for e in res.entries] == ["春耕正忙", "青禾县代表团访问某市"]
    assert res.entries[1].kicker == "友好城市交流合作再结新果实"
    assert "友城" not in res.entries[0].text


def test_page_credit_line_with_ben_ban_labels_is_masthead() -> None:
    assert line_facts("本版责任编辑：甲某某　美术编辑：乙某") == {"page_editor": "甲某某", "layout_editor": "乙某"}
    assert line_facts("本版美编：乙某") == {"layout_editor": "乙某"}


def test_a_paper_named_jinri_is_a_masthead_not_the_day_a_page_was_saved() -> None:
    assert line_facts("今日青禾　　2024年05月16日　星期四　　第01版：要闻") == {
        "name": "今日青禾", "date": "2024-05-16", "weekday": "星期四", "page": 1, "page_name": "要闻"}
    from digest.chrome import chrome_reason
    assert chrome_reason("今日青禾　　2024年05月16日　星期四　　第01版：要闻") is None
    assert chrome_reason("今日：2025年9月3日 星期三") == "today"
    assert chrome_reason("上一版　　下一版　　　　　　返回目录") == "epaper-nav"


def test_a_commentary_label_is_that_pieces_kicker_not_the_next_articles_section() -> None:
    text = ("青禾报　　2024年05月16日　第01版：要闻\n\n"
            "甲镇召开大会\n\n本报讯（记者 甲某）5月15日，甲镇召开大会。\n\n"
            "短评\n让服务更有温度\n□ 关若谷\n\n就业是最基本的民生。服务站要建好用好。\n\n"
            "丙村修路\n\n本报讯（记者 丙某）5月14日，丙村修路。\n")
    res = parse(text)
    # (the column's name is the piece's subsection on a named page, as most annotators read it; once its kicker)
    assert [(e.title, e.kicker, e.section, e.subsection) for e in res.entries] == [
        ("甲镇召开大会", None, "要闻", None), ("让服务更有温度", None, "要闻", "短评"), ("丙村修路", None, "要闻", None)]


def test_a_papers_own_commentary_column_and_its_writer() -> None:
    # `■ 某川时评` over one commentary: its column (subsection); `（本报评论员 某某）` closing it: its byline, no
    # kicker of the next article
    text = ("青禾报　　2024年05月16日　第02版：要闻\n\n甲镇召开大会\n\n本报讯（记者 甲某）5月15日，甲镇召开大会。\n\n"
            "■ 青禾时评\n\n让小网格托起大民生\n\n网格虽小，连着千家万户。网格员要多走一趟、多问一句。\n\n"
            "（本报评论员 关若谷）\n\n丙村修路\n\n本报讯（记者 丙某）5月14日，丙村修路。\n")
    res = parse(text)
    assert [(e.title, e.subsection, e.section, e.byline) for e in res.entries] == [
        ("甲镇召开大会", None, "要闻", "甲某"), ("让小网格托起大民生", "青禾时评", "要闻", "关若谷"),
        ("丙村修路", None, "要闻", "丙某")]
    assert [e.kicker for e in res.entries] == [None, None, None]


def test_a_photo_news_credit_is_its_byline_not_its_text() -> None:
    text = ("# 春耕正忙\n\n3月11日，某村农机手驾驶旋耕机平整田块。眼下，早稻育秧陆续展开。（记者 关若谷 摄）\n\n"
            "# 秋收正忙\n\n9月11日，某村农机手收割水稻。　　　记者　蒋　某　摄\n")
    res = parse(text)
    assert [(e.byline, e.text) for e in res.entries] == [
        ("关若谷", "3月11日，某村农机手驾驶旋耕机平整田块。眼下，早稻育秧陆续展开。"),
        ("蒋某", "9月11日，某村农机手收割水稻。")]


_POST = """某某融媒
原创 某某融媒 某县融媒体中心 2024年05月16日 19:02

点击上方蓝字 关注我们

▶ 点击收听本文 约3分钟

◆ 某县召开防汛工作会议
来源：某县融媒体中心　编辑：甲某某　审核：乙某某

5月15日上午，某县召开防汛工作会议。县长柯望川主持会议。

▲图为会议现场

◆ 这所乡村小学的“田野课堂”火了🌾
作者：记者 丙某某　通讯员 丁某

近日，某镇中心小学的“田野课堂”刷了屏。家长说，孩子吃饭也不挑食了👍

▲图为学生们在观察蚕宝宝

◆ 某县首届“村BA”篮球联赛开赛🏀
来源：某县融媒体中心　编辑：甲某某

5月11日晚，某县首届“村BA”篮球联赛开赛。

— END —

往期推荐
▶ 县领导督导检查安全生产工作
长按识别二维码
关注某某融媒
点击“在看”，让更多人看到💗
阅读原文
分享 收藏 在看 点赞
写留言
"""


def test_a_wechat_post_its_items_and_its_footer() -> None:
    res = parse(_POST)
    assert res.issue.issue_date == "2024-05-16"  # the post's header
    assert [(e.title, e.byline) for e in res.entries] == [
        ("某县召开防汛工作会议", None), ("这所乡村小学的“田野课堂”火了🌾", "丙某某、丁某"),
        ("某县首届“村BA”篮球联赛开赛🏀", None)]
    assert res.entries[-1].text == "5月11日晚，某县首届“村BA”篮球联赛开赛。"  # the footer is no text
    assert not any("breaks off" in w for w in res.issue.warnings)  # a caption or an emoji closes a paragraph


def test_a_notice_s_date_line_closes_it_and_a_decision_list_under_a_title() -> None:
    text = ("某局召开秋粮生产部署会\n\n9月5日，某局召开秋粮生产部署会。\n\n"
            "某局开展农机安全检查\n\n9月6日，某局开展农机安全检查。\n\n"
            "某局举办农民培训班\n\n9月7日，某局举办农民培训班。\n\n"
            "某局关于表彰先进个人的决定\n\n各乡镇人民政府：\n今年以来，各地担当作为，成绩显著。\n"
            "某县农业农村局\n2022年9月8日\n\n"
            "局党组研究决定干部任免事项\n\n经局党组2022年9月16日会议研究决定：\n"
            "任命甲某某为某站站长，免去乙某某的某站站长职务。\n\n"
            "某局完成秋季动物免疫\n\n9月20日，某局完成秋季动物免疫。\n")
    res = parse(text)
    assert "局党组研究决定干部任免事项" in [e.title for e in res.entries]


@pytest.mark.parametrize("line", ["今日是2025年9月3日", "今日为2025年9月3日 星期三", "今日 农历二月初五 星期二"])
def test_the_day_a_page_was_saved_is_chrome(line: str) -> None:
    from digest.chrome import chrome_reason
    assert chrome_reason(line) == "today"


@pytest.mark.parametrize("line", ["要闻　2024年5月16日　星期四　第2版", "本报讯　2024年5月16日　第1版",
                                  "责任编辑　2024年5月16日　第3版"])
def test_a_column_or_a_label_before_the_date_is_no_papers_name(line: str) -> None:
    assert (line_facts(line) or {}).get("name") is None


def test_a_source_units_tag_is_no_part_of_an_items_title_or_text() -> None:
    text = ("每 日 要 情\n\n第37期\n\n中共某县委办公室　　　　2023年4月12日\n\n"
            "一、全县一季度重点项目完成投资21.3亿元【县发改局】\n　　一季度，全县63个重点项目完成投资21.3亿元。\n\n"
            "二、县长检查春季森林防火工作\n　　【县林业局】4月10日，县长深入栗坪乡检查森林防火工作。\n\n"
            "三、某镇推行小微权力清单制度\n　　近日，某镇在全镇14个村推行小微权力清单制度。\n")
    res = parse(text)
    assert [e.title for e in res.entries] == ["全县一季度重点项目完成投资21.3亿元", "县长检查春季森林防火工作",
                                              "某镇推行小微权力清单制度"]
    assert res.entries[1].text.startswith("4月10日") and res.entries[1].date == "2023-04-10"


def test_a_site_header_block_joined_by_a_hard_wrap_is_accounted_for_line_by_line() -> None:
    # (found by the property test above: two caption lines and a short line, joined as one hard-wrapped
    # block before the first article of a web page, were dropped as the site's header with only their
    # first line listed as chrome)
    text = ("【发布日期：2025-09-02】【来源：某局】【字体：大 中 小】\n图为一一一一。 记者 甲乙 摄\n"
            "图为一一一一。 记者 甲乙 摄\n一\n某区讯 3月2日上午,一一。")
    assert_covered(text, parse(text))


def test_a_stray_line_above_the_first_record_is_named_in_a_warning() -> None:
    # found by the property test above (CI, 2026-12-04): a one-character line between a masthead-like
    # line and the first dateline was in no record, no masthead and no warning
    lines = ["——【一一一一一一一一一】", "一", "新华社某地9月14日电 一。", "图为一一一一。 记者 甲乙 摄"]
    text = "\n".join(lines)
    res = parse(text)
    assert_covered(text, res)
    assert any(w.startswith("line 2: read into no record") for w in res.issue.warnings)
