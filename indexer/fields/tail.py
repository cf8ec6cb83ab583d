"""Fields stage, the tail: the body's lines -> the same lines without closing credits,
sign-offs, captions and site chrome (what those credit recorded in RawFields), and the body text."""
from __future__ import annotations

import re

from .. import cjk, clean, envelope, normalize, vocab
from .patterns import (DISTRIBUTED_BY_RE, REPUBLISHED_NOTE_RE, WITH_AGENCIES_RE, PROSE_WORDS, SYNDICATED_FEED_NOTE_RE, AGENCY_INITIALS_RE, AGENCY_NOTE_RE, AGENCY_SITE_NOTICE_RE, BRACKETED_SIGNATURE_RE,
                       BYLINE_PARAGRAPHS, BYLINE_RE, COPYRIGHT_RE, CREDIT_OPEN_RE, DASH_FRAMED_LINE_RE,
                       DESK_CODE_RE, DPA_ID_RE,
                       EMAIL_LINE_RE, FEED_CODE_RE, INFORMATION_FROM_RE, INITIALS_SIGNOFF_RE, OPERATOR_SIGNOFF_RE,
                       MAX_BYLINE_CHARS, MAX_CREDIT_CHARS, MAX_CREDIT_LINES, MAX_DATE_LINE_CHARS,
                       NAME_SPLIT_RE, SENT_STAMP_RE, SENT_TIME_DATE_RE, SENTENCE_END_RE, SIGNOFF_RE, SIGNOFF_TAIL_RE,
                       SLASHED_SIGNOFF_RE, AGENCY_THEN_BYLINE_RE, AGENCY_WITH_INITIALS_RE, TRAILING_DASH_AGENCY_RE,
                       TRAILING_REPORT_CHARS, TRAILING_REPORT_CREDIT_RE,
                       SOURCE_LINE_RE, STORY_END_RE, TRAILING_AGENCY_RE, TRAILING_BARE_CREDIT_RE,
                       TRAILING_CREDIT_RE, TRAILING_DATED_AGENCY_RE, WIRE_STAMP_RE, END_STAMP_RE)
from .head_patterns import FIRST_PUBLISHED_RE, MAX_AGENCY_LINE_CHARS, URL_LINE_RE
from .record import RawFields, _add
from .patterns import (INDIC_DASH_SIGNOFF_RE, ACRONYM_RE, AGENCY_DOTTED_STAMP_RE, AGENCY_STAMP_RE, AGENCY_TIME_DAY_STAMP_RE, CAPS_INITIALS_SIGNOFF_RE, CLOSING_TIME_RE, CREDIT_SENTENCE_END_RE,
                       DAY_TIME_GROUP_STAMP_RE, TIME_FIRST_STAMP_RE, DIGIT_DATE_TIME_STAMP_RE)
from .dates import _date_parts
from .dateline_parts import _unknown_agency
from .dateline import parse_dateline
from .dates import copyright_year, first_published, full_year, sent_stamp_time, wire_stamp_time
from .head_lines import read_monitor_source
from .byline import _joined_agencies, _read_agency_line, _read_inputs_note, parse_byline, split_names
from .credits import (NOTE_STARTS, _add_credits, _read_caption, _read_city_signoff,
                      _read_contributors, _read_note, _read_signature, city_signoff, is_caption,
                      parse_credits, with_contributors)


SHORT_LINE = 600   # credits, captions, sign-offs and chrome lines are shorter than this
#: An agency's name beside its site's address, a story's last line ("Anadolu Agency |
#: aa.com.tr/en"): the name is read as the head's agency lines are.
SITE_FOOT_RE = re.compile(r"(?P<name>[^|]{2,40}?)\s+\|\s+(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?\Z")
MAX_NOTICE_CHARS = 80   # a copyright notice naming the agency: "© Copyright ANSA"
MAX_SIGNOFF_CHARS = 100  # sign-offs, stamps, desk codes and source lines are shorter
# A part of a sign-off between spaced dashes: a desk's initials in lower case, or a day's code
# in figures ("KNA - amt - 150612 - Redaktion: Jo Roe").
DASHED_SIGNOFF_CODE_RE = re.compile(r"[a-z]{2,4}|\d{4,8}")
MAX_AGENCY_NAME_CHARS = 40  # an agency's full name alone on a line: "Agence France-Presse"
CLOSING_TAG_NOT_AGENCY = frozenset(vocab.CLOSING_TAG_NOT_AGENCY)
MAX_CLOSING_TIME_CHARS = 40  # "14:53 LOCAL TIME 11:53 GMT"
TRAILING_DASH_CHARS = 40    # a last paragraph's closing "— VNA/VNS" stands in its last characters


def _read_tail(lines: list[str], out: RawFields, in_cjk: bool = False) -> list[str]:
    """Drop chrome, captions, credits and sign-offs from the body lines; collect what they credit."""
    kept: list[str] = []
    filled = [i for i, line in enumerate(lines) if line.strip()]
    last_lines = set(filled[-TAIL_DATE_LINES:])
    # (a credit run into a paragraph's end may stand over more closing lines: EFE's "... en
    # inglés. Traducido por Jo Roe." over its editor's, photo's, agency's and desk's lines)
    credit_lines = set(filled[-2 * TAIL_DATE_LINES:])
    end = _copy_end(lines, filled)
    if end is not None:
        # the copy's closing lines stand over a page's or a newsletter's chrome ("Read more:",
        # "Related news", the digest's other items), which may run long: its signature is there
        last_lines.update([i for i in filled if i < end][-TAIL_DATE_LINES:])
    # the copy's last line, under which only a page's chrome may follow: SANA's name line
    # over "تابعوا أخبار سانا على تلغرام" ('follow SANA's news on Telegram')
    last_copy = next((i for i in reversed(filled) if not clean.is_boilerplate(lines[i])), -1)
    taken = _read_paragraphs(lines, out) if not in_cjk else set()
    for i, raw in enumerate(lines):
        s = raw.strip()
        if not s or i in taken:
            kept.append("")
            continue
        if out.ended and len(s) >= SHORT_LINE:
            continue
        if len(s) < SHORT_LINE:
            s = clean.squash(s)
            if s[:1] == "^" and s[-1:] == "<":
                s = s[1:-1].strip()        # "^Associated Press writer X contributed ...<"
            elif s[:1] == "*" and s[1:2].isalpha() and s[-1:] != "*":
                s = s[1:]                  # a footnote's star: "*Con información de EFE"
                # (not a line set whole in a chat's emphasis: "*A caption. (AP Photo/Jo Roe)*")
            if out.ended:
                # after "Related coverage" or a page's footer: nothing more is the story's,
                # but its closing credits may still come ("(Reporting by ...)")
                credits = parse_credits(s)
                if credits:
                    _add_credits(credits, out)
                elif len(s) > MAX_SIGNOFF_CHARS:
                    _read_republished_note(s, out)   # "Artikel ini telah tayang di Antaranews.com ..." under "Baca juga"
                continue
            credits = cjk.read_credit_line(s) if in_cjk and kept else None
            if credits is not None:      # "（完）", "【责任编辑：赵六】", "홍길동 기자 gildong@yna.co.kr"
                _add_credits(credits, out)
                continue
            if s[-1:].isalpha() and i + 1 < len(lines) and CREDIT_OPEN_RE.match(s):
                joined = _credit_run_on(s, lines[i + 1])
                if joined:        # "...; Editing by Diane" / "Carrow": a name cut by the wrap
                    s = joined
                    taken.add(i + 1)
            if s[:5] in NOTE_STARTS and kept and _read_note(s, out):
                continue
            if i in last_lines and out.copyright_year is None and COPYRIGHT_RE.search(s):
                out.copyright_year = copyright_year(s)   # "(C) Reuters 2008. All rights reserved."
            if i in last_lines and kept and ("gmt" in s or "GMT" in s or "utc" in s or "UTC" in s) \
                    and read_monitor_source(s, out, closing=True):
                continue      # a monitor's source line under the text: "Source: IRNA ..., in Persian 1105 gmt 3 Dec 11"
            if _read_short_line(s, out, bool(kept)):
                continue
            if kept and s[:1] in "FfOo" and FIRST_PUBLISHED_RE.match(s) and _read_first_published(s, out):
                continue
            if i in last_lines and kept and _read_closing_date(s, out):
                continue
            if i in last_lines and kept and s[:1].isdigit() and _read_closing_time(s, out):
                continue
            framed = DASH_FRAMED_LINE_RE.match(s) if s[:2] == "--" else None
            signed = framed["inner"] if framed else s      # "--- Von Jo Roe, dpa-AFX ---"
            if s[:1] in "-–—" and not framed:
                signed = s.lstrip("-–— ")   # Dow Jones: "-By Jo Roe, Dow Jones Newswires; 212-416-2000"
            by = parse_byline(signed) if i in last_lines and kept and BYLINE_RE.match(signed) else None
            if by and by[0]:                 # "Von Lars Nicolaysen, dpa" below the copy
                _add(out.byline_names, by[0])
                _add(out.agencies, by[1])
                continue
            if i in last_lines and kept and " by " in s.casefold() and _read_agency_then_byline(s, out):
                continue
            if i in last_lines and kept and _read_signature(s, out):
                continue
            if i in last_lines and kept and s[:1] in "wacm":
                names = with_contributors(s)
                if names:    # AFP's "with Jo Roe in Geneva" above the desk's initials
                    _add(out.credits.setdefault("reporters", []), names)
                    continue
            if i == last_copy and kept and s[:1] in "WwAaMmCc" and _read_with_agencies(s, out):
                continue     # "Com Reuters" closing a paper's own story: the agency it drew on
            if i == filled[-1] and kept and SITE_FOOT_RE.match(s) and _read_agency_line(SITE_FOOT_RE.match(s)["name"], out):
                continue     # "Anadolu Agency | aa.com.tr/en": the agency's name and its site, last
            if i in last_lines and kept and s.isupper() and _read_name_over_source(lines, i, s, out):
                continue
            if i in last_lines and kept and len(s) <= MAX_SIGNOFF_CHARS:
                below = _read_correspondent_signoff(lines, i, s, out)
                if below is not None:
                    if below > i:
                        taken.add(below)
                    continue
            if i == filled[-1] and kept and "," in s and len(s) <= MAX_BYLINE_CHARS \
                    and _read_city_signoff(s, out):
                continue
            if s[-1:] == "," and i in last_lines and kept and _read_wrapped_city_signoff(lines, i, s, out):
                taken.add(i + 1)
                continue
            if i == last_copy and kept and out.dateline is not None and out.dateline.agencies \
                    and _read_bare_signature(s, out):
                continue
            if i == last_copy and kept and s[:1] in "-–—" and _read_indic_dash_signoff(s, out):
                continue
        elif clean.is_boilerplate(s):     # long legal notices and disclaimers
            continue
        # A credit run at the end of the last paragraph: "... he said. (Reporting by X)"
        m = TRAILING_CREDIT_RE.search(raw) if s.endswith(")") or s.endswith(").") else None
        closing_ok = m is not None and (not m["closing"] or normalize.normalize_agency(m["closing"], credit=True))
        if m and closing_ok:
            credits = parse_credits(m["credit"])
            if credits:
                _add_credits(credits, out)
                _add(out.agencies, [normalize.normalize_agency(m["agency"] or "")])
                if m["agencies"]:    # "AGERPRES/AFP (AS - traducere: ...)": the agency and the one it ran
                    _add(out.agencies, [normalize.normalize_agency(a.strip(), credit=True)
                                        for a in m["agencies"].split("/")])
                if m["closing"]:     # "(Ha collaborato Jo Roe) (ANSA).": the agency's own bracket after it
                    _add(out.agencies, [normalize.normalize_agency(m["closing"], credit=True)])
                raw = raw[:m.start()]
        elif i in credit_lines and s[-1:] != ")" and " " in s:
            raw = _strip_bare_credit(raw, out)
            if i in last_lines and ". " in raw and ":" in raw[-MAX_SIGNOFF_CHARS:]:
                raw = _strip_source_label(raw, out)
        cjk_credit = cjk.trailing_credit(raw) if in_cjk and i in last_lines else None
        if cjk_credit:                    # "...壓力。（編輯：王小明）1130423"
            _add_credits(cjk_credit[0], out)
            raw = raw[:cjk_credit[1]]
        # (PNA closes its lead paragraph with its credit too: "CEBU CITY – ... network. (PNA)")
        closing = TRAILING_AGENCY_RE.search(raw) if s.endswith(")") and (
            i in last_lines or i == filled[0]) else None
        known = normalize.normalize_agency(closing["agency"], credit=True) if closing else None
        if not known and closing and i == filled[-1] and kept:
            # "... da província. (ANGOP)": the story's last words, an agency's initials that
            # no vocabulary names, as written
            known = _unknown_closing_agency(closing["agency"])
        if known:
            _add(out.agencies, [known])
            raw = raw[:closing.start()]
        # ("(APA, 23.1.2024)" is also TRAILING_AGENCY_RE's shape: the day tells it apart)
        dated = TRAILING_DATED_AGENCY_RE.search(raw) if not known and s.endswith(")") else None
        dated_ags = _joined_agencies(dated["agency"]) if dated else None
        if dated_ags:      # "(APA, 23.1.2024)", "(APA, dpa, 14.1.2025)"
            _add(out.agencies, dated_ags)
            out.closing_date = out.closing_date or dated["date"]
            raw = raw[:dated.start()]
        dashed = TRAILING_DASH_AGENCY_RE.search(raw) if i in last_lines and (
            "—" in s[-TRAILING_DASH_CHARS:] or "–" in s[-TRAILING_DASH_CHARS:]
            or ".-" in s[-TRAILING_DASH_CHARS:]) else None
        ags = _joined_agencies(dashed["agencies"]) if dashed else None
        if ags:            # "... after a year. — VNA/VNS"
            _add(out.agencies, ags)
            raw = raw[:dashed.start()]
        report = TRAILING_REPORT_CREDIT_RE.search(raw, max(0, len(raw) - TRAILING_REPORT_CHARS)) \
            if i in last_lines and any(w in s for w in CLOSING_REPORT_WORD_SET) else None
        reporting = _closing_report_agency(report["agency"]) if report else None
        if reporting:      # "... আশা করছেন। খবর এএফপির।" ('AFP reports')
            _add(out.agencies, [reporting])
            raw = raw[:report.start()]
        tail = SIGNOFF_TAIL_RE.search(raw) if "REUTER" in s[-16:].upper() else None
        if tail:
            _add(out.agencies, [normalize.normalize_agency(tail["agency"])])
            raw = raw[:tail.start()]
        kept.append(raw)
    return kept


def _read_wrapped_city_signoff(lines: list[str], i: int, s: str, out: RawFields) -> bool:
    """A closing paragraph of a person's name and a comma over the place alone, as BelTA
    signs its copy ("Olena Roe," / "Hrodna"): the name is recorded as the reporter. The
    paragraph's own two lines are the shape, so any capitalised word that is no agency is
    the place. True if it was one."""
    if i + 1 >= len(lines) or (i and lines[i - 1].strip()) \
            or (i + 2 < len(lines) and lines[i + 2].strip()) or len(s) > MAX_BYLINE_CHARS:
        return False
    found = city_signoff(f"{s} {lines[i + 1].strip()}", any_place=True)
    if not found:
        return False
    _add(out.credits.setdefault("reporters", []), [found[0]])
    return True


def _read_paragraphs(lines: list[str], out: RawFields) -> set[int]:
    """Credits set as paragraphs of several lines in the body: a byline (and its agency's
    line) under the first paragraph, "By JO ROE and AL DAY" / "Associated Press"; a closing
    credit hard-wrapped over lines ("(Reporting by A; Editing by Mark" / "Buckley)",
    "To contact the editor responsible for this story:" / "Jo Roe at jr@x.net"). What they
    credit is recorded; the indexes of their lines are returned."""
    taken: set[int] = set()
    para: list[int] = []
    count = 0                      # paragraphs seen; the first is the dateline's
    for i in range(len(lines) + 1):
        if i < len(lines) and lines[i].strip() and not (para and _indented_start(lines, para, i)):
            para.append(i)
            continue
        if not para:
            continue
        first = lines[para[0]].strip()
        if 0 < count < BYLINE_PARAGRAPHS and len(para) <= 2 and BYLINE_RE.match(first) \
                and _read_byline_paragraph([clean.squash(lines[j]) for j in para], out):
            taken.update(para)
        elif 1 < len(para) <= MAX_CREDIT_LINES and (
                CREDIT_OPEN_RE.match(first + " ") or first[:1] == "(" or first[:2] == "--"
                or any("contributed" in lines[j] for j in para)) \
                and _read_wrapped_credits([clean.squash(lines[j]) for j in para], out):
            taken.update(para)      # (most paragraphs are prose: cheap tests on the raw lines first)
        count += 1
        para = [i] if i < len(lines) and lines[i].strip() else []
    return taken


def _indented_start(lines: list[str], para: list[int], i: int) -> bool:
    """Whether line ``i`` begins a paragraph of its own though no blank line parts it from
    ``para``: copy that indents its paragraphs instead (ClariNet's wire posts, a tab or
    spaces a paragraph) sets its byline and the agency's line under the first one, "\tBy JO
    ROE" / "\tUnited Press International". The agency's line stays with a lone byline's.

    >>> _indented_start(["\tSEOUL (UPI) -- Text", "ends.", "\tBy JO ROE"], [0, 1], 2)
    True
    >>> _indented_start(["\tBy JO ROE", "\tUnited Press International"], [0], 1)
    False
    """
    line = lines[i]
    if line[:1] != "\t" and line[:2] != "  ":
        return False
    return not (len(para) == 1 and BYLINE_RE.match(lines[para[0]].strip()))


MAX_RUN_ON_WORDS = 2   # what a wrap carries of a name onto the next line: a word or two


# The network a republished outlet belongs to, after its name: ", part of States Newsroom".
NETWORK_PART_RE = re.compile(r",\s+(?:part|a member|an affiliate) of\s+(?:the\s+)?(?P<network>[A-Z][^,.;()]{1,60}?)(?=[,.;]|\s+and\s|$)")


def _read_republished_note(s: str, out: RawFields) -> bool:
    """A closing note that the story ran first on an agency's site or under its name
    (REPUBLISHED_NOTE_RE): the agency recorded, by its name or its site's address
    (vocab.AGENCY_SITE_DOMAINS); False for another site's.

    >>> out = RawFields(); _read_republished_note('Artikel ini telah tayang di Antaranews.com dengan judul "Pasar baru dibuka".', out), out.agencies
    (True, ['Antara'])
    >>> _read_republished_note("This article first appeared on The Conversation.", RawFields())
    False
    >>> out = RawFields(); _read_republished_note("This story was originally published by the Harbour Examiner, "
    ...     "part of States Newsroom, and is republished here.", out), out.agencies
    (True, ['States Newsroom'])
    """
    m = REPUBLISHED_NOTE_RE.match(s) if s[:1] in "AaBbTtEeCc" else None
    if not m:
        return False
    site = m["site"].rstrip(".").casefold()
    host = site[4:] if site.startswith("www.") else site
    agency = vocab.AGENCY_SITE_DOMAINS.get(host) or normalize.normalize_agency(m["site"], credit=True)
    if not agency:
        network = NETWORK_PART_RE.search(s, m.end()) if " of " in s else None
        agency = normalize.normalize_agency(network["network"]) if network else None
    if not agency:     # ("... by the Harbour Examiner, part of States Newsroom": the network's credit)
        return False
    _add(out.agencies, [agency])
    return True


def _read_with_agencies(s: str, out: RawFields) -> bool:
    """A closing line of "with" and agencies alone ("Com Reuters", "Con EFE y AP", "Avec
    AFP"): the agencies recorded; False for a line naming anything else ("With thanks to
    the crew", "Com Ana Roe").

    >>> out = RawFields(); _read_with_agencies("Con EFE y AP", out), out.agencies
    (True, ['EFE', 'AP'])
    >>> _read_with_agencies("With the ministers", RawFields()), _read_with_agencies("Com Ana Roe", RawFields())
    (False, False)
    >>> out = RawFields(); _read_with_agencies("With additional input from AFP", out), out.agencies
    (True, ['AFP'])
    """
    m = WITH_AGENCIES_RE.match(s) if len(s) <= MAX_SIGNOFF_CHARS else None
    if not m:
        return False
    rejected: list[str] = []
    names, agencies = split_names(m["agencies"], rejected)
    if names or rejected or not agencies:
        return False
    _add(out.agencies, agencies)
    return True


def _strip_bare_credit(raw: str, out: RawFields) -> str:
    """The paragraph without the credits run into its end with no brackets, as a feed item's
    description carries Reuters' trailer ("... flatten. Reporting by Jo Roe; Editing by Al
    Day"); the credits recorded. The paragraph as it is when its end is no such credit: the
    opener capitalised, no sentence after the names, names read.

    >>> out = RawFields()
    >>> _strip_bare_credit("Sales fell. Reporting by Jo Roe; Editing by Al Day", out), out.credits
    ('Sales fell.', {'reporters': ['Jo Roe'], 'editors': ['Al Day']})
    >>> _strip_bare_credit("Sales fell. Reporting by the board showed losses. It said so.", RawFields())
    'Sales fell. Reporting by the board showed losses. It said so.'
    """
    m = TRAILING_BARE_CREDIT_RE.search(raw)
    if not m or not m["credit"][:1].isupper() or CREDIT_SENTENCE_END_RE.search(m["credit"]):
        return raw
    credits = parse_credits(m["credit"])
    if not credits or not any(credits[0].values()):
        return raw
    _add_credits(credits, out)
    return raw[:m.start() + 1]


def _credit_run_on(s: str, nxt: str) -> str | None:
    """A closing credit line whose last name was cut at the line's end ("Reporting by A;
    Editing by Diane" / "Carrow"), joined with the next line; None when the credit's last
    name is whole (two words or more) or the next line is no rest of a name."""
    rest = clean.squash(nxt)
    words = rest.split()
    if not 1 <= len(words) <= MAX_RUN_ON_WORDS or not all(
            w[:1].isupper() and w.rstrip(".)").isalpha() for w in words):
        return None
    credits = parse_credits(s)
    names = [n for found in credits[0].values() for n in found] if credits else []
    if not names or len(names[-1].split()) > 1 or names[-1].casefold() != s.split()[-1].casefold():
        return None
    joined = f"{s} {rest}"
    credits = parse_credits(joined)
    names = [n for found in credits[0].values() for n in found] if credits else []
    return joined if names and len(names[-1].split()) > 1 else None


def _read_agency_then_byline(s: str, out: RawFields) -> bool:
    """An agency's closing credit, then its reporter's byline on the same line ("– AKP By
    SOK Vannarith"): recorded, True if it was one. After the agency's credit the byline is a
    person's: a surname in capitals before the given name ("SOK Vannarith") is no outlet's
    desk ("BBC Wales") there.

    >>> out = RawFields(); _read_agency_then_byline("– AKP By SOK Vannarith", out), out.agencies, out.byline_names
    (True, ['AKP'], ['SOK Vannarith'])
    >>> _read_agency_then_byline("Stand by me", RawFields())
    False
    """
    m = AGENCY_THEN_BYLINE_RE.match(s) if len(s) <= MAX_BYLINE_CHARS else None
    agency = normalize.normalize_agency(m["agency"], credit=True) if m else None
    if agency is None:
        return False
    by = parse_byline(m["byline"])
    names = by[0] if by else []
    if not by:
        name = normalize.normalize_name(m["byline"][2:].strip())
        names = [name] if name and len(name.split()) <= MAX_CAPS_FIRST_NAME_WORDS else []
    if not names:
        return False
    _add(out.byline_names, names)
    _add(out.agencies, [agency, *(by[1] if by else [])])
    return True


MAX_CAPS_FIRST_NAME_WORDS = 4


def _read_byline_paragraph(texts: list[str], out: RawFields) -> bool:
    """A paragraph that is nothing but a byline, maybe over its agency's line ("par Lucie
    ROE"; "By JO ROE and AL DAY" / "Associated Press"); recorded, True if it was one."""
    s = texts[0]
    if len(s) > MAX_BYLINE_CHARS or s[-1:] in ".!?:;," or not BYLINE_RE.match(s):
        return False
    by = parse_byline(s)
    if not by or not by[0]:
        return False
    agencies = list(by[1])
    if len(texts) == 2:
        scratch = RawFields()
        if len(texts[1]) > MAX_AGENCY_LINE_CHARS or not _read_agency_line(texts[1], scratch):
            return False
        _add(agencies, scratch.agencies)
    _add(out.byline_names, by[0])
    _add(out.agencies, agencies)
    return True


def _read_wrapped_credits(texts: list[str], out: RawFields) -> bool:
    """A paragraph of closing credits whose lines were hard-wrapped: a line that leaves its
    credit open (no closing bracket or full stop) runs on into the next. True, with the
    credits recorded, when every credit of the paragraph reads as one."""
    first = texts[0]
    if not (CREDIT_OPEN_RE.match(first + " ") or first[:1] == "(" and ";" in first[:50]
            or first[:2] == "--" or any("contributed" in s for s in texts)):
        return False            # (most paragraphs are prose: a cheap test first)
    units: list[str] = []
    for s in texts:       # (a line may end in its role: "To contact the editor ...:")
        # (a date line under the credits is its own, and so is a photo's credit: "Tłumaczenie:
        # Jo Roe" / "Fot. Al Day" is no name wrapped onto the next line)
        # (nor is the place and the agency's bracket DHA signs its copy with: "BODRUM,(DHA)")
        if units and not CREDIT_OPEN_RE.match(s + " ") and units[-1][-1:] not in ".)" \
                and normalize.parse_date(s) is None and not is_caption(s) and not _place_agency_line(s) \
                and not ("(" in s[:40] and parse_dateline(s)):
            # (nor a dateline opening the text under a script's "TEXTO:" label: "Lugo, 3 mar (EFE).- ...")
            units[-1] += " " + s
        else:
            units.append(s)
    if len(units) == len(texts) or sum(map(len, units)) > MAX_CREDIT_CHARS:
        return False            # nothing was wrapped: the lines are read one by one
    found = RawFields()
    for unit in units:
        credits = parse_credits(unit)
        if credits:
            _add_credits(credits, found)
        elif not ("ontribu" in unit and _read_contributors(unit, found)):
            return False
    _add_credits((found.credits, found.agencies), out)
    return True


def _place_agency_line(s: str) -> bool:
    """A closing line of a place and the agency's name in brackets: "BODRUM,(DHA)",
    "Ankara (AA)".

    >>> _place_agency_line("BODRUM,(DHA)"), _place_agency_line("Jo Roe (ed.)"), _place_agency_line("SAN JOSE, (AP)")
    (True, False, True)
    """
    m = PLACE_AGENCY_LINE_RE.match(s) if s[-1:] == ")" else None
    return bool(m and normalize.normalize_agency(m["agency"], credit=True))


PLACE_AGENCY_LINE_RE = re.compile(r"^[^\W\d_](?:[^\W\d_]|[' .-]){1,30}?,?\s*\((?P<agency>[^()]{2,30})\)$")


MAX_CHROME_WORDS = PROSE_WORDS    # a line of a page's chrome under the copy; prose runs longer
MIN_COPY_LINES = 3       # the copy's end stands below a few lines of copy


def _copy_end(lines: list[str], filled: list[int]) -> int | None:
    """The line where a story's copy gives way to its page's or newsletter's chrome: an end
    marker ("Read more:", "Comments"), a related-links label ("Related news", "Tin liên
    quan:"), a story link's label alone ("Czytaj więcej:", its address on the next line) or
    with its address (a newsletter's "Read it on our site: https://..."),
    with no line of prose (MAX_CHROME_WORDS words or more) under it; None when the copy
    runs to the end or none stands there.

    >>> _copy_end(["Ports reopened on Monday, officials said.", "The union agreed.", "Jo Roe (PAP)", "",
    ...            "Read more:", "- Other story one", "- Other story two"], [0, 1, 2, 4, 5, 6])
    4
    >>> _copy_end(["Ports reopened on Monday, officials said.", "The union agreed.", "Jo Roe (ELTA)",
    ...            "Read it on our site: https://news.example/a", "-----", "Unsubscribe: https://news.example/u"],
    ...           [0, 1, 2, 3, 4, 5])
    3
    >>> _copy_end(["Ports reopened.", "Read more:", "The union said talks would go on until the deal was signed by "
    ...            "both sides and the port authority, which it expects within a week or two."], [0, 1, 2]) is None
    True
    """
    found = None
    for n, i in enumerate(filled):
        if found is None and (n < MIN_COPY_LINES or len(lines[i]) > RAW_END_LABEL_CHARS):
            continue             # (a paragraph: not squashed to be measured)
        s = clean.squash(lines[i])
        if found is not None:
            if len(s.split()) >= MAX_CHROME_WORDS and not clean.is_boilerplate(s):
                return None      # prose under it: the copy goes on (a "Read also" inside the story)
            continue
        if "://" in s and envelope.STORY_LINK_RE.match(s):
            found = i            # "Skaityti svetainėje: https://...": a newsletter's link to the story
            continue
        if len(s) > MAX_END_LABEL_CHARS:
            continue
        label = s.rstrip(" :：").lstrip("▼▽▶►■□●◆◇・> ").casefold()    # "▼関連記事", "■ Related"
        if clean.is_end_marker(s) or clean.is_boilerplate(s) and label in RELATED_LABEL_SET \
                or s.endswith(":") and envelope.STORY_LINK_LABEL_RE.match(s):
            found = i
    return found


MAX_END_LABEL_CHARS = 40   # "Related coverage", "Tin liên quan:", "Czytaj więcej:"
RAW_END_LABEL_CHARS = 4 * MAX_END_LABEL_CHARS   # ...with its spaces, as a page's text may pad it
RELATED_LABEL_SET = frozenset(vocab.RELATED_LINKS_LABELS)


#: A date line among a story's last lines is its stamp ("Fecha: 05/03/2024 14:32", EFE;
#: "Published: 02 Jul 2022, 06:45 PM", IANS), set below the copy and its sign-offs.
TAIL_DATE_LINES = 4


def _strip_source_label(raw: str, out: RawFields) -> str:
    """The paragraph without a source label closing it as its last sentence ("Part of this
    story ran first on the agency's site. Source: ANTARA", as Kompas closes copy it took from
    Antara); the agencies recorded, when the label names only agencies.

    >>> out = RawFields()
    >>> _strip_source_label("Sebagian artikel ini telah tayang di Antaranews.com. Sumber: ANTARA", out), out.agencies
    ('Sebagian artikel ini telah tayang di Antaranews.com.', ['Antara'])
    >>> _strip_source_label("The council met on Friday. Source: the mayor's office", RawFields())
    "The council met on Friday. Source: the mayor's office"
    """
    head, last = raw.rsplit(". ", 1)
    last = last.strip()
    source = SOURCE_LINE_RE.match(last) if len(last) <= MAX_SIGNOFF_CHARS else None
    if source is None or source["word"]:
        return raw
    named = [normalize.normalize_agency(p, credit=True) for p in NAME_SPLIT_RE.split(source["agencies"]) if p]
    if not named or not all(named):
        return raw
    _add(out.agencies, named)
    return head + "."


def _read_first_published(s: str, out: RawFields) -> bool:
    """A line under the copy giving when the story first ran ("First published on Wed 17 Apr
    2024 09.32 BST", at the Guardian's foot): the publication, where the head labelled none
    (see dates.first_published). True if the line was one."""
    dates = _date_parts(s) if len(s) <= 2 * MAX_DATE_LINE_CHARS else None
    if not dates or len(dates) != 1 or dates[0][0] != "published":
        return False
    if out.published_line is None:
        first_published(s, out)
    return True


def _read_closing_date(s: str, out: RawFields) -> bool:
    """A date line at the story's end, recorded where the head gave none; True if it was one."""
    dates = _date_parts(s) if len(s) <= 2 * MAX_DATE_LINE_CHARS else None
    if not dates:
        return False
    for kind, part in dates:
        if kind == "updated":
            out.updated_line = out.updated_line or part
        elif kind == "published" and out.published_line is None and not out.date_lines:
            out.published_line = part
        else:
            out.closing_date = out.closing_date or part
    return True


def _read_closing_time(s: str, out: RawFields) -> bool:
    """A closing line of only the time the story was sent ("14:53 LOCAL TIME 11:53 GMT"),
    recorded as its time of day (GMT's where both are given: the zone is known); True if
    it was one. Its day is the story's date (pipeline: only a date of a day alone takes it).

    >>> out = RawFields()
    >>> _read_closing_time("14:53 LOCAL TIME 11:53 GMT", out), out.closing_time
    (True, '11:53 GMT')
    >>> _read_closing_time("14:53 people", out)
    False
    """
    m = CLOSING_TIME_RE.match(s) if len(s) <= MAX_CLOSING_TIME_CHARS else None
    if m and m["twelve"] and out.closing_date:
        # "01:47 PM" under "(END) DOW JONES NEWS  03-03-98": the stamp's second line (a
        # 12-hour clock alone under no stamp may be a list's or a table's)
        out.closing_time = out.closing_time or m["twelve"]
        return True
    if not m or not (m["local"] or m["time"]):
        return False
    clock = m["time"] or m["local"]
    clock = clock if ":" in clock else f"{clock[:2]}:{clock[2:]}"
    out.closing_time = out.closing_time or (f"{clock} {m['tz']}" if m["time"] else clock)
    return True


def _read_short_line(s: str, out: RawFields, in_body: bool) -> bool:
    """Take a short tail line that is not story text (recording what it credits); True if taken."""
    if in_body and "://" in s:
        link = envelope.story_link(s, out.mail)
        if link and out.url in (None, link):
            # "Read the full story: https://...", a mail's "Read more: https://..." (its
            # address may be known already, from the mail's last lines: the line goes all the same)
            out.url = link
            return True
    if in_body and clean.is_end_marker(s):
        out.ended = True
        if COPYRIGHT_RE.search(s):      # "RIPRODUZIONE RISERVATA © Copyright ANSA"
            _add(out.agencies, normalize.find_agencies(s))
        return True
    dpa = DPA_ID_RE.search(s) if "dpa:" in s and in_body else None
    if dpa and out.closing_date is None:  # the story's id names its day
        out.closing_date = f"20{dpa['y']}-{dpa['m']}-{dpa['d']}"
    credits = parse_credits(s)
    if credits:
        _add_credits(credits, out)
        return True
    if in_body and is_caption(s):
        _read_caption(s, out)
        if COPYRIGHT_RE.match(s):
            _add(out.agencies, normalize.find_agencies(s))
        return True
    distributed = DISTRIBUTED_BY_RE.match(s) if s[:1] in "DdSs" and in_body else None
    if distributed and normalize.normalize_agency(distributed["agency"]):
        _add(out.agencies, [normalize.normalize_agency(distributed["agency"])])
        return True      # "Distributed by Tribune Content Agency, LLC."
    if clean.is_boilerplate(s):
        if COPYRIGHT_RE.search(s):
            _add(out.agencies, normalize.find_agencies(s))
        elif in_body:
            _read_republished_note(s, out)   # "Artikel ini telah tayang di Antaranews.com ...": a site's notice, and a credit
            if ". " in s:
                _strip_bare_credit(s, out)   # "... under a Creative Commons license. Translated by Jo Roe."
        return True
    if in_body and len(s) <= MAX_NOTICE_CHARS and COPYRIGHT_RE.search(s) and not s.endswith("."):
        found = normalize.find_agencies(s)    # "RIPRODUZIONE RISERVATA © Copyright ANSA"
        if found:
            _add(out.agencies, found)
            return True
    if not in_body:
        return False
    if len(s) > MAX_SIGNOFF_CHARS:       # a paragraph: only a note or a link is taken
        if ("ontribu" in s or "reported from" in s) and _read_contributors(s, out):
            return True
        notice = AGENCY_SITE_NOTICE_RE.match(s) if s[:5] == "Only " else None
        if notice and normalize.normalize_agency(notice["agency"]):
            _add(out.agencies, [normalize.normalize_agency(notice["agency"])])
            return True
        fed = SYNDICATED_FEED_NOTE_RE.search(s) if " feed" in s else None
        if fed and normalize.normalize_agency(fed["agency"], credit=True):
            _add(out.agencies, [normalize.normalize_agency(fed["agency"], credit=True)])
            return True
        if _read_republished_note(s, out):
            return True
        return _read_url_line(s, out)
    stamp = WIRE_STAMP_RE.match(s)
    if stamp:        # "AP-NY-07-14-98 1532EDT": AP's transmission stamp closing the copy
        out.closing_date = out.closing_date or wire_stamp_time(stamp)
        if stamp["agency"]:
            _add(out.agencies, ["AP"])
        return True
    if s[:5] == "(END)" and _read_end_stamp(s, out):     # "(END) DOW JONES NEWS  03-03-98"
        return True
    sent = SENT_STAMP_RE.match(s) if len(s) <= 40 else None
    if sent:         # "AFP 121432 GMT DEC 95", "dpa xy yz 061432 Dez 12", "051432 Mär 96"
        stamp = sent_stamp_time(sent)
        if stamp:
            out.closing_date = out.closing_date or stamp
            _add_sent_agency(sent["agency"], out)
            return True
    sent = SENT_TIME_DATE_RE.match(s) if len(s) <= 40 and s[-1:].isdigit() else None
    if sent:         # "بنا 1732 جمت 2023/10/09": the time, the zone, then the day
        out.closing_date = out.closing_date or (f"{sent['y']}-{sent['m']}-{sent['d']} {sent['H']}:{sent['M']} "
                                                f"{vocab.SENT_ZONE_WORDS.get(sent['tz'], sent['tz'])}")
        _add_sent_agency(sent["agency"], out)
        return True
    if _read_old_stamp(s, out):      # "upi 01-21-86 09:14 aes", "0532 GMT 5-MAR-87", "REUTER AHL"
        return True
    if INITIALS_SIGNOFF_RE.match(s):     # "dpa gh yy hr", "EFE mjo jlg": the desk's initials
        _add(out.agencies, [normalize.normalize_agency(s.split()[0])])
        return True
    slashed = SLASHED_SIGNOFF_RE.match(s) if s[:1] == "/" else None
    source = normalize.normalize_agency(slashed["source"], credit=True) if slashed and slashed["source"] else None
    if slashed and normalize.normalize_agency(slashed["agency"], credit=True) \
            and (source or not slashed["source"]):
        _add(out.agencies, [normalize.normalize_agency(slashed["agency"], credit=True)])
        _add(out.agencies, [source] if source else [])
        return True
    initials = AGENCY_INITIALS_RE.match(s) if len(s) <= 40 else None
    if initials and initials["agency"].islower() and s[:1] != "(" and (
            len(initials["agency"]) <= 2
            or (normalize.normalize_agency(initials["agency"], credit=True) or "").casefold() != initials["agency"]):
        initials = None  # "pa/ll/mel" under AFP's copy: the desk's initials, the first as short
        # as the others, no agency ("PA" is a name only in capitals or in brackets); nor are
        # lowercase letters that spell no agency's own short name, only an alias for another
        # ("ifr/pa/mr": IFR is a Reuters service, here an editor's initials), as "dpa/..." does
    if initials and normalize.normalize_agency(initials["agency"], credit=True):
        _add(out.agencies, [normalize.normalize_agency(initials["agency"], credit=True)])
        return True
    found = source_line_agencies(s)
    if found:         # "Quelle: dpa", "Source : AFP", "ust/kle (dpa, afp)", "Theo TTXVN"
        _add(out.agencies, found)
        return True
    informed = INFORMATION_FROM_RE.match(s) if " used in " in s else None
    if informed:      # "Information from Reuters and AP was used in this report."
        names, ags = split_names(informed["agencies"])
        if ags and not names:
            _add(out.agencies, ags)
            return True
    # "KNA - amt - 150612 - Redaktion: Jo Roe": the agency's sign-off, its desk's initials and
    # day code, then the desk's credit, the parts joined by spaced dashes
    parts = s.split(" - ") if " - " in s and s[:1].isalpha() else ()
    if len(parts) > 1 and all(DASHED_SIGNOFF_CODE_RE.fullmatch(p) for p in parts[1:-1]) \
            and CREDIT_OPEN_RE.match(parts[-1]):
        signed = normalize.normalize_agency(parts[0], credit=True)
        credits = parse_credits(parts[-1]) if signed else None
        if credits and any(credits[0].values()):
            _add(out.agencies, [signed])
            _add_credits(credits, out)
            return True
    # "– African News Agency (ANA), Editing by Jo Roe": the agency's sign-off after a dash,
    # then the desk's credit after a comma (South African papers running ANA's copy)
    credit_at = s.find(", ") if s[:1] in "-–—" else -1
    if credit_at > 0 and CREDIT_OPEN_RE.match(s[credit_at + 2:]):
        head = s[:credit_at].strip("-–— ")
        signed = normalize.normalize_agency(head) or (_agency_with_initials(head) if head[-1:] == ")" else None)
        credits = parse_credits(s[credit_at + 2:]) if signed else None
        if credits and any(credits[0].values()):
            _add(out.agencies, [signed])
            _add_credits(credits, out)
            return True
    # "— Agence France-Presse"; "The Canadian Press" alone on a line under the copy (CP's
    # sign-off; one word alone is SIGNOFF_RE's)
    signed = normalize.normalize_agency(s.strip("-–— ")) if s[:1] in "-–—" or (
        " " in s and len(s) <= MAX_AGENCY_NAME_CHARS and s[:1].isupper()) else None
    if signed:
        _add(out.agencies, [signed])
        return True
    named = _agency_with_initials(s) if s[-1:] in ")." and "(" in s else None
    if named:         # "African News Agency (ANA)"
        _add(out.agencies, [named])
        return True
    if s[:1] in "–—" or s[:1] == "-" and (s.lstrip("- ")[:3].isupper() or out.dateline is not None):
        # "— SPA", "— VNA/VNS": a paper's credit for the agency copy it ran (a hyphen opens
        # a list's item too: "- Petra", so the agency in capitals there, or under copy that
        # opened on a dateline, which a list or a signed letter does not: "Johannesburg -
        # ..." closed by "- Sapa")
        rest = s.lstrip("-–— ")
        sign = SIGNOFF_RE.match(rest) if len(rest) <= MAX_AGENCY_NAME_CHARS else None
        ags = _joined_agencies(sign["agencies"]) if sign and not sign["date"] else None
        if ags:
            _add(out.agencies, ags)
            return True
    if DESK_CODE_RE.match(s):
        # "lm/jmr/ab" (AFP's desk); "jok/dpa/AFP" (a site's editor, then its sources)
        _add(out.agencies, normalize.find_agencies(s.replace("/", " ")))
        return True
    if EMAIL_LINE_RE.match(s):         # "gildong@yna.co.kr": an agency's domain names it
        _add(out.agencies, [cjk.mail_agency(s)])
        return True
    if STORY_END_RE.match(s) or FEED_CODE_RE.match(s):
        return True
    if ("ontribu" in s or "reported from" in s) and _read_contributors(s, out):
        return True
    if ("from" in s or "informa" in s or "בכתבה" in s) and _read_inputs_note(s, out):     # "With inputs from WAM"
        return True
    note = AGENCY_NOTE_RE.match(s) if s.startswith("(") else None
    if note:
        names, ags = split_names(note["agencies"])
        if ags and not names:
            _add(out.agencies, ags)
            return True
    signed = BRACKETED_SIGNATURE_RE.match(s) if s[:1] == "(" else None
    by = parse_byline(signed["sign"]) if signed else None
    if by and by[0] and by[1]:      # "(Jo Roe, da Agência Estado)": the reporter and the agency
        _add(out.byline_names, by[0])
        _add(out.agencies, by[1])
        return True
    if len(s) <= 60:
        sign = SIGNOFF_RE.match(s)
        ags = _joined_agencies(sign["agencies"]) if sign else None
        if ags:
            _add(out.agencies, ags)
            if sign["date"]:
                out.closing_date = sign["date"]
            return True
        # A known agency alone in brackets, in a script whose vowel signs are no letters to
        # SIGNOFF_RE: Burmese "(မြန်မာ့သတင်းစဉ်)" under MNA's copy
        bracketed = normalize.normalize_agency(s[1:-1].strip(), credit=True) \
            if s[:1] == "(" and s[-1:] == ")" and not s.isascii() else None
        # ...or with no brackets, by a name that is no word ("မြန်မာ့သတင်းစဉ်" alone under the
        # copy, as the state dailies close MNA's stories)
        bare = normalize.normalize_agency(s) \
            if not bracketed and not s.isascii() and s[:1].isalpha() and not normalize.cased(s[:1]) else None
        if bracketed or bare:
            _add(out.agencies, [bracketed or bare])
            return True
    return _read_url_line(s, out)


CLOSING_REPORT_WORD_SET = frozenset(vocab.CLOSING_REPORT_WORDS)


def _closing_report_agency(name: str) -> str | None:
    """The agency a closing report sentence names in the genitive (vocab.CLOSING_REPORT_SUFFIXES),
    its ending cut off, or as written; None when it is no known agency.

    >>> _closing_report_agency("এএফপির"), _closing_report_agency("রয়টার্সের"), _closing_report_agency("সরকারের")
    ('AFP', 'Reuters', None)
    """
    name = name.strip()
    for cut in ("", *vocab.CLOSING_REPORT_SUFFIXES):
        if name.endswith(cut) and len(name) > len(cut):
            found = normalize.normalize_agency(name[:len(name) - len(cut)].rstrip("-"), credit=True)
            if found:
                return found
    return None


def source_line_agencies(s: str) -> list[str]:
    """The agencies a line naming the story's sources names (SOURCE_LINE_RE): each part an
    agency's name, or under a source label, the agencies among the parts (the outlet's own
    name and the desk's initials beside them: "Quelle: WELT/AFP/dpa/lay").

    >>> source_line_agencies("Quelle: Harbour Post/AFP/dpa/xy"), source_line_agencies("Theo TTXVN")
    (['AFP', 'dpa'], ['VNA'])
    >>> source_line_agencies("Source: the mayor's office")
    []
    """
    source = SOURCE_LINE_RE.match(s)
    if not source:
        return []
    # (a credit's place: "Kaynak: DHA" names the agency, not the fatty acid)
    named = [normalize.normalize_agency(p, credit=True)   # ("رويترز + الفرنسية": a plus joins them)
             for p in NAME_SPLIT_RE.split(source["agencies"].replace(" + ", ", ")) if p]
    return named if named and all(named) else \
        [] if source["word"] else normalize.find_agencies(source["agencies"])


def _read_end_stamp(s: str, out: RawFields) -> bool:
    """Dow Jones's closing stamp, the end mark over the service's name and the day month
    first (END_STAMP_RE): the day, and its time when the line gives it, recorded as the
    closing date (a time on the line below is _read_closing_time's), the service as the
    agency. True if the line was one.

    >>> out = RawFields()
    >>> _read_end_stamp("(END) DOW JONES NEWS  03-03-98", out), out.closing_date, out.agencies
    (True, '1998-03-03', ['Dow Jones'])
    >>> _read_end_stamp("(END) 03-03-98", RawFields()), _read_end_stamp("(END) Glad tidings", RawFields())
    (False, False)
    >>> out = RawFields()
    >>> _read_end_stamp("(END) Dow Jones Newswires", out), out.closing_date, out.agencies
    (True, None, ['Dow Jones'])
    """
    m = END_STAMP_RE.match(s) if len(s) <= MAX_SIGNOFF_CHARS else None
    found = normalize.find_agencies(m["agency"]) if m else None
    if not found:
        return False
    if m["y"]:
        year = int(m["y"]) + (1900 if int(m["y"]) >= 70 else 2000)
        out.closing_date = out.closing_date or f"{year}-{m['m']}-{m['d']} {m['clock'] or ''}".strip()
    _add(out.agencies, found)
    return True


def _unknown_closing_agency(tag: str) -> str | None:
    """A bracket closing the story's last paragraph, as agencies sign their copy ("(ANGOP)"),
    that no vocabulary names: the initials as written when they have an agency's shape
    (dateline_parts._unknown_agency) and are no continuation mark ("(MORE)").

    >>> _unknown_closing_agency("ANGOP"), _unknown_closing_agency("MORE"), _unknown_closing_agency("Kenya")
    ('ANGOP', None, None)
    """
    name = _unknown_agency(tag)
    return name if name and normalize.fold(name) not in CLOSING_TAG_NOT_AGENCY else None


def _agency_with_initials(s: str) -> str | None:
    """The agency a closing line names in full with its initials in brackets ("African News
    Agency (ANA)", "— Agence France-Presse (AFP)"); None for any other line.

    >>> _agency_with_initials("African News Agency (ANA)"), _agency_with_initials("Water Board (WB)")
    ('ANA', None)
    """
    m = AGENCY_WITH_INITIALS_RE.match(s) if len(s) <= 2 * MAX_AGENCY_NAME_CHARS else None
    agency = normalize.normalize_agency(m["name"]) if m else None
    if not agency:
        return None
    initials = m["initials"]
    return agency if normalize.normalize_agency(initials, credit=True) == agency \
        or ACRONYM_RE.fullmatch(initials) else None


def _past_century(y: int) -> int:
    """A two-digit year of archived copy in full: in this century unless that is still to
    come, else in the last ("63" is 1963, "24" 2024): copy is never dated in the future.

    >>> _past_century(63), _past_century(5)
    (1963, 2005)
    """
    import datetime as dt
    return 2000 + y if 2000 + y <= dt.date.today().year else 1900 + y


def _add_sent_agency(name: str | None, out: RawFields) -> None:
    """The agency a closing sent stamp names, if it is one ("AFP", "كونا": KUNA)."""
    agency = normalize.normalize_agency(name, credit=True) if name else None
    if agency:
        _add(out.agencies, [agency])


def _read_old_stamp(s: str, out: RawFields) -> bool:
    """Old wire copy's closing lines: UPI's stamp "upi 01-21-86 09:14 aes" (the agency, the
    day month first, the time, the desk), Reuters' "0532 GMT 5-MAR-87" (the time and zone,
    then the day), AAP's "AAP 180932 AEDT Mar 98" (a day-time group) and Reuters' sign-off "REUTER AHL" (the desk's initials in capitals). The day
    is recorded as the closing date, the agency as one; True if it was one."""
    if len(s) > 40 or not (s[:1].isalnum() or s[:1] == "("):
        return False
    m = AGENCY_DOTTED_STAMP_RE.match(s) if s[-1:].isdigit() and "." in s else None
    agency = normalize.normalize_agency(m["agency"], credit=True) if m else None
    if agency and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31 and int(m["H"]) <= 23:
        # "(AA) 12.03.1985 1610": the agency, the day first and dotted, the time it was sent
        out.closing_date = out.closing_date or \
            f"{full_year(int(m['y']))}-{int(m['m']):02d}-{int(m['d']):02d} {m['H']}:{m['M']}"
        _add(out.agencies, [agency])
        return True
    if s[:1] == "(":
        return False
    if s[:1].isdigit():
        m = DIGIT_DATE_TIME_STAMP_RE.match(s) if len(s) == len("921012 1621") else None
        if m and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31 and int(m["H"]) <= 23:
            # "921012 1621": the day and the time, the year first, run together (MTI)
            out.closing_date = out.closing_date or \
                f"{_past_century(int(m['y']))}-{m['m']}-{m['d']} {m['H']}:{m['M']}"
            return True
        m = TIME_FIRST_STAMP_RE.match(s)
        month = normalize.month_names().get(normalize.fold(m["mon"])) if m else None
        if not month:
            return False
        year = int(m["y"]) + (1900 if int(m["y"]) >= 70 else 2000)
        out.closing_date = out.closing_date or \
            f"{year}-{month:02d}-{int(m['d']):02d} {m['H']}:{m['M']} {m['tz']}"
        return True
    m = AGENCY_STAMP_RE.match(s)
    agency = normalize.normalize_agency(m["agency"], credit=True) if m else None
    if agency:
        year = int(m["y"]) + (1900 if int(m["y"]) >= 70 else 2000)
        out.closing_date = out.closing_date or f"{year}-{m['m']}-{m['d']} {m['H']}:{m['M']}"
        _add(out.agencies, [agency])
        return True
    m = OPERATOR_SIGNOFF_RE.match(s) if s[:1].isupper() and "/" in s else None
    if m:              # "JR1247PES 3/5/63": AP's operator, time and zone code, the day (its day alone)
        out.closing_date = out.closing_date or f"{_past_century(int(m['y']))}-{int(m['m']):02d}-{int(m['d']):02d}"
        return True
    m = DAY_TIME_GROUP_STAMP_RE.match(s)
    month = normalize.month_names().get(normalize.fold(m["mon"])) if m else None
    agency = normalize.normalize_agency(m["agency"], credit=True) if month else None
    if agency:         # "AAP 180932 AEDT Mar 98"
        year = int(m["y"]) + (1900 if int(m["y"]) >= 70 else 2000)
        out.closing_date = out.closing_date or \
            f"{year}-{month:02d}-{m['d']} {m['H']}:{m['M']}" + (f" {m['tz']}" if m["tz"] else "")
        _add(out.agencies, [agency])
        return True
    m = AGENCY_TIME_DAY_STAMP_RE.match(s)
    agency = normalize.normalize_agency(m["agency"], credit=True) if m and int(m["m"]) <= 12 else None
    if agency:         # "MENA 1432 GMT 14/06/1988"
        y = int(m["y"])
        year = y if y > 99 else y + (1900 if y >= 70 else 2000)
        out.closing_date = out.closing_date or \
            f"{year}-{int(m['m']):02d}-{int(m['d']):02d} {m['H']}:{m['M']} {m['tz']}"
        _add(out.agencies, [agency])
        return True
    m = CAPS_INITIALS_SIGNOFF_RE.match(s) if s.isupper() else None
    agency = normalize.normalize_agency(m["agency"], credit=True) if m else None
    if agency:
        _add(out.agencies, [agency])
        return True
    return False


def _read_url_line(s: str, out: RawFields) -> bool:
    """A line that is the story's address, recorded when none is yet (or when the one known
    is an aggregator's share link and the line labels its address: "Source: https://...");
    True if taken."""
    if "://" in s and (not out.url or _aggregator_link(out.url)):
        if s[:1] >= "\u2190":
            s = clean.LINE_MARKERS_RE.sub("", s)     # a post's marker: "🔗 Read more: https://..."
        url = URL_LINE_RE.match(s)
        # (over an aggregator's link, only a labelled line: a bare address may be any link)
        labelled = url and s[:url.start("url")].strip(" \t<")
        if url and (not out.url or labelled and not _aggregator_link(url["url"])):
            out.url = url["url"]
            return True
    return False


def _aggregator_link(url: str) -> bool:
    """Whether the address is a news aggregator's share link (vocab.AGGREGATOR_LINK_HOSTS).

    >>> _aggregator_link("https://news.google.com/articles/CBMiX?hl=en"), _aggregator_link("https://example.com/a")
    (True, False)
    """
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].casefold()
    return any(host == h or host.endswith("." + h) for h in vocab.AGGREGATOR_LINK_HOSTS)


TRAILING_RULE_RE = re.compile(r"\n+[-=_*]{3,}$")


def _join_body(lines: list[str]) -> str:
    text = "\n".join(line.rstrip() for line in lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if text[-3:] in ("---", "===", "___", "***"):
        text = TRAILING_RULE_RE.sub("", text)    # a newsletter's rule under the copy, its foot gone
    return text


MAX_SIGNATURE_WORDS = 3   # a given name and a family name or two: "رنا الخطيب", "Jo de Roe"


MAX_CAPS_WRITER_WORDS = 4   # a writer's name in capitals: "NGUYEN THI MAI ANH" at most


# "مراسلة وات بباجة: Name": the correspondent's title, the agency (maybe its place after it)
# and a colon before the name, on one line.
CORRESPONDENT_COLON_RE = re.compile(r"^(?P<role>[^\W\d_]+)\s+(?P<agency>[^\s:]+)(?:\s+[^\W\d_]+)?\s*:\s*(?P<name>[^\W\d_][^:\d]{2,40})$")
MAX_SIGNOFF_NAME_WORDS = 4


def _title_agency(title: str) -> str | None:
    """The agency a correspondent's title names beside one of its words
    (vocab.SIGNOFF_CORRESPONDENT_WORDS): "AZƏRTAC-ın xüsusi müxbiri" -> AzerTac; None when the
    line has no such word or names no agency, or more than a title's few words."""
    words = title.replace("'", " ").replace("’", " ").split()
    if not 1 < len(words) <= MAX_SIGNOFF_NAME_WORDS + 1 or not any(
            w.casefold().strip(".,") in vocab.SIGNOFF_CORRESPONDENT_WORDS for w in words):
        return None
    found = [a for a in (normalize.normalize_agency(w.split("-")[0].strip(".,"), credit=True) for w in words) if a]
    found = found or normalize.find_agencies(title)
    return found[0] if len(set(found)) == 1 else None


MAX_SIGNOFF_LEAD_WORDS = 2     # 'from the' before the title: "Από την ανταποκρίτρια ..."
MAX_SIGNOFF_JOINER_CHARS = 4   # a genitive article or 'of' between the title and the agency


def _role_agency_name(s: str) -> tuple[str, list[str]] | None:
    """(agency, name's words) of a sign-off line that gives the correspondent's title, the
    agency and the name in that order, maybe after 'from the' and with 'of the' before the
    agency: "Από την ανταποκρίτρια του ΑΠΕ-ΜΠΕ Σοφία Ρόη" ('from the correspondent of the
    ANA-MPA'), "From the AFP correspondent Jo Roe" is not this order; None otherwise.

    >>> _role_agency_name("Από τον ανταποκριτή του ΑΠΕ-ΜΠΕ Νίκος Ρόης")
    ('ANA-MPA', ['Νίκος', 'Ρόης'])
    >>> _role_agency_name("Από τον ανταποκριτή μας στη Θεσσαλονίκη") is None
    True
    """
    words = s.split()
    role = next((k for k, w in enumerate(words[:MAX_SIGNOFF_LEAD_WORDS + 1])
                 if w.casefold() in vocab.SIGNOFF_CORRESPONDENT_WORDS), None)
    if role is None or any(len(w) > MAX_SIGNOFF_JOINER_CHARS for w in words[:role]):
        return None
    at = role + 1
    if at < len(words) and len(words[at]) <= MAX_SIGNOFF_JOINER_CHARS and words[at].islower():
        at += 1           # the genitive article: "του", "της", "of"
    if at >= len(words):
        return None
    agency = normalize.normalize_agency(words[at], credit=True)
    name_words = words[at + 1:]
    if agency is None or not 2 <= len(name_words) <= MAX_SIGNOFF_NAME_WORDS \
            or not all(w[:1].isupper() for w in name_words):
        return None
    return agency, name_words


def _read_correspondent_signoff(lines: list[str], i: int, s: str, out: RawFields) -> int | None:
    """The copy's closing signature by its correspondent, named with the title and agency:
    the name over the title, the title the last line ("Ramil Qasımov" / "AZƏRTAC-ın xüsusi
    müxbiri"), or the title and a colon before the name ("مراسلة وات بباجة: Name"). Records
    the reporter and the agency; the index of the title's line (``i`` when on the same one), or
    None when it is none.

    >>> out = RawFields()
    >>> _read_correspondent_signoff(["Text.", "Elvin Quliyev", "AZƏRTAC-ın müxbiri"], 1, "Elvin Quliyev", out)
    2
    >>> out.credits, out.agencies
    ({'reporters': ['Elvin Quliyev']}, ['AzerTAc'])
    >>> _read_correspondent_signoff(["Text.", "Elvin Quliyev", "Bakı şəhəri"], 1, "Elvin Quliyev", RawFields()) is None
    True
    """
    m = CORRESPONDENT_COLON_RE.match(s) if ":" in s else None
    if m is not None:
        if m["role"].casefold() not in vocab.SIGNOFF_CORRESPONDENT_WORDS:
            return None
        agency = normalize.normalize_agency(m["agency"].split("-")[0], credit=True)
        name_words = m["name"].split()
        at = i
    elif (signed := _role_agency_name(s)) is not None:
        agency, name_words = signed      # "Από την ανταποκρίτρια του ΑΠΕ-ΜΠΕ Name": the title, then the name
        at = i
    else:
        words = s.split()
        if not 2 <= len(words) <= MAX_SIGNOFF_NAME_WORDS or not all(w.replace("-", "").replace("'", "").isalpha() for w in words):
            return None
        at = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if at is None or any(line.strip() for line in lines[at + 1:]):
            return None        # the title must close the copy
        agency = _title_agency(clean.squash(lines[at].strip()))
        name_words = words
    if agency is None or not 2 <= len(name_words) <= MAX_SIGNOFF_NAME_WORDS:
        return None
    text = " ".join(name_words)
    name = normalize.normalize_name(text)
    if not name or normalize.is_known_city(text) or normalize.find_agencies(text):
        return None
    _add(out.credits.setdefault("reporters", []), [name])
    _add(out.agencies, [agency])
    return at


def _read_name_over_source(lines: list[str], i: int, s: str, out: RawFields) -> bool:
    """A writer's name in capitals alone on a line right over the closing source line of
    agency copy, as Vietnamese papers sign what they rewrite ("MAI ANH" / "Theo AFP",
    'according to AFP'): the reporter; True if it was one. The source line must name only
    agencies; a name line alone under the copy is too often a page's chrome to read.

    >>> out = RawFields()
    >>> _read_name_over_source(["Text.", "MAI ANH", "", "Theo AFP"], 1, "MAI ANH", out), out.credits
    (True, {'reporters': ['Mai Anh']})
    >>> _read_name_over_source(["Text.", "MAI ANH", "Xem thêm"], 1, "MAI ANH", RawFields())
    False
    """
    words = s.split()
    if not 2 <= len(words) <= MAX_CAPS_WRITER_WORDS or not s.replace(" ", "").replace("-", "").isalpha() \
            or normalize.is_known_city(s) or normalize.find_agencies(s):
        return False
    below = next((clean.squash(line) for line in lines[i + 1:] if line.strip()), "")
    source = SOURCE_LINE_RE.match(below) if len(below) <= MAX_SIGNOFF_CHARS else None
    parts = [p for p in NAME_SPLIT_RE.split(source["agencies"]) if p] if source else []
    if not parts or not all(normalize.normalize_agency(p, credit=True) for p in parts):
        return False
    name = normalize.normalize_name(s)
    if not name:
        return False
    _add(out.credits.setdefault("reporters", []), [name])
    return True


def _read_indic_dash_signoff(s: str, out: RawFields) -> bool:
    """The reporter's sign-off on the last line of an Indian paper's story in its own script,
    after a dash: the name of two or three words (an initial among them: "- ரா. செந்தில்குமார்"),
    maybe a comma and the place filed from ("- संजय पाटील, सांगली"); recorded as the reporter.
    An agency's, a place's or a word's line ("- रासस", "- समाप्त") is none. True if it was one.

    >>> out = RawFields()
    >>> _read_indic_dash_signoff("- சு. ராமநாதன்", out), out.credits
    (True, {'reporters': ['சு. ராமநாதன்']})
    >>> _read_indic_dash_signoff("- आईएएनएस", RawFields()), _read_indic_dash_signoff("— रासस, काठमाडौं", RawFields())
    (False, False)
    """
    m = INDIC_DASH_SIGNOFF_RE.match(s)
    if m is None:
        return False
    name = m["name"]
    words = name.split()
    if len(words) < 2 or len(words[-1]) < 2 or words[-1].endswith(".") \
            or normalize.find_agencies(name) or normalize.normalize_agency(name, credit=True) \
            or any(normalize.normalize_agency(w, credit=True) for w in words) \
            or normalize.is_known_city(name) or clean.is_boilerplate(name) or clean.is_end_marker(s):
        return False
    _add(out.credits.setdefault("reporters", []), [name])
    return True


def _read_bare_signature(s: str, out: RawFields) -> bool:
    """The reporter's name alone on the last line of an agency's copy (SANA: "حمص-سانا" over
    the text, the name under it); asked only when the dateline names an agency, and only of
    a script without capitals: in Latin or Cyrillic a last line of two capitalised words is
    as often a page's chrome ("Related Quotes"). Chinese, Japanese and Korean copy sign in
    their own shapes (cjk.read_credit_line: "（編輯：X）", "X 기자"): a line of theirs of
    words apart is a related story's headline ("日本首相出訪東南亞 聚焦基礎建設"), no name.
    True if it was one."""
    words = s.split()
    if cjk.has_cjk(s):
        return False
    # (letters standing alone are the desk's initials, no name: ONA's "ع خ" under its copy)
    if not 2 <= len(words) <= MAX_SIGNATURE_WORDS or SENTENCE_END_RE.search(s) \
            or any(len(w) < 2 for w in words) \
            or any(c.isupper() or c.islower() for c in s) \
            or normalize.is_known_city(s) or normalize.find_agencies(s) \
            or any(w.casefold() in clean.BOILERPLATE_LINE_SET for w in words):
        return False      # "طباعة إرسال مشاركة" ('print send share'): a page's buttons
    name = normalize.normalize_name(s)
    if not name:
        return False
    _add(out.credits.setdefault("reporters", []), [name])
    return True
