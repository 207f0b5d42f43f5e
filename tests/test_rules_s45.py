"""Session 45's rules, each on hand-made text whose names and places appear in no sample: a count of votes with
its outcome or in brackets, a race of two, the persons in brackets after the items of a series, and a counted list
whose last item follows 和."""

from __future__ import annotations

import pytest
from conftest import named_persons, parse_text


@pytest.mark.parametrize(("text", "names"), [
    # a tally with the outcome after each count
    ("计票结果：宫立新　986票　当选；隋晓芸　954票　当选；栾海鹏　903票　当选；鞠凤英　377票。",
     ["宫立新", "隋晓芸", "栾海鹏", "鞠凤英"]),
    # counts in brackets, with 得票 or without
    ("选举结果：主任：岳明轩（得票1876）；副主任：滕秀娥（得票1754）；委员：满德顺（1702）。",
     ["岳明轩", "滕秀娥", "满德顺"]),
    # a race of two, both names plausible
    ("主任候选人得票：阚志远 612票，蒲文涛 598票。两人均未过半数。", ["阚志远", "蒲文涛"]),
])
def test_a_count_of_votes_names_each_candidate(text: str, names: list[str]) -> None:
    got = named_persons(text)
    assert all(n in got for n in names), got


@pytest.mark.parametrize("text", [
    "全年完成产值1200万元，其中一季度300万元，二季度400万元。",  # amounts of no one
    "三个片区分别为：城区（1200）、河东（800）、山后（600）。",  # places and their figures in brackets
    "两个方案得票：甲方案 612票，乙方案 598票。",  # two options, no person
])
def test_figures_of_no_person_name_none(text: str) -> None:
    assert named_persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("重点专科带头人名单如下：肾内科（钮建平）、口腔科（仇晓雯）、康复科（酆国栋）、急诊科（鄢立群）。",
     ["钮建平", "仇晓雯", "酆国栋", "鄢立群"]),
    ("各村联络员：东岭村（喻春生）；西岭村（栾丽华）；南坪村（隗志刚）。", ["喻春生", "栾丽华", "隗志刚"]),
])
def test_the_persons_in_brackets_after_a_series_items(text: str, names: list[str]) -> None:
    got = named_persons(text)
    assert all(n in got for n in names), got


@pytest.mark.parametrize("text", [
    "试点分三片推进：城区（城关）、东部（河东）、南部（山后）。",  # places in brackets
    "代表中有少数民族：马秀芝（回族）、才让（藏族）、阿力木（维吾尔族）。",  # peoples in brackets, no names there
])
def test_brackets_of_places_or_peoples_hold_no_name(text: str) -> None:
    got = named_persons(text)
    assert not any(n in got for n in ("城关", "河东", "山后", "回族", "藏族")), got


@pytest.mark.parametrize(("text", "names"), [
    ("获评“岗位能手”的有隋建国、伍和平和柏青3名同志。", ["隋建国", "伍和平", "柏青"]),
    ("授予鞠文斌、栾海燕与郗向东三人荣誉称号。", ["鞠文斌", "栾海燕", "郗向东"]),
])
def test_a_counted_list_whose_last_item_follows_he(text: str, names: list[str]) -> None:
    got = named_persons(text)
    assert all(n in got for n in names), got


def test_a_counted_list_of_places_names_none() -> None:
    assert named_persons("活动在北关、南关和西关三地同时举行。") == []


_UNTITLED_COLUMN = """某县政务信息
2024年第9期
某县人民政府办公室　　　　2024年9月20日

目　录
一、工作动态
县政府召开第12次常务会议……………………………………1
二、简讯……………………………………………………………2

一、工作动态
县政府召开第12次常务会议
9月10日，县长某某主持召开县政府第12次常务会议，研究秋季防火工作。

二、简讯

县档案馆9月12日启动馆藏档案数字化工程，首批扫描档案
2万余卷。（县档案馆）

为方便群众办事，县政务服务中心于9月14日开设周末服务窗
口，每周六上午正常受理业务。

县应急管理局副局长某某9月16日带队检查城区加油站安全生产
工作，督促整改隐患5处。
"""


def test_an_untitled_column_of_briefs_under_its_toc_line_is_an_entry_each() -> None:
    entries = parse_text(_UNTITLED_COLUMN).entries
    rows = [(e.section, e.page, e.title, e.date) for e in entries[1:]]
    assert rows == [("简讯", 2, "县档案馆9月12日启动馆藏档案数字化工程", "2024-09-12"),
                    ("简讯", 2, "为方便群众办事", "2024-09-14"),
                    ("简讯", 2, "县应急管理局副局长某某9月16日带队检查城区加油站安全生产工作", "2024-09-16")]
    assert entries[1].text.startswith("县档案馆9月12日")  # (the first clause is the title and the text's opening too)


@pytest.mark.parametrize(("text", "date"), [
    ("县应急管理局9月16日在城关镇开展防汛演练，200余人参加。", "2024-09-16"),  # a body, its day, what it did
    ("县人大常委会副主任某某9月16日至17日带队视察城区道路建设。", "2024-09-16"),  # an official, a range
    ("会议传达学习了9月11日全市防汛工作会议精神。", None),  # the day of what was studied, no act of the subject
    ("经局党组9月16日会议研究，决定任命某某为办公室主任。", None),  # who decided, no subject acting
    ("县住建局9月30日前完成全部排查。", None),  # a deadline
])
def test_a_subject_then_its_day_dates_a_brief(text: str, date: str | None) -> None:
    from digest.fields import held_on_date

    assert held_on_date(text, 2024, 9)[0] == date


@pytest.mark.parametrize(("text", "name"), [
    ("外婆走得早，姥爷隗德顺一个人把五个孩子拉扯大。", "隗德顺"),  # kin on the mother's side
    ("那年冬天，大伯栾守山挑着担子进了城。", "栾守山"),  # 大伯 before a surname that also ends a place's name (伯林)
    ("表姐鄢晓雯把信读了三遍。", "鄢晓雯"),
])
def test_a_name_after_a_word_of_kin(text: str, name: str) -> None:
    assert name in named_persons(text)


@pytest.mark.parametrize(("text", "names"), [
    ("《父亲的手》□ 隗建设", ["隗建设"]),  # a literary page's writer after the mark
    ("《给女儿》　□ 欧阳向晚　　朵朵，你睡着的样子像一只小猫。", ["欧阳向晚"]),
    ("□ 本报记者 栾丽华", ["栾丽华"]),  # a reporter's label between the mark and the name
    ("《溪山》（国画）　鄢俊峰 作　　《春到农家》（剪纸）　仉秀兰 作", ["鄢俊峰", "仉秀兰"]),  # works and their makers
])
def test_a_writers_mark_or_a_makers_word_credits_a_name(text: str, names: list[str]) -> None:
    got = named_persons(text)
    assert all(n in got for n in names), got


@pytest.mark.parametrize("text", [
    "□□□□ 某村 □□",  # boxes of a form, no name
    "县长 作 报告后，大家分组讨论。",  # 作 as a verb after a title spaced out
])
def test_boxes_and_a_verb_make_no_credit(text: str) -> None:
    assert named_persons(text) == []


_FRAMED_THEME = """某市直机关工作简报
2019年第9期

目　录
【党建工作】
市直机关工委举办基层党组织书记培训班……………………3
【庆祝新中国成立70周年】
市直机关歌咏比赛落幕………………………………………5
【作风建设】
市直机关工委开展作风建设专项督查…………………………6

【党建工作】
市直机关工委举办基层党组织书记培训班
9月5日，市直机关工委举办培训班。
【庆祝新中国成立70周年】
市直机关歌咏比赛落幕
9月20日晚，歌咏比赛落幕。
【作风建设】
市直机关工委开展作风建设专项督查
9月，市直机关工委开展督查。
"""


def test_a_toc_heading_framed_whole_is_a_section_however_long() -> None:
    rows = [(e.title, e.section) for e in parse_text(_FRAMED_THEME).entries]
    assert rows == [("市直机关工委举办基层党组织书记培训班", "党建工作"), ("市直机关歌咏比赛落幕", "庆祝新中国成立70周年"),
                    ("市直机关工委开展作风建设专项督查", "作风建设")]


def test_a_weekday_alone_on_a_mastheads_line_is_a_fact() -> None:
    from digest.masthead import line_facts

    assert line_facts("星期四") == {"weekday": "星期四"}
    assert line_facts("（周五）") == {"weekday": "周五"}
    assert line_facts("今天星期四") is None  # (a sentence, no masthead's line)


_FRONT_PAGE = """溪岭报

2023年6月15日
星期四
第812期

要闻

抢抓机遇 冲刺“双过半”

我区第三批重点项目
集中开工

26个项目总投资158亿元 某某宣布开工 某某致辞

本报讯（记者 鄢晓岚）
6月14日上午，溪岭区第三批重
点项目集中开工仪式在经济开发区
举行。区委书记某某宣布项目开工
，区长某某致辞。此次集中开工的
26个项目总投资158亿元，涵
盖先进制造、新能源、现代物流和
民生保障等领域。

导读

区纪委监委开展专项整治
2版

北坪镇：小葡萄串起致富链
3版

走基层·看三夏

18万亩小麦机收过半

本报讯（记者 栾雨珊）6月12
日，在南坪镇高标准农田示范区，
8台联合收割机在金色麦浪中来回
穿梭。据区农业农村局统计，全区
已收获小麦9.6万亩。

荷花映碧水

6月13日，游客在溪岭湿地公园赏荷拍照。眼下，公园内200余
亩荷花次第绽放，吸引众多市民游客前来观赏。  本报记者 隗青 摄

要闻简报

■区委副书记、区长某某6月13
日到溪岭河沿线检查防汛工作，要
求各镇街克服麻痹思想，落实落细
各项防汛措施。
■区税务局举办“税企直通车”
政策宣讲会，为辖区120余家中
小微企业解读最新税费优惠政策。
■6月14日，区市场监管局开展
端午节前食品安全专项检查，共检
查经营主体46家，责令整改问题
7个。

关于溪岭大道部分路段实施临时交通管制的通告

因溪岭大道雨污分流改造工程施工
需要，2023年6月18日至7
月31日，对溪岭大道部分路段实
行半幅封闭施工。过往车辆请减速
慢行。由此带来的不便，敬请谅解
。
特此通告。
"""


def test_a_front_page_from_plain_pdftotext_reads_its_articles() -> None:
    entries = parse_text(_FRONT_PAGE).entries
    by = {e.title: e for e in entries}
    lead = by["我区第三批重点项目集中开工"]  # a kicker, a title wrapped over two lines, a deck of figures and acts
    assert (lead.kicker, lead.subtitle) == ("抢抓机遇 冲刺“双过半”", "26个项目总投资158亿元 某某宣布开工 某某致辞")
    assert not any("导读" in e.text or "2版" in e.text for e in entries)  # (the contents box is furniture)
    assert by["18万亩小麦机收过半"].kicker == "走基层·看三夏"  # (a column's words dotted apart: no foreign name)
    photo = by["荷花映碧水"]  # its caption wrapped mid-sentence, the credit after a gap on its last line
    assert photo.text.endswith("前来观赏。") and photo.byline == "隗青"
    briefs = [e for e in entries if e.section == "要闻简报" or e.subsection == "要闻简报"]
    assert len(briefs) == 3  # (the second brief's first line cut by a wrap before its first comma)
    assert briefs[1].text.startswith("区税务局举办“税企直通车”政策宣讲会")
    notice = by["关于溪岭大道部分路段实施临时交通管制的通告"]  # a notice to the public, no addressees' line
    assert notice.text.startswith("因溪岭大道")


@pytest.mark.parametrize(("text", "names"), [
    # teachers and their schools: names that are also words or a city (明亮, 宁静, 柏林) read by the series
    ("中小学高级教师（6人）：明亮（实验小学）、华丽（第二中学）、宁静（第三中学）、向阳（城关小学）、柏林（职业中专）、石磊（第一中学）。",
     ["明亮", "华丽", "宁静", "向阳", "柏林", "石磊"]),
    ("高级农艺师：田野（县农技推广中心）、苏丰收（县种子管理站）、麦穗（县植保站）。", ["田野", "苏丰收", "麦穗"]),
])
def test_the_persons_before_their_units_in_brackets(text: str, names: list[str]) -> None:
    got = named_persons(text)
    assert all(n in got for n in names), got


@pytest.mark.parametrize("text", [
    "试点：城关（镇政府）、河西（乡政府）、石桥（村委会）。",  # places before their bodies, no person plausible
    "获奖单位：城关中学（县教育局）、河西小学（县教育局）、石桥卫生院（县卫健局）。",  # schools before their bureau
])
def test_places_or_units_before_units_in_brackets_name_none(text: str) -> None:
    assert named_persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("这是村党支部书记贺建设常挂在嘴边的一句话。", "贺建设"),  # a word as a given name after a role, then 常
    ("合作社理事长鄢向阳一边招呼工人，一边打包。", "鄢向阳"),  # then 一边
    ("镇长栾国庆一直盯在工地上。", "栾国庆"),  # then 一直
])
def test_a_name_after_a_role_before_an_adverb_of_habit_or_time(text: str, name: str) -> None:
    assert name in named_persons(text)


@pytest.mark.parametrize(("text", "name"), [
    ("村党支部书记隗建设经常说起这件事。", "隗建设"),  # a given name of the 1950s that is a word (建设), before an adverb
    ("老队长栾胜利一直守在堤上。", "栾胜利"),
])
def test_a_given_name_that_is_a_word_of_its_times_after_a_role(text: str, name: str) -> None:
    assert name in named_persons(text)


def test_a_word_after_a_role_with_no_surname_before_it_is_no_name() -> None:
    assert named_persons("市委书记强调要加快建设步伐。") == []


@pytest.mark.parametrize(("text", "names"), [
    ("周师傅大名隗福来，一把剪刀用了四十年。", ["隗福来"]),  # a full name after 大名
    ("孩子生下来三天，爷爷给起名叫向阳。", ["向阳"]),  # a word given as the name of a child
    ("老师给我改名叫高峰，奶奶却一辈子没改口。", ["高峰"]),
    ("我的爷爷叫司马长林，奶奶叫上官秀珍。", ["司马长林", "上官秀珍"]),  # kin and their names
])
def test_a_name_said_to_be_one(text: str, names: list[str]) -> None:
    got = named_persons(text)
    assert all(n in got for n in names), got


@pytest.mark.parametrize("text", [
    "企业改名为华丰，业务不变。",  # a firm renamed
    "村子改名叫石门，",  # a village renamed
    "我妈妈叫我回家吃饭。",  # 叫 as a verb of calling
])
def test_a_thing_renamed_or_a_call_names_no_one(text: str) -> None:
    assert named_persons(text) == []


def test_an_appointment_announced_and_an_adverb_after_a_name() -> None:
    assert named_persons("会议宣布仇雪峰任市第二中学党委书记。") == ["仇雪峰"]  # 宣布 and 任 a post
    assert named_persons("区长宣布开工。") == []
    assert named_persons("说起即将赴任的新岗位，鄢立很高兴。") == ["鄢立"]  # 很 ends no given name


def test_a_posts_group_label_marked_otherwise_than_its_items_is_their_section() -> None:
    text = ("某街道一周动态\n\n**📌 党建引领**\n\n**🔸街道党工委召开党建工作会议**\n\n3月5日，街道党工委召开会议，部署全年工作。\n\n"
            "**🔸“红色物业”联盟签约**\n\n3月7日，辖区8家物业企业签约加入联盟。\n\n**📌 民生服务**\n\n"
            "**🔸辖区新增3处老年助餐点**\n\n3月12日，3处老年助餐点同时开餐。\n")
    rows = [(e.title, e.section) for e in parse_text(text, name="t.md").entries]
    assert rows == [("街道党工委召开党建工作会议", "党建引领"), ("“红色物业”联盟签约", "党建引领"),
                    ("辖区新增3处老年助餐点", "民生服务")]


def test_a_toc_column_of_briefs_framed_otherwise_in_the_body_is_cut_into_its_briefs() -> None:
    text = _UNTITLED_COLUMN.replace("二、简讯……", "二、简讯······").replace("\n二、简讯\n", "\n【简　讯】\n")
    rows = [(e.section, e.title) for e in parse_text(text).entries[1:]]
    assert [t for _s, t in rows] == ["县档案馆9月12日启动馆藏档案数字化工程", "为方便群众办事",
                                     "县应急管理局副局长某某9月16日带队检查城区加油站安全生产工作"]


_WIKI_EXPORT = """# 某市政务信息

2021年第9期

**目　录**

- [一、重要会议](#一重要会议)
  - [市政府召开第十二次常务会议](#市政府召开第十二次常务会议)
- [二、县区动态](#二县区动态)
- [三、简讯](#三简讯)

---

# 一、重要会议

## 市政府召开第十二次常务会议

9月3日，市长某某主持召开市政府第十二次常务会议。

# 二、县区动态

**某县：秋粮收购全面启动。**9月5日，某县秋粮收购工作全面启动，全县设立收购网点26个。

**某区：新增城市书房3处。**9月8日，某区3处城市书房同时开放。

# 三、简讯

- 市档案馆新增2个查档服务窗口，查档等候时间缩短一半。
- 9月9日，市图书馆举办“阅读之夜”活动，300余名读者参加。

---

编辑：某某　　审核：某某

[« 上一期：2021年第8期](/zwxx/2021/8) | [下一期：2021年第10期 »](/zwxx/2021/10)

> 本页面内容为内部资料，注意保存。

*最后编辑：某某　2021-09-20 10:14*
"""


def test_columns_a_toc_names_with_no_items_read_their_run_in_titles_and_briefs() -> None:
    entries = parse_text(_WIKI_EXPORT, name="t.md").entries
    rows = [(e.section, e.title) for e in entries]
    assert rows == [("重要会议", "市政府召开第十二次常务会议"), ("县区动态", "某县：秋粮收购全面启动"),
                    ("县区动态", "某区：新增城市书房3处"), ("简讯", "市档案馆新增2个查档服务窗口"), ("简讯", "9月9日")]
    assert entries[-1].text.endswith("300余名读者参加。")  # (the pager, the notice and the stamp close the issue)


@pytest.mark.parametrize("text", [
    "首班车提前至5:30。途经隗家庄站、栾村站、高庙站的乘客请留意。",  # stations in a list
    "沿途设张衡路站、海瑞公园站、刘公岛码头站等18座车站。",  # an island's name before a pier
    "他们的车每天往返于景洪和勐腊之间。",  # 于 the preposition of 往返
])
def test_stations_islands_and_a_preposition_name_no_one(text: str) -> None:
    assert named_persons(text) == []


def test_yu_the_surname_after_a_word_for_a_person_stays() -> None:
    assert named_persons("心内科医生于海川带领团队打通了血管。") == ["于海川"]


@pytest.mark.parametrize(("text", "name"), [
    ("大儿子隗建设端起酒杯说：“爹，祝您福如东海。”", "隗建设"),  # a word of its times after a word of kin
    ("其中，76岁的栾长江坚持义务清扫街巷十五年。", "栾长江"),  # after an age and 的
    ("“俺叫闵小妮。”这位99岁的老人说。", "闵小妮"),  # 俺叫 introduces a name as 我叫 does
])
def test_a_word_of_its_times_as_a_name_after_a_kind_of_person(text: str, name: str) -> None:
    assert name in named_persons(text)


@pytest.mark.parametrize("text", [
    "市民张前进行了投诉。",  # 前进|行: the word goes on, 进行
    "游客王长江边散步。",  # 长江边: the river's bank
])
def test_a_word_of_its_times_read_on_past_a_name_is_no_name(text: str) -> None:
    got = named_persons(text)
    assert "张前进" not in got and "王长江" not in got, got


def test_a_word_for_a_person_inside_other_words_anchors_no_name() -> None:
    assert named_persons("我县完成县乡道安全生命防护工程建设。") == []  # (防护|工程: no 护工 there)
