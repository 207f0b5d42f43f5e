"""Session 38's rules, each on hand-made text whose names and places appear in no sample: rosters printed one
person a line (post first or name first, names of two padded to a three's width, Mongolian, Yi and Tibetan
names), rosters run into one paragraph, a 公示 table flattened to one cell a line, places of a banner that are
no person, a photo's caption under an article page's headline, a column of briefs titled on their own lines,
a headline wrapped after a level or a visiting group."""

from __future__ import annotations

from conftest import make_source, named_persons, nows, parse_text

from digest.parse import parse_source


def test_a_roster_of_posts_then_names_a_space_apart_names_each_padded_dotted_or_mongolian() -> None:
    page = ("某旗报\n2020年7月2日　星期四\n第2版　党建\n\n旗委表彰优秀党务工作者\n"
            "本报讯　7月1日，旗委表彰了一批优秀党务工作者。\n全旗优秀党务工作者名单\n（5名）\n"
            "某某苏木党委组织委员 图门其木格\n旗档案馆综合科科长 郜 妍\n查干某镇党委副书记 敖·吉雅\n"
            "旗公安局政治处主任 乌 兰\n某某嘎查党支部书\n记 滕秋实\n")
    (e,) = parse_source(make_source(page), persons=True).entries
    assert "旗档案馆综合科科长 郜 妍" in e.text  # (the row keeps its spaces: they tell where the post ends)
    assert {"郜妍", "敖·吉雅", "乌兰", "滕秋实"} <= set(e.persons)


def test_a_roster_of_names_then_posts_reads_a_padded_name_and_a_yi_name_among_plain_ones() -> None:
    page = ("某县报\n2021年5月12日　星期三\n第3版　身边榜样\n\n“身边好人”榜\n"
            "本报讯　县文明办日前公布第二季度“身边好人”名单。\n助人为乐\n"
            "阿苏木果　某乡某村村民\n蒯　晋　县供电公司职工\n欧阳朗清　城关镇某社区居民\n")
    (e,) = parse_source(make_source(page), persons=True).entries
    assert "蒯　晋　县供电公司职工" in e.text
    assert {"阿苏木果", "蒯晋", "欧阳朗清"} <= set(e.persons)


def test_a_roster_run_into_one_paragraph_unit_before_name_or_name_before_unit() -> None:
    assert named_persons("全县优秀共青团员（6名）：县委办公室　隗　悦　县财政局　笪国栋　县人民医院　郗　琴　"
                         "某镇某村　牟满仓") == ["隗悦", "笪国栋", "郗琴", "牟满仓"]
    assert named_persons("某镇东门社区　阚小燕；某镇西关社区　仉春梅；某乡中心村　厍建新") == ["阚小燕", "仉春梅", "厍建新"]
    assert named_persons("司空明远 县发展和改革局　佘晓丽 县财政局　闾丘燕 县住房和城乡建设局") == [
        "司空明远", "佘晓丽", "闾丘燕"]
    # a table's head row and its places are no names (`日期　宣讲村　宣讲人`)
    assert "宣讲人" not in named_persons("日期  宣讲村  宣讲人 6月11日  某脚村、某坳村  诸葛云、蒯秀兰 "
                                          "6月12日  某林村  厍光明")


def test_a_public_notices_table_one_cell_a_line_names_a_mongolian_name_over_its_sex() -> None:
    text = ("旗委管理干部任前公示\n姓名\n性别\n民族\n现任职务\n额日德木图\n男\n蒙古族\n某苏木党委副书记\n"
            "蔺　静\n女\n汉族\n旗委办公室副主任\n")
    assert {"额日德木图", "蔺静"} <= set(named_persons(text))


def test_a_banners_places_before_their_bodies_or_its_townships_are_no_persons() -> None:
    assert named_persons("中共敖嘎旗委员会\n关于表彰优秀党务工作者的决定\n中共敖嘎旗委员会\n2020年6月26日\n"
                         "通讯地址：敖嘎旗委组织部") == []
    assert named_persons("某苏木党委组织委员 萨日朗\n旗公安局政治处主任 乌 兰\n呼和塔拉苏木某嘎查党支部书\n记 郜金山") == [
        "萨日朗", "乌兰", "郜金山"]


def test_one_mongolian_element_after_a_role_whatever_follows_and_not_cut_short() -> None:
    assert named_persons("宣讲队员那木斯来用蒙汉双语讲解政策。") == ["那木斯来"]
    assert named_persons("工作站站长朝鲁门挂任某苏木副苏木达。") == ["朝鲁门"]
    assert "苏雅拉" not in named_persons("审核：苏雅拉图")  # (图 goes on with the name: no element alone)


def test_a_photo_credit_in_the_text_names_one_of_the_reporters_under_the_headline() -> None:
    page = ("某县报\n2021年11月24日　星期三\n第3版　专题\n\n山坡上种出花椒林\n本报记者　曲比阿呷　通讯员　宓　勇\n"
            "十一月的某村，山坡上的花椒树刚剪过枝，村支书带着村民整地施肥。\n本报记者　曲比阿呷　摄\n"
            "如今，全村花椒种植面积已达八百亩，年收入超过三百万元。\n")
    (e,) = parse_source(make_source(page), persons=True).entries
    assert e.byline == "曲比阿呷、宓勇"
    assert {"曲比阿呷", "宓勇"} <= set(e.persons)


def test_a_caption_placing_a_person_in_the_picture_under_an_article_pages_headline_is_no_headline(tmp_path) -> None:
    html = ("<html><head><meta charset='utf-8'><title>某县人民政府</title></head><body>"
            "<div>当前位置：首页 &gt; 政务动态</div><h1>县长调研春耕生产</h1>"
            "<div>发布时间：2013-04-09　来源：县政府办</div>"
            "<p><img src='a.jpg'></p><p>郦建平（左二）在某乡育秧大棚察看秧苗长势 仉晓东 摄</p>"
            "<p>4月8日，县长郦建平深入某乡调研春耕生产，察看秧苗长势和水利设施建设情况。</p>"
            "<p>他强调，要抓住农时，确保春耕生产顺利进行。</p></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    from digest.parse import parse_path

    (e,) = parse_path(path, persons=False).entries
    assert nows(e.title) == "县长调研春耕生产"
    assert e.date == "2013-04-08"


def test_a_toc_column_of_counted_briefs_titled_on_their_own_lines_splits_into_its_briefs() -> None:
    text = ("工 作 动 态\n2019年第6期\n某市某局办公室编　　2019年7月2日\n本期要目\n"
            "◇ 市局召开规划编制工作推进会\n◇ 信息快递（3则）\n"
            "【重点工作】\n**市局召开规划编制工作推进会**\n6月25日，市局召开全市规划编制工作推进会，部署下一阶段重点任务。\n"
            "【信息快递】\n**■ 市局开展应急疏散演练**\n6月14日，市局在机关办公楼组织开展消防安全应急疏散演练。\n"
            "**■ 市登记中心推出周末服务**\n自6月1日起，市登记中心每周六上午开设便民服务窗口。\n"
            "**■ 局党组开展专题学习**\n5月31日，局党组理论学习中心组开展专题学习研讨。\n")
    titles = [nows(e.title) for e in parse_text(text, name="t.md").entries]
    assert titles == ["市局召开规划编制工作推进会", "市局开展应急疏散演练", "市登记中心推出周末服务", "局党组开展专题学习"]


def test_a_headline_wrapped_after_a_level_a_route_or_a_visiting_group_is_one_title() -> None:
    from digest.newspaper import _wrapped

    assert _wrapped("某镇3个村入选省级", "乡村振兴示范村")
    assert _wrapped("某溪至某岭", "城际公交开通")
    assert _wrapped("某某县党政代表团", "来我区考察交流")
    assert not _wrapped("抢农时 稳粮源", "全县早稻栽插进入高峰期")


def _wrapped_at(text: str, width: int = 13) -> str:
    """Each paragraph of `text` hard-wrapped at `width` characters, as a narrow column comes out of a PDF."""
    out = []
    for para in text.split("\n"):
        out.extend(para[k:k + width] for k in range(0, len(para), width)) if len(para) > width else out.append(para)
    return "\n".join(out)


_BRIEFS_PAGE = "2023年9月14日 星期四\n某北区报\n\n3\n综合新闻\n\n" + _wrapped_at(
    "区政府召开秋季农业生产推进会\n"
    "本报讯 9月12日，区政府召开全区秋季农业生产暨秸秆综合利用工作推进会，总结前期工作，部署秋收秋种和秸秆禁烧工作。"
    "区长出席会议并讲话，副区长主持。会上，某泉镇、大某镇和区农业农村局作了表态发言，各镇街负责人参加会议。（记者 訾文博）\n\n"
    "某街道：\n“楼道议事会”议出充电新办法\n"
    "近日，某街道某某社区的居民们发现，困扰小区多年的电动车充电难有了新解法：新装的充电桩整整齐齐，楼道里再也不见飞线。"
    "社区把议事会开到了楼道口，居民代表、物业和共建单位坐在小板凳上一起出主意。截至目前，议事会已议定解决民生小事23件。"
    "（通讯员 佘晓彤）\n\n简 讯\n"
    "▲区总工会举办职工职业技能竞赛 9月12日，区总工会举办全区职工职业技能竞赛电工决赛，"
    "来自全区17家企业的56名选手同台竞技，获得前三名的选手将被推荐参加全市比赛。\n"
    "▲区图书馆“书香进社区”\n活动启动 近日，区图书馆“书香进社区”活动在某街道启动，首批向8个社区图书室配送图书4000余册。\n"
    "▲某泉镇开展消防应急疏散演练 9月8日，某泉镇在镇中心幼儿园开展消防应急疏散演练，全园300余名师生参加，"
    "进一步增强了师生的安全意识和自救能力。\n")


def test_bulleted_briefs_titled_a_space_before_their_day_each_a_record_their_titles_wrapped_or_not() -> None:
    entries = parse_text(_BRIEFS_PAGE).entries
    titles = [nows(e.title) for e in entries]
    assert titles[2:] == ["区总工会举办职工职业技能竞赛", "区图书馆“书香进社区”活动启动", "某泉镇开展消防应急疏散演练"]
    assert entries[2].text.startswith("9月12日，") and entries[3].text.startswith("近日，")
    assert titles[1] == "某街道：“楼道议事会”议出充电新办法"  # (a place and its colon open the title: no kicker)


_FEATURE_PAGE = "2019年7月26日 星期五\n某屏日报\n\n6\n深度\n\n" + _wrapped_at(
    "三十公里管道通到瑶山\n本报记者 蒙晓岚\n"
    "7月22日清晨，某乡某村的瑶族群众第一次拧开了自家的水龙头，清亮的山泉水哗哗流进水缸。"
    "村民说，过去挑一担水要走一个多小时的山路，旱季还要排队等水，一家人洗衣做饭都得精打细算。"
    "如今，三十公里长的管道翻山越岭，把水送到了瑶山最后一户人家的灶台边。\n\n"
    "建好更要管好\n“工程建成只是第一步，怎么让它长期发挥效益，是更大的考验。”\n"
    "县水利局局长说。为破解农村供水工程重建轻管的难题，县里在每个村聘请了管水员，定期巡查管网、检测水质。\n\n"
    "相关链接\n\n我市农村饮水安全巩固提升工程进展显著\n"
    "2016年以来，全市累计投入农村饮水安全巩固提升资金9.3亿元，建成各类集中供水工程126处，"
    "受益群众87.6万人，农村自来水普及率达到93%。\n")


def test_a_quote_closing_on_its_full_stop_is_no_headline_and_a_boxs_title_over_a_dated_line_stays_apart() -> None:
    titles = [nows(e.title) for e in parse_text(_FEATURE_PAGE).entries]
    assert titles == ["三十公里管道通到瑶山", "我市农村饮水安全巩固提升工程进展显著"]


_GAZETTE = """某溪县人大常委会公报
2024年第1期

目　录

重要文件
某溪县人大常委会2024年工作要点……………………………………………………1
常委会会议
◇县十八届人大常委会第十六次会议
某溪县第十八届人民代表大会常务委员会第十六次会议议程………………………3
县人民法院关于行政审判工作情况的报告（摘要）…………………………………4
常委会工作
县人大常委会开展审议意见落实情况“回头看”……………………………………5
代表工作
某口镇人大主席团召开代表履职座谈会………………………………………………6

某溪县人大常委会2024年工作要点
2024年是实施“十四五”规划的关键一年。县人大常委会将围绕中心、服务大局，依法履职。

某溪县第十八届人民代表大会常务委员会第十六次会议议程
一、审议县人民法院关于行政审判工作情况的报告；
二、审议人事任免事项。

县人民法院关于行政审判工作情况的报告（摘要）
主任、各位副主任、各位委员：
现将县人民法院2023年以来行政审判工作情况报告如下，请予审议。
一、行政审判工作基本情况
2023年1月至11月，全县法院共受理各类行政案件218件，审结206件。

县人大常委会开展审议意见落实情况“回头看”
12月5日，县人大常委会组织开展审议意见落实情况“回头看”。

某口镇人大主席团召开代表履职座谈会
12月18日，某口镇人大主席团召开代表履职座谈会。
"""


def test_a_gazettes_bare_sections_over_bulleted_meetings_and_a_reports_first_part_is_no_entry() -> None:
    entries = parse_text(_GAZETTE).entries
    got = [(nows(e.title), e.section, e.subsection) for e in entries]
    assert got == [
        ("某溪县人大常委会2024年工作要点", "重要文件", None),
        ("某溪县第十八届人民代表大会常务委员会第十六次会议议程", "常委会会议", "县十八届人大常委会第十六次会议"),
        ("县人民法院关于行政审判工作情况的报告（摘要）", "常委会会议", "县十八届人大常委会第十六次会议"),
        ("县人大常委会开展审议意见落实情况“回头看”", "常委会工作", None),
        ("某口镇人大主席团召开代表履职座谈会", "代表工作", None),
    ]


def test_a_taiwan_bulletins_republic_years_and_the_day_after_yu_date_its_entries() -> None:
    from digest.fields import held_on_date, parse_leading_date
    from digest.masthead import line_facts

    assert line_facts("中華民國99年4月1日出刊") == {"date": "2010-04-01"}
    assert parse_leading_date("民國99年3月5日下午，縣長在縣府工務處長陪同下視察工程。", 2010, 4)[0] == "2010-03-05"
    assert parse_leading_date("99年3月12日，某村產業道路動土。", 2010, 4)[0] == "2010-03-12"
    assert parse_leading_date("09年3月12日，某村道路动工。", 2009, 4)[0] != "1920-03-12"  # (a short year, no ROC one)
    assert held_on_date("本所於99年3月2日（星期二）上午9時假3樓會議室召開鄉務會議。", 2010, 4)[0] == "2010-03-02"
    assert held_on_date("某街道排水改善工程已于2024年3月20日完工。", 2024, 4)[0] == "2024-03-20"
    assert held_on_date("各单位须于3月31日前完成整改。", 2024, 4)[0] is None  # (a deadline, no day of the event)
    assert held_on_date("缴费后于2025年1月1日至12月31日享受待遇。", 2024, 9)[0] is None  # (a period after another)


def test_traditional_credits_and_taiwans_compound_surnames_name_their_people() -> None:
    from digest.text import credit_facts, trailing_credit

    assert credit_facts("（文•圖／葉某惠）") == [("contributor", "文•图", "葉某惠")]
    got = trailing_credit("並經公所完成初驗。（建設課　林某明）")
    assert got is not None and ("writer", "撰稿", "林某明") in got[1]
    assert named_persons("代表會主席張簡秋雁主持會議。鄉長范姜文彬出席。") == ["張簡秋雁", "范姜文彬"]
    assert named_persons("印发了一张简报。") == []


def test_a_foreign_names_last_part_ends_before_a_verb_of_the_arts_or_sports() -> None:
    from digest.persons import recognize

    def names(line: str) -> list[str]:
        return recognize([line])[0]["persons"]

    assert names("俄罗斯棋手叶卡捷琳娜·索科洛娃弈和。") == ["叶卡捷琳娜·索科洛娃"]
    assert names("巴西前锋若泽·马塞洛梅开二度，帮助球队获胜。") == ["若泽·马塞洛"]
    assert names("法国导演皮埃尔·莫罗携新片亮相电影节。") == ["皮埃尔·莫罗"]
    assert names("开幕音乐会由音乐总监邬涵执棒。") == ["邬涵"]


_POST = """<html><head><meta charset="utf-8"><title>某县乡村振兴工作简报</title></head><body>
<div id="js_content">
<h1 class="rich_media_title">📢某县乡村振兴工作简报（2025年第12期）</h1>
<p>点击蓝字 关注某县农业农村</p>
<p><strong>【本期导读】</strong></p>
<p>01　县委农村工作领导小组召开全体会议</p>
<p>02　全县春季造林绿化现场推进会召开</p>
<p><strong>◆ 工作动态 ◆</strong></p>
<p><strong>01 | 县委农村工作领导小组召开全体会议</strong></p>
<p>3月18日下午，县委副书记、县长主持召开县委农村工作领导小组全体会议，部署今年重点工作。</p>
<p><strong>02 | 全县春季造林绿化现场推进会召开</strong></p>
<p>3月19日，全县春季造林绿化现场推进会在某镇召开，副县长出席会议并讲话。</p>
<p><strong>— 推荐阅读 —</strong></p>
<p>某县召开防汛抗旱工作会议</p>
<p>某县气象台发布暴雨蓝色预警信号</p>
<p>长按识别二维码 · 关注某县农业农村</p>
</div></body></html>"""


def test_a_posts_numbered_contents_its_follow_prompt_and_its_recommended_links_are_no_records(tmp_path) -> None:
    from digest.parse import parse_path

    path = tmp_path / "post.html"
    path.write_text(_POST, encoding="utf-8")
    entries = parse_path(path, persons=False).entries
    assert [nows(e.title) for e in entries] == ["县委农村工作领导小组召开全体会议", "全县春季造林绿化现场推进会召开"]
    assert all(e.section == "工作动态" for e in entries)


def test_a_date_line_after_a_pictograph_is_a_line_of_facts() -> None:
    from digest.masthead import line_facts

    assert line_facts("📅 2022年1月2日 星期日 农历冬月三十") == {"weekday": "星期日", "date": "2022-01-02",
                                                                "lunar_date": "农历冬月三十"}
    assert line_facts("▲大会闭幕详细报道见1版") == {"teaser": "大会闭幕详细报道"}  # (a caption's ▲ read as before)


_NARROW_BRIEFS = """2013年4月18日 星期四
某溪报

1
要闻

县政府召开常务会议研究春耕工作
本报讯 4月16日，县政府召开常务会议，
研究部署春耕生产和农村公路建设工作，
县长主持会议。（记者 柏 林）

简  讯

■县人大常委会视察农村公路
建设 4月11日至12日，县人大
常委会主任带领部分常委会组
成人员对全县农村公路建设和
管护情况进行了视察。（柏 林）
■城关镇春季招聘会提供岗位
1200余个 4月13日，城关镇在
镇文化广场举办春季就业招聘
会，当天达成就业意向420人。
■县红十字会资助贫困学生
日前，县红十字会将爱心企业
捐赠的助学金发放到85名家庭
困难的中小学生手中。（施 雯）
"""


def test_a_narrow_columns_briefs_titles_wrapped_onto_their_texts_line_and_one_opening_without_a_day() -> None:
    entries = parse_text(_NARROW_BRIEFS).entries
    got = [(nows(e.title), e.subsection) for e in entries[1:]]
    assert got[:2] == [("县人大常委会视察农村公路建设", "简讯"), ("城关镇春季招聘会提供岗位1200余个", "简讯")]
    assert got[2][0] == "县红十字会资助贫困学生"  # (its subsection left to the column rules: not asserted here)
    assert entries[1].text.startswith("4月11日至12日，") and entries[3].text.startswith("日前，")


_LAW_PAGE = """2025年1月8日 星期三
某川报

4
法治

某川时评
“法律明白人”得先真明白
□ 钭 颖
近年来，我区在每个村社都培育了一批“法律明白人”，他们活跃在田间地头。
但也要看到，个别“法律明白人”自己对法律一知半解，这样的普法难免走样。

某川区人民法院公告
蒯某峰、单某琴：本院受理原告某川农村商业银行股份有限公司诉你们金融借款合同纠纷一案，现向你们公告送达起诉状副本。
某川区人民法院
二〇二五年一月六日

遗失声明
某县某镇某村股份经济合作社不慎遗失开户许可证正本，声明作废。
某某不慎遗失《残疾人证》一本，声明作废。
某县某乡某村青花椒专业合作社遗失公章一枚，声明作废。
"""


def test_a_padded_signature_a_courts_notice_to_named_persons_and_a_box_of_lost_notices() -> None:
    entries = parse_text(_LAW_PAGE).entries
    titles = [nows(e.title) for e in entries]
    assert titles == ["“法律明白人”得先真明白", "某川区人民法院公告"]  # (the lost notices: a paid box, no record)
    assert entries[0].byline == "钭颖"


def test_a_day_of_the_lunar_calendar_opening_an_entry_is_its_gregorian_day() -> None:
    from digest.fields import parse_leading_date

    assert parse_leading_date("腊月二十六，市长调研春节市场保供工作。", 2024, 2)[0] == "2024-02-05"
    assert parse_leading_date("除夕当天，市长检查节日值班值守工作。", 2024, 2)[0] == "2024-02-09"
    assert parse_leading_date("元宵节当晚，某区灯会迎来客流高峰。", 2024, 2)[0] == "2024-02-24"
    assert parse_leading_date("农历正月初九上午，某县召开大会。", 2024, 2)[0] == "2024-02-18"
    assert parse_leading_date("春节前夕，市领导走访慰问困难群众。", 2024, 2)[0] is None  # (a season, no day)


def test_a_modal_after_a_kind_of_person_and_a_bodys_short_name_after_its_place_are_no_persons() -> None:
    assert named_persons("市卫健委提醒，家长应科学认识流感，及时就医。") == []
    assert named_persons("副县长应勇出席会议。") == ["应勇"]


def test_a_series_of_units_each_glued_to_its_person_closed_by_a_count() -> None:
    assert named_persons("县总工会表彰了一批先进，县自来水公司程立恒、县环卫处臧红蕊、县建筑公司靳大川、"
                         "县农机站阿不力孜·吐尔洪等25人获此荣誉。") == ["程立恒", "臧红蕊", "靳大川", "阿不力孜·吐尔洪"]
    assert named_persons("县一中欧阳雨晗、县二中尉迟朗、县三中公冶长川等学生代表上台领奖。") == [
        "欧阳雨晗", "尉迟朗", "公冶长川"]
    assert named_persons("要加强县财政局、县教育局、县民政局等部门协作。") == []  # (units alone: no series of people)


def test_a_headline_of_two_short_lines_is_one_title_unless_its_first_is_a_label() -> None:
    from digest.newspaper import _short_pair

    assert _short_pair("县人民医院", "开设夜间门诊")
    assert _short_pair("男孩被困电梯", "物业20分钟救出")
    assert not _short_pair("以案说法", "借名买房，房子到底归谁？")  # (a column's label)
    assert not _short_pair("走近城市守夜人②", "夜班车上的后半夜")  # (a series' label)
    assert not _short_pair("抢农时 稳粮源", "全县早稻栽插进入高峰期")  # (two phrases a space apart: a kicker)
    assert not _short_pair("麦收时节抢农时", "6月9日，在某区石埠")  # (the text's first line)
    assert not _short_pair("某某在调研时强调", "要抓好春耕")  # (a speaker's kicker)


def test_a_tables_column_of_names_under_its_head_extracted_a_column_at_a_time() -> None:
    text = ("某市人大常委会任命名单\n决定任命：\n姓　名\n阿迪力·吾斯曼\n古丽娜尔·托合提\n任　职\n"
            "某市发展和改革委员会主任\n某市卫生健康委员会主任\n")
    got = named_persons(text)
    assert "阿迪力·吾斯曼" in got and "古丽娜尔·托合提" in got
    assert not any("姓名" in n or len(n) > 8 for n in got)  # (no run read across the column's lines)
