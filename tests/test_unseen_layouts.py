"""Layouts met first in the sixteenth and seventeenth blind sets (tests/fixtures/annotated*/README.md),
each in a small hand-made input of its own words: 目录 items numbered in 【】, a 目录 digest's credit of a
unit and its writer on a line of its own, a column page's rows of a title and its date over a summary,
a post's parts numbered `01`, `02` and its ▲ captions, a column of ■ briefs under `短　讯` and a credit a
hard wrap cut in two."""

from __future__ import annotations

import pytest
from conftest import parse_text

from digest import newspaper as np
from digest.blocks import part_numbers, to_blocks
from digest.chrome import find_chrome
from digest.text import unit_writer

_TOC_ISSUE = """工　作　简　报
2022年第5期
某某街道办公室　　2022年5月20日

目　　录
★工作动态★
【1】街道召开安全生产专题会议……………………1
【2】某某社区开展消防演练……………………………2

★工作动态★
【1】街道召开安全生产专题会议
　　5月6日，街道召开安全生产专题会议，部署汛期安全工作。街道办事处主任柯远山主持会议。
{credit}
【2】某某社区开展消防演练
　　5月9日，某某社区组织居民开展消防演练，教大家使用灭火器。
"""


def test_a_toc_item_numbered_in_brackets_is_titled_without_its_number() -> None:
    res = parse_text(_TOC_ISSUE.format(credit=""))
    assert [e.title for e in res.entries] == ["街道召开安全生产专题会议", "某某社区开展消防演练"]
    assert [e.page for e in res.entries] == [1, 2]


def test_a_writers_credit_on_its_own_line_leaves_the_text_for_the_byline() -> None:
    res = parse_text(_TOC_ISSUE.format(credit="（街道党政办　宓小燕）"))
    first = res.entries[0]
    assert first.text.endswith("主持会议。") and first.byline == "宓小燕"
    assert {"kind": "contributor", "label": "供稿", "value": "街道党政办"}.items() <= next(
        c for c in res.issue.meta["entry_credits"] if c["title"] == first.title).items()


def test_a_writers_credit_closing_the_last_paragraph_leaves_the_text_for_the_byline() -> None:
    # (since session 33, as nine annotators of digests read it; it stayed in the text before, as four do)
    res = parse_text(_TOC_ISSUE.format(credit="").replace("主持会议。", "主持会议。（街道党政办　宓小燕）"))
    assert res.entries[0].text.endswith("主持会议。") and res.entries[0].byline == "宓小燕"


def test_unit_writer_reads_a_unit_and_a_name_only() -> None:
    assert unit_writer("（某乡 蓝小云）") == ("某乡", ["蓝小云"])
    assert unit_writer("（某县农业农村局　钟　磊）") == ("某县农业农村局", ["钟磊"])
    assert unit_writer("（社区网格员　韦兰）") == ("社区网格员", ["韦兰"])
    assert unit_writer("（某县委宣传部　通讯员　罗文斌）") == ("某县委宣传部", ["罗文斌"])  # the label left out
    assert unit_writer("（某镇人大主席团　谯小燕）") == ("某镇人大主席团", ["谯小燕"])
    for line in ("（党政办供稿）", "（附：值班安排表）", "（2023年6月）", "（记者 张某某）", "（某乡 蓝小云）说。",
                 "（县交通运输局　综合执法大队）"):
        assert unit_writer(line) is None


_LIST_PAGE = """## 政务动态
县政府召开第8次常务会议 2023-06-09
6月8日，县长某某某主持召开县政府第8次常务会议，研究部署当前重点工作。
会议审议通过了有关文件。
某某乡开展防汛演练 2023-06-06
近日，某某乡组织干部群众开展防汛演练，提升应急处置能力。
县总工会送清凉 2023-06-02
6月1日，县总工会为环卫工人送去防暑降温物品，慰问一线职工。
共3条 第1/1页
"""


def test_a_columns_rows_over_their_summaries_are_its_articles() -> None:
    res = parse_text(_LIST_PAGE, name="list.md")
    assert [e.title for e in res.entries] == ["县政府召开第8次常务会议", "某某乡开展防汛演练", "县总工会送清凉"]
    # the day each summary reports, the list's day for the row where it names none (`近日`): since session 44, as five
    # annotators of list pages and a blind one date rows; five others date them by the list (sessions 31-43 did)
    assert [e.date for e in res.entries] == ["2023-06-08", "2023-06-06", "2023-06-01"]
    assert res.entries[0].text.endswith("会议审议通过了有关文件。")


def test_one_row_of_related_links_over_a_paragraph_stays_chrome() -> None:
    lines = ["某县召开会议", "6月8日，某县召开会议，研究部署工作。", "相关阅读", "某乡开展演练 2023-06-06",
             "网站地图 | 联系我们", "版权所有：某县人民政府办公室"]
    chrome = find_chrome(to_blocks(lines))
    assert 3 not in chrome.lines or chrome.lines[3] == "link-list"
    two = ["某乡开展演练 2023-06-06", "近日，某乡组织干部群众开展防汛演练，提升应急处置能力。",
           "某局开展夏送清凉活动 2023-06-02", "6月1日，某局为环卫工人送去防暑降温物品，慰问一线职工。", "版权所有：某县人民政府"]
    assert {0, 2}.isdisjoint(find_chrome(to_blocks(two)).lines)


_POST = """春天里的奋斗者

原创　某某融媒　某县融媒体中心　2025年03月12日 18:30

点击上方蓝字关注我们

01
田间：春耕正当时

3月10日，在某某村的农田里，几台旋耕机来回穿梭。种粮大户甘某某说：“墒情正好。”

▲甘某某（右）在田间查看土壤墒情

甘某某今年流转了300亩土地，全部种植优质稻。

02
车间：订单排到六月

3月11日上午，走进某某公司的生产车间，生产线满负荷运转。

▲工人在生产线上赶制订单

公司总经理某某某说，今年订单已经排到了六月。

▌记者手记

一粒种子、一条生产线，拼出了春天的好开局。

来源：某县融媒体中心 | 编辑：某某 | 审核：某某

— END —
"""


def test_a_posts_numbered_parts_are_its_records_and_its_captions_no_headlines() -> None:
    res = parse_text(_POST)
    assert [e.title for e in res.entries] == ["田间：春耕正当时", "车间：订单排到六月", "记者手记"]
    assert "▲工人在生产线上赶制订单" in res.entries[1].text
    assert res.entries[0].page is None  # `01` is no page number


def test_part_numbers_need_two_in_order_over_headings() -> None:
    assert part_numbers(to_blocks(["01", "田间：春耕", "正文。", "02", "车间：订单", "正文。"])) == {0, 3}
    assert part_numbers(to_blocks(["01", "田间：春耕", "正文。", "03", "车间：订单", "正文。"])) == set()
    assert part_numbers(to_blocks(["1", "田间：春耕", "正文。", "2", "车间：订单", "正文。"])) == set()  # bare: pages


_BRIEFS = """某县日报　2024年5月16日　第1版　要闻
县政府召开常务会议
本报讯（记者 某某）5月14日，县长某某某主持召开县政府常务会议，研究防汛工作。
短　讯
■某某乡开展防汛应急演练
5月13日，某某乡在下渚村开展防汛应急演练。
演练历时两个小时。（通讯员 马
新宇）
■县图书馆举办读书分享会
5月12日，县图书馆举办读书分享
会，退休教师和中学生分享了阅读心得。
"""


def test_a_column_of_square_briefs_and_a_credit_a_wrap_cut() -> None:
    res = parse_text(_BRIEFS)
    briefs = res.entries[1:]
    assert [e.title for e in briefs] == ["某某乡开展防汛应急演练", "县图书馆举办读书分享会"]
    assert [e.kicker for e in briefs] == [None, None] and {e.section for e in briefs} == {"要闻"}
    assert briefs[0].byline == "马新宇" and briefs[0].text.endswith("演练历时两个小时。")


def test_a_page_that_marks_captions_with_triangles_has_no_triangle_headlines() -> None:
    d = np._Doc(body=to_blocks(["上一段结束了。", "▲某某某在车间里检查产品质量", "5月3日，某某某在车间里检查产品质量。"]))
    assert np.head_bullet(d, 1) is not None
    d.caption_marks = True
    assert np.head_bullet(d, 1) is None


def test_a_subtitle_is_a_field_of_its_own_and_searched() -> None:
    from digest.index import entry_tokens
    from digest.query import Filters

    res = parse_text("某县日报　2024年5月16日　第1版　要闻\n聚焦项目攻坚\n全县重点项目集中开工\n——甘某某宣布开工　蒲某某致辞\n"
                     "本报讯（记者 某某）5月15日上午，全县重点项目集中开工仪式在高新产业园举行。\n")
    (e,) = res.entries
    assert (e.kicker, e.title, e.subtitle) == ("聚焦项目攻坚", "全县重点项目集中开工", "甘某某宣布开工　蒲某某致辞")
    assert e.text.startswith("本报讯") and e.date == "2024-05-15"
    rec = e.to_dict()
    assert Filters(terms=["宣布开工"]).matches(rec) and not Filters(terms=["宣布开工"], title_only=True).matches(rec)
    assert "宣布" in entry_tokens(rec)


def test_an_issues_own_editor_line_is_closing_matter() -> None:
    from digest.text import credit_facts

    assert credit_facts("本期责任编辑：甲某　校对：乙某　审核：丙某") == [
        ("editor", "本期责任编辑", "甲某"), ("reviewer", "校对", "乙某"), ("reviewer", "审核", "丙某")]


def test_a_toc_title_wrapped_under_one_sharing_its_first_words() -> None:
    # the second 目录 title opens with the first's words and wraps, its page on the line under it: no body yet
    text = ("人大工作\n2021年第7期\n\n目　　录\n一、常委会会议\n县人大常委会第三十九次会议召开……………1\n"
            "县人大常委会第三十九次会议通过的人事任免\n名单……………………3\n县人大常委会召开主任会议……………4\n\n"
            "一、常委会会议\n\n县人大常委会第三十九次会议召开\n\n　　7月28日，县人大常委会第三十九次会议举行。\n\n"
            "县人大常委会第三十九次会议通过的人事任免名单\n\n　　会议表决通过以下人事任免事项。\n\n"
            "县人大常委会召开主任会议\n\n　　7月20日，县人大常委会召开主任会议。\n")
    res = parse_text(text)
    assert [(e.title, e.page) for e in res.entries] == [
        ("县人大常委会第三十九次会议召开", 1), ("县人大常委会第三十九次会议通过的人事任免名单", 3), ("县人大常委会召开主任会议", 4)]


def test_a_story_carried_to_the_next_page_under_its_headline_again_is_one_article() -> None:
    text = ("某县日报　2024年5月16日　第1版　要闻\n全县重点项目集中开工\n"
            "本报讯（记者 某某）5月15日上午，全县重点项目集中开工仪式举行。为确保项目顺利推进，县里将\n（下转第2版）\n"
            "县政府召开常务会议\n本报讯 5月14日，县政府召开常务会议，研究防汛工作。\n"
            "某县日报　2024年5月16日　第2版　综合\n全县重点项目集中开工\n（上接第1版）\n"
            "实行“一个项目、一名县领导”的包联机制，全程跟踪服务。\n")
    res = parse_text(text)
    assert [e.title for e in res.entries] == ["全县重点项目集中开工", "县政府召开常务会议"]
    assert res.entries[0].text.endswith("全程跟踪服务。")


# -- an independent review's counter-examples to the rules above (2026-12-04) -------------------------

def test_a_notices_labels_with_dates_are_no_column_rows() -> None:
    text = ("关于公开招聘社区工作者的公告\n根据工作需要，现面向社会公开招聘社区工作者10名，有关事项公告如下。\n"
            "报名时间 2024-06-01\n符合条件的人员请携带身份证、学历证书原件及复印件到街道办事处报名。\n"
            "笔试时间 2024-06-20\n笔试内容为公共基础知识和社区工作实务，满分一百分。\n")
    res = parse_text(text)
    assert len(res.entries) == 1 and "笔试内容" in res.entries[0].text


def test_zero_padded_page_numbers_over_a_running_head_are_no_parts() -> None:
    text = ("某县召开安全生产会议\n5月3日，某县召开安全生产工作会议，县长某某某出席会议并讲话，要求各乡镇切实压实\n"
            "01\n某县政务信息\n责任，确保全县安全生产形势稳定。\n某乡开展防汛演练\n5月6日，某乡组织干部群众开展防汛应急演练，\n"
            "02\n某县政务信息\n提升应急处置能力。\n")
    assert part_numbers(to_blocks(text.split("\n"))) == set()


def test_a_bracket_that_names_china_is_no_caption_mark() -> None:
    d = np._Doc(body=to_blocks(["上一段结束了。", "▲首届（中国）青溪茶文化节开幕", "5月1日，首届茶文化节在县城开幕。"]))
    assert not np._MARKED_CAPTION.match(d.body[1].text)
    assert np.head_bullet(d, 1) is not None


def test_a_schedule_of_bulleted_items_over_times_stays_in_its_article() -> None:
    d = np._Doc(body=to_blocks(["活动安排如下。", "◆茶文化节开幕式", "5月12日上午9时　县城中心广场"]))
    assert np.head_bullet(d, 1) is None  # a brief's date lead counts only under a column's label


def test_a_unit_and_an_office_or_a_note_are_no_writer() -> None:
    res = parse_text(_TOC_ISSUE.format(credit="（县教育局　未完待续）"))
    assert res.entries[0].byline is None and res.entries[0].text.endswith("（县教育局　未完待续）")
    # a unit and its office are the units that sent the item (session 22): its credit, off the text, no writer
    res = parse_text(_TOC_ISSUE.format(credit="（县人民医院　宣传科）"))
    assert res.entries[0].byline is None and res.entries[0].text.endswith("主持会议。")
    assert {"kind": "contributor", "value": "县人民医院　宣传科"}.items() <= res.issue.meta["entry_credits"][0].items()
    res = parse_text(_TOC_ISSUE.format(credit="（某乡　罗文斌　李小红）"))
    assert res.entries[0].byline == "罗文斌、李小红"


def test_markdown_tables_links_and_captions_read_as_text() -> None:
    from digest.blocks import strip_markup

    assert strip_markup("| 某国平 | 某家岭村 | 村党支部副书记 |") == "某国平　　某家岭村　　村党支部副书记"
    assert strip_markup("|---|:---:|---|") == ""
    assert strip_markup("|| 2022-03-23 编辑：某某 |") == "|| 2022-03-23 编辑：某某 |"  # an empty cell: no table
    assert strip_markup("[点击下载《某镇扶持政策汇编》](https://example.cn/a.pdf)") == "点击下载《某镇扶持政策汇编》"
    assert strip_markup("*推进会现场（摄影：某方）*") == "推进会现场（摄影：某方）"
    assert strip_markup("计算 2*3*4 等于") == "计算 2*3*4 等于"
    assert np.is_caption("村民排队领取分红（摄影：周小川）") and not np.is_caption("他说（摄影：很好）。")
    assert np._photo_credit("推进会现场（摄影：吕方）") == ("吕方", "推进会现场")


def test_a_digests_name_with_its_issue_in_brackets_is_a_masthead() -> None:
    from digest.masthead import line_facts

    assert line_facts("某镇乡村振兴工作动态（2024年第5期）") == {"year": 2024, "issue_no": 5, "name": "某镇乡村振兴工作动态"}
    assert line_facts("县委召开常委会议研究动态（第5期）") is None


# --- the twenty-second blind set (2026-12-04): a 内部资料 licence line, briefs opening with datelines, a
# post's header on two lines and its intro pointing down to the parts

def test_a_papers_kind_and_its_licence_a_space_apart_are_masthead_facts() -> None:
    from digest.masthead import line_facts

    assert line_facts("内部资料　准印证号：某内资准字第0127号") == {"license_type": "内部资料准印证号",
                                                           "license": "某内资准字第0127号"}
    assert line_facts("内部资料　会议纪要第3号") is None  # no licence label: no masthead line


_BRIEFS_PAGE = """某县日报　2024年9月6日　星期五　第02版：综合

镇里新修的桥通车了
本报讯（记者 甘小河）9月3日，某镇跨河大桥建成通车，两岸村民出行不再绕路。
大桥全长两百米，总投资三千万元。

简讯

本报讯（通讯员 鲍春生）9月4日，县图书馆开展少儿绘本共读活动，五十余组家庭参加。

本报讯（通讯员 戚晓雨）9月5日，县税务局走进企业开展政策宣讲，解答办税问题二十余个。
"""


def test_briefs_under_a_column_label_each_open_with_a_dateline() -> None:
    res = parse_text(_BRIEFS_PAGE)
    # a brief's title is its first sentence, without the dateline
    assert [e.title for e in res.entries] == ["镇里新修的桥通车了", "9月4日，县图书馆开展少儿绘本共读活动，五十余组家庭参加",
                                              "9月5日，县税务局走进企业开展政策宣讲，解答办税问题二十余个"]
    # (a 简讯 column under the page's name: the page's name its section, its label the subsection, as the
    # annotators of six annotated pages read it, since session 34; five pages with no page name keep the label
    # as their briefs' section, which the rule leaves so)
    assert [(e.section, e.subsection) for e in res.entries[1:]] == [("综合", "简讯"), ("综合", "简讯")]
    assert [e.date for e in res.entries] == ["2024-09-03", "2024-09-04", "2024-09-05"]
    assert [e.byline for e in res.entries[1:]] == ["鲍春生", "戚晓雨"]  # each brief's own writer


_TWO_LINE_POST = """秋日某镇｜这一周，好消息不断

原创　某镇发布　某镇发布
2024年10月16日 18:30　某省

秋收时节，各村忙着收获，也忙着办实事。一起来看本周的新鲜事↓

01

西岭村新建烘干中心投用

10月11日，西岭村粮食烘干中心投入使用，每天可烘干稻谷八十吨。

02

东坪村卫生室完成改造

10月13日，东坪村卫生室改造完工，村民看病更方便了。
"""


def test_a_posts_header_on_two_lines_dates_it_and_an_arrow_leads_to_the_first_part() -> None:
    from digest.blocks import PART_NUMBER

    lines = _TWO_LINE_POST.splitlines()
    blocks = to_blocks(lines)
    chrome = find_chrome(blocks)
    assert chrome.page_date == "2024-10-16"
    assert {blocks[i].text for i, r in chrome.lines.items() if r == "wechat-header"} == {
        "原创　某镇发布　某镇发布", "2024年10月16日 18:30　某省"}
    parts = part_numbers(blocks)
    assert [blocks[i].text for i in sorted(parts)] == ["01", "02"] and all(PART_NUMBER.match(blocks[i].text) for i in parts)
    res = parse_text(_TWO_LINE_POST)
    arts = [e for e in res.entries if e.kind == "article"]
    assert [e.title for e in arts] == ["西岭村新建烘干中心投用", "东坪村卫生室完成改造"]
    assert [e.page for e in arts] == [None, None]  # a part's number is no page number


# --- the twenty-first, twenty-third and twenty-fourth blind sets (2026-12-04)

def test_a_page_wrapped_at_a_count_of_characters_is_read_by_characters() -> None:
    from digest.blocks import char_width, display_width, hard_wrap

    text = ("经2024年8月26日镇党委会议研究，决定任命某某为镇党政综合办公室主任，某某为镇社会事务服务中心主任，"
            "某某为镇综合行政执法队队长。以上同志任免时间自2024年9月1日起计算，请各村（社区）、镇属各单位遵照执行。")
    lines = [text[k:k + 22] for k in range(0, len(text), 22)]  # wrapped at 22 characters, digits or not
    blocks = to_blocks(lines)
    wrap = hard_wrap(blocks, set())
    assert wrap is not None and wrap.by_chars and wrap.width == 44
    assert display_width(lines[0]) < 44 * 0.88 <= char_width(lines[0])  # digits: short of the margin in columns
    plain = text.replace("2024", "今年").replace("8月26日", "上月").replace("9月1日", "下月")
    wrap = hard_wrap(to_blocks([plain[k:k + 22] for k in range(0, len(plain), 22)]), set())
    assert wrap is not None and not wrap.by_chars  # no half-width character: the columns measure it as well


_NUMBERED_ITEMS = """某镇工作简报
2024年第8期
某镇党政办公室　　2024年8月30日

一、镇里召开防汛工作会议

　　8月12日，镇里召开防汛工作会议，部署当前防汛工作。会议要求各村落实巡查责任，确保
安全度汛。

二、镇党委关于某某等同志职务任免的通知

　　经2024年8月26日镇党委会议研究，决定任
命：郑某某为镇党政综合办公室主任。

三、全面启动城乡居民医保集中征缴

　　8月30日，我镇召开2025年度城乡居民基本
医疗保险集中征缴动员会，部署征缴工作。
"""


def test_numbered_items_on_a_page_wrapped_by_characters_are_all_read() -> None:
    res = parse_text(_NUMBERED_ITEMS)
    assert [e.title for e in res.entries] == ["镇里召开防汛工作会议", "镇党委关于某某等同志职务任免的通知",
                                              "全面启动城乡居民医保集中征缴"]
    assert [e.date for e in res.entries] == ["2024-08-12", "2024-08-26", "2024-08-30"]


def test_a_date_after_a_preposition_or_a_reporter_opens_the_text() -> None:
    from digest.fields import parse_leading_date as p

    assert p("在8月14日抗击强降雨过程中，…", 2024, 8) == ("2024-08-14", None)
    assert p("经2024年8月26日镇党委会议研究，…", 2024, 8) == ("2024-08-26", None)
    assert p("记者5月8日从某区住建局获悉，…", 2023, 5) == ("2023-05-08", None)
    assert p("在9月15日前完成整改。", 2024, 8) == (None, None)  # a deadline is no event's date
    assert p("记者日前从某局获悉，…", 2024, 8) == (None, None)


_BLANK_PARTED_PAGE = """某某青年报　2024年3月15日　第03版：校园

全市中小学春季研学季即将启动
本报讯（记者甲某某）记者日前从市教育局获悉，今年研学活动将于3月18日启动。
市教育局副局长乙某某介绍，今年共推出6大主题、48条线路。

科技创新大赛结果揭晓
本报讯（记者甲某某）3月10日，第五届中小学生科技创新大赛颁奖仪式举行。
各组一等奖作品将推荐参加全省大赛。获奖名单如下：
一等奖：丙某某（实验小学）、丁某某（育才小学）

青年观察
研学路上，别让“学”掉了队
春暖花开，又到了研学旅行的好时节，不少学校已经在筹划带学生走出校门。
好的研学，应当让孩子们在山水之间读懂书本。
□ 蔺晓舟

市青少年宫公益课程开放报名
本报讯（记者己某某）记者从市青少年宫获悉，春季公益课程将于3月16日起开放报名。
"""


def test_blank_lines_that_part_articles_close_a_list_and_open_a_commentary() -> None:
    res = parse_text(_BLANK_PARTED_PAGE)
    assert [e.title for e in res.entries] == ["全市中小学春季研学季即将启动", "科技创新大赛结果揭晓",
                                              "研学路上，别让“学”掉了队", "市青少年宫公益课程开放报名"]
    assert res.entries[1].text.endswith("丁某某（育才小学）")  # the list's last row closes its article
    assert res.entries[2].subsection == "青年观察" and res.entries[2].byline == "蔺晓舟"  # its column; signed at its end
    assert res.entries[3].kicker is None


def test_a_sentence_closing_on_a_quote_or_holding_a_full_stop_is_no_kicker() -> None:
    assert not np._plain_short_text("谈到未来，某某的打算很简单：“只要孩子们需要，我就在这里。”")
    assert np._plain_short_text("“我想让孩子们看见更大的世界”")
    assert not np._is_kicker_text("各组一等奖作品将推荐参加全省大赛。获奖名单如下：")
    assert np._is_kicker_text("某某在调研时强调：")


def test_a_column_named_with_the_word_reporter_is_no_reporter_line() -> None:
    assert not np._REPORTER_LINE.match("记者专访") and not np._REPORTER_LINE.match("记者手记")
    assert np._REPORTER_LINE.match("□记者 欧阳某某")


def test_page_heads_and_a_bulletins_footer_are_masthead_facts() -> None:
    from digest.masthead import line_facts

    assert line_facts("某山晚报 2023年5月9日 星期二 05 社会新闻 责编：某某")["page"] == 5
    facts = line_facts("2　综合新闻　　　　责任编辑：某某某　　版式：某某")
    assert (facts["page"], facts["page_name"]) == (2, "综合新闻")
    assert line_facts("内部资料") == {"distribution_note": "内部资料"}
    assert line_facts("某镇党政办公室　　联系人：党政办信息员　　（共印40份）") == {
        "print_run": 40, "contact": "党政办信息员", "editor_org": "某镇党政办公室"}
    assert line_facts("共有 12 个") is None


_MARKDOWN_SECTIONS = """# 某镇工作动态

**2025年第1期**

某镇党政办公室编　　2025年1月27日

## 一、重点工作

### 镇党委召开年度工作务虚会

1月8日，镇党委召开年度工作务虚会，谋划全年工作。

### 重点项目集中开工

1月10日，镇里第一批重点项目集中开工。目前各村进展情况如下：

| 村名 | 负责人 | 完成情况 |
| --- | --- | --- |
| 某源村 | 亓某刚 | 清淤渠道3.2公里，已完成 |
| 某塘村 | 司马某梁 | 整治塘堰6口，完成80% |

## 二、民生服务

### 镇卫生院开展义诊进村活动

1月20日，镇卫生院组织医护人员进村义诊。
"""


def test_markdown_headings_a_level_up_are_sections_and_a_tables_rows_keep_their_cells() -> None:
    res = parse_text(_MARKDOWN_SECTIONS, name="t.md")
    assert [(e.section, e.title) for e in res.entries] == [
        ("重点工作", "镇党委召开年度工作务虚会"), ("重点工作", "重点项目集中开工"), ("民生服务", "镇卫生院开展义诊进村活动")]
    assert "某源村　　亓某刚　　清淤渠道3.2公里，已完成" in res.entries[1].text
    assert not res.entries[1].text.endswith("民生服务")


def test_a_title_framed_whole_in_brackets_loses_them() -> None:
    text = ("信息专报\n第18期\n某市生态环境局办公室编　　2023年9月25日\n\n【市生态环境局开展专项督查】\n\n"
            "9月5日，市生态环境局组成督查组开展专项督查。\n\n督查中发现的问题当场交办。\n\n"
            "【全市排污口整治推进会召开】\n\n9月6日，全市排污口整治推进会召开。\n")
    res = parse_text(text)
    assert [e.title for e in res.entries] == ["市生态环境局开展专项督查", "全市排污口整治推进会召开"]


def test_a_reporter_line_naming_what_each_wrote_and_a_list_introduced_with_a_colon() -> None:
    assert np._REPORTER_LINE.match("文/记者 甘某某 通讯员 鲍某某")
    assert np._is_paragraph(to_blocks(["10月12日，街道结合人员变动调整网格，现将专职网格员名单公布如下："])[0])
    assert not np._is_paragraph(to_blocks(["某某在调研重点项目时强调："])[0])  # a kicker: no comma
    text = ("某街道工作动态\n2023年第10期\n某街道办事处编　　2023年10月31日\n\n"
            "★ 街道召开经济运行分析会\n10月9日，街道召开三季度经济运行分析会，部署四季度工作。\n\n"
            "★ 街道公布专职网格员名单\n10月12日，街道结合人员变动调整网格，现将专职网格员名单公布如下：\n"
            "姓名　　社区　　网格\n王　芳　　青石社区　　第一网格\n赵春生　　青石社区　　第二网格\n"
            "各网格员联系电话已在社区公示栏张贴。\n\n★ 社区食堂开业\n10月11日，东泉社区食堂正式开业。\n")
    res = parse_text(text)
    assert [e.title for e in res.entries] == ["街道召开经济运行分析会", "街道公布专职网格员名单", "社区食堂开业"]


# --- what an independent review of this session's layout rules found (each now read as before it)

_FEATURE_WITH_SUBHEADS = """某某日报
2024年10月18日　星期五
第03版：乡村

石桥村：小苹果撬动大产业
本报记者 甲某某
10月15日，记者来到石桥村，果农们正忙着采摘、装箱。
石桥村地处山区，近年来村里引进新品种、建起冷库。

小果子，大产业
村党支部书记乙某某介绍，全村苹果种植面积已达3200亩。
村里成立了果品专业合作社，统一技术、统一品牌、统一销售。

新路子，新气象
今年，石桥村又搞起了采摘游，周末来采摘的游客络绎不绝。
"""


def test_a_features_subheads_after_blank_lines_stay_in_it() -> None:
    res = parse_text(_FEATURE_WITH_SUBHEADS)
    assert [e.title for e in res.entries] == ["石桥村：小苹果撬动大产业"]
    assert "小果子，大产业" in res.entries[0].text


def test_a_headline_quoting_an_exclamation_is_a_headline() -> None:
    assert np._plain_short_text("村民点赞：“这条路修到了心坎上！”")
    page = ("某某日报\n2024年10月18日　星期五\n第03版：乡村\n\n村民点赞：“这条路修到了心坎上！”\n"
            "本报讯（记者 甲某某）10月15日，石桥村至镇区的通村公路正式通车。\n村民说，路修好了，果子再也不愁卖了。\n")
    assert [e.title for e in parse_text(page).entries] == ["村民点赞：“这条路修到了心坎上！”"]


def test_a_list_of_numerals_opening_a_title_is_no_item_number_and_gaps_in_a_sentence_close() -> None:
    from digest.align import _without_item_number

    assert _without_item_number("一、二季度全县经济运行稳中有进") == "一、二季度全县经济运行稳中有进"
    assert _without_item_number("三、县人大常委会召开会议") == "县人大常委会召开会议"
    assert not np._table_row("会议通报了前三季度全县安全  生产形势并对秋冬季安全  生产重点工作作了安排部署，要求各地压实责任。")
    assert np._table_row("某源村　　亓某刚　　清淤渠道3.2公里，已完成")


def test_a_brief_columns_label_is_no_section_of_the_articles_after_it() -> None:
    page = ("某某日报\n2024年10月18日　星期五\n第01版：要闻\n\n简讯\n"
            "本报讯（通讯员 甲某某）10月17日，全县秋季征兵工作动员会召开，副县长乙某某出席。\n\n"
            "县农业农村局开展秋季农机安全检查\n本报讯（记者 丙某某）10月16日，县农业农村局开展秋季农机安全检查。\n")
    res = parse_text(page)
    assert [(e.section, e.subsection) for e in res.entries] == [("要闻", "简讯"), ("要闻", None)]


def test_letter_spaced_lines_and_long_masthead_lines_are_read_in_linear_time() -> None:
    from digest.masthead import line_facts

    assert np._letter_spaced("青 禾 县 ： 柯 望 川 调 研") and not np._letter_spaced("1 1 1 社会新闻")
    assert not np._letter_spaced("1 " * 100_000 + "社会新闻")  # (a pattern backtracked here for seconds)
    assert line_facts("内部资料" + "　" * 100_000 + "准印证号x") is None


# --- the twenty-sixth blind set (2026-12-04): a 大事记, a 提案工作简报, a court's 工作简报

_CHRONICLE = """某县大事记（2024年7月）
某县委党史研究室　编
2024年8月6日

7月1日　县委、县政府举行庆祝建党大会，县委书记甲某某出席并讲话。

7月2日　县委书记甲某某主持召开县委常委会会议，研究部署防汛工作。

7月5日—6日：县政协组织委员视察乡村振兴项目。

7月上旬　县农业农村局组织农技人员开展病虫害统防统治。
"""


def test_a_chronicle_is_one_article_a_dated_paragraph_titled_by_its_first_clause() -> None:
    res = parse_text(_CHRONICLE)
    assert res.issue.meta.get("chronicle") is True and not res.issue.warnings
    assert [(e.kind, e.title) for e in res.entries] == [
        ("article", "县委、县政府举行庆祝建党大会"), ("article", "县委书记甲某某主持召开县委常委会会议"),
        ("article", "县政协组织委员视察乡村振兴项目"), ("article", "县农业农村局组织农技人员开展病虫害统防统治")]
    assert [e.date for e in res.entries][:3] == ["2024-07-01", "2024-07-02", "2024-07-05"]


_PROPOSALS = """提案工作简报
2023年第3期
某市政协提案委员会编　　2023年3月28日

目　　录

市政协召开提案交办会…………………………1
市政协确定2023年度8件重点提案…………………………2
关于建立应急转贷资金池的建议…………………………3

市政协召开提案交办会
（市政协提案委员会）

3月9日，市政协召开提案交办会，部署提案办理工作。

重点提案遴选结果公布
（市政协提案委员会）

3月21日，市政协主席会议审议确定了年度重点提案。

关于建立应急转贷资金池的建议
（提案者：鄢某强　邴某军）

当前，不少中小微企业在续贷时面临“过桥”难题。
"""


def test_a_credit_under_a_title_and_a_reworded_title_alone_in_its_slot() -> None:
    res = parse_text(_PROPOSALS)
    assert [e.title for e in res.entries] == ["市政协召开提案交办会", "重点提案遴选结果公布", "关于建立应急转贷资金池的建议"]
    assert [e.page for e in res.entries] == [1, 2, 3]  # the reworded one: the only entry between its neighbours
    assert res.entries[0].text.startswith("3月9日") and res.entries[2].byline == "鄢某强、邴某军"


def test_a_numbered_items_title_may_ask_a_question() -> None:
    text = ("某县人民法院\n工作简报\n2024年第2期\n某县人民法院办公室编　　2024年2月29日\n\n"
            "一、院党组召开全面从严治党工作会议\n\n2月5日，我院召开全面从严治党工作会议。\n\n"
            "二、以案说法：借他人名义购车，车辆归谁？\n\n近日，我院民一庭审结一起车辆所有权确认纠纷案件。\n\n"
            "三、我院召开年度工作总结大会\n\n2月26日，我院召开年度工作总结大会。\n")
    assert [e.title for e in parse_text(text).entries] == [
        "院党组召开全面从严治党工作会议", "以案说法：借他人名义购车，车辆归谁？", "我院召开年度工作总结大会"]


def test_the_items_of_a_labelled_column_each_one_paragraph() -> None:
    page = ("某某日报\n2025年3月5日　星期三\n第4版　两会特刊\n\n代表委员热议民生实事\n"
            "本报讯（记者 甲某某）3月4日，市人大会议各代表团审议政府工作报告。\n\n【代表声音】\n\n"
            "为中小企业融资再添“快车道”\n市人大代表、某公司董事长乙某某说，政府工作报告提出设立转贷资金池。\n\n"
            "让“一老一小”服务更贴心\n丙某某委员建议，在新建居住区同步配建托育和养老服务设施。\n（某某委员会供稿）\n\n"
            "加快补齐乡村医疗短板\n市人大代表、某镇卫生院院长丁某某说，乡镇卫生院设备条件明显改善。\n")
    res = parse_text(page)  # (on a page its masthead names, the column is the items' subsection, the page their section)
    assert [(e.section, e.subsection, e.title) for e in res.entries][1:] == [
        ("两会特刊", "代表声音", "为中小企业融资再添“快车道”"), ("两会特刊", "代表声音", "让“一老一小”服务更贴心"),
        ("两会特刊", "代表声音", "加快补齐乡村医疗短板")]


# --- what a second independent review found (each read as before the rule, or better)

_TOC_HEAD = "政务信息\n2024年第10期\n某县人民政府办公室编　　2024年6月5日\n\n目　　录\n\n"


@pytest.mark.parametrize("body", [
    # a 目录 line with no article: no subhead of the last article, followed by a date, is taken for it
    "县政府召开常务会议……1\n县医保局开展专项行动……2\n【图片新闻】县城夜市美食节开幕……3\n\n"
    "县政府召开常务会议\n5月28日，县长甲某某主持召开常务会议。\n县医保局开展专项行动\n为守好群众“救命钱”，县医保局启动专项行动。\n"
    "检查情况\n5月15日至25日，检查组对全县42家定点医药机构开展检查。\n",
    # two short lines in the slot (a subhead over a date, the real title over no date): neither is taken
    "县政府召开常务会议……1\n某镇推进高标准农田建设……2\n县市场监管局守护舌尖上的安全……3\n县医保局开展专项行动……4\n\n"
    "县政府召开常务会议\n5月28日，县长甲某某主持召开常务会议。\n某镇推进高标准农田建设\n今年以来，某镇计划新建高标准农田。\n"
    "强化组织保障\n5月10日，镇党委书记乙某某带队深入项目现场。\n小餐馆大民生　县市场监管局开展提升行动\n"
    "为切实保障群众饮食安全，县市场监管局开展提升行动。\n县医保局开展专项行动\n5月15日，县医保局启动专项行动。\n",
])
def test_a_reworded_toc_line_is_not_paired_with_a_subhead(body: str) -> None:
    res = parse_text(_TOC_HEAD + body)
    assert "检查情况" not in [e.title for e in res.entries] and "强化组织保障" not in [e.title for e in res.entries]
    assert any(p.kind == "toc-unmatched" for p in res.problems)


def test_dated_paragraphs_of_a_news_text_or_a_briefing_with_titles_are_no_chronicle() -> None:
    news = ("今年以来，某县扎实推进农村人居环境整治。\n\n3月5日，县委书记甲某某主持召开推进会。\n\n"
            "3月12日，县农业农村局组成督导组。\n\n3月20日，县政府印发实施方案。\n\n下一步，县里将加大投入。\n")
    briefing = ("某县应急管理工作简报（2024年第6期）\n\n压实责任，县安委会召开全体会议\n\n6月3日　县安委会召开全体会议。\n\n"
                "6月4日　各成员单位开展隐患排查。\n\n未雨绸缪，全县开展防汛应急演练\n\n6月12日　县防指开展防汛演练。\n")
    for text in (news, briefing):
        res = parse_text(text)
        assert not res.issue.meta.get("chronicle") and all(e.kind == "block" for e in res.entries)


def test_a_chronicles_undated_paragraph_goes_on_with_the_event_before_it() -> None:
    text = ("某县大事记（2024年7月）\n某县委党史研究室　编\n2024年8月6日\n\n7月8日　第三届茶文化节在某镇开幕。\n当天，县茶叶协会与5家企业签订收购协议。\n\n"
            "7月9日　凌晨，某河某段水位超警戒0.8米。\n\n7月10日上午，县政府召开防汛救灾工作调度会。\n")
    res = parse_text(text)
    assert [e.title for e in res.entries] == ["第三届茶文化节在某镇开幕", "某河某段水位超警戒0.8米", "县政府召开防汛救灾工作调度会"]
    assert "当天" in res.entries[0].text


def test_a_list_of_numbered_exclamations_is_no_run_of_items() -> None:
    text = "为推进节约型机关建设，发出如下倡议：\n一、节约用水，从我做起！\n二、节约用电，随手关灯！\n三、节约用纸，无纸办公！\n让我们携起手来。\n"
    assert all(e.kind == "block" for e in parse_text(text).entries)


def test_a_credit_under_a_title_names_people_only() -> None:
    text = (_TOC_HEAD + "前5月经济运行稳中向好……1\n关于发展冷链物流的建议……2\n关于规范培训机构的建议……3\n\n"
            "前5月经济运行稳中向好\n（撰稿：县统计局）\n1—5月，全县规模以上工业增加值同比增长7.2%。\n社会消费品零售总额增长。\n"
            "关于发展冷链物流的建议\n（提案者：齐海委员）\n目前，全县农产品冷链流通率不足20%。\n建议编制规划。\n"
            "关于规范培训机构的建议\n（提案者：县工商联）\n近年来，全县校外培训机构数量增长较快。\n建议联合执法。\n")
    res = parse_text(text)
    assert [e.byline for e in res.entries] == [None, "齐海", None]


# --- the twenty-eighth blind set (2026-12-04): a 工作周报 of one-line items, a correspondent's byline

def test_one_line_numbered_items_go_on_with_the_run_under_its_sections() -> None:
    text = ("某镇工作周报\n2024年第23周（6月3日—6月9日）\n某镇党政办公室　　2024年6月9日\n\n一、本周重点工作\n\n"
            "1.扎实做好防汛备汛准备\n6月3日，镇党委书记甲某某带队检查河堤。\n\n2.完成5月份医保征缴进度统计上报工作。\n\n"
            "3.推进改革落地\n6月5日，镇长乙某某带队赴县政务服务中心学习。\n\n二、下周工作安排\n\n"
            "1.做好端午节假期值班值守工作。\n\n2.迎接县级防汛专项督查\n6月12日前，完成各村防汛物资清点。\n")
    res = parse_text(text)  # (the week's plan is one record, its points its text: five annotators of six, session 37)
    assert [(e.section, e.title) for e in res.entries] == [
        ("本周重点工作", "扎实做好防汛备汛准备"), ("本周重点工作", "完成5月份医保征缴进度统计上报工作。"),
        ("本周重点工作", "推进改革落地"), ("下周工作安排", "下周工作安排")]
    assert "迎接县级防汛专项督查" in res.entries[-1].text


def test_a_papers_correspondent_abroad_is_a_reporter_line() -> None:
    assert np._REPORTER_LINE.match("本报驻某某共和国记者　甲某某")


# --- the twenty-ninth blind set (2026-12-04)

def test_a_rule_line_closes_an_item_and_a_footer_prints_its_issue_day_and_copies() -> None:
    from digest.text import credit_facts

    text = ("某街道\n信　息　专　报\n第5期\n某街道党政办公室　　2023年5月22日\n━━━━━━━━━━━━\n\n关于某街道老旧小区改造工作情况的报告\n\n"
            "　　今年以来，某街道把老旧小区改造作为民生实事来抓。\n\n（供稿：街道党政办　隗某）\n\n━━━━━━━━━━━━\n\n"
            "某街道召开安全生产专题会议\n\n　　5月10日，某街道召开安全生产专题会议。\n")
    assert [e.title for e in parse_text(text).entries] == ["关于某街道老旧小区改造工作情况的报告", "某街道召开安全生产专题会议"]
    assert credit_facts("某市人民政府办公室　　2024年11月25日印发（共印120份）") == [
        ("printed", "印发", "某市人民政府办公室 2024年11月25日"), ("copies", "共印", "120")]


_SUMMARY_ROWS = """工作动态
# 青禾县水利局召开汛前检查部署会 2024-05-10
5月9日，县水利局召开汛前检查部署会，局长桑慕远要求逐库逐闸落实责任人。[详细]
# 东岭乡开展小型水库安全巡查 2024-05-08
5月7日，东岭乡组织技术人员对辖区6座小型水库开展安全巡查。阅读全文
# 县防汛办举行山洪灾害应急演练 2024-05-06
5月5日，县防汛办在西坪镇举行山洪灾害应急演练，200余名群众参加转移避险…详情>>
共36条 当前第1/12页
"""


def test_a_list_rows_heading_with_its_date_is_titled_without_the_date() -> None:
    """`# 标题 2024-05-10` over its summary (a page's title box holding the row's date cell, saved as
    markdown) is a row as `标题 2024-05-10` is: the title without the date, the date the row's; a
    summary's closing `[详细]`, `阅读全文`, `详情>>` is the page's link, no text."""
    for text, days in ((_SUMMARY_ROWS, ("2024-05-09", "2024-05-07", "2024-05-05")),
                       (_SUMMARY_ROWS.replace("# ", ""), ("2024-05-09", "2024-05-07", "2024-05-05"))):
        res = parse_text(text, name="list.md")
        # (a row is dated by its summary's day, the event's; by the day the list prints only where the summary gives
        # none: since session 44, as the gold's rule reads; from session 31 to 43 a plain row was dated by the list)
        assert [(e.title, e.date) for e in res.entries] == [
            ("青禾县水利局召开汛前检查部署会", days[0]),
            ("东岭乡开展小型水库安全巡查", days[1]),
            ("县防汛办举行山洪灾害应急演练", days[2]),
        ]
        assert [e.text.rsplit("，", 1)[-1] for e in res.entries] == [
            "局长桑慕远要求逐库逐闸落实责任人。", "东岭乡组织技术人员对辖区6座小型水库开展安全巡查。", "200余名群众参加转移避险…"]
