"""Layout rules from the blind sets 62-66 (session 20), each on text written here in our own words: a
title wrapped over two centred lines (one title when the lead sentence prints them), a bulletin's centred
headlines over text opening without a date (several in one article), a title closing on its unit in
brackets, openings as `9月下旬，` and `…开展以来，`, and a list page's rows under summaries a site cut
short (`...`), whose marked-up titles no hard wrap joins to the summary above."""

from __future__ import annotations

from conftest import nows, parse_text

from digest.blocks import Block, Wrap, runs_on
from digest.parse import parse_path

_C = " " * 16  # a centred line's indent in a PDF's text


def _bulletin(*items: tuple[list[str], list[str]]) -> str:
    head = [f"{_C}督 查 工 作 简 报", "", f"{_C}第 5 期", "", "某县委督查室编            2023 年 6 月 20 日", "━━━━━━━━━━━━", ""]
    out = head
    for title_lines, paras in items:
        out += [f"{_C}{t}" for t in title_lines] + [""] + [f"    {p}" for p in paras] + [""]
    return "\n".join(out) + "\n"


def test_a_title_wrapped_over_two_centred_lines_is_one_when_the_lead_prints_it() -> None:
    text = _bulletin(
        (["县委督查室召开", "第二季度重点任务督查推进会"], ["6月2日，县委督查室召开第二季度重点任务督查推进会，通报上月督查情况。"]),
        (["山岭乡完成农村公路养护任务"], ["6月5日，山岭乡完成今年农村公路养护任务，共养护道路46公里。"]),
        (["绿色发展 共建家园", "河口镇开展河道清理行动"], ["6月8日，河口镇组织党员群众200余人清理河道垃圾，共清理12公里。"]),
        (["县委督查组赴石门镇", "督办信访积案化解"], ["6月12日，县委督查组赴石门镇，督办信访积案化解工作。"]),
    )
    titles = {nows(e.title): e.kicker for e in parse_text(text).entries}
    assert "县委督查室召开第二季度重点任务督查推进会" in titles  # (the lead prints the two lines run together)
    assert "县委督查组赴石门镇督办信访积案化解" in titles  # (its lead has a comma between them: left out)
    assert titles.get("河口镇开展河道清理行动") == "绿色发展 共建家园"  # a kicker the lead does not print stays one


def test_centred_headlines_over_undated_text_are_each_an_item() -> None:
    text = _bulletin(
        (["县委督查室部署汛期安全督查"], ["6月1日，县委督查室部署汛期安全督查工作，明确督查重点。"]),
        (["东坡镇整改督查反馈问题"], ["6月3日，东坡镇召开专题会议，研究督查反馈问题整改措施。"]),
        (["西岭乡推进农村人居环境整治"], ["6月6日，西岭乡开展人居环境整治集中行动，清理垃圾30吨。"]),
        (["北山村督查发现问题立行立改"], ["督查组在北山村发现路灯损坏，当天即督促修复完毕，群众拍手称好。"]),
        (["县交通局开展督查整改回头看"], ["督查组采取查阅资料、实地核查等方式，检查整改落实情况，成效明显。"]),
    )
    titles = [nows(e.title) for e in parse_text(text).entries]
    assert titles == ["县委督查室部署汛期安全督查", "东坡镇整改督查反馈问题", "西岭乡推进农村人居环境整治",
                      "北山村督查发现问题立行立改", "县交通局开展督查整改回头看"]


def test_a_title_closing_on_its_unit_in_brackets() -> None:
    text = "\n".join([
        "机关党建工作简报", "", "第3期", "", "某县直属机关工委　　2019年10月25日", "━━━━━━━━━━━━", "",
        "　　县直机关工委召开党建工作推进会", "",
        "　　10月9日，县直机关工委召开党建工作推进会，对下一阶段工作进行部署。", "",
        "　　以“三学”推动理论学习走深走实（县水务局）", "",
        "　　理论学习开展以来，县水务局党组坚持以学促干，推动学习落地见效。", "",
        "　　把党小组建在项目工地上（县交通运输局）", "",
        "　　9月下旬，县交通运输局在重点项目工地成立临时党小组，党员亮身份、作表率。", "",
        "　　机关党支部开展主题党日活动（县林业局）", "",
        "　　10月15日，县林业局机关党支部组织党员到林场开展主题党日活动。", ""])
    titles = [nows(e.title) for e in parse_text(text).entries]
    assert titles == ["县直机关工委召开党建工作推进会", "以“三学”推动理论学习走深走实（县水务局）",
                      "把党小组建在项目工地上（县交通运输局）", "机关党支部开展主题党日活动（县林业局）"]


def test_a_paragraph_closing_on_a_credit_after_its_sentence_stays_a_paragraph() -> None:
    from digest.newspaper import _is_paragraph

    def block(t: str) -> Block:
        return Block(line=1, raw=t, text=t, level=0)

    assert not _is_paragraph(block("把党小组建在项目工地上（县交通运输局）"))
    assert _is_paragraph(block("党员亮身份、作表率。（县交通运输局）"))
    assert _is_paragraph(block("党员亮身份、作表率，推动工程建设提速增效，受到好评（县交通运输局）" * 2))  # (long: a paragraph)


def test_list_rows_under_summaries_cut_short(tmp_path) -> None:
    rows = []
    for k, (title, summary) in enumerate([
            ("市政府召开常务会议", "6月11日，市长主持召开市政府常务会议，研究部署主汛期城市内涝防范、重点水库安全度汛等工作，并审议通过了有关方案，原则同意提请..."),
            ("某区加装电梯实现一站式审批", "近日，某区住建、规划等部门联合设立加装电梯综合服务窗口，审批时限由45个工作日压减到15个工作日，目前已有23个小区提交申请。"),
            ("市医保局开展医保基金专项检查", "6月起，市医疗保障局联合有关部门开展定点医药机构医保基金使用专项检查，重点整治虚假就医、串换药品、超标准收费等问题，并在..."),
            ("全市夏粮收购工作会议召开", "6月7日，全市夏粮收购工作会议召开，总结去年夏粮收购情况，分析今年形势，部署收购工作，要求各地确保农民交售粮食不难..."),
            ("某县订单班定向培养技能人才", "6月6日，某县职业教育中心与县内12家制造企业举行订单班签约仪式，首批招收学员160名，由企业与学校共同制定培养方案..."),
    ]):
        rows += [f"<li><div class='tit'><a href='a{k}.html' title='{title}'>{title}</a><span class='date'>2024/06/{12 - k:02d}"
                 f"</span></div><p class='summary'>{summary}</p></li>"]
    html = ("<html><head><meta charset='utf-8'><title>政务动态</title></head><body><div class='list'><ul>"
            + "".join(rows) + "</ul></div></body></html>")
    page = tmp_path / "list.html"
    page.write_text(html, encoding="utf-8")
    titles = [nows(e.title) for e in parse_path(page, persons=False).entries]
    assert [t.split("2024")[0] for t in titles] == ["市政府召开常务会议", "某区加装电梯实现一站式审批", "市医保局开展医保基金专项检查",
                                                     "全市夏粮收购工作会议召开", "某县订单班定向培养技能人才"]


def test_a_marked_up_heading_never_runs_on() -> None:
    wrap = Wrap(width=40, indents=False, by_chars=True)
    above = Block(line=1, raw="某" * 20, text="某" * 20, level=0)
    heading = Block(line=2, raw="# 某" + "某" * 10, text="某" * 11, level=1)
    plain = Block(line=2, raw="某" * 11, text="某" * 11, level=0)
    assert runs_on(wrap, above, plain)
    assert not runs_on(wrap, above, heading)


def test_a_toc_page_in_brackets_without_its_leader() -> None:
    from digest.toc import page_line

    assert page_line("区十八届人大常委会第二十三次会议召开（3）") == ("区十八届人大常委会第二十三次会议召开", 3)
    assert page_line("区政府召开常务会议……………………（2）") == ("区政府召开常务会议", 2)
    assert page_line("区委常委会召开（扩大）会议") is None  # (a word in brackets is no page)
    assert page_line("附表12（3）") is None  # (a number before the bracket: a numbered part, no page)
    assert page_line("会议召开（3）", loose=False) is None
