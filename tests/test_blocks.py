"""digest.blocks: one block per non-blank line, markup removed, source line numbers kept."""

from __future__ import annotations

import pytest

from digest.blocks import clean_heading, key, make_block, strip_markup, to_blocks


def test_one_block_per_non_blank_line_with_1_based_line_numbers():
    lines = ["", "目录", "   ", "江凌到嵩县调研.....1", "\u3000", "正文第一段。", ""]
    blocks = to_blocks(lines)
    assert [(b.line, b.text) for b in blocks] == [(2, "目录"), (4, "江凌到嵩县调研.....1"), (6, "正文第一段。")]


def test_lines_that_are_only_markup_make_no_block():
    blocks = to_blocks(["**", "##", "<b></b>", "> ", "正文"])
    assert [b.text for b in blocks] == ["正文"]
    assert blocks[0].line == 5


def test_start_offset_numbers_from_there():
    assert [b.line for b in to_blocks(["甲", "", "乙"], start=10)] == [10, 12]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("**江凌到嵩县调研**", "江凌到嵩县调研"),
        ("__江凌到嵩县调研__", "江凌到嵩县调研"),
        ("<b>科 技</b>", "科 技"),
        ("<strong>江凌到嵩县调研</strong>", "江凌到嵩县调研"),
        ('<span style="x">江凌</span>到嵩县', "江凌到嵩县"),
        ("## 时政", "时政"),
        ("### **洛阳市主题教育工作推进会召开**", "洛阳市主题教育工作推进会召开"),
        ("> 引用的一段话", "引用的一段话"),
        ("  江凌到嵩县调研  ", "江凌到嵩县调研"),
    ],
)
def test_markup_is_removed_and_words_kept(raw, text):
    assert make_block(1, raw).text == text
    assert strip_markup(raw) == text


def test_inner_spaces_survive_in_text_but_not_in_key():
    b = make_block(1, "洛阳市 5 个文化合作社入选")
    assert b.text == "洛阳市 5 个文化合作社入选"
    assert b.key == "洛阳市5个文化合作社入选"


def test_heading_level_is_kept():
    assert make_block(1, "## 时政").level == 2
    assert make_block(1, "### 领导活动").level == 3
    assert make_block(1, "时政").level == 0


def test_bold_run_and_rest_of_line():
    b = make_block(7, "**河南省粮食观摩团来洛考察** 11月6日，观摩团来洛。")
    assert b.bold == "河南省粮食观摩团来洛考察"
    assert b.rest == "11月6日，观摩团来洛。"
    assert b.text == "河南省粮食观摩团来洛考察 11月6日，观摩团来洛。"
    b = make_block(8, "<b>洛阳市县城提质工作观摩推进会召开</b>11月10日，会议召开。")
    assert b.bold == "洛阳市县城提质工作观摩推进会召开"
    assert b.rest == "11月10日，会议召开。"


def test_bullet_is_removed_and_flagged():
    b = make_block(1, "- 江凌到嵩县调研.....1")
    assert b.bullet
    assert b.text == "江凌到嵩县调研.....1"


def test_a_dash_inside_text_is_not_a_bullet():
    b = make_block(1, "2021-2035年规划")
    assert not b.bullet
    assert b.text == "2021-2035年规划"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("◆◆◆ 时 政 ◆◆◆", "时政"),
        ("## ◆◆◆ 社 会 事 业 ◆◆◆", "社会事业"),
        ("## 时政", "时政"),
        ("### 领导活动", "领导活动"),
        ("<b>科 技</b>", "科技"),
        ("## **重要会议**", "重要会议"),
        ("领导活动", "领导活动"),
        ("项\u3000目", "项目"),
        ("■ 经济 ■", "经济"),
    ],
)
def test_clean_heading_normalizes_section_names(raw, name):
    assert clean_heading(raw) == name


def test_key_width_folds_and_drops_markup_and_spaces():
    assert key("**洛阳市 ５ 个文化合作社入选（省级）**") == "洛阳市5个文化合作社入选(省级)"
    assert key("<b>科 技</b>") == key("科技") == "科技"
    assert key("◆◆◆ 时 政 ◆◆◆") == "时政"


@pytest.mark.parametrize("raw,name", [("【福州市】", "福州市"), ("〔 福州市 〕", "福州市"), ("一、综合信息", "综合信息"),
                                      ("（二）部门动态", "部门动态"), ("## 三、乡镇工作", "乡镇工作"), ("一、", "一、")])
def test_clean_heading_drops_frames_and_ordinals(raw, name):
    assert clean_heading(raw) == name


@pytest.mark.parametrize("raw,kind", [("【岚溪市】", "bracket"), ("  【 岚 溪 市 】 ", "bracket"), ("〔栖云县〕", "bracket"),
                                      ("【" + "岚" * 13 + "】", None), ("【岚溪市】栖云县", None),
                                      ("一、综合信息", "ordinal"), ("十二 、部门动态", "ordinal"),
                                      ("（三）领导活动", "paren-ordinal"), ("( 三 )领导活动", "paren-ordinal"),
                                      ("一二三四、x", None), ("三月工作要点", None)])
def test_heading_frames_and_ordinals_are_one_definition(raw, kind):
    """The 目录 reader's markers and clean_heading use the same patterns (digest.blocks)."""
    from digest.blocks import BRACKETED, ORDINAL, PAREN_ORDINAL

    found = [k for k, rx in (("bracket", BRACKETED), ("ordinal", ORDINAL), ("paren-ordinal", PAREN_ORDINAL))
             if rx.match(raw)]
    assert found == ([kind] if kind else [])
    if kind:
        assert clean_heading(raw) not in ("", raw.strip())
