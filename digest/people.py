"""People views over entry records (used by `digest people`; pure functions, no I/O, nothing printed):

`people_rows` -> [{name, entries, first, last, role}], most entries first; `companions(records, NAME)`
-> the same rows for the people in NAME's entries; `month_counts` -> [(YYYY-MM, n)] with empty months;
`bar_chart` -> text bars; `suggest` -> close names (rapidfuzz) for a name that matched nothing.
Recognition itself is digest.persons.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

__all__ = ["people_rows", "companions", "month_counts", "bar_chart", "suggest"]


def _rec_date(rec: dict[str, Any]) -> str | None:
    d = rec.get("date") or rec.get("issue_date")
    return d if isinstance(d, str) and d else None


def _rec_persons(rec: dict[str, Any]) -> list[str]:
    return ["".join(str(p).split()) for p in rec.get("persons") or () if str(p).strip()]


def people_rows(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per person named in `records`: {name, entries, first, last, role}, most entries first.

    `first`/`last` are the earliest and latest entry date (else issue date) among their entries,
    null when none is dated; `role` is the role printed with them most often, or null."""
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    roles: dict[str, Counter[str]] = {}
    for rec in records:
        d = _rec_date(rec)
        rec_roles = rec.get("roles") or {}
        for name in dict.fromkeys(_rec_persons(rec)):
            counts[name] += 1
            if d:
                if name not in first or d < first[name]:
                    first[name] = d
                if name not in last or d > last[name]:
                    last[name] = d
            role = rec_roles.get(name) if isinstance(rec_roles, dict) else None
            if role:
                roles.setdefault(name, Counter())[str(role)] += 1
    rows = [{"name": n, "entries": c, "first": first.get(n), "last": last.get(n),
             "role": roles[n].most_common(1)[0][0] if n in roles else None}
            for n, c in counts.items()]
    rows.sort(key=lambda r: (-r["entries"], r["name"]))
    return rows


def companions(records: Iterable[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """Who appears in the same entries as `name`: {name, entries, first, last, role} rows, most
    shared entries first (rows as `people_rows`, counted over `name`'s entries only)."""
    want = "".join(name.split())
    together = [rec for rec in records if want in _rec_persons(rec)]
    return [r for r in people_rows(together) if r["name"] != want]


def month_counts(records: Iterable[dict[str, Any]]) -> list[tuple[str, int]]:
    """(YYYY-MM, entries) for every month from the first to the last dated entry, empty months
    included; entries dated only by year are left out."""
    counts: Counter[str] = Counter()
    for rec in records:
        d = _rec_date(rec)
        if d and len(d) >= 7 and d[4] == "-":
            counts[d[:7]] += 1
    if not counts:
        return []
    lo, hi = min(counts), max(counts)
    y, m = int(lo[:4]), int(lo[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= hi:
        key = f"{y:04d}-{m:02d}"
        out.append((key, counts.get(key, 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def bar_chart(months: list[tuple[str, int]], width: int = 40) -> list[str]:
    """Text bars, one line a month: `2023-05 ████████████ 12`; the longest bar is `width` cells."""
    if not months:
        return []
    top = max(n for _, n in months) or 1
    out = []
    for key, n in months:
        cells = n * width / top
        full = int(cells)
        bar = "█" * full + ("▌" if cells - full >= 0.5 else "")
        if n and not bar:
            bar = "▏"
        out.append(f"{key} {bar} {n}".replace("  ", " "))
    return out


def suggest(name: str, known: Iterable[str], limit: int = 3) -> list[str]:
    """Names close to `name` (a typo, a missing character): rapidfuzz ratio >= 50, best first."""
    from rapidfuzz import fuzz, process

    want = "".join(name.split())
    got = process.extract(want, list(dict.fromkeys(known)), scorer=fuzz.ratio, limit=limit, score_cutoff=50)
    return [g[0] for g in got]
