"""Every pattern and loop of the newspaper path is linear in the length of a line (issue 12, item 6).

No timings are asserted: the lines are long enough (60,000 characters) that a pattern backtracking
quadratically over them takes minutes (the licence pattern took 77 s on such a line, the kicker-end
pattern 15 s on 40,000 spaces), so a regression shows as a suite that visibly hangs.
"""

from __future__ import annotations

import pytest
import regex as re

import digest.chrome as chrome
import digest.masthead as masthead
import digest.newspaper as newspaper
import digest.text as text
from digest.blocks import to_blocks
from digest.source import Source

N = 60_000
_HAN = "的一是了我不人在他有这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可"

HOSTILE = {
    "han without punctuation": (_HAN * (N // len(_HAN) + 1))[:N],
    "spaces": " " * N,
    "verb then spaces": "强调" + " " * N + "x",
    "dots": "." * N,
    "open parentheses": "(" * N,
    "colons": ":" * N,
    "dashes": "—" * N,
    "speech verbs": "强调" * (N // 2),
    "names and spaces": "甲乙 " * (N // 3),
    "names in parentheses": "(甲乙 " * (N // 4),
    "verb, space, colon": "强调 :" * (N // 4),
    "digits": "1" * N,
    "decorations": "■" * N,
    "brackets": "【" * N,
    "issue numbers": "第1期 " * (N // 5),
    "at signs": "a@" * (N // 2),
    "dateline words": "本报讯" * (N // 3),
    "wire datelines": "新华社北京" * (N // 5),
    "photo credits": "记者 白露 " * (N // 6),
    "breadcrumbs": "首页 > " * (N // 5),
    "menu": "首页 | " * (N // 5),
    "one-line archive articles": "第1版(要闻)专栏: " + "甲乙 " * (N // 3),
    "sentences a space apart": "甲。 " * (N // 3),
    "labelled fields": "会议摘要：" + "甲，" * (N // 2),
    "a year, spaces, 年": "2024" + " " * N + "年",  # (blocks.running_heads tried PAGE_MARK on it: 45 s)
}


def _patterns(module: object) -> list[tuple[str, re.Pattern[str]]]:
    found = [(n, p) for n, p in vars(module).items() if isinstance(p, re.Pattern)]
    found += [(f"_FACTS[{k}]", p) for k, p in getattr(module, "_FACTS", [])]
    found += [(f"_RULES[{k}]", p) for k, p in getattr(module, "_RULES", [])]
    return found


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_every_newspaper_pattern_is_linear_on_a_long_line(kind: str) -> None:
    line = HOSTILE[kind]
    pats = _patterns(newspaper) + _patterns(masthead) + _patterns(chrome) + _patterns(text)
    assert len(pats) > 40  # the modules' patterns are found (the test would be vacuous otherwise)
    for _name, pat in pats:
        subject = line.encode("utf-8") if isinstance(pat.pattern, bytes) else line  # FOLD_TRAPS is a bytes pattern
        pat.search(subject)
        pat.match(subject)


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_line_functions_are_linear_on_a_long_line(kind: str) -> None:
    line = HOSTILE[kind]
    newspaper.line_facts(line)
    assert newspaper._is_kicker_text(line) in (True, False)
    newspaper._split_inline_kicker(line)
    newspaper._byline(line)
    newspaper.dateline(line)
    newspaper.is_caption(line)
    chrome.chrome_reason(line)
    chrome.chrome_like(line)


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_parse_newspaper_is_linear_on_a_long_line(kind: str) -> None:
    line = HOSTILE[kind]
    text = f"# 标题\n\n{line}\n\n{line}\n"
    lines = text.split("\n")
    res = newspaper.parse_newspaper(Source("t.txt", text, "utf-8", "0" * 64, lines), to_blocks(lines))
    assert res.entries  # the long lines land in a record, nothing dropped


def test_a_page_of_many_one_line_articles_and_their_list_is_linear() -> None:
    # a headline list (up to 99 lines) and thousands of one-line articles: every article looks its
    # headline up by its prefixes, never against every list line
    n = 3000
    heads = [f"{k}. 青禾县第{k}项工作推进会 部署重点任务" for k in range(1, 100)]
    arts = [f"第1版(要闻)专栏: 青禾县第{k}项工作推进会 部署重点任务 本报讯 5月{k % 28 + 1}日，会议召开。" for k in range(1, n + 1)]
    text = "\n".join(["2024-05-30", "第 1 版", *heads, *arts])
    lines = text.split("\n")
    res = newspaper.parse_newspaper(Source("t.txt", text, "utf-8", "0" * 64, lines), to_blocks(lines))
    assert len(res.entries) == n and res.entries[-1].title == f"青禾县第{n}项工作推进会 部署重点任务"
    assert res.entries[0].title == "青禾县第1项工作推进会 部署重点任务" and len(res.issue.meta["page_contents"]) == 99
