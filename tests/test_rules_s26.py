"""Rules from session 26 (the pages left alone in session 25 and blind sets 131-133), each on text written
here in our own words: every person, place and paper below is made up."""

from __future__ import annotations

from pathlib import Path

from conftest import parse_text

from digest import toc
from digest.blocks import to_blocks
from digest.masthead import line_facts
from digest.parse import parse_source
from digest.persons import find_persons, recognize
from digest.source import read_source
from digest.text import trailing_credit

# --- pages -------------------------------------------------------------------------------------------------

# a city paper's page whose blank lines part the lines of its headlines too: a kicker set apart over a title
# wrapped over two lines, a pointer to another page, an advertisement's strip after the last article
PAGE = """桐溪日报
2024年9月12日　星期四　　　　　　　　　　　　文体新闻

历时三天 22支队伍同场比拼

全市职工篮球联赛落幕

本报讯（记者　林望舒）9月10日晚，全市职工篮球联赛在市体育馆落幕，市总工会副主席严可心为获奖队伍颁奖。
　　本届联赛共有22支队伍参赛，男女混合组首次设立。
　　比赛中涌现出不少年过五旬的老队员，赛事场次比去年增加四成。

收录古籍善本300余册（件）

“书香千年——桐溪古籍展”
在市图书馆开幕

本报讯（记者　宋知白）9月11日，“书香千年——桐溪古籍展”在市图书馆开幕，展期持续至年底。
　　展览分为“刻本”“抄本”“拓本”三个单元，其中一级古籍7部。
　　市民可通过图书馆公众号预约参观。

▶桐溪评弹进社区系列演出启动　详见今日6版

对话非遗传承人

钱素英：弹词要唱给新人听

本报记者　冯晚晴

从茶楼到直播间，钱素英唱了三十年评弹。前不久，她的工作室入选省级传承基地。
　　记者：这些年听众有什么变化？
　　钱素英：以前多是老人家，现在年轻人越来越多，评弹要让年轻人听得懂。

桐溪农商银行　秋季存款节　　存款送好礼　咨询热线：96833

本版投稿邮箱：wt@example.cn　　　　　　　　第5版
"""


def test_a_kicker_set_apart_over_a_title_wrapped_in_two() -> None:
    r = parse_text(PAGE)
    got = [(e.kicker, e.title) for e in r.entries]
    assert ("收录古籍善本300余册（件）", "“书香千年——桐溪古籍展”在市图书馆开幕") in got
    assert ("历时三天 22支队伍同场比拼", "全市职工篮球联赛落幕") in got
    assert r.issue.meta.get("page_name") == "文体新闻"  # (the day over the page's name, no number)
    first = next(e for e in r.entries if e.title == "全市职工篮球联赛落幕")
    assert first.text.endswith("赛事场次比去年增加四成。")  # (the next kicker is no line of it)


def test_a_pointer_to_todays_page_and_an_advert_strip_are_no_text() -> None:
    r = parse_text(PAGE)
    texts = "".join(e.text for e in r.entries)
    assert "详见今日6版" not in texts and "咨询热线" not in texts
    talk = next(e for e in r.entries if e.title == "钱素英：弹词要唱给新人听")
    assert talk.kicker == "对话非遗传承人"
    second = next(e for e in r.entries if e.title.startswith("“书香千年"))
    assert second.text.endswith("预约参观。")


def _wrapped(paragraph: str, width: int = 22) -> str:
    """A paragraph hard-wrapped at `width` characters, as a PDF's text of a narrow column prints it."""
    return "\n".join(paragraph[k:k + width] for k in range(0, len(paragraph), width))


# a theory page of a PDF whose second page prints the day and the page's name and number again, in the
# middle of an article's paragraph, and an author's unit in brackets with a bracketed name inside, wrapped
_THEORY_1 = ("县域是经济发展的基本单元，也是城乡融合发展的重要纽带。县域发展的潜力在于把特色资源变成产业优势，"
             "把创新要素引进来，把特色产业做上去，这是摆在各地面前的一道现实考题。")
_THEORY_2 = ("从各地实践看，县域经济的主要矛盾已经从有没有产业转向产业强不强，推动传统产业向高端化、智能化、"
             "绿色化方向迈进，正是县域发展的现实起点。笔者在调研时看到，一家竹材企业引进数控生产线后，原料"
             "利用率提高到八成以上。企业负责人告诉笔者，")
_THEORY_3 = "过去靠卖原料，现在一根竹子能做出几十种产品。可见，传统产业并不等于落后产业，关键在于用新技术改造。"
THEORY = f"""澄江日报
2024年8月20日　星期二
理论
7
推动县域经济高质量发展
邵青禾
{_wrapped(_THEORY_1)}
一、找准县域发展的主攻方向
{_wrapped(_THEORY_2)}
2024年8月20日　星期二
理论　7
{_wrapped(_THEORY_3)}
（作者单位：中共澄江县委党校（澄江县行政学院）
经济学教研室）

本版责任编辑：邓一白
"""


def test_a_pages_day_and_name_inside_an_article_are_a_page_break() -> None:
    r = parse_text(THEORY)
    assert [e.title for e in r.entries] == ["推动县域经济高质量发展"]
    e = r.entries[0]
    assert "理论" not in e.text and "星期二" not in e.text
    assert "企业负责人告诉笔者，过去靠卖原料" in e.text.replace("\n", "")


def test_an_authors_unit_with_a_bracketed_name_wrapped_is_a_credit() -> None:
    r = parse_text(THEORY)
    e = r.entries[0]
    assert e.text.rstrip().endswith("关键在于用新技术改造。")
    got = trailing_credit("改造。（作者单位：中共澄江县委党校（澄江县行政学院）经济学教研室）")
    assert got == ("改造。", [("contributor", "作者单位", "中共澄江县委党校（澄江县行政学院）经济学教研室")])


# a web gallery: the page's headline over photos, each under a lower heading with its photographer's
# labelled credit on a line of its own
GALLERY = """<html><body>
<h1>【图片新闻】秋分时节看桐溪</h1>
<p>发布时间：2024-09-23 10:05　来源：桐溪市融媒体中心</p>
<h3>稻浪翻金迎丰收</h3>
<p>9月21日，桐溪市南岗镇千亩水稻进入收割期，种粮大户覃远山驾驶收割机在田间作业。</p>
<p>摄影：苗青禾</p>
<h3>古镇游人如织</h3>
<p>9月22日，桐溪古镇迎来客流高峰，游客在石桥边拍照留念。</p>
<p>摄影：融媒记者　卫晓岑</p>
<h3>夜市灯火映秋色</h3>
<p>9月22日晚，滨河夜市人头攒动，商户们售卖米糕、桂花酒等本地小吃。</p>
<p>摄影：韩小禾</p>
</body></html>"""


def test_a_gallerys_page_headline_is_no_record_and_each_photo_takes_its_photographer(tmp_path: Path) -> None:
    page = tmp_path / "g.html"
    page.write_text(GALLERY, encoding="utf-8")
    r = parse_source(read_source(page), persons=False)
    assert [e.title for e in r.entries] == ["稻浪翻金迎丰收", "古镇游人如织", "夜市灯火映秋色"]
    assert r.issue.meta.get("page_title") == "【图片新闻】秋分时节看桐溪"
    assert [e.byline for e in r.entries] == ["苗青禾", "卫晓岑", "韩小禾"]  # (融媒记者: a label, no name)


# a photo news set inside an article, the article going on under it; a public-service notice signed 宣 and
# an advertisement marked （广告） between rules after the last article
INSIDE = """枫港日报　　　　2024年6月20日　星期四

总投资12.5亿元
我区三季度9个重大项目集中开工

6月19日上午，枫港区三季度重大项目集中开工仪式在临港产业园举行。
本次开工的9个项目涵盖先进制造和城市更新等领域。

龙舟竞渡庆端午

6月18日，枫港区龙舟邀请赛在清溪河举行，12支队伍同场竞技。
本报记者　韦青川　摄

在主会场开工的精密铸件项目总投资3.1亿元，达产后年产值约5亿元。
区委书记郁明远宣布项目开工。
（枫港区融媒体中心　秦晓岚）


珍惜水资源　节约每一滴
请广大市民养成节约用水的好习惯，随手关紧水龙头。
枫港区水务局　枫港区城管局　宣

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
枫港农商银行　　普惠贷款　　助力小微企业发展
服务热线：96222　　　　　　　　　　（广告）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

责任编辑：程一禾　　版式：梁晚
"""


def test_an_article_goes_on_under_a_photo_set_inside_it() -> None:
    r = parse_text(INSIDE)
    titles = [e.title for e in r.entries]
    assert titles == ["我区三季度9个重大项目集中开工", "龙舟竞渡庆端午"]
    article, photo = r.entries
    assert "郁明远宣布项目开工" in article.text and article.byline == "秦晓岚"
    assert photo.text.rstrip().endswith("同场竞技。") and photo.byline == "韦青川"


def test_a_notice_signed_xuan_and_a_marked_advert_are_no_records() -> None:
    r = parse_text(INSIDE)
    texts = "".join(e.text for e in r.entries)
    assert "节约用水" not in texts and "普惠贷款" not in texts
    assert r.issue.meta.get("name") == "枫港日报"  # (a name not ending in 报 would be read too: `今日某港`)
    assert line_facts("今日枫港　　2024年6月20日　星期四") == {"weekday": "星期四", "date": "2024-06-20", "name": "今日枫港"}


# --- digests -----------------------------------------------------------------------------------------------

# a 简报 saved as Markdown: its sections `##` headings over bold numbered items
MARKDOWN = """# 安全生产工作简报

**2024年第3期**

## 一、工作动态

**1\\. 市安委会召开一季度全体会议**

3月5日，市安委会召开一季度全体会议，部署春季安全防范工作。

**2\\. 全市开展春季安全大检查**

3月11日至15日，市安委会办公室组织开展春季安全大检查。

## 二、基层经验

### （一）网格管理

**3\\. 南湖区“网格+安全”见成效**

今年以来，南湖区把安全监管纳入网格管理，隐患整改率达96%。
"""


def test_markdown_headings_over_numbered_bold_items_are_their_sections() -> None:
    r = parse_text(MARKDOWN, name="j.md")
    got = [(e.section, e.subsection, e.title) for e in r.entries]
    assert got == [
        ("工作动态", None, "市安委会召开一季度全体会议"),
        ("工作动态", None, "全市开展春季安全大检查"),
        ("基层经验", "网格管理", "南湖区“网格+安全”见成效"),
    ]
    assert r.entries[1].text.rstrip().endswith("春季安全大检查。")


def test_a_county_credits_its_item_in_brackets() -> None:
    assert trailing_credit("提前半月投产。（漳溪县）") == ("提前半月投产。", [("contributor", "落款", "漳溪县")])
    assert trailing_credit("提前半月投产。（青岗高新区）") is not None
    assert trailing_credit("提前半月投产。（市）") is None


# a 政务信息 of PDF text: a 目录 line whose title fills it, its leader one mark; a sentence's 。 a wrap left
# alone on a line; a writer's credit naming a Tibetan writer by one syllable of his name
ZWXX = """赛河州政务信息
2023年第6期（总第201期）
赛河州人民政府办公室编　　　　2023年6月20日

目　录

一、要　闻
州委常委会研究部署防汛工作……………………………………1
二、经济运行
前五月全州农牧民人均可支配收入增长6.9%…2

一、要　闻

◎州委常委会研究部署防汛工作
6月3日，州委书记多吉次旦主持召开州委常委会会议，研究部署防汛工作，副州长陈嘉禾出席会议
。

二、经济运行

◎前五月全州农牧民人均可支配收入增长6.9%
6月12日，记者从州统计局获悉，前五月全州农牧民人均可支配收入增长6.9%。
（河源县融媒体中心　次仁）
"""


def test_a_toc_title_filling_its_line_and_a_lone_full_stop() -> None:
    assert toc.page_line("前五月全州农牧民人均可支配收入增长6.9%…2") == ("前五月全州农牧民人均可支配收入增长6.9%", 2)
    r = parse_text(ZWXX)
    assert [(e.title, e.page) for e in r.entries] == [
        ("州委常委会研究部署防汛工作", 1), ("前五月全州农牧民人均可支配收入增长6.9%", 2)]
    assert r.entries[0].text.rstrip().endswith("出席会议。")
    assert [b.text for b in to_blocks(["出席会议", "。", "", "下一段"])] == ["出席会议。", "下一段"]


def test_a_writers_credit_naming_one_tibetan_syllable_leaves_the_text() -> None:
    r = parse_text(ZWXX)
    e = r.entries[1]
    assert e.byline == "次仁" and "融媒体中心" not in e.text


# --- persons -----------------------------------------------------------------------------------------------

def test_a_name_does_not_take_the_first_character_of_the_verb_after_it() -> None:
    got = recognize(["村民李明带着孩子去看病。", "社区党委书记钱秀和带领网格员入户走访。",
                     "副省长赵振和率代表团来我市考察。", "副省长赵振和率先发言。"])
    assert got[0]["persons"] in ([], ["李明"])  # (带着: a verb of two, never 李明带)
    assert got[1]["persons"] == ["钱秀和"]  # (和 before 带领 is the name's: no conjunction before a verb)
    assert got[2]["persons"] == ["赵振和"]  # (nor before 率 leading a delegation)
    assert got[3]["persons"] == ["赵振"]  # (率先: first, an adverb)


def test_a_title_opening_with_a_word_is_no_name_before_a_follow_character() -> None:
    assert [f.name for f in find_persons("高温下的“银线卫士”", "7月9日，供电公司带电作业班开展消缺作业。")] == []
    assert [f.name for f in find_persons("全力以赴守牢安全生命线", "7月9日，集团公司召开推进会。")] == []
    assert [f.name for f in find_persons("王国庆赴京参加会议", "7月9日，集团公司召开推进会。")] == ["王国庆"]


def test_a_mongolian_name_ending_in_tu_keeps_it_in_a_byline() -> None:
    assert [f.name for f in find_persons("标题", "清晨六点，早市已经热闹起来。", byline="沈听澜、乌力吉图")] == [
        "沈听澜", "乌力吉图"]


# --- sets 134-136 ------------------------------------------------------------------------------------------

# a paper's article page copied from its phone app: the phone's status bar, the app's breadcrumb, each
# article under its source line, the app's counters, its call to install it, its related and ranked lists
APP = """09:12                          5G  ▮▮▮▯  81%
首页 ｜ 要闻 ｜ 县区 ｜ 民生
要闻 > 正文
今日要闻　2024年7月3日　星期三　农历五月廿八

祁文远在调研防汛工作时强调
织密防汛责任网　守牢安全底线
来源：梧川日报　作者：白若水　2024-07-03 08:05
字号：小 中 大　　　　　　　　收藏

本报讯（记者白若水）7月2日，市委书记祁文远到梧江北岸堤防和城东泵站调研防汛工作。

祁文远强调，要盯紧山洪和城市内涝等薄弱环节，提前转移危险区域群众。

阅读 2.1万
👍 点赞 412　　　　💬 评论 35　　　　↗ 分享
下载客户端　看更多梧川新闻
相关阅读
· 我市进入主汛期（2024-06-28）
· 图解｜汛期避险常识

梧川至云港高速公路全线通车
来源：梧川日报　作者：林听雨　2024-07-03 08:05
字号：小 中 大　　　　　　　　收藏

7月1日上午，梧川至云港高速公路全线通车，两地车程缩短至40分钟。

该路全长52公里，设互通立交6处。

阅读 8632
👍 点赞 96　　　　💬 评论 12　　　　↗ 分享
热门推荐
1　梧川今年中考报名人数创新高　阅读 3.6万
2　这条老街换新颜，你去逛了吗？　阅读 2.2万

已经到底啦～
首页　　数字报　　＋　　服务　　我的
"""


def test_an_apps_article_page_reads_its_articles_and_none_of_its_furniture() -> None:
    r = parse_text(APP)
    got = [(e.kicker, e.title, e.date) for e in r.entries]
    assert got == [("祁文远在调研防汛工作时强调", "织密防汛责任网　守牢安全底线", "2024-07-02"),
                   (None, "梧川至云港高速公路全线通车", "2024-07-01")]
    texts = "".join(e.text for e in r.entries)
    for furniture in ("点赞", "下载客户端", "图解", "热门推荐", "到底", "数字报", "阅读 "):
        assert furniture not in texts
    assert r.entries[1].text.rstrip().endswith("设互通立交6处。")


def test_a_video_items_duration_and_plays_line_is_its_meta() -> None:
    from digest.chrome import chrome_reason

    assert chrome_reason("时长：03:25　|　播放量：1.2万　|　发布时间：2024-07-02 18:30") == "item-meta"
    assert chrome_reason("VIDEO NEWS") == "latin-name" and chrome_reason("APEC") is None


def test_an_items_source_unit_in_brackets_is_its_credit() -> None:
    assert trailing_credit("成效明显。（信息来源：梧江区委组织部）") == (
        "成效明显。", [("contributor", "信息来源", "梧江区委组织部")])


# a 政务信息 forwarded in an e-mail: its text quoted, the sender's signature after `--`
MAIL = """发件人：办公室信息科
发送时间：2024年9月20日 10:02
主题：转发：政务信息第17期

-----原始邮件-----
> 云港政务信息
> 2024年第17期
> 云港市人民政府办公室　　　　　　2024年9月19日
>
> 目　　录
>
> 市政府召开常务会议…………………………1
> 全市秋粮收购工作启动……………………1
>
> 市政府召开常务会议
> 9月18日，市政府召开常务会议，研究部署秋冬季重点工作。
>
> 全市秋粮收购工作启动
> 9月19日，全市秋粮收购工作正式启动，首日收购稻谷1.2万吨。

--
温晓禾
云港市政府办公室信息科
电话：0000-1234567
"""


def test_an_e_mails_signature_is_no_text_of_the_last_entry() -> None:
    r = parse_text(MAIL)
    assert [e.title for e in r.entries] == ["市政府召开常务会议", "全市秋粮收购工作启动"]
    assert r.entries[-1].text.rstrip().endswith("首日收购稻谷1.2万吨。")
    assert r.issue.meta.get("signature_lines") == [21, 22, 23, 24]  # (`--` and the three lines under it)


def test_a_reworded_title_wrapped_with_a_word_left_on_its_second_line() -> None:
    page = """政务信息
2024年第12期
某某市人民政府办公室　　　　　　2025年1月6日

目　　录

市领导督导元旦春节期间市场保供稳价工作……………1
冬春蔬菜储备投放启动………………………………………1
全市安全生产百日攻坚行动启动……………………………2

市领导督导元旦春节期间市场保供稳价工作
　　12月30日，副市长马某带队督导元旦春节期间市场保供稳价工作。

我市启动冬春“菜篮子”产品市级储
备投放
　　12月，市发展改革委分三批向市场投放冬春市级储备蔬菜1600吨。

全市安全生产百日攻坚行动启动
　　12月20日，全市安全生产百日攻坚行动动员部署会召开。
"""
    r = parse_text(page)
    assert [(e.title, e.toc_title) for e in r.entries][1] == ("我市启动冬春“菜篮子”产品市级储备投放", "冬春蔬菜储备投放启动")


# --- sets 137-139 ------------------------------------------------------------------------------------------

# a 舆情快报: its scope over the items, each item's labelled parts (`【处置情况】` alone over its steps), its
# number in the masthead's corner, `编审：` among its closing credits
YUQING = """内部资料　注意保存
                                                编号：QHWX-2024-11

舆  情  快  报

2024年第11期

中共青禾县委网络安全和信息化委员会办公室                    2024年11月8日

监测时段：2024年11月1日0时至11月7日24时
监测范围：微博、微信、抖音、本地论坛

一、本地热点舆情

1.网民反映城南小区停车位紧张

【舆情概要】11月2日，网民在本地论坛发帖称城南小区停车位紧张，引发跟帖200余条。

【处置情况】
Ø 11月3日，县住建局派员到小区核查，协调开放周边闲置场地；
Ø 街道社区召开业主协商会，收集意见15条。

【研判建议】该事件热度已回落，建议持续做好沟通解释工作。

2.短视频反映乡村公路破损

【舆情概要】11月5日，抖音用户发布视频反映东岭村公路破损，播放量超过5万次。

【处置情况】
§ 县交通运输局于11月6日组织修补，当日完工。

【研判建议】建议加强农村公路日常巡查。

（县委网信办网络舆情监测科　整理）

编审：方若水　　　　　　签发：严清和

报：县委、县政府主要领导
"""


def test_a_yuqing_bulletins_labelled_parts_stay_in_their_item() -> None:
    r = parse_text(YUQING)
    assert [(e.section, e.title) for e in r.entries] == [
        ("本地热点舆情", "网民反映城南小区停车位紧张"), ("本地热点舆情", "短视频反映乡村公路破损")]
    assert r.entries[0].text.rstrip().endswith("建议持续做好沟通解释工作。")
    assert r.entries[1].text.rstrip().endswith("建议加强农村公路日常巡查。")
    assert "签发" not in r.entries[1].text
    assert r.issue.meta.get("preface", "").startswith("监测时段")
    assert line_facts("编号：QHWX-2024-11") == {"doc_no": "QHWX-2024-11"}
    assert line_facts("编审：方若水　　　　签发：严清和") == {"reviewer": "方若水", "signer": "严清和"}


def test_a_commentarys_writer_under_its_heading_is_its_byline(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("""<html><body>
<h4>导　读</h4>
<p>▶ 全市夏播面积预计达186万亩　详见第2版</p>
<p>短评</p>
<h1>让“项目为王”落到一线</h1>
<p>□　苗若川</p>
<p>【发布时间：2024-05-21 07:28】　【字号：大 中 小】</p>
<p>项目是经济发展的“压舱石”。抓项目，贵在一个“实”字。</p>
<h1>城南新区污水管网改造完工</h1>
<p>【发布时间：2024-05-21 07:28】　【字号：大 中 小】</p>
<p>本报讯（记者　秦若水）5月20日，城南新区污水管网改造工程完工。</p>
</body></html>""", encoding="utf-8")
    r = parse_source(read_source(page), persons=False)
    assert [(e.title, e.byline) for e in r.entries] == [("让“项目为王”落到一线", "苗若川"), ("城南新区污水管网改造完工", "秦若水")]


def test_a_word_bullet_in_a_run_of_its_own_leaves_the_title_bold(tmp_path: Path) -> None:
    import docx

    d = docx.Document()

    def para(*runs: tuple[str, bool]) -> None:
        p = d.add_paragraph()
        for text, bold in runs:
            p.add_run(text).bold = bold

    para(("某市政务信息", True))
    para(("2024年第5期", False))
    para(("一、市领导活动", True))
    para(("◆某某调研春耕备耕工作", True))
    para(("3月6日，市委书记某某到某县调研春耕备耕工作。", False))
    para(("二、部门动态", True))
    para(("\uf0d8", False), ("市人社局启动春风行动", True))  # (a Wingdings bullet, its own run, not bold)
    para(("2月26日，市人社局举办春风行动首场招聘会。", False))
    para(("\uf0d8", False), ("市文旅局推出春季踏青线路", True))
    para(("近日，市文旅局推出12条春季踏青精品线路。", False))
    path = tmp_path / "d.docx"
    d.save(str(path))
    r = parse_source(read_source(path), persons=False)
    assert [(e.section, e.title) for e in r.entries] == [
        ("市领导活动", "某某调研春耕备耕工作"), ("部门动态", "市人社局启动春风行动"), ("部门动态", "市文旅局推出春季踏青线路")]


def test_the_evening_before_last_dates_a_report_from_the_papers_day() -> None:
    from digest.fields import parse_leading_date

    assert parse_leading_date("前晚11时许，某社区一名老人突发疾病。", 2016, 3, 22, posted=True)[0] == "2016-03-20"
    assert parse_leading_date("昨晚，某路发生一起交通事故。", 2016, 3, 22, posted=True)[0] == "2016-03-21"


def test_a_toc_page_an_ocr_read_as_a_letter_in_its_brackets() -> None:
    assert toc.page_line("县政府召开全县防汛抗旱工作会议…………………（l）") == ("县政府召开全县防汛抗旱工作会议", 1)
    assert toc.page_line("县卫生局加强流感防控工作……………………（lO）") == ("县卫生局加强流感防控工作", 10)


def test_a_posts_label_printed_as_a_picture_is_read_so_its_links_are_no_text(tmp_path: Path) -> None:
    page = tmp_path / "w.html"
    page.write_text("""<html><body><div id="js_content">
<p><strong>青石村：荷塘里采出“致富莲”</strong></p>
<p>6月15日，青石村200亩莲藕种植基地迎来首批莲蓬采摘。</p>
<p>（青石村　黄小禾）</p>
<p><strong>石燕村：返乡青年开起“电商小屋”</strong></p>
<p>近日，在石燕村村委会旁的一间“电商小屋”里，返乡青年正对着手机镜头推介土特产。</p>
<p>（石燕村　韦小川）</p>
<section><img src="x.png" alt="往期回顾"/></section>
<p><a href="http://example.cn/1">某镇村级动态（第22期）</a></p>
<p><a href="http://example.cn/2">某镇召开防汛工作部署会</a></p>
</div></body></html>""", encoding="utf-8")
    r = parse_source(read_source(page), persons=False)
    assert r.entries[-1].text.rstrip().endswith("推介土特产。")


# two articles side by side, a line of each on every line, as `pdftotext -layout` prints a two-column page
COLUMNS = """某湾报　　　　　　　　　　　　　　2024年5月21日　星期二

  第2版               综合新闻

本报讯（记者林一帆）5月18日，某湾              近日，某湾区首批6个“共享菜
区“百企千岗”春季招聘月活动在滨江              园”在桂香、临河等社区陆续开园。
广场启动，86家企业带来1900余个岗              菜园利用社区边角地块改造而成，
位，吸引求职者2300余人次到场。              划分为186块“微田”，认领给居民。
    记者在现场看到，不少展位前排起              记者在临河社区看到，一块块“微
了长队。区人社局局长潘某某介绍，              田”用木栅栏隔开，田边插着写有
招聘会还将在7个镇街巡回举办。              认领人姓名的小木牌。
"""


def test_two_columns_side_by_side_are_read_one_after_the_other() -> None:
    from digest.blocks import split_columns, to_blocks
    from digest.source import split_lines

    blocks = split_columns(to_blocks(split_lines(COLUMNS)))
    texts = [b.text.strip() for b in blocks]
    left = texts.index("本报讯（记者林一帆）5月18日，某湾")
    right = texts.index("近日，某湾区首批6个“共享菜")
    assert left < right and texts[right - 1] == "招聘会还将在7个镇街巡回举办。"
    assert [b.line for b in blocks][right] == 5  # (each part keeps its source line)
