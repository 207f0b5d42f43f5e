"""目录 and credit rules from the blind set 67 (session 21), each on text written here in our own words: a
目录 printed in two columns side by side (read column by column), a leader of one dot before a page
(`…召开·2`), a Word 目录 table whose title cell holds two lines, and an item's closing unit alone in
brackets (`（办公室）`), which is its credit and no kicker of the next title."""

from __future__ import annotations

from conftest import nows, parse_text

_TWO_COLUMN_TOC = """                         政  务  信  息
                          2015年第10期
某县人民政府办公室编                                   2015年10月30日

                            目    录

  【要闻动态】                                【部门动态】
  县委中心组开展“三严三实”第                县人社局开展工资支付专项检
  三专题学习研讨………………………1           查………………………………………3
  县政府召开第32次常务会议．．．．1           县教育局拨付营养改善资金……3
  全县森林防火工作会议召开·2                 【乡镇传真】
  【经济发展】                                白沙镇乡村旅游持续升温·4
  前三季度主要经济指标稳中有进…2             石门乡召开扶贫工作推进会……4

◆要闻动态
县委中心组开展“三严三实”第三专题学习研讨
    10月9日，县委中心组举行集中学习，围绕“严以用权”开展研讨。
县政府召开第32次常务会议
    10月12日，县政府召开第32次常务会议，研究当前经济工作。
全县森林防火工作会议召开
    10月15日，全县秋冬季森林防火工作会议召开，部署防火工作。
◆经济发展
前三季度主要经济指标稳中有进
    10月20日，县统计局发布前三季度经济数据，主要指标稳中有进。
◆部门动态
县人社局开展工资支付专项检查
    10月8日起，县人社局在全县开展农民工工资支付专项检查。
县教育局拨付营养改善资金
    10月10日，县教育局拨付学生营养改善计划资金320万元。
◆乡镇传真
白沙镇乡村旅游持续升温
    国庆长假期间，白沙镇接待游客4.2万人次，乡村旅游持续升温。
石门乡召开扶贫工作推进会
    10月16日，石门乡召开精准扶贫建档立卡工作推进会。
"""


def test_a_toc_printed_in_two_columns_side_by_side() -> None:
    rows = [(nows(e.title), e.section, e.page) for e in parse_text(_TWO_COLUMN_TOC).entries]
    assert rows == [("县委中心组开展“三严三实”第三专题学习研讨", "要闻动态", 1), ("县政府召开第32次常务会议", "要闻动态", 1),
                    ("全县森林防火工作会议召开", "要闻动态", 2), ("前三季度主要经济指标稳中有进", "经济发展", 2),
                    ("县人社局开展工资支付专项检查", "部门动态", 3), ("县教育局拨付营养改善资金", "部门动态", 3),
                    ("白沙镇乡村旅游持续升温", "乡镇传真", 4), ("石门乡召开扶贫工作推进会", "乡镇传真", 4)]


def test_a_toc_leader_of_one_dot_left_by_extraction() -> None:
    from digest.toc import page_line

    assert page_line("全县森林防火工作会议召开·2") == ("全县森林防火工作会议召开", 2)
    assert page_line("我县油茶产业加快推进．4") == ("我县油茶产业加快推进", 4)
    assert page_line("主要指标稳中有进…3") == ("主要指标稳中有进", 3)
    assert page_line("纪念“3·15”") is None and page_line("增长4.2") is None  # (after a digit: no leader)


def test_a_word_toc_table_whose_title_cell_holds_two_lines(tmp_path) -> None:
    import docx

    from digest.parse import parse_source
    from digest.source import read_source

    d = docx.Document()
    d.add_paragraph("某市政务信息")
    d.add_paragraph("2022年第3期　　某市人民政府办公室编　　2022年3月31日")
    d.add_paragraph("目　　录")
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text = "市委书记调研春耕备耕工作"
    t.cell(0, 1).text = "1"
    t.cell(1, 0).text = "省调研组来我市调研重点项目建设"
    t.cell(1, 0).add_paragraph("和营商环境工作")
    t.cell(1, 1).text = "１"
    t.cell(2, 0).text = "市政府召开第5次常务会议"
    t.cell(2, 1).text = "2"
    for title, text in [("市委书记调研春耕备耕工作", "3月10日，市委书记深入各县区调研春耕备耕和农资保供工作。"),
                        ("省调研组来我市调研重点项目建设和营商环境工作", "2月28日至3月2日，省调研组来我市开展调研。"),
                        ("市政府召开第5次常务会议", "3月8日，市政府召开第5次常务会议，研究部署当前工作。")]:
        d.add_paragraph().add_run(title).bold = True
        d.add_paragraph(text)
    path = tmp_path / "toc.docx"
    d.save(str(path))
    r = parse_source(read_source(path), persons=False)
    assert [(nows(e.title), e.page) for e in r.entries] == [
        ("市委书记调研春耕备耕工作", 1), ("省调研组来我市调研重点项目建设和营商环境工作", 1), ("市政府召开第5次常务会议", 2)]


def test_an_items_closing_unit_alone_is_no_kicker_of_the_next_title() -> None:
    text = "\n".join([
        "　　　　　　　　　　工　作　信　息", "", "　　　　　　　　　　2019年第6期", "", "某市市场监督管理局办公室编　　　　2019年6月28日",
        "━━━━━━━━━━━━━━━━", "", "【市局召开食品安全工作推进会】",
        "　　6月4日上午，市局召开全市食品安全工作推进会，部署下阶段重点任务。", "　　各分局负责人参加会议。", "（办公室）", "",
        "【市局部署双随机联合抽查工作】", "　　6月10日，市局召开监管工作部署会，安排年度跨部门联合抽查。", "（信用监督管理科）", "",
        "【市局组织特种设备应急演练】", "　　6月21日，市局在燃气储配站开展液化石油气储罐泄漏事故应急演练。", "（特种设备安全监察科）", ""])
    entries = parse_text(text + "\n").entries
    assert [(nows(e.title), e.kicker) for e in entries] == [
        ("市局召开食品安全工作推进会", None), ("市局部署双随机联合抽查工作", None), ("市局组织特种设备应急演练", None)]
    assert entries[0].text.rstrip().endswith("各分局负责人参加会议。")  # (`（办公室）`: the item's credit, out of its text)


_STARRED = """某县政务信息
2019年第1期
某县人民政府办公室编　　　　2019年1月15日

目　录
县政府召开第三十一次常务会议……………………第1页
全县经济工作会议召开……………………………第1页
青檀镇“寒冬送暖”走访慰问困难群众…………第2页

〖县政府召开第三十一次常务会议〗1月7日，县长某某主持召开县政府第三十一次常务会议，研究部署近期重点工作。
★ ★ ★
〖全县经济工作会议召开〗2018年12月29日，全县经济工作会议召开，总结2018年经济工作，部署2019年任务。
★ ★ ★
〖青檀镇“寒冬送暖”走访慰问困难群众〗1月10日至11日，青檀镇组织干部走访慰问困难群众86户。
（青檀镇）
★ ★ ★
"""


def test_titles_in_lenticular_brackets_run_into_their_text_and_starred_rules_between_items() -> None:
    entries = parse_text(_STARRED).entries
    assert [(nows(e.title), e.date) for e in entries] == [
        ("县政府召开第三十一次常务会议", "2019-01-07"), ("全县经济工作会议召开", "2018-12-29"),
        ("青檀镇“寒冬送暖”走访慰问困难群众", "2019-01-10")]
    assert [nows(e.text).endswith(end) for e, end in zip(entries, ("近期重点工作。", "2019年任务。", "困难群众86户。"),
                                                            strict=True)] == [True] * 3  # (no ★ rule, no credit)


_WPS_MD = """**某浦政务信息**

2021年第6期（总第143期）

中共某浦县委办公室　　　　　　　　　　　　2021年7月2日

**目　录**

| **序号** | **标　　题** | **页码** |
| --- | --- | --- |
| **一、要情快报** |  |  |
| 1\\. | 县政府召开第四十一次常务会议 | 1 |
| **二、工作动态** |  |  |
|  | （一）经济运行 |  |
| 2\\. | 某浦经开区3\\#、5\\#标准化厂房主体完工 | 2 |

# 一、要情快报

## 县政府召开第四十一次常务会议

6月18日，县长某某主持召开县政府第四十一次常务会议，研究部署近期重点工作。

# 二、工作动态

## （一）经济运行

### 某浦经开区3\\#、5\\#标准化厂房主体完工

6月25日，某浦经开区3\\#、5\\#标准化厂房主体完工，总建筑面积4.2万平方米。
"""


def test_a_wps_markdown_issue_its_toc_a_table_and_its_escapes() -> None:
    rows = [(nows(e.title), e.section, e.subsection, e.page) for e in parse_text(_WPS_MD, name="issue.md").entries]
    assert rows == [("县政府召开第四十一次常务会议", "要情快报", None, 1),
                    ("某浦经开区3#、5#标准化厂房主体完工", "工作动态", "经济运行", 2)]


def test_an_office_system_page_its_toc_cells_and_its_own_footer() -> None:
    from digest.parse import parse_source
    from digest.readers.html import read_html

    def row(title: str, page: str) -> str:
        return f"<tr><td><p>{title}</p></td><td><p>{page}</p></td></tr>"

    html = ("<html><head><meta charset='utf-8'></head><body><p>某区政务信息</p><p>2024年第4期（总第158期）</p>"
            "<p>某区人民政府办公室　2024年4月26日</p><p><b>目 录</b></p><table>"
            + row("区政府召开第5次常务会议", "1") + row("某区与某集团签署战略合作<br>协议", "1")
            + row("某区应急管理局开展森林防火演练", "2") + "</table>"
            "<p><b>区政府召开第5次常务会议</b></p><p>4月8日，区长某某主持召开区政府第5次常务会议，研究近期工作。</p>"
            "<p><b>某区与某集团签署</b></p><p><b>战略合作协议</b></p><p>4月12日，某区人民政府与某集团签署战略合作协议。</p>"
            "<p><b>某区应急管理局开展森林防火演练</b></p><p>4月23日上午，区应急管理局在林区开展森林火灾应急救援演练。</p>"
            "<p>（区应急管理局）</p><p>报：市政府办公室。</p><p>附件：某区政务信息2024年第4期.doc (86.5KB)</p>"
            "<p>流转记录：2024-04-26 09:14 某某 拟稿 → 2024-04-26 16:32 某某 发布</p>"
            "<p>某区人民政府办公室 主办 | 技术支持：某某信息技术有限公司 | 建议使用IE8及以上浏览器</p></body></html>")
    entries = parse_source(read_html(html.encode("utf-8"), "oa.html"), persons=False).entries
    assert [(nows(e.title), e.page) for e in entries] == [
        ("区政府召开第5次常务会议", 1), ("某区与某集团签署战略合作协议", 1), ("某区应急管理局开展森林防火演练", 2)]
    assert entries[-1].text.rstrip().endswith("应急救援演练。")  # (the system's records and footer: no text)


def test_a_break_inside_a_short_table_cell_joins_its_words() -> None:
    from digest.readers.html import read_html

    html = ("<html><body><table><tr><td>某区与某集团签署战略合作<br>协议</td><td>1</td></tr>"
            "<tr><td colspan='2'>第一段文字很长很长，写在一个单元格里面，作为一篇文章的正文。<br>第二段文字也很长很长，"
            "同样写在这个单元格里面，两段之间以换行分开。</td></tr></table></body></html>")
    lines = [ln for ln in read_html(html.encode("utf-8"), "t.html").lines if ln.strip()]
    assert lines[0] == "某区与某集团签署战略合作协议  1"  # (a 目录 row: the title's break joins its words)
    assert len(lines) == 3  # (a long cell's break stays a line's end)


_LABELLED = """某县主题教育简报
第14期
某县主题教育领导小组办公室　　2019年10月28日

目　录
县委常委会召开专题学习研讨会……………1
县直机关举办专题读书班……………………1
三河口村老党员讲初心故事…………………2
杨柳村党员认领群众微心愿…………………2

【工作动态】
县委常委会召开专题学习研讨会
10月15日，县委书记某某主持召开县委常委会会议，开展第二次专题学习研讨。
县直机关举办专题读书班
10月22日至24日，县直机关工委分两期举办主题教育专题读书班。
【基层实践】
三河口村老党员讲初心故事
10月18日，三河口村党支部开展主题党日活动，邀请老党员讲述入党故事。
杨柳村党员认领群众微心愿
近日，杨柳村党支部开展“党员认领微心愿”活动，全村党员共认领心愿63个。
"""


def test_bracketed_labels_are_the_sections_a_toc_of_titles_alone_does_not_name() -> None:
    entries = parse_text(_LABELLED).entries
    assert [(nows(e.title), e.section) for e in entries] == [
        ("县委常委会召开专题学习研讨会", "工作动态"), ("县直机关举办专题读书班", "工作动态"),
        ("三河口村老党员讲初心故事", "基层实践"), ("杨柳村党员认领群众微心愿", "基层实践")]
    assert entries[1].text.rstrip().endswith("专题读书班。")  # (the next label is no text of the item above)


_LEAD_IN_TOC = """某县人大工作简报
2021年第6期
某县人大常委会办公室　　2021年9月30日

目　录
县人大常委会召开代表建议办理工作推进会……………2
县人大代表苟某：扎根山村的“泥腿子”代表……………3
沈某兰：一本“民情日记”记满群众心声…………………3

县人大常委会召开代表建议办理工作推进会
9月22日，县人大常委会召开代表建议办理工作推进会，听取承办单位办理情况汇报。

【代表风采】

苟某：扎根山村的“泥腿子”代表

在高坪镇三岔村，一提起县人大代表苟某，村民们都会竖起大拇指。

沈某兰：一本“民情日记”记满群众心声

城关镇代表沈某兰有一本“民情日记”，记满了群众反映的大事小情。
"""


def test_a_toc_title_that_adds_a_lead_before_the_body_title() -> None:
    titles = [(nows(e.title), e.page) for e in parse_text(_LEAD_IN_TOC).entries]
    assert titles == [("县人大常委会召开代表建议办理工作推进会", 2), ("苟某：扎根山村的“泥腿子”代表", 3),
                      ("沈某兰：一本“民情日记”记满群众心声", 3)]
