"""The store: a directory of plain JSON-lines files that `digest parse` writes and every query reads.

Layout (everything UTF-8; nothing but these paths is read)::

    STORE/
      entries/<issue>.jsonl   the entry records of one issue, one JSON object per line, in body order,
                              exactly the keys of `Entry.to_dict()` (see digest.model). This path is the
                              authority: an issue is in the store when it exists. Written by `put` as a
                              symbolic link to the current version (older stores: a regular file).
      versions/<issue>/<gen>.jsonl, <gen>.json
                              one stored version: its entries and its `Issue` record; the current one
                              and the KEEP_VERSIONS - 1 before it (a replaced version stays recoverable)
      issues/<issue>.json     the issue record of an older store's regular entries file (read only)
      sources/<sha256>        the issue_id last stored from a file with these exact bytes: parsing the
                              same file again replaces that issue even if a newer parser names the
                              issue differently
      .lock                   writers' lock (fcntl.flock through digest.fsio.locked, never via a symlink)
      names.txt               optional user names file (read by person recognition)
      index/                  the optional search index (digest.index)

`<issue>` is the issue's `issue_id` (computed by the parser from the content: publication + issue
date, printed number, page, a web page's first title hashed; else date + hash of the titles: digest.identity),
with characters unsafe in file names written as %XX.

Location: `--store PATH`, else `$DIGEST_STORE`, else `$XDG_DATA_HOME/digest`, else
`~/.local/share/digest` (see `default_store_path`).

Guarantees (each has a test in tests/test_reliability.py or tests/test_store.py):
  * one step: `put` writes and fsyncs the version's two files, then one rename switches the entries
    link. A crash or a write error at any step leaves the old or the new version, never part of one;
    an error before the switch removes what was written and raises StoreError (one line).
  * honest: `put` returns a PutResult - new, replaced (entries before/after, where the old version is
    kept) or unchanged (same content, file name aside: nothing is written).
  * concurrent writers are serialized by an exclusive flock on `.lock`; readers take no lock.
  * reading streams line by line; every record is checked against the schema in digest.model; a
    corrupt, truncated or ill-typed line is reported as "FILE:LINE: ..." through `Store.warnings` /
    the `on_warning` callback and skipped; an issue record that disagrees with its entries is reported.

Readers: `Store.records(needles)` streams `Stored` records (the decoded dict, the raw line, and where it
lives). `needles` are byte strings that must all occur in the (ASCII-lowercased) raw line; lines
without them are skipped before any JSON decoding (see digest.query for how they are built).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from digest.fsio import LockError, LockTimeout, fsync_dir, locked, temp_name, write_atomic, write_temp
from digest.model import Entry, Issue, entry_problem, issue_problem
from digest.text import FOLD_TRAPS

ENTRIES_DIR = "entries"
ISSUES_DIR = "issues"
LOCK_FILE = ".lock"
NAMES_FILE = "names.txt"
INDEX_DIR = "index"
SOURCES_DIR = "sources"
VERSIONS_DIR = "versions"
KEEP_VERSIONS = 5   # per issue: the current version and the four before it

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


@dataclass
class PutResult:
    """What `Store.put` did: "new", "replaced" or "unchanged"; entries before (None: new) and after."""

    status: str
    issue_id: str
    before: int | None
    before_source: str | None
    after: int
    previous: Path | None = None   # where the replaced version is kept
    was: str | None = None         # the id the replaced version was stored under, when not issue_id


@dataclass
class _Current:
    count: int
    source: str | None
    fingerprint: str
    legacy: bool           # a regular file (the layout before versions/), not a link
    path: Path


_VOLATILE_ISSUE_KEYS = ("source", "parsed_at", "sha256", "encoding")  # the same issue, another file


def _fingerprint(entries: list[dict[str, Any]], issue: dict[str, Any]) -> str:
    """The content of a version, the file it came from and when it was parsed aside."""
    h = hashlib.sha256()
    for d in entries:
        h.update(orjson.dumps({k: v for k, v in d.items() if k != "source"}, option=orjson.OPT_SORT_KEYS))
    h.update(orjson.dumps({k: v for k, v in issue.items() if k not in _VOLATILE_ISSUE_KEYS},
                          option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS))
    return h.hexdigest()


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
        self.lock_timeout: float | None = None   # seconds a writer waits for the lock (None: for ever)
        self.on_lock_wait: Callable[[str], None] | None = None  # told once: `waiting for STORE/.lock (…)`
        self._files: list[Path] | None = None
        self._stats: dict[int, tuple[int, int, int]] = {}

    @classmethod
    def open(cls, path: Path | None, on_warning: Callable[[str], None] | None = None) -> Store:
        """The store at `path` (None: `default_store_path()`). Raises StoreError if it is not a directory."""
        p = Path(path).expanduser() if path is not None else default_store_path()
        if p.exists() and not p.is_dir():
            raise StoreError(f"store {p} is not a directory")
        if (p / ENTRIES_DIR).exists() and not (p / ENTRIES_DIR).is_dir():
            raise StoreError(f"store {p} is damaged: {p / ENTRIES_DIR} is not a directory")
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

    def version_dir(self, issue_id: str) -> Path:
        return self.path / VERSIONS_DIR / file_stem(issue_id)

    def put(self, issue: Issue, entries: list[Entry], family: str | None = None) -> PutResult:
        """Store one issue, replacing any earlier version of the same issue_id. Takes the lock.

        The same issue stored under another id (by an older parser) is replaced too, its id removed
        (its versions stay under versions/): the id last stored from the same bytes (`sources/`), and
        every stored id starting with `family` (digest.identity.family) whose record, identified again
        by today's rules (digest.identity.stored_id), is `issue.issue_id`.

        One atomic step: the version's two files are written (and fsync'ed) under versions/, then ONE
        rename switches `entries/<issue>.jsonl` (a symbolic link) to them. Any error before that rename
        removes what was written and raises StoreError: the store is as it was. The replaced version
        stays under versions/ (the last `KEEP_VERSIONS`). An issue whose content is the same as the
        stored one (the file name aside) is not rewritten: status "unchanged".
        """
        stem = file_stem(issue.issue_id)
        link = self.entries_dir / f"{stem}.jsonl"
        entry_dicts = [e.to_dict() for e in entries]
        entry_bytes = b"".join(orjson.dumps(d) + b"\n" for d in entry_dicts)
        issue_dict = issue.to_dict()
        sources = self.path / SOURCES_DIR
        real_sha = len(issue.sha256 or "") == 64 and all(c in "0123456789abcdef" for c in issue.sha256)
        source_path = sources / issue.sha256 if real_sha else None
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self.entries_dir.mkdir(exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create store {self.path}: {_reason(exc)}") from None
        written: list[Path] = []
        try:
            with self._lock():
                self._clean_temps()
                before = self._current(link)
                if before is not None and before.fingerprint == _fingerprint(entry_dicts, issue_dict):
                    self._files = None
                    if source_path is not None and not source_path.exists():
                        with contextlib.suppress(OSError):  # remember these bytes too (not needed: best effort)
                            source_path.parent.mkdir(exist_ok=True)
                            write_atomic(source_path, issue.issue_id.encode("utf-8"))
                    return PutResult("unchanged", issue.issue_id, before.count, before.source, len(entries))
                previous = self._source_issue(source_path)
                olds = self._predecessors(issue.issue_id, previous, family)
                own_legacy = before is not None and before.legacy
                if before is None and olds:
                    before = self._current(self.entries_dir / f"{file_stem(olds[0])}.jsonl")
                vdir = self.path / VERSIONS_DIR / stem
                vdir.mkdir(parents=True, exist_ok=True)
                gen = f"{time.time_ns():020d}"
                ventries, vissue = vdir / f"{gen}.jsonl", vdir / f"{gen}.json"
                issue_bytes = orjson.dumps(issue_dict, option=orjson.OPT_INDENT_2) + b"\n"
                for final, data in ((ventries, entry_bytes), (vissue, issue_bytes)):
                    tmp = write_temp(final, data)
                    written.append(tmp)
                    os.replace(tmp, final)
                    written[-1] = final
                if own_legacy:
                    self._keep_legacy(link, vdir, f"{int(gen) - 1:020d}")  # the replaced (old-layout) version stays recoverable
                fsync_dir(vdir)
                tmp_link = temp_name(link)
                with contextlib.suppress(FileNotFoundError):
                    tmp_link.unlink()
                os.symlink(os.path.relpath(ventries, self.entries_dir), tmp_link)
                written.append(tmp_link)
                os.replace(tmp_link, link)  # the one step that switches the issue to its new version
                written.clear()
                fsync_dir(self.entries_dir)
                for old in olds:
                    self._retire(old)
                self._after_commit(issue.issue_id, stem, previous, source_path)
        except OSError as exc:
            for p in written:
                with contextlib.suppress(OSError):
                    p.unlink()
            raise StoreError(f"cannot write to store {self.path}: {_reason(exc)}") from None
        self._files = None
        if before is None:
            return PutResult("new", issue.issue_id, None, None, len(entries))
        return PutResult("replaced", issue.issue_id, before.count, before.source, len(entries),
                         before.path, olds[0] if olds and olds[0] != issue.issue_id else None)

    def _predecessors(self, issue_id: str, previous: str | None, family: str | None) -> list[str]:
        """The ids this issue is stored under besides `issue_id`: the one last stored from the same bytes,
        and those of its family an older parser named (a stored id starting with `family` whose record
        the rules of today name `issue_id`: `梧桐政务信息-2024-05` holding No. 21 is
        `梧桐政务信息-2024-05-no21`, never `-no22`)."""
        from digest.identity import stored_id

        out: list[str] = []
        if previous and previous != issue_id and self.entries_path(previous).exists():
            out.append(previous)
        if not family:
            return out
        start = file_stem(family)
        own = self.entries_path(issue_id).name
        try:
            candidates = sorted(p for p in self.entries_dir.glob("*.jsonl")
                                if p.name.startswith(start) and p.name != own and not p.name.startswith("."))
        except OSError:
            return out
        for path in candidates:
            record, dicts = self._stored(path)
            old = record.get("issue_id") if isinstance(record.get("issue_id"), str) else None
            if old and old not in out and file_stem(old) == path.stem and stored_id(record, dicts) == issue_id:
                out.append(old)
        return out

    def _stored(self, path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The issue record and entry dicts of one entries file (unreadable lines left out; {} and [] when unreadable)."""
        dicts: list[dict[str, Any]] = []
        try:
            for line in path.read_bytes().splitlines():
                with contextlib.suppress(orjson.JSONDecodeError):
                    d = orjson.loads(line)
                    if isinstance(d, dict):
                        dicts.append(d)
            record_path = self.record_path(path)
            record = orjson.loads(record_path.read_bytes()) if record_path else {}
        except (OSError, orjson.JSONDecodeError):
            return {}, dicts
        return (record if isinstance(record, dict) else {}), dicts

    def _retire(self, old_id: str) -> None:
        """Remove an issue now stored under another id: its entries link goes, its versions stay (an
        old-layout regular file is first linked into versions/ as a replaced version is)."""
        stem = file_stem(old_id)
        link = self.entries_dir / f"{stem}.jsonl"
        with contextlib.suppress(OSError):
            if link.exists() and not link.is_symlink():
                vdir = self.path / VERSIONS_DIR / stem
                vdir.mkdir(parents=True, exist_ok=True)
                self._keep_legacy(link, vdir, f"{time.time_ns():020d}")
        with contextlib.suppress(OSError):
            link.unlink()
        with contextlib.suppress(OSError):
            (self.issues_dir / f"{stem}.json").unlink()

    def _current(self, link: Path) -> _Current | None:
        """What is stored now under this entries path (None: nothing)."""
        try:
            data = link.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            return None
        dicts = []
        for line in data.splitlines():
            try:
                d = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if isinstance(d, dict):
                dicts.append(d)
        record_path = self.record_path(link)
        try:
            issue_dict = orjson.loads(record_path.read_bytes()) if record_path else {}
        except (OSError, orjson.JSONDecodeError):
            issue_dict = {}
        source = dicts[0].get("source") if dicts and isinstance(dicts[0].get("source"), str) else None
        target = link.resolve() if link.is_symlink() else link
        return _Current(len(dicts), source, _fingerprint(dicts, issue_dict if isinstance(issue_dict, dict) else {}),
                        not link.is_symlink(), target)

    def _keep_legacy(self, link: Path, vdir: Path, gen: str) -> None:
        """Hard-link an old-layout entries file (and copy its issue record) into versions/ before it is replaced."""
        old_issue = self.issues_dir / (link.stem + ".json")
        try:
            os.link(link, vdir / f"{gen}.jsonl")
        except FileExistsError:
            pass
        except OSError:  # no hard links here: a copy
            write_atomic(vdir / f"{gen}.jsonl", link.read_bytes())
        with contextlib.suppress(FileNotFoundError):
            write_atomic(vdir / f"{gen}.json", old_issue.read_bytes())

    def _after_commit(self, issue_id: str, stem: str, previous: str | None, source_path: Path | None) -> None:
        """Tidy-up after the switch; none of it is needed for the issue to be whole, so errors are ignored."""
        with contextlib.suppress(OSError):
            (self.issues_dir / f"{stem}.json").unlink()  # an old-layout record: now superseded
        if previous and previous != issue_id:
            # the same bytes were stored before under another issue_id: that was this issue
            with contextlib.suppress(OSError):
                (self.entries_dir / f"{file_stem(previous)}.jsonl").unlink()
            with contextlib.suppress(OSError):
                (self.issues_dir / f"{file_stem(previous)}.json").unlink()
        if source_path is not None and previous != issue_id:
            with contextlib.suppress(OSError):
                source_path.parent.mkdir(exist_ok=True)
                write_atomic(source_path, issue_id.encode("utf-8"))
        with contextlib.suppress(OSError):
            self._prune(self.path / VERSIONS_DIR / stem)

    def _prune(self, vdir: Path) -> None:
        """Keep the current version and the KEEP_VERSIONS - 1 newest others."""
        link = self.entries_dir / f"{vdir.name}.jsonl"
        current = link.resolve().stem if link.is_symlink() else None
        gens = sorted({p.stem for p in vdir.iterdir() if not p.name.startswith(".")}, reverse=True)
        others = [g for g in gens if g != current]
        for g in others[KEEP_VERSIONS - 1:]:
            for ext in (".jsonl", ".json"):
                with contextlib.suppress(FileNotFoundError):
                    (vdir / (g + ext)).unlink()

    @staticmethod
    def _source_issue(source_path: Path | None) -> str | None:
        """The issue_id last stored from the same bytes, if any."""
        if source_path is None:
            return None
        try:
            return source_path.read_text(encoding="utf-8").strip() or None
        except (OSError, UnicodeDecodeError):
            return None

    def delete(self, issue_id: str) -> bool:
        """Remove one issue from the store (one unlink; its versions stay under versions/). True if it was there."""
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
        lock = self.path / LOCK_FILE
        tell = self.on_lock_wait
        cm = locked(lock, timeout=self.lock_timeout,
                    on_wait=None if tell is None else lambda: tell(f"waiting for {lock} (another digest is writing)…"))
        try:
            cm.__enter__()
        except LockTimeout:
            raise StoreError(f"gave up waiting for {lock} after {self.lock_timeout:g} s "
                             f"(another digest is writing)") from None
        except LockError as exc:
            raise StoreError(f"cannot lock the store: {exc.strerror}") from None
        except OSError as exc:
            raise StoreError(f"cannot write to store {self.path}: {_reason(exc)}") from None
        try:
            yield
        finally:
            cm.__exit__(None, None, None)

    def _clean_temps(self) -> None:
        """Remove temporary files left by killed writers (safe: we hold the writers' lock)."""
        dirs = [self.entries_dir, self.issues_dir, self.path / SOURCES_DIR]
        with contextlib.suppress(OSError):
            dirs += [d for d in (self.path / VERSIONS_DIR).iterdir() if d.is_dir()]
        for d in dirs:
            with contextlib.suppress(OSError):
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
            if path.is_symlink():
                self.warn(f"{path}: points to a missing version ({os.readlink(path)}), skipped")
            return  # else removed since listing
        except OSError as exc:
            self.warn(f"{path}: cannot read ({_reason(exc)})")
            return
        with f:
            if file_no >= 0:
                st = os.fstat(f.fileno())
                self._stats[file_no] = (st.st_ino, st.st_mtime_ns, st.st_size)
            offset = 0
            letters = any(bytes(nd).lower() != bytes(nd).upper() for nd in needles)  # ASCII letters in a needle
            first, rest = (needles[0], needles[1:]) if needles else (b"", [])  # the first needle alone first
            for n, line in enumerate(f, 1):
                start = offset
                offset += len(line)
                if needles and b"\\u" not in line:
                    low = line.lower() if letters else line
                    if ((first not in low or (rest and not all(nd in low for nd in rest)))
                            and not (letters and FOLD_TRAPS.search(line))):
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
            yield from self._file_records(file_no, path, needles, partial)  # says why, if it should
            return
        except OSError as exc:
            self.warn(f"{path}: cannot read ({_reason(exc)})")
            return
        letters = any(nd != nd.upper() for nd in needles)
        # a backslash is rare in these files, so this costs one memchr pass instead of a search; a file
        # with a character that folds to ASCII letters (digest.text.FOLD_TRAPS) takes the line loop too
        if (not data.endswith(b"}\n") or (data.count(b"\\") and b"\\u" in data)
                or (letters and FOLD_TRAPS.search(data))):
            yield from self._file_records(file_no, path, needles, partial)
            return
        self._stats[file_no] = (st.st_ino, st.st_mtime_ns, st.st_size)
        hay = data.lower() if letters else data
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
        why = entry_problem(rec)
        if why is not None:
            self.warn(f"{path}:{n}: {why}, skipped")
            return None
        return rec

    def decode_line(self, body: bytes, path: Path | str, n: int) -> dict[str, Any] | None:
        """One stored line decoded and checked against the entry schema; a bad one is reported and None."""
        return self._decode(body, Path(path), n)

    def reader(self) -> LineReader:
        """Random access to lines found by an earlier `records()` scan of this Store object."""
        return LineReader(self)

    def issues(self) -> Iterator[Issue]:
        """Issue records of the issues whose entries file exists (the entries file is the authority)."""
        for path in self.entry_files():
            yield self.issue_for(path)

    def record_path(self, entries_path: Path) -> Path | None:
        """Where the issue record of an entries file is: beside its version, or (old layout) in issues/."""
        if entries_path.is_symlink():
            try:
                target = os.readlink(entries_path)
            except OSError:
                return None
            return (entries_path.parent / target).with_suffix(".json")
        return self.issues_dir / (entries_path.stem + ".json")

    def issue_for(self, entries_path: Path) -> Issue:
        """The Issue record of an entries file (checked against its entries), or one rebuilt from them.

        A record that does not agree with the entries (count, issue id or source: a torn issue or a hand
        edit) is reported as a warning; the entries stay the authority and the counts are theirs.
        """
        first: dict[str, Any] = {}
        count = 0
        try:
            data = entries_path.read_bytes()
        except OSError:
            data = b""
        lines = [line for line in data.split(b"\n") if line.strip()]
        count = len(lines)  # counted, not decoded (fast); decoded below only when the record disagrees
        for line in lines:
            try:
                rec = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if entry_problem(rec) is None:
                first = rec
                break

        def exact() -> int:  # the valid entries (bad lines are reported by the scan, not here)
            n = 0
            for line in lines:
                try:
                    n += entry_problem(orjson.loads(line)) is None
                except orjson.JSONDecodeError:
                    pass
            return n

        ipath = self.record_path(entries_path)
        d: Any = None
        if ipath is not None:
            try:
                d = orjson.loads(ipath.read_bytes())
            except FileNotFoundError:
                d = None
            except (OSError, orjson.JSONDecodeError) as exc:
                self.warn(f"{ipath}: unreadable issue record ({exc}), rebuilt from its entries")
                d = None
        if d is not None:
            why = issue_problem(d)
            if why is not None:
                self.warn(f"{ipath}:1: {why}, rebuilt from its entries")
            else:
                issue = Issue.from_dict(d)
                src = first.get("source")
                mismatch = []
                if count != issue.entry_count:
                    count = exact()
                if count != issue.entry_count:
                    mismatch.append(f"says {issue.entry_count} entries, the entries file holds {count}")
                if first and first.get("issue_id") != issue.issue_id:
                    mismatch.append(f"names issue {issue.issue_id!r}, the entries {first.get('issue_id')!r}")
                if first and isinstance(src, str) and issue.source and src != issue.source:
                    mismatch.append(f"names source {issue.source!r}, the entries {src!r}")
                if mismatch:
                    self.warn(f"{ipath}: issue record does not match {entries_path.name} ("
                              + "; ".join(mismatch) + "): torn or edited issue")
                    issue.entry_count = count
                return issue
        return Issue(issue_id=first.get("issue_id") or entries_path.stem, source=first.get("source") or "",
                     sha256="", issue_date=first.get("issue_date"), entry_count=exact())


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
    if not isinstance(rec, dict) or not HEAD_KEYS.issubset(rec) or entry_problem(rec) is not None:
        return None  # decoded whole, and reported there
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
