"""digest.text: the shared helpers (folding, Han test, sentence ends, leading dates)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.text import drop_read_more, ends_full_stop, ends_sentence, fold, is_han, leads_with_date, nfkc


@pytest.mark.parametrize("s", ["江凌，（调研）；：！？\u3000１２％", "ｃａｆé…", "abc", ""])
def test_nfkc_is_unicode_nfkc(s):
    assert nfkc(s) == unicodedata.normalize("NFKC", s)


@given(st.text(alphabet=st.sampled_from("江凌，（）；：！？％　…‥⋯ＡＢ１２㍻ﬁé́a .\u0301\u0308")))
@settings(max_examples=500)
def test_nfkc_is_unicode_nfkc_after_the_fast_replacements(s):
    # the wide characters are replaced before the whole-string pass: never another result
    assert nfkc(s) == unicodedata.normalize("NFKC", s)
    assert nfkc(s * 100) == unicodedata.normalize("NFKC", s * 100)  # (a long string is not cached)


@pytest.mark.parametrize("s", ["江凌……调研", "１２３ＡＢ", "㍻元年", "a\u3000b"])
def test_fold_keeps_one_character_per_character(s):
    out = fold(s)
    assert len(out) == len(s)
    assert fold("ＡＢ１２，") == "AB12,"


def _fold_by_definition(s: str) -> str:
    """What fold means: NFKC after …‥⋯﹏ become . and _, or character by character when NFKC
    would change the length."""
    norm = unicodedata.normalize("NFKC", s.translate(str.maketrans({"…": ".", "‥": ".", "⋯": ".", "﹏": "_"})))
    if len(norm) != len(s):
        norm = "".join(unicodedata.normalize("NFKC", c)[:1] or " " for c in s)
    return norm


@given(st.text(alphabet=st.sampled_from("江凌，（）；：！？％　…‥⋯﹏ＡＢ１２㍻ﬁ①é́a ·-.")))
@settings(max_examples=500)
def test_fold_is_its_definition_with_the_fast_replacements(s):
    assert fold(s) == _fold_by_definition(s)


def test_is_han():
    assert is_han("江") and is_han("\u3400")
    assert not is_han("a") and not is_han("，") and not is_han("1")


def test_sentence_ends():
    assert ends_full_stop("会议召开。") and ends_full_stop("是吗？ ")
    assert not ends_full_stop("会议召开”") and not ends_full_stop("")
    assert ends_sentence("会议召开”") and ends_sentence("（李东慧）") and ends_sentence("好。")
    assert not ends_sentence("江凌到嵩县调研")


@pytest.mark.parametrize("s", ["11月6日，江凌", "11 月 6 日", "6日上午", "日前，", "伊滨讯 11月7日下午",
                               "【洛阳讯】11月7日", "本报讯（记者 张三）11月7日", "2023年11月6日"])
def test_leads_with_date(s):
    assert leads_with_date(s)


@pytest.mark.parametrize("s", ["江凌11月6日到嵩县", "第11期", "2023年度工作总结", ""])
def test_does_not_lead_with_date(s):
    assert not leads_with_date(s)


@pytest.mark.parametrize("line, facts", [
    ("（栖云县商务局供稿）", [("contributor", "供稿", "栖云县商务局")]),
    ("供稿：岚溪县农业农村局", [("contributor", "供稿", "岚溪县农业农村局")]),
    ("编辑：柯小满　审核：程一禾  签发：方知远", [("editor", "编辑", "柯小满"), ("reviewer", "审核", "程一禾"),
                                           ("signer", "签发", "方知远")]),
    ("（责任编辑：柯小满）", [("editor", "责任编辑", "柯小满")]),
    ("■编辑：柯小满 ■审核：程一禾", [("editor", "编辑", "柯小满"), ("reviewer", "审核", "程一禾")]),
    ("报：市委办公室、市人大常委会办公室", [("distribution", "报", "市委办公室、市人大常委会办公室")]),
    ("送：各县（市、区）人民政府", [("distribution", "送", "各县（市、区）人民政府")]),
    ("发：各乡镇、街道", [("distribution", "发", "各乡镇、街道")]),
    ("联系电话：0000-1234567", [("phone", "联系电话", "0000-1234567")]),
    ("主办：栖云市人民政府办公室", [("publisher", "主办", "栖云市人民政府办公室")]),
    ("共印80份", [("copies", "共印", "80")]),
    ("（岚溪县统计局供稿　　联系电话：0000-7654321）", [("contributor", "供稿", "岚溪县统计局"),
                                              ("phone", "联系电话", "0000-7654321")]),
    ("主送：市委、市政府领导　　增发：各县区", [("distribution", "主送", "市委、市政府领导"), ("distribution", "增发", "各县区")]),
    ("印发：岚溪县人民政府办公室", [("distribution", "印发", "岚溪县人民政府办公室")]),
    ("抄送：市纪委监委（共印 40 份）", [("copies", "共印", "40"), ("distribution", "抄送", "市纪委监委")]),
    ("栖云市人民政府办公室　2024年3月5日印发", [("printed", "印发", "栖云市人民政府办公室 2024年3月5日")]),
])
def test_credit_facts_read_closing_lines(line, facts):
    from digest.text import credit_facts

    assert credit_facts(line) == facts


@pytest.mark.parametrize("line", [
    "报告会在栖云县召开", "发展：全面推进产业升级", "电话会议召开", "会议要求：抓好落实", "报：", "编辑部召开座谈会",
    "3月5日，柯小满审核：各项指标", "（试行）", "", "供" * 300 + "供稿",
    "（栖云县商务局供稿　全年增长明显）",
])
def test_credit_facts_refuse_prose_and_titles(line):
    from digest.text import credit_facts

    assert credit_facts(line) is None


def test_trailing_credit_only_takes_entry_level_credits():
    from digest.text import trailing_credit

    assert trailing_credit("会议要求抓好落实。（岚溪县商务局供稿）") == (
        "会议要求抓好落实。", [("contributor", "供稿", "岚溪县商务局")])
    assert trailing_credit("……。(责任编辑：柯小满)") == ("……。", [("editor", "责任编辑", "柯小满")])
    assert trailing_credit("印发《栖云县防汛预案（试行）》") is None
    assert trailing_credit("会议要求抓好落实。（报：市委办公室）") is None  # a distribution list never closes an entry
    assert trailing_credit("一" * 100_000 + "（岚溪县商务局供稿）")[1][0][2] == "岚溪县商务局"


@pytest.mark.parametrize("s, words", [("……", False), ("———— 3 ————", False), ("12.", False), ("· · ·", False),
                                      ("", False), ("江", True), ("a.", True), ("第3页", True)])
def test_has_words(s, words):
    from digest.text import has_words

    assert has_words(s) is words


def test_simplified_maps_one_character_for_one() -> None:
    from digest.text import simplified

    assert simplified("本報記者張勁松報道") == "本报记者张劲松报道"
    assert simplified("乾隆年間於此") == "乾隆年间於此"  # 乾 and 於 are simplified characters too: kept
    assert simplified("三塚博") == "三塚博"  # a Japanese family name's character: kept
    assert simplified("洛阳市召开会议，江凌出席。") == "洛阳市召开会议，江凌出席。"


def test_looks_traditional() -> None:
    from digest.text import looks_traditional

    assert looks_traditional("市委書記張建新主持會議")
    assert not looks_traditional("市委书记张建新主持会议")
    assert not looks_traditional("山化镇藺窑村")  # one traditional character in simplified text


def test_a_short_text_in_traditional_characters() -> None:
    from digest.text import looks_traditional, short_and_traditional

    # a short line may hold none of the commonest (責, 編, 陳, 蔣 are none): two of any will do
    assert not looks_traditional("(責編:陳曉帆)") and short_and_traditional("(責編:陳曉帆)")
    assert not short_and_traditional("山化镇藺窑村")  # one alone is a place printed so
    assert not short_and_traditional("(責編:陳曉帆)" + "山化镇" * 100)  # a longer text: the commonest decide


@given(st.text(alphabet=st.characters(min_codepoint=0x3400, max_codepoint=0x9fff), max_size=40))
@settings(max_examples=200)
def test_simplified_keeps_every_offset(s: str) -> None:
    from digest.text import simplified

    out = simplified(s)
    assert len(out) == len(s)
    assert all(a == b or simplified(a) == b for a, b in zip(s, out, strict=True))


def test_printed_forms_write_back_what_was_read_from_the_simplified_form() -> None:
    from digest.text import PrintedForms, simplified

    lines = ["本報訊 以後再說", "皇后區的人", "頭髮已白，發言很短，發文"]
    shadow = [simplified(line) for line in lines]
    back = PrintedForms(lines, shadow)
    assert back and not PrintedForms(["本报讯"], ["本报讯"])  # nothing to write back in simplified text
    assert back.restore("本报讯") == "本報訊"  # printed one way only: one table
    assert back.restore("皇后区", 2, 2) == "皇后區"  # 后 printed as itself on line 2 …
    assert back.restore("以后再说", 1, 1) == "以後再說"  # … and as 後 on line 1: looked up where it stands
    assert back.restore("头发已白，发言", 3, 3) == "頭髮已白，發言"  # 髮 then 發, in order
    assert back.restore("发言") == "發言"  # no lines: the commonest form (發 twice, 髮 once)
    assert back.restore(None) is None and back.restore("") == ""


@pytest.mark.parametrize(("raw", "clean"), [
    ("報(bào)街地標(biāo)，發(fā)展", "報街地標，發展"),  # readings a converting site printed after characters
    ("长（zhǎng）大", "长大"),
    ("拼音(pīnyīn)", "拼音"),
    ("重量(kg)和北京(Beijing)", "重量(kg)和北京(Beijing)"),  # no tone mark: not a reading
    ("的(de)", "的(de)"),
    ("Café(é)", "Café(é)"),  # not after a Han character
    ("很长的(zhuāngzhuāngzhuāng)", "很长的(zhuāngzhuāngzhuāng)"),  # longer than a syllable or two
])
def test_pinyin_readings_in_brackets_after_characters_are_left_out(raw: str, clean: str) -> None:
    from digest.text import normalize_text

    assert normalize_text(raw) == clean


def test_a_digest_copied_with_pinyin_readings_gives_the_records_of_the_clean_text(tmp_path) -> None:
    from conftest import SAMPLES

    from digest.parse import parse_path

    src = SAMPLES / "luoyang-2023-11.txt"
    text = src.read_text(encoding="utf-8")
    noted = text
    for ch, reading in (("发", "fā"), ("长", "zhǎng"), ("重", "zhòng"), ("行", "xíng"), ("调", "diào")):
        noted = noted.replace(ch, f"{ch}({reading})")
    assert noted.count("(") > text.count("(") + 100
    path = tmp_path / "noted.txt"
    path.write_text(noted, encoding="utf-8")
    want, got = parse_path(src), parse_path(path)

    def rec(e):
        return (e.title, e.section, e.subsection, e.date, e.persons, e.text)

    assert [rec(e) for e in got.entries] == [rec(e) for e in want.entries]


@pytest.mark.parametrize(("paras", "left", "facts"), [
    (["督导秋粮收购工作。（市粮", "食局供稿）"], ["督导秋粮收购工作。"], [("contributor", "供稿", "市粮食局")]),  # a PDF line wrap
    (["正文在此。（市商务局供稿）"], ["正文在此。"], [("contributor", "供稿", "市商务局")]),
    (["详见附件（见附", "件）"], ["详见附件（见附", "件）"], []),  # brackets broken in two, but no credit
])
def test_an_entrys_closing_credit_is_peeled_even_when_a_line_wrap_broke_it(paras, left, facts) -> None:
    from digest.text import peel_entry_credits

    got = peel_entry_credits(paras)
    assert (paras, got) == (left, facts)


@pytest.mark.parametrize(("paragraph", "kept"), [
    ("5月9日，某局召开部署会。[详细]", "5月9日，某局召开部署会。"),
    ("5月9日，某局召开部署会，重点检查水库、山塘[详情]", "5月9日，某局召开部署会，重点检查水库、山塘"),
    ("5月9日，某局召开部署会。 详情>>", "5月9日，某局召开部署会。"),
    ("5月9日，某局召开部署会。阅读全文", "5月9日，某局召开部署会。"),
    ("5月9日，某局召开部署会…【查看全文】", "5月9日，某局召开部署会…"),
    ("They met on Monday. [more]", "They met on Monday."),
    ("[详细]", ""),
    # the words of a sentence, no link's label: kept
    ("会议要求各单位认真学习讲话全文", "会议要求各单位认真学习讲话全文"),
    ("某某在全县工作会议上的讲话（全文）", "某某在全县工作会议上的讲话（全文）"),
    ("We need more", "We need more"),
    ("会议材料请见第3期——更多", "会议材料请见第3期——更多"),
])
def test_drop_read_more_takes_only_a_link_label_closing_the_paragraph(paragraph, kept) -> None:
    assert drop_read_more(paragraph) == kept
