"""Rules from session 34, each on text written here in our own words: every person, place and unit
below is made up."""

from __future__ import annotations

from conftest import nows, parse_text

from digest.persons import find_persons


def _names(text: str) -> list[str]:
    return [f.name for f in find_persons("", text)]


# --- persons -------------------------------------------------------------------------------------------------

def test_a_yi_name_is_read_by_its_given_name_when_its_clan_is_no_listed_one() -> None:
    # 某西, 某乃, 某海: clans the list lacks; 木呷, 日哈, 阿芝: given names no Han word holds
    assert "俄西木呷" in _names("4月3日，副乡长俄西木呷到坡脚村查看春耕备耕情况。")
    assert "格乃日哈" in _names("镇人大代表格乃日哈、覃月英参加了座谈。")
    assert "洛海阿芝" in _names("获奖的有甘秀珍、洛海阿芝、蒙启才。")


def test_a_role_or_a_word_for_a_kind_of_person_is_no_clan_of_a_yi_name() -> None:
    # (书记|阿呷, 村民|木呷: the role's tail or the noun before two syllables is no name)
    names = _names("县委书记阿呷主持会议，村民木呷说，路修好了。")
    assert not any(n.endswith(("阿呷", "木呷")) and len(n) == 4 for n in names)


def _recognized(*lines: str) -> list[list[str]]:
    from digest.persons import recognize

    return [r["persons"] for r in recognize(list(lines))]


def test_a_dotted_names_last_part_ends_before_a_word_no_transliteration_writes() -> None:
    # (下周, 专门, 专程: words whose first character no transliterated name is written with)
    assert _recognized("主教练莱昂·巴斯蒂亚尼下周将率队出征。",
                       "外籍教师安娜·彼得罗娃专门准备了教案。",
                       "哈萨克斯坦客商努尔兰·阿斯卡罗夫专程赶来。") == [
        ["莱昂·巴斯蒂亚尼"], ["安娜·彼得罗娃"], ["努尔兰·阿斯卡罗夫"]]


def test_a_mongolian_part_with_a_rare_word_inside_stays_whole() -> None:
    # (毕力 is a word of the dictionary, but a rare one: 额尔敦毕力格 is one part)
    assert _recognized("牧民巴图·额尔敦毕力格表示，草场长势好。") == [["巴图·额尔敦毕力格"]]


def test_a_given_names_last_lai_before_a_comma_is_the_names() -> None:
    # (a person noun, then 某福来，: "comes" ends no clause there; 来 before a verb was read already)
    assert _recognized("他到坡头村看望了老党员滕福来，感谢他多年的付出。") == [["滕福来"]]


def test_a_compound_surname_that_opens_words_is_read_between_a_kind_of_person_and_a_mark() -> None:
    # (东方 opens words; after 村民 and before 、 the four are a name, unless its given name is a word)
    assert _recognized("文艺汇演上，村民东方雨晴、赫连秋实先后登台。") == [["东方雨晴", "赫连秋实"]]
    assert _recognized("游客东方明珠、外滩都去过了。") == [[]]


# --- dates ---------------------------------------------------------------------------------------------------

PEOPLES_CONGRESS_BULLETIN = """人大工作简报
2025年第1期
槐岭县人大常委会办公室编　　　　2025年1月12日

目　　录
一、县人大常委会召开第二十次会议
二、县人大常委会视察农村公路建设
三、县人大常委会召开代表议案督办会

一、县人大常委会召开第二十次会议
（2024年12月26日—27日）
　　会议由县人大常委会主任付明章主持，会议听取了县人民政府关于全县财政预算执行情况的报告。
二、县人大常委会视察农村公路建设（12月中旬）
　　近日，县人大常委会组织部分常委会组成人员视察全县农村公路建设情况，先后察看了三条通村公路。
三、县人大常委会召开代表议案督办会（1月7日）
　　县人大常委会召开代表议案督办会，听取承办单位办理情况汇报。
"""


def test_an_items_day_in_brackets_under_its_heading_is_its_date_and_no_text() -> None:
    r = parse_text(PEOPLES_CONGRESS_BULLETIN, name="bulletin.txt")
    rows = [(e.title, e.date, e.date_end, e.text.split("\n")[0][:6]) for e in r.entries]
    assert rows == [("县人大常委会召开第二十次会议", "2024-12-26", "2024-12-27", "会议由县人大"),
                    ("县人大常委会视察农村公路建设", "2024-12", None, "近日，县人大"),
                    ("县人大常委会召开代表议案督办会", "2025-01-07", None, "县人大常委会")]


# --- web pages -----------------------------------------------------------------------------------------------

def _page(tmp_path, name: str, html: str, encoding: str = "utf-8"):
    from digest.parse import parse_source
    from digest.source import read_source

    page = tmp_path / name
    page.write_bytes(html.encode(encoding))
    return parse_source(read_source(page), persons=False)


OLD_DEPARTMENT_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>县林业局开展春季植树护绿行动--槐川县人民政府</title></head><body>
<table><tr><td><marquee scrollAmount=2>欢迎访问槐川县人民政府网站！意见建议请发县长信箱。</marquee></td></tr></table>
<table><tr><td>您现在的位置：首页 &gt;&gt; 政务动态 &gt;&gt; 部门动态</td></tr>
<tr><td><font style="FONT-SIZE: 14px">植新绿 护青山 惠民生</font></td></tr>
<tr><td class=title20>县林业局开展春季植树护绿行动</td></tr>
<tr><td>作者：柴明远&nbsp;&nbsp;来源：县林业局&nbsp;&nbsp;发布时间：2015-3-13 10:02:11</td></tr>
<tr><td><p>3月12日，县林业局组织干部职工到北坡荒山开展义务植树，栽下侧柏、油松等苗木两千余株。</p>
<p>活动中，技术人员现场讲解了挖坑、扶苗、培土、浇水等要领，确保栽一棵活一棵。</p>
<p>据介绍，今年全县计划完成人工造林一万二千亩，目前苗木已全部调运到位。</p></td></tr></table>
</body></html>"""


def test_a_marquee_is_no_text_and_a_slogan_of_three_phrases_is_the_kicker(tmp_path) -> None:
    r = _page(tmp_path, "old.html", OLD_DEPARTMENT_PAGE, encoding="gbk")
    assert [(e.kicker, e.title) for e in r.entries] == [("植新绿 护青山 惠民生", "县林业局开展春季植树护绿行动")]
    assert r.entries[0].date == "2015-03-12"


def _item(title: str, day: int, town: str) -> str:
    body = "".join(f"<p>{day}日，{town}组织干部群众开展第{k}轮安全隐患排查，走访农户{30 + k}户，"
                   f"检查沿街店铺{12 + k}家，现场整改问题{k + 2}处，对暂时不能整改的逐一登记、限期销号。</p>"
                   for k in range(1, 8))
    return f"<h4>{title}</h4><p>发布日期：2023-06-{day:02d}　来源：{town}</p>{body}"


def test_a_special_pages_sidebars_are_no_records_and_its_first_column_is_a_section(tmp_path) -> None:
    html = ("<html><body><div class='top'>欢迎访问槐川县人民政府网站！ 返回首页</div>"
            "<h1>工作动态</h1>" + _item("县应急局部署防汛备汛工作", 5, "县应急局") + _item("县消防大队走进社区宣讲", 7, "县消防大队")
            + "<h1>乡镇行动</h1>" + _item("柳湾镇开展燃气安全排查", 9, "柳湾镇")
            + _item("石门乡开展防溺水宣传", 12, "石门乡")
            + "<p style='text-align:right'>（石门乡 通讯员 郁晓岚）</p>"
            + "<div><h3>通知公告</h3><ul>"
            + "".join(f"<li><a href='/t/{k}.html'>关于开展第{k}批安全检查的通知...</a><span>06-0{k}</span></li>"
                      for k in range(1, 4))
            + "</ul></div><div><h3>图片新闻</h3><ul>"
            + "".join(f"<li><a href='/p/{k}.html'><img src='{k}.jpg'></a><p>排查现场{k}</p></li>" for k in range(1, 4))
            + "</ul></div><h3>相关链接</h3></body></html>")
    r = _page(tmp_path, "zt.html", html)
    assert [(e.section, e.title) for e in r.entries] == [
        ("工作动态", "县应急局部署防汛备汛工作"), ("工作动态", "县消防大队走进社区宣讲"),
        ("乡镇行动", "柳湾镇开展燃气安全排查"), ("乡镇行动", "石门乡开展防溺水宣传")]
    last = r.entries[-1]
    assert last.byline == "郁晓岚" and "通讯员" not in last.text


# --- layout text and page heads ------------------------------------------------------------------------------

def _col(left: str, right: str, width: int = 30) -> str:
    from digest.blocks import display_width

    return left + " " * (width * 2 + 6 - display_width(left)) + right


def test_two_columns_run_on_past_a_caption_and_the_left_one_goes_on_alone() -> None:
    from digest.blocks import split_columns, to_blocks

    lines = ["                    社区食堂开到家门口",
             _col("晚报讯（记者 甲某）社区食堂日前在槐", "旧物回收站今起开放"),
             _col("荫街道开业，老人凭卡用餐可享优惠。", "晚报讯（记者 乙某）记者从市城管局获"),
             _col("开业当天，前来就餐的居民排起长队。", "悉，首批十个回收站今起对外开放。"),
             "                                      居民可将旧衣物投放到站点。",
             "▲居民在食堂选购菜品。",
             "                                      站点每天上午九点开门。",
             _col("食堂负责人介绍，每天供应二十多种菜", "市城管局提醒，大件家具需提前预约。"),
             _col("品，价格比外面便宜两成左右。", "预约电话在各站点公示。"),
             _col("街道还为行动不便的老人提供送餐服务", "回收所得将用于社区公益。"),
             "",
             "■送餐上门解难题",
             "",
             "志愿者每天中午把饭菜送到老人家中，",
             "目前已有四十多户老人受益。"]
    text = [b.text.strip() for b in split_columns(to_blocks(lines))]
    assert text[0] == "社区食堂开到家门口"  # (the headline over both columns stays above them)
    left_end = text.index("目前已有四十多户老人受益。")
    assert text.index("▲居民在食堂选购菜品。") < text.index("街道还为行动不便的老人提供送餐服务") < left_end
    assert left_end < text.index("旧物回收站今起开放") < text.index("回收所得将用于社区公益。")


def test_a_page_head_set_far_apart_by_layout_gives_its_facts() -> None:
    from digest.masthead import line_facts

    assert line_facts("青川晚报" + " " * 40 + "A03") == {"name": "青川晚报", "page": 3, "page_label": "A03"}
    assert line_facts("2024年5月8日 星期三" + " " * 36 + "城事·民生") == {
        "date": "2024-05-08", "weekday": "星期三", "page_name": "城事·民生"}
    assert line_facts("责任编辑：甲某　美编：乙某" + " " * 30 + "青川晚报 2024.5.8")["date"] == "2024-05-08"
    assert line_facts("03   青川日报   2019.11.26") == {"date": "2019-11-26", "name": "青川日报", "page": 3}


# --- 简报 ---------------------------------------------------------------------------------------------------

COUNTED_BRIEFS = """城建工作简报
2024年第6期
某县住房和城乡建设局办公室　　　　2024年7月10日

本期要目
县住建局部署汛期施工安全工作
基层信息（3则）

【工作动态】
县住建局部署汛期施工安全工作
7月8日，县住建局召开汛期施工安全工作会，对在建项目防汛措施进行再部署。
【基层信息】
柳溪镇完成农房安全排查。6月下旬，柳溪镇组织村建员对全镇农房开展安全排查，发现隐患12处。
石桥乡开展村镇建设培训。7月2日，石桥乡组织全乡村建员开展业务培训，讲解农房建设审批流程。
县质监站开展高温施工巡查。入伏以来，县质监站对在建项目开展巡查，督促落实防暑降温措施。
"""


def test_a_toc_line_counting_a_columns_briefs_gives_one_entry_each_titled_by_its_first_sentence() -> None:
    r = parse_text(COUNTED_BRIEFS, name="jb.txt")
    assert [(e.section, e.title, e.text[:5]) for e in r.entries] == [
        ("工作动态", "县住建局部署汛期施工安全工作", "7月8日，"),
        ("基层信息", "柳溪镇完成农房安全排查", "6月下旬，"),
        ("基层信息", "石桥乡开展村镇建设培训", "7月2日，"),
        ("基层信息", "县质监站开展高温施工巡查", "入伏以来，")]
    assert not any("目录 line has no entry" in w for w in r.issue.warnings)


def test_a_word_files_entries_all_on_its_first_page_get_no_page(tmp_path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    from digest.parse import parse_path

    d = docx.Document()
    for line in COUNTED_BRIEFS.splitlines():
        d.add_paragraph(line)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # (a break before the closing block alone)
    d.add_paragraph("报：县人民政府办公室")
    path = tmp_path / "jb.docx"
    d.save(str(path))
    assert [e.page for e in parse_path(path, persons=False).entries] == [None] * 4


PARTY_BULLETIN = """　　　　　　　　　　　柳 岸 组 工
　　　　　　　　　　　　第 5 期
中共柳岸县委组织部编　　　　　　　　　2022 年 7 月 6 日

【工作动态】

　　　　县委召开纪念建党101周年座谈会
　　　　　　暨“两优一先”表彰会
　　6 月 30 日，县委召开纪念建党 101 周年座谈会暨“两优一先”表彰会，回顾光辉历程，表彰先进典型。
　　会议要求，各级党组织要以先进为榜样，把学习成果转化为推动发展的动力。

　　　　中共柳岸县委关于表彰优秀共产党员、
　　　　　　优秀党务工作者的决定
　　　　　　（2022 年 6 月 28 日）
　　县委决定，授予下列同志“全县优秀共产党员”称号：
甘秀兰（女，壮族）
覃振东
蒙小梅（女，瑶族）
韦家福（壮族）
　　希望受表彰的同志珍惜荣誉，再创佳绩。

【组工心语】

　　　　　　　　　　驻村手记

　　　　　　　　县委组织部　黎　晴

　　六月中旬，我到石板村驻村，跟着村干部一户一户走访，听到了许多实实在在的意见。
　　这段日子让我明白，群众工作要用脚步去丈量。
"""


def test_a_bulletins_joined_title_a_document_over_its_day_and_a_piece_under_its_writer(tmp_path) -> None:
    r = parse_text(PARTY_BULLETIN, name="zg.txt")
    titles = [nows(e.title) for e in r.entries]
    assert titles == ["县委召开纪念建党101周年座谈会暨“两优一先”表彰会",
                      "中共柳岸县委关于表彰优秀共产党员、优秀党务工作者的决定", "驻村手记"]
    assert r.entries[1].date == "2022-06-28"  # (the document's day)
    assert "韦家福" in r.entries[1].text  # (the roster's rows are its text, no headlines)


def test_a_reporter_line_of_a_writer_and_a_photographer_each_after_a_slash() -> None:
    from digest.newspaper import _reporter_under_headline

    assert _reporter_under_headline("文／甘露青　　图／覃明")  # (`图／某某`: the photographer's part of the line)
    assert _reporter_under_headline("县委组织部　黎　晴") and _reporter_under_headline("市人大常委会研究室　蒙小青")
    assert not _reporter_under_headline("县委组织部　召开会议")


MEDICARE_BULLETIN = """医保工作简报
2025年第2期
某县医疗保障局办公室编　　2025年2月12日
■ 基金监管
全县定点药店开展
医保基金使用自查
2月3日至7日，县医保局组织全县定点药店开展医保基金使用自查，重点检查串换药品、超量开药等问题。
（县医保局基金监管股　甘小雨）
开展定点医药机构“双随机、一公开”抽查
2月10日，县医保局联合县市场监管局随机抽取定点药店6家开展抽查，现场纠正问题4个。
（县医保局基金监管股　甘小雨）
■ 基层信息
**河湾镇开展医保政策宣传。** 2月5日，河湾镇医保服务站在集市开展政策宣传，发放资料800余份。
**石岭乡完成慢特病集中评审。** 2月6日，石岭乡卫生院完成门诊慢特病集中评审，受理申请12份。
"""


def test_a_bulletins_wrapped_verb_its_quoted_slogan_and_its_marked_label_over_run_in_items(tmp_path) -> None:
    import docx

    from digest.newspaper import _INNER_PUNCT, _without_lead, _wrapped
    from digest.parse import parse_path

    assert _wrapped("全县定点药店开展", "医保基金使用自查") and not _wrapped("春耕备耕工作扎实开展", "农资供应充足")
    assert _INNER_PUNCT.search(_without_lead("开展定点医药机构“双随机、一公开”抽查")) is None
    d = docx.Document()
    for line in MEDICARE_BULLETIN.splitlines():
        p = d.add_paragraph()
        if line.startswith("**"):
            title, rest = line[2:].split("**", 1)
            p.add_run(title).bold = True
            p.add_run(rest)
        else:
            p.add_run(line)
    path = tmp_path / "yb.docx"
    d.save(str(path))
    r = parse_path(path, persons=False)
    assert [(e.section, nows(e.title)) for e in r.entries] == [
        ("基金监管", "全县定点药店开展医保基金使用自查"),
        ("基金监管", "开展定点医药机构“双随机、一公开”抽查"),
        ("基层信息", "河湾镇开展医保政策宣传"),
        ("基层信息", "石岭乡完成慢特病集中评审")]


COUNTY_FRONT_PAGE = """今日柳岸
中共柳岸县委主管
柳岸县融媒体中心主办
湖南省内部资料性出版物准印证：
湘内资字（2016）第（12）号
2019年5月14日 星期二
农历己亥年四月初十
第1201期 本期4版
01
要 闻

全县春耕生产现场会召开
本报讯（记者 甘小雨）5月13日，全县春耕生产现场会在石岭乡召开，与会人员察看了机插秧示范片。
会议要求，各乡镇要抢抓农时，确保早稻面积稳定在12万亩以上。

简 讯

■县领导督导防汛工作 5月12日，县领导带队检查了城区排涝设施和沿河堤防。
■我县启动“柳岸好人”评选 5月10日，第三届“柳岸好人”评选活动启动，评选结果将于7月公布。
"""


def test_a_front_pages_license_wrapped_its_bare_page_number_and_its_briefs_under_the_page_name() -> None:
    r = parse_text(COUNTY_FRONT_PAGE, name="p1.txt")
    assert r.issue.meta.get("license") == "湘内资字（2016）第（12）号"
    assert [(e.page, e.section, e.subsection) for e in r.entries] == [
        (1, "要闻", None), (1, "要闻", "简讯"), (1, "要闻", "简讯")]


def test_a_rosters_rows_and_a_spaced_row_of_padded_and_yi_names() -> None:
    rows = _recognized("粘立新　　　　县公安局交通管理大队大队长",
                       "汪德全　　　　县农业农村局植保股股长",
                       "吉格拉措（女，蒙古族）　　某镇某村党支部书记",
                       "文　静　　杨　帆　　曲比阿呷　　覃小燕　　亓凤林")
    assert rows == [["粘立新"], ["汪德全"], ["吉格拉措"], ["文静", "杨帆", "曲比阿呷", "覃小燕", "亓凤林"]]


def test_a_dotted_name_keeps_the_dot_its_text_prints() -> None:
    # (read with `·`, listed with the text's own `•` or `・`; spaces around the dot left out)
    assert _recognized("泰国客商颂猜•巴功一行来访。", "马来西亚学者阿末・哈菲兹出席论坛。", "专家安娜·罗西发言。") == [
        ["颂猜•巴功"], ["阿末・哈菲兹"], ["安娜·罗西"]]


WEEKLY_POST = """<html><body><div id="img-content">
<h1 id="activity-name">一周要闻丨12.29—1.4，石岭这些事你关注了吗？</h1>
<div id="meta_content"><span id="js_name">石岭融媒</span> <em id="publish_time">2025-01-05 18:02</em></div>
<div class="rich_media_content" id="js_content">
<section><p>旧岁已辞</p><p>新年伊始</p><p>一起来看↓↓↓</p></section>
<section><p><strong>01</strong></p><p><strong>县委召开常委会会议部署岁末年初工作</strong></p><p>12.30 | 星期一</p>
<p>会议传达学习了全省经济工作会议精神，研究部署元旦春节期间安全生产和保供稳价工作。</p></section>
<section><p><strong>02</strong></p><p><strong>新年登高健身活动在凤凰山举行</strong></p><p>01.01 | 星期三</p>
<p>新年第一天，500余名干部群众沿凤凰山步道登高健身，迎接新年。</p></section>
<section><p><strong>03</strong></p><p><strong>县领导走访慰问困难群众</strong></p><p>01.03—04 | 星期五至星期六</p>
<p>县领导分别带队深入各乡镇，走访慰问困难群众和老党员，送去慰问金和生活物资。</p></section>
</div></div></body></html>"""


def test_a_weekly_posts_items_under_their_day_labels(tmp_path) -> None:
    r = _page(tmp_path, "weekly.html", WEEKLY_POST)
    assert [(e.title, e.date, e.date_end, e.text[:4]) for e in r.entries] == [
        ("县委召开常委会会议部署岁末年初工作", "2024-12-30", None, "会议传达"),
        ("新年登高健身活动在凤凰山举行", "2025-01-01", None, "新年第一"),
        ("县领导走访慰问困难群众", "2025-01-03", "2025-01-04", "县领导分")]


def test_surnames_of_guizhou_qinghai_gansu_sichuan_hebei_and_guangdong() -> None:
    assert _recognized("民警卯建华和辅警拓小明接警后赶到现场。", "合作社理事长植家宁介绍了今年的收成。",
                       "县税务局局长税立平出席会议。") == [["卯建华", "拓小明"], ["植家宁"], ["税立平"]]
    assert _recognized("各地要拓展税收来源，植树造林。") == [[]]


ACTIVITY_POST = """<html><body><div id="img-content">
<h1 class="rich_media_title" id="activity-name">领导活动丨副县长甘立群调研春茶生产工作</h1>
<div id="meta_content"><em id="publish_time">2025年03月20日 08:37</em> <span>云南</span></div>
<div class="rich_media_content" id="js_content">
<p><strong>领导活动</strong></p>
<p>3月19日，副县长甘立群深入白岩镇茶园，调研春茶采摘和加工销售情况，要求抓好茶园病虫害绿色防控。</p>
<p>在白岩镇茶叶加工厂，甘立群详细了解了订单和用工情况，叮嘱企业严把质量关。</p>
<p>（融媒记者：覃小雨）</p>
<p>当前内容可能存在未经审核的第三方商业营销信息，请确认是否继续访问。</p>
<p>微信扫一扫可打开此内容，</p>
<p>使用完整服务</p>
</div></div></body></html>"""


def test_a_posts_title_under_its_column_its_stamp_and_its_dialog(tmp_path) -> None:
    r = _page(tmp_path, "post.html", ACTIVITY_POST)
    assert [(e.title, e.date) for e in r.entries] == [("副县长甘立群调研春茶生产工作", "2025-03-19")]
    text = r.entries[0].text
    assert text.startswith("3月19日") and "使用完整服务" not in text and "微信扫一扫" not in text


def test_three_columns_side_by_side_are_read_one_after_another() -> None:
    from digest.blocks import split_columns, to_blocks

    a = ["本报讯（记者 甘小雨）5月7日，全县", "春耕生产现场会在石岭乡召开，与会人", "员察看了机插秧示范片和育秧工厂。",
         "会议要求，各乡镇要抢抓当前农时，确", "保早稻面积稳定在十二万亩以上，同时", "做好农资供应和技术服务各项工作。",
         "县领导覃明远、黎春生出席会议并讲话。", "各乡镇分管负责同志参加了现场会议。"]
    b = ["本报讯（通讯员 蒙小燕）连日来，县", "市场监管局组织执法人员对城区农资", "门店开展专项检查，重点查看种子、",
         "化肥和农药的进货台账和质量标识，", "共检查门店四十二家，发现问题九个，", "当场责令整改，并对两家门店立案。",
         "市场监管局提醒农户购买农资时索要", "发票，发现问题及时拨打投诉电话。"]
    c = ["本报讯（记者 韦丽华）记者从县气象", "局获悉，受冷空气影响，本周后期全", "县将有一次明显降温降雨天气过程，",
         "最低气温将降至十度左右，请广大群", "众及时添衣保暖，做好防范准备工作，", "农户要注意做好秧苗的防寒保温措施，",
         "避免低温天气对秧苗生长造成影响，", "确保今年春耕生产顺利有序地开展。"]
    lines = [x + "      " + y + "      " + z for x, y, z in zip(a, b, c, strict=True)]
    text = [bl.text.strip() for bl in split_columns(to_blocks(lines))]
    assert text == a + b + c
