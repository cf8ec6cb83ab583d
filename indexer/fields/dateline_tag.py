"""Fields stage, tagged datelines: a line whose place and date the dateline patterns miss ->
the Dateline read around a known agency's tag ("Budapest, 2024. március 5., kedd (MTI) -",
"Пловдив, 5 март /Мария Петкова, БТА/"), or None."""
from __future__ import annotations

import re
import unicodedata

from .. import normalize, vocab
from .patterns import (AGENCY_QUOTES, BYLINE_OPENER_WORDS, DATELINE_TAG_RE, DIGIT_RE, MAX_TAG_DATE_CHARS,
                       MAX_TAG_DATE_WORDS, MAX_TAG_PLACE_WORDS, NATIVE_YEAR_RE, PLACE_WORD,
                       NAME_SPLIT_RE, SLASHED_DATELINE_RE, SLASHED_PLACE_AGENCY_RE,
                       STATE_RE, TAGGED_DATELINE_CHARS, TAG_CORRESPONDENT_RE, TAG_DATE_TOKEN_RE,
                       TAG_END_RE, TAG_PLACE_END_RE, YEAR_RE)
from .head_patterns import DATE_KEYWORD_RE, TIME_ONLY_RE
from .record import Dateline
MAX_BARE_TAG_PLACE_WORDS = 2   # "لندن (رائٹرز)", "اسلام آباد (رائٹرز)"

from .dateline_parts import (_bracket_correspondent, _capitalised, _dateline_agencies, _filed_date, _is_month_day, _is_weekday_or_month,
                             _month_day, _reporter_after_tag, _section_place, _unknown_agency, _unknown_tag_place)


# "اصفهان - خبرگزاری مهر:": the word 'news agency' before the agency's name in its tag
# (Persian, Arabic), passed over as part of the tag.
AGENCY_NOUN_END_RE = re.compile(r"(?:^|\s)(?:" + "|".join(vocab.TAG_AGENCY_NOUNS) + r")\s*$")


def _before_agency_noun(lead: str) -> str:
    """The text before a tag with the word 'news agency' that opens the tag cut off.

    >>> _before_agency_noun("اصفهان - خبرگزاری "), _before_agency_noun("اصفهان - ")
    ('اصفهان -', 'اصفهان - ')
    """
    m = AGENCY_NOUN_END_RE.search(lead) if lead[-12:].strip() else None
    return lead[:m.start()] if m else lead


def _tagged_dateline(line: str) -> Dateline | None:
    """The dateline around an agency's tag, when the patterns above miss its date's shape.

    >>> d = _tagged_dateline("Budapest, 2024. március 5., kedd (MTI) - Mintegy 18 kilométer")
    >>> d.text, d.cities, d.agencies
    ('Budapest, 2024. március 5., kedd (MTI) -', ['Budapest'], ['MTI'])
    >>> d = _tagged_dateline("Пловдив, 5 март /Мария Петкова, БТА/")
    >>> d.cities, d.agencies, d.reporters
    (['Пловдив'], ['BTA'], ['Мария Петкова'])
    >>> _tagged_dateline("Officials said on March 5 (Reuters) that talks had stalled.") is None
    True
    """
    head = line[:TAGGED_DATELINE_CHARS]
    tag = DATELINE_TAG_RE.search(head)
    if tag is None:
        return None
    names: list[str] = []
    if tag["word"]:
        word = tag["word"]
        if word.islower():
            return None      # "spa -": a word, not SPA's credit
        if head[tag.end():tag.end() + 1] == ":" and "\u0621" <= word[-1:] <= "\u064a" \
                and _before_agency_noun(head[:tag.start()]).rstrip()[-1:] not in "-–—":
            return None      # "القاهرة - أ ش أ:" closes the place's dash; "... لوكالة أ ش أ:" quotes it
        agencies = _dateline_agencies(word)
    elif tag["slash"]:
        # "/Мария Петкова, БТА/": BTA puts the reporter before its name
        *who, agency = tag["slash"].split(",")
        agencies = _dateline_agencies(agency)
        # a person: two words or more (as SLASH_CREDIT_RE), and no known place ("/Варна, БТА/")
        who = [w for w in who if len(w.split()) >= 2 and not normalize.is_known_city(w.strip())]
        names = [n for n in (normalize.normalize_name(w) for w in who) if n] if agencies else []
        if who and not names:
            return None
        signed = TAG_CORRESPONDENT_RE.match(tag["slash"].strip()) if not who else None
        # (a correspondent's label before the agency's name: "/Корр. ИТАР-ТАСС Name/", whose
        # agency the whole tag names too)
        if signed and (not agencies or signed.start("agency") > 0):
            # "/корр. Trend Р.Гусейнова/": the agency's correspondent
            signed_agencies = _dateline_agencies(signed["agency"].translate(AGENCY_QUOTES))
            name = normalize.normalize_name(signed["names"]) if signed_agencies else None
            if signed_agencies or not agencies:
                agencies, names = signed_agencies, [name] if name else []
    else:
        agencies = _dateline_agencies(tag["paren"]) or _dated_bracket_agency(tag["paren"])
        names = _bracket_correspondent(tag["paren"]) if agencies else []   # "(zpravodaj ČTK Jan Roe)"
    unknown = None
    # a press-release wire's tag (vocab.PRESS_RELEASE_WIRES) marks the dateline and names the
    # wire that carries the text
    wire_key = normalize.fold((tag["paren"] or tag["slash"]).strip()) if not tag["word"] else None
    wire = wire_key in vocab.PRESS_RELEASE_WIRES
    if wire:
        agencies = [vocab.PRESS_RELEASE_WIRES[wire_key]] if vocab.PRESS_RELEASE_WIRES[wire_key] else []
    elif not agencies and not names and not tag["word"]:
        # an agency the vocabulary lacks, its initials in the tag: "لاہور۔20فروری (اے پی پی):"
        unknown = _unknown_agency(tag["paren"] or tag["slash"])
        agencies = [unknown] if unknown else []
    if not agencies and not wire:
        return None
    prefix = (_before_agency_noun(head[:tag.start()]) if tag["word"] else head[:tag.start()]).rstrip(" ,-–—")
    cut = TAG_PLACE_END_RE.search(prefix)
    place = (prefix[:cut.start()] if cut else prefix).strip()
    between = prefix[cut.start():] if cut else ""
    region = None
    if between[:1] == "," and normalize.is_country(place):
        # "Azerbaijan, Baku, Jan.15 / Trend S. Hasanova /": Trend's country before the city
        city, sep, rest = between[1:].partition(",")
        city = city.strip()
        if sep and city and _capitalised(city.split()) and not normalize.is_country(city) \
                and not _is_weekday_or_month(city):
            place, region, between = city, place, "," + rest
    if wire and STATE_RE.fullmatch(between.strip(" ,")):
        between = ""         # "SAN JOSE, Calif.--(BUSINESS WIRE)--": the state, no date
    words = place.split()
    if not words or len(words) > MAX_TAG_PLACE_WORDS or len(place) > MAX_TAG_PLACE_CHARS or not _tag_place(words) \
            or normalize.normalize_agency(place, credit=True) \
            or tag["word"] and normalize.normalize_agency(f"{place} {tag['word']}") \
            or any(_is_weekday_or_month(w) or DATE_KEYWORD_RE.match(w) for w in words) \
            or words[0].casefold() in BYLINE_OPENER_WORDS or normalize.fold(place) in vocab.COLON_LABELS \
            or _section_place(place):
        return None      # "Business - Reuters": a section and its source (_section_place); "Agencia
                         # EFE - Servicio General" (a LexisNexis header): the agency's full name, no place
    if not _tag_date(between):
        return None
    if tag["word"] and normalize.fold(tag["word"]) in vocab.BRACKET_AGENCY_ALIASES \
            and _before_agency_noun(head[:tag.start()]).rstrip()[-1:].isalpha():
        return None      # "The Petra - a city of stone": a word that is an agency only in brackets
    end = TAG_END_RE.match(line, tag.end()).end()
    if tag["word"] and line[tag.end():end].strip() == "।" and head[:tag.start()].rstrip()[-1:] != ",":
        return None      # "... ने कहा कि एएनआई।": a bare name before the danda follows the place's comma
    if unknown and not _unknown_tag_place(place, bool(between.strip(" ,-–—")), line[end:]):
        return None
    if unknown and between.lstrip()[:1] in "-–—" and not _is_month_day(between.strip(" ,-–—")):
        return None      # "Metro - circulation 174,210 (MTWTF)": a clipping's header, its days in brackets
    closer = line[tag.end():end].strip()
    after = _reporter_after_tag(line, end) if end == tag.end() or not closer else \
        _reporter_after_tag(line, end, dashed=True) if closer in ("-", "–", "—", "--") else None   # Petra's "(بترا)- Name-"
    if after:        # "Vlorë, 6 shkurt /ATSH/ Elira Hoxha - ..."
        names = [*names, after[0]]
        end = after[1]
    # "حمص-سانا" on a line of its own (SANA): the dash joining place and tag marks it too
    # (unless the whole line is an agency's own name: "Keystone-SDA" over the copy)
    joined = head[:tag.start()].rstrip()[-1:] in "-–—" and not line[end:].strip() \
        and not normalize.normalize_agency(line.strip(), credit=True)
    # Urdu and Arabic copy may write the place and the agency's bracket alone before the
    # text: "لندن (رائٹرز) برطانیہ ..."; a script without capitals has no byline such as
    # "Redazione ANSA" that the shape would take, so a known agency in brackets after a
    # place of a word or two marks it.
    bare = bool(tag["paren"]) and not unknown and len(words) <= MAX_BARE_TAG_PLACE_WORDS \
        and not _cased(place)
    if not between.strip(" ,-–—") and not line[tag.end():end].strip(" .=") and not joined and not bare:
        return None      # "Redazione ANSA": with no date, only a dash after the tag marks a dateline
    date = _filed_date(between.strip(" ,،፣-–—")) if YEAR_RE.search(between) or _native_year(between) else None
    after_wire = WIRE_DATE_RE.match(line, end) if wire and not date and line[end - 2:end] == "--" else None
    if after_wire:   # "NEW YORK--(BUSINESS WIRE)--July 11, 2016--": the wire dates the release after its tag
        date, end = after_wire["date"], after_wire.end()
    rest = line[end:].strip()
    if date and rest[:1].isdigit() and TIME_ONLY_RE.match(rest):
        date, end = f"{date} {rest}", len(line)   # "Bogotá, 30 oct 2011 (EFE Radio) 21:40 GMT": a radio desk's filing time
    return Dateline(line[:end].strip(), [normalize.normalize_city(place)], region, agencies,
                    date=date, month_day=_month_day(between) if between.strip() else None,
                    reporters=names)


# The release's date after a press-release wire's tag and before a double hyphen, as
# Business Wire writes it: "NEW YORK--(BUSINESS WIRE)--July 11, 2016--Acme said ..."
WIRE_DATE_RE = re.compile(r"(?P<date>[A-Z][a-z]{2,8}\.? [0-3]?\d, (?:19|20)\d\d)--")


# "پژواک، ۲۱ جوزا ۹۱": an agency's name, a comma, and the date, in one bracket.
DATED_BRACKET_RE = re.compile(r"(?P<agency>[^,،\d]{2,30}?)\s*[,،]\s*(?P<date>[^,،]*\d[^,،]*)")


def _dated_bracket_agency(paren: str) -> list[str]:
    """The agency of a bracket holding its name and the date, as Pajhwok dates its Dari and
    Pashto copy: "مزارشریف (پژواک، ۲۱ جوزا ۹۱):" (the place, then the agency and the date in
    the bracket); the date's words must be month names or stand by its numbers.

    >>> _dated_bracket_agency("پژواک، ۲۱ جوزا ۹۱"), _dated_bracket_agency("Reuters, 1998")
    (['Pajhwok'], ['Reuters'])
    >>> _dated_bracket_agency("Jo Roe, 2 children")
    []
    """
    m = DATED_BRACKET_RE.fullmatch(paren.strip())
    if m is None or not _tag_date(" " + m["date"]):
        return []
    name = normalize.normalize_agency(m["agency"], credit=True)
    return [name] if name else []


# "ایسنا/اصفهان معاون ...": an agency's name, a slash, and the first words of the copy.
AGENCY_SLASH_LEAD_RE = re.compile(r"\s*(?P<agency>[^\W\d_]{2,20})\s*/\s*(?P<rest>[^\W\d_].*)", re.DOTALL)


def _agency_place_lead(line: str) -> Dateline | None:
    """The agency's name, a slash and its desk's place opening the copy with no mark after
    the place, as ISNA opens its provincial copy: "ایسنا/اصفهان معاون ...". Only in a script
    without capitals and for a known agency; the place is one word, or a Persian province's
    two or three ("ایسنا/خراسان رضوی", "ایسنا/سیستان و بلوچستان").

    >>> d = _agency_place_lead("ایسنا/اصفهان مدیر کل گفت")
    >>> d.text, d.cities, d.agencies
    ('ایسنا/اصفهان', ['اصفهان'], ['ISNA'])
    >>> _agency_place_lead("ایسنا/خراسان رضوی مدیر کل گفت").cities
    ['خراسان رضوی']
    >>> _agency_place_lead("Reuters/Ipsos poll shows") is None
    True
    """
    m = AGENCY_SLASH_LEAD_RE.match(line)
    if m is None or _cased(m["agency"]) or normalize.cased(m["rest"][:1]):
        return None
    agencies = _dateline_agencies(m["agency"])
    words = m["rest"].split(None, 4)
    if not agencies or not words:
        return None
    take = 1
    if len(words) > 2 and words[1] == vocab.FA_PLACE_JOINER:
        take = 3
    elif len(words) > 1 and words[1] in vocab.FA_PLACE_SECOND_WORDS:
        take = 2
    place_words = words[:take]
    place = " ".join(place_words)
    if not _tag_place(place_words) or normalize.normalize_agency(place, credit=True) \
            or any(w in vocab.FA_NOT_PLACE_WORDS or _is_weekday_or_month(w) for w in place_words):
        return None
    end = m.start("rest") + m["rest"].index(place_words[-1]) + len(place_words[-1])
    return Dateline(line[:end].strip(), [normalize.normalize_city(place)], None, agencies)


def _agency_dash_place_lead(line: str) -> Dateline | None:
    """The agency's name, a spaced dash, its desk's place and another dash opening the copy,
    as NNA opens its Arabic copy by its byname 'national': "وطنية - صيدا - طالب ...". Only in a
    script without capitals and for a known agency; the place is a word or two.

    >>> d = _agency_dash_place_lead("وطنية - صور - افتتح المجلس البلدي")
    >>> d.text, d.cities, d.agencies
    ('وطنية - صور -', ['صور'], ['NNA'])
    >>> _agency_dash_place_lead("مصر - القاهرة - قال الوزير") is None
    True
    """
    m = AGENCY_DASH_PLACE_LEAD_RE.match(line)
    if m is None or _cased(m["agency"]) or _cased(m["place"]):
        return None
    agencies = _dateline_agencies(m["agency"])
    place_words = m["place"].split()
    if not agencies or not _tag_place(place_words) or normalize.normalize_agency(m["place"], credit=True) \
            or any(_is_weekday_or_month(w) for w in place_words):
        return None
    return Dateline(line[:m.end("dash")].strip(), [normalize.normalize_city(m["place"])], None, agencies)


AGENCY_DASH_PLACE_LEAD_RE = re.compile(
    r"\s*(?P<agency>[^\W\d_]{2,20})\s+[-–]\s+(?P<place>[^\W\d_]+(?:\s[^\W\d_]+)?)\s+(?P<dash>[-–])\s+(?=[^\W\d_])")


def _slashed_dateline(line: str) -> Dateline | None:
    """Anadolu's dateline of a place, a reporter and the agency set apart by slashes, alone
    on its line or before a dash; the last part must be a known agency and the middle a name.

    >>> d = _slashed_dateline("Bakü / Elif Şahin / Anadolu Ajansı")
    >>> d.cities, d.reporters, d.agencies
    (['Bakü'], ['Elif Şahin'], ['Anadolu'])
    >>> _slashed_dateline("Politics / Economy / World") is None
    True
    >>> d = _slashed_dateline("AA / Dakar / Awa Ndiaye")
    >>> d.cities, d.reporters, d.agencies
    (['Dakar'], ['Awa Ndiaye'], ['Anadolu'])
    >>> _slashed_dateline("طرابلس/ الأناضول").cities
    ['طرابلس']
    """
    pair = SLASHED_PLACE_AGENCY_RE.match(line)
    if pair is not None:
        return _slashed_place_agency(line, pair["place"].strip(), pair["agency"])
    m = SLASHED_DATELINE_RE.match(line)
    if m is None:
        return None
    agencies = _dateline_agencies(m["agency"])
    if not agencies:
        return _agency_first_slashed(line, m)
    place, words = m["place"].strip(), m["place"].split()
    if not agencies or len(words) > MAX_TAG_PLACE_WORDS or not _tag_place(words) \
            or normalize.normalize_agency(place, credit=True) or normalize.fold(place) in vocab.COLON_LABELS:
        return None
    names = [n for n in (normalize.normalize_name(w) for w in NAME_SPLIT_RE.split(m["names"])) if n]
    if not names:
        return None
    return Dateline(line[:m.end()].strip(), [normalize.normalize_city(place)], None, agencies,
                    reporters=names)


def _slashed_place_agency(line: str, place: str, agency: str) -> Dateline | None:
    """Anadolu's Arabic dateline when no reporter signs, "بنغازي/ الأناضول" alone on its
    line: a known agency after a known city, or after one word in a script without capitals
    (a menu's "Business / Reuters" is a section and its source, a caption's "JOHN ROE / AFP"
    its photographer and agency)."""
    agencies = _dateline_agencies(agency)
    words = place.split()
    if not agencies or not words or len(words) > MAX_TAG_PLACE_WORDS or not _tag_place(words) \
            or normalize.normalize_agency(place, credit=True) or _section_place(place) \
            or normalize.fold(place) in vocab.COLON_LABELS \
            or not (normalize.is_gazetteer_city(place) or len(words) == 1 and not _cased(place)):
        return None
    return Dateline(line.strip(), [normalize.normalize_city(place)], None, agencies)


def _agency_first_slashed(line: str, m: re.Match) -> Dateline | None:
    """Anadolu's French dateline, the agency first: "AA / Dakar / Awa Ndiaye" (the agency,
    the place, the reporter), alone on its line; the place must be a known city or in
    capitals, and the reporter a name of two words or more."""
    agencies = _dateline_agencies(m["place"])
    place = m["names"].strip()
    if not agencies or m["dash"] or not (normalize.is_gazetteer_city(place) or place.isupper()) \
            or not _tag_place(place.split()) or _section_place(place):
        return None
    parts = [p for p in NAME_SPLIT_RE.split(m["agency"]) if p.strip()]
    names = [n for n in (normalize.normalize_name(p) for p in parts if len(p.split()) >= 2) if n]
    if not names or len(names) != len(parts):
        return None
    return Dateline(line[:m.end()].strip(), [normalize.normalize_city(place)], None, agencies,
                    reporters=names)


def _tag_place(words: list[str]) -> bool:
    """Words that may name a tagged dateline's place: capitalised, or in a script without
    capitals (Arabic, Persian, Devanagari, Bengali: their vowel signs and viramas are marks,
    not letters, and are set aside: "চট্টগ্রাম"); a hyphen may join a name's parts ("Чолпон-Ата,
    5-март. /Кабар/.", Kabar's Kyrgyz copy)."""
    if not all(re.fullmatch(PLACE_WORD, p if p.isascii() else _without_marks(p))
               for w in words for p in w.split("-")):
        return False
    first = words[0][:1]
    # (Georgian writes no capitals though Unicode gives its letters a case: "ბათუმი, 12 მაისი
    # /საქინფორმი/." is read as an Arabic or Thai place is)
    return first.isupper() or not normalize.cased(first) and first.isalpha() \
        if len(words) == 1 else _capitalised(words) or not _cased(" ".join(words))


def _cased(text: str) -> bool:
    """Whether the text holds a letter of a script with capitals (Latin, Cyrillic, Greek)."""
    return any(normalize.cased(c) for c in text)


def _without_marks(word: str) -> str:
    """The word without its combining marks (vowel signs, viramas, accents written apart)."""
    return "".join(c for c in word if not unicodedata.category(c).startswith("M"))


def _native_year(text: str) -> bool:
    """Whether the text holds a year in another script's digits ("২০২৪"), 1900 to 2099."""
    return any(1900 <= int(y) <= 2099 for y in NATIVE_YEAR_RE.findall(text) if not y.isascii())


# A place's name is this long at most: a longer run is a sentence in a script that sets no
# spaces between its words (Thai: "นอกจากนี้ ที่ประชุมยังรับทราบ...อีกกว่า 900 แห่ง ...ต่อไป.-สำนักข่าวไทย",
# a last sentence's count and TNA's closing credit, is no place, date and tag)
MAX_TAG_PLACE_CHARS = 40


# A number with a decimal fraction is a count, no day: "... แล้วกว่า 1.8 ล้านคน – สำนักข่าวไทย"
# (more than 1.8 million people, then TNA's closing credit) is no place, date and tag.
DECIMAL_COUNT_RE = re.compile(r"\d+[.,]\d+")


def _tag_date(between: str) -> bool:
    """Whether the text between a tagged dateline's place and its tag is a date: numbers,
    and words that are month or weekday names or stand next to a number ("5. marts",
    "kovo 5 d.", "في ٥ مارس", "Sha'ban 24, 1445")."""
    if not between.strip(" ,-–—"):
        return True
    if len(between) > MAX_TAG_DATE_CHARS or any(c in between for c in "!?;:\"“”«»()"):
        return False
    tokens = TAG_DATE_TOKEN_RE.findall(between)
    if not DIGIT_RE.search(between):
        # "भुवनेश्वर, तीन मई (भाषा)" ('three May'): PTI-Bhasha spells the day as a word, so a
        # month and one word beside it is a date; any other run of words is none
        return len(tokens) == 2 and sum(_is_weekday_or_month(t) for t in tokens) == 1 \
            and any(normalize.month_names().get(normalize.fold(t).rstrip(".")) for t in tokens)
    words = 0
    for i, t in enumerate(tokens):
        if DIGIT_RE.search(t) or not any(c.isalpha() for c in t):
            continue
        words += 1
        # a capitalised word may stand two from its number: "Dhu al-Hijjah 3, 1444"
        reach = 2 if t[:1].isupper() or not t[:1].islower() else 1
        near = tokens[max(0, i - reach):i] + tokens[i + 1:i + 1 + reach]
        if not (_is_weekday_or_month(t) or any(DIGIT_RE.search(n) and not DECIMAL_COUNT_RE.fullmatch(n)
                                               for n in near)):
            return False
    return words <= MAX_TAG_DATE_WORDS
