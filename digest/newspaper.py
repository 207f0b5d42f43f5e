"""No-目录 path: district newspapers (being written; see issue 6)."""

from __future__ import annotations

from digest.blocks import Block
from digest.model import Entry, Issue
from digest.source import Source


def parse_newspaper(src: Source, blocks: list[Block]):
    """Placeholder: one record per block until the newspaper parser lands."""
    from digest.parse import ParseResult

    issue = Issue(issue_id="", source=src.path, sha256=src.sha256, encoding=src.encoding, layout="blocks")
    entries = [Entry(title=b.text[:30], text=b.text, kind="block", line_start=b.line, line_end=b.line)
               for b in blocks]
    issue.warnings.append("no 目录 and no recognizable headlines: one record per paragraph")
    return ParseResult(issue=issue, entries=entries)
