"""Rules from session 22, each on text written here in our own words: a 导读 of bulleted titles whose
line naming a person is one more title (no heading), a title the 导读 words otherwise right under a
section's label in the body, an essay signed without brackets (`某单位党支部　　某某`), a 目录 page glued
to a percentage (`…增长8.6%9`) and the day a tally is counted to (`截至7月18日，…`)."""

from __future__ import annotations

from conftest import nows, parse_text

_BULLETED_GUIDE = """主题教育简报
第9期
某县主题教育领导小组办公室　　2019年11月8日
本 期 导 读
◆ 县委理论学习中心组开展专题研讨
◆ 县委巡回指导组到石桥镇督导
◆ 石桥镇：“夜学课堂”让学习常态化
◆ 白鹭村党员认领群众“微心愿”
◆ 蒲公英：二十年守护山村卫生室的党员村医
◆ “铁脚板书记”甘来福
◆ 守初心要从小事做起
【工作动态】
县委理论学习中心组开展专题研讨
11月2日，县委理论学习中心组围绕践行初心使命开展专题研讨，与会同志逐一交流发言。
县委巡回指导组到石桥镇督导
11月4日，县委巡回指导组到石桥镇，通过查阅资料、个别访谈等方式督导主题教育开展情况。
【基层实践】
石桥镇：“夜学课堂”让学习常态化
主题教育开展以来，石桥镇利用晚上时间开设“夜学课堂”，党员干部轮流授课。
白鹭村党员认领群众“微心愿”
近日，白鹭村党支部开展认领“微心愿”活动，全村党员共认领心愿四十余个。
【身边榜样】
蒲公英：20年守护山村卫生室
在偏远的白鹭村，党员村医蒲公英已经在村卫生室坚守了二十年，村民有病都找她。
她说：“只要村里人需要，我就一直干下去。”
“铁脚板书记”甘来福
双河村党支部书记甘来福走遍了全村每一户，带领村民发展特色种植，村集体收入逐年增加。
【学习体会】
守初心要从小事做起
参加主题教育以来，我一直在想，作为一名窗口工作人员，初心就体现在每一件小事上。
只有把群众的事当成自己的事，才能真正做到为民服务。
县行政审批服务局党支部　　柯晓岚
"""


def test_a_guide_of_bulleted_titles_and_its_sections_from_the_bodys_labels() -> None:
    r = parse_text(_BULLETED_GUIDE)
    rows = [(nows(e.title), e.section) for e in r.entries]
    assert rows == [("县委理论学习中心组开展专题研讨", "工作动态"), ("县委巡回指导组到石桥镇督导", "工作动态"),
                    ("石桥镇：“夜学课堂”让学习常态化", "基层实践"), ("白鹭村党员认领群众“微心愿”", "基层实践"),
                    ("蒲公英：20年守护山村卫生室", "身边榜样"), ("“铁脚板书记”甘来福", "身边榜样"),
                    ("守初心要从小事做起", "学习体会")]
    last = r.entries[-1]
    assert last.text.rstrip().endswith("才能真正做到为民服务。") and last.byline == "柯晓岚"


def test_a_bulleted_heading_of_a_section_stays_a_heading() -> None:
    from digest.blocks import to_blocks
    from digest.toc import find_toc

    text = """政务信息
目  录
◆ 领导活动
◆ 县长调研春耕生产工作……1
◆ 县委书记督导防汛工作……1
◆ 部门动态
◆ 县财政局拨付救灾资金……2
"""
    toc = find_toc(to_blocks(text.splitlines()))
    assert toc is not None and [h.name for h in toc.headings] == ["领导活动", "部门动态"]


def test_an_essay_signed_without_brackets_by_its_unit_and_writer() -> None:
    from digest.align import _BARE_WRITER

    assert _BARE_WRITER.match("县行政审批服务局党支部　　柯晓岚")
    assert _BARE_WRITER.match("县政务服务中心党支部  葛某某")
    assert not _BARE_WRITER.match("县政务服务中心党支部 葛某某")  # (one space: a phrase, no signature)
    assert not _BARE_WRITER.match("只有把群众的事当成自己的事，才能做到。")


def test_a_toc_page_glued_to_a_percentage() -> None:
    from digest.toc import page_line

    assert page_line("1—4月全市规模以上工业增加值同比增长8.6%9") == ("1—4月全市规模以上工业增加值同比增长8.6%", 9)
    assert page_line("全市居民收入增长６.２％12") == ("全市居民收入增长６.２％", 12)
    assert page_line("同比增长8.6%") is None


_TALLY = """某镇工作简报
2017年第12期
某镇党政办公室　　2017年7月20日

镇安监站开展汛期安全生产大检查
　　入汛以来，镇安监站联合派出所、国土所等单位，对辖区内建筑工地、危化品经营网点开展汛期安全生产大检查。
　　截至7月18日，共检查生产经营单位48家（次），发现安全隐患31处，已整改26处。

水库除险加固工程通过验收
　　截至7月16日，全镇三座小型水库除险加固工程全部完工并通过验收，汛期可正常蓄水。
"""


def test_the_day_a_tally_is_counted_to_dates_only_the_item_it_opens() -> None:
    rows = {nows(e.title): e.date for e in parse_text(_TALLY).entries}
    assert rows == {"镇安监站开展汛期安全生产大检查": None, "水库除险加固工程通过验收": "2017-07-16"}


_SOURCE_AND_JOINED = """某市政务信息
2022年第11期
某市人民政府办公室编　　　　2022年11月30日
目　录
【部门动态】
市农业农村局：秋冬种工作有序推进............................4
全 市 冬 春 农 田 水 利 基 本 建 设 推 进 会 召 开 ……… 5
市医保局：跨省通办事项再扩容................................5
【部门动态】
秋冬种工作有序推进
　　眼下正值秋冬种关键时节，市农业农村局组织农技人员深入田间开展技术服务。
全 市 冬 春 农 田 水 利 基 本 建 设 暨
“ 高 标 准 农 田 ” 建 设 现 场 推 进 会 召 开
11月14日，全市冬春农田水利基本建设暨高标准农田建设现场推进会召开，部署今冬明春工作。
市医保局：跨省通办事项再扩容
　　11月20日，市医保局新增五项跨省通办事项，群众办事更加便捷。
"""


def test_a_toc_title_naming_its_source_before_a_colon_over_the_bodys_title_alone() -> None:
    rows = [(nows(e.title), e.page) for e in parse_text(_SOURCE_AND_JOINED).entries]
    assert rows[0] == ("秋冬种工作有序推进", 4) and rows[2] == ("市医保局：跨省通办事项再扩容", 5)


def test_a_title_line_ending_on_a_joining_word_goes_on_over_the_next() -> None:
    e = parse_text(_SOURCE_AND_JOINED).entries[1]
    assert nows(e.title) == "全市冬春农田水利基本建设暨“高标准农田”建设现场推进会召开" and e.date == "2022-11-14"


def test_the_units_that_sent_an_item_closing_it_in_brackets() -> None:
    from digest.text import trailing_credit

    assert trailing_credit("（县委组织部　县乡村振兴局）") == ("", [("contributor", "落款", "县委组织部　县乡村振兴局")])
    assert trailing_credit("现在大家抢着来挣分。”（某乡　某村驻村工作队）")[0] == "现在大家抢着来挣分。”"
    assert trailing_credit("工作全面铺开。(县乡村振兴局综合股)")[0] == "工作全面铺开。"
    assert trailing_credit("（县委　王某某）") is None  # (a unit and a writer: `unit_writer`'s)


_CONTACTS = """某县巡察工作简报
2024年第3期
中共某县委巡察办　　2024年5月10日

第五轮巡察信访举报方式
　　巡察期间，各巡察组设立值班电话、电子邮箱和意见箱，受理反映被巡察党组织领导班子及其成员问题的来信来电来访。
　　县委第一巡察组（巡察县教育局、县医保局）
　　值班电话：0758-6123481　13700001111
　　电子邮箱：xc_01@163.com
　　意见箱：县教育局一楼大厅
　　县委第二巡察组（巡察县卫生健康局）
　　值班电话：0758-6123482　13700002222
　　电子邮箱：xc_02@163.com
　　意见箱：县卫生健康局一楼大厅
　　县委第三巡察组（巡察白沙镇）
　　值班电话：0758-6123483　13700003333
　　电子邮箱：xc_03@163.com
　　意见箱：白沙镇便民服务中心
　　县委巡察办地址：城关镇解放路18号，邮政编码526600。

县委巡察工作领导小组召开会议
　　5月9日，县委巡察工作领导小组召开会议，听取第五轮巡察阶段性情况汇报。
"""


def test_a_list_of_contacts_is_no_headline() -> None:
    titles = [nows(e.title) for e in parse_text(_CONTACTS).entries]
    assert titles == ["第五轮巡察信访举报方式", "县委巡察工作领导小组召开会议"]


def test_radicals_a_pdf_font_prints_for_ideographs_are_read_as_those() -> None:
    from digest.text import normalize_text

    assert normalize_text("社区\u2f7c年\u2fb7堂 9\u2f49 12\u2f47，（一）") == "社区老年食堂 9月 12日，（一）"
    rows = [(nows(e.title), e.date) for e in parse_text(
        "某区政务信息\n2023年第9期\n\n区老年食堂开业\n9\u2f4912\u2f47，区第一家社区老年食堂开业，日均服务老人三百余人次。\n").entries]
    assert rows == [("区老年食堂开业", "2023-09-12")]


def test_a_triangle_line_between_two_paragraphs_of_a_story_is_its_photos_caption() -> None:
    from digest import newspaper as np
    from digest.blocks import to_blocks

    d = np._Doc(body=to_blocks(["在经开区，县委书记一行察看了两个项目。", "▲县委书记在某公司项目现场了解建设进度",
                                "在县城新区，他先后察看了新院区和实验学校项目。"]))
    assert np.head_bullet(d, 1) is None
    assert np._goes_on_narrating("在县城新区，他先后察看了新院区。")
    assert not np._goes_on_narrating("5月3日，县城新区两个项目开工。")
    assert not np._goes_on_narrating("为做好防汛工作，5月3日，县防指召开会议。")


def test_a_closing_credit_of_a_reporters_unit_and_names() -> None:
    from digest.newspaper import _byline

    assert _byline("…参加会议。\n（县融媒体中心记者 伍某某 达瓦卓玛）") == ("伍某某、达瓦卓玛", "…参加会议。")
    assert _byline("（县人民医院 宣传科）") == (None, "（县人民医院 宣传科）")


_ROUND_UP = """某县发布
原创 某县融媒 2023-09-11 07:30

▍时政要闻

①县委常委会召开会议 传达学习上级会议精神
9月4日，县委书记某某某主持召开县委常委会会议，传达学习上级有关会议精神。
会议还研究了其他事项。

②县政府第十四次常务会议召开
9月5日上午，县长某某某主持召开县政府第十四次常务会议，研究秋冬季森林防火工作。

▍经济民生

③县人民医院新院区门诊试运行
记者从县人民医院获悉，该院新院区门诊将于9月15日起试运行，首批开放12个科室。
急诊、住院部暂不搬迁，仍在老院区。
来源：某县人民医院

④前8个月我县新签约招商项目27个
记者从县投资促进局获悉，今年1—8月，我县新签约招商项目27个，总投资86.4亿元。
"""


def test_a_round_up_of_circled_items_under_bar_labels() -> None:
    rows = [(nows(e.title), e.section) for e in parse_text(_ROUND_UP).entries if e.kind == "article"]
    assert rows == [("县委常委会召开会议传达学习上级会议精神", "时政要闻"), ("县政府第十四次常务会议召开", "时政要闻"),
                    ("县人民医院新院区门诊试运行", "经济民生"), ("前8个月我县新签约招商项目27个", "经济民生")]


def test_an_ocr_reading_of_a_subtitles_dash() -> None:
    from digest.newspaper import _DASH_START

    assert _DASH_START.match("一一某县精准扶贫工作纪实") and _DASH_START.match("——记某村第一书记")
    assert not _DASH_START.match("一一落实整改要求，确保按期完成。") and not _DASH_START.match("一一对应")


_DECKS = """某区政务信息
增刊第1期
某区人民政府办公室　　　　2023年1月10日
目　录
区长某某某作政府工作报告……………………1
1—5月规上服务业营业收入增长12.7%…………2
区政协会议开幕……………………………………2
区长某某某作政府工作报告
提出今年经济社会发展主要预期目标
在区二届人大三次会议第一次全体会议上，区长某某某代表区人民政府作政府工作报告，回顾过去一年工作。
1—5月规上服务业营业收入增长12.7%
利润总额下降8.3%
1—5月，全区37家规模以上服务业企业实现营业收入9.14亿元，同比增长12.7%。
区政协会议开幕
县委宣传部
1月8日，区政协二届三次会议开幕，会期三天。
"""


def test_a_second_deck_under_the_whole_toc_title_is_the_titles() -> None:
    r = parse_text(_DECKS)
    assert [nows(e.title) for e in r.entries] == [
        "区长某某某作政府工作报告提出今年经济社会发展主要预期目标", "1—5月规上服务业营业收入增长12.7%利润总额下降8.3%",
        "区政协会议开幕"]
    assert r.entries[0].text.startswith("在区二届人大三次会议") and r.entries[1].text.startswith("1—5月，")
    assert r.entries[2].text.startswith("县委宣传部")  # (a unit alone under a title is no deck of it)


def test_a_symbol_fonts_bullet_opens_its_line_as_a_bullet() -> None:
    from digest.text import normalize_text

    assert normalize_text("会议召开。\r\x0c\uf06c重要会议\r正文\uf06c不动") == "会议召开。\r\x0c●重要会议\r正文\uf06c不动"


def test_a_front_pages_guide_of_page_pointers_is_no_article() -> None:
    text = """某镇报
2024年4月28日　第4期
本期导读
◎第二版 镇人大代表下村听民声
◎第三版 老街的“百年茶馆”
◎第四版 【副刊】春到河湾（散文）
抢抓农时促春耕
**某镇召开春季农业生产推进会**
本报讯 4月8日，某镇召开春季农业生产推进会，部署今年重点任务。
"""
    rows = [(nows(e.title), e.kicker) for e in parse_text(text, name="t.md").entries]
    assert rows == [("某镇召开春季农业生产推进会", "抢抓农时促春耕")]


_NOTICE_INSIDE = """某县工作简报
第18期
某县指挥部办公室　　　　2020年2月6日
本期要目
◆截至2月5日24时全县疫情情况
◆县委召开第九次调度会
◆某镇实行村组封闭管理
◆县人民医院完成隔离病区改造
截至2月5日24时全县疫情情况
截至2月5日24时，全县累计报告确诊病例7例，现有疑似病例3例。
县委召开第九次调度会
2月5日18时，县委召开第九次调度会，研究部署下一阶段工作。
＊　　＊　　＊
关于进一步规范信息报送工作的通知
各乡镇指挥部，县指挥部各工作组：
为规范信息报送工作，现将有关事项通知如下：每日17时前报送当日工作动态。
县某指挥部办公室
2020年2月5日
＊　　＊　　＊
某镇实行村组封闭式管理
2月1日0时起，某镇对辖区23个村实行封闭式管理。
县人民医院完成隔离病区改造
2月4日，县人民医院完成隔离病区改造，新增隔离病床32张。
"""


def test_a_notice_between_the_items_and_its_issuers_signature() -> None:
    titles = [nows(e.title) for e in parse_text(_NOTICE_INSIDE).entries]
    assert titles == ["截至2月5日24时全县疫情情况", "县委召开第九次调度会", "关于进一步规范信息报送工作的通知",
                      "某镇实行村组封闭式管理", "县人民医院完成隔离病区改造"]
