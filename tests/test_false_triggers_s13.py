"""False triggers an independent review found in the session-13 rules (its inputs rewritten here in new
words), each fixed: the rule must leave such text as it was read before it."""
from __future__ import annotations

from conftest import make_source

from digest.chrome import chrome_reason
from digest.masthead import line_facts
from digest.model import Entry
from digest.parse import parse_source
from digest.persons import annotate

DIGEST_HEAD = "某县政务信息\n2024年第12期\n某县人民政府办公室编　　2024年6月12日\n\n"


def _persons(text: str) -> list[str]:
    e = Entry(title=text, text=text, kind="block")
    annotate([e], weak=0.3, clauses=True)
    return e.persons


def test_a_headline_opening_with_a_footer_link_s_word_is_no_chrome() -> None:
    assert chrome_reason("隐私政策不能成为霸王条款") is None
    assert chrome_reason("隐私政策已在图书馆官网公布，读者注册时须阅读并同意。") is None
    assert chrome_reason("重要告示 | 隐私政策 | 版权告示") == "site-links"


def test_office_hours_in_an_article_stay_its_text() -> None:
    assert chrome_reason("办公时间：周一至周五上午8:30-12:00，下午14:30-18:00") is None


def test_a_notice_s_day_inside_its_text_or_under_a_table_stays_text() -> None:
    page = ("某县2024年拟提拔干部任前公示\n发布时间：2024-07-08　来源：县委组织部\n"
            "根据有关规定，现将拟提拔人选予以公示。\n某某某，男，1980年5月生，现任某镇党委副书记。\n"
            "公示时间：2024年7月8日至7月12日\n公示期间，如有反映，请向县委组织部反映。\n")
    r = parse_source(make_source(page))
    assert len(r.entries) == 1 and "公示时间：2024年7月8日至7月12日" in r.entries[0].text


def test_a_date_and_a_number_in_a_table_are_no_page_s_foot() -> None:
    assert line_facts("2024年6月8日　35") is None
    assert line_facts("第5期（总第218期）　准印证号：某内资字（2024）第015号　2")["page"] == 2


def test_an_article_s_numbered_cases_in_brackets_stay_in_it() -> None:
    page = (DIGEST_HEAD + "县法院发布劳动争议典型案例\n6月10日，县法院发布3起劳动争议典型案例。\n"
            "【典型案例一】3月5日，某公司未与员工签订劳动合同，被判支付双倍工资。\n"
            "【典型案例二】4月8日，某员工违规操作受伤，法院认定工伤。\n")
    r = parse_source(make_source(page))
    assert [e.title for e in r.entries] == ["县法院发布劳动争议典型案例"]


def test_a_web_item_s_source_after_来自_is_no_microblog() -> None:
    page = ("某县召开防汛工作部署会\n2024-05-06 10:23 来自 某县融媒体中心\n"
            "【某县融媒讯】5月6日，县政府召开防汛工作部署会，副县长林青出席会议并讲话。\n")
    r = parse_source(make_source(page))
    assert [e.title for e in r.entries] == ["某县召开防汛工作部署会"]


def test_signatures_under_three_notices_are_no_running_heads() -> None:
    page = ("某县人民政府公报\n2024年第3期\n\n目　　录\n\n关于做好春耕生产工作的通知……1\n关于加强森林防火工作的通知……2\n"
            "关于开展安全生产大检查的通知……3\n\n关于做好春耕生产工作的通知\n\n各乡镇人民政府：\n为做好今年春耕生产工作，现通知如下。\n"
            "某县人民政府安全生产委员会办公室　2024年3月5日\n1\n关于加强森林防火工作的通知\n\n各乡镇人民政府：\n"
            "当前已进入森林防火紧要期，现通知如下。\n某县人民政府安全生产委员会办公室　2024年3月8日\n2\n"
            "关于开展安全生产大检查的通知\n\n各乡镇人民政府：\n决定在全县开展安全生产大检查。\n"
            "某县人民政府安全生产委员会办公室　2024年3月12日\n3\n")
    r = parse_source(make_source(page))
    assert all("安全生产委员会办公室" in e.text for e in r.entries)


def test_a_time_field_of_an_event_to_come_does_not_date_it() -> None:
    page = (DIGEST_HEAD + "县政府召开常务会议\n\n6月10日，县长周明远主持召开县政府常务会议。\n\n"
            "关于举办全县农民丰收节的预告\n时间：2024年9月22日上午9:00\n地点：城关镇文化广场\n"
            "为庆祝农民丰收节，县农业农村局将举办系列活动。\n")
    r = parse_source(make_source(page))
    assert r.entries[-1].date is None


def test_words_before_a_medical_or_a_monk_s_title_are_no_names() -> None:
    assert _persons("高年资主治医师负责夜间值班。") == []
    assert _persons("白班护士长负责交接班。") == []
    assert _persons("白云寺法师为信众祈福。") == []
    assert _persons("万人　女　占比") == []


def test_a_site_s_name_is_no_kicker_and_a_dated_item_no_preface() -> None:
    r = parse_source(make_source("某县人民政府网\n县领导调研春耕生产工作\n3月5日，县委书记柯望川到城关镇调研春耕生产。\n\n"
                                 "县长周明远检查安全生产\n3月6日，县长周明远到城关镇检查安全生产工作。\n"))
    assert all(e.kicker != "某县人民政府网" for e in r.entries)
    r = parse_source(make_source(DIGEST_HEAD + "6月10日，县长周明远主持召开县政府第十五次常务会议。现将会议议定事项通报如下。\n\n"
                                 "县政府召开防汛工作部署会\n\n6月10日下午，县政府召开防汛工作部署会。\n"))
    assert "preface" not in r.issue.meta
