"""Web-page chrome: the navigation, page furniture and site footer of a page saved as text (issue 10).

A 政务动态 page saved from a browser carries, around its items, lines no reader counts as news:
`首页 > 政务动态`, `今天是：2025年9月3日`, a menu (`网站首页 | 政务公开 | 互动交流`), an item's own
meta line (`【发布日期：2025-09-02】【来源：…】【字体：大 中 小】`), `分享至`, `打印本页 关闭窗口`,
`网站地图 | 联系我们`, `主办单位：…`, `版权所有`, a 备案号. `find_chrome(blocks)` decides which lines
are chrome from evidence over the whole document, never from one line alone:

1. Each line is given a chrome *reason* when it reads as chrome by its own words (`chrome_reason`):
   a breadcrumb, the date of the day, an item meta line, share/print/close buttons, a site map or
   contact link row, copyright/备案/主办 lines, previous/next links, or a menu of three or more
   short items separated by `|`. An item meta line no word names is read by its place
   (`_stamped_items`): a numeric date stamp right under a title-like line with text after it
   (`2019-07-10`, `2023-07-10 09:30:00`, `青禾日报 2021-01-07 00:45`; rule lines `-` between them are
   read past), and a `来源：…` or `字號` line right under any item meta line.
2. The document is a web page when at least two such lines are found (`MIN_EVIDENCE`), or one item
   meta line or breadcrumb (which no article prints). Only then are
   lines chrome: every line with a reason, and the short unpunctuated lines between chrome lines at
   the top or bottom edge of the page (the site name above the menu, a `相关链接` heading), and up to
   two menu words right above a later saved page's breadcrumb (`政务公开` / `政府动态`: `page-top`;
   never a unit's name, which signs the article above).
3. The page's own publication date is the latest `发布日期`/`发布时间` of its item meta lines: the
   issue date (and the year for dates in the text). `今天是…` is the day the page was saved, not it.
   Each item meta line's own date is kept too (`item_dates`): the year and month of its item's text.

The evidence (line, reason) is kept on the result so `digest check` can show why a line was taken as
chrome, and `chrome_like(text)` names a line that reads like chrome but was kept as text (for example
a `分享至` run into the last paragraph), which `digest check` reports.

Every pattern here is anchored or bounded: linear in the length of a line.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

import regex as re

from digest.blocks import BRACKETED_LINE, MAIL_FIELD, Block
from digest.fields import cn_digits
from digest.masthead import line_facts
from digest.text import (
    REPORTER_LABEL,
    SIGNED_DAY,
    SIGNING_UNIT,
    SYMBOLS,
    dateline,
    ends_full_stop,
    ends_sentence,
    fold_ascii,
    has_words,
)

MIN_EVIDENCE = 2  # chrome lines needed before a document is read as a web page
_STRONG = {"item-meta", "breadcrumb", "epaper-nav", "doc-meta", "wechat-header", "end-mark", "contents-box", "prev-next", "fax", "mail"}  # one of these alone is enough: no article prints them
_ACCOUNT_NAME = 16  # characters of a WeChat account's name on its card, over `微信号：…`
_SHORT = 24  # a short line at the page's edge (site name, a `相关链接` heading)
# a site's name in English under its Chinese one (`Foreign Affairs Office of … Municipal People's Government`)
# an e-paper article's labelled field, its label alone on its line or before its value (`引题：` / `抢抓…`,
# `标题：全市…`, `作者：本报记者　某某`, `正文：`; or a table's cells, no colon): the fields of one article
EPAPER_FIELD = re.compile(r"^(?P<l>引题|肩题|眉题|标题|主题|主标题|副题|副标题|子题|作者|正文)(?:\s*[:：]|[ \t\u3000]+|$)\s*"
                          r"(?P<v>.{0,80})$")  # (a table's cells: `引题  聚焦…`, `标题` alone over its value)


_FRAMED_TITLE = re.compile(r"^【[^【】]{6,40}】$")  # a post part's title framed whole (`【某村千亩稻田开镰】`), no chrome


def _epaper_field(blocks: list[Block], i: int) -> bool:
    """Is blocks[i] an e-paper article's field label (`标题：`), or the value under a label alone on its line?"""
    if EPAPER_FIELD.match(blocks[i].text.strip()):
        return True
    above = EPAPER_FIELD.match(blocks[i - 1].text.strip()) if i > 0 else None
    return above is not None and not above["v"]


_ENGLISH_NAME = re.compile(r"^[A-Z][A-Za-z'’&,.()\- ]{5,100}$")
_MAX_CHROME_LINE = 120  # a chrome line is short; a longer line is text even with a chrome word in it

# (or a year of the Republic of China calendar, 100-119 for 2011-2030, as Taiwan's sites print it: `113-05-08`)
_DATE = r"(?P<y>\d{4}|1[01]\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})"
_ROC = 1911  # the Republic of China calendar's year 1 is 1912


def _gregorian(y: int) -> int:
    """A year of `_DATE` in the Gregorian calendar (113 -> 2024: the Republic of China's)."""
    return y + _ROC if y < 1000 else y
# (reason, pattern): matched against the whole line (stripped); the first that matches names the line
# a row of a list of links with its date (`· 某镇召开会议 2025-09-01`, `某局开展检查 [08-30]`): its title
# `t`, and `y` (when printed), `m`, `d` (digest.newspaper reads a page of only such rows as its articles)
# or its date first, apart from the title (`[2025-09-01] 某镇召开会议`, `09-01　某局开展检查`)
_ROW_DATE = r"(?:(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})|(?P<m>\d{1,2})[-/](?P<d>\d{1,2}))"
# (a 信息公开 table's row: its 索引号 before the title, its 文号 after the date: `QF0011/2023-00412 关于…的通知
# 2023-12-20 某政办发〔2023〕58号`)
_ROW_INDEX = r"(?:[A-Za-z]{0,8}\d[\dA-Za-z]*(?:[/\-]\d[\dA-Za-z]*)+\s+)?"
_ROW_DOC_NO = r"(?:\s+\p{Han}{1,10}[〔\[（(［]\d{4}[〕\]）)］]\s*\d{1,4}\s*号)?"
LINK_ROW = re.compile(r"^[·•]?\s*(?:" + _ROW_INDEX + r"(?P<t>[^。，；！？\s][^。，；！？]{3,60}?)(?:\s+|[\[【(（])" + _ROW_DATE
                      + r"\s*[\]】)）]?" + _ROW_DOC_NO +
                      r"|[\[【(（]?" + _ROW_DATE + r"(?:[\]】)）]\s*|\s+)(?P<t>[^。，；！？\s\d][^。，；！？]{3,60}))$")
# a meta label alone, its value on the next line or left empty (`发布时间:`, `• 访问次数 :`: the bullet is
# gone from the block), or with a bare count (`浏览次数：125`); never `时间：` / `地点：` (a notice's labels)
_META_LABEL_LINE = re.compile(
    r"^[【\[]?\s*(?:发布时间|发布日期|发表时间|发表日期|更新时间|(?:信息)?[来來]源|作者|访问次数|访问量|浏览次数"
    r"|瀏覽次數|浏览量|点击数|点击次数|点击量|點擊數|阅读次数|阅读量|閱讀次數|字号|字號|字体|字體"
    r"|点击|點擊|浏览|瀏覽|阅读|閱讀|访问)\s*[:：]\s*"
    r"(?P<n>\d{1,9}\s*次?)?\s*[】\]]?$")
# a page's buttons in brackets: `【下载Word】`, `【打印】`, `[关闭]`
_BUTTON = r"[【\[]\s*(?:下载|打印|关闭|收藏|分享|返回|保存|纠错)[^【】\[\]]{0,12}[】\]]"
# the font-size control of an item's meta block, its toggles left empty or printed, and the buttons
# beside it: `字号:[ ] 【下载Word】 【下载PDF】`, `字体:[ 大 中 小 ]`
_SIZES = r"[\[【(（]\s*(?:[大中小]\s*)*[\]】)）]\s*"
_FONT_BUTTONS = re.compile(r"^(?:字号|字號|字体|字體)\s*(?:[:：]\s*(?:" + _SIZES + r")?(?:" + _BUTTON + r"\s*)*"
                           r"|" + _SIZES + r"(?:" + _BUTTON + r"\s*)*|(?:" + _BUTTON + r"\s*)+)$"
                           # (its buttons' links left empty by the page's save: `【字体： 】【】【】`)
                           r"|^[【\[]\s*(?:字号|字體|字体)\s*[:：]?\s*[】\]](?:\s*[【\[]\s*[大中小]?\s*[】\]]){1,3}$"
                           # (the control alone in its brackets, its toggles lost or printed: `【字号 】`, `【字体 大 中 小】`)
                           r"|^[【\[]\s*(?:字号|字號|字体|字體)\s*[:：]?\s*(?:大\s*中\s*小\s*)?[】\]]$")
# (the place it was posted from after the time, as WeChat prints it since 2022: `… 18:30 某省`)
# (or, no 原创, the account's name printed twice, as its display name and its own: `某某发布 某某发布 2025年01月02日 08:03 四川`)
_WECHAT_HEADER = re.compile(r"^(?:原创\s+.{1,40}?|(?P<acct>[^\s，。,.；;：:！？!?]{2,20})\s+(?P=acct))\s+(?P<y>\d{4})(?:年|[-/.])(?P<m>\d{1,2})(?:月|[-/.])(?P<d>\d{1,2})日?"
                            r"(?:\s+\d{1,2}:\d{2})?"
                            r"(?:\s+\p{Han}{2,8})?$")
# a post's stamp with no account's name, as a copy of the page keeps it under the title: the day, the time and
# the region the post was sent from (`2024年10月21日 20:16 陕西`)
_WECHAT_STAMP = re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s+\d{1,2}:\d{2}\s+(?:\p{Han}{2,3})$")
# a post reprinted from another account among 原创 ones: no 原创, the account's name, the day and the time
# (`某镇发布 2024年05月18日 09:12 湖南`): a header only beside 原创 headers (`find_chrome`)
_WECHAT_REPRINT = re.compile(r"^(?![^\s]*(?:时间|日期|地点)\s)[^\s，。,.；;：:！？!?]{2,20}\s+(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
                             r"\s+\d{1,2}:\d{2}(?:\s+\p{Han}{2,8})?$"
                             # (or as the older pages print it, the day in figures and dashes: `某县新闻中心 2018-09-17`)
                             r"|^(?![^\s]*(?:时间|日期|地点)\s)[^\s，。,.；;：:！？!?]{2,20}\s+(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
                             r"(?:\s+\d{1,2}:\d{2})?$")
# the same header on two lines: `原创　某某发布　某某发布` / `2024年12月16日 18:30　某省` (`_wechat_two_lines`)
_WECHAT_BY = re.compile(r"^原创(?:[ \t\u3000]+[^\s，。,.；;：:！？!?]{1,20}){1,3}$")
_WECHAT_DAY = re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[ \t\u3000]+\d{1,2}:\d{2}(?:[ \t\u3000]+\p{Han}{2,8})?$")
# a post's list of other posts, its label (`往期回顾`, `往期推荐`, `相关阅读`) and each link under it (`▶ 标题`)
_MORE_POSTS = re.compile(r"^[—\-－–=\s]*(?:往期(?:推荐|回顾|精彩)|相关阅读|推荐阅读|延伸阅读)[—\-－–=\s]*$")  # (`— 推荐阅读 —`)
_LINKED_TITLE = re.compile(r"^[▶►▷•·→]\s*\S.{0,60}$")
_UNMARKED_LINK = re.compile(r"^[^。！？!?；;，,：:]{6,40}$")  # (no labelled line: `本期编辑：某某` closes the links)
_MAX_UNMARKED_LINKS = 6
_PROSE_LOOK = 3  # lines after such links that must hold no sentence (an article's text under its headline does)
_PROSE_LEAST = 40  # characters of a paragraph of prose (two clause marks or more): no post's footer holds one
_WECHAT_HEAD_LINES = 24  # the blocks from the top a post's header is looked for in (past a clipper's front matter)
_END_MARK = re.compile(r"^[—\-－–=_\s]*(?:END|End)[—\-－–=_\s]*$")
_PICTURE_CAPTION = re.compile(r"^[▲△]\s*\S.{0,60}$")  # a caption under a picture's placeholder in a copied page
_PAST_POSTS = re.compile(r"^往期(?:推荐|回顾|精彩)(?:文章|阅读)?$")  # a post's list of links to the account's earlier posts
# a microblog's client, named after 来自 on a post's time line (not `来自 某县融媒体中心`, a web item's source)
_CLIENT = r"(?:微博|weibo|iPhone|iPad|Android|安卓|HUAWEI|华为|荣耀|小米|Redmi|OPPO|vivo|\S{0,12}客户端|\S{0,12}手机|\S{0,8}网页版)"
MICROBLOG_TIME = re.compile(r"^\S.{0,20}\d{1,2}:\d{2}\s+来自\s*" + _CLIENT)  # (the time line a microblog post is listed by)
_FOOTER_LINK = r"(?:重要告示|私隐政策|隐私政策|隐私声明|版权告示|版权声明|网站地图|联系我们|关于我们|使用条款|免责声明)"
_PRINT_CLOSE = r"打印本页|打印此页|列印此页|列印本页|打印|列印|关闭窗口|关闭本页|关闭|返回顶部|返回页首|回到顶部|返回"
_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("item-meta", _FONT_BUTTONS),
    # a row of buttons alone: `【下载PDF】【打印】【关闭】`
    ("print-close", re.compile(r"^(?:" + _BUTTON + r"\s*)+$")),
    # an item's comment box: `评论一下`, `评论 0人参与,0条评论`, `还没有评论,快来抢沙发吧!`, `实名登录`
    ("comments", re.compile(r"^(?:评论一下|发表评论|我要评论|网友评论|最热评论|最新评论|热门评论|全部评论|查看全部评论"
                            r"|暂无评论|实名登录|匿名评论|匿名发表)\s*[:：!！]?$"
                            r"|^(?:评论\s*)?\d{1,9}\s*人参与|^已有\s*\d{1,9}\s*人参与|^还没有评论|^\d{1,9}\s*条评论$"
                            # (the box's heading and its notice: `网友评论：（只显示最新10条。评论内容只代表网友观点，…）`)
                            r"|^网友评论\s*[:：]?\s*[（(].{0,40}(?:只代表网友观点|与本站立场无关).{0,20}[)）]$")),
    # a page's row of tools in brackets (`【发表评论】【】【】【打印此文】【】`, `【打印本页】【关闭窗口】`)
    ("print-close", re.compile(r"^(?:【\s*(?:发表评论|我要评论|打印此文|打印本页|打印|关闭窗口|关闭|收藏本页|加入收藏|推荐给朋友|返回顶部"
                         r"|字体[:：]?\s*[大中小]{0,3})?\s*】\s*){2,}$")),
    # a directory of contacts under the page: a post, a name and a telephone number, nothing else
    # (`区委书记 柯望川 15537328017`, `区 长 甘小棠 18236126522`, `信访局局长 夏若溪 0391-3456789`)
    ("contact", re.compile(r"^\p{Han}{1,10}(?:\s+\p{Han}{1,6}){1,3}\s+(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")),
    ("breadcrumb", re.compile(r"^(?:(?:当前位置|您的位置|您现在的位置|您现在所在的位置|您当前的位置|您当前位置|所在位置|位置)\s*[:：]?\s*)?"
                              r"(?:网站)?首页\s*(?:>|＞|»|›|→|/|>>)")),
    ("breadcrumb", re.compile(r"^(?:当前位置|您的位置|您现在的位置|您现在所在的位置|您当前的位置|您当前位置|所在位置)\s*[:：]")),
    # `今天是：2025年9月3日`, `今天是2025年9月3日 星期三 天气晴`, `今天是 星期三`
    # (`今日` only before a colon, 是, 为, a space or the date itself: 今日某某 is many a paper's name,
    # `今日某东　2024年…`)
    ("today", re.compile(r"^(?:今天是\s*[:：]?.{0,30}?|今日(?!天气)(?:\s*(?:[:：是为]|日期\s*[:：]?)|\s+|(?=\d|星期|周|农历)).{0,30}?)"
                         r"(?:\d{4}\s*年|星期|周[一二三四五六日天]|天气|农历)")),
    # the date filled in by a script the saved page lost, alone or before the site's welcome
    ("today", re.compile(r"^今天是\s*[:：]?\s*(?:$|欢迎|[|｜])")),  # (or before the header's links: `今天是： | 手机版`)
    # an archive's calendar (`往期回顾`): its weekdays' row, its rows of days in order, its month and year pickers'
    # labels (`日　一　二　三　四　五　六`, `8　9　10　11　12　13　14`, `年月`)
    ("calendar", re.compile(r"^(?:(?:星期)?[日一二三四五六](?:[ \t\u3000]+(?:星期)?[日一二三四五六]){6}|年\s*月)$")),
    ("calendar", re.compile(r"^(?:[1-9]|[12]\d|3[01])(?:[ \t\u3000]+(?:[1-9]|[12]\d|3[01])){2,6}$")),
    # the day the page was saved before a row of toggles: `2023年10月17日 星期二　无障碍浏览 | 长者模式` (a
    # date and weekday alone is a newspaper's masthead line as often)
    ("today", re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]"
                         r"\s+(?:无障碍|长者|适老|繁體|繁体|English|简体|关怀|登录|注册)")),
    # `欢迎访问青禾县人民政府网站`, and with the header's links after it (`欢迎访问某县政府! 登录/注册 用户中心`)
    # (a greeting before it, and the day's date a script filled in after it, lost: `您好,欢迎访问我们的网站!今天是`)
    ("welcome", re.compile(r"^(?:[您你]好\s*[,，!！]?\s*)?欢迎(?:您)?(?:访问|来到|光临)[^。，,；;！？!?]{2,30}"
                           r"(?:[!！]?\s*$|[!！]?\s+[^。，,；;]{1,40}$|[!！]\s*今天是.{0,30}$)")),
    # a list of a site's sub-sites: `乡镇(街道)分站: 甲镇 乙镇 丙镇`
    ("menu", re.compile(r"^[^。，,；;！!？?]{0,12}分站\s*[:：]")),
    # an e-paper's page navigation: `下一版»本期共4版(1-2-4)`, `内容详情`, `返回该版首页`, `返回目录`
    ("epaper-nav", re.compile(r"^(?:上一版|下一版|上一期|下一期)\s*[»>›]*\s*(?:本期共\s*\d{1,3}\s*版.{0,30})?$"
                              r"|^本期共\s*\d{1,3}\s*版|^(?:内容详情|返回(?:该版|本版)(?:首页|目录)?|返回(?:目录|版面|首页)|版面导航"
                              r"|本版缩略图|版面缩略图|往期查阅|报纸检索|PDF版)$")),  # (a sidebar's box labels)
    # an e-paper reader's toolbar, a word a line: `首版` `上一版` `下一版` `末版`, `文章标题` `上一篇`, `展开通版`,
    # `放大` `缩小` `默认` (its font), `版面概览` `标题导航` (no article prints such a line alone)
    ("epaper-nav", re.compile(r"^(?:首版|末版|上一篇|下一篇|版面概览|标题导航|数字报首页|展开通版|收缩通版"
                              r"|通版阅读请点击\s*[:：]?|文章标题|文章内容|文章作者|放大|缩小|默认"
                              r"|(?:下载|查看)?本版\s*PDF\s*(?:下载)?|PDF\s*(?:版\s*)?下载|下载\s*PDF(?:版)?)$", re.I)),
    # or a row of them, page numbers between: `3 上一篇  下一篇 4`, `放大 缩小 默认`, `首版 上一版 下一版 末版`,
    # `上一版　下一版　　返回目录`
    ("epaper-nav", re.compile(r"^(?=.*\p{Han})(?:(?:首版|末版|上一版|下一版|上一篇|下一篇|上一期|下一期|往期回顾|PDF版|放大|缩小|默认|\d{1,3}"
                              r"|返回(?:本版)?(?:目录|首页|版面|顶部)|版面导航)[▼▲↓»>›]?"
                              r"[ \t\u3000]*){2,8}$")),
    # the row of the issue's pages an e-paper lists (`第A01版：头版  第A02版：要闻  第A03版：要闻 …`)
    ("epaper-nav", re.compile(r"^(?:第\s*[A-Z]{0,2}\d{1,3}\s*版\s*[:：]?\s*[^\s:：]{1,8}[ \t\u3000]+){2,}"
                              r"第\s*[A-Z]{0,2}\d{1,3}\s*版\s*[:：]?\s*[^\s:：]{1,8}$")),
    # a row of share buttons, a word a line: `微信` `QQ好友` `QQ空间` `新浪微博`
    ("share", re.compile(r"^(?:微信|微博|微信好友|朋友圈|QQ好友|QQ空间|新浪微博|腾讯微博)$", re.I)),
    # a count of the text's words: `本文字数:1442`, `本篇文章200字,读完约1分钟`
    ("word-count", re.compile(r"^本(?:文|篇文章|篇)(?:字数\s*[:：]?\s*\d{1,6}|\s*\d{1,6}\s*字)"
                              r"(?:\s*[,，]\s*(?:阅读|读完)(?:约|需)?\s*\d{1,3}\s*分钟)?$")),
    # a page asking for a like: `如果您喜欢这篇文章,就…支持吧!`
    ("share", re.compile(r"^如果您?(?:喜欢|觉得)(?:这篇|本篇)?(?:文章|本文)")),
    # a URL, the date and time an item went up and its paper: `http://www.… 2003年5月8日 09:15 青禾日报`
    ("item-meta", re.compile(r"^(?:https?://|www\.)[!-~]{3,80}\s+" + _DATE + r"\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
                             r"(?:\s+[\p{Han}A-Za-z]{2,20})?$")),
    # a WeChat account's article (a 融媒体中心's 公众号 post copied as text): its header with the post's date
    # (`原创 某某融媒 某县融媒体中心 2024年05月16日 19:02`), the prompts around it (`点击上方蓝字 关注我们`,
    # `▶ 点击收听本文 约6分钟`) and its footer's (`往期推荐`, `长按识别二维码`, `点击“在看”…`, `阅读原文`,
    # `分享 收藏 在看 点赞`, `写留言`, `阅读 1326　赞 18`, `预览时标签不可点`, `[图片]`), the account's card
    # (`微信号：…`, `功能介绍：…`)
    ("wechat-header", _WECHAT_HEADER),
    ("wechat-header", _WECHAT_STAMP),
    ("wechat", re.compile(r"^(?:\p{So}\s*)*(?:点击(?:上方)?\S{0,10}?\s*[,，·・|｜]?\s*关注(?:我们|\S{2,12})?|预览时标签不可点|\[(?:图片|视频|音频)\]"
                          r"|微信号\s*[:：]\s*[A-Za-z0-9_\-]{3,30}|功能介绍\s*[:：].{2,100}|以下文章来源于.{2,60}"
                          r"|[—\-－–]+\s*(?:推荐阅读|相关阅读|延伸阅读|往期推荐|往期回顾)\s*[—\-－–]+"  # (`— 推荐阅读 —`, an editor's label)
                          r"|视频\s*[丨｜|:：/／]\s*[^\s，。,.；;]{2,20}"  # (`视频丨某县融媒体中心`: the video's maker, under its player)
                          r"|(?:阅读|阅读量)\s*\d{1,7}\+?(?:\s+(?:赞|点赞|在看|分享|收藏)\s*\d{1,7})*|[▶►]?\s*点击收听本文.{0,12}|往期(?:推荐|回顾|精彩)"
                          r"|长按(?:识别|扫描)?(?:图中|下方)?二维码.{0,12}|微信扫一扫(?:关注该公众号)?|关注该公众号|阅读原文|写留言|(?:点击|点亮)?[“\"]?在看[”\"]?[,，].{0,16}"
                          r"|(?:分享|收藏|在看|点赞|赞|写留言)(?:\s+(?:分享|收藏|在看|点赞|赞|写留言)){1,5}"
                          # (the player's and the page's own words a copy of the whole screen keeps: `继续滑动看下一个`,
                          # `轻触阅读原文`, `取消 允许`, `： ， 。 视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看`)
                          r"|(?:继续|向上)滑动看下一个|轻触阅读原文|知道了|使用小程序|取消\s+允许|点击(?:上方)?蓝字|关注我们"
                          # (and its dialog over a link out: `当前内容可能存在未经审核的第三方商业营销信息，请确认是否继续访问。`,
                          # `微信扫一扫可打开此内容，`, `使用完整服务`)
                          r"|当前内容可能存在未经审核的第三方商业营销信息[，,]?请确认是否继续访问[。.]?|微信扫一扫可打开此内容[，,]?|使用完整服务"
                          r"|[：:，,。.\s]{0,12}视频\s*小程序\s*赞[^\n]{0,40}|[^\n]{0,12}轻点两下取消(?:赞|在看)[^\n]{0,30})$")),
    # a post's collections and the account's card as a copy of the screen keeps them (`收录于合集`, `#领导活动 47个`,
    # `2361篇原创内容`, `公众号`)
    ("wechat", re.compile(r"^(?:收录于(?:合集|话题)(?:\s*#.{1,20})?|\d{1,6}\s*篇原创内容|公众号)$")),
    # a post's call to its readers' comments (`你的五月是怎么度过的？欢迎在评论区留言分享～`)
    ("wechat", re.compile(r"^.{0,60}(?:欢迎(?:大家)?(?:在)?(?:评论区|留言区)|在评论区(?:留言|分享|聊聊|告诉我们)).{0,20}$")),
    # the END mark closing a post: what follows it is the account's footer (`find_chrome`)
    ("end-mark", _END_MARK),
    # a 公文's number alone on its line (`某市监通告〔2024〕21号`), in the page's 信息公开 table or under its title
    ("doc-number", re.compile(r"^\p{Han}{1,12}\s*[〔\[［]\s*\d{4}\s*[〕\]］]\s*\d{1,4}\s*号$")),
    # a picture's place with its caption, and the viewer's note (`[圖片] 行政長官…會面`, `[圖片說明：點擊放大]`), and a
    # release's time stamp under its closing mark (`某地時間17時05分`, of a place named in four characters too)
    ("picture", re.compile(r"^\[(?:图片|照片)\]\s*\S.{0,80}$|^\[(?:图片|照片)说明[:：][^\[\]]{0,20}\]$")),
    ("stamp", re.compile(r"^\p{Han}{2,6}时间\s*\d{1,2}\s*时\s*\d{1,2}\s*分$")),
    # a fax machine's header printed atop each page it sent (`2024-10-21  16:40   FROM:某镇党政办   0xx3-612057  P.1/2`,
    # an OCR's l and O for 1 and 0 in it)
    ("fax", re.compile(r"^.{0,40}?\b(?:FROM|FR0M|From)\s*[:：].{0,60}?P\.?\s*[\dlIO]{1,2}\s*/\s*[\dlIO]{1,2}\s*$")),
    # a news app's article copied from a phone: its player and placeholders (`听新闻`, `00:00 / 07:46`, `图片`,
    # `视频加载中...`, `举报`, `分享到`, the player's `倍速  高清`, `[图片]`, `展开全文`), and the line its footer opens with (`打开APP阅读更多精彩内容`, `相关推荐`,
    # `评论（3）`), after which all is the app's (`app-end`: as after an END mark)
    ("app", re.compile(r"^(?:听新闻|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|图片|视频|视频加载中[.。…]{0,6}|点击播放|举报|分享到"
                       r"|阅读\s*\d+(?:\.\d+)?万?|\[图片\]|展开全文"
                       r"|(?:倍速|高清|标清|超清|流畅|清晰度|全屏|静音)(?:\s+(?:倍速|高清|标清|超清|流畅|清晰度|全屏|静音)){0,4})$")),
    ("app-end", re.compile(r"^(?:打开\S{0,12}APP\S{0,12}|相关推荐|(?:全部)?评论\s*[（(]\d{1,6}[)）])$", re.IGNORECASE)),
    # the unit that issued an item, alone on the line under its day (`发布单位：水利处`, as Taiwan's sites print it)
    ("item-meta", re.compile(r"^(?:发布单位|发布机关|发稿单位|发布部门)\s*[:：]\s*[^\s，。；]{2,20}$")),
    # an item's author line: `作者：记者 某某　通讯员 某某` (a label and names, nothing else; `作者：文/图 本报记者 某某`)
    ("item-meta", re.compile(r"^作者\s*[:：]\s*(?:[文图](?:[/／][文图])?[\s\u3000]+)?[\p{Han}·]{2,}(?:[\s\u3000、,，/]+[\p{Han}·]{2,}){0,8}$")),
    # a TV news item's air time over its title (`播出时间：19:00:15`), as a station's text edition prints it
    ("air-time", re.compile(r"^(?:播出时间|播出时段|首播时间|时长)\s*[:：]\s*\d{1,2}:\d{2}(?::\d{2})?$")),
    # a search box: `请输入关键字　搜索`, `站内搜索`, `搜索`
    ("search", re.compile(r"^(?:请输入\S{0,8}\s*)?(?:站内|全站|全文|高级)?(?:搜索|检索)$")),
    # the search box's placeholder alone on its line (`请输入关键词`, `请输入搜索内容`)
    ("search", re.compile(r"^请输入(?:关键词|关键字|搜索内容|检索内容|搜索关键词|检索词|您要搜索的内容)[.。…]{0,3}$")),
    ("item-meta", re.compile(r"^[【\[]?\s*(?:发布日期|发布时间|发表日期|发表时间|更新日期|更新时间|日期|时间)\s*[:：]\s*" + _DATE)),
    ("item-meta", re.compile(r"^[【\[]?\s*(?:信息)?来源\s*[:：].{0,40}?(?:发布日期|发布时间|浏览次数|点击数|字号|字体)")),
    ("item-meta", re.compile(r"^[【\[]?\s*(?:字体|字号)\s*[:：]\s*[\[【]?\s*(?:大\s*中\s*小|[+\-]|A)")),
    ("item-meta", _META_LABEL_LINE),
    # an e-paper's text view printing each article's fields over its headline (`【作者】某某　【来源】某某日报
    # 【日期】2024-10-15`)
    ("item-meta", re.compile(r"^(?:【作者】[^【】]{0,40})?【来源】[^【】]{1,30}【日期】\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*$")),
    # an e-paper article view's fields in brackets (`【日期】2016-01-08 【版次】第06版：特别报道 【作者】某某 【字号】`)
    ("item-meta", re.compile(r"^(?=[^\n]{0,200}【(?:日期|版次)】)(?:【\s*(?:日期|版次|版面|版名|作者|来源|字号)\s*(?:[大中小](?:\s+[大中小]){1,2}\s*)?】[^【】]{0,40}){2,6}$")),
    # `2025年01月14日06:12 | 来源：人民网` : a date (and time) opening the line, then a source/author/count
    # (`2010/1/6 16:43:13 次浏览 分类:政府动态`: a count the page left empty before its label)
    ("item-meta", re.compile(r"^" + _DATE + r"\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[|｜]?\s*(?:\d{0,9}\s*次)?"
                             r"(?:[来來]源|作者|浏览|瀏覽|点击|點擊|阅读|閱讀|字号|字號|字体|字體|编辑|編輯|分类|分類)")),
    # `某某日报 2021-01-07 00:45 大字`: a source's name, the date and time an item went up, font toggles
    ("item-meta", re.compile(r"^(?:[\p{Han}A-Za-z]{2,12}\s+)?" + _DATE + r"\s+\d{1,2}:\d{2}(?::\d{2})?"
                             r"(?:\s+[\p{Han}A-Za-z]{1,8}){0,4}\s*$")),
    # the date and time alone, as a page's copy for phones prints them again under the title (`2023年05月12日 09:31`)
    ("item-meta", re.compile(r"^" + _DATE + r"日\s*\d{1,2}:\d{2}(?::\d{2})?\s*$")),
    # a microblog post's time and client (`2024-05-06 10:23 来自 微博 weibo.com`, `5月31日 18:05 来自 iPhone客户端`),
    # its counters (`转发 56 评论 12 赞 318`), the account's (`粉丝 18.6万 | 关注 326 | 微博 14208`), its tabs
    # (`全部微博  原创  图片`), a month's count of posts (`2024年5月（9）`) and the pinned post's mark
    ("item-meta", re.compile(r"^(?:" + _DATE + r"|(?P<m>\d{1,2})月(?P<d>\d{1,2})日|(?P<m2>\d{1,2})-(?P<d2>\d{1,2})|今天|昨天"
                             r"|\d{2}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}\s+来自\s*"  # (`23-10-31 21:14 来自 …`: a year of two)
                             + _CLIENT + r".{0,30}$")),  # (`10-09 10:00 来自 微博网页版`: this year's day, month first)
    # a 头条号 or 百家号 article's day and time and the province it was sent from (`2024-05-06 10:23·四川`), its
    # follow button and the site's own buttons (`关注`, `下载头条`, `发布作品`)
    ("item-meta", re.compile(r"^" + _DATE + r"\s+\d{1,2}:\d{2}\s*[·•]\s*\p{Han}{2,8}$")),
    ("app", re.compile(r"^(?:\+?\s*关注|已关注|下载头条|下载APP|打开APP|发布作品|写文章|发微头条)$")),
    # a press release's name over its header, letter-spaced or not (`某 某 县 政 府 新 闻 稿`, `某某局新闻通稿`)
    ("edge", re.compile(r"^\p{Han}(?:[ \u3000]?\p{Han}){1,14}?[ \u3000]?(?:新[ \u3000]?闻[ \u3000]?(?:通[ \u3000]?)?稿"
                        r"|新[ \u3000]?闻[ \u3000]?公[ \u3000]?报)$")),
    # where a post was sent from (`发布于 山西`, `IP属地：四川`)
    ("item-meta", re.compile(r"^(?:发布于|IP属地\s*[:：]?)\s*\p{Han}{2,8}$")),
    # a post's menu button (`···`), its counters one a line (`转发 2156` / `评论 893` / `赞 1.2万`), its pictures'
    # and video's cards (`[组图共4张]`, `L某某发布的微博视频`), the timeline's search box (`搜索他的微博`)
    ("counter", re.compile(r"^(?:转发|评论|赞)(?:\s*[\d.]{1,7}万?)?$|^粉丝\s*[\d.]{1,8}万?.{0,40}$")),
    ("app", re.compile(r"^[·•.…]{3}$|^\[组图共\d{1,2}张\]$|^L\S{2,16}的微博视频$|^搜索(?:他|她|它)的微博$|^收起$"
                       r"|^(?:收起全文|展开全文)[a-z]?$|^共\d{1,2}张图片$")),  # (`收起全文d`: the icon's letter kept)
    # a post's comments: their order's tabs (`按热度` / `按时间`), a reader's time and place (`10-31 21:40 来自山西`)
    ("comments", re.compile(r"^(?:按热度|按时间|按热度\s+按时间)$|^\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+来自(?!微博)\p{Han}{2,3}$")),
    ("counter", re.compile(r"^(?:转发|分享)\s*\d{1,7}\s*[|｜]?\s*评论\s*\d{1,7}\s*[|｜]?\s*(?:赞|点赞)\s*\d{1,7}$")),
    ("counter", re.compile(r"^(?:粉丝|关注|微博)\s*[\d.]{1,8}万?(?:\s*[|｜]\s*(?:粉丝|关注|微博)\s*[\d.]{1,8}万?){1,2}$")),
    ("menu", re.compile(r"^全部(?:微博)?(?:\s+\p{Han}{2,4}){1,6}$")),
    ("archive", re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*[（(]\s*\d{1,4}\s*[)）]$")),
    ("pinned", re.compile(r"^置顶$")),
    # (`分享到：微信　微博　QQ空间`, `分享至：QQ好友 新浪微博 豆瓣`)
    ("share", re.compile(r"^(?:分享至|分享到|分享)\s*[:：]?\s*(?:新浪微博|腾讯微博|微信好友|微信|微博|QQ空间|QQ好友|QQ|朋友圈|"
                         r"豆瓣|人人网|百度贴吧|贴吧|钉钉|Facebook|Twitter|LinkedIn|[\s、,，|｜])*$", re.I)),
    ("share", re.compile(r"^分享(?:给|让)\p{Han}{1,10}$")),
    # (the share label, then the QR prompt beside it: `分享到：　扫一扫在手机打开当前页`)
    ("share", re.compile(r"^(?:分享至|分享到|分享)\s*[:：]\s*(?:扫一扫|用微信扫描|微信扫一扫)\S{0,14}$")),
    # (`关闭×`: a close button with its cross)
    # (`列印此页　返回页首`: a Hong Kong or Taiwan site's words for them)
    ("print-close", re.compile(r"^[【\[]?\s*(?:" + _PRINT_CLOSE + r"|返回主站|返回首页)\s*[×✕]?\s*[】\]]?"
                               r"(?:\s*[|｜/]?\s*[【\[]?\s*(?:" + _PRINT_CLOSE + r"|收藏)\s*[】\]]?)*$")),
    ("site-links", re.compile(r"^(?:网站地图|联系我们|隐私声明|网站声明|关于我们|使用帮助|网站纠错)")),
    # a bar of links to other sites by kind (`政府网站 | 省直部门 | 市州政府 | 县（市、区）政府`, the footer's 链接 bar)
    ("site-links", re.compile(r"^(?:\S{2,10}?(?:网站|部门|政府|媒体|门户|单位)[ \t\u3000]*[|｜][ \t\u3000]*){2,}\S{2,12}$")),
    # the footer's row of links, after the site's year or © (`2024 | 重要告示 | 私隐政策 | 版权告示`): two or more
    ("site-links", re.compile(r"^(?:(?:©|\(c\)|版权所有)?\s*\d{4}\s*[|｜]\s*)?" + _FOOTER_LINK + r"(?:\s*[|｜]\s*" + _FOOTER_LINK + r")+$")),
    # the font-size control with the print and share buttons (`字级：小 中 大 | 列印 | 分享 | RSS`), a page's visit
    # counter (`浏览人次：1,284`)
    ("toggles", re.compile(r"^(?:字级|字号|字体)\s*[:：]\s*[小中大](?:\s*[小中大]){1,2}(?:\s*[|｜]?\s*(?:列印|打印|分享|RSS|收藏))*$")),
    # a news app's furniture around each article copied from a phone: its counters (`👍 点赞 386　💬 评论 27　↗ 分享`),
    # its call to install it (`下载客户端　看更多某某新闻`), the feed's end (`已经到底啦～`), its tab bar (`首页　数字报　＋
    # 服务　我的`), a ranked list's row with its readers (`1　某某创新高　阅读 4.6万`), the phone's status bar
    # (`08:47　5G　76%`) and the app's breadcrumb (`要闻 > 正文`)
    ("counter", re.compile(r"^(?:[^\p{Han}\d\s]{0,2}\s*(?:点赞|评论|分享|收藏|转发|在看|赞)\s*[\d.]{0,7}万?[ \t\u3000]*){2,5}$")),
    ("scan", re.compile(r"^(?:下载|打开)\S{0,8}?(?:客户端|APP|App|app)(?:[ \t\u3000]+\S{1,16})?$")),
    ("app", re.compile(r"^(?:已经|已)?(?:到底|到底部)(?:了|啦|咯)[~～!！。.…]*$|^没有更多(?:内容)?了[~～!！。]*$")),
    ("menu", re.compile(r"^首页(?:[ \t\u3000]+\S{1,4}){1,5}[ \t\u3000]+我的$")),  # (an app's tabs end with `我的`)
    ("related", re.compile(r"^\d{1,2}[ \t\u3000]+\S[^。]{2,40}?[ \t\u3000]+(?:阅读|浏览)\s*[\d.]{1,7}万?$")),
    ("app", re.compile(r"^\d{1,2}:\d{2}[ \t\u3000]+.{0,40}?\d{1,3}%$")),
    ("breadcrumb", re.compile(r"^\p{Han}{2,8}\s*[>＞»]\s*正文$")),
    ("advert", re.compile(r"^[【\[]\s*广告\s*[】\]]")),
    # a column's name in capitals under its Chinese one (`视频新闻` / `VIDEO NEWS`), a page's decoration
    ("latin-name", re.compile(r"^[A-Z]{2,}(?:[ \t][A-Z]{2,}){1,5}$")),
    ("counter", re.compile(r"^(?:浏览|访问|点击|阅读)(?:人次|次数|量|数)\s*[:：]\s*[\d,，]{1,12}\s*次?$")),
    # a site's visitor counter in its footer (`您是本站第 1,846,215 位访问者`, `本站访问量：123456人次`,
    # `今日访问：85　总访问：20398`)
    ("counter", re.compile(r"^(?:[您你]是(?:本站|本网站|本网)?第\s*[\d,，]{1,14}\s*(?:位|名)?\s*(?:访问者|访客|来访者)[!！。.]?"
                           r"|(?:本站|网站)?(?:总)?访问(?:量|人数|人次)\s*[:：]\s*[\d,，]{1,14}\s*(?:人次|次)?)$")),
    # the day the page was last revised, alone in its footer (`修订日期：2024年5月8日`)
    ("revised", re.compile(r"^(?:修订日期|最后修订日期|最后更新日期|网页更新日期)\s*[:：]\s*\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                           r"|[-/.]\d{1,2}[-/.]\d{1,2})$")),
    ("site-owner", re.compile(r"^(?:主办单位|承办单位|技术支持|主办|承办|维护单位)\s*[:：](?!.{0,60}(?:19|20)\d\d\s*年\s*\d{1,2}\s*月)"
                              r"(?!.{0,60}[（(](?:主办|协办|会办)[)）])")),  # (`承办单位：某局（主办）、某局（协办）`: a 提案's)
    # (not a paper's masthead line, its publisher beside the day it came out: `主办：某公司　　2011年1月7日　星期五`)
    # the site's number to call, alone on a footer line (`联系电话：0000-12345678（工作日 9:00-17:00）`)
    ("site-owner", re.compile(r"^(?:联系电话|咨询电话|服务热线|值班电话|联系方式)\s*[:：]\s*[\d(（][\d\-－ ()（）]{6,}"
                              r"(?:[(（][^()（）]{1,20}[)）])?$")),
    # the site's address with its other owners on one footer line (`地址：某路88号　技术支持：某中心`)
    ("site-owner", re.compile(r"^(?:地址|通讯地址|联系地址)\s*[:：].{2,40}?\s(?:技术支持|主办单位|承办单位|网站标识码|ICP)")),
    ("copyright", re.compile(r"(?:版权所有|Copyright|©|\(c\)\s*\d{4})", re.I)),
    # a paper's ban on reprints (`本版稿件未经书面授权，不得转载、摘编`)
    ("copyright", re.compile(r"未经(?:本报|本社|本网)?(?:书面)?(?:授权|许可|同意)\s*[，,]?\s*(?:不得|禁止|严禁|请勿)\s*"
                             r"(?:转载|摘编|复制)(?:[、或和及]\s*(?:转载|摘编|复制|改编|使用))*")),
    # a call for tips with the desk's address, a page's foot (`某某晚报·法治热线　欢迎提供新闻线索　投稿邮箱：…`)
    ("tips", re.compile(r"^[^。！？!?，,]{0,20}?(?:欢迎(?:提供|来电|来信|投稿|来稿|报料)|新闻线索|报料)[^。！？!?]{0,30}?"
                        r"(?:邮箱|热线|电话|微信|QQ|请寄|寄至)\s*[:：]?\s*[\w@.\-－]{5,}\s*$")),  # (or where to write:
    # `欢迎来信　读者来信请寄：某市某路66号某某晚报社会新闻部`)
    ("record-no", re.compile(r"(?:备案号|ICP\s*备|ICP\s*证|公网安备|网站标识码)", re.I)),
    ("prev-next", re.compile(r"^[«‹<]?\s*(?:上一篇|下一篇|上一条|下一条|上一期|下一期)\s*[:：]")),
    # a page's stamp of its last edit, under a wiki's or a CMS's copy (`最后编辑：某某　2021-06-21 10:14`)
    ("page-stamp", re.compile(r"^(?:最后编辑|最后修改|最后更新)(?:于|时间)?\s*[:：]")),
    # the notice an internal digest closes with (`本页面内容为内部资料，注意保存。如需引用，请与…联系。`)
    ("internal", re.compile(r"^\S{0,8}?内部资料[，,、\s]*(?:注意保存|妥善保管|请勿外传|不得外传|注意保密)")),
    # a related-links heading, alone or with its `|`-separated links (`【相关链接】 甲局 | 乙局`)
    ("related", re.compile(r"^[【\[]?\s*(?:相关链接|相关新闻|相关阅读|相关文章|推荐阅读|热点推荐|热门推荐|为你推荐|猜你喜欢|友情链接|相关文件|相关解读"
                           r"|相关政策|热点排行|点击排行|阅读排行|热门排行|热门文章|最新文章|专题专栏|热点专题|热点信息|热点新闻"
                           r"|热门信息|热门新闻|相关信息)\s*[】\]]?\s*[:：]?"
                           r"(?:\s*$|[^|｜]{0,40}[|｜])")),
    ("scan", re.compile(r"^(?:扫一扫|手机扫码|扫码)")),
    # a video's player in the copy of its page (`视频时长 01:32`, `00:00 / 01:32`, `视频加载中，请稍候…`)
    ("video", re.compile(r"^(?:视频时长[:：]?\s*\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}"
                         r"|视频(?:加载中|正在加载|载入中)\S{0,12})$")),
    # a post's video player as a copy of the screen keeps its words (`已关注` / `重播 分享 赞` / `观看更多` / `退出全屏`
    # / `视频加载失败，请刷新页面再试` / `视频详情`), each alone on its line
    ("video", re.compile(r"^(?:已关注|重播(?:\s+分享)?(?:\s+赞)?|观看更多|正在加载|退出全屏|视频详情|刷新"
                         r"|视频加载失败[，,]?请刷新页面再试[。.]?)$")),
    # a transcriber's note over a page typed from a scan (`录入说明：本文据《某报》…扫描件录入…`)
    ("export", re.compile(r"^(?:录入|整理|校对)说明\s*[:：]")),
    # an exporting tool's banner over a post it saved (`本文由「某某助手」导出　|　原文：https://…`)
    ("export", re.compile(r"^本文由.{1,20}?(?:导出|生成|保存|转存)")),
    # an app's topic tags under the article (`#图说某县#  #春茶#`) and its call to follow its other channels
    ("tags", re.compile(r"^(?:#[^#\s]{1,20}#[ \t\u3000]*){1,8}$")),
    # (or a post's topic tags each opened by # alone, as WeChat prints them over its text: `#工作动态汇编  #民生`)
    ("tags", re.compile(r"^#[^#\s]{2,20}(?:[ \t\u3000]+#[^#\s]{2,20}){0,7}$")),
    ("scan", re.compile(r"^关注\S{0,20}?(?:视频号|公众号|抖音号|快手号|客户端|微博|头条号)(?:[，,\s]\S{0,20})?$")),
    # a pointer to more elsewhere (`▶ 两市交往大事记详见某某日报客户端“开放”频道`, `▶ 扫描二维码，观看现场视频`,
    # `▶扫码关注“某某农业”公众号，…`, `▶相关评论见A02版《…》`)
    ("pointer", re.compile(r"^[▶►▷→]\s*(?:\S[^。！？]{0,40}?)?(?:详见|请见|详情(?:请)?见|敬请关注|扫描(?:下方|右下角|左下角)?二维码|扫码|请登录"
                           r"|见\s*第?\s*[A-Z]?\d{1,2}\s*版)")),  # (`→…请拨打本报新闻热线…，或扫描右下角二维码…`)
    # a call to scan a code for a video or more, marked or not (`▲扫码观看某某视频`, `扫描二维码了解详情`)
    ("pointer", re.compile(r"^[▲△▶►▷→]?\s*(?:扫码|扫描(?:下方|右下角|左下角|上方)?二维码)\s*(?:观看|收看|查看|阅读|关注|了解|下载|参与|收听)"
                           r"[^。！？]{0,30}$")),
    # a contents box's line, its pointer to the page after an arrow (`▶某某工作推进　　→2版`), or its top with
    # its label in the frame (`┌──── 导　读 ────┐`)
    ("pointer", re.compile(r"^[▶►▷]\s*\S[^。！？]{0,60}?[→⇒]\s*第?\s*[A-Z]?\d{1,2}\s*版$")),
    # a contents line of pointers each closed by its page (`导读 ▶某某体检全面展开 3版 ▶某某港集装箱`, its wrapped
    # rest `吞吐量增长12.6% 2版 ▶评论：某某 4版`)
    ("pointer", re.compile(r"^(?:[【\[]?导\s*读[】\]]?\s*[:：]?\s*)?[▶►▷][^。！？]{2,60}?\d{1,2}\s*版\s*[▶►▷][^。！？]{0,60}$"
                           r"|^[^。！？▶►▷]{0,40}?\d{1,2}\s*版\s*[▶►▷][^。！？]{2,60}?\d{1,2}\s*版$")),
    # a headline pointed to on another page it names last (`▲供暖季将至，暖气片怎么“体检”？ 详见A07版`)
    ("pointer", re.compile(r"^[▲△■□◆●▶►▷→]\s*\S[^。！!]{1,60}?\s(?:详见|请见|见)\s*第?\s*[A-Z]?\d{1,2}\s*版$")),
    # a headline pointed to on another page after `>>` (`■导读 某某催缴物业费 法院：不支持 >>A08`)
    ("pointer", re.compile(r"^\S[^。！？]{1,70}?(?:>>|》》|＞＞)\s*第?\s*[A-Z]?\d{1,2}\s*版?$")),
    # one headline pointed to, after the box's label or an arrow, its page a gap after it (`今日导读　▶ 某某赛道下月开放
    # A09`, `▶某某工程开工　3版`)
    ("pointer", re.compile(r"^(?:[【\[]?(?:今日|本期|本版)?导\s*读[】\]]?\s*[:：]?\s*[▶►▷]?|[▶►▷])\s*\S[^。！？]{1,60}?[ \t\u3000]+"
                           r"第?\s*(?:[A-Z]\d{1,2}\s*版?|\d{1,2}\s*版)$")),
    ("contents-box", re.compile(r"^[┌╔┏][─═━\s]*(?:本期)?(?:导\s*读|要\s*目|目\s*录)[─═━\s]*[┐╗┓]$")),
    # an app's promotion under the page (`某某日报客户端　扫一扫　看更多精彩`)
    ("scan", re.compile(r"^\S{2,12}(?:客户端|APP|App|app)[\s\u3000]*(?:扫一扫|扫码|下载)")),
    # a list's pager: `共1268条 每页10条 首页 上一页 1 2 3 … 下一页 尾页`
    ("pager", re.compile(r"^(?:共\s*\d+\s*(?:条|页|篇)|.{0,40}?上一页.{0,60}?下一页|首页\s*上一页)")),
    # a download link: `附件：某某措施.docx`, `附件1：名单.pdf`
    ("attachment", re.compile(r"^[【\[]?\s*附件\s*\d{0,2}\s*[:：]?.{0,80}?\.(?:docx?|pdf|xlsx?|wps|et|zip|rar|ofd)\s*[】\]]?$",
                              re.I)),
    # or the file's name alone under an empty `附件：` (`某县任前公示表（第三批）.pdf`)
    ("attachment", re.compile(r"^(?:\d{1,2}\s*[.．、]\s*)?[^。，,；;！？!?\s]{2,80}\.(?:docx?|pdf|xlsx?|wps|et|zip|rar|ofd)$", re.I)),
    # or several files' names run together on one line, their links' words joined (`某办法.pdf附件1 某表.docx附件2 某书.docx`)
    ("attachment", re.compile(r"^(?:(?:附件\s*\d{0,2}\s*[:：]?\s*)?[^。，,；;！？!?]{2,80}?\.(?:docx?|pdf|xlsx?|wps|et|zip|rar|ofd)\s*){2,6}$",
                              re.I)),
    # an account's disclaimer: its heading, or the words of one (`…其版权归原作者所有，请联系我们删除。`)
    ("disclaimer", re.compile(r"^[【\[]?\s*(?:免责声明|版权声明)\s*[】\]]?\s*(?:[:：]|$)")),
    ("disclaimer", re.compile(r"版权(?:和文责|及文责)?\s*(?:归|属于?)\s*原?作者")),
    ("browser-note", re.compile(r"(?:建议|推荐)(?:使用|采用)?.{0,24}?(?:分辨率|浏览器)")),
    # a reprint notice (`转载本网文章请注明出处`), a font-size toggle row (`+A -A`, `A+ A-`), a `更多` link,
    # the site's back-office link (`[后台管理]`)
    ("disclaimer", re.compile(r"转载.{0,12}?(?:请|须|需|应)?\s*注明(?:出处|来源)")),
    # (an app's own notice under its article: `某某融媒原创,未经授权禁止转载`)
    ("disclaimer", re.compile(r"^\S{0,16}原创\s*[,，、]?\s*未经(?:\S{0,4})?(?:授权|许可|同意)\s*(?:禁止|不得|严禁|请勿)\S{0,2}转载\S{0,6}$")),
    ("toggles", re.compile(r"^(?:(?:[+＋\-－]\s*A|A\s*[+＋\-－])\s*){2,3}$")),
    ("related", re.compile(r"^(?:更多|查看更多|更多>>|更多»|>>更多|更多\+)$")),
    # a link to another page, its arrows after its words (`个人简历>>`, `详细信息»`)
    ("related", re.compile(r"^\p{Han}{2,8}\s*(?:>>|»|＞＞)$")),
    ("site-links", re.compile(r"^[【\[]?\s*(?:后台管理|管理登录|管理员登录)\s*[】\]]?$")),
    # a breadcrumb without its 首页: three to six short names a `>` apart (`某某网 > 新闻中心 > 时政`)
    ("breadcrumb", re.compile(r"^[^>＞»。，,；;]{2,12}(?:\s*[>＞»]\s*[^>＞»。，,；;]{2,12}){2,5}$")),
    ("link-list", LINK_ROW),  # a list of links with their dates
]
def _page_fact(text: str, *keys: str) -> bool:
    """Does the line print one of these facts of an e-paper's page head between its buttons (`第07版：社区`:
    page; `2023年11月21日 星期二`: a day's date), as digest.masthead.line_facts reads them?"""
    from digest.masthead import line_facts

    facts = line_facts(text) if ("年" in text or "版" in text) else None
    return bool(facts) and any(k in facts and (k != "date" or len(facts[k]) == 10) for k in keys)


_FOOTER_NOTICES = [pat for reason, pat in _RULES if reason in ("copyright", "record-no", "tips")]
_FOOTER_WORDS = ("版权", "opyright", "OPYRIGHT", "©", "(c)", "(C)", "备", "ICP", "icp", "标识码", "未经", "线索", "报料", "欢迎")


def footer_notice(text: str) -> bool:
    """A copyright or record-number line (`某报社版权所有　未经书面授权不得转载`, `某ICP备12345678号`): the
    footer of any page, web or printed, however few other chrome lines it has; never a line with a
    sentence's marks outside the notice (an article's `…核查ICP备案信息。`)."""
    t = text.strip()
    if len(t) > _MAX_CHROME_LINE or not any(w in t for w in _FOOTER_WORDS):
        return False
    for p in _FOOTER_NOTICES:
        if (m := p.search(t)) is not None and not _SENTENCE.search(t[:m.start()] + t[m.end():]):
            return True  # (the notice's own marks aside: `本版稿件未经书面授权，不得转载、摘编　某报社出版`)
    return False



# an item's date stamp, printed alone under its title with no label: `2019-07-10`, `2023-07-10 09:30:00`,
# or after the name of the paper or site the item comes from: `青禾日报 2021-01-07 00:45` (a font
# toggle may follow: `大字`); numbers only (a `2022年11月16日` line is a newspaper's masthead as often)
_STAMP = re.compile(r"^(?:[\p{Han}A-Za-z]{2,20}\s+)?(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})"
                    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:大字|小字|大\s*中\s*小|字号|字號|字体|字體))?$")
# a line that goes on an item's meta line right under it: its source alone (`来源:青禾县应急局`, `來源:`),
# who typed it in (`录入者:甲`, `发布人:管理员`) or a font-size toggle (`字號`, `字体：大 中 小`)
_META_MORE = re.compile(r"^[【\[]?\s*(?:(?:信息)?[来來]源|录入者?|发布者|发布人)\s*[:：]\s*[^。，,；;！!？?\s]{0,30}\s*[】\]]?$"
                        r"|^(?:字号|字號|字体|字體)\s*[:：]?\s*(?:大\s*中\s*小)?$")
_SENTENCE = re.compile(r"[。，,；;！!？?]")
_SENTENCE_END = re.compile(r"[。！!？?]")
_FONT_LABEL = re.compile(r"^[【\[]?\s*(?:字号|字號|字体|字體)")
_MAX_TITLE = 64  # characters: a longer line over a date stamp is text, not an item's title
_MENU_ITEM = re.compile(r"^[\p{Han}A-Za-z]{2,8}(?:[（(]\p{Han}{1,3}[)）])?$")  # (`因公出国（境）`)
_MENU_SEP = re.compile(r"[|｜]")
_LEAST_TABS = 4  # channels' names a row of tabs holds
_CHANNELS = frozenset({"首页", "推荐", "要闻", "时政", "民生", "乡镇", "视频", "直播", "专题", "服务", "政务", "新闻", "本地",
                       "热点", "关注", "头条", "图片", "评论", "专栏", "问政", "文旅", "教育", "健康", "体育", "财经", "社会",
                       "经济", "文化", "党建", "公告", "通知", "动态", "便民", "社区", "县域", "国内", "国际", "娱乐"})
_PUBLISHED = re.compile(r"(?:发布|发表|更新)?(?:日期|时间)\s*(?:[:：]|(?<=[【\[]日期)[】\]])\s*" + _DATE)  # (`【日期】2024-10-15` too)
_LEADING_DATE = re.compile(_DATE)
# a day and its clock time, unlabelled inside an item's meta line (`来源：某报 作者：某某 2024-06-12 09:30`)
_DATE_AT_TIME = re.compile(_DATE + r"\s+\d{1,2}:\d{2}")
# (`阅读次数: 发布时间:2021-03-04`: a count the page left empty opens the line; `信息来源: 关键词:` and
# `浏览次数: 590 内容概述:`: the 信息公开 table's rows with their values left empty)
_META_LABEL = re.compile(r"(?:来源|作者|发布时间|发布日期|发表时间|时间|日期|浏览次数|浏览量|点击数|点击量|点击次数|阅读数"
                         r"|阅读量|阅读次数|访问次数|访问量|关键词|内容概述|字号|字体|责任编辑|编辑"
                         r"|时长|播放量|播放次数)\s*[:：]")  # (a video's: `时长：04:12　|　播放量：2.3万　|　发布时间：…`)
_EDITOR = re.compile(r"^(?:责任编辑|编辑)")
_SOURCE = re.compile(r"(?:信息)?来源\s*[:：]\s*(?P<v>[^】\]\s]{1,30})")
_PUNCT = re.compile(r"[。，,；;！!？?]")


# the bars a page frames its meta line with: `|| 2022-03-23 11:18:04 编辑: 某某 阅读次数:2236 |`
# (str.strip, not a pattern: `\s*[|｜]+$` tried at every offset of a long run of spaces is quadratic)
_BARS = "|｜│"  # (and a drawn box's sides: `│▶某某…→2版│`)


# the labels of the 信息公开 table a government site prints over a document or item (`索引号：…　文号：`,
# `发文日期：2022-05-16　发布机构：某街道办事处`, spaced out as `发 布 机 构`)
_DOC_LABELS = (r"(?:索引号|主题分类|组配分类|信息分类|体裁分类|服务对象分类|发文机构|发布机构|发文字号|文号|成文日期|发文日期"
               r"|生成日期|公开日期|有效性|公开方式|公开范围|公开时限|生效时间|生效日期|废止时间|废止日期|内容概述)")
_DOC_LABEL = re.compile(_DOC_LABELS)
_DOC_META = re.compile(r"^(?:索引号|" + _DOC_LABELS + r"[:：])")
# the table's title or name row (`标题：…`, `名 称 …`): only beside another row of the table
_DOC_TITLE = re.compile(r"^(?:标题|名称)[:：]?")


_LEAST_NOTICE_TITLE, _MAX_NOTICE_TITLE = 8, 48  # characters of a notice's title over its day line
_NOTICE_DAY = re.compile(r"^(?:公开日期|公开时间|公示时间|公示日期|公示期)\s*[:：]\s*" + _DATE + r"\s*[日曰]?"
                         r"(?:\s*[至到—\-～~]\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日曰]?)?$")


def _doc_meta(compact: str) -> bool:
    """A row of the 信息公开 table (its words without spaces): `索引号…`, a label and its colon
    (`主题分类：`), or a label opening the row with another after it (`发布机构某办发文日期2019-11-29`)."""
    return bool(_DOC_META.match(compact)) or (_DOC_LABEL.match(compact) is not None
                                               and len(_DOC_LABEL.findall(compact)) >= 2)


_FULL_WIDTH_DIGIT = re.compile(r"[０-９]")


_UP_ARROWS = "↑⇧⬆^"  # marks a link back up a page opens with (not ▲: a caption's)


def _bare(text: str) -> str:
    """The line without its frame of bars (`| … |`), its bold marks (`**…**`) and the arrow a link back up the page
    opens with (`↑返回目录`, `⬆ 返回顶部`)."""
    t = text.strip().strip(_BARS).strip()
    if "**" in t:
        t = t.replace("**", "").strip()  # (an HTML page's bold, as its reader writes it: `**相关文章**`, `**网友评论：** …`)
    return t[1:].strip() if t[:1] in _UP_ARROWS and has_words(t[1:]) else t


def chrome_reason(text: str) -> str | None:
    """Why one line reads as web-page chrome by its own words, or None. A Markdown link is read by its
    words (`[返回目录](#top) | [打印](javascript:…)`: `返回目录 | 打印`)."""
    t = _bare(text)
    if _FULL_WIDTH_DIGIT.search(t):  # (`发布日期：１１４年１月２日`: full-width digits read as ASCII ones)
        t = fold_ascii(t)
    if "](" in t and len(t) <= _MAX_CHROME_LINE * 4:  # (links' addresses are long; a longer line is no chrome's)
        t = _MD_LINK.sub(r"\g<t>", t)
    if not t or len(t) > _MAX_CHROME_LINE:
        return None
    if _NOTICE_DAY.match(t):
        return "notice-day"  # a notice's day alone (`公示时间：2024年7月8日至…`), no 信息公开 table's row: its meta
        # right under its title (`find_chrome`), else its text
    if _doc_meta("".join(t.split())):
        return "doc-meta"
    for reason, pat in _RULES:
        if pat.search(t):
            return reason
    labels = _META_LABEL.findall(t)  # `作者：甲 来源：某局 时间：2025-09-02 浏览：88`; never editors alone
    if len(labels) >= 2 and not all(_EDITOR.match(label) for label in labels):  # (`编辑：甲 责任编辑：乙`, a credit)
        return "item-meta"
    parts = [p.strip() for p in _MENU_SEP.split(t) if p.strip()]
    if len(parts) >= 3 and all(_MENU_ITEM.match(p) for p in parts):
        return "menu"
    tabs = t.split()  # an app's or a site's tabs a space apart (`首页  时政  民生  乡镇  视频  直播`): its channels'
    if (len(tabs) >= _LEAST_TABS and all(_MENU_ITEM.match(w) for w in tabs)  # names, of which several are known
            and sum(w in _CHANNELS for w in tabs) >= _LEAST_TABS - 1):  # (not a row of names; a site's menu of
        # longer names, `首页 政务公开 政务服务 …`, is its header's, read with the lines above it: `_drop_site_header`)
        return "menu"
    words = [w for w in _TOGGLE_SEP.split(t) if w]
    toggles = sum(w in _TOGGLES for w in words)
    if (toggles == len(words) and any(w != "A" for w in words)) or (toggles >= 3 and 2 * toggles > len(words)
                                 and all(_MENU_ITEM.match(w) for w in words)):  # `长者专区 无障碍阅读| 某某公众号| 登录 | 注册`
        return "toggles"
    return None


_MD_LINK = re.compile(r"\[(?P<t>[^\[\]]{0,40})\]\([^()\s]{0,200}(?:\([^()\s]{0,40}\))?[^()\s]{0,40}\)")  # `[词](url)`


# accessibility / display / language switches printed in a page's header (`无障碍浏览　长者模式　English`)
_TOGGLES = {"无障碍", "无障碍浏览", "无障碍阅读", "无障碍模式", "长者模式", "老年模式", "关怀版", "适老化", "适老版",
            "English", "ENGLISH", "EN", "繁體", "繁体", "简体", "繁體版", "简体版", "手机版", "移动版", "登录", "注册",
            "个人登录", "法人登录", "智能问答", "字号", "字体", "长者专区", "用户中心", "支持IPV6", "支持IPv6",
            "设为首页", "加入收藏", "本站支持IPv6", "本站支持IPV6", "文字大小", "字体大小", "A", "列印此页",
            "打印此页"}  # (字号/字体, 文字大小: the font-size control's label; A A A: its sizes)
_TOGGLE_SEP = re.compile(r"[\s|｜/]+")


_WELCOME = re.compile(r"^(?:欢迎(?:您)?(?:访问|来到|光临|登录))")
_SITE_SUFFIX = re.compile(r"(?:门户网站|官方网站|网站|官网|门户网)$")
_SITE_NAME = re.compile(r"^[\p{Han}A-Za-z]{2,20}$")


def site_name(text: str) -> str | None:
    """The site's name from a line at the top of the page (`欢迎访问某某县人民政府网站` -> 某某县人民政府)."""
    t = "".join(text.split())
    t = _SITE_SUFFIX.sub("", _WELCOME.sub("", t))
    return t if _SITE_NAME.match(t) else None


def chrome_like(text: str) -> str | None:
    """A chrome word in a line kept as text (`…全文完。分享至：微信`), for `digest check`; None when clean."""
    t = text.strip()
    if ends_full_stop(t):  # chrome run into a line leaves it without its full stop
        return None
    tail = t[-16:]
    return next((word for word in _CHROME_WORDS if word in tail), None)


_CHROME_WORDS = ("分享至", "分享到", "打印本页", "关闭窗口", "网站地图", "版权所有", "备案号", "ICP备", "【发布日期",
                 "发布日期：", "发布时间：", "字体：大", "【打印】", "【关闭】", "返回顶部")


@dataclass
class Chrome:
    """What `find_chrome` decided: block indexes taken as chrome (with the reason), the evidence, the
    page's publication date and source when printed."""

    lines: dict[int, str] = field(default_factory=dict)  # block index -> reason
    evidence: list[tuple[int, str]] = field(default_factory=list)  # (source line, reason) of every chrome line
    page_date: str | None = None  # the latest 发布日期 of the page's items, YYYY-MM-DD
    source: str | None = None  # 来源 of the first item meta line
    item_meta: set[int] = field(default_factory=set)  # block indexes of item meta lines (under a headline)
    item_dates: dict[int, str] = field(default_factory=dict)  # item meta line -> the date it prints

    @property
    def web(self) -> bool:
        return bool(self.lines)


_EMPTY_KEYWORDS = re.compile(r"^[【\[]?\s*关键词\s*[:：]?\s*[】\]]?$")
_EMPTY_ATTACHMENT = re.compile(r"^[【\[]?\s*(?:相关)?附件(?:下载|列表)?\s*[:：]?\s*[】\]]?$")  # (`附件下载：`)


_SHORT_YEAR_POST = re.compile(r"^(?P<y>\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+\d{1,2}:\d{2}\s+来自")  # (`23-10-31 21:14 来自 …`)


def _published(text: str) -> str | None:
    t = _bare(text)
    if _FULL_WIDTH_DIGIT.search(t):
        t = fold_ascii(t)
    m = _PUBLISHED.search(t) or _LEADING_DATE.match(t) or _STAMP.match(t) or _DATE_AT_TIME.search(t)
    if not m and (m := _SHORT_YEAR_POST.match(t)) is not None:
        y, mo, d = 2000 + int(m.group("y")), int(m.group("m")), int(m.group("d"))  # (a microblog's year of two)
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
    if not m:
        return None
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{_gregorian(y):04d}-{mo:02d}-{d:02d}"


# the 信息公开 table's dates of the document itself (not `生效时间` / `废止时间`: when it holds)
_DOC_DATE = re.compile(r"(?:发布|发文|成文|生成|公开|印发)\s*(?:日期|时间)\s*[:：]?\s*" + _DATE)


def _doc_date(text: str) -> str | None:
    """The date a row of the 信息公开 table gives the document (`发文日期: 2019-01-23 生效时间: …` ->
    2019-01-23), None for a row of none (`废止时间: 2020-01-23`)."""
    m = _DOC_DATE.search(text)
    if not m:
        return None
    y, mo, d = _gregorian(int(m.group("y"))), int(m.group("m")), int(m.group("d"))
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def date_stamp(text: str) -> str | None:
    """The date (YYYY-MM-DD) of a line that is an item's date stamp and nothing else (`_STAMP`:
    `2023/02/01`, `2019-07-10 09:30`, `青禾日报 2021-01-07 00:45`), else None (`2023/13/01` too)."""
    m = _STAMP.match(text.strip())
    if not m:
        return None
    y, mo, d = _gregorian(int(m.group("y"))), int(m.group("m")), int(m.group("d"))
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


_REPEATS = 2  # a line printed this many times on a web page, next to chrome, is page furniture
_MAX_REPEATED = 60  # characters: a longer repeated line is text


def _title_like(text: str) -> bool:
    """An item's title over its meta line: words, up to _MAX_TITLE characters, no sentence punctuation
    but a colon after a place (`青禾县：柯望川调研…`), no full stop at its end."""
    t = "".join(text.split())
    return 2 <= len(t) <= _MAX_TITLE and has_words(t) and not _SENTENCE.search(t) and not _STAMP.match(t)


_REPORTER_START = re.compile(r"^[□■◆●]?\s*(?:\p{Han}{0,10}?)" + REPORTER_LABEL)
_ARTICLE_GAP = 3  # lines from a headline down to its article's reporter line or dateline (a subtitle between)


def _over_an_article(blocks: list[Block], i: int) -> bool:
    """Is line i a headline, its article's reporter line or dateline within _ARTICLE_GAP lines under it
    (`某某街头花开` / `花好莫要折。` / `□记者 某某 文/图` / `本报讯 …`)? An e-paper prints each headline in
    its page's list of titles too: printed twice, it is still the article's headline."""
    for j in range(i + 1, min(len(blocks), i + 1 + _ARTICLE_GAP)):
        t = blocks[j].text.strip()
        if _REPORTER_START.match(t) or dateline(t) is not None:
            return True
    return False


_PATH_OR_LABEL = re.compile(r"[:：>＞»]")  # a line above a headline that is no headline: `5:综合 >…`
_MAX_META_ITEMS = 4  # lines of one item's meta block (a label's value on its own line not counted)
_MAX_META_VALUE = 30  # characters: a label's value on the line under it (a source's name, a date)


def _label_alone(text: str) -> bool:
    """A meta label that leaves its value to the next line (`发布时间:`, `信息来源：`; not `浏览次数：125`, nor
    the font size's `字号：`, whose buttons a saved page drops: the line under it is the article's own)."""
    m = _META_LABEL_LINE.match(text.strip())
    return m is not None and not m.group("n") and not _FONT_LABEL.match(text.strip())


def _label_value(text: str) -> bool:
    """A label's value on the line under it: short, no sentence punctuation (`2024-10-09 16:20`, `青禾融媒`)."""
    t = "".join(text.split())
    return 0 < len(t) <= _MAX_META_VALUE and not _SENTENCE.search(t)


def _meta_run(blocks: list[Block], i: int, reasons: dict[int, str]) -> list[int]:
    """The item meta lines from blocks[i] down: date stamps, `来源：…` / `字號` lines, lines of no words
    between them (`-`), meta lines found by their own words, and the value on the line under a label
    alone (`发布时间:` / `2024-10-09 16:20` / `信息来源:` / `青禾融媒`); at most four besides such values."""
    run: list[int] = []
    k, items = i, 0
    while k < len(blocks) and items < _MAX_META_ITEMS:
        t = blocks[k].text.strip()
        value = bool(run) and _label_alone(blocks[run[-1]].text) and _label_value(t)
        if not (k == i or value or reasons.get(k) == "item-meta" or _STAMP.match(t) or _META_MORE.match(t)
                or not has_words(t)):
            break
        run.append(k)
        items += not value
        k += 1
    while run and _rule_line(blocks[run[-1]].text):  # a rule line under the meta is not its own
        run.pop()
    return run


# a mail client's own lines around the message it shows (a digest sent as an e-mail, saved from the client):
# its folder path (`收件箱 > 某某`), its row of buttons (`返回　回复　回复全部　转发　删除`), the line over a
# forwarded message (`-----原始邮件-----`), its note on an attachment's preview and its footer (`上一封　下一封`)
_MAIL_CLIENT = re.compile(
    r"^(?:收件箱|已发送|草稿箱|已删除|垃圾邮件)\s*[>＞»]"
    r"|^(?:(?:返回|回复|回复全部|全部回复|转发|删除|彻底删除|举报|拒收|标记为|移动到|更多|打印)\s*▼?[ \t\u3000|｜]*){3,}$"
    r"|^[-—=\s]*(?:原始邮件|转发邮件|Original Message|Forwarded message)[-—=\s]*$"
    r"|^附件预览\s*[:：]|^[（(]?本预览由[^。]{0,30}[)）]?$|^邮件已保存|^.{0,30}上一封[ \t\u3000|｜]*下一封.{0,30}$", re.I)
_MAIL_LOOK = 30  # blocks from the top an e-mail's header is looked for in
_MAIL_NOTE = 6  # blocks of the sender's note under the header at most, before the rule over the message
_SALUTATION = re.compile(r"^[^。，,；;！？!?]{2,20}[:：]$")  # `各位信息员：`, `各县区政府办：`


def _mail_wrapper(blocks: list[Block]) -> dict[int, str]:
    """The lines of the e-mail a digest was sent in, as a mail client shows it: the header's fields (two
    or more in the first blocks, a sender's or a recipient's among them: `发件人：…` / `收件人：…` /
    `主　题：…`), the client's own lines (`_MAIL_CLIENT`), and the sender's note under a header (`各位信息员：`
    / `现将第37期政务信息发给你们，请查收。`) when a rule or the client's line parts it from the message."""
    fields = [i for i in range(min(len(blocks), _MAIL_LOOK)) if MAIL_FIELD.match(blocks[i].text)]
    if len(fields) < 2 or not any(re.match(r"\s*(?:发件人|收件人)", blocks[i].text) for i in fields):
        return {}
    found = dict.fromkeys(fields, "mail")
    found.update((i, "mail") for i, b in enumerate(blocks) if _MAIL_CLIENT.match(b.text.strip()))
    for f in fields:
        note = f + 1
        if f + 1 in found or note >= len(blocks) or not _SALUTATION.match(blocks[note].text.strip()):
            continue  # (a field under it, or the message itself: `> 某某政务信息`)
        for k in range(note + 1, min(len(blocks), note + _MAIL_NOTE + 1)):
            if _rule_line(blocks[k].text) or found.get(k) == "mail":
                found.update((j, "mail") for j in range(note, k))
                break
    return found


# a leader's profile on their page (`姓　　名：某某` / `职　　务：某县副县长` / `工作分工：负责…`): the page's
# box about them, over the list of their activities; no item
_PROFILE_FIELD = re.compile(r"^(?:\*\*)?(?:姓[ \t\u3000]*名|职[ \t\u3000]*务|工作分工|分[ \t\u3000]*工|出生年月|籍[ \t\u3000]*贯"
                            r"|民[ \t\u3000]*族|学[ \t\u3000]*历|性[ \t\u3000]*别)[ \t\u3000]*(?:\*\*)?[ \t\u3000]*[:：]")


def _profile_box(blocks: list[Block]) -> dict[int, str]:
    """The lines of a profile box: two or more profile fields (`_PROFILE_FIELD`) one under the other."""
    found: dict[int, str] = {}
    run: list[int] = []
    for i, b in enumerate([*blocks, None]):
        if b is not None and _PROFILE_FIELD.match(b.text.strip()):
            run.append(i)
            continue
        if len(run) >= 2:
            found.update(dict.fromkeys(run, "profile"))
        run = []
    return found


def _rule_line(text: str) -> bool:
    """A line of no words that is no date stamp either (`-`, `———`)."""
    return not has_words(text) and _STAMP.match(text.strip()) is None


def _texts_after(blocks: list[Block], k: int) -> bool:
    """Does text follow from blocks[k]: a sentence in one of the next two lines with words (a reporter
    line may stand between the meta line and the text)?"""
    seen, end = 0, k + 6  # a bounded look: a long run of rule lines is no item's text
    while k < min(len(blocks), end) and seen < 2:
        t = blocks[k].text
        if has_words(t):
            if _SENTENCE.search(t):
                return True
            seen += 1
        k += 1
    return False


def _stamped_items(blocks: list[Block], reasons: dict[int, str]) -> dict[int, str]:
    """Item meta lines that no word names: a date stamp (`_STAMP`) right under a title-like line (lines
    of no words between them are read past: `-`), with text after it (`柯望川调研…` / `2019-07-10` /
    `13日，…`); and the source or font-size lines under any item meta line (`日期:2022-10-21` /
    `来源:`). Block index -> "item-meta" for each."""
    found: dict[int, str] = {}
    for i, b in enumerate(blocks):
        if i in found or i in reasons or not _STAMP.match(b.text.strip()):
            continue
        j = i - 1
        while j >= 0 and i - j <= 3 and not has_words(blocks[j].text):
            j -= 1
        if j < 0 or j in reasons or j in found or not _title_like(blocks[j].text):
            continue
        run = _meta_run(blocks, i, reasons)
        if _texts_after(blocks, run[-1] + 1):
            found.update((k, "item-meta") for k in run if not _rule_line(blocks[k].text) and k not in reasons)
    for i in [i for i, r in reasons.items() if r == "item-meta"]:
        for k in _meta_run(blocks, i, reasons)[1:]:
            if k not in reasons and not _rule_line(blocks[k].text):
                found[k] = "item-meta"
    return found


_LEAST_SUMMARY = 20  # characters of a paragraph under a list row that make it the row's summary
# characters of a row's title over a summary: a headline's, no label's (`报名时间 2024-06-01`, `项目立项 2022.03.15`
# over a paragraph are a notice's or a story's own lines)
_LEAST_ROW_TITLE = 6


def _rows_over_summaries(blocks: list[Block], reasons: dict[int, str]) -> list[int]:
    """The rows of a list of links (`link-list`: a title and its date with its year, `某县召开某会议
    2023-06-29`; a title of _LEAST_ROW_TITLE characters or more) that each stand over a paragraph of
    their own (a sentence of _LEAST_SUMMARY characters or more, no chrome): a column page that prints
    each item's summary under its title and date. Two such rows or more, else none (one row of an
    article's related links over a paragraph is still chrome)."""
    rows = [i for i, r in reasons.items() if r == "link-list" and i + 1 < len(blocks) and i + 1 not in reasons
            and len("".join(blocks[i + 1].text.split())) >= _LEAST_SUMMARY and _SENTENCE.search(blocks[i + 1].text)
            and (m := LINK_ROW.match(blocks[i].text.strip())) is not None and m.group("y")
            and len("".join(m.group("t").split())) >= _LEAST_ROW_TITLE]
    if len(rows) < 2:
        return []
    # the rows of the same list that print no summary (`标题 2024-06-25` right over the next row): items of
    # that list as much, each a title and a date: every row of a run of rows and summaries that holds the
    # summarized ones (one pass over the blocks)
    summarized, kept, run, has_summary = set(rows), set(rows), [], False
    for j in range(len(blocks) + 1):
        if j < len(blocks) and reasons.get(j) == "link-list" \
                and (m := LINK_ROW.match(blocks[j].text.strip())) is not None and m.group("y") and has_words(m.group("t")):
            run.append(j)
            has_summary = has_summary or j in summarized
        elif j < len(blocks) and j - 1 in summarized and j not in reasons:
            continue  # (a summary under its row)
        else:
            if has_summary:
                kept.update(run)
            run, has_summary = [], False
    return sorted(kept)


_PAGE_TOP = {"breadcrumb", "today", "welcome"}  # chrome that opens a saved page
# a unit's name (`某市老区办`, `某县农业农村局`): an article's sign-off as often as a site's name, never a menu word
_UNIT_NAME = re.compile(r"(?:办公室|委员会|政府|中心|局|厅|委|办|站|所|处|科)$")
_MAX_PAGE_TOP = 2  # menu words above a later page's breadcrumb


def _menu_above(blocks: list[Block], keys: list[str], i: int, chrome: dict[int, str]) -> list[int]:
    """The menu words right above block i, a page-opening chrome line inside the file (`政务公开` /
    `政府动态` over `当前位置:首页>政府动态`): at most _MAX_PAGE_TOP lines of two to eight letters each,
    no unit's name (an article's sign-off, `某市老区办`); wordless lines (`201381`) are read past.
    None when more such lines stand there (they are not a page's top but a list) or the run reaches
    the file's start."""
    found: list[int] = []
    j = i - 1
    while j >= 0 and j not in chrome:
        if not has_words(blocks[j].text):
            j -= 1
            continue
        if not _MENU_ITEM.match(keys[j]) or _UNIT_NAME.search(keys[j]):
            break
        found.append(j)
        if len(found) > _MAX_PAGE_TOP:
            return []
        j -= 1
    return found if j >= 0 else []


_MASTHEAD_LEAD = 2  # days a masthead's date may run ahead of its items' 发布日期
# a date and its weekday alone: `2023年03月29日 星期三` (a newspaper's masthead line, or the day a page was saved)
_DAY_LINE = re.compile(r"^" + _DATE + r"\s*日?\s*[(（]?\s*(?:星期|周)[一二三四五六日天]\s*[)）]?$")


def _saved_day(blocks: list[Block], lines: dict[int, str]) -> dict[int, str]:
    """The day the page was saved, printed alone over its first item: a date and weekday line above the
    first item meta line that is more than _MASTHEAD_LEAD days later than every 发布日期 of the page's
    items (`2023年03月29日 星期三` over an item of `发布日期:2020-01-27`). A masthead's date is kept (the
    same day as its items, or a day or two after: an e-paper posts the evening before).
    Block index -> "today" for it."""
    metas = sorted(i for i, r in lines.items() if r == "item-meta")
    published = [d for i in metas if (d := _published(blocks[i].text))]
    if not published:
        return {}
    latest = _day(max(published))
    found: dict[int, str] = {}
    for i in range(metas[0]):
        m = _DAY_LINE.match(blocks[i].text.strip())
        day = _day(_published(blocks[i].text)) if i not in lines and m else None
        if day and latest and (day - latest).days > _MASTHEAD_LEAD:
            found[i] = "today"
    return found


def _day(iso: str | None) -> dt.date | None:
    """`2020-01-27` -> the date, None for a day that does not exist."""
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _wechat_two_lines(blocks: list[Block]) -> dict[int, str]:
    """A WeChat post's header printed on two lines near the top: `原创` and the account's names, then the
    day and time it went out (and the place: `2024年12月16日 18:30　某省`) on the next line with words."""
    top = blocks[:_WECHAT_HEAD_LINES]
    for i, b in enumerate(top):
        if _WECHAT_BY.match(_MD_LINK.sub(r"\g<t>", b.text.strip())):  # (`原创 某某融媒 [某某发布](javascript:void(0);)`)
            j = next((k for k in range(i + 1, len(top)) if has_words(top[k].text)), None)
            if j is not None and _WECHAT_DAY.match(top[j].text.strip()):
                return {i: "wechat-header", j: "wechat-header"}
    return {}


# a front page's box of what the other pages hold, which a PDF's text splices into the lead article
# (`今日导读` / `▶2版 某街道：“共享菜园”` / `种出邻里情` / `▶3版 …`): its label, then lines pointing to a page
_CONTENTS_LABEL = re.compile(r"^(?:今日|本期|本报)?(?:导读|要目)$|^本期(?:目录|看点)$")
# a digest's list of its items' titles without pages under `本期目录` (a post's copy: `· 某某会议召开`), each
# group under a bold label (`**🔸工作要闻**`)
_LIST_LABEL = re.compile(r"^本期(?:目录|要目|导读|看点)$")
_LISTED_TITLE = re.compile(r"^(?:[·•\-–—▪◦○●◎◆◇■□★☆▶►]|\d{2}[\s\u3000|｜丨]+)\s*\S.{3,40}$")  # (or its number: `01　某会议召开`)
_PAGE_POINTER = re.compile(r"^[▶►▷●■◆◇→◎○☆★□•·▲△]?\s*(?:第\s*)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2}|[A-D][0-9]{1,2})\s*版(?:\s|[:：]|$)")
_POINTER_REST = 12  # characters of a pointer's wrapped rest on the line under it (`种出邻里情`)
# a teaser's page alone on its line, under its title (and summary): `详见03版`, `（详见第5版）`, `见06-07版`, `2版`
_SEE_PAGE = re.compile(r"^[(（]?\s*(?:(?:详见|见|转|请看)\s*)?(?:第\s*)?(?:[0-9０-９]{1,2}|[A-D][0-9]{1,2}|[一二三四五六七八九十]{1,2})"
                       r"(?:\s*[-—~～、]\s*(?:[0-9０-９]{1,2}|[A-D][0-9]{1,2}))?\s*版\s*[)）]?$")


_APP_ITEM_META = re.compile(r"^[【\[]?\s*(?:来源|來源|作者|記者|记者|编辑|編輯)\s*[:：]")  # (not a related row's date)


def _under_a_post_time(blocks: list[Block], lines: dict[int, str], i: int) -> bool:
    """Is block i the first line under a 头条号 article's header (`2024-05-06 10:23·四川`, past its follow button):
    the article's title, however short, between chrome lines (the video player's under it)?"""
    k = i - 1
    while k >= 0 and i - k <= 2 and lines.get(k) == "app":
        k -= 1
    return k >= 0 and lines.get(k) == "item-meta" and _TOUTIAO_TIME.match(blocks[k].text.strip()) is not None


_TOUTIAO_TIME = re.compile(r"^" + _DATE + r"\s+\d{1,2}:\d{2}\s*[·•]\s*\p{Han}{2,8}$")
_RELEASE_UNIT = re.compile(r"^(?:发布单位|发稿单位)\s*[:：]")
_RELEASE_CONTACT = re.compile(r"^(?:联络人|联系人|新闻联络人|联络电话|联系电话|手机)\s*[:：].{1,80}$")
_COLLECTION = re.compile(r"^#?\s*[^#\s]{1,20}\s*\d{1,5}\s*个$")
_MOST_COLLECTIONS = 5
_POST_OPENING_MARK = re.compile(r"^[#【]")  # (a post's own text opens with its topic or its title, no account's name)
_POST_COUNT = re.compile(r"^\d{1,6}\s*篇原创内容$")
_ACCOUNT_ABOUT = 80  # characters of an account's description on its card


def _app_footers(blocks: list[Block], reasons: dict[int, str]) -> list[tuple[int, int]]:
    """The spans of an app's footer (its `打开APP阅读更多`, share buttons, 相关推荐 …): from the line after its
    first line (`app-end`) to the end of the page, or, where another article copied from the app follows (a
    title right over its `来源：… 作者：…` meta line), to that title, and again from the next footer's first
    line on. One pass over the footers' first lines and the meta lines, each looked at once."""
    first_prose = next((k for k, b in enumerate(blocks) if k not in reasons and len(b.text) >= _PROSE_LEAST
                        and len(_SENTENCE.findall(b.text)) >= 2 and _SENTENCE_END.search(b.text)), len(blocks))
    # (an app's banner over the article, `打开APP，阅读体验更佳` / `打开` at the page's top, opens no footer)
    ends = sorted(i for i, r in reasons.items() if r == "app-end" and i > first_prose)
    metas = sorted(i for i, r in reasons.items() if r == "item-meta" and _APP_ITEM_META.match(blocks[i].text.strip()))
    out: list[tuple[int, int]] = []
    e = m = 0  # the next footer's first line and the next meta line, by their place in `ends` and `metas`
    while e < len(ends):
        i = ends[e]
        while m < len(metas) and (metas[m] <= i + 2 or metas[m] - 1 in reasons or not _title_like(blocks[metas[m] - 1].text)):
            m += 1
        if m == len(metas):
            out.append((i + 1, len(blocks)))
            break
        title = metas[m] - 1
        out.append((i + 1, title))
        while e < len(ends) and ends[e] <= title:
            e += 1
    return out


def _prose_after(blocks: list[Block], i: int, reasons: dict[int, str]) -> bool:
    """Is a paragraph of prose (`_PROSE_LEAST` characters or more, two clause marks or more, a sentence's
    end among them) printed after block i, no chrome line? Under a post's `往期回顾` come links, the
    account's card and buttons (`…轻点两下取消在看，分享留言收藏`); under an e-paper's `往期回顾` button (a
    menu's, over the page's articles) their text."""
    return any(k not in reasons and len(b.text) >= _PROSE_LEAST and len(_SENTENCE.findall(b.text)) >= 2
               and _SENTENCE_END.search(b.text) is not None for k, b in enumerate(blocks[i + 1:], i + 1))


# a page's box of classified notices, its label alone (`遗失声明`, `声明启事`), then one notice a line, each closed by
# its voiding (`某某不慎遗失…，声明作废。`): paid notices, no article; the names in them are no people the page reports
_CLASSIFIED_LABEL = re.compile(r"^(?:遗失|遺失)?(?:声明|聲明)(?:启事|啟事)?$|^(?:遗失|遺失)(?:启事|啟事)$")
_VOIDED = re.compile(r"(?:声明|聲明)?作废[。.]?$|(?:声明|聲明)?作廢[。.]?$")


def _classified_notices(blocks: list[Block], reasons: dict[int, str]) -> dict[int, str]:
    """The lines of a box of classified notices (`_CLASSIFIED_LABEL` over lines each closed by `声明作废。`), two
    notices or more under the label; one pass over the blocks."""
    out: dict[int, str] = {}
    for i, b in enumerate(blocks):
        if i in reasons or not _CLASSIFIED_LABEL.match("".join(b.text.split())):
            continue
        k = i + 1
        while k < len(blocks) and k not in reasons and _VOIDED.search(blocks[k].text.strip()):
            k += 1
        if k - i > 2:
            out.update((j, "classified") for j in range(i, k))
    return out


def _contents_box(blocks: list[Block], reasons: dict[int, str]) -> dict[int, str]:
    """The lines of a `今日导读` box (`_CONTENTS_LABEL`) with two page pointers or more under it
    (`▶2版 …`, `_PAGE_POINTER`), each pointer's wrapped rest (a short line ending no sentence) with it."""
    out: dict[int, str] = {}
    for i, b in enumerate(blocks):
        label = SYMBOLS.sub("", "".join(b.text.split())).strip("【】[]")  # (`【本期导读】`)
        if i in reasons or not _CONTENTS_LABEL.match(label):
            continue
        listing = _LIST_LABEL.match(label) is not None  # (`本期目录` over `· 标题` lines and their columns' labels)
        k, pointers, after_pointer = i + 1, 0, False
        # (a box among an e-paper's articles, its label under the furniture closing the article above, points by
        # `详见03版` under each teaser; one atop the page is the masthead's: digest.masthead reads its teasers)
        amid = i > 0 and reasons.get(i - 1) is not None
        # (or atop a front page, its teasers each over `详见第2版`, as pdftotext gives an ear's box: `导 读` / `●某某条例草`
        # / `案提请二审` / `详见第2版` / …)
        amid = amid or any(_SEE_PAGE.match(blocks[j].text.strip()) for j in range(i + 2, min(i + 5, len(blocks))))
        while k < len(blocks) and k - i <= 3 * 16 and (k not in reasons or reasons[k] == "pointer"):
            t = blocks[k].text.strip()
            if reasons.get(k) == "pointer":
                pointers, after_pointer, k = pointers + 1, False, k + 1  # (`某镇：“积分超市”…　>>2版`: read already)
                continue
            if len(t) > 2 and t[0] == t[-1] and not t[0].isalnum():
                break  # (`◆ 工作动态 ◆`: a section's label framed by one mark on both sides, the body's, no listed title)
            if amid and _SEE_PAGE.match(t):
                pointers, after_pointer = pointers + 1, False  # (`详见03版` under a teaser's title and summary)
            elif (amid and not _PAGE_POINTER.match(t) and t and any(_SEE_PAGE.match(blocks[j].text.strip())
                                                           for j in range(k + 1, min(k + 3, len(blocks))) if j not in reasons)):
                pass  # a teaser's title or summary, its `详见…版` one or two lines under it
            elif _PAGE_POINTER.match(t) or (listing and (blocks[k].bullet or _LISTED_TITLE.match(t) or (
                    blocks[k].bold and len(SYMBOLS.sub("", "".join(t.split()))) <= _POINTER_REST
                    and k + 1 < len(blocks) and (blocks[k + 1].bullet or _LISTED_TITLE.match(blocks[k + 1].text.strip()))))):
                # (a group's label in bold over its listed titles; over the first item's own headline, the section's)
                pointers, after_pointer = pointers + 1, True
            elif (after_pointer and t and len("".join(t.split())) <= _POINTER_REST and not _SENTENCE.search(t)
                  and k + 1 < len(blocks) and (_PAGE_POINTER.match(nxt := blocks[k + 1].text.strip()) or (
                      listing and (blocks[k + 1].bullet or _LISTED_TITLE.match(nxt))))):
                after_pointer = False  # (one line of a pointer's rest, another pointer under it: the last
                # pointer's is no rest, a kicker over the lead article may follow the box; or a listed title's
                # rest, another listed under it: `◇某局召开2023年度窗口评优暨业务` / `培训会` / `◇…`)
            else:
                break
            k += 1
        if pointers >= 2:
            out.update((j, "contents-box") for j in range(i, k) if j not in reasons)
    return out


# (and a sidebar's lists beside the article: `热点排行` / `1　某某…`, `专题专栏` / …)
RELATED_HEADING = re.compile(r"^[【\[]?\s*(?:相关文件|相关解读|相关政策|相关链接|相关新闻|相关阅读|相关文章|热点排行|点击排行"
                              r"|阅读排行|热门排行|热门文章|最新文章|专题专栏|热点专题|推荐阅读|延伸阅读|为你推荐|猜你喜欢|热门推荐"
                              r"|热点推荐|热点信息|热点新闻|热门信息|热门新闻|相关信息)\s*[】\]]?\s*[:：]?\s*$")
_MAX_RELATED = 12  # titles listed under a related-links heading
_MAX_RELATED_TITLE = 60  # characters of one of them


def _related_titles(blocks: list[Block], reasons: dict[int, str]) -> dict[int, str]:
    """The titles listed under a related-links heading alone on its line (`相关文件：` / `某市关于印发…的通知`
    / `相关解读：` / `图解：一图读懂…`): each a short line ending no sentence, no heading, at most _MAX_RELATED
    of them, no blank line between them, when the page's chrome (or its end) closes the list or each row
    opens with a link's bullet (`· 某某…`); links of the page, no text of the article
    above. A list over another article's headline is left to the layout rules."""
    out: dict[int, str] = {}
    for i in [i for i, r in reasons.items() if r == "related" and RELATED_HEADING.match(blocks[i].text.strip())]:
        k, close = _link_rows(blocks, reasons, i)
        marked = k > i + 1 and all(blocks[j].raw.lstrip()[:1] in _LINK_BULLETS for j in range(i + 1, k))
        rows = list(range(i + 1, k))
        sidebar = close  # (the sidebar's next lists, each under a short heading of its own: `# 相关链接` / … /
        while (k > i + 1 and sidebar < len(blocks) and sidebar not in reasons and blocks[sidebar].level  # `# 热点关注`
               and len(blocks[sidebar].text.strip()) <= _SIDEBAR_LABEL  # / … / `# 图片新闻` / …, the page's
               and not _SENTENCE_END.search(blocks[sidebar].text)):  # chrome or its end closing the last)
            more, after = _link_rows(blocks, reasons, sidebar)
            if more == sidebar + 1:
                break
            rows += range(sidebar, more)
            sidebar = close = after
        dated = k > i + 1 and all(_BRACKET_DAY.search(blocks[j].text) for j in range(i + 1, k))
        if close == len(blocks) or close in reasons or marked or dated:  # (a list the page's chrome closes, or each of
            # its rows a link's bullet: `· 某某…`; over an article's headline otherwise, none)
            out.update((j, "related") for j in rows if j not in reasons)
    return out


_SIDEBAR_LABEL = 8  # characters of a sidebar list's heading after a related-links list (`热点关注`)
_BRACKET_DAY = re.compile(r"[\[【(（]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*[\]】)）]\s*$")  # (a sidebar's row dated `[01-10]`: its list is one)


_FRONT_KEY = re.compile(r"^(?:[A-Za-z_][\w-]{0,20}\s*:(?:\s.*)?|-\s+.{1,80}|\"[^\"]{0,80}\")$")
_MOST_FRONT = 30  # lines of a clipper's front matter


def _front_matter(blocks: list[Block]) -> dict[int, str]:
    """A clipper's YAML front matter atop a saved page (`---` / `title: "…"` / `source: "https://…"` / `tags:` / `---`):
    chrome, its lines `key: value`, a list's `- item` or a quoted value, between two `---` lines."""
    if not blocks or blocks[0].raw.strip() != "---":
        return {}
    end = next((k for k in range(1, min(len(blocks), _MOST_FRONT)) if blocks[k].raw.strip() == "---"), None)
    if end is None or not all(_FRONT_KEY.match(blocks[k].raw.strip()) for k in range(1, end) if blocks[k].raw.strip()):
        return {}
    return {k: "front-matter" for k in range(end + 1)}


# the heading of a page's readers' comments (`评论 12`, `全部评论（5）`, `精选留言`) and a comment's time (`3小时前`,
# `昨天`, `IP属地：湖南`)
_COMMENTS_HEAD = re.compile(r"^(?:(?:全部|最新|热门|精选|网友)?(?:评论|留言)[ \t\u3000]*[（(]?\d{0,5}[)）]?|按热度|按时间)$")
_COMMENT_TIME = re.compile(r"(?:^|\s)(?:\d{1,2}(?:分钟|小时|天)前|刚刚|昨天|前天|IP属地|(?:19|20)\d\d-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}"
                           r"|\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+来自(?!微博)\p{Han}{2,3}$)")  # (`10-31 21:40 来自山西`: a
# microblog's reader and their province, not a post's client: `10-16 18:02 来自微博网页版`)
_COMMENT_LOOK = 6  # lines under the heading a comment's time must stand in


def _comments(blocks: list[Block], reasons: dict[int, str]) -> dict[int, str]:
    """A page's readers' comments after its article (`评论 12` / `山里的茶妹` / `我表哥…` / `2小时前　♡ 18` / …): from
    their heading to the page's end, when a comment's time stands in the _COMMENT_LOOK lines under it: chrome."""
    post = "wechat-header" in reasons.values()  # (a WeChat post's `留言 4` heads its readers' comments alone:
    for i, b in enumerate(blocks):  # nickname · province / comment …)
        if _COMMENTS_HEAD.match("".join(b.text.split())):
            if post or any(_COMMENT_TIME.search(blocks[k].text) for k in range(i + 1, min(len(blocks), i + 1 + _COMMENT_LOOK))):
                # (to the page's end, or to the next article's title over its meta line: a page of two)
                end = next((k - 1 for k in range(i + 1, len(blocks)) if reasons.get(k) == "wechat-header" or (
                    reasons.get(k) == "item-meta" and _META_LABEL.search(blocks[k].text))), len(blocks))  # (labelled:
                # `来源：… 作者：…`; not a comment's `某某网友 2025-01-02 20:11`)
                return {k: "comments" for k in range(i, end) if k not in reasons}
    return {}


# a newsroom or an office that posted an item, alone on its line (`某县融媒体中心`, `某某日报`, `某市发布`)
_SOURCE_UNIT = re.compile(r"^\p{Han}{2,16}(?:融媒体中心|新闻中心|报社|电视台|广播电视台|日报|晚报|发布|融媒|人民政府|办公室)$")
_LINK_DAY = re.compile(r"^[\[(（【]?(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[\])）】]?$")


def _link_rows(blocks: list[Block], reasons: dict[int, str], i: int) -> tuple[int, int]:
    """The rows of links under a list's heading at i (short lines ending no sentence, no heading, at most
    _MAX_RELATED, no blank line between them): (the index after the last, the next line with words)."""
    k = i + 1
    while (k < len(blocks) and k - i <= 2 * _MAX_RELATED and reasons.get(k, "link-list") == "link-list"
           and (has_words(blocks[k].text) or (k > i + 1 and _LINK_DAY.match(blocks[k].text.strip())))
           and (k == i + 1 or blocks[k].line == blocks[k - 1].last_line + 1)
           and not blocks[k].level and len(blocks[k].text.strip()) <= _MAX_RELATED_TITLE
           and not _SENTENCE_END.search(blocks[k].text)):
        k += 1  # (a link's day on the line under it, `2024-03-12`, is the list's too)
    close = k
    while close < len(blocks) and close not in reasons and not has_words(blocks[close].text):
        close += 1  # (a rule line between the list and the footer)
    return k, close


_LINK_BULLETS = "·•●◆▪"


_FOOTER_KINDS = frozenset({"copyright", "record-no", "site-owner", "browser-note", "site-links"})
_FOOTER_GAP = 3  # lines between two of a site footer's lines read as the footer's
# a line of a footer's labelled facts (`地址：某市某路118号　　邮编：000000`, `诉讼服务热线：12368　　信访接待电话：…`)
_FOOTER_FACT = re.compile(r"^(?:[\p{Han}A-Za-z-]{0,8}(?:地址|邮编|邮政编码|电话|热线|传真|邮箱|E-?mail|QQ|微信号?)\s*[:：]\s*\S{1,60}\s*)+$",
                          re.I)


def _inside_the_footer(blocks: list[Block], reasons: dict[int, str]) -> dict[int, str]:
    """The lines of a site's footer between two of its own (`版权所有：…` / `地址：…　邮编：…` / `诉讼服务热线：…`
    / `网站标识码：…`): at most _FOOTER_GAP in a row, each a line of labelled facts (`_FOOTER_FACT`)."""
    out: dict[int, str] = {}
    footer = sorted(i for i, r in reasons.items() if r in _FOOTER_KINDS)
    for a, b in zip(footer, footer[1:], strict=False):
        gap = range(a + 1, b)
        if 0 < len(gap) <= _FOOTER_GAP and all(k not in reasons and len(blocks[k].text) <= _MAX_CHROME_LINE
                                               and _FOOTER_FACT.match(blocks[k].text.strip()) for k in gap):
            out.update((k, "footer") for k in gap)
    return out


_SIGNER = re.compile("^" + SIGNING_UNIT + "$")
# a notice's attachment listed between its text and its signature (`附件：1.某某名单.xls`, `2.某某表.xlsx`)
_ATTACHMENT_LINE = re.compile(r"(?:^附件\s*\d{0,2}\s*[:：]|\.(?:docx?|pdf|xlsx?|wps|et|zip|rar|ofd)$)", re.I)
_SIGNED_DAY_MOST = 16  # characters of a signature's day (`二〇二四年十二月三十一日`)


def signature_day(blocks: list[Block], i: int, listed: bool = False) -> bool:
    """Is blocks[i] the day a notice (a 公示, 公告, 通告) was signed: a full date alone (in digits or
    Chinese numerals) under the unit that signs it, the text above them (past the attachments listed
    before the signature) ending a sentence (`特此通告。` / `附件：…` / `某市某局` / `2024年7月15日`)? The
    page's chrome leaves such lines to the text (`find_chrome`), which they close (digest.newspaper).
    `listed`: past a numbered list of attachments too (`附件：1.某某汇总表` / `2.某某反映表`)."""
    t = "".join(blocks[i].text.split()) if i > 1 else ""
    if not t or len(t) > _SIGNED_DAY_MOST or not SIGNED_DAY.match(cn_digits(t)):
        return False
    if _SIGNER.match("".join(blocks[i - 1].text.split())) is None:
        return False
    k = i - 2
    while k > 0 and (_ATTACHMENT_LINE.search(blocks[k].text.strip()) or (listed and _listed_attachment(blocks, k))):
        k -= 1
    return ends_sentence(blocks[k].text.strip())


_LISTED_ITEM = re.compile(r"^\d{1,2}\s*[.．、]\s*\S")  # a list's item by its number (`2.某某异议反映表`)
_MOST_ATTACHMENTS = 8  # files an attachment list names


def _listed_attachment(blocks: list[Block], k: int) -> bool:
    """Is blocks[k] a later file of a numbered attachment list (`附件：1.某某汇总表` / `2.某某反映表`), an item of
    the list that opens on an `附件：1.` line a few lines up, each line between an item too?"""
    j = k
    while j > 0 and k - j < _MOST_ATTACHMENTS and _LISTED_ITEM.match(blocks[j].text.strip()):
        j -= 1
    return j < k and re.match(r"^附件\s*[:：]\s*1\s*[.．、]", blocks[j].text.strip()) is not None


_MATTER_DAY = re.compile(r"^(?:published|date|created|saved|clipped)\s*:\s*[\"']?(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})", re.I)
_EXCERPT = re.compile(r"^#{1,3}\s*(?:Excerpt|摘要)\s*$", re.I)  # a clipper's excerpt heading (MarkDownload: `> ## Excerpt`)
_EXCERPT_MOST = 8  # lines of a clipper's excerpt


def _clipped(blocks: list[Block], lines: dict[int, str]) -> tuple[dict[int, str], str | None]:
    """Under a clipper's front matter (`_front_matter`), the excerpt it quotes under the page's title (`> ## Excerpt`
    / `> 近日，…` / `---`): its lines, no text of the page; and the day the page was saved, its front matter's
    `published:`, else `date:` or `created:` (`created: 2019-04-10T09:12:47`), else None."""
    matter = sorted(k for k, r in lines.items() if r == "front-matter")
    if not matter:
        return {}, None
    days: dict[str, str] = {}
    for k in matter:
        if (m := _MATTER_DAY.match(blocks[k].raw.strip())) is not None:
            days.setdefault(blocks[k].raw.split(":")[0].strip().lower(), f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}")
    out: dict[int, str] = {}
    start = next((k for k in range(matter[-1] + 1, min(len(blocks), matter[-1] + 4))
                  if blocks[k].quote and _EXCERPT.match(blocks[k].raw.strip().lstrip(">").strip())), None)
    if start is not None:
        k = start
        while k < len(blocks) and k - start < _EXCERPT_MOST and (blocks[k].quote or blocks[k].raw.strip() == "---"):
            out[k] = "front-matter"
            k += 1
    return out, next((days[key] for key in ("published", "date", "created", "saved", "clipped") if key in days), None)


# a picture's (or a video's) place a copied page keeps where it stood (`[图片]`, `【资料图】`, `［视频］`)
PICTURE_LABEL = re.compile(r"^[【\[［〔]\s*(?:资料图|資料圖|图片|圖片|图|圖|组图|視頻|视频)\s*[】\]］〕]$")
_WEAK_REASONS = frozenset({"edge", "between", "repeated", "menu"})  # chrome by place or repetition, not by its words


def _titles_over_numbers(blocks: list[Block], lines: dict[int, str]) -> list[int]:
    """The heading lines right over a document's number (`# 某县人民政府` / `# 关于某某等同志职务任免的通知` /
    `某府任〔2024〕7号`, a 信息公开 page's notice), read as chrome only by their place (between the page's
    document table and the number) or because the issuer's name is printed again under the text: the
    document's title, two lines at most."""
    out: list[int] = []
    for d in (i for i, r in lines.items() if r == "doc-number"):
        k = d - 1
        while k >= 0 and d - k <= 2 and blocks[k].level and lines.get(k) in _WEAK_REASONS:
            out.append(k)
            k -= 1
    return out


def _signatures(blocks: list[Block], lines: dict[int, str]) -> list[int]:
    """The lines of a notice's signature the page's edge took (`signature_day`): the signer and the day (the
    signer read as repeated too when the title printed it: `某县人民政府` / `关于…的通知`)."""
    return [j for i, r in lines.items() if r in ("edge", "between") and lines.get(i - 1) in ("edge", "between", "repeated", None)
            and signature_day(blocks, i) for j in (i - 1, i)]


def find_chrome(blocks: list[Block]) -> Chrome:
    """Decide which blocks are web-page chrome, from evidence over the whole document (module doc)."""
    reasons = {i: r for i, b in enumerate(blocks) if (r := chrome_reason(b.text)) is not None}
    for i in [i for i, r in reasons.items() if r == "notice-day"]:  # under a title (a short line, no sentence)
        above = blocks[i - 1].text.strip() if i > 0 else ""
        if (_LEAST_NOTICE_TITLE <= len(above) <= _MAX_NOTICE_TITLE and not _SENTENCE.search(above) and i - 1 not in reasons
                and not re.search(r"\S[ \t\u3000]{2,}\S", above)):  # (not a table's last row: `合计  2人`)
            reasons[i] = "item-meta"
        else:
            del reasons[i]
    reasons.update(_stamped_items(blocks, reasons))
    reasons.update(_mail_wrapper(blocks))
    reasons.update(_profile_box(blocks))
    reasons.update(_wechat_two_lines(blocks))
    reasons.update(_related_titles(blocks, reasons))
    worded = [i for i, b in enumerate(blocks) if has_words(b.text)]
    for i in worded[:-1]:  # the page's keywords label left empty above its items (`关键词:`; closing an
        if i not in reasons and _EMPTY_KEYWORDS.match(blocks[i].text.strip()):  # article it is its tail)
            reasons[i] = "keywords"
    for i, b in enumerate(blocks):  # the 信息公开 table's title row, beside another of its rows
        if i not in reasons and _DOC_TITLE.match("".join(b.text.split())) and "doc-meta" in (
                reasons.get(i - 1), reasons.get(i + 1)):
            reasons[i] = "doc-meta"
    if not any(r == "wechat-header" for r in reasons.values()) and sum(r == "wechat" for r in reasons.values()) >= 2:
        # a post of no 原创 in a page WeChat's lines mark (`点击蓝字关注我们`, `预览时标签不可点`): the account's
        # name, day and time right under its title, a heading near the top (`# 标题` / `某乡党委 2024年06月28日 19:02 四川`)
        i = next((k for k in range(1, min(len(blocks), _WECHAT_HEAD_LINES)) if blocks[k - 1].level
                  and reasons.get(k) in (None, "link-list")  # (`某县新闻中心 2018-09-17` reads as a list's row too)
                  and _WECHAT_REPRINT.match(blocks[k].text.strip())), None)
        if i is not None:
            reasons[i] = "wechat-header"
    if any(r == "wechat-header" for r in reasons.values()):
        for i, b in enumerate(blocks):  # (a post's title over it, a rule or the post before's END over that:
            # never `开幕时间 2024年9月22日 09:00` inside a post)
            if (i not in reasons and _WECHAT_REPRINT.match(b.text.strip()) and i >= 2
                    and (not has_words(blocks[i - 2].text) or reasons.get(i - 2) in ("end-mark", "wechat"))):
                reasons[i] = "wechat-header"
    for i in [i for i, r in reasons.items() if r == "wechat" and _MORE_POSTS.match(blocks[i].text.strip())]:
        k = i + 1  # the links a post lists under `往期回顾` (`▶ 某镇召开…`): chrome, however many
        while k < len(blocks) and k not in reasons and _LINKED_TITLE.match(blocks[k].text.strip()):
            reasons[k] = "wechat"
            k += 1
        if k == i + 1:  # unmarked, a few short lines that end no sentence (`某镇召开防汛工作部署会`), with
            # no sentence in the lines after them (not an e-paper's `往期回顾` button over a headline and its text)
            while k < len(blocks) and k - i <= _MAX_UNMARKED_LINKS and k not in reasons \
                    and _UNMARKED_LINK.match(blocks[k].text.strip()):
                k += 1
            if k > i + 1 and not any(_SENTENCE.search(b.text) for b in blocks[k:k + _PROSE_LOOK]):
                reasons.update((j, "wechat") for j in range(i + 1, k))
    for i in [i for i, r in reasons.items() if r == "wechat" and blocks[i].text.strip().startswith("微信号")]:
        t = "".join(blocks[i - 1].text.split()).strip("*") if i > 0 else ""
        if i > 0 and i - 1 not in reasons and 2 <= len(t) <= _ACCOUNT_NAME and not _PUNCT.search(t):
            reasons[i - 1] = "wechat"  # the account's card: its name over `微信号：…` (`**某某微家园**`)
    for i in [i for i, r in reasons.items() if r == "item-meta" and _RELEASE_UNIT.match(blocks[i].text.strip())]:
        k = i + 1  # a press release's contact under its 发布单位 (`联络人：某处某科 科长 某某　联络电话：…`, `手机：…`),
        while k < len(blocks) and k - i <= 3 and k not in reasons and _RELEASE_CONTACT.match(blocks[k].text.strip()):
            reasons[k] = "item-meta"  # as a Taiwan county's 新闻稿 prints its header over its title
            k += 1
    for i in [i for i, r in reasons.items() if r == "wechat" and blocks[i].text.strip().startswith("收录于")]:
        k = i + 1  # the collections listed under `收录于合集`, each with its count of posts (`#领导活动 47个`)
        while k < len(blocks) and k - i <= _MOST_COLLECTIONS and k not in reasons and _COLLECTION.match(blocks[k].text.strip()):
            reasons[k] = "wechat"
            k += 1
    for i in [i for i, r in reasons.items() if r == "wechat" and i >= 1 and _POST_COUNT.match(blocks[i].text.strip())]:
        if i - 1 not in reasons and len(blocks[i - 1].text.strip()) <= _ACCOUNT_ABOUT:  # the account's card: what it
            reasons[i - 1] = "wechat"  # says it is over its count of posts (`某县…官方账号，权威发布…` / `2361篇原创内容`)
    for i in [i for i, r in reasons.items() if r == "item-meta" and i >= 2]:  # the unit that posted it on the line over
        t = "".join(blocks[i - 1].text.split())  # its day (`某县融媒体中心` / `2024-03-28 17:06　浏览 2.1万`), under
        if (i - 1 not in reasons and _SOURCE_UNIT.match(t) and has_words(blocks[i - 2].text)  # the title: the meta's
                and not _SENTENCE_END.search(blocks[i - 2].text)):
            reasons[i - 1] = "item-meta"
    reasons.update(_comments(blocks, reasons))
    reasons.update(_front_matter(blocks))
    reasons.update(_contents_box(blocks, reasons))
    reasons.update(_classified_notices(blocks, reasons))
    rows = set(_rows_over_summaries(blocks, reasons))  # a list page's items: title and date over a summary
    for i in rows:
        del reasons[i]
    # a post's END mark: every line after it is the account's footer; of posts copied one after another
    # (a month's 合集, two headers or more), after the last one alone
    headers = [i for i, r in reasons.items() if r == "wechat-header"]
    # (so is a post's `往期推荐` over its links to earlier posts, in a post: its header or three lines of
    # the account's words or more)
    post = bool(headers) or sum(1 for r in reasons.values() if r == "wechat") >= 3
    for i in [i for i, r in reasons.items() if r == "app" and blocks[i].text.strip() in ("图片", "视频")]:
        if i + 1 < len(blocks) and i + 1 not in reasons and _PICTURE_CAPTION.match(blocks[i + 1].text.strip()):
            reasons[i + 1] = "app"  # the picture's caption under its placeholder (`图片` / `▲会议现场`)
    for a, b in _app_footers(blocks, reasons):  # (an app's footer opens with the first of its lines: the rest
        for i in range(a, b):  # is its, up to the next article copied after it)
            reasons.setdefault(i, "footer")
    ends = sorted(i for i, r in reasons.items() if r == "end-mark" or (
        post and r == "wechat" and _PAST_POSTS.match("".join(blocks[i].text.split())) is not None
        and not _prose_after(blocks, i, reasons)))
    marks = [i for i in ends if reasons[i] == "end-mark"]  # (the END mark before `往期推荐` starts the footer)
    ends = marks or ends
    end = (ends[-1] if len(headers) < 2 or ends[-1] > max(headers) else None) if ends else None
    if end is not None:
        for i in range(end + 1, len(blocks)):
            reasons.setdefault(i, "footer")
    reasons.update(_inside_the_footer(blocks, reasons))
    for i in [i for i, r in reasons.items() if r == "attachment"]:  # `附件：` over the files it lists
        if i > 0 and i - 1 not in reasons and _EMPTY_ATTACHMENT.match(blocks[i - 1].text.strip()):
            reasons[i - 1] = "attachment"
    out = Chrome()
    if len(reasons) + len(rows) < MIN_EVIDENCE and not any(r in _STRONG for r in reasons.values()):
        return out  # (a list page's rows are its evidence, though no chrome)
    out.lines = dict(reasons)
    # short unpunctuated lines between chrome lines at the top and bottom edges of the page
    for order in (range(len(blocks)), range(len(blocks) - 1, -1, -1)):
        pending: list[int] = []
        for i in order:
            if i in rows:  # the items start here, at a row over its summary: a column name above it is
                if order.step > 0:  # the page's (`政务动态`), or a label or path line
                    for j in pending:
                        t = "".join(blocks[j].text.split())
                        if not _rule_line(blocks[j].text) and (_MENU_ITEM.match(t) or _PATH_OR_LABEL.search(t)):
                            out.lines[j] = "edge"
                break
            if reasons.get(i) in ("item-meta", "wechat-header") or (  # (a post's header: its title above it; a
                    reasons.get(i) == "doc-number" and pending and blocks[pending[-1]].level):  # document's number under its title)
                worded = [j for j in pending if not _rule_line(blocks[j].text)]  # `-` under a headline
                if worded and order.step > 0:  # a column name above the first item's headline (工作动态),
                    for j in worded[:-1]:  # or a label or path line (`您当前位置:首页 >> 新闻`); never
                        t = "".join(blocks[j].text.split())  # another line (a two-line headline's main line)
                        if _MENU_ITEM.match(t) or _PATH_OR_LABEL.search(t):
                            out.lines[j] = "edge"
                break  # the items start here: the line above an item's meta line is its headline
            if i in reasons:
                for j in pending:
                    if line_facts(blocks[j].text) is None:  # (a masthead's page label or date is no edge)
                        out.lines[j] = "edge"
                pending = []
                continue
            t = "".join(blocks[i].text.split())
            if ((len(t) <= _SHORT and not _PUNCT.search(t)) or _ENGLISH_NAME.match(blocks[i].text.strip())) \
                    and len(pending) < 2:
                pending.append(i)
                continue
            break
    # lines printed again and again (every saved page's site name, address and footer): chrome when
    # the document is a web page; never an item's meta line or the line right above one (a headline)
    keys = ["".join(b.text.split()) for b in blocks]
    seen = Counter(k for i, k in enumerate(keys) if k and reasons.get(i) != "contents-box")  # (a 要目's section
    # names, `【工作动态】`, print again over the body's sections: no page's furniture)
    meta = {i for i, r in reasons.items() if r in ("item-meta", "wechat-header")}

    def near_chrome(i: int) -> bool:  # by a line that reads as chrome by its own words (an item's meta
        return any(reasons.get(k, "item-meta") != "item-meta" for k in (i - 1, i + 1))  # line stands by text)

    # a short line printed again next to chrome each time it is seen somewhere (a subhead repeated
    # inside two items' texts is not)
    # (nor a credit in brackets closing each of several articles by one writer: `（县政协办公室 某某）`)
    furniture = {k for i, k in enumerate(keys) if k and seen[k] >= _REPEATS and near_chrome(i) and len(k) <= _MAX_REPEATED
                 and not BRACKETED_LINE.match(k)}  # (a short line in brackets: an article's credit)
    for i, k in enumerate(keys):
        if (k in furniture and i not in out.lines and i + 1 not in meta and not _over_an_article(blocks, i)
                and not _epaper_field(blocks, i)  # (a headline the page's list of its headlines prints again)
                and out.lines.get(i - 1) != "air-time"):  # (a TV item's title under its air time, listed in the 导读 too)
            out.lines[i] = "repeated"
    # then a repeated line each time next to one just found so (the site's name in English under its
    # Chinese name, `阔某县人民政府` / `KUO… COUNTY PEOPLE'S GOVERNMENT`, over the menu)
    again = Counter(k for i, k in enumerate(keys) if k and seen[k] >= _REPEATS and k not in furniture
                    and len(k) <= _MAX_REPEATED and not BRACKETED_LINE.match(k) and "：" not in k and ":" not in k
                    # (no labelled line: `编辑：某某　审核：…` under each of one account's posts names their people)
                    and any(out.lines.get(j) == "repeated" for j in (i - 1, i + 1)))
    for i, k in enumerate(keys):
        if (again[k] >= _REPEATS and again[k] == seen[k] and i not in out.lines and i + 1 not in meta
                and not _over_an_article(blocks, i) and not _epaper_field(blocks, i)):
            out.lines[i] = "repeated"
    # a microblog account's name over each of its posts' time lines (`某县发布` / `2024-05-06 10:23 来自 微博`):
    # the account, printed again over every post, no post's title
    over_meta = Counter(keys[i - 1] for i in meta if i > 0 and keys[i - 1] and MICROBLOG_TIME.match(blocks[i].text.strip()))
    for i, k in enumerate(keys):
        if i + 1 in meta and over_meta[k] >= _REPEATS and i not in out.lines and len(k) <= _MAX_REPEATED:
            out.lines[i] = "account"
        elif (i + 1 in meta and i not in out.lines and k and len(k) <= _ACCOUNT_NAME and not _PUNCT.search(k)
              and MICROBLOG_TIME.match(blocks[i + 1].text.strip()) and not _POST_OPENING_MARK.match(k)):
            out.lines[i] = "account"  # (one post's account over its time line: `某某住建` / `23-10-31 21:14 来自 微博网页版`)
    # a column menu: three or more very short lines in a row (新闻中心 / 要闻动态 / 政务动态 / …) next to chrome
    run_m: list[int] = []
    for i in range(len(blocks) + 1):
        k = keys[i] if i < len(blocks) else ""
        if k and _MENU_ITEM.match(k) and i + 1 not in meta:
            run_m.append(i)
            continue
        if len(run_m) >= 3 and (run_m[0] - 1 in out.lines or run_m[-1] + 1 in out.lines):
            for j in run_m:
                out.lines.setdefault(j, "menu")
        run_m = []
    # the top of a later saved page: up to two menu words right above the breadcrumb that opens it
    # (`政务公开` / `政府动态` / `当前位置:首页>政府动态`), a bare number among them passed over
    for i in [i for i, r in reasons.items() if r in _PAGE_TOP and i > 0]:
        for j in _menu_above(blocks, keys, i, out.lines):
            out.lines.setdefault(j, "page-top")
    # inside the page (several saved pages one after another): short unpunctuated lines with chrome on
    # both sides (a second page's site name between the first page's footer and its own menu); never
    # the line right above an item's meta line or a WeChat post's header (its headline)
    run: list[int] = []
    for i in range(len(blocks)):
        if i in out.lines:
            if (run and run[0] > 0 and run[0] - 1 in out.lines and out.lines.get(i) not in ("item-meta", "wechat-header")
                    and not _under_a_post_time(blocks, out.lines, run[0])
                    and not (PICTURE_LABEL.match(blocks[i].text.strip()) and i + 1 < len(blocks) and i + 1 not in out.lines)):
                # (never a photo's title over its picture's place and the caption under it: `春耕正当时` / `[图片]` / `3月12日，…`)
                paged = any(_page_fact(blocks[j].text, "page") for j in run)  # (an e-paper's `第07版：社区` and
                for j in run:  # its date stay facts; a site's date between its menus alone is the day it was saved)
                    if not (paged and _page_fact(blocks[j].text, "page", "date")):
                        out.lines[j] = "between"
            run = []
            continue
        t = "".join(blocks[i].text.split())
        if len(t) <= _SHORT and not _PUNCT.search(t) and len(run) < 2 and (not run or run[-1] == i - 1) \
                and not _epaper_field(blocks, i) and not _FRAMED_TITLE.match(t):
            run.append(i)
        else:
            run = [-1]  # a longer or punctuated line (or an article's field): no run until the next chrome line
    out.lines.update(_saved_day(blocks, out.lines))
    excerpt, clipped = _clipped(blocks, out.lines)
    out.lines.update(excerpt)
    last = next((i for i in range(len(blocks) - 1, -1, -1) if has_words(blocks[i].text)), None)
    if last is not None and last not in out.lines and _EMPTY_ATTACHMENT.match(blocks[last].text.strip()):
        out.lines[last] = "attachment"  # the page's last words, a download list's label left empty: `附件:`
    for i in _signatures(blocks, out.lines):  # a notice's signer and day under its text: its own lines, no page's
        out.lines.pop(i, None)
    for i in _titles_over_numbers(blocks, out.lines):  # a document's title in headings over its 文号: its headline
        out.lines.pop(i, None)
    for i in sorted(out.lines):
        out.evidence.append((blocks[i].line, out.lines[i]))
        if out.lines[i] == "item-meta":
            out.item_meta.add(i)
            date = _published(blocks[i].text)
            if date:
                out.item_dates[i] = date
            if date and (out.page_date is None or date > out.page_date):
                out.page_date = date
            if out.source is None and (m := _SOURCE.search(blocks[i].text)):
                out.source = m.group("v").strip("】]")
    headers = {i: m for i, r in out.lines.items() if r == "wechat-header"
               and (m := _WECHAT_HEADER.match(blocks[i].text.strip()) or _WECHAT_REPRINT.match(blocks[i].text.strip())
                    or _WECHAT_DAY.match(blocks[i].text.strip()))}
    for i, m in headers.items():  # a WeChat post's header prints the day it went out
        day = f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
        if len(headers) >= 2 and m.re is not _WECHAT_DAY:
            # posts copied one after another (a month's 合集): each header is its post's meta line, under its
            # title, and prints that post's day
            out.item_meta.add(i)
            out.item_dates[i] = day
            out.page_date = max(out.page_date or day, day)
        elif out.page_date is None:
            out.page_date = day
    if out.page_date is None and clipped is not None:  # a clipper's front matter: the day the page was saved
        out.page_date = clipped
    if out.page_date is None:  # no item prints its 发布日期: the 信息公开 table's date (`发文日期：2022-05-16`;
        out.page_date = max((d for i, r in out.lines.items() if r == "doc-meta" and (d := _doc_date(blocks[i].text))),
                            default=None)  # never the day it expires, `废止时间：2020-01-23`)
    return out
