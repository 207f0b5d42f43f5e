"""Lines that carry no words (only dots, dashes, punctuation, digits) never become records of their own
(issue 12, item 7's parser part), on every layout; a document of them gives zero entries, one warning
naming a capped list of lines, and a `no-words` problem for `digest check`."""

from __future__ import annotations

import itertools

from conftest import parse_text, run_digest

WORDLESS = ["....................", "——————————", "12.", "- 3 -", "·····", "2023", "！！！", "、、、", "……", "— — —"]


def _wordless_doc(n: int) -> str:
    return "\n".join(itertools.islice(itertools.cycle(WORDLESS), n)) + "\n"


def test_a_document_of_wordless_lines_gives_zero_entries_and_one_capped_warning():
    r = parse_text(_wordless_doc(5000))
    assert r.entries == []
    words = [w for w in r.issue.warnings if "no words" in w]
    assert len(words) == 1
    assert "5000 record(s)" in words[0] and words[0].endswith("no entries remain")
    named = words[0].split("at lines ", 1)[1].split(" …")[0].split(", ")
    assert named == [str(n) for n in range(1, 13)]  # the lines named are capped
    assert [p.kind for p in r.problems if p.kind == "no-words"] == ["no-words"]


def test_wordless_headlines_and_bold_lines_are_not_records():
    for line in ("# 12.", "## ......", "**——————**", "### 2023"):
        r = parse_text("\n".join([line] * 300) + "\n")
        assert r.entries == [], line
        assert any(p.kind == "no-words" for p in r.problems), line


def test_wordless_lines_among_text_leave_the_text_records_alone():
    text = "\n".join(["……", "11月3日，栖云县召开防汛工作会议。", "————", "11月5日，岚溪县开展植树活动。"]) + "\n"
    r = parse_text(text)
    assert [e.text for e in r.entries] == ["11月3日，栖云县召开防汛工作会议。", "11月5日，岚溪县开展植树活动。"]
    assert sum("no words" in w for w in r.issue.warnings) == 1


def test_a_toc_issue_keeps_wordless_lines_out_of_its_entries():
    text = """栖云政务信息
2024年第4期
目录
◆◆◆ 时 政 ◆◆◆
柯明远到栖云县调研.....1
………………………………2
◆◆◆ 时 政 ◆◆◆
柯明远到栖云县调研 4月3日，柯明远到栖云县调研。
1234567890
4月5日，栖云县召开会议。
"""
    r = parse_text(text)
    assert [e.title for e in r.entries] == ["柯明远到栖云县调研"]  # 1234567890 is no title of an entry
    assert not any(p.kind == "no-words" for p in r.problems)


def test_check_exits_1_on_a_document_of_dots(tmp_path):
    f = tmp_path / "dots.txt"
    f.write_text(_wordless_doc(3000), encoding="utf-8")
    res = run_digest("check", str(f))
    assert res.returncode == 1, res.stdout
    assert "no-words" in res.stdout
    res = run_digest("parse", str(f), "--json", "--dry-run")
    assert res.returncode == 0 and res.stdout == ""
    assert res.stderr.count("no words") == 1
