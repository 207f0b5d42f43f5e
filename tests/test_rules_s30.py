"""Rules from session 30 (blind sets 185-187), each on text written here in our own words: every person,
place and paper below is made up."""

from __future__ import annotations

from pathlib import Path

from conftest import make_source, page_persons, parse_text

from digest.masthead import line_facts
from digest.parse import parse_source
from digest.persons import recognize
from digest.source import read_source

# a digest whose 目录 a PDF set in two columns, the right one starting at the 24th character of each line
# (a few lines run past it: two spaces then the right column), over a body whose running heads put the
# issue's number at that same character


def _row(left: str, right: str) -> str:
    return left + "\u3000" * max(2, 24 - len(left)) + right


TWO_COLUMNS = "\n".join([
    "梧溪政务信息", "", "2024年第9期", "", "梧溪区委办公室　　　　　　　　　　2024年5月20日", "", "",
    "目　　录", "",
    _row("一、重要会议", "（二）社会民生"),
    _row("区委常委会研究部署防汛备汛工", "全区新增普惠托位300个……4"),
    _row("作……………………………………1", "社区食堂覆盖全部街道……………5"),
    _row("区政府召开第十二次常务会议……2", "三、基层信息"),
    _row("二、工作动态", "杏林镇举办首届插秧节……………6"),
    _row("（一）项目建设", "石湾街道调解纠纷有新招…………6"),
    _row("梧溪港二期码头主体完工…………3", "区市场监管局检查校园食堂……7"),
    "", "",
    "一、重要会议", "",
    "区委常委会研究部署防汛备汛工作", "",
    "5月13日，区委书记蒲晓川主持召开区委常委会会议，研究部署防汛",
    "备汛工作。会议要求各街镇立即开展隐患排查。",
    "— 1 —",
    _row("梧溪政务信息", "2024年第9期"),
    "区政府召开第十二次常务会议", "",
    "5月15日，区长温若兰主持召开区政府第十二次常务会议，听取一季",
    "度经济运行情况汇报。", "",
    "二、工作动态", "", "（一）项目建设", "",
    "梧溪港二期码头主体完工", "",
    "5月10日，梧溪港二期码头主体工程完工，新增泊位两个。",
    "— 2 —",
    _row("梧溪政务信息", "2024年第9期"),
    "（二）社会民生", "",
    "全区新增普惠托位300个", "",
    "5月8日，区卫健局通报，全区今年新增普惠托位300个。", "",
    "社区食堂覆盖全部街道", "",
    "5月9日，随着南桥社区食堂开张，全区社区食堂实现街道全覆盖。", "",
    "三、基层信息", "",
    "杏林镇举办首届插秧节", "",
    "5月11日，杏林镇在禾丰村举办首届插秧节，吸引游客两千余人。", "",
    "石湾街道调解纠纷有新招", "",
    "近日，石湾街道在各社区设立“说事亭”，邻里纠纷当场化解。", "",
    "区市场监管局检查校园食堂", "",
    "5月16日，区市场监管局对全区42所学校食堂开展专项检查。", ""])


def test_a_two_column_contents_over_running_heads_gapped_where_its_right_column_starts() -> None:
    r = parse_text(TWO_COLUMNS)
    assert [(e.section, e.subsection, e.title, e.page) for e in r.entries] == [
        ("重要会议", None, "区委常委会研究部署防汛备汛工作", 1),
        ("重要会议", None, "区政府召开第十二次常务会议", 2),
        ("工作动态", "项目建设", "梧溪港二期码头主体完工", 3),
        ("工作动态", "社会民生", "全区新增普惠托位300个", 4),
        ("工作动态", "社会民生", "社区食堂覆盖全部街道", 5),
        ("基层信息", None, "杏林镇举办首届插秧节", 6),
        ("基层信息", None, "石湾街道调解纠纷有新招", 6),
        ("基层信息", None, "区市场监管局检查校园食堂", 7)]


# a city site's list page: the menu and a box of hot links in the left column, the column's list in the
# right one, each column named by its side (`side-left`, `side-right`)
SIDE_COLUMNS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>领导活动_岚州市人民政府</title></head>
<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zw/">政务公开</a></li></ul></div>
<div class="main">
  <div class="side-left">
    <div class="side-menu"><h3>要闻动态</h3><ul>
      <li><a href="/a/">岚州要闻</a></li><li><a href="/b/">领导活动</a></li><li><a href="/c/">部门动态</a></li></ul></div>
    <div class="side-box"><h3>热点推荐</h3><ul>
      <li><a href="/h1.html">岚州市秋季招聘会本周六举行</a><span>10-11</span></li>
      <li><a href="/h2.html">市区新增公共充电桩三百个</a><span>10-10</span></li></ul></div>
  </div>
  <div class="side-right">
    <h2>领导活动</h2>
    <ul class="news-list">
      <li><a href="/1.html">卢书衡、宁若岚会见来访的客商代表团一行</a><span class="date">[2024-10-12]</span></li>
      <li><a href="/2.html">宁若岚调研城区冬季供暖准备工作</a><span class="date">[2024-10-11]</span></li>
      <li><a href="/3.html">卢书衡主持召开市委常委会会议</a><span class="date">[2024-10-10]</span></li>
      <li><a href="/4.html">副市长蔺秋实督导重点项目建设</a><span class="date">[2024-10-09]</span></li>
    </ul>
    <div class="pages"><a href="?p=2">下一页</a></div>
  </div>
</div>
<div class="footer">岚州市人民政府办公室主办</div>
</body></html>
"""


def test_a_list_page_in_a_column_named_by_its_side(tmp_path: Path) -> None:
    page = tmp_path / "list.html"
    page.write_text(SIDE_COLUMNS, encoding="utf-8")
    r = parse_source(read_source(page), persons=True)
    assert [(e.title, e.date) for e in r.entries] == [
        ("卢书衡、宁若岚会见来访的客商代表团一行", "2024-10-12"), ("宁若岚调研城区冬季供暖准备工作", "2024-10-11"),
        ("卢书衡主持召开市委常委会会议", "2024-10-10"), ("副市长蔺秋实督导重点项目建设", "2024-10-09")]
    assert r.entries[0].persons == ["卢书衡", "宁若岚"]  # (the box of hot links beside it is no record)


def test_two_names_listed_before_a_verb_are_no_item_of_a_titled_list() -> None:
    got = recognize(["司马怀远、葛青禾会见荷兰经贸代表团团长扬·德弗里斯一行"])[0]["persons"]
    assert got == ["司马怀远", "葛青禾", "扬·德弗里斯"]


def test_page_heads_read_as_facts() -> None:
    # the page's number, day and name, then the paper; or the paper first and the number last
    assert line_facts("3　　2024年12月4日　星期三　　　地方新闻　　　　　梧溪日报") == {
        "page": 3, "date": "2024-12-04", "weekday": "星期三", "page_name": "地方新闻", "name": "梧溪日报"}
    assert line_facts("梧溪日报　　2024年12月4日　星期三　　地方新闻　　3") == {
        "page": 3, "date": "2024-12-04", "weekday": "星期三", "page_name": "地方新闻", "name": "梧溪日报"}
    # the page's number and name, then its desk; a page label, the name, then the desk
    assert line_facts("5　乡村振兴　　　　　　　　责任编辑：苗一舟　版式：甘小棠　校对：宓　岚") == {
        "page": 5, "page_name": "乡村振兴", "page_editor": "苗一舟", "layout_editor": "甘小棠", "proofreader": "宓岚"}
    assert line_facts("B03　　　　　　　体育　　　　　责编：苗一舟　美编：甘小棠") == {
        "page": 3, "page_label": "B03", "page_name": "体育", "page_editor": "苗一舟", "layout_editor": "甘小棠"}


# a provincial paper's page 2: datelines whose credit a wrap broke between two names (the second line opening
# with the space between them), the text's own day after the day it was filed; an article broken off to page 3
# and another carried on from page 1 under it (two stories, not one); a photo credited to a Mongolian name
LOCAL_PAGE = """2　　2024年12月4日　星期三　　　地方新闻　　　　　梧溪日报
责任编辑：苗一舟　　美术编辑：甘小棠

杏林港开通首条近洋集装箱航线

本报杏林12月3日电（记者　裴映雪　通讯员
　凌海生）12月2日上午，满载集装箱的货轮
驶离杏林港三期码头，首条近洋集装箱航线
正式开通。

老粮库改造成文创街区

本报石湾12月2日电（记者　蒲晓川）石湾区
利用闲置粮库改造的文创街区日前开街，入
驻商户60余家，（下转第3版）

冬季施工不停工

（上接第1版）在梧溪北部快速路施工现场，
300多名建设者分班作业，确保年底前主线
贯通。

冰雪运动进校园

12月2日，梧溪实验小学学生在操场上练习
旱地冰壶。
本报通讯员　巴特尔　摄
"""


def test_a_dateline_broken_inside_its_credit_a_jump_to_another_page_and_a_mongolian_photographer() -> None:
    r = parse_source(make_source(LOCAL_PAGE, "p2.txt"), persons=True)
    assert [e.title for e in r.entries] == ["杏林港开通首条近洋集装箱航线", "老粮库改造成文创街区",
                                            "冬季施工不停工", "冰雪运动进校园"]
    port, depot, works, photo = r.entries
    assert (port.date, port.byline) == ("2024-12-02", "裴映雪、凌海生")  # (filed on the 3rd, about the 2nd)
    assert port.text.startswith("本报杏林12月3日电（记者　裴映雪　通讯员")  # (the credit's spaces kept)
    assert depot.date == "2024-12-02" and depot.text.endswith("入驻商户60余家，")
    assert works.text.startswith("在梧溪北部快速路") and works.date is None
    assert photo.persons == ["巴特尔"]


# a rural page: a kicker closing on a dash over its title, the reporters under it, the feature's parts under
# ■ subheads, a card of fields about a farmer set between two of them (a record of its own), the feature
# going on after it
FEATURE = """4　乡村振兴　　　　　　　　责任编辑：苗一舟　版式：甘小棠　校对：宓　岚

杏林镇做大蓝莓产业带动村民增收——
小浆果结出致富果
记者　裴映雪　通讯员　凌海生

11月5日一早，杏林镇禾丰村的蓝莓基地里
一片忙碌，村民们忙着给果苗修剪、覆膜。
“今年行情好，一亩能多卖两千元。”种植户
卓大有说。

■从试种到成片
禾丰村2018年试种蓝莓20亩，如今全村种
植面积已有1200亩，带动农户300多户。

人物名片

姓名：卓大有
年龄：56岁
身份：禾丰村蓝莓种植户
心愿：让蓝莓卖到更远的地方

■从地头到餐桌
镇里引进冷链企业建起分拣中心，蓝莓当天
采摘、次日就能送到城里的超市。
"""


def test_a_kicker_closing_on_a_dash_and_a_card_of_fields_between_a_features_parts() -> None:
    r = parse_text(FEATURE)
    assert [(e.kicker, e.title) for e in r.entries] == [
        ("杏林镇做大蓝莓产业带动村民增收", "小浆果结出致富果"), (None, "人物名片")]
    feature, card = r.entries
    assert feature.text.endswith("次日就能送到城里的超市。") and "从地头到餐桌" in feature.text
    assert card.text.startswith("姓名：卓大有") and card.text.endswith("让蓝莓卖到更远的地方")
    assert r.issue.meta["page"] == 4 and r.issue.meta["page_name"] == "乡村振兴"


def test_a_name_of_three_between_a_unit_and_its_title_and_the_winners_of_a_results_list() -> None:
    assert page_persons("据了解，市农业农村局郜立山副局长表示，将加强冬季蔬菜产销监测。") == ["郜立山"]
    results = ("部分项目冠军如下：\n男子100米：滕远航（杏林一中）11秒3\n男子400米：司徒慕远（实验中学）53秒1\n"
               "女子800米：阿依夏木（石湾二中）2分26秒4\n女子铅球：贺兰若（县职教中心）10米87\n"
               "男子4×100米接力：杏林一中（滕远航、蒲一凡、柯小川、邝海）45秒2")
    assert page_persons(results) == ["滕远航", "司徒慕远", "阿依夏木", "贺兰若", "蒲一凡", "柯小川", "邝海"]


# an evening paper's law page: a pointer to a headline on the next page after `>>`; an article closed by its
# credit, then a headline of two lines over a text whose first line, an opening clause, stops short of the
# margin; a call for tips with the desk's mail at the page's foot
LAW_PAGE = """2024年3月14日 星期四                梧溪晚报                A07
法治                      责任编辑：裴映雪 美编：甘小棠 校对：宓岚

■导读 小区停车位只售不租 法院：业主有权承租 >>A08

酒后驾车撞上道路护栏
男子犯危险驾驶罪被判拘役

3月12日，记者从杏林区人民法院获悉，该
院近日审结一起危险驾驶案，被告人赵某酒后
驾驶小型轿车撞上道路护栏，被判处拘役三个
月，并处罚金八千元。
主审法官柯一苇介绍，醉酒驾驶机动车本身就
构成犯罪，驾驶人切勿心存侥幸。
（通讯员 蔺小舟 记者 卓映川）

以“免费旅游”为名诱骗老人
一旅行社负责人涉嫌诈骗被提起公诉

近日，石湾区人民检察院以涉嫌诈骗罪，
对某某旅行社负责人钱某依法提起公诉。检
察机关指控，钱某以免费旅游为诱饵向老人推
销高价保健品，共骗取老人钱款56万余元。
检察官上门释法说理，最终有30余名被害人出
具了书面陈述。
（记者 苗青禾）

梧溪晚报·法治热线 欢迎提供新闻线索 投稿邮箱：wxwbfazhi@example.cn
"""


def test_a_pointer_after_arrows_a_short_opening_clause_and_a_call_for_tips_at_the_foot() -> None:
    r = parse_source(make_source(LAW_PAGE, "a07.txt"), persons=True)
    assert [e.title for e in r.entries] == ["男子犯危险驾驶罪被判拘役", "一旅行社负责人涉嫌诈骗被提起公诉"]
    drink, fraud = r.entries
    assert drink.kicker == "酒后驾车撞上道路护栏" and fraud.kicker == "以“免费旅游”为名诱骗老人"
    assert fraud.text.startswith("近日，石湾区人民检察院") and fraud.text.endswith("具了书面陈述。")
    assert fraud.persons == ["苗青禾"]  # (上门|释法说理: no monk's name)


# a daily's front page: the masthead's weather with no colon, a contents line of pointers each closed by its
# page and its wrapped rest, wire copy whose credit a wrap cut inside the first reporter's name, a story
# opening after `本报讯` and a space, the footer's address, desk phone and printer
FRONT_PAGE = """梧溪日报
中共梧溪市委机关报
2024年10月9日 星期三 农历甲辰年九月初七
今日8版 第10218期 梧溪日报社出版
今日天气 多云转晴 14℃～23℃ 北风2～3级

导读 ▶全市秋季征兵体检展开 3版 ▶杏林港前三季度集装箱
吞吐量增长9.6% 2版 ▶评论：让社区食堂更有温度 4版

全国秋粮收购工作有序推进
新华社北京10月8日电（记者　上官
岚　达瓦次仁）记者从8日举行的新闻发布会上
获悉，今年秋粮收购工作开局良好，各地收购
进度总体快于上年同期。

石湾古街入选省级旅游休闲街区
本报讯　日前，省文化和旅游厅公布第二批省级
旅游休闲街区名单，石湾古街榜上有名。

社址：梧溪市杏林大道88号 邮编：561000 总编室：(0851)8210001 广告经营许可证：梧市监广登字003号
零售价：每份1.50元 本报印刷：梧溪日报社印务中心 本版责编：苗一舟 美编：甘小棠 校对：宓岚
"""


def test_weather_pointers_a_credit_cut_inside_a_name_and_the_footers_desk() -> None:
    r = parse_source(make_source(FRONT_PAGE, "front.txt"), persons=True)
    assert [e.title for e in r.entries] == ["全国秋粮收购工作有序推进", "石湾古街入选省级旅游休闲街区"]
    wire, street = r.entries
    assert wire.persons == ["上官岚", "达瓦次仁"]
    assert street.text.startswith("本报讯　日前，") and street.text.endswith("榜上有名。")
    meta = r.issue.meta
    assert meta["weather"] == "多云转晴 14℃～23℃ 北风2～3级"
    assert (meta["phone"], meta["printer"]) == ("(0851)8210001", "梧溪日报社印务中心")


# a county site's list: each row a thumbnail, a title (one with a badge before it), a summary and its day under
# it; the last row's day right above the page's foot
ROWS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>梧溪要闻</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a/">梧溪要闻</a></div>
<div class="main"><h2 class="col-title">梧溪要闻</h2>
<ul class="news-list">
<li><a class="pic" href="/1.html"><img src="1.jpg" alt=""></a><div class="txt">
<h3><a href="/1.html">县长宁若岚主持召开县政府常务会议</a></h3>
<p class="summary">会议研究部署夏粮收购和安全生产等工作。</p><span class="date">2024年06月18日</span></div></li>
<li><a class="pic" href="/2.html"><img src="2.jpg" alt=""></a><div class="txt">
<h3><span class="tag">视频</span><a href="/2.html">梧溪举行防汛抢险综合应急演练</a></h3>
<p class="summary">演练模拟山洪和河道漫堤险情，12个部门参加。</p><span class="date">2024年06月17日</span></div></li>
<li><a class="pic" href="/3.html"><img src="3.jpg" alt=""></a><div class="txt">
<h3><a href="/3.html">梧溪蓝莓进入采摘季</a></h3>
<p class="summary">全县蓝莓种植面积达到1.2万亩，果农忙着采摘分拣。</p><span class="date">2024年06月16日</span></div></li>
</ul></div>
<div class="footer">梧溪县融媒体中心主办</div>
</body></html>
"""


def test_list_rows_dated_by_the_day_under_their_summaries_and_a_badge_no_word_of_a_title(tmp_path: Path) -> None:
    page = tmp_path / "rows.html"
    page.write_text(ROWS, encoding="utf-8")
    r = parse_source(read_source(page), persons=False)
    assert [(e.title, e.date) for e in r.entries] == [
        ("县长宁若岚主持召开县政府常务会议", "2024-06-18"), ("梧溪举行防汛抢险综合应急演练", "2024-06-17"),
        ("梧溪蓝莓进入采摘季", "2024-06-16")]


# a county paper's 教育 page: a kicker over a title closing on a quoted word at the page's top; a public-service
# slogan signed `——某中心　宣` under the last brief
EDUCATION = """梧溪报　　2024年10月25日　星期五　　　　　　　　教育　　　　　　　　　　第3版
责任编辑：苗一舟　　美编：甘小棠　　校对：宓岚

我县多措并举推动课后服务提质增效
课后两小时 成长“加油站”

10月21日下午4时许，杏林第二小学的操
场上格外热闹：足球场上，孩子们奔跑追逐；
树荫下，书法社团的学生正凝神运笔。这是
我县推进课后服务提质的一个缩影。
（通讯员　蔺小舟　记者　卓映川）

县一中举行秋季田径运动会
10月17日至18日，县第一中学秋季田径运
动会举行，1100余名学生参加了18个项
目的角逐。
（通讯员　苗青禾）

护苗成长　书香致远
——梧溪县新时代文明实践中心　宣
"""


def test_a_title_closing_on_a_quoted_word_and_a_slogan_signed_under_the_last_brief() -> None:
    r = parse_text(EDUCATION)
    assert [(e.kicker, e.title) for e in r.entries] == [
        ("我县多措并举推动课后服务提质增效", "课后两小时 成长“加油站”"), (None, "县一中举行秋季田径运动会")]
    assert r.entries[0].text.startswith("10月21日下午4时许")
    assert r.entries[1].text.endswith("目的角逐。")


# a 纪委's 通报 as a page: its issuers over a title wrapped over two lines, its addressees and lead, numbered
# cases, then its closing, which speaks of them all
BULLETIN = """梧溪县纪律检查委员会文件

梧纪通〔2024〕5号

中共梧溪县纪律检查委员会
梧溪县监察委员会
关于3起违反中央八项规定精神和群众身边
不正之风问题典型案例的通报

各乡镇党委、纪委，县直各单位：

今年以来，县纪委监委紧盯节假日等关键节点，持续加大监督检查力度。现将3起典型问题通报如下：
1.柯一苇（杏林镇原副镇长）违规收受礼品问题。2023年5月至2024年1月，柯一苇先后收受购物卡共计1.2万元。2024年3月，柯一苇受到撤职处分。
2.蔺小舟（县林业局原股长）公车私用问题。2023年10月1日至3日，蔺小舟驾驶执法车辆探亲，受到党内警告处分。
3.卓映川（石湾村原党支部书记）虚报冒领项目资金问题。2023年3月至12月，卓映川套取项目资金4.7万元，受到开除党籍处分。
上述问题中，有的在党纪学习教育期间仍不收敛，性质恶劣。全县党员干部要以案为鉴，切实汲取教训。
各乡镇、县直各单位要于2024年7月15日前报送学习情况。

中共梧溪县纪律检查委员会
梧溪县监察委员会
2024年6月18日
"""


def test_a_bulletins_wrapped_title_its_cases_and_its_closing_its_own() -> None:
    r = parse_text(BULLETIN)
    assert [e.title for e in r.entries] == [
        "关于3起违反中央八项规定精神和群众身边不正之风问题典型案例的通报", "柯一苇（杏林镇原副镇长）违规收受礼品问题",
        "蔺小舟（县林业局原股长）公车私用问题", "卓映川（石湾村原党支部书记）虚报冒领项目资金问题"]
    bulletin, *cases = r.entries
    assert "上述问题中" in bulletin.text and cases[-1].text.endswith("受到开除党籍处分。")


# an evening 副刊 page: an essay under its writer, a poem the extraction set between its paragraphs, the essay
# going on after the poem and closed by its writer's note
SUPPLEMENT = """梧溪晚报
2024年4月12日　星期五
B03
副刊
责任编辑：苗一舟　　美术编辑：甘小棠

槐花落满旧巷时
□ 卓映川

老城东头有一条窄巷，名叫槐荫里。巷子不长，从头走到尾不过三百
步，巷口有七棵老槐树，每到四月，槐花开得满巷都是。
谁家孩子嗓子疼，奶奶便抓一把晒干的槐花塞过去，从不收钱。

四月书简
□ 苗青禾

把一封信写给四月
要先借一点山坡上的风
借布谷鸟的第一声
信里不必写想念
只写荞麦出苗了
只写屋后的溪水又宽了

后来，老城改造，我们一家搬进了新区的楼房。今年清明回乡，我特
意绕到槐荫里，七棵槐树一棵都没动。
原来有些东西从不曾离开，它们只是换了一种方式，守在原地。
（作者单位：梧溪市第三中学）
"""


def test_a_poem_set_between_an_essays_paragraphs() -> None:
    r = parse_text(SUPPLEMENT)
    assert [e.title for e in r.entries] == ["槐花落满旧巷时", "四月书简"]
    essay, poem = r.entries
    assert essay.text.endswith("守在原地。") and "后来，老城改造" in essay.text
    assert poem.text.startswith("把一封信写给四月") and poem.text.endswith("只写屋后的溪水又宽了")


# a 信息专报 of one report: a masthead with its note on who may read it, the report's title, its lead closing on
# `报告如下。`, its own parts under 一、 and （一）, the unit signing it and its compiler letter-spaced
ONE_REPORT = """                 梧 溪 县 信 息 专 报

                   2024年第9期（总第128期）

梧溪县人民政府办公室                         2024年7月16日

                                                  此件不公开
————————————————————————————————————

   我县全力应对强降雨过程 灾情总体可控

    7月13日20时至15日8时，我县遭遇今年入汛以来最强降雨过程。县委、县政府第一时间启动应急响应，
组织干部群众全力抢险救灾。现将有关情况报告如下。

    一、雨情水情基本情况

    （一）降雨过程。全县平均降雨量186.4毫米，最大累计降雨出现在杏林镇。

    （二）江河水位。梧水干流出现洪峰水位112.63米，超警戒水位1.83米。

    二、受灾情况

    全县受灾人口2.1万人，紧急转移安置3200人。县长卓映川带队深入一线指挥。

    三、下一步工作打算

    全力做好灾后恢复重建工作，确保受灾群众入冬前住进安全住房。

                                 梧溪县防汛抗旱指挥部办公室
                                       （苗 青 禾 整理）
"""


def test_a_special_report_of_one_report_in_parts_and_its_compiler_letter_spaced() -> None:
    r = parse_source(make_source(ONE_REPORT, "zb.txt"), persons=True)
    assert [e.title for e in r.entries] == ["我县全力应对强降雨过程 灾情总体可控"]
    report = r.entries[0]
    assert "二、受灾情况" in report.text and report.text.endswith("住进安全住房。")
    assert report.persons == ["卓映川", "苗青禾"]
    assert r.issue.meta.get("distribution_note") == "此件不公开"


# a 目录 whose title wrapped onto a line of its leader and page (`第1页`); an item closed by a unit and its
# writer, a Dai name
PAGED_CONTENTS = """梧溪政务信息
2024年第14期

目    录

【要情专递】
市政府召开第38次常务会议研究部署防汛度汛和暑期安全工作
………………………………………………………………………第1页
杏林镇“水上巡河员”守护群众暑期出行安全………………第2页

【要情专递】

市政府召开第38次常务会议 研究部署防汛度汛和暑期安全工作
7月8日，市长卓映川主持召开市政府第38次常务会议，研究部署防汛度汛工作。

杏林镇“水上巡河员”守护群众暑期出行安全
入汛以来，杏林镇从沿河村组招募巡河员86名，累计劝离群众1400余人次。
（杏林镇政府办　岩罕）
"""


def test_a_contents_page_named_on_the_wrapped_titles_leader_line_and_a_writers_dai_name() -> None:
    r = parse_source(make_source(PAGED_CONTENTS, "zw.txt"), persons=True)
    assert [(e.title, e.page) for e in r.entries] == [
        ("市政府召开第38次常务会议 研究部署防汛度汛和暑期安全工作", 1), ("杏林镇“水上巡河员”守护群众暑期出行安全", 2)]
    assert r.entries[1].text.endswith("1400余人次。") and r.entries[1].persons == ["岩罕"]


# an evening 社区 page: a pointer to another page after ▲, a reader's letter under its column's label signed by
# its writer, the reporter's follow-up, a rule across the page, a column's label with the number to call, its
# ■ items, and where to write to at the foot
LETTERS = """梧溪晚报                                          2023年11月9日 星期四
A06                      社区·民生
                              责任编辑　苗一舟　美编　甘小棠　校对　宓岚
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

▲供暖季将至，老旧小区暖气片怎么“体检”？ 详见A07版

【读者来信】

公交站挪远了，腿脚不便的老人咋办？

编辑同志：
    我家住杏林街道槐荫里小区，小区门口原本有个公交站，附近几个小区
的老人去医院、买菜全靠它。我想问问有关部门：站台是临时挪走还是永
久取消？
                                                    读者　柯一苇
                                          （退休教师，家住杏林街道）

【记者回访】

站台月底前迁回原位

□本报记者　卓映川

    11月7日上午，记者来到槐荫里小区门口。公交公司线路科科长
谭嘉木解释，原站台位于管网施工范围内，出于安全考虑临时北移。
    记者将上述答复转告柯一苇，他表示：“有个准信，心里就踏实了。”

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【民生热线】　　热线电话：0736-96118（每天9:00—21:00）

■ 路灯“罢工”半个月 已修复
    6日，市民包女士来电反映，湖滨新村的三盏路灯坏了半个多月。
记者联系了路灯管理所，已于8日完成更换。（记者　蔺小舟）

■ 快递柜超时收费 免费时长将延至24小时
    昨天，市民来电反映，小区快递柜超过12小时就开始收费。社区已与
运营企业沟通，下周一起执行。（记者　蔺小舟）

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
欢迎来信　读者来信请寄：梧溪市杏林大道66号梧溪晚报社会新闻部
"""


def test_a_readers_letter_signed_its_follow_up_and_a_hotline_columns_items_under_a_rule() -> None:
    r = parse_source(make_source(LETTERS, "a06.txt"), persons=True)
    assert [e.title for e in r.entries] == ["公交站挪远了，腿脚不便的老人咋办？", "站台月底前迁回原位",
                                            "路灯“罢工”半个月 已修复", "快递柜超时收费 免费时长将延至24小时"]
    letter, visit, lamp, locker = r.entries
    assert letter.text.endswith("久取消？") and letter.byline == "柯一苇"
    assert visit.text.endswith("心里就踏实了。”") and lamp.text.endswith("已于8日完成更换。")
    assert locker.text.endswith("下周一起执行。")


# an evening 消费 page whose paragraphs open indented: a kicker at the margin short of the width over its
# title; a tip's box under its ■ label
SHOPPING = """梧溪晚报　WUXI EVENING NEWS
2024年9月20日　星期五　　　A11
消费
责任编辑：苗一舟　美术编辑：甘小棠　校对：宓岚

以旧换新补贴叠加节日让利
国庆未到 家电卖场先热起来

　　中秋刚过，国庆假期又将到来，家电以
旧换新补贴政策叠加商家的节日让利，我市
各大家电卖场人气渐旺。9月19日，记者走
访多家卖场发现，节能冰箱销量明显上升。
　　在明珠电器城三楼，不少市民正在比较
不同型号冰箱的能效和价格。“补贴加上商
场让利，比平时便宜了一千多元。”市民葛
建国说。
　　据市商务局统计，今年以来全市家电以
旧换新累计销售4.6万台。
（本报记者　卓映川）

■消费提示
　　国庆假期临近，市市场监管局提醒广
大消费者：购买家电时认准能效标识，遇
到纠纷可拨打12315热线投诉。
（供稿：市市场监管局）
"""


def test_a_kicker_short_of_the_width_over_its_title_and_a_tips_box_under_its_label() -> None:
    r = parse_text(SHOPPING)
    assert [(e.kicker, e.title) for e in r.entries] == [
        ("以旧换新补贴叠加节日让利", "国庆未到 家电卖场先热起来"), (None, "消费提示")]
    assert r.entries[1].text.startswith("国庆假期临近") and r.entries[1].text.endswith("热线投诉。")


def test_a_footers_third_desk_its_lawyer_and_a_bare_web_address() -> None:
    assert line_facts("第1287期  总第3315期  今日4版            www.example.cn") == {
        "issue_no": 1287, "total_no": 3315, "pages": 4, "website": "www.example.cn"}
    assert line_facts("社址：梧溪区滨江大道188号  新闻热线：6330 5566  广告热线：6330 5588  发行热线：6330 5511") == {
        "address": "梧溪区滨江大道188号", "hotline": "63305566", "hotline_2": "63305588", "hotline_3": "63305511"}
    assert line_facts("本报法律顾问：梧溪正衡律师事务所  印刷：梧溪日报印务有限公司  定价：每份1.00元") == {
        "legal_adviser": "梧溪正衡律师事务所", "printer": "梧溪日报印务有限公司", "price": "每份1.00元"}
    assert line_facts("访问www.example.cn了解详情。") is None


# a 简报 typed with Markdown's bold titles over hard-wrapped text: a title bold whole, as wide as the text's lines,
# is a line of its own, no line of the paragraph under it (on a page whose paragraphs open indented, a full line
# under a line ending on a quote would run on)


def test_a_line_bold_whole_runs_into_no_paragraph() -> None:
    from digest.blocks import Wrap, make_block, runs_on

    wrap = Wrap(width=56, indents=True, by_chars=True, cjk=False, margin=0)
    title = make_block(1, "**石湾乡：林下黄精“小块头”撑起群众增收“大产业”**")
    text = make_block(2, "今年以来，石湾乡依托全乡林地面积大、林下空间闲置多的实际")
    assert not runs_on(wrap, title, text)
    assert runs_on(wrap, make_block(1, "今年以来，石湾乡依托全乡林地面积大、林下空间闲置多的实"), make_block(2, "际，以合作社带动农户种植。"))
