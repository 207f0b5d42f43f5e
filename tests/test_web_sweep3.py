"""Web captures of 政务动态 pages (sweep 3): meta lines a site leaves empty or fills with buttons,
the 信息公开 table over an item, which date is the page's own, and the widgets under an item (a
comment box, a directory of contacts). Every name and place here is invented."""

from __future__ import annotations

from conftest import entry_rows, parse_text

from digest.chrome import chrome_reason

BODY = "10月15日,青禾镇召开秋季护林推进会。副县长柯望川主持会议并讲话。\n\n会议要求,各村要压实责任。\n"


def test_an_empty_count_label_and_a_font_line_of_download_buttons() -> None:
    text = ("当前位置: 网站首页 >> 要闻 >> 乡镇动态 >> 正文\n\n青禾镇召开秋季护林推进会\n\n发布日期:2024-10-15\n"
            "来源: 青禾县融媒体中心\n点击:\n字号:[ ] 【下载Word】 【下载PDF】\n\n" + BODY)
    assert entry_rows(text) == [("article", "青禾镇召开秋季护林推进会", "2024-10-15", "2024-10-15")]
    assert "字号" not in parse_text(text).entries[0].text
    for line in ("点击:", "浏览：", "阅读:", "访问量:", "字号:[ ] 【下载Word】 【下载PDF】",
                 "字体:[ 大 中 小 ]"):
        assert chrome_reason(line) == "item-meta", line
    assert chrome_reason("【下载PDF】【打印】【关闭】") == "print-close"
    assert chrome_reason("字号") == "toggles"
    # a label opening a sentence is text
    for line in ("点击:这里查看全文。", "阅读:《青禾县志》第三卷,共十二章。"):
        assert chrome_reason(line) is None, line


def test_the_open_government_table_over_an_item() -> None:
    text = ("青禾街道办事处\n标题: 青禾街道 | 一周工作播报\n索引号: 11370303004217709K/2022-5238762 文号:\n"
            "发文日期: 2022-05-16 发布机构: 青禾街道办事处\n\n青禾街道 | 一周工作播报\n\n发布日期:2022-05-16\n"
            "  • 字号:\n  • |\n  • 打印\n\n▲5月9日,市领导柯望川一行到青禾街道现场观摩。\n\n"
            "▲5月13日,区委政法委督导组到青禾街道督导。\n")
    assert entry_rows(text) == [("article", "青禾街道 | 一周工作播报", None, "2022-05-16")]
    for line in ("索引号: 11370303004217709K/2022-5238762 文号:", "索   引   号 20191202-189769 分        类 其他",
                 "发文日期: 2022-05-16 发布机构: 青禾街道办事处", "主题分类:", "生成日期: 2019-01-23 文号:",
                 "发布机构 市人民政府办公室 发 文 日 期 2019-11-29"):
        assert chrome_reason(line) == "doc-meta", line
    # without its table a title label is text
    assert chrome_reason("标题: 青禾街道 | 一周工作播报") is None


def test_the_open_government_table_dates_the_page_without_a_published_line() -> None:
    text = ("索引号: 113703/2022-52 文号:\n发文日期: 2022-05-16 发布机构: 青禾街道办事处\n\n"
            "青禾街道召开秋季护林推进会\n\n5月13日,青禾街道召开秋季护林推进会。\n\n会议要求,各社区要压实责任。\n")
    assert entry_rows(text) == [("article", "青禾街道召开秋季护林推进会", "2022-05-13", "2022-05-16")]


def test_the_day_the_page_was_saved_is_not_its_date() -> None:
    text = ("2023年03月29日 星期三\n\n青禾县召开护林工作会议\n\n发布日期:2020-01-27\n\n信息来源:青禾日报\n\n"
            "  1月26日下午,青禾县召开护林工作会议。县长柯望川主持会议。\n编辑:甘小棠\n")
    assert entry_rows(text) == [("article", "青禾县召开护林工作会议", "2020-01-26", "2020-01-27")]


def test_a_masthead_date_of_the_same_day_is_kept() -> None:
    # a newspaper's page saved from its site: the masthead's date and weekday and the item's 发布日期 agree
    text = ("2020年01月27日 星期一\n\n青禾县召开护林工作会议\n\n发布日期:2020-01-27\n\n"
            "  1月26日下午,青禾县召开护林工作会议。县长柯望川主持会议。\n")
    assert entry_rows(text) == [("article", "青禾县召开护林工作会议", "2020-01-26", "2020-01-27")]


def test_a_masthead_date_a_day_after_its_items_is_kept() -> None:
    # an e-paper posts its items the evening before the day its masthead prints
    text = ("2020年01月28日 星期二\n\n青禾县召开护林工作会议\n\n发布日期:2020-01-27\n\n"
            "  1月26日下午,青禾县召开护林工作会议。县长柯望川主持会议。\n")
    assert entry_rows(text) == [("article", "青禾县召开护林工作会议", "2020-01-26", "2020-01-28")]


def test_a_signed_date_in_the_body_does_not_replace_the_published_date() -> None:
    text = ("当前位置: 首页 > 今日青禾 > 镇办动态\n青禾街道组织清扫积雪\n发布日期:2021-03-02 19:52 信息来源:管理员 访问量:917\n\n"
            "昨日突降大雪,青禾街道组织社区工作人员清扫主干道积雪。\n\n  青禾街道办事处\n\n    2021年2月25日\n")
    assert entry_rows(text) == [("article", "青禾街道组织清扫积雪", None, "2021-03-02")]


def test_today_before_a_welcome() -> None:
    assert chrome_reason("今天是: 欢迎访问青禾县人大常委会网站!") == "today"


def test_a_comment_box_under_the_item() -> None:
    text = ("2020年第6次县政府常务会召开\n\n\n【全媒体记者 甘小棠】4月7日,县长柯望川主持召开县政府常务会议。\n\n"
            "会议审议了有关方案。\n\n(编辑:夏若溪 审核:林青禾)\n\n\n评论一下\n评论 0人参与,0条评论\n还没有评论,快来抢沙发吧!\n"
            "最热评论\n最新评论\n已有0人参与,点击查看更多精彩评论\n")
    res = parse_text(text)
    assert [(e.kind, e.title, e.date) for e in res.entries] == [("article", "2020年第6次县政府常务会召开", "2020-04-07")]
    assert "评论" not in res.entries[0].text and res.entries[0].warnings == []
    assert chrome_reason("实名登录") == "comments"


def test_a_directory_of_contacts_under_the_item() -> None:
    text = ("当前位置: 首页 > 今日青禾 > 镇办动态\n青禾街道组织清扫积雪\n发布日期:2021-03-02 19:52 信息来源:管理员\n\n"
            "3月1日,青禾街道组织社区工作人员清扫主干道积雪。\n\n微信信访\nAPP信访\n短信信访\n\n"
            "区委书记 柯望川 15537328017\n\n区 长 甘小棠 18236126522\n\n信访局局长 夏若溪 0391-3456789\n")
    res = parse_text(text)
    assert [(e.title, e.date) for e in res.entries] == [("青禾街道组织清扫积雪", "2021-03-01")]
    assert res.entries[0].persons == [] and "信访" not in res.entries[0].text
    assert chrome_reason("区委书记 柯望川 15537328017") == "contact"
    # a sentence with a telephone number is text
    assert chrome_reason("咨询电话请拨 15537328017") is None


ARTICLE = ("5月10日上午,青禾镇召开第十八届人民代表大会第六次会议。会议听取了镇长柯望川所作《政府工作报告》。\n"
           "会议回顾总结了青禾镇2019年工作所取得的成绩,并提出2020年重点工作任务。\n通讯员 甘小棠报道\n"
           "编辑:夏若溪 责任编辑:林青禾\n")


def test_a_reporter_line_closing_an_article_is_its_byline() -> None:
    res = parse_text("青禾镇召开人代会\n" + ARTICLE)
    assert [(e.kind, e.title, e.byline) for e in res.entries] == [("article", "青禾镇召开人代会", "甘小棠")]
    assert "通讯员" not in res.entries[0].text and res.entries[0].warnings == []


def test_a_page_printed_twice_is_read_once() -> None:
    res = parse_text("青禾镇召开人代会\n" + ARTICLE + ARTICLE)
    assert [(e.kind, e.title, e.date) for e in res.entries] == [("article", "青禾镇召开人代会", "2020-05-10")]
    e = res.entries[0]
    # the copy stays inside the article's span (as a fact line would), never in its text
    assert e.text.count("会议回顾总结") == 1 and e.byline == "甘小棠"
    assert [w for w in e.warnings if "repeat" in w] == [
        "line 6: lines 6-8 repeat lines 2-4 word for word (the text printed twice); the copy is left out"]
    assert [w for w in res.issue.warnings if "repeat" in w] == e.warnings  # reported once
    assert res.issue.meta["repeated_copy"] == [{"line_start": 6, "line_end": 8, "of": 2}]
    assert [(p.line, p.kind) for p in res.problems if "repeat" in p.message] == [(6, "repeated-copy")]


def test_paragraphs_without_a_headline_printed_twice() -> None:
    para = ("7月24日以来,青禾县出现连续高温干旱。县防汛抗旱指挥部下发通知,全县有序组织抗旱灌溉。"
            "县领导柯望川深入相关乡镇督导抗旱救灾工作。\n")
    res = parse_text(para + para)
    assert len(res.entries) == 1 and res.entries[0].line_end == 1
    # (no headline: one block per paragraph, the doubt on the issue and in `digest check`)
    assert any(w.startswith("line 2: repeats line 1 word for word") for w in res.issue.warnings)
    assert [p.kind for p in res.problems if "repeats" in p.message] == ["repeated-copy"]


def test_a_short_line_printed_twice_is_kept() -> None:
    # a subhead or a caption may be printed twice on purpose; only a long run is a copy
    text = ("青禾县召开护林会议\n\n本报讯 10月8日,青禾县召开秋季护林工作推进会。\n\n现场照片\n\n现场照片\n\n"
            "会议要求,各乡镇要压实责任。\n")
    res = parse_text(text)
    assert "现场照片\n现场照片" in res.entries[0].text
    assert not any("repeat" in w for w in res.issue.warnings)


def test_a_web_headline_with_two_subtitle_lines() -> None:
    text = ("2023年03月29日 星期三\n\n青禾县委常委会召开扩大会议\n\n传达学习省委常委会会议精神 安排部署全县护林工作\n\n"
            "柯望川主持并讲话 甘小棠夏若溪出席\n\n发布日期:2020-01-27\n\n信息来源:青禾日报\n\n"
            "  1月26日下午,县委常委会召开扩大会议。县委书记柯望川主持会议并讲话。\n")
    res = parse_text(text)
    assert [(e.kind, e.title, e.date, e.issue_date) for e in res.entries] == [
        ("article", "青禾县委常委会召开扩大会议", "2020-01-26", "2020-01-27")]
    assert res.entries[0].subtitle.split("\n") == ["传达学习省委常委会会议精神 安排部署全县护林工作",
                                                    "柯望川主持并讲话 甘小棠夏若溪出席"]
    assert res.entries[0].text.startswith("1月26日下午")


def test_a_column_name_over_a_headline_and_its_subtitle_is_no_headline() -> None:
    text = ("乡镇动态\n\n青禾县公布示范村名单\n\n东岭村等5村上榜\n\n发布日期:2023-09-13\n\n"
            "  9月12日,青禾县公布示范村名单。\n")
    assert "乡镇动态" not in [e.title for e in parse_text(text).entries if e.kind == "article"]


def test_a_label_line_between_a_slogan_and_a_headline_is_no_subtitle() -> None:
    text = ("当前位置《青禾网》 > 青禾报> 第434期>第4版\n    第4版 :副刊\n    《青禾报》—青禾人自己的报纸\n"
            "    报刊搜索: 搜索\n\n    开栏的话\n\n    作者: 来源:青禾报 时间:2022-05-30\n    编辑:甘小棠 点击数: 字号:\n\n"
            "    为积极响应县委号召,本版开设征文专栏。\n")
    assert [e.title for e in parse_text(text).entries if e.kind == "article"] == ["开栏的话"]
