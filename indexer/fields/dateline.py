"""Fields stage, datelines: a paragraph's first line -> Dateline (its text as written, cities,
region, agencies, date), or None.

The lines the patterns read are matched here; a dateline's parts (place words, month and day,
agencies) are read in dateline_parts.py, and a dateline around an agency's tag in a shape the
patterns miss in dateline_tag.py.
"""
from __future__ import annotations

import re
import dataclasses

from .. import cjk, clean, normalize, vocab
from .patterns import (SQUARE_PLACE_LEAD_RE, STOPPED_PLACE_LEAD_RE, UNDASHED_DATELINE_RE, PLACE_COUNTRY_LINE_RE, AGENCY_AFTER_DASH_RE, AGENCY_AT_PLACE_RE, FULL_STOP_DATELINE_RE, FULL_STOP_BYLINE_RE, LEAD_AGENCY_REPORTS_RE, LEAD_HEAD_CHARS,
                       AGENCY_CAPS_LEAD_RE, AGENCY_END_RE, AGENCY_LEAD_RE, AGENCY_ONLY_RE, BRACKETED_REGION_RE,
                       BRACKET_BYLINE_RE, BYLINE_BRACKET_AFTER_RE, BRACKETED_PLACE_DATELINE_RE, BRACKETED_PLACE_LEAD_RE, BYLINE_OPENER_WORDS,
                       CAPTION_START_RE,
                       CITY_QUALIFIER_CHARS, CITY_QUALIFIER_RE, COLON_DATELINE_MIN_WORDS,
                       ARABIC_COLON_DATELINE_RE, COLON_DATELINE_RE, COLON_DATELINE_TITLE_RE, DATELINE_MARK_RE, DATELINE_RE,
                       DATE_AGENCY_RE, DAY_DASH_DATELINE_RE, DAY_DASH_LEAD_MIN_WORDS, DIGIT_RE, DOTTED_DATELINE_RE, FA_REPORT_DATELINE_RE,
                       CAPS_PLACE_DAY_LINE_RE, DAY_WORD_DATELINE_RE, ENGLISH_MONTH_RE, INDIC_COLON_DATELINE_RE, INDIC_DATED_COLON_DATELINE_RE, ISO_DATELINE_RE,
                       KHMER_COLON_DATELINE_RE, LIST_COUNT_RE, SENTENCE_CLOSERS, UNCASED_OWN_LINE_DATELINE_RE,
                       THAI_DATELINE_RE, TIME_START_RE, TRANSCRIPT_NOTE_RE, YEAR_RE)
from .head_patterns import DATE_KEYWORD_RE, FEED_LABEL_RE, WIRE_SLUG_RE
from .record import Dateline
from .dates import classify_date_line
from .byline import parse_byline, slash_signatures, split_names
from .credits import is_caption
from .dateline_parts import (_bracket_correspondent, _capitalised, _dateline_agencies, _filed_date, _is_month_day,
                             _is_weekday_or_month, _month_day, _name_before_city,
                             _opens_sentence, _place_then_name, _reporter_after_tag, _section_place, _split_cities, _unknown_agency,
                             _unknown_tag_place)
from .dateline_tag import _agency_dash_place_lead, _agency_place_lead, _slashed_dateline, _tagged_dateline


SLUG_OPENERS = ("BC-", "AM-", "PM-")   # an AP slug's cycle: a cheap test before WIRE_SLUG_RE


# A Hebrew prefix letter alone at a place's end ("and", "the", "in", "to", "from", "that",
# "as"): the hyphen after it joins it to the next word, a Latin one ("ו-AFP"), no dateline's dash.
HEBREW_PREFIX_END_RE = re.compile(r"\s[ובהלמשכ]$")


def parse_dateline(line: str, *, after_title: bool = True) -> Dateline | None:
    """The dateline at the start of a paragraph, or None.

    >>> d = parse_dateline("KYIV, Ukraine (AP) — Russian drones struck overnight.")
    >>> d.text, d.cities, d.region, d.agencies
    ('KYIV, Ukraine (AP) —', ['Kyiv'], 'Ukraine', ['AP'])
    >>> parse_dateline("WASHINGTON/SEOUL (Reuters) - Talks resumed.").cities
    ['Washington', 'Seoul']
    >>> parse_dateline("    NEW YORK, Feb 26 - Shares rose.").text
    'NEW YORK, Feb 26 -'
    >>> parse_dateline("The minister said - again - that talks would go on.") is None
    True
    >>> parse_dateline("LYON, 12 mars 2024 (AFP) - Des centaines de paysans.").date
    '12 mars 2024'
    >>> d = parse_dateline("(ANSA) - ROMA, 4 APR - Forti piogge al nord.")
    >>> d.text, d.cities, d.agencies
    ('(ANSA) - ROMA, 4 APR -', ['Roma'], ['ANSA'])
    >>> d = parse_dateline("March 4 (Reuters) - Gold held steady.")
    >>> d.text, d.cities, d.agencies
    ('March 4 (Reuters) -', [], ['Reuters'])
    >>> d = parse_dateline("新华社北京3月5日电（记者张三）会议今天开幕。")
    >>> d.text, d.cities, d.agencies, d.reporters
    ('新华社北京3月5日电（记者张三）', ['北京'], ['Xinhua'], ['张三'])
    >>> parse_dateline("נועה בר-לב ו-AFP") is None
    True
    """
    if CAPTION_START_RE.match(line):
        return None      # (a caption: "Archivo - Un centro de salud ...")
    if _outlet_agency_credit(line):
        return None      # "HS–STT": the paper's initials and the agency's, a credit line
    if line.lstrip()[:3] in SLUG_OPENERS and WIRE_SLUG_RE.match(line.strip()):
        return None      # "BC-US--Farm Bill-Vote, KILL": AP's slug, its desk no place
    found = _parse_dateline(line, after_title)
    if found is None and line.lstrip().startswith(vocab.FA_REPORT_OPENER):
        return _report_dateline(line)
    if found is None and line.lstrip()[:1] == "(":
        found = _bracketed_place_dateline(line, after_title)
    if found is None and line.lstrip()[:1].isupper() and AGENCY_CAPS_LEAD_RE.match(line):
        found = _agency_caps_lead(line, after_title)
    if found is None and line.lstrip()[:1] == "[":
        found = _square_place_lead(line) if after_title else None
        found = found or _transcript_dateline(line, after_title)
    if found is None and "\u0E01" <= line.lstrip()[:1] <= "\u0E4E":   # a Thai letter first
        found = _thai_dateline(line)
    if found is None and line.count("/") in (1, 2) and not slash_signatures(line):
        found = _slashed_dateline(line)      # "Doha / Mehmet Kaya / Anadolu Ajansı", "بنغازي/ الأناضول"
        # (not two writers' signatures run together: "Karin Roe/TT Per Dahl/TT TT")
    if found is None and "/" in line[:AGENCY_SLASH_LEAD_CHARS] and line.lstrip()[:1].isalpha() \
            and not normalize.cased(line.lstrip()[:1]):
        found = _agency_place_lead(line)     # "ایسنا/اصفهان ...": ISNA's desk, then the copy
    if found is None and " - " in line[:AGENCY_DASH_LEAD_CHARS] and line.lstrip()[:1].isalpha() \
            and not normalize.cased(line.lstrip()[:1]):
        found = _agency_dash_place_lead(line)   # "وطنية - صيدا - ...": NNA's byname, then the place
    if found is None and after_title and "\u0900" <= line.lstrip()[:1] <= "\u0DFF":   # an Indic letter
        found = _indic_colon_dateline(line) or _day_word_dateline(line)
        if found is None and "," in line[:MAX_INDIC_DATED_PLACE_CHARS]:
            found = _indic_dated_colon_dateline(line)
    if found is None and after_title and "\u17d6" in line[:MAX_KHMER_PLACE_CHARS]:
        found = _khmer_colon_dateline(line)
    if found is None and after_title and "\u0600" <= line.lstrip()[:1] <= "\u06FF" and ":" in line[:ARABIC_COLON_PLACE_CHARS]:
        found = _arabic_colon_dateline(line)
    if found is None and after_title and not line.isascii() and UNCASED_OWN_LINE_DATELINE_RE.match(line):
        found = _own_line_dateline(line)
    if found is None and after_title and "," in line[:40] and line.lstrip()[:1].isupper():
        found = _place_country_line(line) or _day_dash_dateline(line)
    if found is None and after_title and "," in line[:40] and line.lstrip()[:2].isupper():
        found = _undashed_dateline(line)
    if found is None and after_title and ". " in line[:LEAD_HEAD_CHARS] and line.lstrip()[:1].isupper():
        found = _stopped_place_lead(line)
    if found is None and after_title and "(" in line[:DATED_BRACKET_LEAD_CHARS] and line.lstrip()[:2].isupper():
        found = _dated_bracket_dateline(line)   # "QUITO, Ecuador (March 5, 1998 2:14 p.m. EST) --"
    # (a place and date in a shape the patterns do not know, before a known agency's tag)
    found = found if found is not None else _tagged_dateline(line)
    if found is not None and any(HEBREW_PREFIX_END_RE.search(c) for c in found.cities):
        return None      # "נועה בר-לב ו-AFP": Hebrew's "and" joined to the agency by a hyphen, no dash
    if found is not None and not found.agencies and not found.certain and found.cities \
            and (_dated_heading(line, found) or _agency_masthead(line, found)):
        return None      # "MIDDAGEDITIE - dinsdag 4 oktober 2011": a newsletter's edition and its day
    return _with_bracket_byline(line, found) if found is not None and not found.reporters else found


MAX_DATED_HEADING_WORDS = 5   # "dinsdag 4 oktober 2011", "Tuesday, October 4, 2011"
YEAR_END_RE = re.compile(r"\b(?:19|20)\d\d$")


def _dated_heading(line: str, found: Dateline) -> bool:
    """A line that is a word in capitals, a dash and a whole day alone, its word no known
    city: a newsletter's heading, its edition and its day ("MIDDAGEDITIE - dinsdag 4 oktober
    2011"), no dateline (a dateline's copy follows its dash).

    >>> _dated_heading("MIDDAGEDITIE - dinsdag 4 oktober 2011", parse_dateline("MIDDAGEDITIE - x"))
    True
    >>> _dated_heading("MIDDAGEDITIE - Het kabinet stelt geld beschikbaar", parse_dateline("MIDDAGEDITIE - x"))
    False
    """
    rest = _heading_after(line, found)
    if not rest or not YEAR_END_RE.search(rest):
        return False
    if any(normalize.is_gazetteer_city(c) for c in found.cities):
        return False
    return classify_date_line(rest) == "date"


def _agency_masthead(line: str, found: Dateline) -> bool:
    """A line in capitals that is an agency's name and its edition, a dash and a heading in
    capitals alone: the masthead of the agency's newsletter or digest ("SPUTNIK
    АЗЕРБАЙДЖАН — ГЛАВНОЕ ЗА ДЕНЬ"), no dateline (a dateline's copy follows its dash).

    >>> _agency_masthead("SPUTNIK АЗЕРБАЙДЖАН — ГЛАВНОЕ ЗА ДЕНЬ", parse_dateline("SPUTNIK АЗЕРБАЙДЖАН — x"))
    True
    >>> _agency_masthead("SPUTNIK АЗЕРБАЙДЖАН — Турнир завершился в Баку", parse_dateline("SPUTNIK АЗЕРБАЙДЖАН — x"))
    False
    """
    first = found.text.split()[0]
    if len(found.text.split()) < 3 or not first.isupper():
        return False
    rest = _heading_after(line, found)
    return bool(rest) and rest.isupper() and normalize.normalize_agency(first, credit=True) is not None


def _heading_after(line: str, found: Dateline) -> str | None:
    """What follows the dateline ``found`` on its line when that is a heading's few words
    (MAX_DATED_HEADING_WORDS at most) rather than copy; None otherwise."""
    s = line.strip()
    if not s.startswith(found.text):
        return None
    rest = s[len(found.text):].strip()
    return rest if rest and len(rest.split()) <= MAX_DATED_HEADING_WORDS else None


def _with_bracket_byline(line: str, dl: Dateline) -> Dateline:
    """The dateline with the reporter an Italian agency sets in brackets after it, maybe
    before a dash: "Roma, 9 nov. (Adnkronos) - (di Jo Roe) - Dal ...", as ANSA's agency-first
    dateline already reads it; unchanged when no such bracket follows.

    >>> dl = parse_dateline("Roma, 9 nov. (Adnkronos) - (di Marco Ferri) - Dal 13 dicembre i treni ...")
    >>> dl.text, dl.reporters
    ('Roma, 9 nov. (Adnkronos) - (di Marco Ferri) -', ['Marco Ferri'])
    """
    at = line.find(dl.text)
    end = at + len(dl.text) if at >= 0 else -1
    by = BYLINE_BRACKET_AFTER_RE.match(line, end) if end >= 0 and "(" in line[end:end + 4] else None
    if not by:
        return dl
    dash = re.match(r"\s*[-–—]\s*", line[by.end():])
    after = by.end() + (dash.end() if dash else 0)
    names = split_names(by["names"])[0] if _opens_sentence(line[after:]) else []
    if not names:
        return dl
    return dataclasses.replace(dl, text=line[at:after].strip(), reporters=names)


AGENCY_SLASH_LEAD_CHARS = 22   # an agency's name and the slash after it
AGENCY_DASH_LEAD_CHARS = 24    # ...and its dash after it
MAX_OUTLET_INITIALS = 3   # "HS", "SvD", "FAZ"; a city in capitals runs longer ("ROMA", "OSLO")
MAX_OUTLET_CREDIT_CHARS = 40   # the initials, the dash and an agency's name


def _outlet_agency_credit(line: str) -> bool:
    """Whether a line is a paper's initials joined to an agency's by a dash, with no space
    and nothing after: Helsingin Sanomat's "HS–STT" credits STT's copy the paper ran; no
    place (a dateline spaces its dash or runs on into the copy).

    >>> _outlet_agency_credit("HS–STT"), _outlet_agency_credit("OSLO–NTB"), _outlet_agency_credit("HS – STT")
    (True, False, False)
    """
    s = line.strip()
    if not s or len(s) > MAX_OUTLET_CREDIT_CHARS or len(s.split()) != 1:
        return False      # (every line asked comes here: the length first, then one word)
    head, dash, tail = s.replace("—", "–").replace("-", "–").partition("–")
    return bool(dash) and len(head) <= MAX_OUTLET_INITIALS and head[:1].isupper() and head.isalpha() \
        and not normalize.is_known_city(head) and normalize.normalize_agency(tail, credit=True) is not None


def _bracketed_place_dateline(line: str, after_title: bool) -> Dateline | None:
    """A broadcast script's dateline, its place in brackets before the dash: "(DETROIT,
    Ore.) -- Residents ..." reads as "DETROIT, Ore. -- Residents ..." would, when the place
    is in capitals or a known city. A bracket that holds an agency is left to the patterns
    ("(ANSA) - ROMA, 4 APR -").

    >>> d = _bracketed_place_dateline("(DETROIT, Ore.) -- Residents were told to leave.", True)
    >>> d.text, d.cities, d.region
    ('(DETROIT, Ore.) --', ['Detroit'], 'Ore.')
    >>> _bracketed_place_dateline("(Recasts) - Shares fell on the news.", True) is None
    True
    """
    m = BRACKETED_PLACE_DATELINE_RE.match(line)
    if m is None:
        return _bracketed_place_lead(line) if after_title else None
    if normalize.normalize_agency(m["place"], credit=True):
        return None
    place = m["place"].split(",")[0].strip()
    if not (place.isupper() or normalize.is_gazetteer_city(place)):
        return None      # "(Recasts) - Shares fell": a note in brackets, not a place
    found = _parse_dateline(f"{m['place']} {m['dash']} {line[m.end():]}", after_title)
    if found is None or not found.cities or found.agencies:
        return None
    return dataclasses.replace(found, text=line[:m.end()].strip())


UNDASHED_LEAD_WORDS = 8   # with no dash to mark it, the dateline must open a lead of prose


def _undashed_dateline(line: str) -> Dateline | None:
    """Reuters.com's dateline with neither the agency nor the dash (UNDASHED_DATELINE_RE),
    read as the same dateline with its dash would be.

    >>> d = _undashed_dateline("ABIDJAN, March 15 Cocoa arrivals at the ports slowed this month.")
    >>> d.text, d.cities, d.month_day
    ('ABIDJAN, March 15', ['Abidjan'], (3, 15))
    >>> _undashed_dateline("ACME, Mayor 3 Shares rose.") is None
    True
    """
    m = UNDASHED_DATELINE_RE.match(line)
    if m is None or not _is_month_day(m["date"]):
        return None
    words = line[m.end():].split()
    if len(words) < UNDASHED_LEAD_WORDS or sum(w[:1].islower() for w in words) < UNDASHED_LEAD_WORDS // 2:
        return None      # "GROWTH, March 3 Outlook slightly better": a label and a date over a note, no lead
    found = _parse_dateline(f"{line[:m.end()].rstrip()} - {line[m.end():]}", True)
    if found is None or not found.cities or found.agencies:
        return None
    return dataclasses.replace(found, text=line[:m.end()].strip())


def _agency_caps_lead(line: str, after_title: bool) -> Dateline | None:
    """The dateline after a known agency's short form in capitals and a dash, no brackets
    round it, as AGI opens its copy: "AGI - Milano, 18 set. - ..." gives Milano and AGI, as
    "(ANSA) - ROMA, 4 APR -" does; None unless a place's dateline with no agency of its
    own follows ("AGI - a profit warning" is none).

    >>> d = _agency_caps_lead("AGI - Napoli, 3 mag. - Il porto ha chiuso il primo trimestre in crescita.", True)
    >>> d.text, d.cities, d.agencies
    ('AGI - Napoli, 3 mag. -', ['Napoli'], ['AGI'])
    """
    m = AGENCY_CAPS_LEAD_RE.match(line)
    agency = normalize.normalize_agency(m["agency"])
    if agency is None:
        return None
    rest = line[m.end():]
    then = parse_dateline(rest, after_title=after_title)
    if then is None or not then.cities or then.agencies or not (then.month_day or then.date):
        return None
    end = m.end() + rest.index(then.text) + len(then.text)
    return dataclasses.replace(then, text=line[m.start("agency"):end].strip(), agencies=[agency])


BRACKET_LEAD_MIN_WORDS = 8   # the sentence after the bracket: a paragraph's, not a caption's


def _bracketed_place_lead(line: str) -> Dateline | None:
    """La Presse's dateline, the place alone in brackets opening the copy with no dash:
    "(Cancún) Le puissant ouragan a touché terre ..." gives Cancún, when the place is a
    known city or a few capitalised words that are no label ("(Photo) ...", "(Update) ...")
    and a paragraph's sentence follows.

    >>> _bracketed_place_lead("(Saint-Jérôme) Les travaux sur l'autoroute 15 reprendront lundi matin.").cities
    ['Saint-Jérôme']
    >>> _bracketed_place_lead("(Vidéo) Les travaux sur l'autoroute 15 reprendront lundi matin.") is None
    True
    """
    m = BRACKETED_PLACE_LEAD_RE.match(line)
    if m is None or len(line[m.end():].split()) < BRACKET_LEAD_MIN_WORDS:
        return None
    place = m["place"]
    words = place.replace("-", " ").split()
    if not normalize.is_gazetteer_city(place) and (
            not _capitalised(words) or any(len(w) > 1 and w.isupper() for w in words)
            or normalize.fold(place) in vocab.COLON_LABELS or normalize.find_agencies(place)
            or normalize.normalize_agency(place, credit=True) or _is_weekday_or_month(place)
            or normalize.is_country(place)):
        return None      # (an outlet's or a desk's note: "(Reuters Health) ...", "(CNN Business) ...")
    return Dateline(line[:m.end()].strip(), [normalize.normalize_city(place)], None, [])


def _stopped_place_lead(line: str) -> Dateline | None:
    """Tanzanian papers' dateline, a known city closed by a full stop opening the copy
    (STOPPED_PLACE_LEAD_RE): "Kigali. Rwanda will build ..." gives Kigali, when a paragraph's
    sentence follows. A known city only: "Yes. The minister ..." and "Mr. Roe said ..." share the shape.

    >>> _stopped_place_lead("Nairobi. Kenya will cut the fuel levy from next month, the treasury said on Monday.").cities
    ['Nairobi']
    >>> _stopped_place_lead("Rwanda. Kenya will cut the fuel levy from next month, the treasury said on Monday.") is None
    True
    """
    m = STOPPED_PLACE_LEAD_RE.match(line)
    if m is None or len(line[m.end():].split()) < BRACKET_LEAD_MIN_WORDS or not normalize.is_gazetteer_city(m["place"]) \
            or normalize.is_country(m["place"]):
        return None
    return Dateline(line[:m.end()].strip(), [normalize.normalize_city(m["place"])], None, [])


def _square_place_lead(line: str) -> Dateline | None:
    """The Business Times' dateline, a known city alone in square brackets opening the copy
    ("[ISTANBUL] Foreign investors bought ..."): its city, when a paragraph's sentence follows.
    (A known city only: "[UPDATE]", "[VIDEO]" and a desk's notes share the shape.)

    >>> _square_place_lead("[KUALA LUMPUR] Palm oil futures rose for a third day on Tuesday as exports picked up.").cities
    ['Kuala Lumpur']
    >>> _square_place_lead("[UPDATE] Palm oil futures rose for a third day on Tuesday as exports picked up.") is None
    True
    """
    m = SQUARE_PLACE_LEAD_RE.match(line)
    if m is None or len(line[m.end():].split()) < BRACKET_LEAD_MIN_WORDS or not normalize.is_gazetteer_city(m["place"]):
        return None
    return Dateline(line[:m.end()].strip(), [normalize.normalize_city(m["place"])], None, [])


def _transcript_dateline(line: str, after_title: bool) -> Dateline | None:
    """The dateline after a monitoring service's note in square brackets (FBIS's "[Text]
    Alma-Ata March 14 TASS -- ...", vocab.TRANSCRIPT_NOTES), read as if it opened the line;
    its text keeps the note.

    >>> d = _transcript_dateline("[Text] Alma-Ata March 14 TASS -- Farms will sell more grain this year.", True)
    >>> d.text, d.cities, d.agencies
    ('[Text] Alma-Ata March 14 TASS --', ['Alma-Ata'], ['TASS'])
    >>> _transcript_dateline("[Update] Alma-Ata March 14 TASS -- Farms will sell more grain.", True) is None
    True
    """
    m = TRANSCRIPT_NOTE_RE.match(line)
    if m is None or normalize.fold(m["note"]) not in vocab.TRANSCRIPT_NOTES:
        return None
    found = parse_dateline(line[m.end():], after_title=after_title)
    if found is None:
        return None
    return dataclasses.replace(found, text=line[:m.end()].strip() + " " + found.text)


def _indic_colon_dateline(line: str) -> Dateline | None:
    """An Indian paper's dateline in its own script, the place of up to three words and a
    colon or a bullet opening a paragraph of prose ("చెన్నై: రాష్ట్ర ...", "കൊച്ചി ∙ ..."),
    maybe after the agency's credit ("पीटीआय, पुणे : ..."): the place, and the agency. A label
    (vocab.COLON_LABELS: "प्रश्न:", 'question') or an agency in the place's stead is none,
    nor is a short line (a headline's "ಬೆಂಗಳೂರು: ಮಳೆ"), nor a portal's stamp whose label is
    followed by a date ("प्रकाशित: 17 जनवरी 2023, 15:40 IST", 'published').

    >>> d = _indic_colon_dateline("पीटीआय, पुणे : शहरात नव्या उड्डाणपुलाचे काम पुढील महिन्यात सुरू होणार असल्याचे पालिकेने सांगितले.")
    >>> d.text, d.cities, d.agencies
    ('पीटीआय, पुणे :', ['पुणे'], ['PTI'])
    >>> _indic_colon_dateline("ಬೆಂಗಳೂರು: ಮಳೆ") is None
    True
    >>> _indic_colon_dateline("प्रकाशित: 17 जनवरी 2023, 15:40 IST | अपडेटेड: 17 जनवरी 2023, 16:12 IST") is None
    True
    """
    m = INDIC_COLON_DATELINE_RE.match(line)
    if m is None or len(line[m.end():].split()) < COLON_DATELINE_MIN_WORDS \
            or classify_date_line(line[m.end():].strip()):
        return None
    place = m["place"]
    if place in vocab.COLON_LABELS or normalize.normalize_agency(place, credit=True):
        return None
    keyword = DATE_KEYWORD_RE.match(place)
    if keyword and keyword.end() == len(place):
        return None      # "प्रकाशित: 17 जनवरी 2023, 15:40 IST" ('published'): a date line, no place
    agencies = []
    if m["agency"]:
        agency = normalize.normalize_agency(m["agency"], credit=True)
        if agency is None:
            return None     # "दिल्ली, मुंबई : ...": two places, or words, before the colon
        agencies = [agency]
    return Dateline(line[:m.end()].strip(), [place], None, agencies)


MAX_KHMER_PLACE_CHARS = 40           # Khmer's colon after a place of a few words
MIN_KHMER_DATELINE_PROSE_CHARS = 40  # ...then prose (Khmer sets few spaces: counted in letters)
KHMER_COLON_LABELS = frozenset(r[:-1] for roles in vocab.CREDIT_ROLES.values() for r in roles if r[-1:] == ":")


def _khmer_colon_dateline(line: str) -> Dateline | None:
    """AKP's Khmer dateline: the place, Khmer's colon ("៖") and the paragraph's prose; not a
    credit's label ("ដោយ ៖ Name", 'by') nor a date line's.

    >>> _khmer_colon_dateline("តាកែវ ៖ មន្ទីរកសិកម្មខេត្ត បានចែកពូជស្រូវ ជូនកសិករ នៅព្រឹកនេះ ដើម្បីរដូវវស្សា។").cities
    ['តាកែវ']
    >>> _khmer_colon_dateline("ដោយ ៖ សុខ ចាន់ថា និងក្រុមការងារ នៃទីភ្នាក់ងារព័ត៌មាន ខេត្តតាកែវ") is None
    True
    """
    m = KHMER_COLON_DATELINE_RE.match(line)
    if m is None or len(line) - m.end() < MIN_KHMER_DATELINE_PROSE_CHARS \
            or classify_date_line(line[m.end():].strip()):
        return None
    place = m["place"]
    if place in KHMER_COLON_LABELS or normalize.fold(place) in vocab.COLON_LABELS \
            or normalize.normalize_agency(place, credit=True):
        return None
    return Dateline(line[:m.end()].strip(), [place], None, [])


ARABIC_COLON_PLACE_CHARS = 30   # "اسلام آباد:": the place's colon stands within a word or two of the start


def _arabic_colon_dateline(line: str) -> Dateline | None:
    """An Urdu or Arabic paper's dateline: a city in the Arabic script and a colon opening a
    paragraph of prose (ARABIC_COLON_DATELINE_RE). Only a city the gazetteer knows: a label
    ("ترجمان:", 'spokesman') takes the shape too.

    >>> _arabic_colon_dateline("پشاور: صوبائی حکومت نے شہر میں ایک نیا ہسپتال کھول دیا ہے جس میں دو سو بستر ہیں۔").cities
    ['پشاور']
    >>> _arabic_colon_dateline("ترجمان: حکومت نے شہر میں ایک نیا ہسپتال کھول دیا ہے جس میں دو سو بستر ہیں۔") is None
    True
    """
    m = ARABIC_COLON_DATELINE_RE.match(line)
    if m is None or len(line[m.end():].split()) < COLON_DATELINE_MIN_WORDS \
            or not normalize.is_gazetteer_city(m["place"]) or normalize.normalize_agency(m["place"], credit=True):
        return None
    return Dateline(line[:m.end()].strip(), [m["place"]], None, [])


MAX_INDIC_DATED_PLACE_CHARS = 40   # the place's comma within a few words of the line's start


def _indic_dated_colon_dateline(line: str) -> Dateline | None:
    """An Indian paper's dateline in its own script with the day before the colon: the place,
    a comma, the day and its month either way round (the month maybe cut short with a stop,
    as Tamil papers write it) or the day after its mark (Marathi's "ता.", 'date'), then a
    colon opening a paragraph of prose: the place.

    >>> d = _indic_dated_colon_dateline("கோவை, ஜன. 9: கோவை நகரில் புதிய பேருந்து நிலையம் இன்று காலை முதல் பயணிகளுக்கு திறக்கப்பட்டது என்று அதிகாரிகள் கூறினர்.")
    >>> d.cities, d.month_day
    (['கோவை'], (1, 9))
    >>> _indic_dated_colon_dateline("सातारा, ता. ४ : शहरात नव्या उड्डाणपुलाचे काम पुढील महिन्यात सुरू होणार असल्याचे पालिकेने आज सांगितले.").cities
    ['सातारा']
    >>> _indic_dated_colon_dateline("दिल्ली, मुंबई : दोनों शहरों में आज भारी बारिश हुई और कई सड़कों पर पानी भर गया बताया गया।") is None
    True
    """
    m = INDIC_DATED_COLON_DATELINE_RE.match(line)
    if m is None or len(line[m.end():].split()) < COLON_DATELINE_MIN_WORDS \
            or m["place"] in vocab.COLON_LABELS or normalize.normalize_agency(m["place"], credit=True):
        return None
    first, second = m["date"].split()
    day, word = (first, second) if first.isdigit() else (second, first)
    if not day.isdigit() or word.isdigit() or not 1 <= int(day) <= 31:
        return None
    if word.rstrip(".") in vocab.DAY_NUMBER_MARKS and word is first:
        return Dateline(line[:m.end()].strip(), [m["place"]], None, [])
    month = _dateline_month(word)
    if not month:
        return None
    return Dateline(line[:m.end()].strip(), [m["place"]], None, [], month_day=(month, int(day)))


def _dateline_month(word: str) -> int | None:
    """The month a dateline's month word names: a month's name or abbreviation
    (normalize.month_names), or a cut with a stop that begins one month's name alone, as
    Tamil papers cut theirs ("ஏப்." for April, the short forms CLDR lacks or too short to read
    anywhere else); None for any other word.

    >>> _dateline_month("மார்ச்"), _dateline_month("ஏப்."), _dateline_month("ஏப்"), _dateline_month("அ.")
    (3, 4, None, None)
    """
    months = normalize.month_names()
    key = normalize.fold(word).rstrip(".")
    if key in months or not word.endswith(".") or len(key) < MIN_MONTH_CUT_LETTERS:
        return months.get(key)
    found = {n for name, n in months.items() if name.startswith(key) and len(name) > len(key)}
    return found.pop() if len(found) == 1 else None


MIN_MONTH_CUT_LETTERS = 2     # "ஏப்." (folded "ஏப"): a cut of one letter could begin any month


def _day_word_dateline(line: str) -> Dateline | None:
    """RSS Nepal's dateline, the place, a comma and the local calendar's day marked by its
    day word, before the danda (vocab.DAY_OF_MONTH_WORDS): the place.

    >>> _day_word_dateline("पोखरा, जेठ ३ गते । शहरमा नयाँ पुल खुल्यो ।").cities
    ['पोखरा']
    """
    m = DAY_WORD_DATELINE_RE.match(line)
    if m is None or m["place"] in vocab.COLON_LABELS:
        return None
    return Dateline(line[:m.end()].strip(), [m["place"]], None, [])


def _own_line_dateline(line: str) -> Dateline | None:
    """A dateline alone on its line in a script without capitals, its place, its day and its
    month and nothing more ("ਲੁਧਿਆਣਾ, 3 ਮਾਰਚ", "মালদহ, ৪ মার্চ"): the place, when the date's
    word is a month.

    >>> d = _own_line_dateline("মালদহ, ৪ মার্চ")
    >>> d.cities, d.month_day
    (['মালদহ'], (3, 4))
    >>> _own_line_dateline("মালদহ, ৪ জন") is None
    True
    """
    m = UNCASED_OWN_LINE_DATELINE_RE.match(line)
    day, word = sorted(m["date"].split(), key=lambda w: not w.isdigit())
    month = _dateline_month(word)
    if not month or not 1 <= int(day) <= 31 or m["place"] in vocab.COLON_LABELS:
        return None
    return Dateline(line.strip(), [m["place"]], None, [], month_day=(month, int(day)))


def _place_country_line(line: str) -> Dateline | None:
    """A place in capitals and its country alone on the line, under the headline ("HATAY,
    Türkiye", Anadolu's English copy): the place, the country its region. A country in the
    place's stead ("FRANCE, Germany") is a list, no dateline.

    >>> d = _place_country_line("HATAY, Türkiye")
    >>> d.cities, d.region
    (['Hatay'], 'Türkiye')
    >>> _place_country_line("HATAY, Antakya") is None
    True
    """
    m = PLACE_COUNTRY_LINE_RE.match(line)
    if m is None or not m["place"].isupper() or normalize.is_country(m["place"]) \
            or not normalize.is_country(m["country"]):
        return None
    return Dateline(line.strip(), [normalize.normalize_city(m["place"])], m["country"], [])


def _day_dash_dateline(line: str) -> Dateline | None:
    """Agência Estado's dateline, the place and the day of the month alone before a dash
    ("Curitiba, 15 - A chuva ..."): the place, when it is written as a place (title case,
    no agency, country, month or weekday) and a paragraph's sentence follows.

    >>> _day_dash_dateline("Londrina, 3 - A prefeitura anunciou hoje a compra de vinte ônibus novos.").cities
    ['Londrina']
    >>> _day_dash_dateline("Benfica, 2 - Porto, 1") is None
    True
    """
    m = DAY_DASH_DATELINE_RE.match(line)
    if m is None or not 1 <= int(m["day"]) <= 31 or len(line[m.end():].split()) < DAY_DASH_LEAD_MIN_WORDS:
        return None
    place = m["place"]
    if not normalize.is_gazetteer_city(place) and (
            not _capitalised(place.split()) or normalize.normalize_agency(place, credit=True)
            or normalize.is_country(place) or _is_weekday_or_month(place)):
        return None
    return Dateline(line[:m.end()].strip(), [normalize.normalize_city(place)], None, [])


def _thai_dateline(line: str) -> Dateline | None:
    """Thai copy's dateline, a place, a day and a month before a dash ("เชียงใหม่ 20 ก.พ.-
    ...", 'Chiang Mai, 20 Feb -'): the place, when the month is one.

    >>> d = _thai_dateline("ขอนแก่น 3 มี.ค.- ฝนตกหนักทั้งคืน")
    >>> d.text, d.cities, d.month_day
    ('ขอนแก่น 3 มี.ค.-', ['ขอนแก่น'], (3, 3))
    >>> _thai_dateline("ฝนตก 3 วัน - ถนนปิด") is None
    True
    """
    m = THAI_DATELINE_RE.match(line)
    month = normalize.month_names().get(normalize.fold(m["month"]).rstrip(".")) if m else None
    if not month or not 1 <= int(m["day"]) <= 31:
        return None
    return Dateline(line[:m.end()].strip(), [m["place"]], None, [], month_day=(month, int(m["day"])))


def _report_dateline(line: str) -> Dateline | None:
    """The Persian agencies' opening, who reports from where, as the dateline: "به گزارش
    خبرگزاری تسنیم از مشهد،" ('Tasnim reports from Mashhad') gives Mashhad and Tasnim; None
    unless a known agency reports. A place that is an office ("از روابط عمومی ...") is none.

    >>> d = _report_dateline("به گزارش خبرنگار ایرنا از شیراز، استاندار گفت")
    >>> d.cities, d.agencies
    (['شیراز'], ['IRNA'])
    >>> _report_dateline("به گزارش ایسنا به نقل از آناتولی، داده‌ها نشان می‌دهد").agencies
    ['ISNA', 'Anadolu']
    """
    m = FA_REPORT_DATELINE_RE.match(line)
    agency = normalize.normalize_agency(m["agency"], credit=True) if m else None
    if agency is None:
        return None
    place = m["place"]
    cities = [place] if place and place.split()[0] not in vocab.FA_NOT_PLACE_WORDS else []
    source = normalize.normalize_agency(m["source"], credit=True) if m["source"] else None
    if m["source"] and source is None:
        return None      # ("به نقل از" a ministry, a paper: the report is theirs, no dateline)
    return Dateline(line[:m.end()].strip(), cities, None, [agency] + ([source] if source and source != agency else []))


MAX_BARE_DATELINE_CHARS = 50    # "KATHMANDU, APRIL 3" alone on its line


def _dotted_dated_agency(line: str) -> bool:
    """The line opens with a place, a month and day and a known agency, each closed by a full
    stop (DOTTED_DATELINE_RE): "ASTANA. May 4. KAZINFORM /Jo Roe/ -", read as such.

    >>> _dotted_dated_agency("ASTANA. May 4. KAZINFORM /Jo Roe/ - Ice"), _dotted_dated_agency("ASTANA. May 4. Ice - x")
    (True, False)
    """
    dotted = DOTTED_DATELINE_RE.match(line)
    return bool(dotted and dotted["date"] and _is_month_day(dotted["date"])
                and normalize.normalize_agency(dotted["agency"], credit=True))


def _parse_dateline(line: str, after_title: bool) -> Dateline | None:
    found = cjk.parse_dateline(line) if not line.isascii() else None
    if found:
        return Dateline(found.text, found.cities, None, found.agencies, month_day=found.month_day,
                        reporters=found.reporters, certain=True)
    if not (DATELINE_MARK_RE.search(line) or AGENCY_END_RE.search(line)
            or len(line) <= MAX_BARE_DATELINE_CHARS and CAPS_PLACE_DAY_LINE_RE.match(line)
            or ":" in line[:40] and (COLON_DATELINE_RE.match(line) or COLON_DATELINE_TITLE_RE.match(line))
            or ". " in line[:LEAD_HEAD_CHARS] and FULL_STOP_DATELINE_RE.match(line)
            or ":" in line[:LEAD_HEAD_CHARS] and ". " in line[:LEAD_HEAD_CHARS] and DOTTED_DATELINE_RE.match(line)):
        return None
    if line.lstrip()[:1] == "(":
        by = BRACKET_BYLINE_RE.match(line)
        if by:
            return _bracket_byline(line, by, after_title)
    if line.rstrip()[-1:].isdigit():
        bare = CAPS_PLACE_DAY_LINE_RE.match(line) if len(line) <= MAX_BARE_DATELINE_CHARS else None
        # (no dash marks it: only a known city's, "STRIKE SET FOR FRIDAY, MAY 3" is a headline)
        if bare and _is_month_day(bare["date"]) and normalize.is_gazetteer_city(bare["place"]):
            city = normalize.normalize_city(bare["place"])
            return Dateline(line.strip(), [city] if city else [], None, [], month_day=_month_day(bare["date"]))
        iso = ISO_DATELINE_RE.match(line)
        if iso and not _is_weekday_or_month(iso["place"]) and not normalize.normalize_agency(iso["place"]) \
                and normalize.fold(iso["place"]) not in vocab.COLON_LABELS:
            city = normalize.normalize_city(iso["place"])
            return Dateline(line.strip(), [city], None, [], date=iso["date"])
    qualified = CITY_QUALIFIER_RE.search(line, 0, CITY_QUALIFIER_CHARS) \
        if "(" in line[:CITY_QUALIFIER_CHARS] else None
    if qualified:
        return _qualified_city(line, qualified, after_title)
    bracketed = _bracketed_regions(line)
    if bracketed:
        # "Ronda (Málaga), 5 mar (EFE).-": the province in brackets is the region
        found = parse_dateline(bracketed[0], after_title=after_title)
        if found is None or not found.cities:
            return None
        start = bracketed[0].find(found.text)  # the brackets lie after its first word
        return dataclasses.replace(
            found, text=line[start:start + len(found.text) + bracketed[2]].strip(),
            region=found.region or bracketed[1])
    m = DATELINE_RE.match(line)
    end = AGENCY_END_RE.search(line) if m is None else None
    if end and (not end["title_word"] or line.split(None, 1)[0].isupper()):
        # "TOKYO, Jan. 15 Kyodo" on a line of its own: the agency word ends the dateline
        # ("POLOKWANE Aug 19 Sapa": a short form in title case, read as its capitals)
        word = end["title_word"]
        m = DATELINE_RE.match((line[:end.start("title_word")] + word.upper() if word else line.rstrip()) + " -")
        if m is not None and not m["agency_word"]:
            m = None
    if m and m["date"] and _is_weekday_or_month(m["place"].strip()) and not _place_named_as_month(m):
        m = None         # "March 4 (Reuters) -": a month and day, read below
    elif m and ". " in m["place"] and (normalize.normalize_agency(m["place"].rsplit(". ", 1)[1], credit=True)
                                       or _dotted_dated_agency(line)):
        m = None         # "ASTANA. KAZINFORM –": the place, then the agency's word, read below
    if not m:
        dotted = DOTTED_DATELINE_RE.match(line) if ". " in line[:60] else None
        # (with no date, only a place in capitals and an agency in capitals or by its known
        # name: "ASTANA. KAZINFORM –", Kazakh's "ҚОНАЕВ. ҚазАқпарат –")
        if dotted and (_is_month_day(dotted["date"]) if dotted["date"] else
                       dotted["place"].isupper() and (dotted["agency"].isupper()
                                                      or normalize.normalize_agency(dotted["agency"]))) \
                and _capitalised(dotted["place"].split()) and not _is_weekday_or_month(dotted["place"]):
            agencies = _dateline_agencies(dotted["agency"])
            # ("ASTANA. May 4. KAZINFORM /Jo Roe/ -": the reporter between slashes)
            name = normalize.normalize_name(dotted["names"]) if agencies and dotted["names"] \
                and len(dotted["names"].split()) >= 2 else None
            if agencies:
                return Dateline(line[:dotted.end()].strip(), [normalize.normalize_city(dotted["place"])],
                                None, agencies, month_day=_month_day(dotted["date"] or ""),
                                reporters=[name] if name else [])
        m2 = AGENCY_ONLY_RE.match(line)
        if m2:
            agencies = _dateline_agencies(m2["agency"])
            if agencies:
                # "(ANSA) - ROMA, 4 APR - ...": the agency first, then the place
                rest = line[m2.end():]
                if rest[:1].isalnum() and classify_date_line(rest.strip()):
                    return None      # "(AFP) – Mar 16, 2010": a hosted page's source and date, its dateline below
                then = parse_dateline(rest, after_title=after_title)
                if then is not None and then.cities and not then.agencies:
                    # (the place's dateline holds the reporter's bracket after it, _with_bracket_byline:
                    # "(ANSA) - SAVONA, 18 FEB - (di Giulia Ferraresi) Il ...")
                    end = m2.end() + rest.index(then.text) + len(then.text)
                    return Dateline(line[m2.start("agency") - 1:end].strip(), then.cities,
                                    then.region, agencies, None, then.date, reporters=then.reporters)
                return Dateline(line[m2.start("agency") - 1:m2.end("dash")].strip(), [], None, agencies)
        m5 = COLON_DATELINE_RE.match(line) if after_title and not FEED_LABEL_RE.match(line) else None
        if m5 is None and after_title and ":" in line[:30] and line.rstrip()[-1:] in SENTENCE_CLOSERS:
            # (a paragraph, not a Gulf site's headline: "Dubai: Man jailed for ...")
            m5 = COLON_DATELINE_TITLE_RE.match(line)
            if m5 and not normalize.is_gazetteer_city(m5["place"]):
                m5 = None
        if m5 and len(line.split()) >= COLON_DATELINE_MIN_WORDS \
                and normalize.fold(m5["place"]) not in vocab.COLON_LABELS \
                and not normalize.normalize_agency(m5["place"]) \
                and not _is_weekday_or_month(m5["place"]) and not line[m5.end():].isupper():
            # (all in capitals after the colon: a telex headline, "NAPOLI: NUOVA FUNIVIA PER ...")
            # "DUBAI: Oil prices crept up ...": the Gulf's and South Asia's house style
            city = normalize.normalize_city(m5["place"])
            return Dateline(line[:m5.end()].strip(), [city] if city else [], None, [])
        m4 = AGENCY_LEAD_RE.match(line)
        if m4 and (normalize.normalize_agency(m4["agency"]) or m4["agency"].isupper()
                   and normalize.normalize_agency(m4["agency"], credit=True)):
            # "(Keystone-SDA) Das Institut ...": the agency in brackets, no place, no dash; a short
            # form that is a word too only in capitals ("(KPL) Luang Prabang province ...")
            return Dateline(line[:m4.end()].strip(), [], None, _dateline_agencies(m4["agency"]))
        m6 = FULL_STOP_DATELINE_RE.match(line) if ". " in line[:LEAD_HEAD_CHARS] else None
        if m6 and _is_month_day(m6["date"]) and not _is_weekday_or_month(m6["place"]) \
                and (m6["place"].isascii() or (m6["place"].isupper() or m6["place"].istitle())
                     and line[m6.end()].isupper() and normalize.is_gazetteer_city(m6["place"])):
            # (a place in another script's capitals only as the gazetteer knows it: "ВАЖНО,
            # 12 мая." is a kicker's 'important', no place; in title case likewise, as Ukrainian
            # and Russian sites set it: "Одеса, 8 листопада. Водопостачання ...")
            return _full_stop_dateline(line, m6)
        m3 = DATE_AGENCY_RE.match(line)
        if m3 and _is_month_day(m3["date"]):
            # "March 4 (Reuters) - ...": a story from no one place
            agencies = _dateline_agencies(m3["agency"])
            if agencies:
                date = m3["date"].strip(" ,") if YEAR_RE.search(m3["date"]) else None
                return Dateline(line[m3.start("date"):m3.end()].strip(), [], None, agencies,
                                None, date)
        return None
    if m["agency_slash"] and "," in m["agency_slash"]:
        return None      # "Пловдив, 5 март /Мария Петкова, БТА/": read with its reporter below
    place, region = m["place"].strip(), m["region"].strip(" ,") or None
    if region and "." in place and SITE_NAME_PLACE_RE.match(place):
        place, region = region, None     # "REPUBLIKA.CO.ID, JAKARTA --": the site's name, then the place
    elif region and "." in region and SITE_NAME_PLACE_RE.match(region):
        region = None                    # "JAKARTA, KOMPAS.com -": the place, then the site's name
    also = m["also"] or ""
    if also and not region:
        place, also = place + also, ""   # "WASHINGTON/SEOUL, March 5": both cities are the place
    dash = m["dash1"] or m["dash2"] or m["dash3"] or m["glued"]
    agency_text = m["agency"] or m["agency_word"] or m["agency_slash"]
    country = bool(m["agency"]) and bool(dash) and not m["date"] and not region \
        and normalize.is_country(m["agency"])
    if country:      # "APA-Dakar (Senegal) -": a country in the bracket before the dash is the region
        region, agency_text = m["agency"].strip(), None
    agencies = _dateline_agencies(agency_text) if agency_text else []
    prefix = _agency_prefix(place) if "-" in place else None
    if prefix:       # "APA-Dakar": the agency joined to the place by a hyphen
        place = prefix[1]
        agencies = [*agencies, prefix[0]] if prefix[0] not in agencies else agencies
    if country and not (len(place.split()) <= MAX_COUNTRY_TAG_PLACE_WORDS and _capitalised(place.split())
                        and _opens_sentence(line[m.end():])):
        return None      # "Shares of Acme (Germany) - up 3%": no place, no sentence after
    words = place.replace("/", " ").split()
    if agency_text and not agencies and normalize.fold(agency_text.strip()) in vocab.PRESS_RELEASE_WIRES:
        # "/PRNewswire/": the press-release wire that carries the text (vocab.PRESS_RELEASE_WIRES)
        wire = vocab.PRESS_RELEASE_WIRES[normalize.fold(agency_text.strip())]
        agencies = [wire] if wire else []
    elif agency_text and not agencies:
        # An agency the vocabulary lacks, its initials in the dateline's bracket or slashes
        # ("Lleida (ACN).-", "Bouaké, 12 déc 2023 (AIP) –"), when a dash or a date marks the
        # dateline, the place is short and a sentence follows ("Shares of Acme (ACME) - up 3%"
        # is none).
        unknown = _unknown_agency(agency_text) if not m["agency_word"] else None
        # (a body's own initials, "Genève (CICR) –", mark its release's dateline: the place, no agency)
        issuer = unknown is None and m["agency"] and normalize.fold(agency_text.strip(" .")) in vocab.ISSUING_BODY_TAGS
        if (unknown is None and not issuer) or not (dash or m["date"]) \
                or not _unknown_tag_place(place, bool(m["date"]), line[m.end():]):
            return None
        if issuer:
            return Dateline(line[m.start("place"):m.end()].strip(), [normalize.normalize_city(place)], region, [],
                            date=_filed_date(m["date"].strip(" ,")) if m["date"] and YEAR_RE.search(m["date"]) else None,
                            month_day=_month_day(m["date"]) if m["date"] and _is_month_day(m["date"]) else None)
        agencies = [unknown]
    letters = [c for c in place if c.isalpha()]
    all_caps = all(c.isupper() for c in letters)
    if m["glued"] and not (all_caps and not m["date"] and not region and line[m.end()].isupper()
                           and (line[m.end() + 1:m.end() + 2].islower() or line[m.end():m.end() + 2] == "A ")):
        # "Acme--the maker", "GM--FORD TALKS": a glued dash marks a dateline only between a
        # place in capitals and a sentence's first word
        return None
    # A month and day after the place mark a dateline whatever the place's case ("La paz,
    # march 4 -"); after an ALL-CAPS place and a comma even a misspelt month does.
    dated = bool(m["date"]) and (_is_month_day(m["date"]) or (all_caps and "," in m["date"])
                                 or bool(agencies) and m["date"].strip(" ,.").replace("/", "").isdigit())
    if m["date"] and not dated:
        return None
    if not agencies:
        # Without an agency, only a dash after an ALL-CAPS or dated place ("NEW YORK, Feb 26 -")
        # or a short capitalised place with a dash ("Wien –") makes a dateline.
        if not dash or LIST_COUNT_RE.match(line, m.end()):
            return None      # "HEALTH-WIRE - item 3 of 5": a mailing list's name and its count
        if len(words) > 1 and words[-1].casefold() in OUTLET_NOUN_SET and not dated and not region:
            return None      # "UN News - Global perspective, Human stories": an outlet's name and its tagline
        if not (all_caps or dated):
            # (a script without capitals, Arabic's or Ethiopic's, shows no place by its case:
            # a city the gazetteer knows does, "الرباط - تم ..." over MAP's Arabic copy)
            # (not before an agency's tag and its own dash: "اصفهان- ایرنا- ...", IRNA's, is
            # read with its agency further on)
            uncased = not _capitalised(words) and not any(c.isupper() or c.islower() for c in letters) \
                and normalize.is_gazetteer_city(place) and not _agency_before_dash(line[m.end():])
            if dash == "_" or len(words) > 4 or not (uncased or _capitalised(words)) or not after_title:
                return None
            if not region and dash == "-" and len(words) > 2:
                return None
            if _role_at_agency(line[m.end():m.end() + ROLE_AFTER_DASH_CHARS]):
                return None  # "Ana Souza - Repórter da Agência Brasil": a byline, no place
            writer = _writer_then_place(place, words, line[m.end():])
            if writer is not None:   # "Lorenzo Bianchetti – Città del Vaticano": the writer, the place
                name, city = writer
                return Dateline(line.strip(), [city], None, [], reporters=[name]) if name else None
            if not _opens_sentence(line[m.end():]):
                return None  # "Metro - circulation 174,210": a clipping's section and its figures
            if clean.is_boilerplate(line):
                return None  # "Share - WeChat": a row of a page's buttons, no place
        elif not words[0][:1].isupper() and not _lowercase_place(place, line):
            return None
        elif not all_caps and len(words) > MAX_LOWERCASE_PLACE_WORDS and not _capitalised(words) \
                and not normalize.is_known_city(place):
            return None      # "Dedicated freight lane to open by April 1 - ministers": a summary bullet
    elif not (all_caps or _capitalised(words) or place.isascii() and _lowercase_place(place, line)):
        return None      # (a telex all in lower case keeps its place: "beijing, march 14 (xinhua) --";
        # a script that writes no capitals, Georgian's, is read further on)
    if not agencies and all_caps and not dated and not region and _outlet_code(place):
        return None      # "TTO - Chính phủ ...": a paper's own tag opening its lede, no place
    lead_agency = _agency_lead_tag(place, line[m.end():]) if not agencies and all_caps and dash and not dated \
        and not region and not m["agency_word"] else None
    if lead_agency:      # "NNA - Caretaker Minister ...": the agency's own lead formula, no place
        return Dateline(line[m.start("place"):m.end()].strip(), [], None, [lead_agency])
    label = normalize.fold(place)
    if normalize.normalize_agency(place) or _is_weekday_or_month(place) and not _place_named_as_month(m) \
            or label in vocab.COLON_LABELS and label not in vocab.NO_PLACE_WORDS:
        return None      # "EDITOR'S NOTE — This story is part of ...": a label, no place
    if not agencies and not dated and not region and len(words) > 1 and len(words[-1]) > 1 \
            and normalize.fold(words[-1]) in vocab.COLON_LABELS and not normalize.is_known_city(place):
        return None      # "MEDIAWATCH ALERT - Keyword match: ...": a service's alert or update, no place
    if _section_place(place):
        return None      # "Business - Reuters": a portal's section and its source, no place
    if len(words) >= 3 and words[0].casefold() in BYLINE_OPENER_WORDS and words[0][:1].isupper() \
            and normalize.normalize_name(" ".join(words[1:])) and not normalize.is_known_city(place):
        return None      # "Von Claire Dumontel (AFP)": a byline with its agency, no place
    keyword = DATE_KEYWORD_RE.match(place)
    if keyword and keyword.end() == len(place):
        return None      # "Updated November 2, 2023 — 3.45pm": a date line, no place
    rest = line[m.end():m.end() + 60].strip()
    if rest[:1].isdigit() and (TIME_START_RE.match(rest) or classify_date_line(rest)):
        return None      # "Asunción - 05 mar 2024 - 14:32 CET": a page's place and date
    # "FARMINGTON Conn., March 3": a mixed-case last word after an ALL-CAPS city is its state.
    cities_part = place
    if not region and len(words) > 1:
        head_letters = [c for w in words[:-1] for c in w if c.isalpha()]
        last = words[-1]
        if head_letters and all(c.isupper() for c in head_letters) and not last.isupper() \
                and last[:1].isupper():
            region = last
            cities_part = place[:place.rfind(last)].strip()
    cities_part += also.split(",")[0]   # "BODRUM, Turkey/ATHENS": the second city, after the first's country
    # "Ayşe DEMİR/İZMİR, (DHA)-": the reporter's name, a slash, the city in capitals
    reporter, parts = _name_before_city(_split_cities(cities_part)) if "/" in cities_part else (None, [])
    if cities_part.islower():       # "sioux falls, april 7 -": recased as the capitals would be
        cities_part = cities_part.upper()
    cities = [c for c in (normalize.normalize_city(p) for p in (parts or _split_cities(cities_part))) if c] \
        if label not in vocab.NO_PLACE_WORDS and words[0].casefold() not in vocab.NEWSROOM_PLACE_WORDS \
        else []      # "UNDATED (AP) _", "Redacción Deportes, 25 jun (EFE).-": a story from no one place
    text = line[m.start("place"):min(m.end(), len(line.rstrip()))].strip()
    # "NEW YORK, Feb 26 -": an English month and day with no agency is Reuters' house style
    # of the 1980s wire (AP and UPI always wrote theirs in the dateline).
    style = "Reuters" if (not agencies and all_caps and dated and m["date"]
                          and ENGLISH_MONTH_RE.search(m["date"])) else None
    # "LYON, 12 mars 2024 (AFP) -": a date with its year says when the story was filed.
    date = _filed_date(m["date"].strip(" ,")) if dated and YEAR_RE.search(m["date"]) else None
    reporters: list[str] = [reporter] if reporter else []
    if m["agency"] and agencies and " " in m["agency"].strip():
        reporters += _bracket_correspondent(m["agency"])    # "(zpravodaj ČTK Jan Roe)"
    after = _reporter_after_tag(line, m.end(), dashed=bool(dash)) if agencies and (
        m["agency"] or m["agency_slash"]) else None
    if after:        # "Vlorë, 6 shkurt /ATSH/ Elira Hoxha - ..."
        reporters.append(after[0])
        text = line[m.start("place"):after[1]].strip()
    elif agencies and dash and line.rstrip()[-1:] == ":":
        signed = _byline_to_colon(line[m.end():])
        if signed:       # "HELSINKI MARCH 5 TASS -- BY TASS CORRESPONDENT JO ROE:": the lede's byline
            reporters += signed
    if not agencies and dash and not m["agency_word"]:
        after = AGENCY_AFTER_DASH_RE.match(line, m.end())
        agency = normalize.normalize_agency(after["agency"], credit=True) if after else None
        if after and not agency and after["agency"].casefold() in vocab.TITLE_CASE_DATELINE_ALIASES:
            # "МИНСК, 9 ноя – Sputnik.": the agency that signs its datelines in title case
            agency = normalize.normalize_agency(after["agency"].upper(), credit=True)
        if agency:           # "КАЗАНЬ, 5 мар — РИА Новости, Анна Лебедева."
            agencies = [agency]
            name = normalize.normalize_name(after["names"]) if after["names"] else None
            reporters = [name] if name else []
            text = line[m.start("place"):after.end()].strip()
            signed = _place_then_name(place) if ". " in place and not reporters and not region else None
            if signed:       # "Bakı. Aygün Məmmədova – APA.": the reporter between the place and the dash
                cities, reporters = [normalize.normalize_city(signed[0])], [signed[1]]
    return Dateline(text, cities, region, agencies, style, date,
                    _month_day(m["date"]) if dated else None, reporters)


# The nouns closing an outlet's name ("UN News", "Harbour Daily"): a place has none.
OUTLET_NOUN_SET = frozenset(vocab.MASTHEAD_NOUNS)
# A site's name as its address, opening an Indonesian portal's dateline before the place:
# "REPUBLIKA.CO.ID, JAKARTA --", "KOMPAS.com, JAKARTA -"
SITE_NAME_PLACE_RE = re.compile(r"^[^\W_][\w-]*(?:\.[A-Za-z]{2,4}){1,2}$")
DATED_BRACKET_LEAD_CHARS = 60
# A place in capitals, maybe its country or state, then the story's date and time in brackets
# where an agency's tag would stand, maybe the site's address after it, then a dash: the 1990s
# web editions of wire copy ("QUITO, Ecuador (March 5, 1998 2:14 p.m. EST http://www.x.net) --").
DATED_BRACKET_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’ -]{1,30}?)(?:,\s*(?P<region>[A-Z][\w.'’ -]{1,30}?))?\s*"
    r"\((?P<date>[^()\n]*?\d{4}[^()\n]*?)(?:\s+(?:https?://)?[\w-]+(?:\.[\w-]+)+/?)?\)\s*(?P<dash>--|[-–—])\s")


def _dated_bracket_dateline(line: str) -> Dateline | None:
    """A dateline whose bracket gives the date and time the story moved (DATED_BRACKET_RE),
    as 1990s web editions of agency copy set it; None for any other line, or a bracket
    that reads as no date.

    >>> d = _dated_bracket_dateline("LIMA, Peru (June 3, 1997 9:05 a.m. EDT http://www.x.net) -- Rains fell.")
    >>> d.cities, d.region, d.date
    (['Lima'], 'Peru', 'June 3, 1997 9:05 a.m. EDT')
    """
    m = DATED_BRACKET_RE.match(line)
    if m is None or not m["place"].strip().isupper() or normalize.parse_date(m["date"].strip(), "en") is None:
        return None
    city = normalize.normalize_city(m["place"].strip())
    if not city:
        return None
    date = m["date"].strip()
    return Dateline(line[m.start("place"):m.end("dash")].strip(), [city], (m["region"] or "").strip() or None, [],
                    None, date, _month_day(date), [])


MAX_COLON_BYLINE_CHARS = 80


def _byline_to_colon(rest: str) -> list[str]:
    """The names of a byline that fills the rest of a dateline's line up to a colon, as TASS's
    English service set its correspondents' copy ("MOSCOW MARCH 5 TASS -- BY TASS
    CORRESPONDENT JO ROE:", the report after it); [] for anything else.

    >>> _byline_to_colon(" BY TASS CORRESPONDENT IVAN ROE:"), _byline_to_colon(" THE TALKS OPENED:")
    (['Ivan Roe'], [])
    """
    rest = rest.strip()
    if not rest or len(rest) > MAX_COLON_BYLINE_CHARS or rest.split(None, 1)[0].casefold() not in vocab.DATELINE_BYLINE_OPENERS:
        return []
    parsed = parse_byline(rest[:-1])
    return parsed[0] if parsed else []


def _agency_lead_tag(place: str, rest: str) -> str | None:
    """An agency's short name in capitals where a dateline's place would stand, as some
    agencies open a lead that comes from no one place ("NNA - The minister said ..."): the
    agency, else None. A known city stays a place; and a place with its own dash after the
    agency's ("AGI - Torino, 7 feb. - La città ...") is a dateline read elsewhere.

    >>> _agency_lead_tag("NNA", " The minister said"), _agency_lead_tag("LONDON", " The minister said")
    ('NNA', None)
    >>> _agency_lead_tag("AGI", " Torino - La città ha presentato") is None
    True
    >>> _agency_lead_tag("AP", " Snow covers a street in Vail on Monday. (AP Photo/Jo Roe)") is None
    True
    """
    if " " in place or len(place) > MAX_OUTLET_CODE_CHARS or normalize.is_known_city(place) \
            or not _opens_sentence(rest) or LEAD_TAG_PLACE_DASH_RE.match(rest):
        return None
    if ")" in rest and is_caption(f"{place} - {rest}"):
        return None      # "AP – Snow covers a street ... (AP Photo/Jo Roe)": a portal's caption
    return normalize.normalize_agency(place, credit=True)


MAX_OUTLET_CODE_CHARS = 5      # "SGGPO"; a code of no vowel is shorter: "VTV", "SGGP"
# A place (and maybe its date) closed by its own dash after an agency's tag: "AGI - Torino,
# 7 feb. - La città ...".
LEAD_TAG_PLACE_DASH_RE = re.compile(r"^\s*(?:\S+\s+){0,4}?\S*[\s,.]*[-–—]\s")
MAX_VOWELLESS_CODE_CHARS = 4
PLACE_VOWELS = frozenset("aeiouy")


def _outlet_code(place: str) -> bool:
    """A paper's own short tag in capitals where a dateline's place would stand: one of
    vocab.OUTLET_LEDE_TAGS ("TTO", "NLĐO"), or a code of a few capitals with no vowel
    ("VTV", "SGGP"), which no place's name is. Short places have vowels: "ROME", "OSLO", "UFA".

    >>> _outlet_code("TTO"), _outlet_code("VTV"), _outlet_code("ROME"), _outlet_code("NYC"), _outlet_code("UFA")
    (True, True, False, False, False)
    """
    if " " in place or not 2 <= len(place) <= MAX_OUTLET_CODE_CHARS:
        return False
    key = normalize.fold(place)
    return key in vocab.OUTLET_LEDE_TAGS or len(key) <= MAX_VOWELLESS_CODE_CHARS and key.isalpha() \
        and not any(c in PLACE_VOWELS for c in key)


ROLE_AFTER_DASH_CHARS = 60   # a role and its agency's name: "Repórter da Agência Brasil"
# A reporter's role after the dash, then the agency: "Ana Souza - Repórter da Agência Brasil",
# "Jo Roe - Correspondent for Reuters".
PERSON_ROLE_WORDS = frozenset(("writer", "correspondent", "reporter", "repórter", "reportera",
                               "reportero", "korrespondent", "korrespondentin", "corresponsal",
                               "correspondant", "correspondante", "corrispondente", "journalist",
                               "journaliste", "redactor", "redactora", "columnist", "editor",
                               "editora", "redakteur", "redakteurin"))


def _role_at_agency(rest: str) -> bool:
    """True when the text after a dash opens with a reporter's role and names an agency, or
    is an agency's name alone, maybe with the reporter's place: a byline's, not a dateline's
    ("Jo Roe - La Presse canadienne à Québec").

    >>> _role_at_agency("Repórter da Agência Brasil"), _role_at_agency("La Presse canadienne à Québec")
    (True, True)
    >>> _role_at_agency("Reuters reported a rise in prices.")
    False
    """
    words = rest.split(None, 1)
    if words and words[0].casefold() in PERSON_ROLE_WORDS:
        return bool(normalize.find_agencies(rest))
    m = AGENCY_AT_PLACE_RE.match(rest.strip())
    return bool(m) and bool(normalize.normalize_agency(m["agency"]))


def _writer_then_place(place: str, words: list[str], rest: str) -> tuple | None:
    """A line of a person's name, a dash and a known city alone ("Lorenzo Bianchetti –
    Città del Vaticano", Vatican News' and Italian sites' byline): ``(name, city)``, the
    name None when it is no person's (a byline all the same, no place before the dash).
    None for other lines.

    >>> _writer_then_place("Lorenzo Bianchetti", ["Lorenzo", "Bianchetti"], " Città del Vaticano")
    ('Lorenzo Bianchetti', 'Città del Vaticano')
    >>> _writer_then_place("Roma", ["Roma"], " Il Papa ha parlato") is None
    True
    """
    rest = rest.strip()
    if not rest or len(words) < 2 or not normalize.is_gazetteer_city(rest) \
            or normalize.is_gazetteer_city(place):
        return None
    return normalize.normalize_name(place), normalize.normalize_city(rest)


def _place_named_as_month(m: re.Match) -> bool:
    """Whether a dateline's place that a month's name spells (Slovak "augusta", 'of August')
    is a place: a region after it and a month and day of its own ("AUGUSTA, Ga., March 20 -");
    or, with its day and month after it, a town whose accents the month's name lacks ("NIŠ,
    3. feb (Beta) -": Niš, which folds to Turkish "Nis.", Nisan), one the gazetteer holds."""
    if not (m["date"] and _is_month_day(m["date"])):
        return False
    place = m["place"].strip()
    if not m["region"].strip(" ,"):
        return not place.isascii() and normalize.fold(place) != place.casefold() \
            and place.casefold().rstrip(".") not in normalize.month_names() and normalize.is_gazetteer_city(place)
    return normalize.fold(place).rstrip(".") not in normalize.weekday_names()


# The most words a dated place in lower case has: "sioux falls", "west fargo", "st joseph",
# "La paz, march 4 -"; more, in a sentence's case, are a summary's clause ("Freight lane to
# open by April 1 - ministers").
MAX_LOWERCASE_PLACE_WORDS = 3
LOWERCASE_LINE_CHARS = 120        # ...and the lead after it, all in lower case


MAX_TAG_BEFORE_DASH_CHARS = 30   # an agency's name between a place's dash and its own
TAG_CLOSE_RE = re.compile(r"[-:：]")


def _agency_before_dash(rest: str) -> bool:
    """Whether the text after a place's dash opens on an agency's name and a dash or a colon
    of its own (IRNA's "اصفهان- ایرنا- ...", Mehr's "یزد - خبرگزاری مهر: ..."), which a
    sentence does not.

    >>> _agency_before_dash(" ایرنا- استاندار گفت"), _agency_before_dash(" تم اليوم - الإثنين")
    (True, False)
    >>> _agency_before_dash(" خبرگزاری مهر: مدیرکل گفت")
    True
    """
    m = TAG_CLOSE_RE.search(rest, 0, MAX_TAG_BEFORE_DASH_CHARS)
    head = rest[:m.start()].strip(" –—") if m else ""
    return bool(head) and bool(normalize.normalize_agency(head, credit=True) or normalize.find_agencies(head))


def _lowercase_place(place: str, line: str) -> bool:
    """Whether a dated place in lower case opens a dateline: Reuters' 1980s market reports
    came all in lower case ("sioux falls, april 7 - slaughter cattle rose ..."), and a
    few datelines alone were ("chicago, June 18 - Bell and Howell ..."): a short place, a
    known city or a lead with no capital after it (prose opens with one).

    >>> _lowercase_place("west fargo", "west fargo, april 7 - hogs rose"), _lowercase_place("the meeting", "the meeting, March 5 - It")
    (True, False)
    """
    return place.islower() and len(place.split()) <= MAX_LOWERCASE_PLACE_WORDS \
        and (normalize.is_gazetteer_city(place) or not any(c.isupper() for c in line[:LOWERCASE_LINE_CHARS]))


MAX_COUNTRY_TAG_PLACE_WORDS = 3   # "Cape Town (South Africa) -", "Dar es Salaam (Tanzania) -"


def _agency_prefix(place: str) -> tuple[str, str] | None:
    """(the agency, the place) of a dateline's place that opens with a known agency's short
    form in capitals joined by a hyphen to a place in mixed case, as Senegal's APA writes it
    ("APA-Dakar"); None for a hyphened place ("Winston-Salem", "SPA-FRANCORCHAMPS": no
    change of case tells the agency apart) or a known city.

    >>> _agency_prefix("APA-Dakar"), _agency_prefix("SPA-FRANCORCHAMPS"), _agency_prefix("Baden-Baden")
    (('APA', 'Dakar'), None, None)
    """
    head, _, tail = place.partition("-")
    if len(head) < 2 or not head.isupper() or not tail[:1].isupper() or tail.isupper() \
            or normalize.is_known_city(place):
        return None
    agency = normalize.normalize_agency(head, credit=True)
    return (agency, tail) if agency else None


def _full_stop_dateline(line: str, m: re.Match) -> Dateline:
    """"BAKU, Azerbaijan, March 5. ..., Trend reports.": the place and date closed by a full
    stop; the agency, if any, is the one the lead's last words say reports."""
    by = FULL_STOP_BYLINE_RE.match(line, m.end())
    agency = normalize.normalize_agency(by["agency"], credit=True) if by else None
    name = normalize.normalize_name(by["names"]) if agency else None
    if name:     # "BAKU, Azerbaijan, June 3. By Jo Roe – Trend:": the reporter and the agency
        return Dateline(line[:by.end()].strip(), [normalize.normalize_city(m["place"])], m["region"],
                        [agency], month_day=_month_day(m["date"]), reporters=[name])
    reports = LEAD_AGENCY_REPORTS_RE.search(line) if line.rstrip().endswith("reports.") else None
    agency = normalize.normalize_agency(reports["agency"], credit=True) if reports else None
    return Dateline(line[:m.end()].strip(), [normalize.normalize_city(m["place"])], m["region"],
                    [agency] if agency else [], month_day=_month_day(m["date"]))


def _bracket_byline(line: str, by: re.Match, after_title: bool) -> Dateline | None:
    """The dateline after a reporter's bracket ("(di Giulia Ferraresi) (ANSA) - BOLOGNA, 05
    NOV -"), the reporter with it; None unless an agency's dateline follows."""
    rest = line[by.end():]
    then = parse_dateline(rest, after_title=after_title)
    names = split_names(by["names"])[0] if then is not None and then.agencies else []
    if not names:
        return None
    end = by.end() + rest.index(then.text) + len(then.text)
    return dataclasses.replace(then, text=line[:end].strip(), reporters=names)


def _qualified_city(line: str, q: re.Match, after_title: bool) -> Dateline | None:
    """The dateline of a line whose place has a bracket of its name ("Frankfurt (Oder)
    (dpa) -", "HALLE (SAALE), 5. März (dpa) -"): read without the bracket, which then joins
    the city it follows (the first, or the one after as many slashes as stand before it)."""
    cut = line[:q.start()] + line[q.end():]
    found = parse_dateline(cut, after_title=after_title)
    if found is None or not found.cities:
        return found
    start = cut.find(found.text)
    if not start <= q.start() <= start + len(found.text):
        return found         # the bracket lies outside the dateline
    cities = list(found.cities)
    at = min(line[start:q.start()].count("/"), len(cities) - 1)
    cities[at] = f"{cities[at]} ({vocab.CITY_QUALIFIERS[q['qualifier'].casefold()]})"
    return dataclasses.replace(found, cities=cities,
                               text=line[start:start + len(found.text) + q.end() - q.start()].strip())


def _bracketed_regions(line: str) -> tuple[str, str, int] | None:
    """A dateline's place with its regions in brackets taken out: ``(line without them,
    the first region, characters taken out)``, or None when its place has none.

    >>> _bracketed_regions("Ronda (Málaga), 5 mar (EFE).- Texto")
    ('Ronda, 5 mar (EFE).- Texto', 'Málaga', 9)
    >>> _bracketed_regions("SEOUL (Reuters) - Talks") is None
    True
    """
    m = BRACKETED_REGION_RE.match(line)
    if not m or normalize.normalize_agency(m["region"]):
        return None
    cut = line[:m.start("bracket")] + line[m.end("bracket"):]
    more = _bracketed_regions(cut)
    if more:
        return more[0], m["region"], more[2] + m.end("bracket") - m.start("bracket")
    return cut, m["region"], m.end("bracket") - m.start("bracket")


MAX_BARE_PLACE_CHARS = 30   # "ANKARA", "RIO DE JANEIRO": a city's name, no more


def _bare_dateline(line: str) -> Dateline | None:
    """A known city in capitals alone on the story's first line (Anadolu's English copy:
    "ANKARA", then the first paragraph), as its dateline; asked only of a story whose
    agency is known, as a word in capitals alone may be a kicker or a label.

    >>> _bare_dateline("ANKARA").cities, _bare_dateline("BREAKING") is None
    (['Ankara'], True)
    """
    s = line.strip()
    if not s or len(s) > MAX_BARE_PLACE_CHARS or not s.isupper() or DIGIT_RE.search(s) \
            or not normalize.is_gazetteer_city(s):
        return None
    return Dateline(s, [normalize.normalize_city(s)], None, [])


BARE_DATELINE_LINES = 3     # the lines above the copy's first paragraph a bare dateline may follow
LEAD_PROSE_CHARS = 120      # a line this long is the copy's first paragraph: no dateline follows it


# A roundup's rule between its parts: AP's "___" (three or more underscores) on a line alone.
ROUNDUP_RULE_RE = re.compile(r"^\s*_{3,}\s*$")
MAX_ROUNDUP_HEADING_WORDS = 4   # "NEBRASKA", "NEW MEXICO": a part's heading in capitals under the rule


def roundup_cities(body: str, agencies: list[str], min_parts: int = 2) -> list[str]:
    """The cities of a roundup's datelines: each part under its rule line ("___", maybe a
    heading in capitals under it) opens with a dateline of the story's own agency ("HAYS,
    Kan. (AP) —"); [] unless ``min_parts`` parts at least do (one more than those when the
    story's own dateline opens the first part). A dateline's place in the middle of the
    text, with no rule over it, counts for nothing (a quoted place, another story's).

    >>> roundup_cities("Storms hit.\\n___\\nKANSAS\\nHAYS, Kan. (AP) - Hail fell.\\n___\\nAMES, Iowa (AP) - Rain fell.", ["AP"])
    ['Hays', 'Ames']
    >>> roundup_cities("Storms hit.\\n___\\nHAYS, Kan. (AP) - Hail fell.", ["AP"])
    []
    """
    if "___" not in body or not agencies:
        return []
    cities: list[str] = []
    parts, after_rule = 0, False
    for line in body.split("\n"):
        s = line.strip()
        if not s:
            continue
        if s[0] == "_" and ROUNDUP_RULE_RE.match(s):
            after_rule = True
            continue
        if after_rule and s.isupper() and len(s.split()) <= MAX_ROUNDUP_HEADING_WORDS:
            continue      # the part's heading
        if after_rule:
            dl = parse_dateline(s)
            if dl is not None and dl.cities and set(dl.agencies) & set(agencies):
                parts += 1
                cities += [c for c in dl.cities if c not in cities]
        after_rule = False
    return cities if parts >= min_parts else []


MIN_ROUNDUP_PARTS = 2


def lead_bare_dateline(lines: list[str]) -> Dateline | None:
    """A bare dateline (_bare_dateline) among the copy's first few lines, under a standfirst
    or a byline line a page left above it ("Pier will serve 20,000 passengers daily" /
    "Zeynep Kartal |05.03.2024" / "ISTANBUL"); none once the first paragraph has begun.

    >>> lead_bare_dateline(["Ferries return to the pier", "ANKARA", "The ministry said ..."]).cities
    ['Ankara']
    >>> lead_bare_dateline(["The ministry said on Monday that talks would go on. " * 3, "ANKARA"]) is None
    True
    >>> lead_bare_dateline(["Umeå", "The council said on Monday that the new bridge would open in May, "
    ...                     "two months later than planned, after a delay in the steel deliveries."]).cities
    ['Umeå']
    >>> lead_bare_dateline(["Umeå", "", "The council said on Monday that the new bridge would open in May, "
    ...                     "two months later than planned, after a delay in the steel deliveries."]) is None
    True
    """
    filled = [i for i, x in enumerate(lines[:2 * BARE_DATELINE_LINES]) if x.strip()][:BARE_DATELINE_LINES]
    for i in filled:
        line = lines[i]
        found = _bare_dateline(line)
        if found is None and i + 1 < len(lines) and len(lines[i + 1].strip()) >= LEAD_PROSE_CHARS \
                and len(line.strip()) <= MAX_BARE_PLACE_CHARS and line.strip()[:1].isupper() \
                and normalize.is_gazetteer_city(line.strip()):
            # a Swedish paper's TT copy: the place in its own case on the line right over
            # the first paragraph, no blank line between ("Luleå" / "Stålföretaget pausar ...")
            found = Dateline(line.strip(), [normalize.normalize_city(line.strip())], None, [])
        if found or len(line) >= LEAD_PROSE_CHARS:
            return found
    return None
