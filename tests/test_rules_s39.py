"""Session 39's rules, each on hand-made text whose names and places appear in no sample: a name of two padded
to three's width in prose after an occupation, the Hui surnames 妥 and 敏, a 工作简报 whose 目录 lists titles only
while its body prints marked section labels, a 目录 closed by a rule over the body's first kicker, a body title the
目录 words longer (its rest on the next line), a duty roster's table,
`某某等同志`, an adverb between a name and its act, a list closed by its count of people, two units each glued to
its person, and a roster run into one paragraph with padded names before its marks."""

from __future__ import annotations

from conftest import make_source, named_persons, nows

from digest.parse import parse_source


def test_a_name_of_two_padded_by_a_full_width_space_after_an_occupation_is_read_whatever_follows() -> None:
    assert named_persons("本次共抽取房源120套，县公证处公证员骆　芊全程公证。") == ["骆芊"]
    assert named_persons("社区网格员蔺　放逐户登记走访情况。") == ["蔺放"]
    # a row of characters spaced out is no name (`工　作　动　态`), nor a padded pair that is a common word
    assert named_persons("工　作　动　态") == []


def test_the_hui_surnames_tuo_and_min_after_roles_and_their_words_no_names() -> None:
    assert named_persons("常务副市长妥振华参加调研。") == ["妥振华"]
    assert named_persons("乡党委书记敏学礼介绍，今年汛前已完成排查。") == ["敏学礼"]
    assert named_persons("会议要求妥善处理群众反映的问题，对敏感信息严格把关。") == []


_BRIEF = """内部资料
        工 作 简 报
          （2017年第4期）
某县自然资源局办公室编           2017年4月10日
────────────────────────────
本期要目
★局党组研究部署土地例行督察整改工作………………1
★全县耕地保护专项检查情况……………………………2
★某镇完成集体林权确权颁证……………………………3
★清明节期间值班安排………………………………………3
────────────────────────────

◎工作动态

          压实整改责任　确保按期销号
  局党组研究部署土地例行督察整改工作

4月3日，局党组书记、局长祁向荣主持召开党组会议，研究部署土地例行督察整改工作。局领导辛丽萍、
蒲建国参加。

      全县耕地保护专项检查
              情况通报

为落实耕地保护责任，3月20日至24日，局执法监察大队对全县14个乡镇开展专项检查，共发现问题21个，
已整改15个。

◎基层传真

       某镇完成集体林权确权颁证

3月28日，某镇集体林权确权颁证工作全面完成，共颁发林权证1260本。

◎通知公告

         清明节期间值班安排

现将局机关清明节期间值班安排通知如下：4月4日带班领导祁向荣。
"""


def test_marked_section_labels_in_a_body_whose_toc_lists_titles_alone() -> None:
    entries = parse_source(make_source(_BRIEF), persons=False).entries
    assert [nows(e.title) for e in entries] == ["局党组研究部署土地例行督察整改工作", "全县耕地保护专项检查情况通报",
                                                 "某镇完成集体林权确权颁证", "清明节期间值班安排"]
    assert [e.section for e in entries] == ["工作动态", "工作动态", "基层传真", "通知公告"]
    assert entries[0].kicker is not None and nows(entries[0].kicker) == "压实整改责任确保按期销号"
    assert entries[1].date == "2017-03-20" and entries[1].date_end == "2017-03-24"


def test_a_duty_roster_table_reads_the_people_under_its_staff_heads() -> None:
    page = ("近期周末值班安排\n为确保节前各项工作有序开展，现将周末值班安排如下：\n日期\t带班领导\t值班干部\t驾驶员\n"
            "3月4日—5日\t甄广元\t滑婷婷、卜　勤\t梁小兵\n3月11日—12日\t蔺国栋\t宓秀兰、濮宇航\t梁小兵\n")
    assert {"甄广元", "滑婷婷", "卜勤", "梁小兵", "蔺国栋", "宓秀兰", "濮宇航"} <= set(named_persons(page))


def test_a_name_before_deng_tongzhi_ends_before_deng() -> None:
    assert named_persons("县委决定授予蔺真等同志荣誉称号。") == ["蔺真"]


def test_an_adverb_of_two_between_a_name_and_its_act_is_no_part_of_the_name() -> None:
    assert "乐正分别" not in named_persons("副市长蔺红、某大学副校长乐正分别致辞。")  # (乐正: a compound surname too)


def test_a_list_closed_by_the_count_of_its_people() -> None:
    assert named_persons("市见义勇为基金会决定，授予濮向阳、郗建、滑翠花三人“见义勇为先进个人”称号。") == [
        "濮向阳", "郗建", "滑翠花"]
    assert named_persons("表彰了蔺芳、宓娜两名同志。") == ["蔺芳", "宓娜"]


def test_two_units_each_glued_to_its_person() -> None:
    assert named_persons("优秀班主任：县第三中学郗晓慧、某镇中心小学濮程。") == ["郗晓慧", "濮程"]
    assert named_persons("市生态环境局宓宏伟、市水利局蔺春生，以及有关负责同志陪同检查。") == ["宓宏伟", "蔺春生"]


def test_a_roster_run_into_a_paragraph_reads_padded_names_before_its_marks_and_its_last_name() -> None:
    assert named_persons("全市优秀共产党员：市公安局交警支队 郗　磊；市第一人民医院 滑晓燕；市供电公司 濮　川；"
                         "某县农业农村局 宓一鸣；市城投集团 蔺浩然。") == ["郗磊", "滑晓燕", "濮川", "宓一鸣", "蔺浩然"]


def test_a_name_introduced_as_one_whatever_word_its_given_name_spells() -> None:
    assert named_persons("这次评选中，有一位叫蔺明远的老师让人印象深刻。") == ["蔺明远"]
    assert named_persons("他叫宓大山，今年58岁，是一名高空作业工人。") == ["宓大山"]
    assert "濮建国" in named_persons("诗人木歌（原名濮建国）的诗集获奖。")
    assert named_persons("一个叫石板冲的村子。") == []  # (a place so introduced: 个叫 is no person's)


def test_a_role_a_name_of_three_and_an_act_stand_though_the_given_name_is_a_word() -> None:
    assert named_persons("副市长郗卫国会见了客人。") == ["郗卫国"]
    assert "纪念江" not in named_persons("国家主席纪念江河治理工程竣工。")


def test_words_of_method_and_a_readers_province_and_city_are_no_names() -> None:
    assert named_persons("坚持因村施策、因户施策，全年完成减贫386户。") == []
    assert named_persons("在此呼吁大家：多等一分钟，安全一辈子。（江苏南京 濮晓东）") == ["濮晓东"]


def test_a_web_articles_author_before_its_source_label(tmp_path) -> None:
    html = ("<html><head><meta charset='utf-8'><title>某县人民政府</title></head><body>"
            "<div>当前位置：首页 &gt; 工作动态</div><h1>某乡召开2015年度精准扶贫工作总结会议</h1>"
            "<div>作者：郗玉龙 文章来源：某乡人民政府 点击数： 更新时间：2016-1-5</div>"
            "<p>12月29日，某乡召开2015年度精准扶贫工作总结会议，全面总结全年工作。</p>"
            "<p>会议要求，各村要对照目标逐项落实，确保脱贫成效经得起检验。</p></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    from digest.parse import parse_path

    (e,) = parse_path(path, persons=False).entries
    assert e.byline == "郗玉龙"


_FRONT = """中共某阳市委机关报
某阳日报社出版
国内统一连续出版物号
CN61－0000

导 读

●某某生态保护条例草
案提请二审
详见第2版
●二手房交易“一窗受理”
下月起试行
详见第3版

2013年6月18日
星期二
农历癸巳年五月十一
第7391期 今日8版

今日天气
多云转小雨
19℃～28℃
东风2～3级

某阳新闻网：www.example.com.cn

1
要 闻

市委常委会召开扩大会议强调

抢抓“三夏”关键期 确保夏粮颗粒归仓

本报讯（记者 甄晓峰）6月17日上午，市委书记宓泽民主持召开
市委常委会（扩大）会议，研究部署“三夏”生产工作。会议强调，
要抢抓晴好天气，确保颗粒归仓。

高新区前5月签约项目42个

总投资217亿元，先进制造业项目占六成

本报讯（记者 濮婷 通讯员 郗建宏）记者6月17日从高新区
管委会获悉，今年1至5月，高新区共签约招商项目42个。

本报评论员

让干部的脚步跟着麦收走

麦收时节，一年的收成
就在这几天。天气说变就变，考验的是农民的辛劳，更考验
各级干部的作风。
"""


def test_a_front_pages_ear_teasers_and_weather_are_no_articles_and_its_decks_read_as_printed() -> None:
    entries = parse_source(make_source(_FRONT), persons=False).entries
    assert [nows(e.title) for e in entries] == ["抢抓“三夏”关键期确保夏粮颗粒归仓", "高新区前5月签约项目42个",
                                                 "让干部的脚步跟着麦收走"]
    assert nows(entries[0].kicker) == "市委常委会召开扩大会议强调"
    assert nows(entries[1].subtitle) == "总投资217亿元，先进制造业项目占六成" and entries[1].kicker is None
    assert entries[2].text.startswith("麦收时节")


def test_a_speech_kicker_over_two_decks_after_a_blank_line_is_one_title() -> None:
    page = ("某县报\n2024年12月3日 星期二\n\n导 读\n全县村级组织换届“回头看”\n工作全面完成\n详见第2版\n"
            "“某某味道”亮相省农博会\n详见第3版\n\n宓鹤年在调研重点项目建设时强调\n抢抓冬季施工黄金期\n全力冲刺全年目标任务\n\n"
            "本报讯（记者 濮晓帆）12月2日，县委书记宓鹤年深入县工业园区，实地调研重点项目建设推进情况。\n")
    (e,) = parse_source(make_source(page), persons=False).entries
    assert nows(e.title) == "抢抓冬季施工黄金期全力冲刺全年目标任务"


def test_a_title_set_large_printed_before_its_kicker_and_a_reporters_notes_box_titled_in_clauses() -> None:
    page = ("5\n\n乡村振兴\n\n2025年1月14日　星期二\n\n"
            "一 颗 咖 啡 豆 的 “精 品” 之 路\n\n从“论斤卖”到“论克卖”\n\n——某县推动咖啡产业提质增效见闻\n\n"
            "□ 本报记者 郗云芳\n\n冬日的某县，山间薄雾还没散尽，河两岸的咖啡地里已经热闹起来。红透的咖啡果挂满枝头，"
            "采果的村民背着竹篓在坡地间穿行。\n如今，全县咖啡精品率已提高到三成以上。\n\n"
            "记者手记\n\n精细，才能“精品”\n\n采访中，“精细”是记者听到最多的一个词。采果要精细，一颗青果都不能混；"
            "加工要精细，发酵时间要精确到小时。\n")
    entries = parse_source(make_source(page), persons=False).entries
    assert [nows(e.title) for e in entries] == ["一颗咖啡豆的“精品”之路", "精细，才能“精品”"]
    assert nows(entries[0].kicker) == "从“论斤卖”到“论克卖”"


def test_a_list_pages_side_box_of_dated_rows_is_no_part_of_its_list() -> None:
    lines = ["今天是：2020年1月10日 星期五  | | 无障碍", "新闻中心", "热点信息",
             "某县举行2020年第一批重大项目集中开工仪式 [01-10]", "某乡“共享菜园”让闲置地变身增收田 [01-06]",
             "某县获评“省级美丽乡村示范县” [12-27]", "政务动态",
             *(f"某县召开第{k}次专题会议研究部署重点工作 2020-01-{10 - k:02d}" for k in range(1, 8)),
             "首页 上一页 下一页 尾页 页次1/58"]
    titles = [e.title for e in parse_source(make_source("\n".join(lines) + "\n"), persons=False).entries]
    assert titles == [f"某县召开第{k}次专题会议研究部署重点工作" for k in range(1, 8)]


def test_a_pages_comment_box_and_tool_row_are_chrome_and_a_hui_surname_after_a_kind_of_person() -> None:
    from digest.chrome import chrome_reason

    assert chrome_reason("**网友评论：** （只显示最新10条。评论内容只代表网友观点，与本站立场无关！）") == "comments"
    assert chrome_reason("【发表评论】【】【】【打印此文】【】") == "print-close"
    assert chrome_reason("**相关文章**") == "related"
    assert named_persons("大庄村贫困户虎秀珍用5万元贷款购买基础母羊20只。") == ["虎秀珍"]


def test_a_dotted_name_after_a_role_one_part_a_transliteration_the_other_no_word() -> None:
    assert named_persons("自治区政协常委帕提古丽·吾甫尔随后发言表示支持。") == ["帕提古丽·吾甫尔"]
    assert named_persons("自治州政协原副主席阿不力孜·卡米力涉嫌严重违纪违法。") == ["阿不力孜·卡米力"]
    assert named_persons("巴基斯坦规划部长阿西夫·汗在致辞中感谢中方的支持。") == ["阿西夫·汗"]
    assert named_persons("自治区人民医院副院长阿依古丽·买买提建议加快推进优质医疗资源下沉。") == ["阿依古丽·买买提"]


def test_the_yunnan_surnames_qi_and_yi_after_roles_in_a_digests_entry() -> None:
    from digest.model import Entry
    from digest.parse import WEAK_FLOOR
    from digest.persons import annotate

    entries = [Entry(title="", text="会议由县委副书记杞红霞主持。"),
               Entry(title="", text="11月10日，县人大常委会主任矣光明带领执法检查组深入各乡镇。")]
    annotate(entries, weak=WEAK_FLOOR)  # (as `digest parse` reads a 目录 digest's entries)
    assert [e.persons for e in entries] == [["杞红霞"], ["矣光明"]]


def test_two_columns_side_by_side_a_short_left_line_moving_its_right_part_left() -> None:
    from digest.blocks import split_columns, to_blocks
    from digest.source import split_lines

    left_text = "今年以来全县围绕乡村振兴目标任务持续发力推进各项工作"
    right_text = "县农业农村局组织技术人员深入田间地头指导春耕生产工作"
    lefts, rights, lines = [], [], ["某县报　理论·评论", "", "在基层一线改进作风", ""]
    for k in range(10):
        left, right = (left_text[k:] + left_text[:k])[:24], (right_text[k:] + right_text[:k])[:24]
        if k in (3, 7):  # (a paragraph's last line, short: `pdftotext -layout` sets the right column's line earlier)
            left = left[:9] + "。"
            lines.append(left + " " * 6 + right)
        else:
            lines.append(left + " " * 8 + right)
        lefts.append(left)
        rights.append(right)
    texts = [b.text.strip() for b in split_columns(to_blocks(split_lines("\n".join(lines) + "\n")))]
    assert texts == ["某县报　理论·评论", "在基层一线改进作风", *lefts, *rights]


def test_amdo_tibetan_names_of_three_anchored_on_both_sides() -> None:
    assert named_persons("州长才让加作政府工作报告。") == ["才让加"]
    assert named_persons("被告人才让加、官却等四人在河道非法采砂。") == ["才让加", "官却"]
    assert named_persons("扎西加强了草场巡护。") == []  # (加强: a word goes on, no name's last character)


def test_a_numbered_line_whose_numerals_make_no_number_is_no_title_of_the_series() -> None:
    text = ("某县政务信息\n2024年第3期\n目录\n一、县政府召开全县春耕生产工作会议……1\n二、县委书记调研重点项目建设工作……2\n\n"
            "一、县政府召开全县春耕生产工作会议\n3月1日，县政府召开全县春耕生产工作会议，部署春耕备耕工作。\n"
            "二、县委书记调研重点项目建设工作\n3月2日，县委书记深入工业园区调研重点项目建设。\n"
            "十十、附件说明\n以上材料供参考。\n")
    entries = parse_source(make_source(text), persons=False).entries  # (`十十` reads as no number: no error)
    assert [nows(e.title) for e in entries][:2] == ["县政府召开全县春耕生产工作会议", "县委书记调研重点项目建设工作"]


def test_a_trailing_credit_labelled_as_the_writers_unit_names_the_writer() -> None:
    text = ("电动自行车进楼入户充电，是小区消防安全的一大隐患。在加强网格管理的同时，更要加快建设小区充电设施，"
            "从根本上解决群众“充电难”的问题。（作者单位：某市消防研究所 郗致远）")  # (run on at a long paragraph's end)
    assert named_persons(text) == ["郗致远"]


def test_lai_before_a_time_is_the_given_names_last_character() -> None:
    from digest.model import Entry
    from digest.parse import WEAK_FLOOR
    from digest.persons import annotate

    entries = [Entry(title="", text="全国人大代表、视障按摩师宓春来今年带来了关于无障碍环境建设的建议。")]
    annotate(entries, weak=WEAK_FLOOR)
    assert entries[0].persons == ["宓春来"]


_DATED = """某区政务要情
2024年第17期
目　录
区委常委会召开会议研究重点工作……………………1
智能装备产业园二期主体结顶……………………………2
全区重大项目现场推进会召开……………………………3

区委常委会召开会议研究重点工作
  9月2日，区委常委会召开会议，研究部署近期重点工作。

        某某经开区智能装备产业园
        二期项目主体结顶
  9月9日，某某经开区智能装备产业园二期项目主体结构顺利封顶，较计
划工期提前23天。
  该项目总投资12.6亿元，主要建设标准厂房、研发中心等。

全区重大项目现场推进会召开
  9月11日，全区重大项目现场推进会召开，观摩项目12个。
"""


def test_a_toc_title_is_no_texts_first_line_opening_with_its_day() -> None:
    entries = parse_source(make_source(_DATED), persons=False).entries
    assert [nows(e.title) for e in entries] == ["区委常委会召开会议研究重点工作", "某某经开区智能装备产业园二期项目主体结顶",
                                                 "全区重大项目现场推进会召开"]
    assert entries[1].text.startswith("9月9日") and entries[1].date == "2024-09-09"


def test_a_player_after_his_shirt_number_ends_where_a_word_of_the_play_begins() -> None:
    assert named_persons("第23分钟，主队7号王磊右路突破后传中。") == ["王磊"]
    assert named_persons("第78分钟，22号莫志成因对门将动作过大被罚下。") == ["莫志成"]
    assert named_persons("下半场客队10号冉飞禁区外远射扳平比分。") == ["冉飞"]


def test_a_digests_weekday_a_range_of_times_of_day_and_a_meetings_day_after_its_name() -> None:
    from digest.fields import held_on_date, parse_leading_date

    monday = __import__("datetime").date(2020, 1, 6)  # (the masthead's day; the entries dated in December)
    assert parse_leading_date("上周五，县长某某带队检查安全生产。", 2019, 12, None, printed=monday) == ("2020-01-03", None)
    assert parse_leading_date("12月31日晚至1月1日凌晨，县公安局启动安保勤务。", 2020, 1, 6) == ("2019-12-31", "2020-01-01")
    assert held_on_date("区政府第23次常务会议9月5日召开，区长某某主持会议。", 2023, 9) == ("2023-09-05", None)


def test_a_competitor_before_a_score_or_a_time_and_what_it_won() -> None:
    assert named_persons("在女子跳远决赛中，龙小琴6米32夺冠，邬欣然6米18获得亚军。") == ["龙小琴", "邬欣然"]
    assert named_persons("高中组石雨桐9.62分夺得第一，闵浩然9.48分第二。") == ["石雨桐", "闵浩然"]
    assert "路面宽" not in named_persons("改造后，路面宽6米，两侧新建人行道。")
    assert named_persons("全县粮食产量45.6万吨，同比增长3.2%，该镇12个村获得表彰。") == []


def test_a_name_of_three_after_a_place_and_de_in_free_text() -> None:
    assert "崔英子" in named_persons("泡菜制作比赛中，来自安图县的崔英子和来自和龙市的金花子分获第一、二名。")
    assert named_persons("该村的张家大院很有名，全县的发展成绩显著。") == []
