"""Session 46's rules, each on hand-made text whose names and places appear in no sample: a dotted foreign name
the scorer doubts, a withheld name printed with asterisks, a table of people flattened into one line, the
speakers and makers of a broadcast's script, an obituary's mourners, a judgment's signatories, a meeting's minutes,
a team sheet, word-names after a post; and of digests and posts: the tags that count a digest's items, a 目录 with
no pages (its editor's note, its pages from the footers), a title the wrap cut inside a word, a post's column of
emoji-bulleted briefs."""

from __future__ import annotations

import pytest
from conftest import named_persons, parse_text


@pytest.mark.parametrize(("text", "name"), [
    # after a word for a kind of person the scorer gives 0.1-0.2: a dotted name of transliteration characters
    ("市政府授予加拿大籍工程师罗伯特·哈维兰“荣誉市民”称号。", "罗伯特·哈维兰"),
    ("1950年冬，苏联铁道兵尼古拉·索洛明在满洲里车站迎接了第一列专车。", "尼古拉·索洛明"),
    ("来自英国的园艺师苏珊·卡特莱特专程来到苗圃。", "苏珊·卡特莱特"),
    # a first part the scorer cut short: the whole run of transliteration characters before the dot
    ("哈萨克族护林员努尔别克提·沙吾尔巴克在山上巡护了二十年。", "努尔别克提·沙吾尔巴克"),
])
def test_a_dotted_name_the_scorer_doubts(text: str, name: str) -> None:
    assert name in named_persons(text)


@pytest.mark.parametrize(("text", "name"), [
    ("新华体育馆里，埃塞俄比亚名将阿贝贝·塔德塞赤脚跑完了全程。", "阿贝贝·塔德塞"),  # a word past a part ends it
    ("英国学者苏珊·布朗作主旨报告。", "苏珊·布朗"),  # a verb of one character after a part
    ("俄罗斯游客伊万·萨莫洛夫因突发疾病被送医。", "伊万·萨莫洛夫"),  # 因 after a part
])
def test_a_dotted_name_ends_before_the_clause_after_it(text: str, name: str) -> None:
    got = named_persons(text)
    assert name in got and not any(n.startswith(name) and n != name for n in got), got


@pytest.mark.parametrize("text", [
    "《牡丹亭·游园》一折唱罢，掌声四起。",  # a work's title
    "本报推出“走基层·看变化”专栏。",  # a column's name
    "中国·桂林山水文化旅游节今日开幕。",  # a place and an event
])
def test_a_dot_between_words_names_no_one(text: str) -> None:
    assert not any("·" in n for n in named_persons(text))


def test_a_withheld_name_is_no_name() -> None:
    text = "拟录用人员：纪*涛 男 城南派出所；蔺** 女 户政大厅；郦*飞 男 交警大队。"
    assert named_persons(text) == []


def test_markdown_bold_around_a_name_still_reads_it() -> None:
    assert "卞志远" in named_persons("**卞志远**说，今年的收成比去年好。")


@pytest.mark.parametrize(("text", "names"), [
    ("序号 姓名 性别 岗位 1 蔺雨桐 女 护理 2 郦　川 男 检验 3 鞠成 男 药剂",
     ["蔺雨桐", "郦川", "鞠成"]),
    # a word in the name's cell is a name too: the row says so
    ("序号 姓名 性别 学校 1 昝晓雯 女 县一中 2 向　阳 男 县二中 3 丛　林 男 县职中",
     ["昝晓雯", "向阳", "丛林"]),
    # a PDF's extraction runs the cells together
    ("1厍立伟男1994.06本科土木工程县住建局2蔺晓蕾女1997.03本科会计学县财政局",
     ["厍立伟", "蔺晓蕾"]),
])
def test_the_names_of_a_table_flattened_into_one_line(text: str, names: list[str]) -> None:
    got = ["".join(n.split()) for n in named_persons(text)]
    assert all(n in got for n in names), got


def test_numbers_and_sexes_of_no_table_name_none() -> None:
    assert named_persons("全县新增就业1200人，其中男性680人、女性520人。") == []


@pytest.mark.parametrize(("text", "name"), [
    ("【同期声】郦建设 县水利局局长：汛期前我们要把险工险段全部排查一遍。", "郦建设"),
    ("字幕：厍国庆　柳溪镇南坪村党支部书记", "厍国庆"),
    ("【同期声】蔺长河：当时顾不上多想，先把人救出来再说。", "蔺长河"),
])
def test_a_broadcast_script_names_its_speaker_after_the_label(text: str, name: str) -> None:
    assert name in named_persons(text)


def test_a_broadcast_speaker_with_a_kind_of_person_is_read_at_the_word() -> None:
    got = named_persons("【同期声】村民鞠桂香：这条路修好了，卖菜方便多了。")
    assert "鞠桂香" in got and "村民鞠桂香" not in got


def test_a_broadcast_credit_names_a_word_between_two_labels() -> None:
    got = named_persons("本期策划：蔺晓燕　主持：温暖　导播：郦志刚")
    assert {"蔺晓燕", "温暖", "郦志刚"} <= set(got)


def test_a_credit_label_over_a_verb_names_no_one() -> None:
    assert named_persons("审核：通过　签发：郦明") == ["郦明"]


_TAGGED = """\
柳溪镇政务信息
2025年第3期

目　录
一、工作动态
1.柳溪镇召开春季安全生产部署会……2
2.柳溪镇启动河道清淤工程……2

【信息一】
柳溪镇召开春季安全生产部署会
3月4日，柳溪镇召开春季安全生产部署会，对全镇重点行业领域安全生产工作作出安排。
会议要求各村各单位压实责任，确保不发生较大事故。

【信息二】
柳溪镇启动河道清淤工程
3月6日，柳溪镇河道清淤工程正式启动，计划清淤河道12公里。
工程预计5月底前完工。
"""


def test_the_tags_that_count_the_items_are_no_text() -> None:
    entries = parse_text(_TAGGED).entries
    assert [e.title for e in entries] == ["柳溪镇召开春季安全生产部署会", "柳溪镇启动河道清淤工程"]
    assert all("信息" not in e.text for e in entries), [e.text[-12:] for e in entries]
    assert entries[0].text.endswith("确保不发生较大事故。")


@pytest.mark.parametrize("text", [
    "（本报记者 郦文静 实习生 冷小舟 通讯员 厍建军）",
    "（本报记者郦文静实习生冷小舟通讯员厍建军）",  # run together: 生冷 is a word, the credit's label is not
])
def test_a_trainee_reporters_credit_names_the_trainee(text: str) -> None:
    got = named_persons(text)
    assert "冷小舟" in got and "小舟" not in got, got


def test_a_dotted_place_before_a_role_names_no_one() -> None:
    assert named_persons("阿克苏·乌什县长调研。") == []


def test_a_roster_of_names_each_before_a_unit_and_a_post() -> None:
    text = ("年度劳动模范：郦　林　市热力公司维修班班长；厍晓飞　某化工有限公司工程师；"
            "昝国强　前进村党支部书记；蔺海燕　市妇幼保健院护士长。")
    got = ["".join(n.split()) for n in named_persons(text)]
    assert {"郦林", "厍晓飞", "昝国强", "蔺海燕"} <= set(got), got


@pytest.mark.parametrize(("text", "name"), [
    ("城管执法队员厍向前和同事每天早上七点开始巡查。", "厍向前"),
    ("副院长向前进说，学院今年新设两个专业。", "向前进"),  # the surname 向 and 前进
    ("驻村第一书记蔺胜利打着手电，带着村干部挨家查看。", "蔺胜利"),
])
def test_a_given_name_of_its_times_after_a_role(text: str, name: str) -> None:
    assert name in named_persons(text)


@pytest.mark.parametrize(("text", "name"), [
    ("副局长温暖在会上通报了近期两起事故。", "温暖"),
    ("座谈会由区工商联主席马力主持。", "马力"),
    ("市文旅局副局长高远陪同考察。", "高远"),
])
def test_a_word_name_after_a_post_before_an_act_of_office(text: str, name: str) -> None:
    assert name in named_persons(text)


def test_a_post_and_a_word_before_an_act_are_no_name_when_the_word_is_a_verb() -> None:
    assert named_persons("会议由党委书记主持。") == []


_PAGELESS_TOC = """\
柳溪县政务信息
2024年第4期

目　　录

编者按
一、领导活动
县委书记到柳溪镇调研春耕备耕工作
二、工作动态
县市场监管局开展食品安全专项检查
县人社局举办春风行动专场招聘会

— 1 —

编者按：一季度以来，全县各项工作开局良好。本期集中编发近期工作动态，供参阅。

一、领导活动

县委书记到柳溪镇调研春耕备耕工作
4月8日，县委书记到柳溪镇调研春耕备耕工作，实地察看育秧工厂和农资储备情况。
他强调，要抓住农时抓好春播，确保粮食播种面积只增不减。

— 2 —

二、工作动态

县市场监管局开展食品安全专项检查
4月10日，县市场监管局在全县开展食品安全专项检查，检查经营主体126家。

县人社局举办春风行动专场招聘会
4月11日，县人社局举办春风行动专场招聘会，86家企业提供岗位1200余个。

— 3 —
"""


def test_a_pageless_tocs_editors_note_is_no_section_and_pages_come_from_the_footers() -> None:
    entries = parse_text(_PAGELESS_TOC).entries
    assert [(e.section, e.page) for e in entries] == [("领导活动", 2), ("工作动态", 3), ("工作动态", 3)]
    assert all(e.subsection is None for e in entries)


def test_a_team_sheet_names_every_player_after_a_shirt_number() -> None:
    got = named_persons("首发：1号常胜，2号于浩，6号方圆，8号郗文博，30号万里。")
    assert {"常胜", "于浩", "方圆", "郗文博", "万里"} <= set(got), got


def test_a_shirt_number_before_a_thing_names_no_one() -> None:
    assert named_persons("3号楼、5号楼和12号楼今年完成改造。") == []


def test_a_dotted_name_replaces_its_last_part_read_alone() -> None:
    got = named_persons("赛后，本报记者专访了贾马尔·威廉姆斯。")
    assert got == ["贾马尔·威廉姆斯"], got


def test_an_obituarys_mourners_after_their_kin() -> None:
    got = named_persons("妻子：鞠秀芝　长子：厍向前　长媳：蔺令霞　孝子：高峰　高山　率全体亲属泣告")
    assert {"鞠秀芝", "厍向前", "蔺令霞", "高峰", "高山"} <= set(got), got


def test_a_kin_word_before_a_colon_in_prose_names_no_one() -> None:
    assert named_persons("他有两个女儿：一个在北京工作，一个在上海读书。") == []


def test_a_judgments_signature_block_names_each_signatory() -> None:
    got = ["".join(n.split()) for n in named_persons(
        "审　判　长　厍建平　审　判　员　高　峰　人民陪审员　温暖　二〇二三年十一月二十日　书　记　员　江河")]
    assert got == ["厍建平", "高峰", "温暖", "江河"], got


def test_a_meetings_minutes_name_who_attended_sat_in_was_away_and_answers() -> None:
    got = named_persons("出席：厍向前、谭笑、艾尔肯·吐尔逊　列席：宗晓燕（县商务局）　请假：鞠文涛（参加培训）　记录：钟灵")
    assert {"厍向前", "谭笑", "艾尔肯·吐尔逊", "宗晓燕", "鞠文涛", "钟灵"} <= set(got), got
    assert "艾尔肯" not in got
    got = named_persons("1｜城乡公交一体化｜牵头领导：逯建设｜责任人：郜明、欧阳晓岚｜完成时限：2024.10")
    assert {"逯建设", "郜明", "欧阳晓岚"} <= set(got), got


_POST_BRIEFS = """\
工作动态丨某街道一周工作动态

原创 某街道 某某发布 2021-11-22 18:06

点击蓝字关注我们

▍党建引领

◆ 街道党工委召开理论学习中心组学习会

11月16日下午，街道党工委召开理论学习中心组学习会，集中学习全会精神。

▍一周简讯

📌11月15日，街道人大工委组织辖区人大代表开展“代表进网格”活动，收集意见建议17条。

📌为提升网格员业务能力，街道于11月17日举办网格化服务管理培训班，86人参加培训。

📌街道团工委联合中心小学，于11月20日开展文明实践活动，120余名师生参加。

END
"""


def test_a_posts_column_of_briefs_each_under_an_emoji_bullet() -> None:
    entries = parse_text(_POST_BRIEFS).entries
    assert len(entries) == 4, [e.title for e in entries]
    assert [e.section for e in entries[1:]] == ["一周简讯"] * 3
    assert "一周简讯" not in [e.title for e in entries]


_CUT_TITLES = """\
柳溪县政务信息
2022年第9期

目　　录
一、要务要情
研究部署秋冬季疫情防控工作……2
局党组专题研究旧城改造征收工作……2

— 1 —
一、要务要情

县委常委会召开会议专题研
究部署秋冬季疫情防控工作
　　9月13日，县委书记主持召开县委常委会会议，分析研判当前疫情防控形势。
（县委办　供稿）

稳住基本盘 打好攻坚战
局党组专题研究旧城改造征收工作
　　9月20日下午，局党组召开专题会议，研究旧城改造征收工作。
"""


def test_a_title_wrapped_inside_a_word_is_read_from_its_first_line() -> None:
    entries = parse_text(_CUT_TITLES).entries
    assert entries[0].title == "县委常委会召开会议专题研究部署秋冬季疫情防控工作"
    assert entries[0].text.endswith("形势。"), entries[0].text[-20:]
    assert entries[1].title == "局党组专题研究旧城改造征收工作"  # a kicker of two phrases stays one (战局 a word)


@pytest.mark.parametrize(("text", "name"), [
    ("记者：头几年是怎么熬过来的？江河：说实话，头三年基本没有收入，全靠贷款撑着。", "江河"),
    ("记者：您最初为什么想到直播卖货？厍建设：村里的核桃一年比一年多，光靠收购商卖不上价。", "厍建设"),
])
def test_an_interviews_answer_names_its_speaker_whatever_word(text: str, name: str) -> None:
    assert name in named_persons(text)


def test_an_interviews_answer_by_a_surname_and_a_post_names_no_one() -> None:
    assert named_persons("问：市场有变化吗？王局长：节奏确实放慢了，但是方向没有变。") == []
