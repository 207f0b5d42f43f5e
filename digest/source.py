"""Stage 1: read a file, decode it, and split it into numbered lines.

`read_source` accepts a path or "-" (stdin) and returns a `Source`: the decoded text, the encoding it
was read with, the sha256 of the raw bytes, and `lines`, where `lines[i]` is source line i + 1.
Every later stage refers back to these 1-based line numbers.

Encodings: UTF-8 with or without BOM, UTF-16/UTF-32 with BOM, GB18030 (a superset of GBK/GB2312).
Line ends: LF, CRLF and lone CR. Binary and empty input raise `InputError` with a one-line message.
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex as re


class InputError(Exception):
    """A file that cannot be parsed at all (missing, binary, empty, undecodable). One-line message."""


@dataclass
class Source:
    path: str
    text: str
    encoding: str
    sha256: str
    lines: list[str]


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(data: bytes, name: str = "<input>") -> tuple[str, str]:
    """Decode raw bytes to text; return (text, encoding). Raises InputError for binary or empty data."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: not valid {enc} after its byte-order mark ({exc.reason})") from None
            return _check_text(text, name), enc.split("-le")[0].split("-be")[0]
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text digest")
    for enc in ("utf-8", "gb18030"):
        try:
            return _check_text(data.decode(enc), name), enc
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: cannot decode as UTF-8 or GB18030; convert it to UTF-8 first")


def _check_text(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: empty file")
    sample = text[:4000]
    control = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\r\n\t\f\v")
    if control > max(8, len(sample) // 50):
        raise InputError(f"{name}: binary file (too many control characters), not a text digest")
    return text


_NEWLINES = re.compile(r"\r\n|\r|\n")
_INLINE_BREAKS = re.compile(r"[\u2028\u2029\x85]")


def split_lines(text: str) -> list[str]:
    """Split on the line ends editors and grep count (LF, CRLF, CR), so line numbers match `grep -n`.
    U+2028/U+2029/NEL inside a line become spaces."""
    return [_INLINE_BREAKS.sub(" ", line) for line in _NEWLINES.split(text)]


def read_source(path: str | Path) -> Source:
    """Read and decode one file ("-" reads stdin). Raises InputError with a one-line message."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{name}: no such file")
        if p.is_dir():
            raise InputError(f"{name}: is a directory")
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    from digest import readers  # PDF / Word / HTML, by content (digest/readers)

    kind = readers.sniff(data, name)
    if kind:
        return readers.read_document(data, name, kind)
    if (what := readers.describe_binary(data)) is not None:
        raise InputError(f"{name}: {what}")
    text, encoding = decode(data, name)
    text = text.lstrip("\ufeff")
    return Source(
        path=name,
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        lines=split_lines(text),
    )


def expand_paths(paths: list[str], skipped: dict[str, int] | None = None) -> list[str]:
    """Expand directories to the text (*.txt, *.md) and document (*.pdf, *.docx, *.html, *.htm) files
    in them (sorted); keep files and "-" as given. Files of other types are counted in `skipped`
    (by type, e.g. {".xlsx": 2}) when a dict is given."""
    from digest.readers import folder_files

    out: list[str] = []
    for p in paths:
        if p != "-" and Path(p).is_dir():
            out.extend(folder_files(Path(p), (".txt", ".md"), skipped))
        else:
            out.append(p)
    return out
