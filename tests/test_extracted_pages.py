"""Text as a PDF-to-text tool leaves it: each page closes with its number (`— 3 —`) and the next opens
with the running head (`青禾政务`), inside the 目录 as well as the body; paragraphs hard-wrapped at the
page's width; digits printed full width. The structure must read as it does from clean text. Every
name, place and publication here is invented."""

from __future__ import annotations

from conftest import parse_text

from digest.blocks import Block, running_heads
from digest.masthead import line_facts


def _blocks(text: str) -> list[Block]:
    return [Block(line=n, raw=t, text=t) for n, t in enumerate(text.splitlines(), 1) if t.strip()]


# --- running heads beside page numbers

def test_a_head_printed_beside_each_page_number_is_a_running_head() -> None:
    text = ("目录\n甲文.....1\n— 1 —\n青禾政务\n乙文.....2\n正文一段。\n— 2 —\n青禾政务\n正文二段。\n"
            "— 3 —\n青禾政务\n")
    lines = running_heads(_blocks(text))
    assert lines == {4, 8, 11}


def test_a_heading_printed_in_the_toc_and_the_body_is_no_running_head() -> None:
    # twice, once beside a page number: a section heading, not furniture
    text = "目录\n领导活动\n甲文.....1\n— 1 —\n领导活动\n正文一段。\n"
    assert running_heads(_blocks(text)) == set()


def test_a_line_printed_often_but_never_beside_a_page_number_is_no_running_head() -> None:
    text = "\n".join(["会议强调", "正文一段。"] * 4) + "\n— 1 —\n正文。\n"
    assert running_heads(_blocks(text)) == set()


_TOC_PAGES = """青禾政务
2024年第3期

目录

【要闻】
柯望川调研春耕备耕工作.....1
— 1 —

青禾政务
青禾县召开优化营商环境推进会.....1

【县区动态】
石桥镇完成高标准农田建设.....2

【要闻】

柯望川调研春耕备耕工作
3月4日，县委书记柯望川到石桥镇调研春耕备耕工作，察看农资储备和田间管理情况。

青禾县召开优化营商环境推进会
3月6日，青禾县召开优化营商环境推进会，总结去年工作，部署今年任务。
— 2 —

青禾政务
会议要求，各部门要持续改进服务，为企业解难题。

【县区动态】

石桥镇完成高标准农田建设
3月12日，石桥镇完成1.2万亩高标准农田建设任务，新修机耕路8公里。
— 3 —

青禾政务
"""


def test_running_heads_in_the_toc_and_body_are_neither_headings_nor_text() -> None:
    res = parse_text(_TOC_PAGES)
    assert [(e.title, e.section, e.subsection) for e in res.entries] == [
        ("柯望川调研春耕备耕工作", "要闻", None),
        ("青禾县召开优化营商环境推进会", "要闻", None),
        ("石桥镇完成高标准农田建设", "县区动态", None)]
    assert not any("青禾政务" in e.text for e in res.entries)
    assert res.entries[1].text.endswith("为企业解难题。")
    assert [e.date for e in res.entries] == ["2024-03-04", "2024-03-06", "2024-03-12"]


_PAPER_PAGES = """青禾县融媒体中心 主办
2024年5月8日

石桥镇修缮村级文化广场
本报讯 5月6日，石桥镇完成五个村级文化广场的修缮工作，新装路灯四十盏，添置健身器材六十件，
— 1 —

青禾简报
方便群众夜间锻炼。(周某某)

河口乡开展防汛演练
本报讯 5月7日，河口乡组织干部群众开展防汛应急演练，模拟转移群众二百余人。(吴某)
— 2 —

青禾简报
"""


def test_a_paper_page_broken_by_page_numbers_and_running_heads() -> None:
    res = parse_text(_PAPER_PAGES)
    assert [e.title for e in res.entries] == ["石桥镇修缮村级文化广场", "河口乡开展防汛演练"]
    first = res.entries[0]
    assert "青禾简报" not in first.text and "方便群众夜间锻炼。" in first.text
    assert first.byline == "周某某"


def test_a_line_after_a_page_break_goes_on_with_the_paragraph_it_breaks() -> None:
    # the page breaks mid-sentence: the short line after it is no headline
    text = ("青禾县召开防汛工作会议\n"
            "本报讯 6月2日，青禾县召开防汛工作会议，安排部署今年防汛抗旱工作，要求各乡镇落实责任，\n"
            "— 4 —\n青禾简报\n"
            "加强值班值守\n"
            "确保安全度汛。会议还通报了去年防汛工作考核情况，表扬了先进单位。\n"
            "— 5 —\n青禾简报\n"
            "河口乡新建水厂通水\n"
            "本报讯 6月3日，河口乡新建水厂正式通水，解决了三个村群众的饮水问题。\n"
            "— 6 —\n青禾简报\n")
    res = parse_text(text, year=2024)
    assert [e.title for e in res.entries] == ["青禾县召开防汛工作会议", "河口乡新建水厂通水"]
    assert "加强值班值守" in res.entries[0].text


# --- hard-wrapped text

_WRAPPED = """青禾县融媒体中心 主办  2024年5月8日

石桥镇修缮村级文化广场 方便群众就近健身

5月6日，石桥镇完成五个村级文化广场的修缮工作，新装路灯四十
盏，添置健身器材六十件，铺设塑胶步道一千二百米，方便群众夜间
锻炼和举办文艺活动。镇里还组织志愿者定期巡查维护，确保设施长
期好用。

河口乡开展防汛应急演练 转移群众二百余人

5月7日，河口乡组织干部群众开展防汛应急演练，模拟山洪来袭时转
移群众二百余人，检验了预警、转移、安置各环节的衔接，进一步提
升了基层应急处置能力。

青禾县推进数字乡村建设 三十个村接入平台

今年以来，青禾县加快推进数字乡村建设，已有三十个村接入综合服
务平台，群众办理社保、医保等事项不出村即可完成，平均办理时间
缩短一半以上，受到群众欢迎。
"""


def test_a_two_part_headline_over_a_hard_wrapped_paragraph_is_a_headline() -> None:
    res = parse_text(_WRAPPED)
    assert [e.title for e in res.entries] == [
        "石桥镇修缮村级文化广场 方便群众就近健身", "河口乡开展防汛应急演练 转移群众二百余人",
        "青禾县推进数字乡村建设 三十个村接入平台"]
    assert res.entries[0].text.startswith("5月6日，石桥镇完成五个村级文化广场的修缮工作，新装路灯四十盏，")


# --- full-width digits

def test_footer_facts_printed_with_full_width_digits() -> None:
    assert line_facts("■新闻热线：０３７９-６５５５１２３４ ■印数：３０００") == {
        "hotline": "0379-65551234", "print_run": 3000}


_TOC_WRAPPED = """青禾政务
2024年第3期

目录

【要闻】
柯望川调研春耕备耕工作.....1
青禾县召开优化营商环境推进会.....1

【要闻】

柯望川调研春耕备耕工作
3月4日，县委书记柯望川到石桥镇调研春耕备耕工作，察看农资储备
和田间管理情况，要求各地抓好农资供应，做好病虫害防治，确保春
播顺利开展。他还走访了两个种粮大户，了解今年的种植计划和困难
，现场协调解决了化肥运输问题。
青禾县召开优化营商环境推进会
3月6日，青禾县召开优化营商环境推进会，总结去年工作，部署今年
任务。会议要求各部门持续改进服务，压缩审批时间，为企业解难题
，让群众少跑腿。会上，五个部门作了表态发言。
"""


def test_a_hard_wrapped_digest_keeps_its_paragraphs_whole() -> None:
    res = parse_text(_TOC_WRAPPED)
    first, second = res.entries
    assert first.text == ("3月4日，县委书记柯望川到石桥镇调研春耕备耕工作，察看农资储备和田间管理情况，要求各地抓好农资"
                          "供应，做好病虫害防治，确保春播顺利开展。他还走访了两个种粮大户，了解今年的种植计划和困难，"
                          "现场协调解决了化肥运输问题。")
    assert second.text.startswith("3月6日，青禾县召开优化营商环境推进会，总结去年工作，部署今年任务。")
    assert "\n" not in second.text


def test_paragraphs_after_a_byline_are_one_doubt_however_many() -> None:
    text = ("青禾县召开防汛工作会议\n"
            "本报讯 6月2日，青禾县召开防汛工作会议，安排部署今年防汛抗旱工作。(周某某)\n"
            + "".join(f"第{n}段没有标题的文字仍然留在这篇文章里，读者会怀疑它属于另一篇。\n" for n in range(1, 9)))
    res = parse_text(text, year=2024)
    (e,) = res.entries
    doubts = [w for w in e.warnings if "after the byline" in w]
    assert doubts == ["lines 3-10: 8 paragraphs after the byline (line 2) may belong to another article"]


def test_a_headline_at_the_foot_of_a_page_heads_the_article_over_the_page() -> None:
    # the page breaks between a headline and its dateline, or between a headline and its paragraph:
    # the headline still heads its article, the page number and running head are neither
    text = ("青禾县召开春耕生产动员会\n"
            "— 2 —\n青禾周报\n"
            "本报讯 3月4日，青禾县召开春耕生产动员会，部署全年粮食生产任务。县长柯望川出席。\n"
            "会议要求各乡镇抓好种子化肥供应。\n"
            "东岭乡最后一段村道完工\n"
            "— 3 —\n青禾周报\n"
            "3月5日上午，东岭乡最后一段未硬化的村道完工，全乡通村公路全部硬化。\n"
            "乡长罗福海说，下一步将抓好道路养护。\n"
            "— 4 —\n青禾周报\n")
    res = parse_text(text, year=2024)
    assert [(e.kind, e.title, e.date) for e in res.entries] == [
        ("article", "青禾县召开春耕生产动员会", "2024-03-04"), ("article", "东岭乡最后一段村道完工", "2024-03-05")]
    assert all("青禾周报" not in e.text for e in res.entries)
    assert {2, 3, 7, 8} <= set(res.issue.meta["furniture_lines"])


_WRAPPED_NO_HEADLINES = """石桥镇完成五个村级文化广场的修缮工作，新装路灯四十盏，添
置健身器材六十件，铺设塑胶步道一千二百米，方便群众夜间锻
炼和举办文艺活动。

河口乡组织干部群众开展防汛应急演练，模拟山洪来袭时转移群
众二百余人，检验了预警、转移、安置各环节的衔接，提升了基
层应急处置能力。

青禾县加快推进数字乡村建设，已有三十个村接入综合服务平台
，群众办理社保、医保等事项不出村即可完成。
"""


def test_a_hard_wrapped_page_without_headlines_is_one_block_a_paragraph() -> None:
    res = parse_text(_WRAPPED_NO_HEADLINES)
    assert [e.kind for e in res.entries] == ["block"] * 3
    assert res.entries[0].text == ("石桥镇完成五个村级文化广场的修缮工作，新装路灯四十盏，添置健身器材六十件，"
                                   "铺设塑胶步道一千二百米，方便群众夜间锻炼和举办文艺活动。")
    assert [(e.line_start, e.line_end) for e in res.entries] == [(1, 3), (5, 7), (9, 10)]


def test_an_article_without_a_headline_on_a_hard_wrapped_page_is_titled_by_its_whole_first_sentence() -> None:
    text = ("本报讯 3月4日，青禾县召开春耕生产动员会，部署全年\n"
            "粮食生产任务。县长柯望川出席并讲话，要求各乡镇抓好\n"
            "种子化肥供应，确保春耕生产顺利进行。会议还通报了去\n"
            "年粮食生产考核情况，表扬了先进乡镇和种粮大户。\n\n"
            "本报讯 3月5日，东岭乡最后一段未硬化的村道完工，全\n"
            "乡通村公路全部硬化。乡长罗福海说，下一步将抓好道路\n"
            "养护，建立村道管护长效机制，让群众出行更方便更安全\n"
            "。村民们纷纷表示，家门口的路好走了，心里更亮堂了。\n")
    res = parse_text(text, year=2024)
    assert [(e.title, e.date) for e in res.entries] == [
        ("青禾县召开春耕生产动员会，部署全年粮食生产任务", "2024-03-04"),
        ("东岭乡最后一段未硬化的村道完工，全乡通村公路全部硬化", "2024-03-05")]


def test_a_short_hard_wrapped_page_is_read_as_wrapped() -> None:
    # three lines reaching the margin, all breaking off mid-sentence, among headlines and last lines
    text = ("青禾县召开春耕生产动员会\n\n"
            "本报讯 3月4日，青禾县召开春耕生产动员会，部署全年粮\n"
            "食生产任务，县长柯望川出席并讲话，要求各乡镇抓好种\n"
            "子化肥供应。\n\n"
            "东岭乡最后一段村道完工\n\n"
            "本报讯 3月5日，东岭乡最后一段未硬化的村道完工，全乡\n"
            "通村公路全部硬化。\n")
    res = parse_text(text, year=2024)
    assert [e.text for e in res.entries] == [
        "本报讯 3月4日，青禾县召开春耕生产动员会，部署全年粮食生产任务，县长柯望川出席并讲话，要求各乡镇抓好种子化肥供应。",
        "本报讯 3月5日，东岭乡最后一段未硬化的村道完工，全乡通村公路全部硬化。"]


def test_a_short_clean_page_is_not_read_as_wrapped() -> None:
    # paragraphs a line each, of about one length: they end their sentences, nothing is joined
    text = ("青禾县召开春耕生产动员会\n\n"
            "本报讯 3月4日，青禾县召开春耕生产动员会，部署全年粮食生产任务。\n"
            "县长柯望川出席并讲话，要求各乡镇抓好种子化肥供应，确保春耕顺利。\n"
            "会议还通报了去年粮食生产考核情况，表扬了先进乡镇和种粮大户们。\n")
    res = parse_text(text, year=2024)
    assert res.entries[0].text.count("\n") == 2


def test_a_list_of_lines_of_one_width_is_no_hard_wrap() -> None:
    # an e-paper's list of its pages: lines of one width, none ending a sentence, printed alike but for
    # their numbers: each stays a line of its own
    pages = "".join(f"第{n}版:青禾新时代 奋进新征程\n" for n in range(11, 19))
    res = parse_text("版面导航\n" + pages)
    assert all("\n" in e.text or len(e.text) < 20 for e in res.entries)
    assert sum(e.text.count("第") for e in res.entries) == 8
    assert not any("第11版:青禾新时代奋进新征程第12版" in e.text.replace(" ", "") for e in res.entries)


def test_the_rules_read_a_hard_wrapped_paragraph_as_one() -> None:
    # items of a 简报 printed as a bracketed title over one paragraph, the paragraph hard-wrapped: each
    # is still one item (the rules see the paragraph whole, its line span keeps every line)
    text = ("青禾县人大工作简报\n第3期\n县人大常委会办公室　　　　2024年5月8日\n\n"
            "【代表视察乡村道路】\n"
            "县人大常委会副主任柯望川带领视察组到县交通运输局，听取\n"
            "了农村公路建设情况汇报，对相关工作给予肯定。\n\n"
            "【视察茶叶产业发展】\n"
            "县人大常委会副主任罗福海带领视察组，视察了石桥镇、河口\n"
            "乡的茶叶产业发展情况，并提出了建设性意见和建议。\n\n"
            "【东岭乡座谈】\n"
            "县人大常委会副主任严雪峰带领视察组到东岭乡，召集乡政府\n"
            "及卫生院的同志举行座谈会，听取意见建议。\n")
    res = parse_text(text)
    assert [(e.title, e.line_start, e.line_end) for e in res.entries] == [
        ("代表视察乡村道路", 5, 7), ("视察茶叶产业发展", 9, 11), ("东岭乡座谈", 13, 15)]
    assert res.entries[1].text == "县人大常委会副主任罗福海带领视察组，视察了石桥镇、河口乡的茶叶产业发展情况，并提出了建设性意见和建议。"


def test_a_hard_wrapped_column_of_briefs() -> None:
    text = ("要闻简报\n"
            "◆5月6日，青禾县召开巩固衔接重点工作调度会。副县长柯望川出\n"
            "席并讲话。\n"
            "◆5月7日，青禾县召开护林防火工作安排会。副县长罗福海出席。\n"
            "◆5月8日，青禾县召开安全生产工作会议，部署汛期安全生产工\n"
            "作。副县长严雪峰出席。\n")
    res = parse_text(text, year=2024)
    assert [(e.title, e.date) for e in res.entries] == [
        ("5月6日，青禾县召开巩固衔接重点工作调度会", "2024-05-06"),
        ("5月7日，青禾县召开护林防火工作安排会", "2024-05-07"),
        ("5月8日，青禾县召开安全生产工作会议，部署汛期安全生产工作", "2024-05-08")]


# --- markdown a converter adds

_WEB_ITEM = """当前位置: 首页 >> 政务动态 >> 乡镇动态
{h}青禾县人大常委会组织代表视察重点项目建设
{s}
发布时间:2024-07-13 来源:青禾县人大 作者:柯望川

7月12日,青禾县人大常委会组织部分代表视察重点项目建设情况。
视察组先后深入东岭乡、石桥镇等地实地察看。
打印本页 关闭窗口
"""


def test_a_web_item_headline_marked_as_a_heading_keeps_its_meta_line() -> None:
    # a page converted to markdown marks its headline `# `: its author and date line are still the item's
    for sub in ("", "传达学习会议精神 安排部署重点工作"):
        plain = parse_text(_WEB_ITEM.format(h="", s=sub))
        marked = parse_text(_WEB_ITEM.format(h="# ", s=sub))
        rows = [[(e.title, e.date, e.byline, e.text) for e in r.entries] for r in (plain, marked)]
        assert rows[0] == rows[1]
        assert rows[1][0][1:3] == ("2024-07-12", "柯望川")


def test_the_papers_name_beside_a_single_page_number_is_a_running_head() -> None:
    # a page of two: one page break, the running head printed once, and it is the masthead's name
    text = ("青禾周报\n2024年3月5日 第2版\n\n"
            "东岭乡最后一段村道完工\n\n"
            "— 2 —\n青禾周报\n"
            "3月4日上午，东岭乡最后一段未硬化的村道完工，全乡通村公路全部硬化。\n")
    res = parse_text(text)
    assert [(e.title, e.date) for e in res.entries] == [("东岭乡最后一段村道完工", "2024-03-04")]
    assert res.issue.meta["furniture_lines"] == [6, 7]


def test_a_year_the_hard_wrap_cut_in_two_is_read() -> None:
    # no masthead date: the year comes from the text, where the wrap cut `2023年` into `2` / `023年`
    text = ("要闻简报\n"
            "◆9月24日，由县直工委、县总工会联合举办的2\n"
            "023年青禾县直机关职工篮球赛在县体育馆开赛\n"
            "。副县长柯望川出席开幕式并致辞，宣布比赛开\n"
            "幕。\n"
            "◆9月25日，副县长罗福海带领联合执法队在东岭\n"
            "水库开展水源地保护联合执法行动，检查了取水\n"
            "口和库区周边的排污情况。\n")
    res = parse_text(text)
    assert [e.date for e in res.entries] == ["2023-09-24", "2023-09-25"]


def test_an_untitled_article_whose_first_sentence_breaks_at_the_line_end_is_titled_by_all_of_it() -> None:
    # a page too short to be read as hard-wrapped: the title still takes the sentence's end from the next line
    text = ("本报讯（记者 甘小棠）6月17日上午，区领导柯望川、罗福海\n"
            "带领有关部门负责同志深入重点工程现场。\n"
            "柯望川一行实地察看了东岭新区等项目。\n")
    res = parse_text(text, year=2024)
    assert [(e.title, e.date, e.byline) for e in res.entries] == [
        ("区领导柯望川、罗福海带领有关部门负责同志深入重点工程现场", "2024-06-17", "甘小棠")]


def test_a_letter_spaced_headline_is_read_as_a_headline() -> None:
    plain = "青禾县：柯望川调研秋粮收购工作\n\n10月20日上午，青禾县委书记柯望川到东岭乡调研秋粮收购工作。\n\n柯望川强调，要确保颗粒归仓。\n"
    spaced = plain.replace("青禾县：柯望川调研秋粮收购工作", " ".join("青禾县：柯望川调研秋粮收购工作"), 1)
    rows = [[(e.kind, "".join(e.title.split()), e.date, e.text) for e in parse_text(t, year=2024).entries]
            for t in (plain, spaced)]
    assert rows[0] == rows[1] == [("article", "青禾县：柯望川调研秋粮收购工作", "2024-10-20",
                                   "10月20日上午，青禾县委书记柯望川到东岭乡调研秋粮收购工作。\n柯望川强调，要确保颗粒归仓。")]
