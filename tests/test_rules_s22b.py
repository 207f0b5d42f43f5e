"""Rules from session 22's third blind round, each on text written here in our own words: 目录 pages in
Chinese numerals, a note in brackets that is no headline, a policy page's related links and its 解读人,
a `——` subtitle's last word wrapped alone, a box's label inside an article, a banner's dash line that
quotes nothing, and a Word paper's masthead line in its header."""

from __future__ import annotations

from conftest import nows, parse_text

from digest.toc import page_line


def test_toc_pages_in_chinese_numerals_after_a_leader() -> None:
    assert page_line("区政府召开第二十三次常务会议…………………二") == ("区政府召开第二十三次常务会议", 2)
    assert page_line("街道开展“夏夜护航”专项行动．．．．．．．五") == ("街道开展“夏夜护航”专项行动", 5)
    assert page_line("以“网格+”模式提升社区治理效能……………十") == ("以“网格+”模式提升社区治理效能", 10)
    assert page_line("某某镇召开推进会……十二") == ("某某镇召开推进会", 12)
    assert page_line("县领导调研一二") is None and page_line("统一思想") is None  # (no leader: no page)


_POLICY_PAGE = """某市人民政府
当前位置：首页 > 政务公开 > 政策解读
《某市支持青年就业创业若干措施》政策解读
发布时间：2024-03-12 16:05    来源：市人力资源社会保障局
（一图读懂版请点击：图解《某市支持青年就业创业若干措施》）
问：《若干措施》出台的背景是什么？
答：青年群体就业关系民生福祉，市人社局会同有关部门研究起草了《若干措施》，经市政府同意印发。
问：《若干措施》的有效期是多久？
答：《若干措施》自2024年3月1日起施行，有效期至2025年12月31日。
解读机关：某市人力资源和社会保障局
解读人：第五某某（市人力资源社会保障局就业促进科）
相关文件：
某市人民政府办公室关于印发某市支持青年就业创业若干措施的通知
相关解读：
图解：一图读懂《某市支持青年就业创业若干措施》
【打印本页】    【关闭窗口】
上一篇：《某市老旧小区改造工作实施方案》政策解读
"""


def test_a_policy_pages_note_related_links_and_its_explainer() -> None:
    entries = parse_text(_POLICY_PAGE).entries
    assert [nows(e.title) for e in entries] == ["《某市支持青年就业创业若干措施》政策解读"]
    e = entries[0]
    assert e.text.rstrip().endswith("有效期至2025年12月31日。") and e.byline == "第五某某"


def test_a_related_list_over_another_headline_is_left_to_the_layout() -> None:
    from digest.blocks import to_blocks
    from digest.chrome import find_chrome

    lines = ["某社区长者食堂开业。老人们吃上了热饭。", "相关阅读", "《某社区建起关爱微信群》", "## 某社区商定停车新规",
             "11月16日晚，某社区居民商定停车新规，新划停车位64个。"]
    chrome = find_chrome(to_blocks(lines))
    assert 2 not in chrome.lines and 3 not in chrome.lines


def test_a_subtitles_last_word_wrapped_alone_goes_on_with_it() -> None:
    text = """某县营商环境简报
2024年第4期
某县优化营商环境办公室　　2024年4月20日

“拿地即开工”让项目跑出加速度
——某乡优化工业项目审批服务的实
践
4月3日，位于某乡农副产品加工园的某食品公司在取得土地使用权当天即开工建设。
这是某乡推行“拿地即开工”审批模式的一个缩影，该乡已有4个项目实现“拿地即开工”。
"""
    e = parse_text(text).entries[-1]
    assert nows(e.title) == "“拿地即开工”让项目跑出加速度" and e.text.startswith("4月3日")


def test_a_boxs_label_between_an_articles_paragraphs_over_prose_stays_in_it() -> None:
    text = """## 3000余个岗位等你来挑

3月9日，市人力资源市场内人头攒动，首场大型综合招聘会在这里举行，312家单位带来3000余个岗位。

**■链接**

今年1至2月，全市城镇新增就业1.26万人，发放各类就业补贴资金3400余万元。

## 泠江流域开展春季巡河护岸行动

3月10日起，泠江流域各县区开展春季巡河护岸行动，出动巡查人员1.3万人次。
"""
    entries = parse_text(text, name="t.md").entries
    assert [nows(e.title) for e in entries] == ["3000余个岗位等你来挑", "泠江流域开展春季巡河护岸行动"]
    assert entries[0].text.rstrip().endswith("3400余万元。")


def test_a_banners_dash_line_over_the_pages_top_quotes_nothing() -> None:
    text = """2021年6月25日　星期五
责任编辑：某某　美编：某某
奋斗百年路　启航新征程
——庆祝中国共产党成立100周年

聚焦组织力提升
全县37个“后进”党支部全部晋位升级
本报讯　6月22日，县委组织部对全县去年排查出的37个软弱涣散党组织逐一开展“回头看”。
"""
    kinds = [e.kind for e in parse_text(text).entries]
    assert "quote" not in kinds


def test_a_word_papers_masthead_line_in_its_header_dates_its_articles(tmp_path) -> None:
    import docx

    from digest.parse import parse_path

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "某河报\t2019年7月16日　星期二　总第2468期\t第3版　流域"
    d.add_heading("某灌区：节水改造让老渠焕新颜", level=2)
    d.add_paragraph("本报通讯员　某某某")
    d.add_paragraph("7月10日，记者来到某灌区，看到改造后的干渠渠水清澈，流量稳定，灌区群众喜笑颜开。")
    d.add_paragraph("2016年，村里推行河长制，此后每年都对渠道进行清淤维护。")
    path = tmp_path / "p.docx"
    d.save(str(path))
    e = parse_path(path).entries[0]
    assert e.date == "2019-07-10"


def test_a_running_head_of_the_later_pages_is_not_read_over_the_first(tmp_path) -> None:
    import docx

    from digest.parse import parse_path

    d = docx.Document()
    section = d.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = "某县督察整改工作简报　　　　2021年第14期"
    for line in ("督察整改", "工 作 简 报", "第14期", "某县督察整改工作领导小组办公室　　2021年6月22日"):
        d.add_paragraph(line)
    d.add_paragraph("县委召开督察整改工作推进会")
    d.add_paragraph("6月15日，县委召开督察整改工作推进会，听取交办件办理情况汇报，部署下一步工作。")
    path = tmp_path / "j.docx"
    d.save(str(path))
    assert [nows(e.title) for e in parse_path(path).entries] == ["县委召开督察整改工作推进会"]


def test_a_tables_head_row_under_its_lead_in_is_no_headline() -> None:
    from digest import newspaper as np
    from digest.blocks import to_blocks

    d = np._Doc(body=to_blocks(["重点交办件整改进展情况见下表：", "序号  交办件编号  问题简述  责任单位  整改时限  进展情况",
                                "1  D3207000123  某某镇某某村石料加工粉尘扰民  某某镇、县生态环境局  2021.06.30  已办结",
                                "2  D3207000131  城东污水处理厂尾水超标  县住建局  2021.12.31  阶段性办结"]))
    assert np.head_bare(d, 1) is None


def test_a_numbered_case_over_its_bold_title_under_a_section_label_is_its_kicker() -> None:
    text = """**【交办件办理】**

**交办件D3207000123号：**

**某镇石料加工粉尘扰民问题已办结**

6月10日，某镇对群众反映的石料加工粉尘扰民问题开展现场核查，已完成整改。
"""
    e = parse_text(text, name="t.md").entries[0]
    assert (e.section, e.kicker, nows(e.title)) == ("交办件办理", "交办件D3207000123号", "某镇石料加工粉尘扰民问题已办结")
