"""A 工作简报 with numbered items and closing lines, and a web capture of several saved pages (their
site name, address, footer and a column menu printed again on every page): hand-made documents in the
shapes found in held-out documents, parsed end to end (digest.newspaper, digest.chrome,
digest.masthead). Every name and place here is invented."""

from __future__ import annotations

from conftest import make_source

from digest.chrome import chrome_reason
from digest.masthead import line_facts
from digest.parse import parse_source

BULLETIN = """工　作　简　报

第12期

南屿省农业农村厅办公室编印　　　　　　2025年9月26日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

一、全省秋粮收获进度过半

9月22日，全省秋粮收获工作调度会召开，厅党组成员、副厅长柏文澜出席并讲话。截至目前，全省秋粮已收获五成以上。
会议要求，各地要抢抓晴好天气，确保颗粒归仓。

二、北川县“稻渔共生”带动农户增收

近日，北川县推广“稻渔共生”模式，一季稻田多收一茬鱼。种粮大户甄立华说，每亩能多挣八百多元。

三、厅领导赴东港市督导秋季农机安全生产

9月24日至25日，厅党组书记、厅长鲁景行带队赴东港市督导秋季农机安全生产，检查了3个农机合作社。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
报：农业农村部办公厅，省委办公厅，省人民政府办公厅。
送：省委农办，省财政厅。
发：各市（州）农业农村局，厅机关各处室。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
编辑：解秋云　　　　审核：米正阳　　　　　　（共印60份）"""


def test_a_bulletin_with_numbered_items_and_closing_lines() -> None:
    r = parse_source(make_source(BULLETIN))
    assert [e.title for e in r.entries] == ["全省秋粮收获进度过半", "北川县“稻渔共生”带动农户增收",
                                           "厅领导赴东港市督导秋季农机安全生产"]
    assert [e.date for e in r.entries] == ["2025-09-22", None, "2025-09-24"]
    assert r.entries[2].date_end == "2025-09-25"
    assert r.entries[0].text.endswith("确保颗粒归仓。") and r.entries[2].text.endswith("检查了3个农机合作社。")
    assert "━" not in "".join(e.text for e in r.entries)
    assert r.issue.issue_date == "2025-09-26" and r.issue.issue_no == 12
    meta = r.issue.meta
    assert meta["editor_org"] == "南屿省农业农村厅办公室"
    assert meta["report_to"].startswith("农业农村部办公厅") and meta["send_to"].startswith("各市（州）")
    assert meta["print_run"] == 60 and meta["reviewer"] == "米正阳"
    assert r.entries[0].persons == ["柏文澜"] and r.entries[2].persons == ["鲁景行"]
    assert not [p for p in r.problems if p.kind in ("doubtful", "unassigned-text", "year-weak")]


def test_closing_lines_are_facts_but_a_unit_credit_stays_with_its_article() -> None:
    assert line_facts("送：省委农办，省财政厅。") == {"copy_to": "省委农办，省财政厅"}
    assert line_facts("编辑：解秋云　审核：米正阳　（共印60份）") == {"print_run": 60, "duty_editor": "解秋云",
                                                                  "reviewer": "米正阳"}
    assert line_facts("（市农业农村局供稿）") is None
    assert line_facts("会议由厅办公室编印材料") is None


def test_numbered_lines_inside_an_article_stay_text() -> None:
    paper = """东湖报

2025年9月26日　第3版

我市出台稳就业十条措施
本报讯（记者 庞一鸣）9月25日，市政府出台稳就业十条措施。主要内容如下：
一、扩大企业吸纳就业补贴
对新招用高校毕业生的企业，按每人1500元给予一次性补贴。
二、加强职业技能培训
全年计划培训2万人次，培训合格的按规定给予补贴。"""
    r = parse_source(make_source(paper))
    assert [e.title for e in r.entries] == ["我市出台稳就业十条措施"]
    assert "二、加强职业技能培训" in r.entries[0].text


PAGE = """青川县人民政府
www.qingchuan.example.cn
首页 | 走进青川 | 政务公开 | 政务服务 | 互动交流
当前位置：首页 > 新闻中心 > 政务动态

新闻中心
要闻动态
政务动态
部门动态

· 青川县召开秋季防火工作会　　2025-09-18
· 【乡村振兴】青川县“茶园经济”富了茶农　　2025-09-17
共860条　每页10条　首页　上一页　1　2　3　下一页　尾页

网站地图 | 联系我们
主办：青川县人民政府办公室
联系电话：0800-1234567　　建议使用1920×1080分辨率浏览本站

青川县人民政府
www.qingchuan.example.cn
首页 | 走进青川 | 政务公开 | 政务服务 | 互动交流
当前位置：首页 > 新闻中心 > 政务动态 > 正文

青川县召开秋季防火工作会
发布时间：2025-09-18 16:20　　来源：县应急管理局　　浏览次数：211

9月18日，青川县召开秋季防火工作会，县长祁明远出席会议并讲话。

会议要求，各镇要加强巡山护林，严防火种进山。

【打印本页】　【关闭窗口】
上一篇：县政协召开常委会议

网站地图 | 联系我们
主办：青川县人民政府办公室
联系电话：0800-1234567　　建议使用1920×1080分辨率浏览本站

青川县人民政府
www.qingchuan.example.cn
首页 | 走进青川 | 政务公开 | 政务服务 | 互动交流
当前位置：首页 > 新闻中心 > 政务动态 > 正文

【乡村振兴】青川县“茶园经济”富了茶农
发布时间：2025-09-17 10:05　　来源：县融媒体中心　　作者：甘露洁　岳鸣　　浏览次数：305

9月17日，青川县万亩茶园迎来秋茶采摘季，茶农们忙着采摘、晾晒。

“今年的秋茶价格比去年高两成。”茶农宿永年说。

【打印本页】　【关闭窗口】

网站地图 | 联系我们
主办：青川县人民政府办公室
联系电话：0800-1234567　　建议使用1920×1080分辨率浏览本站"""


def test_a_capture_of_several_saved_pages() -> None:
    r = parse_source(make_source(PAGE))
    assert [e.title for e in r.entries] == ["青川县召开秋季防火工作会", "【乡村振兴】青川县“茶园经济”富了茶农"]
    first, second = r.entries
    assert first.text.endswith("严防火种进山。") and second.text.endswith("茶农宿永年说。")
    assert second.byline == "甘露洁、岳鸣"
    assert [e.date for e in r.entries] == ["2025-09-18", "2025-09-17"]
    assert not [p for p in r.problems if p.kind in ("doubtful", "unassigned-text", "swallowed")]


def test_pager_and_browser_note_lines_read_as_chrome() -> None:
    assert chrome_reason("共860条　每页10条　首页　上一页　1　2　3　下一页　尾页") == "pager"
    assert chrome_reason("联系电话：0800-1234567　　建议使用1920×1080分辨率浏览本站") == "browser-note"
    assert chrome_reason("会议建议使用新的评分办法。") is None


def test_a_list_row_with_its_date_first_is_a_link_row() -> None:
    assert chrome_reason("[2024-09-30] 东岭乡召开村级组织换届工作推进会") == "link-list"
    assert chrome_reason("09-30　东岭乡召开村级组织换届工作推进会") == "link-list"
    assert chrome_reason("2024-09-30 17:08:40") != "link-list"     # a date and time alone is no row
    assert chrome_reason("2024-09-30 东岭乡召开会议，部署换届工作。") is None


def test_a_digest_title_the_toc_printed_short_and_closing_lines_sent_to_units() -> None:
    from conftest import toc_issue

    text = toc_issue("某州政务信息\n2025年第4期", [("要 闻", [
        ("牧云县举办第五届春季赛马会", "4月19日至20日，牧云县春季赛马会在草原举行。"),
        ("全州春耕备耕有序推进", "4月8日，全州春耕备耕工作会议召开。"),
    ])])
    text = text.replace("牧云县举办第五届春季赛马会\n4月19日", "牧云县举办第五届春季赛马会暨文旅推介会\n4月19日")
    text += "\n────────────\n报送：省委办公厅，省政府办公厅。\n发送：各县（区）委、县（区）人民政府。\n责任编辑：樊立东　校对：尚丽娜　（共印150份）\n"
    r = parse_source(make_source(text))
    assert [e.title for e in r.entries] == ["牧云县举办第五届春季赛马会暨文旅推介会", "全州春耕备耕有序推进"]
    assert r.entries[0].date == "2025-04-19" and r.entries[0].date_end == "2025-04-20"
    assert r.entries[1].text.endswith("会议召开。")
    kinds = {f["label"]: f["value"] for f in r.issue.meta["closing"]}
    assert kinds["发送"].startswith("各县（区）委") and kinds["共印"] == "150"


def test_a_county_paper_masthead_and_its_bylines() -> None:
    assert line_facts("中共青禾县委机关报　　青禾县融媒体中心出版") == {"publisher": "中共青禾县委",
                                                                  "editor_org": "青禾县融媒体中心"}
    facts = line_facts("某省连续性内部资料出版物准印证号：（川）内资第P0520号　　内部资料　免费交流")
    assert facts is not None and facts["license"] == "（川）内资第P0520号"
    facts = line_facts("2025年6月18日　星期三　　第1286期　今日四版")
    assert facts is not None and facts["pages"] == 4 and facts["issue_no"] == 1286
    assert line_facts("本书由人民出版社出版") is None
    paper = """青禾报
QINGHE BAO

中共青禾县委机关报　　青禾县融媒体中心出版
2025年6月18日　星期三　　第1286期　今日四版

# 邓晓峰：让山里的猕猴桃“飞”出去

□ 本报记者 单文君 文/图

清晨五点半，白鹤村的猕猴桃园里已经有人影晃动。邓晓峰戴着草帽，正在查看果子长势。

青禾中学学生科创作品获全国二等奖

本报讯 近日，全国青少年科技创新大赛获奖名单公布，青禾中学学生首次在这项赛事中获奖。（通讯员 邹文静）"""
    r = parse_source(make_source(paper))
    assert [e.title for e in r.entries] == ["邓晓峰：让山里的猕猴桃“飞”出去", "青禾中学学生科创作品获全国二等奖"]
    first, second = r.entries
    assert first.byline == "单文君" and first.text.startswith("清晨五点半")
    assert second.byline == "邹文静" and second.text.endswith("在这项赛事中获奖。")
    assert r.issue.meta["publisher"] == "中共青禾县委" and r.issue.issue_date == "2025-06-18"


QUICK_NEWS = """港务信息快报

2024年第21期

东陵市港航管理局办公室　　　　　　　　　　　　2024年11月22日

1.市港航管理局召开冬季安全生产会议
　　11月12日，市港航管理局召开冬季安全生产会议，局长郦正平出席会议并讲话。
　　会议要求，各单位要紧盯渡口渡船和危险货物作业，坚决守住安全底线。
（供稿：安全监督科）

2.北岸作业区二期泊位通过验收
　　近日，北岸作业区二期两个泊位通过交工验收，较计划工期提前一个月。
　　项目总工程师冉志新说，下一步将做好试运行准备。
　　（1）完善码头设施。对照验收意见逐项整改。
　　（2）加强人员培训。组织装卸人员岗前培训。
（供稿：建设管理科）

3.局机关开展专题学习
　　11月20日，局机关开展专题学习，局长郦正平主持。
（供稿：办公室）

抄送：市委办公室，市政府办公室。
签发：郦正平　　核稿：燕如　　编辑：管宁　　（共印60份）"""


def test_a_quick_news_bulletin_with_arabic_numbers_and_item_credits() -> None:
    r = parse_source(make_source(QUICK_NEWS))
    assert [e.title for e in r.entries] == ["市港航管理局召开冬季安全生产会议", "北岸作业区二期泊位通过验收",
                                           "局机关开展专题学习"]
    assert [e.date for e in r.entries] == ["2024-11-12", None, "2024-11-20"]
    assert r.entries[0].text.endswith("坚决守住安全底线。") and "供稿" not in "".join(e.text for e in r.entries)
    assert "（2）加强人员培训" in r.entries[1].text  # a （1）（2） list inside an item is its text
    assert r.entries[2].byline is None and "办公室" not in r.entries[2].persons  # a unit, not a person
    meta = r.issue.meta
    assert meta["editor_org"] == "东陵市港航管理局办公室" and r.issue.issue_date == "2024-11-22"
    assert r.issue.issue_no == 21 and meta["copy_to"].startswith("市委办公室") and meta["reviewer"] == "燕如"
    assert {c["value"] for c in meta["entry_credits"]} == {"安全监督科", "建设管理科", "办公室"}


def test_a_toc_page_header_is_no_tail_of_the_last_title_and_a_body_title_wraps() -> None:
    from conftest import toc_issue

    text = toc_issue("政务信息\n2024年第7期", [("综 合", [
        ("县政府召开专题会议研究城乡供水一体化等工作", "7月16日，县长伍启明主持召开专题会议。"),
        ("县图书馆阅读马拉松活动落幕", "7月28日，县图书馆阅读马拉松活动落幕。"),
    ])])
    toc_end = text.index("县图书馆阅读马拉松活动落幕") + len("县图书馆阅读马拉松活动落幕.....2")
    text = text[:toc_end] + "\n\n政务信息　　　　　　2024年第7期\n" + text[toc_end:]
    text = text.replace("县政府召开专题会议研究城乡供水一体化等工作\n7月16日",
                        "县政府召开专题会议研究城乡供水一体化、老旧小区\n改造及农村公路提档升级工作\n7月16日", 1)
    text = text.replace("\n县图书馆阅读马拉松活动落幕\n7月28日", "\n政务信息　　　　　　2024年第7期\n县图书馆阅读马拉松活动落幕\n7月28日")
    r = parse_source(make_source(text))
    assert [e.title for e in r.entries] == ["县政府召开专题会议研究城乡供水一体化、老旧小区改造及农村公路提档升级工作",
                                           "县图书馆阅读马拉松活动落幕"]
    assert [e.page for e in r.entries] == [1, 2] and r.entries[0].date == "2024-07-16"
    assert not [p for p in r.problems if p.kind in ("toc-unmatched", "body-not-in-toc")]


PAPER_TWO_PAGES = """东岸区报

2024年10月18日　星期五
第38期　　今日2版

第1版　要闻　　　　　　责任编辑：邵一帆

东岸港区二期码头开港运营

本报讯（记者 许嘉禾）10月17日上午，东岸港区二期码头正式开港运营，首艘集装箱船顺利靠泊。

港区负责人介绍，二期码头建成后，将新增年吞吐能力120万标箱。（下转第2版）

我区新增3家专精特新企业

本报讯（通讯员 贺一舟）近日，我区新增3家国家级专精特新企业，总数达到11家。

══════════════════════════
第2版　综合　　　　　　　责任编辑：庞悦
══════════════════════════

（上接第1版）桥吊司机艾尔肯·吐拉克是第一批持证上岗的远程操控员。

港口运营公司总经理乔振宇说，预计今年集装箱吞吐量将突破40万标箱。

简　讯

【老旧小区加装电梯再提速】10月14日，区住建局召开加装电梯工作推进会，今年已完成96台。

【“银发课堂”开进社区】近日，区老年大学在5个社区开设智能手机课堂。（何田田）"""


def test_a_story_jumps_to_the_next_page_and_a_column_of_briefs() -> None:
    r = parse_source(make_source(PAPER_TWO_PAGES))
    assert [e.title for e in r.entries] == ["东岸港区二期码头开港运营", "我区新增3家专精特新企业",
                                           "老旧小区加装电梯再提速", "“银发课堂”开进社区"]
    port, firms, lift, class_ = r.entries
    assert port.text.endswith("将突破40万标箱。") and "转第2版" not in port.text and "上接" not in port.text
    assert "艾尔肯·吐拉克" in port.text and firms.text.endswith("总数达到11家。")
    assert lift.date == "2024-10-14" and lift.subsection == "简讯" and lift.text.startswith("10月14日")
    assert class_.byline == "何田田" and class_.text.endswith("智能手机课堂。")
    assert any("上接" in w for w in r.issue.warnings)


def test_an_attachment_line_is_web_chrome() -> None:
    assert chrome_reason("附件：某县促进民宿产业发展若干措施.docx") == "attachment"
    assert chrome_reason("附件1：名单.pdf") == "attachment"
    assert chrome_reason("附件：有关情况说明") is None


def test_round_three_layouts() -> None:
    """A title on the same line as its text with more words than its 目录 line, straight quotes in
    the 目录 and curly ones in the body, a closing line with 本期编发 and 印数; a masthead weather box,
    a commentary's `■本报评论员`; a web page's date-and-toggles line and a column name over the first item."""
    from conftest import toc_issue

    text = toc_issue("汝川政务信息\n2023年第9期", [("要 闻", [
        ('汝川市5个家庭获评省级"最美家庭"', "9月，省妇联公布2023年度最美家庭名单。"),
        ("林卫东到鹤鸣县调研", "9月4日，市委书记林卫东到鹤鸣县调研。"),
    ])])
    text = text.replace('汝川市5个家庭获评省级"最美家庭"\n9月，', "汝川市5个家庭获评省级“最美家庭”\n9月，")
    text = text.replace("林卫东到鹤鸣县调研\n9月4日", "林卫东到鹤鸣县调研乡村振兴和县域经济工作 9月4日")
    text += "\n（本期编发：汝川市人民政府办公室信息科　联系电话：0396-3161205　印数：260份）\n"
    r = parse_source(make_source(text))
    assert [e.title for e in r.entries] == ["汝川市5个家庭获评省级“最美家庭”", "林卫东到鹤鸣县调研乡村振兴和县域经济工作"]
    assert [e.date for e in r.entries] == ["2023-09", "2023-09-04"]
    assert r.entries[1].text.endswith("到鹤鸣县调研。")

    paper = """青溪报

2023年6月21日　星期三
第72期　今日4版
今日天气：多云转小雨　24℃～31℃　南风2级

## 让干事创业成为青溪最鲜明的底色

■本报评论员

时间过半，任务过半了吗？站在年中节点回望，全县上下干劲十足。"""
    r = parse_source(make_source(paper))
    assert [e.title for e in r.entries] == ["让干事创业成为青溪最鲜明的底色"]
    assert r.entries[0].text.startswith("时间过半") and r.issue.meta["weather"].startswith("多云")

    page = """枫林县人民政府门户网站

2023年10月17日 星期二　　无障碍浏览 | 长者模式 | 繁體版

首页 | 走进枫林 | 政务公开 | 政务服务 | 互动交流

当前位置：首页 > 政务公开 > 工作动态

工作动态

枫林县召开安全生产工作会议

【发布日期：2023-10-16】【来源：县应急管理局】【字体：大 中 小】

10月16日，枫林县召开安全生产工作会议。

网站地图 | 联系我们
主办单位：枫林县人民政府办公室"""
    r = parse_source(make_source(page))
    assert [e.title for e in r.entries] == ["枫林县召开安全生产工作会议"]
    assert not [p for p in r.problems if p.kind == "unassigned-text"]


def test_repeated_subheads_and_short_lines_inside_web_items_stay_text() -> None:
    page = """首页 | 政务公开 | 政务服务 | 互动交流
当前位置：首页 > 工作动态

县发改局上半年工作总结

【发布日期：2025-07-02】【来源：县发改局】

一、基本情况

上半年，全县固定资产投资同比增长6.8%。

获表彰的同志有：
甘雨婷
马小骁
卫东来

县财政局上半年工作总结

【发布日期：2025-07-03】【来源：县财政局】

一、基本情况

上半年，全县一般公共预算收入同比增长5.1%。

网站地图 | 联系我们
主办单位：某县人民政府办公室"""
    r = parse_source(make_source(page))
    assert [e.title for e in r.entries] == ["县发改局上半年工作总结", "县财政局上半年工作总结"]
    assert all("一、基本情况" in e.text for e in r.entries)
    assert "甘雨婷" in r.entries[0].text and "卫东来" in r.entries[0].text


def test_an_item_meta_line_whose_authors_carry_labels() -> None:
    """作者：文/甲 图/乙 丙 — a writer and two photographers: all three are the byline."""
    page = PAGE.replace("作者：甘露洁　岳鸣", "作者：文/甘露洁 图/岳鸣 宿永和")
    second = parse_source(make_source(page)).entries[1]
    assert second.byline == "甘露洁、岳鸣、宿永和"
    assert {"甘露洁", "岳鸣", "宿永和"} <= set(second.persons)


def test_an_item_meta_line_whose_author_is_left_blank() -> None:
    """作者： 责任编辑：某某 — no author printed: the editor's label is not the byline (责任 is no name)."""
    page = PAGE.replace("作者：甘露洁　岳鸣", "作者： 责任编辑：甘露洁")
    second = parse_source(make_source(page)).entries[1]
    assert second.byline is None
    assert "责任" not in second.persons


def test_the_original_title_label_of_a_reposted_item_is_no_speaker() -> None:
    """原标题：… opens a reposted item the way a speaker's name and a colon open a transcript's line."""
    from digest.model import Entry
    from digest.persons import annotate

    e = Entry(title="t", text="原标题：县卫健委调研组赴乡镇督导医疗工作\n10月9日，调研组一行来到卫生院。")
    annotate([e], weak=0.3, clauses=True)
    assert e.persons == []


PLAIN_BULLETIN = """工 作 简 报
第 7 期
青石县人民政府办公室编                    2024年3月15日

我县召开春季农业生产推进会
3月12日，县政府召开春季农业生产推进会，副县长温其远出席会议并讲话。会议通报了全县春播备耕进展。
温其远强调，各乡镇要抓好种子、化肥等农资供应，确保春播任务按期完成。

县应急管理局开展安全生产专项检查
3月13日至14日，县应急管理局组成3个检查组，对12家重点企业开展安全生产专项检查，排查隐患26处。

城关镇持续推进农村人居环境整治
今年以来，城关镇以“清脏、治乱、增绿”为重点推进人居环境整治，累计清运垃圾300余吨。

报：市政府办公室
发：各乡镇人民政府，县政府各部门"""


def test_a_bulletin_with_bare_headlines_and_an_item_opening_without_a_date() -> None:
    r = parse_source(make_source(PLAIN_BULLETIN))
    assert [e.title for e in r.entries] == ["我县召开春季农业生产推进会", "县应急管理局开展安全生产专项检查",
                                           "城关镇持续推进农村人居环境整治"]
    assert [e.date for e in r.entries] == ["2024-03-12", "2024-03-13", None]
    assert r.issue.issue_date == "2024-03-15" and r.issue.issue_no == 7
    assert r.issue.meta["editor_org"] == "青石县人民政府办公室"  # 编 alone after the office's name
    assert r.entries[0].persons == ["温其远"] and r.entries[2].text.endswith("累计清运垃圾300余吨。")
    assert not [p for p in r.problems if p.kind in ("doubtful", "unassigned-text", "year-weak")]


def test_a_short_subhead_over_a_paragraph_opening_as_articles_do_stays_inside_the_article() -> None:
    paper = """东湖报

2025年9月26日　第3版

我市扎实推进农村改革
本报讯（记者 庞一鸣）9月25日，记者从市农业农村局获悉，我市农村改革取得新进展。
强化组织保障
今年以来，市里成立了改革工作专班，每月调度一次。
突出示范带动
近年来，全市建成示范村26个，带动周边村庄共同发展。"""
    r = parse_source(make_source(paper))
    assert [e.title for e in r.entries] == ["我市扎实推进农村改革"]
    assert "强化组织保障" in r.entries[0].text and "突出示范带动" in r.entries[0].text


def test_an_office_name_and_bian_is_the_compiler_but_not_inside_a_sentence() -> None:
    assert line_facts("县委办公室编　2024年3月15日") == {"editor_org": "县委办公室", "date": "2024-03-15"}
    assert line_facts("会议材料由县委办公室编") is None
    assert line_facts("本书主编") is None


BULLETED_DIGEST = """政务信息
2024年第5期（总第188期）
青石市人民政府办公室                          2024年5月20日

【领导活动】

◆市长郑远航调研城市更新工作
5月14日，市长郑远航到老城区调研城市更新工作。他强调，要坚持规划引领，稳步推进老旧小区改造。
◆常务副市长韦思诚督导防汛准备工作
5月16日，常务副市长韦思诚到河道管理处督导防汛准备工作，检查了物资储备和值班值守情况。

【部门动态】

◆市财政局下达乡村振兴衔接资金
近日，市财政局下达2024年乡村振兴衔接资金1.2亿元，重点支持产业发展和基础设施建设。
● 市人社局举办春季招聘会
5月18日，市人社局举办春季大型招聘会，186家企业提供岗位4300余个。

◆◆◆ 县区信息 ◆◆◆

◆东河区开展消防安全大排查
5月10日至15日，东河区开展消防安全大排查，检查场所560家，整改隐患120处。"""


def test_a_digest_without_a_toc_prints_bulleted_items_under_section_labels() -> None:
    r = parse_source(make_source(BULLETED_DIGEST))
    assert [(e.section, e.title) for e in r.entries] == [
        ("领导活动", "市长郑远航调研城市更新工作"), ("领导活动", "常务副市长韦思诚督导防汛准备工作"),
        ("部门动态", "市财政局下达乡村振兴衔接资金"), ("部门动态", "市人社局举办春季招聘会"),
        ("县区信息", "东河区开展消防安全大排查")]
    assert [e.date for e in r.entries] == ["2024-05-14", "2024-05-16", None, "2024-05-18", "2024-05-10"]
    assert r.entries[4].date_end == "2024-05-15"
    assert r.entries[0].persons == ["郑远航"] and r.entries[1].roles == {"韦思诚": "常务副市长"}
    assert r.issue.issue_date == "2024-05-20" and r.issue.issue_no == 5
    assert not [p for p in r.problems if p.kind in ("doubtful", "unassigned-text")]


def test_a_short_bulleted_subhead_stays_inside_its_article() -> None:
    paper = """东湖报

2025年9月26日　第3版

我市扎实推进农村改革
本报讯（记者 庞一鸣）9月25日，记者从市农业农村局获悉，我市农村改革取得新进展。
◆强化组织保障
市里成立了改革工作专班，每月调度一次。
◆突出示范带动
全市建成示范村26个，带动周边村庄共同发展。"""
    r = parse_source(make_source(paper))
    assert [e.title for e in r.entries] == ["我市扎实推进农村改革"]
    assert "强化组织保障" in r.entries[0].text


def test_briefs_in_brackets_under_numbered_section_labels() -> None:
    digest = """青石政务
2024年第6期
青石市人民政府办公室编印　　　　2024年6月20日

一、领导活动
【市长郑远航调研城市更新工作】6月14日，市长郑远航到老城区调研城市更新工作，要求稳步推进老旧小区改造。
【常务副市长韦思诚督导防汛准备工作】6月16日，常务副市长韦思诚到河道管理处督导防汛准备工作。
二、部门动态
【市财政局下达乡村振兴衔接资金】近日，市财政局下达乡村振兴衔接资金1.2亿元，重点支持产业发展。
【市人社局举办春季招聘会】6月18日，市人社局举办大型招聘会，186家企业提供岗位4300余个。"""
    r = parse_source(make_source(digest))
    assert [(e.section, e.title, e.date) for e in r.entries] == [
        ("领导活动", "市长郑远航调研城市更新工作", "2024-06-14"),
        ("领导活动", "常务副市长韦思诚督导防汛准备工作", "2024-06-16"),
        ("部门动态", "市财政局下达乡村振兴衔接资金", None), ("部门动态", "市人社局举办春季招聘会", "2024-06-18")]
    assert r.entries[0].text.startswith("6月14日，") and r.entries[0].persons == ["郑远航"]


LIST_PAGE = """青石市人民政府
首页 > 政务动态
市长郑远航调研城市更新工作　　2024-05-14
常务副市长韦思诚督导防汛准备工作　　2024-05-16
· 市财政局下达乡村振兴衔接资金 [05-17]
市人社局举办春季招聘会　　2024-05-18
共4条　首页 上一页 1 下一页 尾页
主办单位：青石市人民政府办公室"""


def test_a_list_page_gives_its_rows_as_articles_of_a_title_and_a_date() -> None:
    r = parse_source(make_source(LIST_PAGE))
    assert [(e.title, e.date, e.text) for e in r.entries] == [
        ("市长郑远航调研城市更新工作", "2024-05-14", ""), ("常务副市长韦思诚督导防汛准备工作", "2024-05-16", ""),
        ("市财政局下达乡村振兴衔接资金", "2024-05-17", ""), ("市人社局举办春季招聘会", "2024-05-18", "")]
    assert r.entries[0].persons == ["郑远航"]
    assert any("a list page" in w for w in r.issue.warnings)
    assert 3 not in r.issue.meta["chrome_lines"] and 7 in r.issue.meta["chrome_lines"]  # the pager stays chrome


def test_a_list_page_is_read_among_menu_lines_the_chrome_does_not_name() -> None:
    """A list page copied from a browser with its site's menus (rows of words no chrome rule names): five
    rows or more and no sentence among the other lines make it a list page; the menus are chrome, the
    breadcrumb's last crumb is the rows' section."""
    rows = "\n".join(f"{t}　　2024-05-{d:02d}" for t, d in [
        ("区长柏青山调研老旧小区改造", 20), ("区政府召开第九次常务会议", 18), ("副区长苗远会见客商一行", 17),
        ("我区举办消防安全宣传月活动", 15), ("区人大常委会视察民生实事项目", 13), ("区政协开展协商议事活动", 12)])
    page = ("青石区人民政府\n首页\n政务公开\n　　信息公开指南　　信息公开目录　　政府文件\n办事服务\n"
            "　　办事指南　　便民查询　　在线预约\n当前位置：首页 > 政务公开 > 政务动态\n政务动态\n" + rows +
            "\n首页 上一页 1 2 下一页 尾页\n专题专栏\n城市更新行动\n主办单位：青石区人民政府办公室")
    r = parse_source(make_source(page))
    assert [(e.section, e.title, e.date) for e in r.entries][:2] == [
        ("政务动态", "区长柏青山调研老旧小区改造", "2024-05-20"), ("政务动态", "区政府召开第九次常务会议", "2024-05-18")]
    assert len(r.entries) == 6 and r.entries[0].persons == ["柏青山"]
    assert {1, 4, 16} <= set(r.issue.meta["chrome_lines"])  # (the site's name, a menu row, a side box)
    # a sentence among them: an article's page with its related links, no list page
    r = parse_source(make_source(page.replace("城市更新行动", "5月20日，区长柏青山到老城区调研，要求加快改造进度。")))
    assert not any("a list page" in w for w in r.issue.warnings)


def test_an_articles_related_links_stay_chrome() -> None:
    page = LIST_PAGE.replace("共4条", "市长郑远航调研城市更新工作\n发布时间：2024-05-14　来源：市政府办公室\n"
                             "5月14日，市长郑远航到老城区调研城市更新工作，要求稳步推进老旧小区改造。\n共4条")
    r = parse_source(make_source(page))
    assert [e.title for e in r.entries] == ["市长郑远航调研城市更新工作"] and r.entries[0].text


WECHAT_POST = """11月8日上午，县委书记柯望川到县融媒体中心看望慰问新闻工作者，送上节日祝福。
柯望川先后参观了指挥中心、演播室，详细了解中心运行情况。
柯望川强调，要坚持正确导向，讲好青禾故事。
县融媒体中心记者：甘小棠
编 辑：方 可
一 审：严雪峰
二 审：罗 华
三 审：宋明远
总监制：柯海潮
免责声明
本公众号部分转载的文章来自网络，其版权归原作者所有，若有侵权请联系我们删除。"""


def test_a_wechat_posts_review_footer_is_credits_not_records() -> None:
    r = parse_source(make_source(WECHAT_POST))
    assert len(r.entries) == 3  # one a paragraph (no headline), the footer none of them
    assert r.entries[-1].byline == "甘小棠" and r.entries[-1].line_end == 4
    names = {p for e in r.entries for p in e.persons}
    assert not names & {"方可", "严雪峰", "罗华", "宋明远", "柯海潮"}  # the editors are credits, no one in the news
    assert {c["reason"] for c in r.issue.meta["chrome"]} >= {"disclaimer"}


def test_review_credit_labels_spaced_out_to_line_up() -> None:
    from digest.masthead import line_facts

    assert line_facts("编 辑：方 可") == {"duty_editor": "方可"}
    assert line_facts("一 审：严雪峰") == {"first_reviewer": "严雪峰"}
    assert line_facts("总监制：柯海潮") == {"supervisor": "柯海潮"}
    assert chrome_reason("免责声明") == "disclaimer"


def test_a_source_date_and_time_line_is_item_meta_and_the_title_stays_above_it() -> None:
    assert chrome_reason("青禾日报 2021-01-07 00:45 大字") == "item-meta"
    assert chrome_reason("青禾日报 2021年第3期") is None
    r = parse_source(make_source("手记 南坪村三百天的变化\n青禾日报 2021-01-07 00:45 大字\n本报见习记者甘小棠\n"
                                 "南坪村对于我意义不同，这个新村是一个新的开始。\n去年五月，我第一次到南坪村采访。"))
    assert [(e.title, e.byline) for e in r.entries] == [("手记 南坪村三百天的变化", "甘小棠")]


# --- a county 工作简报 numbered under its sections, a district 专报 of bracketed columns (no 目录)

COUNTY_BRIEF = """栖云县工作简报

2024年第5期

中共栖云县委办公室　　　　2024年5月31日

一、重要会议

1．县委常委会研究春季造林工作

5月6日，县委书记柯望川主持召开县委常委会会议，研究春季造林工作。

2．县政府常务会议召开

5月9日，县长甄立华主持召开县政府常务会议，研究城区供水改造等事项。（县政府办公室）

二、领导活动

1．柯望川到松岗镇调研茶叶生产

5月8日，柯望川到松岗镇调研茶叶生产，察看春茶加工情况。

2．甄立华检查汛前准备

5月10日，甄立华检查汛前准备工作，要求落实各项防汛措施。

三、经济运行

1．全县前四月经济运行平稳

5月，县统计局发布数据，前四个月全县规模以上工业增加值同比增长7%。

2．栖云县茶叶“出山”记

5月15日，栖云县茶叶首次通过铁路班列销往省外。
"""


def test_items_numbered_again_under_each_section_of_a_brief() -> None:
    r = parse_source(make_source(COUNTY_BRIEF))
    assert [(e.section, e.title) for e in r.entries] == [
        ("重要会议", "县委常委会研究春季造林工作"), ("重要会议", "县政府常务会议召开"),
        ("领导活动", "柯望川到松岗镇调研茶叶生产"), ("领导活动", "甄立华检查汛前准备"),
        ("经济运行", "全县前四月经济运行平稳"), ("经济运行", "栖云县茶叶“出山”记")]
    assert r.entries[4].date == "2024-05"  # a month the first paragraph opens with
    assert r.entries[1].text.endswith("等事项。")  # the sending unit is no text
    assert not any(e.kind == "block" for e in r.entries)


DISTRICT_REPORT = """鹭川区信息专报

第9期

中共鹭川区委办公室　　　　2024年9月30日

【要闻动态】

区委常委会传达学习全会精神

9月2日，区委书记钟离浩主持召开区委常委会会议，传达学习全会精神。

钟离浩调研老旧小区改造

9月4日，钟离浩到鹭湖街道调研老旧小区改造工作。

【基层治理】

鹭湖街道推行楼栋长制度

9月，鹭湖街道在辖区推行楼栋长制度，选聘楼栋长三百余名。

李家埠社区化解邻里纠纷

9月18日，李家埠社区调解室化解一起邻里纠纷。
"""


def test_titles_under_bracketed_columns_of_a_report() -> None:
    r = parse_source(make_source(DISTRICT_REPORT))
    assert [(e.section, e.title) for e in r.entries] == [
        ("要闻动态", "区委常委会传达学习全会精神"), ("要闻动态", "钟离浩调研老旧小区改造"),
        ("基层治理", "鹭湖街道推行楼栋长制度"), ("基层治理", "李家埠社区化解邻里纠纷")]
    assert [e.date for e in r.entries] == ["2024-09-02", "2024-09-04", "2024-09", "2024-09-18"]


def test_a_picture_label_is_no_section() -> None:
    r = parse_source(make_source("【资料图】\n\n青禾县召开防汛会议\n\n6月2日，青禾县召开防汛工作会议。\n"))
    assert all(e.section is None for e in r.entries)


def test_bulleted_titles_with_a_quoted_phrase_or_a_unit_first() -> None:
    text = ("青禾党建工作简报\n\n2022年第7期\n\n一、学习教育\n\n"
            "◆县直机关举办“学理论、强党性”专题读书班\n　　6月28日，县直机关专题读书班开班。\n\n"
            "二、经验交流\n\n◆县卫健委：“党建+医疗”让群众看病更舒心\n　　县卫健委党组以党建为抓手，改进医疗服务。\n")
    r = parse_source(make_source(text))
    assert [(e.section, e.title) for e in r.entries] == [
        ("学习教育", "县直机关举办“学理论、强党性”专题读书班"), ("经验交流", "县卫健委：“党建+医疗”让群众看病更舒心")]


def test_a_unit_and_its_print_run_close_the_issue() -> None:
    from digest.text import credit_facts, trailing_credit
    assert credit_facts("青禾市人大常委会办公室　　　　（共印180份）") == [
        ("publisher", "编印", "青禾市人大常委会办公室"), ("copies", "共印", "180")]
    assert trailing_credit("大桥进入钢箱梁吊装阶段。（省交通投资集团）") == (
        "大桥进入钢箱梁吊装阶段。", [("contributor", "落款", "省交通投资集团")])
    assert trailing_credit("他说（省交通投资集团）") is None  # no sentence before it: no credit


UNPAGED_TOC = """青禾交通信息

2024年第10期

目　录

★ 工作动态 ★
厅召开四季度重点工作推进会
厅党组理论学习中心组开展专题学习
全省公路养护管理工作会议在岚州召开

★ 工作动态 ★

**厅召开四季度重点工作推进会**

10月8日，厅召开四季度重点工作推进会。

**厅党组理论学习中心组开展专题学习**

厅党组理论学习中心组近期开展专题学习，交流学习体会。

**全省公路养护管理现场观摩暨工作会议在岚州召开**

10月16日，全省公路养护管理现场观摩暨工作会议在岚州召开。
"""


def test_an_unpaged_toc_line_the_body_words_otherwise_is_its_own_item() -> None:
    r = parse_source(make_source(UNPAGED_TOC))
    assert [e.title for e in r.entries] == ["厅召开四季度重点工作推进会", "厅党组理论学习中心组开展专题学习",
                                           "全省公路养护管理现场观摩暨工作会议在岚州召开"]
    assert r.entries[1].text.startswith("厅党组理论学习中心组近期")


NUMBERED_TOC = """青禾人大工作简报

2023年第7期

目　录

【立法工作】
1. 《青禾市城市绿化条例》经表决通过……………………3
2. 开展物业管理条例立法调研……………………3

【立法工作】

1.《青禾市城市绿化条例》经表决通过

　　6月28日，市人大常委会会议表决通过《青禾市城市绿化条例》。

2.常委会开展《青禾市物业管理条例（草案）》立法调研

　　6月8日，市人大常委会副主任柯望川带领立法调研组开展调研。
"""


def test_a_numbered_toc_title_the_body_prints_under_its_number_in_more_words() -> None:
    r = parse_source(make_source(NUMBERED_TOC))
    second = r.entries[1]
    assert (second.title, second.page, second.date) == ("常委会开展《青禾市物业管理条例（草案）》立法调研", 3, "2023-06-08")
    assert any("title differs from the 目录" in w for w in second.warnings)


FLASH_REPORT = """信　息　快　报

第7期

青禾县人民政府办公室编　　　　　　　　　　　2024年4月8日

■ 项目建设 ■

全县一季度重点项目完成投资二十亿元
（县发改局）
　　今年一季度，全县六十个重点项目累计完成投资二十亿元，完成年度计划的三成。

石桥产业园二期项目开工
（县工信局）
　　3月28日，石桥产业园二期项目开工，总投资五亿元。

— 1 —

■ 社会民生 ■

县人民医院开通远程会诊
（县卫健委）
　　4月2日，县人民医院远程会诊中心投入使用，院长柯望川介绍了运行情况。

— 2 —
"""


def test_flash_report_items_carry_their_unit_under_the_title_and_pages_come_from_the_footers() -> None:
    r = parse_source(make_source(FLASH_REPORT))
    assert [(e.section, e.title, e.page, e.date) for e in r.entries] == [
        ("项目建设", "全县一季度重点项目完成投资二十亿元", 1, None),
        ("项目建设", "石桥产业园二期项目开工", 1, "2024-03-28"),
        ("社会民生", "县人民医院开通远程会诊", 2, "2024-04-02")]
    assert all("（县" not in e.text for e in r.entries)  # the unit's line is no text


PROFILES = """湄江县水利局
工作动态
第5期

一、工作要闻

县水利局召开汛后水毁工程修复推进会
9月3日，县水利局召开汛后水毁工程修复推进会，通报各乡镇修复进度，要求月底前全部完工。

二、先进典型

护堤员冯守成：二十年守好一段堤
在沙溪镇河堤上，提起冯守成，没有人不竖大拇指。二十年来他每天巡堤两趟，记下的巡查日志有三十多本。

“河长”曾晓岚：把河道当成自家院子
9月12日，记者来到石门村。村级河长曾晓岚每周都要沿河走一遍，看水色、查排口、捡垃圾，发现问题当天上报，能自己解决的绝不过夜。三年来，她劝退了十一处乱堆乱放，村里的小河又见到了鱼。
"""


def test_a_profile_headline_opening_with_its_person_and_a_colon() -> None:
    """`护堤员某某：二十年守好一段堤`: the colon after the person it is about is no sentence punctuation
    (`newspaper._PERSON_LEAD`), so the section label above it and the headline are read, not glued to the
    article before."""
    r = parse_source(make_source(PROFILES))
    assert [e.title for e in r.entries] == ["县水利局召开汛后水毁工程修复推进会", "护堤员冯守成：二十年守好一段堤",
                                           "“河长”曾晓岚：把河道当成自家院子"]
    assert [e.section for e in r.entries] == ["工作要闻", "先进典型", "先进典型"]
    assert r.entries[0].text.endswith("要求月底前全部完工。")


SITE_ISSUE = """首页 > 工作动态 > 工作简报

乌兰敖都县委统战部工作简报（2024年第3期）

县委统战部召开新的社会阶层人士座谈会
发布日期：2024-03-22  来源：县委统战部  浏览次数：211

3月21日，县委统战部召开新的社会阶层人士座谈会，来自律师、会计、网络等领域的12名代表参加座谈，围绕助力营商环境建设提出意见建议。

县侨联走访慰问归侨侨眷
发布日期：2024-03-15  来源：县侨联  浏览次数：168

3月14日，县侨联走访慰问困难归侨侨眷，送去慰问金和生活用品，了解他们的生产生活情况。
"""


def test_a_web_page_carrying_its_digest_issue_line_over_the_first_item() -> None:
    """`某县委统战部工作简报（2024年第3期）` over the first item's title and its meta line names the
    issue; it is no headline over a subtitle (`newspaper._ISSUE_LINE`)."""
    r = parse_source(make_source(SITE_ISSUE))
    assert [e.title for e in r.entries] == ["县委统战部召开新的社会阶层人士座谈会", "县侨联走访慰问归侨侨眷"]
    assert r.entries[0].text.startswith("3月21日，")


WRAPPED_ITEMS = """柳岸镇乡村振兴工作简报
2024年第2期

四、典型人物
◆返乡青年葛晓川：把茶园搬进直播间
　　葛晓川是柳岸村第一个回乡创业的大学生。2020年毕
业后，他回到村里注册了网店，通过直播销售高山绿茶，
去年销售额突破80万元，带动60余户茶农增收。葛晓川
说，要让山里的好茶走得更远，让乡亲们的日子越过越红火。
◆退休教师蔺秀英：义务辅导留守儿童八年
　　每到周末，村里的留守儿童都会来到蔺秀英家里写作业。
八年来，她义务辅导的孩子有120多名，其中9人考上大学。
"""


def test_a_bulleted_item_after_a_full_line_ending_a_sentence_opens_no_run_on() -> None:
    """A hard-wrapped paragraph's last line can reach the margin and end a sentence; the `◆…：…` line
    after it is the next item's headline, not its continuation (`blocks.runs_on`)."""
    r = parse_source(make_source(WRAPPED_ITEMS))
    assert [e.title for e in r.entries] == ["返乡青年葛晓川：把茶园搬进直播间", "退休教师蔺秀英：义务辅导留守儿童八年"]
    assert r.entries[0].text.endswith("越过越红火。")


WRAPPED_CREDITS = """湖滨街道工作简报
2023年第4期

【基层党建】

■机关党支部开展“走进网格”主题党日活动
　　4月12日，街道机关党支部组织20余名党员走进网格开展主
题党日活动，帮助居民清理楼道杂物、登记安全隐患，为行动不便的
老人代购米面油和常用药品。党员们说，坐在办公室里看材料，不如
到居民家里坐一坐、问一问，这样了解的情况更实在。（党政办\u3000
蔺佳琪）

【社区风采】

■柳岸社区志愿服务队义诊进小区
　　每月第二个周六，柳岸社区志愿服务队都会请来辖区医院的医生，
在小区广场为居民免费量血压、测血糖、讲解慢病防治知识，至今已
坚持了整整三年，累计服务居民两千余人次，成了小区里一道温暖的
风景线。
　　　　　　　　　　　　　　　　　　　　（柳岸社区供稿）

■桂园社区举办邻里美食节
　　4月22日，桂园社区举办第二届邻里美食节，200多名居民参
加。活动设置了美食分享、旧物交换、亲子游戏等环节，居民们在游
戏中相互认识，不少老邻居说，住了十几年，这回总算把对门的名字
记住了。
"""


def test_a_credit_cut_by_a_hard_wrap_and_a_credit_line_over_the_next_item() -> None:
    """A credit a hard wrap cut where its space stood (`（党政办　` / `某某）`) keeps the space between its
    unit and its writer (`blocks._gap`), so it is read as the credit it is; a credit alone on its line
    is no kicker of the ■ item under it (`newspaper._BRACKETED_LINE`)."""
    r = parse_source(make_source(WRAPPED_CREDITS))
    assert [e.title for e in r.entries] == ["机关党支部开展“走进网格”主题党日活动", "柳岸社区志愿服务队义诊进小区",
                                           "桂园社区举办邻里美食节"]
    assert r.entries[0].text.endswith("更实在。") and r.entries[0].byline == "蔺佳琪"
    assert r.entries[2].kicker is None


def test_a_field_or_a_quote_before_a_colon_is_no_profile_headline() -> None:
    """`培训主题：…`, `某某高兴地说：“…！”`, `咨询电话：…` are no headline leads (`newspaper._PERSON_LEAD`)."""
    from digest.newspaper import _without_lead

    assert _without_lead("退役军人冯守成：二十年守好一段堤") == "二十年守好一段堤"
    for line in ("培训主题：技能强军再就业", "村民王大妈高兴地说：“这下方便多了！”", "咨询电话：0838-6221234",
                 "培训地点：区职业技术学校实训楼"):
        assert _without_lead(line) == line


def test_a_page_footer_with_its_proofreader_is_facts() -> None:
    """`本版校对：某某　新闻热线：…` closes a paper's page: facts, no article's text (its name no person)."""
    assert line_facts("本版校对：冷小岚　　　新闻热线：6128310") == {"proofreader": "冷小岚", "hotline": "6128310"}


FEATURE = """沙河报　　　2023年5月12日　星期五　　　　第2版　要闻

县政府召开第八次常务会议

本报讯（记者 蔺秋雨）5月10日，县长邵振东主持召开县政府第八次常务会议，研究部署夏收夏种和安全生产等工作。

（记者 蔺秋雨）

守护山村二十年的护林员

一条巡山路走出满山绿

——记石门乡护林员冉春生

天刚蒙蒙亮，冉春生就背起水壶上了山。这条巡山路他走了二十年，磨坏的胶鞋堆满了半间屋子。二十年来，他管护的四千亩山林没有发生过一起火灾。

冉春生说，守好这片林子，就是守好乡亲们的饭碗。

全县夏粮收购工作启动

5月11日，全县夏粮收购工作正式启动，设立收购网点28个，确保农民交售粮食方便快捷。
"""


def test_a_feature_headline_of_kicker_title_and_dash_subtitle_without_a_dateline() -> None:
    """引题 / 标题 / ——副题 over a paragraph that opens with no dateline (`newspaper.head_over_subtitle`)."""
    r = parse_source(make_source(FEATURE))
    assert [e.title for e in r.entries] == ["县政府召开第八次常务会议", "一条巡山路走出满山绿", "全县夏粮收购工作启动"]
    assert r.entries[1].kicker == "守护山村二十年的护林员"
    assert "冉春生" in r.entries[1].persons


def test_a_paper_page_gives_its_number_to_every_article() -> None:
    """The masthead's `第2版` is the page of each article on it (`newspaper.page_from_footers`)."""
    r = parse_source(make_source(FEATURE))
    assert r.issue.meta.get("page") == 2 and [e.page for e in r.entries] == [2, 2, 2]


# --- a month of WeChat posts copied one after another (本月合集), a police 简报 with subtitled items

WECHAT_MONTH = """青禾镇发布
2025年3月 · 本月合集

微信号：qinghezhenfabu
功能介绍：青禾镇人民政府发布政务信息的平台。

━━━━━━━━━━━━━━━━━━━━

青禾镇召开春季植树动员会

原创 青禾镇发布 2025-03-12 18:20 江西

点击蓝字 关注我们

[图片]

3月11日，青禾镇召开春季植树动员会，镇党委书记柯望川出席并讲话。

柯望川要求，各村要把苗木栽到实处，确保栽一棵活一棵。

文字：甘小棠　图片：严雪峰
编辑：方可为　审核：宋明远

阅读 812　赞 9　在看 2

━━━━━━━━━━━━━━━━━━━━

春风暖人心 岗位送到家

原创 青禾镇发布 2025-03-05 09:10 江西

3月4日，青禾镇在集镇广场举办春风行动招聘会，二十余家企业带来岗位三百多个。

前来应聘的村民罗晓芸说，在家门口就能找到活干，很方便。

文/图：甘小棠
编辑：方可为　审核：宋明远

阅读 1024　赞 15
"""


def test_a_month_of_wechat_posts_each_post_under_its_header() -> None:
    assert chrome_reason("原创 青禾镇发布 2025-03-12 18:20 江西") == "wechat-header"
    assert chrome_reason("阅读 812　赞 9　在看 2") == "wechat"
    assert chrome_reason("微信号：qinghezhenfabu") == "wechat"
    r = parse_source(make_source(WECHAT_MONTH))
    assert [(e.title, e.date) for e in r.entries] == [("青禾镇召开春季植树动员会", "2025-03-11"),
                                                     ("春风暖人心 岗位送到家", "2025-03-04")]
    first, second = r.entries
    assert first.text.endswith("确保栽一棵活一棵。") and second.text.endswith("很方便。")  # no credits, no counts
    # who wrote and photographed a post are its people; who edited and passed it are not
    assert first.byline == "甘小棠、严雪峰" and second.byline == "甘小棠"
    assert "甘小棠" in first.persons and "严雪峰" in first.persons
    assert not {"方可为", "宋明远"} & {p for e in r.entries for p in e.persons}


def test_a_unit_credited_for_the_pictures_is_no_byline() -> None:
    post = WECHAT_MONTH.replace("文/图：甘小棠", "图片：青禾镇应急办")
    r = parse_source(make_source(post))
    assert r.entries[1].byline is None and r.entries[1].text.endswith("很方便。")


POLICE_BRIEF = """公 安 简 报

2024年第3期

青禾县公安局办公室                  2024年3月29日

━━━━━━━━━━━━━━━━━━━━

（一）县公安局召开春季治安整治部署会

3月4日，县公安局召开春季治安整治部署会，局长柯望川出席并讲话。

（二）练精兵强本领　比武场上见真章
——县公安局举办2024年度警务技能比武

3月12日至13日，县公安局举办警务技能比武，民警甘小棠获个人第一名。

（三）交警大队开展春运收官检查

3月15日，交警大队对客运站开展检查，大队长严雪峰带队。
"""


def test_numbered_items_one_with_a_subtitle_line_under_its_title() -> None:
    r = parse_source(make_source(POLICE_BRIEF))
    assert [e.title for e in r.entries] == ["县公安局召开春季治安整治部署会", "练精兵强本领　比武场上见真章",
                                            "交警大队开展春运收官检查"]
    assert r.entries[1].subtitle == "县公安局举办2024年度警务技能比武"
    assert r.entries[1].text.startswith("3月12日至13日") and r.entries[1].date_end == "2024-03-13"


WECHAT_MONTH_CN = """“青禾镇发布”微信公众号文章汇编
（2024年5月）

════════════════════════════════

青禾镇召开防汛工作部署会

原创 青禾镇发布 2024年05月28日 20:15 江西

5月28日下午，青禾镇召开防汛工作部署会，镇党委书记柯望川出席并讲话。

柯望川强调，全镇要立即进入临战状态，确保安全度汛。

文字/图片：甘小棠

编辑：方可为  审核：宋明远  终审：严雪峰

往期回顾
▶ 端午将至 | 青禾龙舟队下水训练啦！
▶ 县长罗晓芸到青禾镇调研

END

────────────────────────────

端午将至 | 青禾龙舟队下水训练啦！

原创 青禾镇发布 2024年05月26日 18:30 江西

5月25日，青禾龙舟队在青禾河开展下水训练，队员们挥桨击水，为端午龙舟赛做准备。

文字：甘小棠

END

────────────────────────────

县长罗晓芸到青禾镇调研

青禾县发布 2024年05月18日 09:12 江西

以下文章来源于青禾县发布，作者青禾县发布

5月17日，县长罗晓芸到青禾镇调研乡村振兴工作，镇党委书记柯望川陪同。

来源：青禾县发布
记者 岑雨薇 通讯员 甘小棠

END
"""


def test_a_wechat_compilation_with_its_links_end_marks_and_a_reprint() -> None:
    r = parse_source(make_source(WECHAT_MONTH_CN))
    assert [(e.title, e.date) for e in r.entries] == [
        ("青禾镇召开防汛工作部署会", "2024-05-28"),
        ("端午将至 | 青禾龙舟队下水训练啦！", "2024-05-25"),  # a title may exclaim; no END ends the page
        ("县长罗晓芸到青禾镇调研", "2024-05-17"),  # a reprint's header prints no 原创
    ]
    first, second, third = r.entries
    assert first.text.endswith("确保安全度汛。") and first.byline == "甘小棠"  # no 往期回顾 links in it
    assert second.byline == "甘小棠"
    assert third.text.startswith("5月17日") and third.text.endswith("柯望川陪同。")  # 以下文章来源于… and 来源： are no text
    assert not {"方可为", "宋明远", "严雪峰"} & {p for e in r.entries for p in e.persons}


def test_a_wechat_posts_marked_caption_is_no_headline_and_a_compilations_compiler_a_fact() -> None:
    post = WECHAT_MONTH_CN.replace("柯望川强调，全镇要立即进入临战状态，确保安全度汛。",
                                   "▲ 镇村干部在河堤巡查\n\n柯望川强调，全镇要立即进入临战状态，确保安全度汛。")
    r = parse_source(make_source(post))
    assert [e.title for e in r.entries][:1] == ["青禾镇召开防汛工作部署会"] and "▲ 镇村干部在河堤巡查" in r.entries[0].text
    assert line_facts("青禾镇党政综合办公室整理") == {"editor_org": "青禾镇党政综合办公室"}
    assert line_facts("资料整理") is None
