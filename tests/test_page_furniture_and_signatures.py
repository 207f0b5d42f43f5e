"""Pages of kinds first met in the session-12 annotated sets (a 农民报 page head printed in lines, an
essay page signed `□ 某某`, a 法治报 page with its copyright line, a 简报's 【简讯】 of dated briefs), written
here in new words: each behaviour on a page of its own."""
from __future__ import annotations

from conftest import make_source

from digest.bylines import byline_parts
from digest.masthead import line_facts
from digest.model import Entry
from digest.parse import parse_source
from digest.persons import annotate


def test_a_page_head_printed_in_lines_gives_its_page_and_its_name() -> None:
    page = ("青川农民报\n5\n2024年3月8日　星期五\n乡村振兴\n责任编辑：柏雨晴　校对：凤小溪\n\n"
            "春耕备耕正当时\n本报讯（记者 应天和）3月6日，南岭乡组织农技人员深入田间指导春耕，发放良种2万公斤。\n"
            "乡党委书记万启明说，今年全乡粮食播种面积稳定在3万亩以上。\n")
    r = parse_source(make_source(page))
    assert r.issue.meta["page"] == 5 and r.issue.meta["page_name"] == "乡村振兴"
    assert [(e.section, e.title) for e in r.entries] == [("乡村振兴", "春耕备耕正当时")]


def test_a_copyright_line_over_the_footer_is_no_text_of_the_last_article() -> None:
    page = ("东河法治报　2024年4月2日　星期二　第4版　法治视点　责编：谷雨\n\n"
            "县法院开展巡回审判\n本报讯（记者 房一鸣）4月1日，县法院在石岭村开庭审理一起邻里纠纷案件。\n"
            "审判长屈文涛当庭释法说理，双方达成和解。\n\n"
            "东河法治报社版权所有　未经书面授权不得转载\n"
            "地址：东河市滨江路9号　邮编：430100　发行热线：0711-8662000　东河法治报社出版\n")
    r = parse_source(make_source(page))
    assert r.entries[-1].text.endswith("双方达成和解。")
    assert r.issue.meta["hotline"] == "0711-8662000" and r.issue.meta["editor_org"] == "东河法治报社"


def test_an_essay_signed_under_its_text_is_no_kicker_of_the_next() -> None:
    page = ("**老屋的枣树**\n院里那棵枣树是祖父种下的，每年秋天都结满红枣。\n如今祖父已经不在了，枣树还年年开花。\n"
            "□ 濮秀兰\n**七十学书法**\n退休以后，我报名参加了老年大学的书法班，一写就是五年。\n"
            "□ 钟离望川（作者系某县水利局退休干部）\n**邻居大姐**\n搬到城里那年，楼下的大姐常拉着我去活动室唱歌。\n"
            "□ 阿依古丽·吐尔逊\n")
    r = parse_source(make_source(page, "p.md"))
    assert [(e.title, e.kicker, e.byline) for e in r.entries] == [
        ("老屋的枣树", None, "濮秀兰"), ("七十学书法", None, "钟离望川"), ("邻居大姐", None, "阿依古丽·吐尔逊")]
    assert r.entries[1].text.endswith("一写就是五年。")


def test_an_e_paper_page_head_with_its_buttons_is_a_masthead_line() -> None:
    facts = line_facts("2019年6月4日 星期二 第21期（总第880期） 第06版：夕阳红 责任编辑：某某 上一版 下一版 PDF版")
    assert facts is not None and facts["page"] == 6 and facts["page_name"] == "夕阳红" and facts["total_no"] == 880
    assert line_facts("上一版 下一版") is None  # (the buttons alone are no facts)
    assert line_facts("2023年06月14日 星期三往期回顾 | 本版PDF下载 | 某某融媒首页") == {"weekday": "星期三",
                                                                                      "date": "2023-06-14"}
    assert line_facts("第06版：夕阳红 版面导航 PDF版") == {"page_name": "夕阳红", "page": 6}


def test_a_label_after_a_credits_names_is_no_name() -> None:
    assert byline_parts("本报记者 蒯清远 整理", False) == ["蒯清远"]
    assert byline_parts("记者 蒯清远 报道", True) == ["蒯清远"]


def test_old_mr_after_a_surname_alone_names_no_one() -> None:
    got = []
    for text in ("“字越写越有精神。”东方老先生笑着说。", "会上，王立民老先生发言。"):
        e = [Entry(title="", text=text)]
        annotate(e, weak=0.5, clauses=True)
        got.append(e[0].persons)
    assert got == [[], ["王立民"]]


def test_a_column_of_dated_briefs_under_its_label_gives_one_record_a_brief() -> None:
    issue = ("某镇工作简报\n第3期\n某镇党政办公室　　2024年4月30日\n\n"
             "某镇召开春季防火工作会议\n　　4月2日，某镇召开春季森林防火工作会议，镇长晏清和部署防火工作。\n\n"
             "【简讯】\n\n"
             "　　4月8日，镇卫生院在中心小学开展急救知识培训，300余名师生参加。\n"
             "　　4月15日，镇派出所所长宓长林在集市开展反诈宣传，发放资料500余份。\n"
             "　　4月22日，镇文化站组织读书分享会，40余名村民参加。\n")
    r = parse_source(make_source(issue))
    briefs = [e for e in r.entries if e.section == "简讯"]
    assert [e.date for e in briefs] == ["2024-04-08", "2024-04-15", "2024-04-22"]
    assert briefs[1].persons == ["宓长林"] and briefs[0].text.startswith("4月8日，")


def test_a_contributors_writer_is_a_person_and_a_unit_alone_is_none() -> None:
    issue = ("某镇工作简报\n第3期\n某镇党政办公室　　2024年4月30日\n\n"
             "村里建起农家书屋\n　　4月10日，石门村农家书屋正式开放，藏书3000余册。\n　　（供稿：石门村　骆小棠）\n\n"
             "社区开展义诊活动\n　　4月12日，临河社区联合镇卫生院开展义诊活动，服务居民200余人。\n　　（临河社区供稿）\n")
    r = parse_source(make_source(issue))
    assert [e.persons for e in r.entries] == [["骆小棠"], []]


def test_bold_briefs_run_into_their_text_under_a_column_of_briefs() -> None:
    page = ("### 某区召开春耕工作会\n\n伊川讯 3月2日，某区召开春耕生产工作会议，区长邢安国出席并讲话。\n\n#### ■简讯\n\n"
            "**区人社局举办女性专场招聘会** 伊川讯 3月4日，区人社局举办女性专场招聘会，38家企业提供岗位500余个。\n\n"
            "**区法院开展普法进社区活动** 伊川讯 3月7日，区法院女法官走进龙泉社区开展普法宣传，发放资料600余份。\n\n"
            "### 某区召开安全生产工作会议\n\n伊川讯 3月8日，某区召开安全生产工作会议，副区长宁远帆主持。\n")
    r = parse_source(make_source(page, "p.md"))
    assert [(e.section, e.title) for e in r.entries][1:3] == [
        ("简讯", "区人社局举办女性专场招聘会"), ("简讯", "区法院开展普法进社区活动")]
    assert r.entries[2].text.startswith("伊川讯 3月7日") and r.entries[3].title == "某区召开安全生产工作会议"


def test_a_woman_worker_is_a_kind_of_person_before_a_name() -> None:
    e = [Entry(title="", text="来自阿克苏的女工阿依夏木·卡德尔告诉记者，她已工作三年。")]
    annotate(e, weak=0.5, clauses=True)
    assert e[0].persons == ["阿依夏木·卡德尔"]


def test_a_toc_line_worded_otherwise_finds_a_bold_title_run_into_its_text() -> None:
    issue = ("# 目录\n\n## ◆◆◆ 时政 ◆◆◆\n\n### 重要会议\n\n某市召开营商环境推进会.....\t5\n"
             "市政府第 4 次常务会议召开.....\t5\n某市召开安全生产会议.....\t6\n\n"
             "## ◆◆◆ 时政 ◆◆◆\n\n### 重要会议\n\n"
             "**某市召开营商环境推进会** 3月2日，某市召开营商环境推进会，市长乔远山出席。\n\n"
             "**乔远山主持召开市政府第4次常务会议** 3月5日，市长乔远山主持召开市政府第4次常务会议，研究春季植树工作。\n\n"
             "**某市召开安全生产会议** 3月8日，某市召开安全生产会议，部署一季度安全生产工作。\n")
    r = parse_source(make_source(issue))
    assert [(e.title, e.toc_title, e.page) for e in r.entries] == [
        ("某市召开营商环境推进会", "某市召开营商环境推进会", 5),
        ("乔远山主持召开市政府第4次常务会议", "市政府第 4 次常务会议召开", 5),
        ("某市召开安全生产会议", "某市召开安全生产会议", 6)]


def test_a_news_script_gives_one_item_a_title_over_its_lead() -> None:
    script = ("青川新闻\n2024年5月17日（星期五）\n\n主持人：各位观众，晚上好！欢迎收看《青川新闻》。\n\n"
              "县委常委会召开会议\n【导语】5月16日下午，县委书记洪志远主持召开县委常委会会议，研究近期重点工作。\n"
              "【正文】会议强调，要扎实做好防汛备汛工作。\n记者 祁晓丹 报道\n\n"
              "早稻田间管理正当时\n【导语】眼下，我县8万亩早稻陆续进入分蘖期。\n"
              "【正文】种粮大户喻大成正操作无人机进行追肥作业。\n记者 印海波 报道\n\n"
              "主持人：以上就是今天节目的主要内容，感谢收看，我们明天再见。\n")
    r = parse_source(make_source(script))
    assert [(e.title, e.byline) for e in r.entries] == [("县委常委会召开会议", "祁晓丹"), ("早稻田间管理正当时", "印海波")]
    assert r.entries[0].text.startswith("5月16日下午") and r.entries[1].text.endswith("追肥作业。")
    assert "印海波" in r.entries[1].persons and "报道" not in r.entries[1].persons


def test_a_word_files_heading_over_bold_titles_is_their_section() -> None:
    page = ("**某县教育工作简报**\n第4期\n\n# 一、工作动态\n**县教育局召开校园安全工作会议**\n"
            "4月2日，县教育局召开校园安全工作会议，局长覃立新出席。\n# 二、学校风采\n**县第一中学开展课后服务**\n"
            "今年以来，县第一中学探索课后服务新模式，参与率达98%。（县第一中学　段若楠）\n")
    r = parse_source(make_source(page, "p.md"))
    assert [(e.section, e.title) for e in r.entries] == [
        ("工作动态", "县教育局召开校园安全工作会议"), ("学校风采", "县第一中学开展课后服务")]
    assert r.entries[0].text.endswith("出席。") and r.entries[1].byline == "段若楠"


def test_one_writers_credit_closing_several_articles_stays_theirs() -> None:
    page = ("岑阳县政协网\n首页　政协概况　委员风采\n当前位置：首页 > 委员风采 > 正文\n\n"
            + "".join(f"{n}：{t}\n\n　　{n}，县政协委员。{s}\n\n（县政协办公室 {w}）\n\n" for n, t, s, w in [
                ("钭红梅", "把履职写在田野上", "她扎根基层二十年。", "卜晓宁"),
                ("欧阳振华", "为民营经济鼓与呼", "他提交提案十余件。", "卜晓宁"),
                ("蔺建军", "守护群众健康", "他从医二十八年。", "哈斯其其格"),
                ("司马文涛", "三尺讲台上的建言者", "他从教二十余年。", "卜晓宁")])
            + "【打印本页】【关闭窗口】\n版权所有：岑阳县政协办公室\n")
    r = parse_source(make_source(page))
    assert [e.byline for e in r.entries] == ["卜晓宁", "卜晓宁", "哈斯其其格", "卜晓宁"]
    assert "哈斯其其格" in r.entries[2].persons


def test_a_web_editions_toc_of_links_and_page_cells_is_read(tmp_path) -> None:
    from digest.parse import parse_path

    items = [("某市召开营商环境推进会", 1, "5月6日，某市召开营商环境推进会，市长乔远山出席。"),
             ("某市开展防汛演练", 2, "5月9日，某市开展防汛应急演练，副市长宁远帆观摩。")]
    toc = "".join(f'<li><a href="#a{k}">{t}</a><span class="pg">{p}</span></li>' for k, (t, p, _x) in enumerate(items))
    body = "".join(f'<h3 id="a{k}">{t}</h3><p>{x}</p>' for k, (t, _p, x) in enumerate(items))
    page = (f"<html><body><h1>某市政务信息</h1><p>2024年第5期</p><h2>目　录</h2><h3>◆◆◆ 时政 ◆◆◆</h3><ul>{toc}</ul>"
            f"<h2>◆◆◆ 时政 ◆◆◆</h2>{body}</body></html>")
    f = tmp_path / "issue.html"
    f.write_text(page, encoding="utf-8")
    r = parse_path(f)
    assert [(e.title, e.page, e.section) for e in r.entries] == [
        ("某市召开营商环境推进会", 1, "时政"), ("某市开展防汛演练", 2, "时政")]


def test_an_advertisements_box_is_no_articles_text() -> None:
    page = ("某县日报 2024年7月18日 星期四 第2版 综合新闻 本版责编：贺兰雪 校对：阙明轩\n\n"
            "县人社局举办招聘会\n　　本报讯（记者 聂青禾）7月15日，县人社局举办高校毕业生专场招聘会，86家企业提供岗位。\n\n"
            "┌────────────────┐\n　广告\n　招聘启事\n　某物流公司招聘货车司机5名。\n　联系电话：0738-6652318\n└────────────────┘\n\n"
            "县市场监管局开展食品安全检查\n　　本报讯（记者 龙雨桐）7月17日，县市场监管局开展夏季食品安全专项检查。\n")
    r = parse_source(make_source(page))
    assert [e.title for e in r.entries] == ["县人社局举办招聘会", "县市场监管局开展食品安全检查"]
    assert r.entries[0].text.endswith("提供岗位。") and r.issue.meta["page"] == 2
    assert r.issue.meta["page_editor"] == "贺兰雪" and len(r.issue.meta["advert_lines"]) == 6


def test_a_front_pages_teasers_and_serial_number_are_masthead_facts() -> None:
    assert line_facts("国内统一连续出版物号：CN 36-0071　　邮发代号：43-26") == {"serial_no": "CN 36-0071",
                                                                                "postal_code": "43-26"}
    assert line_facts("【导读】") == {"teaser_label": "导读"}
    assert line_facts("▶ 全市秋粮收获进度过半 （3版）") == {"teaser": "全市秋粮收获进度过半"}
    assert line_facts("会议强调，要抓好落实（3版）。") is None


def test_a_replys_label_inside_a_hotline_item_stays_its_text() -> None:
    page = ("某晚报　2023年11月21日　星期二　第07版：社区　本版编辑：纪雯雯\n\n【热线回音】\n\n小区门前路灯为何半月不亮\n\n"
            "11月14日，家住金桂苑小区的刁女士拨打本报热线，反映小区门前6盏路灯不亮。\n\n【部门回复】\n\n"
            "11月16日，市城市管理局照明管理所回复称，已更换损坏的电缆。\n")
    r = parse_source(make_source(page))
    assert [e.title for e in r.entries] == ["小区门前路灯为何半月不亮"]
    assert "照明管理所回复称" in r.entries[0].text


def test_a_word_and_a_place_after_it_opening_a_headline_is_no_name() -> None:
    e = [Entry(title="楼道里的“飞线充电”该管管了", text="我家住在某某小区5栋，最近发现楼道里私拉电线充电。")]
    annotate(e, weak=0.5, clauses=True)
    assert e[0].persons == []
