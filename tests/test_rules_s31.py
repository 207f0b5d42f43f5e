"""Rules from session 31 (blind sets 200-210), each on text written here in our own words: every person,
place and paper below is made up."""

from __future__ import annotations

from pathlib import Path

from conftest import page_persons, parse_text

from digest.fields import parse_leading_date
from digest.parse import parse_source
from digest.source import read_source
from digest.text import unit_writer
from digest.toc import page_line

_HANGING = "，。、；：！？”）》"  # marks a line may not open with: a wrap hangs them on the line before


def _wrap(text: str, width: int = 14) -> str:
    """A paragraph hard-wrapped at `width` characters, as a PDF's narrow column prints it."""
    lines, k = [], 0
    while k < len(text):
        end = min(len(text), k + width)
        while end < len(text) and text[end] in _HANGING:
            end += 1
        lines.append(text[k:end])
        k = end
    return "\n".join(lines)


# a 人大 site's list page: some rows print a one-sentence summary under their title and date, the others
# none; the list's pager under its last row
MIXED_ROWS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>人大动态_梧岭人大网</title></head>
<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xw/">新闻中心</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <span>人大动态</span></div>
<ul class="news-list">
<li><a href="/a1.html" title="梧岭市人大常委会第十二次会议举行">梧岭市人大常委会第十二次会议举行</a><span>2024-05-29</span>
<p>5月28日至29日，市人大常委会第十二次会议在市人民会堂举行，常委会主任甘泽远主持会议...</p></li>
<li><a href="/a2.html" title="市人大常委会召开主任会议">市人大常委会召开主任会议</a><span>2024-05-24</span></li>
<li><a href="/a3.html" title="甘泽远带队调研城乡供水工作">甘泽远带队调研城乡供水工作</a><span>2024-05-21</span>
<p>5月20日，市人大常委会主任甘泽远带队深入两个县区，实地察看乡镇水厂运行情况...</p></li>
<li><a href="/a4.html" title="市人大代表履职培训班开班">市人大代表履职培训班开班</a><span>2024-05-16</span></li>
<li><a href="/a5.html" title="常委会党组举行专题学习会">常委会党组举行专题学习会</a><span>2024-05-10</span></li>
</ul>
<div class="pager">共40条　每页5条　首页 上一页 1 2 3 下一页 尾页</div>
<div class="footer">主办单位：梧岭市人大常委会办公室</div>
</body></html>
"""


def test_a_list_page_whose_rows_print_a_summary_or_none_each_dated_by_its_summary_or_its_row(tmp_path: Path) -> None:
    page = tmp_path / "rows.html"
    page.write_text(MIXED_ROWS, encoding="utf-8")
    r = parse_source(read_source(page), persons=False)
    # (a summary's own days since session 44, the range's end too; a row with no summary its own day)
    assert [(e.title, e.date, e.date_end) for e in r.entries] == [
        ("梧岭市人大常委会第十二次会议举行", "2024-05-28", "2024-05-29"), ("市人大常委会召开主任会议", "2024-05-24", None),
        ("甘泽远带队调研城乡供水工作", "2024-05-20", None), ("市人大代表履职培训班开班", "2024-05-16", None),
        ("常委会党组举行专题学习会", "2024-05-10", None)]


# a county paper's 要闻 page in narrow columns: a 短评 whose text's first line is short of the column's
# width and runs into `的…`; a dateline whose credit a narrow column cuts after `通讯员`
NARROW = """2
要闻
2024年9月10日　星期二
责任编辑：柏一然　美编：丛小溪

短评
让好政策跑出加速度
政策是发展的指南针，落实是见效
的关键。这一批惠企措施出台以来，
企业反映最多的是“看得懂、找得到、
办得快”。各部门要把措施送到企业
手上，让好政策早落地、早见效。
（谷思远）

县税务局开展秋季
纳税服务进园区活动
本报讯（记者　宁小川　通讯员
覃雨桐）近日，县税务局组织业务骨
干走进工业园区，为企业讲解最新税
费优惠政策，现场解答问题60余个。
"""


def test_a_line_opening_with_de_goes_on_from_a_short_line_and_a_credit_cut_in_a_narrow_column() -> None:
    r = parse_text(NARROW)
    # (`县税务局开展秋季` / `纳税服务进园区活动`: two short lines, one title since session 38's `_short_pair`)
    assert [e.title for e in r.entries] == ["让好政策跑出加速度", "县税务局开展秋季纳税服务进园区活动"]
    assert r.entries[0].text.startswith("政策是发展的指南针，落实是见效的关键。")
    assert r.entries[1].byline == "宁小川、覃雨桐"


def test_a_contents_titles_rest_a_figure_alone_before_its_leader() -> None:
    assert page_line("6.8%…………………………………………3") == ("6.8%", 3)
    assert page_line("12.5………………5") == ("12.5", 5)
    assert page_line("………………5") is None  # (a leader alone names nothing)


def test_next_years_day_and_an_article_of_late_not_dated_by_a_later_paragraph() -> None:
    assert parse_leading_date("明年1月8日至20日，市委统战部将开展走访", 2024, 12) == ("2025-01-08", "2025-01-20")
    page = "\n".join([
        "梧溪报　　2024年9月22日　星期日　　　　综合　　　　第2版", "",
        "县农业农村局部署秋季农业生产",
        "近日，县农业农村局印发秋季农业生产工作方案，部署秋收秋种各项工作。",
        "9月18日，局里组织专家分赴各乡镇开展技术指导。", "",
        "县气象局发布秋收天气预报",
        "9月20日，县气象局发布秋收期间天气趋势预报，提醒农户抢晴收晒。"])
    assert [(e.title, e.date) for e in parse_text(page).entries] == [
        ("县农业农村局部署秋季农业生产", None), ("县气象局发布秋收天气预报", "2024-09-20")]


# a metro paper's 国际 page: a dispatch whose credit a wrap cut after the space between two reporters, a
# picture's caption closed by an agency's credit set between the dispatch's paragraphs, a box of briefs
# closed by its source note, an advertisement under it
WORLD = """A10　　国际　　　　　　2023年11月7日　　星期二　　　　梧溪晚报
责任编辑：柏一然

欧盟能源部长聚焦天然气储备

　　新华社布鲁塞尔11月6日电（记者　甘一舟\u3000
卓娅·买买提）欧盟成员国能源部长6日在布鲁塞
尔举行会议，讨论今冬天然气供应安全问题。会议
认为，欧盟天然气储备总体充足。

阿尔卑斯山区迎来初雪

11月5日，游客在雪地里拍照。当日，山区迎来今年入冬以来首场大范围降雪。（新华社发）

　　欧盟委员会能源委员卡琳娜·维尔塔表示，各方同
意加强液化天然气进口协调，推进跨境管网互联互
通项目。

┏━━━━━━━━━━━━━━━┓
环球速览
■巴西毁林面积同比下降
　　巴西环境部长费尔南达·莱特11月5日在巴西利亚
说，今年8月至10月亚马孙地区毁林面积同比下降约
四成。
（本栏稿件均据新华社电）
┗━━━━━━━━━━━━━━━┛

梧溪国旅　　冬季出境游特惠
北欧极光10日游　　早鸟立减800元
咨询热线：8866 2233　　地址：梧溪市滨江路18号
"""


def test_a_dispatch_a_picture_inside_it_a_box_of_briefs_and_an_advert_under_it() -> None:
    r = parse_text(WORLD)
    rows = [(e.title, e.byline, e.date) for e in r.entries]
    assert rows == [("欧盟能源部长聚焦天然气储备", "甘一舟、卓娅·买买提", "2023-11-06"),
                    ("阿尔卑斯山区迎来初雪", None, "2023-11-05"),
                    ("巴西毁林面积同比下降", None, "2023-11-05")]
    dispatch, photo, brief = r.entries
    assert dispatch.text.endswith("推进跨境管网互联互通项目。")
    assert photo.text.endswith("首场大范围降雪。")
    assert brief.text.endswith("同比下降约四成。")


def test_a_confirmed_name_before_a_title_and_people_named_in_a_jobs_report() -> None:
    assert page_persons("区应急管理局副局长霍敏在会上强调，要压实责任。第二组由霍敏副局长带队，负责三个镇的检查。") == ["霍敏"]
    assert page_persons("全县脱贫劳动力蒙秀芳经就业服务站推荐，进入一家食品企业工作。") == ["蒙秀芳"]
    assert page_persons("镇里调整了防汛指挥部，由党政主要负责人任双指挥长，镇领导包片。") == []


# a district's WeChat post: its title over a teaser, then its items each under a bold heading, the last
# credited to a reporter and a correspondent whose name of four ends in 心
ROUNDUP = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>梧溪一周要闻</title></head>
<body><div class="rich_media">
<h1 class="rich_media_title">梧溪一周要闻丨6月3日—6月9日</h1>
<div id="meta_content"><span>梧溪发布</span> <em id="publish_time">2024-06-10 18:30</em></div>
<div id="js_content">
<p>一周大事早知道！上周，梧溪发生了哪些新鲜事？一起来看↓↓↓</p>
<p><strong>【区委常委会召开会议】</strong></p>
<p>6月3日下午，区委书记宁若岚主持召开区委常委会会议，研究部署防汛工作。</p>
<p><strong>【梧溪至临港快速路主线贯通】</strong></p>
<p>6月5日上午，梧溪至临港快速路主线全线贯通，预计年底建成通车。</p>
<p><strong>【中外农业合作项目签约】</strong></p>
<p>6月8日，梧溪区与一家荷兰农业集团签约建设智能温室。</p>
<p>（记者　甘一舟　通讯员　欧阳可心）</p>
</div></div></body></html>
"""


def test_a_roundup_posts_title_over_its_teaser_and_a_correspondents_name_ending_in_xin(tmp_path: Path) -> None:
    page = tmp_path / "post.html"
    page.write_text(ROUNDUP, encoding="utf-8")
    r = parse_source(read_source(page), persons=False)
    assert [e.title for e in r.entries] == ["区委常委会召开会议", "梧溪至临港快速路主线贯通", "中外农业合作项目签约"]
    assert r.issue.meta["page_title"] == "梧溪一周要闻丨6月3日—6月9日"
    assert r.entries[-1].byline == "甘一舟、欧阳可心"


# a 信息专报 of one report whose table a Word file saved as text one cell a line, under its caption
REPORT = """信  息  专  报

第3期

梧溪市人力资源和社会保障局办公室　　　　　　　　2024年4月9日


我市春风行动助力重点群体就业


2月19日至3月31日，市人社局在全市组织开展春风行动专项活动，各项指标好于去年同期。

一、活动基本情况
活动期间，全市共组织招聘活动40场，情况如下表。

表1　各县（区）招聘活动情况

县（区）
招聘会（场）
进场企业（家）
提供岗位（个）
达成意向（人）
梧东区
14
412
10260
2738
梧西区
11
356
8125
2104

注：岗位数含线上发布岗位。

二、下一步打算
下一步，我局将持续开展跟踪服务，帮助更多群众在家门口就业。
"""


def test_a_tables_caption_over_its_cells_one_a_line_opens_no_headline() -> None:
    r = parse_text(REPORT)
    assert [e.title for e in r.entries] == ["我市春风行动助力重点群体就业"]
    assert r.entries[0].text.endswith("帮助更多群众在家门口就业。")


# an evening paper's 社会 page in narrow columns: a headline whose kicker has a comma, over the reporters'
# line; a pointer to another page at the foot; a readers' column compiled by a reporter
EVENING = """梧溪晚报　　　　　　　　　　　　2024年5月21日　星期二
A07
社会
责任编辑　柏一然　　美编　丛小溪

老人家中燃气泄漏，邻居闻到异味报警
破门关阀开窗 6分钟化解险情

晚报记者　宁小川

　　前天晚上七时许，红枫巷
十二号楼的居民下班回家，刚
走到三楼楼道，就闻到一股刺
鼻的气味。她立即报警。

环卫工拾到钱包原地守候
　　昨天下午，正在滨江路清
扫路面的环卫工人宁秀芝捡到
一个钱包，她在原地守了一个
小时，把钱包交还了失主。
（通讯员　巴图）

热线
晚报热线：8866 1234

　　市民刘女士来电：小区南
门外人行道上有个井盖松动了，
踩上去直响，希望有关部门尽
快修一修。
　　市民老许来电：公园东门公
交站的站牌被树枝挡住了大半，
建议园林部门修剪一下。
（本报记者　常青　整理）

今日导读　▶ 梧溪首条山地自行车赛道下月开放　A09
"""


def test_a_kicker_with_a_comma_over_reporters_a_pointer_to_a_page_and_a_column_compiled_by_a_reporter() -> None:
    r = parse_text(EVENING)
    assert [(e.kicker, e.title, e.byline) for e in r.entries] == [
        ("老人家中燃气泄漏，邻居闻到异味报警", "破门关阀开窗 6分钟化解险情", "宁小川"),
        (None, "环卫工拾到钱包原地守候", "巴图"), (None, "热线", "常青")]
    assert r.entries[-1].text.endswith("建议园林部门修剪一下。")
    assert not any("导读" in e.text for e in r.entries)


def test_a_reporter_line_naming_its_newsroom_by_the_apps_short_name(tmp_path: Path) -> None:
    page = tmp_path / "app.html"
    page.write_text("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>掌上梧溪</title></head><body>
<h1>稻浪翻金开镰忙 梧溪稻花节启幕</h1>
<p>来源：梧溪县融媒体中心 发布时间：2024-09-22 08:15</p>
<p>梧溪融媒记者　甘一舟　通讯员　宁小川</p>
<p>9月21日上午，梧溪县第三届稻花节在杏林镇开幕，游客三千余人齐聚田间，共庆丰收。</p>
<p>开幕式上，县长宁若岚宣布开镰，十余台收割机随即驶入稻田。</p>
</body></html>""", encoding="utf-8")
    r = parse_source(read_source(page), persons=False)
    assert [(e.title, e.byline, e.date) for e in r.entries] == [
        ("稻浪翻金开镰忙 梧溪稻花节启幕", "甘一舟、宁小川", "2024-09-21")]


def test_a_schools_writer_credit_closing_a_bulletins_item() -> None:
    assert unit_writer("（梧溪区实验小学　卢小静）") == ("梧溪区实验小学", ["卢小静"])
    assert unit_writer("（梧溪县第二中学　甘一舟　宁小川）") == ("梧溪县第二中学", ["甘一舟", "宁小川"])
    assert unit_writer("（梧溪县第二中学）") is None  # (a unit alone names no writer)


# a 政务信息 whose 目录 prints the pages each section's entries take after its name, one title wrapped
RANGED = "\n".join([
    "梧溪政务信息", "", "2024年第5期", "", "梧溪市人民政府办公室编　　　　　　　　2024年5月31日", "", "",
    "目　　录", "",
    "一、重要会议（1—2）",
    "市政府召开第二十七次常务会议………………………1",
    "全市防汛工作会议召开…………………………………2", "",
    "二、部门动态（3—4）",
    "市人社局举办春季高校毕业生专场招聘会……………3",
    "市农业农村局：全市小麦机收进度过半，夏粮丰",
    "收在望………………………………………………………4", "", "",
    "一、重要会议", "",
    "1.市政府召开第二十七次常务会议",
    "5月8日，市长甘泽远主持召开市政府第二十七次常务会议。", "",
    "2.全市防汛工作会议召开",
    "5月10日，全市防汛工作会议召开，部署汛期各项工作。", "",
    "二、部门动态", "",
    "3.市人社局举办春季高校毕业生专场招聘会",
    "5月18日，市人社局举办春季高校毕业生专场招聘会，提供岗位三千余个。", "",
    "4.市农业农村局：全市小麦机收进度过半，夏粮丰收在望",
    "5月27日，记者从市农业农村局获悉，全市小麦机收进度过半。"])


def test_a_contents_sections_with_the_pages_their_entries_take() -> None:
    r = parse_text(RANGED)
    assert [(e.section, e.title, e.page) for e in r.entries] == [
        ("重要会议", "市政府召开第二十七次常务会议", 1), ("重要会议", "全市防汛工作会议召开", 2),
        ("部门动态", "市人社局举办春季高校毕业生专场招聘会", 3),
        ("部门动态", "市农业农村局：全市小麦机收进度过半，夏粮丰收在望", 4)]


# a 统计信息 whose 目录 prints no pages, one title a line shorter than the others (no wrap), the body's title of
# that entry shorter still, over a `——` subtitle and a text opening with its month
STATS = "\n".join([
    "梧溪市统计局", "", "统　计　信　息", "", "2024年第11期", "", "梧溪市统计局办公室编印　　　　　　　2024年11月20日", "",
    "目　　录", "",
    "1—10月全市规模以上工业生产平稳向好",
    "10月份全市消费市场回暖态势明显",
    "10月份全市居民消费价格温和上涨",
    "市统计局部署五经普数据发布前质量核查工作", "", "",
    "一、1—10月全市规模以上工业生产平稳向好", "",
    "　　1—10月，全市规模以上工业增加值同比增长6.8%，增速比1—9月加快0.3个百分点。", "",
    "二、10月份全市消费市场回暖态势明显", "",
    "　　10月份，全市实现社会消费品零售总额186.94亿元，同比增长6.1%。", "",
    "三、居民消费价格温和上涨",
    "——10月份全市CPI运行简析", "",
    "　　10月份，全市居民消费价格指数同比上涨0.4%，涨幅比上月回落0.2个百分点。", "",
    "四、市统计局部署第五次全国经济普查数据发布前质量核查工作", "",
    "　　11月12日，市统计局召开专题会议，部署经济普查数据发布前质量核查工作。"])


def test_a_contents_without_pages_a_short_line_is_a_title_whole() -> None:
    r = parse_text(STATS)
    assert [e.toc_title for e in r.entries] == [
        "1—10月全市规模以上工业生产平稳向好", "10月份全市消费市场回暖态势明显", "10月份全市居民消费价格温和上涨",
        "市统计局部署五经普数据发布前质量核查工作"]
    assert r.entries[2].title.startswith("居民消费价格温和上涨")
    assert r.entries[2].text.startswith("10月份，全市居民消费价格指数")


# page 2 of a district paper: its head the day, the paper's name, the page's number and name a line each; an
# article breaking off to page 4, then one taken up from page 1
JUMPS = """2024年10月15日　星期二
今日梧溪
02
综合新闻
责任编辑：柏一然

梧溪产业园二期项目主体结构封顶

　　本报讯（记者　甘一舟）10月12日上午，梧溪产业园二期项目3号厂房主体结构顺利封顶。
　　区委常委、常务副区长宁若岚在现场要求，各部门要紧盯时间节点，加快建设进度；要同步做好招商储备，推动建成一栋、
（下转第4版）

全区秋季森林防火工作会议召开

　　（上接第1版）全面排查林区周边风险点，坚决把火灾隐患消除在萌芽状态。
　　区领导佘永福、拉巴次仁出席会议。
"""


def test_a_page_head_of_lines_and_a_story_from_page_one_under_one_going_to_page_four() -> None:
    r = parse_text(JUMPS)
    assert r.issue.meta["page"] == 2 and r.issue.meta["page_name"] == "综合新闻"
    assert [e.title for e in r.entries] == ["梧溪产业园二期项目主体结构封顶", "全区秋季森林防火工作会议召开"]
    assert r.entries[1].text.startswith("全面排查林区周边风险点")


# a 文化 page: an interview's title quoted over two lines, an excerpt closed by its source, a column signed with a
# note of who wrote it, an advertisement over a call to scan the paper's code
CULTURE = "\n".join([
    "梧溪晚报", "2024年9月20日　星期五", "A11", "文化", "责任编辑：柏一然", "",
    "“我想把老城的声音", "收进一本书里”", "本报记者　唐小语",
    _wrap("从老码头的汽笛到骑楼下的叫卖，从茶楼里的唱腔到深夜巷口的木屐声……日前，本土作家温以宁的新作由梧江文艺出版社出版。"),
    _wrap("记者：这本书前后写了多久？"),
    _wrap("温以宁：准备材料花了差不多六年，真正动笔是2021年春天。"), "",
    "新书选读", "福安里的早茶",
    _wrap("外婆一辈子只认一家茶楼，就是福安里口的“同心居”。她常说，茶是一样的茶，喝茶的人散了，味道就不对了。"),
    "（摘自《巷口有风》，梧江文艺出版社）", "",
    "梧溪茶座", "读书，不必等“有空”",
    _wrap("常听人说：“等有空了，我一定好好读几本书。”这话我也说过很多年。这个秋天，不妨从手边的那本书开始。"),
    "祁念安（作者系梧溪市图书馆馆员）", "",
    "梧溪书城·金秋阅读季", "9月21日—10月7日　全场图书8折起", "地址：梧溪市中山路88号　咨询电话：0000-86120000",
    "扫描二维码　关注梧溪晚报客户端", ""])


def test_a_quoted_title_over_two_lines_an_excerpts_source_a_signed_note_and_an_advert() -> None:
    r = parse_text(CULTURE)
    assert [(e.title, e.byline, e.date) for e in r.entries] == [
        ("“我想把老城的声音收进一本书里”", "唐小语", None), ("福安里的早茶", None, None),
        ("读书，不必等“有空”", "祁念安", None)]
    assert r.entries[1].text.endswith("味道就不对了。")
    assert r.entries[2].text.endswith("不妨从手边的那本书开始。")


# a county paper's 乡村振兴 page: a feature whose parts stand under ■ subheads, a box of related facts set between
# them; a photo news of one ▲ caption
FEATURE = "\n".join([
    "2024年6月18日　星期二　　　　　　乡村振兴　　　　　　3", "责任编辑：柏一然", "",
    "梧溪县云岭镇探索“党支部+合作社+农户”模式——", "一片茶叶富了一方山乡", "本报记者　甘一舟　通讯员　宁小川", "",
    _wrap("初夏时节，走进云岭镇茶坪村，层层叠叠的茶垄顺着山势铺展开来，采茶工人腰系竹篓穿行其间，指尖翻飞。"), "",
    "■荒坡变茶园　集体有了“造血”产业",
    _wrap("几年前，茶坪村还是远近闻名的“空壳村”，村集体经济年收入不足2万元，青壮年大多外出务工，大片山地撂荒。"), "",
    "■合作社里分红忙　村民端上“茶饭碗”",
    _wrap("今年52岁的村民龙秀芝正在茶园里熟练地采摘一芽一叶，说起这几年的变化，她笑得合不拢嘴。合作社理事长杨光"), "",
    "相关链接", "梧溪云雾茶",
    _wrap("梧溪云雾茶主产于县境东北部海拔800米以上的三个镇，以“条索紧细、汤色嫩绿、香高持久”著称。"), "",
    _wrap("荣介绍，合作社采取“保底收益+按股分红”的利益联结机制，年底按股分红。"), "",
    "■茶旅融合开新路　“茶山”变成“金山”",
    _wrap("今年清明前后，茶坪村举办首届采茶文化节，采茶体验、制茶比赛等活动吸引了周边的游客，村里新开的农家乐天天爆满。"), "",
    "田间“飞手”护夏管",
    _wrap("▲6月15日，在凤栖镇万亩水稻基地，农机手操作无人机喷施叶面肥，为水稻健康生长保驾护航。"),
    "（甘一舟　摄）", ""])


def test_a_features_subheads_a_box_between_its_parts_and_a_photo_of_one_marked_caption() -> None:
    r = parse_text(FEATURE)
    assert [e.title for e in r.entries] == ["一片茶叶富了一方山乡", "梧溪云雾茶", "田间“飞手”护夏管"]
    assert r.entries[0].text.endswith("村里新开的农家乐天天爆满。")
    assert r.entries[2].date == "2024-06-15"  # (its caption's day; the ▲ kept, as some annotators keep it)


# a 妇联 工作简报 saved from Word: its compiler's line, a table a tab apart between an item's paragraphs, items
# closed by a unit's writer alone on the last line
WOMEN = "\r\n".join([
    "\ufeff梧溪县妇联工作简报", "", "2024年第3期", "",
    "梧溪县妇女联合会编　　　　　　　　　　　　　2024年3月15日", "",
    "【县妇联举办农村妇女电商直播技能培训班】", "",
    "　　3月11日至13日，县妇联举办农村妇女电商直播技能培训班，60名农村妇女参加培训。", "",
    "日期\t课程内容\t授课人",
    "3月11日\t直播平台规则与账号运营\t诸葛青（市电子商务协会）",
    "3月12日\t农产品短视频拍摄与剪辑\t冉小川（县融媒体中心）", "",
    "　　县妇联将对参训学员进行为期3个月的跟踪指导。", "",
    "（县妇联家庭和儿童工作部　滕小娅）", "",
    "【雾岭乡把“两癌”免费筛查送到村寨】", "",
    "　　3月12日，雾岭乡妇联联合县妇幼保健院开展“两癌”免费筛查进村寨活动，完成筛查426人。", "",
    "（雾岭乡妇联　石　蕾）"])


def test_a_word_tables_rows_no_headlines_and_a_units_writer_closing_each_item() -> None:
    r = parse_text(WOMEN)
    assert r.issue.meta.get("editor_org") == "梧溪县妇女联合会"
    assert [(e.title, e.byline) for e in r.entries] == [
        ("县妇联举办农村妇女电商直播技能培训班", "滕小娅"), ("雾岭乡把“两癌”免费筛查送到村寨", "石蕾")]
    assert r.entries[1].text.endswith("完成筛查426人。")


# an evening paper's 体育 page: a kicker of two phrases with a figure over its title, a pointer to a video, the
# lottery's slogans over the footer's hotlines
SPORTS = "\n".join([
    "梧溪都市报", "2024年4月15日　星期一", "A10", "体育", "责编　柏一然　美编　秦川　校对　何小满", "",
    "中甲第5轮　梧溪海鸥主场逆转北岭石狮", "雷小墨补时绝杀　海鸥豪取三连胜",
    _wrap("本报讯（记者　甘一舟）4月14日晚，梧溪海鸥队在先失一球的情况下连扳两球，以2:1逆转北岭石狮队，取得三连胜。"),
    _wrap("　　根据赛程，海鸥队将于4月20日客场挑战南岸金鳞队。"),
    "▲扫码观看海鸥队绝杀视频", "",
    "梧溪体彩　公益体彩　乐善人生", "理性购彩　量力而行　未成年人不得购买彩票", "新闻热线：0000-96111　　广告热线：0000-96222", ""])


def test_a_kicker_with_a_figure_a_pointer_to_a_video_and_slogans_over_the_footer() -> None:
    r = parse_text(SPORTS)
    assert [(e.kicker, e.title) for e in r.entries] == [
        ("中甲第5轮　梧溪海鸥主场逆转北岭石狮", "雷小墨补时绝杀　海鸥豪取三连胜")]
    assert r.entries[0].text.replace("\n", "").endswith("海鸥队将于4月20日客场挑战南岸金鳞队。")


# a 人大 site's profile of one deputy: the page's headline over its lead, then its parts each under a bold subhead
PROFILE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>代表风采_梧岭人大网</title></head>
<body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <span>代表风采</span></div>
<h1>吴承德：把乡亲们的事扛在肩上</h1>
<div class="info">发布时间：2024-06-18 09:32　来源：梧岭县人大常委会</div>
<div class="content">
<p>6月12日清晨，坪坳镇青冈村的薄雾还没散尽，县人大代表吴承德已经沿着新修的通组公路走了一个来回。</p>
<p><strong>一条路，修进了乡亲心坎里</strong></p>
<p>青冈村地处山腰，七个村民组散落在三道山梁上。过去，最远的村民组到村部要走一个多小时山路。</p>
<p><strong>一本民情日记，记满乡亲心事</strong></p>
<p>吴承德的帆布包里，总装着一本磨了边的笔记本，哪家老人需要上门办证，他都记在上面。</p>
<p><strong>“代表的身份，就是责任”</strong></p>
<p>谈起今后的打算，吴承德说，青冈村的茶叶有了路，还得有牌子。</p>
</div>
</body></html>
"""


def test_a_web_article_in_parts_under_bold_subheads_is_one_record(tmp_path: Path) -> None:
    page = tmp_path / "profile.html"
    page.write_text(PROFILE, encoding="utf-8")
    r = parse_source(read_source(page), persons=False)
    assert [(e.title, e.date) for e in r.entries] == [("吴承德：把乡亲们的事扛在肩上", "2024-06-12")]
    assert r.entries[0].text.endswith("还得有牌子。")
    assert "一条路，修进了乡亲心坎里" in r.entries[0].text  # (its subheads are lines of its text)


def test_a_serials_part_closing_on_to_be_continued_and_the_pages_call_for_contributions() -> None:
    page = "\n".join([
        "梧溪报　　2024年3月22日　星期五　　　　副刊　　　　第4版", "责任编辑：柏一然", "",
        "老街修表铺（上）", "□ 廖成舟", "",
        "青溪镇老街的尽头，有一间不到十平方米的修表铺。", "周德顺摘下放大镜，眯着眼睛看了好一会儿，忽然站了起来。",
        "（未完待续）", "",
        "本版投稿邮箱：wxfukan@example.cn　来稿请注明真实姓名、通讯地址及联系电话，一经采用即付稿酬。"])
    r = parse_text(page)
    assert [(e.title, e.byline) for e in r.entries] == [("老街修表铺（上）", "廖成舟")]
    assert r.entries[0].text.endswith("忽然站了起来。")
