"""Generate an archive-sized corpus for the benchmarks (run on demand; never in CI).

Two kinds of data, both under benchmarks/data/ (git-ignored):

* ``store``  a store directory in the layout `digest.store` reads
  (``entries/<issue_id>.jsonl`` + ``issues/<issue_id>.json``), written directly from real records of
  the samples: many issues of many cities, months and years shifted, entries drawn and shuffled across
  the three monthly digests (about 100 entries an issue, as in the real ones) plus newspaper issues,
  person names substituted from a pool (about half the names of each issue are replaced, the rest, such
  as 江凌 and 徐衣显, kept), dates in fields and text moved to the new month.
* ``source`` mutated copies of ``samples/*.txt`` (years, months, city and person names changed) for the
  parse-throughput run.

Seed records come from the parser (``digest.parse.parse_path`` on each sample) when it yields entries
with text; otherwise (``--seed-from gold``) from /work/shared/gold/*.jsonl, with each entry's text cut
out of the sample between its ``body_head`` and ``body_tail``.

    python benchmarks/generate.py store --entries 100000 [--out benchmarks/data/store-100k]
    python benchmarks/generate.py source --mb 20 [--out benchmarks/data/src-20mb]

The output is deterministic for a given ``--seed`` and seed records.
"""

from __future__ import annotations

import argparse
import calendar
import random
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = Path("/work/shared/gold")
DATA = ROOT / "benchmarks" / "data"

CITIES = (
    "洛阳 开封 郑州 南阳 新乡 安阳 焦作 许昌 漯河 商丘 信阳 周口 鹤壁 濮阳 济源 宜宾 泸州 绵阳 德阳 "
    "襄阳 宜昌 荆州 十堰 赣州 九江 上饶 吉安 芜湖 蚌埠 淮南 徐州 常州 无锡 扬州 镇江 泰州 盐城 淮安 "
    "宿迁 连云港 温州 嘉兴 湖州 绍兴 金华 台州 丽水 衢州 舟山 泉州"
).split()
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰新春海波宁斌鹏飞云峰晓文辉力宏亮林荣凯庆东升宇浩瑞嘉欣怡雪梅兵松振光德福昌永安顺彬博然卓越思远"
# Replaced months in text: "11月6日", "11 月 6 日".
_MONTH_DAY = re.compile(r"(?<!\d)(1[0-2]|[1-9])(\s*月\s*)(3[01]|[12]\d|[1-9])(\s*日)")
_YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(\s*年)")


# --------------------------------------------------------------------------------------------------
# Seed records


def _compact(s: str) -> str:
    return re.sub(r"[\s#*>|]+", "", s)


def _gold_seed() -> list[dict[str, Any]]:
    """Entry dicts from the gold files, with text cut out of the sample between body_head and body_tail."""
    out: list[dict[str, Any]] = []
    for gold in sorted(GOLD.glob("*.jsonl")):
        sample = SAMPLES / (gold.stem + ".txt")
        if not sample.is_file():
            continue
        lines = sample.read_text(encoding="utf-8").splitlines()
        # compact text with a map back to the line of each character
        chars: list[str] = []
        line_of: list[int] = []
        for n, line in enumerate(lines, 1):
            c = _compact(line)
            chars.append(c)
            line_of.extend([n] * len(c))
        flat = "".join(chars)
        pos = 0
        for raw in gold.read_text(encoding="utf-8").splitlines():
            g = orjson.loads(raw)
            head, tail = _compact(g.get("body_head") or ""), _compact(g.get("body_tail") or "")
            i = flat.find(head, pos) if head else -1
            j = flat.find(tail, i) if i >= 0 and tail else -1
            if i < 0 or j < 0:
                continue
            text = flat[i:j + len(tail)]
            pos = j + len(tail)
            kind = g.get("kind") or "entry"
            out.append({
                "kind": kind, "section": g.get("section"), "subsection": g.get("subsection"),
                "title": g["title"], "toc_title": g.get("toc_title"), "page": g.get("page"),
                "kicker": g.get("kicker"), "byline": g.get("byline"), "date": g.get("date"),
                "date_end": g.get("date_end"), "persons": list(g.get("persons") or []), "roles": {},
                "text": _paragraphs(text), "line_start": line_of[i], "line_end": line_of[j + len(tail) - 1],
                "warnings": [], "_origin": gold.stem,
            })
    return out


def _paragraphs(text: str) -> str:
    """Break a compacted text into paragraphs of a few sentences, as the parser's text has."""
    parts = re.split(r"(?<=[。！？])", text)
    paras, cur = [], ""
    for p in parts:
        cur += p
        if len(cur) > 180:
            paras.append(cur)
            cur = ""
    if cur:
        paras.append(cur)
    return "\n".join(paras)


def _parser_seed() -> list[dict[str, Any]]:
    """Entry dicts from the parser run on the samples (empty when the parser yields no text yet)."""
    from digest.parse import parse_path

    out: list[dict[str, Any]] = []
    for sample in sorted(SAMPLES.glob("*.txt")):
        res = parse_path(sample, persons=True)
        for e in res.entries:
            d = e.to_dict()
            d["_origin"] = sample.stem
            out.append(d)
    return out


def load_seed(how: str = "auto") -> tuple[list[dict[str, Any]], str]:
    """(seed entry dicts, where they came from). `how`: parser | gold | auto (parser if it works)."""
    if how in ("parser", "auto"):
        try:
            seed = _parser_seed()
        except Exception as exc:  # the parser is still being written: fall back to gold
            if how == "parser":
                raise SystemExit(f"generate: parser failed on the samples: {exc}") from None
            seed = []
        digests = [d for d in seed if d["kind"] == "entry" and len(d.get("text") or "") > 50]
        if len(digests) >= 200 or how == "parser":
            if not any(d["persons"] for d in seed):  # person recognition not there yet: take gold's
                gold = {(g["_origin"], "".join(g["title"].split())): g["persons"] for g in _gold_seed()}
                for d in seed:
                    d["persons"] = list(gold.get((d["_origin"], "".join(d["title"].split())), []))
                return seed, "parser+gold persons"
            return seed, "parser"
    return _gold_seed(), "gold"


# --------------------------------------------------------------------------------------------------
# Store


def _name(rng: random.Random) -> str:
    n = 1 if rng.random() < 0.3 else 2
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(n))


def _sub(s: str | None, mapping: dict[str, str], rx: re.Pattern[str] | None) -> str | None:
    if not s or rx is None:
        return s
    return rx.sub(lambda m: mapping[m.group(0)], s)


def _move_date(d: str | None, year: int, month: int) -> str | None:
    """Move a YYYY-MM-DD / YYYY-MM / YYYY date into the given month (days clamped to the month)."""
    if not d:
        return d
    if len(d) >= 10:
        day = min(int(d[8:10]), calendar.monthrange(year, month)[1])
        return f"{year:04d}-{month:02d}-{day:02d}"
    if len(d) == 7:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def generate_store(out: Path, n_entries: int, seed: int = 1, seed_from: str = "auto",
                   verbose: bool = True) -> dict[str, Any]:
    """Write a store of about `n_entries` entries to `out` (replacing it). Returns a summary dict."""
    from digest.model import entry_id

    records, origin = load_seed(seed_from)
    digests = [r for r in records if r["kind"] == "entry"]
    papers = [r for r in records if r["kind"] != "entry"]
    if not digests:
        raise SystemExit("generate: no seed entries (no parser output and no gold files)")
    if not papers:
        papers = digests
    section_rank: dict[str | None, int] = {}
    for r in digests:
        section_rank.setdefault(r["section"], len(section_rank))
    rng = random.Random(seed)
    name_pool = sorted({_name(rng) for _ in range(4000)})
    if out.exists():
        shutil.rmtree(out)
    (out / "entries").mkdir(parents=True)
    (out / "issues").mkdir(parents=True)
    total = issues = nbytes = 0
    plan_rng = random.Random(seed + 1)
    made = 0
    while made < n_entries:
        kind = "newspaper" if plan_rng.random() < 0.1 else "digest"
        city = plan_rng.choice(CITIES)
        year = plan_rng.randint(2005, 2025)
        month = plan_rng.randint(1, 12)
        day = plan_rng.randint(1, 28)
        if kind == "digest":
            size = max(20, int(plan_rng.gauss(104, 8)))
            publication = f"{city}政务信息"
            issue_date = f"{year:04d}-{month:02d}"
            pool = digests
        else:
            size = plan_rng.randint(5, 9)
            publication = f"{city}日报"
            issue_date = f"{year:04d}-{month:02d}-{day:02d}"
            pool = papers
        issue_id = f"{publication}-{issue_date}" + (f"-no{day}" if kind == "newspaper" else "")
        if (out / "entries" / f"{issue_id}.jsonl").exists():
            continue
        size = min(size, n_entries - made)
        picked = [pool[plan_rng.randrange(len(pool))] for _ in range(size)]
        if kind == "digest":
            picked.sort(key=lambda r: (section_rank.get(r["section"], 99), plan_rng.random()))
        # names: keep about half, replace the rest (consistently within the issue)
        names = sorted({p for r in picked for p in r["persons"]} | {r["byline"] for r in picked if r.get("byline")})
        mapping = {n: n for n in names}
        for n in names:
            if plan_rng.random() < 0.5:
                mapping[n] = plan_rng.choice(name_pool)
        mapping["洛阳"] = city if len(city) == 2 else "洛阳"
        keys = sorted(mapping, key=len, reverse=True)
        rx = re.compile("|".join(map(re.escape, keys))) if keys else None
        src = f"archive/{city}/{year}/{issue_id}.txt"

        def month_text(s: str | None, _m: int = month, _y: int = year) -> str | None:
            if not s:
                return s
            s = _MONTH_DAY.sub(lambda m: f"{_m}{m.group(2)}{m.group(3)}{m.group(4)}", s)
            return _YEAR.sub(lambda m: f"{_y}{m.group(2)}", s)

        seen: dict[str, int] = {}
        line = 40
        lines_out: list[bytes] = []
        sections: dict[str, int] = {}
        for seq, r in enumerate(picked, 1):
            title = month_text(_sub(r["title"], mapping, rx)) or ""
            text = month_text(_sub(r.get("text") or "", mapping, rx)) or ""
            k = "".join(title.split())
            seen[k] = seen.get(k, 0) + 1
            span = max(1, (r.get("line_end") or 0) - (r.get("line_start") or 0))
            persons: list[str] = []
            for p in r["persons"]:
                q = mapping.get(p, p)
                if q not in persons:
                    persons.append(q)
            rec = {
                "id": entry_id(issue_id, title, seen[k]), "issue_id": issue_id, "source": src, "seq": seq,
                "kind": r["kind"], "section": r.get("section"), "subsection": r.get("subsection"),
                "title": title, "toc_title": title if r.get("toc_title") else None, "page": r.get("page"),
                "kicker": month_text(_sub(r.get("kicker"), mapping, rx)),
                "byline": mapping.get(r["byline"], r["byline"]) if r.get("byline") else None,
                "date": _move_date(r.get("date"), year, month),
                "date_end": _move_date(r.get("date_end"), year, month),
                "issue_date": issue_date, "persons": persons,
                "roles": {mapping.get(p, p): role for p, role in (r.get("roles") or {}).items()},
                "text": text, "line_start": line, "line_end": line + span, "warnings": list(r.get("warnings") or []),
            }
            line += span + 2
            sections[rec["section"] or "-"] = sections.get(rec["section"] or "-", 0) + 1
            lines_out.append(orjson.dumps(rec) + b"\n")
        data = b"".join(lines_out)
        (out / "entries" / f"{issue_id}.jsonl").write_bytes(data)
        issue = {
            "issue_id": issue_id, "source": src, "sha256": f"{rng.getrandbits(256):064x}", "encoding": "utf-8",
            "layout": "toc" if kind == "digest" else "newspaper", "publication": publication,
            "issue_date": issue_date, "year": year, "issue_no": month if kind == "digest" else day,
            "total_no": None, "entry_count": size, "toc_count": size if kind == "digest" else 0,
            "toc_matched": size if kind == "digest" else 0, "sections": sections, "meta": {"generated": True},
            "warnings": [], "parsed_at": "2026-01-01T00:00:00+00:00",
        }
        (out / "issues" / f"{issue_id}.json").write_bytes(orjson.dumps(issue, option=orjson.OPT_INDENT_2))
        made += size
        total += size
        issues += 1
        nbytes += len(data)
        if verbose and issues % 1000 == 0:
            print(f"  {total} entries, {issues} issues", file=sys.stderr)
    res = {"entries": total, "issues": issues, "bytes": nbytes, "seed_from": origin, "path": str(out)}
    (out / ".generated").write_bytes(orjson.dumps(res))  # what benchmarks/run.py checks before reusing it
    return res


# --------------------------------------------------------------------------------------------------
# Source texts for the parse run


def generate_sources(out: Path, megabytes: float, seed: int = 1) -> dict[str, Any]:
    """Write mutated copies of samples/*.txt to `out` until they total `megabytes` MB."""
    rng = random.Random(seed)
    samples = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]
    names: set[str] = set()
    for g in GOLD.glob("*.jsonl"):
        for raw in g.read_text(encoding="utf-8").splitlines():
            names.update(orjson.loads(raw).get("persons") or [])
    names_sorted = sorted(names, key=len, reverse=True)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    target = int(megabytes * 1_000_000)
    total = files = 0
    while total < target:
        stem, text = samples[files % len(samples)]
        year = rng.randint(2005, 2025)
        city = rng.choice(CITIES)
        mapping = {n: (_name(rng) if rng.random() < 0.5 else n) for n in names_sorted}
        if len(city) == 2:
            mapping["洛阳"] = city
        keys = sorted(mapping, key=len, reverse=True)
        t = re.sub("|".join(map(re.escape, keys)), lambda m, _mp=mapping: _mp[m.group(0)], text) if keys else text
        t = re.sub(r"(?<!\d)20[12]\d(?=\s*年)", str(year), t)
        data = t.encode("utf-8")
        (out / f"{stem}-{files:05d}.txt").write_bytes(data)
        total += len(data)
        files += 1
    return {"files": files, "bytes": total, "path": str(out)}


def size_label(n: int) -> str:
    return f"{n // 1_000_000}m" if n >= 1_000_000 and n % 1_000_000 == 0 else (
        f"{n // 1000}k" if n % 1000 == 0 else str(n))


def parse_size(s: str) -> int:
    s = s.strip().lower()
    mult = {"k": 1000, "m": 1_000_000}.get(s[-1:], 1)
    return int(float(s[:-1] if s[-1:] in "km" else s) * mult)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    s = sub.add_parser("store", help="generate a store")
    s.add_argument("--entries", default="10k", help="number of entries: 10k, 100k, 1m … (default 10k)")
    s.add_argument("--out", type=Path, help="store directory (default benchmarks/data/store-<size>)")
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--seed-from", choices=("auto", "parser", "gold"), default="auto")
    t = sub.add_parser("source", help="generate source texts for the parse run")
    t.add_argument("--mb", type=float, default=20.0)
    t.add_argument("--out", type=Path)
    t.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    if a.what == "store":
        n = parse_size(a.entries)
        res = generate_store(a.out or DATA / f"store-{size_label(n)}", n, seed=a.seed, seed_from=a.seed_from)
    else:
        res = generate_sources(a.out or DATA / f"src-{a.mb:g}mb", a.mb, seed=a.seed)
    print(orjson.dumps(res).decode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
