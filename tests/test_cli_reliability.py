"""Command-line reliability: a check that checked nothing, a store with a non-file among its entries,
a writer waiting for the lock, and the smaller promises of export, parse, issues and serve.

Every text here is invented (青禾县, 柯望川); the CLI runs against a private store."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, run_digest, toc_issue
from typer.testing import CliRunner

from digest.cli import app

runner = CliRunner()


def _digest_text() -> str:
    return toc_issue("2024年3月", [("时政", [("柯望川到青禾县调研春耕", "3月5日，柯望川到青禾县调研春耕。"),
                                           ("青禾县召开林长制会议", "3月7日，青禾县召开林长制会议。")])])


# -- 1. check on a directory that holds nothing it reads ----------------------------------------------


def _folder(tmp_path: Path, kind: str) -> Path:
    d = tmp_path / kind
    d.mkdir()
    if kind == "subfolder":
        (d / "二月").mkdir()
        (d / "二月" / "a.txt").write_text(_digest_text(), encoding="utf-8")
    elif kind == "sheets":
        (d / "台账.xlsx").write_bytes(b"not a digest")
    return d


@pytest.mark.parametrize("kind", ["empty", "subfolder", "sheets"])
@pytest.mark.parametrize("cmd", [["check"], ["check", "--json"], ["parse", "--dry-run"]])
def test_a_directory_without_input_files_is_an_error_for_check_as_for_parse(
        tmp_path: Path, private_store: None, kind: str, cmd: list[str]) -> None:
    d = _folder(tmp_path, kind)
    res = runner.invoke(app, [*cmd, str(d)])
    assert res.exit_code == 2, res.output
    assert res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("digest: no input files"), res.stderr
    if kind == "sheets":
        assert "skipped 1 file of other types (1 .xlsx)" in lines[0]
    if kind == "subfolder":
        assert "skipped 1 subdirectory (use a path per folder or a shell glob)" in lines[0]


@pytest.mark.parametrize("cmd", [["check"], ["parse", "--dry-run"]])
def test_skipped_subdirectories_are_named_in_one_line(tmp_path: Path, private_store: None, cmd: list[str]) -> None:
    d = _folder(tmp_path, "subfolder")
    (d / "三月").mkdir()
    (d / ".git").mkdir()   # hidden folders are not worth naming
    (d / "a.txt").write_text(_digest_text(), encoding="utf-8")
    res = runner.invoke(app, [*cmd, str(d)])
    assert res.exit_code in (0, 1), res.output
    said = [ln for ln in res.stderr.splitlines() if "subdirector" in ln]
    assert said == ["digest: skipped 2 subdirectories (use a path per folder or a shell glob)"], res.stderr


# -- 2. a non-file among the entries files ------------------------------------------------------------


def test_index_build_skips_an_unreadable_entries_file_with_one_warning_and_builds_the_rest(
        tmp_path: Path, private_store: None) -> None:
    src = tmp_path / "a.txt"
    src.write_text(_digest_text(), encoding="utf-8")
    store = tmp_path / "store"
    assert runner.invoke(app, ["parse", str(src), "--store", str(store), "-q"]).exit_code == 0
    bad = store / "entries" / "adir.jsonl"
    bad.mkdir()
    res = runner.invoke(app, ["index", "build", "--store", str(store)])
    assert res.exit_code == 0, res.stderr
    assert f"warning: {bad}: cannot read (Is a directory)" in res.stderr
    assert "indexed 2 entries of 1 files" in res.stderr
    # the index does not cover the store while that file is there: queries scan, and warn
    assert runner.invoke(app, ["index", "status", "--store", str(store)]).exit_code == 1
    q = runner.invoke(app, ["list", "-c", "--store", str(store)])
    assert q.stdout == "2\n" and "adir.jsonl" in q.stderr
    bad.rmdir()
    assert runner.invoke(app, ["index", "build", "--store", str(store)]).exit_code == 0
    assert runner.invoke(app, ["index", "status", "--store", str(store)]).exit_code == 0


# -- 3. a writer waiting for the store's lock ---------------------------------------------------------


def test_a_writer_says_it_waits_for_the_lock_and_can_give_up(tmp_path: Path, private_store: None) -> None:
    import fcntl
    import os

    src = tmp_path / "a.txt"
    src.write_text(_digest_text(), encoding="utf-8")
    store = tmp_path / "store"
    store.mkdir()
    fd = os.open(store / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)   # another writer holds the lock
        res = runner.invoke(app, ["parse", str(src), "--store", str(store), "--no-persons", "--lock-timeout", "1"])
        assert res.exit_code == 2
        assert f"digest: waiting for {store / '.lock'} (another digest is writing)…" in res.stderr
        assert res.stderr.strip().splitlines()[-1] == (
            f"digest: gave up waiting for {store / '.lock'} after 1 s (another digest is writing)")
        assert not (store / "entries").exists() or not any((store / "entries").iterdir())
    finally:
        os.close(fd)
    res = runner.invoke(app, ["parse", str(src), "--store", str(store), "--no-persons", "--lock-timeout", "1"])
    assert res.exit_code == 0 and "waiting" not in res.stderr


def test_index_build_says_it_waits_for_another_build(one_issue_store: Path) -> None:
    import fcntl
    import os
    import threading

    d = one_issue_store / "index"
    d.mkdir(exist_ok=True)
    fd = os.open(d / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)   # another build holds the index's lock for a second
    threading.Timer(1.0, os.close, (fd,)).start()
    res = runner.invoke(app, ["index", "build", "--store", str(one_issue_store)])
    assert res.exit_code == 0, res.output
    assert f"digest: waiting for {d / '.lock'} (another digest is building the index)…" in res.stderr
    assert res.stderr.splitlines()[-1].startswith("digest: indexed ")


# -- 4. export's format -------------------------------------------------------------------------------


@pytest.fixture
def one_issue_store(tmp_path: Path, private_store: None) -> Path:
    src = tmp_path / "a.txt"
    src.write_text(_digest_text(), encoding="utf-8")
    store = tmp_path / "store"
    assert runner.invoke(app, ["parse", str(src), "--store", str(store), "-q"]).exit_code == 0
    return store


@pytest.mark.parametrize(("name", "starts"), [("x.csv", "\ufeffid,"), ("x.tsv", "id\t"), ("x.json", "["),
                                              ("x.jsonl", "{"), ("x.md", "#"), ("x.out", "{")])
def test_export_takes_the_format_from_the_file_name_when_not_given(
        one_issue_store: Path, tmp_path: Path, name: str, starts: str) -> None:
    out = tmp_path / name
    res = runner.invoke(app, ["export", "--store", str(one_issue_store), "-o", str(out)])
    assert res.exit_code == 0, res.stderr
    assert out.read_text(encoding="utf-8").startswith(starts)


def test_export_format_table_is_refused_in_one_line_and_the_help_says_the_default(one_issue_store: Path) -> None:
    res = runner.invoke(app, ["export", "--store", str(one_issue_store), "--format", "table"])
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr.count("\n") == 1 and "table" in res.stderr and "csv" in res.stderr
    assert "table (the default)" not in runner.invoke(app, ["export", "--help"]).stdout
    explicit = runner.invoke(app, ["export", "--store", str(one_issue_store), "--format", "csv"])
    assert explicit.stdout.startswith("id,")


# -- 4. the parse summary counts what was stored ------------------------------------------------------


def test_the_parse_summary_counts_what_was_stored_and_what_was_unchanged(tmp_path: Path, private_store: None) -> None:
    src = tmp_path / "a.txt"
    src.write_text(_digest_text(), encoding="utf-8")
    store = tmp_path / "store"
    res = runner.invoke(app, ["parse", str(src), str(src), "--store", str(store), "--no-persons"])
    assert res.exit_code == 0, res.stderr
    assert "1 issue(s), 2 entries, stored, 1 unchanged" in res.stdout
    again = runner.invoke(app, ["parse", str(src), "--store", str(store), "--no-persons"])
    assert "0 issue(s), 0 entries, stored, 1 unchanged" in again.stdout
    dry = runner.invoke(app, ["parse", str(src), str(src), "--dry-run", "--no-persons"])
    assert "2 issue(s), 4 entries, not stored (--dry-run)" in dry.stdout


@pytest.mark.parametrize("cmd", ["parse", "check"])
@pytest.mark.parametrize("year", ["99999", "1", "1899", "2101"])
def test_an_issue_year_out_of_range_is_one_line_and_exit_2(tmp_path: Path, private_store: None,
                                                          cmd: str, year: str) -> None:
    src = tmp_path / "a.txt"
    src.write_text(_digest_text(), encoding="utf-8")
    res = run_digest(cmd, str(src), "--year", year, "--dry-run" if cmd == "parse" else "--json")
    assert res.returncode == 2 and res.stdout == ""
    assert res.stderr.count("\n") == 1 and "1900" in res.stderr and "2100" in res.stderr, res.stderr


def test_issues_fields_entries_works_with_a_filter_beside_matching(one_issue_store: Path) -> None:
    args = ["issues", "--store", str(one_issue_store), "--format", "csv"]
    alone = runner.invoke(app, [*args, "--fields", "issue_id,entries"])
    assert alone.exit_code == 0 and alone.stdout.splitlines()[1].endswith(",2")
    both = runner.invoke(app, [*args, "--person", "柯望川", "--fields", "issue_id,entries,matching"])
    assert both.exit_code == 0, both.stderr
    assert both.stdout.splitlines()[0] == "issue_id,entries,matching"
    assert both.stdout.splitlines()[1].endswith(",2,1")
    plain = runner.invoke(app, ["issues", "--store", str(one_issue_store), "--person", "柯望川", "--json"])
    assert '"matching"' not in plain.stdout and '"entries"' not in plain.stdout   # the records as stored


# -- 4. serve binds before it says it serves ----------------------------------------------------------


def test_serve_on_a_taken_port_prints_only_the_error_and_warns_of_a_missing_store(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        res = run_digest("serve", "--port", str(port), "--store", str(tmp_path / "nowhere"), timeout=60)
    lines = res.stderr.strip().splitlines()
    assert res.returncode == 2
    assert "serving" not in res.stderr and "Traceback" not in res.stderr
    assert lines[-1].startswith(f"digest: cannot serve on 127.0.0.1:{port}")
    assert lines[:-1] == [f"digest: warning: no store at {tmp_path / 'nowhere'} (the pages stay empty until "
                          "`digest parse` writes one there)"]


# -- 5. export and report -o: the file named keeps its kind -------------------------------------------


def _write_to(store: Path, cmd: str, target: Path) -> str:
    """Run export (csv) or report (Markdown) into `target`; its stderr."""
    args = ["export", "--format", "csv"] if cmd == "export" else ["report", "--month", "2024-03"]
    res = runner.invoke(app, [*args, "--store", str(store), "-o", str(target)])
    assert res.exit_code == 0, res.stderr
    return res.stderr


@pytest.mark.parametrize("cmd", ["export", "report"])
def test_output_to_a_fifo_writes_through_it(one_issue_store: Path, tmp_path: Path, cmd: str) -> None:
    import os
    import stat

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so that the writer's open returns
    try:
        _write_to(one_issue_store, cmd, fifo)
        got = os.read(reader, 1 << 16)
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # a rename would have put a plain file there
    assert "柯望川到青禾县调研春耕" in got.decode("utf-8")


def test_output_to_a_character_device_writes_through_it(one_issue_store: Path, tmp_path: Path) -> None:
    import os
    import stat

    dev = tmp_path / "null"  # a copy of /dev/null in tmp_path: never the real one
    try:
        os.mknod(dev, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        os.close(os.open(dev, os.O_WRONLY))
    except OSError:
        pytest.skip("cannot make or open a device node here (not root, or a nodev file system)")
    _write_to(one_issue_store, "export", dev)
    assert stat.S_ISCHR(os.lstat(dev).st_mode) and os.lstat(dev).st_rdev == os.makedev(1, 3)


@pytest.mark.parametrize("cmd", ["export", "report"])
def test_output_through_a_symlink_writes_its_target_and_a_file_keeps_its_mode(
        one_issue_store: Path, tmp_path: Path, cmd: str) -> None:
    import os
    import stat

    target = tmp_path / "target.txt"
    target.write_text("keep")
    link = tmp_path / "link.txt"
    link.symlink_to(target.name)
    _write_to(one_issue_store, cmd, link)
    assert link.is_symlink() and os.readlink(link) == target.name
    assert "柯望川到青禾县调研春耕" in target.read_text(encoding="utf-8-sig")
    private = tmp_path / "private.txt"
    private.write_text("old")
    private.chmod(0o600)
    inode = private.stat().st_ino
    _write_to(one_issue_store, cmd, private)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert private.stat().st_ino != inode  # still replaced by a rename: a reader never sees half a file
    assert "柯望川到青禾县调研春耕" in private.read_text(encoding="utf-8-sig")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary left


@pytest.mark.parametrize("cmd", ["export", "report"])
@pytest.mark.parametrize(("name", "says"), [("out/", "no such directory"), ("made", "is a directory"),
                                            ("made/", "is a directory"), ("file/", "not a directory"),
                                            ("gone/x.md", "no such directory")])
def test_output_naming_a_directory_is_refused_in_one_line(one_issue_store: Path, tmp_path: Path, cmd: str,
                                                          name: str, says: str) -> None:
    work = tmp_path / "work"
    (work / "made").mkdir(parents=True)
    (work / "file").write_text("keep")
    args = ["export"] if cmd == "export" else ["report", "--month", "2024-03"]
    res = runner.invoke(app, [*args, "--store", str(one_issue_store), "-o", f"{work}/{name}"])
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr.count("\n") == 1 and says in res.stderr, res.stderr
    assert sorted(p.name for p in work.iterdir()) == ["file", "made"]  # no file `out` (the slash dropped)
    assert (work / "file").read_text() == "keep" and list((work / "made").iterdir()) == []


# -- 6. the command line and the process: file names, empty paths, stdout, Ctrl-C, --max-size ---------


def _gbk_name(folder: Path, stem: str) -> Path:
    """A file whose name is `stem` in GBK bytes, as unzip leaves names from a Windows archive."""
    import os

    p = folder / os.fsdecode(stem.encode("gbk") + b".txt")
    try:
        p.write_text(_issue_of_month(4), encoding="utf-8")
    except (OSError, UnicodeEncodeError):   # a file system that takes UTF-8 names only (macOS)
        pytest.skip("this file system refuses names that are not UTF-8")
    return p


def _issue_of_month(month: int) -> str:
    return toc_issue(f"青禾县政务信息\n2024年第{month}期", [(
        "时政", [(f"青禾县召开{month}月例会", f"{month}月5日，青禾县召开例会。")])])


def test_a_file_name_that_is_not_utf8_is_parsed_stored_and_shown_readable(
        tmp_path: Path, private_store: None) -> None:
    import orjson

    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(_issue_of_month(3), encoding="utf-8")
    gbk = _gbk_name(d, "政务信息")
    (d / "z.txt").write_text(_issue_of_month(5), encoding="utf-8")   # after it in the folder's order
    store = tmp_path / "store"
    res = runner.invoke(app, ["parse", str(d), "--store", str(store), "--no-persons"])
    assert res.exit_code == 0, res.output
    assert f"{d}/政务信息.txt" in res.stdout and "3 issue(s), 3 entries, stored" in res.stdout
    issues = runner.invoke(app, ["issues", "--store", str(store), "--json"])
    assert sorted(orjson.loads(ln)["source"] for ln in issues.stdout.splitlines()) == sorted(
        [f"{d}/a.txt", f"{d}/政务信息.txt", f"{d}/z.txt"])
    check = runner.invoke(app, ["check", "--json", str(gbk)])
    assert check.exit_code == 0, check.output
    assert orjson.loads(check.stdout)["source"] == f"{d}/政务信息.txt"


def test_display_name_reads_a_gbk_name_and_replaces_what_decodes_as_nothing() -> None:
    import os

    from digest.source import display_name

    assert display_name("收文/a.txt") == "收文/a.txt"
    assert display_name(os.fsdecode("收文/".encode() + "政务信息".encode("gbk") + b".txt")) == "收文/政务信息.txt"
    assert display_name(os.fsdecode(b"x/\xff\xfe.txt")) == "x/\ufffd\ufffd.txt"


@pytest.mark.parametrize("args", [["--store", "", "parse", "-q", "a.txt"], ["parse", "-q", "--store", "", "a.txt"],
                                  ["list", "--store", ""], ["parse", "-q", "--names", "", "a.txt"],
                                  ["export", "-o", ""], ["report", "--month", "2024-03", "-o", ""]])
def test_an_empty_store_or_output_path_is_a_usage_error_not_the_current_directory(
        tmp_path: Path, private_store: None, args: list[str]) -> None:
    (tmp_path / "a.txt").write_text(_digest_text(), encoding="utf-8")
    res = run_digest(*args, cwd=tmp_path, env={"PYTHONPATH": str(ROOT)})
    assert res.returncode == 2, res.stderr
    option = args[args.index("") - 1].replace("-o", "--output")
    if option == "--output":  # (-o reaches digest.export as typed, which refuses it: export.output_path)
        assert res.stderr == 'digest: an empty path ("") names no file\n'
    else:
        assert res.stderr.startswith(f'digest: Invalid value for {option}: an empty path ("") names nothing')
    assert res.stderr.count("\n") == 1 and res.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]   # no store, no file written here


@pytest.mark.parametrize("cmd", [["parse", "--dry-run"], ["check"], ["extract"]])
def test_an_empty_input_path_is_one_line_and_exit_2_not_the_current_directory(
        tmp_path: Path, private_store: None, cmd: list[str]) -> None:
    (tmp_path / "a.txt").write_text(_digest_text(), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("随手记的一句话。\n", encoding="utf-8")
    res = run_digest(*cmd, "", cwd=tmp_path, env={"PYTHONPATH": str(ROOT)})
    assert res.returncode == 2 and res.stdout == ""
    assert res.stderr == 'digest: "": an empty path names no file\n'


@pytest.mark.parametrize("encoding", ["latin-1", "ascii", "cp1252"])
def test_a_stdout_without_chinese_gets_escapes_not_a_traceback(
        tmp_path: Path, private_store: None, encoding: str) -> None:
    import os
    import sys

    src = tmp_path / "a.txt"
    src.write_text(_issue_of_month(3), encoding="utf-8")   # issue id, titles and text in Chinese
    store = tmp_path / "store"
    assert runner.invoke(app, ["parse", "-q", "--no-persons", "--store", str(store), str(src)]).exit_code == 0
    env = {**os.environ, "PYTHONIOENCODING": encoding, "DIGEST_STORE": str(store), "COLUMNS": "120"}
    for args in (["list"], ["search", "青禾县"], ["issues"], ["check", str(src)], ["extract", str(src)]):
        res = subprocess.run([sys.executable, "-m", "digest", *args], capture_output=True, env=env, cwd=ROOT,
                             timeout=120)
        assert b"Traceback" not in res.stderr and res.returncode == 0, (args, res.stderr)
        assert "\\u9752\\u79be" in res.stdout.decode(encoding), (args, res.stdout)   # 青禾, escaped


def _closed_stdout(*args: str, store: Path, fd: int = 1) -> subprocess.CompletedProcess[str]:
    """`digest ARGS >&-` (or `2>&-` for `fd` 2): the process starts with that descriptor closed."""
    import os
    import sys

    env = {**os.environ, "DIGEST_STORE": str(store), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "digest", *args], capture_output=True, text=True, env=env,
                          timeout=120, preexec_fn=lambda: os.close(fd))


@pytest.mark.parametrize("args", [["list"], ["list", "--json"], ["list", "-c"], ["extract", "a.txt"],
                                  ["parse", "--dry-run", "a.txt"]])
def test_a_closed_stdout_is_one_line_and_exit_2_where_something_is_printed(
        one_issue_store: Path, tmp_path: Path, args: list[str]) -> None:
    args = [str(tmp_path / a) if a == "a.txt" else a for a in args]
    res = _closed_stdout(*args, store=one_issue_store)
    assert res.returncode == 2 and res.stderr == "digest: cannot write the output: stdout is closed\n", res.stderr


def test_a_closed_stdout_does_not_stop_a_command_that_prints_nothing(tmp_path: Path, private_store: None) -> None:
    src = tmp_path / "a.txt"
    src.write_text(_digest_text(), encoding="utf-8")
    store = tmp_path / "store"
    res = _closed_stdout("parse", "-q", "--no-persons", str(src), store=store)
    assert res.returncode == 0 and res.stderr == ""
    assert runner.invoke(app, ["list", "-c", "--store", str(store)]).stdout == "2\n"


def test_a_closed_stderr_does_not_turn_a_parse_into_a_failure(tmp_path: Path, private_store: None) -> None:
    src = tmp_path / "a.txt"
    src.write_text(_digest_text(), encoding="utf-8")
    store = tmp_path / "store"
    res = _closed_stdout("parse", "--no-persons", str(src), store=store, fd=2)   # its summary goes to stderr
    assert res.returncode == 0 and "2 entries, stored" in res.stdout
    assert runner.invoke(app, ["list", "-c", "--store", str(store)]).stdout == "2\n"


@pytest.mark.parametrize("cmd", [["extract"], ["persons"], ["check"], ["parse", "--dry-run", "--no-persons"]])
def test_every_command_that_names_max_size_over_the_limit_takes_it(
        tmp_path: Path, private_store: None, cmd: list[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(_digest_text() * 40, encoding="utf-8")   # about 16 KB
    small = runner.invoke(app, [*cmd, "--max-size", "8K", str(src)])
    assert small.exit_code == 2 and small.stderr == (
        f"digest: {src}: more than 8192 bytes (the input limit; raise it with --max-size, e.g. --max-size 1M)\n")
    assert runner.invoke(app, [*cmd, "--max-size", "1M", str(src)]).exit_code in (0, 1)


def test_ctrl_c_during_parse_j_keeps_what_the_workers_finished_and_exits_130(
        tmp_path: Path, private_store: None) -> None:
    import fcntl
    import os
    import signal
    import sys
    import time

    files = []
    for i in range(1, 5):
        f = tmp_path / f"b{i}.txt"
        f.write_text(_issue_of_month(i), encoding="utf-8")
        files.append(str(f))
    store = tmp_path / "store"
    store.mkdir()
    fd = os.open(store / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)   # another writer: digest waits to store b1 while its workers parse on
    env = {**os.environ, "DIGEST_STORE": str(store), "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    p = subprocess.Popen([sys.executable, "-m", "digest", "parse", "-j", "2", "--no-persons", *files],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        assert p.stderr is not None
        assert p.stderr.readline().decode().startswith("digest: waiting for ")
        time.sleep(3)   # the workers finish b2-b4 (a few milliseconds each)
        os.killpg(p.pid, signal.SIGINT)   # Ctrl-C reaches the process group: digest and its workers
    finally:
        os.close(fd)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 130, err
    assert b"Traceback" not in err and err.decode().splitlines()[-1] == "digest: interrupted"
    assert "store: 3 issue(s): 3 new" in err.decode()
    stored = runner.invoke(app, ["issues", "--store", str(store), "--format", "csv", "--fields", "source"])
    assert stored.stdout.split()[1:] == files[1:]   # b1, whose storing Ctrl-C cut, is left out
