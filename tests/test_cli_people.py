"""`digest people` (list, NAME timeline, NAME --with) and person recognition through `digest parse`
(--names, --no-persons, STORE/names.txt): CliRunner on a small hand-made store, subprocesses on the
real samples checked against the hand-checked gold persons."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import put_issue, run_digest
from typer.testing import CliRunner

from digest.cli import FILTER_OPTIONS, app
from digest.store import Store

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
GOLD = Path(os.environ.get("DIGEST_GOLD", REPO.parent / "shared" / "gold"))

runner = CliRunner()


def cli(*args: str, store: Path) -> Any:
    return runner.invoke(app, [*args, "--store", str(store)], env={"COLUMNS": "140"})


def rows(result: Any) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def digest(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_digest(*args, env=env, timeout=180, cwd=REPO)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("people")
    st = Store.open(root)

    def put(issue_id: str, issue_date: str, recs: list[dict[str, Any]]) -> None:
        put_issue(st, issue_id, issue_date, recs, sha256=issue_id.encode().hex())

    put("digest-2023-05", "2023-05", [
        {"title": "林建华调研", "date": "2023-05-04", "section": "时政", "persons": ["林建华"],
         "roles": {"林建华": "市委书记"}},
        {"title": "周立新主持会议", "date": "2023-05-20", "section": "时政", "persons": ["周立新", "林建华"],
         "roles": {"周立新": "市长"}},
    ])
    put("digest-2023-08", "2023-08", [
        {"title": "林建华会见客人", "date": "2023-08-02", "section": "时政", "persons": ["林建华", "郑海波"],
         "roles": {"郑海波": "董事长"}},
        {"title": "文化活动举行", "section": "社会事业", "persons": ["何晓东", "林建华"]},
        {"title": "没有人名的条目", "date": "2023-08-30", "section": "经济"},
    ])
    return root


def test_people_lists_each_person_with_counts_and_dates(small: Path) -> None:
    r = cli("people", "--json", store=small)
    assert r.exit_code == 0, r.output
    got = rows(r)
    assert [x["name"] for x in got] == ["林建华", "何晓东", "周立新", "郑海波"]
    assert got[0] == {"name": "林建华", "entries": 4, "first": "2023-05-04", "last": "2023-08-02",
                      "role": "市委书记"}
    assert got[1]["first"] == got[1]["last"] == "2023-08"  # undated entry: its issue date


def test_people_takes_the_shared_filters(small: Path) -> None:
    assert [x["name"] for x in rows(cli("people", "--month", "5", "--json", store=small))] == ["林建华", "周立新"]
    assert [x["name"] for x in rows(cli("people", "--section", "社会事业", "--json", store=small))] == [
        "何晓东", "林建华"]
    assert len(rows(cli("people", "-n", "2", "--json", store=small))) == 2
    help_text = runner.invoke(app, ["people", "--help"], env={"COLUMNS": "200"}).stdout
    for name in FILTER_OPTIONS:
        assert f"--{name}" in help_text


def test_people_table(small: Path) -> None:
    r = cli("people", store=small)
    assert r.exit_code == 0
    assert "林建华" in r.stdout and "市委书记" in r.stdout and "4 people" in r.stdout


def test_people_name_is_a_timeline_with_a_month_chart(small: Path) -> None:
    r = cli("people", "林建华", "--json", store=small)
    assert r.exit_code == 0
    # date order as in `digest list`: an undated entry sorts by its issue date (2023-08 < 2023-08-02)
    assert [x["title"] for x in rows(r)] == ["林建华调研", "周立新主持会议", "文化活动举行", "林建华会见客人"]
    t = cli("people", "林 建华", store=small)  # whitespace in the name is ignored
    assert t.exit_code == 0, t.output
    lines = t.stdout.splitlines()
    assert any(line.startswith("2023-05 ") and line.endswith(" 2") and "█" in line for line in lines)
    assert "2023-06 0" in lines and "2023-07 0" in lines
    assert any(line.startswith("2023-08 ") and line.endswith(" 2") for line in lines)
    assert "4 entries name 林建华" in t.stdout


def test_people_name_with_companions(small: Path) -> None:
    r = cli("people", "林建华", "--with", "--json", store=small)
    assert r.exit_code == 0
    assert [(x["name"], x["entries"]) for x in rows(r)] == [("何晓东", 1), ("周立新", 1), ("郑海波", 1)]
    assert [x["name"] for x in rows(cli("people", "林建华", "--with", "--month", "8", "--json",
                                        store=small))] == ["何晓东", "郑海波"]


def test_people_nothing_found_and_usage_errors(small: Path) -> None:
    r = cli("people", "林建化", store=small)
    assert r.exit_code == 1 and "林建华" in r.output  # the suggestion
    r = cli("people", "--with", store=small)
    assert r.exit_code == 2 and "--with needs a NAME" in r.output
    r = cli("people", "--date", "someday", store=small)
    assert r.exit_code == 2
    r = cli("people", "--year", "1999", store=small)
    assert r.exit_code == 1


def test_people_with_alone_exits_one(small: Path) -> None:
    r = cli("people", "何晓东", "--with", "--section", "时政", store=small)
    assert r.exit_code == 1 and "no entries name 何晓东" in r.output
    r = cli("people", "林建华", "--with", "--date", "2023-05-04", store=small)
    assert r.exit_code == 1 and "nobody appears with 林建华" in r.output


# -- subprocesses on the real samples --------------------------------------------------------------

@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("samples")
    r = cli("parse", str(SAMPLES), "-q", store=root)
    assert r.exit_code == 0, r.output
    return root


def _gold_counts() -> Counter[str]:
    counts: Counter[str] = Counter()
    for gold in sorted(GOLD.glob("*.jsonl")):
        for line in gold.read_text("utf-8").splitlines():
            if line.strip():
                counts.update(set(json.loads(line).get("persons") or ()))
    return counts


def test_people_counts_on_the_samples_match_gold(sample_store: Path) -> None:
    if not GOLD.is_dir():
        pytest.skip(f"gold not found at {GOLD}")
    gold = _gold_counts()
    r = cli("people", "--json", store=sample_store)
    assert r.exit_code == 0, r.output
    got = {x["name"]: x["entries"] for x in rows(r)}
    for name, n in gold.most_common(8):  # the people users ask about most
        assert abs(got.get(name, 0) - n) <= max(1, n // 20), (name, got.get(name), n)
    assert len(set(got) & set(gold)) / len(gold) >= 0.95
    assert len(set(got) - set(gold)) <= len(gold) * 0.05


def test_people_timeline_subprocess(sample_store: Path) -> None:
    r = digest("people", "张玉杰", "--store", str(sample_store), env={"NO_COLOR": "1"})
    assert r.returncode == 0, r.stderr
    assert "2022-11 " in r.stdout and "2023-11 " in r.stdout and "entries name 张玉杰" in r.stdout
    names = [x["name"] for x in rows(cli("people", "张玉杰", "--with", "--json", store=sample_store))]
    assert "江凌" in names and "张玉杰" not in names


def test_search_and_person_filter_use_persons(sample_store: Path) -> None:
    by_person = rows(cli("list", "--person", "江 凌", "--json", store=sample_store))
    via_people = rows(cli("people", "江凌", "--json", store=sample_store))
    searched = rows(cli("search", "江凌", "--json", store=sample_store))
    assert by_person and [x["id"] for x in by_person] == [x["id"] for x in via_people]
    assert {x["id"] for x in by_person} <= {x["id"] for x in searched}


# -- person recognition through `digest parse` -----------------------------------------------------

def _parse_json(*args: str) -> list[dict[str, Any]]:
    r = runner.invoke(app, ["parse", str(SAMPLES / "yibin-2022-11-16.txt"), "--json", "--dry-run", "-q", *args])
    assert r.exit_code == 0, r.output
    return rows(r)


def test_parse_names_file_and_no_persons(tmp_path: Path) -> None:
    plain = _parse_json()
    assert any("江凌" in e["persons"] for e in plain)
    names = tmp_path / "names.txt"
    names.write_text("-江凌\n宁德时代\n", encoding="utf-8")
    fixed = _parse_json("--names", str(names))
    assert not any("江凌" in e["persons"] or "江凌" in e["roles"] for e in fixed)
    assert any("宁德时代" in e["persons"] for e in fixed)
    assert all(e["persons"] == [] and e["roles"] == {} for e in _parse_json("--no-persons"))


def test_parse_reads_names_txt_from_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    (store / "names.txt").write_text("-张玉杰\n", encoding="utf-8")
    got = _parse_json("--store", str(store))
    assert got and not any("张玉杰" in e["persons"] for e in got)


def test_parse_bad_names_file_is_one_line(tmp_path: Path) -> None:
    r = digest("parse", str(SAMPLES / "yibin-2022-11-16.txt"), "--dry-run", "-q",
               "--names", str(tmp_path / "nope.txt"))
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.startswith("digest: cannot read names file ") and r.stderr.count("\n") == 1


def test_version_does_not_import_jieba_or_the_recognizer() -> None:
    code = "import sys, digest.cli; print(sorted(m for m in ('jieba', 'digest.persons') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("encoding", ["gbk", "utf-16", "utf-8-sig"])
def test_a_names_file_in_another_encoding_is_read(tmp_path: Path, encoding: str) -> None:
    """A names file saved by Notepad or Excel in GBK or UTF-16 is read as a source would be (it used to stop
    every parse with `UnicodeDecodeError`)."""
    from digest.persons import read_names_file

    names = tmp_path / "names.txt"
    names.write_bytes("# 名单\n王建国\n-张玉杰\n".encode(encoding))
    assert read_names_file(names) == ({"王建国"}, {"张玉杰"})


def test_a_names_file_that_is_a_directory_is_one_line(tmp_path: Path) -> None:
    r = digest("parse", str(SAMPLES / "yibin-2022-11-16.txt"), "--dry-run", "-q", "--names", str(tmp_path))
    assert r.returncode == 2 and r.stderr == f"digest: cannot read names file {tmp_path}: not a regular file\n"
