"""Long-line benchmark (on demand, not in CI): every reading of a line must be linear in its length.

    python benchmarks/long_lines.py [--sizes 10000,100000]

Times `toc.page_line` on lines of leaders, spaces and text, a whole `digest parse` of a small issue
whose 目录 and body hold such lines, and person recognition on one line of varied Han text read as a
page without a 目录 (where a name is read wherever one may start: `namemodel._unjoined` once searched
the whole line at every offset, 1 / 2 / 4 MB in 3.2 / 8.3 / 30.9 s; 1.8 / 2.7 / 5.9 s since), and the
HTML reader on a page of size/10 boxes each nested in the one before (`<table><tr><td><div>…`: the
reader once read each box's whole subtree again, 10,000 levels in 15 s). Doubling the size should about double the time; a quadratic
pattern shows as x4 (the old leader pattern took 32 s on a line of 100,000 dots).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's digest, not an installed one

from digest.model import Entry  # noqa: E402
from digest.parse import WEAK_FLOOR, parse_source  # noqa: E402
from digest.persons import annotate  # noqa: E402
from digest.readers.html import read_html  # noqa: E402
from digest.source import Source, split_lines  # noqa: E402
from digest.toc import page_line  # noqa: E402

SHAPES = {
    "dots + page": lambda n: "标题" + "." * n + "7",
    "dots + word": lambda n: "标题" + "." * n + "x",
    "dots first": lambda n: "." * n + "标题7",
    "spaces + page": lambda n: "标题" + " " * n + "7",
    "ellipsis + (page)": lambda n: "标题" + "…" * n + "（12）",
}

ISSUE = """目录
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研{dots}1
徐衣显调研牡丹产业发展.....2
◆◆◆ 时 政 ◆◆◆
江凌到嵩县调研
11月3日，江凌到嵩县调研{text}。{tail}
徐衣显调研牡丹产业发展
11月5日，徐衣显调研。
"""


def best_of(fn, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    sizes = [int(x) for x in ap.parse_args().sizes.split(",")]
    print(f"{'line':<20}" + "".join(f"{n:>14,}" for n in sizes))
    for name, make in SHAPES.items():
        cells = []
        for n in sizes:
            line = make(n)
            cells.append(f"{best_of(lambda line=line: page_line(line)) * 1000:>11.2f} ms")
        print(f"{name:<20}" + "".join(cells), flush=True)
    cells = []
    for n in sizes:
        text = ISSUE.format(dots="…" * n, text="，调研" * (n // 3), tail="." * n)
        src = Source(path="long.txt", text=text, encoding="utf-8", sha256="", lines=split_lines(text))
        cells.append(f"{best_of(lambda src=src: parse_source(src, persons=False)) * 1000:>11.1f} ms")
    print(f"{'whole issue':<20}" + "".join(cells))
    rng = random.Random(1)
    han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]  # the commonest block: surnames and all
    cells = []
    for n in sizes:
        line = "".join(rng.choice(han) for _ in range(n))
        cells.append(f"{best_of(lambda line=line: annotate([Entry(title='', text=line)], weak=WEAK_FLOOR, clauses=True), 1) * 1000:>11.1f} ms")
    print(f"{'persons, one line':<20}" + "".join(cells))
    cells = []
    for n in sizes:
        page = ("<html><body>" + "<table><tr><td><div>青石市召开会议。" * (n // 10) + "</body></html>").encode()
        cells.append(f"{best_of(lambda page=page: read_html(page, 'deep.html'), 1) * 1000:>11.1f} ms")
    print(f"{'html, nested /10':<20}" + "".join(cells))


if __name__ == "__main__":
    main()
