"""Writers for `digest export`: entry records (dicts with the keys of `Entry.to_dict()`) to a byte stream.

Formats:

    jsonl  one JSON object per line, exactly the stored record (UTF-8, no BOM)
    json   one JSON array of the records (pretty-printed, UTF-8)
    csv    UTF-8 with a byte-order mark (so spreadsheets detect the encoding), CRLF row ends, one header
           row of the record keys in `ENTRY_KEYS` order, then one row per entry. Lists are joined with
           ";" (persons, warnings); roles are written "name:role;name:role"; null is an empty cell;
           the text keeps its line breaks inside the quoted cell.
    md     Markdown: one "## title" section per entry, an italic metadata line
           (date · section / subsection · issue · id), the persons, then the text, one paragraph a line.

`write(records, fmt, stream)` streams and returns the number of entries written;
`write_file(records, fmt, path)` writes to a temporary file next to `path` and moves it into place,
so a failed export never leaves half a file. Both raise `ExportError` (one-line message).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from digest.model import ENTRY_KEYS

FORMATS = ("jsonl", "json", "csv", "md")


class ExportError(Exception):
    """An export that cannot be written. One-line message."""


def _cell(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key == "roles" and isinstance(value, dict):
        return ";".join(f"{k}:{v}" for k, v in value.items())
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, dict):
        return orjson.dumps(value).decode("utf-8")
    return str(value)


def csv_row(rec: dict[str, Any]) -> list[str]:
    """One CSV row (ENTRY_KEYS order) for an entry record."""
    return [_cell(k, rec.get(k)) for k in ENTRY_KEYS]


def _md(rec: dict[str, Any]) -> str:
    title = str(rec.get("title") or "").replace("\n", " ")
    if title.startswith("#"):
        title = "\\" + title
    date = rec.get("date") or rec.get("issue_date") or "undated"
    if rec.get("date") and rec.get("date_end"):
        date = f"{date}..{rec['date_end']}"
    where = " / ".join(str(x) for x in (rec.get("section"), rec.get("subsection")) if x)
    meta = " · ".join(str(x) for x in (date, where, rec.get("issue_id"), f"id {rec.get('id')}") if x)
    out = [f"## {title}", "", f"*{meta}*", ""]
    if rec.get("persons"):
        out += ["Persons: " + "、".join(str(p) for p in rec["persons"]), ""]
    for para in str(rec.get("text") or "").split("\n"):
        if para.strip():
            out += [para.strip(), ""]
    return "\n".join(out) + "\n"


def write(records: Iterable[dict[str, Any]], fmt: str, stream: BinaryIO) -> int:
    """Write `records` to `stream` in `fmt`; return how many were written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    n = 0
    if fmt == "jsonl":
        for rec in records:
            stream.write(orjson.dumps(rec) + b"\n")
            n += 1
    elif fmt == "json":
        stream.write(b"[")
        for rec in records:
            stream.write((b",\n" if n else b"\n") + orjson.dumps(rec, option=orjson.OPT_INDENT_2))
            n += 1
        stream.write(b"\n]\n" if n else b"]\n")
    elif fmt == "csv":
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="", write_through=True)
        try:
            w = csv.writer(text, lineterminator="\r\n")
            w.writerow(ENTRY_KEYS)
            for rec in records:
                w.writerow(csv_row(rec))
                n += 1
            text.flush()
        finally:
            text.detach()
    else:
        for rec in records:
            stream.write((("\n" if n else "") + _md(rec)).encode("utf-8"))
            n += 1
    return n


def write_file(records: Iterable[dict[str, Any]], fmt: str, path: Path) -> int:
    """Write to `path` atomically (temporary file in the same directory, then os.replace)."""
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path} is a directory")
    from digest.fsio import write_atomic

    try:
        n = write_atomic(path, lambda f: write(records, fmt, f))
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    return n or 0
