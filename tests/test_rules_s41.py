"""Session 41's rules, each on hand-made text whose names and places appear in no sample: a scanned 简报 an OCR read
(its seal's stray lines, its compiler's date with 曰, a compiler's 编 set apart), a 目录 head split over lines with
the cover's day between, a listed title's wrapped rest under `【本期要目】`, a list's 、 in a title over a dated
paragraph, the day a second sentence opens with after a purpose clause, a column's name over a headline read as the
item's subsection, a feature's bold subheads, a Q&A's first question under its title, a brief opening on a
festival's eve, a title of two characters set apart, a numbered picture's day, a caption credited to a reporter and
a correspondent, names read without the verb or adverb after them, a WeChat round-up's marked bold titles under
framed group labels and its header's day, a later month a page announces, a counted column of untitled briefs, a
目录 title's leader before its page's line, a reign's year, a clan and a hall that are no person, numbered
headings under numbered sections, a speech digest's speakers, a two-column 目录 with spaced dot leaders, a dotted name
opening a biography, padded names in a list, 區 as a surname in traditional text, Word's automatic 目录 whose section
lines print pages, and a special page's head."""

from __future__ import annotations

from conftest import make_source, named_persons, nows, parse_text

from digest.masthead import line_facts
from digest.parse import parse_source
from digest.text import seal_lines

_SCANNED = """
              某 县 农 机 中 心
                 工 作 简 报

                  第 5 期

某县农机服务中心办公室　　　　　　　　2O21年5月9曰
一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一
【全县夏收机具检修全面完成】
　　5月6日，县农机服务中心组织技术人员深入各乡镇，对
参与夏收的联合收割机逐台检修，共检修机具316台。
　　各乡镇农机站同步开展驾驶员安全培训，确保夏收期间
机具安全运行。
                               ,· 一 - 、
                           /某县农机服务中心 \\
                            ＼  办 公 室  ·′
                               ` -- ′
【某镇启用农机作业调度平台】
　　5月8日，某镇农机作业调度平台正式启用，农户可在手机上
预约收割服务。
"""


def test_an_ocr_read_seal_is_no_text_and_the_compilers_day_with_its_ocr_slips_dates_the_issue() -> None:
    result = parse_text(_SCANNED)
    got = {nows(e.title): e for e in result.entries}
    assert list(got) == ["全县夏收机具检修全面完成", "某镇启用农机作业调度平台"]
    assert got["全县夏收机具检修全面完成"].text.rstrip().endswith("确保夏收期间\n机具安全运行。") or nows(
        got["全县夏收机具检修全面完成"].text).endswith("确保夏收期间机具安全运行。")
    assert result.issue.issue_date == "2021-05-09"


def test_a_seals_lines_are_found_by_its_marks_and_markdowns_escapes_are_none() -> None:
    lines = ["正文最后一句。", "  ,· 一 - 、", "  /某县某局 \\", "  ＼ 办 公 室 ·′", "  ` -- ′", "下一条标题"]
    assert seal_lines(lines) == {1, 2, 3, 4}
    assert seal_lines(["**1\\. 某会议召开**", "| 7 | 某社区 | 76.0\\* |", "东经113°25′"]) == set()


def test_a_compilers_line_with_its_date_spaced_or_misread_gives_the_date_and_the_compiler() -> None:
    assert line_facts("某市某某局  编          2021 年 5 月 9 日") == {"date": "2021-05-09", "editor_org": "某市某某局"}
    assert line_facts("某县某局办公室　　　　2O21年5月9曰") == {"date": "2021-05-09", "editor_org": "某县某局办公室"}
    assert line_facts("2021年5月9曰") is None  # (a day alone closes a notice: its signature's, no masthead fact)


_SPLIT_HEAD = """某县政务信息
2020 年第 12 期
某县人民政府办公室编

目

2021 年 1 月 8 日

录

一、重要会议
县委常委会召开年度民主生活会...................................1
县政府召开第 30 次常务会议.......................................1
二、部门动态
县人社局开展根治欠薪冬季行动...................................2
县医院开设儿科夜间门诊...........................................2

一、重要会议

县委常委会召开年度民主生活会
12 月 28 日，县委常委会召开年度民主生活会，县委书记主持会议。

县政府召开第 30 次常务会议
12 月 30 日，县政府召开第 30 次常务会议，研究部署近期重点工作。

二、部门动态

县人社局开展根治欠薪冬季行动
12 月中旬以来，县人社局联合住建部门对在建项目开展排查。

县医院开设儿科夜间门诊
为缓解冬季儿科就诊压力，县医院优化门诊布局，增派医护人员。12 月 21 日，儿科夜间门诊正式
开诊，每天接诊至 22 时。
"""


def test_a_contents_head_split_over_lines_around_the_cover_day_opens_the_contents() -> None:
    result = parse_source(make_source(_SPLIT_HEAD), persons=False)
    rows = [(e.section, nows(e.title), e.page) for e in result.entries]
    assert rows == [("重要会议", "县委常委会召开年度民主生活会", 1), ("重要会议", "县政府召开第30次常务会议", 1),
                    ("部门动态", "县人社局开展根治欠薪冬季行动", 2), ("部门动态", "县医院开设儿科夜间门诊", 2)]
    assert [e.date for e in result.entries] == ["2020-12-28", "2020-12-30", "2020-12", "2020-12-21"]


_BULLETIN = """内部资料　注意保存

              某 市 政 务 服 务
                 工 作 简 报

          2021年第 2 期

某市政务服务管理局编            2021年2月10日
一一一一一一一一一一一一一一一一一一一一一一一一一一一一一

【本期要目】
◇“一窗通办”专区在市政务服务中心启用
◇市政务服务管理局召开窗口工作人员评优暨业务
培训会
◇某区企业开办压缩至半个工作日
- - - - - - - - - - - - - - - - - - - - - - - - - - - - -

■工作动态

   某市政务服务中心“一窗通办”专区正式启用运行

2月1日，某市政务服务中心“一窗通办”专区正式启用，首批20个事项
同步上线运行。

   市政务服务管理局召开窗口工作人员评优暨业务培训会

2月3日，市政务服务管理局召开窗口工作人员业务培训会，80余名窗口
人员参加培训。

                                          （办公室　郁青）

    我局赴浔阳、澄江两市考察学习审批改革经验

2月5日至7日，局审批科负责同志赴浔阳市、澄江市考察学习审批改革
经验，重点了解企业开办和工程建设项目审批做法。
"""


def test_a_listed_titles_wrapped_rest_stays_in_the_contents_and_a_list_comma_stays_in_a_title() -> None:
    entries = parse_text(_BULLETIN).entries
    assert [nows(e.title) for e in entries] == ["某市政务服务中心“一窗通办”专区正式启用运行",
                                                "市政务服务管理局召开窗口工作人员评优暨业务培训会", "我局赴浔阳、澄江两市考察学习审批改革经验"]
    assert "block" not in {e.kind for e in entries}


_PAGE = """某山日报
2021年5月10日　星期一
第3版　综合新闻
责任编辑：某某　　美编：某某　　审读：某某

某县新建城市书房12座
本报讯（记者 覃晓鸥）5月8日，某县新建的12座城市书房全部投入使用，市民凭身份证即可免费借阅图书。
书房实行24小时开放，配备自助借还设备。

短评

让城市书房亮得更久一些

城市书房建起来了，更要用起来。相关部门要在图书更新、活动组织上多下功夫，让书房真正成为市民的“精神粮仓”。
"""


def test_a_columns_name_over_a_headline_on_a_named_page_is_the_items_subsection() -> None:
    got = {nows(e.title): e for e in parse_text(_PAGE).entries}
    comment = got["让城市书房亮得更久一些"]
    assert comment.section == "综合新闻" and comment.subsection == "短评" and comment.kicker is None




_FEATURE = """# 某区报

2020年11月12日　星期四

## 第4版　民生

## 供热专班24小时守在一线

□ 记者 覃晓鸥

11月10日夜里，今冬首轮寒潮抵达我区，区热力公司调度中心灯火通明，值班人员紧盯各换热站数据。

**一个电话　半小时到场**

“师傅，我家暖气片不热了。”凌晨1点多，家住某小区的居民拨通了服务热线，维修班半小时就赶到了现场。

**提前体检　管网不掉链子**

记者了解到，入冬前公司对城区供热管网进行了全面巡检，更换老旧管道6公里。

### 晒　秋

图①　11月9日，某乡某村村民在晒场上翻晒新收的晚稻。

全媒体记者 覃晓鸥　通讯员 郁青　摄

**今冬供暖缴费**

**这些问题您关心**

**问：今年供暖费标准有变化吗？**

答：没有变化，仍按原标准执行。

**问：可以通过哪些方式缴费？**

答：可通过公众号、银行网点和营业厅缴费。

#### 简　讯

**某街道为环卫工人送冬衣** 11月13日，某街道为辖区环卫工人送去棉大衣、棉手套等御寒物品。（郁青）

**某乡走访慰问高龄老人** 重阳节前夕，某乡班子成员分组走访全乡高龄老人，送去慰问品。（覃晓鸥）
"""


def test_a_features_bold_subheads_are_its_text_and_a_qa_title_stops_at_its_first_question() -> None:
    titles = [nows(e.title) for e in parse_text(_FEATURE, name="t.md").entries]
    assert "一个电话半小时到场" not in titles and "提前体检管网不掉链子" not in titles
    assert "今冬供暖缴费这些问题您关心" in titles
    assert "某乡走访慰问高龄老人" in titles  # (a brief opening on a festival's eve, `重阳节前夕，…`)


def test_a_photo_news_after_a_feature_has_its_title_closed_up_its_pictures_day_and_its_credit_off() -> None:
    got = {e.title: e for e in parse_text(_FEATURE, name="t.md").entries}
    photo = got["晒秋"]  # (`### 晒　秋`: set apart, and no subhead of the feature above: its text opens with a day)
    assert photo.date == "2020-11-09"
    assert nows(photo.text).endswith("新收的晚稻。")


def test_names_are_read_without_the_verb_or_adverb_after_them_and_a_lists_last_before_an_adverb() -> None:
    assert named_persons("已毕业的学生鲍思齐给班主任宓晓晴打来电话。") == ["鲍思齐", "宓晓晴"]
    assert named_persons("执勤民警訾凯骑着警用摩托为救护车开道。") == ["訾凯"]
    assert named_persons("这是外科主任公孙宏常对学生说的话。") == ["公孙宏"]
    assert named_persons("景区救援队员郦小虎、滕建国轮流背着游客下山。") == ["郦小虎", "滕建国"]
    assert named_persons("代表马哈木提说，要把项目落到实处。") == ["马哈木提"]  # (提 ends Uyghur names)


_POST = """<html><head><meta charset="utf-8"><title>某县一周政务动态</title></head><body>
<div id="js_content">
<h2 class="rich_media_title">某县一周政务动态（2018年9月10日—9月16日）</h2>
<div>某县新闻中心 2018-09-17</div>
<p>点击上方蓝字“某县发布”关注我们</p>
<p>#一周政务动态</p>
<p><strong>◆ 重要会议 ◆</strong></p>
<p><strong>🔹县委常委会召开第21次会议。</strong> 9月10日，县委书记主持召开县委常委会会议，研究部署秋冬种工作。</p>
<p>会议强调，要抓住有利时机，确保秋冬种任务全面完成。</p>
<p><strong>🔹【县政府召开常务会议】</strong> 9月12日，县长主持召开县政府常务会议，研究城乡公交线路调整事项。</p>
<p><strong>◆ 民生关注 ◆</strong></p>
<p><strong>🔹县城新增公共停车位600个。</strong> 14日上午，县城新建的3个公共停车场投入使用。</p>
<p><strong>🔹冬季供暖报修渠道公布。</strong> 12月1日起，居民可通过热线和小程序报修供暖故障。</p>
<p>▲停车场一角</p>
<p>微信扫一扫关注该公众号</p>
<p>预览时标签不可点</p>
</div></body></html>"""


def test_a_round_ups_marked_bold_titles_framed_groups_and_the_posts_day(tmp_path) -> None:
    from digest.parse import parse_path

    path = tmp_path / "post.html"
    path.write_text(_POST, encoding="utf-8")
    result = parse_path(path, persons=False)
    rows = [(e.section, nows(e.title), e.date) for e in result.entries]
    assert rows == [("重要会议", "县委常委会召开第21次会议", "2018-09-10"),
                    ("重要会议", "县政府召开常务会议", "2018-09-12"),
                    ("民生关注", "县城新增公共停车位600个", "2018-09-14"),
                    ("民生关注", "冬季供暖报修渠道公布", "2018-12-01")]  # (a day the page announces, three months on)


def test_a_later_month_a_page_announces_stays_in_its_year_within_six_months() -> None:
    from digest.fields import parse_leading_date

    assert parse_leading_date("12月1日起，居民可通过热线报修。", 2018, 9, posted=True)[0] == "2018-12-01"
    assert parse_leading_date("12月1日起，我县开展专项行动。", 2025, 1, posted=True)[0] == "2024-12-01"


_COUNTED = """某县情况通报
2009年第1期
某县人民政府办公室　　　　2009年1月20日

目　录

【部门动态】
县民政局及时发放冬春救助资金................................2
12．	县交通局通屯道路建设超额完成年度任务……
……………………………………………………3
简讯（三则）................................................4

【部门动态】

县民政局及时发放冬春救助资金

截至元月15日，县民政局已将冬春救助资金186万元全部发放到户。

县交通局通屯道路建设超额完成年度任务

截至2008年12月底，全县共完成通屯道路建设412公里，占年度任务的117.7%。

简　讯

◆元月7日，县委组织部召开全县基层党组织建设年度考评会议。

◆元月9日，县纪委召开全县纪检监察工作会议。

◆元月13日，市人大代表视察团到我县视察糖业发展情况。
"""


def test_a_counted_column_of_untitled_briefs_is_an_entry_each_and_a_titles_leader_is_no_part_of_it() -> None:
    # (session 45: a brief printed with no title is an entry of its own, titled by its first clause, as the annotators
    # of rounds 64-67 cut such a column; sessions 40-44 kept the column one entry, as the earlier ones did)
    result = parse_source(make_source(_COUNTED), persons=False)
    assert [nows(e.title) for e in result.entries] == ["县民政局及时发放冬春救助资金", "县交通局通屯道路建设超额完成年度任务",
                                                       "元月7日", "元月9日", "元月13日"]
    assert result.entries[0].date == "2009-01-15"  # (元月 after 截至)
    assert [e.date for e in result.entries[2:]] == ["2009-01-07", "2009-01-09", "2009-01-13"]
    assert {e.section for e in result.entries[2:]} == {"简讯"}
    assert all(e.text.startswith("元月") for e in result.entries[2:])  # (the bullet is no word of the text)


def test_a_reigns_year_a_clan_and_a_hall_are_no_person() -> None:
    assert named_persons("明正德三年（1508年），王守仁被贬至龙场驿。") == ["王守仁"]
    assert named_persons("村民宋建国十年来一直坚持义务巡河。") == ["宋建国"]
    assert named_persons("散居各地的蒋氏族人都会回到蒋氏宗祠祭祖，族长蒋伯年主持仪式。") == ["蒋伯年"]
    assert "包公祠" not in named_persons("游客在包公祠前拍照留念，讲解员郦晓青介绍了祠堂的历史。")


_SECTIONS_OVER_ITEMS = """# 某街道工作动态

2021年第6期

# 一、重点工作

## （一）街道开展“我为群众办实事”实践活动

6月2日，街道党工委召开会议，部署“我为群众办实事”实践活动。

（街道党建办）

## （二）辖区疫苗接种工作稳步推进

截至6月18日，全街道累计接种疫苗2万余人。

# 二、社区动态

## （一）某社区“红色物业”破解管理难题

5月以来，某社区成立红色物业服务中心，清理卫生死角160余处。

## （二）某社区举办邻里节活动

6月12日，某社区举办邻里节，300余名居民参加。
"""


def test_numbered_headings_under_numbered_sections_are_the_items() -> None:
    rows = [(e.section, nows(e.title)) for e in parse_text(_SECTIONS_OVER_ITEMS, name="t.md").entries]
    assert rows == [("重点工作", "街道开展“我为群众办实事”实践活动"), ("重点工作", "辖区疫苗接种工作稳步推进"),
                    ("社区动态", "某社区“红色物业”破解管理难题"), ("社区动态", "某社区举办邻里节活动")]


_SPEECHES = """政协某市第九届委员会第三次会议
大 会 发 言 摘 登
政协某市第九届委员会第三次会议秘书处　　　　2019年1月15日

目　　录

关于优化营商环境助推民营经济发展的建议……民建某市委
员会　郗文远（1）
关于加快建设城市智慧停车系统的建议……九三学社某市基层委员
会　殳慧芸（2）

编者按：1月14日上午，政协某市第九届委员会第三次会议举行第二次全体会议，委员作大会发言。现将部分发言摘要刊登。

                      ◎　大会发言　◎

             郗文远（民建某市委员会）
       关于优化营商环境助推民营经济发展的建议
民营经济是我市经济发展的重要支撑。去年以来，市委、市政府出台了一系列扶持政策。

             殳慧芸（九三学社某市基层委员会）
             关于加快建设城市智慧停车系统的建议
随着机动车保有量快速增长，“停车难”已经成为城区群众反映最集中的问题之一。
"""


def test_a_speech_digests_speaker_stands_between_its_title_and_page_and_over_its_title() -> None:
    result = parse_source(make_source(_SPEECHES), persons=True)
    rows = [(nows(e.title), e.page, e.byline, e.persons) for e in result.entries]
    assert rows == [("关于优化营商环境助推民营经济发展的建议", 1, "郗文远（民建某市委员会）", ["郗文远"]),
                    ("关于加快建设城市智慧停车系统的建议", 2, "殳慧芸（九三学社某市基层委员会）", ["殳慧芸"])]


def test_a_two_column_contents_with_spaced_dot_leaders_is_the_contents_readers() -> None:
    from digest.blocks import split_columns, to_blocks

    lines = ["      【工作要情】                        【部门动态】",
             "      县委常委会召开会议 . . . . . . . . 2    县人社局举办招聘会 . . . . . . . 4",
             "      县政府召开常务会议 . . . . . . . . 2    县医院开展义诊活动 . . . . . . . 5",
             "      县领导调研乡村振兴 . . . . . . . . 3    县市场监管局开展打假 . . . . . 5",
             "      县领导督导重点项目 . . . . . . . . 3    【乡镇动态】",
             "      县长检查安全生产 . . . . . . . . . 4    某镇完成春季植树 . . . . . . . 6",
             "      县长调研民营企业 . . . . . . . . . 4    某乡开展普法宣传 . . . . . . . 6"]
    blocks = to_blocks(lines)
    assert [b.raw for b in split_columns(blocks)] == [b.raw for b in blocks]  # (left for the 目录's reader, whole)


def test_a_dotted_name_opening_a_biography_and_padded_names_between_a_lists_marks() -> None:
    assert named_persons("努尔兰·巴合提，男，哈萨克族，1984年7月生，新疆某县人。") == ["努尔兰·巴合提"]
    assert named_persons("全市优秀社会工作者名单：郑丽莎、温　暖、时　光、白晓雪。") == ["郑丽莎", "温暖", "时光", "白晓雪"]


def test_ou_is_a_surname_in_a_text_printed_in_traditional_characters() -> None:
    assert named_persons("上訴庭副庭長區寶琳在判詞中指出，原審裁判官已充分考慮所有證據。") == ["區寶琳"]
    assert named_persons("總會公布代表隊名單，由區俊傑、劉思穎、黃詠儀等五人組成。") == ["區俊傑", "劉思穎", "黃詠儀"]
    assert named_persons("東區區議員江河在昨日的選舉中連任失敗。") == []  # (a district, and a name that is a word)


def test_words_automatic_contents_prints_its_sections_pages_like_its_items(tmp_path) -> None:
    import docx

    from digest.parse import parse_path

    d = docx.Document()
    for line in ("政务信息", "第6期", "某县人民政府办公室编\t2019年6月28日", "目  录"):
        d.add_paragraph(line)
    toc = [("重要会议", 2), ("县政府召开第二十七次常务会议", 2), ("全县防汛抗旱工作会议召开", 3),
           ("部门信息", 4), ("县人社局举办就业服务月招聘会", 4), ("县市场监管局启动食品安全宣传周", 5)]
    for title, page in toc:
        d.add_paragraph(f"{title}\t{page}")
    body = [("重要会议", None), ("县政府召开第二十七次常务会议", "6月3日，县长主持召开县政府常务会议，研究近期重点工作。"),
            ("全县防汛抗旱工作会议召开", "6月5日，全县防汛抗旱工作会议召开，部署主汛期防汛工作。"),
            ("部门信息", None), ("县人社局举办就业服务月招聘会", "6月10日，县人社局举办高校毕业生就业服务月专场招聘会。"),
            ("县市场监管局启动食品安全宣传周", "6月12日，县市场监管局启动2019年食品安全宣传周活动。")]
    for title, text in body:
        d.add_heading(title, level=1 if text is None else 2)
        if text:
            d.add_paragraph(text)
    path = tmp_path / "d.docx"
    d.save(str(path))
    rows = [(e.section, nows(e.title), e.page) for e in parse_path(path, persons=False).entries]
    assert rows == [("重要会议", "县政府召开第二十七次常务会议", 2), ("重要会议", "全县防汛抗旱工作会议召开", 3),
                    ("部门信息", "县人社局举办就业服务月招聘会", 4), ("部门信息", "县市场监管局启动食品安全宣传周", 5)]


_SPECIAL_PAGE = """2

某川报

责任编辑：某某
版式：某某 校对：某某

两会特刊

2014年1月16日 星期四

县十七届人大三次会议隆重开幕

本报讯（记者 郦晓青）1月15日上午，某川县第十七届人民代表大会第三次会议在县人民会堂隆重开幕。
来自全县各条战线的220多名人大代表齐聚一堂，共商发展大计。

县政协十届三次会议开幕

本报讯（记者 郦晓青）1月14日下午，政协某川县第十届委员会第三次会议开幕。
"""


def test_a_special_pages_number_alone_and_its_name_in_words_no_standard_page_has() -> None:
    rows = [(e.page, e.section, nows(e.title)) for e in parse_text(_SPECIAL_PAGE).entries]
    assert rows == [(2, "两会特刊", "县十七届人大三次会议隆重开幕"), (2, "两会特刊", "县政协十届三次会议开幕")]


def test_a_married_womans_name_as_hong_kong_and_taiwan_print_it() -> None:
    assert named_persons("前議員容少傑今晨病逝。其遺孀容黃玉蓮透露，丈夫走得安詳。") == ["容少傑", "容黃玉蓮"]
    assert named_persons("起訴被告蘇俊宏、蘇俊賢兄弟及其母親蘇林秀鳳。") == ["蘇俊宏", "蘇俊賢", "蘇林秀鳳"]
    assert named_persons("他向陳志明表示感謝。") == ["陳志明"]  # (向 is no husband's surname there)
