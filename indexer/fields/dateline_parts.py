"""Fields stage, a dateline's parts: a place's, a date's or an agency's words -> whether they
are one, and what they say (cities, the month and day, the filed date, agencies); no line is
matched here (dateline.py and dateline_tag.py do that)."""
from __future__ import annotations

import re

from .. import normalize, vocab
from .patterns import REPORTER_AFTER_TAG_RE, REPORTER_AFTER_DASH_RE, REPORTER_BETWEEN_HYPHENS_RE, SLASHED_YEAR_RE, TAG_CORRESPONDENT_RE


def _filed_date(text: str) -> str:
    """A dateline's date as a date parser reads it: ENA's "March 5/2024" -> "March 5, 2024".
    (Its Amharic "መጋቢት 5/2016" stays: the slash before the year marks the Ethiopian calendar's
    date, which normalize reads only so.)

    >>> _filed_date("March 5/2024"), _filed_date("መጋቢት 5/2016")
    ('March 5, 2024', 'መጋቢት 5/2016')
    """
    slashed = SLASHED_YEAR_RE.match(text) if "/" in text else None
    return f"{slashed['day']}, {slashed['year']}" if slashed and not normalize.ETHIOPIC_LETTER_RE.match(text) \
        else text


# "27/09" (Belga); no slashed year: ENA's "ጥር 10/2016" is no 10 February
DAY_MONTH_RE = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?!\d)")


def _month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a dateline's date: "June 5" -> (6, 5), "5 mars" -> (3, 5)."""
    text = _filed_date(text.strip(" ,"))
    numeric = DAY_MONTH_RE.search(text)
    if numeric:      # "27/09": day first, as the agencies writing it do (Belga)
        day, month = int(numeric["d"]), int(numeric["m"])
        return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
    month = next((normalize.month_names().get(normalize.fold(w).rstrip("."))
                  for w in re.findall(r"[^\W\d_]+\.?", text)
                  if normalize.fold(w).rstrip(".") in normalize.month_names()), None)
    day = re.search(r"\d{1,2}", text)
    return (month, int(day.group())) if month and day else None


MIN_STOPPED_WORD_CHARS = 5   # "Harare." closes a word; "St." or "Ft." is an abbreviation


def _split_cities(place: str) -> list[str]:
    """The cities a dateline's place names, split at slashes; a full stop closing a whole
    word is the house style's, not the name's ("HARARE. —", as Zimbabwe's papers write it).

    >>> _split_cities("HARARE."), _split_cities("WASHINGTON D.C."), _split_cities("Frankfurt/Main")
    (['HARARE'], ['WASHINGTON D.C.'], ['Frankfurt/Main'])
    >>> _split_cities("FRANKFURT/M.")
    ['FRANKFURT']
    """
    last = place.rsplit(None, 1)[-1] if place.strip() else ""
    if last.endswith(".") and last.count(".") == 1 and len(last) >= MIN_STOPPED_WORD_CHARS:
        place = place.rstrip()[:-1]
    parts = [p.strip() for p in re.split(r"\s*/\s*", place)]
    out: list[str] = []
    for p in parts:
        # "Frankfurt/Main", "Frankfurt/Oder": the river names one city, not a second one;
        # its initial alone, as a telex abbreviates it ("FRANKFURT/M."), is dropped.
        if out and len(p.rstrip(".")) == 1:
            continue
        if out and p.casefold() in ("main", "oder"):
            out[-1] = f"{out[-1]}/{p}"
        else:
            out.append(p)
    return out


def _capitalised(words: list[str]) -> bool:
    return all(w[:1].isupper() or w.casefold() in vocab.CITY_PARTICLES for w in words) \
        and words[0][:1].isupper()


def _is_month_day(text: str) -> bool:
    months = normalize.month_names()
    return any(normalize.fold(w).rstrip(".") in months for w in re.findall(r"[^\W\d_]+\.?", text))


def _is_weekday_or_month(text: str) -> bool:
    key = normalize.fold(text).rstrip(".")
    # (the Ethiopian calendar's months too: "የካቲት 26/2016 (ኢዜአ)" over ENA's copy is a date and
    # its tag, not a place)
    return key in normalize.month_names() or key in normalize.weekday_names() \
        or text in normalize.ETHIOPIAN_MONTH_NUMBERS


MAX_TAG_INITIALS = 6          # an agency's initials: "DHA", "ACN", "ATSH"; longer words are words
MAX_UNCASED_TAG_WORDS = 4     # initials spelt out in a script without capitals: "اے پی پی"
MAX_UNCASED_TAG_LETTERS = 3   # ...each a letter's name of a few characters


def _unknown_agency(tag: str) -> str | None:
    """A dateline's tag that no vocabulary names, as written, when it has the shape of an
    agency's name: its initials, two to six capitals ("DHA", "A.C.N."), or in a script without
    capitals a few short words, its letters' names ("اے پی پی"); a word in mixed case
    ("AKIpress"); or capitalised words holding an agency's word stem ("Colprensa"); None for a
    word of the kind that also stands in brackets ("LEAD", "VIDEO"), a country or a city.
    Asked only of a tag right after a dateline's place or date.

    >>> _unknown_agency("DHA"), _unknown_agency("LEAD"), _unknown_agency("Harvard"), _unknown_agency("GREECE")
    ('DHA', None, None, None)
    >>> _unknown_agency("Kabarpress"), _unknown_agency("EurActiv"), _unknown_agency("Kerala")
    ('Kabarpress', 'EurActiv', None)
    """
    s = tag.strip(" .")
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 2:
        return None
    if any(c.isupper() or c.islower() for c in letters):
        if not s.isupper():
            return s if _agency_name_shape(s) and not _place_or_label(s) else None
        if len(letters) > MAX_TAG_INITIALS or not s.replace(".", "").isalpha():
            return None
    else:
        words = s.split()
        if len(words) > MAX_UNCASED_TAG_WORDS or any(len(w) > MAX_UNCASED_TAG_LETTERS for w in words) \
                or not all(c.isalpha() or c.isspace() for c in s):
            return None
    return None if _place_or_label(s) else s


def _place_or_label(tag: str) -> bool:
    """Whether a tag in a dateline's bracket is a label ("LEAD"), a country or a city."""
    key = normalize.fold(tag).replace(".", "")
    return key in vocab.DATELINE_TAG_NOT_AGENCY or key in vocab.ISSUING_BODY_TAGS \
        or normalize.is_country(tag) or normalize.is_known_city(tag)


MIN_MIXED_CASE_LOWER = 3      # "AKIpress", "EurActiv"; a ticker's class letter is one ("BRKa")
MAX_NAME_TAG_WORDS = 3        # "Agencia Andes", "Kabar News Agency"


def _agency_name_shape(tag: str) -> bool:
    """Whether a tag not all in capitals has the shape of an agency's own name: one word of
    letters in mixed case, a capital after its first letter ("AKIpress"), or up to three
    capitalised words holding one of vocab.AGENCY_NAME_STEMS ("Colprensa"); a province or a
    state in title case ("Kerala", "Jalisco") holds none.

    >>> _agency_name_shape("AKIpress"), _agency_name_shape("Colprensa"), _agency_name_shape("Jalisco")
    (True, True, False)
    """
    words = tag.split()
    if not words or len(words) > MAX_NAME_TAG_WORDS or not all(w[:1].isupper() for w in words):
        return False
    if len(words) == 1 and tag.isalpha() and any(c.isupper() for c in tag[1:]) \
            and sum(c.islower() for c in tag) >= MIN_MIXED_CASE_LOWER:
        return True
    key = normalize.fold(tag)
    return all(w.replace("-", "").isalpha() for w in words) \
        and any(normalize.fold(stem) in key for stem in vocab.AGENCY_NAME_STEMS)


MAX_UNKNOWN_TAG_PLACE_WORDS = 3   # "Lleida", "Rio de Janeiro", "Ayşe DEMİR/İZMİR"; a headline runs longer


def _unknown_tag_place(place: str, dated: bool, rest: str) -> bool:
    """Whether a place before an agency's tag the vocabulary lacks makes a dateline: short,
    and one word, in capitals, a known city or followed by a date; a sentence after it
    ("Shares of Acme Corp (ACME) - up 3%", "Acme Corp (ACME) - The firm ..." are none).

    >>> _unknown_tag_place("Lleida", False, "La obra"), _unknown_tag_place("Acme Corp", False, "The firm")
    (True, False)
    """
    words = place.replace("/", " ").split()
    if not words or len(words) > MAX_UNKNOWN_TAG_PLACE_WORDS or not _opens_sentence(rest):
        return False
    return dated or len(words) == 1 or any(w.isupper() and len(w) > 1 for w in words) \
        or normalize.is_gazetteer_city(place)


SECTION_WORD_SET = frozenset(vocab.SECTION_WORDS)
# The world's regions among the section words: a rubric's path from one of them to a country
# ("AMÉRICA/PERÚ -", "ASIA/INDIA -") names where the story belongs, no dateline's place.
CONTINENT_SECTION_WORDS = frozenset((
    "world", "europe", "asia", "africa", "americas", "america", "oceania", "afrique", "amérique",
    "asie", "océanie", "europa", "afrika", "asien", "amerika", "ozeanien", "áfrica", "américa",
    "ásia", "oceanía", "azja", "ameryka", "welt", "mondo", "mundo", "monde"))


def _section_place(place: str) -> bool:
    """Whether a dateline's place is a site's section name, no place: Yahoo's "Business -
    Reuters" over the headline names the section and the source, not where the story is from.
    A section word that is a known city or a country ("Brasil", "Italia") stays a place; the
    world and the continents ("World - Reuters") do not.

    >>> _section_place("Business"), _section_place("Wirtschaft"), _section_place("Berlin")
    (True, True, False)
    >>> _section_place("World")
    True

    A section and its sub-section joined by a slash, as Europa Press heads its business copy
    ("Economía/Empresas.- Acme gana ..."), are none either; two cities are a place.

    >>> _section_place("Economía/Empresas"), _section_place("Madrid/Barcelona")
    (True, False)
    >>> _section_place("ASIA/INDIA"), _section_place("Europa/Roma"), _section_place("Berlin/Europa")
    (True, True, False)
    """
    if "/" in place:
        # (a continent or section before the country is the path to a rubric, "Africa/Nigeria"
        # over a missionary service's headline; two cities, or a country and a city, are a place)
        first, *rest = (p.strip(" .") for p in place.split("/"))
        return _section_place(first) and (first.casefold() in CONTINENT_SECTION_WORDS
                                          or all(_section_place(p) for p in rest))
    return place.casefold() in SECTION_WORD_SET and not normalize.is_known_city(place) \
        and not normalize.is_territory(place)


def _opens_sentence(rest: str) -> bool:
    """Whether the text after a dateline opens a sentence: a capital, a quote, a letter of a
    script without capitals, or nothing (the dateline on a line of its own)."""
    first = rest.lstrip(" .:-–—=")[:1]
    return not first or first.isupper() or first in "\"'“‘«„¿¡" \
        or first.isalpha() and not first.islower()


def _reporter_after_tag(line: str, at: int, dashed: bool = False) -> tuple[str, int] | None:
    """The reporter named after an agency's tag, before the dash, and where the dash ends:
    "Vlorë, 6 shkurt /ATSH/ Elira Hoxha - ..." (ATA's Albanian copy); None without one.
    ``dashed``: the tag had its dash, and the name is closed by a dash glued to it (Petra's
    "(بترا)- Name Surname- ...").

    >>> _reporter_after_tag("عمان 4 شباط (بترا)- سامر الخطيب- أعلنت الوزارة", 19, dashed=True)
    ('سامر الخطيب', 32)
    >>> _reporter_after_tag("عمان 4 شباط (بترا)- من سامر الخطيب- أعلنت الوزارة", 19, dashed=True)
    ('سامر الخطيب', 35)
    >>> _reporter_after_tag("WASHINGTON (AP) — Jo Roe — who ran", 17, dashed=True) is None
    True

    After a tag closed by a hyphen, the name may stand between hyphens set off by spaces
    (Anadolu: "İZMİR (AA) - Name Surname - ..."; KUNA: "(كونا) -- من Name --"):

    >>> _reporter_after_tag("İZMİR (AA) - Ayla Demirtaş - Kentte hasat başladı.", 12, dashed=True)
    ('Ayla Demirtaş', 28)
    >>> _reporter_after_tag("LONDON (AP) - Jo Roe - who ran", 13, dashed=True) is None
    True
    """
    after = (REPORTER_AFTER_DASH_RE if dashed else REPORTER_AFTER_TAG_RE).match(line, at)
    if after is None and dashed and line[:at].rstrip()[-1:] == "-":
        after = REPORTER_BETWEEN_HYPHENS_RE.match(line, at)
    name = normalize.normalize_name(after["names"]) if after else None
    if not name or normalize.is_known_city(name) or not _opens_sentence(line[after.end():]):
        return None
    return name, after.end()


def _name_before_city(parts: list[str]) -> tuple[str | None, list[str]]:
    """A reporter's name before the city, set apart by a slash, as Turkish agencies sign
    ("Ayşe DEMİR/İZMİR", the family name in capitals): ``(the name, the cities)`` when the
    first part is a name of two words or more in mixed case and the rest are in capitals;
    else ``(None, parts)``.

    >>> _name_before_city(["Deniz ÖZTÜRK", "ANKARA"]), _name_before_city(["WASHINGTON", "SEOUL"])
    (('Deniz Öztürk', ['ANKARA']), (None, ['WASHINGTON', 'SEOUL']))
    """
    if len(parts) < 2 or len(parts[0].split()) < 2 or parts[0].isupper() \
            or not all(p.isupper() for p in parts[1:]) or normalize.is_known_city(parts[0]):
        return None, parts
    # (the family name in capitals is recased as the byline's reader writes it)
    recased = normalize.recase_capitals(parts[0])
    name = normalize.normalize_name(recased) if recased else None
    return (name, parts[1:]) if name else (None, parts)


MIN_STOPPED_PLACE_CHARS = 4   # "Bakı." closes a place; "St." or "Gen." opens one ("St. Louis", "Gen. Santos")
MAX_STOPPED_NAME_WORDS = 3    # "Aygün Məmmədova", "Nigar Abbasova Qasımlı"


def _place_then_name(place: str) -> tuple[str, str] | None:
    """A dateline's place closed by a full stop and followed by the reporter's name, as APA
    signs before the dash and the agency ("Bakı. Aygün Məmmədova – APA."): ``(the place, the
    name)``; None for a place whose full stop marks an abbreviation ("St. Louis") or a known
    city, or a name that is no name's shape.

    >>> _place_then_name("Bakı. Aygün Məmmədova"), _place_then_name("St. Louis"), _place_then_name("Bakı")
    (('Bakı', 'Aygün Məmmədova'), None, None)
    """
    head, sep, tail = place.partition(". ")
    words = tail.split()
    if not sep or len(head) < MIN_STOPPED_PLACE_CHARS or "." in head or not 2 <= len(words) <= MAX_STOPPED_NAME_WORDS \
            or not all(w[:1].isupper() and w[1:].islower() for w in words) \
            or normalize.is_known_city(place) or normalize.is_known_city(tail):
        return None
    name = normalize.normalize_name(tail)
    return (head, name) if name else None


# The correspondent's labels that open a dateline's bracket before the agency and the name.
CORRESPONDENT_WORD_SET = frozenset(w.casefold() for w in vocab.TAG_CORRESPONDENT_WORDS)


AGENCY_THEN_CORRESPONDENT_RE = re.compile(
    r"^(?P<agency>[^\W\d_][\w-]{1,20})\s+(?P<label>[^\W\d_]+\.?)\s+(?P<names>[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+){1,3})$")


def _bracket_correspondent(text: str) -> list[str]:
    """The agency's correspondent a dateline's bracket names after the label and the
    agency, as ČTK and TASR sign their own correspondents' copy ("Brusel 4. dubna
    (zpravodaj ČTK Jan Roe) -"): [the name], else [].

    >>> _bracket_correspondent("zpravodaj ČTK Jana Roe"), _bracket_correspondent("Reuters Breakingviews")
    (['Jana Roe'], [])
    >>> _bracket_correspondent("TASS correspondent Pavel Orlov")
    ['Pavel Orlov']
    """
    after = AGENCY_THEN_CORRESPONDENT_RE.match(text.strip()) if " " in text.strip() else None
    if after and after["label"].casefold() in CORRESPONDENT_WORD_SET and len(after["names"].split()) >= 2 \
            and _dateline_agencies(after["agency"]):
        # "(TASS correspondent Nikolai Sedov)": English sets the agency before the label
        name = normalize.normalize_name(after["names"])
        return [name] if name and not normalize.is_known_city(name) else []
    signed = TAG_CORRESPONDENT_RE.match(text.strip()) if " " in text.strip() else None
    if not signed or signed[0].split()[0].casefold() not in CORRESPONDENT_WORD_SET \
            or len(signed["names"].split()) < 2 or not _dateline_agencies(signed["agency"]):
        return []
    name = normalize.normalize_name(signed["names"])
    return [name] if name and not normalize.is_known_city(name) else []


def _dateline_agencies(text: str) -> list[str]:
    name = normalize.normalize_agency(text, credit=True)
    if name:
        return [name]
    if text.strip(" .").casefold() in vocab.TITLE_CASE_DATELINE_ALIASES:
        return [normalize.normalize_agency(text.upper(), credit=True)]    # "(Beta)": Beta's own title case
    pair = text.split("-") if "/" not in text else text.split("/")
    if len(pair) == 2:       # "(TT-Reuters)": TT's copy of a Reuters story, both credited; "(awp/sda)" likewise
        named = [normalize.normalize_agency(p, credit=True) for p in pair]
        if all(named):
            return named
    head, _, desk = text.partition("-")
    if desk.isupper() and normalize.normalize_agency(head, credit=True):
        # "ИНТЕРФАКС-УРАЛ", "ИНТЕРФАКС-ДАЛЬНИЙ ВОСТОК", "EFE-BOLIVIA": the agency's regional
        # service in capitals after a hyphen is the agency
        return [normalize.normalize_agency(head, credit=True)]
    # "(dpa/lby)", "(Reuters Breakingviews)", "(AFP/Reuters)"
    return normalize.find_agencies(text)
