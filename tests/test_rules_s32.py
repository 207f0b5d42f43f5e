"""Rules from session 32 (blind sets 214-231), each on text written here in our own words: every person,
place, paper and unit below is made up."""

from __future__ import annotations

from pathlib import Path

from conftest import page_persons, parse_text

from digest.blocks import to_blocks
from digest.chrome import find_chrome
from digest.fields import parse_leading_date, read_masthead
from digest.masthead import line_facts
from digest.model import Entry
from digest.parse import parse_source
from digest.persons import annotate
from digest.source import read_source
from digest.text import closing_tail, trailing_credit


def _page(tmp_path: Path, name: str, html: str):
    page = tmp_path / name
    page.write_text(html, encoding="utf-8")
    return parse_source(read_source(page), persons=False)


def _reasons(text: str) -> dict[int, str]:
    lines = text.split("\n")
    return find_chrome(to_blocks(lines)).lines


# --- web pages and posts -----------------------------------------------------------------------------------

# a township's WeChat post of one activity in parts, each under a bold emoji line; a photo's ▲ caption stands
# between the text of one part and the next part's line; the header prints no 原创
POST_OF_PARTS = """# 【学习园地】岩口乡开展“读党史·守初心”主题党日活动
岩口乡党委 2024年07月02日 18:40 贵州
点击蓝字关注我们
为庆祝建党103周年，深化党纪学习教育，6月28日上午，岩口乡党委组织机关党员40余人在乡文化广场开展主题党日活动。
**🚩 重温入党誓词**
在党旗下，乡党委书记罗正平领誓，全体党员举起右拳重温入党誓词，誓言铿锵。
▲全体党员重温入党誓词
**📖 老党员讲党课**
年过八旬的老党员杨德厚讲述了自己入党六十年的经历，勉励年轻党员守纪律、讲规矩。
▲老党员讲党课
**🤝 走访慰问**
活动结束后，党员们分组走访了6户困难群众，送去米面油等生活物资。
- END -
来源丨岩口乡党委
预览时标签不可点
"""


def test_a_post_in_parts_under_emoji_lines_a_caption_between_them_is_one_article() -> None:
    r = parse_text(POST_OF_PARTS, name="post.md")
    assert [e.title for e in r.entries] == ["【学习园地】岩口乡开展“读党史·守初心”主题党日活动"]
    e = r.entries[0]
    assert e.text.startswith("为庆祝建党103周年")  # (the header `某乡党委 2024年07月02日 18:40 贵州` is no text)
    assert e.date == "2024-06-28"  # (the day after its purpose clause)


def test_a_page_sidebar_after_its_related_links_is_no_record(tmp_path: Path) -> None:
    html = """<html><body><h1>沙坪县召开春耕生产推进会</h1>
<p>发布时间：2024-03-05 09:10 来源：沙坪县融媒体中心</p>
<p>图为推进会现场。</p>
<p>3月4日，沙坪县召开春耕生产推进会，部署全县春耕备耕工作。县长覃志明出席会议并讲话。</p>
<p>会议要求，各乡镇要抓好种子、化肥等农资储备，确保不误农时。</p>
<h2>相关链接</h2><p>沙坪县召开农村工作会议 2024-02-20</p><p>沙坪县部署冬春水利建设 2024-01-15</p>
<h2>热点关注</h2><p>沙坪县2024年春季征兵公告</p><p>关于城乡居民医保缴费的温馨提示</p>
<h2>图片新闻</h2><p>油菜花开满山坡</p>
</body></html>"""
    r = _page(tmp_path, "article.html", html)
    assert [e.title for e in r.entries] == ["沙坪县召开春耕生产推进会"]
    assert r.entries[0].text.startswith("3月4日")  # (a `图为…` line over the first paragraph: the photo's caption)



def test_a_meetings_points_run_in_bold_are_lines_of_its_text(tmp_path: Path) -> None:
    html = """<html><body><h1>石门乡召开秋冬季防火工作会议</h1>
<p>发布时间：2024-10-09 11:20 来源：石门乡党政办</p>
<p>10月8日，石门乡召开秋冬季防火工作会议，部署当前防火工作。乡党委书记骆一帆出席会议并讲话。</p>
<p><strong>一要压紧各村防火责任。</strong>村干部分片包干，护林员每天巡山，确保责任到人。</p>
<p><strong>二要管住进山路口火源。</strong>各路口设置检查点，严禁携带火种进山。</p>
<p><strong>三要备足扑火物资装备。</strong>各村备齐风力灭火机和水袋，随时能拉得出、用得上。</p>
</body></html>"""
    r = _page(tmp_path, "meeting.html", html)  # (`一要…。` in bold: a point of the speech, no item's title)
    assert [e.title for e in r.entries] == ["石门乡召开秋冬季防火工作会议"]
    assert r.entries[0].text.rstrip().endswith("用得上。")

def test_a_headline_printed_again_in_bold_over_its_text_is_one_record(tmp_path: Path) -> None:
    html = """<html><body><h1>《柳江县临时救助实施办法》政策解读</h1>
<p>发布时间：2024-04-02 10:00 来源：柳江县民政局</p>
<p><strong>《柳江县临时救助</strong></p><p><strong>实施办法》政策解读</strong></p>
<p>近日，县民政局印发《柳江县临时救助实施办法》。现就有关内容解读如下。</p>
<p><strong>一、哪些人可以申请临时救助？</strong></p>
<p>因火灾、交通事故等意外事件导致基本生活暂时出现严重困难的家庭，可以申请临时救助。</p>
<p>解读机关：柳江县民政局</p><p>解读人：司徒明远 联系电话：0771-5551234</p>
</body></html>"""
    r = _page(tmp_path, "jiedu.html", html)
    assert [e.title for e in r.entries] == ["《柳江县临时救助实施办法》政策解读"]
    assert r.entries[0].text.rstrip().endswith("可以申请临时救助。")  # (the 解读人's credit and number: no text)


def test_a_notice_signed_under_a_numbered_attachment_list_is_dated_by_its_signature(tmp_path: Path) -> None:
    html = """<html><body><h1>桐安县交通运输局关于第二批农村客运招呼站选址的公告</h1>
<p>发布日期：2024-06-12 16:00 信息来源：县交通运输局</p>
<p>根据全县农村客运发展规划，现将第二批农村客运招呼站选址情况公告如下。</p>
<p>一、公告期限</p><p>2024年6月13日至6月19日。</p>
<p>联系人：龚立新 庹晓梅</p><p>特此公告。</p>
<p>附件：1.第二批招呼站选址汇总表</p><p>2.选址意见反馈表</p>
<p>桐安县交通运输局</p><p>2024年6月11日</p>
<p>附件下载：</p><p>附件1.第二批招呼站选址汇总表.xlsx</p><p>附件2.选址意见反馈表.docx</p>
</body></html>"""
    page = tmp_path / "notice.html"
    page.write_text(html, encoding="utf-8")
    r = parse_source(read_source(page), persons=True)
    e = r.entries[0]
    assert e.date == "2024-06-11"  # (its signature's day, not the period a later paragraph names)
    assert e.text.rstrip().endswith("2.选址意见反馈表")  # (the signature and the download list are no text)
    assert {"龚立新", "庹晓梅"} <= set(e.persons)  # (the label's names kept a space apart)


def test_a_paragraph_a_br_broke_at_every_line_is_one_paragraph_again(tmp_path: Path) -> None:
    html = """<html><body><h1>县人社局开展春风行动招聘会</h1><p>发布时间：2024-02-20 来源：县人社局</p>
<p>2月19日，县人社局在县体育馆举办春风行动<br>专场招聘会，全县86家企业提供就业岗位2<br>300余个，吸引了1800余名求职者入场洽谈<br>，现场初步达成就业意向560人。</p>
</body></html>"""
    page = tmp_path / "br.html"
    page.write_text(html, encoding="utf-8")
    assert "春风行动专场招聘会，全县86家企业提供就业岗位2300余个，吸引了" in read_source(page).text  # (one line again)


def test_a_short_table_cell_holding_one_paragraph_stays_on_its_row(tmp_path: Path) -> None:
    html = """<html><body><h1>县农业农村局工作简报</h1><p>2月1日，全县冬季农业开发进度如下表。</p>
<table><tr><td><p><b>乡镇</b></p></td><td><p><b>计划（亩）</b></p></td><td><p><b>完成（亩）</b></p></td></tr>
<tr><td><p>青石乡</p></td><td><p>5200</p></td><td><p>4860</p></td></tr></table>
<p>县农业农村局要求各乡镇加快进度。</p></body></html>"""
    page = tmp_path / "cells.html"
    page.write_text(html, encoding="utf-8")
    text = read_source(page).text
    assert "乡镇  计划（亩）  完成（亩）" in text.replace("**", "") and "青石乡  5200  4860" in text


# an app's copy of an article, as a user copies it from a phone: tabs, the headline over the newsroom and
# its stamp, the video player's lines, related news with their days, the readers' comments
APP_COPY = """掌上青川
首页  时政  民生  乡镇  视频  直播
冉志刚在督导安全生产工作时强调
压实责任链条 守牢安全底线
青川县融媒体中心
2024-05-08 09:12  阅读 3021
视频时长 01:45
00:00 / 01:45
5月7日，县委书记冉志刚带队到青川工业园区督导安全生产工作，强调要压实企业主体责任。
县领导詹文博参加督导。
剪辑：聂晓婉
相关新闻
冉志刚主持召开县委常委会会议
2024-05-06
青川县部署汛期地质灾害防治工作
2024-05-02
评论 3
山城小李
安全第一，点赞
2小时前  ♡ 12
"""


def test_an_app_copy_of_an_article_is_its_headline_and_text() -> None:
    r = parse_text(APP_COPY, name="app.txt")
    assert [(e.kicker, e.title) for e in r.entries] == [("冉志刚在督导安全生产工作时强调", "压实责任链条 守牢安全底线")]
    e = r.entries[0]
    assert e.text.rstrip().endswith("县领导詹文博参加督导。")  # (no related news, no comments, no editor)
    assert "聂晓婉" in (e.byline or "")  # (剪辑: one of its makers)


def test_a_wechat_round_up_of_emoji_items_under_numbered_parts() -> None:
    text = """# 石门一周｜春暖石门，要闻速览（3.4-3.10）
石门镇融媒体工作站 2024-03-11 08:30 发表于湖南
点击上方蓝字“石门发布”关注我们
新的一周，石门镇各项工作有序推进，一起来看！
**01**
**党建·治理**
🔴 镇党委召开理论学习中心组学习会
3月5日，镇党委召开理论学习中心组学习会，传达学习全国两会精神。
🔥 春季森林防火 镇村联动巡查
3月6日至7日，镇应急办组织开展春季森林防火巡查，排查隐患12处。
**02**
**产业·民生**
🌱 茶园村：春茶开采促增收
近日，茶园村300亩生态茶园开采，村民在家门口务工增收。
📢 这些补贴开始发放啦！
本周，镇财政所陆续发放耕地地力保护补贴。
- END -
"""
    r = parse_text(text, name="week.md")
    assert [(e.section, e.title) for e in r.entries] == [
        ("党建·治理", "镇党委召开理论学习中心组学习会"), ("党建·治理", "春季森林防火 镇村联动巡查"),
        ("产业·民生", "茶园村：春茶开采促增收"), ("产业·民生", "这些补贴开始发放啦！")]


def test_a_q_and_a_post_of_numbered_questions_makes_each_an_item() -> None:
    text = """# 城乡居民养老保险缴费，这些问题请收好
青山镇便民服务中心 2024年9月2日 17:20 四川
点击蓝字 关注我们
PART 01
**缴费篇**
Q12025年度养老保险什么时候缴费？
A：集中缴费期为2024年9月1日至12月31日。
Q2缴费档次有哪些？
A：个人缴费标准设200元至3000元共12个档次。
PART 02
**待遇篇**
Q3什么时候可以领取养老金？
A：年满60周岁、累计缴费满15年的，可以按月领取。
"""
    r = parse_text(text, name="qa.md")
    assert [(e.section, e.title) for e in r.entries if e.kind == "article"][-3:] == [
        ("缴费篇", "2025年度养老保险什么时候缴费？"), ("缴费篇", "缴费档次有哪些？"), ("待遇篇", "什么时候可以领取养老金？")]


# --- digests and 简报 ---------------------------------------------------------------------------------------

def test_numbered_items_run_on_past_an_item_read_as_kicker_and_title() -> None:
    text = """政协信息
2015年第2期

【重要会议】

1.县政协召开主席会议
2月4日，县政协主席杨正清主持召开主席会议，研究部署全年工作。

2.杨正清在调研乡村旅游工作时强调
以特色产业为抓手 推动乡村旅游提质
2月10日，县政协主席杨正清带队调研乡村旅游工作。

3.县政协召开机关作风建设会议
2月12日，县政协召开机关作风建设会议。

【社情民意】

1.关于规范农村集贸市场管理的建议
近年来，一些农村集贸市场占道经营问题突出。
1.加强统一规划。由商务部门牵头划定经营区域。
2.完善配套设施。统一设置垃圾收集点。
3.落实长效监管。推行摊主门前三包责任制。
（县政协委员　龙海燕　反映）
"""
    r = parse_text(text)
    assert [(e.kicker, e.title) for e in r.entries] == [
        (None, "县政协召开主席会议"), ("杨正清在调研乡村旅游工作时强调", "以特色产业为抓手 推动乡村旅游提质"),
        (None, "县政协召开机关作风建设会议"), (None, "关于规范农村集贸市场管理的建议")]
    assert r.entries[-1].text.rstrip().endswith("推行摊主门前三包责任制。")  # (its proposer: a credit)


def test_a_month_chronicle_under_one_headline_dates_its_days_in_its_month() -> None:
    text = """# 2023年5月青溪区大事记
（2023年5月1日—5月31日）
**4日上午** ，区委常委会召开2023年第9次会议，研究部署安全生产工作。
同日下午，全区招商引资推进会召开。
**9日** ，区人大常委会召开第十次会议。
上旬，区统计局发布一季度经济运行情况。
**18日至19日** ，区委书记谭立新带队赴外地考察学习。
（区委党史研究室　整理）
"""
    r = parse_text(text, name="dsj.md")
    assert [e.date for e in r.entries] == ["2023-05-04", "2023-05-04", "2023-05-09", "2023-05", "2023-05-18"]


def test_a_year_last_issue_printed_in_the_next_year_reads_its_events_against_that_day() -> None:
    facts = read_masthead(["汾川政务信息", "2022年第4期（季刊）", "汾川县人民政府办公室编　　2023年1月6日"])
    assert facts["year"] == 2022 and facts["printed"] == (2023, 1, 6)


def test_a_toc_title_wrapped_inside_a_book_title_and_a_speech_over_its_subtitle() -> None:
    text = """人大工作简报
第3期
目　录
县人大常委会开展《中华人民共和国村民委员会组织法》执法检查……1
王建华在县第十八届人民代表大会常务委员会第二十次会议上的讲话……2

县人大常委会开展《中华人民共和国
村民委员会组织法》执法检查
4月8日至12日，县人大常委会执法检查组对全县贯彻实施村民委员会组织法情况开展执法检查。
（鲁　明　钟晓文）

## 凝心聚力抓落实
## 奋力开创新局面
——在县第十八届人民代表大会常务委员会第二十次会议上的讲话
王建华
（2024年4月19日）
同志们：今年是实施十四五规划的关键一年。
"""
    r = parse_text(text, name="rd.md")
    assert [e.title for e in r.entries] == ["县人大常委会开展《中华人民共和国村民委员会组织法》执法检查", "凝心聚力抓落实奋力开创新局面"]
    first, speech = r.entries
    assert first.byline == "鲁明、钟晓文" and not first.text.rstrip().endswith("）")
    assert speech.byline == "王建华" and speech.date == "2024-04-19" and speech.text.startswith("同志们")


def test_a_report_cases_under_their_labels_and_their_appended_section() -> None:
    text = """信息专报
第3期

全县推进撂荒地整治
今年以来，全县累计复耕撂荒地5000亩，并形成了村集体流转、合作社经营等做法。

附：典型案例

案例一　青岗村：“村集体+合作社”复耕撂荒地
今年初，青岗村党支部带领村“两委”逐户上门，流转撂荒地300亩种植马铃薯。
（青岗镇人民政府）

案例二　石板镇：引进业主发展订单荞麦
4月，石板镇引进返乡创业人员创办农业公司，流转土地500亩发展订单荞麦种植。
"""
    r = parse_text(text)
    assert [(e.section, e.title) for e in r.entries][-2:] == [
        ("典型案例", "青岗村：“村集体+合作社”复耕撂荒地"), ("典型案例", "石板镇：引进业主发展订单荞麦")]


def test_a_column_label_in_bold_over_a_plain_title() -> None:
    text = """**工作动态**
青松乡召开2024年度领导班子民主生活会
12月27日，青松乡党委召开2024年度领导班子民主生活会，乡党委书记陶立新主持会议并作对照检查。
**平安建设**
青松乡开展岁末年初安全生产大检查
12月30日至31日，青松乡组成检查组，对全乡重点行业领域开展安全生产大检查。
"""
    r = parse_text(text, name="jb.md")
    assert [(e.section, e.title) for e in r.entries] == [
        ("工作动态", "青松乡召开2024年度领导班子民主生活会"), ("平安建设", "青松乡开展岁末年初安全生产大检查")]


# --- newspaper pages ---------------------------------------------------------------------------------------

def test_a_feature_under_a_letter_spaced_reporter_keeps_its_time_stamped_parts() -> None:
    text = """走近城市守夜人③
凌晨四点的菜市场
——跟随一位批发商度过一个夜晚
本报记者  澹 台 玥  文/图
　　晚上十点，城北农产品批发市场
的灯陆续亮了起来。批发商龙德顺
把三轮车停在摊位前，开始卸货。
3月10日晚，记者跟着他度过了一
整个夜晚。
■23:30 第一车菜到了
　　一辆从外省开来的冷链车停在
市场门口，龙德顺和工人们一箱一
箱把蔬菜搬下来。
■02:10 最忙的时候
　　凌晨两点，市场里人声鼎沸，
附近餐馆的采购员陆续赶来。
"""
    r = parse_text(text)
    assert [(e.kicker, e.title) for e in r.entries] == [("走近城市守夜人③", "凌晨四点的菜市场")]


def test_a_commentary_writer_whose_surname_stands_a_space_from_his_name() -> None:
    text = """青河微评
小修小补也是大民生
□ 郗 明远
　　老旧小区改造完工是好事，可新装的路灯、新铺的路面坏了有没有人管，居民心里犯嘀咕。把日常维护落到具体单位、具体人头上，改造的成果才能留得住。
"""
    r = parse_text(text)
    assert [e.title for e in r.entries] == ["小修小补也是大民生"]


def test_a_front_page_masthead_of_a_letter_spaced_name_and_its_pinyin() -> None:
    assert line_facts("01  要闻                    青 江 交 通 报") == {"page": 1, "page_name": "要闻", "name": "青江交通报"}
    assert line_facts("QINGJIANG  JIAOTONG  BAO") == {"name_pinyin": "QINGJIANG  JIAOTONG  BAO"}
    assert line_facts("FAZHI ZHOUKAN") is None  # (a 周刊's running head inside a page: no paper's name)
    facts = line_facts("农历甲辰年三月初一    国内统一连续出版物号 CN 68-0021  邮发代号 67-22    今日8版")
    assert facts is not None and facts["postal_code"] == "67-22"
    facts = line_facts("2024年4月9日  星期二      省交通运输厅主管   青江交通报社主办      第30期（总第1700期）")
    assert facts is not None and facts["governing_body"] == "省交通运输厅"
    assert line_facts("第3版　人物　　　责任编辑：霍　岩　　版式：唐小菲")["page_editor"] == "霍岩"


def test_an_epaper_head_with_its_buttons_before_the_day() -> None:
    facts = line_facts("青川网首页 | 今日头版 | | 青川日报 | PDF下载  2023年08月15日 星期二 农历癸卯年六月廿九")
    assert facts is not None and facts["date"] == "2023-08-15" and facts["name"] == "青川日报"


def test_a_notice_with_its_day_under_its_title_and_the_list_it_names() -> None:
    text = """我县召开乡村振兴工作总结表彰大会
　　本报讯（记者 俄底日哈）1月23日，我县召开2023年度乡村振兴工作总结表彰大会。县委书记阿硕木果出席会议并讲话。

中共青山县委　青山县人民政府
关于表彰2023年度乡村振兴工作先进集体
和先进个人的决定
（2024年1月20日）
各乡镇党委、人民政府，县委各部委：
　　2023年，全县乡村振兴工作取得明显成效。县委、县政府决定，对先进集体和先进个人予以表彰。

2023年度全县乡村振兴工作
先进集体和先进个人名单

一、先进集体
马鞍镇人民政府　　　县农业农村局
"""
    r = parse_text(text)
    assert [e.title for e in r.entries][1:] == ["关于表彰2023年度乡村振兴工作先进集体和先进个人的决定"]
    assert r.entries[1].date == "2024-01-20" and "马鞍镇人民政府" in r.entries[1].text


def test_a_poet_signed_by_a_pen_name_after_a_square() -> None:
    text = """乡间书
□ 禾子
　　田埂是父亲写在大地上的旧体字，弯弯曲曲，却从不写错。春天他弯腰点种，秋天他弯腰捡回句号。
"""
    r = parse_text(text)
    assert [e.title for e in r.entries] == ["乡间书"]


def test_a_headline_deck_of_figures_under_a_kicker_and_a_title_over_two_lines() -> None:
    text = """晒丰收成果 促产销对接
第三届青田县农产品
博览会圆满落幕
三天吸引客商游客8万人次，现场成交额1.2亿元
本报记者 龙雨晴

　　9月22日至24日，第三届青田县农产品博览会在县农耕文化广场举办，吸引全县14个乡镇参展。
"""
    r = parse_text(text)
    e = r.entries[0]
    assert (e.kicker, e.title) == ("晒丰收成果 促产销对接", "第三届青田县农产品博览会圆满落幕")
    assert e.subtitle == "三天吸引客商游客8万人次，现场成交额1.2亿元"


def test_an_old_paper_typed_from_a_scan() -> None:
    from digest.chrome import chrome_reason
    assert chrome_reason("录入说明：本文据《青岭电力报》扫描件录入。") == "export"
    assert chrome_reason("主办：青岭电力有限责任公司　　2011年1月7日　星期五　　第1期") is None  # (the masthead's line)
    assert chrome_reason("主办单位：青岭县人民政府办公室") == "site-owner"
    assert parse_leading_date("元月5日，局里召开年度总结大会", 2011, 1, 7, posted=True)[0] == "2011-01-05"


# --- dates ---------------------------------------------------------------------------------------------

def test_a_day_after_a_purpose_clause_a_quote_or_a_meeting_held_on_it() -> None:
    from digest.fields import after_opening_quote, held_on_date, purpose_clause_date

    assert purpose_clause_date("为迎接建党103周年，推动党纪学习教育走深走实，6月26日上午，某乡党委组织党员…", 2024, 6)[0] \
        == "2024-06-26"
    assert purpose_clause_date("近日，为迎接…，6月26日上午，…", 2024, 6) == (None, None)
    assert after_opening_quote("“谢谢大家！”7月15日晚，在青年客栈里…") == "7月15日晚，在青年客栈里…"
    assert held_on_date("中国共产党青溪市第八届委员会第九次全体会议于2024年12月30日至31日召开。", 2025, 1) \
        == ("2024-12-30", "2024-12-31")


# --- credits -------------------------------------------------------------------------------------------

def test_credits_of_a_proposer_and_of_an_official_with_a_number() -> None:
    assert trailing_credit("…尽快解决。（县政协委员　龙海燕　反映）")[1] == [("contributor", "反映", "县政协委员　龙海燕")]
    assert trailing_credit("（提案者：訾红梅　仝晓光）")[1] == [("contributor", "提案者", "訾红梅　仝晓光")]
    assert closing_tail("解读人：司徒明远 联系电话：0771-5551234") is not None


# --- persons -------------------------------------------------------------------------------------------

def test_persons_zhuang_surnames_a_turkic_name_and_parallel_phrases() -> None:
    assert page_persons("镇党委书记磨秋生现场点评演练情况。") == ["磨秋生"]
    assert page_persons("副主任黄振林、闭秀珍出席会议。") == ["黄振林", "闭秀珍"]
    assert page_persons("来自新疆的游客阿迪力·吐尔洪当场弹起了都塔尔。") == ["阿迪力·吐尔洪"]
    assert page_persons("（三）强化保障，确保“种得下、管得好”。防止“边整治、边撂荒”。") == []


def test_persons_of_a_list_printed_unit_first() -> None:
    rows = "\n".join(["马鞍镇人民政府　　　　杨　帆　　县农业农村局　　　　苏　曼",
                      "觉莫乡人民政府　　　　阿苏拉哈　　新桥镇人民政府　　　　龙小英",
                      "县财政局　　　　冉　涛　　县水务局　　　　谌　亮"])
    e = Entry(title="先进个人名单", text=rows)
    from digest.parse import WEAK_FLOOR
    annotate([e], weak=WEAK_FLOOR, clauses=True)
    assert {"杨帆", "苏曼", "龙小英", "冉涛", "谌亮"} <= set(e.persons)


# --- headlines wrapped over two lines (round 29) -------------------------------------------------------

def test_a_headline_wrapped_before_its_figure_or_inside_a_word_is_one_title() -> None:
    from digest.newspaper import _wrapped
    assert _wrapped("去年全区新增农村公路", "386公里")  # (a figure and its unit alone: the title's end)
    assert _wrapped("全镇春季林业有害生物", "防治工作启动")  # (生物防治, a word the wrap cut)
    assert not _wrapped("今年前十个月全市外贸进出口总额", "3 2 6 . 4 亿元")  # (a figure letter-spaced: set apart)
    assert not _wrapped("某某在调研乡村振兴工作时强调", "抓好冬季农业生产")  # (a kicker and its title)


def test_a_toc_without_pages_never_runs_a_long_item_on_into_the_next_numbered_one() -> None:
    doc = "\n".join([
        "督查专报", "2024年第3期", "县委督查室　　　　2024年3月20日", "", "目　录", "",
        "一、重点督查",
        "　　（一）春耕备耕督查情况",
        "　　（二）关于城东片区污水管网改造进度滞后问题的跟踪督办情况",
        "二、民生实事",
        "　　（一）县级民生实事二月推进情况",
        "", "一、重点督查", "",
        "（一）\t春耕备耕督查情况",
        "　　3月5日，县委督查室对各乡镇春耕备耕工作开展督查，各地农资储备充足。",
        "", "（二）\t关于城东片区污水管网改造进度滞后问题的跟踪督办情况",
        "　　3月8日，县委督查室对城东片区污水管网改造项目进行跟踪督办，已完成管网铺设六成。",
        "", "二、民生实事", "",
        "（一）\t2024年县级民生实事二月推进情况",
        "　　截至2月29日，县级民生实事已启动7件，完成年度投资0.8亿元。", ""])
    r = parse_text(doc, name="dc.txt")
    assert [(e.section, e.title) for e in r.entries] == [  # (`（一）…` over a `（二）…` item: the first item, no
        ("重点督查", "春耕备耕督查情况"),                        # subsection over them)
        ("重点督查", "关于城东片区污水管网改造进度滞后问题的跟踪督办情况"), ("民生实事", "2024年县级民生实事二月推进情况")]


def test_a_column_of_bulleted_briefs_in_narrow_lines_of_uneven_width_is_a_paragraph_each() -> None:
    from digest.newspaper import _bulleted_runs
    lines = ["简 讯",
             "● 3月2日，县妇联在",          # 1
             "文化广场举办",                # 2 (a line shorter than the column: no paragraph's end)
             "“巾帼心向党”主题活",          # 3
             "动，发放资料800余份。",        # 4
             "● 日前，县第二中学学生",       # 5
             "蒯一鸣在省青少年科技",          # 6
             "创新大赛中获一等奖。",          # 7
             "●",                           # 8 (the mark alone over its brief)
             "3月5日，县图书馆新增",          # 9
             "图书2000册。",                 # 10
             "（本栏由某某整理）",            # 11 (a credit after a sentence's end: no brief's)
             "", "■ 修一条路",               # 13 (a feature's subhead: no clause, no brief)
             "老周在村里修了三年路。"]
    assert _bulleted_runs(to_blocks(lines), set()) == {2, 3, 4, 6, 7, 9, 10}


def test_an_untitled_brief_opening_with_its_day_is_titled_by_its_whole_first_sentence() -> None:
    from digest.newspaper import _brief_title
    lead = "12月3日，县图书馆联合县老年大学在城南社区举办智能手机使用培训班，帮助60余名老人学会线上挂号和缴费。此外…"
    assert _brief_title(lead) == "12月3日，县图书馆联合县老年大学在城南社区举办智能手机使用培训班，帮助60余名老人学会线上挂号和缴费"
    lead = "县委常委会召开扩大会议，传达学习省委十三届五次全会和省委经济工作会议精神，研究我县贯彻落实意见，部署一季度重点工作。"
    assert _brief_title(lead) == "县委常委会召开扩大会议"  # (a 导读's item run on into its summary: its first clauses)
    lead = "3月14日至16日，市委副书记某某带队督导全市森林防火工作，察看了三个林区的防火检查站，要求压实各级责任。"
    assert _brief_title(lead, whole=False) == "3月14日至16日，市委副书记某某带队督导全市森林防火工作"  # (a meeting's
    # summary field: its first clauses, a date alone none)


# --- round 30 ------------------------------------------------------------------------------------------

def test_a_hard_wrapped_briefing_of_numbered_headings_with_no_indent_keeps_each_heading_apart() -> None:
    from digest.newspaper import _outline_heading, _over_outline_text
    lines = ["一、县农业农村局召开秋粮收购工作调度会",       # 0
             "9月12日上午，县农业农村局召开秋粮收购工作调度会，研究部署",
             "今年秋粮收购工作。",
             "二、县农业农村局举办2024年高素质农民培育和农村实用人才",  # 3 (wrapped: its rest under it)
             "培训班",                                        # 4
             "9月18日至20日，县农业农村局在县委党校举办培训班。"]
    body = to_blocks(lines)
    assert _outline_heading(body, 0) and _over_outline_text(body, 0)
    assert _outline_heading(body, 3) and not _over_outline_text(body, 3)  # (`培训班`: the title's rest)
    assert not _outline_heading(body, 2)


def test_a_briefings_work_column_of_sentence_titled_items_opening_any_news_way() -> None:
    text = "\n\n".join([
        "　　　　　　　　工 作 动 态",
        "　　区领导开展节前集中接访。12月28日，区委副书记巫振华在区信访接待中心接待来访群众6批。",
        "　　网上信访成为群众主渠道。据统计，今年全区网上信访占信访总量的71.2%，同比提高5个百分点。",
        "　　城西街道调解中心挂牌运行。近日，城西街道矛盾纠纷调处化解中心正式挂牌。"])
    r = parse_text(text, name="jb.txt")  # (`工作动态`: the items' column; `据统计，…`, `近日，…` open as news does)
    assert [(e.section, e.title) for e in r.entries] == [
        ("工作动态", "区领导开展节前集中接访"), ("工作动态", "网上信访成为群众主渠道"), ("工作动态", "城西街道调解中心挂牌运行")]


def test_a_digests_items_framing_their_unit_after_the_title_keep_it_out_of_title_and_text() -> None:
    doc = "\n".join([
        "政务信息", "2019年第3期", "某某县人民政府办公室编　　　　2019年3月15日", "", "本期目录", "",
        "【动　态】",
        "1．县政府召开第五次常务会议……………………………………1",
        "2．“四好农村路”养护工作全面铺开………………………………1",
        "【简　讯】",
        "3．石门乡完成春季造林任务……………………………………2", "",
        "【动　态】", "",
        "县政府召开第五次常务会议【县政府办】",
        "　　3月12日，县长覃振林主持召开县政府第五次常务会议，研究春耕生产工作。",
        "",
        "县交通运输局：“四好农村路”养护工作全面铺开【县交通运输局　甘若曦】",
        "　　3月上旬，县交通运输局组织养护队伍对全县农村公路开展集中养护。",
        "", "【简　讯】", "",
        "■石门乡完成春季造林任务【石门乡】　3月10日，石门乡完成春季造林1200亩。", ""])
    r = parse_text(doc, name="zw.txt")
    assert [e.title for e in r.entries] == [
        "县政府召开第五次常务会议", "县交通运输局：“四好农村路”养护工作全面铺开", "石门乡完成春季造林任务"]
    assert [e.text[:2] for e in r.entries] == ["3月", "3月", "3月"]  # (the unit no text of theirs)
    assert r.entries[1].byline == "甘若曦"


def test_an_epaper_article_view_with_bracketed_fields_and_bold_parts_is_one_article(tmp_path: Path) -> None:
    assert _reasons("【日期】2015-03-02 【版次】第05版：民生 【作者】乜一帆 【字号】") == {0: "item-meta"}
    html = """<html><body><p>青岙日报 2015年3月2日 星期一 今日头版 | 往期查阅</p>
<p>春耕一线</p><p><b>石门村的三件新事</b></p><p>——青岙县石门村春耕见闻</p>
<p>【日期】2015-03-02 【版次】第05版：民生 【作者】乜一帆 【字号】</p>
<p>3月1日，记者来到石门村，村民们正忙着育秧。</p>
<p><b>新机器：插秧不再弯腰</b></p><p>村里今年添了三台插秧机，合作社统一作业。</p>
<p><b>新种子：亩产多了两成</b></p><p>农技站推荐的新品种去年试种，亩产提高两成。</p>
<p><b>新门路：稻田里养起了鱼</b></p><p>几户村民试着稻田养鱼，一亩多收八百元。</p>
<p>上一篇：没有了 下一篇：全县春耕备耕有序推进</p></body></html>"""
    r = _page(tmp_path, "view.html", html)  # (its bold subheads parts of it, none opening as news does)
    assert [e.title for e in r.entries] == ["石门村的三件新事"]
    assert r.entries[0].text.rstrip().endswith("一亩多收八百元。")
