"""Session 38's rules, each on hand-made text whose names and places appear in no sample: rosters printed one
person a line (post first or name first, names of two padded to a three's width, Mongolian, Yi and Tibetan
names), rosters run into one paragraph, a 公示 table flattened to one cell a line, places of a banner that are
no person, a photo's caption under an article page's headline, a column of briefs titled on their own lines,
a headline wrapped after a level or a visiting group."""

from __future__ import annotations

from conftest import make_source, named_persons, nows, parse_text

from digest.parse import parse_source


def test_a_roster_of_posts_then_names_a_space_apart_names_each_padded_dotted_or_mongolian() -> None:
    page = ("某旗报\n2020年7月2日　星期四\n第2版　党建\n\n旗委表彰优秀党务工作者\n"
            "本报讯　7月1日，旗委表彰了一批优秀党务工作者。\n全旗优秀党务工作者名单\n（5名）\n"
            "某某苏木党委组织委员 图门其木格\n旗档案馆综合科科长 郜 妍\n查干某镇党委副书记 敖·吉雅\n"
            "旗公安局政治处主任 乌 兰\n某某嘎查党支部书\n记 滕秋实\n")
    (e,) = parse_source(make_source(page), persons=True).entries
    assert "旗档案馆综合科科长 郜 妍" in e.text  # (the row keeps its spaces: they tell where the post ends)
    assert {"郜妍", "敖·吉雅", "乌兰", "滕秋实"} <= set(e.persons)


def test_a_roster_of_names_then_posts_reads_a_padded_name_and_a_yi_name_among_plain_ones() -> None:
    page = ("某县报\n2021年5月12日　星期三\n第3版　身边榜样\n\n“身边好人”榜\n"
            "本报讯　县文明办日前公布第二季度“身边好人”名单。\n助人为乐\n"
            "阿苏木果　某乡某村村民\n蒯　晋　县供电公司职工\n欧阳朗清　城关镇某社区居民\n")
    (e,) = parse_source(make_source(page), persons=True).entries
    assert "蒯　晋　县供电公司职工" in e.text
    assert {"阿苏木果", "蒯晋", "欧阳朗清"} <= set(e.persons)


def test_a_roster_run_into_one_paragraph_unit_before_name_or_name_before_unit() -> None:
    assert named_persons("全县优秀共青团员（6名）：县委办公室　隗　悦　县财政局　笪国栋　县人民医院　郗　琴　"
                         "某镇某村　牟满仓") == ["隗悦", "笪国栋", "郗琴", "牟满仓"]
    assert named_persons("某镇东门社区　阚小燕；某镇西关社区　仉春梅；某乡中心村　厍建新") == ["阚小燕", "仉春梅", "厍建新"]
    assert named_persons("司空明远 县发展和改革局　佘晓丽 县财政局　闾丘燕 县住房和城乡建设局") == [
        "司空明远", "佘晓丽", "闾丘燕"]
    # a table's head row and its places are no names (`日期　宣讲村　宣讲人`)
    assert "宣讲人" not in named_persons("日期  宣讲村  宣讲人 6月11日  某脚村、某坳村  诸葛云、蒯秀兰 "
                                          "6月12日  某林村  厍光明")


def test_a_public_notices_table_one_cell_a_line_names_a_mongolian_name_over_its_sex() -> None:
    text = ("旗委管理干部任前公示\n姓名\n性别\n民族\n现任职务\n额日德木图\n男\n蒙古族\n某苏木党委副书记\n"
            "蔺　静\n女\n汉族\n旗委办公室副主任\n")
    assert {"额日德木图", "蔺静"} <= set(named_persons(text))


def test_a_banners_places_before_their_bodies_or_its_townships_are_no_persons() -> None:
    assert named_persons("中共敖嘎旗委员会\n关于表彰优秀党务工作者的决定\n中共敖嘎旗委员会\n2020年6月26日\n"
                         "通讯地址：敖嘎旗委组织部") == []
    assert named_persons("某苏木党委组织委员 萨日朗\n旗公安局政治处主任 乌 兰\n呼和塔拉苏木某嘎查党支部书\n记 郜金山") == [
        "萨日朗", "乌兰", "郜金山"]


def test_one_mongolian_element_after_a_role_whatever_follows_and_not_cut_short() -> None:
    assert named_persons("宣讲队员那木斯来用蒙汉双语讲解政策。") == ["那木斯来"]
    assert named_persons("工作站站长朝鲁门挂任某苏木副苏木达。") == ["朝鲁门"]
    assert "苏雅拉" not in named_persons("审核：苏雅拉图")  # (图 goes on with the name: no element alone)


def test_a_photo_credit_in_the_text_names_one_of_the_reporters_under_the_headline() -> None:
    page = ("某县报\n2021年11月24日　星期三\n第3版　专题\n\n山坡上种出花椒林\n本报记者　曲比阿呷　通讯员　宓　勇\n"
            "十一月的某村，山坡上的花椒树刚剪过枝，村支书带着村民整地施肥。\n本报记者　曲比阿呷　摄\n"
            "如今，全村花椒种植面积已达八百亩，年收入超过三百万元。\n")
    (e,) = parse_source(make_source(page), persons=True).entries
    assert e.byline == "曲比阿呷、宓勇"
    assert {"曲比阿呷", "宓勇"} <= set(e.persons)


def test_a_caption_placing_a_person_in_the_picture_under_an_article_pages_headline_is_no_headline(tmp_path) -> None:
    html = ("<html><head><meta charset='utf-8'><title>某县人民政府</title></head><body>"
            "<div>当前位置：首页 &gt; 政务动态</div><h1>县长调研春耕生产</h1>"
            "<div>发布时间：2013-04-09　来源：县政府办</div>"
            "<p><img src='a.jpg'></p><p>郦建平（左二）在某乡育秧大棚察看秧苗长势 仉晓东 摄</p>"
            "<p>4月8日，县长郦建平深入某乡调研春耕生产，察看秧苗长势和水利设施建设情况。</p>"
            "<p>他强调，要抓住农时，确保春耕生产顺利进行。</p></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    from digest.parse import parse_path

    (e,) = parse_path(path, persons=False).entries
    assert nows(e.title) == "县长调研春耕生产"
    assert e.date == "2013-04-08"


def test_a_toc_column_of_counted_briefs_titled_on_their_own_lines_splits_into_its_briefs() -> None:
    text = ("工 作 动 态\n2019年第6期\n某市某局办公室编　　2019年7月2日\n本期要目\n"
            "◇ 市局召开规划编制工作推进会\n◇ 信息快递（3则）\n"
            "【重点工作】\n**市局召开规划编制工作推进会**\n6月25日，市局召开全市规划编制工作推进会，部署下一阶段重点任务。\n"
            "【信息快递】\n**■ 市局开展应急疏散演练**\n6月14日，市局在机关办公楼组织开展消防安全应急疏散演练。\n"
            "**■ 市登记中心推出周末服务**\n自6月1日起，市登记中心每周六上午开设便民服务窗口。\n"
            "**■ 局党组开展专题学习**\n5月31日，局党组理论学习中心组开展专题学习研讨。\n")
    titles = [nows(e.title) for e in parse_text(text, name="t.md").entries]
    assert titles == ["市局召开规划编制工作推进会", "市局开展应急疏散演练", "市登记中心推出周末服务", "局党组开展专题学习"]


def test_a_headline_wrapped_after_a_level_a_route_or_a_visiting_group_is_one_title() -> None:
    from digest.newspaper import _wrapped

    assert _wrapped("某镇3个村入选省级", "乡村振兴示范村")
    assert _wrapped("某溪至某岭", "城际公交开通")
    assert _wrapped("某某县党政代表团", "来我区考察交流")
    assert not _wrapped("抢农时 稳粮源", "全县早稻栽插进入高峰期")
