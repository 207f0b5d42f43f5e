"""Rules from session 34, each on text written here in our own words: every person, place and unit
below is made up."""

from __future__ import annotations

from conftest import parse_text

from digest.persons import find_persons


def _names(text: str) -> list[str]:
    return [f.name for f in find_persons("", text)]


# --- persons -------------------------------------------------------------------------------------------------

def test_a_yi_name_is_read_by_its_given_name_when_its_clan_is_no_listed_one() -> None:
    # 某西, 某乃, 某海: clans the list lacks; 木呷, 日哈, 阿芝: given names no Han word holds
    assert "俄西木呷" in _names("4月3日，副乡长俄西木呷到坡脚村查看春耕备耕情况。")
    assert "格乃日哈" in _names("镇人大代表格乃日哈、覃月英参加了座谈。")
    assert "洛海阿芝" in _names("获奖的有甘秀珍、洛海阿芝、蒙启才。")


def test_a_role_or_a_word_for_a_kind_of_person_is_no_clan_of_a_yi_name() -> None:
    # (书记|阿呷, 村民|木呷: the role's tail or the noun before two syllables is no name)
    names = _names("县委书记阿呷主持会议，村民木呷说，路修好了。")
    assert not any(n.endswith(("阿呷", "木呷")) and len(n) == 4 for n in names)


def _recognized(*lines: str) -> list[list[str]]:
    from digest.persons import recognize

    return [r["persons"] for r in recognize(list(lines))]


def test_a_dotted_names_last_part_ends_before_a_word_no_transliteration_writes() -> None:
    # (下周, 专门, 专程: words whose first character no transliterated name is written with)
    assert _recognized("主教练莱昂·巴斯蒂亚尼下周将率队出征。",
                       "外籍教师安娜·彼得罗娃专门准备了教案。",
                       "哈萨克斯坦客商努尔兰·阿斯卡罗夫专程赶来。") == [
        ["莱昂·巴斯蒂亚尼"], ["安娜·彼得罗娃"], ["努尔兰·阿斯卡罗夫"]]


def test_a_mongolian_part_with_a_rare_word_inside_stays_whole() -> None:
    # (毕力 is a word of the dictionary, but a rare one: 额尔敦毕力格 is one part)
    assert _recognized("牧民巴图·额尔敦毕力格表示，草场长势好。") == [["巴图·额尔敦毕力格"]]


def test_a_given_names_last_lai_before_a_comma_is_the_names() -> None:
    # (a person noun, then 某福来，: "comes" ends no clause there; 来 before a verb was read already)
    assert _recognized("他到坡头村看望了老党员滕福来，感谢他多年的付出。") == [["滕福来"]]


def test_a_compound_surname_that_opens_words_is_read_between_a_kind_of_person_and_a_mark() -> None:
    # (东方 opens words; after 村民 and before 、 the four are a name, unless its given name is a word)
    assert _recognized("文艺汇演上，村民东方雨晴、赫连秋实先后登台。") == [["东方雨晴", "赫连秋实"]]
    assert _recognized("游客东方明珠、外滩都去过了。") == [[]]


# --- dates ---------------------------------------------------------------------------------------------------

PEOPLES_CONGRESS_BULLETIN = """人大工作简报
2025年第1期
槐岭县人大常委会办公室编　　　　2025年1月12日

目　　录
一、县人大常委会召开第二十次会议
二、县人大常委会视察农村公路建设
三、县人大常委会召开代表议案督办会

一、县人大常委会召开第二十次会议
（2024年12月26日—27日）
　　会议由县人大常委会主任付明章主持，会议听取了县人民政府关于全县财政预算执行情况的报告。
二、县人大常委会视察农村公路建设（12月中旬）
　　近日，县人大常委会组织部分常委会组成人员视察全县农村公路建设情况，先后察看了三条通村公路。
三、县人大常委会召开代表议案督办会（1月7日）
　　县人大常委会召开代表议案督办会，听取承办单位办理情况汇报。
"""


def test_an_items_day_in_brackets_under_its_heading_is_its_date_and_no_text() -> None:
    r = parse_text(PEOPLES_CONGRESS_BULLETIN, name="bulletin.txt")
    rows = [(e.title, e.date, e.date_end, e.text.split("\n")[0][:6]) for e in r.entries]
    assert rows == [("县人大常委会召开第二十次会议", "2024-12-26", "2024-12-27", "会议由县人大"),
                    ("县人大常委会视察农村公路建设", "2024-12", None, "近日，县人大"),
                    ("县人大常委会召开代表议案督办会", "2025-01-07", None, "县人大常委会")]
