"""The shape of the code (the developers' guide): the library's modules import one another without a
cycle at module level, and no module of the library prints (the CLI's output is digest.term's
console and the commands' own writes)."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "digest"


def _module_name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _top_level_imports(path: Path, modules: set[str]) -> set[str]:
    """The digest modules a module imports when it is imported (not those imported inside a function,
    which is how a module defers a heavy or optional dependency)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module in modules:
                out.add(node.module)
            for alias in node.names:  # from digest import namemodel
                if f"{node.module}.{alias.name}" in modules:
                    out.add(f"{node.module}.{alias.name}")
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names if alias.name in modules)
    return out


def _graph() -> dict[str, set[str]]:
    paths = sorted(PKG.rglob("*.py"))
    modules = {_module_name(p) for p in paths}
    return {_module_name(p): _top_level_imports(p, modules) - {_module_name(p)} for p in paths}


def test_no_import_cycle_among_the_librarys_modules() -> None:
    graph = _graph()
    assert "digest.nametext" in graph["digest.namerules"]  # the graph is read at all
    done: set[str] = set()

    def visit(m: str, path: list[str]) -> None:
        for n in sorted(graph[m]):
            assert n not in path + [m], "import cycle: " + " -> ".join(path[path.index(n):] + [m, n] if n in path
                                                                      else [m, n])
            if n not in done:
                visit(n, path + [m])
        done.add(m)

    for m in sorted(graph):
        if m not in done:
            visit(m, [])


def test_the_person_stages_import_in_one_direction() -> None:
    """lexicon <- bylines <- nametext <- namelists <- namerules <- weakanchors <- persons: each stage
    imports only the stages before it."""
    order = ["lexicon", "bylines", "nametext", "namelists", "namerules", "weakanchors", "persons"]
    graph = _graph()
    for k, stage in enumerate(order):
        later = {f"digest.{x}" for x in order[k + 1:]}
        assert not graph[f"digest.{stage}"] & later, (stage, graph[f"digest.{stage}"] & later)


def test_the_library_never_prints() -> None:
    printing = []
    for path in sorted(PKG.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
                printing.append(f"{path.name}:{node.lineno}")
    assert printing == []


def test_the_rules_table_of_contents_is_the_order_run_rules_runs_them() -> None:
    """digest.namerules' docstring lists the rules in the order `run_rules` calls them: the list is
    the recognizer's table of contents, so it must not drift from the code."""
    import re

    from digest import namerules

    listed: list[str] = []
    for line in (namerules.__doc__ or "").splitlines():
        m = re.match(r"    ([a-z_]+(?:, [a-z_]+)*)\s{2,}", line)
        if m:
            listed.extend(m.group(1).split(", "))
    tree = ast.parse((PKG / "namerules.py").read_text(encoding="utf-8"))
    run = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "run_rules")
    calls = sorted((node.lineno, node.col_offset, node.func.id.lstrip("_")) for node in ast.walk(run)
                   if isinstance(node, ast.Call) and isinstance(node.func, ast.Name))
    called: list[str] = []
    for _line, _col, name in calls:  # in the order of the source, each name once
        if name not in called and name not in ("Reader", "Found", "lexicon", "len", "enumerate", "drop_inner",
                                               "wholes_over_prefixes", "series_over_units",
                                               "column_over_runs"):  # (helpers, no rules)
            called.append(name)
    assert listed == called, (listed, called)
