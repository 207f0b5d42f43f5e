"""The shared output options on every query command (--format, --json, --fields, --count, --sort,
--limit), stats --by, report (Markdown and Word), pipes and widths, help, completion and start-up:
CliRunner on a small hand-made store, subprocesses for what only a real process shows (closed pipes,
imports, the width of a pipe)."""

from __future__ import annotations

import csv
import io
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

from digest.cli import OUTPUT_OPTIONS, app
from digest.model import ENTRY_KEYS, Entry, Issue, assign_ids
from digest.store import Store

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()

QUERY_COMMANDS = {  # command line -> what a JSON row of it is
    "list": ["list"],
    "search": ["search", "调研"],
    "issues": ["issues"],
    "sections": ["sections"],
    "stats": ["stats", "--by", "section"],
    "people": ["people"],
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("out")
    st = Store.open(root)

    def put(issue_id: str, issue_date: str, rows: list[dict[str, Any]]) -> None:
        put_issue(st, issue_id, issue_date, rows)

    put("city-2023-11", "2023-11", [
        {"title": "书记调研城市提质工作", "date": "2023-11-14", "section": "时政", "subsection": "领导活动",
         "persons": ["江凌"], "roles": {"江凌": "市委书记"},
         "text": "11月14日，市委书记江凌调研城市提质工作。\n第二段写到涧西区，再次调研。"},
        {"title": "生态环境保护大会召开", "date": "2023-11-15", "section": "时政", "subsection": "重要会议",
         "persons": ["江凌", "徐衣显"], "text": "江凌出席，徐衣显主持。会前调研了河道。"},
        {"title": "数字经济项目签约", "section": "经济", "subsection": "项目", "text": "无日期的条目，含逗号, 和\t制表符。"},
        {"title": "调研 调研：基层党建", "date": "2023-11-20", "section": "时政", "subsection": "领导活动",
         "persons": ["徐衣显"], "text": "徐衣显到基层。"},
    ])
    put("city-2023-05", "2023-05", [
        {"title": "市长到孟津区调研", "date": "2023-05-10", "section": "时政", "subsection": "领导活动",
         "persons": ["徐衣显"], "text": "5月10日，徐衣显到孟津区。"},
        {"title": "重要会议在洛召开", "date": "2023-05-20", "section": "时政", "subsection": "重要会议",
         "text": "会议召开，部署调研。"},
        {"title": "科技成果发布", "date": "2023-05-21", "section": "科技", "text": "发布成果。"},
    ])
    put("paper-2022-11-16", "2022-11-16", [
        {"title": "区长现场办公", "kind": "article", "date": "2022-11-07", "persons": ["张玉杰", "江凌"],
         "text": "贯彻江 凌书记调研讲话精神。"},
    ])
    return root


def cli(*args: str, store: Path, env: dict[str, str] | None = None) -> Any:
    return runner.invoke(app, [*args, "--store", str(store)], env={"COLUMNS": "160", **(env or {})})


def jl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# -- every option on every query command --------------------------------------------------------


@pytest.mark.parametrize("name", QUERY_COMMANDS)
def test_formats_agree_with_json_lines(store: Path, name: str) -> None:
    args = QUERY_COMMANDS[name]
    rows = jl(cli(*args, "--json", store=store).stdout)
    assert rows, name
    assert jl(cli(*args, "--format", "jsonl", store=store).stdout) == rows
    assert json.loads(cli(*args, "--format", "json", store=store).stdout) == rows
    # csv, parsed back by the csv module: a header, then one row per JSON line, same keys
    r = cli(*args, "--format", "csv", store=store)
    assert r.exit_code == 0 and not r.stdout_bytes.startswith(b"\xef\xbb\xbf")  # no BOM on stdout
    back = list(csv.DictReader(io.StringIO(r.stdout, newline="")))
    assert len(back) == len(rows)
    assert list(back[0])[: len(rows[0])] == list(rows[0])  # issues: the count follows the record's keys
    for got, want in zip(back, rows, strict=True):
        for k, v in want.items():
            if isinstance(v, (str, int)) and not isinstance(v, bool):
                assert got[k] == str(v), (name, k)
    # tsv: one line per row (tabs and line breaks inside cells are escaped)
    tsv = cli(*args, "--format", "tsv", store=store).stdout.splitlines()
    assert len(tsv) == len(rows) + 1 and tsv[0].split("\t")[: len(rows[0])] == list(rows[0])
    assert all(len(line.split("\t")) == len(tsv[0].split("\t")) for line in tsv)
    # md: a heading or table line per row
    md = cli(*args, "--format", "md", store=store).stdout
    assert md.count("\n## ") + md.startswith("## ") == len(rows) or md.count("\n| ") == len(rows)
    # the table, in a pipe without COLUMNS: nothing cut
    table = cli(*args, store=store, env={"COLUMNS": ""}).stdout
    first = next(k for k in ("title", "issue_id", "subsection", "section", "name") if k in rows[0])
    assert all(str(r[first] or "-") in table for r in rows), (name, first)


@pytest.mark.parametrize("name", QUERY_COMMANDS)
def test_count_is_the_number_of_json_lines(store: Path, name: str) -> None:
    args = QUERY_COMMANDS[name]
    n = len(jl(cli(*args, "--json", store=store).stdout))
    for flag in ("--count", "-c"):
        r = cli(*args, flag, store=store)
        assert r.exit_code == 0 and r.stdout == f"{n}\n", (name, r.stdout)
    assert cli(*args, "--count", "--month", "2", store=store).exit_code == 1  # nothing: 0 and exit 1


@pytest.mark.parametrize("name", QUERY_COMMANDS)
def test_fields_keep_their_order(store: Path, name: str) -> None:
    args = QUERY_COMMANDS[name]
    keys = list(jl(cli(*args, "--json", store=store).stdout)[0])
    want = list(reversed(keys[:3]))
    rows = jl(cli(*args, "--json", "--fields", ",".join(want), store=store).stdout)
    assert rows and all(list(r) == want for r in rows)
    header = next(csv.reader(io.StringIO(cli(*args, "--format", "csv", "--fields", ",".join(want),
                                                 store=store).stdout)))
    assert header == want
    table = cli(*args, "--fields", ",".join(want), store=store).stdout.splitlines()[0].split()
    assert table == want
    bad = cli(*args, "--fields", "nosuchfield", store=store)
    assert bad.exit_code == 2 and "unknown field 'nosuchfield'" in bad.stderr


@pytest.mark.parametrize("name", QUERY_COMMANDS)
def test_limit(store: Path, name: str) -> None:
    args = QUERY_COMMANDS[name]
    rows = jl(cli(*args, "--json", store=store).stdout)
    for flag in ("--limit", "-n"):
        assert jl(cli(*args, "--json", flag, "2", store=store).stdout) == rows[:2]
    assert cli(*args, "--count", "-n", "1", store=store).stdout == "1\n"


def test_sort_entries(store: Path) -> None:
    rows = jl(cli("list", "--json", store=store).stdout)
    dated = [r for r in rows if r["date"]]

    def eff(r: dict[str, Any]) -> str:
        return r["date"] or r["issue_date"]

    assert [eff(r) for r in rows] == sorted(eff(r) for r in rows)
    newest = jl(cli("list", "--json", "--sort", "-date", store=store).stdout)
    assert [eff(r) for r in newest] == sorted((eff(r) for r in rows), reverse=True)
    assert jl(cli("list", "--json", "--sort", "-date", "-n", "1", store=store).stdout)[0]["title"] == "调研 调研：基层党建"
    by_issue = jl(cli("list", "--json", "--sort", "issue", store=store).stdout)
    assert [r["issue_id"] for r in by_issue] == sorted(r["issue_id"] for r in rows)
    seqs = [r["seq"] for r in by_issue if r["issue_id"] == "city-2023-11"]
    assert len(seqs) == 4 and seqs == sorted(seqs)
    assert len(dated) < len(rows)


def test_sort_relevance_puts_title_matches_first(store: Path) -> None:
    plain = [r["title"] for r in jl(cli("search", "调研", "--json", store=store).stdout)]
    ranked = [r["title"] for r in jl(cli("search", "调研", "--json", "--sort", "relevance", store=store).stdout)]
    assert sorted(plain) == sorted(ranked)
    in_title = [t for t in ranked if "调研" in t]
    assert ranked[: len(in_title)] == in_title  # every title match before every text-only match
    assert ranked[0] == "调研 调研：基层党建"  # twice in the title
    assert in_title != plain[: len(in_title)]  # date order differs: the ranking did something
    r = cli("list", "--sort", "relevance", store=store)
    assert r.exit_code == 2 and "search" in r.stderr


def test_sort_rows(store: Path) -> None:
    months = jl(cli("stats", "--by", "month", "--json", "--sort", "-date", store=store).stdout)
    assert [m["month"] for m in months] == sorted((m["month"] for m in months), reverse=True)
    people = jl(cli("people", "--json", "--sort", "relevance", store=store).stdout)
    assert [p["entries"] for p in people] == sorted((p["entries"] for p in people), reverse=True)
    issues = jl(cli("issues", "--json", "--sort", "issue", store=store).stdout)
    assert [i["issue_id"] for i in issues] == sorted(i["issue_id"] for i in issues)
    assert cli("sections", "--sort", "date", store=store).exit_code == 2
    secs = jl(cli("sections", "--json", "--sort", "relevance", store=store).stdout)
    assert [x["count"] for x in secs] == sorted((x["count"] for x in secs), reverse=True)
    matching = jl(cli("issues", "--person", "江凌", "--json", "--fields", "issue_id,matching", "--sort", "relevance",
                      store=store).stdout)
    assert [x["matching"] for x in matching] == [2, 1]


@pytest.mark.parametrize("args", [
    ["list", "--format", "xml"], ["list", "--json", "--format", "csv"], ["list", "--sort", "newest"],
    ["stats", "--by", "weekday"], ["report", "--month", "2023"], ["report", "--month", "soon"],
    ["list", "--fields", ","], ["list", "-n", "-1"],
])
def test_bad_output_options_exit_2(store: Path, args: list[str]) -> None:
    r = cli(*args, store=store)
    assert r.exit_code == 2 and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1


def test_export_is_the_same_machinery(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    r = cli("export", "--format", "csv", "--fields", "title,date", "--sort", "-date", "-n", "3", "-o", str(out),
            store=store)
    assert r.exit_code == 0 and "3 entries written" in r.stderr
    with open(out, encoding="utf-8-sig", newline="") as f:  # a file starts with a BOM for spreadsheets
        rows = list(csv.DictReader(f))
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    want = jl(cli("list", "--json", "--fields", "title,date", "--sort", "-date", "-n", "3", store=store).stdout)
    assert rows == [{k: v or "" for k, v in w.items()} for w in want]
    assert jl(cli("export", store=store).stdout) == jl(cli("list", "--json", store=store).stdout)
    tsv = tmp_path / "x.tsv"
    assert cli("export", "-f", "tsv", "-o", str(tsv), store=store).exit_code == 0
    lines = tsv.read_text("utf-8").splitlines()
    assert lines[0].split("\t") == list(ENTRY_KEYS) and len(lines) == 9
    assert "含逗号, 和\\t制表符" in tsv.read_text("utf-8")


# -- stats --by ----------------------------------------------------------------------------------


@pytest.mark.parametrize("by", ["month", "section", "subsection", "person", "issue"])
def test_stats_by_equals_a_count_from_the_json_lines(store: Path, by: str) -> None:
    records = jl(cli("list", "--json", store=store).stdout)
    want: Counter[str] = Counter()
    for r in records:
        if by == "month":
            want[(r["date"] or r["issue_date"])[:7]] += 1
        elif by == "person":
            want.update(set(r["persons"]))
        else:
            want[r[{"issue": "issue_id"}.get(by, by)] or "-"] += 1
    rows = jl(cli("stats", "--by", by, "--json", store=store).stdout)
    assert {r[by]: r["entries"] for r in rows} == dict(want)
    if by == "month":
        assert [r["month"] for r in rows] == sorted(want)
    else:
        assert [r["entries"] for r in rows] == sorted(want.values(), reverse=True)
    table = cli("stats", "--by", by, store=store).stdout
    assert "█" in table and all(k in table for k in want)


def test_stats_by_month_with_filters(store: Path) -> None:
    rows = jl(cli("stats", "--by", "month", "--person", "徐衣显", "--json", store=store).stdout)
    assert rows == [{"month": "2023-05", "entries": 1}, {"month": "2023-11", "entries": 2}]


# -- report ---------------------------------------------------------------------------------------


def test_report_markdown(store: Path) -> None:
    r = cli("report", "--month", "2023-11", store=store)
    assert r.exit_code == 0
    md = r.stdout
    assert md.startswith("# 2023-11")
    lines = md.splitlines()
    # sections, then subsections, then one bullet per entry of the month, with its date and persons
    assert lines.index("## 时政") < lines.index("### 领导活动") < lines.index("### 重要会议") < lines.index("## 经济")
    bullets = [x for x in lines if x.startswith("- ")]
    assert len(bullets) == 4
    assert any("2023-11-15" in b and "生态环境保护大会召开" in b and "江凌、徐衣显" in b for b in bullets)
    assert "区长现场办公" not in md  # November 2022
    assert cli("report", "--month", "2023-02", store=store).exit_code == 1


def test_report_docx_opens_in_python_docx(store: Path, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    out = tmp_path / "brief.docx"
    r = cli("report", "--month", "2023-11", "-o", str(out), store=store)
    assert r.exit_code == 0 and "4 entries written" in r.stderr
    doc = docx.Document(str(out))
    heads = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert heads[0][0] == "Title" and heads[0][1].startswith("2023-11")
    assert ("Heading 1", "时政") in heads and ("Heading 2", "领导活动") in heads and ("Heading 1", "经济") in heads
    assert heads.index(("Heading 1", "时政")) < heads.index(("Heading 2", "重要会议")) < heads.index(("Heading 1", "经济"))
    body = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert len(body) == 4 and any("生态环境保护大会召开" in t and "2023-11-15" in t for t in body)
    xml = doc.element.xml
    assert "TOC \\o" in xml and 'w:fldCharType="begin"' in xml  # the table of contents field
    md = tmp_path / "brief.md"
    assert cli("report", "--month", "2023-11", "-o", str(md), store=store).exit_code == 0
    assert md.read_text("utf-8") == cli("report", "--month", "2023-11", store=store).stdout


# -- terminal widths --------------------------------------------------------------------------------


def _recorded(width: int, fn: Any) -> list[str]:
    from rich.console import Console

    con = Console(width=width, record=True, force_terminal=True, file=io.StringIO())
    fn(con)
    return con.export_text().splitlines()


def test_tables_at_80_and_200_columns(store: Path) -> None:
    from rich.cells import cell_len

    from digest import term
    from digest.query import Filters

    recs = jl(cli("list", "--json", store=store).stdout)
    long = dict(recs[0], title="很长的标题" * 12, id="abcdef123456")
    for width in (80, 200):
        for search in (False, True):
            f = Filters.build(terms=["调研"]) if search else None
            lines = _recorded(width, lambda con, f=f, search=search: term.entries_table(
                [*recs, long], filters=f, search=search, con=con))
            assert max(cell_len(x) for x in lines) <= width
            rows = [x for x in lines if "abcdef123456" in x]  # the id is never cut
            assert rows and rows[0].split()[0] == long["date"]  # nor the date
    wide = _recorded(250, lambda con: term.entries_table(recs, con=con))
    assert "…" not in "\n".join(wide)  # at 250 columns nothing is cut
    assert all(r["title"] in "\n".join(wide) for r in recs)
    narrow = "\n".join(_recorded(80, lambda con: term.entries_table([*recs, long], con=con)))
    assert "很长的标题很长的标题" in narrow and "…" in narrow  # the title gets the room, then is cut
    by = _recorded(80, lambda con: term.stats_by_table([{"month": "2023-05", "entries": 3},
                                                        {"month": "2023-11", "entries": 6}], "month", con=con))
    assert max(cell_len(x) for x in by) <= 80 and by[3].count("█") == 2 * by[2].count("█")


def test_fit_widths() -> None:
    from digest.term import fit_widths

    assert fit_widths([10, 8, 40, 12], 100, fixed=(0, 3), room=2, caps={1: 6}) == [10, 8, 40, 12]
    w = fit_widths([10, 30, 90, 12], 80, fixed=(0, 3), room=2, caps={1: 12})
    assert sum(w) <= 80 and w[0] == 10 and w[3] == 12 and w[2] > w[1]
    w = fit_widths([10, 30, 20, 12], 70, fixed=(0, 3), room=2, caps={1: 12})
    assert w == [10, 28, 20, 12]  # the title needs less: the capped column gets the spare


# -- pipes ------------------------------------------------------------------------------------------


def test_pipe_output_is_not_wrapped_or_cut(store: Path) -> None:
    env = {"COLUMNS": ""}  # a pipe without COLUMNS: the width of its content
    long = "一" * 300
    st = Store.open(store.parent / "pipe-store")
    entries = [Entry(title="标题" * 60, text=f"{long}\n第二段{long}", date="2023-01-02", persons=["甲乙"])]
    assign_ids("p-2023", "p.txt", entries)
    st.put(Issue(issue_id="p-2023", source="p.txt", sha256="0", entry_count=1), entries)
    out = run_digest("list", "--store", str(st.path), env=env).stdout
    assert "标题" * 60 in out and "…" not in out
    shown = run_digest("show", entries[0].id, "--store", str(st.path), env=env).stdout.splitlines()
    assert long in shown and f"第二段{long}" in shown  # each paragraph on one line


def test_closed_pipe_exits_0_for_every_command(tmp_path: Path) -> None:
    st = Store.open(tmp_path)
    entries = [Entry(title=f"条目{i}", text="长" * 300, date=f"2023-{i % 12 + 1:02d}-06", section=f"栏目{i % 7}",
                     persons=[f"张{i % 50}明"]) for i in range(3000)]
    assign_ids("big", "big.txt", entries)
    st.put(Issue(issue_id="big", source="big.txt", sha256="0", entry_count=len(entries)), entries)
    for args in (["list"], ["list", "--json"], ["search", "条目"], ["list", "--format", "csv"],
                 ["list", "--format", "md"], ["stats", "--by", "person"], ["people"]):
        proc = subprocess.Popen([sys.executable, "-m", "digest", *args, "--store", str(tmp_path)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline()
        proc.stdout.close()  # like `| head -1`
        err = proc.stderr.read()
        assert proc.wait(timeout=60) in (0, -13), (args, err)
        assert b"Traceback" not in err and b"Exception" not in err, args


# -- help, options before the command, suggestions, completion -------------------------------------


COMMANDS = ["parse", "check", "list", "search", "show", "export", "issues", "sections", "stats", "report",
            "people"]


@pytest.mark.parametrize("name", COMMANDS)
def test_help_in_plain_words_with_examples(name: str) -> None:
    text = runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"}).stdout
    for jargon in ("<int", "<list", "<str", "<path", "[x>=", "INTEGER", "TEXT", "PATH:"):
        assert jargon not in text, (name, jargon)
    assert "Examples:" in text and f"digest {name}" in text
    if name in QUERY_COMMANDS or name == "export":
        for opt in ("--format", "--json", "--fields", "--count", "--sort", "--limit"):
            assert opt in text, (name, opt)


def test_output_options_defined_once() -> None:
    assert list(OUTPUT_OPTIONS) == ["format", "json", "fields", "count", "sort", "limit"]


def test_store_before_the_command(store: Path, tmp_path: Path) -> None:
    r = runner.invoke(app, ["--store", str(store), "list", "--count"], env={"DIGEST_STORE": str(tmp_path)})
    assert r.stdout == "8\n"
    p = run_digest("--store", str(store), "stats", "--by", "issue", "--json", env={"DIGEST_STORE": str(tmp_path)})
    assert p.returncode == 0 and len(jl(p.stdout)) == 3
    # the command's own --store wins over the one before it
    r = runner.invoke(app, ["--store", str(tmp_path / "none"), "list", "-c", "--store", str(store)])
    assert r.stdout == "8\n"


@pytest.mark.parametrize("typo,want", [("--mont", "--month"), ("--sectoin", "--section"), ("--persn", "--person"),
                                       ("--feilds", "--fields"), ("--limt", "--limit"), ("--formt", "--format")])
def test_misspelt_option_suggests_the_nearest(tmp_path: Path, typo: str, want: str) -> None:
    r = run_digest("list", typo, "x", "--store", str(tmp_path))
    assert r.returncode == 2
    assert r.stderr.strip().startswith(f"digest: no such option: {typo} (did you mean {want}?)")


def test_completion_of_values(store: Path) -> None:
    import typer
    from typer.main import get_command

    from digest import complete

    ctx = typer.Context(get_command(app))
    ctx.params = {"store": store}
    secs = complete.sections(ctx, "")
    assert secs[0] == "时政" and sorted(secs) == sorted(["时政", "经济", "科技"])  # most used first
    assert complete.subsections(ctx, "重") == ["重要会议"]
    assert set(complete.persons(ctx, "")[:2]) == {"江凌", "徐衣显"}  # most named first (3 entries each)
    assert complete.persons(ctx, "张") == ["张玉杰"]
    assert sorted(complete.issues(ctx, "city")) == ["city-2023-05", "city-2023-11"]
    ids = jl(cli("list", "--json", store=store).stdout)
    assert complete.entry_ids(ctx, ids[0]["id"][:4]) == [ids[0]["id"]]
    assert sorted(complete.formats("j")) == ["json", "jsonl"]
    assert complete.sorts("-") == ["-date"]
    assert complete.fields("id,ti") == ["id,title"]
    assert complete.by("s") == ["section", "subsection"]
    ctx.params = {"store": store / "missing"}
    assert complete.sections(ctx, "") == []


def test_completion_through_the_shell_protocol(store: Path) -> None:
    env = {"_DIGEST_COMPLETE": "complete_bash", "COMP_WORDS": f"digest list --store {store} --section ",
           "COMP_CWORD": "5"}
    p = subprocess.run([sys.executable, "-c", "import sys; sys.argv[0] = 'digest'; from digest.cli import main; main()"],
                       env={**os.environ, **env}, capture_output=True, text=True, cwd=REPO)
    assert set(p.stdout.split()) == {"时政", "经济", "科技"}, p.stderr


# -- start-up: nothing heavy on the store-reading path ----------------------------------------------

HEAVY = ("rich", "dateutil", "rapidfuzz", "sqlite3", "pydantic", "docx", "csv")  # regex: digest.text needs it


def _imported(*args: str, env: dict[str, str] | None = None) -> set[str]:
    """The modules `python -X importtime -m digest ARGS` imports."""
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "digest", *args], capture_output=True,
                       text=True, cwd=REPO, env={**os.environ, **(env or {})})
    return {line.split("|")[-1].strip() for line in p.stderr.splitlines() if line.startswith("import time:")}


def test_query_imports_nothing_heavy(store: Path) -> None:
    for args in (["search", "调研", "--month", "11", "--json"], ["list", "--person", "徐衣显", "--json"],
                 ["list", "--count"], ["stats", "--by", "month", "--json"]):
        mods = _imported(*args, "--store", str(store), env={"DIGEST_NO_INDEX": "1"})
        assert "digest.query" in mods  # the measurement works
        top = {m.split(".")[0] for m in mods}
        assert not top & set(HEAVY), (args, sorted(top & set(HEAVY)))
    assert not _imported("--version") & {"typer", "rich", "digest.cli", "digest.query"}


def test_parse_summary_in_a_log_keeps_each_line_whole(tmp_path: Path) -> None:
    deep = tmp_path / ("a-rather-long-directory-name-" * 4)
    deep.mkdir()
    src = deep / "issue.txt"
    src.write_bytes((REPO / "samples" / "yibin-2022-11-16.txt").read_bytes())
    p = run_digest("parse", str(src), "--dry-run", "--no-persons", env={"COLUMNS": ""})
    assert p.returncode == 0, p.stderr
    head = p.stdout.splitlines()[0]
    assert head.startswith(str(src)) and "entries" in head  # the path and the counts on one line


def _in_terminal(args: list[str], cols: int) -> list[str]:
    """Run digest on a pseudo-terminal `cols` wide (no COLUMNS: the width comes from the terminal)."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 60, cols, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR")}
    proc = subprocess.Popen([sys.executable, "-m", "digest", *args], stdin=slave, stdout=slave, stderr=slave,
                            cwd=REPO, env={**env, "TERM": "xterm", "NO_COLOR": "1"})
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    import re

    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode("utf-8", "replace"))
    return [line.rstrip("\r") for line in text.split("\n")]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminal sizes are set the Linux way")
def test_tables_on_a_real_terminal_at_80_and_200_columns(store: Path) -> None:
    from rich.cells import cell_len

    titles = [r["title"] for r in jl(cli("list", "--json", store=store).stdout)]
    for cols in (80, 200):
        lines = _in_terminal(["list", "--store", str(store)], cols)
        table = [x for x in lines if x.strip()]
        assert table and max(cell_len(x) for x in table) <= cols, cols
        assert table[-1].strip() == "8 entries"
        if cols == 200:
            assert all(t in "\n".join(lines) for t in titles)  # wide enough: nothing cut
