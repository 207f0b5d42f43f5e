"""Terminal rendering for `digest parse` and `digest check` (used only by the CLI).

Summaries and progress go to stderr when stdout carries JSON, so `digest parse --json | jq` stays clean.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from digest.model import Issue, ParseResult


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, no_color=bool(os.environ.get("NO_COLOR")), highlight=False)


BIG_FILE = 2_000_000  # bytes: a single file this big gets a progress line of its own


class _Progress:
    """A progress bar on stderr while many files (or one big file) are parsed on a terminal; nothing
    in a pipe."""

    def __init__(self, total: int, enabled: bool, files: list[str] | None = None) -> None:
        self._bar = None
        big = 0
        for f in (files or [])[:1] if total == 1 else ():
            try:
                big = os.path.getsize(f) if f != "-" else 0
            except OSError:
                big = 0
        if enabled and (total > 1 or big >= BIG_FILE) and sys.stderr.isatty():
            from rich.progress import Progress

            self._bar = Progress(console=_console(stderr=True), transient=True)
            self._bar.start()
            label = "parsing" if total > 1 else f"parsing {files[0]} ({big / 1e6:.0f} MB)"  # type: ignore[index]
            self._task = self._bar.add_task(label, total=total)

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def progress(total: int, enabled: bool = True, files: list[str] | None = None) -> _Progress:
    return _Progress(total, enabled, files)


def cap_warnings(warnings: list[str], per_kind: int = 3, total: int = 20) -> list[str]:
    """Warnings to show: at most `per_kind` of each kind (same text with the numbers taken out) and
    `total` in all, each cut kind followed by one line with how many more there were."""
    import re

    shown: list[str] = []
    kinds: dict[str, int] = {}
    for w in warnings:
        k = re.sub(r"\d+", "#", w[:60])
        kinds[k] = kinds.get(k, 0) + 1
        if kinds[k] <= per_kind and len(shown) < total:
            shown.append(w)
    more = len(warnings) - len(shown)
    if more:
        shown.append(f"... and {more} more warning(s) like these (all of them: digest check FILE)")
    return shown


def store_summary(puts: list[Any]) -> list[str]:
    """What `digest parse` did to the store (digest.store.PutResult per issue): new, replaced, unchanged."""
    if not puts:
        return []
    n = {k: sum(1 for p in puts if p.status == k) for k in ("new", "replaced", "unchanged")}
    lines = [f"store: {len(puts)} issue(s): {n['new']} new, {n['replaced']} replaced, "
             f"{n['unchanged']} unchanged (not rewritten)"]
    for p in puts:
        if p.status == "replaced":
            kept = f"; the previous version is kept in {p.previous.parent}" if p.previous else ""
            lines.append(f"replaced {p.issue_id}: {p.before} entries (from {p.before_source}) -> "
                         f"{p.after} entries{kept}")
    return lines


def print_parse_summary(issues: list[Issue], stored: bool, to_stderr: bool = False) -> None:
    from rich.table import Table

    con = _console(stderr=to_stderr)
    for iss in issues:
        head = (f"[bold]{iss.source}[/bold]  {iss.issue_id}  {iss.layout}  "
                f"{iss.entry_count} entries")
        if iss.layout == "toc":
            head += f"  目录 {iss.toc_matched}/{iss.toc_count} matched"
        con.print(head)
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        table.add_column("section")
        table.add_column("entries", justify="right")
        for name, n in iss.sections.items():
            table.add_row(name, str(n))
        con.print(table)
        if iss.warnings:
            con.print(f"[yellow]{len(iss.warnings)} warning(s)[/yellow]")
    if issues:
        total = sum(i.entry_count for i in issues)
        where = "stored" if stored else "not stored (--dry-run)"
        con.print(f"{len(issues)} issue(s), {total} entries, {where}")


def check_dict(res: ParseResult) -> dict[str, Any]:
    iss = res.issue
    return {
        "source": iss.source,
        "issue_id": iss.issue_id,
        "layout": iss.layout,
        "toc_lines": iss.toc_count,
        "toc_matched": iss.toc_matched,
        "entries": iss.entry_count,
        "assigned_share": round(res.assigned_share, 4),
        "problems": [{"line": p.line, "kind": p.kind, "severity": p.severity, "message": p.message}
                     for p in res.problems],
        "clean": not res.real_problems,
        "year": iss.meta.get("year_evidence"),
        "heading_rule": iss.meta.get("heading_rule"),
    }


def print_check(res: ParseResult) -> None:
    con = _console()
    d = check_dict(res)
    n_prob = sum(1 for p in d["problems"] if p["severity"] == "problem")
    n_note = len(d["problems"]) - n_prob
    status = "[green]clean[/green]" if d["clean"] else f"[red]{n_prob} problem(s)[/red]"
    if n_note:
        status += f", {n_note} note(s)"
    con.print(f"[bold]{d['source']}[/bold]  {d['issue_id']}  {status}")
    if d["layout"] == "toc":
        con.print(f"  目录 lines matched: {d['toc_matched']}/{d['toc_lines']}")
    con.print(f"  entries: {d['entries']}   body text assigned to entries: {d['assigned_share']:.1%}")
    ev = d.get("year")
    if ev:
        how = "strong" if ev.get("strong") else "WEAK"
        scores = ", ".join(f"{y}: {v:g}" for y, v in sorted(ev.get("scores", {}).items(), key=lambda kv: -kv[1])[:3])
        con.print(f"  year: {ev.get('year')} from {ev.get('source')} ({how}{'; ' + scores if scores else ''})",
                  markup=False)
    if d.get("heading_rule"):
        con.print(f"  sections: {d['heading_rule']}", markup=False)
    for p in d["problems"]:
        con.print(f"  line {p['line']:>5}  {p['severity']:<7} {p['kind']:<16} {p['message']}",
                  markup=False, soft_wrap=True)
