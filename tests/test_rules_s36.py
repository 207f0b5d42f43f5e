"""Rules from session 36, each on text written here in our own words: every person, place and unit
below is made up."""

from __future__ import annotations

from conftest import named_persons, nows, parse_text

from digest.blocks import undoubled

# --- persons -------------------------------------------------------------------------------------


def test_a_japanese_minister_after_a_cabinet_title_and_before_a_day_is_read_whole() -> None:
    # (外相, 官房长官, 防卫相: roles; a name before `4日` ends there; 也 before a follow word is the given name's)
    assert named_persons("日本内阁官房长官森田健二6日在记者会上作了说明。") == ["森田健二"]
    assert named_persons("日本防卫相小西拓也与来访的代表团举行了会谈。") == ["小西拓也"]


def test_a_dotted_name_whose_first_part_is_a_known_given_name_is_read_from_it() -> None:
    # (汤姆, 大卫: first parts of CC-CEDICT's dotted names; the scorer read from their second character)
    assert named_persons("本届公开赛上，苏格兰名将汤姆·麦克雷以四比二胜出。") == ["汤姆·麦克雷"]
    assert named_persons("该校与英国某理工学院大卫·霍尔特教授团队合作完成了这项研究。") == ["大卫·霍尔特"]


def test_a_name_of_three_does_not_run_into_wei_ren_or_pei() -> None:
    # (未按: "failed to"; 任主编: "serves as"; 陪他: the verb and its object)
    assert named_persons("检查组发现，企业负责人邹明未按规定组织应急演练。") == ["邹明"]
    assert "秦岭任" not in named_persons("该书由秦岭任主编，全书共分八章。")
    assert "贝晨陪" not in named_persons("每逢清明，他都要让孙子贝晨陪他去烈士陵园。")


def test_a_modern_given_name_character_the_dictionary_never_saw_in_a_name_is_no_bar() -> None:
    # (萱, 汐: data/given_modern.txt)
    assert named_persons("半决赛中她将迎战队友郜雨萱。") == ["郜雨萱"]


def test_a_compound_surname_the_scorer_cut_is_read_whole() -> None:
    # (诸葛, 欧阳: the span moved back one character to the compound surname's first)
    assert named_persons("经过比赛，市统计局龙安琪、市住建局诸葛晓东获得一等奖。") == ["龙安琪", "诸葛晓东"]


def test_a_place_after_the_word_for_home_and_a_steppe_village_are_no_persons() -> None:
    assert named_persons("演出了冬不拉弹唱《我的家乡阿勒泰克斯》等节目。") == []
    assert "乌兰敖" not in named_persons("副旗长带队深入乌兰敖包嘎查走访慰问困难群众。")


def test_more_mongolian_names_and_the_surname_jian_are_read() -> None:
    assert named_persons("旗长朝鲁门主持召开会议。") == ["朝鲁门"]
    assert named_persons("副旗长菅立军出席会议并讲话。") == ["菅立军"]


# --- web pages -----------------------------------------------------------------------------------

_PAGES = """阿某县人民政府
AMOU COUNTY PEOPLE'S GOVERNMENT
首页
政务公开
政务服务
当前位置：首页 > 政务公开 > 政务动态
县长调研春耕备耕工作
2024年04月08日 10:12  来源：县融媒体中心
【字体：大 中 小】 【打印】 【关闭】
分享到：
2024年04月08日 10:12
来源：县融媒体中心
    4月7日，县长深入南河乡查看春耕备耕情况，要求各乡镇抓好农资供应和农技服务。
    县农业农村局负责人参加调研。
责任编辑：何平
上一篇：无
下一篇：我县召开安全生产会议
主办：阿某县人民政府办公室
阿某县人民政府
AMOU COUNTY PEOPLE'S GOVERNMENT
首页
政务公开
政务服务
当前位置：首页 > 政务公开 > 政务动态
我县召开安全生产会议
2024年04月09日 16:40  来源：县应急管理局
【字体：大 中 小】 【打印】 【关闭】
分享到：
    4月9日，我县召开安全生产工作会议，部署二季度安全生产工作。
责任编辑：何平
上一篇：县长调研春耕备耕工作
下一篇：无
主办：阿某县人民政府办公室
"""


def test_a_pages_meta_printed_again_under_its_title_heads_nothing_and_starts_no_text() -> None:
    entries = parse_text(_PAGES).entries
    assert [nows(e.title) for e in entries] == ["县长调研春耕备耕工作", "我县召开安全生产会议"]
    assert entries[0].text.startswith("4月7日") and entries[0].date == "2024-04-07"


def test_the_sites_name_in_english_printed_again_over_each_page_is_no_text() -> None:
    first = parse_text(_PAGES).entries[0]
    assert "COUNTY" not in first.text and first.text.rstrip().endswith("参加调研。")


_LIST = """某某旗人民政府
首  页
政务公开
政务服务
互动交流
当前位置：首页 > 政务公开 > 政务动态
政务动态
通知公告
部门动态
旗政府召开第一次常务会议
1月7日上午，旗长主持召开旗政府常务会议，传达学习上级有关会议精神，研究部署春节前后各项重点工作。副旗长等出席...
2020-01-08
我旗召开春运工作部署会
为确保春运期间全旗道路交通安全有序，1月6日下午，我旗召开春运工作部署会议。副旗长出席会议并讲话。会议对春运期间客运组织...
2020-01-07
我旗举办迎新春冰雪那达慕
1月1日至3日，以相约冰雪为主题的迎新春冰雪那达慕在冰雪运动场举办，吸引群众五千余人次参加。活动设置了冰上搏克、雪地赛马...
2020-01-04
旗领导督导检查元旦期间安全生产工作
近日，副旗长带领旗应急管理局等部门负责人，深入辖区加油站、大型商超等人员密集场所，督导检查安全生...
2019-12-31
旗政府召开第二十八次常务会议
12月26日，旗政府召开第二十八次常务会议，研究草原生态保护补助奖励资金管理办法等事项。旗长主持会议。
2019-12-27
共80页  首页  上一页  1  2  3  下一页  尾页
主办：某某旗人民政府办公室　ICP备案号：蒙ICP备00000000号
"""


def test_a_list_pages_row_under_the_last_rows_date_is_a_record_whatever_its_summary_opens_with() -> None:
    titles = [nows(e.title) for e in parse_text(_LIST).entries]
    assert titles[:3] == ["旗政府召开第一次常务会议", "我旗召开春运工作部署会", "我旗举办迎新春冰雪那达慕"]


# --- newspaper pages -----------------------------------------------------------------------------

_FRONT = """某川日报数字报
首页 | 往期回顾
2024年05月14日 星期二 第9012期
版面导航
第01版：要闻
第02版：要闻
第03版：区县

当前版：01版 要闻
本版标题导航
·市政府常务会议召开
·全市春季植树活动启动

第01版：要闻

市政府常务会议召开
研究部署二季度经济运行工作
孔德明主持

　　本报讯 5月13日上午，市长孔德明主持召开市政府常务会议，研究部署二季度经济运行工作。
　　会议要求，各地各部门要紧盯全年目标，抓好重点项目建设。

字号：大 中 小 | 打印本页 | 关闭窗口


聚焦民生实事
春季植树活动收官
我市基层群众：
把家门口的荒坡变成绿地

　　本报讯（记者 贝小林）5月12日，全市春季义务植树活动在城南荒坡举行，共栽下苗木两万余株。

字号：大 中 小 | 打印本页 | 关闭窗口


导读

　　城南片区旧改项目全面开工
　　今年以来，城南片区旧改项目加快推进，已签约住户一千二百余户。
　　详见03版
　　全市中小学运动会下月开幕
　　详见02版

字号：大 中 小 | 打印本页 | 关闭窗口


小麦田管正当时

[图片]
　　5月12日，北河镇的农户在麦田里喷洒叶面肥。眼下正值小麦灌浆期，各地抓紧田间管理。

字号：大 中 小 | 打印本页 | 关闭窗口


要闻简报

　　市政协视察老旧小区改造　5月10日，市政协组织部分委员视察老旧小区改造项目。
　　全市防汛演练举行　5月11日，全市防汛应急演练在东河举行，八支队伍参加。

字号：大 中 小 | 打印本页 | 关闭窗口
"""


def test_an_epapers_current_page_with_its_name_after_it_names_the_page() -> None:
    assert {e.page for e in parse_text(_FRONT).entries} == {1}


def test_a_meeting_over_what_it_did_and_who_chaired_it_is_the_title_no_kicker() -> None:
    e = parse_text(_FRONT).entries[0]
    assert (e.kicker, nows(e.title)) == (None, "市政府常务会议召开")


def test_a_headline_line_naming_speakers_and_a_colon_opens_the_title_the_line_above_is_its_kicker() -> None:
    e = parse_text(_FRONT).entries[1]
    assert nows(e.title) == "我市基层群众：把家门口的荒坡变成绿地" and e.kicker == "春季植树活动收官"


def test_a_teaser_box_amid_the_pages_articles_is_no_record_a_photo_news_and_run_in_briefs_are() -> None:
    titles = [nows(e.title) for e in parse_text(_FRONT).entries]
    assert "城南片区旧改项目全面开工" not in titles
    assert titles[-3:] == ["小麦田管正当时", "市政协视察老旧小区改造", "全市防汛演练举行"]


def test_run_in_briefs_numbered_are_left_to_the_item_rules() -> None:
    text = "【工作简讯】\n\n1.县政协开展送温暖活动　12月30日，县政协秘书长带领机关干部走访困难群众。\n"
    assert all(not nows(e.title).startswith("1.") for e in parse_text(text).entries)


# --- digests -------------------------------------------------------------------------------------

def test_a_line_a_pdfs_fake_bold_printed_twice_is_read_once() -> None:
    assert undoubled("三三、、民民生生社社会会") == "三、民生社会"
    assert undoubled("天天向上") == "天天向上" and undoubled("好好好好好好") == "好好好好好好"


_NUMBERED_TOC = """政务信息
2012年第2期

目  录
一、领导活动
  1．市长钟某主持召开市政府常务会议，研究春季
      农业生产工作…………………………………………1
  2．常务副市长调研工业园区建设……………………………2

        市长钟某主持召开市政府常务会议
          研究春季农业生产工作

    2月10日，市长钟某主持召开市政府常务会议，研究部署春季农业生产工作。副市长出席会议。

        常务副市长调研工业园区建设

    2月12日，常务副市长到工业园区调研标准厂房建设情况。
"""


def test_the_body_begins_at_the_first_numbered_toc_title_printed_again_over_two_lines() -> None:
    entries = parse_text(_NUMBERED_TOC).entries
    assert [nows(e.title)[:8] for e in entries] == ["市长钟某主持召开", "常务副市长调研工"]
    assert entries[0].text.startswith("2月10日")
