"""Issues written and annotated by someone who did not read the parser (tests/fixtures/annotated, see
its README): each parsed end to end and scored with the shared scorer against the annotator's gold,
persons included. The floors are below today's figures by a margin, so that a regression fails and a
small change of wording does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.parse import parse_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "annotated"
ISSUES = sorted([*FIXTURES.glob("*.txt"), *FIXTURES.glob("*.docx"),
                 *(p for p in FIXTURES.glob("*.md") if p.name != "README.md")])  # (a wiki's export, session 45)
FIELDS = ("title", "section", "subsection", "page", "date", "date_end", "body_head", "body_tail")


# known differences, below the 0.97 floor (see the fixtures' README): the gold leaves `3月上旬` and
# `自12月1日起` undated where the parser dates the month and the annotated 人大简报 dates `6月中旬` so; a
# title the 目录 prints in other words, with a comma in the body's, is not matched
# the fourth annotator keeps an entry's closing credit (`（柳林镇　某某）`) in its gold body_tail; the
# parser reads it as the entry's credit, off the text
ISSUE_FLOORS = {"shankou-2024-04": {"date": 0.9}, "jizhou-2023-12": {"date": 0.85, "page": 0.9},
                "qinghe-2024-09": {"body_tail": 0.75}, "weiwan-2024-07": {"body_tail": 0.7},
                # the eighth annotator gives no page without a 目录; the parser reads the `— 2 —` footers
                "xingchuan-gzjb-2023-03": {"page": 0.2},
                # a 目录 digest's closing credit of a unit and its writer (`（某县融媒体中心　某某）`) stays in the text
                "bilan-zwxx-2019-07": {"body_tail": 0.9},
                # the thirteenth annotator leaves a 表彰决定 opening with its addressees undated (the parser
                # dates a 公文 by its signature)
                "tiaochuan-gzjb-2022-09": {"date": 0.85, "body_tail": 0.85},
                # the eighteenth annotator's 公示 page ends each notice's text with its signature and date (the
                # parser reads them as the notice's sign-off, off the text) and leaves a 公示's date null (the
                # parser dates a 公示 by that signature, as set 97's annotator dates a 任前公示)
                "tanbu-gs-2023-06": {"date": 0.3, "body_tail": 0.0},
                # the twenty-third annotator dates `9月上旬` to the month's first day (the parser, as the
                # first two annotators, to the month: 2023-09)
                "yanshui-rdjb-2024-12": {"date": 0.85}, "fenghe-xxzb-2023-18": {"date": 0.75},
                # the twenty-sixth leaves `7月上旬`, `7月中下旬` undated and a court's item opening `春节前夕，` too
                # (the parser dates the month, and an item from its first paragraph opening with a full date)
                "meixi-dsj-2024-07": {"date": 0.9}, "qingshi-fy-gzjb-2024-02": {"date": 0.85},
                # the twenty-eighth gives a one-line item of a 工作周报 no text (null); the parser an empty one
                "fengyang-zb-2024-w23": {"body_head": 0.55, "body_tail": 0.55},
                # sets 30-37 (see the README): the annotators date an item from a date after an opening clause
                # (`为方便…，7月1日起，`, `为深入推进…，5月16日，`) and a 通报's cases from `2023年至2024年`; the
                # parser reads a date where the text opens with one
                "kangle-wjxx-2024-10": {"date": 0.85}, "songping-gaxx-2023-07": {"date": 0.9},
                "beishan-rdxx-2025-01": {"date": 0.9}, "fengqiao-xzjb-2024-05": {"date": 0.9, "body_head": 0.9},
                "huaiyang-jjjc-2024-09": {"date": 0.9, "date_end": 0.9}, "liangshan-mzxx-2024-08": {"date": 0.9},
                # sets 42-44 (see the README): that annotator leaves an item's `【编者按】` out of its text (the
                # parser keeps it), and dates an item opening `近日，` from nothing where the parser reads a
                # later paragraph's full date
                "quxin-2025-01": {"body_head": 0.8}, "jiaoyu-jb-2024-04": {"date": 0.85},
                # set 45: item 8 prints `8.1—2月…`, its number run into its date (one title matched short)
                "xichuan-zwxx-2024-03": {"title": 0.9},
                # sets 52-56 (session 19, see the README): a township 简报 whose two-line title that annotator joins
                # (the parser: kicker and title), its 简讯 label a section (the parser: none) and its article
                # undated though a part opens with a date; a Word 工作动态 whose 编者按 item is not read; the 创卫
                # 简报's last item in a column of bold-looking lines; the OCR'd 2008 digest's title with an OCR
                # character the 目录 prints right (展幵 / 展开) and a range into the month before; the 政协通讯
                # whose 目录 rewords every title (pages paired by order) and misses one
                "chuxi-jianbao-2024-03": {"title": 0.6, "section": 0.3, "date": 0.6},
                "chengyang-gongzuodongtai-2012-07": {"body_tail": 0.85}, "luanxi-chuangwei-2023-06": {"body_tail": 0.85},
                "huaiyuan-zwxx-2008-11": {"title": 0.9, "date_end": 0.9, "body_head": 0.9},
                "lifeng-zxtx-2020-01": {"page": 0.7, "body_tail": 0.8},
                # sets 57-61 (session 19's second round, see the README): a Big5 通訊 whose subsections and some titles that annotator reads
                # otherwise, a 人大 会议简报 whose 【第一代表团】 labels are its sections (the parser: records), an
                # epidemic 简报 that annotator gives no pages (the parser reads its footers) and titles without
                # their 【一】 label's column, a hospital 简报 whose body sections the 目录 does not name, and
                # closing credits and 报送 blocks a line break no longer parts from the last item
                "meibei-ducha-2022-06": {"body_tail": 0.9},
                "qingzhang-tongxun-2023-11": {"title": 0.85, "section": 0.0, "subsection": 0.55, "page": 0.85,
                                              "date": 0.85, "body_head": 0.85, "body_tail": 0.65},
                # (the two-column 目录 read column by column since session 21: one title still cut otherwise)
                "yuning-zwxx-2019-10": {"title": 0.9, "body_head": 0.9},
                "fengchuan-renda-2021-01": {"section": 0.85, "body_tail": 0.85},
                "meiling-yiqing-2020-02": {"title": 0.75, "page": 0.0, "date": 0.85, "body_head": 0.85, "body_tail": 0.85},
                # (the hospital 简报's 【】 body sections read since session 21, its 目录 naming none)
                "qiwu-yiyuan-2023-04": {"body_tail": 0.8}, "linchuan-app-2024-06": {"body_tail": 0.8},
                "yanshui-zwxx-2019-09": {"body_tail": 0.7},
                # sets 62-66 (session 20, see the README): a PDF 政务信息 whose 目录 prints pages as `（3）` and
                # wraps titles (two items still lost), a Word 工作信息 and a 街道 信息 with ranges
                # and `上旬` read otherwise, a 党建 简报 whose titles close on their unit in brackets, a 巡察 简报 of
                # centred two-line titles, a 乡村振兴 简报 dated by `截至6月30日` (the parser: undated), a 2006
                # GB2312 digest dated on the line under its titles, a 简报 whose titles are letter-spaced, and a
                # bureau's page saved as text holding its 简报 (its 简讯 run into their titles)
                "luchuan-zhengwu-2024-11": {"body_tail": 0.85},
                "lanjiang-shuili-2018-06": {"date_end": 0.9}, "fenglinqiao-jiedao-2021-09": {"date": 0.9},
                "heting-jiguandangjian-2019-10": {"title": 0.75, "body_tail": 0.85},
                # (the 巡察 简报's last item read since session 21, its two-line title as kicker and title)
                "tanshan-xuncha-2023-09": {"body_tail": 0.85, "title": 0.85},
                "zheyuan-xiangcun-2022-07": {"title": 0.85, "date": 0.75},
                "qinglan-zwxx-2006-03": {"title": 0.9, "date": 0.9, "date_end": 0.9, "body_head": 0.9, "body_tail": 0.9},
                "zhechuan-jianbao-2024-04": {"title": 0.6, "date": 0.85, "body_head": 0.75, "body_tail": 0.6},
                "yuantang-nyj-2023-09": {"body_tail": 0.8},
                # sets 67, 70 and 71 (session 21, see the README): a GBK 政务信息 whose 目录 prints two columns
                # side by side (one title, a date and a head still read otherwise), a 廉政信息 in GB18030
                # whose 目录 rewords titles, a 政协 会议简报 of centred headlines (its pages read from the
                # `— N —` footers, that annotator's null; a two-line title read as kicker and title) and an
                # OCR'd 1997 digest (a credit the OCR spaced out kept in its item's text)
                "ziling-zwxx-2015-10": {"title": 0.9, "date": 0.9, "body_head": 0.9},
                "heping-lianzheng-2020-06": {"title": 0.9, "body_tail": 0.9},
                "zheyuan-cppcc-2022-01": {"title": 0.9, "page": 0.0, "date": 0.9, "body_tail": 0.9},
                "chengyang-zwxx-1997-03": {"body_tail": 0.8},
                # sets 72, 75 and 76 (session 21's second round): a 信息专报 whose title that annotator joins to its `——` subtitle, a flood bulletin from
                # pdftotext -layout (its pages read from its footers, that annotator's null; times of day in its
                # dates), a Word 政务信息 converted from a PDF line by line
                # and a 2018 digest of mixed widths (one 目录 page read otherwise)
                "lanchuan-zhuanbao-2023-09": {"title": 0.5},
                "xiyang-fxkh-2020-07": {"title": 0.9, "page": 0.0, "date": 0.7, "date_end": 0.8, "body_head": 0.9,
                                        "body_tail": 0.9},
                "yunjiang-zwxx-2022-09": {"title": 0.9, "body_tail": 0.9}, "zheyuan-zwxx-2018-03": {"page": 0.8},
                # sets 77, 80 and 81 (session 22): an OCR'd bureau digest in GB18030 (its section printed `防讯抗旱`,
                # that annotator's `防汛抗旱`; two pages lost; a 目录 leader read `一一一` kept in a text), a Word
                # digest (`为确保…，6月1日起，` dated by that annotator), a 乡村振兴简报 (a profile's title joined to its
                # `——记…` subtitle by that annotator), an 安全生产简报 in Word (a title typed over two paragraphs)
                # and a 巡察简报 in GBK (a two-line title read as kicker and title; `4月以来` dated by that annotator)
                "langchuan-shuili-2024-06": {"section": 0.4, "page": 0.75, "body_tail": 0.5},
                "yuqin-zhengwu-2018-06": {"date": 0.9}, "qinchuan-xczx-2023-09": {"title": 0.85, "page": 0.85},
                "qiwu-aqsc-2019-03": {"title": 0.85, "body_tail": 0.85},
                "zhaohe-xuncha-2024-05": {"title": 0.85, "date": 0.85},
                # sets 82, 85 and 86 (session 22's second round): a prefecture digest from a PDF (a 调研 item whose
                # 目录 title drops words from the middle; a credit across a page break), a web copy's footer in
                # an item, an epidemic 简报 in GB18030 (an item the 目录 words otherwise), a 统计信息 whose last
                # item is a table, a digest extracted column by column (a credit glued to a running head)
                "fengxu-yiqingjianbao-2020-02": {"body_tail": 0.85}, "lanchuan-zwxx-2019-09": {"body_tail": 0.8},
                "lanjiang-zwxx-2025-04": {"body_tail": 0.9}, "lanyang-zwxx-2016-09": {"body_tail": 0.85},
                "meichuan-tongjixinxi-2022-07": {"body_tail": 0.9},
                # sets 87, 90 and 91 (session 22's third round): a 政务信息 whose 目录 pages are Chinese numerals (one
                # without a leader), a 每日要情 whose 目录 of 【1】 items is not read as one, an antiword digest, a 人大
                # 建议办理简报 in GBK, a 民政简报 with a table, a 督察整改简报 in Word (an item's case number over its
                # title read as its kicker), an OCR'd faxed digest and a Word digest saved as text
                "cangze-daibiao-2022-08": {"title": 0.75, "date": 0.75, "date_end": 0.85, "body_head": 0.85,
                                           "body_tail": 0.85},
                "cenping-zwxx-2016-07": {"page": 0.85, "body_tail": 0.65},
                "heting-zhengwuxinxi-2024-05": {"title": 0.9, "page": 0.8, "date": 0.9, "body_head": 0.9},
                "minyang-minzheng-2023-09": {"body_tail": 0.85},
                "qichuan-meiriyaoqing-2020-03": {"title": 0.45, "page": 0.0},
                "qingmu-ducha-2021-06": {"title": 0.85, "page": 0.0, "date": 0.7},
                "qiwu-zwxx-2022-09": {"body_tail": 0.9},
                "zhechuan-zhengwuxinxi-2012-06": {"date": 0.85, "body_tail": 0.85},
                # sets 92-98 (session 23): a 防汛简报's item that annotator dates from a later paragraph's day, a
                # WeChat 简报's coming event dated from inside its text and `3月上旬` left undated (the parser:
                # the month), a 人大 建议简报 whose last item closes with an 附件 list, and a 警务简报 that annotator
                # gives no page (the parser reads its `— 2 —` footers)
                "fengao-fangxun-2024-07-13": {"date": 0.9}, "qingshi-gzjb-2023-12": {"date": 0.85},
                "zhezhou-wjw-dongtai-2024-08": {"date": 0.9}, "liaowan-jianbao-2024-03": {"date": 0.9},
                "qiwu-rdjy-2024-05": {"body_tail": 0.85}, "tonglan-jingwu-2024-07": {"page": 0.0},
                # sets 99-103: a 2008 digest's body title that adds two words on a line of its own, a 人大公报
                # whose 执法检查 title wraps after a book title, two 简报 that annotators give no page (the
                # parser reads their footers), a 乡村振兴 digest's item that annotator leaves undated
                "heting-zwxx-2008-05": {"title": 0.9, "body_head": 0.9},
                "tinglan-rdgb-2024-03": {"title": 0.75, "page": 0.0, "body_tail": 0.75},
                "heting-jiaoyu-jianbao-2024-09": {"page": 0.0}, "qihe-jianbao-2025-01": {"page": 0.0},
                "fengao-xczxxx-2024-06": {"date": 0.9},
                # sets 104-112 (session 24): a 纪要 whose annotator gives no page (the parser reads its footers),
                # a 乡镇 信息 likewise, a 开发区 工作动态 whose `9月以来` that annotator leaves undated, a 安全生产简报
                # whose closing `（热电公司　某某）` that annotator keeps in the text and whose 事故通报 is dated
                # by its title's `6·21`, a 2015 digest with review marks, and a 每日要情 whose closing unit
                # `（县发改局）` that annotator keeps in the text
                "lanze-cwhy-2024-17": {"page": 0.0}, "tongyuan-xinxi-2023-12": {"page": 0.0},
                "longxi-jkq-gzdt-2024-17": {"date": 0.9}, "qilan-aqjb-2024-07": {"date": 0.75, "body_tail": 0.75},
                "tanyuan-zwxx-2015-13": {"title": 0.85, "date": 0.85, "date_end": 0.85, "body_head": 0.75,
                                         "body_tail": 0.45},
                "zhewan-mryq-2024-10-22": {"date_end": 0.85, "body_tail": 0.0},
                # sets 113-115 (session 24's second round): a 开发区 动态 whose `9月中旬` that annotator leaves undated,
                # a 工作简报 given no page (the parser reads its footers)
                "liangwan-jkq-gzdt-2024-09": {"date": 0.85}, "xitong-gongzuojianbao-2024-01": {"page": 0.0},
                # sets 116-118: a 代表工作简报 and a 政务信息 whose credits after a paragraph's end that annotator
                # leaves out of the text
                "baiwan-dbgzjb-2024-03": {"body_tail": 0.85}, "yunyuan-zwxx-2024-09": {"body_tail": 0.9},
                # session 25 (the pending 信息专报 and sets 119-121): `3月上旬以来` that annotator leaves undated (the
                # parser: the month), a 任前公示 and an export total that annotators date by their ranges
                # (`公示时间：7月16日—22日`, `1—6月`), a weekly 要情 given no page (the parser reads its footers)
                "chengling-zwxx-2024-03": {"date": 0.9}, "jichuan-zgxx-2024-11": {"date": 0.8, "date_end": 0.8},
                "qiwu-xinxi-zhuanbao-2024-12": {"date": 0.85, "date_end": 0.85},
                "chengling-meizhouyaoqing-2024-48": {"page": 0.0},
                # sets 122-124: `12月下旬以来` and `4月中旬以来` that annotators leave undated (the parser: the
                # month), a 改革简报 and a 社情民意 given no page (the parser reads their footers), a 社情民意's
                # `反映人：…` line that annotator leaves out of the text (the parser keeps a proposal's fields
                # in it, as the 提案 annotators do), a `——` subtitle under a digest's title kept in the text,
                # and a Word-table 工作动态 item dated from its text's `截至9月10日`
                "lanze-zwxx-2025-01": {"date": 0.9}, "yugang-12345-jb-08": {"date": 0.8},
                "qiaoyue-gaigejianbao-2024-07": {"page": 0.0},
                "chengchuan-sqmy-2024-15": {"page": 0.0, "body_head": 0.0},
                "lanyuan-zwxx-2024-09": {"body_head": 0.85}, "shihe-gzdt-2024-09": {"date": 0.85},
                # sets 125-127: a 防汛简报 whose forecast that annotator dates by the day it was issued, a 人大
                # 工作动态 whose first 立法 item's title (a book title, `、`, a wrap of five characters) is not read
                # and which that annotator gives no page
                "chawanxian-fxjb-2024-07": {"date": 0.7},
                "cenchuan-rdgzdt-2024-07": {"section": 0.85, "page": 0.0, "body_tail": 0.85},
                # sets 128-130 (read on arrival, not yet worked on but for their 目录 lines, a 纪要's bold matters
                # and `（一）` numbers): a 目录 line whose page the body's footer would give, a 政协 简报 of 【】
                # titles run into their text, a 纪要 whose matters that annotator leaves undated (the parser: the
                # meeting's day), a 统计月报 whose closing `（普查中心　供稿）` stays in the text
                "yuansang-zwxx-2023-08": {"page": 0.85}, "fengping-zxjb-2024-06": {"body_tail": 0.85},
                "luchuan-changwuhui-2024-15": {"date": 0.0}, "qiaoshui-tjyb-2024-08": {"body_tail": 0.8},
                # sets 131-136 (session 26): a 政务信息 of 2018 from an old converter whose closing `（某镇　某某）`, a
                # wrap cutting it, stays in the text as the others' annotators keep it (this one leaves it out); a
                # weekly 街道周报 with no 目录 that annotator gives no page (the parser: its footers'); a 信息快报
                # whose boxed 【领导批示】 that annotator counts as an entry of its own (the parser: the last item's)
                "lanqiao-2018-05": {"body_tail": 0.8}, "jinyuan-jd-2023-23": {"page": 0.0},
                "qiwu-szjg-xxkb-41": {"body_tail": 0.65},
                # sets 137-139: a 政务信息 whose `（图）` captions and a closing `（…办公室　某某）` that annotator
                # leaves out of the text (kept as the others keep it), and a 2009 OCR'd 政务信息 alike
                "yingzhou-2024-07": {"body_tail": 0.88}, "lanze-zhengwu-2009-14": {"body_tail": 0.85}}
# entry F1 floors below 0.96 (sets 52-56: the items named above that the parser does not read as the annotator)
ENTRY_FLOORS = {"cenchuan-rdgzdt-2024-07": 0.95, "fengping-zxjb-2024-06": 0.95, "qingmiao-2024-09": 0.9,
                "luchuan-changwuhui-2024-15": 0.9, "chengyang-gongzuodongtai-2012-07": 0.94, "luanxi-chuangwei-2023-06": 0.95, "lifeng-zxtx-2020-01": 0.95,
                "meibei-ducha-2022-06": 0.95, "qingzhang-tongxun-2023-11": 0.9,
                "fengchuan-renda-2021-01": 0.9, "qiwu-yiyuan-2023-04": 0.95, "linchuan-app-2024-06": 0.85,
                "yanshui-zwxx-2019-09": 0.9, "luchuan-zhengwu-2024-11": 0.8, "heting-jiguandangjian-2019-10": 0.85,
                "zhechuan-jianbao-2024-04": 0.85,
                "yuantang-nyj-2023-09": 0.8,
                # (set 67: the UTF-16 工作信息's letter-spaced masthead title read as a record)
                "qingshan-gzxx-2019-06": 0.95,
                # (set 75: the flood bulletin's table item split)
                "xiyang-fxkh-2020-07": 0.95,
                # (sets 77, 80, 81: see ISSUE_FLOORS)
                "langchuan-shuili-2024-06": 0.9, "qinchuan-xczx-2023-09": 0.9,
                # (sets 82, 85: see ISSUE_FLOORS; a 街道简报's 表扬信 whose 目录 title shares no words with its own)
                "fengxu-yiqingjianbao-2020-02": 0.9, "lanyang-zwxx-2016-09": 0.9, "yuwan-gongzuojianbao-2024-04": 0.9,
                # (sets 87, 90, 91: see ISSUE_FLOORS)
                "cangze-daibiao-2022-08": 0.85, "cenping-zwxx-2016-07": 0.85, "qichuan-meiriyaoqing-2020-03": 0.9,
                # (session 24: the 纪要's preamble, a block record of its own that annotator leaves out)
                "lanze-cwhy-2024-17": 0.9, "tangfu-xianzhengfu-changwuhui-2021-09": 0.9,
                # (set 116: a 代表工作简报's closing 报/送 lines read as an item of their own)
                "baiwan-dbgzjb-2024-03": 0.9,
                # (set 136: see ISSUE_FLOORS)
                "qiwu-szjg-xxkb-41": 0.85}
# person F1 floors below 0.85: the township 简报's writer in its credit (`（镇林业站　某　某）`), that annotator's none
ISSUE_PERSON_FLOORS = {"chawanxian-fxjb-2024-07": 0.7, "fengping-zxjb-2024-06": 0.8, "chuxi-jianbao-2024-03": 0.8, "yanshui-zwxx-2019-09": 0.75,
                       "yuantang-nyj-2023-09": 0.8,
                       # (the flood bulletin's duty roster, names padded to three: `龚  玥`, and officials in a table)
                       "xiyang-fxkh-2020-07": 0.65,
                       # (the antiword digest's writers named in its credits: that annotator's none)
                       "zhechuan-zhengwuxinxi-2012-06": 0.65,
                       # (session 24: a 纪要's `由某某副县长负责` and `总经理某某和要…`, a 街道简报's names in a table's cells)
                       "tangfu-xianzhengfu-changwuhui-2021-09": 0.8, "xingtang-jdjb-2024-08": 0.8,
                       "baiwan-dbgzjb-2024-03": 0.8}


# session 27 (blind sets 140-160, written by annotators who never saw the parser; see the fixtures' README):
# a fax's OCR'd 简报 (its stamp's text under the last item), a 政务信息 whose 目录 shortens a wrapped title,
# pages from a no-目录 digest's footers (the annotators: null), dates of `截至…` and lunar days read otherwise
ENTRY_FLOORS.update({"yuping-gzjb-2024-19": 0.85, "tangliang-zwxx-2024-20": 0.9})
ISSUE_FLOORS.update({"chengling-rdjb-2024-06": {"title": 0.8, "date": 0.7, "date_end": 0.8, "body_head": 0.8}, "tingyang-gzdt-2024-09": {"body_tail": 0.85}, "yuting-2015-zk03": {"date": 0.85}, "huaitang-xinxizhuanbao-2024-15": {"page": 0.0}, "liaochuan-zhengwu-2024-10": {"title": 0.85, "date": 0.85, "date_end": 0.85, "body_head": 0.85}, "weichuan-mryq-128": {"page": 0.0}, "zhuoxi-zwxx-2022-06": {"title": 0.85, "date": 0.85, "body_head": 0.85}, "tangchuan-zwxx-2006-12": {"date": 0.85}, "yuping-gzjb-2024-19": {"body_tail": 0.8}, "xiuchuan-zwxx-2011-02": {"title": 0.85, "date": 0.6, "date_end": 0.85, "body_head": 0.85}, "jichuan-zwxx-2024-11": {"body_tail": 0.85}, "tangliang-zwxx-2024-20": {"date": 0.85, "date_end": 0.85, "body_tail": 0.85}, "zhixi-xwb-xinxi-2024-26": {"page": 0.0}})
ISSUE_PERSON_FLOORS.update({"huaitang-xinxizhuanbao-2024-15": 0.8})

# session 28 (blind sets 161-172, four rounds of nine documents by annotators who never saw the parser): a column
# of untitled briefs titled by the annotator with their whole first sentence, pages from a no-目录 digest's footers
# (null to the annotators), 统计信息 dated by their reporting periods (`1—5月`), a court 简报 dating a case by its
# facts (null to the annotator), teachers listed after their schools (`某小学某某、…`: some missed)
ISSUE_FLOORS.update({"chenglan-zwxx-2021-12": {"title": 0.3, "page": 0.0, "body_tail": 0.85}, "zhewan-djjb-2024-07": {"page": 0.0}, "zheyuan-tjxx-2024-06": {"date": 0.55, "date_end": 0.55, "body_head": 0.8}, "hengyu-jyjb-2023-11": {"page": 0.0}, "liuwan-fyjb-2024-06": {"date": 0.55}, "qiwu-zzgzjb-2024-09": {"page": 0.0}, "chengbu-zwxx-2024-06": {"body_tail": 0.8}})
ISSUE_PERSON_FLOORS.update({"hengyu-jyjb-2023-11": 0.8, "liuwan-fyjb-2024-06": 0.75})
# (round 12, sets 173-175: an 农情简报 dating items by `6月上旬` and `截至6月11日`, read otherwise by the parser)
ISSUE_FLOORS.update({"qiwu-nongqing-2024-09": {"title": 0.85, "date": 0.7, "body_head": 0.85, "body_tail": 0.85}, "shuyan-rdjb-2024-03": {"page": 0.0}})
# (round 13, sets 176-178: a scanned 简报 whose pages the parser reads from its footers, null to the annotator)
ISSUE_FLOORS.update({"qiwu-dangjian-2024-07": {"page": 0.0}})
# (round 14, sets 179-181: a 目录 of two columns a copy left unaligned, its right column lost by the reader)
ENTRY_FLOORS.update({"qiwu-zwxx-2024-17": 0.75})
# (session 37: a weekly's `下周工作安排` and its numbered points are one record, as five annotators of six read it;
# this one's annotator lists each point as a record)
ENTRY_FLOORS.update({"fengyang-zb-2024-w23": 0.65})
ISSUE_FLOORS.update({"qiwu-zwxx-2024-17": {"section": 0.6, "subsection": 0.6, "page": 0.6, "body_tail": 0.8}})
# (round 15, sets 182-184: a 2013 政务信息 whose last tail the parser reads past a credit)
ISSUE_FLOORS.update({"cenjiang-2013-05": {"body_tail": 0.8}})
# (rounds 16-17, sets 185-190, session 30: dates a month's part (`10月中旬`), a holiday (`国庆期间`) or a sum of
# months (`1—5月`) gives, null to those annotators; a 任免 entry's opening note of adoption; the two-column 目录
# of round 14 now read whole, its entries all found)
del ENTRY_FLOORS["qiwu-zwxx-2024-17"]
# (rounds 18-20, sets 191-199: a 通报's own lead and closing, an article of its own beside its numbered cases (the
# annotator: the cases alone); a Word 简报's last credit; a 政务信息 dating an entry by the first of its items)
ENTRY_FLOORS.update({"chengling-jiwei-tongbao-2024-7": 0.85})
ISSUE_FLOORS.update({"junping-nyj-gzjb-2024-05": {"body_tail": 0.8}, "chengling-jiwei-tongbao-2024-7": {"page": 0.0, "date_end": 0.75}, "lianshaxian-xxzb-2024-17": {"page": 0.0}, "qilan-zwxx-2024-03": {"date": 0.8}, "yanting-2024-06": {"page": 0.0}})
ISSUE_PERSON_FLOORS.update({"yanting-2024-06": 0.8})
ISSUE_FLOORS.update({"qiwu-zwxx-2024-17": {"date": 0.85}, "shuchuan-jjjc-gzdt-2024-10": {"page": 0.0, "date": 0.8},
                     "qingya-rd-2024-06": {"page": 0.0, "body_head": 0.75}, "tanwan-zhen-jianbao-2024-09": {"date_end": 0.75},
                     "weichuan-tjxx-2024-05": {"date": 0.45, "date_end": 0.8}})
# (session 31, rounds 21-25, sets 200-213: a 近日 item dated by no later paragraph to the parser, `10月上旬` and `国庆期间`
# dated by one annotator and not the parser; a Word 党建简报 whose 目录 is a table of 栏目 | 标题 | 页码 (its titles
# the 目录's, its sections its 栏目 column's, read as none); an OCR'd 安全生产简报)
ISSUE_FLOORS.update({"qitong-yjgl-gzjb-2024-06": {"date": 0.75}, "xiyuan-zwxx-2024-19": {"date": 0.85, "date_end": 0.85}, "tinglan-tongzhan-2024-12": {"body_tail": 0.85}, "zhemei-swj-gzjb-2024-17": {"page": 0.0}, "qiwu-zxxx-2024-06": {"title": 0.85, "body_tail": 0.85}, "yunzhang-zwxx-2024-09": {"date": 0.8}, "qinya-djjb-2024-06": {"title": 0.45, "section": 0.0}, "chengling-anjian-2024-11": {"date": 0.75, "date_end": 0.75, "body_tail": 0.75}})

# (session 32: an item opening with its purpose, then its day, `为…，7月20日，…` is dated by that day, as ten
# fixtures' annotators and three of set 214-219's date it; these seven annotators leave it null)
ISSUE_FLOORS.update({"bochuan-zwxx-2021-03": {"date": 0.9}, "fengling-gzdt-2025-04": {"date": 0.9},
                     "jinglan-gzjb-2022-08": {"date": 0.85}, "lanchuan-zwxx-2018-07": {"date": 0.9},
                     "meibei-ducha-2022-06": {"body_tail": 0.9, "date": 0.85, "date_end": 0.85},
                     "yuanxi-zwxx-2021-06": {"date": 0.85}, "zhechuan-zwxx-2025-01": {"date": 0.9}})
# (and an item opening with a quote, then its day, `“…。”11月6日，…`, dated by that day: that annotator leaves it null)
ISSUE_FLOORS["cangze-daibiao-2022-08"]["date"] = 0.6
# session 32 (blind sets 214-231, three rounds; see the README): a 信息专报 whose 编者按 that annotator makes a record
# of its own and whose two-line title is one, an OCR'd 人大工作动态 whose sections print as `令…令` (its 简讯's run-in
# items three records to that annotator, one 目录 line), a 纪委 简报 in Word's list numbering (its 通报's cases one
# record), a pandoc 简报 in Word, a 两会专刊; a 政协 提案简报 whose annotator keeps `（提案人：某某）` in its text
# (zheyuan-zxta; the parser reads it as the item's credit, as set 230's annotator does)
ENTRY_FLOORS.update({"dixi-rdgzdt-2012-06": 0.8, "liaochuan-jwbg-2024-09": 0.85, "muge-nongye-xinxizhuanbao-2023-06": 0.8, "qinglan-fangxun-2024-09-word": 0.8, "rongzhou-zwxx-2024-lianghui": 0.9})
ISSUE_FLOORS.update({"dixi-rdgzdt-2012-06": {"title": 0.85, "section": 0.0, "page": 0.85, "body_tail": 0.45}, "fenyu-zwxx-2020-q4": {"date": 0.85, "body_tail": 0.85}, "huanxi-zwxx-2009-17": {"title": 0.85, "section": 0.85, "date": 0.8, "date_end": 0.85, "body_head": 0.85}, "liaochuan-jwbg-2024-09": {"title": 0.5, "section": 0.0, "body_tail": 0.7}, "linfeng-xinxi-2024-05": {"date": 0.85, "date_end": 0.85, "body_tail": 0.85}, "longdong-2021-07": {"body_tail": 0.8}, "muge-nongye-xinxizhuanbao-2023-06": {"title": 0.6, "page": 0.0}, "qichuan-zwxx-2023-12": {"date_end": 0.85, "body_tail": 0.7}, "qinglan-fangxun-2024-09-word": {"body_tail": 0.8}, "qingxu-zxxx-2014-01": {"body_tail": 0.85}, "rongzhou-zwxx-2024-lianghui": {"body_tail": 0.85}, "tongfu-ducha-2023-14": {"date": 0.8}, "wuyuan-rdbg-2024-01": {"section": 0.0, "subsection": 0.0, "date": 0.85, "body_tail": 0.75}, "zheyuan-zxta-2024-03": {"body_tail": 0.65}})
ISSUE_PERSON_FLOORS.update({"liaochuan-jwbg-2024-09": 0.75, "wuyuan-rdbg-2024-01": 0.7})
# (session 32, round 29, blind set 232: a December 政务信息 printed in January, a Word 督查信息 of `（一）` items
# whose 目录 prints no pages, a 区 政务信息 whose 目录 wraps and whose items close with credits; `上旬` and the
# like those annotators date to the month: the parser leaves them null)
ISSUE_FLOORS.update({"danyan-dcxx-2024-04": {"date": 0.9}, "hebin-zwxx-2024-09": {"date": 0.9},
                     "lanjiang-zwxx-2023-12": {"date": 0.9}})
ISSUE_PERSON_FLOORS.update({"danyan-dcxx-2024-04": 0.75})
# (round 30, blind set 237: a Word 市 政务信息 of 2016 with a tab before each page, a GB18030 县 政务信息 whose items
# frame their unit after the title, a two-column 区 政务快报 whose 目录 stands at the foot of page one after its
# first two items, which are lost, and a 目录 wording one title in short: rongwan; dates that annotator gives to
# `上月`, `本月`, `截至去年底` the parser leaves null)
ENTRY_FLOORS.update({"rongwan-zwkb-2019-05": 0.85})
ISSUE_FLOORS.update({"baling-zwxx-2018-01": {"date": 0.65},
                     "lanhe-zwxx-2016-10": {"title": 0.9, "date": 0.7, "date_end": 0.85, "body_head": 0.9},
                     "rongwan-zwkb-2019-05": {"body_tail": 0.85}})
# (session 33: an item's closing credit of its unit and its writer, `（县农业局　某某）`, leaves the text for its
# byline, as the annotators of eight issues read it (their tails up); these two annotators keep it in the text)
# (session 35: a 政协 office's credit, `（北山旗政协　某某）`, leaves it too: biling 0.89 -> 0.84)
ISSUE_FLOORS.update({"hexi-2024-06": {"body_tail": 0.8}, "biling-2024-11": {"body_tail": 0.8}})
# session 33, rounds 31-32 (blind sets 238-248): three digests of Guangxi, Xinjiang and Fujian (a 目录 column of
# pages after its titles), 简报 of a 纪委 (a 通报's cases, one record to the parser among other items, records to
# that annotator: tangxi), a 组织部 and an 教育局, 乡镇 简报 typed in Word, an OCR'd 政务信息, old digests of 2009-2013
# (meixi's 目录 of sections only, lanxi's Dai names with the surname 刀), a 人大 工作通讯; floors are today's figures less
# a margin
ENTRY_FLOORS.update({'luochuan-ganbu-2024-01': 0.85, 'tangxi-jjjc-2024-03': 0.45, 'meixi-zwxx-2013-01': 0.85})
ISSUE_FLOORS.update({'fengyang-jiaoyu-2024-09': {'body_tail': 0.8}, 'luochuan-ganbu-2024-01': {'body_tail': 0.8}, 'cenyang-zwxx-2023-14': {'body_tail': 0.85}, 'lanxi-zwxx-2012-07': {'title': 0.85, 'body_head': 0.85}, 'meixi-zwxx-2013-01': {'section': 0.75, 'body_tail': 0.85}, 'qiwu-zwxx-2009-04': {'page': 0.8, 'date': 0.9, 'body_tail': 0.85}, 'zixi-rdtx-2024-01': {'title': 0.85, 'section': 0.85, 'subsection': 0.85, 'body_tail': 0.8}})
ISSUE_PERSON_FLOORS.update({'luochuan-ganbu-2024-01': 0.7, 'lanxi-zwxx-2012-07': 0.7})
# (round 33, blind sets 250-253: northern digests of two-level 目录 numbers, lost pages and wrapped titles, and body
# headings worded otherwise (jinlan 0.696 -> 1); Word 简报 of numbered styles, bold run-in titles and page breaks)
ISSUE_FLOORS.update({'bochuan-2021-09': {'title': 0.8, 'section': 0.55, 'body_tail': 0.85}, 'jinlan-2023-11': {'subsection': 0.6, 'page': 0.65, 'date': 0.85, 'body_tail': 0.8}, 'xingsong-2025-01': {'body_tail': 0.85}, 'ningtang-renshe-2025-01': {'title': 0.8, 'date_end': 0.8, 'body_head': 0.8}, 'zhaoxi-fangxun-2023-12': {'date': 0.75, 'body_tail': 0.85}, 'ziyang-anquan-2024-05': {'date': 0.85}})
ISSUE_PERSON_FLOORS.update({'ziyang-anquan-2024-05': 0.7})
# (round 34, blind sets 255 and 258: Word digests of 2016-2019 with typed 目录 and Heading styles, a 人大 简报 whose
# 目录 of items without pages is worded otherwise than its body: yuanqiao; its titles 0.6 -> 0.5 in session 39, when two
# numbered items it missed were found, their titles keeping the 目录's `（1月3日）`: entries 0.91 -> 1)
ENTRY_FLOORS.update({'yuanqiao-rdjb-2024-01': 0.85})
ISSUE_FLOORS.update({'xianze-zwxx-2019-01': {'section': 0.6, 'subsection': 0.6, 'page': 0.85}, 'yuanqiao-rdjb-2024-01': {'title': 0.45, 'section': 0.55, 'date': 0.35, 'date_end': 0.65, 'body_head': 0.45, 'body_tail': 0.65}})
# (round 35, session 34, sets 260, 263 and 264: digests extracted by pdftotext (a year's last issue printed in
# January, spaces inside dates), Word 简报 of a bureau's columns of briefs counted in the 目录 (`基层信息（4则）`), of a
# township with tables and of items signed by their units, a 组工 简报 of rosters and a 人大 通讯 of Mongolian names)
ENTRY_FLOORS.update({'lanping-shanxizhen-jb-2024-09': 0.85, 'yuanfeng-zhujian-jb-2023-07': 0.85, 'luyuan-zgjb-2021-09': 0.9, 'wulijitu-rdtx-2024-01': 0.85})
ISSUE_FLOORS.update({'anping-zwxx-2020-09': {'title': 0.85, 'date': 0.75, 'date_end': 0.85, 'body_head': 0.85}, 'fenze-zwxx-2012-06': {'date': 0.8}, 'huailan-zwxx-2024-12': {'page': 0.8, 'date': 0.85, 'body_tail': 0.8}, 'chongyuan-ybj-jb-2025-01': {'title': 0.85, 'date': 0.85, 'body_head': 0.85, 'body_tail': 0.75}, 'lanping-shanxizhen-jb-2024-09': {'date': 0.75}, 'yuanfeng-zhujian-jb-2023-07': {'body_tail': 0.85}, 'luyuan-zgjb-2021-09': {'title': 0.85, 'date': 0.85, 'body_head': 0.85, 'body_tail': 0.65}, 'wulijitu-rdtx-2024-01': {'body_tail': 0.7}})
ISSUE_PERSON_FLOORS.update({'luyuan-zgjb-2021-09': 0.75})
# (rongwan's persons 0.889 -> 0.842 since 植 is a surname: `某某主任植国栋参加检查` now names him, in an item whose
# annotator lists no one)
ISSUE_PERSON_FLOORS.update({'rongwan-zwkb-2019-05': 0.8})
# (round 36, session 34, sets 265 and 268: digests of 2004-2011 OCR'd and saved in GB18030 (1.0 on arrival), Word
# issues of a 信息专报 of one long report whose part headings it reads as records (chongyu, 0), a 工作简报 of bold
# run-in items under 一、二、 sections and a 督查通报 of a results table and its cases)
ENTRY_FLOORS.update({'censhui-xxzb-2025-01': 0.85, 'yifeng-xxzb-2023-14': 0.75})
# (session 35: the report is one record now, its title over its lead and parts; 林权 in `以林权、…收益权` is the
# scorer's false name, and its annotator gives the Word file's one page as 1, where the parser gives none)
ISSUE_PERSON_FLOORS.update({'chongyu-xxzb-2021-09': 0.75})
ISSUE_FLOORS.update({'chongyu-xxzb-2021-09': {'page': 0.0}})
ISSUE_FLOORS.update({'chuyuan-zwxx-2011-01': {'title': 0.85, 'page': 0.85, 'date': 0.85}, 'huyang-zwxx-2006-04': {'page': 0.85, 'date': 0.85}, 'lanjiang-zwxx-2004-08': {'page': 0.85, 'date': 0.75, 'body_tail': 0.85}, 'censhui-xxzb-2025-01': {'section': 0.75, 'page': 0.1, 'date': 0.45, 'date_end': 0.75, 'body_head': 0.75, 'body_tail': 0.6}, 'yifeng-xxzb-2023-14': {'body_tail': 0.8}})
# (round 37, session 35, sets 272 and 274: digests around a year's change (a December issue printed in January,
# a 第1期 of the December before; 1.0, 0.92, 0.85 on arrival: a 目录's 简讯 column named alone over its run-in briefs,
# a kicker of speech over a two-deck headline), 简报 as pdftotext gives them (a 防汛简报 whose table came out one cell
# a line: 0.17 -> 1; a 增刊 under an editors' note: 0.8 -> 0.93, its annotator reading the note as a record)
ENTRY_FLOORS.update({'luyuan-jb-2021-03': 0.85})
ISSUE_FLOORS.update({'alateng-gzdt-2024-03': {'title': 0.8, 'body_head': 0.85, 'body_tail': 0.85}, 'jiamin-zwxx-2019-12': {'page': 0.75}, 'longmei-zwyq-2016-01': {'date': 0.85}, 'luyuan-jb-2021-03': {'page': 0.8}, 'wenze-jb-2025-01': {'page': 0.0, 'body_tail': 0.85}})
# (round 38, session 35, set 275: Word digests (a 目录 field with dot leaders, 1.0 on arrival; a Yi county's 人大
# digest whose items close on `（某镇人大　某某）`: tails 0.64 -> 1; a 政协信息 of 2010 typed without styles under a
# `本期要目` of four items and `◆…◆` labels: 0.909 -> 1, its pages, which the annotator leaves null, from its page breaks)
ISSUE_FLOORS.update({'minyang-zhengxiexinxi-2010-06': {'page': 0.0}, 'waxi-rendagongzuo-2024-01': {'title': 0.8, 'date': 0.85, 'date_end': 0.85, 'body_head': 0.85}})
# (round 39, session 36, sets 279 and 280: digests whose 目录 differs (numbered items wrapped before their leaders: the
# first, its title over two lines, 0.94 -> 0.97, a second the 目录 words otherwise left; a 目录 of bullets and no pages
# over sections a PDF's fake bold printed twice: sections 0.73 -> 1; two columns side by side, 1.0 on arrival), an
# e-paper's front page (its current page named after `当前版：01版`, a meeting over who chaired it, a teaser box
# amid its articles, a photo news, run-in briefs: 0.5 -> 1)
ISSUE_FLOORS.update({'hualing-gzdt-2019-18': {'page': 0.0}, 'pingchuan-zwxx-2011-01': {'body_tail': 0.85}, 'yiluanribao-2023-03-14-p01': {'subsection': 0.8, 'body_tail': 0.8}})
# (round 40, session 36, sets 283 and 285: a 镇's 工作简报 as a Word file whose 本期要目 of ◎ titles has no pages and counts
# its 简讯 column (`工作简讯（5则）`: 0.53 -> 0.92), a WeChat round-up whose 本期导读 numbers its items (read as a 目录 of
# pages, its days a year late: 0.94 -> 0.95, its dates right))
ENTRY_FLOORS.update({'basang-zhen-2023-01': 0.85, 'dongan-yizhou-2024-01-02': 0.85})
ISSUE_FLOORS.update({'basang-zhen-2023-01': {'title': 0.85, 'date': 0.7}, 'dongan-yizhou-2024-01-02': {'date': 0.8, 'date_end': 0.8}})
# (round 41, session 36, sets 287 and 288: 政务信息 with a 目录 as Word, pdftotext and typed text (1.0 on arrival) and
# one OCR'd in 2009 (1.0))
ISSUE_FLOORS.update({'ningpu-2023-01': {'title': 0.85, 'date': 0.8}, 'yuling-2016-09': {'title': 0.85, 'date': 0.8, 'body_tail': 0.85}, 'zheyuan-zwxx-2009-01': {'date': 0.85, 'date_end': 0.85, 'body_tail': 0.6}})

# (rounds 42 and 43, session 37: a Word 代表工作通讯 whose 目录 counts its 简讯 in Chinese numerals (0.923 -> 1), a
# 纪委 简报, Word 工作动态 with a table masthead, digests of a year change, a 专刊 and a three-level 目录)
ISSUE_FLOORS.update({'leiping-2021-03': {'body_head': 0.85}, 'linao-dflz-jianbao-2024-01': {'date': 0.75, 'body_tail': 0.85}, 'yuankeng-gzdt-2021-09': {'date': 0.85, 'body_tail': 0.75}, 'qiongling-2024-09': {'section': 0.65, 'subsection': 0.8, 'date': 0.8, 'date_end': 0.8}, 'zhuyang-2016-07-fxzk': {'date': 0.75, 'date_end': 0.85, 'body_head': 0.85, 'body_tail': 0.75}})

# (round 44, session 37: a 政务信息 from `pdftotext -layout` (0.85) and a ten-day 旬报 in UTF-8 with BOM whose sections
# number their items each their own way (0.17 -> 0.72))
ENTRY_FLOORS.update({'linmin-zwxx-2020-01': 0.75, 'nm-aobaowan-2020-36': 0.65})
ISSUE_FLOORS.update({'linmin-zwxx-2020-01': {'page': 0.7, 'date': 0.85, 'body_tail': 0.8}, 'nm-aobaowan-2020-36': {'title': 0.8, 'date': 0.7, 'date_end': 0.8, 'body_tail': 0.7}})
ISSUE_PERSON_FLOORS.update({'nm-aobaowan-2020-36': 0.5})

# (round 45, session 37, set 300: three more months of a digest like the samples, for another city (a winter issue,
# a 专题 section, a 目录 that adds and drops sections): 1.0, 1.0, 0.98 on arrival)
ISSUE_FLOORS.update({'chengzhou-2024-01': {'page': 0.9}, 'chengzhou-2024-07': {'title': 0.9, 'body_head': 0.9}, 'chengzhou-2025-03': {'page': 0.9, 'body_tail': 0.9}})
# (round 46, session 38, sets 303, 305, 307: 人大常委会公报 from pdftotext (0.97 each on arrival), a Word 工作动态 whose
# 本期要目 counts a column of briefs titled on their own lines (0.93 -> 1), digests not shaped like the samples (a 目录
# without dots, one of sections alone, one in two columns: 1.0, 0.97, 1.0 on arrival))
ISSUE_FLOORS.update({'pingxi-2024-01': {'section': 0.0, 'subsection': 0.35, 'date': 0.7, 'body_head': 0.7, 'body_tail': 0.55}, 'tuogelake-2021-04': {'date': 0.85, 'body_head': 0.65, 'body_tail': 0.65}, 'wenfeng-2019-03': {'date': 0.7, 'body_head': 0.7, 'body_tail': 0.55}, 'cenjiang-zrzy-gongzuo-dongtai-2019-06': {'page': 0.05, 'body_tail': 0.8}, 'baling-zwxx-2024-01': {'title': 0.85, 'date': 0.85, 'date_end': 0.85, 'body_head': 0.85}, 'xiaochuan-zwxx-2021-06': {'title': 0.7, 'date': 0.7, 'body_head': 0.7}})
# (round 47, session 38, set 310: older digests in their encodings (GBK from Word 2003, a Taiwan township's bulletin
# in Big5 dated in the Republic's years, UTF-8 with BOM from a site): 1.0 each on arrival; the Taiwan one's dates
# 0.23 -> 0.77, its persons 0.32 -> 0.87)
ISSUE_FLOORS.update({'liaoxi-2010-04': {'date': 0.7, 'date_end': 0.75, 'body_tail': 0.7}, 'luodong-2012-04': {'date': 0.85, 'body_tail': 0.85}, 'taoling-2007-02': {'date': 0.7, 'date_end': 0.85}})
# (round 49, session 39, sets 317 and 318: three monthly 政务信息 of other cities (1.0 on arrival, persons 0.99), and three
# 工作简报 / 情况通报 (0.93 and 0.80 on arrival: a 目录 closed by a rule over the body's kicker, marked section labels, a
# numbered series its 导读 lists in part; now 1.0 each))
ISSUE_FLOORS.update({'baling-2024-01': {'date': 0.85}, 'minyang-2019-09': {'date': 0.85, 'date_end': 0.85}, 'tongchuan-2021-11': {'date': 0.85}, 'hn-sangxi-zjj-2016-09': {'date': 0.8, 'date_end': 0.8}, 'nm-wulantala-rjhj-2024-03': {'page': 0.0, 'body_tail': 0.75}})
# (round 51, session 39, set 323: digests of other 目录 layouts: a Word table's 目录 flattened to tabs (1.0), one of page
# ranges and subsections (0.94), one OCR'd from a scanned print (0.93, persons 0.65 -> 0.73: 杞, 矣 now surnames))
ENTRY_FLOORS.update({'eluan-gzxx-2015-22': 0.85, 'luqi-zwyq-2024-17': 0.85})
ISSUE_FLOORS.update({'eluan-gzxx-2015-22': {'body_tail': 0.85}, 'longxi-zwxx-2020-01': {'date': 0.8, 'date_end': 0.8, 'body_tail': 0.85}, 'luqi-zwyq-2024-17': {'page': 0.8, 'date': 0.75, 'date_end': 0.85, 'body_head': 0.8, 'body_tail': 0.8}})
ISSUE_PERSON_FLOORS.update({'eluan-gzxx-2015-22': 0.65})
# (round 52, session 39, sets 326 and 327: a Word 政务信息 whose 目录 is a table of merged cells (0.92), and digests of
# hard dates from pdftotext of typeset PDFs: an early-January issue (0.90, dates 0.69 -> 0.77), a quarter's (0.94, dates
# 0.88 -> 0.94), a Spring Festival issue whose 目录 of two columns pdftotext interleaves (0.53: left))
ENTRY_FLOORS.update({'tonglan-zwxx-2018-21': 0.85, 'censhui-2017-03': 0.45, 'yidong-2023-q3': 0.85, 'zixi-2020-01': 0.95})
ISSUE_FLOORS.update({'tonglan-zwxx-2018-21': {'title': 0.85, 'section': 0.75, 'date': 0.85, 'body_tail': 0.85}, 'censhui-2017-03': {'section': 0.7, 'subsection': 0.7, 'page': 0.0, 'date': 0.8, 'body_tail': 0.6}, 'yidong-2023-q3': {'date': 0.85, 'date_end': 0.85, 'body_tail': 0.5}, 'zixi-2020-01': {'title': 0.85, 'section': 0.0, 'subsection': 0.0, 'date': 0.6, 'date_end': 0.85, 'body_head': 0.85, 'body_tail': 0.4}})
ISSUE_PERSON_FLOORS.update({'censhui-2017-03': 0.7})
# (round 53, session 40, set 329: monthly digests of other cities saved in GBK with CRLF, UTF-8 with a BOM across a
# year's change, and UTF-16 with full-width digits in its 目录 (1.0, 1.0, 0.91 on arrival: a section `【信息简讯】……8`
# printing its page over run-in briefs -> 1.0); set 333: a 信息专报 with 领导批示 between its items, a 督查通报 whose
# annotator reads each town's part as a record (left: one 通报 here), a 快报 (0.86, 0.14, 0.95 on arrival))
ENTRY_FLOORS.update({'fenglan-xxzb-2019-14': 0.8, 'penxi-dctb-2016-09': 0.05, 'qingya-zwkb-2025-01': 0.95})
ISSUE_FLOORS.update({'cenyang-2017-06': {'date': 0.75, 'date_end': 0.85}, 'fengpu-2025-01': {'page': 0.85, 'date': 0.85, 'date_end': 0.85, 'body_tail': 0.85}, 'zhangnan-2012-09': {'date': 0.85}, 'fenglan-xxzb-2019-14': {'title': 0.25}, 'penxi-dctb-2016-09': {'title': 0.0, 'page': 0.0, 'date': 0.0, 'date_end': 0.0, 'body_head': 0.0, 'body_tail': 0.0}, 'qingya-zwkb-2025-01': {'title': 0.85, 'date': 0.85, 'date_end': 0.85, 'body_head': 0.55}})
ISSUE_PERSON_FLOORS.update({'fenglan-xxzb-2019-14': 0.75, 'penxi-dctb-2016-09': 0.6})
# (round 54, session 40, sets 335 and 338: three more months of the samples' own digest (`luoyang-2023-12b`, a
# year-end issue; `luoyang-2024-07`, footers inside entries; `luoyang-2025-03`, markdown): 1.0 each on arrival, persons
# 0.99-1.0; Word documents saved as .docx, a 目录 of Word's TOC field (1.0), a 简报 of bold titles (1.0), a 专报 whose
# masthead is in the page header (0.95 -> 1: a bold title after its siblings' mark run into its text, `**◆某某** 1—10月，…`))
ENTRY_FLOORS.update({'jinglan-zwxx-zhuanbao-2015-23': 0.95})
ISSUE_FLOORS.update({'jinglan-zwxx-zhuanbao-2015-23': {'section': 0.05, 'page': 0.0, 'date': 0.85, 'date_end': 0.85, 'body_tail': 0.8}, 'linmin-zwxx-2018-01': {'page': 0.7}})
# (round 55, session 40, set 339: digests from pdftotext whose credits are the point (glued to their writer, broken
# over lines, a writer's name spaced out a character a line, two units and their writers): tails 0.25, 0.19, 0.40 on
# arrival -> 0.81, 0.75, 0.60)
# (its 目录 under `【本期要目】`, its pages a column after its titles: 0.91 -> 0.97, sections 0 -> 1)
ENTRY_FLOORS.update({'shangba-gzdt-2021-01': 0.9})
ISSUE_FLOORS.update({'hadatu-zwxx-2024-06': {'date': 0.8, 'body_tail': 0.75}, 'penchuan-zwxx-2011-14': {'title': 0.85, 'section': 0.0, 'subsection': 0.8, 'body_tail': 0.7}, 'shangba-gzdt-2021-01': {'page': 0.85, 'date': 0.85, 'body_tail': 0.45}})
ISSUE_PERSON_FLOORS.update({'shangba-gzdt-2021-01': 0.75})

@pytest.mark.parametrize("path", ISSUES, ids=[p.stem for p in ISSUES])
def test_an_annotated_issue_scores_against_its_gold(path: Path, scorer) -> None:
    res = parse_path(path)
    pred = [e.to_dict() for e in res.entries]
    s = scorer.score(scorer.load(str(path.with_suffix(".jsonl"))), pred)
    assert s["entry_f1"] >= ENTRY_FLOORS.get(path.stem, 0.96), (s["missed"], s["spurious"])
    floors = {f: ISSUE_FLOORS.get(path.stem, {}).get(f, 0.97) for f in FIELDS}
    low = {f: s[f"{f}_accuracy"] for f in FIELDS if s.get(f"{f}_accuracy", 1.0) < floors[f]}
    assert not low, (low, s["field_misses"])
    assert s.get("person_f1", 0.0) >= ISSUE_PERSON_FLOORS.get(path.stem, 0.85), s["field_misses"].get("persons")  # (none
    # when no entry pairs with the gold's)


def test_the_annotated_issues_are_all_there() -> None:
    assert len(ISSUES) >= 160 and all(p.with_suffix(".jsonl").is_file() for p in ISSUES)


PAPERS_DIR = Path(__file__).resolve().parent / "fixtures" / "annotated_papers"
PAPERS = sorted([*PAPERS_DIR.glob("*.txt"), *PAPERS_DIR.glob("*.html"), *PAPERS_DIR.glob("*.htm"), *PAPERS_DIR.glob("*.mhtml"),
                 *PAPERS_DIR.glob("*.docx"),
                 *(p for p in PAPERS_DIR.glob("*.md") if p.name != "README.md")])
# entry F1 and field floors per page: today's figures less a margin (the readers' letters column and an
# e-paper's three-line headline are not read as the annotator reads them; see the README)
PAPER_FLOORS = {
    # session 25 (sets 119-121): a 县报 front page (a kicker over a title wrapped over two lines, a photo
    # news over its picture's place), a 评论 page, a sector paper's e-paper article page
    "hemei-jinri-2024-04-09": 0.97, "yuze-ribao-2024-06-12-p05": 0.97, "lanchuan-shuilibao-2023-07-19-03": 0.97,
    # sets 122-124: a 融媒体 web article, a 要闻 page of articles carried on from page 1, a 副刊 page of an
    # essay, poems and a photo set in the middle of the essay (the essay's text after it is read as the photo's)
    "xitong-rmtzx-2025-03-14": 0.97, "jiulan-ribao-2024-05-17-p2": 0.97, "fengbu-bao-2024-04-19-p4": 0.97,
    # sets 125-127: a WeChat post of numbered parts (its annotator: one article), a 2014 page OCR'd from a scan (a brief's title run to the next line's digit), a 校报 page, an
    # 开放 page
    "yangchuanqu-wechat-2024-07-15": 0.97, "tongya-bao-2014-04-22": 0.9, "heyu-xiaobao-2023-11-20-p3": 0.97,
    "lanmei-ribao-2024-05-16-p5": 0.97,
    # sets 128-130 (worked on in session 26): a 图片新闻 gallery page (its page headline no record, each
    # photographer's `摄影：` line its photo's), a 理论 page (the day and `理论　7` of its second page a page
    # break, a wrapped `（作者单位：…（…）…）`), a 文体 page with an interview (a kicker set apart over a
    # wrapped title, a `详见今日8版` pointer, an advert's strip)
    "yanmei-tupian-2024-06-11": 0.97, "minfeng-ribao-2024-06-18": 0.97, "hongzhou-ribao-2024-10-18": 0.97,
    # session 26 (sets 131-136): a 区报 page with a photo news set inside an article, a 公益 notice signed 宣
    # and an editor's note over a series; a 简报 saved as Markdown; a county site's article page; a power
    # paper's front page; a paper's app page copied from a phone; a provincial e-paper's 市县 page; a 融媒体
    # list of video news
    "luyu-2024-06-14": 0.97, "shuolan-2023-09": 0.97, "heting-2024-03-21": 0.97, "jichuan-dianli-2021-07-14": 0.97,
    "lanchuan-app-yaowen-2024-06-12": 0.97, "lanjiang-ribao-2021-06-18": 0.97, "lanxiu-rmt-video-2024-06": 0.97,
    # sets 137-139: a 市委机关报 front page as an e-paper (a 短评's writer under its heading), a two-column page
    # as `pdftotext -layout` prints it (the columns now read one after the other; the right one's title, over
    # a paragraph opening `近日，`, and its jittered wrap are still not read: its articles run together), a
    # village round-up as WeChat's own HTML (its title and intro a record of the parser's), an evening page of
    # two-line headlines that annotator reads as one title where the parser reads kicker and title
    "tonglan-2024-05-21": 0.97, "zhewan-bao-2024-05-21-p2": 0.55, "hemingwan-weixin-2021-06-18": 0.9,
    "luchuan-wanbao-2016-03-22-A07": 0.9,
    # sets 92-98 (session 23): a 纪委 page of numbered cases (its closing paragraph, a record of that annotator's,
    # stays with the last case), a 校报 page whose two-line headlines are kicker and title, a WeChat round-up
    # whose post title is a record of its own
    "canglan-jjjc-2024-09-13": 0.9, "rongchuan-ligong-daxue-bao-2024-05-15-p3": 0.97,
    "tanyue-nengyuan-bao-2024-03-08-p1": 0.97, "yuanxiu-zhongyuan-shenpandongtai": 0.97,
    "chengling-wechat-2024-06-12": 0.9, "tinghu-epaper-2024-03-21-01": 0.97, "qiwu-rqgs-2024-06-18": 0.97,
    "ruiting-wsdt-2024-05": 0.97, "qitong-zwxx-2024-01": 0.97,
    # sets 99-103: a 法治 page whose 以案释法 box and court notice are read into the column above them
    "chengchuan-scjg-2024-07-16": 0.97, "fengyu-xwfb-2024-03-21": 0.97, "qiwu-ribao-2024-11-20": 0.97,
    "tangjing-zx-wyfc": 0.97, "yucen-gqt-wechat-2024-05-06": 0.97, "yize-fazhibao-2024-06-18-p03": 0.8,
    "jingwan-2024-03-12": 0.97,
    # sets 104-112 (session 24): a 区委机关报 page whose 副题 under a headline one line reads as its title (a
    # kicker), a 人物 page whose kickers a hard wrap runs into their titles, a county paper's three-line headline,
    # a 1995 page OCR'd (its 要目 box and a brief's title lost to the OCR), a feed export
    "tanlan-2025-04-17": 0.85, "sangyu-bao-2024-10-18-p4": 0.85, "heling-bao-2024-05-22-p2": 0.97,
    "zheyuan-1995-04-18": 0.8, "qitong-gzdt-2024-03": 0.9, "henggao-ribao-2024-03-06-p04": 0.97,
    "qinmei-zwdt-2024-03-19": 0.97, "yanze-ribao-2024-06-18-03": 0.97, "huaiyu-wanbao-2024-05-17": 0.97,
    "danchuan-xwlb-2024-09-12": 0.97, "heting-ldhd-2024-06-12": 0.97, "zhilan-jiedao-djyb-2023-09": 0.97,
    # sets 113-115: an agency page whose headline set apart by blank lines over a paragraph with no date is still
    # read into the article above
    "lanchuan-wanbao-2024-05-08": 0.97, "lanhai-ribao-2024-10-17-p06": 0.9, "qingfeng-qubao-2024-06-14-p3": 0.97,
    "tiaoling-ribao-2024-09-12-p03": 0.97,
    # sets 116-118: a WeChat round-up whose post title and account blurb are records of the parser's (its intro
    # that annotator's none), an evening paper's letters and their replies (that annotator's one record each, the
    # parser splitting a reply off), an enterprise paper whose 引题 is printed under its headline
    "qingwu-wx-2024-10-14": 0.75, "qitong-wanbao-2024-06-13": 0.85, "minlan-nenghuabao-2024-09-20": 0.9,
    "lanzhu-zwdt-list-2": 0.97, "luanxi-jiaoyu-jianbao-2024-05": 0.97,
"baixi-2024-03-18": 0.97, "mincheng-2024-06-12": 0.97, "shiqiao-1996-04-25": 0.83,
                "hechuan-2024-05-21": 0.97, "huachu-dianli-2005-01-06": 0.97, "yilan-gov-2024-08-16": 0.97,
                "tongling-2023-09-14": 0.9, "rongzhou-zwdt-2024-09": 0.97,
                # the tenth annotator starts a feature's text after its ——subtitle; the parser keeps the
                # subtitle as the text's first line, and a photo's caption apart from the article's text
                "liuchuan-bao-2022-06-17": 0.85,
                # the eleventh annotator's paper and the twelfth's HTML pages (a site's 政务动态, an old
                # table-layout 领导活动 page in GB18030, an e-paper's page)
                "landong-bao-2024-05-16": 0.97, "hengtang-zwdt-2023-06": 0.97, "xiuyang-ldhd-2019-07": 0.97,
                "danshui-dzb-2025-03-14": 0.97,
                # the thirteenth annotator's WeChat post of a county's 融媒体中心
                "zheling-xw-2024-05-16": 0.97,
                # the fourteenth annotator's PDF-extracted paper (its three 简讯 briefs left untitled, which the
                # parser titles by their first sentence, so they are not matched) and a site's 领导活动 list
                "chengchuan-rb-2021-03-18": 0.7, "zhechuan-ldhd-2020-06": 0.97,
                # the sixteenth annotator's 政务动态 column (title and date on one line over a summary); the
                # seventeenth's paper pages start a text after its ——subtitle and make a story carried to
                # another page two entries, and their WeChat post titles its lead with the post's title
                "xiuping-zwdt-2023-06": 0.97, "jizhou-rb-2019-09-24": 0.8, "tangwu-rb-2024-05-16": 0.75,
                "zhiling-wx-2025-03": 0.9,
                # the nineteenth annotator's 晚报 page, news page and 两会 issue (a speech's closing note, `（根据
                # 大会书面发言整理，有删节）`, left out of body_tail)
                "hongzhou-wb-2022-10-13": 0.97, "chayang-news-2024-07-19": 0.97, "chuxi-hy-2025-01": 0.75,
                # the twentieth's Markdown export (its 编者按 under the issue's heading is a block of its own
                # there, no entry of the gold) and a 2016 page from a two-column PDF whose columns come out
                # interleaved (two headlines on one line, a paragraph going on after the other column's headline)
                "huaiwan-xczx-2024-05": 0.94, "langxi-rb-2016-08-12": 0.6,
                # the twenty-second annotator leaves the briefs of a 简讯 column untitled (the parser titles each
                # by its first sentence: three unmatched) and counts a post's lead under its title as no
                # article (the parser keeps it as a block record); the twenty-third's Markdown 工作动态 and the
                # twenty-fourth's pages
                "linjiang-zwdt-2025-06": 0.97, "qiaoshan-rb-2024-10-22": 0.6, "tonghe-wx-2024-12": 0.85,
                "caiyuan-dt-2025-01": 0.97, "hexin-qnb-2024-03-15": 0.97, "lanping-rb-2022-08-30": 0.97,
                "xishan-wb-2023-05-09": 0.97,
                # the twenty-fifth annotator's 晚报 page as text from its site (no year printed on it)
                "yuntai-wb-2022-04-12": 0.97,
                # the twenty-seventh's 两会特刊 page (a photo's caption is that annotator's text; the parser keeps
                # it apart) and a site's 领导活动 column
                "binhe-lhtk-2025-03-05": 0.85, "qinglin-ldhd-2024-11": 0.97,
                # the twenty-eighth's international page (invented countries and cities the scorer reads as
                # people: 塔里克斯坦, 埃斯帕隆)
                "haixi-rb-2023-09-08": 0.97,
                # the twenty-ninth's list page of a 融媒体中心 (each row's date is that annotator's date, where the
                # parser reads the summary's own date and leaves a row without one undated, as the sixteenth does)
                "lianhua-xwlb-2024-08": 0.97,
                # sets 31-37 (see the README): a 新闻公报 in traditional characters whose note under the masthead
                # is a block of its own; a list page and a 专题 page whose rows print no text (that annotator's
                # body null) or a summary cut short with `…`; a WeChat compilation with a ▲ caption read as a part's
                # headline and the compilation's note as a block
                "haiqiao-xwgb-2024-06": 0.95, "qinghu-fzb-2023-11-08": 0.9, "tiefeng-qyb-2024-04-26": 0.97,
                "lanshan-zwdt-2024-03": 0.97, "yunbei-gov-2024-09-20": 0.97, "qingyun-news-2024-11-05": 0.97,
                "taiping-ldzc-2024-10": 0.97, "xiping-zt-2024-12": 0.95, "beilin-wb-2023-03-14": 0.97,
                "hexi-xb-1998-10-09": 0.97, "nanhu-rb-2024-06-20-llb": 0.97, "dongting-wxhj-2024-05": 0.88,
                # sets 38-40 (see the README): a 法治报 page, a 农民报 page from a PDF, a 2012 老年报 page in HTML, a list
                # page among a site's menus (its rows' gold body null), a 政务周报 in Markdown (its 导读 note a block of
                # its own) and a 工作简报 whose 【简讯】 briefs that annotator leaves untitled (null titles match no record)
                "fazhi-bao-2024-05-16": 0.97, "nongmin-bao-2023-09-14": 0.97, "wanxia-2012-10-23": 0.97,
                "gonggao-lb-2024-05-20": 0.97, "shiwei-zb-2025-04": 0.94, "xiangzhen-dzb-2024-06": 0.6,
                # set 41: another issue of the sample paper (its people, titles and text all new)
                "yibin-2023-03-08": 0.97,
                # sets 42-44: a county station's news script, a 政协 profile page (its own headline over its
                # 编者按 is a record the annotator leaves out), a 信息公开 table, a news app's article page, and a
                # 2008 paper from a two-column PDF read across its columns (as langxi above: headlines and
                # paragraphs of two articles interleaved, left alone)
                "xianTV-xwlb-2024-05-17": 0.97, "zhengxie-lvzhi-2024": 0.9, "gongkai-lm-2023": 0.97,
                "kehuduan-2024-06-12": 0.97, "liangqi-bao-2008-11-18": 0.6,
                # sets 45-46: the samples' digest as its web edition, the samples' paper as an e-paper page, a
                # party paper's front page with its 导读 box, a county
                # daily's page 2 with an advertisement's box, an evening paper's 社区 page (a feature's two-line
                # headline read title-first, as that annotator reads it kicker-first)
                "luoyang-web-2024-05": 0.97, "yibin-epaper-2023-06-14": 0.97, "qiancheng-rb-2024-09-12": 0.97,
                "xian-rb-2024-07-18-p2": 0.97, "wanbao-sq-2023-11-21": 0.85,
                # sets 47-49 (see the README): a city's 新闻发布会 page and its 实录, a 人事任免 column's notices with a
                # 任前公示 table, a Hong Kong 新聞公報 day page, a university paper's page, a 日报's feature page, a
                # 理论 page of signed essays and a town's WeChat 工作动态
                "fabuhui-sl-2024-09": 0.97, "renmian-gs-2024": 0.97, "xianggang-gb-2024-05-08": 0.97,
                "xiaobao-2024-05-20": 0.97, "renwu-tx-2024-06-18": 0.97, "lilun-ban-2024-05-20": 0.97,
                "xiangzhen-gzdt-2024-06": 0.97,
                # sets 50-51: a county's microblog timeline (two posts the annotator leaves untitled: null titles
                # match no record), a Taiwan county's releases dated in the Republic's calendar, a hospital
                # paper's page, a village's notice board read by OCR, and a 2009 portal page in GB2312 whose
                # column list that annotator counts as entries (the parser: the page's links beside its article)
                "weibo-hj-2024-05": 0.75, "taoyuan-xwg-113-05-08": 0.97, "yiyuan-yb-2024-05-20": 0.97,
                "cunwu-gk-2024-Q2": 0.97, "xiancheng-zwdt-2009-05": 0.15,
                # sets 53 and 55 (session 19): a 2003 mining paper retyped, an e-paper page (its `【市民诉求】`
                # / `【部门回应】` labels inside a Q&A read as titles, its 本版标题导航 a block), a PDF front page
                # (a kicker a PDF printed after its headline; a two-deck title read as kicker and title), a
                # county's 政务动态 list page, an article page in GB2312 and a WeChat post (its lead a block)
                "langou-kuanggongbao-2003-06": 0.97, "yingzhou-ribao-2023-09": 0.8, "yunchuan-qubao-2024-05": 0.85,
                "zheyuan-zwdt-2024-03": 0.97, "chengyang-nyj-2024-04": 0.97, "tonggang-wechat-2024-04": 0.94,
                # sets 58 and 60 (session 19's second round): a 2010 e-paper page in old table markup, a power
                # paper's page as Markdown, an evening paper's page read by OCR (its columns in short lines, its
                # 热线 column and weather box records of that annotator's), a 信息公开 page holding a 政务信息 issue
                # and a 2015 portal's 领导活动 list
                "chengyuan-xianbao-2010-04": 0.85, "hanling-dianlibao-2024-06": 0.9, "qizhou-wanbao-2016-11": 0.65,
                "fengyuan-xxgk-2024-01": 0.97, "luoshui-ldhd-2015-06": 0.97,
                # sets 63 and 65 (session 20): an e-paper page of one article under its page's list of titles (that
                # annotator: one record), a party paper's front page, a weekend feature page hard-wrapped at
                # several widths (each region's own since session 21: a feature's ◆ subheads kept in its text), a
                # portal's list page and a WeChat round-up
                "chengyang-jiaoyubao-2009-11": 0.65, "fengling-dangbao-2024-04": 0.9, "oubin-zhoumo-2023-09": 0.6,
                "wenping-zwdt-2024-06": 0.97, "zhehu-weixin-2024-01": 0.9,
                # sets 68 and 69 (session 21): a county paper's page 2 from a PDF (a photo block extracted inside
                # an article; a letter-spaced two-line title), a railway paper's e-paper page, an evening paper's
                # page as pandoc Markdown (a 相关阅读 box of links read as a record), a portal's list page saved
                # as text (that annotator dates every row by its printed date), a bureau's one-article page and
                # a WeChat round-up
                "yuanliang-xianbao-2024-03": 0.85, "minchuan-tiedao-2012-01": 0.9, "lincheng-wanbao-2020-11": 0.9,
                "yuanqiao-portal-2023-06": 0.97, "hanyang-bureau-2021-06": 0.97, "qi-an-wechat-2025-03": 0.9,
                # sets 72-76 (session 21's second round): an office system's 政务信息 page, a company paper whose
                # 简讯 that annotator leaves untitled (null titles: no record matches them), a 评论 page (a
                # two-line title read as kicker and title, the 读者来信's editor's note kept in the letter's
                # text), a district paper's
                # front page, a provincial site's article as MHTML, a 领导活动 list page of titles alone (rows
                # with no text, whose gold body is null), three app articles in one file, WPS Markdown
                "qingxiu-zwxx-2024-04": 0.97, "qingya-company-2018-06": 0.4, "quan-commentary-2022-10": 0.9,
                "wenxi-front-2024-03": 0.97, "jiangping-jrgz-2024-03": 0.97, "lincheng-ldhd-2020-05": 0.97,
                "yunqiao-rongmei-2024-01": 0.97, "tongpu-zwxx-2021-06": 0.97,
                # sets 78, 79 and 81 (session 22): a district paper's 民生 page from a PDF (三-deck headlines, a title
                # printed before its kicker), an e-paper page of 引题/主题/副题 elements, an OCR'd 专版 (its banner and
                # its `一一` subtitle a record, photo news of title, caption and `某某 摄` not read as records), a portal's
                # 领导活动 article, a township's list page (its 通知公告 sidebar), a WeChat round-up copied as text
                # (its title and intro a record of their own) and a Word digest saved as a web page
                "lanwan-minsheng-2023-09": 0.7, "lingzhou-zonghe-2025-03": 0.9, "xianping-zhuanban-2016-10": 0.65,
                "cangjing-ldhd-2024-04": 0.97, "liping-gzdt-2022-05": 0.95, "qiwu-weekly-2023-09": 0.9,
                "hequan-zwxx-2017-06": 0.97,
                # sets 83, 84 and 86 (session 22's second round): a 党建 page whose 学习园地 box of quotations that
                # annotator counts as no record (the samples' gold counts a boxed 摘登 as one) under a banner read
                # as a quote, a 法治 page (two-line headlines read as kicker and title), a 镇报's front page (an
                # untitled photo: a null title matches no record), a list page of titles alone (null bodies), a
                # portal's article saved as text, a WeChat report as Markdown and a pdf2htmlEX page
                "mianchuan-dangjian-2021-06": 0.7, "tingyang-fazhi-2019-09": 0.97, "qingbu-zhenbao-2024-04": 0.9,
                "chengyang-bmdt-2023-06": 0.97, "luodong-zwdt-2024-03": 0.97, "huaichuan-slt-2022-12": 0.97,
                "mingchuan-zwxx-2023-08": 0.9,
                # sets 88, 89 and 91 (session 22's third round): a 文化副刊 page (a photo block extracted inside
                # the essay, poems and their poets), an 经济 page with a price table inside an article, a water
                # paper's own Word file, a 图片新闻 list page, a mobile page, a 政策解读 page of questions and
                # answers and a CMS digest of anchored items
                "chengxu-fukan-2024-04": 0.9, "ruichuan-jingji-2020-11": 0.9, "tuomei-shuili-2019-07": 0.85,
                "cangling-tupianxinwen-2023-09": 0.9, "heting-mobile-2021-06": 0.97,
                "lanchuan-zhengcejiedu-2024-03": 0.97, "suyang-zwxx-2024-01": 0.97}
# a page's body_tail floor where it is not its entry floor: rows with no text, whose gold body is null (no
# text can match it), and summaries cut short with `…` that the annotator ends before the ellipsis
TAIL_FLOORS = {"zhewan-bao-2024-05-21-p2": 0.0, "luchuan-wanbao-2016-03-22-A07": 0.85, "fengbu-bao-2024-04-19-p4": 0.45, "tongya-bao-2014-04-22": 0.8, "canglan-jjjc-2024-09-13": 0.8, "yize-fazhibao-2024-06-18-p03": 0.6,
               # (session 24: a TV text edition whose credits after each item that annotator keeps in the text, a
               # list page whose rows print no text, an evening page's last brief over the page's footer lines, the
               # 1995 page's brief over its 简讯 label and footer)
               "danchuan-xwlb-2024-09-12": 0.15, "heting-ldhd-2024-06-12": 0.0, "huaiyu-wanbao-2024-05-17": 0.85,
               "zheyuan-1995-04-18": 0.6, "lanchuan-wanbao-2024-05-08": 0.85, "lanhai-ribao-2024-10-17-p06": 0.85,
               "minlan-nenghuabao-2024-09-20": 0.6, "qitong-wanbao-2024-06-13": 0.2,
               "taiping-ldzc-2024-10": 0.0, "xiping-zt-2024-12": 0.8, "gonggao-lb-2024-05-20": 0.0,
               "gongkai-lm-2023": 0.0, "liangqi-bao-2008-11-18": 0.3, "luoyang-web-2024-05": 0.9,
               # the 任前公示's text, that annotator's, ends with its signature and date (the parser's sign-off)
               "renmian-gs-2024": 0.75,
               # the board's annotator ends a notice's text with its signature and date (the parser's sign-off)
               "cunwu-gk-2024-Q2": 0.6, "xiancheng-zwdt-2009-05": 0.97,
               # the page's footer prints the office hours (`服務時間：週一至週五 上午8:00-12:00 …`), as an article on new
               # office hours prints them: kept as text, the last release's
               "taoyuan-xwg-113-05-08": 0.7,
               # the mining paper's letter signed under its text and its commentary's footer line (that annotator
               # ends the texts before them; the parser keeps the signature's unit and the letter's writer)
               "langou-kuanggongbao-2003-06": 0.75,
               # the WeChat post's ▲ caption with its photographer under an item's text (the parser keeps it there)
               "tonggang-wechat-2024-04": 0.85, "chengyuan-xianbao-2010-04": 0.65, "hanling-dianlibao-2024-06": 0.75,
               "qizhou-wanbao-2016-11": 0.5, "fengyuan-xxgk-2024-01": 0.85, "fengling-dangbao-2024-04": 0.85,
               "oubin-zhoumo-2023-09": 0.3, "wenping-zwdt-2024-06": 0.4, "yuanliang-xianbao-2024-03": 0.75,
               "lincheng-wanbao-2020-11": 0.7, "yuanqiao-portal-2023-06": 0.9, "qi-an-wechat-2025-03": 0.85,
               "quan-commentary-2022-10": 0.65, "wenxi-front-2024-03": 0.75, "lincheng-ldhd-2020-05": 0.0,
               "tongpu-zwxx-2021-06": 0.85, "lingzhou-zonghe-2025-03": 0.85, "xianping-zhuanban-2016-10": 0.35,
               "chengyang-bmdt-2023-06": 0.0, "mianchuan-dangjian-2021-06": 0.55, "qingbu-zhenbao-2024-04": 0.85,
               "tingyang-fazhi-2019-09": 0.75, "cangling-tupianxinwen-2023-09": 0.65, "chengxu-fukan-2024-04": 0.1,
               "ruichuan-jingji-2020-11": 0.75, "suyang-zwxx-2024-01": 0.9}
# the second annotator dates an article from a date after a quote that opens it (`“防守！”9月9日晚`) and
# a photo news from its caption; the parser reads a date only where the text opens with one
# the twelfth annotator leaves `昨日，` undated; the parser dates it the day before the paper's
# the sixteenth leaves `6月以来，` undated (the parser dates it to the month, as the second annotator dates `1月以来，`)
# the nineteenth dates an article from `据路透社报道，当地时间10月9日，` (the parser reads a date only where the text opens with one)
# the twenty-third and twenty-fourth date `1月上旬` to the first (the parser to the month) and an article from
# a date inside its first sentence (`记者日前获悉，…将于3月18日至6月30日举行`; the parser reads where the text opens)
DATE_FLOORS = {"lanjiang-ribao-2021-06-18": 0.4, "luchuan-wanbao-2016-03-22-A07": 0.7, "tongya-bao-2014-04-22": 0.8, "heyu-xiaobao-2023-11-20-p3": 0.85, "lanmei-ribao-2024-05-16-p5": 0.6, "danchuan-xwlb-2024-09-12": 0.8, "qitong-gzdt-2024-03": 0.8, "zhilan-jiedao-djyb-2023-09": 0.85,
               # (an evening page's `从5月起` and `立夏当天`, a 国际 page's `当地时间13日` brief, a 区报's date in its
               # second sentence: those annotators' dates)
               "lanchuan-wanbao-2024-05-08": 0.7, "lanhai-ribao-2024-10-17-p06": 0.85, "qingfeng-qubao-2024-06-14-p3": 0.8,
               # (a list page whose rows' listed days that annotator takes for dates, as the parser does since session
               # 31; a 能化报 page and letters whose later-paragraph days that annotator reads)
               "lanzhu-zwdt-list-2": 0.35, "minlan-nenghuabao-2024-09-20": 0.45, "qingwu-wx-2024-10-14": 0.7,
               "qitong-wanbao-2024-06-13": 0.45,
               "tongling-2023-09-14": 0.8, "danshui-dzb-2025-03-14": 0.85, "xiuping-zwdt-2023-06": 0.85,
               "hongzhou-wb-2022-10-13": 0.85, "langxi-rb-2016-08-12": 0.75, "caiyuan-dt-2025-01": 0.85,
               "hexin-qnb-2024-03-15": 0.55, "xishan-wb-2023-05-09": 0.8,
               # a page that prints no year at all (`第06版：城事`): the parser dates nothing without one and warns
               # (`--year` gives it); the annotator took the year from the file's name
               "yuntai-wb-2022-04-12": 0.35, "lianhua-xwlb-2024-08": 0.0,
               # a 专题 page's rows whose summaries print no date: that annotator dates them by the row's date
               "xiping-zt-2024-12": 0.3, "qinghu-fzb-2023-11-08": 0.9, "tiefeng-qyb-2024-04-26": 0.85,
               # (and a photo news that annotator dates by its caption, `▲7月16日，…`: the parser reads no caption's date)
               "liangqi-bao-2008-11-18": 0.7, "xian-rb-2024-07-18-p2": 0.8,
               # set 48 dates a release by its stamp where its text opens `昨日（五月七日）` (the parser: the 7th)
               "xianggang-gb-2024-05-08": 0.75,
               # a date in the first sentence after its opening words (`…訂於113年5月20日至24日辦理`), and a notice
               # dated by its 公开日期 where its text opens with none (the parser leaves it undated)
               "taoyuan-xwg-113-05-08": 0.7, "cunwu-gk-2024-Q2": 0.8,
               # the mining paper's annotator leaves `５月份以来，` undated and dates `截至６月１４日`
               "langou-kuanggongbao-2003-06": 0.75, "hanling-dianlibao-2024-06": 0.85, "qizhou-wanbao-2016-11": 0.8,
               "fengyuan-xxgk-2024-01": 0.85, "fengling-dangbao-2024-04": 0.85, "wenping-zwdt-2024-06": 0.9,
               # the weekend page's brief opening `每天下午四点半，` the parser dates by the paper's day
               "oubin-zhoumo-2023-09": 0.7, "lincheng-wanbao-2020-11": 0.85, "yuanqiao-portal-2023-06": 0.7,
               "tongpu-zwxx-2021-06": 0.85,
               # (session 22: photo news the OCR'd 专版's annotator dates by their captions; an e-paper's notice
               # dated after its purpose clause; a list row dated by the site)
               "lingzhou-zonghe-2025-03": 0.75, "xianping-zhuanban-2016-10": 0.55, "liping-gzdt-2022-05": 0.9,
               "mingchuan-zwxx-2023-08": 0.85, "qingbu-zhenbao-2024-04": 0.85, "ruichuan-jingji-2020-11": 0.75,
               # (session 23: a profile dated from its first scene, a post's items dated after a lead clause or
               # by a forecast's first day)
               "tanyue-nengyuan-bao-2024-03-08-p1": 0.7, "chengling-wechat-2024-06-12": 0.55,
               # (a 发布会 page's 预告 of a coming conference and a 法治 page's column dated by a court notice)
               "fengyu-xwfb-2024-03-21": 0.6, "yize-fazhibao-2024-06-18-p03": 0.6}
PERSON_FLOORS = {"yanmei-tupian-2024-06-11": 0.9, "zhewan-bao-2024-05-21-p2": 0.6, "xitong-rmtzx-2025-03-14": 0.65, "fengbu-bao-2024-04-19-p4": 0.6, "oubin-zhoumo-2023-09": 0.7, "qitong-wanbao-2024-06-13": 0.55, "langxi-rb-2016-08-12": 0.75, "haixi-rb-2023-09-08": 0.75,
                 "cunwu-gk-2024-Q2": 0.75, "liangqi-bao-2008-11-18": 0.85, "xianping-zhuanban-2016-10": 0.75,
                 "chengxu-fukan-2024-04": 0.65, "chengchuan-scjg-2024-07-16": 0.75}  # (numbered names with their posts, `2.某某某（护林员）`, are still missed)  # (the interleaved columns cut and swap its people)


# session 27 (blind sets 140-160): a front page OCR'd from a scan (a kicker and a title wrapped over two lines
# over a paragraph its hand wrap cut short), a 延伸阅读 box that annotator reads as a record, a 评论 page's 来论
# column under its call for letters, an e-paper text view's title over a `——` subtitle read as kicker and title,
# a 数读 box of figures that annotator reads as a record; list pages dated by their rows (the parser: the
# summaries' own days); a microblog timeline's `MM-DD` days with no year
PAPER_FLOORS.update({"fengzhu-jrfz-2024-10-18-p4": 0.97, "lubin-zwdt-list-p1": 0.97, "tongzhu-bao-2024-03-19": 0.8, "canglan-jyb-2019-04-17-p3": 0.97, "yantang-wanbao-2024-11-07-A07": 0.6, "lanyu-ldzc-duruoheng": 0.97, "qiwu-bao-2024-05-17-p3": 0.97, "luxia-ribao-2016-09-21-p5": 0.85, "chengwan-bao-2024-05-21-p1": 0.97, "qitong-zwxx-2024-16": 0.97, "yanting-ribao-2018-05-23-p2": 0.97, "cuoling-ribao-2024-06-18-p2": 0.97, "fengzhu-tupian-2024-05": 0.97, "chengling-wanbao-2024-09-12-A07": 0.9, "yanqiu-gov-2024-06-18": 0.97, "yuchuan-bao-2024-08-15-p4": 0.97, "linlan-zt-yshj": 0.97, "hewan-xwfbh-2024-09-10": 0.97, "shatang-qubao-2024-09-12-p3": 0.97, "luting-wanbao-2024-04-22-A07": 0.97, "qinghuang-zhen-weixin-2024-05-20": 0.85, "fengmei-ribao-2024-11-19-p7": 0.97, "qingfeng-zcjd-2024-07-08": 0.97, "zheling-bao-2024-05-17-p2": 0.97, "lucen-ribao-2024-10-15-p3": 0.7, "qilan-weibo-2024-10-17": 0.97, "tongying-bao-2024-09-20-p4": 0.97, "liqiao-zhen-gzdt-2024-06-12": 0.97, "luchuan-wanbao-2024-05-17-A02": 0.8, "tinglan-zwxx-2024-03": 0.97, "xizhou-qubao-2024-04-18": 0.97, "congyang-ribao-2019-06-14-p6": 0.97, "zhechuan-zwdt-list": 0.97})
DATE_FLOORS.update({"lubin-zwdt-list-p1": 0.0, "lanyu-ldzc-duruoheng": 0.85, "qiwu-bao-2024-05-17-p3": 0.85, "chengling-wanbao-2024-09-12-A07": 0.5, "linlan-zt-yshj": 0.0, "qilan-weibo-2024-10-17": 0.2, "congyang-ribao-2019-06-14-p6": 0.7})
TAIL_FLOORS.update({"tongzhu-bao-2024-03-19": 0.6, "yantang-wanbao-2024-11-07-A07": 0.0, "qiwu-bao-2024-05-17-p3": 0.85, "luxia-ribao-2016-09-21-p5": 0.6, "chengwan-bao-2024-05-21-p1": 0.7, "qitong-zwxx-2024-16": 0.85, "luting-wanbao-2024-04-22-A07": 0.75, "qinghuang-zhen-weixin-2024-05-20": 0.75, "tongying-bao-2024-09-20-p4": 0.75, "congyang-ribao-2019-06-14-p6": 0.7, "zhechuan-zwdt-list": 0.0})
PERSON_FLOORS.update({"tongzhu-bao-2024-03-19": 0.75, "qingfeng-zcjd-2024-07-08": 0.6})

# session 28 (blind sets 161-172): a 乡村振兴 page's ▲ caption after a profile's credit (a record of that annotator's)
# and its three-line headline; an evening paper's headline wrapped over two lines and its `明日`, `12日起` (dates of
# that annotator's reading); a list page dated by its summaries' days; a 1998 front page's footer price line
PAPER_FLOORS.update({"yuqiu-bao-2024-06-18-p3": 0.85, "liuxi-gov-2021-06-10": 0.97, "luping-wanbao-2023-07-12-A05": 0.97, "fuchuan-bao-1998-12-08-p1": 0.97, "tanao-wechat-2023-11-24": 0.97, "weize-zwdt-2024-05-21": 0.97, "shengpu-wanbao-2019-11-08-a06": 0.97, "zhangyu-jrzy-2024-05-17-p2": 0.97, "sumutu-ribao-2024-08-21": 0.97, "cenze-ldhd-list": 0.97, "lucen-bao-2024-05-17-p3": 0.97, "langang-2024-03-05-press": 0.97, "ruiping-2023-10-27-p4": 0.97, "qinghuang-yangmeijie-2024-06-16": 0.97, "tonglan-wanbao-2024-03-21-a07": 0.97, "diwan-bao-2024-07-19-p4": 0.97})
DATE_FLOORS.update({"luping-wanbao-2023-07-12-A05": 0.55, "shengpu-wanbao-2019-11-08-a06": 0.35, "cenze-ldhd-list": 0.8})
TAIL_FLOORS.update({"yuqiu-bao-2024-06-18-p3": 0.75, "fuchuan-bao-1998-12-08-p1": 0.75})
# (round 12, sets 173-175: a culture bureau's page whose photo captions are records of that annotator's, a photo
# page whose captions a hand wrap left short, a 两会 page's two-line headline read as kicker and title)
PAPER_FLOORS.update({"yingxi-bao-2024-01-12-p3": 0.85, "tingyang-wenlv-2024-05-06": 0.45, "xiuzhou-jiaojianbao-2024-05-17-p3": 0.97, "lanfu-wanbao-2024-05-18-a06": 0.85})
TAIL_FLOORS.update({"yingxi-bao-2024-01-12-p3": 0.75, "lanfu-wanbao-2024-05-18-a06": 0.35})
PERSON_FLOORS.update({"tingyang-wenlv-2024-05-06": 0.7})
# (round 13, sets 176-178: a theory page whose editors' note run into its first line is a record to that
# annotator, page matter to another's and to the parser; a list page dated by its rows, its summaries by the
# events they report)
PAPER_FLOORS.update({"meiyang-zwdt-list": 0.97, "qingyi-2024-12-18-p2": 0.97, "yatong-ribao-2024-09-24-p7": 0.8,
                     "lanjiang-wb-2024-06-18-A05": 0.97, "zheling-zaoan-2024-03-12": 0.97})
DATE_FLOORS.update({"meiyang-zwdt-list": 0.2})
# (round 14: a post's item opening on a quote before its day, dated null by most annotators here and by the parser)
PAPER_FLOORS.update({"ruozhu-sqb-2024-05-24": 0.97, "yunshui-ldhd-2024-10-16": 0.97, "lanchuan-wb-2018-10-23-a07": 0.97,
                     "qitang-gzdt-2023-11-24": 0.97, "yuze-yzyw-2023-11-19": 0.97})
DATE_FLOORS.update({"qitang-gzdt-2023-11-24": 0.75, "ruozhu-sqb-2024-05-24": 0.8})  # (a photo's `▲5月18日，…` caption
# under a `（图/某某）` credit: undated, as a ▲ line opening a round-up's brief is)
# (round 15: a list of rows with no text, its tails null to the annotator and empty to the parser; an evening
# page whose interview's two-line title and whose column labels that annotator reads otherwise)
PAPER_FLOORS.update({"huaixi-daily-2024-03-15": 0.97, "lanqiao-tzgg-2024-06-24": 0.97, "chenglong-rmt-2024-08-12": 0.97,
                     "yuantong-wb-2024-09-05-A07": 0.97, "lanwan-2024-04-18": 0.97})
DATE_FLOORS.update({"yuantong-wb-2024-09-05-A07": 0.75})
TAIL_FLOORS.update({"lanqiao-tzgg-2024-06-24": 0.0, "yuantong-wb-2024-09-05-A07": 0.75})
# (rounds 16-17, session 30: a dateline's day against the event its text reports after a quote; list rows with
# no text; a WeChat post of four parts under emoji headings, one story with its photos to that annotator, four
# items to the parser, as the items of a 工作动态 post were to another)
PAPER_FLOORS.update({"xiuchuan-rb-2024-12-04-p2": 0.97, "qintang-bao-2024-11-08-p3": 0.97, "yueling-ldhd-2024-10-12": 0.97,
                     "chengwan-wanbao-2024-10-19-a07": 0.97, "qingyue-rmt-2024-07-26": 0.97, "henglan-ribao-2024-10-09": 0.97,
                     "zheyu-qu-renmian-2024-7": 0.97, "tonglan-wanbao-2024-03-14-A07": 0.97, "xingwan-jiedao-2024-05-28": 0.15})
DATE_FLOORS.update({"xiuchuan-rb-2024-12-04-p2": 0.65, "xingwan-jiedao-2024-05-28": 0.0})
TAIL_FLOORS.update({"yueling-ldhd-2024-10-12": 0.0, "zheyu-qu-renmian-2024-7": 0.0, "xingwan-jiedao-2024-05-28": 0.0})
PERSON_FLOORS.update({"xingwan-jiedao-2024-05-28": 0.2})
# (rounds 18-20: a 副刊 page's painting captioned under its title and the painter, no record to the parser; a
# 民生实事 page whose table's caption a PDF set beside the lead's first lines; a page-one kicker, title and subtitle
# each set apart by a blank line; rows dated by their own day over the events their summaries report)
PAPER_FLOORS.update({"hezhi-wanbao-2024-04-12-B03": 0.8, "huaiping-rmt-2024-06-18": 0.97, "tingyang-daily-2024-05-09-a7": 0.97, "censha-rd-shicha-2024-09-12": 0.97, "fengyan-bao-jiaoyu-2024-10-25": 0.97, "zheyuan-bao-2024-09-26-p3": 0.8, "huaichuan-zcjd-2024-03-18": 0.97, "luting-wanbao-2024-09-20-A11": 0.97, "chengchuan-wanbao-2023-11-09-A06": 0.97, "suoling-zhen-news-2024-04-19": 0.97, "jizhou-ribao-2024-06-18-a06": 0.97, "chengwan-2024-04-18": 0.7, "tangli-2024-09-12": 0.97, "tiaoling-rqgs-2024-06-12": 0.97, "yuanmei-wanbao-2024-05-18-A07": 0.75})
DATE_FLOORS.update({"hezhi-wanbao-2024-04-12-B03": 0.6, "huaiping-rmt-2024-06-18": 0.75, "tingyang-daily-2024-05-09-a7": 0.8, "huaichuan-zcjd-2024-03-18": 0.0, "luting-wanbao-2024-09-20-A11": 0.45, "tiaoling-rqgs-2024-06-12": 0.0})
TAIL_FLOORS.update({"hezhi-wanbao-2024-04-12-B03": 0.3, "tingyang-daily-2024-05-09-a7": 0.8, "zheyuan-bao-2024-09-26-p3": 0.3, "huaichuan-zcjd-2024-03-18": 0.0, "suoling-zhen-news-2024-04-19": 0.0, "jizhou-ribao-2024-06-18-a06": 0.8, "tiaoling-rqgs-2024-06-12": 0.0})
PERSON_FLOORS.update({"hezhi-wanbao-2024-04-12-B03": 0.75, "zheyuan-bao-2024-09-26-p3": 0.7, "tiaoling-rqgs-2024-06-12": 0.65, "yuanmei-wanbao-2024-05-18-A07": 0.75})
# (session 31, rounds 21-25, sets 200-213: untitled ■ briefs titled null by that annotator and two-line headlines
# one title to it (a 综合新闻 page); a results box read into the match report above it; poems a ◆ author line signs; a
# list page whose rows print no text (tails null to the annotators); a feature's date its second sentence's to one
# annotator; labels kept in bylines; readers' letters and a cartoon; a village's contacts listed by their villages)
PAPER_FLOORS.update({"haoling-bao-2024-10-15-p2": 0.97, "jichuan-rd-rddt-list-p1": 0.97, "hongbei-zwdt-2024-10-23": 0.97, "lucen-wanbao-2023-11-07": 0.97, "xiutong-yizhouyaowen-2024-12-09": 0.97, "chengling-jw-scdc-list": 0.97, "mengchuan-wb-2024-05-21-a07": 0.97, "heting-bao-2023-10-17": 0.97, "sanglan-gzdt-2024-06-14": 0.97, "qushan-tuji-2024-09-22": 0.97, "rongnan-ribao-2024-06-18-p7": 0.97, "cenyu-wmb-haorenbang-2024q2": 0.97, "pengjing-jrpj-2024-10-15-p2": 0.45, "lanyu-wanbao-2024-09-20-A11": 0.97, "zheyuan-ldhd-20241129": 0.97, "fengxu-zhoumo-2024-05-16": 0.97, "tinghe-jinritinghe-2024-06-14": 0.97, "qiwu-bao-2024-06-18-p3": 0.97, "yunting-tzgg-2024-06-12": 0.97, "langwan-dushibao-2024-04-15-A10": 0.85, "tangzhou-wjw-2024-05-17": 0.97, "hecen-rd-dbfc-2024-06-18": 0.97, "lanfeng-ribao-2024-11-14-p5": 0.85, "dijiang-wb-2024-04-18-a07": 0.97, "qupu-gov-fbh-2024-09-26": 0.97, "tongmian-2024-03-22": 0.7, "yantuo-2024-05-14": 0.97})
DATE_FLOORS.update({"heting-bao-2023-10-17": 0.75, "qushan-tuji-2024-09-22": 0.0, "pengjing-jrpj-2024-10-15-p2": 0.7, "fengxu-zhoumo-2024-05-16": 0.0, "tinghe-jinritinghe-2024-06-14": 0.75, "langwan-dushibao-2024-04-15-A10": 0.8})
TAIL_FLOORS.update({"jichuan-rd-rddt-list-p1": 0.2, "chengling-jw-scdc-list": 0.55, "rongnan-ribao-2024-06-18-p7": 0.7, "fengxu-zhoumo-2024-05-16": 0.0, "yunting-tzgg-2024-06-12": 0.0, "langwan-dushibao-2024-04-15-A10": 0.8, "lanfeng-ribao-2024-11-14-p5": 0.15, "tongmian-2024-03-22": 0.6})
PERSON_FLOORS.update({"langwan-dushibao-2024-04-15-A10": 0.75, "lanfeng-ribao-2024-11-14-p5": 0.5, "tongmian-2024-03-22": 0.7, "yantuo-2024-05-14": 0.3})
# (session 31: a list page's rows dated by the day the list prints, as five annotators of list pages date them;
# that annotator dates them by their summaries)
DATE_FLOORS.update({"xiuping-zwdt-2023-06": 0.0})
# (session 44: a list's row dated by its summary's own day, the row's only where the summary gives none, as the gold's
# rule reads and five pages' annotators and a blind set's date them; these three annotators date rows by the list)
DATE_FLOORS.update({"jichuan-rd-rddt-list-p1": 0.7, "lanzhu-zwdt-list-2": 0.55, "lianhua-xwlb-2024-08": 0.65,
                    "xiuping-zwdt-2023-06": 0.65})

# (session 32: `为…，9月4日，…` dated by that day; these four annotators leave it null, see ISSUE_FLOORS)
DATE_FLOORS.update({"hengtang-zwdt-2023-06": 0.85, "rongzhou-zwdt-2024-09": 0.85, "tonggang-wechat-2024-04": 0.85,
                    "xiuyang-ldhd-2019-07": 0.85})
# (session 32: an article opening with a quote, then its day, `本报讯（记者 某某）“…！”7月15日晚，…`, dated by that
# day, as ten pages' annotators and three of sets 214-219's date it; these seven leave it null)
DATE_FLOORS.update({"danshui-dzb-2025-03-14": 0.7, "jizhou-rb-2019-09-24": 0.75, "liuchuan-bao-2022-06-17": 0.85,
                    "qingya-company-2018-06": 0.7, "minchuan-tiedao-2012-01": 0.8, "ruichuan-jingji-2020-11": 0.6,
                    "tangwu-rb-2024-05-16": 0.8})
# session 32 (blind sets 214-231, three rounds; see the README): pages extracted from PDFs in two columns or of
# mixed widths, a 副刊 of poems, a 专版 of kickered items, an OCR'd 1999 front page, a power paper typed from a
# scan, app and site copies, WeChat posts (a round-up, a Q&A), a 公告 page of a 表彰决定 and its lists, a results
# table of a 县运会 (its names in columns, not read), evening and 法治 pages
PAPER_FLOORS.update({"anlan-jiaotong-2023-12-07-p01": 0.85, "cenchuan-bao-2024-10-22-p3": 0.85, "cenjiang-2024-01-03": 0.97, "cenyang-wanbao-2024-03-21-a07": 0.65, "chongyu-bao-2024-03-01-p2": 0.97, "dailing-app-2024-03-28": 0.97, "exi-gonggao-2024-01-26": 0.65, "heshuo-2005-06-14-p7": 0.97, "hongzhou-ribao-2025-01-03-p6": 0.97, "huaichuan-2016-09": 0.97, "laji-wx-2024-06-28": 0.97, "lanchuan-rsj-zcjd-20240202": 0.97, "langou-1999-01-08": 0.7, "lanping-scjgj-gzjb-2024-12": 0.97, "linfeng-zf-ldhd-list-p2": 0.97, "linfeng-zjj-tzgg-20240521": 0.97, "liuting-zwxx-2023-11": 0.97, "lusha-evening-2023-07-18-a06": 0.97, "luting-wanbao-2024-06-13-p07": 0.85, "minge-power-2011-01-07-p3": 0.6, "nanting-gzjb-2025-01": 0.97, "puxi-yizhou-2024-01-02": 0.97, "qinglan-fangxun-2024-09": 0.8, "qingyi-web-2025-01-02": 0.97, "qiwu-daily-2024-01-05-p1": 0.85, "rongzhou-rb-2023-09-26-p5-zhuanban": 0.35, "ruibin-rb-2024-06-14-p3": 0.85, "shidenghe-yibao-wenda-2024-09-05": 0.9, "taoping-gzdt-2025-01": 0.9, "tongxi-bao-2024-01-12-p4-fukan": 0.45, "wachang-lanqiusai-2024-07-22": 0.97, "yangshui-wechat-2025-01-06": 0.7, "yanqiu-app-2024-03-14": 0.97, "yingchuan-rb-2024-01-09-p7": 0.65, "yuchuan-rb-2025-01-03-p2": 0.97, "yuchuan-rdjb-2024-07": 0.9, "yutang-2024-01-05-p03": 0.55, "yuwan-dashiji-2023-03": 0.97})
DATE_FLOORS.update({"cenchuan-bao-2024-10-22-p3": 0.8, "cenyang-wanbao-2024-03-21-a07": 0.55, "heshuo-2005-06-14-p7": 0.75, "hongzhou-ribao-2025-01-03-p6": 0.75, "langou-1999-01-08": 0.65, "liuting-zwxx-2023-11": 0.75, "luting-wanbao-2024-06-13-p07": 0.8, "qiwu-daily-2024-01-05-p1": 0.7, "taoping-gzdt-2025-01": 0.0, "yangshui-wechat-2025-01-06": 0.55, "yingchuan-rb-2024-01-09-p7": 0.75})
TAIL_FLOORS.update({"anlan-jiaotong-2023-12-07-p01": 0.35, "cenchuan-bao-2024-10-22-p3": 0.55, "cenyang-wanbao-2024-03-21-a07": 0.55, "chongyu-bao-2024-03-01-p2": 0.6, "exi-gonggao-2024-01-26": 0.45, "heshuo-2005-06-14-p7": 0.75, "hongzhou-ribao-2025-01-03-p6": 0.75, "lanping-scjgj-gzjb-2024-12": 0.8, "liuting-zwxx-2023-11": 0.7, "lusha-evening-2023-07-18-a06": 0.7, "luting-wanbao-2024-06-13-p07": 0.65, "minge-power-2011-01-07-p3": 0.45, "qiwu-daily-2024-01-05-p1": 0.7, "tongxi-bao-2024-01-12-p4-fukan": 0.0, "yangshui-wechat-2025-01-06": 0.55, "yingchuan-rb-2024-01-09-p7": 0.35, "yuchuan-rb-2025-01-03-p2": 0.8, "yuchuan-rdjb-2024-07": 0.75})
PERSON_FLOORS.update({"cenchuan-bao-2024-10-22-p3": 0.7, "luting-wanbao-2024-06-13-p07": 0.7, "nanting-gzjb-2025-01": 0.65, "rongzhou-rb-2023-09-26-p5-zhuanban": 0.55, "shidenghe-yibao-wenda-2024-09-05": 0.2, "tongxi-bao-2024-01-12-p4-fukan": 0.45, "wachang-lanqiusai-2024-07-22": 0.55})
# session 32, round 29 (blind sets 233-234): three e-paper pages by a plain extractor (columns jumbled, a 简讯
# column of ● briefs in narrow lines of uneven width: yuwan-qubao, 0.588 on arrival), three site pages
# (a list of rows, a meeting with bold `一要…` points, a visit with captions); sections from breadcrumbs left null
PAPER_FLOORS.update({"tonggang-bao-2024-12-03-p1": 0.9, "yuchuan-bao-2025-06-30-p3": 0.75,
                     "yuwan-qubao-2025-01-16-p2": 0.9, "qax-zhuge-shuangkeng-survey": 0.97,
                     "wxx-naping-fanghuo-meeting": 0.97, "yfx-xzdt-list-p2": 0.97})
DATE_FLOORS.update({"yuwan-qubao-2025-01-16-p2": 0.9, "yfx-xzdt-list-p2": 0.7})
TAIL_FLOORS.update({"tonggang-bao-2024-12-03-p1": 0.3, "yuchuan-bao-2025-06-30-p3": 0.7, "yuwan-qubao-2025-01-16-p2": 0.7})
PERSON_FLOORS.update({"yuwan-qubao-2025-01-16-p2": 0.75})
# (round 29: a 简讯 column's bulleted briefs in narrow lines are a paragraph each; yutang's five, read so now,
# have no title in its gold (null), which the scorer cannot pair: its entry F1 0.737 -> 0.583, its tails and
# persons up)
# round 30 (blind sets 235-236): three 工作简报 from PDFs (numbered items with no indents, a 信访 简报's 工作动态 column,
# a 防汛 简报 whose 领导批示 box that annotator makes a record: shituan), three e-paper views saved as HTML (an
# article, a 通讯 in bold parts, a 版面导航 of headlines and truncated first lines: yaoxi, whose annotator splits a
# `——` subtitle off the title and leaves the teasers' `……` out of their tails, as most annotators do not)
PAPER_FLOORS.update({"panchuan-xczx-2023-09": 0.97, "shituan-fangxun-2024-07-17": 0.85,
                     "wangchuan-xinfang-2024-01": 0.9, "linzhu-2012-03-15-a03": 0.97, "luling-2016-01-08-p06": 0.97,
                     "yaoxi-2014-06-20-p03": 0.7})
DATE_FLOORS.update({"shituan-fangxun-2024-07-17": 0.85, "yaoxi-2014-06-20-p03": 0.75})
TAIL_FLOORS.update({"wangchuan-xinfang-2024-01": 0.85, "yaoxi-2014-06-20-p03": 0.15})
PERSON_FLOORS.update({"yaoxi-2014-06-20-p03": 0.75})
# session 33: a 公文 signed at its end (`某局` / `2024年7月15日`) has its issuer as byline and the signature out of
# its text, as eight annotators of notices read it (chongyu, exi, lane …); that annotator keeps the signature
# in the text (its one record's tail 1.0 -> 0.0)
TAIL_FLOORS.update({"chengchuan-scjg-2024-07-16": 0.0})
# (rounds 31-32, session 33: pages heavy in people, a 信息公开 notice, e-paper views, app and WeChat copies, pages of
# interleaved columns (daichuan, tongxi, zhangnan: their briefs and poems cut apart), a 3-layer front-page headline
# parted by blank lines (yuantang), an 编者按 that annotator makes a record (eling), list rows dated by their summaries
# (chengyuan); floors are today's figures less a margin)
PAPER_FLOORS.update({'eling-2022-06-17-p3': 0.75, 'tingyang-2025-03-07-p3': 0.97, 'yuantang-2024-01-03-p1': 0.8, 'chengyuan-ldhd-list-2024-01': 0.97, 'hechuan-xzdy-2025-03-13': 0.97, 'lane-rsrm-2024-04-22': 0.97, 'liaochuan-daily-2024-05-21-p02': 0.97, 'yuling-zwxx-2024-01': 0.97, 'erjue-fabu-2025-01-02': 0.97, 'qinghuai-app-2025-02-06': 0.97, 'yuanping-fabu-2024-03-15': 0.97, 'daichuan-ribao-2017-10-20-p8': 0.7, 'tongxi-xinwen-2019-06-12-p2': 0.75, 'zhangnan-bao-2024-01-05-p3': 0.7, 'mianchuan-rdgb-2024-03-renmian': 0.97, 'minling-rb-2024-04-18-p07': 0.97})
DATE_FLOORS.update({'chengyuan-ldhd-list-2024-01': 0.0, 'liaochuan-daily-2024-05-21-p02': 0.8, 'zhangnan-bao-2024-01-05-p3': 0.65})
TAIL_FLOORS.update({'yuantang-2024-01-03-p1': 0.7, 'chengyuan-ldhd-list-2024-01': 0.75, 'liaochuan-daily-2024-05-21-p02': 0.8, 'yuling-zwxx-2024-01': 0.85, 'yuanping-fabu-2024-03-15': 0.0, 'daichuan-ribao-2017-10-20-p8': 0.25, 'zhangnan-bao-2024-01-05-p3': 0.5, 'mianchuan-rdgb-2024-03-renmian': 0.8})
# (round 33, session 33, sets 251-254: a 法治 page, an 教育 page and a 三农 page from PDFs; site pages of a press
# conference and a 政策解读 that annotator splits into speakers' turns and questions (one record each to the parser,
# as five annotators before read such pages: cenling 0.133, qiwu 0.267, left); a WeChat round-up, a 头条号 article and a
# Weibo post)
PAPER_FLOORS.update({'cenyang-ribao-2019-11-26-p07': 0.75, 'fengling-ribao-2021-06-18-p03': 0.5, 'tongchuan-wanbao-2025-01-08-a06': 0.85, 'cenling-fbh-2024-10-16': 0.05, 'qiwu-zcjd-2025-03-21': 0.2, 'zhigang-gzdt-list-p2-2025-01': 0.97, 'fenling-zhujian-weibo-2023-10-31': 0.97, 'pingao-weekly-2025-01-04': 0.75, 'ziping-toutiao-2024-05-06': 0.97})
DATE_FLOORS.update({'cenyang-ribao-2019-11-26-p07': 0.6, 'fengling-ribao-2021-06-18-p03': 0.2, 'tongchuan-wanbao-2025-01-08-a06': 0.55, 'qiwu-zcjd-2025-03-21': 0.45, 'ziping-toutiao-2024-05-06': 0.45})
TAIL_FLOORS.update({'cenyang-ribao-2019-11-26-p07': 0.25, 'cenling-fbh-2024-10-16': 0.0, 'qiwu-zcjd-2025-03-21': 0.0, 'fenling-zhujian-weibo-2023-10-31': 0.0})
PERSON_FLOORS.update({'cenyang-ribao-2019-11-26-p07': 0.6, 'cenling-fbh-2024-10-16': 0.65, 'qiwu-zcjd-2025-03-21': 0.0})
# (round 34, session 33, sets 256-259: county pages of 2011-2014 (a front page whose number the masthead does not
# print, a 专版 of a township), old 乡镇 sites in GBK (a sidebar's 通知公告 rows read as records: baishapu), 人大 and
# 政协 简报 saved from Word (a profile's ■ subheads, records to the parser: beiyuan), press releases of Hong Kong, Macau
# and a Taiwan county in traditional characters)
PAPER_FLOORS.update({'qinjiang-2011-09-21-p1': 0.8, 'shiqing-2014-01-08-p3': 0.97, 'zheyuan-2013-06-14-p4': 0.55, 'baishapu-gzdt-2019-p2': 0.75, 'nayan-dwhy-2021-07-05': 0.97, 'xinganlu-tzgg-2023-09-04': 0.97, 'beiyuan-dbjb-2023-06': 0.65, 'hepi-zxtajb-2024-03': 0.75, 'hk-gia-2024-11-20': 0.97, 'mo-gcs-2025-03-14': 0.97, 'tw-kannan-1140102': 0.97})
DATE_FLOORS.update({'shiqing-2014-01-08-p3': 0.8, 'xinganlu-tzgg-2023-09-04': 0.0, 'beiyuan-dbjb-2023-06': 0.8, 'hepi-zxtajb-2024-03': 0.8, 'hk-gia-2024-11-20': 0.6, 'mo-gcs-2025-03-14': 0.0, 'tw-kannan-1140102': 0.0})
TAIL_FLOORS.update({'shiqing-2014-01-08-p3': 0.5, 'nayan-dwhy-2021-07-05': 0.0, 'xinganlu-tzgg-2023-09-04': 0.0, 'beiyuan-dbjb-2023-06': 0.5, 'hk-gia-2024-11-20': 0.6, 'mo-gcs-2025-03-14': 0.0, 'tw-kannan-1140102': 0.0})
PERSON_FLOORS.update({'zheyuan-2013-06-14-p4': 0.65, 'beiyuan-dbjb-2023-06': 0.65, 'hk-gia-2024-11-20': 0.75, 'tw-kannan-1140102': 0.65})
# (round 35, session 34, sets 261 and 262: county pages of 2018-2025 (a front page whose license and page number
# wrap, an evening page as pdftotext -layout sets it: 0.308 -> 0.833, a 乡村振兴 page whose column labels are
# subsections to its annotator), saved 政务 pages (a special page with sidebars, an old page in GBK with a marquee))
PAPER_FLOORS.update({'fenglingbao-2025-06-12-p3': 0.97, 'jinritongxi-2018-04-17-p1': 0.97, 'linlanwanbao-2024-03-21-p5': 0.75, 'chongling-bmdt-2014-04-09': 0.97, 'minan-zt-2022-06-21': 0.97, 'xiuchuan-xzdt-2024-05-17': 0.97})
DATE_FLOORS.update({'linlanwanbao-2024-03-21-p5': 0.55, 'minan-zt-2022-06-21': 0.8})
# (fengling-ribao's tails 0.5 -> 0.25 since its two columns run on past up to three lines of one part: one
# article's text now ends on the lines of the article beside it and another's on the page's footer, while the
# run found one more of its articles: entry F1 0.571 -> 0.615)
TAIL_FLOORS.update({'fengling-ribao-2021-06-18-p03': 0.2})
TAIL_FLOORS.update({'fenglingbao-2025-06-12-p3': 0.6, 'jinritongxi-2018-04-17-p1': 0.8, 'linlanwanbao-2024-03-21-p5': 0.55, 'minan-zt-2022-06-21': 0.8})
# (round 36, session 34, sets 266 and 267: pages of three or four columns as pdftotext -layout sets them (0.07-0.4 on
# arrival, 0.53-0.6 with the parts of their lines given to the columns their starts cluster in: lanchuan's persons
# 0.63 -> 0.31 as its masthead's parts go to the columns too), WeChat posts saved as HTML (a
# weekly round-up under day labels 0 -> 1, a 领导活动 post of two items, the first titled by the post: 0.5 -> 1)
PAPER_FLOORS.update({'jinritongxi-2021-05-18-p1': 0.5, 'lanchuanbao-2024-09-12-p2': 0.5, 'libeibao-2025-03-28-p4': 0.55, 'helinxianrenminzhengfu-2025-03-12': 0.97, 'jinrixiuchuan-2024-01-06': 0.97, 'lanshuizugong-2024-10-21': 0.97})
DATE_FLOORS.update({'lanchuanbao-2024-09-12-p2': 0.0, 'lanshuizugong-2024-10-21': 0.0})
TAIL_FLOORS.update({'jinritongxi-2021-05-18-p1': 0.0, 'lanchuanbao-2024-09-12-p2': 0.0, 'libeibao-2025-03-28-p4': 0.0})
PERSON_FLOORS.update({'jinritongxi-2021-05-18-p1': 0.6, 'lanchuanbao-2024-09-12-p2': 0.25, 'libeibao-2025-03-28-p4': 0.8})
# (round 37, session 35, sets 271 and 273: pages of papers in Xinjiang, Tibet and Yunnan copied from an e-paper or
# given by pdftotext (a Tibetan e-paper page of font buttons under each title: 0.59 -> 0.95; a border weekly whose
# columns come out interleaved, 0.86, left), web pages (a 政务信息 issue published as one web article: its closing
# lines over its prev/next links, persons 0.77 -> 0.93)
PAPER_FLOORS.update({'koktal-paper-2017-01-04-p1': 0.9, 'langgang-paper-2011-08-17-p2': 0.85, 'nayan-paper-2023-09-15-p2': 0.8, 'jianxi-web-xiangzhendongtai-2013': 0.85, 'tonglan-web-lingdaohuodong-2021': 0.97, 'xueling-web-zhengwuxinxi-2017': 0.97})
DATE_FLOORS.update({'langgang-paper-2011-08-17-p2': 0.8, 'nayan-paper-2023-09-15-p2': 0.7})
TAIL_FLOORS.update({'koktal-paper-2017-01-04-p1': 0.55, 'nayan-paper-2023-09-15-p2': 0.25})
PERSON_FLOORS.update({'koktal-paper-2017-01-04-p1': 0.7, 'nayan-paper-2023-09-15-p2': 0.6})
# (round 38, session 35, sets 276 and 277: evening and metropolitan pages (two copied from an e-paper, 1.0 on arrival;
# one as pdftotext gives it, its headline decks wrapped in narrow columns: 0.625, left), 简报 as Markdown (a 督查专报's
# report over its 通报s: 0.667 -> 1; run-in bold titles whose full stop stands after the bold: 0.947 -> 1))
PAPER_FLOORS.update({'chengzhou-wanbao-2013-01-07-A05': 0.97, 'fengjiang-wanbao-2024-12-02-A07': 0.97, 'qichuan-dushibao-2019-05-21-A10': 0.55, 'lanxi-jb-2020-09': 0.97, 'liudi-jb-2024-06': 0.97, 'nanqiao-jb-2017-01': 0.97})
DATE_FLOORS.update({'chengzhou-wanbao-2013-01-07-A05': 0.55, 'fengjiang-wanbao-2024-12-02-A07': 0.8, 'qichuan-dushibao-2019-05-21-A10': 0.75, 'lanxi-jb-2020-09': 0.8, 'nanqiao-jb-2017-01': 0.85})
TAIL_FLOORS.update({'chengzhou-wanbao-2013-01-07-A05': 0.7, 'fengjiang-wanbao-2024-12-02-A07': 0.8, 'qichuan-dushibao-2019-05-21-A10': 0.15, 'lanxi-jb-2020-09': 0.7})
# (round 39, session 36, sets 280 and 281: front pages from a PDF (0.8 and 0.94 on arrival, left: a jumbled
# commentary box, a 导读 atop the page), 政务动态 pages copied from a browser (four detail pages pasted one after
# another, their meta printed twice and the site's English name over each: 0.89 -> 1; a list page of rows with
# summaries, a row's summary opening with its purpose: 0.97 -> 1))
PAPER_FLOORS.update({'balingbao-2021-01-05-p1': 0.75, 'qiaoshanbao-2019-06-18-p1': 0.85, 'baoriwendu-qi-zwdt-list-2020-01-09': 0.97, 'hexi-xian-2021-10-28': 0.97, 'kuoleta-xian-4pages-2023-05-16': 0.97})
DATE_FLOORS.update({'qiaoshanbao-2019-06-18-p1': 0.8, 'kuoleta-xian-4pages-2023-05-16': 0.7})
TAIL_FLOORS.update({'balingbao-2021-01-05-p1': 0.6, 'qiaoshanbao-2019-06-18-p1': 0.55, 'baoriwendu-qi-zwdt-list-2020-01-09': 0.85})
# (round 40, session 36, sets 283-285: bureaus' 工作简报 (pdftotext, numbered items after a 领导批示 box, their units
# closing their titles: 0.53 -> 1; Word saved as GBK text: 0.92), inside pages from PDFs (1.0, 0.67, 0.74 on arrival:
# the page's number and name on lines of their own now read; two-line titles a kicker, left), WeChat posts (a feature
# under numbered bold subheads: 0.33 -> 1; a reprint under `【某某日报·4月8日 头版】` labels in a clipper's Markdown: 0.5
# -> 0.57, its subheads left))
PAPER_FLOORS.update({'chongxi-scjg-2019-09': 0.97, 'longquan-nongmu-2008-07': 0.85, 'guitang-rb-2021-03-17-p3': 0.97, 'lanshui-bao-2019-11-26-p3': 0.6, 'mengling-bao-2023-01-05-p3': 0.65, 'minning-nongye-2021-10-21': 0.97, 'qinglan-wenlv-2019-04-09': 0.5})
DATE_FLOORS.update({'longquan-nongmu-2008-07': 0.65, 'mengling-bao-2023-01-05-p3': 0.5, 'minning-nongye-2021-10-21': 0.0})
TAIL_FLOORS.update({'longquan-nongmu-2008-07': 0.65, 'guitang-rb-2021-03-17-p3': 0.75, 'mengling-bao-2023-01-05-p3': 0.2})
PERSON_FLOORS.update({'longquan-nongmu-2008-07': 0.6, 'minning-nongye-2021-10-21': 0.75, 'qinglan-wenlv-2019-04-09': 0.65})
# (round 41, session 36, sets 288 and 289: an OCR'd 人口普查 简报 of 2010 (its date `二O一O年十一月十二曰` now read:
# dates 0.29 -> 1) and a county paper's page of 2006 (0.95), portal pages saved as HTML (1.0 on arrival))
PAPER_FLOORS.update({'cangling-rkpc-jianbao-2010-11-12': 0.8, 'linzong-bao-2006-03-16': 0.85, 'banlan-2024-03-28-tzgg': 0.97, 'linlong-2021-07-15-ldhd': 0.97, 'longze-2023-01-xqdt': 0.97})
DATE_FLOORS.update({'linzong-bao-2006-03-16': 0.7})
TAIL_FLOORS.update({'cangling-rkpc-jianbao-2010-11-12': 0.65, 'linzong-bao-2006-03-16': 0.6})

# (rounds 42 and 43, session 37, sets 290-296: 人大 and 政协 issues (speakers with their 界别, 提案 fields,
# letter-spaced section heads: erdun 0.583 -> 1), evening pages (lettered pages, one-paragraph briefs, listings: rongxi
# 0.583 -> 0.95, tingnan 0.846 -> 1), a 纪委 通报 of cases (0.889 -> 1), Markdown conversions, Word 工作动态 (text
# boxes, bold titles closed by a colon: kailing 0.6 -> 1) and e-paper views (pxb 0.5 -> 1; zhyrb, its eight
# list-only articles not records here, 0.18); the 督查通报 its annotator cuts into findings is not a fixture)
PAPER_FLOORS.update({'erdun-zxxx-2020-01': 0.97, 'exi-rdgzdt-2023-07': 0.97, 'luochuan-wb-2019-04-17-A08': 0.9, 'rongxi-dsb-2021-01-06-A10': 0.9, 'tingnan-wb-2023-11-20-A11': 0.97, 'ludong-jwjw-tongbao-2021-08': 0.97, 'huaicen-zwxx-2022-01': 0.97, 'jinrileiling-2019-06-14-p2': 0.9, 'ningfeng-jianbao-2024-10-18': 0.97, 'kailing-nyncj-gzdt-2023-01': 0.97, 'lanxi-jdgzdt-2024-06': 0.97, 'clrb-20230822-node02': 0.9, 'pxb-20210105-content27316': 0.97, 'zhyrb-20190417-node4': 0.1})
DATE_FLOORS.update({'luochuan-wb-2019-04-17-A08': 0.75, 'rongxi-dsb-2021-01-06-A10': 0.85, 'tingnan-wb-2023-11-20-A11': 0.6, 'ludong-jwjw-tongbao-2021-08': 0.6, 'huaicen-zwxx-2022-01': 0.8, 'jinrileiling-2019-06-14-p2': 0.75, 'ningfeng-jianbao-2024-10-18': 0.65, 'lanxi-jdgzdt-2024-06': 0.85})
TAIL_FLOORS.update({'exi-rdgzdt-2023-07': 0.75, 'luochuan-wb-2019-04-17-A08': 0.55, 'ludong-jwjw-tongbao-2021-08': 0.8, 'jinrileiling-2019-06-14-p2': 0.75, 'ningfeng-jianbao-2024-10-18': 0.85})

# (round 44, session 37, sets 297 and 299: pages and issues from `pdftotext -layout` (columns side by side: the
# newspaper 0.36, left for the next session; the 工作简报 whose table's rows were read as a headline 0.22 -> 1) and staff-typed weeklies in GB18030,
# UTF-8 with BOM and UTF-16 (hand-numbered items skipping and repeating numbers, a week's plan: 0.17 -> 0.90, 0.36 -> 0.94))
PAPER_FLOORS.update({'fengchuan-bao-2021-04-16-p3': 0.3, 'luotong-gzjb-2023-14': 0.97, 'gx-bazhuan-2019-23': 0.85, 'sd-guqian-2024-12': 0.85})
DATE_FLOORS.update({'fengchuan-bao-2021-04-16-p3': 0.7, 'luotong-gzjb-2023-14': 0.8, 'gx-bazhuan-2019-23': 0.7, 'sd-guqian-2024-12': 0.75})
PERSON_FLOORS.update({'gx-bazhuan-2019-23': 0.7, 'sd-guqian-2024-12': 0.65})

# (round 45, session 37, sets 301 and 302: phone pages of 融媒体 apps and sites (1.0, 0.96, 1.0 on arrival) and
# people-heavy county pages from pdftotext (名单 of Mongolian names, a 决定 under its number, a profile's portrait
# label: 0.88 -> 0.94, 0.62 -> 0.83, 0.95; persons 0.60 -> 0.90 and 0.52 -> 0.64)
PAPER_FLOORS.update({'baorihaote-zwdt-2022-36': 0.97, 'chongxi-jrcx-yaowen-list-2024-01-03': 0.9, 'muyang-rongmei-article-2021-04-14': 0.97, 'aoren-2019-07-03-p2': 0.85, 'jueluo-2021-11-24-p3': 0.75, 'kuoketasi-2024-01-08-p4': 0.85})
DATE_FLOORS.update({'chongxi-jrcx-yaowen-list-2024-01-03': 0.1, 'jueluo-2021-11-24-p3': 0.75})
TAIL_FLOORS.update({'baorihaote-zwdt-2022-36': 0.85, 'chongxi-jrcx-yaowen-list-2024-01-03': 0.75, 'aoren-2019-07-03-p2': 0.55, 'jueluo-2021-11-24-p3': 0.15})
PERSON_FLOORS.update({'baorihaote-zwdt-2022-36': 0.95, 'jueluo-2021-11-24-p3': 0.7})  # (0.7 and 0.55 before session 38's rosters)
# (round 46, session 38, sets 304-307: three party papers' pages from pdftotext (a front page, a 综合新闻 page, a 深度
# page: 0.63, 0.67, 0.82 on arrival; its headlines wrapped over two lines, its columns interleaved), Word 简报 and a
# 信息专报 (1.0, 1.0), government sites' desktop pages (a caption placing a person under the headline: 0.67 -> 1; a
# list and a 工作动态: 1.0, 1.0), a digest whose 目录 names only its sections (0.97))
PAPER_FLOORS.update({'changxi-ribao-2022-01-05-p1': 0.55, 'liuping-ribao-2019-07-26-p6': 0.6, 'zhebei-qubao-2023-09-14-p3': 0.75, 'weiling-xinxi-zhuanbao-2021-14': 0.97, 'yuanxi-anquan-jianbao-2024-01': 0.97, 'chaxi-2013-04-09-zwyw': 0.97, 'ebule-2024-01-gzdt': 0.97, 'naba-2019-01-ldhd-list': 0.97, 'longquan-zwyq-2019-02': 0.9})
DATE_FLOORS.update({'zhebei-qubao-2023-09-14-p3': 0.8})
TAIL_FLOORS.update({'changxi-ribao-2022-01-05-p1': 0.25, 'liuping-ribao-2019-07-26-p6': 0.0, 'zhebei-qubao-2023-09-14-p3': 0.6})
# (round 47, session 38, sets 309 and 311: district papers' pages of three decades (0.84, 0.96, 0.92 on arrival) and
# WeChat posts saved as HTML (a round-up, a long article, a 工作简报 with its 本期导读: 0.92, 0.67, 0.95 -> 1, 1, 1))
PAPER_FLOORS.update({'hongchuanbao-2025-01-08-p4': 0.85, 'jinminbao-2018-06-22-p2': 0.9, 'zixibao-2013-04-18-p1': 0.75, 'nalan-2025-03-24': 0.97, 'weiyu-2023-07-18': 0.97, 'yuanqiao-2022-01-02': 0.97})
DATE_FLOORS.update({'hongchuanbao-2025-01-08-p4': 0.85, 'jinminbao-2018-06-22-p2': 0.85, 'zixibao-2013-04-18-p1': 0.7})
TAIL_FLOORS.update({'hongchuanbao-2025-01-08-p4': 0.75, 'zixibao-2013-04-18-p1': 0.55})

@pytest.mark.parametrize("path", PAPERS, ids=[p.stem for p in PAPERS])
def test_an_annotated_page_scores_against_its_gold(path: Path, scorer) -> None:
    res = parse_path(path)
    s = scorer.score(scorer.load(str(path.with_suffix(".jsonl"))), [e.to_dict() for e in res.entries])
    floor = PAPER_FLOORS[path.stem]
    assert s["entry_f1"] >= floor, (s["missed"], s["spurious"])
    assert s.get("date_accuracy", 1.0) >= DATE_FLOORS.get(path.stem, 0.97), s["field_misses"].get("date")
    assert s.get("body_tail_accuracy", 1.0) >= TAIL_FLOORS.get(path.stem, floor), s["field_misses"].get("body_tail")
    assert s["person_f1"] >= PERSON_FLOORS.get(path.stem, 0.8), s["field_misses"].get("persons")
# (round 49, session 39, set 318: a 镇 工作动态 saved from Word without a 目录 (0.78 on arrival: its bulleted 简讯 read as
# three briefs, the annotator's one entry; persons 0.89 -> 1, a duty roster's table))
PAPER_FLOORS.update({'gz-bailong-gzdt-2018-01': 0.7})
# (round 50, session 39, sets 320 and 321: three party papers' pages (a front page with its ear's teasers and weather box,
# a 县域新闻 page from `pdftotext -layout` in four interleaved columns, a feature page whose title set large comes before
# its kicker: 0.71, 0.32, 0.60 on arrival -> 0.94, 0.32, 0.91) and three county sites' pages saved as HTML (an article, a
# list page with a side box of dated rows, a Word-pasted article: 1.0, 0.91, 1.0 on arrival -> 1, 1, 1))
PAPER_FLOORS.update({'dangchuan-bao-2021-01-08-p2': 0.25, 'fengyang-ribao-2013-06-18': 0.85, 'pulan-ribao-2025-01-14-p5': 0.85,
                     'cenjiang-bmdt-2024-10-18': 0.97, 'minyuan-gzdt-3857-2016-01-05': 0.97, 'zhixi-zwdt-list-2020-01': 0.97})
DATE_FLOORS.update({'fengyang-ribao-2013-06-18': 0.8})
TAIL_FLOORS.update({'dangchuan-bao-2021-01-08-p2': 0.0})
PERSON_FLOORS.update({'dangchuan-bao-2021-01-08-p2': 0.55})
# (round 51, session 39, set 324: pages set as PDFs and read by poppler's `pdftotext -layout`: two columns (0.25 on
# arrival -> 0.67, a line's right part set earlier after a short left line), three and five columns (0.67, 0.30: left))
PAPER_FLOORS.update({'fengzhou-2013-08-20-p07': 0.6, 'lanyuan-2025-03-18-p01': 0.25, 'xunxi-2021-01-05-a06': 0.55})
DATE_FLOORS.update({'fengzhou-2013-08-20-p07': 0.45, 'lanyuan-2025-03-18-p01': 0.25, 'xunxi-2021-01-05-a06': 0.8})
TAIL_FLOORS.update({'fengzhou-2013-08-20-p07': 0.0, 'lanyuan-2025-03-18-p01': 0.0})
PERSON_FLOORS.update({'lanyuan-2025-03-18-p01': 0.6})
# (round 52, session 39, set 326: Word 工作简报 saved as .docx, titles in Heading styles numbered by Word's lists, a 红头
# in a table and a 领导批示 text box: 0.89, 0.92 on arrival)
PAPER_FLOORS.update({'leixi-yshj-2024-06': 0.85, 'linmin-xczx-2023-01': 0.8})
DATE_FLOORS.update({'leixi-yshj-2024-06': 0.65})
# (round 53, session 40, sets 330 and 332: a district weekly's, a power paper's and a city daily's 专版 pages from
# pdftotext, their columns' order scrambled (0.45, 0.77, 0.31 on arrival: pages and sections from their page heads now,
# the articles' order left); a WeChat post, a page copied as text and a mobile page with cards of news beside its
# article (1.0, 1.0, 0.2 on arrival -> 1, 1, 1))
PAPER_FLOORS.update({'cgnerb-2023-02-23-p7': 0.25, 'jrlx-2016-01-08-p2': 0.4, 'qldlb-2013-06-18-p2': 0.7, 'lingdong-m-news-2025-04-18': 0.97, 'panxi-gov-zwdt-2018-11-09': 0.97, 'pusha-nyncj-wx-2023-01-03': 0.97})
DATE_FLOORS.update({'jrlx-2016-01-08-p2': 0.55, 'qldlb-2013-06-18-p2': 0.55})
TAIL_FLOORS.update({'cgnerb-2023-02-23-p7': 0.0, 'qldlb-2013-06-18-p2': 0.0, 'lingdong-m-news-2025-04-18': 0.8})
PERSON_FLOORS.update({'qldlb-2013-06-18-p2': 0.25})

# (round 54, session 40, set 336: e-paper pages saved as HTML: an article view (1.0), a page view with one article
# opened under its list of titles (0.0 on arrival -> 0.22: its 引题, 主题 and 副题 over the meta line read, the page's
# calendar as chrome; the list's titles, no text under them, left); its page view of titles alone reads no record
# (0.0) and is not a fixture: a floor of nothing tests nothing)
PAPER_FLOORS.update({'lyrb-20170104-01': 0.15, 'ycrb-20210917-05-content_48213': 0.97})
# (round 55, session 40, sets 340 and 341: county articles saved as HTML and as text, with captions placing their people,
# a list page with a hot sidebar (0.67, 0.50, 1.0 on arrival -> 1, 1, 1); papers' pages from pdftotext whose heads
# print the page's number first, with a zero, or lettered (`A05`): pages 0 -> 1, entries 0.84, 0.80, 0.80)
PAPER_FLOORS.update({'chonglan-2021-10-26-bmdt': 0.97, 'hrqq-2025-01-bmdt-list-p2': 0.97, 'litun-2017-06-15-bmdt': 0.97, 'jinriqichuan-2013-04-18-p03': 0.75, 'qinglanbao-2018-09-27-p02': 0.75, 'tingyangwanbao-2021-01-05-A05': 0.75})
DATE_FLOORS.update({'jinriqichuan-2013-04-18-p03': 0.8, 'qinglanbao-2018-09-27-p02': 0.6, 'tingyangwanbao-2021-01-05-A05': 0.8})
TAIL_FLOORS.update({'qinglanbao-2018-09-27-p02': 0.6, 'tingyangwanbao-2021-01-05-A05': 0.45})
PERSON_FLOORS.update({'qinglanbao-2018-09-27-p02': 0.65, 'tingyangwanbao-2021-01-05-A05': 0.7})
# (round 56, session 41, sets 342-344: digests across a year's turn from pdftotext (1.0 each on arrival; a 目录 head
# split over lines, `目` / the cover's day / `录`, read now: sections 0 -> 1), OCR'd 简报 with a seal's stray lines and
# OCR'd dates (0.80, 0.93, 0.71 on arrival -> 0.93, 1.0, 0.75), papers' pages as .docx (0.91, 0.82, 0.95 -> 1.0, 0.95,
# 0.95))
ENTRY_FLOORS.update({'fengchuan-zwfw-jianbao-2024-01': 0.85, 'wuling-zhen-gongzuodongtai-2013-04': 0.7})
# (session 41: zixi-2020-01's three entries whose 目录 titles printed their page on the next line are found now, 0.90 ->
# 1.0; their days, read after `元旦假期后上班第一天，即…` and the like, are not, and its date floor is 0.6)
ISSUE_FLOORS.update({'chengxi-zwxx-2023-12': {'title': 0.85, 'date': 0.85}, 'muge-xxhb-2015-12': {'date': 0.85}, 'ningyuan-xinxi-2019-01': {'date': 0.85}, 'fengchuan-zwfw-jianbao-2024-01': {'section': 0.65, 'date': 0.8, 'body_tail': 0.65}, 'wuling-zhen-gongzuodongtai-2013-04': {'date': 0.75}})
PAPER_FLOORS.update({'aolunqubao-2024-11-19-p4': 0.97, 'jinrizhangmei-2016-09-23-p3': 0.85, 'yuanxibao-2020-01-03-p2': 0.85})
TAIL_FLOORS.update({'aolunqubao-2024-11-19-p4': 0.85})
# (round 57, session 41, sets 346-348: 2004-2009 digests saved as GBK text (0.96, 1.0, 0.93 on arrival -> 1, 1, 1),
# WeChat round-ups saved as HTML (0.13, 0.95, 0.93 -> 1.0, 0.95, 1.0), Word 简报 (1.0, 1.0, 0.20 -> 1, 1, 1))
ISSUE_FLOORS.update({'dulang-qktb-2009-01': {'date': 0.85}, 'huaiyang-zwxx-2008-12': {'date': 0.75}, 'wenyin-gztx-2004-09': {'date': 0.85, 'body_head': 0.85}, 'chaling-zhen-jianbao-2017-11': {'date': 0.85}, 'wanghuai-jiedao-dongtai-2021-06': {'section': 0.8}})
PAPER_FLOORS.update({'equan-2025-01-06': 0.97, 'qinghuai-2021-04-26': 0.85, 'ronglan-2018-09-17': 0.97})
# (round 58, session 41, sets 350-352: digests from `pdftotext -layout`, their 目录 in two columns (0.86, 1.0, 0.96 on
# arrival -> 1.0, 1.0, 0.96), whole digests published as one web article (1.0 each), 人大 and 政协 session bulletins
# (1.0, 0.83, 0.80 -> 1.0, 0.83, 0.94: a 发言摘登's speakers))
ENTRY_FLOORS.update({'suoling-rd-2024-jb04': 0.75, 'yingzhou-zx-2019-fyzd02': 0.85})
ISSUE_FLOORS.update({'exi-2024-04': {'date': 0.75, 'date_end': 0.85}, 'hebin-2020-01': {'date': 0.85, 'date_end': 0.85}, 'qingxiu-2016-09': {'title': 0.85, 'page': 0.75, 'date': 0.85, 'body_tail': 0.85}, 'minchi-zx-2013-hyzk03': {'section': 0.2, 'body_tail': 0.7}, 'suoling-rd-2024-jb04': {'title': 0.75, 'body_tail': 0.55}, 'yingzhou-zx-2019-fyzd02': {'body_tail': 0.8}})
ISSUE_PERSON_FLOORS.update({'suoling-rd-2024-jb04': 0.75})
PAPER_FLOORS.update({'chengxi-zwxx-2022-01': 0.97, 'huaijiang-zwxx-2024-05': 0.97, 'zheyang-zwxx-2017-07': 0.97})
DATE_FLOORS.update({'chengxi-zwxx-2022-01': 0.85, 'huaijiang-zwxx-2024-05': 0.85, 'zheyang-zwxx-2017-07': 0.75})
TAIL_FLOORS.update({'zheyang-zwxx-2017-07': 0.85})
# (round 59, session 41, sets 354-356: Word digests with Word's automatic 目录 (0.87, 1.0, 1.0 -> 1, 1, 1), pages saved
# as .mhtml (1.0, 1.0 on arrival; the e-paper page view of titles, 0.0, left out: a floor of nothing tests nothing),
# special pages from pdftotext whose columns it scrambles (0.44, 0.18, 0.86: pages and sections 0 -> 1, the articles'
# order left))
PAPER_FLOORS.update({'qulingxian-zwdt-2023-04-18': 0.97, 'yunxiuqu-bmdt-2020-01-07': 0.97, 'dongxibao-2025-01-07-p3': 0.35, 'jianchuanbao-2014-01-16-p2': 0.1, 'yanzhouribao-2016-06-24-p7': 0.8})
DATE_FLOORS.update({'yunxiuqu-bmdt-2020-01-07': 0.85, 'dongxibao-2025-01-07-p3': 0.0})
TAIL_FLOORS.update({'jianchuanbao-2014-01-16-p2': 0.0, 'yanzhouribao-2016-06-24-p7': 0.25})
PERSON_FLOORS.update({'dongxibao-2025-01-07-p3': 0.1, 'jianchuanbao-2014-01-16-p2': 0.45})
# (round 60, session 42, sets 363-365, scored on arrival against the session's first code: a 2017 政务信息 from plain pdftotext
# (1.0, its dates 0.85: `近日` dated by the annotator to the issue's day), a Word 信息 with numbered `1. 标题<TAB>页` 目录 lines (1.0),
# a GBK 街道 工作简报 without a 目录 (0.90); three papers' pages from pdftotext in narrow columns (0.94, 1.0, 0.80: headlines
# wrapped at a larger type's width read as kicker and title, untitled briefs' first lines read as titles), three county
# sites' pages saved as HTML (a list page whose column its layout names `right-side`: 0.0 -> 1.0; an article and a 领导活动
# page of four parts: 1.0, 1.0; that annotator names each page's column as its section, where the parser reads none))
ENTRY_FLOORS.update({'qiwu-jdgzjb-2024-07': 0.85})
ISSUE_FLOORS.update({'lanjiang-zwxx-2017-04': {'date': 0.8}, 'cenan-zfbxx-2025-09': {'date': 0.9},
                     'qiwu-jdgzjb-2024-07': {'date': 0.8, 'body_tail': 0.85}})  # (its `日前，…` items dated to the issue's day)
PAPER_FLOORS.update({'hetangbao-2019-11-22-p2': 0.9, 'lanchuanbao-2024-04-16-p1': 0.97, 'meiyubao-2022-04-22-p3': 0.75,
                     'hezhu-zwdt-list-2023-05': 0.97, 'qifeng-ldhd-2025-03': 0.97, 'tongbu-bmdt-2021-09': 0.97})
DATE_FLOORS.update({'hetangbao-2019-11-22-p2': 0.7, 'lanchuanbao-2024-04-16-p1': 0.75, 'meiyubao-2022-04-22-p3': 0.6})
TAIL_FLOORS.update({'hetangbao-2019-11-22-p2': 0.85, 'meiyubao-2022-04-22-p3': 0.8,
                    'hezhu-zwdt-list-2023-05': 0.0})  # (a list page's rows have no text: the gold's tails are null)
# (round 61, session 42, sets 370-373, scored on arrival against the code of the round's launch: Word digests and a
# 乡镇 简报 (1.0, 1.0, 0.96 -> 1.0: a bulleted item's title naming its place before a colon); papers' pages from
# `pdftotext -layout`, their columns side by side (0.53, 0.60, 0.62 -> 0.71, 0.71, 0.86, read column by column since
# this session: digest/readers/columns.py; and the held-out three written after that reader, 1.0, 0.78, 0.71 -> 1.0,
# 0.78, 0.75); a WeChat round-up, a 领导活动 list saved as .mhtml and an article copied as text (1.0, 0.96, 0.95))
ISSUE_FLOORS.update({'lanchuan-zwxx-2021-06': {'date': 0.9}, 'linfeng-rdjb-2019-09': {'date': 0.85},
                     'zheling-gzjb-2024-05': {'date': 0.9}})
PAPER_FLOORS.update({'fengwanribao-2020-11-20-p7': 0.65, 'wenxiribao-2023-06-14-p1': 0.65, 'yanchuanribao-2016-09-22-p3': 0.8,
                     'lanxi-wx-2024-08-16': 0.97, 'tongfu-ldhd-2022-10': 0.9, 'yuanshi-bmdt-2020-03-05': 0.9,
                     'daipingzhengwu-2018-06-11-p1-2': 0.97, 'hongzhouwanbao-2024-04-17-p6': 0.75,
                     'yuanchengbao-2022-09-20-p2': 0.7})
DATE_FLOORS.update({'fengwanribao-2020-11-20-p7': 0.8, 'wenxiribao-2023-06-14-p1': 0.45, 'yanchuanribao-2016-09-22-p3': 0.85,
                    'tongfu-ldhd-2022-10': 0.9, 'daipingzhengwu-2018-06-11-p1-2': 0.7, 'hongzhouwanbao-2024-04-17-p6': 0.8,
                    'yuanchengbao-2022-09-20-p2': 0.45})
TAIL_FLOORS.update({'fengwanribao-2020-11-20-p7': 0.45, 'wenxiribao-2023-06-14-p1': 0.3, 'yuanshi-bmdt-2020-03-05': 0.85,
                    'yuanchengbao-2022-09-20-p2': 0.6})
PERSON_FLOORS.update({'fengwanribao-2020-11-20-p7': 0.7, 'wenxiribao-2023-06-14-p1': 0.6})
# (round 63, session 42, sets 374-375, scored on arrival against the code of the round's launch: a 2013 政务信息 Word saved
# as a filtered web page, its 目录 linked to its bookmarks (1.0: a bold title its 目录 words otherwise read whole since),
# a Word 督查通报 of cases under numbered parts (0.0 -> 0.80: its issuers' heading no item, its parts the cases'
# sections), a GBK 信访简报 with a credit alone over a page break (0.96 -> 1.0); an e-paper article, a mobile article and
# a 专题 list page saved as HTML (1.0, 1.0, 1.0))
PAPER_FLOORS.update({'lanxi-zwxx-2013-05': 0.97, 'tangchuan-dctb-2023-17': 0.75, 'qifeng-xfjb-2020-08': 0.97,
                     'lzrb-2021-09-16-a03-content': 0.97, 'clrm-2024-04-18-content': 0.97, 'qyszf-2022-09-06-zt-yshj': 0.97})
DATE_FLOORS.update({'lanxi-zwxx-2013-05': 0.8, 'qifeng-xfjb-2020-08': 0.7})
TAIL_FLOORS.update({'tangchuan-dctb-2023-17': 0.95, 'qyszf-2022-09-06-zt-yshj': 0.85})
# (rounds 64-65, session 43, sets 384, 385, 392, 393, scored on arrival against the code of each round's launch: a
# district paper's two pages from plain pdftotext in one file (0.89 -> 0.96, pages 0.42 -> 1.0: the lead story's decks
# a blank line apart, the second page's header, the jumps back), a 2025 政务信息 of wrapped 目录 titles (1.0), a Word
# 专刊 of units' reports (0.95), a list page dated `[2024-03-05]` (1.0), a WeChat round-up (1.0), an OCR'd 2016 政务信息
# (0.85: its annotator cuts the `【简讯】` column into its briefs, as the earlier fixtures' annotators do not), a 乡镇
# 工作简报 of stacked section labels (sections 0.5 -> 1.0), an e-paper page view (0.94), a two-column 目录 (0.80, the
# 简讯 again), a Word 人大 通讯 whose 目录 is a table (0.90), a round-up of leaders' days under `【3月4日】` (titles 0.46 ->
# 1.0), a UTF-16 政务信息 (0.86, the 简讯 again); the annotators date `近日` items by the issue's day, the parser does not)
ENTRY_FLOORS.update({'tlrjgzjb-2018-09-12': 0.9, 'fengyuan-zwxx-2016-03': 0.8, 'tongfu-zwxx-2015-05': 0.75,
                     'qinglan-rdtx-2024-03': 0.85, 'fenghe-zwxx-2011-23': 0.8})
ISSUE_FLOORS.update({'yxxzwxx-2025-04-08': {'date': 0.8}, 'tlrjgzjb-2018-09-12': {'date': 0.85},
                     'fengyuan-zwxx-2016-03': {'date': 0.85}, 'hualingzhen-gzjb-2022-06': {'date': 0.8},
                     'tongfu-zwxx-2015-05': {'section': 0.45, 'date': 0.75},
                     'qinglan-rdtx-2024-03': {'title': 0.85, 'date': 0.7, 'body_head': 0.85, 'body_tail': 0.85},
                     'fenghe-zwxx-2011-23': {'date': 0.85}})
PAPER_FLOORS.update({'lcqb-2019-05-21': 0.9, 'yunlu-zwdt-2024-03': 0.97, 'tingnan-zwdt-2023-11': 0.97,
                     'yuanchuan-rb-2020-09': 0.9, 'heting-ldhd-2023-03': 0.97})
DATE_FLOORS.update({'lcqb-2019-05-21': 0.7, 'yunlu-zwdt-2024-03': 0.8, 'yuanchuan-rb-2020-09': 0.7})
TAIL_FLOORS.update({'lcqb-2019-05-21': 0.85, 'yuanchuan-rb-2020-09': 0.8})
# (session 43: an e-paper page's list of its own articles over them is its contents, no article: these four pages'
# entries 0.94-0.95 -> 1.0, their floors raised; luting's dates 0.86 -> 1.0)
PAPER_FLOORS.update({'yuanchuan-rb-2020-09': 0.97, 'luting-wanbao-2024-06-13-p07': 0.97, 'ruibin-rb-2024-06-14-p3': 0.97,
                     'yingzhou-ribao-2023-09': 0.97})
DATE_FLOORS.update({'luting-wanbao-2024-06-13-p07': 0.95})
# (round 66, session 43, sets 398 and 399, launched on the session's last code and held out for all of it: a 2022 政务信息
# from pdftotext whose 目录 runs over two pages (0.83: its `【简讯】` cut into its briefs again), a Word 工作动态 (1.0), a
# district paper's page with a 简讯 column (1.0; its untitled briefs' titles cut at the column's wrap, 0.8), a site's
# article page (1.0), a GB18030 政协信息 (0.90), a WeChat post of `01 | 标题` items (1.0))
ENTRY_FLOORS.update({'lanchuan-zwxx-2022-08': 0.8, 'heyang-zxxx-2021-09-30': 0.85})
ISSUE_FLOORS.update({'heyang-zxxx-2021-09-30': {'date': 0.8}})
ISSUE_PERSON_FLOORS.update({'fengxi-gzdt-2024-04': 0.85})
PAPER_FLOORS.update({'lanwan-bao-2019-06': 0.97, 'qiwu-zwdt-2023-05-12': 0.97, 'yuntang-wechat-2020-11-23': 0.97})
DATE_FLOORS.update({'lanwan-bao-2019-06': 0.85, 'qiwu-zwdt-2023-05-12': 0.85, 'yuntang-wechat-2020-11-23': 0.75})
TAIL_FLOORS.update({'lanwan-bao-2019-06': 0.85})
# (round 67, session 44, sets 404 and 405, scored on arrival against the session's first code: a 2025 政务信息 whose 目录
# has no leader dots and wrapped titles (1.0), a GB18030 工作简报 with a 编者按 (1.0), a Word 工作动态 of `1.标题。正文`
# items (1.0; two titles under `三、简讯` keep their full stop: 0.83); a theory page (1.0; its column labels are the
# sections to that annotator, the page's name to the parser), a site's list page of nested tables (1.0; dates 0.2 -> 0.95
# once a row is dated by its summary), a 社会 page from `pdftotext -layout` whose two columns share no gutter (0.6))
ISSUE_FLOORS.update({'tongyin-gzdt-2016-05': {'title': 0.8}})
PAPER_FLOORS.update({'luchuan-ribao-pl-2022-06-21': 0.97, 'qingtong-nongwei-gzdt-2017-06-05': 0.97,
                     'lanwan-bao-sh-2023-09-15': 0.55})
DATE_FLOORS.update({'luchuan-ribao-pl-2022-06-21': 0.75, 'qingtong-nongwei-gzdt-2017-06-05': 0.9,
                    'lanwan-bao-sh-2023-09-15': 0.6})
TAIL_FLOORS.update({'lanwan-bao-sh-2023-09-15': 0.3})
PERSON_FLOORS.update({'lanwan-bao-sh-2023-09-15': 0.7})
# (session 45: a column of briefs printed with no titles under a 目录's line for it (`四、简讯……6`, `【简讯】`,
# `简讯（3则）`) is cut into its briefs, each titled by its first clause, as the annotators of rounds 64-68 cut it:
# fenghe, fengyuan, heyang, lanchuan, qinglan-rdtx and tongfu 0.80-0.90 -> 1.0, their floors gone; the three earlier
# annotators who kept such a column one entry read 1.0 -> 0.83-0.86 (dulang, huanxi, zixi))
for _stem in ('fenghe-zwxx-2011-23', 'fengyuan-zwxx-2016-03', 'heyang-zxxx-2021-09-30', 'lanchuan-zwxx-2022-08',
              'qinglan-rdtx-2024-03', 'tongfu-zwxx-2015-05'):
    ENTRY_FLOORS.pop(_stem, None)
ENTRY_FLOORS.update({'dulang-qktb-2009-01': 0.8, 'huanxi-zwxx-2009-17': 0.8, 'zixi-rdtx-2024-01': 0.8})
ISSUE_FLOORS.update({'tongfu-zwxx-2015-05': {'section': 0.6, 'date': 0.7}})
# (round 68, session 45, sets 412 and 413, scored on arrival against the session's first code: a 2024 政务信息 from plain
# pdftotext with form feeds and a `四、简讯` column of untitled briefs (0.79 -> 1.0, the column cut into its briefs), a
# Word 工作简报 whose 目录 is a table with a theme's row `【庆祝新中国成立70周年】` (sections 0.85 -> 1.0), a UTF-16
# 政务动态 (1.0), the first 政务信息 of 2026 dating December's items in 2025 (1.0, dates 0.93), a district paper's front
# page from plain pdftotext (0.70 -> 1.0: its lead's decks a blank line apart, a `导读` box of `2版` pointers, a column's
# label dotted like a foreign name, a caption wrapped mid-sentence, a brief's first line cut before its comma, a notice
# to the public with no addressees), a CMS list page (1.0); the annotators date `近日` items by the issue's day)
ISSUE_FLOORS.update({'daifeng-zwxx-2024-07': {'date': 0.85}, 'nanchuan-gzjb-2019-09': {'date': 0.8},
                     'heting-zwdt-2020-11': {'date': 0.8}, 'chengchuan-zwxx-2026-01': {'date': 0.9}})
PAPER_FLOORS.update({'lanqiao-bao-2023-06-15': 0.97, 'qingyuan-slj-zwdt-2021-05': 0.97})
DATE_FLOORS.update({'lanqiao-bao-2023-06-15': 0.6, 'qingyuan-slj-zwdt-2021-05': 0.9})
TAIL_FLOORS.update({'lanqiao-bao-2023-06-15': 0.85})
# (the same session: an evening paper's `停水公告` to the public, no addressees' line, is read now (entries 0.95 -> 1.0);
# the day it names for the water's stop is its annotator's date, none of its text's opening: dates 0.80 -> 0.73)
DATE_FLOORS.update({'luochuan-wb-2019-04-17-A08': 0.7})
# (round 69, session 45, sets 416 and 417, scored on arrival against the session's code of then: an OCR'd 2022 政务信息
# whose 目录 lists `五、简讯` and the body frames it `【简　讯】` (0.89 -> 1.0), a Word 人大 工作动态 in Heading styles with
# a table of 代表建议 (1.0), a WeChat post whose groups are labelled `📌 党建引领` over `🔸` items (titles 0.64 -> 1.0,
# sections 0 -> 1.0), a wiki's Markdown 政务信息 whose 目录 names two columns with no items (`三、县区动态`: bold run-in
# titles; `四、简讯`: untitled briefs; 0.64 -> 1.0), a `pdftotext -layout` 工作简报 with a two-column 目录 (0.85 -> 1.0),
# a district paper's 法治 page (0.82 -> 0.91: a deck of figures set a wide space apart; left: a title wrapped at the
# column's width read as kicker and title, `拆了包装就不能退货？` / `法院：…` read the other way round)
ISSUE_FLOORS.update({'lanjiang-zwxx-2021-17': {'date': 0.9}, 'qingzhe-gzjb-2019-09': {'section': 0.9}})
PAPER_FLOORS.update({'liutang-zwdt-2024-03': 0.97, 'tingpu-fzb-2023-1205': 0.85})
TAIL_FLOORS.update({'tingpu-fzb-2023-1205': 0.85})
# (round 70, session 46, sets 424 and 425, scored on arrival against the session's first code: a 2023 政务信息 from plain
# pdftotext whose 目录 runs over a page break with the running head inside it and whose first section is 领导批示 (1.0),
# a county site's article page holding a whole 政务信息 in one TRS_Editor div (1.0), a 镇 政务信息 whose items are tagged
# `【信息一】` over their titles (tails 0.33 -> 1.0: the tags are furniture now), a Word 工作简报 with its masthead in a
# borderless table (1.0); the annotators date `近日` items by the issue's day. Left: a 融媒体 paper's page from
# `pdftotext -layout` in three columns whose regions change down the page (0.70: two articles of the middle region and a
# notice set full width are lost or merged), and a 乡村振兴 专版 of profiles, each under its person's name as the
# annotator's title (0.76: the first profile is titled by its line under the name, the page's label read as an item))
ISSUE_FLOORS.update({'lanjiang-zwxx-2023-09': {'date': 0.8}, 'liuwan-zwxx-2025-07': {'date': 0.8},
                     'tongling-wjjb-2018-12': {'date': 0.85}})
PAPER_FLOORS.update({'qingyu-zwxx-2020-06': 0.97, 'xinting-rmt-2024-04': 0.65, 'wenxibao-xczx-2022-09-23': 0.7})
DATE_FLOORS.update({'qingyu-zwxx-2020-06': 0.8, 'xinting-rmt-2024-04': 0.5, 'wenxibao-xczx-2022-09-23': 0.8})
TAIL_FLOORS.update({'xinting-rmt-2024-04': 0.65, 'wenxibao-xczx-2022-09-23': 0.8})
# (the same session: a 目录 that prints no page at all now takes each entry's page from the `— 2 —` footers after its
# title, as the annotators' brief asks and two annotators of such issues give it (hualing 0 -> 1.0, and lanchuan of
# round 71); the annotator of this 疫情简报 leaves its pages null)
ISSUE_FLOORS["fengxu-yiqingjianbao-2020-02"]["page"] = 0.0
# (round 71, session 46, sets 434 and 435, scored on arrival against the session's code of then: a 政务信息 whose 目录
# lists titles under sections with no pages and a `编者按` line over them (sections 0 -> 1.0, pages 0 -> 1.0 from the
# footers), a 工作简报 page whose 目录 is a list of in-page anchor links (1.0), a Word 政务信息 with footnotes, a table
# and a TOC field (1.0), an e-paper 民生 page (0.95); left: a 信息专报 of one report whose 领导批示 block above the
# title is read as an item and whose title wrapped over two centred lines is read as kicker and title (0.67), a paper's
# 要闻 page from `pdftotext -raw` whose headline comes after its first paragraph (0.87))
ISSUE_FLOORS.update({'lanchuan-zwxx-2024-09': {'date': 0.8}, 'songling-zwxx-2019-06': {'date': 0.8},
                     'lanchuan-xxzb-2022-09': {'title': 0.0}})
ENTRY_FLOORS.update({'lanchuan-xxzb-2022-09': 0.6})
ISSUE_PERSON_FLOORS.update({'lanchuan-xxzb-2022-09': 0.65})
PAPER_FLOORS.update({'ningchuan-gzjb-2021-12': 0.97, 'yuanqiao-bao-2023-06-15-p1': 0.8, 'chenghu-msb-2025-04': 0.9})
DATE_FLOORS.update({'ningchuan-gzjb-2021-12': 0.85, 'yuanqiao-bao-2023-06-15-p1': 0.65, 'chenghu-msb-2025-04': 0.75})
TAIL_FLOORS.update({'yuanqiao-bao-2023-06-15-p1': 0.55, 'chenghu-msb-2025-04': 0.85})
PERSON_FLOORS.update({'yuanqiao-bao-2023-06-15-p1': 0.65})
# (round 72, session 46, sets 440 and 441, scored on arrival against the session's code of then: a 政务信息 whose 目录
# prints each page before its title (1.0), a 街道 工作动态 pasted from WeChat whose `▍一周简讯` column holds `📌` briefs
# (0.85 -> 1.0), a paper's page from `pdftotext -layout` carrying a front page's continuation (0.95), a 政务信息 saved as
# a web page by Word (1.0), a 政务信息 whose 目录 abridges every title (0.97: titles cut inside a word by the wrap
# 0.88 -> 1.0; left: `开展节令食品专项检查` found in a prose line), a 工作简报 with no 目录 numbered 一、 (1.0); the
# annotators date `近日` items by the issue's day)
ISSUE_FLOORS.update({'chengling-zwxx-2023-14': {'date': 0.8},
                     'baichuan-zwxx-2022-09': {'page': 0.9, 'date': 0.9, 'body_tail': 0.9},
                     'luming-gzjb-2025-04': {'date': 0.75, 'date_end': 0.85}})
ENTRY_FLOORS.update({'baichuan-zwxx-2022-09': 0.95})
PAPER_FLOORS.update({'qitong-gzdt-2021-46': 0.97, 'tinglan-bao-2024-0418-p2': 0.9, 'tongxi-zwxx-2018-06': 0.97})
DATE_FLOORS.update({'tinglan-bao-2024-0418-p2': 0.85, 'tongxi-zwxx-2018-06': 0.8})
TAIL_FLOORS.update({'tinglan-bao-2024-0418-p2': 0.85})
PERSON_FLOORS.update({'tinglan-bao-2024-0418-p2': 0.85})
