"""Fields stage, patterns of the story's own lines: vocab's word lists -> the regexes and
limits that read datelines, bylines, photo credits, closing credits and sign-offs.

Data only, no logic: each regex is built from named pieces (DASH, PLACE_WORD, PHOTO_AGENCIES)
and from vocab.py's lists. The head's page and feed lines have theirs in head_patterns.py.
"""
from __future__ import annotations

import re

from .. import clean, normalize, vocab
from .head_patterns import SCRIPT_FULL_STOPS

MAX_HEAD_LINES = 16        # a dateline further down than this is inside the story, not its start
MAX_HEAD_CHARS = 4000      # likewise in characters (a page with a long chrome block above the title)
NAV_LINE_CHARS = 24        # a line of at most two words and this long may be a menu item
NAV_LINE_CJK_CHARS = 8     # ...in Chinese, Japanese or Korean ("首页", "ニュース", "경제"): a
                           # headline of 24 characters there is a long one
MAX_TITLE_CHARS = 300      # longer first lines are prose: the story has no title line
MAX_BYLINE_CHARS = 160     # bylines are short; a longer "By ..." line is a sentence
MAX_CREDIT_CHARS = 500     # closing credit paragraphs, even with many names, stay short
MAX_DATE_LINE_CHARS = 90   # "Publié le 09/11/2023 10:16" and its kin
LEAD_HEAD_CHARS = 80       # a dateline's place and date at a first paragraph's start
PROSE_WORDS = 25           # a head line this long that is not a caption is the body's first paragraph
BYLINE_PARAGRAPHS = 4      # AP and AFP set the byline under the first paragraph, not further down
MAX_CREDIT_LINES = 6       # a hard-wrapped closing credit runs over a few lines, no more

# (U+2010, the typographic hyphen, as a CMS sets the dash: "Vatikanstadt \u2010 Neuer Leiter ...")
DASH = r"(?:--|\.-|-|–|—|_|―|‐)"
# An agency's name as a word of its own after a dateline's date ("TOKYO, Jan. 15 Kyodo -"):
# any case for the names that are no words; in capitals only for the short forms that are
# words too ("JOHANNESBURG JUNE 14 SAPA", a teletype's dateline; "MAKKAH, June 2 SPA", not "... 2 spa").
AGENCY_WORD = r"(?:(?i:" + "|".join(
    re.escape(k) for k in sorted(vocab.AGENCY_ALIASES, key=len, reverse=True)
    if " " not in k and len(k) > 2) + r")|" + "|".join(
    re.escape(k.upper()) for k in sorted(vocab.BRACKET_AGENCY_ALIASES, key=len, reverse=True)
    if " " not in k and len(k) > 2 and k.upper() != k) + r")"
AGENCY_PAREN = r"\((?P<agency>[^()\n]{1,40})\)"
PLACE_WORD = r"[^\W\d_](?:[^\W\d_]|['’.])*(?![^\W\d_])"
DATELINE_RE = re.compile(
    r"^(?P<lead>[\s*]*(?:[a-z0-9]\s{2,})?)"     # indentation, or a stray wire-feed character
    r"(?P<place>" + PLACE_WORD + r"(?:(?:\s+|\s*/\s*|[-'’])" + PLACE_WORD + r"){0,5}?)"
    # (a region's word may be hyphenated: Canada's French "N.-B.", "C.-B.", "Î.-P.-É.")
    r"(?P<region>(?:\s*,\s*" + PLACE_WORD + r"(?:-" + PLACE_WORD + r"){0,2}(?:\s" + PLACE_WORD + r"){0,2}){0,2}?)"
    # "BODRUM, Turkey/ATHENS, Nov 12 (Reuters) -": after the first city's country, a slash and
    # the second city (Reuters writes both in capitals; checked in dateline.py)
    # ("KABUL, Afghanistan/ISLAMABAD, Pakistan, May 2": and its own country)
    r"(?P<also>(?<=[^\W\d_])/" + PLACE_WORD + r"(?:\s" + PLACE_WORD + r"){0,2}"
    r"(?:\s*,\s*" + PLACE_WORD + r"(?:\s" + PLACE_WORD + r"){0,2})??(?=\s*,))?"
    # (Spanish and Portuguese set "de" before the month and the year: "Boa Vista, 20 de junho de
    # 2018 –", "Quito, 3 de mayo de 2019 -")
    r"(?P<date>\s*,?\s*(?:[^\W\d_]{3,10}\.?\s+\d[\dO]{0,2}|[0-3]?\d\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?"
    # "MADRID, 5 (EUROPA PRESS)": a day alone, before the agency's bracket; "BRUXELLES 27/09
    # (BELGA) =": a day and a month's number (Belga)
    # "Casablanca, 05/03/2024 (MAP) -": the whole date in figures, day first (MAP)
    r"|[0-3]?\d(?:/[01]?\d(?:/(?:19|20)\d\d)?)?(?=\s*\())"
    # "Addis Ababa, March 5/2024(ENA)": the year after a slash (ENA)
    r"(?:(?:,?\s+(?:de\s+)?|/)(?:19|20)\d\d)?\.?)?"
    # "WASHINGTON, March 12, Reuter -": the agency as a word after a comma (older copy), or
    # right after the date ("TOKYO, Jan. 15 Kyodo -", "ROCKHAMPTON, Jan 3 AAP -")
    r"(?:(?:\s*,\s*|(?<=\d)\s+)(?P<agency_word>" + AGENCY_WORD + r")\b)?"
    # (Belga closes its dateline with "=": "BRUXELLES 27/09 (BELGA) = La STIB ...")
    r"\s*,?\s*(?:(?:" + AGENCY_PAREN + r"|/(?P<agency_slash>[^\W\d_][^/\n]{1,20})/(?![^\W\d_])\.?)\s*(?P<dash1>" + DASH
    + r"|=(?=\s))?"
    # a bare dash must stand apart from a word on one side at least ("WINSTON-SALEM" is a city)
    # (nor be a minus: "AAPL -1.2%")
    # (Ethiopic copy sets its word colon before the dash: "ድሬዳዋ፡- ..." over Addis Zemen's)
    r"|(?:(?<=\s)(?P<dash2>" + DASH + r")(?![\d.,])|፡?(?P<dash3>" + DASH + r")(?=\s|$|[\"'“«„])"
    # Dow Jones glues a double hyphen to both words: "STOCKHOLM--Swedish truck maker ..."
    # (taken after a place in capitals only; checked in dateline.py); the Toronto Star glues
    # an em dash the same way: "OTTAWA—The Canada Revenue Agency ..."
    r"|(?<=[^\W\d_])(?P<glued>--|—)(?=[^\W\d_\s]|[\"“])))")
# Agência Estado's dateline, the place and the day alone before a dash, no month and no
# agency: "Curitiba, 15 - A chuva ..." (the place in title case, a few words); its Broadcast
# service writes the whole date in figures, day first: "Recife, 14/09/2020 - O ...".
DAY_DASH_DATELINE_RE = re.compile(
    r"^\s*(?P<place>" + PLACE_WORD + r"(?:\s" + PLACE_WORD + r"){0,3}),\s+(?P<day>[0-3]?\d)(?P<month_year>/[01]?\d/(?:19|20)\d\d)?"
    r"\s+[-–—]\s+(?=[\"“«]?[^\W\d_])")
DAY_DASH_LEAD_MIN_WORDS = 8    # the sentence after the dash: a paragraph's, not a score line's
# "Ronda (Málaga), 5 mar (EFE).-", "Cúcuta (Colombia)/Caracas": a region in brackets after
# a place word, before a comma or a second city.
# (ANI's Hindi copy brackets them alike, "भोपाल (मध्य प्रदेश) [भारत], 8 फरवरी (एएनआई):": a
# place word there holds the Indic scripts' vowel signs, normalize.NAME_MARKS)
MARKED_PLACE_WORD = r"[^\W\d_](?:[^\W\d_]|['’.]|[" + normalize.NAME_MARKS + r"])*(?![^\W\d_])"
BRACKETED_REGION_RE = re.compile(
    r"^\s*" + MARKED_PLACE_WORD + r"(?:[\s\-'’]" + MARKED_PLACE_WORD + r"){0,5}(?:\s*/\s*" + PLACE_WORD
    + r"(?:[\s\-'’]" + PLACE_WORD + r"){0,3})*"
    # ANI brackets the state, then the country in square brackets: "Kochi (Kerala) [India], March 5"
    r"(?P<bracket>\s*[(\[](?P<region>[^\W\d_][^()\[\]\n]{1,30})[)\]])(?=\s*(?:[,/\[]|\([^()\n]{2,40}\)\s*"
    + DASH + r"))")
# A monitoring service's note in square brackets before the copy it quotes (vocab.TRANSCRIPT_NOTES):
# "[Text] Alma-Ata March 14 TASS -- ...".
TRANSCRIPT_NOTE_RE = re.compile(r"\s*\[(?P<note>[^\W\d_][^\]\n]{1,20})\]\s+")
# "Frankfurt (Oder)", "HALLE (SAALE)": a bracket that belongs to the city's name.
CITY_QUALIFIER_RE = re.compile(r"(?<=[^\W\d_])\s*\((?P<qualifier>(?i:" + "|".join(
    re.escape(q) for q in sorted(vocab.CITY_QUALIFIERS.values(), key=len, reverse=True)) + r"))\)")
CITY_QUALIFIER_CHARS = 60   # ...looked for among a dateline's first characters only
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
TIME_START_RE = re.compile(r"^\d{1,2}[:.h]\d\d\b")
CLOCK_RE = re.compile(r"(?<!\d)[0-2]?\d[:h][0-5]\d(?!\d)")
ENGLISH_MONTH_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d", re.IGNORECASE)
# ...or, at the end of a line of its own after an ALL-CAPS place and a day, a short form that
# is a word too in title case: "POLOKWANE Aug 19 Sapa" (Sapa's teletype; vocab.BRACKET_AGENCY_ALIASES,
# less the CAPITALS_ONLY_ALIASES, whose title case is a name or a word in such a place too).
AGENCY_END_TITLE = "|".join(
    re.escape(k.title()) for k in sorted(vocab.BRACKET_AGENCY_ALIASES, key=len, reverse=True)
    if " " not in k and len(k) > 2 and k.upper() != k and k not in vocab.CAPITALS_ONLY_ALIASES)
AGENCY_END_RE = re.compile(r"\d\s+(?:" + AGENCY_WORD + r"|(?P<title_word>" + AGENCY_END_TITLE + r"))\s*$")
# "DUBAI: Oil prices ...", "NEW DELHI: The ...": an ALL-CAPS place and a colon open the story.
COLON_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'’.\-]{2,}(?:\s[A-Z][A-Z'’.\-]+){0,2}):\s+(?=[A-Z“\"‘'])")
# "Beirut: Lebanon's ...": a place in title case and a colon, as Gulf sites write it; taken
# only for a known city (normalize.is_known_city), as "Analysis:" and names take the shape too.
COLON_DATELINE_TITLE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][a-z'’.\-]+(?:\s(?:[A-Z][a-z'’.\-]+|de|al|el)){0,2}):\s+(?=[A-Z“\"‘'])")
# "LONDON 1997-08-20": a place in capitals and an ISO date, alone on the line (Reuters' 1996-97
# corpus copy).
ISO_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3})\s+(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)\s*$")
# "KATHMANDU, APRIL 3": a place in capitals, a comma and a month and day, alone on the line, as
# a paper sets the dateline of the agency copy it runs between the stamp and the text.
CAPS_PLACE_DAY_LINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3}),\s+(?P<date>[^\W\d_]{3,10}\.?\s+[0-3]?\d)\s*$")
# "HEALTH-WIRE - item 3 of 5": a list's name, a dash and its count of items (vocab.LIST_COUNT_WORDS).
LIST_COUNT_RE = re.compile(
    r"\s*(?i:" + "|".join(re.escape(w) for w in vocab.LIST_COUNT_WORDS) + r")\s*\d+\s*(?i:"
    + "|".join(re.escape(j) for j in vocab.LIST_COUNT_JOINERS) + r")\s*\d+\b")
# "Москва. 21 января. INTERFAX -": place, day and month, and the agency's word, each closed by
# a full stop (Interfax's Russian copy); "ASTANA. KAZINFORM –": no date (Kazinform's English);
# "ВЛАДИВОСТОК. 4 марта. ИНТЕРФАКС-ДАЛЬНИЙ ВОСТОК -": a regional service of two words after
# the agency's hyphen ('Interfax-Far East').
# ("ИНТЕРФАКС-СЕВЕРО-ЗАПАД", 'Interfax-North-West', runs past the name's 20 letters)
DOTTED_AGENCY = r"[^\W\d_][\w-]{1,20}|[^\W\d_]\w{1,20}-[^\W\d_][\w-]{1,20}(?:\s[^\W\d_]{2,20})?"
# Trend's Azerbaijani copy closes the agency's word with a colon, the line often its own:
# "Bakı. 9 may. Trend:" ('Baku, 9 May'). Kazinform's English sets the month first and its
# reporter's name between slashes after the agency: "ASTANA. May 4. KAZINFORM /Jo Roe/ -".
DOTTED_DATELINE_RE = re.compile(
    r"^\s*(?P<place>" + PLACE_WORD + r"(?:[\s-]" + PLACE_WORD + r"){0,2}?)\.\s+"
    r"(?:(?P<date>[0-3]?\d\s+[^\W\d_]{3,10}|[A-Z][a-z]{2,9}\s+[0-3]?\d)\.\s+)?(?P<agency>" + DOTTED_AGENCY + r")"
    r"(?:\s+/(?P<names>[^\W\d_][^/\n]{2,40}?)/)?"
    r"(?:\s*" + DASH + r"(?=\s)|:(?=\s|$))")
# "BAKU, Azerbaijan, March 5. Azerbaijan will ...": a place in capitals, maybe its country,
# an English month and day, and a full stop (Azerbaijan's Trend and APA), with the agency
# named at the lead's end ("..., Trend reports.") if at all. Russian and Ukrainian regional
# copy with no agency writes the same in its own script, the day before the month:
# "ТОМСК, 3 марта. Власти ...", "ЛЬВІВ, 9 травня. ..." (a place in capitals of another script
# and the lead's capital are checked where it is read: FULL_STOP_DATELINE_RE's callers).
FULL_STOP_DATELINE_RE = re.compile(
    r"^\s*(?P<place>(?:[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,2})|[^\W\d_a-z]{2,}(?:[\s-][^\W\d_a-z]{2,}){0,2}),"
    r"\s*(?:(?P<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s*)?"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s[0-3]?\d|[0-3]?\d\s[^\W\d_A-Za-z]{3,10})\.\s+(?=[^\W\d_a-z]|[“\"«])")
# ...or its reporter's byline after the full stop, the agency after a dash and a colon closing
# it, as Trend's English copy signs: "BAKU, Azerbaijan, June 3. By Jo Roe – Trend:".
FULL_STOP_BYLINE_RE = re.compile(
    r"\s*By\s+(?P<names>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}?)\s*" + DASH
    + r"\s*(?P<agency>[A-Z][\w.-]{1,20}(?:\s[A-Z][\w.-]+){0,2}):(?=\s|$)")
LEAD_AGENCY_REPORTS_RE = re.compile(r",\s+(?P<agency>[A-Z][\w.-]{1,20}(?:\s[A-Z][\w.-]+){0,2})\s+reports\.?\s*$")
# "КАЗАНЬ, 5 мар — РИА Новости, Анна Лебедева. Строительство ...": the agency after the
# dateline's dash, maybe with its reporter, closed by a full stop (RIA Novosti).
#: Thai copy's dateline: the place, the day and the month's abbreviation, then a dash, with
#: no agency ("เชียงใหม่ 20 ก.พ.- ...", TNA and the Thai papers' form).
THAI_DATELINE_RE = re.compile(r"\s*(?P<place>[\u0E01-\u0E4E]{2,30}ฯ?) (?P<day>\d{1,2}) "
                              r"(?P<month>[\u0E01-\u0E4E.]{2,12}?)\.?\s?[-–]\s?")
# The letters of the Indian subcontinent's scripts, which have no capitals: Devanagari,
# Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam and Sinhala, with the
# joiners their conjuncts need ("బిజినెస్‌").
INDIC_LETTERS = "\u0900-\u0DFF\u200C\u200D"
INDIC_WORD = "[" + INDIC_LETTERS + "]+"
#: Indian papers' dateline in their own script: the place and a colon (or Manorama's bullet)
#: open the first paragraph ("చెన్నై: ...", "ಮೈಸೂರು: ...", "കൊച്ചി ∙ ..."), maybe after the
#: agency's credit and a comma, the colon spaced off as Marathi sets it ("पीटीआय, पुणे : ...").
INDIC_COLON_DATELINE_RE = re.compile(
    r"^\s*(?:(?P<agency>" + INDIC_WORD + r"),\s*)?(?P<place>" + INDIC_WORD + r"(?:\s" + INDIC_WORD
    + r"){0,2})\s?[:∙•]\s+(?=[^\s:])")
#: Urdu and Arabic papers' dateline alike: a place in the Arabic script and a colon open the
#: first paragraph ("پشاور: ...", PTV's and Dawn's Urdu pages; "لندن: ..."), the place a
#: gazetteer's city (_arabic_colon_dateline).
ARABIC_SCRIPT_WORD = "[\u0600-\u06FF\u0750-\u077F\u200C]+"
ARABIC_COLON_DATELINE_RE = re.compile(
    r"^\s*(?P<place>" + ARABIC_SCRIPT_WORD + r"(?:\s" + ARABIC_SCRIPT_WORD + r")?)\s?:\s+(?=[^\s:])")
#: ...or the place, a comma and the day with its month (either way round, the month maybe
#: cut short with a stop) or the day's mark before the colon: "மதுரை, ஏப். 3: ...", "पुणे,
#: 15 मार्च : ...", Marathi's "सांगली, ता. १५ : ..." (checked by fields.dateline).
INDIC_DATED_COLON_DATELINE_RE = re.compile(
    r"^\s*(?P<place>" + INDIC_WORD + r"(?:\s" + INDIC_WORD + r"){0,2}?),\s*(?P<date>(?:\d{1,2}|" + INDIC_WORD
    + r"\.?)\s+(?:\d{1,2}|" + INDIC_WORD + r"\.?))\s?[:∙•]\s+(?=[^\s:])")
#: The reporter's sign-off under an Indian paper's story in its own script: a dash, the
#: name (an initial with its stop may open it: "ரா. செந்தில்குமார்") and maybe a comma and
#: the place filed from ("- संजय पाटील, सांगली"), alone on the last line.
INDIC_DASH_SIGNOFF_RE = re.compile(
    r"^[-–—]\s*(?P<name>" + INDIC_WORD + r"\.?(?:\s" + INDIC_WORD + r"\.?){0,2})"
    r"(?:,\s*(?P<place>" + INDIC_WORD + r"(?:\s" + INDIC_WORD + r")?))?$")
# The letters of the scripts without capitals of the subcontinent and Southeast Asia: the
# above, Burmese, Khmer and Lao.
UNCASED_LETTERS = INDIC_LETTERS + "\u1000-\u109F\u1780-\u17FF\u0E80-\u0EFF"
# (less Burmese's and Khmer's punctuation, in their blocks: "၊" "။" "។" "៕" "៖")
UNCASED_WORD = "(?:(?![\\d\u104a\u104b\u17d4-\u17d6])[" + UNCASED_LETTERS + "])+"
#: Khmer's dateline: the place of up to three words and Khmer's own colon, spaced, opening
#: the paragraph (AKP's "ភ្នំពេញ ៖ ...").
KHMER_COLON_DATELINE_RE = re.compile(
    r"^\s*(?P<place>" + UNCASED_WORD + r"(?:\s" + UNCASED_WORD + r"){0,2}?)\s?\u17d6\s*(?=\S)")
#: A dateline on a line of its own in such a script, the place of up to three words, then
#: the day and the month (either way round, any script's figures) and nothing more:
#: "ਲੁਧਿਆਣਾ, 3 ਮਈ" (Punjabi Tribune), "မန္တလေး ဇွန် ၅" (Burmese papers). Taken when the month
#: is one (normalize.month_names); a top bar's place and date has its year or weekday too.
#: (Tamil papers cut the month with a stop and close the line with a colon: "மதுரை, ஏப். 3:")
UNCASED_OWN_LINE_DATELINE_RE = re.compile(
    r"^\s*(?P<place>" + UNCASED_WORD + r"(?:\s" + UNCASED_WORD + r"){0,2}?)[,،၊]?\s+"
    r"(?P<date>\d{1,2}\s+" + UNCASED_WORD + r"\.?|" + UNCASED_WORD + r"\.?\s+\d{1,2}):?\s*$")
#: A place in capitals, a comma and its country, alone on the line under the headline and
#: over the copy, with no date and no agency: Anadolu's English "HATAY, Türkiye" (the
#: country checked by normalize.is_country in fields.dateline).
PLACE_COUNTRY_LINE_RE = re.compile(
    r"^\s*(?P<place>[^\W\d_a-z][^\W\d_a-z'’.-]+(?:\s[^\W\d_a-z][^\W\d_a-z'’.-]+){0,2}),\s*"
    r"(?P<country>[^\W\d_][\w'’.-]*(?:\s[\w'’.-]+){0,3})\s*$")
#: RSS Nepal's dateline: the place, a comma, the local calendar's month and day marked by
#: its day word (vocab.DAY_OF_MONTH_WORDS), then the danda: "पोखरा, जेठ ३ गते । ...".
DAY_WORD_DATELINE_RE = re.compile(
    r"^\s*(?P<place>" + INDIC_WORD + r"(?:\s" + INDIC_WORD + r"){0,2}?),\s*(?P<date>" + INDIC_WORD
    + r"\s+\d{1,2}\s+(?:" + "|".join(vocab.DAY_OF_MONTH_WORDS) + r"))\s*।\s*")
#: A dateline set in brackets, as radio and TV scripts set it: "(DETROIT, Ore.) -- Residents
#: ...", "(BERLIN) - ...": the place, then a dash.
BRACKETED_PLACE_DATELINE_RE = re.compile(rf"\s*\((?P<place>[^()\n]{{2,40}})\)\s*(?P<dash>{DASH})\s")
# ...or with no dash, as La Presse opens its copy: "(Cancún) Le puissant ouragan ...", "(Saint-
# Jérôme) Les travaux ...": a place of a few capitalised words in brackets, then a sentence.
BRACKETED_PLACE_LEAD_RE = re.compile(
    r"\s*\((?P<place>" + PLACE_WORD + r"(?:[\s-]" + PLACE_WORD + r"){0,3})\)\s+(?=[^\W\d_«\"“])")
# ...or in square brackets, as Singapore's Business Times opens wire copy: "[ISTANBUL] Foreign
# investors bought ...", "[KUALA LUMPUR] ...": a known city, then a sentence.
SQUARE_PLACE_LEAD_RE = re.compile(
    r"\s*\[(?P<place>" + PLACE_WORD + r"(?:[\s-]" + PLACE_WORD + r"){0,3})\]\s+(?=[^\W\d_«\"“])")
# ...or closed by a full stop, as Tanzania's papers open agency copy: "Kigali. Rwanda will
# build ...", "Dar es Salaam. The government ...": a known city (checked in fields.dateline),
# then a sentence.
STOPPED_PLACE_LEAD_RE = re.compile(
    r"\s*(?P<place>" + PLACE_WORD + r"(?:\s(?:" + PLACE_WORD + r"|es|de|al)){0,3})\.\s+(?=[^\W\d_a-z«\"“])")
AGENCY_AFTER_DASH_RE = re.compile(
    r"\s*(?P<agency>[^\W\d_][^\W\d_ ]*(?:\s[^\W\d_]+){0,2}?)(?:,\s*(?P<names>[^\W\d_][^,.()\n]{2,40}?))?"
    # (or ending the line: "ISTANBUL – Anadolu Agency" over the copy, as Turkish dailies credit it)
    r"(?:\.(?=\s|$)|\s*$)")
# "Vlorë, 6 shkurt /ATSH/ Elira Hoxha - ...": the reporter after the agency's tag, then the
# dash (ATA's Albanian copy).
REPORTER_AFTER_TAG_RE = re.compile(
    r"\s*(?P<names>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}?)\s*" + DASH + r"(?=\s)")
# ...or after the tag and its dash, the name closed by a dash glued to it, as Petra signs:
# "عمان 4 شباط (بترا)- Name Surname- ..." (a dash after a space may open an aside instead:
# "(AP) — Jo Roe — who ...").
# (with a word for 'by' before the name too: "(بترا)- من Name Surname- ...")
REPORTER_AFTER_DASH_RE = re.compile(
    r"\s*(?:(?:" + "|".join(map(re.escape, vocab.DATELINE_BYLINE_OPENERS)) + r")\s+)?(?P<names>[^\W\d_][\w'’.]*(?:\s+[^\W\d_][\w'’.]*){1,3}?)" + DASH + r"(?=\s)")
# ...or, after a tag closed by a hyphen, the name between hyphens set off by spaces, maybe
# after a word for 'by' or 'from': Anadolu's "İZMİR (AA) - Name Surname - ...", KUNA's
# "(كونا) -- من Name Surname -- ..." (an em or en dash sets off an aside there instead: "(AP)
# — Jo Roe — who ...").
REPORTER_BETWEEN_HYPHENS_RE = re.compile(
    r"\s+(?:(?:" + "|".join(map(re.escape, vocab.DATELINE_BYLINE_OPENERS)) + r")\s+)?"
    r"(?P<names>[^\W\d_][\w'’.]*(?:\s+[^\W\d_][\w'’.]*){1,3}?)\s+(?:--|-)(?=\s)")
# "March 5/2024": a dateline's month and day with the year after a slash (ENA), read as
# "March 5, 2024".
SLASHED_YEAR_RE = re.compile(r"^(?P<day>[^\W\d_]{3,10}\.?\s+\d{1,2})/(?P<year>(?:19|20)\d\d)$")
# A year in any script's digits ("২০২৪", Bangla): int() reads them.
NATIVE_YEAR_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")
# "(di Giulia Ferraresi) (ANSA) - BOLOGNA, 05 NOV -": the reporter in brackets before the agency's.
BRACKET_BYLINE_RE = re.compile(r"^\s*\(\s*(?i:di|by|por|par|von|de)\s+(?P<names>[^()\n]{3,60})\)\s*(?=\()")
# ...or after the dateline, before the copy: "(ANSA) - SAVONA, 18 FEB - (di Giulia Ferraresi) Il ..."
BYLINE_BRACKET_AFTER_RE = re.compile(r"\s*\(\s*(?i:di|by|por|par|von|de)\s+(?P<names>[^()\n]{3,60})\)\s*(?=\S)")
COLON_DATELINE_MIN_WORDS = 10
SENTENCE_CLOSERS = ".\"”’)»"   # what ends a paragraph of prose   # a story's first paragraph, not a label ("NOTE: See below")
# Reuters.com's dateline of the 2010s, the agency and the dash left out: "ABIDJAN, March 15
# Cocoa arrivals ...": a place in capitals (its country or state after a comma may follow),
# a comma, an English month and its day, then the sentence's capitalised first word.
UNDASHED_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'’.\-]+(?:[\s/][A-Z][A-Z'’.\-]+){0,2}"
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})?),\s+"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2})"
    r"\s+(?=[A-Z\"“‘'][\w'’]*\s)")
AGENCY_LEAD_RE = re.compile(r"^\s*\((?P<agency>[^()\n]{2,40})\)\s+(?=[^\W\d_])")
AGENCY_ONLY_RE = re.compile(r"^\s*" + AGENCY_PAREN + r"\s*(?P<dash>" + DASH + r")\s*")
# The same with the agency's short form in capitals and no brackets, as AGI opens its copy
# ("AGI - Milano, 18 set. - ..."); a place and a date must follow (checked in dateline.py).
AGENCY_CAPS_LEAD_RE = re.compile(r"^\s*(?P<agency>[A-Z][A-Z-]{1,11}[A-Z])\s+(?P<dash>" + DASH + r")\s+")
# "March 4 (Reuters) -", "4 mars 2024 (AFP) -": a date and an agency, no place.
DATE_AGENCY_RE = re.compile(
    r"^\s*(?P<date>(?:[^\W\d_]{3,10}\.?\s+\d{1,2}|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?)"
    r"(?:,?\s+(?:19|20)\d\d)?)\s*,?\s*" + AGENCY_PAREN + r"\s*(?P<dash>" + DASH + r")")
# A dateline read around its agency's tag whatever its date's language or script: the tag in
# brackets, in slashes, or as a bare word before a dash or a full stop ("Budapest, 2024.
# március 5., kedd (MTI) -", "RĪGA, 5. marts, LETA.", "Пловдив, 5 март /Мария Петкова, БТА/",
# "المنيا في ٥ مارس ٢٠٢٤ /أ ش أ/", "شیراز- ایرنا-", "Makkah, Sha'ban 24, 1445, March 05,
# 2024, SPA --"; Hindi's bare name before its full stop, the danda: "नई दिल्ली, एएनआई।"). The
# first tag of the line decides; only a known agency makes it a dateline. (Armenian copy types
# its full stop "։" as a colon, glued to the word: "ԵՐԵՎԱՆ, 3 ՓԵՏՐՎԱՐԻ, ԱՐՄԵՆՊՐԵՍ: ...")
# A name of several words is no bare tag (it may open a sentence), but initials written apart
# are one: MENA's "القاهرة - أ ش أ" on its own line, AFP's Arabic "أ ف ب".
TAG_WORD_KEYS = clean.longest_first({k for k in (*vocab.AGENCY_ALIASES, *vocab.BRACKET_AGENCY_ALIASES)
                                     if len(k) > 2 and (" " not in k or all(len(w) <= 2 for w in k.split()))})
# A site may set its own label in the bracket before the agency's name, a spaced dash
# between them, and the date after it: UrduPoint's "لاہور ( اُردو پوائنٹ اخبار - اے پی پی۔ 5
# مارچ2024ء)". The label is passed over only when the whole bracket is too long for a tag
# ("(TT - Reuters)" keeps both agencies).
TAG_SITE_LABEL = r"(?:[^()\n\d]{2,40}?\s[-–—]\s+)??"
DATELINE_TAG_RE = re.compile(
    r"\(" + TAG_SITE_LABEL + r"(?P<paren>[^()\n]{2,40})\)|/\s*(?P<slash>[^/\n]{2,40}?)\s*/"
    r"|(?<=[\s,\-–—])(?P<word>(?i:" + clean.literal_trie(TAG_WORD_KEYS) + r"))(?!\w|-\w)"
    r"(?=\s*(?:" + DASH + r"|[.=।։](?:\s|$)|$)|(?<=[\u0531-\u0587\u0621-\u064a]):(?:\s|$))")
# "Doha / Mehmet Kaya / Anadolu Ajansı", "الدوحة/ عمر الخطيب/ الأناضول": the place, the
# reporter and the agency set apart by slashes, alone on the line or before a dash (Anadolu's
# house style in Turkish and Arabic).
SLASHED_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[^/\n\d]{2,40}?)\s*/\s*(?P<names>[^/\n\d]{3,60}?)\s*/\s*"
    r"(?P<agency>[^/\n\d\-–—]{2,30}?)\s*(?:(?P<dash>" + DASH + r")(?=\s)|$)")
# "بنغازي/ الأناضول": Anadolu's Arabic dateline with no reporter, the place and the agency
# alone on their line.
SLASHED_PLACE_AGENCY_RE = re.compile(
    r"^\s*(?P<place>[^/\n\d]{2,40}?)\s*/\s*(?P<agency>[^/\n\d\-–—]{2,30}?)\s*$")
# "/корр. Trend Р.Гусейнова/": a correspondent's label, the agency's name, the reporter.
# (Trend's English copy of 2010 left the label out: "/ Trend S. Hasanova /")
TAG_CORRESPONDENT_RE = re.compile(
    # (Bulgarian and Russian may join the label to the agency with 'of': "/Кореспондент на БТА Name/")
    r"^(?:(?i:" + "|".join(re.escape(w) for w in vocab.TAG_CORRESPONDENT_WORDS) + r")\s*(?:на\s+)?)?"
    # (RIA Novosti's archive quotes the agency's second word: '/Корр. РИА "Новости" Name/')
    r"(?P<agency>[^\W\d_][\w-]{1,20}(?:\s*[\"«„][^\W\d_][\w-]{1,20}[\"»“])?)\s+(?P<names>[^\W\d_][^/\n]{1,40})$")
# The quotation marks round an agency's word ('РИА "Новости"'), dropped before it is looked up.
AGENCY_QUOTES = str.maketrans("", "", "\"«»„“")
# (Hindi closes the dateline with its full stop, IANS's "(आईएएनएस)।"; BSS with a colon,
# "(বাসস) :"; Armenian with its own full stop, "ԵՐԵՎԱՆ, 4 ՄԱՅԻՍԻ, ԱՐՄԵՆՊՐԵՍ։"; Amharic with
# the Ethiopic colon and a dash, ENA's "(ኢዜአ)፡-", or its preface colon, "(ኢዜአ)፦")
TAG_END_RE = re.compile(r"\s*(?:" + DASH + r"|\.(?=\s|$)|=(?=\s)|[।:։](?=\s|$)|፡-?|፦)?")
# Where a tagged dateline's place ends and its date begins: a comma (Arabic's "،" too), a
# number, a spaced dash, Arabic "في" ("in": "دبي في 18 مارس"), Urdu's full stop, glued to the
# date ("لاہور۔20فروری"); the Ethiopic comma or semicolon ("ባህር ዳር፣ ጥር 5/2016", ENA's "ደሴ፤
# ሚያዝያ 8/2016 (ኢዜአ)፦"); Khmer's words for 'day' and 'month' before the figures, its date
# written "ថ្ងៃទី១៩ ខែកក្កដា ឆ្នាំ២០២៣" ('day the 19, month July, year 2023', AKP).
TAG_PLACE_END_RE = re.compile(r"\s*[,،፣፤]|\s+(?=\d|ថ្ងៃ|ខែ|ទី\d)|\s*[-–—]+(?:\s|$)|\s+في\s|۔")
TAG_DATE_TOKEN_RE = re.compile(r"[^\s,]+")
TAGGED_DATELINE_CHARS = 160   # the tag stands within a dateline's first characters
MAX_TAG_DATE_CHARS = 70       # "Sha'ban 24, 1445, March 05, 2024" and its kin
MAX_TAG_DATE_WORDS = 6        # "05 رمضان 1445 هـ الموافق 15 مارس 2024 م"
MAX_TAG_PLACE_WORDS = 4

# The Persian agencies' opening in place of a dateline (vocab.FA_REPORT_OPENER): "به گزارش
# خبرگزاری تسنیم از مشهد،", the agency's name in a word or two, maybe a place of a word or two
# after "از" or "در", and the Persian comma.
FA_REPORT_DATELINE_RE = re.compile(
    r"^\s*" + vocab.FA_REPORT_OPENER.replace(" ", r"\s+") + r"\s+"
    r"(?:" + vocab.FA_DESK_WORD + r"\s+\S+\s+)?(?:(?:" + "|".join(vocab.FA_REPORTER_WORDS) + r")\s+)?"
    r"(?P<agency>[^\s،,]+(?:\s[^\s،,]+)?)"
    r"(?:\s+(?:" + "|".join(vocab.FA_PLACE_PREPOSITIONS) + r")\s+(?P<place>[^\s،,]+(?:\s[^\s،,]+)?))?"
    # ('quoting' another agency: "به گزارش ایسنا به نقل از آناتولی،", ISNA's copy of Anadolu's)
    r"(?:\s+" + vocab.FA_QUOTING.replace(" ", r"\s+") + r"\s+(?P<source>[^\s،,]+(?:\s[^\s،,]+)?))?\s*[،,]")

# Both dateline patterns end in "(" or a DASH character (or TASS's "/"): a line without one is no dateline,
# and is turned away before DATELINE_RE backtracks through its place words.
DATELINE_MARK_RE = re.compile(r"[(\-–—_―/‐]")

# A byline's opening word ("Von", "Par") before a name: no dateline's place opens so.
BYLINE_OPENER_WORDS = frozenset(w for w in vocab.BYLINE_OPENERS if " " not in w)
BYLINE_WEAK_OPENERS = frozenset(vocab.BYLINE_WEAK_OPENERS)
BYLINE_RE = re.compile(
    r"^\s*(?P<opener>" + "|".join(vocab.BYLINE_OPENERS + vocab.BYLINE_WEAK_OPENERS) + r")\s*:?\s+(?P<names>\S.*)$",
    re.IGNORECASE)
# An agency's closing credit, then the reporter's byline on the same line: "– AKP By SOK
# Vannarith" (Agence Kampuchea Presse, the surname in capitals first).
AGENCY_THEN_BYLINE_RE = re.compile(r"^[-–—]?\s*(?P<agency>[^\W\d_][\w.-]{1,20})\s+(?P<byline>[Bb]y\s+\S.*)$")
# "Jane Roe, Associated Press" / "Jane Roe | Reuters": an affiliation without an opener;
# "Jane Roe / La Presse Canadienne" (a spaced slash: "EFE/Name" unspaced is a photo credit).
BYLINE_AFFILIATION_RE = re.compile(
    r"^\s*(?P<names>[^\W\d_][^,|/\n]{2,60}?)\s*(?:[,|]|\s/\s|(?P<dash>\s[-–—]\s))\s*(?P<aff>[^\n]{2,60})$")
# Wire control marks around a byline of a feed's header: "^By JO ROE$" (AP's DataStream), "^By JO ROE=",
# "^By JO ROE@<" (UPI's teletype: an at sign before the quad).
BYLINE_WIRE_MARKS_RE = re.compile(r"^\^+|(?:@?[=<$])+$")
# Markdown's emphasis around a whole line: "**By Jo Roe and Al Day**", "*By Jo Roe*".
EMPHASIS_RE = re.compile(r"^(\*{1,2}|_{1,2})(?P<inner>[^*_].*?)\1$")
# "Luana Figueiredo - Repórter da Agência Brasil - Brasília", "Bruno Taveira - Agência Brasil
# reporter - Rio de Janeiro": the names, the role at the agency, the desk's place, set apart by dashes.
BYLINE_DASH_RE = re.compile(r"\s+[-–—]\s+")
# A date, then the byline on the same line: "Published on 10/05/2022 - 16:05 By Bruno Taveira".
# (WordPress writes its opener in lower case: "Posted on 11 March 2025 by Jo Roe")
DATE_BYLINE_RE = re.compile(r"^(?P<date>.*\d.*?)\s+(?P<by>(?:By|Por|Par|Von|Di|by)\s+[^\W\d_].*)$")
# ...or a labelled credit after the date: "03.09.2024 - 18:22 Tekst: Jo Roe" (the label a word
# or two of letters and its colon; head_lines._read_date_credit checks it is a credit's)
DATE_CREDIT_RE = re.compile(r"^(?P<date>.*\d.*?)\s+(?P<credit>[^\W\d_][^\W\d_.]*(?: [^\W\d_]+)?:\s+[^\W\d_].*)$")
# A mail address in a credit, maybe after "at": it ends a name ("Ana Roe at ar@x.net Tom Ash
# at ta@x.net" is two). A semicolon or comma glued to its end is the list's, not the
# address's: "Jo Roe in Oslo at jroe@x.net;Al Day in Bergen at aday@x.net".
CREDIT_EMAIL_RE = re.compile(r"(?:\s+at)?\s*[^\s;,]+@[^\s;,]+")
NAME_SPLIT_RE = re.compile(
    r"\s*(?:,|;|\||/|\s(?:" + "|".join(re.escape(j) for j in vocab.NAME_JOINERS) + r")\s)\s*",
    re.IGNORECASE)
# A word in capitals after a name and a slash, at the end of the credit or of its part: the
# place the person filed from, as Turkish agencies sign ("Haber-Kamera: Ali Kaya/MUĞLA,
# (DHA)", "Muhabir: Ayşe Er/ANKARA"). A person's name is never one word in capitals there.
NAME_SLASH_PLACE_RE = re.compile(r"(?<=[^\W\d_])\s*/\s*(?P<word>[^\W\d_]{3,})(?=\s*(?:[,;(|]|$))")
# "de" is no place word here: in "López de Lérida", "Anne-Sophie de Villiers" it is a name's
# particle, and a place after a byline comes with "en", "desde", "à" or "em".
# "Le Figaro avec AFP", "Ouest-France avec AFP", "Le Quotidien du Sud avec AFP", "La Provence
# (avec AFP)": an outlet
# (one word, or up to four after an article: no person's name opens with one) running an
# agency's copy.
OUTLET_CREDIT_RE = re.compile(
    r"^\s*(?:(?i:le|la|les|the|el|der|die|das|il|lo|o)\s+[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}?"
    r"|[^\W\d_][\w'’.-]*)\s+(?P<open>\()?\s*(?i:avec|with|mit|con|com)\s+(?P<rest>\S.*?)(?(open)\))\s*$")
WITH_AGENCY_BRACKET_RE = re.compile(r"\(\s*(?:avec|with|mit|con|com)\s+([^()]*)\)", re.IGNORECASE)
# A place in brackets after a name, where the person works from: a contact list's "Autor:
# Jo Roe (Freiburg), +49 ...", as dpa's Kontakte set it (byline.py drops a known place).
NAME_BRACKET_PLACE_RE = re.compile(r"(?<=[^\W\d_])\s*\((?P<place>[^\W\d_][^()]{1,40})\)")
JOINER_LEAD_RE = re.compile(
    r"^(?:" + "|".join(re.escape(j) for j in vocab.NAME_JOINERS) + r")\s+", re.IGNORECASE)
# (and Reuters Arabic's "للنشرة العربية", 'for the Arabic bulletin', after its translator;
# Tagalog's and Indonesian's 'from', "Jo Roe mula sa orihinal na ulat", "Jo Roe dari laporan asli")
PLACE_SUFFIX_RE = re.compile(r"\s+(?:(?:in|à|a|au|aux|en|in der|aus|from|desde|em|at|mula sa|dari)\s+[^\W\d_]|للنشرة\s).*$")
ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
# A US state after a place: "N.H.", "D.C.", "Calif.", "W.Va.", "New Hampshire".
STATE_RE = re.compile(r"(?:[A-Z][a-z]{0,4}\.|[A-Z]\.\s?(?:[A-Z]\.\s?)?[A-Z]\.?|W\.\s?Va\.?|"
                      + "|".join(vocab.US_STATES) + ")")
ROLE_WORDS = frozenset(vocab.BYLINE_ROLE_WORDS + vocab.BYLINE_DESK_WORDS)
# A newspaper's name in a byline's part: "Guardian Nigeria", "Herald Tribune" (vocab.MASTHEAD_WORDS).
MASTHEAD_RE = re.compile(r"\b(?:" + "|".join(vocab.MASTHEAD_WORDS) + r")\b", re.IGNORECASE)
# (the plural too, as two names share one role: "By Jo Roe and Al Day, AP Business Writers")
ROLE_WORDS_RE = re.compile(r"\b(?:" + "|".join(vocab.BYLINE_ROLE_WORDS) + r")s?\b", re.IGNORECASE)

# Photo credits: "REUTERS/Jonathan Ernst", "(AP Photo/Evan Vucci)", "AFP/Name", "Photo: Name/AFP".
# Reuters' pages close the caption with a licensing link, which a Markdown clipper keeps as
# a link: "REUTERS/Jo Roe/File Photo [Purchase Licensing Rights](https://...)".
LICENSING_LINK = (r"(?:\[?Purchase Licensing Rights(?:, opens new tab)?(?:\]\([^()\s]*\))?)")
PHOTO_AGENCIES = (r"(?:REUTERS|Reuters|AFP PHOTO|AFP Photo|AFP|AP Photo|AP|EPA-EFE|EPA|dpa|Getty Images|Xinhua|Yonhap|Kyodo|"
                  r"ANSA|EFE|Bloomberg|APA|PA Wire|PA|THE CANADIAN PRESS|The Canadian Press|AAP Image|"
                  r"AAP|KEYSTONE|Keystone|BELGA|Belga|ANP|Anadolu Agency|LaPresse|LUSA|Lusa|NTB|TT|PAP|STT|Lehtikuva|"
                  # Denmark's: "Foto: Jo Roe/Ritzau Scanpix"
                  r"Ritzau|Scanpix|"
                  # Antara's: "ANTARA FOTO/Jo Roe/foc." (the caption editor's initials after it)
                  r"ANTARA FOTO|Antara Foto|"
                  # an agency's picture service after its wire, "(Jo Roe/PA Wire/PA Images)"
                  r"PA Images|AP Images|EPA Images|"
                  # AP's Spanish and Portuguese captions: "(AP Foto/Jo Roe)"
                  r"AP Foto|"
                  # South Asia's English wires: "(PTI Photo/Jo Roe)", "(IANS/Jo Roe)", "(BSS Photo/...)"
                  r"PTI Photo|PTI|IANS Photo|IANS|ANI Photo|ANI|UNI Photo|UNI|BSS Photo|BSS|UNB Photo|UNB|"
                  r"APP Photo|APP|"
                  # dpa's picture agency, before its photographer: "Foto: picture alliance / Jo Roe"
                  r"picture alliance|picture-alliance|"
                  # Reuters Japan's caption credit: "（2024年　ロイター/Jo Roe）"
                  r"ロイター|"
                  # picture agencies and services that wire no copy, after their photographer:
                  # Italy's "(Foto: Jo Roe / Agf)", Mexico's "Foto: Jo Roe / Cuartoscuro", and
                  # the international ones ("Jo Roe / Imago", "/ SIPA", "/ ZUMA Press")
                  r"AGF|Agf|Fotogramma|Imagoeconomica|IPA|Cuartoscuro|IMAGO|Imago|SIPA|Sipa|ABACA|Abaca|"
                  r"ZUMA Press|ZUMA|NurPhoto|SOPA Images|Hans Lucas|Alamy|Shutterstock|"
                  # the Benelux and Swiss ones: "ANP / Hollandse Hoogte", "Keystone/Ti-Press/Jo Roe"
                  r"Hollandse Hoogte|HOLLANDSE HOOGTE|Ti-Press|TI-PRESS|Photopress|PHOTOPRESS|Photo News|PHOTO NEWS)")
PHOTO_CREDIT_RE = re.compile(
    r"\b" + PHOTO_AGENCIES + r"\s*/\s*(?:Photo\s*/\s*)?(?P<name>[^\W\d_][^/()\n]{1,60}?)"
    r"(?:\s*[/,]\s*(?:File Photo|File|Pool|Handout|Illustration|via Reuters|Archive|Archivo|Archives))*"
    r"(?:/(?-i:[a-z]{2,4}))?\s*[)\]）.]*\s*" + LICENSING_LINK + r"?\s*$")
# The Guardian's and British and Irish papers' closing credit, the photographer's name first,
# then the paper or the picture service that holds it, which no list names: "... at the pier.
# Photograph: Jo Roe/Highland Courant".
PHOTOGRAPH_OUTLET_CREDIT_RE = re.compile(
    r"(?:^|(?<=[\s(.]))Photograph\s*:\s*(?P<name>[^\W\d_][^/()\n:]{1,40}?)\s*/\s*"
    r"(?P<outlet>[^\W\d_][^/()\n:]{1,40}?)\s*[).]*\s*$")
PHOTO_CREDIT_REVERSED_RE = re.compile(
    r"(?:Photo by|Photos by|Foto von|Foto de|Crédit photo|Photograph|Photos|Fotos|Photo|Foto|Bild|"
    r"Credit|Quelle|Kuva|Zdjęcie)"       # Finnish and Polish: "Kuva: Name / Lehtikuva"
    r"\s*:?\s*"
    r"(?P<name>[^\W\d_][^/()\n:]{1,60}?)\s*/\s*(?P<agency>" + PHOTO_AGENCIES + r")\b",
    re.IGNORECASE)
# "(Owen Carrick/PA)", "(Jane Roe/The Canadian Press)": a name and its agency in brackets.
# "© Jes Aznar, AFP", "Copyright Jo Roe/AP", "(Quelle: Julia Roe/dpa)": a copyright or source
# mark before the name.
PHOTO_CREDIT_MARKED_RE = re.compile(
    r"(?:©|\bCopyright\s|\(\s*Quelle\s*:)\s*(?P<name>[^\W\d_][^,/©()\n]{1,40}?)\s*[,/]\s*(?P<agency>"
    + PHOTO_AGENCIES + r")\b")
# ...and with any agency we know after the slash, closing the caption: Agência Brasil's
# "© Jo Roe/Agência Brasil" (the caller checks the agency's name; this only finds the shape).
PHOTO_CREDIT_MARKED_ANY_RE = re.compile(
    r"(?:©|\bCopyright\s)\s*(?P<name>[^\W\d_][^,/©()\n]{1,40}?)\s*/\s*"
    r"(?P<agency>[^\W\d_][^,/©()\n]{1,30}?)\s*[.)]?\s*$")
# "PHOTO | AFP | Simon Maina": a label, the agency and the name between bars; German sites
# credit dpa's pictures through its picture service, a slash before the agency and a colon
# after the label: "Foto: picture alliance/dpa | Jo Roe".
PHOTO_CREDIT_BARS_RE = re.compile(
    r"\b(?:PHOTO|FOTO|BILD)\s*[|:]\s*(?:[^\W\d_][^|/()\n:]{1,30}?\s*/\s*)?(?P<agency>" + PHOTO_AGENCIES
    + r")\s*\|\s*(?P<name>[^\W\d_][^|/()\n]{1,40}?)\s*$",
    re.IGNORECASE)
# A photo's credit on a line of its own under its caption, the photographer, a slash, the
# agency, as Yahoo sets AFP's pictures: "Lena KORVALD / AFP" under "Crews clear the road
# (Lena KORVALD)"; the caption closing on the same name in brackets marks it.
NAME_SLASH_AGENCY_RE = re.compile(r"^(?P<name>[^\W\d_][^/()\n]{1,60}?)\s*/\s*(?P<agency>[^\W\d_][^/()\n]{1,40}?)\s*$")
# ...and with no label, closing the caption after its last sentence or a spaced dash: Lusa's
# "Estação do Rossio, em Lisboa. JOÃO ROE/LUSA" (the name in capitals), AFP's pictures on
# Yahoo, "Crews clear the road near Nakuru, May 3, 2023 - Jo Roe / AFP".
CAPTION_NAME_AGENCY_RE = re.compile(
    r"(?:(?<=[.!?»”]\s)|\s[-–—]\s)(?P<name>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){1,3})\s*/\s*"
    r"(?P<agency>" + PHOTO_AGENCIES + r")\s*$")
# ...maybe with the agency's picture service after it: "(Jo Roe/PA Wire/PA Images)".
PHOTO_CREDIT_BRACKET_RE = re.compile(
    r"\(\s*(?P<name>[^\W\d_][^/()\n]{1,60}?)\s*/\s*(?P<agency>" + PHOTO_AGENCIES + r")"
    r"(?:\s*/\s*" + PHOTO_AGENCIES + r")*\s*\)\s*$")
# The marks that close a credit's label as a colon does: Armenian's "՝" ("Հեղինակ՝ Name",
# 'author'), which Armenian copy sets after a label as often as a colon.
LABEL_MARKS = ":՝"
# The photographers' labels the vocabulary writes with their colon ("Kuva:", "ภาพ:"), as
# photo labels (PHOTO_LABEL, below) without it; and those that close on a mark of their own,
# with it: "Fot." (Polish, the abbreviation's dot), "Լուսանկարիչ՝" (see PHOTO_LABEL_NAME_RE).
PHOTO_VOCAB_LABELS = clean.longest_first({r[:-1] if r[-1:] == ":" else r for r in vocab.CREDIT_ROLES["photographers"]
                                          if r[-1:] in LABEL_MARKS + "."})
# A photo label, then an agency and a name either way round: "Foto: ANTARA/Nyoman Wibowo"
# (Antara sets the agency first), "Photo: Tran Quoc Viet/VNA" (at a caption's end); a side
# is the agency when it is one we know or an acronym in capitals.
# (Hungarian "Fotó", Greek "ΦΩΤΟ", English "Pictures", Bulgarian "Снимка", Slavic "Фото",
# Uzbek "Surat" / "Сурат", UzA's: "Surat: Jo Roe / UzA")
# A copyright mark may stand before the first side, "Foto: (c) Ana Roe / AGERPRES FOTO"; the
# agency side may end with the word for its photo service ("AGERPRES FOTO") or with its
# initials in brackets ("Picture: Jo Roe/African News Agency (ANA)").
PHOTO_LABEL = (r"(?:photos?|fotos?|fotó|φωτο|φωτογραφία|pictures?|ảnh|fotoğraf|fotograf|foto von|photo by|"
               r"photos by|снимка|снимки|фото|surat|сурат|"
               # Yle's English pages, "Image: Jo Roe / Lehtikuva"; Portuguese and Spanish
               # agencies' own word, ANGOP's "Fotografia: Jo Roe"
               r"images?|imagem|imagen|fotografias?|fotografías?|"
               + "|".join(map(re.escape, PHOTO_VOCAB_LABELS)) + r")")
COPYRIGHT_MARK = r"(?:\((?i:c)\)|©)"
# The service's picture archive may follow, on either side: Belga's "(Photo: BELGA PHOTO
# ARCHIVES / Jo Roe)", "Foto: dpa Archiv/Jo Roe".
PHOTO_SERVICE_WORD = r"(?i:foto|photo)"
PHOTO_ARCHIVE_WORD = r"(?i:archives?|archiv|archivo|arquivo|archivio)"
PHOTO_SERVICE = (r"(?:\s+(?:" + PHOTO_SERVICE_WORD + r"(?:\s+" + PHOTO_ARCHIVE_WORD + r")?|"
                 + PHOTO_ARCHIVE_WORD + r"))")
# Between the two sides a third may stand, the picture agency that distributes the
# photographer's work: APA's "Foto: APA/EXPA/Jo Roe" (the wire, the picture agency, the person).
PHOTO_SIDE = r"[^\W\d_][^/()\[\]\n:|]{1,60}?"
PHOTO_LABEL_SLASH_RE = re.compile(
    r"(?:^|(?<=[\s(\[.]))" + PHOTO_LABEL + r"\s*:\s*(?:" + COPYRIGHT_MARK + r"\s*)?"
    r"(?P<first>" + PHOTO_SIDE + r")" + PHOTO_SERVICE + r"?\s*/\s*"
    r"(?:(?P<middle>[^\W\d_][^/()\[\]\n:|]{1,30}?)\s*/\s*)?"
    r"(?P<second>" + PHOTO_SIDE + r")(?:" + PHOTO_SERVICE + r"|\s*\([A-Z]{2,8}\))?"
    r"\s*[)\].]*\s*$", re.IGNORECASE)
# A name and its agency joined by a spaced dash, either way round: TASR's "FOTO TASR - Jo Roe"
# (its label in capitals, no colon), Anadolu's "(Fotoğraf: Jo Roe - Anadolu Ajansı)" and, in
# its English captions, "(Jo Roe - Anadolu Agency)": unlabelled, a bracket that is the whole
# line or follows the caption's last sentence (``label`` tells the two apart).
SPACED_DASH = r"\s+[-–—]\s+"
# A line's parts set apart by a spaced hyphen, en or em dash: "ANGOP – Agência Angola Press".
SPACED_DASH_SPLIT_RE = re.compile(r" (?:[-–—]|::) ")     # (and a masthead's "::": "GHN :: ...")
# A photo's credit opening its caption, the caption's words after a spaced dash: labelled, the
# agency either side of the slash ("Foto: ČTK/Jana Roe - Stavba nového mostu ...", "Photo : JO
# ROE / AFP - ..."), or a name in capitals before the agency (Lusa: "JOANA ROE/LUSA - Passageiros ...").
CREDIT_BEFORE_CAPTION_RE = re.compile(
    r"^(?P<credit>(?:(?i:" + PHOTO_LABEL + r")\s*:\s*)?[^\W\d_][^:/()\n]{1,60}?/[^/()\n]{1,60}?)"
    r"\s[-–—]\s+(?=\w|[\"“«„])")
PHOTO_CREDIT_DASH_RE = re.compile(
    r"(?:(?:^|(?<=[\s.(\[]))(?P<label>(?i:" + PHOTO_LABEL + r")\s*:|FOTO|PHOTO)\s*|(?:^|(?<=[.!?\"”’]\s))\(\s*)"
    r"(?P<first>[^\W\d_][^/()\[\]\n:|–—]{1,60}?)" + SPACED_DASH
    + r"(?P<second>[^\W\d_][^/()\[\]\n:|–—]{1,60}?)\s*[)\]]?\s*$")
# Europa Press closes its captions with the photographer and the agency between dashes, maybe
# marked as an archive picture: "Archivo - The caption - Jo Roe - Europa Press - Archivo" (a
# hyphen inside a name: "Jean-Luc Roe").
PHOTO_CREDIT_DASH_TAIL_RE = re.compile(
    SPACED_DASH + r"(?P<name>[^\W\d_](?:[^/()\[\]\n:|–—-]|(?<=\w)-(?=\w)){1,40}?)" + SPACED_DASH
    + r"(?P<agency>[^\W\d_][^/()\[\]\n:|–—-]{1,30}?)(?:" + SPACED_DASH + r"(?i:archivo|archive|arxiu))?\s*$")
# (a picture agency's name in capitals, up to twelve letters: "EUROKINISSI", "SHUTTERSTOCK")
PHOTO_ACRONYM_RE = re.compile(r"[A-ZÀ-Ỹ]{2,12}")
# A photo label over a line of its own, then a person's name: "Fotos: Carla Benítez", "Ảnh: Lê Văn An"
# ...maybe with the agency after a comma: "Foto: Jana Roe, ČTK", or a paper's photo service
# of one word before it: "Foto: Fotorzepa, Jana Roe" (Rzeczpospolita's).
# (A name's letters may carry the vowel signs and viramas of the Indic scripts and Thai, no
# word characters to the regex engine: "Foto: प्रिया सिंह", normalize.NAME_MARKS.)
PHOTO_NAME_CHAR = r"[\w'’.\-" + normalize.NAME_MARKS + r"]"
PHOTO_LABEL_NAME_RE = re.compile(
    r"^" + PHOTO_LABEL + r"(?:\s*:|(?<=[.՝]))\s*(?:(?P<service>[^\W\d_][\w'’.&-]*)\s*,\s*)?"
    # (or one word, the initial of the father's name glued to the given name: "Фото: Д.Батзориг")
    r"(?P<name>[^\W\d_]\.[^\W\d_][\w'’-]+(?=\s*(?:$|,|\())|[^\W\d_]" + PHOTO_NAME_CHAR + r"*(?:\s" + PHOTO_NAME_CHAR + r"+){1,4})"
    # (an apostrophe of Uzbek Latin's "o‘" in an agency's name: "Foto: Jo Roe, O‘zA")
    r"(?:\s*,\s*(?P<agency>[^\W\d_][\w'’‘.&-]*(?:\s[\w'’‘.&-]+){0,3})"
    # ...or in brackets after it: "Foto: Lucía Roe (Télam)", "Foto: Jo Roe (dpa)"
    r"|\s*\((?P<bracketed>[^\W\d_][\w'’.&-]*(?:\s[\w'’.&-]+){0,3})\))?\s*$", re.IGNORECASE)
# ...and with the agency whose picture service it is before the label: MTI's "MTI Fotó: Jo Roe",
# "EPA Photo: Jo Roe" (the caller checks the agency's name; this only finds the shape).
AGENCY_PHOTO_LABEL_RE = re.compile(
    r"^(?P<agency>[^\W\d_][\w.&-]*(?:\s[\w.&-]+){0,2}?)\s+(?=" + PHOTO_LABEL + r"\s*:)", re.IGNORECASE)
# ...or closing the caption after its last sentence, maybe with the agency's name before the
# label: "... Debrecenben 2014. március 5-én. MTI Fotó: Jo Roe", "... on Monday. Photo: Jo Roe";
# or in brackets closing the caption's words, as ANGOP's and Lusophone sites set it: "Campo
# de milho no Cuanza (Foto: Jo Roe)".
CLOSING_LABEL_CREDIT_RE = re.compile(
    r"(?:^|(?<=[.!?»”\"]\s)|(?<=[^\W\d_]\s)(?P<open>\())(?:(?P<agency>[^\W\d_][\w-]{1,15})\s+)?(?i:" + PHOTO_LABEL
    + r")\s*:\s*(?P<name>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){1,3})\s*(?(open)\)\.?)\s*$")
# Credits closing a caption in shapes the above leave out: Al Jazeera's square brackets,
# "[Hassan Idris/Al Jazeera]", "[File: Jo Roe/Reuters]" (the name, then its outlet); the
# ABC's "(ABC Riverland: Jo Roe)" after the caption's last sentence (an outlet's acronym or
# an agency, maybe its desk, a colon, the name); "File Photo by Jo Roe/UPI" (any agency).
PHOTO_CREDIT_SQUARE_RE = re.compile(
    r"\[\s*(?:(?i:file|photo|archive)\s*:\s*)?(?P<name>[^\W\d_][^/\[\]\n:]{1,60}?)\s*/\s*"
    r"(?P<outlet>[A-Z][^/\[\]\n]{1,40}?)\s*\]$")
PHOTO_CREDIT_COLON_RE = re.compile(
    r"(?:^|(?<=[.!?\"”’]\s))\(\s*(?P<outlet>[^\W\d_][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})\s*:\s*"
    r"(?P<name>[^\W\d_][^()\n:/]{2,50}?)\s*\)$")
# The Philippine News Agency's, "(PNA photo by Jo Roe)": the agency's name (a known one or an
# acronym), "photo by" and the name, the bracket closing the caption.
PHOTO_AGENCY_BY_RE = re.compile(
    r"(?:^|(?<=\s))\(\s*(?P<agency>[^\W\d_][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})\s+"
    r"(?i:photos?|file\s+photo)\s+(?i:by)\s+(?P<name>[^\W\d_][^()\n:/]{2,50}?)\s*\)$")
PHOTO_BY_SLASH_RE = re.compile(
    r"\b(?i:photos?\s+by|photograph\s*:|photo\s*:)\s*(?P<name>[^\W\d_][^/()\n:]{1,60}?)\s*/\s*"
    r"(?P<agency>[^\W\d_][\w .&-]{1,40}?)\s*[.)\]]*$")
# Belga's caption credit, the agency, "PHOTO" and the name in capitals: "BELGA PHOTO JAN ROE".
PHOTO_AGENCY_CAPS_RE = re.compile(
    r"(?:^|(?<=[\s.(]))(?P<agency>[A-Z][A-Z-]{1,15})\s+PHOTO\s+"
    r"(?P<name>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){1,3})\s*[).]?\s*$")
# Quebec papers' credit over a caption, all in capitals: the label with no colon, the name, a
# comma and the agency or the paper: "PHOTO JEAN ROE, AGENCE FRANCE-PRESSE", "PHOTO JEAN ROE, LA PRESSE".
PHOTO_CAPS_COMMA_RE = re.compile(
    r"^\s*(?:PHOTOS?|FOTOS?)\s+(?P<name>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){1,3})\s*,\s*"
    r"(?P<credit>[^\W\d_][\w'’.&-]*(?:\s[\w'’.&-]+){0,4})\s*$")
# A caption's closing credit after its last sentence, the label and the name with no colon,
# as French regional papers set it: "Des dockers au port, lundi. Photo Jean Roe", or with
# "by" after the label, as the Kenya News Agency's captions close: "... at the hall. Photo by
# Jo Roe".
CAPTION_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
PHOTO_NAME_CLOSING_RE = re.compile(
    r"(?<=[.!?»”]\s)(?:Photos?|Fotos?|PHOTOS?|FOTOS?)(?:\s+(?:by|BY))?\s+(?P<name>" + CAPTION_NAME_WORD
    + r"(?:\s" + CAPTION_NAME_WORD + r"){1,3})\s*$")
# Words of an organisation credited for a photo ("Photo: Kyiv City State Administration"), no person
PHOTO_ORG_WORDS = frozenset(vocab.PHOTO_ORG_WORDS)
CAPTION_START_RE = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b|file photo|photo d'archive|foto de archivo|archivfoto|"
    r"archivbild|photos?\s*:|fotos?\s*:|fotó\s*:|φωτο\s*:|bild\s*:|image\s*:|caption\s*:|légende|ảnh\s*:|"
    r"fotoğraf\s*:|"
    r"(?:archivo|archive|archiv|archives|file)\s+[-–—]\s)",
    re.IGNORECASE)

# (each label also folded: "συντάκτησ:" is how re's IGNORECASE finds "ΣΥΝΤΑΚΤΗΣ:", whose
# capital sigma it does not match to a final "ς")
CREDIT_ROLE_KEYS = clean.longest_first({x for rs in (*vocab.CREDIT_ROLES.values(), vocab.CREDIT_JOINT_ROLES)
                                        for r in rs for x in (r, r.casefold())})
# The fields a role fills (keyed folded: a Greek label's final sigma folds to "σ",
# "Συντάκτης:" -> "συντάκτησ:"); most fill one, a joint role two.
CREDIT_ROLE_OF = {r.casefold(): (f,) for f, rs in vocab.CREDIT_ROLES.items() for r in rs}
CREDIT_ROLE_OF.update(vocab.CREDIT_JOINT_ROLES)
# (a role opens the text or a clause: after a bracket, a semicolon, a comma, a full stop,
# a spaced dash, as in Agência Brasil's "Translation: A - Edition: B", a spaced slash,
# as in EFE's "(Text: A / Translation: B)", or a spaced bar, as in a Persian site's
# "خبرنگار: A | ویراستار: B"; or a slash glued to the name before it and spaced from the
# role after, as in Republika's "Rep: A/ Red: B")
# A credit's name of initials alone, as a desk signs its translator or editor ("Translated
# by E.A.", "Edited by S.I.", Trend): no person's name to index.
CREDIT_INITIALS_RE = re.compile(r"(?:[^\W\d_]{1,2}\.\s?){1,3}[^\W\d_]{0,2}\.?")
# (IRNA sets its closing credits apart with two asterisks: "خبرنگار: A ** انتشاردهنده: B")
CREDIT_ROLE_RE = re.compile(
    r"(?:^|(?<=[(;,.])|(?<=\s[-–—/|])|(?<=\S/)(?=\s)|(?<=\s\*\*))\s*(?P<role>" + "|".join(re.escape(r) for r in CREDIT_ROLE_KEYS)
    + r")\s*:?(?=\s)", re.IGNORECASE)
# A translator's role with the language it was translated from between the role's word and
# its colon or 'by' ("Übersetzung aus dem Slowenischen: Jo Roe", "traduit du néerlandais par
# Jo Roe", "Translated from the Dutch by Jo Roe", "Перевод с английского: Jo Roe"): the
# language's phrase (group "source") is dropped before the roles are read.
# (the translators' roles' first words, not those of "Article translated by", "Summary
# translated by": the word for translating comes later there)
TRANSLATOR_WORDS = clean.longest_first({r.split()[0].rstrip(":").casefold() for r in vocab.CREDIT_ROLES["translators"]
                                        if len(r.split()[0].rstrip(":")) >= 5 and r.split()[0].rstrip(":").isalpha()
                                        and not any(w.startswith("translat") for w in r.casefold().split()[1:])})
TRANSLATION_SOURCE_RE = re.compile(
    r"(?i:\b(?:" + clean.literal_trie(TRANSLATOR_WORDS) + r"))"   # (a trie: ~25 us a line less than the flat list)
    r"(?P<source>\s+(?i:from|aus|du|de|del|dal|dall['’]|dalla|dallo|do|da|uit|het|från|fra|с|со|з|із|z|ze|iz|из)"
    r"(?:\s+(?i:the|dem|der|la|el|lo|il|het|o|a)\b|\s*l['’]|\s+)?\s*[^\W\d_][\w-]*"
    # ...or the desk it was translated at, Reuters Italian's "tradotto in redazione a Danzica da Jo Roe"
    r"|\s+(?i:in\s+redazione\s+a)\s+[^\W\d_][\w-]*)"
    r"(?=\s*:|\s+(?i:by|par|por|von|door|av|af|da)\s)")
# An agency's short name between a role and its colon, "Autor TASR: Jo Roe" (the role's
# text then reads "TASR: Jo Roe"; the name counts when it is an agency's).
ROLE_AGENCY_RE = re.compile(r"(?P<agency>\w{2,10})\s*:\s*")
# A part of a page's "|"-joined credit header: a role with or without its colon, then the
# names, "Penulis Wulan Sari | Editor Agus Prasetyo" (Kompas: labels that need their colon
# elsewhere, as "Penulis buku itu ..." opens a sentence, stand bare between bars).
HEADER_CREDIT_ROLE_OF = {r.rstrip(LABEL_MARKS): f for r, f in sorted(CREDIT_ROLE_OF.items(),
                                                                   key=lambda item: item[0][-1:] in LABEL_MARKS)}
HEADER_CREDIT_RE = re.compile(
    r"^(?P<role>" + "|".join(re.escape(r) for r in sorted(HEADER_CREDIT_ROLE_OF, key=len, reverse=True))
    + r")\s*:?\s+(?P<names>[^\W\d_][^|:;()]{1,80})$", re.IGNORECASE)
# The clause that opens a closing credit paragraph; weaker role words ("par", "von",
# "photo") only count inside a paragraph that one of these opens.
# Labels written with their colon ("Pewarta:", "Toimetaja:") open one too, except a photo's
# (a caption line: "Foto: ANTARA/Name" is read by photo_credit, which tells the agency apart).
CREDIT_OPENERS = tuple(r for r in CREDIT_ROLE_KEYS
                       if r[-1:] in LABEL_MARKS and CREDIT_ROLE_OF[r.casefold()] != ("photographers",)
                       or " " in r or r in ("reportage", "rédaction", "redaktion", "mitarbeit",
                                            "reporting", "editing", "traduction", "redazione",
                                            "reporter", "reporterin", "editor", "editors", "autor", "translation:",
                                            "autorin", "autora", "edição", "edición", "texto",
                                            "tradução", "traducción", "writer", "autorka",
                                            "übersetzung", "oprac.", "tłum.", "přel.", "prel.", "colaborou", "colaboraram",
                                            "colaboró", "colaboraron", "spolupracoval", "spolupracovala",
                                            "spolupracovali", "беседовал", "беседовала",
                                            # the East Slavic 'translated' sign-off, no colon: "Пераклала Jo Roe"
                                            "пераклала", "пераклаў", "переклала", "переклав", "перевела",
                                            "перевёл", "перевел")
                       or r in vocab.PREPARED_BY_ROLES)
CREDIT_OPEN_RE = re.compile(
    r"^\s*(?:[-–—]{1,2}\s*)?\(?\s*(?:" + clean.literal_trie(CREDIT_OPENERS) + r")\s*:?\s"
    # (or a label in Ethiopic closed by its word colon and a dash, or its preface colon:
    # "ዘጋቢ፡- Name"; parse_credits reads it as the colon's label)
    r"|^[\u1200-\u137f]{2,12}(?:\s[\u1200-\u137f]{2,12})?(?:፡-?|፦)\s",
    re.IGNORECASE)
# A second credit after a byline on its line, an editor's, a translator's or a photographer's
# role of two words or more: "By Jo Roe Edited By: Al Day" (Jagran), "Par Jo Roe, traduit par Al Day".
BYLINE_CREDIT_TAIL_RE = re.compile(
    r"[\s,;|]\s*(?=(?:" + clean.literal_trie(tuple(
        r for r in CREDIT_OPENERS if " " in r and CREDIT_ROLE_OF[r.casefold()][0] != "reporters"))
    + r")\s*:?\s)", re.IGNORECASE)
# "(Jo Roe, édité par Al Day)", "(Name. Редактор Name)": the reporter's name with no role,
# then an editor's or translator's role (tried only on a bracketed line).
NAME_THEN_ROLE_RE = re.compile(
    r"^\s*\(\s*(?P<name>[^\W\d_][^();,.:\d]{2,40}?)[.,;]\s+(?=(?:" + clean.literal_trie(tuple(
        r for r in CREDIT_ROLE_KEYS if CREDIT_ROLE_OF[r.casefold()][0] in ("editors", "translators")
        and (" " in r or r[-1:] in LABEL_MARKS or r in ("редактор", "editor")))) + r")\s*:?\s)", re.IGNORECASE)
# "(Por Tatiana Bressan; edição de Roberto Samora)": a byline word, then roles after a semicolon.
BY_CREDIT_OPEN_RE = re.compile(r"^\s*\(\s*(?:por|par|by|von)\s+[^();]{3,60};", re.IGNORECASE)
# "(Bangkok Newsroom; Editing by ...)": a desk named before the roles (tried only on a line
# with a semicolon near its start: most lines are prose, and this costs more).
DESK_CREDIT_OPEN_RE = re.compile(
    r"^\s*\(\s*[^\W\d_][\w .'’-]{0,30}\s(?:newsroom|bureau|desk)\s*;\s*(?:"
    + clean.literal_trie(CREDIT_OPENERS) + r")\s*:?\s", re.IGNORECASE)
# A name written family name first, as a database's author field has it: "Roe, Jo", "de la
# Cruz, Ana María" (a word of one capitalised name on each side of one comma).
INVERTED_NAME_RE = re.compile(
    r"^(?P<family>(?:[a-z]{1,3}\s)*[^\W\d_][\w'’-]+(?:[\s-][^\W\d_][\w'’-]+)?),\s*"
    r"(?P<given>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?)$")
# Where a credit's names stop and a sentence begins: "redigiert von Ralf Banser. Bei Rückfragen ..."
# (a dot after a word of two letters or more, so initials like "A. Lee" stay).
CREDIT_SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[^\W\d_])")
# (The credit group runs from the bracket to the closing one whichever opener matched.)
# Agerpres closes its last paragraph with the agency, a slash and the credits after the
# desk's initials: "... temporar. AGERPRES/(A - autor: Ana Pop, editor: Dan Ilie)".
# ANSA sets its own closing bracket after the credit's: "... ligure. (Ha collaborato Jo Roe) (ANSA)."
# With a foreign agency's copy, both agencies, slash-joined, then a space before the bracket:
# "AGERPRES/AFP (AS - traducere: Ana Pop, editor: Dan Ilie)".
TRAILING_CREDIT_RE = re.compile(
    r"\s*(?:(?P<agency>[A-Z]{2,12})\s*/\s*|(?P<agencies>[A-Z]{2,12}(?:\s*/\s*[A-Z][A-Za-z-]{1,11})+)\s+)?\((?:[^\W\d_]{1,3}\s*[-–]\s*)?(?P<credit>(?:" + clean.literal_trie(CREDIT_OPENERS) + r")\s*:?\s[^()]{2,400})\)"
    r"(?:\s*\((?P<closing>[^\W\d_][^()]{1,20})\)\.?)?\s*$",
    re.IGNORECASE)
# ...and bare, as a feed item's description runs Reuters' trailer into its last paragraph:
# "... as print sales flatten. Reporting by Jo Roe; Editing by Al Day" (after a sentence's
# end, an opener of two words or more: a sentence opening "Editor ..." or "Texto ..." is none).
# (the stop consumed, not looked behind at: a class first lets re skip to the stops; the
# credit is stripped from the match's start + 1)
TRAILING_BARE_CREDIT_RE = re.compile(
    r"[.!?\"”’]\s+(?P<credit>(?:" + clean.literal_trie(tuple(r for r in CREDIT_OPENERS if " " in r))
    + r")\s*:?\s[^()]{2,400}?)[.\s]*$", re.IGNORECASE)
# Sign-offs and closing notes: " Reuter", "(dpa)", "(APA, 1.2.2015)", "AFP", "dpa xy/ab",
# "==Kyodo", or in square brackets, as Greek sites tag the agency's copy: "[AMNA]".
# (The agency in any script: Hebrew sites close with "(רויטרס)".)
# (Agencies joined by an en dash, as STT signs its copy with AFP's: "STT–AFP".)
# (agencies joined by a slash, a comma, a dash or an "and": "(Reuters and AP)", Hebrew's
# prefixed "ו" in "(רויטרס ו-AP)", "(AP ורויטרס)")
SIGNOFF_JOIN = r"(?:\s*[/,–]\s*|\s+(?:and|et|und|y|e|og|och|en)\s+|\s+ו-?)"
SIGNOFF_RE = re.compile(
    r"^\s*(?:={2,}\s*)?[(\[]?\s*(?P<agencies>[^\W\d_][\w\-]*(?:" + SIGNOFF_JOIN + r"[^\W\d_][\w\-]*)*?)"
    r"(?:\s*,?\s*(?P<date>\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})|\d{4}-\d\d-\d\d))?\s*[)\]]?"
    r"(?:\s+[A-Za-z]{1,6}(?:/[A-Za-z]{1,6})+)?\s*\.*\s*$")
# Where a sign-off's agencies part: "dpa/AFP", "APA, 1.2.2015", "STT–AFP".
SIGNOFF_SPLIT_RE = re.compile(SIGNOFF_JOIN)
# An agency's full name with its initials in brackets, alone on a line under the copy:
# "African News Agency (ANA)", "— Agence France-Presse (AFP)".
AGENCY_WITH_INITIALS_RE = re.compile(
    r"^[-–—\s]*(?P<name>[^\W\d_][^()\n]{2,60}?)\s*\((?P<initials>[^\W\d_][\w-]{1,11})\)\s*\.?$")
# Papers running agency copy close its last paragraph with the agency after a dash: "...
# on Sunday. — SPA", "... after a year. — VNA/VNS" (the agency, then the paper's own initials);
# some close the credit with a full stop as well: "... she said. — Xinhua." (The Herald).
# Thai writes no full stop: the dash follows the last word ("... 1.8 ล้านคน – สำนักข่าวไทย", TNA),
# and its vowel and tone marks are no word characters; or a full stop and a hyphen, glued
# ("... ต่อไป.-สำนักข่าวไทย", TNA's own pages). Nepali closes with the danda, the
# agency glued to its dash: "... सम्पन्न भएको छ । –रासस" (RSS), its vowel signs no word characters either.
THAI_RANGE = "\u0E00-\u0E7F"
# A closing sentence crediting the agency, a word for its report and its name in the
# genitive (vocab.CLOSING_REPORT_WORDS): "... আশা করছেন। খবর রয়টার্সের।" ('Reuters reports').
TRAILING_REPORT_CREDIT_RE = re.compile(
    r"(?:^|(?<=[.!?।]))\s*(?:" + clean.literal_trie(vocab.CLOSING_REPORT_WORDS) + r")\s+"
    r"(?P<agency>[^\s.!?।]{2,30}(?:\s[^\s.!?।]{1,30})?)\s*[.।]?\s*$")
TRAILING_REPORT_CHARS = 80    # the sentence is short: the word and a name of a word or two
# (the agency's site written out after its name, as a government agency signs: "... every
# school day. – SAnews.gov.za")
SITE_DOMAIN_SUFFIX = r"(?:\.(?:com|net|org|gov|info|news|co|[a-z]{2})){1,2}"
TRAILING_DASH_AGENCY_RE = re.compile(
    r"(?:(?<=[.!?\"”’।" + THAI_RANGE + r"])\s+[—–]|(?<=[" + THAI_RANGE + r"]\.)-)\s*(?P<agencies>[^\W\d_][\w" + THAI_RANGE + INDIC_LETTERS
    + r"-]{1,15}"
    r"(?:\s*/\s*[^\W\d_][\w-]{1,15}){0,3})(?:" + SITE_DOMAIN_SUFFIX + r")?\.?\s*$")
# A closing note of the agencies a site's story draws on: "(Avec AFP et Reuters)", "(With AFP)".
AGENCY_NOTE_RE = re.compile(r"^\(\s*(?:avec|with|mit|con|com)\s+(?P<agencies>[^()]{2,50}?)\s*\)\.?$",
                            re.IGNORECASE)
# A reporter's signature in brackets under the copy, the name and the agency after a comma:
# Agência Estado's "(Jo Roe, da Agência Estado)", "(Jo Roe, Folhapress)".
BRACKETED_SIGNATURE_RE = re.compile(r"^\((?P<sign>[^(),]{4,50},\s*[^(),]{2,40})\)\.?$")
# A sign-off set apart at the end of a table line: "total 55.8 (33.7).        REUTER"
SIGNOFF_TAIL_RE = re.compile(r"(?:\s{3,}|^\s*|(?<=[.)]) )(?P<agency>REUTERS?|Reuters?)(?:\.+|\d\d:\d\d/\w+|\^M)*\s*$")
# Ends of copy: "(END)" (Yonhap), "-30-", "###", "(FIN)", "(Ende)", the Persian agencies'
# "انتهای پیام/" ('end of message').
STORY_END_RE = re.compile(
    r"^\(?\s*(?:end|ends|fin|fim|ende|fine|schluss|-30-|#{3,}|\*{3,}|انتهای\s+پیام\s*/?)\s*\)?\.?"
    r"(?:\s+[a-z]{1,6}(?:/[A-Za-z]{1,6})+)?$", re.IGNORECASE)
# Feed slug lines: "APA0345    5 II 0321 WI" (agency letters glued to a serial number).
FEED_CODE_RE = re.compile(r"^[A-Z]{2,5}\d{3,6}(?:\s+[A-Z0-9]{1,6}){0,8}$")
# AFP desk signatures closing the copy: "lm/jmr/ab", "bur-ab/cd".
# (a part of seven letters for "Reuters" among a site's sources: "kko/dpa/Reuters")
# (in brackets too, as Swiss Italian sites close Keystone-ATS copy: "(ats/red)", the agency
# and the site's desk)
DESK_CODE_RE = re.compile(r"^(?:[a-z]{1,6}(?:-[a-z]{1,6})?(?:/[A-Za-z]{1,7}){1,6}"
                          r"|\([a-z]{1,6}(?:-[a-z]{1,6})?(?:/[A-Za-z]{1,7}){1,6}\))$")
# A closing line of only the time the story was sent, its day left to the story's date: SPA's
# "14:53 LOCAL TIME 11:53 GMT" (the local time, then GMT's: GMT's is kept), "11:53 GMT",
# "1153 GMT", "14:53 LOCAL TIME".
SENT_CLOCK = r"[0-2]\d:?[0-5]\d"
LOCAL_TIME_WORDS = r"local(?:\s+time)?"
# (A 12-hour clock alone, "01:47 PM", is the second line of a stamp whose day is above it:
# Dow Jones's "(END) DOW JONES NEWS  03-03-98", END_STAMP_RE.)
TWELVE_HOUR_CLOCK = r"[01]?\d:[0-5]\d\s*[AP]\.?M\.?"
CLOSING_TIME_RE = re.compile(
    r"^(?:(?P<local>" + SENT_CLOCK + r")\s+" + LOCAL_TIME_WORDS + r"(?:\s+|$))?"
    r"(?:(?P<time>" + SENT_CLOCK + r")\s*(?P<tz>GMT|UTC))?$"
    r"|^(?P<twelve>" + TWELVE_HOUR_CLOCK + r")$", re.IGNORECASE)
# The time a story was sent, at its end: DDHHMM, maybe a zone, month, two-digit year, after
# the agency and the desk's initials or on a line of its own.
# (Any agency in capitals: KUNA's teletype "KUNA 131747 Mar 99", its end-of-message "NNNN"
# glued to the year.)
# (Arabic copy writes the agency and the zone in its letters: "كونا 101432 جمت يول 98", KUNA's
# 14:32 GMT on 10 July 1998; vocab.SENT_ZONE_WORDS.) The teletype may glue the agency to
# the day-time group: "كونا141532 جمت مايو 17". From the late 2000s the year has its four
# digits: "كونا 031540 جمت اكت 2009".
SENT_AGENCY = r"dpa|afp|[A-Z]{2,6}|[\u0621-\u064a]{2,6}"
SENT_ZONE = "|".join(("GMT", "UTC", "MEZ", "MESZ", "CET", "CEST", *vocab.SENT_ZONE_WORDS))
SENT_STAMP_RE = re.compile(
    r"^(?:(?P<agency>" + SENT_AGENCY + r")(?:\s+[a-z]{1,4}(?:/[a-z]{1,4})*){0,5}\s*)?"
    r"(?P<d>[0-3]\d)(?P<H>[0-2]\d)(?P<M>[0-5]\d)\s+(?:(?P<tz>" + SENT_ZONE + r")\s+)?"
    r"(?P<mon>[^\W\d_]{3,4}\.?)\s+(?P<y>(?:19|20)?\d\d)(?:NNNN)?$")
# ...and the time, the zone, then the whole day, year first: "بنا 1732 جمت 2023/10/09" (BNA),
# "SPA 0915 GMT 2024-03-05" (the agency required: a line of a time and a day alone is a table's).
SENT_TIME_DATE_RE = re.compile(
    r"^(?P<agency>" + SENT_AGENCY + r")\s+(?P<H>[0-2]\d)(?P<M>[0-5]\d)\s+(?P<tz>" + SENT_ZONE + r")\s+"
    r"(?P<y>(?:19|20)\d\d)(?P<sep>[/-])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)$")
# A line naming the story's sources: "Quelle: dpa", "Fonte: Ansa", "Source : AFP",
# Deutsche Welle's "ust/kle (dpa, afp)".
# In any of vocab.SOURCE_LABELS ("Forrás: MTI", "Πηγή: ΑΠΕ-ΜΠΕ", "来源：新华社"), or after
# a word that says "according to" with no colon ("Theo TTXVN"; ``word`` set: all must be agencies).
# (The label may open a bracket closed after the agencies: "(fonte: ANSA)", Italian sites.)
SOURCE_LABEL_TRIE = clean.literal_trie(vocab.SOURCE_LABELS)
SOURCE_LINE_RE = re.compile(
    r"^(?:\(\s*(?=(?i:" + SOURCE_LABEL_TRIE + r")\s*[:：][^()]+\)\.?$))?"
    # (Ethiopic copy closes the label with its word colon, a dash after it, or its preface
    # colon: "ምንጭ፡- ኢዜአ", "ምንጭ፦ ኢዜአ")
    r"(?:(?i:" + SOURCE_LABEL_TRIE + r")\s*(?:[:：]|፡-?|፦)"
    r"|(?P<word>(?i:" + clean.literal_trie(vocab.SOURCE_WORDS) + r"))\s"
    r"|[a-z]{2,4}(?:/[a-z]{2,4})+\s*(?=\())\s*\(?(?P<agencies>[^()]{2,60}?)\)?\.?$")
# A source line run on after a credit's names, as a page's author box joins its two fields:
# "Autor: Ewa Roe Źródło: PAP", "Texte: Jo Roe Quelle: dpa": the label ends the names.
CREDIT_SOURCE_CUT_RE = re.compile(
    r"\s(?i:" + SOURCE_LABEL_TRIE + r")\s*[:：]")
# A desk's credit with no person and no agency named, set where a byline goes: "Staff and
# wire reports", "From wire services", "Compiled from news agencies".
WIRE_REPORTS_RE = re.compile(
    r"^(?i:(?:from\s+|compiled\s+from\s+)?(?:(?:staff|our)\s+(?:and|&)\s+)?"
    r"(?:wire|news)\s+(?:reports|services|agencies|agency reports))\.?$")
# A closing note of the agencies a site's story drew on: "Information from Reuters and The
# Associated Press was used in this report.", "Material from AFP was used in this story."
INFORMATION_FROM_RE = re.compile(
    r"^(?:(?:Some\s+)?(?:[Ii]nformation|[Mm]aterial|[Rr]eporting|[Rr]eports)\s+from\s+)"
    r"(?P<agencies>[^\W\d_][^.]{1,80}?)\s+(?:was|were|has been|have been)\s+used\s+in\s+"
    r"(?:this|the)\s+(?:report|story|article)\.?$")
INITIALS_SIGNOFF_RE = re.compile(r"^(?:dpa|AFP|EFE|APA|ANSA)(?:\s+[a-z]{1,4}\d?){2,6}$")
# ...and any known agency's, its name in brackets or not: "NZPA gw mc", "(Hina) xmb ymc"; or
# the editor's initials after a slash, as Keystone-SDA's English service signs: "Keystone-SDA/ts".
AGENCY_INITIALS_RE = re.compile(r"^\(?(?P<agency>[^\W\d_][\w-]{1,15})\)?(?:[\s/]+[a-z]{1,4}\d?){1,6}$")
# An agency's name in slashes on its own line under the copy: "/أ ش أ/" (MENA), "/Agerpres/";
# and the agency it took the story from after the closing slash, as Ritzau credits foreign
# copy: "/ritzau/Reuters".
SLASHED_SIGNOFF_RE = re.compile(r"^/\s*(?P<agency>[^/\d]{2,30}?)\s*/(?P<source>[^\W\d_][\w-]{1,15})?$")
# An agency's name in brackets closing the last paragraph: "... their offices. (PNA)"; after
# a script's own full stop too ("... رابطہ کریں۔ (اے پی پی)", Urdu's, head_patterns.SCRIPT_FULL_STOPS).
TRAILING_AGENCY_RE = re.compile(r"(?<=[.!?\"”’" + SCRIPT_FULL_STOPS + r"])\s*\((?P<agency>[^\W\d_][^()\n]{1,30})\)\s*$")
# ...and with the day after a comma, as Austrian sites close APA's copy: "... Euro. (APA,
# 23.1.2024)", or with several agencies, a comma or a slash between them: "(APA, dpa,
# 14.1.2025)". The day makes it a credit wherever the paragraph stands (a page's chrome may follow).
# The day may follow the name with no comma and with slashes, as the Vatican's missionary
# agency closes each item, on a line of its own after the desk's initials: "(L.M.) (Agenzia
# Fides 12/3/2019)" (the day first or not as the story's other dates say: dates.day_first).
DATED_AGENCY_NAME = r"[^\W\d_][^()\n,/]{1,30}"
TRAILING_DATED_AGENCY_RE = re.compile(
    r"(?:(?<=[.!?\"”’)])|^)\s*\((?P<agency>" + DATED_AGENCY_NAME + r"(?:\s*[,/]\s*" + DATED_AGENCY_NAME
    + r"){0,3}?)(?:,\s*|\s+)"
    r"(?P<date>[0-3]?\d\.[01]?\d\.(?:19|20)?\d\d|[0-3]?\d/[0-3]?\d/(?:19|20)\d\d)\)\s*$")
# The agency credited in a story's lead: "..., Ukrinform reports.", "Про це повідомляє
# кореспондент Укрінформу." (Ukrinform's house style, with no dateline and no sign-off).
LEAD_CREDIT_RE = re.compile(
    r",\s+(?P<agency>[A-Z][\w-]+(?:\s[A-Z][\w-]+){0,2})\s+(?:reports|reported|has learned)\b"
    r"|\b(?:повідомляє|повідомляють|передає|сообщает|передает)\s+(?:(?:власний\s+|собственный\s+)?"
    r"(?:кореспондент(?:ка)?|корреспондент)\s+)?(?P<agency2>[^\W\d_][\w-]+)")
# An agency's own opening formula at a paragraph's start, naming itself as the source:
# Persian "به گزارش خبرگزاری تسنیم از تبریز، ..." ('as the Tasnim news agency reports from
# Tabriz'), "به گزارش خبرنگار ایرنا" ('as IRNA's reporter reports'); Arabic "ذكرت وكالة الأنباء
# السعودية أن ..." ('the Saudi Press Agency reported that'). ``words``: the agency's name and
# what follows it.
LEAD_SOURCE_RE = re.compile(
    r"(?m)^\s*(?:به\s+گزارش\s+(?:خبرنگار\s+)?(?:خبرگزاری\s+)?|و?(?:ذكرت|أفادت|أوردت)\s+)"
    r"(?P<words>[^\s،,.]+(?:\s+[^\s،,.]+){0,3})")
# The agency next to the words for "news agency" in a South Asian lead (vocab.NEWS_AGENCY_WORDS),
# before or after them: "... সংবাদ সংস্থা পিটিআই জানিয়েছে" ('the news agency PTI has said'),
# "රොයිටර් පුවත් සේවය" ('the Reuters news service'); a suffix may be glued to either
# ("വാർത്താ ഏജൻസിയായ പിടിഐയാണ്", 'it is the news agency PTI'). Only names in those scripts.
NEWS_AGENCY_NAME = "(?:" + clean.literal_trie(
    k for k in (*vocab.AGENCY_ALIASES, *vocab.BRACKET_AGENCY_ALIASES) if not k.isascii() and " " not in k) + ")"
NEWS_AGENCY_WORD = "(?:" + clean.literal_trie(vocab.NEWS_AGENCY_WORDS) + ")"
LEAD_NEWS_AGENCY_RE = re.compile(
    r"(?<!\S)" + NEWS_AGENCY_WORD + r"\S*\s+(?P<agency>" + NEWS_AGENCY_NAME + r")"
    r"|(?<!\S)(?P<agency2>" + NEWS_AGENCY_NAME + r")\S*\s+" + NEWS_AGENCY_WORD)
LEAD_SOURCE_WORDS = 4     # the longest agency name the formula may hold: "وكالة أنباء الشرق الأوسط"
LEAD_CREDIT_CHARS = 800   # the lead's first paragraphs: further down an agency is a source quoted
# A transmission stamp closing US wire copy, month first: AP's "AP-NY-07-14-98 1532EDT",
# Dow Jones's "03-05-04 1432ET" (a two-letter zone, its summer time read by the date). AP's
# names the agency whose copy it closes.
WIRE_STAMP_RE = re.compile(
    r"^(?:(?P<agency>AP)-[A-Z]{2}-)?(?P<m>[01]\d)-(?P<d>[0-3]\d)-(?P<y>\d\d)\s+(?P<H>[0-2]\d)(?P<M>[0-5]\d)\s*"
    r"(?P<tz>[A-Z]{2,4})<?$")
# AP's teletype sign-off of the 1950s-70s: the operator's initials glued to the time and AP's
# zone code (a.m./p.m., the zone, standard or daylight: "PES", "ACD"), then the day month first
# with a two-digit year: "JR1247PES 3/5/63".
OPERATOR_SIGNOFF_RE = re.compile(
    r"^(?P<op>[A-Z]{1,3})(?P<H>[01]\d)(?P<M>[0-5]\d)(?P<ap>[AP])(?P<zone>[ECMP])(?P<dst>[SD])\s+"
    r"(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d\d)$")
# UPI's closing stamp: the agency, the day month first, the time and the desk's initials,
# "upi 01-21-86 09:14 aes" (no zone: the time is read as written).
AGENCY_STAMP_RE = re.compile(
    r"^(?P<agency>[A-Za-z]{2,6})\s+(?P<m>[01]\d)-(?P<d>[0-3]\d)-(?P<y>\d\d)\s+(?P<H>[0-2]\d):?(?P<M>[0-5]\d)"
    r"(?:\s+[a-z]{1,4})*$")
# ...and the day first and dotted, the agency maybe in brackets, as Anadolu's teletype closed
# its copy: "(AA) 12.03.1985 1610", "AA 4.11.83 09:20" (the time as written).
AGENCY_DOTTED_STAMP_RE = re.compile(
    r"^(?P<open>\()?(?P<agency>[A-Za-z][A-Za-z.]{1,5})(?(open)\))\s+(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\."
    r"(?P<y>(?:19|20)?\d\d)\s+(?P<H>[0-2]\d):?(?P<M>[0-5]\d)$")
# Dow Jones's closing stamp: the end mark and the service's name, "(END) Dow Jones
# Newswires" (its day and time on the line below); on its 1990s plain copy in capitals and
# with the day month first, "(END) DOW JONES NEWS  03-03-98", its time either after the day
# or on a line of its own below ("01:47 PM", CLOSING_TIME_RE's 12-hour clock).
END_STAMP_CLOCK = r"[0-2]?\d:[0-5]\d(?:\s*[AaPp]\.?[Mm]\.?)?"
END_STAMP_RE = re.compile(
    r"^\(END\)\s+(?P<agency>[^\W\d_][^\W\d_ .&'-]*(?:[ .&'-]+[^\W\d_]+){0,4})"
    r"(?:\s+(?P<m>[01]\d)-(?P<d>[0-3]\d)-(?P<y>\d\d)(?:\s+(?P<clock>" + END_STAMP_CLOCK + r"))?)?$")
# Reuters' 1980s closing stamp, the time and its zone before the day: "0532 GMT 5-MAR-87";
# other agencies' teletype spaced it ("0905 GMT 3 JUN 81", Tanjug).
TIME_FIRST_STAMP_RE = re.compile(
    r"^(?P<H>[0-2]\d)(?P<M>[0-5]\d)\s+(?P<tz>GMT|UTC|[A-Z]{2,4})\s+"
    r"(?P<d>[0-3]?\d)(?P<sep>[-\s])(?P<mon>[^\W\d_]{3,4})(?P=sep)(?P<y>\d\d)$")
# MTI's teletype stamp closing an item under the desk's initials: the year, month and day
# run together, then the hour and minute ("921012 1621", 12 October 1992 at 16:21).
DIGIT_DATE_TIME_STAMP_RE = re.compile(
    r"^(?P<y>\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\s+(?P<H>[0-2]\d)(?P<M>[0-5]\d)$")
# AAP's teletype stamp: the agency, the day, hour and minute run together (a day-time
# group), the zone, the month and a two-digit year: "AAP 180932 AEDT Mar 98" (18th, 09:32).
# TASS's sets the item's number before the group and no zone: "TASS 312 031154 OCT 89".
DAY_TIME_GROUP_STAMP_RE = re.compile(
    r"^(?P<agency>[A-Za-z]{2,6})\s+(?:\d{1,4}\s+)?(?P<d>[0-3]\d)(?P<H>[0-2]\d)(?P<M>[0-5]\d)\s+(?:(?P<tz>[A-Z]{2,5})\s+)?"
    r"(?P<mon>[^\W\d_]{3,4})\.?\s+(?P<y>\d\d)$")
# A closing stamp with the agency, the time and its zone, then the day in numbers, day first:
# "MENA 1432 GMT 14/06/1988".
AGENCY_TIME_DAY_STAMP_RE = re.compile(
    r"^(?P<agency>[A-Za-z]{2,6})\s+(?P<H>[0-2]\d)(?P<M>[0-5]\d)\s+(?P<tz>GMT|UTC|[A-Z]{2,4})\s+"
    r"(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-](?P<y>(?:19|20)?\d\d)$")
# ...and its sign-off, the agency in capitals and the desk's initials: "REUTER AHL".
CAPS_INITIALS_SIGNOFF_RE = re.compile(r"^(?P<agency>[A-Z][A-Z-]{2,15})(?:\s+[A-Z]{2,4}){1,3}$")
# A site's or desk's closing note of the agencies its story draws on: "With inputs from
# WAM", "(With inputs from PTI and agencies)", "Some information for this report came from
# The Associated Press and Reuters." (VOA); "Material from Reuters was used in this report." is
# INFORMATION_FROM_RE's. Brazilian sites close with the same note in Portuguese, the
# preposition joined to the agency's article: "Com informações da Agência Brasil", "Com
# informações do Estadão Conteúdo e da Reuters", "Com informações de agências".
INPUTS_NOTE_RE = re.compile(
    r"^\(?\s*(?:(?i:with\s+)?(?i:inputs?|input|information|reporting)\s+(?i:from|by)"
    r"|(?i:some\s+)?(?i:information|material|details)\s+(?i:for|in)\s+this\s+(?i:report|story|article)\s+"
    r"(?i:came|comes|was\s+provided|is)\s+(?i:from|by)"
    r"|(?i:com\s+informaç(?:ões|ão|oes|ao)\s+d[aoe]s?)"
    # Israeli sites' closing note, 'in the story we used (were used) the reports of':
    # "בכתבה השתמשנו בדיווחי רויטרס ו-AP" (the agencies joined by a glued "ו", 'and')
    r"|(?P<he>בכתבה\s+(?:השתמשנו|נעשה\s+שימוש|שולבו)\s+(?:ב)?דיווח(?:י|ים\s+של)))"
    r"\s+(?P<agencies>[^\W\d_][^()]{1,80}?)\s*\)?\.?\)?$")
# Hebrew's "and" glued to the next name: "רויטרס ו-AP", "רויטרס וסוכנויות הידיעות".
HEBREW_AND_RE = re.compile(r"\sו-?(?=\S)")
# The preposition or article a later part of such a note keeps: "... e da Reuters", "... and the AP".
INPUTS_PART_LEAD_RE = re.compile(r"^(?i:d[aoe]s?|the)\s+(?=\S)")
# Words of a generic credit among the agencies a note names: "and agencies", "news agencies",
# "de agências".
GENERIC_SOURCE_RE = re.compile(
    r"^(?i:(?:other\s+|news\s+|wire\s+)?(?:agencies|agency|wires?|wire services|agências|agencias)"
    r"|סוכנויות(?:\s+הידיעות)?)$")
# The affiliation under a byline, on a line of its own: "By Jo Roe" / "Of DOW JONES NEWSWIRES".
BYLINE_OF_RE = re.compile(r"^(?i:of|for)\s+(?P<aff>[^\W\d_][^\n]{1,60})$")
# Notes that stand as sentences of their own, at the copy's end or above it:
# The Canadian Press's "This report by The Canadian Press was first published Feb. 17, 2023."
CLOSING_PUBLISHED_RE = re.compile(
    r"^This (?:report|story|article)\b(?P<by>.{0,60}?)\s(?:was|is)\s+(?:first|originally)\s+"
    r"published\s+(?:on\s+)?(?P<date>\S.{4,40}?)\.?$")
# The same note in French, Italian, Spanish, Portuguese and German, the wire that carried it
# named or not: "Cet article a été diffusé sur le fil ATS le 6 mai 2019 à 14:05.", "Questo
# articolo è stato pubblicato il 3 marzo 2021 alle 10:12", "Este artículo fue publicado
# originalmente el 2 de mayo de 2022", "Dieser Artikel wurde am 4. Mai 2020 um 9:30 Uhr veröffentlicht".
CLOSING_PUBLISHED_OTHER_RE = re.compile(
    r"^(?:Cet article a été|Cette dépêche a été|Questo articolo è stato|Questa notizia è stata|"
    r"Este artículo (?:fue|ha sido)|Esta nota (?:fue|ha sido)|Este artigo foi|Esta notícia foi)\s+"
    r"(?:initialement\s+|originariamente\s+|originalmente\s+)?"
    r"(?:diffusée?|publiée?|mise? en ligne|pubblicat[oa]|diffus[oa]|publicad[oa]|difundid[oa]|publicad[oa]|divulgad[oa])\s+"
    r"(?:initialement\s+|originalmente\s+|pour la première fois\s+|per la prima volta\s+|"
    r"por primera vez\s+|pela primeira vez\s+)?(?P<by>(?:sur|su|en|no|na|in|por|par|da)\s.{1,40}?\s)?"
    r"(?:le|il|el|em|en)\s+(?P<date>\d.{4,40}?)\.?$"
    r"|^Diese[rs]? (?:Artikel|Beitrag|Meldung) wurde\s+(?:zuerst\s+|erstmals\s+)?am\s+(?P<date_de>\d.{4,40}?)\s+"
    r"(?P<by_de>(?:im|über|auf)\s.{1,40}?\s)?(?:veröffentlicht|verbreitet|publiziert)\.?$")
# "This article was translated from Swedish by Maja Lindqvist." (an English site's note)
# ...or naming the writer of the original first: "This story was originally written in te reo
# Māori by Jo Roe and translated into English by Al Day." (the writer is the byline's)
TRANSLATED_NOTE_RE = re.compile(
    r"^(?:This (?:article|story|report|text) (?:was|has been|is) )?"
    r"(?:(?:originally |first )?written in [^\W\d_]+(?: [^\W\d_]+){0,2} by [^\W\d_][^.]{1,60}? and )?"
    r"(?i:translated) (?:from (?:the )?(?:original )?[^\W\d_]+(?: into [^\W\d_]+)?|into [^\W\d_]+) by "
    r"(?P<names>[^\W\d_].{2,80}?)\.?$")
# ...and in the Romance languages, the story named first: "Esta nota fue traducida del inglés
# por Jo Roe.", "Este texto foi traduzido do inglês por Jo Roe.", "Cet article a été traduit
# de l'anglais par Jo Roe.", "Questo articolo è stato tradotto dall'inglese da Jo Roe."
TRANSLATED_NOTE_OTHER_RE = re.compile(
    r"^(?:Est[ea] (?:nota|artículo|articulo|texto|noticia|artigo|notícia|matéria|crónica|información) "
    r"(?:fue|ha sido|foi) (?:traducid[oa]|traduzid[oa])"
    r"|Cet(?:te)? (?:article|dépêche|texte|information) a été tradui(?:t|te)"
    r"|Quest[oa] (?:articolo|testo|notizia) è stat[oa] tradott[oa])"
    r" (?:del |do |da |du |dal |dallo |de l['’]|dall['’])[^\W\d_]+(?: (?:al|para o|en|vers l['’]) ?[^\W\d_]+)?"
    r" (?:por|par|da) (?P<names>[^\W\d_].{2,80}?)\.?$")
# An agency's site under its copy: "Only some of the stories that Anadolu Agency distributes
# to its subscribers are published on this website."
AGENCY_SITE_NOTICE_RE = re.compile(
    r"^Only (?:some|a (?:selection|part|few)) of the (?:news )?(?:stories|news|articles|reports) "
    r"(?:that )?(?P<agency>[^\W\d_][\w .'’-]{1,40}?) (?:distributes|sends|provides|offers) to its "
    r"(?:subscribers|clients|customers)\b")
# An Indian portal's note under copy it runs from an agency's wire untouched: "(Only the
# headline of this report may have been reworked by X staff; the rest of the content is
# auto-generated from a syndicated PTI feed.)", "... is published from a syndicated IANS
# feed", "... auto-generated from the PTI news agency feed": the agency named before "feed".
SYNDICATED_FEED_NOTE_RE = re.compile(
    r"\b(?i:generated|published|sourced|taken|carried)\s+(?i:from|via|through)\s+(?i:an?\s+|the\s+)?"
    r"(?i:syndicated\s+)?(?P<agency>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})\s+"
    r"(?i:(?:news\s+)?(?:agency\s+|wire\s+)?feed)\b")
# A site's closing note that the story ran first on another site, the agency's own: Kompas'
# "Artikel ini telah tayang di Antaranews.com dengan judul ...", "This article first appeared
# on ...", "This story was originally published by ...", "Este artículo fue publicado
# originalmente en ...", "Este texto foi publicado originalmente em ...", "Cet article a
# été initialement publié sur ...". The site: a name or a web address.
REPUBLISHED_NOTE_RE = re.compile(
    r"^(?:(?i:artikel|berita) ini (?:telah )?(?:tayang|terbit|dimuat) (?:di|dalam)"
    r"|(?i:this) (?:article|story|report) (?:first appeared|was (?:first|originally) (?:published|posted)) (?:on|in|by|at)"
    r"|(?i:este) (?:artículo|texto|material) (?:fue |fo[iu] )?(?:publicad[oa] |se publicó )(?:originalmente |primero )?(?:en|em|no|na|pel[oa]|por)"
    r"|(?i:cet) article a (?:d'abord |initialement )?été (?:initialement |d'abord )?publié (?:sur|par|dans))"
    r"\s+(?P<site>[^\W\d_][\w.&’'-]*(?:\s+[^\W\d_][\w.&’'-]*){0,3}?)(?=[\s,.]|$)")
EMAIL_LINE_RE = re.compile(r"^\(?\s*\S+@\S+\.\w+\s*\)?$")
# "Associated Press writer Jane Roe in Lviv contributed to this report.", "Courier staff
# writer Jo Roe contributed from Waterloo.": the outlet (capitalised words) and the role first
# (a newsroom's researchers and producers too: "AP researcher Jo Roe contributed").
CONTRIBUTOR_ROLES = r"writers?|reporters?|correspondents?|journalists?|staff|researchers?|producers?"
CONTRIBUTED_RE = re.compile(
    r"^(?:(?P<aff>(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?:\s+[a-z]+)?)\s+"
    r"(?i:" + CONTRIBUTOR_ROLES + r")\s+)?(?P<names>[^\W\d_].{2,200}?)\s+"
    r"contributed(?:\s+(?:to\s+this\s+(?:report|story)|reporting|additional reporting))?"
    r"(?:\s+(?:from|in)\s+[^.]+)?\.?$")
# The same note with the verb first: "Contributing to this report were Associated Press
# journalists Jo Roe in Dover, Delaware, and Al Day in Salem.", "Also contributing was Al Day."
# AFP's closing line of the colleagues who worked on the copy, in lower case, their places
# after them, above the desk's initials: "with Jo Roe in Geneva", "avec Jo Roe à Genève".
# A paper's closing line crediting the agencies its own copy drew on, alone under the text:
# "Com Reuters", "Con EFE y AP", "Avec AFP", "With Reuters", "Mit dpa", "Met ANP".
# (South Asian papers say what they drew on: "With additional input from AFP", "With inputs
# from PTI", The Express Tribune's and Indian sites' closing line)
WITH_AGENCIES_RE = re.compile(r"^(?i:with|avec|mit|con|com|met|med)\s+(?i:(?:additional\s+)?inputs?\s+from\s+)?"
                              r"(?P<agencies>[^\W\d_][^.;:!?()]{1,60}?)\.?$")
WITH_CONTRIBUTORS_RE = re.compile(r"^(?:with|avec|mit|con|com)\s+(?P<names>[^\W\d_][^.;:!?()]{2,120}?)\s*$")
CONTRIBUTING_RE = re.compile(
    r"^(?:Also\s+)?[Cc]ontributing(?:\s+to\s+this\s+(?:report|story))?\s+(?:were|was)\s+"
    r"(?:(?P<aff>(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+"
    r"(?i:" + CONTRIBUTOR_ROLES + r"|photographers?)\s+)?"
    r"(?P<names>[^\W\d_].{2,200}?)\.?$")
# Where each Spanish contributor was, before the next name: "Ana Roe en Saltillo y Luis Day
# en la Ciudad de México" ("en" is no joiner here, as it is in Dutch).
PLACE_BEFORE_JOINER_ES_RE = re.compile(r"\s+(?:en|desde)\s+[^,;]+?(?=\s+[ye]\s+|\s*[,;]|$)")
# "Ward reported from Mobile, Alabama." -- AP's note before its contributors.
# AP's Spanish service: "El periodista de AP Ana Roe contribuyó a este despacho desde Cúcuta."
CONTRIBUYO_RE = re.compile(
    r"^(?:(?:El|La|Los|Las)\s+(?:periodistas?|reporter[oa]s?|corresponsal(?:es)?|fotógraf[oa]s?)\s+"
    # (the outlet one word, AP's full name aside: the names follow it)
    r"(?:de\s+(?:la\s+)?(?P<aff>(?:The\s+)?Associated\s+Press|[A-Z][\w.&'’-]*)\s+)?)?"
    r"(?P<names>[^\W\d_].{2,200}?)\s+contribuy(?:ó|eron)\b[^.]*\.?$")
# "(By Jo Roe and Al Day)" on a line of its own closing the story (CNA's Focus Taiwan) or
# above the dateline (ANSA English): the whole line a bracketed byline.
BY_BRACKET_CREDIT_RE = re.compile(r"^\s*\(\s*(?i:by)\s+(?P<names>[^\W\d_][^()\n]{2,80})\)\s*$")
# A line of names joined by a conjunction with no "By" (Yahoo's "Jo Roe and Al Day", Folha's
# "JOANA ROE E RAFAEL DAY") between a headline and its date line.
BARE_NAMES_JOINER_RE = re.compile(r"\s(?:and|und|et|y|e|E|i|&)\s")
MAX_BARE_NAMES_WORDS = 9    # three names of three words; longer lines are a standfirst
REPORTED_FROM_RE = re.compile(
    r"^[^\W\d_][\w'’.-]*(?:\s+(?:and\s+)?[^\W\d_][\w'’.-]*){0,3}\s+reported\s+from\s+\S.*$")
# A closing line framed by runs of dashes, as dpa-AFX sets its byline under the copy: "--- Von
# Jo Roe, dpa-AFX ---"; the words inside.
DASH_FRAMED_LINE_RE = re.compile(r"^-{2,}\s*(?P<inner>[^\W\d_-].*?)\s*-{2,}$")
# Bloomberg's 1990s sign-off: "--Jo Roe in the Tokyo newsroom (81-3) 3201-8900/pjm", the
# reporter, the desk, a phone number and the editor's initials; and a price reporter's, the
# reporter and the desk's mail address: "-- Jo Roe, newsdesk@example.com" (Platts).
SIGNOFF_MAIL = r",\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
NEWSROOM_SIGNOFF_RE = re.compile(
    r"^--\s*(?P<names>[^\W\d_][^\d()@/]{2,80}?)(?:\s+(?:in|at)\s+(?:the\s+)?[^\W\d_][\w .'’-]{0,40}?"
    r"(?:\s+(?:newsroom|bureau)\b.*|\s*\(\d[\d\s()/.+-]*\d.*)|" + SIGNOFF_MAIL + r")\s*$")
# A name written as the initial of the father's name (or of given names) glued by a dot to
# the name, one word with no space, as Mongolian and Russian copy signs: "Д.Энхтуяа",
# "А.Б.Иванов" (the case of each part is checked where it is read: "U.S." is no name).
GLUED_INITIAL_NAME_RE = re.compile(r"^(?P<initials>(?:[^\W\d_]\.){1,2})(?P<name>[^\W\d_][^\W\d_'’-]+)$")
# A reporter's signature with the agency below the copy: "Karin Roe/TT", "Jo Roe / PAP".
# ...one of several on a line: "Karin Roe/TT Per Dahl/TT TT" (head_lines.slash_signatures).
SLASH_PAIR_RE = re.compile(r"(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}?)\s*/\s*(?P<agency>[^\W\d_][\w-]{1,20})")
SIGNATURE_RE = re.compile(
    r"^(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s*/\s*(?P<agency>[^\W\d_][^/]{1,40})$")
# ...or the name and the agency in brackets, maybe after where it was filed from, as PAP
# signs its copy: "Z Brukseli Jan Nowak (PAP)" ('from Brussels'), "Jan Nowak (PAP)"; a name
# of up to four words, as the slash's ("Nguyễn Thị Lan Anh (TTXVN)").
SIGNATURE_FROM_WORDS = r"(?i:z|ze|from|aus|desde|de|da|iz|из)"
SIGNATURE_BRACKET_RE = re.compile(
    r"^(?:" + SIGNATURE_FROM_WORDS + r"\s+(?P<place>[^\W\d_][\w'’.-]*)\s+)?"
    r"(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s*\((?P<agency>[^\W\d_][^()]{1,30})\)$")
# ...or its reporters, joined, a comma and the agency: "Kari Roe og Per Dahl, NTB" (NTB).
# (the agency maybe in its quotes after the words for 'agency': "Jo Roe, НИАТ «Ховар»")
SIGNED_NAMES_RE = re.compile(r"^(?P<names>[^\W\d_][^,/()\n]{2,80}?)\s*,\s*(?P<agency>[^\W\d_][\w .'’«»\"-]{1,40})$")
# BTA sets its reporter between slashes after the dateline's date, with the agency:
# "Пловдив, 5 март /Мария Петкова, БТА/" (the agency alone, "/БТА/", names no one).
SLASH_CREDIT_RE = re.compile(
    r"/\s*(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s*,\s*(?P<agency>[^\W\d_]{2,12})\s*/")
# Ukrinform signs off with the reporter and the place on the last line: "Olena Roe, Kyiv"
CITY_SIGNOFF_RE = re.compile(
    r"^(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,2}),\s*"
    r"(?P<city>[^\W\d_][\w'’.-]*(?:[\s-][^\W\d_][\w'’.-]*){0,2})$")
# "(Story and photo by Jo Roe/The Coast Herald)": one person wrote the story and took the picture.
STORY_AND_PHOTO_RE = re.compile(
    r"\(\s*(?i:story and photos?|text and photos?|words and pictures|texte et photos?|text und fotos?)"
    r"\s+(?i:by|de|von)\s+(?P<name>[^\W\d_][^/()\n]{1,60}?)\s*(?:/\s*(?P<outlet>[^()\n]{2,60}?)\s*)?\)")
# "Reuters in Rotterdam": the agency and its reporter's place, as British sites credit copy;
# La Presse's "Agence France-Presse à Paris" in French.
# (The place in capitalised words: "Bloomberg in talks to buy Acme" is a headline.)
AGENCY_IN_PLACE_RE = re.compile(
    r"^(?P<agency>[^\W\d_][\w .'’-]{1,40}?)\s+(?:in|à)\s+(?P<place>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2})$")
# ...and after a reporter's name and a dash, the whole rest of a byline line: "Jo Roe - La
# Presse canadienne à Québec", "Jo Roe - Reuters" (no sentence: a dateline's dash has one after it).
AGENCY_AT_PLACE_RE = re.compile(
    r"^(?P<agency>[^\W\d_][\w .'’-]{1,40}?)(?:\s+(?:" + "|".join(vocab.AGENCY_PLACE_PREPOSITIONS)
    + r")\s+(?P<place>[^\W\d_][\w'’-]*(?:[\s-][^\W\d_][\w'’-]*){0,2}))?\s*$")
# Its sentences end at a period after a word, not after "St." or "Mt." in a place name.
NOTE_SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_]{2})(?<!\b[A-Z][a-z])\.\s+(?=[^\W\d_])")
COPYRIGHT_RE = re.compile(r"(?:©|\(c\)|copyright)", re.IGNORECASE)
# A syndicate's closing line naming the service that moved the copy: "Distributed by Tribune
# Content Agency, LLC.", "Distributed by Knight-Ridder/Tribune Information Services." (the
# name is read only when it is an agency's, its company form taken off).
DISTRIBUTED_BY_RE = re.compile(
    r"^(?i:distributed|syndicated)\s+by\s+(?:the\s+)?(?P<agency>[^\W\d_][\w/&' -]{1,60}?)"
    r"(?:,?\s+(?i:llc|inc|ltd)\.?)?\.?$")
# dpa's story id in its closing notice, "© dpa-infocom, dpa:231114-99-123456/2": the day.
DPA_ID_RE = re.compile(r"\bdpa:(?P<y>\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)-\d\d-\d{3,}")

SENTENCE_END_RE = re.compile(r"[.!?:;,]")
DIGIT_RE = re.compile(r"\d")

# Articles opening an outlet's name ("The Local", "Le Quotidien du Sud"), never a person's.
OUTLET_ARTICLES = frozenset(("the", "le", "la", "les", "el", "der", "die", "das", "il", "lo", "o"))
