"""The statistical name scorer's parts, each alone (digest.namemodel): the candidates it proposes
(Japanese family names, transliterations with a weak character, dotted names), the runs of names
printed without separators, and the list completion of `choose`. Names here are invented."""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from digest import namemodel
from digest.model import Entry
from digest.persons import annotate, recognize


def spans_of(s: str, kind: str | None = None) -> set[str]:
    return {s[a:b] for a, b, k in namemodel.candidates(s) if kind is None or k == kind}


def test_a_japanese_family_name_alone_and_with_a_given_name() -> None:
    s = "日本外相佐藤英树今天抵京，佐藤外相表示。"
    got = spans_of(s, "ja")
    assert {"佐藤英树", "佐藤"} <= got
    assert not any(c.startswith("英树") for c in got)


def test_a_transliteration_may_hold_one_weak_character_in_three() -> None:
    st = namemodel.stats()
    strong = sorted(st.translit)[:3]
    weak = sorted(st.weak)[0]
    s = "。" + "".join(strong) + weak + "。"
    got = spans_of(s, "fx")
    assert "".join(strong) + weak in got  # 4 characters, 1 weak
    assert strong[-1] + weak not in got  # a two-character span has no weak character
    s2 = "。" + strong[0] + weak + weak + strong[1] + "。"
    assert strong[0] + weak + weak + strong[1] not in spans_of(s2, "fx")  # 2 weak in 4


def test_a_hyphen_joins_a_part_of_a_dotted_name() -> None:
    got = spans_of("外长让-皮埃尔·勒费弗尔在巴黎说。", "dot")
    assert "让-皮埃尔·勒费弗尔" in got
    assert not any(c.startswith("-") for c in got)


def test_no_part_of_a_dotted_name_is_a_candidate_of_its_own() -> None:
    s = "国防部长菲利普·恩达耶二十八日在事故中丧生。"
    got = spans_of(s)
    assert "菲利普·恩达耶" in got
    assert not any(c.startswith("恩达耶二") for c in got)  # a date follows the name
    assert not {c for c in got if "·" not in c and (s.index(c) + len(c) == s.index("·") or c.startswith("恩达"))}


def test_a_run_of_names_is_tiled_into_names() -> None:
    s = "(龚立群邢海涛摄)"
    runs = namemodel.name_runs(s)
    best = {s[a:b] for (a, b), v in runs.items() if v in ("Ta", "Tb")}
    assert best == {"龚立群", "邢海涛"}
    assert namemodel.name_runs("会议今天在北京召开。") == {}  # ordinary words tile into no names
    assert namemodel.name_runs("(龚立群)") == {}  # one name is no run of names


def test_choose_completes_a_list_beside_a_taken_name() -> None:
    s = "邵晓峰、卢建业、姜文涛等"
    sc = [(0.9, 0, 3), (0.2, 4, 7), (0.9, 8, 11)]
    assert namemodel.choose(s, sc, 0.5) == [(0, 3), (4, 7), (8, 11)]
    low = [(0.9, 0, 3), (0.05, 4, 7), (0.9, 8, 11)]
    assert namemodel.choose(s, low, 0.5) == [(0, 3), (8, 11)]  # under the list floor
    alone = [(0.3, 0, 3), (0.2, 4, 7), (0.3, 8, 11)]
    assert namemodel.choose(s, alone, 0.5) == []  # no neighbour was taken
    assert namemodel.choose("邵晓峰和卢建业", [(0.9, 0, 3), (0.2, 4, 7)], 0.5) == [(0, 3)]  # no 、 list


@pytest.mark.parametrize(("text", "name"), [
    ("卡拉斯尼科夫说，两国合作前景广阔。", "卡拉斯尼科夫"),  # a bare transliterated name
    ("法国外长让-皮埃尔·勒费弗尔在巴黎说。", "让-皮埃尔·勒费弗尔"),  # a hyphen inside a dotted name
    ("中村拓也表示，他第一次来中国。", "中村拓也"),  # 也 ends a Japanese given name (木村达也说 is read 木村达 也说)
    ("（龚立群邢海涛摄）", "邢海涛"),  # a photo credit of two names without a separator
    ("出席会议的有邵晓峰、卢建业、姜文涛、司马南燕等。", "司马南燕"),  # a compound surname in a list
    ("布隆迪国防部长菲利普·恩达耶二十八日在一次事故中丧生。", "菲利普·恩达耶"),
    ("奥地利总统费舍尔致贺词。", "费舍尔"),
    ("艾山·吐尔洪和帕丽达·吐尔逊一起参加了培训。", "帕丽达·吐尔逊"),  # 和 between two dotted names
    ("塔依尔·托合提与阿依夏·买买提是邻居。", "阿依夏·买买提"),
    ("日本外相佐藤英树今天抵达北京。", "佐藤英树"),
])
def test_the_scorer_finds_names_no_rule_anchors(text: str, name: str) -> None:
    assert name in recognize([text])[0]["persons"]


LOCAL_TEXTS = [
    "法国外长让-皮埃尔·勒费弗尔在巴黎说，国防部长菲利普·恩达耶二十八日抵达。",
    "出席会议的有邵晓峰、卢建业、姜文涛、司马南燕等，日本外相佐藤英树今天抵京。",
    "卡拉斯尼科夫说，两国合作前景广阔。（龚立群邢海涛摄）",
    "自治区副主席阿不都热依木·卡德尔、玛丽·安·史密斯和甲-乙-丙-丁-戊-己·庚出席。",
    "·开头的点、结尾的点·和连续的点··都不是名字",
    "牧民艾山·吐尔洪和帕丽达·吐尔逊、塔依尔·托合提与阿依夏·买买提到场。",
]


def test_the_candidates_at_an_offset_are_those_of_the_whole_text() -> None:
    """candidates_from / candidates_to read a few characters around one offset; they must give
    exactly the candidates of the whole text that start / end there, at every offset."""
    texts = LOCAL_TEXTS + [p.read_text(encoding="utf-8")[:6000] for p in sorted(SAMPLES.glob("*.txt"))]
    for s in texts:
        whole = namemodel.candidates(s)
        for i in range(len(s) + 1):
            assert sorted(namemodel.candidates_from(s, i)) == sorted(c for c in whole if c[0] == i), (s[i:i + 12], i)
            assert sorted(namemodel.candidates_to(s, i)) == sorted(c for c in whole if c[1] == i), (s[i - 12:i], i)
        # and a span read two ways is read first the way `candidates` reads it first (the kind
        # `scored` and `scored_at` score it as): its Chinese reading before its transliteration
        first: dict[tuple[int, int], str] = {}
        for a, b, kind in whole:
            first.setdefault((a, b), kind)
        for i in range(len(s) + 1):
            for got in (namemodel.candidates_from(s, i), namemodel.candidates_to(s, i)):
                seen: set[tuple[int, int]] = set()
                for a, b, kind in got:
                    if (a, b) not in seen:
                        seen.add((a, b))
                        assert kind == first[(a, b)], (s[a:b], kind, first[(a, b)])


def test_the_surnames_left_out_on_purpose_start_no_candidate() -> None:
    """data/surnames.txt leaves out 由, 从, 来, 有 and 能 (prepositions and verbs far more often); the
    scorer must not propose them from jieba's names either (典礼由某某主任主持 was read 由某某)."""
    s = "典礼由邬建林主任主持，从严治党，来洛考察，有能力。"
    assert not [c for c in namemodel.candidates(s) if s[c[0]] in "由从来有能"]
    assert recognize(["典礼由邬建林主任主持。"])[0]["persons"] == ["邬建林"]


def test_every_candidate_lies_inside_the_text() -> None:
    """A text may end anywhere, in a Japanese family name too (…日本外相佐藤): no candidate of any
    prefix of a text runs past its end (s[i:i + 3] at the end is two characters long). A span past
    the end crashed `digest parse` on a line that was only such a name."""
    for s in LOCAL_TEXTS:
        for k in range(len(s) + 1):
            assert all(0 <= a < b <= k for a, b, _kind in namemodel.candidates(s[:k])), s[:k]
    entry = Entry(title="", text="佐藤")
    annotate([entry], weak=0.3, clauses=True)  # (the way `digest parse` reads an entry: it raised IndexError)
    assert entry.persons in ([], ["佐藤"])


def test_scoring_a_few_spans_gives_what_scoring_them_all_gives() -> None:
    """scored_at(s, spans) gives each span the probability scored(s) gives it (recurrence and the
    runs of names read locally); both give 0.0 to a span whose own features fall under OWN_LEAST."""
    sure = 0
    for s in LOCAL_TEXTS + ["市长贾文博在会上讲话。贾文博强调，（迟昌海牟志刚）随同。"]:
        rule = {(s.index("贾文博"), s.index("贾文博") + 3): "fr"} if "贾文博" in s else {}
        whole = {(a, b): p for p, a, b in namemodel.scored(s, rule)}
        cands = namemodel.candidates(s)
        sums = namemodel._sums()
        for p, a, b in namemodel.scored_at(s, cands, rule):
            kind = next(k for x, y, k in cands if (x, y) == (a, b))
            ends = namemodel._ends(s, a, b)
            low = sums.own(s[a:b], kind) + sums.ends(s[a:b], kind, *ends) < namemodel.OWN_LEAST
            assert p == pytest.approx(whole[(a, b)], abs=1e-9), s[a:b]
            assert p == 0.0 or not low, s[a:b]
            sure += p >= 0.5
    assert sure >= 8


def test_a_span_is_pruned_on_its_own_features_unless_a_rule_found_it() -> None:
    """支海洋 (a rare surname before a common word) falls under OWN_LEAST on its own features: pruned
    (0.0) as a bare candidate, but scored whole when a rule read it after its role, whose flags may
    outweigh them; `least` prunes harder (the clause starts of digest.persons)."""
    s = "政法委书记支海洋出席会议"
    span = (5, 8)
    assert namemodel._sums().own(s[5:8], "zh") < namemodel.OWN_LEAST + namemodel._sums().ends_most
    for scored in (namemodel.scored(s, {}), namemodel.scored_at(s, namemodel.candidates_from(s, 5), {})):
        assert {(a, b): p for p, a, b in scored}[span] == 0.0
    ruled = {span: "fr"}
    got = {(a, b): p for p, a, b in namemodel.scored(s, ruled)}[span]
    assert got > 0.1
    assert {(a, b): p for p, a, b in namemodel.scored_at(s, namemodel.candidates_from(s, 5), ruled)}[span] == got
    t = "会后，骆秋萍与社员座谈。"
    loose = {(a, b): p for p, a, b in namemodel.scored_at(t, namemodel.candidates_from(t, 3), {})}
    hard = {(a, b): p for p, a, b in namemodel.scored_at(t, namemodel.candidates_from(t, 3), {}, least=50.0)}
    assert loose[(3, 6)] > 0.5 and set(hard.values()) == {0.0} and hard.keys() == loose.keys()


def test_a_character_the_dictionary_hardly_knows_reads_as_a_possible_given_name() -> None:
    giv = namemodel.stats().giv
    assert giv.get("珣", -9) == namemodel.RARE_GIVEN  # in five words of jieba's dictionary or fewer
    assert giv.get("喆", -9) == namemodel.RARE_GIVEN
    assert giv.get("吗", -9) == -9  # a common character no name of the dictionary uses keeps the default
    assert giv.get("。", -9) == -9  # not a Han character
    assert giv.get("明", -9) == giv["明"]  # a character with a bucket keeps it
    s = "县长罗幼珣主持会议。"
    scored = {s[a:b]: p for p, a, b in namemodel.scored(s, {})}
    assert scored["罗幼珣"] > scored["罗幼"]  # the whole name, not the name cut before its rare character


@pytest.mark.parametrize("c", ["科威特", "东盟", "周四", "高三", "王某", "吴某某", "张某兵", "张女士", "李师傅", "欧阳先生", "王大使", "江主席",
                               "张桥镇", "牛家组", "邵家", "临川郡",  # a family (邵家的院子), a commandery
                               "东滩区", "柏溪市",  # a district, a city: no gold name at hand ends so
                               "高峰对", "年内将",  # a preposition read into a name
                               # a country of three characters or more with a word after it; a short form
                               "墨西哥比索", "吉尔吉斯人", "新加坡元", "埃塞"])
def test_spans_that_are_never_a_name(c: str) -> None:
    assert namemodel.never_a_name(c)


@pytest.mark.parametrize("c", ["钟南山", "罗干", "巴金", "杨总", "吴国村", "周四海", "高三强", "科威",
                               "法比尤斯", "巴西尔", "加拿", "邵家明"])  # a country of two characters may start a name
def test_names_that_look_like_places_or_words_stay_candidates(c: str) -> None:
    assert not namemodel.never_a_name(c)


def test_the_scorer_never_takes_a_country_or_an_anonymised_name() -> None:
    got = recognize(["问：科威特外交部副大臣贾拉拉15日表示。", "经查，该男子名叫张某兵，因涉嫌诈骗被刑事拘留。"])
    assert "科威特" not in got[0]["persons"]
    assert got[1]["persons"] == []


def test_a_place_the_dictionary_tags_as_a_person_is_read_as_a_place() -> None:
    assert "莫斯科" in namemodel.stats().geo and "邵阳" in namemodel.stats().geo
    s = "代表团昨天抵达莫斯科，受到热烈欢迎。"
    i = s.index("莫斯科")
    assert "geo=fx" in namemodel.features(s, i, i + 3, "fx", "", 1)
    assert recognize([s])[0]["persons"] == []


def test_zai_yu_and_he_may_open_a_two_character_given_name() -> None:
    s = "韩方代表朴在勋和崔与贞出席，他在会上与各方交流，宫和生和邬建国也来了。"
    got = spans_of(s, "zh")
    assert {"朴在勋", "崔与贞", "宫和生"} <= got
    assert not any(c.endswith(("在", "与", "和")) for c in got)  # never the last character (邬建国和)
    assert "他在会" not in got  # 他 is no surname


def test_a_weather_forecast_table_names_no_one() -> None:
    assert namemodel.never_a_name("雷阵雨") and namemodel.never_a_name("武汉晴")
    assert not namemodel.never_a_name("武晴")  # a name of two characters stays the scorer's to weigh
    line = "北京晴18°C/6°C 武汉晴20°C/10°C 开罗阴21°C/29°C 海口多云转雷阵雨25°C/30°C"
    assert recognize([line])[0]["persons"] == []


@pytest.mark.parametrize("c", ["师生", "军民", "李庄村", "河村", "严庙村", "高铺村", "白寺村", "郜家庄", "蔺家坡",
                               "纪念堂"])
def test_collective_words_and_villages_are_never_names(c: str) -> None:
    assert namemodel.never_a_name(c)


@pytest.mark.parametrize("c", ["蔺家华", "郜家明"])
def test_a_name_with_jia_in_the_middle_stays_the_scorers_to_weigh(c: str) -> None:
    assert not namemodel.never_a_name(c)


def test_no_name_holds_a_pronoun_of_address() -> None:
    assert not any("您" in c for c in spans_of("刘静老师您就像太阳，照亮了我们。"))


@pytest.mark.parametrize("text, names, parsed", [
    ("全党要高举邓小平理论伟大旗帜。", ["邓小平"], ["邓小平"]),  # the text mentions him: both commands read him
    # the person an -ism is named after: `digest persons` reads him as the MSRA corpus's annotators
    # do, `digest parse` as the samples' gold does (a word built on a name, no mention)
    ("坚持马克思主义、毛泽东思想。", ["马克思", "毛泽东"], ["毛泽东"]),
    ("坚持马克思主义、列宁主义。", ["马克思", "列宁"], []),
    ("加强马克思主义理论研究。", ["马克思"], []),
    # a verb jieba also tags as a person before 理论 (CC-CEDICT: a common word) is no leader
    ("要弘扬理论联系实际的学风。", [], []),
])
def test_digest_persons_reads_a_leader_before_a_doctrine(text: str, names: list[str], parsed: list[str]) -> None:
    assert recognize([text])[0]["persons"] == names
    e = Entry(title="", text=text)
    annotate([e])
    assert e.persons == parsed


def test_digest_persons_keeps_a_dictionary_person_the_rules_read_after_a_role() -> None:
    # the scorer doubts 大中 as a given name; a role before it and jieba's person word agree
    assert recognize(["同来访的韩国总统金大中举行了会谈。"])[0]["persons"] == ["金大中"]
    assert recognize(["抢险部队挥师金马河，连夜加固堤坝。"])[0]["persons"] == []  # a river jieba tags nr


def test_a_leader_named_outside_a_doctrine_is_a_person() -> None:
    assert "邓小平" in recognize(["邓小平同志在南方谈话中指出，发展才是硬道理。"])[0]["persons"]


def test_the_weak_anchors_floor_is_the_scorers_threshold() -> None:
    from digest.parse import WEAK_FLOOR

    assert WEAK_FLOOR == namemodel.model().threshold


def test_ends_never_add_more_than_their_bound() -> None:
    """`_Sums.ends_most` bounds what the characters around a span can add, so that pruning a span on
    its own features before reading them loses nothing."""
    sums = namemodel._sums()
    seen = 0
    for s in LOCAL_TEXTS + ["、约翰逊、", "(王刚)", "“李华”", "，史密斯·琼斯，"]:
        for a, b, kind in namemodel.candidates(s):
            assert sums.ends(s[a:b], kind, *namemodel._ends(s, a, b)) <= sums.ends_most + 1e-9, s[a:b]
            seen += 1
    assert seen > 100


@pytest.mark.parametrize("span, never", [("柳河村·柳河桥", True), ("高岭镇·新貌", True), ("云岭州·风物", True),
                                         ("阿依古丽·买买提", False), ("约翰·史密斯", False)])
def test_a_dotted_span_with_a_place_in_it_is_never_a_name(span: str, never: bool) -> None:
    assert namemodel.never_a_name(span) is never


@pytest.mark.parametrize("span, never", [("白石脐橙", True), ("田中脐子", True), ("白石一郎", False),
                                         ("岸田文雄", False), ("白石", False), ("高桥诚", False)])
def test_a_japanese_reading_with_a_character_no_name_uses_is_never_a_name(span: str, never: bool) -> None:
    assert namemodel.never_a_name(span) is never


def test_a_dotted_span_never_reaches_back_over_a_place_or_a_function_word() -> None:
    s = "来自云岭县的阿依古丽·买买提"
    d = s.index("·")
    lefts = {s[a:d] for a, b, kind in namemodel.candidates(s) if kind == "dot"}
    assert "阿依古丽" in lefts and not any("的" in x or "县" in x for x in lefts)


def test_a_dotted_name_after_and_is_a_name_of_its_own() -> None:
    s = "艾山·吐尔洪和帕丽达·吐尔逊一起参加了培训。"
    got = spans_of(s, "dot")
    assert "帕丽达·吐尔逊" in got  # not only the run 艾山·吐尔洪和帕丽达·吐尔逊
    assert not any(c.startswith("和") for c in got)


@pytest.mark.parametrize("run, want", [
    ("何苏鸣董旭明", ["何苏鸣", "董旭明"]),
    ("晏秋白甘立秋", ["晏秋白", "甘立秋"]),  # two names of three, not three of two
    ("黄莺张晖报道", ["黄莺", "张晖"]),  # less the trailing 报道
    ("邬建林", []),  # one name is no run of names
    ("会议今天召开", []),
])
def test_tiling_a_run_of_names_printed_together(run: str, want: list[str]) -> None:
    s = "。" + run + "。"
    assert [s[a:b] for a, b in namemodel.tiling(s, 1, 1 + len(run))] == want


def test_a_dotted_name_ends_before_a_particle() -> None:
    s = "吾尔江汗·肉孜兴奋地说，日子好了。"
    got = spans_of(s, "dot")
    assert "吾尔江汗·肉孜" in got and not any(c.endswith(("兴奋地", "地说")) for c in got)
    assert "吾尔江汗·肉孜" in recognize([s])[0]["persons"]


def test_the_fast_sums_equal_the_features_weights() -> None:
    """`scored` (the per-offset sums of `_Sums`) gives each span the probability its `features` give,
    around role words too (局长|某某, 某某|院长)."""
    from collections import Counter

    m = namemodel.model()
    texts = LOCAL_TEXTS + ["职工们记得栾楚瑜局长的一句话。主帅柏文科颇伤脑筋，院长郁春生和宗华书记到场。"]
    checked = 0
    for s in texts:
        cands = namemodel.candidates(s)
        reps = Counter(s[a:b] for a, b, _ in cands)
        runs = namemodel.name_runs(s)
        for p, a, b in namemodel.scored(s, {}):
            if p == 0.0:
                continue  # pruned on its own features (OWN_LEAST)
            kind = next(k for x, y, k in cands if (x, y) == (a, b))
            assert p == pytest.approx(m.prob(namemodel.features(s, a, b, kind, "", reps[s[a:b]], runs)), abs=1e-9), s[a:b]
            checked += 1
    assert checked > 50


def test_a_name_of_three_ends_before_a_word_its_last_character_opens() -> None:
    """门将柏文|功不可没: a three-character reading whose last character opens a four-character word of
    the dictionary is the name of two before it, when the scorer takes it and when the weak anchors do."""
    s = "其中门将柏文功不可没。"
    a = s.index("柏文")
    assert namemodel.before_a_word(s, a, a + 3) == (a, a + 2)
    assert namemodel.choose(s, [(0.9, a, a + 3)], 0.3) == [(a, a + 2)]
    t = "柏文功说，工作要抓实。"
    assert namemodel.before_a_word(t, 0, 3) == (0, 3)  # 功说 opens no word of four: the name stays whole


@pytest.mark.parametrize("text, name, want", [
    ("得知孟庆来到县城，乡亲们都很高兴。", "孟庆来", "孟庆"),  # 来到: a verb
    ("老人蒋立抚摸着孩子的头。", "蒋立抚", "蒋立"),  # 抚摸
    ("市长周永显出席会议。", "周永显", "周永显"),  # 显出 is a verb, but 出席 is a follow word of two
    ("这是欧阳修改定的稿子。", "欧阳修", "欧阳修"),  # a compound surname: 欧阳 alone is no name
])
def test_a_name_of_three_ends_before_a_verb_its_last_character_opens(text: str, name: str, want: str) -> None:
    """A three-character reading whose last character opens a common verb (来到, 抚摸) is the name of
    two before it, in `choose` as in `before_a_word`, unless a follow word of two comes after it."""
    a = text.index(name)
    got = namemodel.before_a_word(text, a, a + 3)
    assert text[got[0]:got[1]] == want
    assert [text[x:y] for x, y in namemodel.choose(text, [(0.9, a, a + 3)], 0.3)] == [want]


def test_a_role_then_a_name_before_a_verb_its_last_character_opens() -> None:
    """排长某强见到此事: the rules read 某强 (见到 is a verb) with its role, where they read 某强见 before
    (到 is a follow word): in `digest parse` (the rules, no scorer) and in `digest persons`."""
    e = Entry(title="", text="连长贺军见到此情景，立即带人赶到现场。")
    annotate([e])
    assert e.persons == ["贺军"] and e.roles == {"贺军": "连长"}
    got = recognize(["军区某部见习排长冯强见到此事，怒不可遏。"])[0]
    assert got == {"persons": ["冯强"], "roles": {"冯强": "军区某部见习排长"}}
    f = Entry(title="", text="市长周永显出席会议并讲话。")
    annotate([f])
    assert f.persons == ["周永显"]  # 出席: a follow word of two, the name stays whole


@pytest.mark.parametrize("text, name, want", [
    ("美国指挥罗尔·霍什来到乐池里。", "罗尔·霍什来", "罗尔·霍什"),  # 来到: a verb
    ("外援卡西诺来到场边。", "卡西诺来", "卡西诺"),
    ("今年的伊斯特杯在吉隆坡举行。", "伊斯特杯", "伊斯特"),  # a cup named after someone
])
def test_a_foreign_name_ends_before_a_verb_and_before_a_cup(text: str, name: str, want: str) -> None:
    a = text.index(name)
    b = a + len(name)
    assert [text[x:y] for x, y in namemodel.choose(text, [(0.9, a, b)], 0.3)] == [want]


def test_two_characters_before_a_cup_are_no_name() -> None:
    s = "中国队夺回伊杯。"
    a = s.index("伊杯")
    assert namemodel.choose(s, [(0.9, a, a + 2)], 0.3) == []


@pytest.mark.parametrize("text, want", [
    ("德国社会学家鲁勃更认为，市场是一种制度。", ["鲁勃"]),  # 更: an adverb, no given name ends in it here
    ("印尼农业部长苏达尔最近披露，今年稻谷减产。", ["苏达尔"]),  # 最近: a word of time
    ("省野生动物保护协会秘书长马世和说，老虎是保护动物。", ["马世和"]),  # 和 before 说 ends the name
])
def test_a_name_after_a_role_ends_before_an_adverb_or_a_time_word(text: str, want: list[str]) -> None:
    assert recognize([text])[0]["persons"] == want
    e = Entry(title="", text=text)
    annotate([e])
    assert e.persons == want


def test_he_after_a_character_starts_no_name() -> None:
    """收到你的信和某明同志的画册: after a character, 和 joins two nouns; the rules read no 和某明."""
    for text in ("收到你的信和克明同志寄来的画册，十分感谢。", "党中央领导集体和全党同志一起努力。"):
        e = Entry(title="", text=text)
        annotate([e])
        assert not any(p.startswith("和") for p in e.persons), e.persons
        assert not any(p.startswith("和") for p in recognize([text])[0]["persons"])


def test_a_country_then_an_overlapping_role_reads_the_later_role() -> None:
    """泰国王储: 国 ends the country, so the role is 王储 (not 国王) and the dotted name after it starts
    after 储; and no span of the scorer ends inside the role (沙特王|储)."""
    got = recognize(["泰国王储玛哈·瓦萨拉今天上午参观了故宫。", "沙特王储阿卜杜勒今天抵达北京。"])
    assert got[0] == {"persons": ["玛哈·瓦萨拉"], "roles": {"玛哈·瓦萨拉": "泰国王储"}}
    assert got[1]["persons"] == ["阿卜杜勒"]
    assert recognize(["约旦国王侯赛尼今天会见了代表团。"])[0]["roles"] == {"侯赛尼": "国王"}  # no overlap: 国王


def test_a_dotted_name_before_a_title_starts_after_a_pronoun_and_a_preposition() -> None:
    """他同某·某总理: 他 and 同 open the clause; the dotted name before the title starts after them."""
    e = Entry(title="", text="他同卡姆·萨利总理举行了会谈。")
    annotate([e])
    assert e.persons == ["卡姆·萨利"] and e.roles == {"卡姆·萨利": "总理"}


def test_a_country_before_a_title_is_no_name() -> None:
    e = Entry(title="", text="伊拉克总理今天表示，将继续推进改革。")
    annotate([e])
    assert e.persons == []


@pytest.mark.parametrize("text", ["谈起韦老对大家的关心，村民们都很感动。", "蔡老就是怀着这样的信念走完了一生。"])
def test_a_surname_and_lao_is_an_elder_addressed_not_a_name(text: str) -> None:
    """韦老, 蔡老: a surname and 老 address an elder, as 张女士 and 李师傅 do (never_a_name); no gold
    name of pd98 or the MSRA samples is one."""
    assert recognize([text])[0]["persons"] == []
    assert namemodel.never_a_name("韦老") and not namemodel.never_a_name("韦老三")


def test_a_run_is_read_from_its_start_only_where_nothing_taken_holds_it() -> None:
    s = "沙特队塔吉扎德说"
    above = [(0.8, 3, 8), (0.75, 4, 8)]
    # the span from the run's start passed the threshold too: read from there
    assert namemodel._whole_runs(s, [(4, 8)], above) == [(3, 8)]
    # a span taken right before holds that character: each stays as it was
    assert namemodel._whole_runs(s, [(1, 4), (4, 8)], above) == [(1, 4), (4, 8)]


def test_cc_cedict_reads_common_words_persons_and_other_proper_nouns() -> None:
    """data/cedict_words.tsv: c a common word (lower-case pinyin), p a person, L a place, P another
    proper noun."""
    ce = namemodel.stats().cedict or {}
    assert "c" in ce["金字塔"] and "c" in ce["阳光"]  # jieba tags both as persons
    assert ce["周恩来"] == "p"
    assert ce["秦汉"] == "P"  # the years of two dynasties are no person's
    assert ce["夏威夷"] == "L"
    assert ce["劳斯莱斯"] == "P"


def test_a_long_word_of_cc_cedict_across_an_edge_is_read_but_not_a_pair() -> None:
    s = "人才可谓凤毛麟角。记者找到付某霞了解情况。"
    assert namemodel._ce_across(s, s.index("麟")) == ["Xlc"]  # 凤毛|麟角: the span 凤毛麟 cuts an idiom
    assert namemodel._ce_across(s, s.index("付")) == []  # 到|付 is a pair CC-CEDICT lists (到付): left out


@pytest.mark.parametrize("text", [
    "这种做法是一把双刃剑，要谨慎使用。",  # jieba's dictionary tags 双刃剑, 高尔夫 and 夏威夷 as persons
    "会上大家高度评价了高尔夫球场的规划。",
    "代表团先后访问了夏威夷和西雅图。",
    "这样的人才在当时可谓凤毛麟角。",
])
def test_common_words_and_places_the_dictionary_tags_as_persons_are_no_names(text: str) -> None:
    assert recognize([text])[0]["persons"] == []


@pytest.mark.parametrize("text", [
    "不少老人患上了阿尔茨海默病，家属压力很大。",  # a disease named after someone
    "研究人员介绍了帕金森综合征的早期症状。",
])
def test_a_disease_named_after_someone_names_no_one(text: str) -> None:
    from digest.parse import WEAK_FLOOR

    e = Entry(title="", text=text)
    annotate([e], weak=WEAK_FLOOR, clauses=True)  # as `digest parse` reads a page without a 目录
    assert e.persons == [] and recognize([text])[0]["persons"] == []
    assert not namemodel.no_person("前总统科尔巴托病倒了。", 3, 7)  # the news of its bearer's illness


def test_a_compound_surname_before_a_title_is_no_name_of_its_own() -> None:
    text = "会议由区委副书记欧阳明远主持。欧阳书记强调，要抓好冬季供暖。"
    assert recognize([text])[0]["persons"] == ["欧阳明远"]
    s = text
    assert namemodel.no_person(s, s.index("欧阳书记"), s.index("欧阳书记") + 2)


def test_a_dotted_name_after_de_is_read_from_the_start_of_its_first_part() -> None:
    """The scorer prefers a short first part it knows (丽·某某) to a long one it has not seen; between
    的 and the dot there is nothing but the name (`namemodel.whole_dotted`), in both commands."""
    from digest.parse import WEAK_FLOOR

    text = "党员们结合工作谈体会。来自县妇联的阿依古丽·买买提分享了她的故事。"
    e = Entry(title="", text=text)
    annotate([e], weak=WEAK_FLOOR, clauses=True)
    assert e.persons == ["阿依古丽·买买提"]
    assert recognize(["来自市民宗委的阿依努尔·托合提分享了驻村的经历。"])[0]["persons"] == ["阿依努尔·托合提"]
    # what it would add holds a word of the dictionary: the name stays as read
    assert recognize(["据报道，身有残疾的美国人托·怀特今天登顶。"])[0]["persons"] == ["托·怀特"]
