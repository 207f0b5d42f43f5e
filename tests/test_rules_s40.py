"""Session 40's rules, each on hand-made text whose names and places appear in no sample: closing credits (a unit
and its writer a line break parted, glued with no space, a name spaced to three's width, an office alone, two units
each with its writer, a Mongolian writer), a mobile page's cards beside its article, a visitor counter, a purpose
clause's days before a later paragraph's, page heads read top-down (a page's name first, a dotted one, a folio beside
the editors' line, a figure alone that is no folio), a framed 目录 section printing its page over run-in briefs, a
page in brackets under its title, body titles the 目录 words shorter, persons elected, relieved or named after an
occupation, a village's 的 before a dotted name, a leader's 批示 under an item's credit, an e-paper article's three
decks over its meta line beside the archive's calendar, a name before its Latin form in brackets, a bold title after
its siblings' mark run into its text, a saved article's captions and furniture, more page heads, credits the
extraction broke over lines, and a 目录 under a framed head whose pages stand in a column after its titles."""

from __future__ import annotations

from conftest import make_source, nows

from digest.bylines import glued_unit_writer
from digest.parse import parse_source
from digest.text import peel_entry_credits, trailing_credit

_DIGEST = """某县政务信息
2021年第3期（总第120期）
某县人民政府办公室编               2021年3月8日

目　录
【工作动态】
全县春耕备耗物资储备充足……………………………………1
县市场监管局开展春季食品安全抽检…………………………1
某镇完成森林防火隐患排查……………………………………2
县档案馆完成馆藏档案数字化…………………………………2

【工作动态】

全县春耕备耗物资储备充足
3月2日，全县春耕生产调度会召开。截至目前，全县储备化肥1.2万吨、种子860吨，
能够满足春耕需要。
（县农业农村局
郁晨阳）

县市场监管局开展春季食品安全抽检
3月4日起，县市场监管局对城区农贸市场和超市开展抽检，共抽检蔬菜、肉类等样品
230批次，合格率98.7%。（县市场监管局宓晓帆）

某镇完成森林防火隐患排查
2月下旬，某镇组织护林员对辖区12个村开展隐患排查，清理林下可燃物40余吨。（某镇林业站　訾　岚）

县档案馆完成馆藏档案数字化
截至2月底，县档案馆完成馆藏档案数字化扫描46万页，查档服务实现“一站式”办理。
（县档案馆）
"""


def test_a_closing_credit_parted_by_a_line_break_and_one_glued_to_its_writer_leave_the_text() -> None:
    result = parse_source(make_source(_DIGEST), persons=True)
    got = {e.title: e for e in result.entries}
    assert len(got) == 4
    spring = got["全县春耕备耗物资储备充足"]
    assert spring.text.endswith("能够满足春耕需要。") and spring.byline == "郁晨阳" and spring.persons == ["郁晨阳"]
    test = got["县市场监管局开展春季食品安全抽检"]
    assert test.text.endswith("合格率98.7%。") and test.byline == "宓晓帆"
    fire = got["某镇完成森林防火隐患排查"]
    assert fire.text.endswith("可燃物40余吨。") and fire.byline == "訾岚"
    archive = got["县档案馆完成馆藏档案数字化"]
    assert archive.text.endswith("“一站式”办理。") and archive.byline is None and archive.persons == []


def test_a_unit_glued_to_its_writer_is_parted_where_a_unit_ends_and_a_name_begins() -> None:
    assert glued_unit_writer("抽检合格率98.7%。（区市场监管局宓晓帆）") == ("抽检合格率98.7%。", "区市场监管局", "宓晓帆")
    assert glued_unit_writer("（某乡农技推广中心郁晨）") == ("", "某乡农技推广中心", "郁晨")
    # a unit alone, a place and a count, text running on before the bracket: no writer
    assert glued_unit_writer("会议召开。（县政府办公室）") is None
    assert glued_unit_writer("全县先进基层党组织（共八个）") is None
    assert glued_unit_writer("工作组在某镇察看（县委办宓晓帆）") is None


def test_a_writers_name_spaced_to_three_and_an_office_alone_close_a_paragraph() -> None:
    assert trailing_credit("排查完毕。（某镇机关党支部　訾　岚）") == (
        "排查完毕。", [("contributor", "供稿", "某镇机关党支部"), ("writer", "撰稿", "訾岚")])
    assert trailing_credit("审议通过。（研究室）") == ("审议通过。", [("contributor", "落款", "研究室")])
    assert trailing_credit("拟于下周召开（会议室）") is None  # (after no sentence's end: a place in the text)
    paras = ["检查结束。", "（某垦殖场", "郁晨阳）"]
    assert peel_entry_credits(paras) == [] and paras == ["检查结束。", "（某垦殖场 郁晨阳）"]  # (`unit_writer`'s to read)


_MOBILE = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>某县召开一季度安全生产形势分析会_要闻</title></head><body>
<header class="m-header"><a href="/m/">首页</a><a href="/m/search">搜索</a></header>
<article class="m-detail"><h1>某县召开一季度安全生产形势分析会</h1>
<div class="info"><span>来源：某县应急管理局</span><span>2024-04-09 17:20</span></div>
<div id="zoom"><p>4月8日，某县召开一季度安全生产形势分析会，通报一季度全县安全生产情况，部署二季度重点工作。副县长郜思远出席会议并讲话。</p>
<p>会议要求，各乡镇、各部门要紧盯汛期、节假日等重点时段，深入开展隐患排查整治，坚决防范遏制重特大事故。</p></div>
</article>
<section class="m-list-box"><h2>乡镇动态</h2><ul class="news-list">
<li><a href="/m/a1.html"><h3>柳坪镇开展春季森林防火宣传</h3><p>4月7日，柳坪镇组织干部职工和护林员深入各村开展森林防火宣传，发放宣传资料1200余份，悬挂横幅30余条。</p><span>04-07</span></a></li>
<li><a href="/m/a2.html"><h3>石桥乡召开人居环境整治推进会</h3><p>4月6日，石桥乡召开农村人居环境整治推进会，对下一阶段垃圾清运、厕所改造和村庄绿化工作作出安排。</p><span>04-06</span></a></li>
<li><a href="/m/a3.html"><h3>河口镇举办农村实用技术培训班</h3><p>日前，河口镇邀请县农技中心专家为120余名种植户讲授水稻育秧和病虫害防治技术。</p><span>2024-04-03</span></a></li>
</ul></section>
<footer class="m-footer"><p>主办：某县人民政府办公室</p></footer></body></html>
"""


def test_a_mobile_pages_cards_of_news_beside_its_article_are_items_of_the_page(tmp_path) -> None:
    from digest.parse import parse_path

    page = tmp_path / "m.html"
    page.write_text(_MOBILE, encoding="utf-8")
    titles = [e.title for e in parse_path(page, persons=False).entries]
    assert titles[0] == "某县召开一季度安全生产形势分析会"
    assert titles[1:] == ["柳坪镇开展春季森林防火宣传", "石桥乡召开人居环境整治推进会", "河口镇举办农村实用技术培训班"]
    # a box of related links (titles and dates, no summaries) beside the article stays out
    bare = _MOBILE
    for cut in ("4月7日，柳坪镇组织干部职工和护林员深入各村开展森林防火宣传，发放宣传资料1200余份，悬挂横幅30余条。",
                "4月6日，石桥乡召开农村人居环境整治推进会，对下一阶段垃圾清运、厕所改造和村庄绿化工作作出安排。",
                "日前，河口镇邀请县农技中心专家为120余名种植户讲授水稻育秧和病虫害防治技术。"):
        bare = bare.replace(cut, "")
    page.write_text(bare, encoding="utf-8")
    assert [e.title for e in parse_path(page, persons=False).entries] == ["某县召开一季度安全生产形势分析会"]


_SAVED_PAGE = """当前位置：首页 > 政务公开 > 政务动态
某县举办2023年防汛应急演练
来源：县应急管理局　　发布时间：2023-06-02 10:15
为切实提高防汛抢险队伍的实战能力，确保安全度汛，5月30日至31日，某县在河湾乡举办防汛应急演练，县直有关单位和各乡镇共200余人参加。
31日上午，演练在河湾乡堤段举行，模拟堤防管涌、群众转移等科目，历时一个半小时。
责任编辑：某某
【打印本页】　　【关闭窗口】
您是本站第 2,318,045 位访问者
"""


def test_a_days_after_a_purpose_clause_come_before_a_later_paragraphs_and_a_visitor_counter_is_no_text() -> None:
    from conftest import parse_text

    (e,) = parse_text(_SAVED_PAGE).entries
    assert (e.date, e.date_end) == ("2023-05-30", "2023-05-31")
    assert e.text.rstrip().endswith("历时一个半小时。")


_PAGE_HEAD = """综 合 新 闻

2019年3月15日 星期五

今日某川

3

责任编辑：某某 版式：某某

某镇召开春耕生产动员会
本报讯（记者 某某）3月12日，某镇召开春耕生产动员会，安排部署今年春耕备耕工作。镇长某某出席会议并讲话。
会议要求，各村要抓好农资储备和技术服务，确保不误农时。全镇今年计划种植水稻
72
万亩，较去年增加两千亩。

某县开展农村公路养护检查
本报讯 3月13日，县交通运输局组织技术人员对全县农村公路养护情况开展检查，重点查看路面、桥涵和安全设施。
"""


def test_a_page_head_read_top_down_names_the_paper_the_page_and_its_number() -> None:
    from conftest import parse_text

    r = parse_text(_PAGE_HEAD)
    assert r.issue.meta.get("name") == "今日某川" and r.issue.meta.get("page_name") == "综合新闻"
    # (the figure pdftotext set alone on its line, `72` / `万亩`, is no page's number)
    assert [(e.section, e.page) for e in r.entries] == [("综合新闻", 3), ("综合新闻", 3)]


_FOLIO_INSIDE = """政务· 专版

某某日报
2023年2月23日 星期四

某市医保局开展基金监管宣传月活动
本报讯（记者 某某）2月20日，某市医保局启动基金监管集中宣传月活动，通过进社区、进医院等方式宣传医保政策。

7

责编：某某 版式：某某 校对：某某

某区启动城乡居民参保缴费工作
本报讯 2月14日，某区启动2023年度城乡居民医保参保缴费工作，居民可通过手机缴费。
"""


def test_a_dotted_page_name_alone_and_a_folio_beside_the_editors_line_give_every_article_its_page() -> None:
    from conftest import parse_text

    r = parse_text(_FOLIO_INSIDE)
    assert r.issue.meta.get("page_name") == "政务·专版" and r.issue.meta.get("page") == 7
    assert [e.page for e in r.entries] == [7, 7]


_BRIEFS_COLUMN = """某市政务信息
2012年第9期
某市人民政府办公室编                 2012年9月28日

目　录
【政务要闻】
市政府召开第十二次常务会议………………………………………1
【部门动态】
市人社局开展就业援助月活动……………………………………2
【县区动态】
某县：秋粮收购工作全面启动……………………………………3
【信息简讯】……………………………………………………4

【政务要闻】
市政府召开第十二次常务会议
9月20日，市长某某主持召开市政府第十二次常务会议，研究部署第四季度重点工作。

【部门动态】
市人社局开展就业援助月活动
9月12日，市人社局启动就业援助月活动，为就业困难人员提供岗位信息1200余条。

【县区动态】
某县：秋粮收购工作全面启动
9月15日，某县秋粮收购工作全面启动，全县设立收购网点26个。

【信息简讯】
◎市档案馆新增查档服务窗口　9月18日，市档案馆新增2个查档服务窗口，查档等候时间缩短一半。
◎某区两所学校获评省级文明校园　日前，省文明委公布第三批省级文明校园名单，某区两所学校入选。
◎某大桥主体工程完工　9月26日，某大桥主体工程完工，预计年底通车。
"""


def test_a_framed_section_printing_its_page_over_run_in_briefs_gives_an_entry_for_each() -> None:
    from conftest import parse_text

    rows = [(e.section, e.page, e.title) for e in parse_text(_BRIEFS_COLUMN).entries]
    assert rows[3:] == [("信息简讯", 4, "市档案馆新增查档服务窗口"), ("信息简讯", 4, "某区两所学校获评省级文明校园"),
                        ("信息简讯", 4, "某大桥主体工程完工")]
    # untitled briefs under it (`◎9月18日，…`) are an entry each, titled by their first clause (session 45: the
    # annotators of rounds 64-67 cut such a column into its briefs, as the earlier ones did not), their section the column
    untitled = _BRIEFS_COLUMN.replace("◎市档案馆新增查档服务窗口　", "◎").replace("◎某区两所学校获评省级文明校园　", "◎")
    untitled = untitled.replace("◎某大桥主体工程完工　", "◎")
    rows = [(e.section, e.page, e.title, e.date) for e in parse_text(untitled).entries][3:]
    assert rows == [("信息简讯", 4, "9月18日", "2012-09-18"), ("信息简讯", 4, "日前", None),
                    ("信息简讯", 4, "9月26日", "2012-09-26")]


_WORDED_LONGER = """某区政务信息
2024年第11期

目　录
【部门动态】
区市场监管局开展冬季燃气安全专项检查……………………（3）
区医保局医保服务进村活动启动
………………………………………………（4）
【镇街动态】
某街道“小区议事会”破解加装电梯难题………………………（4）
某镇推行“积分制”激活乡村治理…………………………………（5）

【部门动态】
区市场监管局开展冬季燃气安全专项检查
11月15日，区市场监管局带队对城区液化石油气企业开展燃气安全专项检查。
区医保局医保服务进村活动启动
11月25日，区医保局在某村举行医保服务进村活动启动仪式。
【镇街动态】
某街道：“小区议事会”破解老旧小区加装电
梯难题
10月31日，某街道某小区召开议事会，协商加装电梯事宜。
某镇推行“积分制”激活乡村治理“一池春水”
近年来，某镇在全镇14个行政村推行“积分制”管理。
"""


def test_a_pages_number_in_brackets_on_the_line_under_its_title_and_body_titles_worded_longer() -> None:
    from conftest import parse_text

    rows = [(nows(e.title), e.page, e.text[:5]) for e in parse_text(_WORDED_LONGER).entries]
    assert rows == [("区市场监管局开展冬季燃气安全专项检查", 3, "11月15"), ("区医保局医保服务进村活动启动", 4, "11月25"),
                    ("某街道：“小区议事会”破解老旧小区加装电梯难题", 4, "10月31"),
                    ("某镇推行“积分制”激活乡村治理“一池春水”", 5, "近年来，某")]


def test_persons_elected_appointed_or_relieved_and_a_villages_de_before_a_dotted_name() -> None:
    from conftest import named_persons

    assert named_persons("合作社成员代表大会选举产生理事会，甄启航当选为理事长，闵秀荣当选为监事长。") == ["甄启航", "闵秀荣"]
    assert named_persons("经研究，决定解聘蒯立新的学院院长职务。") == ["蒯立新"]
    assert named_persons("乡人民代表大会补选隗晓军为乡人民代表大会副主席。") == ["隗晓军"]
    assert named_persons("托克村的吐尔洪·买买提、新风村的马海成等6人榜上有名。") == ["吐尔洪·买买提", "马海成"]
    # a village or a team elected, no person
    assert named_persons("东岭村当选为全国文明村，第一至第七名当选为委员。") == []


def test_a_name_of_three_after_an_occupation_before_a_word_and_a_mongolian_writers_credit() -> None:
    from conftest import named_persons

    assert named_persons("执勤民警闻建华发现后，立即联系上了失主。") == ["闻建华"]
    result = parse_source(make_source(_STEPPE), persons=True)
    (e,) = [x for x in result.entries if x.title == "某嘎查推行积分超市"]
    assert e.byline == "乌恩其其格" and e.text.endswith("占常住户的86%。")


_STEPPE = """某旗工作简报
2024年第3期

目　录
某嘎查推行积分超市……………………………………1
某苏木开展冬季防火检查………………………………1

某嘎查推行积分超市
今年以来，某嘎查推行“积分超市”，农牧民参与人居环境整治可积分兑换生活用品，参与农牧户占常住户的86%。
（某某苏木　乌恩其其格）

某苏木开展冬季防火检查
1月8日，某苏木组织干部对辖区草场开展冬季防火检查，清理可燃物3吨。
"""


_SPECIAL_REPORT = """内部资料

信 息 专 报

第 9 期

中共某县委办公室 签发：某某
2021 年 5 月 10 日

我县茶叶春季开采量同比增长两成
5月上旬，县委办会同县农业农村局，深入4个乡镇开展茶叶产销专题调研。今年全县春茶开采面积达3.2万亩。
（县委办信息科 郁晨 县农业农村局 宓晓帆）

甄立国副书记批示：请县农业农村局牵头，抓好茶叶品牌建设。
5 月 8 日

某镇“积分制”激发村民参与乡村治理
今年以来，某镇在全镇12个村推行“积分制”管理，累计发放积分2.6万分。
（某镇党委 蒯一鸣）

某乡开展夏季防汛隐患排查
【县应急局】5月6日至8日，某乡组织干部对辖区山塘水库开展防汛隐患排查，整改隐患6处。
"""


def test_a_leaders_instruction_under_an_items_credit_is_no_text_of_it_and_two_units_credit_their_writers() -> None:
    from conftest import parse_text

    r = parse_text(_SPECIAL_REPORT)
    assert r.issue.publication == "信息专报"
    assert (r.issue.meta.get("editor_org"), r.issue.meta.get("signer")) == ("中共某县委办公室", "某某")
    got = {e.title: e for e in r.entries}
    tea = got["我县茶叶春季开采量同比增长两成"]
    assert tea.text.endswith("开采面积达3.2万亩。") and tea.byline == "郁晨、宓晓帆"
    assert any("批示" in w for w in tea.warnings)
    assert got["某镇“积分制”激发村民参与乡村治理"].byline == "蒯一鸣"
    # a headline over an item that opens with its unit's tag, then its days
    assert got["某乡开展夏季防汛隐患排查"].date == "2021-05-06"


_EPAPER_PAGE = """<html><head><meta charset="utf-8"><title>某峪日报数字报</title></head><body>
<div class="top">某峪市委机关报　2019年3月6日 星期三　今日8版</div>
<div class="nav">当前版：第01版：要闻　<a href="node_2.htm">下一版</a></div>
<div class="cal"><p><b>往期回顾</b></p><table>
<tr><td>日</td><td>一</td><td>二</td><td>三</td><td>四</td><td>五</td><td>六</td></tr>
<tr><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td><td>9</td></tr>
<tr><td>10</td><td>11</td><td>12</td><td>13</td><td>14</td><td>15</td><td>16</td></tr>
</table><p>年月</p></div>
<div class="article">
<p>凝心聚力抓落实　奋发有为开新局</p>
<p>市政府召开全体会议</p>
<p>某某讲话　某某主持</p>
<p>作者：本报记者　某某 来源：某峪日报 日期：2019-03-06</p>
<p>【字号 】</p>
<p>本报讯　3月5日，市政府召开全体会议，总结去年工作，部署今年重点任务。</p>
<p>会议要求，各部门要把目标任务细化到月、落实到人，确保一季度开好局。</p>
</div></body></html>
"""


def test_an_epaper_articles_three_decks_over_its_meta_line_and_the_archives_calendar_as_chrome(tmp_path) -> None:
    from digest.chrome import chrome_reason
    from digest.parse import parse_path

    assert chrome_reason("日　一　二　三　四　五　六") == "calendar" and chrome_reason("10  11  12  13  14  15  16") == "calendar"
    assert chrome_reason("【字号 】") is not None and chrome_reason("【字体 大 中 小】") is not None
    assert chrome_reason("3月5日，会议召开。") is None and chrome_reason("12") is None
    page = tmp_path / "p.html"
    page.write_text(_EPAPER_PAGE, encoding="utf-8")
    (e,) = parse_path(page, persons=False).entries
    assert (e.kicker, e.title, e.subtitle) == ("凝心聚力抓落实　奋发有为开新局", "市政府召开全体会议", "某某讲话　某某主持")
    assert e.text.startswith("本报讯") and e.date == "2019-03-05"


def test_a_name_before_its_latin_form_and_names_after_a_doctoral_student_or_an_analyst() -> None:
    from conftest import named_persons

    assert named_persons("集团主席宓家乐（Kelvin Mak）在记者会上表示，写字楼租金仍在寻底。") == ["宓家乐"]
    assert named_persons("公司委任蒯达信（David Whitfield）为集团首席财务官。") == ["蒯达信"]
    assert named_persons("公司推出新款产品（ProMax）后，销量大增。") == []
    assert named_persons("在论坛上，博士生古丽扎尔·艾山介绍了研究成果。") == ["古丽扎尔·艾山"]
    assert named_persons("资深行业分析师郏文认为，智能驾驶将成为竞争焦点。") == ["郏文"]


_BOLD_ITEMS = """某县工作简报
2016年第11期

**◆县委常委会研究部署冬季森林防火工作**
11月16日，县委书记召开常委会会议，研究部署今冬明春森林防火工作。

**◆县政府督导检查重点项目建设**
11月12日至13日，副县长带队督导检查重点项目建设，要求倒排工期。

**◆1—10月全县财政收入稳中有升** 1—10月，全县完成一般公共预算收入5.2亿元，同比增长6.1%。

**◆县人大常委会视察城乡居民医保工作**
11月5日，县人大常委会组织部分委员视察城乡居民医保工作。
"""


def test_a_bold_title_after_its_siblings_mark_runs_into_its_text() -> None:
    from conftest import parse_text

    rows = [(e.title, e.text[:6]) for e in parse_text(_BOLD_ITEMS, name="t.md").entries]
    assert ("1—10月全县财政收入稳中有升", "1—10月，") in rows and len(rows) == 4


_SAVED_ARTICLE = """首页 | 政务公开 | 政务动态
当前位置：首页 > 政务公开 > 部门动态
某县水务局开展汛期水库安全隐患排查
发布日期：2019-06-14 10:36   信息来源：县水务局   字号：[大 中 小]

　　6月11日至12日，县水务局组织技术人员分两组深入各乡镇，对全县小型水库和山塘开展汛期安全隐患排查。

排查组在某镇某水库检查溢洪道

　　排查组每到一处，都仔细查看大坝坝体、溢洪道和放水设施，对发现的问题当场交办、限期整改。

某某（中）在某河堤防工程现场了解度汛方案落实情况

　　据了解，今年以来全县共排查水库38座、山塘214口，发现隐患47处，已整改39处。
　　（县水务局 宓晓帆）

分享到：    扫一扫在手机打开当前页
【打印本页】 【关闭窗口】
相关信息
  * 县防汛抗旱指挥部召开防汛工作会议
  * 县水务局组织开展山洪灾害防御演练
政府网站  |  省直部门  |  市州政府  |  县（市、区）政府
您是本站第 2137468 位访问者
"""


def test_a_saved_article_keeps_its_captions_and_furniture_out_of_its_records() -> None:
    from conftest import parse_text

    (e,) = parse_text(_SAVED_ARTICLE).entries
    assert e.title == "某县水务局开展汛期水库安全隐患排查"
    assert e.text.rstrip().endswith("已整改39处。") and e.byline == "宓晓帆"


_PAGE_HEADS = ["3\n\n今日某川\n\n县域新闻\n\n2013年4月18日 星期四\n\n",
               "某岚报\n\n02\n\nMOULAN BAO\n\n2018年9月27日 星期四\n\n乡村振兴\n责任编辑：某某\n\n",
               "某阳晚报\n\n民生\n\n2021年1月5日\n\nMINSHENG\n\n星期二\n\nA05\n\n责任编辑：某某 美编：某某\n\n"]
_PAGE_BODY = """某镇召开春耕生产动员会
本报讯（记者 某某）4月16日，某镇召开春耕生产动员会，安排部署今年春耕备耕工作。
会议要求，各村要抓好农资储备和技术服务，确保不误农时。

某县开展农村公路养护检查
本报讯 4月15日，县交通运输局组织技术人员对全县农村公路养护情况开展检查。
"""


def test_page_heads_with_the_number_first_a_zero_before_it_or_a_standard_name_beside_a_lettered_page() -> None:
    from conftest import parse_text

    got = []
    for head in _PAGE_HEADS:
        r = parse_text(head + _PAGE_BODY)
        got.append((r.issue.meta.get("page"), r.issue.meta.get("page_name"), r.entries[0].section))
    assert got == [(3, "县域新闻", "县域新闻"), (2, "乡村振兴", "乡村振兴"), (5, "民生", "民生")]


def test_a_credit_whose_writer_the_extraction_broke_over_lines_or_glued_to_its_unit() -> None:
    paras = ["常务副县长某某参加调研。（园区管委会", "闵", "捷）"]
    assert peel_entry_credits(paras) == [("contributor", "供稿", "园区管委会"), ("writer", "撰稿", "闵捷")]
    assert paras == ["常务副县长某某参加调研。"]
    paras = ["某某等参加会议。（市政府办", "宓晓帆）"]  # (the unit after the sentence, its writer wrapped to a line)
    assert peel_entry_credits(paras) == [("contributor", "供稿", "市政府办"), ("writer", "撰稿", "宓晓帆")]
    assert paras == ["某某等参加会议。"]
    assert glued_unit_writer("工业经济实现良好开局。（市统计局萨仁格日乐）") == (
        "工业经济实现良好开局。", "市统计局", "萨仁格日乐")


_FRAMED_CONTENTS = "某县工作动态\n2021年第1期\n某县县委办公室　　2021年1月8日\n\n【本期要目】\n" + "".join(
    f"◆第{n}部分◆\n" + "".join(f"■第{n}{m}类\n第{n}部分第{m}类的第{k}条工作动态标题\n" for m in "甲乙" for k in (1, 2))
    for n in "一二三") + "\n" + "".join(f"{p}\n" for p in (1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6)) + "\n" + "".join(
    f"◆第{n}部分◆\n" + "".join(f"■第{n}{m}类\n" + "".join(
        f"第{n}部分第{m}类的第{k}条工作动态标题\n1月{k + 3}日，某县召开会议，部署第{n}部分第{m}类工作。\n\n" for k in (1, 2))
        for m in "甲乙") for n in "一二三")


def test_a_contents_under_a_framed_head_whose_pages_stand_in_a_column_after_its_titles() -> None:
    from conftest import parse_text

    r = parse_text(_FRAMED_CONTENTS)
    assert r.issue.toc_count == 12 and len(r.entries) == 12
    first, last = r.entries[0], r.entries[-1]
    assert (first.section, first.subsection, first.page) == ("第一部分", "第一甲类", 1)
    assert (last.section, last.subsection, last.page) == ("第三部分", "第三乙类", 6)
