"""Session 37's rules, each on hand-made text whose names and places appear in no sample: 政协 and 人大
issues (speakers under their titles with their 界别, 提案 under their fields, letter-spaced section heads, a
reply to a deputy's proposal), evening pages (lettered pages, one-paragraph briefs under a bullet), Word
files (text boxes saved twice, bold titles closed by a colon or by nothing), e-paper captures."""

from __future__ import annotations

from conftest import make_source, nows, parse_text

from digest.masthead import line_facts
from digest.parse import parse_source
from digest.source import read_source

_CPPCC = """政 协 信 息

2021年第2期
（总第58期）

政协某某县委员会办公室编

2021年3月2日

县政协召开十届常委会第十次会议
2月26日，县政协召开十届常委会第十次会议，审议通过了年度协商计划。
会议由县政协主席主持。

大 会 发 言 摘 登

编者按：县政协十届五次会议期间，共有9位委员作大会发言。
现摘登部分发言内容。

把山区茶叶产业链做长做深
褚云岫（农业界）
我县茶园面积已达十二万亩，但精深加工能力不足，茶农增收的空间受到限制。
建议设立茶叶精深加工专项资金，扶持龙头企业延伸产业链。

殷慕白（教育界）
让乡村学校留得住好老师
近年来乡村教师流失较多，一些村小只能依靠代课教师维持教学。
建议提高乡村教师生活补助标准，建好教师周转房。

提 案 摘 编

关于加快建设县城公共停车场
的提案
案号：第0031号　　提案人：郁青禾
城区停车难问题日益突出，提案建议利用边角地建设立体停车场，并科学施划夜间泊位。

关于保护古村落传统民居的提案
案号：第0047号　　提案人：农工党某某县支部
部分古村落传统民居年久失修，提案建议开展普查建档，设立保护修缮专项资金。
"""


def test_a_speakers_line_with_the_sector_they_sit_for_is_the_speechs_byline_above_or_under_its_title() -> None:
    entries = parse_text(_CPPCC).entries
    speech = {nows(e.title): e for e in entries}
    assert "把山区茶叶产业链做长做深" in speech and "让乡村学校留得住好老师" in speech
    assert speech["把山区茶叶产业链做长做深"].byline == "褚云岫"
    assert speech["让乡村学校留得住好老师"].byline == "殷慕白"
    assert not any("界）" in nows(e.title) for e in entries)


def test_a_proposal_wrapped_over_two_lines_over_its_number_and_proposer_is_one_entry() -> None:
    titles = [nows(e.title) for e in parse_text(_CPPCC).entries]
    assert "关于加快建设县城公共停车场的提案" in titles and "关于保护古村落传统民居的提案" in titles


def test_letter_spaced_heads_are_the_sections_of_an_issue_and_its_editors_note_is_no_entry() -> None:
    entries = parse_text(_CPPCC).entries
    assert [e.section for e in entries] == [None, "大会发言摘登", "大会发言摘登", "提案摘编", "提案摘编"]
    assert not any("编者按" in e.text for e in entries)


def test_a_letter_spaced_column_on_a_papers_page_is_no_section() -> None:
    page = ("某某晚报\n2023年5月6日　星期六\n第5版　社会\n\n本报讯　5月5日，某街道开展了消防演练。\n\n"
            "学 习 札 记\n\n在变局中把握发展的主动\n5月4日，县委中心组举行集体学习，研讨如何把握发展主动。\n")
    assert "学习札记" not in {e.section for e in parse_text(page).entries}


def test_a_reply_to_a_deputys_proposal_under_its_number_is_an_entry_of_its_section() -> None:
    text = ("人大工作动态\n2023年第4期\n某县人大常委会办公室　　2023年8月10日\n\n【代表工作】\n\n"
            "县人大代表开展集中视察\n7月20日，部分县人大代表视察了全县农村饮水工程。\n\n【建议办理】\n\n"
            "某交函〔2023〕12号\n\n关于县十八届人大二次会议第9号代表建议的答复\n\n宋青砚代表：\n\n"
            "您提出的关于改善乡村客运条件的建议收悉，现答复如下：我局已将有关班次由每日一班增至三班。\n\n"
            "某县交通运输局\n2023年7月25日\n")
    reply = next(e for e in parse_text(text).entries if "答复" in e.title)
    assert nows(reply.title) == "关于县十八届人大二次会议第9号代表建议的答复" and reply.section == "建议办理"


_TOC_BRIEFS = """代表工作通讯
2022年第2期
某某县人大常委会代表工作委员会编　　2022年6月30日
目　录
一、常委会动态
1.县人大常委会召开第十二次会议…………1
二、基层人大
2.某镇人大主席团开展代表活动…………2
3.简讯（三则）…………3
一、常委会动态
县人大常委会召开第十二次会议
6月25日，县人大常委会召开第十二次会议，审议有关报告。
二、基层人大
某镇人大主席团开展代表活动
6月10日，某镇人大主席团组织代表视察了集镇污水管网建设。
简　讯
■甲乡召开人大主席团会议　6月2日，甲乡人大主席团召开会议，研究下半年代表活动计划。
■乙镇组织代表检查防汛准备　6月中旬，乙镇人大组织代表对全镇小型水库开展检查。
■丙乡代表走访留守儿童　5月31日，丙乡人大代表走访留守儿童，送去学习用品。
（本栏由代表工委整理）
"""


def test_a_toc_column_of_briefs_counted_in_chinese_numerals_splits_into_its_briefs() -> None:
    entries = parse_text(_TOC_BRIEFS).entries
    briefs = [e for e in entries if e.title.startswith(("甲乡", "乙镇", "丙乡"))]
    assert [nows(e.title) for e in briefs] == ["甲乡召开人大主席团会议", "乙镇组织代表检查防汛准备", "丙乡代表走访留守儿童"]
    assert {(e.section, e.page) for e in briefs} == {("基层人大", 3)}
    assert briefs[0].text.startswith("6月2日") and briefs[1].date == "2022-06"


_EVENING = """A06
城 事 · 民 生
2019年4月17日 星期三
某某晚报

社区快讯

■甲社区开设“四点半课堂” 4
月15日起，甲社区在党群服务中心开设“四点半课堂”，由退休教师轮流值守。
（通讯员 奚语桐）
■乙街道集中清理“僵尸车”
4月上旬，乙街道对背街小巷长期停放的“僵尸车”进行集中排查，共张贴告知书四十份。
■丙街道为独居老人装上烟感报警器4月12日至14日，丙街道组织志愿者为独居老人免费安装报警器。（通讯员 郁晚晴）
■丁社区办起“邻里百家宴” 昨天中午，丁社区小广场上摆开二十多张长桌，居民们各自端来拿手菜。（记者 蔺秋实）
"""


def test_a_lettered_page_is_the_articles_page_as_printed() -> None:
    entries = parse_text(_EVENING).entries
    assert entries and {e.page for e in entries} == {"A06"}


def test_one_paragraph_briefs_under_a_bullet_and_a_figure_a_wrap_cut_onto_the_titles_line() -> None:
    entries = parse_text(_EVENING).entries
    assert [nows(e.title) for e in entries] == ["甲社区开设“四点半课堂”", "乙街道集中清理“僵尸车”",
                                                "丙街道为独居老人装上烟感报警器", "丁社区办起“邻里百家宴”"]
    assert entries[0].text.startswith("4月15日起") and entries[0].date == "2019-04-15"
    assert entries[2].text.startswith("4月12日至14日") and entries[3].text.startswith("昨天中午")
    assert {e.subsection for e in entries} == {"社区快讯"} and {e.section for e in entries} == {"城事·民生"}


def test_a_bold_title_closed_by_a_colon_or_by_nothing_over_its_text_on_the_line() -> None:
    text = ("# 工作动态\n2023年第1期（总第12期）\n某县农业农村局办公室　　2023年1月12日\n"
            "**【工作动态】**\n"
            "**全县农业工作会议召开。** 1月6日，全县农业工作会议召开，部署全年重点任务。\n"
            "**某镇织密防返贫“监测网”** 12月中旬，某镇对全镇农户开展防返贫集中排查。\n"
            "**开展春节前农资市场专项检查：** 为保障春耕农资供应安全，1月3日至10日，局里开展专项检查。\n"
            "**主持人　某某：** 各位记者朋友，上午好。\n")
    titles = [nows(e.title) for e in parse_text(text, name="t.md").entries]
    assert titles[:3] == ["全县农业工作会议召开", "某镇织密防返贫“监测网”", "开展春节前农资市场专项检查"]
    assert not any(t.startswith("主持人") for t in titles)


def test_a_section_label_over_an_editors_note_is_no_entry_of_its_own() -> None:
    text = ("# 工作动态\n2023年第1期（总第12期）\n某县农业农村局办公室　　2023年1月12日\n"
            "**【工作动态】**\n**全县农业工作会议召开。** 1月6日，全县农业工作会议召开，部署全年重点任务。\n"
            "**【基层传真】**\n编者按：现将部分乡镇工作情况摘编如下。\n**某镇：冬种油菜铺满坝区**\n"
            "入冬以来，某镇组织群众开展冬种油菜生产，已完成移栽一万余亩。\n"
            "**某乡刺梨加工厂试产。** 12月20日，某乡刺梨加工厂生产线开始试生产。\n")
    entries = parse_text(text, name="t.md").entries
    assert [(nows(e.title), e.section) for e in entries] == [
        ("全县农业工作会议召开", "工作动态"), ("某镇：冬种油菜铺满坝区", "基层传真"), ("某乡刺梨加工厂试产", "基层传真")]


def test_a_square_marked_column_label_over_a_bold_title_is_its_section_no_kicker() -> None:
    text = ("# 街道工作动态\n第6期（总第58期）\n某街道办公室　　2024年6月20日\n"
            "■ 要闻速递\n街道召开防汛工作部署会\n6月11日下午，街道召开防汛工作部署会，部署汛期各项工作。\n"
            "■ 社区风采\n**甲社区：“六一”游园会欢乐多**\n5月30日，甲社区在社区广场举办游园会。\n"
            "**乙社区：助残日送温暖**\n5月19日，乙社区走访慰问残疾人家庭。\n")
    entries = parse_text(text, name="t.md").entries
    assert [(e.section, e.kicker) for e in entries][1:] == [("社区风采", None), ("社区风采", None)]


def test_an_epapers_issue_number_after_its_year_its_site_links_and_its_breadcrumb_are_masthead_facts() -> None:
    assert line_facts("2021年1月5日　星期二　　第2021-002期（总第1634期）  某某新闻网 | 今日报纸 | 检索") == {
        "weekday": "星期二", "date": "2021-01-05", "total_no": 1634, "issue_no": 2}
    assert line_facts("您当前的位置：某溪报 > 第02版：综合 > 正文  返回本版") == {"name": "某溪报", "page_name": "综合", "page": 2}


def _html_entries(html: str, tmp_path) -> list:
    path = tmp_path / "t.html"
    path.write_text(html, encoding="utf-8")
    return parse_source(read_source(path), persons=False).entries


def test_an_epaper_articles_page_from_its_breadcrumb_and_its_sidebars_labels_are_no_records(tmp_path) -> None:
    html = ("<html><head><meta charset='utf-8'><title></title></head><body>"
            "<div>中共某溪县委机关报　　某溪县融媒体中心主办</div>"
            "<div>2021年1月5日　星期二　　第2021-002期（总第1634期）  某溪新闻网 | 今日报纸 | 检索</div>"
            "<div><b>本版缩略图</b></div><div>PDF版</div><div><b>往期查阅</b></div>"
            "<div>您当前的位置：某溪报 &gt; 第02版：综合 &gt; 正文  返回本版</div>"
            "<h1>竹编车间里的“年终奖”</h1><p>记者 甲某　通讯员 乙某</p>"
            "<p>12月30日上午，某村村部前的小广场上热闹非凡，合作社正在给社员发放年终分红。</p>"
            "<p>据统计，合作社今年实现销售收入四百余万元，村集体经营性收入比上年翻了一番。</p>"
            "</body></html>")
    entries = _html_entries(html, tmp_path)
    assert [nows(e.title) for e in entries] == ["竹编车间里的“年终奖”"]
    assert (entries[0].section, entries[0].page, entries[0].date) == ("综合", 2, "2020-12-30")


def test_an_epapers_page_named_only_in_its_window_title_names_the_page(tmp_path) -> None:
    html = ("<html><head><meta charset='utf-8'><title>某岭日报数字报-第02版：州内要闻</title></head><body>"
            "<div>2023年08月22日　星期二</div><h2>州委常委会召开会议</h2>"
            "<p>本报讯　8月21日，州委常委会召开会议，研究部署防汛救灾工作。会议还研究了其他事项。</p>"
            "<h2>代表团来我州考察</h2><p>本报讯　8月18日至20日，外地代表团来我州考察，双方进行座谈交流。</p>"
            "</body></html>")
    entries = _html_entries(html, tmp_path)
    assert [(e.section, e.page) for e in entries] == [("州内要闻", 2), ("州内要闻", 2)]


def test_a_text_box_saved_twice_is_read_once_its_paragraphs_apart(tmp_path) -> None:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_paragraph("街道开展消防演练")
    d.add_paragraph("6月13日，街道在文化广场开展安全生产宣传活动，向群众讲解安全常识。")
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = ("<w:txbxContent><w:p><w:r><w:t>一句话新闻</w:t></w:r></w:p>"
           "<w:p><w:r><w:t>▲甲社区开展义诊。6月14日，甲社区邀请医生为居民义诊。</w:t></w:r></w:p>"
           "<w:p><w:r><w:t>▲乙社区夜市开市。6月15日晚，乙社区夜市正式开市。</w:t></w:r></w:p></w:txbxContent>")
    p = d.add_paragraph()
    p._p.append(parse_xml(f'<w:r xmlns:w="{w}" xmlns:mc="{mc}"><mc:AlternateContent><mc:Choice Requires="wps">{box}'
                          f"</mc:Choice><mc:Fallback>{box}</mc:Fallback></mc:AlternateContent></w:r>"))
    path = tmp_path / "t.docx"
    d.save(str(path))
    lines = [ln for ln in read_source(path).lines if ln.strip()]
    assert lines[2:] == ["一句话新闻", "▲甲社区开展义诊。6月14日，甲社区邀请医生为居民义诊。",
                         "▲乙社区夜市开市。6月15日晚，乙社区夜市正式开市。"]


def test_a_paragraph_printed_twice_over_two_wrapped_lines_is_left_out_whole_and_named() -> None:
    from test_newspaper import assert_covered, parse

    lines = ["一" * 24 + "时强调:", "某区讯 3月2日上午,一。"] * 2 + ["一" * 21 + " (王五)"]
    text = "\n".join(lines)
    res = parse(text)
    assert_covered(text, res)  # (CI's random example: the copy's second line was in no record and no warning)
    assert res.issue.meta["repeated_copy"] == [{"line_start": 3, "line_end": 4, "of": 1}]


_WEEKLY = """某某乡工作周报
（2019年第23期  总第186期）

某某乡党政办公室编　　　　　　　　　　　　2019年6月17日

一、本周工作开展情况

1、乡召开防汛工作部署会。6月10日上午，乡党委书记主持召开全乡防汛工作部署会，对主汛期防汛工作进行安排。

2、【开展住房安全回头看】
6月10日至14日，乡里抽调干部组成工作组，对全乡农户住房安全开展回头看，逐户填写核查表。

4、6.12，县水利局局长一行到我乡检查水库度汛准备情况,副乡长陪同。

5、县委常委、副县长到我乡调研糖料蔗生产
  6月11日，县委常委、副县长带领县农业农村局负责同志到两个村调研糖料蔗基地建设情况。

7.【禁毒宣传进校园】6月13日下午,乡禁毒办联合派出所到中心小学开展禁毒宣传教育活动。

8、那沙村召开村民代表会议。6月14日晚，村党支部书记主持召开村民代表会议，讨论通过了道路硬化项目。

8、乡综治中心成功调处一起土地纠纷。13日，两户村民因承包地边界发生争执，中心组织双方现场调解，达成协议。

１０、乡党委理论学习中心组开展集中学习
6月14日，乡党委理论学习中心组开展6月份集中学习，班子成员作了交流发言。
"""


def test_hand_numbered_items_skipping_and_repeating_numbers_each_their_own_shape() -> None:
    titles = [nows(e.title) for e in parse_text(_WEEKLY).entries]
    assert titles == ["乡召开防汛工作部署会", "开展住房安全回头看", "6.12，县水利局局长一行到我乡检查水库度汛准备情况,副乡长陪同。",
                      "县委常委、副县长到我乡调研糖料蔗生产", "禁毒宣传进校园", "那沙村召开村民代表会议", "乡综治中心成功调处一起土地纠纷",
                      "乡党委理论学习中心组开展集中学习"]


def test_a_pdf_page_head_naming_the_paper_and_page_a_dot_apart_is_a_masthead_line() -> None:
    assert line_facts("2019年6月14日星期五 今日某岭·综合新闻 2 责任编辑 甲某某 美编 乙　丙 校对 丁某某") == {
        "weekday": "星期五", "date": "2019-06-14", "name": "今日某岭", "page_name": "综合新闻", "page": 2,
        "page_editor": "甲某某", "layout_editor": "乙丙", "proofreader": "丁某某"}


def test_a_surname_and_a_word_of_address_is_no_person_and_lai_or_he_before_a_verb_is_the_given_names() -> None:
    from conftest import named_persons

    assert named_persons("负责人孟女士表示，经排查是线路老化所致。") == []
    assert named_persons("市委书记魏东来作表态发言。") == ["魏东来"]
    assert named_persons("乡村医生谭仁和走了。") == ["谭仁和"]
    assert named_persons("李明和王芳出席了会议。") == ["李明", "王芳"]


def test_a_weeklys_plan_is_one_record_and_its_week_under_the_masthead_is_no_text() -> None:
    text = ("某镇每周工作动态\n\n第12期\n\n中共某镇委员会办公室\t\t\t\t2024年3月25日\n（3月18日-3月24日）\n\n"
            "一、党建工作\n1.\t镇党委召开3月份党建工作例会\n3月18日下午，镇党委书记主持召开3月份党建工作例会，听取各村汇报。\n"
            "2.\t【党员志愿服务】周三，三个村党支部组织党员开展志愿服务，清理河道垃圾。\n"
            "二、经济发展\n1.\t镇长带队赴外地开展招商活动\n3月19日至20日，镇长带领招商服务中心人员赴外地开展招商。\n"
            "2.\t重点项目建设有序推进。截至3月22日，镇光伏发电项目已完成总工程量的六成。\n"
            "三、下周工作安排（3月25日—3月31日）\n1.\t召开一季度经济运行分析会。\n2.\t组织开展清明节前森林防火督导。\n")
    entries = parse_text(text).entries
    assert [nows(e.title) for e in entries] == ["镇党委召开3月份党建工作例会", "党员志愿服务", "镇长带队赴外地开展招商活动",
                                                "重点项目建设有序推进", "下周工作安排（3月25日—3月31日）"]
    assert "组织开展清明节前森林防火督导" in entries[-1].text


def test_a_tables_rows_of_figures_set_out_by_pdftotext_layout_head_nothing() -> None:
    from digest.newspaper import _row_of_figures

    # (the fixture luotong-gzjb-2023-14 from `pdftotext -layout`: two such rows read as a kicker and a title, the
    # items after them lost: 0.22 -> 1)
    assert _row_of_figures(" 甲镇      168      12              168   100.0      95")
    assert _row_of_figures("合 计\t1286\t87\t1249\t97.1%")
    assert not _row_of_figures("抓春防  保安全  促增收  强基础")  # (a slogan's parts two spaces apart: no figures)
    assert not _row_of_figures("2023年  第14期  总第186期")


def test_an_item_of_a_few_sentences_among_numbered_items_is_titled_by_its_first() -> None:
    text = ("某街道工作旬报\n2020年第36期（总第108期）\n某街道党政综合办公室编              2021年1月4日\n\n二、社区治理\n\n"
            "1、街道完成人口普查资料整理归档。12月21日至24日，街道人口普查办公室组织普查员对入户登记资料逐项核对，"
            "整理装订档案126卷。\n\n2、某社区“红色物业”解决居民供暖难题\n22日，某社区接到居民反映，小区部分住户室温不足，"
            "社区主任当天约上物业公司和热力公司上门排查。\n\n"
            "3、下旬以来辖区出现两次较强降雪，北苑社区党委书记带领社区干部、网格员和志愿者40余人清理小区主干道积雪，"
            "并为独居老人送去防滑鞋套。辖区居民自发烧好姜茶送到扫雪现场。\n\n"
            "4、12月29日，街道综治中心联合派出所对辖区出租房屋开展安全隐患排查，走访出租户62户.\n")
    titles = [nows(e.title) for e in parse_text(text).entries]
    assert titles[2:] == ["下旬以来辖区出现两次较强降雪，北苑社区党委书记带领社区干部、网格员和志愿者40余人清理小区主干道积雪，并为独居老人送去防滑鞋套",
                          "12月29日，街道综治中心联合派出所对辖区出租房屋开展安全隐患排查，走访出租户62户."]


def test_a_row_of_names_a_space_apart_holding_long_mongolian_names_keeps_its_spaces_and_its_names() -> None:
    from conftest import named_persons

    assert named_persons("全旗优秀共产党员名单（30名）：王 敏 巴特尔 乌日娜 额尔敦毕力格 刘建国 其其格 孙志刚 阿木古楞") == [
        "王敏", "巴特尔", "乌日娜", "额尔敦毕力格", "刘建国", "其其格", "孙志刚", "阿木古楞"]
    page = ("某旗报\n2019年7月3日　星期三\n第2版　党建\n\n旗委表彰优秀共产党员\n"
            "本报讯　7月1日，旗委召开表彰大会，表彰了一批优秀共产党员。\n全旗优秀共产党员名单\n（30名）\n"
            "王 敏 巴特尔 乌日娜 额尔敦毕力格 刘建国\n其其格 孙志刚 霍雅琴 欧阳红梅 那仁满都拉\n")
    (e,) = parse_source(make_source(page), persons=True).entries
    assert "王 敏 巴特尔 乌日娜 额尔敦毕力格 刘建国" in e.text
    assert {"额尔敦毕力格", "刘建国", "那仁满都拉"} <= set(e.persons)


def test_a_decision_wrapped_over_its_number_with_its_addressees_run_on_is_a_record() -> None:
    text = ("某旗报\n2019年7月3日　星期三\n\n旗委召开表彰大会\n本报讯　7月1日，旗委召开表彰大会，表彰了一批优秀共产党员和先进基层党组织。\n\n"
            "中共某旗委员会\n关于表彰优秀共产党员、优秀党务工作者\n和先进基层党组织的决定\n某党发〔2019〕17号\n\n"
            "各苏木镇党委，旗直各党（工）委、党组（党委），各直属党组织：近年来，全旗各级党组织和广大共产党员积极作为，"
            "涌现出一批先进典型。为表彰先进，旗委决定，授予某某等30名同志“全旗优秀共产党员”称号。\n")
    titles = [nows(e.title) for e in parse_text(text).entries]
    assert titles == ["旗委召开表彰大会", "关于表彰优秀共产党员、优秀党务工作者和先进基层党组织的决定"]


def test_a_profiles_portrait_label_between_its_subtitle_and_its_reporters_is_no_title() -> None:
    text = ("2021年11月24日　星期三\n\n身 边 榜 样\n\n荒坡上种出“致富林”\n——记某乡某村党支部书记俄木某哈\n\n俄木某哈\n\n"
            "本报记者　吉伍某芝　通讯员　邱　某\n\n十一月的某村，海拔两千一百多米的山坡上，一垄垄青花椒树刚剪过枝，剪下的枝条整整齐齐码在地边。\n")
    (e,) = parse_text(text).entries
    assert (e.title, e.subtitle) == ("荒坡上种出“致富林”", "记某乡某村党支部书记俄木某哈")
