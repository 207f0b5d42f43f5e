"""digest.tables: the person stages' tables kept on disk between runs. A value read back is the value
built; a changed source, a damaged file, a directory others may write to and a directory that cannot
be written are passed by (the value is built), and nothing here fails a parse."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from digest import tables


def _counting(value: object) -> tuple[list[int], object]:
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return value

    return calls, build


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "cache"
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(d))
    monkeypatch.delenv("DIGEST_NO_CACHE", raising=False)
    return d


VALUE = {"某词": "n", "另一词": "vd", "nested": ({"a": 1.5}, frozenset({"x", "y"}), [None, True])}


def test_built_once_then_read(cache: Path) -> None:
    calls, build = _counting(VALUE)
    assert tables.cached("toy", build, ("words.txt",)) == VALUE
    assert tables.cached("toy", build, ("words.txt",)) == VALUE
    assert len(calls) == 1
    files = list(cache.glob("toy-*.marshal"))
    assert len(files) == 1 and marshal.loads(files[0].read_bytes()) == VALUE


def test_key_follows_the_sources(tmp_path: Path) -> None:
    src = tmp_path / "list.txt"
    src.write_text("甲\n", encoding="utf-8")
    first = tables._key("toy", [str(src)])
    assert first is not None and tables._key("toy", [str(src)]) == first
    src.write_text("甲\n乙\n", encoding="utf-8")
    assert tables._key("toy", [str(src)]) not in (None, first)
    assert tables._key("other", [str(src)]) != tables._key("toy", [str(src)])
    assert tables._key("toy", [str(tmp_path / "missing.txt")]) is None
    assert tables._key("toy", [str(tmp_path)]) is None  # a directory is no source


def test_a_new_key_removes_the_older_files(cache: Path) -> None:
    cache.mkdir(mode=0o700)
    stale = cache / "toy-0000000000.marshal"
    stale.write_bytes(marshal.dumps({"old": "x"}))
    calls, build = _counting(VALUE)
    assert tables.cached("toy", build, ("words.txt",)) == VALUE
    assert calls == [1] and not stale.exists()


def test_a_damaged_file_is_built_again(cache: Path) -> None:
    calls, build = _counting(VALUE)
    tables.cached("toy", build, ("words.txt",))
    (path,) = cache.glob("toy-*.marshal")
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])  # cut short
    assert tables.cached("toy", build, ("words.txt",)) == VALUE
    path.write_bytes(b"\x00not marshal")
    assert tables.cached("toy", build, ("words.txt",)) == VALUE
    assert len(calls) == 3
    assert marshal.loads(path.read_bytes()) == VALUE  # written again whole


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="ownership checks need POSIX")
def test_a_directory_others_may_write_is_not_read(cache: Path) -> None:
    calls, build = _counting(VALUE)
    tables.cached("toy", build, ("words.txt",))
    (path,) = cache.glob("toy-*.marshal")
    path.write_bytes(marshal.dumps({"planted": "by someone else"}))
    cache.chmod(0o777)
    try:
        assert tables.cached("toy", build, ("words.txt",)) == VALUE
        assert marshal.loads(path.read_bytes()) == {"planted": "by someone else"}  # not written there either
    finally:
        cache.chmod(0o700)
    assert len(calls) == 2


def test_off_and_unwritable(cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls, build = _counting(VALUE)
    monkeypatch.setenv("DIGEST_NO_CACHE", "1")
    assert tables.cache_dir() is None
    assert tables.cached("toy", build, ("words.txt",)) == VALUE
    assert not cache.exists()
    monkeypatch.delenv("DIGEST_NO_CACHE")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(blocker / "cache"))
    assert tables.cached("toy", build, ("words.txt",)) == VALUE
    assert len(calls) == 2


def test_where_the_cache_is(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DIGEST_NO_CACHE", raising=False)
    monkeypatch.delenv("DIGEST_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert tables.cache_dir() == tmp_path / "xdg" / "digest"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # not absolute: the spec says to ignore it
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert tables.cache_dir() == tmp_path / "home" / ".cache" / "digest"
    monkeypatch.setenv("DIGEST_NO_CACHE", "0")
    assert tables.cache_dir() is not None


_TABLES = """
import hashlib, json
def canon(v):
    if isinstance(v, dict):
        return ("dict", [(k, canon(x)) for k, x in v.items()])  # (in order: the order is kept too)
    if isinstance(v, (set, frozenset)):
        return ("set", sorted(v))
    if isinstance(v, (list, tuple)):
        return (type(v).__name__, [canon(x) for x in v])
    return v
from digest.lexicon import word_flags, words
from digest.namemodel import model, stats
st = stats()
fields = {k: v for k, v in vars(st).items()}
fields["giv"] = (dict(st.giv), st.giv.listed)
out = {"word_flags": word_flags(), "words": words(), "model": (model().weights, model().threshold), **fields}
print(json.dumps({k: hashlib.sha1(repr(canon(v)).encode()).hexdigest() for k, v in out.items()}))
"""


def test_the_real_tables_read_back_as_built(tmp_path: Path) -> None:
    """word_flags, words, the scorer's stats and weights: built from the files (cache off), then with a
    cold cache (built and written), then read from it; the three alike, field by field."""
    def run(**env: str) -> dict[str, str]:
        full = {**os.environ, "DIGEST_CACHE_DIR": str(tmp_path / "c"), **env}
        full.pop("DIGEST_NO_CACHE", None) if "DIGEST_NO_CACHE" not in env else None
        out = subprocess.run([sys.executable, "-c", _TABLES], capture_output=True, text=True, env=full, check=True)
        return json.loads(out.stdout)

    built = run(DIGEST_NO_CACHE="1")
    assert not (tmp_path / "c").exists()
    cold = run()
    assert sorted(p.name.split("-")[0] for p in (tmp_path / "c").glob("*.marshal")) == ["model", "stats", "word_flags", "words"]
    warm = run()
    assert built == cold == warm
    assert {"word_flags", "words", "model", "giv", "cedict", "geo"} <= set(built)
