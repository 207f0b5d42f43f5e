"""The optional index: a SQLite file beside the JSON lines that finds the candidate lines of a query.

The store's ``entries/*.jsonl`` files stay the only authority. The index is built from them
(`build`; after some issues were added or replaced, `build(full=False)` reads only those files again),
can be dropped and rebuilt at any time, and is used only while it is *fresh*: every
entries file it was built from is still there with the same inode, size, modification and change time
(ctime: an in-place edit of the same size with its mtime put back still changes it), and
no other entries file has appeared. Otherwise queries fall back to the scan. It never changes a
result: it only names candidate lines (a superset of the matches), which are then read, decoded and
checked by the very same `Filters.matches` as the scan.

Layout::

    STORE/index/index.sqlite   the index (written to a temporary file, then moved into place)
    STORE/index/.lock          serializes builders (readers take no lock)

Tables:

    meta(key, value)                      format version, build time, counts (entries, files, dead:
                                          rows of re-read or removed files still in the FTS5 table)
    files(fid, name, ino, size, mtime_ns, ctime_ns) the entries files it was built from, fid = position in
                                          name order (the order `Store.entry_files()` lists them)
    snap(names, stats)                    the same as two blobs (NUL-joined names; int64 quads
                                          ino, mtime_ns, size, ctime_ns) for a quick freshness check
    entry(eid, fid, off, line, h)         every entry line: file, byte offset, 1-based line number, and a
                                          64-bit hash of the line: every candidate read back is checked
                                          against it (a mismatch: the index is stale, the file is scanned)
                                          (an update deletes the rows of changed files; their FTS5
                                          documents stay, unreachable, until the next full build)
    fts(tokens)                           a contentless FTS5 table (tokenizer ``ascii``, detail=none);
                                          rowid = eid; one document per entry holding its tokens

Tokens of an entry (all different in length or shape, so they never collide):

    character bigrams  of the title, kicker, subtitle, text and each person name in the form the search compares them
                       (`fold`: whitespace between two non-ASCII characters removed, as
                       digest.query's term patterns skip it, then case-folded); a bigram is kept when
                       both its characters are non-ASCII or ASCII letters or digits (what the
                       ``ascii`` tokenizer keeps in one token). Bigrams find
                       2-character Chinese terms such as 江凌, which FTS5's default tokenizer (no
                       split inside a run of Chinese) and its trigram tokenizer (3+ characters) miss.
    ``zp<hex>``        each person (whitespace removed; hex of its UTF-8)
    ``zy<year>``       each year the entry's date span touches (``zyall`` beyond 40 years)
    ``zm<month>``      each month of the span when it names a month or a day

A query's terms become the AND of their bigrams, persons and year/month filters their tokens; all
other filters (and the exact test of everything) are applied to the decoded candidates. A term
with no bigram (one character, or only punctuation) narrows nothing; a query that nothing narrows
or that uses regular expressions is not answered by the index (`None`: scan).
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

import orjson

from digest.fsio import fsync_dir, locked, temp_name
from digest.model import entry_problem

if TYPE_CHECKING:
    import sqlite3

    from digest.query import Filters
    from digest.store import Store, Stored

FORMAT = "digest-index-5"  # 5: a kicker's and a subtitle's bigrams too
INDEX_NAME = "index.sqlite"
_BATCH = 5000
_MAX_YEARS = 40


class IndexError_(Exception):
    """The index cannot be built, read or removed. One-line message."""


@dataclass
class Status:
    """What `digest index status` reports."""

    path: str
    exists: bool
    fresh: bool
    reason: str            # why it is not fresh ("" when fresh)
    entries: int = 0
    files: int = 0
    bytes: int = 0
    built_at: str = ""         # the last full build
    build_seconds: float = 0.0
    updated_at: str = ""       # the last update (only changed files re-read), if any since
    update_seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def index_path(store: Store) -> Path:
    from digest.store import INDEX_DIR

    return store.path / INDEX_DIR / INDEX_NAME


# -- tokens ------------------------------------------------------------------------------------


# runs of characters the ``ascii`` tokenizer keeps together: non-ASCII, ASCII letters and digits
_RUNS = re.compile(r"[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]{2,}")


def fold(text: str) -> str:
    """The comparison form of a field: a term matches a field exactly when fold(term) is in fold(field)
    (digest.query.fold: digest.text.fold_text, then whitespace between non-ASCII characters removed)."""
    from digest.query import fold as query_fold

    return query_fold(text)


def term_fold(term: str) -> str:
    """fold() of a search term (stripped): the same function as for the fields."""
    return fold(term.strip())


def bigrams(text: str) -> set[str]:
    """The indexable bigrams of an already folded string."""
    out: set[str] = set()
    for run in _RUNS.findall(text):
        out.update(map(str.__add__, run, run[1:]))
    return out


def line_hash(body: bytes) -> int:
    """A signed 64-bit hash of a stored line (without its line end): what the index checks a candidate by."""
    import hashlib

    return int.from_bytes(hashlib.blake2b(body, digest_size=8).digest(), "big", signed=True)


def person_token(name: str) -> str:
    return "zp" + "".join(name.split()).encode("utf-8").hex()


def entry_tokens(rec: dict[str, Any]) -> set[str]:
    """Every token of one entry record (see the module docstring)."""
    from digest.query import MONTH, _months, record_span

    toks: set[str] = set()
    title = rec.get("title")
    if isinstance(title, str):
        toks |= bigrams(fold(title))
    for key in ("kicker", "subtitle", "text"):  # (a headline's other lines are searched as its text is)
        value = rec.get(key)
        if isinstance(value, str):
            toks |= bigrams(fold(value))
    for p in rec.get("persons") or ():
        p = str(p)
        toks |= bigrams(fold(p))
        toks.add(person_token(p))
    span = record_span(rec)
    if span is not None:
        y0, y1 = int(span.start[:4]), int(span.end[:4])
        if y1 - y0 >= _MAX_YEARS:
            toks.add("zyall")
        else:
            toks.update(f"zy{y}" for y in range(y0, y1 + 1))
        if span.precision >= MONTH:
            toks.update(f"zm{m}" for m in _months(span))
    return toks


def match_expression(filters: Filters) -> str | None:
    """The FTS5 query for these filters, or None when the index cannot narrow them."""
    if filters.regex:
        return None
    parts: list[str] = []
    for t in filters.terms:
        parts.extend(sorted(bigrams(term_fold(t))))
    for p in filters.persons:
        if p.strip():
            parts.append(person_token(p))
    years: set[int] = set()
    months: set[int] = set()
    if filters.year is not None:
        years.add(filters.year)
    if filters.month is not None:
        months.add(filters.month)
    if filters.date is not None:
        from digest.query import MONTH

        years.add(int(filters.date.start[:4]))
        if filters.date.precision >= MONTH:
            months.add(int(filters.date.start[5:7]))
    clauses = ['"' + p.replace('"', '""') + '"' for p in dict.fromkeys(parts)]
    for y in sorted(years):
        clauses.append(f'(zy{y} OR zyall)')
    for m in sorted(months):
        clauses.append(f"zm{m}")
    return " AND ".join(clauses) if clauses else None


# -- building ----------------------------------------------------------------------------------


def _entry_files(store: Store) -> list[tuple[str, os.stat_result]]:
    """(name, stat) of the entries files as `Store.entry_files()` lists them (sorted by name)."""
    out = []
    try:
        with os.scandir(store.entries_dir) as it:
            for de in it:
                if de.name.endswith(".jsonl") and not de.name.startswith("."):
                    try:
                        out.append((de.name, de.stat()))
                    except FileNotFoundError:
                        continue
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise IndexError_(f"cannot read store {store.path}: {exc.strerror}") from None
    out.sort()
    return out


def build(store: Store, on_progress: Callable[[int, int], None] | None = None, full: bool = True,
          on_wait: Callable[[str], None] | None = None) -> Status:
    """Build (or rebuild) the index of `store` from its entries files. Streams: memory stays flat.

    With `full=False` an existing index is brought up to date instead when only some files changed
    (at most a quarter): the entries of changed and removed files are dropped, changed and new files
    are indexed, the rest is kept; the file is rewritten through a copy, so readers see the old or
    the new index, never part of one. Too many changes, or too many dropped entries still taking
    room in the FTS5 table, make it a full build. Builders take turns (STORE/index/.lock): `on_wait`
    is told once, with a one-line message, when this one has waited a few seconds for another.

    Writers are not blocked: each file is read through one open descriptor whose stat is recorded,
    so a file replaced during the build only makes the index stale (the scan takes over), never wrong.
    """
    if not store.entries_dir.is_dir():
        raise IndexError_(f"no store at {store.path} (nothing to index)")
    d = index_path(store).parent
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise IndexError_(f"cannot create {d}: {exc.strerror}") from None
    import sqlite3

    t0 = time.perf_counter()
    tmp = temp_name(d / INDEX_NAME)
    try:
        lock = d / ".lock"
        with locked(lock, on_wait=None if on_wait is None
                    else lambda: on_wait(f"waiting for {lock} (another digest is building the index)…")):
            for junk in d.glob(f".{INDEX_NAME}.*.tmp"):
                with contextlib.suppress(OSError):
                    junk.unlink()
            if full or not _update(store, d / INDEX_NAME, tmp, t0):
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()  # what an abandoned update left
                _write(store, tmp, on_progress, t0)
            os.replace(tmp, d / INDEX_NAME)
            fsync_dir(d)
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise IndexError_(f"cannot build the index: {exc}") from None
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise IndexError_(f"cannot build the index in {d}: {exc.strerror or exc}") from None
    return status(store)


def _write(store: Store, tmp: Path, on_progress: Callable[[int, int], None] | None,
           t0: float) -> tuple[int, int]:
    import sqlite3

    con = sqlite3.connect(tmp, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA page_size=8192")
        con.execute("BEGIN")
        con.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")
        con.execute("CREATE TABLE files(fid INTEGER PRIMARY KEY, name TEXT, ino INT, size INT, mtime_ns INT, "
                    "ctime_ns INT)")
        con.execute("CREATE TABLE snap(names BLOB, stats BLOB)")
        con.execute("CREATE TABLE entry(eid INTEGER PRIMARY KEY, fid INT, off INT, line INT, h INT)")
        con.execute("CREATE VIRTUAL TABLE fts USING fts5(tokens, tokenize='ascii', detail=none, "
                    "content='', columnsize=0)")
        # the directory's mtime before listing it; after the pause, any later change to the listing
        # (every store write renames into the directory) gets a later mtime, whatever the clock's grain
        dst = os.stat(store.entries_dir)
        time.sleep(0.02)
        files = [name for name, _ in _entry_files(store)]
        read, eid = _index_files(con, store, files, lambda i: i, 0, on_progress)
        frows = [(fid, name, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
                 for fid, (name, st) in enumerate(read)]
        _write_files(con, frows)
        con.execute("INSERT INTO fts(fts) VALUES('optimize')")
        meta = {"format": FORMAT, "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "entries": str(eid), "files": str(len(frows)), "dead": "0",
                "build_seconds": f"{time.perf_counter() - t0:.2f}", "dir": _dir_key(dst, files, read)}
        con.executemany("INSERT INTO meta VALUES(?,?)", meta.items())
        con.execute("COMMIT")
        return eid, len(frows)
    finally:
        con.close()


def _dir_key(dst: os.stat_result, listed: list[str], read: list[tuple[str, os.stat_result]]) -> str:
    """The entries directory's identity recorded with the index (inode:mtime), or "" when a file listed
    for reading was not read (unreadable: a directory named x.jsonl, no permission): then every status
    check lists the directory again, finds that file not indexed, and the index stays stale (queries
    scan and warn) until it is readable and indexed."""
    if len(read) < len(listed):
        return ""
    return f"{dst.st_ino}:{dst.st_mtime_ns}"


def _index_files(con: sqlite3.Connection, store: Store, names: list[str], fid_of: Callable[[int], int],
                 last_eid: int, on_progress: Callable[[int, int], None] | None = None,
                 ) -> tuple[list[tuple[str, os.stat_result]], int]:
    """Index the entries of these files (the i-th read gets fid `fid_of(i)`), eids after `last_eid`.
    Returns the files read with the stat of what was read (vanished ones are left out), and the last eid."""
    eid = last_eid
    docs: list[tuple[int, str]] = []
    rows: list[tuple[int, int, int, int, int]] = []
    read: list[tuple[str, os.stat_result]] = []
    for name in names:
        path = store.entries_dir / name
        fid = fid_of(len(read))
        mine_rows: list[tuple[int, int, int, int, int]] = []
        mine_docs: list[tuple[int, str]] = []
        n_eid = eid
        try:
            with open(path, "rb") as f:
                st = os.fstat(f.fileno())
                off = 0
                for n, line in enumerate(f, 1):
                    start = off
                    off += len(line)
                    try:
                        rec = orjson.loads(line)
                    except orjson.JSONDecodeError:
                        continue  # the scan reports it; it can never match
                    if entry_problem(rec) is not None:
                        continue  # the scan reports it (FILE:LINE) and skips it; so does every query
                    n_eid += 1
                    mine_rows.append((n_eid, fid, start, n, line_hash(line.rstrip(b"\r\n"))))
                    mine_docs.append((n_eid, " ".join(entry_tokens(rec))))
        except FileNotFoundError:
            continue  # removed since listed: the index will be stale, which is safe
        except OSError as exc:  # a directory, no permission, an I/O error: the scan skips it the same way
            from digest.store import _reason

            store.warn(f"{path}: cannot read ({_reason(exc)})")
            continue  # left out, so the index is stale and queries scan (and warn) until it is fixed
        read.append((name, st))
        eid = n_eid
        rows.extend(mine_rows)
        docs.extend(mine_docs)
        if len(docs) >= _BATCH:
            con.executemany("INSERT INTO entry VALUES(?,?,?,?,?)", rows)
            con.executemany("INSERT INTO fts(rowid, tokens) VALUES(?,?)", docs)
            rows.clear()
            docs.clear()
            if on_progress is not None:
                on_progress(len(read), len(names))
    con.executemany("INSERT INTO entry VALUES(?,?,?,?,?)", rows)
    con.executemany("INSERT INTO fts(rowid, tokens) VALUES(?,?)", docs)
    if on_progress is not None:
        on_progress(len(names), len(names))
    return read, eid


def _write_files(con: sqlite3.Connection, frows: list[tuple[int, str, int, int, int, int]]) -> None:
    """The files table and its snapshot blobs, from (fid, name, ino, size, mtime_ns, ctime_ns) in fid order."""
    con.execute("DELETE FROM files")
    con.execute("DELETE FROM snap")
    con.executemany("INSERT INTO files VALUES(?,?,?,?,?,?)", frows)
    stats = array("q")
    for r in frows:
        stats.extend((r[2], r[4], r[3], r[5]))
    con.execute("INSERT INTO snap VALUES(?,?)", ("\0".join(r[1] for r in frows).encode("utf-8"), stats.tobytes()))


def _update(store: Store, path: Path, tmp: Path, t0: float) -> bool:
    """Bring a copy of the index at `path` up to date in `tmp`; False when a full build is the better
    (or the only) way: no usable index, more than a quarter of the files changed, too many dead rows."""
    import shutil
    import sqlite3

    if not path.is_file():
        return False
    shutil.copyfile(path, tmp)
    con = sqlite3.connect(tmp, isolation_level=None)
    try:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("format") != FORMAT:
            return False
        old = {r[1]: r for r in con.execute("SELECT fid, name, ino, size, mtime_ns, ctime_ns FROM files")}
        dst = os.stat(store.entries_dir)
        time.sleep(0.02)  # see _write
        current = _entry_files(store)
        same = {n for n, st in current
                if n in old and old[n][2:] == (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)}
        redo = [n for n, _ in current if n not in same]
        gone = [old[n][0] for n in old if n not in same]      # fids whose entries are dropped
        if len(redo) + len(gone) > max(16, len(current) // 4):
            return False
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("BEGIN")
        dead = int(meta.get("dead", "0"))
        live = int(meta.get("entries", "0"))
        con.execute("CREATE TEMP TABLE g(fid INTEGER PRIMARY KEY)")
        con.executemany("INSERT INTO g VALUES(?)", [(f,) for f in gone])
        n = con.execute("DELETE FROM entry WHERE fid IN (SELECT fid FROM g)").rowcount
        dead += n
        live -= n
        last = con.execute("SELECT max(eid) FROM entry").fetchone()[0] or 0
        last = max(last, int(meta.get("last_eid", "0")))
        # re-read files get provisional fids -1, -2, ... until the final order is known
        read, eid = _index_files(con, store, redo, lambda i: -(i + 1), last)
        fresh_stat = {name: (-(i + 1), st) for i, (name, st) in enumerate(read)}
        frows: list[tuple[int, str, int, int, int, int]] = []
        remap: list[tuple[int, int]] = []
        for name, _st in current:
            if name in same:
                fid, _, ino, size, mtime, ctime = old[name]
            elif name in fresh_stat:
                fid, st = fresh_stat[name]
                ino, size, mtime, ctime = st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns
            else:
                continue  # vanished while re-reading: left out, so the index is stale
            pos = len(frows)
            frows.append((pos, name, ino, size, mtime, ctime))
            if fid != pos:
                remap.append((fid, pos))
        con.execute("CREATE TEMP TABLE m(old INTEGER PRIMARY KEY, new INT)")
        con.executemany("INSERT INTO m VALUES(?,?)", remap)
        con.execute("UPDATE entry SET fid = (SELECT new FROM m WHERE m.old = entry.fid) "
                    "WHERE fid IN (SELECT old FROM m)")
        _write_files(con, frows)
        live += eid - last
        if dead > live // 2:
            return False  # the copy is thrown away
        meta.update({"updated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "entries": str(live),
                     "files": str(len(frows)), "dead": str(dead), "last_eid": str(eid),
                     "update_seconds": f"{time.perf_counter() - t0:.2f}",
                     "dir": _dir_key(dst, redo, read), "updated": str(len(redo))})
        con.execute("DELETE FROM meta")
        con.executemany("INSERT INTO meta VALUES(?,?)", meta.items())
        con.execute("COMMIT")
        return True
    except sqlite3.Error:
        return False
    finally:
        con.close()


def drop(store: Store) -> bool:
    """Remove the index (the store itself is untouched). True if there was one."""
    p = index_path(store)
    try:
        p.unlink()
        return True
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise IndexError_(f"cannot remove {p}: {exc.strerror}") from None


# -- reading -----------------------------------------------------------------------------------


class Index:
    """An open, fresh index. Use `open_fresh` to get one."""

    def __init__(self, con: sqlite3.Connection, names: list[str], stats: array) -> None:
        self.con = con
        self.names = names      # fid -> file name
        self.stats = stats      # ino, mtime_ns, size, ctime_ns of file fid at 4 * fid (as indexed)

    def close(self) -> None:
        self.con.close()

    def lookup(self, expression: str) -> list[tuple[int, int, int, int]]:
        """(fid, offset, line, hash) of every entry whose tokens satisfy the FTS5 `expression`, in store order."""
        sql = "SELECT e.fid, e.off, e.line, e.h FROM fts JOIN entry e ON e.eid = fts.rowid WHERE fts MATCH ?"
        hits = self.con.execute(sql, (expression,)).fetchall()
        hits.sort()  # eid order is file order only until an update appends re-read files
        return hits


def _connect(p: Path) -> sqlite3.Connection:
    import sqlite3

    con = sqlite3.connect(f"file:{p}?mode=ro", uri=True, check_same_thread=False)
    con.execute("PRAGMA query_only=ON")
    return con


def _check(store: Store, con: sqlite3.Connection) -> tuple[str, list[str], array]:
    """(why the index is stale, or "" when fresh; fid -> name; recorded stats) for an open index.

    Fresh: the entries files are exactly those indexed (by name; not listed again while the directory's
    mtime is the one recorded), each with the inode, mtime and size it had when it was read for the
    index. One stat per file, no read.
    """
    meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("format") != FORMAT:
        return f"index format {meta.get('format')!r}, expected {FORMAT!r} (rebuild it)", [], array("q")
    blob_names, blob_stats = con.execute("SELECT names, stats FROM snap").fetchone()
    names = blob_names.decode("utf-8").split("\0") if blob_names else []
    recorded = array("q")
    recorded.frombytes(blob_stats)
    d = store.entries_dir
    try:
        dst = os.stat(d)
        unchanged = meta.get("dir") == f"{dst.st_ino}:{dst.st_mtime_ns}"
    except FileNotFoundError:
        unchanged = False
    except OSError as exc:
        return f"cannot read {d}: {exc.strerror}", names, recorded
    if len(recorded) != 4 * len(names):
        return "the index's file list is damaged (rebuild it)", names, recorded
    try:
        # the same directory mtime: no file was added, removed or renamed into place since the build
        current = names if unchanged else sorted(
            n for n in os.listdir(d) if n.endswith(".jsonl") and not n.startswith("."))
    except FileNotFoundError:
        current = []
    except OSError as exc:
        return f"cannot list {d}: {exc.strerror}", names, recorded
    if current != names:
        extra = sorted(set(current) - set(names))
        gone = sorted(set(names) - set(current))
        what = f"{extra[0]} is not indexed" if extra else f"{gone[0]} is indexed but gone"
        return (f"{len(current)} entries files in the store, {len(names)} indexed ({what})", names, recorded)
    try:
        fd = os.open(d, os.O_RDONLY)
    except OSError:
        return "cannot open the entries directory", names, recorded
    try:
        stat = os.stat
        sts = [stat(n, dir_fd=fd) for n in names]
    except FileNotFoundError:
        return "an entries file was removed while checking", names, recorded
    except OSError as exc:
        return f"cannot check {d}: {exc.strerror}", names, recorded
    finally:
        os.close(fd)
    now = array("q", chain.from_iterable((s.st_ino, s.st_mtime_ns, s.st_size, s.st_ctime_ns) for s in sts))
    if now != recorded:
        i = next(k for k in range(min(len(now), len(recorded))) if now[k] != recorded[k]) // 4
        return f"{names[i]} changed since the index was built", names, recorded
    return "", names, recorded


def open_fresh(store: Store) -> Index | None:
    """The index of `store` if it exists and is fresh; None otherwise (missing, stale, unreadable)."""
    import sqlite3

    p = index_path(store)
    if not p.is_file():
        return None
    try:
        con = _connect(p)
        reason, names, recorded = _check(store, con)
    except (sqlite3.Error, IndexError_, OSError, TypeError, ValueError):
        return None
    if reason:
        con.close()
        return None
    return Index(con, names, recorded)


def status(store: Store) -> Status:
    """Exists? fresh? how big? (never raises for a damaged index: it reports it)."""
    p = index_path(store)
    st = Status(path=str(p), exists=p.is_file(), fresh=False, reason="")
    if not st.exists:
        st.reason = "no index (build it with `digest index build`)"
        return st
    import sqlite3

    st.bytes = p.stat().st_size
    try:
        con = _connect(p)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
            st.entries = int(meta.get("entries", 0))
            st.files = int(meta.get("files", 0))
            st.built_at = meta.get("built_at", "")
            st.build_seconds = float(meta.get("build_seconds", 0))
            st.updated_at = meta.get("updated_at", "")
            st.update_seconds = float(meta.get("update_seconds", 0))
            st.reason = _check(store, con)[0]
        finally:
            con.close()
    except (sqlite3.Error, ValueError, TypeError) as exc:
        st.reason = f"unreadable index ({exc}); rebuild it"
        return st
    st.fresh = not st.reason
    return st


def candidates(store: Store, filters: Filters) -> Iterator[Stored] | None:
    """The candidate records of `filters` through a fresh index, in store order; None: use the scan.

    Each candidate is read at its recorded offset from a file whose inode, size and mtime are still
    those indexed; a file changed since the freshness check is scanned whole instead (with the
    store's byte prefilter), so the caller, which applies `filters.matches`, sees every match.
    """
    if os.environ.get("DIGEST_NO_INDEX"):
        return None
    expr = match_expression(filters)
    if expr is None or not index_path(store).is_file():
        return None
    import sqlite3

    idx = open_fresh(store)
    if idx is None:
        return None
    try:
        hits = idx.lookup(expr)
    except sqlite3.Error:
        idx.close()
        return None
    names, recorded = idx.names, idx.stats
    idx.close()
    if any(not (0 <= h[0] < len(names)) or not isinstance(h[1], int) or h[1] < 0 for h in hits):
        store.warn("the search index is stale or damaged (it names a file or offset the store does not "
                   "have): scanning instead; run `digest index rebuild`")
        return None
    return _read(store, filters, hits, names, recorded)


class _Paths(Sequence[Path]):
    """The store's list of entries files, made from names the freshness check listed; a Path is made
    only for the files a query opens (11,000 Path objects cost more than the look-up)."""

    def __init__(self, d: Path, names: list[str]) -> None:
        self.d = d
        self.names = names

    def __len__(self) -> int:
        return len(self.names)

    @overload
    def __getitem__(self, i: int) -> Path: ...

    @overload
    def __getitem__(self, i: slice) -> list[Path]: ...

    def __getitem__(self, i: int | slice) -> Path | list[Path]:
        if isinstance(i, slice):
            return [self.d / n for n in self.names[i]]
        return self.d / self.names[i]


def _read(store: Store, filters: Filters, hits: list[tuple[int, int, int, int]], names: list[str],
          recorded: array) -> Iterator[Stored]:
    from digest.store import Stored

    if store._files is None:
        # the freshness check has just listed the entries files: the same list, sorted the same way
        store._files = _Paths(store.entries_dir, names)
    files = store.entry_files()
    same = isinstance(files, _Paths) and files.names is names
    file_no = {} if same else {p.name: i for i, p in enumerate(files)}
    needles = filters.needles()
    warned = False
    i = 0
    while i < len(hits):
        fid = hits[i][0]
        j = i
        while j < len(hits) and hits[j][0] == fid:
            j += 1
        no = fid if same else file_no.get(names[fid])
        if no is None:
            i = j
            continue
        path = files[no]
        try:
            f = open(path, "rb")  # noqa: SIM115 - closed by with below
        except FileNotFoundError:
            i = j
            continue
        with f:
            st = os.fstat(f.fileno())
            now = (st.st_ino, st.st_mtime_ns, st.st_size, st.st_ctime_ns)
            lines: list[tuple[int, int, bytes]] | None = []
            if now == tuple(recorded[4 * fid:4 * fid + 4]):
                for _fid, off, line, h in hits[i:j]:
                    body = os.pread(f.fileno(), 1 << 16, off)
                    nl = body.find(b"\n")
                    while nl < 0 and len(body) % (1 << 16) == 0 and body:
                        more = os.pread(f.fileno(), 1 << 20, off + len(body))
                        if not more:
                            break
                        body += more
                        nl = body.find(b"\n")
                    body = (body[:nl] if nl >= 0 else body).rstrip(b"\r")
                    if line_hash(body) != h:
                        if not warned:
                            store.warn(f"{path}:{line}: the search index is stale (this line changed since it "
                                       "was indexed): scanning the file; run `digest index build`")
                            warned = True
                        lines = None
                        break
                    lines.append((off, line, body))
            else:
                lines = None  # changed since the freshness check
            if lines is None:
                f.close()
                yield from store._file_records(no, path, needles)  # scan this file whole
                i = j
                continue
            store._stats[no] = now[:3]
            for off, line, body in lines:
                rec = store._decode(body, path, line)
                if rec is not None:
                    yield Stored(rec, body, no, off, line)
        i = j
