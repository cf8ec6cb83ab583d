"""Fields stage, the story's envelope: head lines -> the text wrapped around a story that is
none of its fields (a forwarded e-mail's headers and note, a feed item's labels, a page's
cookie banner, an agency's advisory line), with what it still tells (a subject, a feed's
headline and author, the mail's own date).

fields.head._read_head asks ``read_envelope`` once per story and skips the lines it names; the
rest of the head is read as any other. Nothing here parses dates or names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import clean, vocab

ENVELOPE_LINES = 80        # an envelope sits above the story: looked for among this many lines
ENVELOPE_CHARS = 8000      # ...and characters (a long To: list, a banner's paragraph)
MAX_NOTE_LINES = 6         # a forwarder's note runs a few lines, not a story's paragraphs
MAX_SIGNATURE_LINES = 4    # ...and the signature under its "--" a few more (name, firm, phone)
MAX_SUBJECT_GAP = 12       # the story's headline stands this close under the mail's headers
BANNER_LINES = 6           # a consent banner's heading and text stand this close above its buttons
FEED_LABELS_NEEDED = 2     # one "Title:" line may be a story's own; two labels make an item

# -- e-mail
def _padded(name: str) -> str:
    """A header's name of two CJK characters as a regex that allows spaces between them."""
    return r"[ \t\u3000]*".join(map(re.escape, name))


# (a Chinese client pads a name of two characters to four columns, "主  题：", and closes
# it with a full-width colon)
MAIL_HEADER_RE = re.compile(
    r"^[\s>*]*(?P<name>" + "|".join(_padded(n) if not n.isascii() and len(n) == 2 else re.escape(n)
                                      for n in sorted(vocab.MAIL_HEADER_NAMES, key=len, reverse=True))
    + r")\s?[:：][ \t]*(?P<value>.*)$", re.IGNORECASE)
# "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded
# message:", Outlook's and Gmail's lines in other languages.
FORWARD_MARK_RE = re.compile(
    r"^[\s>]*(?:-{2,}\s*(?:" + "|".join(map(re.escape, vocab.FORWARD_MARKS)) + r")\s*-{2,}|"
    r"(?:begin forwarded message|forwarded message|début du message réexpédié)\s*:?)\s*$",
    re.IGNORECASE)
# "Fwd: ", "FW: ", "RE: Fwd: ", "[External] " before a subject.
SUBJECT_PREFIX_RE = re.compile(r"^\s*(?:(?:\[[^\]\n]{1,20}\]|(?:re|fw|fwd|tr|wg|aw|sv|vs|rv|enc)\s*:)\s*)+",
                               re.IGNORECASE)
# A forwarder's note under the headers: "FYI - see below", "Hi all,", "Sent from my iPhone".
MAIL_NOTE_RE = re.compile(r"^[\s>]*(?:(?:" + "|".join(map(re.escape, vocab.MAIL_NOTE_OPENERS)) + r")(?![^\W_])"
                          r"|(?:[^\W\d_]+\s?){1,2}(?:" + "|".join(vocab.MAIL_NOTE_VOCATIVES) + r")(?=[\s,.!]))",
                          re.IGNORECASE)
# A keyword alert's count of what it found, a line over the story it mails: "Your folder
# GOLD PRICES has 1 new article." (vocab.ALERT_COUNT_WORDS)
# ...or what matched its profile: "1 item(s) matched your profile."
ALERT_COUNT_RE = r"(?=[^\n]{0,120}$)[^\n]*?\b\d+\s+(?:new\s+(?:" + "|".join(vocab.ALERT_COUNT_WORDS) + r")\b|(?:" \
    + "|".join(vocab.ALERT_COUNT_WORDS) + r")(?:\(s\))?\s+match(?:ed|es|ing)?\b)[^\n]*"
# A mailed digest's masthead and item count over the story it carries (vocab.DIGEST_KINDS,
# DIGEST_ITEM_WORDS), or an alert's count: "SOUTH ASIA WIRES - daily digest", "Item 3 of 7 |
# Source: BSS ...". Neither is the story's headline or dateline.
DIGEST_LINE_RE = re.compile(
    r"^[\s>]*(?:(?:" + "|".join(vocab.DIGEST_ITEM_WORDS) + r")\s+\d+\b|" + ALERT_COUNT_RE +
    r"|[^\n]{2,60}?\s[-–—|:]\s*(?:(?:daily|weekly|morning|evening|midday|afternoon)\s+)?(?:"
    + "|".join(map(re.escape, vocab.DIGEST_KINDS)) + r")\s*$)", re.IGNORECASE)
# A poster's note signed with a dash and a first name or two at its end, as lists' posts are
# ("Of interest to those on the port thread.  -- Tom", "Worth a look — Ana M."): a story's
# line ends in no such signature.
MAIL_NOTE_SIGNED_RE = re.compile(r"(?:^|\s)(?:--|—|–)\s*[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?\s*$")
# A link to the story, in a mail or an alert: "Read the full story: https://...". The
# phrases naming the full story say so anywhere, and so does "Read more at:", which sites add
# to text copied from their page and apps to a shared story; a plain "Read more:" only in a
# mail (on a page it leads to another story).
# (The same in other languages: vocab.STORY_LINK_FULL_PHRASES, STORY_LINK_MORE_PHRASES; the
# site's name may follow, "Læs hele artiklen på example.dk »".)
STORY_LINK_RE = re.compile(
    r"^\s*(?:(?P<full>(?:(?:read|see|view|continue reading)\s+)?(?:the\s+)?full\s+(?:story|article|report)"
    r"|read\s+more\s+at|" + "|".join(re.escape(p) for p in sorted(vocab.STORY_LINK_FULL_PHRASES, key=len, reverse=True))
    + r")"
    # ("Read on QNA: https://...": the verb alone before the site it names)
    r"|(?P<more>read\s+more|more|link|story|article|read\s+(?:it|the\s+story|the\s+article)(?:\s+here)?|read(?=\s+on\s)|"
    r"continue\s+reading|" + "|".join(re.escape(p) for p in sorted(vocab.STORY_LINK_MORE_PHRASES, key=len, reverse=True))
    + r"))"
    r"\s*(?:here|online|at|on\s+\S+(?:\s+\S+){0,2}?|(?:en|em|sur|auf|su|op|på|på|w|na|v|in)\s+[\w-]+(?:\.[\w-]+)+)?"
    r"\s*[:\-–—»›>]*\s*<?(?P<url>https?://[^\s<>\"]+)>?\s*$", re.IGNORECASE)

# ...and such a link's words alone on their line, its address on the next: "Czytaj więcej:".
STORY_LINK_LABEL_RE = re.compile(
    r"^\s*(?:read\s+more|read\s+the\s+full\s+(?:story|article)|full\s+(?:story|article)|"
    + "|".join(re.escape(p) for p in sorted(vocab.STORY_LINK_FULL_PHRASES + vocab.STORY_LINK_MORE_PHRASES,
                                            key=len, reverse=True)) + r")\s*:\s*$", re.IGNORECASE)

# -- feed items saved as text
FEED_ITEM_LABEL_RE = re.compile(
    r"^\s*(?P<label>" + "|".join(map(re.escape, sorted(vocab.FEED_ITEM_LABELS, key=len, reverse=True)))
    + r")\s*[:：][ \t]*(?P<value>.*)$", re.IGNORECASE)   # CJK records close a label with "："

# -- consent banners
# Its buttons, each alone on a line: "Accept all", "Reject All", "Manage preferences".
CONSENT_BUTTONS = frozenset(vocab.CONSENT_BUTTONS)
# Its heading or text: a word of cookies, privacy or consent.
CONSENT_WORD_RE = re.compile(r"(?:" + "|".join(vocab.CONSENT_WORDS) + r")", re.IGNORECASE)
# A row of its buttons pasted as one line, set apart by wide gaps or bars: "Accept All
# Cookies   Cookie Settings" (a page copied with its banner).
CONSENT_ROW_SPLIT_RE = re.compile(r"\s{2,}|\s[|·•]\s")

# -- agency advisories
# "ATTENTION - UPDATES toll, ADDS quotes ///", "URGENT", "FLASH", "NEWSALERT": a note to
# editors above the copy (AFP and others), never its headline or dateline. Yonhap sets its
# note in brackets under the "(LEAD)" headline: "(ATTN: ADDS details in paras 4-5)"; Reuters
# its own over the copy: "(Adds comments from the opposition in paragraphs 6-9)".
ADVISORY_RE = re.compile(
    r"^\s*(?:\(\s*(?:ATTN|ATTENTION)\s*:\s*[^()]+\)|\((?:" + "|".join(vocab.REVISION_NOTE_VERBS)
    + r")\s[^()]*(?:\([^()]*\)[^()]*)*\)|(?:ATTENTION|ATTN|ADVISORY|NOTE TO EDITORS|EDITORS'? NOTE|AVIS|ACHTUNG|ATENCIÓN|ATENCION)"
    # (a hyphen glued to the next word is a headline's prefix: "ADVISORY-Reuters coverage plan")
    r"(?:\s*[–—:]|\s+-|-(?=\s))\s*\S.*|\S.*/{3}|(?:" + "|".join(vocab.ADVISORY_WORDS) + r")\s*[-–—:!.]*)\s*$")

# -- messaging apps
# A shared post's mark: "Forwarded from Kyodo News Wire", "*Forwarded*", "Forwarded many
# times" (bold or italic marks of WhatsApp's text around it).
SHARE_MARK_RE = re.compile(
    r"^[*_~]*(?:(?:" + "|".join(map(re.escape, vocab.SHARE_FROM_MARKS)) + r")\s+\S.{0,80}"
    r"|(?:" + "|".join(map(re.escape, sorted(vocab.SHARE_MARKS, key=len, reverse=True))) + r")[*_~]*:?)$",
    re.IGNORECASE)
SHARE_MARK_STARTS = frozenset(w[:3] for w in vocab.SHARE_FROM_MARKS + vocab.SHARE_MARKS)   # a cheap test first

# What any envelope opens with, looked for in one pass over the head (casefolded, a newline
# before its first line) before the line work: a header or a label, a forward mark, a
# banner's button (alone on its line or first in a row of them: "Accept All Cookies
# Cookie Settings"). Every branch opens with a newline, which the regex engine looks for
# first, so the pass costs little on the stories (most) that have none.
ENVELOPE_HINT_RE = re.compile(
    r"\n(?:[ \t>*]*(?:" + clean.literal_trie(set(vocab.MAIL_HEADER_NAMES) | set(vocab.FEED_ITEM_LABELS))
    + r") ?[:：]|[ \t>]*-{2,}|[ \t>]*(?:begin forwarded|forwarded message)|subject[ \t]*\n"
    r"|[ \t]*(?:" + clean.literal_trie(vocab.CONSENT_BUTTONS) + r")[ \t.!]*(?:\n|$|[ \t]{2}|[ \t][|·•][ \t]))")


@dataclass
class Envelope:
    skip: set[int] = field(default_factory=set)     # the envelope's lines, by index
    mail: bool = False                              # the story came inside an e-mail
    subject: str | None = None                      # the mail's subject, without "Fwd:"
    mail_date: str | None = None                    # the mail's own Date: or Sent: line
    sender: str | None = None                       # its From: line, the last block's
    title: str | None = None                        # a feed item's "Title:"
    authors: list[str] = field(default_factory=list)   # a feed item's "Author:" values
    dated: set[int] = field(default_factory=set)    # a feed item's or a record's "Date:" lines
    editors: list[str] = field(default_factory=list)        # a script's "Editor:" values
    photographers: list[str] = field(default_factory=list)  # a video script's "Camera:" values
    place: str | None = None                        # a script's "Location: GARISSA, KENYA"


def read_envelope(lines: list[str]) -> Envelope | None:
    """The envelope around the story whose lines are ``lines``, or None when there is none.
    A feed item's "Description: text" line is rewritten in place to its text.

    >>> env = read_envelope(["---------- Forwarded message ---------", "From: Jo <jo@example.org>",
    ...                      "Date: Mon, Mar 4, 2024 at 9:02 AM", "Subject: Fwd: Dam opens",
    ...                      "", "FYI - see below", "", "Dam opens", "LIMA (AP) - A dam opened."])
    >>> sorted(env.skip), env.subject, env.mail_date
    ([0, 1, 2, 3, 5], 'Dam opens', 'Mon, Mar 4, 2024 at 9:02 AM')
    >>> read_envelope(["Dam opens", "LIMA (AP) - A dam opened."]) is None
    True
    """
    end, chars = 0, 0
    for end, line in enumerate(lines[:ENVELOPE_LINES]):
        chars += len(line) + 1
        if chars > ENVELOPE_CHARS:
            break
    else:
        end = len(lines[:ENVELOPE_LINES])
    if lines and lines[0][:1] == "【":
        _unbracket_labels(lines, end)    # "【标　　题】...": a record's labels, read as "标题：..."
    if not ENVELOPE_HINT_RE.search("\n" + "\n".join(lines[:end]).casefold()):
        return None           # most stories stop here
    env = Envelope()
    if _read_mail(lines, end, env):
        _read_feed_item(lines, end, env, max(env.skip) + 1)   # a monitoring report's item in a mail
    else:
        _read_feed_item(lines, end, env)
    _read_banner(lines, end, env)
    return env if env.skip else None


def _read_mail(lines: list[str], end: int, env: Envelope) -> bool:
    """Forward marks and mail header blocks: every line down to the last block's end is
    the envelope (a note above a forward mark too), and a note just under it. A mark or a
    block counts only a few lines under the last (a forward inside a forward), not
    inside the story."""
    last = None
    kept: set[int] = set()   # a Notes memo's date line above its labels: the head reads it
    i, loose = 0, 0          # loose: lines of text since the envelope's last line
    while i < end and loose <= MAX_NOTE_LINES:
        s = lines[i].strip()
        memo = _notes_block(lines, i, end) if s in NOTES_LABELS else None
        if memo:
            env.mail, env.subject = True, memo[1]
            kept.update(k for k in range(max(0, i - NOTES_HEAD_LINES), i)
                        if lines[k].strip() and "@" not in lines[k] and any(c.isdigit() for c in lines[k]))
            last, loose = memo[0] - 1, 0
            i = memo[0]
            continue
        if FORWARD_MARK_RE.match(s):
            last, loose = i, 0
            env.mail = True
            i += 1
            continue
        block = _header_block(lines, i, end) if MAIL_HEADER_RE.match(s) else None
        if block and (env.mail or block[1]):
            env.mail = True
            for j in range(i, block[0]):
                m = MAIL_HEADER_RE.match(lines[j])
                name = header_name(m) if m else None
                if name in vocab.MAIL_SUBJECT_NAMES:
                    env.subject = SUBJECT_PREFIX_RE.sub("", m["value"]).strip() or env.subject
                elif name in vocab.MAIL_DATE_NAMES and m["value"].strip():
                    env.mail_date = m["value"].strip()
                elif name in vocab.MAIL_FROM_NAMES and m["value"].strip():
                    env.sender = m["value"].strip()
            last, loose = block[0] - 1, 0
            i = block[0]
            continue
        if block:
            # "From: Ministry of Ports" over "Date: 5 March 2024": a release's sender, no
            # title; its date is the story's, read by the head
            env.skip.update(j for j in range(i, block[0]) if _header_name(lines[j]) in vocab.MAIL_ONLY_NAMES)
            i = block[0]
            continue
        if s == "--" and loose:
            # the sender's signature under the note ("--" / name / firm / phone): the note's
            # own, its lines no text that counts against it
            signed = i + MAX_SIGNATURE_LINES
            while i + 1 < min(end, signed + 1) and lines[i + 1].strip() \
                    and not FORWARD_MARK_RE.match(lines[i + 1].strip()) and not MAIL_HEADER_RE.match(lines[i + 1]):
                i += 1
        loose += bool(s)
        i += 1
    if last is None:
        return False
    env.skip.update(range(0, last + 1))
    env.skip -= kept
    _skip_note(lines, last + 1, env)
    return True


# Lotus Notes' memo pasted as text: each label alone on its line, its value on the next
# ("To" / "desk@example.com" / "cc" / "" / "Subject" / "Dam opens"), under the sender's
# line and the date.
NOTES_LABELS = frozenset(("To", "cc", "bcc", "Subject"))
NOTES_HEAD_LINES = 3      # the sender's line and the date stand this close above the labels


def _notes_block(lines: list[str], i: int, end: int) -> tuple[int, str] | None:
    """A Notes memo's labels from line i: (the index after the last label's value, the
    subject), or None. The labels must name a recipient and the subject.

    >>> _notes_block(["To", "desk@example.com", "cc", "", "Subject", "Dam opens", "", "Dam opens"], 0, 8)
    (6, 'Dam opens')
    """
    j, names, subject, after = i, set(), None, None
    while j < end:
        s = lines[j].strip()
        if not s:
            j += 1
            continue
        if s not in NOTES_LABELS:
            break
        names.add(s)
        nxt = lines[j + 1].strip() if j + 1 < end else ""
        if nxt and nxt not in NOTES_LABELS:
            subject = nxt if s == "Subject" else subject
            j += 2
        else:
            j += 1
        after = j
    if subject is None or not names & {"To", "cc", "bcc"}:
        return None
    return after, subject


def _header_block(lines: list[str], i: int, end: int) -> tuple[int, bool] | None:
    """The mail header lines from line i: (the index after them, whether they are a
    mail's), or None when line i opens none. Two headers make a block; a value run onto
    an indented line ("To: a,\n    b") stays in it. A block is a mail's when it names a
    header only mail has and a subject or an address ("From:" and "Date:" alone also head
    a press release)."""
    j, names, address = i, set(), False
    while j < end:
        line = lines[j]
        m = MAIL_HEADER_RE.match(line)
        if m:
            names.add(header_name(m))
        elif not (names and line[:1] in (" ", "\t") and line.strip()):
            break
        address = address or "@" in line
        j += 1
    if len(names) < 2:
        return None
    return j, bool(names & vocab.MAIL_ONLY_NAMES) and bool(address or names & vocab.MAIL_SUBJECT_NAMES)


def _skip_note(lines: list[str], start: int, env: Envelope) -> None:
    """Under the headers, what stands above the story's headline (the subject again) is
    the forwarder's note; without it, the paragraphs that open as a note are."""
    subject = _key(env.subject) if env.subject else None
    filled = [j for j in range(start, min(len(lines), start + 4 * MAX_SUBJECT_GAP)) if lines[j].strip()]
    if subject:
        for n, j in enumerate(filled[:MAX_SUBJECT_GAP]):
            if _key(lines[j]) == subject:
                # (a clipping service's "Published: 24 January 2020 09:12" there is the
                # story's time, no note's: the head reads it, before the mail's "Sent:")
                dated = {k for k in filled[:n] if _dated_label(lines[k])}
                env.skip.update(set(filled[:n]) - dated)
                env.dated.update(dated)
                return
    noted, in_note = 0, False
    for j in range(start, len(lines)):
        s = lines[j].strip()
        if not s:
            in_note = False
            continue
        if not in_note and not MAIL_NOTE_RE.match(s) and not _signed_note(lines, j):
            return
        in_note = True
        noted += 1
        if noted > MAX_NOTE_LINES:
            return
        env.skip.add(j)


def _dated_label(line: str) -> bool:
    """A record's labelled date line ("Published: 24 January 2020 09:12", "Date: ...")."""
    m = FEED_ITEM_LABEL_RE.match(line) if ":" in line[:24] or "：" in line[:8] else None
    return bool(m) and label_kind(m["label"]) == "date" and bool(m["value"].strip())


def _signed_note(lines: list[str], j: int) -> bool:
    """The paragraph from line j, of MAX_NOTE_LINES lines at most, ends in its poster's
    signature ("... the port thread.  -- Tom")."""
    end = next((k for k in range(j, min(len(lines), j + MAX_NOTE_LINES)) if not lines[k].strip()), None)
    return end is not None and end > j and is_signed_note(lines[end - 1])


def is_signed_note(para: str) -> bool:
    """A note's paragraph (or its last line) ending in its poster's signature.

    >>> is_signed_note("Of interest to those on the port thread.  -- Tom"), is_signed_note("LIMA -- It opened.")
    (True, False)
    """
    last = para.rstrip()
    return last[-1:].isalpha() and MAIL_NOTE_SIGNED_RE.search(last[-40:]) is not None


def is_digest_note(para: str) -> bool:
    """A mailed digest's masthead and item count over the story it carries, every line of
    the paragraph one of them (DIGEST_LINE_RE).

    >>> is_digest_note("WEST AFRICA WIRES - daily digest\\nItem 2 of 5 | Source: GNA | Retrieved 09:10 GMT")
    True
    >>> is_digest_note("Profile alert PORTS-02 - daily digest\\n2 item(s) matched your profile.")
    True
    >>> is_digest_note("Item 2 of 5 shows the port's traffic fell in May.\\nIt was the lowest in years.")
    False
    """
    lines = [s for s in para.strip().split("\n") if s.strip()]
    return bool(lines) and all(DIGEST_LINE_RE.match(s) for s in lines)


def _header_name(line: str) -> str | None:
    m = MAIL_HEADER_RE.match(line)
    return header_name(m) if m else None


def header_name(m: re.Match) -> str:
    """A MAIL_HEADER_RE match's header name, lower case, without a CJK name's padding."""
    name = m["name"].casefold()
    return name if name.isascii() else "".join(name.split()).replace("\u3000", "")


def _key(s: str) -> str:
    return " ".join(s.split()).casefold().strip(" .:")


def label_kind(label: str) -> str:
    """What a record's label gives (vocab.FEED_ITEM_LABELS), its case folded as the regex
    matched it: Turkish capitals fold to a dotted "i̇" ("TARİH" -> "tari̇h"), read as "tarih".
    A label the regex matched but the table cannot name gives nothing ("skip").

    >>> label_kind("TARİH"), label_kind("BAŞLIK"), label_kind("Shot  List"), label_kind("Title")
    ('filed', 'title', 'skip', 'title')
    """
    return FEED_LABEL_KINDS.get(_fold_label(label), "skip")


def _fold_label(label: str) -> str:
    return " ".join(label.casefold().replace("i\u0307", "i").replace("ı", "i").split())


# The labels as label_kind looks them up: Turkish dotless "ı" and dotted "İ" as "i" ("BAŞLIK").
FEED_LABEL_KINDS = {_fold_label(k): v for k, v in vocab.FEED_ITEM_LABELS.items()}


# "【标　　题】...": a Chinese archive's label in lenticular brackets, its letters spaced out
# with full-width spaces to line the labels up (Xinhua's export of the 1990s).
BRACKET_LABEL_RE = re.compile(r"^【(?P<label>[^】\n]{1,10})】[ \t\u3000]*(?P<value>.*)$")


def _unbracket_labels(lines: list[str], end: int) -> None:
    """Rewrite a record's bracketed labels to the colon form the readers know, in place:
    "【标　　题】港口恢复运营" -> "标题：港口恢复运营", "【正　　文】" -> "正文：", when the record's
    first line is one and the labels are record fields (vocab.FEED_ITEM_LABELS).

    >>> lines = ["【稿件类别】国内新闻", "【标　　题】港口恢复运营", "【正　　文】", "新华社电"]
    >>> _unbracket_labels(lines, 4); lines[:3]
    ['稿件类别：国内新闻', '标题：港口恢复运营', '正文：']
    """
    for j in range(end):
        m = BRACKET_LABEL_RE.match(lines[j]) if lines[j][:1] == "【" else None
        label = "".join(m["label"].split()) if m else ""
        if label in vocab.FEED_ITEM_LABELS:
            lines[j] = f"{label}：{m['value']}"


def _read_feed_item(lines: list[str], end: int, env: Envelope, start: int = 0) -> bool:
    """A feed item saved as text ("Title: ...", "Link: ...", "Author: ...", "Description:
    ..."), or a record's labelled fields ("Outlet: ...", "Date: ...", "Page: ..."), from
    line ``start`` (a mail's item under its headers): its headline and authors taken, its
    labels of no field skipped, and the description's label cut off its text. Dates and
    links are left to the head's rules; the dates' lines are noted (``dated``): a record's
    fields stand above its headline, not under it as a page's date line does."""
    found = [(j, m) for j in range(start, end)
             for m in [FEED_ITEM_LABEL_RE.match(lines[j]) if ":" in lines[j][:24] or "：" in lines[j][:8]
                       else None] if m]
    if len({m["label"].casefold() for _, m in found}) < FEED_LABELS_NEEDED:
        return False
    kinds = [label_kind(m["label"]) for _, m in found]
    # A video script names the day it was filed ("FILED:", "TARİH:") beside the day its
    # pictures were shot ("DATE: MAY 9 AND 10, 2023"): then the plain date is the pictures'.
    filed = "filed" in kinds
    # The day the pictures were shot ("DREHDATUM: 14.06.2024") is the script's date when it
    # names no other, none when it does.
    shot = "skip" if "filed" in kinds or "date" in kinds else "date"
    # A photo's record (its caption under "Caption/Abstract:") names its photographer in
    # "By-line:"; any other record's by-line is left to the head's byline rules.
    photo = "caption" in kinds
    times = [m["value"].strip() for (_, m), kind in zip(found, kinds) if kind == "time"]
    for (j, m), kind in zip(found, kinds):
        value = m["value"].strip()
        if kind == "byline":
            kind = "camera" if photo else "keep"
        elif kind == "caption":
            kind = "text"
        elif kind == "time":
            kind = "skip" if len(times) == 1 else "keep"
        elif kind == "shot":
            kind = shot
        if kind == "date" and len(times) == 1 and IIM_DAY_RE.match(value) and IIM_TIME_RE.match(times[0]):
            # IIM's compact day and time on two lines ("20230814", "112233+0600"): one stamp
            lines[j] = f"{m['label']}: {_iim_stamp(value, times[0])}"
        if kind == "title":
            env.title = env.title or value or None
        elif kind == "author":
            if value:
                env.authors.append(value)
        elif kind == "editor":
            if value:
                env.editors.append(value)
        elif kind == "camera":
            if value:
                env.photographers.append(value)
        elif kind == "place":
            # ("Luogo: Amatrice (Rieti)": the place, its province in brackets)
            env.place = env.place or value.split(",")[0].split("/")[0].split(" (")[0].strip() or None
        elif kind == "text":
            if value:
                lines[j] = value
                continue
        elif kind == "date" and filed:
            pass          # the pictures' day, beside the filing time: no field
        elif kind in ("date", "filed"):
            env.dated.add(j)
            continue      # dates: the head reads them as they are
        elif kind != "skip":
            continue      # links: the head reads them as they are
        env.skip.add(j)
    return True


# IIM's (IPTC record 2) compact date and time: "20230814", "112233+0600" (maybe no zone).
IIM_DAY_RE = re.compile(r"^(?:19|20)\d\d[01]\d[0-3]\d$")
IIM_TIME_RE = re.compile(r"^[0-2]\d[0-5]\d[0-5]\d(?:[+-][01]\d[0-5]\d)?$")


def _iim_stamp(day: str, time: str) -> str:
    """IIM's day and time as one ISO stamp.

    >>> _iim_stamp("20230814", "112233+0600"), _iim_stamp("19990102", "080500")
    ('2023-08-14T11:22:33+06:00', '1999-01-02T08:05:00')
    """
    zone = f"{time[6:9]}:{time[9:]}" if len(time) > 6 else ""
    return f"{day[:4]}-{day[4:6]}-{day[6:]}T{time[:2]}:{time[2:4]}:{time[4:6]}{zone}"


def _consent_buttons(line: str) -> int:
    """How many of a consent banner's buttons a line is: one alone on its line, or a row
    of them pasted on one line; 0 for any other line.

    >>> _consent_buttons("Accept all"), _consent_buttons("Accept All Cookies   Cookie Settings")
    (1, 2)
    >>> _consent_buttons("Accept all   Markets"), _consent_buttons("Markets")
    (0, 0)
    """
    if _key(line) in CONSENT_BUTTONS:
        return 1
    if "  " not in line.strip() and " | " not in line and " · " not in line and " • " not in line:
        return 0
    parts = [p for p in CONSENT_ROW_SPLIT_RE.split(line.strip()) if p]
    return len(parts) if len(parts) > 1 and all(_key(p) in CONSENT_BUTTONS for p in parts) else 0


def _read_banner(lines: list[str], end: int, env: Envelope) -> None:
    """A cookie or privacy banner above the story: its buttons, and its heading and text
    just above them (none of which need name cookies: "This site and its partners store
    small files ..."), from the first line naming cookies, privacy or consent in the run
    of lines that ends at the buttons. Without such a line, two buttons or more make one."""
    i = 0
    while i < end:
        if not _consent_buttons(lines[i]):
            i += 1
            continue
        first = last = i
        i += 1
        while i < end and (not lines[i].strip() or _consent_buttons(lines[i])):
            if lines[i].strip():
                last = i
            i += 1
        start = first
        for k in range(first - 1, max(-1, first - 1 - BANNER_LINES), -1):
            if not lines[k].strip():
                break
            if CONSENT_WORD_RE.search(lines[k]):
                start = k
        buttons = sum(_consent_buttons(lines[j]) for j in range(first, last + 1))
        if start < first or buttons >= 2:
            env.skip.update(range(start, last + 1))


def is_advisory(s: str) -> bool:
    """A note to editors above the copy: "ATTENTION - ADDS details ///", "URGENT".

    >>> is_advisory("ATTENTION - UPDATES toll, ADDS quotes ///"), is_advisory("FLASH")
    (True, True)
    >>> is_advisory("(ATTN: UPDATES with minister's remarks in paras 3-4)")
    True
    >>> is_advisory("MANILA, Oct 19, 2016 (AFP) - The toll rose.")
    False
    >>> is_advisory("ADVISORY-Reuters coverage plan for the vote"), is_advisory("ADVISORY - moves at 1200 GMT")
    (False, True)
    >>> is_advisory("(Updates with closing share prices)"), is_advisory("(Updates on a page) Ports reopen")
    (True, False)
    """
    return (s[:1].isupper() or s[:1] == "(") and bool(ADVISORY_RE.match(s))


def is_no_reply_notice(s: str) -> bool:
    """A mailed alert's notice that no answer is read, on its own line: no headline.

    >>> is_no_reply_notice("Alerte abonnés - ne pas répondre à ce message")
    True
    >>> is_no_reply_notice("Minister says she will not reply to the claims")
    False
    """
    return len(s) <= MAX_NO_REPLY_CHARS and NO_REPLY_RE.search(s.casefold()) is not None \
        and not SENTENCE_STOP_RE.search(s)      # (the rare phrase first: the stop's regex is dearer)


MAX_NO_REPLY_CHARS = 90
SENTENCE_STOP_RE = re.compile(r"[^\W\d_]{2}[.!?]\s+[^\W\d_]")
# (one pass over the line for every phrase, as a trie: asked of each head line)
NO_REPLY_RE = re.compile(clean.literal_trie(vocab.NO_REPLY_PHRASES))


def is_share_mark(s: str) -> bool:
    """A messaging app's mark above a post passed on (Telegram, WhatsApp): no headline.

    >>> is_share_mark("Forwarded from Kyodo News Wire"), is_share_mark("_Forwarded many times_")
    (True, True)
    >>> is_share_mark("Forwarded letters reveal plans for the port")
    False
    """
    return s.lstrip("*_~")[:3].casefold() in SHARE_MARK_STARTS and bool(SHARE_MARK_RE.match(s))


def story_link(s: str, mail: bool) -> str | None:
    """The story's address in a link line ("Read the full story: https://..."); a plain
    "Read more: https://..." counts only in a mail.

    >>> story_link("Read the full story: https://example.com/a", False)
    'https://example.com/a'
    >>> story_link("Read more: https://example.com/b", False) is None
    True
    >>> story_link("Read on example.it: https://example.it/c", True), story_link("Read on: https://example.it/d", True)
    ('https://example.it/c', None)
    """
    m = STORY_LINK_RE.match(s)
    if m and (m["full"] or mail):
        return m["url"]
    return None


def mail_story_link(text: str) -> str | None:
    """The story link among a mail body's last lines (an alert's "Read more: URL")."""
    if "://" not in text:
        return None
    for line in reversed(text.rstrip().split("\n")[-12:]):
        if "://" in line:
            url = story_link(line, True)
            if url:
                return url
    return None
