"""Fields stage, dates in the text: a head or tail line -> its dates and their kind
(published, updated, date); a page's numeric dates -> day or month first.

Nothing here turns a date into a value (normalize.py does); these find the lines that hold
one and say which date each is.
"""
from __future__ import annotations

import functools
import re

from .. import cjk, normalize, vocab
from .patterns import CLOCK_RE, DIGIT_RE, LEAD_HEAD_CHARS, MAX_DATE_LINE_CHARS, YEAR_RE
from .head_patterns import (DATE_KEYWORD_RE, DATE_NOISE_RE, DATE_WORD_RE, DAY_OF_LINE_RE, LETTER_RUN_RE,
                            ENGLISH_DATE_WORDS, INNER_DATE_KEYWORD_RE, MAX_STAMP_TIME_CHARS, SHARED_DATE_WORDS,
                            SITE_PREFIX_RE, SOURCE_LABEL_ALTERNATION,
                            STAMP_TIME_RE, UPDATED_KEYS)
from .record import RawFields


# "Bloomberg    Printed 03/14/2024 10:02", "Saved on March 5, 2024": a print header's time, a
# read-later app's (see vocab.PRINTED_WORDS); the date opens with a number or a month's name.
PRINTED_DATE_RE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in sorted(
    vocab.PRINTED_WORDS, key=len, reverse=True)) + r")\s*:?\s*(?=\d|[^\W\d_]{3,}\.?,?\s+\d)", re.IGNORECASE)
# Their first words' first letters, a cheap test of lowercased text before the pattern's
PRINTED_STEMS = tuple(sorted({w.split()[0][:4] for w in vocab.PRINTED_WORDS}))


# A date line's own words, folded: those around its numbers, and a second calendar's (the Hijri
# date beside the Gregorian; the Ethiopian one's months and words, "ጥር 10 ቀን 2016 ዓ.ም"; the
# Solar Hijri months and the Persian weekdays, "یکشنبه ۲۶ بهمن ۱۳۹۹"; the Bikram Sambat's, "२०८०
# फागुन २२ गते"; the eras' names, "民國", "令和"; Tibetan's marks before a date's parts).
LINE_WORDS = frozenset(normalize.fold(w) for w in (
    *vocab.DATE_LINE_WORDS, *vocab.HIJRI_DATE_WORDS, *vocab.ETHIOPIAN_DATE_WORDS, *vocab.ERA_YEAR_WORDS,
    *(name for months in (vocab.ETHIOPIAN_MONTHS, vocab.SOLAR_HIJRI_MONTHS, vocab.BIKRAM_SAMBAT_MONTHS)
      for names in months for name in names),
    *vocab.DAY_OF_MONTH_WORDS, *vocab.ERA_YEAR_OFFSETS, *vocab.TIBETAN_DATE_MARKS, *vocab.PERSIAN_WEEKDAYS))
# A Hebrew-calendar date, its day and year in letters ("ט' באדר ב' תשפ"ד": 9 Adar II 5784), which
# an Israeli page sets before its Gregorian date: no words of the line's own. The day: a letter
# and a geresh, or two around gershayim ("ט״ו"); the month, maybe after "in" (ב); the year's
# letters with gershayim before the last.
HEBREW_LETTER = "[\u05d0-\u05ea]"
HEBREW_LETTER_RE = re.compile(HEBREW_LETTER)
HEBREW_NUMBER = HEBREW_LETTER + "{1,4}(?:['׳]|[\"״]" + HEBREW_LETTER + ")"
HEBREW_DATE_RE = re.compile(
    "(?<!" + HEBREW_LETTER + ")" + HEBREW_NUMBER + r"\s+ב?(?:" + "|".join(vocab.HEBREW_MONTHS)
    + r")(?:\s+[אב]['׳])?(?:\s+" + HEBREW_NUMBER + ")?(?!" + HEBREW_LETTER + ")")

HEBREW_DAY_WORD = "יום"     # "יום שלישי": 'day' and its ordinal name the weekday (Tuesday)


def hebrew_calendar_part(part: str) -> bool:
    """Whether a part of a header line is a Hebrew-calendar date alone, maybe after its
    weekday, as an Israeli site sets it between the byline and its Gregorian date ("מאת: X |
    יום שלישי, י"ג בשבט תשפ"ה | 11.02.2025 | 14:32"): the second calendar's, no field's.

    >>> hebrew_calendar_part('יום שלישי, י"ג בשבט תשפ"ה'), hebrew_calendar_part("מאת: נועה ברק")
    (True, False)
    """
    m = HEBREW_DATE_RE.search(part) if HEBREW_LETTER_RE.search(part) else None
    if m is None:
        return False
    rest = f"{part[:m.start()]} {part[m.end():]}".replace(",", " ").split()
    return not rest or rest[0] == HEBREW_DAY_WORD and len(rest) == 2


# A wire service's code before its stamp, the agency's letters and its service's joined by a
# hyphen ("PL-ENG  21/05/96  11:05": Prensa Latina's English desk): one credit, one word.
SERVICE_CODE_RE = re.compile(r"^(?P<agency>[A-Z]{2,6})-[A-Z]{2,4}(?=\s+\d)")
# A feed's slug before its stamp: the agency's letters glued to the item's serial, then its
# priority, desk and word count ("APA0312 5 CI 0287 Mi, 15.Mär 2023", APA's header): one
# credit, one word, as the service code is.
FEED_SLUG_RE = re.compile(r"^(?P<agency>[A-Z]{2,5})\d{3,6}(?:[ \t]+(?:\d{1,4}|[A-Z]{1,3})){0,4}(?=[ \t])")
# An agency's name of several words before its stamp, as a site's writer box sets it: MENA's
# Arabic initials written apart ("أ ش أ 15-3-2024 | 14:22", Al-Ahram's pages): one credit,
# one word, as "MENA 15-3-2024" is.
AGENCY_WORDS_BEFORE_DATE_RE = re.compile(r"^(?P<agency>[^\W\d_]+(?:[ .-][^\W\d_]+){1,4})\s+(?=\d)")


# A sentence saying when the page ran, its date and time after it: "Questo contenuto è stato
# pubblicato il 3 marzo 2021 - 14:12", "Ce contenu a été publié le ..." (swissinfo's pages in
# each language) has five words besides the date; a date line of other words has four at most.
MAX_STATED_DATE_WORDS = 6
STATED_DATE_WORDS = vocab.DATE_WORDS_PUBLISHED | vocab.DATE_WORDS_UPDATED


# A label for the day's news, then the day: "News from May 12, 2005" (vocab.DAY_PAGE_LABELS),
# maybe naming the agency in capitals and a colon first: KCNA's "News from KCNA: March 5, ...".
DAY_PAGE_LABEL_RE = re.compile(r"^(?:" + "|".join(vocab.DAY_PAGE_LABELS) + r")(?:\s+(?-i:[A-Z]{2,8}):)?\s+(?=\S)",
                               re.IGNORECASE)


def reader_stamp(line: str) -> bool:
    """Whether a head line is a print's or a reader's stamp of its own: a word of
    vocab.PRINTED_WORDS, then a date ("Saved on March 5, 2024", "Accessed 5 March 2024").
    No date of the story's, and no headline either.

    >>> reader_stamp("Saved on March 5, 2024 at 9:12 PM"), reader_stamp("Saved by the bell")
    (True, False)
    """
    return reader_stamp_date(line) is not None


def reader_stamp_date(line: str) -> str | None:
    """The date a reader's stamp (reader_stamp) gives, as written after its word; else None.

    >>> reader_stamp_date("Saved 3/9/2008 · Instapaper")
    '3/9/2008 · Instapaper'
    """
    low = line.lower()
    m = PRINTED_DATE_RE.match(line) if any(stem in low for stem in PRINTED_STEMS) else None
    return line[m.end():] if m and normalize.parse_date(line[m.end():]) is not None else None


# A wire header's section label after its stamp: "NOTIMEX 22-06-1998 14:05 SECCION: ESTADOS",
# "... 14:05 Section: Business", "... Rubrique : Monde" (vocab.FEED_ITEM_LABELS' desk and
# section labels): no part of the date.
TRAILING_SECTION_RE = re.compile(r"\s+(?:" + "|".join(re.escape(k) for k in sorted(
    (k for k, v in vocab.FEED_ITEM_LABELS.items() if v == "skip" and k in (
        "section", "sección", "seccion", "secção", "seção", "seccao", "secao", "sezione", "rubrique", "rubrik",
        "rubrika", "rubryka", "ressort", "servicio", "serviço", "servico", "servizio", "category", "categoría",
        "categoria", "catégorie", "kategorie")), key=len, reverse=True)) + r")\s*:\s*[^:\d]{1,30}$", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def classify_date_line(line: str) -> str | None:
    """'published', 'updated' or 'date' for a header line that gives a time, else None.

    >>> classify_date_line("Mis à jour le 09/11/2023 10:20"), classify_date_line("Thu Nov 9, 2023 10:16am EST")
    ('updated', 'date')
    >>> classify_date_line("ANP 09-02-99 17:41 ECO"), classify_date_line("أ ش أ 15-3-2024 | 14:22")
    ('date', 'date')
    """
    s = line.strip()
    if len(s) > MAX_DATE_LINE_CHARS or not re.search(r"\d", s):
        return None
    if "h" in s or "H" in s:
        # "BELGA 23/02/94 16H05  ECO  FR": a French time's hour mark, which would count as a word
        s = HOUR_MARK_RE.sub(":", s)
    low = s.lower()
    if any(stem in low for stem in PRINTED_STEMS) and PRINTED_DATE_RE.search(s):
        return None
    if not s.isascii() and "(" in s:
        # "วันอังคารที่ 5 มีนาคม 2567 (Tuesday, 5 March 2024) 16:45": the bracket's date
        bracketed = normalize.BRACKETED_DATE_RE.match(s)
        if bracketed and bracketed["date"].isascii():
            return classify_date_line(f"{bracketed['date']} {bracketed['time']}")
    section = TRAILING_SECTION_RE.search(s) if ":" in s[-40:] else None
    if section and section.start():
        return classify_date_line(s[:section.start()])   # "NOTIMEX 22-06-1998 14:05 SECCION: ESTADOS"
    source = TRAILING_SOURCE_RE.search(s) if ":" in s[-MAX_SOURCE_TAIL_CHARS:] or "：" in s else None
    if source and source.start():
        return classify_date_line(s[:source.start()])    # "14. Juni 2023, 18:44 Uhr Quelle: ZEIT ONLINE, dpa"
    m = DATE_KEYWORD_RE.match(s)
    if m and normalize.parse_date(s[m.end():], "fr") is not None:
        return "updated" if m["kw"].casefold() in UPDATED_KEYS else "published"
    label = DAY_PAGE_LABEL_RE.match(s) if s[:1] in "NnA" else None
    if label and YEAR_RE.search(s):
        # "News from May 12, 2005 Juche 94": the day's page, its date after the label
        rest = s[label.end():]
        first = normalize.fold(rest.split()[0]).rstrip(".,")
        opens = first[:1].isdigit() or first in normalize.month_names() or first in normalize.weekday_names()
        return "date" if opens and classify_date_line(rest) == "date" else None
    if normalize.parse_date(s, "en") is None:
        return None
    if not s.isascii() and cjk.has_cjk(s):
        # "2024年3月5日 14:32 来源：新华网", "송고시간2024-03-05 14:32": CJK's own date lines
        parts = cjk.date_parts(s)
        if parts:       # (of two, "입력 ... 오후 3:12 수정 ...": a date line, _date_parts splits it)
            return parts[0][0] if len(parts) == 1 else "date"
    # A line of only a date: what is left once the date's own tokens go is a few words at most.
    bare = HEBREW_DATE_RE.sub(" ", s) if not s.isascii() and HEBREW_LETTER_RE.search(s) else s
    code = SERVICE_CODE_RE.match(bare) if "-" in bare[:12] else None
    if code:
        bare = code["agency"] + bare[code.end():]
    elif bare[:2].isupper() and (slug := FEED_SLUG_RE.match(bare)):
        bare = slug["agency"] + bare[slug.end():]
    elif not bare[:1].isdigit() and (named := AGENCY_WORDS_BEFORE_DATE_RE.match(bare)) \
            and normalize.normalize_agency(named["agency"], credit=True):
        bare = "".join(named["agency"].split()) + " " + bare[named.end():]
    if not s.isascii() and normalize.DATE_PART_MARK_RE.search(bare):
        bare = normalize.DATE_PART_MARK_RE.sub(" ", bare)     # "ទី២០ ខែមិថុនា": Khmer's glued marks
    words = _date_words(DATE_NOISE_RE.sub(" ", bare))
    if not s.isascii() and len(words) > 1:
        words = _without_two_word_names(words)   # Hebrew's "יום חמישי" ('day Thursday'): one weekday's name
    words = [w for w in words
             if normalize.fold(w).rstrip(".") not in normalize.month_names()
             and normalize.fold(w).rstrip(".") not in normalize.weekday_names()
             and w.upper() not in vocab.TZ_OFFSETS and w.upper() not in vocab.TZ_REGIONS
             and normalize.fold(w) not in LINE_WORDS]
    if len(words) <= 1:
        return "date"
    # "November 9, 20233:05 AM GMT+9Updated 2 hours ago": a line that opens with its date.
    first = normalize.fold(s.split()[0]).rstrip(".,")
    opens_with_date = first[:1].isdigit() or first in normalize.month_names() \
        or first in normalize.weekday_names()
    if not opens_with_date and (", " in s or " / " in s) and _credit_then_date(s):
        return "date"
    if not opens_with_date and (" -" in s or " –" in s or " —" in s) and _agency_dash_date(s):
        return "date"
    if "|" in s and not opens_with_date and _bar_parted_header(s):
        return "date"
    said = {normalize.fold(w) for w in words}
    stated = len(words) <= MAX_STATED_DATE_WORDS and not said.isdisjoint(STATED_DATE_WORDS)
    if opens_with_date or len(words) > 4 and not stated or "|" in s \
            or not ((YEAR_RE.search(s) or NUMERIC_SHORT_YEAR_RE.search(s)) and CLOCK_RE.search(s)):
        return "date" if opens_with_date and len(words) <= 4 else None
    # "Dieser Inhalt wurde am 05. März 2024 - 14:32 publiziert", "All News 14:32 March 05,
    # 2024": a full date and time, and a few words around them
    if said & vocab.DATE_WORDS_UPDATED:
        return "updated"
    if said & vocab.DATE_WORDS_PUBLISHED:
        return "published"
    return "date" if len(words) <= 2 else None


# The hour mark of a French time, in capitals as teletype headers write it ("16H05") or not
# ("16h05"): read as a colon, the date words counting no "h".
HOUR_MARK_RE = re.compile(r"(?<=(?<![\d.])[0-2]\d)[hH](?=[0-5]\d(?!\d))|(?<=(?<![\d.])\d)[hH](?=[0-5]\d(?!\d))")
# A day in numbers with a two-digit year, as a teletype's header sets it between the agency
# and its desk code: "ANP 09-02-99 17:41 ECO".
NUMERIC_SHORT_YEAR_RE = re.compile(r"(?<![\d./-])[0-3]?\d[./-][01]?\d[./-]\d\d(?![\d./-])")


# An agency feed's header set in parts between bars: the service, the day, the time, the desk
# ("UNB BANGLA | 07.04.2021 | 18:12 | অর্থনীতি"). Its words stand apart from the date, a few to a part,
# so they are the feed's and the desk's names, no sentence, in whatever script the desk is named.
MAX_BAR_HEADER_PARTS = 5
MAX_BAR_LABEL_WORDS = 3    # "UNB BANGLA", "Reuters World Service"


def _bar_parted_header(s: str) -> bool:
    """Whether a line is an agency feed's header in parts between bars, the agency's name
    first: the parts with figures read together as a date with its time, each other part a
    short label without figures.

    >>> _bar_parted_header("UNB BANGLA | 07.04.2021 | 18:12 | অর্থনীতি")
    True
    >>> _bar_parted_header("Ports reopen after the long strike | 07.04.2021 | 18:12")
    False
    >>> _bar_parted_header("Share | May 6, 2024 at 3:12 PM | Print")
    False
    """
    parts = [p.strip() for p in s.split("|")]
    if not 2 < len(parts) <= MAX_BAR_HEADER_PARTS or not all(parts) \
            or not normalize.normalize_agency(parts[0].split()[0], credit=True):
        return False      # (the feed is the agency's: a page's "Share | May 6, 2024 at 3:12 PM | Print" is its bar)
    dated = [p for p in parts if any(c.isdigit() for c in p)]
    labels = [p for p in parts if p not in dated]
    return bool(dated) and bool(labels) and all(len(p.split()) <= MAX_BAR_LABEL_WORDS for p in labels) \
        and classify_date_line(" ".join(dated)) == "date" and CLOCK_RE.search(" ".join(dated)) is not None


def _without_two_word_names(words: list[str]) -> list[str]:
    """A date line's words without the weekdays and months named in two words (Hebrew
    "יום חמישי", 'Thursday'), which the word-by-word test would leave.

    >>> _without_two_word_names(["יום", "חמישי", "14", "במרץ"])
    ['14', 'במרץ']
    """
    names = normalize.weekday_names()
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and normalize.fold(f"{words[i]} {words[i + 1]}").rstrip(".,") in names:
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


def _date_words(s: str) -> list[str]:
    """The words of a date line (DATE_WORD_RE keeps their combining marks; plain ASCII has none)."""
    return (LETTER_RUN_RE if s.isascii() else DATE_WORD_RE).findall(s)


MAX_CREDIT_WORDS = 5   # an outlet's name before its date: "Kabar news agency", "Kyiv Post staff"
# Between the outlet and its date: a comma, or a slash as the Inquirer's pages set it
# ("Philippine Daily Inquirer / 11:42 AM March 14, 2024", the time first).
CREDIT_DATE_SEP_RE = re.compile(r", | / ")
# A press archive's export names the paper and the issue's day, numbers only, no time
# ("Svenska Dagbladet, 1998-03-12", "Helsingin Sanomat, 12.3.1998"): a day prose does not
# write so after a comma, as it may a day with its month's name ("Rates rose, 16 Jan 2025").
ISSUE_DAY_RE = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d\.[01]?\d\.(?:19|20)\d\d")


def _credit_then_date(s: str) -> bool:
    """Whether a line is an outlet's credit, a comma or slash, then a full date and time
    ("Kabar news agency, 3 Feb 2025 16:05"), or a numeric day alone (ISSUE_DAY_RE): the
    credit short and without figures, what follows a date line of its own that opens with
    its date (or its time). The credit may name the site and its agency, each after a
    slash, and the date open on a short word ("OLJ / AFP / le 12 février 2020 à 13h45",
    L'Orient-Le Jour).

    >>> _credit_then_date("Kabar news agency, 3 Feb 2025 16:05"), _credit_then_date("Rates rose, 16 Jan 2025")
    (True, False)
    >>> _credit_then_date("Manila Bulletin / 9:05 PM June 3, 2025"), _credit_then_date("Svenska Dagbladet, 1998-03-12")
    (True, True)
    >>> _credit_then_date("OLJ / AFP / le 12 février 2020 à 13h45")
    True
    """
    for sep in CREDIT_DATE_SEP_RE.finditer(s):
        credit, rest = s[:sep.start()], s[sep.end():]
        if DIGIT_RE.search(credit) or len(CREDIT_DATE_SEP_RE.sub(" ", credit).split()) > MAX_CREDIT_WORDS \
                or not YEAR_RE.search(rest) or not (CLOCK_RE.search(rest) or ISSUE_DAY_RE.fullmatch(rest.strip())):
            return False
        rest = DATE_OPENING_WORD_RE.sub("", rest)
        first = normalize.fold(rest.split()[0]).rstrip(".,")
        if first[:1].isdigit() or first in normalize.month_names() or first in normalize.weekday_names():
            return classify_date_line(rest) == "date"
        if sep.group() != " / ":      # (a comma ends the credit: "Rates rose, prices fell, 16 Jan ...")
            return False
    return False


MAX_WIRE_NAME_WORDS = 3   # "CP Wire", "AAP News Wire"
AGENCY_DASH_DATE_RE = re.compile(r"^(?P<credit>[^\W\d_][^\d]{0,30}?)\s+(?:-{1,2}|[–—])\s+(?P<rest>\S.*)$")


def _agency_dash_date(s: str) -> bool:
    """Whether a line is an agency's wire name, a spaced dash and a day with its year, as
    a wire's day file heads its copy ("CP Wire -- Wednesday, May 7, 1997"): no time needed,
    the agency's name says it is no sentence.

    >>> _agency_dash_date("CP Wire -- Wednesday, May 7, 1997"), _agency_dash_date("Rates rose - May 7, 1997")
    (True, False)
    """
    m = AGENCY_DASH_DATE_RE.match(s)
    if m is None or len(m["credit"].split()) > MAX_WIRE_NAME_WORDS or not YEAR_RE.search(m["rest"]):
        return False
    if not normalize.find_agencies(m["credit"]) and not normalize.normalize_agency(m["credit"].split()[0], credit=True):
        return False
    return classify_date_line(m["rest"]) == "date"


# A short word before a date's day: French "le 12 février", German "am 12. Februar", "on 12 May".
DATE_OPENING_WORD_RE = re.compile(r"^[^\W\d_]{1,3}\s+(?=\d)")

# A source label and its names after the stamp's time, on the same line as a clipped page's
# two spans join them ("14. Juni 2023, 18:44 Uhr Quelle: ZEIT ONLINE, dpa, AFP, lit",
# "5 mars 2024 à 10h02 Source : AFP"): no part of the date (head_lines.date_source reads it).
MAX_SOURCE_TAIL_CHARS = 70
TRAILING_SOURCE_RE = re.compile(
    r"(?<=\d)\s+(?:(?i:uhr|h|horas?|heures?|ore|uur|gmt|utc|mez|mesz|cet|cest)\.?\s+)?(?:"
    + SOURCE_LABEL_ALTERNATION + r")\s*[:：]\s*[^:：\d|]{2,60}$", re.IGNORECASE)


def _date_parts(line: str) -> list[tuple[str, str]] | None:
    """A head line of one date or two, as ``(kind, text)`` pairs (classify_date_line's
    kinds); None when it is no date line. Of two, a first without a word of its own is
    the publication.

    >>> _date_parts("Le 5 mars 2024 à 10h02, modifié le 5 mars 2024 à 12h40")
    [('published', 'Le 5 mars 2024 à 10h02'), ('updated', 'modifié le 5 mars 2024 à 12h40')]
    >>> _date_parts("Mis à jour le 05/03/2024 à 16h00 - Publié le 05/03/2024 à 14h32")
    [('updated', 'Mis à jour le 05/03/2024 à 16h00'), ('published', 'Publié le 05/03/2024 à 14h32')]
    >>> _date_parts("Utorak, 04.03.2014. | 14:32 -> 16:05")
    [('published', 'Utorak, 04.03.2014. | 14:32'), ('updated', '04.03.2014 16:05')]
    >>> _date_parts("NEWS BRIEFS  11/23/1999")
    [('date', '11/23/1999')]
    """
    if len(line) > 2 * MAX_DATE_LINE_CHARS or not DIGIT_RE.search(line):
        return None
    if cjk.has_cjk(line):     # "2024年3月5日 14時32分", "입력 2024.03.05. 14:32 수정 ..."
        return cjk.date_parts(line)
    both = _bracketed_update(line) if line[-1:] == ")" else None
    if both:
        return both
    both = _two_dates(line)
    if both:
        return both
    arrow = ARROW_UPDATE_RE.match(line) if ">" in line or "→" in line else None
    if arrow and classify_date_line(arrow["first"]) in ("date", "published"):
        day = DAY_OF_LINE_RE.search(arrow["first"])
        if day:      # "Utorak, 04.03.2014. | 14:32 -> 16:05": the update's time, the same day
            return [("published", arrow["first"]), ("updated", f"{day.group()} {arrow['time']}")]
    kind = classify_date_line(line)
    if kind is None and SITE_PREFIX_RE.match(line):     # "www.example.cn 2009-05-19 22:31:05"
        return _date_parts(SITE_PREFIX_RE.sub("", line))
    label = CAPITALS_LABEL_DATE_RE.match(line) if kind is None and line[:2].isupper() else None
    if label and line[:label.end()].isupper() and line[-1:].isdigit() and not normalize.normalize_agency(line[:label.end()], credit=True) \
            and classify_date_line(line[label.end():]):
        return _date_parts(line[label.end():])          # "NEWS BRIEFS  11/23/1999": a desk's label, then the day
    section = SECTION_OF_DAY_RE.match(line) if kind is None and " of " in line else None
    if section and normalize.fold(section["weekday"]) in normalize.weekday_names():
        return _date_parts(line[section.start("weekday"):])    # "Sports News of Monday, ..."
    if kind is None and CLOCK_RE.search(line):
        section = SECTION_TAIL_RE.search(line)
        if section and CLOCK_RE.search(line[:section.start()]):
            kind = classify_date_line(line[:section.start()])
            line = line[:section.start()] if kind else line
    return [(kind, line)] if kind else None


# A desk's or a section's label in capitals before the day its copy moved: "NEWS BRIEFS
# 11/23/1999", "WORLD DIGEST  Nov. 23, 1999" (one to three words, then the date).
# (in any cased script, its words maybe spaced wider: "МЭДЭЭ  МЭДЭЭЛЭЛ  2008.04.02"; the
# caller checks the words are capitals)
CAPITALS_LABEL_DATE_RE = re.compile(r"^[^\W\d_][\w'&-]+(?:\s{1,3}[^\W\d_][\w'&-]+){0,2}\s+(?=\d|[A-Z][a-z]{2})")
# A section's name, "of" and the weekday and day its story ran, as GhanaWeb heads a story
# ("Business News of Monday, 4 March 2024"): the section goes, the day is read.
SECTION_OF_DAY_RE = re.compile(r"^(?P<section>[A-Z][\w'&-]*(?:\s[A-Z][\w'&-]*){0,2})\s+of\s+(?P<weekday>[^\W\d_]+),?\s+\d")


# A stamp's time, an arrow and the time of its update that day, as Serbian portals set it
# (B92: "Utorak, 04.03.2014. | 14:32 -> 16:05").
ARROW_UPDATE_RE = re.compile(r"^(?P<first>.*\d[:.][0-5]\d)\s*(?:->|→|=>)\s*(?P<time>[0-2]?\d[:.][0-5]\d)$")


# A section's or a desk's label after a stamp's time: a word or two without figures after a
# bar or a wide gap (RTP's "Lusa 10 Jan, 2020, 14:05 | País"), or a teletype's desk slug in
# capitals, its parts joined by a hyphen, after one space once the line is squashed
# ("NOTIMEX  15-08-2002  17:20  NAC-ECONOMÍA").
# A WordPress theme's meta line puts the section, then the author after the stamp ("On May 3,
# 2021 9:10 am In Politics by Ada Obi"), its spaces often lost in a page's text ("9:10 amIn
# Politicsby Ada Obi"): after the time, "In", a word or three, maybe "by" and a name.
SECTION_WORD = r"[^\W\d_][^\d|\s]*"
CAPS_SLUG = r"(?-i:[A-ZÁÉÍÓÚÑÇ]{2,}(?:-[A-ZÁÉÍÓÚÑÇ]{2,})+)"
AFTER_TIME = r"(?:(?<=\d)|(?<=[ap]m)|(?<=[AP]M))"
META_SECTION_TAIL = (AFTER_TIME + r"\s*In\s+[A-Z][^\W\d_]*(?:[ &][^\W\d_]+){0,2}?"
                     + r"(?:\s*by\s+[A-Z][^\d|]{1,60})?")
SECTION_TAIL_RE = re.compile(r"(?:(?:\s+\|\s+|\s{2,})" + SECTION_WORD + r"(?:\s" + SECTION_WORD + r")?"
                             + r"|(?<=\d)\s+" + CAPS_SLUG + r"|" + META_SECTION_TAIL + r")\s*$")


# A date, then its update in brackets: "18 giugno 2024 (modifica il 18 giugno 2024 | 16:05)".
BRACKETED_UPDATE_RE = re.compile(r"^(?P<first>[^()]*\d[^()]*?)\s*\((?P<second>[^()]*\d[^()]*)\)$")


def _bracketed_update(line: str) -> list[tuple[str, str]] | None:
    """The two dates of a line that gives its update in brackets after the publication,
    as ``(kind, text)`` pairs; None for any other line.

    >>> _bracketed_update("18 giugno 2024 (modifica il 18 giugno 2024 | 16:05)")
    [('published', '18 giugno 2024'), ('updated', 'modifica il 18 giugno 2024 | 16:05')]
    """
    m = BRACKETED_UPDATE_RE.match(line)
    if not m or classify_date_line(m["second"]) != "updated":
        return None
    first = classify_date_line(m["first"])
    return [("published", m["first"]), ("updated", m["second"])] if first in ("date", "published") else None


def _two_dates(line: str) -> list[tuple[str, str]] | None:
    opening = DATE_KEYWORD_RE.match(line)
    # ("First published 31 Jan 2019; updated ...": the opening keyword's own words are no cut)
    cuts = [m.start("kw") for m in INNER_DATE_KEYWORD_RE.finditer(line)
            if opening is None or m.start("kw") >= opening.end()]
    if not cuts:
        return None
    bounds = [0] + cuts + [len(line)]
    parts = [line[a:b].strip(" ,;|/–—-") for a, b in zip(bounds, bounds[1:])]
    if "(" in line or "[" in line:      # "... 02:32PM (Updated: ... 04:05PM)": the brackets go
        parts = [_unbracketed(p) for p in parts]
    kinds = [classify_date_line(p) if p else None for p in parts]
    for n in range(1, len(parts)):
        if kinds[n] is None and parts[0] and not YEAR_RE.search(parts[n]) and (
                CLOCK_RE.search(parts[n]) or time_only_stamp(parts[n])):
            # "Publié le 05/03/2024 à 14:32, mis à jour à 16:05": the update's day is the first's
            day = DAY_OF_LINE_RE.search(parts[0])
            if day:
                parts[n] = f"{parts[n]} {day.group()}"
                kinds[n] = classify_date_line(parts[n])
        elif kinds[n] is None and parts[0]:
            dated = with_prior_year(parts[n], parts[0])
            if dated:
                parts[n], kinds[n] = dated[0][1], dated[0][0]
    if parts[0] and kinds[0] is None and len(parts) > 2 and not DIGIT_RE.search(parts[0]) \
            and all(k in ("published", "updated") for k in kinds[1:]):
        # "Por AFP Publicado em 02/08/2018 - 09:30 / Atualizado em ...": a byline before two
        # labelled dates (the head's byline rules read it: leading_credit)
        parts[0] = ""
    elif parts[0] and kinds[0] is None:
        # "Le 5 mars 2024 à 10h02, ...": an opening word the date line does not know
        kinds[0] = classify_date_line(re.sub(r"^[^\W\d_]{1,3}\s+", "", parts[0])) and "date"
    if not parts[0]:
        parts, kinds = parts[1:], kinds[1:]
    if len(parts) < 2 or not all(kinds):
        return None
    if kinds[0] == "date" and "updated" in kinds[1:]:
        kinds[0] = "published"
    return list(zip(kinds, parts))


def with_prior_year(part: str, dated: str) -> list[tuple[str, str]] | None:
    """A labelled date part that gives a month's day and no year ("Last Updated: November
    13") after a part with its year (CBC: "Posted: Nov 13, 2019 2:15 PM ET | Last Updated:
    November 13"), as _date_parts reads it with that year put in; an update that would then
    come before the first date is in the next year ("Posted Dec 31, 2019 | Updated Jan 2").
    None for any other part.

    >>> with_prior_year("Last Updated: November 13", "Posted: Nov 13, 2019 2:15 PM ET")
    [('updated', 'Last Updated: November 13, 2019')]
    """
    year = YEAR_RE.search(dated)
    if year is None or YEAR_RE.search(part) or not DATE_KEYWORD_RE.match(part) \
            or len(normalize.fold(part)) != len(part) or normalize.month_day_match(part) is None:
        return None      # (the folded match's span must be the part's own: with_year)
    found = _date_parts(with_year(part, int(year.group())))
    if not found or len(found) != 1:
        return None
    kind, text = found[0]
    first, second = normalize.parse_date(dated), normalize.parse_date(text)
    if kind == "updated" and first and second and second[:10] < first[:10]:
        found = _date_parts(with_year(part, int(year.group()) + 1))
    return found


def same_day_update(part: str, dated: str) -> list[tuple[str, str]] | None:
    """A part that gives an update's word and its time only ("Actualizada 15:10") after a
    part with its day (a header's bars between them: "EFE | 12/03/2022 | 14:32 | Actualizada
    15:10"), as _date_parts reads it with that day put in; None for any other part.

    >>> same_day_update("Actualizada 15:10", "12/03/2022 14:32")
    [('updated', 'Actualizada 15:10 12/03/2022')]
    """
    day = DAY_OF_LINE_RE.search(dated) if time_only_stamp(part) else None
    if day is None or DATE_KEYWORD_RE.match(part)["kw"].casefold() not in UPDATED_KEYS:
        return None
    text = f"{part} {day.group()}"
    return [("updated", text)] if classify_date_line(text) else None


def first_published(line: str, out: RawFields) -> None:
    """Record a date line that says when the story first ran ("First published on Wed 17 Apr
    2024 09.32 BST", the Guardian's, under the copy or in the head) as the publication; a
    stamp without a word of its own taken before it is then the page's latest change, its
    update (none when the two agree).

    >>> out = RawFields(date_lines=["Wed 3 Jul 2024 16.10 BST"])
    >>> first_published("First published on Wed 3 Jul 2024 11.45 BST", out)
    >>> out.published_line, out.updated_line, out.date_lines
    ('First published on Wed 3 Jul 2024 11.45 BST', 'Wed 3 Jul 2024 16.10 BST', [])
    """
    out.published_line = line
    if out.date_lines and out.updated_line is None:
        stamp = out.date_lines.pop(0)
        if normalize.parse_date(stamp) != normalize.parse_date(line):
            out.updated_line = stamp


def time_only_stamp(line: str) -> bool:
    """Whether a line is a date word and a time of day only, its day left to the line's
    publication date ("päivitetty 11.40", "Updated 3:05 PM").

    >>> time_only_stamp("aktualisiert 15.10 Uhr"), time_only_stamp("aktualisiert 15.10."), time_only_stamp("15:10")
    (True, False, False)
    """
    m = DATE_KEYWORD_RE.match(line) if len(line) <= MAX_STAMP_TIME_CHARS else None
    return bool(m) and STAMP_TIME_RE.match(line[m.end():].strip()) is not None


def _unbracketed(part: str) -> str:
    """A part of a line of two dates without the bracket the second opens in: its opening
    at the first part's end, its closing at the second's."""
    if part[-1:] in "([":
        return part[:-1].rstrip()
    if part[-1:] in ")]" and ("(" if part[-1] == ")" else "[") not in part:
        return part[:-1].rstrip()
    return part


# The opening of a first paragraph up to its agency's bracket, slash or dash, or a short line
# of its own: where a dateline writes its date ("Abuja, March 5, 2024 (NAN)", "ABU DHABI, 5th
# March, 2024 (WAM) --", "Makkah, ..., March 05, 2024, SPA --", "المنيا في ٥ مارس ٢٠٢٤ /أ ش أ/").
LEAD_HEAD_RE = re.compile(r"^\s*(?P<head>[^\W\d_][^()/\n]{3,80}?)\s*(?:\(|/|\s(?:--|[-–—])\s)")
MAX_LEAD_WORDS = 12    # a place and its date, maybe a second calendar's: no sentence


def lead_date(paragraph: str) -> str | None:
    """The date a dateline writes at the start of the first paragraph, where the dateline
    parser took none (a full date only: day, month and year), else None.

    >>> lead_date("Abuja, March 5, 2024 (NAN) The committee met.")
    'Abuja, March 5, 2024'
    >>> lead_date("Officials met on Tuesday (local time) to talk.") is None
    True
    """
    first = paragraph.lstrip().split("\n", 1)[0]
    if not DIGIT_RE.search(first[:LEAD_HEAD_CHARS]):
        return None
    m = LEAD_HEAD_RE.match(first)
    head = m["head"] if m else first.strip()
    if len(head) > LEAD_HEAD_CHARS or len(head.split()) > MAX_LEAD_WORDS or not YEAR_RE.search(
            normalize.ascii_digits(head)) or head.endswith(".") and not head[-2:-1].isdigit():
        return None
    return head if normalize.parse_date(head) else None


def date_line_language(line: str) -> str | None:
    """The language a date line's own word is in, as far as the order of a numeric date
    goes: "en" for an English word (month first), "fr" for any other (day first), None
    without one or with a word English shares ("Date : 12/01/2022" on a French page is
    January 12: the page's language says). "Publié le 05/03/2024" on a page in English is March 5.

    >>> date_line_language("Publié le 05/03/2024 à 14h32"), date_line_language("Posted 03/05/2024")
    ('fr', 'en')
    >>> date_line_language("Date : 12/01/2022 14:32") is None
    True
    """
    m = DATE_KEYWORD_RE.match(line)
    if m is None:
        return None
    word = m["kw"].casefold()
    if word in SHARED_DATE_WORDS:
        return None
    return "en" if word in ENGLISH_DATE_WORDS else "fr"


#: How far into a page its dates written with a month name are looked for (the head and
#: the first paragraphs say when the story ran; the rest may date other events).
PAGE_DATE_CHARS = 3000
# A site's address in the text: "https://www.example.co.uk/...", "www.example.in".
URL_HOST_RE = re.compile(r"(?:https?://|(?<![\w.@/])www\.)(?P<host>[\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)
ZONE_WORD_RE = re.compile(r"(?<![A-Za-z])[A-Z]{2,4}(?![A-Za-z])")


def day_first_dates(raw: RawFields, text: str, url: str | None = None) -> bool:
    """Whether the page's numeric dates with slashes run day first, where their own words
    say month first ("Updated: 05/03/2024" on an English page of a British, Indian or
    Australian site). Asked only when one of them could be read either way (05/03, not
    17/03), the page answers by, in turn: another of its dates with a day above 12;
    France 24's label pair ("Issued on:" and "Modified:"); the time zone of a date line
    ("IST", "CET"; "ET" says month first); the same day written with a month name in its
    head or first paragraphs ("5 March 2024", then "March 7" without its year: VNA's
    footer "07/03/2024" under "agreed on March 7"); an agency that writes day first; the
    country of its address (``url``, else the first in the text: ".co.uk", ".in",
    ".com.au", ".fr"; ".com" says nothing).
    (A dateline's month and day settle it later, over all of these: swap_month_day.)

    >>> page = RawFields(published_line="Updated: 05/03/2024 10:02 IST")
    >>> day_first_dates(page, ""), day_first_dates(RawFields(published_line="Updated 5/3/2024 2:32 p.m. ET"), "")
    (True, False)
    """
    lines = [s for s in (raw.published_line, raw.updated_line, *raw.date_lines, raw.closing_date) if s]
    slashed = [(a, b, y) for s in lines for a, b, y, sep in normalize.numeric_dates(s) if sep == "/"]
    if not any(a != b and a <= 12 and b <= 12 for a, b, _ in slashed):
        return False           # nothing to settle: most pages stop here
    for a, b, _ in slashed:
        if a > 12 or b > 12:
            return a > 12
    labels = (_date_keyword(raw.published_line), _date_keyword(raw.updated_line))
    if labels in vocab.DAY_FIRST_LABEL_PAIRS:
        return True
    zones = {w for s in lines for w in ZONE_WORD_RE.findall(s)}
    if zones & vocab.MONTH_FIRST_ZONES or zones & vocab.DAY_FIRST_ZONES:
        return not zones & vocab.MONTH_FIRST_ZONES
    ambiguous = {(y, a, b) for a, b, y in slashed if a != b}
    years = {y for y, _, _ in ambiguous}
    for y, month, day in normalize.named_dates(text[:PAGE_DATE_CHARS]):
        if (y, day, month) in ambiguous or (y, month, day) in ambiguous:
            return (y, day, month) in ambiguous
    # "agreed on March 7" in the copy under a "07/03/2024" footer (VNA): the day without its year
    for month, day in normalize.month_days(text[:PAGE_DATE_CHARS]):
        if any((y, day, month) in ambiguous or (y, month, day) in ambiguous for y in years):
            return any((y, day, month) in ambiguous for y in years)
    if vocab.DAY_FIRST_AGENCIES.intersection(raw.agencies) or vocab.DAY_FIRST_AGENCIES.intersection(
            raw.lead_agencies) or raw.dateline and vocab.DAY_FIRST_AGENCIES.intersection(raw.dateline.agencies):
        return True            # "Published on 10/05/2022" under an Agência Brasil byline, or over "(KPL) ..."
    hosts = [m["host"] for m in URL_HOST_RE.finditer(url or "")] or (
        [m["host"] for m in URL_HOST_RE.finditer(text)] if "://" in text or "www." in text else [])
    for host in hosts:
        country = host.rsplit(".", 1)[-1].casefold()
        if country in vocab.DAY_FIRST_DOMAINS or country in vocab.MONTH_FIRST_DOMAINS:
            return country in vocab.DAY_FIRST_DOMAINS
    return False


def _date_keyword(line: str | None) -> str | None:
    """The word a date line opens with, casefolded: "issued on", "modified"."""
    m = DATE_KEYWORD_RE.match(line) if line else None
    return m["kw"].casefold() if m else None


MAX_YEARLESS_WORDS = 3    # words beside a year-less date's own: "Eastern Time", a weekday


def yearless_date(line: str) -> bool:
    """Whether a head line is a date and time without a year, as Yahoo ran wire copy
    ("Tuesday May 22 2:32 PM Eastern Time", "Tue Mar 6, 2:32 PM ET"): a month's name and a
    day, a time of day, a few words at most besides. (Plain ASCII only: the year is put
    in by position, see with_year.)

    >>> yearless_date("Tue Mar 6, 2:32 PM ET"), yearless_date("Talks on May 22 at 2:32 PM ended")
    (True, False)
    """
    s = line.strip()
    if len(s) > MAX_DATE_LINE_CHARS or not s.isascii() or YEAR_RE.search(s) \
            or not (CLOCK_RE.search(s) or AMPM_TIME_RE.search(s)):
        return False
    m = normalize.month_day_match(s)
    if m is None:
        return False
    words = [w for w in _date_words(DATE_NOISE_RE.sub(" ", s[:m.start()] + " " + s[m.end():]))
             if normalize.fold(w).rstrip(".") not in normalize.weekday_names()
             and w.upper() not in vocab.TZ_OFFSETS and w.upper() not in vocab.TZ_REGIONS]
    return len(words) <= MAX_YEARLESS_WORDS and not any(w.islower() and len(w) > 2 for w in words)


# "2:32 PM" and "2 p.m.": a time of day CLOCK_RE (hours and minutes) may not see alone.
AMPM_TIME_RE = re.compile(r"\b[01]?\d(?::[0-5]\d)?\s*[ap]\.?m\b", re.IGNORECASE)


def with_year(line: str, year: int) -> str:
    """A year-less date line with ``year`` put after its day, for normalize.parse_date.

    >>> with_year("Tuesday May 22 2:32 PM Eastern Time", 2001)
    'Tuesday May 22, 2001 2:32 PM Eastern Time'
    """
    m = normalize.month_day_match(line)
    return f"{line[:m.end()]}, {year}{line[m.end():]}" if m else line


def copyright_year(line: str) -> int | None:
    """The one year an agency's copyright notice names ("(C) Reuters 2008. All rights
    reserved.", "Copyright 2001 Reuters Limited"), else None: a site's own notice
    ("© 2024 The Ledger") is the year the page was made, and a span of years names no one.

    >>> copyright_year("Copyright 2001 Reuters Limited."), copyright_year("© 2024 The Ledger")
    (2001, None)
    """
    years = set(YEAR_RE.findall(line))
    if len(years) != 1 or not normalize.find_agencies(line):
        return None
    return int(years.pop())


def full_year(year: int) -> int:
    """A wire stamp's year in full: two figures are 1970-2069 (the wires' teletype era
    onwards); a whole year as it is.

    >>> full_year(87), full_year(5), full_year(2009)
    (1987, 2005, 2009)
    """
    return year if year > 99 else year + (1900 if year >= 70 else 2000)


def wire_stamp_time(m: re.Match) -> str:
    """The time a US wire's transmission stamp gives (patterns.WIRE_STAMP_RE's match:
    "AP-NY-07-14-98 1532EDT"), as a date line the dates module reads.

    >>> from .patterns import WIRE_STAMP_RE
    >>> wire_stamp_time(WIRE_STAMP_RE.match("AP-NR-03-12-87 1423EST"))
    '1987-03-12 14:23 EST'
    """
    return f"{full_year(int(m['y']))}-{m['m']}-{m['d']} {m['H']}:{m['M']} {m['tz']}"


def sent_stamp_time(m: re.Match) -> str | None:
    """The time a sent stamp gives (patterns.SENT_STAMP_RE's match: "AFP 121432 GMT OCT 96"),
    as a date line the dates module reads: "1996-10-12 14:32 GMT"; None when its month is no
    month."""
    key = normalize.fold(m["mon"]).rstrip(".")
    month = normalize.month_names().get(key) or _month_cut(key)
    if not month:
        return None
    year = full_year(int(m["y"]))     # "OCT 96"; "اكت 2009" writes the whole year
    zone = vocab.SENT_ZONE_WORDS.get(m["tz"], m["tz"] or "")
    return f"{year}-{month:02d}-{m['d']} {m['H']}:{m['M']} {zone}".strip()


@functools.lru_cache(maxsize=256)
def _month_cut(key: str) -> int | None:
    """The month a stamp's cut of a month's name stands for, when every name it begins
    agrees: KUNA's teletype writes March "مار" ("كونا121035 جمت مار 24"), a cut of a name
    of four letters that month_names leaves whole. Only in a sent stamp, where the word
    can be nothing but a month.

    >>> _month_cut("مار"), _month_cut("ma")
    (3, None)
    """
    if len(key) < 3:
        return None
    found = {n for name, n in normalize.month_names().items() if name.startswith(key)}
    return found.pop() if len(found) == 1 else None
