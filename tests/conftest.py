"""Shared fixtures for the 目录-path tests: sample and gold paths, the shared scorer, small-issue helpers.

The gold files and the scorer live outside the repository, in `shared/` beside the checkout
(CI: a clean clone with `../shared`). They are found relative to the repository root; when they are
absent only the gold-comparison tests are skipped, with the reason saying where they were looked for.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from digest.parse import ParseResult, parse_source
from digest.source import Source, decode, split_lines

ROOT = Path(__file__).resolve().parents[1]
# the person tables' cache (digest.tables) in a directory of the run's own, never the user's ~/.cache
os.environ.setdefault("DIGEST_CACHE_DIR", tempfile.mkdtemp(prefix="digest-cache-"))
SAMPLES = ROOT / "samples"
# shared/ sits beside the checkout (CI: a clean clone with ../shared); DIGEST_SHARED may point elsewhere
SHARED = Path(os.environ.get("DIGEST_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
GOLD_DIR = SHARED / "gold"
SCORER_PATH = SHARED / "eval" / "score.py"

# The 目录 samples (the newspaper sample has its own tests in test_newspaper.py).
TOC_SAMPLES = sorted(SAMPLES.glob("luoyang-2023-*.txt"))
TOC_SAMPLE_IDS = [p.stem for p in TOC_SAMPLES]


def run_digest(*args: str, env: dict[str, str] | None = None, timeout: float = 180,
               cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m digest ARGS` as a subprocess, text mode, 120 columns, colour variables cleared."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full_env.update({"COLUMNS": "120", **(env or {})})
    return subprocess.run([sys.executable, "-m", "digest", *args], capture_output=True, text=True,
                          env=full_env, cwd=cwd or ROOT, timeout=timeout)


def _load_scorer() -> ModuleType | None:
    if not SCORER_PATH.is_file():
        return None
    spec = importlib.util.spec_from_file_location("digest_shared_score", SCORER_PATH)
    if spec is None or spec.loader is None:
        return None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("digest_shared_score", mod)
    spec.loader.exec_module(mod)
    return mod


SCORER = _load_scorer()


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    """The shared scorer module (its `score(gold, pred)` and `load(path)`); skips when shared/ is absent."""
    if SCORER is None:
        pytest.skip(f"shared scorer not found at {SCORER_PATH} (shared/ must sit beside the repository)")
    return SCORER


def gold_path(sample: Path) -> Path:
    return GOLD_DIR / f"{sample.stem}.jsonl"


@pytest.fixture
def private_store(tmp_path_factory, monkeypatch):
    """Never let a CLI test touch the user's store, even if it forgets --dry-run (use where the CLI runs)."""
    store = tmp_path_factory.mktemp("store")
    monkeypatch.setenv("DIGEST_STORE", str(store))
    monkeypatch.setenv("XDG_DATA_HOME", str(store))
    monkeypatch.setenv("NO_COLOR", "1")


def make_source(text: str, name: str = "t.txt", data: bytes | None = None) -> Source:
    """A Source for hand-written text, decoded the same way a file is."""
    raw = text.encode("utf-8") if data is None else data
    decoded, enc = decode(raw, name)
    decoded = decoded.lstrip("\ufeff")
    return Source(path=name, text=decoded, encoding=enc, sha256=hashlib.sha256(raw).hexdigest(),
                  lines=split_lines(decoded))


def named_persons(text: str) -> list[str]:
    """The persons `digest persons` lists for one line of free text (rules and scorer)."""
    from digest.persons import recognize

    return recognize([text])[0]["persons"]


def page_persons(text: str) -> list[str]:
    """The persons `digest parse` lists for one entry of a page without a 目录 (rules, weak anchors and
    clause starts, at the floor parse uses)."""
    from digest.model import Entry
    from digest.parse import WEAK_FLOOR
    from digest.persons import annotate

    e = Entry(title="", text=text)
    annotate([e], weak=WEAK_FLOOR, clauses=True)
    return e.persons


def parse_text(text: str, year: int | None = None, name: str = "t.txt") -> ParseResult:
    """Parse hand-written issue text (no person recognition: not what these tests are about)."""
    return parse_source(make_source(text, name), year=year, persons=False)


def entry_rows(text: str, name: str = "t.txt") -> list[tuple[str, str, str | None, str | None]]:
    """(kind, title, date, issue_date) of each entry of hand-written text, as `parse_text` reads it."""
    return [(e.kind, e.title, e.date, e.issue_date) for e in parse_text(text, name=name).entries]


def nows(s: str | None) -> str | None:
    """Whitespace removed: titles are kept 'as printed', spaces from PDF extraction included."""
    return None if s is None else "".join(s.split())


def by_title(result: ParseResult) -> dict[str, object]:
    return {nows(e.title): e for e in result.entries}


def toc_issue(masthead: str, sections: list[tuple[str, list[tuple[str, str]]]],
              leader: str = ".....") -> str:
    """A small issue: masthead, a 目录 with ◆ section lines, then the body with the same sections.

    `sections` is [(section name, [(title, body text), ...]), ...]; pages are numbered 1, 2, ...
    """
    toc = [masthead, "", "目录", ""]
    body = [""]
    page = 0
    for name, entries in sections:
        toc.append(f"◆◆◆ {name} ◆◆◆")
        body.append(f"◆◆◆ {name} ◆◆◆")
        for title, text in entries:
            page += 1
            toc.append(f"{title}{leader}{page}")
            body.append(title)
            body.append(text)
            body.append("")
        toc.append("")
    return "\n".join(toc + body) + "\n"


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """A store holding the four samples (parsed with persons) and a fresh index; treat it as read-only."""
    from digest import index
    from digest.parse import parse_path
    from digest.store import Store

    path = tmp_path_factory.mktemp("samples-store")
    st = Store.open(path)
    for f in sorted(SAMPLES.glob("*.txt")):
        res = parse_path(f)
        st.put(res.issue, res.entries)
    index.build(Store.open(path))
    return path


@pytest.fixture(scope="session")
def ref(sample_store: Path) -> dict[str, str]:
    """Ids in `sample_store`, looked up rather than written down (issue ids carry a content hash):
    may/aug/nov/paper: the issues' ids (and *_file: their entries file names), entry: the first
    entry of the November digest that names 江凌."""
    import json

    stems = {"luoyang-2023-05": "may", "luoyang-2023-08": "aug", "luoyang-2023-11": "nov",
             "yibin-2022-11-16": "paper"}
    out: dict[str, str] = {}
    for f in sorted((sample_store / "entries").glob("*.jsonl")):
        first = json.loads(f.read_text(encoding="utf-8").splitlines()[0])
        key = stems[Path(first["source"]).stem]
        out[key] = first["issue_id"]
        out[key + "_file"] = f.name
    for line in (sample_store / "entries" / out["nov_file"]).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if "江凌" in rec["persons"] and str(rec["date"] or "").startswith("2023-11"):
            out["entry"] = rec["id"]
            break
    return out


def put_issue(st: Any, issue_id: str, issue_date: str, rows: list[dict[str, Any]], sha256: str = "0") -> None:
    """Store one hand-made 目录 issue: `rows` are Entry keyword dicts, ids assigned, issue_date set on each."""
    from digest.model import Entry, Issue, assign_ids

    entries = [Entry(**r) for r in rows]
    assign_ids(issue_id, f"{issue_id}.txt", entries)
    for e in entries:
        e.issue_date = issue_date
    st.put(Issue(issue_id=issue_id, source=f"{issue_id}.txt", sha256=sha256, issue_date=issue_date,
                 layout="toc", entry_count=len(entries)), entries)


def traditional(s: str) -> str:
    """s in traditional characters: each simplified character of data/t2s.txt written as the first
    traditional character mapped to it that Big5 has (張 for 张; crude where several are, 髮 or 發, but real
    traditional text to the readers and recognizers, which see only what the table maps)."""
    from digest.text import _t2s

    def in_big5(ch: str) -> bool:
        try:
            ch.encode("cp950")
        except UnicodeEncodeError:
            return False
        return True

    table = _t2s()
    back: dict[int, str] = {}
    for trad, simp in sorted(table.items()):
        if in_big5(chr(trad)):  # only those Big5 has (群 stays, not 羣)
            back.setdefault(ord(simp), chr(trad))
    return s.translate(back)
