"""Fields stage: clean text -> raw field strings (title, date lines, byline, dateline, credits, body).

The text is read as a head (everything above the dateline: site chrome, title, date lines,
photo caption, byline), a body (from the dateline on) and a tail (closing credits, sign-off,
site chrome), which is cut off the body. Nothing here parses dates or detects language:
RawFields carries strings to normalize.py.
"""
from __future__ import annotations

import re
import dataclasses
from dataclasses import dataclass, field

from . import cjk, clean, envelope, normalize, vocab

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

DASH = r"(?:--|\.-|-|–|—|_|―)"
AGENCY_PAREN = r"\((?P<agency>[^()\n]{1,40})\)"
PLACE_WORD = r"[^\W\d_](?:[^\W\d_]|['’.])*(?![^\W\d_])"
DATELINE_RE = re.compile(
    r"^(?P<lead>[\s*]*(?:[a-z0-9]\s{2,})?)"     # indentation, or a stray wire-feed character
    r"(?P<place>" + PLACE_WORD + r"(?:(?:\s+|\s*/\s*|[-'’])" + PLACE_WORD + r"){0,5}?)"
    r"(?P<region>(?:\s*,\s*" + PLACE_WORD + r"(?:\s" + PLACE_WORD + r"){0,2}){0,2}?)"
    r"(?P<date>\s*,?\s*(?:[^\W\d_]{3,10}\.?\s+\d[\dO]{0,2}|[0-3]?\d\.?\s+[^\W\d_]{3,10}\.?"
    # "MADRID, 5 (EUROPA PRESS)": a day alone, before the agency's bracket; "BRUXELLES 27/09
    # (BELGA) =": a day and a month's number (Belga)
    r"|[0-3]?\d(?:/[01]?\d)?(?=\s*\())"
    r"(?:,?\s+(?:19|20)\d\d)?\.?)?"
    # "WASHINGTON, March 12, Reuter -": the agency as a word after a comma (older copy), or
    # right after the date ("TOKYO, Jan. 15 Kyodo -", "ROCKHAMPTON, Jan 3 AAP -")
    r"(?:(?:\s*,\s*|(?<=\d)\s+)(?P<agency_word>(?i:" + "|".join(
        re.escape(k) for k in sorted(vocab.AGENCY_ALIASES, key=len, reverse=True)
        if " " not in k and len(k) > 2) + r"))\b)?"
    # (Belga closes its dateline with "=": "BRUXELLES 27/09 (BELGA) = La STIB ...")
    r"\s*,?\s*(?:(?:" + AGENCY_PAREN + r"|/(?P<agency_slash>[^\W\d_][^/\n]{1,20})/\.?)\s*(?P<dash1>" + DASH
    + r"|=(?=\s))?"
    # a bare dash must stand apart from a word on one side at least ("WINSTON-SALEM" is a city)
    # (nor be a minus: "AAPL -1.2%")
    r"|(?:(?<=\s)(?P<dash2>" + DASH + r")(?![\d.,])|(?P<dash3>" + DASH + r")(?=\s|$|[\"'“«„])))")
# "Ronda (Málaga), 5 mar (EFE).-", "Cúcuta (Colombia)/Caracas": a region in brackets after
# a place word, before a comma or a second city.
BRACKETED_REGION_RE = re.compile(
    r"^\s*" + PLACE_WORD + r"(?:[\s\-'’]" + PLACE_WORD + r"){0,5}(?:\s*/\s*" + PLACE_WORD
    + r"(?:[\s\-'’]" + PLACE_WORD + r"){0,3})*"
    r"(?P<bracket>\s*\((?P<region>[^\W\d_][^()\n]{1,30})\))(?=\s*(?:[,/]|\([^()\n]{2,40}\)\s*"
    + DASH + r"))")
# "Frankfurt (Oder)", "HALLE (SAALE)": a bracket that belongs to the city's name.
CITY_QUALIFIER_RE = re.compile(r"(?<=[^\W\d_])\s*\((?P<qualifier>(?i:" + "|".join(
    re.escape(q) for q in sorted(vocab.CITY_QUALIFIERS.values(), key=len, reverse=True)) + r"))\)")
CITY_QUALIFIER_CHARS = 60   # ...looked for among a dateline's first characters only
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
TIME_START_RE = re.compile(r"^\d{1,2}[:.h]\d\d\b")
CLOCK_RE = re.compile(r"(?<!\d)[0-2]?\d[:h][0-5]\d(?!\d)")
ENGLISH_MONTH_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d", re.IGNORECASE)
AGENCY_END_RE = re.compile(r"\d\s+(?i:" + "|".join(
    re.escape(k) for k in sorted(vocab.AGENCY_ALIASES, key=len, reverse=True)
    if " " not in k and len(k) > 2) + r")\s*$")
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
# "Москва. 21 января. INTERFAX -": place, day and month, and the agency's word, each closed by
# a full stop (Interfax's Russian copy).
DOTTED_DATELINE_RE = re.compile(
    r"^\s*(?P<place>" + PLACE_WORD + r"(?:[\s-]" + PLACE_WORD + r"){0,2}?)\.\s+"
    r"(?P<date>[0-3]?\d\s+[^\W\d_]{3,10})\.\s+(?P<agency>[^\W\d_][\w-]{1,20})\s*" + DASH + r"(?=\s)")
# "(di Giulia Ferraresi) (ANSA) - BOLOGNA, 05 NOV -": the reporter in brackets before the agency's.
BRACKET_BYLINE_RE = re.compile(r"^\s*\(\s*(?i:di|by|por|par|von|de)\s+(?P<names>[^()\n]{3,60})\)\s*(?=\()")
COLON_DATELINE_MIN_WORDS = 10
SENTENCE_CLOSERS = ".\"”’)»"   # what ends a paragraph of prose   # a story's first paragraph, not a label ("NOTE: See below")
AGENCY_LEAD_RE = re.compile(r"^\s*\((?P<agency>[^()\n]{2,40})\)\s+(?=[^\W\d_])")
AGENCY_ONLY_RE = re.compile(r"^\s*" + AGENCY_PAREN + r"\s*(?P<dash>" + DASH + r")\s*")
# "March 4 (Reuters) -", "4 mars 2024 (AFP) -": a date and an agency, no place.
DATE_AGENCY_RE = re.compile(
    r"^\s*(?P<date>(?:[^\W\d_]{3,10}\.?\s+\d{1,2}|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?)"
    r"(?:,?\s+(?:19|20)\d\d)?)\s*,?\s*" + AGENCY_PAREN + r"\s*(?P<dash>" + DASH + r")")
# A dateline read around its agency's tag whatever its date's language or script: the tag in
# brackets, in slashes, or as a bare word before a dash or a full stop ("Budapest, 2024.
# március 5., kedd (MTI) -", "RĪGA, 5. marts, LETA.", "Пловдив, 5 март /Мария Петкова, БТА/",
# "المنيا في ٥ مارس ٢٠٢٤ /أ ش أ/", "شیراز- ایرنا-", "Makkah, Sha'ban 24, 1445, March 05,
# 2024, SPA --"). The first tag of the line decides; only a known agency makes it a dateline.
TAG_WORD_KEYS = sorted({k for k in (*vocab.AGENCY_ALIASES, *vocab.BRACKET_AGENCY_ALIASES)
                        if " " not in k and len(k) > 2}, key=len, reverse=True)
DATELINE_TAG_RE = re.compile(
    r"\((?P<paren>[^()\n]{2,40})\)|/\s*(?P<slash>[^/\n]{2,40}?)\s*/"
    r"|(?<=[\s,\-–—])(?P<word>(?i:" + clean.literal_trie(TAG_WORD_KEYS) + r"))(?!\w|-\w)"
    r"(?=\s*(?:" + DASH + r"|[.=](?:\s|$)|$))")
TAG_END_RE = re.compile(r"\s*(?:" + DASH + r"|\.(?=\s|$)|=(?=\s))?")
# Where a tagged dateline's place ends and its date begins: a comma, a number, a spaced
# dash, Arabic "في" ("in": "دبي في 18 مارس").
TAG_PLACE_END_RE = re.compile(r"\s*,|\s+(?=\d)|\s*[-–—]+(?:\s|$)|\s+في\s")
TAG_DATE_TOKEN_RE = re.compile(r"[^\s,]+")
TAGGED_DATELINE_CHARS = 160   # the tag stands within a dateline's first characters
MAX_TAG_DATE_CHARS = 70       # "Sha'ban 24, 1445, March 05, 2024" and its kin
MAX_TAG_DATE_WORDS = 6        # "05 رمضان 1445 هـ الموافق 15 مارس 2024 م"
MAX_TAG_PLACE_WORDS = 4

# Both dateline patterns end in "(" or a DASH character (or TASS's "/"): a line without one is no dateline,
# and is turned away before DATELINE_RE backtracks through its place words.
DATELINE_MARK_RE = re.compile(r"[(\-–—_―/]")

# A byline's opening word ("Von", "Par") before a name: no dateline's place opens so.
BYLINE_OPENER_WORDS = frozenset(w for w in vocab.BYLINE_OPENERS if " " not in w)
BYLINE_RE = re.compile(
    r"^\s*(?P<opener>" + "|".join(vocab.BYLINE_OPENERS) + r")\s*:?\s+(?P<names>\S.*)$",
    re.IGNORECASE)
# "Jane Roe, Associated Press" / "Jane Roe | Reuters": an affiliation without an opener;
# "Jane Roe / La Presse Canadienne" (a spaced slash: "EFE/Name" unspaced is a photo credit).
BYLINE_AFFILIATION_RE = re.compile(
    r"^\s*(?P<names>[^\W\d_][^,|/\n]{2,60}?)\s*(?:[,|]|\s/\s|(?P<dash>\s[-–—]\s))\s*(?P<aff>[^\n]{2,60})$")
# Markdown's emphasis around a whole line: "**By Jo Roe and Al Day**", "*By Jo Roe*".
EMPHASIS_RE = re.compile(r"^(\*{1,2}|_{1,2})(?P<inner>[^*_].*?)\1$")
# "Luana Figueiredo - Repórter da Agência Brasil - Brasília", "Bruno Taveira - Agência Brasil
# reporter - Rio de Janeiro": the names, the role at the agency, the desk's place, set apart by dashes.
BYLINE_DASH_RE = re.compile(r"\s+[-–—]\s+")
# A date, then the byline on the same line: "Published on 10/05/2022 - 16:05 By Bruno Taveira".
DATE_BYLINE_RE = re.compile(r"^(?P<date>.*\d.*?)\s+(?P<by>(?:By|Por|Par|Von|Di)\s+[^\W\d_].*)$")
NAME_SPLIT_RE = re.compile(
    r"\s*(?:,|;|\||/|\s(?:" + "|".join(re.escape(j) for j in vocab.NAME_JOINERS) + r")\s)\s*",
    re.IGNORECASE)
# "de" is no place word here: in "López de Lérida", "Anne-Sophie de Villiers" it is a name's
# particle, and a place after a byline comes with "en", "desde", "à" or "em".
# "Le Figaro avec AFP", "Ouest-France avec AFP", "Le Quotidien du Sud avec AFP": an outlet
# (one word, or up to four after an article: no person's name opens with one) running an
# agency's copy.
OUTLET_CREDIT_RE = re.compile(
    r"^\s*(?:(?i:le|la|les|the|el|der|die|das|il|lo|o)\s+[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}?"
    r"|[^\W\d_][\w'’.-]*)\s+(?i:avec|with|mit|con|com)\s+(?P<rest>\S.*)$")
WITH_AGENCY_BRACKET_RE = re.compile(r"\(\s*(?:avec|with|mit|con|com)\s+([^()]*)\)", re.IGNORECASE)
JOINER_LEAD_RE = re.compile(
    r"^(?:" + "|".join(re.escape(j) for j in vocab.NAME_JOINERS) + r")\s+", re.IGNORECASE)
PLACE_SUFFIX_RE = re.compile(r"\s+(?:in|à|a|au|aux|en|in der|aus|from|desde|em|at)\s+[^\W\d_].*$")
ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
# A US state after a place: "N.H.", "D.C.", "Calif.", "W.Va.", "New Hampshire".
STATE_RE = re.compile(r"(?:[A-Z][a-z]{0,4}\.|[A-Z]\.\s?(?:[A-Z]\.\s?)?[A-Z]\.?|W\.\s?Va\.?|"
                      + "|".join(vocab.US_STATES) + ")")
ROLE_WORDS = frozenset(vocab.BYLINE_ROLE_WORDS + vocab.BYLINE_DESK_WORDS)
ROLE_WORDS_RE = re.compile(r"\b(?:" + "|".join(vocab.BYLINE_ROLE_WORDS) + r")\b", re.IGNORECASE)

# Photo credits: "REUTERS/Jonathan Ernst", "(AP Photo/Evan Vucci)", "AFP/Name", "Photo: Name/AFP".
PHOTO_AGENCIES = (r"(?:REUTERS|Reuters|AFP PHOTO|AFP Photo|AFP|AP Photo|AP|EPA-EFE|EPA|dpa|Getty Images|Xinhua|Yonhap|Kyodo|"
                  r"ANSA|EFE|Bloomberg|APA|PA Wire|PA|THE CANADIAN PRESS|The Canadian Press|AAP Image|"
                  r"AAP|KEYSTONE|Keystone|BELGA|Belga|ANP|Anadolu Agency|LaPresse|LUSA|Lusa|NTB|TT|PAP|STT|Lehtikuva)")
PHOTO_CREDIT_RE = re.compile(
    r"\b" + PHOTO_AGENCIES + r"\s*/\s*(?:Photo\s*/\s*)?(?P<name>[^\W\d_][^/()\n]{1,60}?)"
    r"(?:\s*[/,]\s*(?:File Photo|File|Pool|Handout|Illustration|via Reuters|Archive|Archivo|Archives))*"
    r"\s*[)\].]*\s*(?:Purchase Licensing Rights(?:, opens new tab)?)?\s*$")
PHOTO_CREDIT_REVERSED_RE = re.compile(
    r"(?:Photo by|Photos by|Foto von|Foto de|Crédit photo|Photograph|Photos|Fotos|Photo|Foto|Bild|"
    r"Credit|Quelle|Kuva|Zdjęcie)"       # Finnish and Polish: "Kuva: Name / Lehtikuva"
    r"\s*:?\s*"
    r"(?P<name>[^\W\d_][^/()\n:]{1,60}?)\s*/\s*(?P<agency>" + PHOTO_AGENCIES + r")\b",
    re.IGNORECASE)
# "(Owen Carrick/PA)", "(Jane Roe/The Canadian Press)": a name and its agency in brackets.
# "© Jes Aznar, AFP", "(Quelle: Julia Roe/dpa)": a copyright or source mark before the name.
PHOTO_CREDIT_MARKED_RE = re.compile(
    r"(?:©|\(\s*Quelle\s*:)\s*(?P<name>[^\W\d_][^,/©()\n]{1,40}?)\s*[,/]\s*(?P<agency>"
    + PHOTO_AGENCIES + r")\b")
# "PHOTO | AFP | Simon Maina": a label, the agency and the name between bars.
PHOTO_CREDIT_BARS_RE = re.compile(
    r"\bPHOTO\s*\|\s*(?P<agency>" + PHOTO_AGENCIES + r")\s*\|\s*(?P<name>[^\W\d_][^|/()\n]{1,40}?)\s*$",
    re.IGNORECASE)
PHOTO_CREDIT_BRACKET_RE = re.compile(
    r"\(\s*(?P<name>[^\W\d_][^/()\n]{1,60}?)\s*/\s*(?P<agency>" + PHOTO_AGENCIES + r")\s*\)\s*$")
# A photo label, then an agency and a name either way round: "Foto: ANTARA/Nyoman Wibowo"
# (Antara sets the agency first), "Photo: Tran Quoc Viet/VNA" (at a caption's end); a side
# is the agency when it is one we know or an acronym in capitals.
PHOTO_LABEL = r"(?:photos?|fotos?|ảnh|fotoğraf|fotograf|foto von|photo by|photos by)"
PHOTO_LABEL_SLASH_RE = re.compile(
    r"(?:^|(?<=[\s(\[.]))" + PHOTO_LABEL + r"\s*:\s*(?P<first>[^\W\d_][^/()\[\]\n:|]{1,60}?)\s*/\s*"
    r"(?P<second>[^\W\d_][^/()\[\]\n:|]{1,60}?)\s*[)\].]*\s*$", re.IGNORECASE)
PHOTO_ACRONYM_RE = re.compile(r"[A-ZÀ-Ỹ]{2,10}")
# A photo label over a line of its own, then a person's name: "Fotos: Carla Benítez", "Ảnh: Lê Văn An"
PHOTO_LABEL_NAME_RE = re.compile(
    r"^" + PHOTO_LABEL + r"\s*:\s*(?P<name>[^\W\d_][\w'’.-]*(?:\s[\w'’.-]+){1,4})\s*$", re.IGNORECASE)
# Words of an organisation credited for a photo ("Photo: Kyiv City State Administration"), no person
PHOTO_ORG_WORDS = frozenset(vocab.PHOTO_ORG_WORDS)
CAPTION_START_RE = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b|file photo|photo d'archive|foto de archivo|archivfoto|"
    r"archivbild|photos?\s*:|fotos?\s*:|bild\s*:|image\s*:|caption\s*:|légende|ảnh\s*:|fotoğraf\s*:|"
    r"(?:archivo|archive|archiv|archives|file)\s+[-–—]\s)",
    re.IGNORECASE)

# (each label also folded: "συντάκτησ:" is how re's IGNORECASE finds "ΣΥΝΤΑΚΤΗΣ:", whose
# capital sigma it does not match to a final "ς")
CREDIT_ROLE_KEYS = sorted({x for rs in vocab.CREDIT_ROLES.values() for r in rs for x in (r, r.casefold())},
                          key=len, reverse=True)
# (keyed folded: a Greek label's final sigma folds to "σ", "Συντάκτης:" -> "συντάκτησ:")
CREDIT_ROLE_OF = {r.casefold(): f for f, rs in vocab.CREDIT_ROLES.items() for r in rs}
# (a role opens the text or a clause: after a bracket, a semicolon, a comma, a full stop,
# or a spaced dash, as in Agência Brasil's "Translation: A - Edition: B")
CREDIT_ROLE_RE = re.compile(
    r"(?:^|(?<=[(;,.])|(?<=\s[-–—]))\s*(?P<role>" + "|".join(re.escape(r) for r in CREDIT_ROLE_KEYS)
    + r")\s*:?(?=\s)", re.IGNORECASE)
# The clause that opens a closing credit paragraph; weaker role words ("par", "von",
# "photo") only count inside a paragraph that one of these opens.
# Labels written with their colon ("Pewarta:", "Toimetaja:") open one too, except a photo's
# (a caption line: "Foto: ANTARA/Name" is read by photo_credit, which tells the agency apart).
CREDIT_OPENERS = tuple(r for r in CREDIT_ROLE_KEYS
                       if r.endswith(":") and CREDIT_ROLE_OF[r.casefold()] != "photographers"
                       or " " in r or r in ("reportage", "rédaction", "redaktion", "mitarbeit",
                                            "reporting", "editing", "traduction", "redazione",
                                            "reporter", "editor", "editors", "autor", "translation:",
                                            "autorin", "autora", "edição", "edición", "texto",
                                            "tradução", "traducción", "writer", "autorka",
                                            "übersetzung"))
CREDIT_OPEN_RE = re.compile(
    r"^\s*(?:[-–—]{1,2}\s*)?\(?\s*(?:" + clean.literal_trie(CREDIT_OPENERS) + r")\s*:?\s",
    re.IGNORECASE)
# "(Por Tatiana Bressan; edição de Roberto Samora)": a byline word, then roles after a semicolon.
BY_CREDIT_OPEN_RE = re.compile(r"^\s*\(\s*(?:por|par|by|von)\s+[^();]{3,60};", re.IGNORECASE)
# "(Bangkok Newsroom; Editing by ...)": a desk named before the roles (tried only on a line
# with a semicolon near its start: most lines are prose, and this costs more).
DESK_CREDIT_OPEN_RE = re.compile(
    r"^\s*\(\s*[^\W\d_][\w .'’-]{0,30}\s(?:newsroom|bureau|desk)\s*;\s*(?:"
    + clean.literal_trie(CREDIT_OPENERS) + r")\s*:?\s", re.IGNORECASE)
# Where a credit's names stop and a sentence begins: "redigiert von Ralf Banser. Bei Rückfragen ..."
# (a dot after a word of two letters or more, so initials like "A. Lee" stay).
CREDIT_SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[^\W\d_])")
# (The credit group runs from the bracket to the closing one whichever opener matched.)
# Agerpres closes its last paragraph with the agency, a slash and the credits after the
# desk's initials: "... temporar. AGERPRES/(A - autor: Ana Pop, editor: Dan Ilie)".
TRAILING_CREDIT_RE = re.compile(
    r"\s*(?:(?P<agency>[A-Z]{2,12})\s*/\s*)?\((?:[^\W\d_]{1,3}\s*[-–]\s*)?(?P<credit>(?:" + clean.literal_trie(CREDIT_OPENERS) + r")\s*:?\s[^()]{2,400})\)\s*$",
    re.IGNORECASE)
# Sign-offs and closing notes: " Reuter", "(dpa)", "(APA, 1.2.2015)", "AFP", "dpa xy/ab",
# "==Kyodo".
SIGNOFF_RE = re.compile(
    r"^\s*(?:={2,}\s*)?\(?\s*(?P<agencies>[A-Za-z][\w\-]*(?:\s*[/,]\s*[A-Za-z][\w\-]*)*?)"
    r"(?:\s*,?\s*(?P<date>\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})|\d{4}-\d\d-\d\d))?\s*\)?"
    r"(?:\s+[A-Za-z]{1,6}(?:/[A-Za-z]{1,6})+)?\s*\.*\s*$")
# A closing note of the agencies a site's story draws on: "(Avec AFP et Reuters)", "(With AFP)".
AGENCY_NOTE_RE = re.compile(r"^\(\s*(?:avec|with|mit|con|com)\s+(?P<agencies>[^()]{2,50}?)\s*\)\.?$",
                            re.IGNORECASE)
# A sign-off set apart at the end of a table line: "total 55.8 (33.7).        REUTER"
SIGNOFF_TAIL_RE = re.compile(r"(?:\s{3,}|^\s*|(?<=[.)]) )(?P<agency>REUTERS?|Reuters?)(?:\.+|\d\d:\d\d/\w+|\^M)*\s*$")
# Ends of copy: "(END)" (Yonhap), "-30-", "###", "(FIN)", "(Ende)".
STORY_END_RE = re.compile(
    r"^\(?\s*(?:end|ends|fin|fim|ende|fine|schluss|-30-|#{3,}|\*{3,})\s*\)?\.?"
    r"(?:\s+[a-z]{1,6}(?:/[A-Za-z]{1,6})+)?$", re.IGNORECASE)
# Feed slug lines: "APA0345    5 II 0321 WI" (agency letters glued to a serial number).
FEED_CODE_RE = re.compile(r"^[A-Z]{2,5}\d{3,6}(?:\s+[A-Z0-9]{1,6}){0,8}$")
# AFP desk signatures closing the copy: "lm/jmr/ab", "bur-ab/cd".
DESK_CODE_RE = re.compile(r"^[a-z]{1,6}(?:-[a-z]{1,6})?(?:/[A-Za-z]{1,6}){1,6}$")
# The time a story was sent, at its end: DDHHMM, maybe a zone, month, two-digit year, after
# the agency and the desk's initials or on a line of its own.
SENT_STAMP_RE = re.compile(
    r"^(?:(?P<agency>dpa|AFP|afp|EFE|APA|ANSA)(?:\s+[a-z]{1,4}(?:/[a-z]{1,4})*){0,5}\s+)?"
    r"(?P<d>[0-3]\d)(?P<H>[0-2]\d)(?P<M>[0-5]\d)\s+(?:(?P<tz>GMT|UTC|MEZ|MESZ|CET|CEST)\s+)?"
    r"(?P<mon>[^\W\d_]{3,4}\.?)\s+(?P<y>\d\d)$")
# A line naming the story's sources: "Quelle: dpa", "Fonte: Ansa", "Source : AFP",
# Deutsche Welle's "ust/kle (dpa, afp)".
SOURCE_LINE_RE = re.compile(
    r"^(?:(?i:source|sources|quelle|quellen|fuente|fuentes|fonte|fontes|bron|bronnen|źródło)\s*:"
    r"|[a-z]{2,4}(?:/[a-z]{2,4})+\s*(?=\())\s*\(?(?P<agencies>[^()]{2,60}?)\)?\.?$")
INITIALS_SIGNOFF_RE = re.compile(r"^(?:dpa|AFP|EFE|APA|ANSA)(?:\s+[a-z]{1,4}\d?){2,6}$")
# ...and any known agency's, its name in brackets or not: "NZPA gw mc", "(Hina) xmb ymc".
AGENCY_INITIALS_RE = re.compile(r"^\(?(?P<agency>[^\W\d_][\w-]{1,15})\)?(?:\s+[a-z]{1,4}\d?){1,6}$")
# An agency's name in slashes on its own line under the copy: "/أ ش أ/" (MENA), "/Agerpres/".
SLASHED_SIGNOFF_RE = re.compile(r"^/\s*(?P<agency>[^/\d]{2,30}?)\s*/$")
# An agency's name in brackets closing the last paragraph: "... their offices. (PNA)".
TRAILING_AGENCY_RE = re.compile(r"(?<=[.!?\"”’])\s*\((?P<agency>[^\W\d_][^()\n]{1,30})\)\s*$")
# The agency credited in a story's lead: "..., Ukrinform reports.", "Про це повідомляє
# кореспондент Укрінформу." (Ukrinform's house style, with no dateline and no sign-off).
LEAD_CREDIT_RE = re.compile(
    r",\s+(?P<agency>[A-Z][\w-]+(?:\s[A-Z][\w-]+){0,2})\s+(?:reports|reported|has learned)\b"
    r"|\b(?:повідомляє|повідомляють|передає|сообщает|передает)\s+(?:(?:власний\s+|собственный\s+)?"
    r"(?:кореспондент(?:ка)?|корреспондент)\s+)?(?P<agency2>[^\W\d_][\w-]+)")
LEAD_CREDIT_CHARS = 800   # the lead's first paragraphs: further down an agency is a source quoted
# A transmission stamp closing US wire copy, month first: AP's "AP-NY-07-14-98 1532EDT",
# Dow Jones's "03-05-04 1432ET" (a two-letter zone, its summer time read by the date).
WIRE_STAMP_RE = re.compile(
    r"^(?:AP-[A-Z]{2}-)?(?P<m>[01]\d)-(?P<d>[0-3]\d)-(?P<y>\d\d)\s+(?P<H>[0-2]\d)(?P<M>[0-5]\d)\s*"
    r"(?P<tz>[A-Z]{2,4})<?$")
# The affiliation under a byline, on a line of its own: "By Jo Roe" / "Of DOW JONES NEWSWIRES".
BYLINE_OF_RE = re.compile(r"^(?i:of|for)\s+(?P<aff>[^\W\d_][^\n]{1,60})$")
# Notes that stand as sentences of their own, at the copy's end or above it:
# The Canadian Press's "This report by The Canadian Press was first published Feb. 17, 2023."
CLOSING_PUBLISHED_RE = re.compile(
    r"^This (?:report|story|article)\b(?P<by>.{0,60}?)\s(?:was|is)\s+(?:first|originally)\s+"
    r"published\s+(?:on\s+)?(?P<date>\S.{4,40}?)\.?$")
# "This article was translated from Swedish by Maja Lindqvist." (an English site's note)
TRANSLATED_NOTE_RE = re.compile(
    r"^(?:This (?:article|story|report|text) (?:was|has been|is) )?(?i:translated) from (?:the )?"
    r"[^\W\d_]+(?: into [^\W\d_]+)? by (?P<names>[^\W\d_].{2,80}?)\.?$")
# An agency's site under its copy: "Only some of the stories that Anadolu Agency distributes
# to its subscribers are published on this website."
AGENCY_SITE_NOTICE_RE = re.compile(
    r"^Only (?:some|a (?:selection|part|few)) of the (?:news )?(?:stories|news|articles|reports) "
    r"(?:that )?(?P<agency>[^\W\d_][\w .'’-]{1,40}?) (?:distributes|sends|provides|offers) to its "
    r"(?:subscribers|clients|customers)\b")
EMAIL_LINE_RE = re.compile(r"^\(?\s*\S+@\S+\.\w+\s*\)?$")
# "Associated Press writer Jane Roe in Lviv contributed to this report."
CONTRIBUTED_RE = re.compile(
    r"^(?:(?P<aff>(?:The\s+)?(?:Associated Press|AP|Reuters|AFP|Bloomberg)(?:\s+\w+)?)\s+"
    r"(?i:writers?|reporters?|correspondents?|journalists?|staff)\s+)?(?P<names>[^\W\d_].{2,200}?)\s+"
    r"contributed(?:\s+(?:to\s+this\s+(?:report|story)|reporting|additional reporting))?"
    r"(?:\s+(?:from|in)\s+[^.]+)?\.?$")
# "Ward reported from Mobile, Alabama." -- AP's note before its contributors.
REPORTED_FROM_RE = re.compile(
    r"^[^\W\d_][\w'’.-]*(?:\s+(?:and\s+)?[^\W\d_][\w'’.-]*){0,3}\s+reported\s+from\s+\S.*$")
# Bloomberg's 1990s sign-off: "--Jo Roe in the Tokyo newsroom (81-3) 3201-8900/pjm", the
# reporter, the desk, a phone number and the editor's initials.
NEWSROOM_SIGNOFF_RE = re.compile(
    r"^--\s*(?P<names>[^\W\d_][^\d()@/]{2,80}?)\s+(?:in|at)\s+(?:the\s+)?[^\W\d_][\w .'’-]{0,40}?"
    r"(?:\s+(?:newsroom|bureau)\b.*|\s*\(\d[\d\s()/.+-]*\d.*)$")
# A reporter's signature with the agency below the copy: "Karin Roe/TT", "Jo Roe / PAP".
SIGNATURE_RE = re.compile(
    r"^(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s*/\s*(?P<agency>[^\W\d_][^/]{1,40})$")
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
# "Reuters in Rotterdam": the agency and its reporter's place, as British sites credit copy.
# (The place in capitalised words: "Bloomberg in talks to buy Acme" is a headline.)
AGENCY_IN_PLACE_RE = re.compile(
    r"^(?P<agency>[^\W\d_][\w .'’-]{1,40}?)\s+in\s+(?P<place>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2})$")
# Its sentences end at a period after a word, not after "St." or "Mt." in a place name.
NOTE_SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_]{2})(?<!\b[A-Z][a-z])\.\s+(?=[^\W\d_])")
COPYRIGHT_RE = re.compile(r"(?:©|\(c\)|copyright)", re.IGNORECASE)
# dpa's story id in its closing notice, "© dpa-infocom, dpa:231114-99-123456/2": the day.
DPA_ID_RE = re.compile(r"\bdpa:(?P<y>\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)-\d\d-\d{3,}")
URL_LINE_RE = re.compile(
    r"^\s*(?:(?:url|source|link|lien|quelle|fuente|fonte|permalink|canonical)\s*:\s*)?"
    r"<?(?P<url>https?://[^\s<>\"]+)>?\s*$", re.IGNORECASE)
HEADER_LABEL_RE = re.compile(
    r"^(?P<label>source|quelle|fuente|fonte|agency|agence|agentur|editor|éditeur|redakteur|"
    r"editor responsable|author|auteur|autor)\s*:\s*(?P<value>.+)$", re.IGNORECASE)
DATE_KEYWORD_RE = re.compile(
    r"^\s*(?P<kw>" + "|".join(re.escape(w) for w in sorted(vocab.UPDATED_WORDS + vocab.PUBLISHED_WORDS,
                                                          key=len, reverse=True))
    + r")\b\s*:?", re.IGNORECASE)
UPDATED_KEYS = frozenset(w.casefold() for w in vocab.UPDATED_WORDS)
ENGLISH_DATE_WORDS = frozenset(vocab.ENGLISH_DATE_WORDS)
# Where a line of two dates turns to its second: "Publié le 05/03/2024 à 10:02, mis à jour
# le 05/03/2024 à 12:40", "05 marzo 2024 08:10 - AGGIORNATO 05 marzo 2024 11:45".
INNER_DATE_KEYWORD_RE = re.compile(
    r"(?:[,;|–—-]\s*|\s)(?P<kw>" + "|".join(re.escape(w) for w in sorted(
        set(vocab.UPDATED_WORDS + vocab.PUBLISHED_WORDS) - set(vocab.GENERIC_DATE_WORDS),
        key=len, reverse=True)) + r")\b", re.IGNORECASE)
DATE_NOISE_RE = re.compile(r"[\d:/.,\-+()]|\b(?:am|pm|a\.m\.|p\.m\.|uhr|h|à|a las|um|at|le|el|il|am|de|del|of|the)\b",
                           re.IGNORECASE)


SENTENCE_END_RE = re.compile(r"[.!?:;,]")
DIGIT_RE = re.compile(r"\d")

# -- lines of a page's head that are no headline
# A market ticker: "SAN +1,9% BBVA +2,2%".
QUOTE_CHANGE_RE = re.compile(r"[+\-−]\s?\d+(?:[.,]\d+)?\s?%")
# A breadcrumb: "Home > Markets > Commodities".
BREADCRUMB_RE = re.compile(r"\S\s+[>›»/＞〉]\s+\S")
# A menu on one line: three items or more, each of a word or two, set apart by wide gaps.
MENU_LINE_RE = re.compile(r"^\s*\S+(?: \S+)?(?:\s{2,}|\t)\S+(?: \S+)?(?:\s{2,}|\t)\S+")

# -- dates in the head
# A line's date, without its time: "05/03/2024", "5 mars 2024", "March 5, 2024".
DAY_OF_LINE_RE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?\s+(?:19|20)\d\d"
                            r"|[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+(?:19|20)\d\d")
# A date line after an agency's or site's credit: "AGI - Milano, 5 marzo 2024 - 14:32".
CREDITED_DATE_RE = re.compile(
    r"^(?P<credit>[^\d|]{2,40}?)(?:\s+[-–—|/]\s+|\.\s+|\s+(?=(?i:published|updated|posted|publié|"
    r"publicado|veröffentlicht|aktualisiert|pubblicato|aggiornato)\b))(?P<rest>\S.*\d.*)$")
PLACE_BEFORE_DATE_RE = re.compile(r"^(?P<place>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?),\s+\d")
# A pasted document's source line, the agency and the day: "Source: Kyodo News, 22 April 2012".
SOURCE_DATE_RE = re.compile(
    r"^(?i:source|sources|quelle|fuente|fonte|bron)\s*:\s*(?P<credit>[^\d,|]{2,40}?)\s*,\s*(?P<date>\S.*\d.*)$")
# A site's name before its date: "www.example.cn 2009-05-19 22:31:05".
SITE_PREFIX_RE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\s+(?=\d)", re.IGNORECASE)
# Between a header line's parts: " | ", a bar against the next part ("Name |05.03.2024"),
# or a bar glued on both sides before a labelled part (Xinhua: "14:32:10|Editor: Ren Yaqing").
HEADER_SPLIT_RE = re.compile(r"\s+\|\s*|\s*\|\s+|\|(?=[^\W\d_][^\W\d_ ]{1,12}(?: [^\W\d_]{1,12})?\s?:)")
# A header line's first part that is a section or the desk's place: "Business", "COPENHAGEN".
SECTION_PART_RE = re.compile(r"^[^\W\d_][\w&'’.-]*(?:\s[^\W\d_][\w&'’.-]*){0,2}$")
# A time on a line of its own, under its date (Factiva).
TIME_ONLY_RE = re.compile(r"^\d{1,2}[:.h]\d\d(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}|[+-]\d\d:?\d\d))?$",
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
    r"|há\s+\d{1,2}\s*(?:min|minutos?|h|horas?|dias?))$", re.IGNORECASE)
MAX_RELATIVE_STAMP_CHARS = 40
# A byline with its date after a dash: "By A and B - Mar 3, 2012 2:01 AM GMT".
BYLINE_DATE_RE = re.compile(r"^(?P<by>.+?)\s+[-–—]\s+(?P<date>\S.*\d.*)$")

# -- the headers of wire systems and database exports
# Wire control marks around a feed's header lines: "^Residents begin cleanup<", "^By X=".
CONTROL_MARK_RE = re.compile(r"^\^+|[=<]+$")
# A database export's labelled header lines (LexisNexis).
FEED_LABEL_RE = re.compile(
    r"^(?P<label>HEADLINE|BYLINE|DATELINE|SECTION|LENGTH|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|"
    r"DOCUMENT-TYPE|JOURNAL-CODE|ACC-NO|GRAPHIC|SERIES|HIGHLIGHT|BODY|TYPE)\s*:(?P<value>.*)$")
# An AP slug: "BC-US--Budget-Showdown, 3rd Ld-Writethru", "AM-Missouri-Flooding,0398".
WIRE_SLUG_RE = re.compile(r"^(?:(?:BC|AM|PM)-[A-Z][\w\-]*|[A-Z]{1,2}[a-z]?-[A-Z][\w\-]*-[\w\-]*)"
                          r"(?:\s*,\s*\S.{0,60})?$")
# A wire system's header lines above the headline: ANPA's serial and selector ("a0417",
# "r a PM-Flood-Ohio 03-14 0412"), IPTC 7901's ("ZCZC", "AFP0123 4 I 0345 FRA /AFP-UA12",
# "LBY123 4 OE 0312 RTRS"), dpa's ("dpa 0412 pl 357 dpa 0098 lby") and the keyword lines
# of AFP and dpa ("France-grève-transports", "Bayern/Verkehr/Unfälle/").
WIRE_HEADER_RE = re.compile(
    r"^(?:ZCZC|NNNN|[a-z]\d{4}"
    r"|(?:[a-z]\d{4}\s+)?(?:[a-z]\s+[a-z]\s+)?\S*[A-Z]{2}-\S+.*\s[01]?\d-[0-3]\d\s+\d{3,4}"
    r"|[A-Z]{2,5}-?\d{3,6}(?:\s+[/A-Z0-9][\w/-]{0,12}){1,8}"
    r"|(?:dpa|afp|ap|rtr|efe|apa)\s+\d{3,4}(?:\s+[a-z0-9]{1,5}){1,8}"
    r"|[^\W\d_]+(?:-[^\W\d_]+){2,6}"
    r"|[^\W\d_][\w-]*(?:/[^\W\d_][\w-]*){1,6}/(?:\s*\([^()]{1,40}\))?)$")
WIRE_HEADER_LABEL_RE = re.compile(r"^(?:" + "|".join(vocab.WIRE_HEADER_LABELS) + r")\s*:\s*\S")
# An editors' note above the copy: "Eds: UPDATES with ...", "Editors: Moves on ...".
EDS_NOTE_RE = re.compile(r"^(?:(?:Eds|EDS)\s*:\s+\S|Editors?\s*:\s+(?:[A-Z]{3,}|[Mm]ov(?:es?|ing)|[Ww]ith|"
                         r"[Rr]epeats?|[Cc]orrects?)\b)")

# -- agency credit lines in the head
STANDFIRST_MIN_WORDS = 5     # a headline and a standfirst both have this many words or more
STANDFIRST_LONG_WORDS = 15   # ...or the standfirst this many under a short headline: few headlines run so long
# What marks a line above a headline as chrome, not as the headline over its standfirst:
# figures ("Essai gratuit 14 jours", "• 2h • 2 min read"), bullets, brackets, a caption's credit.
PROMO_MARK_RE = re.compile(r"[\d•·|()]|(?i:\bfoto\b|\bphoto\b)")
MAX_AGENCY_LINE_CHARS = 80   # "Press Trust of India | New Delhi" and its kin are short
MAX_AGENCY_LINE_WORDS = 7    # "Associated Press Chief Medical Writer", "Le Monde avec AFP et Reuters"
# Factiva's length line: "412 words".
WORD_COUNT_RE = re.compile(r"^\d[\d,.]*\s+(?:words|mots|wörter|palabras|parole|palavras)$", re.IGNORECASE)
# A database export's source line, the agency's service and its language: "Agence France
# Presse -- English", "Deutsche Presse-Agentur -- German".
SOURCE_EDITION_RE = re.compile(
    r"^(?P<source>[^\W\d_][^\n]{1,50}?)\s+-{1,2}\s+(?:English|French|German|Spanish|Portuguese|"
    r"Italian|Arabic|Russian|Chinese|Japanese|International|Worldwide|World Service)$")
# "Le Monde avec AFP", "(Avec AFP et Reuters)", "Redazione ANSA", "With AP": a site's or a
# desk's credit to the agencies whose copy it runs.
AGENCY_CREDIT_RE = re.compile(
    r"^\(?\s*(?:[^\W_][\w.'’-]*(?:\s+[^\W_][\w.'’-]*){0,3}\s+)?"
    r"(?:avec|with|mit|con|com|met|redazione|rédaction|redaktion|redacción|redação)\s+"
    r"(?P<agencies>[^\W\d_].{1,60})$", re.IGNORECASE)

# A full sentence: the story text has begun (a dateline can only open it).
SENTENCE_RE = re.compile(r"^\S+(?:\s+\S+){5,}.*[.!?][\"'”»)]*$")


@dataclass
class Dateline:
    text: str                       # as written, e.g. "SEOUL (Reuters) -"
    cities: list[str]
    region: str | None
    agencies: list[str]
    house_style: str | None = None  # the agency whose house style the dateline follows
    date: str | None = None         # a full date it gives, e.g. "12 mars 2024"
    month_day: tuple[int, int] | None = None   # the (month, day) it gives, e.g. (6, 5)
    reporters: list[str] = field(default_factory=list)   # "(서울=연합뉴스) 홍길동 기자 ="
    # its form alone marks it, wherever it stands in the head ("新华社北京3月5日电")
    certain: bool = False


@dataclass
class RawFields:
    title: str | None = None
    published_line: str | None = None
    updated_line: str | None = None
    date_lines: list[str] = field(default_factory=list)   # undated-keyword lines, in order
    dateline: Dateline | None = None
    byline_names: list[str] = field(default_factory=list)
    credits: dict[str, list[str]] = field(default_factory=dict)
    photographers: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)     # byline, credits, sign-off, copyright
    caption_agencies: list[str] = field(default_factory=list)
    lead_agencies: list[str] = field(default_factory=list)   # "..., Ukrinform reports."
    closing_date: str | None = None                      # "(APA, 1.2.2015)"
    header_city: str | None = None                       # "COPENHAGEN | By Jo Roe"
    url: str | None = None
    body: str = ""
    ended: bool = False                                  # an end-of-story marker was met
    mail: bool = False                                   # the story came forwarded in a mail
    envelope_date: str | None = None                     # that mail's own date: the last resort


def _add(seq: list, items) -> None:
    for x in items:
        if x and x not in seq:
            seq.append(x)


# ---------------------------------------------------------------- dateline

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
    """
    if CAPTION_START_RE.match(line):
        return None      # (a caption: "Archivo - Un centro de salud ...")
    found = _parse_dateline(line, after_title)
    # (a place and date in a shape the patterns do not know, before a known agency's tag)
    return found if found is not None else _tagged_dateline(line)


def _parse_dateline(line: str, after_title: bool) -> Dateline | None:
    found = cjk.parse_dateline(line) if not line.isascii() else None
    if found:
        return Dateline(found.text, found.cities, None, found.agencies, month_day=found.month_day,
                        reporters=found.reporters, certain=True)
    if not (DATELINE_MARK_RE.search(line) or AGENCY_END_RE.search(line)
            or ":" in line[:40] and (COLON_DATELINE_RE.match(line) or COLON_DATELINE_TITLE_RE.match(line))):
        return None
    if line.lstrip()[:1] == "(":
        by = BRACKET_BYLINE_RE.match(line)
        if by:
            return _bracket_byline(line, by, after_title)
    if line.rstrip()[-1:].isdigit():
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
    if m is None and AGENCY_END_RE.search(line):
        # "TOKYO, Jan. 15 Kyodo" on a line of its own: the agency word ends the dateline
        m = DATELINE_RE.match(line.rstrip() + " -")
        if m is not None and not m["agency_word"]:
            m = None
    if m and m["date"] and _is_weekday_or_month(m["place"].strip()):
        m = None         # "March 4 (Reuters) -": a month and day, read below
    if not m:
        dotted = DOTTED_DATELINE_RE.match(line) if ". " in line[:60] else None
        if dotted and _is_month_day(dotted["date"]) and _capitalised(dotted["place"].split()) \
                and not _is_weekday_or_month(dotted["place"]):
            agencies = _dateline_agencies(dotted["agency"])
            if agencies:
                return Dateline(line[:dotted.end()].strip(), [normalize.normalize_city(dotted["place"])],
                                None, agencies, month_day=_month_day(dotted["date"]))
        m2 = AGENCY_ONLY_RE.match(line)
        if m2:
            agencies = _dateline_agencies(m2["agency"])
            if agencies:
                # "(ANSA) - ROMA, 4 APR - ...": the agency first, then the place
                rest = line[m2.end():]
                then = parse_dateline(rest, after_title=after_title)
                if then is not None and then.cities and not then.agencies:
                    end = m2.end() + rest.index(then.text) + len(then.text)
                    return Dateline(line[m2.start("agency") - 1:end].strip(), then.cities,
                                    then.region, agencies, None, then.date)
                return Dateline(line[m2.start("agency") - 1:m2.end("dash")].strip(), [], None, agencies)
        m5 = COLON_DATELINE_RE.match(line) if after_title and not FEED_LABEL_RE.match(line) else None
        if m5 is None and after_title and ":" in line[:30] and line.rstrip()[-1:] in SENTENCE_CLOSERS:
            # (a paragraph, not a Gulf site's headline: "Dubai: Man jailed for ...")
            m5 = COLON_DATELINE_TITLE_RE.match(line)
            if m5 and not normalize.is_known_city(m5["place"]):
                m5 = None
        if m5 and len(line.split()) >= COLON_DATELINE_MIN_WORDS \
                and normalize.fold(m5["place"]) not in vocab.COLON_LABELS \
                and not normalize.normalize_agency(m5["place"]) \
                and not _is_weekday_or_month(m5["place"]):
            # "DUBAI: Oil prices crept up ...": the Gulf's and South Asia's house style
            city = normalize.normalize_city(m5["place"])
            return Dateline(line[:m5.end()].strip(), [city] if city else [], None, [])
        m4 = AGENCY_LEAD_RE.match(line)
        if m4 and normalize.normalize_agency(m4["agency"]):
            # "(Keystone-SDA) Das Institut ...": the agency in brackets, no place, no dash
            return Dateline(line[:m4.end()].strip(), [], None, _dateline_agencies(m4["agency"]))
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
    dash = m["dash1"] or m["dash2"] or m["dash3"]
    agency_text = m["agency"] or m["agency_word"] or m["agency_slash"]
    agencies = _dateline_agencies(agency_text) if agency_text else []
    if agency_text and not agencies:
        return None
    words = place.replace("/", " ").split()
    letters = [c for c in place if c.isalpha()]
    all_caps = all(c.isupper() for c in letters)
    # A month and day after the place mark a dateline whatever the place's case ("La paz,
    # march 4 -"); after an ALL-CAPS place and a comma even a misspelt month does.
    dated = bool(m["date"]) and (_is_month_day(m["date"]) or (all_caps and "," in m["date"])
                                 or bool(agencies) and m["date"].strip(" ,.").replace("/", "").isdigit())
    if m["date"] and not dated:
        return None
    if not agencies:
        # Without an agency, only a dash after an ALL-CAPS or dated place ("NEW YORK, Feb 26 -")
        # or a short capitalised place with a dash ("Wien –") makes a dateline.
        if not dash:
            return None
        if not (all_caps or dated):
            if dash == "_" or len(words) > 4 or not _capitalised(words) or not after_title:
                return None
            if not region and dash == "-" and len(words) > 2:
                return None
        elif not words[0][:1].isupper():
            return None
    elif not (all_caps or _capitalised(words)):
        return None
    if normalize.normalize_agency(place) or _is_weekday_or_month(place):
        return None
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
    cities = [c for c in (normalize.normalize_city(p) for p in _split_cities(cities_part)) if c]
    text = line[m.start("place"):min(m.end(), len(line.rstrip()))].strip()
    # "NEW YORK, Feb 26 -": an English month and day with no agency is Reuters' house style
    # of the 1980s wire (AP and UPI always wrote theirs in the dateline).
    style = "Reuters" if (not agencies and all_caps and dated and m["date"]
                          and ENGLISH_MONTH_RE.search(m["date"])) else None
    # "LYON, 12 mars 2024 (AFP) -": a date with its year says when the story was filed.
    date = m["date"].strip(" ,") if dated and YEAR_RE.search(m["date"]) else None
    return Dateline(text, cities, region, agencies, style, date,
                    _month_day(m["date"]) if dated else None)


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
    else:
        agencies = _dateline_agencies(tag["paren"])
    if not agencies:
        return None
    prefix = head[:tag.start()].rstrip(" ,-–—")
    cut = TAG_PLACE_END_RE.search(prefix)
    place = (prefix[:cut.start()] if cut else prefix).strip()
    between = prefix[cut.start():] if cut else ""
    words = place.split()
    if not words or len(words) > MAX_TAG_PLACE_WORDS or not _tag_place(words) \
            or normalize.normalize_agency(place, credit=True) \
            or any(_is_weekday_or_month(w) or DATE_KEYWORD_RE.match(w) for w in words) \
            or words[0].casefold() in BYLINE_OPENER_WORDS or normalize.fold(place) in vocab.COLON_LABELS:
        return None
    if not _tag_date(between):
        return None
    end = TAG_END_RE.match(line, tag.end()).end()
    if not between.strip(" ,-–—") and not line[tag.end():end].strip(" .="):
        return None      # "Redazione ANSA": with no date, only a dash after the tag marks a dateline
    date = between.strip(" ,-–—") if YEAR_RE.search(between) else None
    return Dateline(line[:end].strip(), [normalize.normalize_city(place)], None, agencies,
                    date=date, month_day=_month_day(between) if between.strip() else None,
                    reporters=names)


def _tag_place(words: list[str]) -> bool:
    """Words that may name a tagged dateline's place: capitalised, or in a script without
    capitals (Arabic, Persian)."""
    if not all(re.fullmatch(PLACE_WORD, w) for w in words):
        return False
    first = words[0][:1]
    return first.isupper() or not first.islower() and first.isalpha() \
        if len(words) == 1 else _capitalised(words) or not any(c.isupper() or c.islower()
                                                                 for w in words for c in w)


def _tag_date(between: str) -> bool:
    """Whether the text between a tagged dateline's place and its tag is a date: numbers,
    and words that are month or weekday names or stand next to a number ("5. marts",
    "kovo 5 d.", "في ٥ مارس", "Sha'ban 24, 1445")."""
    if not between.strip(" ,-–—"):
        return True
    if len(between) > MAX_TAG_DATE_CHARS or not DIGIT_RE.search(between) \
            or any(c in between for c in "!?;:\"“”«»()"):
        return False
    tokens = TAG_DATE_TOKEN_RE.findall(between)
    words = 0
    for i, t in enumerate(tokens):
        if DIGIT_RE.search(t) or not any(c.isalpha() for c in t):
            continue
        words += 1
        # a capitalised word may stand two from its number: "Dhu al-Hijjah 3, 1444"
        reach = 2 if t[:1].isupper() or not t[:1].islower() else 1
        near = tokens[max(0, i - reach):i] + tokens[i + 1:i + 1 + reach]
        if not (_is_weekday_or_month(t) or any(DIGIT_RE.search(n) for n in near)):
            return False
    return words <= MAX_TAG_DATE_WORDS


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


DAY_MONTH_RE = re.compile(r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)")


def _month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a dateline's date: "June 5" -> (6, 5), "5 mars" -> (3, 5)."""
    numeric = DAY_MONTH_RE.search(text)
    if numeric:      # "27/09": day first, as the agencies writing it do (Belga)
        day, month = int(numeric["d"]), int(numeric["m"])
        return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
    month = next((normalize.month_names().get(normalize.fold(w).rstrip("."))
                  for w in re.findall(r"[^\W\d_]+\.?", text)
                  if normalize.fold(w).rstrip(".") in normalize.month_names()), None)
    day = re.search(r"\d{1,2}", text)
    return (month, int(day.group())) if month and day else None


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


def _split_cities(place: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\s*/\s*", place)]
    out: list[str] = []
    for p in parts:
        # "Frankfurt/Main", "Frankfurt/Oder": the river names one city, not a second one.
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
    return key in normalize.month_names() or key in normalize.weekday_names()


def _dateline_agencies(text: str) -> list[str]:
    name = normalize.normalize_agency(text, credit=True)
    if name:
        return [name]
    # "(dpa/lby)", "(Reuters Breakingviews)", "(AFP/Reuters)"
    return normalize.find_agencies(text)


# ---------------------------------------------------------------- bylines and credits

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
    """
    s = line.strip()
    if len(s) > MAX_BYLINE_CHARS:
        return None
    if s[:2] == "By" and s[2:4].isupper():
        s = "By " + s[2:]          # "ByJAMES HOLLOWAY Associated Press": a page glued them
    if s[:1] in "*_" and s[-1:] in "*_":
        bold = EMPHASIS_RE.match(s)
        s = bold["inner"].strip() if bold else s
    m = BYLINE_RE.match(s)
    if m:
        rejected: list[str] = []
        text, role_agencies, _ = _byline_parts(m["names"])
        names, agencies = split_names(text, rejected)
        agencies = _merge(agencies, role_agencies)
        if not names and not agencies and not rejected and ROLE_WORDS_RE.search(m["names"]):
            return [], []     # "di Redazione Online", "By Staff": a desk, no person
        if any(len(r.split()) >= 3 for r in rejected) or any(
                sum(w.casefold() not in normalize.NAME_PARTICLES for w in n.split()) > 4 for n in names):
            if "|" in s:     # "By Jo Park | Sept. 14, 2021 at 3:58 PM": the byline before the bar
                return parse_byline(s.split("|")[0])
            return None   # "De brand brak ... en Schiedam.", "DI INDUSTRIES FLORIDA UNIT GETS ..."
        return (names, agencies) if names or agencies else None
    m = BYLINE_AFFILIATION_RE.match(s)
    if m:
        aff_agencies = normalize.find_agencies(m["aff"])
        if not aff_agencies or len(m["names"].split()) > 4:
            return None
        if m["dash"] and not ROLE_WORDS_RE.search(m["aff"]):
            return None       # "Biden Wins Iowa - AP": a headline and its source, no byline
        names, agencies = split_names(m["names"])
        if names:
            return names, _merge(agencies, aff_agencies)
    return None


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


def byline_place(line: str) -> str | None:
    """The desk's place a byline names after its role ("Por Ana Lima - Repórter da Agência
    Brasil - Brasília"), as a city; None without one."""
    m = BYLINE_RE.match(line.strip()) if " - " in line or " – " in line else None
    place = _byline_parts(m["names"])[2] if m else None
    return normalize.normalize_city(place) if place else None


def _merge(a: list[str], b: list[str]) -> list[str]:
    out: list[str] = []
    _add(out, a)
    _add(out, b)
    return out


def split_names(text: str, rejected: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Names and agencies in a run of credits: "A, B and C, Associated Press Writers".

    >>> split_names("Tom Baek et Hye-jin Yoon")
    (['Tom Baek', 'Hye-jin Yoon'], [])
    >>> split_names("Hanna Köhler in Berlin and Tom Ward; Reuters")
    (['Hanna Köhler', 'Tom Ward'], ['Reuters'])
    """
    names: list[str] = []
    agencies: list[str] = []
    # emails ("at jo@x.com") end a name: "Ana Roe at ar@x.net Tom Ash at ta@x.net" is two
    text = re.sub(r"(?:\s+at)?\s*\S+@\S+", "; ", text)
    text = re.sub(r"\+?\d[\d\s().\-]{6,}\d", " ", text)          # phone numbers
    outlet = OUTLET_CREDIT_RE.match(text)
    if outlet and all(map(normalize.normalize_agency, NAME_SPLIT_RE.split(outlet["rest"]))):
        text = outlet["rest"]           # "Le Figaro avec AFP": a site's credit, no person
    if "(" in text:
        text = WITH_AGENCY_BRACKET_RE.sub(r", \1", text)    # "Jean Dupont (avec AFP)"
    placed = False                      # the last part ended in a place ("in Concord")
    for part in NAME_SPLIT_RE.split(text):
        after_place, placed = placed, False
        if after_place and STATE_RE.fullmatch(part.strip()):
            continue                    # "in Concord, N.H., and ...": the place's state
        part = JOINER_LEAD_RE.sub("", part.strip(" .;:()[]"))   # ", and Isaiah Ford"
        if not part:
            continue
        agency = normalize.normalize_agency(part)
        if agency:
            _add(agencies, [agency])
            continue
        part, agency = _trailing_agency(part)
        if agency:
            _add(agencies, [agency])
        elif ROLE_WORDS_RE.search(part):
            # "Associated Press Writer", "AP Business Writer": an affiliation, maybe naming an agency.
            _add(agencies, normalize.find_agencies(part))
            continue
        if ACRONYM_RE.fullmatch(part):  # "CNN", "BBC": an outlet, not a person
            continue
        part, placed = PLACE_SUFFIX_RE.subn("", part)
        name = normalize.normalize_name(part)
        if name is None and rejected is not None:
            rejected.append(part)         # what is no name (parse_byline's test of a byline)
        if name and name not in names:
            names.append(name)
    return names, agencies


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
    """
    words = part.split()
    for i in range(2, len(words)):  # at least two words of name before it
        for k in range(min(3, len(words) - i), 0, -1):
            agency = normalize.normalize_agency(" ".join(words[i:i + k]))
            if agency and (i + k == len(words) or _is_role(words[i + k:])):
                return " ".join(words[:i]), agency
    return part, None


def _is_role_word(word: str) -> bool:
    """"Writer", "Writers", "Business": a word of a byline's role."""
    word = word.casefold()
    return word in ROLE_WORDS or word.endswith("s") and word[:-1] in ROLE_WORDS


# Labels that also head a desk's line ("Redacción: Madrid"): a person only with two words or more.
DESK_ROLES = frozenset(("redacción:",))


def parse_credits(text: str) -> tuple[dict[str, list[str]], list[str]] | None:
    """Closing credits -> ({field: names}, agencies), or None when the text is not a credit line.

    >>> parse_credits("(Reporting by A. Lee and Bo Kim; Additional reporting by Cy Dunn in Tokyo; "
    ...               "Editing by Di Ross)")[0]
    {'reporters': ['A. Lee', 'Bo Kim', 'Cy Dunn'], 'editors': ['Di Ross']}
    >>> parse_credits("(Reportage Tom Baek et Hye-jin Yoon, version française Claire Vasseur)")[0]
    {'reporters': ['Tom Baek', 'Hye-jin Yoon'], 'translators': ['Claire Vasseur']}
    """
    s = text.strip()
    if len(s) > MAX_CREDIT_CHARS or not (
            CREDIT_OPEN_RE.match(s) or ";" in s[:50] and (
                DESK_CREDIT_OPEN_RE.match(s) or BY_CREDIT_OPEN_RE.match(s))):
        return None
    s = s.lstrip("-–—").strip("() ")  # "-- Hanno collaborato ...", "--With assistance from ..."
    roles = list(CREDIT_ROLE_RE.finditer(s))
    if not roles:
        return None
    out: dict[str, list[str]] = {}
    agencies: list[str] = []
    for i, m in enumerate(roles):
        end = roles[i + 1].start() if i + 1 < len(roles) else len(s)
        segment = CREDIT_SENTENCE_END_RE.split(s[m.end():end], 1)[0].strip(" ;,.:")
        fieldname = CREDIT_ROLE_OF[m["role"].casefold()]
        names, ags = split_names(segment)
        if m["role"].casefold() in DESK_ROLES:
            # "Redacción: Ciudad de México": the desk, not a writer
            names = [n for n in names if len(n.split()) > 1 and not normalize.is_known_city(n)]
        _add(agencies, ags)
        if names:
            _add(out.setdefault(fieldname, []), names)
    return (out, agencies) if out or agencies else None   # "Mit Material von dpa und AFP"


def photo_credit(line: str) -> tuple[str | None, str | None]:
    """(photographer, agency) named by a photo credit in a caption line.

    >>> photo_credit("Blinken boards his plane. /Photo taken November 9/REUTERS/Jonathan Ernst")
    ('Jonathan Ernst', 'Reuters')
    >>> photo_credit("Crowds gather in the square. (AP Photo/Evan Vucci)")
    ('Evan Vucci', 'AP')
    """
    if "/" not in line and "©" not in line and "|" not in line:
        label = PHOTO_LABEL_NAME_RE.match(line) if ":" in line[:16] else None
        return (_labelled_photographer(label["name"]), None) if label else (None, None)
    m = PHOTO_CREDIT_RE.search(line)
    first_agency = None
    if m:
        agency = normalize.find_agencies(line[max(0, m.start() - 1):m.start("name")])
        first_agency = agency[0] if agency else None
        name = _photographer(m["name"])
        if name:
            return name, first_agency
    # "(Quelle: Julia Roe/dpa/dpa-bilder)": the name before the agency
    m = PHOTO_CREDIT_REVERSED_RE.search(line) or PHOTO_CREDIT_MARKED_RE.search(line) \
        or PHOTO_CREDIT_BARS_RE.search(line) or PHOTO_CREDIT_BRACKET_RE.search(line)
    if m and (m.re is not PHOTO_CREDIT_BRACKET_RE or len(m["name"].split()) > 1):
        return _photographer(m["name"]), normalize.normalize_agency(m["agency"])
    m = PHOTO_LABEL_SLASH_RE.search(line) if first_agency is None else None
    if m:
        for agency, name in ((m["first"], m["second"]), (m["second"], m["first"])):
            known = normalize.normalize_agency(agency)
            if known or PHOTO_ACRONYM_RE.fullmatch(agency):
                person = _labelled_photographer(name)
                if person:
                    return person, known
    return None, first_agency


def _labelled_photographer(name: str) -> str | None:
    """The person a photo label names: two to five words, capitalised, no organisation."""
    words = name.split()
    if not 1 < len(words) <= 5 or not words[0][:1].isupper() or not words[-1][:1].isupper() \
            or any(w.casefold() in PHOTO_ORG_WORDS for w in words):
        return None
    return _photographer(name)


# Articles opening an outlet's name ("The Local", "Le Quotidien du Sud"), never a person's.
OUTLET_ARTICLES = frozenset(("the", "le", "la", "les", "el", "der", "die", "das", "il", "lo", "o"))


def _photographer(name: str) -> str | None:
    """The person a photo credit names; None for a second agency ("dpa/AFP": a story's
    sources, not a photo), or for one word ("EFE / Sevilla", "Lusa/Fim", "REUTERS/Stringer")."""
    if normalize.normalize_agency(name) or len(name.split()) < 2 \
            or name.split()[0].casefold() == "the":
        # "TT/The Local": an agency and the site running its copy ("Le", "La" open
        # Vietnamese names: "REUTERS/Le Van Minh")
        return None
    return normalize.normalize_name(name)


def is_caption(line: str) -> bool:
    s = line.strip()
    return bool(CAPTION_START_RE.match(s)) or (len(s) < 600 and (
        photo_credit(s)[0] is not None or "(" in s and STORY_AND_PHOTO_RE.search(s) is not None))


# ---------------------------------------------------------------- dates in the head

def classify_date_line(line: str) -> str | None:
    """'published', 'updated' or 'date' for a header line that gives a time, else None.

    >>> classify_date_line("Mis à jour le 09/11/2023 10:20"), classify_date_line("Thu Nov 9, 2023 10:16am EST")
    ('updated', 'date')
    """
    s = line.strip()
    if len(s) > MAX_DATE_LINE_CHARS or not re.search(r"\d", s):
        return None
    if not s.isascii() and "(" in s:
        # "วันอังคารที่ 5 มีนาคม 2567 (Tuesday, 5 March 2024) 16:45": the bracket's date
        bracketed = normalize.BRACKETED_DATE_RE.match(s)
        if bracketed and bracketed["date"].isascii():
            return classify_date_line(f"{bracketed['date']} {bracketed['time']}")
    m = DATE_KEYWORD_RE.match(s)
    if m and normalize.parse_date(s[m.end():], "fr") is not None:
        return "updated" if m["kw"].casefold() in UPDATED_KEYS else "published"
    if normalize.parse_date(s, "en") is None:
        return None
    # A line of only a date: what is left once the date's own tokens go is a few words at most.
    words = [w for w in re.findall(r"[^\W\d_]+", DATE_NOISE_RE.sub(" ", s))
             if normalize.fold(w).rstrip(".") not in normalize.month_names()
             and normalize.fold(w).rstrip(".") not in normalize.weekday_names()
             and w.upper() not in vocab.TZ_OFFSETS and w.upper() not in vocab.TZ_REGIONS
             and normalize.fold(w) not in vocab.DATE_LINE_WORDS]
    if len(words) <= 1:
        return "date"
    # "November 9, 20233:05 AM GMT+9Updated 2 hours ago": a line that opens with its date.
    first = normalize.fold(s.split()[0]).rstrip(".,")
    opens_with_date = first[:1].isdigit() or first in normalize.month_names() \
        or first in normalize.weekday_names()
    if opens_with_date or len(words) > 4 or "|" in s or not (YEAR_RE.search(s) and CLOCK_RE.search(s)):
        return "date" if opens_with_date and len(words) <= 4 else None
    # "Dieser Inhalt wurde am 05. März 2024 - 14:32 publiziert", "All News 14:32 March 05,
    # 2024": a full date and time, and a few words around them
    said = {normalize.fold(w) for w in words}
    if said & vocab.DATE_WORDS_UPDATED:
        return "updated"
    if said & vocab.DATE_WORDS_PUBLISHED:
        return "published"
    return "date" if len(words) <= 2 else None


def _date_parts(line: str) -> list[tuple[str, str]] | None:
    """A head line of one date or two, as ``(kind, text)`` pairs (classify_date_line's
    kinds); None when it is no date line. Of two, a first without a word of its own is
    the publication.

    >>> _date_parts("Le 5 mars 2024 à 10h02, modifié le 5 mars 2024 à 12h40")
    [('published', 'Le 5 mars 2024 à 10h02'), ('updated', 'modifié le 5 mars 2024 à 12h40')]
    >>> _date_parts("Mis à jour le 05/03/2024 à 16h00 - Publié le 05/03/2024 à 14h32")
    [('updated', 'Mis à jour le 05/03/2024 à 16h00'), ('published', 'Publié le 05/03/2024 à 14h32')]
    """
    if len(line) > 2 * MAX_DATE_LINE_CHARS or not DIGIT_RE.search(line):
        return None
    if cjk.has_cjk(line):     # "2024年3月5日 14時32分", "입력 2024.03.05. 14:32 수정 ..."
        return cjk.date_parts(line)
    both = _two_dates(line)
    if both:
        return both
    kind = classify_date_line(line)
    if kind is None and SITE_PREFIX_RE.match(line):     # "www.example.cn 2009-05-19 22:31:05"
        return _date_parts(SITE_PREFIX_RE.sub("", line))
    return [(kind, line)] if kind else None


def _two_dates(line: str) -> list[tuple[str, str]] | None:
    opening = DATE_KEYWORD_RE.match(line)
    # ("First published 31 Jan 2019; updated ...": the opening keyword's own words are no cut)
    cuts = [m.start("kw") for m in INNER_DATE_KEYWORD_RE.finditer(line)
            if opening is None or m.start("kw") >= opening.end()]
    if not cuts:
        return None
    bounds = [0] + cuts + [len(line)]
    parts = [line[a:b].strip(" ,;|–—-") for a, b in zip(bounds, bounds[1:])]
    kinds = [classify_date_line(p) if p else None for p in parts]
    for n in range(1, len(parts)):
        if kinds[n] is None and parts[0] and not YEAR_RE.search(parts[n]) and CLOCK_RE.search(parts[n]):
            # "Publié le 05/03/2024 à 14:32, mis à jour à 16:05": the update's day is the first's
            day = DAY_OF_LINE_RE.search(parts[0])
            if day:
                parts[n] = f"{parts[n]} {day.group()}"
                kinds[n] = classify_date_line(parts[n])
    if parts[0] and kinds[0] is None:
        # "Le 5 mars 2024 à 10h02, ...": an opening word the date line does not know
        kinds[0] = classify_date_line(re.sub(r"^[^\W\d_]{1,3}\s+", "", parts[0])) and "date"
    if not parts[0]:
        parts, kinds = parts[1:], kinds[1:]
    if len(parts) < 2 or not all(kinds):
        return None
    if kinds[0] == "date" and "updated" in kinds[1:]:
        kinds[0] = "published"
    return list(zip(kinds, parts))


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
    without one. "Publié le 05/03/2024" on a page in English is March 5.

    >>> date_line_language("Publié le 05/03/2024 à 14h32"), date_line_language("Posted 03/05/2024")
    ('fr', 'en')
    """
    m = DATE_KEYWORD_RE.match(line)
    if m is None:
        return None
    return "en" if m["kw"].casefold() in ENGLISH_DATE_WORDS else "fr"


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
    if vocab.DAY_FIRST_AGENCIES.intersection(raw.agencies):
        return True            # "Published on 10/05/2022" under an Agência Brasil byline
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


# ---------------------------------------------------------------- the whole text

def extract_fields(text: str) -> RawFields:
    """Split a story's clean text into raw fields.

    >>> f = extract_fields("Talks resume\\nBy Jo Park\\nSEOUL (Reuters) - Talks resumed.\\n"
    ...                    "(Reporting by Jo Park; Editing by Al Day)\\nAdvertisement")
    >>> f.title, f.dateline.text, f.byline_names, f.credits["editors"], f.body
    ('Talks resume', 'SEOUL (Reuters) -', ['Jo Park'], ['Al Day'], 'SEOUL (Reuters) - Talks resumed.')
    """
    out = RawFields()
    lines = text.split("\n")
    in_cjk = cjk.has_cjk(text)     # Chinese, Japanese and Korean copy's own lines are read too
    body_start = _read_head(lines, out, in_cjk)
    body_lines = _read_tail(lines[body_start:], out, in_cjk)
    if out.dateline is None and out.agencies and body_start < len(lines):
        out.dateline = _bare_dateline(lines[body_start])
    out.body = _join_body(body_lines)
    if out.dateline is None and not out.agencies:
        out.lead_agencies = _lead_agencies(out.body[:LEAD_CREDIT_CHARS])
    return out


def _lead_agencies(lead: str) -> list[str]:
    """Agencies a story's lead credits as its source ("..., Ukrinform reports.").

    >>> _lead_agencies("A school opened. This was reported by the city, Ukrinform reports.")
    ['Ukrinform']
    >>> _lead_agencies("The minister, Tasnim reports, was absent.")
    []
    """
    found: list[str] = []
    for m in LEAD_CREDIT_RE.finditer(lead):
        name = normalize.normalize_agency(m["agency"] or m["agency2"])
        if name:
            _add(found, [name])
    return found


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
            or not normalize.is_known_city(s):
        return None
    return Dateline(s, [normalize.normalize_city(s)], None, [])


def _read_head(lines: list[str], out: RawFields, in_cjk: bool = False) -> int:
    """Fill title, dates, byline, caption credits and dateline from the head; return the body's first line."""
    text_lines: list[int] = []           # unclassified lines: title candidates, then prose
    chars = 0
    seen = 0
    first_date_at = None
    body_start = None
    credited = None                      # the last agency line's index
    headline = None                      # a feed's labelled headline
    captioned = None                     # the last caption credit line's index
    bylined = None                       # the last byline's index
    furniture: set[int] = set()          # date, byline, caption, credit and agency lines
    # A forwarded mail's headers and note, a feed item's labels, a cookie banner: skipped,
    # with what they tell kept (a subject, a feed's headline and author, the mail's date).
    env = envelope.read_envelope(lines)
    if env:
        _read_envelope(env, out)
        headline = env.title
    for i, raw in enumerate(lines):
        s = clean.squash(raw)
        if s and (s[0] == "^" or s.endswith(" =")):
            s = raw = CONTROL_MARK_RE.sub("", s).strip()   # "^Residents begin cleanup<", "^By X="
        if not s or env and i in env.skip:
            continue
        # A page's menu ("World", "Business") is many lines of a word or two above the
        # story: they count against MAX_HEAD_CHARS, not against MAX_HEAD_LINES.
        seen += not _nav_line(s)
        chars += len(s)
        if seen > MAX_HEAD_LINES or chars > MAX_HEAD_CHARS:
            break
        if envelope.is_advisory(s):
            continue      # "ATTENTION - UPDATES toll ///", "URGENT": no dateline, no title
        if "/" in s and "," in s:
            _read_slash_credit(s, out)    # BTA's dateline: "Пловдив, 5 март /Мария Петкова, БТА/"
        dl = parse_dateline(raw, after_title=bool(text_lines) or seen > 1)
        if dl and (text_lines or len(s) > MAX_TITLE_CHARS or seen > 1 or len(s.split()) > 12
                   or dl.certain):
            title_at = first_date_at - 1 if first_date_at else 0
            if any(SENTENCE_RE.search(clean.squash(lines[j])) for j in text_lines[title_at + 1:]):
                break            # the story began above: a dateline-like line here is inside it
            out.dateline = dl
            body_start = i
            break
        url = URL_LINE_RE.match(s) if "://" in s else None     # no "://", no URL line
        if url:
            out.url = out.url or url["url"]
            continue
        if "|" in s and HEADER_SPLIT_RE.search(s) and _read_header_segments(s, out):
            furniture.add(i)
            continue
        label = FEED_LABEL_RE.match(s)
        if label:
            headline = _read_feed_label(label["label"], label["value"].strip(), out) or headline
            continue
        if WIRE_SLUG_RE.match(s) or EDS_NOTE_RE.match(s) or WIRE_HEADER_RE.match(s) \
                or ":" in s[:12] and WIRE_HEADER_LABEL_RE.match(s):
            continue      # "BC-US--Budget-Showdown, 3rd Ld-Writethru", "Eds: UPDATES with ..."
        if s[:5] in NOTE_STARTS and _read_note(s, out):
            furniture.add(i)
            continue      # "This article was translated from Swedish by ..."
        if clean.is_boilerplate(s) and not is_caption(s):
            if COPYRIGHT_RE.search(s):      # "Copyright 1989 U.P.I.", above a feed's story
                _add(out.agencies, normalize.find_agencies(s))
            continue
        if len(s) <= MAX_RELATIVE_STAMP_CHARS and RELATIVE_STAMP_RE.match(s):
            furniture.add(i)
            continue      # "2 hours ago" under the headline: no date, no title
        if TIME_ONLY_RE.match(s) and _add_time(s, out):
            furniture.add(i)
            continue      # Factiva: "8 February 2006", then "13:52 GMT" on a line of its own
        if WORD_COUNT_RE.match(s):
            # Factiva: headline, author (no "By"), "412 words", date, time, source
            above = clean.squash(lines[text_lines[-1]]) if len(text_lines) > 1 else ""
            name = normalize.normalize_name(above) if len(above.split()) <= 4 else None
            if name:
                _add(out.byline_names, [name])
                text_lines.pop()
            continue
        if in_cjk:
            credits = cjk.read_credit_line(s, in_body=False)
            if credits is not None:     # "来源：新华社", "（共同通信記者 山田太郎）", a photo's credit
                _add_credits(credits, out)
                continue
        if DIGIT_RE.search(s) and _read_date_byline(s, out):
            furniture.add(i)
            continue      # "Published on 10/05/2022 - 16:05 By Bruno Taveira - ..."
        dates = _credited_dates(s, out) or _date_parts(s)
        if dates:
            for kind, part in dates:
                _record_date_line(part, kind, out)
            if in_cjk:                 # "2024-03-05 14:32:00 来源：新华网"
                _add(out.agencies, cjk.source_agencies(s))
            if first_date_at is None:
                first_date_at = len(text_lines)
            furniture.add(i)
            continue
        if is_caption(s):
            _read_caption(s, out)
            captioned = i
            furniture.add(i)
            continue
        if captioned == i - 1 and len(s.split()) < PROSE_WORDS and SENTENCE_END_RE.search(s[-1]):
            furniture.add(i)
            continue    # "Foto: Name/dpa", then the caption's words on the next line
        credits = parse_credits(s) if CREDIT_OPEN_RE.match(s) else None
        if credits:                          # "Editor: Wang Lei", "Con información de AP"
            _add_credits(credits, out)
            furniture.add(i)
            continue
        if len(s) <= MAX_AGENCY_LINE_CHARS and _read_agency_line(s, out):
            credited = i
            furniture.add(i)
            continue
        if credited is not None and _after_credit(lines, credited, i) and s.isupper() \
                and len(s.split()) <= 3 and not SENTENCE_END_RE.search(s):
            continue    # "Redazione ANSA", then "FIRENZE": the desk's place, not a headline
        dated = BYLINE_DATE_RE.match(s)
        if dated and BYLINE_RE.match(s):
            # "By A and B - Mar 3, 2012 2:01 AM GMT": a byline, then its date
            kind, by = classify_date_line(dated["date"]), parse_byline(dated["by"])
            if kind and by:
                _record_date_line(dated["date"], kind, out)
                _add(out.byline_names, by[0])
                _add(out.agencies, by[1])
                furniture.add(i)
                continue
        if text_lines or len(s.split()) <= 10:
            by = parse_byline(s)
            if by and (by[0] or text_lines):
                _add(out.byline_names, by[0])
                _add(out.agencies, by[1])
                out.header_city = out.header_city or byline_place(s)
                furniture.add(i)
                bylined = i
                continue
        if bylined is not None and s[:1] in "OoFf" and _after_credit(lines, bylined, i):
            of = BYLINE_OF_RE.match(s)
            found = normalize.find_agencies(of["aff"]) if of else []
            if found and len(of["aff"].split()) <= MAX_AGENCY_LINE_WORDS:
                _add(out.agencies, found)       # "By Jo Roe" / "Of DOW JONES NEWSWIRES"
                furniture.add(i)
                continue
        text_lines.append(i)
        if len(text_lines) > 1 and len(s.split()) >= PROSE_WORDS:
            break                               # prose: the story began without a dateline
    # Title: a feed's labelled headline, else the line _title_line picks.
    if headline:
        out.title = headline
        text_lines = [i for i in text_lines if clean.squash(lines[i]) != headline]
    elif text_lines:
        t = _title_line(lines, text_lines, first_date_at, out, furniture)
        candidate = clean.squash(lines[t])
        if candidate[:1] == "^" or candidate.endswith(" ="):
            candidate = CONTROL_MARK_RE.sub("", candidate).strip()
        wrapped = _wrapped_title_end(lines, t, candidate, text_lines)
        if wrapped:
            candidate = f"{candidate} {clean.squash(lines[wrapped])}"
            t = wrapped
        if len(candidate) <= MAX_TITLE_CHARS:
            out.title = candidate
            text_lines = [i for i in text_lines if i > t]
    if env and env.subject and (out.title is None or not _headline_like(out.title, False)
                                or SENTENCE_RE.match(out.title)):
        out.title = env.subject     # a mail whose story has no headline: its subject is one
    if body_start is None:
        body_start = text_lines[0] if text_lines else _after_last_head_line(lines, out)
    return body_start


WRAPPED_TITLE_MIN_CHARS = 50   # plain text wrapped at ~70 columns: a headline line this long may be cut
WRAPPED_TITLE_MAX_WORDS = 8    # ...and what the wrap carried over is a few words


def _wrapped_title_end(lines: list[str], t: int, title: str, text_lines: list[int]) -> int | None:
    """The line that ends a headline hard-wrapped onto two ("Norway wealth fund sells stakes in
    three mining companies over river" / "pollution"), or None.

    Joined only when the headline's line is long and closes no sentence, the next line
    (a head text line, not a byline or a date) is short and closes none either, and a
    blank line follows: a standfirst runs long or ends in a full stop.
    """
    nxt = t + 1
    if len(title) < WRAPPED_TITLE_MIN_CHARS or not (title[-1:].isalnum() or title[-1:] in ",’'\"") \
            or nxt not in text_lines or (nxt + 1 < len(lines) and lines[nxt + 1].strip()):
        return None
    tail = clean.squash(lines[nxt])
    if not tail or len(tail.split()) > WRAPPED_TITLE_MAX_WORDS or len(tail) >= len(title) \
            or PARAGRAPH_END_RE.search(tail) or tail.endswith((":", ";")) or parse_byline(tail) \
            or len(title) + len(tail) + 1 > MAX_TITLE_CHARS:
        return None
    return nxt


def _read_envelope(env: envelope.Envelope, out: RawFields) -> None:
    """What a story's envelope tells: a feed item's authors, the mail's own date."""
    out.mail = env.mail
    out.envelope_date = env.mail_date
    for value in env.authors:       # "Author: By KEVIN HOLLIS, Associated Press Writer"
        by = parse_byline(value) or split_names(value)
        _add(out.byline_names, by[0])
        _add(out.agencies, by[1])


def _title_line(lines: list[str], text_lines: list[int], first_date_at: int | None,
                out: RawFields, furniture: set[int]) -> int:
    """Which of the head's text lines is the headline.

    Pages set it above their date line, maybe under a menu, a site name or a kicker, and
    maybe over a standfirst or a bare byline: the last line above the date that reads as a
    headline (no full stop, no menu), else the last such line below it; a name alone just
    above the date is its byline; a headline over its standfirst wins (_over_standfirst).
    Without a date line, the last headline-like line before the story. Failing all that,
    the line above the date, else the first. ``furniture``: the head's lines read as a
    date, byline, caption, credit or agency line.
    """
    before = text_lines[:first_date_at] if first_date_at else []
    if len(before) > 1 and _bare_byline(clean.squash(lines[before[-1]]), clean.squash(lines[before[-2]])):
        _add(out.byline_names, [normalize.normalize_name(clean.squash(lines[before.pop()]))])
    groups = (before, text_lines[len(before):]) if first_date_at else (text_lines,)
    for strong in (True, False):
        for group in groups:
            found = [j for j in group if _headline_like(lines[j], strong)]
            if not first_date_at:
                first = next((j for j in group if _opens_paragraph(lines, j)), None)
                found = [j for j in found if first is None or j < first] or found[:1]
            if found:
                return _over_standfirst(lines, text_lines, found[-1], furniture) if strong else found[-1]
    return before[-1] if before else text_lines[0]


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
    at = text_lines.index(last)
    if at == 0:
        return last
    above = text_lines[at - 1]
    head = clean.squash(lines[above])
    if PROMO_MARK_RE.search(head) or not all(
            j in furniture or not lines[j].strip() for j in range(above + 1, last)):
        return last
    head_words, dek_words = len(head.split()), len(clean.squash(lines[last]).split())
    if head_words >= STANDFIRST_MIN_WORDS:
        return above if dek_words >= STANDFIRST_MIN_WORDS and _headline_like(lines[above], True) else last
    if dek_words >= STANDFIRST_LONG_WORDS and head_words >= 2 and not head.endswith(":") \
            and _headline_like(lines[above], False) and _sentence_case(head):
        return above
    return last


def _sentence_case(s: str) -> bool:
    """A word after the first begins in lower case, and is no particle of a name ("Ports
    shut", not "Top News" nor "Ana de Souza")."""
    return any(w[:1].islower() and w.casefold() not in normalize.NAME_PARTICLES
               for w in s.split()[1:])


MAX_WRAPPED_PARAGRAPH_LINES = 12   # a first paragraph hard-wrapped runs a few lines, not more
PARAGRAPH_END_RE = re.compile(r"[.!?][\"'”’»)]*$")


def _opens_paragraph(lines: list[str], j: int) -> bool:
    """Line j is story text: a sentence, or the first line of a paragraph wrapped onto
    the next ("... Walker Telecommunications Corp" / "said it ...")."""
    s = clean.squash(lines[j])
    if s.endswith(".") and len(s.split()) > 6 or s.endswith("。"):
        return True
    after = lines[j + 1].strip() if j + 1 < len(lines) else ""
    if len(s.split()) <= 6 or not after:
        return False
    if after[:1].islower():
        return True
    # "Temporary flood barriers have gone up along the riverside in" / "Worcester as the
    # River ..." / "... Welsh hills.": a paragraph hard-wrapped, its next line capitalised;
    # its last line closes a sentence (a headline wrapped onto two lines closes none).
    for k in range(j + 1, min(len(lines), j + MAX_WRAPPED_PARAGRAPH_LINES)):
        if not lines[k].strip():
            return k - j > 1 and PARAGRAPH_END_RE.search(lines[k - 1].rstrip()) is not None
    return False


def _headline_like(raw: str, strong: bool) -> bool:
    """A line that may be a headline: no full stop at its end, no menu; ``strong``: also
    longer than a menu item."""
    s = clean.squash(raw)
    if not s or s.endswith(".") and not s.endswith("...") or s.endswith("。") \
            or len(s) > MAX_TITLE_CHARS:
        return False
    if MENU_LINE_RE.search(raw) or BREADCRUMB_RE.search(s) or (" | " in s and all(
            len(p.split()) <= 3 for p in s.split(" | "))):
        return False       # "News  World  Sport", "Home > Markets", "Internacional | América"
    if YEAR_RE.search(s) and CLOCK_RE.search(s):
        return False       # "KYODO NEWS - Mar 5, 2024 - 14:32 | All, Japan": a date line
    if len(QUOTE_CHANGE_RE.findall(s)) >= 2:
        return False       # "SAN +1,9% BBVA +2,2%": a market ticker
    if sum(c.isdigit() for c in s) * 3 > len(s.replace(" ", "")):
        return False       # mostly figures: a date ("2024年3月5日 14時32分"), a price line
    return not (strong and _nav_line(s))


def _bare_byline(s: str, above: str) -> bool:
    """A line of only a person's name (two or three words) under a longer headline."""
    words = s.split()
    return 2 <= len(words) <= 3 and len(above.split()) >= 4 and not s.endswith(".") \
        and normalize.normalize_name(s) is not None and not any(
            w.casefold() in normalize.NAME_PARTICLES for w in words[:1])


def _read_date_byline(s: str, out: RawFields) -> bool:
    """A date line and a byline on one line ("Published on 10/05/2022 - 16:05 By Bruno
    Taveira - Agência Brasil reporter - Rio de Janeiro"): both recorded; True if it was one."""
    m = DATE_BYLINE_RE.match(s) if len(s) <= 2 * MAX_DATE_LINE_CHARS + MAX_BYLINE_CHARS else None
    if not m:
        return False
    dates, by = _date_parts(m["date"]), parse_byline(m["by"])
    if not dates or not by or not by[0]:
        return False
    for kind, part in dates:
        _record_date_line(part, kind, out)
    _add(out.byline_names, by[0])
    _add(out.agencies, by[1])
    out.header_city = out.header_city or byline_place(m["by"])
    return True


def _credited_dates(s: str, out: RawFields) -> list[tuple[str, str]] | None:
    """A date line after the agency's or site's credit: "KYODO NEWS - Mar 5, 2024 - 14:32",
    "AGI - Milano, 5 marzo 2024 - 14:32", "Ouest-France avec AFP. Publié le 05/03/2024 à
    14h32": its dates, the agencies and the place recorded; None when it is not one."""
    if not DIGIT_RE.search(s):
        return None
    source = SOURCE_DATE_RE.match(s) if ":" in s[:9] else None
    if source:                  # "Source: Kyodo News, 22 April 2012"
        agencies = [normalize.normalize_agency(p) for p in NAME_SPLIT_RE.split(source["credit"]) if p]
        dates = _date_parts(source["date"]) if agencies and all(agencies) else None
        if dates:
            _add(out.agencies, agencies)
            return dates
    m = CREDITED_DATE_RE.match(s)
    if not m:
        return None
    rest = m["rest"].split(" | ")[0]
    dates = _date_parts(rest)
    if not dates or not _read_agency_line(m["credit"].strip(), out):
        return None
    place = PLACE_BEFORE_DATE_RE.match(rest)
    if place and not normalize.month_names().get(normalize.fold(place["place"])):
        out.header_city = out.header_city or normalize.normalize_city(place["place"])
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


def _after_credit(lines: list[str], credited: int, i: int) -> bool:
    """Whether line i comes right after line ``credited`` (blank lines between)."""
    return all(not lines[j].strip() for j in range(credited + 1, i))


def _read_agency_line(s: str, out: RawFields) -> bool:
    """A head line that only credits agencies, as pages and feeds set one between headline
    and date: "Belga", "Associated Press", "AP Business Writer", "Le Monde avec AFP",
    "(Avec AFP et Reuters)", "Redazione ANSA", "Press Trust of India | New Delhi". Its
    agencies are recorded; True if it was one.

    >>> out = RawFields()
    >>> [_read_agency_line(x, out) for x in ("Le Monde avec AFP", "AP Business Writer", "Paris")]
    [True, True, False]
    >>> out.agencies
    ['AFP', 'AP']
    """
    head = s.split(" | ")[0] if " | " in s else s
    if len(head.split()) > MAX_AGENCY_LINE_WORDS:
        return False
    if " / " in head:      # "EFE / Sevilla": the agency, then the desk's place
        agency, _, place = head.partition(" / ")
        found_agency = normalize.normalize_agency(agency)
        if found_agency and SECTION_PART_RE.match(place.strip()):
            _add(out.agencies, [found_agency])
            out.header_city = out.header_city or normalize.normalize_city(place.strip())
            return True
    edition = SOURCE_EDITION_RE.match(head) if " -" in head else None
    if edition and normalize.normalize_agency(edition["source"]):
        _add(out.agencies, [normalize.normalize_agency(edition["source"])])
        return True       # "Agence France Presse -- English": LexisNexis's source line
    found = [normalize.normalize_agency(p) for p in head.split(" - ")]   # "AGI - Agenzia Italia"
    if not all(found) and "/" in head:
        # "TT/The Local": the agency, then the site running its copy (an article opens its name)
        first, _, rest = head.partition("/")
        if rest.split()[:1] and rest.split()[0].casefold() in OUTLET_ARTICLES:
            found = [normalize.normalize_agency(first)]
    if all(found):
        _add(out.agencies, found)
        return True
    m = AGENCY_CREDIT_RE.match(head)
    if m:
        names = [p for p in NAME_SPLIT_RE.split(m["agencies"].strip(" .()")) if p]
        agencies = [normalize.normalize_agency(p) for p in names]
        if agencies and all(agencies):
            _add(out.agencies, agencies)
            return True
    placed = AGENCY_IN_PLACE_RE.match(head) if " in " in head else None
    if placed and normalize.normalize_agency(placed["agency"]):    # "Reuters in Rotterdam"
        _add(out.agencies, [normalize.normalize_agency(placed["agency"])])
        return True
    words = head.split()
    for k in range(min(3, len(words) - 1), 0, -1):   # "AP Technology Writer", "Reuters Staff"
        agency = normalize.normalize_agency(" ".join(words[:k]))
        if agency and _is_role(words[k:]):
            _add(out.agencies, [agency])
            return True
    return False


def _is_role(words: list[str]) -> bool:
    """A byline's role after an agency: role words ("Writer", "Staff"), or up to three
    capitalised words of a desk before one ("Legal Affairs Writer")."""
    return bool(words) and (all(map(_is_role_word, words)) or (
        len(words) <= 4 and _is_role_word(words[-1]) and all(w[:1].isupper() for w in words)))


def _nav_line(s: str) -> bool:
    """A line that may be a menu item: a word or two, short ("World", "Top News", "国际")."""
    if len(s) > NAV_LINE_CHARS or len(s.split()) > 2:
        return False
    return len(s) <= NAV_LINE_CJK_CHARS or not cjk.has_cjk(s)


def _record_date_line(s: str, kind: str, out: RawFields) -> None:
    if kind == "published" and out.published_line is None:
        out.published_line = s
    elif kind == "updated" and out.updated_line is None:
        out.updated_line = s
    else:
        out.date_lines.append(s)


def _read_header_segments(line: str, out: RawFields) -> bool:
    """A header line of "|"-joined parts: "Source: Xinhua | 2023-08-07 21:05:33 | Editor: Wang
    Lin", "Mehmet Yılmaz |05.03.2024 - Güncelleme : 05.03.2024".

    Taken only when every part is a date, a byline (or a bare name beside a date), a
    labelled credit, or a section or place first; returns whether it was.
    """
    parts = [p.strip() for p in HEADER_SPLIT_RE.split(line) if p.strip()]
    found = []
    for n, part in enumerate(parts):
        dates = _date_parts(part)
        if dates:
            found.extend(("date", kind, text) for kind, text in dates)
            continue
        label = HEADER_LABEL_RE.match(part)
        if label:
            found.append(("label", label["label"].casefold(), label["value"]))
            continue
        named = [normalize.normalize_agency(a) for a in part.split("/")]
        if all(named):                       # "Reuters | 04 March 2024", "Lusa/EFE | ..."
            found.append(("agency", named, part))
            continue
        if TIME_ONLY_RE.match(part) and found and found[-1][0] == "date":
            found[-1] = ("date", found[-1][1], f"{found[-1][2]} {part}")   # "... | 8:15 am"
            continue
        by = parse_byline(part)
        if by:
            found.append(("byline", by, part))
            continue
        if found and found[-1][0] == "agency" and SECTION_PART_RE.match(part):
            found.append(("place", None, part))   # "AFP | Guwahati | Updated: ..."
            continue
        if n == 0 and SECTION_PART_RE.match(part):
            # "Business | Tue Sep 8, 2015 4:19am EDT", "COPENHAGEN | By Jo Roe": a section
            # or the desk's place first
            found.append(("place" if part.isupper() else "section", None, part))
            continue
        return False
    kinds = {f[0] for f in found}
    if "date" not in kinds and not ("byline" in kinds and "place" in kinds):
        return False      # (an agency and a date make a header; an agency alone does not)
    for what, kind, value in found:
        if what == "date":
            _record_date_line(value, kind, out)
        elif what == "byline":
            _add(out.byline_names, kind[0])
            _add(out.agencies, kind[1])
        elif what == "agency":
            _add(out.agencies, kind)
        elif what == "place":
            out.header_city = normalize.normalize_city(value)
        elif what == "section" and "date" in kinds and sum(f[0] != "date" for f in found) == 1:
            # "Mehmet Yılmaz |05.03.2024": a name beside the date is the author
            name = normalize.normalize_name(value)
            if name and len(value.split()) > 1:
                _add(out.byline_names, [name])
        elif kind in ("source", "quelle", "fuente", "fonte", "agency", "agence", "agentur"):
            _add(out.agencies, normalize.find_agencies(value))
        elif kind in ("editor", "éditeur", "redakteur", "editor responsable"):
            _add(out.credits.setdefault("editors", []), split_names(value)[0])
        elif kind in ("author", "auteur", "autor"):
            names, agencies = split_names(value)
            _add(out.byline_names, names)
            _add(out.agencies, agencies)
    return True


def _after_last_head_line(lines: list[str], out: RawFields) -> int:
    # No dateline and no prose line: the body is whatever follows the title.
    if out.title is None:
        return 0
    for i, raw in enumerate(lines):
        if clean.squash(raw) == out.title:
            return i + 1
    return 0


def _read_caption(line: str, out: RawFields) -> None:
    both = STORY_AND_PHOTO_RE.search(line) if "(" in line else None
    if both:          # "(Story and photo by Jo Roe/The Coast Herald)": reporter and photographer
        name = normalize.normalize_name(both["name"])
        if name:
            _add(out.photographers, [name])
            _add(out.credits.setdefault("reporters", []), [name])
        _add(out.agencies, [normalize.normalize_agency(both["outlet"] or "")])
        return
    name, agency = photo_credit(line)
    if name:
        _add(out.photographers, [name])
    if agency:
        _add(out.caption_agencies, [agency])
    elif CAPTION_START_RE.match(line):
        _add(out.caption_agencies, normalize.find_agencies(line[:40]))


NOTE_STARTS = ("This ", "Trans", "trans")   # the lines _read_note reads begin so (a cheap test)
SHORT_LINE = 600   # credits, captions, sign-offs and chrome lines are shorter than this
MAX_NOTICE_CHARS = 80   # a copyright notice naming the agency: "© Copyright ANSA"
MAX_SIGNOFF_CHARS = 100  # sign-offs, stamps, desk codes and source lines are shorter


def _read_tail(lines: list[str], out: RawFields, in_cjk: bool = False) -> list[str]:
    """Drop chrome, captions, credits and sign-offs from the body lines; collect what they credit."""
    kept: list[str] = []
    filled = [i for i, line in enumerate(lines) if line.strip()]
    last_lines = set(filled[-TAIL_DATE_LINES:])
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
            if out.ended:
                # after "Related coverage" or a page's footer: nothing more is the story's,
                # but its closing credits may still come ("(Reporting by ...)")
                credits = parse_credits(s)
                if credits:
                    _add_credits(credits, out)
                continue
            credits = cjk.read_credit_line(s) if in_cjk and kept else None
            if credits is not None:      # "（完）", "【责任编辑：赵六】", "홍길동 기자 gildong@yna.co.kr"
                _add_credits(credits, out)
                continue
            if s[:5] in NOTE_STARTS and kept and _read_note(s, out):
                continue
            if _read_short_line(s, out, bool(kept)):
                continue
            if i in last_lines and kept and _read_closing_date(s, out):
                continue
            by = parse_byline(s) if i in last_lines and kept and BYLINE_RE.match(s) else None
            if by and by[0]:                 # "Von Lars Nicolaysen, dpa" below the copy
                _add(out.byline_names, by[0])
                _add(out.agencies, by[1])
                continue
            if i in last_lines and kept and _read_signature(s, out):
                continue
            if i == filled[-1] and kept and "," in s and len(s) <= MAX_BYLINE_CHARS \
                    and _read_city_signoff(s, out):
                continue
        elif clean.is_boilerplate(s):     # long legal notices and disclaimers
            continue
        # A credit run at the end of the last paragraph: "... he said. (Reporting by X)"
        m = TRAILING_CREDIT_RE.search(raw) if s.endswith(")") else None
        if m:
            credits = parse_credits(m["credit"])
            if credits:
                _add_credits(credits, out)
                _add(out.agencies, [normalize.normalize_agency(m["agency"] or "")])
                raw = raw[:m.start()]
        closing = TRAILING_AGENCY_RE.search(raw) if i in last_lines and s.endswith(")") else None
        if closing and normalize.normalize_agency(closing["agency"], credit=True):
            _add(out.agencies, [normalize.normalize_agency(closing["agency"], credit=True)])
            raw = raw[:closing.start()]
        tail = SIGNOFF_TAIL_RE.search(raw) if "REUTER" in s[-16:].upper() else None
        if tail:
            _add(out.agencies, [normalize.normalize_agency(tail["agency"])])
            raw = raw[:tail.start()]
        kept.append(raw)
    return kept


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
        if i < len(lines) and lines[i].strip():
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
        para = []
    return taken


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
        if units and not CREDIT_OPEN_RE.match(s + " ") and units[-1][-1:] not in ".)" \
                and normalize.parse_date(s) is None:  # a date line under the credits: its own
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
        elif not ("contributed" in unit and _read_contributors(unit, found)):
            return False
    _add_credits((found.credits, found.agencies), out)
    return True


def _read_slash_credit(s: str, out: RawFields) -> None:
    """The reporter BTA names between slashes in its dateline, "/Мария Петкова, БТА/":
    recorded when the word after the comma is an agency (known, or an acronym)."""
    m = SLASH_CREDIT_RE.search(s)
    if not m or not (normalize.normalize_agency(m["agency"]) or m["agency"].isupper()):
        return
    name = m["name"]
    if not all(w[:1].isupper() for w in name.split()) or normalize.normalize_agency(name) \
            or normalize.is_known_city(name):
        return
    _add(out.credits.setdefault("reporters", []), [normalize.normalize_name(name)])
    _add(out.agencies, [normalize.normalize_agency(m["agency"])])


def _read_city_signoff(s: str, out: RawFields) -> bool:
    """The story's last line as exactly a person's name, a comma and a known city (Ukrinform:
    "Olena Roe, Kyiv"); the name is recorded as the reporter. True if it was one."""
    m = CITY_SIGNOFF_RE.match(s)
    if not m or not normalize.is_known_city(m["city"]):
        return False
    name = m["name"]
    if not all(w[:1].isupper() for w in name.split()) or normalize.normalize_agency(name) \
            or normalize.is_known_city(name) or _is_weekday_or_month(name.split()[0]) \
            or name.split()[0].casefold() in OUTLET_ARTICLES or any(_is_role_word(w) for w in name.split()):
        return False      # "Le Monde, Paris", "Staff Writer, London": no person
    person = normalize.normalize_name(name)
    if not person:
        return False
    _add(out.credits.setdefault("reporters", []), [person])
    return True


def _read_signature(s: str, out: RawFields) -> bool:
    """A reporter's signature below the copy: "Karin Roe/TT" (the name and the agency),
    Bloomberg's "--Jo Roe in the Tokyo newsroom (81-3) 3201-8900/pjm"; True if it was one."""
    if s[:2] == "--":
        m = NEWSROOM_SIGNOFF_RE.match(s)
        if not m:
            return False
        rejected: list[str] = []
        names, agencies = split_names(m["names"], rejected)
        if not names or rejected:
            return False
        _add(out.credits.setdefault("reporters", []), names)
        _add(out.agencies, agencies)
        return True
    m = SIGNATURE_RE.match(s) if "/" in s and len(s) <= MAX_BYLINE_CHARS else None
    agency = normalize.normalize_agency(m["agency"]) if m else None
    name = normalize.normalize_name(m["name"]) if agency else None
    if not name or normalize.normalize_agency(m["name"]) or normalize.is_known_city(m["name"]):
        return False      # "New York/Reuters": a place and the agency, no person
    _add(out.byline_names, [name])
    _add(out.agencies, [agency])
    return True


#: A date line among a story's last lines is its stamp ("Fecha: 05/03/2024 14:32", EFE;
#: "Published: 02 Jul 2022, 06:45 PM", IANS), set below the copy and its sign-offs.
TAIL_DATE_LINES = 4


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


def _read_note(s: str, out: RawFields) -> bool:
    """A sentence that credits the story or dates it, wherever it stands: "This report by
    The Canadian Press was first published Feb. 17, 2023." (the publication day, where
    nothing else gave one), "This article was translated from Swedish by Maja Lindqvist."
    (the translator); True if it was one. Asked only of lines opening "This " or
    "Translated ".

    >>> out = RawFields()
    >>> _read_note("This report by The Canadian Press was first published Feb. 17, 2023.", out)
    True
    >>> out.published_line, out.agencies
    ('Feb. 17, 2023', ['CP'])
    """
    m = CLOSING_PUBLISHED_RE.match(s)
    if m and classify_date_line(m["date"]):
        out.published_line = out.published_line or m["date"]
        _add(out.agencies, normalize.find_agencies(m["by"]))
        return True
    m = TRANSLATED_NOTE_RE.match(s)
    if m:
        names, agencies = split_names(m["names"])
        if names:
            _add(out.credits.setdefault("translators", []), names)
            _add(out.agencies, agencies)
            return True
    return False


def _add_credits(credits: tuple[dict[str, list[str]], list[str]], out: RawFields) -> None:
    for k, names in credits[0].items():
        _add(out.credits.setdefault(k, []), names)
    _add(out.agencies, credits[1])


def _read_short_line(s: str, out: RawFields, in_body: bool) -> bool:
    """Take a short tail line that is not story text (recording what it credits); True if taken."""
    if in_body and "://" in s and not out.url:
        link = envelope.story_link(s, out.mail)
        if link:          # "Read the full story: https://...", a mail's "Read more: https://..."
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
    if clean.is_boilerplate(s):
        if COPYRIGHT_RE.search(s):
            _add(out.agencies, normalize.find_agencies(s))
        return True
    if in_body and len(s) <= MAX_NOTICE_CHARS and COPYRIGHT_RE.search(s) and not s.endswith("."):
        found = normalize.find_agencies(s)    # "RIPRODUZIONE RISERVATA © Copyright ANSA"
        if found:
            _add(out.agencies, found)
            return True
    if not in_body:
        return False
    if len(s) > MAX_SIGNOFF_CHARS:       # a paragraph: only a note or a link is taken
        if ("contributed" in s or "reported from" in s) and _read_contributors(s, out):
            return True
        notice = AGENCY_SITE_NOTICE_RE.match(s) if s[:5] == "Only " else None
        if notice and normalize.normalize_agency(notice["agency"]):
            _add(out.agencies, [normalize.normalize_agency(notice["agency"])])
            return True
        return _read_url_line(s, out)
    stamp = WIRE_STAMP_RE.match(s)
    if stamp:        # "AP-NY-07-14-98 1532EDT": AP's transmission stamp closing the copy
        year = int(stamp["y"]) + (1900 if int(stamp["y"]) >= 70 else 2000)
        out.closing_date = out.closing_date or \
            f"{year}-{stamp['m']}-{stamp['d']} {stamp['H']}:{stamp['M']} {stamp['tz']}"
        return True
    sent = SENT_STAMP_RE.match(s) if len(s) <= 40 else None
    if sent:         # "AFP 121432 GMT DEC 95", "dpa xy yz 061432 Dez 12", "051432 Mär 96"
        month = normalize.month_names().get(normalize.fold(sent["mon"]).rstrip("."))
        if month:
            year = int(sent["y"]) + (1900 if int(sent["y"]) >= 70 else 2000)
            out.closing_date = out.closing_date or (
                f"{year}-{month:02d}-{sent['d']} {sent['H']}:{sent['M']} {sent['tz'] or ''}".strip())
            if sent["agency"]:
                _add(out.agencies, [normalize.normalize_agency(sent["agency"])])
            return True
    if INITIALS_SIGNOFF_RE.match(s):     # "dpa gh yy hr", "EFE mjo jlg": the desk's initials
        _add(out.agencies, [normalize.normalize_agency(s.split()[0])])
        return True
    slashed = SLASHED_SIGNOFF_RE.match(s) if s[:1] == "/" else None
    if slashed and normalize.normalize_agency(slashed["agency"], credit=True):
        _add(out.agencies, [normalize.normalize_agency(slashed["agency"], credit=True)])
        return True
    initials = AGENCY_INITIALS_RE.match(s) if len(s) <= 40 else None
    if initials and normalize.normalize_agency(initials["agency"], credit=True):
        _add(out.agencies, [normalize.normalize_agency(initials["agency"], credit=True)])
        return True
    source = SOURCE_LINE_RE.match(s)
    if source:        # "Quelle: dpa", "Source : AFP", "ust/kle (dpa, afp)"
        named = [normalize.normalize_agency(p) for p in NAME_SPLIT_RE.split(source["agencies"]) if p]
        found = named if named and all(named) else normalize.find_agencies(source["agencies"])
        if found:
            _add(out.agencies, found)
            return True
    signed = normalize.normalize_agency(s.strip("-–— ")) if s[:1] in "-–—" else None
    if signed:                            # "— Agence France-Presse"
        _add(out.agencies, [signed])
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
    if ("contributed" in s or "reported from" in s) and _read_contributors(s, out):
        return True
    note = AGENCY_NOTE_RE.match(s) if s.startswith("(") else None
    if note:
        names, ags = split_names(note["agencies"])
        if ags and not names:
            _add(out.agencies, ags)
            return True
    if len(s) <= 60:
        sign = SIGNOFF_RE.match(s)
        if sign:
            ags = [normalize.normalize_agency(a, credit=True) for a in re.split(r"\s*[/,]\s*", sign["agencies"])]
            if ags and all(ags):
                _add(out.agencies, ags)
                if sign["date"]:
                    out.closing_date = sign["date"]
                return True
    return _read_url_line(s, out)


def _read_url_line(s: str, out: RawFields) -> bool:
    """A line that is the story's address, recorded when none is yet; True if taken."""
    if not out.url and "://" in s:
        url = URL_LINE_RE.match(s)
        if url:
            out.url = url["url"]
            return True
    return False


def _read_contributors(s: str, out: RawFields) -> bool:
    """A closing note of who reported from where and who contributed, one sentence or
    several ("Ward reported from Mobile. Associated Press writer Jane Roe in Houston
    contributed to this report."): its contributors recorded as reporters; True if
    every sentence of ``s`` is such a note and one names contributors."""
    found: list[tuple[list[str], list[str]]] = []
    for sentence in NOTE_SENTENCE_END_RE.split(s):
        if REPORTED_FROM_RE.match(sentence):
            continue
        contrib = CONTRIBUTED_RE.match(sentence) if "contributed" in sentence else None
        if not contrib:
            return False
        names, ags = split_names(contrib["names"])
        if not names and not ags:      # "The Associated Press contributed to this report."
            return False
        found.append((names, ags + normalize.find_agencies(contrib["aff"] or "")))
    if not found:  # "Ward reported from Kabul." alone may be the story's own sentence
        return False
    for names, ags in found:
        _add(out.credits.setdefault("reporters", []), names)
        _add(out.agencies, ags)
    return True


def _join_body(lines: list[str]) -> str:
    text = "\n".join(line.rstrip() for line in lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text
