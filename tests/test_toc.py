"""digest.toc: find the 目录 and read every line of it (titles, pages, wrapped titles, headings)."""

from __future__ import annotations

import json

import pytest
from conftest import TOC_SAMPLE_IDS, TOC_SAMPLES, gold_path, nows, parse_text

from digest.blocks import to_blocks
from digest.source import read_source
from digest.toc import find_toc, page_line


def read_toc(text: str):
    return find_toc(to_blocks(text.split("\n")))


def items(toc):
    return [(nows(it.title), it.page) for it in toc.items]


# --- one 目录 line ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "line",
    [
        "江凌到嵩县调研.....7",
        "江凌到嵩县调研..... 7",
        "江凌到嵩县调研……7",
        "江凌到嵩县调研…………  7",
        "江凌到嵩县调研···7",
        "江凌到嵩县调研·········7",
        "江凌到嵩县调研\t7",
        "江凌到嵩县调研.....\t7",
        "江凌到嵩县调研 7",
        "江凌到嵩县调研 7 ",
    ],
)
def test_page_line_every_leader(line):
    assert page_line(line) == ("江凌到嵩县调研", 7)


def test_page_line_keeps_numbers_inside_the_title():
    assert page_line("洛阳市新增 49 家省级专精特新中小企业.....\t5") == ("洛阳市新增 49 家省级专精特新中小企业", 5)
    assert page_line("洛阳市人民政府第 10 次常务会议.....13") == ("洛阳市人民政府第 10 次常务会议", 13)
    assert page_line("徐衣显主持召开市政府第 11 次常务会议 19") == ("徐衣显主持召开市政府第 11 次常务会议", 19)


def test_page_line_none_without_a_page():
    assert page_line("江凌到嵩县调研") is None
    assert page_line("◆◆◆ 时 政 ◆◆◆") is None
    assert page_line("..... 12") is None  # a leader and a page, but no title


# --- finding the 目录 -------------------------------------------------------------------------------

TOC = """洛阳政务信息
2023年第11期

{head}

◆◆◆ 时 政 ◆◆◆

领导活动

江凌到嵩县调研.....1
徐衣显调研牡丹产业发展.....2

◆◆◆ 时 政 ◆◆◆

领导活动

江凌到嵩县调研 11月3日，江凌到嵩县调研。
徐衣显调研牡丹产业发展 11月5日，徐衣显调研。"""


@pytest.mark.parametrize("head", ["目录", "目 录", "# 目录 Contents", "## 目  录", "Contents", "**目录**"])
def test_finds_the_toc_under_any_heading_and_stops_at_the_body(head):
    toc = read_toc(TOC.format(head=head))
    assert toc is not None
    assert toc.start_line == 4
    assert toc.end_line == 11  # the last 目录 line; line 13 is the body's first section heading
    assert items(toc) == [("江凌到嵩县调研", 1), ("徐衣显调研牡丹产业发展", 2)]


def test_no_toc_in_a_newspaper_page():
    text = "\n".join([
        "伊滨经开区报", "2022年11月16日", "",
        "伊滨讯 11月7日下午，区党工委召开会议。会议强调，要认真学习贯彻党的二十大精神。",
        "伊滨讯 11月8日，区管委会召开专题会议，研究重点项目建设工作，要求加快推进。",
    ])
    toc = read_toc(text)
    assert toc is None or not toc.items


# --- sections and subsections --------------------------------------------------------------------

def test_decorated_sections_and_bare_subsections():
    toc = read_toc("""目录
◆◆◆ 特 别 关 注 ◆◆◆
河南省观摩团来洛考察.....1
◆◆◆ 时 政 ◆◆◆
领导活动
江凌到嵩县调研.....2
重要会议
洛阳市纪委监委召开会议.....3
◆◆◆ 社 会 事 业 ◆◆◆
科 技
河南省零碳研究院揭牌.....4
""")
    assert [(h.name, h.kind) for h in toc.headings] == [
        ("特别关注", "section"), ("时政", "section"), ("领导活动", "subsection"), ("重要会议", "subsection"),
        ("社会事业", "section"), ("科技", "subsection")]
    assert [(nows(i.title), i.section, i.subsection) for i in toc.items] == [
        ("河南省观摩团来洛考察", "特别关注", None),
        ("江凌到嵩县调研", "时政", "领导活动"),
        ("洛阳市纪委监委召开会议", "时政", "重要会议"),
        ("河南省零碳研究院揭牌", "社会事业", "科技"),
    ]


def test_an_ordinal_ranks_over_an_ordinal_in_brackets_whatever_the_names():
    """一、 over （一）: the 一、 headings are sections though their names are known as subsections (重要会议,
    领导活动) and the （一） ones carry none (`toc.sections_by_ordinal_rank`)."""
    toc = read_toc("""目　录
一、重要会议
市政府召开第十二次常务会议……1
二、领导活动
市长到开发区调研……1
三、工作动态
（一）项目建设
新能源电池项目开工……2
（二）民生保障
全市新增城镇就业1.2万人……2
四、县区传真
东坪县举办茶文化节……3
""")
    assert [(h.name, h.kind) for h in toc.headings] == [
        ("重要会议", "section"), ("领导活动", "section"), ("工作动态", "section"), ("项目建设", "subsection"),
        ("民生保障", "subsection"), ("县区传真", "section")]
    assert [(i.section, i.subsection) for i in toc.items] == [
        ("重要会议", None), ("领导活动", None), ("工作动态", "项目建设"), ("工作动态", "民生保障"), ("县区传真", None)]


def test_markdown_levels_and_bold_headings():
    toc = read_toc("""# 目录 Contents

## ◆◆◆ 时 政 ◆◆◆

### 领导活动

江凌到嵩县调研.....1

### **重要会议**

洛阳市纪委监委召开会议.....2

## ◆◆◆ 社 会 事 业 ◆◆◆

<b>科 技</b>

河南省零碳研究院揭牌.....3

<b>教 育</b>

洛阳市教育大会召开.....4
""")
    assert [(h.name, h.kind) for h in toc.headings] == [
        ("时政", "section"), ("领导活动", "subsection"), ("重要会议", "subsection"),
        ("社会事业", "section"), ("科技", "subsection"), ("教育", "subsection")]
    assert [(i.section, i.subsection) for i in toc.items] == [
        ("时政", "领导活动"), ("时政", "重要会议"), ("社会事业", "科技"), ("社会事业", "教育")]


def test_plain_markdown_sections_and_subsections():
    toc = read_toc("""目录
## 时政
### 领导活动
江凌到嵩县调研.....1
### 重要会议
洛阳市纪委监委召开会议.....2
## 经济
洛阳项目集中开工.....3
""")
    assert [(h.name, h.kind) for h in toc.headings] == [
        ("时政", "section"), ("领导活动", "subsection"), ("重要会议", "subsection"), ("经济", "section")]
    assert [(i.section, i.subsection) for i in toc.items] == [
        ("时政", "领导活动"), ("时政", "重要会议"), ("经济", None)]


def test_heading_names_are_normalized():
    toc = read_toc("""目录
## ◆◆◆ 社 会 事 业 ◆◆◆
### <b>文 化</b>
洛阳市文化活动举行.....1
""")
    assert toc.names("section") == {"社会事业"}
    assert toc.names("subsection") == {"文化"}
    for h in toc.headings:
        assert not any(c in h.name for c in "◆ <>*#\u3000")


def test_same_level_headings_in_the_toc_a_heading_followed_by_a_heading_is_a_section():
    toc = read_toc("""目录
## 时政
## 领导活动
江凌到嵩县调研.....1
## 重要会议
洛阳市纪委监委召开会议.....2
## 经济
## 项目
洛阳项目集中开工.....3
""")
    assert [(i.section, i.subsection) for i in toc.items] == [
        ("时政", "领导活动"), ("时政", "重要会议"), ("经济", "项目")]


# --- titles: wrapped, tails, bullets ---------------------------------------------------------------

def test_wrapped_title_head_then_tail_with_page():
    toc = read_toc("""目录
◆◆◆ 时 政 ◆◆◆
洛阳市印发《关于开展文明单位与新时代文明实践中心结对
共建的工作方案》..... 18
江凌到嵩县调研.....19
""")
    assert items(toc) == [("洛阳市印发《关于开展文明单位与新时代文明实践中心结对共建的工作方案》", 18),
                          ("江凌到嵩县调研", 19)]
    first = toc.items[0]
    assert (first.line, first.line_end) == (3, 4)


def test_a_line_that_is_only_the_tail_of_the_previous_title():
    toc = read_toc("""目录
◆◆◆ 时 政 ◆◆◆
领导活动
市委召开专题会议研究城市阳台建设和隋唐洛阳城天街十二坊整体提升.....16
工作
江凌到嵩县调研.....17

◆◆◆ 时 政 ◆◆◆
领导活动
市委召开专题会议研究城市阳台建设和隋唐洛阳城天街十二坊整体提升工作 5月3日，市委召开专题会议。
江凌到嵩县调研 5月16日，江凌到嵩县调研。
""")
    assert items(toc) == [("市委召开专题会议研究城市阳台建设和隋唐洛阳城天街十二坊整体提升工作", 16),
                          ("江凌到嵩县调研", 17)]
    assert [i.subsection for i in toc.items] == ["领导活动", "领导活动"]
    assert (toc.items[0].line, toc.items[0].line_end) == (4, 5)


def test_a_tail_line_before_a_section_heading():
    toc = read_toc("""目录
◆◆◆ 时 政 ◆◆◆
市委召开专题会议研究城市阳台建设和隋唐洛阳城天街十二坊整体提升.....16
工作
◆◆◆ 经 济 ◆◆◆
洛阳项目集中开工.....17
""")
    assert items(toc) == [("市委召开专题会议研究城市阳台建设和隋唐洛阳城天街十二坊整体提升工作", 16),
                          ("洛阳项目集中开工", 17)]
    assert [(i.section, i.subsection) for i in toc.items] == [("时政", None), ("经济", None)]


def test_wrapped_title_between_blank_lines():
    toc = read_toc("""目录

◆◆◆ 时 政 ◆◆◆

洛宁县罗岭乡讲理村对“十星级文明户”和“好媳妇”“好婆婆”进行

表彰..... 20

江凌到嵩县调研..... 21
""")
    assert items(toc) == [("洛宁县罗岭乡讲理村对“十星级文明户”和“好媳妇”“好婆婆”进行表彰", 20),
                          ("江凌到嵩县调研", 21)]


def test_bullets():
    toc = read_toc("""目录
## 时政
- 江凌到嵩县调研.....1
- 徐衣显调研牡丹产业发展 2
- 洛阳市纪委监委召开会议\t3
""")
    assert items(toc) == [("江凌到嵩县调研", 1), ("徐衣显调研牡丹产业发展", 2), ("洛阳市纪委监委召开会议", 3)]


def test_mixed_leaders_in_one_toc():
    toc = read_toc("""目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
徐衣显调研牡丹产业发展……2
洛阳市纪委监委召开会议···3
洛阳市党纪教育警示大会召开\t4
洛阳市慈善重点工作推进例会召开 5

◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研 11月1日，江凌到嵩县调研。
""")
    assert items(toc) == [("江凌到嵩县调研", 1), ("徐衣显调研牡丹产业发展", 2), ("洛阳市纪委监委召开会议", 3),
                          ("洛阳市党纪教育警示大会召开", 4), ("洛阳市慈善重点工作推进例会召开", 5)]


def test_separator_lines_inside_the_toc_are_skipped():
    toc = read_toc("""目录
◆◆◆ 亮点聚焦 ◆◆◆
洛阳市新增 49 家省级专精特新中小企业.....	5
---------------------------	---
洛阳两人获“全国技术能手”称号.....	5
""")
    assert items(toc) == [("洛阳市新增49家省级专精特新中小企业", 5), ("洛阳两人获“全国技术能手”称号", 5)]


def test_titles_keep_their_printed_punctuation_and_markup_is_removed():
    toc = read_toc("""目录
## 时政
**洛阳市委召开专题会议，研究城市提质等工作**.....13
<b>“五一”假期，我市 9 家企业销售额同比增长 23.58%</b>.....14
""")
    assert items(toc) == [("洛阳市委召开专题会议，研究城市提质等工作", 13),
                          ("“五一”假期，我市9家企业销售额同比增长23.58%", 14)]


# --- the real samples against the hand-checked gold ----------------------------------------------

@pytest.mark.parametrize("sample", TOC_SAMPLES, ids=TOC_SAMPLE_IDS)
def test_sample_toc_reads_every_gold_toc_line(sample):
    gold_file = gold_path(sample)
    if not gold_file.is_file():
        pytest.skip(f"no gold for {sample.name} at {gold_file}")
    gold = [json.loads(x) for x in gold_file.read_text(encoding="utf-8").splitlines() if x.strip()]
    toc = find_toc(to_blocks(read_source(sample).lines))
    assert toc is not None

    def k(s):
        return "".join((s or "").split()).replace(",", "，")

    want = sorted((k(g["toc_title"]), g["page"], g["section"], g["subsection"])
                  for g in gold if g.get("toc_title"))
    got = sorted((k(i.title), i.page, i.section, i.subsection) for i in toc.items)
    assert got == want
    # every heading name is normalized
    for h in toc.headings:
        assert h.name == "".join(h.name.split()) and "◆" not in h.name


def test_a_toc_without_a_heading_is_found_from_its_run_of_page_lines():
    toc = read_toc("""◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
徐衣显调研牡丹产业发展.....2
洛阳市纪委监委召开会议.....3
洛阳市党纪教育警示大会召开.....4
洛阳市慈善重点工作推进例会召开.....5
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研 2023年5月16日，江凌到嵩县调研。
徐衣显调研牡丹产业发展 5月18日，徐衣显调研。""")
    assert toc is not None
    assert [t for t, _ in items(toc)] == ["江凌到嵩县调研", "徐衣显调研牡丹产业发展", "洛阳市纪委监委召开会议",
                                          "洛阳市党纪教育警示大会召开", "洛阳市慈善重点工作推进例会召开"]
    assert toc.names("section") == {"时政"}
    assert toc.end_line == 6


@pytest.mark.parametrize(
    "wrapped",
    [
        "洛阳市委常委会召开会议传达学习习近平总书记重要指示精神研究安全\n生产、群团、老旧\n小区改造工作.....2",
        "洛阳市委常委会召开会议传达学习\n习近平总书记重要指示精神研究\n安全生产工作.....2",
    ],
    ids=["long-first-line", "short-lines"],
)
def test_title_wrapped_over_three_lines(wrapped):
    toc = read_toc(f"""目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
{wrapped}
徐衣显调研牡丹产业发展.....3
◆◆◆ 经 济 ◆◆◆
洛阳项目集中开工.....4
""")
    title = "".join(wrapped.split(".....")[0].split("\n"))
    assert items(toc) == [("江凌到嵩县调研", 1), (title, 2), ("徐衣显调研牡丹产业发展", 3), ("洛阳项目集中开工", 4)]
    assert [i.section for i in toc.items] == ["时政", "时政", "时政", "经济"]


@pytest.mark.parametrize("page_line", ["..... 2", "……2", "2"], ids=["dots", "ellipsis", "bare"])
def test_page_number_wrapped_onto_its_own_line(page_line):
    toc = read_toc(f"""目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
洛阳市主题教育工作推进会召开
{page_line}
徐衣显调研牡丹产业发展.....3
◆◆◆ 经 济 ◆◆◆
洛阳项目集中开工.....4
""")
    assert items(toc) == [("江凌到嵩县调研", 1), ("洛阳市主题教育工作推进会召开", 2), ("徐衣显调研牡丹产业发展", 3),
                          ("洛阳项目集中开工", 4)]


@pytest.mark.parametrize("markup", ["", "**"], ids=["plain", "bold"])
def test_body_without_section_headings_starts_after_the_toc(markup):
    text = f"""洛阳政务信息
2023年第11期
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
徐衣显调研牡丹产业发展.....2
◆◆◆ 经 济 ◆◆◆
洛阳项目集中开工.....3

{markup}江凌到嵩县调研{markup}
11月3日，江凌到嵩县调研。
{markup}徐衣显调研牡丹产业发展{markup}
11月5日，徐衣显调研。
{markup}洛阳项目集中开工{markup}
11月8日，项目集中开工。
"""
    toc = read_toc(text)
    assert items(toc) == [("江凌到嵩县调研", 1), ("徐衣显调研牡丹产业发展", 2), ("洛阳项目集中开工", 3)]
    assert toc.end_line == 8


def test_body_without_section_headings_run_in_titles():
    r = parse_text("""洛阳政务信息
2023年第11期
目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
徐衣显调研牡丹产业发展.....2
◆◆◆ 经 济 ◆◆◆
洛阳项目集中开工.....3

江凌到嵩县调研 11月3日，江凌到嵩县调研。
徐衣显调研牡丹产业发展 11月5日，徐衣显调研。
洛阳项目集中开工 11月8日，项目集中开工。
""")
    assert [(e.title, e.section, e.page) for e in r.entries] == [
        ("江凌到嵩县调研", "时政", 1), ("徐衣显调研牡丹产业发展", "时政", 2), ("洛阳项目集中开工", "经济", 3)]


# --- long lines: every reading of a line is linear in its length -------------------------------------

LONG = 20_000  # took ~2 s per line with the old backtracking leader pattern (32 s at 100,000); ms now


@pytest.mark.parametrize("leader", [".", "…", "·", "—", "-", "_"])
def test_page_line_reads_a_very_long_leader(leader):
    assert page_line("江凌到嵩县调研" + leader * LONG + "7") == ("江凌到嵩县调研", 7)
    assert page_line("江凌到嵩县调研" + leader * LONG + " 12 ") == ("江凌到嵩县调研", 12)


@pytest.mark.parametrize("line", ["江凌到嵩县调研" + "." * LONG + "x", "." * LONG + "江凌7", "江凌" + "." * LONG,
                                  "." * LONG + "12", " " * LONG])
def test_page_line_rejects_long_lines_without_a_page(line):
    assert page_line(line) is None


def test_page_line_long_whitespace_gap():
    assert page_line("江凌到嵩县调研" + " " * LONG + "7") == ("江凌到嵩县调研", 7)
    assert page_line("江凌到嵩县调研" + "\t" * LONG + "1234") == ("江凌到嵩县调研", 1234)
    assert page_line("江凌到嵩县调研" + " " * LONG + "1234") is None  # a space leader takes 1-3 digits


def test_an_issue_with_very_long_lines_parses():
    text = TOC.format(head="目录").replace("江凌到嵩县调研.....1", "江凌到嵩县调研" + "…" * LONG + "1", 1)
    text = text.replace("11月3日，江凌到嵩县调研。", "11月3日，江凌到嵩县调研" + "，调研" * LONG + "。" + "." * LONG)
    r = parse_text(text)
    assert [nows(e.title) for e in r.entries] == ["江凌到嵩县调研", "徐衣显调研牡丹产业发展"]
    assert [e.page for e in r.entries] == [1, 2]
    assert r.entries[0].text.endswith("." * 10)


# --- sections vs subsections: decided by what a line is, over the whole 目录 --------------------------

def kinds(toc):
    return [(h.name, h.kind) for h in toc.headings]


def test_mixed_heading_styles_the_frame_decides_not_the_first_markup():
    toc = read_toc("""# 目 录
## ◆◆◆ 特别关注 ◆◆◆
湖滨省调研组来我市调研.....1
◆◆◆ 时 政 ◆◆◆
**领导活动**
邵文澜调研防汛工作.....2
**重要会议**
市政府常务会议召开.....3
◆◆◆ 经 济 ◆◆◆
高新区签约项目十一个.....4
""")
    assert kinds(toc) == [("特别关注", "section"), ("时政", "section"), ("领导活动", "subsection"),
                          ("重要会议", "subsection"), ("经济", "section")]
    assert [(i.section, i.subsection) for i in toc.items] == [
        ("特别关注", None), ("时政", "领导活动"), ("时政", "重要会议"), ("经济", None)]
    assert "◆" in toc.heading_rule
    assert len(toc.section_styles) == 2  # ## and plain: kept as evidence
    assert all(h.doubt is None for h in toc.headings)


def test_bracketed_city_sections_with_bare_county_subsections():
    toc = read_toc("""目　录
【岚溪市】
栖云县
栖云县建成数字乡村服务中心·····1
松岗县
松岗县茶叶产业园开园·····2
【梧桐市】
雁丘县
雁丘县举办产销对接会·····3
""")
    assert kinds(toc) == [("岚溪市", "section"), ("栖云县", "subsection"), ("松岗县", "subsection"),
                          ("梧桐市", "section"), ("雁丘县", "subsection")]
    assert [(i.section, i.subsection, i.page) for i in toc.items] == [
        ("岚溪市", "栖云县", 1), ("岚溪市", "松岗县", 2), ("梧桐市", "雁丘县", 3)]


def test_ordinal_sections_under_a_full_width_spaced_heading():
    toc = read_toc("""栖云县工作简报
目　　录
一、综合信息
栖云县召开经济运行分析会……………………1
二、部门动态
县农业农村局开展春耕服务……………………2
""")
    assert toc is not None
    assert kinds(toc) == [("综合信息", "section"), ("部门动态", "section")]
    assert all(h.doubt is None for h in toc.headings)  # 部门动态 is a known subsection name, but framed by 二、


def test_markdown_levels_without_frames_the_style_standing_over_the_others_is_the_section():
    toc = read_toc("""目录
### 领导活动
江凌到嵩县调研.....1
## 经济
### 项目
洛阳项目集中开工.....2
## 时政
### 重要会议
市委常委会召开会议.....3
""")
    assert kinds(toc) == [("领导活动", "subsection"), ("经济", "section"), ("项目", "subsection"),
                          ("时政", "section"), ("重要会议", "subsection")]


def test_heading_rules_on_their_own():
    from digest.toc import TocHeading, sections_by_marker, sections_by_sequence, sections_by_style

    def h(name, marker="", markup=(0, False), parent=False, child=False):
        return TocHeading(name=name, kind="", line=0, marker=marker, markup=markup, parent=parent, child=child)

    hs = [h("时政", "frame", (2, False), parent=True), h("领导活动", child=True), h("经济", "frame")]
    assert sections_by_marker(hs) and [x.kind for x in hs] == ["section", "subsection", "section"]
    hs = [h("时政", "frame"), h("领导活动", "bracket")]
    assert sections_by_marker(hs) is None  # two kinds of frame: not this rule's call
    hs = [h("时政", markup=(2, False), parent=True), h("领导活动", markup=(3, False), child=True),
          h("经济", markup=(2, False))]
    assert sections_by_style(hs) and [x.kind for x in hs] == ["section", "subsection", "section"]
    hs = [h("时政", parent=True), h("领导活动", child=True), h("重要会议"), h("经济", parent=True), h("项目", child=True)]
    sections_by_sequence(hs)
    assert [x.kind for x in hs] == ["section", "subsection", "subsection", "section", "subsection"]
    # headings of one level named as subsections are (a digest whose sections are 领导活动 and 部门动态)
    hs = [h("领导活动"), h("部门动态"), h("县区信息")]
    sections_by_sequence(hs)
    assert [x.kind for x in hs] == ["section", "section", "section"]


def test_a_toc_of_one_level_named_as_subsections_are_gives_sections():
    toc = read_toc("""目录
领导活动
市长郑远航调研城市更新工作　　1
常务副市长韦思诚督导防汛工作　　1
部门动态
市财政局下达乡村振兴衔接资金　　2
""")
    assert kinds(toc) == [("领导活动", "section"), ("部门动态", "section")]
    assert [(i.section, i.subsection) for i in toc.items] == [("领导活动", None), ("领导活动", None), ("部门动态", None)]


def test_the_line_rules_are_a_visible_ordered_list():
    from digest import toc as toc_mod

    names = [r.__name__ for r in toc_mod.LINE_RULES]
    assert names.index("item_with_page") < names.index("heading_line") < names.index("wrapped_title_head")
    assert all(n.startswith("body_begins") for n in names[:4])
    assert names.index("running_head") < names.index("heading_line")


def test_a_heading_whose_evidence_contradicts_the_decision_is_doubted():
    toc = read_toc("""目录
◆◆◆ 时 政 ◆◆◆
领导活动
江凌到嵩县调研.....1
经济
洛阳项目集中开工.....2
""")
    # 经济 is drawn like a subsection (no frame) but is a known section name: decided, and doubted
    assert ("经济", "subsection") in kinds(toc)
    assert any(h.doubt and "经济" in h.doubt for h in toc.headings)


@pytest.mark.parametrize("line,page", [("江凌到嵩县调研……（3）", 3), ("江凌到嵩县调研·····(12)", 12), ("江凌到嵩县调研 [3]", 3),
                                       ("江凌到嵩县调研……第3页", 3), ("江凌到嵩县调研……P3", 3), ("江凌到嵩县调研 第3页", 3)])
def test_page_line_framed_pages(line, page):
    assert page_line(line) == ("江凌到嵩县调研", page)


@pytest.mark.parametrize("line", ["江凌到嵩县调研（2023）", "《条例》（2023）", "全市GDP增长3", "江凌到嵩县调研（3"])
def test_page_line_a_bracketed_number_right_after_a_title_is_not_a_page(line):
    assert page_line(line) is None


@pytest.mark.parametrize("head", ["本期要目", "本期目录", "要 目"])
def test_other_names_for_the_toc_and_numbered_items_under_single_mark_sections(head):
    r = parse_text(f"""栖云工作简报
2024年第6期
{head}
■ 综合信息
1．栖云县召开安全生产会议……………………1
2．栖云县部署防汛工作……………………1
■ 乡镇动态
3．鹤鸣镇开展环境整治……………………2

■ 综合信息
1．栖云县召开安全生产会议
6月3日，栖云县召开安全生产会议。
2．栖云县部署防汛工作
6月5日，栖云县防汛指挥部召开会议。
— 1 —
■ 乡镇动态
3．鹤鸣镇开展环境整治
6月7日，鹤鸣镇开展环境整治。
""")
    assert r.issue.layout == "toc"
    assert [(e.section, e.page, e.date) for e in r.entries] == [
        ("综合信息", 1, "2024-06-03"), ("综合信息", 1, "2024-06-05"), ("乡镇动态", 2, "2024-06-07")]
    assert not r.real_problems


def test_bare_city_and_county_lines_counties_named_alike_stay_subsections():
    toc = read_toc("""目录
岚溪市
栖云县
栖云县建成数字乡村服务中心·····1
松岗县
松岗县茶叶产业园开园·····2
梧桐市
雁丘县
雁丘县举办产销对接会·····3

岚溪市
栖云县
栖云县建成数字乡村服务中心
6月3日，栖云县首个数字乡村服务中心投入使用。
松岗县
松岗县茶叶产业园开园
6月6日，松岗县茶叶产业园开园。
梧桐市
雁丘县
雁丘县举办产销对接会
6月10日，雁丘县农产品产销对接会举行。
""")
    assert kinds(toc) == [("岚溪市", "section"), ("栖云县", "subsection"), ("松岗县", "subsection"),
                          ("梧桐市", "section"), ("雁丘县", "subsection")]
    assert toc.end_line == 9


def test_ordinal_sections_with_bracketed_ordinal_subsections():
    toc = read_toc("""目录
一、综合
（一）会议活动
栖云县召开安全生产会议……1
（二）项目建设
栖云县重点项目集中开工……2
二、基层
（一）乡镇
鹤鸣镇开展环境整治……3
（二）街道
城关街道开展志愿服务……4
""")
    assert kinds(toc) == [("综合", "section"), ("会议活动", "subsection"), ("项目建设", "subsection"),
                          ("基层", "section"), ("乡镇", "subsection"), ("街道", "subsection")]
    assert [(i.section, i.subsection) for i in toc.items] == [
        ("综合", "会议活动"), ("综合", "项目建设"), ("基层", "乡镇"), ("基层", "街道")]


def test_a_toc_line_whose_page_is_framed_with_its_label() -> None:
    from digest.toc import page_line

    assert page_line("柯望川到石桥镇调研春季农业生产（第1页）") == ("柯望川到石桥镇调研春季农业生产", 1)
    assert page_line("青禾县召开防汛会议（第12页）") == ("青禾县召开防汛会议", 12)
    assert page_line("会议强调（第一）") is None


def test_body_titles_in_brackets_match_their_toc_lines_without_the_brackets() -> None:
    from conftest import parse_text

    text = ("青禾政务信息\n2024年第3期\n\n目　　录\n\n一、综合信息\n"
            "柯望川到石桥镇调研春季农业生产（第1页）\n甄立华会见客商 ……………… 1\n\n一、综合信息\n\n"
            "【柯望川到石桥镇调研春季农业生产】\n　　3月4日，市委书记柯望川到石桥镇调研春季农业生产。\n\n"
            "【甄立华会见客商】\n　　3月6日，市长甄立华会见客商一行。\n")
    res = parse_text(text)
    assert [(e.title, e.page, e.date) for e in res.entries] == [
        ("柯望川到石桥镇调研春季农业生产", 1, "2024-03-04"), ("甄立华会见客商", 1, "2024-03-06")]
    assert res.entries[0].text.startswith("3月4日")


def test_framed_sections_over_headings_marked_before_only_are_two_levels() -> None:
    toc = read_toc("""目录
◎ 要闻 ◎
▲ 领导活动
甲某调研冬季供暖.....1
▲ 重要会议
市委全会召开.....1
◎ 工作动态 ◎
▲ 部门动态
市商务局举办培训班.....2
▲ 县区传真
北塬县设施农业增收.....3
""")
    assert kinds(toc) == [("要闻", "section"), ("领导活动", "subsection"), ("重要会议", "subsection"),
                          ("工作动态", "section"), ("部门动态", "subsection"), ("县区传真", "subsection")]


def test_a_toc_title_the_body_prints_in_more_words_between_its_neighbours() -> None:
    from conftest import parse_text

    text = ("青禾政务信息\n2023年第12期\n\n目录\n\n◎ 县区传真 ◎\n石桥县举办冬季招聘会.....3\n北塬县设施农业助农增收.....3\n"
            "临川区开通夜班公交.....4\n\n◎ 县区传真 ◎\n\n石桥县举办冬季招聘会\n　　12月2日，石桥县举办冬季招聘会。\n\n"
            "北塬县：“冬闲”变“冬忙”，设施农业助农增收\n　　入冬以来，北塬县的日光温室里一片繁忙。\n\n"
            "临川区开通夜班公交\n　　自12月1日起，临川区开通首条夜班公交。\n")
    res = parse_text(text)
    assert [(e.title, e.page) for e in res.entries] == [
        ("石桥县举办冬季招聘会", 3), ("北塬县：“冬闲”变“冬忙”，设施农业助农增收", 3), ("临川区开通夜班公交", 4)]
    assert res.entries[2].date == "2023-12-01"  # 自…起: the day it starts from


def test_an_ordinal_in_brackets_over_ordinals_is_read_by_the_styles():
    """A 目录 opening with （一） over 一、 headings is no outline of the usual rank: the styles' rule reads it."""
    toc = read_toc("""目　录
（一）综合信息
一、领导活动
县委书记调研春耕生产……1
二、部门动态
县农业农村局开展技术培训……2
（二）县区传真
一、东坪县
东坪县举办茶文化节……3
""")
    assert [(h.name, h.kind) for h in toc.headings] == [
        ("综合信息", "section"), ("领导活动", "subsection"), ("部门动态", "subsection"), ("县区传真", "section"),
        ("东坪县", "subsection")]


# --- section lines printed with their pages, as Word's generated 目录 prints every heading level ------

WORD_TOC = """# 枫岭经济动态
2024年第5期
**目  录**
一、运行概况\t1
前四月全县工业稳步回升\t1
外贸进出口保持增长\t2
二、项目推进\t2
松涧水库扩建工程开工\t2
三、乡镇传真\t3
桃源镇茶叶合作社扩大种植\t3
# 一、运行概况
**前四月全县工业稳步回升**
5月8日，县统计局发布数据，前四月全县规上工业增加值增长6.1%。
**外贸进出口保持增长**
5月10日，县商务局通报，全县外贸进出口总额增长4.2%。
# 二、项目推进
**松涧水库扩建工程开工**
5月15日，松涧水库扩建工程正式开工。
# 三、乡镇传真
**桃源镇茶叶合作社扩大种植**
5月20日，桃源镇茶叶合作社新增茶园三百亩。
"""


def test_ordinal_section_lines_with_pages_over_unnumbered_items_are_sections():
    toc = read_toc(WORD_TOC)
    assert kinds(toc) == [("运行概况", "section"), ("项目推进", "section"), ("乡镇传真", "section")]
    assert [(nows(i.title), i.page, i.section) for i in toc.items] == [
        ("前四月全县工业稳步回升", 1, "运行概况"), ("外贸进出口保持增长", 2, "运行概况"),
        ("松涧水库扩建工程开工", 2, "项目推进"), ("桃源镇茶叶合作社扩大种植", 3, "乡镇传真")]
    r = parse_text(WORD_TOC)
    assert [(e.title, e.section, e.page, e.date) for e in r.entries] == [
        ("前四月全县工业稳步回升", "运行概况", 1, "2024-05-08"), ("外贸进出口保持增长", "运行概况", 2, "2024-05-10"),
        ("松涧水库扩建工程开工", "项目推进", 2, "2024-05-15"), ("桃源镇茶叶合作社扩大种植", "乡镇传真", 3, "2024-05-20")]


def test_ordinal_section_and_bracketed_subsection_lines_with_pages():
    text = """目录
一、综合信息……1
（一）领导活动……1
柏川县长调研春耕生产……1
（二）重要会议……2
县政府召开常务会议……2
二、基层动态……3
石溪乡修缮村道……3

一、综合信息
（一）领导活动
柏川县长调研春耕生产
4月2日，柏川县长到东坪村调研春耕生产。
（二）重要会议
县政府召开常务会议
4月6日，县政府召开常务会议。
二、基层动态
石溪乡修缮村道
4月9日，石溪乡完成五公里村道修缮。
"""
    toc = read_toc(text)
    assert kinds(toc) == [("综合信息", "section"), ("领导活动", "subsection"), ("重要会议", "subsection"),
                          ("基层动态", "section")]
    assert [(nows(i.title), i.section, i.subsection) for i in toc.items] == [
        ("柏川县长调研春耕生产", "综合信息", "领导活动"), ("县政府召开常务会议", "综合信息", "重要会议"),
        ("石溪乡修缮村道", "基层动态", None)]


def test_a_toc_of_items_all_numbered_with_ordinals_keeps_them_items():
    toc = read_toc("""目录
一、县人大常委会召开会议……1
二、县人大代表视察水厂……2
三、镇人大开展接待……3

一、县人大常委会召开会议
3月1日，县人大常委会召开会议。
二、县人大代表视察水厂
3月5日，县人大代表视察水厂。
三、镇人大开展接待
3月9日，镇人大开展代表接待。
""")
    assert toc.headings == []
    assert [nows(i.title) for i in toc.items] == ["一、县人大常委会召开会议", "二、县人大代表视察水厂", "三、镇人大开展接待"]
    # a short numbered item over an unnumbered one, in a 目录 that numbers its items: an item still
    toc = read_toc("""目录
一、县十八届人大常委会召开第二十三次会议……1
二、代表风采……2
县人大机关开展集中学习……3

一、县十八届人大常委会召开第二十三次会议
3月1日，县人大常委会召开会议。
二、代表风采
3月5日，县人大代表接待群众。
县人大机关开展集中学习
3月9日，县人大机关开展集中学习。
""")
    assert toc.headings == []
    assert [nows(i.title) for i in toc.items] == ["一、县十八届人大常委会召开第二十三次会议", "二、代表风采", "县人大机关开展集中学习"]


def test_an_ordinal_line_with_a_page_the_body_never_prints_again_stays_an_item():
    toc = read_toc("""目录
一、春耕备耕\t1
全县春耕备耕有序推进\t1
二、林下经济\t2

全县春耕备耕有序推进
3月1日，全县春耕备耕有序推进，各乡镇备足种子化肥。
春耕备耕和林下经济
3月8日，全县召开会议部署林下经济发展。
""")
    assert toc.headings == []
    assert [nows(i.title) for i in toc.items] == ["一、春耕备耕", "全县春耕备耕有序推进", "二、林下经济"]
