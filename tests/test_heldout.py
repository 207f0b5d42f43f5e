"""Held-out 目录 digests written for these tests (tests/fixtures/toc, invented text; see make_fixtures.py):
another month without a masthead reviewing the year before, mixed heading styles, a county 工作简报
(一、 ordinals, 目　　录, …… leaders, — 3 — footers, GB18030), 【XX市】 sections with county subsections.
Scored with the shared scorer against gold written from the fixtures' spec, never from the parser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import SAMPLES

from digest.parse import parse_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "toc"
HELD_OUT = sorted(FIXTURES.glob("*.txt"))
FIELDS = ("title", "section", "subsection", "page", "date", "date_end", "body_head", "body_tail")


@pytest.mark.parametrize("path", HELD_OUT, ids=[p.stem for p in HELD_OUT])
def test_held_out_digest_scores(path, scorer):
    res = parse_path(path, persons=False)
    pred = [e.to_dict() for e in res.entries]
    gold = scorer.load(str(path.with_suffix(".jsonl")))
    s = scorer.score(gold, pred)
    assert s["entry_f1"] >= 0.95, s
    assert {f"{f}_accuracy" for f in FIELDS} <= set(s), s  # every field was scored
    low = {k: v for k, v in s.items() if k.endswith("_accuracy") and v < 0.95}
    assert not low, (low, s["field_misses"])


def test_held_out_fixtures_are_all_there():
    assert {p.stem for p in HELD_OUT} == {"lanxi-2024-02", "wutong-2024-05", "qiyun-2024-04", "heping-2024-06"}


def test_a_february_issue_without_a_masthead_reviewing_the_year_before():
    res = parse_path(FIXTURES / "lanxi-2024-02.txt", persons=False)
    ev = res.issue.meta["year_evidence"]
    assert res.issue.year == 2024 and ev["source"] == "content" and ev["strong"]
    assert res.issue.issue_date == "2024-02"
    assert int(ev["kinds"]["bound"]["2023"]) > int(ev["kinds"].get("current", {}).get("2024", 0))


def test_gb18030_brief_with_ordinals_and_footers():
    res = parse_path(FIXTURES / "qiyun-2024-04.txt", persons=False)
    assert res.issue.encoding.lower().replace("-", "") in ("gb18030", "gbk")
    assert [e.section for e in res.entries][:3] == ["综合信息", "综合信息", "部门动态"]
    assert not any("—" in e.text for e in res.entries)  # the — 3 — footers are not text


# --- digest check: what a careful reader would doubt ------------------------------------------------------

def _check(path, *args):
    from typer.testing import CliRunner

    from digest.cli import app

    res = CliRunner().invoke(app, ["check", str(path), *args], env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert res.exception is None or isinstance(res.exception, SystemExit)
    return res


@pytest.mark.parametrize("path", HELD_OUT, ids=[p.stem for p in HELD_OUT])
def test_check_is_clean_on_the_held_out_digests_and_shows_its_evidence(path, private_store):
    res = _check(path)
    assert res.exit_code == 0, res.output
    assert "year: 2024 from" in res.output and "sections: " in res.output


WEAK_YEAR = """目录
◆◆◆ 时 政 ◆◆◆
柯明远到栖云县调研.....1
程嘉禾调研春耕工作.....2
◆◆◆ 时 政 ◆◆◆
柯明远到栖云县调研
3月2日，柯明远到栖云县调研，看望2023年获评先进的企业。
程嘉禾调研春耕工作
3月5日，程嘉禾调研春耕工作。
"""

DOUBTED_HEADING = """栖云政务信息
2024年第3期
目录
◆◆◆ 时 政 ◆◆◆
领导活动
柯明远到栖云县调研.....1
经济
栖云县项目集中开工.....2
◆◆◆ 时 政 ◆◆◆
领导活动
柯明远到栖云县调研
3月2日，柯明远到栖云县调研。
经济
栖云县项目集中开工
3月8日，栖云县项目集中开工。
"""


def test_check_reports_a_year_from_weak_evidence(tmp_path, private_store):
    f = tmp_path / "weak.txt"
    f.write_text(WEAK_YEAR, encoding="utf-8")
    res = _check(f)
    assert res.exit_code == 1, res.output
    assert re.search(r"line\s+7\s+problem\s+year-weak\s+year 2023 taken from weak evidence", res.output), res.output
    assert "WEAK" in res.output
    assert _check(f, "--year", "2024").exit_code == 0  # the suggested fix silences it


def test_check_reports_a_section_from_an_inconsistent_heading(tmp_path, private_store):
    f = tmp_path / "heading.txt"
    f.write_text(DOUBTED_HEADING, encoding="utf-8")
    res = _check(f)
    assert res.exit_code == 1, res.output
    assert re.search(r"line\s+7\s+problem\s+heading-style\s+subsection 经济", res.output), res.output
    r = parse_path(f, persons=False)
    e = next(e for e in r.entries if e.subsection == "经济")
    assert any("doubtful heading (line 7)" in w for w in e.warnings)


def test_check_reports_a_date_that_does_not_exist(tmp_path, private_store):
    f = tmp_path / "date.txt"
    f.write_text(DOUBTED_HEADING.replace("3月8日", "2月30日").replace("经济", "重要会议"), encoding="utf-8")
    res = _check(f)
    assert res.exit_code == 1, res.output
    assert re.search(r"problem\s+bad-date\s+the leading date 2月30日 does not exist", res.output), res.output


# --- the same issues in traditional characters ------------------------------------------------------------

PAGES = sorted((FIXTURES.parent / "newspaper").glob("*.txt"))
WRITTEN_TRADITIONAL = HELD_OUT + PAGES + sorted(SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("path", WRITTEN_TRADITIONAL, ids=[p.stem for p in WRITTEN_TRADITIONAL])
def test_an_issue_in_traditional_characters_is_laid_out_as_in_simplified(path, scorer, tmp_path):
    """The issue written in traditional characters (conftest.traditional: 訊, 本報, 時強調, 目錄) scores
    every field as its simplified text does against the same gold written so, and its records print
    the traditional text's characters (張玉傑調研…, not 张玉杰调研…)."""
    from conftest import gold_path, traditional

    from digest.source import decode
    from digest.text import simplified

    page = tmp_path / path.name
    page.write_text(traditional(decode(path.read_bytes())[0]), encoding="utf-8")
    gold = gold_path(path) if path.parent == SAMPLES else path.with_suffix(".jsonl")
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(traditional(gold.read_text(encoding="utf-8")), encoding="utf-8")
    plain = scorer.score(scorer.load(str(gold)), [e.to_dict() for e in parse_path(path, persons=False).entries])
    rows = [e.to_dict() for e in parse_path(page, persons=False).entries]
    trad = scorer.score(scorer.load(str(gold_file)), rows)
    fields = {k for k in plain if k.endswith(("_f1", "_accuracy")) and not k.startswith("person")}
    assert {k: trad[k] for k in fields} == {k: plain[k] for k in fields}, trad["field_misses"]
    printed = page.read_text(encoding="utf-8")
    assert any(simplified(r["title"]) != r["title"] for r in rows)
    assert all(r["title"][:4] in printed for r in rows if len(r["title"]) >= 4)  # as printed, not simplified



def test_a_numbered_items_title_may_open_with_a_year_or_a_count() -> None:
    from digest.align import _without_item_number
    assert _without_item_number("2.2017年度全县优秀教师名单") == "2017年度全县优秀教师名单"
    assert _without_item_number("9.143名乡村教师参加集中培训") == "143名乡村教师参加集中培训"
    assert _without_item_number("2.5亿元专项资金拨付到位") == "2.5亿元专项资金拨付到位"  # a decimal
