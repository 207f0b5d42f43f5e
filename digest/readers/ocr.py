"""Optional OCR for PDF pages without a text layer: `digest parse --ocr` (or DIGEST_OCR=1).

Each page without text is rendered by PDFium at 300 dpi and read by a local Tesseract with the
simplified-Chinese model (`tesseract-ocr` + `tesseract-ocr-chi-sim` on Debian); Tesseract's TSV output
gives each recognised line with its box, which becomes a segment like a text-layer line, so running
heads, columns and paragraphs are found the same way. Nothing is sent anywhere. Without Tesseract (or
its chi_sim data) `--ocr` is a one-line error saying what to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from digest.source import InputError

DPI = 300
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-chi-sim"


def requested() -> bool:
    return os.environ.get("DIGEST_OCR", "") not in ("", "0")


def engine(name: str) -> str:
    """The tesseract executable, or a one-line InputError saying what to install."""
    exe = shutil.which("tesseract")
    if not exe:
        raise InputError(f"{name}: --ocr needs Tesseract with Chinese ({INSTALL})")
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        langs = ""
    if "chi_sim" not in langs.split():
        raise InputError(f"{name}: --ocr needs Tesseract's chi_sim data ({INSTALL})")
    return exe


def ocr_page(pdf, index: int, exe: str, name: str) -> list:
    """Segments (digest.readers.pdf.Seg) of one page read by OCR, in page coordinates."""
    from digest.readers.pdf import Seg

    page = pdf[index]
    try:
        _width, height = page.get_size()
        bitmap = page.render(scale=DPI / 72, grayscale=True)
        w, h, stride = bitmap.width, bitmap.height, bitmap.stride
        raw = bytes(bitmap.buffer)
    finally:
        page.close()
    # a plain greyscale PGM (no imaging library needed): one byte a pixel, rows without padding
    rows = raw if stride == w else b"".join(raw[r * stride:r * stride + w] for r in range(h))
    with tempfile.TemporaryDirectory() as tmp:
        img = Path(tmp) / "page.pgm"
        img.write_bytes(f"P5 {w} {h} 255\n".encode() + rows)
        try:
            out = subprocess.run([exe, str(img), "stdout", "-l", "chi_sim", "--psm", "3", "tsv"],
                                 capture_output=True, text=True, timeout=300)
        except (OSError, subprocess.SubprocessError) as exc:
            raise InputError(f"{name}: OCR of page {index + 1} failed ({exc})") from None
    if out.returncode != 0:
        raise InputError(f"{name}: OCR of page {index + 1} failed ({out.stderr.strip()[:100]})")
    scale = 72 / DPI
    lines: dict[tuple[str, str, str], list[tuple[float, float, float, float, str]]] = {}
    for row in out.stdout.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, w, h = (float(v) for v in cols[6:10])
        lines.setdefault((cols[2], cols[3], cols[4]), []).append((left, top, w, h, cols[11].strip()))
    segs = []
    for words in lines.values():
        words.sort()
        chars: list[str] = []
        pos: list[tuple[float, float, bool]] = []
        for left, _top, w, _h, word in words:
            step = w / max(len(word), 1)
            for k, ch in enumerate(word):
                chars.append(ch)
                x0 = (left + k * step) * scale
                pos.append((x0, x0 + step * scale, False))
        x0 = words[0][0] * scale
        x1 = max(lf + w for lf, _t, w, _h, _w in words) * scale
        heights = sorted(h for _l, _t, _w, h, _x in words)
        size = heights[len(heights) // 2] * scale              # a tall glyph box is no bigger type
        bottoms = sorted(t + h for _l, t, _w, h, _x in words)
        base = height - bottoms[len(bottoms) // 2] * scale
        segs.append(Seg(chars, x0, x1, base, base + size, base - size * 0.2, size, 0, 0, False, pos))
    return segs
