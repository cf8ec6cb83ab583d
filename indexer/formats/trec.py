"""TREC / TIPSTER SGML reader (AP, WSJ, FT, LA Times, FBIS and their kin): many <DOC> stories
per file -> one story each (headline, byline, dateline, date stamp, text).

The collections are SGML, not XML: no single root, unescaped "&", paragraphs marked by
indentation or by <P>, and each newspaper names its fields its own way::

    <DOC> <DOCNO> AP880212-0001 </DOCNO> <FILEID>AP-NR-02-12-88 2344EST</FILEID>
    <FIRST>r a PM-Slug 02-12 0398</FIRST> <SECOND>PM-Slug,0410</SECOND>
    <HEAD>Headline</HEAD> <BYLINE>By JANE ROE</BYLINE> <BYLINE>Associated Press Writer</BYLINE>
    <DATELINE>PORTLAND, Maine (AP) </DATELINE> <TEXT> ... </TEXT> </DOC>

WSJ: <HL> (headline, then "----" and the byline), <DD> 03/24/87, <SO>, <DATELINE>, <LP>, <TEXT>.
FT: <HEADLINE> "FT  14 MAY 91 / Headline", <BYLINE>, <DATE> 910514. LA Times: <DATE>,
<HEADLINE>, <BYLINE>, <TEXT>, each holding <P>s. FBIS: <TI>, <DATE1>, <TEXT>.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from typing import Iterator

from .base import Document, Part, ReadError, byline_people, dateline_meta, label_parts, make_part

# A <DOC> and its number near the start: the collections' own opening. Nothing else starts so.
TREC_SNIFF_RE = re.compile(r"^<DOC>\s*<DOC(?:NO|ID)>", re.IGNORECASE)
TREC_DOC_START_RE = re.compile(r"<DOC>", re.IGNORECASE)
TREC_DOC_END_RE = re.compile(r"</DOC>", re.IGNORECASE)
TREC_FIELD_RE = re.compile(r"<(?P<tag>[A-Z][A-Z0-9-]*)(?:\s[^<>]*)?>(?P<value>.*?)</(?P=tag)\s*>",
                           re.IGNORECASE | re.S)
TREC_PARA_TAG_RE = re.compile(r"</?P\b[^<>]*>", re.IGNORECASE)
TREC_ANY_TAG_RE = re.compile(r"</?[A-Za-z][\w.-]*(?:\s[^<>]*)?>")
# SGML entities of the collections that HTML does not name (Federal Register, FBIS).
TREC_ENTITIES = {"hyph": "-", "blank": " ", "space": " ", "bullet": "•", "racute": "ŕ",
                 "cent": "¢", "amp": "&", "lt": "<", "gt": ">"}
TREC_ENTITY_RE = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")

TITLE_TAGS = ("HEAD", "HL", "HEADLINE", "TI", "TITLE", "DOCTITLE", "H3")
BYLINE_TAGS = ("BYLINE", "AUTHOR")
BODY_TAGS = ("LP", "TEXT")             # WSJ gives the lead paragraph apart from the rest
DATE_TAGS = ("DD", "DATE", "DATE1", "PUB-DATE")
# FT: "FT  14 MAY 91 / Headline"; the paper's and the day's stamp is no part of the headline.
FT_HEADLINE_RE = re.compile(r"^FT\s+\d{1,2}\s+[A-Z]{3}\s+\d\d\s*/\s*")
# WSJ: "Headline ---- By Jane Roe" (or "---- Jane Roe Staff Reporter of The Wall Street Journal").
HL_SPLIT_RE = re.compile(r"\s*-{3,}\s*")
HL_RULE_RE = re.compile(r"^-{3,}$")
# AP: the transmission stamp "AP-NR-02-12-88 2344EST" (desk, month, day, year, time, zone).
FILEID_RE = re.compile(r"^(?P<wire>[A-Z]{2,4})-[A-Z]{1,3}-(?P<mo>\d\d)-(?P<d>\d\d)-(?P<y>\d\d)"
                       r"(?:\s+(?P<h>\d\d)(?P<mi>\d\d)(?P<tz>[A-Z]{1,4})?)?")
# The date in a document number: AP880212-0001, WSJ870324-0001 (YYMMDD), LA010189-0001 (MMDDYY).
DOCNO_DATE_RE = re.compile(r"^(?P<src>[A-Z]+)(?P<digits>\d{6})-\d+")
YYMMDD_RE = re.compile(r"^(?P<y>\d\d)(?P<mo>\d\d)(?P<d>\d\d)$")
MDY_RE = re.compile(r"^(?P<mo>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d\d(?:\d\d)?)$")
# FBIS text opens with the translation's notes: "Language: French", "Article Type:BFN", "[Text]".
FBIS_NOTES_RE = re.compile(r"\A\s*(?:(?:Language|Article Type)\s*:[^\n]*\n\s*)*"
                           r"(?:\[(?:Text|Excerpts?|Summary)\]\s*)?", re.IGNORECASE)
# The AP collection's document numbers (AP880212-0001): its stories are AP's.
AP_DOCNO_RE = re.compile(r"^AP\d")
TWO_DIGIT_YEAR_PIVOT = 50   # the collections run 1987-1994; "03/24/87" is 1987, "05" 2005
PARA_INDENT = 2             # a line indented this far opens a paragraph (AP, WSJ)


def sniff_trec(head: str) -> bool:
    """A file of TREC / TIPSTER <DOC> stories (its first tags are <DOC> and <DOCNO>).

    >>> sniff_trec("<DOC>\\n<DOCNO> AP880212-0001 </DOCNO>"), sniff_trec("<doc><title>x</title>")
    (True, False)
    """
    return bool(TREC_SNIFF_RE.match(head))


def read_trec(data: bytes, path: str, key: str) -> Iterator[Document | ReadError]:
    """One story per <DOC>; ``file#N`` when the file holds several."""
    from .. import clean
    yield from label_parts(trec_parts(clean.decode_bytes(data)), path, key)


def trec_parts(text: str) -> Iterator[Part]:
    for doc in _docs(text):
        yield trec_part(doc)


def _docs(text: str) -> Iterator[str]:
    """Each <DOC>'s inside; a missing </DOC> ends the story at the next <DOC>."""
    starts = [m.end() for m in TREC_DOC_START_RE.finditer(text)]
    for i, start in enumerate(starts):
        stop = starts[i + 1] - len("<DOC>") if i + 1 < len(starts) else len(text)
        end = TREC_DOC_END_RE.search(text, start, stop)
        yield text[start:end.start() if end else stop]


def _fields(doc: str, out: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """Tag name (upper case) -> the raw values of its elements, in order, nested ones too
    (FBIS: <HEADER> holds <DATE1> and <H3><TI>)."""
    out = {} if out is None else out
    for m in TREC_FIELD_RE.finditer(doc):
        out.setdefault(m["tag"].upper(), []).append(m["value"])
        if "<" in m["value"] and m["tag"].upper() not in BODY_TAGS:
            _fields(m["value"], out)
    return out


def trec_part(doc: str) -> Part:
    f = _fields(doc)
    first = lambda *tags: next((f[t][0] for t in tags if f.get(t)), "")   # noqa: E731
    docno = _line(first("DOCNO"))
    fileid = _line(first("FILEID"))

    title, hl_byline = _title(first(*TITLE_TAGS))
    bylines = [_line(_paragraphs(v)[0] if _paragraphs(v) else "") for t in BYLINE_TAGS
               for v in f.get(t, [])]
    byline = ", ".join(b for b in [*bylines, hl_byline] if b)
    body = "\n\n".join(p for t in BODY_TAGS for v in f.get(t, [])
                       for p in _paragraphs(_without_fbis_notes(v)))

    meta: dict = {"published": _published(f, docno, fileid), "reporters": [], "agencies": []}
    if byline:
        reporters, agencies = byline_people(byline)
        meta["reporters"], meta["agencies"] = reporters, agencies
    if AP_DOCNO_RE.match(docno) or fileid.startswith("AP-"):
        _add(meta["agencies"], ["AP"])
    source = _line(first("SO"))
    if source:
        meta["source"] = re.sub(r"\s*\([A-Z]\)\s*$", "", source)   # "WALL STREET JOURNAL (J)"
    dl = dateline_meta(_line(first("DATELINE")), body)
    if dl:
        _add(meta["agencies"], dl.pop("agencies", []))
        meta.update(dl)
    return make_part(title, body, meta)


def _add(seq: list, items) -> None:
    for x in items:
        if x and x not in seq:
            seq.append(x)


def _unescape(s: str) -> str:
    s = TREC_ENTITY_RE.sub(lambda m: TREC_ENTITIES.get(m[1].lower(), m[0]), s)
    return html.unescape(s)


def _line(raw: str) -> str:
    """An element's text on one line: tags dropped, entities read, whitespace collapsed."""
    return " ".join(_unescape(TREC_ANY_TAG_RE.sub(" ", raw)).split())


def _paragraphs(raw: str) -> list[str]:
    """An element's paragraphs: <P> elements, blank lines, or (AP, WSJ) indented first lines.

    >>> _paragraphs("\\n   First line\\nwraps here.\\n   Second one.\\n")
    ['First line wraps here.', 'Second one.']
    >>> _paragraphs("<P>\\nOne &amp; two\\n</P>\\n<P>\\nThree\\n</P>")
    ['One & two', 'Three']
    """
    raw = TREC_PARA_TAG_RE.sub("\n\n", raw)
    raw = TREC_ANY_TAG_RE.sub(" ", raw)
    lines = raw.split("\n")
    filled = [ln for ln in lines if ln.strip()]
    indented = [ln for ln in filled if _indent(ln) >= PARA_INDENT]
    blank_between = any(not ln.strip() for ln in lines[lines.index(filled[0]):]) if filled else False
    # Indentation marks paragraphs when some lines are flush (wrapped lines) or no blank
    # line does; a margin on every line, with blank lines between paragraphs, marks none.
    by_indent = bool(indented) and (len(indented) < len(filled) or not blank_between)
    paras: list[list[str]] = [[]]
    for ln in lines:
        if not ln.strip():
            paras.append([])
        elif by_indent and _indent(ln) >= PARA_INDENT:
            paras.append([ln])
        else:
            paras[-1].append(ln)
    out = [" ".join(_unescape(" ".join(p)).split()) for p in paras]
    return [p for p in out if p]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _title(raw: str) -> tuple[str, str]:
    """(headline, byline) from the headline element: FT's stamp dropped, WSJ's line marks
    ("@") read and its byline, below a "----" line, split off.

    >>> _title("FT  14 MAY 91 / Harbour plan approved")
    ('Harbour plan approved', '')
    >>> _title("Tin Prices Slide\\n@  In Thin Trade\\n@  ----\\n@  By Jane Roe\\n@  Staff Reporter of The Wall Street Journal")
    ('Tin Prices Slide In Thin Trade', 'By Jane Roe')
    """
    paras = _paragraphs(raw.replace("@", "\n\n")) if raw else []
    if not paras:
        return "", ""
    paras[0] = FT_HEADLINE_RE.sub("", paras[0])
    rule = next((i for i, p in enumerate(paras) if HL_RULE_RE.match(p)), None)
    if rule is None and len(paras) > 1 and "@" not in raw:
        paras = paras[:1]          # LA Times: the headline's <P>, then a subhead's
    head = " ".join(paras[:rule])
    parts = HL_SPLIT_RE.split(head)          # "Headline ---- By Jane Roe" on one line
    head = parts[0]
    after = (parts[1:] if len(parts) > 1 else []) + (paras[rule + 1:] if rule is not None else [])
    byline = " ".join(after)
    byline = byline if re.match(r"(?i)by\s", byline) else ""
    return head.strip(" ."), _wsj_byline(byline)


def _wsj_byline(s: str) -> str:
    """"By Jane Roe Staff Reporter of The Wall Street Journal" -> "By Jane Roe"."""
    return re.split(r"\s+(?:Staff|Special)\s+(?:Reporters?|Writers?|Correspondents?|to)\b", s)[0]


def _without_fbis_notes(raw: str) -> str:
    """FBIS text without the translation's notes above it ("Language: French",
    "Article Type:BFN", "[Text]")."""
    return FBIS_NOTES_RE.sub("\n", TREC_ANY_TAG_RE.sub(" ", raw), count=1)


def _published(f: dict, docno: str, fileid: str) -> str | None:
    """The story's date: its own date element, then AP's transmission stamp, then the
    date in its document number."""
    from .. import normalize, vocab
    for tag in DATE_TAGS:
        for raw in f.get(tag, []):
            stamp = _date_text(_line(_paragraphs(raw)[0] if _paragraphs(raw) else ""))
            if stamp:
                return stamp
    m = FILEID_RE.match(fileid)
    if m:
        day = _day(m["y"], m["mo"], m["d"])
        if day and m["h"]:
            offset = vocab.TZ_OFFSETS.get(m["tz"] or "")
            try:
                stamp = dt.datetime(day.year, day.month, day.day, int(m["h"]) % 24, int(m["mi"]))
            except ValueError:
                return day.isoformat()
            if offset is not None:
                stamp = stamp.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset)))
            return stamp.isoformat()
        if day:
            return day.isoformat()
    m = DOCNO_DATE_RE.match(docno)
    if m:
        d = m["digits"]
        # LA Times numbers its stories month first (LA010189); the others year first.
        day = _day(d[4:], d[:2], d[2:4]) if m["src"] == "LA" else _day(d[:2], d[2:4], d[4:])
        if day:
            return day.isoformat()
    return normalize.parse_date(fileid) if fileid else None


def _date_text(s: str) -> str | None:
    """A date element's value: "03/24/87", "910514", "January 1, 1989, Sunday, Home Edition".

    >>> _date_text("03/24/87"), _date_text("910514"), _date_text("January 1, 1989, Sunday")
    ('1987-03-24', '1991-05-14', '1989-01-01')
    """
    from .. import normalize
    s = s.strip()
    m = MDY_RE.match(s)
    if m:
        day = _day(m["y"], m["mo"], m["d"])
        return day.isoformat() if day else None
    m = YYMMDD_RE.match(s)
    if m:
        day = _day(m["y"], m["mo"], m["d"])
        return day.isoformat() if day else None
    return normalize.parse_date(s, "en") if s else None


def _day(y: str, mo: str, d: str) -> dt.date | None:
    year = int(y)
    if year < 100:
        year += 2000 if year < TWO_DIGIT_YEAR_PIVOT else 1900
    try:
        return dt.date(year, int(mo), int(d))
    except ValueError:
        return None
