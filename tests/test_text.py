"""digest.text: the shared helpers (folding, Han test, sentence ends, leading dates)."""

from __future__ import annotations

import unicodedata

import pytest

from digest.text import ends_full_stop, ends_sentence, fold, is_han, leads_with_date, nfkc


@pytest.mark.parametrize("s", ["江凌，（调研）；：！？\u3000１２％", "ｃａｆé…", "abc", ""])
def test_nfkc_is_unicode_nfkc(s):
    assert nfkc(s) == unicodedata.normalize("NFKC", s)


@pytest.mark.parametrize("s", ["江凌……调研", "１２３ＡＢ", "㍻元年", "a\u3000b"])
def test_fold_keeps_one_character_per_character(s):
    out = fold(s)
    assert len(out) == len(s)
    assert fold("ＡＢ１２，") == "AB12,"


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
