"""Layout rules from the blind sets 52-56 (session 19), each on text written here in our own words: a Word
table's rows, numbered items that go on across section labels, a numbered brief's bold title on its
text's line, a title of two lines, units signing an item in brackets, a 目录 that rewords every title
(paired by order), an OCR's digits (`ll月4曰`, `2OO8年`, `…… l`), the handling mark over a digest's name
and an OCR's page numbers."""

from __future__ import annotations

from conftest import nows, parse_text

from digest.blocks import PAGE_MARK
from digest.fields import read_masthead
from digest.parse import parse_source
from digest.source import read_source
from digest.text import ocr_digits, trailing_credit
from digest.toc import page_line


def test_word_table_row_is_one_line_its_cells_apart(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("获评名单如下：")
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([("序号", "姓名", "单位"), ("1", "戚望舒", "某县农机站"), ("2", "卜兰芝", "某县中医院")]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    cell = d.add_table(rows=1, cols=1).cell(0, 0)  # a layout table: one cell, paragraphs of its own
    cell.text = "第一段文字。"
    cell.add_paragraph("第二段文字。")
    path = tmp_path / "t.docx"
    d.save(str(path))
    lines = [ln for ln in read_source(path).lines if ln.strip()]
    assert lines == ["获评名单如下：", "序号  姓名  单位", "1  戚望舒  某县农机站", "2  卜兰芝  某县中医院",
                     "第一段文字。", "第二段文字。"]


_NUMBERED = """# 某县农技工作动态
第8期
某县农业农村局办公室编　　2024年8月30日
一、重点工作
**1.县农业农村局召开上半年工作推进会**
8月2日，县农业农村局召开上半年工作推进会，通报各项任务完成情况。
**2.2024年度“田秀才”评选结果揭晓**
8月16日，县农业农村局公布2024年度“田秀才”评选结果，共评出12名。
二、基层动态
**3.东坪镇推广稻渔综合种养**
今年以来，东坪镇推广稻渔综合种养面积800亩，带动农户增收。
**4.西岭乡举办果树修剪培训班**
8月12日，西岭乡举办果树修剪培训班，60余名果农参加培训。
三、工作简讯
**5.县农技中心完成秋粮测产** 8月20日，县农技中心完成秋粮测产工作，预计单产略高于去年。
**6.县农机站开展安全检查** 8月22日，县农机站对全县农机合作社开展安全生产检查。
"""


def test_numbered_items_go_on_across_sections_and_briefs_on_one_line():
    r = parse_text(_NUMBERED, name="t.md")
    assert [(e.section, nows(e.title)) for e in r.entries] == [
        ("重点工作", "县农业农村局召开上半年工作推进会"),
        ("重点工作", "2024年度“田秀才”评选结果揭晓"),       # the number runs into a year: still item 2
        ("基层动态", "东坪镇推广稻渔综合种养"),               # numbers go on under the next label
        ("基层动态", "西岭乡举办果树修剪培训班"),
        ("工作简讯", "县农技中心完成秋粮测产"),               # a brief: bold title, text on its line
        ("工作简讯", "县农机站开展安全检查"),
    ]
    assert r.entries[4].text.startswith("8月20日，县农技中心") and r.entries[4].date == "2024-08-20"


_REWORDED = """政 协 工 作 简 讯
2020年第1期
政协某区委员会办公室编　　　　2020年1月15日

目　　录
【要闻聚焦】
区政协召开常委会议 ……………………………… 2
区政协党组学习传达会议精神 ……………………… 2
【协商议政】
民营经济专题协商会召开 ………………………… 3
委员视察垃圾分类工作 …………………………… 4

■ 要闻聚焦
　　　　　　　　政协某区第十届委员会常务委员会第十一次会议召开
　　1月9日，政协某区第十届委员会常务委员会第十一次会议召开，审议有关事项。
　　　　　　　　　　　　　　　　　　　　　　　（区政协办公室）
　　　　　　　　　区政协党组召开（扩大）会议
　　　　　　研究贯彻落实上级政协工作会议精神的措施
　　12月26日，区政协党组召开（扩大）会议，研究贯彻落实的具体措施。
　　　　　　　　　　　　　　　　　　　　　　　（机关党支部）
■ 协商议政
　　　　　　　　　　聚焦“稳企业、强信心”
　　　　　区政协召开促进民营经济发展专题协商会
　　12月19日，区政协召开专题协商会，听取委员意见建议。
　　　　　　　　　区政协委员走进三个小区
　　　　　　　　　　　　察看投放点设置情况
　　岁末年初，委员们先后来到三个小区，实地察看分类投放点设置情况。
　　　　　　　　　　　　　　　　　　　　　（医药卫生界别活动组）
"""


def test_reworded_toc_pairs_by_order_and_two_line_titles():
    r = parse_text(_REWORDED)
    got = [(nows(e.title), e.page, e.toc_title) for e in r.entries]
    assert got == [
        ("政协某区第十届委员会常务委员会第十一次会议召开", 2, "区政协召开常委会议"),
        ("区政协党组召开（扩大）会议研究贯彻落实上级政协工作会议精神的措施", 2, "区政协党组学习传达会议精神"),
        ("聚焦“稳企业、强信心”区政协召开促进民营经济发展专题协商会", 3, "民营经济专题协商会召开"),
        ("区政协委员走进三个小区察看投放点设置情况", 4, "委员视察垃圾分类工作"),
    ]
    kinds = {p.kind for p in r.problems}
    assert "toc-paired-by-order" in kinds and "toc-unmatched" not in kinds
    assert all(any("paired by order" in w for w in e.warnings) for e in r.entries)
    # a unit signing the item in brackets is its credit, not its text's last words
    assert r.entries[1].text.endswith("具体措施。") and r.entries[3].text.endswith("设置情况。")


def test_toc_not_paired_when_counts_differ():
    text = _REWORDED.replace("委员视察垃圾分类工作 …………………………… 4\n", "")
    r = parse_text(text)
    assert [e.page for e in r.entries[2:]] == [None, None]  # two body entries, one 目录 line: no guess


def test_units_signing_in_brackets():
    assert trailing_credit("…参加会议。（县总工会）") == ("…参加会议。", [("contributor", "落款", "县总工会")])
    assert trailing_credit("（某镇政协工作联络组）") == ("", [("contributor", "落款", "某镇政协工作联络组")])
    assert trailing_credit("…这是一个比喻（比如说会）") is None  # after no full stop
    assert trailing_credit("…未完。（待续）") is None


def test_ocr_digits():
    assert ocr_digits("ll月l1曰至l2曰，") == "11月11曰至12曰，"
    assert ocr_digits("2OO8年第ll期(总第l47期)") == "2008年第11期(总第147期)"
    assert ocr_digits("Hello World") == "Hello World"
    assert ocr_digits("GOOGLE年") == "GOOGLE年"  # (after a letter: a word, no number)
    assert ocr_digits("l" * 100000 + "年")[-5:] == "l" * 4 + "年"  # a run longer than a number: as printed


def test_ocr_page_numbers_in_a_toc():
    assert page_line("某某到乡镇督导秋冬种 . . . . l") == ("某某到乡镇督导秋冬种", 1)
    assert page_line("某某到县重点项目现场办公……………l") == ("某某到县重点项目现场办公", 1)
    assert page_line("标题 lO") == ("标题", 10)
    assert page_line("Hello world") is None


def test_masthead_ocr_year_and_handling_mark():
    facts = read_masthead(["内部资料  注意保存", "政 务 信 息", "2OO8年第ll期(总第l47期)", "某县人民政府办公室编  2OO8年ll月28曰"])
    assert facts["year"] == 2008 and facts["month"] == 11 and facts["day"] == 28
    assert facts["issue_no"] == 11 and facts["total_no"] == 147
    assert facts["publication"] == "政务信息"


_OCR_ISSUE = """内部资料  注意保存
      政 务 信 息
   2OO8年第ll期(总第l47期)
某县人民政府办公室编          2OO8年ll月28曰

            目    录
【领导活动】
某某到乡镇督导秋冬种工作 . . . . l
某某到县重点项目建设现场办公……………………l
【工作动态】
县政府召开第十九次常务会议 . . . . . 2

【领导活动】
   某某到乡镇督导秋冬种工作
  ll月4曰，县长某某带领县农业局负责同志，深入乡镇查看油菜移栽进度。
   某某到县重点项目建设现场办公
  ll月l1日至l2日，县委书记某某深入重点项目建设现场，协调解决问题l7个。
一l一
[工作动态]
   县政府召开第十九次常务会议
  ll月l4日，县长某某主持召开县政府第十九次常务会议。
一2一
"""


def test_ocr_issue_dates_pages_and_footers():
    r = parse_text(_OCR_ISSUE)
    assert r.issue.issue_date == "2008-11-28" and r.issue.issue_id.startswith("政务信息")
    assert [(nows(e.title), e.page, e.date, e.date_end) for e in r.entries] == [
        ("某某到乡镇督导秋冬种工作", 1, "2008-11-04", None),
        ("某某到县重点项目建设现场办公", 1, "2008-11-11", "2008-11-12"),
        ("县政府召开第十九次常务会议", 2, "2008-11-14", None),
    ]
    assert r.entries[0].text.startswith("ll月4曰")  # the text as printed
    assert not any("一2一" in e.text for e in r.entries)


def test_page_marks_of_an_ocr_and_full_width_dashes():
    assert PAGE_MARK.match("一5一") and PAGE_MARK.match("－ 3 －") and PAGE_MARK.match("— 5 —")
    assert not PAGE_MARK.match("一年一") and not PAGE_MARK.match("一5")


def test_word_table_issue_reads_its_list(tmp_path):
    """A 名单 in a Word table inside an item stays its text, its rows whole (no row is an entry)."""
    import docx

    d = docx.Document()
    d.add_paragraph("第3期")
    d.add_paragraph("某县人社局办公室编　2024年8月30日")
    for title, text in [("1.县人社局召开推进会", "8月2日，县人社局召开上半年工作总结暨下半年重点工作推进会，局班子成员"
                                               "和各股室负责人参加会议。会议通报了上半年目标任务完成情况，对下半年工作作出安排。"),
                        ("2.2024年度“某川工匠”评选揭晓", "8月16日，县人社局、县总工会联合发文，公布2024年度“某川工匠”评选"
                                                    "结果。名单如下：")]:
        d.add_paragraph().add_run(title).bold = True
        d.add_paragraph(text)
    t = d.add_table(rows=3, cols=3)
    for r_, row in enumerate([("序号", "姓名", "单位"), ("1", "覃海川", "某县机械厂"), ("2", "欧阳晓雯", "某县人民医院")]):
        for c, v in enumerate(row):
            t.cell(r_, c).text = v
    d.add_paragraph("县人社局将给予获评人员每人一次性奖励5000元，并优先推荐参加市级以上技能人才评选。")
    d.add_paragraph().add_run("3.城关镇建设就业驿站").bold = True
    d.add_paragraph("今年以来，城关镇依托社区党群服务中心，在辖区6个社区设立“家门口就业驿站”，为居民提供岗位推荐"
                    "和政策咨询服务。截至7月底，各驿站共推荐就业386人。")
    path = tmp_path / "w.docx"
    d.save(str(path))
    r = parse_source(read_source(path), persons=True)
    assert [nows(e.title) for e in r.entries] == ["县人社局召开推进会", "2024年度“某川工匠”评选揭晓", "城关镇建设就业驿站"]
    assert "1  覃海川  某县机械厂" in r.entries[1].text
    assert {"覃海川", "欧阳晓雯"} <= set(r.entries[1].persons)


_BRACKETED = """某县创建卫生县城工作简报
第 12 期
某县创卫工作指挥部办公室编　　2023年6月19日

　　　　【县委书记夜查城区环境卫生整治情况】
    6月12日晚，县委书记某某带领有关部门负责人，对城区夜市、背街小巷进行随机检查。
    他强调，各责任单位要把整治作为常态，问题不过夜、整改不打折。
　　　　【县创卫指挥部召开第六次调度会】
    6月13日，县创卫工作指挥部召开第六次调度会，听取各专项组工作汇报。
    会议要求对照评估标准逐条“过筛子”，形成问题清单。
　　　　【第三轮交叉检查结果出炉
　　　　　红黑榜单位同步通报】
    6月7日至9日，县创卫办抽调业务骨干，对城区开展第三轮交叉检查。
    综合得分靠后的单位，将在全县调度会上作说明。
　　　　【“巾帼保洁岗”守护老街区】
    走进某街道某社区，石板路扫得干干净净，墙上贴着一张张“卫生公约”。
    三个月来，保洁岗累计劝导不文明行为400余次。
"""


def test_bracketed_titles_over_several_paragraphs_and_wrapped_in_two():
    r = parse_text(_BRACKETED)
    assert [nows(e.title) for e in r.entries] == [
        "县委书记夜查城区环境卫生整治情况", "县创卫指挥部召开第六次调度会", "第三轮交叉检查结果出炉红黑榜单位同步通报",
        "“巾帼保洁岗”守护老街区"]
    assert r.entries[3].text.startswith("走进某街道") and r.entries[2].date == "2023-06-07"


_POST = """# 「一周要闻」某区这一周

**点击蓝字 关注我们**

**📌 要闻速递**

![图片](https://example.com/a.png)

**01**

**区委常委会召开扩大会议**

4月15日，区委书记某某主持召开区委常委会扩大会议，传达学习上级会议精神。

**02**

**某县党政代表团**
**来我区考察交流**

4月16日至17日，某县党政代表团来我区考察，双方举行座谈。

**📌 民生关注**

**03**

**我区新增3条城乡公交线路**

近日，区交通运输局新开通三条城乡公交线路，沿线群众出行更加便利。

**往期推荐**

[上周要闻回顾](https://example.com/1)

[这些公交线路有调整](https://example.com/2)

分享 收藏 点赞 在看

预览时标签不可点

继续滑动看下一个

轻触阅读原文

： ， 。 视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看
"""


def test_a_posts_bold_part_numbers_their_labels_and_footer():
    r = parse_text(_POST, name="p.md")
    got = [(e.section, nows(e.title)) for e in r.entries if e.title.startswith(("区委", "某县", "我区"))]
    assert got == [("要闻速递", "区委常委会召开扩大会议"), ("要闻速递", "某县党政代表团来我区考察交流"),
                   ("民生关注", "我区新增3条城乡公交线路")]
    last = r.entries[-1].text
    assert last.endswith("出行更加便利。"), last  # the links under 往期推荐 and the player's words are no text
    assert "民生关注" not in r.entries[-2].text


_FRONT_PAGE = """某 川 报
中共某川区委机关报
2024年5月22日 星期三
第21期（总第1136期）
内部资料 免费交流
浙内准字第G043号
天气预报
今天 多云转小雨 20℃～27℃
明天 小雨 19℃～24℃
区委理论学习中心组举行专题学习会
—— 某 某 某 主 持 并 讲 话
本报讯（记者 某一 通讯员 某二）5
月20日下午，区委理论学习中心组举行专题
学习会，围绕发展新质生产力开展集中学习研
讨。区委书记某某某主持会议并讲话，区委副
书记、区长某某出席会议。会议邀请市委党校
今日导读
▶2版 某街道：“共享菜园”
种出邻里情
▶3版 某川籍作家新书首发
▶4版 副刊·溪山
教授作专题辅导，从新质生产力的内涵特征、
形成路径等方面作了深入浅出的解读。与会同
志结合工作实际作了交流发言，大家一致认为
要把学习成果转化为推动发展的实际成效。
经开区14个重大项目集中开工
本报讯（记者 某三）5月18日上午，某川经济
开发区2024年第二季度重大项目集中开工活动
在某新材料二期项目现场举行，此次集中开工
的14个项目总投资38.6亿元，涵盖新材料、智
能装备、现代物流等领域，亿元以上项目9个。
责任编辑：某四 版式：某五 校对：某六
某川区融媒体中心出版 地址：某川区溪口路9号
印刷：某日报印务有限公司 本期印数：18000份
"""


def test_a_front_page_from_a_pdf_its_dateline_contents_box_and_furniture():
    from conftest import make_source

    from digest.parse import parse_source

    r = parse_source(make_source(_FRONT_PAGE, "front.txt"), persons=False)
    lead = r.entries[0]
    assert nows(lead.title) == "区委理论学习中心组举行专题学习会"
    assert lead.date == "2024-05-20" and lead.byline and "某一" in lead.byline
    assert lead.text.startswith("本报讯（记者 某一 通讯员 某二）5月20日下午")  # the dateline is the text's, not the subtitle's
    assert "导读" not in lead.text and "▶" not in lead.text and "种出邻里情" not in lead.text
    assert not any("准字" in e.text or "天气" in e.text for e in r.entries)
    assert r.entries[-1].text.endswith("亿元以上项目9个。")  # the footer's facts are no text
    facts = r.issue.meta.get("masthead_facts") or r.issue.meta
    assert "浙内准字第G043号" in str(facts)


def test_a_bullet_opening_a_bold_headline_is_not_the_titles():
    page = ("# 城事速览\n**■某江沿岸新增3处亲水平台**\n9月11日，某江滨江公园段新建的3处亲水平台完工开放，市民可以更近距离地观赏江景。\n"
            "**■“双节”期间18条公交线路加密班次**\n记者从市公交集团获悉，“双节”期间我市将对18条公交线路加密班次。\n")
    titles = [nows(e.title) for e in parse_text(page, name="p.md").entries]
    assert "某江沿岸新增3处亲水平台" in titles and "“双节”期间18条公交线路加密班次" in titles


def test_an_epaper_pages_day_in_its_header_bar_dates_its_articles(tmp_path):
    html = """<html><head><meta charset="utf-8"><title>某州日报数字报-第05版：城事</title></head><body>
<div class="top"><span class="today">2023年09月14日&nbsp;星期四</span>
<span><a href="/">数字报首页</a> | <a href="/h">往期回顾</a> | <a href="/p.pdf">本版PDF下载</a> | <a href="/n">新闻网</a></span></div>
<div class="article"><h1>地铁2号线东延段开始空载试运行</h1>
<p>本报讯（记者 某某）昨天（9月13日），某州地铁2号线东延段开始空载试运行，全面检验各系统的联动性能。</p>
<p>东延段全长9.4公里，新设5座车站，均为地下站，计划年内开通初期运营。</p>
<h1>城市书房延长开放时间</h1>
<p>9月12日，全市47家城市书房将开放时间延长至晚上9点，并增设了中小学生自习专区。</p></div>
</body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    r = parse_source(read_source(path), persons=False)
    assert [(nows(e.title), e.date) for e in r.entries] == [("地铁2号线东延段开始空载试运行", "2023-09-13"),
                                                           ("城市书房延长开放时间", "2023-09-12")]


def test_a_relative_day_with_its_day_in_brackets():
    from digest.fields import parse_leading_date

    assert parse_leading_date("本报讯（记者 某某）昨天（9月13日），某市地铁开始试运行。", 2023, 9) == ("2023-09-13", None)
    assert parse_leading_date("今天(5月20日)上午，会议召开。", 2023, 5) == ("2023-05-20", None)


def test_a_word_soft_break_that_cut_a_date_from_its_month_is_one_line(tmp_path):
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("目前，工程已完成路基填筑工程量的85%，沿线3座桥涵全部完工，7")
    p.add_run().add_break(WD_BREAK.LINE)
    p.add_run("月中旬起转入沥青路面摊铺施工。")
    q = d.add_paragraph()
    q.add_run("第一行")
    q.add_run().add_break(WD_BREAK.LINE)
    q.add_run("第二行")
    path = tmp_path / "br.docx"
    d.save(str(path))
    lines = [ln for ln in read_source(path).lines if ln.strip()]
    assert lines == ["目前，工程已完成路基填筑工程量的85%，沿线3座桥涵全部完工，7月中旬起转入沥青路面摊铺施工。",
                     "第一行", "第二行"]


def test_a_profiles_title_over_its_subtitle_of_who_it_is():
    text = _REWORDED.replace("【协商议政】", "【委员风采】\n社区居民的贴心人 ………………………… 2\n【协商议政】").replace("""■ 协商议政""", """■ 委员风采
　　　　　　　　　扎根社区二十年的“知心大姐”
　　　　——记区政协委员、某街道社区卫生服务中心主任阿依古丽·
吐尔逊
　　在某街道，提起“阿依大姐”，社区居民没有不知道的。二十年来，她走遍了辖区的每一栋楼。
■ 协商议政""")
    r = parse_text(text)
    e = next(e for e in r.entries if "知心大姐" in e.title)
    assert nows(e.title) == "扎根社区二十年的“知心大姐”"
    assert e.subtitle and e.subtitle.startswith("——记区政协委员") and e.subtitle.endswith("吐尔逊")
    assert e.text.startswith("在某街道，提起“阿依大姐”")


_GLUED = """政 务 信 息
2019年第9期

目    录

【要情专报】
市政府召开第37次常务会议………………………………………………1
市政府与某集团签署战略合作协议…………………………………2
【工作动态】
市人社局开展“金秋招聘月”专场招聘活动……………………………2
市市场监管局开展“两节”食品安全专项检查…………………………2

【要情专报】市政府召开第37次常务会议9月3日，市长某某主持召开市政府第37次常务会议，传达学习省政府有关会议精神，研究部署下一阶段重点工作。会议审议通过了有关事项。市政府与某集团签署战略合作协议9月10日，市政府与某集团在市行政中心签署战略合作协议，双方将在交通基础设施等领域深化合作，共同推动项目落地。【工作动态】市人社局开展“金秋招聘月”专场招聘活动9月12日至15日，市人社局在市人力资源市场举办专场招聘会，提供岗位3200余个。市市场监管局开展“两节”食品安全专项检查9月中旬，市市场监管局开展“两节”食品安全专项检查，出动执法人员4－ 2 －20人次，检查食品生产经营单位1350家次。
"""


def test_items_run_together_in_one_line_are_cut_at_the_tocs_titles():
    r = parse_text(_GLUED)
    assert [(e.section, nows(e.title), e.page, e.date) for e in r.entries] == [
        ("要情专报", "市政府召开第37次常务会议", 1, "2019-09-03"),
        ("要情专报", "市政府与某集团签署战略合作协议", 2, "2019-09-10"),
        ("工作动态", "市人社局开展“金秋招聘月”专场招聘活动", 2, "2019-09-12"),
        ("工作动态", "市市场监管局开展“两节”食品安全专项检查", 2, "2019-09"),
    ]
    assert "出动执法人员420人次" in r.entries[3].text  # the page's number the line held is gone


def test_column_tags_before_titles_are_the_sections():
    page = "\n".join([
        "督 查 信 息", "2022年第6期", "",
        "【督查动态】县委书记某某带队督导防汛备汛工作", "6月2日，县委书记某某带队深入沿河乡镇，实地督导防汛备汛工作。", "",
        "【专项督查】全县安全生产大检查专项督查情况", "6月15日，县委县政府督查室对全县安全生产大检查开展专项督查。", "",
        "【督查动态】县政府召开重点项目建设督查调度会", "6月8日，县政府召开全县重点项目建设督查调度会。", ""])
    r = parse_text(page)
    assert [(e.section, nows(e.title)) for e in r.entries] == [
        ("督查动态", "县委书记某某带队督导防汛备汛工作"), ("专项督查", "全县安全生产大检查专项督查情况"),
        ("督查动态", "县政府召开重点项目建设督查调度会")]


_EMOJI_POST = """# 某县文旅工作动态 | 2024年第5期
原创 某县文广旅体局 某县文旅 2024年06月04日 18:06 江西
👆点击上方蓝字“某县文旅”关注我们
### 📖 本 期 目 录
**🔸工作要闻**
· 全县文化旅游产业推进会召开
· 局党组召开党纪学习教育动员部署会
**🔸基层动态**
· 某镇：古镇夜游点亮“夜经济”
▬▬▬▬▬▬▬▬▬▬▬▬
## 🔶 工作要闻 🔶
### 📌全县文化旅游产业推进会召开
5月8日，全县文化旅游产业推进会在县行政中心召开，县长某某出席会议并讲话。
### 📌局党组召开党纪学习教育动员部署会
5月6日上午，局党组召开党纪学习教育动员部署会，对全局党纪学习教育进行全面部署。
## 🔶 基层动态 🔶
### 🏡某镇：古镇夜游点亮“夜经济”
今年以来，某镇推出古镇夜游项目，“五一”假期接待游客3.2万人次。
"""


def test_a_posts_emoji_titles_sections_and_its_list_of_titles():
    r = parse_text(_EMOJI_POST, name="p.md")
    assert [(e.section, nows(e.title)) for e in r.entries] == [
        ("工作要闻", "全县文化旅游产业推进会召开"), ("工作要闻", "局党组召开党纪学习教育动员部署会"),
        ("基层动态", "某镇：古镇夜游点亮“夜经济”")]


_APP = """某县要闻速览丨县委常委会召开会议；全县“三夏”生产进度过半

某县融媒 2024-06-12 09:31

听新闻

00:00 / 07:46

01

县委常委会召开会议

6月11日上午，县委书记某某主持召开县委常委会会议，研究部署防汛工作。

图片

▲会议现场

会议指出，当前我县已全面进入主汛期，各级各部门要严格落实24小时值班制度。

02

县长检查城区防汛工作

6月11日下午，县长某某带队检查城区防汛工作，查看排涝泵站运行情况。

03

全县“三夏”生产进度过半

图片

　　连日来，全县各地抢抓晴好天气，全力推进夏收夏种，小麦已收获六成。

04扎根山村卫生室26年 乡村医生登上“好人榜”

　　近日，市文明办公布第二季度“好人榜”名单，我县一名乡村医生榜上有名。

05

县政协视察城乡供水一体化项目

6月6日，县政协主席某某率部分委员视察城乡供水一体化项目建设。

责编：某某    编辑：某某

打开APP阅读更多精彩内容

举报

相关推荐

某某到某镇督导防汛工作

评论（3）

为家乡点赞！
"""


def test_a_news_apps_copy_its_player_pictures_captions_and_footer():
    r = parse_text(_APP)
    titles = [nows(e.title) for e in r.entries]
    for t in ("县委常委会召开会议", "县长检查城区防汛工作", "全县“三夏”生产进度过半", "县政协视察城乡供水一体化项目"):
        assert t in titles, titles  # (the parts numbered 01-05, one number glued to its heading)
    first = next(e for e in r.entries if nows(e.title) == "县委常委会召开会议")
    assert "图片" not in first.text and "会议现场" not in first.text
    assert not any("为家乡点赞" in e.text or "相关推荐" in e.text or "打开APP" in e.text for e in r.entries)


def test_a_toc_of_bulleted_titles_without_pages_reads_each_line():
    issue = "\n".join([
        "某市第二人民医院", "工 作 简 报", "2023年第3期（总第126期）", "院长办公室编　　2023年4月6日", "━━━━━━━━━━━━", "",
        "本期要目", "", "◆\t我院召开党风廉政建设工作会议", "◆\t院党委开展主题党日活动", "◆\t心内科成功开展首例左心耳封堵术",
        "◆\t我院通过胸痛中心现场核查", "◆\t急诊科成功抢救一名心脏骤停患者", "", "━━━━━━━━━━━━", "",
        "◆我院召开党风廉政建设工作会议", "　　3月17日下午，我院召开党风廉政建设工作会议，院纪委书记通报全院纪检监察工作。",
        "◆院党委开展主题党日活动", "　　3月5日上午，院党委组织党员志愿者走进社区开展义诊。",
        "◆心血管内科成功完成首例经皮左心耳封堵术", "　　近日，我院心血管内科成功完成首例经皮左心耳封堵术。",
        "◆我院顺利通过国家胸痛中心现场核查", "　　3月22日至23日，核查组对我院胸痛中心建设情况进行现场核查。",
        "◆急诊科成功抢救一名心脏骤停患者", "　　3月9日凌晨，急诊科成功抢救一名心脏骤停患者。"])
    r = parse_text(issue)
    assert len(r.entries) == 5 and nows(r.entries[2].title).endswith("首例经皮左心耳封堵术")
    assert all(e.toc_title for e in r.entries)  # each 目录 line its own item, paired with its entry


def test_a_groups_label_in_brackets_over_its_speakers_is_their_section():
    page = "\n".join([
        "### 代表们审议政府工作报告发言摘要", "1月7日下午，各代表团继续分组审议政府工作报告。",
        "**【第一代表团】**", "**某志成代表（城关镇）：**", "报告用大量数据回顾了过去五年的发展成就，我作为基层干部感受很深。",
        "**某淑芬代表（桂溪街道）：**", "我重点谈谈养老服务的问题，建议加快建设社区嵌入式养老服务设施。",
        "**【第二代表团】**", "**欧阳明华代表（青石镇）：**", "青石镇是全县的茶叶主产区，我提三点建议。"])
    r = parse_text(page, name="p.md")
    got = [(e.section, nows(e.title)) for e in r.entries if "代表（" in e.title]
    assert got == [("第一代表团", "某志成代表（城关镇）"), ("第一代表团", "某淑芬代表（桂溪街道）"),
                   ("第二代表团", "欧阳明华代表（青石镇）")]
    assert not any(nows(e.title) in ("第一代表团", "第二代表团") for e in r.entries)


def test_an_ocrs_relative_day():
    from digest.fields import parse_leading_date

    assert parse_leading_date("昨曰凌晨3时许，城南区某小区一楼楼道内起火。", 2016, 11, 17, posted=True) == ("2016-11-16", None)
    assert parse_leading_date("本报讯 昨曰凌晨3时许，城南区某小区起火。", 2016, 11, 17, posted=True) == ("2016-11-16", None)
