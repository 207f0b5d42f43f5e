"""File formats and the shared output options: records or rows to a byte stream, or to a file.

Every query command (list, search, issues, sections, stats, people) and `export` print through here
(terminal tables excepted: digest.term). `Output` holds the output options, built once from the
command line (`Output.build`); `write` writes rows in a format.

Formats:

    jsonl  one JSON object per line; an entry is exactly the stored record (UTF-8, no BOM)
    json   one JSON array of the objects (pretty-printed, UTF-8)
    csv    a header row, then one row per record; CRLF row ends. Files (`-o`) start with a UTF-8 BOM so
           spreadsheets detect the encoding; stdout does not. Lists are joined with ";" (persons,
           warnings), roles are written "name:role;name:role", null is an empty cell, the text keeps its
           line breaks inside the quoted cell; a cell that starts like a formula gets a leading ' (csv_safe).
    tsv    like csv with tabs, no quoting: a tab, line break or backslash inside a cell is written \\t,
           \\n, \\\\ (LF row ends, no BOM).
    md     entries: one "## title" section each, an italic metadata line
           (date · section / subsection · issue · id), the persons, then the text, one paragraph a
           line; other rows, or entries with --fields: a Markdown table.

`--fields a,b,c` keeps those keys in that order (entries: the keys of `digest.model.ENTRY_KEYS`).
`write_file` writes to a temporary file next to the target and moves it into place, so a failed
export never leaves half a file. Errors raise `ExportError` (one-line message).

The month's brief (`digest report`): `brief_markdown` groups entries by section and subsection, with
dates and persons; `write_docx` writes the same as Word (headings and a table of contents field that
Word fills in on opening; python-docx, imported only there).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from digest.model import ENTRY_KEYS

FORMATS = ("jsonl", "json", "csv", "tsv", "md")
OUTPUT_FORMATS = ("table", *FORMATS)
SORTS = ("date", "-date", "issue", "relevance")


SUFFIX_FORMATS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".json": "json", ".jsonl": "jsonl",
                  ".ndjson": "jsonl", ".md": "md", ".markdown": "md"}


def format_for(path: Path | None) -> str:
    """The file format a file name asks for by its ending (`x.csv` -> csv, `x.markdown` -> md); jsonl for
    stdout, `-` or an ending not in SUFFIX_FORMATS."""
    if path is None:
        return "jsonl"
    return SUFFIX_FORMATS.get(Path(path).suffix.lower(), "jsonl")


class ExportError(Exception):
    """An export that cannot be written, or output options that do not fit. One-line message."""


@dataclass
class Output:
    """The shared output options of the query commands."""

    fmt: str = "table"
    fields: list[str] | None = None
    count: bool = False
    sort: str | None = None
    limit: int | None = None
    fmt_given: bool = False   # --format or --json was given (export then does not guess from the file name)

    @classmethod
    def build(cls, fmt: str | None = None, json: bool = False, fields: str | None = None, count: bool = False,
              sort: str | None = None, limit: int | None = None, default: str = "table") -> Output:
        """From command-line strings. Raises ExportError."""
        fmt_in = fmt
        if json and fmt not in (None, "jsonl"):
            raise ExportError(f"--json is --format jsonl; it cannot go with --format {fmt}")
        fmt = "jsonl" if json else (fmt or default)
        if fmt not in OUTPUT_FORMATS:
            raise ExportError(f"unknown format {fmt!r} (use {', '.join(OUTPUT_FORMATS)})")
        if sort is not None and sort not in SORTS:
            raise ExportError(f"unknown sort {sort!r} (use {', '.join(SORTS)})")
        if limit is not None and limit < 0:
            raise ExportError(f"limit must be 0 or more, not {limit}")
        keys = None
        if fields is not None:
            keys = [k.strip() for k in fields.split(",") if k.strip()]
            if not keys:
                raise ExportError("--fields: give field names separated by commas (id,date,title)")
        return cls(fmt=fmt, fields=keys, count=count, sort=sort, limit=limit, fmt_given=json or fmt_in is not None)

    def check_fields(self, known: Sequence[str]) -> None:
        """Raise ExportError for a --fields name that is not one of `known`."""
        for k in self.fields or ():
            if k not in known:
                raise ExportError(f"unknown field {k!r} (fields: {', '.join(known)})")


def pick(row: dict[str, Any], fields: Sequence[str] | None) -> dict[str, Any]:
    """The row with only `fields`, in that order (a missing key is null)."""
    return row if not fields else {k: row.get(k) for k in fields}


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


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet read a cell as a formula
_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")


def csv_safe(cell: str) -> str:
    """A CSV cell a spreadsheet shows as text: one that starts like a formula (= + - @, a tab or a
    carriage return: `=HYPERLINK(...)` in a title would run when the file is opened) gets a leading
    single quote, the usual escape. Left as they are: a plain number such as -3, and the sign alone
    (`-`, the stats rows' "no section"), which has nothing after it to run."""
    if len(cell) > 1 and cell.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def csv_row(rec: dict[str, Any], keys: Sequence[str] = ENTRY_KEYS) -> list[str]:
    """One CSV row (in `keys` order, ENTRY_KEYS by default) for a record, its cells csv_safe."""
    return [csv_safe(_cell(k, rec.get(k))) for k in keys]


def _tsv_cell(key: str, value: Any) -> str:
    return _cell(key, value).replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


def _md(rec: dict[str, Any]) -> str:
    title = str(rec.get("title") or "").replace("\n", " ")
    if title.startswith("#"):
        title = "\\" + title
    date = rec.get("date") or rec.get("issue_date") or "undated"
    if rec.get("date") and rec.get("date_end"):
        date = f"{date}..{rec['date_end']}"
    where = " / ".join(str(x) for x in (rec.get("section"), rec.get("subsection")) if x)
    meta = " · ".join(str(x) for x in (date, where, rec.get("issue_id"), f"id {rec.get('id')}") if x)
    out = [f"## {title}", ""]
    if rec.get("kicker"):  # a newspaper headline's other lines, above and under it
        out[0:0] = [f"**{_md_line(rec['kicker'])}**", ""]
    if rec.get("subtitle"):
        out += [f"——{_md_line(rec['subtitle'])}", ""]
    out += [f"*{meta}*", ""]
    if rec.get("persons"):
        out += ["Persons: " + "、".join(str(p) for p in rec["persons"]), ""]
    for para in str(rec.get("text") or "").split("\n"):
        if para.strip():
            out += [para.strip(), ""]
    return "\n".join(out) + "\n"


def _md_line(value: Any) -> str:
    """One line of Markdown text from a headline's kicker or subtitle (its own line breaks a space)."""
    return " ".join(str(value).split())


def _md_cell(key: str, value: Any) -> str:
    text = _cell(key, value).replace("|", "\\|").replace("\r", "").replace("\n", "<br>")
    return text if key != "roles" else text.replace(";", "; ")


def write(records: Iterable[dict[str, Any]], fmt: str, stream: BinaryIO, fields: Sequence[str] | None = None,
          entries: bool = True, bom: bool = False) -> int:
    """Write `records` (entry records, or other rows with entries=False) to `stream` in `fmt`, with only
    `fields` if given; return how many were written. csv starts with a BOM when `bom`."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    n = 0
    if fmt == "jsonl":
        for rec in records:
            stream.write(orjson.dumps(pick(rec, fields)) + b"\n")
            n += 1
    elif fmt == "json":
        stream.write(b"[")
        for rec in records:
            stream.write((b",\n" if n else b"\n") + orjson.dumps(pick(rec, fields), option=orjson.OPT_INDENT_2))
            n += 1
        stream.write(b"\n]\n" if n else b"]\n")
    elif fmt in ("csv", "tsv"):
        it = iter(records)
        first = next(it, None)
        keys = list(fields or (ENTRY_KEYS if entries or first is None else first))
        if fmt == "tsv":
            stream.write(("\t".join(keys) + "\n").encode("utf-8"))
            if first is not None:
                for rec in _chain(first, it):
                    stream.write(("\t".join(_tsv_cell(k, rec.get(k)) for k in keys) + "\n").encode("utf-8"))
                    n += 1
            return n
        import csv
        import io

        text = io.TextIOWrapper(stream, encoding="utf-8-sig" if bom else "utf-8", newline="", write_through=True)
        try:
            w = csv.writer(text, lineterminator="\r\n")
            w.writerow(keys)
            if first is not None:
                for rec in _chain(first, it):
                    w.writerow(csv_row(rec, keys))
                    n += 1
            text.flush()
        finally:
            text.detach()
    elif entries and not fields:
        for rec in records:
            stream.write((("\n" if n else "") + _md(rec)).encode("utf-8"))
            n += 1
    else:
        it = iter(records)
        first = next(it, None)
        keys = list(fields or (ENTRY_KEYS if entries or first is None else first))
        stream.write(("| " + " | ".join(keys) + " |\n|" + "---|" * len(keys) + "\n").encode("utf-8"))
        if first is not None:
            for rec in _chain(first, it):
                stream.write(("| " + " | ".join(_md_cell(k, rec.get(k)) for k in keys) + " |\n").encode("utf-8"))
                n += 1
    return n


def _chain(first: dict[str, Any], rest: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    yield first
    yield from rest


def write_file(records: Iterable[dict[str, Any]], fmt: str, path: str | os.PathLike[str],
               fields: Sequence[str] | None = None, entries: bool = True) -> int:
    """Write to `path` atomically (temporary file in the same directory, then os.replace; see _atomic)."""
    return _atomic(path, lambda f: write(records, fmt, f, fields=fields, entries=entries, bom=True))


def output_path(name: str | os.PathLike[str]) -> Path:
    """The file `-o NAME` names, or ExportError when it names a directory: one that exists, `out/` (a
    trailing slash says directory, and a Path would drop it and write a file `out`), or a file in a
    directory that does not exist."""
    raw = os.fspath(name)
    if not raw:
        raise ExportError('an empty path ("") names no file')
    path = Path(raw)
    if path.is_dir():
        raise ExportError(f"cannot write {raw}: it is a directory (give a file name)")
    if raw.endswith(("/", os.sep)):
        what = "not a directory" if path.exists() else "no such directory"
        raise ExportError(f"cannot write {raw}: {what}")
    if not path.parent.is_dir():
        raise ExportError(f"cannot write {raw}: no such directory {path.parent}")
    return path


def _atomic(path: str | os.PathLike[str], fill: Any) -> Any:
    """Write through `fill` to the file `path` names (digest.fsio.write_output: a regular file atomically,
    keeping its mode; a symbolic link followed; a FIFO or device written in place)."""
    from digest.fsio import write_output

    target = output_path(path)
    try:
        n = write_output(target, fill)
    except OSError as exc:
        raise ExportError(f"cannot write {os.fspath(path)}: {exc.strerror or exc}") from None
    return n or 0


# -- the month's brief (digest report) -----------------------------------------------------------


def brief_groups(records: Iterable[dict[str, Any]]) -> list[tuple[str, list[tuple[str, list[dict[str, Any]]]]]]:
    """Entries grouped by section, then subsection, in the order they first appear in `records` (give
    them issue by issue, in body order, and the groups follow the digest's own 目录); the entries of a
    group in date order (undated last). Entries without a section go under "其他" (other)."""
    from digest.query import sort_key

    sections: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for r in records:
        sec = str(r.get("section") or "其他")
        sub = str(r.get("subsection") or "")
        sections.setdefault(sec, {}).setdefault(sub, []).append(r)
    return [(sec, [(sub, sorted(es, key=sort_key)) for sub, es in subs.items()]) for sec, subs in sections.items()]


def _brief_line(r: dict[str, Any]) -> tuple[str, str, str]:
    """(date, title, persons) of one entry in the brief."""
    d = str(r.get("date") or r.get("issue_date") or "")
    if r.get("date") and r.get("date_end"):
        d = f"{d}..{r['date_end']}"
    title = " ".join(str(r.get("title") or "").split())
    return d, title, "、".join(str(p) for p in r.get("persons") or ())


def brief_markdown(records: Iterable[dict[str, Any]], heading: str) -> tuple[str, int]:
    """The brief as Markdown (# heading, ## section, ### subsection, one bullet per entry with its
    date, title and persons) and the number of entries in it."""
    groups = brief_groups(records)
    n = sum(len(es) for _, subs in groups for _, es in subs)
    out = [f"# {heading}", "", f"{n} entries.", ""]
    for sec, subs in groups:
        out += [f"## {sec}", ""]
        for sub, es in subs:
            if sub:
                out += [f"### {sub}", ""]
            for r in es:
                d, title, persons = _brief_line(r)
                out.append(f"- {d} **{_md_escape(title)}**" + (f"（{persons}）" if persons else ""))
            out.append("")
    return "\n".join(out), n


def _md_escape(s: str) -> str:
    return s.replace("*", "\\*").replace("_", "\\_")


def write_docx(records: Iterable[dict[str, Any]], heading: str, path: str | os.PathLike[str]) -> int:
    """The brief as a Word document: a title, a table of contents field, Heading 1 per section,
    Heading 2 per subsection, one paragraph per entry (date, bold title, persons). Atomic."""
    try:
        import docx
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
    except ImportError:  # pragma: no cover - a declared dependency
        raise ExportError("writing .docx needs python-docx (pip install python-docx)") from None
    groups = brief_groups(records)
    doc = docx.Document()
    doc.add_heading(heading, level=0)
    toc = doc.add_paragraph()
    run = toc.add_run()
    for kind, text in (("begin", None), (None, 'TOC \\o "1-2" \\h \\z \\u'), ("separate", None),
                       ("text", "目录：在 Word 中右键更新域 (update field) 以生成"), ("end", None)):
        if kind == "text":
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)
        elif kind is None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            if kind == "begin":
                fld.set(qn("w:dirty"), "true")  # Word refreshes the table of contents when it opens the file
            run._r.append(fld)
    n = 0
    for sec, subs in groups:
        doc.add_heading(sec, level=1)
        for sub, es in subs:
            if sub:
                doc.add_heading(sub, level=2)
            for r in es:
                d, title, persons = _brief_line(r)
                p = doc.add_paragraph(style="List Bullet")
                p.add_run(f"{d} ")
                p.add_run(title).bold = True
                if persons:
                    p.add_run(f"（{persons}）")
                n += 1

    def fill(f: BinaryIO) -> int:
        doc.save(f)
        return n

    return _atomic(path, fill)
