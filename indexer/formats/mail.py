"""E-mail reader: an .eml message or an mbox mailbox -> one story per message (the text/plain
part, else the HTML part; Subject: as a title fallback, Date: as a date fallback)."""
from __future__ import annotations

import re
from typing import Iterator

from .. import vocab
from .base import (Document, Part, ReadError, block_text, credited_agencies, label_parts,
                   make_part, rfc822_date)

MBOX_START_RE = re.compile(r"^From \S+[^\n]*\n[\x21-\x39\x3b-\x7e]+:")
MBOX_SPLIT_RE = re.compile(rb"(?:\A|\r?\n\r?\n)From [^\n]*\n")
MBOX_ESCAPED_FROM_RE = re.compile(rb"(?m)^>(>*From )")
HEADER_LINE_RE = re.compile(r"^(?P<name>[\x21-\x39\x3b-\x7e]+):(?:[ \t]|$)|^[ \t]+\S")
MAIL_HEADERS = frozenset({"from", "to", "cc", "subject", "date", "message-id", "mime-version",
                          "received", "return-path", "delivered-to", "content-type", "reply-to",
                          "x-mailer", "sender", "list-id", "content-transfer-encoding"})
# Headers only mail has; "Date:" and "Subject:" alone also open some wire copy.
MAIL_ONLY_HEADERS = frozenset({"from", "message-id", "mime-version", "received", "return-path",
                               "delivered-to", "x-mailer", "to"})
REPLY_PREFIX_RE = re.compile(r"^\s*(?:(?:re|fw|fwd|tr|wg|aw|sv|vs|rv|enc)\s*:\s*)+", re.IGNORECASE)
# The comment after a sender's address: "desk@feed.example (By JO ROE, AP Writer)".
SENDER_COMMENT_RE = re.compile(r"@\S+\s+\((?P<comment>[^()]+)\)\s*$")
TITLE_MAX_WORDS = 25   # a first paragraph longer than this is prose, not the story's title line
MIN_MAIL_HEADERS = 2   # a header block naming fewer known headers is not a message
# A signature under the delimiter line ("-- ", RFC 3676; newsletters write "--"): the
# sender's footer ("You are receiving this because ...", "Unsubscribe: https://..."), this
# many lines at most.
SIGNATURE_DELIMITER_RE = re.compile(r"^--[ \t]?$", re.MULTILINE)
MAX_SIGNATURE_LINES = 10
MAX_NOTE_PARAGRAPHS = 2   # a sender's note above the story ("Good morning. Here is ...") is short
# A newsletter's rule between its parts: a line of one mark repeated ("-----", "=====", "* * *").
RULE_LINE_RE = re.compile(r"^\s*([-=*_~#•·])(?:\s?\1){2,}\s*$")
# A poster's marker around what it pastes: a word or few between rules ("----- begin -----",
# "=== cut here ===", "-----Original Message-----").
PASTE_MARK_RE = re.compile(r"^\s*([-=*_~#])\1{2,}\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*\1{3,}\s*$")
# A poster's own lines over a pasted story end a sentence or lead into it ("... esto salio
# hoy en Notimex:"); a headline does not.
NOTE_END_RE = re.compile(r"[.!?:)]\s*$")
# A digest's item number before a headline its contents list gave above: "1. Glaciers retreat".
DIGEST_ITEM_RE = re.compile(r"^[ \t]*(?P<n>\d{1,2})[.)][ \t]+(?P<headline>\S[^\n]*?)[ \t]*$", re.MULTILINE)
MAX_PASTE_LINES = 12   # the poster's lines and markers over a pasted story's headline, at most
MIN_NOTE_WORDS = 5     # ...in a sentence or more: a one-word line with a colon is a kicker
# ...and its masthead above the note: a short line with no sentence in it ("THE WEEKLY
# DIGEST | Tuesday edition").
MASTHEAD_MAX_WORDS = 10
MASTHEAD_MAX_LINES = 3   # ...in this many lines at most, over the rule under it
# What follows a newsletter's name in its Subject: the issue's day or number ("... 9 de
# março", "... #412", "... - 5 March 2024").
SUBJECT_ISSUE_RE = re.compile(r"^\W*(?:[^\W\d_]+\s+){0,3}[#№]?\d")
# A quoted line of a reply ("> Pune, Nov 19 (PTI) ..."), and the reply's line introducing the
# quote ("On Tue, 19 Nov 2024 at 12:41, Desk <desk@example.in> wrote:", "Le ... a écrit :").
# A quote may be a quote's quote (">> ", "> > "): QUOTE_MARKS_RE takes all its marks.
QUOTED_LINE_RE = re.compile(r"^>[ \t]?")
QUOTE_MARKS_RE = re.compile(r"^(?:>[ \t]?)+")
# The verb may stand before the sender ("Am 5. März schrieb Ines <i@example.org>:").
ATTRIBUTION_RE = re.compile(r"(?:" + "|".join(map(re.escape, vocab.REPLY_ATTRIBUTION_VERBS)) + r")"
                            r"(?![^\W\d_])[^\n]*[:：]\s*$", re.IGNORECASE)


def sniff_mbox(head: str) -> bool:
    return bool(MBOX_START_RE.match(head))


def sniff_eml(head: str) -> bool:
    """A header block (known mail headers, at least one that only mail has) before a blank line."""
    names = set()
    for line in head.split("\n"):
        line = line.rstrip("\r")
        if not line:
            break
        m = HEADER_LINE_RE.match(line)
        if not m:
            return False
        if m["name"]:
            names.add(m["name"].lower())
    return len(names & MAIL_HEADERS) >= MIN_MAIL_HEADERS and bool(names & MAIL_ONLY_HEADERS)


def read_mail(data: bytes, path: str, key: str) -> Iterator[Document | ReadError]:
    """One story per message of an mbox (``box.mbox#N``) or the one story of an .eml."""
    data = data.lstrip(b"\xef\xbb\xbf\r\n")
    if data.startswith(b"From "):
        chunks = [c for c in MBOX_SPLIT_RE.split(data) if c.strip()]
        messages = (MBOX_ESCAPED_FROM_RE.sub(rb"\1", c) for c in chunks)
    else:
        messages = iter([data])
    yield from label_parts((message_part(m) for m in messages), path, key)


def message_part(raw: bytes) -> Part:
    import email
    import email.policy
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    item = _digest_first_message(msg) if msg.is_multipart() else None
    if item is not None:
        # a list's MIME digest (Mailman's: its masthead and contents in a text part, the
        # messages in a multipart/digest): its first message is the story, with its own
        # subject, sender and date
        return message_part(item)
    body = story_text(_body_text(msg))
    chat = _chat_attachment(msg) if msg.is_multipart() else None
    if chat and len(chat.text) > len(body):
        # a messenger's chat mailed as its export ("Export chat" > mail: "WhatsApp Chat with
        # ..." over a line of note, the chat in a .txt attachment): the story passed on there
        return chat
    full = _full_text_under_alert(body)
    body, item_link = full or (body, None)
    from .. import envelope
    # (a list's or a service's tag goes with the reply marks: "[AFP-ES] Headline", "Fwd: [ports-l] ...")
    subject = envelope.SUBJECT_PREFIX_RE.sub("", _header(msg, "subject"))
    if not body.strip() and not subject:
        return Part(error="message has no text")
    body = _without_subject_masthead(body, subject)
    shared = _under_subject_line(body, subject)
    masthead = bool(shared) and _masthead_over(body, shared)
    body = shared or body
    story = _under_masthead_rule(body)
    body = _headline_apart(story or body, subject)
    sender = _header(msg, "from")
    meta = {"mail_date": rfc822_date(_header(msg, "date")),    # the mail's own day: a last resort
            "agencies": credited_agencies(sender.split("<")[0]) if sender else [],
            # an alert's "Read more: https://..." under the story leads to the story itself
            "url": envelope.mail_story_link(body) or item_link,
            # an alert that mails one story under its headline ("Subject: REFILE-Miner weighs
            # listing" over the same line): the mail's time is the story's own, not a digest's
            # ...or under a newsletter's masthead and rule, the one story it carries
            # (not a person's share under a note of their own: the mail's time is when they sent it)
            "mail_alert": bool(story) or not shared and _subject_is_headline(subject, body)
            # (or under the wire's own masthead, which the story starts below: "BERNAMA - Perkhidmatan
            # Berita Bahasa Melayu" over the headline, no sender's note)
            or masthead}
    if _needs_title(body) and not _holds_forward(body):
        return make_part(subject, body, meta, head=sender_byline(_raw_header(msg, "from")))
    from .. import clean
    meta = {k: v for k, v in meta.items() if v}
    return Part(text=clean.repair_text(body), meta=meta)


def _subject_is_headline(subject: str, body: str) -> bool:
    """Whether the message's first line is its subject: one story mailed under its headline.

    >>> _subject_is_headline("Dam opens in Lima", "\\nDam opens in Lima\\n\\nLIMA - It opened."), _subject_is_headline("Digest", "Dam opens")
    (True, False)
    >>> _subject_is_headline("AB URGENT: Dam opens", "URGENT\\n\\nDam opens\\n\\nLIMA - It opened.")
    True
    >>> _subject_is_headline("Dam opens", "Hi all, have a look at this one\\n\\nDam opens\\n\\nLIMA - It opened.")
    False
    """
    if not subject:
        return False
    lines = [" ".join(line.split()).casefold() for line in body.split("\n", 40) if line.strip()][:MAX_ALERT_LABELS + 1]
    heads = {" ".join(subject.split()).casefold()}
    m = SUBJECT_DESK_PREFIX_RE.match(subject)
    if m:
        heads.add(" ".join(m["head"].split()).casefold())
    if lines and lines[0] in heads:
        return True
    # (an agency's alert: "Subject: CP URGENT: Headline" over "URGENT" / "Headline", or
    # "Subject: NZPA: Headline" over "PRIORITY: ROUTINE" / "CATEGORY: NATIONAL" / "Headline":
    # short label lines above the subject's headline)
    for k, line in enumerate(lines[1:], 1):
        if len(lines[k - 1].split()) > MAX_ALERT_LABEL_WORDS:
            return False
        if line in heads:
            return True
    return False


# An agency's or a desk's tag before a mailed alert's headline: "CP URGENT: ", "NZPA: " (capitals)
SUBJECT_DESK_PREFIX_RE = re.compile(r"^[A-Z][A-Z0-9&.'/ -]{1,24}:\s+(?P<head>\S.*)$")
MAX_ALERT_LABELS = 3         # label lines ("URGENT", "PRIORITY: ROUTINE") above the headline...
MAX_ALERT_LABEL_WORDS = 3    # ...each this short


def sender_byline(sender: str) -> str:
    """The byline a news feed's post carries as the From header's comment, for the head's
    byline rules: ClariNet posted AP copy as "clarinews@clarinet.com (By JO ROE, Associated
    Press Writer)". A person's own name there ("(Jo Roe)") is the poster, no byline.

    >>> sender_byline("news@feed.example (By JO ROE, Associated Press Writer)"), sender_byline("jo@example.org (Jo Roe)")
    ('By JO ROE, Associated Press Writer', '')
    """
    from ..fields import patterns
    comment = SENDER_COMMENT_RE.search(sender)
    m = comment and patterns.BYLINE_RE.match(comment["comment"])
    if not m or m["opener"].casefold() in patterns.BYLINE_WEAK_OPENERS:
        return ""
    return comment["comment"].strip()


def story_text(body: str) -> str:
    """A message's text where the story stands: the quote of a reply that quotes it (the
    reply's own lines are a note), and without a sender's short note above a story that
    opens with its headline.

    >>> story_text("Use this one.\\n\\nOn Tue, Desk <d@example.in> wrote:\\n> Dam opens\\n>\\n> LIMA (Reuters) - It opened.")
    'Dam opens\\n\\nLIMA (Reuters) - It opened.'
    >>> story_text("Good morning. Here is the story.\\n\\nDam opens\\n\\nLIMA (Reuters) - It opened.")
    'Dam opens\\n\\nLIMA (Reuters) - It opened.'
    """
    item = _text_digest_item(body) if "Message:" in body else None
    if item:
        return item
    if "\n--" in body:
        body = _drop_signature(body)
    if "\n>" in body or body.startswith(">"):
        body = _quoted_story(body)
    return _pasted_story(_digest_item(_drop_note(body)))


TRUNCATION_MARKS = ("...", "\u2026")   # the ellipsis an alert cuts a headline with
MIN_TRUNCATED_WORDS = 3    # a cut headline's words: fewer would match too many lines below


def _full_text_under_alert(body: str) -> tuple[str, str | None] | None:
    """The story's full text pasted under an alert that cut it ("Dam opens on the Rimac ..."
    over its snippet and link, the alert's footer, then "Dam opens on the Rimac after two
    years" over the whole copy): from the line of its own that spells out the cut headline,
    with the alert item's link line (the story's address); None when no such line follows
    one cut with an ellipsis.

    >>> _full_text_under_alert("Dam opens on the Rimac ...\\nLIMA - It ...\\n<https://x.example/a>\\n\\n-----\\n\\n"
    ...                        "Dam opens on the Rimac after two years\\n\\nLIMA - It opened.")
    ('Dam opens on the Rimac after two years\\n\\nLIMA - It opened.', 'https://x.example/a')
    """
    if not any(mark in body for mark in TRUNCATION_MARKS):
        return None
    lines = body.split("\n")
    for i, line in enumerate(lines):
        s = line.strip()
        if not s.endswith(TRUNCATION_MARKS):
            continue
        cut = s.rstrip(".\u2026 ").strip()
        if not MIN_TRUNCATED_WORDS <= len(cut.split()) <= TITLE_MAX_WORDS:
            continue
        for j in range(i + 2, len(lines)):
            t = lines[j].strip()
            if t.startswith(cut) and len(t) > len(cut) and not lines[j - 1].strip() \
                    and (j + 1 == len(lines) or not lines[j + 1].strip()) \
                    and len(t.split()) <= TITLE_MAX_WORDS and not t.endswith(TRUNCATION_MARKS):
                from ..fields.head_patterns import URL_LINE_RE
                link = next((m["url"] for k in range(i + 1, j)
                             for m in [URL_LINE_RE.match(lines[k]) if "://" in lines[k] else None] if m), None)
                return "\n".join(lines[j:]), link
    return None


def _drop_signature(body: str) -> str:
    """The body without the signature under its last delimiter line, unless what stands
    there names an agency (a story's own "--" above its credit).

    >>> _drop_signature("LIMA (Reuters) - It opened.\\n\\n-- \\nUnsubscribe: https://example.org/u")
    'LIMA (Reuters) - It opened.\\n\\n'
    """
    from .. import normalize
    marks = list(SIGNATURE_DELIMITER_RE.finditer(body))
    if not marks:
        return body
    tail = body[marks[-1].end():]
    if tail.count("\n") > MAX_SIGNATURE_LINES or normalize.find_agencies(tail) or _labelled_credit(tail):
        return body
    return body[:marks[-1].start()]


def _labelled_credit(tail: str) -> bool:
    """Whether a signature holds a labelled credit of the story's desk ("Desk editor: Jo
    Roe"): the copy's own foot, no sender's signature.

    >>> _labelled_credit("Desk editor: Jo Roe\\nForeign Service | Tehran"), _labelled_credit("Jo Roe\\nForeign desk")
    (True, False)
    """
    from .. import fields
    for line in tail.split("\n"):
        s = " ".join(line.split())
        if ":" in s[:MAX_CREDIT_LABEL_CHARS] and fields.CREDIT_OPEN_RE.match(s + " "):
            found = fields.parse_credits(s)
            if found and any(found[0].values()):
                return True
    return False


MAX_CREDIT_LABEL_CHARS = 25   # "Desk editor:", "Translated by:"


def _quoted_story(body: str) -> str:
    """The longest quoted block of a reply, unquoted, when it holds more than the reply's
    own lines: a Usenet reply quotes the question it answers (">>Has anyone seen ...") above
    its own line and the story it pastes, quoted once more ("> OSLO, Sept 21 (Reuter) - ...").
    A block quoted at any depth (">> ", "> > ": a reply to a reply) loses all its marks, as
    long as all its lines stand at that depth.

    >>> _quoted_story(">>Any news?\\n\\nHere it is:\\n\\n> Dam opens\\n>\\n> LIMA (Reuters) - It opened on time.")
    'Dam opens\\n\\nLIMA (Reuters) - It opened on time.'
    >>> _quoted_story("Yes.\\n\\n> > Dam opens\\n> >\\n> > LIMA (Reuters) - It opened on time.")
    'Dam opens\\n\\nLIMA (Reuters) - It opened on time.'
    """
    lines = body.split("\n")
    runs: list[list[int]] = []
    for i, line in enumerate(lines):
        if QUOTED_LINE_RE.match(line):
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    quoted = max(runs, key=lambda run: sum(len(lines[i]) for i in run))
    in_quote = set(quoted)
    own = sum(len(line) for i, line in enumerate(lines)
              if i not in in_quote and not ATTRIBUTION_RE.search(line))
    # each line's marks: a line of marks alone (">", "> >") is the quote's blank line
    depths = {QUOTE_MARKS_RE.match(lines[i]).group().count(">") for i in quoted
              if lines[i][QUOTE_MARKS_RE.match(lines[i]).end():].strip()}
    if len(depths) > 1:
        return body          # a thread quoted in quotes: the reply's quoted lines and theirs
    text = "\n".join(QUOTE_MARKS_RE.sub("", lines[i]) for i in quoted)
    if len(text) <= own:
        return body          # a short quote under a reply
    return text


def reply_story(text: str) -> str | None:
    """The story a plain-text reply quotes, unquoted and without the quote's signature, or
    None: a list post or a mail saved as text ("Re: [list] ...", the reply's lines, "El ...
    escribió:" and the quote under it, "> Bogotá, 5 jun (EFE).- ..."). The line introducing
    the quote must stand over it: a story file's own quoted lines (a reader's letter, a
    poem) are no reply.

    >>> reply_story("Thanks.\\n\\nOn Tue, Jo <jo@example.org> wrote:\\n> Dam opens\\n>\\n> LIMA (AP) - It opened.\\n> --\\n> Jo")
    'Dam opens\\n\\nLIMA (AP) - It opened.\\n'
    >>> reply_story("Dam opens\\n\\n> It opened, she said.\\n\\nLIMA (AP) - It did.") is None
    True
    """
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if QUOTED_LINE_RE.match(line)), None)
    if not first or not ATTRIBUTION_RE.search(lines[first - 1].rstrip()):
        return None
    story = _quoted_story(text)
    if story is text or "\n\n" not in story.strip():
        return None          # no quote longer than the reply, or one line of a question
    # the quoted poster's own note over the story ("Hola a todos, comparto la nota ...:"), as
    # in a mail's body
    return _pasted_story(_drop_note(_drop_signature(story) if "\n--" in story else story))


def _drop_note(body: str) -> str:
    """The body from the story's headline when a short note ("Good morning. Here is ...",
    "FYI") stands above it, maybe under a newsletter's masthead and over its rule lines.

    >>> _drop_note("THE DAM LETTER | Friday\\n\\nGood evening. One story.\\n\\n-----\\n\\nDam opens\\n\\nLIMA - It opened.")
    'Dam opens\\n\\nLIMA - It opened.'
    """
    from .. import envelope
    paras = [p for p in body.strip().split("\n\n") if p.strip()]
    start = 1 if len(paras) > 2 and _masthead(paras[0]) and not envelope.is_signed_note(paras[0]) else 0
    for n in range(start + 1, min(start + MAX_NOTE_PARAGRAPHS, len(paras) - 1) + 1):
        if not envelope.MAIL_NOTE_RE.match(paras[n - 1]) and not envelope.is_signed_note(paras[n - 1]) \
                and not envelope.is_digest_note(paras[n - 1]):
            break         # a note opens as one ("FYI"), or closes signed ("... debate.  -- Tom"); a
            # digest's masthead and item count ("Item 3 of 7 | Source: ...") are one too
        rest = paras[n:]
        while len(rest) > 1 and RULE_LINE_RE.match(rest[0]):
            rest = rest[1:]
        if not _needs_title("\n\n".join(rest)):
            return "\n\n".join(rest)
        if envelope.is_digest_note(paras[n - 1]) and _headline_line(rest[0]):
            # an alert's count over its item ("=== News - 1 new result for [...] ==="): the
            # item's headline, source and snippet in one paragraph; the headline set apart
            head, _, item = rest[0].strip().partition("\n")
            return "\n\n".join([head, item] + rest[1:])
    return body


def _headline_line(para: str) -> bool:
    """The paragraph's first line reads as a headline: short, no sentence closed, no dateline."""
    from .. import fields
    first = para.strip().split("\n", 1)[0].strip()
    return 0 < len(first.split()) <= TITLE_MAX_WORDS and first[-1] not in ".!?:" \
        and fields.parse_dateline(first) is None


def _digest_item(body: str) -> str:
    """A digest's first item from its headline, the item's number off: the same numbered
    line stood in the contents list above (a number alone may open a headline, "1. FC Köln").

    >>> _digest_item("Contents:\\n  1. Glaciers retreat\\n\\n-----\\n\\n1. Glaciers retreat\\n\\nSION (ats) They did.")
    'Glaciers retreat\\n\\nSION (ats) They did.'
    """
    if not DIGEST_ITEM_RE.search(body):
        return body
    seen: set[tuple[str, str]] = set()
    for m in DIGEST_ITEM_RE.finditer(body):
        key = (m["n"], " ".join(m["headline"].split()))
        if key in seen:
            return body[m.start("headline"):]
        seen.add(key)
    return body


def _text_digest_item(body: str) -> str | None:
    """A plain-text digest's first message (RFC 1153, as Mailman and Yahoo! Groups set it:
    "Message: 1" over the message's own headers, the message, and a rule line before the
    next), from its headers to that rule; None when the body holds no such digest. The
    headers stay: the head's envelope reads the message's subject and date from them.

    >>> _text_digest_item("Topics:\\n 1. Dam opens\\n\\n_____\\n\\nMessage: 1\\n   Date: Wed, 5 Mar 2025\\n"
    ...                   "   From: Jo <jo@example.org>\\nSubject: Dam opens\\n\\nLIMA - It opened.\\n\\n_____\\nFooter")
    '   Date: Wed, 5 Mar 2025\\n   From: Jo <jo@example.org>\\nSubject: Dam opens\\n\\nLIMA - It opened.'
    """
    m = DIGEST_MESSAGE_RE.search(body)
    if m is None:
        return None
    lines = body[m.end():].split("\n")
    end = next((k for k, line in enumerate(lines) if RULE_LINE_RE.match(line)
                or DIGEST_MESSAGE_LINE_RE.match(line)), len(lines))
    return "\n".join(lines[:end]).strip("\n") or None


# A plain-text digest's line over its first message, and the message's headers under it
# ("Message: 1" / "   Date: ..." / "   From: ..."): two header lines at least.
DIGEST_MESSAGE_RE = re.compile(r"^[ \t]*Message:[ \t]*1[ \t]*\n(?=(?:[ \t]*[A-Za-z-]+:[^\n]*\n){2})", re.MULTILINE)
DIGEST_MESSAGE_LINE_RE = re.compile(r"^[ \t]*Message:[ \t]*\d+[ \t]*$")


def _pasted_story(body: str) -> str:
    """The body from a pasted story's headline, the line over its dateline, when the
    poster's own lines stand above it: each paragraph a sentence or a lead-in ("Saw this on
    the Kyodo wire today.", "esto salio hoy en Notimex:") or a paste marker ("----- begin -----").

    >>> _pasted_story("Saw this on the wire today.\\n\\n----- begin -----\\nDam opens\\n\\nLIMA (Reuters) - It opened.")
    'Dam opens\\n\\nLIMA (Reuters) - It opened.'
    >>> _pasted_story("Dam opens\\n\\nA deck that ends in a full stop.\\n\\nLIMA (Reuters) - It opened.")
    'Dam opens\\n\\nA deck that ends in a full stop.\\n\\nLIMA (Reuters) - It opened.'
    """
    from .. import fields
    lines = body.strip().split("\n")
    paras: list[list[str]] = [[]]      # the poster's paragraphs; a paste marker is one alone
    written = 0                        # (blank lines between the poster's count for nothing)
    for k, line in enumerate(lines[:2 * MAX_PASTE_LINES]):
        s = line.strip()
        written += bool(s)
        if written > MAX_PASTE_LINES:
            return body
        if not s or PASTE_MARK_RE.match(s):
            paras.append([s] if s else [])
            paras.append([])
            continue
        if k and not lines[k - 1].strip() and fields.parse_dateline(s) is not None:
            break
        paras[-1].append(s)
    else:
        return body
    paras = [p for p in paras if p]
    if len(paras) < 2 or len(paras[-1]) != 1:
        return body                     # no headline of one line over the dateline
    headline, note = paras[-1][0], paras[:-1]
    marked = _under_paste_mark(body, note, headline)
    if marked is not None:
        return marked
    words = sum(len(" ".join(p).split()) for p in note if not PASTE_MARK_RE.match(p[0]))
    if NOTE_END_RE.search(headline) or len(headline.split()) > TITLE_MAX_WORDS or words < MIN_NOTE_WORDS:
        return body                     # a sentence (a deck, the lead), or no note above
    if not all(PASTE_MARK_RE.match(p[-1]) or NOTE_END_RE.search(p[-1]) for p in note):
        return body                     # a kicker or a first headline line: the story's own
    return body.strip()[body.strip().index(headline):]


def _under_paste_mark(body: str, note: list[list[str]], headline: str) -> str | None:
    """The body under a paste marker ("---------- Despacho ----------") when the pasted
    copy's headline stands a few lines under it, over the dateline, maybe under the copy's
    own date or source line ("AFP - 05/03/2015 18:22 GMT"): whatever the poster wrote above
    the marker (a greeting, a note, a signature with no full stop) is no part of the story.
    None when no marker stands there, or a forwarded message's headers follow it (the
    forward's own reader takes those).

    >>> _under_paste_mark("Hi all,\\n\\nThe team\\n\\n----- Item -----\\nAFP - 05/03/2015 18:22\\n\\nDam opens", [["Hi all,"], ["The team"], ["----- Item -----"], ["AFP - 05/03/2015 18:22"]], "Dam opens")
    'AFP - 05/03/2015 18:22\\n\\nDam opens'
    """
    from .. import envelope
    at = max((k for k, p in enumerate(note) if PASTE_MARK_RE.match(p[0])), default=None)
    if at is None or not at or sum(len(p) for p in note[at + 1:]) > MAX_LINES_UNDER_MARK \
            or NOTE_END_RE.search(headline) or len(headline.split()) > TITLE_MAX_WORDS:
        return None
    text = body.strip()
    rest = text[text.index(note[at][0]) + len(note[at][0]):].lstrip("\n")
    env = envelope.read_envelope(rest.split("\n"))
    return None if env and env.mail else rest


MAX_LINES_UNDER_MARK = 2   # the pasted copy's date or source line over its headline


def _under_subject_line(body: str, subject: str) -> str | None:
    """The body from the line that repeats the Subject, the shared story's headline, when
    only a sender's short note stands above it (a few short paragraphs, no dateline: "Look
    at this one ...", "Love, Jo"), as a phone's share sheet mails a story; None
    otherwise. (The envelope's _skip_note does the same for a mail kept as text.)

    >>> _under_subject_line("Look at this.\\n\\nLove, Jo\\n\\nDam opens\\nMay 3\\n\\nLIMA - It opened.", "Dam opens")
    'Dam opens\\nMay 3\\n\\nLIMA - It opened.'
    >>> _under_subject_line("Dam opens\\n\\nLIMA - It opened.", "Dam opens") is None
    True
    """
    from .. import envelope, fields
    key = " ".join(subject.split()).casefold()
    if not key or len(key.split()) > TITLE_MAX_WORDS:
        return None
    lines = body.strip().split("\n")
    written = 0
    for k, line in enumerate(lines[:2 * MAX_PASTE_LINES]):
        s = " ".join(line.split())
        if not s:
            continue
        if s.casefold() == key:
            return "\n".join(lines[k:]) if written else None
        if envelope.FORWARD_MARK_RE.match(s):
            return None      # a forward's mark and headers: the head's envelope reads them (the sender, its date)
        written += 1
        if written > envelope.MAX_NOTE_LINES or fields.parse_dateline(s) is not None or fields.classify_date_line(s):
            return None      # (a wire's stamp over its headline: its head, no sender's note)
    return None


def _masthead_over(body: str, story: str) -> bool:
    """Whether every line of the body above the story is a wire's masthead (_wire_head_line).

    >>> _masthead_over("BERNAMA - Perkhidmatan Berita\\n\\nDam opens\\n\\nLIMA - It opened.", "Dam opens\\n\\nLIMA - It opened.")
    True
    """
    above = body.strip()[:-len(story)] if story and body.strip().endswith(story) else ""
    lines = [" ".join(line.split()) for line in above.split("\n") if line.strip()]
    return bool(lines) and all(map(_wire_head_line, lines))


MAX_WIRE_MASTHEAD_WORDS = 8   # "BERNAMA - Perkhidmatan Berita Bahasa Melayu": the service's name


def _wire_head_line(s: str) -> bool:
    """A line of a wire's own head over its mailed headline: its service's masthead naming
    the agency ("KYODO NEWS ENGLISH WIRE") or its stamp ("Tuesday, May 3, 2011 07:48 JST").

    >>> _wire_head_line("BERNAMA - Perkhidmatan Berita Bahasa Melayu"), _wire_head_line("Look at this one, Jo")
    (True, False)
    """
    from .. import fields, normalize
    if fields.classify_date_line(s):
        return True
    return len(s.split()) <= MAX_WIRE_MASTHEAD_WORDS and not any(c in s for c in ",.!?") \
        and bool(normalize.find_agencies(s))


def _headline_apart(body: str, subject: str) -> str:
    """The body with a blank line under its first line when that line is the Subject and
    more text runs on under it: the subject says where the headline ends, and the line
    under it ("Growers ask for aid" under "Frost hits crops") is its deck, no headline
    wrapped onto two lines.

    >>> _headline_apart("Dam opens\\nCity gets water\\n\\nLIMA - It opened.", "Dam opens")
    'Dam opens\\n\\nCity gets water\\n\\nLIMA - It opened.'
    >>> _headline_apart("Dam opens on the\\nRimac\\n\\nLIMA - It opened.", "Dam opens on the Rimac")
    'Dam opens on the\\nRimac\\n\\nLIMA - It opened.'
    """
    head, sep, rest = body.lstrip("\n").partition("\n")
    if not sep or not rest[:1].strip() or not subject \
            or " ".join(head.split()).casefold() != " ".join(subject.split()).casefold():
        return body
    return f"{head}\n\n{rest}"


def _without_subject_masthead(body: str, subject: str) -> str:
    """The body without its first line when that is the newsletter's name the Subject opens
    with before the issue's date or number ("LUSA – DESTAQUES DO DIA" over the story, the
    Subject "Lusa – Destaques do dia 9 de março"), and a headline follows it (not prose or a
    dateline, which would make the line the story's title).

    >>> _without_subject_masthead("DAM LETTER\\n\\nDam opens\\n\\nLIMA - It opened.", "Dam Letter 5 March")
    'Dam opens\\n\\nLIMA - It opened.'
    >>> _without_subject_masthead("Dam opens\\n\\nLIMA - It opened.", "Dam opens in Lima")
    'Dam opens\\n\\nLIMA - It opened.'
    """
    head, sep, rest = body.lstrip().partition("\n\n")
    head = head.strip()
    if not (sep and head and subject.casefold().startswith(head.casefold()) and _masthead(head)):
        return body
    if not SUBJECT_ISSUE_RE.search(subject[len(head):]) or _needs_title(rest):
        return body
    return rest.lstrip("\n")


def _under_masthead_rule(body: str) -> str:
    """The body from its one story's headline when a newsletter's masthead (a few short
    lines: its name, the edition, the day) and a rule line stand above it, and below the
    story only a footer follows its closing rule: an alert mailing one story ("ANP
    BEURSNIEUWS - SLOTBERICHT" / "=====" / headline / "AMSTERDAM (ANP) - ..."). A digest's
    several stories (a second rule between items, or a second dateline) give ''.

    >>> _under_masthead_rule("DAM LETTER | Evening\\n-----\\n\\nDam opens\\n\\nLIMA - It opened.\\n\\n-----\\nUnsubscribe here.")
    'Dam opens\\n\\nLIMA - It opened.\\n\\n-----\\nUnsubscribe here.'
    >>> _under_masthead_rule("DAM LETTER\\n-----\\n\\nDam opens\\n\\nLIMA - It opened.\\n\\nPort shuts\\n\\nCUSCO - It shut.")
    ''
    """
    from .. import envelope
    if not body or body.lstrip()[:1] in ("-", "=", "*", "_", "~", "#"):
        return ""
    lines = body.strip().split("\n")
    head = []
    for k, line in enumerate(lines[:MASTHEAD_MAX_LINES + 2]):
        if RULE_LINE_RE.match(line):
            break
        if line.strip():
            head.append(line.strip())
    else:
        return ""
    # (an alert's count is one of them: "1 item(s) matched your profile.")
    if not head or len(head) > MASTHEAD_MAX_LINES or any(
            len(h.split()) > MASTHEAD_MAX_WORDS or h[-1] in ".!?" and not envelope.DIGEST_LINE_RE.match(h)
            for h in head):
        return ""
    rest = "\n".join(lines[k + 1:]).strip("\n")
    story, rule, footer = _split_at_rule(rest)
    if not story.strip() or _needs_title(story) or _story_count(story) != 1:
        return ""
    if rule and (footer.count("\n") > MAX_SIGNATURE_LINES or _story_count(footer)):
        return ""
    return rest.strip()


def _split_at_rule(text: str) -> tuple[str, str, str]:
    """The text above its first rule line, the rule, and the text below."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if RULE_LINE_RE.match(line):
            return "\n".join(lines[:k]), line, "\n".join(lines[k + 1:])
    return text, "", ""


def _story_count(text: str) -> int:
    """How many paragraphs of the text open with a dateline."""
    from .. import fields
    return sum(fields.parse_dateline(p.strip().split("\n", 1)[0]) is not None
               for p in text.split("\n\n") if p.strip())


def _masthead(para: str) -> bool:
    """A newsletter's name over its note: one short line that closes no sentence, maybe
    with the issue's day under it ("LA LETTRE DU SOIR" / "Mardi 4 mai 2021").

    >>> _masthead("THE DAM LETTER\\nTuesday 4 May 2021"), _masthead("Dam opens\\nLIMA - It opened on time.")
    (True, False)
    """
    s = para.strip()
    if "\n" in s:
        from ..fields.dates import classify_date_line
        s, _, day = s.partition("\n")
        if "\n" in day or not classify_date_line(" ".join(day.split())):
            return False
    return len(s.split()) <= MASTHEAD_MAX_WORDS and s[-1:] not in ".!?:"


def _header(msg, name: str) -> str:
    try:
        value = msg[name]
    except Exception:   # a malformed header must not lose the message
        value = msg.get_all(name, [""])[0] if hasattr(msg, "get_all") else ""
    return " ".join(str(value or "").split())


def _raw_header(msg, name: str) -> str:
    """A header as written: the parsed From drops the comment after the address."""
    return " ".join(next((str(v) for k, v in msg.raw_items() if k.lower() == name), "").split())


def _needs_title(body: str) -> bool:
    """True when the body opens with prose or a dateline, so the Subject is its only title."""
    from .. import fields
    first_para = body.strip().split("\n\n", 1)[0].strip()
    first_line = first_para.split("\n", 1)[0]
    dateline = fields.parse_dateline(first_line) if first_para else None
    if dateline is not None and not dateline.cities and "\n" in first_para:
        rest = first_line[len(dateline.text):].strip() if first_line.startswith(dateline.text) else ""
        if rest.isupper() and rest[-1:] not in ".!?":
            dateline = None   # "HINA - HRVATSKA IZVJESTAJNA NOVINSKA AGENCIJA" over more lines: a masthead
    return (not first_para or dateline is not None
            or len(first_para.split()) > TITLE_MAX_WORDS or bool(fields.SENTENCE_RE.match(first_line)))


def _holds_forward(body: str) -> bool:
    """The body's head holds a forwarded message ("-----Original Message-----", "Od: ...",
    "Předmět: ..."): a forwarder's note over the story, which comes with its own headline
    under the inner headers. The head's envelope reader skips the note and the headers and
    falls back on the inner Subject; the outer one ("FW: Tariffs - story for tonight")
    names the forward, not the story.

    >>> _holds_forward("Folks, for the sidebar.\\n\\n-----Original Message-----\\nFrom: Jo\\nSubject: Dams\\n\\nDam opens")
    True
    >>> _holds_forward("Folks, for the sidebar.\\n\\nDam opens\\n\\nLIMA (AP) - It opened.")
    False
    """
    from .. import envelope
    env = envelope.read_envelope(body.split("\n"))
    return bool(env and env.mail)


def _digest_first_message(msg) -> bytes | None:
    """The first message a MIME digest carries (a message/rfc822 part of a multipart/digest,
    RFC 2046), as bytes; None when the message holds no digest."""
    for part in msg.walk():
        if part.get_content_type() != "multipart/digest":
            continue
        for item in part.iter_parts():
            if item.get_content_type() == "message/rfc822":
                inner = item.get_payload()
                inner = inner[0] if isinstance(inner, list) and inner else inner
                try:
                    return inner.as_bytes() if hasattr(inner, "as_bytes") else None
                except Exception:   # a malformed item must not lose the message
                    return None
        return None
    return None


def _chat_attachment(msg) -> Part | None:
    """The story of a chat copy a message carries as a plain-text attachment, or None."""
    from .. import clean
    from .chat import chat_part
    for part in msg.iter_attachments():
        if part.get_content_type() != "text/plain":
            continue
        try:
            content = part.get_content()
        except (LookupError, UnicodeError, AssertionError):
            content = clean.decode_bytes(part.get_payload(decode=True) or b"")
        if isinstance(content, str) and content.strip():
            found = chat_part(clean.drop_leading_blank_lines(clean.plain_spaces(content)))
            if found:
                return found
    return None


def _body_text(msg) -> str:
    from .. import clean
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, AssertionError):
        payload = part.get_payload(decode=True) or b""
        content = clean.decode_bytes(payload)
    if not isinstance(content, str):
        content = clean.decode_bytes(content)
    elif not content.isascii() and _utf8_under_legacy_charset(part):
        # a post kept as an archive re-encoded it, its old header left ("charset=koi8-r" over
        # UTF-8 bytes): read as declared, Cyrillic came out "п≈п╟п╠", Polish "Å\x82"
        content = clean.decode_bytes(part.get_payload(decode=True) or b"")
    elif "\ufffd" in content:
        # 8-bit text under no charset, or a wrong one (a Usenet post's UTF-8 or Latin-1,
        # its header silent): the email package made each byte it could not read U+FFFD,
        # and "ROMA" lost its dateline's dashes; its bytes are read as any file's are
        content = clean.decode_bytes(part.get_payload(decode=True) or b"")
    content = clean.repair_text(content)
    if part.get_content_subtype() == "html":
        import lxml.html
        try:
            root = lxml.html.document_fromstring(content)
        except Exception:   # lxml's several parser errors on empty or broken markup
            return ""
        node = root.find(".//body")
        _show_story_links(root)
        return block_text(node if node is not None else root).replace("\u00a0", " ")
    return content


def _utf8_under_legacy_charset(part) -> bool:
    """Whether a part's header names a legacy charset (KOI8-R, ISO-8859-x, cp125x, ...)
    while its bytes are UTF-8 with letters beyond ASCII. Bytes of a legacy charset's text
    make valid UTF-8 only by accident (every accented letter would have to be followed by
    the one byte range UTF-8 continues with), so such bytes are UTF-8."""
    charset = (part.get_content_charset() or "").lower()
    if not charset or charset.replace("-", "").replace("_", "") in ("utf8", "usascii", "ascii"):
        return False
    payload = part.get_payload(decode=True) or b""
    if payload.isascii():
        return False
    try:
        payload.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _show_story_links(root) -> None:
    """Each link of an HTML mail whose words lead to the whole story ("Læs hele artiklen på
    example.dk »", "Read the full story") gets its address after it in the text, as a
    plain-text mail writes it, where mail_story_link finds it."""
    from .. import envelope
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href.startswith(("http://", "https://")):
            continue
        words = " ".join(a.text_content().split())
        if words and len(words) <= MAX_LINK_WORDS_CHARS and envelope.story_link(f"{words} {href}", True) == href:
            a.tail = f" {href}{a.tail or ''}"


MAX_LINK_WORDS_CHARS = 80    # a link's words: "Read the full story on example.com »"
