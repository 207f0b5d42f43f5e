"""Rules from session 35, each on text written here in our own words: every person, place and unit
below is made up."""

from __future__ import annotations

from conftest import nows, parse_text

_REPORT = """内部资料　注意保存
信息专报
2022年第4期
溪川县人民政府办公室　　2022年3月8日

关于我县竹木加工产业发展情况的调查报告
县发展改革局　县统计局联合调查组

竹木加工是我县的传统产业。为摸清产业底数，2月14日至18日，调查组走访了9个乡镇、17家企业，召开座谈会4次。现将有关情况报告如下。

一、基本情况
全县现有竹木加工企业63家，其中规模以上企业11家，去年实现产值12.4亿元。
（一）企业集聚初见成效。园区入驻企业达到28家。
（二）带动就业作用明显。吸纳农村劳动力2300余人。

二、存在的主要问题
（一）产品附加值偏低。以原竹初加工为主，精深加工不足三成。
（二）原料保障不稳。部分企业原料需从外县购入，成本偏高。

三、几点建议
（一）延伸产业链条。引进竹纤维、竹炭深加工项目。
（二）稳定原料供给。推进竹林低改，提高竹材产量。
附件：1．溪川县竹木加工企业名录
2．调查座谈情况汇总
报：市政府办公室。
送：县委书记，县长。
"""


def test_a_report_printed_alone_is_one_record_its_numbered_parts_its_text() -> None:
    entries = parse_text(_REPORT).entries
    assert [nows(e.title) for e in entries] == ["关于我县竹木加工产业发展情况的调查报告"]
    e = entries[0]
    assert e.byline == "县发展改革局　县统计局联合调查组"  # (its writers' line, no text)
    assert e.text.startswith("竹木加工是我县的传统产业。")
    assert "二、存在的主要问题" in e.text and "（二）稳定原料供给" in e.text
    assert (e.date, e.date_end) == ("2022-02-14", "2022-02-18")  # (the days it was surveyed, in its lead)


def test_an_attachment_list_closing_an_item_is_no_text_of_it() -> None:
    e = parse_text(_REPORT).entries[0]
    assert e.text.rstrip().endswith("提高竹材产量。")
    assert "附件" not in e.text and "名录" not in e.text


def test_numbered_items_of_a_bulletin_under_no_report_title_stay_records() -> None:
    # (the lead says nothing of parts following, and no report's title is over it: a 简报's items)
    text = """工作简报
第3期
溪川县乡村振兴局　　2022年3月8日

一、溪口镇召开产业发展推进会
3月2日，溪口镇召开会议，安排今年产业项目。

二、桥头乡开展农技培训
3月4日，桥头乡邀请专家为种植户讲授竹林管护技术。

三、县局督查项目进度
3月6日，县局组成督查组，到5个乡镇查看项目进度。
"""
    assert [nows(e.title) for e in parse_text(text).entries] == [
        "溪口镇召开产业发展推进会", "桥头乡开展农技培训", "县局督查项目进度"]


def test_a_report_printed_alone_swallows_no_article_under_a_headline_after_it() -> None:
    # (a report's numbered parts, then another item under its own headline: both are records; a guard of the
    # rule's limit, which holds on the session's first code too)
    text = _REPORT.replace("附件：1．溪川县竹木加工企业名录\n2．调查座谈情况汇总\n", "") + """
县领导督导春季森林防火工作
本报讯　3月5日，县领导带队到林区检查防火值守情况，要求压实各级责任。
"""
    assert [nows(e.title) for e in parse_text(text).entries] == [
        "关于我县竹木加工产业发展情况的调查报告", "县领导督导春季森林防火工作"]


def test_a_tables_cells_one_to_a_line_under_its_caption_head_nothing() -> None:
    # (pdftotext sets a table one cell to a line: `（毫米）` and `雨量（毫米）` are cells, no headline and no byline)
    text = """防汛简报
第5期
青岭县防汛抗旱指挥部办公室　　2019年7月3日

一、我县出现强降雨过程
7月1日至2日，我县普降大到暴雨，全县平均降雨量96.4毫米。主要站点雨量见下表。
表1　主要站点降雨情况
站点
累计雨量
（毫米）
最大1小时
雨量（毫米）
上坪镇
152.3
41.2
下河乡
133.8
36.5
受降雨影响，青水河水位一度超过警戒水位0.6米。

二、县防指部署防汛工作
7月2日，县防指召开会议，要求各乡镇做好群众转移准备。
"""
    entries = parse_text(text).entries
    assert [nows(e.title) for e in entries] == ["我县出现强降雨过程", "县防指部署防汛工作"]
    assert entries[0].byline is None and "（毫米）" in entries[0].text
    assert entries[0].text.rstrip().endswith("超过警戒水位0.6米。")


# --- persons -------------------------------------------------------------------------------------------------

def _names(text: str) -> list[str]:
    from digest.persons import find_persons

    return list(dict.fromkeys(f.name for f in find_persons("", text)))  # (two rules may read one name at one place)


def test_a_turkic_dotted_name_with_a_long_first_part_needs_no_anchor_after_it() -> None:
    # (a first part of three or more: the name ends where the next character can open no part of it)
    assert _names("她的丈夫阿卜杜热木·肉孜专门为她做了一个柜子。") == ["阿卜杜热木·肉孜"]
    assert _names("民间艺人买买提明·艾海买提组建了一支乐队。") == ["买买提明·艾海买提"]


def test_a_turkic_name_of_six_or_more_needs_no_anchor_before_it() -> None:
    assert _names("弹唱艺人叶尔江·努尔别克，已经连续十年参加弹唱会。") == ["叶尔江·努尔别克"]
    assert _names("阿卜杜萨拉木·玉苏甫第38分钟头球破门。") == ["阿卜杜萨拉木·玉苏甫"]


def test_a_turkic_name_read_with_no_anchor_stops_before_an_adverb_and_never_ends_in_ze() -> None:
    # (`某克则显得`: 则 is the clause's, not the name's; a short one, `某江·某克`, keeps needing its anchors)
    assert _names("青年队队长努尔兰·赛力克则显得信心十足。") == ["努尔兰·赛力克"]
    assert _names("途经江孜·拉孜到达日喀则。") == []


def test_more_elements_of_uyghur_names_are_read() -> None:
    # (帕尔哈提, 木拉提, 古丽米热, 阿西木: common elements the list lacked)
    assert _names("拟任人选：帕尔哈提·艾山，男，维吾尔族。") == ["帕尔哈提·艾山"]
    assert _names("副市长热依拉·阿西木、邵立宏出席。")[:1] == ["热依拉·阿西木"]
    assert _names("古丽米热·阿不都拉是一名乡村医生。") == ["古丽米热·阿不都拉"]


# --- e-paper pages -----------------------------------------------------------------------------------------

_EPAPER = """青川报数字报
第03版：综合新闻

清水镇新建三座便民桥
【字体：大 中 小】

　　本报讯 9月2日，清水镇三座便民桥同时通车，沿河两岸群众出行不再绕路。
　　据介绍，三座桥总投资460万元。
　　（通讯员 白云飞 石小川）

汛后访田间
岭南乡晚稻长势喜人
【字体：大 中 小】

　　本报讯 连日来，岭南乡的晚稻田里一片青绿，农技人员正指导农户追施穗肥。

山里来了流动医院
——记县医院巡回医疗队
作者：文/图 本报记者 向晓岚
【字体：大 中 小】

　　每个月的头一周，县医院巡回医疗队都要进山一次。
"""


def test_an_epapers_font_buttons_under_each_title_mark_its_articles() -> None:
    # (under one title only they are the page's buttons; under two or more, each article's meta line)
    entries = parse_text(_EPAPER).entries
    assert [nows(e.title) for e in entries] == ["清水镇新建三座便民桥", "岭南乡晚稻长势喜人", "山里来了流动医院"]


def test_a_short_phrase_over_a_longer_headline_over_the_meta_line_is_its_kicker() -> None:
    e = parse_text(_EPAPER).entries[1]
    assert (e.kicker, nows(e.title)) == ("汛后访田间", "岭南乡晚稻长势喜人")


def test_the_credit_closing_an_article_is_no_kicker_of_the_next_and_a_text_and_picture_author_is_meta() -> None:
    first, _, last = parse_text(_EPAPER).entries
    assert first.byline == "白云飞、石小川" and last.kicker is None
    assert "作者" not in last.text and last.text.startswith("每个月的头一周")


def test_a_narrow_columns_lines_of_eleven_characters_are_one_paragraph() -> None:
    # (a page wrapped at 14 characters over two articles and at 11 over the next: the narrow column's own wrap
    # is read from its lines of 11, its first line at the page's margin notwithstanding)
    text = """第1版　要闻

县城新建公园开放
本报讯 5月2日，县城南湖公园正
式开放。公园占地面积达到三百二
十亩，建有步道、广场和湿地，每
天开放时间为早上六时至晚上十时
，市民可免费入园游览。
（记者 陶青云）

镇卫生院新添救护车
本报讯 近日，溪头镇卫生院新添
两辆救护车，车上配备了除颤仪、
呼吸机等急救设备，可满足山区群
众转运急危重症病人的需要。
（通讯员 石秀兰）

■乡村篮球赛落幕

本报讯 4月28日至30日，
溪头镇第二届乡村篮球
赛在镇中心学校举行。
来自全镇的十六支队伍
参加比赛，经过三天角
逐，东岭村代表队获得
冠军，队员马骁腾获得
最有价值球员称号。比
赛期间每天有上千名群
众前来观看，场面热烈。
（通讯员 文远志）
"""
    e = parse_text(text).entries[-1]
    assert "溪头镇第二届乡村篮球赛" in e.text and "队员马骁腾获得最有价值" in e.text


# --- digests ---------------------------------------------------------------------------------------------

_BRIEFS = """溪山政务要情
2016年第1期
溪山县人民政府办公室　　2016年1月11日

目　录
一、重要会议……………………………………1
县政府召开第二十次常务会议……………………1
二、简讯……………………………………………2

一、重要会议
县政府召开第二十次常务会议
1月5日，县政府召开第二十次常务会议，研究部署春节前后各项工作。

二、简讯
县城蔬菜基地首批蔬菜上市。近日，位于河口乡的县城蔬菜基地迎来首批采收，白菜、萝卜等陆续上市。
县公安局破获一起电信诈骗案。12月17日，县公安局破获一起电信网络诈骗案，抓获犯罪嫌疑人5名。
全县完成冬季植树造林1.2万亩。据县林业局统计，今冬已完成植树造林1.2万亩。
"""


def test_a_brief_column_the_toc_names_alone_is_cut_into_its_run_in_briefs() -> None:
    entries = parse_text(_BRIEFS).entries
    assert [nows(e.title) for e in entries] == [
        "县政府召开第二十次常务会议", "县城蔬菜基地首批蔬菜上市", "县公安局破获一起电信诈骗案", "全县完成冬季植树造林1.2万亩"]
    briefs = entries[1:]
    assert {(e.section, e.page) for e in briefs} == {("简讯", 2)}
    assert briefs[1].text.startswith("12月17日，") and briefs[1].date == "2015-12-17"


def test_a_year_alone_dates_no_entry() -> None:
    text = _BRIEFS.replace("1月5日，县政府召开", "2015年，县政府召开")
    assert parse_text(text).entries[0].date is None


_KICKER_DIGEST = """岷江政务信息
2019年第12期
岷江市人民政府办公室　　2020年1月6日

目　录
【领导调研】
市委书记到河西县调研脱贫攻坚工作……………………3
市领导开展元旦前走访慰问活动………………………4
【部门动态】
市交通局开展春运安全检查……………………………5

领导调研

    市委书记在河西县调研脱贫攻坚工作时强调
         坚持搬迁与产业就业同步谋划
          确保搬迁群众稳得住能致富

    12月5日，市委书记深入河西县两个乡镇，实地调研脱贫攻
坚和易地扶贫搬迁后续扶持工作，察看安置点住房和饮水情况
，询问群众收入。

          市领导走访慰问困难群众和老党员

    元旦将至，12月30日至31日，市领导分别带队深入各县（区
）走访慰问困难群众、老党员和因公牺牲干部家属，送去慰问金
和慰问品。

部门动态

市交通局开展春运安全检查
    1月3日，市交通局组织检查组，对全市客运站和营运车辆开展
春运前安全检查，排查整改隐患12处。
"""


def test_a_kicker_of_speech_over_a_headline_of_two_decks_is_the_entrys_kicker() -> None:
    e = parse_text(_KICKER_DIGEST).entries[0]
    assert e.kicker == "市委书记在河西县调研脱贫攻坚工作时强调"
    assert nows(e.title) == "坚持搬迁与产业就业同步谋划确保搬迁群众稳得住能致富"
    assert e.text.startswith("12月5日，")


def test_a_centred_headline_the_toc_words_otherwise_is_found_and_a_season_clause_opens_its_text() -> None:
    # (`市领导开展元旦前走访慰问活动` in the 目录; the body's centred title over `元旦将至，12月30日至31日，…`)
    entries = parse_text(_KICKER_DIGEST).entries
    assert [nows(e.title) for e in entries][1:] == ["市领导走访慰问困难群众和老党员", "市交通局开展春运安全检查"]
    assert (entries[1].date, entries[1].date_end) == ("2019-12-30", "2019-12-31")
    assert entries[0].text.rstrip().endswith("询问群众收入。")


def test_a_title_after_a_unit_credit_closing_the_item_above_is_a_headline() -> None:
    # (pdftotext's hard-wrapped lines: `（供稿：某乡人民政府）` closes the item above; the next bare line over its
    # text is a title, its text opening with no date; a column's short label there is none)
    text = """乡村振兴工作简报
第3期
溪川县乡村振兴局　　2021年9月24日

桥头乡：做实安置点“稳就业”文章

9月上旬，桥头乡在安置点建起两个帮扶车间，吸纳搬迁群众
120人就业，其中留守妇女占七成以上。搬迁户王小芬说：“在
车间里一个月能挣2000多元，还能照顾娃娃上学。”乡党委书
记张国权说，下一步将继续开发保洁、护林等公益性岗位。
（供稿：桥头乡人民政府）

石岭镇：“企业＋合作社＋农户”做强高粱产业

今年，石岭镇依托县内酒企的原料需求，在8个村发展有机
高粱种植1.2万亩，通过订单收购让种植户吃下“定心丸”。
镇里引导各村成立种植专业合作社，由合作社统一供种、统
一技术、统一收购，带动种植户户均增收4000元以上。
（石岭镇党政办供稿）
"""
    assert [nows(e.title) for e in parse_text(text).entries] == [
        "桥头乡：做实安置点“稳就业”文章", "石岭镇：“企业＋合作社＋农户”做强高粱产业"]


def test_an_editors_note_under_a_special_issues_name_is_the_issues_and_no_record() -> None:
    text = """乡村振兴工作简报
增刊第2期
溪川县乡村振兴局　　2021年9月24日

全县产业发展现场推进会
专刊

编者按：日前，县委、县政府召开全县产业发展现场推进会。现将部分乡镇交流发言材料予以编发，供各地学习借鉴。

桥头乡：做实安置点“稳就业”文章

9月上旬，桥头乡在安置点建起两个帮扶车间，吸纳搬迁群众120人就业。
"""
    res = parse_text(text)
    assert [nows(e.title) for e in res.entries] == ["桥头乡：做实安置点“稳就业”文章"]
    assert res.issue.meta["editor_note"].startswith("编者按：日前")
    assert "专刊" in res.issue.meta["masthead_text"]


def test_a_web_issues_closing_lines_over_its_prev_next_links_leave_the_last_entry() -> None:
    # (a 政务信息 issue published as one web article: `↑返回目录` under each item, then the issue's 报/送/发 and
    # 责任编辑 lines, then `上一篇：…` / `下一篇：没有了`; the editor names no person of the last item)
    text = _KICKER_DIGEST.replace("排查整改隐患12处。\n", """排查整改隐患12处。
（市交通局 供稿）
↑返回目录
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
报：省政府办公厅。
送：市委、市人大常委会、市政协领导。
责任编辑：古丽娜尔·吐尔逊　　　　签发：韩卫东
上一篇：岷江政务信息（2019年第11期）
下一篇：没有了
""")
    from conftest import make_source

    from digest.parse import parse_source

    e = parse_source(make_source(text)).entries[-1]
    assert e.text.rstrip().endswith("排查整改隐患12处。")
    assert "古丽娜尔·吐尔逊" not in e.persons and "韩卫东" not in e.persons


def test_a_uyghur_name_of_four_in_a_credit_is_one_name() -> None:
    from digest.persons import find_persons

    assert [f.name for f in find_persons("", "游客络绎不绝。（红柳县委宣传部 米热古丽）")] == ["米热古丽"]
    assert [f.name for f in find_persons("", "记者 王明李华 报道")] == ["王明", "李华"]


def test_a_name_that_reads_as_a_word_is_a_name_at_its_sex_and_before_tongzhi() -> None:
    assert _names("现将拟任职干部情况公示如下：秋　月，女，1971年5月生，大专文化。") == ["秋月"]
    assert _names("经研究决定：高飞翔同志任县水利局局长，柳　青同志任县妇联主席。") == ["高飞翔", "柳青"]
    assert _names("各位同志，老同志们都来了。") == []  # (no surname opens them)
    assert _names("马某华，男，1980年生，农民。") == []  # (a name hidden by 某 is none)


def test_a_roster_rows_name_over_its_sex_and_people_cells_is_read() -> None:
    row = "拟录用人员名单　孔思远　女　汉族　1999.03　大学本科　廖家俊　男　壮族　1998.11　硕士研究生"
    assert _names(row) == ["孔思远", "廖家俊"]


def test_two_names_spaced_apart_after_a_labels_colon_are_a_list() -> None:
    assert _names("二等奖：韩　露　龚书航　三等奖：邵远山") == ["韩露", "龚书航", "邵远山"]  # (邵远山 by its prize's label)
    assert _names("地址：北京　上海") == []  # (places are no names)
    assert "王小" not in _names("优秀教师：王  小  明  李  春  燕")  # (a row letter-spaced through: no two pieces of it)


def test_a_bold_run_in_title_with_its_full_stop_after_the_bold_or_its_bold_over_the_date() -> None:
    # (pandoc's Markdown of a Word 简报: `**标题**。正文…` and `**标题。12月28日，**正文…` are the run-in titles
    # `**标题。**正文…` is)
    text = """**【工作动态】**

**桥头镇召开年度述职评议会。**12月29日，桥头镇召开村党组织书记述职评议会，17名书记逐一述职。

**桥头镇扎实开展冬春森林防火工作**。入冬以来，镇政府与各村签订森林防火责任书，落实护林员56名。

**镇综治中心召开矛盾纠纷分析会。12月28日，**镇综治中心召开第四季度矛盾纠纷排查调处分析会。
"""
    entries = parse_text(text, name="jb.md").entries
    assert [nows(e.title) for e in entries] == [
        "桥头镇召开年度述职评议会", "桥头镇扎实开展冬春森林防火工作", "镇综治中心召开矛盾纠纷分析会"]
    assert entries[1].text.startswith("入冬以来，") and entries[2].text.startswith("12月28日，")


_SUPERVISION = """# 督 查 专 报

**第3期**

**桥头镇党委（政府）督查室　　　　　　　　　　2024年6月3日**

---

## 关于全镇河道清淤“回头看”督查情况的通报

各村（社区），镇各办（所、中心）：

根据镇党委5月6日会议部署，5月20日至24日，镇督查室组成2个督查组，对9个村河道清淤工作开展督查。现将有关情况通报如下：

### 一、基本情况及得分

| 序号 | 村 | 包联领导 | 村支书 | 得分 |
|:---:|:---:|:---:|:---:|:---:|
| 1 | 石桥村 | 陆　敏 | 沈卫红 | 96.5 |
| 2 | 南湖村 | 钱晓峰 | 顾国平 | 94.0 |

### 二、存在的问题

部分村清淤进度偏慢，淤泥堆放不规范。

### 三、下步工作要求

各村要在6月15日前全部整改到位。

## 工作通报

### 关于石桥村河道保洁不到位的通报

5月下旬，镇督查组发现石桥村一段河道漂浮物较多，责令限期整改。
"""


def test_a_supervision_reports_parts_are_its_text_and_the_notices_after_it_records() -> None:
    entries = parse_text(_SUPERVISION, name="dc.md").entries
    assert [nows(e.title) for e in entries] == [
        "关于全镇河道清淤“回头看”督查情况的通报", "关于石桥村河道保洁不到位的通报"]
    assert (entries[0].date, entries[0].date_end) == ("2024-05-20", "2024-05-24")  # (the days of the survey)
    assert "二、存在的问题" in entries[0].text


def test_a_tables_second_column_of_people_headed_by_a_post_is_read() -> None:
    from conftest import make_source

    from digest.parse import parse_source

    e = parse_source(make_source(_SUPERVISION, "dc.md")).entries[0]
    assert {"陆敏", "沈卫红", "钱晓峰", "顾国平"} <= {"".join(p.split()) for p in e.persons}


def test_a_credit_of_a_congress_or_a_cppcc_office_and_its_writer_closes_the_item() -> None:
    from digest.text import trailing_credit, unit_writer

    assert trailing_credit("将适时开展跟踪视察。（城关镇人大　罗继红）") == (
        "将适时开展跟踪视察。", [("contributor", "供稿", "城关镇人大"), ("writer", "撰稿", "罗继红")])
    assert unit_writer("（木耳乡人大　吉克阿呷）") == ("木耳乡人大", ["吉克阿呷"])
    assert unit_writer("（县政协提案委　马小川）") is not None


def test_a_key_items_list_over_framed_section_labels_and_headings_the_list_omits() -> None:
    # (a Word file typed without styles, read as Markdown: `**本期要目**` lists some items; the body's `◆…◆` labels
    # are its sections; a heading over `截至…` or ending on a quote is an entry the list omits)
    text = """# 政　协　信　息
第６期
政协溪川县委员会办公室　　　　２０１０年７月２日
**本期要目**
★县政协召开十届十二次常委会议
★委员风采：一名回族女委员的“民生账本”
**◆政协动态◆**
## 县政协召开十届十二次常委会议
6月22日，县政协十届十二次常委会议召开，县政协主席令狐建国主持会议。
**◆提案工作◆**
## 县政协十届三次会议提案办理情况通报
截至6月20日，县政协十届三次会议立案的126件提案已全部交办，已办复68件。
## 县政协督办“关于加快县城供水管网改造的提案”
６月１８日，县政协副主席苏丽萍带领提案委有关人员，对重点提案办理情况进行督办。
**◆委员风采◆**
## 委员风采：一名回族女委员的“民生账本”
在县政协委员中，马秀兰是出了名的“较真”委员。
"""
    entries = parse_text(text, name="zx.md").entries
    assert [(e.section, nows(e.title)) for e in entries] == [
        ("政协动态", "县政协召开十届十二次常委会议"), ("提案工作", "县政协十届三次会议提案办理情况通报"),
        ("提案工作", "县政协督办“关于加快县城供水管网改造的提案”"), ("委员风采", "委员风采：一名回族女委员的“民生账本”")]


def test_an_evening_papers_page_label_alone_over_the_pages_name_names_its_section() -> None:
    text = """青川晚报
2024年12月02日
星期一
A07
法治
责编：傅雪　美编：卓一鸣

柜员一句追问 民警十分钟赶到

●记者 欧阳澜 通讯员 青公宣
　　11月29日上午，一名老人来到银行网点，要把存款转进“安全账户”，柜员察觉异常后报警。
"""
    res = parse_text(text)
    assert (res.issue.meta.get("page"), res.issue.meta.get("page_name")) == (7, "法治")
    assert [e.section for e in res.entries] == ["法治"]
