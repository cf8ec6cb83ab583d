"""Fields stage for Chinese, Japanese and Korean agency copy: a line -> its dateline, credits, dates.

The fields package asks these only of text that holds a CJK character (``has_cjk``), so other copy
pays one character-class search a story. What they find comes back as plain values
(``CjkDateline``, ``(credits, agencies)`` as parse_credits gives them), for the fields package to record.
Cities and names stay as the copy writes them (as TASS's Cyrillic "Москва" does): a
Chinese, Japanese or Korean name has no case to mend.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from . import normalize, vocab

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〇"
KANA = "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
HANGUL = "\uac00-\ud7af"
CJK_CHAR_RE = re.compile(f"[{HAN}{KANA}{HANGUL}\u1100-\u11ff\u3130-\u318f]")
# A line whose first character (after an opening bracket) is CJK: the only lines the
# dateline rules below are tried on.
# (or an agency's Latin letters after the bracket, then the place: "【NQNニューヨーク＝...】")
LEAD_RE = re.compile(f"^\\s*(?:[(\\[（［【]?\\s*[{HAN}{KANA}{HANGUL}]|【[A-Z]{{2,5}}[{HAN}{KANA}])")

MAX_CREDIT_LINE = 80       # trailers, source lines and bylines are short
MAX_CAPTION_LINE = 300     # a photo's caption with its credit at the end
MAX_DATELINE = 160         # a dateline's longest: "新华社北京3月5日电（记者...）" with a long bracket
MAX_DATE_LINE = 120        # "입력 2024.03.05. 14:32 수정 2024.03.05. 15:10" and its kin


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def has_cjk(text: str) -> bool:
    """Whether the text holds a Chinese, Japanese or Korean character.

    >>> has_cjk("SEOUL (Reuters) - Talks resumed."), has_cjk("新华社北京3月5日电")
    (False, True)
    """
    return not text.isascii() and CJK_CHAR_RE.search(text) is not None


# ---------------------------------------------------------------- names

ZH_NAME_RE = re.compile(f"^[{HAN}·・•]{{2,12}}$")
JA_NAME_RE = re.compile(f"^[{HAN}{KANA}ー・]{{2,10}}(?: [{HAN}{KANA}ー・]{{1,8}})?$")
# (a Korean name in hangul, or in hanja as 1990s copy writes it: "李相勳")
KO_NAME_RE = re.compile(f"^(?:[{HANGUL}]{{2,5}}|[{HAN}]{{2,4}})$")
NAME_SPLIT_RE = re.compile(r"[、，,;；/／\s]+")
ZH_REPORTER_RE = re.compile(_alternation(vocab.ZH_REPORTER_WORDS))


def _names(text: str, name_re: re.Pattern, split: bool = True) -> list[str]:
    """The names in a run of them, each checked against name_re; [] if any part is no name."""
    text = " ".join(text.replace("\u3000", " ").split())
    parts = [p for p in NAME_SPLIT_RE.split(text) if p] if split else [text]
    if not parts or not all(name_re.match(p) for p in parts):
        return []
    return list(dict.fromkeys(parts))


def zh_reporters(credit: str) -> list[str]:
    """The reporters a Chinese bracket names: "记者张三、李四" -> ["张三", "李四"].

    >>> zh_reporters("记者 张三 通讯员 李四"), zh_reporters("完")
    (['张三', '李四'], [])
    """
    if not ZH_REPORTER_RE.search(credit):
        return []
    return _names(ZH_REPORTER_RE.sub(" ", credit), ZH_NAME_RE)


# ---------------------------------------------------------------- datelines

class CjkDateline(NamedTuple):
    text: str                       # as written: "新华社北京3月5日电（记者张三）"
    cities: list[str]
    agencies: list[str]
    reporters: list[str]
    month_day: tuple[int, int] | None = None


# Full-width digits and Latin letters as their ASCII selves, one character for one, so the
# dateline rules read "新华社上海５月２０日电" and "【パリＡＦＰ＝時事】" as they read the half-width.
FULLWIDTH_FOLD = str.maketrans(
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
FULLWIDTH_ALNUM_RE = re.compile("[０-９Ａ-Ｚａ-ｚ]")    # most lines hold none: no fold to pay for
# A month or a day in Chinese numerals: "三月", "十三日", "二十八日", "卅一日".
HAN_MONTH = "十[一二]?|[一二三四五六七八九]"
HAN_DAY = "[二三]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|[一二三四五六七八九]"

# "新华社北京3月5日电（记者张三、李四）", "中新网北京3月5日电 (记者 王五)", "本报上海5日电":
# a source, the place, maybe the date, and 电 ("cabled"); the reporters in brackets after it.
# CNA writes its whole dateline in brackets, the reporter before the place: "（中央社記者
# 王小明台北23日電）" (ZH_BRACKET_REPORTER).
NON_LATIN_AGENCY_NAMES = tuple(k for k in vocab.AGENCY_ALIASES if not k.isascii())
# A Western agency's dateline in Chinese words, its shape kept: "澳門，4月9日（葡新社）－"
# (Lusa's Chinese service), "巴黎，3月5日（法新社）—": the place, a comma, the day, the
# agency in brackets (one the project knows), a dash.
ZH_COMMA_DATELINE_RE = re.compile(
    f"^\\s*(?P<place>[{HAN}·]{{2,8}})[，,]\\s*(?:(?:19|20)\\d\\d年)?(?P<month>[01]?\\d)月(?P<day>[0-3]?\\d)日\\s*"
    r"[（(](?P<agency>" + _alternation((*vocab.JA_DATELINE_AGENCIES, *NON_LATIN_AGENCY_NAMES))
    + r")[）)]\s*[－\-–—]+")
# Compiled from the wires, for 电: "（中央社巴黎28日綜合外電報導）", "（北京综合电）"
ZH_COMPILED = r"(?:综合|綜合)(?:外电|外電)?(?:报道|報導|[电電]|[讯訊])"
ZH_DATELINE_RE = re.compile(
    r"^\s*(?P<open>[（(])?(?P<source>" + _alternation(vocab.ZH_DATELINE_SOURCES) + r")"
    r"(?(open)(?:(?P<role>" + _alternation(vocab.ZH_REPORTER_WORDS) + f")(?P<who>[{HAN}·、]{{2,30}}?(?=[{HAN}]{{2}})))?)"
    f"(?P<place>[{HAN}·]{{1,12}}?)"
    # Reuters' Chinese service writes a dash after the day for 电: "路透北京4月9日 -"; CNA
    # may write the year too: "（中央社記者王小明台南2024年3月15日電）"
    # Taiwan papers write AFP's and AP's day in Chinese numerals: "（法新社巴黎十三日電）".
    r"(?P<date>(?:(?:1[89]|20)\d\d年)?(?:(?P<month>[01]?\d|" + HAN_MONTH + r")月)?"
    # A correspondent abroad files a "special cable", 專電: "（中央社記者王小明東京3日專電）".
    r"(?P<day>[0-3]?\d|" + HAN_DAY + r")日)?(?:[专專]?[电電]|" + ZH_COMPILED + r"|(?<=日)(?=\s*[-–—]))"
    r"(?(open)[^（）()\n]{0,12}?[）)]|(?P<credit>\s*[（(][^（）()\n]{1,80}[）)])?)")
# A Chinese paper's own dateline in brackets, no agency's name before the place: "（吉隆坡
# 18日讯）" ('news', Malaysian and Singapore papers), "（北京综合电）" ('compiled from the wires',
# Lianhe Zaobao), "（台北5日電）". A date or the compiling word is needed: a bare "（某某电）"
# may be a name's bracket.
ZH_PAPER_DATELINE_RE = re.compile(
    f"^\\s*[（(](?P<place>[{HAN}·]{{2,8}}?)"
    r"(?:(?P<date>(?:(?P<month>[01]?\d)月)?(?P<day>[0-3]?\d)日)(?:[讯訊]|[专專]?[电電])"
    r"|(?P<compiled>" + ZH_COMPILED + r"))[）)]")
# "【ワシントン共同】", "【北京時事】", "【ソウル共同＝山田太郎】", and a paper's own "【ロンドン＝山田太郎】".
# A foreign agency's story that Jiji or Kyodo carries names it before "＝": "【パリAFP＝時事】".
# Kyodo as regional papers print it, and its older copy, puts the day after the place:
# "【ソウル5日共同】". Nikkei QUICK News names itself before the place: "【NQNニューヨーク＝戸田圭介】".
JA_DATELINE_RE = re.compile(
    r"^\s*【(?P<lead>" + _alternation(vocab.JA_DATELINE_LEAD_AGENCIES) + r")?"
    f"(?P<place>[{HAN}{KANA}ー・]{{0,15}}?)(?:[0-3]?[0-9]日)?"
    r"(?:(?P<foreign>[A-Za-z]{2,12})[＝=](?=(?:" + _alternation(vocab.JA_DATELINE_AGENCIES) + r")】))?"
    r"(?P<agency>" + _alternation(vocab.JA_DATELINE_AGENCIES) + r")?"
    r"(?:[＝=](?P<names>[^【】＝=\n]{1,30}))?】")
# "［東京　１８日　ロイター］ -": the place, the day (full-width digits) and the agency.
JA_BRACKET_DATELINE_RE = re.compile(
    f"^\\s*[［\\[](?P<place>[{HAN}{KANA}ー・]{{1,15}})[\\s\u3000]+(?P<day>[0-9０-９]{{1,2}})日[\\s\u3000]+"
    r"(?P<agency>" + _alternation(vocab.JA_BRACKET_DATELINE_AGENCIES) + r")\s*[］\]](?:\s*[-–—])?")
# "(서울=연합뉴스) 홍길동 기자 =", "[서울=뉴시스]홍길동 기자 =", "(서울·세종=뉴스1) 이영희 김철수 기자 =":
# the place and the outlet in brackets, then the byline up to its "=". Copy of the 1990s
# writes the place and the names in hanja: "(大田=聯合) 李相勳기자 =". Newsis's older pages
# use lenticular brackets: "【부산=뉴시스】김민수 기자 =".
KO_DATELINE_RE = re.compile(
    f"^\\s*[(\\[（［【](?P<place>[{HANGUL}{HAN}A-Za-z][{HANGUL}{HAN}A-Za-z·.\\s]{{0,20}}?)\\s*[=＝]\\s*"
    r"(?P<agency>[^()\[\]（）［］【】=＝\n]{1,20}?)\s*[)\]）］】]"
    f"(?:\\s*(?P<names>[{HANGUL}{HAN}]{{2,5}}(?:\\s*[·,]?\\s*[{HANGUL}{HAN}]{{2,5}}){{0,5}}?)\\s*"
    r"(?:" + _alternation(vocab.KO_REPORTER_WORDS) + r")\s*[=＝])?")
# KCNA's Korean dateline: the place, the month and the day "issued from" (일발) and the agency,
# no "=": "(평양 5월 22일발 조선중앙통신)".
KO_ISSUED_DATELINE_RE = re.compile(
    f"^\\s*[(（](?P<place>[{HANGUL}]{{1,10}})\\s+(?:(?P<month>1[0-2]|[1-9])월\\s*)?(?P<day>[1-9]|[12]\\d|3[01])일발\\s*"
    f"(?P<agency>[{HANGUL}]{{2,10}})\\s*[)）]")
# A Korean caption under its photo has the dateline's shape and ends in the day and the
# photographer's mail: "[서울=뉴시스] 김사진 기자 = 5일 ... 있다. 2024.03.05. photo@newsis.com".
KO_CAPTION_END_RE = re.compile(r"(?:\S+@\S+\.\w+|(?:19|20)\d\d\.\s?[01]?\d\.\s?[0-3]?\d\.?)\s*[)\]]?$")


def parse_dateline(line: str) -> CjkDateline | None:
    """The Chinese, Japanese or Korean dateline opening a paragraph, or None.

    >>> d = parse_dateline("新华社北京3月5日电（记者张三、李四）会议今天开幕。")
    >>> d.text, d.cities, d.agencies, d.reporters, d.month_day
    ('新华社北京3月5日电（记者张三、李四）', ['北京'], ['Xinhua'], ['张三', '李四'], (3, 5))
    >>> parse_dateline("【ソウル共同＝山田太郎】韓国政府は5日、発表した。")[1:4]
    (['ソウル'], ['Kyodo'], ['山田太郎'])
    >>> parse_dateline("【ソウル=共同】韓国政府は5日、発表した。")[1:4]
    (['ソウル'], ['Kyodo'], [])
    >>> parse_dateline("(서울=연합뉴스) 홍길동 기자 = 정부는 5일 밝혔다.")[:4]
    ('(서울=연합뉴스) 홍길동 기자 =', ['서울'], ['Yonhap'], ['홍길동'])
    >>> parse_dateline("（中央社記者王小明台南5日電）市府今天表示。")[:4]
    ('（中央社記者王小明台南5日電）', ['台南'], ['CNA'], ['王小明'])
    """
    if not LEAD_RE.match(line):
        return None
    s = line.strip()
    folded = s.translate(FULLWIDTH_FOLD) if FULLWIDTH_ALNUM_RE.search(s, 0, MAX_DATELINE) else s
    found = _parse_dateline(folded)
    if found and folded is not s:   # the fold keeps each character in its place: cut the text as written
        return found._replace(text=s[:len(found.text)])
    return found


def _parse_dateline(s: str) -> CjkDateline | None:
    first = s[:1]
    if first == "【":
        return _ja_dateline(s) or _ko_dateline(s)
    if first in "［[" and (m := JA_BRACKET_DATELINE_RE.match(s)):
        return CjkDateline(m[0].strip(), [m["place"]],
                           [vocab.JA_BRACKET_DATELINE_AGENCIES[m["agency"]]], [])
    if first in "([（［":
        return _ko_dateline(s) or (_zh_dateline(s) if first in "(（" else None)
    return _zh_dateline(s)


def _zh_dateline(s: str) -> CjkDateline | None:
    m = ZH_DATELINE_RE.match(s)
    if not m:
        if s[:1] in "(（":
            return _zh_paper_dateline(s)
        return _zh_comma_dateline(s) if "，" in s[:12] or "," in s[:12] else None
    if not m["open"] and ZH_REPORTER_RE.match(s, m.end("source")) and s.rstrip()[-1:] in "電电" and "（" not in s:
        # CNA's whole dateline without its brackets, as a record's byline field holds it
        # ("中央社記者吳小明花蓮10日電"): the reporter before the place, as in the brackets
        return _zh_dateline(f"（{s.strip()}）")
    after = s[m.end():m.end() + 1]
    if not m["open"] and not m["date"] and not m["credit"] and after and not after.isspace() \
            and after not in "：:":
        return None          # "新华社北京电视台...": 电 is a word's first character, no dateline
    end = m.end()
    reporters = zh_reporters(m["credit"].strip()[1:-1]) if m["credit"] else []
    if m["credit"] and not reporters:
        end = m.start("credit")     # a bracket of something else: not the dateline's
    place = m["place"]
    if m["role"]:                   # "（中央社記者王小明台北23日電）": the last name runs into the place
        names, place = _bracket_reporters(m["who"] + place)
        reporters = _names("、".join(names), ZH_NAME_RE) if names else []
        if not reporters:
            return None
    agency = vocab.ZH_DATELINE_SOURCES[m["source"]]
    month_day = (int(m["month"]), int(m["day"])) if m["month"] and m["month"].isascii() else None
    return CjkDateline(s[:end].strip(), [place], [agency] if agency else [], reporters,
                       month_day)


def _zh_comma_dateline(s: str) -> CjkDateline | None:
    """A Western agency's dateline in Chinese words (ZH_COMMA_DATELINE_RE): place, day, agency.

    >>> _zh_comma_dateline("澳門，4月9日（葡新社）－校長今日表示。")[:3]
    ('澳門，4月9日（葡新社）－', ['澳門'], ['Lusa'])
    >>> _zh_comma_dateline("今天，4月9日（星期二）－天氣晴。")
    """
    m = ZH_COMMA_DATELINE_RE.match(s)
    if not m:
        return None
    agency = vocab.AGENCY_ALIASES.get(m["agency"]) or vocab.JA_DATELINE_AGENCIES.get(m["agency"])
    return CjkDateline(m[0].strip(), [m["place"]], [agency] if agency else [], [],
                       (int(m["month"]), int(m["day"])))


def _zh_paper_dateline(s: str) -> CjkDateline | None:
    """A paper's own bracketed dateline (ZH_PAPER_DATELINE_RE): its place, no agency.

    >>> _zh_paper_dateline("（吉隆坡18日讯）今午一场暴雨。")[:2], _zh_paper_dateline("（北京综合电）通知说。")[1]
    (('（吉隆坡18日讯）', ['吉隆坡']), ['北京'])
    >>> _zh_paper_dateline("（本报讯）通知说。"), _zh_paper_dateline("（王小明电）通知说。")
    (None, None)
    """
    m = ZH_PAPER_DATELINE_RE.match(s)
    if not m or m["place"] in vocab.ZH_DATELINE_SOURCES or m["place"].startswith(tuple(vocab.ZH_DATELINE_SOURCES)):
        return None          # "（本报讯）": the paper itself, no place
    month_day = (int(m["month"]), int(m["day"])) if m["month"] else None
    return CjkDateline(m[0].strip(), [m["place"]], [], [], month_day)


ZH_GIVEN_NAME_CHARS = 3    # most Chinese names: a family name of one character, a given one of two


def _bracket_reporters(run: str) -> tuple[list[str], str]:
    """The reporters and the place of a bracketed dateline's run of names and place, which
    nothing sets apart ("周小明、李大同台北" -> (["周小明", "李大同"], "台北")): the names
    before it are set apart by "、"; the last one is read as three characters (two when
    only four stand there), the place as what follows.

    >>> _bracket_reporters("王小明花蓮"), _bracket_reporters("王明台北")
    ((['王小明'], '花蓮'), (['王明'], '台北'))
    """
    *names, last = run.split("、")
    size = ZH_GIVEN_NAME_CHARS if len(last) > ZH_GIVEN_NAME_CHARS + 1 else 2
    return [*names, last[:size]], last[size:]


def _ja_dateline(s: str) -> CjkDateline | None:
    m = JA_DATELINE_RE.match(s)
    if not m or not (m["agency"] or m["lead"] and m["place"] or m["names"] and m["place"]):
        return None          # "【速報】", "【写真】": a label, no dateline
    carried = vocab.JA_DATELINE_AGENCIES.get(m["names"].strip()) if m["names"] and not m["agency"] else None
    if carried:
        # "【北京=共同】": a paper running the agency's story (Nikkei's) puts the agency where
        # its own reporter's name goes; no one's name
        return CjkDateline(m[0].strip(), [m["place"]] if m["place"] else [], [carried], [])
    reporters = _names(m["names"], JA_NAME_RE, split=False) if m["names"] else []
    if m["names"] and not reporters:
        reporters = _names(m["names"], JA_NAME_RE)           # "山田太郎、佐藤花子"
        if not reporters:
            return None
    agency = vocab.JA_DATELINE_AGENCIES.get(m["agency"] or "")
    foreign = normalize.normalize_agency(m["foreign"]) if m["foreign"] else None
    lead = vocab.JA_DATELINE_LEAD_AGENCIES.get(m["lead"] or "")
    agencies = [a for a in (lead, foreign, agency) if a]
    return CjkDateline(m[0].strip(), [m["place"]] if m["place"] else [], agencies, reporters)


def _ko_dateline(s: str) -> CjkDateline | None:
    m = KO_DATELINE_RE.match(s)
    if not m and "일발" in s[:MAX_DATELINE]:
        return _ko_issued_dateline(s)
    if not m or not CJK_CHAR_RE.search(m["place"]) or KO_CAPTION_END_RE.search(s) \
            or m["place"].strip() in vocab.KO_CREDIT_LABELS:
        return None          # a caption, or "(사진=연합뉴스)": a photo's credit
    agency = vocab.KO_DATELINE_AGENCIES.get(m["agency"]) or normalize.normalize_agency(m["agency"])
    if not agency and not m["names"]:
        return None          # "(서울=...)" with neither a known agency nor a byline
    place, foreign = _foreign_agency(m["place"])
    cities = [c.strip() for c in place.split("·") if c.strip()]
    reporters = _names(m["names"], KO_NAME_RE) if m["names"] else []
    return CjkDateline(m[0].strip(), cities, [a for a in (foreign, agency) if a], reporters)


def _ko_issued_dateline(s: str) -> CjkDateline | None:
    """KCNA's Korean dateline (KO_ISSUED_DATELINE_RE), its agency a known one.

    >>> _ko_issued_dateline("(평양 5월 22일발 조선중앙통신) 도서관이 문을 열었다.")
    CjkDateline(text='(평양 5월 22일발 조선중앙통신)', cities=['평양'], agencies=['KCNA'], reporters=[], month_day=(5, 22))
    """
    m = KO_ISSUED_DATELINE_RE.match(s)
    agency = normalize.normalize_agency(m["agency"]) if m else None
    if not agency:
        return None
    return CjkDateline(m[0].strip(), [m["place"]], [agency], [],
                       (int(m["month"]), int(m["day"])) if m["month"] else None)


def _foreign_agency(place: str) -> tuple[str, str | None]:
    """A Korean dateline's place and the foreign agency Yonhap carries, which the copy writes
    after the place: "(샌프란시스코 AP=연합뉴스)", "(파리 AFP=연합뉴스)". An unknown word stays.

    >>> _foreign_agency("샌프란시스코 AP"), _foreign_agency("서울")
    (('샌프란시스코', 'AP'), ('서울', None))
    """
    head, _, last = place.rstrip().rpartition(" ")
    if not head:
        return place, None
    agency = vocab.KO_DATELINE_FOREIGN_AGENCIES.get(last) or (
        normalize.normalize_agency(last) if last.isascii() else None)
    return (head, agency) if agency else (place, None)


# ---------------------------------------------------------------- credits and trailers

Credits = tuple[dict[str, list[str]], list[str]]

# A portal's staff code glued to the editor's name by an underscore, as NetEase prints
# it: "责任编辑：赵六_NB1234" (the code names the desk account, not a person).
ZH_EDITOR_CODE = r"(?:_[A-Za-z]{1,8}\d{1,8})?"
# "【责任编辑：赵六】", "责任编辑：赵六", "（编辑 赵六）", "[责编:赵六 王七]"
ZH_EDITOR_RE = re.compile(
    r"^[【\[［(（]?\s*(?:" + _alternation(vocab.ZH_EDITOR_WORDS) + r")\s*[：:]?\s*"
    r"(?P<names>[^【】\[\]［］()（）_]{2,40}?)" + ZH_EDITOR_CODE + r"\s*[】\]］)）]?$")
# A labelled credit line, "作者：王五", "翻訳：高橋直子", "（文・山田太郎）", "사진: 최준호": the label
# (vocab.CJK_CREDIT_LABELS, and the editors' words with a colon), then the names.
LABEL_CREDIT_FIELD = {**{w: "editors" for w in (*vocab.ZH_EDITOR_WORDS, *vocab.JA_EDITOR_WORDS)},
                      **{w: f for f, words in vocab.CJK_CREDIT_LABELS.items() for w in words}}
LABEL_CREDIT_RE = re.compile(
    r"^[【\[［(（]?\s*(?P<role>" + _alternation(LABEL_CREDIT_FIELD) + r")\s*[：:・]\s*"
    r"(?P<names>[^【】\[\]［］()（）：:]{2,40}?)\s*[】\]］)）]?$")
# ...the same labels among a bracket's several roles, each closed by its mark (a colon, a
# middle dot, an equals sign as Japanese papers set it): "（文・山田太郎、写真＝佐藤一郎）".
LABEL_ROLE_WORD_RE = re.compile(
    r"(?:^|(?<=[、，,;；/／\s]))(?P<role>" + _alternation(LABEL_CREDIT_FIELD) + r")\s*[：:・＝=]\s*")
# A closing bracket naming each role before its names: "（记者 王五；编辑 赵六）",
# "（記者：山田太郎、編集：佐藤花子）" (Reuters' Chinese and Japanese services).
# (Japanese papers set an equals sign after the role: "（記者＝山田太郎、編集＝佐藤花子）")
# (and a translator's: "（记者 王五；编译 赵六；审校 孙七）", Reuters' Chinese service, "编译" its
# 'compiled and translated by')
ROLE_CREDIT_WORD_RE = re.compile(
    r"(?P<role>" + _alternation((*vocab.ZH_REPORTER_WORDS, *vocab.ZH_REPORTED_BY_WORDS, *vocab.ZH_EDITOR_WORDS,
                                 *vocab.JA_EDITOR_WORDS, *vocab.CJK_CREDIT_LABELS["translators"]))
    + r")\s*[：:＝=]?\s*")
# a name in such a bracket: "王五", "浅見花子", "ジョン・ロー"; longer runs are prose
ROLE_CREDIT_NAME_RE = re.compile(f"^[{HAN}{KANA}ー・·]{{2,7}}$")
# ...and the writer's name first, family and given names spaced as a byline sets them: "植田 彩香"
SPACED_JA_NAME_RE = re.compile(f"^[{HAN}]{{1,4}} [{HAN}{KANA}]{{1,4}}$")
# ...or a name in Latin letters, as the services sign a reporter writing in English: "Jo Roe"
LATIN_CREDIT_NAME_RE = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}$")
LATIN_NAME_SPLIT_RE = re.compile(r"\s*[、，,;；/／]\s*")
ROLE_CREDIT_FIELD = {**{w: "reporters" for w in (*vocab.ZH_REPORTER_WORDS, *vocab.ZH_REPORTED_BY_WORDS)},
                     **{w: "editors" for w in (*vocab.ZH_EDITOR_WORDS, *vocab.JA_EDITOR_WORDS)},
                     **{w: "translators" for w in vocab.CJK_CREDIT_LABELS["translators"]}}
# "来源：新华社", "來源: 中新网"
SOURCE_RE = re.compile(r"^[【\[(（]?\s*(?:" + _alternation(vocab.CJK_SOURCE_WORDS)
                       + r")\s*[：:]\s*(?P<source>[^【】\[\]()（）\d]{2,30}?)\s*[】\])）]?$")
# "（完）", "(끝)", "＝終わり＝", "<끝>"
END_START_RE = re.compile(r"^[(\[（［【<＜＝=]\s*(?:" + _alternation(vocab.CJK_END_MARKS)
                          + r")\s*[)\]）］】>＞＝=]\s*")
# A photo's label, its photographer and the agency in brackets opening a caption, the
# caption's words after a space: Kyodo's "写真：中村誠（共同）　記者会見する…＝13日、ワシントン".
PHOTO_AGENCY_CREDIT = (
    r"(?:" + _alternation(vocab.CJK_CREDIT_LABELS["photographers"]) + r")\s*[：:＝=]\s*"
    f"(?P<names>[{HAN}{KANA}ー・·]{{2,10}})" r"\s*[（(]\s*(?P<agency>"
    + _alternation((*vocab.JA_DATELINE_AGENCIES, *NON_LATIN_AGENCY_NAMES)) + r")\s*[）)]")
PHOTO_AGENCY_CAPTION_RE = re.compile(r"^[【\[［]?\s*" + PHOTO_AGENCY_CREDIT)
# ...or closing it, after a space: "記者会見する…保健相　写真：中村誠（共同）".
PHOTO_AGENCY_CLOSING_RE = re.compile(r"[\s\u3000]" + PHOTO_AGENCY_CREDIT + "$")
# The agency alone in brackets closing the copy, as Japanese papers credit Kyodo and Jiji
# under its short name: "...と歓迎している。（共同）", "（時事）", "（新华社）".
# (or several, joined by a slash or an enumeration comma: "（路透社/法新社）", Lianhe Zaobao's roundups)
_BRACKET_AGENCY = r"(?:" + _alternation((*vocab.JA_DATELINE_AGENCIES, *NON_LATIN_AGENCY_NAMES)) + r")"
AGENCY_BRACKET_RE = re.compile(
    r"^[（(]\s*(?P<agency>" + _BRACKET_AGENCY + r")(?P<more>(?:\s*[/／、]\s*" + _BRACKET_AGENCY + r")*)\s*[）)]$")
BRACKET_AGENCY_SPLIT_RE = re.compile(r"\s*[/／、]\s*")
# "（共同通信記者 山田太郎）", "(時事通信社ワシントン特派員 佐藤花子)", "（時事通信経済部　森田健太）"
JA_BYLINE_RE = re.compile(
    r"^[（(]\s*(?P<agency>共同通信社?|時事通信社?)\s*"
    f"(?:[{HAN}{KANA}ー]{{0,10}}?(?:" + _alternation(vocab.JA_REPORTER_WORDS) + r")"
    # (or its desk, a space after it: "経済部　森田健太", "ソウル支局　山田花子")
    r"|(?:" + _alternation(vocab.JA_DESKS) + f"|[{HAN}{KANA}ー]{{1,10}}?(?:"
    + _alternation(vocab.JA_BUREAU_WORDS) + r"))(?=\s))?"
    # (a desk's name and a middle dot before the person: "（共同通信経済部・山田太郎）")
    rf"(?:[{HAN}]{{1,6}}?(?:部|局|総局|支局|支社|センター)\s*[・･]\s*)?"
    r"\s*(?P<name>[^（）()]{2,20}?)\s*[）)]$")
# "홍길동 기자 gildong@yna.co.kr", "홍길동 기자": a Korean byline or signature line.
KO_BYLINE_RE = re.compile(
    f"^(?P<names>[{HANGUL}]{{2,5}}(?:\\s*[·,]\\s*[{HANGUL}]{{2,5}})*)\\s*"
    r"(?:" + _alternation(vocab.KO_REPORTER_WORDS) + r")"
    r"(?:\s*[(<]?\s*(?P<mail>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*[)>]?)?$")
KO_PHOTO_LABEL_RE = re.compile(r"^[(\[（［]\s*(?:" + _alternation(vocab.KO_CREDIT_LABELS)
                               + r")\s*[=＝][^()\[\]（）［］\n]{1,30}[)\]）］]$")
# ...naming the photographer, a reporter of the agency: "(사진=홍길동 기자)" under a photo.
KO_PHOTOGRAPHER_RE = re.compile(
    r"^[(\[（［]\s*(?:" + _alternation(vocab.KO_PHOTO_LABELS) + r")\s*[=＝]\s*"
    f"(?P<names>[{HANGUL}]{{2,5}}(?:\\s*[·,]\\s*[{HANGUL}]{{2,5}})*)\\s*"
    r"(?:" + _alternation(vocab.KO_REPORTER_WORDS) + r")\s*[)\]）］]$")
# ...closing a caption's last sentence: "... 걷고 있다. (사진=홍길동 기자)"
KO_CAPTION_PHOTO_RE = re.compile(r"(?<=[.!?。])\s*(?P<credit>[(（]\s*(?:" + _alternation(vocab.KO_PHOTO_LABELS)
                                 + r")\s*[=＝][^()（）\n]{1,30}[)）])\s*$")
# A Korean credit line of labelled parts, each "label=name [agency] [role]", joined by a
# middle dot or a slash: "글=마이클 브라운 AP통신 기자 · 번역=정수아 기자" (vocab.KO_LABEL_FIELDS).
KO_LABEL_PART_RE = re.compile(
    r"^(?P<label>" + _alternation(vocab.KO_LABEL_FIELDS) + r")\s*[=＝:：]\s*(?P<rest>[^=＝:：]{2,40})$")
KO_LABEL_SPLIT_RE = re.compile(r"\s+[·・/|]\s+|\s*[,，]\s*(?=" + _alternation(vocab.KO_LABEL_FIELDS) + r"\s*[=＝:：])")
# the words an outlet's or a source's name ends with: 'news', 'daily', 'newspaper', 'agency',
# 'broadcasting', 'provided', 'file'
KO_OUTLET_ENDINGS = ("뉴스", "일보", "신문", "통신", "통신사", "방송", "제공", "자료", "닷컴")
KO_HANGUL_WORD_RE = re.compile(f"^[{HANGUL}]{{2,5}}$")
# ...closing a caption without brackets: "... 표시돼 있다. 사진=최준호 기자"
KO_CAPTION_LABEL_RE = re.compile(r"(?<=[.!?。])\s+(?P<credit>(?:" + _alternation(vocab.KO_PHOTO_LABELS)
                                 + r")\s*[=＝][^()（）=＝\n]{2,30})$")
MAIL_RE = re.compile(r"^[(<]?\s*[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)\s*[)>]?$")
# "新华社记者 张三 摄", "（中新社记者 王五 摄）" closing a photo's caption.
ZH_PHOTO_RE = re.compile(
    r"[（(]?\s*(?P<source>" + _alternation(k for k in vocab.ZH_DATELINE_SOURCES
                                            if vocab.ZH_DATELINE_SOURCES[k]) + r")?\s*"
    r"(?:" + _alternation(vocab.ZH_REPORTER_WORDS) + r")\s*"
    f"(?P<names>[{HAN}·](?:[{HAN}·、\\s]{{0,30}}[{HAN}·])?)\\s*[摄攝](?:影)?"
    # (CNA sets the day after its credit, in Taiwan's ROC years: "（中央社記者王五攝 113年8月15日）")
    r"(?:\s*\d{2,4}年\d{1,2}月\d{1,2}日)?\s*[）)]?\s*$")
# ...or the name alone and 摄 in brackets, as Singapore's and Malaysia's papers close a
# caption: "……预计年底开始营业。（陈光明摄）", "（李四、王五摄）".
ZH_BARE_PHOTO_RE = re.compile(
    f"[（(]\\s*(?P<names>[{HAN}]{{2,4}}(?:[、/／][{HAN}]{{2,4}})*)\\s*[摄攝]\\s*[）)]\\s*$")
# A Chinese byline on a line of its own: the outlet's short name, the reporter's word, the
# names set apart by spaces: "本报记者  王五" (People's Daily), "（总台记者 王五 赵六）" (CCTV),
# "新华社记者 王五". Each name of two to four characters: a longer run is a sentence's
# ("本报记者从有关部门获悉").
ZH_BYLINE_LINE_RE = re.compile(
    f"^(?P<open>[（(])?\\s*(?P<source>[{HAN}]{{1,4}}?)?(?:" + _alternation(vocab.ZH_REPORTER_WORDS) + r")"
    f"[\\s\u3000]*(?P<names>[{HAN}]{{2,4}}(?:[\\s\u3000、，,]+[{HAN}]{{2,4}})*)[\\s\u3000]*(?(open)[）)])$")
COPYRIGHT_RE = re.compile(_alternation(vocab.CJK_COPYRIGHT_WORDS))
CJK_AGENCY_RE = re.compile(_alternation(NON_LATIN_AGENCY_NAMES))


def find_agencies(text: str) -> list[str]:
    """Agencies named anywhere in a CJK line (its words are not set apart by spaces),
    and the Latin names find_agencies knows.

    >>> find_agencies("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>")
    ['Yonhap']
    """
    found = [vocab.AGENCY_ALIASES[m[0]] for m in CJK_AGENCY_RE.finditer(text)]
    found += normalize.find_agencies(text)
    return list(dict.fromkeys(found))


def mail_agency(line: str) -> str | None:
    """The agency whose mail domain signs a line that is only an address: "gildong@yna.co.kr".

    >>> mail_agency("gildong@yna.co.kr"), mail_agency("jo@example.com")
    ('Yonhap', None)
    """
    m = MAIL_RE.match(line.strip())
    return vocab.AGENCY_MAIL_DOMAINS.get(m["domain"].casefold()) if m else None


# "【责任编辑】赵六": an editor's role in lenticular brackets with no colon, the name after them
# (Xinhua's archive export of the 1990s), read as "责任编辑：赵六".
BRACKETED_ROLE_RE = re.compile(r"^【(?P<role>" + _alternation(vocab.ZH_EDITOR_WORDS) + r")】(?=\S)")


def read_credit_line(s: str, in_body: bool = True) -> Credits | None:
    """A short line of CJK copy that is no story text: an end mark, a source, an editor's,
    reporter's or photographer's credit, a copyright notice (below the copy only, ``in_body``:
    above it "著作権" may be a headline's word). ``(credits, agencies)`` as
    fields.parse_credits gives them (both empty for an end mark); None for story text.

    >>> read_credit_line("【责任编辑：赵六】")
    ({'editors': ['赵六']}, [])
    >>> read_credit_line("（共同通信記者 山田太郎）")
    ({'reporters': ['山田太郎']}, ['Kyodo'])
    >>> read_credit_line("（共同通信社会部・山田太郎）")
    ({'reporters': ['山田太郎']}, ['Kyodo'])
    >>> read_credit_line("来源：新华社"), read_credit_line("（完）")
    (({}, ['Xinhua']), ({}, []))
    >>> read_credit_line("（完）【责任编辑：赵六】")
    ({'editors': ['赵六']}, [])
    >>> read_credit_line("정부는 5일 새 계획을 밝혔다.") is None
    True
    >>> read_credit_line("【责任编辑】赵六")
    ({'editors': ['赵六']}, [])
    >>> read_credit_line("（編輯：王小明）1130423")
    ({'editors': ['王小明']}, [])
    >>> read_credit_line("会見する経済相　写真：中村誠（共同）")
    ({'photographers': ['中村誠']}, ['Kyodo'])
    >>> read_credit_line("翻译：刘洋"), read_credit_line("사진: 최준호"), read_credit_line("写真：共同通信")
    (({'translators': ['刘洋']}, []), ({'photographers': ['최준호']}, []), None)
    """
    if len(s) > MAX_CAPTION_LINE:
        return None
    if s[:1] == "【" and BRACKETED_ROLE_RE.match(s):
        s = BRACKETED_ROLE_RE.sub(r"\g<role>：", s)   # "【责任编辑】赵六": an archive record's label
    if s[-1:].isdigit() and CREDIT_THEN_CODE_RE.search(s):
        s = CREDIT_THEN_CODE_RE.sub("", s)    # "（編輯：王小明）1130423": CNA's story code after the credit
    m = ZH_PHOTO_RE.search(s)
    if m:
        names = _names(m["names"], ZH_NAME_RE)
        if names:
            agency = vocab.ZH_DATELINE_SOURCES.get(m["source"] or "")
            return {"photographers": names}, [agency] if agency else []
    m = ZH_BARE_PHOTO_RE.search(s) if s[-1:] in ")）" and ("摄" in s or "攝" in s) else None
    if m and not find_agencies(m["names"]):
        names = _names(m["names"], ZH_NAME_RE)
        if names:
            return {"photographers": names}, []
    m = PHOTO_AGENCY_CAPTION_RE.match(s) if "（" in s or "(" in s else None
    if m is None and s[-1:] in ")）":
        m = PHOTO_AGENCY_CLOSING_RE.search(s)   # the credit closing the caption instead
    names = _names(m["names"], JA_NAME_RE) or _names(m["names"], ZH_NAME_RE) \
        if m and not m["names"].endswith(vocab.CJK_HANDOUT_ENDINGS) else None
    if names:        # "写真：中村誠（共同）　記者会見する…＝13日": Kyodo's credit opening its caption
        agency = vocab.JA_DATELINE_AGENCIES.get(m["agency"]) or vocab.AGENCY_ALIASES.get(m["agency"])
        return {"photographers": names}, [agency] if agency else []
    if len(s) > MAX_CREDIT_LINE:
        return _korean_caption(s)
    end = END_START_RE.match(s)
    if end:        # "（完）", or "（完）【责任编辑：赵六】" on one line
        return read_credit_line(s[end.end():].strip(), in_body) if end.end() < len(s) else ({}, [])
    m = ZH_EDITOR_RE.match(s)
    if m:
        names = _names(m["names"], ZH_NAME_RE)
        if names:
            return {"editors": names}, []
    if s[:1] in "(（" and s[-1:] in ")）":
        # (a bracket of several roles first: "（文・山田太郎、写真・佐藤一郎）" is no one role's names)
        credits = _role_credit(s[1:-1].strip())
        if credits:
            return credits, []
    m = LABEL_CREDIT_RE.match(s)
    names = (_names(m["names"], ZH_NAME_RE) or _names(m["names"], JA_NAME_RE)
             or _names(m["names"], KO_NAME_RE)) if m and not find_agencies(m["names"]) else None
    if names:
        return {LABEL_CREDIT_FIELD[m["role"]]: names}, []
    m = SOURCE_RE.match(s)
    if m:
        return {}, find_agencies(m["source"])
    m = AGENCY_BRACKET_RE.match(s)
    if m:
        names = [m["agency"], *BRACKET_AGENCY_SPLIT_RE.split(m["more"].strip(" /／、"))] if m["more"] else [m["agency"]]
        agencies = [vocab.JA_DATELINE_AGENCIES.get(n) or vocab.AGENCY_ALIASES[n] for n in names]
        return {}, list(dict.fromkeys(agencies))
    m = JA_BYLINE_RE.match(s)
    if m:
        names = _names(m["name"], JA_NAME_RE, split=False)
        if names:
            return {"reporters": names}, [normalize.normalize_agency(m["agency"])]
    m = ZH_BYLINE_LINE_RE.match(s) if len(s) <= MAX_CREDIT_LINE and ("记者" in s or "記者" in s or "通讯员" in s or "通訊員" in s) else None
    names = _names(m["names"], ZH_NAME_RE) if m else None
    if names:           # "本报记者  王五", "（总台记者 王五 赵六）"
        source = m["source"] or ""
        agency = vocab.ZH_DATELINE_SOURCES.get(source) or vocab.AGENCY_ALIASES.get(source)
        return {"reporters": names}, [agency] if agency else []
    m = KO_BYLINE_RE.match(s)
    if m:
        agency = mail_agency(m["mail"]) if m["mail"] else None
        return {"reporters": _names(m["names"], KO_NAME_RE)}, [agency] if agency else []
    if KO_PHOTO_LABEL_RE.match(s):
        photo = KO_PHOTOGRAPHER_RE.match(s)
        names = _names(photo["names"].replace("·", ","), KO_NAME_RE) if photo else []
        if names:          # "(사진=홍길동 기자)": the agency's reporter who took it
            return {"photographers": names}, []
        return {}, []      # "(사진=연합뉴스)" under a photo: whose picture, not whose story
    if in_body and COPYRIGHT_RE.search(s):
        return {}, find_agencies(s)
    labelled = _korean_labels(s) if ("=" in s or "＝" in s) and KO_LABEL_PART_RE.match(KO_LABEL_SPLIT_RE.split(s.lstrip("([（［ "), 1)[0].strip()) else None
    if labelled:        # "글=홍길동 기자 · 번역=김영희 기자", "사진=최준호 기자"
        return labelled
    return _korean_caption(s)


# CNA's story code after its closing credit: the day in Taiwan's ROC years ("1130423" is
# 2024-04-23).
ROC_STORY_CODE = r"\d{6,7}"
# A credit bracket closing the last paragraph, maybe before CNA's story code:
# "...壓力。（編輯：王小明）1130423".
TRAILING_CREDIT_RE = re.compile(r"(?<=[。！？」』”])\s*(?P<credit>[（(][^（）()\n]{2,40}[）)])\s*(?:"
                                + ROC_STORY_CODE + r")?\s*$")
# ...or the bracket on a line of its own, the code after it: "（編輯：王小明）1130423".
CREDIT_THEN_CODE_RE = re.compile(r"(?<=[）)])\s*" + ROC_STORY_CODE + r"$")


def trailing_credit(line: str) -> tuple[Credits, int] | None:
    """The credits of a bracket closing a paragraph of CJK copy, and where it starts; None
    without one.

    >>> trailing_credit("市府今天表示。（編輯：王小明）1130423")
    (({'editors': ['王小明']}, []), 7)
    """
    m = TRAILING_CREDIT_RE.search(line) if line.rstrip()[-1:] in ")）0123456789" else None
    credits = read_credit_line(m["credit"]) if m else None
    return (credits, m.start()) if credits and any(credits) else None


def _role_credit(inner: str) -> dict[str, list[str]]:
    """"记者 王五；编辑 赵六" -> {"reporters": ["王五"], "editors": ["赵六"]}; {} unless every
    role is followed by names and the bracket opens with a role (or with one name and a
    space before the editor's role, as Reuters Japan signs).

    >>> _role_credit("山田花子\u3000編集：佐藤一郎"), _role_credit("副総裁は都内で講演した 編集：佐藤一郎")
    ({'reporters': ['山田花子'], 'editors': ['佐藤一郎']}, {})
    >>> _role_credit("山田 花子\u3000編集：佐藤一郎")
    {'reporters': ['山田 花子'], 'editors': ['佐藤一郎']}
    """
    roles = list(ROLE_CREDIT_WORD_RE.finditer(inner))
    # (and the labels of vocab.CJK_CREDIT_LABELS, each with its mark: "文・", "写真＝", "사진:")
    labelled = [m for m in LABEL_ROLE_WORD_RE.finditer(inner)
                if not any(r.start() <= m.start() < r.end() or m.start() <= r.start() < m.end() for r in roles)]
    roles = sorted(roles + labelled, key=lambda m: m.start())
    if not roles:
        return {}
    credits: dict[str, list[str]] = {}
    if roles[0].start() != 0:
        # Reuters Japan's "（山田花子　編集：佐藤一郎）": the writer unlabelled, a space, then
        # the editor's role (a lone name before the space, nothing else)
        lead = inner[:roles[0].start()]
        if lead[-1:] not in " \u3000" or not (ROLE_CREDIT_NAME_RE.match(lead.strip())
                                              or SPACED_JA_NAME_RE.match(lead.strip())
                                              or _latin_names(lead)):
            return {}
        credits["reporters"] = [lead.strip()]
    for m, end in zip(roles, [r.start() for r in roles[1:]] + [len(inner)]):
        names = _names(inner[m.end():end], ROLE_CREDIT_NAME_RE) or _latin_names(inner[m.end():end])
        if not names:
            return {}
        credits.setdefault(ROLE_CREDIT_FIELD.get(m["role"]) or LABEL_CREDIT_FIELD[m["role"]], []).extend(names)
    return credits


# A Chinese author value closed by 'reports' after the name, as Singapore's and Malaysia's
# papers sign: "李四 报道", "王五、赵六報導".
ZH_REPORTED_BY_TAIL_RE = re.compile(r"\s*(?:" + _alternation(vocab.ZH_REPORTED_BY_WORDS) + r")$")


def author_credit(value: str) -> list[str] | None:
    """The reporters a Chinese author value names by its roles ("记者 张三 李四", "报道：李四",
    "撰文：王五 攝影：赵六", "李四 报道"); [] when it names other roles alone ("攝影：赵六");
    None when it is no such credit.

    >>> author_credit("撰文：王五 攝影：赵六"), author_credit("李四 报道"), author_credit("攝影：赵六")
    (['王五'], ['李四'], [])
    >>> author_credit("新华社"), author_credit("据报道")
    (None, None)
    """
    tail = ZH_REPORTED_BY_TAIL_RE.search(value) if value[-1:] in "道導导" else None
    if tail:
        names = _names(value[:tail.start()], ROLE_CREDIT_NAME_RE)
        return names or None
    credits = _role_credit(value)
    return credits.get("reporters", []) if credits else None


def _latin_names(text: str) -> list[str]:
    """The names in Latin letters a CJK credit bracket gives a role, each of two to four
    capitalised words ("Mei Lin Tan"); [] if any part is no such name.

    >>> _latin_names("Jo Roe、Al Day "), _latin_names("the desk")
    (['Jo Roe', 'Al Day'], [])
    """
    parts = [p for p in LATIN_NAME_SPLIT_RE.split(text.replace("\u3000", " ").strip(" ;；,，、")) if p]
    if not parts or not all(LATIN_CREDIT_NAME_RE.match(p) and normalize.normalize_name(p) == p for p in parts):
        return []
    return list(dict.fromkeys(parts))


def _korean_labels(s: str) -> Credits | None:
    """A Korean credit line of labelled parts (KO_LABEL_PART_RE): the people by field and the
    agencies named after them; None unless every part is a label, then one name (a foreign
    name in two hangul words too), maybe an agency, maybe a reporter's role.

    >>> _korean_labels("글=마이클 브라운 AP통신 기자 · 번역=정수아 기자")
    ({'reporters': ['마이클 브라운'], 'translators': ['정수아']}, ['AP'])
    >>> _korean_labels("사진=연합뉴스"), _korean_labels("글=오늘 서울에서는 비가 많이 내렸다")
    (None, None)
    """
    credits: dict[str, list[str]] = {}
    agencies: list[str] = []
    for part in KO_LABEL_SPLIT_RE.split(s.strip("()[]（）［］ ")):
        m = KO_LABEL_PART_RE.match(part.strip())
        if not m:
            return None
        words = m["rest"].split()
        if words and words[-1] in vocab.KO_REPORTER_WORDS:
            words.pop()                 # "기자": the role after the name
        while len(words) > 1 and (found := find_agencies(words[-1]) or _ko_news_agency(words[-1])):
            agencies += [a for a in found if a not in agencies]
            words.pop()                 # "AP통신": the agency the person writes for
        if not 1 <= len(words) <= 2 or not all(KO_HANGUL_WORD_RE.match(w) for w in words) \
                or len(words) == 2 and m["rest"].split()[-1] not in vocab.KO_REPORTER_WORDS \
                or words[-1].endswith(KO_OUTLET_ENDINGS) or find_agencies(words[-1]):
            return None                 # (a two-word name only before its role: a clause otherwise;
            # "사진=연합뉴스", "사진=한빛일보": the source, no person)
        names = credits.setdefault(vocab.KO_LABEL_FIELDS[m["label"]], [])
        if " ".join(words) not in names:
            names.append(" ".join(words))
    return (credits, agencies) if credits else None


def _ko_news_agency(word: str) -> list[str]:
    """The agency a Korean word names by its short name and the word for a news agency,
    "통신" or "통신사": "AP통신", "AFP통신사"; [] otherwise.

    >>> _ko_news_agency("AP통신"), _ko_news_agency("정보통신")
    (['AP'], [])
    """
    for end in ("통신사", "통신"):
        if word.endswith(end) and len(word) > len(end):
            agency = normalize.normalize_agency(word[:-len(end)], credit=True)
            return [agency] if agency else []
    return []


def _korean_caption(s: str) -> Credits | None:
    """A Korean photo caption in the dateline's shape: its byline is the photographer's; or
    a caption closed by its photo label's bracket: "... 걷고 있다. (사진=홍길동 기자)".

    >>> _korean_caption("시민들이 벚꽃길을 걷고 있다. (사진=홍길동 기자)")
    ({'photographers': ['홍길동']}, [])
    """
    closing = KO_CAPTION_PHOTO_RE.search(s) if s[-1:] in ")）" else None
    if closing:
        credit = read_credit_line(closing["credit"])
        if credit and credit[0].get("photographers"):
            return credit
    closing = KO_CAPTION_LABEL_RE.search(s) if "=" in s or "＝" in s else None
    if closing:                         # "... 표시돼 있다. 사진=최준호 기자"
        credit = _korean_labels(closing["credit"])
        if credit and credit[0].get("photographers"):
            return credit
    m = KO_DATELINE_RE.match(s) if s[:1] in "([（［" else None
    if not m or not m["names"] or not KO_CAPTION_END_RE.search(s):
        return None
    agency = normalize.normalize_agency(m["agency"])
    return {"photographers": _names(m["names"], KO_NAME_RE)}, [agency] if agency else []


# ---------------------------------------------------------------- date lines

# A capital's local time in brackets after a time, as a zone: "2025/01/28 09:30（日本時間）"
# (normalize reads its offset from vocab.TZ_LOCAL_NAMES)
CJK_LOCAL_TIME_NAMES = tuple(name for name in vocab.TZ_LOCAL_NAMES if has_cjk(name))
# A date's time, maybe set off from it by a slash or a bar: "2013年2月26日 / 15:42" (Reuters
# Japan's pages), "2024-03-05 | 14:32"; maybe on a 12-hour clock in Latin letters, as
# Singapore's Chinese pages set it: "2021年8月9日 05:00 PM".
DATE_RE = re.compile(
    r"(?<![\d.])(?:19|20)\d\d(?:\s*[年년]\s*[01]?\d\s*[月월]\s*[0-3]?\d\s*[日일]|([./-])[01]?\d\1[0-3]?\d(?!\d)\.?)"
    r"(?:\s*(?:\([^()\d]{1,3}\)|（[^（）\d]{1,3}）|" + _alternation(vocab.CJK_WEEKDAYS) + r"))?"  # "(火)", "週三"
    r"(?:\s*(?:[/|｜]\s*)?(?:午前|午後|上午|下午|오전|오후)?\s*[0-2]?\d\s*(?:[時时点點시]\s*(?:[0-5]?\d\s*[分분])?|:[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\b\.?)?))?"
    r"(?:\s*(?:KST|JST|CST|(?:UTC|GMT)(?:\s*[+-]\s*(?:1[0-4]|0?\d)(?::?[0-5]\d)?)?|北京时间|[（(]\s*(?:" + _alternation(CJK_LOCAL_TIME_NAMES) + r")\s*[）)]))?")
DATE_WORD_RE = re.compile(
    r"(?P<pub>" + _alternation(vocab.CJK_PUBLISHED_WORDS) + r")|(?P<upd>"
    + _alternation(vocab.CJK_UPDATED_WORDS) + r")")
# The last word of a Chinese paper's or site's name opening a masthead line: 'paper', 'daily',
# 'net', 'news' (vocab.CJK_SITE_NAME_ENDINGS and "报"): "明報", "光华日报", "参考消息网".
MASTHEAD_ENDINGS = tuple(vocab.CJK_SITE_NAME_ENDINGS) + ("报", "報")
HAN_RE = re.compile(f"[{HAN}]")
SECTION_WORD_RE = re.compile(f"[{HAN}]{{2,5}}")     # a page's section after a masthead's day: "港聞"
SOURCE_TAIL_RE = re.compile(r"(?:" + _alternation(vocab.CJK_SOURCE_WORDS) + r")\s*[：:]\s*(?P<source>\S.{0,30})$")
# ... or a portal's link to the original after them: "입력 2024.03.05. 14:32 기사원문".
DATE_LINK_TAIL_RE = re.compile(r"\s+(?:" + _alternation(vocab.CJK_DATE_LINK_WORDS) + r")$")
# ... or a relative stamp after them: "2019年4月2日 / 下午3点28分 / 3小时前".
RELATIVE_TAIL_RE = re.compile(r"(?<=\S)\s*[/|｜]?\s*(?:" + vocab.CJK_RELATIVE_STAMP + r")$")
# ... or before them: "来源：新华社 2024-03-05 14:32"
SOURCE_LEAD_RE = re.compile(r"^(?:" + _alternation(vocab.CJK_SOURCE_WORDS)
                            + r")\s*[：:]\s*(?P<source>[^\s|｜\d]{2,20})[\s|｜]+(?=\d)")
# CNA's update after its date, in brackets, the month and day without the year: "2024/04/23
# 14:32（04/23 16:05 更新）".
SHORT_UPDATE_RE = re.compile(
    r"\s*[（(]\s*(?P<md>[01]?\d/[0-3]?\d)\s+(?P<time>[0-2]?\d:[0-5]\d)\s*(?P<word>"
    + _alternation(vocab.CJK_UPDATED_WORDS) + r")\s*[）)]\s*$")
# ... or the update's word and its time alone, the same day: "令和5年6月8日 19時41分（最終更新
# 20時10分）", "2024年3月5日 14:32（更新 16:05）"; or its month and day before the time, the
# date's year ("2024年3月5日 23:40（最終更新 3月6日 01:15）").
TIME_UPDATE_RE = re.compile(
    r"\s*[（(]\s*(?P<word>" + _alternation(vocab.CJK_UPDATED_WORDS) + r")\s*[：:]?\s*"
    r"(?:(?P<month>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日\s*)?"
    r"(?P<hour>[0-2]?\d)(?::|時)(?P<minute>[0-5]\d)分?\s*[）)]\s*$")
# ... or the agency's name after the date with no brackets, maybe after the time's zone in
# brackets, as a note app keeps a Japanese portal's line: "2018/2/6 18:30 （JST） 共同通信".
BARE_AGENCY_TAIL_RE = re.compile(r"(?<=\S)[ \t\u3000]+(?P<source>[^\s\d（）()【】\[\]]{2,12})$")
ZONE_TAIL_RE = re.compile(r"[ \t\u3000]*[（(](?:JST|KST|CST|HKT|BJT|UTC|GMT|日本時間|北京时间|北京時間|한국시간)[）)]$")
DAY_ONLY_RE = re.compile(r"(?<![\d.])(?:19|20)\d\d(?:\s*[年년]\s*[01]?\d\s*[月월]\s*[0-3]?\d\s*[日일]|([./-])[01]?\d\1[0-3]?\d(?!\d))")
# ... or the agency alone in brackets after the date: "2024年3月5日 14:32（共同通信）", or in
# lenticular ones as Japanese portals set it ("2013/07/18 10:45 【共同通信】").
AGENCY_BRACKET_TAIL_RE = re.compile(r"\s*(?:[（(](?P<source>[^（）()]{2,16})[）)]|【(?P<lent>[^【】]{2,16})】)\s*$")
# ... or an archive record's header: the agency, then its date, in brackets ("【新华社
# 2024-03-05】", "[연합뉴스 2024-03-05 14:32]") or not, as a feed prints its header line
# ("新华社 2013-09-10 16:48:02"); the agency is checked by name.
# (or the agency alone in its brackets before the date: "[연합뉴스] 2013-09-24 08:12 송고")
AGENCY_LEAD_RE = re.compile(r"^[\[【]?\s*(?P<agency>[^\s\d\[\]【】]{2,12})\s*[\]】]?\s*(?=(?:19|20)\d\d)")
DATE_FILLER_RE = re.compile(r"^[\s|｜:：,，/·・\-–—\[\]【】()（）]*(?:时间|時間|日時|日期|날짜|일시|시간)?[\s|｜:：,，/·・\-–—]*$")


def date_parts(line: str) -> list[tuple[str, str]] | None:
    """A CJK date line as ``(kind, text)`` pairs ("published", "updated" or "date"), or None
    when the line holds more than dates, their words and a source.

    >>> date_parts("입력 2024.03.05. 14:32 수정 2024.03.05. 15:10")
    [('published', '입력 2024.03.05. 14:32'), ('updated', '수정 2024.03.05. 15:10')]
    >>> date_parts("2024-03-05 14:32:00 来源：新华网")
    [('date', '2024-03-05 14:32:00')]
    >>> date_parts("2024年3月5日，会议在北京开幕。") is None
    True
    >>> date_parts("2024年3月5日 14:32（共同通信）")
    [('date', '2024年3月5日 14:32')]
    >>> date_parts("2024/03/05 09:10 【共同通信】")
    [('date', '2024/03/05 09:10')]
    >>> date_parts("2024/03/05 09:10 （JST） 共同通信"), date_parts("2024/03/05 09:10 雨天")
    ([('date', '2024/03/05 09:10')], None)
    >>> date_parts("2024/03/05 09:10（03/05 11:20 更新）")
    [('published', '2024/03/05 09:10'), ('updated', '更新 2024/03/05 11:20')]
    >>> date_parts("令和6年3月5日 9時10分（最終更新 11時20分）")
    [('published', '2024年3月5日 9時10分'), ('updated', '最終更新 2024年3月5日 11:20')]
    >>> date_parts("2024年3月5日 週二 下午2:32")
    [('date', '2024年3月5日 週二 下午2:32')]
    >>> date_parts("[연합뉴스 2024-03-05 14:32]"), date_parts("[연합뉴스] 2024-03-05 14:32 송고")
    ([('date', '2024-03-05 14:32')], [('published', '2024-03-05 14:32')])
    >>> date_parts("新华社 2013-09-10 16:48:02"), date_parts("记者 2013-09-10 16:48:02")
    ([('date', '2013-09-10 16:48:02')], None)
    >>> date_parts("입력 2024.03.05. 오후 3:12 수정 2024.03.05. 오후 4:01 기사원문")
    [('published', '입력 2024.03.05. 오후 3:12'), ('updated', '수정 2024.03.05. 오후 4:01')]
    """
    s = line.strip()
    if len(s) > MAX_DATE_LINE:
        return None
    # full-width digits and their colons ("２０２４年３月１４日　１４：３０"), an era's years ("令和6年",
    # "民國113年", "113-03-14")
    if normalize.NATIVE_DIGIT_RE.search(s):
        s = normalize.ascii_digits(s)
    s = normalize.era_years(s)
    lead = SOURCE_LEAD_RE.match(s)
    masthead = False
    if lead:
        s = s[lead.end():]
    elif not s[:1].isdigit():
        lead = AGENCY_LEAD_RE.match(s)
        if lead and normalize.normalize_agency(lead["agency"]):
            s = s[lead.end():]
        elif lead and s[:1] not in "[【" and lead["agency"].endswith(MASTHEAD_ENDINGS) and HAN_RE.search(lead["agency"]):
            # a paper's or a site's masthead line: "明報 2016年5月20日 星期五　港聞", "光华日报
            # 2005年9月13日（星期二）　大槟城": its name, the day, maybe the page's section after
            s = s[lead.end():]
            masthead = True
    link = DATE_LINK_TAIL_RE.search(s)
    if link:
        s = s[:link.start()]
    relative = RELATIVE_TAIL_RE.search(s) if s[-1:] in "前전" else None
    if relative:        # "2019年4月2日 / 下午3点28分 / 3小时前": the page's own age of it dates nothing
        s = s[:relative.start()]
    short = SHORT_UPDATE_RE.search(s) if s[-1:] in ")）" else None
    if short:
        s = s[:short.start()]
    timed = TIME_UPDATE_RE.search(s) if s[-1:] in ")）" else None
    if timed:
        found = date_parts(s[:timed.start()])
        day = DAY_ONLY_RE.search(s)
        if not found or not day:
            return None
        first = [("published" if kind == "date" else kind, text) for kind, text in found[:1]]
        when = day[0] if not timed["month"] else f"{day[0][:4]}年{timed['month']}月{timed['day']}日"
        return [*first, ("updated", f"{timed['word']} {when} {timed['hour']}:{timed['minute']}")]
    dates = list(DATE_RE.finditer(s))
    if not dates:
        return None
    if short:        # the update's year is the date's before it
        found = date_parts(s)
        year = dates[-1][0][:4]
        if not found:
            return None
        first = [("published" if kind == "date" else kind, text) for kind, text in found[:1]]
        return [*first, *found[1:], ("updated", f"{short['word']} {year}/{short['md']} {short['time']}")]
    source = SOURCE_TAIL_RE.search(s, dates[-1].end())
    if source is None and s[-1:] in ")）】":
        source = AGENCY_BRACKET_TAIL_RE.search(s, dates[-1].end())
        if source and not normalize.normalize_agency(source["source"] or source["lent"]):
            source = None
    if source is None and s[-1:] not in ")）】" and not s[-1:].isdigit():
        source = BARE_AGENCY_TAIL_RE.search(s, dates[-1].end())
        if source and not normalize.normalize_agency(source["source"]) \
                and not (masthead and SECTION_WORD_RE.fullmatch(source["source"])):
            source = None       # (under a masthead, the page's section: "港聞", "大槟城")
    end = source.start() if source else len(s)
    zone = ZONE_TAIL_RE.search(s, dates[-1].end(), end) if s[end - 1:end] in ")）" else None
    if zone:
        end = zone.start()      # (the zone's name says the time is local: no part of the filler)
    out: list[tuple[str, str]] = []
    start = 0
    bounds = [d.span() for d in dates] + [(end, end)]
    for n, (a, b) in enumerate(bounds[:-1]):
        before, after = s[start:a], s[b:bounds[n + 1][0]]
        kind, before = _date_word(before)
        if kind is None and n + 1 == len(dates):
            kind, after = _date_word(after)           # "2024年3月5日 14時32分 更新"
        if not DATE_FILLER_RE.match(before) or (n + 1 == len(dates) and not DATE_FILLER_RE.match(after)):
            return None
        out.append((kind or "date", s[start:b].strip(" |｜,，")))
        start = b
    if len(out) == 2 and out[0][0] == "date" and out[1][0] == "updated":
        out[0] = ("published", out[0][1])
    return out


def _date_word(text: str) -> tuple[str | None, str]:
    """The kind a date word in the text gives, and the text without it."""
    m = DATE_WORD_RE.search(text)
    if not m:
        return None, text
    return ("published" if m["pub"] else "updated"), text[:m.start()] + text[m.end():]


# "発信地：カイロ/エジプト": the filing place's label, the city, maybe its country after a slash.
FILED_PLACE_RE = re.compile(r"(?:" + _alternation(vocab.CJK_FILED_PLACE_WORDS)
                            + r")\s*[：:]\s*(?P<place>[^\s\d/／|｜\[\]【】()（）:：,，、]{1,20})")


def filed_place(line: str) -> str | None:
    """The place a page's filing label names, beside the date or on a line of its own:
    "2024年5月2日 10:15 発信地：カイロ/エジプト" -> "カイロ" (AFPBB's pages, whose copy opens
    "【5月2日 AFP】" with no place).

    >>> filed_place("2024年5月2日 10:15 発信地：カイロ/エジプト"), filed_place("発信地：東京")
    ('カイロ', '東京')
    >>> filed_place("2024年5月2日 10:15") is None
    True
    """
    m = FILED_PLACE_RE.search(line) if any(w in line for w in vocab.CJK_FILED_PLACE_WORDS) else None
    return m["place"] if m else None


def before_filed_place(line: str) -> str:
    """The line up to its filing label, which runs to its end with the place's region tags
    ("2024年5月2日 10:15 発信地：カイロ/エジプト [ エジプト 中東 ]" -> "2024年5月2日 10:15")."""
    m = FILED_PLACE_RE.search(line)
    return line[:m.start()].rstrip(" |｜/") if m else line


def source_agencies(line: str) -> list[str]:
    """The agencies a date line's source names: "2024-03-05 14:32 来源：新华社" -> ["Xinhua"]."""
    m = SOURCE_LEAD_RE.match(line.strip()) or SOURCE_TAIL_RE.search(line)
    return find_agencies(m["source"]) if m else []
