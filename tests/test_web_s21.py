"""Web captures from the blind set 74 (session 21), each on a page written here in our own words: a list
page laid out in one table with its menu, a sidebar of five dated notices and the column's list of fifteen
(read box by box: the sidebar left out, a row's `[置顶]` badge too), and three articles copied one after
another from a news app (each app footer ends at the next article's title; the player's `倍速  高清`,
`[图片]` and `展开全文` are the app's)."""

from __future__ import annotations

from conftest import nows, parse_text

from digest.parse import parse_source
from digest.readers.html import read_html


def _list_page() -> bytes:
    side = "".join(f'<li><a href="../tzgg/{k}.html" title="关于某项工作的通知{k}">关于某项工作的通知{k}...</a>'
                   f"<em>2020-05-{20 + k:02d}</em></li>" for k in range(1, 6))
    titles = [f"某某局召开第{k}次专题会议研究防汛工作" for k in range(1, 16)]
    rows = "".join(f'<li><span class="date">[2020-05-{16 + k:02d}]</span>'
                   + ('<font color="#FF0000">[置顶]</font>&nbsp;' if k == 0 else "")
                   + f'<a href="./2020/t{k}.html" title="{t}">{t}</a></li>' for k, t in enumerate(reversed(titles)))
    html = ('<html><head><meta charset="utf-8"><title>领导活动 - 某市水利局</title></head><body>'
            '<div class="top">欢迎访问某市水利局网站！</div>'
            '<table class="main"><tr><td class="left"><div class="lanmu"><h2>新闻中心</h2><ul>'
            '<li><a href="../a/">水利要闻</a></li><li><a href="./">领导活动</a></li><li><a href="../b/">基层动态</a></li>'
            f'</ul></div><div class="tzgg"><h3>通知公告</h3><ul>{side}</ul></div></td>'
            '<td class="right"><div class="list_tit">领导活动</div>'
            f'<div class="list"><ul>{rows}</ul></div>'
            '<div class="fenye">共42条记录 当前第1/3页 <a href="index_1.html">下一页</a></div></td></tr></table>'
            "</body></html>")
    return html.encode("utf-8")


def test_a_list_page_laid_out_in_one_table_reads_its_column_not_its_sidebar() -> None:
    doc = read_html(_list_page(), "ldhd.html")
    lines = [ln for ln in doc.lines if ln.strip()]
    assert sum(1 for ln in lines if "专题会议" in ln) == 15  # (the layout table is read box by box)
    assert not any("关于某项工作的通知" in ln for ln in lines)  # (the sidebar's five beside fifteen: left out)
    entries = parse_source(doc, persons=False).entries
    assert len(entries) == 15 and entries[0].title == "某某局召开第15次专题会议研究防汛工作"  # (no `[置顶]`)
    assert entries[0].date == "2020-05-16"


_APP = """某某融媒
打开

某某县召开乡镇党委书记抓基层党建工作述职评议会
来源：某某融媒 作者：尤某某 编辑：滕某某
2024-01-02 10:26
阅读 3217

▶
00:00 / 02:48
倍速  高清

12月29日，某某县召开乡镇党委书记抓基层党建工作述职评议会，11个乡镇党委书记逐一登台述职。

会议还对全县基层党建工作先进集体进行了通报表扬。

打开APP阅读更多

分享到：
微信
朋友圈

相关推荐
县委常委会召开扩大会议
2023-12-20

某某融媒
打开APP，看更多本地新闻

【峤乡新貌】岑家寨的“红薯书记”
来源：某某融媒 作者：欧阳某 编辑：滕某某
2024-01-03 08:30
阅读 1.3万

清晨，薄雾还没散尽，岑家寨村的红薯粉丝加工车间里已是一片热气腾腾。

展开全文

[图片]

如今，合作社年加工鲜薯600余吨，红薯粉丝通过电商直播卖到了广东、浙江等地。

某某融媒原创,未经授权禁止转载

打开APP阅读更多

相关推荐
某某县农产品直播带货大赛落幕
2023-12-22

某某融媒
打开

“就业援助月”送岗到家门 新春首场招聘会提供岗位2300余个
来源：某某融媒 作者：雷某某 编辑：符某某
2024-01-04 16:47
阅读 8926

本台讯（融媒记者 雷某某）1月3日，某某县2024年就业援助月新春首场招聘会在县人力资源市场举行。

打开APP阅读更多
"""


def test_articles_copied_one_after_another_from_a_news_app() -> None:
    entries = parse_text(_APP, name="app.txt").entries
    assert [nows(e.title) for e in entries] == ["某某县召开乡镇党委书记抓基层党建工作述职评议会", "【峤乡新貌】岑家寨的“红薯书记”",
                                                 "“就业援助月”送岗到家门新春首场招聘会提供岗位2300余个"]
    assert nows(entries[0].text).startswith("12月29日") and entries[0].date == "2023-12-29"
    assert "展开全文" not in entries[1].text and "[图片]" not in entries[1].text
    assert nows(entries[1].text).endswith("浙江等地。")  # (the app's notice and footer are no text)
