"""Printed papers and e-paper copies as their text comes: the page label a PDF or an e-paper prints over
the page (`第A07版:乡镇·综合`, `当前版:03版`), a reporter line naming the paper's own desk
(`□晚报记者 某某`), a two-character name spaced out to the width of three in a credit (`(王 某)`),
the metadata line an e-paper template leaks at the page's foot (`… /enpproperty-->`), a headline
ending in `…的希望` (a noun, not a speech verb), a page's text hard-wrapped at one width, and a photo
news whose caption is its only text. Every name, place and paper here is invented."""

from __future__ import annotations

import pytest
from conftest import make_source, parse_text

from digest.masthead import line_facts
from digest.parse import parse_source

_BODY = ("青禾县石桥镇 干群合力抢收水稻\n"
         "本报讯(李某某)10月12日，青禾县石桥镇组织机关干部深入田间帮助群众抢收水稻。\n"
         "干部们分组包片，帮助缺劳力农户收割晾晒，确保颗粒归仓。\n")


# --- the page label: a fact of the page, never a kicker or a record

def test_page_label_forms_are_page_facts() -> None:
    assert line_facts("第A07版:乡镇·综合") == {"page": 7, "page_label": "A07", "page_name": "乡镇·综合"}
    assert line_facts("第03版:时评·综合新闻") == {"page": 3, "page_name": "时评·综合新闻"}
    assert line_facts("当前版:03版") == {"page": 3}
    assert line_facts("第A05版:要闻 PDF版") == {"page": 5, "page_label": "A05", "page_name": "要闻"}
    assert line_facts("第2版 要闻") == {"page": 2, "page_name": "要闻"}  # as before


def test_an_epaper_masthead_of_page_number_and_print_date() -> None:
    assert line_facts("A2:综合*新闻总第3307期 >2018-09-14编印") == {
        "page": 2, "page_label": "A2", "page_name": "综合*新闻", "total_no": 3307, "date": "2018-09-14"}


def test_a_date_with_its_weekday_left_blank() -> None:
    assert line_facts("2008年10月8日 星期") == {"date": "2008-10-08"}


def test_the_page_label_over_a_headline_is_no_kicker() -> None:
    for label in ("第A03版:乡镇·综合", "当前版:02版"):
        res = parse_text(label + "\n\n" + _BODY)
        (e,) = res.entries
        assert (e.kicker, e.title, e.byline) == (None, "青禾县石桥镇 干群合力抢收水稻", "李某某")
        assert res.issue.meta["page"] in (2, 3)


def test_the_page_label_under_the_date_is_the_section() -> None:
    res = parse_text("2021年10月13日\n第A07版:乡镇\n\n" + _BODY)
    (e,) = res.entries
    assert (e.kicker, e.section, e.date) == (None, "乡镇", "2021-10-12")
    assert res.issue.meta["page"] == 7


def test_a_photo_page_label_is_no_record() -> None:
    res = parse_text("2024年02月03日\n第A05版:要闻 PDF版\n\n" + _BODY)
    assert [e.title for e in res.entries] == ["青禾县石桥镇 干群合力抢收水稻"]


# --- a reporter line naming the paper's own desk

def test_a_reporter_line_of_the_evening_papers_desk_is_the_byline() -> None:
    res = parse_text("青禾县举办农民丰收节\n\n  □晚报记者 张某某\n\n"
                     "  本报讯 9月23日，青禾县在城南广场举办农民丰收节，全县12个乡镇的特色农产品集中展销。\n\n"
                     "  活动现场人头攒动，不少市民带着孩子前来选购。\n", year=2023)
    (e,) = res.entries
    assert (e.kicker, e.title, e.byline, e.date) == (None, "青禾县举办农民丰收节", "张某某", "2023-09-23")
    assert not e.text.startswith("□")


def test_a_reporter_line_of_a_named_paper() -> None:
    res = parse_text("青禾县举办农民丰收节\n青禾都市报记者 张某某\n"
                     "9月23日，青禾县在城南广场举办农民丰收节，全县12个乡镇的特色农产品集中展销。\n", year=2023)
    (e,) = res.entries
    assert (e.title, e.byline) == ("青禾县举办农民丰收节", "张某某")


# --- a two-character name spaced out to the width of three in a credit

_SPACED = ("石桥镇\n办好十件民生实事\n"
           "本报讯(王 某)新春伊始，青禾县石桥镇认真调研、科学规划，今年将继续办好惠及民生的十件实事。\n"
           "该镇的十件实事包括硬化村组道路、改造茶园、建设幼儿园等。\n\n"
           "兴农合作社捐资助学\n"
           "本报讯(赵某某 钱 某)连日来，兴农合作社捐资助学的做法在青禾县传为佳话。\n"
           "合作社今年拿出五万元资助二十名困难学生。\n\n"
           "河口乡开展春耕服务\n"
           "本报讯 3月5日，青禾县河口乡组织农技人员到田间指导春耕。\n"
           "农技人员现场讲解育秧技术，发放资料300余份。 (孙某某 李　某)\n")


def test_a_spaced_two_character_name_in_a_credit_is_one_name() -> None:
    res = parse_source(make_source(_SPACED), year=2023, persons=True)
    assert [(e.title, e.byline) for e in res.entries] == [
        ("办好十件民生实事", "王某"), ("兴农合作社捐资助学", "赵某某、钱某"), ("河口乡开展春耕服务", "孙某某、李某")]
    assert res.entries[2].persons == ["孙某某", "李某"]
    assert res.entries[2].text.endswith("300余份。")


def test_the_labels_text_and_pictures_are_not_half_a_name() -> None:
    from digest.text import join_spaced_names

    assert join_spaced_names("周某某 文 图") == "周某某 文 图"
    assert join_spaced_names("记者 王 某 李某某") == "记者 王某 李某某"
    assert join_spaced_names("王小明") == "王小明"


# --- the metadata line an e-paper template leaks at the page's foot

_TRAILER = "2021-10-13 2 2 青禾日报 content_1234.html 1 3 石桥镇想方设法促生产 /enpproperty-->"


def test_the_epaper_trailer_is_a_footer_of_date_and_paper() -> None:
    assert line_facts(_TRAILER) == {"date": "2021-10-13", "name": "青禾日报"}


def test_the_epaper_trailer_leaves_the_articles_text() -> None:
    res = parse_text("2021年10月13日\n第A07版:乡镇\n\n石桥镇想方设法促生产\n\n"
                     "本报讯 今年以来，青禾县石桥镇旱情严重，该镇组织干部轮流值班，为群众解决灌溉难题。\n\n"
                     "近期，该镇接到村民反映无水插秧，立即组织抽水，使得问题当场解决。 (孙某某 李某某)\n\n"
                     + _TRAILER + "\n")
    (e,) = res.entries
    assert e.byline == "孙某某、李某某" and "enpproperty" not in e.text and not e.warnings
    assert e.text.endswith("当场解决。")


def test_the_epaper_trailer_dates_a_page_without_a_masthead() -> None:
    res = parse_text("石桥镇想方设法促生产\n\n本报讯 10月12日，青禾县石桥镇组织干部轮流值班，为群众解决灌溉难题。\n\n"
                     + _TRAILER + "\n")
    (e,) = res.entries
    assert (e.date, res.issue.issue_date, res.issue.publication) == ("2021-10-12", "2021-10-13", "青禾日报")


# --- a headline ending in a verb of speech after 的 (`…新的希望`), a noun: no kicker

def test_a_headline_and_its_dash_subtitle_under_a_column_label() -> None:
    res = parse_text("第1版(要闻)\n专栏:\n\n  年轻的土地新的希望\n——青禾湾开发建设纪实\n本报记者 周某某\n"
                     "青禾湾位于青禾河入海口，丰富的水利资源造就了这片年轻的土地。\n"
                     "近年来，当地加快开发建设，一批产业项目相继落地。\n", year=2001)
    (e,) = res.entries
    assert (e.kind, e.title, e.byline, e.section) == ("article", "年轻的土地新的希望", "周某某", "要闻")
    assert (e.subtitle, e.text[:5]) == ("青禾湾开发建设纪实", "青禾湾位于")


def test_a_second_article_under_its_page_and_column_label() -> None:
    first = ("第1版(要闻)\n专栏:\n\n  服务站备耕忙\n  本报记者 吴某某\n"
             "  2月1日，在青禾县农村，农机服务站的职工正在检查拖拉机。\n\n\n")
    res = parse_text(first + "第1版(要闻)\n专栏:\n\n  年轻的土地新的希望\n——青禾湾开发建设纪实\n本报记者 周某某\n"
                     "青禾湾位于青禾河入海口，丰富的水利资源造就了这片年轻的土地。\n", year=2001)
    assert [(e.kind, e.title, e.byline) for e in res.entries] == [
        ("article", "服务站备耕忙", "吴某某"), ("article", "年轻的土地新的希望", "周某某")]


# --- a page's text hard-wrapped at one width (a PDF's or an old page's fixed lines)

_WRAPPED = ("青禾县石桥镇撤乡设镇\n\n"
            "    本报讯 (记者 周某某)近日，经省政府批准，青禾县石桥乡撤\n"
            "乡设镇。1月26日，石桥镇隆重集会，举行撤乡设镇挂牌仪式。\n"
            "    石桥镇辖30个行政村，总面积39.38平方公里，总人口1.9万，\n"
            "该镇地理位置优越，自然资源丰富，各项事业蓬勃发展。1993\n"
            "年完成社会总产值1.8亿元，全镇人均收入达到1080元，目前已\n"
            "发展成重要的石油化工基地。\n\n"
            "青禾县河口乡兴修水利\n\n"
            "    本报讯 (通讯员 吴某某)入冬以来，青禾县河口乡组织群众兴修\n"
            "水利，新修渠道12公里，整修塘坝30座，受益农田达到两万亩。\n")


def test_hard_wrapped_lines_are_joined_into_their_paragraphs() -> None:
    res = parse_text(_WRAPPED, year=1994)
    first, second = res.entries
    assert first.text.split("\n") == [
        "本报讯(记者周某某)近日，经省政府批准，青禾县石桥乡撤乡设镇。1月26日，石桥镇隆重集会，举行撤乡设镇挂牌仪式。",
        "石桥镇辖30个行政村，总面积39.38平方公里，总人口1.9万，该镇地理位置优越，自然资源丰富，各项事业蓬勃发展。"
        "1993年完成社会总产值1.8亿元，全镇人均收入达到1080元，目前已发展成重要的石油化工基地。"]
    assert second.text == "本报讯(通讯员吴某某)入冬以来，青禾县河口乡组织群众兴修水利，新修渠道12公里，整修塘坝30座，受益农田达到两万亩。"
    assert (first.line_start, first.line_end, second.line_start) == (1, 8, 10)


def test_a_page_of_one_paragraph_a_line_is_not_joined() -> None:
    res = parse_text("青禾县召开会议\n本报讯 (记者 周某某)3月5日，青禾县召开春耕生产工作会议，部署当前工作\n"
                     "会议要求，各乡镇要抓好春耕备耕，确保粮食生产稳定\n"
                     "会议强调，要加强农资市场监管。\n", year=2023)
    (e,) = res.entries
    assert len(e.text.split("\n")) == 3


def test_page_label_patterns_are_linear_and_bounded() -> None:
    import time

    start = time.perf_counter()
    assert line_facts("第1版" + " " * 60000 + "x") is None  # (was quadratic: 12 s for 20,000 spaces)
    assert line_facts("当前版:" + " " * 60000 + "x") is None
    assert time.perf_counter() - start < 2
    assert line_facts("第" + "1" * 5000 + "版") is None  # no page of 5,000 digits (int() refused them)
    assert line_facts("第" + "1" * 5000 + "期") is None
    res = parse_text("第" + "1" * 5000 + "期\n\n" + _BODY, year=2023)  # (the whole file was refused)
    assert [e.title for e in res.entries][-1] == "青禾县石桥镇 干群合力抢收水稻"


def test_a_photo_news_keeps_its_caption_as_its_text() -> None:
    res = parse_text("2024年02月03日\n第A05版:要闻 PDF版\n\n小记者“跑”两会\n\n"
                     "2月1日，青禾报业小记者采访两会期间的执勤人员。为提升市民对两会的关注度，两会期间，8名小记者手持话筒，"
                     "与人大代表、政协委员面对面交流，以青少年的视角看两会。 王某某 摄\n", year=2024)
    (e,) = res.entries
    assert (e.title, e.section, e.date) == ("小记者“跑”两会", "要闻", "2024-02-01")
    assert e.text.startswith("2月1日，青禾报业小记者") and res.issue.meta["captions"]


def test_a_reporter_line_with_a_spaced_name_is_the_byline() -> None:
    res = parse_text("青禾县举办农民丰收节\n本报记者 王　某 张某某\n"
                     "9月23日，青禾县在城南广场举办农民丰收节，全县12个乡镇的特色农产品集中展销。\n", year=2023)
    (e,) = res.entries
    assert (e.title, e.byline, e.date) == ("青禾县举办农民丰收节", "王某、张某某", "2023-09-23")


def test_reporter_and_trailing_credit_patterns_are_linear() -> None:
    import time

    from digest import newspaper as np

    start = time.perf_counter()  # (a run of 记者, a label and a name of two at once, took 14 s for 4,000)
    for line in ("记者 " * 20000 + "x", "(" + "记者 " * 20000 + "x", "。(" + "甲 " * 30000 + ")"):
        np._REPORTER_LINE.match(line)
        np._BYLINE.search(line)
    assert time.perf_counter() - start < 1
    assert np._BYLINE.search("合作社(李某某)") is None  # the tail still sees what stands before it


# --- an e-paper reader's toolbar, its list of titles and of pages

_READER = """版面概览
标题导航
青禾县消协发布节日消费提示
街头菊花盛开 游客莫要攀折
版面导航
第01版:要闻
第04版:民生
当前版:04版
首版
上一版
下一版
末版
文章标题
上一篇
下一篇
放大
缩小
默认
街头菊花盛开 游客莫要攀折
花好莫要折。
□全媒体记者 柯望川 文/图
本报讯 时下，正是菊花盛开的时节，城区的公园里游人如织。
“菊花是让人观赏的，不是让人攀折的。”一名园林工人对记者说。
分享到
微信
QQ好友
"""


def test_an_epaper_readers_toolbar_is_chrome_and_its_headline_is_read() -> None:
    # the headline is printed in the page's list of titles too; the toolbar's words are one a line
    res = parse_text(_READER)
    arts = [e for e in res.entries if e.kind == "article"]
    assert [(e.title, e.byline, e.section) for e in arts] == [("街头菊花盛开 游客莫要攀折", "柯望川", "民生")]
    assert res.issue.meta["page"] == 4  # 当前版, not the first label of the page list


def test_a_toolbar_row_keeps_the_masthead_page_label() -> None:
    text = ("第03版:乡镇新闻\n2021年10月13日 星期\n3 上一篇  下一篇 4\n放大 缩小 默认\n" + _BODY
            + "\n3 上一篇  下一篇 4\n放大 缩小 默认\n")
    (e,) = parse_text(text).entries
    assert (e.title, e.section) == ("青禾县石桥镇 干群合力抢收水稻", "乡镇新闻")


# --- an evening paper's inside page extracted from a PDF (found by an independent annotator's pages)

def test_a_pdf_page_head_of_day_page_label_name_and_editor_is_facts() -> None:
    assert line_facts("2024年6月12日 星期三 A06 社会新闻 责编：柯某") == {
        "weekday": "星期三", "date": "2024-06-12", "page_name": "社会新闻", "page_label": "A06", "page": 6,
        "page_editor": "柯某"}
    assert line_facts("2024年6月12日 G20 峰会开幕") is None  # no page label: a line of text
    assert line_facts("本期四版 内部发行") == {"pages": 4, "distribution_note": "内部发行"}
    assert line_facts("本版责编：甲某 校对：乙某 版式：丙某") == {
        "page_editor": "甲某", "proofreader": "乙某", "layout_editor": "丙某"}
    assert line_facts("青禾晚报新闻热线：96811 投稿邮箱：qhwb@example.com") == {
        "hotline": "96811", "email": "qhwb@example.com", "name": "青禾晚报"}


def test_a_two_line_headline_over_a_dated_paragraph_after_a_finished_article() -> None:
    text = ("2024年6月12日 星期三 A06 社会新闻 责编：柯某\n"
            "公交车上老人突发疾病\n□本报记者 甄某某\n"
            "　　昨天上午8时许，青禾公交18路公交车行驶至人民公园站附近时，一名老人突然晕倒。\n"
            "　　随后赶到的急救人员将老人送往医院，目前老人已无大碍。\n"
            "湿地荷花\n次第开放\n"
            "　　6月11日，市民在青禾湿地公园赏荷拍照。\n"
            "本报记者 卞某某 摄\n")
    res = parse_text(text)
    first, second = res.entries
    assert (first.title, first.byline, first.date) == ("公交车上老人突发疾病", "甄某某", "2024-06-11")  # 昨天
    assert second.title == "湿地荷花次第开放" and second.date == "2024-06-11"  # a short second line: one title wrapped
    assert first.text.endswith("老人已无大碍。")
    assert res.issue.meta.get("page_name") == "社会新闻"



def test_a_readers_letters_column_gives_one_record_a_letter() -> None:
    text = ("石桥镇召开春耕动员会\n　　本报讯 4月16日，石桥镇召开春耕动员会，部署春耕生产。\n　　（镇农办 柯某某）\n\n"
            "读者来信\n村口路灯啥时能修好\n编辑同志：\n　　村口那盏路灯坏了快半年了，希望有关部门早日修好。\n　　（柳树村 甄某某）\n\n"
            "学校门口摆摊该管管了\n编辑同志：\n　　每天放学时，学校门口挤满了小摊，建议有关部门整治。\n　　（青禾中学 卞某某）\n")
    res = parse_text(text, year=1996)
    assert [(e.title, e.section, e.byline) for e in res.entries] == [
        ("石桥镇召开春耕动员会", None, "柯某某"), ("村口路灯啥时能修好", "读者来信", "甄某某"),
        ("学校门口摆摊该管管了", "读者来信", "卞某某")]
    assert res.entries[1].text.startswith("编辑同志：")
    assert "读者来信" not in res.entries[0].text


# --- page heads holding the page's credits, and a column's question headline ---------------------

@pytest.mark.parametrize(("line", "facts"), [
    ("青禾铁道报 2024年4月26日 星期五 第2版 要闻 责任编辑:甘小棠 美术编辑:严雪峰 电话:(0391)6127784",
     {"name": "青禾铁道报", "date": "2024-04-26", "weekday": "星期五", "page": 2, "page_name": "要闻",
      "page_editor": "甘小棠", "layout_editor": "严雪峰", "phone": "(0391)6127784"}),
    ("本版编辑　罗晓芸　　校对　方可为　　新闻热线　0871-63300000",
     {"page_editor": "罗晓芸", "proofreader": "方可为", "hotline": "0871-63300000"}),
    ("值班编辑：柯望川 美术编辑：宋明远", {"duty_editor": "柯望川", "layout_editor": "宋明远"}),
])
def test_a_page_heads_credits_each_under_its_own_label(line, facts):
    assert line_facts(line) == facts


COLUMN_QUESTION = """青禾法治报
2023年11月8日　星期三　第3版　法院·检察

执行干警凌晨出击
本报讯 11月5日凌晨，青禾区法院执行局局长柯望川带队将一名被执行人带回法院。
该案已全部执行到位。

以案说法
买车借了别人的名，车归谁？
　　【案情】2020年，吴某借用朋友的名义购买汽车一辆，车款由吴某支付。
　　【说法】承办法官甘小棠认为，借名人须证明双方存在借名合意并实际出资。
"""


def test_a_question_under_a_columns_name_is_the_title_the_name_its_column():
    r = parse_source(make_source(COLUMN_QUESTION))
    # (a column's name over a headline: the item's subsection, as most annotators read it; once its kicker)
    assert [(e.subsection, e.kicker, e.title) for e in r.entries] == [(None, None, "执行干警凌晨出击"),
                                                                      ("以案说法", None, "买车借了别人的名，车归谁？")]
    assert r.entries[1].text.startswith("【案情】")


WEEKLY_RELEASES = """青禾特别行政区政府新闻局
新闻公报
第24期　　二○二四年六月十日至六月十六日

【行政长官办公室】

行政长官会见青湖大学访问团
（2024年6月11日）
行政长官柯望川今日下午在政府总部会见青湖大学访问团，双方就人才培养交换意见。
教育局局长甘小棠等陪同会见。

行政长官出席青年创业大赛颁奖礼
（2024年6月13日）
青年创业大赛颁奖礼今晚在会展中心举行，行政长官柯望川出席并颁奖。

【经济财政范畴】

经济财政司司长率团出访
本月十日至十四日，经济财政司司长严雪峰率经贸代表团出访，并出席多场投资对接会。

消费者委员会公布超市价格调查
本月十二日，消费者委员会公布第二季超市价格调查结果。
"""


def test_a_weeks_press_releases_each_under_its_title_and_day():
    assert line_facts("第24期　　二○二四年六月十日至六月十六日") == {"issue_no": 24, "date": "2024-06-10"}
    assert line_facts("一九九七年九月二十六日　星期五") == {"date": "1997-09-26", "weekday": "星期五"}
    r = parse_source(make_source(WEEKLY_RELEASES))
    assert [(e.section, e.title, e.date, e.date_end) for e in r.entries] == [
        ("行政长官办公室", "行政长官会见青湖大学访问团", "2024-06-11", None),  # 今日: the release's day
        ("行政长官办公室", "行政长官出席青年创业大赛颁奖礼", "2024-06-13", None),
        ("经济财政范畴", "经济财政司司长率团出访", "2024-06-10", "2024-06-14"),
        ("经济财政范畴", "消费者委员会公布超市价格调查", "2024-06-12", None),  # 本月: never the month before
    ]
    assert r.entries[0].text.startswith("行政长官柯望川")  # the date line is no text


EVENING_PAGE = """青禾晚报
2023年3月14日　星期二　A07
社会新闻
编辑　龚　茜　　美编　欧阳瑾　　校对　芦　苇

今天起 南环路六个路口实行“绿波”通行
记者 甘小棠

记者今天上午从市公安局交警支队获悉，南环路六个信号灯路口从今天起实行“绿波”通行，车辆按建议车速行驶可一路绿灯。

小区电梯一月“罢工”四次
记者 罗晓芸

“一个月停了四次。”昨天，家住锦绣苑小区的居民向本报反映，楼里那部电梯频频出故障。

社会速览

■ 男子酒驾被查 3月11日晚10时许，交警在北林大道夜查时拦下一辆轿车，驾驶人血液酒精含量超标。（通讯员 岑雨薇）

● 女子深夜被困电梯 昨日凌晨，消防员赶到星河湾小区，5分钟后将被困女子安全救出。（记者 严雪峰）
"""


def test_an_evening_papers_briefs_after_a_bullet_and_days_named_by_the_page():
    assert line_facts("编辑　龚　茜　　美编　欧阳瑾　　校对　芦　苇") == {
        "duty_editor": "龚茜", "layout_editor": "欧阳瑾", "proofreader": "芦苇"}
    r = parse_source(make_source(EVENING_PAGE))
    assert [(e.title, e.date) for e in r.entries] == [
        ("今天起 南环路六个路口实行“绿波”通行", "2023-03-14"),  # 今天: the page's day
        ("小区电梯一月“罢工”四次", "2023-03-13"),  # 昨天 after a quotation: the day before
        ("男子酒驾被查", "2023-03-11"),
        ("女子深夜被困电梯", "2023-03-13"),
    ]
    assert [e.subsection for e in r.entries[2:]] == ["社会速览", "社会速览"]  # (a column of briefs under the page's name)
    assert r.entries[2].text.startswith("3月11日晚")  # the lead phrase is the title, no text


THEORY_PAGE = """青禾日报
2024年6月20日　星期四　第3版　理论·评论

以新质生产力赋能县域产业
■ 甘小棠

　　发展新质生产力不是要忽视传统产业，而是要用新技术改造提升传统产业。
　　县域特色产业是地方经济的根，只要因地制宜，就能跑出加速度。
　　（作者系青禾市委党校经济学教研部副教授）

在践行“四下基层”中锤炼作风
阿依古丽·买买提

　　调查研究是谋事之基，年轻干部尤其要多到基层去。
　　（作者单位：中共石门县委党校）

数字赋能须防“指尖上的形式主义”
罗晓芸　严雪峰

　　随着政务服务不断向基层延伸，一些地方出现了过度留痕的问题。

“夜经济”越火，安全弦越要绷紧
■ 公冶青青

　　入夏以来，湖滨夜市人气持续攀升，隐患同样不容忽视。
　　（作者为市应急管理学会会员、岑雨薇的学生　柯望川）
"""


def test_a_theory_pages_authors_under_titles_and_author_notes_closing_them():
    r = parse_source(make_source(THEORY_PAGE))
    assert [(e.title, e.byline) for e in r.entries] == [
        ("以新质生产力赋能县域产业", "甘小棠"),
        ("在践行“四下基层”中锤炼作风", "阿依古丽·买买提"),  # names alone under the title
        ("数字赋能须防“指尖上的形式主义”", "罗晓芸、严雪峰"),
        ("“夜经济”越火，安全弦越要绷紧", "公冶青青"),  # a headline of two clauses over its author
    ]
    ends = ["就能跑出加速度。", "多到基层去。", "过度留痕的问题。", "同样不容忽视。"]  # (no author note in the text)
    assert all(e.text.endswith(end) for e, end in zip(r.entries, ends, strict=True)), [e.text[-12:] for e in r.entries]
    assert "阿依古丽·买买提" in r.entries[1].persons


def test_an_old_mastheads_date_and_number_in_chinese_numerals():
    assert line_facts("一九九八年十月九日　星期五　农历戊寅年八月十九") == {
        "date": "1998-10-09", "weekday": "星期五", "lunar_date": "农历戊寅年八月十九"}
    assert line_facts("总第四一五期　本期四版") == {"total_no": 415, "pages": 4}
