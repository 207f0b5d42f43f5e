"""Stage 1: read a file, decode it, and split it into numbered lines.

`read_source` accepts a path or "-" (stdin) and returns a `Source`: the decoded text, the encoding it
was read with, the sha256 of the raw bytes, and `lines`, where `lines[i]` is source line i + 1.
Every later stage refers back to these 1-based line numbers.

Encodings: UTF-8 with or without BOM, UTF-16/UTF-32 with BOM, GB18030 (a superset of GBK/GB2312) and
Big5 (read as cp950, Big5 with Microsoft's additions): bytes that are not UTF-8 are read as whichever
of GB18030 and Big5 gives more of the commonest Chinese characters (`decode_chinese`).
An HTML page or a web archive saved as UTF-16 or UTF-32 is told by its decoded text and read by its
reader (`digest.readers.sniff_text`), as its UTF-8 copy would be.
Line ends: LF, CRLF and lone CR. Binary and empty input raise `InputError` with a one-line message.
Decoded text goes through `digest.text.normalize_text` (zero-width and bidi controls removed, NFC)
before any stage sees it, and every reader's lines lose control characters (`drop_controls`). Only regular files are read, of at most `max_size` bytes (`read_bytes`).
"""

from __future__ import annotations

import hashlib
import os
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
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
    text, encoding = _decode_raw(data, name)
    return _check_text(text, name), encoding


def _decode_raw(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) of raw bytes, before the one normalization (`_check_text`): what `decode`
    reads, and what an HTML page or web archive saved as UTF-16 or UTF-32 is read from (`read_source`).
    Raises InputError for empty, binary and undecodable data."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: not valid {enc} after its byte-order mark ({exc.reason})") from None
            return text, enc.split("-le")[0].split("-be")[0]
    if b"\x00" in data:
        got = utf16_without_bom(data)
        if got is None:
            raise InputError(f"{name}: binary file (contains NUL bytes), not a text digest")
        return got
    got = decode_chinese(data)
    if got is None:
        raise InputError(f"{name}: cannot decode as UTF-8, GB18030 or Big5; convert it to UTF-8 first")
    return got


@lru_cache(maxsize=1)
def _common_han() -> frozenset[str]:
    from digest.text import COMMON_HAN, traditional_forms

    return frozenset(COMMON_HAN) | traditional_forms(COMMON_HAN)


def decode_chinese(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) of bytes without a byte-order mark: UTF-8 when they are valid UTF-8, else
    GB18030 or Big5 (cp950), whichever decodes them and reads as more of the commonest Chinese
    characters in its first 20,000 characters (a Big5 page read as GB18030 is rare characters
    throughout); None when neither decodes them."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    read: list[tuple[float, str, str]] = []
    for enc, label in (("gb18030", "gb18030"), ("cp950", "big5")):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        wide, common = _han_counts(text)
        read.append((common / wide if wide else 0.0, text, label))
    if not read:
        return None
    _score, text, label = max(read, key=lambda r: r[0])  # on a tie, the first: GB18030
    return text, label


def utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """(text, "utf-16") of UTF-16 bytes saved without a byte-order mark (some Windows exporters do):
    the byte order that decodes them, holds no NUL character and reads as Chinese (at least a fifth
    of the characters of its first 20,000 are Han or CJK punctuation, and most of those are among the
    commonest characters); None for anything else, a binary file among them."""
    if len(data) % 2:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" in text[:20000]:
            continue
        wide, common = _han_counts(text)
        if wide >= min(len(text), 20000) / 5 and common >= wide / 2:
            return text, "utf-16"
    return None


def _han_counts(text: str) -> tuple[int, int]:
    """Of the first 20,000 characters, how many are Han or CJK punctuation (wide), and how many are
    among the commonest Chinese characters, simplified or traditional."""
    head = text[:20000]
    common = _common_han()
    return sum(1 for c in head if c > "\u2e7f"), sum(1 for c in head if c in common)


def _check_text(text: str, name: str) -> str:
    from digest.text import normalize_text

    text = normalize_text(text)  # the one normalization (digest.text): no invisible characters, NFC
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


DEFAULT_MAX_SIZE = 64 * 1024 * 1024  # bytes; `digest parse --max-size 200M` raises it


def parse_size(text: str) -> int:
    """A size as users write it: 50M, 1.5G, 500k, 1048576 (bytes). Raises ValueError."""
    t = text.strip().upper().removesuffix("B").removesuffix("I")
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(t[-1:], 1)
    num = t[:-1] if t[-1:] in "KMG" and t else t
    value = float(num)
    if not value > 0 or value != value:
        raise ValueError(text)
    return int(value * mult)


def _mb(n: int) -> str:
    return f"{n / (1 << 20):.0f} MB" if n >= 1 << 20 else f"{n} bytes"


def read_bytes(path: str | Path, max_size: int | None = None) -> tuple[bytes, str]:
    """(raw bytes, display name) of a regular file or "-" (stdin), at most `max_size` bytes
    (default DEFAULT_MAX_SIZE). Raises InputError (one line) for what is not a regular file, for a
    file over the limit, and for read errors. Never blocks on a FIFO, never reads a device. The name
    is `display_name(path)`; an empty path is an error (not the current directory)."""
    import stat

    limit = DEFAULT_MAX_SIZE if max_size is None else max_size
    name = display_name(path)
    too_big = f"{{}}: more than {_mb(limit)} (the input limit; raise it with --max-size, e.g. --max-size {max(2 * limit >> 20, 1)}M)"
    if name == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise InputError(too_big.format("<stdin>"))
        return data, "<stdin>"
    if not name:  # os.open("") fails anyway; a message that names no file is no message
        raise InputError('"": an empty path names no file')
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{name}: is a directory")
        if not stat.S_ISREG(st.st_mode):
            what = ("a FIFO" if stat.S_ISFIFO(st.st_mode) else "a device" if stat.S_ISCHR(st.st_mode)
                    or stat.S_ISBLK(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "special")
            raise InputError(f"{name}: not a regular file ({what}), not read")
        if st.st_size > limit:
            raise InputError(too_big.format(name))
        chunks = []
        got = 0
        while got <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > limit:
            raise InputError(too_big.format(name))  # it grew while being read
        return b"".join(chunks), name
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    finally:
        os.close(fd)


def display_name(path: str | Path) -> str:
    """`path` as text that can be printed, written to JSON and stored (`Source.path`, every message).

    A file name that is not UTF-8 (a GBK name, as unzip leaves from a Windows archive) reaches Python
    with each such byte kept as a lone surrogate (os.fsdecode), which no encoder takes: orjson and a
    strict stdout refuse it. Each part of such a path is read as `decode_chinese` reads a file
    (`政务信息.txt`); a part that decodes as nothing has those bytes as U+FFFD. The file itself is
    still opened by its real name."""
    name = os.fspath(path)
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    parts = []
    for part in os.fsencode(name).split(b"/"):
        got = decode_chinese(part)
        parts.append(got[0] if got else part.decode("utf-8", "replace"))
    return "/".join(parts)


def read_source(path: str | Path, max_size: int | None = None) -> Source:
    """Read and decode one file ("-" reads stdin). Raises InputError with a one-line message.
    Only regular files are read, of at most `max_size` bytes (default DEFAULT_MAX_SIZE). Whatever
    reads it (text, PDF, Word, HTML), its lines hold no control characters (`drop_controls`)."""
    data, name = read_bytes(path, max_size)
    return _without_controls(_read(data, name))


def _read(data: bytes, name: str) -> Source:
    from digest import readers  # PDF / Word / HTML, by content (digest/readers)

    kind = readers.sniff(data, name)
    if kind:
        return readers.read_document(data, name, kind)
    if (what := readers.describe_binary(data)) is not None:
        raise InputError(f"{name}: {what}")
    raw, encoding = _decode_raw(data, name)
    if kind := readers.sniff_text(raw):  # an HTML page or a web archive saved as UTF-16 or UTF-32
        return readers.read_document(data, name, kind, text=raw.lstrip("\ufeff"))
    text = _check_text(raw, name).lstrip("\ufeff")
    from digest.readers.columns import columns_document  # (a page of columns side by side: read by column)

    if (doc := columns_document(text, name, encoding, data)) is not None:
        return doc
    return Source(
        path=name,
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        lines=split_lines(text),
    )


# C0 controls but tab, line feed and carriage return; DEL; C1 controls (a text file's NEL is a space
# already: `split_lines`); and a terminal's escape sequence whole (`\x1b[31m`, `\x1b[0;1m`: ESC [,
# parameters, a final letter). Linear: the three classes of a sequence are disjoint.
_CONTROLS = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def drop_controls(s: str) -> str:
    """s without control characters and terminal escape sequences (`_CONTROLS`): a copy from a
    terminal or a converter's leftovers are no text, cost a title its match and its date
    (`某某会议\x01\x1b[31m`), and would reach the terminal again from `digest show`. Line ends stay,
    so a line of nothing else becomes an empty line and line numbers hold."""
    return _CONTROLS.sub("", s) if _CONTROLS.search(s) else s


def _without_controls(src: Source) -> Source:
    """`src` with `drop_controls` applied where it is read in, the one place for every reader: its
    text and lines, and a document's furniture (which `digest extract` prints)."""
    if _CONTROLS.search(src.text):  # (a document's text is its lines joined)
        src.text = drop_controls(src.text)
        src.lines = [drop_controls(line) for line in src.lines]
    furniture = getattr(src, "furniture", None)
    if furniture:
        src.furniture = {page: [drop_controls(x) for x in left] for page, left in furniture.items()}
    return src


def expand_paths(paths: list[str], skipped: dict[str, int] | None = None) -> list[str]:
    """Expand directories to the text (*.txt, *.md) and document (*.pdf, *.docx, *.html, *.htm) files
    in them (sorted); keep files and "-" as given. Files of other types are counted in `skipped`
    (by type, e.g. {".xlsx": 2}) when a dict is given."""
    from digest.readers import folder_files

    out: list[str] = []
    for p in paths:
        if p not in ("-", "") and Path(p).is_dir():  # "" is no path (Path("") is the current directory)
            out.extend(folder_files(Path(p), (".txt", ".md"), skipped))
        else:
            out.append(p)
    return out
