"""Stage 3: find and read the 目录 (being written)."""
from __future__ import annotations


def find_toc(blocks):
    return None
