"""digest.source: decoding (UTF-8 ± BOM, GB18030/GBK, UTF-16 with or without BOM), line ends, paths, bad input."""

from __future__ import annotations

import hashlib
import io
import sys

import pytest

from digest.source import InputError, decode, expand_paths, read_source, split_lines

TEXT = "洛阳政务信息\n目录\n◆◆◆ 时 政 ◆◆◆\n江凌到嵩县调研.....1\n“三保”工作——全面推进\n"
LINES = ["洛阳政务信息", "目录", "◆◆◆ 时 政 ◆◆◆", "江凌到嵩县调研.....1", "“三保”工作——全面推进", ""]


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("gb18030"),
        TEXT.encode("gbk"),
        TEXT.encode("utf-16"),  # BOM + native order
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # no byte-order mark (some Windows exporters save so)
        TEXT.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be"],
)
def test_decode_every_supported_encoding_gives_the_same_text(raw):
    text, enc = decode(raw, "x.txt")
    assert text.lstrip("\ufeff") == TEXT
    assert isinstance(enc, str) and enc


@pytest.mark.parametrize("raw", [
    "hello world\nplain English text\n".encode("utf-16-le"),  # no Chinese: not a digest
    bytes(range(256)) * 20,
    b"\x00\x4e" * 300 + b"\x00\x00" * 10,  # decodes, but holds NUL characters
], ids=["english-utf16", "all-bytes", "nul-characters"])
def test_utf16_without_a_bom_is_read_only_when_it_reads_as_chinese(raw):
    from digest.source import utf16_without_bom

    assert utf16_without_bom(raw) is None
    with pytest.raises(InputError):
        decode(raw, "x.txt")


def test_decode_reports_which_encoding_it_used():
    assert decode(TEXT.encode("utf-8"))[1].replace("_", "-").lower().startswith("utf-8")
    assert decode(TEXT.encode("gb18030"))[1].lower() in ("gb18030", "gbk", "gb2312")
    assert "16" in decode(TEXT.encode("utf-16"))[1]


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_split_lines_handles_every_line_end(sep):
    assert split_lines(TEXT.replace("\n", sep)) == LINES


def test_split_lines_mixed_line_ends_keep_line_numbers():
    # CRLF counts as one line end, not two: line 3 is still line 3.
    assert split_lines("一\r\n二\r三\n四") == ["一", "二", "三", "四"]
    assert split_lines("一\r\n\r\n三") == ["一", "", "三"]


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        (b"", "empty"),
        (b"   \n\r\n\t \n", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"\xff\xfe", "empty"),
        ("\n\u3000\r\n".encode("utf-8"), "empty"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 50, "binary"),
        (bytes(range(256)) * 20, "binary"),
    ],
    ids=["zero-bytes", "only-whitespace", "only-utf8-bom", "only-utf16-bom", "ideographic-space", "nul-bytes",
         "all-bytes"],
)
def test_decode_rejects_empty_and_binary_with_one_line_naming_the_file(raw, word):
    with pytest.raises(InputError) as exc:
        decode(raw, "bad/file.txt")
    msg = str(exc.value)
    assert "bad/file.txt" in msg
    assert "\n" not in msg
    assert word in msg.lower()


def test_undecodable_bytes_are_a_one_line_error():
    raw = "目录\n江凌到嵩县调研.....1\n".encode() + b"\x80\x81\x30abc"
    with pytest.raises(InputError) as exc:
        decode(raw, "odd.txt")
    assert "odd.txt" in str(exc.value) and "\n" not in str(exc.value)


def test_decode_rejects_control_character_soup_that_has_no_nul():
    raw = bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 100
    with pytest.raises(InputError):
        decode(raw, "ctl.bin")


def test_read_source_file_keeps_raw_sha256_and_1_based_lines(tmp_path):
    raw = b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode("utf-8")
    f = tmp_path / "issue.txt"
    f.write_bytes(raw)
    src = read_source(f)
    assert src.path == str(f)
    assert src.sha256 == hashlib.sha256(raw).hexdigest()
    assert not src.text.startswith("\ufeff")
    assert src.lines == LINES
    assert src.lines[3] == "江凌到嵩县调研.....1"  # source line 4


def test_read_source_same_text_in_other_encodings_gives_same_lines(tmp_path):
    got = []
    for i, raw in enumerate([TEXT.encode("utf-8"), TEXT.encode("gb18030"), TEXT.encode("utf-16"),
                             TEXT.replace("\n", "\r").encode("utf-8")]):
        f = tmp_path / f"v{i}.txt"
        f.write_bytes(raw)
        got.append(read_source(f).lines)
    assert all(g == LINES for g in got)


def test_read_source_stdin(monkeypatch):
    raw = TEXT.encode("gb18030")
    fake = io.TextIOWrapper(io.BytesIO(raw))
    monkeypatch.setattr(sys, "stdin", fake)
    src = read_source("-")
    assert src.lines == LINES
    assert "stdin" in src.path


@pytest.mark.parametrize("what", ["missing", "directory", "empty"])
def test_read_source_errors_are_one_line_and_name_the_path(tmp_path, what):
    p = tmp_path / "x.txt"
    if what == "directory":
        p.mkdir()
    elif what == "empty":
        p.write_bytes(b"")
    with pytest.raises(InputError) as exc:
        read_source(p)
    assert str(p) in str(exc.value)
    assert "\n" not in str(exc.value)


def test_expand_paths_directory_gives_text_and_document_files_sorted_and_counts_the_rest(tmp_path):
    for name in ["b.txt", "a.md", "c.TXT", "notes.csv", "d.pdf", "e.docx", "f.htm", "g.csv", "h"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    skipped: dict[str, int] = {}
    got = [p.rsplit("/", 1)[-1] for p in expand_paths([str(tmp_path)], skipped)]
    assert sorted(got) == ["a.md", "b.txt", "c.TXT", "d.pdf", "e.docx", "f.htm"]
    assert got == sorted(got)
    assert skipped == {".csv": 2, "no extension": 1, "subdirectory": 1}


def test_expand_paths_keeps_files_stdin_and_order(tmp_path):
    d = tmp_path / "dir"
    d.mkdir()
    (d / "one.txt").write_text("x", encoding="utf-8")
    f = tmp_path / "z.txt"
    f.write_text("x", encoding="utf-8")
    got = expand_paths([str(f), "-", str(d)])
    assert got == [str(f), "-", str(d / "one.txt")]


def test_big5_is_told_from_gb18030_by_the_characters_it_reads_as() -> None:
    """Bytes that are not UTF-8 are GB18030 or Big5: a real sample in traditional characters, as
    Big5, reads as Big5; the same sample as GB18030 (simplified or traditional) reads as GB18030."""
    from conftest import SAMPLES, traditional

    for sample in sorted(SAMPLES.glob("*.txt")):
        simp = sample.read_text(encoding="utf-8")
        trad = traditional(simp)
        assert decode(trad.encode("cp950", errors="replace"))[1] == "big5"
        assert decode(trad.encode("cp950", errors="replace"))[0] == trad.encode("cp950", errors="replace").decode("cp950")
        assert decode(trad.encode("gb18030")) == (trad, "gb18030")
        assert decode(simp.encode("gb18030")) == (simp, "gb18030")


def test_bytes_neither_gb18030_nor_big5_are_one_line_error() -> None:
    with pytest.raises(InputError, match="cannot decode as UTF-8, GB18030 or Big5"):
        decode(b"\x81\x30\x81\x30\xff\xfe\xfd" * 3 + b"\xff", "x.txt")


def test_control_characters_are_dropped_where_text_is_read_in_and_line_numbers_hold(tmp_path) -> None:
    """C0 controls (but tab, LF, CR), DEL, C1 controls (NEL is still a space) and a terminal's escape
    sequences whole are no text, whatever reads the file: a line of nothing else is an empty line."""
    text = "青石政务信息\x07\n\x01\x1b[0;31m\n召开\x1b[1m会议\x7f\x9b。\n甲\t乙\x85丙\x02\n"  # (8 controls: text)
    want = ["青石政务信息", "", "召开会议。", "甲\t乙 丙", ""]
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    src = read_source(path)
    assert src.lines == want and src.text == "青石政务信息\n\n召开会议。\n甲\t乙丙\n"
    page = tmp_path / "a.html"  # (a page's whitespace collapses, its NEL is no line end)
    page.write_bytes(("<html><body>" + "".join(f"<p>{line}</p>" for line in text.split("\n")) + "</body></html>")
                     .encode("utf-8"))
    assert [line for line in read_source(page).lines if line] == ["青石政务信息", "召开会议。", "甲 乙丙"]


def test_a_title_line_ending_in_control_characters_keeps_its_entry_and_date(tmp_path, private_store) -> None:
    """`…植树动员会\\x01\\x1b[31m`: the entry is the 目录's title with its own date, and neither its record
    nor `digest show` carries a control character to the terminal."""
    from conftest import toc_issue
    from typer.testing import CliRunner

    from digest.cli import app

    text = toc_issue("青石政务信息 2024年第3期", [("时政", [
        ("青石市召开春季植树动员会", "3月12日，青石市召开春季植树动员会，市委书记李明华出席会议。"),
        ("市长王建国调研城东新区", "3月15日，市长王建国到城东新区调研项目建设情况。")])])
    body_title = text.rindex("青石市召开春季植树动员会")
    text = text[:body_title] + "青石市召开春季植树动员会\x01\x1b[31m" + text[body_title + len("青石市召开春季植树动员会"):]
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["parse", str(path), "--json", "--dry-run"])
    assert res.exit_code == 0, res.output
    import json

    recs = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    first = next(r for r in recs if "植树" in r["title"])
    assert (first["title"], first["date"]) == ("青石市召开春季植树动员会", "2024-03-12")
    assert not any(c in res.stdout for c in "\x01\x1b")
    assert runner.invoke(app, ["parse", str(path), "-q"]).exit_code == 0
    shown = runner.invoke(app, ["show", first["id"]])
    assert shown.exit_code == 0 and "植树" in shown.stdout and "\x1b" not in shown.stdout and "\x01" not in shown.stdout
