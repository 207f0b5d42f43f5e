r"""Masthead and footer facts of a newspaper page (the no-目录 path, digest.newspaper).

`line_facts(text)` reads one line made only of masthead/footer facts (`2022年 11月 16日`, `第21期`,
`壬寅年十月廿三 总第243期`, `■ 主管主办:… ■ 编辑出版:…`, `■新闻热线:…`, `■印数:5000`, `组版:…`,
`第1192期 本期4版`, `2016年1月15日(星期五) 农历腊月初六`, `中共某县委主办`, `责编：甲 审核：乙`; a credit line of any number of `label：name`
pairs, `credit_facts`; a page label as a PDF or an e-paper prints it, `第A07版:乡镇·综合`, `当前版:03版`,
`第A05版:要闻 PDF版`, `A2:综合*新闻总第3307期 >2018-09-14编印`; an e-paper template's leaked metadata line
`2020-06-11 2 2 某某日报 content_9888.html 1 3 标题 /enpproperty-->`: the date and the paper) into a dict,
and gives None for a line that holds anything else. `digest.newspaper` decides which of those lines form the masthead and the footer.

Every pattern is anchored by a keyword or bounded: linear in the length of a line (a greedy `\p{Han}*`
before a keyword took 77 s on a 60,000-character line).
"""

from __future__ import annotations

from typing import Any

import regex as re

from digest.blocks import DECOR
from digest.fields import cn_digits, cn_number, digits_date
from digest.text import (
    PAGE_CREDIT_LABELS,
    PICTOGRAPH,
    fold_ascii,
    is_han,
    join_spaced_names,
    ocr_digits,
    roc_years,
)
from digest.text import credit_facts as text_credit_facts

_LUNAR = (r"(?:农历\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)\s*闰?(?:十一|十二|冬|腊|正|[一二三四五六七八九十])月"
          r"(?:初[一二三四五六七八九十]|二十|三十|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅)?")
_VAL = r"(?P<v>[^\s■|｜]+)"
# a page's name: 要闻, 综合新闻, 乡镇·综合 (parts joined by a middle dot, as a page names its two themes)
_PAGE_NAME = r"\p{Han}{2,8}(?:[·・]\p{Han}{2,8}){0,2}"
# the link to the page's PDF an e-paper prints beside its label (`第A05版:要闻 PDF版`): no fact, no text
_PDF_LINK = re.compile(r"(?<=版\S{0,16})\s+PDF版?\s*$", re.I)
# the buttons an e-paper prints after its page head (`… 第08版：晚霞 责任编辑：某某 上一版 下一版 PDF版`)
# (or a site's links after its facts: `… 某某新闻网 | 今日报纸 | 检索`)
_NAV_WORD = (r"(?:上一版|下一版|上一期|下一期|返回目录|返回首页|返回本版|版面导航|往期回顾|往期|本版PDF下载|PDF下载|下载PDF|PDF版?(?:下载)?"
             r"|\p{Han}{2,6}首页|首页|\p{Han}{2,6}网|今日报纸|检索|登录)")
_NAV_TAIL = re.compile(r"(?<=\S)(?:[\s|｜]*" + _NAV_WORD + r"){2,}[\s|｜]*$", re.I)
_PADDED_CREDIT = re.compile(r"(?P<l>(?:编辑|责编|版式|校对|美编|审核|终审|组版|排版)[:：][ \t\u3000]*)(?P<a>\p{Han})[ \u3000](?P<b>\p{Han})(?=[ \t\u3000]|$)")
_NAV_HINTS = ("上一", "下一", "返回", "导航", "往期", "PDF", "首页", "网 |", "检索")
# an e-paper's buttons before its page head's facts, `|` apart, the paper's name among them (`某某网首页 | 今日头版 | |
# 某某日报 | PDF下载　…`): each a button's word, the name, or nothing
_NAV_ITEM = r"(?:" + _NAV_WORD + r"|今日头版|本版|电子版|数字报|\p{Han}{1,10}(?:日报|晚报|周报|报)|)"
_NAV_HEAD = re.compile(r"^\s*+(?:" + _NAV_ITEM + r"\s*+[|｜]\s*+)++" + _NAV_ITEM + r"(?=\s{2,}|\s*+$)", re.I)  # (possessive:
# a run of spaces is read once)
_C = r"\s*[:：]\s*"
# (key, pattern); applied in order, each on what the earlier ones left. Group "v" is the value.
# (or a page's number and its name with no letter: `2023年5月9日 星期二 05 社会新闻`; read on a line that prints
# the date or the page's credits: `2　综合新闻　　责任编辑：某某`)
_BARE_PAGE = re.compile(r"(?:^|(?<=\s))(?:(?P<pl>[A-D])(?P<v>\d{2}|\d(?=\s*版))(?:\s*版)?(?:\s+(?P<name>" + _PAGE_NAME
                        + r"))?|(?P<v>\d{1,2})\s+(?P<name>" + _PAGE_NAME + r")|(?<=[\s\u3000]{2})(?P<v>0[1-9]|[1-9]\d?)(?=\s*$))(?=\s|$)")
# (or a page's number, alone at the end of the dated line after a wide gap: `2024年6月18日　星期二　　　03`,
# `2024年6月18日 星期二      某某报      3`)
# a page's credits (`责任编辑：某某　版式：某某`): a page head line (`2　综合新闻　　责任编辑：…`) prints its page bare
_PAGE_CREDIT = re.compile(r"(?:责任编辑|责编|版式|校对|美编|本版编辑)\s*[:：]")
# the sky a forecast names (`多云转雷阵雨`, `晴`, `小雨转阴`)
_SKY_WORD = r"(?:晴|阴|多云|小雨|中雨|大雨|暴雨|阵雨|雷阵雨|雷雨|小雪|中雪|大雪|暴雪|阵雪|雨夹雪|雾|霾|扬沙)"
_SKY = _SKY_WORD + r"(?:转" + _SKY_WORD + r")?"
_FACTS: list[tuple[str, re.Pattern[str]]] = [
    # a paper's call to subscribe in its footer (`欢迎订阅2019年《某某教育报》`)
    ("subscription", re.compile(r"(?P<v>欢迎订阅\s*(?:\d{4}\s*年度?)?\s*《[^》]{2,16}》)")),
    # `《 人民日报 》（ 2025年10月16日 01 版）`: where a web copy of an article was printed
    ("printed_in", re.compile(r"(?P<v>《\s*[^》]{2,12}?\s*》\s*[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                              r"\s*第?\s*\d{1,3}\s*版\s*[)）])")),
    # (a weekly's range of days read past: `2024年6月10日至6月16日`, the first its date)
    ("date", re.compile(r"(?P<v>(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日)"
                        r"(?:\s*[至到—~～]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?"
                        r"(?:\s*\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?)?"  # (a 快报's hour: `2024年7月13日17时`)
                        r"(?:\s*(?P<w>(?:星期|周)[一二三四五六日天])|\s*星期(?=\s|$))?(?:\s*(?:印发|出刊|出版|发行|編印|编印))?")),
    # (`星期` left blank; `2024年11月25日印发`: the day a 简报 was issued, in its footer; `2010年4月1日出刊`, a
    # bulletin's day of issue)
    # a year and a month alone on the line, bracketed or not: a monthly compilation's (`（2024年5月）`)
    ("date", re.compile(r"^\s*[(（]?\s*(?P<v>(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月)(?P<d>(?!))?(?P<w>(?!))?\s*[)）]?\s*$")),
    # (or at the end of the compiler's line after a wide gap: `某局指挥中心编　　　　2024年5月`)
    ("date", re.compile(r"(?<=[ \t\u3000]{2})(?P<v>(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月)(?P<d>(?!))?(?P<w>(?!))?\s*$")),
    # a day in figures and dots after the paper's name at a page's foot (`某某晚报 2024.3.21`), at the line's end
    ("date", re.compile(r"(?<=\p{Han}[ \t\u3000]{1,4})(?P<v>(?P<y>(?:19|20)\d{2})[.．/](?P<m>\d{1,2})[.．/](?P<d>\d{1,2}))"
                        r"(?P<w>(?!))?\s*$")),
    # an e-paper's page head: `A2:综合*新闻总第3307期 >2018-09-14编印` (the page, its name, the total
    # number and the day it was printed)
    ("date", re.compile(r">\s*(?P<v>(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2}))\s*编印(?P<w>(?!))?\s*$")),
    ("page", re.compile(r"^\s*(?P<pl>[A-Z]{1,2})?(?P<v>\d{1,2})\s*[:：]\s*(?P<name>[^\s:：>]{2,12}?)(?=\s*总\s*第\s*\d)")),
    # the weekday apart from the date, bracketed or after the lunar date: `2016年1月15日(星期五)`,
    # `2016年1月15日 农历腊月初六 星期五` (on a line with a date, or alone on its line under the day: `_WEEKDAY_ALONE`)
    ("weekday", re.compile(r"(?:^|(?<=[\s(（■|｜]))(?P<v>星期[一二三四五六日天]|周[一二三四五六日天])(?=[\s)）■|｜]|$)")),
    ("lunar_date", re.compile(f"(?P<v>{_LUNAR})")),
    # 2024年第21期; a monthly's `2014年11月 第11期` (its month read past)
    # (a gazette numbers its issues 号: `2024年第3号（总第41号）`)
    ("year", re.compile(r"(?P<v>\d{4})\s*年(?:\s*\d{1,2}\s*月)?(?=\s*(?:总\s*)?第\s*\d+\s*(?:期|号\s*$|号\s*[(（]))")),
    # a 纪要's or 通报's number alone under its name (`〔2024〕17号`): the year and the issue
    ("issue_no", re.compile(r"(?<=^\s*[〔\[［【(（]\d{4}[〕\]］】)）]\s*(?:第\s*)?)(?P<v>\d{1,4})(?=\s*号\s*$)")),
    ("year", re.compile(r"^\s*[〔\[［【(（](?P<v>\d{4})[〕\]］】)）]\s*(?:第\s*)?(?:\d{1,4}|■)\s*号\s*$")),
    ("total_no", re.compile(r"总\s*第\s*(?P<v>\d+)\s*(?:期|号(?=\s*[)）]?\s*$))")),
    ("issue_no", re.compile(r"(?<!总\s*)第\s*(?:(?:19|20)\d\d\s*[-－]\s*)?(?P<v>\d+)\s*(?:期|(?<=(?:^|年|■|\s)\s*第\s*\d+\s*)号(?=\s*$|\s*[(（]))")),
    # (its year before it: `第2021-002期`)
    # 第2版 要闻, 第2版：要闻, 第2版(要闻); a page lettered by its section and named in parts, as an
    # e-paper or a PDF prints it over the page: 第A07版:乡镇·综合 (`当前版面：第A10版：法治`)
    # (one run of spaces on each side of the colon: `\s*[:：]?\s*` splits a run of spaces in every way)
    ("page", re.compile(r"(?<!见\s{0,2})(?:当前版面?\s*[:：]\s*)?第\s*(?P<pl>[A-Z]{1,2})?\s*(?P<v>\d{1,3})\s*版(?:\s*+(?:[:：·•|｜]\s*)?(?P<name>" + _PAGE_NAME + r")(?=\s|$|■)"
                        r"|\s*[(（]\s*(?P<name>" + _PAGE_NAME + r")\s*[)）])?")),
    ("page", re.compile(r"当前版\s*[:：]\s*(?P<pl>[A-Z]{1,2})?(?P<v>\d{1,3})\s*版(?:[ \t\u3000]*[:：]?[ \t\u3000]*(?P<name>"
                        + _PAGE_NAME + r")(?=\s|$))?")),  # an e-paper's `当前版:03版`, its name after it (`当前版：01版 要闻`)
    ("page", re.compile(r"(?:^|(?<=\s))第\s*(?P<v>[一二三四五六七八九十]{1,3})\s*版(?:[ \t\u3000]+(?P<name>" + _PAGE_NAME
                        + r")(?=\s|$))?(?=\s|$)")),  # (an older paper's `第一版`, its name after it: `第一版 要闻`)
    # a page lettered by its section in a PDF's page head, after the day (`2024年6月12日 星期三 A06 社会新闻`):
    # read only on a line that prints the date (`_BARE_PAGE`)
    ("page", _BARE_PAGE),
    ("column", re.compile(r"^\s*(?:专栏|栏目)\s*[:：]\s*(?P<v>[^\s■|｜]{0,12})\s*$")),  # 专栏: / 专栏:读者来信
    # the type before the keyword is bounded (a greedy `\p{Han}*` backtracks over a long line: quadratic)
    ("license", re.compile(r"(?P<t>\p{Han}{0,24}(?:内部资料|准印证号?|登记证号?|刊号))\s*[:：]?\s*"
                           r"(?P<v>[\[【(（〔][^\]】)）〕]{1,20}[\]】)）〕]\s*\p{Han}{0,3}[A-Za-z]*\d+\s*号?)")),
    # (`内部资料　准印证号：…`: the kind of paper and its licence's label a space apart)
    ("license", re.compile(r"(?P<t>(?:内部资料[ \t\u3000]*)?\p{Han}{0,24}?(?:准印证号?|刊号|登记证号?))" + _C
                           + r"(?!CN\s*\d{2}\s*-\s*\d{4})" + _VAL)),  # (`国内统一刊号：CN 63-0028`: the serial number's)
    # (its number after the kind, no colon: `某县内部报刊准印证第012号`)
    ("license", re.compile(r"(?P<t>\p{Han}{0,24}?(?:准印证|登记证))(?P<v>第\s*\d{1,8}\s*号)")),
    # (a province's short name, 内 or 内资, 准字, the number: `浙内准字第G043号`, `某内资准字（2019）第017号`, no label)
    ("license", re.compile(r"^\s*(?P<v>\p{Han}{1,3}内资?准字\s*(?:[(（]\d{4}[)）])?\s*第\s*[A-Za-z]{0,2}\d{1,6}\s*号)\s*$")),
    ("approved_by", re.compile(r"(?P<v>[\p{Han}]{2,20}?)(?<!关于)\s*批准")),  # (not a title's `某某关于批准…`)
    # `某县融媒体中心 主办  2024年5月8日`: an organisation's name before 主办, a space between or none
    ("publisher", re.compile(r"(?:^|(?<=\s))(?P<v>[^\s由在与和及]{2,20}?(?:委员会|委|政府|管委会|办公室|局|中心|部|社|组|公司|集团|协会|学会))"
                             r"[ \t\u3000]?(?:主管)?主办(?=\s|$)")),  # (an enterprise's paper: `某某集团有限公司主办`)
    ("publisher", re.compile(r"(?:主管主办|主办单位|主办)" + _C + _VAL)),
    ("operator", re.compile(r"(?:承办单位|承办)" + _C + _VAL)),  # (`主办：某县委　　承办：某县融媒体中心`: who runs it)
    # a page the paper runs with another body (`本版由某区政协办公室与某日报社联合主办`)
    ("publisher", re.compile(r"^\s*本(?:版|栏目?|专版|刊)由(?P<v>[^\s:：。，,]{2,40}?)(?:联合)?(?:主办|协办|承办|合办)(?=\s|$)")),
    # the units that run a page together (`某市中级人民法院　某某法治报社　合办`)
    ("publisher", re.compile(r"^(?P<v>(?:[^\s:：。，,]{2,20}[ \t\u3000]+){1,3})(?:合办|联办)\s*$")),
    ("governing_body", re.compile(r"(?:主管单位|主管)(?!主办)" + _C + _VAL)),  # `主管：县委宣传部 主办：…`
    # `县委宣传部主管 县委报道组主办`: the body over the paper, named apart from its publisher
    ("governing_body", re.compile(r"(?:^|(?<=\s))(?P<v>[^\s由在与和及]{2,20}?(?:委员会|委|政府|管委会|办公室|局|厅|中心|部|社))主管(?=\s|$)")),
    # `中共某县委机关报`: whose organ the paper is
    ("organ_of", re.compile(r"(?:^|(?<=\s))(?P<v>[^\s由在]{2,20}?)机关报(?=\s|$)")),  # (its publisher, unless
    # the line names one: `中共某区委机关报　某区融媒体中心主办`)
    # `某县融媒体中心出版` (an organisation's name before 出版/编辑出版, as a masthead prints it)
    ("editor_org", re.compile(r"(?:^|(?<=\s))(?P<v>[^\s由在]{2,30}?(?:中心|社|部|室|委|局|厅|办|会|站))(?:编辑)?出版(?=\s|$)")),
    # an unlabelled `中共某县委主办` (an organisation's name before 主办; never `会议由…主办`)
    ("pages", re.compile(r"(?<!见\s*)(?:本期|今日)\s*(?P<v>\d{1,3}|[一二三四五六七八九十]{1,3})\s*版")),
    ("editor_org", re.compile(r"(?:编辑出版|出版单位|编印|出版)" + _C + _VAL)),
    # an unlabelled `某厅办公室编印` (a bulletin's compiler before 编印/编发, as its masthead prints it)
    ("editor_org", re.compile(r"(?:^|(?<=\s))(?P<v>[^\s由在]{2,30}?)(?:编印|编发)(?=\s|$)")),
    # … and a space or a wide gap apart from it, or 编印 letter-spaced (`中共某县委组织部办公室　编印`, `某办公室  编 印`)
    ("editor_org", re.compile(r"(?:^|(?<=\s))(?P<v>[^\s由在]{2,30}?(?:办公室|中心|局|委|办|部|室|站|社|馆|厅|院|会|组|处|科))"
                              r"[ \t\u3000]+编[ \t\u3000]{0,2}[印发](?=\s|$)")),
    # `某镇党政综合办公室整理`: who compiled a 汇编 (an office's name before 整理)
    ("editor_org", re.compile(r"(?:^|(?<=\s))(?P<v>[^\s由在]{2,30}?(?:办公室|中心|局|委|办|部|室|站|社|馆))整理(?=\s|$)")),
    # `某县人民政府办公室编`: 编 alone after an organisation's name
    # (a space before 编 too: `某县委党史研究室　编`, or a PDF's few: `某市某局  编          2024 年 1 月 12 日`)
    ("editor_org", re.compile(r"(?:^|(?<=\s))(?P<v>[^\s由在]{2,30}?(?:办公室|委员会|联合会|政府|中心|办|局|厅|委|部|室|处|组|主席团|妇联|总工会|团委|工会|科协|侨联|残联|文联))[ \t\u3000]{0,3}编(?=\s|$)")),
    # (`内部资料` and `注意保存` on lines of their own too, as a 信息专报's masthead prints them)
    ("distribution_note", re.compile(r"(?P<v>内部资料\s*(?:免费交流|注意保存|免费赠阅)|^\s*内部资料\s*$|注意保存|免费交流|免费赠阅"
                                     r"|内部交流|内部发行|^\s*此件(?:不公开|不予公开|可公开|公开发布)\s*$|^\s*(?:不予公开|依申请公开|主动公开)\s*$)")),
    # (its number set apart by single spaces, as a PDF's text spaces digits: `迎宾大道 68 号`)
    ("address", re.compile(r"(?:(?:本报|本社|本刊|报社)?地址|社址)" + _C + r"(?P<v>[^\s■|｜]+(?: \d{1,5} ?[号弄楼室]|\d{1,5} [号弄楼室])?)")),
    # (a space for the colon too, on a page head's credit line: `新闻热线　0871-63309125`)
    ("hotline", re.compile(r"(?:新闻|报料|投稿|发行|订阅|订报|广告|服务|社区|读者|维权|举报|\p{Han}{2}(?=热线))?热线(?:电话)?(?:" + _C + r"|[ \t\u3000]+)"
                           r"(?P<v>(?:[(（]\d{2,4}[)）][ \t]?)?\d[\d\-—－ ]*\d)(?:\s*[(（]\s*(?:24\s*小时|(?:每天|每日|工作日|周[一二三四五六日])?"
                           r"\s*\d{1,2}[:：]\d{2}\s*[—\-－~～至]\s*\d{1,2}[:：]\d{2})\s*[)）])?")),  # (（0379）6128800: the
    # area code in brackets; `96678（24小时）`, `96118（每天9:00—21:00）`: the hours it answers)
    # (the page's second line of them: `新闻热线：8826110　广告热线：8826199`, the other desk's number)
    ("hotline_2", re.compile(r"(?:新闻|报料|投稿|发行|订阅|订报|广告|服务|社区|读者|维权|举报)热线(?:电话)?(?:" + _C + r"|[ \t\u3000]+)"
                             r"(?P<v>(?:[(（]\d{2,4}[)）][ \t]?)?\d[\d\-—－ ]*\d)")),
    # (and a third desk's: `新闻热线：…　广告热线：…　发行热线：…`)
    ("hotline_3", re.compile(r"(?:新闻|报料|投稿|发行|订阅|订报|广告|服务|社区|读者|维权|举报)热线(?:电话)?(?:" + _C + r"|[ \t\u3000]+)"
                             r"(?P<v>(?:[(（]\d{2,4}[)）][ \t]?)?\d[\d\-—－ ]*\d)")),
    ("phone", re.compile(r"(?:(?:总编室|编辑部|办公室|发行部|广告部|本版)?(?:电话|联系电话|总机)|总编室|总编办|发行部|广告部)" + _C + r"(?P<v>(?:[(（]\d{2,4}[)）][ \t]?)?\d[\d\-—－ ]*\d)")),  # (0716)8462301, (03)355-2101
    # a paper's price and its advertising licence (`每份定价：0.80元`, `广告许可证：某工商广字第0128号`)
    ("price", re.compile(r"(?:每份)?(?:定价|零售价|售价)" + _C + r"(?P<v>(?:每[份月年期]|全年)?\s*\d+(?:\.\d+)?\s*元)")),
    # `国内统一连续出版物号：CN 36-0071`, `邮发代号：43-26`: a paper's serial number and its postal code
    ("serial_no", re.compile(r"(?:国内统一连续出版物号|国内统一刊号|统一刊号)\s*[:：]?\s*(?P<v>CN\s*\d{2}\s*-\s*\d{4}(?:\s*/\s*(?:[A-Z]{1,2}|[(（][A-Z]{1,2}[)）]))?)")),
    ("postal_code", re.compile(r"邮发代号\s*[:：]?\s*(?P<v>\d{1,2}\s*-\s*\d{1,4})")),
    # a front page's 导读 box: its label alone and its lines, each another page's headline and its page
    # (`【导读】` / `▶ 某某工作取得新进展 （3版）`)
    # the page's note on its pictures (`本版图片除署名外均由新华社提供`)
    ("picture_note", re.compile(r"^\s*(?P<v>本版(?:图片|照片)[^。！？!?]{0,12}由[^。！？!?]{1,20}提供)\s*$")),
    ("teaser_label", re.compile(r"^\s*[【\[]?(?P<v>(?:今[ \t\u3000]*日[ \t\u3000]*)?导[ \t\u3000]*读|本版导读|要[ \t\u3000]*目|今日要目)[】\]]?\s*$")),
    ("teaser", re.compile(r"^\s*[▶►▷●•·]?\s*(?P<v>[^\s（(。！？][^（(。！？]{3,40}?)\s*[（(]\s*(?:第\s*)?[A-Z]?\d{1,2}\s*版\s*[)）]\s*$")),
    # (or its page after a wide gap: `▶某某工作启动　　　　　　2版`, or a space, its page's digits alone: `某某启动 2版`)
    ("teaser", re.compile(r"^\s*[▶►▷●•·▲■□◆]?\s*(?:导读\s*)?(?P<v>[^\s（(。！？■□◆][^（(。！？]{3,40}?)(?:[ \t]{2,}|\u3000+|(?<=\p{Han})[ \t](?=\d{1,2}\s*版\s*$))"
                          r"(?:(?:详见|请见|参见|见)\s*(?:今日|今天|本报)?\s*)?(?:第\s*)?(?:[A-Z]?\d{1,2}|[①-⑳])\s*版\s*$")),
    # (a page printed as a circled number, `■某某活动启动　②版`)
    # (or a pointer under an article, its pages after 见: `▲大会闭幕详细报道见1版、2版`)
    ("teaser", re.compile(r"^\s*[▶►▷▲]\s*(?P<v>[^\s（(。！？，,][^（(。！？，,]{3,40}?)(?:详见|请见|参见|见)\s*(?:今日|今天|本报)?\s*(?:第\s*)?[A-Z]?\d{1,2}\s*版"
                          r"(?:\s*[、,，和及]\s*(?:第\s*)?[A-Z]?\d{1,2}\s*版)*\s*$")),
    # (or its page first, `▲2版 我县举办…`, two on a line as a scan may join them)
    ("teaser", re.compile(r"^\s*[▲▶►▷●]\s*(?:第\s*)?\d{1,2}\s*版[ \t\u3000]*(?P<v>[^\s▲▶►▷●。！？][^▲▶►▷●。！？]{2,40}?)"
                          r"(?:[ \t\u3000]*[▲▶►▷●]\s*(?:第\s*)?\d{1,2}\s*版[ \t\u3000]*[^▲▶►▷●。！？]{2,40}?)*\s*$")),
    # (or a pointer to the paper's app or a code to scan: `▶ 某某详见某某日报客户端“开放”频道`, `▶ 扫描二维码，观看…`)
    ("teaser", re.compile(r"^\s*[▶►▷]\s*(?P<v>(?:[^。！？\s][^。！？]{1,40}?(?:详见|请见|详情请?见)\S{0,30}?(?:客户端|频道|网站|公众号|APP|App)"
                          r"\S{0,12}|扫描(?:下方)?二维码[，,]?\S{2,24}))\s*$")),
    ("ad_license", re.compile(r"广告(?:经营)?许可证号?" + _C + _VAL)),
    ("print_run", re.compile(r"(?:本期|本报|每期)?印数" + _C + r"(?P<v>\d+)\s*份?")),  # (`本期印数：18000份`)
    # how often the paper comes out (`每周二、五出版`, `每月10日出版`, `周五刊`)
    ("frequency", re.compile(r"(?P<v>每(?:周|月|旬)[一二三四五六日、\d]{0,8}日?(?:出版|出刊)|周[一二三四五六日]刊)")),
    ("print_run", re.compile(r"[(（]\s*共印\s*(?P<v>\d+)\s*份\s*[)）]|共印\s*(?P<v>\d+)\s*份")),  # a 简报's `（共印40份）`
    ("contact", re.compile(r"联系人" + _C + _VAL)),
    ("recipients", re.compile(r"(?:发送对象|发送范围|赠阅对象|发行范围)" + _C + _VAL)),
    ("email", re.compile(r"(?:(?:本版|\p{Han}{1,3}版)?(?:投稿|电子|联系)?(?:邮箱|信箱)|E-?mail)" + _C + r"(?P<v>[\w.+\-]+@[\w.\-]+\w)", re.I)),
    ("email", re.compile(r"(?P<v>[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)")),
    # a page's note to its contributors (`来稿请注明真实姓名、通讯地址及联系电话`, `来稿一经采用即付稿酬`)
    ("contributors_note", re.compile(r"(?P<v>来稿(?:请|须|需|务必)?(?:注明|一经|请勿|勿)[^。！？!?]{2,40})[。！]?")),
    ("page_editor", re.compile(r"(?:本版编辑|本版责编|本版责任编辑|责任编辑|责编)" + _C + _VAL)),
    ("reviewer", re.compile(r"(?:审核|审稿|审签)" + _C + _VAL)),
    ("first_reviewer", re.compile(r"初审" + _C + _VAL)),
    ("second_reviewer", re.compile(r"复审" + _C + _VAL)),
    ("final_reviewer", re.compile(r"终审" + _C + _VAL)),
    # (not the 编辑 of 美术编辑, 责任编辑, 执行编辑: their own labels, read after it)
    ("duty_editor", re.compile(r"(?<![术任行])(?:值班编辑|值班主任|编辑)" + _C + _VAL)),
    ("layout_editor", re.compile(r"(?:组版|排版|版式|美编|美术编辑)" + _C + _VAL)),
    ("proofreader", re.compile(r"(?:本版)?校对" + _C + _VAL)),
    ("chief_editor", re.compile(r"(?<![副执])(?:总编辑|主[ \u3000]{0,2}编)" + _C + _VAL)),  # (`主　编：某某`: spaced out)
    ("fax", re.compile(r"传真" + _C + r"(?P<v>\d[\d\-—－ ]*\d)")),
    ("printer", re.compile(r"(?:本报|本刊)?(?:印刷单位|承印|印刷)" + _C + _VAL)),
    # or the printer before the word (`某某印刷厂印刷`, `某某印务有限公司承印`)
    ("printer", re.compile(r"(?P<v>\p{Han}{2,30}?(?:印刷厂|印务中心|印务(?:有限)?公司|印刷(?:有限)?公司|印刷中心|印业(?:有限)?公司))"
                           r"\s*(?:印刷|承印|印制)(?=\s|$)")),
    ("postcode", re.compile(r"(?:邮编|邮政编码)" + _C + r"(?P<v>\d{6})")),
    ("website", re.compile(r"网址" + _C + _VAL)),
    # (or the paper's site named before its address: `某某新闻网：www.example.com.cn`)
    ("website", re.compile(r"^\s*\p{Han}{2,12}网\s*[:：]\s*(?P<v>(?:https?://)?www\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+/?)\s*$")),
    # (or its address alone among the facts: `今日4版　　www.example.cn`)
    ("website", re.compile(r"(?<![\w.@/])(?P<v>(?:https?://)?www\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+/?)(?![\w.@])")),
    # the paper's lawyer (`本报法律顾问：某某律师事务所`)
    ("legal_adviser", re.compile(r"(?:本报|本刊|本社)?(?:常年)?法律顾问" + _C + _VAL)),
    # `今日天气：多云转小雨　24℃～31℃　南风2级`: a masthead's weather box
    ("weather", re.compile(r"^\s*(?:今日|今天)?天气(?:预报)?\s*(?:[:：]\s*|[ \t\u3000]+(?=\p{Han}{1,8}[ \t\u3000]*-?\d{1,2}\s*(?:℃|°C|[~～\-—至/])))"
                           r"(?P<v>.{1,60})$")),  # (or a space, then the sky and the heat: `今日天气 多云转阴 15℃～24℃`)
    # a forecast box's label alone, then a line a day (`天气预报` / `今天 多云转小雨 20℃～27℃`)
    ("weather", re.compile(r"^\s*(?P<v>(?:今日|今天)?天气预报)\s*$")),
    ("weather", re.compile(r"^\s*(?P<v>(?:今天|明天|后天|今日|明日|今夜|夜间)[ \t\u3000]*\p{Han}{1,10}[ \t\u3000]*"
                           r"-?\d{1,2}\s*(?:℃|°C)?\s*[~～\-—至/]\s*-?\d{1,2}\s*(?:℃|°C))\s*$")),
    # a weather box's label and its sky on a line of their own (`天气 多云转雷阵雨`, over `23℃～32℃ 南风2-3级`)
    ("weather", re.compile(r"^\s*(?P<v>(?:今日|今天)?天气(?:[ \t\u3000]+" + _SKY + r")?)\s*$")),
    # the weather box's lines alone under its label, as a PDF's text gives them (`今日天气` / `多云转小雨` / `19℃～28℃` /
    # `东风2～3级`): the sky, the heat, the wind, each a line
    ("weather", re.compile(r"^\s*(?P<v>" + _SKY + r")\s*$")),
    ("weather", re.compile(r"^\s*(?P<v>-?\d{1,2}\s*(?:℃|°C)?\s*[~～\-—至/]\s*-?\d{1,2}\s*(?:℃|°C))\s*$")),
    ("weather", re.compile(r"^\s*(?P<v>(?:[东南西北]{1,2}|偏[东南西北])风\s*\d{1,2}\s*(?:[~～\-—至到]\s*\d{1,2})?\s*级)\s*$")),
    # a forecast table's row (`17日　小雨　13～19℃　北风2-3级`, `18日　阴转多云　13～21℃　微风`) and its issuer's line
    # (`某县气象台4月15日16时发布`)
    ("weather", re.compile(r"^\s*(?P<v>(?:\d{1,2}日|今天|明天|后天|周[一二三四五六日])\s+" + _SKY + r"\s+-?\d{1,2}\s*(?:℃|°C)?\s*"
                           r"[~～\-—至/]\s*-?\d{1,2}\s*(?:℃|°C)(?:\s+(?:\p{Han}{1,3}风\s*\d{1,2}(?:\s*[~～\-—至到]\s*\d{1,2})?\s*级|微风))?)\s*$")),
    ("weather", re.compile(r"^\s*(?P<v>\p{Han}{2,12}气象台\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}\s*时发布)\s*$")),
    # `本期导读：某会议召开；某工作推进。`: the issue's contents in a sentence, under its masthead
    ("contents", re.compile(r"^\s*[>＞]?\s*[【\[]?(?:本期导读|本期要目|本期提要)[】\]]?\s*[:：]\s*(?P<v>.{4,300})$")),
    # the paper's name and its name in pinyin capitals, alone on the masthead's line (`某某大学报　MOUMOU DAXUE BAO`)
    ("name", re.compile(r"^\s*(?P<v>\p{Han}{2,12}(?:报|刊))\s+[A-Z]{2,}(?:\s+[A-Z]{2,}){0,5}\s*$")),
    # the pinyin capitals of a paper (…BAO) alone on their line under it (`ANLAN  JIAOTONG  BAO`; not a section's
    # running head, `FAZHI ZHOUKAN`), or its name letter-spaced on its own line
    ("name_pinyin", re.compile(r"^\s*(?P<v>[A-Z]{2,}(?:\s+[A-Z]{2,}){0,4}\s+(?:RI|WAN|SHI|ZHOU|KUAI|DAO)?BAO)\s*$")),
    ("name", re.compile(r"(?:^|(?<=\s\s))(?P<v>\p{Han}(?:[ \u3000]\p{Han}){1,10}[ \u3000](?:报|刊))\s*$")),
    # a front page's strip of what the other pages hold, its items on one line (`导读　▶2版　某某…　　▶3版　某某…`)
    ("teaser", re.compile(r"^\s*(?:导[ \u3000]*读\s+)?(?P<v>(?:[▶►▷]\s*\d{1,2}\s*版\s*[^\s▶►▷](?:[^▶►▷。！？]{1,40}?)\s*){1,4})$")),
    # a bulletin's own number in its masthead's corner (`编号：ZYWX-2024-09`): letters and digits, no word
    ("doc_no", re.compile(r"^\s*(?:编号|文档编号)\s*[:：]\s*(?P<v>[A-Za-z0-9][A-Za-z0-9\-—_〔〕\[\]（）()]{2,30})\s*$")),
]
# the words one of which each pattern of _FACTS needs (None: no one word), in its order: a pattern whose
# words are not on the line is not tried (a line of prose holds few of them; a match only ever
# replaces text by ■, so a word absent from the line before the first pattern stays absent)
_FACT_WORDS: list[tuple[str, ...] | None] = [
    ("欢迎订阅",), ("《",), ("年",), ("年",), ("年",), (".", "．", "/"), ("编印",), ("总",), ("星期", "周"), ("农历", "年"), ("期", "号"), ("号",), ("号",), ("期", "号"), ("期", "号"),
    ("版",), ("当前版",), ("版",), None, ("专栏", "栏目"), ("内部资料", "准印证", "登记证", "刊号"), ("准印证", "刊号", "登记证"),
    ("准印证", "登记证"), ("准字",), ("批准",), ("主办",), ("主办",), ("承办",), ("由",), ("合办", "联办"), ("主管",), ("主管",), ("机关报",), ("出版",), ("版",),
    ("出版", "编印"), ("编印", "编发"), ("编",), ("整理",), ("编",), ("内部", "注意保存", "免费交流", "免费赠阅", "公开"), ("地址", "社址"),
    ("热线",), ("热线",), ("热线",), ("电话", "总机", "总编室", "总编办", "发行部", "广告部"), ("价",), ("刊号", "出版物号"), ("邮发代号",), ("本版",), ("导", "要"), ("版",), ("版",), ("版",), ("版",), ("详见", "请见", "详情", "二维码"), ("广告",), ("印数",), ("出版", "出刊", "刊"), ("共印",), ("联系人",),
    ("发送对象", "发送范围", "赠阅对象", "发行范围"), ("@",), ("@",), ("来稿",), ("本版编辑", "责任编辑", "责编"),
    ("审核", "审稿", "审签"), ("初审",), ("复审",), ("终审",), ("编辑", "值班主任"), ("组版", "排版", "版式", "美编", "美术编辑"),
    ("校对",), ("总编辑", "主编", "主\u3000编", "主 编"), ("传真",), ("印刷", "承印"), ("印刷", "承印", "印制"), ("邮编", "邮政编码"), ("网址",), ("www",), ("www",), ("法律顾问",), ("天气",), ("天气预报",), ("℃", "°C"), ("天气",), None, ("℃", "°C"), ("风",), ("℃", "°C"), ("气象台",), ("本期",), ("报", "刊"),
    None, ("报", "刊"), ("版",),
    ("编号",),
]
if len(_FACT_WORDS) != len(_FACTS):  # (kept in step by hand: one entry a pattern)
    raise ImportError("masthead: _FACT_WORDS and _FACTS differ in length")
_WORDED_FACTS = [(key, pat, frozenset(words) if words is not None else None)
                 for (key, pat), words in zip(_FACTS, _FACT_WORDS, strict=True)]
_ALL_FACT_WORDS = sorted({w for words in _FACT_WORDS if words for w in words})
_INT_FACTS = {"year", "total_no", "issue_no", "print_run", "page", "pages"}
_SPACED_PAPER = re.compile(r"^\p{Han}(?:[ \u3000]\p{Han}){1,10}[ \u3000](?:报|刊)$")  # a paper's name letter-spaced
_SPACED_PAGE_NAME = re.compile(r"^\p{Han}(?: \p{Han}){1,5}$")  # a page's name set out letter by letter (`社 区`, `要 闻`)
_FRAMED_NOTE = re.compile(r"^[\s\u3000]*(?:内部资料|内部刊物|注意保存|免费交流|内部交流|内部发行)(?:[\s\u3000]*(?:内部资料|注意保存|免费交流|免费赠阅))*[\s\u3000]*$")
_PAGE_NUMBER_FIRST = re.compile(r"^\s*(?P<p>\d{1,2})[ \t\u3000]+(?P<n>\p{Han}{2,4}(?:[·•]\p{Han}{2,4})?)(?=[ \t\u3000]|$)")
# two to five Han characters each one space apart, a wide gap (or the line's edge) on either side: one word
_LETTER_SPACED_WORD = re.compile(r"(?:^|(?<=[ \u3000■]{2}))\p{Han}(?:[ \u3000]\p{Han}){1,4}(?=[ \u3000■]{2}|$)")
_SEP = re.compile(f"[\\s■|｜{DECOR}·•()（）]+")
_ADDRESS_LIKE = re.compile(r"^[\p{Han}A-Za-z0-9\-()（）]{3,40}(?:室|号|楼|层|座|号院|大厦|大楼)$")
_ORG_LIKE = re.compile(r"^\p{Han}[\p{Han}\d]{1,29}(?:办公室|委员会|管委会|政府|中心|局|厅|委|部|处|科|站|院|所|办)$")  # (`某县12345热线服务中心`)
_WIDE_GAP = re.compile(r"[ \t\u3000]{2,}")  # the gap between a masthead line's facts
_LABELLED = re.compile(r"^(\p{Han}{2,6})[:：]([^\s:：。,，;；]{1,30})$")
MASTHEAD_NAME = re.compile(r"^[\p{Han}A-Za-z]{2,12}$")
# (an edition in brackets after it: `某某日报（汉文版）`, `某某报（农村版）`)
PAPER_NAME = re.compile(r"^\p{Han}{1,10}(?:日报|晚报|周报|报|时报|快报|导报|周刊)(?:[（(]\p{Han}{1,4}版[)）])?$")
# a paper's name in capitals under its Han name (`HUAIYU EVENING NEWS`)
PAPER_NAME_LATIN = re.compile(r"^[A-Z][A-Z'’&.\- ]{5,60}$")
_COLUMN_LABEL_FIRST = re.compile(r"^[【\[](?P<c>\p{Han}{2,8})[】\]][ \t\u3000]{2,}")  # a column's label, then facts
_PAGE_NAME_PIPED = re.compile(r"^\p{Han}{2,8}$")  # a page's name between bars after its number (`| 07 | 政协之窗`)
_PAGE_NO = re.compile(r"^(?:0?[1-9]|[1-9]\d)$")  # a page's number alone, in ASCII digits (not `①`)
_PINYIN_WORD = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,}){0,3}")  # a page's name in capitals (`YAOWEN`, `ZONGHE XINWEN`)
_PAGE_LABEL_ALONE = re.compile(r"[A-D](?P<v>\d{1,2})")  # an evening paper's page label (`A07`)
# a digest's name (某镇乡村振兴工作动态, 某县政务信息, 某局工作简报): what a digest is called
DIGEST_NAME = re.compile(r"^\p{Han}{0,16}(?:简报|动态|信息|要情|专报|快报|通讯|参阅|工作|纪要|通报)$")
# a paper's name that does not end in 报 (今日某某), printed first on a line with the date and the page; not a
# page's or a column's name (要闻, 综合新闻, 副刊), a dateline's label (本报讯) or a credit's (责任编辑)
_LEADING_NAME = re.compile(r"^(?!.*(?:新闻|要闻|综合|副刊|专版|专刊|时政|评论|讯|编辑|校对|审核)$)\p{Han}{2,8}$")


_BETWEEN_NAME = re.compile(r"^\p{Han}{2,6}$")  # a page's name between its day and its number (`两会特刊`)
# a page's name printed after the day with no number (`文体新闻`, `要闻`, `理论周刊`)
_PAGE_NAME_ALONE = re.compile(r"^\p{Han}{0,4}(?:新闻|要闻|综合|副刊|专版|专刊|时政|评论|理论|文体|体育|文化|经济|民生|社会|国际|国内|法治"
                              r"|教育|健康|周刊|读书|视点|观察|访谈|专访|人物|城事|都市|三农|科技|生活|旅游|县域|乡村振兴)$")


# credit labels of page furniture (`责编：甲　　版式设计：乙`, `编辑 甲 / 审核 乙`) -> meta key: the page
# column of the one label table in digest.text
CREDIT_LABELS: dict[str, str] = PAGE_CREDIT_LABELS
_CREDIT_LABEL = "|".join(sorted(CREDIT_LABELS, key=len, reverse=True))
# one `label：name` pair at a position (names: up to 24 characters, no separator); `label name` with a
# space instead of the colon only for Han names of 2-4 characters
_CREDIT_PAIR = re.compile(
    rf"(?P<l>{_CREDIT_LABEL})(?:\s*[:：]\s*(?P<v>[^\s:：/／|｜■。，,；;！？!?]{{1,24}})|\s+(?P<n>[\p{{Han}}·]{{2,4}}(?:[、,，][\p{{Han}}·]{{2,4}}){{0,3}}))")
_CREDIT_SEP = re.compile(r"[\s/／|｜■·•]+")


# a label of two characters spaced out to line up with longer ones (`编 辑：`, `一 审：`), and a name of two
# spaced out the same way at the line's end (`：苏 伟`): one word each
_SPACED_LABEL = re.compile(r"^(\p{Han})[ \t\u3000]{1,4}(\p{Han})(?=[ \t\u3000]{0,4}[:：])")
_SPACED_NAME = re.compile(r"([:：][ \t\u3000]{0,4}\p{Han})[ \t\u3000]{1,4}(\p{Han})[ \t\u3000]*$")


def credit_pairs(text: str) -> list[tuple[str, str]] | None:
    """A credit line of any number of `label：name` pairs (`责编：甲　　版式设计：乙`, `责任编辑：甲　美编：乙
    校对：丙`, `编辑 甲 / 审核 乙`, `一 审：魏 某`: a label or a name of two characters spaced out to line
    up is one word) -> [(label as printed, names)], or None when the line holds anything else. Pairs
    without a colon count only two or more to a line (`摄影 白露` alone may be a caption's credit)."""
    t = join_spaced_names(_SPACED_NAME.sub(r"\1\2", _SPACED_LABEL.sub(r"\1\2", text.strip())))  # (`编辑　龚　茜　　美编　…`)
    pos, pairs, spaced = 0, [], 0
    while pos < len(t):
        m = _CREDIT_PAIR.match(t, pos)
        if m is None:
            return None
        spaced += m.group("n") is not None
        pairs.append((m.group("l"), m.group("v") or m.group("n")))
        pos = m.end()
        sep = _CREDIT_SEP.match(t, pos)
        if sep is None and pos < len(t):
            return None
        pos = sep.end() if sep else pos
    if not pairs or (spaced and len(pairs) < 2):
        return None
    return pairs


def credit_facts(text: str) -> dict[str, Any] | None:
    """`credit_pairs` as {meta key: names} (one key's names joined by 、), or None."""
    pairs = credit_pairs(text)
    if pairs is None:
        return None
    facts: dict[str, Any] = {}
    for label, value in pairs:
        key = CREDIT_LABELS[label]
        facts[key] = f"{facts[key]}、{value}" if key in facts else value
    return facts


# a bulletin's distribution lines (报：… 送：… 发：…) -> meta key
_DISTRIBUTION_KEYS = {"报": "report_to", "报送": "report_to", "主送": "report_to", "抄报": "report_to",
                      "呈送": "report_to", "呈报": "report_to", "发送": "send_to",
                      "送": "copy_to", "抄送": "copy_to", "分送": "copy_to", "发": "send_to", "分发": "send_to",
                      "印发": "send_to", "增发": "send_to"}


def closing_facts(text: str) -> dict[str, Any] | None:
    """A bulletin's closing line (digest.text.credit_facts) that names where it goes or how many were
    printed (`报：…`, `送：…`, `发：…`, `编辑：甲 审核：乙 （共印90份）`) as meta facts, or None."""
    found = text_credit_facts(text) or []
    if not any(kind in ("distribution", "copies") for kind, _label, _value in found):
        return None  # other closing credits (（某局供稿）) stay with the article they close
    facts: dict[str, Any] = {}
    for kind, label, value in found:
        if kind == "copies":  # 共印90份, 印数：260份
            digits = re.match(r"\d+", value)
            key, v = "print_run", int(digits.group()) if digits else value
        elif kind == "distribution":
            key, v = _DISTRIBUTION_KEYS.get(label, "distribution"), value
        else:
            key, v = CREDIT_LABELS.get(label) or kind, value
        facts.setdefault(key, v)
    return facts or None


# the metadata an e-paper template (方正 翔宇) leaks as the last line of an article's page, the tail of an
# HTML comment: `2020-06-11 2 2 某某日报 content_9888.html 1 3 标题 /enpproperty-->` (the day, two
# numbers, the paper's name, the article's file, numbers and its title)
_EPAPER_TRAILER_END = "enpproperty-->"
_EPAPER_TRAILER = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+(?:\d{1,4}\s+){0,4}"
                             r"(?P<name>[^\s\d]\S{0,19})\s+content_\w{1,20}\.html?(?:\s|$)")


def _epaper_trailer(text: str) -> dict[str, Any] | None:
    """The day and the paper a leaked e-paper metadata line names, or None for any other line."""
    if not text.endswith(_EPAPER_TRAILER_END):
        return None
    m = _EPAPER_TRAILER.match(text)
    if not m:
        return None
    return {"date": f"{int(m.group('y')):04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}", "name": m.group("name")}


_CN_YEAR = re.compile(r"[〇○零一二三四五六七八九]{4}\s*年")
_CN_MD = r"(?:十[一二]?|[一二三四五六七八九])\s*月(?:\s*(?:[一二三]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|[一二三四五六七八九])\s*日)?"
# a date in Chinese numerals, its year and month (and day), and a range's end (`至六月十六日`)
_CN_FULL_DATE = re.compile(r"[〇○零一二三四五六七八九]{4}\s*年\s*" + _CN_MD + r"(?:\s*[至到—~～]\s*" + _CN_MD + r")?")
_CN_ISSUE = re.compile(r"第\s*[〇○零一二三四五六七八九十]{1,5}\s*期")  # 第四一五期, 总第十二期
# a PDF page's head: the day, the paper and the page's name a dot apart, the page's number, the desk's credits
_DOTTED_PAGE_HEAD = re.compile(r"^(?P<d>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天])\s+"
                               r"(?P<n>\p{Han}{2,8})\s*[·•]\s*(?P<pn>\p{Han}{2,6})\s+(?P<p>\d{1,2})(?:\s+(?P<c>\S.*))?$")
# an e-paper's breadcrumb over an article: the paper, the page's number and name, `正文` (a link back after it)
_PAGE_CRUMB = re.compile(r"^(?:您)?(?:当前|现在|所在)?的?位置\s*[:：]\s*(?P<n>\p{Han}{2,12}[报報])\s*[>＞»]\s*"
                         r"(?P<p>第\s*[A-Z]{0,2}\d{1,3}\s*版\s*[:：]?\s*\S{2,12}?)\s*[>＞»]\s*正文(?:\s+\S{2,6})?$")
_LONGEST_FACT_LINE = 400  # characters: the longest line read for masthead and footer facts


_OCR_DAY_MARK = re.compile(r"(?<=今)曰|(?<=\d\s*月\s*\d{1,2}\s*)曰(?=\s*(?:[(（]?星期|周[一二三四五六日]))"
                           # (or after a compiler's name and a wide gap: `某县某局办公室　　　　2O22年6月17曰`)
                           r"|(?<=\S[ \t\u3000]{2,}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*)曰(?=\s*$)")  # (a day alone
# stays as printed: `2024年7月5曰` closing a notice is its signature's, no masthead fact)
_OCR_FIRST = re.compile(r"笫(?=\s*[\d一二三四五六七八九十])")
# an OCR's letter O for 〇 inside a year written in Chinese numerals (`二O一O年`), and its 曰 for 日 after a
# day in them (`十一月十二曰`)
_OCR_CN_ZERO = re.compile(r"(?<=[〇○零一二三四五六七八九][〇○零一二三四五六七八九OoＯ0]{0,2})[OoＯ0](?=[〇○零一二三四五六七八九OoＯ0]{0,2}\s*年)"
                          r"|[OoＯ0](?=[〇○零一二三四五六七八九][〇○零一二三四五六七八九OoＯ0]{0,2}\s*年)")
_CN_DATE_ALONE = 12  # characters of a date in Chinese numerals alone on its line (`二〇〇八年十二月三十一日`)
_CN_YEAR_OCR = re.compile(r"[〇○零一二三四五六七八九OoＯ0]{4}\s*年")  # such a year, its 〇 perhaps an O or a 0
_OCR_CN_DAY = re.compile(r"(?<=月\s*(?:[一二三]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|[一二三四五六七八九]))曰")


_LAYOUT_GAP = re.compile(r"[ \u3000]{12,}")  # the gap `pdftotext -layout` leaves between a page head's two ends


def _page_name_alone(text: str) -> bool:
    """A page's name alone (`_PAGE_NAME_ALONE`), or two parted by a middle dot, one of them such a name (`城事·民生`)."""
    t = text.strip()
    if _PAGE_NAME_ALONE.match(t):
        return True
    halves = t.split("·")
    return (len(halves) == 2 and all(1 <= len(h) <= 4 and all(is_han(c) for c in h) for h in halves)
            and any(_PAGE_NAME_ALONE.match(h) for h in halves))


_LEAD_PICTOGRAPHS = re.compile(rf"^(?:{PICTOGRAPH}\s*)+")  # (`📅`, `☎️` before a line of
# facts; not a caption's ▲ or a bullet's ■)


_ORG_THEN_SIGNER = re.compile(r"^(?P<u>[^\s:：]{4,30})\s+(?P<c>签发人?\s*[:：]\s*\S.{0,12})$")  # an office, then its signer


# a weekday alone on a masthead's line, under the day printed on the line above (`2023年6月15日` / `星期四`)
_WEEKDAY_ALONE = re.compile(r"^\s*[(（]?\s*(?:星期|周)[一二三四五六日天]\s*[)）]?\s*$")


def line_facts(text: str) -> dict[str, Any] | None:
    """The masthead/footer facts of one line, or None when the line holds anything else.

    An unlabelled piece that reads like a street address (`科技大厦A座202室`) counts as `address` when
    the line has at least one other fact.
    """
    facts: dict[str, Any] = {}
    if len(text) > _LONGEST_FACT_LINE:
        return None  # (no masthead or footer line is this long; its patterns backtrack over long runs of spaces)
    rest = roc_years(ocr_digits(fold_ascii(_LEAD_PICTOGRAPHS.sub("", text.strip())).strip()))  # full-width digits and
    # letters read as ASCII (`新闻热线：０３７９-…`; a pictograph before the facts read past: `📅 2022年1月2日 星期日`;
    # a year of the Republic's calendar as its Gregorian one: `中華民國99年4月1日出刊`),
    if "：" in rest or ":" in rest:  # (a desk's name of two padded to three's width: `责任编辑：霍　岩` -> 霍岩)
        rest = _PADDED_CREDIT.sub(r"\g<l>\g<a>\g<b>", rest)
    # an OCR's l and O in a date or an issue's number as digits (`2OO8年第ll期(总第l47期)`)
    if "曰" in rest or "笫" in rest:  # and its 曰 for 日 (`今曰四版`, `…18曰  星期二`), 笫 for 第 (`笫一版`)
        rest = _OCR_FIRST.sub("第", _OCR_DAY_MARK.sub("日", _OCR_CN_DAY.sub("日", rest)))
    if (m := _CN_YEAR_OCR.search(rest)) is not None and (m.start() > 0 or len(rest) > _CN_DATE_ALONE):
        rest = _OCR_CN_ZERO.sub("〇", rest)  # an OCR's letter O for 〇 in a year of Chinese numerals, on a masthead's line
        # (`某某办公室编　二O一O年十一月十二曰`); a day alone so printed closes a notice, its signature's (`二OO八年一月七日`)
    if _CN_YEAR.search(rest) or _CN_ISSUE.search(rest):  # a date in Chinese numerals, as older mastheads print it:
        # 一九九七年九月二十六日, 总第四一五期 (the date's span alone: a lunar date after it stays as printed)
        rest = _CN_ISSUE.sub(lambda m: cn_digits(m.group()), _CN_FULL_DATE.sub(lambda m: digits_date(cn_digits(m.group())), rest))
    trailer = _epaper_trailer(rest)
    if trailer is not None:
        return trailer
    if ((head := _DOTTED_PAGE_HEAD.match(rest)) is not None and (day := line_facts(head["d"])) is not None and "date" in day
            and (not head["c"] or (credits := credit_facts(head["c"])) is not None)):
        return {**day, "name": head["n"], "page_name": head["pn"], "page": int(head["p"]),  # `2019年6月14日星期五 某某·综合新闻
                **(credits if head["c"] else {})}  # 2 责任编辑 某某 …`: a PDF page's head, the paper and page a dot apart
    if (crumb := _PAGE_CRUMB.match(rest)) is not None and (page := line_facts(crumb["p"])) is not None:
        return {"name": crumb["n"], **page}  # `您当前的位置：某某报 > 第02版：综合 > 正文`: an e-paper's article's page
    if (label := _PAGE_LABEL_ALONE.fullmatch(rest)) is not None:  # an evening paper's page label alone (`A07`, over
        return {"page": int(label["v"]), "page_label": rest}  # the page's name on the next line: `法治`)
    if (rest[:1] in "(（" and rest[-1:] in ")）") or (rest[:1] in "[【" and rest[-1:] in "]】" and _FRAMED_NOTE.match(rest[1:-1])):
        rest = rest[1:-1]  # `(责编：甲乙、丙丁)`, `[内部资料　注意保存]` (an article's `[责任编辑:某某]` stays its own)
    credits = credit_facts(rest)
    if credits is not None:
        return credits
    label = _COLUMN_LABEL_FIRST.match(rest)
    if label is not None and (after := line_facts(rest[label.end():])):  # `【民生热线】　　热线电话：…`: a column's
        return {"column": label["c"], **after}  # label over its items, the number its readers call
    parts = [p for p in _WIDE_GAP.split(rest) if p]
    if len(parts) == 1 and (signer := _ORG_THEN_SIGNER.match(rest)) is not None:
        parts = [signer["u"], signer["c"]]  # (`中共某县委办公室 签发：某某`: one space before the signer)
    if len(parts) == 2 and _ORG_LIKE.match(parts[0].strip("()（）")) and (credits := credit_facts(parts[1])):
        return {"editor_org": parts[0].strip("()（）"), **credits}  # `（某县防汛抗旱指挥部办公室）　　签发人：某某`
    if (len(parts) >= 2 and _SPACED_PAGE_NAME.match(parts[0]) and len(parts[0]) <= 12
            and (credits := credit_facts("　　".join(parts[1:]))) is not None):  # `社 区　　　责任编辑：某某`: the
        return {"page_name": "".join(parts[0].split()), **credits}  # page's name letter-spaced, the page's desk
    if (len(parts) >= 2 and ((lead := _PAGE_NUMBER_FIRST.match(parts[0])) is None or lead.end() == len(parts[0].rstrip()))
            and _PAGE_NAME_ALONE.match(lead["n"] if lead else parts[0].strip())
            and (credits := credit_facts("　　".join(parts[1:]))) is not None):  # `3　乡村振兴　　　责任编辑：某某　版式：某某`:
        return {**({"page": int(lead["p"])} if lead else {}),  # the page's number and name, then its desk
                "page_name": lead["n"] if lead else parts[0].strip(), **credits}
    if (len(parts) >= 3 and (label := _PAGE_LABEL_ALONE.fullmatch(parts[0].strip())) and _PAGE_NAME_ALONE.match(parts[1].strip())
            and (credits := credit_facts("　　".join(parts[2:]))) is not None):  # `A07　　　体育　　　责编：某某　美编：某某`
        return {"page": int(label["v"]), "page_label": parts[0].strip(), "page_name": parts[1].strip(), **credits}
    if len(parts) >= 2 and PAPER_NAME.match(parts[0]) and (credits := credit_facts("　　".join(parts[1:]))) is not None:
        return {"name": parts[0], **credits}  # `某某日报（汉文版）　　　责任编辑：某某　版式：某某`: the paper, the page's desk
    if len(parts) == 2 and _LAYOUT_GAP.search(rest):  # a page head as `pdftotext -layout` sets it, its parts far apart:
        if PAPER_NAME.match(parts[0]) and (page := _PAGE_LABEL_ALONE.fullmatch(parts[1])):  # `某某晚报 … A05`
            return {"name": parts[0], "page": int(page["v"]), "page_label": parts[1]}
        if _page_name_alone(parts[1]) and (left := line_facts(parts[0])) and "date" in left:  # `2024年3月21日 星期四 …`
            return {**left, "page_name": parts[1]}  # `… 城事·民生`: the day, then the page's name
    two = rest.split()
    if len(two) == 2 and (_PAGE_NO.match(two[0]) or _PAGE_NO.match(two[1])):  # `综合 3`, `3 综合`: the page's name and
        number, name = (two[0], two[1]) if _PAGE_NO.match(two[0]) else (two[1], two[0])  # number alone
        if _PAGE_NAME_ALONE.match(name):
            return {"page": int(number), "page_name": name}
    if (len(parts) == 3 and _PINYIN_WORD.fullmatch(parts[0]) and _PAGE_NAME_ALONE.match(name := "".join(parts[1].split()))
            and _PAGE_NO.match(parts[2])):  # `YAOWEN　　　　要　闻　　　　1`: the page's name in
        return {"page": int(parts[2]), "page_name": name}  # pinyin and in characters (letter-spaced), then its number
    if len(parts) == 2 and PAPER_NAME_LATIN.match(parts[0]) and (page := _PAGE_LABEL_ALONE.fullmatch(parts[1])):
        return {"name_latin": parts[0], "page": int(page["v"]), "page_label": parts[1]}  # `LUTING EVENING NEWS　　A07`
    if (len(parts) == 3 and parts[0].isdigit() and len(parts[0]) <= 2 and _PAGE_NAME_ALONE.match(parts[1])
            and (spaced := _SPACED_PAPER.match(parts[2])) is not None):  # `01　要闻　　　　安 澜 交 通 报`: the page's
        return {"page": int(parts[0]), "page_name": parts[1], "name": "".join(spaced.group().split())}  # number and
        # name, then the paper's name letter-spaced
    if len(parts) >= 2 and PAPER_NAME.match(parts[-1]) and (credits := credit_facts("　　".join(parts[:-1]))) is not None:
        return {"name": parts[-1], **credits}  # `责任编辑：某某　　版式：某某　　　　某某报`: the page's desk, then the paper
    if (len(parts) >= 2 and (credits := credit_facts("　　".join(parts[:-1]))) is not None
            and (org := line_facts(parts[-1])) and org.keys() <= {"editor_org", "publisher"}):
        return {**org, **credits}  # `美编：某某　　校对：冉　冉　　　　某县融媒体中心出版`: the desk's credits, then who prints it
    closing = closing_facts(rest)
    if closing is not None:
        return closing
    if any(w in rest for w in _NAV_HINTS):  # an e-paper's page head, its buttons after the facts
        rest = _NAV_TAIL.sub("", rest)
        if (lead := _NAV_HEAD.match(rest)) is not None and rest[lead.end():].strip():  # (or before them: `某某网首页 |
            after = line_facts(rest[lead.end():])  # 今日头版 | | 某某日报 | PDF下载　2023年07月18日 星期二`)
            if after is not None:
                names = [p.strip() for p in re.split(r"[|｜]", lead.group()) if PAPER_NAME.match(p.strip())]
                return {**({"name": names[0]} if names else {}), **after}
    rest = _PDF_LINK.sub("", rest) if "版" in rest else rest
    present = {w for w in _ALL_FACT_WORDS if w in rest}
    for key, pat, words in _WORDED_FACTS:
        if words is not None and words.isdisjoint(present):
            continue
        if key in facts or (key == "weekday" and "date" not in facts and not _WEEKDAY_ALONE.match(rest)) or (
                pat is _BARE_PAGE and "date" not in facts and not _PAGE_CREDIT.search(rest)):
            continue
        m = pat.search(rest)
        if not m:
            continue
        value: Any = m.group("v").strip()
        if key in _INT_FACTS and len(value) > 9:
            continue  # `第111…1期` of thousands of digits: no number a masthead prints (int() refuses them)
        if key in _INT_FACTS:
            value = int(value if value.isdigit() else cn_number(value))  # 今日四版
            if key == "page" and m.groupdict().get("name"):  # (`07　　某某日报　　2019.11.26`: the paper's name
                facts["name" if PAPER_NAME.fullmatch(m.group("name")) else "page_name"] = m.group("name")  # after the page)
            if key == "page" and m.groupdict().get("pl"):
                facts["page_label"] = m.group("pl") + m.group("v")  # A07: the page's own label
        elif key == "date":
            value = f"{int(m.group('y')):04d}-{int(m.group('m')):02d}" + (f"-{int(m.group('d')):02d}" if m.group("d") else "")
            if m.group("w"):
                facts["weekday"] = m.group("w")
        elif key == "license" and "t" in m.groupdict() and m.group("t"):
            facts["license_type"] = "".join(m.group("t").split())
        elif key in ("hotline", "hotline_2", "hotline_3", "phone"):
            value = "".join(value.split())
        facts[key] = value
        rest = rest[:m.start()] + "■" + rest[m.end():]
    if "organ_of" in facts and "publisher" not in facts:
        facts["publisher"] = facts.pop("organ_of")  # `中共某县委机关报`: the party committee publishes it
    if facts and ("\u3000" in rest or "  " in rest):  # a word letter-spaced between wide gaps (`…星期五　　　　人　物　　　　某报`):
        rest = _LETTER_SPACED_WORD.sub(lambda m: "".join(m.group().split()), rest)  # one word of the line's fields
    left = [p for p in _SEP.split(rest) if p]
    if len(left) == 1 and facts.keys() & {"date", "page", "issue_no", "hotline", "email"} and PAPER_NAME.match(left[0]):
        facts["name"] = left[0]  # `2001年5月9日 东海日报 第2版`: the paper's name between dated facts
        left = []
    if len(left) == 1 and {"year", "issue_no"} <= facts.keys() and DIGEST_NAME.match(left[0]):
        facts["name"] = left[0]  # `某镇乡村振兴工作动态（2024年第5期）`: a digest's name and its issue
        left = []
    if (len(left) == 1 and ({"date", "page"} <= facts.keys() or {"date", "weekday"} <= facts.keys())
            and _SEP.split(rest.strip())[0] == left[0] and _LEADING_NAME.match(left[0])):
        facts["name"] = left[0]  # `今日澜东　2024年05月16日　星期四　第01版：要闻`: a name not ending in 报, first
        left = []  # (or before the day and its weekday alone: `今日某屿　　2024年6月14日　星期五`)
    if (len(left) == 1 and {"date", "weekday"} <= facts.keys() and "page_name" not in facts and _PAGE_NAME_ALONE.match(left[0])
            and _SEP.split(rest.strip())[-1] == left[0]):
        facts["page_name"] = left[0]  # `2024年9月12日　星期四　　　　文体新闻`: the page's name after the day, no number
        left = []
    if (len(left) == 1 and facts.keys() & {"date", "issue_no", "print_run", "contact", "address"} and "editor_org" not in facts
            and _ORG_LIKE.match(left[0])):
        facts["editor_org"] = left[0]  # `某局办公室　　2024年11月22日`: who compiled the bulletin, and when (or
        # its footer: `某镇党政办公室　联系人：某某　（共印40份）`)
        left = []
    if len(left) == 1 and facts and "address" not in facts and _ADDRESS_LIKE.match(left[0]):
        facts["address"] = left[0]
        left = []
    if (len(left) == 2 and "date" in facts and "page" not in facts and _PAGE_NO.match(left[0])
            and _PAGE_NAME_PIPED.match(left[1]) and ("|" in rest or "｜" in rest)):
        facts["page"], facts["page_name"], left = int(left[0]), left[1], []  # `2024年4月18日 星期四 | 07 | 政协之窗`
    if (len(left) >= 2 and "date" in facts and "page" not in facts and left[0].isdecimal() and len(left[0]) <= 2
            and rest.strip().startswith(left[0])):  # `2　2024年5月17日　星期五　　综合新闻　　责任编辑：…`: the
        facts["page"], left = int(left[0]), left[1:]  # page's number first
    if (len(left) >= 2 and "date" in facts and "page" not in facts and "name" not in facts and left[-1].isdecimal()
            and len(left[-1]) <= 2 and rest.rstrip().endswith(left[-1])
            and (PAPER_NAME.match(left[-2]) or _LEADING_NAME.match(left[-2]))):  # `2024年12月18日　星期三　　综合新闻
        facts["name"], facts["page"], left = left[-2], int(left[-1]), left[:-2]  # 　　今日某某　02`: the paper, its page
    if len(left) == 2 and {"date", "page"} <= facts.keys() and "name" not in facts:  # a page head's paper and page name
        if PAPER_NAME.match(left[1]) and rest.rstrip().endswith(left[1]) and _PAGE_NAME_ALONE.match(left[0]):
            facts["name"], left = left[1], left[:1]  # `2　2024年12月4日　星期三　地方新闻　　某某日报`: the paper last
        elif PAPER_NAME.match(left[0]) and _SEP.split(rest.strip())[0] == left[0] and _PAGE_NAME_ALONE.match(left[1]):
            facts["name"], left = left[0], left[1:]  # `某某日报　2024年12月4日　星期三　　地方新闻　　2`: the paper first
    if (len(left) == 3 and "date" in facts and not facts.keys() & {"page", "name"} and PAPER_NAME.match(left[0])
            and _PAGE_NAME_ALONE.match(left[1]) and left[2].isdecimal() and len(left[2]) <= 2
            and rest.rstrip().endswith(left[2]) and _SEP.split(rest.strip())[0] == left[0]):  # (its page's number
        facts["name"], facts["page_name"], facts["page"], left = left[0], left[1], int(left[2]), []  # one space apart)
    if (len(left) == 1 and {"date", "page"} <= facts.keys() and "page_name" not in facts and _BETWEEN_NAME.match(left[0])
            and not PAPER_NAME.match(left[0])):  # `2024年1月12日　星期五　　两会特刊　　3`: the page's name between its
        facts["page_name"], left = left[0], []  # day and its number
    if len(left) == 1 and "publisher" in facts and rest.rstrip().endswith(left[0]) and _ORG_LIKE.match(left[0]):
        facts["publisher"], left = f"{facts['publisher']}　{left[0]}", []  # `主办：某街道工委　某街道办事处`: two units
    if (len(left) == 1 and "page" not in facts and facts.keys() & {"hotline", "editor_org", "publisher", "address"}
            and (label := _PAGE_LABEL_ALONE.fullmatch(left[0])) and rest.rstrip().endswith(left[0])):
        facts["page"], facts["page_label"], left = int(label["v"]), left[0], []  # `某某报社出版　新闻热线：…　　A07`
    if len(left) >= 2 and all(len(p) == 1 for p in left) and _PAGE_NAME_ALONE.match("".join(left)):
        left = ["".join(left)]  # (the page's name letter-spaced: `访 谈`)
    if (left and "date" in facts and "page_name" not in facts and _PAGE_NAME_ALONE.match(left[0])
            and (credit_facts(" ".join(left[1:])) if len(left) > 1
                 else "page" in facts or bool(facts.keys() & {"page_editor", "layout_editor", "proofreader"}))):
        # (its name, then the desk: `2024年5月17日　星期五　　综合新闻　　责任编辑：某某`)
        facts["page_name"], left = left[0], left[1:]
    if left and facts.keys() & {"date", "page", "hotline", "phone"}:  # `… A06 社会新闻 责编：某某`: a page head's credit
        whole = credit_facts(" ".join(left))  # (pairs a space apart: `本版编辑　甲　　校对　乙　　新闻热线　…`)
        credits = [whole] if whole else [credit_facts(p) for p in left]
        if all(credits):
            for c in credits:
                facts.update(c or {})
            left = []
    if left and "■" in text:  # `■ 副主编:张三` on a ■-separated masthead line: keep it under its own label
        labelled = [_LABELLED.match(p) for p in left]
        if all(labelled):
            facts.update((m.group(1), m.group(2)) for m in labelled if m)
            left = []
    lead = _PAGE_NUMBER_FIRST.match(rest) if left and left[0].isdecimal() else None
    if (lead is not None and "page" not in facts and facts.keys() & {"date", "issue_no", "total_no"}
            and left == [lead["p"], *_SEP.split(lead["n"])]):  # `3  专访·综合　　　总第1186期`: the page's number
        facts["page"], facts["page_name"], left = int(lead["p"]), lead["n"], []  # and name first
    if (len(left) == 1 and left[0].isdecimal() and len(left[0]) <= 3 and "page" not in facts
            and rest.rstrip().endswith(left[0]) and facts.keys() & {"issue_no", "total_no", "license"}):
        facts["page"] = int(left[0])  # a PDF page's foot: the issue's facts and the page's number last (`第5期 … 2`)
        left = []
    return facts if facts and not left else None


