"""The store: a directory of plain JSON-lines files that `digest parse` writes and every query reads.

Layout (everything UTF-8; nothing but these paths is read)::

    STORE/
      entries/<issue>.jsonl   the entry records of one issue, one JSON object per line, in body order,
                              exactly the keys of `Entry.to_dict()` (see digest.model). This file is
                              the authority: an issue is in the store when its entries file is.
      issues/<issue>.json     the `Issue` record of that issue (masthead facts, counts, warnings)
      sources/<sha256>        the issue_id last stored from a file with these exact bytes: parsing the
                              same file again replaces that issue even if a newer parser names the
                              issue differently
      .lock                   writers' lock (fcntl.flock, exclusive, held for the whole of a `put`)
      names.txt               optional user names file (read by person recognition)
      index/                  reserved for the optional search index

`<issue>` is the issue's `issue_id` (computed by the parser from the content: publication + issue
date or number), with characters that are unsafe in file names written as %XX. Because the name is
derived from the content, parsing the same issue again - under any file name, in any encoding, or a
corrected version of it - replaces that issue's files: never a duplicate.

Location: `--store PATH`, else `$DIGEST_STORE`, else `$XDG_DATA_HOME/digest`, else
`~/.local/share/digest` (see `default_store_path`).

Guarantees:
  * atomic writes: each file is written to a temporary file in the same directory (`.<name>.<pid>.tmp`),
    fsync'ed, then moved over the old one with os.replace, and the directory is fsync'ed. A crash or
    `kill -9` leaves the old or the new version of an issue, never part of one. Leftover temporary
    files are ignored by readers and removed by the next writer.
  * concurrent writers are serialized by an exclusive flock on `.lock`; readers take no lock.
  * a full disk, a read-only or unwritable store raises `StoreError` (one-line message) and leaves the
    store as it was (both temporary files are written before either is moved into place).
  * reading streams line by line; a corrupt or truncated line is reported as a warning
    "FILE:LINE: ..." through `Store.warnings` / the `on_warning` callback and skipped; the rest is
    still served.

Readers: `Store.records(needles)` streams `Stored` records (the decoded dict, the raw line, and where it
lives). `needles` are byte strings that must all occur in the (ASCII-lowercased) raw line; lines
without them are skipped before any JSON decoding (see digest.query for how they are built).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from digest.model import Entry, Issue

ENTRIES_DIR = "entries"
ISSUES_DIR = "issues"
LOCK_FILE = ".lock"
NAMES_FILE = "names.txt"
INDEX_DIR = "index"
SOURCES_DIR = "sources"

_UNSAFE = set('/\\:*?"<>|%') | {chr(c) for c in range(32)} | {"\x7f"}
_MAX_NAME_BYTES = 200


class StoreError(Exception):
    """The store cannot be read or written (missing permissions, full disk, not a directory). One line."""


def default_store_path() -> Path:
    """`$DIGEST_STORE`, else `$XDG_DATA_HOME/digest`, else `~/.local/share/digest`."""
    env = os.environ.get("DIGEST_STORE")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg and os.path.isabs(os.path.expanduser(xdg)) else Path.home() / ".local" / "share"
    return base / "digest"


def file_stem(issue_id: str) -> str:
    """The file name (without extension) for an issue id: unsafe characters as %XX, bounded length."""
    if not issue_id:
        raise StoreError("cannot store an issue without an issue_id")
    out = "".join(f"%{ord(c):02X}" if c in _UNSAFE else c for c in issue_id)
    if out.startswith("."):
        out = "%2E" + out[1:]
    if len(out.encode("utf-8")) > _MAX_NAME_BYTES:
        import hashlib

        digest = hashlib.sha1(issue_id.encode("utf-8")).hexdigest()[:12]
        cut = out.encode("utf-8")[:_MAX_NAME_BYTES - 13].decode("utf-8", "ignore")
        out = f"{cut}~{digest}"
    return out


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return "no space left on device"
    if exc.errno == errno.EROFS:
        return "read-only file system"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or str(exc)


@dataclass(slots=True)
class Stored:
    """One entry record as read from the store: decoded, raw, and where it is."""

    record: dict[str, Any]
    raw: bytes          # the line as stored, without its line end
    file_no: int        # index into Store.entry_files() of the scan that produced it
    offset: int         # byte offset of the line in that file
    line: int           # 1-based line number


class Store:
    """A store directory. `open` does not create anything; the first `put` creates the layout."""

    def __init__(self, path: Path, on_warning: Callable[[str], None] | None = None) -> None:
        self.path = path
        self.warnings: list[str] = []
        self.on_warning = on_warning
        self._files: list[Path] | None = None
        self._stats: dict[int, tuple[int, int, int]] = {}

    @classmethod
    def open(cls, path: Path | None, on_warning: Callable[[str], None] | None = None) -> Store:
        """The store at `path` (None: `default_store_path()`). Raises StoreError if it is not a directory."""
        p = Path(path).expanduser() if path is not None else default_store_path()
        if p.exists() and not p.is_dir():
            raise StoreError(f"store {p} is not a directory")
        return cls(p, on_warning=on_warning)

    # -- paths ---------------------------------------------------------------------------------

    @property
    def entries_dir(self) -> Path:
        return self.path / ENTRIES_DIR

    @property
    def issues_dir(self) -> Path:
        return self.path / ISSUES_DIR

    def entries_path(self, issue_id: str) -> Path:
        return self.entries_dir / f"{file_stem(issue_id)}.jsonl"

    def issue_path(self, issue_id: str) -> Path:
        return self.issues_dir / f"{file_stem(issue_id)}.json"

    def exists(self) -> bool:
        return self.entries_dir.is_dir()

    # -- writing -------------------------------------------------------------------------------

    def put(self, issue: Issue, entries: list[Entry]) -> None:
        """Store one issue, replacing any earlier version of the same issue_id. Atomic; takes the lock."""
        entries_path = self.entries_path(issue.issue_id)
        issue_path = self.issue_path(issue.issue_id)
        entry_bytes = b"".join(orjson.dumps(e.to_dict()) + b"\n" for e in entries)
        issue_bytes = orjson.dumps(issue.to_dict(), option=orjson.OPT_INDENT_2) + b"\n"
        try:
            self.entries_dir.mkdir(parents=True, exist_ok=True)
            self.issues_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create store {self.path}: {_reason(exc)}") from None
        sources = self.path / SOURCES_DIR
        real_sha = len(issue.sha256 or "") == 64 and all(c in "0123456789abcdef" for c in issue.sha256)
        source_path = sources / issue.sha256 if real_sha else None
        with self._lock():
            self._clean_temps()
            tmps: list[Path] = []
            try:
                previous = self._source_issue(source_path)
                tmps.append(self._write_temp(entries_path, entry_bytes))
                tmps.append(self._write_temp(issue_path, issue_bytes))
                os.replace(tmps[0], entries_path)
                os.replace(tmps[1], issue_path)
                tmps.clear()
                self._fsync_dir(self.entries_dir)
                self._fsync_dir(self.issues_dir)
                if previous and previous != issue.issue_id:
                    # the same bytes were stored before under another issue_id: that was this issue
                    for old in (self.entries_path(previous), self.issue_path(previous)):
                        with contextlib.suppress(FileNotFoundError):
                            old.unlink()
                if source_path is not None and previous != issue.issue_id:
                    sources.mkdir(exist_ok=True)
                    os.replace(self._write_temp(source_path, issue.issue_id.encode("utf-8")), source_path)
            except OSError as exc:
                for t in tmps:
                    with contextlib.suppress(OSError):
                        t.unlink()
                raise StoreError(f"cannot write to store {self.path}: {_reason(exc)}") from None
        self._files = None

    @staticmethod
    def _source_issue(source_path: Path | None) -> str | None:
        """The issue_id last stored from the same bytes, if any."""
        if source_path is None:
            return None
        try:
            return source_path.read_text(encoding="utf-8").strip() or None
        except (FileNotFoundError, UnicodeDecodeError):
            return None

    def delete(self, issue_id: str) -> bool:
        """Remove one issue (entries file first). True if it was there."""
        found = False
        with self._lock():
            for p in (self.entries_path(issue_id), self.issue_path(issue_id)):
                try:
                    p.unlink()
                    found = True
                except FileNotFoundError:
                    pass
                except OSError as exc:
                    raise StoreError(f"cannot write to store {self.path}: {_reason(exc)}") from None
        self._files = None
        return found

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        import fcntl

        try:
            fd = os.open(self.path / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot write to store {self.path}: {_reason(exc)}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def _write_temp(self, final: Path, data: bytes) -> Path:
        tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            view = memoryview(data)
            while view:
                n = os.write(fd, view)
                view = view[n:]
            os.fsync(fd)
        except OSError:
            os.close(fd)
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        os.close(fd)
        return tmp

    @staticmethod
    def _fsync_dir(d: Path) -> None:
        try:
            fd = os.open(d, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)

    def _clean_temps(self) -> None:
        """Remove temporary files left by killed writers (safe: we hold the writers' lock)."""
        for d in (self.entries_dir, self.issues_dir):
            for t in d.glob(".*.tmp"):
                with contextlib.suppress(OSError):
                    t.unlink()

    # -- reading -------------------------------------------------------------------------------

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        if self.on_warning is not None:
            self.on_warning(message)

    def entry_files(self) -> list[Path]:
        """The entries files, sorted by name (temporary files excluded). Fixed for one Store object."""
        if self._files is None:
            try:
                self._files = sorted(p for p in self.entries_dir.glob("*.jsonl") if not p.name.startswith("."))
            except OSError as exc:
                raise StoreError(f"cannot read store {self.path}: {_reason(exc)}") from None
        return self._files

    def records(self, needles: Iterable[bytes] = (), partial: bool = False) -> Iterator[Stored]:
        """Stream every entry record (file by file, line by line), skipping lines without all `needles`.

        partial=True decodes only the head of each line, the keys before "persons" (id ... issue_date:
        everything but persons, roles, text, line numbers and warnings); enough for date, section, kind
        and issue filters and for sorting, several times faster on long texts. A line whose head
        cannot be read that way is decoded whole.
        """
        needles = [n for n in needles if n]
        if needles:
            ranked: dict[bytes, int] = {}  # needle counts in the first 2 MB read: rarest first
            for file_no, path in enumerate(self.entry_files()):
                yield from self._sparse_records(file_no, path, needles, partial, ranked)
            return
        for file_no, path in enumerate(self.entry_files()):
            yield from self._file_records(file_no, path, needles, partial)

    def _file_records(self, file_no: int, path: Path, needles: list[bytes],
                      partial: bool = False) -> Iterator[Stored]:
        try:
            f = open(path, "rb")  # noqa: SIM115 - closed below, generator-safe
        except FileNotFoundError:
            return  # removed since listing
        except OSError as exc:
            self.warn(f"{path}: cannot read ({_reason(exc)})")
            return
        with f:
            if file_no >= 0:
                st = os.fstat(f.fileno())
                self._stats[file_no] = (st.st_ino, st.st_mtime_ns, st.st_size)
            offset = 0
            # lower-case the line only for needles with ASCII letters; test the first needle alone first
            fold = any(nd != nd.upper() for nd in needles)
            first, rest = (needles[0], needles[1:]) if needles else (b"", [])
            for n, line in enumerate(f, 1):
                start = offset
                offset += len(line)
                if needles and b"\\u" not in line:
                    low = line.lower() if fold else line
                    if first not in low or (rest and not all(nd in low for nd in rest)):
                        # cheap check that the skipped line is whole, so truncation is still reported
                        if line[:1] == b"{" and line.rstrip()[-1:] == b"}":
                            continue
                body = line.rstrip(b"\r\n")
                if not body.strip():
                    continue
                rec = _head(body) if partial else None
                if rec is None:
                    rec = self._decode(body, path, n)
                if rec is not None:
                    yield Stored(rec, body, file_no, start, n)

    def _sparse_records(self, file_no: int, path: Path, needles: list[bytes], partial: bool,
                        ranked: dict[bytes, int]) -> Iterator[Stored]:
        """`_file_records` with needles, faster: the file is read whole and only the lines holding its
        rarest needle are visited (found at C speed, not line by line); the same records in the same
        order. A damaged line is reported when it holds the needles (the line loop, used without
        needles, reports every one). A file with a `\\u` escape, or that does not end with `}` and a
        line end, is read by the line loop.
        """
        try:
            with open(path, "rb") as f:
                st = os.fstat(f.fileno())
                data = f.read()
        except FileNotFoundError:
            return  # removed since listing
        except OSError as exc:
            self.warn(f"{path}: cannot read ({_reason(exc)})")
            return
        # a backslash is rare in these files, so this costs one memchr pass instead of a search
        if not data.endswith(b"}\n") or (data.count(b"\\") and b"\\u" in data):
            yield from self._file_records(file_no, path, needles, partial)
            return
        self._stats[file_no] = (st.st_ino, st.st_mtime_ns, st.st_size)
        hay = data.lower() if any(nd != nd.upper() for nd in needles) else data
        if ranked.get(b"", 0) < 2_000_000:  # rank the needles on the first 2 MB, rarest first
            ranked[b""] = ranked.get(b"", 0) + len(hay)
            for nd in needles:
                ranked[nd] = ranked.get(nd, 0) + hay.count(nd)
            needles.sort(key=ranked.__getitem__)  # in place: the order holds for the rest of this scan
        rare, others = needles[0], needles[1:]
        line_no, counted = 1, 0  # the line number of the byte at `counted`
        pos = hay.find(rare)
        while pos >= 0:
            start = hay.rfind(b"\n", 0, pos) + 1
            end = hay.find(b"\n", pos)
            if not others or all(nd in hay[start:end] for nd in others):
                body = data[start:end]
                line_no += data.count(b"\n", counted, start)
                counted = start
                rec = _head(body) if partial else None
                if rec is None:
                    rec = self._decode(body, path, line_no)
                if rec is not None:
                    yield Stored(rec, body, file_no, start, line_no)
            pos = hay.find(rare, end + 1)

    def _decode(self, body: bytes, path: Path, n: int) -> dict[str, Any] | None:
        try:
            rec = orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            why = "truncated line" if body.rstrip()[-1:] != b"}" else f"corrupt line ({exc.msg})"
            self.warn(f"{path}:{n}: {why}, skipped")
            return None
        if not isinstance(rec, dict) or not isinstance(rec.get("id"), str) or not isinstance(rec.get("title"), str):
            self.warn(f"{path}:{n}: not an entry record, skipped")
            return None
        return rec

    def reader(self) -> LineReader:
        """Random access to lines found by an earlier `records()` scan of this Store object."""
        return LineReader(self)

    def issues(self) -> Iterator[Issue]:
        """Issue records of the issues whose entries file exists (the entries file is the authority)."""
        for path in self.entry_files():
            yield self.issue_for(path)

    def issue_for(self, entries_path: Path) -> Issue:
        """The Issue record stored next to an entries file, or a minimal one rebuilt from its entries."""
        ipath = self.issues_dir / (entries_path.stem + ".json")
        try:
            d = orjson.loads(ipath.read_bytes())
            if isinstance(d, dict) and d.get("issue_id"):
                return Issue.from_dict(d)
            self.warn(f"{ipath}: not an issue record, rebuilt from its entries")
        except FileNotFoundError:
            pass
        except (OSError, orjson.JSONDecodeError) as exc:
            self.warn(f"{ipath}: unreadable issue record ({exc}), rebuilt from its entries")
        first: dict[str, Any] = {}
        count = 0
        for s in self._file_records(-1, entries_path, []):
            first = first or s.record
            count += 1
        return Issue(issue_id=first.get("issue_id") or entries_path.stem, source=first.get("source") or "",
                     sha256="", issue_date=first.get("issue_date"), entry_count=count)


HEAD_KEYS = frozenset(("id", "issue_id", "seq", "kind", "section", "subsection", "title", "date", "date_end",
                       "issue_date"))
_HEAD_END = b',"persons":'


def _head(body: bytes) -> dict[str, Any] | None:
    """The keys before "persons" of a line written by `Store.put` (orjson, ENTRY_KEYS order), or None.

    Sound because `,"` cannot occur inside a JSON string (quotes there are escaped), so the first
    `,"persons":` is the top-level key; anything unexpected returns None and the line is decoded whole.
    """
    if body[-1:] != b"}":
        return None
    cut = body.find(_HEAD_END)
    if cut < 0:
        return None
    try:
        rec = orjson.loads(body[:cut] + b"}")
    except orjson.JSONDecodeError:
        return None
    if not isinstance(rec, dict) or not HEAD_KEYS.issubset(rec) or not isinstance(rec["id"], str):
        return None
    return rec


class LineReader:
    """Reads back lines by (file_no, offset, id) after a scan, even if a writer replaced a file since.

    Keeps up to `max_open` files open (default: 256, or a quarter of the process's file limit if that
    is lower): date order jumps between the issues of the same weeks, and reopening costs system time. When a file is no longer the one scanned (other inode, size or mtime),
    its records are looked up by id in the new version; an entry that has gone is skipped (None).
    """

    def __init__(self, store: Store, max_open: int | None = None) -> None:
        self.store = store
        if max_open is None:
            try:
                import resource

                soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
                max_open = 256 if soft == resource.RLIM_INFINITY else max(8, min(256, soft // 4))
            except (ImportError, ValueError, OSError):
                max_open = 32
        self.max_open = max_open
        self._open: dict[int, Any] = {}
        self._by_id: dict[int, dict[str, bytes]] = {}

    def get(self, file_no: int, offset: int, entry_id: str, length: int | None = None) -> bytes | None:
        """The line at `offset` (`length` bytes without its line end, if known), or the entry by id."""
        if file_no in self._by_id:
            return self._by_id[file_no].get(entry_id)
        f = self._open.pop(file_no, None)  # re-inserted below: least recently used first out
        if f is None:
            path = self.store.entry_files()[file_no]
            try:
                f = open(path, "rb")  # noqa: SIM115 - closed in close()
            except OSError:
                self._by_id[file_no] = {}
                return None
            st = os.fstat(f.fileno())
            if self.store._stats.get(file_no) != (st.st_ino, st.st_mtime_ns, st.st_size):
                index = {}
                with f:
                    for line in f:
                        body = line.rstrip(b"\r\n")
                        try:
                            rid = orjson.loads(body).get("id")
                        except (orjson.JSONDecodeError, AttributeError):
                            continue
                        index[rid] = body
                self._by_id[file_no] = index
                return index.get(entry_id)
            if len(self._open) >= self.max_open:
                self._open.pop(next(iter(self._open))).close()
        self._open[file_no] = f
        if length is not None:
            return os.pread(f.fileno(), length, offset)
        f.seek(offset)
        return f.readline().rstrip(b"\r\n")

    def close(self) -> None:
        for f in self._open.values():
            f.close()
        self._open.clear()

    def __enter__(self) -> LineReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
