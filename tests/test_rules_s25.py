"""Rules from session 25 (the pending 信息专报 and blind sets 119-121), each on text written here in our own
words."""

from __future__ import annotations

from conftest import make_source, parse_text

from digest.chrome import footer_notice
from digest.parse import parse_source

# a 信息专报 whose 目录 words each title its own short way; the body prints two-line headlines, some over
# text opening with no date (`据…统计`, `今年以来`), so only their place and their count tie them to it
REWORDED = """信息专报
2024年第5期
某某市人民政府办公室　　　　　　2024年5月20日

目　　录

【工作动态】
市政府部署汛期安全工作………………………………1
城区老旧管网改造提速…………………………………1
【经济数据】
一季度工业生产情况……………………………………2
一季度居民收入情况……………………………………2

【工作动态】

市政府召开全市汛期安全生产
工作部署会议
　　5月12日，市政府召开全市汛期安全生产工作部署会议，副市长
某甲出席并讲话，要求各地压实防汛责任，提前转移危险区域群众。
　　会议还通报了近期隐患排查情况。

城区供水供气老旧管网改造
进入施工高峰期
　　5月14日，记者从市住建局获悉，今年列入计划的86公里老旧管网
已开工62公里，完成投资3.1亿元，预计9月底前全部完工。

【经济数据】

一季度全市规上工业增加值增长6.1%
装备制造业成为主要拉动力量
　　据市统计局监测，一季度全市规模以上工业增加值同比增长6.1%，
其中装备制造业增长11.3%，拉动全市工业增长3.2个百分点。

城乡居民人均可支配收入稳步增长
　　今年以来，全市居民收入保持较快增长，城镇居民人均可支配收入
同比增长5.2%，农村居民增长7.0%，城乡收入差距继续缩小。
"""


def test_reworded_toc_titles_found_by_their_count_in_the_gap() -> None:
    r = parse_text(REWORDED, name="z.txt")
    got = [(e.section, e.title, e.toc_title, e.page) for e in r.entries]
    assert got == [
        ("工作动态", "市政府召开全市汛期安全生产工作部署会议", "市政府部署汛期安全工作", 1),
        ("工作动态", "城区供水供气老旧管网改造进入施工高峰期", "城区老旧管网改造提速", 1),
        ("经济数据", "一季度全市规上工业增加值增长6.1%装备制造业成为主要拉动力量", "一季度工业生产情况", 2),
        ("经济数据", "城乡居民人均可支配收入稳步增长", "一季度居民收入情况", 2),
    ]
    assert [e.text[:4] for e in r.entries] == ["5月12", "5月14", "据市统计", "今年以来"]


def test_a_gap_whose_headline_count_differs_takes_none() -> None:
    # the same issue with a third line in 经济数据 of the 目录: three 目录 lines, two headlines there
    extra = REWORDED.replace("一季度居民收入情况……", "一季度消费市场情况……………………………2\n一季度居民收入情况……", 1)
    r = parse_text(extra, name="z.txt")
    titles = [e.title for e in r.entries]
    assert "城乡居民人均可支配收入稳步增长" not in titles  # (not taken on a count that does not add up)
    assert any("no entry in the body" in w for w in r.issue.warnings)


def test_a_wrapped_paragraph_line_with_a_full_stop_inside_is_no_reworded_title() -> None:
    page = """政务信息
2024年第7期
某某市人民政府办公室　　　　　　2024年7月15日

目　　录

市政府召开防汛调度会议…………………………………1
暑期道路交通安全整治启动………………………………1
市图书馆延长暑期开放时间………………………………2

市政府召开防汛调度会议
　　7月9日，市政府召开防汛调度会议，分析研判当前汛情，部署应对
新一轮强降雨过程。副市长某甲主持会议。

市交警支队启动暑期道路交通安全集中整治
行动　严查酒驾醉驾
　　7月10日，市交警支队召开动员会，启动为期两个月
的暑期道路交通安全集中整治行动。支队长某乙介绍，整治期
间将重点加强对学校周边和景区道路的巡逻管控。

市图书馆延长暑期开放时间
　　7月12日起，市图书馆每天开放时间延长至晚上九点，方便学生
读书学习。
"""
    r = parse_text(page, name="z.txt")
    assert [e.title for e in r.entries] == ["市政府召开防汛调度会议", "市交警支队启动暑期道路交通安全集中整治行动 严查酒驾醉驾",
                                            "市图书馆延长暑期开放时间"]
    assert r.entries[1].toc_title == "暑期道路交通安全整治启动" and r.entries[1].text.startswith("7月10日")


def test_a_toc_title_cut_short_takes_its_line_and_a_second_deck_of_figures() -> None:
    page = """政务信息
2024年第4期
某某市人民政府办公室　　　　　　2024年4月15日

目　　录

市政府召开常务会议………………………………………1
二季度重大项目集中开工…………………………………1
市区新增公共停车泊位……………………………………2

市政府召开常务会议
　　4月3日，市政府召开常务会议，研究部署春季植树和森林防火工作。

我市二季度重大项目集中开工活动举行
28个项目总投资156亿元
　　4月8日，全市二季度重大项目集中开工活动在高新区举行，各县区
设分会场同步开工。

市区新增公共停车泊位
　　4月10日，记者从市城管局获悉，今年以来市区新增公共停车泊位
2300个。
"""
    r = parse_text(page, name="z.txt")
    assert [e.title for e in r.entries] == ["市政府召开常务会议", "我市二季度重大项目集中开工活动举行28个项目总投资156亿元",
                                            "市区新增公共停车泊位"]
    assert r.entries[1].text.startswith("4月8日")


# a 目录 of two columns a PDF copy left unaligned: the left column's page then one space before the right's
# title on some lines, and the left column going on alone below the last line holding both
TWO_COLUMNS = """某县政务信息
2024年第4期

目　　录

【要情】　　　　　　　　　　　　　【乡镇】
县委召开常委会会议……………1　　甲镇发展林下经济……………4
县政府召开常务会议……………1　　乙乡建成便民服务站…………4
【部门】　　　　　　　　　　　丙街道推行网格服务……………5
县人社局举办招聘会……………2　【建议】
县医保局开展专项检查…………2　关于加强乡村道路养护的建议…6
县交通局推进农村公路建设……3
县水利局开展汛前检查…………3

【要情】

县委召开常委会会议
　　4月2日，县委召开常委会会议，研究部署近期重点工作。
县政府召开常务会议
　　4月3日，县政府召开常务会议，研究春耕生产工作。

【部门】

县人社局举办招聘会
　　4月8日，县人社局举办春季招聘会，120家企业参会。
县医保局开展专项检查
　　4月9日，县医保局对定点医药机构开展专项检查。
县交通局推进农村公路建设
　　4月10日，县交通局召开会议推进农村公路建设。
县水利局开展汛前检查
　　4月11日，县水利局对全县水库开展汛前检查。

【乡镇】

甲镇发展林下经济
　　4月12日，甲镇召开林下经济发展现场会。
乙乡建成便民服务站
　　4月13日，乙乡便民服务站正式投入使用。
丙街道推行网格服务
　　4月14日，丙街道在辖区推行网格化服务。

【建议】

关于加强乡村道路养护的建议
　　近年来，我县乡村道路里程不断增加，养护任务日益繁重。
"""


def test_an_unaligned_two_column_toc_read_column_by_column() -> None:
    r = parse_text(TWO_COLUMNS, name="z.txt")
    got = [(e.section, e.title, e.page) for e in r.entries]
    assert got == [
        ("要情", "县委召开常委会会议", 1), ("要情", "县政府召开常务会议", 1),
        ("部门", "县人社局举办招聘会", 2), ("部门", "县医保局开展专项检查", 2),
        ("部门", "县交通局推进农村公路建设", 3), ("部门", "县水利局开展汛前检查", 3),
        ("乡镇", "甲镇发展林下经济", 4), ("乡镇", "乙乡建成便民服务站", 4), ("乡镇", "丙街道推行网格服务", 5),
        ("建议", "关于加强乡村道路养护的建议", 6),
    ]
    assert r.issue.toc_matched == 10


FRONT_PAGE = """某某日报
2024年5月8日　星期三

抢抓农时 确保丰收
全县早稻机插面积突破
十万亩
——智能插秧机下田，机插率同比提高9个百分点
本报记者　甲某某　通讯员　乙某

立夏刚过，全县各地抢抓晴好天气推进早稻栽插，田间处处是农机作业
的忙碌景象。县农业农村局介绍，截至5月7日，全县早稻机插面积突破十
万亩，占计划面积的六成以上。

学生走进茶园学采茶
[图片]
5月6日，县实验小学的学生在老师带领下走进茶叶示范园，体验采茶和制茶。
本报记者　丙某某　摄
"""


def test_a_kicker_over_a_title_wrapped_over_two_lines_over_its_subtitle_and_reporters() -> None:
    r = parse_text(FRONT_PAGE, name="p.txt")
    first = r.entries[0]
    assert (first.kicker, first.title) == ("抢抓农时 确保丰收", "全县早稻机插面积突破十万亩")
    assert first.subtitle and first.subtitle.startswith("智能插秧机")
    assert first.text.startswith("立夏刚过")  # (the reporters' line is no line of the subtitle)


def test_a_photo_news_title_over_a_pictures_place() -> None:
    r = parse_text(FRONT_PAGE, name="p.txt")
    assert [e.title for e in r.entries] == ["全县早稻机插面积突破十万亩", "学生走进茶园学采茶"]
    assert r.entries[1].text.startswith("5月6日")


COMMENT_PAGE = """某某日报
2024年6月5日　星期三
第4版　评论

社区食堂要办到
老人心坎上
□ 柯立群
今年，全市新建社区食堂40家，不少老人吃上了热乎饭。社区食堂要办得长久，关键在于
价格实惠、口味对路、服务贴心。
（作者单位：某某市委党校）

今日谈

公园开放要守好秩序
5月30日，城中公园拆除围墙、全面开放，游客明显增多。开放不是放任，管理要跟上，游客也要自觉守规矩。
（温若川）

本版稿件未经书面授权，不得转载、摘编　　　　某某日报社出版　　　　第4版
"""


def test_a_commentary_title_wrapped_over_its_writer_and_a_column_label_over_the_next_piece() -> None:
    r = parse_text(COMMENT_PAGE, name="p.txt")
    assert [(e.kicker, e.title) for e in r.entries] == [
        (None, "社区食堂要办到老人心坎上"), ("今日谈", "公园开放要守好秩序")]
    first, last = r.entries
    assert "今日谈" not in first.text and "作者单位" not in first.text
    assert last.text.rstrip().endswith("自觉守规矩。")  # (the reprint ban is the page's footer)


def test_a_reprint_ban_is_a_footer_notice() -> None:
    assert footer_notice("本版稿件未经书面授权，不得转载、摘编　　某某日报社出版　　第4版")
    assert footer_notice("未经本报许可不得转载")
    assert not footer_notice("村民反映，有人未经许可，在河道内采砂。")


WEEKLY = """每周要情
第12期
某某市人民政府办公室　　　　　2024年3月25日

■ 3月18日（星期一）

1．市长某甲主持召开市政府常务会议
3月18日上午，市长某甲主持召开市政府常务会议，研究部署春季植树工作。

2．副市长某乙督导春耕生产
当天下午，副市长某乙到北山县督导春耕生产，察看育秧大棚和农资储备。

■ 3月19日（星期二）

3．全市营商环境工作推进会召开
3月19日，全市营商环境工作推进会召开，通报了一季度营商环境评价结果。

4．副市长某丙调研职业教育
同日，副市长某丙到市职业技术学院调研，听取产教融合工作汇报。
"""


def test_weekday_headings_are_sections_and_same_day_items_take_the_day_before() -> None:
    r = parse_text(WEEKLY, name="w.txt")
    got = [(e.section, e.date) for e in r.entries]
    assert got == [("3月18日（星期一）", "2024-03-18"), ("3月18日（星期一）", "2024-03-18"),
                   ("3月19日（星期二）", "2024-03-19"), ("3月19日（星期二）", "2024-03-19")]
    # (`当天下午，…` under `3月18日（星期一）`: the heading names its day, no doubt of the item before's; session 27)
    assert not any("the day of the item before" in w for w in r.entries[1].warnings)
    assert not any("3月19日" in e.text for e in r.entries[:2])  # (no day heading inside an item's text)


def test_a_same_day_item_in_a_digest_with_a_toc() -> None:
    page = """政务信息
2024年第3期

目　　录

市政府召开常务会议…………………………………1
副市长督导春耕生产…………………………………1

市政府召开常务会议
　　3月18日上午，市政府召开常务会议，研究部署春季植树工作。
副市长督导春耕生产
　　同日下午，副市长某乙到北山县督导春耕生产。
"""
    r = parse_text(page, name="z.txt")
    assert [e.date for e in r.entries] == ["2024-03-18", "2024-03-18"]
    r = parse_text(page.replace("同日下午，", "此前，"), name="z.txt")
    assert [e.date for e in r.entries] == ["2024-03-18", None]


def test_names_in_a_tab_table_row_keep_their_cells() -> None:
    page = """组工信息
第5期（总第118期）
中共某某区委组织部　　　　　　　　2024年7月16日

1.全区组织工作推进会召开
7月12日，全区组织工作推进会召开，区委常委、组织部部长柯立群出席并讲话。

2.区委管理干部任前公示
经区委常委会研究，拟对以下同志进行任用，现予以公示。
序号\t姓名\t性别\t出生年月\t拟任职务
1\t温若川\t男\t1985.03\t区财政局局长
2\t庞　雪\t女\t1988.11\t区教育局副局长
公示时间：2024年7月16日—7月22日。
"""
    r = parse_source(make_source(page, "z.txt"), persons=True)
    listed = r.entries[-1]
    assert listed.title == "区委管理干部任前公示"
    assert "温若川男" not in listed.text  # (the cells stay apart)
    assert {"温若川", "庞雪"} <= set(listed.persons)


LOST_PAGES = """某某政务信息
2016年第9期

目　　录

【工作动态】
县政府召开常务会议…………………………………………1
县教育局做好高考后学生安全工作………………………
【经验交流】
石桥村推行村务公开………………………………………3
【信息参考】
关于全县农村电商发展情况的调查…………………………
４某某政务信息　　　　　　　　　　　　2016年第9期

【工作动态】
县政府召开常务会议
　　7月4日，县政府召开常务会议，研究部署防汛工作。
县教育局做好高考后学生安全工作
　　7月6日，县教育局召开会议，部署高考后学生安全工作。
【经验交流】
石桥村推行村务公开
　　近年来，石桥村坚持村务公开，让群众明明白白。
【信息参考】
关于全县农村电商发展情况的调查
　　近年来，全县农村电子商务发展较快，现将调查情况报告如下。
"""


def test_toc_lines_whose_page_was_lost_or_run_into_the_running_head() -> None:
    r = parse_text(LOST_PAGES, name="z.txt")
    got = [(e.section, e.title, e.page) for e in r.entries]
    assert got == [("工作动态", "县政府召开常务会议", 1), ("工作动态", "县教育局做好高考后学生安全工作", None),
                   ("经验交流", "石桥村推行村务公开", 3), ("信息参考", "关于全县农村电商发展情况的调查", 4)]


def test_a_word_table_of_records_reads_a_row_an_item(tmp_path) -> None:
    import docx

    from digest.parse import parse_path

    d = docx.Document()
    t = d.add_table(rows=0, cols=4)
    masthead = t.add_row().cells
    masthead[0].merge(masthead[3]).text = "某镇工作动态"
    head = t.add_row().cells
    for c, w in zip(head, ("日期", "标题", "内容", "报送单位"), strict=True):
        c.text = w
    label = t.add_row().cells
    label[0].merge(label[3]).text = "◆党的建设◆"
    rows = [("6月3日", "1．镇党委召开理论学习中心组学习会", "6月3日，镇党委理论学习中心组开展专题学习，镇党委书记柯立群主持。", "镇党建办"),
            ("6月下旬", "2．全镇完成危房改造年度任务", "今年纳入计划的18户危房改造已全部完工，并通过竣工验收。", "镇村建办")]
    for day, title, text, unit in rows:
        cells = t.add_row().cells
        cells[0].text, cells[2].text, cells[3].text = day, text, unit
        cells[1].paragraphs[0].add_run(title).bold = True
    path = tmp_path / "t.docx"
    d.save(str(path))
    entries = parse_path(path, year=2024).entries
    assert [(e.section, e.title) for e in entries] == [
        ("党的建设", "镇党委召开理论学习中心组学习会"), ("党的建设", "全镇完成危房改造年度任务")]
    assert entries[0].date == "2024-06-03" and entries[1].text.startswith("今年纳入计划")
    assert all("镇党建办" not in e.text and "镇村建办" not in e.text for e in entries)  # (the unit is a credit)


HOTLINE = """某县12345热线
工　作　简　报
第8期
某县12345热线服务中心　　　　　　　　　　2025年5月8日

一、本期概况

4月份热线运行情况
　　4月1日至30日，县12345热线共受理群众诉求3126件，按期办结率98.2%。诉求分类见表1。
　　　　表1　4月份诉求分类统计
┌──────┬──────┐
│　类　别　│　件　数　│
├──────┼──────┤
│　咨询类　│　1408　│
├──────┼──────┤
│　投诉类　│　531　│
└──────┴──────┘
　　本月共收到表扬类来电45件。

二、典型案例

1．城东小区二次供水水压不足问题得到解决
　　4月3日，市民张某来电反映，城东小区高层住户水压不足。县住建局当天协调供水公司处置。
2．沿河路夜市油烟扰民问题集中整治
　　4月中旬以来，热线陆续接到周边居民来电31件。县城管局牵头开展集中整治。
"""


def test_numbered_items_under_a_later_label_and_a_box_table_inside_an_item() -> None:
    r = parse_text(HOTLINE, name="h.txt")
    got = [(e.section, e.title) for e in r.entries]
    assert got == [("本期概况", "4月份热线运行情况"), ("典型案例", "城东小区二次供水水压不足问题得到解决"),
                   ("典型案例", "沿河路夜市油烟扰民问题集中整治")]
    assert "咨询类" in r.entries[0].text and r.entries[0].text.rstrip().endswith("表扬类来电45件。")
    assert r.issue.meta.get("editor_org") == "某县12345热线服务中心"


def test_an_articles_own_numbered_parts_under_its_first_label_are_no_items() -> None:
    page = """某某工作简报
第4期

关于全县营商环境的调研报告
　　近期，县发改局对全县营商环境开展专题调研，现将有关情况报告如下。
一、存在的主要问题
1．政策兑现不够及时
　　部分惠企政策申报程序繁琐，企业获得感不强。
2．要素保障仍有短板
　　园区水电气配套滞后，企业用地难问题仍然存在。
二、几点建议
1．建立惠企政策直达机制
　　对符合条件的企业直接兑现，减少申报环节。
2．加快园区基础设施建设
　　推行水电气网联合报装，压缩报装时限。
"""
    assert [e.title for e in parse_text(page, name="j.txt").entries] == ["关于全县营商环境的调研报告"]


OPINIONS = """社情民意信息
第15期
政协某某市委员会办公室　　　　　　2024年6月20日

关于规范老旧小区加装电梯维保管理的建议
反映人：柯立群（市政协委员，市第二人民医院副院长）
　　近年来，我市持续推进老旧小区加装电梯工作，但随着首批电梯走出质保期，维保问题逐步显现。
　　为此建议：一是明确管理责任主体；二是建立维保资金长效机制。

关于为新就业形态劳动者设置歇脚驿站的建议
反映人：温若川（市政协委员）
　　我市外卖骑手、快递员等新就业形态劳动者已超过2万人，普遍反映吃饭没地方坐、休息没地方去。
　　建议利用加油站、银行网点等现有场所，在商圈每500米左右设置一处驿站。

报：省政协办公厅，市委、市人大常委会、市政府主要领导，市政
协主席、副主席、秘书长
送：市委办公室，市政府办公室，市住建局、市农业农
村局、市总工会
"""


def test_proposals_over_their_reporters_line_and_a_distribution_list_broken_at_the_width() -> None:
    r = parse_text(OPINIONS, name="s.txt")
    assert [e.title for e in r.entries] == ["关于规范老旧小区加装电梯维保管理的建议", "关于为新就业形态劳动者设置歇脚驿站的建议"]
    assert r.entries[-1].text.rstrip().endswith("设置一处驿站。")  # (`协主席…` and `村局…` go with 报：/送：)


SUPPLEMENT = """某某报
2024年4月19日　星期五
第4版　副刊

谷雨帖
□ 扎西卓玛

雨是从后山下来的
先落在茶垄上
再落到母亲的斗笠上

布谷鸟叫了三遍
灶屋的炊烟
才慢慢站起来

■摄影作品
开秧门　　　　罗晓岚　摄
4月12日，上坝村村民在梯田里插下今年第一批早稻秧苗，白鹭跟在犁耙后面起起落落。

投稿邮箱：fk@example.com　来稿请注明真实姓名、通讯地址及联系电话
"""


def test_a_poem_by_a_tibetan_name_its_stanzas_and_a_photo_titled_with_its_credit() -> None:
    r = parse_text(SUPPLEMENT, name="f.txt")
    got = [(e.title, e.byline) for e in r.entries]
    assert got == [("谷雨帖", "扎西卓玛"), ("开秧门", "罗晓岚")]
    assert "布谷鸟叫了三遍" in r.entries[0].text  # (a stanza after a blank line is no headline)
    assert "来稿" not in r.entries[-1].text


def test_a_headline_printed_again_over_an_article_carried_on_from_page_one() -> None:
    page = """某某日报
2024年5月17日　星期五
第2版　要闻

奋力冲刺“双过半”
（上接第1版）工业投资、社会消费品零售总额等主要指标保持较快增长。会议要求，各地要对照目标抓落实。

推动港产城深度融合发展
（上接第1版）在港口综合物流园，市长柯立群走进智能分拣中心，详细了解企业运营情况。
（记者　温若川）
"""
    r = parse_text(page, name="j.txt")
    assert [e.title for e in r.entries] == ["奋力冲刺“双过半”", "推动港产城深度融合发展"]


def test_the_unit_after_a_body_title_is_a_credit_not_text() -> None:
    page = """政务信息
2024年第18期

目　　录

【部门动态】
县医保局推进医保服务“村村通”…………………………1
县林业局部署秋冬季森林防火……………………………1

【部门动态】
县医保局推进医保服务“村村通”实现全覆盖（县医保局）
　　9月5日，县医保局在全县142个行政村全部建成医保服务站。
县林业局部署秋冬季森林防火（县林业局　县应急管理局）
　　9月12日，县政府召开全县秋冬季森林防火工作部署会。
"""
    r = parse_text(page, name="z.txt")
    assert [(e.title, e.date) for e in r.entries] == [("县医保局推进医保服务“村村通”实现全覆盖", "2024-09-05"),
                                                       ("县林业局部署秋冬季森林防火", "2024-09-12")]
    assert all(e.text.startswith("9月") for e in r.entries)


POST = """点击蓝字　关注我们

某某发布
2024年07月15日 19:42

暑期托管开班！1800余名孩子有了好去处

某某发布
某某区融媒体中心官方公众号

原标题：《我区30所学校开启暑期托管服务》
来源：某某区融媒体中心

[图片]

7月15日上午，区实验小学的书法教室里墨香阵阵，二十多名孩子正跟着老师临写。当天，全区30所中小学同步开启暑期托管服务。

[图片]
▲孩子们在书法课上练习基本笔画

托管期间不上新课、不搞集体补课，主要提供看护、自主学习和文体活动等服务。

[图片]

02
安全责任压在前

当天，区领导到实验小学等托管点走访，要求各校压实安全责任，让家长放心、孩子开心。
（某某区融媒体中心　柯立群）
"""


def test_a_posts_title_by_its_time_over_its_meta_lines_and_a_caption_and_a_subhead_under_a_picture() -> None:
    r = parse_text(POST, name="w.txt")
    assert [e.title for e in r.entries] == ["暑期托管开班！1800余名孩子有了好去处"]
    text = r.entries[0].text
    assert text.startswith("7月15日上午") and "原标题" not in text
    assert r.entries[0].date == "2024-07-15"


def test_a_tables_cells_a_line_each_make_no_headline_and_a_word_cut_by_a_page_break_no_item() -> None:
    bulletin = """防汛简报
第7期
某县防汛抗旱指挥部办公室　　　　2024年7月11日

我县出现入汛以来最强降雨过程
7月9日8时至11日8时，我县出现入汛以来最强降雨过程，各乡镇降雨情况如下：
乡镇
累计降雨量（毫米）
甲镇
186.5
全县平均
123.1
——
注：以上数据为初步统计数据。
受降雨影响，县内主要河流水位上涨。

县领导连夜部署应对强降雨
7月10日晚，县委书记柯立群主持召开防汛会商会，部署应对工作。
"""
    r = parse_text(bulletin, name="f.txt")
    assert [e.title for e in r.entries] == ["我县出现入汛以来最强降雨过程", "县领导连夜部署应对强降雨"]
    page = """人大工作动态
2024年第7期

【监督工作】

市人大常委会开展城乡供水工作专题询问
7月26日上午，市人大常委会举行联组会议，开展专题询问。
询问结束后，常委会主任柯立群强
调，要把专题询问成果转化为推动工作的具体举措。

市人大常委会开展安全生产法执法检查
7月中下旬，市人大常委会执法检查组对全市贯彻实施安全生产法情况开展执法检查。
"""
    r = parse_text(page, name="r.txt")
    assert [e.title for e in r.entries] == ["市人大常委会开展城乡供水工作专题询问", "市人大常委会开展安全生产法执法检查"]


def test_a_scanned_front_pages_teasers_page_first_and_a_title_wrapped_under_a_kicker_of_speech() -> None:
    page = """某某报
2014年4月22日 星期二
第一版 要闻　　责任编辑：柯立群　版式：温若川

本期导读
▲2版 我县举办第三届油菜花节
▲3版 某乡：小蜜蜂酿出甜日子▲4版 春季养生，从一碗粥开始

县委中心组专题学习会提出
以改革创新精神推动
县域经济转型升级
本报讯（记者 庞雪）4月18日上午，县委中心组举行专题学习会，集中学习全面深化改革的部署要求。
"""
    r = parse_text(page, name="p.txt")
    assert [(e.kicker, e.title) for e in r.entries] == [("县委中心组专题学习会提出", "以改革创新精神推动县域经济转型升级")]
    assert r.issue.meta.get("page") == 1 and r.issue.meta.get("page_name") == "要闻"


def test_a_dash_subtitle_under_a_digests_title_is_no_text() -> None:
    page = """政务信息
2024年第9期

目　　录

某镇“院坝议事会”让群众的事家门口办………………………1

某镇“院坝议事会”让群众的事家门口办
——某县某镇推进村级协商议事的做法
　　某镇地处县境东南部，辖14个村。近年来，该镇推行“院坝议事会”，群众的事大家商量着办。
"""
    e = parse_text(page, name="z.txt").entries[0]
    assert e.subtitle == "——某县某镇推进村级协商议事的做法" and e.text.startswith("某镇地处")


def test_a_web_articles_author_under_its_kicker_and_headline(tmp_path) -> None:
    from digest.parse import parse_path

    html = """<html><body><div class="nav">首页 | 新闻 | 政务</div>
<h3>“一片叶子”富一方百姓</h3><h1>某县春茶开采节在云雾岭茶园启幕</h1>
<p>来源：某县融媒体中心 作者：柯立群、温若川 发布时间：2025-03-14 09:32</p>
<p>3月13日上午，某县春茶开采节在云雾岭万亩生态茶园开幕，县委书记庞雪出席并致辞。</p>
<p>据了解，本届开采节将持续至4月中旬，其间还将举办茶旅线路推介等活动。</p>
</body></html>"""
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    e = parse_path(path).entries[0]
    assert (e.kicker, e.title, e.byline) == ("“一片叶子”富一方百姓", "某县春茶开采节在云雾岭茶园启幕", "柯立群、温若川")


def test_an_ocrs_day_in_a_vague_opening() -> None:
    from digest.fields import opens_with_a_time

    assert opens_with_a_time("近曰，县档案馆面向社会征集老照片。") and opens_with_a_time("曰前，县里召开会议。")
    assert not opens_with_a_time("曰子越过越红火。")  # (a day's 曰 only where a time word has it)


def test_minutes_matters_as_bold_leads_run_into_their_text(tmp_path) -> None:
    import docx

    from digest.parse import parse_path

    d = docx.Document()
    d.add_heading("某市人民政府常务会议纪要", level=1)
    d.add_paragraph("〔2024〕15号")
    d.add_paragraph("某市人民政府办公室\t\t\t2024年7月29日")
    d.add_paragraph("2024年7月26日上午，市长柯立群主持召开市政府常务会议。现将会议议定事项纪要如下：")
    for lead, text in (("一、关于贯彻落实全省防汛工作会议精神。", "会议要求，各区县要严格落实24小时值班制度。"),
                       ("二、关于老旧小区改造三年行动方案。", "会议原则同意该方案，请市住建局修改完善后印发。"),
                       ("三、其他事项。", "会议还审议通过了城市道路挖掘管理办法。")):
        p = d.add_paragraph()
        p.add_run(lead).bold = True
        p.add_run(" " + text)
    d.add_paragraph("出席：柯立群　温若川　庞雪")
    path = tmp_path / "m.docx"
    d.save(str(path))
    titles = [e.title for e in parse_path(path).entries]
    assert titles[-3:] == ["关于贯彻落实全省防汛工作会议精神", "关于老旧小区改造三年行动方案", "其他事项"]
    assert len(titles) <= 4  # (the preamble, when it is a record of its own, is the one more: left for later)


def test_a_pageless_toc_line_ending_in_its_leader_is_no_wrapped_title() -> None:
    page = """政务信息
2023年第8期

目　　录

◆经济发展◆
某县与某公司签约新材料项目……………
1—7月全县规上工业增加值增长8.6%……………………3

◆经济发展◆

某县与某公司签约新材料项目
　　8月3日，某县与某公司签订年产3万吨新材料项目投资协议。
1—7月全县规上工业增加值增长8.6%
　　据县统计局数据，1—7月全县规上工业增加值同比增长8.6%。
"""
    r = parse_text(page, name="z.txt")
    assert [(e.title, e.page) for e in r.entries] == [("某县与某公司签约新材料项目", None),
                                                       ("1—7月全县规上工业增加值增长8.6%", 3)]


def test_a_bracketed_chinese_number_before_a_body_title_is_no_word_of_it() -> None:
    page = """统计信息
2024年第8期

目　　录

全市经济运行稳中有进………………………………1
规模以上工业增加值增长6.8%……………………1

（一）全市经济运行稳中有进
　　1—8月，全市经济运行总体平稳、稳中有进。
（二）规模以上工业增加值增长6.8%
　　1—8月，全市规模以上工业增加值同比增长6.8%。
"""
    assert [e.title for e in parse_text(page, name="z.txt").entries] == ["全市经济运行稳中有进", "规模以上工业增加值增长6.8%"]
