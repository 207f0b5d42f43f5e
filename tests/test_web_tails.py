"""What closes a web page's article and is no text of it: an editor's credit in any bracket, a keywords
line, the unit signing it, and the next saved page's menu words above its breadcrumb; and a dateline
printed in traditional characters. Every text here is invented (柯望川, 青禾县)."""

from __future__ import annotations

import pytest

from digest.parse import parse_source
from digest.text import closing_tail, credit_facts, peel_entry_credits, trailing_credit
from tests.conftest import make_source, parse_text

PAGE = """青禾县召开秋粮收购工作会议

2023-10-12 09:30:00 来源:青禾县人民政府

10月11日,青禾县召开秋粮收购工作会议,副县长柯望川出席会议并讲话。

会议要求,各乡镇要压实责任,确保收购工作平稳有序。
"""


@pytest.mark.parametrize("tail", ["[责任编辑:甘小棠]", "【责任编辑：甘小棠】", "(编辑 甘小棠)", "〔责编：甘小棠〕",
                                  "关键词: 秋粮 收购 青禾县", "关键词:", "【关键词】秋粮"])
def test_an_articles_closing_tail_is_no_text(tail: str) -> None:
    result = parse_source(make_source(PAGE + "\n" + tail + "\n"))
    [e] = result.entries
    assert e.text.endswith("平稳有序。") and tail not in e.text
    assert not any("breaks off" in w for w in e.warnings)
    assert e.byline is None and "甘小棠" not in e.persons  # an editor is no reporter and, as the gold has it, no person
    assert e.line_end == len(PAGE.split("\n")) + 1  # the tail stays in the article's span
    credits = [c for c in result.issue.meta["entry_credits"] if c["entry_line"] == e.line_start]
    assert credits and credits[-1]["kind"] in ("editor", "keywords")


def test_a_credit_closing_the_last_paragraph_in_square_brackets() -> None:
    result = parse_text(PAGE.replace("平稳有序。", "平稳有序。[责任编辑:甘小棠]"))
    [e] = result.entries
    assert e.text.endswith("平稳有序。") and not any("breaks off" in w for w in e.warnings)
    assert result.issue.meta["entry_credits"][0]["value"] == "甘小棠"


def test_the_unit_signing_an_article_is_its_credit() -> None:
    """`青禾县农业农村局` alone under the last paragraph (a bare number after it) signs the article."""
    result = parse_text(PAGE + "\n青禾县农业农村局\n\n202310\n")
    [e] = result.entries
    assert e.text.endswith("平稳有序。") and not e.warnings
    assert result.issue.meta["entry_credits"][0] == {"entry_line": 1, "title": e.title, "kind": "contributor",
                                                      "label": "落款", "value": "青禾县农业农村局"}


def test_a_short_last_line_that_is_no_unit_stays_text() -> None:
    result = parse_text(PAGE + "\n青禾县秋粮丰收\n")
    assert result.entries[0].text.endswith("青禾县秋粮丰收")


MULTI = """当前位置:首页>工作动态

柯望川调研秋粮收购

2023-10-12 09:30:00 来源:青禾县人民政府

10月11日,柯望川到青禾县粮库调研秋粮收购工作。

青禾县粮食局

202310
政务公开
工作动态
当前位置:首页>工作动态

苗玉刚检查冬季供暖

2023-11-02 10:00:00 来源:青禾县人民政府

11月1日,苗玉刚到县热力公司检查冬季供暖准备工作。
"""


def test_the_next_saved_pages_menu_words_are_chrome_not_the_articles_tail() -> None:
    result = parse_text(MULTI)
    first, second = result.entries
    assert first.text == "10月11日,柯望川到青禾县粮库调研秋粮收购工作。" and not first.warnings
    assert "政务公开" not in first.text and second.title == "苗玉刚检查冬季供暖"
    chrome = {c["line"]: c["reason"] for c in result.issue.meta["chrome"]}
    assert chrome[12] == chrome[13] == "page-top"
    assert 9 not in chrome  # the unit signing the first article: its credit, not chrome
    assert result.issue.meta["entry_credits"][0]["value"] == "青禾县粮食局"


def test_a_list_of_short_lines_above_a_breadcrumb_is_not_taken_whole() -> None:
    """Three or more menu words in a row are no page top (the column-menu rule decides those)."""
    text = MULTI.replace("政务公开\n工作动态\n", "秋粮收购\n冬季供暖\n政务公开\n")
    chrome = {c["line"]: c["reason"] for c in parse_text(text).issue.meta["chrome"]}
    assert "page-top" not in chrome.values()


@pytest.mark.parametrize(("line", "facts"), [
    ("[责任编辑:甘小棠]", [("editor", "责任编辑", "甘小棠")]),
    ("【责任编辑：甘小棠】", [("editor", "责任编辑", "甘小棠")]),
    ("（编辑 甘小棠）", [("editor", "编辑", "甘小棠")]),
    ("编辑 甘小棠", None),  # unframed and without a colon: a caption's credit or a sentence as often
    ("（编辑部 甘小棠）", None),
])
def test_credit_facts_in_any_frame(line: str, facts: list[tuple[str, str, str]] | None) -> None:
    assert credit_facts(line) == facts


def test_closing_tail_reads_keywords_and_a_signature_only_when_asked() -> None:
    assert closing_tail("关键词: 秋粮 收购") == [("keywords", "关键词", "秋粮 收购")]
    assert closing_tail("关键词：秋粮收购是今年重点。") is None
    assert closing_tail("青禾县粮食局") is None
    assert closing_tail("青禾县粮食局", signature=True) == [("contributor", "落款", "青禾县粮食局")]
    assert trailing_credit("……。【编辑 甘小棠】") == ("……。", [("editor", "编辑", "甘小棠")])
    paras = ["正文。", "关键词: 甲 乙", "[责任编辑:甘小棠]"]
    assert peel_entry_credits(paras) == [("keywords", "关键词", "甲 乙"), ("editor", "责任编辑", "甘小棠")]
    assert paras == ["正文。"]


TRAD = """青禾縣召開秋糧收購會議

中國青禾網10月11日訊 近日,青禾縣召開秋糧收購工作會議,副縣長柯望川出席會議並講話。

[責任編輯:甘小棠]
"""


def test_a_traditional_dateline_and_editor_tail() -> None:
    """`…網10月11日訊` reads as `…网10月11日讯` (the layout is read from the simplified form)."""
    result = parse_source(make_source(TRAD), year=2023)
    [e] = result.entries
    assert result.issue.publication == "中國青禾網"
    assert e.date == "2023-10-11" and e.text.endswith("講話。") and not e.warnings
    assert "甘小棠" not in e.persons and "柯望川" in e.persons
    assert result.issue.meta["entry_credits"][0]["label"] == "責任編輯"


@pytest.mark.parametrize(("line", "persons"), [
    ("记者手记 柯石村200天的巨变", []),  # a column label, then the village the piece is about
    ("柯石村对于我意义不同。", []),
    ("我第一次到柯石村采访。", []),
    ("由歌唱家柯石村策划。", ["柯石村"]),  # a role right before it: a person
    ("村民柯石村说，今年收成好。", ["柯石村"]),  # a word for a kind of person before it
])
def test_a_name_of_three_ending_in_cun_is_a_village_unless_anchored(line: str, persons: list[str]) -> None:
    from digest.persons import recognize

    assert recognize([line])[0]["persons"] == persons


def test_a_village_after_a_column_label_is_no_person_of_the_article() -> None:
    text = "记者手记 柯石村200天的巨变\n\n本报见习记者甘小棠\n\n柯石村对于我意义不同。\n"
    [e] = parse_source(make_source(text)).entries
    assert e.persons == ["甘小棠"]
