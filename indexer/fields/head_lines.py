"""Fields stage, the head's header lines: one line of the head -> what it tells recorded in
RawFields (date lines, a date and a byline on one line, dates after an agency's credit, a
database export's labelled lines, "|"-joined headers, a line of bare names, an envelope's
authors), and whether it was one.

head.py asks them of the lines it reads (and of the envelope); a line one of them takes
is no title candidate.
"""
from __future__ import annotations

import re

from .. import cjk, envelope, normalize, vocab
from .patterns import (AGENCY_AT_PLACE_RE, BYLINE_DASH_RE, BARE_NAMES_JOINER_RE, MAX_BARE_NAMES_WORDS, DATE_BYLINE_RE, DIGIT_RE,
                       CREDIT_OPEN_RE, DATE_CREDIT_RE,
                       CLOCK_RE, MAX_BYLINE_CHARS, MAX_DATE_LINE_CHARS, NAME_SPLIT_RE, SENTENCE_END_RE, YEAR_RE)
from .head_patterns import FBIS_SOURCE_RE, MONITOR_SOURCE_RE, TIME_LABEL_RE
from .head_patterns import (AGENCY_COMMA_DATE_RE, AGENCY_DATE_RE, BYLINE_DATE_RE, BYLINE_DATE_JOINER_RE, CREDITED_DATE_RE, DATE_KEYWORD_RE, DAY_OF_LINE_RE,
                            FIRST_PUBLISHED_RE, HEADER_LABEL_RE, HEADER_SPLIT_RE,
                            DATE_SOURCE_RE, PART_TIME_RE, PLACE_BEFORE_DATE_RE, TIME_BAR_PLACE_RE, SECTION_PART_RE, SOURCE_DATE_RE,
                            TIME_ONLY_RE, CAPS_PLACE_BEFORE_DATE_RE, CAPS_PLACE_AFTER_DATE_RE, INNER_DATE_KEYWORD_RE, RECORD_SKIP_LABEL_RE)
from .record import Dateline, RawFields, _add
from .patterns import BYLINE_RE, INVERTED_NAME_RE, SIGNATURE_RE, SOURCE_LINE_RE
from .dates import _date_parts
from .dateline_parts import _is_weekday_or_month
from .dates import (classify_date_line, first_published, hebrew_calendar_part, same_day_update, time_only_stamp,
                    with_prior_year, yearless_date)
from .byline import _outlet_or_newsroom, _read_agency_line, byline_place, is_desk_byline, parse_byline, slash_signatures, split_names
from .credits import _add_credits, _read_signature, _turned_name, header_credit, parse_credits
from .title import service_name

MAX_NAME_WORDS = 4      # a person's name before a byline's dash: "Jo Ann de Roe"


def _bare_names(s: str) -> list[str]:
    """The names of a line that is only names joined by a conjunction, with no "By"
    ("Jo Roe and Al Day", "JOANA ROE E RAFAEL DAY"), else [].

    >>> _bare_names("Tomás Roe and Rhea Day"), _bare_names("Rates and Prices")
    (['Tomás Roe', 'Rhea Day'], [])

    Names joined by commas alone count too, each of two words or more and none a place, a
    country, a desk or an agency ("Jana Roe, Petr Day" over the date, as Austrian and
    German papers set two authors; "Jana Roe, Wien" is a name and a place):

    >>> _bare_names("Jana Roe, Petr Day"), _bare_names("Jana Roe, Wien"), _bare_names("Harbour Post, Staff Reporter")
    (['Jana Roe', 'Petr Day'], [], [])

    AFP's credit under a republished headline names the writer, "with" the one who added
    to the story, and the place they filed from ("Jo Roe with Al Day in Tokyo"; Spanish
    "con ... en", French "avec ... à", German "mit ... in"); "with" joins names only so:

    >>> _bare_names("Min-seo Park with Hugo Brandt in Tokyo"), _bare_names("Cooking Lessons with Jamie Oliver")
    (['Min-seo Park', 'Hugo Brandt'], [])
    """
    if len(s.split()) > MAX_BARE_NAMES_WORDS or SENTENCE_END_RE.search(s[-1]):
        return []
    placed = BARE_NAMES_PLACE_RE.search(s) if " " in s else None
    if placed and normalize.is_gazetteer_city(placed["place"]):
        s = s[:placed.start()]          # "Jo Roe with Al Day in Tokyo": where they filed from
        if BARE_NAMES_WITH_RE.search(s):
            parts = [p.strip(" ,") for p in BARE_NAMES_WITH_RE.split(s)]
            names = [normalize.normalize_name(p) for p in parts]
            return names if all(names) and all(len(n.split()) >= 2 and not normalize.is_known_city(n)
                                               for n in names) else []
    if BARE_NAMES_JOINER_RE.search(s):
        parts = [p.strip(" ,") for p in BARE_NAMES_JOINER_RE.split(s)]
    elif ", " in s:
        parts = [p.strip() for p in s.split(",")]
        if any(normalize.find_agencies(p) or normalize.is_country(p) or is_desk_byline(p)
               or _outlet_or_newsroom(p) for p in parts):
            return []
    else:
        return []
    names = [normalize.normalize_name(p) for p in parts]
    if not all(names) or any(len(n.split()) < 2 or normalize.is_known_city(n) for n in names):
        return []
    return names


# the place a credit's writers filed from, closing it: "... in Tokyo", "... en Lima", "... à Paris"
BARE_NAMES_PLACE_RE = re.compile(r"\s(?:in|en|à|a|em|aus)\s+(?P<place>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2})$")
# a writer and one who added to the story: "with", "con", "avec", "mit", "com"
BARE_NAMES_WITH_RE = re.compile(r",?\s(?:with|con|avec|mit|com)\s")


MAX_DESK_WORDS = 3    # the agency's desk after the name: "AFP México", "AFP Deutschland"
MAX_AUTHOR_AGENCY_CHARS = 8   # "BSS", "MENA", "KUNA": an agency's short name, no more


def _read_author_agency(s: str, out: RawFields) -> bool:
    """An author line that is only an agency's short name in capitals (or in a script without
    capitals), right above the date line ("BSS", then "Published at 06:53 pm ..."; APS's
    Arabic "واج", then "نشر في : ..."), as South Asian and Maghreb sites credit agency copy:
    the agency recorded, even a name that is also a word (normalize_agency's credit: the
    author's place is one only an agency or a person takes); True if it was one.

    >>> out = RawFields()
    >>> [_read_author_agency(x, out) for x in ("BSS", "Bss", "NEWS", "UNI", "واج")], out.agencies
    ([True, False, False, True, True], ['BSS', 'UNI', 'APS'])
    """
    cased = any(c.isupper() or c.islower() for c in s)
    if len(s) > MAX_AUTHOR_AGENCY_CHARS or not s.isalpha() or cased and not s.isupper():
        return False
    agency = normalize.normalize_agency(s, credit=True)
    if agency:
        _add(out.agencies, [agency])
    return bool(agency)


def _read_name_at_agency(s: str, out: RawFields) -> bool:
    """A byline line with no opener: a person's name, a dash, then the agency and maybe the
    place its reporter files from ("Jo Roe - La Presse canadienne à Québec", "Jo Roe –
    Reuters"), as Quebec papers head agency copy: the reporter and the agency recorded (the
    place is the reporter's base, no dateline); True if it is one (never a headline).

    >>> out = RawFields()
    >>> _read_name_at_agency("Jo Roe - La Presse canadienne à Québec", out), out.byline_names, out.agencies
    (True, ['Jo Roe'], ['CP'])
    >>> _read_name_at_agency("Paris - Reuters in talks to buy a stake", RawFields())
    False
    >>> _read_name_at_agency("Par Jo ROE - AFP", RawFields())
    False

    Or the name and the agency joined by a slash, as TT's and PAP's copy is headed and
    signed ("Karin Roe/TT", "Jo Roe / PAP"); a place before the agency is no one:

    >>> out = RawFields()
    >>> _read_name_at_agency("Karin Roe/TT", out), out.byline_names, out.agencies
    (True, ['Karin Roe'], ['TT'])
    >>> _read_name_at_agency("New York/Reuters", RawFields())
    False
    """
    if BYLINE_RE.match(s):
        return False      # "Par Jo ROE - AFP": a byline with its opener, parse_byline's
    if "/" in s and s[:2] != "--":
        return _read_slash_signature(s, out)
    parts = BYLINE_DASH_RE.split(s.strip())
    if len(parts) != 2 or not 2 <= len(parts[0].split()) <= MAX_NAME_WORDS:
        return False
    m = AGENCY_AT_PLACE_RE.match(parts[1])
    agency = normalize.normalize_agency(m["agency"]) if m else None
    name = normalize.normalize_name(parts[0]) if agency else None
    if not name or normalize.is_known_city(parts[0]):
        return False
    _add(out.byline_names, [name])
    _add(out.agencies, [agency])
    return True


def _read_slash_signature(s: str, out: RawFields) -> bool:
    """The name-and-agency form of _read_name_at_agency ("Karin Roe/TT"): each word of the
    name capitalised (a headline's "Markets slide/Reuters" is no byline); True if it is one.
    Several such pairs on one line, maybe with the agency alone after them, are several
    writers (a page's author elements run together: "Karin Roe/TT Per Dahl/TT TT")."""
    m = SIGNATURE_RE.match(s.strip()) if len(s) <= MAX_BYLINE_CHARS else None
    if not m or not all(w[:1].isupper() for w in m["name"].split()) or not 2 <= len(m["name"].split()) <= MAX_NAME_WORDS:
        signed = slash_signatures(s)
        if signed:
            _add(out.byline_names, signed[0])
            _add(out.agencies, signed[1])
        return bool(signed)
    return _read_signature(s.strip(), out)



def _read_envelope(env: envelope.Envelope, out: RawFields) -> None:
    """What a story's envelope tells: a feed item's authors, the mail's own date."""
    out.mail = env.mail
    out.envelope_date = env.mail_date
    out.envelope_subject = env.subject
    if env.sender:               # "From: TASS <noreply@tass.com>": the agency mailed the story itself
        from ..formats.base import _cjk_agency_desk
        name = env.sender.split("<")[0].strip(' "\'')
        desk = _cjk_agency_desk(name) if name and not name.isascii() else None   # "新华社广东分社"
        out.envelope_agencies = normalize.find_agencies(name) or ([desk] if desk else [])
    for value in env.authors:       # "Author: By KEVIN HOLLIS, Associated Press Writer"
        by = parse_byline(value) or split_names(_record_author(value))
        _add(out.byline_names, by[0])
        _add(out.agencies, by[1])
    for key, values in (("editors", env.editors), ("photographers", env.photographers)):
        for value in values:     # a script's "EDITORA DE TURNO: ...", "VIDEO: ..."
            _add(out.credits.setdefault(key, []), split_names(_record_author(value))[0])
    if env.place:                # a script's "LOCATION: GARISSA, KENYA"
        out.header_city = out.header_city or normalize.normalize_city(env.place)


def _record_author(value: str) -> str:
    """A record's author field as names read: each of its ";"-parts, written family name
    first ("Roe, Jo", a library database's), turned round; the value as it is when a part is
    no such name: two names ("Jo Roe, Mia Lee": a family name of more than one capitalised
    word), a name and its agency.

    >>> _record_author("Merrick, Dana"), _record_author("Roe, Jo; Day, Al B."), _record_author("Jo Roe, Al Day")
    ('Dana Merrick', 'Jo Roe; Al B. Day', 'Jo Roe, Al Day')
    >>> _record_author("de la Cruz, Ana")
    'Ana de la Cruz'
    """
    if "," not in value:
        return value
    turned = []
    for part in value.split(";"):
        m = INVERTED_NAME_RE.match(part.strip())
        name = _turned_name(part) if m and sum(w[:1].isupper() for w in m["family"].split()) <= 1 else part
        if name is part:
            return value
        turned.append(name.strip())
    return "; ".join(turned)


def date_then_byline(s: str) -> bool:
    """Whether a line is a date line with the byline run on after it ("Published on
    10/05/2022 - 16:05 By Bruno Roe - Agência Brasil reporter - Rio de Janeiro"), as
    _read_date_byline reads it.

    >>> date_then_byline("Publicado em 12/08/2021 - 18:40 Por Ana Roe - Repórter da Agência Brasil - Brasília")
    True
    >>> date_then_byline("Publicado em 12/08/2021 - 18:40")
    False
    """
    return _read_date_byline(s, RawFields())


def _read_date_byline(s: str, out: RawFields) -> bool:
    """A date line and a byline on one line ("Published on 10/05/2022 - 16:05 By Bruno
    Taveira - Agência Brasil reporter - Rio de Janeiro"): both recorded; True if it was one."""
    m = DATE_BYLINE_RE.match(s) if len(s) <= 2 * MAX_DATE_LINE_CHARS + MAX_BYLINE_CHARS else None
    if not m:
        return _read_date_credit(s, out)
    dates, by = _date_parts(m["date"]), parse_byline(m["by"])
    if not dates or not by or not (by[0] or by[1]):
        return False      # ("Posted on 11 March 2025 by KNA Writer": the agency's desk, no one)
    for kind, part in dates:
        _record_date_line(part, kind, out)
    _add(out.byline_names, by[0])
    _add(out.agencies, by[1])
    out.header_city = out.header_city or byline_place(m["by"])
    return True


def _read_date_credit(s: str, out: RawFields) -> bool:
    """A date line and a labelled credit on one line, as a page's meta bar runs its stamp and
    its writer's or its editor's label together ("03.09.2024 - 18:22 Tekst: Jo Roe",
    "12/05/2021 14:10 Editor: Al Day"): both recorded; True if it was one.

    >>> out = RawFields(); _read_date_credit("14.02.2023 - 09:15 Tekst: Jo Roe", out), out.credits
    (True, {'reporters': ['Jo Roe']})
    >>> _read_date_credit("14.02.2023 - 09:15 Uhr", RawFields())
    False
    """
    if ": " not in s[6:] or len(s) > 2 * MAX_DATE_LINE_CHARS + MAX_BYLINE_CHARS:
        return False
    m = DATE_CREDIT_RE.match(s)
    if not m or not CREDIT_OPEN_RE.match(m["credit"]):
        return False
    dates, credits = _date_parts(m["date"]), parse_credits(m["credit"])
    if not dates or not credits or not any(credits[0].values()) \
            or " ".join(part for _, part in dates) != m["date"].strip():
        return False
    for kind, part in dates:
        _record_date_line(part, kind, out)
    _add_credits(credits, out)
    return True


MAX_STAMPED_NAME_WORDS = 4     # "Faraz Qureshi", "Ana María Ruiz Soto"
SECTION_WORD_KEYS = frozenset(normalize.fold(w) for w in vocab.SECTION_WORDS)


def read_name_then_stamp(s: str, out: RawFields) -> bool:
    """A bare byline run on into the page's stamps on one line, its published or updated word
    after the name (Dawn: "Faraz Qureshi Published March 12, 2024 Updated March 12, 2024
    10:41am"): the name and the dates recorded; True if it was one. A section's name before the
    word ("Business News Updated ...") is none.

    >>> out = RawFields(); read_name_then_stamp("Jo Roe Published March 12, 2024", out), out.byline_names
    (True, ['Jo Roe'])
    >>> read_name_then_stamp("World News Updated March 12, 2024", RawFields())
    False
    >>> read_name_then_stamp("The Canadian Press Staff Published March 2, 2022 4:52 p.m. ET", RawFields())
    False
    >>> out = RawFields(); read_name_then_stamp("Ana Roe Gil, AFP México Publicado el 3 de mayo de 2024", out)
    True
    >>> out.byline_names, out.agencies, out.published_line
    (['Ana Roe Gil'], ['AFP'], 'Publicado el 3 de mayo de 2024')
    """
    m = INNER_DATE_KEYWORD_RE.search(s) if s[:1].isupper() else None
    if m is None:
        return False
    head = s[:m.start("kw")].strip(" ,-–—")
    words = head.split()
    if ", " in head and len(words) <= MAX_STAMPED_NAME_WORDS + MAX_DESK_WORDS and not BYLINE_RE.match(head) \
            and normalize.find_agencies(head.rsplit(", ", 1)[1]):
        # "Jo Roe, AFP México Publicado el lunes 13 de enero de 2025": the name, the agency's
        # desk, then the stamp (AFP's fact-check pages)
        by = parse_byline(head)
        dates = _date_parts(s[m.start("kw"):]) if by and len(by[0]) == 1 and by[1] else None
        if not dates:
            return False
        for kind, part in dates:
            _record_date_line(part, kind, out)
        _add(out.byline_names, by[0])
        _add(out.agencies, by[1])
        return True
    # (a bar parts a header's segments, read elsewhere: "The Canadian Press Staff | Published ...")
    if not 2 <= len(words) <= MAX_STAMPED_NAME_WORDS or DIGIT_RE.search(head) or "|" in head \
            or any(normalize.fold(w) in SECTION_WORD_KEYS for w in words) or BYLINE_RE.match(head) \
            or normalize.find_agencies(head) or normalize.is_known_city(head) or is_desk_byline(head):
        return False
    name = normalize.normalize_name(head)
    dates = _date_parts(s[m.start("kw"):]) if name else None
    if not dates:
        return False
    for kind, part in dates:
        _record_date_line(part, kind, out)
    _add(out.byline_names, [name])
    return True


def dated_byline(s: str) -> tuple[str, str, tuple[list[str], list[str]]] | None:
    """A byline, a dash, then its date ("By A and B - Mar 3, 2012 2:01 AM GMT", "By Bernama
    - June 4, 2025 @ 9:12am"): (the date's kind, the date, the byline's names and
    agencies), else None. (The dateline parser would take "By Bernama -" for a place.)

    >>> dated_byline("By Jo Roe - June 4, 2025 @ 9:12am")
    ('date', 'June 4, 2025 @ 9:12am', (['Jo Roe'], []))
    """
    if not BYLINE_RE.match(s):
        return _agency_dated(s)
    dated = BYLINE_DATE_RE.match(s)
    kind = classify_date_line(dated["date"]) if dated else None
    by = parse_byline(dated["by"]) if kind else None
    return (kind, dated["date"], by) if kind and by else _joined_dated_byline(s)


def _joined_dated_byline(s: str) -> tuple[str, str, tuple[list[str], list[str]]] | None:
    """A byline joined to its date by a word for "on", the date opening on a weekday, a month
    or a figure (NL Times: "By Jo Roe on Friday, 8 November 2024 - 13:20"): as dated_byline
    gives it. ("By Jo Roe on assignment in Kyiv 2024" dates nothing.)

    >>> _joined_dated_byline("By Jo Roe on Friday, 8 November 2024 - 13:20")
    ('date', 'Friday, 8 November 2024 - 13:20', (['Jo Roe'], []))
    >>> _joined_dated_byline("By Jo Roe on assignment in Kyiv 2024") is None
    True
    >>> _joined_dated_byline("Par Jo Roe avec AFP Publié le 3 mai 2021 à 10:16") is None
    True
    """
    for m in BYLINE_DATE_JOINER_RE.finditer(s):
        if INNER_DATE_KEYWORD_RE.search(s, 0, m.start() + 1):
            return None     # "Par Le Figaro avec AFP Publié le 14/09/2021 ...": the label's "le", no byline's
        date = s[m.end():]
        first = date.split()[0].rstrip(",.")
        if not (first[:1].isdigit() or _is_weekday_or_month(first)):
            continue
        kind = classify_date_line(date)
        by = parse_byline(s[:m.start()]) if kind else None
        if by:
            return kind, date, by
    return None


def _agency_dated(s: str) -> tuple[str, str, tuple[list[str], list[str]]] | None:
    """An agency alone before its date after a bullet, as a site heads the copy it runs
    (CBC: "The Canadian Press · Posted: Jan 14, 2020 6:02 PM ET"): as dated_byline gives it.
    (A dash opens a dateline's text instead: "AFP - Le ministre a dit le 3 mars".)

    >>> _agency_dated("The Canadian Press · Posted: Jan 14, 2020 6:02 PM ET")
    ('published', 'Posted: Jan 14, 2020 6:02 PM ET', ([], ['CP']))
    >>> _agency_dated("Sport · Posted: Jan 14, 2020") is None
    True
    """
    dated = AGENCY_DATE_RE.match(s) if "|" not in s else None   # (a header of parts: _read_header_segments)
    agency = normalize.normalize_agency(dated["by"], credit=True) if dated else None
    kind = classify_date_line(dated["date"]) if agency else None
    return (kind, dated["date"], ([], [agency])) if kind else None


def _read_dated_byline(s: str, out: RawFields) -> bool:
    """A byline and its date after a dash, both recorded; True if it was one."""
    found = dated_byline(s)
    if not found:
        return False
    kind, date, by = found
    # (a bar glued into one line: "Par Jo Roe, AFP Publié le 22 octobre 2024 à 17:10 Mis à jour
    # le 23 octobre 2024 à 09:32": the publication and the update apart)
    for part_kind, part in _date_parts(date) or [(kind, date)]:
        _record_date_line(part, part_kind, out)
    _add(out.byline_names, by[0])
    _add(out.agencies, by[1])
    return True


def _read_byline_then_date(s: str, out: RawFields) -> bool:
    """A byline with its date after it and nothing between, as Yahoo ran wire copy ("By JO
    ROE, Associated Press Writer Tue Mar 6, 2:32 PM ET"): the date begins at a weekday's or
    a month's name; both recorded (a date without its year as such); True if it was one."""
    if not BYLINE_RE.match(s) or len(s) > MAX_BYLINE_CHARS + MAX_DATE_LINE_CHARS:
        return False
    words = s.split(" ")
    for k in range(2, len(words)):
        word = normalize.fold(words[k]).rstrip(".,")
        if word not in normalize.weekday_names() and word not in normalize.month_names():
            continue
        date = " ".join(words[k:])
        kind = classify_date_line(date) if DIGIT_RE.search(date) else None
        if kind is None and not (DIGIT_RE.search(date) and yearless_date(date)):
            continue
        by = parse_byline(" ".join(words[:k]).rstrip(" ,;-–—"))
        if not by or not by[0]:
            return False
        if kind:
            # (a page's bar glued into one line: "Par Jo Roe, AFP Publié le 22 octobre 2024 à
            # 17:10 Mis à jour le 23 octobre 2024 à 09:32": the publication and the update apart)
            for part_kind, part in _date_parts(date) or [(kind, date)]:
                _record_date_line(part, part_kind, out)
        else:
            out.yearless_line = out.yearless_line or date
        _add(out.byline_names, by[0])
        _add(out.agencies, by[1])
        return True
    return False


def byline_then_date(s: str) -> bool:
    """Whether a line is a byline with its date run on after it, as the head reads one
    ("By JO ROE, Associated Press Writer Tue Mar 6, 2:32 PM ET"): for a page's own lines.

    >>> byline_then_date("By JO ROE, Associated Press Writer Tue Mar 6, 2:32 PM ET")
    True
    >>> byline_then_date("By the river on Tuesday, March 5, crowds gathered.")
    False
    """
    return _read_byline_then_date(s, RawFields())


# Between a running head's parts: a wide gap (a PDF's text), or a double dash as a paper's
# archive writes them ("The Daily Courier -- Tuesday, March 5, 2024 -- Page A7"), or a
# spaced middle dot or bullet as a print edition's text gives them ("EL DIARIO  ·  Martes,
# 5 de marzo de 2024  ·  Región  ·  Página 7"), or the archive's double dash set as an em or
# en dash, as a page copied from it shows it ("The Daily Courier — Tuesday, ... — Page A7").
RUNNING_HEAD_MARKS = ("--", "·", "•", "—", "–")
RUNNING_HEAD_GAP_RE = re.compile(
    r"\s{3,}|\s+(?:" + "|".join(re.escape(m) for m in RUNNING_HEAD_MARKS) + r")\s+")
#: The dashes a page's line sets between any parts (Agência Brasil's "Publicado em ... – 14:32
#: Por Name – Repórter da Agência Brasil – Brasília"): a running head only with its page.
RUNNING_HEAD_DASHES = ("—", "–")
#: A running head's page part: "Page A7", "Seite 3", "Página 9", "p. 12", last or with the
#: section's part after it ("Achterhoeks Dagblad — donderdag 14 maart 2013 — pagina 7 — Regio").
#: (South Asia's e-paper clippings write 'page' in their own scripts, its number in their
#: digits: "पृष्ठ ९", "পৃষ্ঠা ১২", "பக்கம் 4", "صفحہ 3")
RUNNING_HEAD_PAGE_RE = re.compile(
    r"(?:^|\s)(?:page|p\.|pg\.|seite|s\.|página|pagina|pág\.|pag\.|strona|str\.|sida|side|sivu|blz\.|"
    r"पृष्ठ|पेज|পৃষ্ঠা|பக்கம்|صفحہ|صفحه)\s*[A-Z]?\d{1,3}[A-Z]?"
    r"(?=\s*$|\s+(?:[—–|·•]|--)\s)",
    re.IGNORECASE)
MAX_RUNNING_HEAD_WORDS = 5   # the paper's name, a section, the page: short parts beside the date
MAX_RUNNING_HEAD_PARTS = 4   # the paper, the day, the section, the page
#: ...and with the page among them, an edition's and a region's parts too: an e-paper's export
#: ("Rheinische Abendpost | Ausgabe Nord | Mittwoch, 03.11.2004 | Seite 5 | Nordrhein-Westfalen")
MAX_PAGED_HEAD_PARTS = 6
#: The bars an e-paper's export sets between its page head's parts
#: (or an OCR's double bar, "দৈনিক ইত্তেফাক  ║  ঢাকা, সোমবার, ২১ জুন ২০১০  ║  পৃষ্ঠা ১২")
RUNNING_HEAD_BAR_RE = re.compile(r"\s+[|║]\s+")
#: ...or both, a newsletter's issue line in a PDF's text: "MARKET NOTES      Issue 12-044 | Friday 3 May 2013"
RUNNING_HEAD_GAP_BAR_RE = re.compile(r"\s{3,}|\s+\|\s+")


def running_head_line(raw: str) -> bool:
    """Whether a head line may be a paper's running head: parts set apart by wide gaps (of
    spaces, or of CJK text's full-width ones), or
    three or more between double dashes, middle dots or bullets (one would be a dateline's
    or a title's dash, a byline's dot before its date).

    >>> running_head_line("EL DIARIO · Martes, 5 de marzo de 2024 · Página 7")
    True
    >>> running_head_line("By Jo Roe · 3 March 2021 17:02")
    False
    >>> running_head_line("2005年10月8日　土曜日　　　　東　洋　新　報　　　　３")   # full-width gaps
    True
    """
    return "|" not in raw and ("   " in raw or "\u3000\u3000\u3000" in raw or any(
        raw.count(f" {m} ") >= 2 and (m not in RUNNING_HEAD_DASHES or RUNNING_HEAD_PAGE_RE.search(raw))
        for m in RUNNING_HEAD_MARKS))


def _read_running_head(raw: str, out: RawFields, split: re.Pattern = RUNNING_HEAD_GAP_RE) -> bool:
    """A newspaper page's running head as a PDF's text gives it, its parts set apart by
    wide gaps: the paper's name, the issue's date, the page ("THE DAILY COURIER
    TUESDAY, MARCH 5, 2024      A7"), or by double dashes in a paper's archive (or by
    ``split``'s bars, in an e-paper's export, when a part is the page). The date is
    recorded; True if it was one.

    >>> out = RawFields()
    >>> _read_running_head("Die Post | Ausgabe Nord | Mittwoch, 03.11.2004 | Seite 5 | Land", out, RUNNING_HEAD_BAR_RE)
    True
    >>> out.date_lines
    ['Mittwoch, 03.11.2004']
    >>> out = RawFields(); _read_running_head("May 2, 2019 · Business · BTA", out), out.agencies
    (True, ['BTA'])
    """
    parts = split.split(raw.strip())
    paged = any(RUNNING_HEAD_PAGE_RE.fullmatch(f" {p}") for p in parts)
    if not 2 <= len(parts) <= (MAX_PAGED_HEAD_PARTS if paged else MAX_RUNNING_HEAD_PARTS):
        return False
    dated = [(p, classify_date_line(p)) for p in parts if DIGIT_RE.search(p)]
    if any(kind == "updated" or kind is None and time_only_stamp(p) for p, kind in dated):
        # "Posted : 2023-11-08 16:20   Updated : ...", "ANP  3 jun 2024 om 14:22   Laatste
        # update: 15:05": a page's two stamps, no page head
        return False
    if any(BYLINE_RE.match(p) and parse_byline(p) for p in parts if not DIGIT_RE.search(p)):
        # "Published: April 17, 2018 17:05   By WAM", "By Jo Roe   October 4, 2022": a
        # page's date and byline row, read whole below, no page head
        return False
    dated = [(p, kind) for p, kind in dated if kind in ("date", "published")]
    # (the same day in a second calendar beside it, as Nepal's papers print the Bikram Sambat
    # date first, "वि.सं. २०६९ साउन १५ गते सोमबार | Monday, July 30, 2012", runs longer: no part to weigh)
    day = normalize.parse_date(dated[0][0]) if len(dated) == 1 and len(parts) > 2 else None
    if len(dated) != 1 or any(len(p.split()) > MAX_RUNNING_HEAD_WORDS or SENTENCE_END_RE.search(p[-1])
                              for p in parts if p != dated[0][0]
                              and not (day and DIGIT_RE.search(p) and normalize.parse_date(p) == day)):
        return False
    # "Fecha: 12/11/2012     Hora: 13:45": a record's date and its labelled time, set apart
    # by a wide gap as the page head's parts are: the time joins the date; so does a bare
    # time right after it ("Redazione ANSA   ROMA   19 novembre 2020   13:05", ANSA's site)
    at = parts.index(dated[0][0])
    times = [m["time"] for p in parts if p != dated[0][0] for m in [TIME_LABEL_RE.match(p)] if m] \
        or [p for p in parts[at + 1:at + 2] if TIME_ONLY_RE.match(p)]
    _record_date_line(" ".join([dated[0][0], *times[:1]]), dated[0][1], out)
    agency = normalize.normalize_agency(parts[-1], credit=True) if parts[-1] != dated[0][0] else None
    if agency and agency not in out.agencies:
        out.agencies.append(agency)   # "November 6, 2018 · Politics & Society · MTI": the page's source last
    return True


# A microfilmed paper's page head as OCR gives it, on one line with single spaces: maybe the
# page, the paper's name in capitals, a comma, its town (and state), the weekday and the
# issue's day ("A7 THE LEADER-POST, Regina, Thursday, November 14, 1991", "Page 7 THE DAILY
# REGISTER, Harrisburg, Ill., Tuesday, March 14, 1978"); or a printed page's foot in a PDF's
# text, the name and the day apart by a gap ("THE JAPAN TIMES  FRIDAY, OCTOBER 2, 2015   3").
PAGE_MARK = r"(?:(?:Page|PAGE|P\.)\s*\d{1,3}|[A-Z]?\d{1,3})"
PAPER_HEAD_RE = re.compile(r"^(?:" + PAGE_MARK + r"\s+)?(?P<paper>(?:[A-Z][A-Z.'&-]+\s){0,4}[A-Z][A-Z.'&-]+)(?:,\s+|\s{2,})"
                           r"(?P<rest>[^\W\d_].*?\d)(?:\s+" + PAGE_MARK + r")?$")
MAX_PAPER_PLACE_PARTS = 2    # the town and its state or province: "Harrisburg, Ill."
# The copy's price closing a paper's page head ("... JUNE 9, 1944   PRICE 3 CENTS", "PRIX : 20
# CENTIMES", "Preis 10 Pfennig", "PREZZO LIRE 50", "Precio 20 centavos", "Pris 25 öre"): taken
# off before the head is read.
_PRICE_NUMBER = r"(?:\d{1,4}(?:[.,]\d{1,2})?|(?i:one|two|three|four|five|six|ten|twenty))"
_PRICE_UNITS = (r"(?i:cents?|¢|pence|d\.?|francs?|fr\.?|centimes|pfennig|pf\.?|lire|centesimi|centavos|"
                r"c[ée]ntimos|pesetas|[öo]re|kr\.?|groszy|kopeks?|dollars?|shillings?|escudos|reis)")
PAPER_PRICE_RE = re.compile(
    r"(?:\s*[-–—·•|]\s*|\s+)(?:(?i:price|prix|preis|prezzo|precio|pre[çc]o|prijs|pris|cena|hinta)\s*:?\s*)?"
    r"(?:" + _PRICE_NUMBER + r"\s*" + _PRICE_UNITS + r"|" + _PRICE_UNITS + r"\s*" + _PRICE_NUMBER + r")\s*$")


def read_paper_head(s: str, out: RawFields) -> bool:
    """A paper's page head on one line, as OCR of a microfilmed page gives it (PAPER_HEAD_RE):
    the issue's day recorded as a date line; True if it was one.

    >>> out = RawFields(); read_paper_head("A7 THE LEADER-POST, Regina, Thursday, November 14, 1991", out)
    True
    >>> out.date_lines, read_paper_head("OTTAWA, Nov. 14, 1991 (CP) - Talks resumed.", RawFields())
    (['Thursday, November 14, 1991'], False)
    >>> out = RawFields(); read_paper_head("THE EVENING POST, MONDAY, MAY 3, 1937 PRICE TWO CENTS", out), out.date_lines
    (True, ['MONDAY, MAY 3, 1937'])
    """
    if s[-1:].isalpha() or s[-1:] == "¢":
        s = PAPER_PRICE_RE.sub("", s)     # "THE DAILY ARGUS, FRIDAY, JUNE 9, 1944 PRICE 3 CENTS"
    m = PAPER_HEAD_RE.match(s)
    if m is None or not YEAR_RE.search(m["rest"]) or CLOCK_RE.search(m["rest"]):
        return False
    parts = m["rest"].split(", ")
    for n in range(min(MAX_PAPER_PLACE_PARTS, len(parts) - 1) + 1):
        if n and (DIGIT_RE.search(parts[n - 1]) or not parts[n - 1][:1].isupper()):
            return False
        date = ", ".join(parts[n:])
        first = normalize.fold(date.split()[0]).rstrip(".,")
        if (first in normalize.weekday_names() or first in normalize.month_names()) \
                and classify_date_line(date) == "date" and normalize.parse_date(date, "en"):
            _record_date_line(date, "date", out)
            return True
    return False


MAX_PAGE_FOOT_CHARS = 120    # a page's head or foot: the paper, the day, the page, and the gaps between


def page_foot_date(body: str) -> str | None:
    """The issue's day a paper's page head or foot gives inside the copy, where a printed
    page's text breaks a column ("THE JAPAN TIMES  FRIDAY, OCTOBER 2, 2015   3" between its
    parts, in a PDF's text); None without one.

    >>> page_foot_date("The drone will fly\\nTHE JAPAN TIMES  FRIDAY, OCTOBER 2, 2015      3\\nalong the river.")
    'FRIDAY, OCTOBER 2, 2015'
    """
    for line in body.split("\n"):
        s = line.strip("\x0c \t")
        if len(s) <= MAX_PAGE_FOOT_CHARS and s[:1].isalnum() and s[-1:].isalnum() and s[:3].isupper() \
                and DIGIT_RE.search(s):
            out = RawFields()
            if read_paper_head(s, out):
                return out.date_lines[0]
    return None


def timed_running_head(raw: str) -> bool:
    """Whether a running head's last part is a bare time, after its date: a site's stamp
    set on one line ("Redazione ANSA   ROMA   19 novembre 2020   13:05").

    >>> timed_running_head("Redazione ANSA   ROMA   19 novembre 2020   13:05")
    True
    >>> timed_running_head("THE DAILY COURIER      TUESDAY, MARCH 5, 2024      A7")
    False
    """
    return TIME_ONLY_RE.match(RUNNING_HEAD_GAP_RE.split(raw.strip())[-1]) is not None


def read_time_label(s: str, out: RawFields) -> bool:
    """A record's labelled time on a line of its own ("Time: 14:32" under "Date:
    19/05/2008"): it joins the date line just read. True if it did.

    >>> out = RawFields(published_line="Date: 19/05/2008")
    >>> read_time_label("Time: 14:32", out), out.published_line
    (True, 'Date: 19/05/2008 14:32')
    >>> read_time_label("Time: 14:32", RawFields())
    False
    """
    m = TIME_LABEL_RE.match(s)
    return bool(m) and _add_time(m["time"], out)


MAX_SOURCE_SERVICE_WORDS = 4   # an agency's name and its service's word or two: "AAP General News"


ISO_DAY_RE = re.compile(r"(?<![\d-])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d-])")
# The separators between a head line's fields: "Credit | day | time", "ЎзА  *  14.01.1998  *
# SECTION" (a section after the day is no part of the date).
HEAD_FIELD_SEP_RE = re.compile(r"\s+[|*•]\s+")


def _credited_dates(s: str, out: RawFields) -> list[tuple[str, str]] | None:
    """A date line after the agency's or site's credit: "KYODO NEWS - Mar 5, 2024 - 14:32",
    "AGI - Milano, 5 marzo 2024 - 14:32", "Ouest-France avec AFP. Publié le 05/03/2024 à
    14h32": its dates, the agencies and the place recorded; None when it is not one."""
    if not DIGIT_RE.search(s):
        return None
    source = SOURCE_DATE_RE.match(s) if ":" in s[:9] else None
    if source:                  # "Source: Kyodo News, 22 April 2012"
        agencies = [normalize.normalize_agency(p) for p in NAME_SPLIT_RE.split(source["credit"]) if p]
        if not all(agencies) and len(source["credit"].split()) <= MAX_SOURCE_SERVICE_WORDS:
            # an agency's service under the label: "Associated Press Newswires" (a database's
            # name for AP's feed), "AAP General News": the one agency it names
            found = normalize.find_agencies(source["credit"])
            agencies = found if len(found) == 1 else agencies
        dates = _date_parts(source["date"]) if agencies and all(agencies) else None
        iso = ISO_DAY_RE.search(source["date"]) if agencies and all(agencies) and not dates else None
        if iso:   # "Källa: TT, publicerad i Dagens Nyheter 2005-11-22, s. 12.": a citation's day inside it
            dates = [("date", iso.group())]
        if dates:
            _add(out.agencies, agencies)
            return dates
    m = CREDITED_DATE_RE.match(s)
    if not m:
        return _agency_comma_dates(s, out)
    parts = [p.strip() for p in HEAD_FIELD_SEP_RE.split(m["rest"])]
    credit, rest = m["credit"].strip(), parts[0]
    if len(parts) > 1 and SECTION_PART_RE.match(rest):
        parts = parts[1:]    # "Antara, Surabaya | National | Fri, September 11 2015": the section between
        rest = parts[0]
    if len(parts) > 1 and parts[1] and not CLOCK_RE.search(rest) \
            and TIME_ONLY_RE.match(normalize.ascii_digits(parts[1]).split()[0]):
        rest = f"{rest} {parts[1]}"      # "Agency | 2019.03.21 | 10:45 am": the day's time in a field of its own
    if " / " in rest and not normalize.find_agencies(credit):
        # "OLJ / AFP / le 12 février 2020 à 13h45": the site's initials, then the agency
        more, _, rest = rest.partition(" / ")
        credit = f"{credit} / {more.strip()}"
    dates = _date_parts(rest)
    if not dates:
        return None
    if not _read_agency_line(credit, out):
        # "APP  Published March 3, 2021": before a date, a short form in capitals stands where
        # only an agency stands, as in a dateline's bracket
        short = normalize.normalize_agency(credit, credit=True) if credit.isupper() else None
        if short is None:
            return None
        _add(out.agencies, [short])
    place = PLACE_BEFORE_DATE_RE.match(rest)
    if place and not normalize.month_names().get(normalize.fold(place["place"])):
        out.header_city = out.header_city or normalize.normalize_city(place["place"])
    return dates


MAX_SOURCE_OUTLET_WORDS = 2   # "ZEIT ONLINE" beside the agencies in a source label


def date_source(s: str) -> list[str]:
    """The agencies a source label names after the date on a date line ("14/09/15 - 16u42
    Bron: Belga"), when all it names are agencies; else [].

    >>> date_source("14/09/15 - 16u42  Bron: Belga"), date_source("04.12.2013 14:18 / Źródło: PAP, Reuters")
    (['Belga'], ['PAP', 'Reuters'])
    >>> date_source("14/09/15 - 16u42  Bron: eigen redactie")
    []
    >>> date_source("14. Juni 2023, 18:44 Uhr Quelle: Nordblatt, dpa, AFP, ks")
    ['dpa', 'AFP']
    """
    m = DATE_SOURCE_RE.search(s) if ":" in s or "：" in s else None
    if not m:
        return []
    parts = [p.strip() for p in NAME_SPLIT_RE.split(m["agencies"]) if p.strip()]
    named = [normalize.normalize_agency(p, credit=True) for p in parts]
    # (the site's own name and its editor's initials beside the agencies: "Quelle: ZEIT
    # ONLINE, dpa, AFP, lit"; a phrase among them is no list of sources)
    if not any(named) or any(n is None and len(p.split()) > MAX_SOURCE_OUTLET_WORDS for n, p in zip(named, parts)):
        return []
    return [n for n in named if n]


def _read_stamp_place(s: str, out: RawFields) -> None:
    """A known city in capitals opening a date line is the story's place when no dateline
    names one ("ISTANBUL Nov 13, 2024 - 10:36 am GMT+3", as Daily Sabah prints its stamp), or
    closing it after a spaced dash ("Published - ... IST - CHENNAI", The Hindu's).

    >>> out = RawFields(); _read_stamp_place("ISTANBUL Nov 13, 2024 - 10:36 am", out); out.header_city
    'Istanbul'
    >>> out = RawFields(); _read_stamp_place("MONDAY 13 May 2024", out); out.header_city is None
    True
    >>> out = RawFields(); _read_stamp_place("NEW DELHI, March 2, 2016", out); out.header_city
    'New Delhi'
    >>> out = RawFields(); _read_stamp_place("Lyon, 3 mai 2002 - 08h10 GMT", out); out.header_city
    'Lyon'
    >>> out = RawFields(); _read_stamp_place("Published - March 4, 2022 09:12 am IST - KOCHI", out); out.header_city
    'Kochi'
    """
    m = CAPS_PLACE_BEFORE_DATE_RE.match(s)
    if m and (_caps_city(m["place"]) or _titled_city_comma(s, m["place"])):
        out.header_city = out.header_city or normalize.normalize_city(m["place"])
    elif s[-1:].isupper() and (place := closing_stamp_place(s)):
        out.header_city = out.header_city or place


def closing_stamp_place(s: str) -> str | None:
    """The known city in capitals that closes a date line after a spaced dash ("Published -
    November 21, 2023 11:42 am IST - CHENNAI", The Hindu's stamp), else None.

    >>> closing_stamp_place("Published - March 4, 2022 09:12 am IST - KOCHI"), closing_stamp_place("March 4, 2022 - MONDAY")
    ('Kochi', None)
    """
    m = CAPS_PLACE_AFTER_DATE_RE.search(s) if s[-1:].isupper() else None
    return normalize.normalize_city(m["place"]) if m and _caps_city(m["place"]) else None


def _titled_city_comma(s: str, place: str) -> bool:
    """A known city in title case and a comma before the date line's date: a radio desk's or
    a photo archive's place and day over its copy ("Lyon, 3 mai 2002 - 08h10 GMT", "Manaus,
    12/10/2016"). The comma is asked for (a word in title case before a bare date is a
    weekday's or a label's), and no month or weekday stands in the place's stead."""
    return (s[len(place):len(place) + 1] == "," and place[0].isupper() and not place.isupper()
            and normalize.is_gazetteer_city(place)
            and not normalize.month_names().get(normalize.fold(place))
            and not normalize.is_country(place))


def placed_date_parts(s: str) -> list[tuple[str, str]] | None:
    """The date of a line that is a known city in capitals, a comma and a date, nothing
    after it: a paper's dateline set on a line of its own over the copy, no dash ("NEW
    DELHI, March 2, 2016", The Hindu's); _read_stamp_place reads its place. None else.

    >>> placed_date_parts("NEW DELHI, March 2, 2016"), placed_date_parts("NEW DELHI, March 2, 2016 Rains")
    ([('date', 'March 2, 2016')], None)
    >>> placed_date_parts("FOOTBALL, March 2, 2016") is None
    True
    """
    m = CAPS_PLACE_BEFORE_DATE_RE.match(s)
    if not m or s[m.end("place"):m.end("place") + 1] != "," or not s[-1].isdigit() or not _caps_city(m["place"]):
        return None     # (a date ends on its year or its time: no words after it)
    return _date_parts(s[m.end():])


def _caps_city(place: str) -> bool:
    """A known city in capitals, no month ("MARCH" opens a date, no place)."""
    return place.isupper() and normalize.is_gazetteer_city(place) and not normalize.month_names().get(normalize.fold(place))


def _read_time_stamp(s: str, out: RawFields) -> None:
    """A date word and a time on a line of its own ("Updated 16:40", "päivitetty 11.40"):
    recorded with the day of the head's publication date, when it gave one."""
    dated = out.published_line or next(iter(out.date_lines), None)
    day = DAY_OF_LINE_RE.search(dated) if dated else None
    kind = classify_date_line(f"{s} {day.group()}") if day else None
    if kind:
        _record_date_line(f"{s} {day.group()}", kind, out)


def _read_transmission_header(s: str, out: RawFields) -> None:
    """A wire system's header line, as a teletype message's start line carries it after
    "ZCZC" ("ZCZC BRU0218 4 FIN 03/11/87", or without the mark once a capture's items are
    split): the year of the day it names is recorded as the year that completes the
    dateline's day ("AMSTERDAM, NOV 3, REUTER -"), as a copyright notice's year does. (Its
    day and month are left to the dateline, which says which number is the day.)"""
    day = DAY_OF_LINE_RE.search(s)
    if day and out.copyright_year is None:
        year = int(re.split(r"[./-]", day.group())[-1])
        out.copyright_year = year if year > 99 else year + (1900 if year >= 70 else 2000)


SHORT_AGENCY_NAME = 4   # "Ana", "Map", "Efe": a given name or a word too, unless written as the agency signs


def _agency_comma_dates(s: str, out: RawFields) -> list[tuple[str, str]] | None:
    """A date line after an agency's name and a comma ("STA, 19 April 2024 - 16:07"): its
    dates, the agency recorded; None when it is not one. A short name counts in capitals or
    written as the agency writes it ("SANA, 5 March 2024", "Lusa, 5 de março de 2024"; not
    "Sana, ..." the city, nor "Ana, ..." a person)."""
    m = AGENCY_COMMA_DATE_RE.match(s)
    credit = m["credit"] if m else ""
    agency = normalize.normalize_agency(credit, credit=credit.isupper()) if m else None
    if agency and len(credit) <= SHORT_AGENCY_NAME and not credit.isupper() and agency != credit:
        return None
    dates = _date_parts(m["rest"]) if agency else None
    if not dates:
        return None
    _add(out.agencies, [agency])
    return dates


def _read_feed_label(label: str, value: str, out: RawFields) -> str | None:
    """A labelled header line of a database export (LexisNexis: "HEADLINE:", "BYLINE:",
    "DATELINE:", "SECTION:"): what it gives recorded; the headline returned."""
    label = label.upper()
    if label == "HEADLINE":
        return value or None
    if label == "BYLINE":
        by = parse_byline(value) or (split_names(value) if value else None)
        if by:
            _add(out.byline_names, by[0])
            _add(out.agencies, by[1])
    elif label == "DATELINE" and value and out.dateline is None:
        if " - " in value or " – " in value:
            # a video script's "DATELINE: Vigo - 14 March 2019": the place, a dash, the day
            place, _, day = max(value.partition(" - "), value.partition(" – "), key=lambda p: len(p[2]))
            value = place.strip() if DIGIT_RE.search(day) else value
        city = normalize.normalize_city(value.split(",")[0])
        if city and len(value) <= 40:
            region = value.split(",", 1)[1].strip() if "," in value else None
            out.dateline = Dateline(value, [city], region or None, [])
    return None


def _add_time(s: str, out: RawFields) -> bool:
    """A time on a line of its own joins the date line just read; True if there was one."""
    if out.date_lines:
        out.date_lines[-1] += " " + s
    elif out.published_line:
        out.published_line += " " + s
    else:
        return False
    return True


def read_monitor_source(s: str, out: RawFields, closing: bool = False) -> bool:
    """A monitoring service's source line (MONITOR_SOURCE_RE): its outlet's agency, its place
    as the story's city where no dateline names one, and its GMT stamp as a date line (under
    the text, ``closing``, as the closing date). True if the line was one.

    >>> out = RawFields()
    >>> read_monitor_source("Source: Kyodo News, Tokyo, in English 0714 gmt 14 Jun 05", out)
    True
    >>> out.agencies, out.header_city, out.published_line
    (['Kyodo'], 'Tokyo', '14 Jun 05 07:14 GMT')
    >>> read_monitor_source("Source: the ministry, in a statement on 14 Jun 05", RawFields())
    False
    >>> out = RawFields()
    >>> read_monitor_source("LD1403142288 Moscow TASS in English 1422 GMT 14 Mar 88", out), out.published_line
    (True, '14 Mar 88 14:22 GMT')
    """
    m = MONITOR_SOURCE_RE.match(s) or FBIS_SOURCE_RE.match(s)
    if m is None:
        return False
    stamp = f"{m['day']} {m['h']}:{m['m']} GMT"
    found = normalize.find_agencies(m["outlet"])
    if normalize.parse_date(stamp) is None or "place" not in m.re.groupindex and not found:
        return False      # (FBIS's outlet names its agency: "Moscow TASS"; a paper's is left)
    _add(out.agencies, found)
    # (FBIS's "Moscow TASS" names the agency's home, not where the story is: no city)
    place = m["place"].strip() if "place" in m.re.groupindex else ""
    if normalize.is_gazetteer_city(place):
        out.header_city = out.header_city or normalize.normalize_city(place)
    if closing:
        out.closing_date = out.closing_date or stamp
    else:
        _record_date_line(stamp, "published", out)
    return True


def time_before_place(s: str, out: RawFields) -> bool:
    """A stamp of a time, a bar, then a place and a month's day ("12:48 | Lima, Jul. 28.")
    under a date line of that day without a time (the page's "Monday, July 28, 2025"): the
    time joins that date line (with no date line above, it waits for the day the foot gives), and a known city there is the story's place when no dateline
    names one (as _read_stamp_place's). True if it did. (The line itself is left to the
    head's other rules: its place may be the story's dateline.)

    >>> out = RawFields(date_lines=["Monday, July 28, 2025"])
    >>> time_before_place("12:48 | Lima, Jul. 28.", out), out.date_lines, out.header_city
    (True, ['Monday, July 28, 2025 12:48'], 'Lima')
    >>> time_before_place("12:48 | Lima, Jul. 29.", RawFields(date_lines=["Monday, July 28, 2025"]))
    False
    >>> out = RawFields()
    >>> time_before_place("12:48 | Lima, Jul. 28.", out), out.closing_time
    (True, '12:48')
    """
    m = TIME_BAR_PLACE_RE.match(s)
    dated = out.date_lines[-1] if out.date_lines else out.published_line
    if m is not None and dated is None and not out.updated_line \
            and any(True for _ in normalize.month_days(m["rest"].rstrip(". "))):
        # no date above: the page gives its day under the story ("Published: 6/20/2017"),
        # whose time this is, as a closing stamp's (pipeline: a day alone takes it)
        out.closing_time = out.closing_time or m["time"]
        return True
    if m is None or dated is None or CLOCK_RE.search(dated):
        return False
    day = normalize.parse_date(dated)
    if day is None or (int(day[5:7]), int(day[8:10])) not in set(normalize.month_days(m["rest"].rstrip(". "))):
        return False
    place = m["rest"].split(",")[0].strip()
    if normalize.is_gazetteer_city(place):
        out.header_city = out.header_city or normalize.normalize_city(place)
    return _add_time(m["time"], out)


def _record_date_line(s: str, kind: str, out: RawFields) -> None:
    if kind == "published" and out.published_line is None:
        if out.date_lines and s[:1] in "FfOo" and FIRST_PUBLISHED_RE.match(s):
            first_published(s, out)   # "Wed 17 Apr 2024 14.05 BST", then "First published on ..."
            return
        out.published_line = s
    elif kind == "updated" and out.updated_line is None:
        out.updated_line = s
    else:
        out.date_lines.append(s)


def _credit_cased(s: str) -> bool:
    """Whether a header part is written as an agency signs its short name where only an
    agency stands: in capitals, or in a script without them (PTI's Hindi service, "भाषा |
    Updated: 22 Aug 2017 ..."; the word means 'language', so only beside a date).

    >>> _credit_cased("KUNA"), _credit_cased("भाषा"), _credit_cased("Kuna")
    (True, True, False)
    """
    cased = any(c.isupper() or c.islower() for c in s)
    return s.isupper() or not cased


def _times_to_dates(parts: list[str]) -> list[str]:
    """A header line's parts with a time that opens a part put to the date before it, when
    that date has no time of its own; what follows the time stays a part.

    >>> _times_to_dates(["12.11.2024", "09:20 - Updated: 12.11.2024", "11:05"])
    ['12.11.2024 09:20', 'Updated: 12.11.2024 11:05']
    >>> _times_to_dates(["٦-٨-٢٠١٥", "١١:٢٠ آخر تحديث: ٦-٨-٢٠١٥", "١٢:٠٥"])
    ['٦-٨-٢٠١٥ ١١:٢٠', 'آخر تحديث: ٦-٨-٢٠١٥ ١٢:٠٥']
    """
    joined: list[str] = []
    for part in parts:
        m = PART_TIME_RE.match(part) if part[:1].isdigit() else None
        before = (joined[-1] if joined[-1].isascii() else normalize.ascii_digits(joined[-1])) if m and joined else ""
        if m and joined and (YEAR_RE.search(before) or normalize.NUMERIC_DATE_RE.search(before)) \
                and not CLOCK_RE.search(before):     # (a two-digit year: "12.05.04 | 15h22")
            joined[-1] = f"{joined[-1]} {m['time']}"
            if m["rest"]:
                joined.append(m["rest"])
            continue
        joined.append(part)
    return joined


MAX_HEADER_PLACE_WORDS = 3   # "New Delhi", "Rio de Janeiro"


def _place_before_label(part: str) -> str | None:
    """A known city run into the date label after it, as a header's agency part leaves the
    desk's place beside the stamp: "New Delhi Last Updated at March 2, 2020" -> "New Delhi";
    or into the date itself, as a page's byline box runs the reporter's place into the date's
    element after it ("Ana Roe | Lubango" and "26 de Fevereiro, 2024": "Lubango 26 de
    Fevereiro, 2024").

    >>> _place_before_label("New Delhi Last Updated at March 2, 2020 19:45 IST")
    'New Delhi'
    >>> _place_before_label("Lubango 26 de Fevereiro, 2024")
    'Lubango'
    >>> _place_before_label("Last Updated at March 2, 2020") is None
    True
    """
    words = part.split()
    for k in range(min(MAX_HEADER_PLACE_WORDS, len(words) - 1), 0, -1):
        place = " ".join(words[:k])
        if (DATE_KEYWORD_RE.match(" ".join(words[k:])) or words[k][:1].isdigit()) \
                and normalize.is_gazetteer_city(place):
            return place
    return None


def _agency_at_city(found: list[tuple]) -> bool:
    """Whether a header's parts are an agency and a known city after it, the agency's credit
    and its desk's place on a line of their own over the date lines ("Press Trust of India |
    New Delhi"): a place that is a section's name ("Reuters | Markets") is none."""
    return len(found) == 2 and found[0][0] == "agency" and found[1][0] == "place" \
        and normalize.is_gazetteer_city(found[1][2])


# An agency's full name and its short name in brackets after it: "Vietnam News Agency (VNA)".
NAME_WITH_SHORT_RE = re.compile(r"^(?P<name>[^\W\d_][^()|]{3,60}?)\s*\((?P<short>[^\W\d_][^()]{1,11})\)$")


def _name_comma_agency(part: str) -> tuple[list[str], list[str]] | None:
    """A meta bar's bare byline: a person's name, a comma and the agency's name, as agency
    sites set the writer beside the date ("2020-06-17 12:41 · Jo Roe, BNS"): (names,
    agencies), else None. A place before the comma is no one.

    >>> _name_comma_agency("Rūta Jonaitė, BNS"), _name_comma_agency("Vilnius, BNS")
    ((['Rūta Jonaitė'], ['BNS']), None)
    >>> _name_comma_agency("Jo Roe, Harbour Street") is None
    True
    """
    name, _, agency = part.rpartition(",")
    name = name.strip()
    if not 2 <= len(name.split()) <= MAX_NAME_WORDS:
        return None
    found = normalize.normalize_agency(agency.strip(), credit=True)
    person = normalize.normalize_name(name) if found else None
    if not person or normalize.is_known_city(name):
        return None
    return [person], [found]


def _read_header_segments(line: str, out: RawFields, split=HEADER_SPLIT_RE) -> bool:
    """A header line of "|"-joined parts (or those ``split`` parts): "Source: Xinhua |
    2023-08-07 21:05:33 | Editor: Wang Lin", "Mehmet Yılmaz |05.03.2024 - Güncelleme :
    05.03.2024".

    Taken only when every part is a date, a byline (or a bare name beside a date), a
    labelled credit, or a section or place first; returns whether it was.
    """
    parts = _times_to_dates([" ".join(p.split()) for p in split.split(line) if p.strip()])
    found = []
    for n, part in enumerate(parts):
        lead = _agency_dated(part) if n == 0 and ("·" in part or "•" in part) else None
        if lead:             # "The Canadian Press · Posted: ... | Last Updated: ...": the agency first
            found.append(("agency", lead[2][1], part))
            part = lead[1]
        dates = _date_parts(part)
        if not dates and DIGIT_RE.search(part):
            # "Posted: Nov 13, 2019 2:15 PM ET | Last Updated: November 13": the first's year
            prior = next((f[2] for f in reversed(found) if f[0] == "date"), None)
            dates = (with_prior_year(part, prior) or same_day_update(part, prior)) if prior else None
        if dates:
            place = _place_before_label(part) if found and found[-1][0] in ("agency", "section") else None
            if place:        # "Press Trust of India | New Delhi Last Updated at March 2, 2020",
                # "Ana Roe | Lubango 26 de Fevereiro, 2024" (the name's place, run into the date)
                found.append(("place", "dated", place))
            found.extend(("date", kind, text) for kind, text in dates)
            continue
        if part[:1] > "\u05cf" and hebrew_calendar_part(part):
            continue      # "יום שלישי, י"ג בשבט תשפ"ה" beside the Gregorian date: the second calendar's
        label = HEADER_LABEL_RE.match(part)
        if label:
            found.append(("label", label["label"].casefold(), label["value"]))
            continue
        if (":" in part[:24] or "：" in part[:8]) and RECORD_SKIP_LABEL_RE.match(part):
            found.append(("skip", None, part))   # "Servicio: Nacionales | 17/10/2008 12:30": no field's
            continue
        both = NAME_WITH_SHORT_RE.match(part) if part[-1:] == ")" else None
        if both and normalize.normalize_agency(both["name"], credit=True) \
                == normalize.normalize_agency(both["short"], credit=True) is not None:
            # "Vietnam News Agency (VNA) | 07/06/2012 - 15:30": the full name, its short one after it
            found.append(("agency", [normalize.normalize_agency(both["short"], credit=True)], part))
            continue
        named = [normalize.normalize_agency(a, credit=_credit_cased(a)) for a in part.split("/")]
        if all(named):                       # "Reuters | 04 March 2024", "Lusa/EFE | ..."
            found.append(("agency", named, part))
            continue
        place = part.split("/")[-1].split(",")[0].strip() if n == 0 and len(named) == 2 and named[0] else ""
        if place and normalize.is_gazetteer_city(place):
            # "Notimex / Monterrey, NL | 22/09/2014 | 16:40": the agency and its desk's place
            found.extend((("agency", named[:1], part), ("place", None, place)))
            continue
        if TIME_ONLY_RE.match(part) and found and found[-1][0] == "date":
            found[-1] = ("date", found[-1][1], f"{found[-1][2]} {part}")   # "... | 8:15 am"
            continue
        source = SOURCE_LINE_RE.match(part) if ":" in part or "：" in part else None
        sourced = [normalize.normalize_agency(a, credit=True) for a in NAME_SPLIT_RE.split(source["agencies"])
                   if a.strip()] if source and not source["word"] else []
        if sourced and all(sourced):         # "Input: IANS | Published: ...", "Źródło: PAP | ..."
            found.append(("agency", sourced, part))
            continue
        source = cjk.SOURCE_RE.match(part) if not part.isascii() else None
        sourced = normalize.normalize_agency(source["source"]) if source else None
        if sourced:                          # "新聞來源：中央社　發布時間：..." (a Taiwanese site)
            found.append(("agency", [sourced], part))
            continue
        by = parse_byline(part)
        if by:
            found.append(("byline", by, part))
            continue
        named = _name_comma_agency(part) if "," in part else None
        if named:                            # "2020-06-17 12:41 · Jo Roe, BNS": the bare byline beside the date
            found.append(("byline", named, part))
            continue
        credit = header_credit(part)
        if credit:                           # "Penulis Wulan Sari | Editor Agus Prasetyo"
            found.append(("credit", credit[0], credit[1]))
            continue
        if found and found[-1][0] == "agency" and SECTION_PART_RE.match(part):
            # "AFP | Guwahati | Updated: ...": the desk's place; a phrase ending in a word in
            # lower case is the service's product, no place ("UKRINFORM | Daily digest | ...")
            last = part.split()[-1][:1]
            product = normalize.cased(last) and last.islower() and not normalize.is_gazetteer_city(part)
            found.append(("section" if product else "place", None, part))
            continue
        if n == 0 and SECTION_PART_RE.match(part):
            # "Business | Tue Sep 8, 2015 4:19am EDT", "COPENHAGEN | By Jo Roe": a section
            # or the desk's place first ("Ciudad de México | 3 jun. 2024 | 11:20 CEST": a
            # known city in any case is the place, no author)
            found.append(("place" if part.isupper() or normalize.is_gazetteer_city(part) else "section", None, part))
            continue
        if n == 1 and found[-1][0] == "section" and SECTION_PART_RE.match(part):
            # "Luxemburger Wort | Lokales | 07.10.2020": the paper, then its section (two
            # parts beside the date: neither is read as the author)
            found.append(("section", None, part))
            continue
        return False
    kinds = {f[0] for f in found}
    if "date" not in kinds and not ("byline" in kinds and "place" in kinds) \
            and not (kinds == {"credit"} and len(found) > 1) and not _agency_at_city(found):
        return False      # (an agency and a date make a header; an agency alone does not)
    for what, kind, value in found:
        if what == "date":
            _record_date_line(value, kind, out)
        elif what == "byline":
            _add(out.byline_names, kind[0])
            _add(out.agencies, kind[1])
        elif what == "agency":
            _add(out.agencies, kind)
        elif what == "credit":
            for fieldname in kind:
                _add(out.credits.setdefault(fieldname, []), value)
        elif what == "place":
            out.header_city = normalize.normalize_city(value)
        elif what == "section" and "date" in kinds and sum(f[0] != "date" and f[1] != "dated" for f in found) == 1:
            # "Mehmet Yılmaz |05.03.2024": a name beside the date is the author; an agency's
            # name in capitals first is its service's, no one's: "PAP Serwis Krajowy | 16.11.2018"
            first = value.split()[0]
            service = normalize.normalize_agency(first, credit=True) if first.isupper() else None
            # (nor is a wire service's name: "Basisdienst Inland | 12.06.2015 | 15:48 Uhr")
            name = None if service or service_name(value) else normalize.normalize_name(value)
            if name and len(value.split()) > 1:
                _add(out.byline_names, [name])
            _add(out.agencies, [service] if service else [])
        elif kind in ("source", "quelle", "fuente", "fonte", "agency", "agence", "agentur"):
            _add(out.agencies, normalize.find_agencies(value))
        elif kind in ("editor", "éditeur", "redakteur", "editor responsable"):
            _add(out.credits.setdefault("editors", []), split_names(value)[0])
        elif kind in ("author", "auteur", "autor"):
            names, agencies = split_names(value)
            _add(out.byline_names, names)
            _add(out.agencies, agencies)
    return True
