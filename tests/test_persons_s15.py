"""Persons in news text: the patterns measured missing on a tenth blind set of invented news paragraphs
and on stored news pages (2026-12-05). Each sentence is written here by hand; no name in it is a
sample's, a fixture's or a blind set's."""

from __future__ import annotations

from digest.model import Entry
from digest.persons import annotate, recognize


def _named(text: str) -> list[str]:
    """`digest persons` on one line."""
    return recognize([text])[0]["persons"]


def _parsed(text: str) -> list[str]:
    """`digest parse` on one entry of a page without a 目录."""
    e = Entry(title="", text=text)
    annotate([e], weak=0.3, clauses=True)
    return e.persons


def test_a_people_in_parentheses_at_the_end_is_no_reporter_credit() -> None:
    assert _named("——马丽娅·托乎提委员（乌孜别克族）") == ["马丽娅·托乎提"]
    assert _named("发言的是韩一川委员(鄂伦春族)") == ["韩一川"]
    # a credit in parentheses is still read
    assert _named("全县新建公厕四十座。（记者 柯明远 钱晓菲）") == ["柯明远", "钱晓菲"]


def test_a_dotted_name_ends_before_laizi_not_at_the_adverb_dou() -> None:
    assert _named("维吾尔族代表阿依努尔·阿不都热合曼来自喀什地区。") == ["阿依努尔·阿不都热合曼"]
    assert _named("坐在前排的祖丽米拉·阿不都卡德尔来自和田。") == ["祖丽米拉·阿不都卡德尔"]


def test_one_tibetan_syllable_after_a_role_is_a_name() -> None:
    assert _named("全国人大代表格桑是乡里的兽医。") == ["格桑"]
    assert _named("驻村干部说，藏族代表次仁也参加了会议。") == ["次仁"]
    # not a place after 在, nor the opening of a longer name, nor a word
    assert _named("代表团当天抵达洛桑。") == []
    assert _named("村党支部书记白玛丽说，今年收成好。") == ["白玛丽"]
    assert _named("主任才让我们回去。") == []


def test_jean_and_a_hyphen_open_a_french_name() -> None:
    assert _named("法国参议员让-皮埃尔·卢梭当地时间周三表示反对。") == ["让-皮埃尔·卢梭"]
    assert _named("志愿者让-克洛德·贝尔纳已经在这里工作五年。") == ["让-克洛德·贝尔纳"]
    assert _named("比利时外长让-马克·吉约下月访华。") == ["让-马克·吉约"]
    assert _named("老师让学生们回家。") == []


def test_a_vietnamese_name_with_thi_is_read_to_its_fourth_character() -> None:
    assert _named("越南副总理黎氏梅兰27日会见了代表团。") == ["黎氏梅兰"]
    assert _named("河内消息：越南卫生部副部长丁氏红云表示，疫苗充足。") == ["丁氏红云"]
    # a name of three before a follow word stays three
    assert _named("越南副主席阮氏美说，双方合作良好。") == ["阮氏美"]
    # a Chinese surname and 氏 outside Vietnamese news: a family's firm or hall
    assert "陈氏茶" not in _named("合作社与陈氏茶业签订了收购协议。")
    assert _parsed("合作社与陈氏茶业签订了收购协议。") == []


def test_a_japanese_family_name_then_an_adverb_and_a_verb() -> None:
    assert _named("来华留学的日本学生小野寺真由每天练习书法。小野寺最喜欢临摹行书。") == ["小野寺真由", "小野寺"]


def test_words_of_descent_are_no_name_before_a_title() -> None:
    assert _named("华裔教授司徒晓雯说，团队已完成实验。") == ["司徒晓雯"]


def test_the_surname_he_after_a_reporter_credit() -> None:
    assert _named("本报昆明讯（记者和秀芬）全市今年新增停车位八千个。") == ["和秀芬"]
    # a role and 和 join two kinds of people elsewhere
    assert _named("他们之中有的是老师的同事和学友。") == []
    assert _named("记者和编辑们一起加班。") == []
    assert _named("代表和委员们热烈讨论。") == []


def test_photo_caption_words_and_greetings_are_no_names() -> None:
    assert _named("左起：寇明达、邬晓晨、訾建业。三人都是今年的先进个人。") == ["寇明达", "邬晓晨", "訾建业"]
    assert _parsed("左起：寇明达、邬晓晨、訾建业。三人都是今年的先进个人。") == ["寇明达", "邬晓晨", "訾建业"]


def test_an_official_is_a_role_before_a_foreign_name() -> None:
    line = recognize(["世界粮食计划署官员玛格丽特·奥康纳说，援助将持续。"])[0]
    assert line == {"persons": ["玛格丽特·奥康纳"], "roles": {"玛格丽特·奥康纳": "世界粮食计划署官员"}}
    assert _named("多名官员表示反对。") == []


def test_a_word_set_apart_by_spaces_after_a_reporter_label_is_a_name() -> None:
    assert _named("本报讯（记者 金山 通讯员 蔺小川）全县新增绿地三百公顷。") == ["金山", "蔺小川"]
    assert _named("增长8.7%。（记者 甘霖 实习生 钟离飞）责任编辑：蒯文静") == ["甘霖", "钟离飞", "蒯文静"]
    # a label printed after the names is none
    assert _named("（本报记者 整理）") == []


def test_more_japanese_family_names_and_given_name_characters() -> None:
    assert _named("日本棋手上杉美纪以半目胜出，上杉赛后表示很满意。") == ["上杉美纪", "上杉"]
    assert _named("研发总监大野绫香表示，合作空间很大。") == ["大野绫香"]
    # an adverb after a given name of two ends it
    assert _named("在沪工作的日本画家长谷川悠真常去弄堂写生。") == ["长谷川悠真"]


def test_professions_in_jia_before_a_name() -> None:
    assert recognize(["大提琴独奏家阙明轩（左）与乐团合作演出。"])[0]["roles"] == {"阙明轩": "大提琴独奏家"}
    assert recognize(["著名作曲家栾宏图为该片创作了主题曲。"])[0]["roles"] == {"栾宏图": "著名作曲家"}


def test_a_tibetan_greeting_is_no_name() -> None:
    assert _named("扎西德勒！游客们在古城里学着用藏语问好。") == []
