"""Layout rules from the blind sets 67-71 and the weekend page of set 66 (session 21), each on text
written here in our own words: a page whose articles are hard-wrapped each at a width of its own, an
e-paper's `往期回顾` button over its title list and its articles, a feature's own subheads (`###` under
`##`, a bold line under a heading, `◆` under a plain headline) under its reporters' line, and a Word
box converted to a grid table of one column, with pandoc's image sizes and hard line breaks."""

from __future__ import annotations

from conftest import nows, parse_text

from digest.blocks import display_width, region_wraps, to_blocks


def _wrap(text: str, width: int) -> list[str]:
    """`text` cut every `width` characters, its first line indented two wide spaces (a PDF's column)."""
    text = "\u3000\u3000" + text
    return [text[i:i + width] for i in range(0, len(text), width)]


_STORY = ("清晨六点，河湾村的老码头上已经有了人声。五十八岁的船工邵长河解开缆绳，把渡船慢慢撑离岸边。"
          "这条渡线他跑了三十一年，从木船换成铁船，又从铁船换成了电动船。村里修通大桥以后，坐船的人少了，"
          "可他还是每天按时开船，因为对岸的菜地里总有几位老人要去干活。")
_BRIEF = ("望江社区的活动室每天傍晚都很热闹，退休会计郁明芳在这里给孩子们辅导功课，一坐就是两个钟头。"
          "她说，孩子们叫一声奶奶，比什么都值当。如今又有三位退休教师加入进来，课堂从每周两天增加到了五天。")
_ESSAY = ("秋分过后，江边的风一天比一天凉，早晨出门要多添一件衣裳。母亲从乡下捎来一袋新米，"
          "米袋上还沾着稻草屑，我抓起一把闻了闻，是太阳晒过的味道，也是小时候灶台边的味道。")


def test_articles_wrapped_each_at_a_width_of_its_own_are_read_as_paragraphs() -> None:
    lines = ["河湾日报　　　　　　　　2023年10月13日　星期五　　　　第5版", "", "渡船上的三十一年", "",
             "本报记者　柴立群　文/图", "", *_wrap(_STORY, 21), "", "人物·短镜头", "",
             "退休会计开起傍晚课堂", *_wrap(_BRIEF, 15), "（通讯员　阮思彤）", "",
             "新米", "□ 温向晚", "", *_wrap(_ESSAY, 13), "", "责任编辑：窦某　美编：林某"]
    entries = parse_text("\n".join(lines) + "\n").entries
    by_title = {nows(e.title): e.text.replace("\u3000", "") for e in entries}  # (paragraphs a line each)
    assert _STORY in by_title["渡船上的三十一年"]  # (21 characters a line)
    assert _ESSAY in by_title["新米"]  # (13)
    assert any(_BRIEF in text for text in by_title.values())  # (15)
    assert not any(nows(line) in by_title for line in _wrap(_STORY, 21) + _wrap(_BRIEF, 15) + _wrap(_ESSAY, 13))


def test_a_region_of_table_rows_or_headlines_alike_in_width_is_no_wrapped_paragraph() -> None:
    rows = to_blocks(["户主：彭某生　　人口：4　　金额：2000元", "户主：覃某兰　　人口：2　　金额：1500元",
                      "户主：黎某强　　人口：3　　金额：1000元", "户主：向某林　　人口：3　　金额：1245元"])
    assert region_wraps(rows, set(), None) == [None] * 4
    heads = to_blocks(["县农业农村局召开秋粮收购工作会议", "县水利局开展汛后水毁工程排查", "县林业局部署今冬森林防火工作",
                       "县商务局举办农产品产销对接活动"])
    assert region_wraps(heads, set(), None) == [None] * 4
    prose = to_blocks(_wrap(_STORY, 15))
    assert all(w is not None and w.width == 30 for w in region_wraps(prose, set(), None))


def test_quotes_and_dashes_are_wide_in_a_regions_measure() -> None:
    assert display_width("——社区“楼道”") == 12
    assert display_width("——社区“楼道”", cjk=True) == 16


def test_an_epaper_past_issues_button_over_its_title_list_is_no_end_of_the_page() -> None:
    body = ("本报讯　10月8日，某铁路局在管内各站开展冬季安全大检查，组织技术人员逐站检查设备，"
            "发现并整改问题三十余条，确保冬运期间行车安全。")
    lines = ["2012年10月9日 星期二 第1188期 首页 | 今日报纸 | 往期回顾 | PDF下载", "第02版：综合新闻 上一版 下一版",
             "往期回顾", "本版标题导航", "某铁路局开展冬季安全大检查", "某车务段组织应急演练",
             "某工务段完成线路大修", "字号：", "", "某铁路局开展冬季安全大检查", "本报记者 柯某某", body,
             "返回顶部", "某车务段组织应急演练", "通讯员 郝某",
             "本报讯　10月6日，某车务段在编组站组织非正常行车应急演练，车站值班员、调车人员等四十余人参加。",
             "返回顶部", "某工务段完成线路大修", "通讯员 易某某",
             "本报讯　10月7日，某工务段完成某线十二公里线路大修任务，比计划提前三天，线路质量全部达标。",
             "本版责编：某某 美编：某某"]
    entries = parse_text("\n".join(lines) + "\n").entries
    assert [nows(e.title) for e in entries] == ["某铁路局开展冬季安全大检查", "某车务段组织应急演练", "某工务段完成线路大修"]


_P1 = "上午九点，槐荫里小区五号楼门口，七十八岁的殷某某按下电梯按钮，几秒钟后就到了家门口。"
_P2 = "说起加装电梯，楼组长郎某某感慨颇多。十二户人家意见不一，前后开了七次协调会才签下同意书。"
_P3 = "二楼住户钮某某曾是最坚决的反对者，设计人员调整方案以后，她第一个在同意书上签了字。"
_NEWS = "本报讯（记者 东方某 通讯员 芦某）11月16日晚，西门社区的居民聚在楼下商量停车新规，现场表决通过。"
_PHOTO = "11月17日，市民在老城区梧桐巷的银杏树下拍照留念。"


def test_a_features_own_subheads_stay_in_its_text() -> None:
    md = "\n\n".join(["**某某晚报** 2020年11月19日　星期四", "**B05**　社区·邻里",
                      "## 一部电梯，“升”起满楼笑声", "本报记者 钮 某\\\n通讯员 仝 某 文/图", _P1,
                      "### 从“吵翻天”到“签满字”", _P2, "### 一楼住户的“心结”解开了", _P3,
                      "## 西门社区“楼道议事会”商定停车新规", _NEWS, "**银杏叶黄满巷金**",
                      '![](media/image2.jpeg){width="5.2in" height="3.4in"}', _PHOTO + "\n本报记者 卜某某 摄"]) + "\n"
    entries = parse_text(md, name="wanbao.md").entries
    titles = [nows(e.title) for e in entries]
    assert titles == ["一部电梯，“升”起满楼笑声", "西门社区“楼道议事会”商定停车新规", "银杏叶黄满巷金"]
    feature = nows(entries[0].text)
    assert _P1 in feature and _P3 in feature and "一楼住户的“心结”解开了" in feature
    assert nows(entries[2].text).startswith(_PHOTO)  # (a picture's sizes are no words of the caption)


def test_bulleted_subheads_under_a_plain_headline_with_its_reporters() -> None:
    text = "\n".join(["今日某滨·周末　　　　　　　　　　2023年9月22日　星期五", "", "四十年，一只药箱走遍七个岙", "",
                      "本报记者　荀某某　通讯员　贝某某　文/图", "", "　　" + _P1, "◆ “药箱比我还金贵”", "　　" + _P2,
                      "◆ 接过药箱的人", "　　" + _P3, "", "退休会计办起四点半课堂", "　　" + _BRIEF + "（通讯员　阮某某）",
                      "", "责任编辑：窦某　美编：林某"]) + "\n"
    titles = [nows(e.title) for e in parse_text(text).entries]
    assert titles == ["四十年，一只药箱走遍七个岙", "退休会计办起四点半课堂"]


def test_a_word_box_as_a_grid_table_of_one_column() -> None:
    lines = ["+------------------------------------------+", "| **链接**                                 |",
             "|                                          |", "| 根据某市既有住宅增设电梯办法，符合条件的 |",
             "| 住宅加装电梯一般分四步。                 |", "|                                          |",
             "| 第一步，业主协商，三分之二以上业主同意。 |", "+------------------------------------------+"]
    blocks = to_blocks(lines)
    assert [b.text for b in blocks] == ["链接", "根据某市既有住宅增设电梯办法，符合条件的住宅加装电梯一般分四步。",
                                        "第一步，业主协商，三分之二以上业主同意。"]
    assert blocks[0].bold == "链接" and (blocks[1].line, blocks[1].last_line) == (4, 5)
    table = to_blocks(["+----+----+", "| 姓名 | 单位 |", "+----+----+", "| 某某 | 某村 |", "+----+----+"])
    assert [b.text for b in table] == ["姓名\u3000\u3000单位", "某某\u3000\u3000某村"]  # (two columns: rows as before)


def test_a_profiles_title_after_a_dotted_column_label() -> None:
    lines = ["河湾日报　　　　　　　　2023年10月13日　星期五　　　　第5版", "", "渡船上的三十一年", "",
             "本报记者　柴立群　文/图", "", "　　" + _STORY, "", "人物·短镜头", "",
             "快递员葛小满：“跑”出来的调解员", "　　" + _BRIEF + "（通讯员　阮思彤）", "", "责任编辑：窦某　美编：林某"]
    titles = [nows(e.title) for e in parse_text("\n".join(lines) + "\n").entries]
    assert titles == ["渡船上的三十一年", "快递员葛小满：“跑”出来的调解员"]


def test_a_lead_and_colon_before_a_quoted_word_is_a_headline_not_a_quotation() -> None:
    from digest.newspaper import _without_lead

    assert _without_lead("快递员葛小满：“跑”出来的调解员") == "“跑”出来的调解员"
    assert _without_lead("村民葛小满：“这条路修得真好”") == "村民葛小满：“这条路修得真好”"  # (a quotation alone)


_C = " " * 24  # a centred line's indent in a PDF's text


def _mid(t: str) -> str:
    """`t` centred on a line of 72 columns, as a PDF's text keeps a centred headline."""
    return " " * ((72 - display_width(t)) // 2) + t


def test_a_bulletin_centring_its_headlines_reads_each_centred_line_as_one() -> None:
    text = "\n".join([
        _mid("政协某县第十届委员会第一次会议"), "", _mid("    会 议 简 报"), "", _mid("      第 3 期"), "",
        "大会秘书处                               2022年1月10日", "━━━━━━━━━━━━━━━━━━━━", "", "■大会动态", "",
        _mid("县领导到各组参加讨论"), "", "　　1月10日上午，会议进入分组讨论阶段，县领导分别到各组与委员们共商发展大计。", "",
        _mid("大会共收到提案126件"), "", "　　1月10日，大会提案组共收到委员个人和集体提案126件，已全部交有关单位办理。", "",
        _mid("大会举行第二次全体会议"), "", "　　1月11日上午，大会举行第二次全体会议，听取县政协有关工作报告。", "", "■委员心声", "",
        _mid("卜某华：让农村孩子也能读上好书"), "",
        "　　“我在乡村学校教了十八年书，孩子们太缺课外书了。”卜某华委员说，建议推行图书馆总分馆制。",
        "　　她还建议发动社会各界开展“捐一本好书”活动，让流动图书车定期进村入校。", "",
        _mid("谭某国：加快补齐县城停车短板"), "",
        "　　谭某国委员说，老城区停车难问题日益突出，建议利用边角地建设一批立体停车场。", "",
        _mid("嵇某明：守护好一河碧水"), "",
        "　　嵇某明委员建议，进一步压实河湖长制责任，对沿岸养殖场污水排放开展常态化巡查。", "",
        _mid("滕某玲：办好家门口的托育"), "",
        "　　滕某玲委员说，婴幼儿托育服务在县城几乎还是空白，建议引导社会力量举办普惠托育机构。", ""])
    titles = [nows(e.title) for e in parse_text(text + "\n").entries]
    assert titles == ["县领导到各组参加讨论", "大会共收到提案126件", "大会举行第二次全体会议",
                      "卜某华：让农村孩子也能读上好书", "谭某国：加快补齐县城停车短板", "嵇某明：守护好一河碧水",
                      "滕某玲：办好家门口的托育"]


def test_a_paragraph_goes_on_across_a_page_break_between_blank_lines() -> None:
    para = ("　　会上，委员们围绕政府工作报告提出意见建议。某某委员说，报告提出围绕重大项目开展专题协商，"
            "抓住了全县发展的关键，建议组织委员对重大项目建设开展常态化民主监督，推动项目早落地、早见效。"
            "某某委员说，希望政协多搭建青年委员学习交流平台，通过委员讲堂等形式帮助新委员尽快熟悉履职程序。")
    lines = _wrap(para[2:], 34)
    text = "\n".join([f"{_C}某县政协会议简报", "", f"{_C}第 3 期", "", "大会秘书处                2022年1月10日",
                      "━━━━━━━━━━━━━━━━━━━━", "", f"{_C}第一组：报告实事求是 目标鼓舞人心", "",
                      *lines[:2], "", f"{' ' * 30}— 1 —", "", *lines[2:], "", f"{_C}第二组：发挥党派优势 助力民营经济", "",
                      "　　1月10日上午，第二组委员围绕政府工作报告进行了热烈讨论，提出意见建议十余条。", ""])
    entries = parse_text(text + "\n").entries
    assert [nows(e.title) for e in entries] == ["第一组：报告实事求是目标鼓舞人心", "第二组：发挥党派优势助力民营经济"]
    assert para[2:] in entries[0].text.replace("\u3000", "")  # (one paragraph: the page break and its blank lines read past)


def test_numbered_items_whose_title_sentence_runs_into_the_text() -> None:
    text = "\n".join([
        "　　　　　　　　某溪工作动态", "", "　　　　　　　2025年第3期（总第87期）", "",
        "某溪镇人民政府办公室　　　　　　　　　　　2025年3月21日", "━━━━━━━━━━━━━━━━━━━━", "", "一、党建引领",
        "　　1.镇党委理论学习中心组开展集中学习。3月14日，镇党委理论学习中心组召开学习会，传达学习有关会议精神。",
        "　　会议要求，全镇党员干部要把学习成效转化为推动发展的具体举措。",
        "　　2.镇纪委开展节后廉政提醒谈话，持续释放严的信号。3月5日，镇纪委与新提任的中层干部开展集体廉政谈话。",
        "", "二、乡村振兴",
        "　　1.多措并举抓好春耕备耕。入春以来，某溪镇抢抓农时，全力推进春耕备耕各项工作，储备化肥1260吨。",
        "　　2．村级集体经济增收项目签约落地 3月13日，某溪镇举行村级集体经济“抱团发展”项目签约仪式。", ""])
    rows = [(nows(e.title), e.section, e.date) for e in parse_text(text + "\n").entries]
    assert rows == [("镇党委理论学习中心组开展集中学习", "党建引领", "2025-03-14"),
                    ("镇纪委开展节后廉政提醒谈话，持续释放严的信号", "党建引领", "2025-03-05"),
                    ("多措并举抓好春耕备耕", "乡村振兴", None),
                    ("村级集体经济增收项目签约落地", "乡村振兴", "2025-03-13")]


def test_a_bracketed_label_over_a_markdown_headline_is_its_section() -> None:
    md = "\n".join(["# 某川教育简报", "2017年第9期（总第142期）", "某川县教育局办公室编　　2017年9月18日", "【工作动态】",
                    "## 我县庆祝第33个教师节", "9月8日上午，某川县庆祝教师节暨优秀教师表彰大会在县文化中心举行。",
                    "## 县教育局开展秋季开学专项督导", "8月28日至9月1日，县教育局组成6个督导组对秋季开学工作进行专项督导。",
                    "【校园传真】", "## 县第一中学开展新生入学教育", "9月1日，县第一中学组织高一新生开展为期一周的入学教育。"]) + "\n"
    rows = [(nows(e.title), e.section, e.kicker) for e in parse_text(md, name="jianbao.md").entries]
    assert rows == [("我县庆祝第33个教师节", "工作动态", None), ("县教育局开展秋季开学专项督导", "工作动态", None),
                    ("县第一中学开展新生入学教育", "校园传真", None)]


def _column(text: str, width: int = 18) -> list[str]:
    """`text` cut every `width` characters, no indent (a narrow column of a PDF's page)."""
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_a_narrow_column_page_its_headline_as_wide_as_the_column_and_a_jump_mark() -> None:
    a = ("（上接第一版）某某强调，要坚决扛牢粮食安全政治责任，把稳定粮食播种面积作为硬任务，层层压实到乡镇、"
         "到村组、到田块，确保全年粮食播种面积稳定在42万亩以上。")
    b = ("近日，走进某溪乡麻家湾村油茶基地，只见工人们正在林间修枝、施肥、清理杂灌，昔日杂草丛生的老油茶林"
         "焕然一新。该乡采取“合作社+农户”模式，对低产油茶林实施改造，目前已完成改造3200亩。（舒某某）")
    c = ("本报讯　3月9日，某梁茶叶品牌建设专家咨询会在县城举行。来自省内外高校、科研院所的7位专家围绕茶园"
         "绿色生产、加工工艺提升和区域公用品牌打造等问题建言献策。（记者　澹台某某）")
    lines = ["02", "要 闻", "某梁报", "2024年3月14日　星期四", "", "锚定目标抓落实　凝心聚力促振兴", *_column(a), "",
             "盘活山林资源　助力农民增收", "某溪乡完成油茶低产林改造3200亩", *_column(b), "",
             "某梁茶叶品牌建设专家", "咨询会举行", *_column(c), ""]
    entries = parse_text("\n".join(lines) + "\n").entries
    rows = [(nows(e.kicker), nows(e.title)) for e in entries]
    assert rows == [(None, "锚定目标抓落实凝心聚力促振兴"), ("盘活山林资源助力农民增收", "某溪乡完成油茶低产林改造3200亩"),
                    (None, "某梁茶叶品牌建设专家咨询会举行")]
    assert nows(entries[0].text).startswith("某某强调")  # (the jump mark from the front page is no text)
    assert nows(entries[1].text).startswith("近日，走进")


def test_a_pdf_page_whose_every_line_is_set_in_six_spaces() -> None:
    m, p = " " * 6, " " * 10  # the page's margin, a paragraph's first line
    lines = [f"{' ' * 32}防汛抗旱工作简报", "", f"{' ' * 36}第 18 期", "",
             f"{m}某县防汛抗旱指挥部办公室                      2020 年 7 月 13 日", "", f"{m}一、雨水情", "",
             f"{' ' * 23}全县普降暴雨 北部山区局地特大暴雨", "",
             f"{p}7月12日8时至13日8时，受高空低涡切变和西南暖湿气流共同影响，我县",
             f"{m}出现入汛以来最强降雨过程，全县平均降雨量98.4毫米，北部山区普降大暴雨，",
             f"{m}局地特大暴雨。全县81个雨量站中，累计雨量250毫米以上的3站，100至250毫",
             f"{m}米的37站，50至100毫米的29站。", "",
             f"{' ' * 23}浠河干流水位全线上涨 县城站超警戒", "",
             f"{p}7月13日16时，浠河干流各站水位全线上涨。上游黄柏岭站13日6时出",
             f"{m}现洪峰水位157.40米，超警戒水位1.40米，目前已转退，现水位156.82米；县",
             f"{m}城站水位48.93米，超警戒水位0.93米，仍在缓慢上涨，预计14日凌晨出现洪",
             f"{m}峰，峰值约49.3米。", ""]
    entries = parse_text("\n".join(lines) + "\n").entries
    assert [nows(e.title) for e in entries] == ["全县普降暴雨北部山区局地特大暴雨", "浠河干流水位全线上涨县城站超警戒"]
    assert "\n" not in entries[1].text.strip()  # (one paragraph: its lines set in by the page's margin run on)


def test_an_editorial_printed_writer_first() -> None:
    lines = ["某安报　　2022年10月28日　星期五　　　　　　3", "评论·理论", "本版编辑：某某　　美编：某某", "",
             "本报评论员", "以奋进之姿把蓝图变为实景", "——一论认真学习宣传贯彻大会精神", "",
             "　　10月16日至22日，大会在北京举行，",
             "　　全县干部群众通过电视、网络认真收看收听、交流讨论，大家纷纷表示要把思想和行动统一到大会精神上来。", "",
             "某安快评", "“接诉即办”莫成“接而不办”", "□ 钭某某", "",
             "　　群众打来热线反映问题，有的部门接了电话却迟迟不办，让“接诉即办”变成了“接而不办”，这种现象要不得。", ""]
    entries = parse_text("\n".join(lines) + "\n").entries
    assert [(nows(e.title), e.subtitle) for e in entries][:1] == [("以奋进之姿把蓝图变为实景", "一论认真学习宣传贯彻大会精神")]
    assert nows(entries[0].text).startswith("10月16日至22日")
