"""The query commands end to end: CliRunner for every command and filter, subprocesses for the
must-show checks against the shared samples and the hand-checked gold records."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import put_issue, run_digest
from typer.testing import CliRunner

from digest.cli import app
from digest.model import ENTRY_KEYS, Entry, Issue, assign_ids
from digest.store import Store

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
GOLD = Path(os.environ.get("DIGEST_GOLD", REPO.parent / "shared" / "gold"))

runner = CliRunner()


def cli(*args: str, store: Path, env: dict[str, str] | None = None) -> Any:
    return runner.invoke(app, [*args, "--store", str(store)], env=env)


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def digest(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_digest(*args, env=env, timeout=120, cwd=REPO)


# -- a small hand-made store: every filter and command -------------------------------------------


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("small")
    st = Store.open(root)

    def put(issue_id: str, issue_date: str, rows: list[dict[str, Any]]) -> None:
        put_issue(st, issue_id, issue_date, rows)

    put("digest-2023-11", "2023-11", [
        {"title": "江凌调研城市提质工作", "date": "2023-11-14", "section": "时政", "subsection": "领导活动",
         "persons": ["江凌"], "text": "11月14日，市委书记江凌调研城市提质工作。\n第二段写到涧西区。"},
        {"title": "洛阳市生态环境保护大会召开", "date": "2023-11-15", "section": "时政",
         "subsection": "重要会议", "persons": ["江凌", "徐衣显"], "text": "江凌出席，徐衣显主持。"},
        {"title": "数字经济项目签约", "section": "经济", "subsection": "项目", "text": "无日期的条目。"},
    ])
    put("digest-2023-05", "2023-05", [
        {"title": "徐衣显到孟津区调研", "date": "2023-05-10", "section": "时 政", "subsection": "领导活动",
         "persons": ["徐衣显"], "text": "5月10日，徐衣显到孟津区调研。"},
        {"title": "重要会议在洛召开", "date": "2023-05-20", "section": "时政", "subsection": "重要会议",
         "text": "会议召开。"},
    ])
    put("伊滨-2022-11-16-no21", "2022-11-16", [
        {"title": "张玉杰现场办公", "kind": "article", "date": "2022-11-07", "persons": ["张玉杰", "江凌"],
         "text": "贯彻江 凌书记调研讲话精神。"},
    ])
    return root


def titles(result: Any) -> list[str]:
    return [r["title"] for r in json_lines(result.stdout)]


def test_list_json_is_full_records_in_date_order(small: Path) -> None:
    r = cli("list", "--json", store=small)
    assert r.exit_code == 0, r.output
    rows = json_lines(r.stdout)
    assert all(tuple(x) == ENTRY_KEYS for x in rows)
    assert [x["title"] for x in rows] == ["张玉杰现场办公", "徐衣显到孟津区调研", "重要会议在洛召开",
                                          "数字经济项目签约", "江凌调研城市提质工作", "洛阳市生态环境保护大会召开"]


@pytest.mark.parametrize("args,expect", [
    (["--month", "11"], ["张玉杰现场办公", "数字经济项目签约", "江凌调研城市提质工作", "洛阳市生态环境保护大会召开"]),
    (["--month", "11", "--year", "2023"], ["数字经济项目签约", "江凌调研城市提质工作", "洛阳市生态环境保护大会召开"]),
    (["--date", "2023-11-14"], ["江凌调研城市提质工作"]),
    (["--date", "2023年5月"], ["徐衣显到孟津区调研", "重要会议在洛召开"]),
    (["--year", "2022"], ["张玉杰现场办公"]),
    (["--since", "2023-05-15", "--until", "2023-11-14"], ["重要会议在洛召开", "数字经济项目签约", "江凌调研城市提质工作"]),
    (["--section", "时政", "--subsection", "领导活动"], ["徐衣显到孟津区调研", "江凌调研城市提质工作"]),
    (["--subsection", "重要 会议", "--since", "2023-06"], ["洛阳市生态环境保护大会召开"]),
    (["--person", "江凌", "--person", "徐衣显"], ["洛阳市生态环境保护大会召开"]),
    (["--person", "徐衣显", "--month", "5"], ["徐衣显到孟津区调研"]),
    (["--issue", "digest-2023-05"], ["徐衣显到孟津区调研", "重要会议在洛召开"]),
    (["--kind", "article"], ["张玉杰现场办公"]),
    (["--limit", "2"], ["张玉杰现场办公", "徐衣显到孟津区调研"]),
])
def test_list_filters(small: Path, args: list[str], expect: list[str]) -> None:
    r = cli("list", *args, "--json", store=small)
    assert r.exit_code == 0, r.output
    assert titles(r) == expect


def test_nothing_matched_exits_1(small: Path) -> None:
    r = cli("list", "--person", "无此人", "--json", store=small)
    assert r.exit_code == 1 and r.stdout == ""
    assert cli("list", store=small.parent / "no-store-here").exit_code == 1


@pytest.mark.parametrize("args", [
    ["list", "--month", "13"], ["list", "--year", "99999"], ["list", "--date", "someday"], ["list", "--kind", "poem"],
    ["list", "--since", "2024", "--until", "2023"], ["search", "--regex", "(x"], ["export", "--format", "xml"],
    ["show", "ab"], ["search", " "],
])
def test_bad_input_exits_2(small: Path, args: list[str]) -> None:
    r = cli(*args, store=small)
    assert r.exit_code == 2, r.output
    assert r.stdout == ""


def test_search(small: Path) -> None:
    r = cli("search", "江凌", "--json", store=small)
    assert titles(r) == ["张玉杰现场办公", "江凌调研城市提质工作", "洛阳市生态环境保护大会召开"]
    assert titles(cli("search", "江凌", "涧西区", "--json", store=small)) == ["江凌调研城市提质工作"]
    assert titles(cli("search", "调研", "--title", "--json", store=small)) == ["徐衣显到孟津区调研", "江凌调研城市提质工作"]
    assert titles(cli("search", "--regex", r"^\d+月\d+日", "--json", store=small)) == [
        "徐衣显到孟津区调研", "江凌调研城市提质工作"]
    assert titles(cli("search", "徐衣显", "--month", "11", "--json", store=small)) == ["洛阳市生态环境保护大会召开"]
    assert cli("search", "不存在的词", store=small).exit_code == 1


def test_search_table_shows_matches(small: Path) -> None:
    r = cli("search", "涧西区", store=small, env={"COLUMNS": "140"})
    assert r.exit_code == 0
    assert "江凌调研城市提质工作" in r.stdout and "涧西区" in r.stdout and "1 entry" in r.stdout


def test_show(small: Path) -> None:
    target = json_lines(cli("search", "孟津", "--json", store=small).stdout)[0]
    r = cli("show", target["id"], store=small, env={"COLUMNS": "140"})
    assert r.exit_code == 0
    for part in ("徐衣显到孟津区调研", "5月10日，徐衣显到孟津区调研。", target["id"], "digest-2023-05", "领导活动"):
        assert part in r.stdout
    assert json_lines(cli("show", target["id"][:6], "--json", store=small).stdout) == [target]
    assert cli("show", "ffffffffffff", store=small).exit_code == 1


def test_export_formats(small: Path, tmp_path: Path) -> None:
    r = cli("export", "--format", "csv", "--month", "11", store=small)
    assert r.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(r.stdout_bytes.decode("utf-8-sig"), newline="")))
    assert [x["title"] for x in rows][:1] == ["张玉杰现场办公"] and len(rows) == 4
    assert rows[-1]["persons"] == "江凌;徐衣显"
    out = tmp_path / "may.json"
    r = cli("export", "-f", "json", "--month", "5", "-o", str(out), store=small)
    assert r.exit_code == 0
    assert [x["title"] for x in json.loads(out.read_text("utf-8"))] == ["徐衣显到孟津区调研", "重要会议在洛召开"]
    md = cli("export", "--format", "md", "--person", "张玉杰", store=small).stdout
    assert md.startswith("## 张玉杰现场办公")
    jl = cli("export", "--section", "经济", store=small).stdout  # jsonl is the default
    assert [x["title"] for x in json_lines(jl)] == ["数字经济项目签约"]
    assert cli("export", "--person", "无此人", store=small).exit_code == 1


def test_issues_sections_stats(small: Path) -> None:
    iss = json_lines(cli("issues", "--json", store=small).stdout)
    assert [i["issue_id"] for i in iss] == ["伊滨-2022-11-16-no21", "digest-2023-05", "digest-2023-11"]
    assert [i["issue_id"] for i in json_lines(cli("issues", "--person", "徐衣显", "--json", store=small).stdout)] == [
        "digest-2023-05", "digest-2023-11"]
    table = cli("issues", "--person", "江凌", store=small, env={"COLUMNS": "140"}).stdout
    assert "digest-2023-11" in table and "digest-2023-05" not in table
    secs = json_lines(cli("sections", "--json", store=small).stdout)
    assert {(s["section"], s["subsection"]): s["count"] for s in secs} == {
        ("时政", "领导活动"): 1, ("时 政", "领导活动"): 1, ("时政", "重要会议"): 2, ("经济", "项目"): 1, (None, None): 1}
    assert cli("sections", "--month", "5", store=small).stdout.count("领导活动") == 1
    st = json_lines(cli("stats", "--json", store=small).stdout)[0]
    assert (st["entries"], st["issues"], st["top_persons"]["江凌"]) == (6, 3, 3)
    assert "entries" in cli("stats", store=small).stdout
    assert cli("stats", "--year", "1999", store=small).exit_code == 1


def test_store_from_environment(small: Path) -> None:
    r = runner.invoke(app, ["list", "--json"], env={"DIGEST_STORE": str(small)})
    assert len(json_lines(r.stdout)) == 6


def test_filters_are_shared_by_every_query_command() -> None:
    from digest.cli import FILTER_OPTIONS

    for cmd in ("list", "search", "export", "issues", "sections", "stats"):
        help_text = runner.invoke(app, [cmd, "--help"], env={"COLUMNS": "200"}).stdout
        for name in FILTER_OPTIONS:
            assert f"--{name}" in help_text, (cmd, name)


# -- subprocesses: the real CLI, the shared samples and gold --------------------------------------


def test_cli_imports_nothing_heavy_for_version() -> None:
    code = "import sys, digest.cli; print(sorted(m for m in ('rich', 'orjson', 'jieba') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert out.stdout.strip() == "[]"
    assert digest("--version").stdout.startswith("digest ")


def test_usage_error_is_one_line(tmp_path: Path) -> None:
    for args in (["list", "--bogus"], ["list", "--month", "0"], ["list", "--since", "later"]):
        r = digest(*args, "--store", str(tmp_path))
        assert r.returncode == 2 and r.stdout == ""
        assert len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith("digest: ")


def test_unwritable_store_is_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    r = digest("parse", str(SAMPLES / "yibin-2022-11-16.txt"), "-q", "--store", str(blocker / "sub"))
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_corrupt_store_line_reported_rest_served(small: Path, tmp_path: Path) -> None:
    root = tmp_path / "s"
    shutil.copytree(small, root)
    path = root / "entries" / "digest-2023-11.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    lines[1] = lines[1][:40] + b"\n"  # truncated
    lines[2] = lines[2].replace(b'"text":"', b'"text":"\x01"', 1)  # broken inside the text, still ends with }
    path.write_bytes(b"".join(lines))
    r = digest("list", "--json", "--store", str(root))
    assert r.returncode == 0
    assert [x["title"] for x in json_lines(r.stdout)] == [
        "张玉杰现场办公", "徐衣显到孟津区调研", "重要会议在洛召开", "江凌调研城市提质工作"]
    assert f"{path}:2: truncated" in r.stderr and f"{path}:3: corrupt" in r.stderr
    assert r.stderr.count("\n") == 2
    assert "Traceback" not in digest("search", "调研", "--store", str(root)).stderr


def test_no_color_and_forced_color(small: Path) -> None:
    colored = digest("search", "江凌", "--store", str(small), env={"FORCE_COLOR": "1"})
    assert "\x1b[" in colored.stdout and "35" in colored.stdout  # magenta highlight
    plain = digest("search", "江凌", "--store", str(small), env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert plain.returncode == 0 and ";35" not in plain.stdout and "[35" not in plain.stdout
    piped = digest("search", "江凌", "--json", "--store", str(small), env={"FORCE_COLOR": "1"})
    assert "\x1b" not in piped.stdout


def _gold_expected(term: str, month: int) -> set[tuple[str, str]]:
    """(sample, title) of gold entries dated in `month` (else by their issue date) naming `term`."""
    out = set()
    for gold in sorted(GOLD.glob("*.jsonl")):
        meta = gold.with_suffix(".meta.json")
        issue_date = json.loads(meta.read_text())["date"] if meta.exists() else gold.stem.split("-", 1)[1]
        for line in gold.read_text("utf-8").splitlines():
            g = json.loads(line)
            d = g.get("date") or issue_date
            named = term in g.get("persons", []) or term in g["title"] or term in (g.get("kicker") or "")
            if int(d[5:7]) == month and named:
                out.add((gold.stem, "".join(g["title"].split())))
    return out


@pytest.mark.skipif(not GOLD.is_dir(), reason="shared gold records not available")
def test_must_show_on_the_samples(tmp_path: Path) -> None:
    store = tmp_path / "store"
    env = {"DIGEST_STORE": str(store)}
    r = digest("parse", str(SAMPLES), "-q", env=env)
    assert r.returncode == 0, r.stderr
    first = digest("list", "--json", env=env).stdout.splitlines()
    assert len(first) > 100

    # digest search 江凌 --month 11 --json == the November gold entries naming 江凌
    found = {(Path(x["source"]).stem, "".join(x["title"].split()))
             for x in json_lines(digest("search", "江凌", "--month", "11", "--json", env=env).stdout)}
    assert found == _gold_expected("江凌", 11)

    # parsing everything again (and a renamed, GB18030-encoded copy of one issue) adds nothing
    copy = tmp_path / "renamed-copy.txt"
    copy.write_bytes((SAMPLES / "luoyang-2023-11.txt").read_text("utf-8").encode("gb18030"))
    assert digest("parse", str(SAMPLES), str(copy), "-q", env=env).returncode == 0
    again = digest("list", "--json", env=env).stdout.splitlines()
    assert len(again) == len(first)
    assert len({json.loads(x)["id"] for x in again}) == len(again)
    assert len(json_lines(digest("issues", "--json", env=env).stdout)) == len(list(SAMPLES.glob("*.txt")))

    # export --format csv: one row per entry
    r = digest("export", "--format", "csv", "-o", str(tmp_path / "all.csv"), env=env)
    assert r.returncode == 0
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as f:
        assert sum(1 for _ in csv.DictReader(f)) == len(first)


def test_empty_store_says_so(tmp_path: Path) -> None:
    r = cli("list", store=tmp_path / "nothing-here")
    assert r.exit_code == 1
    assert "is empty" in r.stderr and "digest parse" in r.stderr


def test_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    st = Store.open(tmp_path)
    entries = [Entry(title=f"条目{i}", text="长" * 500, date="2023-11-06") for i in range(2000)]
    assign_ids("big", "big.txt", entries)
    st.put(Issue(issue_id="big", source="big.txt", sha256="0", entry_count=len(entries)), entries)
    for args in (["list", "--json"], ["export", "--format", "csv"]):
        proc = subprocess.Popen([sys.executable, "-m", "digest", *args, "--store", str(tmp_path)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline()
        proc.stdout.close()  # like `| head -1`
        err = proc.stderr.read()
        assert proc.wait(timeout=60) == 0, err
        assert b"Traceback" not in err and b"Exception" not in err
