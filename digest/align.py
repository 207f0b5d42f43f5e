"""Stage 4: align the 目录 to the body and cut the body into entries.

Input: the `Source`, its `Block`s and the `Toc`. Output: a `ParseResult` whose entries carry title,
toc_title, section, subsection, page, text and line span (dates and persons come later).

How:
1. Body headings: a body line whose whole text is a 目录 section or subsection name (`## 时 政`,
   `## **重要会议**`, `领导活动`) is a heading; the 目录 says which kind it is, whatever its markup.
   Any other heading (a county name inside a round-up entry, `### 洛龙区`) stays in its entry's text.
2. Titles: each 目录 line is looked for in the body, in 目录 order, from where the previous one was
   found. A body paragraph matches when a prefix of it (or of it and the next paragraph: a title
   broken over two lines, `**…工作**` / `**会谈** 11月16日，…`) is similar enough to the 目录 title
   after width folding and removing spaces and markup. The prefix ends at a natural boundary — the end
   of a bold run, a space, the start of a date, the end of the paragraph — so a title that runs
   straight into its text is cut there. Similarity is rapidfuzz's normalized Indel ratio, which
   forgives OCR drift of a character or two (钼/铝, 人民政府/政府). A 目录 line not found ahead is
   looked for anywhere unclaimed (body order wins over 目录 order); one not found at all is reported.
3. Entries not in the 目录: a bold or heading paragraph that is followed by a date-led text is an
   entry too, reported as a warning.
4. Cutting: an entry runs from its title to the next entry or heading; continuation paragraphs
   belong to it. Text before the first entry of a heading is reported, not lost.

`parse_with_toc` runs these as named steps, in the order of `ALIGN_STEPS` (the module's table of
contents): take_body, split_glued_titles, find_body_headings, read_front_matter, match_titles_in_order,
match_titles_anywhere, split_brief_columns, find_entries_not_in_toc, find_titles_in_gaps,
find_rest_of_numbered_series, read_unlisted_columns, cut_entries, page_of_paged_sections, page_from_footers,
pair_by_order, check_page_order, warn_doubted_headings, summarize. Each reads and extends one `_State` and has its own
tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex as re
from rapidfuzz.distance import Indel

from digest.blocks import (
    BRACKETED,
    BULLET_RUN_IN,
    DECOR,
    ITEM_MARKS,
    PAGE_MARK,
    Block,
    Wrap,
    clean_heading,
    display_width,
    hard_wrap,
    indent_width,
    key,
    reaches_margin,
    runs_on,
)
from digest.bylines import all_writer_names, glued_unit_writer, take_glued_credit
from digest.chrome import chrome_reason, footer_notice
from digest.fields import counted_to
from digest.lexicon import ORG_END, lexicon, word_flags
from digest.model import Entry, Issue, ParseResult, Problem
from digest.source import Source
from digest.text import (
    CLAUSE_MARK,
    MAKER_LABELS,
    NUMBER_THEN_TITLE,
    SIGNED_DAY,
    UNIT_ENDS,
    WRAPPED_CREDIT_REST,
    credit_alone,
    credit_facts,
    date_starts,
    ends_full_stop,
    ends_sentence,
    fold,
    has_words,
    join_spaced_names,
    leads_with_date,
    peel_entry_credits,
    prose_line,
    trailing_credit,
    unit_writer,
)
from digest.toc import Toc, TocItem, title_key

MATCH = 0.8         # minimum similarity for a title found ahead of the previous one
MATCH_ANYWHERE = 0.86  # minimum similarity for a title found out of 目录 order
WINDOW = 40         # paragraphs searched ahead of the previous match
_DROP = set(" \t\u3000*#>_`" + DECOR)
_DROP_RX = re.compile("[" + re.escape("".join(sorted(_DROP))) + "]")
_WS = re.compile(r"\s+")


@dataclass
class _Keyed:
    """A block's comparison key and, for each key character, its index in the block text."""

    k: str
    bounds: set[int]  # key offsets where a title may end
    whole: bool = False  # the block is a title whole: a heading, or bold from end to end (it runs into no text)


LIMIT = 240  # titles are matched on the first characters of a paragraph only


def _keyed(b: Block) -> _Keyed:
    text = b.text[:LIMIT]
    norm = fold(text)
    parts: list[str] = []
    bounds: set[int] = set()
    size = 0
    for seg in _WS.split(norm):
        if seg:
            kseg = _DROP_RX.sub("", seg)
            parts.append(kseg)
            size += len(kseg)
        bounds.add(size)
    ks = "".join(parts)
    if len(b.text) > LIMIT:
        bounds.discard(size)
        ks += "\uffff"  # never part of a title: marks a paragraph longer than we look at
    whole = bool(b.level)
    if b.bold and text.startswith(b.bold):
        bold = key(b.bold)
        bounds.add(len(bold))
        whole = whole or bold == ks
    for m in date_starts(norm):
        bounds.add(len(_DROP_RX.sub("", _WS.sub("", norm[: m.start()]))))
    bounds.discard(0)
    return _Keyed(ks, bounds, whole)


def _position(text: str, cut: int) -> int:
    """The index in text of key character number `cut` (same folding as _keyed); len(text) past the end."""
    norm = fold(text[:LIMIT])
    seen = 0
    for i, c in enumerate(norm):
        if not c.isspace() and c not in _DROP:
            if seen == cut:
                return i
            seen += 1
    return len(text)


@dataclass
class _Match:
    block: int        # index into body blocks of the title's first paragraph
    span: int         # 1, 2 or 3 paragraphs hold the title
    cut: int          # key offset in the last title paragraph where the title ends
    score: float
    item: TocItem | None
    column: TocItem | None = None  # a brief's column as the 目录 lists it (`四、简讯……7`): its page
    kicker: bool = False  # the first line is a kicker of speech over the title's decks (`_kicker_over_decks`)
    untitled: bool = False  # a brief printed with no title: titled by its first clause, all of it text (`_untitled_briefs`)
    speaker: bool = False  # the first line names who gave the speech the title heads (`_speaker_above`)


class _Aligner:
    def __init__(self, body: list[Block], heads: dict[int, tuple[str, str]]):
        self.body = body
        self.heads = heads
        self.keyed = [_keyed(b) for b in body]
        self.leads = [kd.k[:4] for kd in self.keyed]  # first key characters, for a cheap pre-check

    def score_at(self, i: int, target: str) -> tuple[float, int, int]:
        """Best (similarity, span, cut) of a title prefix at body paragraph i against target."""
        if i in self.heads or not target:
            return 0.0, 1, 0
        a = self.keyed[i]
        if not a.k:
            return 0.0, 1, 0
        n = len(target)
        lo, hi = max(1, int(n * 0.6)), int(n * 1.5) + 2
        quick = Indel.normalized_similarity(target[: min(n, 12)], a.k[: min(n, 12)])
        if quick < 0.4:
            return 0.0, 1, 0
        best = (0.0, 1, 0)
        for c in sorted(a.bounds):
            if lo <= c <= hi:
                s = Indel.normalized_similarity(target, a.k[:c])
                if s > best[0]:
                    best = (s, 1, c)
        nxt = i + 1
        if (best[0] < 1.0 and nxt < len(self.body) and nxt not in self.heads and len(a.k) < n + 2
                and not ends_full_stop(self.body[i].text) and not credit_alone(self.body[i].text)):
            b = self.keyed[nxt]
            joined = a.k + b.k
            for c in sorted(b.bounds):
                tot = len(a.k) + c
                if lo <= tot <= hi:
                    s = Indel.normalized_similarity(target, joined[:tot])
                    if s > best[0] + 0.01:
                        best = (s, 2, c)
            third = nxt + 1  # a long title over three lines (a 公报's `某县人大常委会` / `关于接受某某辞去…` / `…职务的决定`)
            if (best[0] < 1.0 and third < len(self.body) and third not in self.heads and len(joined) < n + 2
                    and not ends_full_stop(self.body[nxt].text)):
                c3 = self.keyed[third]
                for c in sorted(c3.bounds):
                    tot = len(joined) + c
                    if lo <= tot <= hi:
                        s = Indel.normalized_similarity(target, (joined + c3.k)[:tot])
                        if s > best[0] + 0.01:
                            best = (s, 3, c)
        # no boundary at the title's end: a title that runs straight into its text (never a paragraph opening
        # with its date's clause, `10月份，全市居民消费价格指数…`: an entry's text, however like its title; never a
        # line set bold whole or as a heading, the title the body prints in other words: `**某园区新签约项目3个**`
        # for `某园区新签约3个项目`)
        for c in (range(max(lo, n - 3), min(hi, n + 3, len(a.k.rstrip(chr(0xFFFF)))) + 1)
                  if not _DATE_CLAUSE.match(self.body[i].text) else ()):
            if a.whole and a.k[c:].rstrip(chr(0xFFFF)).strip(_CLOSING_MARKS):
                continue  # (a title whole runs into no text: only its closing mark is left out)
            s = Indel.normalized_similarity(target, a.k[:c]) - 0.02
            if s > best[0]:
                best = (s, 1, c)
        return best




_CLOSING_MARKS = "。！？!?.；;，,、…"  # what a bold title's line may close with, no word of it
_DATE_CLAUSE = re.compile(r"^\s*(?:\d{4}年)?\d{1,2}月(?:份|\d{1,2}日)?(?:[上下]午|晚)?[，,]")  # `10月份，…`: a text's opening
_DIGITS = re.compile(r"\d+")
_LIST_ITEM = re.compile(r"^[(（]?[0-9一二三四五六七八九十]{1,3}[.．、)）]")
_NOTE_END = ("通过）", "通过)", "批准）", "批准)")
_ISSUE_NUMBER = re.compile(r"第\d{1,4}[期号]")  # (in key form: a long running head prints its issue's number)
_LONG_HEAD = 32  # key characters of a running head that prints the issue's number by a long name (某县人大常委会公报　2024年第3号)
_ISSUE_MARK = re.compile(r"\d{4}\s*年|第\s*\d+\s*期|\d{4}[./-]\d{1,2}|[·\-—]\s*\d{1,3}\s*[·\-—]")


_BACK_LINK = re.compile(r"^[↑⇧⬆^]?\s*[\[【]?\s*(?:返回目录|返回顶部|回到顶部|返回页首|回到目录)\s*[\]】]?$")


# an item's tag alone on its line over its title (`【信息一】`, `【信息 12】`, `信息 3`, `[稿件2]`): the issue's count of its
# items, no text of the item before it
_ITEM_TAG = re.compile(r"^\s*(?:[【\[]\s*(?:信息|简讯|稿件|动态|条目|要闻)?\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[】\]]"
                       r"|(?:信息|稿件|条目)\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3}))\s*$")


def _furniture(body: list[Block], toc: Toc, publication: str | None = None) -> set[int]:
    """Lines that are page furniture, not text: bare page numbers (`5`, `- 5 -`, `— 5 —`, `第5页`) and short plain
    running heads printed again and again: three times or more when they carry each page's own number or
    the issue's number or date (`洛阳政务信息·2·`, `2023年第11期`), five times otherwise, and once or more
    when they also print the publication's name the masthead prints (`publication`: a short digest of two or
    three pages prints its running head once or twice) or print that name alone (`信息快报`), and printed
    beside the page numbers (`toc.running`: `digest.blocks.running_heads` of the whole issue, the 目录 and
    masthead included). Never a heading, a label (`会议要求：`), a list
    item (`1.抓好落实`) or anything that matches a 目录 title. And the items' tags alone on their lines over their
    titles (`_ITEM_TAG`: `【信息一】` … `【信息十二】`), two or more."""
    names = toc.names("section") | toc.names("subsection")
    titles = [key(it.title) for it in toc.items]
    seen: dict[str, list[tuple[int, str]]] = {}
    out: set[int] = set()
    for b in body:
        if len(b.text) > 60:
            continue  # prose: neither a page number nor a running head
        if PAGE_MARK.match(b.text) or _BACK_LINK.match(b.text.strip()):
            out.add(b.line)  # (or a web issue's link back to its 目录 under each item: `↑返回目录`)
            continue
        k = key(b.text)
        if _ACT_NOTE.match(b.text.strip()) or b.text.rstrip().endswith(_NOTE_END):
            continue  # an act's note under its title, printed under every act alike: no running head
        if ((len(k) <= 20 or (len(k) <= _LONG_HEAD and _ISSUE_NUMBER.search(k))) and not b.level and not b.bold and not k.endswith((":", "："))
                and not _LIST_ITEM.match(k) and clean_heading(b.text) not in names):
            # the same head with each page's own number (洛阳政务信息·2·, ·3·, …) is one running head
            # (and one printed with its parts in the other order on facing pages: `某某公报　2024年第3号` /
            # `2024年第3号　某某公报`, its parts sorted)
            parts = sorted(_DIGITS.sub("0", key(p)) for p in b.text.split())
            seen.setdefault("\t".join(parts), []).append((b.line, k))
    for group in seen.values():
        texts = [k for _, k in group]
        named = bool(publication) and (texts[0] == publication
                                       or (publication in texts[0] and bool(_ISSUE_MARK.search(texts[0]))))
        if len(group) < 3 and (not named or len(texts[0]) > 20):  # (a long one only when printed three times or more:
            continue  # not the footer's `某市人民政府办公室　2024年11月25日印发`)
        if any(t and (t in titles or any(x.startswith(t) or t.startswith(x) for x in titles if x)) for t in texts):
            continue
        numbered = len(set(texts)) > 1 or bool(_ISSUE_MARK.search(texts[0]))
        if named or numbered or len(group) >= 5:
            out.update(line for line, _ in group)
    out |= {b.line for b in body if b.line in toc.running and key(b.text) not in titles}
    tags = [b.line for b in body if len(b.text) <= 12 and _ITEM_TAG.match(b.text)]
    if len(tags) >= 2:  # (two or more: the items' tags, `【信息一】` … `【信息十二】`)
        out.update(tags)
    return out


def _site_footer(text: str) -> bool:
    """Is the line a web page's own footer: a copyright or record number (`chrome.footer_notice`), a browser
    or resolution note, a disclaimer? An issue saved from a site closes on it, under its last item."""
    return (footer_notice(text) or chrome_reason(text) in ("browser-note", "disclaimer")
            or _SITE_RECORD.match(text.strip()) is not None)


# an office system's record under a document it shows: its attached file (`附件：某某.doc (86.5KB)`) or its
# workflow (`流转记录：…拟稿 → …审核通过`)
_SITE_RECORD = re.compile(r"^(?:附件\s*\d*\s*[:：].{1,80}\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar)\b.*"
                          r"|(?:流转记录|审批记录|办理记录|签收记录)\s*[:：].*)$", re.IGNORECASE)


def _closing(body: list[Block]) -> tuple[set[int], list[dict[str, object]]]:
    """The closing matter of the issue: the run of lines at the end of the body that are credits or
    colophon (`digest.text.credit_facts`: 报：/送：/发：, 编辑：/审核：/签发：, 联系电话：, 主办：, 共印N份,
    …印发) or carry no words (a rule `————`), and a line that carries on the credit line above it, broken at
    the page's width (`报：…县政府、县政协` / `领导`). Contributor lines right after the last entry's text
    (`（市商务局供稿）`) are left to it: they are that entry's credit. Returns the lines taken out and
    their facts ({line, kind, label, value})."""
    run: list[tuple[Block, list[tuple[str, str, str]] | None]] = []
    footers: set[int] = set()  # the lines of a web page's own footer among them
    carried = ""  # the words of a line that carries on the credit line above it
    for k in range(len(body) - 1, -1, -1):
        b = body[k]
        facts = credit_facts(b.text.rstrip() + carried) if carried else credit_facts(b.text)
        carried = ""
        if facts is None and (_site_footer(b.text) or chrome_reason(b.text) in ("prev-next", "page-stamp", "internal")):
            run.append((b, None))  # a web page's own footer (`…主办 | 技术支持：… | 建议使用IE8及以上浏览器`), or its
            # links to the posts before and after (`上一篇：…` / `下一篇：没有了`) under the issue's closing lines
            footers.add(b.line)
            continue
        if facts is None and has_words(b.text):
            # a credit line a page's width broke (`报：…县政府、县政协` / `领导`): the line goes with it
            if k == 0 or credit_facts(body[k - 1].text) is None or credit_facts(body[k - 1].text.rstrip() + b.text.strip()) is None:
                break
            carried = b.text.strip()
        run.append((b, facts))
    run.reverse()
    lead = 0  # leading contributor lines (and rules among them) stay with the last entry
    for n, (_, f) in enumerate(run):
        if f is None:
            continue
        if not all(k == "contributor" for k, _, _ in f):
            break
        lead = n + 1
    run = run[lead:]
    if not any(f for _, f in run) and not any(b.line in footers for b, _ in run):
        return set(), []
    facts_out = [{"line": b.line, "kind": k, "label": lab, "value": v} for b, f in run for k, lab, v in (f or ())]
    return {b.line for b, _ in run}, facts_out


def _body_headings(body: list[Block], toc: Toc) -> dict[int, tuple[str, str]]:
    """The body's section and subsection headings: lines naming one the 目录 names; where the 目录 names
    none (a 导读 of titles alone), labels in brackets alone on their line (`【工作动态】`, `【基层实践】`),
    _LABELLED_SECTIONS of them or more, are sections."""
    sections, subs = toc.names("section"), toc.names("subsection")
    heads: dict[int, tuple[str, str]] = {}
    labels: dict[int, str] = {}
    for i, b in enumerate(body):
        if len(b.text) > 40:
            continue
        name = clean_heading(b.text)
        if (gloss := _LATIN_GLOSS.search(name)) is not None and gloss.start() >= 2:
            name = name[:gloss.start()]  # (`社區建設 Community Building`: a bilingual bulletin's heading, its English after it)
        if len(name) > 12:
            continue
        if name in sections:
            heads[i] = ("section", name)
        elif name in subs:
            heads[i] = ("subsection", name)
        elif not sections and not subs and (m := BRACKETED.match(b.text.strip())) and has_words(m.group("n")) \
                and not _INNER_COMMA.search(name):
            labels[i] = name
        elif not sections and not subs and (m := _FRAMED_LABEL.match(b.text.strip())) is not None:
            labels[i] = "".join(m.group("n").split())  # (`◆政协动态◆`, `◆简　　讯◆`: a label between two marks)
        elif (not sections and not subs and (m := _MARKED_LABEL.match(b.text.strip())) is not None
              and not any(key(it.title).startswith(key(m.group("n"))) for it in toc.items)):
            labels[i] = "".join(m.group("n").split())  # (`◎工作动态`: a short label after one mark, no 目录 title's start)
    if len(labels) >= _LABELLED_SECTIONS:
        heads.update((i, ("section", name)) for i, name in labels.items())
    return heads


_LABELLED_SECTIONS = 2  # bracketed labels a body prints before they are its sections (a 目录 naming none)
_LATIN_GLOSS = re.compile(r"(?<=\p{Han})\s*[A-Za-z][A-Za-z &'’.\-]{2,40}$")  # a heading's English after its Chinese
# a section's label between two marks alone on its line (`◆政协动态◆`, `★基层传真★`, `■简　讯■`)
_FRAMED_LABEL = re.compile(r"^(?P<m>[◆◇★☆■□●○♦])\s*(?P<n>\p{Han}[\p{Han} \u3000]{1,10})\s*(?P=m)$")
# a section's label after one mark alone on its line, two to six characters (`◎工作动态`, `◆基层传真`): longer, a title
_MARKED_LABEL = re.compile(r"^[◆◇★☆■□●○♦◎](?P<n>\p{Han}(?:[ \u3000]?\p{Han}){1,5})$")


def _title_text(body: list[Block], keyed: list[_Keyed], m: _Match) -> tuple[str, str]:
    """Cut (title, remaining text of the title's last paragraph) at the match boundary."""
    parts = []
    rest = ""
    for j in range(m.block, m.block + m.span):
        b = body[j]
        if j < m.block + m.span - 1:
            parts.append(b.text.strip())
            continue
        end = _position(b.text, m.cut)
        while end < len(b.text) and b.text[end] in _CLOSERS_AFTER_TITLE:
            end += 1  # the 目录's straight quotes fold away: 获评省级"最美家庭" / 获评省级“最美家庭”
        if 0 < end < len(b.text) and b.text[end - 1].isdigit() and (
                b.text[end].isdigit() or (b.text[end] in ".．" and b.text[end + 1:end + 2].isdigit())):
            while end < len(b.text) and (b.text[end].isdigit() or (b.text[end] in ".．" and b.text[end + 1:end + 2].isdigit())):
                end += 1  # (a cut inside a figure, `…签约2` / `.36亿元`: the figure is the title's whole)
        rest = b.text[end:].strip()
        nxt = body[j + 1].text if j + 1 < len(body) else ""
        more = _TITLE_THEN_DATE.match(rest)
        unit = _REST_UNIT.match(_SENDER_FRAME.sub(r"（\g<u>）", rest))  # (`…工作取得明显成效【县扶贫办】`: as in brackets)
        if unit and _LEAD_CREDIT.match(unit["u"]) and (not unit["more"] or _TITLE_WORDS.match(unit["more"])):
            # the unit an item came from after its title (`…“村村通”实现全覆盖（县医保局）`, the 目录 printing the
            # title short): the title's rest is title, the unit a credit on a line of its own (`_take_entry_credits`)
            end, rest = end + len(b.text[end:]) - len(b.text[end:].lstrip()) + len(unit["more"]), unit["u"]
            parts.append(b.text[:end].strip())
            continue
        if rest and _title_goes_on(rest, nxt):
            end, rest = len(b.text), ""  # the 目录 printed the title short: 赛马会 / 赛马会暨文旅推介会
        elif more:  # …调研 / …调研乡村振兴和县域经济工作 9月4日，… on one line
            end, rest = end + len(b.text[end:]) - len(b.text[end:].lstrip()) + more.end("t"), rest[more.end():]
        parts.append(b.text[:end].strip())
        rest = rest.lstrip(":：|丨—–。").strip()  # 标题：11月7日，… / 标题——正文 / 标题。正文 (a run-in title)
    title = ""
    for p in parts:
        if title and (title[-1].isascii() and title[-1].isalnum()) and (p[:1].isascii() and p[:1].isalnum()):
            title += " "
        title += p
    title = _WS.sub(" ", title).strip()
    closer = _TITLE_BRACKETS.get(title[:1])
    if closer and rest[:1] == closer:  # 【标题】, 〖标题〗 printed in brackets: the brackets are no title's
        title, rest = title[1:].strip(), rest[1:].lstrip(":：|丨—–").strip()
    elif closer and title.endswith(closer):
        title = title[1:-1].strip()
    sender = _SENDER_FRAME.search(title)  # (`…任务全面完成【县交通运输局】`, the 目录 wording it otherwise)
    if sender is not None and sender.start() > 0 and _sender_credit(f"（{sender['u']}）"):
        title, rest = title[:sender.start()].strip(), f"（{sender['u']}）" + (f" {rest}" if rest else "")
    sender = _SENDER_OPENING.match(rest)  # (`■标题【某镇】　12月25日，…`: a brief run in after its unit)
    if sender is not None and _sender_credit(f"（{sender['u']}）"):
        rest = f"（{sender['u']}）" + rest[sender.end():]
    return title, rest


def _lead_credit_apart(rest: str) -> list[str]:
    """The paragraphs a title's line leaves after it: a unit's credit in brackets it opens with apart from the
    text run in after it (`（某镇）　12月25日，…` -> [`（某镇）`, `12月25日，…`]), to be read as the credit under a title
    (`_take_entry_credits`)."""
    m = _CREDIT_THEN_TEXT.match(rest)
    if m is None or not _sender_credit(m["c"]):
        return [rest] if rest else []
    return [m["c"], m["t"]]


def _sender_credit(credit: str) -> bool:
    """Is a bracketed credit a unit's (`（县扶贫办）`, `（县委办　县政府办）`) or a unit's and its writers'
    (`（某镇　某某）`)?"""
    return bool(_LEAD_CREDIT.match(credit) or unit_writer(credit))


_CREDIT_THEN_TEXT = re.compile(r"^(?P<c>（[^（）]{2,40}）)[\s\u3000]*(?P<t>\S.*)$", re.S)
_SENDER_OPENING = re.compile(r"^【(?P<u>[^【】()（）]{2,40})】")


_TITLE_BRACKETS = {"【": "】", "[": "]", "〖": "〗", "〔": "〕", "［": "］"}  # (a title's frame: no words of it)
_SENDER_FRAME = re.compile(r"【(?P<u>[^【】()（）]{2,40})】$")  # the unit an item came from framed after its title
_REST_UNIT = re.compile(r"^(?P<more>[^()（）]{0,24}?)\s*(?P<u>[(（][^()（）]{2,40}[)）])$")  # (`实现全覆盖（县医保局）`)


_TITLE_TAIL_MAX = 24
_CLOSERS_AFTER_TITLE = "”’』」》〉）)"
# more title, then a space and the entry's date, on the title's line (…调研乡村振兴工作 9月4日，…)
_TITLE_THEN_DATE = re.compile(r"(?P<t>\p{Han}[^，,。；;：:！？!?\s]{1,23})[ \t\u3000]+(?=(?:\d{4}\s*年\s*)?\d{1,2}\s*月)")
# a title's words: two Han first (after an enumeration comma), no sentence mark, no digit last (5 / 月,…), or
# one Han character, all the 目录 left out
_OPENING_QUOTES = "“‘「『《〈"
_JOINING_LAST = "暨及与和、"  # a title's line ending on one of these goes on over the next line
_TITLE_WORDS = re.compile(r"^、?\p{Han}(?:\p{Han}[^，,。；;：:！？!?]*(?<!\d)|)$")  # (or one Han alone: …融资难|题)


# a second deck opening with a figure (`32个项目总投资218亿元`, `1—6月…增长9.2%`): figures and Han, no clause mark
_FIGURES_DECK = re.compile(r"^\d[\d.．%％—\-~～]*\p{Han}[\p{Han}\d.．%％“”‘’、—\-]*$")


def _title_goes_on(rest: str, nxt: str) -> bool:
    """Is what follows the matched 目录 title on its line more of the title (the 目录 shortened it),
    not text: a few words opening with two Han characters, without punctuation, not a date or its
    start, with the entry's text on the next line (opening with a date, or a paragraph)?"""
    return (len(rest) <= _TITLE_TAIL_MAX and _TITLE_WORDS.match(rest) is not None and not leads_with_date(rest)
            and not rest.startswith(("—", "–", "|", "丨")) and bool(nxt.strip())
            and (leads_with_date(nxt) or ends_sentence(nxt) or _DASHED_SOURCE.match(nxt.strip()) is not None))


# the place or unit an item comes from, on a line of its own under its title (`——岑阳县`, `——县农业农村局`)
_DASHED_SOURCE = re.compile(r"^[—–]{1,2}\s*\p{Han}{2,16}$")


_MOST_TITLE_HEADINGS = 3  # heading lines of one title over its subtitle


def _headings_over_subtitle(st: _State, m: _Match) -> _Match:
    """A 目录 title worded as the body's `——` subtitle (`段承熙在某会议闭幕会上的讲话` for `## 凝心聚力　实干笃行` /
    `## 奋力开创…新局面` / `——在某会议闭幕会上的讲话`): the match found the subtitle; the title is the headings
    right over it (marked up or bold, one to three, unclaimed), the subtitle the entry's (`_DASH_SUBTITLE`)."""
    body = st.body
    if m.span != 1 or not _DASH_SUBTITLE.match(body[m.block].text.strip()):
        return m
    k = m.block
    while (k - 1 >= 0 and m.block - (k - 1) <= _MOST_TITLE_HEADINGS and k - 1 not in st.covered and k - 1 not in st.heads
           and (body[k - 1].level or body[k - 1].bold) and body[k].line == body[k - 1].last_line + 1
           and not _INNER_STOP.search(body[k - 1].text)):
        k -= 1
    if k == m.block:
        return m
    return _Match(k, m.block - k, len(key(body[m.block - 1].text)), m.score, m.item)


# a kicker of what a leader said, over the headline that says it (`某某在某县调研…时强调` / `坚持…` / `确保…`)
_SPEECH_KICKER = re.compile(r"(?:强调|指出|表示|要求|提出|寄语)[：:]?$")
_MOST_DECKS = 2  # lines of a headline under such a kicker


def _kicker_over_decks(st: _State, m: _Match) -> _Match:
    """A 目录 title the body prints as a kicker of speech (`某某在某县调研脱贫攻坚工作时强调`, the 目录 saying
    `某某到某县调研脱贫攻坚工作`) over a headline of one or two decks (`坚持搬迁与产业就业同步谋划` /
    `确保搬迁群众稳得住能致富`) over the text: the kicker is the entry's, the decks its title."""
    body = st.body
    if m.span != 1 or m.kicker:
        return m
    line = body[m.block].text.strip()
    if not _SPEECH_KICKER.search(line) or _INNER_COMMA.search(line):
        return m
    decks = []
    k = m.block + 1
    while k < len(body) and len(decks) < _MOST_DECKS and k not in st.covered and k not in st.heads:
        t = body[k].text.strip()
        if not t or len(key(t)) > 2 * _TITLE_TAIL_MAX or _INNER_COMMA.search(t) or leads_with_date(t) or not _TITLE_WORDS.match(t):
            break
        decks.append(k)
        k += 1
    if not decks or k >= len(body) or not (leads_with_date(body[k].text) or prose_line(body[k].text)):
        return m
    return _Match(m.block, 1 + len(decks), len(key(body[decks[-1]].text)), m.score, m.item, kicker=True)


_KICKER_MOST = 24  # key characters of a kicker over a 目录 title
_FRAMED_MOST = 10  # key characters of a section's label framed by one character both sides (`令机关建设令`, an OCR's ◆)


def _kicker_above(st: _State, m: _Match) -> _Match:
    """A kicker (引题) right over a body title the 目录 prints without it (`压实整改责任　确保按期销号` / `局党组研究部署…`):
    a paragraph of a few words of title (no mark inside, no full stop, no date, no credit, no number, bullet or
    bracket of a heading), unclaimed, on the line right above the whole title, the 目录's title holding none of it,
    and standing alone: the document's start, a heading, a rule, a title or a closed paragraph above it."""
    if m.kicker or m.speaker or m.item is None or m.block < 1:
        return m
    body, up = st.body, m.block - 1
    if up in st.covered or up in st.heads or not (
            body[up].last_line + 1 == body[m.block].line or (  # (or a blank line apart, a blank line over it too:
                body[up].last_line + 2 == body[m.block].line  # `（某办）` / / `文化惠民迎新春` / / `全市…活动启动`, as
                and (up == 0 or body[up - 1].last_line + 1 < body[up].line))):  # pdftotext sets a kicker apart)
        return m
    last = body[m.block + m.span - 1]
    above = body[up].text.strip()
    k = key(above)
    if (not 4 <= len(k) <= _KICKER_MOST or m.cut < len(key(last.text)) or _INNER_COMMA.search(above)
            or ends_full_stop(above) or leads_with_date(above) or _credit_line(above) or not _TITLE_WORDS.match(above)
            or above[:1] in DECOR + "【[（(" or _without_item_number(above) != above or k in title_key(m.item.title)
            or body[up].level or body[up].bold or _UNIT_ALONE.match(k) or k[-1] in ORG_END  # (`某某政务信息编辑部`)
            or "〔" in above or (2 < len(k) <= _FRAMED_MOST and k[0] == k[-1])):  # (`某人常发〔2021〕27号`: an act's number; `令某某令`:
        return m  # a label framed by one mark, an OCR's ◆)
    pub = _masthead_facts(st).get("publication")
    if pub and "".join(pub.split())[-4:] in k:
        return m  # (`某某人大工作动态` atop a page: the running head printing the publication's name)
    if any(r.end() == len(k) for r in lexicon().roles.finditer(k)):
        return m  # (`县某局原党组成员、副局长` / `某某严重违纪违法…`: a role, the title's first line, its name under it)
    head = "".join(key(body[j].text) for j in range(m.block, m.block + m.span))
    if head.startswith(("—", "-")) or title_key(m.item.title) not in head:
        return m  # (the 目录's whole title printed under it, no subtitle: else the line above is the title's first part,
        # `某某带队` / `检查工业园区…` under the 目录's `县领导检查工业园区…`)
    before = up - 1
    if not (before < 0 or before in st.heads or before in st.covered or not has_words(body[before].text)
            or ends_sentence(body[before].text)):
        return m
    return _Match(up, m.span + 1, m.cut, m.score, m.item, m.column, kicker=True)


_PAIRS = {"《": "》", "“": "”", "（": "）", "(": ")", "【": "】"}


def _opened_above(st: _State, m: _Match) -> _Match:
    """A body title the match found from its second line, its first line above it opening a bracket its second
    closes (`县人大常委会开展《中华人民共和国` / `安全生产法》执法检查`, a title wrapped inside a book title), or cut from
    it inside a word (`…专题研` / `究部署…`: 研究 a word of the dictionary) after a finished line: the match takes the
    line above too, when that line is a few words of title (no sentence mark) right over it, unclaimed."""
    up = m.block - 1
    if m.span != 1 or up < 0 or up in st.covered or up in st.heads:
        return m
    above, here = st.body[up].text.strip(), st.body[m.block].text.strip()
    if st.body[m.block].line != st.body[up].last_line + 1 or len(above) > 2 * _TITLE_TAIL_MAX or _INNER_STOP.search(above):
        return m
    level = st.body[m.block].level
    if (level and st.body[up].level == level and (up == 0 or st.body[up - 1].level != level)
            and not any(key(above) == key(h) for it in st.toc.items for h in (it.section, it.subsection) if h)):
        return _Match(up, 2, m.cut, m.score, m.item)  # (a title set as two headings of one level: `## 某市第十五届人民代表大会
        # 第四次会议` / `## 关于政府工作报告的决议`, the 目录 printing the second)
    opened = [c for c in _PAIRS if above.count(c) > above.count(_PAIRS[c])]
    if any(_PAIRS[c] in here and here.count(_PAIRS[c]) > here.count(c) for c in opened):
        return _Match(up, 2, m.cut, m.score, m.item)
    before = up - 1  # or the wrap cut a word in two (`县委常委会召开会议专题研` / `究部署秋冬季…工作`, the 目录's `研究部署…`),
    if ((key(above)[-1:] + key(here)[:1]) in word_flags() and _TITLE_WORDS.match(above)  # the line above a title's
            and len(key(above)) >= len(key(here)) and " " not in above and "\u3000" not in above  # (full width: no
            # kicker, shorter, of two phrases a space apart: `抓住窗口期 打好攻坚战` / `局党组…`)
            and (before < 0 or before in st.heads or not has_words(st.body[before].text)  # first words after a
                 or ends_sentence(st.body[before].text) or _credit_line(st.body[before].text))):  # finished line
        return _Match(up, 2, m.cut, m.score, m.item)
    return m


def _line_goes_on(st: _State, m: _Match) -> _Match:
    """A body title the 目录 printed short, the rest on the same line (`凤鸣街道：“小区议事会”破解老旧小区加装电|梯难题`
    matched by the 目录's `凤鸣街道“小区议事会”破解加装电梯难题`): the match takes the whole line when its rest is a
    few words of title (no sentence mark, no date) and the next line opens with a date or is prose."""
    if m.span != 1 or m.block + 1 >= len(st.body):
        return m
    b = st.body[m.block]
    if len(b.text.strip()) <= m.cut:
        return m  # (the match holds the line's every character: nothing goes on; the cheap test first)
    whole = len(key(b.text))
    if m.cut >= whole or whole - m.cut > _TITLE_TAIL_MAX:
        return m  # (nothing after the match, or more than a title's few words: a run-in text)
    rest = b.text[_position(b.text, m.cut):].strip()
    if not (has_words(rest) and len(rest) <= _TITLE_TAIL_MAX and _TITLE_WORDS.match(rest.lstrip(_OPENING_QUOTES))
            and not leads_with_date(rest) and not any(c in rest for c in "()（）")):  # (`…全覆盖（县医保局）`: the unit that sent it, no title's word)
        return m
    under = st.body[m.block + 1].text
    if (m.block + 1) in st.heads or not (leads_with_date(under) or prose_line(under)):
        return m
    return _Match(m.block, 1, whole, m.score, m.item)


def _wrapped_on(st: _State, m: _Match) -> _Match:
    """A body title the 目录 printed short that goes on over the next line (`…供水一体化、老旧小区` /
    `改造及农村公路提档升级工作` / `7月16日，…`): the match takes that line too, when what follows the
    matched part and the next line are a few words of title each (no sentence mark, no date; the
    next line starts no 目录 title), or the matched line ends on a joining word (`…暨`), or the next line
    is a second deck (`_second_deck`), and the line after them opens with a date or is prose."""
    body = st.body
    last = m.block + m.span - 1
    nxt = last + 1
    if m.span != 1 or nxt + 1 >= len(body) or nxt in st.heads or nxt in st.covered:
        return m
    b, n = body[last], body[nxt]
    words = "".join(n.text.split()).lstrip(_OPENING_QUOTES)  # (`“ 两 不 愁 ” 问 题 …`: a letter-spaced line too)
    under = body[nxt + 1].text
    if len(n.text) > 2 * _TITLE_TAIL_MAX or not (_TITLE_WORDS.match(words) or _FIGURES_DECK.match(words)) \
            or not (leads_with_date(under) or prose_line(under)):
        return m  # the cheap tests first: most titles are followed by their text
    if _unit_writers(n.text.strip()) is not None:
        return m  # (`县人大常委会研究室　某某` under the title: its writer and unit, `_take_act_note`, no deck)
    rest = b.text[_position(b.text, m.cut):].strip()
    rest = rest if has_words(rest) else ""  # (a mark the key leaves out: `…增长12.7%`)
    k = key(n.text)
    if rest:  # more words after the matched part
        more = len(rest) <= _TITLE_TAIL_MAX and _TITLE_WORDS.match(rest) and not leads_with_date(rest)
    else:  # the line ends on a word joining two parts (`…脱贫攻坚暨` / `“两不愁…”…`), or a second deck under
        # the whole 目录 title (`区长某某作政府工作报告` / `提出今年经济社会发展主要预期目标` / text…)
        more = (key(b.text)[-1:] in _JOINING_LAST or _second_deck(n.text, k) or _toc_goes_on(m, key(b.text), k)
                or (len(k) <= _WORD_TAIL and m.item is not None and key(m.item.title).endswith(k))  # (`…加装电` / `梯难题`:
                # a wrap cut the title's last word, the 目录's title ends with it)
                or (key(b.text)[-1:] + k[:1]) in word_flags())  # (`…优化城乡公交线` / `路的提案`: a word the wrap cut)
    if more and len(k) <= _TITLE_TAIL_MAX and not any(key(it.title).startswith(k[:6]) for it in st.toc.items):
        return _Match(m.block, 2, len(k), m.score, m.item)
    return m


_WORD_TAIL = 3  # key characters of a title's last word a wrap carried to a line of its own (`梯难题`)


def _toc_goes_on(m: _Match, line: str, nxt: str) -> bool:
    """Does the 目录's title of the match go on past the matched line into the next one (`…安全生产大检查` /
    `情况通报` under the 目录's `…大检查情况`): the line is the 目录 title's start and the next line opens with the rest
    (or is all of it)?"""
    if m.item is None:
        return False
    whole = title_key(m.item.title)
    rest = whole[len(line):] if whole.startswith(line) else ""
    return len(rest) >= 2 and (nxt.startswith(rest) or rest.startswith(nxt))


_LEAST_DECK = 6  # key characters of a title's second deck


def _second_deck(text: str, k: str) -> bool:
    """Is a line under a whole title its second deck: a few words of title (`_LEAST_DECK` or more; the
    caller holds it to `_TITLE_TAIL_MAX`), no date, no credit, no unit alone and no reporter's label
    (`县委宣传部`, `通讯员 某某` under a title are no title)?"""
    t = text.strip()
    return (_LEAST_DECK <= len(k) and not leads_with_date(t) and not _credit_line(t) and not _UNIT_ALONE.match(k)
            and not _REPORTER_WORD.search(t))


_BRACKETED = re.compile(r"^\s*[(（][^()（）]*[)）]\s*$")  # a line wholly in brackets: a credit or a note
_UNIT_ALONE = re.compile(r"^\p{Han}{2,16}(?:" + UNIT_ENDS + r"|部|镇|乡|街道|社区|村|工作队)$")  # (`县委宣传部`)
_REPORTER_WORD = re.compile(r"记者|通讯员|供稿|摄影|撰稿|执笔")
_INNER_COMMA = re.compile(r"[，,。；;]")  # (a headline's line holds none: a paragraph's line does)
_PLAIN_TITLE = re.compile(
    r"^(?P<t>[^，,。；;：:！？!?]{8,60}?)\s+(?=(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?\s*[，,])"
)


_NOTICE_KIND = re.compile(r"^关于\S{2,60}的(?:通知|通报|决定|意见|函)$")  # a 公文's title (`关于进一步规范…的通知`)
_ADDRESSEES = re.compile(r"^各\S")  # the bodies a 公文 is sent to, under its title (`各乡镇人民政府，县直各单位：`)
def _signature_at(body: list[Block], i: int) -> bool:
    """Is block i a unit's name alone over a date alone (`县疫情防控工作指挥部办公室` / `2020年2月5日`): the
    issuer signing a notice, no title?"""
    return (i + 1 < len(body) and _UNIT_ALONE.match(key(body[i].text)) is not None
            and SIGNED_DAY.match("".join(body[i + 1].text.split())) is not None)


_PART_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")  # a report's part
_AS_FOLLOWS = re.compile(r"如下[，,：:。]|如下$")  # a paragraph announcing the parts under it (`…报告如下：`)


def _extra_title(body: list[Block], heads: dict[int, tuple[str, str]], i: int) -> tuple[int, int] | None:
    """A paragraph not in the 目录 but printed like an entry title: (span, cut) of its title, else None."""
    b = body[i]
    if i in heads or not has_words(b.text) or credit_facts(b.text) is not None:
        return None  # a line of only dots, dashes, digits is never a title
    # (a separator line, `＊　＊　＊`, closes what came before too)
    prev_done = (i == 0 or (i - 1) in heads or ends_sentence(body[i - 1].text) or not has_words(body[i - 1].text)
                 or BRACKETED.match(body[i - 1].text) is not None)  # (a section's label, `【信息简讯】`, over the title)
    if _signature_at(body, i):
        return None  # `县某指挥部办公室` / `2020年2月5日`: a notice's issuer and date, no title over a dated text
    if i > 0 and _PART_NUMBER.match(b.text.strip()) and _AS_FOLLOWS.search(body[i - 1].text):
        return None  # (`现将…情况报告如下，请予审议。` / `一、…基本情况`: the first part of the report, no entry)
    if not b.bold and not b.level and prev_done:
        m = _PLAIN_TITLE.match(b.text) or (BULLET_RUN_IN.match(b.text) if b.text[:1] in ITEM_MARKS else None)
        if m:
            return 1, len(key(m.group("t")))
        nxt = body[i + 1] if i + 1 < len(body) else None
        if 8 <= len(key(b.text)) <= 60 and not ends_sentence(b.text) and "，" not in b.text:
            if nxt is not None and (i + 1) not in heads and leads_with_date(nxt.text):
                return 1, len(key(b.text))
            if (nxt is not None and (i + 1) not in heads and _NOTICE_KIND.search(b.text.strip())
                    and _ADDRESSEES.match(nxt.text.strip())):
                return 1, len(key(b.text))  # a 通知 inserted between the items, over the bodies it is sent to
        if (nxt is not None and 6 <= len(key(b.text)) <= 40 and not _INNER_COMMA.search(b.text) and not ends_full_stop(b.text)
                and _FEATURE_SUBTITLE.match(nxt.text.strip()) and (i + 1) not in heads and indent_width(b.raw) >= 8):
            return 1, len(key(b.text))  # a feature's title set off over its `——记…` subtitle
        if nxt is not None and _two_line_title(body, heads, i):
            return 2, len(key(nxt.text))
        return None
    cand = b.bold if b.bold else (b.text if b.level else None)
    if not cand or not (8 <= len(key(cand)) <= 80) or ends_full_stop(cand.rstrip().rstrip("”’」』")):
        return None  # (a title may end on a quote: `某某督办“关于…的提案”`)
    rest = b.rest if b.bold else ""
    if rest:
        return (1, len(key(cand))) if leads_with_date(rest) else None
    nxt = body[i + 1] if i + 1 < len(body) else None
    if nxt is None or (i + 1) in heads:
        return None
    if leads_with_date(nxt.text) or (b.level and counted_to(nxt.text)):  # (a heading over `截至6月20日，…`)
        return 1, len(key(cand))
    if nxt.bold and nxt.rest and len(key(nxt.bold)) <= 12 and leads_with_date(nxt.rest):
        return 2, len(key(nxt.bold))  # a bold title broken over two paragraphs
    return None


def _two_line_title(body: list[Block], heads: dict[int, tuple[str, str]], i: int) -> bool:
    """Do body[i] and the plain line under it make one title of two lines over its text (`某党组召开（扩大）会议`
    / `研究贯彻落实…具体措施` / `12月26日，…`)? Each line short, holding no comma or full stop (a closing
    quote may end the first: `聚焦“稳企业、强信心”`), the second no date itself; the text under them opens
    with a date, or both lines are set off by an indent deeper than the text's (`_centered`: a 通讯's
    centred headlines over `岁末年初，…`)."""
    if i + 2 >= len(body) or (i + 1) in heads or (i + 2) in heads:
        return False
    a, b, after = body[i], body[i + 1], body[i + 2]
    if (b.bold or b.level or not 8 <= len(key(a.text)) <= 40 or not 4 <= len(key(b.text)) <= 40
            or ends_full_stop(a.text) or ends_sentence(b.text) or _INNER_COMMA.search(a.text + b.text)
            or leads_with_date(b.text) or not has_words(b.text) or credit_facts(b.text) is not None
            or _BRACKETED.match(a.text) or _BRACKETED.match(b.text) or b.text.lstrip()[:1] in "—－-"):
        return False  # (nor a unit's credit closing the entry before, `（区政协办公室）`, nor a `——记…` subtitle)
    return leads_with_date(after.text) or (_centered(a, after) and _centered(b, after))


def _centered(line: Block, text: Block) -> bool:
    """Is the line set off by an indent of four full-width spaces or more, and deeper than the text's under it?"""
    return indent_width(line.raw) >= 8 and indent_width(line.raw) >= indent_width(text.raw) + 4


def heading_problems(toc: Toc) -> list[Problem]:
    """What a careful reader would doubt about the 目录's headings: a heading whose own evidence contradicts
    the decision (a problem), and section lines drawn in several styles (a note, with the rule that decided)."""
    out = [Problem(h.line, "heading-style", h.doubt) for h in toc.headings if h.doubt]
    if toc.section_styles:
        first = next(h.line for h in toc.headings if h.kind == "section")
        out.append(Problem(first, "heading-styles", f"section lines are drawn in {len(toc.section_styles)} styles "
                                                     f"({' / '.join(toc.section_styles)}); decided by: {toc.heading_rule}"))
    return out


# ---------------------------------------------------------------------------------------------------
# The alignment: named steps run in this order (ALIGN_STEPS), each reading and extending one `_State`.


@dataclass
class _State:
    src: Source
    blocks: list[Block]
    toc: Toc
    issue: Issue
    body: list[Block] = field(default_factory=list)
    furniture: set[int] = field(default_factory=set)
    closing: set[int] = field(default_factory=set)  # lines of the issue's closing matter
    heads: dict[int, tuple[str, str]] = field(default_factory=dict)
    al: _Aligner | None = None
    claimed: dict[int, _Match] = field(default_factory=dict)  # body index of a title's start -> match
    covered: set[int] = field(default_factory=set)  # body indexes used by titles
    unmatched: list[int] = field(default_factory=list)  # 目录 items not found ahead
    numbered: dict[str, list[int]] | None = None  # body title lines by their item number (`_numbered_match`)
    dated: list[bool] | None = None  # each body line opens with its day and a comma (`_dated_opening`), read once
    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    assigned_share: float = 1.0
    front_facts: dict | None = None  # `_masthead_facts`
    at_item: dict[int, int] = field(default_factory=dict)  # id of a matched 目录 item -> its title's block
    wrap: Wrap | None | bool = None  # the body's hard wrap (`_body_wrap`), False when it has none, None: not read yet
    entry_items: list[TocItem | None] = field(default_factory=list)  # each entry's 目录 item (parallel to entries)


def take_body(st: _State) -> None:
    """The body is every block after the 目录, without page furniture (`_furniture`) and the issue's
    closing matter (`_closing`: its facts in issue.meta["closing"], its lines in issue.meta["footer_lines"])."""
    st.body = ([b for b in st.blocks if _front_end(st) <= b.line < st.toc.start_line] if st.toc.trailing
               else [b for b in st.blocks if b.line > st.toc.end_line])
    pub = _masthead_facts(st).get("publication")
    st.furniture = _furniture(st.body, st.toc, key(pub) if pub else None)
    if st.furniture:
        st.body = [b for b in st.body if b.line not in st.furniture]
    st.closing, facts = _closing(st.body)
    if st.closing:
        st.body = [b for b in st.body if b.line not in st.closing]
        st.issue.meta["closing"] = facts
        st.issue.meta["footer_lines"] = sorted(st.closing)  # as on the newspaper path: lines after the text


# a page's number inside a line whose breaks an extraction lost (`执法人员4－ 2 －20人次`: the page ended there)
_INLINE_PAGE_MARK = re.compile(r"[－—]\s+\d{1,3}\s+[－—]\s*")
_GLUED_LEAST = 8  # characters of a 目录 title looked for inside a paragraph (a shorter one is found by chance)
_GLUED_LINE = 200  # characters of a line holding several items: a body with none is read as printed
_TITLE_BEFORE = frozenset("。！？!?”』」）)】")  # what ends the text before a title glued to it


def split_glued_titles(st: _State) -> None:
    """Where an extraction lost the line breaks (several items run together in one long line, `…同比上升3个
    百分点。市政府与某集团签署战略合作协议9月10日，…`), the body paragraphs are cut before each 目录 title printed
    inside one after a sentence's end (`_TITLE_BEFORE`), word for word, and before a 目录 section's name in
    brackets glued to the title after it (`【要情专报】市政府召开…`); a page's number left inside a line
    (`_INLINE_PAGE_MARK`) goes. Only on a body whose paragraphs start few of the 目录's titles (fewer than
    half): an issue printed one paragraph a line is read as it was."""
    titles = [t for it in st.toc.items if len(key(t := _without_item_number(it.title).strip())) >= _GLUED_LEAST]
    if not titles or not any(len(b.text) > _GLUED_LINE for b in st.body):
        return
    starts = {key(b.text)[:_GLUED_LEAST] for b in st.body}
    if sum(1 for t in titles if key(t)[:_GLUED_LEAST] in starts) * 2 >= len(titles):
        return
    sections = {f"【{h.name}】" for h in st.toc.headings} | {f"[{h.name}]" for h in st.toc.headings}
    out: list[Block] = []
    for b in st.body:
        text = _INLINE_PAGE_MARK.sub("", b.text) if "－" in b.text or "—" in b.text else b.text
        cuts = set()
        for t in titles:
            at = text.find(t, 1)
            while at > 0:
                if text[at - 1] in _TITLE_BEFORE or text[:at].rstrip()[-1:] in _TITLE_BEFORE:
                    cuts.add(at)
                at = text.find(t, at + 1)
        for name in sections:
            at = text.find(name)
            while at >= 0:
                if at > 0:
                    cuts.add(at)
                if text.startswith(name, at) and at + len(name) < len(text):
                    cuts.add(at + len(name))
                at = text.find(name, at + 1)
        if not cuts and text == b.text:
            out.append(b)
            continue
        bounds = [0, *sorted(cuts), len(text)]
        for a, z in zip(bounds, bounds[1:], strict=False):
            piece = text[a:z].strip()
            if piece:
                out.append(replace(b, raw=piece, text=piece, bold=None, rest="", level=0 if a else b.level))
    if len(out) != len(st.body):
        st.issue.warnings.append("the text's line breaks were lost: its paragraphs were cut before the 目录's titles")
    st.body = out


def find_body_headings(st: _State) -> None:
    """Body lines that are a 目录 section or subsection name (`_body_headings`)."""
    st.heads = _body_headings(st.body, st.toc)
    st.al = _Aligner(st.body, st.heads)


def _masthead_facts(st: _State) -> dict:
    """The facts the lines above the 目录 print (digest.fields.read_masthead), read once: `take_body`
    asks for the publication's name (a running head prints it), `read_front_matter` keeps them all."""
    if st.front_facts is None:
        from digest.fields import read_masthead

        st.front_facts = read_masthead([b.text for b in st.blocks if b.line < _front_end(st)])
    return st.front_facts


_FRONT_KEY = 8  # characters of a 目录 item's title that find it in the body


def _front_end(st: _State) -> int:
    """The line where the masthead ends: the 目录's own first line, or, for a 目录 printed after the
    entries (`Toc.trailing`), the first line above it that opens with the first item's title or names a
    heading of the 目录 (`【政务要情】`, `一、政务要情`)."""
    if not st.toc.trailing:
        return st.toc.start_line
    first = key(st.toc.items[0].title)[:_FRONT_KEY] if st.toc.items else ""
    names = {key(h.name) for h in st.toc.headings}
    for b in st.blocks:
        if b.line >= st.toc.start_line:
            break
        k = key(b.text)
        if (first and k.startswith(first)) or any(n and n in k and len(k) <= len(n) + 4 for n in names):
            return b.line
    return st.toc.start_line


def read_front_matter(st: _State) -> None:
    """The masthead above the 目录 (publication, date, issue number) and what the 目录 reader doubted."""
    issue = st.issue
    front = [b for b in st.blocks if b.line < _front_end(st)]
    if front:
        issue.meta["masthead"] = [b.text for b in front]
        issue.meta["masthead_lines"] = [b.line for b in front]
        facts = _masthead_facts(st)
        issue.meta["masthead_facts"] = facts
        issue.publication = facts.get("publication")
        issue.issue_no = facts.get("issue_no")
        issue.total_no = facts.get("total_no")
    for line, msg in st.toc.doubts:
        st.problems.append(Problem(line, "doubtful", msg))
    if st.toc.no_pages:
        st.problems.append(Problem(st.toc.start_line, "toc-no-pages",
                                   "the 目录 prints no page numbers: the entries carry none"))
    st.problems.extend(heading_problems(st.toc))
    issue.meta["toc_headings"] = [{"name": h.name, "kind": h.kind, "line": h.line, "evidence": h.evidence}
                                  for h in st.toc.headings]
    issue.meta["heading_rule"] = st.toc.heading_rule


# who gave a speech, on the line over its title in a 发言摘登 (`某某（民建某市委员会）`, `某某　某某（民盟某市委员会）`,
# `农工党某市委员会（发言人：某某）`): a name or two and the unit in brackets, or the unit and its speaker
_SPEECH_BY = re.compile(r"^[\p{Han}·]{2,6}(?:[ \t\u3000]+[\p{Han}·]{2,6}){0,2}[（(][^（）()]{2,30}[)）]$"
                           r"|^[^（）()\s]{2,30}[（(]发言人?[:：][\p{Han}·、\s]{2,20}[)）]$")


def _speaker_above(st: _State, m: _Match) -> _Match:
    """A speech's speaker on the line right over its matched title (`某某（民建某市委员会）` / `关于…的建议`): the entry's
    byline, no text of the entry above it."""
    if m.kicker or m.speaker or m.item is None or m.block < 1:
        return m
    body, up = st.body, m.block - 1
    if up in st.covered or up in st.heads or body[up].last_line + 1 != body[m.block].line:
        return m
    if not _SPEECH_BY.match(body[up].text.strip()):
        return m
    return _Match(up, m.span + 1, m.cut, m.score, m.item, m.column, speaker=True)


def _claim(st: _State, m: _Match) -> None:
    m = _kicker_above(st, _speaker_above(st, _kicker_over_decks(st, _wrapped_on(st, _line_goes_on(st, _opened_above(
        st, _headings_over_subtitle(st, m)))))))
    st.claimed[m.block] = m
    st.covered.update(range(m.block, m.block + m.span))
    if m.item is not None:
        st.at_item[id(m.item)] = m.block


# the unit an item comes from before a colon, opening a 目录 title the body prints without it (`市农业农村局：…`)
_SOURCE_FIRST = re.compile(r"^\s*[^：:，,。；;“”]{2,12}[：:]\s*")
_LEAST_REST = 6  # key characters of the title after such a unit, to be looked for alone


def _dated_opening(text: str) -> bool:
    """Does the line open as an entry's text does, with its day and a comma (`9月9日，…`, `9月12日上午，…`): a text's
    first line, never a title the 目录 lists?"""
    t = text.strip()
    return leads_with_date(t) and ("，" in t[:_DATED_CLAUSE] or "," in t[:_DATED_CLAUSE])


_DATED_CLAUSE = 12  # characters of a line within which a dated opening closes its first clause


def _dated_line(st: _State, i: int) -> bool:
    """`_dated_opening` of body line i, the body's lines read once."""
    if st.dated is None:
        st.dated = [_dated_opening(b.text) for b in st.body]
    return st.dated[i]


def match_titles_in_order(st: _State) -> None:
    """Each 目录 title looked for in the body in 目录 order, within WINDOW paragraphs of the previous match."""
    al = st.al
    assert al is not None
    p = 0

    def look(target: str, p: int) -> list[tuple[float, int, int, int]]:
        found: list[tuple[float, int, int, int]] = []
        lead = set(target[:3])
        dated_target = _dated_opening(target)
        for i in range(p, min(len(st.body), p + WINDOW)):
            if i in st.covered or (lead.isdisjoint(al.leads[i]) and al.leads[i][:2] not in target):
                continue  # no title starts without any of the 目录 title's first three characters, or its
                # own first two inside the 目录's (`县人大代表某某：…` in the 目录 over `某某：…` in the body)
            if dated_target is False and _dated_line(st, i):
                continue  # (`9月9日，某园区二期项目主体结构顺利封顶…`: a text's first line, whatever words it shares)
            s, span, cut = al.score_at(i, target)
            if s >= MATCH:
                found.append((s, i, span, cut))
        return found

    for t_idx, it in enumerate(st.toc.items):
        found = look(key(it.title), p)
        source = _SOURCE_FIRST.match(it.title) if not found else None
        if source is not None and len(rest := key(it.title[source.end():])) >= _LEAST_REST:
            found = look(rest, p)  # `市农业农村局：秋冬种工作有序推进` in the 目录 over the body's `秋冬种工作有序推进`
        if not found:
            st.unmatched.append(t_idx)
            continue
        top = max(f[0] for f in found)
        s, i, span, cut = next(f for f in found if f[0] >= top - 0.01)
        _claim(st, _Match(i, span, cut, s, it))
        p = i + span


def match_titles_anywhere(st: _State) -> None:
    """目录 titles not found ahead of the previous one: anywhere unclaimed (body order wins); the rest are
    reported."""
    al = st.al
    assert al is not None
    labels: dict[str, int] | None = None  # short body lines by their key, read once (`_counted_briefs`)
    for t_idx in st.unmatched:
        it = st.toc.items[t_idx]
        if _COUNTED_COLUMN.match(_without_item_number(clean_heading(it.title).strip())) and labels is None:
            labels = {}
            for i, b in enumerate(st.body):
                if len(b.text) <= 20:
                    labels.setdefault(key(clean_heading(b.text)), i)
        if labels is not None and _counted_briefs(st, it, labels):
            continue  # (`基层信息（4则）`: a column of briefs, each its own entry)
        if labels is not None and (col := _counted_column(st, it, labels)) is not None:
            _claim(st, col)  # (`简讯（四则）` over `简　讯` / `◆元月7日，…` / …: its briefs untitled, one entry)
            continue
        column = _BRIEF_COLUMN.match(key(_without_item_number(clean_heading(it.title).strip())))
        if column is not None:  # (`五、简讯……7` over the body's `【简　讯】`: the column's heading, framed otherwise)
            head = next((i for i, b in enumerate(st.body) if len(b.text) <= 20 and i not in st.claimed
                         and i not in st.covered and key(clean_heading(b.text)) == column.group()), None)
            if head is not None:
                st.heads.pop(head, None)
                _claim(st, _Match(head, 1, len(st.al.keyed[head].k), 1.0, it))
                continue
        target = key(it.title)
        best = None
        dated_target = _dated_opening(target)
        for i in range(len(st.body)):
            if i in st.covered or (not dated_target and _dated_line(st, i)):
                continue  # (a text's first line, `9月9日，…`: no title however many words it shares)
            s, span, cut = al.score_at(i, target)
            if s >= MATCH_ANYWHERE and (best is None or s > best[0]):
                best = (s, i, span, cut)
        best = (best or _numbered_match(st, target) or _contained_match(st, t_idx, target)
                or _contained_match(st, t_idx, target, SLOT_COVER, alone=True))
        if best is None:
            st.problems.append(Problem(it.line, "toc-unmatched", f"目录 line has no entry in the body: {it.title}"))
            continue
        s, i, span, cut = best
        _claim(st, _Match(i, span, cut, s, it))


# a 目录 line naming a column and the count of its briefs (`基层信息（4则）`, `简讯（三则）`)
_COUNTED_COLUMN = re.compile(r"^(?P<name>\S.{1,11}?)\s*[（(]\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*则\s*[)）]$")
_BRIEF_TITLE_MOST = 40  # characters of a brief's first sentence, its title run in


# a brief's title after a bullet, a wide space between it and its text (`■某镇召开某某会议　6月2日，…`)
_BULLETED_RUN_IN = re.compile(r"^[■□◆◇●○▲△★☆▶►]\s*(?P<t>[^。！？!?，,；;:：\s]{4,40})(?:\u3000|[ \t]{2,})\S")


def _run_in_title(t: str) -> int | None:
    """The key's length of a brief's title run into its text (a stripped paragraph): its first sentence
    (`某镇开展某某培训。7月19日，…`), or a title after a bullet, a wide space before the text
    (`■某镇召开某某会议　6月2日，…`). None when the paragraph opens with neither."""
    if (m := _BULLETED_RUN_IN.match(t)) is not None:
        return len(key(t[:m.end("t")]))
    stop = t.find("。")
    if 4 <= stop <= _BRIEF_TITLE_MOST and stop < len(t) - 1 and not _INNER_COMMA.search(t[:stop]):
        return len(key(t[:stop]))
    return None


_BULLETS = "■□◆◇●○▲△★☆▶►"  # the marks a brief's title may open with on its own line


def _brief_title_line(b: Block) -> bool:
    """Is the block a brief's title on its own line: bold or after a bullet (`**■ 某中心推出…服务**`), short,
    no sentence's mark?"""
    t = clean_heading(b.text).strip()
    return (bool(b.bold) or b.text.strip()[:1] in _BULLETS) and 4 <= len(t) <= _BRIEF_TITLE_MOST \
        and _INNER_STOP.search(t) is None and _INNER_COMMA.search(t) is None and not ends_full_stop(t)


def _titled_briefs(st: _State, j: int, want: int) -> list[tuple[int, int]]:
    """The briefs of a counted column under its label at j, each a title on its own line (`_brief_title_line`)
    over its paragraphs: (block, the title's key length) of each, the first right at j; fewer than `want`
    when the column holds no such run."""
    found: list[tuple[int, int]] = []
    while j < len(st.body) and j not in st.covered and j not in st.heads:
        b = st.body[j]
        if _brief_title_line(b):
            if len(found) == want or (found and found[-1][0] == j - 1):
                break  # (two title lines in a row, or one more than counted: no column of such briefs)
            found.append((j, len(key(b.text))))
        elif not found:
            return []
        j += 1
    return found


def _counted_column(st: _State, it: TocItem, labels: dict[str, int]) -> _Match | None:
    """The body's line naming a counted column of the 目录 (`简讯（四则）` over `简　讯`), unclaimed, whose briefs
    `_counted_briefs` could not read one by one (untitled: `◆元月7日，…`): the column is one entry, titled by
    that line, its briefs its text."""
    m = _COUNTED_COLUMN.match(_without_item_number(clean_heading(it.title).strip()))
    head = labels.get(key(m["name"])) if m is not None else None
    if head is None or head in st.covered or (head in st.heads and st.heads[head][0] != "section"):
        return None
    st.heads.pop(head, None)  # (read as a section's heading before: the column's own title, over its briefs)
    return _Match(head, 1, len(st.al.keyed[head].k) if st.al is not None else 0, 1.0, it)


def _counted_briefs(st: _State, it: TocItem, labels: dict[str, int]) -> bool:
    """A 目录 line naming a column and its count of briefs (`基层信息（4则）`): under the body's line of that
    name (`【基层信息】`, `■基层信息`), the next paragraphs, as many as the count, each titled run in by its
    first sentence (`某镇开展某某培训。7月19日，…`), are entries, claimed here (their section the heading's);
    none when they are fewer or one opens with no short sentence. True when claimed."""
    from digest.fields import cn_number

    m = _COUNTED_COLUMN.match(_without_item_number(clean_heading(it.title).strip()))
    if m is None:
        return False
    want = int(m["n"]) if m["n"].isdigit() else int(cn_number(m["n"]))
    head = labels.get(key(m["name"]))  # (`labels`: the body's short lines by their key, the first of each)
    if head is None or head in st.covered:
        return False
    found: list[tuple[int, int]] = []
    j = head + 1
    while j < len(st.body) and len(found) < want and j not in st.covered and (j not in st.heads or j == head):
        cut = _run_in_title(st.body[j].text.strip())
        if cut is None:
            found = _titled_briefs(st, head + 1, want)
            break
        found.append((j, cut))
        j += 1
    if len(found) != want:
        return False
    if head not in st.heads:  # (the column's label, a section of its own: `【简讯】` under `基层动态`'s items)
        st.heads[head] = ("section", clean_heading(st.body[head].text))
    for j, cut in found:
        _claim(st, _Match(j, 1, cut, 0.0, None, column=it))
    return True


# a column of briefs the 目录 names alone, no count of them (`四、简讯`, `【工作简讯】`, `信息快递`)
_BRIEF_COLUMN = re.compile(r"^(?:工作|动态|信息|综合|新闻|部门|基层|县区|乡镇|要闻|政务)?(?:简讯|快讯|短讯|速递|快递|简报)$")


_BRIEF_COUNT = re.compile(r"\s*[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*则\s*[)）]\s*$")  # the briefs a 目录's column line counts (`工作简讯（5则）`)


def split_brief_columns(st: _State) -> None:
    """A 目录 line naming a column of briefs alone (`四、简讯……7`) matched to its heading in the body, over two
    paragraphs or more each titled run in by its first sentence (`某基地首批蔬菜上市。近日，…`): the heading is
    the briefs' section, each paragraph an entry of it on the 目录 line's page (a paragraph that opens with
    no such sentence is the brief's above)."""
    for i, m in sorted(st.claimed.items()):
        it = m.item
        name = _BRIEF_COUNT.sub("", _without_item_number(clean_heading(it.title))) if it is not None and m.span == 1 else ""
        if not _BRIEF_COLUMN.match(key(name)) or key(clean_heading(st.body[i].text)) != key(name):
            continue  # (the body's line is the column's heading, its number or marks aside: `四、简讯`)
        found: list[tuple[int, int]] = []
        j = i + 1
        while j < len(st.body) and j not in st.claimed and j not in st.heads and j not in st.covered:
            cut = _run_in_title(st.body[j].text.strip())
            if cut is not None:
                found.append((j, cut))
            elif not found:
                break
            j += 1
        untitled = [] if len(found) >= 2 else _untitled_briefs(st, i, _counted(it.title))
        if len(found) < 2 and not untitled:
            continue
        del st.claimed[i]
        st.at_item.pop(id(it), None)
        st.heads[i] = ("section", name)
        for j, cut in found if len(found) >= 2 else [(j, 0) for j in untitled]:
            _claim(st, _Match(j, 1, cut, 0.0, None, column=it, untitled=cut == 0))


def _counted(title: str) -> int | None:
    """The count of briefs a 目录's column line prints (`简讯（3则）` -> 3), or None."""
    from digest.fields import cn_number

    m = _BRIEF_COUNT.search(title)
    if m is None:
        return None
    n = re.sub(r"[^0-9一二三四五六七八九十]", "", m.group())
    return int(n) if n.isdigit() else int(cn_number(n))


_UNTITLED_BRIEF_LEAST = 15  # characters of a paragraph that is a brief of its own, untitled
_BRIEF_TAIL = 40  # characters of a paragraph's end read for its closing sentence and credit (a run of lines stays linear)


def _untitled_briefs(st: _State, i: int, want: int | None) -> list[int]:
    """The first lines of the briefs right under a column's heading at i printed with no title (`四、简讯` /
    `县人大常委会7月16日召开…。` / `●7月12日，县委副书记某某带队…` / `…问题6件。（县信访局）`): two or more in a row,
    each a paragraph of _UNTITLED_BRIEF_LEAST characters or more (its lines hard-wrapped, up to one that closes a
    sentence, a credit in brackets after it aside, or up to the next bullet) that opens with a clause up to its first
    comma (a bullet aside), as many as the 目录's count when it prints one; else none."""
    found: list[int] = []
    j = i + 1
    body = st.body
    while j < len(body) and j not in st.claimed and j not in st.heads and j not in st.covered:
        k, text = j, body[j].text.strip().lstrip(DECOR + " \u3000")
        if _without_item_number(text) != text or (len(text) < _UNTITLED_BRIEF_LEAST and not CLAUSE_MARK.search(text)):
            break  # (`一、基本情况` over a report's part: a heading, no brief)
        head, tail, size = text, text[-_BRIEF_TAIL:], len(text)  # (its opening, its end, its length: no text rebuilt)
        while not _closes_brief(tail):  # (the paragraph's hard-wrapped lines)
            nxt = k + 1
            if (nxt >= len(body) or nxt in st.claimed or nxt in st.heads or nxt in st.covered
                    or body[nxt].line > body[k].last_line + 1 or body[nxt].text.strip()[:1] in DECOR):
                break
            k = nxt
            line = body[k].text.strip()
            size += len(line)
            tail = (tail + line)[-_BRIEF_TAIL:]
            if len(head) < _BRIEF_TAIL * 2:
                head += line
        if size < _UNTITLED_BRIEF_LEAST or not _closes_brief(tail) or _FIRST_CLAUSE.match(head) is None:
            break
        found.append(j)
        j = k + 1
    return found if len(found) >= 2 and want in (None, len(found)) else []


def _closes_brief(tail: str) -> bool:
    """Does a paragraph's end close a brief: a sentence's end, or one and the credit after it (`…8600余人。（县民政局）`:
    `text.trailing_credit`)?"""
    t = tail.strip()
    return ends_full_stop(t) or (t[-1:] in "）)" and (c := trailing_credit(t)) is not None and ends_full_stop(c[0]))


def _untitled_title(body: list[Block], i: int) -> str:
    """A brief's first clause, read on across its hard-wrapped lines (`◆县政协副主席某某9月17日带队走访…家庭和` /
    `老政协委员，…` -> `县政协副主席某某9月17日带队走访…家庭和老政协委员`), its bullet aside."""
    text = ""
    for j in range(i, min(i + 3, len(body))):
        text += body[j].text.strip()
        if (c := _FIRST_CLAUSE.match(text.lstrip(DECOR + " \u3000"))) is not None:
            return c["c"]
    return text.lstrip(DECOR + " \u3000")


# a brief's first clause, its title when it prints none (`为提升群众反诈防骗意识，` -> `为提升群众反诈防骗意识`)
_FIRST_CLAUSE = re.compile(r"^(?P<c>[^，,。；;！？!?]{2,50})[，,。；;！？!?]")


CONTAINED_COVER = 0.9  # the share of a 目录 title a body title worded otherwise must hold, in order
SLOT_COVER = 0.6  # the share it must hold when it is the only such line between the entries around it


def _contained_match(st: _State, t_idx: int, target: str, cover: float = CONTAINED_COVER,
                     alone: bool = False) -> tuple[float, int, int, int] | None:
    """A 目录 title (`北塬县设施农业助农增收`) the body prints in more words (`北塬县：“冬闲”变“冬忙”，设施农业
    助农增收`) between the entries of the 目录 lines around it: the unclaimed short line there, no
    sentence ending it, that holds `cover` of the title's characters in order, the one holding
    most. With `alone`, the one such line there (no credit: `（某某供稿）`, `（提案者：…）`), when it opens an
    entry (`_opens_an_entry`: the line under it, or under its credit, opens with a date or 近日) and
    holds `cover` (SLOT_COVER) of the title (`紧盯“四风”问题开展节点监督` for `紧盯节日“四风”问题开展明察暗访`),
    or two characters of it or more when this 目录 line is the only one unmatched between two matched
    neighbours (`市政协确定…8件重点提案` for `…重点提案遴选结果公布`). A bold title run into its text
    (`**某某主持召开市政府第3次常务会议** 2月21日，…` for `市政府第3次常务会议召开`) is read by its bold run
    (`_inline_title`), its text opening with a date in place of the line under it. The neighbours are looked for within
    _SLOT_ITEMS 目录 lines (linear in the 目录). (similarity, block, 1, cut)."""
    items = st.toc.items
    at = st.at_item  # (kept as titles are claimed: `_claim`)
    before = next((k for k in range(t_idx - 1, max(-1, t_idx - 1 - _SLOT_ITEMS), -1) if id(items[k]) in at), None)
    after = next((k for k in range(t_idx + 1, min(len(items), t_idx + 1 + _SLOT_ITEMS)) if id(items[k]) in at), None)
    lo = at[id(items[before])] if before is not None else -1
    hi = at[id(items[after])] if after is not None else len(st.body)
    if not target or hi - lo > 400:  # (a window of a few pages: the search stays linear in the body)
        return None
    best = None
    dated_text = not _dated_opening(target)  # (a line opening with its day and a comma is a text's, unless the title is so)
    lines: list[tuple[float, int]] = []
    cuts: dict[int, int] = {}  # a bold title run into its text (`**某某主持召开…会议** 2月21日，…`): its key's length
    for i in range(lo + 1, hi):
        k = st.al.keyed[i].k if st.al else ""
        if i in st.covered or i in st.heads or not k:
            continue
        bold = _inline_title(st.body[i], k)
        if bold:
            cuts[i], k = len(bold), bold
        elif dated_text and _dated_line(st, i):
            continue  # (`9月9日，某园区二期项目主体结构顺利封顶…`: a text's first line, no title)
        elif (len(k) > 60 or ends_full_stop(st.body[i].text) or _quoted_sentence(st.body[i].text)
              or _INNER_STOP.search(st.body[i].text.strip()[:-1])):
            continue  # (`的暑期…整治行动。支队长某某介绍，整治期`: a paragraph's wrapped line, no title)
        if len(k) > 2.5 * len(target):
            continue
        held = (len(target) + len(k) - Indel.distance(target, k)) / 2
        if alone:
            if _title_like(st, i):
                lines.append((held, i))
            continue
        if held / len(target) >= cover and (best is None or held > best[0]):
            best = (held, i)
    if alone:
        sole = before == t_idx - 1 and after == t_idx + 1  # (the only 目录 line unmatched between two matched)
        if len(lines) != 1 or (lines[0][1] not in cuts and not _opens_an_entry(st, lines[0][1])
                               and lines[0][1] - 1 not in st.heads):
            return None  # (two short lines there, or one that opens no entry: a subhead, a wrapped title;
            # a line right under a section's heading is no article's subhead)
        held = lines[0][0]
        if not (held / len(target) >= cover or (sole and held >= 2)):
            return None
        best = lines[0]
    if best is None:
        return None
    i = best[1]
    cut = cuts.get(i, len(st.al.keyed[i].k))
    return best[0] / max(len(target), cut), i, 1, cut


_INNER_STOP = re.compile(r"[。！？!?]")  # a full stop inside a line: a title holds none


def _after_closed(st: _State, i: int) -> bool:
    """Does block i follow a line that closes what came before it: the body's start, a sentence's end, a
    credit, a line of no words, a claimed title or a section's heading?"""
    if i == 0 or (i - 1) in st.covered or (i - 1) in st.heads:
        return True
    prev = st.body[i - 1].text.strip()
    return ends_sentence(prev) or _credit_line(prev) or not has_words(prev)


def _quoted_sentence(text: str) -> bool:
    """Does the line end a quoted sentence (`她说：“…我就一直干下去。”`): a full stop inside the closing
    quotes, after a comma or a colon? A title may end in quotes (`认领群众“微心愿”`), not in a sentence."""
    t = text.rstrip()
    inner = t.rstrip("”’」』\"'")
    return len(inner) < len(t) and ends_full_stop(inner) and _INNER_COMMA.search(inner) is not None


def _inline_title(b: Block, k: str) -> str | None:
    """The key of the bold title a line opens with, its text after it on the same line and opening with
    a date or a time word (`**标题** 2月21日，…`), when the line's key opens with it and it is short enough
    to be a title; else None."""
    from digest.fields import opens_with_a_time

    if not b.bold or not b.rest.strip() or not opens_with_a_time(b.rest.strip()):
        return None  # (`**一是优化审批流程**，…`: a lead-in of an article's paragraph, no title)
    kb = key(b.bold)
    return kb if kb and len(kb) <= 60 and k.startswith(kb) and not ends_full_stop(b.bold) else None


def _credit_line(t: str) -> bool:
    """A line of credits (`（某镇供稿）`, `编辑：某某`: `credit_facts`), a credit under a title (`_LEAD_CREDIT`)
    or a unit's writer (`（某镇　某某）`: `unit_writer`): no title."""
    return bool(_LEAD_CREDIT.match(t) or credit_facts(t) is not None or unit_writer(t))


def _body_wrap(st: _State) -> Wrap | None:
    """The body's hard wrap (`digest.blocks.hard_wrap` over the body, its headings skipped), read once."""
    if st.wrap is None:
        st.wrap = hard_wrap(st.body, set(st.heads)) or False
    return st.wrap or None


def _title_like(st: _State, i: int) -> bool:
    """May block i be an entry's title the 目录 words otherwise: no credit, after a line that closes what
    came before (a sentence's end, a credit, a matched title, a section's heading), and on a hard-wrapped page neither reaching
    the margin nor indented as a paragraph's first line is (`digest.blocks.hard_wrap`, read once)."""
    t = st.body[i].text.strip()
    if _credit_line(t) or _signature_at(st.body, i):
        return False
    if i > 0:
        prev = st.body[i - 1].text.strip()
        if not (ends_sentence(prev) or _credit_line(prev) or (i - 1) in st.covered or (i - 1) in st.heads):
            return False
    wrap, raw = _body_wrap(st), st.body[i].raw
    return not (wrap and (reaches_margin(wrap, raw, t) or (wrap.indents and wrap.indented(raw))))


_SLOT_ITEMS = 50  # 目录 lines looked at on each side for the matched neighbours of an unmatched one


def _opens_an_entry(st: _State, i: int) -> bool:
    """Does the line under block i (past a credit in brackets, `（市政协提案委员会）`) open as an entry's text
    does, with a date or a vague time (`9月5日，`, `近日，`)? A subhead inside an article is followed by
    its text, which seldom does."""
    from digest.fields import opens_with_a_time

    j = i + 1
    if j < len(st.body) and _LEAD_CREDIT.match(st.body[j].text.strip()):
        j += 1
    return j < len(st.body) and opens_with_a_time(st.body[j].text)


NUMBERED_COVER = 0.75  # the share of a numbered 目录 title the body's title of the same number must hold
_ITEM_NO = re.compile(r"^[(（]?(?P<n>[0-9]{1,3}|[一二三四五六七八九十]{1,3})[.．、)）]")


def _numbered_match(st: _State, target: str) -> tuple[float, int, int, int] | None:
    """A numbered 目录 title (`8.开展某条例立法调研`) the body prints, under the same number, in more words
    (`8.常委会开展《某市某条例（草案）》立法调研`): the unclaimed title line of that number that holds
    NUMBERED_COVER of the 目录 title's characters in order, the first such in body order. (similarity, block,
    1, cut)."""
    m = _ITEM_NO.match(target)
    if m is None:
        return None
    words = target[m.end():]
    keyed = st.al.keyed if st.al else []
    if st.numbered is None:  # once: the lines that open with an item's number, by that number
        st.numbered = {}
        for i, kd in enumerate(keyed):
            if len(kd.k) <= 80 and (n := _ITEM_NO.match(kd.k)) and not ends_full_stop(st.body[i].text):
                st.numbered.setdefault(n.group("n"), []).append(i)
    for i in st.numbered.get(m.group("n"), ()):
        kd = keyed[i]
        n = _ITEM_NO.match(kd.k)
        if i in st.covered or i in st.heads or n is None:
            continue
        title = kd.k[n.end():]
        held = (len(words) + len(title) - Indel.distance(words, title)) / 2  # their longest common subsequence
        if words and held / len(words) >= NUMBERED_COVER and len(title) <= 3 * len(words):
            return held / max(len(words), len(title)), i, 1, len(kd.k)
    return None


_SERIES_NUMBER = re.compile(r"^\s*(?P<n>[一二三四五六七八九十]{1,3})\s*、")  # a title's number in a series (`四、…`)
_SERIES_TITLE_MOST = 40  # key characters of a numbered line read as the next title of the series


def find_rest_of_numbered_series(st: _State) -> None:
    """The titles of a numbered series the 目录 lists in part (`本期导读` naming four of six): where two titles or
    more the 目录 matched open with `一、`, `二、` …, an unclaimed line after them opening with the next number,
    short, no full stop or comma inside, after a line that closes what came before, is the next entry
    (`四、“积分超市”换来…` the 导读 words otherwise, `六、下步工作安排` it leaves out). A line of another number
    (a subhead of an entry's own, `一、` again) ends the series until the next matched title. Run after every other
    finder of titles: a line they read (with its subtitle, or as two lines) is theirs."""
    from digest.fields import cn_number

    def number(text: str) -> int | None:  # (`四、…` -> 4; a run of numerals that is no number, `十十、`, None)
        m = _SERIES_NUMBER.match(text)
        n = cn_number(m["n"]) if m else ""
        return int(n) if n.isdigit() else None

    body = st.body
    if sum(1 for i in st.covered if number(body[i].text) is not None) < 2:
        return
    last: int | None = None
    for i in range(len(body)):
        got = number(body[i].text)
        if i in st.covered:
            if got is not None:
                last = got
            continue
        if got is None or last is None or i in st.heads:
            continue
        t = body[i].text.strip()
        prev = body[i - 1].text if i else ""
        if (got != last + 1 or len(key(t)) > _SERIES_TITLE_MOST or ends_full_stop(t)
                or _INNER_COMMA.search(t) or not (not prev or ends_sentence(prev) or not has_words(prev)
                                                   or _credit_line(prev.strip()) or (i - 1) in st.covered)):
            last = None  # (a subhead of the entry's own, or prose: the series stops here)
            continue
        _claim(st, _Match(i, 1, len(key(t)), 0.0, None))
        last += 1
        st.problems.append(Problem(body[i].line, "body-not-in-toc", f"entry not in the 目录: {t}"))


_BOLD_RUN_IN_MOST = 60  # key characters of an item's bold title run into its text (`**某县：某某。**6月上旬，…`)
_BOLD_RUN_IN_LEAST = 8  # key characters of such a title not closed by a full stop (a report's lead-in is shorter)


def _bold_run_in(b: Block) -> int | None:
    """The key length of the bold title a paragraph opens with, its text run on after it on the same line
    (`**澄水县：“订单农业”带动群众增收。**6月上旬，…`, its closing stop no word of it), else None."""
    from digest.fields import opens_with_a_time

    if not b.bold or not b.rest.strip():
        return None
    closed = b.bold.strip().endswith("。")  # (a title set as a sentence; else a long one before its day: no report's
    title = b.bold.strip().rstrip("。：:")  # bold lead-in, `**基本情况**截至今年9月底，…`)
    kb = key(title)
    if not (closed or (len(kb) >= _BOLD_RUN_IN_LEAST and opens_with_a_time(b.rest.strip()))):
        return None
    return len(kb) if 4 <= len(kb) <= _BOLD_RUN_IN_MOST and key(b.text).startswith(kb) else None


def read_unlisted_columns(st: _State) -> None:
    """A section the 目录 lists with no items under it (`三、县区动态`, `四、简讯`: columns it names whole), its body
    holding no entry: its paragraphs titled by a bold run-in title (`**某县：某某。**正文…`), two or more, are an entry
    each; else its untitled briefs (`_untitled_briefs`: `- 某中心…。`) are. Reported as entries not in the 目录 (no
    problem: the 目录 names their column)."""
    import bisect

    # (and a heading the body marks up as one, `# 三、县区动态`, that the 目录 names with no items: its reader left it)
    marked = {i for i, b in enumerate(st.body) if b.level > 0 and i not in st.claimed and i not in st.covered
              and i not in st.heads and 2 <= len(key(clean_heading(b.text))) <= _HEADING_MOST and not ends_full_stop(b.text)}
    heads = sorted({i for i, (kind, _n) in st.heads.items() if kind in ("section", "subsection")} | marked)
    listed = {key(n) for it in st.toc.items for n in (it.section, it.subsection) if n}  # (columns with items listed)
    claimed = sorted(st.claimed)
    for n, h in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(st.body)
        k = bisect.bisect_right(claimed, h)
        if (k < len(claimed) and claimed[k] < end) or key(_without_item_number(clean_heading(st.body[h].text))) in listed:
            continue  # (an entry read under it already, or a column the 目录 lists items of)
        runs = [(j, cut) for j in range(h + 1, end) if j not in st.covered and (cut := _bold_run_in(st.body[j])) is not None]
        found = runs if len(runs) >= 2 else [(j, 0) for j in _untitled_briefs(st, h, None)
                                             if _run_in_title(st.body[j].text.strip()) is None]
        if found and h in marked:
            st.heads[h] = ("section", _without_item_number(clean_heading(st.body[h].text)))
        for j, cut in found:
            _claim(st, _Match(j, 1, cut, 0.0, None, untitled=cut == 0))


_HEADING_MOST = 12  # key characters of a column's heading the body marks up (`# 三、县区动态`)


def find_entries_not_in_toc(st: _State) -> None:
    """Body paragraphs printed like entry titles but missing from the 目录 (`_extra_title`): entries, reported."""
    body = st.body
    for i in range(len(body)):
        extra = None if i in st.covered else _extra_title(body, st.heads, i)
        if extra is not None and not (extra[0] == 2 and (i + 1) in st.covered):
            span, cut = extra
            _claim(st, _Match(i, span, cut, 0.0, None))
            st.problems.append(Problem(body[i].line, "body-not-in-toc",
                                       f"entry not in the 目录: {body[i].bold or body[i].text}"))


_GAP_LINE = 40  # key characters of a line of a headline found by the count of 目录 lines it answers


def _headline_line(b: Block, least: int) -> bool:
    """Is a line shaped as a line of a headline: `least` to _GAP_LINE key characters, no clause mark, no
    full stop at its end (a closing quote may end it: `…实现“一窗通办”`), no date first, no credit (nor a label
    over a name, `记录：某某`), not wholly in brackets?"""
    t = b.text.strip()
    return (least <= len(key(t)) <= _GAP_LINE and not _INNER_COMMA.search(t) and not ends_full_stop(t.rstrip("”’」』"))
            and not leads_with_date(t) and not _BRACKETED.match(t) and not _credit_line(t) and has_words(t)
            and not _LABELLED_NAME.match(t))


_LABELLED_NAME = re.compile(r"^\p{Han}{2,4}\s*[：:]\s*\p{Han}[\p{Han}\s\u3000·]{1,5}$")  # (`记录：某某`: a minutes' credit)


def _opens_text(st: _State, j: int) -> bool:
    """Does block j open an entry's text under the headline line above it: a date or a time word first
    (`今年以来，`), or a line of prose set in as a paragraph's first line (deeper than the headline, or on a
    page whose paragraphs are indented: `digest.blocks.hard_wrap`), or, on a page not hard-wrapped, a
    paragraph of prose?"""
    from digest.fields import opens_with_a_time

    b = st.body[j]
    if opens_with_a_time(b.text):
        return True
    if not prose_line(b.text):
        return False
    if indent_width(b.raw) > indent_width(st.body[j - 1].raw):
        return True
    wrap = _body_wrap(st)
    if wrap is None:
        return ends_sentence(b.text)
    return wrap.indents and wrap.indented(b.raw)


def _gap_headline(st: _State, i: int) -> int:
    """The lines (one or two) of a headline at block i the 目录 words otherwise and `_extra_title` did not
    take, its text under it opening without a date (`据市统计局初步核算，…`, `今年以来，…`): after a line that
    closes what came before (`_after_closed`), each of its lines shaped as a headline's (`_headline_line`),
    none indented as a paragraph's first line, the text under them opening (`_opens_text`). 0 when none."""
    body = st.body
    if i in st.covered or i in st.heads or not _after_closed(st, i) or _signature_at(body, i):
        return 0
    wrap = _body_wrap(st)
    for span in (1, 2):
        j = i + span
        if j >= len(body) or j in st.heads or j in st.covered or (span == 2 and (i + 1) in st.heads):
            return 0
        last = body[j - 1]  # (a headline wrapped at the margin may leave a word or two on its second line:
        # `我市启动冬春“菜篮子”产品市级储` / `备投放`)
        least = 6 if span == 1 else 2 if len(key(body[i].text)) >= _LONG_FIRST_LINE else 4
        if not _headline_line(last, least) or (wrap and wrap.indents and wrap.indented(last.raw) and not _centred(wrap, last.raw)):
            return 0  # (a line set in as a paragraph's first is none; one centred over the column is)
        if _opens_text(st, j):
            return span
    return 0


_LONG_FIRST_LINE = 12  # key characters of a headline's first line after which its second may be a word or two
_CENTRED_SLACK = 6  # columns a centred line's two margins may differ by


def _centred(wrap: Wrap, raw: str) -> bool:
    """Is the line set in the middle of the page's width (its indent as wide as the room right of it), as a
    headline is, not in by a paragraph's indent?"""
    indent = indent_width(raw)
    right = wrap.width - indent - display_width(raw.strip(), cjk=True)
    return indent > 2 * _CENTRED_SLACK and abs(indent - right) <= _CENTRED_SLACK
_GAP_WINDOW = 400  # body blocks between two matched titles: a gap wider is not searched (linear in the body)


def find_titles_in_gaps(st: _State) -> None:
    """目录 lines still unmatched where the 目录 rewords headlines the body prints over two lines
    (`上半年全市经济运行情况` for `上半年全市地区生产总值同比增长5.8%` / `主要经济指标…`): between the body
    titles of two matched 目录 lines, when the headline-shaped lines there (`_gap_headline`) and the
    entries already found there not in the 目录 are as many as the 目录 lines unmatched there, each
    such line is an entry's title; `pair_by_order` then gives each its 目录 line. A count that differs
    takes none (an article's subheads are headline-shaped too)."""
    import bisect

    items, at = st.toc.items, st.at_item
    matched = [k for k, it in enumerate(items) if id(it) in at]
    gaps: dict[tuple[int, int], int] = {}
    for k, it in enumerate(items):
        if id(it) in at:
            continue
        pos = bisect.bisect_left(matched, k)
        lo = at[id(items[matched[pos - 1]])] if pos else -1
        hi = at[id(items[matched[pos]])] if pos < len(matched) else len(st.body)
        gaps[(lo, hi)] = gaps.get((lo, hi), 0) + 1
    for (lo, hi), want in gaps.items():
        if hi <= lo or hi - lo > _GAP_WINDOW:
            continue
        have = sum(1 for i, m in st.claimed.items() if lo < i < hi and m.item is None)
        found: list[tuple[int, int]] = []
        i = lo + 1
        while i < hi:
            span = _gap_headline(st, i)
            if span:
                found.append((i, span))
            i += max(span, 1)
        if not found or have + len(found) != want:
            continue
        for i, span in found:
            cut = len(key(st.body[i + span - 1].text))
            _claim(st, _Match(i, span, cut, 0.0, None))
            st.problems.append(Problem(st.body[i].line, "body-not-in-toc",
                                       f"entry not in the 目录: {st.body[i].text.strip()}"))


# an item's number before its title (`1.市长某某调研…`, `12、…`, `（3）…`): the list's, not the title's words
# (not `5.12汶川地震`, `2024年…`: a digit or 年 follows)
# (a title may open with a number itself: a year, `2.2017年度…`, or a count, `9.143名乡村教师…`, follows
# the item's number, where `2.5亿元` is a decimal)
_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:[.．]\d{1,2}){1,2}[ \t\u3000]+|\d{1,3}\s*[.．、](?![\d０-９])|\d{1,3}\s*[.．]" + NUMBER_THEN_TITLE
                          + r"|[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|[【\[〔［〖]?\s*\d{1,3}\s*[】\]〕］〗]|[一二三四五六七八九十]{1,3}\s*、(?![一二三四五六七八九十])"
                          r"|[①-⑳])\s*(?=\S{4})")  # (a circled number: `①镇党委召开…`)


def _without_item_number(title: str) -> str:
    """The title without the number a numbered 目录 and body print before each entry (`3.`, `（3）`,
    `【3】`, whose opening bracket the heading's frame may have lost already: `3】`; `三、` before an
    entry's title, the 目录 giving its page: a section's heading is no entry)."""
    return (_ITEM_NUMBER.sub("", title, count=1) if title[:1].isdigit() or title[:1] in "(（ 【[〔［〖一二三四五六七八九十"
            or "①" <= title[:1] <= "⑳" else title)


def _column_section(column: TocItem | None) -> str | None:
    """The 目录's section of a column of briefs numbered as one of its items (`四、基层人大` / `11.某某` /
    `12.简讯（三则）`): its briefs are that section's. A column the 目录 lists unnumbered or as a section of its
    own (`四、简讯`, `简讯（3则）`) is their section itself (the body's heading, None here)."""
    if column is None or not column.title.lstrip()[:1].isdigit():
        return None
    return column.section


def _new_entry(st: _State, i: int, m: _Match, section: str | None, subsection: str | None) -> tuple[Entry, str]:
    b = st.body[i]
    title, rest = _title_text(st.body, st.al.keyed if st.al else [], m)
    if m.untitled:  # (a brief printed with no title: its first clause, its whole paragraph the text)
        rest = b.text.strip().lstrip(DECOR + " \u3000")
        title = _untitled_title(st.body, i)
    if m.kicker or m.speaker:  # (a kicker of speech over the headline's decks: `_kicker_over_decks`; a speaker)
        title, rest = " ".join(st.body[j].text.strip() for j in range(i + 1, i + m.span)), ""
    title = _without_item_number(title.lstrip(DECOR + " \u3000") or title)  # (`■ 标题`: a brief's mark, no word)
    it = m.item
    e = Entry(title=title, toc_title=it.title if it else None, kicker=b.text.strip() if m.kicker else None,
              page=it.page if it else m.column.page if m.column else None,
              # (the 目录's section, else the body's where the 目录 names none: `【工作动态】` over its titles)
              section=(it.section or section if it else _column_section(m.column) or section),
              subsection=(it.subsection if it and (it.section or it.subsection) else subsection),
              line_start=b.line, line_end=st.body[i + m.span - 1].last_line)
    if m.speaker:
        e.byline = b.text.strip()  # (`某某（民建某市委员会）`: who gave the speech, as printed)
    if it is None:
        if m.column is None:
            e.warnings.append(f"line {b.line}: entry not in the 目录")
    elif key(title) != key(_without_item_number(it.title)):
        e.warnings.append(f"line {b.line}: title differs from the 目录 line {it.line} "
                          f"(similarity {m.score:.2f}): {it.title}")
        st.problems.append(Problem(b.line, "title-differs",
                                   f"body title differs from 目录 line {it.line}: {title} / {it.title}"))
    return e, rest


# a credit in brackets on the line under an entry's title: its proposers or writers after a label
# (`（提案者：某某　某某）`, `（作者：某某）`), or the unit it came from alone (`（市政协提案委员会）`)
_UNIT_NAME = r"\p{Han}{1,20}(?:委员会|办公室|局|厅|委|办|中心|院|会|所|站|部|乡|镇|街道|社区|村)"  # (`县医保局`, `杉口乡`)
_LEAD_CREDIT = re.compile(r"^[(（]\s*(?:(?P<label>提案者|提案人|作者|撰稿|执笔|供稿人)\s*[:：]\s*"
                          r"(?P<names>\p{Han}{2,6}(?:[\s\u3000、，,]+\p{Han}{2,6}){0,7})"
                          r"|(?P<unit>" + _UNIT_NAME + r"(?:[\s\u3000、]+" + _UNIT_NAME + r"){0,3}))\s*[)）]$")
_NAME_SPLIT = re.compile(r"[\s\u3000、，,]+")


def _credit_names(value: str) -> list[str] | None:
    """The names of a credit's value (`某某　某某`, `某某委员`: the title after a name dropped), or None when
    a piece is none (`县统计局`, `本刊记者`, `县工商联`: a unit or a word, no person)."""
    from digest.lexicon import ADMIN_END

    out = []
    for piece in _NAME_SPLIT.split(value):
        if not piece:
            continue
        name = re.sub(r"(?:委员|代表|同志)$", "", piece)
        if (not 2 <= len(name) <= 4 or not lexicon().opens_with_surname(name) or name[-1] in ORG_END
                or name[-1] in ADMIN_END or "记者" in name):
            return None
        out.append(name)
    return out or None


def _unit_writers(value: str) -> list[str] | None:
    """The writers a contributor's credit names after its unit (`县委农办　某某` -> [某某]), else None."""
    got = unit_writer(f"（{value}）")
    return got[1] if got is not None and all_writer_names(got[1]) else None


# under an act's title, the note of its adoption (`（2024年6月27日某县第十八届人民代表大会` / `常务委员会第十九次
# 会议通过）`), or under a report's the day and meeting it was given at (`——2024年6月26日在某县…会议上`)
# and then who gave it (`县财政局局长　某某某`)
_ACT_NOTE = re.compile(r"^[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_SPOKEN_NOTE = re.compile(r"^[—\-－]{1,2}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日在.{2,60}?(?:会议|大会|会)上$")
_SPEAKER_LINE = re.compile(r"^\p{Han}{2,20}[ \t\u3000]+(?P<n>\p{Han}{2,4}|\p{Han}{2,8}·\p{Han}{2,8})$")
# an item's day alone in brackets under its heading, as 人大 and 政协 简报 print it (`（12月19日至20日）`,
# `（12月下旬）`, `（2023年12月27日—28日）`): a month, a day or a range, and a part of the month at most
_HEADING_DAY = re.compile(r"^[(（](?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:[至—－\-~～](?:\d{1,2}月)?\d{1,2}日?)?"
                          r"(?:[上中下]旬|[初底末])?[)）]$")
_MAX_NOTE_PARAS = 3
_FEATURE_SUBTITLE = re.compile(r"^[—－]{1,2}\s*记\S")  # `——记区政协委员某某` (a profile's subtitle)
_SUBTITLE_REST = 8  # characters of a subtitle's wrapped rest on the next line
_DASH_SUBTITLE = re.compile(r"^[—－]{2}\s*\p{Han}")  # a subtitle under a title (`——某镇…的做法`), no quote's source
_DASH_SUBTITLE_MOST = 40  # characters of such a subtitle


def _take_act_note(e: Entry, paras: list[str]) -> None:
    """An act's note or a report's occasion opening the text (`_ACT_NOTE`, `_SPOKEN_NOTE`), or a `——` line
    right under the title (`_DASH_SUBTITLE`), is its subtitle, no text of it (its day is the entry's date:
    `digest.fields.parse_leading_date` reads it there); the
    reporter's post and name under a report's occasion is its byline, and so is a writer under the title with
    the unit (`县人大常委会法工委　某某`)."""
    if len(paras) < 2:
        return
    first = paras[0].strip()
    if _ACT_NOTE.match(first):
        k = next((k for k in range(min(len(paras) - 1, _MAX_NOTE_PARAS)) if paras[k].strip().endswith(("）", ")"))), None)
        if k is None:
            return
        e.subtitle = "".join(p.strip() for p in paras[:k + 1])
        del paras[:k + 1]
    elif _HEADING_DAY.match("".join(first.split())):
        e.subtitle = first  # `（12月19日至20日）` / `（12月下旬）` under a 简报's heading: the item's day, no text
        del paras[0]
    elif _FEATURE_SUBTITLE.match(first) and not ends_full_stop(first):
        # a feature's `——记…` subtitle under its title, its wrapped rest on the line under it (`——记某委员、某中心
        # 主任某某·` / `某某`): the subtitle, no text
        e.subtitle = first
        del paras[0]
        if len(paras) >= 2 and len(paras[0].strip()) <= _SUBTITLE_REST and not _INNER_COMMA.search(paras[0]) \
                and (first[-1:] in "·、" or not ends_sentence(first)) and not leads_with_date(paras[0]):
            e.subtitle += paras.pop(0).strip()
    elif _DASH_SUBTITLE.match(first) and len(first) <= _DASH_SUBTITLE_MOST and not _INNER_STOP.search(first):
        e.subtitle = first  # `——某县某镇推进村级协商议事的做法` under a digest's title: its subtitle, no text
        del paras[0]
        _speaker_and_day(e, paras)
    elif _speaker_and_day(e, paras):
        pass  # (`在当选某市市长时的表态发言` / `某某` / `（2024年1月19日）` / 各位代表：…)
    elif (e.byline is None and not _INNER_COMMA.search(first) and not ends_sentence(first)
          and (writers := _unit_writers(first)) is not None and ends_sentence(paras[1])):
        e.byline = "、".join(writers)  # (`关于…的几点思考` / `县人大常委会法工委　某某` / 正文…: its writer and unit
        del paras[0]  # under an article's title, no text)
    elif _SPOKEN_NOTE.match("".join(first.split())):
        e.subtitle = first
        del paras[0]
        who = _SPEAKER_LINE.match(paras[0].strip()) if len(paras) >= 2 else None
        if who is not None:
            e.byline = who["n"]
            e.subtitle += "\n" + paras.pop(0).strip()


_BRACKETED_DAY = re.compile(r"^[(（]\d{4}年\d{1,2}月\d{1,2}日[)）]$")


def _speaker_and_day(e: Entry, paras: list[str]) -> bool:
    """A speech's speaker alone on the line under its title (or subtitle), then the day in brackets (`某某` /
    `（2024年1月19日）` / `各位代表：…`): the speaker its byline, the day its subtitle's note (its date), no text
    of it. Only both, the speaker a writer's name (`digest.bylines.all_writer_names`)."""
    if len(paras) < 3:
        return False
    who, day = paras[0].strip(), paras[1].strip()
    if not (2 <= len(who) <= 4 and all_writer_names([who]) and _BRACKETED_DAY.match(day)):
        return False
    e.byline = who
    e.subtitle = f"{e.subtitle}\n{day}" if e.subtitle else day
    del paras[:2]
    return True


# a writer's credit printed without brackets on the last line, the unit and the name two spaces or a
# wide space apart (`县政务服务中心党支部　　某某`, a 心得体会's signature): Han characters and spaces only
_BARE_WRITER = re.compile(r"^\p{Han}{2,20}(?:[ \t]{2,}|\u3000)[\s\u3000]*\p{Han}[\p{Han}·\s\u3000]{1,12}$")


_NAMES_IN_BRACKETS = re.compile(r"^[(（][ \t\u3000]*(?P<n>\p{Han}[\p{Han} \t\u3000]{1,24}?)[ \t\u3000]*[)）]$")
_MOST_WRITERS = 4  # names a writers' credit alone in brackets holds


def _take_entry_credits(st: _State, e: Entry, paras: list[str]) -> None:
    """An entry's own credit at the end of its text — a line `（市商务局供稿）`, `编辑：张三 审核：李四`, or
    a bracketed credit closing its last paragraph `…落实。（市商务局供稿）` — leaves the text; its facts go
    to issue.meta["entry_credits"] with the entry's line. A writer's credit alone on the last line, the
    unit before the name (`（某某镇　某某）`: `digest.text.unit_writer`; unbracketed when two spaces part
    them, `_BARE_WRITER`), leaves it too: the name is the entry's byline (one of its people). Printed at the end of the last paragraph (`…落实。（某某镇　某某）`)
    it leaves the text too since session 33 (`digest.text.trailing_credit`: the unit, then its writer), as nine
    annotators of the digests at hand leave it out (four keep it). A credit in brackets on
    the line under the title (`（提案者：某某　某某）`, `（市政协提案委员会）`: `_LEAD_CREDIT`, or a unit and its
    writers, `（某某局　某某）`) leaves it too, the names its byline."""
    if (len(paras) >= 2 and paras[-1].strip()[-1:] in ")）" and len(paras[-1].strip()) <= WRAPPED_CREDIT_REST
            and glued_unit_writer(paras[-2].rstrip() + paras[-1].strip()) is not None):
        paras[-2:] = [paras[-2].rstrip() + paras[-1].strip()]  # (`…。（县公安局某某` / `某）`: a glued credit a wrap broke)
    found = peel_entry_credits(paras)
    _take_act_note(e, paras)
    lead = _LEAD_CREDIT.match(paras[0].strip()) if len(paras) >= 2 else None
    names = _credit_names(lead["names"]) if lead is not None and lead["names"] else None
    if lead is not None and (names or lead["unit"]):  # `（提案者：某某　某某）`, `（市政协提案委员会）`: no text
        paras.pop(0)
        if names:
            found.append(("writer", lead["label"], "、".join(names)))
            e.byline = "、".join(names)
        else:
            found.append(("contributor", "来源", lead["unit"]))
    elif len(paras) >= 2 and (first := unit_writer(paras[0].strip())) is not None and all_writer_names(first[1]):
        paras.pop(0)  # `（市委宣传部　某某）` under the title, over the text: who sent it and wrote it, no text
        found.append(("contributor", "供稿", first[0]))
        e.byline = "、".join(first[1])
    last = paras[-1].strip() if len(paras) >= 2 else ""
    writer = unit_writer(last) if last else None
    if writer is None and last and _BARE_WRITER.match(last):  # `县某中心党支部　某某`: an essay signed unbracketed
        writer = unit_writer(f"（{last}）")
    # `（某某镇　某某）` alone on the last line: the unit and the ones who wrote it, each a name (a surname
    # first: not `（县人民医院　宣传科）`, `（县教育局　未完待续）`)
    if writer is not None and all_writer_names(writer[1]):
        paras.pop()
        found.append(("contributor", "供稿", writer[0]))
        e.byline = "、".join(writer[1])
    elif last and (alone := _NAMES_IN_BRACKETS.match(last)) is not None:  # `（鲁　鸣　钟文姝）`: its writers alone, no unit
        names = join_spaced_names(alone["n"].strip()).split()
        if names and len(names) <= _MOST_WRITERS and all(2 <= len(n) <= 4 for n in names) and all_writer_names(names):
            paras.pop()
            found.append(("writer", "署名", "、".join(names)))
            e.byline = "、".join(names)

    if e.byline is None and (glued := take_glued_credit(paras)) is not None:
        found.extend(glued)  # `…合格率99.3%。（区某局某某）`: the unit and its writer, no space between
        e.byline = glued[1][2]

    signed = [w for (k0, lab0, _u), (k1, lab1, w) in zip(found, found[1:], strict=False)
              if (k0, lab0, k1, lab1) == ("contributor", "供稿", "writer", "撰稿")]
    if e.byline is None and signed:  # (`…。（某乡人民政府　某某）`: the unit that sent it and its writer, whatever
        e.byline = signed[0]  # the name: a Dai or a Tibetan one opens with no surname)
    if e.byline is None:  # its makers' credit (`（文/图　某某）`, `文字：某某　图片：某某`), or the writer a unit's
        # credit names after the unit (`（供稿：县委农办　某某）`): its byline, so its people
        makers = [n for kind, lab, v in found
                  for n in (_credit_names(v) if lab in MAKER_LABELS
                            else _credit_names(v.split()[-1]) if lab == "作者系" and len(v.split()) > 1  # (…的学生　某某)
                            else _unit_writers(v) if kind == "contributor" else None)
                  or ()]
        e.byline = "、".join(dict.fromkeys(makers)) or None
    if found:
        st.issue.meta.setdefault("entry_credits", []).extend(
            {"entry_line": e.line_start, "title": e.title, "kind": k, "label": lab, "value": v} for k, lab, v in found)


def cut_entries(st: _State) -> None:
    """An entry runs from its title to the next title or heading; text before a heading's first entry is
    reported, not lost. The 目录 decides sections and pages; body headings serve entries not in it. On
    a hard-wrapped issue (`digest.blocks.hard_wrap`) a line reaching the margin runs on into the next:
    the entry's paragraphs are whole (`…洛阳雪` + `龙生态食品…` -> `…洛阳雪龙生态食品…`)."""
    section = subsection = None
    current: Entry | None = None
    parts: list[list[str]] = []  # each entry's paragraphs, parallel to entries
    orphan_chars = total_chars = 0
    wrap = _body_wrap(st)  # a PDF's fixed lines: a line at the margin runs on
    last = -1  # the body line the current entry's last paragraph ends on
    for i, b in enumerate(st.body):
        if i in st.heads:
            kind, name = st.heads[i]
            if kind == "section":
                section, subsection = name, None
            else:
                subsection = name
            current = None
            continue
        total_chars += len(b.text)
        if i in st.claimed:
            current, rest = _new_entry(st, i, st.claimed[i], section, subsection)
            st.entries.append(current)
            st.entry_items.append(st.claimed[i].item)
            parts.append(_lead_credit_apart(rest))
            last = i if rest else -1
            continue
        if i in st.covered:  # second paragraph of a two-line title
            continue
        if current is None:
            orphan_chars += len(b.text)
            st.problems.append(Problem(b.line, "unassigned-text", f"text outside any entry: {b.text[:40]}"))
            continue
        if wrap is not None and last == i - 1 and parts[-1] and runs_on(wrap, st.body[i - 1], b):
            parts[-1][-1] += b.text.strip()  # the rest of a paragraph hard-wrapped at the page's width
        else:
            parts[-1].append(b.text.strip())
        last = i
        current.line_end = b.last_line
    for e, paras in zip(st.entries, parts, strict=True):
        while paras and not has_words(paras[-1]):
            paras.pop()  # a rule of marks closing the item (`★ ★ ★` between items): no text, under its credit
        _take_entry_credits(st, e, paras)
        e.text = "\n".join(paras)
    st.assigned_share = 1.0 - (orphan_chars / total_chars) if total_chars else 1.0


def page_of_paged_sections(st: _State) -> None:
    """The page of an entry the 目录 does not list, under a section line that prints its page (`【信息简讯】……8`:
    `TocHeading.page`, a column of briefs the 目录 lists whole): that page."""
    pages = {h.name: h.page for h in st.toc.headings if h.page is not None and h.kind == "section"}
    if not pages:
        return
    for e in st.entries:
        if e.page is None and e.section in pages:
            e.page = pages[e.section]


_PAGE_DIGITS = re.compile(r"\d{1,3}")


def page_from_footers(st: _State) -> None:
    """The page of each entry when the 目录 prints no page at all (titles only, under their sections): the number of
    the first bare page number (`— 3 —`, the body's furniture) after the entry's title, as the page's foot prints it,
    or the one after the last when the entry starts past it. Read only when those numbers rise one by one."""
    if not st.entries or any(it.page is not None for it in st.toc.items) or any(e.page is not None for e in st.entries):
        return
    text = {b.line: b.text for b in st.blocks if b.line in st.furniture}
    marks = [(n, int(d.group())) for n in sorted(st.furniture)
             if n in text and PAGE_MARK.match(text[n]) and (d := _PAGE_DIGITS.search(text[n]))]
    if len(marks) < 2 or any(b[1] != a[1] + 1 for a, b in zip(marks, marks[1:], strict=False)):
        return
    k = 0
    for e in st.entries:  # (in the body's order: one pass over the marks)
        while k < len(marks) and marks[k][0] < e.line_start:
            k += 1
        e.page = marks[k][1] if k < len(marks) else marks[-1][1] + 1


def _displaced(order: list[int]) -> set[int]:
    """Positions in `order` outside one longest increasing run of it (patience sorting, n log n): the
    fewest entries that, moved back, would put the body in 目录 order."""
    import bisect

    tails: list[int] = []      # smallest last value of an increasing run of each length
    tail_at: list[int] = []    # its position
    prev = [-1] * len(order)
    for pos, v in enumerate(order):
        k = bisect.bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
            tail_at.append(pos)
        else:
            tails[k] = v
            tail_at[k] = pos
        prev[pos] = tail_at[k - 1] if k else -1
    keep: set[int] = set()
    pos = tail_at[-1] if tail_at else -1
    while pos >= 0:
        keep.add(pos)
        pos = prev[pos]
    return set(range(len(order))) - keep


def pair_by_order(st: _State) -> None:
    """目录 lines found nowhere and body entries in no 目录 line, paired in order where the 目录 rewords
    every title (`区政协召开十届十一次常委会议` for `政协某区第十届委员会常务委员会第十一次会议召开`): between
    two entries matched by their titles (or the ends), the same number of each (section by section where
    both name theirs), are the same entries. Each paired entry takes the 目录 line's page and wording, a warning
    says so, and `digest check` lists the pairing (`toc-paired-by-order`) instead of the two misses."""
    found = {id(it) for it in st.entry_items if it is not None}
    at_item = {id(it): k for k, it in enumerate(st.toc.items)}
    paired: dict[int, TocItem] = {}
    gap_items: list[TocItem] = []
    gap_entries: list[int] = []
    cursor = 0  # the next 目录 item after the last matched one

    def pair() -> None:
        if not gap_items or not gap_entries:
            return
        if all(it.section for it in gap_items) and all(st.entries[e].section for e in gap_entries):
            # section by section (the body's headings name the 目录's sections): the same number in each
            by_section: dict[str, tuple[list[TocItem], list[int]]] = {}
            for it in gap_items:
                by_section.setdefault(fold(it.section or ""), ([], []))[0].append(it)
            for e in gap_entries:
                by_section.setdefault(fold(st.entries[e].section or ""), ([], []))[1].append(e)
            for items, entries in by_section.values():
                if len(items) == len(entries):
                    paired.update(zip(entries, items, strict=True))
        elif len(gap_items) == len(gap_entries) and all(
                not it.section or not st.entries[e].section or fold(it.section) == fold(st.entries[e].section)
                for it, e in zip(gap_items, gap_entries, strict=True)):
            paired.update(zip(gap_entries, gap_items, strict=True))

    for k, it in enumerate(st.entry_items):
        if it is None:
            gap_entries.append(k)
            continue
        upto = at_item.get(id(it), cursor)
        gap_items.extend(x for x in st.toc.items[cursor:upto] if id(x) not in found)
        pair()
        gap_items, gap_entries, cursor = [], [], max(cursor, upto + 1)
    gap_items.extend(x for x in st.toc.items[cursor:] if id(x) not in found)
    pair()
    if not paired:
        return
    lines = {it.line for it in paired.values()} | {st.entries[k].line_start for k in paired}
    st.problems[:] = [p for p in st.problems
                      if not (p.kind in ("toc-unmatched", "body-not-in-toc") and p.line in lines)]
    for k, it in sorted(paired.items()):
        e = st.entries[k]
        e.toc_title, e.page = it.title, it.page
        e.section, e.subsection = it.section or e.section, it.subsection or e.subsection
        st.entry_items[k] = it
        e.warnings = [w for w in e.warnings if not w.endswith("entry not in the 目录")]
        e.warnings.append(f"line {e.line_start}: paired by order with 目录 line {it.line}, whose title differs: {it.title}")
        st.problems.append(Problem(e.line_start, "toc-paired-by-order",
                                   f"entry paired by order with 目录 line {it.line}: {e.title} / {it.title}"))


STEP_BACK = 1  # pages: the largest single step back tolerated as a note


def check_page_order(st: _State) -> None:
    """Pages going backwards in body order. One step back of at most STEP_BACK page, with at most one entry
    printed out of 目录 order (the 目录 lists it elsewhere in the same stretch of pages, or the 目录 itself
    steps back there: a page boundary or a misprint), is a note (`page-step`) and a warning on the entry
    out of place; anything more (several steps, a larger jump, several entries out of 目录 order) is a
    `page-order` problem at each step."""
    index = {id(it): n for n, it in enumerate(st.toc.items)}
    paged = [e for e in st.entries if e.page is not None]
    steps = [(last, e) for last, e in zip(paged, paged[1:], strict=False) if e.page < last.page]  # type: ignore[operator]
    if not steps:
        return
    by_line = {e.line_start: e for e in st.entries}
    in_toc = [(by_line[st.body[i].line], index[id(m.item)]) for i, m in sorted(st.claimed.items())
              if m.item is not None and st.body[i].line in by_line]
    out_of_order = [in_toc[p][0] for p in sorted(_displaced([n for _, n in in_toc]))]
    last, e = steps[0]
    if len(steps) == 1 and last.page - e.page <= STEP_BACK and len(out_of_order) <= 1:  # type: ignore[operator]
        odd = out_of_order[0] if out_of_order else e
        where = "printed out of 目录 order" if out_of_order else "the 目录 itself steps back here"
        st.problems.append(Problem(e.line_start, "page-step",
                                   f"page {e.page} comes after page {last.page}, one step back ({where}: "
                                   f"{odd.title}, 目录 page {odd.page})"))
        odd.warnings.append(f"line {odd.line_start}: {where} (目录 page {odd.page}); its page may be off by one")
        return
    for last, e in steps:
        st.problems.append(Problem(e.line_start, "page-order",
                                   f"page {e.page} comes after page {last.page}: {e.title}"))


def warn_doubted_headings(st: _State) -> None:
    """Entries whose section or subsection came from a doubted 目录 heading carry a warning."""
    doubted = {h.name: h for h in st.toc.headings if h.doubt}
    for e in st.entries:
        for name in (e.section, e.subsection):
            if name in doubted:
                e.warnings.append(f"line {e.line_start}: its {doubted[name].kind} {name} comes from a doubtful "
                                  f"heading (line {doubted[name].line})")


def summarize(st: _State) -> None:
    """Counts, the issue's warnings and the furniture left out."""
    issue = st.issue
    issue.toc_matched = sum(1 for m in st.claimed.values() if m.item is not None)
    for pr in st.problems:
        if pr.kind in ("toc-unmatched", "body-not-in-toc", "unassigned-text", "doubtful", "heading-style"):
            issue.warnings.append(f"line {pr.line}: {pr.message}")
    issue.meta["toc_lines"] = [st.toc.start_line, st.toc.end_line]
    if st.furniture:
        lines = sorted(st.furniture)
        issue.meta["furniture_lines"] = lines
        shown = ", ".join(str(n) for n in lines[:12]) + (" …" if len(lines) > 12 else "")
        issue.warnings.append(f"line {lines[0]}: page furniture left out of entries (page numbers, running "
                              f"heads) at lines {shown}")


ALIGN_STEPS = (
    take_body,
    split_glued_titles,
    find_body_headings,
    read_front_matter,
    match_titles_in_order,
    match_titles_anywhere,
    split_brief_columns,
    find_entries_not_in_toc,
    find_titles_in_gaps,
    find_rest_of_numbered_series,
    read_unlisted_columns,
    cut_entries,
    page_of_paged_sections,
    page_from_footers,
    pair_by_order,
    check_page_order,
    warn_doubted_headings,
    summarize,
)


def parse_with_toc(src: Source, blocks: list[Block], toc: Toc) -> ParseResult:
    """Align the 目录 to the body and cut the body into entries: ALIGN_STEPS, in order."""
    issue = Issue(issue_id="", source=src.path, sha256=src.sha256, encoding=src.encoding, layout="toc",
                  toc_count=len(toc.items))
    st = _State(src=src, blocks=blocks, toc=toc, issue=issue)
    for step in ALIGN_STEPS:
        step(st)
    return ParseResult(issue=issue, entries=st.entries, problems=st.problems, assigned_share=st.assigned_share)
