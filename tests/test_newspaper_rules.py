"""One small hand-made input per rule of the newspaper path: HEAD_RULES, LINE_RULES, datelines,
captions, web-page chrome (digest.chrome) and the checks for a swallowed article."""

from __future__ import annotations

import pytest

from digest import newspaper as np
from digest.blocks import to_blocks
from digest.chrome import chrome_like, chrome_reason, find_chrome
from digest.model import ParseResult
from digest.source import Source


def blocks(text: str):
    return to_blocks(text.split("\n"))


def doc(text: str, skip: set[int] | None = None, item_meta: set[int] | None = None) -> np._Doc:
    return np._Doc(body=blocks(text), skip=skip or set(), item_meta=item_meta or set())


def parse(text: str) -> ParseResult:
    lines = text.split("\n")
    return np.parse_newspaper(Source("t.txt", text, "utf-8", "0" * 64, lines), to_blocks(lines))


# --- datelines ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "pub", "when", "reporter"), [
    ("本报南州5月3日电（记者 方圆、柯林）3日，展会开幕。", "本报", "5月3日", "方圆、柯林"),
    ("新华社西宁8月2日电 记者2日从有关部门获悉，", "新华社", "8月2日", None),
    ("【新华社杭州九日电】据报道，", "新华社", "九日", None),
    ("本报讯 4月9日，某县召开会议。", "本报", None, None),
    ("本报讯（通讯员 甘霖）近日，", "本报", None, "甘霖"),
    ("东湖讯：6月1日上午，", "东湖", None, None),
])
def test_dateline_forms(text: str, pub: str, when: str | None, reporter: str | None) -> None:
    d = np.dateline(text)
    assert d is not None and (d.pub, d.when) == (pub, when)
    assert np._dateline_reporter(d.paren) == reporter or np._dateline_reporter(d.credit) == reporter


@pytest.mark.parametrize("text", ["通讯员介绍，", "中国电信5月3日推出新套餐", "会议由本报主办。", "资讯 5月3日"])
def test_not_a_dateline(text: str) -> None:
    assert np.dateline(text) is None


def test_dian_dateline_gives_the_date_and_reporters() -> None:
    res = parse("2025年5月4日\n\n展会开幕\n\n本报南州5月3日电（记者 方圆、柯林）3日，展会开幕。\n")
    [e] = res.entries
    assert (e.title, e.date, e.byline) == ("展会开幕", "2025-05-03", "方圆、柯林")


def test_wire_agencies_are_not_the_publication() -> None:
    res = parse("南州日报\n\n2025年5月4日\n\n甲事\n\n新华社北京5月3日电 一件事。\n\n乙事\n\n新华社上海5月3日电 两件事。\n")
    assert res.issue.publication == "南州日报"


# --- headline rules -----------------------------------------------------------------------------------

def test_head_over_dateline_one_two_three_lines() -> None:
    h = np.head_over_dateline(doc("菜市场改造完成\n本报讯 4月9日，某县…。"), 0)
    assert h is not None and (h.kicker, h.title, h.subtitle, h.end) == (None, "菜市场改造完成", None, 1)
    h = np.head_over_dateline(doc("老街区改造提升工程全面焕新颜\n菜市场改造完成\n本报讯 4月9日，某县…。"), 0)
    assert h is not None and (h.kicker, h.title) == ("老街区改造提升工程全面焕新颜", "菜市场改造完成")
    h = np.head_over_dateline(doc("老街区焕新颜\n菜市场改造完成\n本报讯 4月9日，某县…。"), 0)  # (two short lines:
    assert h is not None and (h.kicker, h.title) == (None, "老街区焕新颜菜市场改造完成")  # one title, `_short_pair`)
    h = np.head_over_dateline(doc("菜市场改造完成\n——来自某县的报道\n本报讯 4月9日，某县…。"), 0)
    assert h is not None and (h.kicker, h.title, h.subtitle) == (None, "菜市场改造完成", "——来自某县的报道")
    h = np.head_over_dateline(doc("老街区焕新颜\n菜市场改造完成\n居民买菜更方便\n新华社北京4月9日电 某…。"), 0)
    assert h is not None and (h.kicker, h.title, h.subtitle) == ("老街区焕新颜", "菜市场改造完成", "居民买菜更方便")


def test_head_over_dateline_needs_a_finished_line_above_a_kicker() -> None:
    d = doc("上一篇写到一半没有写完的\n老街区焕新颜\n菜市场改造完成\n本报讯 4月9日，某县…。")
    assert np.head_over_dateline(d, 1) is None  # the line above breaks off: no kicker taken from it
    h = np.head_over_dateline(d, 2)
    assert h is not None and h.title == "菜市场改造完成"


def test_head_over_reporter() -> None:
    h = np.head_over_reporter(doc("果园里的新农人\n■记者 白露 秋分\n春天一到，果园就忙了起来。"), 0)
    assert h is not None and (h.title, h.end) == ("果园里的新农人", 1)
    h = np.head_over_reporter(doc("果园里的新农人\n——某村青年返乡创业记\n本报记者 白露\n春天一到，…。"), 0)
    assert h is not None and (h.title, h.subtitle, h.end) == ("果园里的新农人", "——某村青年返乡创业记", 2)
    assert np.head_over_reporter(doc("果园里的新农人\n春天一到，果园就忙了起来。"), 0) is None


def test_head_over_item_meta() -> None:
    d = doc("区图书馆延长开放时间\n【发布日期：2025-05-02】\n5月1日起，…。", item_meta={1})
    h = np.head_over_item_meta(d, 0)
    assert h is not None and (h.title, h.end) == ("区图书馆延长开放时间", 1)
    assert np.head_over_item_meta(doc("区图书馆延长开放时间\n5月1日起，…。"), 0) is None


def test_head_over_dated_paragraph() -> None:
    text = "上一篇文章结束了。\n社区举办邻里节\n5月2日上午，某社区举办邻里节，居民们欢聚一堂。"
    h = np.head_over_dated_paragraph(doc(text), 1)
    assert h is not None and h.title == "社区举办邻里节"
    # not after an unfinished line (a column fragment), not over a paragraph without a date
    assert np.head_over_dated_paragraph(doc("上一篇写到\n社区举办邻里节\n5月2日上午，某社区举办邻里节。"), 1) is None
    assert np.head_over_dated_paragraph(doc("结束了。\n社区举办邻里节\n居民们欢聚一堂，共度佳节。"), 1) is None


_BULLETIN = ("甲乡召开党建工作会议\n\n7月1日，甲乡召开党建工作会议，部署下半年工作。\n\n"
             "乙镇开展主题党日活动\n\n近日，乙镇组织党员开展主题党日活动，重温入党誓词。\n\n"
             "丙村举办党员培训班\n\n日前，丙村举办党员培训班，六十余名党员参加。\n\n"
             "{item}"
             "丁街道表彰优秀党员\n\n7月3日，丁街道表彰了一批优秀党员。\n")


def test_a_line_like_the_pages_other_headlines_is_one() -> None:
    # four items over dated paragraphs; a fifth of the same shape over a paragraph opening otherwise
    item = "戊乡“三张清单”激活流动党员队伍\n\n戊乡外出务工党员占全乡党员的三成。该乡建立清单，逐一联系。\n\n"
    res = parse(_BULLETIN.format(item=item))
    assert [e.title for e in res.entries] == ["甲乡召开党建工作会议", "乙镇开展主题党日活动", "丙村举办党员培训班",
                                              "戊乡“三张清单”激活流动党员队伍", "丁街道表彰优秀党员"]
    assert res.entries[2].text == "日前，丙村举办党员培训班，六十余名党员参加。"


def test_two_such_lines_in_one_article_are_its_subheads() -> None:
    item = ("戊乡探索流动党员管理新路子\n\n今年以来，戊乡探索流动党员管理新路子，取得实效。\n\n"
            "建立联系清单精准对接需求\n\n乡党委逐一联系外出党员，摸清他们的需求。\n\n"
            "搭建服务平台强化作用发挥\n\n乡里开通线上平台，方便党员参加组织生活。\n\n")
    res = parse(_BULLETIN.format(item=item))
    assert [e.title for e in res.entries][3:] == ["戊乡探索流动党员管理新路子", "丁街道表彰优秀党员"]
    assert "建立联系清单精准对接需求" in res.entries[3].text


def test_head_bare_two_part_headline_after_a_finished_sentence() -> None:
    h = np.head_bare(doc("上一篇结束了。\n夏粮丰收在望 农机整装待发\n" + "田野里麦浪翻滚，农机手们正在检修机械。" * 3), 1)
    assert h is not None and h.title == "夏粮丰收在望 农机整装待发"


def test_head_over_date_line() -> None:
    d = doc("上一则结束了。\n县长会见考察团\n（2024年6月11日）\n县长柯望川今日下午在县政府会见来访的考察团一行，双方就合作交换意见。\n")
    h = np.head_over_date_line(d, 1)
    assert h is not None and (h.title, h.printed, h.end) == ("县长会见考察团", "2024-06-11", 3)
    assert np.head_over_date_line(doc("上一则结束了。\n县长会见考察团\n（2024年13月11日）\n县长柯望川今日下午在县政府会见来访的考察团一行，双方交换意见。\n"), 1) is None
    # a 公文's issuer over the day it signed, over a note: no release
    assert np.head_over_date_line(doc("请遵照执行。\n青禾县人民政府\n2019年1月17日\n（此件公开发布）\n"), 1) is None
    assert np.head_over_date_line(doc("上一则，还没有结束\n县长会见考察团\n2024-06-11\n正文一句话。\n"), 1) is None


def test_head_rules_run_in_order() -> None:
    assert [r.__name__ for r in np.HEAD_RULES] == [
        "head_bold_sentence", "head_bold_marked_run_in", "head_markup", "head_under_commentator", "head_under_piece_label", "head_sidebar",
        "head_dated_title", "head_over_dateline", "head_over_salutation", "head_over_reporter", "head_under_speaker", "head_epaper_fields", "head_over_item_meta", "head_over_post_header", "head_labelled_title", "head_microblog_post", "head_post_title",
        "head_dated_row", "head_notice", "head_over_adoption_note",
        "head_post_part", "head_brief", "head_run_in_brief", "head_dated_run_in", "head_sentence_brief", "head_case_item", "head_speaker", "head_bullet", "head_bullet_run_in",
        "head_bracketed_item", "head_bullet_brief", "head_stamped_fields", "head_over_source_line", "head_over_fields",
        "head_over_script_lead", "head_over_date_line", "head_document_over_day",
        "head_over_subtitle",
        "head_over_jump_back", "head_under_item_meta", "head_note_label", "head_boxed_sidebar", "head_emoji_item",
        "head_asked_call", "head_titled_photo", "head_over_picture", "head_under_picture", "head_over_marked_caption",
        "head_over_dated_paragraph",
        "head_over_indented",
        "head_bare", "head_column_item", "head_case_label", "head_question", "head_after_blank",
        "head_page_column_line"]
    heads = np._find_heads(doc("# 甲\n\n正文。\n\n乙事\n\n本报讯 4月9日，某县…。\n"))
    assert [(h.title, h.rule) for h in heads] == [("甲", "head_markup"), ("乙事", "head_over_dateline")]


# --- line rules ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "caption"), [
    ("图为村民在晒秋。 记者 白露 摄", True),
    ("图为村民在晒秋。（本报记者 白露 摄）", True),
    ("村民在晒场上翻晒玉米。 通讯员 甘霖 摄", True),
    ("上图：新建成的文化广场。", False),  # no photographer: not enough
    ("他说，这张照片是去年拍摄", False),
    ("秋收时节摄", False),
])
def test_is_caption(text: str, caption: bool) -> None:
    assert np.is_caption(text) is caption


def test_caption_stays_in_the_span_out_of_the_text() -> None:
    res = parse("# 晒秋\n\n村里开始晒秋了。\n\n图为村民在晒秋。 记者 白露 摄\n\n# 另一篇\n\n正文。\n")
    a, _ = res.entries
    assert (a.text, a.line_end) == ("村里开始晒秋了。", 5)
    assert res.issue.meta["captions"] == [{"line": 5, "text": "图为村民在晒秋。 记者 白露 摄"}]


def test_reporter_and_subtitle_lines_under_the_headline() -> None:
    res = parse("果园里的新农人\n——某村青年返乡创业记\n■记者 白露 秋分\n春天一到，果园就忙了起来。\n")
    [e] = res.entries
    assert (e.byline, e.subtitle, e.text) == ("白露、秋分", "某村青年返乡创业记", "春天一到，果园就忙了起来。")


def test_line_rules_run_in_order() -> None:
    assert [r.__name__ for r in np.LINE_RULES] == [
        "line_headline", "line_subtitle", "line_reporter", "line_caption", "line_quote_close", "line_skip",
        "line_jump_back", "line_text"]


def test_credit_lines_are_facts() -> None:
    assert np.line_facts("责编：方圆  审核：梁成") == {"page_editor": "方圆", "reviewer": "梁成"}
    assert np.line_facts("初审：甲乙 复审：丙丁 终审：戊己") == {
        "first_reviewer": "甲乙", "second_reviewer": "丙丁", "final_reviewer": "戊己"}
    assert np.line_facts("第88期 本期8版") == {"issue_no": 88, "pages": 8}
    assert np.line_facts("中共某县委主办") == {"publisher": "中共某县委"}
    assert np.line_facts("活动由县文化馆主办") is None


# --- web-page chrome ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "reason"), [
    ("首页 > 新闻中心 > 乡镇动态", "breadcrumb"),
    ("当前位置：首页>>工作动态", "breadcrumb"),
    ("今天是2025年5月3日 星期六", "today"),
    ("发布时间：2025-05-02 10:30 信息来源：镇政府 浏览次数：88", "item-meta"),
    ("【发布日期：2025-05-02】【来源：区教育局】", "item-meta"),
    ("分享到：", "share"),
    ("【打印】【关闭】", "print-close"),
    ("打印本页 | 关闭窗口", "print-close"),
    ("网站地图 | 联系我们", "site-links"),
    ("主办单位：某区人民政府办公室", "site-owner"),
    ("某ICP备12345678号", "record-no"),
    ("Copyright © 2025 某区人民政府", "copyright"),
    ("上一篇：某镇开展植树活动", "prev-next"),
    ("首页 | 政务公开 | 办事服务 | 互动交流", "menu"),
])
def test_chrome_reason(text: str, reason: str) -> None:
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["会议要求，各地要加强防汛。", "首页设计获得好评。", "分享至各村微信群后，群众反响热烈。",
                                  "甲 | 乙", "发布日期不详的通知"])
def test_not_chrome(text: str) -> None:
    assert chrome_reason(text) is None


def test_chrome_needs_evidence_from_the_whole_document() -> None:
    one = blocks("某镇召开会议\n分享到：\n正文说了一件事。")
    assert not find_chrome(one).web  # one chrome-looking line is not a web page
    page = blocks("某镇政府网\n首页 > 工作动态\n某镇召开会议\n发布时间：2025-05-02 信息来源：镇政府\n正文。\n【打印】【关闭】")
    c = find_chrome(page)
    assert sorted(c.lines.items()) == [(0, "edge"), (1, "breadcrumb"), (3, "item-meta"), (5, "print-close")]
    assert (c.page_date, c.source) == ("2025-05-02", "镇政府")


def test_chrome_like_words_kept_as_text_are_reported() -> None:
    assert chrome_like("活动圆满结束。分享至：微信") == "分享至"
    assert chrome_like("活动圆满结束。") is None
    assert chrome_like("该公司版权所有的作品被侵权，法院判决赔偿。") is None  # a sentence about it is text
    assert chrome_like("通知的发布日期为本月底，请各单位注意。") is None
    res = parse("# 甲\n\n活动圆满结束。分享至：微信 微博\n")
    assert any("chrome-like" in p.message and p.kind == "chrome-kept" for p in res.problems)


def test_web_page_without_items_meta_lines_still_drops_the_chrome() -> None:
    text = ("某镇政府网\n首页 > 工作动态\n\n# 某镇召开会议\n\n5月2日，某镇召开会议。\n\n分享到：\n【打印】【关闭】\n"
            "版权所有：某镇人民政府\n")
    res = parse(text)
    [e] = res.entries
    assert (e.title, e.text, e.line_end) == ("某镇召开会议", "5月2日，某镇召开会议。", 6)
    assert res.issue.meta["chrome_lines"] == [1, 2, 8, 9, 10]


# --- swallowed articles -------------------------------------------------------------------------------

def test_second_dateline_inside_an_article_is_a_problem() -> None:
    text = ("2024年4月11日\n\n# 甲事\n\n本报讯 4月9日，一件事。\n\n本报讯 4月10日，另一件事的标题丢了。\n")
    res = parse(text)
    [e] = res.entries
    assert any(w.startswith("line 7: a second dateline") for w in e.warnings)
    assert [p.kind for p in res.problems] == ["swallowed"]


def test_headline_like_line_inside_an_article_is_a_problem() -> None:
    text = "# 甲事\n\n第一段写完了。\n\n某镇文化站落成\n\n5月2日上午，某镇文化站举行落成仪式。\n"
    res = parse(text)
    assert [e.title for e in res.entries] == ["甲事", "某镇文化站落成"]  # found by head_over_dated_paragraph
    # after a line that breaks off, the headline is not taken, but it is not swallowed silently either
    res1 = parse(text.replace("写完了。", "没有写完的"))
    [e] = res1.entries
    assert any(w.startswith("line 5: a headline-like line") for w in e.warnings)
    text2 = "# 甲事\n\n第一段写完了。\n\n某镇文化站落成\n\n近日，某镇文化站举行落成仪式。\n\n后来又说了一段。\n"
    res2 = parse(text2)
    [e] = res2.entries
    assert any(w.startswith("line 5: a headline-like line") for w in e.warnings)


def test_column_fragment_is_not_a_headline_like_line() -> None:
    text = "# 甲事\n\n第一段写完了。\n\n某社区邻里中心是对现有党群\n\n服务中心进行整合，打造邻里中心。\n\n又一段。\n"
    assert not parse(text).problems


@pytest.mark.parametrize(("text", "name"), [
    ("欢迎访问某某县人民政府网站", "某某县人民政府"), ("南岭镇人民政府门户网站", "南岭镇人民政府"),
    ("青山区人民政府", "青山区人民政府"), ("首页 | 政务公开", None)])
def test_site_name(text: str, name: str | None) -> None:
    from digest.chrome import site_name

    assert site_name(text) == name


def test_web_page_chrome_is_a_note_for_check_and_names_the_site() -> None:
    text = ("欢迎访问某镇人民政府网站\n首页 > 工作动态\n某镇召开会议\n发布时间：2025-05-02 信息来源：镇政府\n"
            "5月2日，某镇召开会议。\n【打印】【关闭】\n")
    res = parse(text)
    assert (res.issue.publication, res.issue.issue_date, res.issue.meta["web_page"]) == ("某镇人民政府", "2025-05-02", True)
    [note] = res.problems
    assert (note.kind, note.severity, note.line) == ("chrome", "note", 1)
    assert "4 chrome line(s)" in note.message and not res.real_problems


def test_page_headers_give_the_section_of_the_articles_after_them() -> None:
    text = ("南州日报\n\n2025年5月4日 第1版 要闻\n\n甲事\n\n本报讯 5月3日，一件事。\n\n"
            "2025年5月4日 第2版 经济\n\n乙事\n\n本报讯 5月3日，两件事。\n\n### 专栏\n\n# 丙事\n\n三件事。\n")
    res = parse(text)
    assert [(e.section, e.title) for e in res.entries] == [("要闻", "甲事"), ("经济", "乙事"), ("专栏", "丙事")]
    assert all("第2版" not in e.text for e in res.entries)


def test_wire_item_without_date_or_place() -> None:
    d = np.dateline("据新华社电 记者从有关部门获悉，")
    assert d is not None and (d.pub, d.when) == ("新华社", None)
    assert np.dateline("本报电 今天") is None


def test_one_item_meta_line_is_enough_evidence_of_a_web_page() -> None:
    c = find_chrome(blocks("某镇召开会议\n【发布日期：2025-05-02】【来源：镇政府】\n正文说了一件事。"))
    assert c.web and c.page_date == "2025-05-02" and c.item_meta == {1}


def test_archive_page_layout() -> None:
    # a page header line per article (`第2版(要闻)`), a `专栏:` label, the paper's name between dated facts
    text = ("2001年5月9日 南州日报 第2版\n\n第2版(要闻)\n专栏:\n\n港口吞吐量增长\n"
            "新华社北京5月8日电 (记者林海)记者从有关部门获悉，吞吐量增长。\n\n第2版(要闻)\n专栏:\n\n"
            "科技下乡 服务春耕\n某省组织专家下田\n本报讯 记者孙立报道：连日来，专家下田。\n\n"
            "第2版(要闻)\n专栏:读者来信\n\n小区路灯何时亮\n编辑同志：路灯坏了三个月，希望尽快修好。\n")
    res = parse(text)
    assert (res.issue.issue_date, res.issue.publication) == ("2001-05-09", "南州日报")
    assert [(e.section, e.kicker, e.title, e.byline, e.date) for e in res.entries] == [
        ("要闻", None, "港口吞吐量增长", "林海", "2001-05-08"),
        ("要闻", "科技下乡 服务春耕", "某省组织专家下田", "孙立", None),
        ("要闻", None, "小区路灯何时亮", None, None)]
    assert not any("第2版" in e.text or "专栏" in e.text for e in res.entries)
    assert not res.issue.warnings


def test_web_copy_of_a_newspaper_article() -> None:
    # a paper's article as a news site shows it: breadcrumb, a date+source line, the printed-in line,
    # a bracketed credit, share/top buttons, copyright
    text = ("某新闻网\n首页 > 时政 > 正文\n新能源汽车产销再创新高\n2025年01月14日06:12 | 来源：某新闻网－某日报\n"
            "本报北京1月13日电（记者 韩冬）记者从有关行业协会获悉，产销量再创新高。\n据介绍，出口也明显增长。\n"
            "《 某日报 》（ 2025年01月14日 01 版）\n(责编：甲乙、丙丁)\n分享让更多人看到\n返回顶部\n某新闻网版权所有\n")
    res = parse(text)
    [e] = res.entries
    assert (e.kicker, e.title, e.date, e.byline, e.line_end) == (None, "新能源汽车产销再创新高", "2025-01-13", "韩冬", 6)
    assert e.text.endswith("出口也明显增长。")
    meta = res.issue.meta
    assert (res.issue.issue_date, meta["page_editor"]) == ("2025-01-14", "甲乙、丙丁")
    assert meta["printed_in"].startswith("《 某日报 》")
    assert not res.real_problems


@pytest.mark.parametrize(("text", "reason"), [
    ("作者：甲乙 来源：某局 时间：2025-09-02 浏览：88", "item-meta"),
    ("2025年01月14日06:12 | 来源：某新闻网", "item-meta"),
    ("2025-03-02 来源：区教育局", "item-meta"),
    ("分享让更多人看到", "share"),
])
def test_more_chrome_forms(text: str, reason: str) -> None:
    assert chrome_reason(text) == reason


def test_a_sentence_above_a_meta_line_is_not_a_headline() -> None:
    d = doc("事情办完了。\n来源：县融媒体中心 作者：张三", item_meta={1})
    assert np.head_over_item_meta(d, 0) is None


def test_wrapped_headline_is_not_a_kicker() -> None:
    h = np.head_over_dateline(doc("全省重点项目建设推进会召开 副省长出席并\n讲话\n本报讯 4月9日，…。"), 0)
    assert h is not None and (h.kicker, h.title) == (None, "全省重点项目建设推进会召开 副省长出席并讲话")
    h = np.head_over_dateline(doc("推动城乡融合发展的\n新路径新探索\n本报讯 4月9日，…。"), 0)
    assert h is not None and (h.kicker, h.title) == (None, "推动城乡融合发展的新路径新探索")


def test_numbered_subhead_above_a_dated_paragraph_stays_in_the_article() -> None:
    res = parse("# 工作总结\n\n导语写完了。\n\n一、加强组织领导\n\n3月1日，成立工作专班。\n")
    [e] = res.entries
    assert e.text.split("\n") == ["导语写完了。", "一、加强组织领导", "3月1日，成立工作专班。"]


def test_kicker_title_and_subtitle_over_a_reporter_line() -> None:
    text = "上一篇结束了。\n乡村振兴一线见闻\n果园里的新农人\n——某村青年返乡创业记\n本报记者 白露\n春天一到，果园就忙了起来。"
    h = np.head_over_reporter(doc(text), 1)
    assert h is not None and (h.kicker, h.title, h.subtitle, h.end) == (
        "乡村振兴一线见闻", "果园里的新农人", "——某村青年返乡创业记", 4)


def test_web_page_title_under_the_navigation_without_a_date() -> None:
    text = ("某镇政府网\n首页 > 工作动态 > 正文\n某镇开展环境整治\n近日，某镇组织干部群众开展环境卫生整治。\n"
            "共清理垃圾20余吨。\n【打印本页】【关闭窗口】\n版权所有：某镇人民政府\n")
    res = parse(text)
    [e] = res.entries
    assert (e.kind, e.title, e.date, e.line_start, e.line_end) == ("article", "某镇开展环境整治", None, 3, 5)
    assert not res.real_problems


def test_body_paragraphs_never_land_in_the_masthead_or_footer_text() -> None:
    # (the previous reading filed every paragraph of the body under meta["footer_text"] too)
    res = parse("某某资讯\n\n2025年5月4日\n\n中共某区工委\n\n第7期\n\n# 甲\n\n正文一段。\n\n正文二段。\n\n■印数:3000\n")
    meta = res.issue.meta
    assert meta["masthead_text"] == ["中共某区工委"] and "footer_text" not in meta


def test_bold_reporter_line_under_a_heading_is_the_byline() -> None:
    res = parse("## 暑期文化活动精彩纷呈\n\n**本报记者 梁月**\n\n暑假期间，各场馆推出活动300余场。\n")
    [e] = res.entries
    assert (e.title, e.byline, e.text) == ("暑期文化活动精彩纷呈", "梁月", "暑假期间，各场馆推出活动300余场。")


@pytest.mark.parametrize(("text", "reason"), [
    ("某镇召开会议 2025-09-01", "link-list"), ("· 某局开展检查 [08-30]", "link-list"),
    ("全年增长8.5", None), ("会议于2025-09-01召开", None), ("第 3/4 页", None)])
def test_link_list_lines(text: str, reason: str | None) -> None:
    assert chrome_reason(text) == reason


def test_related_news_list_under_the_last_item_is_chrome() -> None:
    text = ("某镇政府网\n首页 > 工作动态\n某镇开展环境整治\n【发布日期：2025-09-02】\n9月1日，某镇开展环境整治。\n"
            "相关新闻：\n· 某镇召开防汛会议 2025-08-30\n· 某镇举办农技培训 2025-08-28\n· 某镇开展植树活动 2025-03-12\n"
            "版权所有：某镇人民政府\n")
    res = parse(text)
    [e] = res.entries
    assert (e.title, e.text, e.line_end) == ("某镇开展环境整治", "9月1日，某镇开展环境整治。", 5)
    assert res.issue.meta["chrome_lines"] == [1, 2, 4, 6, 7, 8, 9, 10]


def test_reporter_line_closing_an_article_is_its_byline() -> None:
    res = parse("# 晒秋\n\n村里开始晒秋了。\n\n■文/图 本报记者 白露\n\n# 另一篇\n\n正文。\n")
    a, _ = res.entries
    assert (a.text, a.byline, a.line_end) == ("村里开始晒秋了。", "白露", 5)
    assert not res.issue.warnings


def test_year_without_a_masthead_date_is_weighed_and_weak_evidence_is_said() -> None:
    weak = parse("# 甲\n\n某区讯 3月2日，2024年全区工作会议召开。\n")
    assert weak.issue.year == 2024 and weak.entries[0].date == "2024-03-02"
    [p] = weak.problems
    assert p.kind == "year-weak" and p.line == 3 and "--year" in p.message
    strong = parse("# 甲\n\n某区讯 2024年3月2日，全区工作会议召开。\n\n# 乙\n\n某区讯 2024年3月3日，又开会。"
                   "2024年一季度目标已定。\n")
    assert strong.issue.year == 2024 and not strong.problems
    assert strong.issue.meta["year_evidence"]["strong"] is True


def test_section_label_over_a_plain_headline_is_not_a_kicker() -> None:
    res = parse("乡镇动态\n某镇举办丰收节\n本报讯 9月23日，某镇举办丰收节。\n\n青禾县全面推行“数字医保”服务\n看病结算少跑腿\n"
                "本报讯 9月23日，数字医保上线。\n")
    assert [(e.section, e.kicker, e.title) for e in res.entries] == [
        ("乡镇动态", None, "某镇举办丰收节"), ("乡镇动态", "青禾县全面推行“数字医保”服务", "看病结算少跑腿")]


def test_section_label_kicker_and_title() -> None:
    h = np.head_over_dateline(doc("要闻\n奋进新征程 建功新时代\n全省重点项目建设推进会召开\n本报讯 4月9日，…。"), 0)
    assert h is not None and (h.section, h.kicker, h.title) == ("要闻", "奋进新征程 建功新时代", "全省重点项目建设推进会召开")
    h = np.head_over_dateline(doc("要闻\n奋进新征程\n全省重点项目建设推进会召开\n——来自一线的报道\n本报讯 4月9日，…。"), 0)
    assert h is not None and (h.section, h.kicker, h.title, h.subtitle) == (
        "要闻", "奋进新征程", "全省重点项目建设推进会召开", "——来自一线的报道")


_MIXED = """# 青禾日报

2024年3月5日 星期二 第2版

## 春耕时节备耕忙 青禾县农机合作社订单增三成

青禾讯 3月4日，记者从县农业农村局获悉，全县农机合作社今年春耕订单同比增加三成。

乡村振兴一线

#### 溪口村的“共享菜园”开园了

3月2日上午，溪口村共享菜园正式开园，首批四十户村民认领了地块。

云岭镇着力优化营商环境

# 云岭镇“一窗通办”让企业少跑腿

云岭讯 3月3日，云岭镇便民服务中心开设“一窗通办”专窗，企业办事平均用时缩短一半。

民生

## 柳湾社区新添养老食堂

柳湾讯 3月1日，柳湾社区养老食堂开张，六十岁以上老人就餐可享优惠。
"""


def test_plain_line_over_a_markdown_heading_is_its_kicker() -> None:
    res = parse(_MIXED)
    got = [(e.kicker, e.section, e.title, e.line_start) for e in res.entries]
    assert got == [(None, None, "春耕时节备耕忙 青禾县农机合作社订单增三成", 5),
                   ("乡村振兴一线", None, "溪口村的“共享菜园”开园了", 9),
                   ("云岭镇着力优化营商环境", None, "云岭镇“一窗通办”让企业少跑腿", 15),
                   (None, "民生", "柳湾社区新添养老食堂", 21)]
    assert all("乡村振兴" not in e.text and "营商环境" not in e.text for e in res.entries)
    assert not res.problems


def test_unfinished_line_over_a_markdown_heading_stays_text() -> None:
    res = parse("## 甲村修通产业路\n\n甲村讯 3月4日，甲村新修的产业路全线贯通，沿线\n\n## 乙镇举办技能培训\n\n"
                "乙镇讯 3月3日，乙镇举办农民技能培训班。\n")
    assert [e.kicker for e in res.entries] == [None, None]


def test_dash_subtitle_and_reporter_under_a_markdown_heading_stay_one_article() -> None:
    res = parse("## 山里的书声\n\n——溪口村夜校侧记\n\n本报记者\u3000梅远\n\n"
                "夜幕降临，溪口村文化礼堂里灯火通明，三十多位村民围坐在一起听课。\n\n"
                "夜校开办一年来，已有两百余人次参加学习。\n\n## 青禾县开展春季植树活动\n\n"
                "青禾讯 3月3日，青禾县组织干部群众开展义务植树活动，共栽种苗木五千余株。\n")
    first = res.entries[0]
    assert len(res.entries) == 2
    assert (first.title, first.byline) == ("山里的书声", "梅远")
    assert first.subtitle == "溪口村夜校侧记" and first.text.startswith("夜幕降临") and "梅远" not in first.text


@pytest.mark.parametrize(("line", "facts"), [
    ("责编：林岚\u3000\u3000版式设计：苏木", {"page_editor": "林岚", "layout_editor": "苏木"}),
    ("责任编辑：林岚\u3000美编：苏木\u3000校对：章禾", {"page_editor": "林岚", "layout_editor": "苏木", "proofreader": "章禾"}),
    ("编辑 林岚 / 审核 苏木", {"duty_editor": "林岚", "reviewer": "苏木"}),
    ("统筹：何川 监制：陆原 制图：叶青 摄影：白露",
     {"coordinator": "何川", "supervisor": "陆原", "graphics_editor": "叶青", "photographer": "白露"}),
    ("初审：甲乙 | 复审：丙丁 | 终审：戊己", {"first_reviewer": "甲乙", "second_reviewer": "丙丁", "final_reviewer": "戊己"}),
    ("摄影 白露", None),  # one pair without a colon: may be a caption's credit
    ("编辑：林岚说，这次活动很成功。", None),
])
def test_credit_lines_with_several_labels(line: str, facts: dict | None) -> None:
    from digest.masthead import credit_facts, line_facts

    assert credit_facts(line) == facts
    if facts:
        assert line_facts(line) == facts


@pytest.mark.parametrize("credit", ["责编：林岚\u3000\u3000版式设计：苏木", "编辑 林岚 / 审核 苏木",
                                    "责任编辑：林岚\u3000美编：苏木\u3000校对：章禾"])
def test_credit_line_closing_a_page_is_furniture_not_text(credit: str) -> None:
    res = parse("2024年3月5日 星期二 第4版\n\n## 青禾县开展春季植树活动\n\n"
                "青禾讯 3月3日，青禾县组织干部群众开展义务植树活动，共栽种苗木五千余株。\n\n"
                f"活动现场，大家分工协作，挥锹铲土。\n\n{credit}\n")
    (e,) = res.entries
    assert e.text.endswith("挥锹铲土。") and not res.problems
    assert res.issue.meta["footer_lines"] == [9]


@pytest.mark.parametrize(("text", "reason"), [
    ("请输入关键字\u3000搜索", "search"), ("站内搜索", "search"), ("搜索", "search"),
    ("无障碍浏览\u3000长者模式\u3000关怀版\u3000English\u3000繁體", "toggles"), ("长者模式", "toggles"),
    ("【相关链接】 县应急管理局 | 县水利局 | 县气象局", "related"), ("相关链接：县农业农村局 | 县水利局", "related"),
    ("今天是2025年9月3日 星期三 天气晴 18-27℃", "today"), ("欢迎访问某县人民政府网站", "welcome"),
])
def test_header_chrome_forms(text: str, reason: str) -> None:
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["搜索引擎优化培训班开班", "关怀版手机走进养老院，老人用得顺手。", "相关链接请见附件。",
                                  "今天是个好日子"])
def test_not_header_chrome(text: str) -> None:
    assert chrome_reason(text) is None


_PAGE = """欢迎访问梅林县人民政府网站
请输入关键字\u3000搜索
无障碍浏览\u3000长者模式\u3000English
网站首页 | 政务公开 | 政务服务 | 互动交流
首页 > 政务动态 > {crumb}
{title}
【发布日期：{date}】【来源：{src}】【字体：大 中 小】
{para}
【相关链接】 县应急管理局 | 县水利局 | 县气象局
分享至：
打印本页 关闭窗口
网站地图 | 联系我们
版权所有：梅林县人民政府 备案号：某ICP备00000000号"""


def test_several_saved_pages_in_one_file_are_one_item_each() -> None:
    text = "\n".join([
        _PAGE.format(crumb="部门动态", title="梅林县召开秋季防汛工作会议", date="2025-09-02", src="县应急管理局",
                     para="9月1日，梅林县召开秋季防汛工作会议，部署近期防汛重点工作。"),
        _PAGE.format(crumb="乡镇动态", title="竹溪镇开展农田水利建设", date="2025-09-01", src="竹溪镇人民政府",
                     para="近日，竹溪镇组织干部群众清理沟渠十余公里。"),
    ]) + "\n"
    res = parse(text)
    assert [(e.title, e.line_start, e.line_end) for e in res.entries] == [
        ("梅林县召开秋季防汛工作会议", 6, 8), ("竹溪镇开展农田水利建设", 19, 21)]
    assert [e.text for e in res.entries] == ["9月1日，梅林县召开秋季防汛工作会议，部署近期防汛重点工作。",
                                            "近日，竹溪镇组织干部群众清理沟渠十余公里。"]
    assert [p.kind for p in res.problems] == ["chrome"]
    assert res.issue.issue_date == "2025-09-02" and res.issue.publication == "梅林县人民政府"
    assert set(res.issue.meta["chrome_lines"]) == set(range(1, 27)) - {6, 8, 19, 21}


def test_byline_names_that_are_also_words_are_persons() -> None:
    from digest.parse import parse_source

    text = ("2024年3月5日 星期二 第2版\n\n## 梅林县新建三座口袋公园\n\n本报记者\u3000陶然\u3000方可\n\n"
            "3月4日，梅林县三座口袋公园建成开放，周边居民有了休闲好去处。\n")
    res = parse_source(Source("t.txt", text, "utf-8", "0" * 64, text.split("\n")))
    (e,) = res.entries
    assert e.byline == "陶然、方可" and e.persons == ["陶然", "方可"]


def test_head_bullet_reads_a_bulleted_item_and_the_section_label_above_it() -> None:
    body = "【领导活动】\n◆市长郑远航调研城市更新工作\n5月14日，市长郑远航到老城区调研城市更新工作。"
    h = np.head_bullet(doc(body), 1)
    assert h is not None and (h.start, h.end, h.title, h.section) == (0, 2, "市长郑远航调研城市更新工作", "领导活动")
    after = np.head_bullet(doc("上一条结束了。\n● 市人社局举办春季招聘会\n5月18日，市人社局举办招聘会。"), 1)
    assert after is not None and after.title == "市人社局举办春季招聘会" and after.section is None


def test_head_bullet_leaves_subheads_captions_and_broken_lines() -> None:
    # a short bulleted line over an undated paragraph is a subhead
    assert np.head_bullet(doc("上一段结束了。\n◆强化组织保障\n市里成立了工作专班，每月调度一次。"), 1) is None
    # but a short one over a dated paragraph is an item
    assert np.head_bullet(doc("上一段结束了。\n◆春耕开局良好\n3月12日，全县春耕开局良好，进度快于去年。"), 1) is not None
    # after a line that breaks off, over a line that is not a paragraph, a caption
    assert np.head_bullet(doc("县里的项目正在\n◆市人社局举办春季招聘会\n5月18日，市人社局举办招聘会。"), 1) is None
    assert np.head_bullet(doc("结束了。\n◆市人社局举办春季招聘会\n◆市财政局下达衔接资金"), 1) is None
    assert np.head_bullet(doc("结束了。\n▲图为招聘会现场。\n5月18日，市人社局举办招聘会。"), 1) is None


@pytest.mark.parametrize(("line", "name"), [
    ("【领导活动】", "领导活动"), ("◆◆◆ 时 政 ◆◆◆", "时政"), ("一、部门动态", "部门动态"), ("（二）县区信息", "县区信息"),
    ("一、全省秋粮收获进度过半了", None), ("市长郑远航调研", None), ("【编者按】今年以来，…", None),
    ("■工作动态", "工作动态"), ("◆ 县区传真", "县区传真"), ("■林川", None), ("■记者 甲 乙", None),
    ("◆市人社局举办春季招聘会", None),
])
def test_section_label(line: str, name: str | None) -> None:
    assert np._section_label(line) == name


BULLET_BRIEFS = """2024年10月12日
要闻简报
◆为做好秋冬季森林防火工作，10月8日，青禾县召开森林防火工作部署会。副县长柯望川出席。
◆ 10月9日，青禾县召开安全生产专题会议。副县长严雪峰出席并讲话，各乡镇分管负责人参加。
10月11日，东岭乡组织开展农产品质量安全抽检，共抽检蔬菜样品二十批次。
◆在重阳节来临之际，县老干部局走访慰问离退休老干部，送去节日祝福。"""


def test_a_column_of_bulleted_one_paragraph_briefs_gives_one_brief_each() -> None:
    r = parse(BULLET_BRIEFS)
    assert [e.title for e in r.entries] == [  # a brief prints no title: its first sentence is it
        "为做好秋冬季森林防火工作，10月8日，青禾县召开森林防火工作部署会", "10月9日，青禾县召开安全生产专题会议",
        "10月11日，东岭乡组织开展农产品质量安全抽检，共抽检蔬菜样品二十批次",
        "在重阳节来临之际，县老干部局走访慰问离退休老干部，送去节日祝福"]
    assert [e.date[5:] if e.date else None for e in r.entries] == ["10-08", "10-09", "10-11", None]
    assert {e.section for e in r.entries} == {"要闻简报"}
    assert r.entries[1].text == "10月9日，青禾县召开安全生产专题会议。副县长严雪峰出席并讲话，各乡镇分管负责人参加。"
    assert [e.line_start for e in r.entries] == [2, 4, 5, 6]


def test_bulleted_paragraphs_inside_an_article_stay_its_text() -> None:
    text = ("青禾县部署秋冬季重点工作\n本报讯 10月8日，青禾县召开会议部署秋冬季重点工作。\n一、压实责任\n"
            "◆各乡镇要把森林防火责任落实到山头地块，确保不发生火情。\n◆各部门要加强值班值守，及时报送信息。")
    r = parse(text)
    assert [e.title for e in r.entries] == ["青禾县部署秋冬季重点工作"]


ATTENDED = """青禾县举行春季植树活动
本报青禾3月12日电 (记者甘小棠)青禾县春季植树活动今天举行,干部群众种下树苗三万株。
县林业局局长罗福海说,今年将新增造林一万亩。
南坪镇新建文化广场投入使用
柯望川严雪峰出席
本报青禾3月12日电 (记者方可)南坪镇文化广场今天投入使用,广场占地二十亩。
镇长宋明远说,广场将常年开放。"""


def test_a_subtitle_of_who_attended_keeps_its_headline() -> None:
    r = parse(ATTENDED)
    assert [(e.title, e.byline) for e in r.entries] == [("青禾县举行春季植树活动", "甘小棠"),
                                                        ("南坪镇新建文化广场投入使用", "方可")]
    assert r.entries[1].subtitle == "柯望川严雪峰出席" and r.entries[1].text.startswith("本报青禾")
    assert not [w for w in r.issue.warnings if "dateline inside" in w]
    # a line ending so after a paragraph, with no dateline below it, is no headline
    plain = ATTENDED.replace("南坪镇新建文化广场投入使用\n柯望川严雪峰出席\n本报青禾3月12日电 (记者方可)", "县领导柯望川出席\n")
    assert [e.title for e in parse(plain).entries] == ["青禾县举行春季植树活动"]


@pytest.mark.parametrize(("credit", "byline"), [
    ("本报记者甘小棠", "甘小棠"), ("本报见习记者甘小棠", "甘小棠"), ("特约记者 甘小棠", "甘小棠"),
    ("本报通讯员 甘小棠 方可", "甘小棠、方可"), ("实习生 甘小棠", "甘小棠"), ("本报实习记者甘小棠", "甘小棠"),
    ("本报记者 柯望川 见习记者 甘小棠", "柯望川、甘小棠"), ("记者 柯望川 实习生 甘小棠", "柯望川、甘小棠"),
])
def test_a_reporter_line_of_any_credit_label_is_the_byline(credit: str, byline: str) -> None:
    r = parse(f"手记 南坪村三百天的变化\n\n{credit}\n\n南坪村对于我意义不同，这个新村是一个新的开始。\n\n"
              "去年五月，我第一次到南坪村采访。")
    assert [(e.title, e.byline) for e in r.entries] == [("手记 南坪村三百天的变化", byline)]
    assert not r.entries[0].text.startswith(credit[:2])


def test_head_brief_under_a_numbered_section_label() -> None:
    body = "一、领导活动\n【市长郑远航调研城市更新工作】6月14日，市长郑远航到老城区调研城市更新工作。"
    h = np.head_brief(doc(body), 1)
    assert h is not None and (h.title, h.section, h.start) == ("市长郑远航调研城市更新工作", "领导活动", 0)
    # under a headline, a bracketed lead is an editor's note, not a brief
    assert np.head_brief(doc("我市召开城市更新工作推进会\n【编者按】今年以来，我市持续推进城市更新工作。"), 1) is None


# --- datelines that run straight into their text, and dates in Chinese numerals ------------------------

def _two_articles(dateline: str, masthead: str = "青禾日报 2024年3月15日 第2版") -> str:
    """A page of two articles; the second's text opens with `dateline`."""
    return (f"{masthead}\n\n第2版()\n专栏:\n\n青禾县召开春耕动员会\n"
            "本报讯 3月4日，青禾县召开春耕生产动员会，部署全年粮食生产任务。县长柯望川出席并讲话。\n"
            "会议要求各乡镇抓好种子化肥供应。\n\n\n第2版()\n专栏:\n\n东岭乡修通全乡最后一段未硬化村道\n村民出行不再难\n"
            f"{dateline}东岭乡最后一段未硬化的村道日前完工，全乡通村公路全部硬化。\n"
            "乡党委书记严雪峰说，下一步将抓好道路养护。\n")


@pytest.mark.parametrize(("line", "date"), [
    ("【合州讯】", None),              # a bracketed dateline run straight into its text
    ("【本报讯】", None),
    ("【本报讯】 ", None),
    ("本报讯", None),                  # the paper's own dateline needs no space either
    ("【新华社14日讯】", "2024-03-14"),  # the day inside a 讯 dateline, not in the publication's name
    ("【新华社十四日讯】", "2024-03-14"),
    ("【新华社合州四日电】", "2024-03-04"),  # a day in Chinese numerals inside a 电 dateline
    ("本报合州四日电 ", "2024-03-04"),
    ("【新华社重庆十四日电】", "2024-03-14"),
    ("新华社合州三月四日电 ", "2024-03-04"),
    ("【新华社合州廿四日电】", "2024-02-24"),  # a day after the paper's own: the month before
])
def test_a_dateline_run_into_its_text_starts_an_article(line: str, date: str | None) -> None:
    res = parse(_two_articles(line))
    assert [e.title for e in res.entries] == ["青禾县召开春耕动员会", "村民出行不再难"]
    assert [e.date for e in res.entries] == ["2024-03-04", date]
    assert not res.real_problems


@pytest.mark.parametrize(("text", "pub", "when"), [
    ("【合州讯】东岭乡", "合州", None),
    ("【新华社十四日讯】任何", "新华社", "十四日"),
    ("【新华社合州讯】东岭", "新华社", None),  # filed by the agency: not the paper's name
    ("新华社北京三月四日电 某", "新华社", "三月四日"),
    ("本报北京十一日电 某", "本报", "十一日"),
])
def test_more_dateline_forms(text: str, pub: str, when: str | None) -> None:
    d = np.dateline(text)
    assert d is not None and (d.pub, d.when) == (pub, when)


@pytest.mark.parametrize("text", ["【快讯】青禾县", "喜讯传来", "合州讯息平台上线", "【简讯】", "青禾县通讯站建成"])
def test_words_in_xun_are_no_datelines(text: str) -> None:
    assert np.dateline(text) is None


# --- dates the page cannot tell ---------------------------------------------------------------------------

def test_a_date_without_a_year_on_a_page_without_one_is_a_doubt() -> None:
    res = parse("柯望川调研秋粮收购工作\n\n10月20日上午，青禾县委书记柯望川到东岭乡调研秋粮收购工作。\n\n"
                "柯望川强调，要确保颗粒归仓。\n")
    [e] = res.entries
    assert e.date is None
    assert any(w.startswith("line 3: the date 10月20日 gives no year") for w in e.warnings)
    assert [p.kind for p in res.real_problems] == ["no-year"]
    assert any("gives no year" in w for w in res.issue.warnings)


def test_a_dateline_date_without_a_year_is_a_doubt() -> None:
    res = parse("青禾县召开春耕动员会\n本报讯 3月4日，青禾县召开春耕生产动员会。\n")
    [e] = res.entries
    assert e.date is None and [p.kind for p in res.real_problems] == ["no-year"]
    # a vague date, or none, needs no year
    assert not parse("青禾县召开春耕动员会\n本报讯 日前，青禾县召开春耕生产动员会。\n").real_problems


def test_a_day_after_the_page_date_is_of_the_month_before() -> None:
    res = parse("柯望川调研秋粮收购工作\n发布日期：2022-10-05　来源：青禾县政府办\n"
                "28日，青禾县委书记柯望川到东岭乡调研秋粮收购工作。\n柯望川强调，要确保颗粒归仓。\n")
    [e] = res.entries
    assert (e.date, e.warnings) == ("2022-09-28", [])


def test_a_full_date_after_the_page_date_is_kept_with_a_doubt() -> None:
    res = parse(_two_articles("本报讯 3月20日，", masthead="青禾日报 2024年3月15日 第2版"))
    assert [e.date for e in res.entries] == ["2024-03-04", "2024-03-20"]
    assert any("the date 2024-03-20 is after the issue date 2024-03-15" in w for w in res.entries[1].warnings)
    assert [p.kind for p in res.real_problems] == ["date-after-issue"]
    # what the page announces is no doubt: a start, a deadline, a plan
    for ahead in ("本报讯 3月20日起，", "本报讯 3月20日前，", "本报讯 3月20日将"):
        assert not parse(_two_articles(ahead)).real_problems, ahead


# --- a list of items printed as a date stamp over labelled fields, with no titles --------------------

STAMPED_MEETINGS = """县政府常务会议制度：县政府常务会议由县长、副县长组成，由县长召集和主持。
① 研究贯彻上级机关的重要决定；
② 讨论决定县政府工作中的重要事项。
县政府常务会议一般每月召开两次。
2024/03/05
会议地点：青禾县人民政府
会议摘要：3月4日下午，县长柯望川主持召开县政府常务会议，研究春耕备耕、城乡供水等工作。会议强调，要抓紧抓实春耕生产。
2024/02/20
会议地点：青禾县人民政府
会议摘要：2月19日，县长柯望川主持召开县政府常务会议，研究重点项目建设等工作。
2024/01/03
会议地点：青禾县人民政府
会议摘要：12月29日上午，县长柯望川主持召开县政府常务会议，听取年度工作总结。"""


def test_head_stamped_fields_alone() -> None:
    d = doc("上一项结束了。\n2024/03/05\n会议地点：青禾县人民政府\n会议摘要：3月4日下午，县长柯望川主持召开"
            "县政府常务会议，传达学习上级会议精神，研究春耕备耕、城乡供水、重点项目建设等工作。")
    h = np.head_stamped_fields(d, 2)  # read at the first field, right under the stamp
    assert h is not None and (h.start, h.end, h.printed) == (1, 2, "2024-03-05")
    assert h.title == "3月4日下午，县长柯望川主持召开县政府常务会议"  # a long first sentence's first clauses
    assert np.head_stamped_fields(d, 3) is None  # a field under a field: no new item
    # no stamp above, or no field long enough to be a summary: no item
    assert np.head_stamped_fields(doc("上一项结束了。\n会议地点：青禾县人民政府\n会议摘要：3月4日，县长柯望川主持召开会议。"), 1) is None
    assert np.head_stamped_fields(doc("2024/03/05\n会议地点：青禾县人民政府\n主持人：柯望川"), 1) is None


def test_a_list_of_stamped_meeting_summaries_gives_one_record_each() -> None:
    r = parse(STAMPED_MEETINGS)
    kinds = [(e.kind, e.line_start, e.line_end) for e in r.entries]
    assert kinds == [("block", 1, 4), ("article", 5, 7), ("article", 8, 10), ("article", 11, 13)]
    meetings = r.entries[1:]
    assert [e.title for e in meetings] == [  # a summary's first sentence, as a title-less brief's
        "3月4日下午，县长柯望川主持召开县政府常务会议，研究春耕备耕、城乡供水等工作",
        "2月19日，县长柯望川主持召开县政府常务会议，研究重点项目建设等工作",
        "12月29日上午，县长柯望川主持召开县政府常务会议，听取年度工作总结"]
    # the summary's own date is the meeting's (the stamp is the day it was posted; a December
    # meeting posted in January is of the year before)
    assert [e.date for e in meetings] == ["2024-03-04", "2024-02-19", "2023-12-29"]
    assert meetings[0].text.startswith("会议地点：青禾县人民政府\n会议摘要：3月4日下午")  # the place kept
    assert not any(e.warnings for e in meetings)
    assert not [w for w in r.issue.warnings if "no recognizable headlines" in w]


def test_a_stamped_summary_without_a_date_takes_the_stamp_and_says_so() -> None:
    text = ("2024/03/05\n会议地点：青禾县人民政府\n"
            "会议摘要：县长柯望川主持召开县政府常务会议，研究春耕备耕、城乡供水、重点项目建设等工作。")
    [e] = parse(text).entries
    assert e.date == "2024-03-05"
    assert e.warnings and "stamp" in e.warnings[0] and "line 1" in e.warnings[0]


def test_a_field_line_is_no_fragment_of_a_summary_that_breaks_off() -> None:
    # the last summary breaks off (`…主持召开`); the place fields of the others open with their label:
    # no sign of a column scramble (`召开` + `会议` would read as one word across the seam)
    text = STAMPED_MEETINGS + "\n2023/12/20\n会议地点：青禾县人民政府\n会议摘要：12月19日，县长柯望川主持召开"
    r = parse(text)
    assert len(r.entries) == 5
    assert not [w for w in r.issue.warnings if "may belong to another article" in w]
    assert [w for w in r.entries[-1].warnings if "breaks off mid-sentence" in w]


# --- a newspaper archive's page exported one article a line (`第N版(栏目)专栏: 标题 … 电头 正文…`) -------

ONE_LINE_PAGE = """2024-05-18
第 2 版
1. 青禾县召开春耕生产调度会 部署抢种抢收 确保颗粒归仓
2. 南坪镇文化广场投入使用
第2版(要闻)专栏: 青禾县召开春耕生产调度会 部署抢种抢收 确保颗粒归仓 新华社青禾5月17日电 青禾县今天召开春耕生产调度会，县长柯望川出席。 据了解，今年全县春播面积稳中有增。
第2版(要闻)专栏: 南坪镇文化广场投入使用 居民有了休闲好去处 本报讯 5月16日，南坪镇文化广场投入使用，广场占地二十亩。"""


def test_head_page_column_line_alone() -> None:
    line = "第2版(要闻)专栏: 南坪镇文化广场投入使用 本报讯 5月16日，南坪镇文化广场投入使用，广场占地二十亩。"
    h = np.head_page_column_line(doc("上一篇结束了。\n" + line), 1)
    assert h is not None and (h.start, h.end, h.section) == (1, 2, "要闻")
    assert (h.title, h.lead) == ("南坪镇文化广场投入使用", "本报讯 5月16日，南坪镇文化广场投入使用，广场占地二十亩。")
    h = np.head_page_column_line(doc("第2版(要闻)专栏:读者来信 老街路灯亮了 本报讯 5月16日，居民来信说，路灯修好了。"), 0)
    assert h is not None and (h.kicker, h.title) == ("读者来信", "老街路灯亮了")  # a column's name: the kicker
    d = doc("1. 老街路灯亮了 居民出行更方便\n第2版(要闻)专栏:老街路灯亮了 居民出行更方便 本报讯 5月16日，路灯修好了。")
    d.contents = {"老街路灯亮了居民出行更方便"}
    h = np.head_page_column_line(d, 1)  # the listed headline right after the colon: no column name
    assert h is not None and (h.kicker, h.title) == (None, "老街路灯亮了 居民出行更方便")
    assert np.head_page_column_line(doc("第2版(要闻)"), 0) is None  # the multi-line export's page line: a fact
    assert np.head_page_column_line(doc("南坪镇文化广场投入使用 本报讯 5月16日，南坪镇文化广场投入使用。"), 0) is None


def test_a_page_of_one_line_articles_gives_one_article_a_line() -> None:
    r = parse(ONE_LINE_PAGE)
    assert r.issue.issue_date == "2024-05-18"  # a bare stamp in the masthead is the page's date
    assert [(e.kind, e.title, e.section, e.date, e.line_start) for e in r.entries] == [
        ("article", "青禾县召开春耕生产调度会 部署抢种抢收 确保颗粒归仓", "要闻", "2024-05-17", 5),
        ("article", "南坪镇文化广场投入使用", "要闻", "2024-05-16", 6)]
    # the list names the second article's headline without its subtitle: the words up to the dateline
    # that the list does not give are the subtitle
    assert r.entries[1].subtitle == "居民有了休闲好去处" and r.entries[1].text.startswith("本报讯 5月16日")
    assert r.entries[0].text.startswith("新华社青禾5月17日电青禾县今天召开")
    assert r.entries[0].text.endswith("县长柯望川出席。\n据了解，今年全县春播面积稳中有增。")  # paragraphs apart again
    # the numbered headline list is the page's contents, no record
    assert [c["line"] for c in r.issue.meta["page_contents"]] == [3, 4]
    assert not r.issue.warnings


def test_one_line_articles_without_the_list_split_at_the_dateline() -> None:
    r = parse("\n".join(ONE_LINE_PAGE.split("\n")[:2] + ONE_LINE_PAGE.split("\n")[4:]))
    assert [e.title for e in r.entries] == ["青禾县召开春耕生产调度会 部署抢种抢收 确保颗粒归仓",
                                            "南坪镇文化广场投入使用 居民有了休闲好去处"]
    assert not r.issue.warnings


def test_a_one_line_article_with_no_dateline_and_no_list_is_doubted() -> None:
    r = parse("2024-05-18\n第 2 版\n第2版(要闻)专栏: 青禾县春耕忙 田间地头处处是农民忙碌的身影，播种机来回穿梭。")
    [e] = r.entries
    assert e.text.endswith("播种机来回穿梭。") and e.section == "要闻"
    assert e.warnings and "headline and text cannot be told apart" in e.warnings[0]
    # a list line that opens no article of the page is named
    r = parse(ONE_LINE_PAGE.replace("2. 南坪镇", "2. 东岭乡春茶开采\n3. 南坪镇"))
    assert [w for w in r.issue.warnings if "东岭乡春茶开采" in w]


def test_a_masthead_date_with_its_weekday_in_brackets_or_a_lunar_date() -> None:
    assert np.line_facts("2016年1月15日(星期五)") == {"date": "2016-01-15", "weekday": "星期五"}
    assert np.line_facts("2016年1月15日（周五） 农历腊月初六") == {
        "date": "2016-01-15", "weekday": "周五", "lunar_date": "农历腊月初六"}
    assert np.line_facts("2016年1月15日 农历腊月初六 星期五")["weekday"] == "星期五"
    # (session 45: a weekday alone on its line is one, a masthead printing it under the day: `2023年6月15日` / `星期四`;
    # sessions before read it so only beside a date)
    assert np.line_facts("星期五") == {"weekday": "星期五"}
    assert np.line_facts("下周星期五") is None
    assert np.line_facts("第2期(总第96期) 县委宣传部主管 县委报道组主办") == {
        "issue_no": 2, "total_no": 96, "governing_body": "县委宣传部", "publisher": "县委报道组"}
    # the masthead is no article's kicker, and its date gives the year (not the text's 2015年)
    res = parse("青禾报\n2016年1月15日(星期五)\n第2期(总第96期) 县委宣传部主管 县委报道组主办\n\n"
                "青禾县去年完成交通投资\n\n本报讯 2015年,我县交通建设完成投资5.2亿元,新建农村公路120公里。\n\n"
                "县人大会议开幕\n\n本报讯 1月13日,县人民代表大会会议开幕。柯望川作报告。\n")
    arts = [e for e in res.entries if e.kind == "article"]
    assert [(e.kicker, e.title) for e in arts] == [(None, "青禾县去年完成交通投资"), (None, "县人大会议开幕")]
    assert res.issue.issue_date == "2016-01-15"
    assert arts[1].date == "2016-01-13"


def test_traditional_datelines_in_a_short_text_and_among_simplified_ones() -> None:
    from digest.text import dateline
    from tests.conftest import parse_text

    d = dateline("本報訊(記者 柯望川)9月23日,青禾鎮舉辦豐收節。")
    assert d is not None and (d.pub, d.paren) == ("本报", "記者 柯望川")
    d = dateline("青禾網9月25日訊(記者 夏曉雨)日前,白沙村廣場投用。")
    assert d is not None and (d.pub, d.when, d.paren) == ("青禾網", "9月25日", "記者 夏曉雨")
    # a short text holding none of the commonest traditional characters is read as traditional
    text = ("青禾鎮舉辦農民豐收節\n\n本報訊(記者 柯望川)9月23日,青禾鎮舉辦首屆農民豐收節,副鎮長孔德生出席。\n\n"
            "白沙村新建文化廣場投用\n\n青禾網9月25日訊(記者 夏曉雨)日前,白沙村新建文化廣場正式投入使用。\n")
    res = parse_text(text, year=2023)
    assert [(e.title, e.date, e.byline) for e in res.entries] == [
        ("青禾鎮舉辦農民豐收節", "2023-09-23", "柯望川"), ("白沙村新建文化廣場投用", "2023-09-25", "夏曉雨")]
    assert res.real_problems == []


def test_a_letter_spaced_dateline_from_a_pdf() -> None:
    from digest.text import dateline

    t = "本 报 讯  (柯望川)9月14日,青石镇饮水工程完工。"
    d = dateline(t)
    assert d is not None and (d.pub, d.paren) == ("本报", "柯望川") and t[d.end:].startswith("9月14日")
    # an unspaced credit keeps its names apart (the gaps are closed only when nothing else matched)
    d = dateline("本报讯 记者 柯望川 夏晓雨 11月7日，会议召开。")
    assert d is not None and d.credit == "记者 柯望川 夏晓雨 "
    res = parse("青禾日报·综合新闻\n青石镇饮水工程\n全面完工\n\n本 报 讯  (柯望川)9月14日,青石镇农村饮水\n"
                "安全工程全面完工,全镇群众喝\n上了放心水。\n\n— 2 —\n\n白沙村举办丰收节\n\n"
                "本报讯 (夏晓雨)9月23日,白沙村举办首届农民\n丰收节,村民们庆祝丰收。\n")
    assert [e.kind for e in res.entries] == ["article", "article"]
    assert "".join(res.entries[0].title.split()) == "青石镇饮水工程全面完工"


def test_head_notice() -> None:
    text = "中共青禾镇委员会\n青禾镇人民政府\n关于召开护林防火会议的通知\n各村党总支、村委会：\n镇党委定于5月2日召开会议。"
    h = np.head_notice(doc(text), 2)
    assert h is not None and (h.start, h.kicker, h.title) == (0, "中共青禾镇委员会 青禾镇人民政府", "关于召开护林防火会议的通知")
    # without the addressees under it, a title ending in 通知 is left to the other rules
    assert np.head_notice(doc("关于召开护林防火会议的通知\n镇党委定于5月2日召开会议。"), 0) is None


DEPARTMENT_ISSUE = """青禾县林业信息
第6期
青禾县林业局办公室　　　　2024年5月30日

■林长制工作

全县召开林长制工作推进会
　　5月6日，全县林长制工作推进会召开，副县长柯望川出席并讲话。

各乡镇完成春季林长巡林
　　据统计，全县各级林长今年以来累计巡林三千二百余次，发现并解决问题四十多个。

■基层动态

东岭乡：护林员队伍有了“新装备”
　　东岭乡为全乡五十六名护林员配发了巡护终端，巡山轨迹实时上传。

石桥镇探索“林下经济”增收路子
　　石桥镇依托两万亩林地发展林下种植，带动农户三百余户。
"""


def test_a_department_issue_with_square_column_heads_and_indented_items() -> None:
    """■ column heads over plain titles at the margin, each over an indented paragraph that need not open
    with a date (`据统计，…`, `东岭乡为…`): one article a title, under its column (`head_over_indented`)."""
    r = parse(DEPARTMENT_ISSUE)
    assert [(e.section, e.title) for e in r.entries] == [
        ("林长制工作", "全县召开林长制工作推进会"), ("林长制工作", "各乡镇完成春季林长巡林"),
        ("基层动态", "东岭乡：护林员队伍有了“新装备”"), ("基层动态", "石桥镇探索“林下经济”增收路子")]


def test_a_title_at_the_margin_needs_a_page_of_indented_paragraphs() -> None:
    """On a page whose paragraphs are not indented, a plain line over an undated paragraph stays text."""
    text = "县里召开会议。\n全县春季造林工作有序推进\n据统计，全县已完成造林一万亩，占年度任务的八成。\n"
    assert np.head_over_indented(doc(text), 1) is None


# a 信息 copied from a PDF: hard-wrapped at 24 characters, a running head and a footer at the page break,
# paragraphs carried over the break or split where a wrap fell at a sentence's end opening at the margin,
# and one title wrapped onto a second line (invented text)
WRAPPED_ISSUE = """\
　　　　　　农业工作信息
　　　　　　2025年第2期

全县春耕备耕工作会议召开
　　2月10日，全县春耕备耕工作会议召开。
副县长钮正阳出席会议并讲话，要求各乡镇抓
紧做好农资储备和技术培训。

县农技站开展送技下乡活动
　　2月14日，县农技站组织技术人员深入田间
地头，为种植户讲解小麦返青期管理要点，发
放技术资料三百余份，现场解答问题四十多个，

- 1 -

农业工作信息　　　　　　　　2025年第2期

受到群众欢迎。

北川乡温家庄村、南湾乡柳树村入选全省第
一批数字乡村试点村
　　2月20日，省农业农村厅公布第一批数字乡
村试点村名单，我县两村榜上有名。

县农机中心完成春季农机年检
　　2月，县农机中心对全县拖拉机和联合收割
机进行年度检验，共检验农机二百一十台。
"""


def test_a_hard_wrapped_issue_reads_each_title_over_its_indented_paragraph() -> None:
    """The page counts as one of indented paragraphs by the paragraphs right under its titles, though a
    paragraph carried over a page break or split at a wrap opens at the margin (`_indented`); a title
    wrapped onto a second line at the margin is read whole, its list's 、 allowed (`head_over_indented`)."""
    r = parse(WRAPPED_ISSUE)
    assert [e.title for e in r.entries] == [
        "全县春耕备耕工作会议召开", "县农技站开展送技下乡活动", "北川乡温家庄村、南湾乡柳树村入选全省第一批数字乡村试点村",
        "县农机中心完成春季农机年检"]


# a 党建工作简报: numbered items under 一、 二、 sections, then a last section of ◆ items; closing credits
# naming a unit that ends in 党支部 or 镇 and a writer (invented text)
NUMBERED_THEN_BULLETS = """\
党建工作简报
2023年第2期

一、工作动态

1.局党组召开理论学习中心组学习会

3月2日，局党组召开理论学习中心组学习会，集中学习上级关于安全生产的部署要求，党组书记、局长卢正平主持并领学。

2.局机关开展志愿服务活动

3月5日，局机关三十余名党员到滨江社区开展志愿服务，为老年居民讲解出行安全常识，帮助清理楼道杂物。（机关第一党支部　房晓梅）

二、基层风采

1.养护中心党支部开展技能比武

3月9日，养护中心党支部举办养护技能比武，设置路面修补、标志维护、桥涵清淤等四个比赛项目，来自六个养护站的二十名党员参加。（南溪县石门镇　蓝海川）

三、先锋榜

◆ 路政员骆小川：守护公路十二年

骆小川坚守路政岗位十二年，处置路损案件三百余起。
"""


def test_numbered_items_before_a_section_of_bullets_are_articles_and_credits_leave_the_text() -> None:
    """Numbered items before the first headline the rules read (a ◆ item) are read as articles under their
    sections (`_numbered_heads`); a closing credit whose unit ends in 党支部 or 镇 leaves the text."""
    r = parse(NUMBERED_THEN_BULLETS)
    assert [(e.section, e.title) for e in r.entries] == [
        ("工作动态", "局党组召开理论学习中心组学习会"), ("工作动态", "局机关开展志愿服务活动"),
        ("基层风采", "养护中心党支部开展技能比武"), ("先锋榜", "路政员骆小川：守护公路十二年")]
    assert [e.text[-6:] for e in r.entries[1:3]] == ["理楼道杂物。", "名党员参加。"]


# a county paper's page hard-wrapped at 21 characters (invented text): a kicker ending in a verb of speech
# and a colon wrapped into one line with its title, a dateline whose date breaks over the wrap, and a
# brief's title of seven characters over an indented paragraph
WRAPPED_PAGE = """\
青川报
2024年5月16日  星期四
第2版  要闻

县委书记宗明远在调研春耕生产时强调：
抓早抓实春耕备耕 夯实全年粮食基础
  本报讯（记者 蓝晓雯 实习生 田雨）5
月14日，县委书记宗明远先后来到石门镇、
柳河乡，实地调研春耕备耕工作。他强调，要
压实责任，确保春播面积稳中有增。
  县领导柯卫东参加调研。

县政府召开第十二次常务会议
  本报讯 记者邝红梅报道 5月13日下午，
县长宁远山主持召开县政府第十二次常务会
议，研究部署近期重点工作。会议还研究了其
他事项。

樱桃采摘正当时
  5月12日，石门镇桃源村200余亩樱桃进入
采摘期，不少市民趁着周末前来体验采摘乐趣。
村党支部书记巩秀英介绍，今年樱桃亩产可达
800公斤。
"""


def test_a_wrapped_page_splits_a_glued_kicker_joins_a_broken_date_and_reads_a_short_brief_title() -> None:
    r = parse(WRAPPED_PAGE)
    assert [(e.kicker, e.title) for e in r.entries] == [
        ("县委书记宗明远在调研春耕生产时强调", "抓早抓实春耕备耕 夯实全年粮食基础"),
        (None, "县政府召开第十二次常务会议"), (None, "樱桃采摘正当时")]
    assert [e.date for e in r.entries] == ["2024-05-14", "2024-05-13", "2024-05-12"]


# an industry paper's page (invented text): a commentary whose author stands under its title after a
# square, and a footer of the paper's facts (its phone with the area code in brackets, its advertising
# licence, its price)
COMMENTARY_PAGE = """\
江汉水利报
2006年3月9日  星期四
第3版  综合

春灌要算好“水账”
□ 钟离远
　　春灌时节，各灌区用水需求集中，既要保证农时，又要防止大水漫灌。算好“水账”，才能把有限的水用在刀刃上。
　　各灌区要提前摸清塘堰蓄水和渠系状况，按片区排出轮灌次序，让上下游都能按时用上水。

江汉水利报社出版  社址：江汉市沿江路18号  邮编：431000
总编室电话：(0728)6231456  广告许可证：江工商广字第016号  每份定价：0.50元
"""


def test_a_commentary_author_after_a_square_is_its_byline_and_the_footer_facts_leave_the_text() -> None:
    r = parse(COMMENTARY_PAGE)
    assert [(e.title, e.byline) for e in r.entries] == [("春灌要算好“水账”", "钟离远")]
    assert r.entries[0].text.endswith("都能按时用上水。")
    meta = r.issue.meta
    assert (meta["phone"], meta["price"], meta["ad_license"]) == ("(0728)6231456", "0.50元", "江工商广字第016号")


# a readers' letter over the next article (invented text): the letter's last paragraph ends in an
# exclamation mark and its signature stands right-aligned under it, then the next headline and its dateline
LETTER_PAGE = """\
江汉水利报
2006年3月9日  星期四
第3版  综合

灌区职工为民办实事
　　本报讯（记者 蒲晓东）3月6日，红旗灌区组织职工为沿线村庄疏通渠道十二公里。

读者来信
渠道通了 心里亮了
　　编辑同志：
　　我是红旗灌区下游的一名村民。去年冬天，我们村的斗渠淤得厉害，眼看春灌就要误了。
　　我想通过贵报，向灌区的职工们道一声感谢！
　　　　　　　　　　　　石桥村 读者 骆大有

局机关开展义务植树活动
　　本报讯（记者 蒲晓东）3月8日，局机关六十余名干部职工到长江大堤开展义务植树活动。
"""


def test_a_letters_last_paragraph_and_its_signature_head_no_article() -> None:
    """On a page of indented paragraphs a line opening with a paragraph's indent is no headline line, nor
    is a letter's signature (`某村 读者 某某`): the next headline over its dateline is read alone, and the
    signature gives the letter its byline."""
    r = parse(LETTER_PAGE)
    assert [e.title for e in r.entries] == ["灌区职工为民办实事", "渠道通了 心里亮了", "局机关开展义务植树活动"]
    assert r.entries[1].text.endswith("道一声感谢！")
    assert [(e.kicker, e.byline) for e in r.entries[1:]] == [(None, "骆大有"), (None, "蒲晓东")]  # the writer signs the letter


@pytest.mark.parametrize(("line", "name"), [("石桥村 读者 骆大有", "骆大有"), ("读者 王小明", "王小明"),
                                            ("读者来信", None), ("致全市读者朋友", None)])
def test_a_letters_signature_and_a_column_that_is_none(line: str, name: str | None) -> None:
    m = np._LETTER_SIGNATURE.search(line)
    assert (m.group("n") if m else None) == name


# review cases (invented text): a column's short label after a square is no author; numbered parts of a
# text before the first headline stay its text; a letter's signature at the margin over the next title on
# an indented page joins no title
COLUMN_AFTER_ARTICLE = """\
青禾日报
2024年6月12日 第2版 综合

让群众少跑腿要落到实处
本报记者 王小明
　　近日，某县推行“一窗通办”，群众办事少跑了不少路，这一做法值得推广。
　　便民服务不能停留在口号上，要落到实处。

■时评
夏粮收购要算好民生账
　　6月10日，夏粮收购全面展开。各地要抓早抓实，确保颗粒归仓。
"""


def test_a_columns_label_after_a_square_is_no_byline() -> None:
    r = parse(COLUMN_AFTER_ARTICLE)
    assert r.entries[0].byline == "王小明"
    assert all(e.byline != "时评" for e in r.entries)


NUMBERED_PARTS = """\
青禾日报
2024年6月12日 第1版 要闻

为做好今年夏粮收购工作，现就有关事项通知如下。
一、加强组织领导
各乡镇要成立工作专班，明确责任分工，确保收购工作有序推进。
二、强化服务保障
各收购网点要延长服务时间，方便群众售粮，做到应收尽收。

南河乡召开防汛工作部署会
本报讯（记者 方明远）6月9日，南河乡召开防汛工作部署会，安排部署今年防汛工作。
"""


def test_numbered_parts_after_a_paragraph_are_no_articles() -> None:
    titles = [e.title for e in parse(NUMBERED_PARTS).entries if e.kind == "article"]
    assert titles == ["南河乡召开防汛工作部署会"]


SIGNED_LETTER = """\
青禾日报
2024年6月12日 第3版 社会

樱桃采摘正当时
　　6月10日，南河乡樱桃园迎来采摘高峰，游客络绎不绝，果农笑逐颜开。
　　果农王小军说，今年樱桃个大味甜，价格也比去年好。

小区路灯修好了
　　编辑同志：
　　我们小区的路灯坏了半个多月，反映后第二天就修好了，特此表示感谢！
青禾小区 读者 周晓兰
县林业局开展护林防火宣传
　　6月8日，县林业局在城关镇开展护林防火宣传活动，发放宣传资料500余份。
　　活动现场还设置了咨询台，解答群众提出的问题二十多个。
"""


def test_a_signature_at_the_margin_joins_no_title_on_an_indented_page() -> None:
    r = parse(SIGNED_LETTER)
    assert [e.title for e in r.entries] == ["樱桃采摘正当时", "小区路灯修好了", "县林业局开展护林防火宣传"]
    assert r.entries[1].byline == "周晓兰"


@pytest.mark.parametrize(("text", "joined"), [("9\n月8日", True), ("0\n24年6月", True), ("3\n日前，", False),
                                              ("12\n月底前", False), ("8\n年初以来", False)])
def test_a_date_broken_over_two_lines_and_a_number_before_another_paragraph(text: str, joined: bool) -> None:
    assert bool(np._BROKEN_DATE.match(text)) is joined


@pytest.mark.parametrize("inner", [
    "“党员就要冲在最前面”",  # a pull quote
    "张桂英（右）在田间查看莲藕长势",  # a photo's caption
    "荷塘村党支部书记张桂英",  # a caption naming its person
    "什么是“四议两公开”工作法",  # a sidebar's question
    "从“要我干”到“我要干”的转变",  # a subhead naming no place or unit
])
def test_a_features_one_inner_line_that_is_no_item_headline(inner: str) -> None:
    item = ("戊乡探索流动党员管理新路子\n\n今年以来，戊乡探索流动党员管理新路子，取得实效。\n\n"
            f"{inner}\n\n乡党委逐一联系外出党员，摸清他们的需求，帮助他们解决实际困难。\n\n")
    res = parse(_BULLETIN.format(item=item))
    assert [e.title for e in res.entries][3:] == ["戊乡探索流动党员管理新路子", "丁街道表彰优秀党员"]


def test_a_section_heading_over_a_headline_takes_no_subtitle() -> None:
    res = parse("## 部门动态\n\n县应急管理局开展防汛演练\n\n本报讯 5月9日，县应急管理局开展防汛演练。\n")
    assert "县应急管理局开展防汛演练" in [e.title for e in res.entries]


def test_head_after_blank_reads_a_headline_after_a_blank_line_only_on_a_page_that_parts_articles_so() -> None:
    page = ("甲文章的标题\n本报讯（记者 某某）3月1日，某县召开会议，部署春耕工作。\n会议要求各乡镇抓好落实，确保春耕顺利。\n\n"
            "乙栏目\n乙文章，标题有逗号\n春天来了，田野里一片繁忙的景象，农民们忙着翻地播种。\n大家都说，今年一定是个好年景。\n\n"
            "丙文章的标题\n本报讯（记者 某某）3月2日，某县开展植树活动，栽下树苗一千株。\n")
    d = doc(page)
    d.blank_parted = np._blank_parted(d)  # (as read_body sets it)
    assert d.blank_parted
    k = next(i for i, b in enumerate(d.body) if b.text == "乙栏目")
    h = np.head_after_blank(d, k)
    assert h is not None and (h.kicker, h.title) == ("乙栏目", "乙文章，标题有逗号")
    d2 = doc(page.replace("\n\n", "\n"))  # no blank line between articles: no such page
    d2.blank_parted = np._blank_parted(d2)
    assert not d2.blank_parted and np.head_after_blank(d2, k) is None
