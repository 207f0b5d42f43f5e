#!/usr/bin/env python3
"""Benchmark the document readers (on demand, not in CI): pages/s and MB/s for a 30-page PDF, and
Word / HTML for comparison, with peak memory.

    python benchmarks/formats.py [--runs 5] [--pages 30] [--plumber]

The 30-page PDF is cut from tests/fixtures/formats/luoyang-2023-05.pdf (a CJK digest typeset by
tools/make_fixtures.py) with PDFium's own page import, so nothing else is needed. Each measurement
runs in a fresh process (`python -c`), so start-up and imports are inside the time and the peak
resident memory (ru_maxrss) is that file's alone:

- read: `read_source` only (the reader: characters -> normalized lines)
- parse: `parse_path` with person recognition (what `digest parse` does per file, less printing)

pages/s and MB/s are from the median wall-clock time of the whole process; `cpu s` is its CPU time
(steadier on a shared machine).

`found` is what each mode produced: normalized lines (read), entries (parse), characters (plumber).
`--plumber` also times pdfplumber's character extraction (`page.chars` for every page) on the same
file, the alternative considered for the PDF reader: it finds no characters at all in fpdf2's CID
fonts (0 found), and on LibreOffice's PDFs it took 1.39 s of CPU for 20 pages where this reader took
0.27 s (`python benchmarks/formats.py --plumber --pdf FILE`).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "formats"

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
t0 = time.perf_counter()
c0 = time.process_time()
mode, path = sys.argv[1], sys.argv[2]
if mode == "read":
    from digest.source import read_source
    src = read_source(path)
    n = len(src.lines)
elif mode == "parse":
    from digest.parse import parse_path
    n = len(parse_path(path).entries)
else:
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        n = sum(len(p.chars) for p in pdf.pages)
dt = time.perf_counter() - t0
print(json.dumps({{"seconds": dt, "cpu": time.process_time() - c0, "n": n, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def cut_pdf(src: Path, pages: int, out: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(src))
    new = pdfium.PdfDocument.new()
    n = min(pages, len(doc))
    new.import_pages(doc, list(range(n)))
    new.save(str(out))
    return n


def run(mode: str, path: Path, runs: int) -> dict:
    code = CHILD.format(root=str(ROOT))
    rows = []
    for _ in range(runs):
        p = subprocess.run([sys.executable, "-c", code, mode, str(path)], capture_output=True, text=True,
                           check=True)
        rows.append(json.loads(p.stdout))
    secs = [r["seconds"] for r in rows]
    return {"median_s": statistics.median(secs), "min_s": min(secs),
            "cpu_s": statistics.median(r["cpu"] for r in rows), "rss_mb": max(r["rss_mb"] for r in rows),
            "n": rows[0]["n"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--plumber", action="store_true")
    ap.add_argument("--pdf", help="cut the pages from this PDF instead of the fixture")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cut = Path(tmp) / "cut.pdf"
        pages = cut_pdf(Path(args.pdf) if args.pdf else FIXTURES / "luoyang-2023-05.pdf", args.pages, cut)
        pdf = cut.rename(Path(tmp) / f"pdf-{pages}-pages.pdf")
        files = [("pdf", pdf, pages), ("docx", FIXTURES / "luoyang-2023-05.docx", None),
                 ("html", FIXTURES / "luoyang-2023-05.html", None), ("txt", ROOT / "samples" / "luoyang-2023-05.txt", None)]
        print(f"{'file':<26} {'mode':<7} {'median s':>9} {'min s':>7} {'cpu s':>6} {'pages/s':>8} {'MB/s':>6} "
              f"{'peak MB':>8} {'found':>7}")
        modes = ["read", "parse"] + (["plumber"] if args.plumber else [])
        for kind, path, n_pages in files:
            size_mb = path.stat().st_size / 1e6
            for mode in modes:
                if mode == "plumber" and kind != "pdf":
                    continue
                r = run(mode, path, args.runs)
                pps = f"{n_pages / r['median_s']:.1f}" if n_pages else ""
                name = f"{path.name} ({size_mb:.2f} MB)"
                print(f"{name:<26} {mode:<7} {r['median_s']:>9.2f} {r['min_s']:>7.2f} {r['cpu_s']:>6.2f} {pps:>8} "
                      f"{size_mb / r['median_s']:>6.2f} {r['rss_mb']:>8.0f} {r['n']:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
