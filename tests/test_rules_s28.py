"""Rules from session 28 (blind sets 161-166), each on text written here in our own words: every person,
place and paper below is made up."""

from __future__ import annotations

from conftest import parse_text

from digest.text import credit_facts

# a city's 政务信息 of untitled one-paragraph items under bracketed labels, each opening with its day (or
# `近日`, `12月上旬`), as PDF text: a page's foot cuts one item, a hard wrap at a sentence's end parts another
COLUMNS = """松岭政务信息

2022年第3期

松岭市人民政府办公室　　　　　　　　　　2022年3月25日

【市领导活动】

3月2日，市委书记罗青山到北坡县调研春耕备耕工作，察看了育秧工厂
和农资仓库。他强调，要抓紧抓实春季农业生产，确保不误农时。

3月8日，市长钟离远在市行政中心会见来访的客商代表团一行，双方就
新材料项目合作交换了意见。

客商代表团表示，将尽快完成项目选址论证。

3月15日，市委副书记白玉兰督导全市森林防火工作，要求压实各级责
任，严防死守。

【部门动态】

3月4日，市发展改革委召开重点项目调度会，通报一季度项目开工情况。

近日，市人社局启动春风行动，组织招聘会12场，提供岗位8000余个。

3月中旬，市农业农村局派出工作组分赴各县督导春播，检查种子质量。

— 1 —
"""


def test_untitled_items_under_bracketed_labels_each_open_with_their_day() -> None:
    r = parse_text(COLUMNS)
    got = [(e.section, e.title[:8], e.date) for e in r.entries]
    assert got == [("市领导活动", "3月2日，市委书", "2022-03-02"),
                   ("市领导活动", "3月8日，市长钟", "2022-03-08"),
                   ("市领导活动", "3月15日，市委", "2022-03-15"),
                   ("部门动态", "3月4日，市发展", "2022-03-04"),
                   ("部门动态", "近日，市人社局启", None),
                   ("部门动态", "3月中旬，市农业", "2022-03")]
    second = r.entries[1]
    assert second.text.endswith("将尽快完成项目选址论证。")  # (a paragraph opening with no time goes on with it)
    assert "市委书记" not in second.text


# a bracketed item's title over one paragraph that opens with a date stays the item's title: only a label
# over two dated paragraphs or more is a column of untitled briefs
TITLED = """某县人大工作简报

【代表视察农村公路建设】

5月6日，县人大常委会副主任吴远帆带领部分代表视察农村公路建设，实地察看了三个标段。

【常委会审议计划执行情况】

5月9日，县人大常委会召开第十二次会议，审议县政府关于计划执行情况的报告。

【代表小组开展联系选民活动】

5月12日，某镇代表小组到联系点接待选民，收集意见建议14条。
"""


def test_a_bracketed_title_over_one_dated_paragraph_stays_its_items_title() -> None:
    r = parse_text(TITLED)
    assert [e.title for e in r.entries] == ["代表视察农村公路建设", "常委会审议计划执行情况", "代表小组开展联系选民活动"]


def test_a_brief_opening_with_a_date_range_is_titled_by_its_whole_first_sentence() -> None:
    # (session 28 cut it after the clause past the date; since session 32 a brief opening with its day is titled
    # by its whole first sentence, as the two annotators who title such briefs do)
    text = COLUMNS.replace("3月15日，市委副书记白玉兰督导全市森林防火工作，要求压实各级责\n任，严防死守。",
                           "3月14日至16日，市委副书记白玉兰带队督导全市森林防火工作，察看\n"
                           "了三个林区的防火检查站，要求压实各级责任。")
    r = parse_text(text)
    third = r.entries[2]
    assert third.title == "3月14日至16日，市委副书记白玉兰带队督导全市森林防火工作，察看了三个林区的防火检查站，要求压实各级责任"
    assert (third.date, third.date_end) == ("2022-03-14", "2022-03-16")


# a county paper's page as PDF text: a sidebar in a drawn box after an article, a pointer to another page and
# an app's prompt between articles, a photo news whose picture's place is over its title
PAGE = """2024年4月9日　星期二　　　　　　　　　　石门报　　　　　　　　　　　　　3
乡村振兴
责任编辑：田野　美编：吕方

茶园里的“科技范”
本报讯（记者　龚一鸣）4月7日，记者在石门县云台
乡茶园看到，智能虫情测报灯和土壤墒情监测仪沿茶垄
排开，茶农用手机就能查看园区的温湿度数据。
去年以来，云台乡投入资金200万元建设数字茶园，带动
周边农户种茶增收。
▶相关评论见A02版《让数据多跑路》

┌──────────────────────┐
惠农小贴士
问：春茶采摘后要注意什么？
答：要及时修剪茶树，合理施肥，防治病虫害。
（县农业农村局　供稿）
└──────────────────────┘

扫码下载“石门融媒”客户端
看更多乡村新闻 →

[图片]
油菜花开引客来
4月6日，游客在石门县白岩村油菜花田拍照打卡。
（通讯员　柯小满　摄）

县里开展春季植树活动
本报讯（记者　段清）4月3日，县四套班子领导与干部群众一起
在北山参加义务植树活动，共栽下银杏、香樟等苗木2000余株。

中共石门县委主管　石门县融媒体中心主办
"""


def test_a_boxed_sidebar_is_a_record_and_pointers_and_prompts_are_no_text() -> None:
    r = parse_text(PAGE)
    titles = [e.title for e in r.entries]
    assert titles == ["茶园里的“科技范”", "惠农小贴士", "油菜花开引客来", "县里开展春季植树活动"]
    tea, tips = r.entries[0], r.entries[1]
    assert tea.text.endswith("带动周边农户种茶增收。")
    assert "相关评论" not in tea.text
    assert tips.text.startswith("问：春茶采摘后")
    assert "扫码" not in tips.text and "看更多" not in tips.text


def test_a_photo_news_under_its_pictures_place_takes_its_credit_as_byline() -> None:
    r = parse_text(PAGE)
    photo = next(e for e in r.entries if e.title == "油菜花开引客来")
    assert photo.byline == "柯小满"
    assert photo.text == "4月6日，游客在石门县白岩村油菜花田拍照打卡。"


def test_an_advert_box_is_no_sidebar() -> None:
    advert = PAGE.replace("惠农小贴士", "广告　招聘启事")
    titles = [e.title for e in parse_text(advert).entries]
    assert "广告　招聘启事" not in titles and "广告招聘启事" not in titles


# a 党建简报's items numbered （一）（二）…, one title wrapped onto a second line by hand
BRIEFING = """党 建 工 作 简 报

2024年第3期

中共某街道工作委员会办公室编　　　　　　　　2024年4月20日
━━━━━━━━━━━━━━━━━━━━━━━━━━

（一）东城社区党支部：开展“四下基层”主题党日活动

4月2日，东城社区党支部组织党员走访辖区困难群众，支
部书记林望舒带队，为12户群众送去米面油等慰问品，并
逐户了解群众的生活困难和意见建议。活动结束后，支部将
收集到的问题建立台账，明确专人跟踪办理。

（二）机关第一党支部组织党员赴青石岭烈士陵园
开展清明祭扫活动

4月3日，机关第一党支部组织20名党员赴青石岭烈士陵
园，敬献花篮，重温入党誓词，缅怀革命先烈的英勇事迹。
在陵园纪念馆，党员们认真聆听讲解，并结合岗位实际交流
了学习体会。

（三）西河村党支部：“党员责任田”带动群众增收

4月10日，西河村党支部召开党员大会，为15名党员划
定责任田，帮带群众发展特色种植。今年以来，党员责任田
已带动42户群众种植辣椒和中药材，预计户均增收300
0元以上。
"""


def test_a_numbered_title_wrapped_onto_a_second_plain_line() -> None:
    r = parse_text(BRIEFING)
    assert [e.title for e in r.entries] == ["东城社区党支部：开展“四下基层”主题党日活动",
                                            "机关第一党支部组织党员赴青石岭烈士陵园开展清明祭扫活动",
                                            "西河村党支部：“党员责任田”带动群众增收"]
    assert r.entries[1].text.startswith("4月3日，机关第一党支部")


def test_a_unit_that_provided_a_piece_in_brackets_is_a_credit() -> None:
    assert credit_facts("（市气象台提供）") == [("contributor", "提供", "市气象台")]
    assert credit_facts("（图片由县文旅局提供）") == [("contributor", "提供", "县文旅局")]
    assert credit_facts("由我们提供更好的服务") is None


# a hard-wrapped evening paper's headline in two lines, the second wider than the columns: no wrap of the first
EVENING = """鹭江晚报　2023年8月2日　星期三

A03
城事

西关老街改造完工让老字号商户回流
半年来已有三十余家老字号重新开门迎客营业

　　本报讯（记者　宋知秋）8月1日
上午，记者在西关老街看到，修缮一新
的128栋骑楼下游人如织，35家老
字号重新挂上了招牌。
　　据了解，老街改造于2023年1
月完工，投入资金1.6亿元，街区引
入了12家非遗工坊和40余家特色小
吃，日均客流超过2万人次。
　　市商务局负责人表示，下一步将推
出6条夜游线路，让老街夜晚的烟火气
更浓更旺。
"""


def test_a_headline_wider_than_the_columns_is_no_wrapped_line_of_the_one_above() -> None:
    r = parse_text(EVENING)
    e = r.entries[0]
    assert (e.kicker, e.title) == ("西关老街改造完工让老字号商户回流", "半年来已有三十余家老字号重新开门迎客营业")


# a web page's footer closing on the site's number to call, under the last item
WEB_FOOTER = """某市人民政府
首页 | 政务公开 | 政务服务 | 互动交流
当前位置：首页 > 政务动态

某市政务动态

发布时间：2024-05-06 09:30

■ 部门动态

某市举办春季招聘会
5月5日，某市春季大型招聘会在市会展中心举行，200余家企业提供岗位6000余个。

某区开展防汛演练
5月4日，某区在河堤开展防汛应急演练，300余人参加。

【责任编辑：郑一】

分享到：
微信
微博

网站地图 | 联系我们 | 使用帮助
主办：某市人民政府办公室　承办：某市大数据中心
网站标识码：0000000000　某ICP备00000000号
联系电话：0000-12345678（工作日 9:00-17:00）
"""


def test_a_sites_number_to_call_closing_its_footer_is_no_items_text() -> None:
    r = parse_text(WEB_FOOTER)
    last = r.entries[-1]
    assert last.title == "某区开展防汛演练"
    assert last.text.endswith("300余人参加。")


# an old county paper's front page: a 导读 box of ▲ pointers to other pages, a weather line run in under it
FRONT = """第一版　要　闻　　　　　　　　　　　　　　责任编辑：宁远

石  塘  报

1999年3月9日　星期二
第20期（总第1021期）　今日四版

本期导读
▲二版：东坪乡发展大棚蔬菜纪实
▲三版：一位村医的二十年
▲四版：春季养生有讲究

天气预报：今天多云转阴，东南风二
到三级，气温8℃～15℃。

县里召开春耕生产动员会

本报讯　三月八日，县委、县政府召开全县春耕生产动员会，部署今年春耕备耕工作。县委书记陶文远出席会议并讲话。
　　会议要求，各乡镇要抓早抓实春耕生产，确保粮食面积稳定。（记者　姜平）
"""


def test_a_contents_box_of_marked_pointers_and_a_run_in_weather_line_are_no_records() -> None:
    r = parse_text(FRONT)
    assert [e.title for e in r.entries] == ["县里召开春耕生产动员会"]
    assert "气温" not in r.entries[0].text and "二版" not in r.entries[0].text


# a town's WeChat post of numbered items: the post's own title over its header is no item
POST = """某镇一周｜稻谷黄了、新路通了……这周某镇有这些新鲜事

原创 某镇发布 某镇发布 2023-10-20 18:30 发表于江西

点击上方蓝字 关注我们

①

▍某镇举办首届农民丰收节

10月16日，某镇首届农民丰收节在东山村开幕，20余个村的农产品集中展销。

副县长褚一帆出席开幕式，镇党委书记温如海致辞。

（文/图　镇综合文化站　鲁青禾）

②

▍西坪村通村公路建成通车

10月18日，西坪村4.2公里通村公路建成通车，村民出行时间缩短一半。

- END -
"""


def test_a_posts_own_title_over_its_numbered_items_is_the_pages_title() -> None:
    r = parse_text(POST)
    assert [e.title for e in r.entries] == ["某镇举办首届农民丰收节", "西坪村通村公路建成通车"]
    assert r.issue.meta.get("page_title", "").startswith("某镇一周｜")
    assert r.entries[0].text.endswith("镇党委书记温如海致辞。")  # (`文/图　某站　某某`: its credit, no text)


def test_a_credit_of_a_makers_label_a_unit_and_a_name() -> None:
    assert credit_facts("（文/图　镇综合文化站　鲁青禾）") == [("contributor", "文/图", "镇综合文化站　鲁青禾")]
    assert credit_facts("（图　一片金黄的稻田）") is None


# an evening paper's hotline item in parts: a bracketed part's label after the item's text, over two dated
# paragraphs, is the item's part, no column of briefs
HOTLINE = """【热线回音】

巷口窨井盖缺失谁来管

10月9日，家住柳巷的市民拨打本报热线反映：巷口一处窨井盖缺失多日，夜间行人经过十分危险。

接到反映后，记者当天前往现场，看到井口只用几根竹竿围着。

【部门回复】

10月10日，市市政设施管理处回复称：经核查，该井盖系被盗，已安排人员当日补装。

10月12日，记者再次来到现场，看到新井盖已经装好。（晚报记者　苗青）
"""


def test_a_bracketed_part_after_an_items_text_is_no_column_of_briefs() -> None:
    r = parse_text(HOTLINE)
    assert [e.title for e in r.entries] == ["巷口窨井盖缺失谁来管"]
    assert "新井盖已经装好" in r.entries[0].text


# a 政务信息 whose 目录 prints a title short, the body's title going on after a space, the place the item
# comes from on a `——` line under it
SOURCED = """某市政务信息

2024年第7期

目　　录

【县域经济】
某县食品产业园首批项目集中签约 ………………………… 2
某县春茶采摘量同比增长两成 ……………………………… 2

【县域经济】

某县食品产业园首批项目集中签约 总投资12.5亿元
——某县

2024年7月10日上午，某县食品产业园首批项目集中签约仪式举行，6个项目现场签约。县委书记温知远出席签约仪式。

某县春茶采摘量同比增长两成
——某县

7月以来，某县组织茶农抢抓晴好天气采摘春茶，采摘量同比增长两成。
"""


def test_a_title_going_on_past_the_contents_over_its_source_line() -> None:
    r = parse_text(SOURCED)
    first = r.entries[0]
    assert first.title == "某县食品产业园首批项目集中签约 总投资12.5亿元"
    assert first.text.startswith("2024年7月10日上午")
    assert first.date == "2024-07-10"


def test_a_weather_box_read_as_a_record_is_dated_by_the_page() -> None:
    box = PAGE.replace("惠农小贴士\n问：春茶采摘后要注意什么？\n答：要及时修剪茶树，合理施肥，防治病虫害。\n（县农业农村局　供稿）",
                       "石门天气\n今天：多云转晴，气温14℃～25℃。\n明天：晴，气温15℃～27℃，早晚温差较大，注意添衣。\n（县气象台提供）")
    r = parse_text(box)
    weather = next(e for e in r.entries if e.title == "石门天气")
    assert weather.date == "2024-04-09"
    assert weather.text.endswith("注意添衣。")  # (`（某气象台提供）`: its credit)


def test_a_page_head_of_the_day_the_papers_name_and_its_page_number_alone() -> None:
    from digest.masthead import line_facts

    assert line_facts("2024年4月9日 星期二                石门报                       3") == {
        "weekday": "星期二", "date": "2024-04-09", "page": 3, "name": "石门报"}
    assert line_facts("2024年6月18日　星期二　　　2024") is None  # (a year is no page)


# a web edition's page: the day's weather on one line, right over the lead article's kicker and headline
WEATHER_OVER_HEADLINE = """今日天气：多云转小雨　19℃～26℃　东南风2级
### 市委书记某某在全市招商引资推进会上强调
# 抓招商促投资　全力以赴稳增长
【发布时间：2024-05-21 07:30】
本报讯（记者　某某）5月20日，全市招商引资推进会召开，会议通报了一季度招商引资情况。
会议要求，各地各部门要紧盯重点项目，确保招商任务按期完成。
# 县里举办春季运动会
本报讯　5月19日，县春季运动会开幕，1200余名运动员参赛。
"""


def test_a_weather_line_over_a_headline_takes_no_headline_with_it() -> None:
    r = parse_text(WEATHER_OVER_HEADLINE, name="t.md")
    first = r.entries[0]
    assert (first.kicker, first.title) == ("市委书记某某在全市招商引资推进会上强调", "抓招商促投资　全力以赴稳增长")


def test_a_papers_serial_number_and_postal_code_and_a_page_heads_lines() -> None:
    from digest.masthead import line_facts

    assert line_facts("国内统一刊号：CN 63-0028　邮发代号：55-17") == {"serial_no": "CN 63-0028", "postal_code": "55-17"}
    assert line_facts("2024年5月17日　星期五　　　　　　访 谈　　03") == {
        "weekday": "星期五", "date": "2024-05-17", "page": 3, "page_name": "访谈"}
    assert line_facts("责任编辑：倪一　　版式：郁二　　校对：段三　　　　　　石门报") == {
        "name": "石门报", "page_editor": "倪一", "layout_editor": "郁二", "proofreader": "段三"}


# an interview page: an advert of three lines set apart between two turns of the talk
INTERVIEW = """2024年5月17日　星期五　　　　　　访 谈　　03
责任编辑：倪一　　版式：郁二　　校对：段三　　　　　　石门报

让石门高山茶香飘得更远

□本报记者　柯一　通讯员　车二

记者：今年春茶的收成怎么样？
局长：今年全县春茶采摘面积12万亩，产量和均价都比去年有所提高。

石门县茶叶交易中心
诚 邀 入 驻
地址：县城茶城大道88号　咨询电话：0746-5581230

记者：下一步有什么打算？
局长：我们将继续做好品牌建设，让更多的茶农增收致富。
"""


def test_an_advert_of_a_few_lines_set_apart_is_no_text() -> None:
    r = parse_text(INTERVIEW)
    assert [e.title for e in r.entries] == ["让石门高山茶香飘得更远"]
    assert "诚 邀" not in r.entries[0].text and "咨询电话" not in r.entries[0].text
    assert r.entries[0].text.endswith("让更多的茶农增收致富。")


# a 组织工作简报: a section's label over an 编者按 and an article, and an article whose parts are bold subheads
ORGANIZATION = """组 织 工 作 简 报

2024年第9期

中共某市委组织部编　　　　　　　　　　2024年6月28日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

【基层组织建设】

编者按：某县以清单化管理为抓手，推动村级集体经济由“输血”向“造血”转变。现将其经验刊发，供各地学习借鉴。

某县：“三张清单”激活村级集体经济

今年以来，某县坚持党建引领，建立资源清单、项目清单、收益清单，推动村级集体经济持续壮大。

【人才工作】

某区：以“三链融合”打造人才集聚“强磁场”

某区坚持把人才工作与产业发展同谋划、同部署，今年新引进各类人才1170人。

**围绕产业链精准引才**
聚焦两大主导产业，绘制“人才需求地图”，梳理紧缺岗位清单142个。

**完善服务链暖心留才**
出台人才安居、子女入学等12条服务措施，发放“人才卡”860张。
"""


def test_a_sections_label_over_an_editors_note_and_bold_subheads_inside_a_plain_titled_article() -> None:
    r = parse_text(ORGANIZATION)
    assert [(e.section, e.title) for e in r.entries] == [("基层组织建设", "某县：“三张清单”激活村级集体经济"),
                                                         ("人才工作", "某区：以“三链融合”打造人才集聚“强磁场”")]
    assert r.issue.meta["editor_notes"][0]["text"].startswith("编者按：某县以清单化管理")
    assert r.entries[1].text.endswith("发放“人才卡”860张。")


# a Word 工作简报's 本期要目 of ◎ titles under bracketed section names, printed again over the body's sections
COURT = """**工 作 简 报**
2024年第6期（总第118期）
某县人民法院办公室\t\t\t\t2024年6月20日
━━━━━━━━━━━━━━━━━━━━━━━━━━
**本期要目**
**【工作动态】**
◎县法院召开上半年审判执行工作推进会
**【典型案例】**
◎仅凭转账记录能否认定借贷关系？
━━━━━━━━━━━━━━━━━━━━━━━━━━
# 【工作动态】
## 县法院召开2024年上半年审判执行工作推进会
6月14日，县法院召开2024年上半年审判执行工作推进会，通报1至5月审判执行工作情况。
# 【典型案例】
## 案例一　仅凭转账记录能否认定借贷关系？
【基本案情】2022年3月，张某某通过微信向李某某转账8.6万元，双方未签订借条。
"""


def test_a_contents_box_of_marked_titles_its_sections_again_over_the_body_and_a_cases_number() -> None:
    r = parse_text(COURT, name="t.md")
    assert [(e.section, e.title) for e in r.entries] == [("工作动态", "县法院召开2024年上半年审判执行工作推进会"),
                                                         ("典型案例", "仅凭转账记录能否认定借贷关系？")]


def test_a_writer_credited_after_a_unit_closing_an_item_is_its_person() -> None:
    from conftest import make_source

    from digest.parse import parse_source

    text = SOURCED.replace("县委书记温知远出席签约仪式。", "县委书记温知远出席签约仪式。\n（撰稿：综合统计科　卢青禾）")
    r = parse_source(make_source(text, "t.txt"), persons=True)
    assert "卢青禾" in r.entries[0].persons
    assert r.entries[0].text.endswith("出席签约仪式。")
    village = SOURCED.replace("县委书记温知远出席签约仪式。", "县委书记温知远出席签约仪式。\n（撰稿：沙坪村）")
    r = parse_source(make_source(village, "t.txt"), persons=True)
    assert r.entries[0].persons == ["温知远"]  # (a unit alone credited: no person)


# a paper's front page: an article carried on to page 2, then a headline over a paragraph whose first line a
# hand wrap left short
JUMPED = """石门日报

2024年8月21日　星期三

牧区新观察
一碗奶茶里的“共富经”
本报记者　萨仁　通讯员　索南

清晨6点，宝力格嘎查的草场上还笼着一层薄雾，合作社理事长已经把第一批鲜奶倒进了消毒罐。
嘎查党支部书记告诉记者，下一步将依托合作社建设牧家乐，带动更多牧户增收。
（下转第2版）

州藏医院专家团队深入乡镇义诊

8月19日至20日，州藏医院组织专家
12人，赴平均海拔4200米以上的拉日贡玛乡开展巡回义诊，为群众提供问诊服务。
义诊期间，专家团队共接诊群众860余人次。
"""


def test_a_headline_after_a_jump_over_a_dated_first_line_a_wrap_left_short() -> None:
    r = parse_text(JUMPED)
    assert [e.title for e in r.entries] == ["一碗奶茶里的“共富经”", "州藏医院专家团队深入乡镇义诊"]
    assert r.entries[1].date == "2024-08-19"


# a county's 防汛值班快报 from Word: its hour after the day, a preface closing on a colon, items dated by the
# day alone (`13日10:20`), the people on duty in its footer
FLOOD = """某县防汛抗旱指挥部办公室

防 汛 值 班 快 报

第17期

签发：杨一　　　　核稿：邓二　　　　　　　2024年7月13日17时

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

7月12日夜间至13日，我县出现入汛以来最强降雨过程。现将有关情况快报如下：

一、雨情
7月12日20时至13日8时，全县普降大到暴雨，全县平均降雨量68.4毫米。

二、水情
截至13日14时，城关水文站水位218.62米，超警戒水位0.62米。

三、险情处置
13日10:20，省道某段发生山体塌方，县交通运输局立即组织抢险，14:30抢通单向车道。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
报：市防汛抗旱指挥部办公室
值班领导：贺三　　　　值班员：石四　　　　　　　　（共印20份）
"""


def test_a_flood_bulletins_hour_preface_day_only_dates_and_people_on_duty() -> None:
    r = parse_text(FLOOD)
    assert r.issue.issue_date == "2024-07-13"
    assert [(e.title, e.date) for e in r.entries] == [("雨情", "2024-07-12"), ("水情", "2024-07-13"),
                                                      ("险情处置", "2024-07-13")]
    assert r.entries[-1].text.endswith("14:30抢通单向车道。")


# an evening paper's page as PDF text: headlines glued to the dateline their briefs open with, an advert
# labelled `■广告` right under the last brief's credit, the hotline answering round the clock in the footer
GLUED = """某岚晚报                                     2024年3月21日 星期四
A07                  社会新闻
责编 甘一  美编 霍二  校对 詹三
醉驾男子撞上护栏弃车逃跑本报讯昨日凌晨1时许，某区滨江路与云
杉路交叉口，一辆白色轿车撞上道路护栏，
司机下车后一路狂奔逃离现场。民警调取沿
途监控，在三公里外找到了驾驶人卜某。（
记者 陶一鸣）
七旬老人赶集迷路 民警雨中护送回家
本报讯3月18日下午，石桥镇集市上，一位
七旬老人在路边来回打转，民警温朔上前询
问，当晚将老人平安送回家中。（见习记者
尹冉冉）
■广告
某区旺角路临街商铺招租 面积60—
180平方米 可分割 电话138****6621
新闻热线 96678（24小时）  某岚晚报社出版
"""


def test_headlines_glued_to_their_datelines_and_an_advert_under_a_credit() -> None:
    r = parse_text(GLUED)
    assert [e.title for e in r.entries] == ["醉驾男子撞上护栏弃车逃跑", "七旬老人赶集迷路 民警雨中护送回家"]
    assert r.entries[0].text.startswith("本报讯昨日凌晨1时许")
    assert "商铺招租" not in r.entries[1].text
    assert r.entries[1].text.endswith("当晚将老人平安送回家中。")


# a town's WeChat post of one article: its title exclaims and holds a comma, over the post's header
POST_ONE = """某镇第三届杨梅文化旅游节开幕！万亩杨梅红了，等你来摘

原创 某镇发布 某镇发布 2024-06-16 18:30

点击上方蓝字“某镇发布”关注我们

6月15日上午，某镇第三届杨梅文化旅游节在梅岭村开幕。县委常委、宣传部部长诸葛晴宣布开幕。

[图片]

▲开幕式现场

开幕式后，游客们纷纷走进果园体验采摘，三个村共开放采摘园40余个。

文/图：梁一 严二

来源：某镇人民政府

编辑：邹三

往期推荐

某镇召开2024年防汛工作部署会

阅读原文
"""


def test_a_posts_title_over_its_header_heads_its_one_article() -> None:
    r = parse_text(POST_ONE)
    assert [e.title for e in r.entries] == ["某镇第三届杨梅文化旅游节开幕！万亩杨梅红了，等你来摘"]
    assert r.entries[0].date == "2024-06-15"
    assert r.entries[0].text.endswith("三个村共开放采摘园40余个。")


def test_a_units_credit_then_its_photographer_and_an_answerers_credit() -> None:
    assert credit_facts("（县文联供稿　谭一　摄）") == [("contributor", "供稿", "县文联"), ("contributor", "摄", "谭一")]
    assert credit_facts("（本期解答：县纪委监委法规室　柯二）") == [("contributor", "本期解答", "县纪委监委法规室　柯二")]
    assert credit_facts("（记者　某某　摄）") == [("contributor", "摄", "某某")]  # (the label off its name)


# a county paper's 两会 page as PDF text in narrow columns: the page head's fields a wide gap apart, a
# headline set across the columns, and a column of quotes each under its speaker's bulleted heading
SESSION = """2024年1月12日　星期五　　　　　　　两会特刊　　　　　　　　　3
石溪报

县十八届人大三次会议代表分团审议政府工作报告
聚焦发展所需 回应民生所盼

本报讯1月11日上午，出席县第十八届
人民代表大会第三次会议的代表分团审
议政府工作报告。县委书记宋一参加城
关代表团审议，县长阿苏木呷参加石溪
镇代表团审议。代表们一致认为，报告
总结成绩客观实在，部署工作思路清晰
。（记者　林语桐）

◆代表委员说◆

■杜海川　县人大代表、石溪县青柑专业合作社理事长
“报告提出打造青柑全产业链，让我们
种植户吃了定心丸。今年合作社准备新
建一座冷链仓库。”

■欧阳桂兰　县政协委员、石溪镇中心卫生院院长
“基层医疗是群众健康的第一道关口。
我建议继续推进县域医共体建设，让专
家定期下沉到乡镇坐诊。”
"""


def test_a_column_of_quotes_under_their_speakers_and_a_page_head_of_fields() -> None:
    r = parse_text(SESSION)
    titles = [e.title for e in r.entries]
    assert titles[1:] == ["杜海川　县人大代表、石溪县青柑专业合作社理事长", "欧阳桂兰　县政协委员、石溪镇中心卫生院院长"]
    assert r.entries[1].text.startswith("“报告提出打造青柑全产业链")
    assert r.issue.meta.get("page_name") == "两会特刊"


# a weekly 警情通报: a preface holding the week's table closes on `…如下：`; after the numbered cases, a last
# heading numbered as the sections are, over text of its own, is an item with no section
POLICE = """警 情 通 报

2024年第21期（总第318期）

县公安局指挥中心编　　　　　　　　　　　　　　2024年5月

　　2024年5月20日至5月26日，全县公安机关共接报各类警情612起，环比下降6.3%。

警情类别\t本周\t上周\t环比
刑事警情\t41\t47\t-12.8%
治安警情\t87\t92\t-5.4%
交通警情\t158\t161\t-1.9%
合计\t612\t653\t-6.3%

　　现将本周主要警情通报如下：

一、刑事警情

　　1.城关镇某小区入室盗窃案

　　5月20日凌晨3时许，城关镇某小区居民周某报警称，家中现金被盗。民警于当日抓获犯罪嫌疑人张某。

　　2.一起“刷单返利”类电信网络诈骗案

　　5月22日，某乡村民李某在网上“刷单”被骗1.2万元，民警正在全力追赃。

二、交通警情

　　3.某线一起面包车侧翻事故

　　5月24日14时10分，某线一辆面包车侧翻，造成2人轻伤，事故正在进一步处理中。

四、防范提示

　　结合近期警情特点，提醒广大群众注意以下几点：外出时关好门窗；遇到可疑情况及时拨打96110咨询。
"""


def test_a_police_weeklys_preface_with_its_table_and_a_last_heading_of_its_own() -> None:
    r = parse_text(POLICE)
    assert [(e.section, e.title) for e in r.entries] == [
        ("刑事警情", "城关镇某小区入室盗窃案"), ("刑事警情", "一起“刷单返利”类电信网络诈骗案"),
        ("交通警情", "某线一起面包车侧翻事故"), (None, "防范提示")]
    assert r.entries[2].text.endswith("事故正在进一步处理中。")


# a web page's article holding a table under its bold caption
TABLE = """# “五一”假期我市接待游客286.4万人次
发布时间：2024-05-06 10:24 来源：某日报
5月6日，记者从市文化广电和旅游局获悉，今年“五一”假期全市文旅市场持续升温。
**2024年“五一”假期全市文旅主要指标**
**指　标  2024年  2023年同期  同比增长**
接待游客（万人次）  286.4  241.7  18.5%
旅游收入（亿元）  19.83  16.12  23.0%
假期期间，全市文旅市场安全平稳有序，未发生重大旅游投诉。
"""


def test_a_tables_bold_caption_inside_an_article_is_no_headline() -> None:
    r = parse_text(TABLE, name="t.md")
    assert [e.title for e in r.entries] == ["“五一”假期我市接待游客286.4万人次"]
    assert r.entries[0].text.endswith("未发生重大旅游投诉。")


def test_an_enterprises_paper_footer_and_a_photographers_credit_with_its_label() -> None:
    from digest.masthead import line_facts

    assert line_facts("某交通建设集团有限公司主办　　内部资料　免费交流　　某日报印务中心印刷") == {
        "publisher": "某交通建设集团有限公司", "distribution_note": "内部资料　免费交流", "printer": "某日报印务中心"}
    assert line_facts("某晚报社出版　　地址：某市文昌路9号　　邮政编码：651000")["postcode"] == "651000"
    assert credit_facts("本报记者　苗一　通讯员　达瓦次仁　摄") == [("contributor", "摄", "苗一　达瓦次仁")]
