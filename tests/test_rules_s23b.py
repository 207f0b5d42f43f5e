"""Rules from session 23's second round (blind sets 99-103), each on text written here in our own words:
a Macao-style page of press releases, a 人大 gazette's resolutions and appointment lists, a 市场监管
通告 page, a 发布会 page, a 理论 page, a 法治 page and a digest whose 目录 prints no pages."""

from __future__ import annotations

from conftest import nows, parse_text


def test_press_releases_closed_by_their_end_mark_and_stamp() -> None:
    page = """鏡灣特別行政區政府入口網站
首頁
新聞
您的位置：首頁 > 新聞 > 新聞稿
行政長官會見某市市長一行
發佈時間：2024年3月12日 17:05　　發稿部門：行政長官辦公室
[圖片] 行政長官（右二）與某市市長會面
[圖片說明：點擊放大]
　　行政長官今日（三月十二日）下午在政府總部會見到訪的某市市長一行，雙方就經貿合作交換意見。
完
鏡灣時間17時05分
社會文化司司長出席長者服務計劃啟動儀式
發佈時間：2024年3月12日 10:20　　發稿部門：社會文化司司長辦公室
　　社會文化司司長昨晚（三月十一日）出席長者友善社區計劃啟動儀式，並致辭。
完
鏡灣時間10時20分
"""
    r = parse_text(page, name="p.txt")
    rows = [(e.title, e.date) for e in r.entries]
    assert rows == [("行政長官會見某市市長一行", "2024-03-12"), ("社會文化司司長出席長者服務計劃啟動儀式", "2024-03-11")]
    assert all(e.text.rstrip().endswith("。") for e in r.entries)


def test_more_masthead_facts() -> None:
    from digest.masthead import line_facts

    assert line_facts("2024年6月18日　星期二　　　　　　　　03") == {"weekday": "星期二", "date": "2024-06-18", "page": 3}
    assert line_facts("某市中级人民法院　某某法治报社　合办") == {"publisher": "某市中级人民法院　某某法治报社"}
    assert line_facts("本版主编：甲某　美编：乙某")["page_editor"] == "甲某"
    assert line_facts("某某报社出版　地址：某市新华路88号　广告热线：（0000）6128800")["hotline"] == "（0000）6128800"
    assert line_facts("2024年第3号（总第41号）") == {"year": 2024, "total_no": 41, "issue_no": 3}
    assert line_facts("本版投稿邮箱：abc@163.com") == {"email": "abc@163.com"}
    assert line_facts("某区人民代表大会常务委员会关于批准") is None


def test_a_column_label_over_a_kicker_and_a_title() -> None:
    page = """某某法治报
2024年6月18日　第3版
【案例】
贪图小利出借“两卡”
大学生帮人“跑分”获刑
本报讯（记者　靳某）近日，某市中院二审审结一起帮助信息网络犯罪活动案，维持一审判决。
法院审理认为，被告人提供银行卡供他人使用，已构成犯罪。
法官说法
“两卡”莫出借　小利藏大祸
□某市中院刑二庭　岳嵩
银行卡、手机卡是个人的重要身份凭证，一旦交给他人，就可能沦为诈骗的工具。
"""
    r = parse_text(page, name="p.txt")
    assert [(e.kicker, e.title) for e in r.entries][:1] == [("贪图小利出借“两卡”", "大学生帮人“跑分”获刑")]
    assert r.entries[-1].byline == "岳嵩"


_NOTICE_PAGE = """某市市场监督管理局
首页
政务公开
当前位置：首页 > 政务公开 > 食品安全抽检信息
索引号：
XXGK/2024-00213
文　　号：
某市监通告〔2024〕21号
发布日期：
2024-07-16
某市市场监督管理局关于2024年第9期食品安全抽检信息的通告
发布时间：2024-07-16 10:25:37　来源：食品安全抽检监测处　浏览次数：1032
某市监通告〔2024〕21号
根据有关规定，我局近期组织开展了食品安全监督抽检工作，现将有关情况通告如下：
一、抽检基本情况
本期共抽检食品386批次，检验合格376批次，不合格10批次。
二、不合格产品情况
不合格产品涉及调味品2批次、糕点2批次，具体信息如下：
食品安全监督抽检不合格产品信息
序号\t标称生产企业名称\t被抽样单位名称\t食品名称\t不合格项目
1\t某某酿造有限公司\t某某超市\t酿造酱油\t氨基酸态氮
2\t/\t某某调料经营部\t花椒粉（散装）\t铅
特此通告。
附件：1.食品安全监督抽检不合格产品信息.xls
　　　2.食品安全监督抽检合格产品信息.xlsx
某市市场监督管理局
2024年7月15日
【打印本页】　【关闭窗口】
上一篇：某市市场监督管理局关于2024年第8期食品安全抽检信息的通告
相关文章
某市启动食用农产品“你点我检”活动　2024-05-21
热点专题
优化营商环境
食品安全城市创建
网站地图 | 联系我们 | 隐私声明
Copyright © 2024 某市市场监督管理局
"""


def test_a_notice_page_with_its_number_table_and_signature() -> None:
    r = parse_text(_NOTICE_PAGE, name="p.txt")
    assert [e.title for e in r.entries] == ["某市市场监督管理局关于2024年第9期食品安全抽检信息的通告"]
    e = r.entries[0]
    assert e.date == "2024-07-15"
    # (its signature, `某市市场监督管理局` / `2024年7月15日`, is its byline and no text since session 33, as most
    # annotators of notices read it)
    assert e.text.startswith("根据有关规定") and e.text.rstrip().endswith("特此通告。")
    assert e.byline == "某市市场监督管理局"
    assert "附件" not in e.text and "食品安全城市创建" not in e.text


def test_a_sign_off_closing_no_notice_leaves_the_text() -> None:
    page = """某县人社局
首页
当前位置：首页 > 通知公告
关于开展养老保险待遇资格认证的温馨提示
发布时间：2024-05-15 09:00　来源：县社保中心
各位参保人员：请于6月30日前完成年度待遇资格认证，咨询电话：0000-5721126。
县社会保险服务中心
2024年5月15日
Copyright © 2024 某县人社局
"""
    e = parse_text(page, name="p.txt").entries[0]
    assert e.text.rstrip().endswith("0000-5721126。") and e.date is None


def test_a_column_label_over_a_title_over_its_meta_and_a_transcripts_time_field() -> None:
    page = """某市人民政府门户网站
首页
新闻发布
当前位置：首页 > 新闻发布 > 发布会实录
【发布会实录】
某市2024年民生实事项目新闻发布会
发布时间：2024-03-21 16:40　　来源：市政府新闻办　　浏览次数：2,318
[图片]
主　题：某市2024年民生实事项目
时　间：2024年3月21日（星期四）上午10:00

地　点：市政府新闻发布厅
主持人 某某：
各位记者朋友，大家上午好！欢迎出席今天的新闻发布会。
【相关报道】
总投资约38.6亿元　覆盖住房教育医疗养老等领域

今年我市将办好15件民生实事
来源：某某日报　　作者：记者　邝某
本报讯 3月21日，记者从市政府新闻发布会上获悉，今年我市将办好15件民生实事。
"""
    r = parse_text(page, name="p.txt")
    rows = [(e.kicker, e.title, e.date) for e in r.entries]
    assert rows == [(None, "某市2024年民生实事项目新闻发布会", "2024-03-21"),
                    ("总投资约38.6亿元　覆盖住房教育医疗养老等领域", "今年我市将办好15件民生实事", "2024-03-21")]


_GAZETTE = """　　　　某区人民代表大会常务委员会
　　　　　　　　公　　报
　　　　　　　　2024年第3号
　　　　　　　　（总第41号）
某区人民代表大会常务委员会办公室编　　　　　2024年7月5日
■ 决议决定
　　　某区人民代表大会常务委员会关于批准
　　　　　某区2023年区级决算的决议
（2024年6月27日某区第五届人民代表大会常务委员会
　　　　　　　第二十次会议通过）
　　某区第五届人民代表大会常务委员会第二十次会议听取了区财政局局长所作的报告，决定批准某区2023年区级决算。
■ 人事任免
　　　　　某区人民代表大会常务委员会
　　　　　　　　决定任免名单
（2024年6月27日某区第五届人民代表大会常务委员会
　　　　　　　第二十次会议通过）
　　决定任命：甘某某为某区人民政府办公室主任；卓某某为某区财政局局长。
"""


def test_a_gazettes_documents_under_their_notes_of_adoption() -> None:
    r = parse_text(_GAZETTE)
    rows = [(nows(e.title), e.date) for e in r.entries]
    assert rows == [("某区人民代表大会常务委员会关于批准某区2023年区级决算的决议", "2024-06-27"),
                    ("某区人民代表大会常务委员会决定任免名单", "2024-06-27")]
    assert r.issue.meta.get("issue_no") == 3 and r.issue.meta.get("total_no") == 41


def test_an_authors_note_under_the_author_and_a_squared_author() -> None:
    page = """某某日报
2024年11月20日　第7版　理论
激活县域经济内生动力的三重维度
■欧阳明澈
（作者系中共某市委党校经济学教研部副教授）
县域是城乡融合发展的关键支点，也是扩大内需、稳住就业的重要腹地。
推进基层治理数字化要守住“人本”底色
■司马青禾　韦秀芬
（司马青禾系某市社会科学院研究员）
近年来，各地依托网格化管理平台推进基层治理数字化。
"""
    r = parse_text(page, name="p.txt")
    assert [e.byline for e in r.entries] == ["欧阳明澈", "司马青禾、韦秀芬"]
    assert r.entries[0].text.startswith("县域是") and r.entries[1].text.startswith("近年来")


def test_a_profile_credited_with_slashes_and_a_column_over_the_buttons() -> None:
    page = """政协某区委员会
首页
委员风采
当前位置：首页 > 委员风采 > 履职故事
委员风采
【字体：大 中 小】　　【打印本页】　　【关闭窗口】
巴特尔：把“小奶瓶”做成富民大产业
发布时间：2024-10-08 10:26　　来源：区政协委员联络室
9月26日，在区政协常委会议上，区政协委员巴特尔作了题为做强奶业的发言。
“政协委员这个身份，是荣誉，更是责任。”巴特尔说。
（文/邱某桐　图/区政协办公室）
"""
    r = parse_text(page, name="p.txt")
    assert [e.title for e in r.entries] == ["巴特尔：把“小奶瓶”做成富民大产业"]
    assert r.entries[0].byline == "邱某桐" and r.entries[0].text.rstrip().endswith("更是责任。”巴特尔说。")


def test_a_posts_footer_starts_at_its_end_mark() -> None:
    post = """共青团某县委
2024-05-06 18:00 发表于江西
青年音乐夜市丨点亮滨河的夜
5月1日晚，青年音乐夜市在滨河公园开市，吸引市民两千余人。
团县委副书记介绍，音乐夜市将在暑期每周五晚持续开放。
（通讯员　孟小禾）
🔥 青春正当时，奋斗不止步！你的五月是怎么度过的？欢迎在评论区留言分享～
- END -
来源｜共青团某县委
编辑｜龙思彤
初审｜钱小满
往期推荐
▶ 2024年度优秀共青团员拟推荐人选公示
"""
    e = parse_text(post, name="p.txt").entries[-1]
    assert e.text.rstrip().endswith("每周五晚持续开放。")


def test_a_contents_that_prints_no_pages() -> None:
    text = """某县乡村振兴信息
第6期
某县乡村振兴局编　　　　　2024年6月28日
目　录
【工作动态】
全县巩固拓展脱贫攻坚成果同乡村振兴有效衔
接工作推进会召开
县乡村振兴局启动集中排查
【乡镇传真】
石门镇高山茶叶变身“金叶子”

　　　　　　　　— 1 —

某县乡村振兴信息　　　　　　　　　　2024年第6期

【工作动态】
全县巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作推进会召开
6月5日，全县巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作推进会在县会议中心召开。
县乡村振兴局启动集中排查
6月3日至14日，县乡村振兴局会同有关部门开展集中排查。
【乡镇传真】
石门镇高山茶叶变身“金叶子”
5月以来，石门镇组织合作社与脱贫户签订收购协议，带动群众增收。
　　　　　　（石门镇人民政府　冉某岚）
"""
    from conftest import make_source

    from digest.blocks import to_blocks
    from digest.newspaper import parse_newspaper

    src = make_source(text)  # (read as a page without a 目录, as a digest is when its 目录 prints no pages)
    r = parse_newspaper(src, to_blocks(src.lines))
    assert [nows(e.title) for e in r.entries] == ["全县巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作推进会召开", "县乡村振兴局启动集中排查",
                                                  "石门镇高山茶叶变身“金叶子”"]
    assert r.entries[-1].byline == "冉某岚" and r.entries[-1].text.rstrip().endswith("带动群众增收。")


def test_a_tv_stations_text_edition_air_times_and_credits() -> None:
    page = """某县融媒体中心
首页
当前位置：首页 > 电视 > 新闻 > 正文
《某某新闻》2024年9月12日（文字版）
发布时间：2024-09-12 21:06　　来源：某县融媒体中心

播出时间：19:00:15
县委常委会召开会议研究秋冬季重点工作

9月11日下午，县委书记主持召开县委常委会会议，传达学习有关会议精神。
会议还研究了其他事项。县委常委出席会议。
（记者　林小满　丁一鸣）

播出时间：19:03:42
县长调研茶产业和秋粮生产

今天上午，县长深入桂坪镇、白鹭湾乡调研茶产业发展和秋粮生产。
副县长吴晓岚，县农业农村局负责人参加调研。
（记者：周楠　摄像：韩东）
"""
    r = parse_text(page, name="p.txt")
    rows = [(e.title, e.kicker, e.byline) for e in r.entries]  # (the edition's own title over its meta line heads
    assert rows == [("县委常委会召开会议研究秋冬季重点工作", None, "林小满、丁一鸣"),  # no text: the page's title)
                    ("县长调研茶产业和秋粮生产", None, "周楠")]  # (the camera operator is no writer)
    assert r.issue.meta["page_title"] == "《某某新闻》2024年9月12日（文字版）"


def test_a_feeds_export_of_labelled_items() -> None:
    page = """某县人民政府
首页 | 政务公开 | 政务服务 | 互动交流
当前位置：首页 > 政务公开 > 工作动态
============================================================

标题：我县召开2024年一季度重点项目推进会
链接：http://www.example.gov.cn/gzdt/202403/t20240328_1.html
发布时间：2024-03-28 17:06:12
来源：某县融媒体中心
摘要：3月27日下午，全县2024年一季度重点项目推进会在县行政中心召开，县长出席并讲话。
------------------------------------------------------------

标题：我县举行春季招商引资项目集中签约仪式
链接：http://www.example.gov.cn/gzdt/202403/t20240322_2.html
发布时间：2024-03-22 10:15:36
来源：某县融媒体中心
摘要：3月21日上午，某县春季招商引资项目集中签约仪式在县会展中心举行，现场签约项目11个。
------------------------------------------------------------
"""
    r = parse_text(page, name="p.txt")
    rows = [(e.title, e.date, e.text[:6]) for e in r.entries]
    assert rows == [("我县召开2024年一季度重点项目推进会", "2024-03-27", "3月27日下"),
                    ("我县举行春季招商引资项目集中签约仪式", "2024-03-21", "3月21日上")]
