"""The person stages' tables, kept on disk between runs.

Person recognition reads a few MB of word lists and weights (data/words.txt, the scorer's weights and
character tables) into dicts and sets. Building them from the text files took 0.32 s of every
`digest parse` with persons on, more than parsing an issue itself; read back with `marshal` they take
0.11 s (measured 2026-12-05 on the machine of benchmarks/RESULTS.md).

`cached(name, build, sources)`  the value `build()` returns, read from the cache when a file there was
                                written for the same sources, code and Python, else built and written.

The value must be made of what `marshal` writes (dict, list, tuple, set, frozenset, str, int, float,
bool, None). A cached file is named by `name` and a key: the package's version, Python's cache tag
and marshal's version, the size and modification time of each source file in digest/data and of
each module of the package (an edited list or rule is a new key; the files of older keys are removed
when a new one is written).

Where: `DIGEST_CACHE_DIR`, else `$XDG_CACHE_HOME/digest`, else `~/.cache/digest`; `DIGEST_NO_CACHE=1`
turns the cache off. A directory that is not the user's own or that others may write to is not read
(marshal trusts its input). Nothing here fails a parse: a cache that cannot be read, written or
trusted is passed by, and the value built as if there were none.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import stat
import sys
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from digest import __version__
from digest.fsio import write_atomic

T = TypeVar("T")

__all__ = ["cache_dir", "cached"]


def cache_dir() -> Path | None:
    """The cache's directory (not created here), or None when the cache is off."""
    if os.environ.get("DIGEST_NO_CACHE", "") not in ("", "0"):
        return None
    given = os.environ.get("DIGEST_CACHE_DIR")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # (unset, or relative: the XDG spec says to ignore a relative one)
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "digest" if os.path.isabs(base) else None


def _key(name: str, paths: Iterable[str]) -> str | None:
    """The cache key of a value built from `paths` by this package's code, or None when a path is not
    a plain file (a zipped package)."""
    code = _code()
    if code is None:
        return None
    parts = [name, __version__, sys.implementation.cache_tag or "", str(marshal.version), *code]
    for p in paths:
        stamp = _stamp(p)
        if stamp is None:
            return None
        parts.append(stamp)
    return hashlib.sha1("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:20]


def _stamp(path: str) -> str | None:
    """A plain file's path, size and modification time, or None."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return f"{path}\0{st.st_size}\0{st.st_mtime_ns}" if stat.S_ISREG(st.st_mode) else None


@lru_cache(maxsize=1)
def _code() -> tuple[str, ...] | None:
    """The stamps of the package's modules (an edited rule or loader is a new key, whichever module it
    is in), read once a process for every table."""
    try:
        modules = sorted(e.path for e in os.scandir(os.path.dirname(os.path.abspath(__file__))) if e.name.endswith(".py"))
    except OSError:
        return None
    stamps = [_stamp(p) for p in modules]
    return None if any(x is None for x in stamps) else tuple(x for x in stamps if x is not None)


def _trusted(d: Path) -> bool:
    """Is the directory the user's own and closed to others' writes?"""
    try:
        st = os.stat(d)
    except OSError:
        return False
    owner_ok = not hasattr(os, "getuid") or st.st_uid == os.getuid()
    return stat.S_ISDIR(st.st_mode) and owner_ok and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _read(path: Path) -> tuple[bool, Any]:
    try:
        with open(path, "rb") as f:
            return True, marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        return False, None


def _write(d: Path, name: str, path: Path, value: Any) -> None:
    """Write the value's file (atomically) and remove the name's files of other keys."""
    try:
        data = marshal.dumps(value)
    except ValueError:
        return  # not a value marshal writes: kept in memory only
    with contextlib.suppress(OSError):
        d.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(d):
            return
        write_atomic(path, data)
        for old in d.glob(f"{name}-*.marshal"):
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()


def cached(name: str, build: Callable[[], T], sources: Iterable[str]) -> T:
    """`build()`, read from the cache if a file of the same key is there, else built and written
    (`sources`: the files of digest/data the value is built from)."""
    d = cache_dir()
    data = resources.files("digest").joinpath("data")
    key = _key(name, [str(data.joinpath(x)) for x in sources]) if d is not None else None
    if d is None or key is None:
        return build()
    path = d / f"{name}-{key}.marshal"
    if path.is_file() and _trusted(d):
        ok, value = _read(path)
        if ok:
            return value  # type: ignore[no-any-return]
    value = build()
    _write(d, name, path, value)
    return value
