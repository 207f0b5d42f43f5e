"""Rules from session 27 (blind sets 140-148 and the pages left over from session 26), each on text written
here in our own words: every person, place and paper below is made up."""

from __future__ import annotations

from pathlib import Path

from digest.blocks import split_columns, to_blocks
from digest.parse import parse_source
from digest.source import read_source, split_lines

# two columns side by side as `pdftotext -layout` sets them, the right column at one display column on every
# line: a left paragraph's last line is short, so its gap is wide
ALIGNED = """本报讯（记者林一帆）5月18日，某湾      近日，某湾区首批6个“共享菜
区“百企千岗”春季招聘月活动在滨江      园”在桂香、临河等社区陆续开园。
广场启动，86家企业带来1900余个岗      菜园利用社区边角地块改造而成，
位，吸引求职者2300余人次到场。        划分为186块“微田”，认领给居民。
都在现场。                            记者在临河社区看到，一块块“微
    记者在现场看到，不少展位前排      田”用木栅栏隔开，田边插着写有
起了长队。招聘会还将巡回举办。        认领人姓名的小木牌。
"""


def test_a_short_left_line_of_two_columns_is_split_at_the_columns_gap_too() -> None:
    texts = [b.text.strip() for b in split_columns(to_blocks(split_lines(ALIGNED)))]
    assert "都在现场。" in texts  # (read as a line of two parts, not a line of the left column's own)
    assert texts.index("都在现场。") < texts.index("近日，某湾区首批6个“共享菜")
    assert texts[-1] == "认领人姓名的小木牌。"


# a county's digest with no 目录 as a web mail client shows it, saved from the browser: the client's folder
# path and buttons, the header a field a line (no line ends a sentence, so a wrap reader would run them
# together), the sender's note, a rule and the client's note over the attachment's preview; a wrapped 送 line
def _wrapped(paragraph: str, width: int = 30) -> str:
    """A paragraph as a converter wraps it: an indent of two full-width spaces, then lines of `width` characters."""
    text = "\u3000\u3000" + paragraph
    return "\n".join(text[k:k + width] for k in range(0, len(text), width))


ITEMS = [
    ("一、全县春季植树活动启动",
     ["4月3日，县委书记程远山带领县直机关干部到东岭林场参加义务植树，当天共栽下侧柏、香樟等苗木3000余株。",
      "程远山要求，各乡镇要抓住春季有利时机，科学规划造林地块，确保按时完成年度造林任务。"]),
    ("二、县人社局举办春风行动专场招聘会",
     ["4月5日，县人社局在县城文化广场举办春风行动专场招聘会，62家企业提供岗位1400余个。",
      "招聘会现场设置政策咨询台，为求职者解答社保、创业贷款等问题，现场达成就业意向320人。"]),
    ("三、石桥乡推进农村公路提档升级",
     ["今年以来，石桥乡投入资金860万元，对12条通村公路进行拓宽改造，惠及群众1.2万人。",
      "该乡还建立了路长制，由村干部担任路长，负责日常巡查和养护，确保道路畅通安全。"]),
]
MAILED = """收件箱 > 石溪政务信息（第12期）
返回　回复　回复全部　转发　删除　举报
主　题：石溪政务信息（第12期）
发件人：县政府办信息科<xxk@shixi.example>
收件人：各乡镇政府办；县直各单位
时　间：2023年4月6日（星期四）上午9:30
附　件：1 个（石溪政务信息第12期.doc）

各位信息员：
　　现将第12期政务信息发给你们，请查收。

--------------------------------------------------
附件预览：石溪政务信息第12期.doc
--------------------------------------------------

政　务　信　息

第12期

石溪县人民政府办公室　　　　　　　　　　2023年4月6日

""" + "\n\n".join(t + "\n" + "\n".join(_wrapped(p) for p in ps) for t, ps in ITEMS) + """
（石桥乡人民政府）

──────────────────────────────
报：市政府办公室，县委、县人大常委会、县政协主要领导。
送：县委办公室，县人大常委会办公室，县政协办公室，各乡镇人民
　　政府，县直各单位。
──────────────────────────────
审核：钟某　　　编辑：唐某　　　（共印60份）

邮件已保存到“已发送”　|　上一封　下一封　|　返回收件箱
"""


def test_a_digest_mailed_from_a_web_client_reads_without_the_mails_lines() -> None:
    from conftest import parse_text

    r = parse_text(MAILED)
    assert [e.title for e in r.entries] == ["全县春季植树活动启动", "县人社局举办春风行动专场招聘会", "石桥乡推进农村公路提档升级"]
    assert r.entries[-1].text.rstrip().endswith("确保道路畅通安全。")
    assert r.entries[0].date == "2023-04-03"


# --- digests -----------------------------------------------------------------------------------------------

# a 专报 with one long report, then a column of briefs under its label, each titled by its first sentence and
# its text going on after it on the line, opening with the day
SPECIAL_REPORT = """信 息 专 报

第8期

中共某区委办公室　　　　　　　　2024年11月20日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

某区以“院落议事会”破解老旧小区治理难题

　　今年以来，区委坚持以党建引领基层治理，在全区推行“院落议事会”机制，累计协商解决各类问题860余件。

【基层动态】

　　东门街道开展“院坝夜谈”收集民情。11月12日晚，东门街道在辖区8个老旧小区同步开展“院坝夜谈”活动，现场收集诉求36条。
　　西湖街道引入律师调解物业纠纷。11月8日至9日，西湖街道联合区司法局开设“物业纠纷周末门诊”，两天共调处纠纷17起。
　　南塘街道“红色物业”实现全覆盖。11月上旬，南塘街道最后一批3个无物业小区完成托管签约。
"""


def test_briefs_titled_by_their_first_sentence_under_a_label() -> None:
    from conftest import parse_text

    r = parse_text(SPECIAL_REPORT)
    briefs = [(e.section, e.title, e.date) for e in r.entries[1:]]
    assert briefs == [("基层动态", "东门街道开展“院坝夜谈”收集民情", "2024-11-12"),
                      ("基层动态", "西湖街道引入律师调解物业纠纷", "2024-11-08"),
                      ("基层动态", "南塘街道“红色物业”实现全覆盖", "2024-11")]
    assert r.entries[1].text.startswith("11月12日晚，东门街道")


# a 督查通报 whose items are numbered from 1 under each town's label, each titled by its first sentence, a
# bullet instead of a number under one; an appendix (a table of scores) after the distribution lines
INSPECTION = """督 查 工 作 简 报

第2期

中共某县委督查室　　　　　　　　　　　　　　2023年4月28日
————————————————————————————————————

关于全县乡镇重点工作专项督查情况的通报

　　4月17日至26日，县委督查室对全县乡镇春季农业生产等重点工作开展了专项督查。现将有关情况通报如下：

【东坪镇】

　　1．春播进度位居全县前列。4月18日，督查组在东坪镇实地查看了水稻集中育秧点，全镇已完成早稻育秧3200亩。

　　2．烤烟移栽存在用工短缺问题。督查中发现，该镇两个村烤烟移栽用工紧张，镇里正在组织党员志愿者下田帮栽。

【西岭乡】

　　1．人居环境整治成效明显。4月19日，督查组随机走访了西岭乡5个村17户农户，村庄垃圾收运实现全覆盖。

【南溪乡】

Ø　防汛准备工作扎实。4月25日，督查组在南溪乡检查了水库和2处地质灾害隐患点。

Ø　部分村级防汛预案照搬照抄。督查组抽查了6个村的防汛应急预案，要求该乡于5月10日前完成修订。

　　附件：4月份全县乡镇重点工作督查得分情况

————————————————————————————————————
报：县委、县政府主要领导。
发：各乡镇党委、政府，县直有关单位。
————————————————————————————————————
签发：某某　　　　审核：某某　　　　（共印60份）

附件

4月份全县乡镇重点工作督查得分情况

序号　乡镇　　　春季农业生产　人居环境整治　合计
1　　 东坪镇　　38.5　　　　　26.0　　　　　64.5
2　　 西岭乡　　37.0　　　　　27.5　　　　　64.5
"""


def test_numbered_and_bulleted_sentence_titles_restart_under_each_label_and_an_appendix_is_no_item() -> None:
    from conftest import parse_text

    r = parse_text(INSPECTION)
    items = [(e.section, e.title) for e in r.entries if e.section]
    assert items == [("东坪镇", "春播进度位居全县前列"), ("东坪镇", "烤烟移栽存在用工短缺问题"),
                     ("西岭乡", "人居环境整治成效明显"), ("南溪乡", "防汛准备工作扎实"),
                     ("南溪乡", "部分村级防汛预案照搬照抄")]
    assert r.entries[-1].text.rstrip().endswith("要求该乡于5月10日前完成修订。")
    assert not any("序号" in e.title for e in r.entries)
    assert r.issue.meta.get("appendix_lines")


def test_a_credit_of_two_units_before_its_writer() -> None:
    from digest.text import trailing_credit

    got = trailing_credit("形成可复制的经验做法。\n（区委社会工作部　区委办信息科　执笔：某某某）")
    assert got == ("形成可复制的经验做法。", [("contributor", "单位", "区委社会工作部\u3000区委办信息科"),
                                           ("contributor", "执笔", "某某某")])


def test_a_figure_ending_a_sentence_alone_on_its_line_goes_on_with_it() -> None:
    from digest.blocks import Wrap, make_block, runs_on

    wrap = Wrap(width=58, indents=True)
    above = make_block(1, "，两天共调处物业费收缴、车位分配等纠纷23起，调解成功率达")
    assert runs_on(wrap, above, make_block(2, "91.3%。"))
    assert not runs_on(wrap, make_block(3, "调解成功率达91.3%。"), make_block(4, "★★★"))


def test_a_toc_page_range_lists_the_item_at_its_first_page() -> None:
    from digest import toc

    assert toc.page_line("市领导会见某某精工集团客人…………………………2-3") == ("市领导会见某某精工集团客人", 2)
    assert toc.page_line("某某项目通过完工验收…………………… 9—10") == ("某某项目通过完工验收", 9)
    assert toc.page_line("主要指标 1-2") is None  # (no leader: a table's row, no 目录 line)


# a city's digest numbered as a decimal outline: `1 要情专报` / `1.1 标题……1`
DECIMAL = """某市政务信息

2024年第9期（总第186期）

某市人民政府办公室编　　　　　　　　　2024年5月17日

目　　录

1 要情专报
1.1 全市经济运行调度会召开……………………………………1
1.2 一季度规上工业增加值增长7.4%…………………………1
2 部门动态
2.1 市市场监管局启动专项行动…………………………………2
2.2 市人社局举办专场招聘会……………………………………2

1 要情专报

1.1 全市经济运行调度会召开
5月8日，市政府召开全市经济运行调度会，安排部署二季度重点工作。

1.2 一季度规上工业增加值增长7.4%
据市统计局数据，一季度全市规上工业增加值同比增长7.4%。

2 部门动态

2.1 市市场监管局启动专项行动
5月6日，市市场监管局启动民生领域专项执法行动。

2.2 市人社局举办专场招聘会
5月11日，市人社局在市人才市场举办专场招聘会。
"""


def test_a_decimal_outline_numbers_sections_and_entries() -> None:
    from conftest import parse_text

    r = parse_text(DECIMAL)
    assert [(e.section, e.title) for e in r.entries] == [
        ("要情专报", "全市经济运行调度会召开"), ("要情专报", "一季度规上工业增加值增长7.4%"),
        ("部门动态", "市市场监管局启动专项行动"), ("部门动态", "市人社局举办专场招聘会")]


# a county's daily 要情 grouping its numbered items under the bare day they happened
DAILY = """每 日 要 情

第128期

某县人民政府办公室编　　　　　　2024年6月6日

6月3日
1．县长督导检查汛期地质灾害防治工作
当日上午，县长某某带队深入某镇，督导检查汛期地质灾害防治工作，详细了解监测预警设施运行情况。
2．全县夏粮收购工作推进会召开
6月3日下午，全县夏粮收购工作推进会在县政府召开，安排部署收购网点布设等工作。
6月4日
1．县人社局开展根治欠薪专项检查
6月4日，县人社局联合县住建局对在建工程项目开展根治欠薪专项检查。
2．某镇举办农民丰收节
当日，某镇在镇文化广场举办农民丰收节，展销特色农产品120余种。
"""


def test_a_bare_day_over_numbered_items_is_their_section_and_dates_their_same_day() -> None:
    from conftest import parse_text

    r = parse_text(DAILY)
    assert [(e.section, e.date) for e in r.entries] == [
        ("6月3日", "2024-06-03"), ("6月3日", "2024-06-03"), ("6月4日", "2024-06-04"), ("6月4日", "2024-06-04")]


def test_a_tally_counted_to_a_day_in_chinese_numerals() -> None:
    from digest.fields import parse_leading_date

    assert parse_leading_date("截至十二月十日，某乡油茶低改已完成四千亩。", 2006, 12, 18, posted=True)[0] == "2006-12-10"


def test_a_word_table_of_records_with_the_title_in_bold_in_its_text_cell(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph().add_run("工 作 动 态").bold = True
    d.add_paragraph("2024年第9期（总第112期）")
    d.add_paragraph("某市人民政府办公室编　　　　　　2024年9月30日")
    rows = [("日期", "单位", None, "内容"),
            (None, None, "一、重点项目推进", None),
            ("9月3日", "市发展改革委", "全市三季度重大项目集中开工", "9月3日，全市三季度重大项目集中开工活动在高新区举行。"),
            ("9.5", "市商务局", "某市与某集团签署冷链物流合作协议", "当天，市长会见了某集团执行董事一行，双方签署合作协议。"),
            (None, None, "二、民生事业", None),
            ("9月12日", "市教育局", "市区新建3所中小学投入使用", "秋季学期开学以来，市区新建的3所学校正式投入使用。")]
    table = d.add_table(rows=0, cols=3)
    for date, unit, title, text in rows:
        cells = table.add_row().cells
        if date is None and unit is None:  # a section's row, its cells merged
            merged = cells[0].merge(cells[2])
            merged.paragraphs[0].add_run(title).bold = True
            continue
        cells[0].text, cells[1].text = date, unit
        if title is None:
            cells[2].text = text
            continue
        cells[2].paragraphs[0].add_run(title).bold = True
        cells[2].add_paragraph(text)
    path = tmp_path / "t.docx"
    d.save(str(path))
    r = parse_source(read_source(path), persons=False)
    assert [(e.section, e.title, e.date) for e in r.entries] == [
        ("重点项目推进", "全市三季度重大项目集中开工", "2024-09-03"),
        ("重点项目推进", "某市与某集团签署冷链物流合作协议", "2024-09-05"),
        ("民生事业", "市区新建3所中小学投入使用", "2024-09-12")]
    assert r.entries[1].text.startswith("当天，市长会见")


# --- pages -------------------------------------------------------------------------------------------------

# a commentary page: a piece signed by its office under its headline, signed pieces with the writer's unit
# in brackets after the name, a letters column closed by `（读者　某某）`, a cartoon credited `漫画/某某`
OPINION = """某峡日报                                    2016年9月21日　星期三
5　评论
责任编辑：某某某　　校对：某某某

让城市管理多一些“绣花功夫”
本报评论员
城市管理应该像绣花一样精细。市第九次党代会提出，要在“精、细、实”上下功夫，让城市更有温度。
只有把管理的“针脚”缝得更密更实，城市才能真正美起来。

“容错纠错”不是“免责金牌”
□ 龙小茜（市委党校）
近年来，各地陆续出台干部容错纠错机制，为敢于担当的干部撑腰鼓劲，受到广泛好评。
制度的生命力在于执行，让干部心中有数、手上有度。

老旧小区加装电梯，难在哪里
□ 司徒明远（某某职业技术学院）
家住江湾社区的蓝秀芬老人今年七十八岁，住在六楼，下楼成了她最发愁的事。
期待更多“悬空老人”早日圆了“下楼梦”。

24小时自助图书馆值得多建几座
9月19日，位于滨江公园旁的全市首座24小时自助图书馆正式开放。建议在更多社区布点。
（读者　阿卜杜热合曼·吐尔逊）

漫画
“打卡”式调研
镜头对准了，材料带齐了，合影拍完了——调研却只停留在了“到此一游”。
漫画/钟小弦
"""


def test_a_commentary_pages_writers_by_office_unit_and_label() -> None:
    from conftest import parse_text

    r = parse_text(OPINION)
    assert [(e.title, e.byline) for e in r.entries] == [
        ("让城市管理多一些“绣花功夫”", "本报评论员"), ("“容错纠错”不是“免责金牌”", "龙小茜"),
        ("老旧小区加装电梯，难在哪里", "司徒明远"), ("24小时自助图书馆值得多建几座", "阿卜杜热合曼·吐尔逊"),
        ("“打卡”式调研", "钟小弦")]


# a 副刊 page: an essay, a photo whose title and photographer share a line, a poem, the page's call for
# writing under its heading, and its footer of credits and the unit that prints it
SUPPLEMENT = """4　　　　　　　　　　2024年10月18日　星期五　　　　　　　　今日某渚
副刊

外婆的晒谷场
□ 苏某青
下枫村的晒谷场在村子正中，是一块用三合土夯出来的平地，四周围着几棵老樟树。
　　如今这块地晒着的，是一村人的好日子。

廊桥晚渡　　　　　　　　　　　　　　　　郑　禾　摄
深秋傍晚，收工的村民挑着新米走过枫溪廊桥。

白露
□ 韦某

露水是夜里悄悄下山的
它认得每一片稻叶

天亮以前
它把整座村庄
擦了一遍

征 稿 启 事
本版常年征集散文、诗歌、小小说及书画、摄影作品，尤其欢迎书写乡村新变化的佳作。
来稿请注明真实姓名、通讯地址和联系电话，请勿一稿多投。
投稿邮箱：fk@example.cn
《渚风》编辑部

美编：罗一鸣　　校对：冉　冉　　　　　　　　　　某渚县融媒体中心出版
"""


def test_a_supplement_pages_photo_line_call_for_writing_and_footer() -> None:
    from conftest import parse_text

    r = parse_text(SUPPLEMENT)
    assert [(e.title, e.byline) for e in r.entries] == [("外婆的晒谷场", "苏某青"), ("廊桥晚渡", "郑禾"), ("白露", "韦某")]
    assert r.entries[-1].text.rstrip().endswith("擦了一遍")
    assert r.issue.meta.get("proofreader") == "冉冉" and r.issue.meta.get("editor_org") == "某渚县融媒体中心"


# a paper printed with no blank line: an article credited at its dateline, then under a one-line headline
# another closed by its own credit, a weather box between, a hotline column of calls under question headlines
NO_BLANKS = """2024年9月12日 星期四 某岭晚报 A07
民生
责任编辑：某某某 美术编辑：某某 校对：某某
老旧小区加装电梯今年已开工47部
本报讯（记者 聂某川）记者昨日从市住建局获
悉，今年以来全市老旧小区既有住宅加装电梯工
作提速，截至9月上旬已开工建设47部，其中
31部完成竣工验收并投入使用。
据了解，为破解加装电梯“协商难、资金难”问
题，市住建局联合各街道推行“一梯一议”协商
机制，并对符合条件的项目给予每部最高15万
元补助，力争全年开工60部以上。
天气
今天 多云转阵雨
22℃～29℃ 东南风2级
明天 阵雨转多云
市气象台9月12日06时发布
社区食堂开进“家门口”
9月10日中午，青石桥街道和平社区“邻里食
堂”里飘出阵阵饭菜香，二十多位老人围坐在
餐桌旁用餐。这是该街道今年开办的第三家社
区食堂，日均就餐约120人次，年内计划新增
20个助餐点，逐步实现城区全覆盖。
（某岭晚报全媒体记者 哈丽旦·艾买提
实习生 尤某）
■民生热线
小区门口路灯不亮谁来修？
市民：我家住在城东新村，小区门口那段路的路灯坏了快半个月了，希望有关部门尽快修一修。
市城管局回复：经现场核实，该路段3盏路灯因电缆老化导致故障，我局已安排维修班组更换电缆。
孩子转学需要哪些手续？
市民欧阳某国：我们一家刚从外地搬来，孩子读小学四年级，想转到住所附近的学校，该怎么办理？
市教育局回复：请家长持户口簿或居住证、房产证明到片区内学校提出申请。
"""


def test_a_page_without_blank_lines_its_weather_box_and_hotline_calls() -> None:
    from conftest import parse_text

    r = parse_text(NO_BLANKS)
    assert [e.title for e in r.entries] == ["老旧小区加装电梯今年已开工47部", "社区食堂开进“家门口”",
                                            "小区门口路灯不亮谁来修？", "孩子转学需要哪些手续？"]
    assert "℃" not in r.entries[0].text and r.entries[0].text.rstrip().endswith("力争全年开工60部以上。")
    assert r.entries[1].byline == "哈丽旦·艾买提、尤某"


# an e-paper page of a paper's edition in another script, its name and the desk on one line; an article with
# no dateline under a one-line headline after one credited at its dateline; a fair's notice boxed by rules
EDITION = """2　　　　　　　　　　　综合新闻　　　　　　　　2024年6月18日　星期二
某岭日报（汉文版）　　　　　　责任编辑：某某　版式：某某某　校对：某某某

全州虫草采集管理工作推进会召开

本报讯（记者拉毛措）6月14日，全州虫草采集管理工作推进会在州府召开。副州长德吉卓玛出席并讲话。
德吉卓玛要求，各县要坚持属地管理，强化入山人员登记和山场巡查，做到采一片、护一片。

当拉县牦牛奶有了“身份证”

走进当拉县嘎玛村牦牛乳品加工厂，一排排贴着二维码的酸奶罐整齐码放在冷藏柜里。
扎西平措副县长表示，县里将继续扩大追溯平台覆盖面。
（记者　次旦卓嘎）

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　　　　　　某岭州第十二届格萨尔赛马节
　　　　7月20日—24日　某县某草原
　　赛马　射箭　锅庄展演　牧民运动会
　　　　　　　　　某岭州文化和旅游局　宣
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""


def test_an_editions_masthead_line_a_title_between_two_credited_articles_and_a_boxed_notice() -> None:
    from conftest import parse_text

    r = parse_text(EDITION)
    assert [(e.title, e.byline) for e in r.entries] == [("全州虫草采集管理工作推进会召开", "拉毛措"),
                                                      ("当拉县牦牛奶有了“身份证”", "次旦卓嘎")]
    assert r.issue.meta.get("name") == "某岭日报（汉文版）"


def test_a_toc_line_naming_the_unit_that_sent_the_item() -> None:
    from conftest import parse_text

    text = """某县政务信息

2024年第11期

目    录

【要情快报】
全县防汛抗旱工作会议召开（县应急管理局）………………………………1
上半年重点项目集中开工（县发改局）……………………………………2
【乡镇之窗】
青禾镇“稻虾共作”蹚出增收新路（青禾镇）……………………………3

【要情快报】

全县防汛抗旱工作会议召开

6月4日，全县防汛抗旱工作会议召开，安排部署今年主汛期各项工作。
（县应急管理局）

上半年重点项目集中开工

6月6日，全县上半年重点项目集中开工仪式在县经开区举行。
（县发改局）

【乡镇之窗】

青禾镇“稻虾共作”蹚出增收新路

今年以来，青禾镇引导群众发展稻虾共作，带动农户增收。
（青禾镇）
"""
    r = parse_text(text)
    assert [(e.toc_title, e.page) for e in r.entries] == [
        ("全县防汛抗旱工作会议召开", 1), ("上半年重点项目集中开工", 2), ("青禾镇“稻虾共作”蹚出增收新路", 3)]


def test_a_posts_items_under_emoji_headings() -> None:
    from conftest import parse_text

    text = """一周速览｜某镇这些事，你关注了吗？
原创 某镇融媒 某镇发布
2024年05月20日 17:46 浙江

上周，某镇又有哪些新鲜事？小编带你一起看↓↓↓

🔶 人大代表进站接待 倾听民声

5月14日上午，镇人大代表联络站开展“代表接待日”活动，现场收集意见建议17条。

📍 防溺水宣传进校园

5月15日下午，镇派出所联合镇中心小学开展防溺水安全教育活动，民警讲解了“六不准”要求。

🔶 “某某杯”村BA火热开赛

18日晚，2024年“某某杯”村级篮球联赛在镇文体中心开赛，14支村队参赛。
"""
    titles = [e.title for e in parse_text(text).entries]
    assert titles[-3:] == ["人大代表进站接待 倾听民声", "防溺水宣传进校园", "“某某杯”村BA火热开赛"]


def test_a_theory_pages_notes_author_notes_and_editors_afterword() -> None:
    from conftest import parse_text

    text = """某湄日报　　　　　　　　　　　　　　　　2024年11月19日　星期二
7　理论

在传承中激活乡土文化的时代价值
□ 卓玛央金　韩　立

乡土文化是中华优秀传统文化的根脉所在，承载着一代代人的集体记忆和精神家园。
实践表明，只有让乡土文化融入群众的日常生产生活，保护才有持久的动力[1]。
唯有如此，才能守住文化根脉，让乡土文化在新时代焕发新的光彩。
注释：
[1] 埃莉诺·韦斯特伯格：《活着的村庄》，邵可嘉译，某湄大学出版社2019年版，
第112页。
（卓玛央金系某湄大学民族学院副教授，韩立系某湄市社会科学院助理研究员）

编后

县域经济、乡土文化、基层治理，看似分属不同领域，实则指向同一个问题：如何把改革部署转化为基层的生动实践。
"""
    r = parse_text(text)
    assert [e.title for e in r.entries] == ["在传承中激活乡土文化的时代价值", "编后"]
    assert r.entries[0].text.rstrip().endswith("让乡土文化在新时代焕发新的光彩。")
    assert r.issue.meta.get("notes") and r.issue.meta["notes"][0]["text"] == "注释："


def test_a_faxed_briefings_header_and_an_ocr_bar_for_its_first_number() -> None:
    from conftest import parse_text

    text = """2O24-l0-2l  16:4O   FR0M:某镇党政办   0xx3-6l2O57  P.l/2

某 镇 工 作 简 报

第 l9 期

某镇党政综合办公室编                2O24年l0月2l日
—————————————————————————————

―、我镇召开秋收秋种工作部署会

l0月l4日上午，我镇召开秋收秋种工作部署会，镇党委书记某某出席会议并讲话。

二、县人大常委会来我镇调研人居环境整治

1O月l6日，县人大常委会一行来我镇，就农村人居环境整治工作开展调研。

三、我镇开展安全生产大排查

l0月8日至l8日，我镇组织应急、市场监管等部门组成4个检查组开展安全生产大排查。
"""
    r = parse_text(text)
    assert [(e.title, e.date) for e in r.entries] == [
        ("我镇召开秋收秋种工作部署会", "2024-10-14"), ("县人大常委会来我镇调研人居环境整治", "2024-10-16"),
        ("我镇开展安全生产大排查", "2024-10-08")]


def test_masthead_and_footer_lines_of_more_kinds() -> None:
    from digest.masthead import line_facts

    assert line_facts("3  专访·综合                                  总第1186期") == {
        "total_no": 1186, "page": 3, "page_name": "专访·综合"}
    assert line_facts("欢迎订阅2019年《某澜教育报》　邮发代号：66-218") == {
        "subscription": "欢迎订阅2019年《某澜教育报》", "postal_code": "66-218"}
    assert line_facts("社 区                          责任编辑：某某某　美术编辑：某某　校对：某某")["page_name"] == "社区"
    assert line_facts("某川报社出版　　地址：某川县城关镇迎宾大道 68 号　　新闻热线：8826 1234")["address"] == "某川县城关镇迎宾大道 68 号"
    assert line_facts("■全县春季义务植树活动启动　②版") == {"teaser": "全县春季义务植树活动启动"}
    assert line_facts("某岭日报（汉文版）　　　　　　责任编辑：某某　版式：某某某")["name"] == "某岭日报（汉文版）"


# a leader's page on a county site: the header's links after an empty `今天是：`, the profile box, a link
# to the CV, the column's heading over the list of activities, each a date and a linked title over a summary
LEADER_PAGE = """<html><body>
<div>今天是： | 手机版 | 政务微博 | 网站地图</div>
<div><b>姓　　名：</b> 杜某某</div>
<div><b>职　　务：</b> 某县人民政府副县长</div>
<div><b>工作分工：</b> 负责农业农村、水利、林业等方面工作。</div>
<div><a href="cv.html">个人简历>></a></div>
<h2>领导活动</h2>
<ul>
<li><span>2024-06-26</span> <a href="1.html">杜某某检查中型水库安全度汛工作</a><p>6月26日，副县长杜某某带队检查两座中型水库，要求严格落实安全度汛责任。</p></li>
<li><span>2024-06-24</span> <a href="2.html">杜某某出席全县林长制工作推进会</a><p>6月24日，全县林长制工作推进会召开，副县长杜某某出席并讲话。</p></li>
<li><span>2024-06-18</span> <a href="3.html">杜某某调研基层为农服务中心建设</a><p>6月18日，副县长杜某某到县供销社调研基层为农服务中心建设。</p></li>
</ul>
</body></html>"""


def test_a_leaders_page_lists_only_the_activities(tmp_path: Path) -> None:
    page = tmp_path / "leader.html"
    page.write_text(LEADER_PAGE, encoding="utf-8")
    r = parse_source(read_source(page), persons=False)
    assert [e.title for e in r.entries] == ["杜某某检查中型水库安全度汛工作", "杜某某出席全县林长制工作推进会",
                                            "杜某某调研基层为农服务中心建设"]


def test_a_press_conferences_bold_field_labels_are_no_headlines(tmp_path: Path) -> None:
    page = tmp_path / "conf.html"
    page.write_text("""<html><body><h1>某县城乡供水一体化工程建设进展情况新闻发布会</h1>
<p>发布时间：2024-09-10 17:05 来源：某县人民政府新闻办公室</p>
<p><b>时间：</b> 2024年9月10日（星期二）上午9:30</p>
<p><b>地点：</b> 县融媒体中心一楼新闻发布厅</p>
<p><b>主持人：</b> 县委宣传部副部长、县政府新闻办主任　蓝某岚</p>
<p><b>发布人：</b></p>
<p>宁某波　县水利局党组书记、局长</p>
<p>丁一　县发展和改革局副局长</p>
<p>慕容某英　县财政局党组成员、副局长</p>
<p>巴特尔　县水务投资集团有限公司党委书记、董事长</p>
<p>韦某燕　某洲镇党委副书记、镇长</p>
<p><b>主持人　蓝某岚：</b> 各位记者朋友，大家上午好！欢迎出席某县人民政府新闻办公室新闻发布会。</p>
<p><b>县水利局党组书记、局长　宁某波：</b> 各位记者朋友，大家好！工程于2023年3月开工建设，总投资6.8亿元。</p>
<p><b>主持人　蓝某岚：</b> 今天的新闻发布会到此结束。谢谢大家！</p>
</body></html>""", encoding="utf-8")
    r = parse_source(read_source(page), persons=False)
    assert [e.title for e in r.entries] == ["某县城乡供水一体化工程建设进展情况新闻发布会"]
    assert r.entries[0].text.rstrip().endswith("谢谢大家！")


def test_a_unit_and_writer_under_the_title_are_the_entrys_credit() -> None:
    from conftest import parse_text

    text = """某泉市政务信息

2024年第6期

目　录

【要情专报】
市政府召开一季度经济运行调度会……………………………1
某泉市启动春季“护苗”专项行动…………………………2

【要情专报】

市政府召开一季度经济运行调度会
（市政府办公室　程某）
3月25日，市政府召开一季度经济运行调度会，分析研判经济形势，部署二季度重点工作。

某泉市启动春季“护苗”专项行动
（市委宣传部　韦某齐）
3月12日，由市委宣传部牵头的2024年春季“护苗”专项行动在市第七中学启动。
"""
    r = parse_text(text)
    assert [(e.date, e.byline, e.text[:6]) for e in r.entries] == [
        ("2024-03-25", "程某", "3月25日，"), ("2024-03-12", "韦某齐", "3月12日，")]


def test_a_policy_explainers_bold_questions_are_its_text(tmp_path: Path) -> None:
    page = tmp_path / "jd.html"
    page.write_text("""<html><body><h1>《某区关于促进夜间经济发展的若干措施》政策解读</h1>
<p>发布时间：2024-07-08 10:32 来源：区商务局</p>
<p>2024年6月28日，某区人民政府印发《若干措施》。为便于社会各界准确理解政策内容，现解读如下。</p>
<p><b>一、出台背景</b></p>
<p><b>问：为什么要制定《若干措施》？</b></p>
<p>答：夜间经济是扩大内需、促进消费的重要抓手，也是展示城市活力的重要窗口。</p>
<p><b>问：如何申报？</b></p>
<p>答：奖励资金实行年度集中申报，原则上每年3月受理上一年度事项。</p>
<p><b>二、施行时间</b></p>
<p>《若干措施》自2024年7月1日起施行，有效期至2026年12月31日。</p>
</body></html>""", encoding="utf-8")
    r = parse_source(read_source(page), persons=False)
    assert len(r.entries) == 1 and r.entries[0].text.rstrip().endswith("有效期至2026年12月31日。")


# an e-paper's text view: each article's fields over its headline, a reporter's notebook boxed inside one,
# the row of links under each
TEXT_VIEW = """某岑日报数字报
当前位置：某岑日报 > 2024年10月15日 > 第03版：要闻

【作者】孟某婷 韦某强　【来源】某岑日报　【日期】2024-10-15
葛某舟在全市重点项目观摩点评会上强调
比拼赶超抓项目 攻坚冲刺保全年

10月14日，全市重点项目第三季度观摩点评会举行。市委书记葛某舟出席并讲话，市长霍某源主持点评会。

观摩团一行先后来到12个项目现场，边走边看、边听边议，详细了解项目投资进度和投产达效情况。

上一篇　　下一篇　　返回本版目录

【作者】谭某晨　【来源】某岑日报　【日期】2024-10-15
稻田边的“老把式”

在双桥镇上垟村，提起种粮大户莫某仓，村民们都竖起大拇指。他种了三十多年地，今年又获评市级“种粮能手”。

■记者手记
守住一块田的“笨功夫”
采访莫某仓那天，他带记者走遍了自家的每一块田，哪块田是沙底、哪块田易积水，他张口就来。（谭某晨）

如今，莫某仓的儿子也从城里辞职回村，接手了合作社的无人机植保和线上销售。

上一篇　　下一篇　　返回本版目录
"""


def test_an_epaper_text_views_fields_over_each_headline_and_a_box_inside_an_article() -> None:
    from conftest import parse_text

    r = parse_text(TEXT_VIEW)
    assert [(e.title, e.byline) for e in r.entries] == [("比拼赶超抓项目 攻坚冲刺保全年", "孟某婷、韦某强"),
                                                      ("稻田边的“老把式”", "谭某晨")]
    assert r.entries[1].text.rstrip().endswith("接手了合作社的无人机植保和线上销售。")


def test_a_page_parted_by_rules_its_head_line_its_carried_article_and_briefs_label() -> None:
    from conftest import parse_text

    text = """某岭报　ZHELING BAO
2　2024年5月17日　星期五　　综合新闻　　责任编辑：某某某　校对：某某　美编：某某
────────────────────────────
坚持生态优先　走好绿色崛起之路
（上接第一版）
某某某强调，要坚决扛起生态保护
政治责任，统筹抓好山水林田湖草系统
治理，持续巩固督察反馈问题整改成效。
────────────────────────────
聚焦“两茶”产业　做强富民引擎
全县春茶产量产值实现“双增”
本报讯（记者某若溪　通讯员某建华）
5月13日，记者从县农业农村局获悉，
今年全县春茶采摘已基本结束，累计生
产干毛茶2860吨、实现产值5.7亿元。
────────────────────────────
■简讯
县人大常委会视察河长制工作
本报讯　5月15日，县人大常委会副
主任某某某带队，视察某溪河河长制落
实情况，并提出意见建议。
────────────────────────────
主办：中共某岭县委　　承办：某岭县融媒体中心　　内部资料　免费交流
"""
    r = parse_text(text)
    assert [(e.kicker, e.title) for e in r.entries] == [
        (None, "坚持生态优先　走好绿色崛起之路"), ("聚焦“两茶”产业　做强富民引擎", "全县春茶产量产值实现“双增”"),
        (None, "县人大常委会视察河长制工作")]
    assert r.entries[0].text.startswith("某某某强调") and r.entries[0].text.rstrip().endswith("整改成效。")
    assert [e.date for e in r.entries[1:]] == ["2024-05-13", "2024-05-15"]
    assert r.issue.meta.get("operator") == "某岭县融媒体中心" and r.issue.meta.get("page_name") == "综合新闻"


def test_a_microblog_timelines_posts_with_counters_a_line_each() -> None:
    from conftest import parse_text

    text = """某澜发布
某澜市人民政府新闻办公室官方微博
粉丝 126.4万　关注 583　转评赞 302.7万

全部　　精选　　视频　　相册
搜索他的微博

某澜发布 V
···
10-09 10:00 来自 微博网页版
#山海某澜# 【“山海某澜”文旅消费季启动】10月10日至12月31日，我市举办文旅消费季，分四批发放文旅消费券。
[组图共4张]
转发 2156
评论 893
赞 1.2万

某澜发布 V
···
10-16 18:47 来自 iPhone 15 Pro
#某澜天气# 【寒潮蓝色预警！明起最高气温下降8～10℃】市气象台今天16时发布寒潮蓝色预警，请市民及时添衣保暖。
转发
评论 102
赞 845
"""
    r = parse_text(text)
    assert [e.title for e in r.entries] == ["“山海某澜”文旅消费季启动", "寒潮蓝色预警！明起最高气温下降8～10℃"]
    assert r.entries[0].text.rstrip().endswith("分四批发放文旅消费券。")


def test_markdown_items_titled_by_a_bold_first_sentence_a_wrap_may_break() -> None:
    from conftest import parse_text

    text = """# 某岚政务信息

**2024年第3期**（总第147期）

某岚市人民政府办公室　　　　　　　　　　　　　2024年3月25日

\\[内部资料　注意保存\\]

* * *

## 要情快报

**某塘县扎实推进春耕备耕。**3月5日，某塘县召开全县春季农业生产调度会，副县长卢某帆对春耕备耕工作作出部署。

**市政府召开第5次
常务会议。**3月11日，市长宋某岐主持召开市政府第5次常务会议，研究一季度经济运行等工作。

会议强调，各县区、各部门要紧盯“开门红”目标，确保一季度各项指标稳中有进。

## 县区动态

**某东区开展“银龄助学”志愿服务。**近日，某东区组织退休教师走进社区，为留守儿童辅导功课。

**某某与民营企业家座谈，强调当好服务企业的“店小二”。**3月20日，市委书记某某与民营企业家座谈。
"""
    r = parse_text(text, name="t.md")
    assert [(e.section, e.title) for e in r.entries] == [
        ("要情快报", "某塘县扎实推进春耕备耕"), ("要情快报", "市政府召开第5次常务会议"),
        ("县区动态", "某东区开展“银龄助学”志愿服务"), ("县区动态", "某某与民营企业家座谈，强调当好服务企业的“店小二”")]
    assert r.entries[1].text.rstrip().endswith("确保一季度各项指标稳中有进。")


def test_items_titled_in_brackets_a_wrap_broke_and_a_features_bracketed_subheads() -> None:
    from conftest import parse_text

    digest = """内部刊物　注意保存

信　　息

第26期

中共某溪县委办公室　　　　　　　　　　2024年7月9日
────────────────────────────

〖县委常委会召开会议专题研究防汛救灾工作〗
　　7月5日晚，县委书记某某某主持召开县委常委会会议，传
达学习关于防汛救灾工作的部署要求，分析研判当前汛情形势，
安排部署下一阶段防汛救灾工作。县委副书记、县长某某就做
好强降雨防范应对作具体安排。
（县委办信息科　某某某）

                    ＊＊＊

〖我县遭遇入汛以来最强降雨　各级干部连夜转移群
众2300余人〗
　　7月6日20时至7日8时，我县普降大到暴雨，局部特大
暴雨，全县平均降雨量128毫米，各级干部连夜转移受威胁群
众2300余人，未发生人员伤亡。
（县委办信息科　某某）

                    ＊＊＊

〖全县“三夏”粮食收购进度过半〗
　　截至7月7日，全县已收购小麦3.6万吨，收购进度过半，
各收购网点运转正常，未出现“卖粮难”问题。
（县委办信息科　某某某）
"""
    assert [e.title for e in parse_text(digest).entries] == [
        "县委常委会召开会议专题研究防汛救灾工作", "我县遭遇入汛以来最强降雨　各级干部连夜转移群众2300余人", "全县“三夏”粮食收购进度过半"]
    page = """2024年5月17日 星期五          某川晚报          A02

家门口的“烟火气”更浓了

本报记者 欧阳某溪 通讯员 陈某

清晨6点半，南湖街道青石巷菜市场已是人声鼎沸，刚完成改造的市场里地面干爽、灯光明亮。

【菜市场“变身”邻里中心】

青石巷菜市场建于上世纪90年代，去年9月，南湖街道引入专业运营团队对市场实施改造。

【老街巷里开出“共享厨房”】

在东门社区，一间闲置的老粮站被改造成“共享厨房”，居民可以预约使用。

第十二届某川读书节开幕

本报讯（记者 苏某清）昨日上午，第十二届某川读书节在市图书馆新馆开幕，将举办活动60余场。

某川农商银行  “安居贷”年利率低至3.45%起
详询各网点或拨打 96888                      广告
"""
    r = parse_text(page)
    assert [e.title for e in r.entries] == ["家门口的“烟火气”更浓了", "第十二届某川读书节开幕"]
    assert r.entries[-1].text.rstrip().endswith("将举办活动60余场。")
