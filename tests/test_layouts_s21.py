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
