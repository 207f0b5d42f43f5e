"""Shell completion of option values (`digest --install-completion`): sections, subsections, persons,
issue ids and entry ids from the store the command line names (`--store`, else $DIGEST_STORE, else the
default), and the fixed choices (formats, sorts, kinds, --by keys, fields).

Each function takes the click context and the word being completed and returns the matching values;
a store that cannot be read completes nothing (completion never prints an error).
"""

import os
from collections.abc import Iterable
from pathlib import Path

import typer

_MAX = 200  # values offered at most


def _store(ctx: typer.Context):  # -> digest.store.Store | None
    from digest.store import Store, StoreError

    p = None
    c = ctx
    while c is not None and p is None:  # the command's --store, else the one before the subcommand
        p = (c.params or {}).get("store")
        c = c.parent
    try:
        st = Store.open(Path(p) if p else (Path(os.environ["DIGEST_STORE"]) if os.environ.get("DIGEST_STORE") else None))
    except StoreError:
        return None
    return st if st.exists() else None


def _starting(values: Iterable[str], incomplete: str) -> list[str]:
    out = []
    for v in dict.fromkeys(values):
        if v and v.startswith(incomplete):
            out.append(v)
            if len(out) >= _MAX:
                break
    return out


def _column(ctx: typer.Context, key: str) -> list[str]:
    from digest.query import Filters, scan

    st = _store(ctx)
    if st is None:
        return []
    try:
        recs = scan(st, Filters(), partial=key != "persons")
        if key == "persons":
            return [str(p) for s in recs for p in s.record.get("persons") or ()]
        return [str(s.record.get(key) or "") for s in recs]
    except Exception:  # completion must never fail loudly
        return []


def _most_common(values: list[str]) -> list[str]:
    from collections import Counter

    return [v for v, _ in Counter(values).most_common()]


def sections(ctx: typer.Context, incomplete: str) -> list[str]:
    """Section names in the store, the most used first."""
    return _starting(_most_common(_column(ctx, "section")), incomplete)


def subsections(ctx: typer.Context, incomplete: str) -> list[str]:
    return _starting(_most_common(_column(ctx, "subsection")), incomplete)


def persons(ctx: typer.Context, incomplete: str) -> list[str]:
    """Persons named in the store, the most named first."""
    return _starting(_most_common(_column(ctx, "persons")), incomplete)


def issues(ctx: typer.Context, incomplete: str) -> list[str]:
    st = _store(ctx)
    if st is None:
        return []
    try:
        return _starting((st.issue_for(p).issue_id for p in st.entry_files()), incomplete)
    except Exception:
        return []


def entry_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    return _starting(_column(ctx, "id"), incomplete) if len(incomplete) >= 2 else []


def formats(incomplete: str) -> list[str]:
    from digest.export import OUTPUT_FORMATS

    return _starting(OUTPUT_FORMATS, incomplete)


def sorts(incomplete: str) -> list[str]:
    from digest.export import SORTS

    return _starting(SORTS, incomplete)


def kinds(incomplete: str) -> list[str]:
    return _starting(("entry", "article", "quote", "block"), incomplete)


def by(incomplete: str) -> list[str]:
    return _starting(("month", "section", "subsection", "person", "issue"), incomplete)


def fields(incomplete: str) -> list[str]:
    """Field names; after a comma, the next name (id,da -> id,date)."""
    from digest.model import ENTRY_KEYS

    head, _, last = incomplete.rpartition(",")
    prefix = f"{head}," if head else ""
    return [prefix + k for k in ENTRY_KEYS if k.startswith(last)]
