"""Fields stage, bylines: a byline or an agency's credit line -> (names, agencies)."""
from __future__ import annotations

import re

from .. import normalize, vocab
from .patterns import (HEBREW_AND_RE, SLASH_PAIR_RE, SPACED_DASH_SPLIT_RE, ACRONYM_RE, CREDIT_EMAIL_RE, AGENCY_IN_PLACE_RE, DIGIT_RE, BYLINE_AFFILIATION_RE, BYLINE_DASH_RE,
                       BYLINE_RE, BYLINE_WEAK_OPENERS, BYLINE_WIRE_MARKS_RE, EMPHASIS_RE, GENERIC_SOURCE_RE, INPUTS_NOTE_RE,
                       INPUTS_PART_LEAD_RE, JOINER_LEAD_RE, MASTHEAD_RE, SIGNOFF_SPLIT_RE, MAX_BYLINE_CHARS, NAME_SPLIT_RE,
                       NAME_BRACKET_PLACE_RE, NAME_SLASH_PLACE_RE,
                       OUTLET_ARTICLES, OUTLET_CREDIT_RE, PLACE_SUFFIX_RE, ROLE_WORDS,
                       ROLE_WORDS_RE, SOURCE_LINE_RE, STATE_RE, WIRE_REPORTS_RE,
                       WITH_AGENCY_BRACKET_RE)
from .head_patterns import (AGENCY_CREDIT_RE, MAX_AGENCY_LINE_WORDS, SECTION_PART_RE, RELATIVE_STAMP_RE, MAX_RELATIVE_STAMP_CHARS,
                            SOURCE_EDITION_RE)
from .record import RawFields, _add


def parse_byline(line: str) -> tuple[list[str], list[str]] | None:
    """(names, agencies) from a byline line, or None when the line is not a byline.

    >>> parse_byline("By DENIS D. GRAY, Associated Press Writer")
    (['Denis D. Gray'], ['AP'])
    >>> parse_byline("par Hye-jin Yoon et Do-yeon Han")
    (['Hye-jin Yoon', 'Do-yeon Han'], [])
    >>> parse_byline("by Janie Gabbett, Reuters")
    (['Janie Gabbett'], ['Reuters'])
    >>> parse_byline("By the end of the day, shares had fallen.") is None
    True
    >>> parse_byline("Story by Jo Park • 2h • 2 min read")
    (['Jo Park'], [])
    >>> parse_byline("EFE.com - Agencia EFE")
    ([], ['EFE'])
    >>> parse_byline("Par Jo Roe (AFP) – Il y a 3 heures")
    (['Jo Roe'], ['AFP'])
    """
    s = line.strip()
    if len(s) > MAX_BYLINE_CHARS:
        return None
    if s[:2] == "By" and s[2:4].isupper():
        s = "By " + s[2:]          # "ByJAMES HOLLOWAY Associated Press": a page glued them
    if s[:1] == "^" or s[-1:] == "$":
        s = BYLINE_WIRE_MARKS_RE.sub("", s).strip()   # "^By JO ROE$": a 1980s feed's header marks
    s = unemphasised(s)     # "**By Jo Roe**": a page's bold byline
    if " – " in s or " - " in s or " — " in s:
        head, _, tail = max(s.rpartition(" – "), s.rpartition(" - "), s.rpartition(" — "), key=lambda p: len(p[0]))
        if head and len(tail) <= MAX_RELATIVE_STAMP_CHARS and RELATIVE_STAMP_RE.match(tail.strip()):
            s = head.strip()        # "Par Jo Roe (AFP) – Il y a 3 heures": the page's relative stamp after a dash
    m = BYLINE_RE.match(s)
    bar = next((b for b in BYLINE_META_BARS if b in m["names"]), None) if m else None
    if bar and DIGIT_RE.search(m["names"].split(bar, 1)[1]):
        # "מאת: Name | יום שלישי, ... | 11.02.2025 | 14:32" (TPS): the page's date notes after
        # the bar, whatever their words, are no names
        return parse_byline(s[:s.index(bar)])
    if m and m["opener"] in ("Le", "LE", "lE"):
        return None           # "Le Grand Paris Express": French, no Irish 'by' (written "le")
    if m and m["opener"] in ("Ni", "ni", "NI") and m["names"].split(None, 1)[0].casefold() in vocab.BALINESE_NAME_WORDS:
        return None           # "Ni Kadek Roe": a Balinese woman's name, no Tagalog 'by'
    if m:
        rejected: list[str] = []
        text, role_agencies, _ = _byline_parts(m["names"])
        lone = normalize.normalize_agency(text, credit=True) if " " not in text.strip() else None
        if lone:
            return [], [lone]   # "By Sapa", "Oleh Bernama": one word, an agency's short name, its own copy
        names, agencies = split_names(text, rejected)
        agencies = _merge(agencies, role_agencies)
        if not names and not agencies and not rejected and (
                ROLE_WORDS_RE.search(m["names"]) or MASTHEAD_RE.search(m["names"])
                or _outlet_or_newsroom(text)):
            return [], []     # "di Redazione Online", "By Staff", "By Guardian Nigeria": a desk or a paper, no person
        if len(names) == 1 and OUTLET_WITH_AGENCIES_RE.search(m["names"]):
            return [], agencies   # "By Al Jazeera and news agencies": the outlet's own credit
        if m["opener"].casefold() in BYLINE_WEAK_OPENERS and not _people_only(names, agencies, rejected):
            if agencies and not names and not rejected:
                return [], agencies    # "Oleh BERNAMA": the agency's own copy, no person
            return None       # "Na Casa Branca" (Portuguese 'at the White House'): no byline
        if m["opener"].casefold() in vocab.BYLINE_ARTICLE_OPENERS and not agencies and not rejected \
                and len(names) == 1 and " " not in names[0]:
            return None       # "De Gelderlander": a Dutch paper's masthead, no byline
        if any(len(r.split()) >= 3 for r in rejected) or any(
                sum(w.casefold() not in normalize.NAME_PARTICLES for w in n.split()) > 4 for n in names):
            bar = next((b for b in BYLINE_META_BARS if b in s), None)
            if bar:     # "By Jo Park | Sept. 14, 2021 at 3:58 PM": the byline before the bar
                return parse_byline(s.split(bar)[0])
            return None   # "De brand brak ... en Schiedam.", "DI INDUSTRIES FLORIDA UNIT GETS ..."
        return (names, agencies) if names or agencies else None
    m = BYLINE_AFFILIATION_RE.match(s)
    if m:
        aff_agencies = normalize.find_agencies(m["aff"])
        if not aff_agencies:
            agency = role_agency(m["aff"])       # "Jo Roe, UzA muxbiri"
            aff_agencies = [agency] if agency else []
        if not aff_agencies or len(m["names"].split()) > 4:
            return None
        if normalize.is_country(m["aff"].split("(")[0].split(",")[0]) and normalize.is_gazetteer_city(m["names"].strip()):
            return None       # "CIUDAD DE MÉXICO, MÉXICO (REUTERS)": a script's place and country, no one's name
        if m["dash"] and not ROLE_WORDS_RE.search(m["aff"]):
            return None       # "Biden Wins Iowa - AP": a headline and its source, no byline
        if m["names"].isupper() and " " not in m["names"].strip() and not m["dash"]:
            # "BROADCAST | AGÊNCIA ESTADO": one word in capitals beside the agency is its
            # service's or desk's name, no one's (a person signs with two names at least)
            return [], aff_agencies
        names, agencies = split_names(m["names"])
        names = [n for n in names if normalize.normalize_agency(n, credit=True) not in aff_agencies
                 and not SITE_NAME_RE.search(n)]
        if names:
            return names, _merge(agencies, aff_agencies)
        if agencies or normalize.normalize_agency(SITE_NAME_RE.sub("", m["names"].strip()), credit=True):
            return [], _merge(agencies, aff_agencies)    # "Andina - Agencia Peruana de Noticias": a masthead
        if not agencies and not m["dash"] and ROLE_WORDS_RE.search(m["names"]):
            return [], aff_agencies     # "Yle Uutiset | STT": the outlet's news desk, its agency
        return None
    return _run_on_agency_byline(s)


# A site's name, no person's: "BERNAMA.com" over "Malaysian National News Agency" (a printed
# page's header), "ANSA.it".
SITE_NAME_RE = re.compile(r"(?<=[^\W\d_]{2})\.(?:com|net|org|info|[a-z]{2})(?:\.[a-z]{2})?$")
RUN_ON_NAME_WORDS = (2, 3)   # a person's given name and surname, maybe a middle one
MAX_RUN_ON_WORDS = 8         # a name of three words and "Press Trust of India Business Writer"


def _run_on_agency_byline(s: str) -> tuple[list[str], list[str]] | None:
    """A byline with no opener whose name runs into its agency's full name, as the Toronto
    Star set CP's copy ("Gordon Fairbairn The Canadian Press"): the name and the agency,
    when the agency is written in two words or more (a short form after two capitalised
    words is as likely a headline's last word) and the name reads as one.

    >>> _run_on_agency_byline("Ann Lee The Canadian Press")
    (['Ann Lee'], ['CP'])
    >>> _run_on_agency_byline("Ottawa Cuts Jobs AP") is None
    True
    >>> _run_on_agency_byline("Canada Post The Canadian Press") is None
    True
    """
    words = s.split()
    if not 4 <= len(words) <= MAX_RUN_ON_WORDS or not (words[0][:1].isupper() and words[1][:1].isupper()
                                                       and words[-1][:1].isupper()):
        return None      # (every line of a head comes here: the agency lookups only for this shape)
    name, agency = _trailing_agency(s)
    if agency is None or len(s[len(name):].split()) < 2 or len(name.split()) not in RUN_ON_NAME_WORDS \
            or not all(w[:1].isupper() for w in name.split()) \
            or any(normalize.is_country(w) or normalize.is_known_city(w) for w in name.split()):
        return None      # "Canada Post The Canadian Press": a body or a place, no person
    person = normalize.normalize_name(name)
    return ([person], [agency]) if person else None


# What splits a byline from the page's notes on the story after it: "By Jo Park | Sept. 14,
# 2021", MSN's "Story by Jo Park • 2h • 2 min read", "Von Jo Park · 3 Min."
BYLINE_META_BARS = ("|", "•", "·")


def role_agency(aff: str) -> str | None:
    """The agency of an affiliation that a role word closes, where the role makes it a credit
    and a short name that is also a word counts: "UzA muxbiri" (Uzbek 'UzA's correspondent');
    None without a role word or an agency.

    >>> role_agency("UzA muxbiri"), role_agency("UzA"), role_agency("City Desk")
    ('UzA', None, None)
    """
    if not ROLE_WORDS_RE.search(aff):
        return None
    return normalize.normalize_agency(ROLE_WORDS_RE.sub(" ", aff), credit=True)


def unemphasised(s: str) -> str:
    """A line set whole in Markdown's or a chat's emphasis ("_A worker dries leaves. (AP
    Photo/Jo Roe)_", Slack's italics, a bold byline) without its marks; the line as it is
    otherwise.

    >>> unemphasised("_Crowds gather. (AP Photo/Jo Roe)_"), unemphasised("*x* and y")
    ('Crowds gather. (AP Photo/Jo Roe)', '*x* and y')
    """
    if s[:1] not in "*_" or s[-1:] not in "*_":
        return s
    m = EMPHASIS_RE.match(s)
    return m["inner"].strip() if m else s


def _people_only(names: list[str], agencies: list[str], rejected: list[str]) -> bool:
    """A weak opener's byline: people's names only, each of two words or more and no place
    (Swahili's "Na Baraka Roe", not Portuguese's "Na Casa Branca" nor "Na Bahia").

    An agency after the names is the writers' own ("Na Baraka Roe, KNA"), when no name is
    a place the gazetteer knows either:

    >>> _people_only(["Baraka Roe"], [], []), _people_only(["Bahia"], [], [])
    (True, False)
    >>> _people_only(["Baraka Roe"], ["AFP"], []), _people_only(["Praia Grande"], ["Lusa"], [])
    (True, False)
    """
    return bool(names) and not rejected and not any(
        len(n.split()) < 2 or normalize.is_known_city(n) or normalize.is_country(n)
        or agencies and normalize.is_gazetteer_city(n) for n in names)


# An outlet crediting itself with the agencies whose copy it ran: "Al Jazeera and news
# agencies", "Daily Harbour with wire services". (A person's byline says "Jo Roe and agencies",
# as the Guardian writes it: the plural with "news" or "wire" is the outlet's own.)
OUTLET_WITH_AGENCIES_RE = re.compile(r"\s(?:and|with|&)\s+(?:news|wire)\s+(?:agencies|services)\s*$",
                                     re.IGNORECASE)


def _byline_parts(text: str) -> tuple[str, list[str], str | None]:
    """A byline's names, the agencies of its role after a dash, and the desk's place after
    that: ``(names, agencies, place)``; the text whole when no role follows a dash.

    >>> _byline_parts("Luana Figueiredo - Repórter da Agência Brasil - Brasília")
    ('Luana Figueiredo', ['Agência Brasil'], 'Brasília')
    >>> _byline_parts("Jo Park - Mar 3, 2012")
    ('Jo Park - Mar 3, 2012', [], None)
    """
    if "-" not in text and "–" not in text and "—" not in text:
        return text, [], None
    parts = BYLINE_DASH_RE.split(text)
    if len(parts) < 2 or len(parts) > 3 or not (
            ROLE_WORDS_RE.search(parts[1]) or normalize.find_agencies(parts[1])):
        return text, [], None
    agencies = normalize.find_agencies(parts[1])
    place = parts[2] if len(parts) == 3 and SECTION_PART_RE.match(parts[2]) \
        and parts[2][:1].isupper() and not ROLE_WORDS_RE.search(parts[2]) \
        and not normalize.find_agencies(parts[2]) else None
    return parts[0], agencies, place


# The place a byline's writer filed from, after a dash or a comma and the word for 'in'
# (vocab.AGENCY_PLACE_PREPOSITIONS), closing the line: Jeune Afrique's "Par Jo Roe - à Lagos".
BYLINE_AT_PLACE_RE = re.compile(
    r"(?:\s[-–—]|,)\s*(?:" + "|".join(vocab.AGENCY_PLACE_PREPOSITIONS) + r")\s+(?P<place>[^\W\d_][\w'’.-]*"
    r"(?:\s+[^\W\d_][\w'’.-]*){0,2})\s*$")


def byline_place(line: str) -> str | None:
    """The desk's place a byline names after its role ("Por Ana Lima - Repórter da Agência
    Brasil - Brasília"), or after a dash and 'in' ("Par Jo Roe - à Lagos"), as a city; None
    without one.

    >>> byline_place("Par Jo Roe - à Lagos"), byline_place("By Jo Roe, in Kumasi"), byline_place("Par Jo Roe")
    ('Lagos', 'Kumasi', None)
    """
    at = BYLINE_AT_PLACE_RE.search(line) if " à " in line or " in " in line or " en " in line \
        or " em " in line or " a " in line else None
    if at and normalize.is_gazetteer_city(at["place"]) and parse_byline(line[:at.start()].strip()):
        return normalize.normalize_city(at["place"])
    m = BYLINE_RE.match(line.strip()) if " - " in line or " – " in line else None
    place = _byline_parts(m["names"])[2] if m else None
    return normalize.normalize_city(place) if place else None


def _merge(a: list[str], b: list[str]) -> list[str]:
    out: list[str] = []
    _add(out, a)
    _add(out, b)
    return out


# A newsroom's word opening a byline's part, the outlet's name after it ("Por Newsroom
# Infobae", "Redacción Deportes"): the desk, no person.
NEWSROOM_WORDS = frozenset(vocab.NEWSROOM_PLACE_WORDS)


def slash_signatures(s: str) -> tuple[list[str], list[str]] | None:
    """(names, agencies) of a line of two writers or more, each a name, a slash and the agency,
    run together, maybe with the agency alone closing the line ("Karin Roe/TT Per Dahl/TT TT");
    None for any other line.

    >>> slash_signatures("Karin Roe/TT Per Dahl/TT TT"), slash_signatures("Karin Roe/TT")
    ((['Karin Roe', 'Per Dahl'], ['TT']), None)
    >>> slash_signatures("New York/Reuters London/Reuters") is None
    True
    """
    if s.count("/") < 2 or len(s) > 2 * MAX_BYLINE_CHARS:
        return None
    names: list[str] = []
    agencies: list[str] = []
    at = 0
    text = s.strip()
    for m in SLASH_PAIR_RE.finditer(text):
        if text[at:m.start()].strip():
            return None
        agency = normalize.normalize_agency(m["agency"], credit=True)
        name = normalize.normalize_name(m["name"])
        if not agency or not name or normalize.is_known_city(m["name"]) \
                or not all(w[:1].isupper() for w in m["name"].split()):
            return None
        _add(names, [name])
        _add(agencies, [agency])
        at = m.end()
    rest = text[at:].strip()
    if len(names) < 2 or rest and normalize.normalize_agency(rest, credit=True) not in agencies:
        return None
    return names, agencies


def hyphen_joined(name: str, agencies: list[str]) -> list[str]:
    """A byline's two writers joined by a bare hyphen, as VNA signs ("Minh Thu-Hoàng Nam"
    with "(TTXVN)"), when ``agencies`` name an agency of that style
    (vocab.HYPHEN_JOINED_BYLINE_AGENCIES) and each side is a name of two words or more; else
    [name]. A hyphen inside one name joins a single word on a side ("Jean-Luc Roe").

    >>> hyphen_joined("Minh Thu-Hoàng Nam", ["VNA"]), hyphen_joined("Minh Thu-Hoàng Nam", ["AFP"])
    (['Minh Thu', 'Hoàng Nam'], ['Minh Thu-Hoàng Nam'])
    >>> hyphen_joined("Lê Anh-Tuấn", ["VNA"])
    ['Lê Anh-Tuấn']
    """
    if name.count("-") != 1 or " -" in name or "- " in name \
            or not any(a in HYPHEN_JOINED_AGENCY_SET for a in agencies):
        return [name]
    sides = [normalize.normalize_name(p) for p in name.split("-")]
    if not all(sides) or any(len(p.split()) < 2 for p in sides):
        return [name]
    return sides


HYPHEN_JOINED_AGENCY_SET = frozenset(vocab.HYPHEN_JOINED_BYLINE_AGENCIES)


def split_names(text: str, rejected: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Names and agencies in a run of credits: "A, B and C, Associated Press Writers".

    >>> split_names("Tom Baek et Hye-jin Yoon")
    (['Tom Baek', 'Hye-jin Yoon'], [])
    >>> split_names("Hanna Köhler in Berlin and Tom Ward; Reuters")
    (['Hanna Köhler', 'Tom Ward'], ['Reuters'])
    >>> split_names("Jo Roe for The Texas Tribune"), split_names("Jo Roe for Harbour Weekly")
    ((['Jo Roe'], ['The Texas Tribune']), (['Jo Roe'], []))
    >>> split_names("Jo Roe, London"), split_names("Jo Roe | Nairobi")
    ((['Jo Roe'], []), (['Jo Roe'], []))
    """
    names: list[str] = []
    agencies: list[str] = []
    text = CREDIT_EMAIL_RE.sub("; ", text)
    text = re.sub(r"\+?\d[\d\s().\-]{6,}\d", " ", text)          # phone numbers
    outlet = OUTLET_CREDIT_RE.match(text)
    if outlet and all(map(normalize.normalize_agency, NAME_SPLIT_RE.split(outlet["rest"]))):
        text = outlet["rest"]           # "Le Figaro avec AFP": a site's credit, no person
    if "(" in text:
        text = WITH_AGENCY_BRACKET_RE.sub(r", \1", text)    # "Jean Dupont (avec AFP)"
        text = NAME_BRACKET_PLACE_RE.sub(_drop_bracket_place, text)    # "Jo Roe (Freiburg)"
    if ". " in text:
        text = STOP_BEFORE_ROLE_RE.sub(", ", text)    # "Ana Roe. Corresponsal en Rosario": the role after a full stop
    if "/" in text:
        text = NAME_SLASH_PLACE_RE.sub(_drop_slash_place, text)   # "Ali Kaya/MUĞLA": the place
    if " en " in text:
        # Spanish's "en" ('in') is Dutch's 'and': "Tomás Roe en Neuquén" files from a place,
        # "Jan Roe en Piet Day" are two people; a place after it ends the name
        text = EN_PLACE_RE.sub(_drop_en_place, text)
    if " و" in text:
        text = _split_arabic_and(text)      # "أحمد السيد ومنى فؤاد": Arabic's 'and' glued to the name
    placed = False                      # the last part ended in a place ("in Concord")
    for part in NAME_SPLIT_RE.split(text):
        after_place, placed = placed, False
        if after_place and (STATE_RE.fullmatch(part.strip()) or normalize.is_country(part)):
            continue                    # "in Concord, N.H., and ...", "in Gdansk, Poland": the place's state
        part = part.strip(" .;:()[]")
        if not _balinese_name(part):    # (a Balinese man's "I Gede Roe" opens with no Catalan 'and')
            part = JOINER_LEAD_RE.sub("", part)   # ", and Isaiah Ford"
        if not part:
            continue
        if " for " in part:
            # "Photos by Jo Roe for The Texas Tribune": the person, then the outlet the work
            # was done for (credited when it is an agency)
            person, _, outlet = part.partition(" for ")
            if outlet[:1].isupper() and len(person.split()) >= 2:
                part = person
                _add(agencies, [a for a in [normalize.normalize_agency(outlet)] if a])
        agency = normalize.normalize_agency(part)
        if agency:
            _add(agencies, [agency])
            continue
        part, agency = _trailing_agency(part)
        if agency:
            _add(agencies, [agency])
            if is_desk_byline(part):
                continue        # "By Staff The Canadian Press": the agency's desk, no person
        elif ROLE_WORDS_RE.search(part):
            # "Associated Press Writer", "AP Business Writer": an affiliation, maybe naming an agency.
            role_agencies = normalize.find_agencies(part)
            _add(agencies, role_agencies)
            person = _name_after_role(part) if role_agencies else None
            if person and person not in names:
                names.append(person)   # "By ITAR-TASS correspondent Jo Roe": the agency's role, then the name
            continue
        if ACRONYM_RE.fullmatch(part):  # "CNN", "BBC": an outlet, not a person
            continue
        if names and " " not in part and normalize.is_gazetteer_city(part):
            continue        # "By Jo Roe | London", "By Jo Roe, Washington", "Jo Roe, Arequipa": where the writer files from
        if _outlet_or_newsroom(part):
            continue        # "DPA/The Local", "Por Newsroom Infobae": an outlet or its newsroom
        desk_agency = _agency_desk(part)
        if desk_agency:                 # "PA Scotland": the agency's desk, no second person
            _add(agencies, [desk_agency])
            continue
        if _outlet_desk(part) or MASTHEAD_RE.search(part):
            continue        # "BBC Wales", "ABC Riverland", "Guardian Nigeria": an outlet (and its desk)
        part, placed = PLACE_SUFFIX_RE.subn("", part)
        name = normalize.normalize_name(part)
        if name is None and rejected is not None:
            rejected.append(part)         # what is no name (parse_byline's test of a byline)
        if name and name not in names:
            names.append(name)
    # an agency's short name beside its full name is no one's ("Andina - Agencia Peruana de
    # Noticias", a masthead; "Saba - Yemen News Agency")
    names = [n for n in names if not agencies or normalize.normalize_agency(n, credit=True) not in agencies]
    return names, agencies


def _balinese_name(part: str) -> bool:
    """A Balinese name, its "I" or "Ni" before the birth-order name or title
    (vocab.BALINESE_NAME_WORDS): "I Gede Roe", "Ni Luh Roe"; no joiner opens it.

    >>> _balinese_name("I Gede Arya Roe"), _balinese_name("i Jo Roe")
    (True, False)
    """
    words = part.split(None, 2)
    return len(words) == 3 and words[0] in ("I", "Ni") and words[1].casefold() in vocab.BALINESE_NAME_WORDS


# Arabic's 'and' ("و") glued to the next name's first letter: "سامي ناصر وهالة يوسف".
ARABIC_AND_RE = re.compile(r"(?<=[\u0621-\u064A])\s+و(?=[\u0621-\u064A])")


def _split_arabic_and(text: str) -> str:
    """``text`` with a comma for each Arabic 'and' glued to a name, where it stands between
    two names of two or three words each (a single word either side may be a name's own
    part that opens with the letter: "وليد", "وائل").

    >>> _split_arabic_and("سامي ناصر وهالة يوسف"), _split_arabic_and("سامي وليد")
    ('سامي ناصر, هالة يوسف', 'سامي وليد')
    """
    parts = ARABIC_AND_RE.split(text)
    if len(parts) < 2 or not all(2 <= len(NAME_SPLIT_RE.split(p)[0].split()) <= 3 for p in parts[1:]) \
            or not all(2 <= len(NAME_SPLIT_RE.split(p)[-1].split()) <= 3 for p in parts[:-1]):
        return text
    return ", ".join(parts)


def _name_after_role(part: str) -> str | None:
    """The person an agency's role names after it, as TASS and ADN signed their correspondents
    ("By ITAR-TASS correspondent Jo Roe", "BY TASS CORRESPONDENT JO ROE:"): the words after the
    last role word, when the agency stands before it and they read as a name of two to four
    words; None otherwise ("Associated Press Writer" names no one).

    >>> _name_after_role("TASS correspondent Ivan Roe"), _name_after_role("AP Business Writer")
    ('Ivan Roe', None)
    """
    roles = list(ROLE_WORDS_RE.finditer(part))
    rest = part[roles[-1].end():].strip(" :.") if roles else ""
    if not 2 <= len(rest.split()) <= 4 or not normalize.find_agencies(part[:roles[0].start()]) \
            or not all(w[:1].isupper() for w in rest.split()):
        return None
    name = normalize.normalize_name(rest)
    return name if name and not normalize.is_known_city(name) else None


# A full stop between a name and its role, as papers set "Por Ana Roe. Corresponsal en Rosario"
# (after a word of two letters or more: "J. Writer" is an initial and a surname).
STOP_BEFORE_ROLE_RE = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=" + ROLE_WORDS_RE.pattern + r")", re.IGNORECASE)


EN_PLACE_RE = re.compile(r"(?<=[^\W\d_])\s+en\s+(?P<place>[^\W\d_][\w'’.-]*(?:\s+(?:de\s+|del\s+)?[^\W\d_][\w'’.-]*){0,2})"
                         r"(?=\s*(?:[,;|)]|$))")


def _drop_en_place(m: re.Match) -> str:
    """"" for a place after a name and "en" (Spanish 'in'), else the match (Dutch 'and').

    >>> EN_PLACE_RE.sub(_drop_en_place, "Tomás Roe en Rosario; Jan Roe en Piet Day")
    'Tomás Roe; Jan Roe en Piet Day'
    """
    place = m["place"]
    return "" if normalize.is_known_city(place) or normalize.is_gazetteer_city(place) \
        or normalize.is_country(place) else m[0]


def _drop_bracket_place(m: re.Match) -> str:
    """"" for a place in brackets after a name (where the person works from), else the match.

    >>> NAME_BRACKET_PLACE_RE.sub(_drop_bracket_place, "Jo Roe (Freiburg), Al Day (AFP)")
    'Jo Roe, Al Day (AFP)'
    """
    place = m["place"].strip()
    return "" if normalize.is_known_city(place) or normalize.is_gazetteer_city(place) \
        or normalize.is_country(place) else m[0]


def _drop_slash_place(m: re.Match) -> str:
    """"" for a word in capitals after a full name and a slash (the place the person filed
    from: "Ali Kaya/MUĞLA"), else the match: an agency ("Jo Roe/AFP") or a word after an
    agency ("EFE/GUAY", the photographer's surname) stays.

    >>> NAME_SLASH_PLACE_RE.sub(_drop_slash_place, "Ali Kaya/MUĞLA, (DHA)")
    'Ali Kaya, (DHA)'
    >>> NAME_SLASH_PLACE_RE.sub(_drop_slash_place, "EFE/GUAY"), NAME_SLASH_PLACE_RE.sub(_drop_slash_place, "Jo Roe/AFP")
    ('EFE/GUAY', 'Jo Roe/AFP')
    """
    word = m["word"]
    before = NAME_SPLIT_RE.split(m.string[:m.start()])[-1].strip()
    if not word.isupper() or normalize.normalize_agency(word) or len(before.split()) < 2 \
            or normalize.normalize_agency(before):
        return m[0]
    return ""


def _outlet_or_newsroom(part: str) -> bool:
    """A credit's part that names an outlet after the English article, every word
    capitalised ("The Local": no person's name opens so), or a newsroom's word before the
    outlet ("Newsroom Infobae", "Redacción Deportes").

    >>> _outlet_or_newsroom("The Local"), _outlet_or_newsroom("Newsroom Infobae"), _outlet_or_newsroom("the end")
    (True, True, False)
    """
    words = part.split()
    if words[0] == "The" and len(words) > 1:
        return all(w[:1].isupper() for w in words)
    return words[0].casefold() in NEWSROOM_WORDS


def _outlet_desk(part: str) -> bool:
    """An outlet's acronym of three letters or more, then its desk or region in title case
    ("BBC Wales", "CBS News"): no person's name ("AJ Styles", "JOHN SMITH" are).

    >>> _outlet_desk("BBC Wales"), _outlet_desk("JOHN SMITH"), _outlet_desk("TJ Holmes")
    (True, False, False)
    """
    words = part.split()
    return len(words) >= 2 and len(words[0]) >= 3 and ACRONYM_RE.fullmatch(words[0]) is not None \
        and all(w[:1].isupper() and not w.isupper() for w in words[1:])


AGENCY_DESK_REGIONS = frozenset(normalize.fold(r) for r in vocab.AGENCY_DESK_REGIONS)
# A desk named for its beat after the agency's name: "PA Sport", "AP Sports", "Reuters Science"
MAX_DESK_BEAT_WORDS = 2
AGENCY_DESK_BEATS = frozenset(normalize.fold(w) for w in vocab.SECTION_WORDS)


def _agency_desk(part: str) -> str | None:
    """The agency of a desk named for its region or place after the agency's short name
    ("PA Scotland", "AP Texas", "Reuters Africa"), or for its beat, a section's name or
    two ("PA Sport": "By Jo Roe, PA Sport"), else None: a short name of two letters may
    open a person's name ("AP Sharma"), a place or a beat after it may not.

    >>> _agency_desk("PA Scotland"), _agency_desk("AP Texas"), _agency_desk("AP Sharma")
    ('PA', 'AP', None)
    >>> _agency_desk("PA Sport"), _agency_desk("AP Sports"), _agency_desk("PA Sportsdesk Roe")
    ('PA', 'AP', None)
    """
    words = part.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    agency = normalize.normalize_agency(words[0])
    place = " ".join(words[1:])
    if not agency or not place[:1].isupper():
        return None
    if normalize.fold(place) in AGENCY_DESK_REGIONS or place in vocab.US_STATES \
            or len(words) <= MAX_DESK_BEAT_WORDS + 1 and all(normalize.fold(w) in AGENCY_DESK_BEATS for w in words[1:]) \
            or normalize.is_country(place) or normalize.is_known_city(place):
        return agency
    return None


def _trailing_agency(part: str) -> tuple[str, str | None]:
    """A name followed by its agency with nothing between, maybe with a role after it
    ("TOM WARD Associated Press", "JANE ROE AP Business Writer", as AP bylines run):
    ``(name, agency)``; else ``(part, None)``.

    >>> _trailing_agency("JANE ROE Associated Press")
    ('JANE ROE', 'AP')
    >>> _trailing_agency("JANE ROE AP Business Writer")
    ('JANE ROE', 'AP')
    >>> _trailing_agency("Jane Roe")
    ('Jane Roe', None)
    >>> _trailing_agency("Staff The Canadian Press")
    ('Staff', 'CP')
    """
    words = part.split()
    for i in range(2, len(words)):  # at least two words of name before it
        for k in range(min(3, len(words) - i), 0, -1):
            agency = normalize.normalize_agency(" ".join(words[i:i + k]))
            if agency and (i + k == len(words) or _is_role(words[i + k:])):
                # "Staff The Canadian Press": the article opens the agency's name, not the person's
                end = i - 1 if words[i - 1].casefold() in OUTLET_ARTICLES else i
                return " ".join(words[:end]), agency
    return part, None


DESK_BYLINE_WORDS = frozenset(vocab.DESK_BYLINE_WORDS)


def is_desk_byline(name: str) -> bool:
    """A byline of a paper's desk, naming no one: role words only, maybe after "Our"
    ("Staff Reporter", "Our Bureau", "Our Correspondent", "Web Desk").

    >>> is_desk_byline("Our Correspondent"), is_desk_byline("Staff Reporter"), is_desk_byline("Jo Press")
    (True, True, False)
    """
    words = name.split()
    return bool(words) and any(_is_role_word(w) for w in words) and all(
        _is_role_word(w) or w.casefold() in DESK_BYLINE_WORDS for w in words)


def _is_role_word(word: str) -> bool:
    """"Writer", "Writers", "Business": a word of a byline's role."""
    word = word.casefold()
    return word in ROLE_WORDS or word.endswith("s") and word[:-1] in ROLE_WORDS


MAX_INPUTS_NOTE_CHARS = 200   # "(With inputs from PTI, Reuters and agencies)" and its kin are short


def _read_inputs_note(s: str, out: RawFields) -> bool:
    """A note of the agencies a site's story draws on, "With inputs from WAM", "Some
    information for this report came from The Associated Press and Reuters.", "Com
    informações da Agência Brasil": every part an agency, or a generic word for them ("and
    agencies"); True, with them recorded, if it was one. Sites close the copy with it, or
    set it under the byline and date ("Compiled by Jo Roe" / "With inputs from Reuters, AFP").

    >>> out = RawFields()
    >>> _read_inputs_note("Com informações da Polícia Militar e da Reuters", out), out.agencies
    (False, [])
    >>> _read_inputs_note("With inputs from Reuters, AFP and agencies", out), out.agencies
    (True, ['Reuters', 'AFP'])
    """
    if len(s) > MAX_INPUTS_NOTE_CHARS:
        return False
    m = INPUTS_NOTE_RE.match(s)
    if not m:
        return False
    named = HEBREW_AND_RE.sub(", ", m["agencies"]) if m["he"] else m["agencies"]
    parts = [INPUTS_PART_LEAD_RE.sub("", p.strip(" .")) for p in NAME_SPLIT_RE.split(named) if p.strip()]
    found = [normalize.normalize_agency(p, credit=True) for p in parts]
    if not any(found) or not all(a or GENERIC_SOURCE_RE.match(p) for a, p in zip(found, parts)):
        return False
    _add(out.agencies, [a for a in found if a])
    return True


WITH_CREDIT_MIN_CHARS = 8   # a name before "with": "Jo Roe with " at least; "With AP" has none


# A Hebrew writer's name, then "ו" ('and') joined to an agency's name, by a hyphen before a
# Latin one: "נועה בר-לב ו-AFP", "Name ורויטרס", "Name וסוכנויות הידיעות"
HEBREW_NAME_AND_AGENCY_RE = re.compile(r"^(?P<name>[\u05d0-\u05ea][\u05d0-\u05ea'\"׳״\- ]{2,40}?)\s+ו-?(?P<agency>\S.{1,30})$")


def _generic_agency_words(text: str) -> bool:
    """Whether a masthead's part is only the words for "news agency", no name among them
    ("საინფორმაციო სააგენტო", 'information agency'; "News Agency")."""
    words = text.casefold().split()
    return bool(words) and all(w in normalize.AGENCY_WRAPPING_WORDS for w in words) \
        and any(w in vocab.AGENCY_WRAPPER_WORDS for w in words)


def _read_agency_line(s: str, out: RawFields) -> bool:
    """A head line that only credits agencies, as pages and feeds set one between headline
    and date: "Belga", "Associated Press", "AP Business Writer", "Le Monde avec AFP",
    "(Avec AFP et Reuters)", "Redazione ANSA", "Press Trust of India | New Delhi". Its
    agencies are recorded; True if it was one.

    >>> out = RawFields()
    >>> [_read_agency_line(x, out) for x in ("Le Monde avec AFP", "AP Business Writer", "Paris",
    ...                                      "AFP-JIJI", "Jean-Pierre")]
    [True, True, False, True, False]
    >>> out.agencies
    ['AFP', 'AP', 'Jiji']
    >>> out = RawFields(); _read_agency_line("נועה בר-לב ו-AFP", out), out.byline_names, out.agencies
    (True, ['נועה בר-לב'], ['AFP'])
    """
    head = s.split(" | ")[0] if " | " in s else s
    if ("from" in head or "informa" in head or "בכתבה" in head) and _read_inputs_note(head, out):
        return True       # "With inputs from Reuters, AFP" under the byline
    hebrew = HEBREW_NAME_AND_AGENCY_RE.match(head) if " ו" in head else None
    if hebrew:
        # Israeli sites' byline: "נועה בר-לב ו-AFP", "Name וסוכנויות הידיעות" ('Name and the
        # agencies'): the writer, and the agency when one is named
        agency = normalize.normalize_agency(hebrew["agency"], credit=True)
        name = normalize.normalize_name(hebrew["name"])
        if name and (agency or hebrew["agency"] in vocab.NEWSROOM_SIGN_WORDS):
            _add(out.byline_names, [name])
            _add(out.agencies, [agency] if agency else [])
            return True
    if len(head.split()) > MAX_AGENCY_LINE_WORDS:
        return False
    if ":" in head[:16] or "：" in head[:16]:
        source = SOURCE_LINE_RE.match(head)      # "Sources: AFP, Reuters" under a byline
        named = [normalize.normalize_agency(p, credit=True) for p in NAME_SPLIT_RE.split(source["agencies"])
                 if p] if source else []
        if named and all(named):
            _add(out.agencies, named)
            return True
    if head[-1:] in "sSe." and WIRE_REPORTS_RE.match(head):
        return True       # "Staff and wire reports": the paper's desk, no agency named
    if " / " in head:      # "EFE / Sevilla": the agency, then the desk's place
        agency, _, place = head.partition(" / ")
        found_agency = normalize.normalize_agency(agency)
        named = normalize.normalize_agency(place.strip()) if found_agency else None
        if named:          # "STT-Info / Suomen Tietotoimisto" (Factiva's source): two names of agencies
            _add(out.agencies, [found_agency, named])
            return True
        if found_agency and SECTION_PART_RE.match(place.strip()):
            _add(out.agencies, [found_agency])
            out.header_city = out.header_city or normalize.normalize_city(place.strip())
            return True
    if ", " in head and head.count(",") == 1:
        # "Antara, Surabaya" (the Jakarta Post's credit line): the agency, then a known city,
        # the story's place
        agency, _, place = head.partition(", ")
        found_agency = normalize.normalize_agency(agency, credit=agency.isupper())
        if found_agency and normalize.is_gazetteer_city(place.strip()) \
                and not normalize.normalize_agency(place, credit=True):
            _add(out.agencies, [found_agency])
            out.header_city = out.header_city or normalize.normalize_city(place.strip())
            return True
    edition = SOURCE_EDITION_RE.match(head) if " -" in head else None
    if edition and normalize.normalize_agency(edition["source"]):
        _add(out.agencies, [normalize.normalize_agency(edition["source"])])
        return True       # "Agence France Presse -- English": LexisNexis's source line
    # "AGI - Agenzia Italia", "ANGOP – Agência Angola Press"
    parts = SPACED_DASH_SPLIT_RE.split(head)
    found = [normalize.normalize_agency(p) for p in parts]
    if len(parts) == 2 and found[0] and not found[1] and _generic_agency_words(parts[1]):
        found = found[:1]      # "GHN :: საინფორმაციო სააგენტო": the name, then only 'news agency'
    if not all(found) and " " not in head.strip() and ("-" in head or "–" in head):
        found = _joined_agencies(head) or found    # "AFP-JIJI" (The Japan Times), "STT–AFP"
    if not all(found) and "/" in head:
        # "TT/The Local": the agency, then the site running its copy (an article opens its name)
        first, _, rest = head.partition("/")
        if rest.split()[:1] and rest.split()[0].casefold() in OUTLET_ARTICLES:
            found = [normalize.normalize_agency(first)]
        elif head.count("/") == 1:
            found = _joined_agencies(head) or found   # "OLJ / AFP": the site's initials, then the agency
    if all(found):
        _add(out.agencies, found)
        return True
    m = AGENCY_CREDIT_RE.match(head)
    by = parse_byline(head) if m and BYLINE_RE.match(head) else None
    if by and any(len(name.split()) > 1 for name in by[0]):
        m = None          # "By Jo Roe with AP, AFP": a byline naming its agencies, read as one
    if m:
        names = [p for p in NAME_SPLIT_RE.split(m["agencies"].strip(" .()")) if p]
        agencies = [normalize.normalize_agency(p) for p in names]
        if agencies and all(agencies):
            _add(out.agencies, agencies)
            if m.start("agencies") > WITH_CREDIT_MIN_CHARS and head[:1].isupper() and not BYLINE_RE.match(head):
                # "Marta Lindqvist with AFP" (a portal's byline): the reporter too, read as
                # a byline; an outlet's credit ("Le Monde avec AFP", "Euronews with AFP") names no one
                by = parse_byline("By " + head)
                _add(out.byline_names, by[0] if by else [])
            return True
    full = agency_with_short_name(head) if "(" in head else None
    if full:            # "สำนักข่าวแห่งชาติ (NNT) กรมประชาสัมพันธ์": the agency and its parent body
        _add(out.agencies, [full])
        return True
    placed = AGENCY_IN_PLACE_RE.match(head) if " in " in head or " à " in head else None
    if placed and normalize.normalize_agency(placed["agency"]):    # "Reuters in Rotterdam", "AFP à Paris"
        _add(out.agencies, [normalize.normalize_agency(placed["agency"])])
        return True
    words = head.split()
    for k in range(min(3, len(words) - 1), 0, -1):   # "AP Technology Writer", "Reuters Staff"
        agency = normalize.normalize_agency(" ".join(words[:k]))
        if agency and _is_role(words[k:]):
            _add(out.agencies, [agency])
            return True
    if "/" in words[0] and _is_role(words[1:]):
        agencies = _joined_agencies(words[0])
        if agencies:        # "BNS/TBT Staff": the agency and the paper's initials, its desk
            _add(out.agencies, agencies)
            return True
    return False


# An agency's name, its short name in brackets, maybe its parent body or service after them:
# "สำนักข่าวแห่งชาติ (NNT) กรมประชาสัมพันธ์" ('... Public Relations Department').
NAME_WITH_SHORT_RE = re.compile(r"^(?P<name>[^()]{2,60}?)\s*\((?P<short>[^\W\d_][^()]{1,11})\)(?P<rest>[^()]*)$")
MAX_PARENT_WORDS = 3


def agency_with_short_name(s: str) -> str | None:
    """The agency a line names in full with its short name in brackets after it, maybe with
    its parent body or service after them (a few words, none opening in lower case); None
    otherwise ("Thai News Agency (TNA) opens a bureau" is a headline).

    >>> agency_with_short_name("Sudan News Agency (SUNA)"), agency_with_short_name("Sudan News Agency (SUNA) opens a bureau")
    ('SUNA', None)
    """
    m = NAME_WITH_SHORT_RE.match(s.strip()) if s[-1:] != ")" or s.count("(") == 1 else None
    rest = m["rest"].split() if m else []
    if not m or len(rest) > MAX_PARENT_WORDS or any(w[:1].islower() or not w[:1].isalpha() for w in rest):
        return None
    agency = normalize.normalize_agency(m["name"], credit=True)
    return agency if agency and agency == normalize.normalize_agency(m["short"], credit=True) else None


def _joined_agencies(text: str) -> list[str] | None:
    """The agencies a sign-off or a desk's byline names: "dpa/AFP", "STT–AFP", "STT-AFP" (a
    hyphen joins two only where the whole names none: "dpa-AFX" is one); of an outlet's
    acronym and its agency, "ABC/AAP", "VNA/VNS", the agency. None when a part names none.

    >>> _joined_agencies("STT-AFP"), _joined_agencies("dpa-AFX"), _joined_agencies("VNA/VNS")
    (['STT', 'AFP'], ['dpa-AFX'], ['VNA'])
    >>> _joined_agencies("Jean-Pierre") is None, _joined_agencies("ABC/XYZ") is None, _joined_agencies("MH/AA") is None
    (True, True, True)
    """
    parts: list[str] = []
    for part in SIGNOFF_SPLIT_RE.split(text.strip()):
        part = part.strip("() ")
        halves = part.split("-")
        if len(halves) > 1 and not normalize.normalize_agency(part, credit=True) \
                and all(normalize.normalize_agency(h, credit=True) for h in halves):
            parts += halves
        else:
            parts.append(part)
    ags = [normalize.normalize_agency(p, credit=True) for p in parts]
    if ags and all(ags):
        return ags
    if "/" in text and any(ags) and all(a or ACRONYM_RE.fullmatch(p) for a, p in zip(ags, parts)):
        # (a code of two letters among initials is one more desk's: "MH/AA" is no Anadolu)
        return [a for a, p in zip(ags, parts) if a and len(p) > MAX_INITIALS_LIKE_CODE] or None
    return None


MAX_INITIALS_LIKE_CODE = 2     # "AA" (Anadolu) beside "MH": as short as the desk's initials


def _is_role(words: list[str]) -> bool:
    """A byline's role after an agency: role words ("Writer", "Staff"), or up to three
    capitalised words of a desk before one ("Legal Affairs Writer"); an ampersand joins two
    of the desk's words ("RUSSIA & CIS GENERAL NEWSWIRE", a service's line)."""
    words = [w for w in words if w != "&"]
    return bool(words) and (all(map(_is_role_word, words)) or (
        len(words) <= 4 and _is_role_word(words[-1]) and all(w[:1].isupper() for w in words)))


# A masthead's name as the page opens on it or its copyright notice gives it: "LE SOLEIL",
# "Le Soleil du Sénégal", "© Le Soleil 2021", "Copyright 2021 Le Soleil." (a notice with
# its year: "© Awa Diop, AFP" under a picture credits a photographer, maybe the reporter)
COPYRIGHT_NAME = r"(?P<name>[^\W\d_][^\d,|.\n/]{1,59}?)"
MASTHEAD_COPYRIGHT_RE = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s+" + COPYRIGHT_NAME + r"(?=\s*[.,|\n]|$)|"
                                   + COPYRIGHT_NAME.replace("name", "name2") + r"\s*\d{4}\b)",
                                   re.IGNORECASE | re.MULTILINE)
# "(c)" or "(C)": one regex pass finds either in a third of the time two substring tests take
C_IN_BRACKETS_RE = re.compile(r"\([cC]\)")
MAX_MASTHEAD_LINE_CHARS = 80   # a page's first line naming its paper is short; a headline may be long


def names_the_masthead(name: str, text: str) -> bool:
    """True when a byline's "name" is the paper whose page this is: the page's first line is
    that name (in any case) or opens with it before more words ("Par Le Soleil" under a
    masthead "Le Soleil du Sénégal"), or the page's copyright notice names it ("© Le Soleil
    2021"). A person's byline names no masthead.

    >>> names_the_masthead("Le Soleil", "LE SOLEIL\\nDakar prépare la saison\\n\\nPar Le Soleil\\n")
    True
    >>> names_the_masthead("Awa Diop", "LE SOLEIL\\nDakar prépare la saison\\n\\nPar Awa Diop\\n")
    False
    >>> names_the_masthead("Awa Diop", "Awa Diop | APS\\nDakar prépare la saison\\n")
    False
    >>> [names_the_masthead("Le Soleil", t) for t in ("Texte.\\n© Le Soleil 2021, tous droits réservés",
    ...  "Texte.\\nCopyright 2021 Le Soleil.", "Texte.\\nPhoto: © Le Soleil, Dakar")]
    [True, True, False]
    """
    return not without_masthead([name], text)


def without_masthead(names: list[str], text: str) -> list[str]:
    """``names`` without those that name the page's masthead (names_the_masthead), the page
    read once for all of them.

    >>> without_masthead(["Le Soleil", "Awa Diop"], "LE SOLEIL\\nDakar prépare la saison\\n")
    ['Awa Diop']
    >>> without_masthead(["Jo Roe"], "JO ROE Associated Press Writer\\nDAKAR, Senegal (AP) - Text.\\n")
    ['Jo Roe']
    """
    first = " ".join(text[:MAX_MASTHEAD_LINE_CHARS * 4].lstrip()[:MAX_MASTHEAD_LINE_CHARS + 1]
                     .split("\n", 1)[0].split())
    noticed = None      # the names the copyright notices give, read when first needed
    kept = []
    for name in names:
        folded = " ".join(name.split()).casefold()
        if len(first) <= MAX_MASTHEAD_LINE_CHARS and first.casefold().startswith(folded):
            rest = first[len(folded):]
            # (the rest opens on a small word, "de", "du", "of": a byline on the first line,
            # "Jo Roe | Reuters", "JO ROE Associated Press Writer", names its person)
            if not rest or rest[:1] == " " and rest[1:2].islower():
                continue
        if noticed is None:
            # (a plain substring test first: the regex would read the whole text)
            noticed = {" ".join((m["name"] or m["name2"]).split()).casefold()
                       for m in MASTHEAD_COPYRIGHT_RE.finditer(text)} if (
                "©" in text or "opyright" in text or "OPYRIGHT" in text or C_IN_BRACKETS_RE.search(text)) else set()
        if folded not in noticed:
            kept.append(name)
    return kept
