"""Session 42's rules, each on hand-made text whose names and places appear in no sample: a list page whose
column of articles its layout names as a sidebar, the day a paper's article reports after its dateline and a
purpose clause, a name of two that is also a word right after a post, names read without a verb of one
character after them, a match and a team that are no person, a Mongolian name written with 乐 for 勒, and a
time word after a role that is no name."""

from __future__ import annotations

import pytest
from conftest import make_source, named_persons, nows

from digest.parse import parse_source

_ROWS = [("柘塘县召开春季植树造林工作推进会", "2022-03-30"), ("县长梅少川调研城区排涝设施建设", "2022-03-29"),
         ("柘塘县举办第三届农民丰收节筹备会", "2022-03-25"), ("县政府党组召开理论学习会议", "2022-03-22"),
         ("柘塘县启动春季农资打假专项行动", "2022-03-18"), ("县教育局部署中小学安全大检查", "2022-03-15"),
         ("县医保局上线门诊费用线上结算", "2022-03-11"), ("白鹭湾乡召开村级集体经济推进会", "2022-03-08")]


def _list_page() -> str:
    rows = "\n".join(f'<li><span class="dot"></span><a href="/zwdt/{k}.html" title="{t}">{t}</a>'
                     f'<span class="date">{d}</span></li>' for k, (t, d) in enumerate(_ROWS))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>政务动态_柘塘县人民政府</title></head><body>
<div class="topbar">今天是：2022年4月1日 星期五</div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zjzt/">走进柘塘</a><div class="subnav"><a href="#">柘塘概况</a>
<a href="#">历史沿革</a><a href="#">行政区划</a><a href="#">自然资源</a></div></li><li><a href="/zwgk/">政务公开</a>
<div class="subnav"><a href="#">政务动态</a><a href="#">部门动态</a><a href="#">乡镇动态</a><a href="#">政府信息公开</a></div></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a><div class="subnav"><a href="#">县长信箱</a>
<a href="#">在线访谈</a><a href="#">征集调查</a></div></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwdt/">政务动态</a></div>
<div class="main">
  <div class="left-side"><div class="side-tit">政务公开</div>
    <ul class="lanmu-list"><li><a href="/zwdt/">政务动态</a></li><li><a href="/bmdt/">部门动态</a></li>
    <li><a href="/xzdt/">乡镇动态</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/zcjd/">政策解读</a></li>
    <li><a href="/rsxx/">人事信息</a></li><li><a href="/czxx/">财政信息</a></li><li><a href="/jytaxx/">建议提案办理</a></li></ul>
    <div class="side-tit">通知公告</div>
    <ul class="notice"><li><a href="/tz/1.html">关于开展春季征兵工作的通告</a><span>03-28</span></li>
    <li><a href="/tz/2.html">柘塘县城区临时交通管制公告</a><span>03-21</span></li>
    <li><a href="/tz/3.html">关于做好清明节期间森林防火的通知</a><span>03-17</span></li></ul></div>
  <div class="right-side"><div class="col-title"><span>政务动态</span></div>
    <ul class="news-list">
{rows}
    </ul>
    <div class="pagebar"><span>共120条</span> <a href="/zwdt/index_1.html">下一页</a></div></div>
</div>
<div class="footer"><p>关于我们 | 网站地图 | 联系我们 | 隐私声明</p><p>主办：柘塘县人民政府办公室　承办：柘塘县大数据发展中心
联系电话：0000-1234567</p><p>网站标识码：0000000000　某ICP备00000000号-1　某公网安备00000000000000号</p>
<p>建议使用1366×768分辨率浏览本站</p></div></body></html>"""


def test_a_list_pages_column_its_layout_names_as_a_sidebar_is_read(tmp_path) -> None:
    from digest.parse import parse_path

    path = tmp_path / "zwdt-list.html"
    path.write_text(_list_page(), encoding="utf-8")
    rows = [(nows(e.title), e.date) for e in parse_path(path, persons=False).entries]
    assert rows == _ROWS  # (the sidebar's three 通知公告 rows stay out: a list of three beside one of eight)


def test_a_sidebar_beside_an_article_stays_out(tmp_path) -> None:
    """A page printing an article's text keeps a sidebar's dated list out, however many rows it has."""
    from digest.parse import parse_path

    prose = "".join(f"<p>3月{d}日，柘塘县组织技术人员深入各乡镇开展春季农资质量抽检，共抽检种子、化肥、农药样品四十余批次，"
                    f"对发现的问题当场交办整改，确保春耕生产用上放心农资。</p>" for d in range(10, 30))
    side = "".join(f'<li><a href="/x/{k}.html">{t}</a><span>{d}</span></li>' for k, (t, d) in enumerate(_ROWS))
    page = (f'<html><body><div class="content"><h1>柘塘县开展春季农资质量抽检</h1>{prose}</div>'
            f'<div class="right-side"><div>相关新闻</div><ul>{side}</ul></div></body></html>')
    path = tmp_path / "article.html"
    path.write_text(page, encoding="utf-8")
    titles = [nows(e.title) for e in parse_path(path, persons=False).entries]
    assert titles == ["柘塘县开展春季农资质量抽检"]


_PAGE = """禾湾报
2023年3月14日　星期二
第2版　综合新闻

县城区公交线路优化调整
本报讯（通讯员 符晓岚）为进一步方便群众出行，3月10日起，县公交公司对城区5条公交线路进行优化调整，新增站点12个。
调整后，城区公交站点500米覆盖率达到95%以上。

县图书馆开设夜间自习室
本报讯（记者 卜青禾）为满足读者需求，3月20日起，县图书馆将开设夜间自习室，每晚开放至22时。
自习室共设座位80个，读者可通过线上平台预约。
"""


def test_a_dated_article_reports_the_day_after_its_purpose_clause_but_not_one_still_to_come() -> None:
    result = parse_source(make_source(_PAGE), persons=False)
    got = {nows(e.title): e.date for e in result.entries}
    assert got == {"县城区公交线路优化调整": "2023-03-10", "县图书馆开设夜间自习室": None}  # (the 20th is after the page's day)


@pytest.mark.parametrize(("text", "name"), [
    ("车间主任林业说，今年的订单已经排到了十月份。", "林业"),
    ("区卫健委副主任高兴表示，将继续扩大家庭医生签约覆盖面。", "高兴"),
    ("县水利局规划股股长方圆、技术员刘晓光一同参加了验收。", "方圆"),
    ("心血管内科主任医师温暖带领团队完成了手术。", "温暖"),
])
def test_a_name_of_two_that_is_also_a_word_right_after_a_post(text: str, name: str) -> None:
    assert name in named_persons(text)


@pytest.mark.parametrize("text", ["会议听取了县政府领导班子，以及各部门的工作汇报。",
                                  "村里的老党员干部，都来到了活动现场。"])
def test_a_word_after_a_post_that_makes_a_word_with_it_or_names_a_kind_of_person_is_no_name(text: str) -> None:
    assert named_persons(text) == []


def test_names_end_before_a_verb_of_one_and_a_match_or_a_team_is_no_person() -> None:
    assert named_persons("首映式上，导演柯文涛携主演与观众见面。") == ["柯文涛"]
    assert named_persons("派出所民警邬一鸣接警后五分钟就赶到了现场。") == ["邬一鸣"]
    assert named_persons("端午前夕，白沙镇举办了龙舟赛。") == []
    assert named_persons("比赛中，永丰汽修队以七十比六十二获胜。") == []


def test_a_mongolian_name_written_with_le_and_a_time_word_after_a_role() -> None:
    from digest.lexicon import mongolian_elements

    elements = mongolian_elements()
    assert {"呼斯勒", "呼斯乐", "敖日格勒", "敖日格乐"} <= elements  # (the two transcriptions of one syllable)
    assert named_persons("双方约定，被告于本月25日前付清全部欠款。") == []


def test_courtesy_art_and_childhood_names_after_the_words_that_say_so() -> None:
    got = named_persons("柏承志（1721—1790），字思远，号梅岭，清代本邑人，乾隆年间进士。")
    assert "思远" in got and "梅岭" in got
    assert "铁柱" in named_persons("烈士向小川，乳名“铁柱”，1928年生于本县。")
    assert named_persons("村口的石碑年代久远，字迹模糊，号召力也大不如前。") == []


def test_a_dotted_name_opens_with_no_word_of_kinship_nor_with_jiao() -> None:
    assert named_persons("去年秋天，他的外孙女索菲亚·卡列娃专程来看望他。") == ["索菲亚·卡列娃"]
    assert named_persons("我们的排长叫努尔兰·别克，是个爱唱歌的小伙子。") == ["努尔兰·别克"]


_BRIEFS = """柳塘报
2021年6月4日　星期五
第3版　综合新闻

县城新建三处口袋公园
本报讯（记者 穆清河）6月2日，县城
东关、西街、南门三处口袋公园完工
开放，新增绿地面积1.2万平方米。
短 讯
△县税务局6月1日起推出“不见面
办税”服务，纳税人可通过电子税务
局办理86项业务。（钟向晴）
△县疾控中心5月31日开展世界无烟
日宣传活动，发放宣传资料2000余份。
（蒲晓光）
△县文化馆6月3日举办少儿书法作品
展，展出作品120余幅。（汤思远）
"""


def test_a_narrow_columns_briefs_open_with_their_subject_and_day_and_a_credit_may_stand_alone() -> None:
    result = parse_source(make_source(_BRIEFS), persons=False)
    rows = [(nows(e.title)[:10], e.date, e.byline) for e in result.entries]
    assert rows == [("县城新建三处口袋公园", "2021-06-02", "穆清河"), ("县税务局6月1日起推", "2021-06-01", "钟向晴"),
                    ("县疾控中心5月31日", "2021-05-31", "蒲晓光"), ("县文化馆6月3日举办", "2021-06-03", "汤思远")]


def test_a_dotted_names_last_part_stops_before_a_time_word_an_ordinal_or_yiji_and_a_share_is_no_name() -> None:
    assert named_persons("代表团团长伊万·彼得连科以及两名副团长出席。") == ["伊万·彼得连科"]
    assert named_persons("巴西前锋若昂·桑托斯第75分钟打入制胜球。") == ["若昂·桑托斯"]
    assert named_persons("主演玛蒂娜·霍瓦特年仅19岁。") == ["玛蒂娜·霍瓦特"]
    assert named_persons("该校学生中，农村学生占七成以上。") == []


def test_a_dai_name_after_a_persons_age_and_de_and_with_nan() -> None:
    assert named_persons("在勐腊县曼庄村，80岁的岩罕是村里最年长的赞哈。") == ["岩罕"]
    assert named_persons("西双版纳州护林员岩南每天巡山二十公里。") == ["岩南"]
    assert named_persons("勐海县隧道的岩温在不断升高。") == []


def test_a_prizes_label_over_its_winners_names_them() -> None:
    got = named_persons("本届大赛评出一等奖：仝秋实；二等奖：冼建设、郗雪。")
    assert got == ["仝秋实", "冼建设", "郗雪"]
    assert named_persons("最佳新人：亓江河。") == ["亓江河"]
    assert named_persons("冠军：城关镇代表队；亚军：石桥乡代表队。") == []


def test_a_uyghur_or_kazakh_given_name_printed_alone_without_a_dot() -> None:
    assert named_persons("“米热古丽是我们村的致富能手。”") == ["米热古丽"]
    assert named_persons("阿依古丽每天清晨五点就起床。") == ["阿依古丽"]
    assert named_persons("阿不都热合曼说，今年的杏子收成很好。") == ["阿不都热合曼"]
    assert named_persons("阿克苏地区今年的苹果获得丰收。") == []  # (a place of the gazetteer)


def test_a_japanese_family_name_and_jia_is_a_family() -> None:
    assert named_persons("后来，山口家在横滨开了一家面馆。") == []


_NOTICE = """# 某区纪律检查委员会
# 某区监察委员会
某纪通〔2024〕9号
## 关于一季度作风建设督查发现问题的通报
各街道党工委，区级各部门：
　　3月以来，区纪委监委组成督查组开展专项督查，现将典型问题通报如下：
一、违反中央八项规定精神问题
1.区水务局副局长柏青山违规收受礼金问题。2024年1月，柏青山收受管理服务对象所送礼金3000元。3月，柏青山受到党内警告处分。
2.城东街道办事处原副主任冼立新公车私用问题。2024年2月，冼立新驾驶公务用车办理私事。3月，冼立新受到政务警告处分。
二、形式主义、官僚主义问题
1.区农业农村局股长仝晓梅弄虚作假问题。2024年2月，仝晓梅在未到现场查验的情况下即在验收意见上签字。3月，仝晓梅受到诫勉处理。
2.石桥镇副镇长亓宏达层层加码问题。2024年3月，亓宏达要求各村逐户签订保证书，加重基层负担。3月，亓宏达受到批评教育。
"""


def test_a_notices_cases_are_its_records_under_its_numbered_parts_though_its_issuers_head_it(tmp_path) -> None:
    from digest.parse import parse_path

    path = tmp_path / "tongbao.md"
    path.write_text(_NOTICE, encoding="utf-8")
    rows = [(e.section, e.title) for e in parse_path(path, persons=False).entries if e.title.endswith("问题")]
    assert rows == [("违反中央八项规定精神问题", "区水务局副局长柏青山违规收受礼金问题"),
                    ("违反中央八项规定精神问题", "城东街道办事处原副主任冼立新公车私用问题"),
                    ("形式主义、官僚主义问题", "区农业农村局股长仝晓梅弄虚作假问题"),
                    ("形式主义、官僚主义问题", "石桥镇副镇长亓宏达层层加码问题")]


def test_a_dotted_name_after_an_appointing_verb_and_a_share_after_zhanbi() -> None:
    got = named_persons("任命米热古丽·阿不都为县教育局局长；免去艾尔肯·吐尔洪的县教育局局长职务。")
    assert got == ["米热古丽·阿不都", "艾尔肯·吐尔洪"]
    assert named_persons("其中一线党员占比达六成以上。") == []


_REWORDED = """某县政务信息
2024年第3期
目　录
【经济运行】
县工业园区新签约3个项目……………………1
城区道路改造工程开工……………………1

**【经济运行】**
**县工业园区新签约项目3个**
3月13日，县工业园区与三家企业签订入园协议，总投资5.8亿元。
**城区道路改造工程开工**
3月15日，城区道路改造工程开工建设，计划年底完工。
"""


def test_a_title_set_bold_whole_is_read_whole_though_its_contents_line_words_it_otherwise(tmp_path) -> None:
    from digest.parse import parse_path

    path = tmp_path / "zwxx.md"
    path.write_text(_REWORDED, encoding="utf-8")
    got = [(e.title, e.date, (e.text or "")[:6]) for e in parse_path(path, persons=False).entries]
    assert got[0] == ("县工业园区新签约项目3个", "2024-03-13", "3月13日，")



def test_a_name_ends_before_an_adverb_of_one_in_traditional_text_too() -> None:
    assert named_persons("長子張文雄現為竹山鎮民代表會主席。") == ["張文雄"]
    assert named_persons("新任校長費文禮現任里斯本一所大學教授。") == ["費文禮"]


_BRIEFS_ON = """某街道工作简报
2024年第7期
一、基层治理
　　【街道部署今年防汛工作】7月1日，某街道召开防汛工作部署会，对今年防汛工作作出安排。
　　会后，街道组建了8支防汛应急队伍，并在某社区开展了防汛应急演练。
　　【“街巷长”制推动背街小巷环境整治】今年以来，街道在辖区47条背街小巷全面推行“街巷长”制，累计整治各类问题612处。
（城管办　冼鸣）
　　【街道开展夏季消防安全专项检查】日前，街道联合区消防救援大队对沿街商铺开展夏季消防安全专项检查。
　　【某社区调解一起邻里漏水纠纷】6月20日，某社区人民调解委员会成功调解一起邻里漏水纠纷。
"""


def test_a_bracketed_brief_follows_the_one_above_past_its_second_paragraph_or_its_credit() -> None:
    titles = [e.title for e in parse_source(make_source(_BRIEFS_ON), persons=False).entries]
    assert titles == ["街道部署今年防汛工作", "“街巷长”制推动背街小巷环境整治", "街道开展夏季消防安全专项检查",
                      "某社区调解一起邻里漏水纠纷"]


def test_a_transliteration_printed_only_after_a_preposition_of_place_is_a_place() -> None:
    assert "瓦尔帕拉索" not in named_persons("智利外长奥利韦拉1968年出生于瓦尔帕拉索，早年毕业于当地一所大学。")
    assert named_persons("新线开通后，里斯本至科英布拉的旅行时间将缩短一半。") == []
