"""Rules for names printed as lists: each a small named function over a `nametext.Reader` that
returns the `Found` names it reads, run in order by `digest.namerules.run_rules`.

- `clause_lists`: two or more names separated by 、 that open a clause (`王军、张玉杰等参加`), or a run
  of LIST_RUN names or more in a long 表彰名单 that holds an item that is none;
- `parallel_lists`: the items of a list around a found name that end with the same word that
  follows persons alone (`某甲家庭、某乙家庭`, `parallel_items`);
- `qualified_lists`: three or more names each after its own qualifier and 的 (`吉林的某甲、河南的某乙和
  宁夏的某丙`);
- `spaced_lists`: names with spaces or line ends between them and nothing else, as 表彰名单 and
  代表名单 print them;
- `comma_lists`: three or more names separated by commas and nothing else (`某甲，某乙，某丙。`);
- `name_then_post`: one person a line, a name then a unit and a post (`某某 某某局 副局长`);
- `headed_columns`: a table's column of people under its head (`村名　负责人　完成情况` / `某村　某某某　…`);
- `unheaded_columns`: a table's column of people with no head line, two in three of its cells names on their own
  (`某村　某大勇　因病　3000元` / …);
- `unit_colon_rows`: a 名单 of units, each a colon before its names, a line each (`县委办公室：某晓东` / …).

Every list is read once per offset (a list of thousands of names stays linear). Nothing here prints.
"""

from __future__ import annotations

import bisect
import re as literal_re  # the stdlib engine: a fast scan for a plain class
from collections.abc import Callable, Container

import regex as re

from digest.lexicon import HAN_RUN, ORG_END, PLACE_ENDS, surname_and_address, weak_anchors
from digest.lexicon import is_han as _is_han
from digest.nametext import (
    FUNCTION_CHARS,
    Found,
    Reader,
    Text,
    dotted_at,
    is_tibetan,
    may_open_list,
    name_shaped,
    plausible,
    skip_paren,
)

# words that follow a person's name alone, shared by the items of a list (某甲家庭、某乙家庭): a word
# that follows things too is no sign (焦裕禄精神、红旗渠精神: a person's, then a canal's)
_PERSON_TAILS = ("家庭", "同志", "先生", "女士", "夫妇", "一家")
_TAIL_FIRST = frozenset(w[0] for w in _PERSON_TAILS)


def _parallel_items(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """The names of the items beside a name s[a:b] whose item goes on with a word that follows
    persons alone (_PERSON_TAILS: 某甲家庭、某乙家庭、某丙家庭; 某甲同志、某乙同志): the span of each
    neighbouring item, before and after the 、 marks around this one, that ends with the same word
    and holds 2-4 characters before it. Read from the few characters around the item: constant time."""
    n = len(s)
    out: list[tuple[int, int]] = []
    if s[b:b + 1] not in _TAIL_FIRST:
        return out
    tail = next((w for w in _PERSON_TAILS if s.startswith(w, b)), "")
    if not tail:
        return out
    k = b + len(tail)
    if k < n and s[k] == "、":  # the next item: a name of 2-4 characters and the tail (某乙家庭、, 某丙家庭获评)
        for m in (2, 3, 4):
            e = k + 1 + m
            if s.startswith(tail, e) and all(_is_han(ch) for ch in s[k + 1:e]):
                out.append((k + 1, e))
                break
    if a > len(tail) and s[a - 1] == "、" and s.startswith(tail, a - 1 - len(tail)):
        e = a - 1 - len(tail)  # the item before: a name of 2-4 characters ending right before the tail
        out.extend((e - m, e) for m in (3, 2, 4) if e - m >= 0 and all(_is_han(ch) for ch in s[e - m:e]))
    return out


def parallel_lists(r: Reader, found: list[Found]) -> list[Found]:
    """The names of a list whose items go on after the name with one word that follows persons
    alone (某甲家庭、某乙家庭、某丙家庭: `_parallel_items`), read from a name found in one of its items,
    one item after another: each name found here is looked at once, for the items beside it. A read
    must be plausible as at a role (`name_at(relaxed=True)`). None spreads; the scorer keeps them
    (`Found.kept`: the list's shape says what they are)."""
    s = r.s
    out: list[Found] = []
    if "、" not in s:
        return out
    taken = {k for f in found for k in range(f.pos, f.pos + len(f.name))}
    queue = [f for f in found if 0 <= f.pos and s.startswith(f.name, f.pos)]
    while queue:
        f = queue.pop()
        for a, b in _parallel_items(s, f.pos, f.pos + len(f.name)):
            if not taken.isdisjoint(range(a, b)):
                continue
            name = r.name_at(a, lambda e, b=b: e == b, relaxed=True)
            if name:
                g = Found(name, a, None, spreads=False, kept=True)
                out.append(g)
                queue.append(g)
                taken.update(range(a, b))
    return out


_CLAUSE = re.compile(r"[^。；;！？!?：:，,\x00\n]+")
_QUALIFIED = re.compile(r"^(?P<pre>\p{Han}{1,8}?)的(?P<n>\p{Han}{2,4}?|\p{Han}{1,8}·\p{Han}{1,10}?)(?:等[\p{Han}\d]{0,12})?$")


def qualified_lists(r: Reader) -> list[Found]:
    """A list of three or more names each after its own qualifier and 的, joined by 、 (the last by
    和): 吉林的孙丽华、河南的娄桂芝、新疆的古丽巴哈尔·艾山和宁夏的马秀兰等 — when most of the names
    read as names (surname and given name, dotted, Tibetan or confirmed); none spreads."""
    s, out = r.s, []
    if s.count("、") < 2 or "的" not in s:
        return out  # no clause can hold such a list (a test far cheaper than reading the clauses)
    for c in _CLAUSE.finditer(s):
        text = c.group()
        if text.count("、") < 2 or "的" not in text:
            continue
        parts = text.split("、")
        last = parts[-1]
        if "和" in last:  # …、西藏的央金和宁夏的马秀兰等
            k = last.index("和")
            parts[-1:] = [last[:k], last[k + 1:]]
        offsets, pos = [], c.start()
        for p in parts:
            offsets.append(pos)
            pos += len(p) + 1
        items = [(_QUALIFIED.match(p), off) for p, off in zip(parts, offsets, strict=True)]
        if len(items) < 3 or not all(m for m, _ in items):
            continue
        names = [(m.group("n"), off + m.start("n")) for m, off in items if m]
        good = sum(1 for n, _ in names if "·" in n or r.plausible(n) or is_tibetan(n))
        if good * 3 >= len(names) * 2:
            out.extend(Found(n, at, spreads=False) for n, at in names)
    return out


# the names in a row that make a list of their own when the next item of the 、 list is no name (a
# 表彰名单 holds a unit now and then: 工会小组), after which the list's items are read whole
# (`_long_run`; an item that spells a word a surname opens, 高山, 林立, is a name there when the next
# item is one: `_word_named`); and the names of a spaced row around which a piece shaped
# like a name is one though it spells a word (`spaced_lists`)
LIST_RUN = 5


def spaced_lists(r: Reader) -> list[Found]:
    """A list of names printed with spaces (or line ends) between them and nothing else, as 表彰名单
    and 代表名单 print them: `于甲 于乙丙 卫丁戊 马己` after a colon or on lines of their own. Three or
    more pieces in a row between soft boundaries (where whitespace stood), each of two to four
    characters that read as a name (a surname and a given name that is no common word, or a
    confirmed name) or a dotted name; a piece that is not one ends the list, unless LIST_RUN pieces
    or more of the row read so and it has the shape of a name (`name_shaped`: 高贵, 黄海, a surname and
    a given name that is also a word): in such a row it is a name too. None spreads."""
    s, soft = r.s, r.text.soft if r.text is not None else set()
    if len(soft) < 2:
        return []
    out: list[Found] = []
    run: list[tuple[str, int, bool]] = []  # (piece, offset, read as a name on its own)
    by_layout: set[int] = set()  # the offsets of pieces read as names by their padding alone (高　山)
    labelled: set[int] = set()  # the offsets of first pieces right after a label's colon (`二等奖：某某　某某`)
    bridges: set[int] = set()  # the offsets of pieces of a name's length and surname that read as places or words

    def close() -> None:
        while run and run[-1][1] in bridges:
            run.pop()  # (a row ends with a name read so on its own or by its shape)
        if sum(1 for *_x, alone in run if alone) >= LIST_RUN:
            parts = [run]  # a long row: its name-shaped pieces are names too, and a place between two names (咸宁)
        else:  # the pieces read as names on their own, three or more in a row
            parts, part = [], []
            for x in run:
                if x[2]:
                    part.append(x)
                else:
                    parts.append(part)
                    part = []
            parts.append(part)
        for part in parts:  # (a row of padded words alone is a table's header: 单　位　　项　目　　金　额)
            # (after a label's colon, two: `孝女：某甲　某乙`, each read alone, one printed whole, no space inside
            # it: not `王  小  明  李  春  燕`, a row letter-spaced through)
            two = (len(part) == 2 and part[0][1] in labelled and all(alone for *_x, alone in part)
                   and any(soft.isdisjoint(range(at + 1, at + len(n))) for n, at, _a in part))
            if (len(part) >= 3 or two) and any(alone and at not in by_layout for _n, at, alone in part):
                out.extend(Found(n, at, spreads=False, kept=True) for n, at, _alone in part)
        run.clear()

    bounds = sorted(soft)
    ends = bounds[1:] + [len(s)]
    last_end = -1  # where the last piece of the run ended (its note included)
    padded = -1  # the boundary inside a two-character name padded to a three's width (宗 华), read as one
    for n, (a, b) in enumerate(zip(bounds, ends, strict=True)):
        if a == padded:
            continue
        # the piece that starts at the soft boundary a: up to the next soft boundary or mark
        j = a
        while j < b and (_is_han(s[j]) or s[j] == "·"):
            j += 1
        if run and last_end != a:
            close()  # the previous piece did not end where this one starts
        if a > 0 and not run and (_is_han(s[a - 1]) or s[a - 1] == "·"):
            # the first piece of a list starts after a mark (名单：甲 乙): read it back to one
            k = a
            while k > 0 and _is_han(s[k - 1]) and a - k < 4:
                k -= 1
            first = s[k:a]
            if len(first) == 1 and j == b == a + 1 and a in r.text.spaced:
                first, padded = s[k:b], a  # 名单：王 强 李 辉: the first name padded (this piece is its end)
            first_alone = _list_piece(r, first)
            if not first_alone and padded == a and first[0] in r.lex.surnames:
                first_alone = True  # (`文　静　　某　某　　…`: the first name padded, as its row's others are)
                by_layout.add(k)
            if (k == 0 or not _is_han(s[k - 1])) and (first_alone or name_shaped(first)):
                run.append((first, k, first_alone))
                if k > 0 and s[k - 1] in ":：" and (k < 2 or _is_han(s[k - 2])):
                    labelled.add(k)
                if padded == a:
                    last_end = b  # (the padded first name ends where the next piece starts)
            if padded == a:
                continue
        if j == b == a + 1 and n + 1 < len(bounds) and ends[n + 1] > b and _is_han(s[b]) and (
                ends[n + 1] == b + 1 or not _is_han(s[b + 1])) and b in r.text.spaced:
            j, padded = b + 1, b  # 宗 华: one character, a space, one character, between spaces
        piece = s[a:j]
        noted = j < b and s[j] == "(" and skip_paren(s, j) == b  # `某某某（某局局长）　某某（…）`: a note after each
        # name of the row (its post, why absent), the row's pieces a space apart
        # a name of two padded to a three's width (高　山) is set out so because it is a name, in a row
        # that holds a name read on its own too
        alone = _list_piece(r, piece)
        if not alone and piece and padded == j - 1 and piece[0] in r.lex.surnames:
            alone = True
            by_layout.add(a)
        if alone or name_shaped(piece):
            run.append((piece, a, alone))
            last_end = b if noted else j
            if j < b and not noted:  # a mark after it (、 or 。): the list ends with this piece
                close()
        elif run and j == b and 2 <= len(piece) <= 3 and r.lex.opens_with_surname(piece) and not _UNIT_END.search(piece):
            run.append((piece, a, False))  # (某某　咸宁　某某: a name that is also a place, if the row goes on)
            bridges.add(a)
            last_end = j
        else:
            close()
    close()
    return out


_POST_LINE = 40  # characters: the most a unit and post after a name on its line hold (一行一人的名单)
_PROSE = frozenset("，。；！？,;!?")


# a piece between marks: what a list separated by commas holds an item of
_MARKS = "，,：:；;。！？!?、（）()《》〈〉“”\"'‘’\\s"
_PIECE = re.compile(f"[^{_MARKS}]+")
# a piece of two to four characters (or a dotted one) between two commas: where a list separated by
# commas may stand (the stdlib engine: one fast scan; the pieces are read only in texts that hold one)
_COMMA_PIECE = literal_re.compile(f"[，,](?:[^{_MARKS}]{{2,4}}|[^{_MARKS}]{{1,10}}·[^{_MARKS}]{{1,10}})[，,]")
_OPENS = _PROSE | frozenset("：:")  # what comes before a list's first name (or the text's start)
_CLOSES = frozenset("。；;！？!?、")  # what comes after its last (or the text's end)


def comma_lists(r: Reader) -> list[Found]:
    """Three or more names separated by commas and nothing else, each piece between two marks a name
    (a confirmed one, or `plausible`: a surname and a given name that is no common word) or a dotted
    name: `获奖者：某晓东，某春燕，某立群。`, as lists typed by hand print them. The list starts after a
    mark or at the text's start and ends before a full stop, a semicolon or the text's end; a piece
    that is no name ends it (LIST_RUN names before it are a list all the same). The pieces are the
    layout's names (`Found.kept`); none spreads."""
    s, out = r.s, []
    run: list[tuple[str, int]] = []

    def close(clean: bool) -> None:
        if (clean and len(run) >= 3) or len(run) >= LIST_RUN:  # a long run: a list whatever ends it
            out.extend(Found(n, at, spreads=False, kept=True) for n, at in run)
        run.clear()

    for m in _PIECE.finditer(s) if _COMMA_PIECE.search(s) else ():
        a, b = m.span()
        if b - a > 4 and not run and s.find("·", a, b) < 0:
            continue  # a clause, no name: the common case, decided without a look inside it
        c = m.group()
        before = s[a - 1] if a else ""
        if run and not (before in "，," and run[-1][1] + len(run[-1][0]) + 1 == a):
            close(False)
        if not run and before and before not in _OPENS:
            continue
        if ("·" in c and _list_piece(r, c)) or c in r.known or (2 <= len(c) <= 4 and r.plausible(c)):
            run.append((c, a))
            after = s[b] if b < len(s) else ""
            if after not in "，,":
                close(not after or after in _CLOSES)
        else:
            close(False)
    close(False)
    return out


def _row_starts(t: Text) -> list[int]:
    """Where the text's lines start in its compact form: its title's and its body's first, and each line end
    (a soft boundary no space inside a line made)."""
    return sorted({0, t.title_len + 1} | (t.soft - t.spaced))


def _line_cells(bounds: list[int], a: int, e: int) -> list[tuple[int, int]]:
    """The cells of the line a..e: its pieces between the soft boundaries (`bounds`, sorted) inside it."""
    cuts = [a]
    x = bisect.bisect_right(bounds, a)
    while x < len(bounds) and bounds[x] < e:
        cuts.append(bounds[x])
        x += 1
    return [(p, q) for p, q in zip(cuts, [*cuts[1:], e], strict=True) if q > p]


def _line_starts(r: Reader) -> tuple[list[tuple[int, int, int, int]], list[int]]:
    """The lines of a text with spaces inside its lines, which `name_then_post` and `name_then_unit`
    read as a name and what follows it: (start, index of its first soft boundary in the sorted soft
    boundaries, that boundary, end) each, and those boundaries; nothing for a text with no such space."""
    t = r.text
    if t is None or not t.spaced:
        return [], []
    starts = _row_starts(t)
    bounds = sorted(t.soft)
    out = []
    for k, a in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(r.s)
        x = bisect.bisect_right(bounds, a)
        out.append((a, x, bounds[x] if x < len(bounds) else e, e))
    return out, bounds


# a roster's name with a note on its bearer in brackets (`某某某（女，彝族）`, `某某（藏族）`, `某某（女）`)
_ROW_NOTE = re.compile(r"(?P<n>\p{Han}{2,8}|\p{Han}{2,8}·\p{Han}{2,8})[（(](?:[男女](?:[，,、]\p{Han}{1,5}族)?|\p{Han}{1,5}族)[)）]")


def name_then_post(r: Reader) -> list[Found]:
    """A line that is a name, a space, then a unit and a post or a kind of person, as 采访人物,
    任免 and 代表 lists print one person a line: `某某 某某农场 职工`, `某某 某某局 副局长`. The name:
    two to four characters at the line's start that read as a name (a surname, a given name that
    is no common word), or a name of two padded to a wider one's width (`王　某　县某某公司职工`); the
    rest: at most _POST_LINE characters without a clause's punctuation, ending in a role (roles.txt),
    an occupation (…员, …长) or a word for a kind of person (person_nouns.txt). In UNIT_ROWS such
    lines in a row or more (a roster), a Tibetan, Mongolian or Yi name or one of the shape of a name
    is one too (`某约日古　某乡某村村民`). None spreads."""
    from digest.lexicon import mongolian_elements, yi_names

    lines, bounds = _line_starts(r)
    t = r.text
    if not lines or t is None:
        return []
    s, spaced = r.s, t.spaced
    nouns = weak_anchors()[0]
    role_ends, occupations = t.role_ends(), set(t.occupations())
    out: list[Found] = []
    run: list[tuple[int, str]] = []  # the rows in a row whose name alone did not read as one
    rows = 0  # rows of a name and a post in a row
    for a, x, j, e in lines:
        noted = _ROW_NOTE.fullmatch(s, a, j) if j in spaced and 0 < e - j <= _POST_LINE else None
        if noted is not None:  # `某某某（女，彝族）　某村党支部书记`: the note says a person is named before it
            name, rest = noted["n"], s[j:e].rstrip("\x00")
            if not any(ch in _PROSE for ch in rest):
                out.append(Found(name, a, spreads=False, kept=True))
            continue
        padded = _padded_two(bounds, spaced, x, a, j) and s[a] in r.lex.surnames
        if padded:
            j = bounds[x + 1]  # 王　某: a name of two padded to a wider one's width
        row = _post_row(r, a, j, e, role_ends, occupations, nouns)
        if row is None:
            if rows >= UNIT_ROWS:
                out.extend(_roster_names(run, mongolian_elements(), yi_names()))
            run, rows = [], 0
            continue
        name, plausible = row
        rows += 1
        if plausible or padded:
            out.append(Found(name, a, spreads=False, kept=True))
        else:
            run.append((a, name))
    if rows >= UNIT_ROWS:
        out.extend(_roster_names(run, mongolian_elements(), yi_names()))
    out.sort(key=lambda f: f.pos)
    return out


def _padded_two(bounds: list[int], spaced: Container[int], x: int, a: int, j: int) -> bool:
    """Does a line's first piece, from a to the space j (`bounds[x]`), hold one character that the next space-apart
    piece of one completes (`王　某　…`): a name of two padded to a three's width?"""
    return (j - a == 1 and j in spaced and x + 1 < len(bounds) and bounds[x + 1] - j == 1
            and bounds[x + 1] in spaced)


def _post_row(r: Reader, a: int, j: int, e: int, role_ends: Container[int], occupations: Container[int],
              nouns: re.Pattern[str]) -> tuple[str, bool] | None:
    """(the name, whether it reads as a name on its own) of a line `name　unit post` from a to e whose
    name ends at the space j (`name_then_post`), or None for a line of another kind."""
    s, spaced = r.s, r.text.spaced if r.text is not None else ()
    if j not in spaced or not 2 <= j - a <= 4 or not 0 < e - j <= _POST_LINE:
        return None
    name, rest = s[a:j].replace("\x00", ""), s[j:e].rstrip("\x00")
    if not 2 <= len(name) <= 4 or not HAN_RUN.fullmatch(name) or any(ch in _PROSE for ch in rest) or rest.startswith("|"):
        return None
    end = j + len(rest)
    if not (end in role_ends or end in occupations
            or any(nouns.fullmatch(s, q, end) for q in range(max(j, end - 5), end - 1))):
        return None
    return name, (r.plausible(name, relaxed=True)  # (母亲节 | 致敬…妈妈: a headline's parts, no post)
                  or (len(name) == 3 and name[0] in r.lex.surnames and not any(c in FUNCTION_CHARS for c in name)))
    # (a name of three a space before its post, its given name a word's end: `某德全　某局股长`)


def _roster_names(run: list[tuple[int, str]], mongolian: frozenset[str], yi: re.Pattern[str]) -> list[Found]:
    """The names of a roster's rows that did not read as names alone but are minority names or of the
    shape of one (a Tibetan, Mongolian or Yi name: 某约日古, 某特根巴雅尔)."""
    return [Found(name, a, spreads=False, kept=True) for a, name in run
            if name_shaped(name) or is_tibetan(name) or name in mongolian
            or (len(name) == 4 and yi.fullmatch(name) is not None)]


POST_ROWS = 2  # lines of a roster, each a post and a name after a space, that make one (`post_then_name`)


def post_then_name(r: Reader) -> list[Found]:
    """The names of a roster printed post first, a space, then the name closing the line (`某局政治处主任　某　某`,
    `某苏木党委组织委员　某木格`, `某镇党委副书记　某·某和`), as 表彰 and 任免 名单 print them: POST_ROWS such
    lines or more in the text, each line's last piece two to four characters (or two of one a space apart: a
    name of two padded to a three's width, or a dotted name) right after the end of a role or an occupation
    (its post may wrap from the line before: `…党支部书` / `记　某某某`), read as a name on its own, a padded one
    after a surname, a Tibetan, Mongolian or Yi name, or one of the shape of a name. None spreads."""
    from digest.lexicon import mongolian_elements, yi_names

    lines, bounds = _line_starts(r)
    t = r.text
    if not lines or t is None:
        return []
    s, spaced = r.s, t.spaced
    role_ends, occupations = t.role_ends(), set(t.occupations())
    rows: list[tuple[int, str, bool]] = []
    for _a, x, _j, e in lines:
        inner = []
        for b in bounds[x:]:  # (the line's own boundaries only: linear in the text)
            if b >= e:
                break
            inner.append(b)
        if not inner or inner[-1] not in spaced:
            continue
        last, padded = inner[-1], False
        if e - last == 1 and len(inner) >= 2 and inner[-2] == last - 1 and inner[-2] in spaced:
            last, padded = inner[-2], True  # (主任　某　某: a name of two padded to a three's width)
        name = s[last:e].rstrip("\x00")
        if not (last in role_ends or last in occupations) or not 2 <= len(name) <= 6:
            continue
        if "·" in name:
            ok = HAN_RUN.fullmatch(name.replace("·", "")) is not None and name.count("·") == 1 and len(name) >= 3
        elif not HAN_RUN.fullmatch(name) or _UNIT_END.search(name) is not None:
            continue
        else:  # (a padded or a minority name may be a place's too: 乌　兰)
            ok = ((padded and name[0] in r.lex.surnames) or is_tibetan(name) or name in mongolian_elements()
                  or yi_names().fullmatch(name) is not None
                  or (name not in r.lex.places and len(name) <= 4
                      and (r.plausible(name, relaxed=True) or name_shaped(name))))
        if ok:
            rows.append((last, name, padded))
    if len(rows) < POST_ROWS:
        return []
    return [Found(name, a, spreads=False, kept=True) for a, name, _padded in rows]


# the end of a unit's name: an office or organization (县财政局, 共青团某县委员会, 县人民医院, 县第一中学)
_UNIT_LAST = r"(?:[部局厅委会院所司处科队团组办室站心馆校厂府行联社园台场]|公司|集团|中学|小学|大学|社区|街道|[村镇乡])"
_UNIT_END = re.compile(_UNIT_LAST + "$")
UNIT_ROWS = 3  # lines in a row, each a name and a unit, that make a 名单 of them


def name_then_unit(r: Reader) -> list[Found]:
    """The names of a 名单 printed one person a line, the name first, a space, then the unit alone
    (`某某某　　县人民医院`; a name of two padded to a three's or four's width: `鞠　鹏　　县第一中学`):
    UNIT_ROWS such lines in a row or more, at least half of their names plausible on their own and of
    three characters or more (a column of places, 白沙 / 石门 / 黄田, holds names of two); in
    such a run, a name padded to a wider one's width (海　燕), one of the shape of a name (name_shaped:
    方圆), a Tibetan or Mongolian name
    (次仁央宗, 其其格) and a Yi one (a clan name and two: 瓦扎尔古) is one too. None spreads."""
    from digest.lexicon import mongolian_elements, yi_names

    lines, bounds = _line_starts(r)
    if not lines or r.text is None:
        return []
    s, spaced = r.s, r.text.spaced
    rows: list[tuple[int, str, bool, bool] | None] = []  # per line: (offset, name, plausible alone, padded), or None
    for a, x, j, e in lines:
        padded = _padded_two(bounds, spaced, x, a, j)
        if padded:
            j = bounds[x + 1]  # 鞠　鹏: a name of two padded to a wider one's width, a name by its layout
        name, rest = s[a:j], s[j:e].rstrip("\x00")
        if (j not in spaced or not 2 <= len(name) <= 4 or not HAN_RUN.fullmatch(name) or not 2 <= len(rest) <= _POST_LINE
                or not HAN_RUN.fullmatch(rest) or _UNIT_END.search(rest) is None or _UNIT_END.search(name) is not None
                or name in r.lex.places or name[-1] in PLACE_ENDS or name[-1] == "片"):  # (白沙　　县水务局, 城区片　　县住建局: places)
            rows.append(None)
            continue
        rows.append((a, name, r.plausible(name, relaxed=True) or (padded and name[0] in r.lex.surnames), padded))
    out: list[Found] = []
    run: list[tuple[int, str, bool, bool]] = []
    yi = yi_names()
    for row in [*rows, None]:
        if row is not None:
            run.append(row)
            continue
        if (len(run) >= UNIT_ROWS and 2 * sum(1 for _a, _n, ok, _p in run if ok) >= len(run)
                and 2 * sum(1 for _a, n, _ok, _p in run if len(n) >= 3) >= len(run)):  # (白沙, 石门…: places)
            mongolian = mongolian_elements()
            out.extend(Found(name, a, spreads=False, kept=True) for a, name, ok, padded in run
                       if ok or padded or name_shaped(name) or is_tibetan(name) or name in mongolian
                       or (len(name) == 4 and yi.fullmatch(name) is not None))
        run = []
    return out


def unit_then_name(r: Reader) -> list[Found]:
    """The names of a 名单 printed unit first, a wide space, then the name, one or two such pairs a line
    (`马鞍镇人民政府　　　　杨　帆　　县农业农村局　　　　苏　曼`; a name of two padded to a three's width is one):
    UNIT_ROWS such lines in a row or more, every cell of each line read as a unit (ending as a unit does) and
    the name after it (two to four characters, or two of one a space apart), half of the names plausible on
    their own; in such a run a padded name, a name of the shape of one, a Tibetan, Mongolian or Yi name is
    one too. None spreads."""
    from digest.lexicon import mongolian_elements, yi_names

    lines, bounds = _line_starts(r)
    if not lines or r.text is None:
        return []
    s = r.s
    rows: list[list[tuple[int, str, bool]] | None] = []  # per line: its (offset, name, padded) pairs, or None
    for a, x, _j, e in lines:
        inner = []
        for b in bounds[x:]:  # (the line's own boundaries only: linear in the text)
            if b >= e:
                break
            if b > a:
                inner.append(b)
        cuts = [a, *inner, e]
        cells = [(p, q) for p, q in zip(cuts, cuts[1:], strict=False) if s[p:q].strip("\x00")]
        pairs: list[tuple[int, str, bool]] = []
        k, whole = 0, True
        while k < len(cells) and whole:
            p, q = cells[k]
            unit = s[p:q].strip("\x00")
            if not (2 <= len(unit) <= _POST_LINE and HAN_RUN.fullmatch(unit) and _UNIT_END.search(unit)) or k + 1 >= len(cells):
                break
            k += 1
            named = 0  # the unit's names, one or more (`县应急管理局　雷　鸣　贺永明`), up to the next unit
            while k < len(cells):
                p2, q2 = cells[k]
                name, padded, step = s[p2:q2].strip("\x00"), False, 1
                if len(name) == 1 and k + 1 < len(cells) and len(s[cells[k + 1][0]:cells[k + 1][1]].strip("\x00")) == 1:
                    name, padded, step = name + s[cells[k + 1][0]:cells[k + 1][1]].strip("\x00"), True, 2  # (杨　帆)
                if named and len(name) >= 3 and _UNIT_END.search(name) and HAN_RUN.fullmatch(name):
                    break  # (the next pair's unit)
                if (not 2 <= len(name) <= 4 or not HAN_RUN.fullmatch(name) or _UNIT_END.search(name)
                        or name in r.lex.places or name[-1] in PLACE_ENDS):
                    whole = False
                    break
                pairs.append((p2, name, padded))
                named += 1
                k += step
            if not named:
                break
        rows.append(pairs if pairs and whole and k >= len(cells) else None)
    out: list[Found] = []
    run: list[tuple[int, str, bool]] = []
    lines_in_run = 0
    yi, mongolian = yi_names(), mongolian_elements()
    for row in [*rows, None]:
        if row is not None:
            run.extend(row)
            lines_in_run += 1
            continue
        if lines_in_run >= UNIT_ROWS and 2 * sum(1 for _a, n, pad in run if pad or r.plausible(n, relaxed=True)) >= len(run):
            out.extend(Found(n, a, spreads=False, kept=True) for a, n, pad in run
                       if pad or r.plausible(n, relaxed=True) or name_shaped(n) or is_tibetan(n) or n in mongolian
                       or (len(n) == 4 and yi.fullmatch(n) is not None))
        run, lines_in_run = [], 0
    return out


INLINE_PAIRS = 3  # pairs of a unit and a name in one paragraph that make a roster of it (`inline_roster`)
_PIECE_CUT = "；;、：:"  # marks that part a roster's pairs run into one paragraph, or its label from them
_PIECE_CUT_RUN = literal_re.compile(f"[{_PIECE_CUT}]")  # (the same marks, found by the stdlib engine)
_WHO_LAST = frozenset("人员者")  # the last character of a column's header naming who (`宣讲人`, `联络员`), no name


# a count of people right after a list's last item (`某向阳、某建、某翠花三人`, `…等` is `unit_name_series`' and the rules')
_COUNT_OF_PEOPLE = literal_re.compile(r"(?P<n>[两二三四五六七八九十]|1[0-2]|[2-9])[人名位](?![次民员大])")  # (a Han
# character before it, tested on each match: the stdlib's scan, no look-behind of the regex module's, is the cheap one)
_SMALL_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_MOST_COUNTED = 12  # items of a list a count closes (a walk back bounded by it: linear in the text)


def counted_list(r: Reader) -> list[Found]:
    """The names of a 、 list closed by the count of its people (`授予某向阳、某建、某翠花三人…称号`, `某某、某某两名同志`,
    `某甲、某乙和某丙3名同志`: the last after 和, 与 or 及): as many items as the count says, each two to four Han
    characters of a name's shape (a listed surname first, no word of the dictionary, no unit, place or role), the first
    read back from its 、 as the longest plausible name there. Each count reads back at most _MOST_COUNTED items. None
    spreads."""
    s = r.s
    if "、" not in s:
        return []
    out: list[Found] = []
    for m in _COUNT_OF_PEOPLE.finditer(s):
        if not m.start() or not _is_han(s[m.start() - 1]):
            continue
        want = _SMALL_COUNTS.get(m["n"]) or int(m["n"])
        items = _counted_items(s, m.start(), want)
        if items is None:
            continue
        end = items[-1][0] - 1
        first = next((s[end - n:end] for n in (3, 2) if end - n >= 0 and r.plausible(s[end - n:end])), None)
        if first is None:
            continue
        names = [(end - len(first), first), *reversed(items)]
        if all(2 <= len(n) <= 4 and HAN_RUN.fullmatch(n) and name_shaped(n) and r.lex.opens_with_surname(n)
               and not r.lex.roles.search(n) and not _UNIT_END.search(n) and n not in r.lex.places for _a, n in names):
            out.extend(Found(n, a, spreads=False, kept=True) for a, n in names)
    return out


def _counted_items(s: str, end: int, want: int) -> list[tuple[int, str]] | None:
    """The items after the first of a 、 list that ends at offset end, last first, as many as want less one: the
    last one after 、, or after 和, 与 or 及 (`某甲、某乙和某丙3名同志`); None if no reading has that many."""
    for joined in (False, True):
        items: list[tuple[int, str]] = []
        e = end
        if joined:
            j = max(s.rfind(c, max(0, e - 5), e - 2) for c in "和与及")
            if j < 0 or s.rfind("、", max(0, j - 5), j) < 0:
                return None
            items.append((j + 1, s[j + 1:e]))
            e = j
        while len(items) < _MOST_COUNTED:
            k = s.rfind("、", max(0, e - 5), e)
            if k < 0:
                break
            items.append((k + 1, s[k + 1:e]))
            e = k
        if items and len(items) + 1 == want:
            return items
    return None


def inline_roster(r: Reader) -> list[Found]:
    """The names of a roster run into one paragraph, each a unit and its person a space apart, pair after pair
    (`县委办公室　某　某　县纪委监委　某国平　…`, `某镇某村　某小燕；某镇某社区　某春梅；…`), or each person
    before their unit (`某建华 县发展和改革局　某晓丽 县财政局…`): the pieces between the spaces (and 、；： marks)
    read as units (`_UNIT_END`) and names (two to four characters, or two of one a space apart: a padded name of
    two), INLINE_PAIRS pairs or more in the same order, half of their names plausible on their own and half of
    three characters or padded (a column of places holds names of two: 白沙, 石门); in such a
    roster every name of the shape of one, a compound surname's, a padded one after a surname, a Tibetan,
    Mongolian or Yi name is one. None spreads."""
    from digest.lexicon import mongolian_elements, yi_names

    t = r.text
    if t is None or len(t.spaced) < INLINE_PAIRS:
        return []
    s = r.s
    marks = {m.end() for m in _PIECE_CUT_RUN.finditer(s)}  # (one scan in C, no loop over the characters)
    cuts = sorted({0, len(s), *t.soft, *marks})
    piece_ends = {*t.spaced, len(s), *marks}  # where a padded name's second character may end
    pieces: list[tuple[int, str, bool]] = []  # (offset, piece, a padded name of two)
    k = 0
    while k + 1 < len(cuts):
        a, b = cuts[k], cuts[k + 1]
        piece = s[a:b].strip("\x00").rstrip(_PIECE_CUT + "。")  # (the roster's last name closes its sentence)
        if (len(piece) == 1 and k + 2 < len(cuts) and b in t.spaced and len(s[b:cuts[k + 2]].rstrip(_PIECE_CUT)) == 1
                and cuts[k + 2] in piece_ends and piece in r.lex.surnames and HAN_RUN.fullmatch(s[b])):
            pieces.append((a, piece + s[b], True))  # (某　悦: a padded name of two)
            k += 2
            continue
        if piece:
            pieces.append((a, piece, False))
        k += 1
    kinds = ["u" if len(p) >= 3 and HAN_RUN.fullmatch(p) and (_UNIT_END.search(p) or p[-1] == "奖" or _unit_and_post(r, p)) else
             "n" if (pad or 2 <= len(p) <= 4) and HAN_RUN.fullmatch(p) and not _UNIT_END.search(p) else "-"
             for _a, p, pad in pieces]
    mongolian, yi = mongolian_elements(), yi_names()
    out: list[Found] = []
    for first, second in (("u", "n"), ("n", "u")):
        names = [pieces[x + (1 if first == "u" else 0)] for x in range(len(pieces) - 1)
                 if kinds[x] == first and kinds[x + 1] == second]
        if (len(names) < INLINE_PAIRS or 2 * sum(1 for _a, n, pad in names if pad or r.plausible(n, relaxed=True)) < len(names)
                or 2 * sum(1 for _a, n, pad in names if pad or len(n) >= 3) < len(names)):  # (白沙, 石门…: places)
            continue
        out.extend(Found(n, a, spreads=False, kept=True) for a, n, pad in names
                   if (pad or r.plausible(n, relaxed=True) or name_shaped(n) or is_tibetan(n) or n in mongolian
                       or (len(n) == 4 and yi.fullmatch(n) is not None) or (n[:2] in r.lex.compound and len(n) >= 3))
                   and n not in r.lex.places and n[-1] not in _WHO_LAST)
    return out


_UNIT_INSIDE = re.compile(r"(?:" + _UNIT_LAST + r"|班)(?=\p{Han}{2,6}$)")  # a unit's or a team's last character before a
# post (县公交集团|驾驶员, 运维班|班长)


def _unit_and_post(r: Reader, p: str) -> bool:
    """Is the piece p a unit and a post at its end (市公交集团驾驶员, 市第一人民医院护士长, 某镇农机合作社理事长): six
    characters or more, a role or a word for a kind of person ending it, and a unit's last character right before
    that word?"""
    if len(p) < 6:
        return False
    for k in range(len(p) - 6, len(p) - 1):
        if k >= 2 and (r.lex.roles.fullmatch(p, k) is not None or weak_anchors()[0].fullmatch(p, k) is not None):
            return _UNIT_INSIDE.match(p, k - 1) is not None
    return False


# a figure a list gives each of its people (`某某　500元`, `某某300元、`, `某某得票1043张`): an amount, a tally of
# votes; the name is the Han run right before it, or before 得票 (`FIGURE_ITEMS` such items in a row or more)
_FIGURE = re.compile(r"(?:得票)?\d+(?:\.\d+)?(?:万元|元|张|票)?(?![\d.])")
# what a count of votes may carry after it before the next item (`某某　1108票　当选；`)
_TALLY_OUTCOME = re.compile(r"(?:当选|未当选|落选|胜出|入选)")
# a numbered place of a neighbourhood and the person for it (`1号楼　某某；`, `第三网格　某某　`)
_PLACE_WORDS = "号楼|号院|栋|幢|单元|网格|村民小组|小组|片区"
_NUMBERED_PLACE = re.compile(r"第?[\d一二三四五六七八九十]{1,3}(?:" + _PLACE_WORDS + ")")
_NUMBERED_PLACE_WORD = literal_re.compile(_PLACE_WORDS)  # (a text with none has no such place)
_MOST_ITEM_NAME = 5  # characters of such an item's name (阿娜尔古丽: the filter reads it)
FIGURE_ITEMS = 3  # items in a row that make a list of people and their figures (`figure_lists`)
_ITEM_MARKS = frozenset(";,、:。()\x00")  # (the compact text's marks between a list's items)


def figure_lists(r: Reader) -> list[Found]:
    """The names of a list whose every item is a person and a figure (a 捐款名单: `某甲　500元　某乙　300元`,
    `某甲500元、某乙300元`; a count of votes: `某甲得票1043张，某乙得票986张`) or a numbered place of a neighbourhood
    and its person (`1号楼　某甲；2号楼　某乙`, `第一网格　某甲　第三网格　某乙`): FIGURE_ITEMS items or more, one
    right after the other, each name two to five Han characters between a space, a mark or the item before it and its
    figure (or after its place), or two of one a space apart; half of them plausible on their own, and then each
    plausible one, one of three characters or more of the shape of a name, a Tibetan one or a Uyghur or Kazakh one
    printed alone (`阿娜尔古丽`), that ends as no unit does and is no place. None spreads. One pass over the figures
    and one over the places."""
    from digest.lexicon import turkic_part

    t = r.text
    s = r.s
    if t is None:
        return []
    soft = t.soft
    # (the cheap tests first: three figures with their unit, or after a space, or three numbered places at least)
    figures = (s.count("元") + s.count("张") + s.count("票") >= FIGURE_ITEMS
               or sum(1 for k in soft if 0 < k <= len(s) and s[k - 1].isdigit()) >= FIGURE_ITEMS)
    places = t.has(_NUMBERED_PLACE_WORD)
    if not figures and not places:
        return []
    out: list[Found] = []
    for items in (_figure_items(s, soft) if figures else [], _placed_items(s, soft) if places else []):
        run: list[tuple[int, str, bool, bool]] = []  # (offset, name, padded, a count of votes)
        for item in [*items, None]:
            if item is not None and (not run or item[3]):
                run.append((*item[:3], item[4]))
                continue
            # (a count of votes of two, as a race of two prints it: `某甲 732票，某乙 691票`, each name plausible)
            least = 2 if all(tally for *_x, tally in run) else FIGURE_ITEMS
            plausible = sum(1 for _a, n, pad, _t in run if pad or r.plausible(n, relaxed=True))
            if len(run) >= least and 2 * plausible >= len(run) and (len(run) >= FIGURE_ITEMS or plausible == len(run)):
                out.extend(Found(n, a, spreads=False, kept=True) for a, n, pad, _t in run
                           if (pad or r.plausible(n, relaxed=True) or (len(n) >= 3 and name_shaped(n))
                               or is_tibetan(n) or (len(n) >= 4 and turkic_part(n)))
                           and not _UNIT_END.search(n) and n not in r.lex.places and n[-1] not in _WHO_LAST)
            run = [(*item[:3], item[4])] if item is not None else []
    return out


def _name_before(s: str, e: int, lo: int, soft: Container[int]) -> tuple[int, str, bool] | None:
    """The name of two to five Han characters ending at offset e, from a space, a mark or offset lo (the end of
    the item before), or two of one a space apart (`张　敏`): (offset, name, padded), or None."""
    k = e
    while k > lo and e - k < _MOST_ITEM_NAME and _is_han(s[k - 1]) and (k == e or k not in soft):
        k -= 1
    if e - k == 1 and k in soft and k - 1 >= lo and _is_han(s[k - 1]) and (k - 1 == lo or k - 1 in soft
                                                                          or s[k - 2] in _ITEM_MARKS):
        return (k - 1, s[k - 1:e], True)  # (张　敏　100元)
    if not 2 <= e - k <= _MOST_ITEM_NAME or not (k == lo or k in soft or s[k - 1] in _ITEM_MARKS):
        return None
    return (k, s[k:e], False)


def _figure_items(s: str, soft: Container[int]) -> list[tuple[int, str, bool, bool, bool]]:
    """(offset, name, padded, right after the item before, a count of votes) for each name before a figure
    (`_FIGURE`), or before one in brackets (`某某（2611）`, `某某（得票2876）`); a count of votes may carry its
    outcome before the next item (`某某　1108票　当选；`)."""
    items: list[tuple[int, str, bool, bool, bool]] = []
    last = -1
    for m in literal_re.finditer(r"(?:得票)?\d+", s):  # (the stdlib's scan, a run of digits at a time)
        if m.start() < last:
            continue  # (the decimals of a figure read already: `12.5元`)
        f = _FIGURE.match(s, m.start())
        if f is None:
            last = m.end()
            continue
        end, bracketed = f.end(), m.start() > 0 and s[m.start() - 1] == "(" and s[f.end():f.end() + 1] == ")"
        bare = not f.group().endswith(("元", "张", "票"))
        if bare and not bracketed and end < len(s) and end not in soft and s[end] not in _ITEM_MARKS:
            last = m.end()
            continue  # (a figure with no unit is one of a list only before a space or a mark: `某某　200　　某某　150`)
        tally = f.group().startswith("得票") or f.group().endswith("票")
        if bracketed:
            end += 1
        if tally and (o := _TALLY_OUTCOME.match(s, end)) is not None:
            end = o.end()
        got = _name_before(s, m.start() - (1 if bracketed else 0), max(last, 0), soft)
        if got is not None:
            items.append((*got, got[0] - (1 if got[0] > 0 and s[got[0] - 1] in _ITEM_MARKS else 0) <= last, tally))
        last = end
    return items


def _placed_items(s: str, soft: Container[int]) -> list[tuple[int, str, bool, bool, bool]]:
    """(offset, name, padded, right after the item before, False) for each name after a numbered place
    (`_NUMBERED_PLACE`)."""
    items: list[tuple[int, str, bool, bool, bool]] = []
    last = -1
    for m in _NUMBERED_PLACE.finditer(s):
        a = m.end() + (1 if s[m.end():m.end() + 1] in (":", "\x00") else 0)
        k = a
        while k < len(s) and k - a < _MOST_ITEM_NAME and _is_han(s[k]) and (k == a or k not in soft):
            k += 1
        name, pad = s[a:k], False
        if k - a == 1 and k in soft and k < len(s) and _is_han(s[k]):
            name, pad, k = s[a:k + 1], True, k + 1  # (1号楼　秦　军)
        if not 2 <= len(name) <= _MOST_ITEM_NAME or not (k == len(s) or k in soft or s[k] in _ITEM_MARKS or _NUMBERED_PLACE.match(s, k)):
            last = m.end()
            continue
        before = m.start() - (1 if m.start() > 0 and s[m.start() - 1] in _ITEM_MARKS else 0)
        items.append((a, name, pad, before <= last, False))
        last = k
    return items


# the end of the unit a series' item names before its person, glued to the name (`县建筑公司|某大山`, `县一中|某雨晴`,
# `某镇前进村|某前进`, `东关街道|某好`): a body, a school, a place
_GLUED_UNIT_END = re.compile(r"(?:公司|集团|银行|支行|分局|合作社|协会|医院|卫生院|中心|社区|街道|小学|中学|大学|学院|[一二三四五六七八九十]中"
                             r"|[局处站所委办院校村镇乡场厂店队馆园部科室会社团])$")
# what closes such a series: a count, or the kind of its people (`…等25人`, `等30户`, `等学生代表`, `等同志`)
_SERIES_TAIL = re.compile(r"等(?=(?:\d{1,4}|[一二三四五六七八九十百]{1,4})(?:名|人|户|位|家|个)|\p{Han}{0,6}?(?:人|代表|同志|学生|单位))")
_MOST_SERIES_ITEM = 24  # characters of one item of such a series: a unit and a name
_CLAUSE_MARKS = r"[，,。；;：:！？!?\x00（）()….]"  # where a clause ends (`……` folded to dots too)
_CLAUSE_CUT = literal_re.compile(_CLAUSE_MARKS + "|$")
_CLAUSE_CUT_BACK = re.compile("(?r)" + _CLAUSE_MARKS)  # the last cut before an offset (searched backwards)


def unit_name_series(r: Reader) -> list[Found]:
    """The names of a series of units each glued to its person, 、 apart, closed by a count (`县自来水公司某立、县环卫处
    某红英、县建筑公司某大山、县农机站某某孜·某尔地等25人`, as a 表彰 notice lists its winners in prose): each item a
    unit ending as a body, a school or a place does (`_GLUED_UNIT_END`, the last such end with two to four characters
    after it, or a dotted name), three items or more, or two and the count, or two each a unit of three characters or
    more and a name plausible on its own (`县第三中学某晓慧、某镇中心小学某程`); half of the names plausible on their own,
    and then every name of the shape of one, a compound surname's, a Tibetan, Mongolian, Yi or dotted one. None
    spreads. One pass over the text's clauses."""
    from digest.lexicon import mongolian_elements, yi_names

    s = r.s
    if s.count("、") < 1:
        return []
    out: list[Found] = []
    mongolian, yi = mongolian_elements(), yi_names()
    done = 0  # the end of the clause read last
    k = s.find("、")
    while k >= 0:  # each clause holding a 、, from the cut before its first one to the cut after it
        back = _CLAUSE_CUT_BACK.search(s, done, k)
        start = back.end() if back else done
        m = _CLAUSE_CUT.search(s, k)
        clause, offset = s[start:m.start()], start
        done = m.end()
        k = s.find("、", done) if done < len(s) else -1
        tail = _SERIES_TAIL.search(clause)
        items, pos, at = clause[:tail.start()].split("、") if tail else clause.split("、"), offset, []
        for item in items:
            at.append(pos)
            pos += len(item) + 1
        if len(items) < 2 or any(len(x) > _MOST_SERIES_ITEM for x in items):
            continue
        names: list[tuple[int, str]] = []
        for a, item in zip(at, items, strict=True):
            got = _glued_name(item)
            if got is None:
                break
            names.append((a + len(item) - len(got), got))
        else:
            if 2 * sum(1 for _a, n in names if "·" in n or r.plausible(n, relaxed=True)) < len(names):
                continue
            if len(names) == 2 and not tail and not all(r.plausible(n) and len(item) - len(n) >= 3
                                                       for (_a, n), item in zip(names, items, strict=True)):
                continue  # (two items and no count: each a unit of three or more and a name plausible on its own)
            out.extend(Found(n, a, spreads=False, kept=True) for a, n in names
                       if "·" in n or r.plausible(n, relaxed=True) or name_shaped(n) or is_tibetan(n) or n in mongolian
                       or (len(n) == 4 and yi.fullmatch(n) is not None) or (n[:2] in r.lex.compound and len(n) >= 3))
    return out


def _glued_name(item: str) -> str | None:
    """The name an item of a unit-and-name series closes with: after the last end of a unit (`_GLUED_UNIT_END`) that
    leaves two to four Han characters (or a dotted name) after it, two characters of the unit or more before it."""
    if not item or not HAN_RUN.fullmatch(item.replace("·", "")):
        return None
    dot = item.find("·")
    for k in range(len(item) - 2, 1, -1):
        rest = item[k:]
        if dot >= 0 and k > dot:
            continue  # (a dotted name is read whole: `县农机站|某某孜·某尔地`)
        if rest[0] == "的" and _GLUED_UNIT_END.search(item, 0, k):
            rest = rest[1:]  # (`某某村的某某·某某`: the unit's 的, no character of the name)
            return rest if 2 <= len(rest) <= 4 or ("·" in rest and len(rest) <= 20) else None
        if (2 <= len(rest) <= 4 or ("·" in rest and len(rest) <= 20)) and _GLUED_UNIT_END.search(item, 0, k):
            return rest
    return None


# a table's head cell of names alone on its line (`姓　名`), and the head of the column after the names (`任　职`, `职务`)
_NAME_HEAD_LINE = re.compile(r"^姓[ \t\u3000]*名$")
_NEXT_HEAD_LINE = re.compile(r"^(?:任[ \t\u3000]*职|(?:现任|拟任)?职[ \t\u3000]*务|工作单位|单[ \t\u3000]*位|性[ \t\u3000]*别|民[ \t\u3000]*族"
                             r"|出生年月|学[ \t\u3000]*历|免[ \t\u3000]*职|备[ \t\u3000]*注)$")
_MOST_COLUMN_NAMES = 60  # lines of names read under one `姓　名`


def name_column(r: Reader) -> list[Found]:
    """The names of a table extracted a column at a time (a 任免名单 from a PDF: `姓　名` / `某迪力·某斯曼` / `马某东` /
    `任　职` / its posts…): under a line `姓　名` alone, each line a name (two to four Han characters, or a dotted
    name) up to the head of the next column (`任　职`, `职务`, `性别` …); two names or more. None spreads."""
    t = r.text
    if t is None or "姓" not in r.s:
        return []
    s = r.s
    starts = _row_starts(t)
    lines = [(a, starts[k + 1] if k + 1 < len(starts) else len(s)) for k, a in enumerate(starts)]
    out: list[Found] = []
    k = 0
    while k < len(lines):
        a, e = lines[k]
        if not _NAME_HEAD_LINE.match(s[a:e].strip("\x00")):
            k += 1
            continue
        names: list[Found] = []
        k += 1
        while k < len(lines) and len(names) < _MOST_COLUMN_NAMES:
            a, e = lines[k]
            cell = s[a:e].strip("\x00")
            if _NEXT_HEAD_LINE.match(cell) or not (_DOTTED_CELL.fullmatch(cell) or (
                    2 <= len(cell) <= 4 and HAN_RUN.fullmatch(cell) is not None and r.lex.opens_with_surname(cell))):
                break
            names.append(Found(cell, a, spreads=False, kept=True))
            k += 1
        if len(names) >= 2 and k < len(lines) and _NEXT_HEAD_LINE.match(s[lines[k][0]:lines[k][1]].strip("\x00")):
            out.extend(names)
    return out


# a results row: an event and a colon, a name, its unit in brackets, then the result (`男子100米:某一鸣(某某一中)11秒2`,
# as the text is folded: the colon and the brackets in ASCII); a dotted name too (`某某·某某(某队)…`)
_RESULT_ROW = re.compile(r"[^:()\x00]{2,20}:(?P<n>\p{Han}{2,4}|\p{Han}{1,8}(?:·\p{Han}{1,8}){1,3})\((?P<u>[^()、,]{2,16})\)"
                         r"(?=[^()\x00]{0,16}\d)[^()\x00]{1,16}")


def result_rows(r: Reader) -> list[Found]:
    """The winners of a results list printed one a line (`男子100米：某一鸣（某某一中）11秒2` / `男子400米：
    司徒某某（实验中学）52秒7` / …): UNIT_ROWS such lines in a row or more, at least half of their names
    plausible on their own; in such a run every name is one (a compound surname's, 司徒某某; an Uyghur
    one, 阿依某某), unless it ends as a unit or a place does (a relay's school: `接力：某某一中（…、…）`
    lists its runners in the brackets, no row). None spreads."""
    t = r.text
    if t is None or ":" not in r.s or "(" not in r.s:
        return []
    s = r.s
    starts = _row_starts(t)
    out: list[Found] = []
    run: list[tuple[int, str]] = []
    for k, a in enumerate([*starts, len(s)]):
        e = starts[k + 1] if k + 1 < len(starts) else len(s)
        m = _RESULT_ROW.fullmatch(s, a, e) if a < len(s) else None
        name = m["n"] if m else ""
        if m and (r.plausible(name, relaxed=True)
                  or not (_UNIT_END.search(name) or name in r.lex.places or name[-1] in PLACE_ENDS)):
            run.append((m.start("n"), name))
            continue
        if len(run) >= UNIT_ROWS and 2 * sum(1 for _a, n in run if r.plausible(n, relaxed=True)) >= len(run):
            out.extend(Found(n, x, spreads=False, kept=True) for x, n in run)
        run = []
    return out


# a person in brackets after an item of a series (`心血管内科（某建华）、`): the brackets, the name, and what parts the
# items (the folded text's ASCII marks)
_BRACKETED_NAME = literal_re.compile(r"\(([^\x00-\x7f(),、:;。]{2,4})\)(?=[、;,。]|$)")
_ITEM_LEAD = 16  # characters of the item before such brackets (a department, a prize, a village)
_ITEM_LEAD_CUT = frozenset("、;,:。()\x00")  # what ends the item before it


def _series_names(r: Reader, run: list[tuple[int, str]], fits: Callable[[str], bool]) -> list[Found]:
    """The names of a series of bracketed items read in a row ((offset, name) each): FIGURE_ITEMS of them or more, half
    plausible on their own, and then each plausible one or one of the shape of a name (or a dotted one) that is no role
    and `fits` the series. Kept; none spreads."""
    if len(run) < FIGURE_ITEMS or 2 * sum(1 for _a, n in run if r.plausible(n, relaxed=True)) < len(run):
        return []
    return [Found(n, a, spreads=False, kept=True) for a, n in run
            if (r.plausible(n, relaxed=True) or name_shaped(n) or "·" in n) and r.lex.roles.search(n) is None and fits(n)]


def bracketed_series(r: Reader) -> list[Found]:
    """The names of a series whose every item is a thing and its person in brackets, 、 or ； apart (a hospital's
    `心血管内科（某建华）、呼吸内科（某振宇）、消化内科（某晓东）`, a 名单 of prizes and their winners): FIGURE_ITEMS items
    or more, each a lead of one to _ITEM_LEAD characters and its brackets right after the item before; half of the
    names plausible on their own, and then each plausible one or one of the shape of a name that is no unit, place,
    role or people (`（回族）`). None spreads. One scan of the brackets."""
    s = r.s
    if s.count("(") < FIGURE_ITEMS:
        return []
    out: list[Found] = []
    run: list[tuple[int, str]] = []
    last = -2  # where the brackets of the item before ended

    def close() -> None:
        out.extend(_series_names(r, run, lambda n: not _UNIT_END.search(n) and n not in r.lex.places
                                 and n[-1] not in "族人员者"))
        run.clear()

    for m in _BRACKETED_NAME.finditer(s):
        k = j = m.start()
        while j > 0 and k - j < _ITEM_LEAD and s[j - 1] not in _ITEM_LEAD_CUT:
            j -= 1
        if j == k or (j > 0 and s[j - 1] not in _ITEM_LEAD_CUT):
            close()
            last = -2
            continue
        if j != last + 1:
            close()
        if HAN_RUN.fullmatch(m[1]):
            run.append((m.start(1), m[1]))
        else:
            close()
        last = m.end()
    close()
    return out


# a unit in brackets after each person of a series (`某亮（实验小学）、某丽（第二中学）、…`): the brackets and what they hold
_UNIT_BRACKETS = literal_re.compile(r"\(([^\x00-\x7f(),、:;。]{2,16})\)(?=[、;,。]|$)")
_DOTTED_ITEM = re.compile(r"\p{Han}{1,6}·\p{Han}{1,6}")  # (`大卫·某尔（美国籍）`)
_BRACKETED_UNIT = re.compile(r"(?:学院|学校|中学|小学|大学|中专|职专|幼儿园|医院|卫生院|中心|公司|集团|银行|街道|社区|协会"
                             r"|[局站所院校馆厂社队部委办处科室村镇乡])$")


def names_before_units(r: Reader) -> list[Found]:
    """The names of a series whose every item is a person and their unit in brackets, 、 or ； apart (`副教授：某凡
    （数学与统计学院）、某静（心理学院）、…`, a 名单 of teachers and their schools): FIGURE_ITEMS items or more, each a name
    of two to four Han characters (or a dotted one) right after the item before, its brackets holding a unit's name (a
    school, a body, a village: `_BRACKETED_UNIT`); half of the names plausible on their own, and then each of the shape
    of a name, whatever word or place it also is (`某亮`, `柏林`), that is no role. None spreads. One scan of the brackets."""
    s = r.s
    if s.count("(") < FIGURE_ITEMS:
        return []
    out: list[Found] = []
    run: list[tuple[int, str]] = []
    last = -2  # where the brackets of the item before ended

    def close() -> None:
        out.extend(_series_names(r, run, lambda _n: True))
        run.clear()

    for m in _UNIT_BRACKETS.finditer(s):
        k = j = m.start()
        while j > 0 and k - j < 12 and (_is_han(s[j - 1]) or s[j - 1] == "·"):
            j -= 1
        name = s[j:k]
        ok = (_BRACKETED_UNIT.search(m[1]) is not None and (j == 0 or s[j - 1] in "、;,:\x00" or j in r.soft)
              and ((2 <= len(name) <= 4 and HAN_RUN.fullmatch(name) is not None) or _DOTTED_ITEM.fullmatch(name) is not None))
        if not ok:
            close()
            last = -2
            continue
        if j != last + 1:
            close()
        run.append((j, name))
        last = m.end()
    close()
    return out


def _list_piece(r: Reader, c: str) -> bool:
    """One piece of a spaced list: a name of two to four characters (a Tibetan one of two syllables,
    次仁央金, or a Yi one, a clan and a given name: 曲比某呷, too), or a dotted name."""
    from digest.lexicon import mongolian_elements, mongolian_names, one_minority_name, tibetan_syllable

    if "·" in c:
        return 3 <= len(c) <= 20 and all(len(p) >= 1 for p in c.split("·"))
    if 3 <= len(c) <= _MOST_MONGOLIAN_PIECE and mongolian_names().fullmatch(c) is not None:
        return True  # (a Mongolian name of elements in a row of names: `王 敏 巴特尔 乌日娜 额尔敦毕力格 刘建国`)
    return 2 <= len(c) <= 4 and (r.plausible(c, relaxed=True) or (len(c) == 4 and (is_tibetan(c) or one_minority_name(c)))
                                 # (a Tibetan name of one syllable, `扎西`, or a Mongolian one of one element, `萨仁`,
                                 # in a row of names: `车　辉　贾丽娜　萨仁　吴　瑾`)
                                 or (len(c) == 2 and (tibetan_syllable().fullmatch(c) is not None or c in mongolian_elements())))


_MOST_MONGOLIAN_PIECE = 8  # characters of a Mongolian name of elements as a piece of a spaced list
_COUNT = re.compile(r"\d+[名位人个]")


def _word_named(r: Reader, item: str, k: int) -> bool:
    """Is the item of a long run of names that ends at the 、 at k a name that spells a word (丰收, 高山,
    林海: a listed surname, then one or two Han characters), the item after it a name too? Between
    names in a 表彰名单 a word that a surname opens is a person's name."""
    s = r.s
    if (not 2 <= len(item) <= 3 or item[0] not in r.lex.surnames or not all(_is_han(ch) for ch in item)
            or item[-1] in PLACE_ENDS or item[-1] in ORG_END):
        return False  # (nor a place's or a unit's name among the names: 高新区; 高山 is a name there)
    e = s.find("、", k + 3, k + 6)
    if e < 0:
        e = k + 1
        while e < len(s) and e - k <= 5 and _is_han(s[e]) and s[e] != "等":
            e += 1  # the list's last item, before 等 or a mark (…、丰收、某某等50名同志, …、丰收、某某。)
        if e - k >= 3 and (e == len(s) or s[e] == "等" or not _is_han(s[e])):
            return s[k + 1:e] in r.known or plausible(s[k + 1:e], False)
        return False
    nxt = s[k + 1:e]
    return nxt in r.known or plausible(nxt, False)


def _long_run(r: Reader, j: int, path: list[int], chain: dict[int, tuple[str, int]],
              ends: dict[int, tuple[bool, int]]) -> int:
    """In a list of LIST_RUN names or more, the items from j that stand whole between two 、 and are
    names (known, or plausible: 2-4 characters, a surname first, or words a surname opens between two
    names: `_word_named`), each read whole, with no look
    inside it for a word that could follow a shorter name (张学|会: 会 is such a word, but an item of a
    表彰名单 is a name whole). Adds them to `path` and `chain`; returns the offset of the first item
    not read so (the caller reads it as any other). One slice and one look-up an item, in one loop: a
    list of thousands of names costs about what prose of its length does."""
    s, known = r.s, r.known
    k = s.find("、", j + 2, j + 5)
    while k > 0 and j not in ends:
        item = s[j:k]
        if item not in known and not plausible(item, False) and not _word_named(r, item, k):
            break
        path.append(j)
        chain[j] = (item, k + 1)
        j = k + 1
        k = s.find("、", j + 2, j + 5)
    return j


def _read_list(r: Reader, i: int, ok: Callable[[int], bool], chain: dict[int, tuple[str, int]],
               ends: dict[int, tuple[bool, int]]) -> None:
    """Read the 、 list from offset i, one name an item, into `chain` (offset -> (the name there, the
    offset of the next name or -1)) and `ends` (offset -> (the list from there ends cleanly, its
    end)). A list read from a given offset is the same whichever start reached it: an offset in
    `ends` is not read again (a list of 3,000 names, or one that does not end cleanly, stays linear)."""
    s = r.s
    path: list[int] = []
    j = i
    while j not in ends:
        if len(path) >= LIST_RUN:
            j = _long_run(r, j, path, chain, ends)
            if j in ends:
                break
        name = r.name_at(j, ok) or (dotted_at(s, j, ok) if path else None)
        if name is None:
            if len(path) >= LIST_RUN:  # a long run of names, then an item that is none: the run
                last = path[-1]
                chain[last] = (chain[last][0], -1)
                res = (True, last + len(chain[last][0]))
            else:
                res = (False, j)
            break
        path.append(j)
        e = j + len(name)
        after = skip_paren(s, e)  # 张三(洛阳某公司)、李四(…)
        if after < len(s) and s[after] == "、":
            chain[j] = (name, after + 1)
            j = after + 1
            continue
        chain[j] = (name, -1)
        res = (True, e)
        break
    else:
        res = ends[j]
    for p in path:
        ends[p] = res


def _parallel_phrases(names: list[str]) -> bool:
    """Are the items of a 、 list parallel phrases, no names: of three characters with the same degree
    word in the middle (`天更蓝、水更清`), or each a word of the dictionary opening with a surname (flag c)
    and a quality (`车位少、车辆多`); or one verb's parallel objects: all of three characters, all
    opening with the same character, and what follows it in each a common word and nothing else in
    CC-CEDICT (`管安全、管业务`, `抓生产、抓服务`)? A family listed by name shares a surname but not common
    words for given names (`王建国、王建华` stay: 建华 reads as a place; `王建国、王卫国`: 卫国 as a name too)."""
    from digest.lexicon import word_flags
    from digest.namemodel import stats

    ce = stats().cedict or {}
    if len(names) >= 2 and all(len(n) == 3 and n[1] == names[0][1] for n in names) and names[0][1] in _DEGREES:
        return True  # a quality each thing gains, the degree between them (`天更蓝、水更清`, `楼更高、路更宽`)
    if len(names) >= 2 and all(len(n) == 3 and n[1] == "得" for n in names):
        return True  # verbs and what they reach, 得 between (`种得下、管得好`, `留得住、用得久`): no given name has it so
    if len(names) >= 2 and all(n[0] == "边" for n in names):
        return True  # two things done at once (`边整治、边撂荒`, `边学边干`): 边…边…, no family of 边
    if len(names) >= 2 and all(len(n) == 3 and n[2] in _QUALITIES and "c" in word_flags().get(n[:2], "") for n in names):
        return True  # things and how they are (`车位少、车辆多`, `楼道窄、管线老`): a word of the dictionary, then a quality
    return (len(names) >= 2 and len({n[0] for n in names}) == 1 and all(len(n) == 3 for n in names)
            and all(ce.get(n[1:]) == "c" for n in names))


_DEGREES = frozenset("更最很越较")  # a degree before a quality, in the middle of each of a list's items
_QUALITIES = frozenset("多少难慢快高低大小好差强弱长短贵远近深浅窄宽老旧新乱脏险")  # how a thing is, after its name


def clause_lists(r: Reader) -> list[Found]:
    """Two or more names separated by 、 that open a clause or follow a function word or a verb:
    王军、张玉杰、魏险峰、任丽君等参加; 同意李岩、张雄2名同志…; 分别为:裴佳、廉洛君. A list must end
    cleanly (its last name before a mark or a follow word), unless LIST_RUN names or more come before
    an item that is none: those names are a list (the item, and what follows it, are read afresh)."""
    s, out = r.s, []
    # a list's first name ends two to four characters before its first 、 or (
    named, other = r.text.list_starts()
    starts = named  # where a surname starts and a list may open; else a confirmed name must start:
    if r.by_first:
        extra = [i for i in other if s[i] in r.by_first and may_open_list(s, i)]
        if extra:
            starts = sorted(named + extra)

    def ok(k: int) -> bool:
        return r.follows(k) or r.follows_weakly(k) or _COUNT.match(s, k) is not None

    chain: dict[int, tuple[str, int]] = {}
    ends: dict[int, tuple[bool, int]] = {}
    n = 0
    while n < len(starts):
        i = starts[n]
        n += 1
        if not r.may_start(i):  # may_start: always, as chosen above
            continue
        _read_list(r, i, ok, chain, ends)
        clean, end = ends.get(i, (False, i))
        if clean and chain[i][1] >= 0:  # two names or more
            items: list[tuple[str, int]] = []
            k = i
            while k >= 0:
                name, nxt = chain[k]
                items.append((name, k))
                k = nxt
            if not _parallel_phrases([name for name, _k in items]):
                out.extend(Found(name, k) for name, k in items)
            n = bisect.bisect_left(starts, end, n)  # the next start after the list
    return out


# the head of a table's column of people (`| 村名 | 负责人 | 完成情况 |`): its cells below are names
_NAME_COLUMN_HEAD = frozenset({
    "姓名", "负责人", "责任人", "联系人", "包保领导", "包村领导", "包联领导", "带队领导", "分管领导", "牵头领导",
    "责任领导", "获奖人", "申报人", "主讲人", "授课人", "联络员", "网格员", "指导员", "监督员", "责任人员",
    # (a 提案 list's proposers, as a 政协 page prints its table of 提案: `案号　案由　提案人　承办单位`)
    "提案人", "提案者", "领衔人", "领衔代表", "领衔委员", "获奖者", "发言人",
    # (a 低保 or 救助 list's householders and applicants)
    "户主", "申请人", "救助对象", "保障对象"})
_NAME_HEAD_MOST = 6  # characters of a head cell ending in 姓名 (`户主姓名`, `参训人员姓名`)
_NAME_CELL_MOST = 4  # characters of a name in such a column (a compound surname and two: 某某国梁)
_POST_LAST = frozenset("员长师手")  # the last character of an occupation left in such a cell (网格员, 组长): no name
# what a table prints in a cell of people that is no one (同上 opens with the surname 同)
_TABLE_FILLERS = frozenset({"同上", "同前", "同左", "同右", "同下", "暂无", "待定", "不详", "未定", "空缺", "另定"})
_ADDRESSED = frozenset({"女士", "先生", "同志"})  # after a surname (陈女士): no full name (roles, 张主任, are read as roles)


_DOTTED_CELL = re.compile(r"\p{Han}{1,8}(?:·\p{Han}{1,8}){1,3}")  # a table's cell holding a dotted name
_PROSE_MARK = re.compile(r"[。！？!?；;，,]")  # a clause's mark: a line of prose, no table's row


def _padded_cells(cells: list[tuple[int, int]], s: str) -> list[tuple[int, int]]:
    """The cells of a row, two of one Han character in a row joined: a name of two padded to a three's width
    (`王　芳　　某社区`: 王芳 one cell; `1　王　芳`: the row's number stays a cell)."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(cells):
        p, q = cells[k]
        one, two = s[p:q].strip("\x00"), s[cells[k + 1][0]:cells[k + 1][1]].strip("\x00") if k + 1 < len(cells) else ""
        if len(one) == 1 and len(two) == 1 and _is_han(one) and _is_han(two):  # (not a row's number: `1　王　芳`)
            out.append((p, cells[k + 1][1]))
            k += 2
            continue
        out.append((p, q))
        k += 1
    return out


def headed_columns(r: Reader) -> list[Found]:
    """The names in a table's column of people, its rows printed one a line with spaces between their
    cells (a Markdown or Word table read as text: `村名　负责人　完成情况` / `某村　某某某　已完成`): a line
    whose cells include a column head for people (`_NAME_COLUMN_HEAD`: 姓名, 负责人, 联系人 …), then each
    line right after it with as many cells, whose cell in that column is two to four Han characters
    opening with a listed surname, no word of the dictionary, filler (同上, 暂无), time (年底前), unit or place (镇农业办),
    role, word for a kind of person, occupation (网格员) or surname and address (张主任, 陈女士).
    Linear: each line is cut into its cells once. None spreads."""
    lines, bounds = _line_starts(r)
    if not lines:
        return []
    s, out = r.s, []
    wide = r.text.wide if r.text is not None else set()  # (offsets where two spaces or more stood: `Text.wide`)
    column, width = -1, 0  # the column of names under the last head line, and its count of cells
    others: list[int] = []  # the head line's other columns of names
    for a, _x, _b, e in lines:
        cells = raw = _line_cells(bounds, a, e)
        if column >= 0 and len(cells) > width:  # (a name of two padded: `王　芳　　某社区`; 男　　汉 are cells)
            cells = _padded_cells(cells, s)
        if column >= 0 and len(cells) > width and wide:  # (cells a wide gap apart, one holding words a space apart:
            wide_cuts = [a, *(p for p, _q in raw[1:] if p in wide)]  # `某某 等4人`, `某某某 某 某`: one cell each)
            by_gaps = [(p, q) for p, q in zip(wide_cuts, [*wide_cuts[1:], e], strict=True) if q > p]
            if len(by_gaps) == width:
                cells = by_gaps
        if column < 0 or len(cells) != width:  # (inside a table a row is a row: `某某　某村　网格员`)
            texts = [s[p:q].strip("\x00") for p, q in cells]
            heads = [k for k, c in enumerate(texts) if _name_head(c, len(texts))]
            if not heads and any(len(c) == 1 for c in texts):  # a head padded too: `序号　姓　　名　工作单位`
                cells = _padded_cells(cells, s)
                texts = [s[p:q].strip("\x00") for p, q in cells]
                heads = [k for k, c in enumerate(texts) if _name_head(c, len(texts))]
            wrapped = (not heads and column >= 0 and 0 < len(cells) < width
                       and not any(_PROSE_MARK.search(c) for c in texts))
            if not wrapped:
                column, width = (heads[0], len(cells)) if heads and len(cells) >= 2 else (-1, 0)
                others = heads[1:] if column >= 0 else []  # (a second column of people: `包联领导　社区书记`)
                continue
            if column >= len(cells):
                continue  # a row whose last cell wrapped onto the next line (`某市妇幼保健院（某市` / `儿童医院）　科室`):
            # still a row (its name read where the column holds one: `4　某春燕　某市妇幼保健院（某市`)
            right = column - (width - len(cells))  # (or a results table's row under its first, the event and the
            if right >= 1 and _RANK_CELL.fullmatch(s[cells[0][0]:cells[0][1]].strip("\x00")):  # group left blank:
                p, q = cells[right]  # `2　某　某　某镇　11秒47` under `男子100米　社会组　1　某某某　某镇　11秒32`,
                name = s[p:q].strip("\x00")  # its cells counted from the right, its first a rank)
                if _plausible_cell(r, name):
                    out.append(Found(name, p + s[p:q].index(name), spreads=False, kept=True))
                continue
        for c in (column, *others):
            p, q = cells[c]
            cell = s[p:q].strip("\x00")
            at = p + s[p:q].index(cell) if cell else p
            for name in cell.split("、") if "、" in cell else (cell,):  # (a cell of two on duty: `某婷婷、某　磊`)
                if _plausible_cell(r, name):
                    out.append(Found(name, at, spreads=False, kept=True))
                at += len(name) + 1
    return out


# a 名单's line: a unit, a colon, then its names (`县委办公室：某晓东`, `县委组织部：某　洋、某某某`), the text folded
_UNIT_COLON_ROW = re.compile(r"(?P<u>\p{Han}{2,20}?" + _UNIT_LAST + r")[:：](?P<n>\p{Han}{2,4}(?:、\p{Han}{2,4}){0,9})")
_LEAST_COLON_ROWS = 2  # such lines in a row that make a 名单 of them


def unit_colon_rows(r: Reader) -> list[Found]:
    """The names of a 名单 printed a unit a line, a colon after it, then its names (`县委办公室：某晓东` /
    `县纪委监委：某丽霞` / `县委组织部：某　洋`): _LEAST_COLON_ROWS such lines in a row or more, half their names
    plausible on their own; in such a run every name that is no unit or place is one. None spreads."""
    t = r.text
    if t is None or ("：" not in r.s and ":" not in r.s):
        return []
    s = r.s
    starts = _row_starts(t)
    out: list[Found] = []
    run: list[tuple[int, str]] = []
    lines = 0  # the lines of the run under way
    for k, a in enumerate([*starts, len(s)]):
        e = starts[k + 1] if k + 1 < len(starts) else len(s)
        m = _UNIT_COLON_ROW.fullmatch(s, a + (s[a:a + 1] == "\x00"), e) if a < len(s) else None
        if m is not None:
            at = m.start("n")
            for name in m.group("n").split("、"):
                run.append((at, name))
                at += len(name) + 1
            lines += 1
            continue
        if lines >= _LEAST_COLON_ROWS and 2 * sum(1 for _x, n in run if r.plausible(n, relaxed=True)) >= len(run):
            out.extend(Found(n, x, spreads=False, kept=True) for x, n in run
                       if not (_UNIT_END.search(n) or n in r.lex.places or n[-1] in PLACE_ENDS))
        run, lines = [], 0
    return out


_LEAST_TABLE_ROWS = 3  # rows of a table without a head line whose column of names is read
_MOST_TABLE_CELLS = 8  # cells of such a row


def unheaded_columns(r: Reader) -> list[Found]:
    """The names in a column of a table printed without a head line, its rows one a line with spaces between their
    cells (`龙潭村　唐某勇　因病　3000元` / `沙坝村　苟某旺　因灾　2000元` / …, `吕某梅　县实验小学→某中心小学`):
    _LEAST_TABLE_ROWS lines in a row or more, each of as many cells (two to _MOST_TABLE_CELLS, a name of two
    padded to a three's width one cell), none a sentence; a column two in three of whose cells, and three at
    least, are names on their own (`_plausible_cell`) is one of people, each of its cells read so is a name.
    Linear: each line is cut into its cells once. None spreads."""
    lines, bounds = _line_starts(r)
    if len(lines) < _LEAST_TABLE_ROWS:
        return []
    s, out = r.s, []
    rows: list[list[tuple[int, int]] | None] = []
    for a, _x, _b, e in lines:
        cells = _padded_cells(_line_cells(bounds, a, e), s)
        texts = [s[p:q].strip("\x00") for p, q in cells]
        rows.append(cells if 2 <= len(cells) <= _MOST_TABLE_CELLS and all(texts) and not any(
            _PROSE_MARK.search(c) for c in texts) else None)

    def read(run: list[list[tuple[int, int]]]) -> None:
        if any(_name_head(s[p:q].strip("\x00"), len(row)) for row in run for p, q in row):
            return  # (a head line among the rows: `headed_columns`' table)
        for c in range(len(run[0])):
            cells = [(row[c][0], row[c][1], s[row[c][0]:row[c][1]].strip("\x00")) for row in run]
            named = [(p, q, n) for p, q, n in cells if _plausible_cell(r, n) and r.plausible(n)
                     and (len(n) <= 3 or n[:2] in r.lex.compound)]  # (not `种植桑蚕`, a project's cell)
            if len(named) >= _LEAST_TABLE_ROWS and 3 * len(named) >= 2 * len(cells):
                out.extend(Found(n, p + s[p:q].index(n), spreads=False, kept=True) for p, q, n in named)

    run: list[list[tuple[int, int]]] = []
    for row in [*rows, None]:
        if row is not None and (not run or len(row) == len(run[0])):
            run.append(row)
            continue
        if len(run) >= _LEAST_TABLE_ROWS:
            read(run)
        run = [row] if row is not None else []
    return out


# a column's head that is a post held by one person a row (`社区书记`, `村支书`, `站长`): its cells are names
_POST_HEAD = re.compile(r"\p{Han}{0,6}(?:书记|支书|主任|组长|队长|站长|校长|所长|村长|社长|局长|网格长)")


# a head over the people on duty or on a job, as a roster prints it (`日期　带班领导　值班干部　驾驶员`, `值班人员`, `陪同人员`)
_STAFF_HEAD = re.compile(r"\p{Han}{0,4}(?:领导|干部|人员|司机)|驾驶员|值班员|带班员")
_LEAST_POST_HEAD_CELLS = 3  # cells of a head line whose post heads a column (a row's wrapped cell, `办事处主任`, heads none)


def _name_head(cell: str, cells: int) -> bool:
    """Is a table's head cell one over a column of people's names (`_NAME_COLUMN_HEAD`, or a post `_POST_HEAD`
    in a line of `_LEAST_POST_HEAD_CELLS` cells or more)?"""
    return (cell in _NAME_COLUMN_HEAD or (cell.endswith("姓名") and len(cell) <= _NAME_HEAD_MOST)  # (`户主姓名`, `教师姓名`)
            or (cells >= _LEAST_POST_HEAD_CELLS and (_POST_HEAD.fullmatch(cell) is not None
                                                     or _STAFF_HEAD.fullmatch(cell) is not None)))


_RANK_CELL = re.compile(r"\d{1,2}")  # a results row's rank, its first cell


def _plausible_cell(r: Reader, name: str) -> bool:
    """Is a table's cell in its column of people a person's name: a dotted name (`帕尔哈提·艾山`), or two to four Han
    characters opening with a listed surname, no word of the dictionary, filler (同上, 暂无), time (年底前), unit or
    place (镇农业办), role, word for a kind of person, occupation (网格员) or surname and address (张主任, 陈女士)?"""
    from digest.lexicon import TIME_WORDS, dictionary_word, weak_anchors

    if _DOTTED_CELL.fullmatch(name):
        return True
    nouns = weak_anchors()[0]
    return bool(2 <= len(name) <= _NAME_CELL_MOST and HAN_RUN.fullmatch(name) and r.lex.opens_with_surname(name)
                and not dictionary_word(name) and name not in _TABLE_FILLERS and name[-1] not in _POST_LAST
                and name[-1] not in ORG_END and name[-1] not in PLACE_ENDS and not r.lex.roles.search(name)
                and not nouns.search(name) and name[1:] not in _ADDRESSED and not surname_and_address(name)
                and name[:2] not in TIME_WORDS)


_SEXES = frozenset({"男", "女"})


# a row's number right before its name, in a table flattened to one line (`numbered_rows`)
_ROW_NUMBER = literal_re.compile(r"(?<![0-9.])[0-9]{1,3}(?=[\u4e00-\u9fff])")
NUMBERED_ROWS = 2  # rows of a number, a name and a sex in one paragraph that make a table of them


def numbered_rows(r: Reader) -> list[Found]:
    """The names of a table of people flattened into one paragraph, row after row (`序号 姓名 性别 … 1 某梦瑶 女
    县实验小学 … 2 某小川 男 …`, or with no spaces as a PDF's extraction runs them: `1某晓东男1996.04本科…2某文静女…`):
    two to four Han characters right after a row's number and right before 男 or 女, which a space, a digit or the
    end follows, when NUMBERED_ROWS rows or more print so. The row says the cell is a name: one that is a word
    (江河, 向前) is one too. None spreads."""
    t, s = r.text, r.s
    if t is None or ("男" not in s and "女" not in s):
        return []
    out: list[Found] = []
    for m in _ROW_NUMBER.finditer(s):
        q = m.end()
        for n in (2, 3, 4):
            e = q + n
            if e >= len(s) or not HAN_RUN.fullmatch(s, q, e):
                break
            if (s[e] in _SEXES and (q in t.soft or s[q - 1].isdigit())
                    and (e + 1 == len(s) or e + 1 in t.soft or s[e + 1].isdigit())
                    and (e in t.soft or n < 4)):
                out.append(Found(s[q:e], q, spreads=False, kept=True))
                break
    return out if len(out) >= NUMBERED_ROWS else []


def name_over_sex(r: Reader) -> list[Found]:
    """The names of a table flattened to one cell a line (a web page's 任前公示 copied as text: `1` / `某某` /
    `男` / `汉族` / `1981.09` / …): a name alone on its line (two to four Han characters opening with a
    listed surname, no word of the dictionary, or a dotted name) right over a line of 男 or 女 alone, when
    two rows or more print so; or a Tibetan, Yi or Mongolian name there (某某德木图 / 男 / 蒙古族). Linear: each line
    is read once. None spreads."""
    from digest.lexicon import dictionary_word, mongolian_names, one_minority_name

    t, s = r.text, r.s
    if t is None or ("男" not in s and "女" not in s):
        return []
    starts = _row_starts(t)
    lines = [(a, starts[k + 1] if k + 1 < len(starts) else len(s)) for k, a in enumerate(starts)]
    out: list[Found] = []
    for (a, b), (c, d) in zip(lines, lines[1:], strict=False):
        if s[c:d].strip("\x00") not in _SEXES:
            continue
        name = s[a:b].strip("\x00")
        if _DOTTED_CELL.fullmatch(name) or (2 <= len(name) <= 4 and HAN_RUN.fullmatch(name) is not None
                                            and r.lex.opens_with_surname(name) and not dictionary_word(name)) \
                or (2 <= len(name) <= 8 and (one_minority_name(name) or mongolian_names().fullmatch(name) is not None)):
            out.append(Found(name, a + s[a:b].index(name), spreads=False, kept=True))
    return out if len(out) >= 2 else []
