"""Rules from session 33 (blind sets 238-243), each on text written here in our own words: every person,
place, paper and unit below is made up."""

from __future__ import annotations

from pathlib import Path

from conftest import parse_text

from digest.parse import parse_source
from digest.source import read_source


def _page(tmp_path: Path, name: str, html: str, persons: bool = False):
    page = tmp_path / name
    page.write_text(html, encoding="utf-8")
    return parse_source(read_source(page), persons=persons)


# --- web pages and e-paper views ---------------------------------------------------------------------------

EPAPER_VIEW = """<html><head><title>青禾日报</title></head><body>
<table><tr><td><h3>农技下乡记</h3><h1>苗圃里来了“土专家”</h1><h3>——溪口镇科技特派员服务见闻</h3></td></tr>
<tr><td>【日期】2019-04-12&nbsp;&nbsp;【版次】第03版：乡村振兴&nbsp;&nbsp;【作者】戈春生&nbsp;&nbsp;【字号】大 中 小</td></tr>
<tr><td><p>4月10日，溪口镇育苗基地里，科技特派员郜晓峰蹲在苗床边，给十几位农户讲嫁接要领。</p>
<p>“去年死苗多，今年跟着学，成活率高了一截。”种植户甘宗明说。</p></td></tr></table>
<p>版权所有 青禾日报社</p>
</body></html>"""


def test_an_epaper_views_edition_field_gives_the_articles_page_and_section(tmp_path: Path) -> None:
    r = _page(tmp_path, "view.html", EPAPER_VIEW)
    assert [e.title for e in r.entries] == ["苗圃里来了“土专家”"]
    e = r.entries[0]
    assert (e.page, e.section) == (3, "乡村振兴")  # (`【版次】第03版：乡村振兴`, read as the view's meta line)
    assert e.date == "2019-04-10"


def test_views_of_two_pages_give_no_page_to_either(tmp_path: Path) -> None:
    two = EPAPER_VIEW.replace("</table>", "</table><table><tr><td><h1>河堤栽下千棵柳</h1></td></tr>"
                              "<tr><td>【日期】2019-04-12&nbsp;&nbsp;【版次】第04版：生态&nbsp;&nbsp;【作者】甘露</td></tr>"
                              "<tr><td><p>4月9日，溪口镇组织干部群众在河堤植树，栽下垂柳一千余株。</p></td></tr></table>")
    r = _page(tmp_path, "views.html", two)
    assert all(e.page is None for e in r.entries)  # (two pages named: no one page is the view's)


# --- persons ------------------------------------------------------------------------------------------------

def test_dai_names_are_read_in_every_entry_of_a_document_that_speaks_of_the_dai_once() -> None:
    from digest.model import Entry
    from digest.persons import annotate

    entries = [Entry(title="曼勒村傣族茶农增收有门道", text="近日，记者走进曼勒村，茶农玉坎喃正在晾晒茶青。"),
               Entry(title="乡里召开冬春农业生产推进会", text="12月20日，乡长岩帕旺出席会议并讲话，副乡长罗德兴主持。")]
    annotate(entries, weak=0.5, clauses=True)
    assert "岩帕旺" in entries[1].persons  # (the second entry names no Dai place; the document does)
    alone = [Entry(title="乡里召开冬春农业生产推进会", text="12月20日，乡长岩帕旺出席会议并讲话，副乡长罗德兴主持。")]
    annotate(alone, weak=0.5, clauses=True)
    assert "岩帕旺" not in alone[0].persons  # (nothing says the Dai: 岩 opens no name read so)


def test_a_padded_name_in_a_table_row_ends_at_the_wide_gap_before_the_next_cell() -> None:
    from digest.model import Entry
    from digest.persons import annotate

    table = ("姓名  性别  出生年月  现任职务  拟任职务\n"
             "覃丽萍  女  1986.03  县林业局副局长  县自然资源服务中心主任\n"
             "邝 凯  男  1984.11  县审计局经责股股长  县审计局副局长\n")
    e = Entry(title="沙河县拟任职干部任前公示", text=table)
    annotate([e], weak=0.5, clauses=True)
    assert e.persons == ["覃丽萍", "邝凯"]  # (not 邝凯男: the role 中心主任 ends the row above)
    spaced = Entry(title="表彰名单", text="优秀教师：王  小  明  李  春  燕")
    annotate([spaced], weak=0.5, clauses=True)
    assert spaced.persons == ["王小明", "李春燕"]  # (a name letter-spaced all through is not cut to 王小)


# a 信息公开 page's notice: the document table, the title in two headings over its number, the issuer's name
# printed again in the signature
DISCLOSED_NOTICE = """<html><body>
<div>您好，欢迎访问青崖县人民政府网站！</div>
<table>
<tr><td>索 引 号：</td><td>11520000MB0000000X/2023-00031</td><td>信息分类：</td><td>人事信息</td></tr>
<tr><td>发布机构：</td><td>青崖县人民政府</td><td>成文日期：</td><td>2023-09-11</td></tr>
<tr><td>文　　号：</td><td>青府任〔2023〕12号</td><td>发布日期：</td><td>2023-09-13</td></tr>
</table>
<h1>青崖县人民政府</h1>
<h1>关于蒙秋实等同志职务任免的通知</h1>
<p>青府任〔2023〕12号</p>
<p>发布时间：2023-09-13 10:21:05 来源：县人社局 浏览次数：312</p>
<p>各乡镇人民政府，县政府各部门：</p>
<p>经县人民政府研究，决定：</p>
<p>蒙秋实同志任县农业农村局副局长；</p>
<p>免去韦德山同志的县水务局副局长职务。</p>
<p>青崖县人民政府</p>
<p>2023年9月11日</p>
<p>上一篇：青崖县人民政府关于石小林同志职务任免的通知</p>
<p>下一篇：青崖县2023年公开招聘教师公告</p>
</body></html>"""


def test_a_disclosed_notices_title_over_its_number_is_its_headline_and_its_signature_its_byline(tmp_path: Path) -> None:
    r = _page(tmp_path, "notice.html", DISCLOSED_NOTICE, persons=True)
    assert [e.title for e in r.entries] == ["青崖县人民政府 关于蒙秋实等同志职务任免的通知"]
    e = r.entries[0]
    assert e.text.startswith("各乡镇人民政府") and e.text.endswith("职务。")  # (the signature is no text)
    assert (e.byline, e.date) == ("青崖县人民政府", "2023-09-11")  # (signed; posted two days later)
    assert e.persons == ["蒙秋实", "韦德山"]


# --- 简报 ---------------------------------------------------------------------------------------------------

BULLETIN_OF_CASES = """纪检监察工作简报
2024年第2期
中共岭口县纪委办公室　　　　　　　　　　编印

岭口县纪委监委关于3起侵害群众利益
问题典型案例的通报

为警示教育党员干部，现将近期查处的3起典型问题通报如下。
一、青石镇原副镇长莫远航违规收受礼金问题
莫远航，男，青石镇原副镇长。2023年2月至8月，莫远航先后多次
收受工程承包人所送礼金共计1.8万元。2024年1月，莫远航受到党
内严重警告处分。
二、县水利局河道管理站原站长欧德全对辖区采砂监管失职失责问
题。欧德全，男，县水利局河道管理站原站长。2023年5月，欧德全
对河道采砂巡查不力，造成恶劣影响。2024年2月，欧德全受到政务
记过处分。
上述问题教训深刻，各级党员干部要引以为戒。
"""


def test_a_notices_title_wrapped_after_its_guanyu_is_one_title_and_a_cut_heading_keeps_its_last_character() -> None:
    r = parse_text(BULLETIN_OF_CASES, name="bulletin.txt")  # (an issue of the 通报 alone: its cases are its items)
    assert [e.title for e in r.entries] == ["青石镇原副镇长莫远航违规收受礼金问题",
                                            "县水利局河道管理站原站长欧德全对辖区采砂监管失职失责问题"]  # (`…问` / `题。…`)
    # (the 通报's title, wrapped after its 关于, is one title: the section of its cases)
    assert {e.section for e in r.entries} == {"岭口县纪委监委关于3起侵害群众利益问题典型案例的通报"}
    assert r.entries[1].text.startswith("欧德全，男，")



def test_a_bulletins_compiler_a_space_apart_from_its_biany_is_a_masthead_fact_and_gives_the_issue_its_year() -> None:
    from digest.masthead import line_facts

    assert line_facts("中共柳坪市委组织部办公室 编印              2024 年 1 月 9 日") == {
        "date": "2024-01-09", "editor_org": "中共柳坪市委组织部办公室"}
    assert line_facts("柳坪县政府办公室　　　　　　编 印") == {"editor_org": "柳坪县政府办公室"}
    issue = ("干部工作简报\n\n第 1 期\n\n中共柳坪市委组织部办公室 编印              2024 年 1 月 9 日\n\n"
             "【培训动态】\n\n全市年轻干部培训班开班\n12月4日上午，全市年轻干部培训班在市委党校开班，60名学员参训。\n\n"
             "培训班赴乡村振兴一线现场教学\n12月13日，培训班学员来到东岭镇，实地察看产业项目。\n")
    r = parse_text(issue, name="bulletin.txt")
    assert [e.date for e in r.entries] == ["2023-12-04", "2023-12-13"]  # (an issue of January reports December)


# --- pages ------------------------------------------------------------------------------------------------

def test_running_heads_with_a_letter_spaced_or_pinyin_page_name_give_page_and_name() -> None:
    from digest.masthead import line_facts

    assert line_facts("5　　　　2023年3月10日　星期五　　　　　　　　民　生　　　　　　　　青川报") == {
        "weekday": "星期五", "date": "2023-03-10", "page": 5, "name": "青川报", "page_name": "民生"}
    assert line_facts("MINSHENG　　　　民　生　　　　5") == {"page": 5, "page_name": "民生"}


def test_a_bulleted_briefs_first_line_wider_than_the_columns_is_prose_no_heading_across_them() -> None:
    from digest.blocks import Wrap, past_margin

    page = Wrap(width=28, indents=True)  # (columns of 14 characters; the 简讯 box set across two of them)
    assert not past_margin(page, "■查德福督查节前安全生产　2月6日，副县长查", above=True)  # (it rejoins its wrap)
    assert past_margin(page, "■蒙德林　县人大代表、县农业合作社理事长", above=True)  # (a speaker's heading stays one)


def test_a_boxes_text_set_narrower_than_the_columns_opens_under_its_title() -> None:
    from digest import newspaper as np
    from digest.blocks import to_blocks

    lines = ["在她看来，手艺不是放在博物馆里的老物件，“要让它回到人们的身上、家里，它才是活的。”", "",
             "◆链接", "苗族银饰锻制技艺", "苗族银饰锻制技艺主要流传于我县及周边",  # (the box's first line, left apart)
             "苗族聚居区，以白银为主料，经熔炼、锻打、錾刻、花丝等三十多道工序制成，纹样多取材于蝴蝶、鱼、龙和花草。"]
    doc = np._Doc(body=to_blocks(lines))
    at = next(i for i, b in enumerate(doc.body) if b.text.endswith("链接"))
    h = np.head_sidebar(doc, at)
    assert h is not None and h.title == "苗族银饰锻制技艺"


# --- digests ---------------------------------------------------------------------------------------------

TABLE_TOC_DIGEST = """# 柳坪政务信息

> **2023年第6期**　　中共柳坪市委办公室　编　　2023年6月12日

## 目　录

| 栏目 | 标题 | 页码 |
| :--- | :--- | :---: |
| 领导活动 | 蒲立群到东岭县调研防汛工作 | 1 |
|  | 蒲立群会见客商代表 | 1 |
| 工作动态·经济运行 | 5月全市外贸进出口增长6.1% | 2 |
| 工作动态·社会民生 | 市人社局举办夏季招聘会 | 2 |

---

## 领导活动

**蒲立群到东岭县调研防汛工作**

6月2日，市委书记蒲立群到东岭县调研防汛工作，察看水库和堤防。

**蒲立群会见客商代表**

6月5日，蒲立群会见来柳坪考察的客商代表一行。

## 工作动态

### 经济运行

**5月全市外贸进出口增长6.1%[^1]**

据海关统计，5月全市外贸进出口总值同比增长6.1%。

### 社会民生

**市人社局举办夏季招聘会**

6月8日，市人社局举办夏季招聘会，120家企业提供岗位3000余个。

[^1]: 数据来源：柳坪海关。
"""


def test_a_table_tocs_section_cells_head_their_items_and_a_footnote_mark_is_no_word_of_a_title() -> None:
    r = parse_text(TABLE_TOC_DIGEST, name="digest.md")
    got = [(e.section, e.subsection, e.title) for e in r.entries]
    assert got == [("领导活动", None, "蒲立群到东岭县调研防汛工作"), ("领导活动", None, "蒲立群会见客商代表"),
                   ("工作动态", "经济运行", "5月全市外贸进出口增长6.1%"), ("工作动态", "社会民生", "市人社局举办夏季招聘会")]


COLUMN_OF_PAGES = """柳坪政务信息
2023年第9期
柳坪区人民政府办公室
2023年9月28日
目 录
一、综合信息
区政府召开第12次常务会议…………1
二、社会事业
〔教育〕
区教育局开展秋季开学安全检查
〔民政〕
区民政局走访慰问困难老人
1
2
三、镇街动态
东林镇举办农民丰收节…………2

- 1 -
一、综合信息
区政府召开第12次常务会议
9月5日，区政府召开第12次常务会议，区长邵明远主持会议。
二、社会事业
区教育局开展秋季开学安全检查
9月1日，区教育局组成4个检查组，对全区32所学校开展开学安全检查。
- 2 -
区民政局走访慰问困难老人
9月12日，区民政局走访慰问辖区困难老人36户。
三、镇街动态
东林镇举办农民丰收节
9月23日，东林镇举办农民丰收节，展销农产品50余种。
"""


def test_a_tocs_titles_over_a_column_of_their_pages_take_those_pages() -> None:
    from digest.blocks import to_blocks
    from digest.toc import find_toc

    toc = find_toc(to_blocks(COLUMN_OF_PAGES.split("\n")))
    assert toc is not None
    assert [(it.section, it.title, it.page) for it in toc.items] == [
        ("综合信息", "区政府召开第12次常务会议", 1), ("社会事业", "区教育局开展秋季开学安全检查", 1),
        ("社会事业", "区民政局走访慰问困难老人", 2), ("镇街动态", "东林镇举办农民丰收节", 2)]
    r = parse_text(COLUMN_OF_PAGES, name="digest.txt")
    assert [e.title for e in r.entries] == [it.title for it in toc.items]


def test_a_name_that_opens_a_places_name_a_caption_label_and_a_papers_name_are_no_people() -> None:
    from digest.persons import recognize

    got = recognize(["研学团在包公祠前听讲解，又去了岳飞庙和黄帝陵。",
                     "这条公交线路途经火车站和中山纪念堂。",
                     "左图：志愿者为老人理发；右图：孩子们在书屋读书。（本报记者　邝晓晨　摄）",
                     "来源：青江日报　作者：邵一帆　责任编辑：祁雪"])
    assert [g["persons"] for g in got] == [[], [], ["邝晓晨"], ["邵一帆", "祁雪"]]


def test_a_runner_crossing_the_line_ends_the_name_before_the_verb() -> None:
    from digest.persons import recognize

    got = recognize(["第五赛段，吉尔吉斯斯坦车手阿斯兰·托克托罗夫冲线夺冠，中国车手甘晓斌排名第九。"])
    assert got[0]["persons"] == ["阿斯兰·托克托罗夫", "甘晓斌"]


APP_VIEW = """智慧柳川
打开APP，阅读体验更佳
打开

当前位置：首页 > 柳川要闻

全县一季度项目集中开工仪式举行
2024-03-28 18:42:07  |  来源：柳川县融媒体中心  |  编辑：肖雨
浏览量：3721
字号：大  中  小

  3月28日上午，全县一季度重大项目集中开工仪式在柳川经开区举行，县委书记莫远山宣布开工。
  县发展和改革局、两家企业负责人先后作发言。

县发展和改革局局长 郄志平
  今年全县计划实施重大项目86个，总投资320亿元，一季度开工23个。

柳川新材料有限公司董事长 上官立群
  公司二期项目建成后，年产值将突破10亿元。

  县长蔺晓光主持仪式。

记者：苟文博　通讯员：柯蔓

相关新闻
莫远山走访调研重点企业
2024-03-25

下载智慧柳川APP 查看更多精彩内容
打开APP
"""


def test_an_app_views_banner_opens_no_footer_and_its_speakers_stay_in_the_article() -> None:
    r = parse_text(APP_VIEW, name="view.txt")
    assert [e.title for e in r.entries] == ["全县一季度项目集中开工仪式举行"]
    e = r.entries[0]
    assert "郄志平" in e.text and e.text.rstrip().endswith("县长蔺晓光主持仪式。")  # (the speakers inside it)
    assert e.date == "2024-03-28"


POST_COPIED_WHOLE = """市委书记到柳坪调研项目建设
原创 柳坪县融媒体中心 柳坪发布 2024-03-15 19:26 湖南
收录于合集
#领导活动 47个
#项目建设 112个

柳坪发布
柳坪县人民政府新闻办公室官方账号，权威发布柳坪政务信息。
2361篇原创内容
公众号

3月14日，市委书记祁远山深入柳坪县工业园区调研，县委书记滕立新陪同。
祁远山强调，要以项目建设为抓手，推动县域经济高质量发展。

编辑｜杨柳 审核｜邬建
"""


def test_a_posts_collections_and_the_accounts_card_are_no_text() -> None:
    r = parse_text(POST_COPIED_WHOLE, name="post.txt")
    assert [e.title for e in r.entries] == ["市委书记到柳坪调研项目建设"]
    e = r.entries[0]
    assert e.text.startswith("3月14日，市委书记祁远山") and "原创内容" not in e.text and "47个" not in e.text


def test_a_post_header_without_yuanchuang_names_the_account_twice() -> None:
    from digest.chrome import chrome_reason

    assert chrome_reason("岭西发布 岭西发布 2025年01月02日 08:03 四川") == "wechat-header"
    assert chrome_reason("岭西发布 县融媒体中心 2025年01月02日 08:03 四川") is None  # (two names: no header alone)


NUMBERED_ITEMS_TYPED_UNEVENLY = """党建工作简报
第7期
中共青石镇委员会组织办　　　　　2023年7月12日
1.\t镇党委召开理论学习中心组学习会
　　7月4日上午，镇党委召开理论学习中心组学习会，镇党委书记冉海峰主持并领学。
2.\t开展“七一”走访慰问活动。6月26日至30日，镇党委班子成员分组走访慰问老党员和困难党员62人。
3．以网格党小组织密基层“服务网”：今年以来，镇党委按照“一网格一党小组”的思路，建成网格党小组48个。
4.金竹坪村推行无职党员设岗定责　7月6日，金竹坪村党支部召开党员大会，为41名无职党员设岗定责。
"""


def test_numbered_items_whose_titles_run_in_by_a_colon_or_a_wide_space_are_items_of_the_run() -> None:
    r = parse_text(NUMBERED_ITEMS_TYPED_UNEVENLY, name="bulletin.txt")
    assert [e.title for e in r.entries] == ["镇党委召开理论学习中心组学习会", "开展“七一”走访慰问活动",
                                            "以网格党小组织密基层“服务网”", "金竹坪村推行无职党员设岗定责"]
    assert r.entries[2].text.startswith("今年以来，镇党委")


REPORT_PARTS = """秸秆禁烧工作简报
第3期
青石镇禁烧办　　　　　　　　2024年6月12日

【工作动态】
全镇召开秸秆禁烧工作推进会
　　6月3日，全镇秸秆禁烧工作推进会召开，镇长闫立新对禁烧工作再部署。

【存在问题】
　　从前期督查情况看，仍存在一些薄弱环节：一是个别卡点夜间值守不到位；二是部分秸秆清运不及时。

下步打算：
1.继续保持高压态势，镇督查组继续开展夜间暗访。
2.加快秸秆离田进度，力争6月20日前离田率达到80%以上。
"""


def test_a_reports_closing_parts_under_their_labels_are_records_titled_by_them() -> None:
    r = parse_text(REPORT_PARTS, name="bulletin.txt")
    assert [(e.section, e.title) for e in r.entries] == [
        ("工作动态", "全镇召开秸秆禁烧工作推进会"), ("存在问题", "存在问题"), ("下步打算", "下步打算")]
    assert r.entries[2].text.startswith("1.继续保持高压态势")


def test_an_items_closing_credit_of_its_unit_and_writer_leaves_the_text_for_the_byline() -> None:
    from digest.text import trailing_credit

    assert trailing_credit("…打好基础。（县农业局　普晓飞）") == (
        "…打好基础。", [("contributor", "供稿", "县农业局"), ("writer", "撰稿", "普晓飞")])
    assert trailing_credit("（县政务服务中心　摘编）") is None  # (what the unit did, no writer's name: not read so)
    issue = ("青川政务信息\n2012年第7期\n青川县人民政府办公室　　　2012年7月25日\n目　录\n"
             "县农业局推广茶园绿色防控技术…………1\n曼岗乡举办橡胶割胶技术培训…………1\n\n"
             "县农业局推广茶园绿色防控技术\n近日，县农业局在曼岗乡举办茶园病虫害绿色防控技术培训班4期，培训茶农620余人次。\n"
             "（县农业局　普晓飞）\n"
             "曼岗乡举办橡胶割胶技术培训\n7月18日，曼岗乡在南帕村举办橡胶割胶技术培训，西双版纳的傣族胶农60余人参训。\n"
             "（曼岗乡人民政府　依香）\n")
    from conftest import make_source

    r = parse_source(make_source(issue, "digest.txt"), persons=True)
    assert [(e.byline, e.text.rstrip()[-5:]) for e in r.entries] == [("普晓飞", "620余人次。"[-5:]), ("依香", "60余人参训。"[-5:])]
    assert "依香" in r.entries[1].persons  # (a Dai name, no surname: the credit says it is a person)


def test_a_players_points_after_a_dotted_name_end_it() -> None:
    from digest.persons import recognize

    got = recognize(["辽宁队后卫韩子墨全场拿下28分，外援德里克·约翰逊贡献22分12个篮板；新西兰队的莎拉·坎贝尔独得20分。"])
    assert got[0]["persons"] == ["韩子墨", "德里克·约翰逊", "莎拉·坎贝尔"]


def test_a_page_heads_name_and_number_alone_give_the_page() -> None:
    from digest.masthead import line_facts

    assert line_facts("综合 3") == {"page": 3, "page_name": "综合"}
    assert line_facts("3　要闻") == {"page": 3, "page_name": "要闻"}
    assert line_facts("① 综合") is None  # (a circled number is no page's: int() would refuse it)


NOTICE_UNDER_ITS_LABEL = """青川报
2024年1月5日 星期五
综合 3

县图书馆开展寒假“悦读”活动
本报讯 1月2日，县图书馆启动寒假“悦读”活动，设置亲子共读、非遗手工等体验项目。

【停电通知】
因10千伏城东线线路
检修，1月9日（星期二）7:30至18:00，城关镇东关村部分区域将停止供电。给您带来的不便，敬请谅解。
国网青川县供电公司
2024年1月4日
"""


def test_a_notice_under_its_bracketed_label_is_a_record_titled_by_it() -> None:
    r = parse_text(NOTICE_UNDER_ITS_LABEL, name="page.txt")
    assert [(e.title, e.page, e.section) for e in r.entries] == [
        ("县图书馆开展寒假“悦读”活动", 3, "综合"), ("停电通知", 3, "综合")]
    assert r.entries[1].text.startswith("因10千伏城东线线路")


def test_an_epaper_pages_nav_row_and_its_piped_page_head_and_joint_publisher() -> None:
    from digest.chrome import chrome_reason
    from digest.masthead import line_facts

    assert chrome_reason("上一期 下一期 往期回顾 PDF版") == "epaper-nav"
    assert line_facts("2024年4月18日 星期四 | 07 | 政协之窗") == {
        "weekday": "星期四", "date": "2024-04-18", "page": 7, "page_name": "政协之窗"}
    assert line_facts("本版由青川区政协办公室与青川日报社联合主办 责任编辑：柴玲")["publisher"] == "青川区政协办公室与青川日报社"


def test_a_proposal_tables_proposer_column_with_cells_of_several_words_and_a_familiar_name_before_an_adverb() -> None:
    from digest.model import Entry
    from digest.persons import annotate

    table = ("序号  案号  提案题目  提案人  主办单位\n"
             "1  第0012号  关于推进盐碱地综合利用的提案  祁长河  区农业农村局\n"
             "2  第0035号  关于完善社区养老服务的提案  蔺秀慧 等4人  区民政局\n"
             "3  第0102号  关于提升基层医疗机构慢病管理能力的提案  查淑英  区卫健局\n"
             "4  第0150号  关于建设青少年科创实践基地的提案  那 顺  区科技局\n")
    e = Entry(title="区政协重点提案一览", text=table)
    annotate([e], weak=0.5, clauses=True)
    assert {"祁长河", "查淑英", "那顺"} <= set(e.persons)  # (a row of more cells than the head's resets no table)
    story = Entry(title="修表铺", text="小伙子走远了，老钟才抬起头，望着街口来来往往的人。")
    annotate([story], weak=0.5, clauses=True)
    assert story.persons == []  # (老钟|才: a surname called familiarly, no name 老钟才)


def test_the_surname_ji_and_kham_tibetan_syllables_in_a_list_of_leaders() -> None:
    from digest.model import Entry
    from digest.persons import annotate

    e = Entry(title="州长到县督导安全生产", text="县领导沙马拉且、吴晓琳、苏郎甲措、訾敏、戢文亮分别参加相关活动。")
    annotate([e], weak=0.5, clauses=True)
    assert e.persons == ["沙马拉且", "吴晓琳", "苏郎甲措", "訾敏", "戢文亮"]


def test_a_page_head_printing_the_pages_name_before_the_papers_gives_each_its_own() -> None:
    first = parse_text("2019年6月12日  星期三\n要闻\n2\n\n青溪新闻\n责任编辑：蔺晓舟    校对：岑露\n\n"
                       "区政务服务中心推出套餐服务\n本报讯 6月10日，区政务服务中心推出“一件事一次办”套餐服务。\n",
                       name="page.txt")
    assert (first.issue.meta.get("name"), first.issue.meta.get("page_name")) == ("青溪新闻", "要闻")
    assert first.entries[0].section == "要闻"
    second = parse_text("8\n2017年10月20日  星期五\n青  瓦\n青川日报\n本版编辑：柏书言    美编：冼宁\n\n"
                        "井台边的秋天\n　　那年秋天，母亲在井台边晒辣椒，一串一串挂满了竹竿。\n", name="page.txt")
    assert (second.issue.meta.get("name"), second.issue.meta.get("page_name")) == ("青川日报", "青瓦")


def test_a_tocs_bracket_numbered_item_worded_otherwise_than_its_body_title_is_still_an_item() -> None:
    from digest.blocks import to_blocks
    from digest.toc import find_toc

    text = ("青川政务信息\n2013年第1期\n目　录\n一、重要会议\n（1）区委常委会传达学习八项规定精神\n（2）区政府召开第三十五次常务会议\n"
            "二、领导活动\n（1）区长督查节日市场供应\n"
            "一、重要会议\n区委常委会专题传达学习中央关于改进工作作风的八项规定\n12月7日，区委常委会召开会议。\n"
            "区政府召开第三十五次常务会议\n12月26日，区政府召开常务会议。\n"
            "二、领导活动\n区长督查节日市场供应\n12月28日，区长带队督查。\n")
    toc = find_toc(to_blocks(text.split("\n")))
    assert toc is not None and len(toc.items) == 3  # (its first item, worded otherwise, is the run's all the same)


WEIBO_POST = """微博
首页
视频
热门
消息
我
青川住建
23-10-31 21:14 来自 微博网页版 已编辑
发布于 山西
#青川供暖季# 【今夜零时起全市正式供热】10月31日晚，市住建局局长郜志远带领相关负责人深入热源厂和换热站，检查供热准备工作。
郜志远强调，各供热企业要强化24小时值班值守，确保群众温暖过冬。 收起全文d
共9张图片
转发 36
评论 52
赞 217
按热度
按时间
晋南小李子
：小区今晚能热吗？
10-31 21:40 来自山西
"""


def test_a_microblog_post_with_a_year_of_two_its_place_and_its_readers_comments() -> None:
    r = parse_text(WEIBO_POST, name="post.txt")
    assert [(e.title, e.kicker, e.date) for e in r.entries] == [("今夜零时起全市正式供热", "#青川供暖季#", "2023-10-31")]
    assert "小区今晚能热吗" not in r.entries[0].text and "收起全文" not in r.entries[0].text


TOC_PAGES_LOST = """青川政务信息
2023年第11期
本  期  目  录

【要务聚焦】
市政府第38次常务会议召开…………………………………………… 1
我市与晋北科技学院等三所院校签署校地合作
协议………………………………………………………………………

【调研与思考】
关于我市县域医共体建设的调查与思考

【信息快讯】
市图书馆新馆开馆试运行……………………………………………… 2

【要务聚焦】
市政府第38次常务会议召开
11月20日，市长主持召开市政府第38次常务会议。
我市与晋北科技学院等三所院校签署校地合作协议
11月23日，我市与三所院校签署校地合作协议。
【调研与思考】
关于我市县域医共体建设的调查与思考
2021年以来，我市全面推开紧密型县域医共体建设。
【信息快讯】
市图书馆新馆开馆试运行
11月28日，市图书馆新馆开馆试运行。
"""


def test_a_tocs_wrapped_title_with_its_page_lost_and_a_pageless_title_over_the_next_heading_are_items() -> None:
    from digest.blocks import to_blocks
    from digest.toc import find_toc

    toc = find_toc(to_blocks(TOC_PAGES_LOST.split("\n")))
    assert toc is not None
    assert [(it.title, it.page) for it in toc.items] == [
        ("市政府第38次常务会议召开", 1), ("我市与晋北科技学院等三所院校签署校地合作协议", None),
        ("关于我市县域医共体建设的调查与思考", None), ("市图书馆新馆开馆试运行", 2)]


def test_a_pages_number_under_its_day_and_lunar_day_then_its_letter_spaced_name() -> None:
    r = parse_text("青川日报\n2021年6月18日 星期五\n农历辛丑年五月初九\n3\n三 农\n责任编辑:黄凌云 校对:农彬\n\n"
                   "早稻进入灌浆期\n本报讯 6月15日，记者从县农业农村局获悉，全县20万亩早稻陆续进入灌浆期。\n", name="page.txt")
    assert (r.issue.meta.get("page"), r.issue.meta.get("page_name")) == (3, "三农")
    assert (r.entries[0].page, r.entries[0].section) == (3, "三农")


def test_a_reporters_line_with_a_name_spaced_after_its_surname_heads_the_article() -> None:
    from digest.text import join_spaced_names

    assert join_spaced_names("本报记者 欧阳澜  通讯员 覃慧敏 林 子墨") == "本报记者 欧阳澜  通讯员 覃慧敏 林子墨"
    r = parse_text("青川日报\n2019年11月26日  星期二\n07\n法 治\nE-mail:qcrb@126.com   法治热线:0779-3312110\n\n"
                   "八旬老父过户房产后被安排住进杂物间\n巡回法庭开进村\n老人讨回“安身房”\n——临溪区法院审结一起撤销赠与合同纠纷案\n"
                   "本报记者 欧阳澜  通讯员 覃慧敏 林 子墨\n\n"
                   "11月19日上午，临溪区东坪镇沙湾村村委会一楼会议室被临时布置成了法庭，审判席、原告席、被告席一应俱全。\n",
                   name="page.txt")
    e = r.entries[0]
    assert (e.title, e.byline) == ("巡回法庭开进村老人讨回“安身房”", "欧阳澜、覃慧敏、林子墨")
    assert r.issue.meta.get("hotline") == "0779-3312110"  # (a desk's own hotline: `法治热线`)


BOLD_NUMBERED_ITEMS = """# 防 汛 简 报

第12期

青川县防汛抗旱指挥部办公室编印

**【县级动态】**

**一、县防指启动防汛Ⅳ级应急响应。** 7月10日17时，县防指决定于18时起启动防汛Ⅳ级应急响应，县长吉克伍沙连夜主持召开调度会。

**二、雨水情。** 7月10日20时至12日6时，全县平均降雨量98.6毫米，最大降雨出现在马鞍坪镇。

**三、全力抢通“生命线”** 11日凌晨，受塌方影响，县道X041线交通中断，县交通运输局连夜抢修。

**【乡镇动态】**

**一、马鞍坪镇：“村村响”大喇叭叫醒熟睡群众。** 11日凌晨1时许，镇党委书记阿苏拉则通过应急广播反复播报转移通知。
"""


def test_bold_numbered_items_under_a_bold_bracketed_label_their_number_no_word_of_the_title() -> None:
    r = parse_text(BOLD_NUMBERED_ITEMS, name="bulletin.md")
    assert [(e.section, e.title) for e in r.entries] == [
        ("县级动态", "县防指启动防汛Ⅳ级应急响应"), ("县级动态", "雨水情"), ("县级动态", "全力抢通“生命线”"),
        ("乡镇动态", "马鞍坪镇：“村村响”大喇叭叫醒熟睡群众")]


TOUTIAO_ARTICLE = """首页
下载头条
登录
青川发布
2024-05-06 10:23·四川
关注
“五一”假期青川接待游客41.3万人次
00:00 / 02:38
视频加载中...
视频：“五一”假期青川各景区游人如织（青川县融媒体中心出品）
今年“五一”假期，青川县推出12条精品旅游线路，5月1日至5日全县共接待游客41.3万人次，同比增长18.6%。
景区人气旺 客流创新高
白鹤岭景区成为假期“顶流”，5月2日单日接待游客2.1万人次，创开园以来最高纪录。
乡村游走俏 民宿“一房难求”
“跟着节气去乡村”成为新风尚，全县62家民宿假期入住率超过九成。
"""


def test_a_toutiao_articles_title_under_its_header_and_its_subheads_inside_it() -> None:
    r = parse_text(TOUTIAO_ARTICLE, name="article.txt")
    assert [e.title for e in r.entries] == ["“五一”假期青川接待游客41.3万人次"]
    e = r.entries[0]
    assert e.text.startswith("今年“五一”假期") and "民宿假期入住率" in e.text


def test_a_posts_part_number_glued_to_its_title_by_a_bar_is_no_word_of_it() -> None:
    post = ("本周要闻丨青石镇这样开局\n原创 青石融媒 青石发布 2025年01月04日 19:42 贵州\n\n"
            "01\n镇党委召开党建述职评议会\n12月30日上午，镇党委召开党组织书记抓基层党建述职评议会。\n\n"
            "02\n寒冬巡山不停歇\n1月2日，副镇长粟永刚带队开展森林防火检查。\n\n"
            "03 | 农村集体“三资”清理专项行动启动\n1月3日，镇里召开会议，部署农村集体“三资”清理专项行动。\n")
    r = parse_text(post, name="post.txt")
    assert "农村集体“三资”清理专项行动启动" in [e.title for e in r.entries]


TAIWAN_RELEASE = """青 川 縣 政 府 新 聞 稿

發布日期：１１４年１月２日
發布單位：民政處
聯絡人：民政處禮俗宗教科 科長 賴佩蓉	聯絡電話：(05)862-3311分機2153
	手機：0932-681-547

青川縣114年元旦升旗典禮
溫縣長：新的一年拚建設、顧長輩

迎接114年第一道曙光！青川縣政府1月1日清晨6時30分於縣府前廣場舉行元旦升旗典禮，由縣長溫振邦主持。
溫縣長致詞時表示，今年縣府將持續推動「長青食堂」擴點，讓長輩吃得飽、吃得好。
"""


def test_a_taiwan_press_release_its_name_and_header_over_its_title() -> None:
    r = parse_text(TAIWAN_RELEASE, name="release.txt")
    assert len(r.entries) == 1
    e = r.entries[0]
    assert "升旗典禮" in (e.kicker or "") + e.title and e.text.startswith("迎接114年第一道曙光")
    assert r.issue.meta.get("date") == "2025-01-02"  # (民國114年 in full-width digits)


def test_a_list_of_people_under_a_colon_and_a_column_label_of_notice_words_are_no_records() -> None:
    text = ("代表工作简报\n2023年第6期\n青川区人大常委会代表工作室编\n\n【履职活动】\n\n区人大代表集中视察城市更新项目\n"
            "　　11月8日，区人大常委会组织部分区人大代表开展集中视察。\n　　参加视察的区人大代表（排名不分先后）：\n"
            "杨　帆（青川市第十二中学教师）\n冯玉梅（青川区妇幼保健院护士长）\n令狐静（青川区律师协会会长）\n\n【通知公告】\n\n"
            "关于征集区人大三次会议代表议案建议的通知\n各街道、镇人大工委，各位区人大代表：\n"
            "　　区人大三次会议拟于2024年1月上旬召开，现将征集代表议案建议有关事项通知如下。\n")
    r = parse_text(text, name="bulletin.txt")
    assert [(e.section, e.title) for e in r.entries] == [
        ("履职活动", "区人大代表集中视察城市更新项目"), ("通知公告", "关于征集区人大三次会议代表议案建议的通知")]
