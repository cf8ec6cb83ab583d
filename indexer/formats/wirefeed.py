"""Raw wire-feed captures: one saved text file -> the items transmitted one after another,
each with its framing taken off, for the one-story parser.

A capture (a teleprinter roll, a serial-line log, a DataStream spool) holds many items; the
framing the wire system put around each one tells where they part:

- telex / ITA2 framing (IPTC 7901 over telex): ``ZCZC`` opens an item, often on the line of
  its header (``ZCZC PAR123 4 I 0512 FRA /AFP-XX48``), and ``NNNN`` closes it;
- ANPA 1312 / IPTC 7901 control characters: SOH (\\x01) opens a message, STX (\\x02) starts
  its text after the heading, ETX (\\x03) ends the text, EOT (\\x04) ends the message.
  Captures that printed them show ``^A`` ``^B`` ``^C`` ``^D`` or ``<SOH>`` ``<STX>`` ``<ETX>`` ``<EOT>``;
- AP DataStream spools: an item ends with its stamp line (``AP-NY-07-14-98 1532EDT<``) and
  the next begins with its serial, selector or slug (``a0412``, ``r f BC-Storm-Florida 1st
  Ld-Writethru 07-14 0612``, ``^BC-Storm-Florida,0612<``).

A file is split only when its framing marks two items or more; a story with one header or
trailer (one ``ZCZC``...``NNNN``, one SOH...ETX, one stamp at its end) is left to the
one-story parser as it always was. Items without text and service messages (test lines,
``RYRYRY``, the teleprinter's quick brown fox) are dropped and not numbered.
"""
from __future__ import annotations

import re

from .. import clean

# -- 0. the cheap test on the bytes, before any decoding or regex over the text
FRAMING_MARKS = (b"\x01", b"\x02", b"\x03", b"\x04", b"ZCZC", b"NNNN", b"^A", b"^B",
                 b"<SOH>", b"<STX>")
# An AP-style transmission stamp: "07-14-98 1532EDT".
STAMP_BYTES_RE = re.compile(rb"[01]\d-[0-3]\d-\d\d[ \t]+[0-2]\d[0-5]\d ?[A-Z]{3}")

# -- 1. control characters, raw or printed
SOH, STX, ETX, EOT = "\x01", "\x02", "\x03", "\x04"
PRINTED_NAMES = {"SOH": SOH, "STX": STX, "ETX": ETX, "EOT": EOT, "A": SOH, "B": STX, "C": ETX,
                 "D": EOT}
# "<SOH>" anywhere; a caret form only where no DataStream mark can be ("^BC-Storm<" and
# "^Associated Press writer" open lines with a caret): before another control, a serial
# ("^Aa0412"), or at the end of its line.
_PRINTED_TOKEN = r"<(?:SOH|STX|ETX|EOT)>"
PRINTED_CONTROL_RE = re.compile(
    r"<(?P<name>SOH|STX|ETX|EOT)>"
    r"|\^(?P<caret>[A-D])(?=\^[A-D]|" + _PRINTED_TOKEN + r"|[a-z]\d{4}\b|[ \t]*$)", re.MULTILINE)
# With SOH: an item runs from SOH to EOT (its text cut at ETX); without: from STX to ETX
# (or EOT); with neither, up to ETX or EOT.
SOH_FRAME_RE = re.compile(r"(?P<open>\x01)|(?P<close>\x04)")
STX_FRAME_RE = re.compile(r"(?P<open>\x02)|(?P<close>[\x03\x04](?:\s*[\x03\x04])*)")
ETX_FRAME_RE = re.compile(r"(?P<close>[\x03\x04](?:\s*[\x03\x04])*)")

# -- 2. telex framing: the start and end signals on lines of their own
ZCZC_FRAME_RE = re.compile(r"^[ \t]*(?:(?P<open>ZCZC)\b[ \t]*|(?P<close>NNNN)[ \t]*$)", re.MULTILINE)

# -- 3. DataStream: a stamp line, then the next item's serial, selector or slug
STAMP_LINE_RE = re.compile(
    r"^[ \t]*\^?(?:[A-Z]{2,4}-[A-Z]{2,3}-)?[01]\d-[0-3]\d-\d\d[ \t]+[0-2]\d[0-5]\d[ \t]?[A-Z]{3}"
    r"[ \t]*<?[ \t]*$", re.MULTILINE)
ITEM_START_RE = re.compile(
    r"[a-z]\d{4}\b"                                          # ANPA serial: "a0412"
    r"|[a-z][ \t]+[a-z][ \t]+\S.*[ \t][01]\d-[0-3]\d[ \t]+\d{3,4}[ \t]*$"  # "r f BC-Storm 07-14 0612"
    r"|\^?(?:BC|AM|PM)-[A-Z]\S*")                            # slug: "^BC-Storm-Florida,0612<"
NEXT_LINE_RE = re.compile(r"\s*(?P<line>\S[^\n]*)")

# -- 4. what an item is, once framed
# Text between items (after NNNN or EOT, before the next opening) as long as this is copy
# the capture caught without its opening; shorter, it is line noise or the log's own header.
MIN_GAP_STORY_CHARS = 200
ZCZC_LINE_RE = re.compile(r"^[ \t]*ZCZC\b[ \t]*", re.MULTILINE)
NNNN_LINE_RE = re.compile(r"^[ \t]*NNNN[ \t]*\n?", re.MULTILINE)
# Service traffic that is no story: a line of test or ignore words and fillers only ("TEST
# TEST PLEASE IGNORE", "ESSAI PRIERE D'IGNORER", "Testmeldung bitte ignorieren"), the
# teleprinter's test patterns ("RYRYRY", the quick brown fox), lines of figures or signs only.
SERVICE_KEYWORDS = frozenset(
    "test tests testing testmeldung essai essais prueba pruebas prova teste ignore ignorer "
    "ignorieren ignorar ignorare disregard".split())
SERVICE_FILLERS = frozenset(
    "this is a an the only please pls msg message messages transmission item previous last "
    "prière priere d de svp merci message ne pas tenir compte bitte nicht beachten meldung "
    "por favor mensaje no si prega di messaggio".split())
SERVICE_WORD_RE = re.compile(r"[^\W\d_]+")
SERVICE_PATTERN_RE = re.compile(
    r"^(?:(?:RY){2,}R?|the\s+quick\s+brown\s+fox\s+jump(?:s|ed)\s+over\s+the\s+lazy\s+dog\b.*"
    r"|[\W\d_]*)$", re.IGNORECASE)


def sniff_capture(data: bytes) -> bool:
    """True when the bytes hold a mark of wire framing (a control, ZCZC/NNNN, a stamp): only
    then is the text searched for items. A plain story costs a few substring tests and one
    regex pass over its bytes (some 10 ns a byte).

    >>> sniff_capture(b"Title\\n\\nOSLO (Reuters) - Text."), sniff_capture(b"ZCZC\\nText.\\nNNNN")
    (False, True)
    """
    return any(mark in data for mark in FRAMING_MARKS) or STAMP_BYTES_RE.search(data) is not None


def split_capture(text: str) -> list[str] | None:
    """The items of a feed capture, framing off, empty and service items dropped; None when
    the text is not a capture of two items or more (one story, maybe with a header or a trailer).

    ``text`` keeps its control characters (clean.decode_bytes(keep_framing=True)).

    >>> item = "ZCZC PAR{0} 4 I 0512 FRA /AFP-XX48\\nTitle {0}\\n\\nPARIS (AFP) - Text {0}.\\nNNNN\\n"
    >>> split_capture(item.format(1) + item.format(2) + "ZCZC\\nTEST TEST\\nNNNN\\n")
    ['PAR1 4 I 0512 FRA /AFP-XX48\\nTitle 1\\n\\nPARIS (AFP) - Text 1.\\n', 'PAR2 4 I 0512 FRA /AFP-XX48\\nTitle 2\\n\\nPARIS (AFP) - Text 2.\\n']
    >>> split_capture(item.format(1)) is None
    True
    """
    for split in (_split_controls, _split_telex, _split_stamps):
        items = split(text)
        if items is not None:
            items = [tidy_item(item) for item in items]
            return [item for item in items if not is_service(item)]
    return None


def _split_controls(text: str) -> list[str] | None:
    if PRINTED_CONTROL_RE.search(text):
        text = PRINTED_CONTROL_RE.sub(lambda m: PRINTED_NAMES[m["name"] or m["caret"]], text)
    frame_re = SOH_FRAME_RE if SOH in text else STX_FRAME_RE if STX in text else ETX_FRAME_RE
    items = _framed(text, frame_re)
    if items is None:
        return None
    # The heading (serial, selector, slug) above the text on lines of its own; what follows
    # ETX (EOT, a checksum, padding) is no copy.
    return [item.split(ETX)[0].replace(STX, "\n") for item in items]


def _split_telex(text: str) -> list[str] | None:
    if "ZCZC" not in text and "NNNN" not in text:
        return None
    return _framed(text, ZCZC_FRAME_RE)


def _framed(text: str, frame_re: re.Pattern) -> list[str] | None:
    """The pieces between opening and closing marks that are items: opened, closed, or long
    enough to be copy; None when fewer than two pieces with text are framed (no capture:
    "ZCZC\\nNNNN" before a story, or EOT after its ETX, frames nothing more)."""
    pieces: list[tuple[str, bool]] = []          # (text, framed)
    pos, opened = 0, False
    for m in frame_re.finditer(text):
        pieces.append((text[pos:m.start()], opened or m.lastgroup == "close"))
        opened = m.lastgroup == "open"
        pos = m.end()
    pieces.append((text[pos:], opened))
    if sum(framed and bool(clean.CONTROL_RE.sub("", piece).strip()) for piece, framed in pieces) < 2:
        return None
    return [piece for piece, framed in pieces
            if framed or len(piece.strip()) >= MIN_GAP_STORY_CHARS]


def _split_stamps(text: str) -> list[str] | None:
    """DataStream items: cut after each stamp line that the next item's first line follows."""
    cuts = []
    for m in STAMP_LINE_RE.finditer(text):
        nxt = NEXT_LINE_RE.match(text, m.end())
        if nxt and ITEM_START_RE.match(nxt["line"].strip()):
            cuts.append(m.end())
    if not cuts:
        return None
    return [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]


def tidy_item(item: str) -> str:
    """An item's text for the one-story parser: controls, ``NNNN`` lines and the ``ZCZC``
    signal off (the header after it kept, on its own line), blank ends trimmed.

    >>> tidy_item("\\x16\\x16ZCZC LBY123 4 OE 0312 RTRS\\nText.\\nNNNN\\n\\n")
    'LBY123 4 OE 0312 RTRS\\nText.\\n'
    """
    item = clean.CONTROL_RE.sub("", item)
    if "ZCZC" in item or "NNNN" in item:
        item = NNNN_LINE_RE.sub("", ZCZC_LINE_RE.sub("", item))
    item = item.strip("\n")
    return item + "\n" if item.strip() else ""


def is_service(item: str) -> bool:
    """True for an item with no copy: only header lines, stamps, test lines or signs.

    >>> is_service("a0413\\nr x BC-Test 07-14 0002\\nTEST TEST PLEASE IGNORE\\n")
    True
    >>> is_service("a0414\\nFLASH\\n^Dam bursts above Millbrook<\\n")
    False
    """
    from .. import fields     # the one-story parser's header lines; it loads with the first story
    for raw in item.split("\n"):
        line = fields.CONTROL_MARK_RE.sub("", clean.squash(raw)).strip()
        if not line or is_service_line(line) or fields.WIRE_HEADER_RE.match(line) \
                or fields.WIRE_SLUG_RE.match(line) or fields.WIRE_STAMP_RE.match(line) \
                or fields.SENT_STAMP_RE.match(line) or ITEM_START_RE.match(line):
            continue
        return False
    return True


def is_service_line(line: str) -> bool:
    """A test line, an operator's "please ignore", a test pattern, or no words at all.

    >>> [is_service_line(s) for s in ("TEST TEST PRIERE D'IGNORER", "RYRYRYRY", "1234567890",
    ...                               "Test flights resume at the base")]
    [True, True, True, False]
    """
    if SERVICE_PATTERN_RE.match(line):
        return True
    words = [w.casefold() for w in SERVICE_WORD_RE.findall(line)]
    return any(w in SERVICE_KEYWORDS for w in words) and all(
        w in SERVICE_KEYWORDS or w in SERVICE_FILLERS for w in words)
