"""Export writers: jsonl, json, csv (BOM, ; joins, multi-line cells), md; atomic file output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from digest.export import FORMATS, ExportError, csv_row, write, write_file
from digest.model import ENTRY_KEYS, Entry

RECS = [
    Entry(title="江凌调研, \"城市\"提质", text="第一段\n第二段，含逗号", section="时政", subsection="领导活动",
          date="2023-11-14", persons=["江凌", "徐衣显"], roles={"江凌": "市委书记"}, id="aaaa00000001",
          issue_id="digest-2023-11", warnings=["doubt one", "doubt two"]).to_dict(),
    Entry(title="# 无日期", text="", issue_date="2023-11", id="aaaa00000002", issue_id="digest-2023-11").to_dict(),
]


def run(fmt: str, recs: list[dict] = RECS, **kw: object) -> tuple[int, bytes]:
    buf = io.BytesIO()
    n = write(iter(recs), fmt, buf, **kw)  # type: ignore[arg-type]
    return n, buf.getvalue()


def test_jsonl_is_the_records() -> None:
    n, data = run("jsonl")
    assert n == 2
    assert [json.loads(line) for line in data.decode("utf-8").splitlines()] == RECS


def test_json_is_one_array() -> None:
    assert json.loads(run("json")[1]) == RECS
    assert json.loads(run("json", [])[1]) == []


def test_csv_opens_in_a_spreadsheet() -> None:
    n, data = run("csv", bom=True)
    assert n == 2
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM
    assert data.count(b"\xef\xbb\xbf") == 1
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(ENTRY_KEYS)
    assert len(rows) == 3  # header + one row per entry, even with line breaks inside the text
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["persons"] == "江凌;徐衣显"
    assert row["roles"] == "江凌:市委书记"
    assert row["warnings"] == "doubt one;doubt two"
    assert row["text"] == "第一段\n第二段，含逗号"
    assert row["title"] == RECS[0]["title"]
    assert dict(zip(rows[0], rows[2], strict=True))["date"] == ""  # null -> empty cell
    assert b"\r\n" in data


def test_csv_row_order() -> None:
    assert csv_row(RECS[0])[ENTRY_KEYS.index("id")] == "aaaa00000001"


def test_csv_cells_that_start_like_a_formula_are_text() -> None:
    titles = ["=HYPERLINK(\"http://x\",\"点击\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "-3", "+4.5",
              "江凌 = 1", "- 会议", "-"]
    recs = [{**RECS[1], "title": t, "persons": ["=A1", "徐衣显"]} for t in titles]
    rows = list(csv.reader(io.StringIO(run("csv", recs)[1].decode("utf-8"), newline="")))
    got = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert [r["title"] for r in got] == ["'=HYPERLINK(\"http://x\",\"点击\")", "'+1+1", "'-2+3", "'@SUM(A1)",
                                         "'\t=1", "'\r=1", "-3", "+4.5", "江凌 = 1", "'- 会议", "-"]
    assert {r["persons"] for r in got} == {"'=A1;徐衣显"}
    assert json.loads(run("jsonl", recs[:1])[1])["title"].startswith("=")  # only csv escapes
    assert run("tsv", recs[:1])[1].decode("utf-8").splitlines()[1].split("\t")[ENTRY_KEYS.index("title")] \
        .startswith("=")


def test_markdown() -> None:
    n, data = run("md")
    md = data.decode("utf-8")
    assert n == 2
    assert md.count("\n## ") + md.startswith("## ") == 2
    assert "## 江凌调研" in md and "## \\# 无日期" in md
    assert "*2023-11-14 · 时政 / 领导活动 · digest-2023-11 · id aaaa00000001*" in md
    assert "Persons: 江凌、徐衣显" in md
    assert "第一段\n\n第二段，含逗号" in md


def test_unknown_format() -> None:
    with pytest.raises(ExportError):
        write([], "xml", io.BytesIO())
    assert set(FORMATS) == {"jsonl", "json", "csv", "tsv", "md"}


def test_write_file_is_atomic(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("old")

    def boom():  # type: ignore[no-untyped-def]
        yield RECS[0]
        raise RuntimeError("reader failed")

    with pytest.raises(RuntimeError):
        write_file(boom(), "csv", out)
    assert out.read_text() == "old"
    assert list(tmp_path.iterdir()) == [out]
    assert write_file(RECS, "csv", out) == 2
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with pytest.raises(ExportError):
        write_file(RECS, "csv", tmp_path)
    with pytest.raises(ExportError, match="cannot write"):
        write_file(RECS, "csv", tmp_path / "missing-dir" / "x.csv")
