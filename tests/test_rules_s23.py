"""Rules from session 23 (blind sets 92-98), each on text written here in our own words: a WeChat
简报 of 📌 titles under 🔴 labels, a 纪委 page of numbered cases, a 防汛 bulletin's hour ranges, a 目录
in two columns a copy left unaligned, a 提案 digest's fields under each title, a one-cell-a-line
任前公示, a table of names padded and wrapped, and the chrome of a few more sites."""

from __future__ import annotations

from conftest import make_source, nows, parse_text

from digest.model import Entry
from digest.parse import WEAK_FLOOR, parse_source


def _persons(text: str, clauses: bool = False) -> list[str]:
    from digest.persons import annotate

    e = Entry(title="", text=text)
    annotate([e], weak=WEAK_FLOOR, clauses=clauses)
    return e.persons


_POST = """石桥镇工作简报
2024年第3期（总第30期）
石桥镇党政办公室　　　　2024年3月28日
━━━━━━━━━━━━━━━━

🔴 党建引领 🔴

📌 石桥镇召开村党组织书记述职会
3月20日上午，石桥镇召开村党组织书记述职评议会，九名村党组织书记逐一述职。

📌 “夜校”开课 党员充电
3月12日至14日，全镇党员分三批到镇党校参加集中学习。

🟢 产业发展 🟢

📌 镇长带队外出招商
3月18日，镇长带队赴邻省考察三家企业，双方达成初步合作意向。

📌 两千亩春茶开园采摘
3月，正值春茶采摘的关键时节，镇农技站组织技术人员到茶园指导采摘和加工。

🟤 年终回眸 🟤

📌 一季度，我们这样走过
这一季度，全镇干部群众齐心协力，各项工作取得新进展。
━━━━━━━━━━━━━━━━
— END —
来源｜石桥镇党政办
编辑｜何小满
审核｜贺明远
"""


def test_a_posts_marked_titles_under_emoji_labels() -> None:
    r = parse_text(_POST)
    rows = [(e.title, e.section) for e in r.entries]
    assert rows == [("石桥镇召开村党组织书记述职会", "党建引领"), ("“夜校”开课 党员充电", "党建引领"),
                    ("镇长带队外出招商", "产业发展"), ("两千亩春茶开园采摘", "产业发展"),
                    ("一季度，我们这样走过", "年终回眸")]
    assert r.entries[-1].text.rstrip().endswith("各项工作取得新进展。")  # (`编辑｜某某`: the post's credits)


def test_a_credit_with_a_bar_for_its_colon() -> None:
    from digest.text import credit_facts

    assert credit_facts("编辑｜何小满") == [("editor", "编辑", "何小满")]
    assert credit_facts("来源 | 石桥镇党政办") == [("contributor", "来源", "石桥镇党政办")]
    assert credit_facts("镇长｜何小满") is None


_CASES = """青岭廉政网
首页
要闻动态
监督曝光
当前位置：首页 > 监督曝光

青岭市纪委监委通报3起违反中央八项规定精神典型问题

发布时间：2024-09-13 09:30　　来源：青岭市纪委监委　　浏览次数：1200
分享到：微信　微博　QQ空间

9月12日，青岭市纪委监委对近期查处的3起违反中央八项规定精神典型问题进行公开通报。具体如下：

1.甘立本，南坪县水利局原局长，违规收受礼品礼金问题。2022年至2023年，甘立本多次收受购物卡，共计3万元。2024年4月，甘立本被开除党籍。

2.蒲青云，东河区城管局副局长，违规使用公车问题。2024年2月，蒲青云驾驶公车办理私事。2024年6月，蒲青云受到党内警告处分。

3.卓长安，北岭镇党委原副书记，违规发放津贴补贴问题。2023年，卓长安违规发放补贴共计8万元。2024年8月，卓长安受到党内警告处分。

市纪委监委指出，各级党组织要加强日常教育监督，坚决防止“四风”问题反弹回潮。

热点排行
1　青岭市纪委监委通报3起违反中央八项规定精神典型问题
2　廉洁文化进万家第十二期开讲
专题专栏
党纪学习教育
清廉青岭建设
友情链接
中央纪委国家监委网站
网站地图 | 联系我们
Copyright © 2024 青岭廉政网
"""


def test_a_page_of_numbered_cases_lists_each_case() -> None:
    r = parse_text(_CASES, name="p.txt")
    titles = [e.title for e in r.entries]
    assert titles == ["青岭市纪委监委通报3起违反中央八项规定精神典型问题",
                      "甘立本，南坪县水利局原局长，违规收受礼品礼金问题",
                      "蒲青云，东河区城管局副局长，违规使用公车问题",
                      "卓长安，北岭镇党委原副书记，违规发放津贴补贴问题"]
    assert r.entries[0].text.strip().endswith("具体如下：")
    last = r.entries[-1].text  # (the sidebar's lists, 热点排行 and 专题专栏, are the page's links)
    assert "热点排行" not in last and "清廉青岭建设" not in last and "分享到" not in r.entries[0].text


def test_cases_inside_a_digests_item_stay_its_text() -> None:
    items = """某县纪检监察工作简报
第9期
某县纪委监委办公室　　2024年9月30日
【工作动态】
县纪委监委召开警示教育大会
9月20日，县纪委监委召开全县警示教育大会，县四大班子领导参加。
县纪委监委开展节前专项监督
9月22日，县纪委监委组织专项监督检查组深入各乡镇开展节前监督检查。
县纪委监委通报2起典型问题
9月24日，县纪委监委通报2起典型问题。具体如下：
1.甘立本，南坪县水利局原局长，违规收受礼品礼金问题。2022年至2023年，甘立本多次收受购物卡，共计3万元。
2.蒲青云，东河区城管局副局长，违规使用公车问题。2024年2月，蒲青云驾驶公车办理私事，受到党内警告处分。
"""
    titles = [nows(e.title) for e in parse_text(items).entries]
    assert titles == ["县纪委监委召开警示教育大会", "县纪委监委开展节前专项监督", "县纪委监委通报2起典型问题"]


def test_an_hour_range_and_a_day_at_dawn() -> None:
    from digest.fields import parse_leading_date

    assert parse_leading_date("7月12日8时至13日8时，全县普降大雨", 2024, 7, 13) == ("2024-07-12", "2024-07-13")
    assert parse_leading_date("12日20时至13日6时，全县", 2024, 7, 13) == ("2024-07-12", "2024-07-13")
    assert parse_leading_date("13日凌晨，县防指启动应急响应", 2024, 7, 13) == ("2024-07-13", None)
    assert parse_leading_date("13日清晨6时许，县长带队", 2024, 7, 13) == ("2024-07-13", None)
    assert parse_leading_date("7月12日22时，县委书记", 2024, 7, 13) == ("2024-07-12", None)


def test_the_day_named_in_brackets_after_a_festival() -> None:
    text = """石桥镇工作简报
2023年第12期
石桥镇党政办公室　　2023年12月28日
冬至送温暖
冬至当天（12月22日），镇村干部分头走访慰问困难群众，送去米、油和棉被。
家庭医生上门服务
近日，镇卫生院组织家庭医生深入各村，为老人测量血压血糖。
"""
    assert [e.date for e in parse_text(text).entries][:1] == ["2023-12-22"]


def test_a_signers_line_in_a_bulletins_masthead() -> None:
    from digest.masthead import line_facts

    assert line_facts("（某县防汛抗旱指挥部办公室）　　　　签发人：宋某") == {
        "editor_org": "某县防汛抗旱指挥部办公室", "signer": "宋某"}
    assert line_facts("签发人：宋某") == {"signer": "宋某"}


_UNALIGNED = """青川政务信息
2024年第10期
青川市人民政府办公室　　2024年5月20日
目　　录
◆ 领导活动    青川市新增3家专精特新中小企
市委书记调研重点项目建设和防汛准备   业…………………………………4
工作………………………………1    （二）民生保障
市长与物流集团董事长举行工作     市热线4月份受理群众诉求
会谈………………………………1    3.1万件……………………………5
◆ 重要会议      （三）生态环境
市政府第二十七次常务会议召开……2    青川河流域生态补偿协议签订…6
◆ 工作动态      ◆ 县区动态
（一）经济运行        棠溪县茶产业直播基地投入使用……6
1—4月全市规上工业增加值同比增    芦岙县举办第三届杨梅文化节………7
长7.2%……………………………4

一、领导活动
市委书记调研重点项目建设和防汛准备工作
5月6日，市委书记到城东新区调研重点项目建设和防汛准备工作。
市长与物流集团董事长举行工作会谈
5月8日，市长与来青考察的物流集团董事长举行工作会谈。
二、重要会议
市政府第二十七次常务会议召开
5月10日，市政府召开第二十七次常务会议。
三、工作动态
（一）经济运行
1—4月全市规模以上工业增加值同比增长7.2%
今年1—4月，全市规模以上工业增加值同比增长7.2%。
青川市新增3家专精特新中小企业
近日，省工信厅公布新一批专精特新中小企业名单，我市3家企业入选。
（二）民生保障
市热线4月份受理群众诉求3.1万件
4月份，市热线共受理群众诉求3.1万件，按时办结率99.2%。
（三）生态环境
青川河流域生态补偿协议签订
5月14日，青川河上下游两县签订流域横向生态补偿协议。
四、县区动态
棠溪县茶产业直播基地投入使用
5月15日，棠溪县茶产业直播基地投入使用。
芦岙县举办第三届杨梅文化节
5月18日，芦岙县第三届杨梅文化节开幕。
"""


def test_a_two_column_contents_a_copy_left_unaligned() -> None:
    r = parse_text(_UNALIGNED)
    rows = [(nows(e.title), e.section, e.subsection, e.page) for e in r.entries]
    assert rows == [
        ("市委书记调研重点项目建设和防汛准备工作", "领导活动", None, 1),
        ("市长与物流集团董事长举行工作会谈", "领导活动", None, 1),
        ("市政府第二十七次常务会议召开", "重要会议", None, 2),
        ("1—4月全市规模以上工业增加值同比增长7.2%", "工作动态", "经济运行", 4),
        ("青川市新增3家专精特新中小企业", "工作动态", "经济运行", 4),
        ("市热线4月份受理群众诉求3.1万件", "工作动态", "民生保障", 5),
        ("青川河流域生态补偿协议签订", "工作动态", "生态环境", 6),
        ("棠溪县茶产业直播基地投入使用", "县区动态", None, 6),
        ("芦岙县举办第三届杨梅文化节", "县区动态", None, 7)]


def test_bare_contents_headings_the_body_numbers_are_one_rank() -> None:
    text = """栖桐政务信息
2024年第1期
县委办公室编　　2024年1月8日
目 录
要情速递
县委理论学习中心组举行集体学习……1
我县召开经济工作会议……2
部门动态
县医保局完成城乡居民医保参保工作……3
县税务局举办税企座谈会……4
乡镇传真
云岫镇积分超市激发治理活力……5
一、要情速递
县委理论学习中心组举行集体学习
12月27日，县委理论学习中心组举行集体学习。
我县召开经济工作会议
12月29日，我县召开经济工作会议。
二、部门动态
县医保局完成城乡居民医保参保工作
近日，县医保局完成城乡居民医保集中参保工作。
县税务局举办税企座谈会
1月3日，县税务局举办税企座谈会。
三、乡镇传真
云岫镇积分超市激发治理活力
今年以来，云岫镇推行积分超市，激发乡村治理活力。
"""
    rows = [(e.section, e.subsection) for e in parse_text(text).entries]
    assert rows == [("要情速递", None)] * 2 + [("部门动态", None)] * 2 + [("乡镇传真", None)]


def test_a_sites_search_box_breadcrumb_menu_and_english_name_are_chrome() -> None:
    from digest.blocks import to_blocks
    from digest.chrome import chrome_reason, find_chrome

    assert chrome_reason("您当前的位置：首页 > 外事动态") == "breadcrumb"
    assert chrome_reason("请输入关键词") == "search"
    assert chrome_reason("分享到：　微信　微博　QQ空间") == "share"
    page = """某市人民政府外事办公室
Foreign Affairs Office of Moushi Municipal People's Government
设为首页
加入收藏
首页
机构概况
外事动态
通知公告
因公出国（境）
领事服务
您当前的位置：首页 > 外事动态
市长会见日本友好访华团
发布时间：2024-05-20 18:06　　来源：市外办　　浏览次数：412
5月20日下午，市长在市行政中心会见了日本友好访华团一行。
"""
    lines = find_chrome(to_blocks(page.splitlines())).lines
    assert {0, 1, 7, 8, 9} <= set(lines)


def test_a_kicker_of_paired_phrases_over_the_news_on_a_web_page() -> None:
    page = """某市外事办公室
首页
外事动态
当前位置：首页 > 外事动态
深化传统友谊　共拓合作空间
市委书记会见某国驻华大使
发布时间：2024-05-23 09:15　　来源：市外办　　浏览次数：367
5月22日，市委书记会见了来访的某国驻华大使一行，双方就深化合作交换了意见。
"""
    e = parse_text(page, name="p.txt").entries[0]
    assert (e.kicker, e.title) == ("深化传统友谊　共拓合作空间", "市委书记会见某国驻华大使")


def test_an_honour_before_a_dotted_name_and_a_spouse_after_it() -> None:
    got = _persons("市委书记会见了马来西亚驻华大使拿督阿兹兰·宾·哈西姆及夫人诺莱妮·奥斯曼一行。")
    assert "阿兹兰·宾·哈西姆" in got and "诺莱妮·奥斯曼" in got
    assert not any("及" in n or n.startswith("拿督") for n in got)


def test_a_sites_footer_facts_and_links_after_a_rule() -> None:
    page = """某某中院
首页
审判动态
当前位置：首页 > 审判动态
某某中院审结一起合同纠纷案
发布时间：2021-09-06 17:40:21　　来源：民二庭
9月3日，某某中院审结一起国际货物买卖合同纠纷案，依法判决被告支付货款。
承办法官表示，将持续提升涉外商事审判质效。

相关链接
最高人民法院 | 中国裁判文书网 | 中国庭审公开网 | 中国执行信息公开网

━━━━━━━━━━━━━━━━━━━━
版权所有：某某市中级人民法院
地址：某某市迎宾大道118号　　邮编：000000
诉讼服务热线：12368　　信访接待电话：0000-2286100
网站标识码：0000000071　　ICP备案号：ICP备19006632号-1
"""
    e = parse_text(page, name="p.txt").entries[-1]
    assert e.text.rstrip().endswith("将持续提升涉外商事审判质效。")
    assert _persons("相关链接 最高人民法院 | 中国裁判文书网") == []


def test_a_verb_of_saying_that_opens_another_word() -> None:
    assert _persons("宣判后，法官当庭对非法集资的危害进行了释法说理，提醒群众理性投资。") == []


_PROPOSALS = """政协某县委员会
提 案 工 作 信 息
2024年第3期
县政协提案委员会编　　　　2024年4月8日
【提案交办】
县政协提案交办会召开
3月26日，县政府、县政协联合召开提案交办会，会议通报了提案审查立案情况。
【重点提案】
（县委、县政府领导领衔督办）
关于加快县域冷链物流体系建设的提案
提案人：甘秀英、卓立新、热娜古丽·艾买提（联名）
督办领导：县长邝成章　　主办单位：县商务局
提案指出，我县是全省重要的果蔬产区，但产地冷藏设施严重不足。
关于破解城区停车难问题的提案
提案者：民建县总支部（执笔人：申屠文博委员）
督办领导：副县长蒙海峰　　主办单位：县住建局
提案反映，城区公共停车泊位不足，停车难问题突出。
"""


def test_a_proposals_fields_under_its_title() -> None:
    r = parse_source(make_source(_PROPOSALS, "t.txt"), persons=True)
    rows = [(nows(e.title), e.section) for e in r.entries]
    assert rows == [("县政协提案交办会召开", "提案交办"), ("关于加快县域冷链物流体系建设的提案", "重点提案"),
                    ("关于破解城区停车难问题的提案", "重点提案")]
    assert r.entries[0].text.rstrip().endswith("立案情况。")
    assert {"甘秀英", "卓立新", "热娜古丽·艾买提", "邝成章"} <= set(r.entries[1].persons)


def test_a_table_of_names_padded_wrapped_and_dotted() -> None:
    table = ("名单如下：\n序号\t姓  名\t工作单位\t科  室\n1\t卢  敏\t某市第一人民医院\t心血管内科\n"
             "2\t诸葛文涛\t某市中医院\t针灸推拿科\n3\t韦春燕\t某市妇幼保健院（某市\n儿童医院）\t新生儿科\n"
             "4\t帕尔哈提·艾山\t某市第二人民医院\t骨科\n5\t潘  越\t望江镇卫生院\t内科\n")
    assert _persons(table) == ["卢敏", "诸葛文涛", "韦春燕", "帕尔哈提·艾山", "潘越"]


def test_table_rows_a_tab_apart_are_no_wrapped_paragraph() -> None:
    from digest.blocks import Wrap, make_block, runs_on

    wrap = Wrap(width=28, indents=False, by_chars=True, margin=0)
    above = make_block(1, "1\t卢  敏\t柘州市第一人民医院\t心血管内科")
    below = make_block(2, "2\t诸葛文涛\t柘州市中医院\t针灸推拿科")
    assert not runs_on(wrap, above, below)


def test_a_notice_flattened_one_cell_a_line() -> None:
    page = """某县人民政府门户网站
首页
政务公开
当前位置：首页 > 政务公开 > 任前公示
某县2024年第三批拟提拔任用县管干部任前公示
发布时间：2024-06-18 10:12　　来源：中共某县委组织部　　浏览次数：2318
经县委常委会研究，拟对下列3名同志提拔任用，现予以公示。
联系人：陆小宁
序号
姓名
性别
民族
1
甘振邦
男
布依族
2
罗晓岚
女
汉族
3
蒙世杰
男
水族
公示期间如有意见，请向县委组织部反映。
中共某县委组织部
2024年6月18日
附件：
某县拟提拔任用县管干部任前公示表（第三批）.pdf
【打印本页】　　【关闭窗口】
Copyright © 2024 某县人民政府
"""
    r = parse_source(make_source(page, "p.txt"), persons=True)
    e = r.entries[0]
    assert e.date == "2024-06-18"
    assert "附件" not in e.text and ".pdf" not in e.text
    assert {"甘振邦", "罗晓岚", "蒙世杰", "陆小宁"} <= set(e.persons)


def test_a_surname_and_a_post_after_a_contact_label_is_no_name() -> None:
    assert _persons("联系人：刘科长") == []
    assert _persons("联系人：陆小宁") == ["陆小宁"]


def test_frames_of_sections_and_an_editions_label() -> None:
    from digest.blocks import clean_heading

    assert clean_heading("〖党建引领〗") == "党建引领"
    text = """政 务 信 息
（专刊）
2023年第12期（总第187期）
某市人民政府办公室编　　　　2023年11月30日
一、市政府常务会议
（一）市政府召开第31次常务会议
11月3日，市长主持召开市政府第31次常务会议，研究部署安全生产工作。
（二）市政府召开第32次常务会议
11月10日，市长主持召开市政府第32次常务会议，研究部署冬季供暖工作。
"""
    titles = [nows(e.title) for e in parse_text(text).entries]
    assert titles == ["市政府召开第31次常务会议", "市政府召开第32次常务会议"]


def test_a_name_ending_in_net_is_a_website() -> None:
    assert _persons("详见中国裁判文书网。") == []


def test_two_dotted_names_joined_by_he() -> None:
    assert _persons("两名外籍教师丹尼尔·惠特福德和玛丽亚·冈萨雷斯走进社区。") == ["丹尼尔·惠特福德", "玛丽亚·冈萨雷斯"]


def test_a_closing_credit_of_a_student_reporter_and_a_dotted_name() -> None:
    text = """某某大学报
2024年5月15日　第3版
我校举办春季运动会
本报讯　5月10日，我校第四十届春季运动会在东区体育场开幕，三千余名师生参加。
（本报记者　龚晓蕾　学生记者　阿依古丽·吐尔逊）
图书馆开展读书月活动
本报讯　5月11日，图书馆读书月活动启动，推出二十余场讲座。
（记者　汤一鸣　实习生　阿卜杜拉·热合曼）
"""
    r = parse_text(text)
    assert [e.byline for e in r.entries] == ["龚晓蕾、阿依古丽·吐尔逊", "汤一鸣、阿卜杜拉·热合曼"]
    assert all(e.text.rstrip().endswith("。") for e in r.entries)


def test_a_line_break_between_two_elements_of_a_page_is_a_space() -> None:
    from digest.readers.html import read_html

    html = ("<html><body><div class='top'>\n<span>2024年03月08日　星期五</span>\n<span>第10期　总第1126期</span>\n"
            "</div><p>县委召开\n常委会会议</p></body></html>")
    text = read_html(html.encode("utf-8"), "p.html").text
    assert "星期五 第10期" in text and "县委召开常委会会议" in text


def test_a_brief_columns_label_over_a_markdown_headline_is_no_kicker() -> None:
    text = """# 某区新闻

## 区委召开常委会会议

3月20日，区委召开常委会会议，研究部署近期重点工作。

要闻简讯

## 区人大常委会开展执法检查

3月14日至15日，区人大常委会组织执法检查组开展食品安全执法检查。
"""
    e = parse_text(text, name="p.md").entries[-1]
    assert e.kicker is None and e.section == "要闻简讯"
