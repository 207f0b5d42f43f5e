"""Rules from session 29 (blind sets 176-178), each on text written here in our own words: every person,
place and paper below is made up."""

from __future__ import annotations

from pathlib import Path

from conftest import page_persons, parse_text

from digest.chrome import chrome_reason
from digest.masthead import line_facts
from digest.parse import parse_source
from digest.source import read_source
from digest.text import has_words

# a district paper's page 2 as PDF text: a running head naming the page, the paper and its number one
# space apart; two dated articles; a commentary under its column's label, signed under its text; a
# column of briefs under its letter-spaced label
PAGE_TWO = """2024年11月20日　星期三　　　　　综合新闻　　　　　　　　今日栖川　02


区政府召开冬季安全生产部署会

本报讯（记者　卓雨晴）11月18日上午，区
政府召开冬季安全生产工作部署会。区长
庞海音出席会议并讲话，要求各街道抓紧
开展燃气、消防隐患排查。


新建公交首末站投入使用

本报讯（记者　岑一鸣）11月19日，位于
栖川大道东段的公交首末站正式启用，3
条公交线路同步延伸至新城片区。


栖川时评

让“微更新”更贴近居民

老旧小区改造，难在细处。楼道灯换没换、
扶手装没装，居民看得最清楚。改造方案
多听听住户的意见，才能把钱花在刀刃上。
　　　　　　　　□ 魏南舟


简　讯

■区文化馆开设冬季公益课
本报讯　11月17日，区文化馆开设书法、
剪纸等冬季公益课，首批招收学员200名。

■区医保局上门办理慢病待遇
本报讯　11月16日，区医保局组织工作人
员上门为行动不便的老人办理慢病待遇。
"""


def test_a_running_head_naming_the_paper_and_its_page_one_space_apart() -> None:
    facts = line_facts("2024年11月20日　星期三　　　　　综合新闻　　　　　　　　今日栖川　02")
    assert facts is not None
    assert (facts["name"], facts["page"], facts["page_name"], facts["date"]) == ("今日栖川", 2, "综合新闻", "2024-11-20")


def test_a_commentary_under_its_columns_label_and_the_briefs_label_letter_spaced() -> None:
    r = parse_text(PAGE_TWO)
    assert [e.title for e in r.entries] == ["区政府召开冬季安全生产部署会", "新建公交首末站投入使用",
                                            "让“微更新”更贴近居民", "区文化馆开设冬季公益课", "区医保局上门办理慢病待遇"]
    comment = r.entries[2]
    assert comment.subsection == "栖川时评" and comment.kicker is None and comment.byline == "魏南舟"  # (its column)
    assert comment.text.startswith("老旧小区改造") and comment.text.endswith("把钱花在刀刃上。")
    assert "简" not in r.entries[1].text[-4:]  # (the column's label is no text of the article above it)
    assert r.entries[0].byline == "卓雨晴"


# a theory page: a kicker over a long title wrapped over two lines over its writer's `□` line, its parts
# under plain subheads; an essay by `作者：某某（…）` under a title wrapped after `…中`; a book review under
# its `——读《…》` subtitle and its writer
THEORY = """理　论
责任编辑 聂晚秋  版式 辛一苇  校对 柏舟

学习贯彻全会精神
以系统思维推进城乡
“一张图”规划管理
□ 东方若水

城乡规划是发展的龙头。过去一些地方规划
多头编制、相互打架，项目落地时常常卡在
图纸上，企业跑了多趟仍办不成事。
多规合一要落到实处
规划打架，根子在部门各管一段。把发展规
划、国土空间规划和专项规划放到同一张底
图上，矛盾才能在编制阶段暴露出来。
用数据打通审批链条
规划管得好不好，要看审批快不快。把规划
底图接入审批系统，企业选址时就能一键查
询，少跑腿、少返工。

在乡村全面振兴中
彰显县域作为
作者：蓝季同（栖川市委党校副教授）

县域连着城市、带着乡村，是推进乡村振兴
的主阵地。发展特色产业，县里要舍得在冷
链、物流这些短板上投入。
■把产业链留在县里
农产品卖得出、卖得好，离不开加工和流通。
县域要引导企业把初加工环节放在产地。

小巷里的大学问
——读《街巷日记：一位网格员的笔记》
□ 邬小满

这本书写的是一名网格员十年间走过的街巷。
书里的事都不大，却让人看到基层工作的分
量。
"""


def test_a_theory_pages_wrapped_titles_their_writers_and_the_parts_inside_an_essay() -> None:
    r = parse_text(THEORY)
    assert [(e.kicker, e.title, e.byline) for e in r.entries] == [
        ("学习贯彻全会精神", "以系统思维推进城乡“一张图”规划管理", "东方若水"),
        (None, "在乡村全面振兴中彰显县域作为", "蓝季同"),
        (None, "小巷里的大学问", "邬小满")]
    first = r.entries[0]
    assert "多规合一要落到实处" in first.text and first.text.endswith("少跑腿、少返工。")
    assert r.entries[1].text.endswith("初加工环节放在产地。")


# an evening paper's feature: a box (`链接`) the extraction set inside a paragraph of it, the feature going on
# after the box; a reporter's note (`记者手记`) closing the page; the paper's address under it
FEATURE = """A06
2024年6月5日　星期三
责任编辑：滕晓雪　美术编辑：古月　校对：尚可

守住“老手艺”的年轻人

本报记者　车晓岚　实习生　奚文博

清晨七点，老街的竹编作坊已经开门。
二十六岁的严晓舟把一捆竹篾泡进水里，
开始一天的活计。三年前，他辞去城里
的工作回到老家，跟着外公学编竹器。
如今，作坊里的竹灯、竹篮通过网店卖
到了全国各地。每逢周末，作坊还开设

链接

竹编技艺保护名录

2022年，我市将竹编技艺列入市级非物
质文化遗产保护名录，目前有代表性传
承人5名，传习所3处。

体验课，带着孩子们动手编小物件。严晓
舟说，手艺要有人学，才能传下去。

记者手记

老手艺里的新活力

采访那天，作坊里坐满了来上体验课的
孩子。手艺不只属于过去，年轻人的加
入让它有了新的样子。
（车晓岚）

本报地址：栖川市滨河路88号
"""


def test_a_box_inside_a_features_paragraph_and_a_reporters_note_closing_the_page() -> None:
    r = parse_text(FEATURE)
    assert [e.title for e in r.entries] == ["守住“老手艺”的年轻人", "竹编技艺保护名录", "老手艺里的新活力"]
    main, box, note = r.entries
    assert main.text.endswith("才能传下去。") and "传习所" not in main.text
    assert main.byline == "车晓岚、奚文博"
    assert box.text.endswith("传习所3处。")
    assert note.text.endswith("新的样子。") and "滨河路" not in note.text
    assert r.issue.meta.get("address") == "栖川市滨河路88号"


# a feature whose reporter's note sits between two of its finished paragraphs: a part of it, no record
NOTE_INSIDE = """稻田里的“新农人”

本报记者　卜青禾

天刚亮，杭远山已经开着无人机在田里作业。他是村里第一个考取植保
无人机驾驶证的年轻人，去年为周边农户服务了两千多亩地。

■记者手记
种地也能很“潮”
跟着杭远山在田里走了一天，记者最深的感受是，种地早已不是过去的
样子。（卜青禾）

今年，杭远山又和几名返乡青年成立了合作社，打算把服务范围扩大到
邻近的三个乡镇。

区农业农村局召开秋粮收购会

本报讯（记者　卜青禾）10月9日，区农业农村局召开秋粮收购工作会，
部署秋粮收购和仓储安全工作。
"""


def test_a_reporters_note_between_a_features_finished_paragraphs_stays_in_it() -> None:
    r = parse_text(NOTE_INSIDE)
    assert [e.title for e in r.entries] == ["稻田里的“新农人”", "区农业农村局召开秋粮收购会"]
    assert r.entries[0].text.endswith("邻近的三个乡镇。")


# a 信访 bulletin from a Word file: a table of the month's figures before the first item, its caption and
# its note around it; the last item's text in numbered parts of a level down
PETITIONS = """信访工作信息
2024年第5期
梧溪县信访局编　　　　　2024年6月6日
2024年5月全县信访情况统计
项　目  5月  4月  环比
来信（件）  38  41  ↓7.3%
来访（批次）  52  49  ↑6.1%
网上信访（件）  196  180  ↑8.9%
注：数据截至2024年5月31日。
一、全县信访工作例会召开
5月28日，全县信访工作例会召开，通报5月份信访形势，部署下阶段重点工作。
二、领导接访日活动开展
5月15日，县领导在县群众来访接待中心公开接访，接待群众11批次。
三、基层动态
（一）石门镇：调解室搬进村委会
石门镇在各村委会设立调解室，5月份化解邻里纠纷9起。
（二）柳塘乡：代办员帮群众跑腿
柳塘乡为每个村配备信访代办员，帮助群众反映诉求。
"""


def test_a_table_of_figures_before_the_items_and_a_last_item_in_numbered_parts() -> None:
    r = parse_text(PETITIONS)
    assert [e.title for e in r.entries] == ["全县信访工作例会召开", "领导接访日活动开展", "基层动态"]
    assert r.entries[2].text.startswith("（一）石门镇") and r.entries[2].text.endswith("帮助群众反映诉求。")
    assert r.issue.meta["tables"] == [{"line": 4, "caption": "2024年5月全县信访情况统计", "rows": 4}]


# a 简报 from a scan: its rules read as runs of 一, the last sentence's figure alone on the line over the rule
SCANNED = """社区党建简报
第 9 期
中共栖川街道工作委员会编        2024年9月20日
一一一一一一一一一一一一一一一一一一一一一一一一一一
【社区开展“邻里节”活动】
9月14日，滨河社区举办第三届“邻里节”，居民们带来自家
做的菜肴，摆起了“百家宴”，社区党委书记和居民们一起包饺
子、话家常。
【街道举办党务工作者培训班】
9月10日，街道举办党务工作者培训班，各社区党组织书记和
党务工作者共60余人参加培训，培训采取专题授课和现场教学
相结合的方式进行。
【老街夜市秩序明显好转】
9月以来，街道联合市场监管所整治老街夜市秩序，规范摊位摆
放，清理占道经营，客流较上月增长两成，投诉量较上月下降了
36%。

一一一一一一一一一一一一一一一一一一一一一一一一一一
报：区委组织部
一一一一一一一一一一一一一一一一一一一一一一一一一一
责任编辑：甘露        （共印40份）
"""


def test_a_scans_rules_read_as_yi_and_a_figure_closing_the_last_sentence() -> None:
    assert not has_words("一一一一一一一一") and has_words("一一落实")
    r = parse_text(SCANNED)
    assert [e.title for e in r.entries] == ["社区开展“邻里节”活动", "街道举办党务工作者培训班", "老街夜市秩序明显好转"]
    assert r.entries[2].text.endswith("投诉量较上月下降了36%。")


# a WeChat morning round-up: the post's title and a greeting over the day's date and weather head no
# text; a column's label marked as a heading over briefs is their section
MORNING = """# 早安，栖川｜9月3日，星期二

**早安，栖川！**

今天是2024年9月3日，星期二，农历八月初一。

今日天气：多云，22℃～30℃，东南风2级。

**①全区秋季学期开学工作平稳有序**

9月2日，全区中小学迎来秋季开学，区教育局组织人员到各校检查校园安全。

**②栖川大道综合整治工程完工**

9月1日，栖川大道综合整治工程完工，道路两侧新增非机动车道4公里。

## 基层简讯

**滨河社区开展敬老活动**

8月31日，滨河社区组织志愿者走访慰问辖区高龄老人。

**石门镇举办农产品展销会**

8月30日，石门镇举办特色农产品展销会，销售额达12万元。
"""


def test_a_round_ups_title_and_greeting_are_no_records_and_a_marked_label_is_a_section() -> None:
    r = parse_text(MORNING, name="t.md")
    assert [e.title for e in r.entries] == ["全区秋季学期开学工作平稳有序", "栖川大道综合整治工程完工",
                                            "滨河社区开展敬老活动", "石门镇举办农产品展销会"]
    assert r.issue.meta["page_title"] == "早安，栖川｜9月3日，星期二"
    assert [e.section for e in r.entries[2:]] == ["基层简讯", "基层简讯"]


# a county site's list page: each row's title and its date over a two-sentence summary (a summary that names no
# day, `近日，…`, leaves its item undated, as the annotators of most list pages here read it)
LIST_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>政务动态_栖川县人民政府</title></head>
<body>
<div class="top"><a href="/wza/">无障碍</a> | <a href="/m/">手机版</a></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/xw/">新闻中心</a></li><li><a href="/gk/">政务公开</a></li>
<li><a href="/fw/">政务服务</a></li><li><a href="/hd/">互动交流</a></li>
</ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xw/">新闻中心</a> &gt; <span>政务动态</span></div>
<div class="list"><h2>政务动态</h2>
<ul>
<li><div class="t"><a href="/a/1.html" title="县政府召开常务会议">县政府召开常务会议</a><span class="date">2024-09-12</span></div>
<p class="summary">9月11日，县长主持召开县政府常务会议，研究部署秋冬季重点工作。会议还审议了有关文件。</p></li>
<li><div class="t"><a href="/a/2.html" title="县农业农村局开展秋粮收购检查">县农业农村局开展秋粮收购检查</a><span class="date">2024-09-10</span></div>
<p class="summary">近日，县农业农村局组织人员到各收购点开展检查。检查组要求严格执行收购政策。</p></li>
<li><div class="t"><a href="/a/3.html" title="县图书馆开展阅读推广活动">县图书馆开展阅读推广活动</a><span class="date">2024-09-08</span></div>
<p class="summary">9月7日，县图书馆在城区广场开展阅读推广活动。现场发放图书300余册。</p></li>
<li><div class="t"><a href="/a/4.html" title="县应急管理局开展防汛演练">县应急管理局开展防汛演练</a><span class="date">2024-09-06</span></div>
<p class="summary">9月5日，县应急管理局在清水河畔开展防汛应急演练。各乡镇抢险队伍参加。</p></li>
<li><div class="t"><a href="/a/5.html" title="县医院开展义诊进社区活动">县医院开展义诊进社区活动</a><span class="date">2024-09-04</span></div>
<p class="summary">日前，县医院组织专家走进城东社区开展义诊。现场为居民测量血压、血糖。</p></li>
</ul>
<div class="page">共36条 首页 上一页 1 2 3 下一页 尾页</div>
</div>
<div class="footer">主办：栖川县人民政府办公室　网站标识码：0000000001</div>
</body></html>
"""


def test_a_list_rows_over_their_summaries_dated_by_their_summaries_or_the_row(tmp_path: Path) -> None:
    page = tmp_path / "list.html"
    page.write_text(LIST_PAGE, encoding="utf-8")
    r = parse_source(read_source(page), persons=False)
    # (session 29 dated them by the events their summaries report; sessions 31-43 by the row's own day; since session
    # 44 by the summary's own day again, the row's where it names none (`近日`, `日前`): annotators split five and five)
    assert [(e.title, e.date) for e in r.entries] == [
        ("县政府召开常务会议", "2024-09-11"), ("县农业农村局开展秋粮收购检查", "2024-09-10"),
        ("县图书馆开展阅读推广活动", "2024-09-07"), ("县应急管理局开展防汛演练", "2024-09-05"),
        ("县医院开展义诊进社区活动", "2024-09-04")]


def test_an_address_of_the_paper_and_a_markdown_row_of_buttons() -> None:
    assert line_facts("本报地址：栖川市滨河路88号") == {"address": "栖川市滨河路88号"}
    assert chrome_reason("[返回目录](#top) | [打印](javascript:window.print()) | [关闭](javascript:window.close())") == "menu"
    assert chrome_reason("详见[某局网站](http://example.cn/a.html)的通知") is None


def test_people_after_a_unit_before_their_post_and_phrases_that_read_as_names() -> None:
    assert page_persons("会上，县信访局蒙德华局长通报了全县信访情况。") == ["蒙德华"]
    assert page_persons("退休教师谭永和每天傍晚都会在楼下转一圈。") == ["谭永和"]
    assert page_persons("城市更新，不只是楼更高、路更宽，更要让居民过得舒心。") == []
    assert page_persons("针对小区车位少、车辆多的问题，社区召开了协商会。") == []
    assert page_persons("退休教师哈斯其其格是翠柳巷的志愿者。") == ["哈斯其其格"]
    assert page_persons("县司法局组织律师全程参与积案会商。") == []  # (全程: throughout, no name)


# blind sets 179-181: a WeChat post converted to Markdown, its items numbered `### 一、…` over bold lead
# sentences; the account's card under the credits
POST_MD = """# 梧川街道工作动态（第12期）

原创 梧川街道 *2023-11-24 18:06*

### 一、街道召开冬季防火工作会

**11月20日下午，梧川街道召开冬季防火工作会，部署今冬火灾防控工作。**各社区负责人参加会议。

会上，街道要求各社区对电动自行车充电隐患开展排查。

### 二、和平里社区助餐点开餐

**“饭菜软烂，价格实惠，我们以后中午就在这里吃了。”**11月21日中午，和平里社区助餐点正式开餐。

助餐点每天提供两荤两素一汤的午餐。

### 三、街道走访慰问困境儿童

**近日，街道组织工作人员走访慰问辖区困境儿童家庭。**

走访组为孩子们送去冬衣和学习用品。

---

来源：梧川街道党政办公室

编辑：甘小溪

**梧川微家园**

微信号：wuchuan_wjy

长按二维码关注我们
"""


def test_a_posts_numbered_markdown_items_over_bold_leads_and_its_accounts_card() -> None:
    r = parse_text(POST_MD, name="t.md")
    assert [(e.title, e.date) for e in r.entries] == [
        ("街道召开冬季防火工作会", "2023-11-20"), ("和平里社区助餐点开餐", "2023-11-21"),  # (an opening quote, then the
        # day: that day since session 32, as ten fixtures' annotators date such items)
        ("街道走访慰问困境儿童", None)]
    assert r.entries[2].text.endswith("冬衣和学习用品。")  # (the credits and the account's card: no text)


# a district's week in brief: each item's day in brackets before its title, the titles wider than the
# wrapped paragraphs; the list of past issues and the desk's credits under them
WEEK = """今日梧川 · 一周要闻
2023年11月20日　星期一　第46期

【11月13日】区政府第二十二次常务会议召开并研究部署重点工作
区长贺远山主持召开区政府常务会议，研究部署冬季
安全生产和农村公路养护工作。

【11月15日】全区秋冬季大气污染防治攻坚推进会召开
会议通报了全区空气质量排名情况，对工地扬尘管控
等工作进行再部署。

【11月17日】区人民医院胸痛中心通过国家标准版认证
据悉，区人民医院胸痛中心建设以来，急性心梗患者
的救治时间明显缩短。

往期回顾
一周要闻（11月6日—11月12日）
一周要闻（10月30日—11月5日）

本期编辑：薛曼　　责任编辑：魏长青
新闻热线：8123456
"""


def test_a_weeks_items_under_their_bracketed_days_and_the_past_issues_list() -> None:
    r = parse_text(WEEK)
    assert [(e.title, e.date) for e in r.entries] == [
        ("区政府第二十二次常务会议召开并研究部署重点工作", "2023-11-13"),
        ("全区秋冬季大气污染防治攻坚推进会召开", "2023-11-15"),
        ("区人民医院胸痛中心通过国家标准版认证", "2023-11-17")]
    assert r.entries[2].text.endswith("救治时间明显缩短。")


# a 政务信息 whose 目录 the extraction put on its last page, after the entries
TRAILING = """梧川政务信息
2023年第24期（总第587期）
梧川市人民政府办公室编　　　　　　　　2023年12月8日

【政务要情】
市政府召开第三十一次常务会议
11月27日，市长主持召开市政府第三十一次常务会议，研究部署冬季供暖
保障工作。
市政府督查组开展冬季供暖专项督查
11月28日至30日，市政府督查组分赴各县区，对冬季供暖保障工作开展
专项督查。
【县区传真】
栖岩县举办高山蔬菜产销对接会
12月1日，栖岩县首届高山蔬菜产销对接会举办，签约金额1.2亿元。
北汀区压缩企业开办时间
近日，北汀区推行“一窗通办”改革，企业开办时间压缩至半个工作日。
报：省政府办公厅
岚沣市人民政府办公室                        2023年12月8日印发

目　　录

【政务要情】
市政府召开第三十一次常务会议……………………………………1
市政府督查组开展冬季供暖专项督查………………………………1
【县区传真】
栖岩县举办高山蔬菜产销对接会……………………………………2
北汀区压缩企业开办时间……………………………………………2
"""


def test_a_contents_printed_after_the_entries() -> None:
    r = parse_text(TRAILING)
    assert r.issue.layout == "toc"
    assert [(e.section, e.title, e.page, e.date) for e in r.entries] == [
        ("政务要情", "市政府召开第三十一次常务会议", 1, "2023-11-27"),
        ("政务要情", "市政府督查组开展冬季供暖专项督查", 1, "2023-11-28"),
        ("县区传真", "栖岩县举办高山蔬菜产销对接会", 2, "2023-12-01"),
        ("县区传真", "北汀区压缩企业开办时间", 2, None)]
    assert r.entries[3].text.endswith("压缩至半个工作日。")


# an evening paper's page: a caption marked ▲ over its photographer inside an article, a photo news titled
# over its ▲ caption, an article whose reporters' credit a wrap broke, classified ads and the page's foot
EVENING = """梧川晚报　WUCHUAN EVENING NEWS
2018年10月23日　星期二
A07
社会新闻
责任编辑　孟晓　美术编辑　丁一　校对　杜泉

首批12部加装电梯投入使用

记者　方可欣

10月22日，红星路社区首批12部加装电梯集中投入使用，
住在顶楼的老人们终于不用再“爬楼难”了。
▲纺织厂宿舍新装的电梯
记者　方可欣　摄
市住建局表示，力争年底前再开工30部加装电梯。

银杏大道披金装
▲10月22日，市民在植物园银杏大道拍照留念。近日气温走低，
园内银杏叶片陆续转黄。
记者　雷鸣　摄

的哥驱车20公里送还游客护照

10月21日下午，一名外地游客把装有护照的背包落在出租
车上，的哥陶建国在送完乘客后原路返回，将背包送还。（记者　尹泓
　通讯员　邝伟）

→市民遇到烦心事，请拨打本报新闻热线96188，或扫描右下角二维码留言。

分类广告
遗失声明
梧川市锦程商贸有限公司遗失公章一枚，声明作废。

梧川晚报社出版　新闻热线：96188　广告热线：6655118　　A07
"""


def test_an_evening_pages_captions_photo_news_broken_credit_and_classified_ads() -> None:
    r = parse_text(EVENING)
    assert [e.title for e in r.entries] == ["首批12部加装电梯投入使用", "银杏大道披金装", "的哥驱车20公里送还游客护照"]
    lift, photo, taxi = r.entries
    assert lift.text.endswith("力争年底前再开工30部加装电梯。") and lift.byline == "方可欣"
    # (a photo news's ▲ before its caption is no word of its text, as four of five annotators read it: since session 41)
    assert photo.text.startswith("10月22日") and photo.date == "2018-10-22"
    assert taxi.text.endswith("将背包送还。") and taxi.byline == "尹泓、邝伟"
    assert line_facts("梧川晚报社出版　新闻热线：96188　广告热线：6655118　　A07")["page_label"] == "A07"


# a community paper's notice box under its framed label, the two units publishing it, a number's rest
NOTICE = """梧川社区报
2024年5月24日　第5期　　　　02　社区动态

老党员的“爱心修伞摊”

每周六上午，老党员邵德明都会在社区广场摆起修伞摊，免费为居
民修理雨伞。十多年来，他修好的雨伞已有上千把。

◆温馨提示◆

端午将至，天气渐热，请广大居民注意：
一、看护好孩子，不到无人看管的河塘游泳；
二、使用燃气后及时关闭阀门。
如有需要，可拨打街道24小时服务热线556
6-1200。

主办：中共梧川街道工作委员会　梧川街道办事处
"""


def test_a_notice_box_under_its_framed_label_and_two_units_publishing_the_paper() -> None:
    r = parse_text(NOTICE)
    assert [e.title for e in r.entries] == ["老党员的“爱心修伞摊”", "温馨提示"]
    assert r.entries[1].text.endswith("服务热线5566-1200。")
    assert line_facts("主办：中共梧川街道工作委员会　梧川街道办事处") == {"publisher": "中共梧川街道工作委员会　梧川街道办事处"}


def test_a_people_before_a_players_title_is_no_person() -> None:
    assert page_persons("比赛结束。布依族选手罗金花、苗族选手杨阿妹分获冠军。") == ["罗金花", "杨阿妹"]


# blind sets 182-184: a site's 通知公告 list of rows with no summaries under its own heading
NOTICES = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>通知公告_梧川区人民政府</title></head>
<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/gk/">政务公开</a></li><li><a href="/fw/">政务服务</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gk/">政务公开</a> &gt; <span>通知公告</span></div>
<div class="main"><h2>通知公告</h2><p class="update">更新时间：2024-06-24</p>
<ul class="list">
<li><a href="/a/1.html" title="梧川区2024年夏季征兵公告">梧川区2024年夏季征兵公告</a><span class="date">2024-06-24</span></li>
<li><a href="/a/2.html" title="关于开展城镇燃气安全隐患排查的通知">关于开展城镇燃气安全隐患排查的通知</a><span class="date">2024-06-20</span></li>
<li><a href="/a/3.html" title="关于划定汛期临时禁止游泳水域的通告">关于划定汛期临时禁止游泳水域的通告</a><span class="date">2024-06-19</span></li>
<li><a href="/a/4.html" title="关于暂停办理不动产登记业务的公告">关于暂停办理不动产登记业务的公告</a><span class="date">2024-06-14</span></li>
<li><a href="/a/5.html" title="关于调整部分公交线路站点的通知">关于调整部分公交线路站点的通知</a><span class="date">2024-06-05</span></li>
</ul>
<div class="page">共12页 1 2 3 ... 下一页 尾页</div>
</div>
</body></html>
"""


def test_a_list_pages_own_heading_over_rows_with_no_summaries(tmp_path: Path) -> None:
    page = tmp_path / "notices.html"
    page.write_text(NOTICES, encoding="utf-8")
    r = parse_source(read_source(page), persons=False)
    assert [(e.title, e.date) for e in r.entries] == [
        ("梧川区2024年夏季征兵公告", "2024-06-24"), ("关于开展城镇燃气安全隐患排查的通知", "2024-06-20"),
        ("关于划定汛期临时禁止游泳水域的通告", "2024-06-19"), ("关于暂停办理不动产登记业务的公告", "2024-06-14"),
        ("关于调整部分公交线路站点的通知", "2024-06-05")]


# a front page's contents box drawn round its pointers, its label in the frame; a tips box whose first line
# is its kind in brackets over its title
FRONT = """梧川日报　2024年3月15日　星期五　　　　　　　　第1版　要闻
中共梧川县委机关报　　　　　　　　梧川县融媒体中心主办

┌──────── 导　读 ────────┐
│▶全县春耕备耕物资储备充足　　→2版│
│▶县人民医院胸痛中心通过认证　→3版│
└────────────────────────┘

全县一季度重点项目集中开工

本报讯（记者　龙雪晴）3月14日上午，全县一季度重点项目集中开工仪式举行，
此次集中开工项目34个，总投资86.4亿元。

┌──────────────┐
【小贴士】
春季护好咽喉有“三宝”
●多喝温水：少量多次，别等口渴了再喝。
●饮食清润：少吃辛辣煎炸食物。
└──────────────┘
"""


def test_a_contents_box_of_arrows_to_pages_and_a_tips_box_under_its_bracketed_kind() -> None:
    assert chrome_reason("┌──────── 导　读 ────────┐") == "contents-box"
    assert chrome_reason("│▶全县春耕备耕物资储备充足　　→2版│") == "pointer"
    r = parse_text(FRONT)
    assert [(e.subsection, e.title) for e in r.entries] == [(None, "全县一季度重点项目集中开工"), ("小贴士", "春季护好咽喉有“三宝”")]
    assert r.entries[1].text.startswith("●多喝温水")
