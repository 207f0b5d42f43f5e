"""Web captures of county, department, 人大/政协, school and hospital pages (sweep 5): meta lines that
open with an empty count, notices (通知/公告) published as a page, credits and footers under an item.
Every name and place here is invented."""

from __future__ import annotations

from conftest import entry_rows, parse_text

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


NOTICE = ("各乡镇人民政府,县政府各部门:\n\n《青禾县护林防火工作规则》已经2019年1月4日县政府常务会议通过,现予印发,请遵照执行。\n\n"
          "青禾县人民政府\n2019年1月17日\n\n(此件公开发布)\n\n青禾县护林防火工作规则\n\n第一章 总 则\n\n"
          "一、为做好护林防火工作,制定本规则。\n\n二、县政府统一领导全县护林防火工作。\n")


def test_a_notice_under_the_open_government_table() -> None:
    text = ("首页 > 青禾县人民政府办公室信息公开 > 信息浏览\n索引号: 003129766/201901-00336 组配分类: 规范性文件发布\n"
            "发文日期: 2019-01-23 生效时间: 2019-01-23\n废止时间: 2020-01-23 名称: 青禾县人民政府关于印发《青禾县护林防火"
            "工作规则》的通知\n信息来源: 关键词:\n浏览次数: 590 内容概述:\n\n青禾县人民政府关于印发《青禾县护林防火工作规则》的通知\n\n"
            + NOTICE)
    # one record: the notice with its attachment, dated the day it was signed; the page's date is not the
    # day the document expires
    assert entry_rows(text) == [("article", "青禾县人民政府关于印发《青禾县护林防火工作规则》的通知", "2019-01-17",
                                 "2019-01-23")]


def test_a_notice_issued_by_two_units_with_its_number() -> None:
    text = ("青委发〔2021〕68号\n\n中共青禾镇委员会\n\n青禾镇人民政府\n\n关于印发《青禾镇护林防火工作方案》的通知\n\n"
            "各村党总支、村委会:\n\n《青禾镇护林防火工作方案》已经镇党委同意,现印发给你们,请结合实际,抓好落实。\n\n"
            "中共青禾镇委员会\n\n青禾镇人民政府\n\n二OO八年一月七日\n\n(此件公开发布)\n")
    doc = parse_text(text)
    assert [(e.kicker, e.title, e.date) for e in doc.entries] == [
        ("中共青禾镇委员会 青禾镇人民政府", "关于印发《青禾镇护林防火工作方案》的通知", "2008-01-07")]
    assert doc.entries[0].text.startswith("各村党总支、村委会:")


def test_a_notice_titled_over_its_meta_line_is_one_record() -> None:
    text = ("青禾县人民政府办公室 关于印发《青禾县护林防火工作规则》的通知\n\n发布日期:2019-01-23 信息来源:青禾县人民政府办公室\n\n"
            + NOTICE)
    assert entry_rows(text) == [("article", "青禾县人民政府办公室 关于印发《青禾县护林防火工作规则》的通知",
                                 "2019-01-17", "2019-01-23")]
    # an item whose text is a notice: the notice's title is no new record
    text = ("县政府第8次常务会议\n发布时间:2022-06-06 11:37 来源:青禾县人民政府办公室\n\n关于召开县政府第8次常务会议的通知\n\n"
            "县直有关单位:\n\n县政府定于6月7日上午召开常务会议。现将有关事项通知如下:\n\n1.请县长、副县长参加。\n")
    assert [e.title for e in parse_text(text).entries] == ["县政府第8次常务会议"]


def test_a_column_name_over_the_first_headline_without_meta() -> None:
    text = ("您现在的位置: 青禾一中>> 走进校园>>校园新闻>>正文内容\n\n校园新闻\n\n我校召开新学期首次全体教工大会\n\n"
            "8月17日下午,我校在报告厅召开新学期首次全体教工大会。\n\n会议由校长柯望川主持。\n\n"
            "最后柯校长做了总结发言。\n")
    doc = parse_text(text)
    assert [(e.section, e.title, e.date) for e in doc.entries] == [("校园新闻", "我校召开新学期首次全体教工大会", None)]


def test_a_site_s_closing_workflow_credits_are_no_text() -> None:
    text = ("县教育局开展节前安全工作调研\n9月30日上午,县教育局局长柯望川带队到青禾镇中学开展调研。\n"
            "调研结束后,副局长甘小棠等陪同。\n初稿:夏若溪\n修改:林川舟\n审核:白露生\n发布:夏若溪\n")
    e = parse_text(text).entries[0]
    assert e.text.endswith("等陪同。") and not e.warnings[1:]
    assert "夏若溪" not in e.persons and "林川舟" not in e.persons


def test_closing_lines_of_a_school_page() -> None:
    text = ("您现在的位置: 青禾一中>> 校园新闻>>正文内容\n\n我校召开全体教工大会\n\n8月17日下午,我校召开全体教工大会。\n\n"
            "会议由校长柯望川主持。\n\n文、图/甘小棠\n\n责任编辑:甘小棠\n")
    e = parse_text(text).entries[0]
    assert (e.title, e.byline, e.text) == ("我校召开全体教工大会", "甘小棠", "8月17日下午,我校召开全体教工大会。\n会议由校长柯望川主持。")


def test_who_typed_it_in_under_the_meta_and_an_empty_attachment_label() -> None:
    text = ("我校召开校报座谈会\n发布时间:2013-10-18\n点击:\n来源:本站原创\n录入者:甘小棠\n"
            "10月17日,我校召开校报座谈会。\n柯望川主任回顾了校报的成绩。\n\n附件:\n|\n")
    e = parse_text(text).entries[0]
    assert (e.title, e.date, e.text) == ("我校召开校报座谈会", "2013-10-17", "10月17日,我校召开校报座谈会。\n柯望川主任回顾了校报的成绩。")
    assert not e.warnings


def test_an_essay_s_author_marked_under_its_title() -> None:
    text = ("红军长征中的群众工作\n\n发布时间:2020-09-25 16:24:16 来源: 浏览次数:\n\n"
            "                         ◎ 甘小棠\n \n  红军的群众工作,是军队指战员做的工作。\n\n  一、群众路线\n\n  群众路线是根本。\n")
    assert [(e.title, e.byline) for e in parse_text(text).entries] == [("红军长征中的群众工作", "甘小棠")]


def test_a_closing_credit_naming_the_unit_before_its_writer() -> None:
    text = ("您现在的位置:青禾县人大>> 乡镇人大>>正文内容\n青禾镇人民代表大会第三次会议召开\n"
            "8月9日至10日,青禾镇人民代表大会第三次会议召开,61名代表出席会议。会议号召全镇人民为全面建成小康社会而努力奋斗!"
            "(青禾镇人大 柯望川)\n作者: 来源:\n")
    e = parse_text(text).entries[0]
    assert (e.title, e.byline) == ("青禾镇人民代表大会第三次会议召开", "柯望川")
    assert e.text.endswith("努力奋斗!")
    text = "青禾区政协委员视察人社工作\n6月16日下午,区政协副主席柯望川带领委员视察了人社工作。\n(区政协委员活动工作室 甘 棠)\n"
    assert parse_text(text).entries[0].byline == "甘棠"


def test_footer_furniture_of_older_sites() -> None:
    for line, reason in (("+A -A", "toggles"), ("A+ A-", "toggles"), ("本站支持IPv6", "toggles"), ("更多", "related"),
                         ("转载本网文章请注明出处 打印", "disclaimer"), ("[后台管理]", "site-links"), ("返回主站", "print-close"),
                         ("青禾网  >   新闻中心  >   时政要闻", "breadcrumb")):
        assert chrome_reason(line) == reason, line
    for line in ("今年1至9月,产值>去年全年。", "A-A", "关键词是什么?"):
        assert chrome_reason(line) is None, line
    text = ("青禾县卫健委\n本站支持IPv6\n返回主站\n当前位置: 动态 / 工作动态\n\n三区县相继召开卫生工作会议\n\n"
            "来源:卫生局 发布时间:2010-04-02 14:41 阅读: 字体大小: 打印    保存 收藏\n\n      3月19日,甲区卫生工作会议召开。"
            "副区长柯望川出席会议。\n会议要求做好各项工作。\n\n转载本网文章请注明出处 打印\n")
    assert entry_rows(text) == [("article", "三区县相继召开卫生工作会议", "2010-03-19", "2010-04-02")]


def test_an_ad_slot_a_keywords_label_and_a_caption_without_credit() -> None:
    text = ("ad9_210*60\n关键词:\n青禾网  >   新闻中心  >   基层动态\n\n走基层:边防民警的一天\n\n2016年01月13日 15:16:00  来源:青禾网\n"
            "字号:    \n\n  图为民警在值班备勤\n\n  青禾网讯(柯望川 甘小棠)边防民警的工作很多。\n\n  图为民警走访群众\n\n"
            "  近日,记者跟拍了派出所民警的日常。\n")
    assert [(e.title, e.byline) for e in parse_text(text).entries] == [("走基层:边防民警的一天", "柯望川、甘小棠")]


def test_a_monthly_s_issue_line_is_no_headline() -> None:
    text = ("2014年11月 第11期\n\n我院获颁好新闻奖\n\n10月16日,在青禾县卫生好新闻颁奖会上,我院两篇稿件获奖。\n\n"
            "今后将继续做好宣传工作。\n")
    doc = parse_text(text)
    assert [(e.title, e.date) for e in doc.entries] == [("我院获颁好新闻奖", "2014-10-16")]
    assert doc.issue.issue_no == 11


def test_a_page_of_bulleted_briefs_without_their_column_label() -> None:
    text = ("◆7月5日上午,青禾镇召开农业补贴工作会议。副镇长柯望川主持会议。\n"
            "◆12日上午,镇党委宣传委员甘小棠主持召开应急广播建设推进会。\n"
            "◆7月4日,青禾镇暑期辅导站正式开班,免费为120名留守儿童辅导。 夏若溪 林川舟\n"
            "◆近日,青禾镇总工会举办演讲比赛,11位选手讲述了自己的故事。\n")
    entries = parse_text(text, year=2018).entries
    assert [(e.kind, e.date) for e in entries] == [("article", "2018-07-05"), ("article", None), ("article", "2018-07-04"),
                                                    ("article", None)]
    assert entries[0].title == "7月5日上午,青禾镇召开农业补贴工作会议" and entries[3].title.startswith("近日,青禾镇总工会")
    # two bulleted paragraphs are no column of briefs (an article's points)
    assert parse_text("◆7月5日上午,青禾镇召开农业补贴工作会议。副镇长柯望川主持会议。\n◆会议要求,各村要压实责任,确保补贴发放到位。\n"
                      ).issue.layout == "blocks"


def test_bulleted_briefs_under_an_item_s_meta_line_stay_its_text() -> None:
    text = ("青禾街道一周工作播报\n\n发布日期:2022-05-16\n\n▲5月9日,市领导柯望川一行到青禾街道现场观摩。\n\n"
            "▲5月13日,区委政法委督导组到青禾街道督导。\n\n▲5月14日上午,区委副书记甘小棠带领考察团到青禾街道观摩。\n")
    assert entry_rows(text) == [("article", "青禾街道一周工作播报", None, "2022-05-16")]
