"""Fields stage, the headline: the head's unclassified text lines -> the one that is the title."""
from __future__ import annotations

import re

from .. import cjk, clean, normalize, vocab
from .patterns import SOURCE_LABEL_TRIE, NOTE_SENTENCE_END_RE, MASTHEAD_RE, SPACED_DASH_SPLIT_RE, BYLINE_RE, CLOCK_RE, GLUED_INITIAL_NAME_RE, MAX_TITLE_CHARS, NAV_LINE_CHARS, NAV_LINE_CJK_CHARS, YEAR_RE
from .head_patterns import (AGATE_ZONE_NOTE_RE, CAPS_PATH_RE, FRAMED_MARKER_RE, BREADCRUMB_RE, GUILLEMET_QUOTE_RE, DAY_OF_LINE_RE, HEADLINE_YEAR_END_RE, BULLET_PARTS_RE, BULLET_SPLIT_RE, HEADLINE_END_MARKS,
                            HEADLINE_OPEN_WORDS, LIVE_BLOG_RE, LIVE_ENTRY_TIME_RE, MAX_BULLET_PART_WORDS, MENU_JOINER_RE,
                            MENU_LINE_RE, PROMO_MARK_RE, QUOTE_CHANGE_RE, SECTION_MENU_MIN_WORDS, MAX_CATCHLINE_WORDS,
                            CHROME_MARK_RE, PROMO_WORD_RE, MAX_HEADLINE_FIGURES,
                            SECTION_WORD_SET, STANDFIRST_LONG_WORDS, STANDFIRST_MIN_WORDS,
                            SUMMARY_POINT_RE, MASTHEAD_ARCHIVE_WORD_SET, MAX_RUBRIC_PARTS, MAX_RUBRIC_WORDS, RUBRIC_DESK_SET, RUBRIC_RE, RUBRIC_SPLIT_RE, MASTHEAD_EDITION_RE, ONLINE_WORD_SET,
                            LABEL_OPENS_CREDIT_RE, MASTHEAD_CITY_RE, OUTLET_AGENCY_SPLIT_RE, DOTTED_INITIALS_RE,
                            MAX_OUTLET_CREDIT_NAME_WORDS,
                            MASTHEAD_NOUN_SET, MASTHEAD_SPLIT_RE, OUTLET_NAME_WORD_SET,
                            MAX_MASTHEAD_NAME_WORDS, MAX_MASTHEAD_TAIL_WORDS, SCRIPT_FULL_STOPS,
                            RELEASE_KIND_SET, MAX_RELEASE_KIND_WORDS, MAX_ISSUER_LINE_WORDS,
                            CREDIT_LABEL_OPENERS, CREDIT_LABEL_STARTS, MAX_CREDIT_LABEL_NAME_WORDS,
                            NAME_JOINER_SET, COMPANY_FORM_SET, MAX_ISSUER_NAME_WORDS,
                            DESK_BYLINE_WORD_SET, MAX_DESK_LINE_WORDS, NEWSROOM_DESK_WORD_SET)
from .record import RawFields, _add
from .dates import classify_date_line
from .credits import city_signoff
from .byline import _is_role_word, _outlet_or_newsroom, agency_with_short_name, is_desk_byline, parse_byline


WRAPPED_TITLE_MIN_CHARS = 50   # plain text wrapped at ~70 columns: a headline line this long may be cut
WRAPPED_TITLE_MAX_WORDS = 8    # ...and what the wrap carried over is a few words


def _wrapped_title_end(lines: list[str], t: int, title: str, text_lines: list[int],
                       column_start: int | None = None) -> int | None:
    """The line that ends a headline hard-wrapped onto two ("Norway wealth fund sells stakes in
    three mining companies over river" / "pollution"), or None.

    Joined only when the headline's line is long and closes no sentence, the next line
    (a head text line, not a byline or a date) is short and closes none either, and a
    blank line follows: a standfirst runs long or ends in a full stop. A headline's line
    of any length that cannot end one (a semicolon, a comma, an article or a preposition
    last: "Ferry aground off Kodiak;" / "all aboard taken off safely"), or set with the next in
    a page layout's indent (pdftotext) over a line that opens on a word in lower case
    ("   Idaho lawmakers back bill to let counties" / "   sell unused grazing land"), goes on
    to the next; so does a headline already set over lines of a narrow column from line
    ``column_start`` ("Boeren mogen" / "toch langer mest" / "uitrijden"), onto a line in lower
    case right under it. (In plain text a short line over such a line stays alone: "Water
    board raises farm charges" / "in valleys".) A next line that holds a sentence's end
    ("Nobody hurt. Road shut until Thursday") is a subtitle, as ANSA sets one under its
    headline: no wrap carries a full stop over.
    """
    nxt = t + 1
    below_lower = nxt in text_lines and title[-1:].isalpha() and _lower_start(clean.squash(lines[nxt]))
    is_open = title[-1:] in ";," or (title.rsplit(None, 1) or [""])[-1].casefold() in HEADLINE_OPEN_WORDS \
        or below_lower and (_layout_indent(lines[t], lines[nxt])
                            or column_start is not None and column_start < t
                            and nxt - column_start < WRAPPED_TITLE_MAX_LINES)
    if not is_open and (len(title) < WRAPPED_TITLE_MIN_CHARS or not (title[-1:].isalnum() or title[-1:] in ",’'\"")) \
            or nxt not in text_lines or (nxt + 1 < len(lines) and lines[nxt + 1].strip()):
        return None
    tail = clean.squash(lines[nxt])
    if not tail or len(tail.split()) > WRAPPED_TITLE_MAX_WORDS or len(tail) >= len(title) and not is_open \
            or PARAGRAPH_END_RE.search(tail) or tail.endswith((":", ";")) \
            or ". " in tail and not is_open and NOTE_SENTENCE_END_RE.search(tail) or parse_byline(tail) \
            or len(title) + len(tail) + 1 > MAX_TITLE_CHARS:
        return None
    return nxt


WRAPPED_TITLE_MAX_LINES = 4   # a headline set in a narrow column runs over a few lines, no more
# A print headline's first part closed by a colon on a line of its own ("Eisgang auf der Elbe:"
# over "Fähren bleiben im Hafen") has this many words at least, and names something (a word
# in capitals after its first); a page's kicker over its headline is a word or two
# ("Landwirtschaft:"), and a label names nothing ("Ver en directo:", "Read more here:").
COLON_HEAD_MIN_WORDS = 3


# A record's labelled field line: a word or few, a colon, a value ("Medium: Neue Zürcher Zeitung").
RECORD_FIELD_LINE_RE = re.compile(r"^[^\W\d_][\w .-]{0,24}:\s+\S")
RECORD_FIELD_LINES = 3   # a record's head has several such lines; one or two may be a page's own
# A regional desk's label before a headline (strip_region_label): a code of this many
# capitals, over a headline of this many words at least.
REGION_LABEL_MIN, REGION_LABEL_MAX = 2, 5
REGION_LABEL_MIN_WORDS = 3
LAYOUT_INDENT_MIN = 2   # pdftotext's layout sets a headline block in from the margin by this many spaces or more


def _layout_indent(line: str, nxt: str) -> bool:
    """Both lines set in by the same run of spaces, as a PDF's layout text sets a headline."""
    indent = len(line) - len(line.lstrip(" "))
    return indent >= LAYOUT_INDENT_MIN and len(nxt) - len(nxt.lstrip(" ")) == indent


def _lower_start(s: str) -> bool:
    """The line opens on a word all in lower case ("nine-day" too): it carries on a line above."""
    first = s.split()[:1]
    return bool(first) and first[0].replace("-", "").isalpha() and first[0].islower()


def _names_something(s: str) -> bool:
    """A capitalised word after the line's first: a name, or a German noun."""
    return any(w[:1].isupper() for w in s.split()[1:])


def colon_clause_over(lines: list[str], i: int) -> bool:
    """Whether line ``i``, closed by a colon, opens a headline set over two lines: a clause
    of COLON_HEAD_MIN_WORDS words or more that names something, right over a line opening
    in a capital ("Sturm an der Küste:" / "Deiche halten stand"; not "Authors of this
    story:" over the byline's lines)."""
    s = clean.squash(lines[i])
    below = clean.squash(lines[i + 1]) if i + 1 < len(lines) else ""
    return len(s.split()) >= COLON_HEAD_MIN_WORDS and _names_something(s) and below[:1].isupper()


def _wrapped_title_start(lines: list[str], t: int, text_lines: list[int]) -> int:
    """The first line of a headline set over several short lines in a narrow column, as a
    PDF's text gives it ("New Mexico water" / "plan pays farmers" / "to fallow fields"),
    when ``t`` is its last; else ``t``.

    A line whose first word is all lower case ("nine-day" too) carries on the line right
    above it (no blank between), which is a head text line that closes no sentence; a word
    like "iPhone" or "eBay" opens a headline of its own. A line above that ends in a
    semicolon or a comma ("Ferry aground off Kodiak;" / "all aboard taken off") or in a
    word no headline ends on ("Ferry aground off" / "Kodiak Island") is carried on too, and
    so is a clause closed by a colon (COLON_HEAD_MIN_WORDS) over the headline's last line.
    """
    start = t
    while start - 1 in text_lines and t - start + 1 < WRAPPED_TITLE_MAX_LINES:
        first = clean.squash(lines[start]).split()[:1]
        above = clean.squash(lines[start - 1])
        if above[-1:] == ":" and start == t and len(above.split()) >= COLON_HEAD_MIN_WORDS \
                and first and first[0][:1].isupper() and _names_something(above) \
                and _headline_like(above[:-1], False):
            start -= 1
            continue      # "Eisgang auf der Elbe:" / "Fähren bleiben im Hafen": one headline
        if not first or not above or above[-1] in HEADLINE_END_MARKS or not _headline_like(above, False):
            break
        lower = _lower_start(first[0])
        if not lower and not (above[-1] in ";," and first[0][:1].isalnum()
                              or above.rsplit(None, 1)[-1].casefold() in HEADLINE_OPEN_WORDS) \
                and not _uncased_column(lines, start - 1, t):
            break
        start -= 1
    return start


def _uncased_column(lines: list[str], first: int, last: int) -> bool:
    """Lines ``first`` to ``last`` are a headline's lines in a script without capitals, set
    in a narrow column as an e-paper's text gives them ("চট্টগ্রামে টানা বর্ষণে নিম্নাঞ্চল" /
    "প্লাবিত, পাহাড়ধসের শঙ্কা"): no case tells the wrap there, so the block does, blank lines
    right above and right below it and nothing cased in it."""
    return first >= 1 and not lines[first - 1].strip() and (last + 1 >= len(lines) or not lines[last + 1].strip()) \
        and not any(normalize.cased(c) for k in range(first, last + 1) for c in lines[k])


def _title_line(lines: list[str], text_lines: list[int], first_date_at: int | None,
                out: RawFields, furniture: set[int]) -> int | None:
    """Which of the head's text lines is the headline.

    Pages set it above their date line, maybe under a menu, a site name or a kicker, and
    maybe over a standfirst or a bare byline: the last line above the date that reads as a
    headline (no full stop, no menu), else the last such line below it; a name alone just
    above the date is its byline; a headline over its standfirst wins (_over_standfirst).
    Without a date line, the last headline-like line before the story. Failing all that,
    the line above the date, else the first; over a dateline, menus passed over, and None
    when all are menus.
    ``furniture``: the head's lines read as a date, byline, caption, credit or agency line.
    """
    before = text_lines[:first_date_at] if first_date_at else []
    under_day = _under_day_header(lines, text_lines, first_date_at, furniture) if before else []
    bare = len(before) > 1 and _bare_byline(clean.squash(lines[before[-1]]), clean.squash(lines[before[-2]]))
    if bare and _outlet_line(clean.squash(lines[before[-1]])):
        # "Yahoo Finance", "Kleine Zeitung" over the date: the page's outlet, no byline
        furniture.add(before.pop())
    elif bare:
        name = normalize.normalize_name(clean.squash(lines[before.pop()]))
        if not is_desk_byline(name) and not _is_role_word(name.split()[-1]) \
                and not normalize.is_known_city(name) and not normalize.is_country(name) \
                and not out.byline_names:
            # "Staff Reporter", "Our Bureau": the desk, no one's name; "Europe Correspondent",
            # "Political Editor" under "By Jo Roe": the byline's role, no second person;
            # "New Delhi" under "Press Trust of India": where the credit files from;
            # "New Zealand" over "By Jo Roe, RNZ" and the date: a section under the headline,
            # as a page sets it, the head's byline already read
            _add(out.byline_names, [name])
    elif len(before) > 1 and "|" in lines[before[-1]] and _name_bar_role(
            clean.squash(lines[before[-1]]), clean.squash(lines[before[-2]])):
        # "Mariela Quintero | Corresponsal" over the date: the byline and its role
        _add(out.byline_names, [_name_bar_role(clean.squash(lines[before[-1]]), clean.squash(lines[before[-2]]))])
        furniture.add(before.pop())
    elif len(before) > 2 and _bare_byline(clean.squash(lines[before[-2]]), clean.squash(lines[before[-3]])) \
            and _place_or_outlet_line(clean.squash(lines[before[-1]]), out):
        # "Maya Oyelaran" / "Arizona Republic" or "Priyanka Deka" / "GUWAHATI" over the date:
        # the byline, then the paper's name or the place it files from (The Hindu's); "The
        # Millbrook Courier" / "World": the paper's name and its section, no byline
        furniture.add(before.pop())
        at = before.pop()
        if _outlet_line(clean.squash(lines[at])):
            furniture.add(at)
        else:
            _add(out.byline_names, [normalize.normalize_name(clean.squash(lines[at]))])
    elif len(before) > 1 and "," in lines[before[-1]]:
        credit = _name_and_agency(clean.squash(lines[before[-1]]), clean.squash(lines[before[-2]]))
        signed = None if credit else city_signoff(clean.squash(lines[before[-1]]))
        if credit:
            # "Eglė Kazlauskaitė, BNS" under the headline, over the date (BNS, ELTA, LETA):
            # the byline, its agency after the comma
            furniture.add(before.pop())
            _add(out.byline_names, [credit[0]])
            _add(out.agencies, [credit[1]])
        elif signed and _bare_byline(signed[0], clean.squash(lines[before[-2]])) and not out.byline_names:
            # "Olena Roe, Kyiv" under the headline, over the date: the byline and the place it
            # was filed from (a known city), as the head reads it under the date
            furniture.add(before.pop())
            _add(out.byline_names, [signed[0]])
            out.header_city = out.header_city or normalize.normalize_city(signed[1])
    groups = (before, text_lines[len(before):]) if first_date_at else (text_lines,)
    zone_note = next((j for j in text_lines if lines[j].lstrip()[:4].casefold() == "all "
                      and AGATE_ZONE_NOTE_RE.match(clean.squash(lines[j]))), None)
    if zone_note is not None:
        # an agate's "All Times EST" stands under its headline and credit, over its tables:
        # the lines under it are the tables' headings ("Atlantic Division"), no headline
        before = [j for j in before if j < zone_note]
        rest = [j for j in groups[-1] if j < zone_note]
        groups = (before, rest) if first_date_at else (rest,)
    if under_day:
        # a site's or a newsletter's day over its story's own stamp: the headline is between
        groups = (under_day,) + groups
    # (the record's first field may be a source line the head read already, "Källa: TT", under
    # a blank line: the fields start there)
    under = next((k for k in range(before[-1] + 1, len(lines)) if lines[k].strip()), None) if before else None
    if under is not None and (under == before[-1] + 1 or under in furniture) and ":" in lines[under] \
            and (_record_field(lines, under) or under in furniture and SOURCE_LABEL_START_RE.match(lines[under].strip())):
        # The date line right under the last line above it is one of a record's labelled
        # fields ("Datum: 1999-03-24"): the headline stands under them; above them, the
        # archive's name ("Mediearkivet – Artikel"); or a pasted document's labelled source and
        # day ("Källa: TT, publicerad i Dagens Nyheter 2005-11-22"): the headline is under it
        groups = groups[::-1]
    for strong in (True, False):
        for group in groups:
            found = [j for j in group if _headline_like(lines[j], strong)
                     and not (strong and j == text_lines[0] and _site_name_over_menu(lines, j))
                     and not (j == text_lines[0] and group is before and agency_masthead(lines[j]))
                     and not ((group is before or not first_date_at) and j in text_lines[:2]
                              and _masthead_tagline(lines, text_lines, j))
                     and not (":" in lines[j] and _record_field(lines, j))]
            if not first_date_at:
                # (a pasted document's source line, a sentence of its own, "Källa: TT, publicerad i
                # Dagens Nyheter 2005-11-22, s. 12.", stands over the headline: no paragraph of the story)
                first = next((j for j in group if _opens_paragraph(lines, j)
                              and not (":" in lines[j] and SOURCE_LABEL_START_RE.match(lines[j].strip()))), None)
                found = [j for j in found if first is None or j < first] or found[:1]
            if found and group is before and LIVE_BLOG_RE.search(clean.squash(lines[found[-1]])):
                entry = _entry_headline(lines, groups[1])
                if entry is not None:
                    return entry     # a live blog's title over its date, then an entry's headline
            if found:
                return _over_standfirst(lines, text_lines, found[-1], furniture) if strong else found[-1]
    if out.dateline is None:
        return before[-1] if before else text_lines[0]
    # Over a dateline, a menu is never the headline: with only menus above it, no title
    last = next((j for j in reversed(before) if not _menu(lines[j], clean.squash(lines[j]))), None)
    return last if last is not None else next(
        (j for j in text_lines if not _menu(lines[j], clean.squash(lines[j]))), None)


def _under_day_header(lines: list[str], text_lines: list[int], first_date_at: int,
                      furniture: set[int]) -> list[int]:
    """The head's text lines between a page's or a newsletter's day header and the story's
    own stamp, when the first date line is such a header: a weekday and a day with no time
    of day ("Tuesday, March 5, 2024" under "ASIA MARKETS BRIEFING", "Miércoles 15 de julio
    de 2009 - Bogotá 17 °C" under a paper's menu), and a later date line of the head gives a
    time ("March 5, 2024 7:12 AM GMT", "EFE | 15 de julio de 2009, 19:31"). The headline
    stands there, between the two, and what stands over the header is the masthead's. []
    when the head has no such pair of date lines.
    """
    last = text_lines[first_date_at - 1]
    after = [k for k in sorted(furniture) if last < k <= last + MAX_DAY_HEADER_GAP]
    # (the header first, settled before any date is classified: most first date lines have a
    # time, or no weekday)
    header = next((k for k in after if classify_date_line(clean.squash(lines[k]))), None) if after else None
    s = clean.squash(lines[header]) if header is not None else ""
    if not s or CLOCK_RE.search(normalize.ascii_digits(s)) or not any(
            normalize.fold(w).rstrip(".,") in normalize.weekday_names() for w in s.split()[:2]):
        return []
    stamp = next((k for k in after if k > header and CLOCK_RE.search(normalize.ascii_digits(clean.squash(lines[k])))
                  and classify_date_line(clean.squash(lines[k]))), None)
    between = [j for j in text_lines if stamp is not None and header < j < stamp]
    return between if any(_headline_like(lines[j], True) for j in between) else []


MAX_DAY_HEADER_GAP = 12   # the header and the stamp stand within the head's first lines


# An agency's name as its site's masthead, its country after it: "Korean Central News Agency
# of DPRK", "National News Agency - Lebanon"; or its service's name after a dash, a few
# capitalised words ("PAP - Serwis Regionalny", the Polish agency's regional service; "PRENSA
# LATINA - Agencia Informativa Latinoamericana", its long words).
AGENCY_MASTHEAD_RE = re.compile(r"^(?P<name>[^\W\d_][^|–—]{1,60}?)\s+(?:of|-|–|—|\|)\s+(?P<country>[^\W\d_][\w .'-]{1,40})$")
# An agency's short name in brackets after its full name: "Sudan News Agency (SUNA)".
SHORT_NAME_AFTER_RE = re.compile(r"\s*\((?P<short>[^\W\d_][^()]{1,11})\)")
MAX_COUNTRY_CODE_CHARS = 5     # "DPRK", "UAE"
MAX_MASTHEAD_WORDS = 9         # "Agenția Națională de Presă AGERPRES - Romania" has seven


def agency_masthead(line: str) -> bool:
    """Whether a line is an agency's masthead as its site heads each page: its name, maybe
    with its country or its service after it ("Korean Central News Agency of DPRK" over the
    day's date and the headline, "PAP - Serwis Regionalny"), or its short name and a dash
    before its full name ("NAN - News Agency of Nigeria", under the headline as a page's text
    may set it). No headline, and no dateline: the short name is no place, nor an agency's
    lead ("NNA - The minister ...").

    >>> agency_masthead("Korean Central News Agency of DPRK"), agency_masthead("National News Agency - Lebanon")
    (True, True)
    >>> agency_masthead("Bahrain News Agency"), agency_masthead("Rice harvest of Korea")
    (True, False)
    >>> agency_masthead("PAP - Serwis Regionalny"), agency_masthead("AFP - Ports reopen after the storm")
    (True, False)
    >>> agency_masthead("NAN - News Agency of Nigeria"), agency_masthead("NNA - The minister said on Monday.")
    (True, False)
    >>> agency_masthead("LAGOS - The port reopened.")
    False
    >>> agency_masthead("SUDAN NEWS AGENCY (SUNA) - ENGLISH SERVICE")
    True
    >>> agency_masthead("Yonhap News Agency [Print] [Close]"), agency_masthead("Port strike [Print]")
    (True, False)
    >>> agency_masthead("BERNAMA.com - Malaysian National News Agency   Page 1 of 2")
    True
    >>> agency_masthead("AAP NEWS WIRE"), agency_masthead("AAP news shake-up")
    (True, False)
    >>> agency_masthead("ANTARA News Jawa Timur"), agency_masthead("PNA -- Philippine News Agency -- Visayas")
    (True, True)
    >>> agency_masthead("EUROPA PRESS CATALUNYA -- SERVEI EN CATALÀ"), agency_masthead("Europa Press fined in Madrid")
    (True, False)
    """
    s = clean.squash(line)
    if s[-1:] == "]":
        s = PRINT_BUTTONS_TAIL_RE.sub("", s)   # "Yonhap News Agency [Print] [Close]": a print view's buttons
    elif s[-1:].isdigit():
        s = PRINT_PAGE_COUNT_RE.sub("", s)     # "... News Agency   Page 1 of 2": a printed page's header
    if len(s.split()) > MAX_MASTHEAD_WORDS:
        return False     # (a headline's length: most first lines, settled before any lookup)
    if normalize.normalize_agency(s, credit=True):
        return True
    words = s.split()
    if 1 < len(words) <= MAX_SERVICE_NAME_WORDS + 1 and all(_service_key(w) in MASTHEAD_SERVICE_WORDS for w in words[1:]) \
            and normalize.normalize_agency(words[0], credit=True):
        return True      # "AAP NEWS WIRE", "Reuters World Service": the agency's short name and its service's words
    if 2 < len(words) and any(w.casefold() in MASTHEAD_SERVICE_WORDS for w in words[1:-1]):
        for n in range(1, MAX_REGION_WORDS + 1):
            head, region = words[:-n], words[-n:]
            if len(head) > 1 and head[-1].casefold() in MASTHEAD_SERVICE_WORDS \
                    and all(w[:1].isupper() and w.isalpha() for w in region) and agency_masthead(" ".join(head)):
                return True  # "ANTARA News Papua": the agency's regional site, the region after its service's name
    if s.isupper() and 2 < len(words) <= MAX_AGENCY_NAME_WORDS + MAX_REGION_WORDS:
        for k in range(2, len(words)):
            if len(words) - k <= MAX_REGION_WORDS and all(w.isalpha() for w in words[k:]) \
                    and normalize.normalize_agency(" ".join(words[:k]), credit=True):
                return True  # "EUROPA PRESS EUSKADI": an agency's regional service, in a banner's capitals
    if " -- " in s:
        s = s.replace(" -- ", " - ")       # "PNA -- Philippine News Agency", a typewriter's dash
    parts = SPACED_DASH_SPLIT_RE.split(s)
    if len(parts) == 3 and len(parts[2].split()) <= MAX_REGION_WORDS and all(
            w[:1].isupper() for w in parts[2].split()) and agency_masthead(" - ".join(parts[:2])):
        return True      # "PNA - Philippine News Agency - Mindanao": the masthead, then its region's desk
    short = SHORT_NAME_AFTER_RE.search(s) if ")" in s else None
    if short and normalize.normalize_agency(s[:short.start()], credit=True) \
            == normalize.normalize_agency(short["short"], credit=True):
        # "SUDAN NEWS AGENCY (SUNA) - ENGLISH SERVICE": the name with its short name after it
        if agency_with_short_name(s):
            return True  # "... (NNT) Public Relations Department": the agency's parent body after it
        s = s[:short.start()] + s[short.end():]
        if normalize.normalize_agency(s, credit=True):
            return True
    if " | " in s:
        service, _, region = s.rpartition(" | ")
        if len(region.split()) <= MAX_SERVICE_NAME_WORDS and region[:1].isupper() \
                and SPACED_DASH_SPLIT_RE.search(service) and _service_line(service) and agency_masthead(service):
            return True  # "PAP - Serwis Regionalny | Małopolska": the service and its region
    parts = SPACED_DASH_SPLIT_RE.split(s)
    if len(parts) == 2 and "." in parts[0]:
        parts[0] = SITE_SUFFIX_RE.sub("", parts[0])   # "BERNAMA.com - Malaysian National News Agency"
    short = normalize.normalize_agency(parts[0], credit=True) if len(parts) == 2 else None
    if short and short in normalize.find_agencies(parts[1]):
        return True      # the short name, then the full name it stands for
    m = AGENCY_MASTHEAD_RE.match(s)
    if m is None or not (normalize.normalize_agency(m["name"], credit=True)
                         or m["name"].isupper() and " " in m["name"] and agency_masthead(m["name"])):
        return False    # (or the regional service's banner: "EUROPA PRESS GALICIA -- SERVIZO EN GALEGO")
    country = m["country"].strip()
    words = country.split()
    return normalize.is_country(country) or country.isupper() and len(country) <= MAX_COUNTRY_CODE_CHARS \
        or s[len(m["name"]):].lstrip()[:1] in "-–—|" and len(words) <= MAX_SERVICE_NAME_WORDS \
        and (all(w[:1].isupper() for w in words) or _desk_name(words))


def _service_key(word: str) -> str:
    """A word of a masthead's service, casefolded: Turkish capitals' dotted "İ" folds to "i"
    and a combining dot, dropped ("SERVİSİ" is "servisi").

    >>> _service_key("SERVİSİ"), _service_key("News")
    ('servisi', 'news')
    """
    key = word.casefold()
    return key.replace("\u0307", "") if "\u0307" in key else key


def _desk_name(words: list[str]) -> bool:
    """Whether the words after an agency's name and a dash name its desk in its own
    language, capitalised as a phrase: its service's words (MASTHEAD_SERVICE_WORDS) and the
    short words joining them, the first capitalised ("Vijesti iz zemlje", "Вътрешна
    информация"); a headline has words of its own ("Vijesti o poplavi", "Luka raste").

    >>> _desk_name("Vijesti iz zemlje".split()), _desk_name("Вътрешна информация".split())
    (True, True)
    >>> _desk_name("Luka raste brže".split()), _desk_name("Iz zemlje".split()), _desk_name("מבזק חדשות".split())
    (False, False, True)
    """
    keys = [w.casefold() for w in words]
    # (or a script without capitals: Hebrew's "מבזק חדשות", 'news flash')
    return (words[0][:1].isupper() or not normalize.cased(words[0][:1])) and keys[0] in MASTHEAD_SERVICE_WORDS \
        and all(k in MASTHEAD_SERVICE_WORDS or k in MASTHEAD_SERVICE_JOINERS for k in keys)


# A print view's buttons in brackets after the masthead: "[Print] [Close]", "[Imprimer] [Fermer]".
PRINT_BUTTONS_TAIL_RE = re.compile(
    r"(?:\s*\[\s*(?:" + "|".join(map(re.escape, sorted(vocab.PRINT_VIEW_BUTTONS, key=len, reverse=True)))
    + r")\s*\])+$", re.IGNORECASE)
# A printed page's count at the end of its header line: "Page 1 of 2", "Seite 1 von 2".
PRINT_PAGE_COUNT_RE = re.compile(
    r"\s+(?:page|seite|página|pagina|halaman|sida|side|strona|strana|sayfa)\s+\d{1,3}\s+"
    r"(?:of|von|de|sur|di|dari|av|af|z|od|/)\s+\d{1,3}$", re.IGNORECASE)
# An agency's site named for the agency before its full name: "BERNAMA.com", "ANSA.it".
SITE_SUFFIX_RE = re.compile(r"\.(?:com|net|org|info|[a-z]{2})(?:\.[a-z]{2})?$", re.IGNORECASE)
MAX_AGENCY_NAME_WORDS = 4     # "Agence France-Presse", "Agencia Catalana de Noticias"
MAX_SERVICE_NAME_WORDS = 3     # "Serwis Regionalny", "Servicio Internacional"
MAX_REGION_WORDS = 2           # a regional desk's region after the masthead: "Papua", "Jawa Timur"
# The words a wire's banner sets after the agency's short name ("AAP NEWS WIRE", "AFP World
# Service", "dpa Nachrichtendienst", "EFE Servicio Noticias"): its service, no headline's.
MASTHEAD_SERVICE_WORDS = frozenset((
    "news", "wire", "wires", "newswire", "service", "services", "feed", "world", "international",
    "english", "desk", "online", "worldwide", "servicio", "noticias", "serviço", "notícias",
    "servizio", "notizie", "nachrichten", "nachrichtendienst", "dienst", "nouvelles", "fil",
    # the desk or region a service covers: "PTI NATIONAL WIRE", "AAP Domestic Service", "ANSA
    # Servizio Regionale", "dpa Landesdienst", "EFE Servicio Nacional", "AFP Fil général"
    "national", "domestic", "regional", "foreign", "overseas", "general", "général", "nacional",
    "internacional", "nazionale", "regionale", "internazionale", "landesdienst", "inland", "ausland",
    "régional", "national-wire", "economic", "business", "financial", "sports", "economía", "economia",
    # Central and Eastern European, Baltic, Balkan and Nordic desks: their words for 'news'
    # ("HINA - Vijesti iz zemlje", "BNS EESTI UUDISED", "AGERPRES - Știri externe"), for
    # 'information' as a service ("БТА - Вътрешна информация"), for home and abroad and the
    # world a desk covers, and the language an edition is written in
    "vijesti", "vesti", "вести", "вијести", "новини", "новости", "новина", "wiadomości", "zprávy",
    "správy", "zpravodajství", "spravodajstvo", "hírek", "uudised", "uutiset", "nyheter", "nyheder",
    "nyhetstjenesten", "ziņas", "naujienos", "știri", "ştiri", "stiri", "lajme", "novice", "ειδήσεις",
    "informacja", "informace", "informácie", "informacije", "информация", "информација", "інформація",
    "kraj", "krajowy", "zagraniczny", "regionalny", "domácí", "zahraniční", "domáce", "zahraničné",
    # Turkish desks, as DHA and Anadolu head their copy ("DHA YURT SERVİSİ", 'home news
    # service'; "AA Dış Haberler Servisi", "İHA Haber Merkezi", "DHA Ekonomi Masası")
    "yurt", "dış", "haber", "haberler", "haberleri", "servis", "servisi", "merkezi", "masası", "ekonomi",
    # Hebrew: 'news', 'flash', 'flashes of' ("סוכנות הידיעות TPS - מבזק חדשות")
    "חדשות", "מבזק", "מבזקי",
    # the language of an edition, as the Swiss and Belgian agencies name their services
    # ("Service de base français", "Basisdienst Deutsch")
    "français", "deutsch", "italiano", "nederlands", "rumantsch",
    "belföld", "külföld", "belföldi", "külföldi", "interne", "externe", "internaţionale",
    "internaționale", "zemlje", "svijeta", "sveta", "regije", "regiona", "domaće", "domače", "tuje",
    "земље", "света", "региона", "земјата", "светот", "вътрешна", "международна", "външна",
    "регионална", "внутренняя", "международная", "inrikes", "utrikes", "innenriks", "utenriks",
    "indland", "udland", "kotimaa", "ulkomaat", "siseuudised", "välisuudised", "iekšzemes", "ārvalstu",
    "vidaus", "užsienio", "pasaulio", "pasaule", "maailm", "maailma",
    "eesti", "latviešu", "lietuvių", "suomi", "svenska", "dansk", "norsk", "polski", "česky",
    "slovensky", "magyar", "română", "hrvatski", "srpski", "slovenski", "български", "русский",
    "українська", "македонски", "српски",
    # South Asia's services in their own scripts and the language of each edition ("आईएएनएस
    # हिंदी सेवा", IANS' Hindi service; "UNB BANGLA"; "समाचार सेवा", 'news service', RSS Nepal)
    "सेवा", "সেবা", "சேவை", "سروس", "समाचार", "খবর", "செய்திகள்", "خبریں",
    "hindi", "urdu", "bangla", "bengali", "tamil", "nepali", "sinhala", "हिंदी", "हिन्दी", "उर्दू", "नेपाली",
    "বাংলা", "தமிழ்", "اردو", "සිංහල"))
# The short words that join a desk's name ("Vijesti iz zemlje", 'news from the country';
# "Știri din lume"): none of a headline's own.
MASTHEAD_SERVICE_JOINERS = frozenset(("iz", "z", "ze", "zo", "din", "из", "од", "от", "of", "from", "aus", "de", "du"))


def broadcast_masthead(line: str) -> str | None:
    """The agency whose broadcast service's banner heads a script, or None: its name and the
    service's words ("AFP AUDIO", "AP RADIO NEWS", "REUTERS VIDEO NEWS"), a spaced dash, and
    what the service is, in capitals ("SERVICE RADIO FRANCOPHONE", "NATIONAL DESK"). No
    headline; the agency's credit.

    >>> broadcast_masthead("AFP AUDIO - SERVICE RADIO FRANCOPHONE"), broadcast_masthead("AP RADIO NEWS -- NATIONAL DESK")
    ('AFP', 'AP')
    >>> broadcast_masthead("AFP Audio - Ports reopen after the storm"), broadcast_masthead("Radio news - Ports reopen")
    (None, None)
    >>> broadcast_masthead("EFE RADIO"), broadcast_masthead("REUTER RADIO NEWS SERVICE - ENGLISH"), broadcast_masthead("PORTS REOPEN")
    ('EFE', 'Reuters', None)
    >>> broadcast_masthead("ANP-Video | Draaiboek en shotlist"), broadcast_masthead("Rail-Video | Trains halted")
    ('ANP', None)
    """
    if " | " in line and "-" in line.split(" | ", 1)[0]:
        # "dpa-Video | Drehbuch und Schnittliste": the agency and its service joined by a hyphen
        agency, _, service = line.split(" | ", 1)[0].strip().partition("-")
        return normalize.normalize_agency(agency, credit=True) \
            if service.casefold() in BROADCAST_SERVICE_WORD_SET and " " not in agency else None
    if not line[:1].isupper():
        return None
    if " -" not in line and " –" not in line and " —" not in line:
        # the banner alone, in capitals: "EFE RADIO", "REUTER RADIO NEWS SERVICE"
        m = BROADCAST_BANNER_ALONE_RE.match(clean.squash(line)) if line.isupper() else None
        if m is None:
            return None
    else:
        m = BROADCAST_BANNER_RE.match(clean.squash(line))
        if m is None or not m["tail"].isupper() or len(m["tail"].split()) > MAX_SERVICE_LINE_WORDS:
            return None
    words = m["head"].split()
    if len(words) > 2 and words[-1].casefold() in SERVICE_LINE_WORD_SET:
        words.pop()         # "... RADIO NEWS SERVICE": the service's own word after them
    k = len(words)
    while k > 1 and words[k - 1].casefold() in BROADCAST_SERVICE_WORD_SET:
        k -= 1
    return normalize.normalize_agency(" ".join(words[:k]), credit=True) if k < len(words) else None


def video_slug_line(line: str) -> tuple[str, str, str] | None:
    """A video service's index line over its script: the agency's channel code and a number
    (the feed's time or item), a colon, the story's headline and its day ("AP-APTN-0915:
    Floods Close Border Crossing Tuesday, 3 March 1998", AP's television service). The agency,
    the headline and the day as ``(agency, title, date)``; None for another line.

    >>> video_slug_line("AP-APTN-0915: Floods Close Border Crossing Tuesday, 3 March 1998")
    ('AP', 'Floods Close Border Crossing', 'Tuesday, 3 March 1998')
    >>> video_slug_line("AP-APTN-0915: Floods Close Border Crossing") is None
    True
    """
    m = VIDEO_SLUG_RE.match(line) if line[:1].isupper() and ":" in line[:20] else None
    if m is None:
        return None
    agency = normalize.normalize_agency(m["agency"], credit=True)
    if not agency or normalize.parse_date(m["date"]) is None:
        return None
    return agency, m["title"], m["date"]


VIDEO_SLUG_RE = re.compile(
    r"^(?P<agency>[A-Z]{2,6})(?:-[A-Z]{2,6}){1,2}-\d{3,4}:\s+(?P<title>[^\W\d_].{4,}?),?\s+"
    r"(?P<date>(?:[^\W\d_]{3,12},?\s+)?(?:\d{1,2}\.?\s+[^\W\d_]{3,12}\.?,?|[^\W\d_]{3,12}\.?\s+\d{1,2},)\s+(?:19|20)\d\d)$")


BROADCAST_SERVICE_WORD_SET = frozenset(vocab.BROADCAST_SERVICE_WORDS)
SERVICE_LINE_WORD_SET = frozenset(vocab.SERVICE_LINE_WORDS)
BROADCAST_BANNER_ALONE_RE = re.compile(r"^(?P<head>[^\W\d_][\w&.-]*(?: [^\W\d_][\w&.-]*){1,4})$")
BROADCAST_BANNER_RE = re.compile(r"^(?P<head>[^\W\d_][\w&.-]*(?: [^\W\d_][\w&.-]*){1,4}) (?:-{1,2}|[–—]) (?P<tail>\S.*)$")


def _masthead_tagline(lines: list[str], text_lines: list[int], j: int) -> bool:
    """Line ``j`` is the line an agency's site sets under its masthead, its full name or its
    motto: right under the page's first line, an agency's masthead (agency_masthead), with
    no blank between, and itself over more of the block (a section's name, a head text line)
    with none between either ("TASS" / "Russian news agency" / "Society", then the date and
    the headline). A headline set right under the agency's name stands over a blank line or
    the date: "AFP" / "Ports reopen" / "March 5, 2024 10:12".

    >>> _masthead_tagline(["TASS", "Russian News Agency", "Society", "", "March 5, 2024", "Ports reopen"], [1, 2, 5], 1)
    True
    >>> _masthead_tagline(["AFP", "Ports reopen after strike", "", "March 5, 2024"], [1], 1)
    False
    """
    top = next((k for k, line in enumerate(lines) if line.strip()), None)
    if top is None or j != top + 1 or not agency_masthead(lines[top]):
        return False
    return (j + 1) in text_lines or _service_line(clean.squash(lines[j]))


def _service_line(s: str) -> bool:
    """The name of the agency's service its copy carries under the masthead: a few words,
    one of them a service's (vocab.SERVICE_LINE_WORDS), and a label's colon, a spaced dash, a
    slash or a bar among them ("Емисия: Регионални новини", "Regionalni servis / Dalmacija",
    "AIM Reports - news service in English"). A headline under the masthead has no such
    parts ("Postal service cuts 300 jobs").

    >>> _service_line("Емисия: Регионални новини"), _service_line("Postal service cuts 300 jobs")
    (True, False)
    """
    words = s.split()
    if not 1 < len(words) <= MAX_SERVICE_LINE_WORDS or s[-1:] in ".!?":
        return False
    if not (": " in s or " / " in s or " | " in s or SPACED_DASH_SPLIT_RE.search(s)):
        return service_name(s)
    return any(w.strip(":/|-–—,").casefold() in SERVICE_LINE_WORD_SET for w in words)


def service_name(s: str) -> bool:
    """A wire service's name alone: a few words, the first a service's (or a compound
    ending in one, "Basisdienst", before a noun), the last a desk's or an edition's language
    (MASTHEAD_SERVICE_WORDS): "Service de base français", "Basisdienst Inland". A headline
    opening on the word ends on its own ("Service resumes on the coast line").

    >>> service_name("Service de base français"), service_name("Basisdienst Inland")
    (True, True)
    >>> service_name("Service resumes on the coast line"), service_name("Wetterdienst warnt vor Sturm")
    (False, False)
    """
    words = s.split()
    if not 1 < len(words) <= MAX_SERVICE_NAME_LINE_WORDS:
        return False
    first, last = words[0].casefold(), words[-1].casefold()
    # (a German compound on "-dienst" and one noun after it names a service: "Landesdienst
    # Nord"; "Wetterdienst warnt vor Sturm" is a headline)
    return first.endswith("dienst") and len(words) == 2 and words[1][:1].isupper() \
        or first in SERVICE_LINE_WORD_SET and last in MASTHEAD_SERVICE_WORDS


MAX_SERVICE_LINE_WORDS = 7
MAX_SERVICE_NAME_LINE_WORDS = 4     # "Service de base français"
SERVICE_LINE_WORD_SET = frozenset(vocab.SERVICE_LINE_WORDS)


MAX_MASTHEAD_AT = 1   # the site's name is the page's first line, or the second under its short name ("БЕЛТА")


def _site_name_over_menu(lines: list[str], j: int) -> bool:
    """Line ``j``, the page's first text line and one of its first lines, stands right over a
    menu line: the site's name over its sections ("Het Belang van Limburg" / "Regio |
    Binnenland | Sport"; "Белорусское телеграфное агентство" under the agency line "БЕЛТА"),
    no headline."""
    if j + 1 >= len(lines) or j > MAX_MASTHEAD_AT:
        return False
    below = lines[j + 1]
    return bool(below.strip()) and _menu(below, clean.squash(below))


def _entry_headline(lines: list[str], group: list[int]) -> int | None:
    """The headline of a live blog's entry among the head's text lines under its date
    line: the last that reads as one above the entry's first paragraph, else None. A line
    that ends in a colon introduces the entries, no entry of its own (AP's "The Latest on
    the World Cup:" over its timestamped entries). An entry's time alone ("2:41 PM CST")
    marks the live page itself, its entries under their times: the page's title stands."""
    if any(LIVE_ENTRY_TIME_RE.match(clean.squash(lines[j])) for j in group):
        return None
    first = next((j for j in group if _opens_paragraph(lines, j)), None)
    found = [j for j in group if (first is None or j < first) and _headline_like(lines[j], True)
             and not lines[j].rstrip().endswith(":")]
    return found[-1] if found else None


def _over_standfirst(lines: list[str], text_lines: list[int], last: int, furniture: set[int]) -> int:
    """The headline-like line ``last``, or the text line above it when that is the
    headline and ``last`` its standfirst, which many sites print without a full stop.

    The two stand together: only blank lines between, or the head's furniture (a byline,
    a date line, a photo caption: ``furniture``). Either both are long, or the headline is
    short (fewer than STANDFIRST_MIN_WORDS words) and the standfirst reads as a summary
    (STANDFIRST_LONG_WORDS words and more) while the short line reads as a sentence ("Ports
    shut"), not as a label: sections, site names and names capitalise every word ("Top
    News", "The Harbour Times", "Ana Ruiz"). Chrome above a headline (a promo, a ticker, a
    reading time) carries figures, bullets or brackets.
    """
    # (a standfirst wrapped in a narrow column is read whole, and so is the headline over it:
    # an e-paper's two lines of headline over two of deck)
    first = _wrapped_title_start(lines, last, text_lines)
    at = text_lines.index(first)
    if at == 0:
        return last
    above = text_lines[at - 1]
    head = clean.squash(lines[above])
    if PROMO_MARK_RE.search(head) and _chrome_above(lines[above]) or not all(
            j in furniture or not lines[j].strip() for j in range(above + 1, first)):
        return last
    if ("–" in head or "—" in head or "-" in head or "|" in head) and _rubric(head):
        return last      # "Hockey sur glace – National League" over the headline: the desk's rubric
    if at == 1 and agency_masthead(head):
        return last      # "Korean Central News Agency of DPRK" over the day's date: the site's masthead
    if at == 1 and _masthead_tagline(lines, text_lines, above):
        return last      # "AIM Reports - news service in English" under the masthead: the service's name
    dek = " ".join(clean.squash(lines[j]) for j in range(first, last + 1))
    if dek.casefold() in head.casefold():
        return last      # "allAfrica.com: Nigeria: FG Begins ..." over "Nigeria: FG Begins ...": the page's title line, its site's name before the headline
    top = _wrapped_title_start(lines, above, text_lines)
    if top < above:
        head = " ".join(clean.squash(lines[j]) for j in range(top, above + 1))
    head_words, dek_words = len(head.split()), len(dek.split())
    if head_words >= STANDFIRST_MIN_WORDS and 2 <= dek_words < head_words and first == above + 1 \
            and _title_cased(head) and _title_cased(dek) and _headline_like(lines[above], True):
        return above     # a printed page's headline and its shorter deck right under it, both set in title case
    if head_words >= STANDFIRST_MIN_WORDS:
        return above if dek_words >= STANDFIRST_MIN_WORDS and _headline_like(lines[above], True) else last
    if (dek_words >= STANDFIRST_LONG_WORDS or _under_record_fields(lines, above)) and head_words >= 2 \
            and not head.endswith(":") and _headline_like(lines[above], False) and _sentence_case(head):
        return above     # ...or the first line under a record's labelled fields, whose deck may run short
    return last


def _title_cased(s: str) -> bool:
    """Whether a line is set as a printed headline is, every word of four letters or more
    capitalised ("Portugal Orders Wage Freeze for State Workers"), and not all in capitals.

    >>> _title_cased("Harbor Board Delays Vote on Dredging"), _title_cased("Harbor board delays vote")
    (True, False)
    """
    words = [w for w in s.split() if len(w) >= 4 and w[:1].isalpha()]
    return bool(words) and not s.isupper() and all(w[:1].isupper() for w in words)


def _under_record_fields(lines: list[str], j: int) -> bool:
    """Line ``j`` stands under a record's labelled fields (a press cutting's "Medium: ...",
    "Datum: ...", "Autor: sda"), RECORD_FIELD_LINES of them at least, blank lines between."""
    fields = 0
    for k in range(j - 1, -1, -1):
        s = lines[k].strip()
        if not s:
            continue
        if not RECORD_FIELD_LINE_RE.match(s):
            break
        fields += 1
        if fields >= RECORD_FIELD_LINES:
            return True
    return False


# A line opening on a source label (vocab.SOURCE_LABELS: "Källa:", "Quelle:", "Fuente:").
SOURCE_LABEL_START_RE = re.compile(r"^(?i:" + SOURCE_LABEL_TRIE + r")\s*[:：]\s*\S")


def _record_field(lines: list[str], j: int) -> bool:
    """Line ``j`` is one of a record's labelled fields, set line under line with no blank
    between, RECORD_FIELD_LINES of them at least ("Källa: Tidningarnas Telegrambyrå" over
    "Datum: 1999-03-24" and "Sektion: Inrikes"): the record's source, no headline. A headline
    with a colon stands apart from the fields, a blank line under it."""
    if not RECORD_FIELD_LINE_RE.match(lines[j].strip()):
        return False
    run = 1
    for step in (-1, 1):
        k = j + step
        while 0 <= k < len(lines) and RECORD_FIELD_LINE_RE.match(lines[k].strip()):
            run += 1
            k += step
    return run >= RECORD_FIELD_LINES


def _rubric(s: str) -> bool:
    """A sports or section desk's rubric: a sport's or a section's name, a dash or a bar,
    and a competition or subsection of a few words opening on a capital.

    >>> _rubric("Hockey sur glace – National League"), _rubric("Tennis – a love story told in Paris")
    (True, False)
    >>> _rubric("Culture | Cinéma"), _rubric("Ports reopen – Business")
    (True, False)
    >>> _rubric("Cyclisme - Paris-Nice - 5e étape"), _rubric("Tennis - Open d'Australie - Une finale de rêve pour la Polonaise Nowak")
    (True, False)
    """
    m = RUBRIC_RE.match(s)
    if bool(m) and m["desk"].casefold() in RUBRIC_DESK_SET and m["what"][:1].isupper() \
            and len(m["what"].split()) <= MAX_RUBRIC_WORDS:
        return True
    parts = RUBRIC_SPLIT_RE.split(s)   # "Ski alpin - Coupe du monde - Descente messieurs": each part a short label
    return 3 <= len(parts) <= MAX_RUBRIC_PARTS and parts[0].casefold() in RUBRIC_DESK_SET and parts[1][:1].isupper() \
        and all(p[:1].isupper() or p[:1].isdigit() for p in parts[2:]) \
        and all(len(p.split()) <= MAX_RUBRIC_WORDS and not p.endswith((".", "!", "?")) for p in parts[1:])


def _chrome_above(raw: str) -> bool:
    """A line that PROMO_MARK_RE marks above a standfirst is chrome: one with bullets,
    brackets or a photo's credit always; one with figures alone unless it reads as a
    headline with its figure: long enough (STANDFIRST_MIN_WORDS words), one figure
    (MAX_HEADLINE_FIGURES), no promo's word (PROMO_WORD_RE), set as one run of words (a
    record's fields stand in columns or under labels: "Query: Peru AND copper      Items: 1 of 12").

    >>> _chrome_above("Italy industrial output up 1.4% in January"), _chrome_above("Essai gratuit 14 jours")
    (False, True)
    >>> _chrome_above("Save 30% on your first year today"), _chrome_above("Story by Jo Roe • 2h • 2 min read")
    (True, True)
    >>> _chrome_above("Query: Peru AND copper      Items: 1 of 12")
    True
    >>> _chrome_above("Lisbon to add 40 new trams by 2026"), _chrome_above("For release Thursday, Jan. 13, 1983")
    (False, True)
    """
    head = clean.squash(raw)
    if CHROME_MARK_RE.search(head) or "   " in raw.strip() or head.count(": ") > 1:
        return True
    words = head.split()
    # (a year the headline names is no promo's figure, "Milano, 40 nuovi tram entro il 2025",
    # unless it closes a date: "For Release Thursday AMs, Jan. 13, 1983")
    dated = DAY_OF_LINE_RE.search(head) is not None
    return len(words) < STANDFIRST_MIN_WORDS or PROMO_WORD_RE.search(head) is not None \
        or sum(any(c.isdigit() for c in w) and (dated or not YEAR_RE.fullmatch(w.strip(".,;:!?")))
               for w in words) > MAX_HEADLINE_FIGURES


def _sentence_case(s: str) -> bool:
    """A word after the first begins in lower case, and is no particle of a name ("Ports
    shut", not "Top News" nor "Ana de Souza")."""
    return any(w[:1].islower() and w.casefold() not in normalize.NAME_PARTICLES
               for w in s.split()[1:])


MAX_WRAPPED_PARAGRAPH_LINES = 12   # a first paragraph hard-wrapped runs a few lines, not more
PARAGRAPH_END_RE = re.compile(r"[.!?" + SCRIPT_FULL_STOPS + r"][\"'”’»)]*$")


def _opens_paragraph(lines: list[str], j: int) -> bool:
    """Line j is story text: a sentence, or the first line of a paragraph wrapped onto
    the next ("... Walker Telecommunications Corp" / "said it ...")."""
    s = clean.squash(lines[j])
    if (s.endswith(".") or s[-1:] in SCRIPT_FULL_STOPS) and len(s.split()) > 6 or s.endswith("。"):
        return True     # "... ২৪ ভাগ বেড়েছে।": a sentence in Bengali, closed by its danda
    after = lines[j + 1].strip() if j + 1 < len(lines) else ""
    if len(s.split()) <= 6 or not after:
        return False
    if after[:1].islower():
        return True
    # "Temporary flood barriers have gone up along the riverside in" / "Worcester as the
    # River ..." / "... Welsh hills.": a paragraph hard-wrapped, its next line capitalised;
    # its last line closes a sentence (a headline wrapped onto two lines closes none). An
    # e-paper's text sets its paragraphs apart by an indent, no blank line ("... प्रस्तावित है।"
    # / "  अधिकारी ने ..."): a line set in under one that is not ends the paragraph too, and
    # tells prose where no case does (a script without capitals).
    for k in range(j + 1, min(len(lines), j + MAX_WRAPPED_PARAGRAPH_LINES)):
        if not lines[k].strip() or lines[k][:1] == " " and lines[j][:1] != " " and lines[k][:LAYOUT_INDENT_MIN].isspace():
            return k - j > 1 and PARAGRAPH_END_RE.search(lines[k - 1].rstrip()) is not None
    return False


def _headline_like(raw: str, strong: bool) -> bool:
    """A line that may be a headline: no full stop at its end, no menu; ``strong``: also
    longer than a menu item."""
    s = clean.squash(raw)
    if not s or s.endswith(".") and not s.endswith("...") and not _year_closed(s) and not _abbreviation_closed(s) \
            or s.endswith("。") or s[-1] in SCRIPT_FULL_STOPS \
            or len(s) > MAX_TITLE_CHARS:
        return False
    if s[0] in "-=*_~#" and FRAMED_MARKER_RE.match(s):
        return False       # "---------- Despacho ----------": a mail's marker over the pasted copy
    if s[-1] in POINTING_DOWN_ENDS and POINTING_DOWN_RE.search(s):
        return False       # "Worth a read before the meeting 👇", "... :point_down:": a poster's lead-in to the paste
    if SUMMARY_POINT_RE.match(raw):
        return False       # " * Official count at 96%": a summary's point under the headline
    if s[0] in "（(" and s[-1] in "）)" and s.count("（") + s.count("(") == 1:
        return False       # "（会員内部での閲覧に限ります）", "(For members only)": a note in brackets, whole
    if _menu(raw, s):
        return False       # "News  World  Sport", "Home > Markets", "Internacional | América"
    if _section_menu(s):
        return False       # "Local News National World Sport Property Obituaries": a menu
    if s[:2].isupper() and _catchline(s):
        return False       # "POLITICS Election Fife" over PA's date and headline: the desk's catchline
    if s[:2].casefold() in CREDIT_LABEL_STARTS and _credit_label(s):
        return False       # "Written by पीटीआय": a byline whose name the byline reader does not know
    if LABEL_OPENS_CREDIT_RE.search(s):
        return False       # "News provided by" over the company's name: a credit's label
    if ":" in s and _agency_credit(s):
        return False       # "كتب: أ ش أ" ('written by: MENA'), "Source: Reuters": a credit line
    if _outlet_credit(s):
        return False       # "هسبريس - و.م.ع" under the headline: the outlet and the agency it runs
    if ("•" in s or "·" in s) and BULLET_PARTS_RE.match(s) and all(
            len(p.split()) <= MAX_BULLET_PART_WORDS for p in BULLET_SPLIT_RE.split(s)):
        return False       # "Київ • УНН", "Sport • Football": a place and its source, a section
    if ("•" in s or "·" in s) and clean.READING_TIME_RE.match(BULLET_SPLIT_RE.split(s)[-1]):
        return False       # "Story by Jo Roe • 2h • 2 min read" (MSN): a byline and its reading time
    digits = s if s.isascii() else normalize.ascii_digits(s)
    if YEAR_RE.search(digits) and CLOCK_RE.search(digits):
        return False       # "KYODO NEWS - Mar 5, 2024 - 14:32 | All, Japan", "২০২৪ ০৮:১২": a date line
    if len(QUOTE_CHANGE_RE.findall(s)) >= 2:
        return False       # "SAN +1,9% BBVA +2,2%": a market ticker
    if sum(c.isdigit() for c in s) * 3 > len(s.replace(" ", "")):
        return False       # mostly figures: a date ("2024年3月5日 14時32分"), a price line
    if s[:4].casefold() == "all " and AGATE_ZONE_NOTE_RE.match(s):
        return False       # "All Times EST" under an agate's credit: the clock of its times
    if len(s) <= MAX_DAY_HEADER_CHARS and _day_only(s):
        return False       # "THURSDAY, MAY 12": a daybook's or a listing's day header, no headline
    if s[-1:].isalpha() and _issuer_name(s):
        return False       # "Halden Copper PLC" over an announcement's date: its issuer
    if _desk_line(s):
        return False       # "bdnews24.com Desk", "ডিজিটাল ডেস্ক" under the headline: the newsroom's credit
    return not (strong and (_nav_line(s) or _masthead(s) or "/" in s and CAPS_PATH_RE.match(s)))


# A chat poster's line that points down to what it pastes, by an emoji ("👇", "⬇️", "⤵️",
# "🔽") or a chat's shortcode for one (Slack's ":point_down:", ":arrow_down:"): no headline.
POINTING_DOWN_MARKS = "\U0001F447\u2B07\u2935\U0001F53D\u2193"
# (and the emoji's variation selector and skin tones after it)
EMOJI_MODIFIERS = "\uFE0F" + "".join(map(chr, range(0x1F3FB, 0x1F400)))
POINTING_DOWN_RE = re.compile("(?:[" + POINTING_DOWN_MARKS + r"]|:(?:point_down|arrow_down|"
                              r"arrow_heading_down|down_arrow|arrow_down_small):)[" + EMOJI_MODIFIERS + r"]*\s*$")
# (the last characters such a line may end on: a cheap test before the regex)
POINTING_DOWN_ENDS = frozenset(POINTING_DOWN_MARKS + EMOJI_MODIFIERS + ":")

MAX_DAY_HEADER_CHARS = 40   # "WEDNESDAY, SEPTEMBER 28, 2005": a weekday and a day at most
DAY_HEADER_JOINERS = frozenset(("de", "del", "le", "den", "der", "the", "of"))


def _day_only(s: str) -> bool:
    """A line that is a day and nothing else: a month's name and a day, maybe a weekday and
    a year ("THURSDAY, MAY 12", "Donnerstag, 12. Mai"), as a daybook or a listing heads the
    entries of each day. No headline: it says when, not what.

    >>> _day_only("THURSDAY, MAY 12"), _day_only("Donnerstag, 12. Mai 2022")
    (True, True)
    >>> _day_only("Talks resume May 12"), _day_only("AP Daybook for Thursday, May 12")
    (False, False)
    """
    if not any(c.isdigit() for c in s):
        return False
    m = normalize.month_day_match(s)
    if m is None:
        return False
    folded = normalize.fold(s)
    rest = (folded[:m.start()] + " " + folded[m.end():]).replace(",", " ").replace(".", " ")
    weekdays = normalize.weekday_names()
    return all(w in weekdays or w in DAY_HEADER_JOINERS or w.isdigit() and len(w) == 4 for w in rest.split())


MAX_YEAR_CLOSED_WORDS = 14   # a headline's length; a paragraph ending on a year ("... ended 31 March 2021.") runs longer


def _year_closed(s: str) -> bool:
    """A headline-long line whose closing dot belongs to its year (HEADLINE_YEAR_END_RE),
    no sentence's full stop.

    >>> _year_closed("Beograd: Novi most gotov do kraja 2016."), _year_closed("Output rose. It ended in 2021.")
    (True, False)
    """
    return len(s.split()) <= MAX_YEAR_CLOSED_WORDS and ". " not in s and HEADLINE_YEAR_END_RE.search(s) is not None


# A short form of dotted letters in a script without capitals closing a headline: Thai's
# months ("ก.ค.", 'July'), its era ("พ.ศ."); its last dot is no full stop.
SCRIPT_ABBREVIATION_END_RE = re.compile(r"(?:^|\s)(?:[^\W\d_]{1,3}\.){2,3}$")


def _abbreviation_closed(s: str) -> bool:
    """A headline-long line closed by a dotted short form in a script other than Latin (a
    Thai month's, "ก.ค."), no sentence's full stop.

    >>> _abbreviation_closed("ฝนตกหนัก ช่วง 10-13 ก.ค."), _abbreviation_closed("Talks went on in the U.S.")
    (True, False)
    """
    return not s[-3:].isascii() and len(s.split()) <= MAX_YEAR_CLOSED_WORDS and ". " not in s \
        and SCRIPT_ABBREVIATION_END_RE.search(s) is not None


def _issuer_name(s: str) -> bool:
    """A company's name alone, its words capitalised and its legal form last, as a release
    or an exchange's announcement sets its issuer over the headline ("Halverton Mining PLC"
    over "Q1 2021 Production Update"): no headline, which has a verb and words in lower case.

    >>> _issuer_name("Halverton Mining PLC"), _issuer_name("Nordhafen Logistik AG"), _issuer_name("Shell plc")
    (True, True, True)
    >>> _issuer_name("Profit falls at Halverton Mining PLC"), _issuer_name("Ports Reopen")
    (False, False)
    """
    words = s.split()
    return 2 <= len(words) <= MAX_ISSUER_NAME_WORDS and words[-1].casefold() in COMPANY_FORM_SET \
        and all(w[:1].isupper() or w[:1].isdigit() or w == "&" or w.casefold() in normalize.NAME_PARTICLES
                for w in words[:-1])


def _desk_line(s: str) -> bool:
    """A newsroom desk's credit, set under the headline where a byline goes: a few words
    closed by the word for a desk (vocab.NEWSROOM_DESK_WORDS), none before it a word in lower
    case (a site's domain may be: "bdnews24.com Desk"). A headline has a verb and words in
    lower case ("Minister clears his desk" stays one); in a script with capitals, where a
    headline may capitalise every word, the word before the desk's must be a desk's own
    ("Web", "Online": vocab.DESK_BYLINE_WORDS) or a site's domain.

    >>> _desk_line("Harbour Ledger Web Desk"), _desk_line("bdnews24.com Desk"), _desk_line("ডিজিটাল ডেস্ক")
    (True, True, True)
    >>> _desk_line("Minister clears his desk"), _desk_line("Minister Clears His Desk"), _desk_line("Desk")
    (False, False, False)

    The desk's own word may be in lower case ("LSM.lv Ziņu redakcija", 'LSM.lv news desk').

    >>> _desk_line("LSM.lv Ziņu redakcija"), _desk_line("Delfi redakcija"), _desk_line("Clean desk")
    (True, False, False)
    """
    words = s.split()
    if not 2 <= len(words) <= MAX_DESK_LINE_WORDS or words[-1].casefold() not in NEWSROOM_DESK_WORD_SET \
            or any(w[:1].islower() and w.isalpha() for w in words[:-1]):
        return False
    before = words[-2]
    return not (before.isalpha() and (before[:1].isupper() or before[:1].islower())) \
        or before.casefold() in DESK_BYLINE_WORD_SET


def _agency_credit(s: str) -> bool:
    """A label of a word or two, a colon, and an agency's name alone: a credit line.

    >>> _agency_credit("كتب: أ ش أ"), _agency_credit("Source: Reuters"), _agency_credit("Reuters: Ports reopen")
    (True, True, False)
    """
    label, _, credit = s.rpartition(":")
    credit = credit.strip()
    return 0 < len(label.split()) <= MAX_CREDIT_LABEL_WORDS and 0 < len(credit) <= MAX_AGENCY_CREDIT_CHARS \
        and normalize.normalize_agency(credit, credit=True) is not None


def _outlet_credit(s: str) -> bool:
    """An outlet's name of a word or three, a dash or a bar, and an agency's credit: its name
    or its dotted initials ("هسبريس - و.م.ع", Hespress running MAP's copy). A headline's
    words run longer, or in lower case ("Ports reopen after strike - Reuters" stays one).

    >>> _outlet_credit("هسبريس - و.م.ع"), _outlet_credit("Harbour Post | AFP"), _outlet_credit("Ports reopen - AFP")
    (True, True, False)
    """
    parts = OUTLET_AGENCY_SPLIT_RE.split(s)
    if len(parts) != 2:
        return False
    name, credit = parts[0].split(), parts[1].strip()
    if not 0 < len(name) <= MAX_OUTLET_CREDIT_NAME_WORDS or any(
            w[:1].islower() and w.casefold() not in normalize.NAME_PARTICLES for w in name):
        return False
    return bool(DOTTED_INITIALS_RE.match(credit)) or len(credit) <= MAX_AGENCY_CREDIT_CHARS \
        and normalize.normalize_agency(credit, credit=True) is not None


def _credit_label(s: str) -> bool:
    """A byline's label and a few words, none of them in lower case, after it ("Written by
    पीटीआय", "By HARBOUR DESK STAFF"), even when no name there is known; "By the numbers:
    ..." is a headline.

    >>> _credit_label("Written by पीटीआय"), _credit_label("By the numbers: a port in figures")
    (True, False)
    """
    m = BYLINE_RE.match(s)
    if not m or m["opener"].casefold() not in CREDIT_LABEL_OPENERS:
        return False
    words = [w for w in m["names"].split() if w.casefold() not in NAME_JOINER_SET]
    return 0 < len(words) <= MAX_CREDIT_LABEL_NAME_WORDS and not any(
        w[:1].islower() and w.casefold() not in normalize.NAME_PARTICLES for w in words) \
        and not s.endswith((".", ":"))


def _menu(raw: str, s: str) -> bool:
    """A site's menu or breadcrumb, its items set apart by wide gaps, bars or arrows: "News
    World  Sport", "Home > Markets", "E-Edition | Obituaries | Classifieds". (Items run
    together with single spaces are _section_menu's: they may be a short headline too.)"""
    return bool(MENU_LINE_RE.search(raw) or _breadcrumb(s) or (" | " in s and all(
        len(p.split()) <= 3 for p in s.split(" | "))) or (" - " in s and _dash_menu(s)))


def _breadcrumb(s: str) -> bool:
    """A breadcrumb's items set apart by arrows ("Home > Markets", "Accueil » Économie"); a
    quotation's guillemets are none.

    >>> _breadcrumb("Accueil » Économie"), _breadcrumb("Un quai « fermé » jusqu'à lundi")
    (True, False)
    """
    if "«" in s:
        s = GUILLEMET_QUOTE_RE.sub("", s)
    return bool(BREADCRUMB_RE.search(s))


def _dash_menu(s: str) -> bool:
    """Menu items set apart by dashes, MIN_DASH_MENU_ITEMS of them at least, each of a word
    or three ("[ Yahoo! ] Home - Top Stories - Business - World"); a headline has two
    parts at most ("Ports reopen - Business").

    >>> _dash_menu("[ Yahoo! ] Home - Top Stories - Business - World"), _dash_menu("Ports reopen - Business")
    (True, False)
    """
    parts = s.split(" - ")
    return len(parts) >= MIN_DASH_MENU_ITEMS and all(
        sum(any(c.isalnum() for c in w) for w in p.split()) <= 3 for p in parts)   # "[ Yahoo! ] Home": two


def _masthead(s: str) -> bool:
    """An outlet's name over its story, then its section or what it is ("MercoPress, South
    Atlantic News Agency", "Harbour Ledger — Business", "روزنامہ ایکسپریس — قومی خبریں"): a
    name (its words capitalised, or in a script without capitals) of a few words, and a short
    part after a comma or a dash that names sections only, or that capitalises every word and
    ends in an outlet's noun. A headline has a verb and words in lower case ("Ports reopen -
    Business" stays one).

    >>> _masthead("MercoPress, South Atlantic News Agency"), _masthead("Ports reopen, unions say")
    (True, False)
    >>> _masthead("Harbour Ledger — World News"), _masthead("Harbour Ledger — Ports Reopen After Strike")
    (True, False)

    A site's line saying it is a paper's online edition is one too, and so is an archive's
    name after the paper's ("Harbour Ledger - archive of articles").

    >>> _masthead("Online edition of the Harbour Ledger"), _masthead("Harbour Ledger - archive of articles")
    (True, True)

    An issuing body's name and what it calls the text, over a release's headline, is one too.

    >>> _masthead("Commission européenne - Communiqué de presse"), _masthead("UNHCR BRIEFING NOTES")
    (True, True)
    >>> _masthead("Ministers reject the plan - press release"), _masthead("Why nobody reads a press release")
    (False, False)
    """
    if s[:1] in "OoEeIiWwDdTt" and MASTHEAD_EDITION_RE.match(s):
        return True
    if s.endswith(")") and _outlet_and_city(s):
        return True
    if _issuer_release_kind(s):
        return True
    parts = MASTHEAD_SPLIT_RE.split(s)
    if len(parts) == 1:
        return _outlet_name(s.split())
    if len(parts) != 2:
        return False
    name, tail = parts[0].split(), parts[1].split()
    folded = [w.casefold() for w in tail]
    sections = bool(folded) and all(w in SECTION_WORD_SET for w in folded)
    # (a paper's longer name over its section alone: "Global Harbour Light Of Fiji | Local News")
    if not name or not tail or len(name) > MAX_MASTHEAD_NAME_WORDS + 2 * sections or len(tail) > MAX_MASTHEAD_TAIL_WORDS \
            or any(w[:1].islower() and w.casefold() not in normalize.NAME_PARTICLES for w in name):
        return False
    if folded[0] in MASTHEAD_ARCHIVE_WORD_SET:
        return True     # "Rovnost - archiv článků": the paper's archive of its articles
    if sections or _outlet_name(name):
        return True     # "روزنامہ نوائے وقت ۔ اسلام آباد": the paper's name, then its city
    return folded[-1] in MASTHEAD_NOUN_SET and all(
        w[:1].isupper() or w.casefold() in normalize.NAME_PARTICLES for w in tail)


def _issuer_release_kind(s: str) -> bool:
    """A body's name, then what it calls the text, after a dash or a bar or alone after the
    name ("Commission européenne - Communiqué de presse", "UNHCR BRIEFING NOTES", "WHO News
    Release"): the name a few words opened by a capital, none of them a verb's sentence (a
    name's lower-case words are particles or adjectives, "Organisation mondiale de la santé")."""
    folded = s.casefold()
    if not any(folded.endswith(k) for k in RELEASE_KIND_SET):
        return False       # (the common case, seen at C speed)
    words = s.split()
    for n in range(1, MAX_RELEASE_KIND_WORDS + 1):
        if " ".join(words[-n:]).casefold() in RELEASE_KIND_SET:
            name = words[:-n]
            if name and name[-1] in ("-", "–", "—", "|", "--"):
                name = name[:-1]
            elif len(words) > n and not all(w[:1].isupper() for w in words[-n:]):
                return False    # "Why nobody reads a press release": a phrase in the sentence
            return 0 < len(name) <= MAX_ISSUER_LINE_WORDS and name[0][:1].isupper() \
                and sum(w[:1].isupper() for w in name) * 2 >= len(name) \
                and not any(c in " ".join(name) for c in ".:;!?")
    return False


def _outlet_and_city(s: str) -> bool:
    """An outlet's name, its words capitalised, and a known city in brackets after it, as
    allAfrica sets the paper it reprints under the headline ("Premium Times (Abuja)"). A
    headline has words in lower case ("Floods cut roads (Abuja)" stays one).

    >>> _outlet_and_city("Premium Times (Abuja)"), _outlet_and_city("Floods cut roads (Abuja)")
    (True, False)
    """
    m = MASTHEAD_CITY_RE.match(s)
    if not m:
        return False
    name = m["name"].split()
    return 0 < len(name) <= MAX_MASTHEAD_NAME_WORDS and not any(
        w[:1].islower() and w.casefold() not in normalize.NAME_PARTICLES for w in name) \
        and normalize.is_known_city(m["city"].strip())


def _outlet_name(words: list[str]) -> bool:
    """A paper's name alone: a few words, none of them in lower case, opened or closed by an
    outlet's noun ("روزنامہ راشٹریہ سہارا", 'Daily Rashtriya Sahara'; "Harbour Daily News").
    A headline has a verb and words in lower case ("Daily fares rise" stays one).

    >>> _outlet_name("Harbour Daily News".split()), _outlet_name("Daily fares rise".split())
    (True, False)
    >>> _outlet_name("The Daily Courier Online Archive".split()), _outlet_name("Kenya Opens National Archive".split())
    (True, False)
    """
    folded = [w.casefold() for w in words]
    archive = bool(folded) and folded[-1] in MASTHEAD_ARCHIVE_WORD_SET
    if not 2 <= len(words) <= MAX_MASTHEAD_NAME_WORDS + 2 * archive or any(
            w[:1].islower() and w.casefold() not in normalize.NAME_PARTICLES for w in words):
        return False
    if archive:
        # "The Daily Courier Online Archive", "Harbour Ledger Digital Archive": the paper's
        # archive, named by an outlet's noun or the word for its web form
        return any(w in MASTHEAD_NOUN_SET or w in ONLINE_WORD_SET for w in folded[:-1])
    return folded[0] in MASTHEAD_NOUN_SET or folded[-1] in MASTHEAD_NOUN_SET


# A Chinese, Japanese or Korean name runs to a few characters ("山田 太郎", "欧阳 修远"); a
# longer run split by a full-width space is a headline's two parts ("...融資　農水省").
MAX_CJK_NAME_CHARS = 8
MAX_AGENCY_CREDIT_CHARS = 40   # an agency's name after a byline's comma: "BNS", "Australian Associated Press"
MIN_DASH_MENU_ITEMS = 4        # "Home - News - Sport - World"; a headline and its section are two
MAX_CREDIT_LABEL_WORDS = 2     # a credit's label: "Source", "كتب", "Fuente", "Written by"


def _bare_byline(s: str, above: str) -> bool:
    """A line of only a person's name (two or three words, or an initial glued to the name:
    "Д.Энхтуяа") under a longer headline.

    >>> _bare_byline("Д.Энхтуяа", "Шинэ цэцэрлэг ашиглалтад орлоо өнөөдөр"), _bare_byline("U.S.", "Fed holds rates for now")
    (True, False)
    """
    words = s.split()
    if len(s) > MAX_CJK_NAME_CHARS and not s.isascii() and cjk.has_cjk(s):
        return False
    if len(words) == 1 and _glued_initial_name(s):
        words = s.replace(".", ". ").split()
    # (a line closed by a comma carries on onto the next: "कोशीमा पानीको सतह बढ्यो," over
    # three words, a headline's second line in a script whose names no capital marks)
    return 2 <= len(words) <= 3 and len(above.split()) >= 4 and not s.endswith(".") and above[-1:] not in ",;" \
        and normalize.normalize_name(s) is not None and not any(
            w.casefold() in normalize.NAME_PARTICLES for w in words[:1])


def _name_bar_role(s: str, above: str) -> str | None:
    """The name of a byline line of a person's name, a bar and the role ("Mariela Quintero |
    Corresponsal") under a longer headline, else None.

    >>> _name_bar_role("Mariela Quintero | Corresponsal", "Sinaloa arranca la cosecha de maíz")
    'Mariela Quintero'
    >>> _name_bar_role("Deportes | Fútbol", "Sinaloa arranca la cosecha de maíz") is None
    True
    """
    name, _, role = s.partition("|")
    words = role.split()
    if not words or len(words) > MAX_BAR_ROLE_WORDS or not _is_role_word(words[0]) \
            or not _bare_byline(name.strip(), above):
        return None
    return normalize.normalize_name(name.strip())


def _outlet_line(s: str) -> bool:
    """Whether a bare name line is an outlet's name, no person's, as a page's text may set it
    under the headline over a section and the date: an article before capitalised words
    ("The Millbrook Courier"), a masthead's word ("Harbour Herald"), or an outlet's noun first
    or last ("Harbour Daily News").

    >>> _outlet_line("The Millbrook Courier"), _outlet_line("Harbour Herald"), _outlet_line("Maya Oyelaran")
    (True, True, False)
    >>> _outlet_line("Yahoo Finance"), _outlet_line("Kleine Zeitung"), _outlet_line("Rosa Posten")
    (True, True, False)
    """
    return _outlet_or_newsroom(s) or MASTHEAD_RE.search(s) is not None or _outlet_name(s.split()) \
        or any(w.strip(".,:;'’\"").casefold() in OUTLET_NAME_WORD_SET for w in s.split())


MAX_BAR_ROLE_WORDS = 3     # "Corresponsal", "Staff Writer", "Correspondent in Kyiv"
MAX_OUTLET_LINE_WORDS = 4  # "Arizona Republic", "The Sydney Morning Herald"


def _place_or_outlet_line(s: str, out: RawFields) -> bool:
    """A line under a bare byline, over the date, that is the place the reporter files from
    (a known city in capitals, recorded as the story's place: The Hindu's "GUWAHATI") or the
    paper's name (a few capitalised words, no figures, no full stop: "Arizona Republic").

    >>> out = RawFields(); _place_or_outlet_line("GUWAHATI", out), out.header_city
    (True, 'Guwahati')
    >>> _place_or_outlet_line("Arizona Republic", RawFields()), _place_or_outlet_line("Prices rose again.", RawFields())
    (True, False)
    """
    words = s.split()
    if s.isupper() and normalize.is_gazetteer_city(s) and not normalize.month_names().get(normalize.fold(s)):
        out.header_city = out.header_city or normalize.normalize_city(s)
        return True
    return 0 < len(words) <= MAX_OUTLET_LINE_WORDS and not any(c.isdigit() for c in s) \
        and s[-1:].isalpha() and all(w[:1].isupper() or w.casefold() in normalize.NAME_PARTICLES for w in words)


def _glued_initial_name(s: str) -> bool:
    """An initial glued to a name ("Д.Энхтуяа", "А.Б.Иванов"): capital initials, then a
    capitalised name in lower case after them.

    >>> _glued_initial_name("Д.Энхтуяа"), _glued_initial_name("B.ENKHBAYAR"), _glued_initial_name("e.on")
    (True, False, False)
    """
    m = GLUED_INITIAL_NAME_RE.match(s)
    return bool(m) and m["initials"].isupper() and m["name"][0].isupper() and m["name"][1:].islower()


def _name_and_agency(s: str, above: str) -> tuple[str, str] | None:
    """A byline of a person's name, a comma and an agency, alone on its line under a longer
    headline ("Eglė Kazlauskaitė, BNS", "Jo Roe, AAP"): (the name, the agency), else None.

    >>> _name_and_agency("Eglė Kazlauskaitė, BNS", "Bridge works start in Kaunas this summer")
    ('Eglė Kazlauskaitė', 'BNS')
    >>> _name_and_agency("Vilnius, Kaunas", "Bridge works start in Kaunas this summer") is None
    True
    """
    name, _, credit = s.rpartition(", ")
    agency = normalize.normalize_agency(credit, credit=True) if name and len(credit) <= MAX_AGENCY_CREDIT_CHARS else None
    if not agency or not _bare_byline(name, above) or normalize.normalize_agency(name, credit=True) \
            or normalize.is_known_city(name):
        return None
    return normalize.normalize_name(name), agency


def _section_menu(s: str) -> bool:
    """A site's menu run together on one line with single spaces: every word capitalised,
    more than half of them (and SECTION_MENU_MIN_WORDS at least) names of sections ("Latest
    National Sport Entertainment Lifestyle"); a headline in title case has a verb and a
    subject among them ("Local Business Owners Fight New Property Tax")."""
    words = [w for w in s.split() if not MENU_JOINER_RE.match(w)]
    if len(words) < SECTION_MENU_MIN_WORDS or not all(w[:1].isupper() for w in words):
        return False
    sections = sum(w.casefold() in SECTION_WORD_SET for w in words)
    return sections >= SECTION_MENU_MIN_WORDS and sections * 2 > len(words)


def _catchline(s: str) -> bool:
    """A wire's catchline (PA's copy opens with one over its date and headline): the desk's
    section in capitals, then a keyword or three, each capitalised, none in capitals, no
    figure. A headline has words in lower case, or is all in capitals.

    >>> _catchline("POLITICS Election Fife"), _catchline("POLITICS Voters head to the polls")
    (True, False)
    >>> _catchline("HEALTH Hospitals Vaccines"), _catchline("NEWS AT TEN"), _catchline("Politics Election Fife")
    (True, False, False)
    """
    words = s.split()
    return 2 <= len(words) <= MAX_CATCHLINE_WORDS and words[0].isupper() \
        and words[0].casefold() in SECTION_WORD_SET \
        and all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in words[1:])


def _nav_line(s: str) -> bool:
    """A line that may be a menu item: a word or two, short ("World", "Top News", "国际")."""
    if len(s) > NAV_LINE_CHARS or len(s.split()) > 2:
        return False
    return len(s) <= NAV_LINE_CJK_CHARS or not cjk.has_cjk(s)


def strip_region_label(title: str) -> str:
    """A headline without the region's code and colon a regional desk sets before it (vocab.
    REGION_CODE_LABELS), or a label in capitals that the headline repeats as its first word.
    Other labels ("KILL: ...", "UPDATE: ...") stay: they say what the copy is.

    >>> strip_region_label("VIC: Ferry fares to rise in July"), strip_region_label("TAS: TAS ferry fares rise")
    ('Ferry fares to rise in July', 'TAS ferry fares rise')
    >>> strip_region_label("KILL: Ferry story withdrawn"), strip_region_label("FIFA: FIFA fines club")
    ('KILL: Ferry story withdrawn', 'FIFA fines club')
    """
    label, sep, rest = title.partition(": ")
    if not sep or not label.isupper() or not label.isalpha() or not REGION_LABEL_MIN <= len(label) <= REGION_LABEL_MAX:
        return title
    words = rest.split()
    if len(words) < REGION_LABEL_MIN_WORDS or not words[0][:1].isupper():
        return title
    if label in vocab.REGION_CODE_LABELS or words[0].strip(".,;'’s") == label:
        return rest.strip()
    return title



# An agency's label before its headline: the country and the agency's short name joined by a
# hyphen, then a slash, as Côte d'Ivoire's AIP heads its stories ("Côte d’Ivoire-AIP/ Bouaké :
# ..."): the agency's mark, no words of the headline.
AGENCY_LABEL_RE = re.compile(r"^(?P<place>[^\W\d_][\w'’. ]{1,30}?)-(?P<agency>[^\W\d_]{2,8})\s*/\s+(?=\S)")
AGENCY_LABEL_MAX_CHARS = 42   # the place, the hyphen, the agency's short name and the slash


def strip_agency_label(title: str) -> str:
    """A headline without the label of a country and an agency's short name an agency sets
    before it (AGENCY_LABEL_RE); a label naming no agency or no country stays ("SALOMON SA
    EURO-CP/CREDIT TERMS": a teletype's slug, "CP" no Canadian Press there).

    >>> strip_agency_label("Côte d’Ivoire-AIP/ Bouaké : une école rouvre"), strip_agency_label("Anti-EU/ pro-EU rallies")
    ('Bouaké : une école rouvre', 'Anti-EU/ pro-EU rallies')
    """
    m = AGENCY_LABEL_RE.match(title) if "/" in title[:AGENCY_LABEL_MAX_CHARS] else None
    if m and normalize.normalize_agency(m["agency"], credit=True) and normalize.is_country(m["place"].replace("'", "’")) \
            and len(title) > m.end():
        return title[m.end():]
    return title
