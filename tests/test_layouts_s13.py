"""Layouts first met in the session-13 annotated sets (a government's press releases closed by `完` and
their stamp, a university paper's page, a theory page of signed essays, a town's WeChat digest of
bracketed items, a 常务会议纪要 collection, a 人大常委会 gazette), written here in new words: each
behaviour on a page of its own, and the text it must leave alone."""
from __future__ import annotations

from conftest import make_source
from conftest import named_persons as _named

from digest.chrome import chrome_reason
from digest.fields import parse_leading_date
from digest.masthead import line_facts
from digest.model import Entry
from digest.parse import parse_source
from digest.persons import annotate
from digest.toc import _BARE_PAGE


def _persons(text: str) -> list[str]:
    e = Entry(title="", text=text)
    annotate([e], weak=0.3)
    return e.persons


RELEASES = ("某某特區政府\n新聞公報\n主頁 > 新聞公報 > 2024年6月3日\nEnglish | 繁體 | 简体　　文字大小　A A A　　列印此頁\n\n"
            "保安局局長視察口岸\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n\n"
            "　　保安局局長葉志成今日（六月三日）上午視察東灣口岸，了解旅客通關情況。\n"
            "　　葉志成表示，政府會繼續優化通關安排。\n\n完\n2024年6月3日（星期一）\n香港時間11時20分\n\n"
            "立法會五題：公共圖書館開放時間\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n\n"
            "　　以下為今日（六月三日）在立法會會議上蔡明遠議員的提問和民政局局長梁家和的答覆：\n"
            "問題：\n　　政府會否延長公共圖書館的開放時間？\n答覆：\n　　政府會研究延長開放時間。\n\n完\n"
            "2024年6月3日（星期一）\n香港時間15時05分\n\n列印此頁　　返回頁首\n2024 | 重要告示 | 私隱政策\n"
            "修訂日期：2024年6月3日\n")


def test_releases_closed_by_their_end_mark_and_stamp() -> None:
    r = parse_source(make_source(RELEASES))
    assert [e.title for e in r.entries] == ["保安局局長視察口岸", "立法會五題：公共圖書館開放時間"]
    assert r.entries[0].text.endswith("優化通關安排。")  # (the mark and the stamp are no text)
    assert r.entries[1].text.endswith("研究延長開放時間。")  # (nor the page's footer after the last)
    assert [e.date for e in r.entries] == ["2024-06-03", "2024-06-03"]


def test_a_mark_inside_the_text_ends_nothing() -> None:
    page = ("村里来了新书记\n　　本报讯 5月6日，新书记到任。\n完\n　　他说，工作还没有做完，要一件件办好。\n\n"
            "夏收开镰\n　　本报讯 5月8日，全乡小麦开镰收割。\n")
    r = parse_source(make_source(page))
    assert "一件件办好" in r.entries[0].text


def test_a_day_named_with_its_date_in_brackets() -> None:
    page = ("新聞公報　2024年5月8日\n\n東區民政事務專員探訪長者\n　　東區民政事務專員何慧玲昨日（五月七日）下午探訪區內長者。\n"
            "　　何慧玲表示，會繼續關心長者生活。\n署長出席環保研討會\n　　署長文志強今日（五月八日）出席研討會並致辭。\n"
            "　　研討會吸引二百多名業界代表參加。\n局長會見商會代表\n　　5月8日上午，局長會見到訪的商會代表。\n"
            "　　雙方就加強合作交換意見。\n")
    r = parse_source(make_source(page))
    assert [e.date for e in r.entries] == ["2024-05-07", "2024-05-08", "2024-05-08"]


def test_a_site_s_language_row_footer_links_and_revision_day_are_chrome() -> None:
    assert chrome_reason("English | 繁体 | 简体　　文字大小　A A A　　列印此页") == "toggles"
    assert chrome_reason("列印此页　　返回页首") == "print-close"
    assert chrome_reason("2024 | 重要告示 | 私隐政策 | 版权告示") == "site-links"
    assert chrome_reason("修订日期：2024年5月8日") == "revised"
    assert chrome_reason("A") is None  # (a letter alone is no font-size control)
    assert chrome_reason("修订日期：另行通知") is None


def test_a_paper_s_name_in_pinyin_and_its_contact_lines_are_masthead_facts() -> None:
    assert line_facts("岭南大学报　　　LINGNAN DAXUE BAO") == {"name": "岭南大学报"}
    assert line_facts("本版邮箱：bb@x.edu.cn　　新闻热线：0871-5126600") == {
        "email": "bb@x.edu.cn", "hotline": "0871-5126600"}
    assert line_facts("本版联系电话：0838-6213588　　电子邮箱：xb@x.edu.cn") == {
        "phone": "0838-6213588", "email": "xb@x.edu.cn"}
    assert line_facts("国内统一连续出版物号 CN51-0437/(G)") == {"serial_no": "CN51-0437/(G)"}
    assert line_facts("我们的报道 ABC") is None  # (a name in capitals needs two letters a word and a 报 before)


def test_a_married_woman_called_by_her_husband_s_surname_is_no_name() -> None:
    assert _persons("住户陈太表示，两名子女正在读小学。") == []
    assert _persons("住户陈太平表示，两名子女正在读小学。") == ["陈太平"]


def test_a_credit_s_dotted_name_ends_at_the_space_before_the_next() -> None:
    assert _persons("学生记者 买买提·吐尔逊 王梦瑶") == ["买买提·吐尔逊", "王梦瑶"]


def test_names_run_together_by_a_joined_credit_are_read_apart() -> None:
    page = ("校报\n第2版\n\n科技文化节落幕\n　　本报讯（学生记者 买买提·吐尔逊 仉梦瑶）5月10日，学校科技文化节在东校区落幕，"
            "副校长宓浩然出席闭幕式并讲话。\n")
    persons = parse_source(make_source(page)).entries[0].persons
    assert "买买提·吐尔逊仉梦瑶" not in persons and {"买买提·吐尔逊", "仉梦瑶"} <= set(persons)


def test_who_took_the_minutes() -> None:
    assert _persons("记录：石婉清") == ["石婉清"]
    assert _persons("详细记录周边情况。") == []


def test_a_row_of_names_each_with_a_note_a_space_apart() -> None:
    row = "列席：甘晓明（县政府办主任）　禤丽娟（县教育局局长）　蒙德林（县住建局局长）　岳红梅（县工商联主席）"
    assert {"禤丽娟", "蒙德林", "岳红梅"} <= set(_persons(row))
    assert _persons("单位（万元）　项目（个）　金额（元）　合计（元）") == []


def test_a_name_in_a_table_cell_before_its_sex() -> None:
    assert _persons("端木晓雯\t女\t1981.07\t市财政局副局长") == ["端木晓雯"]
    assert _persons("古丽米拉·艾买提\t女\t1983.11\t副局长") == ["古丽米拉·艾买提"]
    assert _persons("男\t女\t合计") == []


def test_a_resignation_accepted() -> None:
    assert _persons("会议决定：接受蒲文彬辞去某县人民政府副县长职务。") == ["蒲文彬"]
    assert _persons("接受王府井的邀请，前往参观。") == []


THEORY = ("澜州日报\n第7版　理论\n\n"
          "【编者按】　本版今起开设“理论与实践”专栏，刊发党校教师的学习体会，敬请关注。\n\n"
          "以新质生产力引领县域发展\n作者：濮阳晓彤　古丽娜尔·吐尔逊\n"
          "　　发展新质生产力是推动高质量发展的内在要求，县域要找准自己的位置。\n"
          "■ 因地制宜培育新兴产业\n　　不能忽视传统产业，而要用新技术改造提升传统产业。\n"
          "■ 以人才集聚厚植优势\n　　人才是第一资源，要出台更有吸引力的政策。\n"
          "（作者分别系澜州市委党校经济学教研部教授、讲师）\n\n"
          "在调查研究中改进作风\n□ 司徒海燕\n　　调查研究是谋事之基、成事之道，领导干部要多到基层去。\n"
          "（作者系澜州市委党校教授）\n")


def test_an_essay_s_bulleted_parts_and_its_author_s_note_stay_in_it() -> None:
    r = parse_source(make_source(THEORY))
    assert [e.title for e in r.entries] == ["以新质生产力引领县域发展", "在调查研究中改进作风"]
    assert "以人才集聚厚植优势" in r.entries[0].text
    assert r.entries[0].byline == "濮阳晓彤、古丽娜尔·吐尔逊"
    assert r.issue.meta["editor_note"].startswith("【编者按】")


def test_bullets_with_no_author_s_note_after_them_are_items() -> None:
    page = ("某局工作简报\n\n本周工作\n　　本周全局各项工作有序推进，现将重点工作分述如下。\n"
            "■ 开展安全生产检查\n　　局领导带队检查了辖区企业。\n■ 召开党组会议\n　　党组会议研究了下月工作。\n")
    r = parse_source(make_source(page))
    assert "开展安全生产检查" in [e.title for e in r.entries]


DIGEST = ("某镇6月份工作动态\n\n原创 某某 某镇发布 2024年07月02日 17:45 四川\n阅读 2386　在看 17\n\n"
          "6月以来，某镇统筹抓好各项工作。现将6月份全镇重点工作动态摘编如下。\n\n"
          "【镇党委召开理论学习中心组学习会】\n6月3日，镇党委召开理论学习中心组学习会，镇党委书记贲立新主持。\n\n"
          "**汛前隐患大排查**\n6月5日至6日，镇应急办对辖区隐患点开展排查，落实防范措施27条。\n\n"
          "【邻里节暖人心】6月7日，某社区举办邻里节，居民80余人参与。\n\n"
          "【安全生产专项检查】6月13日，镇长乜小兵带队开展安全生产检查。\n\n"
          "来源：某镇党政办\n编辑：某某\n\n往期推荐\n某镇召开2024年防汛工作部署会\n我镇举行民法典宣传月活动\n\n"
          "某镇发布\n扫码关注我们\n")


def test_a_digest_s_items_titled_in_brackets_on_their_text_s_line() -> None:
    r = parse_source(make_source(DIGEST))
    assert [e.title for e in r.entries] == ["镇党委召开理论学习中心组学习会", "汛前隐患大排查", "邻里节暖人心",
                                            "安全生产专项检查"]
    assert r.entries[-1].text.endswith("开展安全生产检查。")  # (the post's list of other posts is chrome)
    assert r.issue.meta["preface"].startswith("6月以来")


def test_a_source_tag_and_a_column_label_before_a_dated_text_are_no_titles() -> None:
    page = ("某县信息\n\n县里召开会议\n　　3月1日，县里召开会议。\n\n【县发改局】3月2日，县发改局召开项目推进会。\n")
    r = parse_source(make_source(page))
    assert "县发改局" not in [e.title for e in r.entries]


def test_an_e_paper_s_button_over_a_headline_is_no_list_of_posts() -> None:
    page = ("2012年10月23日 星期二 第08版：晚霞 责任编辑：某某 上一版 下一版 PDF版\n往期回顾\n"
            "市老年大学举办书画展\n本报讯（记者 庄一苇）10月20日，市老年大学举办书画摄影作品展。\n")
    r = parse_source(make_source(page))
    assert "市老年大学举办书画展" in [e.title for e in r.entries]  # (a headline, not a link under the button)


GAZETTE = ("某县人民代表大会常务委员会公报\n\n2024年　第3号\n\n目　　录\n\n【决议决定】\n"
           "某县人民代表大会常务委员会关于设立生态保护日的决定 ………… 1\n\n【工作报告】\n"
           "关于全县耕地保护工作情况的报告（摘要）\n　　…………………………………… 钟离慧　2\n\n【人事任免】\n"
           "某县人民代表大会常务委员会关于接受蒲文彬辞去某县人民政府\n　　副县长职务的决定 …………… 3\n\n\n"
           "某县人民代表大会常务委员会\n关于设立生态保护日的决定\n（2024年6月27日某县第十八届人民代表大会\n常务委员会第十九次会议通过）\n\n"
           "　　为增强全社会生态环境保护意识，决定将每年8月15日设立为生态保护日。\n\n"
           "2024年第3号　　　　某县人民代表大会常务委员会公报\n\n"
           "　　各乡镇和有关部门要在生态保护日前后集中开展宣传活动。\n\n"
           "某县人民代表大会常务委员会公报　　　　2024年第3号\n\n"
           "关于全县耕地保护工作情况的报告\n（摘要）\n——2024年6月26日在某县第十八届人民代表大会常务委员会第十九次会议上\n"
           "县人民政府副县长　钟离慧\n\n　　近年来，县人民政府坚决扛起耕地保护政治责任。\n\n"
           "2024年第3号　　　　某县人民代表大会常务委员会公报\n\n"
           "某县人民代表大会常务委员会\n关于接受蒲文彬辞去某县人民政府\n副县长职务的决定\n"
           "（2024年6月27日某县第十八届人民代表大会\n常务委员会第十九次会议通过）\n\n"
           "　　会议决定：接受蒲文彬辞去某县人民政府副县长职务。\n\n"
           "某县人民代表大会常务委员会公报　　　　2024年第3号\n")


def test_a_gazette_s_acts_their_notes_and_a_report_s_speaker() -> None:
    r = parse_source(make_source(GAZETTE))
    assert [(e.toc_title is not None, e.date) for e in r.entries] == [(True, "2024-06-27"), (True, "2024-06-26"),
                                                                     (True, "2024-06-27")]
    assert r.entries[2].title.endswith("副县长职务的决定")  # (a title over three lines)
    assert r.entries[0].text.startswith("为增强") and r.entries[0].subtitle.startswith("（2024年6月27日")
    assert r.entries[1].byline == "钟离慧" and r.entries[1].text.startswith("近年来")
    assert not any("公报" in e.text for e in r.entries)  # (the long running heads are furniture)
    assert "蒲文彬" in r.entries[2].persons


def test_a_page_line_after_a_leader_may_name_the_reporter() -> None:
    assert _BARE_PAGE.match("　　…………………… 钟离慧　2")[1] == "2"
    assert _BARE_PAGE.match("钟离慧　2") is None  # (no leader before the name: a title and its page)


def test_an_act_s_note_and_a_report_s_occasion_give_the_day() -> None:
    assert parse_leading_date("（2024年6月27日某县第十八届人民代表大会常务委员会第十九次会议通过）", 2024, 7) == ("2024-06-27", None)
    assert parse_leading_date("——2024年6月26日在某县人民代表大会常务委员会会议上", 2024, 7) == ("2024-06-26", None)
    assert parse_leading_date("（2024年6月27日，记者摄）", 2024, 7) == (None, None)


MINUTES = ("某县人民政府常务会议纪要汇编\n\n目　　录\n\n第五次常务会议纪要…………1\n第六次常务会议纪要…………3\n\n\n"
           "某县人民政府第五次常务会议纪要\n\n2024年4月3日\n\n"
           "　　4月3日上午，县长龙海平主持召开县人民政府第五次常务会议。\n　　出席：龙海平、欧阳建新\n　　记录：石婉清\n\n\n"
           "某县人民政府第六次常务会议纪要\n\n2024年4月17日\n\n"
           "　　4月17日上午，县长龙海平主持召开县人民政府第六次常务会议。\n　　记录：谭可欣\n")


def test_the_body_s_title_with_its_issuer_before_it_ends_the_contents() -> None:
    r = parse_source(make_source(MINUTES))
    assert [e.toc_title for e in r.entries] == ["第五次常务会议纪要", "第六次常务会议纪要"]
    assert "石婉清" in r.entries[0].persons and "谭可欣" in r.entries[1].persons


TIMELINE = ("某县发布\n某县人民政府新闻办公室官方微博\n粉丝 3.2万 | 关注 120 | 微博 8061\n全部微博  原创  图片\n"
            "2024年5月（3）\n\n置顶\n某县发布\n2024-05-06 10:23 来自 微博 weibo.com\n"
            "#某县政务公开#【某县五一假期文旅市场平稳有序】5月1日至5日，全县接待游客12万人次。\n转发 5 评论 2 赞 40\n\n"
            "某县发布\n5月20日 12:00 来自 微博 weibo.com\n"
            "#健康某县#【送医下乡活动启动】近日，县卫健局组织12支专家团队深入乡镇义诊。（记者 谭思雨）\n转发 2 评论 1 赞 13\n\n"
            "某县发布\n2024-05-24 09:30 来自 iPhone客户端\n"
            "【某县召开重大项目推进会】5月23日下午，全县重大项目推进会召开，县长欧阳振邦主持。\n转发 1 评论 0 赞 7\n")


def test_a_microblog_s_posts_under_their_time_lines() -> None:
    r = parse_source(make_source(TIMELINE))
    assert [(e.title, e.kicker) for e in r.entries] == [
        ("某县五一假期文旅市场平稳有序", "#某县政务公开#"), ("送医下乡活动启动", "#健康某县#"), ("某县召开重大项目推进会", None)]
    assert r.entries[0].date == "2024-05-01" and r.entries[2].date == "2024-05-23"
    assert not any("转发" in e.text or "某县发布" in e.text for e in r.entries)


def test_a_topic_opening_a_line_is_no_markdown_heading() -> None:
    from digest.blocks import make_block

    assert make_block(1, "#某县身边事#【标题】正文").level == 0
    assert make_block(1, "# 标题").level == 1 and make_block(1, "#标题").level == 1


ROC_PAGE = ("某縣政府全球資訊網\n首頁 > 縣政新聞 > 新聞稿\n字級：小 中 大 | 列印 | 分享 | RSS\n\n"
            "縣長視察護岸工程 要求汛期前完工\n發布日期：113-05-08\n發布單位：水利處\n"
            "縣長張德馨今（8）日上午前往瑞湳溪護岸改善工程現場視察，要求汛期前全數完工。\n"
            "聯絡人：邱郁婷 電話：(03)355-2101 分機5521\n\n"
            "模範母親表揚大會 副縣長感謝母親付出\n發布日期：113-05-08\n發布單位：社會處\n"
            "本縣模範母親表揚大會於昨（7）日在縣府大禮堂舉行，副縣長蘇慧芸出席頒獎。\n"
            "聯絡人：翁淑惠 電話：(03)355-2101 分機6203\n\n"
            "回上一頁 | 回首頁 | 列印 | 分享\n瀏覽人次：1,284\n"
            "某縣政府 地址：33001某縣某市縣府路1號 總機：(03)355-2101\n")


def test_a_taiwan_county_s_releases_dated_in_the_republic_s_calendar() -> None:
    r = parse_source(make_source(ROC_PAGE))
    assert [e.title for e in r.entries] == ["縣長視察護岸工程 要求汛期前完工", "模範母親表揚大會 副縣長感謝母親付出"]
    assert [e.date for e in r.entries] == ["2024-05-08", "2024-05-07"]  # (今（8）日, 昨（7）日 of 113-05-08)
    assert r.entries[0].text.endswith("全數完工。")  # (the contact line is no text, the footer is chrome)
    assert "邱郁婷" in r.entries[0].persons  # (but its contact is one of its people)
    assert r.entries[1].text.endswith("出席頒獎。")


def test_a_three_digit_year_is_read_only_as_the_republic_s_in_a_date_shape() -> None:
    from digest.chrome import _published

    assert _published("發布日期：113-05-08") == "2024-05-08"
    assert _published("发布日期：2024-05-08") == "2024-05-08"
    assert _published("共113人，05号") is None


HOSPITAL = ("某市人民医院报                              2024年5月20日  星期一\n"
            "第2版 · 医院新闻                     责任编辑：鲍静怡  校对：卞晓蕾\n\n"
            "填补我市该领域技术空白\n我院成功开展首例微创瓣膜手术\n5月12日，我院心血管内科团队为一名\n"
            "82岁的患者王大爷成功实施微创瓣膜置换\n术，这也是我市首例该类手术。手术由令\n狐建平主任医师主刀，"
            "夏侯晓鸥副主任医\n师协助，历时约1小时。\n（通讯员 闵雪）\n\n"
            "我院与溪口镇卫生院签订医联体合作协议\n5月15日上午，我院与溪口镇卫生院签订\n"
            "紧密型医联体合作协议。骨科公孙志强副主\n任医师等专家在卫生院开展义诊，共接诊\n群众150余人。\n"
            "内分泌科走进颐和社区开展“糖尿病防治”主题义诊\n5月18日，我院内分泌科在颐和社区广场\n"
            "开展义诊活动。营养科欧阳倩营养师为居\n民讲解饮食与运动知识，急诊科付敏护士\n长现场教学急救。\n"
            "（通讯员 阎晓晨）\n\n第5期（总第218期）   内部资料 免费交流   准印证号：某内资字（2024）第015号   2\n")


def test_a_hospital_paper_s_page_its_doctors_and_a_headline_wider_than_its_lines() -> None:
    r = parse_source(make_source(HOSPITAL))
    assert [e.title for e in r.entries] == ["我院成功开展首例微创瓣膜手术", "我院与溪口镇卫生院签订医联体合作协议",
                                            "内分泌科走进颐和社区开展“糖尿病防治”主题义诊"]
    assert r.entries[0].kicker == "填补我市该领域技术空白" and {e.page for e in r.entries} == {2}
    assert r.issue.meta["page_name"] == "医院新闻" and r.issue.meta["page_editor"] == "鲍静怡"
    assert {"公孙志强"} <= set(r.entries[1].persons)
    assert {"欧阳倩", "付敏"} <= set(r.entries[2].persons)
    assert "鲍静怡" not in r.entries[0].persons  # (the page's editor, its masthead's)


def test_medical_titles_after_a_name_and_a_count_of_them() -> None:
    assert _persons("急诊科付敏护士长等10人被授予优秀护士长称号。") == ["付敏"]
    assert _persons("我院现有主任医师12名、护士长8名。") == []


def test_a_caption_set_wider_than_the_columns_still_runs_on() -> None:
    from digest.blocks import Wrap, past_margin

    wrap = Wrap(width=44, indents=True)
    assert past_margin(wrap, "内分泌科走进颐和社区开展“糖尿病防治”主题义诊疗")
    assert not past_margin(wrap, "▲7月16日，在某县实验小学暑期托管班，孩子们在老师")  # (a clause: prose)
    assert not past_margin(wrap, "全县范围内开展夏季食品安全专项检查，重点检查，")


BOARD = ("某镇某村 村务公开栏\n（2024年第二季度）\n\n某村2024年第二季度财务收支公开\n公开日期：2024年7月5曰\n\n"
         "根据村务公开工作制度，现将本村2024年4月至6月财务收支情况公开如下。\n收入合计：85,950.00\n某村村民委员会\n2024年7月5曰\n\n"
         "2024年第二季度农村低保对象名单公示\n公示时间：2024年7月8日至2024年7月14曰\n\n"
         "经本人申请、入户调查，现将本村低保对象名单公示如下：\n户主：向春林  人口：3  金额：1245元/月\n"
         "户主：田秀英  人口：1  金额：415元/月\n某村村民委员会\n2024年7月8日\n")


def test_a_village_board_s_notices_their_days_and_households() -> None:
    r = parse_source(make_source(BOARD))
    assert [e.title for e in r.entries] == ["某村2024年第二季度财务收支公开", "2024年第二季度农村低保对象名单公示"]
    assert r.issue.meta["masthead_text"] == ["某镇某村 村务公开栏", "（2024年第二季度）"]
    assert {"向春林", "田秀英"} <= set(r.entries[-1].persons)


def test_a_notice_s_day_line_with_more_words_is_text() -> None:
    assert chrome_reason("公示时间：2024年9月5日至9月11日（5个工作日）。") is None
    assert chrome_reason("公示时间：2024年7月8日至2024年7月14曰") == "notice-day"  # (meta right under a title)


def test_monastic_names_before_their_title() -> None:
    assert _persons("副会长释妙音法师、释智明法师出席。") == ["释妙音", "释智明"]
    assert _persons("他解释法师的讲话。") == []


def test_a_page_s_foot_with_its_number_last() -> None:
    assert line_facts("第5期（总第218期）   内部资料 免费交流   准印证号：某内资字（2024）第015号   2")["page"] == 2
    assert line_facts("第2版 · 医院新闻") == {"page": 2, "page_name": "医院新闻"}


def test_an_html_table_s_cells_stay_apart() -> None:
    from digest.readers.html import read_html

    page = ("<html><body><table><tr><td>姓名</td><td>性别</td><td>现任职务</td></tr>"
            "<tr><td>端木晓雯</td><td>女</td><td>市财政局副局长</td></tr></table></body></html>")
    lines = read_html(page.encode("utf-8"), "t.html").lines
    assert "端木晓雯  女  市财政局副局长" in lines


def test_a_list_of_brands_names_no_one() -> None:
    assert _named("在发布会上，小米、华为、荣耀等品牌相继推出新款折叠屏手机。") == []
    assert _named("国货运动品牌李宁、安踏今年上半年营收分别增长。") == []
    assert _named("记者碰到负责工程建设的某某集团乔生祥、黄华平等公司领导。") == ["乔生祥", "黄华平"]


def test_a_knighthood_after_a_name_and_a_family_s_ancestral_hall() -> None:
    assert _named("英国下议院外交委员会主席托马斯·菲尔丁爵士在接受采访时表示。") == ["托马斯·菲尔丁"]
    assert _named("广州陈家祠今年举办了岭南民俗文化节。") == []


def test_a_brand_s_word_before_a_list_and_a_role_that_opens_with_it() -> None:
    assert _named("国货运动品牌李宁、安踏今年上半年营收分别增长。") == []
    assert _named("品牌经理王小明、李大伟出席发布会。") == ["王小明", "李大伟"]
    assert _named("民营企业家代表张三丰、李四光出席座谈会。") == ["张三丰", "李四光"]


def test_an_appointee_whose_surname_is_和() -> None:
    assert _persons("任命邝明远为市发改委主任；任命和秀英为市民政局局长。") == ["邝明远", "和秀英"]
    assert _persons("会议同意和调整有关事项。") == []
