"""Person recognition benchmark (on demand; never in CI).

    python benchmarks/persons.py [--repeat 3]

Measures, on one core, the median of --repeat runs (in-process, CPU time: time.process_time; each
parse of a sample a first parse, its per-line caches emptied: `first_parse`):

* parse throughput with persons on and off, and with `--scorer`, over the samples (digest.parse.parse_source, the rules
  and the weak anchors: what `digest parse` runs), in MB/s of UTF-8 input; and with persons on and off over
  the samples without a 目录 alone (where parse reads the names opening clauses too);
* the rules alone (persons.annotate), the rules and the weak anchors (annotate(weak=...), what parse
  runs), with the clause starts too (annotate(weak=..., clauses=True), what parse runs on a page without
  a 目录) and rules + scorer (persons.recognize, what `digest persons` runs) on one 1 MB paragraph of invented names (a 表彰名单 separated by 、) and on 1 MB of ordinary
  text in one paragraph (the samples with their line ends removed): linear time means the two take about the same;
* `digest parse` (persons on, a first parse) of 1 MB of names in one paragraph, of the same names in
  rows of eight with spaces between (a 表彰名单 as a PDF prints it) and of 1 MB of the samples' text
  in one paragraph: linear time and cheap lists mean the first two take about the time of the third;
* the clause starts on a list of 150 KB and of 300 KB of dotted names after a role, each named again
  before 表示 (`dotted_paragraph`): linear time means the second takes twice the first;
* `digest persons FILE --json` on the People's Daily paragraphs (../shared/persons), as a
  subprocess, wall time, when the corpus is present;
* the scorer's cost: the time to load its weights and character tables, and the memory they take
  (Python allocations, tracemalloc, in a fresh interpreter), and the size of the files.

Last measured (2026-12-01 08:40, 2 cores, load 0.7), after the clause starts, the renamed copies and the
anchors of lists, counts, slashes and object verbs: parse with persons 2.03 MB/s on the samples (A/B runs
against the code of the session's start: 2.13 against 2.17), without 4.64; the newspaper sample alone
1.29 with persons, 2.10 without (1.55 at the session's start: the clause starts); --scorer 0.35. 1 MB
of names in one paragraph: rules 0.87 s, rules and weak anchors 1.07 s (0.91 before the next-name-of-a-
list anchor), with the clause starts 2.61 s (every item of the list is a clause start; 5.3 s before
list items were read from their own characters), rules and scorer 4.81 s (0.21 MB/s); 1 MB of the
samples' text: rules 0.17 s, rules and weak anchors 0.26 s, with the clause starts 0.37 s, rules and
scorer 1.88 s (0.61 MB/s: spans pruned on their own features before their context is read, 0.33
before); `digest persons` on pd98 1.56 s (2.3 before); scorer load 339 ms, 21.9 MB, files 1,825 KB
(weights, character table, pairs, parts of speech, jieba's other names, the gazetteer, the countries;
words.txt is shared with the rules; 20.3 MB and 1,591 KB before the retraining with renamed copies).
The machine's speed drifts by a quarter over an hour: compare figures from one run only.

2026-12-01, after traditional characters, credits without separators and the list anchors: this
session's machine drifted by 1.6x between runs (parse without persons 1.67 and 2.63 MB/s for the
same code), so the code was compared by instruction counts (valgrind --tool=callgrind, PYTHONHASHSEED=0,
the second parse of the four samples minus the first): 1.328e9 at the session's start, 1.353e9 now
(+1.9%); a list of 100,000 characters of names with the clause starts 9.72e9 -> 12.17e9 (+25%, 6%
more of its names found), with the weak anchors alone (a 目录 digest) unchanged. A version of the
list rounds that rebuilt its sets from every name each round took 49 s for 1 MB of names: now at
most LIST_ROUNDS rounds, each linear.

2026-12-01 (afternoon), after the traditional layout, photo captions, slash pairs, one person a
line and foreign names before their titles, the same instruction counts: 1.353e9 -> 1.384e9 on the
samples (+2.3%: about 1.95 MB/s against the 2.03 MB/s wall-clock run at 1.328e9); the list of
100,000 characters of names with the clause starts 12.18e9 -> 12.23e9 (+0.4%). Wall clocks that
afternoon gave 1.2 MB/s for this code and for the morning's alike (the machine, not the code).

2026-12-01 (evening), after the ranks, the professions in 家, the new kinds of person and the age
and 涉嫌 anchors, the same instruction counts: 1.388e9 -> 1.406e9 on the samples (+1.3%; the
previous version measured 1.384e9 the afternoon before); the list of 100,000 characters of names
with the clause starts 12.22e9 -> 12.32e9 (+0.9%). A list of 200,000 characters of villages and
dates (the villages printed after a town, read in one pass) takes twice the time of 100,000.

2026-12-01 (later), after dotted names after any role, the family, 郡 and preposition checks of never_a_name and
four surnames: 1.406e9 -> 1.408e9 on the samples (+0.1%); the list of names with the clause starts
12.32e9 -> 12.47e9 (+1.2%).

2026-12-02, the speed version (the same persons and records): callgrind, the per-line caches emptied
before each document, 1.4429e9 -> 1.2264e9 instructions per parse of the four samples with persons
(-15.0%; the runs below were of the code at 1.2362e9). One run of this script each, that night, on a
machine about twice as slow as the one above and shared: previous version / this one, persons on
1.15 / 1.00 MB/s, off 2.72 / 3.94 (single runs moved by more than the change); alternating runs of
the samples alone, median of seven each, CPU time: 1.15-1.24 -> 1.37-1.43 MB/s with persons,
2.64-3.07 -> 3.13-3.79 without.

2026-12-02 (later), after the confirmed-names rule stopped reading a list's names a second time: a list
of 100,000 characters of names with the weak anchors and the clause starts 7.274e9 -> 6.045e9
instructions (-16.9%), the samples 1.2359e9 -> 1.2332e9 (-0.2%). `digest parse` of 1 MB of names in one
paragraph took 5.35 s of CPU before it (one run; 1 MB of the newspaper sample repeated 2.54 s, 1 MB
of the 目录 samples 2.08 s).

2026-12-02 (evening), after the shirt numbers, 和 in a given name and the names before a time word or
a rank (a second read after a role whose first read found no name): the samples 1.2336e9 -> 1.2431e9
instructions (+0.8%, callgrind as above, against the code at the session's start).

2026-12-02 (the session after), after the edges of names (a verb or an adverb after a name of three, a cup, 和 after a
character, roles that overlap after a country): the same instruction counts, both measured that day,
1.2392e9 -> 1.2480e9 per parse of the four samples (+0.7%).

2026-12-02 (the session after), after long lists read in one loop (`namelists._long_run`, the
confirmed-names rule's quick skip, a line's headline checks kept): `digest parse` (persons on, the
text as one file, callgrind, the warm-up parse subtracted) of 100 KB of names in one paragraph
2,727M -> 2,318M instructions, of the same names in rows of eight 5,055M -> 3,428M, of 95 KB of the
samples' text in one paragraph 2,145M -> 2,143M; the four samples 1.2444e9 -> 1.2442e9. This script
now also times `digest parse` of 1 MB of names in one paragraph, in rows (`name_rows`) and of 1 MB
of prose (`parse_*_s`): one run, with callgrind busy on the other core, gave 3.66 s, 6.70 s and
1.69 s. With a 名单 printed in rows read as one record (no headlines: `newspaper._block_groups`) the
rows take 3,040M instructions (100 KB) and 3.45-3.83 s (1 MB); a run of the whole script that day
(--repeat 1, a machine whose `sum(range(10**6))` takes 19 ms): names 3.68 s, rows 3.45 s, prose
1.27 s. At the session's end (--repeat 3, the same machine): parse with persons 1.15 MB/s on the
samples (3.15 without), names 2.16 s, rows 2.89 s, prose 1.15 s; rules and scorer 11.7 s on the
names, 3.2 s on the prose; `digest persons` on pd98 2.66 s; scorer load 542 ms, 22.7 MB.

2026-12-02 (a later session), after comma lists, foreign speakers, the places before a title and the
retrained scorer: callgrind (PYTHONHASHSEED=0, each sample a first parse, the run of one pass
subtracted from the run of two) 1.1777e9 -> 1.2042e9 instructions per parse of the four samples
(+2.2%). A check for any traditional character in every entry of 300 characters or fewer cost +2.2%
and was taken out (now asked only of one short input: `text.short_and_traditional`); the comma
lists' first scan (`namelists._COMMA_PIECE`, the stdlib engine) costs about 1%. `digest persons` on
10,000 invented names separated by commas (one line): 1.1 s before (5,110 of 7,154 found), 1.4 s
now (7,106), 20,000 names 1.9 s.

2026-12-02 (the next session), after the joined names, the names after a role, one reading per text
and the two MSRA readings of `digest persons`: callgrind as above 1.2066e9 -> 1.2102e9 instructions
per parse of the four samples (+0.3%). `digest persons` on a 、 list of 1 MB of invented names
(in-process CPU time, two runs each, against the session's first code): +3% to +9% (+18% before the
joined names read only the spans next to a joint). This script, --repeat 1, the session's first code
and then this one, one after the other: parse with persons 0.31 -> 0.39 MB/s on the samples (a
single run holds the lexicon's load), rules and scorer on the names 10.5 -> 11.6 s, on the prose
3.55 -> 3.59 s, `digest persons` on pd98 3.62 -> 2.46 s: within the machine's drift.

2026-12-02 (the session after), after the scorer retrained with invented foreign names, the names
before 一行/同志/先生, the reporter frame and the spans that are no person: callgrind
(PYTHONHASHSEED=0, against the session's first code) 1.2164e9 -> 1.2128e9 instructions per parse of
the four samples (-0.3%, the run of one pass subtracted from the run of two); `digest persons` on the
first 395 paragraphs of pd98 (the run on 5 subtracted) 3.160e9 -> 3.284e9 (+3.9%; 3.531e9 before the
paths under the threshold skipped the spans under their floors). This script, --repeat 3, the first
code and then this one: persons on 0.98 -> 1.26 MB/s, off 2.65 -> 4.32 (the same code: the machine),
rules and scorer on 1 MB of names 12.1 -> 11.4 s, on 1 MB of prose 4.5 -> 5.2 s; scorer load 693 ->
526 ms, 22.7 -> 23.6 MB, files 1,935 -> 2,062 KB.

2026-12-03 (the seventh session), after the gap between a role and a verb, the Yi clan names, the
compound surnames after an occupation, the words between a list's names and the dotted names' ends:
alternated with the session's first code on this machine (CPU, median of three, a test run busy on the
other core), the four samples with persons 0.28-0.29 s -> 0.30-0.31 s (0.76 MB/s; off 0.107 s both);
`digest parse` of 1 MB of names in one paragraph 4.39 / 3.98 s -> 3.32 / 3.23 s, in rows of eight
6.39 / 6.71 s -> 6.99 / 6.15 s (two runs each, alternated): linear as before.

2026-12-04 (session 12), after `masthead.line_facts`' word filter and the kept `text.dateline`, alternated
with the session's first code on an idle machine (CPU time, median of five first parses each, the
per-line caches emptied): the four samples with persons 1.03-1.09 -> 1.15-1.23 MB/s, without 3.6; the
annotated pages in text (tests/fixtures/annotated_papers/*.txt) 0.26 -> 0.34 MB/s with persons, 0.51 ->
0.76 without.

2026-12-04 (session 13), after the rules of sets 47-51 (microblogs, releases, gazettes, hospital pages,
medical titles, monastic names, table rows), alternated with the session's first code on this machine
(CPU, median of three first parses): the four samples with persons 1.19-1.22 MB/s against 1.19-1.22, without
3.77-3.85 against 3.85-3.90: the same, within the runs' spread.

2026-12-04 (session 14), after the news rules (colon credits, Dai and Turkic names, short mentions,
double-barrelled names), alternated with the session's first code on this machine (CPU, median of three
first parses): the four samples with persons 1.23-1.28 MB/s against 1.29-1.33 (about 3% slower, near the
runs' spread); `digest persons` on 50 KB and 100 KB of dotted names each named again: 1.12 s and 1.50 s
(0.93 s and 1.42 s before the short mentions: linear, one scan of the parts). This script, --repeat 1, a
test run busy on the other core: persons on 0.38 MB/s, off 3.9; scorer load 583 ms, 35.7 MB.

2026-12-05 (session 15), after the Turkic, compound-surname and hyphen-dotted rules, Vietnamese names and
the given-name mentions, alternated with the session's first code (CPU, median of three first parses): the
four samples with persons 1.16-1.38 MB/s against 1.31-1.44 (the runs' spread; per-rule timing of ~185 ms a
parse: the three new rules 4.0 ms before they were made to skip text they cannot apply to, 3.7 ms after, and
the single Tibetan syllables 1 ms);
a paragraph of 25, 50 and 100 KB of the new rules' patterns repeated: `digest persons` 0.29, 0.57, 1.17 s.

2026-12-05 (session 16), after the compound-surname keeps, the Japanese family names, the four-part dotted
names, the interview speakers, the credit fields and the refusals (社, 州, 《》): alternated with the
session's first code (CPU, median of three first parses), the four samples with persons 1.28-1.31 MB/s
against 1.29-1.36 now (the runs' spread); a paragraph of 25, 50 and 100 KB of the new patterns repeated:
`digest persons` 0.22, 0.44, 0.87 s. A py-spy profile of the samples' parse (persons ~127 of ~182 ms) is
flat: pass 1 of `annotate` ~30 ms, pass 2's rules ~44 ms, the weak anchors ~36 ms, no rule over 10%.

2026-12-05 (session 17): six changes that keep every output identical (pd98, the samples and the fixtures
compared byte for byte: display widths remembered, the words for a kind of person and the regex scans both
passes of annotate repeat found once per text, early exits in namemodel.tiling and _glued_before, candidate
edges tested once): callgrind 2,574M -> 2,410M instructions per first parse of the four samples (-6.4%),
1.31 -> 1.39 MB/s (CPU, alternated). With the session's new rules on top, alternated against its first
code: 1.19-1.29 -> 1.25-1.32 MB/s with persons, 4.1-4.3 without. A paragraph of 25/50/100 KB of the new
rules' patterns: 0.23/0.48/1.03 s with `digest persons` (linear).

2026-12-05 (session 18): `digest persons` a fifth faster with identical output (pd98, news6-18 each alone
and as a document, `digest parse` with and without --scorer on the samples and fixtures, byte for byte):
`namemodel.choose` asks `refused` only of the spans it reads, and `Known.starts` finds a few first
characters with str.find instead of compiling a class for every line: `digest persons` on pd98 2.56-2.68
-> 2.02-2.09 s CPU. The samples' parse with persons unchanged, 1.21-1.26 -> 1.25 MB/s (alternated); the
plain-name floor at clause starts is linear (a paragraph of 50 and 100 KB: 0.26 and 0.56 s on the parse
path, 0.51 and 1.11 s with `digest persons`).

2026-12-07 (session 38), after the rosters (a post then a name, a padded name then a post, a roster run into one
paragraph), the banners' places, the Republic's years and the follow words of the arts and sports: alternated with
the session's first code on this machine (speed.py: CPU, median of five first parses, three alternations), the four
samples with persons 0.81 / 0.77 / 0.78 -> 0.78 / 0.74 / 0.76 MB/s (about 3.5% slower), without 2.16 / 2.00 / 2.13 ->
2.04 / 1.97 / 2.04; one paragraph of 25, 51 and 103 KB of unit and name pairs (`namelists.inline_roster`) through
`annotate(weak=…, clauses=True)`: 0.96 s (the lexicon's load with it), 0.61 s, 1.02 s (linear). At the session's last commit
(after the unit-and-name series, the table's column of names and the short two-line headlines), the same three
alternations: with persons 0.82 / 0.83 / 0.83 -> 0.77 / 0.80 / 0.80 MB/s (about 4% slower), without 2.22 / 2.20 / 2.23
-> 2.04 / 2.15 / 2.17.

2026-12-07 (session 39), after the padded names, the counted lists, the names introduced as such, the relaxed dotted
names after roles, the Amdo names and the front page's ear: alternated with the session's first code (speed.py with
each parse a first parse, `forget_kept`; five runs, two alternations), the four samples with persons 0.73 / 0.71 ->
0.72 / 0.71 MB/s, without 1.85 / 1.77 -> 1.88 / 1.80 (the machine slower than the session before's: compare within a
run only); three rules skip what they cannot use first (`_word_named` the dictionary's person words, `unit_name_series`
the clauses holding a 、, `_yi_by_given` the given names' matches before the offsets read), outputs byte-identical, a
gain within the noise. A paragraph of 50, 100 and 200 KB of glued units and names closed by counts, names introduced
by 他叫 and padded names after 公证员, through `annotate(weak=…, clauses=True)`: 0.53 s, 0.97 s, 1.92 s (linear).
Parse with persons stays at about a third of the 2 MB/s asked: the cost is spread over some sixty rules run twice an
entry (no rule above 7% of it) and the layout's readers; a cut of its half needs fewer passes, not faster rules. At the
session's last commit (after the counted lists' scan moved to the stdlib's engine and the body's dated openings read
once), two alternations of nine runs: with persons 0.75 / 0.73 -> 0.74 / 0.73 MB/s, without 1.90 / 1.87 -> 1.90 / 1.87;
after the scores' rule (`namerules._before_a_score`, its scan by the stdlib's engine), three alternations: with persons
0.74 / 0.71 / 0.71 -> 0.72 / 0.69 / 0.70, without 1.88 / 1.76 / 1.78 -> 1.86 / 1.75 / 1.76 (about 2%); at the session's
last commit, five alternations: with persons 0.73-0.78 -> 0.72-0.75, without 1.82-1.95 -> 1.83-1.89 (about 3%).
2026-12-07 (session 40), after the glued credits, the framed 目录 sections, the page heads, the cards beside a mobile
article, the 批示 under a credit and the persons' Latin glosses: the machine slower and noisier than in the morning
(the same code 0.58-0.68 MB/s with persons from one run to the next): six alternations of five or nine runs against
the session's first code give with persons 0.58-0.71 -> 0.57-0.66 MB/s (medians 0.67 -> 0.64), without 1.52-1.77 ->
1.48-1.76 (1.74 -> 1.62): a few percent at most, inside the noise. Under cProfile, four passes over the samples with persons take 2.71 s (first code) and 2.69 s
(last); the new functions together under 0.01 s (`_line_goes_on` and the `_position` it asks 0.011 s, `_glued_name`,
`glued_unit_writer`, `framed_heading_with_page` under 0.002 s each). Without persons the parse was measurably slower
(seven runs, min 0.128 -> 0.134 s for the samples): a test on every claimed title read its line's rest first; asked
last, after its cheap conditions, the parse without persons is back at the first code's (0.139 / 0.131 -> 0.133 /
0.130 s), outputs byte-identical. At the session's last commit (captions, more page heads, broken credits), three
alternations of seven runs: 0.123 / 0.126 / 0.124 -> 0.125 / 0.129 / 0.124 s (min), about 1%. Parse with persons
stays at about a third of the 2 MB/s asked, for the reasons above.
2026-12-07 (session 41), after the OCR'd 简报 (a seal's lines, 曰 in a compiler's date), the split 目录 heads, the
column names read as subsections, the WeChat round-ups' marked titles, the counted columns of untitled briefs, the
speakers of a 发言摘登 and the persons' reigns, clans and halls: callgrind as above (PYTHONHASHSEED=0, the per-line
caches emptied before each document, one pass of the four samples = the run of two passes less the run of one),
2,664M instructions at the session's first code, 2,676M at commit 2af08f9 (+0.45%), 2,688M at its last (+0.9%: the
special pages' heads, the 发言摘登's speakers, 區 and the married names of traditional text came after). Alternated on this machine (speed.py,
CPU, median of five first parses, three alternations): with persons 0.67 / 0.72 / 0.63 -> 0.65 / 0.67 / 0.66 MB/s,
without 1.66 / 1.83 / 1.74 -> 1.78 / 1.70 / 1.76: inside the noise. The new per-line tests (the seal's marks, read
only on a line holding a backtick, a backslash or a prime; the reign's year and the building's last character, asked
of each name found) are linear. Parse with persons stays at about a third of the 2 MB/s asked: the instruction count
says the code is within a few percent of the week's (2,410M after session 17's speed work), and the machine's speed
per instruction is what moved most.
2026-12-07 (session 42), after the word-names after a post, the verbs and the matches and teams no name ends in, the
Mongolian elements in 乐 and the new time words (one more path of `digest persons`, asked only where a post ends; the
others are set lookups on names already found): alternated with the session's first code on a new machine (CPU,
median of five first parses, two alternations), the four samples with persons 0.82 / 0.83 -> 0.82 / 0.79 MB/s,
without 2.21 / 2.27 -> 2.22 / 2.27: inside the noise. Parse with persons stays at about 40% of the 2 MB/s asked.
At the session's last code (after the courtesy names, the prizes' labels, the dotted names' ends, the Dai and the
columns reader, whose precheck reads each line once for a gap), two more alternations: with persons 0.84 / 0.86 ->
0.86 / 0.86 MB/s, without 2.31 / 2.34 -> 2.32 / 2.31. The columns reader on 1 MB of text in three columns: 0.26 s.
The Turkic names alone, added after that, cost 7% (0.78-0.82 MB/s against 0.85-0.88) until they were looked for in one
scan of their openings; at the session's very last code, three alternations: with persons 0.98 / 0.99 / 0.93 ->
0.97 / 0.97 / 0.94 MB/s, without 2.54 / 2.71 / 2.48 -> 2.74 / 2.68 / 2.56 (the machine faster that hour: compare
within a run). `digest persons` on 50 and 100 KB of foreign places after 出生于 and 至: 2.0 s and 3.4 s (linear).
2026-12-07 (session 43), after the lists of people with figures or numbered places (`namelists.figure_lists`, which reads
a text's figures only when three carry their unit or stand after a space: the samples' dates had cost it 4% of the
persons' time), the clause starts of free text, the departments, clerics and words of address: alternated with the
session's first code (CPU, median of five first parses, three alternations), the four samples with persons 0.96 / 0.98 /
0.91 -> 0.99 / 0.95 / 0.90 MB/s, without 2.59 / 2.57 / 2.51 -> 2.63 / 2.54 / 2.41: inside the noise. `digest persons` on
50, 100 and 200 KB of a 捐款名单 (`某某　500元　`…): 1.25, 1.73 and 3.47 s (linear). A run of this script that hour: rules
and scorer on 1 MB of names 15.7 s, on 1 MB of prose 5.0 s; `digest parse` of 1 MB of names in one paragraph 2.3 s, in
rows 9.1 s, of prose 1.8 s; scorer load 528 ms, 53.9 MB.
2026-12-07 (session 44), after the verbs of the hands and the body, the ages, the parts of a play and the pet names
(found by one regex scan of doubled characters, not a loop over every character): alternated with the session's first
code, the four samples with persons 0.82 / 0.84 -> 0.86 / 0.83 / 0.86 MB/s, without 2.38 / 2.29 -> 2.44 / 2.37 / 2.50:
inside the noise. `digest persons` on 50, 100 and 200 KB of plays, pet names and ages: 0.81, 1.17 and 1.91 s (linear).
2026-12-07 (session 45), after the vote tallies, the bracketed series (`namelists.bracketed_series`, `names_before_units`:
one scan of the brackets each), the writers' marks, the era's given names after a kind of person and the untitled
briefs of a digest's column: alternated with the session's first code, the four samples with persons 0.78 / 0.83 ->
0.83 / 0.83 MB/s, without 2.25 / 2.28 -> 2.37 / 2.43: inside the noise. `digest persons` on 50, 100 and 200 KB of vote
tallies, bracketed series, credits and era names: 0.92, 1.32 and 1.77 s (linear); one line of 20,000 bracketed items,
40,000 boxes and 20,000 `作`: 1.0 s.
2026-12-08 (session 46), after the dotted names at the scorer's floor (`namemodel._dotted_at_floor`: one pass over the
scored spans, each first part widened by at most seven characters), the flattened table rows (`namelists.numbered_rows`:
one scan of the row numbers), the withheld names' asterisks, the broadcast, obituary, minutes and signature labels and
the team sheets: alternated with the session's first code, the four samples with persons 0.77 / 0.72 -> 0.79 / 0.78
MB/s, without 2.24 / 2.29 -> 2.27 / 2.31: inside the noise. `digest persons` on 50, 100 and 200 KB of obituaries,
signature blocks, minutes, team sheets and broadcast labels, one a line: 2.56, 5.11 and 9.03 s (linear; the first
code 2.85 and 4.23 s); one line of 12,000 flattened table rows 2.7 s, of 12,000 withheld names 1.1 s, of 8,000 dotted
names after a kind of person 5.6 s (the first code 5.4 s).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLES = sorted((ROOT.parent / "shared" / "samples").glob("*.txt")) or sorted((ROOT / "samples").glob("*.txt"))
PD98 = ROOT.parent / "shared" / "persons" / "pd98-test.jsonl"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏吕丁沈姚卢"
GIVEN = "伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂华玉兰萍红建文辉力永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥"
PROSE = "全市各级部门要认真贯彻落实会议精神，推动经济社会高质量发展，市长尚文远强调要抓好落实。"


def first_parse(parse, srcs):
    """Parse each source as a first parse of its document: the per-line caches (folded lines, block
    keys, entry heads) are emptied before each one, so that a run over the same samples again and
    again measures what a user's new issue costs, not what a second reading of the same lines does."""
    from digest.text import forget_kept

    out = []
    for s in srcs:
        forget_kept()
        out.append(parse(s))
    return out


def timed(fn, repeat: int, clock=time.process_time) -> float:
    """The median time of `repeat` calls: CPU time of this process by default (a shared machine's
    wall clock drifts with its other work), wall time for a subprocess."""
    times = []
    for _ in range(repeat):
        t = clock()
        fn()
        times.append(clock() - t)
    return statistics.median(times)


def names_paragraph(nbytes: int) -> str:
    rng = random.Random(3)
    parts, size = [], 0
    while size < nbytes:
        x = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        parts.append(x)
        size += len(x.encode()) + 3
    return "表彰名单：" + "、".join(parts) + "。"


def name_rows(nbytes: int) -> str:
    """The names of `names_paragraph` as a PDF prints a 表彰名单: eight to a line, spaces between."""
    names = names_paragraph(nbytes)[len("表彰名单："):-1].split("、")
    return "表彰名单：\n" + "\n".join("  ".join(names[k:k + 8]) for k in range(0, len(names), 8))


def parse_text(text: str, repeat: int) -> float:
    """CPU seconds of `digest parse` (persons on, a first parse) of `text` saved as a file."""
    from digest.parse import parse_source
    from digest.source import read_source

    with tempfile.TemporaryDirectory() as d:
        p = Path(d, "doc.txt")
        p.write_text(text + "\n", encoding="utf-8")
        src = read_source(p)
        return timed(lambda: first_parse(lambda s: parse_source(s, persons=True), [src]), repeat)


def dotted_paragraph(nbytes: int) -> str:
    """A list of invented dotted names after a role, then each name again before 表示 (each later
    mention is read at a verb of saying and lengthened to the whole name the list printed)."""
    rng = random.Random(3)
    chars = "阿艾买吐尔热依古丽帕提江努曼木沙迪克玉素甫哈力克"
    names, size = [], 0
    while size < nbytes:
        x = "·".join("".join(rng.choice(chars) for _ in range(rng.randint(2, 4))) for _ in range(2))
        names.append(x)
        size += 2 * len(x.encode()) + 18
    return "委员" + "、".join(names) + "。" + "。".join(x + "表示赞同" for x in names) + "。"


def prose_paragraph(nbytes: int) -> str:
    """The samples' text as one paragraph (line ends removed), repeated up to nbytes."""
    text = "".join("".join(p.read_text(encoding="utf-8").split()) for p in SAMPLES) or PROSE
    return text * (nbytes // len(text.encode()) + 1)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    from digest import persons
    from digest.model import Entry
    from digest.parse import WEAK_FLOOR, parse_source
    from digest.source import read_source

    out: dict[str, object] = {}
    srcs = [read_source(p) for p in SAMPLES]
    mb = sum(len(s.text.encode()) for s in srcs) / 1e6
    for label, on, sc in (("persons_on", True, False), ("persons_off", False, False), ("scorer_on", True, True)):
        t = timed(lambda on=on, sc=sc: first_parse(lambda s: parse_source(s, persons=on, scorer=sc), srcs), a.repeat)
        out[f"parse_samples_{label}_mb_per_s"] = round(mb / t, 2)
    papers = [s for s in srcs if parse_source(s, persons=False).issue.layout != "toc"]  # read clause starts too
    if papers:
        pmb = sum(len(s.text.encode()) for s in papers) / 1e6
        for label, on in (("persons_on", True), ("persons_off", False)):
            t = timed(lambda on=on: first_parse(lambda s: parse_source(s, persons=on), papers), a.repeat * 3)
            out[f"parse_newspaper_samples_{label}_mb_per_s"] = round(pmb / t, 2)
    for label, text in (("names_1mb", names_paragraph(1_000_000)), ("prose_1mb", prose_paragraph(1_000_000))):
        size = len(text.encode()) / 1e6
        t = timed(lambda text=text: persons.annotate([Entry(title="", text=text)]), a.repeat)
        out[f"rules_{label}_s"] = round(t, 2)
        t = timed(lambda text=text: persons.annotate([Entry(title="", text=text)], weak=WEAK_FLOOR), a.repeat)
        out[f"rules_and_weak_anchors_{label}_s"] = round(t, 2)  # what `digest parse` runs
        t = timed(lambda text=text: persons.annotate([Entry(title="", text=text)], weak=WEAK_FLOOR, clauses=True),
                  a.repeat)
        out[f"rules_weak_anchors_and_clause_starts_{label}_s"] = round(t, 2)  # on a page without a 目录
        t = timed(lambda text=text: persons.recognize([text]), a.repeat)
        out[f"rules_and_scorer_{label}_s"] = round(t, 2)
        out[f"rules_and_scorer_{label}_mb_per_s"] = round(size / t, 2)
    # as a user meets them (`digest parse`): 1 MB of names in one paragraph, the same names in rows
    # of eight, and 1 MB of prose in one paragraph (the samples' text); the first two should take
    # about the time of the third
    for label, text in (("names_1mb", names_paragraph(1_000_000)), ("name_rows_1mb", name_rows(1_000_000)),
                        ("prose_1mb", prose_paragraph(1_000_000).encode()[:1_000_000].decode(errors="ignore"))):
        out[f"parse_{label}_s"] = round(parse_text(text, a.repeat), 2)
        out[f"parse_{label}_kb"] = len(text.encode()) // 1000
    for kb in (150, 300):  # twice the text should take twice the time
        text = dotted_paragraph(kb * 1000)
        t = timed(lambda text=text: persons.annotate([Entry(title="", text=text)], weak=WEAK_FLOOR, clauses=True),
                  a.repeat)
        out[f"rules_weak_anchors_and_clause_starts_dotted_{kb}kb_s"] = round(t, 2)
    if PD98.is_file():
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
            for ln in PD98.open(encoding="utf-8"):
                if ln.strip():
                    fh.write(json.loads(ln)["text"] + "\n")
        cmd = [sys.executable, "-m", "digest", "persons", fh.name, "--json"]
        out["digest_persons_pd98_s"] = round(timed(lambda: subprocess.run(cmd, cwd=ROOT, capture_output=True,
                                                                          check=True), a.repeat,
                                                 clock=time.perf_counter), 2)
        Path(fh.name).unlink()
    probe = (f"import time, sys, tracemalloc; sys.path.insert(0, {str(ROOT)!r}); from digest import persons, namemodel; "
             "from digest import lexicon; lexicon.lexicon(); lexicon.words(); tracemalloc.start(); "
             "t = time.perf_counter(); namemodel.model(); namemodel.stats(); t = time.perf_counter() - t; "
             "print(t, tracemalloc.get_traced_memory()[0])")
    load, mem = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                               check=True).stdout.split()
    out["scorer_load_ms"] = round(float(load) * 1000)
    out["scorer_memory_mb"] = round(int(mem) / 1e6, 1)
    data = ROOT / "digest" / "data"
    files = ("person_model.tsv", "name_chars.tsv", "translit_pairs.txt", "word_tags.tsv", "names_other.txt",
             "places_gazetteer.txt", "countries.txt", "cedict_words.tsv")
    out["scorer_files_kb"] = sum((data / f).stat().st_size for f in files) // 1024
    print(json.dumps(out, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
