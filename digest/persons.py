"""Persons: the people named in each entry (being written; see issue 5)."""

from __future__ import annotations

from pathlib import Path

from digest.model import Entry


def annotate(entries: list[Entry], names_file: str | Path | None = None) -> None:
    """Fill `persons` and `roles` on each entry. Placeholder until person recognition lands."""
    return None
