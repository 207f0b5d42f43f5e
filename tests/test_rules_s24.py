"""Rules from session 24 (the pending round of sets 104-107 and blind sets 108-112), each on text written
here in our own words."""

from __future__ import annotations

from pathlib import Path

from conftest import parse_text

from digest.fields import parse_leading_date

EVENING_PAGE = """B03
城事快报
2024年4月12日　星期五
责任编辑：甲某某　　校对：乙某
某某晚报
MOUHE EVENING NEWS

菜市场装上智能秤　4月10日
上午，城西农贸市场120个摊位全部换上了
联网智能秤，顾客扫码就能看到商品的产
地和检测结果。市场管理方表示，缺斤短
两的投诉已明显减少。
（记者　柏青山）

老街口新添口袋公园 居民有了歇脚处　本报
讯　近日，东门街道把老街口一处闲置空地
改造成口袋公园，栽种了桂花和月季，还
摆放了十多张休闲座椅。
（记者　戚雨桐　通讯员　庞立）

图书馆推出夜间自习室　本周三起，市图书
馆二楼自习室开放时间延长至晚上十点，
首晚就有六十多名读者预约入座。
（见习记者　宋柯）
"""


def test_an_evening_papers_briefs_with_titles_run_into_their_text() -> None:
    r = parse_text(EVENING_PAGE, name="p.txt")
    rows = [(e.title, e.date) for e in r.entries]
    assert rows == [("菜市场装上智能秤", "2024-04-10"), ("老街口新添口袋公园 居民有了歇脚处", None),
                    ("图书馆推出夜间自习室", "2024-04-10")]
    assert [e.text[:4] for e in r.entries] == ["4月10", "本报讯\u3000", "本周三起"]  # (the space after a dateline kept, as the annotators keep it)
    assert all(e.text.rstrip().endswith("。") for e in r.entries)  # (the credits are bylines, not text)
    assert r.issue.meta.get("masthead_lines") and not any(e.kind == "block" for e in r.entries)


def test_one_line_with_a_wide_gap_is_no_brief_alone() -> None:
    page = """县委常委会召开扩大会议
3月2日，县委常委会召开扩大会议，传达学习全市经济工作会议精神。
县委书记　某甲　主持会议并讲话。县委副书记、县长某乙出席会议。
会议强调，要抓好各项工作落实。
"""
    r = parse_text(page, name="p.txt")
    assert [e.title for e in r.entries] == ["县委常委会召开扩大会议"]


def test_a_weekday_of_the_pages_week() -> None:
    # a paper of Friday 2024-05-17: 本周二 the 14th, 上周五 the 10th, 本周日 the 19th
    assert parse_leading_date("本周二下午，某社区…", 2024, 5, posted=True, day=17)[0] == "2024-05-14"
    assert parse_leading_date("上周五，某社区…", 2024, 5, posted=True, day=17)[0] == "2024-05-10"
    assert parse_leading_date("本周日上午，某社区…", 2024, 5, posted=True, day=17)[0] == "2024-05-19"
    assert parse_leading_date("本周二下午，某社区…", 2024, 5)[0] is None  # (no page day: no weekday read)


EPAPER_PAGE = """<html><head><meta charset="utf-8"><title>某某日报数字报-第02版</title></head><body>
<div class="nav"><a href="/">数字报首页</a></div>
<div class="box"><h4>本版标题导航</h4><ul>
<li><a href="#a1">全县夏粮收购进度过半</a></li>
<li><a href="#a2">老旧厂房变身文创街区</a></li>
</ul></div>
<div class="box"><a href="p2.pdf">下载本版PDF</a></div>
<div class="info">发布时间：2024-06-20 06:00:00　　来源：某某日报</div>
<div class="art"><div><span>引题：</span><div>抢晴天　保颗粒归仓</div></div>
<div><span>标题：</span><div>全县夏粮收购进度过半</div></div>
<div><span>副题：</span><div></div></div>
<div><span>作者：</span><div>本报记者　武青禾</div></div>
<div><span>正文：</span><div><p>6月18日，记者在县粮食收储库看到，前来交售新麦的车辆排起了长队。</p>
<p>县粮食局负责人介绍，今年夏粮收购已完成计划的一半以上。</p></div></div>
<div><a href="#a2">下一篇</a></div></div>
<div class="art"><div><span>引题：</span><div></div></div>
<div><span>标题：</span><div>老旧厂房变身文创街区</div></div>
<div><span>副题：</span><div>闲置空间焕发新活力</div></div>
<div><span>作者：</span><div>通讯员　申小满</div></div>
<div><span>正文：</span><div><p>6月16日，由老纺织厂改造的文创街区开街，二十余家小店同日开张。</p></div></div>
<div><a href="#a1">上一篇</a></div></div>
</body></html>
"""


def test_an_epaper_articles_labelled_fields(tmp_path: Path) -> None:
    from digest.parse import parse_path

    page = tmp_path / "p.html"
    page.write_text(EPAPER_PAGE, encoding="utf-8")
    r = parse_path(page, persons=False)
    rows = [(e.kicker, e.title, e.date) for e in r.entries]
    assert rows == [("抢晴天　保颗粒归仓", "全县夏粮收购进度过半", "2024-06-18"),
                    (None, "老旧厂房变身文创街区", "2024-06-16")]
    assert r.entries[0].text.startswith("6月18日") and "引题" not in r.entries[1].text
    assert r.entries[0].byline == "武青禾"


def test_a_digests_items_under_a_section_and_a_subsection_label() -> None:
    digest = """政务信息
2025年第4期

【重点工作】

（一）春耕备耕

1．全区春耕生产工作部署会召开

3月4日，全区春耕生产工作部署会召开，副区长某某出席会议并讲话。

2．开展春季农资市场专项检查

3月6日至8日，区农业农村局组成4个检查组，对全区农资经营门店开展检查。

表1　检查情况
问题类型\t数量（处）\t已整改（处）
标签不规范\t9\t7
台账不全\t16\t15

【乡村振兴】

（一）产业发展

3．首批农产品区域公用品牌授权发布

3月12日，区农产品区域公用品牌授权发布会举行，首批授权企业15家。

（二）和美乡村

4．“和美庭院”评选活动启动

3月10日，全区“和美庭院”评选活动启动，将评选出100户示范户。

【安全监管】

5．开展渔业船舶安全隐患排查整治

3月17日，区农业农村局对辖区内渔业船舶开展安全隐患排查。
"""
    r = parse_text(digest, name="d.txt")
    rows = [(e.section, e.subsection, e.title[:4]) for e in r.entries]
    assert rows == [("重点工作", "春耕备耕", "全区春耕"), ("重点工作", "春耕备耕", "开展春季"),
                    ("乡村振兴", "产业发展", "首批农产"), ("乡村振兴", "和美乡村", "“和美庭"),
                    ("安全监管", None, "开展渔业")]


def test_a_table_of_figures_is_no_contents() -> None:
    from digest.toc import page_line

    assert page_line("泵站损坏\t9\t7", loose=False) is None
    assert page_line("某某会议召开\t3", loose=False) == ("某某会议召开", 3)


def test_this_months_day_and_a_dotted_heading() -> None:
    from digest.blocks import clean_heading

    assert parse_leading_date("本月9日，全市重大项目集中开工。", 2024, 9)[0] == "2024-09-09"
    assert parse_leading_date("本月九日，全市重大项目集中开工。", 2024, 9)[0] == "2024-09-09"
    assert clean_heading("·经济运行·") == "经济运行"
    assert clean_heading("—民生保障—") == "民生保障"


def test_masthead_lines_of_a_district_paper() -> None:
    from digest.masthead import line_facts

    assert line_facts("中共某区委机关报　　某区融媒体中心主办") == {"publisher": "某区融媒体中心", "organ_of": "中共某区委"}
    assert line_facts("中共某县委机关报") == {"publisher": "中共某县委"}
    assert line_facts("▶某某工作启动　　　　　　2版") == {"teaser": "某某工作启动"}
    assert line_facts("地址：某区府前路9号　新闻热线：1234567　广告热线：7654321") == {
        "address": "某区府前路9号", "hotline": "1234567", "hotline_2": "7654321"}


def test_closing_credits_in_frames_and_an_agencys_report() -> None:
    from digest.text import credit_facts

    assert credit_facts("【责任编辑：甲某】　【审核：乙某】") == [("editor", "责任编辑", "甲某"), ("reviewer", "审核", "乙某")]
    assert credit_facts("（据新华社电）") == [("contributor", "据", "新华社")]
    assert credit_facts("（本报综合新华社、中新社报道）") == [("contributor", "本报综合", "新华社、中新社")]
    assert credit_facts("（据了解）") is None and credit_facts("（据统计）") is None
    assert credit_facts("【要闻】　【图片】") is None


def test_a_kicker_ending_in_a_verb_of_speech_is_no_wrapped_title() -> None:
    # a PDF's page wrapped at 19 characters: the kicker reaches the margin, and runs into no title
    text = ("本报讯（记者乙某）4月15日，区委书记甲某到青石板街历史街区调研老城区有机更新工作。他强调，要坚持留改拆并举，"
            "守住老街巷的烟火气，让居民生活更方便、更舒心。区领导丙某、丁某参加调研。")
    lines = [text[k:k + 19] for k in range(0, len(text), 19)]
    page = "某某报\n2025年4月17日　星期四\n第1版　要闻\n\n区委书记甲某在调研老城区更新工作时强调\n用“绣花功夫”留住老街巷的烟火气\n" + \
        "\n".join(lines) + "\n"
    r = parse_text(page, name="p.txt")
    assert [(e.kicker, e.title) for e in r.entries] == [("区委书记甲某在调研老城区更新工作时强调", "用“绣花功夫”留住老街巷的烟火气")]


MINUTES = """
某某县人民政府常务会议纪要

〔2024〕9号

某某县人民政府办公室                         2024年5月8日

2024年5月6日上午，县长甲某某主持召开县人民政府第9次常务会议，研究春季防火、城区道路改造等事项。现将会议议定事项纪要如下：

一、关于传达学习全市森林防火工作会议精神的事项
会议传达学习了5月2日全市森林防火工作会议精神。会议要求，各乡镇要压实责任，严防死守。

二、关于城区道路改造工程实施方案的事项
会议听取了县住房城乡建设局的汇报，原则同意该方案。由副县长乙某某牵头推进，确保年内完工。

三、关于其他事项
会议还研究了其他事项。

出席：甲某某　丙某某　丁某某
列席：戊某某（县人大常委会副主任）
记录：己某某
"""


def test_a_minutes_matters_each_dated_by_the_meeting() -> None:
    r = parse_text(MINUTES, name="m.txt")
    rows = [(e.section, e.title, e.date) for e in r.entries if e.kind != "block"]
    assert rows == [("某某县人民政府常务会议纪要", "关于传达学习全市森林防火工作会议精神的事项", "2024-05-06"),
                    ("某某县人民政府常务会议纪要", "关于城区道路改造工程实施方案的事项", "2024-05-06"),
                    ("某某县人民政府常务会议纪要", "关于其他事项", "2024-05-06")]
    assert r.entries[-1].text.endswith("会议还研究了其他事项。")  # (the lists under it are the minutes' facts)
    assert r.issue.meta["minutes_lists"][0].startswith("出席：") and r.issue.issue_no == 9


def test_latin_names_after_a_role_and_their_gloss() -> None:
    from digest.persons import find_persons

    text = ("运营方技术总监Priya Raman在现场表示，首席执行官Dr. Helena Voss通过视频致辞。"
            "某公司亚太区总裁Markus Ehrlich（马库斯·埃尔利希）一行来访。")
    names = [f.name for f in find_persons("某项目签约", text)]
    assert names == ["Priya Raman", "Helena Voss", "Markus Ehrlich"]
    assert [f.name for f in find_persons("某项目签约", "合作方Veridian Cloud表示将加快进度。")] == []


PAPER_PAGE = """某某日报
2024年3月6日　星期三
第4版　国内·国际

春到田间
　　3月5日，在某县万亩高标准农田示范区，农民操作植保无人机喷施叶面肥。
新华社记者　甲乙　摄

某港开通首条冷链集装箱航线

　　新华社某地3月4日电（记者丙丁）4日上午，满载冷冻水产品的货轮靠泊某港，标志着该港首条冷链航线正式开通。

某江流域启动春季生态补水
　　某江流域春季生态补水5日启动。记者从流域管理机构获悉，本次计划向下游湿地补水2亿立方米。（据新华社电
）

▲ 导读　省政府常务会议研究部署春季农业生产　详见第1版

多国加紧应对持续干旱天气

　　据新华社报道，当地时间3月3日，某国南部多个地区宣布进入干旱紧急状态，限制农业灌溉用水。

新华时评
让惠企政策直达快享
新华社记者　戊己
　　惠企政策要落地见效，关键在于打通“最后一公里”，让企业应享尽享。
本版图片除署名外均由新华社提供
"""


def test_a_news_agency_page() -> None:
    r = parse_text(PAPER_PAGE, name="p.txt")
    rows = [(e.title, e.date, e.byline) for e in r.entries]
    assert rows == [("春到田间", "2024-03-05", "甲乙"), ("某港开通首条冷链集装箱航线", "2024-03-04", "丙丁"),
                    ("某江流域启动春季生态补水", "2024-03-05", None), ("多国加紧应对持续干旱天气", "2024-03-03", None),
                    ("让惠企政策直达快享", None, "戊己")]
    assert [e.text.rstrip()[-4:] for e in r.entries] == ["叶面肥。", "式开通。", "立方米。", "溉用水。", "享尽享。"]


def test_a_public_service_advert_under_its_label() -> None:
    page = """某某报
2024年5月22日　星期三
第2版　综合新闻

■县税务局开展专项行动
5月14日，县税务局走进经开区，为小微企业送去税费优惠政策。局长甲某某带队走访企业12家。
（通讯员　乙某某）

公益广告
防溺水　六不准
不私自下水游泳　不擅自与他人结伴游泳
某县教育局　某县融媒体中心　宣

新闻热线：1234567　投稿邮箱：abc@126.com
"""
    r = parse_text(page, name="p.txt")
    assert [e.title for e in r.entries] == ["县税务局开展专项行动"]
    assert r.entries[0].text.rstrip().endswith("走访企业12家。")
    assert r.issue.meta.get("advert_lines")


def test_minutes_under_their_own_title_and_a_tabled_attendance() -> None:
    minutes = MINUTES.replace("〔2024〕9号\n", "〔2024〕9号\n\n县人民政府第9次常务会议纪要\n").replace(
        "出席：甲某某　丙某某　丁某某\n列席：戊某某（县人大常委会副主任）\n记录：己某某",
        "出　席\t甲某某　丙某某　丁某某\n列　席\t戊某某（县人大常委会副主任）\n记　录\t己某某")
    r = parse_text(minutes, name="m.txt")
    matters = [e for e in r.entries if e.title.startswith("关于")]
    assert [(e.title[:6], e.date) for e in matters] == [("关于传达学习", "2024-05-06"), ("关于城区道路", "2024-05-06"),
                                                       ("关于其他事项", "2024-05-06")]
    assert matters[-1].text.endswith("会议还研究了其他事项。")


def test_a_numbered_title_as_wide_as_the_column_over_a_tally() -> None:
    lines = ["工作简报", "2024年第1期", "", "【重点工作】", "", "1.全区2023年度区级重点项目完成计划投资的102.3%",
             "截至2023年12月31日，全区61个区级重点项目累计完成投资92.7", "亿元，完成年度计划的102.3%，其中产业项目完成投",
             "资49.1亿元，占比超过一半，全年新开工项目34个。", "", "2.区政务服务中心推出周末不打烊服务",
             "自1月6日起，区政务服务中心在每周六上午开设服务窗口，集中", "办理社保、医保、不动产登记等群众高频事项，方便上班",
             "族办事，首个周末共办理业务一百二十余件，群众反映良好。"]
    r = parse_text("\n".join(lines) + "\n", name="j.txt")
    assert [(e.title, e.date) for e in r.entries] == [("全区2023年度区级重点项目完成计划投资的102.3%", "2023-12-31"),
                                                      ("区政务服务中心推出周末不打烊服务", "2024-01-06")]


def test_a_numbered_item_swallowed_is_doubted() -> None:
    text = ("工作简报\n2024年第1期\n\n1.县委召开常委会议\n3月1日，县委召开常委会议，研究部署春季工作。\n\n"
            "2.县政府召开常务会议\n3月2日，县政府召开常务会议，研究民生实事项目。\n\n"
            "4.某镇开展春耕备耕\n3月5日，某镇组织农技人员下村指导春耕备耕工作。\n")
    r = parse_text(text, name="g.txt")  # (item 4 read on, as hand-numbered weeklies skip; the gap is a doubt on it)
    assert [e.title for e in r.entries] == ["县委召开常委会议", "县政府召开常务会议", "某镇开展春耕备耕"]
    assert any("numbered 4 after 2" in w for w in r.entries[2].warnings)


def test_a_tables_wrapped_cell_with_a_date_is_no_list_row() -> None:
    page = """关于某某工作督查情况的通报

各乡镇，县直各单位：

5月6日至8日，县委督查室对全县防汛工作开展了督查。现将有关情况通报如下。

一、问题清单

序号\t乡镇\t存在问题\t责任单位\t整改时限
1\t甲镇\t水库溢洪道堵塞\t县水利局
甲镇人民政府\t2024.6.28
2\t乙乡\t预案未更新\t县应急管理局\t6月底前

二、工作要求

各地要逐项整改，按时报送整改情况。
"""
    r = parse_text(page, name="t.txt")
    assert [e.title for e in r.entries] == ["关于某某工作督查情况的通报"]


def test_a_posts_parts_under_framed_titles_over_their_pictures() -> None:
    post = """某县这一周，很忙！

原创 某县融媒 今日某县 2024年10月14日 18:30

[图片]

【晚稻开镰 某村千亩稻田奏响丰收曲】

[图片]

▲10月12日，某镇某村，种粮大户甲某某驾驶收割机抢收晚稻。（乙某某　摄）

10月12日，趁着连日晴好天气，某镇某村1300余亩晚稻全面开镰。

（全媒体记者　丙某某）

[图片]

【“村BA”总决赛燃爆侗寨 某村主场夺冠】

[图片]

图为总决赛现场，某村队球员丁某某突破上篮。　戊　某　摄

10月13日晚，某县“村BA”篮球联赛总决赛在某镇灯光球场鸣哨开赛。

[图片]

【暖心！“银发食堂”开到家门口】

[图片]

▲10月10日，某社区“银发食堂”里，老人们正在用餐。

10月10日中午，在某社区新开的“银发食堂”，82岁的独居老人己某某乐呵呵地说，味道还好。

文、图｜庚某某

END
"""
    r = parse_text(post, name="w.txt")
    parts = [e for e in r.entries if e.title.startswith(("晚稻", "“村BA", "暖心"))]
    assert [(e.title[:4], e.date) for e in parts] == [("晚稻开镰", "2024-10-12"), ("“村BA", "2024-10-13"),
                                                      ("暖心！“", "2024-10-10")]
    assert parts[-1].text.rstrip().endswith("味道还好。") and parts[-1].byline == "庚某某"
