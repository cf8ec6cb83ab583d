"""Clean stage, hard-wrapped copy: clean text -> the same text with the lines a wrapper broke joined.

E-mail, Usenet posts, teletype and old wire copy and text taken out of a PDF come with
every line broken near one width (60-80 columns). The field rules read a story line by
line, so a caption's credit split over two lines ("... (Photo by Joseph" / "Kariuki / AFP)"),
a dateline's ("BRASÍLIA (Agência" / "Brasil) -") or a closing credit's was lost. Here the
text's width is found from its lines, and a line is joined to the next when the next
line's first word would not have fitted after it: the wrapper broke it. A line that ends
short (a title, a byline, a sign-off, a list item) keeps its break.

>>> unwrap_text("Kenya bans night buses\\n\\nNAIROBI (AFP) - Kenya on Wednesday banned long-\\n"
...             "distance buses from travelling at night after a\\n"
...             "series of crashes that killed more than 60 people, the\\nministry said.\\n")
'Kenya bans night buses\\n\\nNAIROBI (AFP) - Kenya on Wednesday banned long-distance buses from travelling at night after a series of crashes that killed more than 60 people, the ministry said.\\n'
"""
from __future__ import annotations

import re

from . import cjk, vocab

#: The widths a wrapper breaks copy at: a mail's or a PDF column's 50 to a terminal's 80
#: (a narrower guess took the short lines of an earnings table for wrapped).
#: A text whose lines run longer was not wrapped (a page's paragraphs, one line each).
MIN_WIDTH = 50
MAX_WIDTH = 80
#: How far short of its width a wrapped line may end: the wrapper carries a word over
#: whole, so a line ends up to a long word short of the width ("internationally" is 15).
RAGGED = 16
#: Lines that reach the width and whose next line's first word would not have fitted:
#: fewer than this and the text is not taken for wrapped (a few long head lines are not).
MIN_FULL_LINES = 3
#: Lines longer than the width plus this are not the wrapper's (a title, a URL): a text
#: where they outnumber half its full lines was not wrapped, only some lines are short.
WIDE_SLACK = 12
#: A line over the width counts this much against a width (it counts for a wider one as a
#: full line already, so the two weigh as one): a guess too narrow leaves the
#: wrapper's longest lines over it.
OVER_WEIGHT = 1
#: A wrapper may count its width with or without the line's end: a line one column short
#: of it, with the next word one column too long for it, was broken too.
WIDTH_SLACK = 1

#: A line that opens something of its own, never the rest of the line before: a list item
#: ("- ", "* ", "• ", "1. ", "a) "), a quoted mail's line ("> "), a table's or form's row.
OWN_LINE_RE = re.compile(r"\s*(?:[-*•·▪◦–—+]\s|\d{1,3}[.)]\s|[a-z][.)]\s|>|\|)")
#: A line's end that leads on to the next line: a mark ("Washington," "BRASÍLIA -" "Updated:")
#: or a short word in lower case ("of", "at", "da", "von": a title ends on none of them).
RUN_ON_END_RE = re.compile(r"(?:[,;:&+/|(\[–—-]|(?<![^\W\d_])[^\W\d_A-Z]{1,3})\Z")
#: A line's start that carries on the line before: a word in lower case, not a web address's
#: ("a rockfall last spring", not "ctvnews.example.ca").
RUN_ON_START_RE = re.compile(r"\s*[^\W\d_A-Z][^\W\d_]*(?![\w@/]|\.\w)")
#: A sentence's end in a line, which shows the line is the story's text, not a title or a
#: head line ("... near Degerloch. Foto: Kira", "... a bad time."); not an initial's ("U.S.")
#: nor a month's before its day ("Mar. 5, 2024").
SENTENCE_END_RE = re.compile(r"[^\W_]{2}[.!?…][\"'»”’)]*(?:\s+[^\W\d_]|\s*\Z)")
#: A line that ends a sentence.
LINE_SENTENCE_END_RE = re.compile(r"[.!?…][\"'»”’)]*\s*\Z")
#: A line that opens on a year, with its time or nothing after it: the rest of a date the
#: wrapper broke after its month ("Laatst bijgewerkt: 18 december" / "2019 09:10").
YEAR_START_RE = re.compile(r"\s*(?:1[89]|20)\d\d\b(?![./-]\d)")
#: A word broken at its end by a hyphen ("pre-" / "vented"): a letter before the hyphen.
HYPHEN_END_RE = re.compile(r"[^\W\d_]-\Z")
#: The word after a hyphen break, read to mend it: letters only, lower case first.
WORD_RE = re.compile(r"[^\W\d_]+")
ALNUM_RE = re.compile(r"[^\W_]")      # a letter or a figure: a rule ("-----") has none


def unwrap_text(text: str) -> str:
    """The text with the lines its wrapper broke joined; a text not wrapped, as it was."""
    if text.count("\n") * MAX_WIDTH < len(text):
        return text      # (its lines average more than a wrapper's width: paragraphs, one a line)
    lines = text.split("\n")
    if sum(1 for line in lines if MIN_WIDTH - RAGGED <= len(line) <= MAX_WIDTH + 1) < MIN_FULL_LINES:
        return text      # (too few lines of a wrapper's length: the common case, before any weighing)
    width = wrap_width(lines)
    if width is None or cjk.has_cjk(text):      # CJK copy's lines are joined without spaces
        return text
    out: list[str] = []
    joined = in_prose = False
    for i, line in enumerate(lines):
        if joined:
            out[-1] = _join(out[-1], line.lstrip(), text)
        else:
            out.append(line)
        in_prose = in_prose or bool(SENTENCE_END_RE.search(line))
        if i + 1 == len(lines) or not _broken(line, lines[i + 1], width):
            joined = False
        elif not in_prose:
            # above the story's first sentence a break needs a sign the line runs on: a
            # title, a dek or a date line reaches the width too, and the line under it is its own
            joined = _runs_on(line, lines[i + 1])
        else:
            # a sentence's end over a last line that ends none is a sign-off's own line
            # ("... un ricorso al Tar." / "di Chiara Lombardi")
            joined = not (LINE_SENTENCE_END_RE.search(line) and _ends_block(lines, i + 1)
                          and not LINE_SENTENCE_END_RE.search(lines[i + 1]))
    return "\n".join(out)


def _ends_block(lines: list[str], i: int) -> bool:
    """Whether line i is a block's last: the text's or a paragraph's end, or a teletype's
    end-of-message mark under it ("NNNN"), as under a closing stamp ("MENA 1432 GMT 14/06/1988")."""
    return i + 1 == len(lines) or not lines[i + 1].strip() or lines[i + 1].strip() in TELETYPE_END_MARKS


TELETYPE_END_MARKS = frozenset(("NNNN", "NNN", "NNNNN", "=NNNN"))


def wrap_width(lines: list[str]) -> int | None:
    """The width the lines were wrapped at, or None when they were not.

    >>> wrap_width(["Kenya bans night buses", "By Jo Park", "NAIROBI (AFP) - Kenya banned buses."])
    >>> wrap_width(["NAIROBI (AFP) - Kenya on Wednesday banned long-", "distance buses from travelling at night after a",
    ...             "series of crashes that killed more than 60 people, the", "ministry said."])
    54
    """
    lengths = [len(line.rstrip()) for line in lines]
    # each line that may have been broken: its length and the next line's first word's
    pairs = [(lengths[i], len(lines[i + 1].split(None, 1)[0])) for i in range(len(lines) - 1)
             if MIN_WIDTH - RAGGED <= lengths[i] <= MAX_WIDTH and _may_run_on(lines[i], lines[i + 1])]
    if len(pairs) < MIN_FULL_LINES:
        return None
    best, best_full, best_score = None, 0, 0
    for width in range(MIN_WIDTH, MAX_WIDTH + 1):
        full = sum(1 for n, first in pairs if _reaches(n, first, width))
        over = sum(1 for n in lengths if width < n <= MAX_WIDTH)
        score = full - OVER_WEIGHT * over
        if score > best_score:
            best, best_full, best_score = width, full, score
    if best is None or best_full < MIN_FULL_LINES:
        return None
    wide = sum(1 for n in lengths if n > best + WIDE_SLACK)
    return None if wide * 2 > best_full else best


def _broken(line: str, after: str, width: int) -> bool:
    """Whether the wrapper broke `line` before `after`: it reached near the width and
    `after`'s first word would not have fitted on it."""
    return _may_run_on(line, after) and _reaches(len(line.rstrip()), len(after.split(None, 1)[0]), width)


def _reaches(n: int, first: int, width: int) -> bool:
    """A line n long, before a line whose first word is `first` long, was full at `width`."""
    return width - RAGGED <= n <= width and n + 1 + first > width - WIDTH_SLACK


def _may_run_on(line: str, after: str) -> bool:
    """Whether `after` may carry on `line`: both hold words, and `after` opens nothing of
    its own (a list item, a quote, an indented paragraph's first line). A rule ("-----",
    "=====") holds no word: a script's header is ruled off, the line under it its own."""
    return bool(line.strip() and after.strip()) and not OWN_LINE_RE.match(after) \
        and _indent(after) <= _indent(line) and not _caps_label(after) \
        and ALNUM_RE.search(line) is not None and ALNUM_RE.search(after) is not None \
        and not _mail_header(after)


def _mail_header(line: str) -> bool:
    """Whether a line opens on a mail header's name and its colon, as a forwarded message's
    headers stand each on its own line ("Betreff: ...", "From: ...", "Datum: ...").

    >>> _mail_header("Betreff: \tHafenfest in Kiel"), _mail_header("From: Jo <jo@example.org>"), _mail_header("Ports: a list")
    (True, True, False)
    """
    head, colon, _ = line.lstrip()[:MAX_HEADER_NAME_CHARS + 1].partition(":")
    return bool(colon) and head.rstrip().casefold() in MAIL_HEADER_NAMES


MAX_HEADER_NAME_CHARS = 24
MAIL_HEADER_NAMES = frozenset(vocab.MAIL_HEADER_NAMES)


def _caps_label(line: str) -> bool:
    """Whether a line opens on a record's label in capitals and its colon, as a script's
    header sets each on its own line ("CORRESPONDENT: Jo Roe", "DURÉE TOTALE : 1'05\"").

    >>> _caps_label("CORRESPONDENT: Jo Roe"), _caps_label("ÇEKİM TARİHİ: 02.02.2019"), _caps_label("US: talks go on")
    (True, True, False)
    """
    head, colon, _ = line.lstrip()[:MAX_LABEL_CHARS + 2].partition(":")
    head = head.rstrip()
    return bool(colon) and len(head) >= 3 and head.isupper() and not any(c.isdigit() for c in head)


MAX_LABEL_CHARS = 30


def _runs_on(line: str, after: str) -> bool:
    """Whether `line` shows that it carries on into `after`: a bracket left open ("(Photo by
    Joseph" / "Kariuki / AFP)"), a mark that leads on ("Washington," / "BRASÍLIA -"), a short
    word that leads on ("... Repórter da" / "Agência Brasil"), or `after` opening on a word
    in lower case ("... have been closed since" / "a rockfall last spring")."""
    line = line.rstrip()
    if line.count("(") > line.count(")") or line.count("[") > line.count("]"):
        return True
    if RUN_ON_END_RE.search(line) or HYPHEN_END_RE.search(line):
        return True
    if YEAR_START_RE.match(after) and _ends_on_month(line):
        return True
    return bool(RUN_ON_START_RE.match(after))


def _ends_on_month(line: str) -> bool:
    """Whether the line's last word, or the one before a day's number, is a month's name
    ("... bijgewerkt: 18 december", "Updated: March 5")."""
    from .normalize import fold, month_names
    words = line.split()[-2:]
    if words and words[-1].isdigit() and len(words[-1]) <= 2:
        words = words[:-1]
    return bool(words) and fold(words[-1]).rstrip(".") in month_names()


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _join(head: str, tail: str, text: str) -> str:
    """Two lines as one: a word broken by a hyphen is mended ("pre-" "vented" -> "prevented")
    when the text writes it whole elsewhere, and keeps its hyphen otherwise ("well-" "known")."""
    head = head.rstrip()
    if HYPHEN_END_RE.search(head) and tail[:1].isalpha():
        left = WORD_RE.findall(head)[-1]
        right = WORD_RE.match(tail)
        if right and tail[:1].islower() and re.search(r"\b%s\b" % re.escape(left + right.group()), text, re.I):
            return head[:-1] + tail
        return head + tail
    return f"{head} {tail}"
