"""Clean stage: raw bytes or text -> clean text (encoding, whitespace), and the site-chrome tests."""
from __future__ import annotations

import codecs
import html
import html.entities
import re
import unicodedata

from . import regex_cache

regex_cache.load()  # before the parser's patterns, here and in every module importing this one

from . import vocab  # noqa: E402

# Mojibake markers: UTF-8 read as cp1252/Latin-1 ("Ã©" for "é", "â€™" for "’").
MOJIBAKE_LEADS = "ÃÂâ"     # (MOJIBAKE_RE's first characters)
MOJIBAKE_RE = re.compile(r"[ÃÂâ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc€™]")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
#: CONTROL_RE without SOH, STX, ETX, EOT (\x01-\x04): the framing of ANPA 1312 / IPTC 7901 feeds.
CONTROL_BUT_FRAMING_RE = re.compile(r"[\x00\x05-\x08\x0b\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
# Markers a post sets before its lines (a channel's, a social account's): emoji, their
# joiners, selectors and keycaps, flags (regional indicators), arrows and dingbats.
LINE_MARKER_CHARS = ("\U0001F000-\U0001FAFF\u2190-\u21FF\u2600-\u27BF\u2B00-\u2BFF"
                     "\uFE0F\u200D\u20E3")
LINE_MARKERS_RE = re.compile("^[" + LINE_MARKER_CHARS + " \t]+(?=\\S)")
SPACES_RE = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]+")
#: The longest run of spaces a story keeps. A page's padding can leave tens of thousands
#: (a PDF's empty column, "&nbsp;" runs); the field rules' regexes allow spaces with `\s*`
#: at every turn, so one such run made a story take a minute, and twice its length four.
#: Eight keep the column gaps that tell a page's table or running head ("A7      MARCH 5").
MAX_SPACE_RUN = 8
LONG_SPACE_RUN_RE = re.compile(r"([ \t\u00a0\u2007\u202f\u3000]{%d})[ \t\u00a0\u2007\u202f\u3000]+" % MAX_SPACE_RUN)
#: What any run longer than MAX_SPACE_RUN holds: plain spaces only, or another kind of
#: space. Their C-level search gates the regex, which costs ~10 us a kilobyte.
SPACE_RUN_SIGNS = (" " * (MAX_SPACE_RUN + 1), "\t", "\u00a0", "\u2007", "\u202f", "\u3000")
#: Half of a UTF-16 pair, alone: JSON may escape one ("\\ud800"), and mail headers decode
#: undecodable bytes to them. No such text can be written as UTF-8, so none can be indexed.
SURROGATE_RE = re.compile("[\ud800-\udfff]")
#: Spaces other than the plain one inside a line: no-break (a page's "SEOUL (Reuters)&nbsp;-",
#: kept when its text is copied out), narrow no-break (French "14\u202fh"), figure, thin, hair
#: and the en and em spaces. The field rules read a plain space (" - ", "Wien – Die"), so a
#: story copied from a page lost its dateline; they become plain ones. (The ideographic space
#: stays: CJK rules read it as the copy's own indent.)
INLINE_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
#: Spaces and tabs at a line's end: a pasted page's or a PDF's ("New Mexi-  " over "co"),
#: which kept the line from ending where the rules look for its end.
TRAILING_SPACES_RE = re.compile(r"[ \t]+(?=\n|\Z)")
LEADING_BLANK_LINES_RE = re.compile(r"\A(?:[^\S\n]*\n)+")
INLINE_SPACE_MAP = str.maketrans(dict.fromkeys(INLINE_SPACES, " "))


def decode_bytes(data: bytes, *, keep_framing: bool = False) -> str:
    """Bytes in any common encoding -> text, with mojibake repaired.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read directly; anything else is
    detected by charset-normalizer, with cp1252 as the last resort (it never fails).
    ``keep_framing`` keeps the wire framing controls SOH, STX, ETX and EOT, which the
    splitter of feed captures reads (formats/wirefeed.py); it drops them after.

    >>> decode_bytes("café".encode("cp1252"))
    'café'
    >>> decode_bytes(codecs.BOM_UTF8 + "é".encode())
    'é'
    """
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", "replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", "replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect(data)
    return repair_text(text, keep_framing=keep_framing)


def _detect(data: bytes) -> str:
    # UTF-16 without a BOM: every other byte NUL in ASCII-heavy text.
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
        return data.decode("utf-16-le", "replace")
    if len(data) >= 4 and data[0::2].count(0) > len(data) // 4:
        return data.decode("utf-16-be", "replace")
    # Copy in Latin letters comes in one of a few code pages; Western European (cp1252) is
    # by far the most common. Each is read, and the one whose letters one language writes
    # wins (ties to the first): charset-normalizer, left to itself, reads French in cp1250.
    text = _latin_reading(data)
    if text is not None:
        return text
    from charset_normalizer import from_bytes
    best = from_bytes(data[:200_000]).best()
    if best is not None:
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _latin_reading(data: bytes) -> str | None:
    """``data`` read in the LATIN_CODE_PAGES' best fit, or None when no reading looks like
    text in Latin letters (Cyrillic, Greek, Arabic or Hebrew in their own code pages read as
    runs of accented letters: "Ïðåçèäåíò"; or a page full of stray symbols).

    >>> _latin_reading("Brněnské výstaviště, řeka".encode("cp1250"))
    'Brněnské výstaviště, řeka'
    >>> _latin_reading("Noël à Genève, où l'été".encode("cp1252"))
    "Noël à Genève, où l'été"
    >>> _latin_reading("Президент".encode("cp1251")) is None
    True
    """
    best, best_key = None, None
    for rank, code_page in enumerate(LATIN_CODE_PAGES):
        try:
            text = data.decode(code_page)
        except UnicodeDecodeError:
            continue
        key = _latin_fit(text)
        if key is None:
            continue
        if best_key is None or key > best_key:
            best, best_key = text, key
        if rank == 0 and key[:2] == (0, 1.0):
            break                      # cp1252, every letter one language's: no doubt left
    return best


def _latin_fit(text: str) -> tuple[int, float, float, int] | None:
    """How well a reading fits a language in Latin letters: (minus its stray symbols inside
    words, the share of the letters beyond ASCII of its words in lower case that one language
    writes, the same share over all its words, minus its symbols beyond ASCII); None when it
    is no Latin text (more than one in 500 of its characters are neither letters nor
    typographic signs, or most of its words are all letters beyond ASCII). Capitalised words
    are names, which a French story may spell in Spanish ("Cancún"); the words in lower case
    are the language's own. A long file is judged by its first FIT_SAMPLE_CHARS."""
    text = text[:FIT_SAMPLE_CHARS]
    odd = symbols = 0
    for c in text:
        if ord(c) > 127 and not c.isalpha():
            symbols += 1
            if c not in CP1252_PUNCT:
                odd += 1
    if odd > len(text) // 500:
        return None
    if "<" in text:
        text = MARKUP_RE.sub(" ", text)     # a page undeclared: its words, not its tags' names
    words = LETTER_WORD_RE.findall(text)
    if len(NON_ASCII_WORD_RE.findall(text)) * 2 > len(words):
        return None                    # "Ïðåçèäåíò", "ÇáÚÑÈíÉ": another script
    lower: dict[str, int] = {}
    every: dict[str, int] = {}
    for word in words:
        if not word.isascii():
            for c in word:
                if ord(c) > 127 and c.isalpha():
                    c = c.lower()
                    every[c] = every.get(c, 0) + 1
                    if not word[0].isupper():
                        lower[c] = lower.get(c, 0) + 1
    return (-len(ODD_INSIDE_WORD_RE.findall(text)), _one_language_share(lower), _one_language_share(every),
            -symbols)


def _one_language_share(counts: dict[str, int]) -> float:
    """The largest share of these letters' uses that one language of
    vocab.LATIN_LETTERS_BEYOND_ASCII writes (1.0 for none)."""
    total = sum(counts.values())
    if not total:
        return 1.0
    return max(sum(n for c, n in counts.items() if c in letters)
               for letters in vocab.LATIN_LETTERS_BEYOND_ASCII.values()) / total


CP1252_PUNCT = frozenset("‘’‚“”„–—…«»€°§©®™·•\u00a0¿¡ºª²³½¼¾×£¥¢±µ¶÷†‡‰‹›")
#: The code pages of Latin-letter copy, the commonest first: Western, Central European (two),
#: Turkish, Baltic.
LATIN_CODE_PAGES = ("cp1252", "cp1250", "iso8859_2", "cp1254", "cp1257")
FIT_SAMPLE_CHARS = 100_000
#: A symbol between two letters: Polish "wyj¹tkowy" (ą read in cp1252), no word's spelling.
ODD_INSIDE_WORD_RE = re.compile(r"(?<=[^\W\d_])[¹²³ªº°¤¦¨¯´¸¬±µ¶¥£¢§©®](?=[^\W\d_])")
#: Words of letters beyond ASCII only, three or more: a reading of another script.
NON_ASCII_WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_a-zA-Z]{3,}(?![^\W\d_])")
LETTER_WORD_RE = re.compile(r"[^\W\d_]+")
#: A page's scripts, styles and tags: ASCII words that say nothing of its text's letters.
MARKUP_RE = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^<>]*>", re.IGNORECASE | re.DOTALL)


# Text of a legacy code page read in another, as archives hold it (ftfy's markers above are
# UTF-8's): Polish in ISO-8859-2 or cp1250 read as Latin-1 / cp1252 ("£ódzkie zak³ady" for
# "Łódzkie zakłady": the Latin-2 letters come out as Latin-1's symbols, inside words), and
# UTF-8 read as KOI8-R ("п≈п╟п╠" for "Заб": each Cyrillic letter's lead byte is "п" or "я",
# its second a KOI8 box-drawing sign). The sign: such a symbol between two letters.
# Symbols only: "œ", "Š" and "Ž" are letters in French and Czech as they stand; "ª" and "º"
# (Ş and ş in Latin-2) Spanish and Portuguese write after a letter.
LATIN2_AS_LATIN1_SIGNS = "¡£¥¦©«¬®¯±³µ¶¹»¼¾¿"
LEGACY_SIGN_RE = re.compile(
    r"[^\W\d_][" + LATIN2_AS_LATIN1_SIGNS + r"][^\W\d_]|[пя][\u2500-\u257f\u2248\u2320\u2321\u25a0\u2219\u221a\u2264\u2265\u00b2\u00b7\u00f7]")
#: Every character a LEGACY_SIGN_RE match holds one of.
LEGACY_SIGN_CHARS = LATIN2_AS_LATIN1_SIGNS + "пя"
# Odd characters, counted before and after a repair: such a symbol between two letters (a
# brand's "Intel® Core" or "¿Qué" has one letter beside it), or a box-drawing sign.
ODD_CHAR_RE = re.compile(
    r"(?<=[^\W\d_])[" + LATIN2_AS_LATIN1_SIGNS + r"](?=[^\W\d_])"
    r"|[\u2500-\u257f\u2248\u2320\u2321\u25a0\u2219\u221a]")
# A legacy reading (the code page the text was read in) and the one it was written in.
LEGACY_READINGS = (("latin-1", "iso-8859-2"), ("cp1252", "cp1250"), ("koi8-r", "utf-8"), ("cp866", "utf-8"))


# Text from a terminal or telex of a national 7-bit variant of ISO 646 (SEN 850200, DS 2089,
# NS 4551, DIN 66003), where the code points of ASCII's brackets, backslash, braces and bar
# carry the language's letters ("G\\TEBORG" for GÖTEBORG, "UPPS[GNING" for UPPSÄGNING): the
# letters each stand-in is, per language (upper-case stand-ins, then lower-case).
ISO646_LETTERS = {
    "sv": {"[": "Ä", "\\": "Ö", "]": "Å", "{": "ä", "|": "ö", "}": "å"},
    "da": {"[": "Æ", "\\": "Ø", "]": "Å", "{": "æ", "|": "ø", "}": "å"},
    "de": {"[": "Ä", "\\": "Ö", "]": "Ü", "{": "ä", "|": "ö", "}": "ü", "~": "ß"},
}
ISO646_LANGUAGES = {"sv": "sv", "fi": "sv", "da": "da", "no": "da", "nb": "da", "nn": "da", "de": "de"}
# The sign: a stand-in between two ASCII letters of its case ("ANST[LLDA", "m{nga").
ISO646_SIGN_RE = re.compile(r"[A-Z][\[\\\]][A-Z]|[a-z][{|}~][a-z]")
ISO646_MIN_SIGNS = 3
ISO646_STAND_INS = "[\\]{|}~"
# A word of letters and stand-ins; and a real bracket pair, kept: an archivist's note, its
# text with a lower-case letter, a digit or a colon ("[Note: ...]", "[ARKIVKOPIA 1984]").
ISO646_WORD_RE = re.compile(r"[A-Za-z\[\\\]{|}~]+")
REAL_BRACKETS_RE = re.compile(r"(?<![A-Za-z])\[[^\[\]\n]*[a-z0-9:][^\[\]\n]*\](?![A-Za-z])")


def repair_iso646(text: str) -> str:
    r"""``text`` with a national 7-bit variant's stand-ins read as its letters, when the
    evidence is strong: ISO646_MIN_SIGNS stand-ins between two letters at least, and the text
    (without them) in a language of ISO646_LETTERS. A stand-in is read only inside a word
    all in its case (upper-case ones in a word in capitals, lower-case ones in a word in
    lower case); a bracket pair around a note stays as written.

    >>> repair_iso646("VARVET I G\\TEBORG F]R ST\\D. ARBETARNA [R OROLIGA OCH VILL HA BESKED OM ST[LLNINGEN P] VARVET.")
    'VARVET I GÖTEBORG FÅR STÖD. ARBETARNA ÄR OROLIGA OCH VILL HA BESKED OM STÄLLNINGEN PÅ VARVET.'
    >>> repair_iso646("Die Werte a[i], b[j] und c[k] sind gleich gross, sagte er.")
    'Die Werte a[i], b[j] und c[k] sind gleich gross, sagte er.'
    """
    if len(ISO646_SIGN_RE.findall(text)) < ISO646_MIN_SIGNS or "[[" in text or "]]" in text or "{{" in text:
        return text      # (wiki markup's links and templates: brackets, no letters)
    from . import normalize
    found = normalize.detect_language(text.translate({ord(c): None for c in ISO646_STAND_INS}))
    letters = ISO646_LETTERS.get(ISO646_LANGUAGES.get(found or "", ""))
    if letters is None:
        return text
    kept = [(m.start(), m.end()) for m in REAL_BRACKETS_RE.finditer(text)]

    def word(m: re.Match) -> str:
        w = m[0]
        if any(a <= m.start() < b for a, b in kept):
            return w
        plain = [c for c in w if c.isalpha()]
        if not plain:
            return w
        if all(c.isupper() for c in plain):
            return "".join(letters.get(c, c) if c in "[\\]" else c for c in w)
        if any(c.isupper() for c in plain[1:]):
            return w      # "McDonald|s": no word of one case
        # a word in lower case, maybe its first letter a capital or a capital's stand-in
        # ("F{hre", "[rger" for Ärger)
        head = letters.get(w[0], w[0]) if w[0] in "[\\]" and len(plain) > 1 else w[0]
        return head + "".join(letters.get(c, c) if c in "{|}~" else c for c in w[1:])
    return ISO646_WORD_RE.sub(word, text)


def repair_legacy_reading(text: str) -> str:
    """``text`` re-read in the code page it was written in, where one of LEGACY_READINGS
    clearly makes it cleaner: at least three odd characters (ODD_CHAR_RE) before and
    under a fifth of them after; each line that cannot be re-read (a character outside
    the wrong code page) kept as it is. Clean text is returned as it is.

    >>> repair_legacy_reading("£ódzkie zak³ady w³ókiennicze szukaj± inwestora. Zarz±d og³osi³")
    'Łódzkie zakłady włókiennicze szukają inwestora. Zarząd ogłosił'
    >>> repair_legacy_reading("¿Qué pasó? Costó 5 £ y ±3 grados.")
    '¿Qué pasó? Costó 5 £ y ±3 grados.'
    """
    before = len(ODD_CHAR_RE.findall(text))
    if before < 3:
        return text
    best, best_odd = text, before
    for wrong, right in LEGACY_READINGS:
        lines = []
        for line in text.split("\n"):
            try:
                lines.append(line.encode(wrong).decode(right))
            except UnicodeError:
                lines.append(line)
        fixed = "\n".join(lines)
        odd = len(ODD_CHAR_RE.findall(fixed))
        if odd < best_odd:
            best, best_odd = fixed, odd
    return best if best_odd * 5 < before else text


def _any_in(chars: str, text: str) -> bool:
    """True if any of ``chars`` is in ``text``: the cheap test before a sign's regex."""
    return any(c in text for c in chars)


def repair_text(text: str, *, keep_framing: bool = False) -> str:
    """Repair mojibake (with ftfy, only when its markers are present), drop control
    characters (but SOH, STX, ETX and EOT with ``keep_framing``), make inline spaces
    plain ones (plain_spaces) and drop the spaces that end a line.

    >>> repair_text("Corée du Nord est prÃ©occupÃ©e")
    'Corée du Nord est préoccupée'
    """
    # (each sign's characters looked for first with str's own scans, a few us a story: the
    # signs' regexes start with a class of letters and took ~1 ms a 3 kB story between them)
    if _any_in(MOJIBAKE_LEADS, text) and MOJIBAKE_RE.search(text):
        import ftfy
        text = ftfy.fix_encoding(text)
    if _any_in(LEGACY_SIGN_CHARS, text) and LEGACY_SIGN_RE.search(text):
        text = repair_legacy_reading(text)
    if _any_in(ISO646_STAND_INS, text) and ISO646_SIGN_RE.search(text):
        text = repair_iso646(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = plain_spaces((CONTROL_BUT_FRAMING_RE if keep_framing else CONTROL_RE).sub("", text))
    return TRAILING_SPACES_RE.sub("", text) if " \n" in text or "\t\n" in text else text


# A character reference as HTML writes it, with its closing semicolon: "&amp;", "&#8217;",
# "&#x2019;". (Without the semicolon "&copy" or "&not" may be text: "AT&T", "R&D", "&notes".)
ENTITY_RE = re.compile(r"&(?:#(?:\d{1,7}|[xX][0-9a-fA-F]{1,6})|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """Text with the HTML character references left in it decoded, as copy pasted out of a
    web page or a CMS carries them ("Harbour &amp; Rail&#8217;s"). Only references HTML
    names, each with its semicolon: anything else is left as written. For text that is
    not HTML: an HTML file's reader has decoded its own (formats/html.py).

    >>> decode_entities("Harbour &amp; Rail&#8217;s &quot;plan&quot; &#x2014; AT&T; R&D &bogus;")
    'Harbour & Rail’s "plan" — AT&T; R&D &bogus;'
    """
    if "&" not in text or ";" not in text:
        return text
    return ENTITY_RE.sub(_entity, text)


def _entity(m: re.Match) -> str:
    ref = m.group()
    if ref[1] != "#":
        return html.entities.html5.get(ref[1:], ref)
    char = html.unescape(ref)       # (maps cp1252's "&#150;" to "–", as browsers do)
    return ref if not char or char == "\ufffd" or CONTROL_RE.match(char) else char


def mend_surrogates(value):
    """A string (or a list or tuple of them) with each lone surrogate replaced by U+FFFD,
    the same object when it holds none; other values as they are.

    >>> mend_surrogates("Seoul \\ud800talks"), mend_surrogates(["ok", "x\\udc80"])
    ('Seoul \ufffdtalks', ['ok', 'x\ufffd'])
    """
    if isinstance(value, str):
        if value.isascii() or not SURROGATE_RE.search(value):
            return value
        return SURROGATE_RE.sub("\ufffd", value)
    if isinstance(value, (list, tuple)):
        mended = [mend_surrogates(v) for v in value]
        if any(m is not v for m, v in zip(mended, value)):
            return type(value)(mended)
    return value


def shorten_space_runs(text: str) -> str:
    """``text`` with each run of more than MAX_SPACE_RUN spaces or tabs cut to its first
    MAX_SPACE_RUN (line breaks are kept).

    >>> shorten_space_runs("SEOUL" + " " * 5000 + "(Reuters) -") == "SEOUL" + " " * 8 + "(Reuters) -"
    True
    >>> shorten_space_runs("A7   \tMARCH 5")
    'A7   \tMARCH 5'
    """
    if not any(sign in text for sign in SPACE_RUN_SIGNS):
        return text
    return LONG_SPACE_RUN_RE.sub(r"\1", text)


def plain_spaces(text: str) -> str:
    """``text`` with every INLINE_SPACES character made a plain space.

    >>> plain_spaces("Wien –\u00a0Die Bahn"), plain_spaces("à 14\u202fh 30")
    ('Wien – Die Bahn', 'à 14 h 30')
    """
    # (str's own scans: a character class's regex search took ~14 us a 4 kB story)
    if text.isascii() or not any(space in text for space in INLINE_SPACES):
        return text
    return text.translate(INLINE_SPACE_MAP)


def drop_leading_blank_lines(text: str) -> str:
    r"""``text`` without the empty or all-space lines above its first line of text: a page
    saved or pasted with blank lines on top is the same story, and the rules that read a
    file's first line (a note's front matter, a site's masthead over its headline) must
    find it there.

    >>> drop_leading_blank_lines("\n  \n\tRome - Text\nMore"), drop_leading_blank_lines("Rome\n")
    ('\tRome - Text\nMore', 'Rome\n')
    """
    return LEADING_BLANK_LINES_RE.sub("", text) if text[:1].isspace() else text


def squash(line: str) -> str:
    """One line with runs of spaces collapsed and ends trimmed."""
    if "  " in line or "\t" in line or "\u00a0" in line or "\u202f" in line or "\u3000" in line \
            or "\u2007" in line:
        return SPACES_RE.sub(" ", line).strip()
    return line.strip()


def _key(line: str) -> str:
    return squash(line).casefold().strip(" .:!>»›→|•·-–—*#")


def longest_first(words) -> list:
    """``words`` longest first, words of one length in order: the same list in every process,
    as a regex's alternation of them should be (a set's order changes with the process's
    hash seed, and with it the pattern, which regex_cache keeps by its text).

    >>> longest_first({"ab", "c", "aa", "abc"})
    ['abc', 'aa', 'ab', 'c']
    """
    return sorted(words, key=lambda w: (-len(w), w))


def literal_trie(words) -> str:
    """A regex (no flags of its own) matching exactly the given literal words, as a trie.

    re tries the alternatives of a flat ``a|b|c`` one by one at each start; the trie tests
    each character once, which makes a long word list several times cheaper to fail on
    (prose lines fail on all of them). Which word matches first may differ from the flat
    list's order, so the trie is used only where just the match's existence or its other
    bounds count.

    >>> literal_trie(["read", "ready", "rest"])
    're(?:ad(?:y)?|st)'
    """
    trie: dict = {}
    if isinstance(words, (set, frozenset)):
        words = sorted(words)       # (the same trie in every process: see longest_first)
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}                       # a word ends here

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(node[ch]) for ch in node if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)


END_MARKER_SET = frozenset(vocab.END_MARKERS)
BOILERPLATE_LINE_SET = frozenset(vocab.BOILERPLATE_LINES)
BOILERPLATE_WORD_SET = frozenset(w for line in vocab.BOILERPLATE_LINES for w in line.split()[:1])   # a button's first word
END_MARKER_RE = re.compile(r"^(?:" + literal_trie(vocab.END_MARKERS) + r")\s*:", re.IGNORECASE)


def _runs_on(word: str) -> bool:
    """True for a phrase ending in a script that writes no space after a word (Thai, Chinese,
    Japanese): what follows it on the line may be a letter."""
    return "\u0e00" <= word[-1] <= "\u0e7f" or word[-1] >= "\u3000"


BOILERPLATE_START_RE = re.compile(
    r"^[\W_]*(?:(?:" + literal_trie(w for w in vocab.BOILERPLATE_STARTS if not _runs_on(w)) + r")(?![^\W_])"
    r"|" + literal_trie(w for w in vocab.BOILERPLATE_STARTS if _runs_on(w)) + r")", re.IGNORECASE)
# "3 min read", "3 mins to read", "Lecture 4 min.", "Lesezeit: 3 Min.", "Lectura: 2 min",
# "Czas czytania: 3 min", "Muda wa kusoma: dakika 3", "읽는 시간 3분", "この記事は約3分で読めます":
# a label (vocab.READING_TIME_LABELS) or none, the figure with its unit (READING_TIME_UNITS)
# before or after it, and what says it is read (READING_TIME_AFTER); a read-it-later app
# puts the site before it: "example.com · 4 min read", "Example News • 3 min read"; a date
# before it ("Tue, Mar 5, 2024, 9:32 AM EST · 3 min read", Yahoo) makes the line a date line
READING_TIME_UNIT_RE = (r"(?:(?:" + literal_trie(u for u in vocab.READING_TIME_UNITS if u[-1] < "\u3000")
                        + r")(?![^\W\d_])\.?|" + literal_trie(u for u in vocab.READING_TIME_UNITS if u[-1] >= "\u3000") + r")")   # CJK units run on into what follows
READING_TIME_FIGURE_RE = (r"(?:" + READING_TIME_UNIT_RE + r"\s*\d{1,2}|\d{1,2}\s*" + READING_TIME_UNIT_RE + r")")
READING_TIME_RE = re.compile(
    r"^(?:(?![^·•|]*(?:\d:[0-5]\d|(?<!\d)(?:19|20)\d\d(?!\d)))[^\s·•|][^·•|]{0,40}?\s[·•|]\s+)?"
    r"(?:\d{1,2}\s*" + READING_TIME_UNIT_RE + r"\s*(?:" + literal_trie(vocab.READING_TIME_AFTER) + r")"
    r"|(?:" + literal_trie(vocab.READING_TIME_LABELS) + r")\s*[:：]?\s*" + READING_TIME_FIGURE_RE
    + r"\s*(?:" + literal_trie(vocab.READING_TIME_AFTER) + r")?)$", re.IGNORECASE)
# A gallery's counter: "Photo 1 of 12", "Foto 1/12", "ภาพที่ 1 จาก 12" (a picture's word, its
# number, a joiner and the count), "Galéria: 12 fotó", "Fotogalerija (12)" (the word and the
# count, the word again after it or none).
GALLERY_WORDS_RE = r"(?:" + literal_trie(vocab.GALLERY_WORDS) + r")"
GALLERY_COUNT_RE = re.compile(
    r"^" + GALLERY_WORDS_RE + r"\s*(?:\d{1,3}\s*(?:" + literal_trie(vocab.LIST_COUNT_JOINERS) + r")\s*\d{1,3}"
    r"|[:(]\s*\d{1,3}\s*(?:" + GALLERY_WORDS_RE + r")?\s*\)?)$", re.IGNORECASE)
# A page's reader counter: "Total Views: 1,204", "1.2K views", "阅读：3520", "조회수 812".
VIEW_COUNT_WORDS_RE = literal_trie(vocab.VIEW_COUNT_WORDS)
VIEW_COUNT_RE = re.compile(
    r"^(?:(?:" + VIEW_COUNT_WORDS_RE + r")\s*[:：]?\s*\d[\d,.\s]*[km]?"
    r"|\d[\d,.]*\s?[km]?\s+(?:" + VIEW_COUNT_WORDS_RE + r"))$", re.IGNORECASE)
# A search box's prompt: "Search for news, symbols or companies" (Yahoo Finance), "Search
# quotes, news & videos": the verb, then two things at least that it finds, in a list; a
# headline "Search for missing climbers resumes" names no list of them.
SEARCH_BOX_TARGET_RE = r"(?:" + literal_trie(vocab.SEARCH_BOX_TARGETS) + r")"
SEARCH_BOX_JOINER_RE = r"\s*(?:,|&|\b(?:and|or|et|ou|und|oder|y|o|e|en|of)\b)\s*"   # "news, symbols or companies"
SEARCH_BOX_RE = re.compile(
    r"^(?:" + literal_trie(vocab.SEARCH_BOX_VERBS) + r")\s+" + SEARCH_BOX_TARGET_RE
    + r"(?:" + SEARCH_BOX_JOINER_RE + SEARCH_BOX_TARGET_RE + r")+\s*(?:\.\.\.|…)?$", re.IGNORECASE)
MAX_SEARCH_BOX_CHARS = 80    # a box's prompt is one short line
# Marks a page sets between its buttons, no button's word: "Share - WeChat" (China Daily).
BUTTON_JOINERS = frozenset({"-", "–", "—", "|", "·", "•", "/"})
MAX_BUTTON_ROW_WORDS = 6     # a row of a page's buttons: "Share Copy link", "Facebook Twitter Email Print"
MAX_BUTTON_WORDS = 4         # one button's label: "Copy link", "Listen to this article"
# A quote box's time stamp: its label (vocab.QUOTE_BOX_LABELS), then only the price, the
# change, the day and a clock: "Market Closed  Oct 26, 2023 4:00 PM", "After hours: $3.50
# Nov 13, 2024 7:58 PM ET". No word in lower case but a.m./p.m. follows the label, and the
# clock is required: "After hours of talks, at 4:00 p.m., the two sides ..." is a sentence,
# "After Hours: Shares Jump 5%" a headline.
QUOTE_BOX_FIGURES = r"[\d$€£¥%+\-−–.,:;()/|·•\s]"
QUOTE_BOX_WORD = r"(?:[A-Z][A-Za-z]{0,8}\.?|[AaPp]\.?[Mm]\.?)(?![^\W\d_])"
QUOTE_BOX_STAMP_RE = re.compile(
    r"^(?i:" + literal_trie(vocab.QUOTE_BOX_LABELS) + r")\s*:?"
    r"(?=.*\d:[0-5]\d)(?:" + QUOTE_BOX_FIGURES + r"|" + QUOTE_BOX_WORD + r")+$")
MAX_QUOTE_BOX_CHARS = 80    # a box's stamp line is short
BOILERPLATE_PHRASES = tuple(m.casefold() for m in vocab.BOILERPLATE_CONTAINS)
MAX_END_MARKER_LINE = 60     # a marker standing alone on its line is at most this long
MAX_END_MARKER_CHARS = 400   # "Risk Disclosure: ..." opens a long paragraph; markers never open prose
BOILERPLATE_SHORT_LINE = 160   # a line this short that opens with a chrome word is chrome, not prose


def is_end_marker(line: str) -> bool:
    """True for a line after which a page holds only site chrome ("Latest comments").

    >>> is_end_marker("Derniers commentaires"), is_end_marker("Comments are closed for the day, he said.")
    (True, False)
    """
    if len(line) > MAX_END_MARKER_CHARS:
        return False
    if len(line) <= MAX_END_MARKER_LINE:
        key = _key(line)
        return key in END_MARKER_SET or bool(END_MARKER_RE.match(key))
    head = line[:MAX_END_MARKER_LINE]
    # END_MARKER_RE needs a colon, and no character casefolds into one: prose lines skip it.
    return ":" in head and bool(END_MARKER_RE.match(_key(head)))


def is_boilerplate(line: str) -> bool:
    """True for a line of site chrome: ads, share and app prompts, cookie and legal notices.

    >>> is_boilerplate("Publicité tierce. Il ne s'agit pas d'une offre.")
    True
    >>> is_boilerplate("The minister said the talks would resume on Friday.")
    False
    >>> is_boilerplate("Example News · 3 min read"), is_boilerplate("Mar 5, 2024, 9:32 AM · 3 min read")
    (True, False)
    >>> is_boilerplate("Total Views: 1,204"), is_boilerplate("1.2K views"), is_boilerplate("Views on tariffs split")
    (True, True, False)
    >>> is_boilerplate("Share    Copy link"), is_boilerplate("Share    Markets up")
    (True, False)
    >>> is_boilerplate("Share - WeChat"), is_boilerplate("Share - Markets up")
    (True, False)
    """
    s = line.strip()
    if not s:
        return False
    if len(s) <= BOILERPLATE_SHORT_LINE and BOILERPLATE_START_RE.match(s):
        return True
    if len(s) <= MAX_END_MARKER_LINE and (_key(s) in BOILERPLATE_LINE_SET
                                          or READING_TIME_RE.match(s) or VIEW_COUNT_RE.match(s)
                                          or GALLERY_COUNT_RE.match(s)):
        return True
    if len(s) <= MAX_SEARCH_BOX_CHARS and SEARCH_BOX_RE.match(s):
        return True
    if len(s) <= MAX_END_MARKER_LINE and " " in s \
            and _button_row([w for w in _key(s).split() if w not in BUTTON_JOINERS]):
        return True     # "Share    Copy link", "Share - WeChat": a row of the page's buttons
    if is_quote_box_stamp(s):
        return True       # "Market Closed  Oct 26, 2023 4:00 PM": a quote box's time, no date line
    low = s.casefold()
    for phrase in BOILERPLATE_PHRASES:     # a loop, not any(): this runs on every paragraph
        if phrase in low:
            return True
    return False


def _button_row(words: list[str]) -> bool:
    """A line of a few words that are the labels of BOILERPLATE_LINES buttons one after
    another, run together once the gaps between them are squashed ("share copy link",
    "facebook twitter email").

    >>> _button_row("share copy link".split()), _button_row("share prices fall".split())
    (True, False)
    """
    if not 2 <= len(words) <= MAX_BUTTON_ROW_WORDS or words[0] not in BOILERPLATE_WORD_SET:
        return False
    covered = [True] + [False] * len(words)      # covered[k]: the first k words are buttons
    for k in range(len(words)):
        if covered[k]:
            for end in range(k + 1, min(len(words), k + MAX_BUTTON_WORDS) + 1):
                covered[end] = covered[end] or " ".join(words[k:end]) in BOILERPLATE_LINE_SET
    return covered[-1]


def is_quote_box_stamp(s: str) -> bool:
    """True for the time stamp of a market-data page's quote box (QUOTE_BOX_STAMP_RE): the
    time of its last price, not the story's.

    >>> is_quote_box_stamp("Market Closed  Oct 26, 2023 4:00 PM"), is_quote_box_stamp("After hours: $3.50  Nov 13, 2024 7:58 PM ET")
    (True, True)
    >>> is_quote_box_stamp("After hours of talks, at 4:00 p.m., the sides met"), is_quote_box_stamp("After Hours: Shares Jump 5%")
    (False, False)
    """
    return len(s) <= MAX_QUOTE_BOX_CHARS and ":" in s and QUOTE_BOX_STAMP_RE.match(s) is not None


def find_source(text: str) -> str | None:
    """The publishing site named by its own chrome, if known.

    >>> find_source("... © 2007-2024 - Fusion Media Ltd. All rights reserved.")
    'Investing.com'
    """
    low = text.casefold()
    for sig, site in vocab.SITE_SIGNATURES.items():
        if sig in low:
            return site
    return None


def strip_accents(text: str) -> str:
    s = unicodedata.normalize("NFKD", text)
    return "".join(c for c in s if not unicodedata.combining(c))
