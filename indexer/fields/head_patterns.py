"""Fields stage, patterns of a story's head: vocab's word lists -> the regexes and limits
that read addresses, date lines, page chrome, wire and database headers and agency lines.

Data only, no logic; the story's own lines (datelines, bylines, credits) have theirs in
patterns.py.
"""
from __future__ import annotations

import re

from .. import clean, vocab


def _spaced_words(words) -> str:
    """An alternation of literal words and phrases, each space in a phrase any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


# A line that is the story's address, maybe labelled: "Source: https://...". OneNote labels
# its clip "Clipped from: <https://...>"; a browser's print-to-PDF footer sets the address
# with the page count after it: "https://news.example/a-story      2/2", or the day it was
# printed: "http://news.example/story.php?id=52      9/3/2010".
URL_LINE_RE = re.compile(
    r"^\s*(?:(?:url|source|link|lien|quelle|fuente|fonte|permalink|canonical|clipped\s+from|"
    + _spaced_words(vocab.URL_LINE_LABELS) + r")\s*[:：]\s*"
    r"|(?:" + _spaced_words(vocab.PASTED_FROM_LABELS) + r")\s*[:：]?\s*)?"
    r"<?(?P<url>https?://[^\s<>\"]+)>?(?:\s+\d{1,3}/\d{1,3}|\s+\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d)?\s*$",
    re.IGNORECASE)
# A citation's address inside its line, after the words of its link (vocab.CITATION_URL_LABELS:
# "... elEconomista.es. Recuperado de http://...") or before the day the reader looked at it
# (vocab.PRINTED_WORDS in brackets: "... 5 octobre 2017. https://... (consulté le 12 février
# 2018).").
CITED_URL_RE = re.compile(
    r"(?:(?<!\w)(?:" + _spaced_words(vocab.CITATION_URL_LABELS)
    + r")\s*:?\s*<?(?P<url>https?://[^\s<>\"]+?)>?[.,;]?(?:\s|$)"
    r"|(?<!\S)<?(?P<url2>https?://[^\s<>\"]+?)>?[.,;]?\s*[(\[](?:" + _spaced_words(vocab.PRINTED_WORDS)
    + r")\b)", re.IGNORECASE)
# An author-date citation's day after its author, the year first ("Agencia EFE (2009, 14 de
# mayo).", APA's "(2015, June 2)"): the cited story's day, read in a line that cites its address.
CITATION_DATE_RE = re.compile(r"\((?P<year>(?:19|20)\d\d),\s*(?P<day>[^\W\d_]{3,12}\.?\s+\d{1,2}|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?)\)")
HEADER_LABEL_RE = re.compile(
    r"^(?P<label>source|quelle|fuente|fonte|agency|agence|agentur|editor|éditeur|redakteur|"
    r"editor responsable|author|auteur|autor)\s*:\s*(?P<value>.+)$", re.IGNORECASE)
# (A page may glue its word to the time: "Updated14:32, 8 Feb 2022".)
# (A word that ends on a vowel sign, no word character to the regex engine, ends at the space
# or the colon after it: Tamil "புதுப்பிக்கப்பட்டது:", Thai "เผยแพร่:".)
KEYWORD_END = r"(?:\b|(?=\d)|(?=[\s:]))"
# (A "last" word may stand before an updated word in any language, "Sist oppdatert: 23.01.2020
# 15:03": the word is then the updated one's, the date still the update's.)
UPDATED_WORD_ALTERNATION = "|".join(re.escape(w) for w in sorted(vocab.UPDATED_WORDS, key=len, reverse=True))
LAST_BEFORE_UPDATED = (r"(?:(?:" + "|".join(re.escape(w) for w in clean.longest_first(set(vocab.LAST_WORDS)))
                       + r")\s+(?=(?:" + UPDATED_WORD_ALTERNATION + r")" + KEYWORD_END + r"))?")
DATE_KEYWORD_RE = re.compile(
    r"^\s*" + LAST_BEFORE_UPDATED + r"(?P<kw>" + "|".join(re.escape(w) for w in sorted(vocab.UPDATED_WORDS + vocab.PUBLISHED_WORDS,
                                                          key=len, reverse=True))
    + r")" + KEYWORD_END + r"\s*:?", re.IGNORECASE)
UPDATED_KEYS = frozenset(w.casefold() for w in vocab.UPDATED_WORDS)
# A date line that opens with the words for when the story first ran: "First published on ...".
FIRST_PUBLISHED_RE = re.compile(r"^\s*(?:" + "|".join(vocab.FIRST_PUBLISHED_WORDS) + r")\b", re.IGNORECASE)
ENGLISH_DATE_WORDS = frozenset(vocab.ENGLISH_DATE_WORDS)
SHARED_DATE_WORDS = frozenset(vocab.SHARED_DATE_WORDS)
# Where a line of two dates turns to its second: "Publié le 05/03/2024 à 10:02, mis à jour
# le 05/03/2024 à 12:40", "05 marzo 2024 08:10 - AGGIORNATO 05 marzo 2024 11:45".
# (the second maybe in brackets: "20 Aug 2024 02:32PM (Updated: 20 Aug 2024 04:05PM)"; or
# glued, capitalised, to the first's year: "13:55, 8 Feb 2022Updated14:32, 8 Feb 2022")
INNER_DATE_KEYWORD_RE = re.compile(
    r"(?:[,;|–—-]\s*|\s|(?<=\d)(?-i:(?=[A-Z])))[(\[]?(?P<kw>" + "|".join(re.escape(w) for w in clean.longest_first(
        set(vocab.UPDATED_WORDS + vocab.PUBLISHED_WORDS) - set(vocab.GENERIC_DATE_WORDS))) + r")" + KEYWORD_END, re.IGNORECASE)
# A word of a date line, its combining marks kept: Hindi's "अप्रैल" and "बुधवार" carry vowel
# signs and a virama, which are no letters to the regex engine ("[^\W\d_]+" cut "अप्रैल"
# into "अप", "र", "ल", and no month or weekday was found in them).
# (Lao, Burmese and Khmer vowel signs likewise: "ມີນາ", "မတ်", "មិថុនា")
DATE_WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|(?!\d)[\u0300-\u036f\u0900-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd"
                          r"\u102b-\u103e\u1056-\u1059\u17b4-\u17d3])*")
LETTER_RUN_RE = re.compile(r"[^\W\d_]+")    # the same in plain ASCII, faster
# What a date line writes besides its words: figures, marks, and the little words around a
# time ("à", "um", "at"; "godz." Polish, "klo" Finnish, "kl." Scandinavian: "o'clock", as
# agency headers write it: "PAP 14.10.1996 godz. 13.20", "STT 23.2.1999 klo 11.42"), and
# before a day ("published on March 3, 2021 - 14:12"; SID's "SID-Meldung vom 24.08.1999, 21:40").
DATE_NOISE_RE = re.compile(r"[\d:/.,\-+()]|\b(?:am|pm|a\.m\.|p\.m\.|uhr|h|à|a las|a les|um|at|le|el|il|am|de|del|of"
                           r"|the|on|vom|godz|klo|kl)\b", re.IGNORECASE)

# -- lines of a page's head that are no headline
# A market ticker: "SAN +1,9% BBVA +2,2%".
QUOTE_CHANGE_RE = re.compile(r"[+\-−]\s?\d+(?:[.,]\d+)?\s?%")
# A breadcrumb: "Home > Markets > Commodities".
BREADCRUMB_RE = re.compile(r"\S\s+[>›»/＞〉]\s+\S")
# ...but a quotation in guillemets, spaced as French sets them ("un trafic « très perturbé »
# attendu"), or German's reversed ones ("» Wir bleiben « sagt er"): its closing mark is no
# breadcrumb's arrow. Taken out before the test.
GUILLEMET_QUOTE_RE = re.compile(r"«[^«»\n]*»|»[^«»\n]*«")
# A menu on one line: three items or more, each of a word or two, set apart by wide gaps;
# or four items or more of up to four words ("Noticias  Sur de la Florida  América Latina
# Deportes": a section named by a place).
MENU_ITEM_GAP = r"(?:\s{2,}|\t)"
MENU_LINE_RE = re.compile(r"^\s*\S+(?: \S+)?" + MENU_ITEM_GAP + r"\S+(?: \S+)?" + MENU_ITEM_GAP + r"\S+"
                          r"|^\s*(?:\S+(?: \S+){0,3}" + MENU_ITEM_GAP + r"){3}\S+")

# A menu run together with single spaces: this many capitalised words or more, most of them
# the names of sections ("Local News National World Sport Property Obituaries").
SECTION_WORD_SET = frozenset(vocab.SECTION_WORDS)
# A desk's rubric over the headline: a sport or a section, a dash or a bar, then the
# competition or the subsection, a few words opening on a capital ("Hockey sur glace –
# National League", "Culture | Cinéma"), and maybe a part or two more set off the same way:
# the event, the round or the stage ("Ski alpin - Coupe du monde - Descente messieurs",
# "Ciclismo - Vuelta - 9ª etapa").
RUBRIC_RE = re.compile(r"^(?P<desk>[^\W\d_][^–—|]*?)\s+[-–—|]\s+(?P<what>[^\W\d_][^–—|]*)$")
RUBRIC_SPLIT_RE = re.compile(r"\s+[-–—|]\s+")
MAX_RUBRIC_PARTS = 4      # the desk, the competition, the event, the round
RUBRIC_DESK_SET = frozenset(vocab.SPORT_NAMES) | SECTION_WORD_SET
MAX_RUBRIC_WORDS = 4      # the competition after the sport: "Coupe du monde", "National League"
SECTION_MENU_MIN_WORDS = 3
MAX_CATCHLINE_WORDS = 4      # a wire's catchline: its desk in caps, then a keyword or three ("POLITICS Election Fife")
# Between a menu's items besides spaces: "&", "|", "/", "·", "•" ("Home & Garden").
MENU_JOINER_RE = re.compile(r"^[&|/·•+–-]$")

# A masthead line: the outlet's name, then after a comma or a dash its section or what it is
# ("MercoPress, South Atlantic News Agency", "روزنامہ ایکسپریس — قومی خبریں"): no headline.
# (Urdu pages set their full stop between the paper's name and its city: "روزنامہ جنگ ۔ کراچی")
MASTHEAD_SPLIT_RE = re.compile(r",\s+|\s+(?:[-–—|۔]|--)\s+")
MASTHEAD_NOUN_SET = frozenset(vocab.MASTHEAD_NOUNS)
# An outlet's name and its city in brackets, as an aggregator sets the paper it reprints under
# the headline ("Premium Times (Abuja)", "The Herald (Harare)"): the name, then the city.
MASTHEAD_CITY_RE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<city>[^()]{2,30})\)$")
# An outlet's name, a dash and the agency it runs ("هسبريس - و.م.ع", "Harbour Post - AFP"): the
# outlet, then the agency's credit, maybe as its dotted initials ("و.م.ع", "أ.ش.أ").
OUTLET_AGENCY_SPLIT_RE = re.compile(r"\s+[-–—|]\s+")
DOTTED_INITIALS_RE = re.compile(r"^(?:[^\W\d_]\.){2,}[^\W\d_]\.?$")
MAX_OUTLET_CREDIT_NAME_WORDS = 3   # "هسبريس", "Premium Times", "Le Quotidien Dakar"
COMPANY_FORM_SET = frozenset(vocab.COMPANY_FORMS)
MAX_ISSUER_NAME_WORDS = 6      # "Nordic Harbour Shipping Holdings ASA"
MAX_MASTHEAD_NAME_WORDS = 4    # "The Harbour Ledger", "روزنامہ ایکسپریس"
MAX_MASTHEAD_TAIL_WORDS = 5    # "South Atlantic News Agency"
MASTHEAD_ARCHIVE_WORD_SET = frozenset(vocab.MASTHEAD_ARCHIVE_WORDS)
RELEASE_KIND_SET = frozenset(vocab.RELEASE_KIND_PHRASES)
MAX_RELEASE_KIND_WORDS = 3     # "press briefing notes", "communiqué de presse"
MAX_ISSUER_LINE_WORDS = 6      # "Organización Mundial de la Salud", "Comité international de la Croix-Rouge"
ONLINE_WORD_SET = frozenset(vocab.MASTHEAD_ONLINE_WORDS)
OUTLET_NAME_WORD_SET = frozenset(vocab.OUTLET_NAME_WORDS)
NEWSROOM_DESK_WORD_SET = frozenset(vocab.NEWSROOM_DESK_WORDS)
DESK_BYLINE_WORD_SET = frozenset(vocab.DESK_BYLINE_WORDS)
MAX_DESK_LINE_WORDS = 5        # "বিডিনিউজ টোয়েন্টিফোর ডটকম ডেস্ক", "Our Foreign News Desk"
# A short line that ends on a credit's opener, its name on the next line: "News provided by"
# (a press-release wire), "Powered by", "Bereitgestellt von", "Proporcionado por".
# ("de", "di", "da" end too many headlines' phrases to count)
LABEL_OPENS_CREDIT_RE = re.compile(r"^(?:\S+\s+){0,3}(?:by|von|par|por|door|av|af|przez)\s*:?$", re.IGNORECASE)
# "Online edition of India's oldest paper", "Edición digital de El Faro", "Online Edition":
# the site's line naming what it is, whatever its words' case
MASTHEAD_EDITION_RE = re.compile(
    r"^(?:the\s+)?(?:" + "|".join(re.escape(w) for w in vocab.MASTHEAD_EDITION_PHRASES) + r")"
    r"(?:\s+(?:of|de|del|du|des|der|di|do|da|van)\s+\S.*)?$", re.IGNORECASE)
# A live blog's own title (vocab.LIVE_BLOG_WORDS): "LIVE BLOG — Baltic ferry strike: latest updates".
LIVE_BLOG_RE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in vocab.LIVE_BLOG_WORDS)
                          + r")(?![\w-])", re.IGNORECASE)

# A live page's entry opens on its time alone, with or without a zone ("2:41 PM CST", "14:05",
# "09.40 Uhr"): the page's own entries, no copied entry's headline (LIVE_BLOG_RE's title stands).
LIVE_ENTRY_TIME_RE = re.compile(r"^\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,5}|Uhr|h))?$", re.IGNORECASE)

# -- dates in the head
# A line's date, without its time: "05/03/2024", "5 mars 2024", "March 5, 2024", Spanish
# and Portuguese "15 de mayo 2024", "15 de mayo de 2024".
DAY_OF_LINE_RE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d"
                            r"|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?\s+(?:de\s+)?(?:19|20)\d\d"
                            r"|[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+(?:19|20)\d\d")
# A date line after an agency's or site's credit: "AGI - Milano, 5 marzo 2024 - 14:32".
CREDITED_DATE_RE = re.compile(
    r"^(?P<credit>[^\d|*•]{2,40}?)(?:\s+[-–—|/*•]\s+|\.\s+|\s+(?=(?i:published|updated|posted|publié|"
    r"publicado|veröffentlicht|aktualisiert|pubblicato|aggiornato)\b))(?P<rest>\S.*\d.*)$")
# ...or after a comma, as STA's English service heads its copy: "STA, 19 April 2024 - 16:07"
# (the credit one name; "Milano, 5 marzo 2024" is a place); Ahram Online sets a space before
# the comma and the weekday before the day: "MENA , Wednesday 9 Jun 2021". MSN heads the
# agencies' copy with the name and a numeric day, no comma and nothing after it: "Associated
# Press  4/22/2021" (words after a time make a teletype's header of its own: "NOTIMEX
# 04-11-1999 09:35 NAC-ECONOMÍA").
NUMERIC_DAY = r"[0-3]?\d[./-][0-3]?\d[./-](?:19|20)?\d\d(?!\d)"
AGENCY_COMMA_DATE_RE = re.compile(
    r"^(?P<credit>[^\W\d_][\w.'’&-]*(?:\s[^\W\d_][\w.'’&-]*){0,3})(?:\s?,\s+|\s+(?=" + NUMERIC_DAY + r"$))"
    r"(?P<rest>(?:[^\W\d_]{3,12}\.?,?\s+)?\d.*)$")
PLACE_BEFORE_DATE_RE = re.compile(r"^(?P<place>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?),\s+\d")
# A site's stamp opened by the story's place in capitals: "ISTANBUL Nov 13, 2024 - 10:36 am
# GMT+3" (Daily Sabah), "TARANTO 08 October 2025 14:10", or with a comma and no dash after
# the date, the paper's dateline set on a line of its own over the copy: "NEW DELHI, March 2,
# 2016" (The Hindu); checked for a known city. French and German set an article before the
# day: "Bruxelles, le 3 juillet 2019" (the EU's press releases), "Wien, am 3. Mai 2019".
CAPS_PLACE_BEFORE_DATE_RE = re.compile(
    r"^(?P<place>[^\W\d_][^\W\d_'’.-]+(?:\s[^\W\d_][^\W\d_'’.-]+){0,2}?),?\s+(?=\d|(?:le|am)\s+\d|[^\W\d_]{3,9}\.?\s+\d)")
# ...or closing it after a spaced dash, the date and its time before: "Published - November 21,
# 2023 11:42 am IST - CHENNAI" (The Hindu's stamp names the place it files from last).
CAPS_PLACE_AFTER_DATE_RE = re.compile(
    r"\d(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,5})?\s+[-–—]\s+(?P<place>[^\W\d_][^\W\d_'’.-]+(?:\s[^\W\d_][^\W\d_'’.-]+){0,2})$")
# A pasted document's source line, the agency and the day: "Source: Kyodo News, 22 April 2012".
# (A library's newswire record sets a semicolon: "Source: Associated Press Newswires; 06/14/2001".)
SOURCE_DATE_RE = re.compile(
    r"^(?i:source|sources|quelle|fuente|fonte|bron|källa|kilde|lähde|źródło|zdroj|forrás|kaynak|font|sursa)"
    r"\s*:\s*(?P<credit>[^\d,;|]{2,40}?)\s*[,;]\s*(?P<date>\S.*\d.*)$")
# vocab.SOURCE_LABELS as an alternation, the longest first ("source material" before "source").
SOURCE_LABEL_ALTERNATION = "|".join(re.escape(w) for w in sorted(vocab.SOURCE_LABELS, key=len, reverse=True))
# A source label after the date on its line, right after its last figure or after a spaced bar,
# slash or dash: HLN's "14/09/15 - 16u42  Bron: Belga", "04.12.2013 14:18 / Źródło: PAP" (money.pl).
DATE_SOURCE_RE = re.compile(
    r"(?:(?<=\d)\s+(?:(?i:uhr|h|horas?|heures?|ore|uur)\.?\s+)?|\s[/|•·–—-]\s)(?i:" + SOURCE_LABEL_ALTERNATION
    + r")\s*[:：]\s*(?P<agencies>[^\d:：|]{2,60}?)\s*$")
# A site's name before its date: "www.example.cn 2009-05-19 22:31:05".
SITE_PREFIX_RE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\s+(?=\d)", re.IGNORECASE)
# Between a header line's parts: " | ", a bar against the next part ("Name |05.03.2024"),
# or a bar glued on both sides before a labelled part (Xinhua: "14:32:10|Editor: Ren Yaqing").
HEADER_SPLIT_RE = re.compile(r"\s+\|\s*|\s*\|\s+|\|(?=[^\W\d_][^\W\d_ ]{1,12}(?: [^\W\d_]{1,12})?\s?:)")
# ...and, on a line without bars, a spaced middle dot or an ideographic space, as pages join
# a header's parts too: "20 Νοεμβρίου 2018 12:40 · Τελευταία ενημέρωση: 13:15 · Πηγή: ΑΠΕ-ΜΠΕ",
# "新聞來源：中央社　發布時間：110/10/14 15:32　更新時間：110/10/14 16:05"
HEADER_PART_SPLIT_RE = re.compile(r"\s+[·•]\s+|\s*\u3000\s*")
# A part of a header line that opens with the time of the part before it (a date without
# one): "12.11.2024 | 09:20 - Last update: 12.11.2024 | 11:05", the time, then maybe a dash
# and the next date's label, or a bullet before it (Le Monde's 2004 pages: "12.05.04 | 15h22  •
# Mis à jour le 12.05.04 | 16h08").
# (A time with its zone, "17:35 CEST", stays whole: TIME_ONLY_RE's.)
# Or a space, before a label whose date follows ("6-8-2015 | 11:20 Last update: 6-8-2015 |
# 12:05", as a page's spans come joined); "10:05 Uhr" stays whole.
PART_TIME_RE = re.compile(r"^(?P<time>\d{1,2}[:h]\d\d(?::\d\d)?)"
                          r"(?:(?:\s*[-–—•·]\s*|\s+(?=[^\W\d_][^|]*\d))(?P<rest>\S.*))?$")
# A stamp that gives the time, then a bar and the place and its month and day, the year left
# to the page's date line above (Andina: "12:48 | Lima, Jul. 28.").
TIME_BAR_PLACE_RE = re.compile(r"^(?P<time>[0-2]?\d:[0-5]\d)\s*\|\s*(?P<rest>[^\W\d_].{2,40})$")
# A labelled time of day, its day in the record's date field (vocab.TIME_LABEL_WORDS): "Time:
# 14:32", "Hora: 13:45", "Heure : 09h10".
TIME_LABEL_RE = re.compile(
    r"^(?:" + "|".join(vocab.TIME_LABEL_WORDS) + r")\s*:\s*(?P<time>[0-2]?\d[:.h][0-5]\d"
    r"(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?)\s*$", re.IGNORECASE)
# A monitoring service's source line, over the text or under it: the outlet, its place, the
# language it ran in, then the time in GMT (four figures) and the day, a two-digit year
# ("Source: Kyodo News, Tokyo, in English 0714 gmt 14 Jun 05", "Source: Channel One TV,
# Moscow, in Russian 1500 gmt 3 Mar 09"). The outlet names the agency, the place is the
# story's city where no dateline names one, the stamp is when it ran.
MONITOR_OUTLET = r"[^\W\d_][^,\n]{1,60}?"
MONITOR_PLACE = r"[^\W\d_][^,\n\d]{1,40}?"
MONITOR_STAMP = r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:gmt|utc)\s+(?P<day>[0-3]?\d\s+[^\W\d_]{3,9}\.?\s+(?:19|20)?\d\d)"
MONITOR_SOURCE_RE = re.compile(
    r"^(?:source\s*:\s*)?(?P<outlet>" + MONITOR_OUTLET + r"),\s*(?P<place>" + MONITOR_PLACE
    + r"),\s*in\s+[^\W\d_]+(?:\s+and\s+[^\W\d_]+)?\s+" + MONITOR_STAMP + r"\s*$", re.IGNORECASE)
# ...and as the FBIS Daily Report set it under the headline: its item number, the outlet after
# its place, no commas, maybe in brackets ("LD1403142288 Moscow TASS in English 1422 GMT 14 Mar
# 88", "[Beijing XINHUA in English 0912 GMT 3 Jun 89]").
FBIS_SOURCE_RE = re.compile(
    r"^\[?(?:[A-Z]{2}\d{10}\s+)?(?P<outlet>[^\W\d_][^,\n\d\[\]]{1,60}?)\s+in\s+[^\W\d_]+(?:\s+and\s+[^\W\d_]+)?\s+"
    + MONITOR_STAMP + r"\]?\s*$", re.IGNORECASE)
# A header line's first part that is a section or the desk's place: "Business", "COPENHAGEN".
# (a section and its subsection may stand joined by a spaced dash or an arrow: TASR's
# "Spravodajstvo - Regióny", "Nyheter › Sverige")
SECTION_PART_RE = re.compile(r"^[^\W\d_][\w&'’.-]*(?:\s(?:[-–—›>]\s)?[^\W\d_][\w&'’.-]*){0,2}$")
# A time on a line of its own, under its date (Factiva), maybe with Arabic's half-day letter
# ("٠٦:١٥ م", 6:15 p.m., under a Qatari daily's "الثلاثاء ... - 22 نوفمبر 2022").
TIME_ONLY_RE = re.compile(r"^\d{1,2}[:.h]\d\d(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}|[+-]\d\d:?\d\d|[صم]|ت\s?\.?\s?غ\.?))?$",
                          re.IGNORECASE)
# A relative stamp on a line of its own, under a headline: "2 hours ago", "Updated 3 hours
# ago", "il y a 2 heures", "vor 3 Stunden", "hace 2 horas", "2 ore fa", "há 2 horas". It
# dates nothing (the page's masthead or dateline does) and is no headline.
RELATIVE_STAMP_RE = re.compile(
    r"^(?:(?:updated|published|posted|mis à jour|publié|aktualisiert|actualizado|aggiornato|"
    r"atualizado)\s*:?\s*)?(?:"
    r"just now|(?:\d{1,2}|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?)\s+ago"
    r"|il y a\s+\d{1,2}\s*(?:s|min|minutes?|h|heures?|jours?)"
    r"|vor\s+(?:\d{1,2}|einer?)\s*(?:Sek\.|Min\.|Minuten?|Std\.|Stunden?|Tag(?:en)?)"
    r"|hace\s+\d{1,2}\s*(?:min|minutos?|h|horas?|días?)"
    r"|\d{1,2}\s*(?:min|minuti|minuto|ore|ora|giorni|giorno)\s+fa"
    r"|há\s+\d{1,2}\s*(?:min|minutos?|h|horas?|dias?)"
    # ... and CJK's, "3時間前", "3小时前", "3시간 전", and those of the other languages
    r"|" + vocab.CJK_RELATIVE_STAMP + r"|" + vocab.RELATIVE_STAMP_MORE + r")$", re.IGNORECASE)
MAX_RELATIVE_STAMP_CHARS = 40
# What an update stamp gives after its word when it gives only a time, the day being the
# publication's: "Updated 16:40", "päivitetty 11.40", "aktualisiert 10.20 Uhr", "Opdateret
# kl. 09.55", "mis à jour à 16h05", Flemish "bijgewerkt om 16u05", Quebec's spaced "Mis à
# jour à 16 h 10 HNE", Spanish "Actualizado 18:20h.", Catalan "Actualitzat a les 14:20". (A dot
# after it makes a day and month: "15.10.") An American page of the 1990s gives the half of
# the day, its zone and the time in GMT in brackets: "Web posted at: 10:22 a.m. EDT (1422 GMT)".
STAMP_GMT_BRACKET = r"\([0-2]\d[0-5]\d\s*(?:GMT|UTC)\)"
STAMP_TIME_RE = re.compile(r"^(?:(?:kl|klo)\.?|um|at|à|a las|a les|às|alle|om)?\s*[0-2]?\d(?:[:.hu]| h )[0-5]\d(?![\d.])"
                           r"(?:\s*[ap]\.?m\.?)?(?:\s*(?:uhr|h\.?|[A-Z]{2,4}))?(?:\s*" + STAMP_GMT_BRACKET + ")?$",
                           re.IGNORECASE)
MAX_STAMP_TIME_CHARS = 48   # "Web posted at: 10:22 a.m. EDT (1422 GMT)" is 41
# A byline with its date after a dash: "By A and B - Mar 3, 2012 2:01 AM GMT"; or after a
# bullet, as MSN heads syndicated copy: "Story by AFP • 19/09/2023 10:14".
BYLINE_DATE_MARKS = "-–—•·"
BYLINE_DATE_RE = re.compile(r"^(?P<by>.+?)\s+[" + BYLINE_DATE_MARKS + r"]\s+(?P<date>\S.*\d.*)$")
# ...or after a word for "on" (each place the word stands is tried: "Par Jo le Roux le 14
# mars 2024"): "By Jo Roe on Friday, 8 November 2024 - 13:20"; a site's template may
# capitalise it ("By Jo Roe On Jun 4, 2022"; the date after it is checked all the same).
BYLINE_DATE_JOINER_RE = re.compile(r"\s(?:" + "|".join(
    w for j in vocab.BYLINE_DATE_JOINERS for w in (j, j.capitalize())) + r")\s+(?=\S.*\d)")
# An agency alone before its date, set apart by a bullet: "The Canadian Press · Posted: ...".
AGENCY_DATE_MARKS = "•·"
AGENCY_DATE_RE = re.compile(r"^(?P<by>[^•·]{2,40}?)\s+[" + AGENCY_DATE_MARKS + r"]\s+(?P<date>\S.*\d.*)$")

# A marker between a mail's parts: a word or few framed by rules ("---------- Despacho ----------",
# "===== Forwarded item =====", as a mailer or a monitoring service sets the pasted copy apart);
# no headline, which no mailer frames. (Letters only: "--- Von Jo Roe, dpa-AFX ---" is a byline.)
FRAMED_MARKER_RE = re.compile(r"^\s*([-=*_~#])\1{2,}\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*\1{3,}\s*$")
# A rule between a page's or a newsletter's parts: one mark repeated ("-----", "=====", "* * *").
# A photo's credit over its caption, as MSN sets agency copy: "© Provided by AFP" (or
# "© Reuters", "© Getty Images"), then the caption on the next line. A mark and a few words,
# no year: "© 2024 Reuters" and "Copyright 1989 U.P.I." are a notice, no photo's.
PHOTO_CREDIT_MARK_RE = re.compile(r"^(?:©|\(c\))\s*(?P<credit>\D{1,40})$", re.IGNORECASE)
MAX_PHOTO_CREDIT_WORDS = 4
MAX_CAPTION_CREDIT_WORDS = 6    # a credit line alone under its caption: "Credit: Reuters/Jo Roe"

RULE_LINE_RE = re.compile(r"^([-=*_~#•·])(?:\s?\1){2,}$")
RULE_MARKS = "-=*_~#•·"

# A headline wrapped over two lines (microfilm, OCR, a narrow column): the marks that close
# one ("Dockers vote to end" may go on; "Dockers walk out." does not), and the words no
# headline ends on, which leave it open for the next line ("Ferry aground off" / "Kodiak").
HEADLINE_END_MARKS = ".:!?"
# A headline's closing year, its dot no full stop: the ordinal dot of South Slavic and
# Hungarian years ("... gotov do kraja 2016."), or the abbreviated word for "year" after it
# ("... до 2010 г.", "... до 2025 р.", "do 2016. god.").
HEADLINE_YEAR_END_RE = re.compile(r"(?:^|\s)(?:1[89]|20)\d\d\.(?:\s?god\.)?$|(?:1[89]|20)\d\d\s?(?:г|гг|р|рр)\.$")
# The full stop of scripts that do not close a sentence with "." or "。": the danda of Hindi,
# Marathi, Nepali and Bengali ("... जानकारी दिए ।"), Urdu's "۔", Burmese "။", Khmer "។",
# Armenian "։" and Ethiopic "።". A line ending in one is a sentence, no headline, as a
# line ending in "." is.
SCRIPT_FULL_STOPS = "।॥۔။។։።"
# A head line naming the correspondent who filed the story from a place, and often the agency
# ("Του ανταποκριτή του ΑΠΕ-ΜΠΕ στις Βρυξέλλες Name", "Από την ανταποκρίτρια του ΑΠΕ-ΜΠΕ ...", "De notre correspondant à Bruxelles",
# "Dal corrispondente dell'ANSA a Bruxelles", "Von unserem Korrespondenten in Brüssel", "Del
# corresponsal de EFE en Bruselas", "From our correspondent in Brussels"). The place: up to
# three capitalised words; a name may follow, in the case the language's grammar gives it.
_PLACE_WORDS = r"(?P<place>[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_][^\W\d_'’-]*){0,2})"
CORRESPONDENT_LINE_RE = re.compile(
    r"^(?:"
    r"(?i:from|by)\s+(?i:our|an?|the)\s+(?:(?i:own|special)\s+)?(?i:correspondents?|reporters?)"
    r"(?:\s+(?i:for|of)\s+(?P<agency_en>[^\s,]+(?:\s[^\s,]+)?))?\s+(?i:in)"
    r"|(?i:de)\s+(?i:notre|la|l['’])\s*(?i:envoyée?|correspondante?)(?:\s+(?i:spéciale?|permanente?))?"
    r"(?:\s+(?i:de\s+l['’]?|de\s+|à\s+l['’])\s*(?P<agency_fr>[^\s,]+))?\s+(?i:à)"
    r"|(?i:dal(?:la)?|dall['’])\s*(?:(?i:nostr[oa])\s+)?(?i:inviat[oa]|corrispondente)(?:\s+(?i:speciale))?"
    r"(?:\s+(?i:dell['’]|della\s+|del\s+)\s*(?P<agency_it>[^\s,]+))?\s+(?i:a|da)"
    r"|(?i:von)\s+(?i:unser(?:em|er))\s+(?i:Korrespondent(?:en|in)?)\s+(?i:in)"
    r"|(?i:del|de\s+la)\s+(?:(?i:nuestr[oa])\s+)?(?i:corresponsal|enviad[oa]\s+especial)"
    r"(?:\s+(?i:de)\s+(?P<agency_es>[^\s,]+))?\s+(?i:en)"
    r"|(?:(?i:του|της)\s+(?i:ανταποκριτή|ανταποκρίτριας|απεσταλμένου|απεσταλμένης)"
    # ("Από την ανταποκρίτρια ...": 'from the correspondent', a woman's name after the place in
    # the accusative, which for women's names is the nominative: their reporter)
    r"|(?i:από)\s+(?:(?P<from_her>(?i:την))\s+(?i:ανταποκρίτρια|απεσταλμένη)|(?i:τον)\s+(?i:ανταποκριτή|απεσταλμένο)))"
    r"(?:\s+(?i:μας)|\s+(?i:του|της)\s+(?P<agency_el>[^\s,]+))?\s+(?i:στην|στις|στο|στη|στον|σε)"
    r")\s+" + _PLACE_WORDS + r"(?=$|[\s,:])")
MAX_CORRESPONDENT_LINE_CHARS = 120
# ...or the correspondent's own name after the label, no place ("Dal nostro inviato GINO ROSSI",
# "De notre envoyé spécial Jean Roe", "Del corresponsal Ana Roe", "Do nosso correspondente Rui
# Roe", "Von unserem Korrespondenten Hans Roe", "Van onze correspondent Jan Roe", "From our
# special correspondent Jo Roe"): in these languages a name keeps the form it is signed in.
# The name: two to four capitalised words, nothing after them.
CORRESPONDENT_NAME_LINE_RE = re.compile(
    r"^(?:"
    r"(?i:from|by)\s+(?i:our|an?|the)\s+(?:(?i:own|special|staff)\s+)?(?i:correspondent|reporter)"
    r"|(?i:de)\s+(?i:notre|la|l['’])\s*(?i:envoyée?|correspondante?)(?:\s+(?i:spéciale?|permanente?|particulière?))?"
    r"|(?i:dal(?:la)?|dall['’])\s*(?:(?i:nostr[oa])\s+)?(?i:inviat[oa]|corrispondente)(?:\s+(?i:speciale))?"
    r"|(?i:von)\s+(?i:unser(?:em|er))\s+(?i:Korrespondent(?:en|in)?|Sonderberichterstatter(?:in)?)"
    r"|(?i:del|de\s+la)\s+(?:(?i:nuestr[oa])\s+)?(?i:corresponsal|enviad[oa]\s+especial)"
    r"|(?i:d[oa])\s+(?:(?i:noss[oa])\s+)?(?i:correspondente|enviad[oa]\s+especial)"
    r"|(?i:van)\s+(?i:onze)\s+(?i:correspondent(?:e)?|verslaggever(?:ster)?)"
    r")\s*[:,]?\s+(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s*$")
# A head line of short parts set apart by bullets: a place and its source ("Київ • УНН",
# "Lagos • NAN"), a section and its topic ("Sport • Football"); no headline.
BULLET_PARTS_RE = re.compile(r"^[^•·]{1,30}(?:\s[•·]\s[^•·]{1,30})+$")
BULLET_SPLIT_RE = re.compile(r"\s[•·]\s")
# An agency's credit and its desk's place on one line under the headline, set apart by a bar,
# a slash, a bullet or a wide gap ("EUROPA PRESS | VALLADOLID", "EFE  Toledo"), or a space
# before a known city ("EFE Madrid", El País's byline block).
AGENCY_PLACE_SEP_RE = re.compile(r"\s+[|/•·]\s+|\s{2,}")
MAX_AGENCY_PLACE_CHARS = 50
MAX_CREDIT_PLACE_WORDS = 4     # "Talavera de la Reina"
# A point of a summary set as a list under the headline (Reuters' "* Official count at 96%",
# a page's "• Ports shut for a third day", CNBC's "KEY POINTS" over "- The panel reports in
# May."): the story's point, never its headline nor its first paragraph. (WhatsApp's bold
# "*Ports reopen*" has no space after its mark; a rule "-----" none either.)
SUMMARY_POINT_RE = re.compile(r"^\s*[-*•●▪■◦‣]\s+\S")
MAX_BULLET_PART_WORDS = 3
HEADLINE_OPEN_WORDS = frozenset(vocab.HEADLINE_OPEN_WORDS)

# -- the headers of wire systems and database exports
# Wire control marks around a feed's header lines: "^Residents begin cleanup<", "^By X=".
# AP's DataStream copy of the 1980s closes each with a dollar sign: "^By JO ROE$"; UPI's
# teletype copy with an at sign before the quad: "^By JO ROE@<"; AP's copy of the late 1980s
# as some archives keep it, each header line framed by carets: "^Ports Reopen^", "^By JO ROE=^".
CONTROL_MARK_RE = re.compile(r"^\^+|(?:@?[=<$^])+$")
# A press-clipping service's header lines over the clipped story: the clip's measured area
# ("General News, page 17 - 212.45 cm²"), the paper's circulation ("Metro - circulation 174,210",
# "Auflage: 84.000", "Tirage : 52 300") and the clip's page count ("PAGE 1 of 1", "Seite 1 von 2");
# a mailed digest's count of its items ("PORTS-WIRE - item 2 of 6", "Story 3 of 8", "Artikel 2 von 5")
# and a monitoring mail's count of the clips it holds ("Number of hits: 3", "Antall treff: 1":
# vocab.CLIPPING_COUNT_LABELS).
# The lines above them (the paper's name, its place, the date) are the header's too.
CLIPPING_LINE_RE = re.compile(
    r"\d\s?(?:cm²|cm2|sq\.?\s?cm|col\.?\s?cm)(?!\w)"
    r"|(?i:\b(?:circulation|readership|auflage|tirage|tirada|tiratura|diffusione?|oplage)\b\s*[:\-–]?\s*\d)"
    r"|(?i:\b(?:page|seite|página|pagina|item|story|article|artikel|artículo|articolo|noticia|notizia)"
    r"\s+\d{1,3}\s+(?:of|von|sur|de|di)\s+\d{1,3}\b)"
    r"|(?i:^(?:" + "|".join(vocab.CLIPPING_COUNT_LABELS) + r")\s*:\s*\d{1,5}$)")
# A database export's labelled header lines (LexisNexis).
FEED_LABEL_RE = re.compile(
    r"^(?P<label>HEADLINE|BYLINE|DATELINE|SECTION|LENGTH|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|"
    r"DOCUMENT-TYPE|JOURNAL-CODE|ACC-NO|GRAPHIC|SERIES|HIGHLIGHT|BODY|TYPE|"
    # (Nexis Uni's page writes a few in title case: "Dateline: KUNMING, Dec. 3", "Load-Date: ...")
    r"Dateline|Load-Date|Publication-Type)\s*:(?P<value>.*)$")
# A release wire's label over a release (vocab.RELEASE_WIRE_LABELS): "EQS-News: Acme AG /
# Schlagwort(e): Prognose", "DGAP-Ad-hoc: Acme AG"; the kind is one or two words.
RELEASE_WIRE_LABEL_RE = re.compile(
    r"^(?P<wire>" + "|".join(map(re.escape, vocab.RELEASE_WIRE_LABELS)) + r")-[A-Za-zÄÖÜäöü]{2,12}(?:-[A-Za-z]{2,8})?:\s+\S")
# An AP slug: "BC-US--Budget-Showdown, 3rd Ld-Writethru", "AM-Missouri-Flooding,0398"; after
# the desk's double hyphen, today's keywords may hold a space ("BC-US--Severe Weather-Texas").
# A desk's code of three to five capitals opens a slug too (The Canadian Press's sports
# codes: "HKN-Leafs-Habs, 2nd Ld-Writethru"), known by the version after its comma: a lead,
# an add, a writethru, an insert, a sub, a budget line.
SLUG_VERSION = r"(?:\d+(?:st|nd|rd|th)\s+)?(?:Ld|Lead|Add|Adds|Writethru|Insert|Sub|Bjt|Advisory)\b"
WIRE_SLUG_RE = re.compile(r"^(?:(?:BC|AM|PM)-[A-Z]{2,}--[A-Z][\w\-]*(?: [A-Z][\w\-]*)*|(?:BC|AM|PM)-[A-Z][\w\-]*|[A-Z]{1,2}[a-z]?-[A-Z][\w\-]*-[\w\-]*"
                          r"|[A-Z]{3,5}-[A-Z][\w\-]*(?=\s*,\s*" + SLUG_VERSION + r"))"
                          r"(?:\s*,\s*\S.{0,60})?$")
# A wire system's header lines above the headline: ANPA's serial and selector ("a0417",
# "r a PM-Flood-Ohio 03-14 0412"), IPTC 7901's ("ZCZC", "AFP0123 4 I 0345 FRA /AFP-UA12",
# "LBY123 4 OE 0312 RTRS", or both on the start-of-message line: "ZCZC SAB0412 3 GEN",
# "ZCZC BRU0218 4 FIN 03/11/87"; AFP's with its service before the number, "AFP-EN 0771 4 EUX
# /AFP-UX56"), dpa's ("dpa 0412 pl 357 dpa 0098 lby") and the keyword
# lines of AFP and dpa ("France-grève-transports", "Bayern/Verkehr/Unfälle/"); ANSA's
# selector under its "ZCZC1234/SXA": a priority letter, the desk, codes, one with a figure
# ("R POL S0A QBXB"); a terminal's slug line, the service's code, a double dash and the slug in
# capitals with its slash ("RTRS -- EU TRADE/TARIFFS (UPDATE 2)").
WIRE_HEADER_RE = re.compile(
    r"^(?:ZCZC(?:\s+\S+){0,8}|NNNN|[a-z]\d{4}"
    r"|[A-Z]\s[A-Z]{2,4}\s(?=[A-Z]*\d)[A-Z0-9]{2,4}(?:\s[A-Z0-9]{2,6}){0,3}"
    r"|[A-Z]{2,6}\s+--\s+[A-Z0-9][A-Z0-9 &.'-]*/[A-Z0-9][A-Z0-9/ &.'-]*(?:\s*\([A-Z0-9 ]{2,24}\))?"
    r"|(?:[a-z]\d{4}\s+)?(?:[a-z]\s+[a-z]\s+)?\S*[A-Z]{2}-\S+.*\s[01]?\d-[0-3]\d\s+\d{3,4}"
    r"|[A-Z]{2,5}-?\d{3,6}(?:\s+[/A-Z0-9][\w/-]{0,12}){1,8}"
    r"|[A-Z]{2,5}-[A-Z]{2,3}\s+\d{3,6}(?:\s+[A-Z0-9]{1,5}){0,4}\s+/[A-Z][\w-]{1,12}"
    r"|(?:dpa|afp|ap|rtr|efe|apa)\s+\d{3,4}(?:\s+[a-z0-9]{1,5}){1,8}"
    r"|[^\W\d_]+(?:-[^\W\d_]+){2,6}"
    r"|[^\W\d_][\w-]*(?:/[^\W\d_][\w-]*){1,6}/(?:\s*\([^()]{1,40}\))?)$")
# EFE's category path in capitals over its date and headline: its service's or country's
# code, its sport or desk and its topic, with no closing slash ("ESP/FÚTBOL/LALIGA EA
# SPORTS", "DEP/ATLETISMO/JJOO"), three parts or more, each opening on a letter. A headline
# in capitals may read so too (Reuters' 1987 "COCOA/COFFEE/SUGAR TRADE NEWS/MARKET
# COMMENT"): such a line is the title only when no other line is (title.py's weak pass).
CAPS_PATH_WORD = r"[A-ZÀ-ÖØ-Þ0-9][A-ZÀ-ÖØ-Þ0-9.&'-]*"
CAPS_PATH_PART = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9.&'-]*(?: " + CAPS_PATH_WORD + r"){0,3}"
CAPS_PATH_RE = re.compile(r"^" + CAPS_PATH_PART + r"(?:/" + CAPS_PATH_PART + r"){2,6}$")
# A sports agate's note of the clock its times are in, under its headline and credit: AP's
# "All Times EST", "All times Eastern", "All Times Local": no headline.
AGATE_ZONE_NOTE_RE = re.compile(r"^all\s+times\s+(?:are\s+)?(?:[a-z]{2,5}|local|eastern|central|"
                                r"mountain|pacific|atlantic)(?:\s+time)?\.?$", re.IGNORECASE)
# A teletype's message header in capitals: the agency's code, its serial number, a service's
# or desk's codes, and maybe the day and time the message was filed, day first as the
# European agencies wrote it, parts set apart by spaces: "TASS 217", "DPA 217 ID 0412", "TT
# 217 INR", "ADN 0217  14.09.76  1205", "TASS 217 RUS  05.03.75  14.32", "TANJUG 12-04-89
# 1530" (no serial), "SHIHATA  22/03/95  1140" (an agency's name longer than a code). No
# year for a serial ("EURO 2024" is a headline); the code must name an agency (head.py
# checks). The desk's word in capitals may stand between the agency and the day ("TT EKONOMI
# 27.05.96  14.12", "STT TALOUS 03.02.95 0915"), only before the stamp.
TELETYPE_HEADER_RE = re.compile(
    r"^(?P<agency>[A-Z]{2,10})"
    r"(?:\s+(?P<desk>[^\W\d_]{2,12})(?=\s+[0-3]?\d[./-][01]?\d[./-](?:19|20)?\d\d\s+[0-2]\d[.:]?[0-5]\d$))?"
    r"(?=\s+\d)"
    r"(?:\s+(?!(?:19|20)\d\d\b)\d{3,4}(?:\s+[A-Z]{1,5}(?:\s+\d{3,4})?){0,3})?"
    r"(?:\s+(?P<d>[0-3]?\d)(?P<sep>[./-])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)?\d\d)"
    r"\s+(?P<H>[0-2]\d)[.:]?(?P<M>[0-5]\d))?$")
# A header line of a document's reference, its label (a word or three, then the label's
# word) and one code with a figure in it after a colon: "RNS Number : 4821X", "Release No.:
# 24-112", "Ref: HMP/22/031". A headline after a colon has words ("Ref: Ports reopen").
REFERENCE_LINE_RE = re.compile(
    r"^(?:[^\W\d_][\w&.'-]*\s+){0,3}(?:" + "|".join(re.escape(w) for w in vocab.REFERENCE_LABEL_WORDS)
    + r")\s*:\s*(?=[\w/.-]*\d)[A-Za-z0-9][\w/.-]*$", re.IGNORECASE)
# A bulletin's issue line over its items: its name, capitalised, and the issue's number after
# "nr", "No.", "n°" and perhaps the year in brackets ("Biuletyn Informacyjny KAI nr 45 (2012)",
# "Mission Bulletin No. 112"), two words or more ("Klipp nr 6" numbers a clip). A headline has words after
# the figure, or lower-case words before it; head.py asks the name's case.
ISSUE_LINE_RE = re.compile(
    r"^(?P<name>(?:[^\W\d_][\w&.'’-]*\s+){2,5})(?i:nr\.?|no\.|n[°º]|núm\.|numéro|numer|issue)\s*"
    r"\d{1,4}(?:/(?:19|20)?\d\d)?(?:\s*\((?:19|20)\d\d\))?$")
# A wire service's header line that ends in the day and time the story was filed, its parts
# set apart by gaps of two spaces or more: PA's mark, service and slug, "HHHHH NEWS Ferry
# Storm  14/02/2006  15:06". The part before the day opens on a word in capitals.
# A fax machine's header line over each page it sent: the day and time, the sender's and the
# addressee's names or numbers, the page ("MAR-06-1996 09:14   FROM EAST DESK   TO 0171 555
# 0199   P.01/02", "06/03/96 09:14   FAX 254 2 555 01   PAGE 1"). When the copy was sent, as a
# mail's Date is.
FAX_HEADER_RE = re.compile(
    r"^(?P<day>[A-Za-z]{3}[-. ]\d{1,2}[-., ]+\d{2,4}|\d{1,2}[-. ][A-Za-z]{3}[-. ]\d{2,4}|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})"
    r"\s+(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?)\s{2,}"
    r"(?=.*\b(?:FROM|From|TO|To|FAX|Fax|TEL|Tel)\b).*\s{2,}(?:P\.?\s?\d{1,3}(?:/\d{1,3})?|(?i:page)\s+\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?)$")
# A text client's banner over the page it shows, its name and version ("Internet Gopher
# Information Client v1.12", "Lynx Version 2.4", "TIN newsreader 1.2"): no headline.
CLIENT_BANNER_RE = re.compile(
    r"^(?:[\w.+-]+\s+){0,4}?(?i:gopher|client|browser|newsreader|news\s+reader|lynx|mosaic|terminal|viewer)"
    r"(?:\s+[\w.+-]+){0,3}?\s+(?i:v|version\s+|rel(?:ease)?\.?\s*)?\d+(?:\.\d+)+[a-z]?$")
# A menu's path to the item, as a Gopher or BBS client shows it over the text ("Asia-Pacific
# News/Kyodo/1993-11/931102.03"): three parts or more between bare slashes, the item's name a
# number; a folder of a year, or a year and month, dates the copy.
MENU_PATH_RE = re.compile(r"^[^\W\d_][^/,:\n]{1,40}(?:/[^\s/,:][^/,:\n]{0,40}){2,6}/(?P<item>[^\s/,:]*\d{4}[^\s/,:]*)$")
MENU_YEAR_RE = re.compile(r"(?<=/)(?P<year>1[89]\d\d|20\d\d)(?:-(?:0[1-9]|1[0-2]))?(?=/)")
SLUG_STAMP_HEADER_RE = re.compile(
    r"^(?P<head>[A-Z]{3,}\s[^\d|.!?]{1,60}?)\s{2,}(?P<day>[0-3]?\d/[01]?\d/(?:19|20)\d\d)\s{2,}"
    r"(?P<time>[0-2]?\d:[0-5]\d)$")
# ...or that opens on the service's code, then the day and time it was filed, its zone, and
# after them the language and the slug: a terminal's header, "RTRS  07.08.2002  08:43 GMT
# [DE]  SLUG". The day with dots only: day first, as every such header writes it; or with
# the month's name between hyphens, or ISO's ("RTRS  06-Nov-2017 07:14:03 GMT  [ABC.OL]").
# The stamp may come first, the service's code after it: "22-Jan-2026 16:05 GMT  RTRS  SLUG",
# "2018-03-03 19:40 GMT  RTRS LATAM".
_SERVICE_DAY = (r"(?P<day>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d|[0-3]?\d-[A-Z][a-z]{2}-(?:19|20)\d\d"
                r"|(?:19|20)\d\d-[01]\d-[0-3]\d)")
_SERVICE_TIME = r"(?P<time>[0-2]?\d:[0-5]\d(?::[0-5]\d)?)(?:\s(?P<zone>GMT|UTC|[A-Z]{3,4}))?"
SERVICE_STAMP_HEADER_RE = re.compile(
    r"^(?:(?P<head>[A-Z]{2,6})\s{2,}" + _SERVICE_DAY + r"\s{1,}" + _SERVICE_TIME + r"\s{2,}\S"
    r"|" + _SERVICE_DAY.replace("<day>", "<day2>") + r"\s{1,}" + _SERVICE_TIME.replace("<time>", "<time2>").replace("<zone>", "<zone2>")
    + r"\s{2,}(?P<head2>[A-Z]{2,6})(?:\s+[A-Z]{2,12})?(?:\s{2,}\S.*)?$)")
# ...or a market terminal's screen header, opening on the key that called it up: "<GO>  BN
# 2024-06-11 07:55:31 NEWS  Page 1/2" (the key in angle brackets, the service's code, the day
# and time the item moved, then the screen's own words); its zone only when it names one.
KEYED_STAMP_HEADER_RE = re.compile(
    r"^<[A-Z]{2,6}>\s+(?:[A-Z]{2,6}\s+)?" + _SERVICE_DAY + r"\s+(?P<time>[0-2]?\d:[0-5]\d(?::[0-5]\d)?)"
    r"(?:\s(?P<zone>GMT|UTC))?(?!\S)")
WIRE_HEADER_LABEL_RE = re.compile(r"^(?:" + "|".join(vocab.WIRE_HEADER_LABELS) + r")\s*:\s*\S")
# A record's labelled line of no field, alone among the head's lines (too few for the
# envelope to read them as a feed item): "Rubrika: Jižní Morava", "Section: Business",
# "Keywords: ports, strikes" above the headline. Never the headline.
RECORD_SKIP_LABEL_RE = re.compile(
    r"^(?:" + "|".join(re.escape(k) for k, v in sorted(vocab.FEED_ITEM_LABELS.items(), key=lambda kv: -len(kv[0]))
                      if v in ("skip", "shot")) + r")\s*[:：]\s*\S", re.IGNORECASE)
# A headline in a messaging app's bold or italic marks, or Markdown's: "*Ports reopen*",
# "_Ports reopen_", "**Ports reopen**" (a WhatsApp share, a pasted chat message).
EMPHASIS_MARKS_RE = re.compile(r"^(?P<mark>\*\*?|__?|~)(?=\S)(?P<text>.*?\S)(?P=mark)$")
# A news terminal's source code before a headline, no part of it: Bloomberg's "(BN)" (Bloomberg
# News), "(BFW)" (First Word), "(BBF)" (Business Flash), "(BI)" (Intelligence), "(BNEF)",
# "(BGOV)", "(BLAW)", "(BBG)". (Yonhap's "(LEAD)" is part of its headline, and stays.)
# Reuters' routing code glued to the headline of copy as a client's system received it:
# "RTRS-Dutch flower exports bloom ..." (a channel, unlike the desk's "UPDATE 2-", which stays).
TERMINAL_CODE_RE = re.compile(r"^(?:\((?:BN|BFW|BBF|BBN|BI|BNEF|BGOV|BLAW|BBG)\)\s+(?=\S)|RTRS?-(?=[^\W_]))")
# An agency's Chinese name in brackets before a headline, as Xinhua's wire of the 1990s set
# its title line: "(新华社)天津港吞吐量增长" (the agency is read from the dateline).
CJK_AGENCY_TITLE_PREFIX_RE = re.compile(r"^[（(](?:" + "|".join(
    sorted((re.escape(k) for k in vocab.AGENCY_ALIASES if any("\u4e00" <= c <= "\u9fff" for c in k)),
           key=len, reverse=True)) + r")[）)]\s*(?=\S)")
# An advance's release line above its headline, as AP moved weekend features days ahead: "ADVANCE
# FOR SUNDAY, JULY 12", "ADV FOR USE MONDAY, MARCH 3", "Advance for release Sunday, Jan. 5":
# the day it may run, its year the transmission's.
ADVANCE_RE = re.compile(r"^(?:ADVANCE|ADV)\s+FOR\s+(?:USE\s+|RELEASE\s+)?(?P<when>[^\W\d_][^\d]{2,30}\d{1,2})\.?$",
                        re.IGNORECASE)
# An editors' note above the copy: "Eds: UPDATES with ...", "Editors: Moves on ...".
# AP's note above a series' story, with a colon or a dash: "EDITOR'S NOTE — This story is
# part of ...", "Editor's note: ...".
# AP's line of what moves with the story, under its headline: "With AP Photos", "With AP
# Laserphoto", "WITH PHOTOS, GRAPHIC" (pieces: the agency, the kinds of art).
WITH_ART_KINDS = r"(?:laser|wire|tele)?photos?|graphics?|maps?|sidebars?|video|audio|charts?"
WITH_ART_NOTE = (r"(?i:with\s+(?:(?:AP|UPI|the)\s+)?(?:" + WITH_ART_KINDS + r")(?:\s*(?:,|&|and)\s*(?:AP\s+)?(?:"
                 + WITH_ART_KINDS + r"))*\s*$)")
EDS_NOTE_RE = re.compile(r"^(?:(?:Eds|EDS)\s*:\s+\S|Editors?\s*:\s+(?:[A-Z]{3,}|[Mm]ov(?:es?|ing)|[Ww]ith|"
                         r"[Rr]epeats?|[Cc]orrects?)\b"
                         # a video desk's note in capitals ("EDITORS: THIS IS AN UPDATE. ADDS ...",
                         # "EDITORS: PLEASE NOTE ..."): its note's words, never a name ("EDITOR: JO ROE")
                         r"|EDITORS?\s*:\s+(?:THIS|PLEASE|NOTE|ADDS?|UPDATES?|UPDATED|CORRECTS?|CORRECTING|"
                         r"REPEATS?|REPEATING|REFIL\w*|RE-?ISSU\w*|MOVES?|MOVING|WITH|FIXES|RECASTS?|"
                         r"CLARIFIES|CHANGES|CONTAINS|SOME|ADVISORY|WARNING|EMBARGO\w*|DISREGARD\w*)\b"
                         r"|(?i:editor['’]?s['’]?\s+note|note\s+to\s+editors)"
                         r"\s*(?::|--|[-–—])\s*\S|" + WITH_ART_NOTE + ")"
                         # a writethru's note without its label, where it says which paragraphs
                         # changed: "Adds comment from mayor in grafs 5-6", "Updates with toll
                         # in 3rd para", "Corrects spelling of name in graf 4; New throughout"
                         r"|^(?:Adds|Updates|Corrects|Recasts|Inserts|Subs|Fixes|Clarifies|Changes|Moves|"
                         r"Includes|Deletes|Removes|Rewrites|Expands|Tops|Trims)\s\S.{0,90}?\b(?:grafs?|paras?|"
                         r"paragraphs?|pvs|lede|throughout)\b(?:\s+[\d\-–, and]+\b|\s+\d+(?:st|nd|rd|th)?)?\W*$")

# The time a writethru's note gives for the version it replaces: "An earlier version, moved
# at 11:05 a.m. ET, misspelled ...", "the earlier story sent at 9:40 a.m. EDT".
EARLIER_SENT_RE = re.compile(
    r"\b(?i:earlier\s+(?:version|story|item|take))\b[^.;]{0,40}?\b(?i:moved|sent|transmitted|issued|filed)\s+at\s+"
    r"(?P<time>[01]?\d:[0-5]\d\s*[ap]\.?\s?m\.?|[0-2]?\d:[0-5]\d)(?:\s+(?P<tz>[A-Z]{2,4})\b)?")

# A wire's advance release line over the headline of a story sent days ahead: "ADVANCE FOR
# SUNDAY, JULY 12", "Adv for Weekend Editions, Aug 3-4", "For release Tuesday AMs". Never the
# headline (its day is the release's, read as a date where the date rules know the shape).
WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend"
ADVANCE_NOTE_RE = re.compile(r"^(?i:(?:advance|adv|embargoed|hold)\s+for\s+(?:release\s+|use\s+)?(?:[^\W\d_]+\s+){0,2}"
                             r"|for\s+(?:release|use)\s+(?:[^\W\d_]+\s+){0,2})(?i:" + WEEKDAY_WORD + r")s?\b")

# A correction's note set over the copy it corrects, a label and a colon, then what was wrong:
# "CORRECTION: An earlier version gave ...", "CORRECTIE: In de tweede alinea ...", "Berichtigung:
# Im dritten Absatz ...". The labels: vocab.CORRECTION_NOTE_LABELS. Read as a note (no headline,
# no copy) only when it runs on to a sentence: "Correction: Farm bill story" is a headline.
CORRECTION_NOTE_RE = re.compile(r"^(?i:" + "|".join(vocab.CORRECTION_NOTE_LABELS) + r")\s*:\s+\S")
CORRECTION_NOTE_MIN_WORDS = 8

# -- agency credit lines in the head
STANDFIRST_MIN_WORDS = 5     # a headline and a standfirst both have this many words or more
STANDFIRST_LONG_WORDS = 15   # ...or the standfirst this many under a short headline: few headlines run so long
# What marks a line above a headline as chrome, not as the headline over its standfirst:
# figures ("Essai gratuit 14 jours", "• 2h • 2 min read"), bullets, brackets, a caption's credit.
PROMO_MARK_RE = re.compile(r"[\d•·|()]|(?i:\bfoto\b|\bphoto\b)")
# ...the same without figures: a line of figures alone may still be a headline with its
# figure ("Italy industrial output up 1.4% in January"), unless a promo's word or its
# shortness gives it away (PROMO_WORD_RE, title._chrome_above).
CHROME_MARK_RE = re.compile(r"[•·|()]|(?i:\bfoto\b|\bphoto\b)")
PROMO_WORD_RE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, vocab.PROMO_WORDS))
                           + r")(?![^\W\d_])", re.IGNORECASE)
# A headline over its standfirst holds one figure ("... up 1.4% in January"); two are a
# note's or a date's ("CORRECTS name of company in paras 1, 3", "For Release Thursday AMs,
# Jan. 13, 1983"), many a ticker's.
MAX_HEADLINE_FIGURES = 1
MAX_SLUG_TOPIC_WORDS = 2     # a caps slug's topic after its place: "BEOGRAD - PRIVREDA", "ZAGREB - SPORT"
MAX_AGENCY_LINE_CHARS = 80   # "Press Trust of India | New Delhi" and its kin are short
# A label alone on its line, ending in a colon, names the lines under it ("Author of the
# article:" over "Bloomberg News" and the names, as the Financial Post sets its byline):
# no headline. A headline with a colon goes on after it ("Landtag: ..."); this many words.
MAX_LONE_LABEL_WORDS = 4
MAX_ROLE_LINE_WORDS = 6      # "Corresponsal jefa en Venezuela" under a byline: a role and its beat, short
MAX_AGENCY_LINE_WORDS = 7    # "Associated Press Chief Medical Writer", "Le Monde avec AFP et Reuters"
# Factiva's length line: "412 words".
WORD_COUNT_RE = re.compile(r"^\d[\d,.]*\s+(?:words|mots|wörter|palabras|parole|palavras)$", re.IGNORECASE)
# A database export's source line, the agency's service and its language: "Agence France
# Presse -- English", "Deutsche Presse-Agentur -- German".
SOURCE_EDITION_RE = re.compile(
    r"^(?P<source>[^\W\d_][^\n]{1,50}?)\s+-{1,2}\s+(?:English|French|German|Spanish|Portuguese|"
    r"Italian|Arabic|Russian|Chinese|Japanese|International|Worldwide|World Service)$")
# ...or its region or language in brackets after it, as ProQuest's exports give it: "AAP
# General News (Australia)", "Xinhua News Agency (English)". Read without the bracket.
SERVICE_REGION_RE = re.compile(r"\s+\([^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){0,2}\)$")
# "Le Monde avec AFP", "(Avec AFP et Reuters)", "Redazione ANSA", "With AP": a site's or a
# desk's credit to the agencies whose copy it runs.
AGENCY_CREDIT_RE = re.compile(
    r"^\(?\s*(?:[^\W_][\w.'’-]*(?:\s+[^\W_][\w.'’-]*){0,3}\s+)?"
    r"(?:avec|with|mit|con|com|met|redazione|rédaction|redaktion|redacción|redação)\s+"
    r"(?P<agencies>[^\W\d_].{1,60})$", re.IGNORECASE)

# A desk's credit where a byline stands, naming no one: "Staff and wire reports", "From
# wire reports", "Staff and agencies", "Wire services" (US and British papers), the paper's
# short name first ("Times wire services", "Herald news services").
DESK_CREDIT_RE = re.compile(
    r"^(?i:(?:by\s+|from\s+|compiled\s+from\s+)?(?:(?:[\w'’.-]+\s+)?staff\s*(?:and|&|,)\s+|[\w'’.-]+\s+)?"
    r"(?:wire|news|agency)\s+(?:reports?|services?|dispatches)"
    r"|(?:by\s+)?(?:[\w'’.-]+\s+)?staff\s*(?:and|&)\s*agencies|staff\s+reports?)\.?$")
MAX_DESK_CREDIT_CHARS = 40
# A paper's credit to its own desk under the headline, where a byline stands: "Arab News
# report", "Times of Oman Report", "Gulf Today report" (Gulf papers). Read only under a
# headline: alone at the top, "Climate Report" may be a section's label over one.
OUTLET_REPORT_RE = re.compile(
    r"^[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and|&)){0,4}\s+(?:report|Report|REPORT)$")
# A line naming the story's sources above it: "Sources: AFP, Reuters", "Source: Reuters".
HEAD_SOURCE_RE = re.compile(r"^(?i:sources?|quellen?|fuentes?|fontes?)\s*:\s*(?P<agencies>[^\d()|]{2,60})$")

# A full sentence: the story text has begun (a dateline can only open it). Six words at
# least, each whole: with "{5,}", or a word that may end anywhere, ".*" was tried after
# every split of a long line without a full stop (a table's 3,000 figures on one line, a
# pasted image's 50,000 letters of base64: seconds).
SENTENCE_RE = re.compile(r"^\S+(?:\s+\S+){5}(?!\S).*[.!?][\"'”»)]*$")

# A byline's label that opens no headline, over a name the byline reader may not know
# ("Written by पीटीआय"): English "By" and the labels of more than one word ("Written by",
# "Story by"); "De", "Por" or "Von" open headlines too ("De Bruyne returns"). The first two
# letters of each gate the test.
CREDIT_LABEL_OPENERS = frozenset(w for w in vocab.BYLINE_OPENERS if w == "by" or " " in w)
CREDIT_LABEL_STARTS = frozenset(w[:2] for w in CREDIT_LABEL_OPENERS)
MAX_CREDIT_LABEL_NAME_WORDS = 4   # "Written by Jo Roe and Al Day": a name or two after the label
NAME_JOINER_SET = frozenset(vocab.NAME_JOINERS)
