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


def test_a_range_from_last_year_into_this_year_ends_in_the_issues_year() -> None:
    from digest.fields import parse_leading_date

    assert parse_leading_date("去年12月28日至今年1月3日，县市场监管局组织检查。", 2021, 1) == ("2020-12-28", "2021-01-03")


_PAGE = """2020年1月7日
星期二
溪 口 报
XIKOU BAO
第2期（总第988期）
天气 多云转小雨
7℃～12℃ 北风2级

今 日 导 读
溪口镇新建便民服务中心 2版
柑橘收购进入高峰 3版

我县召开经济工作会议
本报讯（记者 车明远）1月6日，我县召开经济工作会议，总结去年工作，部署今年任务。
会议要求，各地各部门要抓好项目建设，稳住经济基本盘。

县 域 快 讯

■县水利局开展冬修水利检查
本报讯 1月5日，县水利局组织技术人员对全县在建冬修水利工程进行质量检查。（通讯员 房晓春）

■县图书馆开展读书月活动
本报讯 1月4日，县图书馆启动读书月活动，推出好书推荐、亲子共读等活动。（通讯员 成雨桐）

新春年货市场开市　1月5日，县城新春年货市场开市，市民在摊位前选购对联和灯笼。
通讯员 龙晓峰 摄

溪口县人民政府关于2020年春节
期间县城区禁止燃放烟花爆竹的通告
各乡镇人民政府，县直各单位：
为加强烟花爆竹安全管理，现就有关事项通告如下：春节期间县城区禁止燃放烟花爆竹。
溪口县人民政府
2020年1月6日

第1版·要闻　　责任编辑：贺小梅
"""


def test_a_front_pages_weather_label_and_spaced_teaser_label_are_no_records() -> None:
    titles = [nows(e.title) for e in parse_text(_PAGE).entries]
    assert titles[0] == "我县召开经济工作会议" and not any("天气" in t or "导读" in t for t in titles)


def test_a_column_of_short_news_on_a_named_page_is_its_articles_subsection() -> None:
    rows = {nows(e.title): (e.section, e.subsection) for e in parse_text(_PAGE).entries}
    assert rows["我县召开经济工作会议"] == ("要闻", None)
    assert rows["县水利局开展冬修水利检查"] == ("要闻", "县域快讯")


def test_a_photos_title_run_into_its_caption_over_the_photographers_credit_is_a_record() -> None:
    titles = [nows(e.title) for e in parse_text(_PAGE).entries]
    assert "新春年货市场开市" in titles


def test_a_notices_title_wrapped_after_its_issuer_and_about_is_read_whole() -> None:
    titles = [nows(e.title) for e in parse_text(_PAGE).entries]
    assert "溪口县人民政府关于2020年春节期间县城区禁止燃放烟花爆竹的通告" in titles


# --- round 40: posts, 简报 of bureaus, inside pages ------------------------------------------------

_ROUND_UP = """某县一周要闻（12.25—1.1）
原创 今日某县 今日某县 2024-01-02 07:45 发表于广西
收录于合集
#一周要闻
48个

点击蓝字
关注我们

本期导读
01 县委常委会召开扩大会议
02 县人大常委会会议召开
03 县领导走访慰问困难群众

▍时 政 要 闻

01
县委常委会召开扩大会议

　　12月25日，县委常委会召开扩大会议，传达学习上级会议精神，研究部署明年工作。
（记者 蒙某某）

02
县人大常委会会议召开

　　12月27日至28日，县人大常委会会议召开，听取和审议了有关报告。
（记者 覃某某）

▍民 生 关 注

03
县领导走访慰问困难群众

已关注
关注
重播 分享 赞
观看更多
退出全屏
视频加载失败，请刷新页面再试
刷新
视频详情

　　12月29日至30日，县领导分头深入乡镇走访慰问困难党员和困难群众。
（记者 黄某某）
"""


def test_a_posts_numbered_list_of_its_items_is_no_toc_and_its_days_take_the_posts_year() -> None:
    entries = parse_text(_ROUND_UP).entries
    assert [nows(e.title) for e in entries][-3:] == ["县委常委会召开扩大会议", "县人大常委会会议召开", "县领导走访慰问困难群众"]
    assert [e.date for e in entries][-3:] == ["2023-12-25", "2023-12-27", "2023-12-29"]


def test_a_round_ups_bar_labels_letter_spaced_are_sections_and_a_video_players_words_are_furniture() -> None:
    last = parse_text(_ROUND_UP).entries[-1]
    assert last.section == "民生关注" and last.text.lstrip().startswith("12月29日") and "视频" not in last.text


def test_a_posts_feature_under_numbered_bold_subheads_is_one_record() -> None:
    from pathlib import Path

    from digest.parse import parse_path

    post = Path(__file__).parent / "fixtures" / "annotated_papers" / "minning-nongye-2021-10-21.html"
    entries = parse_path(post, persons=False).entries
    assert len(entries) == 1 and "延链补链" in entries[0].text


_CLIPPED = """---
created: 2019-04-10T09:12:47 (UTC +08:00)
tags: []
source: https://example.com/s/abc
---

# 某报两天两版聚焦某县节庆

> ## Excerpt
> 近日，某报先后在头版、第3版刊发报道。

---

**【某某日报·4月8日 头版】**

**某县万人同庆“三月三”**

本报讯（记者 钟某某）4月7日，某县岚峰乡举行节庆活动，各地游客三万余人参加。
"""


def test_a_clippers_front_matter_dates_the_page_and_a_reprints_source_label_is_no_title() -> None:
    e = parse_text(_CLIPPED, name="t.md").entries[-1]
    assert nows(e.title) == "某县万人同庆“三月三”" and e.date == "2019-04-07"


_BUREAU = """工 作 简 报

2019 年第 9 期

某县市场监督管理局办公室

2019 年 6 月 21 日

★领导批示★

6 月 17 日，副县长廖某某在本刊第 8 期上批示：“行动迅速、查处有力，值得肯定。”

一、重点工作

（一）全县食品安全宣传周活动启动（综合股）

6 月 14 日上午，全县食品安全宣传周活动在县城广场启动，发放宣传资料 5200 余份。

（二）我局部署开展校园食品安全专项整治

6 月 5 日，我局召开校园及周边食品安全专项整治工作部署会。（食品安全协调股）

二、基层动态

（一）某所做好端午节前食品安全检查

端午节前夕，某市场监管所对辖区粽子生产小作坊开展拉网式检查。

三、工作简讯

1 ．开展世界计量日宣传

5 月 20 日，我局在县城广场开展世界计量日宣传活动。（计量股）

2 ．开展电梯维保质量抽查

6 月 11 日至 13 日，我局对县城 8 个住宅小区的电梯维保质量进行抽查。（特设股）
"""


def test_numbered_items_after_a_box_their_units_and_list_numbers_apart() -> None:
    rows = [(nows(e.title), e.byline) for e in parse_text(_BUREAU).entries]
    assert rows[0][0] == "领导批示"
    assert ("全县食品安全宣传周活动启动", "综合股") in rows
    assert [t for t, _ in rows][-2:] == ["开展世界计量日宣传", "开展电梯维保质量抽查"]


def test_a_bureaus_section_in_a_credit_is_no_person() -> None:
    from digest.bylines import split_byline

    assert split_byline("综合股", "某某活动。")[1] == [] and split_byline("信用监管股", "某某活动。")[1] == []


_BULLET_TOC = """# 某镇工作简报
2023年第1期（总第87期）
**本 期 要 目**
◎ 某镇召开2023年工作务虚会
◎ 我镇全力推进榨季糖料蔗砍运工作
◎ 驻村第一书记某某某：把群众的“急难愁盼”放在心上
◎ 工作简讯（2则）
**某镇召开2023年工作务虚会**
1月4日，某镇召开2023年工作务虚会，镇党委书记主持会议并讲话。
**全力以赴抓砍运 确保糖料蔗颗粒归仓**
榨季开榨以来，某镇把糖料蔗砍运作为当前中心工作来抓，成立砍运工作专班。
**把群众的“急难愁盼”放在心上**
2021年6月，县自然资源局干部被选派到某村担任驻村第一书记。
**工作简讯**
**镇人大开展年末代表视察活动。** 12月28日，镇人大组织代表视察了民生项目建设情况。
**开展冬季森林防火宣传。** 1月3日至5日，镇林业站在进山路口张贴防火宣传标语46条。
"""


def test_a_toc_of_bulleted_titles_without_pages_and_a_counted_brief_column() -> None:
    titles = [nows(e.title) for e in parse_text(_BULLET_TOC, name="t.md").entries]
    assert "镇人大开展年末代表视察活动" in titles and "开展冬季森林防火宣传" in titles
    assert not any("◎" in t for t in titles) and len(titles) == 5


_INSIDE = """社会·民生
3
2023年1月5日
星期四
蒙 某 报

读者来信

县城路灯不亮了

编辑同志：
我家住在县城某路，最近一个月路灯一直不亮，晚上出行很不方便，希望有关部门尽快维修。
某小区住户 农某某
"""


def test_a_pages_number_alone_beside_its_name_is_the_page() -> None:
    res = parse_text(_INSIDE)
    assert [e.page for e in res.entries] == [3] and res.issue.meta.get("page_name") == "社会·民生"


# --- persons in 名单 and tables (set 286 read) -------------------------------------------------------

def test_a_unit_over_two_names_on_a_line_of_a_name_list() -> None:
    text = "抗洪抢险先进个人\n县应急管理局　祁　鸣　贺永年\n县水利局　　　包　勇　邵丽霞　关志鸿\n县消防救援大队　陆　军　孔繁森"
    assert named_persons(text) == ["祁鸣", "贺永年", "包勇", "邵丽霞", "关志鸿", "陆军", "孔繁森"]


def test_a_tables_column_of_householders_under_a_name_head_or_no_head() -> None:
    headed = "低保对象公示\n户主姓名　家庭人口　保障金额\n柏德顺　　3　　　　1020\n何桂珍　　1　　　　520\n杨　福　　2　　　　780"
    assert named_persons(headed) == ["柏德顺", "何桂珍", "杨福"]
    bare = "临时救助对象名单公示：\n龙潭村　唐大川　因病　3000元\n沙坝村　苟兴发　因灾　2000元\n青石村　彭玉兰　因学　1500元"
    assert named_persons(bare) == ["唐大川", "苟兴发", "彭玉兰"]
    # (a column of projects is no column of names: 种植桑蚕, 养殖土鸡)
    projects = "户主　扶持项目　金额\n农秀兰　养殖黑山羊　5000\n黄宝山　种植桑蚕　3000\n陆金福　养殖土鸡　2000"
    assert not any(n.startswith(("种植", "养殖")) for n in named_persons(projects))


def test_a_row_of_padded_names_holds_tibetan_and_mongolian_names_of_one_word() -> None:
    text = "授予下列同志“优秀公务员”称号：\n车　辉　贾丽娟　萨仁　吴　瑾\n帅晓东　桑　林　扎西"
    assert named_persons(text) == ["车辉", "贾丽娟", "萨仁", "吴瑾", "帅晓东", "桑林", "扎西"]


def test_units_a_colon_and_their_names_a_line_each() -> None:
    text = "一、优秀共产党员\n县委办公室：庄晓峰\n县纪委监委：程丽娟\n县委组织部：沈　涛"
    assert named_persons(text) == ["庄晓峰", "程丽娟", "沈涛"]


def test_a_name_ends_with_its_line_before_an_items_number() -> None:
    assert named_persons("会议安排：主持：县委副书记尹洁\n一、县委组织部副部长蔡振邦通报情况")[0] == "尹洁"


# --- round 40's pages, again ----------------------------------------------------------------------

_THEORY = """2019年11月26日 星期二
理论·学习
某水报
第3版

基层减负要见实效
——某县推行“清单+督查”工作法的调查

□ 中共某县委党校课题组

　　近年来，某县把为基层减负作为转变作风的重要抓手，推行“清单+督查”工作法，取得了明显成效。
　　一是明确清单。县里梳理形成乡镇职责清单，清单之外的事项不得随意下派。
　　二是强化督查。县纪委监委对清单落实情况开展专项督查，发现问题及时通报。

“留痕”不能
代替“留绩”

□ 岑　朗

　　有的地方热衷于填表格、拍照片，把“留痕”当成“留绩”，这种做法必须纠正。
"""


def test_a_studys_group_of_writers_after_a_square_is_no_headline() -> None:
    titles = [nows(e.title) for e in parse_text(_THEORY).entries]
    assert not any("课题组" in t for t in titles)


def test_a_headline_line_ending_in_a_modal_verb_goes_on_in_the_next() -> None:
    titles = [nows(e.title) for e in parse_text(_THEORY).entries]
    assert "“留痕”不能代替“留绩”" in titles


def test_a_headline_over_a_paragraph_opening_with_its_purpose_then_its_day() -> None:
    text = ("农 牧 工 作 简 报\n\n第7期\n\n某县农牧局办公室编\t\t签发：某某某\t\t2008年6月3日\n\n【抗震救灾】\n\n"
            "　　　　　我局迅速启动农业抗震救灾应急预案\n"
            "　　5月12日，地震发生后，局党委立即召开紧急会议，启动农业抗震救灾应急预案，成立领导小组，下设四个工作组。\n"
            "　　截至5月20日，全县共统计倒塌畜圈1137间，灾情数据已按要求逐日上报县抗震救灾指挥部。\n\n"
            "　　　　　　灾区动物防疫工作全面展开\n"
            "　　为确保大灾之后无大疫，5月15日起，我局抽调县乡兽医技术人员62名，组成12个防疫消毒小分队，开展拉网式防疫消毒。\n"
            "　　各小分队对死亡畜禽一律进行深埋和无害化处理，对倒塌圈舍及周边环境进行全面消毒。\n")
    titles = [nows(e.title) for e in parse_text(text).entries]
    assert titles[-1] == "灾区动物防疫工作全面展开"


def test_an_ocr_year_in_chinese_numerals_with_letter_os_and_its_day_mark() -> None:
    from digest.masthead import line_facts

    assert line_facts("某县普查办公室编    二O一O年十一月十二曰") == {"date": "2010-11-12", "editor_org": "某县普查办公室"}


def test_an_issuers_signature_under_the_last_item_heads_nothing() -> None:
    from pathlib import Path

    from digest.parse import parse_path

    issue = Path(__file__).parent / "fixtures" / "annotated_papers" / "cangling-rkpc-jianbao-2010-11-12.txt"
    titles = [nows(e.title) for e in parse_path(issue, persons=False).entries]
    assert titles[-1] == "下阶段工作安排" and not any(t.endswith("办公室") for t in titles)
