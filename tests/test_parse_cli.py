"""`digest parse` and `digest check`, in-process (typer's CliRunner) and as a real subprocess.

Also the spec's acceptance test: every 目录 sample with gold passes the shared scorer at entry F1 0.99
and 0.98 on every field, on what `digest parse FILE --json --dry-run` prints.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, TOC_SAMPLE_IDS, TOC_SAMPLES, gold_path, toc_issue
from typer.testing import CliRunner

from digest.cli import app
from digest.model import ENTRY_KEYS
from digest.parse import parse_path

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("private_store")

CLEAN = toc_issue("洛阳政务信息\n2023年第11期", [
    ("时 政", [("江凌到嵩县调研", "11月3日，江凌到嵩县调研。"),
               ("徐衣显调研牡丹产业发展", "11月5日，徐衣显调研牡丹产业发展。")]),
    ("经 济", [("洛阳项目集中开工", "11月20日，项目集中开工。")]),
])

PROBLEMS = """洛阳政务信息
2023年第11期

目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研.....1
洛阳市根本没有印出来的一条信息.....2
徐衣显调研牡丹产业发展.....3

◆◆◆ 时 政 ◆◆◆
徐衣显调研牡丹产业发展 11月5日，徐衣显调研。
江凌到嵩县调研 11月3日，江凌到嵩县调研。
**洛阳市召开新业态劳动者工会工作推进会** 11月4日，推进会召开。
"""
# 1-based lines of the problems above
LINE_MISSING, LINE_OUT_OF_ORDER, LINE_EXTRA = 7, 12, 13


def invoke(*args: str, stdin: bytes | None = None):
    res = runner.invoke(app, list(args), input=stdin)
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        raise res.exception
    return res


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "digest", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, timeout=300)


def json_lines(data: bytes) -> list[dict]:
    text = data.decode("utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert all(isinstance(r, dict) for r in rows)
    return rows


@pytest.fixture
def clean_file(tmp_path) -> Path:
    f = tmp_path / "clean.txt"
    f.write_text(CLEAN, encoding="utf-8")
    return f


@pytest.fixture
def problem_file(tmp_path) -> Path:
    f = tmp_path / "problems.txt"
    f.write_text(PROBLEMS, encoding="utf-8")
    return f


# --- the acceptance test: samples against the hand-checked gold --------------------------------------

def _assert_scores(scorer, gold_file: Path, pred: list[dict]) -> None:
    gold = scorer.load(str(gold_file))
    result = scorer.score(gold, pred)
    short = {k: v for k, v in result.items() if k.endswith("_accuracy") and v < 0.98}
    assert result["entry_f1"] >= 0.99, (result["entry_f1"], result["missed"], result["spurious"])
    assert not short, (short, result["field_misses"])


@pytest.mark.parametrize("sample", TOC_SAMPLES, ids=TOC_SAMPLE_IDS)
def test_sample_passes_the_scorer(scorer, sample):
    gold_file = gold_path(sample)
    if not gold_file.is_file():
        pytest.skip(f"no gold for {sample.name} at {gold_file}")
    res = invoke("parse", str(sample), "--json", "--dry-run")
    assert res.exit_code == 0, res.stderr
    pred = json_lines(res.stdout_bytes)
    _assert_scores(scorer, gold_file, pred)


@pytest.mark.parametrize("sample", TOC_SAMPLES[:1], ids=TOC_SAMPLE_IDS[:1])
def test_sample_passes_the_scorer_as_a_subprocess(scorer, sample):
    gold_file = gold_path(sample)
    if not gold_file.is_file():
        pytest.skip(f"no gold for {sample.name} at {gold_file}")
    proc = run("parse", str(sample), "--json", "--dry-run")
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"Traceback" not in proc.stderr
    _assert_scores(scorer, gold_file, json_lines(proc.stdout))


def test_samples_exist():
    assert TOC_SAMPLES, f"no luoyang-2023-*.txt samples under {ROOT / 'samples'}"


# --- parse: output streams and records -------------------------------------------------------------

def test_json_stdout_has_only_entry_records_and_summary_goes_to_stderr(clean_file):
    res = invoke("parse", str(clean_file), "--json", "--dry-run")
    assert res.exit_code == 0
    rows = json_lines(res.stdout_bytes)
    assert [r["title"] for r in rows] == ["江凌到嵩县调研", "徐衣显调研牡丹产业发展", "洛阳项目集中开工"]
    for r in rows:
        assert tuple(r) == ENTRY_KEYS
    assert [r["line_start"] for r in rows] == sorted(r["line_start"] for r in rows)
    # the summary: entries per section, on stderr
    assert re.search(r"时政\s+2\b", res.stderr) and re.search(r"经济\s+1\b", res.stderr), res.stderr


def test_json_is_utf8_not_ascii_escaped(clean_file):
    res = invoke("parse", str(clean_file), "--json", "--dry-run", "--quiet")
    raw = res.stdout_bytes
    assert "江凌到嵩县调研".encode() in raw
    assert b"\\u" not in raw


def test_summary_without_json_goes_to_stdout(clean_file):
    res = invoke("parse", str(clean_file), "--dry-run")
    assert res.exit_code == 0
    assert re.search(r"时政\s+2\b", res.stdout) and re.search(r"经济\s+1\b", res.stdout), res.stdout
    assert not res.stdout.lstrip().startswith("{")


def test_quiet_prints_no_summary(problem_file):
    res = invoke("parse", str(problem_file), "--json", "--dry-run", "--quiet")
    assert res.exit_code == 0
    assert res.stderr.strip() == ""
    assert len(json_lines(res.stdout_bytes)) == 3


def test_warnings_are_printed_with_their_line(problem_file):
    res = invoke("parse", str(problem_file), "--json", "--dry-run")
    assert res.exit_code == 0
    assert f"line {LINE_MISSING}" in res.stderr
    assert f"line {LINE_EXTRA}" in res.stderr
    rows = json_lines(res.stdout_bytes)
    extra = [r for r in rows if r["toc_title"] is None]
    assert [r["title"] for r in extra] == ["洛阳市召开新业态劳动者工会工作推进会"]
    assert any(f"line {LINE_EXTRA}" in w for w in extra[0]["warnings"])


def test_year_option(clean_file):
    rows = json_lines(invoke("parse", str(clean_file), "--json", "--dry-run", "-q", "--year", "2020").stdout_bytes)
    assert [r["date"] for r in rows] == ["2020-11-03", "2020-11-05", "2020-11-20"]


def test_ids_are_stable_across_runs_names_and_encodings(tmp_path, clean_file):
    other = tmp_path / "renamed-2019.md"
    other.write_bytes(CLEAN.encode("gb18030"))
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(b"\xef\xbb\xbf" + CLEAN.replace("\n", "\r\n").encode("utf-8"))
    u16 = tmp_path / "u16.txt"
    u16.write_bytes(CLEAN.encode("utf-16"))
    u16le = tmp_path / "u16le-no-bom.txt"
    u16le.write_bytes(CLEAN.encode("utf-16-le"))
    ids = []
    for f in (clean_file, clean_file, other, crlf, u16, u16le):
        rows = json_lines(invoke("parse", str(f), "--json", "--dry-run", "-q").stdout_bytes)
        ids.append([r["id"] for r in rows])
        assert [r["line_start"] for r in rows] == [r["line_start"] for r in json_lines(
            invoke("parse", str(clean_file), "--json", "--dry-run", "-q").stdout_bytes)]
    assert all(x == ids[0] for x in ids)
    assert len(set(ids[0])) == 3


def test_different_content_gives_different_ids(tmp_path, clean_file):
    f = tmp_path / "other.txt"
    f.write_text(CLEAN.replace("2023年第11期", "2022年第11期"), encoding="utf-8")
    a = [r["id"] for r in json_lines(invoke("parse", str(clean_file), "--json", "--dry-run", "-q").stdout_bytes)]
    b = [r["id"] for r in json_lines(invoke("parse", str(f), "--json", "--dry-run", "-q").stdout_bytes)]
    assert not set(a) & set(b)


def test_directory_and_several_paths(tmp_path, clean_file, problem_file):
    d = tmp_path / "dir"
    d.mkdir()
    shutil.copy(clean_file, d / "a.txt")
    shutil.copy(problem_file, d / "b.md")
    (d / "ignored.csv").write_text("not,an,issue\n", encoding="utf-8")
    rows = json_lines(invoke("parse", str(d), "--json", "--dry-run", "-q").stdout_bytes)
    assert {r["source"] for r in rows} == {str(d / "a.txt"), str(d / "b.md")}
    assert len(rows) == 6
    rows = json_lines(invoke("parse", str(clean_file), str(problem_file), "--json", "--dry-run", "-q").stdout_bytes)
    assert [r["source"] for r in rows] == [str(clean_file)] * 3 + [str(problem_file)] * 3


def test_stdin():
    res = invoke("parse", "-", "--json", "--dry-run", "-q", stdin=CLEAN.encode("gb18030"))
    assert res.exit_code == 0
    assert [r["title"] for r in json_lines(res.stdout_bytes)] == ["江凌到嵩县调研", "徐衣显调研牡丹产业发展", "洛阳项目集中开工"]


@pytest.mark.parametrize("bad", ["binary", "empty", "blank", "missing"])
def test_bad_file_is_one_line_error_and_other_files_still_parse(tmp_path, clean_file, bad):
    f = tmp_path / f"{bad}.txt"
    if bad == "binary":
        f.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    elif bad == "empty":
        f.write_bytes(b"")
    elif bad == "blank":
        f.write_bytes(b"\r\n \n\t\n")
    res = invoke("parse", str(f), str(clean_file), "--json", "--dry-run")
    assert res.exit_code != 0
    assert len(json_lines(res.stdout_bytes)) == 3  # the good file is still parsed
    errors = [line for line in res.stderr.splitlines() if str(f) in line]
    assert len(errors) == 1
    assert "Traceback" not in res.stderr


def test_quiet_still_reports_a_bad_file(tmp_path, clean_file):
    f = tmp_path / "empty.md"
    f.write_bytes(b"")
    res = invoke("parse", str(tmp_path), "--json", "--dry-run", "--quiet")
    assert res.exit_code != 0
    assert [x for x in res.stderr.splitlines() if str(f) in x]
    assert len(json_lines(res.stdout_bytes)) == 3  # clean.txt in the same directory


def test_bad_file_as_a_subprocess(tmp_path, clean_file):
    f = tmp_path / "bin.txt"
    f.write_bytes(bytes(range(256)) * 16)
    e = tmp_path / "empty.txt"
    e.write_bytes(b"")
    proc = run("parse", str(f), str(clean_file), str(e), "--json", "--dry-run")
    assert proc.returncode != 0
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert len([x for x in err.splitlines() if str(f) in x]) == 1
    assert len([x for x in err.splitlines() if str(e) in x]) == 1
    assert len(json_lines(proc.stdout)) == 3


def test_subprocess_stdin_and_stdout_is_pure_json(tmp_path):
    proc = run("parse", "-", "--json", "--dry-run", stdin=CLEAN.encode("utf-16"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    rows = json_lines(proc.stdout)
    assert len(rows) == 3 and all(tuple(r) == ENTRY_KEYS for r in rows)
    assert "时政" in proc.stderr.decode("utf-8")


# --- the issue record (library) -------------------------------------------------------------------

def test_issue_record(clean_file):
    import hashlib

    res = parse_path(clean_file, persons=False)
    d = res.issue.to_dict()
    for k in ("issue_id", "source", "sha256", "issue_date", "entry_count", "toc_count", "warnings"):
        assert k in d
    assert d["sha256"] == hashlib.sha256(clean_file.read_bytes()).hexdigest()
    assert d["source"] == str(clean_file)
    assert d["entry_count"] == 3 and d["toc_count"] == 3 and d["toc_matched"] == 3
    assert d["issue_date"] == "2023-11"
    assert all(e.issue_id == d["issue_id"] for e in res.entries)


# --- check -------------------------------------------------------------------------------------------

def test_check_clean_exits_0(clean_file):
    res = invoke("check", str(clean_file))
    assert res.exit_code == 0, res.stdout
    assert "3/3" in res.stdout


def test_check_problems_exit_1_with_lines(problem_file):
    res = invoke("check", str(problem_file))
    assert res.exit_code == 1
    out = res.stdout
    assert "2/3" in out  # 目录 lines matched
    for n in (LINE_MISSING, LINE_OUT_OF_ORDER, LINE_EXTRA):
        assert re.search(rf"\bline\s+{n}\b", out), (n, out)
    assert "没有印出来" in out and "新业态劳动者" in out


def test_check_json_report(problem_file, clean_file):
    res = invoke("check", str(problem_file), str(clean_file), "--json")
    assert res.exit_code == 1
    reports = json_lines(res.stdout_bytes)
    assert [r["source"] for r in reports] == [str(problem_file), str(clean_file)]
    bad, good = reports
    assert good["clean"] is True and good["problems"] == []
    assert good["toc_matched"] == 3
    assert good["assigned_share"] == pytest.approx(1.0)
    assert bad["clean"] is False
    assert bad["toc_matched"] == 2
    kinds = {(p["kind"], p["line"]) for p in bad["problems"]}
    assert ("toc-unmatched", LINE_MISSING) in kinds
    assert ("body-not-in-toc", LINE_EXTRA) in kinds
    assert ("page-order", LINE_OUT_OF_ORDER) in kinds
    assert all(isinstance(p["line"], int) and p["line"] >= 1 for p in bad["problems"])


def test_check_unassigned_text_lowers_the_share(tmp_path):
    f = tmp_path / "stray.txt"
    f.write_text(CLEAN.replace("◆◆◆ 时 政 ◆◆◆\n江凌到嵩县调研\n",
                               "◆◆◆ 时 政 ◆◆◆\n本栏目由市委办公室供稿，内容仅供参考，欢迎批评指正。\n江凌到嵩县调研\n"),
                 encoding="utf-8")
    res = invoke("check", str(f), "--json")
    (report,) = json_lines(res.stdout_bytes)
    assert res.exit_code == 1
    assert report["assigned_share"] < 1.0
    stray = CLEAN.count("\n", 0, CLEAN.index("◆◆◆ 时 政 ◆◆◆\n江凌到嵩县调研\n")) + 2
    assert any(p["line"] == stray for p in report["problems"])


def test_check_bad_file_is_an_error_not_a_traceback(tmp_path, clean_file):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    res = invoke("check", str(f), str(clean_file))
    assert res.exit_code not in (0, 1)
    assert str(f) in res.stderr
    assert "3/3" in res.stdout


def test_check_as_a_subprocess(problem_file, clean_file):
    assert run("check", str(clean_file)).returncode == 0
    proc = run("check", str(problem_file))
    assert proc.returncode == 1
    assert str(LINE_MISSING) in proc.stdout.decode("utf-8")


# --- the samples survive what other extractions do to them --------------------------------------------

def _variant(text: str, how: str) -> bytes:
    import regex

    if how == "ellipsis":
        text = regex.sub(r"\.{5}\s*", "……", text)
    elif how == "middots":
        text = regex.sub(r"\.{5}\s*", "···", text)
    elif how == "tab":
        text = regex.sub(r"\.{5}\s*", "\t", text)
    elif how == "space":
        text = regex.sub(r"\.{5}\s*", " ", text)
    elif how == "b-tags":
        text = regex.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    elif how == "no-bold":
        text = text.replace("**", "")
    elif how == "same-level":
        text = regex.sub(r"(?m)^#{2,3} ", "## ", text)
    elif how == "toc-wrap":
        # wrap every other long 目录 title the way a narrow column does: a long head, the tail with the page
        out, n = [], 0
        for line in text.split("\n"):
            m = regex.match(r"^([^.…\t]{16,})(\.{3,}.*\d\s*)$", line)
            if m:
                n += 1
            if m and n % 2:
                t = m.group(1).rstrip()
                k = len(t) - 4
                while k > 10 and (regex.search(r"[\d\s]$", t[:k]) or t[k] == " "):
                    k -= 1
                out += [t[:k], t[k:] + m.group(2)]
            else:
                out.append(line)
        text = "\n".join(out)
    elif how == "no-body-headings":
        # the body without any section/subsection heading: the 目录 alone says where entries belong
        lines = text.split("\n")
        last = max(i for i, x in enumerate(lines) if regex.search(r"(\.{3,}|…|\t)\s*\d+\s*$", x))
        body = [x for x in lines[last + 1:]
                if not (0 < len(regex.sub(r"[#◆*\s]|</?b>", "", x)) <= 6 and not regex.search(r"[。，]", x))]
        text = "\n".join(lines[:last + 1] + body)
    elif how == "gb18030-crlf":
        return text.replace("\n", "\r\n").encode("gb18030")
    elif how == "utf16-cr":
        return text.replace("\n", "\r").encode("utf-16")
    return text.encode("utf-8")


VARIANTS = ["ellipsis", "middots", "tab", "space", "b-tags", "no-bold", "same-level", "toc-wrap", "gb18030-crlf",
            "toc-wrap", "utf16-cr", "toc-wrap", "no-body-headings", "no-body-headings", "no-body-headings"]
# each variant on the sample i % 3 (toc-wrap and no-body-headings on all three)


# each variant on one sample (rotating), to keep the suite quick
VARIANT_CASES = [(TOC_SAMPLES[i % len(TOC_SAMPLES)], how) for i, how in enumerate(VARIANTS)] if TOC_SAMPLES else []


@pytest.mark.parametrize(("sample", "how"), VARIANT_CASES, ids=[f"{s.stem}-{h}" for s, h in VARIANT_CASES])
def test_sample_variants_still_pass_the_scorer(scorer, tmp_path, sample, how):
    gold_file = gold_path(sample)
    if not gold_file.is_file():
        pytest.skip(f"no gold for {sample.name} at {gold_file}")
    f = tmp_path / sample.name
    f.write_bytes(_variant(sample.read_text(encoding="utf-8"), how))
    res = parse_path(f, persons=False)
    _assert_scores(scorer, gold_file, [e.to_dict() for e in res.entries])


@pytest.mark.parametrize("sample", TOC_SAMPLES, ids=TOC_SAMPLE_IDS)
def test_check_on_the_samples_matches_every_toc_line(sample):
    gold_file = gold_path(sample)
    if not gold_file.is_file():
        pytest.skip(f"no gold for {sample.name} at {gold_file}")
    gold = [json.loads(x) for x in gold_file.read_text(encoding="utf-8").splitlines() if x.strip()]
    res = invoke("check", str(sample), "--json")
    assert res.exit_code in (0, 1)
    (report,) = json_lines(res.stdout_bytes)
    want = sum(1 for g in gold if g.get("toc_title"))
    assert report["toc_lines"] == report["toc_matched"] == want
    assert report["entries"] == len(gold)
    assert report["assigned_share"] >= 0.99
    assert all(isinstance(p["line"], int) and p["line"] >= 1 for p in report["problems"])
    assert not [p for p in report["problems"] if p["kind"] in ("toc-unmatched", "body-not-in-toc")]
    assert (res.exit_code == 0) == report["clean"]


def test_subprocess_directory_keeps_file_order(tmp_path):
    d = tmp_path / "issues"
    d.mkdir()
    for name, year in (("c.txt", 2021), ("a.md", 2023), ("b.txt", 2022)):
        (d / name).write_text(CLEAN.replace("2023年第11期", f"{year}年第11期"), encoding="utf-8")
    proc = run("parse", str(d), "--json", "--dry-run", "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    rows = json_lines(proc.stdout)
    assert [r["source"] for r in rows] == [str(d / n) for n in ("a.md", "b.txt", "c.txt") for _ in range(3)]
    assert [r["date"][:4] for r in rows] == ["2023"] * 3 + ["2022"] * 3 + ["2021"] * 3


def test_check_shuffled_pages_exit_1_and_one_entry_one_page_back_exits_0(tmp_path):
    head = "洛阳政务信息\n2023年第11期\n\n目录\n◆◆◆ 时 政 ◆◆◆\n"
    titles = ["岚溪县召开防汛工作会议", "柯明远调研茶叶产业发展", "栖云县举办春季招聘会", "市政府召开常务会议研究民生"]
    toc = "".join(f"{t}.....{n}\n" for n, t in enumerate(titles, 1))

    def issue(order: list[int]) -> str:
        return head + toc + "\n◆◆◆ 时 政 ◆◆◆\n" + "".join(f"{titles[i]} 11月{i + 1}日，{titles[i]}。\n" for i in order)

    shuffled, step = tmp_path / "shuffled.txt", tmp_path / "step.txt"
    shuffled.write_text(issue([3, 1, 0, 2]), encoding="utf-8")
    step.write_text(issue([0, 2, 1, 3]), encoding="utf-8")
    res = run("check", str(shuffled))
    assert res.returncode == 1 and b"page-order" in res.stdout, res.stdout.decode()
    res = invoke("check", str(step))
    assert res.exit_code == 0 and "page-step" in res.stdout, res.stdout


SCORER_ISSUE = toc_issue("某市政务信息\n2024年第6期", [
    ("农 业", [("合作社分红超百万元", "6月3日，养殖大户邝永福说，今年合作社分红超过百万元。会后，骆秋萍与社员座谈。")]),
])


def test_scorer_option_adds_a_name_no_rule_anchors(tmp_path):
    """`--scorer`: the statistical scorer reads every span and adds the names it is sure of (a bare
    name at no anchor: 会后，骆秋萍与社员座谈) and keeps every name of the rules; without it, the rules
    and the weak anchors (a name after a kind of person and before a verb of saying: 养殖大户邝永福说)."""
    f = tmp_path / "issue.txt"
    f.write_text(SCORER_ISSUE, encoding="utf-8")
    plain = runner.invoke(app, ["parse", str(f), "--json", "--dry-run", "-q"])
    scored = runner.invoke(app, ["parse", str(f), "--json", "--dry-run", "-q", "--scorer"])
    assert plain.exit_code == scored.exit_code == 0, plain.output + scored.output
    rules = json.loads(plain.stdout.splitlines()[0])["persons"]
    more = json.loads(scored.stdout.splitlines()[0])["persons"]
    assert rules == ["邝永福"]
    assert set(more) == {"邝永福", "骆秋萍"}
    off = runner.invoke(app, ["parse", str(f), "--json", "--dry-run", "-q", "--scorer", "--no-persons"])
    assert json.loads(off.stdout.splitlines()[0])["persons"] == []
